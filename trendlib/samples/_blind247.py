"""Examiner sample set ``blind247`` (files ``*_io.*``): road hauliers' stowaway logs.

Five sources never used before in trendlib's samples, each written the way its body
keeps its log of stowaways ("clandestine entrants", "intrusions", "polizones") and of the
other migrant smuggling and trafficking incidents its members report:

``rha_io.csv``
    Road Haulage Association (UK), members' clandestine-entrant incident log. English,
    UTF-8 with BOM (Excel "CSV UTF-8"), ``,``. UK day-first dates (``17/05/2023``, some
    ``17 May 2023``, a few month-only ``May 2023``), nationalities as stated (country
    names, demonyms such as ``Afghan``, small typos), ``England``/``Scotland``/``UK`` as the
    country found, ``UASC`` for unaccompanied children, ``nil`` arrests, the lorry's route
    as ``Germany > France``, a telematics GPS pair (``51.12772,1.31588``) when the truck
    has one; members re-send some incidents (exact repeats).
``fntr_io.csv``
    Fédération nationale des transports routiers, observatory of intrusions in lorries.
    French, saved from Excel as "Texte Unicode": UTF-16 with BOM, tab-delimited.
    Day-first dates (``17/05/2023``, ``17/05/2023 08:45``, ``17 mai 2023``, month-only
    ``mai 2023``), French names and nationality adjectives (``érythréen``),
    ``Angleterre``, ``MNA`` for unaccompanied minors, ``aucune`` arrest, latitude and
    longitude with a decimal comma.
``cetm_io.xlsx``
    Confederación Española de Transporte de Mercancías, register of stowaways and
    incidents. Spanish workbook: real Excel dates, some left as Excel serial numbers by
    a "General" cell format, some dates typed as text; Spanish names and
    nationality adjectives (``marroquí``), some garbled by a UTF-8 file read as cp1252
    (``MalÃ­``); ``H``/``M`` for hombres/mujeres, ``MENA``; ``1.234`` typed as text.
``canacar_io.csv``
    Cámara Nacional del Autotransporte de Carga (Mexico), incidents in members' trailers
    at the US crossings. Mexican Spanish, latin-1, ``|``-delimited system export, upper
    case; nationality adjectives (``HONDUREÑA``), ``EUA``, ``NNA`` for children,
    ``1 (OPERADOR)`` when the driver is the one arrested; no coordinates.
``iru_io.jsonl``
    IRU (International Road Transport Union, Geneva), international compilation of its
    member associations' returns: English JSON lines; ISO alpha-3 codes (some alpha-2 or
    UN M49 numeric as members typed them); ISO dates, timestamps, month-only
    ``2023-05`` and quarter-only ``Q2 2023`` returns; transit countries as a JSON list;
    its API pages overlap (exact repeats).

Each true event is first reported by the body of its detection country (GBR: RHA, FRA:
FNTR, ESP: CETM, USA: CANACAR), every other one by the IRU compilation; a share is
reported a second time across the Channel (RHA and FNTR) or by the IRU from its Moroccan
and American members' returns (Western Mediterranean, US–Mexico).

What the truth expects: the event's values, read as a careful analyst would (demonyms,
``England``, ``UASC``, ``MENA``, ``NNA``, ``nil``/``aucune``/``ninguno`` = 0 arrests,
``1 (OPERADOR)`` = 1, Excel serials, garbled names); a "not known" word (``n/k``,
``inconnu``, ``s/d``, ``SIN DATO``, JSON null) gives no value (``unknown`` for sex and
age); a count that is no number (``several``, ``une dizaine``, ``entre 10 y 15``) and
an impossible day (``31/06/2023``) or a decade typo (``2033``) put the row in
quarantine; logs without an exploitation column give ``unknown`` for trafficking rows,
only the IRU gives the country of origin, CANACAR gives no place.
"""

from __future__ import annotations

from collections.abc import Mapping
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

__all__ = ["BLIND247", "SOURCES", "Haulier", "make_blind247"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]

