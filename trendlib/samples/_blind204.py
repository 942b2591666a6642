"""Examiner sample set ``blind204`` (files ``*_gx.*``): surveillance logs and monitors.

Five sources that never sent records to the project before, written as they write their
own exports, leaning to the aerial and maritime surveillance of the Central
Mediterranean and the Atlantic:

``jrc_emm_gx.jsonl``
    The European Commission's Joint Research Centre, Europe Media Monitor (Ispra): a
    migration-incident feed extracted from the news, one JSON object a line (English,
    UTF-8). Machine keys in camelCase, ISO datetimes in UTC (a month only when the news
    gives no day), ISO alpha-2 codes as the EU institutions write them (``EL`` for
    Greece, ``UK`` for the United Kingdom), geocoded points, categories in CamelCase
    joined by ``;``. It compiles every event that no primary source reports (Italy,
    Greece, the Balkans, Poland, the United Kingdom, Panama, the United States) and
    re-sends some items (exact repeats).
``eldiario_es_gx.xlsx``
    The data desk of elDiario.es (Madrid, with its Canarias Ahora newsroom): a shared
    spreadsheet of arrivals on the Frontera Sur and of trafficking operations in Spain
    (Spanish). Real Excel dates, some typed as text (day first) or left as Excel serial
    numbers, a month or a quarter (``T2 2023``) for police operations; nationalities as
    adjectives (``maliense``, ``marfileña``); transit lists joined with ``y``; boat words
    (``cayuco``, ``patera``); Salvamento Marítimo positions in degrees and decimal
    minutes with a Spanish ``O`` for west.
``mica_center_gx.csv``
    The French Navy's Maritime Information Cooperation & Awareness Center (MICA Center,
    Brest): Channel crossings and stowaways in lorries at the ports (French). Excel
    "Texte Unicode" export: UTF-16 with a BOM, tab-delimited; day-first dates; positions
    in degrees and decimal minutes with a decimal comma; some rows pasted from a UTF-8
    file read as Windows-1252 (mojibake: ``Ã‰rythrÃ©e``, ``50Â°57,12'N``); ``aucun``
    and ``n.c.`` in the counts.
``seawatch_airborne_gx.csv``
    Sea-Watch's Airborne team (Seabird and Moonbird spotter aircraft, Lampedusa): boats
    sighted in the Central Mediterranean that the authorities also record (English,
    UTF-8, comma). German-style dates (``17.05.2023``), persons on board estimated from
    the air (``~45``, ``approx. 45``, ``unclear``), demonyms for nationalities, the place
    of disembarkation. A second report of Central Mediterranean events only.
``ea_sar802_gx.csv``
    The Spanish Air and Space Force's 802 Search and Rescue Squadron (Gando, Gran
    Canaria): sorties over boats on the Atlantic route (Spanish, capitals, cp1252,
    semicolon). Date-time groups in Zulu time (``171435Z MAY 23``), positions with
    ``º`` and decimal-comma minutes, ``SIN DETERMINAR`` for an uncounted boat, region
    words (``SUBSAHARIANOS``) instead of a nationality. A second report of Atlantic
    events only.

A cell a careful analyst cannot read as a value is expected as missing or ``unknown``
(``SUBSAHARIANOS`` is no nationality; ``unclear`` is no count); a cell that cannot be a
date or a count makes the row one to quarantine.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["EXAMINER", "SOURCES", "make_blind204"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_JRC = ExaminerSource(
    source="jrc_emm",
    filename="jrc_emm_gx.jsonl",
    ref="EMM-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "itemId",
        "event_date": "eventDate",
        "crime_type": "category",
        "exploitation": "exploitationType",
        "n_persons": "personsCount",
        "n_suspects": "arrestedCount",
        "gender": "gender",
        "age_group": "ageGroup",
        "nationality": "nationality",
        "origin_country": "originCountry",
        "destination_country": "destinationCountry",
        "detection_country": "eventCountry",
        "transit_countries": "transitCountries",
        "transport_mode": "transportMode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedCategories",
    },
    note=None,
    total="TOTAL",
    bad_count=("dozens", "several hundred", "scores"),
    repeats=True,
)
_ELDIARIO = ExaminerSource(
    source="eldiario_es",
    filename="eldiario_es_gx.xlsx",
    ref="ED-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "ID",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Embarcación / medio",
        "coordinates": "Posición",
        "linked_offences": "Otros delitos",
    },
    note=(
        "Nota: datos provisionales. Fuentes: Salvamento Marítimo, Guardia Civil, "
        "Policía Nacional y Ministerio del Interior"
    ),
    total="TOTAL",
    bad_count=("decenas", "varias decenas", "¿?"),
    repeats=True,
)
_MICA = ExaminerSource(
    source="mica_center",
    filename="mica_center_gx.csv",
    ref="MICA/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° événement",
        "event_date": "Date",
        "crime_type": "Type d'événement",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transit_countries": "Pays de transit",
        "transport_mode": "Vecteur",
        "coordinates": "Position",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données consolidées MICA Center, susceptibles d'évoluer",
    total="TOTAL",
    bad_count=("plusieurs dizaines", "nombreux", "?"),
    repeats=False,
)
_SEAWATCH = ExaminerSource(
    source="seawatch_airborne",
    filename="seawatch_airborne_gx.csv",
    ref="AB-{year}-{seq:03d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case",
        "event_date": "Date",
        "aircraft": "Aircraft",
        "coordinates": "Position (first sighting)",
        "n_persons": "POB",
        "transport_mode": "Boat type",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationalities (if known)",
        "detection_country": "Disembarked",
    },
    note="Note: POB estimated from the air; positions WGS84, degrees and decimal minutes",
    total="TOTAL POB",
    bad_count=("many", "dozens"),
    repeats=False,
)
_SAR802 = ExaminerSource(
    source="ea_sar802",
    filename="ea_sar802_gx.csv",
    ref="802-{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº MISIÓN",
        "event_date": "GDH",
        "aircraft": "AERONAVE",
        "transport_mode": "TIPO EMBARCACIÓN",
        "coordinates": "POSICIÓN AVISTAMIENTO",
        "n_persons": "PERSONAS A BORDO",
        "gender": "SEXO",
        "age_group": "EDAD",
        "nationality": "NACIONALIDAD",
        "detection_country": "PAÍS",
    },
    note="NOTA: GDH EN HORA ZULU. DATOS PROVISIONALES PENDIENTES DE VALIDAR",
    total="TOTAL",
    bad_count=("VARIOS", "VARIAS DECENAS"),
    repeats=False,
)

#: The five sources, in the order :func:`make_blind204` returns their submissions.
SOURCES: tuple[ExaminerSource, ...] = (_JRC, _ELDIARIO, _MICA, _SEAWATCH, _SAR802)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
# iso3 -> (English, French, Spanish); hand-written, the way these desks name countries.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
#: The EU institutions' own alpha-2 codes where they differ from ISO 3166-1.
_EU_CODES = {"GRC": "EL", "GBR": "UK"}
#: Nationality as a Spanish newsroom writes it (the adjective agrees with "nacionalidad").
_ES_ADJ = {
    "MAR": "marroquí",
    "DZA": "argelina",
    "GIN": "guineana",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "ROU": "rumana",
}
#: Nationalities as the spotter crews write them.
_EN_DEMONYM = {
    "TUN": "Tunisian",
    "EGY": "Egyptian",
    "BGD": "Bangladeshi",
    "CIV": "Ivorian",
    "GIN": "Guinean",
    "SYR": "Syrian",
    "ERI": "Eritrean",
    "PAK": "Pakistani",
}
_ES_TYPO = {
    "MAR": "Marrueco",
    "DZA": "Argleia",
    "SEN": "Senegall",
    "GMB": "Gambía",
    "MLI": "Mallí",
    "ROU": "Rumanìa",
}
_FR_TYPO = {
    "AFG": "Afganistan",
    "ERI": "Erythrée",
    "IRQ": "Irack",
    "ALB": "Albannie",
    "IRN": "Irann",
    "SYR": "Syri",
}
#: Region words of the SAR crews: no nationality a careful analyst can name.
_REGION_WORDS = {
    "SEN": "SUBSAHARIANOS",
    "MLI": "SUBSAHARIANOS",
    "GMB": "SUBSAHARIANOS",
    "GIN": "SUBSAHARIANOS",
    "CIV": "SUBSAHARIANOS",
    "MAR": "MAGREBÍES",
}
_MESES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

_JRC_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("MigrantSmuggling",),
        "trafficking": ("HumanTrafficking",),
        "both": ("HumanTrafficking;MigrantSmuggling", "MigrantSmuggling;HumanTrafficking"),
    },
    "exploitation": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other exploitation",),
    },
    "gender": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    "age_group": {"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
    "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
    "linked_offences": {
        "document_fraud": ("DocumentFraud",),
        "corruption": ("Corruption",),
        "money_laundering": ("MoneyLaundering",),
        "illicit_goods": ("DrugTrafficking",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
_ES_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": (
            "tráfico de migrantes",
            "Tráfico de migrantes",
            "favorecimiento de la inmigración irregular",
        ),
        "trafficking": ("trata de seres humanos", "trata", "Trata"),
        "both": ("trata y tráfico de migrantes", "trata + tráfico"),
    },
    "exploitation": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "laboral"),
        "forced_criminality": ("criminalidad forzada",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "gender": {
        "male": ("hombres", "varones"),
        "female": ("mujeres",),
        "mixed": ("hombres y mujeres", "mixto"),
    },
    "age_group": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "menores de edad"),
        "mixed": ("adultos y menores",),
    },
    "linked_offences": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("tráfico de drogas", "hachís"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
}
_FR_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": (
            "Trafic de migrants",
            "trafic illicite de migrants",
            "filière d'immigration clandestine",
        ),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("TEH / trafic de migrants", "traite et trafic"),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "gender": {"male": ("hommes",), "female": ("femmes",), "mixed": ("mixte", "hommes et femmes")},
    "age_group": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs",),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "transport_mode": {
        "sea": ("small boat", "embarcation pneumatique", "taxi-boat", "embarcation légère"),
        "land": ("poids lourd", "camion"),
        "air": ("aérien",),
    },
    "linked_offences": {
        "document_fraud": ("fraude documentaire",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_SW_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "gender": {"male": ("men", "all men"), "female": ("women",), "mixed": ("mixed",)},
    "age_group": {
        "adult": ("adults",),
        "child": ("minors",),
        "mixed": ("mixed (incl. minors)", "adults + minors"),
    },
    "transport_mode": {
        "sea": ("rubber boat", "wooden boat", "fibreglass boat", "iron boat"),
    },
}
_SAR_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "gender": {"male": ("VARONES",), "female": ("MUJERES",), "mixed": ("MIXTO",)},
    "age_group": {"adult": ("ADULTOS",), "child": ("MENORES",), "mixed": ("MIXTO",)},
    "transport_mode": {"sea": ("CAYUCO", "NEUMÁTICA", "PATERA")},
}


def _word(rng: _Rng, table: dict[str, dict[str, tuple[str, ...]]], col: str, value: str) -> str:
    """One of the source's words for a canonical value (the first, usual one, most often)."""
    forms = table[col][value]
    return forms[0] if len(forms) == 1 or rng.random() < 0.6 else choice(rng, forms[1:])


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _noise(rng: _Rng, text: str, rate: float, tags: list[str], col: str) -> str:
    """Change the case or spacing of ``rate`` of the cells (the meaning stays)."""
    if rng.random() >= rate:
        return text
    tags.append(f"case:{col}")
    kind = int(rng.integers(4))
    return [text.upper(), text.lower(), f" {text}  ", f"{text} "][kind]


