"""Hierarchical coherence: forecasts of routes/countries that add up to the total.

Base forecasts of every node (total, regions, routes ...) are made independently and do
not add up. :func:`reconcile` makes them coherent: ``bottom_up`` (sum the bottom
series), ``ols`` (least-squares projection) or ``mint`` (minimum trace, Wickramasuriya,
Athanasopoulos & Hyndman 2019, with the Schäfer-Strimmer shrinkage covariance of the
backtest errors); ``method="auto"`` picks the one with the lowest backtest MASE.

Hand-written in numpy because the algebra is a few lines and the only library that
implements it (hierarchicalforecast) pins older pandas; every step is matrix algebra
over all series at once.

Intervals are re-derived, not shifted: each node's forecast distribution is rebuilt
from its point forecast and interval bounds, the nodes are joined by the correlation of
their backtest errors (a Gaussian copula), and sample paths drawn from that joint
distribution are reconciled one by one with the same projection as the point forecasts;
the reconciled bounds are quantiles of the reconciled samples (Jeon, Panagiotelis &
Petropoulos 2019; Panagiotelis et al. 2023 show that reconciling samples of the base
joint distribution gives a coherent probabilistic forecast). When a backtest is given,
the bands are then calibrated per level of the hierarchy on the backtest's own
reconciled errors (split-conformal, as ``auto`` does for base forecasts): 24 backtest
errors understate how much the parts move together, and uncalibrated bottom-up totals
covered 25 % at 80 % on Frontex data (benchmarks/RESULTS.md). Finally no reconciled band
is narrower than the node's own base band moved to the reconciled point: reconciliation
never makes a node's forecast more confident than its own calibrated forecast (out of sample
the calibrated MinT total still covered only 58-62 % at 80 % without this floor).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats

from trendlib.errors import DataContractError, ParameterError
from trendlib.forecast.metrics import model_columns
from trendlib.forecast.models import conformal_quantile
from trendlib.schema import require_columns
from trendlib.series import hierarchy_matrix, series_metadata

__all__ = [
    "METHODS",
    "choose_reconciliation",
    "reconcile",
    "reconciled_intervals",
    "shrunk_covariance",
]

#: Reconciliation methods.
METHODS = ("bottom_up", "ols", "mint")


def shrunk_covariance(errors: np.ndarray) -> np.ndarray:
    """Schäfer-Strimmer shrinkage of the error covariance towards its diagonal.

    Parameters
    ----------
    errors : ndarray
        Shape ``(n_series, n_samples)``; NaN entries count as 0 after centring.

    Returns
    -------
    ndarray
        ``(n_series, n_series)`` positive-definite covariance.

    Examples
    --------
    >>> e = np.array([[1.0, -1.0, 2.0, -2.0], [1.0, -1.0, 2.0, -2.0]])
    >>> w = shrunk_covariance(e)
    >>> bool(np.allclose(w, w.T)) and bool(np.all(np.linalg.eigvalsh(w) > 0))
    True
    """
    e = np.asarray(errors, dtype=float)
    e = np.where(np.isnan(e), np.nan, e)
    mu = np.nanmean(np.where(np.isnan(e), np.nan, e), axis=1, keepdims=True) if e.size else e
    x = np.nan_to_num(e - np.nan_to_num(mu))
    p, n = x.shape
    cov = x @ x.T / max(n, 1)
    var = np.diag(cov).copy()
    sd = np.sqrt(np.maximum(var, 0.0))
    safe = np.where(sd > 0, sd, 1.0)
    xs = x / safe[:, None]
    corr = xs @ xs.T / max(n, 1)
    if n > 1:
        v = (xs**2) @ (xs**2).T / n - corr**2
        v *= n / (n - 1) ** 2
        np.fill_diagonal(v, 0.0)
        off = corr.copy()
        np.fill_diagonal(off, 0.0)
        denom = float(np.sum(off**2))
        lam = float(np.clip(np.sum(v) / denom, 0.0, 1.0)) if denom > 0 else 1.0
    else:
        lam = 1.0
    w = lam * np.diag(var) + (1 - lam) * cov
    ridge = 1e-6 * (float(np.mean(var)) if np.mean(var) > 0 else 1.0)
    return w + ridge * np.eye(p)


def _projection(s: np.ndarray, method: str, w: np.ndarray | None) -> np.ndarray:
    """Matrix G with bottom = G @ base (S @ G is the reconciling projection)."""
    n_nodes, n_bottom = s.shape
    if method == "bottom_up":
        bottom_rows = np.array(
            [np.flatnonzero((s == np.eye(n_bottom)[j]).all(axis=1))[0] for j in range(n_bottom)]
        )
        g = np.zeros((n_bottom, n_nodes))
        g[np.arange(n_bottom), bottom_rows] = 1.0
        return g
    winv = np.eye(n_nodes) if method == "ols" or w is None else np.linalg.pinv(w)
    a = s.T @ winv @ s
    return np.linalg.solve(a, s.T @ winv)


def reconcile(
    forecasts: pd.DataFrame,
    *,
    method: str = "bottom_up",
    backtest: pd.DataFrame | None = None,
    models: Sequence[str] | None = None,
    n_samples: int = 2000,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """Make forecasts of a hierarchy add up (total = sum of regions = sum of routes).

    Parameters
    ----------
    forecasts : DataFrame
        Forecast frame (``unique_id, ds, <alias>...``) of every node of a
        :func:`trendlib.to_series` hierarchy (``hierarchy=True``). Not modified.
    method : {"bottom_up", "ols", "mint", "auto"}, default="bottom_up"
        ``mint`` needs ``backtest`` (its errors give the covariance); ``auto`` picks
        the method with the lowest backtest MASE (:func:`choose_reconciliation`).
    backtest : DataFrame, optional
        ``Backtest.forecasts`` of the same series and models.
    models : sequence of str, optional
        Aliases to reconcile; all by default.
    n_samples : int, default=2000
        Sample paths drawn to derive the reconciled intervals.
    random_state : int, optional
        Seed of the sample paths (same seed, same bounds).

    Returns
    -------
    DataFrame
        Same shape; point forecasts coherent and >= 0 (negative bottom values from
        ``ols``/``mint`` are set to 0 before summing up). Interval bounds are derived
        again from reconciled sample paths (:func:`reconciled_intervals`, the nodes
        joined by the correlation of the backtest errors, independent without a
        backtest) and, with a backtest, stretched or shrunk per hierarchy level so that
        they would have covered the backtest's reconciled actuals at their level
        (finite-sample conformal quantile; a level with fewer than 20 backtest errors
        is pooled with the level below). Bounds are whole numbers,
        ``0 <= lo <= point <= hi``; they are not additive (quantiles of a sum are not
        sums of quantiles). ``attrs["trendlib"]["reconciliation"]`` names the method.

    Raises
    ------
    ParameterError
        Unknown method, or ``mint``/``auto`` without ``backtest``.
    DataContractError
        If the ids do not form a hierarchy.

    Examples
    --------
    >>> fc = pd.DataFrame({"unique_id": ["total", "r=A", "r=B"], "ds": pd.Timestamp("2025-01-01"),
    ...                    "m": [10.0, 4.0, 5.0]})
    >>> reconcile(fc, method="bottom_up")["m"].tolist()
    [9.0, 4.0, 5.0]
    >>> reconcile(fc, method="ols")["m"].round(2).tolist()
    [9.67, 4.33, 5.33]
    """
    require_columns(forecasts, ["unique_id", "ds"], what="a forecast frame")
    if method not in (*METHODS, "auto"):
        raise ParameterError(f"method must be one of {[*METHODS, 'auto']}, got {method!r}.")
    if method in ("mint", "auto") and backtest is None:
        raise ParameterError(
            f"method={method!r} needs backtest=... (Backtest.forecasts) for the error covariance."
        )
    aliases = list(models) if models is not None else model_columns(forecasts)
    if method == "auto":
        assert backtest is not None
        method = choose_reconciliation(backtest, models=aliases)
    if int(n_samples) != n_samples or n_samples < 100:
        raise ParameterError(f"n_samples must be a whole number >= 100, got {n_samples!r}.")
    return _reconcile(
        forecasts,
        method=method,
        backtest=backtest,
        aliases=aliases,
        n_samples=int(n_samples),
        random_state=random_state,
    )


def _reconcile(
    forecasts: pd.DataFrame,
    *,
    method: str,
    backtest: pd.DataFrame | None,
    aliases: Sequence[str],
    n_samples: int | None,
    random_state: int | None = 0,
    calibrate: bool = True,
) -> pd.DataFrame:
    """:func:`reconcile` after its checks; ``n_samples=None``: point forecasts only."""
    smat = hierarchy_matrix(forecasts["unique_id"].astype(str).unique().tolist())
    nodes = smat.index.to_numpy()
    s = smat.to_numpy()
    out = forecasts.copy()
    pos = pd.Index(nodes).get_indexer(out["unique_id"].astype(str))
    dates = np.sort(out["ds"].unique())
    col = pd.Index(dates).get_indexer(out["ds"])
    for alias in aliases:
        w = None
        if backtest is not None and (method == "mint" or n_samples is not None):
            w = _error_cov(backtest, alias, nodes)
        g = _projection(s, method, w if method == "mint" else None)
        base = _grid(out[alias], pos, col, len(nodes), len(dates))
        if np.isnan(base).any():
            raise DataContractError(
                f"reconciliation needs a forecast of every node at every date; {alias!r} has "
                "gaps. Forecast all series of the hierarchy together."
            )
        bottom = np.maximum(g @ base, 0.0)
        coherent = s @ bottom
        new = coherent[pos, col]
        out[alias] = new
        levels = [
            str(c)[len(f"{alias}-lo-") :]
            for c in out.columns
            if str(c).startswith(f"{alias}-lo-") and f"{alias}-hi-{str(c)[len(alias) + 4 :]}" in out
        ]
        if n_samples is None or not levels:
            continue
        bounds = {
            lv: (
                _grid(forecasts[f"{alias}-lo-{lv}"], pos, col, len(nodes), len(dates)),
                _grid(forecasts[f"{alias}-hi-{lv}"], pos, col, len(nodes), len(dates)),
            )
            for lv in levels
        }
        corr = None if w is None else _correlation(w)
        rec = reconciled_intervals(
            base,
            bounds,
            s=s,
            g=g,
            corr=corr,
            n_samples=n_samples,
            random_state=random_state,
        )
        for lv, (lo, hi) in rec.items():
            out[f"{alias}-lo-{lv}"] = np.minimum(lo[pos, col], new)
            out[f"{alias}-hi-{lv}"] = np.maximum(hi[pos, col], new)
    if calibrate and backtest is not None and n_samples is not None:
        past = pd.concat(
            [
                _reconcile(
                    grp,
                    method=method,
                    backtest=backtest,
                    aliases=aliases,
                    n_samples=n_samples,
                    random_state=random_state,
                    calibrate=False,
                )
                for _, grp in backtest.groupby("cutoff", sort=True)
            ],
            ignore_index=True,
        )
        out = _calibrate(out, past, aliases)
    if n_samples is not None:
        out = _floor_at_base_width(out, forecasts, aliases)
    out.attrs["trendlib"] = {**forecasts.attrs.get("trendlib", {}), "reconciliation": method}
    return out


#: Fewest backtest errors for a conformal factor of one hierarchy level (smaller levels
#: are pooled with the level below): 20 is the fewest for which the finite-sample 95 %
#: quantile exists (ceil((n + 1) * 0.95) <= n needs n >= 19), so a total backtested
#: over 4 windows of 6 months (24 errors) is calibrated on its own errors.
_MIN_LEVEL_SCORES = 20


def _floor_at_base_width(
    out: pd.DataFrame, forecasts: pd.DataFrame, aliases: Sequence[str]
) -> pd.DataFrame:
    """Never narrower than the node's own base band, moved to the reconciled point.

    Each base band was calibrated on that node's own backtest (``auto``'s conformal
    factor); the copula and the level calibration learn how the parts move together from
    a few dozen backtest errors, which a surge makes a poor guide: out of sample on
    Frontex data the re-derived MinT total covered 58-62 % at 80 % while its own shifted
    base band covered 92 % (benchmarks/RESULTS.md, "Reconciliation"). Reconciling should
    not make a published forecast more confident than the node's own calibrated forecast,
    so each reconciled half-width is at least the base half-width on that side.
    """
    res = out.copy()
    for alias in aliases:
        point_new = out[alias].to_numpy(dtype=float)
        point_base = forecasts[alias].to_numpy(dtype=float)
        for c in [c for c in out.columns if str(c).startswith(f"{alias}-lo-")]:
            hi_c = f"{alias}-hi-" + str(c)[len(f"{alias}-lo-") :]
            if hi_c not in out.columns or c not in forecasts.columns:
                continue
            below = point_base - forecasts[c].to_numpy(dtype=float)
            above = forecasts[hi_c].to_numpy(dtype=float) - point_base
            lo = np.floor(np.maximum(point_new - below, 0.0))
            hi = np.ceil(point_new + above)
            res[c] = np.minimum(out[c].to_numpy(dtype=float), lo)
            res[hi_c] = np.maximum(out[hi_c].to_numpy(dtype=float), hi)
    return res


def _level_groups(ids: np.ndarray, y_known: pd.Series) -> dict[str, int]:
    """Group the hierarchy levels for calibration: top down, each with enough errors."""
    meta = series_metadata(sorted(set(map(str, ids))))
    level = dict(zip(meta["unique_id"], meta["level"], strict=True))
    counts = y_known.groupby(y_known.index.map(level)).sum()
    group_of_level: dict[int, int] = {}
    g, acc = 0, 0
    for lv in sorted(counts.index):
        group_of_level[int(lv)] = g
        acc += int(counts[lv])
        if acc >= _MIN_LEVEL_SCORES:
            g, acc = g + 1, 0
    if acc and g > 0:  # a short last group joins the one above it
        for lv, gi in group_of_level.items():
            if gi == g:
                group_of_level[lv] = g - 1
    return {u: group_of_level.get(int(lv), 0) for u, lv in level.items()}


def _calibrate(out: pd.DataFrame, past: pd.DataFrame, aliases: Sequence[str]) -> pd.DataFrame:
    """Scale the re-derived bands per hierarchy level so they cover the backtest.

    The sample paths give coherent bands of the right shape, but only as wide as the
    base bands and the copula allow; on Frontex data the parts' errors move together
    more than 24 backtest errors can show, and bottom-up totals covered 25 % at 80 %.
    So, per level of the hierarchy (split-conformal, as in AutoModel): the score of a
    backtest actual is the factor by which its reconciled band, stretched about its
    point forecast, would just reach it; the ``ceil((n + 1) * level)``-th smallest
    score stretches (or shrinks) the band of every forecast of that level.
    """
    res = out.copy()
    ids = past["unique_id"].astype(str)
    groups = _level_groups(ids.unique(), past["y"].notna().groupby(ids).sum())
    g_past = ids.map(groups).to_numpy()
    g_out = out["unique_id"].astype(str).map(groups).fillna(-1).to_numpy()
    y = past["y"].to_numpy(dtype=float)
    for alias in aliases:
        p = past[alias].to_numpy(dtype=float)
        pf = out[alias].to_numpy(dtype=float)
        for c in [c for c in out.columns if str(c).startswith(f"{alias}-lo-")]:
            lv = str(c)[len(f"{alias}-lo-") :]
            hi_c = f"{alias}-hi-{lv}"
            if hi_c not in out.columns or c not in past.columns:
                continue
            lo, hi = past[c].to_numpy(dtype=float), past[hi_c].to_numpy(dtype=float)
            with np.errstate(invalid="ignore", divide="ignore"):
                score = np.where(y < p, (p - y) / (p - lo), (y - p) / (hi - p))
            score = np.where(y == p, 0.0, score)  # exact hit (also with a zero-width band)
            lo_f = out[c].to_numpy(dtype=float).copy()
            hi_f = out[hi_c].to_numpy(dtype=float).copy()
            for gi in np.unique(g_past):
                sc = score[(g_past == gi) & ~np.isnan(score)]
                q = conformal_quantile(sc, float(lv), min_scores=_MIN_LEVEL_SCORES)
                if np.isnan(q):
                    continue
                q = float(np.clip(q, 0.1, 10.0))
                rows = g_out == gi
                lo_f[rows] = np.floor(np.maximum(pf[rows] - q * (pf[rows] - lo_f[rows]), 0.0))
                hi_f[rows] = np.ceil(pf[rows] + q * (hi_f[rows] - pf[rows]))
            res[c] = np.minimum(lo_f, pf)
            res[hi_c] = np.maximum(hi_f, pf)
    return res


def _grid(values: pd.Series, pos: np.ndarray, col: np.ndarray, n: int, t: int) -> np.ndarray:
    out = np.full((n, t), np.nan)
    out[pos, col] = values.to_numpy(dtype=float)
    return out


def _correlation(cov: np.ndarray) -> np.ndarray:
    sd = np.sqrt(np.maximum(np.diag(cov), 0.0))
    safe = np.where(sd > 0, sd, 1.0)
    corr = cov / safe[:, None] / safe[None, :]
    np.fill_diagonal(corr, 1.0)
    return corr


def reconciled_intervals(
    base: np.ndarray,
    bounds: dict[str, tuple[np.ndarray, np.ndarray]],
    *,
    s: np.ndarray,
    g: np.ndarray,
    corr: np.ndarray | None = None,
    n_samples: int = 2000,
    random_state: int | None = 0,
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Interval bounds of reconciled forecasts, from reconciled sample paths.

    Parameters
    ----------
    base : ndarray
        Base point forecasts, ``(n_nodes, n_dates)``.
    bounds : dict
        Level (text, e.g. ``"80"``) -> ``(lo, hi)`` base bounds, each like ``base``.
    s : ndarray
        Summing matrix ``(n_nodes, n_bottom)``.
    g : ndarray
        Projection ``(n_bottom, n_nodes)`` of the reconciliation (bottom = g @ base).
    corr : ndarray, optional
        ``(n_nodes, n_nodes)`` correlation of the base forecast errors (e.g. of the
        backtest errors); independent nodes when ``None``.
    n_samples : int, default=2000
        Sample paths.
    random_state : int, optional
        Seed.

    Returns
    -------
    dict
        Level -> ``(lo, hi)`` of the reconciled forecasts, ``(n_nodes, n_dates)``, whole
        numbers (rounded outwards), ``>= 0``.

    Notes
    -----
    Approximations, stated: (1) each node's marginal distribution is rebuilt from what
    the forecast frame holds, taking the point forecast as the median and the bounds as
    quantiles, and interpolating linearly between them in normal scores (extended
    linearly beyond the widest level: normal tails with the spread of the outermost
    band), floored at 0; (2) the nodes are joined by a Gaussian copula with ``corr``.
    Each joint sample is reconciled like the point forecast (``s @ max(g @ x, 0)``),
    and the bounds are the sample quantiles. With ``corr=None`` the aggregates'
    intervals are too narrow when the bottom series move together: pass the backtest
    to :func:`reconcile` to use the measured correlation.

    Examples
    --------
    Two independent bottom series, each forecast 100 with 80 % bounds [87, 113]
    (normal, sd 10): the bottom-up total's 80 % bounds are about 200 +/- 1.28 x 14.1
    (the base total's own bounds [190, 210] are ignored by bottom-up).

    >>> base = np.array([[200.0], [100.0], [100.0]])
    >>> b = {"80": (np.array([[190.0], [87.0], [87.0]]), np.array([[210.0], [113.0], [113.0]]))}
    >>> s = np.array([[1.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
    >>> g = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    >>> lo, hi = reconciled_intervals(base, b, s=s, g=g, n_samples=20000)["80"]
    >>> bool(179 <= lo[0, 0] <= 183), bool(217 <= hi[0, 0] <= 221)
    (True, True)
    >>> bool(86 <= lo[1, 0] <= 87), bool(113 <= hi[1, 0] <= 114)  # bottom: kept, up to sampling
    (True, True)
    """
    n_nodes, n_dates = base.shape
    levels = sorted(bounds, key=float)
    # knots of each node's quantile function, in normal scores: -z(widest) ... 0 ... +z
    zs = [float(stats.norm.ppf(0.5 + float(lv) / 200)) for lv in levels]
    knots_z = np.array([-z for z in zs[::-1]] + [0.0] + zs)
    knots_q = np.stack(
        [bounds[lv][0] for lv in levels[::-1]] + [base] + [bounds[lv][1] for lv in levels],
        axis=-1,
    )  # (n_nodes, n_dates, n_knots)
    knots_q = np.maximum.accumulate(np.nan_to_num(knots_q), axis=-1)  # monotone
    rng = np.random.default_rng(random_state)
    z = rng.standard_normal((n_nodes, n_samples))
    if corr is not None:
        z = np.linalg.cholesky(corr + 1e-9 * np.eye(n_nodes)) @ z
    k = np.clip(np.searchsorted(knots_z, z), 1, len(knots_z) - 1)  # (n_nodes, n_samples)
    z0, z1 = knots_z[k - 1], knots_z[k]
    idx = np.broadcast_to(k[:, None, :], (n_nodes, n_dates, n_samples))
    q0 = np.take_along_axis(knots_q, idx - 1, axis=-1)
    q1 = np.take_along_axis(knots_q, idx, axis=-1)
    x = q0 + (q1 - q0) * ((z - z0) / (z1 - z0))[:, None, :]  # linear, also beyond the ends
    x = np.maximum(x, 0.0).reshape(n_nodes, n_dates * n_samples)
    coherent = (s @ np.maximum(g @ x, 0.0)).reshape(n_nodes, n_dates, n_samples)
    out = {}
    for lv in levels:
        a = (1 - float(lv) / 100) / 2
        lo, hi = np.quantile(coherent, [a, 1 - a], axis=-1)
        out[lv] = (np.floor(np.maximum(lo, 0.0) + 1e-9), np.ceil(np.maximum(hi, 0.0) - 1e-9))
    return out


