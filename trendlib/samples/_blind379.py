"""Examiner sample set ``blind379`` (files ``*_nq.*``): youth hostels and YMCAs.

Five agencies that house young people and meet, among their residents, smuggled and
exploited youths, each writing its own export:

``ymca_uk_safeguarding_nq.csv``
    The safeguarding team of the YMCAs in the United Kingdom (supported housing for 16-25
    year olds). An English safeguarding log exported as CSV, UTF-8 with BOM, ``,``;
    dates ``17/05/2023`` or ``7 May 2023`` (a few ``May 2023``); nationalities often as
    demonyms (``Vietnamese``, ``Afghan``); "England" / "Scotland" / "UK" for the country;
    routes joined by `` > ``; small counts sometimes in words; "None" perpetrators; no
    coordinates. Reports the UK's events (first) and some Channel events detected in
    France (second).
``fuaj_vigilance_nq.csv``
    The vigilance desk of the Fédération unie des auberges de jeunesse (FUAJ), France. A
    French spreadsheet saved as CSV, cp1252, ``;``, CRLF; dates ``17/05/2023`` or
    ``17/05/23`` (a few ``mai 2023``); nationalities as (feminine) adjectives
    (``afghane``), names without accents or in capitals, some mojibake pasted from a web
    form (``Ã‰rythrÃ©e``); ``MNA`` for unaccompanied minors; ``NC`` for an unknown count;
    no coordinates. Reports France's events (first) and some Channel events detected in
    the UK (second).
``reaj_albergues_nq.xlsx``
    The Red Española de Albergues Juveniles (REAJ): albergues in Canarias, Ceuta, Melilla
    and Andalucía, some used as emergency reception. Spanish XLSX; dates as Excel dates,
    typed text ``17/05/2023`` or bare serial numbers (a few ``T2 2023``, ``mayo 2023``);
    ``H`` / ``M`` for hombre / mujer; ``MENA``; Criminal Code articles (177 bis, 318 bis);
    ``Directo`` for no transit; arrival point coordinates in a minority of rows, as
    numbers or as text with a decimal comma. Reports Spain's events (first) and some
    Romanian trafficking cases detected in Italy (second).
``alianza_ymca_lac_nq.csv``
    The Alianza Latinoamericana y del Caribe de YMCAs, consolidating YMCA Panamá (Darién
    reception points, KoboToolbox forms) and YMCA México (Casas YMCA de Menores
    Migrantes on the US border). Excel "Unicode text": UTF-16 with BOM, tab-delimited;
    dates ``17/05/2023`` or ``17-may-2023`` (a few ``mayo de 2023``); ``NNA`` for children;
    ``F`` / ``M`` for femenino / masculino; ``1,200`` for twelve hundred; Kobo geopoints
    ``lat lon alt precision`` (``0 0 0 0`` when the GPS failed). Reports Panama's and the
    United States' events (first) and re-sends a few of its rows (exact repeats).
``hostelling_international_nq.jsonl``
    Hostelling International's safeguarding desk, compiling its member associations
    (Italy, Greece, Croatia, Poland, ...). JSON lines from its platform, English, camelCase
    keys; ISO 2 codes (a few ISO 3, numeric or names); dates ISO ``2023-05-17`` or
    ``2023-05-17T14:20:00Z`` (some ``2023-05`` or ``2023-Q2``); counts as numbers;
    ``lat`` / ``lng``. Reports every event no national agency reports (first) and some
    Romanian and Vietnamese trafficking cases reported first elsewhere (second).

Every cell is written so that a careful analyst reads the truth's value from it; where a
cell says nothing (an unknown word, a placeholder, a blank), the truth expects nothing
(or ``unknown``) and the row's messiness tags say so.
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

__all__ = ["BLIND379", "SOURCES", "Agency", "make_blind379"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of the set with its own wording.

    Attributes
    ----------
    vocab : dict
        Canonical column -> canonical value -> the agency's words (first = the usual one).
    unknown : dict
        Canonical column -> the agency's words for "not known".
    country_style : dict
        Style of a country cell -> weight (``name``, ``demonym``, ``iso2``, ``iso3``,
        ``numeric``, ``alias``, ``typo``, ``noaccent``, ``mojibake``, ``upper``, ``spaced``).
    transit_seps : tuple of str
        Separators of a transit-country list.
    offence_sep : str
        Separator of linked offences.
    count_placeholders : tuple of str
        Words of an unknown count of persons (the record is kept with no count).
    zero_words : tuple of str
        Words for no suspect at all.
    partial_rate : float
        Share of rows dated by month or quarter only (when the row may be partial).
    """

    vocab: dict[str, dict[str, tuple[str, ...]]]
    unknown: dict[str, tuple[str, ...]]
    country_style: dict[str, float]
    transit_seps: tuple[str, ...]
    offence_sep: str
    count_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    partial_rate: float


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Nationality words (demonyms) of each language, for the countries of the events.
_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
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
        "AFG": ("afghane", "afghan"),
        "IRN": ("iranienne", "iranien"),
        "IRQ": ("irakienne", "irakien"),
        "ALB": ("albanaise", "albanais"),
        "ERI": ("érythréenne", "érythréen"),
        "SYR": ("syrienne", "syrien"),
        "VNM": ("vietnamienne", "vietnamien"),
    },
    "es": {
        "MAR": ("marroquí",),
        "DZA": ("argelina", "argelino"),
        "GIN": ("guineana", "guineano"),
        "MLI": ("maliense",),
        "SEN": ("senegalesa", "senegalés"),
        "GMB": ("gambiana", "gambiano"),
        "CIV": ("marfileña", "marfileño"),
        "ROU": ("rumana", "rumano"),
        "VEN": ("venezolana", "venezolano"),
        "ECU": ("ecuatoriana", "ecuatoriano"),
        "HTI": ("haitiana", "haitiano"),
        "COL": ("colombiana", "colombiano"),
        "CHN": ("china", "chino"),
        "MEX": ("mexicana", "mexicano"),
        "GTM": ("guatemalteca", "guatemalteco"),
        "HND": ("hondureña", "hondureño"),
    },
}

