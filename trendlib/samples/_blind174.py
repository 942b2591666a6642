"""Held-out examiner sample set ``blind174`` (files ``*_ft.*``).

Five desks around the Colombian and Venezuelan migration exits and their consulates
write the true events as they would keep them:

``pmh_cep_panama`` (XLSX, Spanish)
    Pastoral de Movilidad Humana of the Panamanian Bishops' Conference (Catholic), whose
    teams at the migrant reception stations of Darién (Bajo Chiquito, Lajas Blancas)
    keep a workbook of the groups they meet: real Excel dates (a few typed as text, a
    few months only), nationalities as Spanish demonyms ("venezolana"), ``NNA`` for
    children, GPS pairs in one cell (a few in degrees, minutes and seconds).
    First reports of the events detected in Panama.
``cws_miami`` (CSV, UTF-8 with BOM, comma, English)
    Church World Service, Miami office (Protestant), whose legal-services intake log
    records where its clients were apprehended on the US–Mexico border: US dates
    (month first), CBP words (``UAC``, ``Family unit``), English demonyms and codes,
    Spanish words of the clients here and there; no coordinates.
    First reports of the events detected in the United States.
``consulado_ve_madrid`` (CSV, cp1252, semicolon, Spanish)
    Consulate General of Venezuela in Madrid, forwarding what the Spanish authorities
    notify: day-first dates (a few two-digit years, Excel serials, quarters ``T2 2023``
    and months ``05/2023``), ``TIM`` / ``TdP``, ``varones``, Spanish thousands dots,
    decimal-comma coordinates, country names pasted from a UTF-8 system (mojibake).
    First reports of the events detected in Spain.
``consulat_co_paris`` (CSV, UTF-16 with BOM, tab, French with Spanish words)
    Consulate General of Colombia in Paris, keeping in French the notifications of the
    French border police (Excel "Unicode text" export): ``aide à l'entrée et au séjour
    irréguliers``, ``MNA``, French demonyms, a few Spanish words; no coordinates.
    First reports of the events detected in France, second reports of some Dover events.
``cancilleria_co_damcsc`` (JSON lines, Spanish)
    Colombia's Ministry of Foreign Affairs (Dirección de Asuntos Migratorios, Consulares y
    Servicio al Ciudadano), compiling its consulates' reports from its case system:
    upper-case values, ISO alpha-2 detection countries, ISO numeric origin codes
    (``"004"``), ISO dates, transit lists joined by ``"; "``.
    First reports of every other event (Italy, Greece, Croatia, Poland, United Kingdom)
    and second reports of some events of Panama, the United States, Spain and France.

What a careful analyst reads from each cell is what the truth expects: a month or a
quarter gives its first day, a "not known" word gives no value (or ``unknown``), a
"not applicable" exploitation of a smuggling case gives none, an impossible or future
date, a negative count or a count that is not a number make the row a bad row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

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

__all__ = ["BLIND174", "SOURCES", "Desk", "Wording", "make_blind174"]

_Rng = np.random.Generator
_EPOCH = pd.Timestamp("1899-12-30")

# iso3 -> (English, French, Spanish): the names these desks write.
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
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
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

# Demonyms as each desk writes a nationality (Spanish: "nacionalidad venezolana").
_DEMONYMS: dict[str, dict[str, str]] = {
    "es": {
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "MAR": "marroquí",
        "DZA": "argelina",
        "SEN": "senegalesa",
        "MLI": "maliense",
        "ROU": "rumana",
    },
    "en": {
        "MEX": "Mexican",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "VEN": "Venezuelan",
        "ECU": "Ecuadorian",
    },
    "fr": {
        "AFG": "afghane",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
}

# Other common names of a country, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"USA": ("USA", "U.S.", "US"), "GBR": ("UK",), "VNM": ("Viet Nam",)},
    "es": {"USA": ("EE.UU.", "EEUU", "USA"), "GBR": ("Gran Bretaña",), "PAN": ("Rep. de Panamá",)},
    "fr": {"GBR": ("RU", "UK", "Grande-Bretagne"), "USA": ("USA",)},
}


def _typo(name: str) -> str | None:
    """Swap two letters near the middle of a name of six letters or more."""
    if len(name) < 6:
        return None
    i = len(name) // 2
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return name[: i - 1] + b + a + name[i + 1 :]


@dataclass(frozen=True)
class Wording:
    """How one desk writes its cells (the words, styles and rates of its own habits).

    Attributes
    ----------
    date : callable
        ``(ts, rng, partial_ok) -> (cell, expected day, precision, tag)``.
    bad_date : callable
        ``(ts, kind, rng) -> cell`` for a ``bad_date`` or ``future_date`` row.
    note_date : callable
        ``(last) -> cell``, the date written on the note row.
    countries : mapping
        Country column -> style -> weight. Styles: ``name``, ``upper``, ``demonym``,
        ``alias``, ``iso2``, ``iso3``, ``numeric``, ``typo``, ``mojibake``, ``spanish``.
    transit : mapping
        Style -> weight for the names of a transit list.
    transit_sep : tuple of str
        Separators of a transit list (one per file, as the agency writes it).
    crime, exploitation, gender, age, transport, offences : mapping
        Canonical word -> the desk's words (the first the usual one).
    expl_na : tuple of str
        What the desk writes as the exploitation of a smuggling case (``""``: blank).
    expl_unknown, na_words, unknown_nat, count_placeholder, suspect_placeholder : tuple
        "Not known" / "not applicable" words.
    zero_words : tuple of str
        Words written for no suspect.
    number_words : mapping
        Small counts of suspects written as words (empty: never).
    thousands : str
        Thousands separator of a text count (``""``: none).
    offence_sep : str
        Separator of linked offences.
    coords : str
        ``"pair"`` (one GPS cell), ``"comma"`` (two decimal-comma cells), ``"float"``
        (two numbers) or ``"none"``.
    places : mapping
        Truth hotspot -> the desk's place name (the ``place`` column).
    upper : bool
        Whether the desk's system writes its words in capitals.
    case_rate : float
        Share of text cells with odd case or spacing.
    """

    date: Callable[[pd.Timestamp, _Rng, bool], tuple[object, pd.Timestamp, str, str]]
    bad_date: Callable[[pd.Timestamp, str, _Rng], object]
    note_date: Callable[[pd.Timestamp], object]
    countries: Mapping[str, Mapping[str, float]]
    transit: Mapping[str, float]
    transit_sep: tuple[str, ...]
    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    transport: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    expl_na: tuple[str, ...]
    expl_unknown: tuple[str, ...]
    na_words: tuple[str, ...]
    unknown_nat: tuple[str, ...]
    count_placeholder: tuple[str, ...]
    suspect_placeholder: tuple[str, ...]
    zero_words: tuple[str, ...]
    number_words: Mapping[int, str]
    thousands: str
    offence_sep: str
    coords: str
    places: Mapping[str, str]
    upper: bool = False
    case_rate: float = 0.05


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """An :class:`ExaminerSource` with the desk's own :class:`Wording`.

    Attributes
    ----------
    wording : Wording
        How the desk writes its cells.
    """

    wording: Wording


# --------------------------------------------------------------------------------------
# Dates, one way per desk
# --------------------------------------------------------------------------------------
_MES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_MOIS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_MONTH_EN = (
    "January February March April May June July August September October November December"
).split()


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _later(ts: pd.Timestamp) -> tuple[int, int, int]:
    """Day, month and year ten years on (a mistyped year: a future date)."""
    day = 28 if (ts.month == 2 and ts.day == 29) else ts.day
    return day, ts.month, ts.year + 10


def _pmh_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    r = rng.random()
    if partial_ok and r < 0.05:  # monthly consolidation of a station's sheet
        return f"{_MES[ts.month - 1]} {ts.year}", _month_start(ts), "month", "partial_date"
    if r < 0.14:  # typed into the cell as text
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
    return ts.to_pydatetime(), ts, "day", ""


def _pmh_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"{choice(rng, ('30', '31'))}/02/{ts.year}"
    day, month, year = _later(ts)
    return datetime(year, month, day)


def _cws_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    r = rng.random()
    if partial_ok and r < 0.04:  # client remembers only the month
        return f"{_MONTH_EN[ts.month - 1]} {ts.year}", _month_start(ts), "month", "partial_date"
    if r < 0.10:
        return ts.strftime("%m/%d/%y"), ts, "day", "date_short_year"
    return ts.strftime("%m/%d/%Y"), ts, "day", ""


def _cws_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"02/{choice(rng, ('30', '31'))}/{ts.year}"
    day, month, year = _later(ts)
    return f"{month:02d}/{day:02d}/{year}"


def _ven_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    r = rng.random()
    if partial_ok and r < 0.04:  # quarterly note of the Spanish authorities
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", "partial_date"
    if partial_ok and r < 0.07:
        return ts.strftime("%m/%Y"), _month_start(ts), "month", "partial_date"
    if r < 0.10:  # pasted from a sheet whose date cells were "General"
        return str((ts - _EPOCH).days), ts, "day", "excel_serial"
    if r < 0.16:
        return ts.strftime("%d/%m/%y"), ts, "day", "date_short_year"
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


def _ven_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"{choice(rng, ('30', '31'))}/02/{ts.year}"
    day, month, year = _later(ts)
    return f"{day:02d}/{month:02d}/{year}"


def _col_paris_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    r = rng.random()
    if partial_ok and r < 0.03:
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", "partial_date"
    if partial_ok and r < 0.06:
        return f"{_MOIS[ts.month - 1]} {ts.year}", _month_start(ts), "month", "partial_date"
    if r < 0.18:
        return f"{ts.day} {_MOIS[ts.month - 1]} {ts.year}", ts, "day", "date_long"
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


def _col_paris_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"{choice(rng, ('30', '31'))}/02/{ts.year}"
    day, month, year = _later(ts)
    return f"{day:02d}/{month:02d}/{year}"


def _cancilleria_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    r = rng.random()
    if partial_ok and r < 0.05:  # consulate reported the month only
        return ts.strftime("%Y-%m"), _month_start(ts), "month", "partial_date"
    if r < 0.09:
        return ts.strftime("%Y/%m/%d"), ts, "day", "date_slashes"
    return ts.strftime("%Y-%m-%d"), ts, "day", ""


def _cancilleria_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"{ts.year}-02-{choice(rng, ('30', '31'))}"
    day, month, year = _later(ts)
    return f"{year}-{month:02d}-{day:02d}"


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_PMH = Wording(
    date=_pmh_date,
    bad_date=_pmh_bad,
    note_date=lambda last: (last + pd.Timedelta(days=6)).to_pydatetime(),
    countries={
        "nationality": {"demonym": 0.55, "name": 0.3, "upper": 0.1, "typo": 0.05},
        "origin_country": {"name": 0.85, "upper": 0.1, "typo": 0.05},
        "destination_country": {"name": 0.5, "alias": 0.45, "typo": 0.05},
        "detection_country": {"name": 0.8, "upper": 0.1, "alias": 0.05, "iso2": 0.05},
    },
    transit={"name": 1.0},
    transit_sep=(" - ",),
    crime={
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata y tráfico", "Trata de personas / tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "forced_marriage": ("matrimonio servil",),
        "other": ("otra forma de explotación",),
    },
    gender={
        "male": ("Hombres", "Masc."),
        "female": ("Mujeres", "Fem."),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores"),
        "mixed": ("Adultos con NNA", "Mixto"),
    },
    transport={"land": ("A pie (selva)", "Caminando", "Terrestre")},
    offences={
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "document_fraud": ("documentos falsos",),
        "money_laundering": ("lavado de activos",),
        "corruption": ("cohecho",),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    expl_na=("No aplica", ""),
    expl_unknown=("Por determinar",),
    na_words=("No consta",),
    unknown_nat=("S/D",),
    count_placeholder=("S/D", "sin dato"),
    suspect_placeholder=("S/D", "no se sabe"),
    zero_words=("Ninguno",),
    number_words={},
    thousands="",
    offence_sep=", ",
    coords="pair",
    places={
        "Darién gap": "Selva del Darién",
        "Bajo Chiquito": "Bajo Chiquito",
        "Lajas Blancas": "ERM Lajas Blancas",
    },
)

_CWS = Wording(
    date=_cws_date,
    bad_date=_cws_bad,
    note_date=lambda last: (last + pd.Timedelta(days=9)).strftime("%m/%d/%Y"),
    countries={
        "nationality": {"demonym": 0.45, "name": 0.3, "iso2": 0.1, "spanish": 0.1, "typo": 0.05},
        "origin_country": {"name": 0.75, "iso2": 0.1, "spanish": 0.1, "typo": 0.05},
        "destination_country": {"alias": 0.7, "name": 0.3},
        "detection_country": {"alias": 0.75, "name": 0.15, "spanish_alias": 0.1},
    },
    transit={"name": 0.9, "spanish": 0.1},
    transit_sep=(", ",),
    crime={
        "smuggling": ("Smuggling", "Smuggling (coyote)", "Alien smuggling"),
        "trafficking": ("Human trafficking", "Trafficking"),
        "both": ("Smuggling + trafficking", "Trafficking/smuggling"),
    },
    exploitation={
        "sexual": ("Sex trafficking", "Sexual"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "male": ("Male", "Hombre"),
        "female": ("Female", "F", "Mujer"),
        "mixed": ("Mixed", "M/F"),
    },
    age={
        "adult": ("Adult", "Adults"),
        "child": ("UAC", "Minor"),
        "mixed": ("Family unit", "Adults + minors"),
    },
    transport={"land": ("Land", "On foot", "Vehicle", "Tractor-trailer")},
    offences={
        "illicit_goods": ("drug smuggling", "narcotics"),
        "corruption": ("bribery",),
        "document_fraud": ("fraudulent documents",),
        "money_laundering": ("money laundering",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    expl_na=("N/A", ""),
    expl_unknown=("TBD",),
    na_words=("N/A", "unk"),
    unknown_nat=("unk",),
    count_placeholder=("unk", "unknown"),
    suspect_placeholder=("unk", "unknown"),
    zero_words=("none",),
    number_words={},
    thousands=",",
    offence_sep="; ",
    coords="none",
    places={
        "Nogales (Sonora/Arizona)": "Nogales, AZ",
        "Sasabe": "Sasabe, AZ",
        "El Paso": "El Paso, TX",
        "Rio Grande Valley": "Rio Grande Valley, TX",
    },
)

_VEN = Wording(
    date=_ven_date,
    bad_date=_ven_bad,
    note_date=lambda last: (last + pd.Timedelta(days=12)).strftime("%d/%m/%Y"),
    countries={
        "nationality": {"name": 0.7, "upper": 0.1, "mojibake": 0.1, "typo": 0.05, "iso2": 0.05},
        "origin_country": {"name": 0.8, "upper": 0.05, "mojibake": 0.1, "typo": 0.05},
        "destination_country": {"name": 0.85, "mojibake": 0.1, "upper": 0.05},
        "detection_country": {"name": 0.7, "upper": 0.1, "mojibake": 0.1, "iso2": 0.1},
    },
    transit={"name": 0.9, "mojibake": 0.1},
    transit_sep=(" / ",),
    crime={
        "smuggling": ("Tráfico ilícito de migrantes", "TIM"),
        "trafficking": ("Trata de personas", "TdP"),
        "both": ("Trata de personas y tráfico ilícito de migrantes", "TdP y TIM"),
    },
    exploitation={
        "sexual": ("sexual", "explotación sexual"),
        "forced_labour": ("laboral", "trabajos forzados"),
        "forced_criminality": ("comisión de delitos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    gender={
        "male": ("Varones", "Hombres"),
        "female": ("Mujeres",),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("Menores de edad", "Menores"),
        "mixed": ("Mayores y menores", "Adultos y menores"),
    },
    transport={
        "sea": ("Patera", "Cayuco", "Neumática", "Marítimo"),
        "land": ("Terrestre", "A pie (salto de valla)", "Vehículo"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "corruption": ("cohecho",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    expl_na=("",),
    expl_unknown=("no consta",),
    na_words=("no consta",),
    unknown_nat=("no consta",),
    count_placeholder=("s/d", "no consta"),
    suspect_placeholder=("s/d",),
    zero_words=("ninguno",),
    number_words={1: "uno", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco"},
    thousands=".",
    offence_sep=", ",
    coords="comma",
    places={
        "Ceuta": "Ceuta",
        "Melilla": "Melilla",
        "Almería": "Almería",
        "Gran Canaria": "Las Palmas",
        "Tenerife": "Santa Cruz de Tenerife",
        "El Hierro": "Santa Cruz de Tenerife",
        "Lanzarote": "Las Palmas",
        "Huelva": "Huelva",
        "Almería (El Ejido)": "Almería",
    },
)

_COL_PARIS = Wording(
    date=_col_paris_date,
    bad_date=_col_paris_bad,
    note_date=lambda last: (last + pd.Timedelta(days=10)).strftime("%d/%m/%Y"),
    countries={
        "nationality": {"demonym": 0.5, "name": 0.3, "upper": 0.1, "spanish": 0.05, "typo": 0.05},
        "origin_country": {"name": 0.85, "spanish": 0.1, "typo": 0.05},
        "destination_country": {"name": 0.55, "alias": 0.35, "spanish": 0.1},
        "detection_country": {"name": 0.8, "upper": 0.05, "spanish": 0.1, "iso2": 0.05},
    },
    transit={"name": 0.9, "spanish": 0.1},
    transit_sep=(", ",),
    crime={
        "smuggling": ("aide à l'entrée et au séjour irréguliers", "trafic de migrants"),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("traite et aide à l'entrée irrégulière", "trata y tráfico"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "explotación laboral"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "male": ("hommes", "H"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("small boat", "embarcation", "maritime"),
        "land": ("poids lourd", "camion", "routier"),
        "air": ("aérien",),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "corruption": ("corruption",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    expl_na=("sans objet", ""),
    expl_unknown=("NC",),
    na_words=("NC", "non renseigné"),
    unknown_nat=("NC",),
    count_placeholder=("NC",),
    suspect_placeholder=("NC", "non communiqué"),
    zero_words=("aucun",),
    number_words={},
    thousands="\u00a0",
    offence_sep=" ; ",
    coords="none",
    places={
        "Calais": "Calais",
        "Dunkirk/Gravelines": "Gravelines",
        "Dover": "Douvres",
    },
)

_CANCILLERIA = Wording(
    date=_cancilleria_date,
    bad_date=_cancilleria_bad,
    note_date=lambda last: last.strftime("%Y-%m-%d"),
    countries={
        "nationality": {"upper": 0.85, "typo": 0.05, "iso3": 0.1},
        "origin_country": {"numeric": 1.0},
        "destination_country": {"upper": 0.9, "iso3": 0.1},
        "detection_country": {"iso2": 1.0},
    },
    transit={"upper": 1.0},
    transit_sep=("; ",),
    crime={
        "smuggling": ("TRÁFICO DE MIGRANTES",),
        "trafficking": ("TRATA DE PERSONAS",),
        "both": ("TRATA DE PERSONAS Y TRÁFICO DE MIGRANTES",),
    },
    exploitation={
        "sexual": ("EXPLOTACIÓN SEXUAL",),
        "forced_labour": ("TRABAJOS FORZADOS",),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS FORZADAS",),
        "forced_marriage": ("MATRIMONIO SERVIL",),
        "other": ("OTRA",),
    },
    gender={"male": ("HOMBRES",), "female": ("MUJERES",), "mixed": ("AMBOS",)},
    age={"adult": ("ADULTOS",), "child": ("NNA",), "mixed": ("ADULTOS Y NNA",)},
    transport={"sea": ("MARÍTIMO",), "land": ("TERRESTRE",), "air": ("AÉREO",)},
    offences={
        "document_fraud": ("FALSEDAD EN DOCUMENTO",),
        "money_laundering": ("LAVADO DE ACTIVOS",),
        "illicit_goods": ("TRÁFICO DE ESTUPEFACIENTES",),
        "corruption": ("COHECHO",),
        "cybercrime": ("DELITO INFORMÁTICO",),
        "terrorism": ("TERRORISMO",),
    },
    expl_na=("",),
    expl_unknown=("SIN INFORMACIÓN",),
    na_words=("SIN INFORMACIÓN",),
    unknown_nat=("SIN INFORMACIÓN",),
    count_placeholder=("SIN DATO",),
    suspect_placeholder=("SIN DATO",),
    zero_words=("NINGUNO",),
    number_words={},
    thousands="",
    offence_sep="; ",
    coords="float",
    places={},
    upper=True,
    case_rate=0.0,
)

#: The five desks of the set, in the order of the submissions.
SOURCES: tuple[Desk, ...] = (
    Desk(
        "pmh_cep_panama",
        "pmh_cep_panama_ft.xlsx",
        "PMH-DA-{year}-{seq:04d}",
        "xlsx",
        "utf-8",
        None,
        "es",
        {
            "source_ref": "N.º registro",
            "event_date": "Fecha de atención",
            "place": "Punto de atención",
            "detection_country": "País",
            "crime_type": "Tipo de caso",
            "exploitation": "Fin de explotación",
            "n_persons": "Personas atendidas",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Ruta (países de tránsito)",
            "destination_country": "Destino declarado",
            "transport_mode": "Medio",
            "n_suspects": "Guías / coyotes",
            "linked_offences": "Delitos conexos",
            "coordinates": "Coordenadas GPS",
        },
        "Nota: cifras preliminares, sujetas a validación con SNM",
        "TOTAL GENERAL",
        ("varios", "grupo grande", "muchos"),
        True,
        _PMH,
    ),
    Desk(
        "cws_miami",
        "cws_miami_ft.csv",
        "MIA-{yy:02d}-{seq:04d}",
        "csv",
        "utf-8-sig",
        ",",
        "en",
        {
            "source_ref": "Case #",
            "event_date": "Date of apprehension",
            "place": "Port / Sector",
            "detection_country": "Country of apprehension",
            "crime_type": "Case type",
            "exploitation": "Trafficking type",
            "n_persons": "No. of persons",
            "n_suspects": "Smugglers/traffickers",
            "gender": "Sex",
            "age_group": "Age group",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Transit countries",
            "destination_country": "Final destination",
            "transport_mode": "Mode of entry",
            "linked_offences": "Related offenses",
        },
        "Note: compiled from client intake; not for public release",
        "TOTAL",
        ("several", "many", "a group"),
        False,
        _CWS,
    ),
    Desk(
        "consulado_ve_madrid",
        "consulado_ve_madrid_ft.csv",
        "CGVM-{seq:05d}/{year}",
        "csv",
        "cp1252",
        ";",
        "es",
        {
            "source_ref": "Nº expediente",
            "event_date": "Fecha del hecho",
            "place": "Provincia",
            "detection_country": "País",
            "crime_type": "Tipo delictivo",
            "exploitation": "Finalidad",
            "n_persons": "Nº personas",
            "n_suspects": "Nº detenidos",
            "nationality": "Nacionalidad",
            "gender": "Sexo",
            "age_group": "Edad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "transport_mode": "Medio de transporte",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Otros delitos",
        },
        "Nota: información remitida por las autoridades españolas; datos provisionales",
        "TOTAL",
        ("varias", "decenas", "un grupo"),
        False,
        _VEN,
    ),
    Desk(
        "consulat_co_paris",
        "consulat_co_paris_ft.csv",
        "CCP/{year}/{seq:04d}",
        "csv",
        "utf-16",
        "\t",
        "fr",
        {
            "source_ref": "Réf. dossier",
            "event_date": "Date des faits",
            "place": "Lieu",
            "detection_country": "Pays",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "nationality": "Nationalité",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb passeurs interpellés",
            "gender": "Sexe",
            "age_group": "Âge",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Destination",
            "transport_mode": "Mode",
            "linked_offences": "Infractions connexes",
        },
        "Note : données transmises par la PAF, non consolidées",
        "Total",
        ("plusieurs", "un groupe", "nombreux"),
        False,
        _COL_PARIS,
    ),
    Desk(
        "cancilleria_co_damcsc",
        "cancilleria_co_damcsc_ft.jsonl",
        "S-DAMCSC-{yy:02d}-{seq:06d}",
        "jsonl",
        "utf-8",
        None,
        "es",
        {
            "source_ref": "radicado",
            "event_date": "fecha_evento",
            "place": "consulado",
            "detection_country": "pais_hechos",
            "crime_type": "tipo_delito",
            "exploitation": "finalidad_explotacion",
            "n_persons": "numero_personas",
            "n_suspects": "presuntos_responsables",
            "gender": "sexo",
            "age_group": "grupo_edad",
            "nationality": "nacionalidad",
            "origin_country": "cod_pais_origen",
            "transit_countries": "paises_transito",
            "destination_country": "pais_destino",
            "transport_mode": "medio_transporte",
            "lat": "latitud",
            "lon": "longitud",
            "linked_offences": "delitos_conexos",
        },
        None,
        "TOTAL",
        ("VARIOS", "MÚLTIPLES"),
        True,
        _CANCILLERIA,
    ),
)

# The Colombian consulate that forwards each event of the compilation.
_CONSULADO = {
    "ITA": "CONSULADO EN ROMA",
    "GRC": "CONSULADO EN ATENAS",
    "HRV": "SECCIÓN CONSULAR ZAGREB",
    "POL": "SECCIÓN CONSULAR VARSOVIA",
    "GBR": "CONSULADO EN LONDRES",
    "PAN": "CONSULADO EN PANAMÁ",
    "USA": "CONSULADO EN MIAMI",
    "ESP": "CONSULADO EN MADRID",
    "FRA": "CONSULADO EN PARÍS",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(iso: str, lang: str, style: str, rng: _Rng, *, upper: bool = False) -> tuple[str, str]:
    """Write one country; return (text, tag kind or "")."""
    name = _NAMES[iso][_LANG[lang]]
    spanish = _NAMES[iso][2]
    alpha2, numeric = iso_codes(iso)
    text, kind = name, ""
    if style == "upper":
        text = name.upper()
    elif style == "demonym" and iso in _DEMONYMS[lang]:
        text, kind = _DEMONYMS[lang][iso], "demonym"
    elif style == "alias" and iso in _ALIASES[lang]:
        text, kind = choice(rng, _ALIASES[lang][iso]), "alias"
    elif style == "spanish_alias" and iso in _ALIASES["es"]:
        text, kind = choice(rng, _ALIASES["es"][iso]), "spanish"
    elif style == "spanish" and spanish != name:
        text, kind = spanish, "spanish"
    elif style == "iso2":
        text, kind = alpha2, "iso2"
    elif style == "iso3":
        text, kind = iso, "iso3"
    elif style == "numeric":
        text, kind = numeric, "numeric"
    elif style == "typo":
        typo = _typo(name)
        if typo is not None:
            text, kind = typo, "typo"
    elif style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None:
            text, kind = garbled, "mojibake"
    if upper and kind not in ("iso2", "iso3", "numeric"):
        text = text.upper()
    return text, kind


def _noise(text: str, rate: float, rng: _Rng) -> str:
    """Odd case or stray spaces in ``rate`` of the cells; the meaning stays."""
    if rng.random() >= rate:
        return text
    k = int(rng.integers(4))
    return (text.upper(), text.lower(), f" {text}", f"{text}  ")[k]


def _count(n: int, src: Desk, rng: _Rng) -> tuple[object, str]:
    """Write a count as the desk does; return (cell, tag)."""
    if src.format != "csv":
        return n, ""
    sep = src.wording.thousands
    if n >= 1000 and sep and rng.random() < 0.8:
        return f"{n // 1000}{sep}{n % 1000:03d}", "thousands:n_persons"
    return str(n), ""


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds as a GPS unit shows them; return (text, value)."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    back = (d + m / 60 + s / 3600) * (1 if value >= 0 else -1)
    return f"{d}°{m:02d}'{s:02d}\"{hemi}", back


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Write the place of detection; return (cells, expected lat, lon, tag)."""
    style = src.wording.coords
    if style == "none":
        return {}, None, None, "coords_missing"
    if blank:
        return {}, None, None, "blank_coordinates"
    r = rng.random()
    if style == "pair":
        if r < 0.04:
            return {}, None, None, "coords_missing"
        if r < 0.06:
            return {"coordinates": "0, 0"}, None, None, "coords_placeholder"
        if r < 0.12:
            t_lat, e_lat = _dms(lat, "N", "S")
            t_lon, e_lon = _dms(lon, "E", "W")
            return {"coordinates": f"{t_lat} {t_lon}"}, e_lat, e_lon, "coords_dms"
        e_lat, e_lon = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{e_lat:.4f}, {e_lon:.4f}"}, e_lat, e_lon, ""
    if style == "comma":
        if r < 0.08:
            return {}, None, None, "coords_missing"
        e_lat, e_lon = round(lat, 4), round(lon, 4)
        cells: dict[str, object] = {
            "lat": f"{e_lat:.4f}".replace(".", ","),
            "lon": f"{e_lon:.4f}".replace(".", ","),
        }
        return cells, e_lat, e_lon, "decimal_comma"
    if r < 0.1:
        return {}, None, None, "coords_missing"
    e_lat, e_lon = round(lat, 5), round(lon, 5)
    return {"lat": e_lat, "lon": e_lon}, e_lat, e_lon, ""


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    w = src.wording
    lang = src.language
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], tag = w.date(ts, rng, partial_ok)
    if tag:
        tags.append(tag)

    det = str(ev["detection_country"])
    hotspot = str(ev["hotspot"])
    cells["place"] = _CONSULADO.get(det) if src.source == "cancilleria_co_damcsc" else None
    if cells["place"] is None:
        cells["place"] = w.places.get(hotspot, hotspot)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _noise(choice(rng, w.crime[crime]), w.case_rate, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        word = choice(rng, w.expl_na)
        cells["exploitation"] = word or None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, w.expl_unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _noise(choice(rng, w.exploitation[str(expl)]), w.case_rate, rng)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, w.count_placeholder)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count(n, src, rng)
        exp["n_persons"] = n
        if tag:
            tags.append(tag)

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.suspect_placeholder), None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.45:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.zero_words), 0
        tags.append("zero_word")
    elif k in w.number_words and r < 0.2:
        cells["n_suspects"], exp["n_suspects"] = w.number_words[k], k
        tags.append("count_word:n_suspects")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _noise(choice(rng, w.gender[gender]), w.case_rate, rng)
        exp["gender"] = gender

    for col, words in (("age_group", w.age), ("transport_mode", w.transport)):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, w.na_words), "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _noise(choice(rng, words[value]), w.case_rate, rng)
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col == "nationality" and rng.random() < 0.015:
            cells[col], exp[col] = choice(rng, w.unknown_nat), None
            tags.append("blank_nationality")
            continue
        style = _draw(rng, w.countries[col])
        text, kind = _country(str(iso), lang, style, rng, upper=w.upper)
        if kind:
            tags.append(f"{kind}:{col}")
        if kind in ("", "demonym", "spanish", "typo", "mojibake", "alias"):
            text = _noise(text, w.case_rate, rng)
        cells[col], exp[col] = text, str(iso)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        sep = w.transit_sep[0]
        parts = []
        for iso in str(transit).split("|"):
            text, kind = _country(iso, lang, _draw(rng, w.transit), rng, upper=w.upper)
            if kind:
                tags.append(f"{kind}:transit_countries")
            parts.append(text)
        cells["transit_countries"] = sep.join(parts)
        exp["transit_countries"] = str(transit)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        cells["linked_offences"] = w.offence_sep.join(
            choice(rng, w.offences[o]) for o in str(offences).split("|")
        )
        exp["linked_offences"] = str(offences)

    coord_cells, exp["lat"], exp["lon"], tag = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(coord_cells)
    if tag:
        tags.append(tag)
    if src.format == "csv":  # the file's encoding must hold every cell
        for cell in cells.values():
            if isinstance(cell, str):
                cell.encode(src.encoding)
    return cells, exp, tags


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return src.wording.bad_date(ts, kind, rng)


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    return src.wording.note_date(last)


