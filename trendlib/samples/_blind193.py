"""Examiner sample set ``blind193`` (files ``*_gm.*``): five desks around the yacht route.

The set leans to the sailing-yacht route from Türkiye's Aegean and Mediterranean coast
(Mersin, Antalya, Bodrum, İzmir) to Calabria and Apulia, and to the desks that write
for an international analysis unit in English, French or Spanish:

``procura_crotone_gm.xlsx``
    Procura della Repubblica di Crotone (prosecutor's office), the working table of its
    joint-investigation desk, in English with Italian words left in (``veliero``,
    ``MSNA``, ``ignoti``, ``n.d.``), Italian country names beside English ones, offences
    by article of law (``art. 12 D.Lgs. 286/98``, ``art. 601 c.p.``). Real Excel dates,
    some typed as text (day first) or pasted as serial numbers, a few "May 2023";
    latitude and longitude in two columns, some typed with a decimal comma.
    First reporter of events detected in Italy; reports again some Aegean events that
    its investigations link to the same boats.
``rsa_aegean_gm.jsonl``
    Refugee Support Aegean (NGO, Lesvos, Samos, Evros), its incident database exported
    as JSON lines whose values are all text: ISO dates (some with a time, some "17 May
    2023", a few month only), nationalities as demonyms ("Syrian", "Afghan"), routes
    joined by arrows, ``"lat, lon"`` pairs. First reporter of events detected in Greece.
``la_vie_active_gm.csv``
    La Vie Active (reception operator of the Pas-de-Calais), French, cp1252, ``;``:
    day-first dates (some two-digit years, a few "mai 2023"), nationalities as French
    adjectives ("afghane", "érythréenne") or ISO alpha-2 codes, routes joined by
    `` / ``, no coordinates (the operator writes none), a block of rows pasted from a
    UTF-8 export and garbled (mojibake), re-sent rows. First reporter of events detected
    in France.
``fundacion_samu_gm.csv``
    Fundación SAMU (reception operator of sea arrivals in Spain), Spanish, UTF-8 with
    BOM, ``,``: day-first dates, a few quarter-only ("T2 2023") rows, "s/f" for no date,
    Spanish counts with ``.`` thousands, rescue positions in the maritime degrees and
    decimal minutes Salvamento Marítimo passes on (``28º 05,4' N - 015º 24,0' W``), none
    for arrivals by land or air. First reporter of events detected in Spain.
``trt_espanol_gm.csv``
    TRT Español (the Turkish public broadcaster's Spanish service), its press-monitoring
    digest saved by Excel as "Unicode text": UTF-16 with BOM, tab-delimited. Dates
    "17 de mayo de 2023", "17.05.2023" (the Turkish habit) or Excel serials; "Türkiye",
    "EE. UU."; nationalities as plural demonyms ("venezolanos"); transit countries as a
    Spanish list ("Turquía, Bulgaria y Serbia"); counts as press writes them (a round
    "unos 40", suspects "dos"); "tráfico de personas", which does not tell trafficking from
    smuggling, read as an unknown crime type. The compilation: first reporter of every
    event no desk above covers (United Kingdom, Croatia, Poland, Panama, United States)
    and second reporter of many others.

Every cell a careful analyst could not read is planted on purpose and described in the
truth: ``n.d.``, "unknown", "s/d" counts keep the record with no count, vague counts
("numerosi", "decenas") are quarantined as unreadable, "tráfico de personas" is an
unknown crime type, "n.d."-style age or transport words are ``unknown``.
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
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "Desk", "make_blind193"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One desk of the set: the shared source fields plus its own words.

    Attributes
    ----------
    words : dict
        Column -> canonical value -> the desk's words for it (first = the usual one).
    na_words : tuple of str
        What the desk writes for an age group or transport mode it does not know.
    count_placeholders : tuple of str
        What it writes for a number of persons it does not know (the record is kept).
    suspect_placeholders : tuple of str
        What it writes for a number of suspects it does not know.
    zero_words : tuple of str
        What it writes for no suspect at all.
    transit_sep : str
        Separator of its transit-country lists.
    offence_sep : str
        Separator of its linked-offence lists.
    """

    words: dict[str, dict[str, tuple[str, ...]]]
    na_words: tuple[str, ...]
    count_placeholders: tuple[str, ...]
    suspect_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    transit_sep: str
    offence_sep: str


