"""Examiner sample set ``blind194`` (files ``*_gn.*``): the Nicaragua air bridge.

Five agencies that see the people who fly to Managua (from Havana, Port-au-Prince,
Dakar, Istanbul or Delhi) and go on overland to the US border, or who take the older
routes through the Darién, Istanbul or the Atlantic, each writing its own export:

``world_vision_pa_gn.xlsx``
    World Vision Panamá, protection monitoring at the Darién reception stations
    (Spanish). Excel dates (date cells, a few typed ``dd/mm/yyyy`` texts and a few raw
    serial numbers), nationalities as demonyms (``venezolana``), ``NNA`` for minors,
    KoboToolbox geopoints (``"lat lon altitude accuracy"``), transit countries joined
    by ``" - "``.
``ccusa_respite_gn.csv``
    Catholic Charities USA, intake log of the border respite centres (English, UTF-8
    with BOM, ``,``). US dates (``MM/DD/YYYY``, some without leading zeros),
    demonyms (``Guatemalan``), ``FMUA``/``UAC`` age words, thousands with ``,``, no
    coordinates, transit joined by ``" > "``.
``dgase_senegal_gn.csv``
    Direction générale d'appui aux Sénégalais de l'extérieur, "veille migratoire"
    of the African routes to Spain and Italy (French, cp1252, ``;``). Day-first dates,
    ``17 mai 2023``, months and quarters (``T2 2023``); text pasted from UTF-8 pages
    (mojibake), ``RCI``/``Guinée-Conakry``, ``nc``, ``aucun``, decimal commas,
    thousands with a no-break space, transit joined by ``" / "``.
``turkish_airlines_sec_gn.xlsx``
    Turkish Airlines corporate security, follow-up of passengers flown to Istanbul
    and later detected on the Aegean, Balkan and Belarus routes (English). Airline
    dates (``17MAY23``), passport (MRZ) alpha-3 nationalities, alpha-2 routing
    (``TR/BG/RS``), ``ADT``/``CHD`` passenger types, positions in degrees and
    decimal minutes (``N39°12.19' E026°18.07'``).
``prensa_latina_gn.jsonl``
    Prensa Latina (Havana), incident feed of its international desk (Spanish,
    JSON lines). ISO dates and months (``2023-05``), counts as press writes them
    (``40 migrantes``, ``tres``, Cuban ``mil 250``, ``decenas``), transit lists in
    prose (``China, Rusia y Francia``), no coordinates. It reports what no other
    source does (the Channel, the United Kingdom) and a second time many events.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

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

__all__ = ["SOURCES", "GnSource", "make_blind194"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class GnSource(ExaminerSource):
    """A source of ``blind194``: the shared fields plus its writing style.

    Attributes
    ----------
    style : str
        Key of the agency's way of writing cells (``"wv"``, ``"ccusa"``, ``"dgase"``,
        ``"thy"``, ``"pl"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
# iso3 -> (English, French, Spanish): the names these desks type (hand-written on purpose:
# the set must not lean on the cleaner's country library).
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d’Ivoire", "Costa de Marfil"),
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
    "ROU": ("Romania", "Roumanie", "Rumania"),
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

# Nationalities as the registers write them (demonyms); other codes fall back to names.
_DEMONYM_ES = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
}
_DEMONYM_EN = {
    "MEX": "Mexican",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "VEN": "Venezuelan",
    "ECU": "Ecuadorian",
}
# Small slips of the keyboard a reader still reads without doubt.
_TYPO = {
    "es": {"VEN": "Venezuala", "ECU": "Ecudor", "COL": "Colomba", "HTI": "Hiaiti"},
    "en": {"GTM": "Guatamala", "HND": "Hondurus", "ECU": "Equador", "VEN": "Venezula"},
    "fr": {"GIN": "Guinnée", "MAR": "Marroc", "SEN": "Sénagal", "MLI": "Malie"},
}
_ALIAS_FR = {"CIV": ("RCI", "Côte d'Ivoire"), "GIN": ("Guinée-Conakry",), "GMB": ("The Gambia",)}
_ALIAS_ES = {"GBR": ("Gran Bretaña",), "USA": ("EE.UU.", "EEUU"), "CIV": ("Côte d'Ivoire",)}

