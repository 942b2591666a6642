"""Duplicates: the same event reported twice, by one source or by two.

Two kinds are marked, both through ``is_duplicate_of`` (the ``record_id`` of
the record kept), so nothing is dropped and nothing is counted twice:

* **re-submissions**: the same ``(source, source_ref)`` again with the same
  content (a file sent twice);
* **cross-source duplicates**: one event reported by two sources: event dates
  at most ``window_days`` apart, the same detection country, transport mode and
  number of persons, and no disagreement on the fields both sources filled
  (nationality, origin, destination, crime type, gender, age group; detection
  points within ``max_km`` when both have coordinates).

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
    "nationality",
    "origin_country",
    "destination_country",
    "crime_type",
    "gender",
    "age_group",
)
_BLOCK = ("detection_country", "transport_mode", "n_persons")
_EARTH_KM = 6371.0


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
    groups = frame.groupby(keys, sort=False, dropna=False)
    repeat = groups.cumcount().to_numpy() > 0
    out[repeat] = groups["record_id"].transform("first")[repeat].astype("string")
    if "source_file" in frame:
        same = frame.groupby(["source", *content], sort=False, dropna=False)
        first_file = same["source_file"].transform("first")
        other_file = (frame["source_file"] != first_file).fillna(False).to_numpy() & ~repeat
        out[other_file] = same["record_id"].transform("first")[other_file].astype("string")
    return out


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
        blocking columns). Not modified. Only day-precision rows without an ``indicator``
        (i.e. event records, not published aggregates) are compared.
    window_days : int, default=2
        Largest difference in event dates, in days.
    neighbours : int, default=4
        How many following rows in the sorted neighbourhood each record is compared with.
    max_km : float, default=50.0
        Largest distance between detection points when both records have coordinates.

    Returns
    -------
    Series of string
        For each duplicate, the ``record_id`` of the record kept (the earliest event date,
        then the smallest ``record_id``); NA for the others. Aligned with ``records``.

    Examples
    --------
    >>> r = pd.DataFrame({
    ...     "record_id": ["a", "b", "c"], "source": ["FR", "ES", "ES"],
    ...     "event_date": pd.to_datetime(["2023-05-17", "2023-05-18", "2023-05-18"]),
    ...     "date_precision": ["day"] * 3, "detection_country": ["ITA"] * 3,
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
        eligible &= records["date_precision"].astype("string").eq("day").fillna(False)
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
    order = np.lexsort((days, block.to_numpy()))
    blk = block.to_numpy()[order]
    day = days[order]
    src = pd.factorize(sub["source"])[0][order]
    agree_cols = [c for c in _AGREE_IF_BOTH if c in sub]
    agree_vals = [pd.factorize(sub[c].astype("string"))[0][order] for c in agree_cols]
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
        ok = (blk[i] == blk[j]) & (src[i] != src[j]) & (np.abs(day[j] - day[i]) <= window_days)
        for vals in agree_vals:  # -1 = missing: only disagreeing known values block a match
            ok &= (vals[i] == vals[j]) | (vals[i] < 0) | (vals[j] < 0)
        if has_xy:
            dlat, dlon = lat[j] - lat[i], lon[j] - lon[i]
            a = np.sin(dlat / 2) ** 2 + np.cos(lat[i]) * np.cos(lat[j]) * np.sin(dlon / 2) ** 2
            km = 2 * _EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
            ok &= ~(km > max_km)  # NaN distance (a point missing) does not block
        left.append(order[i[ok]])
        right.append(order[j[ok]])
    pairs_l = np.concatenate(left) if left else np.array([], dtype=int)
    pairs_r = np.concatenate(right) if right else np.array([], dtype=int)
    if len(pairs_l) == 0:
        return out

    # Groups of records reporting one event; the kept record is the earliest, then smallest id.
    graph = coo_matrix((np.ones(len(pairs_l)), (pairs_l, pairs_r)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    in_pair = np.zeros(n, dtype=bool)
    in_pair[pairs_l] = True
    in_pair[pairs_r] = True
    grp = pd.DataFrame(
        {
            "label": label[in_pair],
            "day": days[in_pair],
            "record_id": sub["record_id"].to_numpy()[in_pair],
            "pos": np.flatnonzero(in_pair),
        }
    ).sort_values(["label", "day", "record_id"])
    keeper = grp.groupby("label")["record_id"].transform("first")
    dup = grp["record_id"].to_numpy() != keeper.to_numpy()
    idx = sub.index[grp["pos"].to_numpy()[dup]]
    out.loc[idx] = keeper.to_numpy()[dup]
    return out
