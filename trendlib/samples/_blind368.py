"""Examiner sample set ``blind368`` (files ``*_nf.*``): massage, spa and wellness oversight.

Five bodies that meet exploited or smuggled workers while overseeing massage parlours,
spas, beauty and fitness venues write the true events their own way:

``cnomk_signalements_nf.csv``
    Conseil national de l'Ordre des masseurs-kinésithérapeutes (France), reports of
    illegal practice of massage in "salons de massage" passed on by the departmental
    councils: French, cp1252, ``;``, CRLF, day-first dates (some month or ``T2 2023``
    quarter only), decimal-comma latitude and longitude, nationalities as adjectives,
    accents dropped or UTF-8 mojibake in a few country names.
``unijepol_centros_masaje_nf.xlsx``
    Unión Nacional de Jefes y Directivos de Policía Local (Spain), local-police
    inspection reports of massage centres, spas and gyms: Spanish, real Excel dates
    with a few typed or serial ones, Penal Code articles for the offence (177 bis,
    318 bis), ``cayuco``/``patera`` for the boat, one GPS cell (decimal or DMS).
``iol_special_treatments_nf.csv``
    Institute of Licensing (UK), returns of councils' special-treatment licensing
    teams: English, UTF-8 with BOM, ``,``, UK dates (``17/05/2023``, ``17 May 2023``,
    ``17-May-23``) and quarterly ``Q2 2023`` returns, ``England``/``Scotland`` for the
    country, one ``lat, long`` cell; re-submitted with a few exact repeats.
``fsmtb_discipline_nf.csv``
    Federation of State Massage Therapy Boards (US), board actions against massage
    establishments: American English, UTF-16 with tabs (Excel "Unicode text"),
    month-first dates, ISO alpha-3 or upper-case citizenship, ``1,250`` counts.
``fresha_trust_safety_nf.jsonl``
    Fresha (salon and spa booking platform), trust-and-safety log of law-enforcement
    referrals about listed venues: snake_case enums, ISO alpha-2 codes, ISO datetimes,
    transit countries and linked offences as JSON arrays, the venue's location as a
    nested object; the compilation source (every other detection country).

The truth says what a careful analyst reads in each cell: a demonym is the country,
``Scotland`` is the United Kingdom, ``318 bis`` is migrant smuggling, ``NC``/``s/d``/
``n/k``/``UNK``/``null`` leave the value unknown, a vague count ("plusieurs") or an
impossible date makes the row a quarantine row.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND368", "Blind368Source", "make_blind368"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Blind368Source(ExaminerSource):
    """A source of the ``blind368`` set.

    Attributes
    ----------
    kind : str
        Key of the source's wording (``"cnomk"``, ``"unijepol"``, ``"iol"``,
        ``"fsmtb"`` or ``"fresha"``).
    """

    kind: str


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
#: Nationality adjectives (feminine in French and Spanish: "nationalité afghane").
_DEMONYMS: dict[str, dict[str, str]] = {
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "BGD": "bangladaise",
        "CHN": "chinoise",
        "CIV": "ivoirienne",
        "CMR": "camerounaise",
        "COL": "colombienne",
        "DZA": "algérienne",
        "ECU": "équatorienne",
        "EGY": "égyptienne",
        "ERI": "érythréenne",
        "GIN": "guinéenne",
        "GMB": "gambienne",
        "GTM": "guatémaltèque",
        "HND": "hondurienne",
        "HTI": "haïtienne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
        "MEX": "mexicaine",
        "MLI": "malienne",
        "NGA": "nigériane",
        "PAK": "pakistanaise",
        "ROU": "roumaine",
        "SEN": "sénégalaise",
        "SYR": "syrienne",
        "TUN": "tunisienne",
        "TUR": "turque",
        "VEN": "vénézuélienne",
        "VNM": "vietnamienne",
        "YEM": "yéménite",
    },
    "es": {
        "AFG": "afgana",
        "ALB": "albanesa",
        "BGD": "bangladesí",
        "CHN": "china",
        "CIV": "marfileña",
        "CMR": "camerunesa",
        "COL": "colombiana",
        "DZA": "argelina",
        "ECU": "ecuatoriana",
        "EGY": "egipcia",
        "ERI": "eritrea",
        "GIN": "guineana",
        "GMB": "gambiana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "HTI": "haitiana",
        "IRN": "iraní",
        "IRQ": "iraquí",
        "MAR": "marroquí",
        "MEX": "mexicana",
        "MLI": "maliense",
        "NGA": "nigeriana",
        "PAK": "pakistaní",
        "ROU": "rumana",
        "SEN": "senegalesa",
        "SYR": "siria",
        "TUN": "tunecina",
        "TUR": "turca",
        "VEN": "venezolana",
        "VNM": "vietnamita",
        "YEM": "yemení",
    },
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "BGD": "Bangladeshi",
        "CHN": "Chinese",
        "CIV": "Ivorian",
        "CMR": "Cameroonian",
        "COL": "Colombian",
        "DZA": "Algerian",
        "ECU": "Ecuadorian",
        "EGY": "Egyptian",
        "ERI": "Eritrean",
        "GIN": "Guinean",
        "GMB": "Gambian",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "HTI": "Haitian",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "MAR": "Moroccan",
        "MEX": "Mexican",
        "MLI": "Malian",
        "NGA": "Nigerian",
        "PAK": "Pakistani",
        "ROU": "Romanian",
        "SEN": "Senegalese",
        "SYR": "Syrian",
        "TUN": "Tunisian",
        "TUR": "Turkish",
        "VEN": "Venezuelan",
        "VNM": "Vietnamese",
        "YEM": "Yemeni",
    },
}

_Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Wording:
    """How one source words its vocabulary cells."""

    language: str
    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    transport: _Words
    offences: _Words
    offence_sep: tuple[str, ...]
    transit_sep: tuple[str, ...]
    no_exploitation: tuple[str | None, ...]  # written for a pure smuggling case
    direct: tuple[str | None, ...]  # written when there is no transit country
    unknown: tuple[str, ...]  # "not known" in a text cell
    blank_gender: tuple[str | None, ...]
    zero: tuple[str, ...]  # "no suspect"


_WORDING: dict[str, _Wording] = {
    "cnomk": _Wording(
        language="fr",
        crime={
            "trafficking": (
                "traite des êtres humains",
                "TEH",
                "traite des êtres humains (art. 225-4-1 CP)",
            ),
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "aide à l'entrée irrégulière",
                "trafic de migrants",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "prostitution"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        gender={
            "female": ("F", "femme(s)", "féminin"),
            "male": ("H", "homme(s)", "masculin"),
            "mixed": ("mixte", "H et F"),
        },
        age={
            "child": ("mineur(s)", "mineurs"),
            "adult": ("majeur(s)", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        transport={
            "sea": ("maritime", "small boat", "embarcation"),
            "land": ("routier", "poids lourd", "à pied"),
            "air": ("aérien", "avion"),
        },
        offences={
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=(" + ",),
        transit_sep=(", ",),
        no_exploitation=(None, None, "sans objet"),
        direct=(None, None, "direct"),
        unknown=("NC", "inconnu", "non renseigné"),
        blank_gender=(None, "NC"),
        zero=("aucun", "néant"),
    ),
    "unijepol": _Wording(
        language="es",
        crime={
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "Trata (177 bis)",
                "TSH",
            ),
            "smuggling": (
                "Inmigración ilegal (art. 318 bis CP)",
                "Favorecimiento de la inmigración ilegal",
                "318 bis",
            ),
            "both": ("Trata + inmigración ilegal", "177 bis y 318 bis"),
        },
        exploitation={
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        gender={
            "female": ("Mujer", "mujeres"),
            "male": ("Hombre", "hombres"),
            "mixed": ("Ambos sexos", "mixto"),
        },
        age={
            "child": ("Menor", "menores"),
            "adult": ("Mayor de edad", "adultos"),
            "mixed": ("Adultos y menores",),
        },
        transport={
            "sea": ("marítimo", "embarcación"),
            "land": ("terrestre", "vehículo", "a pie"),
            "air": ("aéreo", "avión"),
        },
        offences={
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contra la salud pública", "tráfico de drogas"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=("; ",),
        transit_sep=(" / ",),
        no_exploitation=(None, "no procede"),
        direct=(None, "directo"),
        unknown=("s/d", "no consta", "desconocido"),
        blank_gender=(None, "no consta"),
        zero=("ninguno", "0 (ninguno)"),
    ),
    "iol": _Wording(
        language="en",
        crime={
            "trafficking": ("Modern slavery", "MSHT", "Human trafficking"),
            "smuggling": (
                "Facilitation (s.25 IA 1971)",
                "People smuggling",
                "Immigration offence - facilitation",
            ),
            "both": ("Modern slavery + facilitation", "MSHT & people smuggling"),
        },
        exploitation={
            "sexual": ("Sexual",),
            "forced_labour": ("Labour",),
            "forced_criminality": ("Criminal",),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        gender={"female": ("F", "Female"), "male": ("M", "Male"), "mixed": ("Mixed",)},
        age={"child": ("Under 18", "Minor"), "adult": ("Adult", "18+"), "mixed": ("Mixed",)},
        transport={
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry", "HGV", "Car", "On foot"),
            "air": ("Flight", "Air"),
        },
        offences={
            "document_fraud": ("Document fraud",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Cannabis cultivation"),
            "cybercrime": ("Cyber-enabled fraud",),
            "terrorism": ("Terrorism",),
        },
        offence_sep=("; ",),
        transit_sep=(" > ",),
        no_exploitation=(None, "N/A"),
        direct=(None, "Direct"),
        unknown=("n/k", "Not known"),
        blank_gender=(None, "Not recorded"),
        zero=("Nil", "None"),
    ),
    "fsmtb": _Wording(
        language="en",
        crime={
            "trafficking": ("Human Trafficking", "HT"),
            "smuggling": ("Human Smuggling", "Alien Smuggling (8 USC 1324)"),
            "both": ("HT / Smuggling", "Human Trafficking & Smuggling"),
        },
        exploitation={
            "sexual": ("Sex trafficking",),
            "forced_labour": ("Labor trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        gender={"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed", "Both")},
        age={
            "child": ("Minor", "Juvenile"),
            "adult": ("Adult",),
            "mixed": ("Adult & Minor", "Mixed"),
        },
        transport={
            "sea": ("Maritime", "Boat"),
            "land": ("Land", "On foot", "Vehicle"),
            "air": ("Air", "Commercial flight"),
        },
        offences={
            "document_fraud": ("Document fraud",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Narcotics",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        offence_sep=(", ",),
        transit_sep=(", ",),
        no_exploitation=("N/A", None),
        direct=(None, "None"),
        unknown=("UNK", "Unknown"),
        blank_gender=(None, "UNK"),
        zero=("None", "0 - none"),
    ),
    "fresha": _Wording(
        language="en",
        crime={
            "trafficking": ("human_trafficking",),
            "smuggling": ("migrant_smuggling",),
            "both": ("trafficking_and_smuggling",),
        },
        exploitation={
            "sexual": ("sexual_exploitation",),
            "forced_labour": ("labour_exploitation",),
            "forced_criminality": ("forced_criminality",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        gender={"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        age={"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        transport={"sea": ("sea",), "land": ("land",), "air": ("air",)},
        offences={
            "document_fraud": ("document_fraud",),
            "corruption": ("bribery",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep=(),
        transit_sep=(),
        no_exploitation=(None,),
        direct=(None,),
        unknown=("unspecified",),
        blank_gender=("unspecified", None),
        zero=(),
    ),
}


def _strip_accents(text: str) -> str:
    """Return ``text`` without its accents (``Égypte`` -> ``Egypte``)."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _country(
    src: Blind368Source, iso: str, col: str, rng: _Rng, *, detection: str | None = None
) -> tuple[object, str | None]:
    """Write one ISO alpha-3 country the source's way; return (cell, tag or None)."""
    row = COUNTRIES.get(iso)
    iso2 = row[0] if row else iso[:2]
    if src.kind == "fresha":
        return iso2, "iso2"
    if row is None:  # every country of the truth is in the table
        return iso, "iso3"
    en, fr, es, aliases, typo = row[1], row[2], row[3], row[4], row[5]
    r = float(rng.random())
    if src.kind == "cnomk":
        if col == "nationality" and iso in _DEMONYMS["fr"] and r < 0.35:
            return _DEMONYMS["fr"][iso], "demonym"
        if r > 0.95:
            garbled = mojibake(fr)
            if garbled is not None:
                return garbled, "mojibake"
        if r > 0.86 and _strip_accents(fr) != fr:
            return _strip_accents(fr), "no_accent"
        if r > 0.82:
            return fr.upper(), "case"
        return fr, None
    if src.kind == "unijepol":
        if col == "nationality" and iso in _DEMONYMS["es"] and r < 0.3:
            return _DEMONYMS["es"][iso], "demonym"
        if r > 0.9 and _strip_accents(es) != es:
            return _strip_accents(es), "no_accent"
        if r > 0.86:
            return es.upper(), "case"
        return es, None
    if src.kind == "iol":
        if col == "detection_country" and iso == "GBR":
            place = detection or ""
            if place == "Glasgow":
                return ("Scotland", "nation") if r < 0.6 else ("UK", "alias")
            if r < 0.35:
                return "England", "nation"
            return ("UK", "alias") if r < 0.7 else ("United Kingdom", None)
        if col == "nationality" and iso in _DEMONYMS["en"] and r < 0.25:
            return _DEMONYMS["en"][iso], "demonym"
        if r > 0.94:
            return typo, "typo"
        if r > 0.84 and aliases:
            return aliases[0], "alias"
        return en, None
    # fsmtb: US board systems hold ISO alpha-3 or an upper-case name
    if col == "detection_country" and iso == "USA":
        return choice(rng, ("USA", "United States", "US")), "alias"
    if r < 0.25:
        return iso, "iso3"
    if r < 0.45:
        return en.upper(), "case"
    if r > 0.95:
        return typo, "typo"
    return en, None


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _date_cell(
    src: Blind368Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write a date; return (cell, expected date, precision, tag)."""
    r = float(rng.random())
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    m = ts.month - 1
    if src.kind == "cnomk":
        if partial_ok and r < 0.05:
            return f"{_MONTHS['fr'][m]} {ts.year}", month, "month", "partial_date"
        if partial_ok and r < 0.1:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
        if r < 0.18:
            return ts.strftime("%d/%m/%y"), ts, "day", "short_year"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if src.kind == "unijepol":
        if partial_ok and r < 0.04:
            return f"{_MONTHS['es'][m]} de {ts.year}", month, "month", "partial_date"
        if r < 0.12:
            return _excel_serial(ts), ts, "day", "excel_serial"
        if r < 0.24:
            return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"
        return ts.to_pydatetime(), ts, "day", None
    if src.kind == "iol":
        if partial_ok and r < 0.1:
            return f"Q{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
        if r < 0.25:
            return f"{ts.day} {_MONTHS['en'][m]} {ts.year}", ts, "day", "long_date"
        if r < 0.32:
            return ts.strftime("%d-%b-%y"), ts, "day", "short_date"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if src.kind == "fsmtb":
        if partial_ok and r < 0.06:
            return ts.strftime("%m/%Y"), month, "month", "partial_date"
        if r < 0.25:
            return f"{ts.month}/{ts.day}/{ts.year}", ts, "day", "us_date"
        return ts.strftime("%m/%d/%Y"), ts, "day", "us_date"
    # fresha: UTC timestamps in office hours
    hh, mm, ss = 7 + int(rng.integers(0, 12)), int(rng.integers(0, 60)), int(rng.integers(0, 60))
    return f"{ts.strftime('%Y-%m-%d')}T{hh:02d}:{mm:02d}:{ss:02d}Z", ts, "day", None


def _bad_date(src: Blind368Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine (no date, impossible date, future date)."""
    if kind == "no_date":
        blanks: dict[str, tuple[str | None, ...]] = {
            "cnomk": (None, None, "non daté"),
            "unijepol": (None, None, "s/f"),
            "iol": (None, None, "TBC"),
            "fsmtb": (None,),
            "fresha": (None,),
        }
        return _choice_opt(rng, blanks[src.kind])
    if kind == "bad_date":
        y = ts.year
        forms: dict[str, tuple[str, ...]] = {
            "cnomk": (f"31/02/{y}", f"00/{ts.month:02d}/{y}"),
            "unijepol": (f"30/02/{y}", f"31/04/{y}"),
            "iol": (f"31/02/{y}", f"30/02/{y}"),
            "fsmtb": (f"02/30/{y}", f"13/32/{y}"),
            "fresha": (f"{y}-02-30T10:12:00Z",),
        }
        return choice(rng, forms[src.kind])
    future = ts.replace(year=ts.year + 100)  # "2123": the century typed twice
    if src.kind == "unijepol":
        return future.to_pydatetime()
    if src.kind == "fsmtb":
        return future.strftime("%m/%d/%Y")
    if src.kind == "fresha":
        return future.strftime("%Y-%m-%dT09:30:00Z")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Blind368Source, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the extraction date)."""
    day = last + pd.Timedelta(days=3)
    if src.kind == "unijepol":
        return day.to_pydatetime()
    if src.kind == "fsmtb":
        return day.strftime("%m/%d/%Y")
    return day.strftime("%d/%m/%Y")


def _choice_opt(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` (which may hold None) uniformly.

    Parameters
    ----------
    rng : numpy.random.Generator
        Generator of the draw.
    options : tuple
        Non-empty choices, None allowed.

    Returns
    -------
    str or None
        The option drawn.

    Examples
    --------
    >>> _choice_opt(np.random.default_rng(0), (None,)) is None
    True
    """
    return options[int(rng.integers(len(options)))]


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _count(src: Blind368Source, value: int) -> object:
    """Write a count as the source does (a number in XLSX and JSON lines)."""
    if src.format != "csv":
        return int(value)
    if value >= 1000:
        if src.kind == "cnomk":
            return f"{value // 1000}\u00a0{value % 1000:03d}"
        if src.kind in ("iol", "fsmtb"):
            return f"{value:,}"
    return str(value)


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = (a - deg - minutes / 60) * 3600
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}"