def _ddm(value: float, hemis: tuple[str, str], width: int, places: int) -> tuple[str, float]:
    """Write a coordinate in degrees and decimal minutes, rounded as a desk writes it.

    Returns ``"degrees|minutes|letter"`` (each source joins the parts its own way,
    with its own degree sign and decimal mark) and the value a reader gets back from
    the written minutes.
    """
    total = round(abs(value) * 60, places)  # minutes, rounded as written
    deg = int(total // 60)
    minutes = total - deg * 60
    letter = hemis[0] if value >= 0 else hemis[1]
    text = f"{deg:0{width}d}|{minutes:0{places + 3}.{places}f}|{letter}"
    back = total / 60 if value >= 0 else -total / 60
    return text, round(back, 6)


def _split(text: str) -> tuple[str, str, str]:
    deg, minutes, letter = text.split("|")
    return deg, minutes, letter


# --------------------------------------------------------------------------------------
# Rendering one event
# --------------------------------------------------------------------------------------
def _truth_of(ev: dict[str, object]) -> dict[str, object]:
    """Return the event's own values, before a source writes (or drops) any of them."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    return {
        "event_date": ts,
        "date_precision": "day",
        "crime_type": ev["crime_type"],
        "exploitation": ev["exploitation"],
        "n_persons": ev["n_persons"],
        "n_suspects": ev["n_suspects"],
        "gender": ev["gender"],
        "age_group": ev["age_group"],
        "nationality": ev["nationality"],
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": ev["detection_country"],
        "transit_countries": ev["transit_countries"],
        "transport_mode": ev["transport_mode"],
        "lat": ev["lat"],
        "lon": ev["lon"],
        "linked_offences": ev["linked_offences"],
    }


def _transit(ev: dict[str, object]) -> list[str]:
    value = ev["transit_countries"]
    return str(value).split("|") if value else []


def _offences(ev: dict[str, object]) -> list[str]:
    value = ev["linked_offences"]
    return str(value).split("|") if value else []


def _is_thb(ev: dict[str, object]) -> bool:
    return ev["crime_type"] in ("trafficking", "both")


def _no_column(exp: dict[str, object], tags: list[str], *cols: str) -> None:
    """Fields a source has no column for: what the analyst gets is nothing or unknown."""
    for col in cols:
        if col == "crime_type":
            exp["crime_type"] = "unknown"
            exp["exploitation"] = None
        elif col == "n_suspects":
            exp["n_suspects"] = None
            tags.append("blank_n_suspects")
        elif col in ("origin_country", "destination_country", "transit_countries"):
            exp[col] = None
        elif col == "linked_offences":
            exp[col] = None


def _forced(
    forced_blank: str | None, cells: _Cells, exp: dict[str, object], tags: list[str]
) -> None:
    """Leave blank, in a second report, a field the first report gives."""
    if forced_blank is None:
        return
    tags.append(f"blank_{forced_blank}")
    if forced_blank == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            cells.pop(key, None)
        exp["lat"] = exp["lon"] = None
    elif forced_blank == "gender":
        cells.pop("gender", None)
        exp["gender"] = "unknown"
    else:
        cells.pop(forced_blank, None)
        exp[forced_blank] = None


def _jrc(
    ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    exp = _truth_of(ev)
    ts = pd.Timestamp(exp["event_date"])  # type: ignore[arg-type]
    cells: _Cells = {}
    tags: list[str] = []
    thb = _is_thb(ev)
    if partial_ok and rng.random() < (0.3 if thb else 0.03):
        cells["event_date"] = f"{ts:%Y-%m}"  # "in May 2023": no day in the news
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("partial_date")
    else:  # publication-cluster time in UTC, never near midnight
        hh, mm = int(rng.integers(6, 21)), int(rng.integers(0, 60))
        cells["event_date"] = f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:00Z"
    cells["crime_type"] = _word(rng, _JRC_WORDS, "crime_type", str(ev["crime_type"]))
    if thb:
        if rng.random() < 0.06:  # the item names no form of exploitation
            exp["exploitation"] = "unknown"
            tags.append("empty:exploitation")
        else:
            cells["exploitation"] = _word(rng, _JRC_WORDS, "exploitation", str(ev["exploitation"]))
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.025:  # no figure in the text
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and rng.random() < 0.4:
        cells["n_persons"] = f"{n:,}"  # extracted as written in the article
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = n
    if rng.random() < 0.07:
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"] = int(ev["n_suspects"])  # type: ignore[call-overload]
    for col in ("gender", "age_group", "transport_mode"):
        if rng.random() < 0.04:
            exp[col] = "unknown"
            tags.append("blank_gender" if col == "gender" else "na_word")
        else:
            cells[col] = _word(rng, _JRC_WORDS, col, str(ev[col]))

    def code(iso: str) -> str:
        if iso in _EU_CODES:
            tags.append("eu_code")
            return _EU_CODES[iso]
        return iso_codes(iso)[0]

    for col, blank in (
        ("nationality", 0.04),
        ("origin_country", 0.06),
        ("destination_country", 0.05),
        ("detection_country", 0.0),
    ):
        iso = ev[col]
        if iso is None or rng.random() < blank:
            exp[col] = None
            if col == "nationality":
                tags.append("blank_nationality")
            continue
        cells[col] = code(str(iso))
    hops = _transit(ev)
    if hops:
        cells["transit_countries"] = ",".join(code(h) for h in hops)
    if rng.random() < 0.05:  # no place the geocoder could resolve
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        lat, lon = round(float(ev["lat"]), 4), round(float(ev["lon"]), 4)  # type: ignore[arg-type]
        cells["lat"], cells["lon"] = lat, lon
        exp["lat"], exp["lon"] = lat, lon
    offences = _offences(ev)
    if offences:
        cells["linked_offences"] = ";".join(_JRC_WORDS["linked_offences"][o][0] for o in offences)
    return cells, exp, tags


def _es_country(rng: _Rng, iso: str, tags: list[str], col: str) -> str:
    r = rng.random()
    if col == "nationality" and iso in _ES_ADJ and r < 0.4:
        tags.append(f"adjective:{col}")
        return _ES_ADJ[iso]
    if iso in _ES_TYPO and r > 0.96:
        tags.append(f"typo:{col}")
        return _ES_TYPO[iso]
    return _noise(rng, _name(iso, "es"), 0.06, tags, col)


def _es_list(names: list[str]) -> str:
    """Spanish list: commas, ``y`` before the last one."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " y " + names[-1]


def _eldiario(
    ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    exp = _truth_of(ev)
    ts = pd.Timestamp(exp["event_date"])  # type: ignore[arg-type]
    cells: _Cells = {}
    tags: list[str] = []
    thb = _is_thb(ev)
    r = rng.random()
    month_p, quarter_p = (0.25, 0.15) if thb else (0.015, 0.01)
    if partial_ok and r < month_p:  # police operation announced for a month
        cells["event_date"] = f"{_MESES[ts.month - 1]} de {ts.year}"
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("partial_date")
    elif partial_ok and r < month_p + quarter_p:
        cells["event_date"] = f"T{ts.quarter} {ts.year}"
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        tags.append("partial_date")
    else:
        r = rng.random()
        if r < 0.72:
            cells["event_date"] = ts.to_pydatetime()
        elif r < 0.93:
            cells["event_date"] = ts.strftime("%d/%m/%Y")
            tags.append("text_date")
        else:  # the cell lost its date format
            cells["event_date"] = int((ts - _EXCEL_EPOCH).days)
            tags.append("excel_serial")
    cells["crime_type"] = _word(rng, _ES_WORDS, "crime_type", str(ev["crime_type"]))
    if thb:
        if rng.random() < 0.05:
            cells["exploitation"] = "s/d"
            exp["exploitation"] = "unknown"
            tags.append("unknown:exploitation")
        else:
            cells["exploitation"] = _word(rng, _ES_WORDS, "exploitation", str(ev["exploitation"]))
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.025:
        cells["n_persons"] = "s/d"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and rng.random() < 0.5:
        cells["n_persons"] = f"{n // 1000}.{n % 1000:03d}"  # typed as text, Spanish style
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = n
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.06:
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif k == 0 and r < 0.4:
        cells["n_suspects"] = "ninguno"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k
    if rng.random() < 0.04:
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        word = _word(rng, _ES_WORDS, "gender", str(ev["gender"]))
        cells["gender"] = _noise(rng, word, 0.05, tags, "gender")
    if rng.random() < 0.04:
        cells["age_group"] = "no consta"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, _ES_WORDS, "age_group", str(ev["age_group"]))
    for col, blank in (
        ("nationality", 0.04),
        ("origin_country", 0.08),
        ("destination_country", 0.05),
    ):
        iso = ev[col]
        if iso is None or rng.random() < blank:
            exp[col] = None
            if col == "nationality":
                tags.append("blank_nationality")
            continue
        cells[col] = _es_country(rng, str(iso), tags, col)
    cells["detection_country"] = _noise(rng, "España", 0.08, tags, "detection_country")
    hops = _transit(ev)
    if hops:
        cells["transit_countries"] = _es_list([_name(h, "es") for h in hops])
    mode = str(ev["transport_mode"])
    hotspot = str(ev["hotspot"])
    if rng.random() < 0.03:
        cells["transport_mode"] = "s/d"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    elif mode == "sea":
        boats = ("cayuco", "neumática") if ev["corridor"] == "watl" else ("patera", "neumática")
        cells["transport_mode"] = choice(rng, (*boats, boats[0], "embarcación"))
    elif mode == "land":
        fence = hotspot in ("Ceuta", "Melilla")
        words = ("salto de valla", "a pie") if fence else ("por carretera", "furgoneta", "autobús")
        cells["transport_mode"] = choice(rng, words)
    else:
        cells["transport_mode"] = choice(rng, ("avión", "vuelo"))
    if mode == "sea" and rng.random() < 0.7:  # Salvamento Marítimo's position
        lat_t, lat = _ddm(float(ev["lat"]), ("N", "S"), 2, 1)  # type: ignore[arg-type]
        lon_t, lon = _ddm(float(ev["lon"]), ("E", "O"), 3, 1)  # type: ignore[arg-type]
        (d1, m1, h1), (d2, m2, h2) = _split(lat_t), _split(lon_t)
        m1, m2 = m1.replace(".", ","), m2.replace(".", ",")
        cells["coordinates"] = f"{d1}º {m1}' {h1} {d2}º {m2}' {h2}"
        exp["lat"], exp["lon"] = lat, lon
        tags.append("ddm_coords")
    else:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    offences = _offences(ev)
    if offences:
        cells["linked_offences"] = ", ".join(
            _word(rng, _ES_WORDS, "linked_offences", o) for o in offences
        )
    return cells, exp, tags


def _fr_country(rng: _Rng, iso: str, tags: list[str], col: str) -> str:
    name = _name(iso, "fr")
    if iso in _FR_TYPO and rng.random() < 0.04:
        tags.append(f"typo:{col}")
        return _FR_TYPO[iso]
    return _noise(rng, name, 0.06, tags, col)


def _mica(
    ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    exp = _truth_of(ev)
    ts = pd.Timestamp(exp["event_date"])  # type: ignore[arg-type]
    cells: _Cells = {}
    tags: list[str] = []
    thb = _is_thb(ev)
    cells["event_date"] = ts.strftime("%d/%m/%Y" if rng.random() < 0.85 else "%d/%m/%y")
    cells["crime_type"] = _word(rng, _FR_WORDS, "crime_type", str(ev["crime_type"]))
    if thb:
        if rng.random() < 0.06:
            cells["exploitation"] = "n.c."
            exp["exploitation"] = "unknown"
            tags.append("unknown:exploitation")
        else:
            cells["exploitation"] = _word(rng, _FR_WORDS, "exploitation", str(ev["exploitation"]))
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        cells["n_persons"] = "n.c."
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = f"{n // 1000} {n % 1000:03d}" if n >= 1000 else str(n)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.06:
        cells["n_suspects"] = "n.c."
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.55:
        cells["n_suspects"] = "aucun"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    if rng.random() < 0.04:
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, _FR_WORDS, "gender", str(ev["gender"]))
    if rng.random() < 0.04:
        cells["age_group"] = "n.c."
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, _FR_WORDS, "age_group", str(ev["age_group"]))
    for col, blank in (("nationality", 0.04), ("origin_country", 0.08)):
        iso = ev[col]
        if iso is None or rng.random() < blank:
            exp[col] = None
            if col == "nationality":
                tags.append("blank_nationality")
            continue
        cells[col] = _fr_country(rng, str(iso), tags, col)
    dest = ev["destination_country"]
    if dest is not None:
        cells["destination_country"] = (
            "GBR" if dest == "GBR" and rng.random() < 0.2 else _name(str(dest), "fr")
        )
    det = str(ev["detection_country"])
    r = rng.random()
    if det == "FRA" and r < 0.2:
        cells["detection_country"] = "FRA"
    else:
        name = _name(det, "fr")
        cells["detection_country"] = name.upper() if r > 0.7 else name
    hops = _transit(ev)
    if hops:
        cells["transit_countries"] = " / ".join(_fr_country(rng, h, tags, "transit") for h in hops)
    mode = str(ev["transport_mode"])
    if rng.random() < 0.03:
        cells["transport_mode"] = "n.c."
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _word(rng, _FR_WORDS, "transport_mode", mode)
    if rng.random() < 0.1:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        lat_t, lat = _ddm(float(ev["lat"]), ("N", "S"), 2, 2)  # type: ignore[arg-type]
        lon_t, lon = _ddm(float(ev["lon"]), ("E", "W"), 3, 2)  # type: ignore[arg-type]
        (d1, m1, h1), (d2, m2, h2) = _split(lat_t), _split(lon_t)
        m1, m2 = m1.replace(".", ","), m2.replace(".", ",")
        cells["coordinates"] = f"{d1}°{m1}'{h1} - {d2}°{m2}'{h2}"
        exp["lat"], exp["lon"] = lat, lon
        tags.append("ddm_coords")
    offences = _offences(ev)
    if offences:
        cells["linked_offences"] = " + ".join(
            _word(rng, _FR_WORDS, "linked_offences", o) for o in offences
        )
    if rng.random() < 0.12:  # a batch pasted from a UTF-8 file read as Windows-1252
        for key, value in cells.items():
            garbled = mojibake(value) if isinstance(value, str) else None
            if garbled is not None:
                cells[key] = garbled
                tags.append(f"mojibake:{key}")
    return cells, exp, tags