_MOIS = (
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
class Haulier(ExaminerSource):
    """A hauliers' body of the set: the shared fields plus its own words.

    Attributes
    ----------
    crime : mapping
        Crime type (``smuggling``, ``trafficking``, ``both``) -> the body's words.
    exploitation : mapping or None
        Form of exploitation -> words; None if the log has no such column.
    gender, age : mapping
        Canonical gender and age group -> words.
    mode : mapping
        Transport mode -> words; a key ``"land:<corridor>"`` gives the words the body
        uses on that corridor.
    offences : mapping
        Linked offence -> words.
    offence_sep : str
        Separator of several linked offences in one cell.
    unknown : tuple of str
        What the body writes for "not known" (counts, sex, age, nationality).
    zero : tuple of str
        Words for no arrest.
    places : mapping
        Hotspot of the truth -> how the body names the place (free text column); a key
        ``"<hotspot>|<mode>"`` gives the names of the place for that transport mode.
    """

    crime: _Words
    exploitation: _Words | None
    gender: _Words
    age: _Words
    mode: _Words
    offences: _Words
    offence_sep: str
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    places: _Words


# --------------------------------------------------------------------------------------
# Country words
# --------------------------------------------------------------------------------------
#: Nationality words (demonyms / adjectives) by language; others fall back to the name.
_DEMONYM: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "AFG": ("Afghan",),
        "IRN": ("Iranian",),
        "IRQ": ("Iraqi",),
        "ALB": ("Albanian",),
        "ERI": ("Eritrean",),
        "SYR": ("Syrian",),
        "VNM": ("Vietnamese",),
    },
    "fr": {
        "AFG": ("afghan", "Afghans"),
        "IRN": ("iranien", "Iraniens"),
        "IRQ": ("irakien", "Irakiens"),
        "ALB": ("albanais", "Albanais"),
        "ERI": ("érythréen", "Érythréens"),
        "SYR": ("syrien", "Syriens"),
        "VNM": ("vietnamien", "Vietnamiens"),
    },
    "es": {
        "MAR": ("marroquí",),
        "DZA": ("argelina",),
        "MLI": ("maliense",),
        "SEN": ("senegalesa",),
        "GMB": ("gambiana",),
        "CIV": ("marfileña",),
        "ROU": ("rumana",),
        "MEX": ("mexicana",),
        "GTM": ("guatemalteca",),
        "HND": ("hondureña",),
        "VEN": ("venezolana",),
        "ECU": ("ecuatoriana",),
    },
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_UK_NAMES = ("UK", "United Kingdom", "UK")
_MX_USA = ("EUA", "ESTADOS UNIDOS", "EE.UU.")


def _name(iso: str, lang: str) -> str:
    """Return the country's usual name in ``lang`` (English writers say Vietnam)."""
    if lang == "en" and iso == "VNM":
        return "Vietnam"
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(src: Haulier, iso: str, col: str, rng: _Rng) -> tuple[object, list[str]]:
    """Write one ISO alpha-3 code as the body does in column ``col``; return (cell, tags)."""
    r = float(rng.random())
    stem = src.source
    if stem == "iru_io":
        if r < 0.84:
            return iso, []
        alpha2, numeric = iso_codes(iso)
        return (alpha2, [f"iso2:{col}"]) if r < 0.95 else (numeric, [f"iso_numeric:{col}"])
    if stem == "canacar_io":
        if iso == "USA":
            return choice(rng, _MX_USA), ["alias:" + col]
        if col == "nationality" and iso in _DEMONYM["es"] and r < 0.75:
            return _DEMONYM["es"][iso][0].upper(), [f"demonym:{col}"]
        return _name(iso, "es").upper(), []
    if stem == "rha_io":
        if iso == "GBR":
            return choice(rng, _UK_NAMES), ["alias:" + col]
        if col == "nationality" and iso in _DEMONYM["en"] and r < 0.3:
            return _DEMONYM["en"][iso][0], [f"demonym:{col}"]
        if r > 0.96:
            return COUNTRIES[iso][5], [f"typo:{col}"]
        if r > 0.9 and COUNTRIES[iso][4]:
            return COUNTRIES[iso][4][0], [f"alias:{col}"]
        return _name(iso, "en"), []
    if stem == "fntr_io":
        if iso == "GBR":
            return choice(rng, ("Royaume-Uni", "Angleterre", "UK")), ["alias:" + col]
        if col == "nationality" and iso in _DEMONYM["fr"] and r < 0.4:
            return choice(rng, _DEMONYM["fr"][iso]), [f"demonym:{col}"]
        if r > 0.95:
            return _name(iso, "fr").upper(), [f"case:{col}"]
        return _name(iso, "fr"), []
    # cetm_io: Spanish names and adjectives, some garbled by a misread UTF-8 file
    word = _name(iso, "es")
    if col == "nationality" and iso in _DEMONYM["es"] and r < 0.35:
        word = _DEMONYM["es"][iso][0]
        tags = [f"demonym:{col}"]
    elif iso == "GIN" and r < 0.6:
        word, tags = "Guinea Conakry", [f"alias:{col}"]
    else:
        tags = []
    if float(rng.random()) < 0.1:
        garbled = mojibake(word)
        if garbled is not None:
            return garbled, [*tags, f"mojibake:{col}"]
    if float(rng.random()) < 0.05:
        return word.upper(), [*tags, f"case:{col}"]
    return word, tags


