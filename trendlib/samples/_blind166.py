r"""Examiner sample set ``blind166`` (files ``*_fl.*``): the Sfax–Zuwara–Lampedusa side.

Five agencies that meet the Central Mediterranean departures from Tunisia's Sfax coast and
western Libya, and the desks that follow where the same people turn up next, each writing
its export the way it really keeps it:

``cri_lampedusa_fl.xlsx``
    Croce Rossa Italiana, hotspot of Lampedusa and its anti-trafficking desk. English
    headers with the Italian of the staff ("Data evento / Event date", "MSNA",
    "caporalato", "barchino"); real Excel dates, a few dates typed as text or left as
    Excel serial numbers, counts and coordinates as numbers, some coordinates typed with
    a decimal comma. Reports every event detected in Italy.
``open_arms_fl.csv``
    Proactiva Open Arms (Badalona), its Spanish case log. Spanish Excel export: cp1252,
    ``;``, CRLF; day-first dates with some ``17-may-23`` cells; nationalities as
    demonyms (``marroquí``); sex as ``H``/``M`` (hombres/mujeres); positions as a ship's
    crew writes them (``35°53,4'N 005°19,2'W``), none for events on land; ``1.200``
    with the Spanish thousands dot. Reports every event detected in Spain.
``care4calais_fl.csv``
    Care4Calais volunteers' incident log (northern France and UK hotels). UTF-8 with BOM
    (Excel "CSV UTF-8"), ``,``; UK day-first dates and ``17 May 2023``, some months only;
    nationalities as English demonyms (``Afghan``, ``Eritrean``), ``UASC`` for
    unaccompanied children, GPS pairs copied from a map. Reports France and the UK.
``onm_tunisie_fl.jsonl``
    Observatoire national de la migration (Tunis), international watch. French keys,
    UTF-8; ISO dates with month-only (``2023-05``) and quarter (``T2 2023``) cells;
    countries as ISO alpha-3 codes, French names (some double-encoded: ``Ã‰rythrÃ©e``)
    and UN M49 numeric codes; transit countries as a JSON list in order; Tunisian legal
    wording (``traite des personnes``, ``exploitation économique``). Compiles every
    event no other source reports, and reports some Spanish events again.
``zuwara_municipality_fl.csv``
    Zuwara Municipal Council, migration and coastal committee: its log of departures
    from the Zuwara coast that landed in Italy (all of them second reports). Excel
    "Unicode text" saved as CSV: UTF-16 with BOM, tab-delimited; Libyan usage
    ("Bengali", "Guinea Conakry") and typos; no coordinates.

Examples
--------
>>> from trendlib.samples import make_truth
>>> subs = make_blind166(make_truth(seed=3, n_events=300), seed=3)
>>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
['cri_lampedusa_fl.xlsx', 'open_arms_fl.csv', 'care4calais_fl.csv', 'onm_tunisie_fl.jsonl',
 'zuwara_municipality_fl.csv']
>>> all(len(s.frame) > 3 for s in subs)
True
>>> subs[1].encoding, subs[1].delimiter, subs[4].encoding, subs[4].delimiter
('cp1252', ';', 'utf-16', '\t')
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["SOURCES", "make_blind166"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_CRI = ExaminerSource(
    source="cri_lampedusa_fl",
    filename="cri_lampedusa_fl.xlsx",
    ref="CRI-LMP-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Rif. CRI / Ref.",
        "event_date": "Data evento / Event date",
        "crime_type": "Tipo (tratta/traffico)",
        "exploitation": "Sfruttamento / Exploitation",
        "n_persons": "N. persone",
        "n_suspects": "Presunti scafisti / facilitators",
        "gender": "Sesso / Sex",
        "age_group": "Età / Age",
        "nationality": "Nazionalità / Nationality",
        "origin_country": "Paese di origine",
        "destination_country": "Destinazione dichiarata",
        "detection_country": "Paese rilevamento",
        "transit_countries": "Transito (in ordine)",
        "transport_mode": "Mezzo / Means",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Reati connessi",
    },
    note="NB: dati provvisori - provisional, sbarchi autonomi may be missing",
    total="TOTALE",
    bad_count=("decine", "n.q.", "vari"),
    repeats=False,
)
_OPEN_ARMS = ExaminerSource(
    source="open_arms_fl",
    filename="open_arms_fl.csv",
    ref="OA/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº caso",
        "event_date": "Fecha",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Personas",
        "n_suspects": "Presuntos patrones/facilitadores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino",
        "detection_country": "País de llegada",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Embarcación / medio",
        "coordinates": "Posición",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales de misión, pendientes de contrastar",
    total="TOTAL",
    bad_count=("varios", "decenas", "+50"),
    repeats=False,
)
_CARE4CALAIS = ExaminerSource(
    source="care4calais_fl",
    filename="care4calais_fl.csv",
    ref="C4C-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Log ID",
        "event_date": "Date",
        "crime_type": "Type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of people",
        "n_suspects": "No. of smugglers/agents",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country",
        "transit_countries": "Route (countries crossed)",
        "transport_mode": "How",
        "coordinates": "GPS",
        "linked_offences": "Other offences",
    },
    note="Note: volunteer log, not verified - do not share outside",
    total="Total",
    bad_count=("lots", "dozens", "a few"),
    repeats=True,
)
_ONM = ExaminerSource(
    source="onm_tunisie_fl",
    filename="onm_tunisie_fl.jsonl",
    ref="ONM/VI/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "ref",
        "event_date": "date_evenement",
        "crime_type": "qualification",
        "exploitation": "forme_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_suspects",
        "gender": "sexe",
        "age_group": "tranche_age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "pays_destination",
        "detection_country": "pays_interception",
        "transit_countries": "pays_transit",
        "transport_mode": "mode_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "infractions_connexes",
    },
    note=None,
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "des centaines"),
    repeats=True,
)
_ZUWARA = ExaminerSource(
    source="zuwara_municipality_fl",
    filename="zuwara_municipality_fl.csv",
    ref="ZWR-{seq:03d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Serial",
        "event_date": "Date of departure",
        "crime_type": "Case type",
        "exploitation": "Exploitation",
        "n_persons": "Number of migrants",
        "n_suspects": "Arrested facilitators",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Destination",
        "detection_country": "Landing country",
        "transit_countries": "Transit",
        "transport_mode": "Boat type",
        "linked_offences": "Other crimes",
    },
    note="Remark: data from coast security and municipal guards only",
    total="Total",
    bad_count=("many",),
    repeats=False,
)

#: The variant's sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (_CRI, _OPEN_ARMS, _CARE4CALAIS, _ONM, _ZUWARA)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
# iso3 -> (English, French, Spanish, Italian)
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghanistan"),
    "ALB": ("Albania", "Albanie", "Albania", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "Bosnia"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Bielorussia"),
    "CHN": ("China", "Chine", "China", "Cina"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Costa d'Avorio"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Camerun"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania", "Germania"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algeria"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egitto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spagna"),
    "FRA": ("France", "France", "Francia", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "Regno Unito"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croazia"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haiti"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Ungheria"),
    "IRN": ("Iran", "Iran", "Irán", "Iran"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraq"),
    "ITA": ("Italy", "Italie", "Italia", "Italia"),
    "LBY": ("Libya", "Libye", "Libia", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Marocco"),
    "MEX": ("Mexico", "Mexique", "México", "Messico"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Macedonia del Nord"),
    "MLI": ("Mali", "Mali", "Malí", "Mali"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger", "Niger"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistan"),
    "PAN": ("Panama", "Panama", "Panamá", "Panama"),
    "POL": ("Poland", "Pologne", "Polonia", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romania"),
    "RUS": ("Russia", "Russie", "Rusia", "Russia"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisia"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turchia"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "Stati Uniti"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2, "it": 3}

# Spanish demonyms an NGO writes in a "Nacionalidad" column (feminine forms are usual
# in Spanish case logs: "persona marroquí", "nacionalidad argelina").
_ES_DEMONYM = {
    "MAR": "marroquí",
    "DZA": "argelina",
    "GIN": "guineana",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "ROU": "rumana",
}
# English demonyms of a volunteer log.
_EN_DEMONYM = {
    "AFG": "Afghan",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
# Libyan usage and the typos of the Zuwara log.
_ZUWARA_NAMES = {
    "BGD": ("Bangladesh", "Bengali", "Bangladish"),
    "CIV": ("Ivory Coast", "Ivory coast", "Cote d'Ivoire"),
    "GIN": ("Guinea Conakry", "Guinea", "Guinea-Conakry"),
    "EGY": ("Egypt", "Egypt", "Egybt"),
    "ERI": ("Eritrea", "Eritria", "ERITREA"),
    "PAK": ("Pakistan", "Pakstan", "PAKISTAN"),
    "SYR": ("Syria", "SYRIA", "Syria"),
    "TUN": ("Tunisia", "Tunis", "TUNISIA"),
}

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "cri": {
        "smuggling": ("Smuggling", "traffico di migranti", "SoM"),
        "trafficking": ("Trafficking", "tratta", "THB"),
        "both": ("Tratta + traffico", "THB/SoM"),
    },
    "oa": {
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de seres humanos", "Trata", "TSH"),
        "both": ("Trata y tráfico", "Trata + tráfico"),
    },
    "c4c": {
        "smuggling": ("Smuggling", "people smuggling", "smuggling"),
        "trafficking": ("Trafficking", "MSHT", "modern slavery"),
        "both": ("Trafficking/smuggling", "Both (trafficking + smuggling)"),
    },
    "onm": {
        "smuggling": (
            "trafic illicite de migrants",
            "trafic de migrants",
            "organisation de passages clandestins",
        ),
        "trafficking": ("traite des personnes", "traite"),
        "both": ("traite et trafic", "traite des personnes / trafic de migrants"),
    },
    "zwr": {
        "smuggling": ("Migrant smuggling", "smuggling"),
        "trafficking": ("Human trafficking", "Trafficking"),
        "both": ("Smuggling + trafficking",),
    },
}
_EXPL: dict[str, dict[str, tuple[str, ...]]] = {
    "cri": {
        "sexual": ("Sexual", "sfruttamento sessuale", "prostituzione"),
        "forced_labour": ("Labour", "caporalato", "sfruttamento lavorativo"),
        "forced_criminality": ("Forced criminality", "attività illecite forzate"),
        "organ_removal": ("prelievo di organi",),
        "forced_marriage": ("matrimonio forzato", "Forced marriage"),
        "other": ("Other", "altro"),
    },
    "oa": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas", "Otra"),
    },
    "c4c": {
        "sexual": ("Sexual", "sexual exploitation"),
        "forced_labour": ("Labour", "forced labour"),
        "forced_criminality": ("Criminal exploitation", "criminal"),
        "organ_removal": ("organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "onm": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation économique"),
        "forced_criminality": ("exploitation dans des activités criminelles",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    "zwr": {
        "sexual": ("Sexual",),
        "forced_labour": ("Forced work", "Labour"),
        "forced_criminality": ("Forced crime",),
        "organ_removal": ("Organs",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "cri": {"male": ("M", "Male", "uomini"), "female": ("F", "Female", "donne"),
            "mixed": ("M/F", "Mixed", "misto")},
    "oa": {"male": ("Hombres", "H"), "female": ("Mujeres", "M"),
           "mixed": ("Mixto", "H y M", "Hombres y mujeres")},
    "c4c": {"male": ("Male", "M", "men"), "female": ("Female", "F", "women"),
            "mixed": ("Mixed", "men & women")},
    "onm": {"male": ("hommes", "H"), "female": ("femmes", "F"), "mixed": ("mixte",)},
    "zwr": {"male": ("Male", "Men"), "female": ("Female", "Women"),
            "mixed": ("Mixed", "Men and women")},
}  # fmt: skip
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "cri": {"adult": ("Adults", "adulti", "18+"), "child": ("MSNA", "Minors", "minori"),
            "mixed": ("Adults + MSNA", "misto", "adulti e minori")},
    "oa": {"adult": ("Adultos", "Mayores de edad"), "child": ("Menores", "NNA"),
           "mixed": ("Adultos y menores", "Mixto")},
    "c4c": {"adult": ("Adult", "adults", "18+"), "child": ("UASC", "Minor", "under 18"),
            "mixed": ("Adults + children", "Mixed")},
    "onm": {"adult": ("adultes",), "child": ("mineurs", "enfants"),
            "mixed": ("mixte", "adultes et mineurs")},
    "zwr": {"adult": ("Adults",), "child": ("Children", "Minors"), "mixed": ("Mixed",)},
}  # fmt: skip
#: What each source writes when it does not know the sex or age of the group.
_NOT_KNOWN = {"cri": "n.d.", "oa": "s/d", "c4c": "not known", "onm": "nc", "zwr": "Unknown"}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "cri": {
        "document_fraud": ("falso documentale", "false documents"),
        "corruption": ("corruzione",),
        "money_laundering": ("riciclaggio",),
        "illicit_goods": ("droga", "contrabbando"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorismo",),
    },
    "oa": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    "c4c": {
        "document_fraud": ("false docs", "document fraud"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "onm": {
        "document_fraud": ("faux et usage de faux",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent",),
        "illicit_goods": ("trafic de stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "zwr": {
        "document_fraud": ("Forged documents",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Fuel smuggling"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
_OFFENCE_SEP = {"cri": ", ", "oa": " / ", "c4c": ", ", "onm": " ; ", "zwr": " + "}
_KEY = {
    _CRI.source: "cri",
    _OPEN_ARMS.source: "oa",
    _CARE4CALAIS.source: "c4c",
    _ONM.source: "onm",
    _ZUWARA.source: "zwr",
}
_ES_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _name(code: str, lang: str) -> str:
    return _NAMES[code][_LANG[lang]]


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Draw the usual word (the first) most of the time, a variant otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


def _country(key: str, code: str | None, rng: _Rng, *, column: str) -> object:
    """Write one country as the source does (None stays blank)."""
    if code is None:
        return None
    r = rng.random()
    if key == "cri":  # English names, Italian ones typed by the staff, a few ISO codes
        if r < 0.55:
            return _name(code, "en")
        if r < 0.85:
            return _name(code, "it")
        return code if r < 0.93 else _name(code, "en").upper()
    if key == "oa":
        if column == "nationality" and code in _ES_DEMONYM and r < 0.7:
            return _ES_DEMONYM[code]
        if r < 0.85:
            return _name(code, "es")
        return iso_codes(code)[0]
    if key == "c4c":
        if column == "nationality" and code in _EN_DEMONYM and r < 0.75:
            return _EN_DEMONYM[code]
        if r < 0.1 and code == "GBR":
            return "UK"
        return _name(code, "en") if r < 0.9 else _name(code, "en").lower()
    if key == "onm":  # a database of ISO codes fed from press and partner reports
        if column == "detection_country" and r < 0.15:
            return iso_codes(code)[1]  # UN M49 numeric code, as in UN tables
        if r < 0.6:
            return code
        name = _name(code, "fr")
        if r < 0.7:
            garbled = mojibake(name)
            if garbled is not None:
                return garbled
        return name
    # Zuwara
    if code in _ZUWARA_NAMES:
        return choice(rng, _ZUWARA_NAMES[code])
    if code == "ITA":
        return choice(rng, ("Italy", "ITALY", "Italy", "Italia"))
    return _name(code, "en")


def _transit(key: str, value: object, rng: _Rng) -> object:
    if value is None:
        return None
    codes = str(value).split("|")
    if key == "onm":  # a list field of the database: ISO codes, in order
        return list(codes)
    names = [str(_country(key, c, rng, column="transit_countries")) for c in codes]
    sep = {"cri": " > ", "oa": " - ", "c4c": ", ", "zwr": " - "}[key]
    return sep.join(names)


def _offences(key: str, value: object, rng: _Rng) -> object:
    if value is None:
        return None
    table = _OFFENCES[key]
    return _OFFENCE_SEP[key].join(_word(rng, table[o]) for o in str(value).split("|"))


def _mode(key: str, ev: dict[str, object], rng: _Rng) -> str:
    mode = str(ev["transport_mode"])
    corridor = str(ev["corridor"])
    words: dict[str, tuple[str, ...]]
    if key == "cri":
        words = {
            "sea": ("barchino", "gommone", "peschereccio", "Sea"),
            "land": ("Land", "via terra"),
            "air": ("Air", "volo"),
        }
    elif key == "oa":
        sea: tuple[str, ...] = (
            ("Cayuco",) if corridor == "watl" else ("Patera", "Neumática", "Embarcación")
        )
        land: tuple[str, ...] = (
            ("Salto de valla", "A pie") if corridor == "wmed" else ("Autobús", "Terrestre")
        )
        words = {"sea": sea, "land": land, "air": ("Aéreo", "Avión")}
    elif key == "c4c":
        land = ("Lorry", "HGV", "car") if corridor == "channel" else ("van", "car", "Land")
        words = {"sea": ("Small boat", "dinghy", "boat"), "land": land, "air": ("Flight", "plane")}
    elif key == "onm":
        words = {
            "sea": ("maritime", "embarcation"),
            "land": ("terrestre", "à pied", "véhicule"),
            "air": ("aérien",),
        }
    else:
        words = {
            "sea": ("Wooden boat", "Rubber boat", "Fishing boat"),
            "land": ("Land",),
            "air": ("Air",),
        }
    return choice(rng, words[mode])


def _dm(value: float, pos: str, neg: str, width: int) -> str:
    """Degrees and decimal minutes with a decimal comma, as a ship's log writes them."""
    hemi = pos if value >= 0 else neg
    minutes = round(abs(value) * 60, 1)
    deg, mins = divmod(minutes, 60)
    text = f"{int(deg):0{width}d}°{mins:04.1f}'{hemi}".replace(".", ",")
    return text


