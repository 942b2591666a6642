"""Examiner variant ``blind437``: micromobility operators' field and safety desks (``*_pw.*``).

Five bike-share and e-scooter operators, none used before in this project, pass on what
their field teams and trust-and-safety desks see: people sleeping rough in depots,
exploited delivery riders on rented bikes, smuggling and trafficking. Each writes in its
own working language, file format and habits:

``voi_uk_fieldops_pw.xlsx``
    Voi Technology UK, field operations safeguarding log (English). Excel dates mostly
    real date cells, some typed ``17/05/2023`` or ``17 May 2023``, a few ``May 2023``;
    nationality as demonyms (``Vietnamese``); detection country ``England``, ``Scotland``
    or ``UK``; routes joined by ``" > "``; small counts now and then in words (``two``);
    ``none`` for no suspects, ``n/k`` when not known.
``dott_fr_terrain_pw.csv``
    Dott France, équipes terrain (French), cp1252, ``;``, CRLF. Dates ``17/05/2023`` or
    ``17/05/23``, a few ``mai 2023`` / ``05/2023``; nationality as country names or
    feminine adjectives (``afghane``), now and then ``kurde`` (no nationality an analyst
    can tell); ``Angleterre`` for the United Kingdom; decimal commas; ``aucun`` / ``N/C``.
``cooltra_seguridad_pw.csv``
    Cooltra, departamento de seguridad (Spanish), Excel "Unicode text": UTF-16 with BOM,
    tab-delimited. Dates ``17/05/2023`` or ``17-may-2023``, a few ``T2 2023``; thousands
    with ``.``; one ``Coordenadas GPS`` column ``lat, lon``; ``directo`` for no transit.
``metrobici_pa_pw.csv``
    MetroBici (Panama City public bike system), seguridad (Spanish), UTF-8 with BOM, ``,``.
    Dates ``17/5/2023``, some Excel serial numbers, a few ``mayo 2023``; country names
    garbled by an earlier cp1252 round trip (``PanamÃ¡``), ISO alpha-3 codes, ``EE.UU.``;
    coordinates in degrees-minutes-seconds or decimals.
``lime_trust_safety_pw.jsonl``
    Lime global trust & safety desk (English): JSON lines, ISO alpha-2 codes, UTC
    timestamps, enum-like category words, transit countries and related offences as JSON
    arrays; the compilation source (every event no other source reports first); its paged
    export re-sends a few lines.

The truth expects what a careful analyst reads in each cell; cells an analyst cannot read
(``kurde`` as a nationality, ``n/k`` counts, "not known" words) expect nothing or
``unknown`` and carry a messiness tag saying so.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["EXAMINER", "SOURCES", "PwSource", "make_blind437"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class PwSource(ExaminerSource):
    """One operator's desk: the shared fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the desk's spellings (first = the usual one).
    unknown : tuple of str
        What the desk writes when a value is not known.
    zero_words : tuple of str
        What it writes for "no suspects".
    count_unknown : tuple of str
        What it writes when the number of persons is not known.
    transit_sep : str
        Separator of transit countries (``""``: a JSON array).
    offence_sep : str
        Separator of related offences (``""``: a JSON array).
    case_rate : float
        Share of text cells typed in another case or with stray spaces.
    """

    words: _Words
    unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    case_rate: float


# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_EN_NAME = {iso: row[1] for iso, row in COUNTRIES.items()} | {
    "TUR": "Turkey",
    "VNM": "Vietnam",
    "CIV": "Ivory Coast",
    "GBR": "UK",
    "USA": "USA",
}
_FR_NAME = {iso: row[2] for iso, row in COUNTRIES.items()} | {"VNM": "Vietnam"}
_ES_NAME = {iso: row[3] for iso, row in COUNTRIES.items()}

_EN_DEMONYM = {
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
}
# "nationalité afghane": the adjective agrees with the feminine noun
_FR_ADJ = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
_ES_DEMONYM = {
    "CIV": "marfileño",
    "DZA": "argelino",
    "GIN": "guineano",
    "GMB": "gambiano",
    "MAR": "marroquí",
    "MLI": "maliense",
    "ROU": "rumano",
    "SEN": "senegalés",
    "NGA": "nigeriano",
    "TUN": "tunecino",
    "EGY": "egipcio",
    "SYR": "sirio",
    "PAK": "pakistaní",
    "BGD": "bangladesí",
}
_PA_DEMONYM = {
    "VEN": "venezolano",
    "ECU": "ecuatoriano",
    "HTI": "haitiano",
    "COL": "colombiano",
    "CHN": "chino",
}
_TYPOS = {
    "voi_uk_fieldops": {"AFG": "Afganistan", "ERI": "Eritria", "VNM": "Veitnam", "IRQ": "Irag"},
    "dott_fr_terrain": {"AFG": "Afganistan", "ERI": "Erythrée", "IRN": "Irann", "SYR": "Syri"},
    "cooltra_seguridad": {"MAR": "Maruecos", "MRT": "Mauritana", "SEN": "Senagal"},
    "metrobici_pa": {"VEN": "Venezula", "ECU": "Equador", "COL": "Colonbia"},
}


def _strip_accents(text: str) -> str:
    """Drop the accents a hurried typist leaves out (``Malí`` -> ``Mali``)."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _country(src: PwSource, iso: str, role: str, rng: _Rng) -> tuple[str, list[str]]:
    """Write one country as the desk does; return the cell and its tags.

    ``role`` is ``"nationality"``, ``"origin"``, ``"destination"``, ``"detection"`` or
    ``"transit"``. Every form written names the country unambiguously.
    """
    r = float(rng.random())
    typo = _TYPOS.get(src.source, {}).get(iso)
    name = src.source
    if name == "voi_uk_fieldops":
        if role == "nationality" and iso in _EN_DEMONYM and r < 0.8:
            return _EN_DEMONYM[iso], ["demonym"]
        if role == "detection":  # GBR only in this file, bar a second report
            if iso == "GBR":
                return choice(rng, ("England", "England", "UK", "United Kingdom")), ["uk_nation"]
            return _EN_NAME[iso], []
        if typo is not None and r > 0.95:
            return typo, ["typo"]
        return _EN_NAME[iso], []
    if name == "dott_fr_terrain":
        if role == "nationality" and iso in _FR_ADJ and r < 0.3:
            return _FR_ADJ[iso], ["adjective"]
        if iso == "GBR" and role in ("destination", "detection") and r < 0.4:
            return "Angleterre", ["alias"]
        if iso == "GBR" and role == "destination" and r < 0.55:
            return "UK", ["alias"]
        if typo is not None and r > 0.94:
            return typo, ["typo"]
        if r > 0.9 and role != "detection":
            return _FR_NAME[iso].upper(), ["case"]
        return _FR_NAME[iso], []
    if name == "cooltra_seguridad":
        if role == "nationality" and iso in _ES_DEMONYM and r < 0.35:
            return _ES_DEMONYM[iso], ["demonym"]
        if role in ("origin", "destination") and r > 0.9:
            return iso_codes(iso)[0], ["iso2"]
        if typo is not None and 0.35 <= r < 0.4:
            return typo, ["typo"]
        if 0.4 <= r < 0.5:
            return _strip_accents(_ES_NAME[iso]), ["no_accent"]
        return _ES_NAME[iso], []
    if name == "metrobici_pa":
        if iso == "USA" and r < 0.6:
            return choice(rng, ("EE.UU.", "EEUU", "Estados Unidos de América")), ["alias"]
        if role == "nationality" and iso in _PA_DEMONYM and r < 0.4:
            return _PA_DEMONYM[iso], ["demonym"]
        if 0.4 <= r < 0.55:
            return iso, ["iso3"]
        if typo is not None and 0.55 <= r < 0.6:
            return typo, ["typo"]
        garbled = mojibake(_ES_NAME[iso])
        if garbled is not None and r > 0.5:
            return garbled, ["mojibake"]
        return _ES_NAME[iso], []
    # lime_trust_safety: codes, but nationality is the reporter's free text
    if role == "nationality":
        if iso in _EN_DEMONYM and r < 0.35:
            return _EN_DEMONYM[iso], ["demonym"]
        if r < 0.75:
            return _EN_NAME[iso] if iso not in ("GBR", "USA") else iso_codes(iso)[0], []
    return iso_codes(iso)[0], ["iso2"]


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _fr_month(ts: pd.Timestamp) -> str:
    return ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre")[ts.month - 1]  # fmt: skip