# --------------------------------------------------------------------------------------
# Country words the shared tables do not hold
# --------------------------------------------------------------------------------------
_ITALIAN: dict[str, str] = {
    "AFG": "Afghanistan",
    "ALB": "Albania",
    "AUT": "Austria",
    "BGD": "Bangladesh",
    "BGR": "Bulgaria",
    "BIH": "Bosnia-Erzegovina",
    "BLR": "Bielorussia",
    "CHN": "Cina",
    "CIV": "Costa d'Avorio",
    "CMR": "Camerun",
    "COL": "Colombia",
    "DEU": "Germania",
    "DZA": "Algeria",
    "ECU": "Ecuador",
    "EGY": "Egitto",
    "ERI": "Eritrea",
    "ESP": "Spagna",
    "FRA": "Francia",
    "GBR": "Regno Unito",
    "GIN": "Guinea",
    "GMB": "Gambia",
    "GRC": "Grecia",
    "GTM": "Guatemala",
    "HND": "Honduras",
    "HRV": "Croazia",
    "HTI": "Haiti",
    "HUN": "Ungheria",
    "IRN": "Iran",
    "IRQ": "Iraq",
    "ITA": "Italia",
    "LBY": "Libia",
    "MAR": "Marocco",
    "MEX": "Messico",
    "MKD": "Macedonia del Nord",
    "MLI": "Mali",
    "MRT": "Mauritania",
    "NER": "Niger",
    "NGA": "Nigeria",
    "PAK": "Pakistan",
    "PAN": "Panama",
    "POL": "Polonia",
    "ROU": "Romania",
    "RUS": "Russia",
    "SEN": "Senegal",
    "SRB": "Serbia",
    "SYR": "Siria",
    "TUN": "Tunisia",
    "TUR": "Turchia",
    "USA": "Stati Uniti",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "YEM": "Yemen",
}

#: English demonyms (the NGO's nationality column).
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan",
    "SYR": "Syrian",
    "IRQ": "Iraqi",
    "IRN": "Iranian",
    "PAK": "Pakistani",
    "CMR": "Cameroonian",
    "TUR": "Turkish",
    "ERI": "Eritrean",
    "EGY": "Egyptian",
    "BGD": "Bangladeshi",
    "YEM": "Yemeni",
}

#: French nationality adjectives (feminine, as in "de nationalité afghane").
_ADJ_FR: dict[str, str] = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
    "PAK": "pakistanaise",
    "EGY": "égyptienne",
}

#: Spanish plural demonyms (press style: "los venezolanos").
_DEMONYM_ES: dict[str, str] = {
    "VEN": "venezolanos",
    "ECU": "ecuatorianos",
    "HTI": "haitianos",
    "COL": "colombianos",
    "CHN": "chinos",
    "MEX": "mexicanos",
    "GTM": "guatemaltecos",
    "HND": "hondureños",
    "AFG": "afganos",
    "SYR": "sirios",
    "IRQ": "iraquíes",
    "IRN": "iraníes",
    "YEM": "yemeníes",
    "VNM": "vietnamitas",
    "PAK": "pakistaníes",
    "MAR": "marroquíes",
    "DZA": "argelinos",
    "TUN": "tunecinos",
    "EGY": "egipcios",
    "BGD": "bangladesíes",
    "SEN": "senegaleses",
    "MLI": "malienses",
    "GIN": "guineanos",
    "GMB": "gambianos",
    "CIV": "marfileños",
    "ERI": "eritreos",
    "ALB": "albaneses",
    "NGA": "nigerianos",
    "ROU": "rumanos",
    "TUR": "turcos",
    "CMR": "cameruneses",
}

_ES_ALIAS = {"GIN": "Guinea Conakry", "ROU": "Rumania", "USA": "EE. UU.", "TUR": "Türkiye"}
_TRT_BIH = "Bosnia-Herzegovina"  # the press spelling, one country in a "y" list