def _error_cov(backtest: pd.DataFrame, alias: str, nodes: np.ndarray) -> np.ndarray:
    require_columns(backtest, ["unique_id", "ds", "cutoff", "y", alias], what="a backtest frame")
    err = backtest.assign(_e=backtest["y"] - backtest[alias])
    wide = err.pivot_table(index="unique_id", columns=["cutoff", "ds"], values="_e", dropna=False)
    wide = wide.reindex(nodes)
    return shrunk_covariance(wide.to_numpy(dtype=float))


def choose_reconciliation(
    backtest: pd.DataFrame,
    *,
    models: Sequence[str] | None = None,
) -> str:
    """Pick the reconciliation method with the lowest backtest error over all nodes.

    Parameters
    ----------
    backtest : DataFrame
        ``Backtest.forecasts`` of every node of a hierarchy.
    models : sequence of str, optional
        Aliases whose errors are averaged; all by default.

    Returns
    -------
    str
        One of ``"bottom_up"``, ``"ols"``, ``"mint"``.

    Notes
    -----
    The score is the mean over nodes (and aliases) of each node's mean absolute error
    divided by its mean actual count, so large and small nodes weigh alike. The MinT
    covariance is estimated from the same backtest errors it is scored on (in-sample
    for the choice); ties go to the simpler method (bottom-up first).

    Examples
    --------
    >>> bt = pd.DataFrame({"unique_id": ["total", "r=A", "r=B"] * 2,
    ...     "ds": pd.to_datetime(["2025-01-01"] * 3 + ["2025-02-01"] * 3),
    ...     "cutoff": pd.Timestamp("2024-12-01"), "y": [9.0, 4, 5, 11, 5, 6],
    ...     "m": [12.0, 4, 5, 14, 5, 6]})
    >>> choose_reconciliation(bt)
    'bottom_up'
    """
    aliases = list(models) if models is not None else model_columns(backtest)
    scores: dict[str, float] = {}
    for method in METHODS:
        parts = [
            _reconcile(grp, method=method, backtest=backtest, aliases=aliases, n_samples=None)
            for _, grp in backtest.groupby("cutoff", sort=True)
        ]
        rec = pd.concat(parts, ignore_index=True)
        scale = rec.groupby("unique_id")["y"].transform(lambda v: np.abs(v).mean())
        rel = [
            (np.abs(rec["y"] - rec[a]) / scale.where(scale > 0)).groupby(rec["unique_id"]).mean()
            for a in aliases
        ]
        scores[method] = float(pd.concat(rel).mean())
    return min(METHODS, key=lambda k: (round(scores[k], 12), METHODS.index(k)))
