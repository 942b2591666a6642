"""Examiner's held-out sample set ``blind436`` (files ``*_pv.*``): spa and wellness desks.

Five franchise-compliance and licensing desks of the spa, sauna and wellness trade pass
on what they learn of trafficking and smuggling cases touching their sector (recruitment
of therapists and cleaners, massage parlours fronting for sexual exploitation, staff who
arrived through smuggling routes). Each writes its own export, in its own words:

``spa_business_assoc_uk_pv.xlsx``
    The UK Spa Business Association's franchise compliance lead: an Excel log in
    English; real Excel dates with a few typed as text or only as a month or quarter
    (``May 2023``, ``Q2 2023``); nationalities as demonyms (``Vietnamese``); ``UK``;
    routes joined by ``" > "``; UK words (``Modern slavery``, ``OIC``, ``Small boat``,
    ``HGV``, ``Cannabis cultivation``); ``Not known`` / ``None``; ``lat, long`` in one
    cell; re-sent rows.
``cnaib_spa_conformite_pv.csv``
    CNAIB-SPA (French instituts de beauté et spas), conformité: cp1252, ``;``, French;
    its *veille* also compiles the European cases no other desk reports (Italy, Greece,
    Croatia, Poland). Day-first dates, some only a quarter (``T2 2023``); French legal
    wording (``aide à l'entrée et au séjour irréguliers``, ``proxénétisme``, ``MNA``,
    ``H/F``); ISO alpha-3 and unaccented upper-case names from police lists; counts with
    a no-break space for thousands, suspects sometimes as words (``aucun``, ``deux``);
    latitude and longitude with decimal commas.
``anbal_cumplimiento_pv.csv``
    ANBAL (Spanish balnearios and centros de bienestar), cumplimiento: Excel's "Unicode
    text" export, UTF-16 with BOM, tab-delimited, Spanish; ``dd/mm/aaaa`` or ``mm/aaaa``;
    ISO alpha-2 codes and stray spaces; ``1.250``; ``Patera``, ``Cayuco``, ``MENA``;
    coordinates in degrees, minutes and seconds with ``º`` and ``O`` (oeste).
``ahc_comite_spas_pv.csv``
    The spa committee of the Cancún hotel association (Mexico): UTF-8 with BOM, ``,``,
    Mexican Spanish (``Trata de personas`` vs ``Tráfico de personas``, ``NNA``, ``H``/``M``
    for hombre/mujer, ``EUA``, ``Operaciones con recursos de procedencia ilícita``);
    day-first dates, a few Excel serial numbers and month names; ``1,250``; a block of
    rows pasted from a mis-decoded file (mojibake, ``MÃ©xico``); re-sent rows.
``apatel_spa_bienestar_pv.jsonl``
    The spa and wellness committee of APATEL (Panama's hotel association): a web form's
    JSON lines, Spanish keys; ISO dates (some with a time, some only ``2023-05``);
    nationality as a dropdown name, origin and destination as ISO alpha-2 codes, the
    detection country as the ISO numeric code (``591``), transit countries and linked
    offences as JSON arrays; coordinates as one ``"lat,lon"`` string.

What a careful analyst cannot read is planted as such and said so in the truth: blank
or "not known" counts (``count_placeholder``, ``suspects_placeholder``: no value),
"not recorded" sex (``blank_gender``: ``unknown``), "not applicable" age group or means
of transport (``na_word``: ``unknown``), unknown nationality (``blank_nationality``),
missing coordinates (``coords_missing``). The bad rows (no date, impossible date, a date
ten years ahead, a negative or unreadable count) and the cross-source duplicates come
from :func:`trendlib.samples._examiner.make_examined`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
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
from trendlib.schema import EVENT_FIELDS

__all__ = ["EXAMINER", "SOURCES", "Desk", "make_blind436"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]
#: What a date writer returns: (cell, expected day, precision, tag).
_DateOut = tuple[object, pd.Timestamp, str, str]
#: What a coordinates writer returns: (cells, expected lat, expected lon, tag).
_CoordOut = tuple[dict[str, object], float, float, str]

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


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One desk: what the shared machinery reads, plus the desk's own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the desk's words for it (the first is the usual one).
    no_exploitation : tuple
        What the desk writes as the form of exploitation of a pure smuggling case
        (``None``: a blank cell).
    offence_sep, transit_sep : str
        Separators of linked offences and of transit countries (``""``: a JSON array).
    not_known : tuple of str
        The desk's words for "not known" (counts, nationality).
    unknown_sex : tuple of str
        The desk's words for a sex not recorded.
    not_applicable : tuple of str
        The desk's words for an age group or means of transport not applicable/recorded.
    zero : tuple of str
        Words for "no suspects".
    number_words : mapping
        Small suspect counts the desk sometimes writes in words.
    direct : tuple of str
        Words for a direct route (no transit country); empty: a blank cell.
    thousands : tuple of str
        Thousands separators the desk writes in counts >= 1000 (empty: none).
    write_date : callable
        ``(day, rng, partial_ok) -> (cell, expected day, precision, tag)``.
    day_text : callable
        ``(year, month, day) -> text`` of a typed day (also impossible ones).
    write_country : callable
        ``(iso3, column, rng) -> (text, tag)``.
    plain_country : callable
        ``iso3 -> text`` as written in a route.
    write_coords : callable
        ``(lat, lon, rng) -> (cells, expected lat, expected lon, tag)``.
    """

    crime: _Words
    exploitation: _Words
    no_exploitation: tuple[str | None, ...]
    gender: _Words
    age: _Words
    mode: _Words
    offences: _Words
    offence_sep: str
    transit_sep: str
    not_known: tuple[str, ...]
    unknown_sex: tuple[str, ...]
    not_applicable: tuple[str, ...]
    zero: tuple[str, ...]
    number_words: Mapping[int, str]
    direct: tuple[str, ...]
    thousands: tuple[str, ...]
    write_date: Callable[[pd.Timestamp, _Rng, bool], _DateOut]
    day_text: Callable[[int, int, int], str]
    write_country: Callable[[str, str, _Rng], tuple[str, str]]
    plain_country: Callable[[str], str]
    write_coords: Callable[[float, float, _Rng], _CoordOut]


