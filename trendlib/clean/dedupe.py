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

__all__ = ["mark_duplicates", "mark_repeated_rows", "mark_resubmissions"]

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
# Agreement weight of two detection points within ``max_km`` (in bits, as a field's):
# about that of a country shared by one record in eight.
_POINT_WEIGHT = 3.0
# Rounds of the one-to-one assignment (each round settles the pairs that are each
# other's best among the records still free).
_ASSIGN_ROUNDS = 8
# Side in degrees of the grid cell that stands for the detection country when a
# record of the event leaves the country blank (about 110 km).
_CELL_DEG = 1.0


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


def mark_repeated_rows(
    raw: pd.DataFrame, *, record_id: pd.Series, skip: frozenset[str] | set[str] = frozenset()
) -> pd.Series:
    """Mark rows repeating, cell for cell, an earlier row of the same source that has no id.

    A file without a recognised reference column numbers its rows, so a row sent twice
    (within the file or in a copy of it) gets two references and
    :func:`mark_resubmissions` cannot tell it. Here the raw cells speak: rows of one
    source whose reference is their row number and whose raw cells (every column but
    the provenance ones and ``skip``) are all equal are one record sent again.

    Parameters
    ----------
    raw : DataFrame
        Raw rows (``source``, ``source_ref``, ``source_row`` and the file's columns), as
        text. Not modified.
    record_id : Series
        ``record_id`` of the rows kept as records, indexed like their rows of ``raw``;
        only those rows are compared.
    skip : set of str, optional
        Columns not compared (provenance: ``source_file``, ``source_row``, ...).

    Returns
    -------
    Series of string
        Aligned with ``record_id``: the ``record_id`` of the first row repeated, NA
        otherwise.

    Examples
    --------
    >>> raw = pd.DataFrame({"source": ["L"] * 3, "source_ref": ["2", "3", "4"],
    ...                     "source_row": [2, 3, 4], "Date": ["1/2/23", "1/2/23", "1/2/23"],
    ...                     "Pax": ["12", "12", "13"]})
    >>> ids = pd.Series(["a", "b", "c"])
    >>> mark_repeated_rows(raw, record_id=ids, skip={"source_row"}).tolist()
    [<NA>, 'a', <NA>]
    """
    out = pd.Series(pd.NA, index=record_id.index, dtype="string", name="is_duplicate_of")
    if len(record_id) < 2 or not {"source", "source_ref", "source_row"} <= set(raw.columns):
        return out
    ref = raw["source_ref"].loc[record_id.index].astype("string")
    # A row number is digits: the text comparison below runs on those rows only.
    digits = ref.str.isdigit().fillna(False).to_numpy(dtype=bool)
    if digits.sum() < 2:
        return out
    rows = record_id.index[digits]
    numbered = (
        (ref.loc[rows] == raw["source_row"].loc[rows].astype("string"))
        .fillna(False)
        .to_numpy(dtype=bool)
    )
    rows = rows[numbered]
    if len(rows) < 2:
        return out
    cells = [c for c in raw.columns if c not in skip and c != "source_ref"]
    groups = raw.loc[rows, cells].astype("string").groupby(cells, sort=False, dropna=False)
    later = groups.ngroup().duplicated().to_numpy()
    if not later.any():
        return out
    first = record_id.loc[rows].groupby(groups.ngroup().to_numpy()).transform("first")
    out.loc[rows[later]] = first.to_numpy()[later]
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
    min_evidence: int = 2,
) -> pd.Series:
    """Mark records that report the same event as a record of another source.

    Two records of different sources report one event when their dates are at most
    ``window_days`` apart, they count the same number of persons, they name the same
    country in one of the blocking fields (detection country, nationality, origin or
    destination), no field both sources filled disagrees (those countries, transport
    mode, crime type, gender, age group; ``unknown`` counts as not filled; detection
    points within ``max_km`` when both have coordinates). A blank field neither agrees
    nor disagrees, so a source that leaves the detection country empty still meets its
    copy through the nationality or the origin; but when one record leaves a blocking
    country blank that the other gives, at least ``min_evidence`` fields must agree
    (the blocking country counts, so does a point within ``max_km``): a shared
    nationality alone does not make two events one.

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
    min_evidence : int, default=2
        Fewest agreeing fields (filled in both and equal), besides the date and the
        number of persons, for a pair in which one record leaves a blocking country
        blank that the other gives.

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
    of records and a field left blank by one source only removes that pass. The
    candidate pairs are scored as in Fellegi-Sunter record linkage: agreeing on a value
    adds its weight ``-log2(share of the records with that value)`` (a rare country
    tells more than a common one), a blank adds nothing, and a disagreement on a filled
    field rules the pair out. Pairs are then assigned one to one between two sources,
    best score first: each record matches at most one record of each other source.
    Columns are compared by their integer codes (categories or factorized values),
    never as text.

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
    eligible = records["event_date"].notna().to_numpy() & records["n_persons"].notna().to_numpy()
    if "date_precision" in records:
        eligible &= records["date_precision"].isin(list(_PERIOD)).to_numpy(dtype=bool)
    if "indicator" in records:
        eligible &= records["indicator"].isna().to_numpy()
    pos = np.flatnonzero(eligible)
    src = _codes(records["source"], blank_unknown=False)[pos]
    if len(pos) < 2 or (src == src[0]).all():  # one source: no cross-source pair
        return out
    cols = ["record_id", "source", "event_date", "date_precision", "detection_country"]
    sub = records[[c for c in dict.fromkeys([*cols, "lat", "lon"]) if c in records]].iloc[pos]
    days = sub["event_date"].to_numpy("datetime64[D]").astype(np.int64)
    last = _period_last_day(sub, days)
    # "unknown" is no value: it never blocks a match (one source may not have known it)
    codes = {
        c: _codes(records[c])[pos]
        for c in dict.fromkeys([*blocks, *_AGREE_IF_BOTH])  # most telling fields first
        if c in records
    }
    persons = pd.factorize(records["n_persons"].iloc[pos])[0]
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
    score, evidence = _agreement(left, right, codes)
    km = np.full(len(left), np.nan)
    if xy is not None:
        km = _pair_km(left, right, xy)
    near = km <= max_km
    evidence += near
    score += near * _POINT_WEIGHT
    # Two partial dates are too vague to tell one event, unless both name the same point.
    partial = (last != days)[left] & (last != days)[right]
    # A blocking country one record gives and the other leaves blank: the countries
    # in common are only part of the route, so another field must agree too.
    one_blank = np.zeros(len(left), dtype=bool)
    for field in blocks:
        one_blank |= (codes[field][left] < 0) != (codes[field][right] < 0)
    ok = (~partial | (km <= _SAME_POINT_KM)) & (evidence >= np.where(one_blank, min_evidence, 1))
    gap = np.abs(days[left] - days[right])
    left, right, score, gap, km = left[ok], right[ok], score[ok], gap[ok], km[ok]
    if len(left) == 0:
        return out
    best = _one_to_one(left, right, src, score=score, gap=gap, km=km)
    return _keep_one(sub, out, left[best], right[best], days)


def _codes(values: pd.Series, *, blank_unknown: bool = True) -> np.ndarray:
    """Integer code of each value (-1 = blank), from the categories or a factorization.

    Only the distinct values are looked at as text (a categorical's categories, the
    uniques of a string column), never the column row by row. With ``blank_unknown``,
    ``"unknown"`` and blank text count as missing.
    """
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy(dtype=np.int32)
        distinct = pd.Index(values.cat.categories)
    else:
        raw, distinct = pd.factorize(values, use_na_sentinel=True)
        codes = raw.astype(np.int32, copy=False)
    if blank_unknown and len(distinct):
        text = pd.Series(distinct.astype("string")).str.strip()
        blank = text.isin(["", "unknown"]).to_numpy(dtype=bool)
        if blank.any():  # the last entry stands for code -1 (NA): blank too
            codes = np.where(np.append(blank, True)[codes], -1, codes).astype(np.int32)
    return codes


def _agreement(
    left: np.ndarray, right: np.ndarray, codes: dict[str, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Agreement weight and number of agreeing fields of each candidate pair.

    A field agreeing on value ``v`` adds ``-log2(p_v)``, ``p_v`` the share of the
    records filling that field with ``v`` (the chance two unrelated records agree on
    it, as Fellegi-Sunter's u-probability); a blank adds nothing.
    """
    score = np.zeros(len(left))
    count = np.zeros(len(left), dtype=np.int64)
    for vals in codes.values():
        filled = vals[vals >= 0]
        if not len(filled):
            continue
        freq = np.bincount(filled) / len(filled)
        weight = -np.log2(np.where(freq > 0, freq, 1.0))
        a, b = vals[left], vals[right]
        same = (a >= 0) & (a == b)
        count += same
        score[same] += weight[a[same]]
    return score, count


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
        prec = sub["date_precision"]
        for name, freq in _PERIOD.items():
            is_name = prec.isin([name]).to_numpy(dtype=bool)
            if freq is None or not is_name.any():
                continue
            end = sub["event_date"].dt.to_period(freq).dt.end_time
            last = np.where(is_name, end.to_numpy("datetime64[D]").astype(np.int64), last)
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


