"""Vectorised writers of messy text: country names, vocabulary words, dates, counts, places.

Every function works on numpy object arrays and builds its strings on the unique
values (a few hundred countries, dates or counts), then indexes them by row, so a
million rows cost what their distinct values cost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from trendlib.samples._tables import COUNTRIES, UNKNOWN_WORDS, VOCAB_WORDS, where

__all__ = ["Profile", "render_block"]

_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_MONTHS = {
    "fr": (
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
    ),
    "es": (
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
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_THOUSANDS = {"fr": ("\u00a0", " ", "\u202f"), "es": (".",), "en": (",", " ")}
_VOCAB_COLS = ("crime_type", "gender", "age_group", "transport_mode")
_COUNTRY_COLS = ("nationality", "origin_country", "destination_country", "detection_country")
_EXCEL_EPOCH = np.datetime64("1899-12-30", "D")


@dataclass(frozen=True)
class Profile:
    """How one source writes its file: language, headers, formats and messiness rates."""

    source: str
    filename: str
    format: str
    encoding: str
    delimiter: str | None
    language: str
    headers: Mapping[str, str]  # canonical key -> header, in file order
    date_formats: Mapping[str, float]
    country_style: Mapping[str, float]
    coord_style: str  # "comma", "dot", "pair" or "excel"
    has_ids: bool
    ref_format: str | None
    transit_seps: Sequence[str]
    empty_rate: float = 0.04
    unknown_rate: float = 0.03
    case_rate: float = 0.08
    thousands_rate: float = 0.7
    swap_rate: float = 0.02
    out_of_range_rate: float = 0.01
    no_coord_rate: float = 0.05
    # Overrides of the default wording (the held-out "unseen" variant uses them).
    vocab: Mapping[str, Mapping[str, Mapping[str, tuple[str, ...]]]] | None = None
    unknown_words: Mapping[str, tuple[str, ...]] | None = None
    offence_seps: Sequence[str] = (", ", "; ", " + ", " / ")
    extras: Mapping[str, Mapping[str, str]] | None = None


STYLES = ("name", "upper", "lower", "iso3", "iso2", "alias", "typo", "mojibake", "swap")
DATE_KEYS = (
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d.%m.%Y",
    "%Y-%m-%d",
    "long",
    "short",
    "serial",
    "excel",
    "month",
    "quarter",
    "%Y/%m/%d",
    "%d-%m-%Y",
    "%m/%d/%Y",
    "datetime",
    "iso_datetime",
    "month_name",
    "quarter_t",
)
_MONTH_KEYS = ("month", "month_name")
_QUARTER_KEYS = ("quarter", "quarter_t")


def _choose_idx(
    rng: np.random.Generator, probs: Mapping[str, float], n: int, universe: Sequence[str]
) -> np.ndarray:
    """Draw ``n`` keys of ``probs`` and return their positions in ``universe``."""
    lut = np.array([universe.index(k) for k in probs])
    w = np.array(list(probs.values()), dtype=float)
    return lut[rng.choice(len(lut), size=n, p=w / w.sum())]


def _choose(rng: np.random.Generator, probs: Mapping[str, float], n: int) -> np.ndarray:
    keys = np.array(list(probs), dtype=object)
    w = np.array(list(probs.values()), dtype=float)
    return keys[rng.choice(len(keys), size=n, p=w / w.sum())]


def _tag(tags: np.ndarray, mask: np.ndarray, name: str) -> np.ndarray:
    hit = np.flatnonzero(mask)
    if not len(hit):
        return tags
    out = tags.copy()
    out[hit] = tags[hit] + (name + ";")
    return out


def _no_tag(tags: np.ndarray, mask: np.ndarray, name: str) -> np.ndarray:
    return tags


def _notna(values: np.ndarray) -> np.ndarray:
    return np.asarray(pd.notna(values), dtype=bool)


def mojibake(text: str) -> str:
    """Return ``text`` as a UTF-8 file misread as cp1252 reads (unchanged if ASCII).

    Examples
    --------
    >>> mojibake("Côte d’Ivoire")
    'CÃ´te dâ€™Ivoire'
    """
    try:
        return text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return text


def swap_typo(text: str) -> str:
    """Return ``text`` with two letters in its middle swapped (names of 6+ letters only).

    Examples
    --------
    >>> swap_typo("Nigeria"), swap_typo("Mali")
    ('Niegria', 'Mali')
    """
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _country_table(uniques: np.ndarray, lang: str, styles: Sequence[str]) -> np.ndarray:
    col = _LANG_COL[lang]
    table = np.empty((len(uniques) + 1, len(styles)), dtype=object)
    for i, iso in enumerate(uniques):  # unique country codes only
        row = COUNTRIES[iso]
        name = str(row[col])
        forms = {
            "name": name,
            "upper": name.upper(),
            "lower": name.lower(),
            "iso3": iso,
            "iso2": row[0],
            "alias": row[4][0] if row[4] else name,
            "typo": row[5],
            "mojibake": mojibake(name),
            "swap": swap_typo(name),
        }
        table[i] = [forms[s] for s in styles]
    table[-1] = None
    return table


def country_text(iso: np.ndarray, lang: str, style: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Write ISO3 codes as country names/codes in ``style`` (one per row).

    ``style`` holds positions in :data:`STYLES`. Returns the text and, per row, the
    position of the style actually visible (-1 = the plain name or missing).
    """
    styles = STYLES
    codes, uniques = pd.factorize(pd.Series(iso, dtype=object), use_na_sentinel=True)
    table = _country_table(np.asarray(uniques, dtype=object), lang, styles)
    idx = np.asarray(style, dtype=int)
    text = table[codes, idx]
    plain = table[codes, 0]
    visible = where((text != plain) | (idx == 3) | (idx == 4), idx, -1)
    return text, where(codes < 0, -1, visible)


