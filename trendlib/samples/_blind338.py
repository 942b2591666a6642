"""Examiner sample set ``blind338``: horse-racing integrity and welfare desks (files ``*_mb.*``).

Five racing bodies whose welfare and integrity teams log exploited grooms and stable
workers, and workers smuggled in for the yards, and pass on what their partners tell
them. Each writes its own export, the way its own tools and clerks write:

``bha_integrity_intel_mb.jsonl``
    British Horseracing Authority, Integrity & Regulation, intelligence log (English,
    JSON lines, UTF-8). Snake-case keys of its case system; dates mostly ISO, some typed
    "7 May 2023", partner intelligence dated to the month ("2023-05") or quarter
    ("Q2 2023"); nationality as a demonym ("Vietnamese") or an ISO alpha-2 code from a
    partner feed; "England" / "Scotland" for the United Kingdom; counts as JSON numbers,
    "n/k" when not known; route as "France > Germany". Reports events found in Great
    Britain and compiles what European partners (IFHA / EMHF integrity network) report
    from Italy, Greece, Croatia and Poland.
``france_galop_securite_mb.csv``
    France Galop, Direction de la sécurité (French, cp1252, ``;``, CRLF). Day-first
    dates, some "1er mai 2023", "mai 2023" or "T2 2023"; nationality as the French
    adjective ("afghane") or the passport's MRZ code ("AFG"); country names often in
    capitals; decimal-comma latitude and longitude; "mis en cause" counts, "aucun" for
    none, "N.C." for not known; "Néant" when there is no linked offence.
``zarzuela_seguridad_mb.xlsx``
    Hipódromo de la Zarzuela (Madrid), Departamento de Seguridad (Spanish, XLSX).
    Real Excel dates, a few typed as text; counts as numbers, a few typed "1.250";
    "Varón" / "Mujer", "MENA"; coordinates pasted from a map as "36.83012, -2.46011";
    "No consta" for unknown values.
``hipodromo_americas_seguridad_mb.csv``
    Hipódromo de las Américas (Ciudad de México), Gerencia de Seguridad (Mexican
    Spanish, UTF-16 with BOM, tab-delimited: Excel's "Texto Unicode" saved as .csv).
    Upper-case headers and, on most rows, upper-case values as on Mexican official forms;
    "17/MAY/2023" dates; "tráfico de personas" (the Mexican legal name of migrant
    smuggling), "probables responsables", "NNA" for minors, "EUA" for the United States.
``hipodromo_remon_seguridad_mb.csv``
    Hipódromo Presidente Remón (Panamá), Departamento de Seguridad (Panamanian Spanish,
    UTF-8 with BOM, ``,``). Day-first dates mixed with Excel serial numbers and
    "2023/05/17"; GPS positions in degrees, minutes and seconds; some rows imported from
    an older system with mojibake ("PanamÃ¡").

Every cell's expected clean value is what a careful analyst reads from it; cells that
say "not known" expect nothing (or ``unknown`` in a vocabulary column).
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

__all__ = ["BLIND338", "SOURCES", "RacingSource", "make_blind338"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class RacingSource(ExaminerSource):
    """A racing body's desk: the shared source fields plus its own wording.

    Attributes
    ----------
    style : str
        Which writer lays out its dates, counts and coordinates (``"bha"``,
        ``"galop"``, ``"zarzuela"``, ``"americas"``, ``"remon"``).
    words : mapping
        Column -> canonical value -> the desk's words for it (first = usual).
    unknown : tuple of str
        Words the desk writes when a value is not known.
    not_applicable : str
        The desk's "not applicable" word (exploitation of smuggling rows, transport
        mode of people found at the yard).
    zero : str
        The desk's word for "no suspects".
    count_unknown : tuple of str
        Words written in a count cell when the count is not known.
    number_words : tuple of str
        Words for the numbers one to ten (empty if the desk never writes them).
    offence_sep : str
        Separator of linked offences.
    transit_sep : str
        Separator of transit countries.
    thousands : str
        Thousands separator of counts typed as text.
    nat_forms : mapping
        Form of a nationality cell -> weight (``name``, ``adjective``, ``upper``,
        ``iso2``, ``iso3``, ``alias``, ``typo``).
    place_forms : mapping
        Form of a country cell (origin, destination, detection, transit) -> weight.
    """

    style: str
    words: Mapping[str, _Words]
    unknown: tuple[str, ...]
    not_applicable: str
    zero: str
    count_unknown: tuple[str, ...]
    number_words: tuple[str, ...]
    offence_sep: str
    transit_sep: str
    thousands: str
    nat_forms: Mapping[str, float]
    place_forms: Mapping[str, float]


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Demonyms (as nationality cells are written), per language; feminine in French and
#: Spanish ("de nationalité afghane", "nacionalidad venezolana").
_ADJECTIVES: dict[str, dict[str, str]] = {
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
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "DZA": "algérienne",
        "ERI": "érythréenne",
        "GIN": "guinéenne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
        "MLI": "malienne",
        "NGA": "nigériane",
        "ROU": "roumaine",
        "SEN": "sénégalaise",
        "SYR": "syrienne",
        "TUN": "tunisienne",
        "VNM": "vietnamienne",
    },
    "es": {
        "CHN": "china",
        "COL": "colombiana",
        "DZA": "argelina",
        "ECU": "ecuatoriana",
        "GIN": "guineana",
        "GMB": "gambiana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "HTI": "haitiana",
        "MAR": "marroquí",
        "MEX": "mexicana",
        "MLI": "maliense",
        "ROU": "rumana",
        "SEN": "senegalesa",
        "VEN": "venezolana",
    },
}

#: Other names a desk uses for a country (each unambiguous).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "MKD": ("Macedonia",),
        "RUS": ("Russian Federation",),
        "CZE": ("Czechia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne", "UK"),
        "VNM": ("Vietnam",),
        "DEU": ("RFA",),
        "USA": ("USA",),
        "CIV": ("Côte-d'Ivoire",),
    },
    "es": {
        "USA": ("EUA", "E.U.A.", "EE.UU."),
        "GBR": ("Gran Bretaña",),
        "ROU": ("Rumania",),
        "VNM": ("Viet Nam",),
        "CIV": ("Côte d'Ivoire",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
    },
}

#: Small typing slips a clerk makes in a name (the country stays clear).
_TYPOS: dict[str, dict[str, str]] = {
    "fr": {
        "AFG": "Afganistan",
        "ALB": "Albannie",
        "ERI": "Erythrée",
        "IRQ": "Irack",
        "ROU": "Roumanei",
        "DEU": "Allemgne",
        "GBR": "Royaume Unis",
        "MAR": "Marroc",
        "ITA": "Itallie",
        "FRA": "Frence",
    },
    "es": {
        "MAR": "Marrueco",
        "VEN": "Venezula",
        "COL": "Colomiba",
        "ECU": "Euador",
        "HTI": "Hiati",
        "GTM": "Guatemla",
        "HND": "Hondura",
        "ROU": "Rumaina",
        "DZA": "Argeria",
        "ESP": "Espana",
        "SEN": "Senagal",
        "MRT": "Mauritana",
        "MEX": "Mexíco",
        "PAN": "Panamà",
    },
}


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]]) if iso in COUNTRIES else iso


def _country(
    src: RacingSource, iso: str, rng: _Rng, *, nationality: bool
) -> tuple[str, str | None]:
    """Write one ISO alpha-3 country as the desk does; return (cell, tag of the form)."""
    lang = src.language
    forms = src.nat_forms if nationality else src.place_forms
    keys = list(forms)
    weights = np.array([forms[k] for k in keys], dtype=float)
    form = keys[int(rng.choice(len(keys), p=weights / weights.sum()))]
    name = _name(iso, lang)
    if form == "adjective" and iso in _ADJECTIVES[lang]:
        return _ADJECTIVES[lang][iso], "adjective"
    if form == "iso2":
        return iso_codes(iso)[0], "iso2"
    if form == "iso3":
        return iso, "iso3"
    if form == "upper":
        return name.upper(), "upper"
    if form == "alias" and iso in _ALIASES[lang]:
        return choice(rng, _ALIASES[lang][iso]), "alias"
    if form == "typo":
        typo = _TYPOS.get(lang, {}).get(iso) or (str(COUNTRIES[iso][5]) if lang == "en" else None)
        if typo:
            return typo, "typo"
    return name, None


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
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
_MX_MONTHS = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _fr_day(ts: pd.Timestamp) -> str:
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"


def _date(
    src: RacingSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Return (cell, expected date, precision, tag) of an event's date."""
    r = float(rng.random())
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    if src.style == "bha":
        if r < 0.74 or (r >= 0.88 and not partial_ok):
            return ts.strftime("%Y-%m-%d"), ts, "day", None
        if r < 0.88:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "long_date"
        if r < 0.95:
            return ts.strftime("%Y-%m"), month, "month", "partial_date"
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
    if src.style == "galop":
        if r < 0.82 or (r >= 0.92 and not partial_ok):
            return ts.strftime("%d/%m/%Y"), ts, "day", None
        if r < 0.92:
            return _fr_day(ts), ts, "day", "long_date"
        if r < 0.97:
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month, "month", "partial_date"
        return f"T{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
    if src.style == "zarzuela":
        if r < 0.86:
            return ts.to_pydatetime(), ts, "day", None
        if r < 0.95:
            return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"
        return ts.strftime("%d-%m-%Y"), ts, "day", "text_date"
    if src.style == "americas":
        if r < 0.66:
            return ts.strftime("%d/%m/%Y"), ts, "day", None
        if r < 0.9:
            return f"{ts.day:02d}/{_MX_MONTHS[ts.month - 1]}/{ts.year}", ts, "day", "month_abbr"
        return ts.strftime("%d/%m/%y"), ts, "day", "two_digit_year"
    # remon
    if r < 0.74:
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if r < 0.9:
        return str((ts.normalize() - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
    return ts.strftime("%Y/%m/%d"), ts, "day", "year_first"


def _bad_date(src: RacingSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        if rng.random() < 0.7:
            return None
        return {"en": "n/k", "fr": "N.C."}.get(src.language, "s/f")
    if kind == "bad_date":  # 30 February does not exist
        if src.style == "bha":
            return f"{ts.year}-02-30"
        if src.style == "americas":
            return f"30/FEB/{ts.year}"
        return f"30/02/{ts.year}"
    future = ts.replace(year=ts.year + 10)  # a slip of the decade key
    if src.style == "zarzuela":
        return future.to_pydatetime()
    if src.style == "bha":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: RacingSource, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row (the day after its last event)."""
    day = last + pd.Timedelta(days=1)
    if src.style == "zarzuela":
        return day.to_pydatetime()
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
def _persons(src: RacingSource, n: int, rng: _Rng) -> tuple[object, float | None, str | None]:
    """Return (cell, expected count, tag) of a count of persons."""
    r = float(rng.random())
    if r < 0.015:
        return choice(rng, src.count_unknown), None, "count_placeholder"
    numeric = src.format != "csv"
    if n >= 1000 and (not numeric or r < 0.4):
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", n, "thousands"
    if src.number_words and n <= len(src.number_words) and r > 0.96:
        return src.number_words[n - 1], n, "count_word"
    return (n if numeric else str(n)), n, None


def _suspects(
    src: RacingSource, n: int | None, rng: _Rng, *, blank: bool
) -> tuple[object, float | None, str | None]:
    """Return (cell, expected count, tag) of a count of suspects."""
    if blank:
        return None, None, "blank_n_suspects"
    if n is None:
        return None, None, None
    r = float(rng.random())
    if r < 0.02:
        return choice(rng, src.unknown), None, "suspects_placeholder"
    if n == 0 and r < 0.35:
        return src.zero, 0, "zero_word"
    return (n if src.format != "csv" else str(n)), n, None


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second of arc
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemi}"
    back = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, back


def _place(
    src: RacingSource, lat: float, lon: float, rng: _Rng, *, blank: bool
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Return (cells, expected lat, expected lon, tag) of the place of detection."""
    key = "coordinates" if src.style in ("zarzuela", "remon") else "lat"
    if blank:
        return {}, None, None, "blank_coordinates"
    r = float(rng.random())
    if r < 0.04:
        return {}, None, None, "coords_missing"
    if r < 0.05:
        word = choice(rng, src.unknown)
        cells: dict[str, object] = (
            {key: word} if key == "coordinates" else {"lat": word, "lon": word}
        )
        return cells, None, None, "coords_placeholder"
    if src.style == "bha":
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo, None
    if src.style == "galop":
        la, lo = round(lat, 5), round(lon, 5)
        text = {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}
        return dict(text), la, lo, "decimal_comma"
    if src.style == "zarzuela":
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, "coords_pair"
    if src.style == "americas":
        return {"lat": f"{lat:.6f}", "lon": f"{lon:.6f}"}, lat, lon, None
    lat_text, la = _dms(lat, "N", "S")
    lon_text, lo = _dms(lon, "E", "W")
    return {"coordinates": f"{lat_text} {lon_text}"}, la, lo, "coords_dms"


# --------------------------------------------------------------------------------------
# One event as a desk writes it
# --------------------------------------------------------------------------------------
def _int(value: object) -> int:
    return int(str(value))


def _word(src: RacingSource, column: str, value: str, rng: _Rng) -> str:
    forms = src.words[column][value]
    return forms[0] if len(forms) == 1 or rng.random() < 0.65 else choice(rng, forms[1:])


def _noisy(text: str, rng: _Rng) -> tuple[str, bool]:
    r = float(rng.random())
    if r < 0.025:
        return text.upper(), text.upper() != text
    if r < 0.045:
        return text.lower(), text.lower() != text
    if r < 0.06:
        return f" {text}  ", True
    return text, False


def _render(
    src: RacingSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(name: str | None) -> None:
        if name is not None:
            tags.append(name)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, exp["date_precision"], t = _date(src, ts, rng, partial_ok=partial_ok)
    exp["event_date"] = day
    tag(t)

    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _word(src, "crime_type", crime, rng), crime
    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: blank or the desk's "not applicable"
        cells["exploitation"] = src.not_applicable if rng.random() < 0.3 else None
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tag("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"], t = _persons(src, _int(ev["n_persons"]), rng)
    tag(t)
    sus = ev["n_suspects"]
    cells["n_suspects"], exp["n_suspects"], t = _suspects(
        src, None if sus is None else _int(sus), rng, blank=forced_blank == "n_suspects"
    )
    tag(t)

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        blank_word = forced_blank != "gender" and rng.random() < 0.5
        cells["gender"] = choice(rng, src.unknown) if blank_word else None
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender

    age = str(ev["age_group"])
    if rng.random() < 0.015:
        cells["age_group"], exp["age_group"] = choice(rng, src.unknown), "unknown"
        tag("na_word")
    else:
        cells["age_group"], exp["age_group"] = _word(src, "age_group", age, rng), age

    mode = str(ev["transport_mode"])
    r = float(rng.random())
    if r < 0.015:
        cells["transport_mode"], exp["transport_mode"] = src.not_applicable, "unknown"
        tag("na_word")
    elif r < 0.03:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.unknown), "unknown"
        tag("na_word")
    else:
        cells["transport_mode"] = _word(src, "transport_mode", mode, rng)
        exp["transport_mode"] = mode

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.02:
        use_word = forced_blank != "nationality" and rng.random() < 0.5
        cells["nationality"] = choice(rng, src.unknown) if use_word else None
        exp["nationality"] = None
        tag("blank_nationality")
    else:
        cells["nationality"], t = _country(src, nat, rng, nationality=True)
        exp["nationality"] = nat
        tag(None if t is None else f"{t}:nationality")

    for col in ("origin_country", "destination_country"):
        if col not in src.headers:
            exp[col] = None
            continue
        iso = ev[col]
        if iso is None or rng.random() < 0.03:
            cells[col], exp[col] = None, None
            if iso is not None:
                tag(f"empty:{col}")
            continue
        cells[col], t = _country(src, str(iso), rng, nationality=False)
        exp[col] = iso
        tag(None if t is None else f"{t}:{col}")

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tag("blank_detection_country")
    elif src.style == "bha" and det == "GBR" and rng.random() < 0.15:
        scots = str(ev.get("hotspot") or "").startswith("Glasgow")
        cells["detection_country"] = "Scotland" if scots else "England"
        exp["detection_country"] = det
        tag("home_nation:detection_country")
    else:
        cells["detection_country"], t = _country(src, det, rng, nationality=False)
        exp["detection_country"] = det
        tag(None if t is None else f"{t}:detection_country")

    transit = ev["transit_countries"]
    if transit is None:
        direct = src.style in ("bha", "galop") and rng.random() < 0.4
        cells["transit_countries"] = (
            ("Direct" if src.style == "bha" else "Aucun") if direct else None
        )
        exp["transit_countries"] = None
        tag("direct_word" if direct else None)
    elif rng.random() < 0.03:
        cells["transit_countries"], exp["transit_countries"] = None, None
        tag("empty:transit_countries")
    else:
        parts = [_country(src, c, rng, nationality=False)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = transit

    place, exp["lat"], exp["lon"], t = _place(
        src,
        float(str(ev["lat"])),
        float(str(ev["lon"])),
        rng,
        blank=forced_blank == "coordinates",
    )
    cells.update(place)
    tag(t)

    offences = ev["linked_offences"]
    if offences is None:
        none_word = src.style == "galop" and rng.random() < 0.25
        cells["linked_offences"] = "Néant" if none_word else None
        tag("none_word" if none_word else None)
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    exp["linked_offences"] = offences

    if "status" in src.headers:
        cells["status"] = choice(rng, src.words["status"]["_"])

    # Case and spacing slips in the free-text cells; Mexican forms in capitals.
    text_cols = (
        "crime_type",
        "exploitation",
        "gender",
        "age_group",
        "transport_mode",
        "nationality",
        "origin_country",
        "destination_country",
        "detection_country",
        "transit_countries",
    )
    if src.style == "americas" and rng.random() < 0.7:
        for col in (*text_cols, "linked_offences"):
            value = cells.get(col)
            if isinstance(value, str):
                cells[col] = value.upper()
        tag("upper_row")
    else:
        changed = False
        for col in text_cols:
            value = cells.get(col)
            if isinstance(value, str):
                cells[col], hit = _noisy(value, rng)
                changed = changed or hit
        tag("case" if changed else None)
    if src.style == "remon" and rng.random() < 0.1:  # rows imported from the old system
        changed = False
        for col in (*text_cols, "linked_offences"):
            value = cells.get(col)
            garbled = mojibake(value) if isinstance(value, str) else None
            if garbled is not None:
                cells[col], changed = garbled, True
        tag("mojibake" if changed else None)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_BHA = RacingSource(
    source="bha_integrity_intel",
    filename="bha_integrity_intel_mb.jsonl",
    ref="INT-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "intel_ref",
        "event_date": "date_of_information",
        "crime_type": "concern_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_affected",
        "n_suspects": "subjects_identified",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "country_of_encounter",
        "transit_countries": "route_via",
        "transport_mode": "method_of_travel",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associated_offending",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "see log", "tbc - large group"),
    repeats=False,
    style="bha",
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
            "smuggling": ("Facilitation of illegal entry", "Facilitation", "People smuggling"),
            "both": ("Modern slavery & facilitation", "MSHT / facilitation"),
        },
        "exploitation": {
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "sexual": ("Sexual exploitation",),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Organ harvesting",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "adult": ("Adult", "18+"),
            "child": ("Under 18", "Minor", "Child"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "land": ("Road", "Lorry", "Land"),
            "sea": ("Small boat", "Sea", "RHIB"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "corruption": ("Bribery", "Corruption"),
            "cybercrime": ("Cyber-enabled",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("n/k", "Unknown", "Not known"),
    not_applicable="N/A",
    zero="None",
    count_unknown=("n/k", "unknown"),
    number_words=(),
    offence_sep="; ",
    transit_sep=" > ",
    thousands=",",
    nat_forms={"adjective": 0.6, "name": 0.25, "iso2": 0.1, "alias": 0.03, "typo": 0.02},
    place_forms={"name": 0.8, "iso2": 0.12, "alias": 0.05, "typo": 0.03},
)

_GALOP = RacingSource(
    source="france_galop_securite",
    filename="france_galop_securite_mb.csv",
    ref="FG/SEC/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "status": "Statut",
    },
    note="Extraction provisoire – chiffres non consolidés",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "voir PV", "cf. rapport"),
    repeats=False,
    style="galop",
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Aide au séjour irrégulier",
                "Filière d'immigration irrégulière",
            ),
            "both": ("TEH + aide au séjour irrégulier", "Traite et aide à l'entrée irrégulière"),
        },
        "exploitation": {
            "forced_labour": ("Exploitation par le travail", "Travail forcé"),
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "forced_marriage": ("Mariage forcé",),
            "organ_removal": ("Prélèvement d'organes",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("H", "Homme(s)", "Masculin"),
            "female": ("F", "Femme(s)", "Féminin"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "adult": ("Majeur", "Majeurs"),
            "child": ("Mineur", "MNA", "Mineurs"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "land": ("Routier", "Poids lourd", "Véhicule léger"),
            "sea": ("Maritime", "Small boat", "Embarcation"),
            "air": ("Aérien",),
        },
        "linked_offences": {
            "document_fraud": ("Faux documents", "Fraude documentaire"),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "corruption": ("Corruption",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
        "status": {"_": ("En cours", "Clôturé", "Transmis au parquet", "Signalé à l'OCRTEH")},
    },
    unknown=("N.C.", "inconnu", "Non renseigné"),
    not_applicable="Sans objet",
    zero="aucun",
    count_unknown=("N.C.", "non déterminé"),
    number_words=("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    offence_sep=", ",
    transit_sep=", ",
    thousands="\u00a0",
    nat_forms={"adjective": 0.45, "upper": 0.2, "iso3": 0.15, "name": 0.15, "typo": 0.05},
    place_forms={"name": 0.6, "upper": 0.28, "typo": 0.06, "alias": 0.06},
)

_ZARZUELA = RacingSource(
    source="zarzuela_seguridad",
    filename="zarzuela_seguridad_mb.xlsx",
    ref="HZ-{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas/migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
        "status": "Estado",
    },
    note="Nota: datos provisionales pendientes de validar",
    total="TOTAL",
    bad_count=("varios", "ver atestado"),
    repeats=False,
    style="zarzuela",
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH"),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal",
                "Tráfico ilícito de migrantes",
                "Inmigración irregular (favorecimiento)",
            ),
            "both": ("Trata + favorecimiento inmigración ilegal", "TSH y tráfico de migrantes"),
        },
        "exploitation": {
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "sexual": ("Explotación sexual",),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "forced_marriage": ("Matrimonio forzado",),
            "organ_removal": ("Extracción de órganos",),
            "other": ("Otros fines",),
        },
        "gender": {
            "male": ("Varón", "Hombres", "V"),
            "female": ("Mujer", "Mujeres"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "adult": ("Adulto", "Mayor de edad", "Adultos"),
            "child": ("Menor", "Menor de edad", "MENA"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "land": ("Terrestre", "Vehículo", "Camión"),
            "sea": ("Marítimo", "Patera", "Cayuco", "Neumática"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas",),
            "corruption": ("Cohecho",),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
        "status": {"_": ("Abierto", "Cerrado", "Remitido a Policía Nacional", "En seguimiento")},
    },
    unknown=("No consta", "Desconocido", "S/D"),
    not_applicable="No procede",
    zero="Ninguno",
    count_unknown=("No consta",),
    number_words=(),
    offence_sep=" / ",
    transit_sep=" - ",
    thousands=".",
    nat_forms={"name": 0.7, "adjective": 0.15, "upper": 0.1, "typo": 0.05},
    place_forms={"name": 0.82, "upper": 0.08, "typo": 0.05, "alias": 0.05},
)

_AMERICAS = RacingSource(
    source="hipodromo_americas_seguridad",
    filename="hipodromo_americas_seguridad_mb.csv",
    ref="HA/SEG/{year}/{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "FOLIO",
        "event_date": "FECHA DE LOS HECHOS",
        "crime_type": "TIPO DE DELITO",
        "exploitation": "MODALIDAD DE EXPLOTACIÓN",
        "n_persons": "NO. DE VÍCTIMAS / MIGRANTES",
        "n_suspects": "PROBABLES RESPONSABLES",
        "gender": "SEXO",
        "age_group": "GRUPO DE EDAD",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAÍS DE ORIGEN",
        "destination_country": "PAÍS DE DESTINO",
        "detection_country": "PAÍS DONDE SE DETECTÓ",
        "transit_countries": "PAÍSES DE TRÁNSITO",
        "transport_mode": "MEDIO DE TRANSPORTE",
        "lat": "LATITUD",
        "lon": "LONGITUD",
        "linked_offences": "DELITOS RELACIONADOS",
    },
    note="NOTA: INFORMACIÓN PRELIMINAR, SUJETA A CAMBIOS",
    total="TOTAL GENERAL",
    bad_count=("VARIOS", "SIN CUANTIFICAR"),
    repeats=True,
    style="americas",
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de personas", "Tráfico de indocumentados"),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "forced_labour": ("Trabajos forzados", "Explotación laboral"),
            "sexual": ("Explotación sexual",),
            "forced_criminality": ("Actividades delictivas",),
            "forced_marriage": ("Matrimonio forzoso",),
            "organ_removal": ("Extracción de órganos",),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Masculino", "Hombre"),
            "female": ("Femenino", "Mujer"),
            "mixed": ("Ambos", "Mixto"),
        },
        "age_group": {
            "adult": ("Mayor de edad", "Adulto"),
            "child": ("NNA", "Menor de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("Terrestre", "Tractocamión", "A pie"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
            "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("Delitos contra la salud",),
            "corruption": ("Cohecho",),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("Se desconoce", "Sin dato", "N/D"),
    not_applicable="N/A",
    zero="Ninguno",
    count_unknown=("Sin dato", "Por determinar"),
    number_words=("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    offence_sep=", ",
    transit_sep=", ",
    thousands=",",
    nat_forms={"adjective": 0.65, "name": 0.3, "typo": 0.05},
    place_forms={"name": 0.85, "alias": 0.1, "typo": 0.05},
)

_REMON = RacingSource(
    source="hipodromo_remon_seguridad",
    filename="hipodromo_remon_seguridad_mb.csv",
    ref="HPR-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares del Departamento de Seguridad",
    total="Total",
    bad_count=("varios", "pendiente"),
    repeats=True,
    style="remon",
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "sexual": ("Explotación sexual comercial",),
            "forced_criminality": ("Actividades ilícitas forzadas",),
            "forced_marriage": ("Matrimonio servil",),
            "organ_removal": ("Extracción de órganos",),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Masculino",),
            "female": ("Femenino",),
            "mixed": ("Mixto", "Ambos"),
        },
        "age_group": {
            "adult": ("Adulto", "Adultos"),
            "child": ("Menor", "NNA"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "land": ("Terrestre", "A pie"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Narcotráfico",),
            "corruption": ("Corrupción de servidores públicos",),
            "cybercrime": ("Delito informático",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("Desconocido", "S/D", "N/D"),
    not_applicable="No aplica",
    zero="Ninguno",
    count_unknown=("S/D",),
    number_words=(),
    offence_sep="; ",
    transit_sep="; ",
    thousands=",",
    nat_forms={"adjective": 0.5, "name": 0.45, "typo": 0.05},
    place_forms={"name": 0.9, "typo": 0.05, "alias": 0.05},
)

#: The five desks, in the order of the submissions.
SOURCES: tuple[RacingSource, ...] = (_BHA, _GALOP, _ZARZUELA, _AMERICAS, _REMON)

#: The variant: who first reports the events of each detection country, who compiles the
#: rest (Italy, Greece, Croatia, Poland: the BHA's European partner intelligence) and who
#: may report an event a second time.
BLIND338: Examiner[RacingSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _BHA.source,
        "FRA": _GALOP.source,
        "ESP": _ZARZUELA.source,
        "USA": _AMERICAS.source,
        "PAN": _REMON.source,
    },
    compilation=_BHA.source,
    secondary={
        ("channel", "FRA"): _BHA.source,  # Calais / Dunkirk finds bound for British yards
        ("channel", "GBR"): _GALOP.source,  # Dover finds that left from the French coast
        ("thb_nga_ita", "ITA"): _GALOP.source,
        ("wmed", "ESP"): _GALOP.source,  # Moroccan grooms bound for Chantilly yards
        ("thb_rou_esp", "ITA"): _ZARZUELA.source,
        ("darien", "PAN"): _AMERICAS.source,  # workers heading north to Mexican tracks
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=338,
    blank_share=0.35,
)


def make_blind338(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five racing desks of ``blind338`` would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``bha_integrity_intel_mb.jsonl`` (English, UTF-8),
        ``france_galop_securite_mb.csv`` (French, cp1252, ``;``),
        ``zarzuela_seguridad_mb.xlsx`` (Spanish),
        ``hipodromo_americas_seguridad_mb.csv`` (Mexican Spanish, UTF-16, tab) and
        ``hipodromo_remon_seguridad_mb.csv`` (Panamanian Spanish, UTF-8 with BOM, ``,``),
        each with the expected clean value of every row it writes.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind338(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bha_integrity_intel_mb.jsonl', 'france_galop_securite_mb.csv',
     'zarzuela_seguridad_mb.xlsx', 'hipodromo_americas_seguridad_mb.csv',
     'hipodromo_remon_seguridad_mb.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-16', 'utf-8-sig']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND338, truth, seed=seed)