def _coords(
    src: Blind368Source, lat: float, lon: float, rng: _Rng, *, blank: bool
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write the place; return (cells, expected lat, expected lon, tag)."""
    r = float(rng.random())
    if blank:
        return {}, None, None, "blank_coordinates"
    if src.kind == "cnomk":
        if r < 0.06:
            return {}, None, None, "coords_missing"
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
            "decimal_comma",
        )
    if src.kind == "unijepol":
        if r < 0.05:
            return {}, None, None, "coords_missing"
        if r < 0.09:
            return {"coordinates": "no consta"}, None, None, "coords_placeholder"
        if r < 0.4:
            text = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
            return {"coordinates": text}, lat, lon, "coords_dms"
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, None
    if src.kind == "iol":
        if r < 0.2:
            return {}, None, None, "coords_missing"
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, None
    if src.kind == "fsmtb":
        if r < 0.05:
            return {}, None, None, "coords_missing"
        return {"lat": f"{lat:.6f}", "lon": f"{lon:.6f}"}, lat, lon, None
    if r < 0.04:
        return {"coordinates": None}, None, None, "coords_missing"
    return {"coordinates": {"lat": round(lat, 5), "lng": round(lon, 5)}}, lat, lon, None


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word 60 % of the time, another variant otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


# Per-corridor boat words of the Spanish local police.
_ES_BOATS = {"watl": "cayuco", "wmed": "patera"}
_PLACES_IOL = {
    "Dover": ("Dover District Council",),
    "London": (
        "Westminster City Council",
        "LB Newham",
        "LB Tower Hamlets",
        "LB Camden",
        "LB Ealing",
    ),
    "Birmingham": ("Birmingham City Council",),
    "Glasgow": ("Glasgow City Council",),
}
_PLACES_FSMTB = {
    "Nogales (Sonora/Arizona)": "AZ",
    "Sasabe": "AZ",
    "El Paso": "TX",
    "Rio Grande Valley": "TX",
}
_DEPT_CNOMK = {"Calais": "62 - Pas-de-Calais", "Dunkirk/Gravelines": "59 - Nord"}
_VENUES = {
    "cnomk": ("salon de massage", "institut de bien-être", "spa", "salon de massage asiatique"),
    "unijepol": ("centro de masaje", "spa", "centro de estética", "gimnasio"),
    "iol": ("Massage parlour", "Nail bar", "Beauty salon", "Spa", "Tattoo studio"),
    "fsmtb": ("Massage Establishment", "Massage Therapist", "Unlicensed Practice"),
    "fresha": ("massage", "spa", "nail_salon", "beauty_salon", "fitness"),
}


def _render(
    src: Blind368Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    w = _WORDING[src.kind]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], tag = _date_cell(
        src, ts, rng, partial_ok
    )
    if tag:
        tags.append(tag)
    hotspot = str(ev.get("hotspot") or "")
    corridor = str(ev["corridor"])

    # what the venue was and where (descriptive columns)
    cells["venue"] = choice(rng, _VENUES[src.kind])
    if src.kind == "iol":
        places = _PLACES_IOL.get(hotspot)
        cells["place"] = choice(rng, places) if places else None
    elif src.kind == "fsmtb":
        cells["place"] = _PLACES_FSMTB.get(hotspot)
    elif src.kind == "cnomk":
        cells["place"] = _DEPT_CNOMK.get(hotspot)

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, w.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        cells["exploitation"] = _choice_opt(rng, w.no_exploitation)
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, w.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown_exploitation")
    else:
        cells["exploitation"] = _word(rng, w.exploitation[str(expl)])
        exp["exploitation"] = expl

    # counts
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, w.unknown) if src.kind != "fresha" else None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, persons)
        exp["n_persons"] = persons
        if persons >= 1000 and src.format == "csv":
            tags.append("thousands")
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = float(rng.random())
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = choice(rng, w.unknown) if src.kind != "fresha" else None
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and w.zero and r < 0.4:
        cells["n_suspects"] = choice(rng, w.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, suspects)
        exp["n_suspects"] = suspects

    # gender, age group, transport
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = _choice_opt(rng, w.blank_gender)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, w.gender[gender])
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.025:
        cells["age_group"] = choice(rng, w.unknown)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, w.age[age])
        exp["age_group"] = age
    mode = str(ev["transport_mode"])
    if rng.random() < 0.025:
        cells["transport_mode"] = choice(rng, w.unknown)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    elif src.kind == "unijepol" and mode == "sea" and corridor in _ES_BOATS:
        cells["transport_mode"] = _ES_BOATS[corridor]
        exp["transport_mode"] = mode
        tags.append("boat_word")
    else:
        cells["transport_mode"] = _word(rng, w.transport[mode])
        exp["transport_mode"] = mode

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col in ("origin_country", "destination_country") and rng.random() < 0.03:
            cells[col] = choice(rng, w.unknown) if src.kind != "fresha" else None
            exp[col] = None
            tags.append(f"unknown_{col}")
            continue
        text, tag = _country(src, str(iso), col, rng, detection=hotspot)
        if not fits(str(text), src):
            text, tag = str(iso), "iso3"
        cells[col], exp[col] = text, iso
        if tag:
            tags.append(f"{tag}:{col}")
    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = [] if src.kind == "fresha" else _choice_opt(rng, w.direct)
    else:
        parts = [_country(src, c, "transit_countries", rng)[0] for c in str(transit).split("|")]
        isos = str(transit).split("|")
        parts = [p if fits(str(p), src) else c for p, c in zip(parts, isos, strict=True)]
        if src.kind == "fresha":
            cells["transit_countries"] = parts
        else:
            cells["transit_countries"] = choice(rng, w.transit_sep).join(str(p) for p in parts)
        if len(parts) > 1:
            tags.append("transit_list")

    # place of detection
    coords, exp["lat"], exp["lon"], tag = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        blank=forced_blank == "coordinates",
    )
    cells.update(coords)
    if tag:
        tags.append(tag)

    # linked offences
    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = [] if src.kind == "fresha" else None
    else:
        words = [_word(rng, w.offences[o]) for o in str(offences).split("|")]
        if src.kind == "fresha":
            cells["linked_offences"] = words
        else:
            cells["linked_offences"] = choice(rng, w.offence_sep).join(words)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The sources and the variant
# --------------------------------------------------------------------------------------
_CNOMK = Blind368Source(
    source="cnomk_signalements_nf",
    filename="cnomk_signalements_nf.csv",
    ref="CNOMK-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date du constat",
        "place": "Département",
        "venue": "Type d'établissement",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes concernées",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays du constat",
        "transport_mode": "Mode d'arrivée",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire - données non consolidées par les conseils départementaux",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "nombreuses"),
    repeats=False,
    kind="cnomk",
)
_UNIJEPOL = Blind368Source(
    source="unijepol_centros_masaje_nf",
    filename="unijepol_centros_masaje_nf.xlsx",
    ref="{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº acta",
        "event_date": "Fecha inspección",
        "venue": "Tipo de establecimiento",
        "crime_type": "Tipificación",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas / afectados",
        "n_suspects": "Nº detenidos / investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de la intervención",
        "transport_mode": "Medio de llegada",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales remitidos por las policías locales",
    total="TOTAL",
    bad_count=("varias", "indeterminado (varias)", "una decena"),
    repeats=False,
    kind="unijepol",
)
_IOL = Blind368Source(
    source="iol_special_treatments_nf",
    filename="iol_special_treatments_nf.csv",
    ref="STL/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Return ref",
        "event_date": "Date of visit",
        "place": "Local authority",
        "venue": "Premises type",
        "crime_type": "Offence category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of workers identified",
        "n_suspects": "No. arrested",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries transited)",
        "destination_country": "Intended destination",
        "detection_country": "Country",
        "transport_mode": "Method of entry",
        "coordinates": "Lat/Long",
        "linked_offences": "Linked offences",
    },
    note="Provisional - figures subject to validation by member authorities",
    total="Total",
    bad_count=("several", "approx. a dozen", "multiple"),
    repeats=True,
    kind="iol",
)
_FSMTB = Blind368Source(
    source="fsmtb_discipline_nf",
    filename="fsmtb_discipline_nf.csv",
    ref="{year}-MT-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case Number",
        "event_date": "Action Date",
        "place": "State",
        "venue": "License Type",
        "crime_type": "Violation Category",
        "exploitation": "Trafficking Type",
        "n_persons": "Persons Involved",
        "n_suspects": "Respondents Arrested",
        "gender": "Gender",
        "age_group": "Age Category",
        "nationality": "Citizenship",
        "origin_country": "Country of Birth",
        "transit_countries": "Transit Countries",
        "destination_country": "Destination",
        "detection_country": "Country of Encounter",
        "transport_mode": "Mode of Entry",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related Offenses",
    },
    note="Data current as of export date; subject to board verification",
    total="Grand Total",
    bad_count=("multiple", "several", "TBD - many"),
    repeats=False,
    kind="fsmtb",
)
_FRESHA = Blind368Source(
    source="fresha_trust_safety_nf",
    filename="fresha_trust_safety_nf.jsonl",
    ref="TS-{yy:02d}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "reported_at",
        "venue": "venue_category",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_count",
        "n_suspects": "suspects_count",
        "gender": "gender",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "origin_country",
        "transit_countries": "transit_countries",
        "destination_country": "destination_country",
        "detection_country": "venue_country",
        "transport_mode": "transport_mode",
        "coordinates": "location",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several"),
    repeats=True,
    kind="fresha",
)

#: The ``blind368`` variant: five sources and where each event is first reported.
BLIND368: Examiner[Blind368Source] = Examiner(
    sources=(_CNOMK, _UNIJEPOL, _IOL, _FSMTB, _FRESHA),
    primary={
        "FRA": _CNOMK.source,
        "ESP": _UNIJEPOL.source,
        "GBR": _IOL.source,
        "USA": _FSMTB.source,
    },
    compilation=_FRESHA.source,
    secondary={
        ("channel", "FRA"): _IOL.source,
        ("channel", "GBR"): _CNOMK.source,
        ("thb_vnm_gbr", "GBR"): _FRESHA.source,
        ("thb_rou_esp", "ESP"): _FRESHA.source,
        ("thb_rou_esp", "ITA"): _UNIJEPOL.source,
        ("thb_nga_ita", "ITA"): _CNOMK.source,
        ("us_mex", "USA"): _FRESHA.source,
        ("wmed", "ESP"): _CNOMK.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=368,
    blank_share=0.35,
)


def make_blind368(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind368`` sources would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``cnomk_signalements_nf.csv`` (French, cp1252, ``;``),
        ``unijepol_centros_masaje_nf.xlsx`` (Spanish), ``iol_special_treatments_nf.csv``
        (English, UTF-8 with BOM, ``,``), ``fsmtb_discipline_nf.csv`` (American English,
        UTF-16, tab) and ``fresha_trust_safety_nf.jsonl`` (English keys, ISO alpha-2),
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind368(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cnomk_signalements_nf.csv', 'unijepol_centros_masaje_nf.xlsx',
     'iol_special_treatments_nf.csv', 'fsmtb_discipline_nf.csv',
     'fresha_trust_safety_nf.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° signalement', 'Date du constat', 'Département']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND368, truth, seed=seed)