def _detection(src: Haulier, iso: str, hotspot: str, rng: _Rng) -> tuple[object, list[str]]:
    """Write the country where the stowaways were found, as the body does."""
    if src.source == "rha_io" and iso == "GBR":
        r = float(rng.random())
        if r < 0.35:
            return ("Scotland" if hotspot == "Glasgow" else "England"), ["nation:detection"]
        return choice(rng, ("UK", "United Kingdom")), ["alias:detection_country"]
    if src.source == "cetm_io" and iso == "ESP":
        r = float(rng.random())
        if r < 0.1:
            return "EspaÃ±a", ["mojibake:detection_country"]
        return ("ES" if r < 0.25 else "España"), []
    return _country(src, iso, "detection_country", rng)


def _transit(src: Haulier, value: object, rng: _Rng) -> tuple[object, list[str]]:
    """Write ``A|B`` transit countries in order with the body's separator."""
    if value is None:
        return None, []
    codes = str(value).split("|")
    if src.source == "iru_io":
        return codes, ["json_list:transit"]
    if src.source == "rha_io":
        if float(rng.random()) < 0.3:
            return " > ".join(iso_codes(c)[0] for c in codes), ["iso2:transit_countries"]
        return " > ".join(_name(c, "en") for c in codes), []
    if src.source == "fntr_io":
        return ", ".join(_name(c, "fr") for c in codes), []
    if src.source == "canacar_io":
        return "-".join(_name(c, "es").upper() for c in codes), []
    return " / ".join(_name(c, "es") for c in codes), []


# --------------------------------------------------------------------------------------
# Dates, counts, places
# --------------------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)


