"""Duplicates: the same event reported twice, by one source or by two.

Two kinds are marked, both through ``is_duplicate_of`` (the ``record_id`` of
the record kept), so nothing is dropped and nothing is counted twice:

* **re-submissions**: the same ``(source, source_ref)`` again with the same
  content (a file sent twice);
* **cross-source duplicates**: one event reported by two sources: event dates
  at most ``window_days`` apart, the same detection country and number of
  persons, and no disagreement on the fields both sources filled (transport
  mode, nationality, origin, destination, crime type, gender, age group;
  ``unknown`` counts as not filled; detection points within ``max_km`` when both
  have coordinates). The record kept is the one of the source reporting most
  events in that detection country.

Cross-source matching uses a sorted neighbourhood (sort by blocking key and
date, compare each record with its next ``neighbours`` rows) so the cost is
linear in the number of records; record linkage libraries do the same, but
pull in pandas<3 (recordlinkage) or a database engine (splink) for what is a
few vectorised comparisons here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

__all__ = ["mark_duplicates", "mark_resubmissions"]

_AGREE_IF_BOTH = (
    "transport_mode",
    "nationality",
    "origin_country",
    "destination_country",
    "crime_type",
    "gender",
    "age_group",
)
_BLOCK = ("detection_country", "n_persons")
_EARTH_KM = 6371.0
# Date precisions compared, and the period a partial date covers.
_PERIOD: dict[str, str | None] = {"day": None, "month": "M", "quarter": "Q"}


def _km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in km between points given in radians (NaN if one is missing)."""
    dlat, dlon = lat2 - lat1, lon2 - lon1
    a = np.sin(dlat / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin(dlon / 2) ** 2
    return np.asarray(2 * _EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1))))


def mark_resubmissions(frame: pd.DataFrame, *, content: list[str]) -> pd.Series:
    """Mark rows that repeat a record of the same source already seen.

    A row repeats an earlier one when it has the same ``(source, source_ref)`` and the
    same ``content`` (a file sent twice), or when it comes from another file of the same
    source with exactly the same ``content`` (the same file sent again under another
    name; its row-number references may differ). Identical rows within one file with
    different references stay separate records.

    Parameters
    ----------
    frame : DataFrame
        With ``source``, ``source_ref``, ``record_id`` and the ``content`` columns
        (and ``source_file`` for the second rule). Not modified.
    content : list of str
        Columns that must be equal for a repeat to count as the same record.

    Returns
    -------
    Series of string
        ``record_id`` of the record repeated, NA otherwise.

    Examples
    --------
    >>> f = pd.DataFrame({"source": ["A", "A", "A", "A"], "source_ref": ["1", "1", "2", "9"],
    ...                   "source_file": ["a.csv", "a.csv", "a.csv", "b.csv"],
    ...                   "record_id": ["r1", "r1b", "r2", "r9"], "n": [3, 3, 4, 4]})
    >>> mark_resubmissions(f, content=["n"]).tolist()
    [<NA>, 'r1', <NA>, 'r2']
    """
    out = pd.Series(pd.NA, index=frame.index, dtype="string", name="is_duplicate_of")
    if frame.empty:
        return out
    keys = ["source", "source_ref", *content]
    repeat = np.zeros(len(frame), dtype=bool)
    # Only rows whose (source, source_ref) comes again can repeat a record: the grouping
    # on every content column runs on those rows only.
    again = frame.duplicated(["source", "source_ref"], keep=False).to_numpy()
    if again.any():
        rows = np.flatnonzero(again)
        groups = frame.iloc[rows].groupby(keys, sort=False, dropna=False)
        later = groups.cumcount().to_numpy() > 0
        repeat[rows[later]] = True
        first = groups["record_id"].transform("first")[later].astype("string")
        out.iloc[rows[later]] = first.to_numpy()
    if "source_file" in frame and not _one_file_per_source(frame):
        same = frame.groupby(["source", *content], sort=False, dropna=False)
        first_file = same["source_file"].transform("first")
        other_file = (frame["source_file"] != first_file).fillna(False).to_numpy() & ~repeat
        out[other_file] = same["record_id"].transform("first")[other_file].astype("string")
    return out


def _one_file_per_source(frame: pd.DataFrame) -> bool:
    """Tell whether every row names its file and each source has one file only."""
    files = frame["source_file"]
    if files.isna().any():
        return False
    return bool(
        frame.groupby("source", sort=False, dropna=False)["source_file"].nunique().le(1).all()
    )


