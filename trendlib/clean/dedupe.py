"""Duplicates: the same event reported twice, by one source or by two.

Two kinds are marked, both through ``is_duplicate_of`` (the ``record_id`` of
the record kept), so nothing is dropped and nothing is counted twice:

* **re-submissions**: the same ``(source, source_ref)`` again with the same
  content (a file sent twice);
* **cross-source duplicates**: one event reported by two sources (in two files,
  when the files are known: a compilation's rows are distinct events whatever
  outlet its "Source" column names): event dates
  at most ``window_days`` apart, the same number of persons (or one of the two
  leaving the number blank), the same country in at least one blocking field
  (detection country, nationality, origin or destination), and no disagreement on
  the fields both sources filled (those countries, transport mode, crime type,
  gender, age group; blanks and ``unknown`` neither agree nor disagree, nor does a
  crime type ``both`` with ``trafficking`` or ``smuggling``; detection
  points within ``max_km`` when both have coordinates; one field may disagree when the
  two give the same number of persons at one position, within ``_EXACT_POINT_KM``,
  weighed against chance like any pair). The record kept is the one
  of the source reporting most events in that detection country.

Cross-source matching uses a multi-pass sorted neighbourhood: one pass per
blocking field (sort by field, number of persons and date; compare each record
with its next ``neighbours`` rows of the same block), so the cost is linear in
the number of records and a field one source leaves blank only removes one pass.
Record linkage libraries do the same, but pull in pandas<3 (recordlinkage) or a
database engine (splink) for what is a few vectorised comparisons here.

A blank number of persons (a source writing "unknown", "n/a", "sin dato") is
like any other blank: it adds nothing and rules nothing out. A record without a
count cannot sit in a block keyed on the count, so each pass has a second scan
for those records only: the block is the blocking value alone (any count), and
each such record is compared with the ``neighbours`` rows before and after it of
other sources sorted by date, and again sorted by grid cell of the point and
date (so that in a crowded block the record at the same point is a neighbour).
Such a pair needs ``min_evidence`` agreeing fields, as when a blocking country is
left blank by one record, and it is weighed against chance in the block without
the count (below): every record of the other source on that route and day is a
look-alike whatever its count, so in dense data only a pair that shares
something rare (the same point, as a rule) is marked. Two counts both filled and
different never match.

Chance agreement
----------------
Agreeing on everything both filled is not enough where events are many: two
sources reporting hundreds of crossings a day on one route see distinct events
that share the day, the number of persons, the countries, the mode and the
profile. Following Fellegi and Sunter (1969), the evidence of a pair is weighed
against the probability ``u`` that two *unrelated* records agree as much, with
``u`` taken from the frequencies of the values (Winkler's frequency-based
u-probabilities) in the pair's own block rather than from the whole file:
agreeing on a rare value is strong evidence, agreeing on the commonest route of a
dense block is almost none. For a candidate pair ``(a, b)`` the expected number
of *look-alikes* (records of b's source that would be as good a candidate for
``a`` as ``b`` is, by chance) is

    E = lambda x P(fields agreed | key) x P(no contradiction | key) x P(point | key)

* ``lambda``: records of b's source in a's block (same blocking value and number
  of persons; same blocking value and any number when either leaves it blank)
  whose dates are at least as close to a's as b's, leaving b out; counted over
  +-``_DENSITY_DAYS`` days and scaled to that date window (the density of the
  block, where the source reports at all);
* ``P(fields agreed | key)``: share of the records with the same blocking value
  that have a's values on *all* the fields the pair agrees on, counted jointly
  (not as a product: nationality, origin, destination and mode follow the route
  and would be counted several times), leaving a and b out;
* ``P(no contradiction | key)``: for the fields ``a`` fills and ``b`` leaves
  blank, the share of those records with a's value or a blank there (a record
  contradicting ``a`` would not be a candidate), field by field;
* ``P(point | key)``: when the two points are within ``_SAME_POINT_KM``, the
  share of those records in the same grid cell of ``_POINT_CELL_DEG`` degrees.

The count is taken from both records' side and the larger kept. ``1 / E`` plays
the part of the likelihood ratio ``m / u`` (``m`` close to 1: a copy agrees on
what both filled) with the block's density folded in; a pair is kept only when
``E <= max_chance``. Where records are few, no other record looks like the pair
and ``E`` is 0: such pairs are marked as before. Many pairs are tested at once,
so chance pairs with a small ``E`` add up over a dense file; the cut-off is
therefore also chosen as in Benjamini and Hochberg's false-discovery-rate
procedure, per pair of sources: the largest ``t`` at which the expected number
of chance pairs with ``E <= t`` is at most ``false_rate`` times the number of
candidate pairs with ``E <= t``. A record facing ``lambda`` expected
other-source records in its block windows gives at most ``min(t, lambda)``
chance pairs with ``E <= t``; each chance pair has a record on each side, so the
sum over either side (the smaller source's is taken) bounds their number. A pair
with a blank count has a blank-count record on one side at least: the records
without a count of both sources, each facing the other source's records in its
blocks whatever their count, add their own ``min(t, lambda)`` to the bound. When
two dense sources share no events, the candidates are about as many as that
bound and nothing is marked; when they share some, those pairs have ``E`` far
below what chance gives and they are.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from trendlib.clean import geo

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
    # the number of suspects as both sources give it ("0", "2"): a copy of the event
    # gives the same, and an unrelated event in a crowded block often does not
    "n_suspects",
)
# Fields that count when both sources give the same value and rule nothing out when
# they differ: one source lists the whole route, another only the last country.
_AGREE_ONLY = ("transit_countries",)
# The file name clean_records gives a frame built by hand (and a blank one): no file.
_NO_FILE = "<frame>"
# Blocking fields: each pass pairs records with the same value here and the same
# number of persons (a blank value sits that pass out; a blank number meets any).
_BLOCK_FIELDS = ("detection_country", "nationality", "origin_country", "destination_country")
_EARTH_KM = 6371.0
# Two records dated to a month or a quarter only match when they name the same point.
_SAME_POINT_KM = 1.0
# Two points this close are one position written by both sources (one report's
# coordinates copied into the other's): with the same number of persons, such a pair may
# disagree on one field (one source's reading of the persons' origin, or of the crime).
_EXACT_POINT_KM = 0.1
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
# Share of its records on which a source names the detection country for its column to
# count as read (its blank cells are then records that say nothing).
_READ_SHARE = 0.5
# Half-width in days of the period over which the density of a block is measured (the
# look-alikes expected in a pair's date window are the records of that period, scaled
# to the window): long enough to count, short enough to follow a source's ups and downs.
_DENSITY_DAYS = 30
# Side in degrees of the grid cell whose records stand for the chance that an unrelated
# record's point falls on a pair's (same point: within _SAME_POINT_KM; about 1 km).
_POINT_CELL_DEG = 0.01
# Cells in a row of that grid (one more for a grid moved east: see _grid_cells).
_CELLS_PER_ROW = int(360 / _POINT_CELL_DEG) + 2


def _km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in km between points given in radians (NaN if one is missing)."""
    dlat, dlon = lat2 - lat1, lon2 - lon1
    a = np.sin(dlat / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin(dlon / 2) ** 2
    return np.asarray(2 * _EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1))))