# --------------------------------------------------------------------------------------
# Small writers shared by the desks
# --------------------------------------------------------------------------------------
def _word(words: tuple[str, ...], rng: _Rng) -> str:
    """Return the usual word two times in three, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter(ts: pd.Timestamp) -> tuple[int, pd.Timestamp]:
    q = (ts.month - 1) // 3 + 1
    return q, pd.Timestamp(year=ts.year, month=3 * q - 2, day=1)


def _swap(text: str) -> str:
    """Two letters in the middle of a long name swapped (a typing slip)."""
    if len(text) < 7:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _unaccented_upper(text: str) -> str:
    """Upper case without accents, as French police lists write names (``GRECE``)."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).upper().replace("’", "'")


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and whole seconds (``36º49'48" N``) and the value they say."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    read = deg + minutes / 60 + seconds / 3600
    hemi = pos if value >= 0 else neg
    return f"{deg}º{minutes:02d}'{seconds:02d}\" {hemi}", read if value >= 0 else -read


def _dmy(y: int, m: int, d: int) -> str:
    return f"{d:02d}/{m:02d}/{y}"


def _ymd(y: int, m: int, d: int) -> str:
    return f"{y}-{m:02d}-{d:02d}"


# --------------------------------------------------------------------------------------
# Country words
# --------------------------------------------------------------------------------------
#: The UK desk's demonyms (how a UK log writes a nationality).
_DEMONYMS: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "AUT": "Austrian",
    "BGD": "Bangladeshi",
    "BGR": "Bulgarian",
    "BIH": "Bosnian",
    "BLR": "Belarusian",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DEU": "German",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "ESP": "Spanish",
    "FRA": "French",
    "GBR": "British",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GRC": "Greek",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HRV": "Croatian",
    "HTI": "Haitian",
    "HUN": "Hungarian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ITA": "Italian",
    "LBY": "Libyan",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MKD": "Macedonian",
    "MLI": "Malian",
    "MRT": "Mauritanian",
    "NER": "Nigerien",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "PAN": "Panamanian",
    "POL": "Polish",
    "ROU": "Romanian",
    "RUS": "Russian",
    "SEN": "Senegalese",
    "SRB": "Serbian",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "USA": "American",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
#: English names as the UK desk writes them (the everyday ones, not the UN's).
_EN_NAMES: dict[str, str] = {
    **{iso: row[1] for iso, row in COUNTRIES.items()},
    "VNM": "Vietnam",
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
    "GBR": "United Kingdom",
    "USA": "USA",
    "BIH": "Bosnia",
    "MKD": "North Macedonia",
}
_FR_NAMES: dict[str, str] = {iso: row[2] for iso, row in COUNTRIES.items()}
_ES_NAMES: dict[str, str] = {
    **{iso: row[3] for iso, row in COUNTRIES.items()},
    "BGD": "Bangladesh",
}
_MX_NAMES: dict[str, str] = {**_ES_NAMES, "USA": "Estados Unidos"}


def _uk_country(iso: str, column: str, rng: _Rng) -> tuple[str, str]:
    r = rng.random()
    if column == "nationality" and r < 0.55:
        return _DEMONYMS[iso], "demonym"
    if iso == "GBR":
        return choice(rng, ("UK", "UK", "United Kingdom", "GB")), "alias"
    if r > 0.97:
        typo = _swap(_EN_NAMES[iso])
        if typo != _EN_NAMES[iso]:
            return typo, "typo"
    return _EN_NAMES[iso], ""


def _fr_country(iso: str, column: str, rng: _Rng) -> tuple[str, str]:
    r = rng.random()
    name = _FR_NAMES[iso]
    if column != "detection_country" and r < 0.09:
        return iso, "iso3"
    if r < 0.19:
        return _unaccented_upper(name), "upper"
    if r > 0.975:
        typo = _swap(name)
        if typo != name:
            return typo, "typo"
    return name, ""


def _es_country(iso: str, column: str, rng: _Rng) -> tuple[str, str]:
    r = rng.random()
    name = _ES_NAMES[iso]
    if r < 0.08:
        return iso_codes(iso)[0], "iso2"
    if r < 0.13:
        return name.upper(), "upper"
    if r < 0.18:
        return f" {name.lower()} " if r < 0.155 else f"{name} ", "spacing"
    if r > 0.975:
        typo = _swap(name)
        if typo != name:
            return typo, "typo"
    return name, ""


def _mx_country(iso: str, column: str, rng: _Rng) -> tuple[str, str]:
    r = rng.random()
    if iso == "USA":
        return choice(rng, ("EUA", "EUA", "E.U.A.", "Estados Unidos", "EE.UU.")), "alias"
    name = _MX_NAMES[iso]
    if r < 0.06:
        return iso, "iso3"
    if r < 0.14:
        return name.upper(), "upper"
    return name, ""


def _pa_country(iso: str, column: str, rng: _Rng) -> tuple[str, str]:
    if column == "detection_country":
        return iso_codes(iso)[1], "iso_numeric"
    if column in ("origin_country", "destination_country"):
        return iso_codes(iso)[0], "iso2"
    return _ES_NAMES[iso], ""


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _uk_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.07:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", "month_only"
    if partial_ok and r < 0.11:
        q, start = _quarter(ts)
        return f"Q{q} {ts.year}", start, "quarter", "quarter_only"
    if r > 0.95:  # typed into a cell formatted as text
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_as_text"
    return ts.to_pydatetime(), ts, "day", "excel_date"


def _fr_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.08:
        q, start = _quarter(ts)
        return f"T{q} {ts.year}", start, "quarter", "quarter_only"
    if r > 0.93:
        return ts.strftime("%d/%m/%y"), ts, "day", "two_digit_year"
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


def _es_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    if partial_ok and rng.random() < 0.1:
        return ts.strftime("%m/%Y"), _month_start(ts), "month", "month_only"
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


def _mx_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.08:
        month = _MESES[ts.month - 1]
        text = f"{month} {ts.year}" if r < 0.05 else f"{month.upper()} {ts.year}"
        return text, _month_start(ts), "month", "month_only"
    if r > 0.93:
        serial = (ts.normalize() - pd.Timestamp("1899-12-30")).days
        return str(serial), ts, "day", "excel_serial"
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


def _pa_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.08:
        return ts.strftime("%Y-%m"), _month_start(ts), "month", "month_only"
    if r > 0.92:
        return ts.strftime("%Y-%m-%dT00:00:00"), ts, "day", "iso_datetime"
    return ts.strftime("%Y-%m-%d"), ts, "day", ""


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _uk_coords(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    la, lo = round(lat, 4), round(lon, 4)
    return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, "coords_pair"


def _fr_coords(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    la, lo = round(lat, 4), round(lon, 4)
    cells: dict[str, object] = {
        "lat": f"{la:.4f}".replace(".", ","),
        "lon": f"{lo:.4f}".replace(".", ","),
    }
    return cells, la, lo, "decimal_comma"


def _es_coords(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    lat_text, la = _dms(lat, "N", "S")
    lon_text, lo = _dms(lon, "E", "O")
    return {"coordinates": f"{lat_text} {lon_text}"}, la, lo, "coords_dms"


def _mx_coords(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo, ""


def _pa_coords(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f},{lo:.5f}"}, la, lo, "coords_pair"


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
SBA = Desk(
    source="spa_business_assoc_uk",
    filename="spa_business_assoc_uk_pv.xlsx",
    ref="SBA/CL/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Date identified",
        "detection_country": "Country identified",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of people",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Adult/Child",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (via)",
        "destination_country": "Intended destination",
        "transport_mode": "Mode of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Linked offences",
    },
    note="Shared under ISA - provisional, not for onward dissemination",
    total="TOTAL",
    bad_count=("several", "a group", "multiple"),
    repeats=True,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "MS/HT"),
        "smuggling": ("People smuggling", "OIC", "Organised immigration crime"),
        "both": ("Trafficking & smuggling", "MS + OIC"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=("N/A", None),
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Child", "Under 18", "Minor"),
        "adult": ("Adult", "Adults", "18+"),
        "mixed": ("Adults & children", "Mixed"),
    },
    mode={
        "sea": ("Small boat", "RHIB", "Boat"),
        "land": ("Lorry", "HGV", "Van", "Car"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("Document fraud", "False ID docs"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Cannabis cultivation", "Drugs"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep=" > ",
    not_known=("Not known", "n/k"),
    unknown_sex=("Not recorded", "Unknown"),
    not_applicable=("N/A", "Not recorded"),
    zero=("None", "nil"),
    number_words={},
    direct=("Direct",),
    thousands=(),
    write_date=_uk_date,
    day_text=_dmy,
    write_country=_uk_country,
    plain_country=lambda iso: _EN_NAMES[iso],
    write_coords=_uk_coords,
)

CNAIB = Desk(
    source="cnaib_spa_conformite",
    filename="cnaib_spa_conformite_pv.csv",
    ref="CNAIB-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction veille conformité - données provisoires, diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
            "passeurs",
        ),
        "both": ("TEH + aide au séjour irrégulier", "traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=("sans objet", None),
    gender={
        "female": ("femmes", "F", "féminin"),
        "male": ("hommes", "H", "masculin"),
        "mixed": ("mixte", "H/F"),
    },
    age={
        "child": ("mineurs", "MNA", "mineur"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("embarcation", "small boat", "bateau pneumatique", "maritime"),
        "land": ("camion", "poids lourd", "véhicule léger", "voie routière"),
        "air": ("aérien", "avion"),
    },
    offences={
        "document_fraud": ("fraude documentaire", "faux papiers"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" / ",
    transit_sep=", ",
    not_known=("N/C", "inconnu"),
    unknown_sex=("non renseigné", "N/C"),
    not_applicable=("non renseigné", "sans objet"),
    zero=("aucun", "néant"),
    number_words={1: "un", 2: "deux", 3: "trois", 4: "quatre"},
    direct=(),
    thousands=("\u00a0", " "),
    write_date=_fr_date,
    day_text=_dmy,
    write_country=_fr_country,
    plain_country=lambda iso: _FR_NAMES[iso],
    write_coords=_fr_coords,
)

ANBAL = Desk(
    source="anbal_cumplimiento",
    filename="anbal_cumplimiento_pv.csv",
    ref="ANBAL/{seq:04d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "detection_country": "País de detección",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas/migrantes",
        "n_suspects": "Nº detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación por el comité",
    total="TOTAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
        "smuggling": (
            "Favorecimiento de la inmigración irregular",
            "Tráfico ilícito de migrantes",
            "Inmigración clandestina",
        ),
        "both": ("Trata y tráfico de migrantes", "TSH + inmigración irregular"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Prostitución coactiva"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    no_exploitation=("No aplica", None),
    gender={
        "female": ("Mujer", "Mujeres", "Femenino"),
        "male": ("Hombre", "Hombres", "Masculino"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "child": ("Menores", "Menor de edad", "MENA"),
        "adult": ("Adultos", "Mayor de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    mode={
        "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
        "land": ("Vehículo", "Camión", "A pie", "Autobús"),
        "air": ("Avión", "Vía aérea"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=", ",
    transit_sep=" / ",
    not_known=("s/d", "Desconocido"),
    unknown_sex=("Sin datos", "Desconocido"),
    not_applicable=("No consta", "Sin datos"),
    zero=("Ninguno",),
    number_words={},
    direct=(),
    thousands=(".",),
    write_date=_es_date,
    day_text=_dmy,
    write_country=_es_country,
    plain_country=lambda iso: _ES_NAMES[iso],
    write_coords=_es_coords,
)

AHC = Desk(
    source="ahc_comite_spas",
    filename="ahc_comite_spas_pv.csv",
    ref="AHC-SPA-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha de detección",
        "crime_type": "Tipo de delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: cifras preliminares, sujetas a validación",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo", "muchos"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico de personas", "Tráfico ilícito de migrantes"),
        "both": ("Trata y tráfico de personas",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzado", "Explotación laboral"),
        "forced_criminality": ("Utilización en actividades delictivas",),
        "organ_removal": ("Tráfico de órganos",),
        "forced_marriage": ("Matrimonio forzoso",),
        "other": ("Otra",),
    },
    no_exploitation=("N/A",),
    gender={
        "female": ("Mujer", "M", "Femenino"),
        "male": ("Hombre", "H", "Masculino"),
        "mixed": ("Mixto", "H y M"),
    },
    age={
        "child": ("NNA", "Menores de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={
        "land": ("Terrestre", "Tractocamión", "A pie", "Vehículo particular", "Autobús"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("Uso de documento falso", "Falsificación de documentos"),
        "corruption": ("Cohecho",),
        "money_laundering": (
            "Operaciones con recursos de procedencia ilícita",
            "Lavado de dinero",
        ),
        "illicit_goods": ("Contra la salud (narcomenudeo)", "Narcotráfico"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep="; ",
    transit_sep=" - ",
    not_known=("Sin dato", "N/D"),
    unknown_sex=("Sin dato", "N/D"),
    not_applicable=("N/D", "Sin dato"),
    zero=("Ninguno",),
    number_words={},
    direct=(),
    thousands=(",",),
    write_date=_mx_date,
    day_text=_dmy,
    write_country=_mx_country,
    plain_country=lambda iso: "EUA" if iso == "USA" else _MX_NAMES[iso],
    write_coords=_mx_coords,
)

APATEL = Desk(
    source="apatel_spa_bienestar",
    filename="apatel_spa_bienestar_pv.jsonl",
    ref="APT{yy:02d}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_reporte",
        "event_date": "fecha_deteccion",
        "crime_type": "tipo_caso",
        "exploitation": "forma_explotacion",
        "n_persons": "cantidad_personas",
        "n_suspects": "cantidad_sospechosos",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "coordinates": "coordenadas",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="total",
    bad_count=("varios", "grupo"),
    repeats=False,
    crime={
        "trafficking": ("trata de personas",),
        "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
        "both": ("trata y tráfico",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio servil",),
        "other": ("otra",),
    },
    no_exploitation=(None,),
    gender={
        "female": ("femenino",),
        "male": ("masculino",),
        "mixed": ("mixto",),
    },
    age={
        "child": ("menores de edad", "NNA"),
        "adult": ("adultos",),
        "mixed": ("mixto",),
    },
    mode={
        "land": ("terrestre", "a pie"),
        "sea": ("marítimo", "lancha"),
        "air": ("aéreo",),
    },
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("narcotráfico",),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    offence_sep="",
    transit_sep="",
    not_known=("sin dato",),
    unknown_sex=("no indica",),
    not_applicable=("no indica",),
    zero=(),
    number_words={},
    direct=(),
    thousands=(),
    write_date=_pa_date,
    day_text=_ymd,
    write_country=_pa_country,
    plain_country=lambda iso: iso,
    write_coords=_pa_coords,
)

#: The five desks, in the order the submissions are returned.
SOURCES: tuple[Desk, ...] = (SBA, CNAIB, ANBAL, AHC, APATEL)


# --------------------------------------------------------------------------------------
# One event as a desk writes it
# --------------------------------------------------------------------------------------
def _count_cell(src: Desk, n: int, rng: _Rng) -> tuple[object, str]:
    """Write a count as the desk does: a number in XLSX/JSONL, text in CSV."""
    if src.format != "csv":
        return n, ""
    if n >= 1000 and src.thousands:
        sep = choice(rng, src.thousands)
        return f"{n:,}".replace(",", sep), "thousands"
    return str(n), ""


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}

    def tag(name: str) -> None:
        if name:
            tags.append(name)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    date_cell, day, precision, date_tag = src.write_date(ts, rng, partial_ok)
    cells["event_date"] = date_cell
    exp["event_date"], exp["date_precision"] = day, precision
    tag(date_tag)

    cells["crime_type"] = _word(src.crime[str(ev["crime_type"])], rng)
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.no_exploitation[int(rng.integers(len(src.no_exploitation)))]
    else:
        cells["exploitation"] = _word(src.exploitation[str(expl)], rng)

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.not_known)
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"], count_tag = _count_cell(src, n_persons, rng)
        tag(count_tag)

    n_suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif r < 0.02:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.not_known), None
        tag("suspects_placeholder")
    elif n_suspects == 0 and src.zero and r < 0.45:
        cells["n_suspects"] = choice(rng, src.zero)
        tag("zero_word")
    elif n_suspects in src.number_words and r > 0.93:
        cells["n_suspects"] = src.number_words[n_suspects]
        tag("count_word")
    else:
        cells["n_suspects"] = n_suspects if src.format != "csv" else str(n_suspects)

    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    elif rng.random() < 0.015:
        cells["gender"], exp["gender"] = choice(rng, src.unknown_sex), "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = _word(src.gender[str(ev["gender"])], rng)

    if rng.random() < 0.012:
        cells["age_group"], exp["age_group"] = choice(rng, src.not_applicable), "unknown"
        tag("na_word")
    else:
        cells["age_group"] = _word(src.age[str(ev["age_group"])], rng)

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tag(f"blank_{col}")
        elif col == "nationality" and rng.random() < 0.015:
            cells[col], exp[col] = choice(rng, src.not_known), None
            tag("blank_nationality")
        elif iso is None:
            cells[col] = None
        else:
            cells[col], country_tag = src.write_country(str(iso), col, rng)
            tag(country_tag)

    transit = ev["transit_countries"]
    if transit is None:
        if src.direct and rng.random() < 0.4:
            cells["transit_countries"] = choice(rng, src.direct)
            tag("direct_word")
        else:
            cells["transit_countries"] = None
    else:
        names = [src.plain_country(iso) for iso in str(transit).split("|")]
        sep = src.transit_sep
        cells["transit_countries"] = names if not sep else sep.join(names)

    if rng.random() < 0.012:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.not_applicable), "unknown"
        tag("na_word")
    else:
        cells["transport_mode"] = _word(src.mode[str(ev["transport_mode"])], rng)

    coord_keys = [k for k in ("coordinates", "lat", "lon") if k in src.headers]
    if forced_blank == "coordinates":
        cells.update(dict.fromkeys(coord_keys))
        exp["lat"] = exp["lon"] = None
        tag("blank_coordinates")
    elif rng.random() < 0.04:
        cells.update(dict.fromkeys(coord_keys))
        exp["lat"] = exp["lon"] = None
        tag("coords_missing")
    else:
        coord_cells, lat, lon, coord_tag = src.write_coords(
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(coord_cells)
        exp["lat"], exp["lon"] = lat, lon
        tag(coord_tag)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_word(src.offences[o], rng) for o in str(offences).split("|")]
        sep = src.offence_sep
        cells["linked_offences"] = words if not sep else sep.join(words)

    if src.source == AHC.source and rng.random() < 0.1:
        # a block of rows pasted from an old export read in the wrong code page
        garbled = False
        for key, value in cells.items():
            if key != "event_date" and isinstance(value, str):
                bad = mojibake(value)
                if bad is not None:
                    cells[key], garbled = bad, True
        tag("mojibake" if garbled else "")
    return cells, exp, tags


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date ten years on (a slip of the decade digit: 2023 -> 2033)."""
    try:
        return ts.replace(year=ts.year + 10)
    except ValueError:  # 29 February
        return ts.replace(year=ts.year + 10, day=28)


_IMPOSSIBLE = ((30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11))


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell no record can have: blank, impossible or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = _future(ts)
        if src.format == "xlsx":
            return later.to_pydatetime()
        return src.day_text(later.year, later.month, later.day)
    day, month = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
    return src.day_text(ts.year, month, day)


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Date of the extraction written on the note row (a week after the last case)."""
    when = last + pd.Timedelta(days=7)
    if src.format == "xlsx":
        return when.to_pydatetime()
    return src.day_text(when.year, when.month, when.day)


#: The variant: who first reports which detection country's events, who reports some
#: again, and how each desk writes a row.
EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={"GBR": SBA.source, "ESP": ANBAL.source, "USA": AHC.source, "PAN": APATEL.source},
    compilation=CNAIB.source,  # France, and the European cases no other desk reports
    secondary={
        ("channel", "FRA"): SBA.source,
        ("channel", "GBR"): CNAIB.source,
        ("thb_vnm_gbr", "GBR"): CNAIB.source,
        ("thb_rou_esp", "ESP"): CNAIB.source,
        ("wmed", "ESP"): CNAIB.source,
        ("thb_rou_esp", "ITA"): ANBAL.source,
        ("thb_nga_ita", "ITA"): ANBAL.source,
        ("darien", "PAN"): AHC.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=436,
    blank_share=0.35,
)


def make_blind436(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five spa and wellness desks of ``blind436`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        ``spa_business_assoc_uk_pv.xlsx`` (English), ``cnaib_spa_conformite_pv.csv``
        (French, cp1252, ``;``), ``anbal_cumplimiento_pv.csv`` (Spanish, UTF-16, tab),
        ``ahc_comite_spas_pv.csv`` (Mexican Spanish, UTF-8 with BOM, ``,``) and
        ``apatel_spa_bienestar_pv.jsonl`` (Spanish keys, UTF-8), each with the rows
        of ``truth_rows.csv`` that describe it.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind436(make_truth(seed=4, n_events=300), seed=4)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['spa_business_assoc_uk_pv.xlsx', 'cnaib_spa_conformite_pv.csv',
     'anbal_cumplimiento_pv.csv', 'ahc_comite_spas_pv.csv',
     'apatel_spa_bienestar_pv.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
