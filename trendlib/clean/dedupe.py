"""Duplicates: the same event reported twice, by one source or by two.

Two kinds are marked, both through ``is_duplicate_of`` (the ``record_id`` of
the record kept), so nothing is dropped and nothing is counted twice:

* **re-submissions**: the same ``(source, source_ref)`` again with the same
  content (a file sent twice);
* **cross-source duplicates**: one event reported by two sources: event dates
  at most ``window_days`` apart, the same number of persons, the same country in
  at least one blocking field (detection country, nationality, origin or
  destination), and no disagreement on the fields both sources filled (those
  countries, transport mode, crime type, gender, age group; blanks and
  ``unknown`` neither agree nor disagree; detection points within ``max_km`` when
  both have coordinates). The record kept is the one of the source reporting most
  events in that detection country.

Cross-source matching uses a multi-pass sorted neighbourhood: one pass per
blocking field (sort by field, number of persons and date; compare each record
with its next ``neighbours`` rows of the same block), so the cost is linear in
the number of records and a field one source leaves blank only removes one pass.
Record linkage libraries do the same, but pull in pandas<3 (recordlinkage) or a
database engine (splink) for what is a few vectorised comparisons here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

__all__ = ["mark_duplicates", "mark_resubmissions"]

_AGREE_IF_BOTH = (
    "detection_country",
    "transport_mode",
    "nationality",
    "origin_country",
    "destination_country",
    "crime_type",
    "gender",
    "age_group",
)
# Blocking fields: each pass pairs records with the same value here and the same
# number of persons (a blank value sits that pass out).
_BLOCK_FIELDS = ("detection_country", "nationality", "origin_country", "destination_country")
_EARTH_KM = 6371.0
# Two records dated to a month or a quarter only match when they name the same point.
_SAME_POINT_KM = 1.0
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
    neighbours: int = 8,
    max_km: float = 50.0,
) -> pd.Series:
    """Mark records that report the same event as a record of another source.

    Two records of different sources report one event when their dates are at most
    ``window_days`` apart, they count the same number of persons, they name the same
    country in one of the blocking fields (detection country, nationality, origin or
    destination), and no field both sources filled disagrees (those countries,
    transport mode, crime type, gender, age group; ``unknown`` counts as not filled;
    detection points within ``max_km`` when both have coordinates). A blank field
    neither agrees nor disagrees, so a source that leaves the detection country empty
    still meets its copy through the nationality or the origin.

    Parameters
    ----------
    records : DataFrame
        Clean records (``record_id``, ``source``, ``event_date``, ``date_precision``,
        ``n_persons`` and the blocking columns present). Not modified. Only rows dated to
        the day, month or quarter without an ``indicator`` (i.e. event records, not
        published aggregates) are compared; a month or quarter date matches any day of
        its period (two partial dates are never matched with each other).
    window_days : int, default=2
        Largest difference in event dates, in days.
    neighbours : int, default=8
        In each blocking pass, how many following rows (same key, sorted by date) each
        record is compared with at most.
    max_km : float, default=50.0
        Largest distance between detection points when both records have coordinates.

    Returns
    -------
    Series of string
        For each duplicate, the ``record_id`` of the record kept (the one of the source
        with most records in that detection country, then the earliest event date, then
        the smallest ``record_id``); NA for the others. Aligned with ``records``.

    Notes
    -----
    Multi-pass sorted neighbourhood: one pass per blocking field, each keyed on
    (field, ``n_persons``) and sorted by date, so the cost stays linear in the number
    of records and a field left blank by one source only removes that pass.

    Examples
    --------
    >>> r = pd.DataFrame({
    ...     "record_id": ["a", "b", "c", "d"], "source": ["FR", "ES", "ES", "US"],
    ...     "event_date": pd.to_datetime(["2023-05-17", "2023-05-18", "2023-05-18",
    ...                                   "2023-05-19"]),
    ...     "date_precision": ["day"] * 4, "detection_country": ["ITA", "ITA", "ESP", None],
    ...     "transport_mode": ["sea"] * 4, "n_persons": [40, 40, 12, 40],
    ...     "nationality": ["NGA", pd.NA, "NGA", "NGA"]})
    >>> mark_duplicates(r).tolist()
    [<NA>, 'a', <NA>, 'a']
    """
    out = pd.Series(pd.NA, index=records.index, dtype="string", name="is_duplicate_of")
    blocks = [c for c in _BLOCK_FIELDS if c in records.columns]
    needed = {"record_id", "source", "event_date", "n_persons"}
    if not needed <= set(records.columns) or not blocks or len(records) < 2:
        return out
    eligible = records["event_date"].notna() & records["n_persons"].notna()
    if "date_precision" in records:
        precision = records["date_precision"].astype("string")
        eligible &= precision.isin(list(_PERIOD)).fillna(False)
    if "indicator" in records:
        eligible &= records["indicator"].isna()
    sub = records.loc[eligible.to_numpy()]
    if len(sub) < 2:
        return out

    days = sub["event_date"].to_numpy("datetime64[D]").astype(np.int64)
    last = _period_last_day(sub, days)
    # "unknown" is no value: it never blocks a match (one source may not have known it)
    codes = {
        c: pd.factorize(sub[c].astype("string").mask(sub[c].astype("string").eq("unknown")))[
            0
        ].astype(np.int32)
        for c in dict.fromkeys([*blocks, *_AGREE_IF_BOTH])  # most telling fields first
        if c in sub
    }
    persons = pd.factorize(sub["n_persons"])[0]
    src = pd.factorize(sub["source"])[0]
    xy = None
    if {"lat", "lon"} <= set(sub.columns):
        xy = (
            np.radians(sub["lat"].to_numpy(dtype=float, na_value=np.nan)),
            np.radians(sub["lon"].to_numpy(dtype=float, na_value=np.nan)),
        )
    found = []
    for field in blocks:  # one pass per blocking field, not per record
        left, right = _block_pairs(
            codes[field],
            persons,
            days,
            last,
            src,
            window_days=window_days,
            neighbours=neighbours,
        )
        ok = _compatible(left, right, codes, xy, max_km=max_km)
        found.append(np.minimum(left[ok], right[ok]) * len(sub) + np.maximum(left[ok], right[ok]))
    pairs = np.unique(np.concatenate(found))  # a pair found by several passes counts once
    left, right = pairs // len(sub), pairs % len(sub)
    agree = np.zeros(len(left), dtype=np.int64)
    for vals in codes.values():
        agree += (vals[left] >= 0) & (vals[left] == vals[right])
    km = np.full(len(left), np.nan)
    if xy is not None:
        km = _pair_km(left, right, xy)
    # Two partial dates are too vague to tell one event, unless both name the same point.
    partial = (last != days)[left] & (last != days)[right]
    ok = ~partial | (km <= _SAME_POINT_KM)
    gap = np.abs(days[left] - days[right])
    left, right, agree, gap, km = left[ok], right[ok], agree[ok], gap[ok], km[ok]
    if len(left) == 0:
        return out
    best = _mutual_best(left, right, src, agree=agree, gap=gap, km=km)
    all_l, all_r = left[best], right[best]
    return _keep_one(sub, out, all_l, all_r, days)


def _pair_km(left: np.ndarray, right: np.ndarray, xy: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Distance in km between the points of paired records (NaN when one is missing).

    The same point with latitude and longitude swapped by one source (a common slip)
    counts as the same point.
    """
    lat, lon = xy
    return np.fmin(
        _km(lat[left], lon[left], lat[right], lon[right]),
        _km(lat[left], lon[left], lon[right], lat[right]),
    )


