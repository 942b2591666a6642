"""Split ``"lat, lon"`` text and repair coordinate pairs.

:func:`split_coordinates` reads one text column holding both coordinates
(``"31.650259, -110.366453"``, ``"36,52; 15,12"``, ``"N 36.5 E 15.1"``,
``"36°30'N 15°6'E"``) into two text columns of signed decimal degrees, working on
the unique values with one vectorised regular expression.
:func:`fix_coordinates` then checks the pair: swapped latitude/longitude, values
out of range, (0, 0) "null island" and half-missing pairs; given the detection
country, it also catches a pair swapped within range ((12.6, 35.4) for a detection in
Italy) by where the country is.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

from trendlib._cache import cached_json
from trendlib._text import repair_text
from trendlib.clean._world import country_infos, polygons
from trendlib.errors import DataContractError

__all__ = ["CoordFix", "country_at", "fix_coordinates", "read_degrees", "split_coordinates"]


def _half(tag: str) -> str:
    """Regex of one coordinate: hemisphere before or after, degrees, minutes, seconds."""
    num = r"\d+(?:[.,]\d+)?"
    return (
        rf"(?P<{tag}_h1>[nsewo])?\s*(?P<{tag}_deg>[+-]?{num})\s*(?:°|º|˚|deg|d)?\s*"
        rf"(?:(?P<{tag}_min>{num})\s*(?:'|′|’|m|min)\s*)?"
        rf"(?:(?P<{tag}_sec>{num})\s*(?:\"|″|''|s|sec)\s*)?"
        rf"(?({tag}_h1)|(?P<{tag}_h2>[nsewo])?)"  # a letter after only if none before
    )


def _half_unmarked(tag: str) -> str:
    """Regex of one coordinate as GPS units show it: ``N31 27.665``, ``35 32.24N``.

    A hemisphere letter before or after, whole degrees, then minutes with no mark
    (below 60).
    """
    return (
        rf"(?P<{tag}_h1>[nsewo])?\s*(?P<{tag}_deg>\d{{1,3}})\s+"
        rf"(?P<{tag}_min>[0-5]?\d(?:[.,]\d+)?)(?P<{tag}_sec>)"
        rf"\s*(?({tag}_h1)|(?P<{tag}_h2>[nsewo]))"  # the letter before or after, never none
    )


# Between the two halves: ";" or "," (with optional spaces), a slash, a dash between
# spaces ("lat. 45,01 – long. 19,02"), or spaces alone. A decimal comma inside a number
# needs a digit on both sides, so "36,52; 15,12" and "31.6, -110.3" both split where a
# person would; a hyphen against a number is its minus sign.
_BETWEEN: Final = r"(?:\s*[;,|/–—]\s*|\s+-\s+|\s+)"
_PAIR: Final = re.compile(rf"^\s*{_half('a')}{_BETWEEN}{_half('b')}\s*$")
_PAIR_UNMARKED: Final = re.compile(rf"^\s*{_half_unmarked('a')}{_BETWEEN}{_half_unmarked('b')}\s*$")
_BRACKETS: Final = str.maketrans("", "", "()[]{}")
# Axis labels before a coordinate ("lat. 50,95812 / long. 1,85224", "Lat: 36.5 Lon: 15.1"):
# dropped; a pair whose first label is a longitude is read longitude first.
_AXIS_LABEL: Final = r"\b(?:lat(?:itude|itud)?|long?(?:itude|itud)?|lng)\b\.?\s*[:=]?\s*"
_LON_LABEL_FIRST: Final = r"^\s*(?:long?(?:itude|itud)?|lng)\b"
# Well-known text: "POINT (lon lat)", "SRID=4326;POINT(lon lat)" - x (longitude) first.
_WKT_POINT: Final = r"^\s*(?:srid=\d+;\s*)?point\s*(?:z\s*)?"
# A geopoint as ODK and KoboToolbox export it: "lat lon altitude accuracy", four
# numbers with spaces between ("35.51185 12.59975 20.3 10.4"); the first two are the
# point (decimals with a point, as those tools write them).
_GEOPOINT: Final = re.compile(
    r"^\s*(-?\d{1,3}\.\d+)\s+(-?\d{1,3}\.\d+)\s+-?\d+(?:\.\d+)?\s+\d+(?:\.\d+)?\s*$"
)

# A web map's link to a point, latitude first: Google's "maps.google.com/?q=53.46,23.61"
# and ".../@53.46,23.61,15z", Apple's "?ll=", OpenStreetMap's "mlat=..&mlon=.." and
# "#map=15/53.46/23.61", a geo URI "geo:53.46,23.61"; the link is replaced by the pair.
_NUM: Final = r"(-?\d{1,3}(?:\.\d+)?)"
_LINK_START: Final = r"^\s*(?:https?://|www\.|geo:)"
_MAP_LINK: Final = re.compile(
    _LINK_START + r"\S*?(?:"
    rf"(?:[?&](?:q|query|ll|sll|center|daddr|destination)=|@|(?<=geo:)){_NUM}(?:,|%2c)\s*{_NUM}"
    rf"|mlat={_NUM}&mlon={_NUM}"
    rf"|#map=\d+/{_NUM}/{_NUM}"
    r")\S*\s*$"
)


def _map_links(lowered: pd.Series) -> pd.Series:
    """Write web map links to a point as ``"lat, lon"`` (other text unchanged)."""
    linked = lowered.str.contains(_LINK_START, regex=True)
    if not linked.any():
        return lowered
    found = lowered[linked].str.extract(_MAP_LINK)
    lat = found[0].fillna(found[2]).fillna(found[4])
    lon = found[1].fillna(found[3]).fillna(found[5])
    pair = (lat + ", " + lon).dropna()
    out = lowered.copy()
    out[pair.index] = pair
    return out


def _degrees(parts: pd.DataFrame, tag: str) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Return (signed decimal degrees, hemisphere letter, whether minutes/seconds were given)."""

    def number(col: str) -> pd.Series:
        return pd.to_numeric(parts[f"{tag}_{col}"].str.replace(",", "."), errors="coerce")

    deg, minutes, seconds = number("deg"), number("min"), number("sec")
    hemisphere = parts[f"{tag}_h1"].fillna(parts[f"{tag}_h2"])
    value = deg.abs() + minutes.fillna(0) / 60 + seconds.fillna(0) / 3600
    # NMEA / nautical "ddmm.mm" with a hemisphere letter ("2805.37N 01525.30W", "4110.61N"):
    # degrees and minutes run together, a number out of range as degrees
    whole = parts[f"{tag}_deg"].fillna("").str.lstrip("+-").str.split(r"[.,]").str[0]
    latitude = hemisphere.isin(["n", "s"])
    joined = hemisphere.notna() & minutes.isna() & seconds.isna() & (deg.abs() % 100 < 60)
    # NMEA's fixed widths, zero-padded (ddmm, dddmm), tell it in range too: "00122.2E"
    width = np.where(latitude.to_numpy(dtype=bool), 4, 5)
    length = whole.str.len().to_numpy(dtype="float64", na_value=np.nan)
    padded = whole.str.startswith("0").to_numpy(dtype=bool, na_value=False) & (length == width)
    joined &= (
        (latitude & whole.str.len().between(3, 4) & (deg.abs() > 90))
        | (~latitude & whole.str.len().between(3, 5) & (deg.abs() > 180))
        | padded
    )
    value = value.where(~joined, deg.abs() // 100 + deg.abs() % 100 / 60)
    negative = (deg < 0) | hemisphere.isin(["s", "w", "o"])  # o: oeste / ouest
    given = minutes.notna() | seconds.notna() | joined
    return value.where(~negative, -value), hemisphere, given


_ONE: Final = re.compile(rf"^\s*{_half('a')}\s*$")
_ONE_UNMARKED: Final = re.compile(rf"^\s*{_half_unmarked('a')}\s*$")


def _extract(text: pd.Series, pattern: re.Pattern[str], unmarked: re.Pattern[str]) -> pd.DataFrame:
    """Return the parts of ``pattern`` in each text (texts it misses: of ``unmarked``)."""
    parts = text.str.extract(pattern)
    missed = parts.isna().all(axis=1) & text.notna()
    if missed.any():
        other = text[missed].str.extract(unmarked)
        parts.loc[missed] = other.replace("", np.nan)[parts.columns]
    return parts


_DEGREE_MARKS: Final = re.compile(r"[nsewo°º˚'′’\"″]", re.IGNORECASE)


def _repaired(text: pd.Series) -> pd.Series:
    """Repair mojibake in the texts that show its marks.

    "26Â°24'14.2N" is a UTF-8 degree sign read as cp1252. Only texts holding "Â", "Ã"
    or "â" go through ftfy (a few; degree signs themselves are common and need nothing).
    """
    wide = text.str.contains("[ÂÃâ]", regex=True).to_numpy(dtype=bool)
    if not wide.any():
        return text
    out = text.copy()
    out[wide] = [repair_text(t) for t in text[wide]]  # distinct values only
    return out


def read_degrees(raw: pd.Series) -> pd.Series:
    r"""Decimal degrees of single coordinates written with a hemisphere letter or in DMS.

    For latitude or longitude columns of their own: ``"52.47271N"``, ``"1.98454 W"``,
    ``"O 77.5"`` (oeste / ouest), ``"41°07'10.92"N"``, ``"26°17'29.83""``.

    Parameters
    ----------
    raw : Series
        Text of one coordinate per cell. Not modified.

    Returns
    -------
    Series of string
        Signed decimal degrees as text (six decimals at most), aligned with ``raw``; NA
        where ``raw`` holds a plain number, a placeholder or anything else, which are left
        to :func:`trendlib.clean.numbers.parse_number`.

    Examples
    --------
    >>> read_degrees(pd.Series(["52.47271N", "1.98454W", "41°07'10.92\"", "36.5", "n/a"])).tolist()
    ['52.47271', '-1.98454', '41.119700', <NA>, <NA>]
    """
    out = pd.Series(pd.NA, index=raw.index, dtype="string", name=raw.name)
    # nearly every coordinate is distinct and plain: find the few marked ones row by row
    # (pyarrow's kernel when the text is arrow-backed), then read those distinct values
    marked = raw.astype("string").str.contains(_DEGREE_MARKS.pattern, case=False, regex=True)
    rows = np.flatnonzero(marked.fillna(False).to_numpy(dtype=bool))
    if not len(rows):
        return out
    codes, uniques = pd.factorize(raw.iloc[rows], use_na_sentinel=True)
    text = _repaired(pd.Series(np.asarray(uniques, dtype=object), dtype="object").astype(str))
    parts = _extract(text.str.lower().str.translate(_BRACKETS), _ONE, _ONE_UNMARKED)
    value, _, dms = _degrees(parts, "a")
    written = parts["a_deg"].str.replace(",", ".").str.lstrip("+")
    plain = written.where(value >= 0, "-" + written.str.lstrip("-"))
    read = plain.where(~dms, value.map("{:.6f}".format)).where(value.notna())
    out.iloc[rows] = pd.array(read.to_numpy(dtype=object)[codes], dtype="string")
    return out


# Sea-rescue logs write degrees and minutes with a dash, the hemisphere after
# ("35-29.6N 012-30.6E"): read as "35 29.6n". A dash between two numbers only, with a
# letter after: a minus sign stands before a number, never between.
_DASHED_MINUTES: Final = re.compile(r"(?<![\d.,])(\d{1,3})-([0-5]\d(?:[.,]\d+)?)\s*([nsewo])\b")
# A military grid's compact degrees-minutes-seconds, lowered: "083338n0772512w" (8°33'38"N
# 77°25'12"W; degrees of latitude in two digits, of longitude in three).
_COMPACT_DMS: Final = re.compile(
    r"^\s*(\d{2})([0-5]\d)([0-5]\d(?:\.\d+)?)([ns])\s*(\d{3})([0-5]\d)([0-5]\d(?:\.\d+)?)([ewo])\s*$"
)


def split_coordinates(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    r"""Split a ``"lat, lon"`` text column into latitude and longitude text.

    Parameters
    ----------
    raw : Series
        Text such as ``"31.650259, -110.366453"``, ``"37.2832, 27"``, ``"36,52; 15,12"``
        (decimal commas), ``"(36.5, 15.1)"``, ``"N 36.5 E 15.1"``, ``"36.5S 15.1W"``,
        degrees-minutes-seconds ``"36°30'15\"N 15°07'E"`` or a web map's link to a point
        (``"https://maps.google.com/?q=36.5,15.1"``, ``".../@36.5,15.1,12z"``, OpenStreetMap's
        ``"mlat=36.5&mlon=15.1"``, ``"geo:36.5,15.1"``). A pair written longitude
        first with hemisphere letters (``"E 15.1 N 36.5"``) is put back in order.
        Not modified.

    Returns
    -------
    lat, lon : Series of string
        Signed decimal degrees as text (a decimal comma becomes a point; degrees-minutes-
        seconds are converted), aligned with ``raw``; missing where ``raw`` is missing or
        does not hold two coordinates (``raw.notna() & lat.isna()`` finds those). Check
        them with :func:`fix_coordinates`.

    Examples
    --------
    >>> lat, lon = split_coordinates(pd.Series(["31.650259, -110.366453", "36,52; 15,12",
    ...                                         "N 36.5 E 15.1", "36°30'S 15°6'W", "nowhere"]))
    >>> lat.tolist()
    ['31.650259', '36.52', '36.5', '-36.5', <NA>]
    >>> lon.tolist()
    ['-110.366453', '15.12', '15.1', '-15.1', <NA>]
    """
    codes, uniques = pd.factorize(raw, use_na_sentinel=True)
    text = _repaired(pd.Series(np.asarray(uniques, dtype=object), dtype="object").astype(str))
    lowered = _map_links(text.str.lower()).str.translate(_BRACKETS)
    wkt = lowered.str.contains(_WKT_POINT, regex=True)
    lon_label_first = lowered.str.contains(_LON_LABEL_FIRST, regex=True) | wkt
    lowered = lowered.str.replace(_WKT_POINT, "", regex=True)
    lowered = lowered.str.replace(_GEOPOINT, r"\1 \2", regex=True)  # altitude, accuracy dropped
    lowered = lowered.str.replace(_DASHED_MINUTES, r"\1 \2\3", regex=True)
    lowered = lowered.str.replace(_COMPACT_DMS, "\\1°\\2'\\3\"\\4 \\5°\\6'\\7\"\\8", regex=True)
    parts = _extract(lowered.str.replace(_AXIS_LABEL, "", regex=True), _PAIR, _PAIR_UNMARKED)

    a, a_hemi, a_dms = _degrees(parts, "a")
    b, b_hemi, b_dms = _degrees(parts, "b")
    lon_first = (a_hemi.isin(["e", "w", "o"]) & b_hemi.isin(["n", "s"])) | lon_label_first
    lat_val, lon_val = a.where(~lon_first, b), b.where(~lon_first, a)

    def as_text(tag: str, value: pd.Series, dms: pd.Series) -> pd.Series:
        # Plain decimals keep their digits as written; converted values are formatted.
        written = parts[f"{tag}_deg"].str.replace(",", ".").str.lstrip("+")
        signed = written.where(value.isna() | (value >= 0) | written.str.startswith("-"))
        signed = signed.fillna("-" + written.str.lstrip("-"))
        return signed.where(~dms, value.round(6).astype(str))

    a_text, b_text = as_text("a", a, a_dms), as_text("b", b, b_dms)
    lat_text = a_text.where(~lon_first, b_text).where(lat_val.notna())
    lon_text = b_text.where(~lon_first, a_text).where(lon_val.notna())

    def back(values: pd.Series) -> pd.Series:
        arr = values.astype("string").array
        return pd.Series(arr.take(codes, allow_fill=True), index=raw.index, name=raw.name)

    return back(lat_text), back(lon_text)


@dataclass(frozen=True)
class CoordFix:
    """The result of :func:`fix_coordinates`.

    Attributes
    ----------
    lat, lon : Series of float64
        Repaired coordinates (WGS84 decimal degrees); NaN where unusable.
    rule : Series of string
        ``coords.ok``, ``coords.swapped``, ``coords.swapped_country``,
        ``coords.out_of_range``, ``coords.null_island``, ``coords.half_missing`` or
        ``coords.garbage``; missing where both were missing.
    invalid : Series of bool
        True where a coordinate was text that is not a number, or out of range.
    """

    lat: pd.Series
    lon: pd.Series
    rule: pd.Series
    invalid: pd.Series


def _as_float(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Return float64 values and where non-missing input was not a number."""
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values):
        out = values.to_numpy(dtype="float64", na_value=np.nan)
        return out, np.zeros(len(out), dtype=bool)
    # Coordinates have no thousands separators: a comma is a decimal comma.
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    text = pd.Series(np.asarray(uniques, dtype=object), dtype="object").astype(str)
    number = pd.to_numeric(
        text.str.strip().str.replace(",", ".", regex=False).str.replace("−", "-"),
        errors="coerce",
    ).to_numpy(dtype="float64", na_value=np.nan)
    blank = (text.str.strip() == "").to_numpy()
    out = np.append(number, np.nan)[codes]
    bad = np.append(np.isnan(number) & ~blank, False)[codes]
    return out, bad


# A pair is taken as swapped within range when, as written, it lies farther than
# _FAR_KM from every part of the detection country while, swapped, it lies within
# _NEAR_KM of one: detections at sea lie off the coast (Lampedusa is ~130 km south of
# Sicily's outline), and the distances are to the bounding boxes of the outlines, so
# both margins are generous; a pair plausible both ways is kept as written. Outlines at
# this scale miss some outlying islands (Spain's has no Canaries, ~1,100 km from its
# mainland box), so a pair is also swapped when, swapped, it lies within _NEAR_FAR_KM and
# at most _RATIO times as far from the country as written: (-16.7, 28.1) in Spain is
# ~6,400 km away as written and ~1,100 km swapped.
_NEAR_KM: Final = 300.0
_FAR_KM: Final = 1000.0
_NEAR_FAR_KM: Final = 1500.0
_RATIO: Final = 0.25
_KM_PER_DEGREE: Final = 111.2


@functools.cache
def _country_boxes() -> tuple[pd.Index, np.ndarray, np.ndarray]:
    """Bounding boxes (lat_min, lat_max, lon_min, lon_max) of each country's parts.

    From the Natural Earth outlines shipped in ``countryinfo`` (one box per polygon of
    a multi-polygon: Sicily and Sardinia apart from the mainland). A country without an
    outline there (small islands, and Hungary in countryinfo 1.0.1) gets the square
    around its centroid whose half-side is the radius of a disc of its area. Returns the
    ISO3 codes (sorted), the boxes in that order and, per code, its first box; the boxes
    of code ``i`` are ``boxes[first[i]:first[i + 1]]``. The boxes are kept in the user's
    cache folder (reading ~250 outlines costs ~0.3 s a process; :mod:`trendlib._cache`).
    """
    rows = cached_json(
        "country_boxes",
        _box_rows,
        packages=("countryinfo",),
        sources=(__name__, "trendlib.clean._world"),
    )
    table = pd.DataFrame(rows, columns=["iso3", "lat_min", "lat_max", "lon_min", "lon_max"])
    table = table.drop_duplicates().sort_values("iso3", kind="stable").reset_index(drop=True)
    codes, isos = pd.factorize(table["iso3"])
    first = np.searchsorted(codes, np.arange(len(isos) + 1))
    boxes = table[["lat_min", "lat_max", "lon_min", "lon_max"]].to_numpy(dtype="float64")
    return pd.Index(isos), boxes, first


def _box_rows() -> list[tuple[str, float, float, float, float]]:
    """One (iso3, lat_min, lat_max, lon_min, lon_max) per polygon, for :func:`_country_boxes`."""
    rows: list[tuple[str, float, float, float, float]] = []
    for info in country_infos():
        iso = (info.get("ISO") or {}).get("alpha3")
        if not iso:
            continue
        found = False
        for poly in polygons(info):  # a few hundred polygons in all, once per process
            ring = np.asarray(poly[0], dtype="float64") if poly else np.empty((0, 2))
            if ring.ndim == 2 and len(ring):
                lon_r, lat_r = ring[:, 0], ring[:, 1]
                rows.append((iso, lat_r.min(), lat_r.max(), lon_r.min(), lon_r.max()))
                found = True
        latlng, area = info.get("latlng"), info.get("area")
        if not found and isinstance(latlng, list) and len(latlng) == 2 and area:
            half = math.sqrt(float(area) / math.pi) / _KM_PER_DEGREE
            y, x = float(latlng[0]), float(latlng[1])
            half_x = half / max(math.cos(math.radians(y)), 0.1)
            rows.append((iso, y - half, y + half, x - half_x, x + half_x))
    # plain floats: JSON-able, and numpy scalars would not be
    return [(iso, float(a), float(b), float(c), float(d)) for iso, a, b, c, d in rows]


@functools.cache
def _largest_box() -> np.ndarray:
    """Position in :func:`_country_boxes`' boxes of each country's largest (its mainland)."""
    _, boxes, first = _country_boxes()
    lat_span = boxes[:, 1] - boxes[:, 0]
    mid = np.radians(np.clip((boxes[:, 0] + boxes[:, 1]) / 2, -89.0, 89.0))
    area = lat_span * (boxes[:, 3] - boxes[:, 2]) * np.cos(mid)
    # a few hundred countries, once per process
    tops = [start + int(np.argmax(area[start:stop])) for start, stop in itertools.pairwise(first)]
    return np.array(tops, dtype=np.intp)


@functools.cache
def _outlines() -> dict[str, tuple[np.ndarray, ...]]:
    """Each country's outer rings (``[lon, lat]`` vertices), by ISO3 code (once a process)."""
    rings: dict[str, list[np.ndarray]] = {}
    for info in country_infos():
        iso = str((info.get("ISO") or {}).get("alpha3") or "")
        for poly in polygons(info) if iso else ():
            ring = np.asarray(poly[0], dtype="float64") if poly else np.empty((0, 2))
            if ring.ndim == 2 and len(ring) >= 3:
                rings.setdefault(iso, []).append(ring)
    return {iso: tuple(parts) for iso, parts in rings.items()}


def country_at(lat: float, lon: float, isos: list[str]) -> int | None:
    """Return which of ``isos`` holds the point in its outline, or lies nearest to it.

    For a few points whose country is in doubt (reports of one event naming two
    countries): the Natural Earth outlines of ``countryinfo`` (coarse, ~10 km), a
    ray-casting test per ring; a point at sea goes to the country with the nearest
    vertex. None when no candidate has an outline.

    Examples
    --------
    >>> country_at(51.13, 1.31, ["FRA", "GBR"])  # Dover
    1
    >>> country_at(50.95, 1.86, ["FRA", "GBR"])  # Calais
    0
    """
    outlines = _outlines()
    best: tuple[bool, float, int] | None = None  # (outside, km, position): smallest wins
    shrink = math.cos(math.radians(max(min(lat, 89.0), -89.0)))
    for k, iso in enumerate(isos):
        for ring in outlines.get(iso, ()):
            x, y = ring[:, 0], ring[:, 1]
            x2, y2 = np.roll(x, -1), np.roll(y, -1)
            crosses = (y > lat) != (y2 > lat)
            at_x = x + (x2 - x) * (lat - y) / np.where(y2 == y, 1.0, y2 - y)
            inside = bool(np.count_nonzero(crosses & (lon < at_x)) % 2)
            km = float(np.min(np.hypot(y - lat, (x - lon) * shrink))) * _KM_PER_DEGREE
            here = (not inside, 0.0 if inside else km, k)
            best = here if best is None or here < best else best
    return None if best is None else best[2]


def _km_from_country(country: np.ndarray, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Distance (km, roughly) from each point to the nearest box of its country.

    ``country`` holds positions in :func:`_country_boxes`' codes. Loops over countries
    and their boxes only; the points are numpy arrays.
    """
    _, boxes, first = _country_boxes()
    out = np.full(len(lat), np.inf)
    if not len(out):
        return out
    order = np.argsort(country, kind="stable")
    present, starts = np.unique(country[order], return_index=True)
    bounds = [*starts[1:], len(order)]
    for code, start, stop in zip(present, starts, bounds, strict=True):
        rows = order[start:stop]
        y, x = lat[rows], lon[rows]
        shrink = np.cos(np.radians(np.clip(y, -89.0, 89.0)))  # a degree of longitude
        best = out[rows]
        for lat_min, lat_max, lon_min, lon_max in boxes[first[code] : first[code + 1]]:
            dy = np.maximum(np.maximum(lat_min - y, y - lat_max), 0.0)
            dx = np.maximum(np.maximum(lon_min - x, x - lon_max), 0.0) * shrink
            best = np.minimum(best, np.hypot(dy, dx))
        out[rows] = best * _KM_PER_DEGREE
    return out


def _swapped_for_country(country: pd.Series, y: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Flag pairs far from their country as written but near it once swapped."""
    isos, boxes, _ = _country_boxes()
    # a few hundred distinct codes over a million rows: look each up once
    codes, uniques = pd.factorize(country, use_na_sentinel=True)
    names = pd.Series(uniques, dtype="object").astype("string").str.strip().str.upper()
    code = np.append(isos.get_indexer(pd.Index(names.fillna(""))), -1)[codes]
    flag = np.zeros(len(y), dtype=bool)
    # Most pairs lie inside the box of their country's largest part (its mainland):
    # 0 km from it, never far, so they are settled by four comparisons per row; the
    # rest are measured to that box (the nearest part is no farther), and those still
    # far, part by part. The box of each row's country, one array per side (code -1,
    # an unknown country, gets NaN: never inside); all numpy, no loop over countries.
    sides = np.vstack([boxes[_largest_box()], np.full((1, 4), np.nan)]).T.copy()
    lat_min, lat_max, lon_min, lon_max = (side[code] for side in sides)
    with np.errstate(invalid="ignore"):
        inside = (y >= lat_min) & (y <= lat_max) & (x >= lon_min) & (x <= lon_max)
        cand = np.flatnonzero(
            (code >= 0) & ~inside & (np.abs(x) <= 90) & (np.abs(y) <= 180) & (x != y)
        )
    if len(cand):
        main = boxes[_largest_box()[code[cand]]]
        y_c, x_c = y[cand], x[cand]
        shrink = np.cos(np.radians(np.clip(y_c, -89.0, 89.0)))
        dy = np.maximum(np.maximum(main[:, 0] - y_c, y_c - main[:, 1]), 0.0)
        dx = np.maximum(np.maximum(main[:, 2] - x_c, x_c - main[:, 3]), 0.0) * shrink
        cand = cand[np.hypot(dy, dx) * _KM_PER_DEGREE > _FAR_KM]
        as_written = _km_from_country(code[cand], y[cand], x[cand])
        far = as_written > _FAR_KM
        cand, as_written = cand[far], as_written[far]
        swapped = _km_from_country(code[cand], x[cand], y[cand])
        near = (swapped <= _NEAR_KM) | (
            (swapped <= _NEAR_FAR_KM) & (swapped <= _RATIO * as_written)
        )
        flag[cand[near]] = True
    return flag


def fix_coordinates(
    lat: pd.Series, lon: pd.Series, *, country: pd.Series | None = None
) -> CoordFix:
    """Repair a latitude/longitude pair: swaps, out-of-range values, (0, 0), half pairs.

    Parameters
    ----------
    lat, lon : Series
        Latitude and longitude, as numbers or text (decimal point or comma), aligned.
        Not modified.
    country : Series, optional
        ISO alpha-3 code of each row's detection country, aligned with ``lat``. With it,
        a pair in range is also checked against where that country is (its outlines in
        the ``countryinfo`` package; the disc of its area around its centroid when it
        has none): more than 1,000 km from the country as written but within 300 km of
        it once swapped (or, for islands the outlines miss, within 1,500 km and at least
        4 times nearer), it is swapped (``coords.swapped_country``). Unknown or missing
        countries, and pairs plausible both ways, are left as written.

    Returns
    -------
    CoordFix
        Per row, the first rule that applies:

        * ``coords.garbage``: a coordinate is text that is not a number: NaN both, invalid;
        * ``coords.half_missing``: only one of the two is given: NaN both;
        * ``coords.null_island``: (0, 0), a placeholder, not a place: NaN both;
        * ``coords.swapped``: out of range as given (``|lat| > 90``) but in range once
          swapped: swapped;
        * ``coords.swapped_country`` (only with ``country``): in range both ways, but
          far from the detection country as given and near it once swapped: swapped;
        * ``coords.out_of_range``: out of range either way: NaN both, invalid;
        * ``coords.ok``: kept as given.

    Examples
    --------
    >>> fix = fix_coordinates(pd.Series([36.5, 110.4, 0.0, 95.0, 36.5, None]),
    ...                       pd.Series([15.1, 31.6, 0.0, 200.0, None, None]))
    >>> fix.lat.tolist(), fix.lon.tolist()
    ([36.5, 31.6, nan, nan, nan, nan], [15.1, 110.4, nan, nan, nan, nan])
    >>> fix.rule.tolist()  # doctest: +NORMALIZE_WHITESPACE
    ['coords.ok', 'coords.swapped', 'coords.null_island', 'coords.out_of_range',
     'coords.half_missing', <NA>]
    >>> fix.invalid.tolist()
    [False, False, False, True, False, False]

    A detection in Italy written longitude first, and one in an unknown country:

    >>> fix = fix_coordinates(pd.Series([12.6, 12.6]), pd.Series([35.4, 35.4]),
    ...                       country=pd.Series(["ITA", None]))
    >>> fix.lat.tolist(), fix.rule.tolist()
    ([35.4, 12.6], ['coords.swapped_country', 'coords.ok'])
    """
    if len(lat) != len(lon) or not lat.index.equals(lon.index):
        raise DataContractError(
            f"expected lat and lon with the same index, but found {len(lat)} and {len(lon)} "
            "rows with different indexes; pass two columns of the same frame."
        )
    y, bad_y = _as_float(lat)
    x, bad_x = _as_float(lon)
    garbage = bad_y | bad_x
    has_y, has_x = ~np.isnan(y) & ~garbage, ~np.isnan(x) & ~garbage
    half = has_y ^ has_x
    both = has_y & has_x
    with np.errstate(invalid="ignore"):
        fits = (np.abs(y) <= 90) & (np.abs(x) <= 180)
        fits_swapped = (np.abs(x) <= 90) & (np.abs(y) <= 180)
    null_island = both & (y == 0) & (x == 0)
    swapped = both & ~null_island & ~fits & fits_swapped
    out_of_range = both & ~null_island & ~fits & ~fits_swapped
    ok = both & ~null_island & fits
    by_country = np.zeros(len(y), dtype=bool)
    if country is not None:
        if len(country) != len(lat):
            raise DataContractError(
                f"expected one detection country per coordinate pair ({len(lat)} rows), but "
                f"found {len(country)}; pass the detection_country column of the same frame."
            )
        by_country = ok & _swapped_for_country(country, y, x)
        ok &= ~by_country

    names = pd.array(
        [
            "coords.garbage",
            "coords.half_missing",
            "coords.null_island",
            "coords.swapped",
            "coords.swapped_country",
            "coords.out_of_range",
            "coords.ok",
        ],
        dtype="string",
    )
    # the first rule that applies, by code (-1: none), then its name: no per-row strings
    which = np.select(
        [garbage, half, null_island, swapped, by_country, out_of_range, ok],
        list(range(7)),
        default=-1,
    )
    rule = names.take(which, allow_fill=True)
    swapped |= by_country
    keep = ok | swapped
    new_lat = np.where(swapped, x, y)
    new_lon = np.where(swapped, y, x)
    new_lat[~keep] = np.nan
    new_lon[~keep] = np.nan
    return CoordFix(
        lat=pd.Series(new_lat, index=lat.index, name=lat.name, dtype="float64"),
        lon=pd.Series(new_lon, index=lon.index, name=lon.name, dtype="float64"),
        rule=pd.Series(rule, index=lat.index, dtype="string"),
        invalid=pd.Series(garbage | out_of_range, index=lat.index, dtype=bool),
    )