#: The set's :class:`Examiner`: routing of first and second reports, and the writers.
BLIND174: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "PAN": "pmh_cep_panama",
        "USA": "cws_miami",
        "ESP": "consulado_ve_madrid",
        "FRA": "consulat_co_paris",
    },
    compilation="cancilleria_co_damcsc",
    secondary={
        ("darien", "PAN"): "cancilleria_co_damcsc",
        ("us_mex", "USA"): "cancilleria_co_damcsc",
        ("watl", "ESP"): "cancilleria_co_damcsc",
        ("thb_rou_esp", "ESP"): "cancilleria_co_damcsc",
        ("channel", "FRA"): "cancilleria_co_damcsc",
        ("channel", "GBR"): "consulat_co_paris",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=174_917,
    blank_share=0.3,
)


def make_blind174(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five desks of the ``blind174`` set do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``pmh_cep_panama_ft.xlsx``, ``cws_miami_ft.csv``, ``consulado_ve_madrid_ft.csv``,
        ``consulat_co_paris_ft.csv`` and ``cancilleria_co_damcsc_ft.jsonl``, each with
        its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind174(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pmh_cep_panama_ft.xlsx', 'cws_miami_ft.csv', 'consulado_ve_madrid_ft.csv',
     'consulat_co_paris_ft.csv', 'cancilleria_co_damcsc_ft.jsonl']
    >>> [(s.format, s.encoding, s.delimiter) for s in subs][1:4]  # doctest: +NORMALIZE_WHITESPACE
    [('csv', 'utf-8-sig', ','), ('csv', 'cp1252', ';'), ('csv', 'utf-16', '\t')]
    >>> [s.language for s in subs]
    ['es', 'en', 'es', 'fr', 'es']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND174, truth, seed=seed)