def _strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def _country(src: Desk, iso: str, rng: _Rng, *, nationality: bool = False) -> tuple[str, str]:
    """Return one country cell as the desk writes it, and its tag ("" when plain)."""
    row = COUNTRIES[iso]
    r = rng.random()
    if src.source == "procura_crotone":
        name = row[1]
        if r < 0.2 and _ITALIAN[iso] != name:
            return _ITALIAN[iso], "italian_name"
        if r < 0.28:
            return iso, "iso3"
        if r < 0.33 and iso in ("TUR", "CIV", "GBR"):
            return row[4][0], "alias"
        if r < 0.38:
            return name.upper(), "case"
        if r < 0.41 and row[5] != name:
            return row[5], "typo"
        return name, ""
    if src.source == "rsa_aegean":
        if nationality and r < 0.85 and iso in _DEMONYM_EN:
            return _DEMONYM_EN[iso], "demonym"
        if r < 0.08:
            return iso_codes(iso)[0], "iso2"
        if r < 0.16 and iso == "TUR":
            return "Turkey", "alias"
        if r < 0.2 and row[5] != row[1]:
            return row[5], "typo"
        return row[1], ""
    if src.source == "la_vie_active":
        if nationality and r < 0.75 and iso in _ADJ_FR:
            adj = _ADJ_FR[iso]
            return (adj.capitalize() if rng.random() < 0.5 else adj), "adjective"
        if r < 0.1:
            return iso_codes(iso)[0], "iso2"
        name = row[2]
        if r < 0.16 and _strip_accents(name) != name:
            return _strip_accents(name), "no_accent"
        if r < 0.2:
            return name.upper(), "case"
        return name, ""
    if src.source == "fundacion_samu":
        name = row[3]
        if r < 0.08 and _strip_accents(name) != name:
            return _strip_accents(name), "no_accent"
        if r < 0.16 and iso in _ES_ALIAS and iso != "USA":
            return _ES_ALIAS[iso], "alias"
        if r < 0.22:
            return name.upper(), "case"
        if r < 0.25:
            return iso, "iso3"
        return name, ""
    # trt_espanol
    if nationality and r < 0.6 and iso in _DEMONYM_ES:
        return _DEMONYM_ES[iso], "demonym"
    if iso == "TUR":
        return "Türkiye", "alias"  # TRT's house style since 2022
    if iso in _ES_ALIAS and r > 0.75:
        return _ES_ALIAS[iso], "alias"
    if iso == "BIH":
        return _TRT_BIH, "alias"
    return row[3], ""