#: Other names a clerk of each language uses for a country (never ambiguous).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "USA": ("USA", "US"),
        "CIV": ("Ivory Coast",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "VNM": ("Vietnam",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "EE. UU."),
        "GBR": ("Gran Bretaña",),
        "CIV": ("Costa de Marfil",),
        "VNM": ("Viet Nam",),
    },
}


def _strip_accents(text: str) -> str:
    """Drop the accents (``Érythrée`` -> ``Erythree``); the usual habit of a keyboard."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _swap(text: str) -> str:
    """Swap two letters in the middle of a long name (a typing slip); else unchanged."""
    if len(text) < 7:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _country(
    src: Agency, iso: str, rng: _Rng, *, column: str, style: str | None = None
) -> tuple[str, str]:
    """Write one country as the agency does; return (cell, tag or "")."""
    lang = src.language
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[lang]])
    if style is None:
        style = _draw(rng, src.country_style)
    text, tag = name, ""
    if style == "demonym" and column == "nationality" and iso in _DEMONYMS[lang]:
        text, tag = choice(rng, _DEMONYMS[lang][iso]), "demonym"
    elif style == "iso2":
        text, tag = iso_codes(iso)[0], "iso2"
    elif style == "iso3":
        text, tag = iso, "iso3"
    elif style == "numeric":
        text, tag = iso_codes(iso)[1], "numeric"
    elif style == "alias" and _ALIASES[lang].get(iso):
        text, tag = choice(rng, _ALIASES[lang][iso]), "alias"
    elif style == "typo":
        typo = str(row[5]) if lang == "en" else _swap(name)
        if typo != name:
            text, tag = typo, "typo"
    elif style == "noaccent" and _strip_accents(name) != name:
        text, tag = _strip_accents(name), "noaccent"
    elif style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            text, tag = garbled, "mojibake"
    elif style == "upper":
        text, tag = _strip_accents(name).upper() if lang == "fr" else name.upper(), "case"
    elif style == "spaced":
        text, tag = f" {name.lower()} ", "case"
    if not fits(text, src):
        text, tag = _strip_accents(name), "noaccent"
    return text, (f"{tag}:{column}" if tag else "")


def _draw(rng: _Rng, weights: dict[str, float]) -> str:
    """Draw one key of ``weights`` with its weight."""
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(src: Agency, column: str, value: str, rng: _Rng) -> str:
    """Return the agency's word for a canonical value (the usual one 60 % of the time)."""
    words = src.vocab[column][value]
    return words[0] if len(words) == 1 or rng.random() < 0.6 else choice(rng, words[1:])


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _day_cell(src: Agency, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Return a day-precise date cell in one of the agency's styles, with its tag."""
    m = ts.month - 1
    r = rng.random()
    if src.source == "ymca_uk_safeguarding":
        if r < 0.8:
            return ts.strftime("%d/%m/%Y"), ""
        return f"{ts.day} {MONTHS[m]} {ts.year}", "date:long"
    if src.source == "fuaj_vigilance":
        if r < 0.85:
            return ts.strftime("%d/%m/%Y"), ""
        return ts.strftime("%d/%m/%y"), "date:short_year"
    if src.source == "reaj_albergues":
        if r < 0.7:
            return ts.to_pydatetime(), ""
        if r < 0.85:
            return ts.strftime("%d/%m/%Y"), "date:text"
        return int((ts.normalize() - _EXCEL_EPOCH).days), "date:serial"
    if src.source == "alianza_ymca_lac":
        if r < 0.75:
            return ts.strftime("%d/%m/%Y"), ""
        return f"{ts.day:02d}-{_MONTHS['es'][m][:3]}-{ts.year}", "date:short_month"
    # hostelling_international: ISO dates from the platform, a time when it logged one
    if r < 0.65:
        return ts.strftime("%Y-%m-%d"), ""
    hour, minute = 8 + ts.day_of_year % 12, (ts.day * 7) % 60
    return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00Z", "date:iso_datetime"


def _partial_cell(src: Agency, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Return a month- or quarter-only date cell and its precision ("month", "quarter")."""
    m = ts.month - 1
    if src.source == "ymca_uk_safeguarding":
        return f"{MONTHS[m]} {ts.year}", "month"
    if src.source == "fuaj_vigilance":
        return f"{_MONTHS['fr'][m]} {ts.year}", "month"
    if src.source == "reaj_albergues":
        if rng.random() < 0.6:
            return f"T{ts.quarter} {ts.year}", "quarter"
        return f"{_MONTHS['es'][m]} {ts.year}", "month"
    if src.source == "alianza_ymca_lac":
        return f"{_MONTHS['es'][m]} de {ts.year}", "month"
    if rng.random() < 0.5:
        return ts.strftime("%Y-%m"), "month"
    return f"{ts.year}-Q{ts.quarter}", "quarter"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: blank, impossible, or ten years on."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = ts.replace(year=ts.year + 10)
        cell, _ = _day_cell(src, later, rng)
        if isinstance(cell, int):  # a serial number stays a date: write the Excel date
            return later.to_pydatetime()
        return cell
    # an impossible day: the 31st of a 30-day month, or the 30th of February
    month = int(choice(rng, ("2", "4", "6", "9", "11")))
    day = 30 if month == 2 else 31
    if src.source == "hostelling_international":
        return f"{ts.year}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the extraction date on the agency's note row (a week after its last row)."""
    day = last + pd.Timedelta(days=7)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.source == "hostelling_international":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Other cells
# --------------------------------------------------------------------------------------
_NUMBER_WORDS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)


def _count_cell(src: Agency, n: int, rng: _Rng) -> tuple[object, str]:
    """Return a count of persons as the agency writes it (number, word, thousands)."""
    if src.source == "ymca_uk_safeguarding" and n <= 12 and rng.random() < 0.08:
        word = _NUMBER_WORDS[n - 1]
        return (word.capitalize() if rng.random() < 0.5 else word), "count_word"
    if n >= 1000:
        if src.source == "alianza_ymca_lac":
            return f"{n // 1000},{n % 1000:03d}", "thousands:n_persons"
        if src.source == "reaj_albergues" and rng.random() < 0.5:
            return f"{n // 1000}.{n % 1000:03d}", "thousands:n_persons"
    if src.format == "csv":
        return str(n), ""
    return n, ""


def _number(src: Agency, n: int) -> object:
    """Return a plain number: text in a CSV file, a number in XLSX or JSON."""
    return str(n) if src.format == "csv" else n


def _coords(
    src: Agency, ev: dict[str, object], rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Coordinate cells of the agency; return (cells, expected lat, lon, tag)."""
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if src.source == "alianza_ymca_lac":
        if ev["detection_country"] != "PAN":  # the Casas YMCA do not geotag a US detection
            return {"coordinates": None}, None, None, "coords_missing"
        if rng.random() < 0.04:  # the tablet had no fix
            return {"coordinates": "0 0 0 0"}, None, None, "coords_placeholder"
        alt = 20 + int(rng.integers(0, 400))
        acc = round(3 + 12 * float(rng.random()), 1)
        cell = f"{lat:.6f} {lon:.6f} {alt}.0 {acc}"
        return {"coordinates": cell}, lat, lon, "kobo_geopoint"
    if src.source == "reaj_albergues":
        if rng.random() < 0.65:  # arrival point left blank (asked "si se conoce")
            return {"lat": None, "lon": None}, None, None, "coords_missing"
        if rng.random() < 0.3:
            t_lat = f"{lat:.5f}".replace(".", ",")
            t_lon = f"{lon:.5f}".replace(".", ",")
            return {"lat": t_lat, "lon": t_lon}, lat, lon, "decimal_comma:coordinates"
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, ""
    if src.source == "hostelling_international":
        if rng.random() < 0.06:
            return {"lat": None, "lon": None}, None, None, "coords_missing"
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, ""
    return {}, None, None, "coords_missing"  # the UK and French logs have no coordinates


_SITES: dict[str, dict[str, str]] = {
    "fuaj_vigilance": {
        "Calais": "AJ Calais",
        "Dunkirk/Gravelines": "AJ Dunkerque",
        "Dover": "AJ Calais",
    },
    "reaj_albergues": {
        "Gran Canaria": "Canarias",
        "Tenerife": "Canarias",
        "El Hierro": "Canarias",
        "Lanzarote": "Canarias",
        "Ceuta": "Ceuta",
        "Melilla": "Melilla",
        "Almería": "Andalucía (Inturjoven)",
        "Huelva": "Andalucía (Inturjoven)",
        "Almería (El Ejido)": "Andalucía (Inturjoven)",
        "Latina (Agro Pontino)": "Italia (vía AIG)",
    },
    "hostelling_international": {
        "ITA": "AIG Italy",
        "GRC": "Greek Youth Hostels",
        "HRV": "HFHS Croatia",
        "POL": "PTSM Poland",
        "ESP": "REAJ Spain",
        "GBR": "YHA England & Wales",
    },
}
_UK_REFERRALS = (
    "NRM (First Responder)",
    "Police",
    "Children's services",
    "Modern Slavery Helpline",
    "Migrant Help",
)


def _site(src: Agency, ev: dict[str, object], rng: _Rng) -> object:
    """Return the agency's own column beside the record fields (hostel, referral)."""
    hotspot, country = str(ev["hotspot"]), str(ev["detection_country"])
    if src.source == "ymca_uk_safeguarding":
        return choice(rng, _UK_REFERRALS)
    if src.source == "alianza_ymca_lac":
        if country == "PAN":
            return "YMCA Panamá - " + choice(rng, ("Lajas Blancas", "San Vicente", "Metetí"))
        return "YMCA México - Casa YMCA " + choice(
            rng, ("Agua Prieta", "Ciudad Juárez", "Piedras Negras")
        )
    table = _SITES[src.source]
    return table.get(hotspot, table.get(country, "Other"))


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    if partial_ok and rng.random() < src.partial_rate:
        cells["event_date"], precision = _partial_cell(src, ts, rng)
        period = "M" if precision == "month" else "Q"
        exp["event_date"] = ts.to_period(period).start_time
        exp["date_precision"] = precision
        tags.append("partial_date")
    else:
        cells["event_date"], tag = _day_cell(src, ts, rng)
        exp["event_date"], exp["date_precision"] = ts, "day"
        if tag:
            tags.append(tag)

    if "site" in src.headers:
        cells["site"] = _site(src, ev, rng)

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    word = _word(src, "crime_type", crime, rng)
    if src.source == "ymca_uk_safeguarding" and crime == "trafficking" and rng.random() < 0.05:
        word = word.lower()
        tags.append("case:crime_type")
    cells["crime_type"], exp["crime_type"] = word, crime
    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: the agency leaves it blank or says "not applicable"
        na = src.unknown.get("exploitation_na", ())
        cells["exploitation"] = choice(rng, na) if na and rng.random() < 0.35 else None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.unknown["exploitation"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        if (
            src.source == "ymca_uk_safeguarding"
            and expl == "sexual"
            and ev["age_group"] == "child"
            and rng.random() < 0.5
        ):
            cells["exploitation"] = "CSE"
            tags.append("acronym:exploitation")
        else:
            cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl

    # persons and suspects
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"], exp["n_persons"] = choice(rng, src.count_placeholders), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count_cell(src, n, rng)
        exp["n_persons"] = n
        if tag:
            tags.append(tag)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.unknown["n_suspects"]), None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _number(src, k), k

    # gender, age group, transport mode
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = choice(rng, src.unknown["gender"]), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", str(ev["gender"]), rng)
        exp["gender"] = ev["gender"]
    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.unknown[col]), "unknown"
            tags.append("na_word")
        else:
            words = src.vocab[col][str(ev[col])]
            if col == "transport_mode" and src.source == "reaj_albergues" and ev[col] == "sea":
                canarias = ev["corridor"] == "watl"
                words = ("Cayuco", "Neumática") if canarias else ("Patera", "Neumática")
            cells[col] = words[0] if rng.random() < 0.6 else choice(rng, words)
            exp[col] = ev[col]

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if col == "nationality" and rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, src.unknown["country"]), None
            tags.append("blank_nationality")
            continue
        if col == "origin_country" and rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.unknown["country"]), None
            tags.append("unknown:origin_country")
            continue
        text, tag = _country_cell(src, str(iso), ev, rng, col)
        cells[col], exp[col] = text, iso
        if tag:
            tags.append(tag)

    transit = ev["transit_countries"]
    if transit is None:
        direct = src.unknown.get("direct", ())
        cells["transit_countries"] = choice(rng, direct) if direct else None
        exp["transit_countries"] = None
        if direct:
            tags.append("direct_word")
    else:
        style = _draw(rng, {k: v for k, v in src.country_style.items() if k != "demonym"})
        parts = [
            _country(src, p, rng, column="transit_countries", style=style)
            for p in str(transit).split("|")
        ]
        sep = choice(rng, src.transit_seps)
        cells["transit_countries"] = sep.join(p[0] for p in parts)
        exp["transit_countries"] = transit
        tags.extend(sorted({p[1] for p in parts if p[1]}))

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words_off = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words_off)
        exp["linked_offences"] = offences

    # coordinates
    coord_cells, lat, lon, tag = _coords(src, ev, rng)
    if forced_blank == "coordinates":
        coord_cells = dict.fromkeys(coord_cells)
        lat = lon = None
        tag = "blank_coordinates"
    cells.update(coord_cells)
    exp["lat"], exp["lon"] = lat, lon
    if tag:
        tags.append(tag)
    return cells, exp, tags


