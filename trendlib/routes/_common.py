"""Helpers shared by the route modules: input checks, weights, spherical geometry."""

from __future__ import annotations

import numbers

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError, ParameterError, short_list
from trendlib.schema import require_columns

__all__ = [
    "EARTH_RADIUS_KM",
    "check_number",
    "check_records",
    "dates_of",
    "haversine_km",
    "mode_of",
    "persons_of",
    "spherical_mean",
]

#: Mean Earth radius (IUGG), the radius used for every distance in kilometres.
EARTH_RADIUS_KM = 6371.0088


def check_records(
    records: object, *, what: str, columns: tuple[str, ...] = ("record_id",)
) -> pd.DataFrame:
    """Check that ``records`` is a DataFrame with ``columns`` and unique record ids.

    Parameters
    ----------
    records : object
        What the caller passed.
    what : str
        The function's name, for the message.
    columns : tuple of str
        Columns that must be present.

    Returns
    -------
    DataFrame
        ``records`` itself (never modified).
    """
    if not isinstance(records, pd.DataFrame):
        raise DataContractError(
            f"{what} expects a record frame (pandas DataFrame), but got "
            f"{type(records).__name__}; pass the `records` of trendlib.clean_records."
        )
    require_columns(records, columns, what=f"a record frame for {what}")
    codes, uniques = pd.factorize(records["record_id"], use_na_sentinel=True)
    if (codes < 0).any():
        rows = np.flatnonzero(codes < 0)
        raise DataContractError(
            f"{what}: record_id is missing in row(s) {short_list(rows.tolist())}; "
            "every record needs an id (clean_records makes one)."
        )
    if len(uniques) < len(codes):
        ids = records["record_id"]
        dup = ids[ids.duplicated()].unique().tolist()
        raise DataContractError(
            f"{what}: record_id must be unique, but {short_list(dup)} repeat; "
            "drop or rename the repeated records first."
        )
    return records


def check_number(
    name: str,
    value: object,
    *,
    low: float | None = None,
    high: float | None = None,
    integer: bool = False,
    inclusive_low: bool = True,
) -> None:
    """Raise :class:`ParameterError` unless ``value`` is a number in the range.

    Parameters
    ----------
    name : str
        Parameter name for the message.
    value : object
        The value passed.
    low, high : float, optional
        Bounds.
    integer : bool, default=False
        Require an integer.
    inclusive_low : bool, default=True
        Whether ``low`` itself is allowed.
    """
    kind = numbers.Integral if integer else numbers.Real
    ok = isinstance(value, kind) and not isinstance(value, bool)
    if ok:
        v = float(value)  # type: ignore[arg-type]
        ok = bool(np.isfinite(v))
        if low is not None:
            ok = ok and (v >= low if inclusive_low else v > low)
        if high is not None:
            ok = ok and v <= high
    if not ok:
        bound = []
        if low is not None:
            bound.append((">= " if inclusive_low else "> ") + f"{low:g}")
        if high is not None:
            bound.append(f"<= {high:g}")
        expected = ("an integer" if integer else "a number") + (
            " " + " and ".join(bound) if bound else ""
        )
        raise ParameterError(f"{name} must be {expected}, but got {value!r}.")


def persons_of(records: pd.DataFrame) -> np.ndarray:
    """Return ``n_persons`` as float (missing = 0), or zeros if the column is absent."""
    if "n_persons" not in records.columns:
        return np.zeros(len(records))
    return pd.to_numeric(records["n_persons"], errors="coerce").fillna(0).to_numpy(float)


def dates_of(records: pd.DataFrame) -> pd.Series:
    """Return ``event_date`` as datetime (NaT if absent), on ``records``' index."""
    if "event_date" not in records.columns:
        return pd.Series(pd.NaT, index=records.index, dtype="datetime64[ns]")
    return pd.to_datetime(records["event_date"], errors="coerce")


def mode_of(values: pd.Series, groups: np.ndarray, n_groups: int) -> np.ndarray:
    """Most frequent non-missing value of ``values`` in each group (ties: first seen).

    Works on integer codes (``pd.factorize``) and one ``bincount``, not a groupby.

    Parameters
    ----------
    values : Series
        Values, aligned with ``groups``.
    groups : ndarray of int
        Group code per value (``-1`` = ignore).
    n_groups : int
        Number of groups.

    Returns
    -------
    ndarray of object
        One value per group, ``None`` where a group has no value.

    Examples
    --------
    >>> mode_of(pd.Series(["a", "b", "b", None]), np.array([0, 0, 0, 1]), 2).tolist()
    ['b', None]
    """
    out = np.full(n_groups, None, dtype=object)
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    ok = (np.asarray(groups) >= 0) & (codes >= 0)
    if not ok.any() or n_groups == 0:
        return out
    k = len(uniques)
    counts = np.bincount(np.asarray(groups)[ok] * k + codes[ok], minlength=n_groups * k).reshape(
        n_groups, k
    )
    best = counts.argmax(axis=1)
    has = counts.max(axis=1) > 0
    out[has] = np.asarray(uniques, dtype=object)[best[has]]
    return out


def haversine_km(
    lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray
) -> np.ndarray:
    """Great-circle distance in kilometres between points given in degrees.

    Examples
    --------
    >>> round(float(haversine_km(0.0, 0.0, 0.0, 1.0)), 1)
    111.2
    """
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp = p2 - p1
    dl = np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def spherical_mean(
    lat: np.ndarray, lon: np.ndarray, weights: np.ndarray, groups: np.ndarray, n_groups: int
) -> tuple[np.ndarray, np.ndarray]:
    """Weighted mean position per group on the sphere (via unit vectors), in degrees.

    Works across the antimeridian, unlike a mean of longitudes.
    """
    la, lo = np.radians(lat), np.radians(lon)
    xyz = np.c_[np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)] * weights[:, None]
    sums = np.column_stack(
        [np.bincount(groups, weights=xyz[:, k], minlength=n_groups) for k in range(3)]
    )
    hyp = np.hypot(sums[:, 0], sums[:, 1])
    return np.degrees(np.arctan2(sums[:, 2], hyp)), np.degrees(np.arctan2(sums[:, 1], sums[:, 0]))