def vocab_text(
    values: np.ndarray,
    column: str,
    lang: str,
    rng: np.random.Generator,
    *,
    vocab: Mapping[str, Mapping[str, Mapping[str, tuple[str, ...]]]] | None = None,
    unknown: Mapping[str, tuple[str, ...]] | None = None,
) -> np.ndarray:
    """Write canonical vocabulary words in ``lang`` (usual word 60 %, variants otherwise)."""
    words = (vocab or VOCAB_WORDS)[column][lang]
    unknown_words = (unknown or UNKNOWN_WORDS)[lang]
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    width = max(max(len(v) for v in words.values()), len(unknown_words))
    table = np.empty((len(uniques) + 1, width), dtype=object)
    lens = np.ones(len(uniques) + 1, dtype=int)
    for i, u in enumerate(uniques):
        forms = words.get(u, unknown_words)
        lens[i] = len(forms)
        table[i] = [forms[j % len(forms)] for j in range(width)]
    table[-1] = None
    r = rng.random(len(values))
    n_forms = lens[codes]
    pick = where(
        (r < 0.6) | (n_forms == 1),
        0,
        1 + np.floor((r - 0.6) / 0.4 * (n_forms - 1)).clip(0, None).astype(int),
    )
    return table[codes, np.minimum(pick, n_forms - 1)]


def _join(parts: list[np.ndarray], seps: np.ndarray) -> np.ndarray:
    out = parts[0].copy()
    for part in parts[1:]:
        ok = _notna(part)
        out[ok] = out[ok] + seps[ok] + part[ok]
    return out