def _seawatch(
    ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    exp = _truth_of(ev)
    ts = pd.Timestamp(exp["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    cells: _Cells = {"event_date": ts.strftime("%d.%m.%Y")}
    _no_column(
        exp,
        tags,
        "crime_type",
        "n_suspects",
        "origin_country",
        "destination_country",
        "transit_countries",
        "linked_offences",
    )
    cells["aircraft"] = choice(rng, ("Seabird 2", "Moonbird", "Seabird 2", "Seabird"))
    lat_t, lat = _ddm(float(ev["lat"]), ("N", "S"), 2, 1)  # type: ignore[arg-type]
    lon_t, lon = _ddm(float(ev["lon"]), ("E", "W"), 3, 1)  # type: ignore[arg-type]
    (d1, m1, h1), (d2, m2, h2) = _split(lat_t), _split(lon_t)
    cells["coordinates"] = f"{d1}°{m1}'{h1} {d2}°{m2}'{h2}"
    exp["lat"], exp["lon"] = lat, lon
    tags.append("ddm_coords")
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.04:
        cells["n_persons"] = "unclear"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif r < 0.3:
        cells["n_persons"] = f"~{n}"
        tags.append("estimate:n_persons")
    elif r < 0.42:
        cells["n_persons"] = f"approx. {n}"
        tags.append("estimate:n_persons")
    else:
        cells["n_persons"] = str(n)
    mode = str(ev["transport_mode"])
    if mode in _SW_WORDS["transport_mode"]:
        cells["transport_mode"] = choice(rng, _SW_WORDS["transport_mode"][mode])
    else:  # never on this route: the crew logs boats only
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    if rng.random() < 0.15:  # not visible from the air
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, _SW_WORDS, "gender", str(ev["gender"]))
    if rng.random() < 0.2:
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, _SW_WORDS, "age_group", str(ev["age_group"]))
    nat = ev["nationality"]
    if nat is None or rng.random() < 0.45:
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif str(nat) in _EN_DEMONYM and rng.random() < 0.7:
        cells["nationality"] = _EN_DEMONYM[str(nat)]
        tags.append("demonym:nationality")
    else:
        cells["nationality"] = "Ivory Coast" if nat == "CIV" else _name(str(nat), "en")
    det = str(ev["detection_country"])
    cells["detection_country"] = f"{ev['hotspot']}, {_name(det, 'en')}"
    tags.append("place:detection_country")
    return cells, exp, tags


def _dtg(ts: pd.Timestamp, hh: int, mm: int) -> str:
    """Write a military date-time group in Zulu time: ``171435Z MAY 23``."""
    return f"{ts.day:02d}{hh:02d}{mm:02d}Z {MONTHS[ts.month - 1][:3].upper()} {ts.year % 100:02d}"


def _sar802(
    ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    exp = _truth_of(ev)
    ts = pd.Timestamp(exp["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    cells: _Cells = {}
    _no_column(
        exp,
        tags,
        "crime_type",
        "n_suspects",
        "origin_country",
        "destination_country",
        "transit_countries",
        "linked_offences",
    )
    if rng.random() < 0.8:
        cells["event_date"] = _dtg(ts, int(rng.integers(6, 21)), int(rng.integers(0, 60)))
        tags.append("dtg_date")
    else:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    cells["aircraft"] = choice(rng, ("D.4 CN-235 VIGMA", "HD.21 SUPER PUMA", "D.4 CN-235 VIGMA"))
    mode = str(ev["transport_mode"])
    if mode in _SAR_WORDS["transport_mode"]:
        cells["transport_mode"] = choice(rng, _SAR_WORDS["transport_mode"][mode])
    else:  # never on this route
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    if rng.random() < 0.1:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        lat_t, lat = _ddm(float(ev["lat"]), ("N", "S"), 2, 1)  # type: ignore[arg-type]
        lon_t, lon = _ddm(float(ev["lon"]), ("E", "W"), 3, 1)  # type: ignore[arg-type]
        (d1, m1, h1), (d2, m2, h2) = _split(lat_t), _split(lon_t)
        m1, m2 = m1.replace(".", ","), m2.replace(".", ",")
        cells["coordinates"] = f"{d1}º {m1}' {h1} {d2}º {m2}' {h2}"
        exp["lat"], exp["lon"] = lat, lon
        tags.append("ddm_coords")
    if rng.random() < 0.05:
        cells["n_persons"] = "SIN DETERMINAR"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = str(int(ev["n_persons"]))  # type: ignore[call-overload]
    if rng.random() < 0.3:
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, _SAR_WORDS, "gender", str(ev["gender"]))
    if rng.random() < 0.3:
        cells["age_group"] = "NO CONSTA"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, _SAR_WORDS, "age_group", str(ev["age_group"]))
    nat = ev["nationality"]
    r = rng.random()
    if nat is None or r < 0.35:
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif str(nat) in _REGION_WORDS and r < 0.6:
        cells["nationality"] = _REGION_WORDS[str(nat)]
        exp["nationality"] = None  # a region, not a nationality
        tags.extend(["region_word", "blank_nationality"])
    else:
        name = _name(str(nat), "es").upper()
        cells["nationality"] = name.replace("Í", "I") if rng.random() < 0.5 else name
    cells["detection_country"] = "ESP" if rng.random() < 0.7 else "ESPAÑA"
    return cells, exp, tags


_WRITERS = {
    _JRC.source: _jrc,
    _ELDIARIO.source: _eldiario,
    _MICA.source: _mica,
    _SEAWATCH.source: _seawatch,
    _SAR802.source: _sar802,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    cells, exp, tags = _WRITERS[src.source](ev, rng, partial_ok)
    _forced(forced_blank, cells, exp, tags)
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slip of the year's first digits
        future = ts.replace(year=ts.year + 100)
        if src.format == "jsonl":
            return f"{future:%Y-%m-%d}T11:20:00Z"
        if src.format == "xlsx":
            return future.to_pydatetime()
        return future.strftime("%d.%m.%Y" if src is _SEAWATCH else "%d/%m/%Y")
    # a day the month does not have (no reader can tell which day was meant)
    month, day = (ts.month, 31) if ts.month in (4, 6, 9, 11) else (2, 30)
    if src.format == "jsonl":
        return f"{ts.year}-{month:02d}-{day}T09:05:00Z"
    if src is _SEAWATCH:
        return f"{day}.{month:02d}.{ts.year}"
    return f"{day}/{month:02d}/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on a source's note row (the day of its last row)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src is _SEAWATCH:
        return last.strftime("%d.%m.%Y")
    if src is _SAR802:
        return _dtg(last, 12, 0)
    return last.strftime("%d/%m/%Y")


#: The variant: routing of events to sources and the way each source writes.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"ESP": _ELDIARIO.source, "FRA": _MICA.source},
    compilation=_JRC.source,
    secondary={
        ("cmed", "ITA"): _SEAWATCH.source,
        ("watl", "ESP"): _SAR802.source,
        ("channel", "GBR"): _MICA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=204_417,
    blank_share=0.3,
)


def make_blind204(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five ``blind204`` sources do (files ``*_gx.*``).

    The Joint Research Centre's media monitor compiles the events of Italy, Greece,
    the Balkans, Poland, the United Kingdom and the Americas; elDiario.es reports
    Spain's, the MICA Center France's; Sea-Watch's spotter aircraft and the Spanish Air
    Force's 802 SAR Squadron report Central Mediterranean and Atlantic boats a second
    time, and the MICA Center the Channel boats that reached England.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``jrc_emm_gx.jsonl``, ``eldiario_es_gx.xlsx``, ``mica_center_gx.csv``,
        ``seawatch_airborne_gx.csv`` and ``ea_sar802_gx.csv``, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind204(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['jrc_emm_gx.jsonl', 'eldiario_es_gx.xlsx', 'mica_center_gx.csv',
     'seawatch_airborne_gx.csv', 'ea_sar802_gx.csv']
    >>> [(s.encoding, s.delimiter) for s in subs[2:]]
    [('utf-16', '\t'), ('utf-8', ','), ('cp1252', ';')]
    >>> subs[4].frame.columns[:3].tolist()
    ['Nº MISIÓN', 'GDH', 'AERONAVE']
    >>> all(len(s.expected) > 3 for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