def _one_to_one(
    left: np.ndarray,
    right: np.ndarray,
    src: np.ndarray,
    *,
    score: np.ndarray,
    gap: np.ndarray,
    km: np.ndarray,
) -> np.ndarray:
    """Assign candidate pairs one to one between sources, best score first.

    A record matches at most one record of each other source: a quarter date that
    fits two events of one source keeps the better one only (higher score, then the
    closer date, then the closer point), so two records of one source never end up in
    one event through it. Each round keeps the pairs whose two records are each other's
    best among the records still free for that source; the records they use are then
    taken, and the next round settles the pairs left (a greedy assignment, vectorised
    by rounds instead of by pair).
    """
    n_src = int(src.max()) + 1
    # Best first: the order every round ranks the candidates in.
    rank = np.lexsort((np.minimum(left, right), np.nan_to_num(km, nan=np.inf), gap, -score))
    left, right = left[rank], right[rank]
    chosen = np.zeros(len(left), dtype=bool)
    free = np.ones(len(left), dtype=bool)
    used = np.empty(0, dtype=np.int64)  # slots taken by the pairs chosen so far
    for _ in range(_ASSIGN_ROUNDS):
        cand = np.flatnonzero(free)
        if not len(cand):
            break
        # slot = (record, other source): each may be used once
        slot_l = left[cand] * n_src + src[right[cand]]
        slot_r = right[cand] * n_src + src[left[cand]]
        first_l = np.zeros(len(cand), dtype=bool)
        first_r = np.zeros(len(cand), dtype=bool)
        first_l[np.unique(slot_l, return_index=True)[1]] = True
        first_r[np.unique(slot_r, return_index=True)[1]] = True
        win = cand[first_l & first_r]
        if not len(win):
            break
        chosen[win] = True
        used = np.concatenate([used, left[win] * n_src + src[right[win]]])
        used = np.concatenate([used, right[win] * n_src + src[left[win]]])
        free[win] = False
        free &= ~np.isin(left * n_src + src[right], used)
        free &= ~np.isin(right * n_src + src[left], used)
    out = np.zeros(len(left), dtype=bool)
    out[rank[chosen]] = True
    return out