def _split(values: np.ndarray) -> list[np.ndarray]:
    """Split ``a|b`` values into aligned position arrays (on the unique values)."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    pieces = [str(u).split("|") for u in uniques]
    width = max((len(p) for p in pieces), default=1)
    table = np.full((len(uniques) + 1, width), None, dtype=object)
    for i, p in enumerate(pieces):
        table[i, : len(p)] = p
    return [table[codes, j] for j in range(width)]


def transit_text(
    values: np.ndarray,
    lang: str,
    style: np.ndarray,
    seps: Sequence[str],
    rng: np.random.Generator,
) -> np.ndarray:
    """Write ``A|B`` transit lists as country names/codes joined by mixed separators."""
    parts = [country_text(p, lang, style)[0] for p in _split(values)]
    sep = np.asarray(seps, dtype=object)[rng.integers(0, len(seps), len(values))]
    return _join(parts, sep)


def offences_text(
    values: np.ndarray, lang: str, rng: np.random.Generator, prof: Profile | None = None
) -> np.ndarray:
    """Write ``a|b`` linked offences as words of ``lang`` joined by mixed separators."""
    vocab = prof.vocab if prof is not None else None
    parts = [vocab_text(p, "linked_offences", lang, rng, vocab=vocab) for p in _split(values)]
    seps = np.array(
        list(prof.offence_seps) if prof is not None else [", ", "; ", " + ", " / "], dtype=object
    )
    return _join(parts, seps[rng.integers(0, len(seps), len(values))])


def _date_forms(day: pd.Timestamp, lang: str) -> dict[str, object]:
    m = day.month - 1
    return {
        "%d/%m/%Y": day.strftime("%d/%m/%Y"),
        "%d/%m/%y": day.strftime("%d/%m/%y"),
        "%d.%m.%Y": day.strftime("%d.%m.%Y"),
        "%Y-%m-%d": day.strftime("%Y-%m-%d"),
        "long": (
            f"{day.day} de {_MONTHS['es'][m]} de {day.year}"
            if lang == "es"
            else f"{day.day} {_MONTHS[lang][m]} {day.year}"
        ),
        "short": f"{day.day:02d}-{_MONTHS[lang][m][:3].lower()}-{day.year}",
        "serial": str(int((np.datetime64(day.date(), "D") - _EXCEL_EPOCH).astype(int))),
        "excel": day.to_pydatetime(),
        "month": day.strftime("%Y-%m"),
        "quarter": f"Q{day.quarter} {day.year}",
        "%Y/%m/%d": day.strftime("%Y/%m/%d"),
        "%d-%m-%Y": day.strftime("%d-%m-%Y"),
        "%m/%d/%Y": day.strftime("%m/%d/%Y"),
        "datetime": day.strftime("%d/%m/%Y")
        + f" {day.day_of_year % 24:02d}:{day.day * 7 % 60:02d}",
        "iso_datetime": day.strftime("%Y-%m-%d")
        + f"T{day.day_of_year % 24:02d}:{day.day % 60:02d}:00",
        "month_name": (
            f"{_MONTHS[lang][m]} de {day.year}"
            if lang == "es"
            else f"{_MONTHS[lang][m]} {day.year}"
        ),
        "quarter_t": (
            f"{day.year}-Q{day.quarter}" if lang == "en" else f"T{day.quarter} {day.year}"
        ),
    }


def date_text(
    dates: np.ndarray, lang: str, fmt: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Write dates in per-row formats; return text, expected date and precision."""
    codes, uniques = pd.factorize(pd.Series(dates), use_na_sentinel=True)
    keys = DATE_KEYS
    table = np.empty((len(uniques) + 1, len(keys)), dtype=object)
    for i, day in enumerate(pd.DatetimeIndex(uniques)):  # unique dates only
        forms = _date_forms(day, lang)
        table[i] = [forms[k] for k in keys]
    table[-1] = None
    idx = np.asarray(fmt, dtype=int)
    is_month = np.isin(idx, [keys.index(k) for k in _MONTH_KEYS])
    is_quarter = np.isin(idx, [keys.index(k) for k in _QUARTER_KEYS])
    text = table[codes, idx]
    series = pd.Series(pd.to_datetime(dates))
    expected = where(
        is_month,
        series.dt.to_period("M").dt.start_time.to_numpy(),
        where(is_quarter, series.dt.to_period("Q").dt.start_time.to_numpy(), dates),
    )
    precision = where(is_month, "month", where(is_quarter, "quarter", "day"))
    return text, expected.astype("datetime64[ns]"), precision.astype(object)