def mark_resubmissions(
    frame: pd.DataFrame, *, content: list[str], refs_unique: bool = False
) -> pd.Series:
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
    refs_unique : bool, default=False
        The caller knows that no ``(source, source_ref)`` comes twice (the pipeline
        knows it when no two record-id hashes are equal): the search for repeated
        references, two factorizations of a million texts, is skipped.

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
    if refs_unique:
        again = np.zeros(len(frame), dtype=bool)
    else:
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
    if len(files) and files.eq(files.iloc[0]).all():
        return True  # one file in all (the usual case): no grouping of a million texts
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
    max_chance: float = 0.05,
    false_rate: float = 0.05,
) -> pd.Series:
    """Mark records that report the same event as a record of another source.

    Two records of different sources (and, when ``source_file`` is given, of different
    files: a file's rows are one submission) report one event when their dates are at most
    ``window_days`` apart, they count the same number of persons (or one leaves the
    number blank), they name the same country in one of the blocking fields (detection
    country, nationality, origin or destination), no field both sources filled
    disagrees (those countries, transport mode, crime type, gender, age group, number
    of suspects;
    ``unknown`` counts as not filled; detection points within ``max_km`` when both have
    coordinates; one field may disagree when both give the same number of persons at the
    same position, within 100 m: one source's reading of the origin or the crime differs,
    the position was copied). A transit route both give counts when equal and rules nothing out
    when different (one source may list the whole route, the other its last country).
    A blank field neither agrees nor disagrees, so a source that leaves
    the detection country empty still meets its copy through the nationality or the
    origin, and a record without a number of persons meets its copy whatever number
    the copy gives; but when one record leaves a blocking country or the number of
    persons blank, at least ``min_evidence`` fields must agree (the blocking country
    counts, so does a point within ``max_km``): a shared nationality alone does not
    make two events one. A record that leaves the detection country blank (a sea-rescue
    flight's sighting: a point, a date, a number) also meets the records of other
    sources at its position (within 1 km) with which it shares no blocking country, with
    the same number of persons or one left blank and one field agreeing besides the
    point, when few records of the other source sit in that grid cell of 0.01° (see
    :func:`_point_only_pairs`).
    Last, the agreement must be more
    than chance gives where records are dense: the pair is marked only when few
    unrelated records of the other source are expected to look as much like it (see
    ``max_chance``, ``false_rate`` and the module's notes).

    Parameters
    ----------
    records : DataFrame
        Clean records (``record_id``, ``source``, ``event_date``, ``date_precision``,
        ``n_persons``, the blocking columns present and, optionally, ``source_file``).
        Not modified. Only rows dated to
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
        blank that the other gives, or leaves the number of persons blank.
    max_chance : float, default=0.05
        Largest expected number of chance look-alikes of a pair (records of the other
        source, in the same block, dated as close and agreeing on the same values) for
        the pair to be marked.
    false_rate : float, default=0.05
        Largest expected share of chance pairs among the pairs marked between two
        sources: the cut-off on the look-alikes is lowered until the chance pairs
        expected below it are at most this share of the pairs found below it.

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
    of records and a field left blank by one source only removes that pass. A record
    with a blank ``n_persons`` is compared, in each pass, with the records of other
    sources near it in the field's block whatever their number (sorted by date, and by
    point and date), and its pairs are weighed against chance in that block without
    the number. The candidate pairs are scored as in Fellegi-Sunter record linkage:
    agreeing on a value adds its weight ``-log2(share of the records with that value)``
    (a rare country tells more than a common one; the number of persons too, when both
    give it), a blank adds nothing, and a disagreement on a filled field rules the
    pair out. The pairs left are weighed against chance with frequencies of the pair's
    own block (u-probabilities of the values agreed, counted jointly, times the block's
    density in the date window) and kept when the expected look-alikes are at most
    ``max_chance`` and under a false-discovery-rate cut-off (Benjamini-Hochberg with
    ``false_rate``). Pairs are then assigned one to one between two sources, best score
    first: each record matches at most one record of each other source. Columns are
    compared by their integer codes (categories or factorized values), never as text.

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
    # a blank number of persons is compared too (with any number: see the module notes)
    eligible = records["event_date"].notna().to_numpy(dtype=bool, copy=True)
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
        for c in dict.fromkeys([*blocks, *_AGREE_IF_BOTH, *_AGREE_ONLY])  # most telling first
        if c in records
    }
    strict = {c: v for c, v in codes.items() if c not in _AGREE_ONLY}  # these must agree
    if "crime_type" in strict:
        # "both" (trafficking and smuggling) rules out neither: one source may name only
        # the trafficking of a case another calls both ("Trafficking (MS)", "traite et
        # passage"); it still counts as an agreement when both sources say it
        both = (records["crime_type"].iloc[pos] == "both").to_numpy(dtype=bool, na_value=False)
        strict["crime_type"] = np.where(both, -1, strict["crime_type"]).astype(np.int32)
    persons = pd.factorize(records["n_persons"].iloc[pos])[0]  # -1: blank
    uncounted = persons < 0
    xy = None
    if {"lat", "lon"} <= set(sub.columns):
        xy = (
            np.radians(sub["lat"].to_numpy(dtype=float, na_value=np.nan)),
            np.radians(sub["lon"].to_numpy(dtype=float, na_value=np.nan)),
        )
    found = []
    passes = {}
    # The same passes without the number of persons, for the records that leave it
    # blank (their candidates, and the density their pairs are weighed against).
    anycount: dict[str, _Density] = {}
    cells = _cells(sub)
    for field in blocks:  # one pass per blocking field, not per record
        passes[field] = _Density(codes[field], persons, days, last, src)
        left, right = _block_pairs(passes[field], window_days=window_days, neighbours=neighbours)
        if uncounted.any():
            anycount[field] = _Density(codes[field], np.zeros_like(persons), days, last, src)
            more = _uncounted_pairs(
                anycount[field], uncounted, window_days=window_days, neighbours=neighbours
            )
            left, right = np.concatenate([left, more[0]]), np.concatenate([right, more[1]])
        ok = _compatible(left, right, strict, xy, max_km=max_km, agreed=field)
        if xy is not None:
            ok |= _one_slip_at_one_point(left, right, strict, xy, persons, agreed=field)
        found.append(np.minimum(left[ok], right[ok]) * len(sub) + np.maximum(left[ok], right[ok]))
    if uncounted.any():  # and at their point, for all the passes at once
        left, right = _same_cell_pairs(
            cells, uncounted, (days, last, src), window_days=window_days, neighbours=neighbours
        )
        shared = np.zeros(len(left), dtype=bool)
        for field in blocks:
            shared |= (codes[field][left] >= 0) & (codes[field][left] == codes[field][right])
        left, right = left[shared], right[shared]
        ok = _compatible(left, right, strict, xy, max_km=max_km)
        found.append(np.minimum(left[ok], right[ok]) * len(sub) + np.maximum(left[ok], right[ok]))
    pairs = np.unique(np.concatenate(found))  # a pair found by several passes counts once
    left, right = pairs // len(sub), pairs % len(sub)
    if "source_file" in records and len(left):
        # one file is one submission: a compilation's "Source" column names where it read
        # each event (an outlet), and its rows are distinct events (a frame built by hand,
        # "<frame>" to clean_records, names no file). Compared on the pairs only.
        files = records["source_file"].iloc[pos]
        a = files.iloc[left].to_numpy(dtype=object, na_value=_NO_FILE)
        b = files.iloc[right].to_numpy(dtype=object, na_value=_NO_FILE)
        apart = (a != b) | (a == _NO_FILE)
        left, right = left[apart], right[apart]
    score, evidence = _agreement(left, right, codes)
    # The number of persons agreed adds its weight like a field; a blank adds nothing.
    counted = persons[~uncounted]
    weight = -np.log2(np.maximum(np.bincount(counted, minlength=1), 1) / max(len(counted), 1))
    both = ~uncounted[left] & ~uncounted[right]
    score[both] += weight[persons[left[both]]]
    blank_count = ~both  # pairs found without the number of persons
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
    # A blank number of persons: the pair lacks that agreement, so another field too.
    need = np.where(one_blank | blank_count, min_evidence, 1)
    # (two numbers given must be equal: the passes pair no others; kept as a rule here)
    differ = both & (persons[left] != persons[right])
    ok = (~partial | (km <= _SAME_POINT_KM)) & (evidence >= need) & ~differ
    gap = np.abs(days[left] - days[right])
    left, right, score, gap, km = left[ok], right[ok], score[ok], gap[ok], km[ok]
    blank_count = blank_count[ok]
    # A record that leaves the detection country blank (an aerial sighting, a radar
    # track: a point, a date, a number) meets no pass above when it shares no other
    # blocking country with its copy: such pairs are met at their position.
    point = _point_only_pairs(
        [codes[f] for f in blocks],
        strict=strict,
        codes=codes,
        cells=cells,
        xy=xy,
        persons=persons,
        weight=weight,
        dates=(days, last, src),
        files=records["source_file"].iloc[pos] if "source_file" in records else None,
        window_days=window_days,
        neighbours=neighbours,
        max_km=max_km,
        min_evidence=min_evidence,
        max_chance=max_chance,
    )
    if len(left):
        left, right, score, gap, km = _weighed(
            left, right, score, gap, km, blank_count,
            codes=codes, blocks=blocks, passes=passes, anycount=anycount, cells=cells,
            src=src, uncounted=uncounted, window_days=window_days, max_chance=max_chance,
            false_rate=false_rate,
        )  # fmt: skip
    left, right, score, gap, km = (
        np.concatenate([mine, theirs])
        for mine, theirs in zip((left, right, score, gap, km), point, strict=True)
    )
    if len(left) == 0:
        return out
    best = _one_to_one(left, right, src, score=score, gap=gap, km=km)
    country = codes.get("detection_country")
    reporter = _reporters(records, pos, src)
    return _keep_one(sub, out, left[best], right[best], days, src=reporter, country=country)


def _weighed(
    left: np.ndarray,
    right: np.ndarray,
    score: np.ndarray,
    gap: np.ndarray,
    km: np.ndarray,
    blank_count: np.ndarray,
    *,
    codes: dict[str, np.ndarray],
    blocks: list[str],
    passes: dict[str, _Density],
    anycount: dict[str, _Density],
    cells: np.ndarray,
    src: np.ndarray,
    uncounted: np.ndarray,
    window_days: int,
    max_chance: float,
    false_rate: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Keep the candidate pairs (and their score, gap and km) chance does not explain."""
    # Weigh each pair against chance in its own block and keep the ones chance does
    # not explain (module notes: look-alikes, false-discovery-rate cut-off).
    fields = list(codes)
    agree = np.stack([(codes[f][left] >= 0) & (codes[f][left] == codes[f][right]) for f in fields])
    key = np.full(len(left), -1)  # the first blocking field the pair agrees on
    for field in reversed(blocks):
        key = np.where(agree[fields.index(field)], blocks.index(field), key)
    chance = _look_alikes(
        left,
        right,
        key,
        agree,
        passes=[passes[f] for f in blocks],
        anycount=[anycount[f] for f in blocks] if anycount else None,
        blank_count=blank_count,
        fields=[codes[f] for f in fields],
        loose=[f in _AGREE_ONLY for f in fields],
        cells=cells,
        same_point=km <= _SAME_POINT_KM,
    )
    sure = _below_chance(
        left,
        right,
        chance,
        src,
        passes=list(passes.values()),
        anycount=list(anycount.values()),
        uncounted=uncounted,
        window_days=window_days,
        max_chance=max_chance,
        false_rate=false_rate,
    )
    return left[sure], right[sure], score[sure], gap[sure], km[sure]