def _compatible(
    left: np.ndarray,
    right: np.ndarray,
    codes: dict[str, np.ndarray],
    xy: tuple[np.ndarray, np.ndarray] | None,
    *,
    max_km: float,
) -> np.ndarray:
    """Flag candidate pairs on which no field both records filled disagrees."""
    keep = np.arange(len(left))  # the candidates still compatible: shrinks field by field
    for vals in codes.values():  # -1 = missing: only disagreeing known values block
        a, b = vals[left[keep]], vals[right[keep]]
        keep = keep[(a == b) | (a < 0) | (b < 0)]
    if xy is not None and len(keep):
        # NaN (a point missing) is not far
        keep = keep[~(_pair_km(left[keep], right[keep], xy) > max_km)]
    ok = np.zeros(len(left), dtype=bool)
    ok[keep] = True
    return ok


def _period_last_day(sub: pd.DataFrame, days: np.ndarray) -> np.ndarray:
    """Return the last day (days since epoch) each record's date covers.

    A month or quarter date covers its whole period, a day date only itself.
    """
    last = days.copy()
    if "date_precision" in sub:
        prec = sub["date_precision"].astype("string").to_numpy()
        for name, freq in _PERIOD.items():
            if freq is None or not (prec == name).any():
                continue
            end = sub["event_date"].dt.to_period(freq).dt.end_time
            last = np.where(prec == name, end.to_numpy("datetime64[D]").astype(np.int64), last)
    return last