def count_text(
    counts: np.ndarray, lang: str, rate: float, rng: np.random.Generator, *, numeric: bool
) -> tuple[np.ndarray, np.ndarray]:
    """Write counts; ``rate`` of those >= 1000 get a thousands separator of ``lang``."""
    seps = _THOUSANDS[lang]
    c = np.asarray(counts, dtype=float)
    ok = ~np.isnan(c)
    ci = where(ok, c, 0).astype(np.int64)
    uniq, inv = np.unique(ci, return_inverse=True)
    plain = uniq.astype(str).astype(object)[inv]
    out = where(ok, ci.astype(object) if numeric else plain, None)
    big = ok & (ci >= 1000) & (rng.random(len(c)) < rate)
    if big.any():
        sep = np.asarray(seps, dtype=object)[rng.integers(0, len(seps), int(big.sum()))]
        hi = (ci[big] // 1000).astype(str).astype(object)
        lo = np.char.zfill((ci[big] % 1000).astype(str), 3).astype(object)
        out[big] = hi + sep + lo
    return out, big


def case_noise(values: np.ndarray, rate: float, rng: np.random.Generator) -> np.ndarray:
    """Change case or spacing of ``rate`` of the text cells (the meaning stays)."""
    out = values.copy()
    ok = np.flatnonzero(_notna(values) & (rng.random(len(values)) < rate))
    kinds = rng.integers(0, 4, len(ok))
    out[ok] = [
        v.upper() if k == 0 else v.lower() if k == 1 else f"  {v} " if k == 2 else f"{v}  "
        for v, k in zip(out[ok], kinds, strict=True)
    ]
    return out


def _fmt(values: np.ndarray, decimals: int) -> np.ndarray:
    """Format floats rounded to ``decimals`` (shortest form, ``.`` decimal point)."""
    arr = pa.array(np.round(np.asarray(values, dtype=float), decimals), from_pandas=True)
    return np.asarray(pc.cast(arr, pa.string()).to_numpy(zero_copy_only=False), dtype=object)


def _comma(values: np.ndarray) -> np.ndarray:
    arr = pa.array(values, type=pa.string(), from_pandas=True)
    return np.asarray(
        pc.replace_substring(arr, ".", ",").to_numpy(zero_copy_only=False), dtype=object
    )


def coord_text(
    lat: np.ndarray, lon: np.ndarray, prof: Profile, rng: np.random.Generator
) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray, np.ndarray]:
    """Write coordinates; plant swaps, out-of-range values and gaps.

    Returns the text columns, expected lat and lon, and tags.
    """
    n = len(lat)
    r = rng.random(n)
    swap = r < prof.swap_rate
    bad = (r >= prof.swap_rate) & (r < prof.swap_rate + prof.out_of_range_rate)
    gone = r >= 1 - prof.no_coord_rate
    w_lat = where(swap, lon, lat)
    w_lon = where(swap, lat, lon)
    w_lat = where(bad, np.round(lat * 1000), w_lat)  # decimal separator lost
    exp_lat = where(bad | gone, np.nan, lat)
    exp_lon = where(bad | gone, np.nan, lon)
    tags = _tag(
        _tag(
            _tag(np.full(n, "", dtype=object), swap, "coords_swapped"), bad, "coords_out_of_range"
        ),
        gone,
        "empty:coordinates",
    )
    if prof.coord_style == "excel":
        t_lat: np.ndarray = w_lat.astype(object)
        t_lon: np.ndarray = w_lon.astype(object)
        as_text = rng.random(n) < 0.2
        t_lat[as_text] = _comma(_fmt(w_lat[as_text], 5))
        t_lon[as_text] = _comma(_fmt(w_lon[as_text], 5))
    else:
        t_lat = _fmt(w_lat, 5)
        t_lon = _fmt(w_lon, 5)
        if prof.coord_style == "comma":
            t_lat = _comma(t_lat)
            t_lon = _comma(t_lon)
    if prof.coord_style in ("pair", "pair_semicolon"):
        sep = "; " if prof.coord_style == "pair_semicolon" else ", "
        pair = (t_lat + sep + t_lon).astype(object)
        pair[gone] = None
        return {"coordinates": pair}, exp_lat, exp_lon, tags
    t_lat[gone] = None
    t_lon[gone] = None
    return {"lat": t_lat, "lon": t_lon}, exp_lat, exp_lon, tags