def _date(
    src: Haulier, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event's day; return (cell, expected date, precision, tags)."""
    r = float(rng.random())
    p = float(rng.random())
    stem = src.source
    m = ts.month - 1
    if stem == "rha_io":
        if partial_ok and p < 0.04:
            return f"{MONTHS[m]} {ts.year}", _month_start(ts), "month", ["partial_date"]
        if r < 0.18:
            return f"{ts.day} {MONTHS[m]} {ts.year}", ts, "day", ["long_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if stem == "fntr_io":
        if partial_ok and p < 0.05:
            return f"{_MOIS[m]} {ts.year}", _month_start(ts), "month", ["partial_date"]
        if r < 0.08:
            hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{ts.strftime('%d/%m/%Y')} {hour:02d}:{minute:02d}", ts, "day", ["time"]
        if r < 0.16:
            return f"{ts.day} {_MOIS[m]} {ts.year}", ts, "day", ["long_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if stem == "cetm_io":
        if partial_ok and p < 0.03:
            return f"{_MESES[m]} {ts.year}", _month_start(ts), "month", ["partial_date"]
        if r < 0.08:
            return _excel_serial(ts), ts, "day", ["excel_serial"]
        if r < 0.16:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
        if r < 0.19:
            return ts.strftime("%d-%m-%Y"), ts, "day", ["text_date"]
        return ts.to_pydatetime(), ts, "day", []
    if stem == "canacar_io":
        if r < 0.1:
            return f"{ts.day:02d}-{_MESES[m][:3]}-{ts.year}", ts, "day", ["short_month"]
        if r < 0.15:
            return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    # iru_io: ISO dates, API timestamps, members' monthly and quarterly returns
    if partial_ok and p < 0.08:
        return f"Q{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", ["partial_date"]
    if partial_ok and p < 0.15:
        return ts.strftime("%Y-%m"), _month_start(ts), "month", ["partial_date"]
    if r < 0.12:
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00Z", ts, "day", ["time"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


_NUMBER_WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
}


def _thousands(src: Haulier, n: int) -> object:
    """Write a count of 1,000 or more with the body's thousands separator."""
    hi, lo = divmod(n, 1000)
    if src.source == "fntr_io":
        return f"{hi}\u00a0{lo:03d}"
    if src.source in ("rha_io", "canacar_io"):
        return f"{hi},{lo:03d}"
    if src.source == "cetm_io":
        return f"{hi}.{lo:03d}"
    return n


def _number(src: Haulier, n: int) -> object:
    """Write a plain count: text in a CSV file, a number in a workbook or JSON."""
    return str(n) if src.format == "csv" else n


def _persons(src: Haulier, n: int, rng: _Rng) -> tuple[object, object, list[str]]:
    """Write the count of persons; return (cell, expected count, tags)."""
    r = float(rng.random())
    if r < 0.025:
        if src.source == "iru_io":
            return None, None, ["count_placeholder"]
        return choice(rng, src.unknown), None, ["count_placeholder"]
    if n >= 1000 and (src.source != "cetm_io" or r < 0.5):
        return _thousands(src, n), n, ["thousands:n_persons"]
    if src.language in _NUMBER_WORDS and n <= 10 and r > 0.975:
        return _NUMBER_WORDS[src.language][n], n, ["count_word"]
    return _number(src, n), n, []


def _suspects(
    src: Haulier, n: int | None, rng: _Rng, blank: bool
) -> tuple[object, object, list[str]]:
    """Write the count of arrests; return (cell, expected count, tags)."""
    if blank:
        return None, None, ["blank_n_suspects"]
    if n is None:
        return None, None, []
    r = float(rng.random())
    if r < 0.03:
        if src.source == "iru_io":
            return None, None, ["suspects_placeholder"]
        return choice(rng, src.unknown), None, ["suspects_placeholder"]
    if n == 0 and src.zero and r < 0.45:
        return choice(rng, src.zero), 0, ["zero_word"]
    if src.source == "canacar_io" and n == 1 and r < 0.25:
        return "1 (OPERADOR)", 1, ["count_note"]
    return _number(src, n), n, []


def _coordinates(
    src: Haulier, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place of detection; return (cells, expected lat, expected lon, tags)."""
    stem = src.source
    if stem == "canacar_io":
        return {}, None, None, ["coords_missing"]
    if blank:
        return {}, None, None, ["blank_coordinates"]
    share = {"rha_io": 0.6, "fntr_io": 0.7, "cetm_io": 0.75}.get(stem, 0.9)
    if float(rng.random()) >= share:
        return {}, None, None, ["coords_missing"]
    if stem == "rha_io":
        return {"coordinates": f"{lat:.5f},{lon:.5f}"}, lat, lon, ["coords_pair"]
    if stem == "fntr_io":
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, lat, lon, ["decimal_comma"]
    if stem == "cetm_io" and float(rng.random()) < 0.1:
        cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return cells, lat, lon, ["decimal_comma"]
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, []


def _offences(src: Haulier, value: object, rng: _Rng) -> object:
    """Write ``a|b`` linked offences in the body's words."""
    if value is None:
        return None
    words = [choice(rng, src.offences[o]) for o in str(value).split("|")]
    return src.offence_sep.join(words)


# --------------------------------------------------------------------------------------
# One event as one body writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Haulier,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t
    hotspot = str(ev["hotspot"])
    mode = str(ev["transport_mode"])
    if "place" in src.headers:
        cells["place"] = choice(rng, src.places.get(f"{hotspot}|{mode}", src.places[hotspot]))

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.crime[crime])
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        exp["exploitation"] = None
    elif src.exploitation is None:
        exp["exploitation"] = "unknown"
        tags.append("no_column:exploitation")
    elif float(rng.random()) < 0.04:
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = choice(rng, src.exploitation[str(expl)])
        exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"], t = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += t
    n_sus = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], t = _suspects(
        src, n_sus, rng, forced_blank == "n_suspects"
    )
    tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender":
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif float(rng.random()) < 0.02:
        cells["gender"] = choice(rng, src.unknown) if src.unknown else None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, src.gender[gender])
        exp["gender"] = gender

    age = str(ev["age_group"])
    if float(rng.random()) < 0.02:
        cells["age_group"] = choice(rng, src.unknown) if src.unknown else None
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"] = choice(rng, src.age[age])
        exp["age_group"] = age

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif src.source in ("rha_io", "fntr_io") and float(rng.random()) < 0.02:
        cells["nationality"] = choice(rng, src.unknown)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"], t = _country(src, str(nat), "nationality", rng)
        exp["nationality"] = nat
        tags += t

    if "origin_country" in src.headers and ev["origin_country"] is not None:
        cells["origin_country"], t = _country(src, str(ev["origin_country"]), "origin", rng)
        tags += t
        exp["origin_country"] = ev["origin_country"]
    else:
        exp["origin_country"] = None

    dest = str(ev["destination_country"])
    cells["destination_country"], t = _country(src, dest, "destination_country", rng)
    exp["destination_country"] = dest
    tags += t

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], t = _detection(src, det, hotspot, rng)
        exp["detection_country"] = det
        tags += t

    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    corridor_mode = f"{mode}:{ev['corridor']}"
    cells["transport_mode"] = choice(rng, src.mode.get(corridor_mode, src.mode[mode]))
    exp["transport_mode"] = mode

    coords, exp["lat"], exp["lon"], t = _coordinates(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(coords)
    tags += t

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]

    if src.source == "canacar_io":  # the chamber's system writes everything in capitals
        cells = {k: v.upper() if isinstance(v, str) else v for k, v in cells.items()}
    elif src.format == "csv" and float(rng.random()) < 0.04:
        col = choice(rng, ("nationality", "gender", "transport_mode"))
        if isinstance(cells.get(col), str):
            cells[col] = f"{cells[col]} "
            tags.append(f"spacing:{col}")
    return cells, exp, tags