def _block_pairs(
    key: np.ndarray,
    persons: np.ndarray,
    days: np.ndarray,
    last: np.ndarray,
    src: np.ndarray,
    *,
    window_days: int,
    neighbours: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (positions) of one sorted-neighbourhood pass.

    Records with a blank ``key`` (code -1) sit this pass out. The others are sorted by
    (key, persons, date) and each is paired with the following rows of its block whose
    dates are close and whose source differs, at most ``neighbours`` rows on.
    """
    rows = np.flatnonzero(key >= 0)
    order = rows[np.lexsort((days[rows], persons[rows], key[rows]))]
    blk = key[order].astype(np.int64) * (int(persons.max()) + 1) + persons[order]
    day, day_last, source = days[order], last[order], src[order]
    left: list[np.ndarray] = []
    right: list[np.ndarray] = []
    n = len(order)
    # Rows still looking further: within a block dates only grow, so once the row k on
    # starts after this row's period (+ window) so do all the rows after it.
    i = np.arange(n - 1)
    for k in range(1, neighbours + 1):  # loop over offsets, not rows
        i = i[i + k < n]
        j = i + k
        go_on = (blk[i] == blk[j]) & (day[j] - day_last[i] <= window_days)
        i, j = i[go_on], j[go_on]
        if len(i) == 0:
            break
        hit = (day[i] - day_last[j] <= window_days) & (source[i] != source[j])
        left.append(order[i[hit]])
        right.append(order[j[hit]])
    if not left:
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    return np.concatenate(left), np.concatenate(right)


def _mutual_best(
    left: np.ndarray,
    right: np.ndarray,
    src: np.ndarray,
    *,
    agree: np.ndarray,
    gap: np.ndarray,
    km: np.ndarray,
) -> np.ndarray:
    """Keep the pairs whose two records are each other's best match in the other source.

    A record matches at most one record of each other source: a quarter date that
    fits two events of one source keeps the better one only (more fields agreeing,
    then the closer date, then the closer point), so two records of one source never
    end up in one event through it.
    """
    both = pd.DataFrame(
        {
            "a": np.concatenate([left, right]),
            "b": np.concatenate([right, left]),
            "agree": np.concatenate([agree, agree]),
            "gap": np.concatenate([gap, gap]),
            "km": np.concatenate([km, km]),
            "pair": np.tile(np.arange(len(left)), 2),
        }
    )
    both["b_source"] = src[both["b"].to_numpy()]
    both = both.sort_values(
        ["a", "b_source", "agree", "gap", "km", "b"],
        ascending=[True, True, False, True, True, True],
    )
    chosen = both.drop_duplicates(["a", "b_source"])["pair"].to_numpy()
    votes = np.bincount(chosen, minlength=len(left))
    return np.asarray(votes == 2)


def _reach(sub: pd.DataFrame, label: np.ndarray) -> np.ndarray:
    """How many records each record's source reports in its event's detection country.

    The event's country is the one its records name (a record that leaves it blank
    takes it from the others), so a hub that never fills the country does not win by
    reporting many events "nowhere".
    """
    if "detection_country" not in sub:
        return sub.groupby("source", sort=False)["record_id"].transform("size").to_numpy()
    country = sub["detection_country"].astype("string")
    event_country = country.groupby(label).transform("first")  # first non-blank
    counts = sub.groupby(["source", country], sort=False, observed=True)["record_id"].size()
    keys = pd.MultiIndex.from_arrays([sub["source"], event_country])
    return counts.reindex(keys).fillna(0).to_numpy(dtype=np.int64)


def _keep_one(
    sub: pd.DataFrame, out: pd.Series, pairs_l: np.ndarray, pairs_r: np.ndarray, days: np.ndarray
) -> pd.Series:
    """Group the matched records into events and point every other one at the kept one.

    The record kept is the one of the source that reports most events in that detection
    country (the national authority, not a hub relaying its reports), then the earliest,
    then the smallest id.
    """
    n = len(sub)
    graph = coo_matrix((np.ones(len(pairs_l)), (pairs_l, pairs_r)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    in_pair = np.zeros(n, dtype=bool)
    in_pair[pairs_l] = True
    in_pair[pairs_r] = True
    reach = _reach(sub, label)
    grp = pd.DataFrame(
        {
            "label": label[in_pair],
            "reach": -reach[in_pair],
            "day": days[in_pair],
            "record_id": sub["record_id"].to_numpy()[in_pair],
            "pos": np.flatnonzero(in_pair),
        }
    ).sort_values(["label", "reach", "day", "record_id"])
    keeper = grp.groupby("label")["record_id"].transform("first")
    dup = grp["record_id"].to_numpy() != keeper.to_numpy()
    idx = sub.index[grp["pos"].to_numpy()[dup]]
    out = out.copy()
    out.loc[idx] = keeper.to_numpy()[dup]
    return out