def _es_month(ts: pd.Timestamp) -> str:
    return ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre")[ts.month - 1]  # fmt: skip


def _serial(ts: pd.Timestamp) -> str:
    """Excel's serial day number of ``ts`` (1900 date system)."""
    return str((ts.normalize() - _EXCEL_EPOCH).days)


def _utc(ts: pd.Timestamp, rng: _Rng) -> str:
    """Write an ISO UTC timestamp on the event's day, in hours that keep the local day."""
    hour = int(rng.integers(9, 21))
    minute, second = int(rng.integers(0, 60)), int(rng.integers(0, 60))
    return f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:{second:02d}Z"


def _date(
    src: PwSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    r = float(rng.random())
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    day = ts.normalize()
    name = src.source
    if name == "voi_uk_fieldops":
        if partial_ok and r < 0.04:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month_start, "month", ["partial_date"]
        if r < 0.22:
            return f"{ts:%d/%m/%Y}", day, "day", ["date_text"]
        if r < 0.27:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", day, "day", ["date_long"]
        return day.to_pydatetime(), day, "day", []
    if name == "dott_fr_terrain":
        if partial_ok and r < 0.03:
            return f"{_fr_month(ts)} {ts.year}", month_start, "month", ["partial_date"]
        if partial_ok and r < 0.05:
            return f"{ts:%m/%Y}", month_start, "month", ["partial_date"]
        if r < 0.17:
            return f"{ts:%d/%m/%y}", day, "day", ["short_year"]
        return f"{ts:%d/%m/%Y}", day, "day", []
    if name == "cooltra_seguridad":
        if partial_ok and r < 0.04:
            return f"T{ts.quarter} {ts.year}", quarter_start, "quarter", ["partial_date"]
        if r < 0.14:
            return f"{ts.day:02d}-{_es_month(ts)[:3]}-{ts.year}", day, "day", ["date_text"]
        return f"{ts:%d/%m/%Y}", day, "day", []
    if name == "metrobici_pa":
        if partial_ok and r < 0.04:
            return f"{_es_month(ts)} {ts.year}", month_start, "month", ["partial_date"]
        if r < 0.14:
            return _serial(ts), day, "day", ["excel_serial"]
        if r < 0.2:
            return f"{ts:%d-%m-%Y}", day, "day", []
        return f"{ts.day}/{ts.month}/{ts.year}", day, "day", []
    if partial_ok and r < 0.02:
        return f"{ts:%Y-%m}", month_start, "month", ["partial_date"]
    if partial_ok and r < 0.04:
        return f"{ts.year}-Q{ts.quarter}", quarter_start, "quarter", ["partial_date"]
    if r < 0.1:
        return f"{ts:%Y-%m-%d}", day, "day", []
    return _utc(ts, rng), day, "day", ["iso_datetime"]


def _bad_date(src: PwSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: blank, impossible, or a year ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have, leap year or not
        day, month = ((31, 2), (30, 2), (31, 4), (31, 6), (31, 9), (31, 11))[int(rng.integers(6))]
        if src.source == "lime_trust_safety":
            return f"{ts.year}-{month:02d}-{day:02d}T10:00:00Z"
        if src.source == "metrobici_pa":
            return f"{day}/{month}/{ts.year}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    future = ts + pd.DateOffset(years=10)  # 2023 typed 2033
    if src.source == "voi_uk_fieldops":
        return future.normalize().to_pydatetime()
    if src.source == "lime_trust_safety":
        return _utc(future, rng)
    if src.source == "metrobici_pa":
        return f"{future.day}/{future.month}/{future.year}"
    return f"{future:%d/%m/%Y}"


def _note_date(src: PwSource, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row (the export's last day)."""
    if src.source == "voi_uk_fieldops":
        return last.normalize().to_pydatetime()
    if src.source == "metrobici_pa":
        return f"{last.day}/{last.month}/{last.year}"
    return f"{last:%d/%m/%Y}"


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
_EN_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
               "nine", "ten", "eleven", "twelve")  # fmt: skip


def _persons(src: PwSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the number of persons; return (cell, expected, tags)."""
    r = float(rng.random())
    if r < 0.015:
        blank = None if src.format == "jsonl" else choice(rng, src.count_unknown)
        return blank, None, ["count_placeholder"]
    name = src.source
    if name in ("voi_uk_fieldops", "lime_trust_safety"):
        if name == "voi_uk_fieldops" and n <= 12 and r > 0.93:
            return _EN_NUMBERS[n], n, ["count_word"]
        return n, n, []
    if n >= 1000:
        hi, lo = divmod(n, 1000)
        sep = {"dott_fr_terrain": "\u00a0", "cooltra_seguridad": ".", "metrobici_pa": ","}[name]
        if name == "dott_fr_terrain" and r > 0.5:
            sep = " "
        return f"{hi}{sep}{lo:03d}", n, ["thousands"]
    return str(n), n, []


def _suspects(src: PwSource, n: int | None, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the number of suspects; return (cell, expected, tags)."""
    if n is None:
        return None, None, ["blank_n_suspects"]
    r = float(rng.random())
    if r < 0.03:
        return None, None, ["blank_n_suspects"]
    if r < 0.05:
        return choice(rng, src.unknown), None, ["suspects_placeholder"]
    if n == 0 and src.zero_words and r < 0.45:
        return choice(rng, src.zero_words), 0, ["zero_word"]
    numeric = src.format in ("xlsx", "jsonl")
    return (n if numeric else str(n)), n, []


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees-minutes-seconds text of ``value`` and the decimal it reads back as."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{hemi}"
    back = (deg + minutes / 60 + tenths / 36000) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _place(
    src: PwSource, lat: float | None, lon: float | None, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the coordinates; return (cells, expected lat, expected lon, tags)."""
    gone = {"voi_uk_fieldops": 0.1, "dott_fr_terrain": 0.08, "cooltra_seguridad": 0.05,
            "metrobici_pa": 0.05, "lime_trust_safety": 0.01}[src.source]  # fmt: skip
    if lat is None or lon is None or rng.random() < gone:
        if "coordinates" in src.headers:
            return {"coordinates": None}, None, None, ["coords_missing"]
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    name = src.source
    if name in ("voi_uk_fieldops", "lime_trust_safety"):
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, []
    if name == "dott_fr_terrain":
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, lat, lon, ["decimal_comma"]
    if name == "cooltra_seguridad":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []
    if rng.random() < 0.6:
        t_lat, b_lat = _dms(lat, "N", "S")
        t_lon, b_lon = _dms(lon, "E", "W")
        return {"coordinates": f"{t_lat} {t_lon}"}, b_lat, b_lon, ["coords_dms"]
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _word(src: PwSource, column: str, value: str, rng: _Rng) -> tuple[str, list[str]]:
    """Pick the desk's word for a canonical value (its usual word two times in three)."""
    forms = src.words[column][value]
    if len(forms) == 1 or rng.random() < 0.67:
        word = forms[0]
    else:
        word = choice(rng, forms[1:])
    tags: list[str] = []
    if src.language == "es" and src.format == "csv" and rng.random() < 0.08:
        plain = _strip_accents(word)
        if plain != word:
            word, tags = plain, ["no_accent"]
    return word, tags


def _noise(src: PwSource, cell: object, column: str, rng: _Rng) -> tuple[object, list[str]]:
    """Change the case or spacing of a text cell now and then (the meaning stays)."""
    if not isinstance(cell, str) or rng.random() >= src.case_rate:
        return cell, []
    k = int(rng.integers(0, 3))
    out = cell.upper() if k == 0 else cell.lower() if k == 1 else f" {cell}  "
    return (out, [f"case:{column}"]) if out != cell else (cell, [])


#: Tags of what a field's cell showed, dropped when a second report leaves the field out.
_FIELD_TAGS: dict[str, tuple[str, ...]] = {
    "nationality": ("blank_nationality",),
    "n_suspects": ("zero_word", "suspects_placeholder", "blank_n_suspects"),
    "coordinates": ("coords_", "decimal_comma"),
    "gender": ("blank_gender",),
    "detection_country": ("blank_detection_country",),
}


def _render(
    src: PwSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"], t = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    tags += t

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.04:
        cells["exploitation"], exp["exploitation"] = choice(rng, src.unknown), "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"], t = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl
        tags += t

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _persons(src, n, rng)
    tags += t
    sus = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], t = _suspects(src, sus, rng)
    tags += t

    gender = str(ev["gender"])
    if rng.random() < 0.03:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], t = _word(src, "gender", gender, rng)
        exp["gender"] = gender
        tags += t
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.unknown), "unknown"
            tags.append("na_word")
        else:
            cells[col], t = _word(src, col, value, rng)
            exp[col] = value
            tags += t

    roles = {
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "detection",
    }
    for col, role in roles.items():
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        r = float(rng.random())
        if col != "detection_country" and r < 0.03:
            cells[col] = None if r < 0.015 else choice(rng, src.unknown)
            exp[col] = None
            tags.append(f"blank_{role}")
            continue
        if (
            src.source == "dott_fr_terrain"
            and col == "nationality"
            and iso in ("IRQ", "IRN")
            and r > 0.92
        ):
            cells[col], exp[col] = "kurde", None  # an ethnicity, not a nationality
            tags.append("blank_nationality")
            continue
        if src.source == "voi_uk_fieldops" and role == "detection" and iso == "GBR":
            scot = ev["lat"] is not None and float(ev["lat"]) > 55.0  # type: ignore[arg-type]
            if scot:  # Glasgow
                cells[col], exp[col] = "Scotland", iso
                tags.append("uk_nation:detection_country")
                continue
        cells[col], t = _country(src, str(iso), role, rng)
        exp[col] = iso
        tags += [f"{x}:{col}" for x in t]

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        if src.transit_sep == "":
            cells["transit_countries"] = []
        elif src.source == "cooltra_seguridad" and rng.random() < 0.3:
            cells["transit_countries"] = "directo"
            tags.append("direct_word")
        else:
            cells["transit_countries"] = None
    else:
        parts = [_country(src, c, "transit", rng)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = parts if src.transit_sep == "" else src.transit_sep.join(parts)

    place, exp["lat"], exp["lon"], t = _place(
        src,
        None if ev["lat"] is None else float(ev["lat"]),  # type: ignore[arg-type]
        None if ev["lon"] is None else float(ev["lon"]),  # type: ignore[arg-type]
        rng,
    )
    cells.update(place)
    tags += t

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = [] if src.offence_sep == "" else None
    else:
        words = [_word(src, "linked_offences", o, rng)[0] for o in str(offences).split("|")]
        cells["linked_offences"] = words if src.offence_sep == "" else src.offence_sep.join(words)

    if forced_blank is not None:  # a second report that leaves one field out
        if forced_blank == "coordinates":
            for key in ("lat", "lon", "coordinates"):
                if key in cells:
                    cells[key] = None
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
        stale = _FIELD_TAGS[forced_blank]  # what was written there is gone
        tags = [x for x in tags if not x.startswith(stale) and not x.endswith(f":{forced_blank}")]
        tags.append(f"blank_{forced_blank}")

    for col in ("crime_type", "exploitation", "gender", "age_group", "transport_mode",
                "nationality", "origin_country"):  # fmt: skip
        cells[col], t = _noise(src, cells[col], col, rng)
        tags += t
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_VOI = PwSource(
    source="voi_uk_fieldops",
    filename="voi_uk_fieldops_pw.xlsx",
    ref="VOI-UK-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Incident ref",
        "event_date": "Incident date",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of people involved",
        "n_suspects": "Suspected exploiters / facilitators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality (as stated)",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country",
        "transit_countries": "Route travelled",
        "transport_mode": "Means of travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related offences",
    },
    note="Exported from Voi Ops Hub - provisional, not for onward disclosure",
    total="TOTAL",
    bad_count=("several", "a group", "multiple"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Modern slavery concern", "Human trafficking"),
            "smuggling": ("People smuggling", "Suspected people smuggling"),
            "both": ("Modern slavery + smuggling", "Smuggling & modern slavery"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Under 18", "U18", "Minor"),
            "adult": ("18+", "Adult"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry", "HGV", "Car/van"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False ID documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Cannabis cultivation"),
            "cybercrime": ("Cyber crime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not known", "n/k", "Unknown"),
    zero_words=("none", "None identified"),
    count_unknown=("n/k", "Not known"),
    transit_sep=" > ",
    offence_sep="; ",
    case_rate=0.02,
)

_DOTT = PwSource(
    source="dott_fr_terrain",
    filename="dott_fr_terrain_pw.csv",
    ref="RT-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° remontée",
        "event_date": "Date du constat",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb auteurs présumés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode de déplacement",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction outil terrain - données non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "suspicion de traite"),
            "smuggling": ("filière de passage", "passeurs", "aide à l'entrée irrégulière"),
            "both": ("traite + passeurs", "TEH et filière de passage"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("femmes", "F"),
            "male": ("hommes", "H"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineurs", "mineur"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau"),
            "land": ("poids lourd", "camion", "véhicule léger"),
            "air": ("avion",),
        },
        "linked_offences": {
            "document_fraud": ("faux papiers", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("inconnu", "N/C", "non renseigné"),
    zero_words=("aucun", "néant"),
    count_unknown=("N/C", "inconnu"),
    transit_sep=", ",
    offence_sep=" + ",
    case_rate=0.05,
)

_COOLTRA = PwSource(
    source="cooltra_seguridad",
    filename="cooltra_seguridad_pw.csv",
    ref="INC{year}/{seq:06d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº incidencia",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales pendientes de validación",
    total="TOTAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trata de seres humanos", "trata", "posible trata"),
            "smuggling": ("tráfico de migrantes", "favorecimiento de la inmigración ilegal"),
            "both": ("trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras formas",),
        },
        "gender": {
            "female": ("mujer", "mujeres"),
            "male": ("hombre", "hombres"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "child": ("menores", "menor"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "embarcación"),
            "land": ("a pie", "vehículo", "camión"),
            "air": ("avión", "vuelo"),
        },
        "linked_offences": {
            "document_fraud": ("falsificación documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("desconocido", "s/d", "no consta"),
    zero_words=("ninguno",),
    count_unknown=("s/d", "no consta"),
    transit_sep=" - ",
    offence_sep=", ",
    case_rate=0.05,
)

_METROBICI = PwSource(
    source="metrobici_pa",
    filename="metrobici_pa_pw.csv",
    ref="MB-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. de reporte",
        "event_date": "Fecha",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar sujeta a verificación",
    total="Total general",
    bad_count=("varios", "grupo", "muchos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trata de personas", "TdP"),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "sexual"),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("Femenino", "F"),
            "male": ("Masculino", "M"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "child": ("Menor de edad", "NNA"),
            "adult": ("Mayor de edad", "Adulto"),
            "mixed": ("Mixto", "Adultos y NNA"),
        },
        "transport_mode": {
            "sea": ("lancha", "marítimo"),
            "land": ("a pie", "terrestre", "bus"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico", "drogas"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("N/D", "no determinado", "desconocido"),
    zero_words=("ninguno", "0 (ninguno)"),
    count_unknown=("N/D", "por determinar"),
    transit_sep=", ",
    offence_sep="; ",
    case_rate=0.05,
)

_LIME = PwSource(
    source="lime_trust_safety",
    filename="lime_trust_safety_pw.jsonl",
    ref="LTS-{yy:02d}{seq:07d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "occurred_at",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "people_count",
        "n_suspects": "suspect_count",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "reported_nationality",
        "origin_country": "origin_country",
        "destination_country": "destination_country",
        "detection_country": "country_code",
        "transit_countries": "transit_countries",
        "transport_mode": "travel_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="EXPORT_TOTAL",
    bad_count=("several", "multiple"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("human_trafficking",),
            "smuggling": ("migrant_smuggling",),
            "both": ("trafficking_and_smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual_exploitation",),
            "forced_labour": ("labour_exploitation",),
            "forced_criminality": ("forced_criminality",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {
            "sea": ("boat",),
            "land": ("land_vehicle", "on_foot"),
            "air": ("flight",),
        },
        "linked_offences": {
            "document_fraud": ("fraudulent_documents",),
            "corruption": ("bribery",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cyber",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown",),
    zero_words=(),
    count_unknown=("unknown",),
    transit_sep="",
    offence_sep="",
    case_rate=0.0,
)

#: The variant's desks, in the order of the returned submissions.
SOURCES: tuple[PwSource, ...] = (_VOI, _DOTT, _COOLTRA, _METROBICI, _LIME)

#: The variant: who reports which detection country first, and who reports it again.
EXAMINER: Examiner[PwSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "voi_uk_fieldops",
        "FRA": "dott_fr_terrain",
        "ESP": "cooltra_seguridad",
        "PAN": "metrobici_pa",
    },
    compilation="lime_trust_safety",
    secondary={
        ("channel", "FRA"): "voi_uk_fieldops",
        ("channel", "GBR"): "dott_fr_terrain",
        ("thb_vnm_gbr", "GBR"): "lime_trust_safety",
        ("watl", "ESP"): "lime_trust_safety",
        ("thb_rou_esp", "ESP"): "lime_trust_safety",
        ("thb_rou_esp", "ITA"): "cooltra_seguridad",
        ("thb_nga_ita", "ITA"): "cooltra_seguridad",
        ("cmed", "ITA"): "cooltra_seguridad",
        ("darien", "PAN"): "lime_trust_safety",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=437_0437,
    blank_share=0.35,
)


def make_blind437(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five micromobility desks of ``blind437`` would.

    Each event goes first to the desk of its detection country (United Kingdom: Voi;
    France: Dott; Spain: Cooltra; Panama: MetroBici) or else to Lime's global trust and
    safety desk, which compiles the rest (Italy, Greece, Croatia, Poland, United States);
    about four in a hundred events are reported again by a second desk, a day apart at
    most and now and then with a field left out. Bad rows of every quarantine reason,
    a note row, a total row, an empty row in each CSV and exact repeats (Dott's and
    Lime's re-sent lines) are planted, and every written row is described in
    :attr:`Submission.expected`.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``voi_uk_fieldops_pw.xlsx``, ``dott_fr_terrain_pw.csv`` (cp1252, ``;``),
        ``cooltra_seguridad_pw.csv`` (UTF-16, tab), ``metrobici_pa_pw.csv`` (UTF-8
        with BOM, ``,``) and ``lime_trust_safety_pw.jsonl``.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind437(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['voi_uk_fieldops_pw.xlsx', 'dott_fr_terrain_pw.csv', 'cooltra_seguridad_pw.csv',
     'metrobici_pa_pw.csv', 'lime_trust_safety_pw.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs][1:4]
    [('cp1252', ';'), ('utf-16', '\t'), ('utf-8-sig', ',')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° remontée', 'Date du constat', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