def render_block(
    ev: Mapping[str, np.ndarray],
    prof: Profile,
    rng: np.random.Generator,
    *,
    track: bool = True,
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], np.ndarray]:
    """Write a block of true events the way ``prof`` writes them.

    Returns the text cells (canonical keys), the expected clean values of each row
    (record-frame vocabulary) and the ``;``-joined messiness tags of each row
    (left empty when ``track`` is false, for speed).
    """
    tag = _tag if track else _no_tag
    n = len(ev["event_id"])
    lang = prof.language
    has = set(prof.headers)
    text: dict[str, np.ndarray] = {}
    exp: dict[str, np.ndarray] = {}
    tags = np.full(n, "", dtype=object)
    numeric = prof.format == "xlsx"

    fmt = _choose_idx(rng, prof.date_formats, n, DATE_KEYS)
    text["event_date"], exp["event_date"], exp["date_precision"] = date_text(
        ev["event_date"], lang, fmt
    )
    partial = [DATE_KEYS.index(k) for k in (*_MONTH_KEYS, *_QUARTER_KEYS)]
    tags = _tag(tags, np.isin(fmt, partial), "partial_date")
    vocab, unknown_table = prof.vocab, prof.unknown_words

    def blanks(col: str, ok: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        r = rng.random(n)
        empty = ok & (r < prof.empty_rate)
        unknown = ok & (r >= prof.empty_rate) & (r < prof.empty_rate + prof.unknown_rate)
        nonlocal tags
        tags = _tag(tag(tags, empty, f"empty:{col}"), unknown, f"unknown:{col}")
        return empty, unknown

    unknown_words = np.asarray((unknown_table or UNKNOWN_WORDS)[lang], dtype=object)

    def fill_unknown(values: np.ndarray, empty: np.ndarray, unknown: np.ndarray) -> np.ndarray:
        out = values.copy()
        out[empty] = None
        out[unknown] = unknown_words[rng.integers(0, len(unknown_words), int(unknown.sum()))]
        return out

    crime = np.asarray(ev["crime_type"], dtype=object)
    exp["crime_type"] = crime if "crime_type" in has else np.full(n, "unknown", dtype=object)
    text["crime_type"] = vocab_text(crime, "crime_type", lang, rng, vocab=vocab)

    expl = np.asarray(ev["exploitation"], dtype=object)
    exp_crime = exp["crime_type"]
    thb = np.isin(exp_crime, ["trafficking", "both"])
    if "exploitation" in has:
        empty, unknown = blanks("exploitation", _notna(expl))
        lost = empty | unknown
        exp["exploitation"] = where(lost, "unknown", expl)
        text["exploitation"] = fill_unknown(
            vocab_text(expl, "exploitation", lang, rng, vocab=vocab), empty, unknown
        )
    else:
        exp["exploitation"] = where(thb, "unknown", None)
    exp["exploitation"] = where(~thb & ~_notna(exp["exploitation"]), None, exp["exploitation"])

    for col in ("n_persons", "n_suspects"):
        if col not in has:
            exp[col] = np.full(n, np.nan)
            continue
        vals = np.asarray(ev[col], dtype=float)
        t, big = count_text(vals, lang, prof.thousands_rate, rng, numeric=numeric)
        tags = tag(tags, big, f"thousands:{col}")
        if col == "n_suspects":
            empty, unknown = blanks(col, ~np.isnan(vals))
            t = fill_unknown(t, empty, unknown)
            vals = where(empty | unknown, np.nan, vals)
        text[col], exp[col] = t, vals

    for col in ("gender", "age_group", "transport_mode"):
        vals = np.asarray(ev[col], dtype=object)
        if col not in has:
            exp[col] = np.full(n, "unknown", dtype=object)
            continue
        empty, unknown = blanks(col, _notna(vals))
        exp[col] = where(empty | unknown, "unknown", vals)
        text[col] = fill_unknown(vocab_text(vals, col, lang, rng, vocab=vocab), empty, unknown)

    for col in (*_COUNTRY_COLS, "transit_countries"):
        vals = np.asarray(ev[col], dtype=object)
        if col not in has:
            exp[col] = np.full(n, None, dtype=object)
            continue
        empty, unknown = blanks(col, _notna(vals) & (col != "detection_country"))
        style = _choose_idx(rng, prof.country_style, n, STYLES)
        if col == "transit_countries":
            t = transit_text(vals, lang, style, prof.transit_seps, rng)
            tags = _tag(
                tags,
                _notna(vals)
                & np.isin(
                    style, [STYLES.index("typo"), STYLES.index("mojibake"), STYLES.index("swap")]
                ),
                f"{'typo'}:transit_countries",
            )
        else:
            t, visible = country_text(vals, lang, style)
            for kind in ("typo", "mojibake", "alias", "iso2", "iso3", "swap"):
                tags = tag(tags, visible == STYLES.index(kind), f"{kind}:{col}")
        exp[col] = where(empty | unknown, None, vals)
        text[col] = fill_unknown(t, empty, unknown)

    if "lat" in has or "coordinates" in has:
        cols, exp["lat"], exp["lon"], ctags = coord_text(
            np.asarray(ev["lat"], dtype=float), np.asarray(ev["lon"], dtype=float), prof, rng
        )
        text.update(cols)
        tags = tags + ctags
    else:
        exp["lat"] = exp["lon"] = np.full(n, np.nan)

    off = np.asarray(ev["linked_offences"], dtype=object)
    exp["linked_offences"] = off if "linked_offences" in has else np.full(n, None, dtype=object)
    text["linked_offences"] = offences_text(off, lang, rng, prof)

    for col in (*_VOCAB_COLS, "exploitation", *_COUNTRY_COLS, "transit_countries"):
        if col in text:
            noisy = case_noise(text[col], prof.case_rate, rng)
            tags = tag(tags, _notna(noisy) & (noisy != text[col]), f"case:{col}")
            text[col] = noisy
    return text, exp, tags