def _bad_date(src: Haulier, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine (none, an impossible day, a decade typo)."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # the decade typed wrong: 2023 -> 2033
        future = ts + pd.DateOffset(years=10)
        if src.source == "cetm_io":
            return future.to_pydatetime()
        if src.source == "iru_io":
            return future.strftime("%Y-%m-%d")
        return future.strftime("%d/%m/%Y")
    # an impossible day: the 31st of a 30-day month or the 30th of February
    month = choice(rng, ("02", "04", "06", "09", "11"))
    day = "30" if month == "02" else "31"
    if src.source == "iru_io":
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: Haulier, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the day of the extraction)."""
    if src.source == "cetm_io":
        return last.to_pydatetime()
    if src.source == "iru_io":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# The five bodies
# --------------------------------------------------------------------------------------
_RHA = Haulier(
    source="rha_io",
    filename="rha_io.csv",
    ref="RHA/CE/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident ref",
        "event_date": "Date found",
        "place": "Where found",
        "detection_country": "Country",
        "transport_mode": "Vehicle / mode",
        "crime_type": "Incident type",
        "n_persons": "No. of clandestines",
        "gender": "Sex",
        "age_group": "Adults/minors",
        "nationality": "Nationality (as stated)",
        "transit_countries": "Route (countries)",
        "destination_country": "Destination",
        "n_suspects": "Arrests",
        "linked_offences": "Other offences",
        "coordinates": "Telematics position",
    },
    note="Note: figures as reported by members, not verified by the RHA",
    total="TOTAL",
    bad_count=("several", "approx 10-15", "lots"),
    repeats=True,
    crime={
        "smuggling": (
            "Clandestine entrants",
            "Clandestine entrants",
            "Clandestines (facilitation)",
            "People smuggling",
        ),
        "trafficking": ("Suspected modern slavery", "Modern slavery / trafficking"),
        "both": ("Clandestines + modern slavery indicators", "Smuggling + trafficking"),
    },
    exploitation=None,
    gender={
        "male": ("Male", "Male", "M", "Males"),
        "female": ("Female", "F", "Females"),
        "mixed": ("Mixed", "M/F"),
    },
    age={
        "adult": ("Adults", "Adult", "Adults"),
        "child": ("Minors", "UASC", "Minor"),
        "mixed": ("Adults & minors", "Mixed ages"),
    },
    mode={
        "land": ("HGV", "HGV", "Artic", "Rigid HGV", "Unaccompanied trailer", "Van"),
        "land:thb_vnm_gbr": ("HGV", "Van", "Refrigerated trailer"),
        "sea": ("Small boat", "Small boat", "RHIB / dinghy"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("false documents", "forged ID"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering", "money laundering (POCA)"),
        "illicit_goods": ("drugs in load", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    unknown=("not known", "n/k", "N/K"),
    zero=("nil", "none", "Nil"),
    places={
        "Dover": ("Dover Eastern Docks", "M20 J11 Folkestone", "Ashford truck stop"),
        "Dover|sea": ("Dover (Western Jet Foil)", "Dover, small boat landing"),
        "Calais": ("Calais port", "Coquelles (Eurotunnel)", "Calais A16 services"),
        "Calais|sea": ("Sangatte beach", "Wimereux beach"),
        "Dunkirk/Gravelines": ("Dunkirk port", "Loon-Plage truck park"),
        "Dunkirk/Gravelines|sea": ("Gravelines beach", "Dunkirk, canal de l'Aa"),
        "London": ("London, Dagenham depot", "Thurrock (DP World)", "Park Royal, London"),
        "Birmingham": ("Birmingham, Castle Bromwich", "Hams Hall DC"),
        "Glasgow": ("Glasgow, Eurocentral", "Glasgow depot"),
    },
)

_FNTR = Haulier(
    source="fntr_io",
    filename="fntr_io.csv",
    ref="FNTR-OBS-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "place": "Lieu",
        "detection_country": "Pays",
        "crime_type": "Nature des faits",
        "n_persons": "Nb de migrants",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité déclarée",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination",
        "transport_mode": "Véhicule",
        "n_suspects": "Interpellations",
        "linked_offences": "Autres infractions",
        "lat": "Latitude",
        "lon": "Longitude",
    },
    note="Remarque : données déclaratives des adhérents, non vérifiées par la FNTR",
    total="Total général",
    bad_count=("plusieurs", "une dizaine", "5 à 8"),
    repeats=False,
    crime={
        "smuggling": (
            "Intrusion - trafic de migrants",
            "Intrusion - trafic de migrants",
            "Trafic de migrants (passeurs)",
            "Aide à l'entrée irrégulière",
        ),
        "trafficking": ("Suspicion de traite des êtres humains", "Traite des êtres humains"),
        "both": ("Intrusion + suspicion de traite", "Trafic et traite"),
    },
    exploitation=None,
    gender={
        "male": ("hommes", "H", "masculin"),
        "female": ("femmes", "F", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA", "mineur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "land": ("poids lourd", "poids lourd", "semi-remorque", "PL", "ensemble routier"),
        "sea": ("small boat", "embarcation", "bateau pneumatique"),
        "air": ("avion", "voie aérienne"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=", ",
    unknown=("inconnu", "NC", "non communiqué"),
    zero=("aucune", "néant"),
    places={
        "Calais": ("Calais - zone Transmarck", "Calais - rocade portuaire", "Coquelles"),
        "Calais|sea": ("Sangatte - plage", "Wimereux - plage", "Calais - plage"),
        "Dunkirk/Gravelines": ("Dunkerque - port Ouest", "Loon-Plage - aire PL"),
        "Dunkirk/Gravelines|sea": ("Gravelines - plage", "Loon-Plage - canal"),
        "Dover": ("Douvres", "Douvres (contrôles UK)"),
        "Dover|sea": ("Douvres (débarquement)",),
        "London": ("Londres", "Londres - entrepôt"),
        "Birmingham": ("Birmingham",),
        "Glasgow": ("Glasgow",),
    },
)

_CETM = Haulier(
    source="cetm_io",
    filename="cetm_io.xlsx",
    ref="CETM/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha",
        "detection_country": "País",
        "place": "Lugar",
        "crime_type": "Tipo de hecho",
        "exploitation": "Finalidad",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino final",
        "transport_mode": "Medio",
        "linked_offences": "Otros delitos",
        "lat": "Latitud",
        "lon": "Longitud",
    },
    note="Nota: datos facilitados por las empresas asociadas, pendientes de contraste",
    total="TOTAL",
    bad_count=("varios", "numerosos", "entre 10 y 15"),
    repeats=False,
    crime={
        "smuggling": (
            "Polizones - tráfico de migrantes",
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular",
        ),
        "trafficking": ("Trata de seres humanos", "Indicios de trata"),
        "both": ("Tráfico y trata", "Trata y tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    gender={
        "male": ("hombres", "H", "varones"),
        "female": ("mujeres", "M", "mujeres"),
        "mixed": ("mixto", "H y M", "ambos sexos"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA", "menor de edad"),
        "mixed": ("adultos y menores", "mixto"),
    },
    mode={
        "land": ("camión", "tráiler", "semirremolque"),
        "land:thb_rou_esp": ("autobús", "furgoneta", "turismo"),
        "sea": ("patera", "cayuco", "neumática"),
        "air": ("avión", "vía aérea"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando", "hachís"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=" / ",
    unknown=("s/d", "sin datos", "desconocido"),
    zero=("ninguno",),
    places={
        "Ceuta": ("Ceuta - Tarajal", "Ceuta - puerto (zona de carga)"),
        "Ceuta|sea": ("Ceuta - costa", "Ceuta - espigón del Tarajal"),
        "Melilla": ("Melilla - Beni Enzar", "Melilla - puerto (zona de carga)"),
        "Melilla|sea": ("Melilla - costa",),
        "Almería": ("Almería - puerto", "Almería - terminal de ferris"),
        "Almería|sea": ("Almería - costa", "Cabo de Gata", "Carboneras"),
        "Gran Canaria": ("Las Palmas - puerto", "Arguineguín"),
        "Tenerife": ("Tenerife - Los Cristianos", "Santa Cruz de Tenerife"),
        "El Hierro": ("El Hierro - La Restinga",),
        "Lanzarote": ("Lanzarote - Arrecife",),
        "Huelva": ("Huelva", "Lepe (Huelva)", "Moguer (Huelva)"),
        "Almería (El Ejido)": ("El Ejido", "Roquetas de Mar"),
    },
)

_CANACAR = Haulier(
    source="canacar_io",
    filename="canacar_io.csv",
    ref="CNC-{year}-{seq:05d}",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "FOLIO",
        "event_date": "FECHA DEL EVENTO",
        "place": "CRUCE / GARITA",
        "detection_country": "PAÍS",
        "crime_type": "TIPO DE INCIDENTE",
        "n_persons": "NÚM. DE MIGRANTES",
        "gender": "SEXO",
        "age_group": "EDAD",
        "nationality": "NACIONALIDAD",
        "transit_countries": "RUTA",
        "destination_country": "DESTINO",
        "transport_mode": "TIPO DE UNIDAD",
        "n_suspects": "DETENIDOS",
        "linked_offences": "OTROS ILÍCITOS",
    },
    note="NOTA: INFORMACIÓN PRELIMINAR, SUJETA A CONFIRMACIÓN",
    total="TOTAL",
    bad_count=("VARIOS", "APROX. 20-30"),
    repeats=False,
    crime={
        "smuggling": (
            "TRÁFICO DE INDOCUMENTADOS",
            "TRÁFICO ILÍCITO DE MIGRANTES",
            "TRÁFICO DE PERSONAS (POLLEROS)",
        ),
        "trafficking": ("TRATA DE PERSONAS",),
        "both": ("TRATA Y TRÁFICO DE PERSONAS",),
    },
    exploitation=None,
    gender={
        "male": ("HOMBRES",),
        "female": ("MUJERES",),
        "mixed": ("MIXTO", "AMBOS SEXOS"),
    },
    age={
        "adult": ("ADULTOS", "MAYORES DE EDAD"),
        "child": ("NNA", "MENORES"),
        "mixed": ("ADULTOS Y NNA", "ADULTOS Y MENORES"),
    },
    mode={
        "land": ("TRACTOCAMIÓN", "CAJA SECA", "CAJA REFRIGERADA", "CAMIONETA"),
        "sea": ("LANCHA",),
        "air": ("AÉREO",),
    },
    offences={
        "document_fraud": ("DOCUMENTOS FALSOS",),
        "corruption": ("COHECHO", "SOBORNO"),
        "money_laundering": ("LAVADO DE DINERO",),
        "illicit_goods": ("DROGA", "CONTRABANDO"),
        "cybercrime": ("DELITO CIBERNÉTICO",),
        "terrorism": ("TERRORISMO",),
    },
    offence_sep=", ",
    unknown=("SIN DATO", "S/D"),
    zero=("NINGUNO",),
    places={
        "Nogales (Sonora/Arizona)": ("NOGALES, SON. / NOGALES, AZ (MARIPOSA)", "NOGALES III"),
        "Sasabe": ("SASABE, SON.", "EL SASABE"),
        "El Paso": ("CD. JUÁREZ / EL PASO (ZARAGOZA)", "SANTA TERESA"),
        "Rio Grande Valley": ("REYNOSA / PHARR", "MATAMOROS / BROWNSVILLE"),
    },
)


def _iru_places() -> dict[str, tuple[str, ...]]:
    """IRU's ``location`` field: the hotspot name its members give, as written."""
    names = (
        "Lampedusa",
        "Pozzallo",
        "Crotone",
        "Lesbos",
        "Samos",
        "Evros",
        "Ceuta",
        "Melilla",
        "Almería",
        "Gran Canaria",
        "Tenerife",
        "El Hierro",
        "Lanzarote",
        "Cetingrad (BIH–HRV border)",
        "Bajakovo (SRB–HRV border)",
        "Kuźnica",
        "Białowieża",
        "Michałowo",
        "Calais",
        "Dunkirk/Gravelines",
        "Dover",
        "Darién gap",
        "Bajo Chiquito",
        "Lajas Blancas",
        "Nogales (Sonora/Arizona)",
        "Sasabe",
        "El Paso",
        "Rio Grande Valley",
        "Castel Volturno",
        "Torino",
        "Palermo",
        "London",
        "Birmingham",
        "Glasgow",
        "Huelva",
        "Almería (El Ejido)",
        "Latina (Agro Pontino)",
    )
    return {n: (n,) for n in names}


