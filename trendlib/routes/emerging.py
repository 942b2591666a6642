"""Emerging routes and hotspots: a status per corridor/hotspot from its monthly counts.

The vocabulary is that of ArcGIS Pro's *Emerging Hot Spot Analysis*, adapted from
space-time bins to flows: ``new``, ``intensifying``, ``persistent``, ``diminishing``,
``sporadic``, ``historical``, ``no_pattern``. Each corridor's monthly series (zeros
filled, from the first month in the data to ``end``) is tested with Mann–Kendall
(ties-corrected variance, normal approximation) and Sen's slope, computed from the
corridor's first active month, and classified by the first rule that holds:

=============== ==============================================================
status          rule (``recent`` = last 6 months, ``baseline`` = 12 before)
=============== ==============================================================
no_pattern      fewer than ``min_records`` in all
new             first active month falls inside the recent window
historical      nothing in the recent window
intensifying    significant upward trend (p < ``alpha``), or the recent monthly
                mean is at least ``ratio`` (3) × the baseline mean
diminishing     significant downward trend, or the recent mean is at most
                1/``ratio`` × the baseline mean
persistent      active in at least ``persistent_share`` (80 %) of its months
sporadic        otherwise (on-and-off activity, still active recently)
=============== ==============================================================

So a route that appears surfaces as ``new``; one that triples as ``intensifying``;
one shrinking steadily (but not yet silent) as ``diminishing``; one that stopped as
``historical``. The Mann–Kendall test is written here, vectorised over all
corridors at once (no per-series loop), because the libraries that have it
(pymannkendall) test one series per call.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd
from scipy.stats import norm

from trendlib.errors import ParameterError
from trendlib.routes._common import check_number, check_records, dates_of, persons_of
from trendlib.routes.corridors import RouteClusters, cluster_routes
from trendlib.routes.hotspots import Hotspots, find_hotspots

__all__ = [
    "STATUSES",
    "TREND_COLUMNS",
    "classify_trends",
    "cluster_series",
    "emerging_hotspots",
    "emerging_routes",
    "mann_kendall",
]

#: The status vocabulary, in the order of the rules.
STATUSES = (
    "new",
    "intensifying",
    "persistent",
    "diminishing",
    "sporadic",
    "historical",
    "no_pattern",
)

#: Columns of :func:`classify_trends` (after ``unique_id``).
TREND_COLUMNS = (
    "status",
    "total",
    "active_months",
    "first_active",
    "last_active",
    "recent_mean",
    "baseline_mean",
    "ratio",
    "mk_tau",
    "mk_z",
    "p_value",
    "sen_slope",
)


def mann_kendall(y: np.ndarray, *, start: np.ndarray | None = None) -> pd.DataFrame:
    """Mann–Kendall trend test and Sen's slope for many series at once.

    Parameters
    ----------
    y : ndarray, shape (n_series, n_periods) or (n_periods,)
        Equally spaced values, no NaN.
    start : ndarray of int, optional
        Per series, the first period to use (earlier periods are ignored).

    Returns
    -------
    DataFrame
        One row per series: ``n`` (periods used), ``s``, ``var_s`` (ties-corrected),
        ``tau``, ``z`` (continuity-corrected), ``p_value`` (two-sided, normal
        approximation; 1 when ``n < 4``) and ``sen_slope`` (median pairwise slope, per
        period).

    Examples
    --------
    >>> res = mann_kendall(np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10.0]))
    >>> int(res["s"][0]), round(float(res["z"][0]), 2), float(res["sen_slope"][0])
    (45, 3.94, 1.0)
    """
    Y = np.atleast_2d(np.asarray(y, dtype=float))
    k, T = Y.shape
    first = np.zeros(k, dtype=np.int64) if start is None else np.asarray(start, dtype=np.int64)
    idx = np.arange(T)
    inside = idx[None, :] >= first[:, None]
    n = inside.sum(axis=1)
    s = np.zeros(k)
    for lag in range(1, T):  # T iterations, each vectorised over series and periods
        d = np.sign(Y[:, lag:] - Y[:, :-lag]) * inside[:, :-lag]
        s += d.sum(axis=1)
    # ties: sort each row with the ignored periods replaced by distinct sentinels
    masked = np.where(inside, Y, -1.0 - idx[None, :] - 1e6)
    srt = np.sort(masked, axis=1)
    new_group = np.ones((k, T), dtype=bool)
    new_group[:, 1:] = srt[:, 1:] != srt[:, :-1]
    gid = np.cumsum(new_group.ravel()) - 1
    sizes = np.bincount(gid).astype(float)
    owner = np.repeat(np.arange(k), T)[new_group.ravel()]
    tie_term = np.bincount(owner, weights=sizes * (sizes - 1) * (2 * sizes + 5), minlength=k)
    var = (n * (n - 1) * (2 * n + 5) - tie_term) / 18.0
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(var > 0, (s - np.sign(s)) / np.sqrt(np.where(var > 0, var, 1)), 0.0)
        tau = np.where(n > 1, s / (n * (n - 1) / 2.0), 0.0)
    p = np.where(n >= 4, 2 * norm.sf(np.abs(z)), 1.0)
    # Sen's slope: median of pairwise slopes, rows in chunks to bound memory
    i_idx, j_idx = np.triu_indices(T, k=1)
    slope = np.full(k, np.nan)
    chunk = max(1, 20_000_000 // max(len(i_idx), 1))
    for a in range(0, k, chunk):
        b = min(k, a + chunk)
        pair = (Y[a:b, j_idx] - Y[a:b, i_idx]) / (j_idx - i_idx)
        pair[i_idx[None, :] < first[a:b, None]] = np.nan
        with np.errstate(all="ignore"):
            ok = np.isfinite(pair).any(axis=1)
            slope[a:b][ok] = np.nanmedian(pair[ok], axis=1)
    return pd.DataFrame(
        {"n": n, "s": s, "var_s": var, "tau": tau, "z": z, "p_value": p, "sen_slope": slope}
    )


def classify_trends(
    series: pd.DataFrame,
    *,
    recent: int = 6,
    baseline: int = 12,
    alpha: float = 0.05,
    ratio: float = 3.0,
    persistent_share: float = 0.8,
    min_records: float = 3,
) -> pd.DataFrame:
    """Give each series of a long frame a status (see the module docstring for the rules).

    Parameters
    ----------
    series : DataFrame
        Long series frame ``unique_id``, ``ds``, ``y``: equally spaced periods, the same
        for every ``unique_id``, zeros filled (as :func:`cluster_series` makes it).
    recent : int, default=6
        Periods in the recent window.
    baseline : int, default=12
        Periods before the recent window that make the baseline.
    alpha : float, default=0.05
        Significance level of the Mann–Kendall test.
    ratio : float, default=3.0
        Recent/baseline ratio that counts as intensifying (and 1/ratio as diminishing).
    persistent_share : float, default=0.8
        Share of active months (since the first) that counts as persistent.
    min_records : float, default=3
        Below this total a series is ``no_pattern``.

    Returns
    -------
    DataFrame
        ``unique_id`` and :data:`TREND_COLUMNS`, one row per series.

    Examples
    --------
    >>> ds = pd.date_range("2023-01-01", periods=24, freq="MS")
    >>> frame = pd.DataFrame({
    ...     "unique_id": ["up"] * 24 + ["down"] * 24 + ["late"] * 24,
    ...     "ds": list(ds) * 3,
    ...     "y": list(range(24)) + list(range(48, 24, -1)) + [0] * 21 + [5, 6, 7],
    ... })
    >>> classify_trends(frame)[["unique_id", "status"]]
      unique_id        status
    0      down   diminishing
    1      late           new
    2        up  intensifying
    """
    check_number("recent", recent, low=1, integer=True)
    check_number("baseline", baseline, low=1, integer=True)
    check_number("alpha", alpha, low=0, high=1, inclusive_low=False)
    check_number("ratio", ratio, low=1, inclusive_low=False)
    check_number("persistent_share", persistent_share, low=0, high=1)
    check_number("min_records", min_records, low=0)
    if series.empty:
        out = pd.DataFrame({"unique_id": pd.Series(dtype="string")})
        for col in TREND_COLUMNS:
            out[col] = pd.Series(dtype="float64")
        out["status"] = out["status"].astype("string")
        out["first_active"] = out["first_active"].astype("datetime64[ns]")
        out["last_active"] = out["last_active"].astype("datetime64[ns]")
        return out
    wide = series.pivot_table(
        index="unique_id", columns="ds", values="y", aggfunc="sum", fill_value=0
    )
    wide = wide.sort_index(axis=1)
    Y = wide.to_numpy(float)
    k, T = Y.shape
    periods = wide.columns
    active = Y > 0
    any_active = active.any(axis=1)
    first = np.where(any_active, active.argmax(axis=1), T)
    last = np.where(any_active, T - 1 - active[:, ::-1].argmax(axis=1), -1)
    total = Y.sum(axis=1)
    r0 = max(T - recent, 0)
    b0 = max(r0 - baseline, 0)
    recent_mean = Y[:, r0:].mean(axis=1)
    base_len = r0 - np.maximum(b0, first)  # baseline counted from the first active month
    cum = np.concatenate([np.zeros((k, 1)), np.cumsum(Y, axis=1)], axis=1)
    lo = np.minimum(np.maximum(b0, first), r0)
    base_sum = cum[:, r0] - np.take_along_axis(cum, lo[:, None], axis=1)[:, 0]
    baseline_mean = np.where(base_len > 0, base_sum / np.maximum(base_len, 1), np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        rat = np.where(baseline_mean > 0, recent_mean / baseline_mean, np.nan)
    mk = mann_kendall(Y, start=np.minimum(first, T - 1))
    sig = mk["p_value"].to_numpy() < alpha
    z = mk["z"].to_numpy()
    span = np.maximum(T - first, 1)
    share = active.sum(axis=1) / span
    recent_sum = Y[:, r0:].sum(axis=1)
    conditions = [
        total < min_records,
        first >= r0,
        recent_sum == 0,
        (sig & (z > 0)) | (rat >= ratio),
        (sig & (z < 0)) | (rat <= 1.0 / ratio),
        share >= persistent_share,
    ]
    choices = ["no_pattern", "new", "historical", "intensifying", "diminishing", "persistent"]
    status = np.select(conditions, choices, default="sporadic")
    safe_first = np.minimum(first, T - 1)
    out = pd.DataFrame(
        {
            "unique_id": pd.array(np.asarray(wide.index, dtype=object).astype(str), dtype="string"),
            "status": pd.array(status, dtype="string"),
            "total": total,
            "active_months": active.sum(axis=1),
            "first_active": pd.Series(periods[safe_first]).where(pd.Series(any_active)).to_numpy(),
            "last_active": pd.Series(periods[np.maximum(last, 0)])
            .where(pd.Series(any_active))
            .to_numpy(),
            "recent_mean": recent_mean,
            "baseline_mean": baseline_mean,
            "ratio": rat,
            "mk_tau": mk["tau"].to_numpy(),
            "mk_z": z,
            "p_value": mk["p_value"].to_numpy(),
            "sen_slope": mk["sen_slope"].to_numpy(),
        }
    )
    for col in ("first_active", "last_active"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[ns]")
    return out


def cluster_series(
    records: pd.DataFrame,
    assignments: pd.DataFrame,
    *,
    id_column: str = "corridor_id",
    weight: Literal["records", "persons"] = "records",
    end: str | pd.Timestamp | None = None,
) -> pd.DataFrame:
    """Monthly counts per corridor or hotspot as a long series frame (zeros filled).

    Parameters
    ----------
    records : DataFrame
        The record frame the assignments were made from (``record_id``, ``event_date``).
    assignments : DataFrame
        ``RouteClusters.assignments`` or ``Hotspots.assignments``.
    id_column : str, default="corridor_id"
        The id column of ``assignments`` (``"hotspot_id"`` for hotspots).
    weight : {"records", "persons"}, default="records"
        Count records, or sum ``n_persons``.
    end : date-like, optional
        Last month of the grid (default: the last month in the data), so that a
        route silent in the last months shows zeros, not a shorter series.

    Returns
    -------
    DataFrame
        ``unique_id`` (the corridor/hotspot id), ``ds`` (month start), ``y`` (float).

    Examples
    --------
    >>> dates = pd.to_datetime(["2024-01-05", "2024-03-01"])
    >>> recs = pd.DataFrame({"record_id": ["a", "b"], "event_date": dates})
    >>> asg = pd.DataFrame({"record_id": ["a", "b"], "corridor_id": ["COR-X", "COR-X"]})
    >>> cluster_series(recs, asg)["y"].tolist()
    [1.0, 0.0, 1.0]
    """
    if weight not in ("records", "persons"):
        raise ParameterError(f"weight must be 'records' or 'persons', but got {weight!r}.")
    check_records(records, what="cluster_series")
    dates = dates_of(records)
    rec_ids = records["record_id"].astype("string").reset_index(drop=True)
    asg_ids = assignments["record_id"].astype("string").reset_index(drop=True)
    if len(rec_ids) == len(asg_ids) and bool((rec_ids == asg_ids).all()):
        ids = assignments[id_column].to_numpy()  # same records, same order: no join needed
    else:
        ids = assignments.set_index("record_id")[id_column].reindex(rec_ids).to_numpy()
    frame = pd.DataFrame(
        {
            "unique_id": ids,
            "ds": dates.to_numpy().astype("datetime64[M]").astype("datetime64[ns]"),
            "y": persons_of(records) if weight == "persons" else np.ones(len(records)),
        }
    )
    frame = frame[frame["unique_id"].notna() & frame["ds"].notna()]
    if frame.empty:
        return pd.DataFrame(
            {
                "unique_id": pd.Series(dtype="string"),
                "ds": pd.Series(dtype="datetime64[ns]"),
                "y": pd.Series(dtype=float),
            }
        )
    start = frame["ds"].min()
    stop = frame["ds"].max() if end is None else pd.Timestamp(end).to_period("M").to_timestamp()
    grid = pd.date_range(start, max(stop, start), freq="MS")
    counts = frame.groupby(["unique_id", "ds"])["y"].sum()
    full = pd.MultiIndex.from_product(
        [sorted(frame["unique_id"].unique()), grid], names=["unique_id", "ds"]
    )
    out = counts.reindex(full, fill_value=0.0).reset_index()
    out["unique_id"] = out["unique_id"].astype("string")
    out["ds"] = out["ds"].astype("datetime64[ns]")
    out["y"] = out["y"].astype(float)
    return out


def emerging_routes(
    records: pd.DataFrame,
    *,
    clusters: RouteClusters | None = None,
    weight: Literal["records", "persons"] = "records",
    end: str | pd.Timestamp | None = None,
    recent: int = 6,
    baseline: int = 12,
    alpha: float = 0.05,
    ratio: float = 3.0,
) -> pd.DataFrame:
    """Give each corridor a status: new, intensifying, persistent, diminishing, ...

    The statuses are :data:`STATUSES` (rules in the module docstring).

    Parameters
    ----------
    records : DataFrame
        Record frame (``record_id``, ``event_date`` and the route columns). Not modified.
    clusters : RouteClusters, optional
        The output of :func:`cluster_routes` on ``records``; computed with the
        defaults when not given.
    weight : {"records", "persons"}, default="records"
        What the monthly series count.
    end : date-like, optional
        Last month considered (default: the data's last month).
    recent, baseline, alpha, ratio
        See :func:`classify_trends`.

    Returns
    -------
    DataFrame
        One row per corridor: ``corridor_id``, ``label``, ``regional_route``, then
        ``status`` and the statistics of :data:`TREND_COLUMNS`; most urgent first
        (new, intensifying, ... then by recent activity).

    Examples
    --------
    >>> months = pd.date_range("2023-01-01", periods=24, freq="MS")
    >>> recs = pd.DataFrame({
    ...     "record_id": [f"r{i}" for i in range(30)],
    ...     "event_date": list(months) + list(months[-6:]),
    ...     "origin_country": ["LBY"] * 24 + ["TUR"] * 6,
    ...     "destination_country": ["ITA"] * 24 + ["GRC"] * 6,
    ...     "transport_mode": ["sea"] * 30,
    ... })
    >>> emerging_routes(recs)[["corridor_id", "status"]]
           corridor_id      status
    0  COR-TUR-GRC-sea         new
    1  COR-LBY-ITA-sea  persistent
    """
    check_records(records, what="emerging_routes")
    clusters = cluster_routes(records) if clusters is None else clusters
    series = cluster_series(records, clusters.assignments, weight=weight, end=end)
    trends = classify_trends(series, recent=recent, baseline=baseline, alpha=alpha, ratio=ratio)
    meta = clusters.corridors[["corridor_id", "label", "regional_route"]]
    out = meta.merge(
        trends.rename(columns={"unique_id": "corridor_id"}), on="corridor_id", how="inner"
    )
    return _order(out)


def emerging_hotspots(
    records: pd.DataFrame,
    *,
    hotspots: Hotspots | None = None,
    weight: Literal["records", "persons"] = "records",
    end: str | pd.Timestamp | None = None,
    recent: int = 6,
    baseline: int = 12,
    alpha: float = 0.05,
    ratio: float = 3.0,
) -> pd.DataFrame:
    """Give each hotspot a status (same rules as :func:`emerging_routes`).

    Parameters
    ----------
    records : DataFrame
        Record frame with ``lat``/``lon`` and ``event_date``. Not modified.
    hotspots : Hotspots, optional
        The output of :func:`find_hotspots` on ``records`` (default: computed).
    weight, end, recent, baseline, alpha, ratio
        See :func:`emerging_routes`.

    Returns
    -------
    DataFrame
        One row per hotspot: ``hotspot_id``, ``main_country``, ``main_route``,
        ``status`` and the statistics of :data:`TREND_COLUMNS`.

    Examples
    --------
    >>> months = pd.date_range("2023-01-01", periods=24, freq="MS")
    >>> recs = pd.DataFrame({"record_id": [f"r{i}" for i in range(24)], "event_date": months,
    ...                      "lat": [35.5] * 24, "lon": [12.6] * 24})
    >>> emerging_hotspots(recs)[["hotspot_id", "status"]]
        hotspot_id      status
    0  HOT-35N012E  persistent
    """
    check_records(records, what="emerging_hotspots")
    hotspots = find_hotspots(records) if hotspots is None else hotspots
    series = cluster_series(
        records, hotspots.assignments, id_column="hotspot_id", weight=weight, end=end
    )
    trends = classify_trends(series, recent=recent, baseline=baseline, alpha=alpha, ratio=ratio)
    meta = hotspots.hotspots[["hotspot_id", "main_country", "main_route"]]
    out = meta.merge(
        trends.rename(columns={"unique_id": "hotspot_id"}), on="hotspot_id", how="inner"
    )
    return _order(out)


def _order(frame: pd.DataFrame) -> pd.DataFrame:
    rank = {s: i for i, s in enumerate(STATUSES)}
    key = frame["status"].map(rank).astype(int)
    out = frame.assign(_k=key).sort_values(
        ["_k", "recent_mean"], ascending=[True, False], kind="stable"
    )
    return out.drop(columns="_k").reset_index(drop=True)