def _transit(src: Desk, value: str, rng: _Rng) -> tuple[str, list[str]]:
    tags: list[str] = []
    parts: list[str] = []
    for iso in value.split("|"):
        text, tag = _country(src, iso, rng)
        parts.append(text)
        if tag:
            tags.append(f"{tag}:transit_countries")
    if src.source == "trt_espanol" and len(parts) > 1:  # a Spanish list: "A, B y C"
        return ", ".join(parts[:-1]) + " y " + parts[-1], [*tags, "list_y"]
    return src.transit_sep.join(parts), tags


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _es_long(ts: pd.Timestamp) -> str:
    return f"{ts.day} de {_MONTHS['es'][ts.month - 1]} de {ts.year}"


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of a row's date."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    day = ts.normalize()
    name = src.source
    if name == "procura_crotone":
        if partial_ok and r < 0.05:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.1:
            return _serial(ts), day, "day", ["excel_serial"]
        if r < 0.25:
            return ts.strftime("%d/%m/%Y"), day, "day", ["text_date"]
        return day.to_pydatetime(), day, "day", []
    if name == "rsa_aegean":
        if partial_ok and r < 0.05:
            return ts.strftime("%Y-%m"), month, "month", ["partial_date"]
        if r < 0.2:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", day, "day", ["long_date"]
        if r < 0.32:
            hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{ts:%Y-%m-%d} {hh:02d}:{mm:02d}", day, "day", ["datetime"]
        return ts.strftime("%Y-%m-%d"), day, "day", []
    if name == "la_vie_active":
        if partial_ok and r < 0.05:
            return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.15:
            return ts.strftime("%d/%m/%y"), day, "day", ["two_digit_year"]
        return ts.strftime("%d/%m/%Y"), day, "day", []
    if name == "fundacion_samu":
        if partial_ok and r < 0.05:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
        if r < 0.15:
            return ts.strftime("%d-%m-%Y"), day, "day", ["dash_date"]
        return ts.strftime("%d/%m/%Y"), day, "day", []
    # trt_espanol
    if partial_ok and r < 0.04:
        return f"{_MONTHS['es'][ts.month - 1]} de {ts.year}", month, "month", ["partial_date"]
    if r < 0.4:
        return _es_long(ts), day, "day", ["long_date"]
    if r < 0.6:
        return ts.strftime("%d.%m.%Y"), day, "day", ["dotted_date"]
    if r < 0.72:
        return str(_serial(ts)), day, "day", ["excel_serial"]
    return ts.strftime("%d/%m/%Y"), day, "day", []


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine (no date, impossible date, future date)."""
    name = src.source
    if kind == "no_date":
        if name in ("fundacion_samu", "trt_espanol") and rng.random() < 0.5:
            return "s/f" if name == "fundacion_samu" else "sin fecha"
        return None
    if kind == "bad_date":
        day, month = choice(rng, ("30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if name == "rsa_aegean":
            return f"{ts.year}-{month}-{day}"
        if name == "trt_espanol":
            return f"{day}.{month}.{ts.year}"
        return f"{day}/{month}/{ts.year}"
    future = ts.replace(year=ts.year + 10)  # one digit mistyped: 2023 -> 2033
    if name == "procura_crotone":
        return future.normalize().to_pydatetime()
    if name == "rsa_aegean":
        return future.strftime("%Y-%m-%d")
    if name == "trt_espanol":
        return _es_long(future)
    return future.strftime("%d/%m/%Y")


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row (its extraction date)."""
    if src.source == "procura_crotone":
        return last.normalize().to_pydatetime()
    if src.source == "trt_espanol":
        return _es_long(last)
    if src.source == "rsa_aegean":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
_ES_NUMBERS = ("ninguno", "uno", "dos", "tres", "cuatro", "cinco", "seis")