def _country_cell(
    src: Agency, iso: str, ev: dict[str, object], rng: _Rng, col: str
) -> tuple[str, str]:
    """Return a country cell with the agency's own habits for its own country."""
    if col == "detection_country":
        if src.source == "ymca_uk_safeguarding" and iso == "GBR" and rng.random() < 0.35:
            nation = "Scotland" if ev["hotspot"] == "Glasgow" else "England"
            return nation, "alias:detection_country"
        if src.source == "alianza_ymca_lac" and iso == "USA" and rng.random() < 0.4:
            return choice(rng, _ALIASES["es"]["USA"]), "alias:detection_country"
    if col == "destination_country":
        if src.source == "fuaj_vigilance" and iso == "GBR" and rng.random() < 0.3:
            return "Angleterre", "alias:destination_country"
        if src.source == "alianza_ymca_lac" and iso == "USA" and rng.random() < 0.4:
            return choice(rng, _ALIASES["es"]["USA"]), "alias:destination_country"
    return _country(src, iso, rng, column=col)


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_UK = Agency(
    source="ymca_uk_safeguarding",
    filename="ymca_uk_safeguarding_nq.csv",
    ref="SG-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Concern ID",
        "event_date": "Date concern raised",
        "crime_type": "Category of concern",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of people involved",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries travelled through)",
        "destination_country": "Intended destination",
        "detection_country": "Country identified",
        "transport_mode": "Method of travel",
        "n_suspects": "Perpetrators identified",
        "linked_offences": "Other offences",
        "site": "Referred to",
    },
    note="Extract from safeguarding log - figures provisional, not for onward circulation",
    total="TOTAL",
    bad_count=("several", "a few", "group"),
    repeats=False,
    vocab={
        "crime_type": {
            "trafficking": ("Modern slavery / trafficking", "Modern slavery", "Human trafficking"),
            "smuggling": ("People smuggling", "Smuggled (clandestine entry)"),
            "both": ("Smuggling + modern slavery", "Trafficking and smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": (
                "Criminal exploitation",
                "County lines",
                "Cannabis cultivation",
            ),
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
            "child": ("Under 18", "U18", "16-17"),
            "adult": ("18+", "18-25", "Adult"),
            "mixed": ("Mixed ages", "Under & over 18"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat", "Dinghy"),
            "land": ("Lorry", "HGV", "Car", "Coach"),
            "air": ("Flight", "Plane"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Fake ID"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Drug supply"),
            "cybercrime": ("Cyber-enabled crime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown={
        "exploitation": ("Not yet known", "Unclear"),
        "exploitation_na": ("N/A",),
        "n_suspects": ("Unknown", "Not known"),
        "gender": ("Not recorded", "Prefer not to say"),
        "age_group": ("Not known",),
        "transport_mode": ("Not known",),
        "country": ("Not known", "Unknown"),
    },
    country_style={
        "name": 0.56,
        "demonym": 0.25,
        "alias": 0.06,
        "typo": 0.04,
        "iso2": 0.03,
        "upper": 0.03,
        "spaced": 0.03,
    },
    transit_seps=(" > ",),
    offence_sep="; ",
    count_placeholders=("not known", "TBC"),
    zero_words=("None", "none identified"),
    partial_rate=0.03,
)

_FR = Agency(
    source="fuaj_vigilance",
    filename="fuaj_vigilance_nq.csv",
    ref="FUAJ-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date du signalement",
        "site": "Auberge",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes concernées",
        "n_suspects": "Nb d'auteurs présumés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination envisagée",
        "detection_country": "Pays de détection",
        "transport_mode": "Mode de passage",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction cellule vigilance - données provisoires, diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "quelques-uns", "groupe"),
    repeats=False,
    vocab={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
                "Passeurs / trafic de migrants",
            ),
            "both": ("TEH et trafic de migrants", "Traite + aide à l'entrée irrégulière"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("F", "Féminin", "Femmes"),
            "male": ("M", "Masculin", "Hommes"),
            "mixed": ("Mixte", "F et M"),
        },
        "age_group": {
            "child": ("MNA", "Mineur", "Mineurs"),
            "adult": ("Majeur", "Jeune majeur", "Majeurs"),
            "mixed": ("Mineurs et majeurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation", "Bateau pneumatique"),
            "land": ("Camion", "Poids lourd", "Voiture", "À pied"),
            "air": ("Avion", "Aérien"),
        },
        "linked_offences": {
            "document_fraud": ("Faux documents", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    unknown={
        "exploitation": ("Non déterminée", "À préciser"),
        "exploitation_na": ("Sans objet",),
        "n_suspects": ("inconnu", "NC"),
        "gender": ("Non renseigné",),
        "age_group": ("Non renseigné",),
        "transport_mode": ("Non renseigné",),
        "country": ("Inconnue", "Non renseigné"),
    },
    country_style={
        "name": 0.5,
        "demonym": 0.22,
        "noaccent": 0.1,
        "upper": 0.07,
        "mojibake": 0.06,
        "iso2": 0.03,
        "typo": 0.02,
    },
    transit_seps=(", ", " / "),
    offence_sep=" / ",
    count_placeholders=("NC", "non communiqué"),
    zero_words=("aucun", "0 (aucun)"),
    partial_rate=0.04,
)

_ES = Agency(
    source="reaj_albergues",
    filename="reaj_albergues_nq.xlsx",
    ref="REAJ/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de detección",
        "site": "Comunidad / albergue",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Otros delitos",
        "lat": "Latitud punto de llegada",
        "lon": "Longitud punto de llegada",
    },
    note="Datos provisionales a fecha de extracción. No difundir.",
    total="TOTAL",
    bad_count=("varios", "varias personas", "grupo"),
    repeats=False,
    vocab={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata", "Trata (art. 177 bis CP)"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración irregular",
                "Inmigración clandestina (art. 318 bis CP)",
            ),
            "both": ("Trata y tráfico de migrantes", "Arts. 177 bis y 318 bis CP"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujer", "M", "Mujeres"),
            "male": ("Hombre", "H", "Hombres"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menor", "MENA", "Menores"),
            "adult": ("Adulto", "Mayor de edad", "Adultos"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Patera", "Neumática"),
            "land": ("Camión", "Autobús", "Vehículo", "A pie"),
            "air": ("Avión", "Vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas",),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown={
        "exploitation": ("Sin determinar",),
        "exploitation_na": ("No procede",),
        "n_suspects": ("desconocido", "s/d"),
        "gender": ("Sin datos",),
        "age_group": ("Sin datos",),
        "transport_mode": ("Sin datos",),
        "country": ("Desconocida", "Sin datos"),
        "direct": ("Directo", "Ninguno"),
    },
    country_style={
        "name": 0.6,
        "demonym": 0.15,
        "iso2": 0.07,
        "iso3": 0.04,
        "noaccent": 0.07,
        "upper": 0.05,
        "typo": 0.02,
    },
    transit_seps=(" - ", ", "),
    offence_sep=", ",
    count_placeholders=("sin datos", "s/d"),
    zero_words=("ninguno", "0 (ninguno)"),
    partial_rate=0.05,
)

_LAC = Agency(
    source="alianza_ymca_lac",
    filename="alianza_ymca_lac_nq.csv",
    ref="ALC-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha",
        "site": "Asociación / punto de atención",
        "crime_type": "Tipo de caso",
        "exploitation": "Fin de explotación",
        "n_persons": "Nº personas",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transport_mode": "Medio de desplazamiento",
        "n_suspects": "Presuntos traficantes",
        "linked_offences": "Delitos conexos",
        "coordinates": "Coordenadas GPS (Kobo)",
    },
    note="Consolidado regional - datos preliminares sujetos a validación",
    total="Total",
    bad_count=("varios", "grupo familiar", "muchos"),
    repeats=True,
    vocab={
        "crime_type": {
            "trafficking": ("Trata de personas", "Trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico de migrantes", "Trata / tráfico ilícito"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": (
                "Reclutamiento para actividades delictivas",
                "Actividades ilícitas forzadas",
            ),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Unión forzada"),
            "other": ("Otro",),
        },
        "gender": {
            "female": ("Femenino", "F"),
            "male": ("Masculino", "M"),
            "mixed": ("Mixto", "Grupo mixto"),
        },
        "age_group": {
            "child": ("NNA", "Menor de edad"),
            "adult": ("Adulto", "Adultos"),
            "mixed": ("Familia (adultos y NNA)", "Mixto"),
        },
        "transport_mode": {
            "land": ("A pie", "Terrestre", "Caminando", "Bus", "Tráiler"),
            "sea": ("Lancha", "Marítimo"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Soborno", "Cohecho"),
            "money_laundering": ("Lavado de dinero",),
            "illicit_goods": ("Tráfico de drogas", "Drogas"),
            "cybercrime": ("Delito cibernético",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown={
        "exploitation": ("Sin información",),
        "exploitation_na": ("N/A",),
        "n_suspects": ("se desconoce", "S/D"),
        "gender": ("Sin dato",),
        "age_group": ("Sin dato",),
        "transport_mode": ("Sin dato",),
        "country": ("Sin dato", "Se desconoce"),
    },
    country_style={
        "name": 0.56,
        "demonym": 0.2,
        "iso3": 0.07,
        "noaccent": 0.1,
        "upper": 0.05,
        "typo": 0.02,
    },
    transit_seps=(" - ", ", "),
    offence_sep=", ",
    count_placeholders=("S/D", "sin dato"),
    zero_words=("ninguno", "no identificado"),
    partial_rate=0.03,
)

_HI = Agency(
    source="hostelling_international",
    filename="hostelling_international_nq.jsonl",
    ref="HI-SG-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseRef",
        "event_date": "incidentDate",
        "site": "memberAssociation",
        "crime_type": "category",
        "exploitation": "exploitationType",
        "n_persons": "personsAffected",
        "n_suspects": "suspectedPerpetrators",
        "gender": "sex",
        "age_group": "ageGroup",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "transit_countries": "transitCountries",
        "destination_country": "destinationCountry",
        "detection_country": "countryOfDetection",
        "transport_mode": "travelMode",
        "linked_offences": "linkedOffences",
        "lat": "lat",
        "lon": "lng",
    },
    note=None,
    total="TOTAL (all member associations)",
    bad_count=("several", "multiple"),
    repeats=False,
    vocab={
        "crime_type": {
            "trafficking": ("Human trafficking", "THB"),
            "smuggling": ("Migrant smuggling", "SoM"),
            "both": ("Trafficking & smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"child": ("minor", "child"), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("land", "road"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown={
        "exploitation": ("undetermined",),
        "n_suspects": ("unknown",),
        "gender": ("not recorded",),
        "age_group": ("not recorded",),
        "transport_mode": ("not recorded",),
        "country": ("unknown",),
    },
    country_style={"iso2": 0.62, "name": 0.24, "iso3": 0.09, "numeric": 0.05},
    transit_seps=(", ",),
    offence_sep="; ",
    count_placeholders=("unknown",),
    zero_words=("none",),
    partial_rate=0.08,
)

#: The five agencies, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (_UK, _FR, _ES, _LAC, _HI)

#: The variant: who reports which event first, and who reports it a second time.
BLIND379: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "ymca_uk_safeguarding",
        "FRA": "fuaj_vigilance",
        "ESP": "reaj_albergues",
        "PAN": "alianza_ymca_lac",
        "USA": "alianza_ymca_lac",
    },
    compilation="hostelling_international",
    secondary={
        ("channel", "FRA"): "ymca_uk_safeguarding",
        ("channel", "GBR"): "fuaj_vigilance",
        ("thb_rou_esp", "ITA"): "reaj_albergues",
        ("thb_rou_esp", "ESP"): "hostelling_international",
        ("thb_vnm_gbr", "GBR"): "hostelling_international",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=379,
    blank_share=0.3,
)


def make_blind379(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five youth-hostel and YMCA agencies of ``blind379``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ymca_uk_safeguarding_nq.csv`` (English, UTF-8 with BOM, ``,``),
        ``fuaj_vigilance_nq.csv`` (French, cp1252, ``;``), ``reaj_albergues_nq.xlsx``
        (Spanish), ``alianza_ymca_lac_nq.csv`` (Spanish, UTF-16, tab) and
        ``hostelling_international_nq.jsonl`` (English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind379(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ymca_uk_safeguarding_nq.csv', 'fuaj_vigilance_nq.csv', 'reaj_albergues_nq.xlsx',
     'alianza_ymca_lac_nq.csv', 'hostelling_international_nq.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date du signalement', 'Auberge']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND379, truth, seed=seed)
