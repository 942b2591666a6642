"""Examiner sample set ``blind389`` (files ``*_oa.*``): veterinary and animal-welfare desks.

Five agencies that meet exploited workers and smuggled persons while they inspect animals,
written independently of the cleaner:

``rspca_inspectorate_oa.csv``
    RSPCA Inspectorate, Special Operations Unit (England and Wales): its safeguarding
    referrals log of inspectors who found workers at puppy farms, livery yards and dairy
    units, or people hidden in livestock lorries at Dover. English, cp1252 (an Excel
    "CSV" saved on Windows), ``,``; day-first dates ("17/05/2023", "17 May 2023"),
    nationalities as demonyms ("Vietnamese"), transit routes joined by ``" > "``, one
    ``Lat/Long`` column, "None" for no suspects, "not known" for an unknown count.
``spa_enquetes_oa.xlsx``
    Société Protectrice des Animaux, service des enquêtes (délégués enquêteurs of the
    Pas-de-Calais and Nord refuges): French, Excel dates beside typed "17/05/2023" and
    "mai 2023" cells, nationalities as the adjective of a French report ("afghane"),
    "NC" for an unknown count, "aucun" for no suspects, coordinates as numbers or as
    text with a decimal comma.
``cgcve_oa.csv``
    Consejo General de Colegios Veterinarios de España, the alerts sent up by the
    provincial colegios (Almería, Huelva, Las Palmas, Santa Cruz de Tenerife, Ceuta,
    Melilla): Spanish, UTF-8 with BOM, ``;``, day-first dates with a few Excel serials
    pasted from another workbook, "1.250" for thousands, decimal commas, ISO alpha-2
    codes now and then, and the Almería colegio's 2022 rows garbled by a cp1252 import
    (mojibake).
``oirsa_oa.jsonl``
    OIRSA (Organismo Internacional Regional de Sanidad Agropecuaria), the quarantine
    inspectors of its checkpoints on the Panamerican highway in Darién (and its Mexico
    office for trucks stopped on the US side): a form application's JSON lines export,
    Spanish snake_case choice names ("trafico_migrantes", "camion_ganado", "ns_nr"),
    countries as choice names before the form's July 2022 version and ISO alpha-3 codes
    after it, the detection country as an ISO numeric code, ISO dates or timestamps with
    the local offset, ODK geopoints ("8.50123 -77.50012 64.0 4.9") and ordered arrays of
    transit countries.
``animals_angels_oa.csv``
    Animals' Angels, the compilation of its transport-monitoring teams in Italy, Greece,
    Croatia and Poland and of Animals' Angels Inc. on the US–Mexico border: English with
    German words of the Frankfurt office ("unbekannt", "Kroatien", "Schleusung"), UTF-16
    text saved from Excel with tabs, ISO dates beside "May 2023" and "Q2 2023" when a
    partner gave only the month or quarter, GPS as "45.15012 N, 15.74021 E".

Each agency reports the events detected in its own country; Animals' Angels reports every
other event. The Channel is reported by both the RSPCA and the SPA, trucks stopped at the
US–Mexico border by Animals' Angels and OIRSA (the cross-source duplicates).
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind389"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_MONTHS_FR = (
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
_MONTHS_ES = (
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
#: The day OIRSA's form switched from country names to ISO alpha-3 codes.
_FORM_V2 = pd.Timestamp("2022-07-01")


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared source description plus its house style.

    Attributes
    ----------
    kind : str
        Key of the agency's wording tables (``"rspca"``, ``"spa"``, ``"cgcve"``,
        ``"oirsa"``, ``"aa"``).
    """

    kind: str


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
#: kind -> column -> canonical value -> written variants (the first is the usual one).
_WORDS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "rspca": {
        "crime_type": {
            "trafficking": ("Modern slavery", "Modern slavery / human trafficking", "MSHT"),
            "smuggling": (
                "People smuggling",
                "Suspected people smuggling",
                "Facilitation of illegal entry",
            ),
            "both": ("Modern slavery & smuggling", "Smuggling + modern slavery"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": (
                "Criminal exploitation",
                "Criminal exploitation (cannabis cultivation)",
            ),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "Males", "M"),
            "female": ("Female", "Females", "F"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Child", "Under 18", "Children"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "land": ("Livestock lorry", "HGV", "Horsebox", "Van"),
            "sea": ("Small boat", "Boat", "RIB"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False ID documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Controlled drugs"),
            "cybercrime": ("Cyber crime",),
            "terrorism": ("Terrorism",),
        },
    },
    "spa": {
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "aide à l'entrée et au séjour irréguliers",
                "trafic de migrants",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": (
                "travail forcé",
                "exploitation par le travail",
                "conditions de travail indignes",
            ),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("hommes", "H", "masculin"),
            "female": ("femmes", "F", "féminin"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "land": ("bétaillère", "poids lourd", "camion", "véhicule léger"),
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "air": ("avion", "voie aérienne"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    "cgcve": {
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata", "TSH"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración irregular",
                "Tráfico de migrantes",
            ),
            "both": ("Trata y tráfico de migrantes", "Trata + tráfico"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras formas",),
        },
        "gender": {
            "male": ("Hombres", "Varones", "H"),
            "female": ("Mujeres", "M"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("Menores", "Menores no acompañados"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "land": ("Camión de ganado", "Camión", "Furgoneta", "A pie"),
            "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
            "air": ("Avión", "Aéreo"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    "oirsa": {
        "crime_type": {
            "trafficking": ("trata_personas",),
            "smuggling": ("trafico_migrantes",),
            "both": ("trata_y_trafico",),
        },
        "exploitation": {
            "sexual": ("explotacion_sexual",),
            "forced_labour": ("explotacion_laboral",),
            "forced_criminality": ("actividades_delictivas",),
            "organ_removal": ("extraccion_organos",),
            "forced_marriage": ("matrimonio_forzado",),
            "other": ("otra",),
        },
        "gender": {"male": ("hombres",), "female": ("mujeres",), "mixed": ("mixto",)},
        "age_group": {"adult": ("adultos",), "child": ("menores",), "mixed": ("mixto",)},
        "transport_mode": {
            "land": ("terrestre", "camion_ganado", "a_pie"),
            "sea": ("maritimo", "lancha"),
            "air": ("aereo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificacion_documentos",),
            "corruption": ("corrupcion",),
            "money_laundering": ("lavado_activos",),
            "illicit_goods": ("contrabando",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    "aa": {
        "crime_type": {
            "trafficking": ("Trafficking in human beings", "THB", "Menschenhandel"),
            "smuggling": ("Migrant smuggling", "Smuggling", "Schleusung"),
            "both": ("THB + smuggling", "Trafficking/smuggling"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation", "forced labour"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"male": ("male", "m"), "female": ("female", "f"), "mixed": ("mixed",)},
        "age_group": {
            "adult": ("adults",),
            "child": ("minors", "children"),
            "mixed": ("adults + minors", "mixed"),
        },
        "transport_mode": {
            "land": ("livestock truck", "truck", "van", "on foot"),
            "sea": ("boat", "vessel", "livestock carrier"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "false papers"),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "contraband"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
}

#: kind -> words for a value the writer did not know.
_UNKNOWN: dict[str, tuple[str, ...]] = {
    "rspca": ("Not known", "N/K"),
    "spa": ("inconnu", "NR", "non déterminé"),
    "cgcve": ("Desconocido", "S/D", "No consta"),
    "oirsa": ("ns_nr",),
    "aa": ("unknown", "unk.", "unbekannt"),
}
#: kind -> words for "not applicable" in the exploitation column of a smuggling case.
_NOT_APPLICABLE: dict[str, tuple[str, ...]] = {
    "rspca": ("N/A", ""),
    "spa": ("sans objet", "/", ""),
    "cgcve": ("No procede", "-", ""),
    "oirsa": ("",),
    "aa": ("n/a", "-", ""),
}
#: kind -> word written for "no suspects".
_ZERO: dict[str, str] = {
    "rspca": "None",
    "spa": "aucun",
    "cgcve": "ninguno",
    "aa": "none",
}
#: kind -> word written when no other offence was noted.
_NO_OFFENCE: dict[str, str] = {"rspca": "None", "cgcve": "Ninguno", "aa": "none"}
#: kind -> placeholder of an unknown count (None: the cell is left empty/null).
_COUNT_UNKNOWN: dict[str, str | None] = {
    "rspca": "not known",
    "spa": "NC",
    "cgcve": "S/D",
    "oirsa": None,
    "aa": "n/k",
}
#: kind -> thousands separator of a count.
_THOUSANDS: dict[str, str] = {
    "rspca": ",",
    "spa": "\u202f",
    "cgcve": ".",
    "aa": ",",
}
#: kind -> separator of the transit countries.
_TRANSIT_SEP: dict[str, str] = {"rspca": " > ", "spa": ", ", "cgcve": " / ", "aa": " - "}
#: kind -> separator of the linked offences.
_OFFENCE_SEP: dict[str, str] = {
    "rspca": "; ",
    "spa": " / ",
    "cgcve": ", ",
    "oirsa": " ",
    "aa": ", ",
}
#: kind -> share of vocabulary cells with odd case or spacing.
_CASE_RATE: dict[str, float] = {"rspca": 0.05, "spa": 0.06, "cgcve": 0.05, "oirsa": 0.0, "aa": 0.05}

#: The other English names an English-speaking desk writes.
_ALIAS_EN: dict[str, str] = {
    "BIH": "Bosnia",
    "CIV": "Ivory Coast",
    "GMB": "The Gambia",
    "MKD": "Macedonia",
    "RUS": "Russian Federation",
    "SYR": "Syrian Arab Republic",
    "TUR": "Turkey",
    "USA": "USA",
    "VNM": "Vietnam",
}
#: Nationalities as the RSPCA writes them ("Vietnamese").
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
#: Nationalities as a French report writes them ("de nationalité afghane").
_DEMONYM_FR: dict[str, str] = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
#: Country names left in German by Animals' Angels' Frankfurt office.
_GERMAN: dict[str, str] = {
    "AUT": "Österreich",
    "BGR": "Bulgarien",
    "DEU": "Deutschland",
    "GRC": "Griechenland",
    "HRV": "Kroatien",
    "ITA": "Italien",
    "POL": "Polen",
    "RUS": "Russland",
    "SRB": "Serbien",
    "TUR": "Türkei",
}
#: Animals' Angels' team by country observed.
_AA_TEAM: dict[str, str] = {
    "ITA": "AA Italia",
    "GRC": "AA Greece (partner report)",
    "HRV": "AA Croatia / border team",
    "POL": "AA Poland",
    "USA": "Animals' Angels Inc. (US)",
}
#: Provincial colegio by hotspot (Spain).
_COLEGIO: dict[str, str] = {
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
    "Almería": "Almería",
    "Almería (El Ejido)": "Almería",
    "Huelva": "Huelva",
    "Gran Canaria": "Las Palmas",
    "Lanzarote": "Las Palmas",
    "Tenerife": "S. C. de Tenerife",
    "El Hierro": "S. C. de Tenerife",
}
#: OIRSA checkpoint by hotspot (Panama; trucks stopped in the US come from its Mexico office).
_PUESTO: dict[str, str] = {
    "Darién gap": "PCC Agua Fría",
    "Bajo Chiquito": "PCC Metetí",
    "Lajas Blancas": "PCC Lajas Blancas",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _snake(text: str) -> str:
    """Return a form's choice name of ``text``: no accents, lower case, ``_`` for spaces.

    Examples
    --------
    >>> _snake("Costa de Marfil"), _snake("Haití")
    ('costa_de_marfil', 'haiti')
    """
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return plain.lower().replace("’", "").replace("'", "").replace(" ", "_")


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more (a typing slip).

    Examples
    --------
    >>> _swap("Marruecos"), _swap("Malí")
    ('Marurecos', 'Malí')
    """
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _noisy_case(text: str, rng: _Rng) -> str:
    k = int(rng.integers(4))
    if k == 0:
        return text.upper()
    if k == 1:
        return text.lower()
    return f" {text}" if k == 2 else f"{text}  "


def _word(src: Agency, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    """Write a canonical vocabulary word the agency's way (usual form most of the time)."""
    forms = _WORDS[src.kind][col][value]
    text = forms[0] if len(forms) == 1 or rng.random() < 0.6 else choice(rng, forms[1:])
    if src.kind == "aa" and text in ("Menschenhandel", "Schleusung"):
        tags.append(f"german:{col}")
    if rng.random() < _CASE_RATE[src.kind]:
        text = _noisy_case(text, rng)
        tags.append(f"case:{col}")
    return text


def _unknown(src: Agency, rng: _Rng) -> str:
    return choice(rng, _UNKNOWN[src.kind])


def _country(src: Agency, iso: str, col: str, rng: _Rng, tags: list[str], ts: pd.Timestamp) -> str:
    """Write one country the agency's way; tag what an analyst must read through."""
    iso2, en, fr, es, _aliases, _typo = COUNTRIES[iso]
    r = rng.random()
    if src.kind == "rspca":
        if col == "nationality" and iso in _DEMONYM_EN and r < 0.8:
            tags.append("demonym:nationality")
            return _DEMONYM_EN[iso]
        if iso == "GBR":
            return choice(rng, ("UK", "United Kingdom", "UK", "GB"))
        if iso in _ALIAS_EN and r < 0.15:
            tags.append(f"alias:{col}")
            return _ALIAS_EN[iso]
        if r > 0.97:
            tags.append(f"typo:{col}")
            return _swap(en)
        return en.upper() if r > 0.92 else en
    if src.kind == "spa":
        if col == "nationality" and iso in _DEMONYM_FR and r < 0.6:
            tags.append("demonym:nationality")
            return _DEMONYM_FR[iso]
        if r > 0.9:
            tags.append(f"case:{col}")
            return fr.upper()
        return fr
    if src.kind == "cgcve":
        if r < 0.08:
            tags.append(f"iso2:{col}")
            return iso2
        if r > 0.97:
            tags.append(f"typo:{col}")
            return _swap(es)
        return es.upper() if r > 0.88 else es
    if src.kind == "oirsa":
        if col == "detection_country":
            tags.append("numeric:detection_country")
            return iso_codes(iso)[1]
        if ts >= _FORM_V2:
            tags.append(f"iso3:{col}")
            return iso
        tags.append(f"choice_name:{col}")
        return _snake(es)
    # Animals' Angels
    if iso in _GERMAN and r < 0.08:
        tags.append(f"german:{col}")
        return _GERMAN[iso]
    if r > 0.92:
        tags.append(f"iso3:{col}")
        return iso
    if iso in _ALIAS_EN and r < 0.2:
        tags.append(f"alias:{col}")
        return _ALIAS_EN[iso]
    return en


def _date_text(src: Agency, ts: pd.Timestamp, style: str) -> object:
    """Write a day in one of the agency's styles (``style`` names it)."""
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "long_en":
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    if style == "long_fr":
        return f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}"
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "excel":
        return ts.normalize().to_pydatetime()
    if style == "offset":
        hour = 6 + (ts.day * 7 + ts.month) % 12  # local daytime: the UTC day is the same
        minute = (ts.day * 13) % 60
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00-05:00"
    raise ValueError(f"unknown date style {style!r}")


#: kind -> (style, weight) of a day, and the month / quarter forms the agency writes.
_DAY_STYLES: dict[str, tuple[tuple[str, float], ...]] = {
    "rspca": (("dmy", 0.82), ("long_en", 0.18)),
    "spa": (("excel", 0.75), ("dmy", 0.2), ("long_fr", 0.05)),
    "cgcve": (("dmy", 0.83), ("dmy_dash", 0.07), ("dmy2", 0.05), ("serial", 0.05)),
    "oirsa": (("iso", 0.7), ("offset", 0.3)),
    "aa": (("iso", 0.9), ("long_en", 0.1)),
}
_MONTH_RATE: dict[str, float] = {
    "rspca": 0.03,
    "spa": 0.03,
    "cgcve": 0.02,
    "oirsa": 0.0,
    "aa": 0.05,
}
_QUARTER_RATE: dict[str, float] = {"aa": 0.05}


def _month_text(src: Agency, ts: pd.Timestamp) -> str:
    if src.kind == "spa":
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
    if src.kind == "cgcve":
        return f"{_MONTHS_ES[ts.month - 1]} de {ts.year}"
    return f"{MONTHS[ts.month - 1]} {ts.year}"


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of the event's day."""
    r = rng.random()
    month_rate = _MONTH_RATE[src.kind] if partial_ok else 0.0
    quarter_rate = _QUARTER_RATE.get(src.kind, 0.0) if partial_ok else 0.0
    if r < month_rate:
        tags.append("partial_date:month")
        return _month_text(src, ts), ts.to_period("M").start_time, "month"
    if r < month_rate + quarter_rate:
        tags.append("partial_date:quarter")
        start = ts.to_period("Q").start_time
        return f"Q{ts.quarter} {ts.year}", start, "quarter"
    styles, weights = zip(*_DAY_STYLES[src.kind], strict=True)
    w = np.asarray(weights, dtype=float)
    style = str(styles[int(rng.choice(len(styles), p=w / w.sum()))])
    if style not in ("dmy", "iso", "excel"):
        tags.append(f"date:{style}")
    return _date_text(src, ts, style), ts.normalize(), "day"


def _count(src: Agency, value: int) -> tuple[object, bool]:
    """Write a count; return (cell, whether a thousands separator was written)."""
    if src.format != "csv" and not (src.kind == "spa" and value >= 1000):
        return value, False
    if value >= 1000:
        sep = _THOUSANDS[src.kind]
        return f"{value // 1000}{sep}{value % 1000:03d}", True
    return str(value), False


def _coordinates(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place; return (cells, expected lat, expected lon)."""
    if rng.random() < 0.05:
        if src.kind == "rspca" and rng.random() < 0.5:
            tags.append("coords_placeholder")
            return {"coordinates": "not recorded"}, None, None
        tags.append("coords_missing")
        return {}, None, None
    if src.kind == "rspca":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if src.kind == "spa":
        if rng.random() < 0.15:
            tags.append("decimal_comma")
            return (
                {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
                lat,
                lon,
            )
        return {"lat": lat, "lon": lon}, lat, lon
    if src.kind == "cgcve":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    if src.kind == "oirsa":
        alt = float(rng.integers(5, 140))
        acc = round(float(rng.uniform(3, 15)), 1)
        tags.append("geopoint")
        return {"coordinates": f"{lat:.5f} {lon:.5f} {alt:.1f} {acc}"}, lat, lon
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    tags.append("hemisphere_letters")
    return {"coordinates": f"{abs(lat):.5f} {ns}, {abs(lon):.5f} {ew}"}, lat, lon


def _extra(src: Agency, ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    """Return the agency's own column beside the record fields (premises, colegio, team)."""
    hotspot = str(ev.get("hotspot") or "")
    if src.kind == "rspca":
        if ev["detection_country"] == "FRA":
            return {"premises": "Calais - info from juxtaposed controls"}
        if ev["corridor"] == "channel":
            return {"premises": choice(rng, ("Port of Dover - lorry check", "Lay-by / services"))}
        return {
            "premises": choice(
                rng,
                ("Puppy farm", "Licensed dog breeder", "Livery yard", "Dairy unit", "Pet shop"),
            )
        }
    if src.kind == "spa":
        if ev["detection_country"] == "GBR":
            return {"premises": "signalement RSPCA (Douvres)"}
        if ev["transport_mode"] == "sea":
            return {"premises": choice(rng, ("littoral - plage", "port de Calais"))}
        return {
            "premises": choice(
                rng, ("contrôle bétaillère (A16)", "élevage canin", "centre équestre")
            )
        }
    if src.kind == "cgcve":
        return {"colegio": _COLEGIO.get(hotspot, "Almería")}
    if src.kind == "oirsa":
        return {"premises": _PUESTO.get(hotspot, "Representación OIRSA México")}
    return {"team": _AA_TEAM.get(str(ev["detection_country"]), "AA Europe")}


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: ``(cells, expected, tags)``."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # a smuggling case: "not applicable" or nothing
        word = choice(rng, _NOT_APPLICABLE[src.kind])
        cells["exploitation"] = word or None
        exp["exploitation"] = None
        if word:
            tags.append("not_applicable:exploitation")
    elif rng.random() < 0.04:
        cells["exploitation"] = _unknown(src, rng)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = _COUNT_UNKNOWN[src.kind]
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], big = _count(src, persons)
        exp["n_persons"] = persons
        if big:
            tags.append("thousands:n_persons")

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.03:
        cells["n_suspects"] = _unknown(src, rng) if src.kind != "oirsa" else None
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and src.kind in _ZERO and rng.random() < 0.6:
        cells["n_suspects"] = _ZERO[src.kind]
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, suspects)[0]
        exp["n_suspects"] = suspects

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"] = _unknown(src, rng)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
        tags.append("unknown_word:gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng, tags)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = _unknown(src, rng)
            exp[col] = "unknown"
            tags.append("na_word")
            tags.append(f"unknown_word:{col}")
        else:
            cells[col] = _word(src, col, value, rng, tags)
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        if iso is None:
            cells[col] = None
            exp[col] = None
            continue
        if col != "detection_country" and rng.random() < 0.03:
            cells[col] = _unknown(src, rng)
            exp[col] = None
            tags.append(f"unknown:{col}")
            if col == "nationality":
                tags.append("blank_nationality")
            continue
        cells[col] = _country(src, str(iso), col, rng, tags, ts)
        exp[col] = str(iso)

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = [] if src.kind == "oirsa" else None
    else:
        names = [
            _country(src, c, "transit_countries", rng, tags, ts) for c in str(transit).split("|")
        ]
        if src.kind == "oirsa":
            cells["transit_countries"] = names
        else:
            cells["transit_countries"] = _TRANSIT_SEP[src.kind].join(names)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        none_word = _NO_OFFENCE.get(src.kind)
        use = none_word is not None and rng.random() < 0.3
        cells["linked_offences"] = none_word if use else None
        if use:
            tags.append("none_word:linked_offences")
    else:
        words = [_word(src, "linked_offences", o, rng, tags) for o in str(offences).split("|")]
        cells["linked_offences"] = _OFFENCE_SEP[src.kind].join(words)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"] = _coordinates(src, lat, lon, rng, tags)
        cells.update(place)

    cells.update(_extra(src, ev, rng))

    if src.kind == "cgcve" and cells.get("colegio") == "Almería" and ts.year == 2022:
        # the Almería colegio's 2022 alerts went through a cp1252 import: every accent garbled
        garbled = False
        for key, cell in cells.items():
            if isinstance(cell, str):
                bad = mojibake(cell)
                if bad is not None:
                    cells[key] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: blank, impossible, or a year typed wrong."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = choice(rng, ("30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if src.kind in ("oirsa", "aa"):
            return f"{ts.year}-{month}-{day}"
        return f"{day}/{month}/{ts.year}"
    # future_date: the year's middle digits swapped (2023 -> 2203)
    y = str(ts.year)
    year = int(y[0] + y[2] + y[1] + y[3])
    if year <= 2100:  # only happens for years such as 2000; keep the date in the future
        year += 200
    future = ts.replace(year=year)
    if src.kind in ("oirsa", "aa"):
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row (the day of the extract)."""
    if src.kind == "spa":
        return last.normalize().to_pydatetime()
    if src.kind in ("oirsa", "aa"):
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
AGENCIES: tuple[Agency, ...] = (
    Agency(
        source="rspca_inspectorate_oa",
        filename="rspca_inspectorate_oa.csv",
        ref="SOU/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Incident No.",
            "event_date": "Date of Visit",
            "premises": "Premises Type",
            "crime_type": "Concern Category",
            "exploitation": "Type of Exploitation",
            "n_persons": "No. of Persons Found",
            "n_suspects": "Suspected Offenders",
            "gender": "Sex",
            "age_group": "Adult/Child",
            "nationality": "Nationality (as stated)",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "detection_country": "Country Where Found",
            "transit_countries": "Route (countries transited)",
            "transport_mode": "How Travelled",
            "coordinates": "Lat/Long",
            "linked_offences": "Other Offences Noted",
        },
        note=(
            "NOTE: extract from SOU safeguarding referrals log \u2013 provisional, "
            "OFFICIAL-SENSITIVE"
        ),
        total="TOTAL",
        bad_count=("several", "a few", "tbc - several"),
        repeats=False,
        kind="rspca",
    ),
    Agency(
        source="spa_enquetes_oa",
        filename="spa_enquetes_oa.xlsx",
        ref="ENQ-{year}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "N° dossier",
            "event_date": "Date du constat",
            "premises": "Lieu / structure",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeurs / mineurs",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays du constat",
            "transit_countries": "Pays traversés",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Extraction du registre des signalements - données provisoires",
        total="Total général",
        bad_count=("plusieurs", "nombreux"),
        repeats=True,
        kind="spa",
    ),
    Agency(
        source="cgcve_oa",
        filename="cgcve_oa.csv",
        ref="{seq:05d}/{year}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "Nº registro",
            "colegio": "Colegio",
            "event_date": "Fecha",
            "crime_type": "Tipo de delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº presuntos autores",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: datos facilitados por los colegios provinciales, pendientes de validación",
        total="TOTAL",
        bad_count=("varios", "numerosos"),
        repeats=True,
        kind="cgcve",
    ),
    Agency(
        source="oirsa_oa",
        filename="oirsa_oa.jsonl",
        ref="PA-SEPA-{year}-{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "folio",
            "event_date": "fecha_inspeccion",
            "premises": "puesto",
            "crime_type": "tipo_caso",
            "exploitation": "forma_explotacion",
            "n_persons": "num_personas",
            "n_suspects": "num_presuntos_responsables",
            "gender": "sexo",
            "age_group": "grupo_etario",
            "nationality": "nacionalidad",
            "origin_country": "pais_origen",
            "destination_country": "pais_destino",
            "detection_country": "pais_deteccion",
            "transit_countries": "paises_transito",
            "transport_mode": "medio_transporte",
            "coordinates": "geopunto",
            "linked_offences": "delitos_conexos",
        },
        note=None,
        total="TOTAL",
        bad_count=("varios", "grupo grande"),
        repeats=False,
        kind="oirsa",
    ),
    Agency(
        source="animals_angels_oa",
        filename="animals_angels_oa.csv",
        ref="AA-{year}-{seq:03d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "AA ref.",
            "team": "Team",
            "event_date": "Date observed",
            "crime_type": "Case type",
            "exploitation": "Exploitation type",
            "n_persons": "No. persons",
            "n_suspects": "No. suspects",
            "gender": "Sex",
            "age_group": "Age",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "destination_country": "Destination",
            "detection_country": "Country observed",
            "transit_countries": "Transit countries",
            "transport_mode": "Means of transport",
            "coordinates": "GPS",
            "linked_offences": "Related offences",
        },
        note="Compiled from team and partner reports; figures as reported, not verified",
        total="Total",
        bad_count=("several", "a group"),
        repeats=False,
        kind="aa",
    ),
)

#: The variant: who first reports which detection country, and who may report it again.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": "rspca_inspectorate_oa",
        "FRA": "spa_enquetes_oa",
        "ESP": "cgcve_oa",
        "PAN": "oirsa_oa",
    },
    compilation="animals_angels_oa",
    secondary={
        ("channel", "FRA"): "rspca_inspectorate_oa",
        ("channel", "GBR"): "spa_enquetes_oa",
        ("us_mex", "USA"): "oirsa_oa",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=389,
    blank_share=0.3,
)


def make_blind389(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five veterinary and animal-welfare desks of ``blind389``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``rspca_inspectorate_oa.csv`` (English, cp1252, ``,``),
        ``spa_enquetes_oa.xlsx`` (French), ``cgcve_oa.csv`` (Spanish, UTF-8 with BOM,
        ``;``), ``oirsa_oa.jsonl`` (Spanish form export) and ``animals_angels_oa.csv``
        (English, UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind389(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['rspca_inspectorate_oa.csv', 'spa_enquetes_oa.xlsx', 'cgcve_oa.csv',
     'oirsa_oa.jsonl', 'animals_angels_oa.csv']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8-sig', 'utf-8', 'utf-16']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