def mark_duplicates(
    records: pd.DataFrame,
    *,
    window_days: int = 2,
    neighbours: int = 4,
    max_km: float = 50.0,
) -> pd.Series:
    """Mark records that report the same event as a record of another source.

    Parameters
    ----------
    records : DataFrame
        Clean records (``record_id``, ``source``, ``event_date``, ``date_precision`` and the
        blocking columns). Not modified. Only rows dated to the day, month or quarter
        without an ``indicator`` (i.e. event records, not published aggregates) are
        compared; a month or quarter date matches any day of its period (two partial
        dates are never matched with each other).
    window_days : int, default=2
        Largest difference in event dates, in days.
    neighbours : int, default=4
        How many following rows in the sorted neighbourhood each record is compared with.
    max_km : float, default=50.0
        Largest distance between detection points when both records have coordinates.

    Returns
    -------
    Series of string
        For each duplicate, the ``record_id`` of the record kept (the one of the source
        with most records in that detection country, then the earliest event date, then
        the smallest ``record_id``); NA for the others. Aligned with ``records``.

    Examples
    --------
    >>> r = pd.DataFrame({
    ...     "record_id": ["a", "b", "c"], "source": ["FR", "ES", "ES"],
    ...     "event_date": pd.to_datetime(["2023-05-17", "2023-05-18", "2023-05-18"]),
    ...     "date_precision": ["day"] * 3, "detection_country": ["ITA", "ITA", "ESP"],
    ...     "transport_mode": ["sea"] * 3, "n_persons": [40, 40, 12],
    ...     "nationality": ["NGA", pd.NA, "NGA"]})
    >>> mark_duplicates(r).tolist()
    [<NA>, 'a', <NA>]
    """
    out = pd.Series(pd.NA, index=records.index, dtype="string", name="is_duplicate_of")
    needed = {"record_id", "source", "event_date", *_BLOCK}
    if not needed <= set(records.columns) or len(records) < 2:
        return out
    eligible = records["event_date"].notna() & records["n_persons"].notna()
    eligible &= records["detection_country"].notna()
    if "date_precision" in records:
        precision = records["date_precision"].astype("string")
        eligible &= precision.isin(list(_PERIOD)).fillna(False)
    if "indicator" in records:
        eligible &= records["indicator"].isna()
    sub = records.loc[eligible.to_numpy()]
    if len(sub) < 2:
        return out

    block = pd.Series(
        pd.factorize(pd.MultiIndex.from_frame(sub[list(_BLOCK)].astype("string")))[0],
        index=sub.index,
    )
    days = sub["event_date"].to_numpy("datetime64[D]").astype(np.int64)
    # A month or quarter date covers its whole period: it matches any day inside it.
    last = days.copy()
    if "date_precision" in sub:
        prec = sub["date_precision"].astype("string").to_numpy()
        for name, freq in _PERIOD.items():
            if freq is None or not (prec == name).any():
                continue
            end = sub["event_date"].dt.to_period(freq).dt.end_time
            last = np.where(prec == name, end.to_numpy("datetime64[D]").astype(np.int64), last)
    order = np.lexsort((days, block.to_numpy()))
    blk = block.to_numpy()[order]
    day = days[order]
    day_last = last[order]
    is_day = (last == days)[order]
    src = pd.factorize(sub["source"])[0][order]
    agree_cols = [c for c in _AGREE_IF_BOTH if c in sub]
    # "unknown" is no value: it never blocks a match (one source may not have known it)
    agree_vals = [
        pd.factorize(sub[c].astype("string").mask(sub[c].astype("string").eq("unknown")))[0][order]
        for c in agree_cols
    ]
    has_xy = {"lat", "lon"} <= set(sub.columns)
    if has_xy:
        lat = np.radians(sub["lat"].to_numpy(dtype=float, na_value=np.nan)[order])
        lon = np.radians(sub["lon"].to_numpy(dtype=float, na_value=np.nan)[order])

    left: list[np.ndarray] = []
    right: list[np.ndarray] = []
    n = len(order)
    for k in range(1, min(neighbours, n - 1) + 1):  # loop over offsets, not rows
        i = np.arange(n - k)
        j = i + k
        near = (day[j] - day_last[i] <= window_days) & (day[i] - day_last[j] <= window_days)
        # two partial dates are too vague to tell one event: one side must be a day
        near &= is_day[i] | is_day[j]
        ok = (blk[i] == blk[j]) & (src[i] != src[j]) & near
        for vals in agree_vals:  # -1 = missing: only disagreeing known values block a match
            ok &= (vals[i] == vals[j]) | (vals[i] < 0) | (vals[j] < 0)
        if has_xy:
            # NaN distance (a point missing) does not block; nor does the same point with
            # latitude and longitude swapped by one source (a common slip).
            km = _km(lat[i], lon[i], lat[j], lon[j])
            km_swapped = _km(lat[i], lon[i], lon[j], lat[j])
            ok &= ~((km > max_km) & ~(km_swapped <= max_km))
        left.append(order[i[ok]])
        right.append(order[j[ok]])
    pairs_l = np.concatenate(left) if left else np.array([], dtype=int)
    pairs_r = np.concatenate(right) if right else np.array([], dtype=int)
    if len(pairs_l) == 0:
        return out

    # Groups of records reporting one event. The record kept is the one of the source that
    # reports most events in that detection country (the national authority, not a hub
    # relaying its reports), then the earliest, then the smallest id.
    graph = coo_matrix((np.ones(len(pairs_l)), (pairs_l, pairs_r)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    in_pair = np.zeros(n, dtype=bool)
    in_pair[pairs_l] = True
    in_pair[pairs_r] = True
    reach = sub.groupby(["source", "detection_country"], sort=False, observed=True)[
        "record_id"
    ].transform("size")
    grp = pd.DataFrame(
        {
            "label": label[in_pair],
            "reach": -reach.to_numpy()[in_pair],
            "day": days[in_pair],
            "record_id": sub["record_id"].to_numpy()[in_pair],
            "pos": np.flatnonzero(in_pair),
        }
    ).sort_values(["label", "reach", "day", "record_id"])
    keeper = grp.groupby("label")["record_id"].transform("first")
    dup = grp["record_id"].to_numpy() != keeper.to_numpy()
    idx = sub.index[grp["pos"].to_numpy()[dup]]
    out.loc[idx] = keeper.to_numpy()[dup]
    return out