def _persons(src: Desk, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    r = rng.random()
    if r < 0.015:
        return choice(rng, src.count_placeholders), None, ["count_placeholder"]
    name = src.source
    if name == "procura_crotone":
        return n, n, []
    if n >= 1000:
        sep = {"la_vie_active": "\u00a0", "rsa_aegean": ","}.get(name, ".")
        return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands"]
    if name == "trt_espanol" and n >= 20 and n % 10 == 0 and r > 0.5:  # a round figure
        return f"unos {n}", n, ["approx_count"]
    return str(n), n, []


def _suspects(src: Desk, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    r = rng.random()
    name = src.source
    blank_rate = {"la_vie_active": 0.2, "rsa_aegean": 0.1, "trt_espanol": 0.1}.get(name, 0.03)
    if r < blank_rate:
        return None, None, ["blank_n_suspects"]
    if r < blank_rate + 0.04:
        return choice(rng, src.suspect_placeholders), None, ["suspects_placeholder"]
    if n == 0 and rng.random() < 0.5:
        return choice(rng, src.zero_words), 0, ["zero_word"]
    if name == "trt_espanol" and n < len(_ES_NUMBERS) and rng.random() < 0.5:
        return _ES_NUMBERS[n], n, ["count_word"]
    if name == "procura_crotone":
        return n, n, []
    return str(n), n, []


def _dm(value: float, width: int) -> tuple[str, float]:
    """Write |value| as degrees and decimal minutes (comma); return text and its value."""
    tenths = round(abs(value) * 600)  # tenths of a minute
    deg, rest = divmod(tenths, 600)
    text = f"{deg:0{width}d}º {rest // 10:02d},{rest % 10}'"
    return text, tenths / 600


def _coords(
    src: Desk, ev: dict[str, object], rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    lat, lon = ev["lat"], ev["lon"]
    name = src.source
    if not isinstance(lat, float) or not isinstance(lon, float):
        return {}, None, None, ["coords_missing"]
    r = rng.random()
    if name == "procura_crotone":
        if r < 0.06:
            return {}, None, None, ["coords_missing"]
        la, lo = round(lat, 4), round(lon, 4)
        if r < 0.18:
            text: dict[str, object] = {
                "lat": f"{la:.4f}".replace(".", ","),
                "lon": f"{lo:.4f}".replace(".", ","),
            }
            return text, la, lo, ["decimal_comma"]
        return {"lat": la, "lon": lo}, la, lo, []
    if name == "rsa_aegean":
        if r < 0.1:
            return {}, None, None, ["coords_missing"]
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []
    if name == "fundacion_samu":
        if ev["transport_mode"] != "sea" or r < 0.1:  # no rescue position on land or air
            return {}, None, None, ["coords_missing"]
        t_lat, v_lat = _dm(lat, 2)
        t_lon, v_lon = _dm(lon, 3)
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "W"
        s_lat = v_lat if lat >= 0 else -v_lat
        s_lon = v_lon if lon >= 0 else -v_lon
        cell = f"{t_lat} {ns} - {t_lon} {ew}"
        return {"coordinates": cell}, s_lat, s_lon, ["degrees_minutes"]
    return {}, None, None, ["coords_missing"]  # no coordinate column


# --------------------------------------------------------------------------------------
# The row
# --------------------------------------------------------------------------------------
def _word(src: Desk, column: str, value: str, rng: _Rng) -> str:
    forms = src.words[column][value]
    return forms[0] if rng.random() < 0.6 or len(forms) == 1 else choice(rng, forms[1:])


_SEA_BY_HOTSPOT: dict[str, dict[str, tuple[str, ...]]] = {
    "procura_crotone": {
        "Crotone": ("sailing boat (veliero)", "sailing yacht", "fishing boat (peschereccio)"),
        "Lampedusa": ("small boat (barchino)", "rubber dinghy (gommone)", "iron boat"),
        "Pozzallo": ("fishing boat (peschereccio)", "small boat (barchino)"),
    },
    "fundacion_samu": {
        "Gran Canaria": ("Cayuco", "Neumática"),
        "Tenerife": ("Cayuco",),
        "El Hierro": ("Cayuco",),
        "Lanzarote": ("Neumática", "Patera"),
    },
}
_LAND_BY_HOTSPOT: dict[str, dict[str, tuple[str, ...]]] = {
    "fundacion_samu": {
        "Ceuta": ("Salto de valla", "A pie"),
        "Melilla": ("Salto de valla", "A pie"),
    },
}


def _mode_word(src: Desk, ev: dict[str, object], rng: _Rng) -> str:
    mode, spot = str(ev["transport_mode"]), str(ev["hotspot"])
    table = (_SEA_BY_HOTSPOT if mode == "sea" else _LAND_BY_HOTSPOT).get(src.source, {})
    if mode in ("sea", "land") and spot in table:
        return choice(rng, table[spot])
    return _word(src, "transport_mode", mode, rng)


def _case(text: str, rng: _Rng) -> tuple[str, bool]:
    r = rng.random()
    if r < 0.03:
        return text.upper(), True
    if r < 0.06:
        return text.lower(), True
    if r < 0.08:
        return f" {text}  ", True
    return text, False


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    if src.source == "trt_espanol" and crime == "smuggling" and rng.random() < 0.06:
        cells["crime_type"], exp["crime_type"] = "tráfico de personas", "unknown"
        tags.append("ambiguous:crime_type")
    else:
        cells["crime_type"], exp["crime_type"] = _word(src, "crime_type", crime, rng), crime

    expl = ev["exploitation"]
    exp["exploitation"] = None
    if isinstance(expl, str) and crime in ("trafficking", "both"):
        if rng.random() < 0.06:
            exp["exploitation"] = "unknown"
            tags.append("empty:exploitation")
        else:
            cells["exploitation"] = _word(src, "exploitation", expl, rng)
            exp["exploitation"] = expl

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _persons(src, n_persons, rng)
    tags += t
    if forced_blank == "n_suspects":
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    else:
        n_susp = int(ev["n_suspects"])  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, n_susp, rng)
        tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.025:
            cells[col], exp[col] = choice(rng, src.na_words), "unknown"
            tags.append(f"na_word:{col}")
        elif col == "transport_mode":
            cells[col], exp[col] = _mode_word(src, ev, rng), value
        else:
            cells[col], exp[col] = _word(src, col, value, rng), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if not isinstance(iso, str):
            exp[col] = None
            continue
        if forced_blank == col:
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        if col == "destination_country" and rng.random() < 0.05:
            exp[col] = None
            tags.append("empty:destination_country")
            continue
        text, tag = _country(src, iso, rng, nationality=col == "nationality")
        cells[col], exp[col] = text, iso
        if tag:
            tags.append(f"{tag}:{col}")

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if isinstance(transit, str):
        cells["transit_countries"], t = _transit(src, transit, rng)
        tags += t
    elif rng.random() < 0.15:
        cells["transit_countries"] = {
            "procura_crotone": "direct",
            "rsa_aegean": "direct",
            "la_vie_active": "direct",
            "fundacion_samu": "directo",
            "trt_espanol": "directo",
        }[src.source]
        tags.append("direct_word")

    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        coords, exp["lat"], exp["lon"], t = _coords(src, ev, rng)
        cells.update(coords)
        tags += t

    off = ev["linked_offences"]
    if "linked_offences" in src.headers and isinstance(off, str):
        words = [_word(src, "linked_offences", o, rng) for o in off.split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = off
    else:
        exp["linked_offences"] = None

    for col in ("crime_type", "gender", "age_group", "nationality", "transport_mode"):
        cell = cells.get(col)
        if isinstance(cell, str):
            cells[col], changed = _case(cell, rng)
            if changed:
                tags.append(f"case:{col}")

    if src.source == "la_vie_active" and rng.random() < 0.2:  # pasted from a UTF-8 export
        garbled = False
        for col, cell in cells.items():
            if isinstance(cell, str) and col != "event_date":
                bad = mojibake(cell)
                if bad is not None and fits(bad, src):
                    cells[col], garbled = bad, True
        if garbled:
            tags.append("mojibake")

    cells = {k: v for k, v in cells.items() if k in src.headers}
    for col, cell in cells.items():  # every cell must fit the file's encoding
        if isinstance(cell, str) and not fits(cell, src):
            cells[col] = _strip_accents(cell)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_PROCURA = Desk(
    source="procura_crotone",
    filename="procura_crotone_gm.xlsx",
    ref="{seq:04d}/{year} RGNR",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "RGNR No.",
        "event_date": "Date of facts",
        "detection_country": "Country of interception",
        "crime_type": "Offence charged",
        "exploitation": "Purpose of exploitation",
        "n_persons": "No. migrants / victims",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit countries)",
        "destination_country": "Final destination",
        "transport_mode": "Means of transport",
        "lat": "Lat. N",
        "lon": "Long. E",
        "n_suspects": "No. suspects (indagati)",
        "linked_offences": "Connected offences",
    },
    note="NB: extract from ReGeWeb, provisional; covered by secrecy (art. 329 c.p.p.)",
    total="TOTAL",
    bad_count=("numerosi", "several", "dozens"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "Migrant smuggling (art. 12 TUI)",
                "art. 12 D.Lgs. 286/98",
                "Aiding illegal immigration",
            ),
            "trafficking": (
                "Trafficking in human beings (art. 601 c.p.)",
                "art. 601 c.p.",
                "THB",
            ),
            "both": ("art. 601 c.p. + art. 12 TUI", "THB and migrant smuggling"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation (prostitution)", "sexual"),
            "forced_labour": ("labour exploitation (caporalato)", "forced labour"),
            "forced_criminality": (
                "forced criminality (drug dealing)",
                "forced criminal activities",
            ),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "male": ("M", "male"),
            "female": ("F", "female"),
            "mixed": ("M/F", "mixed"),
        },
        "age_group": {
            "adult": ("adults", "adult"),
            "child": ("minors", "MSNA (unaccompanied minors)"),
            "mixed": ("adults and minors", "mixed"),
        },
        "transport_mode": {
            "sea": ("boat", "sailing boat (veliero)", "rubber dinghy (gommone)"),
            "land": ("lorry (TIR)", "car", "on foot"),
            "air": ("flight", "air"),
        },
        "linked_offences": {
            "document_fraud": ("document forgery (falso)", "false documents"),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering (riciclaggio)",),
            "illicit_goods": ("drugs (stupefacenti)", "contraband"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    na_words=("n.d.", "n/a"),
    count_placeholders=("n.d.", "to be determined"),
    suspect_placeholders=("ignoti", "unknown persons (ignoti)"),
    zero_words=("nessuno", "none"),
    transit_sep=" – ",
    offence_sep="; ",
)

_RSA = Desk(
    source="rsa_aegean",
    filename="rsa_aegean_gm.jsonl",
    ref="RSA-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "date",
        "detection_country": "country",
        "crime_type": "category",
        "exploitation": "exploitation",
        "n_persons": "people",
        "n_suspects": "smugglers_arrested",
        "gender": "gender",
        "age_group": "age",
        "nationality": "main_nationality",
        "origin_country": "origin",
        "destination_country": "intended_destination",
        "transit_countries": "route",
        "transport_mode": "means",
        "coordinates": "coordinates",
    },
    note=None,
    total="TOTAL (all incidents)",
    bad_count=("many", "several", "dozens"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("Smuggling", "Smuggling (alleged)"),
            "trafficking": ("Trafficking", "Suspected trafficking"),
            "both": ("Trafficking & smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "male": ("Men", "Male"),
            "female": ("Women", "Female"),
            "mixed": ("Mixed", "Men & women"),
        },
        "age_group": {
            "adult": ("Adults",),
            "child": ("Children", "Unaccompanied children"),
            "mixed": ("Adults & children", "Families"),
        },
        "transport_mode": {
            "sea": ("Boat", "Dinghy", "Sailing boat"),
            "land": ("Land", "On foot"),
            "air": ("Air",),
        },
    },
    na_words=("n/k", "unknown"),
    count_placeholders=("unknown", "n/k"),
    suspect_placeholders=("n/k", "unknown"),
    zero_words=("none",),
    transit_sep=" → ",
    offence_sep=", ",
)

_LVA = Desk(
    source="la_vie_active",
    filename="la_vie_active_gm.csv",
    ref="LVA-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date de l'évènement",
        "crime_type": "Qualification",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb de personnes",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Parcours (pays traversés)",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays",
        "transport_mode": "Mode de passage",
        "n_suspects": "Passeurs interpellés (source PAF)",
    },
    note="Données provisoires - extraction du logiciel de suivi, ne pas diffuser",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("Trafic de migrants", "Aide au passage (passeurs)"),
            "trafficking": ("Traite des êtres humains", "TEH (victime présumée)"),
            "both": ("Traite + trafic",),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("H", "Hommes"),
            "female": ("F", "Femmes"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "adult": ("Majeurs", "Majeur"),
            "child": ("Mineurs", "MNA"),
            "mixed": ("Majeurs et mineurs", "Familles"),
        },
        "transport_mode": {
            "sea": ("small boat", "Embarcation", "bateau pneumatique"),
            "land": ("Camion", "poids lourd", "à pied"),
            "air": ("Avion",),
        },
    },
    na_words=("NC", "inconnu"),
    count_placeholders=("inconnu", "NC"),
    suspect_placeholders=("inconnu", "NC"),
    zero_words=("aucun", "néant"),
    transit_sep=" / ",
    offence_sep=", ",
)