_IRU = Haulier(
    source="iru_io",
    filename="iru_io.jsonl",
    ref="IRU-MI-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "date",
        "detection_country": "incident_country",
        "place": "location",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "gender",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "transit_countries": "transit",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "other_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "10+"),
    repeats=True,
    crime={
        "smuggling": ("Migrant smuggling", "Smuggling of migrants"),
        "trafficking": ("Human trafficking", "Trafficking in persons"),
        "both": ("Smuggling and trafficking",),
    },
    exploitation={
        "sexual": ("sexual",),
        "forced_labour": ("labour",),
        "forced_criminality": ("criminal activities",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    age={"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
    mode={
        "land": ("road", "truck"),
        "land:wbal": ("road", "truck", "rail", "on foot"),
        "land:blr_pol": ("on foot", "road"),
        "land:emed": ("on foot", "road"),
        "land:darien": ("on foot",),
        "land:us_mex": ("road", "truck", "on foot"),
        "sea": ("sea", "boat"),
        "air": ("air",),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    unknown=(),
    zero=(),
    places=_iru_places(),
)

#: The five sources of the set, in the order of the submissions.
SOURCES: tuple[Haulier, ...] = (_RHA, _FNTR, _CETM, _CANACAR, _IRU)


#: The variant: who reports what first and second, and how each body writes.
BLIND247: Examiner[Haulier] = Examiner(
    sources=SOURCES,
    primary={"GBR": "rha_io", "FRA": "fntr_io", "ESP": "cetm_io", "USA": "canacar_io"},
    compilation="iru_io",
    secondary={
        ("channel", "FRA"): "rha_io",
        ("channel", "GBR"): "fntr_io",
        ("thb_vnm_gbr", "GBR"): "fntr_io",
        ("wmed", "ESP"): "iru_io",
        ("us_mex", "USA"): "iru_io",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=247_247,
    blank_share=0.3,
)


def make_blind247(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five hauliers' bodies would (files ``*_io.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``rha_io.csv`` (English, UTF-8 with BOM, ``,``), ``fntr_io.csv`` (French,
        UTF-16, tab), ``cetm_io.xlsx`` (Spanish), ``canacar_io.csv`` (Mexican Spanish,
        latin-1, ``|``) and ``iru_io.jsonl`` (English keys, ISO codes), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind247(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['rha_io.csv', 'fntr_io.csv', 'cetm_io.xlsx', 'canacar_io.csv', 'iru_io.jsonl']
    >>> subs[1].encoding, subs[3].encoding, subs[3].delimiter
    ('utf-16', 'latin-1', '|')
    >>> subs[0].frame.columns[:3].tolist()
    ['Incident ref', 'Date found', 'Where found']
    >>> all((s.expected["expected_status"] == "record").sum() > 0 for s in subs)
    True
    """
    return make_examined(BLIND247, truth, seed=seed)