def _dm_value(value: float) -> float:
    minutes = round(abs(value) * 60, 1)
    return float(np.sign(value) * minutes / 60) if value else 0.0


def _base(ev: dict[str, object], ts: pd.Timestamp) -> dict[str, object]:
    """Return the expected clean values of a row that writes the event as it is."""
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


def _date(
    key: str, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, exp: dict[str, object]
) -> tuple[object, list[str]]:
    """Write the event date the source's way; set the expected day and precision."""
    r = rng.random()
    if key == "cri":
        if partial_ok and r < 0.03:
            exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
            return ts.strftime("%m/%Y"), ["month_only"]
        if r < 0.1:
            return ts.strftime("%d/%m/%Y"), ["text_date"]
        if r < 0.15:
            return int((ts.normalize() - _EXCEL_EPOCH).days), ["excel_serial"]
        return ts.to_pydatetime(), []
    if key == "oa":
        if r < 0.12:
            return f"{ts.day:02d}-{_ES_MONTHS[ts.month - 1]}-{ts.strftime('%y')}", ["month_abbr"]
        return ts.strftime("%d/%m/%Y"), []
    if key == "c4c":
        if partial_ok and r < 0.05:
            exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
            return f"{_EN_MONTHS[ts.month - 1]} {ts.year}", ["month_only"]
        if r < 0.3:
            return f"{ts.day} {_EN_MONTHS[ts.month - 1]} {ts.year}", ["long_date"]
        return ts.strftime("%d/%m/%Y"), []
    if key == "onm":
        if partial_ok and r < 0.08:
            exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
            return ts.strftime("%Y-%m"), ["month_only"]
        if partial_ok and r < 0.14:
            exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
            return f"T{ts.quarter} {ts.year}", ["quarter_only"]
        return ts.strftime("%Y-%m-%d"), []
    if r < 0.25:
        return ts.strftime("%d-%m-%Y"), ["dash_date"]
    return ts.strftime("%d/%m/%Y"), []


