"""Records -> long series frame (``unique_id, ds, y``) and its hierarchy metadata.

:func:`to_series` counts persons (or records) per period for the total and for each
level of ``by`` (total -> ``by[0]`` -> ``by[0]`` x ``by[1]`` ...), so the series of one
level add up to their parent. The ``unique_id`` spells the dimensions of the series
(``"total"``, ``"detection_country=ITA"``, ``"detection_country=ITA / nationality=NGA"``),
and :func:`series_metadata` turns it back into a table (level, parent, one column per
dimension): the metadata never gets lost in a ``merge`` or ``concat``.

Zero versus NaN (DESIGN.md §3): a period is **0** when at least one source that ever
contributed to the series was reporting then (between its first and last usable record)
and recorded nothing, and **NaN** when none of them was reporting.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError, EmptyInputError, ParameterError, short_list
from trendlib.schema import UNKNOWN, require_columns

__all__ = [
    "FREQS",
    "ID_SEPARATOR",
    "TOTAL_ID",
    "hierarchy_matrix",
    "series_label",
    "series_metadata",
    "to_series",
]

#: ``unique_id`` of the grand total.
TOTAL_ID: Final = "total"
#: Separator between the dimensions of a ``unique_id``.
ID_SEPARATOR: Final = " / "
#: Supported frequencies (period starts) and the date precision each one needs.
FREQS: Final[dict[str, str]] = {"MS": "month", "QS": "quarter", "YS": "year"}
_PRECISION_RANK: Final[dict[str, int]] = {"day": 0, "month": 1, "quarter": 2, "year": 3}


def _period_start(dates: pd.Series, freq: str) -> pd.Series:
    """Map timestamps to the start of their period (month, quarter or year)."""
    code = {"MS": "M", "QS": "Q", "YS": "Y"}[freq]
    return dates.dt.to_period(code).dt.start_time.astype("datetime64[ns]")


def _check_aggregates(frame: pd.DataFrame, by: list[str], breakdown: str | None) -> pd.DataFrame:
    """Apply the aggregate-source rules: one indicator, one breakdown per source."""
    if "indicator" in frame.columns and "indicator" not in by:
        indicators = frame["indicator"].dropna().unique()
        if len(indicators) > 1:
            raise DataContractError(
                f"the records count {len(indicators)} different indicators "
                f"{short_list(sorted(map(str, indicators)))}; counts of different things are never "
                "summed. Filter the records to one indicator (records[records.indicator == ...]) "
                "or pass by=['indicator', ...] to get one series per indicator."
            )
    if "breakdown" in frame.columns and "breakdown" not in by:
        if breakdown is not None:
            keep = frame["breakdown"].isna() | (frame["breakdown"] == breakdown)
            if not (frame["breakdown"] == breakdown).any():
                raise ParameterError(
                    f"breakdown={breakdown!r} is not among the records' breakdowns "
                    f"{short_list(sorted(map(str, frame['breakdown'].dropna().unique())))}."
                )
            frame = frame[keep]
        else:
            per_source = frame.dropna(subset=["breakdown"]).groupby("source", observed=True)[
                "breakdown"
            ]
            several = per_source.nunique()
            several = several[several > 1]
            if len(several):
                src = several.index[0]
                words = sorted(
                    map(str, frame.loc[frame["source"] == src, "breakdown"].dropna().unique())
                )
                raise DataContractError(
                    f"source {src!r} publishes overlapping breakdowns {short_list(words)}; "
                    "summing them would count the same persons twice. Pick one with "
                    f"breakdown={words[0]!r} (the cross-tab whose dimensions cover `by`)."
                )
    return frame


def to_series(
    records: pd.DataFrame,
    *,
    by: Sequence[str] = (),
    freq: str = "MS",
    value: Literal["n_persons", "records"] = "n_persons",
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
    hierarchy: bool = True,
    breakdown: str | None = None,
) -> pd.DataFrame:
    """Count persons (or records) per period: the long series frame of DESIGN.md §3.

    Parameters
    ----------
    records : DataFrame
        A record frame (output of :func:`trendlib.clean_records`); needs ``source``,
        ``event_date``, ``date_precision`` and the ``by`` columns. Not modified.
    by : sequence of str, default=()
        Dimension columns, outermost first (e.g. ``["route_label", "nationality"]``).
        Missing values fall in the ``"unknown"`` series, so children add up to parents.
    freq : {"MS", "QS", "YS"}, default="MS"
        Period of the series (month, quarter or year starts).
    value : {"n_persons", "records"}, default="n_persons"
        Sum of ``n_persons`` or number of records. A period whose records all have an
        unknown (or censored) ``n_persons`` is NaN, not 0.
    start, end : str or Timestamp, optional
        First and last period; by default those of the usable records.
    hierarchy : bool, default=True
        Also return the total and every level above the last ``by`` column.
    breakdown : str, optional
        For aggregate sources that publish several overlapping cross-tabs: the
        ``breakdown`` to keep. Required when a source has more than one.

    Returns
    -------
    DataFrame
        ``unique_id`` (str), ``ds`` (period start), ``y`` (float: 0 = nothing recorded,
        NaN = no contributing source reporting), sorted by ``unique_id, ds``. Use
        :func:`series_metadata` for the level and dimensions of each series.
        ``attrs["trendlib"]["excluded"]`` counts the records left out, by reason.

    Raises
    ------
    DataContractError
        Missing columns; a negative count; several indicators or overlapping breakdowns
        (see Notes).
    EmptyInputError
        No usable record.
    ParameterError
        Unknown ``freq`` or ``value``, or ``start`` after ``end``.

    Notes
    -----
    * Records with ``is_duplicate_of`` set are excluded (their original is counted).
    * Records whose ``date_precision`` is coarser than ``freq`` (a year-precision record
      in a monthly series) are excluded, because spreading or piling them on one period
      would invent a pattern; build a yearly series (``freq="YS"``) to count them.
    * Aggregate sources: rows of different ``indicator`` values are never summed (filter,
      or put ``"indicator"`` in ``by``), and a source with several ``breakdown`` values
      needs ``breakdown=`` (or ``"breakdown"`` in ``by``). ``value="records"`` is refused
      for aggregate rows (a published cell is not a case).
    * A source's reporting span is its first to last usable record (in periods).

    Examples
    --------
    >>> rec = pd.DataFrame({
    ...     "source": ["A", "A", "A", "B"],
    ...     "event_date": pd.to_datetime(["2024-01-05", "2024-03-10", "2024-03-11", "2024-02-01"]),
    ...     "date_precision": ["day", "day", "day", "month"],
    ...     "n_persons": pd.array([2, 1, 3, 5], dtype="Int64"),
    ...     "detection_country": ["ITA", "ITA", "GRC", "GRC"],
    ...     "is_duplicate_of": pd.array([None, None, None, None], dtype="string"),
    ... })
    >>> to_series(rec, by=["detection_country"]).pivot(index="ds", columns="unique_id", values="y")
    unique_id   detection_country=GRC  detection_country=ITA  total
    ds
    2024-01-01                    0.0                    2.0    2.0
    2024-02-01                    5.0                    0.0    5.0
    2024-03-01                    3.0                    1.0    4.0
    """
    if freq not in FREQS:
        raise ParameterError(f"freq must be one of {sorted(FREQS)}, got {freq!r}.")
    if value not in ("n_persons", "records"):
        raise ParameterError(f"value must be 'n_persons' or 'records', got {value!r}.")
    by = list(by)
    if len(set(by)) != len(by):
        raise ParameterError(f"`by` repeats a column: {by}.")
    needed = ["source", "event_date", *by]
    if value == "n_persons":
        needed.append("n_persons")
    require_columns(records, needed, what="a record frame")

    frame = records
    excluded: dict[str, int] = {}
    if "is_duplicate_of" in frame.columns:
        dup = frame["is_duplicate_of"].notna().to_numpy()
        excluded["duplicate"] = int(dup.sum())
        frame = frame[~dup]
    if "date_precision" in frame.columns:
        rank = frame["date_precision"].astype("string").map(_PRECISION_RANK).astype("Float64")
        coarse = (rank > _PRECISION_RANK[FREQS[freq]]).fillna(False).to_numpy(dtype=bool)
        excluded["coarser_than_freq"] = int(coarse.sum())
        frame = frame[~coarse]
    frame = frame[frame["event_date"].notna()]
    frame = _check_aggregates(frame, by, breakdown)
    if value == "records" and "indicator" in frame.columns and frame["indicator"].notna().any():
        raise ParameterError(
            "value='records' counts cases, but these records include aggregate cells "
            "(an `indicator` column is set); use value='n_persons'."
        )
    if frame.empty:
        raise EmptyInputError(
            "no usable record to count (after dropping duplicates and records whose date is "
            f"coarser than freq={freq!r}; excluded: {excluded}). Check the input or use a "
            "coarser freq such as 'YS'."
        )

    period = _period_start(pd.to_datetime(frame["event_date"]), freq)
    lo = pd.Timestamp(start) if start is not None else period.min()
    hi = pd.Timestamp(end) if end is not None else period.max()
    lo, hi = _period_start(pd.Series([lo, hi]), freq)
    if lo > hi:
        raise ParameterError(f"start ({lo.date()}) is after end ({hi.date()}).")
    grid = pd.date_range(lo, hi, freq=freq)
    pos = grid.get_indexer(pd.DatetimeIndex(period))
    inside = pos >= 0
    frame, pos = frame[inside], pos[inside]
    n_per = len(grid)

    dims = {
        c: frame[c].astype("string").fillna(UNKNOWN).str.strip().replace("", UNKNOWN).to_numpy()
        for c in by
    }
    amount = (
        np.ones(len(frame))
        if value == "records"
        else frame["n_persons"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    )
    if (np.nan_to_num(amount) < 0).any():
        raise DataContractError(
            f"n_persons must be >= 0; {int((np.nan_to_num(amount) < 0).sum())} record(s) have a "
            "negative count (e.g. a balancing row of a published table). Drop or correct them "
            "(trendlib.clean_records quarantines such rows as 'negative_count')."
        )
    source = frame["source"].astype("string").fillna(UNKNOWN).to_numpy()

    levels = range(len(by) + 1) if hierarchy else [len(by)]
    ids: list[np.ndarray] = []
    for level in levels:
        if level == 0:
            ids.append(np.full(len(frame), TOTAL_ID, dtype=object))
            continue
        parts = [np.char.add(f"{c}=", dims[c].astype(str)) for c in by[:level]]
        uid = parts[0]
        for p in parts[1:]:
            uid = np.char.add(np.char.add(uid, ID_SEPARATOR), p)
        ids.append(uid.astype(object))
    uid_all = np.concatenate(ids)
    pos_all = np.tile(pos, len(ids))
    amt_all = np.tile(amount, len(ids))
    src_all = np.tile(source, len(ids))

    codes, uniques = pd.factorize(uid_all, sort=True)
    n_ser = len(uniques)
    # sums (NaN-aware: a cell is known if at least one of its records has a known amount)
    known = ~np.isnan(amt_all)
    total = np.zeros((n_ser, n_per))
    n_known = np.zeros((n_ser, n_per))
    has_rec = np.zeros((n_ser, n_per))
    np.add.at(total, (codes, pos_all), np.where(known, amt_all, 0.0))
    np.add.at(n_known, (codes, pos_all), known.astype(float))
    np.add.at(has_rec, (codes, pos_all), 1.0)
    y = np.where((has_rec > 0) & (n_known == 0), np.nan, total)

    # reporting spans of the (series, source) pairs -> coverage mask by a difference array
    # (a source's span is its first..last usable record over all series; a series is
    # covered where at least one source that ever contributed to it is in its span)
    src_span = pd.DataFrame({"src": source, "p": pos}).groupby("src")["p"].agg(["min", "max"])
    pairs = pd.DataFrame({"s": codes, "src": src_all}).drop_duplicates()
    pairs = pairs.join(src_span, on="src")
    s_idx = pairs["s"].to_numpy()
    diff = np.zeros((n_ser, n_per + 1))
    np.add.at(diff, (s_idx, pairs["min"].to_numpy()), 1.0)
    np.add.at(diff, (s_idx, pairs["max"].to_numpy() + 1), -1.0)
    covered = np.cumsum(diff, axis=1)[:, :n_per] > 0
    y = np.where(covered, y, np.nan)

    out = pd.DataFrame(
        {
            "unique_id": np.repeat(np.asarray(uniques, dtype=object), n_per),
            "ds": np.tile(grid.to_numpy(), n_ser),
            "y": y.ravel(),
        }
    )
    out["unique_id"] = out["unique_id"].astype(str)
    out.attrs["trendlib"] = {"freq": freq, "value": value, "by": by, "excluded": excluded}
    return out


def _parse_id(uid: str) -> dict[str, str]:
    if uid == TOTAL_ID:
        return {}
    out: dict[str, str] = {}
    for part in uid.split(ID_SEPARATOR):
        key, sep, val = part.partition("=")
        if not sep:
            raise DataContractError(
                f"unique_id {uid!r} is not of the form 'total' or 'dim=value / dim=value'; "
                "build the series with trendlib.to_series or pass the metadata yourself."
            )
        out[key] = val
    return out


def series_metadata(series: pd.DataFrame | Sequence[str]) -> pd.DataFrame:
    """Describe each series of a :func:`to_series` frame: level, parent and dimensions.

    Parameters
    ----------
    series : DataFrame or sequence of str
        A series frame (its ``unique_id`` column is used) or the ids themselves.

    Returns
    -------
    DataFrame
        One row per ``unique_id`` (sorted by level, then id): ``unique_id``, ``level`` (0 = total),
        ``level_name`` (``"total"``, ``"route_label"``, ``"route_label×nationality"``),
        ``parent`` (``unique_id`` one level up, NA for the total), ``label`` (the last
        dimension's value, e.g. ``"ITA"``) and one column per dimension.

    Raises
    ------
    DataContractError
        If an id does not follow the ``dim=value / dim=value`` pattern.

    Examples
    --------
    >>> series_metadata(["total", "route=CMR", "route=CMR / nationality=NGA"])[
    ...     ["unique_id", "level", "parent", "route", "nationality"]]
                         unique_id  level     parent route nationality
    0                        total      0       <NA>  <NA>        <NA>
    1                    route=CMR      1      total   CMR        <NA>
    2  route=CMR / nationality=NGA      2  route=CMR   CMR         NGA
    """
    ids = (
        series["unique_id"].astype(str).unique()
        if isinstance(series, pd.DataFrame)
        else np.asarray(list(series), dtype=object)
    )
    ids = np.sort(pd.unique(np.asarray(ids, dtype=object)).astype(str))
    parsed = [_parse_id(u) for u in ids]  # one per series, not per record
    dim_order: list[str] = []
    for d in parsed:
        for k in d:
            if k not in dim_order:
                dim_order.append(k)
    rows = []
    for uid, d in zip(ids, parsed, strict=True):
        keys = list(d)
        parent = (
            pd.NA
            if not keys
            else TOTAL_ID
            if len(keys) == 1
            else ID_SEPARATOR.join(f"{k}={d[k]}" for k in keys[:-1])
        )
        rows.append(
            {
                "unique_id": uid,
                "level": len(keys),
                "level_name": "×".join(keys) if keys else TOTAL_ID,
                "parent": parent,
                "label": d[keys[-1]] if keys else TOTAL_ID,
                **d,
            }
        )
    meta = pd.DataFrame(
        rows, columns=["unique_id", "level", "level_name", "parent", "label", *dim_order]
    )
    for c in ["parent", *dim_order]:
        meta[c] = meta[c].astype("string")
    return meta.sort_values(["level", "unique_id"], kind="stable").reset_index(drop=True)


def series_label(unique_id: str) -> str:
    """Human-readable name of a series: the dimension values joined by ``", "``.

    Parameters
    ----------
    unique_id : str
        A :func:`to_series` id.

    Returns
    -------
    str
        ``"total"`` or e.g. ``"Central Mediterranean Route, NGA"``.

    Examples
    --------
    >>> series_label("route_label=Central Mediterranean Route / nationality=NGA")
    'Central Mediterranean Route, NGA'
    """
    d = _parse_id(unique_id)
    return ", ".join(d.values()) if d else TOTAL_ID


def hierarchy_matrix(series: pd.DataFrame | Sequence[str]) -> pd.DataFrame:
    """Return the summing matrix of a hierarchy: which bottom series make up each node.

    Parameters
    ----------
    series : DataFrame or sequence of str
        A :func:`to_series` frame (or its ids) built with ``hierarchy=True``.

    Returns
    -------
    DataFrame
        0/1 floats, index = every ``unique_id`` (by level, then id), columns = the bottom-level ids;
        ``S @ bottom`` gives every node.

    Raises
    ------
    DataContractError
        If some node has no bottom series under it (the set is not a hierarchy).

    Examples
    --------
    >>> hierarchy_matrix(["total", "r=A", "r=B"])
           r=A  r=B
    total  1.0  1.0
    r=A    1.0  0.0
    r=B    0.0  1.0
    """
    meta = series_metadata(series)
    depth = int(meta["level"].max())
    bottom = meta[meta["level"] == depth].reset_index(drop=True)
    dims = [c for c in meta.columns[5:]]
    s = np.ones((len(meta), len(bottom)), dtype=bool)
    for d in dims:
        node_v = meta[d].astype(object).where(meta[d].notna(), None).to_numpy()
        bot_v = bottom[d].astype(object).where(bottom[d].notna(), None).to_numpy()
        has = meta[d].notna().to_numpy()
        s &= ~has[:, None] | (node_v[:, None] == bot_v[None, :])
    empty = ~s.any(axis=1)
    if empty.any():
        lonely = meta["unique_id"].to_numpy()[empty].tolist()
        raise DataContractError(
            f"series {short_list(lonely)} have no bottom-level series under them; build the "
            "set with to_series(..., hierarchy=True)."
        )
    return pd.DataFrame(
        s.astype(float), index=meta["unique_id"].to_numpy(), columns=bottom["unique_id"].to_numpy()
    )