# column -> canonical word -> the agency's words (first = usual)
_Vocab = dict[str, dict[str, tuple[str, ...]]]
_VOCAB: dict[str, _Vocab] = {
    "wv": {
        "crime_type": {
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Hombres",),
            "female": ("Mujeres",),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "adult": ("Adultos",),
            "child": ("NNA", "NNA no acompañados"),
            "mixed": ("Adultos con NNA", "Mixto"),
        },
        "transport_mode": {"land": ("Terrestre", "A pie (selva)"), "sea": ("Marítimo",)},
        "linked_offences": {
            "document_fraud": ("Falsificación documental",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Lavado de activos",),
            "illicit_goods": ("Narcotráfico",),
            "cybercrime": ("Delito informático",),
            "terrorism": ("Terrorismo",),
        },
    },
    "ccusa": {
        "crime_type": {
            "smuggling": ("Smuggling", "Smuggled (paid guide)"),
            "trafficking": ("Human trafficking", "Trafficking indicators"),
            "both": ("Smuggling + trafficking",),
        },
        "exploitation": {
            "sexual": ("Sex trafficking",),
            "forced_labour": ("Labor trafficking",),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male",),
            "female": ("Female",),
            "mixed": ("Male & female", "Mixed"),
        },
        "age_group": {
            "adult": ("Adult", "Single adults"),
            "child": ("Minor", "UAC"),
            "mixed": ("FMUA", "Family unit"),
        },
        "transport_mode": {"land": ("Land", "On foot", "Vehicle")},
        "linked_offences": {
            "document_fraud": ("Fraudulent documents",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drug smuggling",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    "dgase": {
        "crime_type": {
            "smuggling": ("Trafic illicite de migrants", "Trafic de migrants"),
            "trafficking": ("Traite des personnes",),
            "both": ("Traite et trafic",),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
            "forced_labour": ("Travail forcé", "Servitude domestique"),
            "forced_criminality": ("Criminalité forcée",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("Hommes",),
            "female": ("Femmes",),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "adult": ("Adultes", "Majeurs"),
            "child": ("Mineurs",),
            "mixed": ("Adultes et mineurs",),
        },
        "transport_mode": {
            "sea": ("Embarcation", "Voie maritime"),
            "land": ("Voie terrestre",),
            "air": ("Voie aérienne",),
        },
        "linked_offences": {
            "document_fraud": ("Faux documents",),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    "thy": {
        "crime_type": {
            "smuggling": ("SMUGGLING OF MIGRANTS", "SOM"),
            "trafficking": ("TRAFFICKING IN PERSONS", "TIP"),
            "both": ("TIP + SOM",),
        },
        "exploitation": {
            "sexual": ("SEXUAL",),
            "forced_labour": ("LABOUR",),
            "forced_criminality": ("FORCED CRIMINALITY",),
            "organ_removal": ("ORGAN REMOVAL",),
            "forced_marriage": ("FORCED MARRIAGE",),
            "other": ("OTHER",),
        },
        "gender": {"male": ("M",), "female": ("F",), "mixed": ("M/F",)},
        "age_group": {"adult": ("ADT",), "child": ("CHD",), "mixed": ("ADT+CHD",)},
        "transport_mode": {"land": ("LAND",), "sea": ("SEA",), "air": ("AIR",)},
        "linked_offences": {
            "document_fraud": ("FRAUDULENT DOCS",),
            "corruption": ("CORRUPTION",),
            "money_laundering": ("MONEY LAUNDERING",),
            "illicit_goods": ("CONTRABAND",),
            "cybercrime": ("CYBER",),
            "terrorism": ("TERRORISM",),
        },
    },
    "pl": {
        "crime_type": {
            "smuggling": ("tráfico de migrantes", "tráfico ilícito de migrantes"),
            "trafficking": ("trata de personas",),
            "both": ("trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("delincuencia forzada",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras formas",),
        },
        "gender": {
            "male": ("hombres",),
            "female": ("mujeres",),
            "mixed": ("hombres y mujeres",),
        },
        "age_group": {
            "adult": ("adultos",),
            "child": ("menores",),
            "mixed": ("adultos y menores",),
        },
        "transport_mode": {
            "sea": ("marítima", "embarcación"),
            "land": ("terrestre",),
            "air": ("aérea",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("lavado de dinero",),
            "illicit_goods": ("contrabando",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
}
_OFFENCE_SEP = {"wv": "; ", "ccusa": " / ", "dgase": " + ", "thy": ", ", "pl": ", "}
# "not known" in the age or transport cell (expected: unknown)
_NA_WORD = {"wv": "Sin dato", "ccusa": "Unknown", "dgase": "nc", "thy": "N/A", "pl": None}
# a count the clerk did not know (expected: no count)
_COUNT_UNKNOWN = {
    "wv": ("s/d",),
    "ccusa": ("Unk", "TBD"),
    "dgase": ("nc",),
    "thy": ("TBC",),
    "pl": ("sin precisar",),
}
_SUSPECTS_UNKNOWN = {
    "wv": "No sabe",
    "ccusa": "Unk",
    "dgase": "nc",
    "thy": "UNK",
    "pl": "sin precisar",
}
_ZERO_WORD = {"wv": "Ninguno", "ccusa": "None", "dgase": "aucun", "thy": None, "pl": "ninguno"}
_ES_NUMBERS = ("", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
_AIRLINE_MONTHS = tuple(m[:3].upper() for m in MONTHS)
_FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
# Where the veille adds the place to the country it names.
_DGASE_PLACE = {
    "Gran Canaria": "Canaries",
    "Tenerife": "Canaries",
    "El Hierro": "Canaries",
    "Lanzarote": "Canaries",
    "Lampedusa": "Lampedusa",
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
}
_WV_PLACE = {"Darién gap": "Trocha (selva)", "Bajo Chiquito": "Bajo Chiquito"}
# The wire's place names (Spanish where the desk has its own).
_PL_PLACE = {
    "Darién gap": "selva del Darién",
    "Nogales (Sonora/Arizona)": "Nogales, Arizona",
    "Rio Grande Valley": "Valle del Río Grande, Texas",
    "El Paso": "El Paso, Texas",
    "Sasabe": "Sasabe, Arizona",
    "Dunkirk/Gravelines": "Dunkerque",
    "London": "Londres",
    "Cetingrad (BIH–HRV border)": "Cetingrad",
    "Bajakovo (SRB–HRV border)": "Bajakovo",
    "Lesbos": "isla de Lesbos",
    "Samos": "isla de Samos",
    "Torino": "Turín",
    "Almería (El Ejido)": "El Ejido, Almería",
    "Latina (Agro Pontino)": "Latina",
    "Kuźnica": "Kuznica",
    "Białowieża": "Bialowieza",
    "Michałowo": "Michalowo",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _int(value: object) -> int:
    """Return an event's count as a Python int."""
    if isinstance(value, (int, np.integer)):
        return int(value)
    return int(str(value))


def _float(value: object) -> float | None:
    """Return an event's coordinate as a float, None if missing."""
    if value is None:
        return None
    if isinstance(value, (int, float, np.floating, np.integer)):
        return float(value)
    return float(str(value))


def _plain(text: str) -> str:
    """Drop the accents (``México`` -> ``Mexico``), as a clerk's keyboard may."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name(code: str, lang: str) -> str:
    return _NAMES[code][_LANG[lang]]


def _word(style: str, col: str, value: str, rng: _Rng) -> str:
    forms = _VOCAB[style][col][value]
    return forms[0] if len(forms) == 1 or rng.random() < 0.65 else choice(rng, forms[1:])


def _country(style: str, code: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """Write one country the agency's way; tag what a reader must see through."""
    r = rng.random()
    if style == "wv":
        name = _name(code, "es")
        if col == "nationality" and code in _DEMONYM_ES:
            demonym = _DEMONYM_ES[code]
            tags.append("demonym:nationality")
            return demonym if r < 0.3 else demonym.capitalize()
        if col == "destination_country" and code == "USA":
            return choice(rng, ("Estados Unidos", "EE.UU.", "EEUU"))
        if r < 0.05 and code in _TYPO["es"]:
            tags.append(f"typo:{col}")
            return _TYPO["es"][code]
        if r < 0.15:
            tags.append(f"case:{col}")
            return name.upper()
        return _plain(name) if r < 0.3 else name
    if style == "ccusa":
        name = _name(code, "en")
        if col == "nationality" and code in _DEMONYM_EN and r < 0.85:
            tags.append("demonym:nationality")
            return _DEMONYM_EN[code]
        if code == "USA":
            return choice(rng, ("USA", "United States", "U.S."))
        if r < 0.06 and code in _TYPO["en"]:
            tags.append(f"typo:{col}")
            return _TYPO["en"][code]
        if r < 0.12:
            tags.append(f"case:{col}")
            return name.upper()
        return name
    if style == "dgase":
        name = _name(code, "fr")
        if r < 0.05:
            garbled = mojibake(name)
            if garbled is not None:
                tags.append(f"mojibake:{col}")
                return garbled
        if r < 0.09 and code in _ALIAS_FR:
            tags.append(f"alias:{col}")
            return choice(rng, _ALIAS_FR[code])
        if r < 0.12 and code in _TYPO["fr"]:
            tags.append(f"typo:{col}")
            return _TYPO["fr"][code]
        if r < 0.22:
            tags.append(f"case:{col}")
            return name.upper()
        return name
    if style == "thy":
        if col in ("nationality", "origin_country"):
            tags.append(f"iso3:{col}")
            return code
        if col in ("detection_country", "transit_countries"):
            tags.append(f"iso2:{col}")
            return iso_codes(code)[0]
        return _name(code, "en").upper()
    # pl: a wire desk's Spanish, accents often lost, a few common aliases
    name = _name(code, "es")
    if r < 0.12 and code in _ALIAS_ES:
        tags.append(f"alias:{col}")
        return choice(rng, _ALIAS_ES[code])
    if r < 0.25:
        return _plain(name)
    if r < 0.3:
        tags.append(f"case:{col}")
        return name.lower()
    return name


def _transit(style: str, value: str | None, rng: _Rng, tags: list[str]) -> str | None:
    if value is None:
        return "DIRECT" if style == "thy" else None
    parts = [_country(style, c, "transit_countries", rng, tags) for c in value.split("|")]
    if style == "wv":
        return " - ".join(parts)
    if style == "ccusa":
        return " > ".join(parts)
    if style == "dgase":
        return " / ".join(parts)
    if style == "thy":
        return "/".join(parts)
    if len(parts) == 1:
        return parts[0]
    tags.append("prose_list:transit_countries")
    return ", ".join(parts[:-1]) + " y " + parts[-1]


def _cuban_thousands(n: int) -> str:
    """``1250`` -> ``mil 250``, ``2300`` -> ``2 mil 300`` (Cuban press style)."""
    hi, lo = divmod(n, 1000)
    head = "mil" if hi == 1 else f"{hi} mil"
    return head if lo == 0 else f"{head} {lo}"


def _persons(style: str, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of persons; return (cell, expected count)."""
    r = rng.random()
    if r < 0.025:
        tags.append("count_placeholder")
        if style == "pl" and 20 <= n < 100:
            return "decenas", None
        return choice(rng, _COUNT_UNKNOWN[style]), None
    if style in ("wv", "thy"):
        return n, n  # numeric Excel cells
    if n >= 1000:
        tags.append("thousands:n_persons")
        if style == "ccusa":
            return f"{n:,}", n
        if style == "dgase":
            return f"{n // 1000}\u00a0{n % 1000:03d}", n
        return _cuban_thousands(n), n
    if style == "pl":
        if n < 10 and r < 0.4:
            tags.append("count_words")
            return _ES_NUMBERS[n] if n > 1 else "una", n
        if r < 0.5:
            tags.append("count_words")
            return f"{n} {choice(rng, ('migrantes', 'personas'))}", n
        return n, n  # a JSON number
    return str(n), n


def _suspects(style: str, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    r = rng.random()
    if r < 0.03:
        tags.append("suspects_placeholder")
        return _SUSPECTS_UNKNOWN[style], None
    zero = _ZERO_WORD[style]
    if n == 0 and zero is not None and r < 0.45:
        tags.append("zero_word")
        return zero, 0
    return (n if style in ("wv", "thy", "pl") else str(n)), n


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _airline_date(ts: pd.Timestamp) -> str:
    return f"{ts.day:02d}{_AIRLINE_MONTHS[ts.month - 1]}{ts.year % 100:02d}"


def _day_cell(style: str, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a full date in the agency's style(s)."""
    r = rng.random()
    if style == "wv":
        if r < 0.12:
            tags.append("text_date")
            return ts.strftime("%d/%m/%Y")
        if r < 0.2:
            tags.append("excel_serial")
            return _excel_serial(ts)
        return ts.to_pydatetime()
    if style == "ccusa":
        tags.append("us_date")
        if r < 0.4:
            return f"{ts.month}/{ts.day}/{ts.year}"
        return ts.strftime("%m/%d/%Y")
    if style == "dgase":
        if r < 0.25:
            tags.append("long_date")
            return f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        return ts.strftime("%d/%m/%Y")
    if style == "thy":
        if r < 0.6:
            tags.append("airline_date")
            return _airline_date(ts)
        return ts.to_pydatetime()
    return ts.strftime("%Y-%m-%d")


def _date(
    style: str, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    r = rng.random()
    if partial_ok and style == "pl" and r < 0.06:
        tags.append("partial_date")
        return ts.strftime("%Y-%m"), ts.to_period("M").start_time, "month"
    if partial_ok and style == "dgase" and r < 0.05:
        tags.append("partial_date")
        if r < 0.025:
            return f"T{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", ts.to_period("M").start_time, "month"
    return _day_cell(style, ts, rng, tags), ts.normalize(), "day"


def _ddm(value: float, pos: str, neg: str, width: int) -> str:
    """Degrees and decimal minutes, the way flight operations write a position."""
    hemi = pos if value >= 0 else neg
    minutes = round(abs(value) * 60, 2)
    deg, mins = divmod(minutes, 60)
    return f"{hemi}{int(deg):0{width}d}°{mins:05.2f}'"


def _from_ddm(text: str) -> float:
    hemi, rest = text[0], text[1:].rstrip("'")
    deg, mins = rest.split("°")
    value = int(deg) + float(mins) / 60
    return round(-value if hemi in "SW" else value, 6)


def _coords(
    style: str, lat: float | None, lon: float | None, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place; return (cells, expected lat, expected lon)."""
    if style in ("ccusa", "pl"):  # intake logs and wire copy carry no position
        tags.append("coords_missing")
        return {}, None, None
    if lat is None or lon is None or rng.random() < 0.06:
        tags.append("coords_missing")
        return {}, None, None
    if style == "wv":
        alt = round(float(rng.uniform(5, 120)), 1)
        acc = round(float(rng.uniform(3, 15)), 1)
        tags.append("kobo_geopoint")
        return {"coordinates": f"{lat:.5f} {lon:.5f} {alt} {acc}"}, lat, lon
    if style == "dgase":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    text = f"{_ddm(lat, 'N', 'S', 2)} {_ddm(lon, 'E', 'W', 3)}"
    tags.append("ddm_coords")
    la, lo = text.split(" ")
    return {"coordinates": text}, _from_ddm(la), _from_ddm(lo)


def _render(
    src: GnSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    style = src.style
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        style, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(style, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        cells["exploitation"] = "N/A" if style == "thy" else None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(style, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"] = _persons(style, _int(ev["n_persons"]), rng, tags)
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(style, _int(ev["n_suspects"]), rng, tags)

    gender = str(ev["gender"])
    if forced_blank == "gender" or (style == "ccusa" and rng.random() < 0.02):
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(style, "gender", gender, rng), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        na = _NA_WORD[style]
        if na is not None and rng.random() < 0.015:
            cells[col], exp[col] = na, "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = _word(style, col, value, rng), value
    if style == "dgase" and exp["transport_mode"] == "sea" and ev["corridor"] == "watl":
        if rng.random() < 0.6:
            cells["transport_mode"] = "Pirogue"  # the Atlantic crossings, as Dakar says it

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col or code is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        text = _country(style, str(code), col, rng, tags)
        if col == "detection_country" and style == "dgase":
            region = _DGASE_PLACE.get(str(ev["hotspot"]))
            if region is not None and rng.random() < 0.4:
                text = f"{text} ({region})"
                tags.append("place_suffix:detection_country")
        cells[col], exp[col] = text, str(code)
    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit(
        style, None if transit is None else str(transit), rng, tags
    )
    exp["transit_countries"] = None if transit is None else str(transit)

    lat, lon = _float(ev["lat"]), _float(ev["lon"])
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        place: dict[str, object] = {}
        exp["lat"] = exp["lon"] = None
    else:
        place, exp["lat"], exp["lon"] = _coords(style, lat, lon, rng, tags)
    cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [_word(style, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = _OFFENCE_SEP[style].join(words)
        exp["linked_offences"] = str(offences)

    if style == "wv":
        cells["place"] = _WV_PLACE.get(str(ev["hotspot"]), f"ERM {ev['hotspot']}")
    if style == "pl":
        cells["place"] = _PL_PLACE.get(str(ev["hotspot"]), str(ev["hotspot"]))
    return cells, exp, tags


def _bad_date(src: GnSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date that cannot be used: none, impossible, or a year typed ten years on."""
    if kind == "no_date":
        return None
    style, year = src.style, ts.year
    if kind == "bad_date":
        if style == "ccusa":
            return choice(rng, (f"02/30/{year}", f"{ts.month:02d}/00/{year}"))
        if style == "thy":
            return f"31FEB{year % 100:02d}"
        if style == "pl":
            return f"{year}-02-30"
        return choice(rng, (f"31/02/{year}", f"00/{ts.month:02d}/{year}"))
    future = ts.replace(year=year + 10)  # 2023 typed 2033
    if style in ("wv", "thy") and rng.random() < 0.5:
        return future.to_pydatetime()
    if style == "ccusa":
        return future.strftime("%m/%d/%Y")
    if style == "thy":
        return _airline_date(future)
    if style == "pl":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: GnSource, last: pd.Timestamp) -> object:
    """Return the date a clerk writes on the note row (the day of the export)."""
    day = last + pd.Timedelta(days=3)
    if src.style in ("wv", "thy"):
        return day.to_pydatetime()
    if src.style == "ccusa":
        return day.strftime("%m/%d/%Y")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------
def _headers(*pairs: tuple[str, str]) -> dict[str, str]:
    return dict(pairs)


#: The five sources, in the order their submissions are returned.
SOURCES: tuple[GnSource, ...] = (
    GnSource(
        source="world_vision_pa_gn",
        filename="world_vision_pa_gn.xlsx",
        ref="WV-DAR-{year}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers=_headers(
            ("source_ref", "Código de caso"),
            ("event_date", "Fecha de registro"),
            ("place", "Comunidad / ERM"),
            ("detection_country", "País"),
            ("crime_type", "Tipo de caso"),
            ("exploitation", "Forma de explotación"),
            ("n_persons", "N° personas del grupo"),
            ("n_suspects", "N° guías / coyotes"),
            ("gender", "Sexo"),
            ("age_group", "Grupo etario"),
            ("nationality", "Nacionalidad"),
            ("origin_country", "País de origen"),
            ("transit_countries", "Países de tránsito"),
            ("destination_country", "Destino declarado"),
            ("transport_mode", "Medio de desplazamiento"),
            ("coordinates", "Ubicación GPS"),
            ("linked_offences", "Otros delitos asociados"),
        ),
        note="Nota: datos preliminares, sujetos a validación por el equipo de protección",
        total="TOTAL",
        bad_count=("#¡VALOR!", "#¡REF!"),
        repeats=True,
        style="wv",
    ),
    GnSource(
        source="ccusa_respite_gn",
        filename="ccusa_respite_gn.csv",
        ref="CCR{yy:02d}-{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers=_headers(
            ("source_ref", "Intake ID"),
            ("event_date", "Apprehension Date"),
            ("crime_type", "Case Type"),
            ("exploitation", "Exploitation Type"),
            ("n_persons", "Group Size"),
            ("n_suspects", "# Guides/Smugglers Reported"),
            ("gender", "Gender"),
            ("age_group", "Age Category"),
            ("nationality", "Nationality"),
            ("origin_country", "Country of Origin"),
            ("transit_countries", "Countries Transited"),
            ("destination_country", "Final Destination"),
            ("detection_country", "Apprehension Country"),
            ("transport_mode", "Mode of Entry"),
            ("linked_offences", "Related Offenses"),
        ),
        note="NOTE: self-reported at intake, not verified",
        total="Grand Total",
        bad_count=("#VALUE!", "#REF!"),
        repeats=True,
        style="ccusa",
    ),
    GnSource(
        source="dgase_senegal_gn",
        filename="dgase_senegal_gn.csv",
        ref="VM/{seq:04d}/{year}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers=_headers(
            ("source_ref", "N° fiche"),
            ("event_date", "Date de l'incident"),
            ("crime_type", "Nature"),
            ("exploitation", "Forme d'exploitation"),
            ("n_persons", "Nombre de migrants"),
            ("n_suspects", "Nombre de passeurs"),
            ("gender", "Sexe"),
            ("age_group", "Tranche d'âge"),
            ("nationality", "Nationalité"),
            ("origin_country", "Pays d'origine"),
            ("transit_countries", "Pays de transit"),
            ("destination_country", "Pays de destination"),
            ("detection_country", "Pays de détection"),
            ("transport_mode", "Moyen de transport"),
            ("lat", "Latitude"),
            ("lon", "Longitude"),
            ("linked_offences", "Infractions connexes"),
        ),
        note="Source : revue de presse et partenaires — données provisoires",
        total="TOTAL",
        bad_count=("#VALEUR!", "#REF!"),
        repeats=False,
        style="dgase",
    ),
    GnSource(
        source="turkish_airlines_sec_gn",
        filename="turkish_airlines_sec_gn.xlsx",
        ref="TK-SEC-{yy:02d}{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers=_headers(
            ("source_ref", "Case No"),
            ("event_date", "Event Date"),
            ("crime_type", "Case Category"),
            ("exploitation", "Exploitation"),
            ("n_persons", "PAX"),
            ("n_suspects", "Facilitators"),
            ("gender", "Sex"),
            ("age_group", "Pax Type"),
            ("nationality", "Nationality (MRZ)"),
            ("origin_country", "Country of Origin"),
            ("transit_countries", "Routing"),
            ("destination_country", "Final Destination"),
            ("detection_country", "Detected In"),
            ("transport_mode", "Mode"),
            ("coordinates", "Position"),
            ("linked_offences", "Associated Offences"),
        ),
        note=None,
        total="TOTAL PAX",
        bad_count=("#VALUE!", "Err:502"),
        repeats=False,
        style="thy",
    ),
    GnSource(
        source="prensa_latina_gn",
        filename="prensa_latina_gn.jsonl",
        ref="PL-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers=_headers(
            ("source_ref", "id_despacho"),
            ("event_date", "fecha_hecho"),
            ("place", "lugar"),
            ("detection_country", "pais_hecho"),
            ("crime_type", "tipo_delito"),
            ("exploitation", "forma_explotacion"),
            ("n_persons", "cifra_personas"),
            ("n_suspects", "detenidos"),
            ("gender", "sexo"),
            ("age_group", "edad"),
            ("nationality", "nacionalidad"),
            ("origin_country", "pais_origen"),
            ("transit_countries", "paises_transito"),
            ("destination_country", "pais_destino"),
            ("transport_mode", "via"),
            ("linked_offences", "delitos_conexos"),
        ),
        note=None,
        total="TOTAL",
        bad_count=("#¡VALOR!", "Err:502"),
        repeats=False,
        style="pl",
    ),
)

_EXAMINER: Examiner[GnSource] = Examiner(
    sources=SOURCES,
    primary={
        "PAN": "world_vision_pa_gn",
        "USA": "ccusa_respite_gn",
        "ESP": "dgase_senegal_gn",
        "ITA": "dgase_senegal_gn",
        "GRC": "turkish_airlines_sec_gn",
        "HRV": "turkish_airlines_sec_gn",
        "POL": "turkish_airlines_sec_gn",
    },
    compilation="prensa_latina_gn",
    secondary={
        ("darien", "PAN"): "prensa_latina_gn",
        ("us_mex", "USA"): "prensa_latina_gn",
        ("watl", "ESP"): "prensa_latina_gn",
        ("wmed", "ESP"): "prensa_latina_gn",
        ("thb_rou_esp", "ESP"): "prensa_latina_gn",
        ("thb_rou_esp", "ITA"): "prensa_latina_gn",
        ("thb_nga_ita", "ITA"): "prensa_latina_gn",
        ("cmed", "ITA"): "turkish_airlines_sec_gn",
        ("emed", "GRC"): "prensa_latina_gn",
        ("wbal", "HRV"): "prensa_latina_gn",
        ("blr_pol", "POL"): "prensa_latina_gn",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=194_194,
    blank_share=0.3,
)


def make_blind194(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind194`` agencies would send them.

    World Vision Panamá reports the Darién, Catholic Charities USA the US border, the
    Senegalese DGASE the African routes to Spain and Italy, Turkish Airlines security
    the routes out of Istanbul (Greece, Croatia, Poland), and Prensa Latina everything
    else; about 4 % of the events are reported a second time (mostly by Prensa Latina),
    1.5 % become rows to quarantine, and two agencies re-send a few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        One per agency of :data:`SOURCES`, in that order, with the expected clean value
        of every written row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind194(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['world_vision_pa_gn.xlsx', 'ccusa_respite_gn.csv', 'dgase_senegal_gn.csv',
     'turkish_airlines_sec_gn.xlsx', 'prensa_latina_gn.jsonl']
    >>> [s.encoding for s in subs][1:3]
    ['utf-8-sig', 'cp1252']
    >>> subs[3].frame.columns[:3].tolist()
    ['Case No', 'Event Date', 'Case Category']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