def _count(key: str, n: int, rng: _Rng, exp: dict[str, object]) -> tuple[object, list[str]]:
    r = rng.random()
    placeholder = {"cri": "n.d.", "oa": "s/d", "c4c": "not known", "onm": "non communiqué"}
    if key in placeholder and r < 0.03:
        exp["n_persons"] = None
        return placeholder[key], ["count_placeholder"]
    if key == "cri":
        return n, []
    if key == "oa":
        if n >= 1000:
            return f"{n:,}".replace(",", "."), ["thousands_dot"]
        return (f"{n} personas", ["count_words"]) if r < 0.1 else (str(n), [])
    if key == "c4c":
        if n >= 1000:
            return f"{n:,}", ["thousands_comma"]
        return (f"{n} people", ["count_words"]) if r < 0.08 else (str(n), [])
    if key == "onm":
        if n >= 1000 and r < 0.6:
            return f"{n:,}".replace(",", "\u202f"), ["thousands_space"]
        return n, []
    return str(n), []


def _suspects(key: str, n: object, rng: _Rng, exp: dict[str, object]) -> tuple[object, list[str]]:
    if n is None:
        return None, []
    k = int(n)  # type: ignore[call-overload]
    r = rng.random()
    zero = {"cri": "nessuno", "oa": "ninguno", "c4c": "none", "onm": "néant", "zwr": "None"}
    if k == 0 and r < 0.5:
        return zero[key], ["zero_word"]
    if r < 0.03:
        exp["n_suspects"] = None
        return _NOT_KNOWN[key], ["suspects_placeholder"]
    if key in ("cri", "onm"):
        return k, []
    return str(k), []