_SAMU = Desk(
    source="fundacion_samu",
    filename="fundacion_samu_gm.csv",
    ref="SAMU/{year}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de llegada",
        "detection_country": "País de llegada",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio",
        "coordinates": "Posición del rescate",
        "n_suspects": "Detenidos (patrones/captadores)",
    },
    note="Nota: datos provisionales a fecha de extracción",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "trafficking": ("Posible víctima de trata", "Trata de seres humanos"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral",),
            "forced_criminality": ("Criminalidad forzada",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "male": ("Varón", "Hombres"),
            "female": ("Mujer", "Mujeres"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayor de edad"),
            "child": ("Menores no acompañados", "Menor"),
            "mixed": ("Adultos y menores", "Familias"),
        },
        "transport_mode": {
            "sea": ("Patera", "Neumática", "Embarcación"),
            "land": ("Terrestre", "Autobús", "Vehículo particular"),
            "air": ("Avión", "Vía aérea"),
        },
    },
    na_words=("s/d", "No consta"),
    count_placeholders=("s/d", "No consta"),
    suspect_placeholders=("s/d", "No consta"),
    zero_words=("ninguno",),
    transit_sep=", ",
    offence_sep=", ",
)

_TRT = Desk(
    source="trt_espanol",
    filename="trt_espanol_gm.csv",
    ref="TRT-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº",
        "event_date": "Fecha",
        "detection_country": "País",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (tránsito)",
        "destination_country": "Destino",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Otros delitos",
    },
    note="Fuente: seguimiento de prensa de TRT Español; cifras no oficiales",
    total="Total",
    bad_count=("decenas", "cientos", "varios"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("tráfico de migrantes", "tráfico ilícito de migrantes"),
            "trafficking": ("trata de personas", "trata de seres humanos"),
            "both": ("trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("tráfico de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "male": ("hombres", "varones"),
            "female": ("mujeres",),
            "mixed": ("hombres y mujeres", "mixto"),
        },
        "age_group": {
            "adult": ("adultos",),
            "child": ("menores", "niños"),
            "mixed": ("adultos y menores", "familias"),
        },
        "transport_mode": {
            "sea": ("embarcación", "bote", "lancha neumática"),
            "land": ("terrestre", "camión", "a pie"),
            "air": ("avión", "vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción", "soborno"),
            "money_laundering": ("lavado de dinero", "blanqueo de capitales"),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    na_words=("sin datos", "s/d"),
    count_placeholders=("sin cifra", "s/d"),
    suspect_placeholders=("sin datos", "s/d"),
    zero_words=("ninguno",),
    transit_sep=", ",
    offence_sep=", ",
)

#: The set's desks, in the order their submissions are returned.
SOURCES: tuple[Desk, ...] = (_PROCURA, _RSA, _LVA, _SAMU, _TRT)

_EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": "procura_crotone",
        "GRC": "rsa_aegean",
        "FRA": "la_vie_active",
        "ESP": "fundacion_samu",
    },
    compilation="trt_espanol",
    secondary={
        ("emed", "GRC"): "procura_crotone",  # Aegean interceptions of the same boats
        ("cmed", "ITA"): "trt_espanol",
        ("thb_nga_ita", "ITA"): "trt_espanol",
        ("channel", "FRA"): "trt_espanol",
        ("wmed", "ESP"): "trt_espanol",
        ("watl", "ESP"): "trt_espanol",
        ("thb_rou_esp", "ESP"): "trt_espanol",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=193,
    blank_share=0.3,
)


def make_blind193(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five desks of the ``blind193`` set write them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``procura_crotone_gm.xlsx`` (English with Italian words),
        ``rsa_aegean_gm.jsonl`` (English), ``la_vie_active_gm.csv`` (French, cp1252,
        ``;``), ``fundacion_samu_gm.csv`` (Spanish, UTF-8 with BOM, ``,``) and
        ``trt_espanol_gm.csv`` (Spanish, UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind193(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['procura_crotone_gm.xlsx', 'rsa_aegean_gm.jsonl', 'la_vie_active_gm.csv',
     'fundacion_samu_gm.csv', 'trt_espanol_gm.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8', 'cp1252', 'utf-8-sig', 'utf-16']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[4].frame.columns[:4].tolist()
    ['Nº', 'Fecha', 'País', 'Delito']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