def _point_only_pairs(
    block_codes: list[np.ndarray],
    *,
    strict: dict[str, np.ndarray],
    codes: dict[str, np.ndarray],
    cells: np.ndarray,
    xy: tuple[np.ndarray, np.ndarray] | None,
    persons: np.ndarray,
    weight: np.ndarray,
    dates: tuple[np.ndarray, np.ndarray, np.ndarray],
    files: pd.Series | None,
    window_days: int,
    neighbours: int,
    max_km: float,
    min_evidence: int,
    max_chance: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Pairs that share no blocking country, met at one position.

    A record that leaves the detection country blank (a sea-rescue flight's sighting, a
    radar track: a point, a date, a number, perhaps the persons' nationality) is paired
    with the records of other sources (other files) in its grid cell of
    ``_POINT_CELL_DEG`` whose dates are close (:func:`_same_cell_pairs`) and that share
    no blocking country with it (the passes pair those), when their points are within
    ``_SAME_POINT_KM``, they give the same number of persons (or one leaves it blank),
    no field both fill disagrees, and at least ``min_evidence`` fields agree, the
    position counting as one. Chance is weighed in the point's cell: the records of
    the other source expected there in the pair's window with the same number (any
    number when one is blank) must be at most ``max_chance``; a port's or a hotspot's
    cell, where many reports sit at one point, holds too many. Returns the pairs'
    positions, scores (as the other pairs': fields agreed, the number, the point), date
    gaps and distances.
    """
    days, last, src = dates
    none = np.array([], dtype=np.int64)
    empty = (none, none, np.array([]), none, np.array([]))
    # block_codes[0] is the detection country's when the records have one
    countryless = (block_codes[0] < 0) & (cells >= 0)
    if xy is None or not countryless.any():
        return empty
    # The records around them (their cell and the eight next to it), on four grids moved
    # by half a cell north and east: two points closer than half a cell share a cell on
    # one of the four, wherever the grid lines fall.
    steps = np.add.outer(np.array([-1, 0, 1]) * _CELLS_PER_ROW, np.array([-1, 0, 1])).ravel()
    near = np.flatnonzero(np.isin(cells, np.add.outer(np.unique(cells[countryless]), steps)))
    lat, lon = np.degrees(xy[0][near]), np.degrees(xy[1][near])
    found_l, found_r = [], []
    for north, east in ((0.0, 0.0), (0.5, 0.0), (0.0, 0.5), (0.5, 0.5)):
        a, b = _same_cell_pairs(
            _grid_cells(lat, lon, north=north, east=east),
            countryless[near],
            (days[near], last[near], src[near]),
            window_days=window_days,
            neighbours=neighbours,
        )
        found_l.append(near[a])
        found_r.append(near[b])
    left, right = np.concatenate(found_l), np.concatenate(found_r)
    n = len(cells)  # a pair met on several grids (or from both sides): once
    pairs = np.unique(np.minimum(left, right) * n + np.maximum(left, right))
    left, right = pairs // n, pairs % n
    if files is not None and len(left):
        a = files.iloc[left].to_numpy(dtype=object, na_value=_NO_FILE)
        b = files.iloc[right].to_numpy(dtype=object, na_value=_NO_FILE)
        apart = (a != b) | (a == _NO_FILE)
        left, right = left[apart], right[apart]
    shared = np.logical_or.reduce([(c[left] >= 0) & (c[left] == c[right]) for c in block_codes])
    left, right = left[~shared], right[~shared]
    km = _pair_km(left, right, xy)
    counted = (persons[left] >= 0) & (persons[right] >= 0)
    ok = (km <= _SAME_POINT_KM) & (~counted | (persons[left] == persons[right]))
    ok &= _compatible(left, right, strict, xy, max_km=max_km)
    left, right, km, counted = left[ok], right[ok], km[ok], counted[ok]
    score, evidence = _agreement(left, right, codes)
    ok = evidence + 1 >= min_evidence
    left, right, km, counted = left[ok], right[ok], km[ok], counted[ok]
    score = score[ok] + _POINT_WEIGHT
    score[counted] += weight[persons[left[counted]]]
    if not len(left):
        return empty
    # the other source's records in the point's cell (with the pair's number of persons,
    # or any number), in the pair's window
    cell = np.unique(cells, return_inverse=True)[1].astype(np.int64)
    cell[cells < 0] = -1
    gap = np.abs(days[left] - days[right])
    dist = np.maximum(0, np.maximum(days[left] - last[right], days[right] - last[left]))
    chance = np.zeros(len(left))
    for alike, sel in (
        (persons, np.flatnonzero(counted)),
        (np.zeros_like(persons), np.flatnonzero(~counted)),
    ):
        if not len(sel):
            continue
        dens = _Density(cell, alike, days, last, src)
        for a, b in ((left[sel], right[sel]), (right[sel], left[sel])):
            alikes = dens.expected(a, src[b], days[a] - dist[sel], last[a] + dist[sel], leave_out=b)
            chance[sel] = np.maximum(chance[sel], alikes)
    sure = chance <= max_chance
    return left[sure], right[sure], score[sure], gap[sure], km[sure]


def _reporters(records: pd.DataFrame, pos: np.ndarray, src: np.ndarray) -> np.ndarray:
    """Who reports each record, for choosing the record kept: its source, or its file.

    A file whose rows name several sources is one submission whose "Source" column
    names where each row was read (a compilation's outlets: "presse", "préfecture"): the
    body that sent the file reports them all, so its records are counted together.
    Codes past those of ``src`` stand for such files.
    """
    if "source_file" not in records or not len(src):
        return src
    files = pd.factorize(records["source_file"].iloc[pos], use_na_sentinel=True)[0]
    named = files >= 0
    if not named.any():
        return src
    n_src = int(src.max()) + 1
    pairs = np.unique(files[named].astype(np.int64) * n_src + src[named])
    sources_per_file = np.bincount(pairs // n_src, minlength=int(files.max()) + 1)
    several = named & (sources_per_file[np.maximum(files, 0)] > 1)
    return np.where(several, n_src + files, src)


class _Density:
    """The records of one blocking pass, sorted by block and date.

    A block is a blocking value and a number of persons; ``blk`` is each position's
    block (-1 when its value or number is blank: out of the pass; with ``persons`` all
    0, a block is the blocking value whatever the number), ``rows`` the positions in the
    pass sorted by (block, first day) and ``keys`` their sort keys. The sorted-
    neighbourhood scan walks ``rows``; the records of one source in a block between two
    days are two binary searches in ``keys`` and a difference of running counts.
    """

    def __init__(
        self,
        key: np.ndarray,
        persons: np.ndarray,
        days: np.ndarray,
        last: np.ndarray,
        src: np.ndarray,
    ) -> None:
        self.days, self.last, self.src = days, last, src
        self.blk = np.where(
            (key >= 0) & (persons >= 0),
            key.astype(np.int64) * (int(persons.max()) + 1) + persons,
            -1,
        )
        self.first = int(days.min())
        self.n_days = int(max(last.max(), days.max())) - self.first + 1
        rows = np.flatnonzero(self.blk >= 0)
        keys = self.blk[rows] * self.n_days + (days[rows] - self.first)
        n = len(days)
        if len(rows) and int(keys.max()) < 2**62 // max(n, 1):
            # ties stay in record order: sort (key, position) as one number (a plain
            # sort of integers is several times faster than a stable argsort)
            both = np.sort(keys * n + rows)
            self.rows, self.keys = both % n, both // n
        else:
            order = np.argsort(keys, kind="stable")
            self.rows, self.keys = rows[order], keys[order]
        self._running: dict[int, np.ndarray] = {}
        # the days each source reports on: a window is only as wide as they cover
        n_src = int(src.max()) + 1
        self.since = np.full(n_src, self.first + self.n_days, dtype=np.int64)
        self.until = np.full(n_src, self.first - 1, dtype=np.int64)
        np.minimum.at(self.since, src, days)
        np.maximum.at(self.until, src, last)

    def _running_count(self, source: int) -> np.ndarray:
        """Count the records of ``source`` among the first i sorted rows, for every i."""
        if source not in self._running:
            hit = self.src[self.rows] == source
            self._running[source] = np.concatenate([[0], np.cumsum(hit)])
        return self._running[source]

    def expected(
        self,
        pos: np.ndarray,
        source: np.ndarray | int,
        lo: np.ndarray,
        hi: np.ndarray,
        *,
        leave_out: np.ndarray | None = None,
    ) -> np.ndarray:
        """Expect how many records of ``source`` share each ``pos``'s block in ``[lo, hi]``.

        The records of the block are counted over ``_DENSITY_DAYS`` days more on each
        side (within the days the source covers) and scaled to the window; the record
        ``leave_out`` is not counted. ``source`` is one source for all or one per
        position.
        """
        wide_lo = np.maximum(lo - _DENSITY_DAYS, self.since[source])
        wide_hi = np.minimum(hi + _DENSITY_DAYS, self.until[source])
        bottom = np.clip(wide_lo, self.first, self.first + self.n_days)
        top = np.clip(wide_hi, self.first - 1, self.first + self.n_days - 1)
        base = self.blk[pos] * self.n_days - self.first
        low, high = base + bottom, base + top
        order = None if (low[1:] >= low[:-1]).all() else np.argsort(low)
        if order is not None:  # binary searches run much faster over increasing keys
            low, high = low[order], high[order]
        start = np.searchsorted(self.keys, low, "left")
        stop = np.maximum(np.searchsorted(self.keys, high, "right"), start)
        if order is not None:
            start[order], stop[order] = start.copy(), stop.copy()
        if isinstance(source, np.ndarray):
            n = np.zeros(len(pos), dtype=np.int64)
            for one in np.unique(source):
                on = source == one
                running = self._running_count(int(one))
                n[on] = running[stop[on]] - running[start[on]]
        else:
            running = self._running_count(source)
            n = running[stop] - running[start]
        n[self.blk[pos] < 0] = 0
        if leave_out is not None:
            d = self.days[leave_out]
            n -= (self.blk[leave_out] == self.blk[pos]) & (d >= bottom) & (d <= top)
        width = hi - lo + 1
        return np.maximum(n, 0) * width / np.maximum(wide_hi - wide_lo + 1, width)

    def toward(
        self, one: int, other: int, window_days: int, *, only: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Expect how many records of ``other`` fall in each ``one`` record's block window.

        Returns the positions of ``one``'s records in the pass (those flagged in ``only``
        when given) and their expected counts (the window: the record's period and
        ``window_days`` on each side). Asked in sorted order, so the binary searches run
        over increasing keys.
        """
        mine = self.src[self.rows] == one
        if only is not None:
            mine &= only[self.rows]
        pos = self.rows[mine]
        lo, hi = self.days[pos] - window_days, self.last[pos] + window_days
        return pos, self.expected(pos, other, lo, hi)


def _combine(cols: list[np.ndarray]) -> np.ndarray:
    """Dense integer code of each row's tuple of non-negative integer columns."""
    code = np.zeros(len(cols[0]), dtype=np.int64)
    size = 1
    for col in cols:
        width = int(col.max()) + 1 if len(col) else 1
        if size * width >= 2**62:  # would overflow: renumber the tuples seen so far
            code = pd.factorize(code)[0].astype(np.int64)
            size = int(code.max()) + 1 if len(code) else 1
        code = code * width + col
        size *= width
    return pd.factorize(code)[0].astype(np.int64)


def _cells(sub: pd.DataFrame) -> np.ndarray:
    """Grid cell (``_POINT_CELL_DEG`` degrees) of each record's point, -1 without one."""
    cell = np.full(len(sub), -1, dtype=np.int64)
    if not {"lat", "lon"} <= set(sub.columns):
        return cell
    lat = sub["lat"].to_numpy(dtype=float, na_value=np.nan)
    lon = sub["lon"].to_numpy(dtype=float, na_value=np.nan)
    return _grid_cells(lat, lon)


def _grid_cells(
    lat: np.ndarray, lon: np.ndarray, *, north: float = 0.0, east: float = 0.0
) -> np.ndarray:
    """Cell of each point (degrees) on the grid of ``_POINT_CELL_DEG``, -1 without one.

    ``north``, ``east``: the grid moved by that share of a cell.
    """
    cell = np.full(len(lat), -1, dtype=np.int64)
    ok = (np.abs(lat) <= 90) & (np.abs(lon) <= 180)  # NaN compares False
    row = np.floor((lat[ok] + 90) / _POINT_CELL_DEG + north).astype(np.int64)
    col = np.floor((lon[ok] + 180) / _POINT_CELL_DEG + east).astype(np.int64)
    cell[ok] = row * _CELLS_PER_ROW + col
    return cell


class _Profiles:
    """The distinct tuples of values the records have (blank counting as a value).

    ``profile`` is each record's tuple, ``table`` the values of each tuple (rows, as
    the fields) and ``weight`` its number of records: counts over the records are taken
    on these few thousand tuples instead of one row per record.
    """

    def __init__(self, fields: list[np.ndarray]) -> None:
        self.fields = fields
        self.profile = _combine([f + 1 for f in fields])  # -1 (blank) a value of its own
        self.weight = np.bincount(self.profile)
        one_of = np.empty(len(self.weight), dtype=np.int64)
        one_of[self.profile] = np.arange(len(self.profile))  # any record: all alike
        self.table = np.stack([f[one_of] for f in fields]).astype(np.int64)
        self._counts: dict[tuple[int, int], np.ndarray] = {}

    def per_value(self, k: int) -> np.ndarray:
        """Count the records of each value of field ``k``."""
        if (k, k) not in self._counts:
            vals = self.table[k]
            filled = vals >= 0
            self._counts[k, k] = np.bincount(vals[filled], weights=self.weight[filled])
        return self._counts[k, k]

    def per_pair(self, k: int, j: int) -> np.ndarray:
        """Count the records of each (value of ``k``, value of ``j``, blank as 0)."""
        if (k, j) not in self._counts:
            vals, other = self.table[k], self.table[j]
            width = int(self.fields[j].max()) + 2
            filled = vals >= 0
            self._counts[k, j] = np.bincount(
                vals[filled] * width + other[filled] + 1,
                weights=self.weight[filled],
                minlength=(int(self.fields[k].max()) + 1) * width,
            )
        return self._counts[k, j]


def _look_alikes(
    left: np.ndarray,
    right: np.ndarray,
    key: np.ndarray,
    agree: np.ndarray,
    *,
    passes: list[_Density],
    anycount: list[_Density] | None,
    blank_count: np.ndarray,
    fields: list[np.ndarray],
    loose: list[bool],
    cells: np.ndarray,
    same_point: np.ndarray,
) -> np.ndarray:
    """Expect how many chance look-alikes each candidate pair has (see the module notes).

    ``key`` is the blocking pass of each pair (index in ``passes``, whose field is
    ``fields[key]``), ``agree`` the fields (rows, as ``fields``) each pair agrees on,
    ``loose`` the fields that contradict nothing when they differ (a transit route).
    Look-alikes are counted from both records' side and the larger count is kept: for
    ``a``, the records of b's source in a's block window (its density) that would
    agree on the same values and not contradict ``a`` on the fields ``a`` fills and
    ``b`` leaves blank (a record that does would not be a candidate). For the pairs in
    which a record leaves the number of persons blank (``blank_count``), the block is
    the blocking value whatever the number (the passes ``anycount``).
    """
    days, last, src = passes[0].days, passes[0].last, passes[0].src
    dist = np.maximum(0, np.maximum(days[left] - last[right], days[right] - last[left]))
    profiles = _Profiles(fields)
    near = np.zeros(len(left))
    for k in np.unique(key):
        for blank in (False, True):
            sel = np.flatnonzero((key == k) & (blank_count == blank))
            if not len(sel):
                continue
            dens = anycount[k] if blank and anycount is not None else passes[k]
            for a, b in ((left[sel], right[sel]), (right[sel], left[sel])):
                lo, hi = days[a] - dist[sel], last[a] + dist[sel]
                n = dens.expected(a, src[b], lo, hi, leave_out=b)
                n *= _unopposed_share(a, int(k), agree[:, sel], profiles, loose=loose)
                near[sel] = np.maximum(near[sel], n)
    return (
        near
        * _agreed_share(left, key, agree, profiles)
        * _point_share(left, right, key, fields, cells, same_point)
    )


def _unopposed_share(
    a: np.ndarray, k: int, agree: np.ndarray, profiles: _Profiles, *, loose: list[bool]
) -> np.ndarray:
    """Share the records of the blocking value that leave ``a`` uncontradicted.

    The fields checked are those ``a`` fills and its partner leaves blank (the pair is
    left out of the count), field by field; ``k`` is the blocking field. Within a
    blocking value the fields are taken as independent here: these are the fields the
    pair does not agree on, one or two as a rule. A ``loose`` field is never checked: a
    record with another value there would still be a candidate.
    """
    fields = profiles.fields
    share = np.ones(len(a))
    value = fields[k][a].astype(np.int64)
    n_key = profiles.per_value(k)[value] - 2
    for j, other in enumerate(fields):
        extra = np.flatnonzero((other[a] >= 0) & ~agree[j])
        if j == k or loose[j] or not len(extra):  # a loose field contradicts nothing
            continue
        counts = profiles.per_pair(k, j)
        base = value[extra] * (int(other.max()) + 2)
        # records with a's value or a blank there (the pair among them)
        fit = counts[base + other[a[extra]] + 1] + counts[base]
        share[extra] *= np.maximum(fit - 2, 0) / np.maximum(n_key[extra], 1)
    return share


def _agreed_share(
    left: np.ndarray, key: np.ndarray, agree: np.ndarray, profiles: _Profiles
) -> np.ndarray:
    """Share the records of the pair's blocking value that agree as the pair does.

    That is the records with a's values on all the fields the pair agrees on (a and b
    left out): the u-probability of the agreement. Counted jointly, one pattern of
    agreeing fields at a time, on the table of distinct value tuples.
    """
    table, weight = profiles.table, profiles.weight
    pattern = (agree.astype(np.int64) << np.arange(len(table))[:, None]).sum(axis=0)
    share = np.zeros(len(left))
    mine = profiles.profile[left]
    for pat in np.unique(pattern):
        sel = np.flatnonzero(pattern == pat)
        on = [j for j in range(len(table)) if pat >> j & 1]
        filled = (table[on] >= 0).all(axis=0)
        code = np.full(table.shape[1], -1, dtype=np.int64)
        code[filled] = _combine(list(table[on][:, filled]))
        alike = np.bincount(code[filled], weights=weight[filled])[code[mine[sel]]] - 2
        share[sel] = np.maximum(alike, 0)
    for k in np.unique(key):
        sel = np.flatnonzero(key == k)
        n_key = profiles.per_value(int(k))[profiles.fields[k][left[sel]]] - 2
        share[sel] = np.where(n_key > 0, share[sel] / np.maximum(n_key, 1), 0.0)
    return share


def _point_share(
    left: np.ndarray,
    right: np.ndarray,
    key: np.ndarray,
    fields: list[np.ndarray],
    cells: np.ndarray,
    same_point: np.ndarray,
) -> np.ndarray:
    """Share the records of the blocking value whose point lies at the pair's point.

    For pairs at the same point: the records of the blocking value with a point in
    the same grid cell, over those with a point (a and b left out); 1 for other pairs.
    Taken from the busier of the two records' cells.
    """
    share = np.ones(len(left))
    same_point = same_point & (cells[left] >= 0) & (cells[right] >= 0)
    n_cells = int(cells.max()) + 1
    for k in np.unique(key[same_point]):
        sel = np.flatnonzero(same_point & (key == k))
        vals = fields[k].astype(np.int64)
        ok = (vals >= 0) & (cells >= 0)
        a, b = left[sel], right[sel]
        # records per (blocking value, cell), counted for the pairs' cells only
        wanted = np.unique(
            np.concatenate([vals[a] * n_cells + cells[a], vals[b] * n_cells + cells[b]])
        )
        mine = vals[ok] * n_cells + cells[ok]
        at = np.minimum(np.searchsorted(wanted, mine), len(wanted) - 1)
        per_cell = np.bincount(at[wanted[at] == mine], minlength=len(wanted))
        in_a = per_cell[np.searchsorted(wanted, vals[a] * n_cells + cells[a])]
        in_b = per_cell[np.searchsorted(wanted, vals[b] * n_cells + cells[b])]
        together = (cells[a] == cells[b]).astype(np.int64)
        alike = np.maximum(in_a, in_b) - 1 - together
        n_key = np.bincount(vals[ok], minlength=int(vals.max()) + 1)[vals[a]] - 2
        share[sel] = np.where(n_key > 0, np.maximum(alike, 0) / np.maximum(n_key, 1), 0.0)
    return share


def _below_chance(
    left: np.ndarray,
    right: np.ndarray,
    chance: np.ndarray,
    src: np.ndarray,
    *,
    passes: list[_Density],
    anycount: list[_Density],
    uncounted: np.ndarray,
    window_days: int,
    max_chance: float,
    false_rate: float,
) -> np.ndarray:
    """Flag the pairs chance does not explain.

    A pair is kept when its look-alikes are at most ``max_chance`` and under the
    false-discovery-rate cut-off of its pair of sources. For a pair of sources, each
    record of the smaller one expects ``lam`` records of the other in its blocks' date
    windows; a cut-off ``t`` lets at most ``min(t, lam)`` of its chance pairs through
    (the look-alikes are an expected count), and every chance pair has one record on
    that side, so the sum bounds the chance pairs. A pair in which a record leaves the
    number of persons blank has such a record on one side at least: each of those
    records, of either source, adds ``min(t, lam)`` with ``lam`` counted in its blocks
    whatever the number (``anycount``). The cut-off is the largest ``t`` (a pair's
    look-alikes) at which that bound is at most ``false_rate`` times the pairs with at
    most ``t`` look-alikes (Benjamini-Hochberg's step-up).
    """
    keep = chance <= max_chance
    lo_src, hi_src = np.minimum(src[left], src[right]), np.maximum(src[left], src[right])
    n_src = int(src.max()) + 1
    pair_of = lo_src * n_src + hi_src
    sizes = np.bincount(src, minlength=n_src)
    for both in np.unique(pair_of[keep]):
        sel = np.flatnonzero(keep & (pair_of == both))
        cuts = np.sort(chance[sel])
        one, other = both // n_src, both % n_src
        if sizes[one] > sizes[other]:  # either side bounds the chance pairs: the smaller
            one, other = other, one
        lam = np.zeros(len(src))
        for dens in passes:
            pos, n = dens.toward(one, other, window_days)
            lam[pos] += n
        lams = [lam[src == one]]
        for mine, theirs in ((one, other), (other, one)):
            if not anycount:  # no record without a number of persons
                break
            lam = np.zeros(len(src))
            for dens in anycount:
                pos, n = dens.toward(int(mine), int(theirs), window_days, only=uncounted)
                lam[pos] += n
            lams.append(lam[(src == mine) & uncounted])
        lam = np.sort(np.concatenate(lams))
        below = np.searchsorted(lam, cuts)  # records expecting fewer than t
        bound = np.concatenate([[0.0], np.cumsum(lam)])[below] + cuts * (len(lam) - below)
        found = np.searchsorted(cuts, cuts, "right")  # pairs with at most t look-alikes
        ok = bound <= false_rate * found
        cut = cuts[ok].max() if ok.any() else -1.0
        keep[sel] = chance[sel] <= cut
    return keep


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
    agreed: str | None = None,
) -> np.ndarray:
    """Flag candidate pairs on which no field both records filled disagrees.

    ``agreed`` names a field the pairs are known to agree on (their blocking field).
    """
    keep = np.arange(len(left))  # the candidates still compatible: shrinks field by field
    for field, vals in codes.items():  # -1 = missing: only disagreeing known values block
        if field == agreed:
            continue
        a, b = vals[left[keep]], vals[right[keep]]
        keep = keep[(a == b) | (a < 0) | (b < 0)]
    if xy is not None and len(keep):
        # NaN (a point missing) is not far
        keep = keep[~(_pair_km(left[keep], right[keep], xy) > max_km)]
    ok = np.zeros(len(left), dtype=bool)
    ok[keep] = True
    return ok


def _one_slip_at_one_point(
    left: np.ndarray,
    right: np.ndarray,
    codes: dict[str, np.ndarray],
    xy: tuple[np.ndarray, np.ndarray],
    persons: np.ndarray,
    *,
    agreed: str,
) -> np.ndarray:
    """Flag candidate pairs that disagree on one field only, at one position.

    Both records give the same number of persons and points within
    ``_EXACT_POINT_KM``: the same position to about 100 m, which two reports of
    different events rarely share unless many events sit at one point (a port's
    coordinates for every landing), and the chance model weighs that by the share of
    the block's records in the point's cell. ``agreed`` is the pass's blocking field.
    """
    counted = (persons[left] >= 0) & (persons[left] == persons[right])
    keep = np.flatnonzero(counted & (_pair_km(left, right, xy) <= _EXACT_POINT_KM))
    slips = np.zeros(len(keep), dtype=np.int64)
    for field, vals in codes.items():
        if field == agreed:
            continue
        a, b = vals[left[keep]], vals[right[keep]]
        slips += (a >= 0) & (b >= 0) & (a != b)
    ok = np.zeros(len(left), dtype=bool)
    ok[keep[slips == 1]] = True
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
    dens: _Density, *, window_days: int, neighbours: int
) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (positions) of one sorted-neighbourhood pass.

    Records with a blank key sit this pass out. The others, sorted by (key, persons,
    date) in ``dens``, are each paired with the following rows of their block whose
    dates are close and whose source differs, at most ``neighbours`` rows on.
    """
    order = dens.rows
    blk = dens.blk[order]
    day, day_last, source = dens.days[order], dens.last[order], dens.src[order]
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


def _uncounted_pairs(
    dens: _Density, uncounted: np.ndarray, *, window_days: int, neighbours: int
) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (positions) of the records without a number of persons, in one pass.

    ``dens`` is the pass keyed on the blocking value alone (any number). Each record of
    the pass whose number is blank (``uncounted``) is paired with the rows of other
    sources at most ``neighbours`` before and after it in the pass's (block, date)
    order whose dates are close.
    """
    return _scan_around(
        dens.rows,
        dens.keys,
        dens.n_days,
        np.flatnonzero(uncounted[dens.rows]),
        (dens.days, dens.last, dens.src),
        window_days=window_days,
        neighbours=neighbours,
    )


def _same_cell_pairs(
    cells: np.ndarray,
    uncounted: np.ndarray,
    dates: tuple[np.ndarray, np.ndarray, np.ndarray],
    *,
    window_days: int,
    neighbours: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (positions) of the records without a number at their point.

    In a crowded block the rows next to a record by date are as many other events; the
    record at the same point may be further. Here the records with a point in a grid
    cell (``_POINT_CELL_DEG``) holding a record without a number are sorted by (cell,
    date), and each of those records is paired with the rows of other sources at most
    ``neighbours`` before and after it in its cell whose dates are close. The pairs
    still have to share a blocking value (checked by the caller).
    """
    days = dates[0]
    wanted = np.unique(cells[uncounted & (cells >= 0)])
    if not len(wanted):
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    at = np.minimum(np.searchsorted(wanted, cells), len(wanted) - 1)
    rows = np.flatnonzero((wanted[at] == cells) & (cells >= 0))
    first, width = int(days.min()), int(days.max()) - int(days.min()) + 1
    keys = at[rows] * width + days[rows] - first
    n = len(cells)
    if int(keys.max()) < 2**62 // max(n, 1):  # ties stay in record order, as in _Density
        both = np.sort(keys * n + rows)
        order, keys = both % n, both // n
    else:
        sort = np.argsort(keys, kind="stable")
        order, keys = rows[sort], keys[sort]
    return _scan_around(
        order,
        keys,
        width,
        np.flatnonzero(uncounted[order]),
        dates,
        window_days=window_days,
        neighbours=neighbours,
    )


def _scan_around(
    order: np.ndarray,
    keys: np.ndarray,
    width: int,
    start: np.ndarray,
    dates: tuple[np.ndarray, np.ndarray, np.ndarray],
    *,
    window_days: int,
    neighbours: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Pair the rows ``start`` of ``order`` with their neighbours of the same group.

    ``order`` are positions sorted by ``keys`` (group x ``width`` + first day, the
    first day counted from the earliest), ``start`` indices in ``order``, ``dates`` each
    position's first day, last day and source. Each row ``start`` is paired with the
    rows of other sources up to ``neighbours`` rows before and after it in its group
    whose periods are within ``window_days``. Only the rows near the ones asked for are
    looked up.
    """
    days, last, src = dates
    extent = last - days  # days a record's period lasts after its first day
    n = len(order)
    span = int(extent.max()) if len(extent) else 0  # the longest (a quarter date)
    left: list[np.ndarray] = [np.array([], dtype=np.int64)]
    right: list[np.ndarray] = [np.array([], dtype=np.int64)]
    for step in (1, -1):  # loop over offsets, not rows
        i = start
        a = order[i]
        key_a, group_a, extent_a, src_a = keys[i], keys[i] // width, extent[a], src[a]
        for k in range(1, neighbours + 1):
            j = i + step * k
            key_b = keys[np.clip(j, 0, n - 1)]
            # within a group first days only grow (shrink backwards): past the window
            # for one row, past it for all the rows further on
            if step > 0:
                go_on = (j < n) & (key_b - key_a - extent_a <= window_days)
            else:
                go_on = (j >= 0) & (key_a - key_b <= window_days + span)
            go_on &= key_b // width == group_a
            i, a, key_a, group_a = i[go_on], a[go_on], key_a[go_on], group_a[go_on]
            extent_a, src_a, j, key_b = extent_a[go_on], src_a[go_on], j[go_on], key_b[go_on]
            if len(i) == 0:
                break
            b = order[j]
            hit = src[b] != src_a
            if step < 0:  # an earlier row: its period must reach the window
                hit &= key_a - key_b - extent[b] <= window_days
            left.append(a[hit])
            right.append(b[hit])
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
        # slot = (record, other source): each may be used once. A record is the left
        # one of some pairs and the right one of others: a slot's best pair is looked
        # for on both sides at once (candidates are in rank order: the first is best).
        slots = np.concatenate(
            [left[cand] * n_src + src[right[cand]], right[cand] * n_src + src[left[cand]]]
        )
        distinct, where = np.unique(slots, return_inverse=True)
        best = np.full(len(distinct), len(cand))
        np.minimum.at(best, where, np.tile(np.arange(len(cand)), 2))
        mine = np.arange(len(cand))
        win = cand[(best[where[: len(cand)]] == mine) & (best[where[len(cand) :]] == mine)]
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


def _reach(
    sub: pd.DataFrame,
    label: np.ndarray,
    members: np.ndarray,
    *,
    src: np.ndarray,
    country: np.ndarray | None,
) -> np.ndarray:
    """How many records each member's source reports where its event was detected.

    ``members`` are the positions of the matched records, ``label`` the event of each
    position. The event's country is the one its records name (a record that leaves it
    blank takes it from the others), so a hub that never fills the country does not win
    by reporting many events "nowhere". When a record of the event leaves the country
    blank (a source whose country column was not recognised reports nothing "in" any
    country), every member is measured the same other way: its source's records in the
    event's grid cell of ``_CELL_DEG`` degrees, taken from the first point of the event
    (those naming the event's country or none, when the event's country is known);
    a source that gives no point at all is measured by its records in the event's
    country, when that is known. A blank record of a source that names the country on
    at least half of its records is not such a blank: that source's column was read.
    ``src`` and ``country`` are the codes of ``sub``'s sources and detection countries
    (None without that column).
    """
    n_src = int(src.max()) + 1
    src_m, lab = src[members], label[members]
    if country is None:
        return np.bincount(src, minlength=n_src)[src_m]
    n_c = int(country.max()) + 2
    mine = country[members]
    event = pd.Series(np.where(mine >= 0, mine, np.nan)).groupby(lab).transform("first")
    event_c = event.fillna(-1).to_numpy(dtype=np.int64)
    _settle_torn_countries(sub, members, lab, mine, event_c)
    filled = country >= 0
    counts = np.bincount(src[filled] * n_c + country[filled], minlength=n_src * n_c)
    reach = np.where(event_c >= 0, counts[src_m * n_c + np.maximum(event_c, 0)], 0)
    if not {"lat", "lon"} <= set(sub.columns):
        return reach
    # A source that names the country on most of its records had its column read: a
    # blank cell of it is one record that says nothing, not a column left unread.
    share = np.bincount(src[filled], minlength=n_src) / np.maximum(
        np.bincount(src, minlength=n_src), 1
    )
    unread = (mine < 0) & (share[src_m] < _READ_SHARE)
    blank = pd.Series(unread).groupby(lab).transform("any").to_numpy(dtype=bool)
    if not blank.any():
        return reach
    lat = sub["lat"].to_numpy(dtype=float, na_value=np.nan)
    lon = sub["lon"].to_numpy(dtype=float, na_value=np.nan)
    ok = ~(np.isnan(lat) | np.isnan(lon))
    if not ok.any():  # no point to measure by: the countries' counts stand
        return reach
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
    # Where the event's country is known, a source's records in the cell that name another
    # country do not count: a 1-degree cell spans the Channel, and a hub's Dover reports
    # (GBR) say nothing of who reports the French coast; its records naming no country do.
    if (event_c >= 0).any():
        keyed = ok & ((country < 0) | filled)
        key = (src[keyed] * n_cell + code[keyed]) * n_c + (country[keyed] + 1)
        known, per_key = np.unique(key, return_counts=True)

        def count(keys: np.ndarray) -> np.ndarray:
            at = np.minimum(np.searchsorted(known, keys), max(len(known) - 1, 0))
            return np.where(known[at] == keys, per_key[at], 0) if len(known) else keys * 0

        base = (src_m * n_cell + np.maximum(event_cell, 0)) * n_c
        in_country = count(base + np.maximum(event_c, 0) + 1) + count(base)  # + no country
        by_cell = np.where(event_c >= 0, in_country, by_cell)
    # A source that gives no point at all is measured by the event's country when it is
    # known: a national authority that names the country but gives no points then does
    # not lose to a hub that gives points but no country (the cell sees only the hub).
    pointless = np.bincount(src[ok], minlength=n_src)[src_m] == 0
    by_place = np.where(pointless & (event_c >= 0), reach, by_cell)
    return np.where(use, by_place, reach)


def _settle_torn_countries(
    sub: pd.DataFrame,
    members: np.ndarray,
    lab: np.ndarray,
    mine: np.ndarray,
    event_c: np.ndarray,
) -> None:
    """Give an event whose records name different detection countries the one at its point.

    One report of a Channel crossing may name France (where the boat left), another the
    United Kingdom (where the reporting desk sits): the event's first point decides,
    as the country among those its records name whose outline holds it or lies nearest
    (:func:`trendlib.clean.geo.country_at`). Events without a point keep their first
    record's country. ``event_c`` (each member's event country) is updated in place.
    """
    named = pd.Series(np.where(mine >= 0, mine, np.nan))
    per_event = named.groupby(lab).nunique()
    torn = per_event.index[per_event.to_numpy() > 1].to_numpy()
    if not len(torn) or not {"lat", "lon", "detection_country"} <= set(sub.columns):
        return
    lat = sub["lat"].to_numpy(dtype=float, na_value=np.nan)[members]
    lon = sub["lon"].to_numpy(dtype=float, na_value=np.nan)[members]
    text = sub["detection_country"].astype("string").to_numpy(dtype=object, na_value="")[members]
    for event in torn:  # a few events whose reports disagree: not record-sized
        at = np.flatnonzero(lab == event)
        pointed = at[~(np.isnan(lat[at]) | np.isnan(lon[at]))]
        if not len(pointed):
            continue
        codes, first = np.unique(mine[at][mine[at] >= 0], return_index=True)
        isos = [str(iso) for iso in text[at][mine[at] >= 0][first]]
        found = geo.country_at(float(lat[pointed[0]]), float(lon[pointed[0]]), isos)
        if found is not None:
            event_c[at] = codes[found]


def _keep_one(
    sub: pd.DataFrame,
    out: pd.Series,
    pairs_l: np.ndarray,
    pairs_r: np.ndarray,
    days: np.ndarray,
    *,
    src: np.ndarray,
    country: np.ndarray | None,
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
    reach = _reach(sub, label, members, src=src, country=country)
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