def _coords(
    key: str, ev: dict[str, object], rng: _Rng, exp: dict[str, object]
) -> tuple[dict[str, object], list[str]]:
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if key == "zwr":  # the municipality knows the beach, not the landing point
        exp["lat"] = exp["lon"] = None
        return {}, ["coords_missing"]
    if key == "oa":
        if ev["transport_mode"] != "sea":  # a ship's log has no position for land events
            exp["lat"] = exp["lon"] = None
            return {}, ["coords_missing"]
        exp["lat"], exp["lon"] = _dm_value(lat), _dm_value(lon)
        return {"coordinates": f"{_dm(lat, 'N', 'S', 2)} {_dm(lon, 'E', 'W', 3)}"}, ["coords_dm"]
    if r < 0.05:
        exp["lat"] = exp["lon"] = None
        return {}, ["coords_missing"]
    if key == "cri":
        la, lo = round(lat, 4), round(lon, 4)
        exp["lat"], exp["lon"] = la, lo
        if r < 0.12:
            return {
                "lat": f"{la:.4f}".replace(".", ","),
                "lon": f"{lo:.4f}".replace(".", ","),
            }, ["decimal_comma"]
        return {"lat": la, "lon": lo}, []
    if key == "c4c":
        la, lo = round(lat, 5), round(lon, 5)
        exp["lat"], exp["lon"] = la, lo
        sep = ", " if r < 0.7 else ","
        return {"coordinates": f"{la:.5f}{sep}{lo:.5f}"}, ["coords_pair"]
    la, lo = round(lat, 4), round(lon, 4)
    exp["lat"], exp["lon"] = la, lo
    if r < 0.15:
        return {
            "lat": f"{la:.4f}".replace(".", ","),
            "lon": f"{lo:.4f}".replace(".", ","),
        }, ["decimal_comma"]
    return {"lat": la, "lon": lo}, []


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    key = _KEY[src.source]
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _base(ev, ts)
    tags: list[str] = []
    cells: _Cells = {}
    cells["event_date"], t = _date(key, ts, rng, partial_ok=partial_ok, exp=exp)
    tags += t
    cells["crime_type"] = _word(rng, _CRIME[key][str(ev["crime_type"])])
    if ev["exploitation"] is not None:
        cells["exploitation"] = _word(rng, _EXPL[key][str(ev["exploitation"])])
    elif key == "oa" and rng.random() < 0.3:
        cells["exploitation"] = "No aplica"  # smuggling: explicitly not applicable
        tags.append("not_applicable_word")
    cells["n_persons"], t = _count(key, int(ev["n_persons"]), rng, exp)  # type: ignore[call-overload]
    tags += t
    cells["n_suspects"], t = _suspects(key, ev["n_suspects"], rng, exp)
    tags += t
    if rng.random() < 0.03:
        cells["gender"] = _NOT_KNOWN[key]
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, _GENDER[key][str(ev["gender"])])
    if rng.random() < 0.03:
        cells["age_group"] = _NOT_KNOWN[key]
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, _AGE[key][str(ev["age_group"])])
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        cells[col] = _country(key, ev[col], rng, column=col)  # type: ignore[arg-type]
    cells["transit_countries"] = _transit(key, ev["transit_countries"], rng)
    cells["transport_mode"] = _mode(key, ev, rng)
    coords, t = _coords(key, ev, rng, exp)
    cells.update(coords)
    tags += t
    cells["linked_offences"] = _offences(key, ev["linked_offences"], rng)
    if forced_blank is not None:
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for col in ("lat", "lon", "coordinates"):
                cells.pop(col, None)
            exp["lat"] = exp["lon"] = None
        elif forced_blank == "gender":
            cells["gender"] = None
            exp["gender"] = "unknown"
        else:
            cells[forced_blank] = None
            exp[forced_blank] = None
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    key = _KEY[src.source]
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if key == "onm":
            return f"{ts.year}-02-30"
        if key == "c4c":
            return choice(rng, ("TBC", f"31/02/{ts.year}"))
        if key == "cri":
            return choice(rng, (f"31/02/{ts.year}", f"??/{ts.month:02d}/{ts.year}"))
        return f"30/02/{ts.year}"
    future = ts.replace(year=ts.year + 10)  # a year keyed as 203x instead of 202x
    if key == "cri":
        return future.to_pydatetime()
    if key == "onm":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the day of the export)."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return dt.datetime(day.year, day.month, day.day)
    return day.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": _CRI.source,
        "ESP": _OPEN_ARMS.source,
        "FRA": _CARE4CALAIS.source,
        "GBR": _CARE4CALAIS.source,
    },
    compilation=_ONM.source,
    secondary={
        ("cmed", "ITA"): _ZUWARA.source,
        ("wmed", "ESP"): _ONM.source,
        ("watl", "ESP"): _ONM.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=166,
    blank_share=0.4,
)


def make_blind166(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind166`` agencies' submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same cells.

    Returns
    -------
    list of Submission
        Croce Rossa Italiana Lampedusa (XLSX), Open Arms (cp1252 CSV), Care4Calais
        (UTF-8 with BOM CSV), Observatoire national de la migration (JSON lines) and
        Zuwara Municipal Council (UTF-16 tab-delimited CSV), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind166(make_truth(seed=1, n_events=400), seed=1)
    >>> [s.source for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cri_lampedusa_fl', 'open_arms_fl', 'care4calais_fl', 'onm_tunisie_fl',
     'zuwara_municipality_fl']
    >>> subs[1].frame.columns[:3].tolist()
    ['Nº caso', 'Fecha', 'Tipología']
    >>> sorted(set(subs[4].expected["expected_status"]))
    ['duplicate', 'quarantine']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