def _reach(sub: pd.DataFrame, label: np.ndarray, members: np.ndarray) -> np.ndarray:
    """How many records each member's source reports where its event was detected.

    ``members`` are the positions of the matched records, ``label`` the event of each
    position. The event's country is the one its records name (a record that leaves it
    blank takes it from the others), so a hub that never fills the country does not win
    by reporting many events "nowhere". When a record of the event leaves the country
    blank (a source whose country column was not recognised reports nothing "in" any
    country), every member is measured the same other way: its source's records in the
    event's grid cell of ``_CELL_DEG`` degrees, taken from the first point of the event.
    """
    src = _codes(sub["source"], blank_unknown=False)
    n_src = int(src.max()) + 1
    src_m, lab = src[members], label[members]
    if "detection_country" not in sub:
        return np.bincount(src, minlength=n_src)[src_m]
    country = _codes(sub["detection_country"])
    n_c = int(country.max()) + 2
    mine = country[members]
    event = pd.Series(np.where(mine >= 0, mine, np.nan)).groupby(lab).transform("first")
    event_c = event.fillna(-1).to_numpy(dtype=np.int64)
    filled = country >= 0
    counts = np.bincount(src[filled] * n_c + country[filled], minlength=n_src * n_c)
    reach = np.where(event_c >= 0, counts[src_m * n_c + np.maximum(event_c, 0)], 0)
    if not {"lat", "lon"} <= set(sub.columns):
        return reach
    blank = pd.Series(mine < 0).groupby(lab).transform("any").to_numpy(dtype=bool)
    if not blank.any():
        return reach
    lat = sub["lat"].to_numpy(dtype=float, na_value=np.nan)
    lon = sub["lon"].to_numpy(dtype=float, na_value=np.nan)
    ok = ~(np.isnan(lat) | np.isnan(lon))
    cell = np.full(len(sub), -1, dtype=np.int64)
    # cells numbered row by row over the globe (lat -90..90, lon -180..180)
    per_row = int(360 / _CELL_DEG) + 1
    cell[ok] = np.floor((lat[ok] + 90) / _CELL_DEG).astype(np.int64) * per_row + np.floor(
        (lon[ok] + 180) / _CELL_DEG
    ).astype(np.int64)
    cell_codes, cells = pd.factorize(cell[ok])
    n_cell = len(cells)
    cell_counts = np.bincount(src[ok] * n_cell + cell_codes, minlength=n_src * n_cell)
    code = np.full(len(sub), -1, dtype=np.int64)
    code[ok] = cell_codes
    mine_cell = code[members]
    event_cell = (
        pd.Series(np.where(mine_cell >= 0, mine_cell, np.nan))
        .groupby(lab)
        .transform("first")
        .fillna(-1)
        .to_numpy(dtype=np.int64)
    )
    use = blank & (event_cell >= 0)
    by_cell = cell_counts[src_m * n_cell + np.maximum(event_cell, 0)]
    return np.where(use, by_cell, reach)


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
    members = np.flatnonzero(in_pair)
    reach = _reach(sub, label, members)
    grp = pd.DataFrame(
        {
            "label": label[in_pair],
            "reach": -reach,
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
