"""Split ``"lat, lon"`` text and repair coordinate pairs.

:func:`split_coordinates` reads one text column holding both coordinates
(``"31.650259, -110.366453"``, ``"36,52; 15,12"``, ``"N 36.5 E 15.1"``,
``"36°30'N 15°6'E"``) into two text columns of signed decimal degrees, working on
the unique values with one vectorised regular expression.
:func:`fix_coordinates` then checks the pair: swapped latitude/longitude, values
out of range, (0, 0) "null island" and half-missing pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError

__all__ = ["CoordFix", "fix_coordinates", "split_coordinates"]


def _half(tag: str) -> str:
    """Regex of one coordinate: hemisphere before or after, degrees, minutes, seconds."""
    num = r"\d+(?:[.,]\d+)?"
    return (
        rf"(?P<{tag}_h1>[nsewo])?\s*(?P<{tag}_deg>[+-]?{num})\s*(?:°|º|˚|deg|d)?\s*"
        rf"(?:(?P<{tag}_min>{num})\s*(?:'|′|’|m|min)\s*)?"
        rf"(?:(?P<{tag}_sec>{num})\s*(?:\"|″|''|s|sec)\s*)?"
        rf"(?({tag}_h1)|(?P<{tag}_h2>[nsewo])?)"  # a letter after only if none before
    )


# Between the two halves: ";" or "," (with optional spaces), or spaces alone. A decimal
# comma inside a number needs a digit on both sides, so "36,52; 15,12" and
# "31.6, -110.3" both split where a person would.
_PAIR: Final = re.compile(rf"^\s*{_half('a')}\s*(?:[;,|/]|\s)\s*{_half('b')}\s*$")
_BRACKETS: Final = str.maketrans("", "", "()[]{}")


def _degrees(parts: pd.DataFrame, tag: str) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Return (signed decimal degrees, hemisphere letter, whether minutes/seconds were given)."""

    def number(col: str) -> pd.Series:
        return pd.to_numeric(parts[f"{tag}_{col}"].str.replace(",", "."), errors="coerce")

    deg, minutes, seconds = number("deg"), number("min"), number("sec")
    hemisphere = parts[f"{tag}_h1"].fillna(parts[f"{tag}_h2"])
    value = deg.abs() + minutes.fillna(0) / 60 + seconds.fillna(0) / 3600
    negative = (deg < 0) | hemisphere.isin(["s", "w", "o"])  # o: oeste / ouest
    return value.where(~negative, -value), hemisphere, minutes.notna() | seconds.notna()


def split_coordinates(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    r"""Split a ``"lat, lon"`` text column into latitude and longitude text.

    Parameters
    ----------
    raw : Series
        Text such as ``"31.650259, -110.366453"``, ``"37.2832, 27"``, ``"36,52; 15,12"``
        (decimal commas), ``"(36.5, 15.1)"``, ``"N 36.5 E 15.1"``, ``"36.5S 15.1W"``
        or degrees-minutes-seconds ``"36°30'15\"N 15°07'E"``. A pair written longitude
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
    text = pd.Series(np.asarray(uniques, dtype=object), dtype="object").astype(str)
    parts = text.str.lower().str.translate(_BRACKETS).str.extract(_PAIR)

    a, a_hemi, a_dms = _degrees(parts, "a")
    b, b_hemi, b_dms = _degrees(parts, "b")
    lon_first = a_hemi.isin(["e", "w", "o"]) & b_hemi.isin(["n", "s"])
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
        ``coords.ok``, ``coords.swapped``, ``coords.out_of_range``, ``coords.null_island``,
        ``coords.half_missing`` or ``coords.garbage``; missing where both were missing.
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


def fix_coordinates(lat: pd.Series, lon: pd.Series) -> CoordFix:
    """Repair a latitude/longitude pair: swaps, out-of-range values, (0, 0), half pairs.

    Parameters
    ----------
    lat, lon : Series
        Latitude and longitude, as numbers or text (decimal point or comma), aligned.
        Not modified.

    Returns
    -------
    CoordFix
        Per row, the first rule that applies:

        * ``coords.garbage``: a coordinate is text that is not a number: NaN both, invalid;
        * ``coords.half_missing``: only one of the two is given: NaN both;
        * ``coords.null_island``: (0, 0), a placeholder, not a place: NaN both;
        * ``coords.swapped``: out of range as given (``|lat| > 90``) but in range once
          swapped: swapped;
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

    names = pd.array(
        [
            "coords.garbage",
            "coords.half_missing",
            "coords.null_island",
            "coords.swapped",
            "coords.out_of_range",
            "coords.ok",
        ],
        dtype="string",
    )
    # the first rule that applies, by code (-1: none), then its name: no per-row strings
    which = np.select(
        [garbage, half, null_island, swapped, out_of_range, ok], list(range(6)), default=-1
    )
    rule = names.take(which, allow_fill=True)
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
