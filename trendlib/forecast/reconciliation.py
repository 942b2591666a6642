"""Hierarchical coherence: forecasts of routes/countries that add up to the total.

Base forecasts of every node (total, regions, routes ...) are made independently and do
not add up. :func:`reconcile` makes them coherent: ``bottom_up`` (sum the bottom
series), ``ols`` (least-squares projection) or ``mint`` (minimum trace, Wickramasuriya,
Athanasopoulos & Hyndman 2019, with the Schäfer-Strimmer shrinkage covariance of the
backtest errors); ``method="auto"`` picks the one with the lowest backtest MASE.

Hand-written in numpy because the algebra is a few lines and the only library that
implements it (hierarchicalforecast) pins older pandas; every step is matrix algebra
over all series at once.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError, ParameterError
from trendlib.forecast.metrics import model_columns
from trendlib.schema import require_columns
from trendlib.series import hierarchy_matrix

__all__ = ["METHODS", "choose_reconciliation", "reconcile", "shrunk_covariance"]

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

    Returns
    -------
    DataFrame
        Same shape; point forecasts coherent and >= 0 (negative bottom values from
        ``ols``/``mint`` are set to 0 before summing up). Interval bounds are shifted
        with their point forecast and floored at 0; they are not themselves coherent.
        ``attrs["trendlib"]["reconciliation"]`` names the method used.

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
    smat = hierarchy_matrix(forecasts["unique_id"].astype(str).unique().tolist())
    nodes = smat.index.to_numpy()
    s = smat.to_numpy()
    out = forecasts.copy()
    pos = pd.Index(nodes).get_indexer(out["unique_id"].astype(str))
    dates = np.sort(out["ds"].unique())
    col = pd.Index(dates).get_indexer(out["ds"])
    for alias in aliases:
        w = None
        if method == "mint":
            assert backtest is not None
            w = _error_cov(backtest, alias, nodes)
        g = _projection(s, method, w)
        base = np.full((len(nodes), len(dates)), np.nan)
        base[pos, col] = out[alias].to_numpy(dtype=float)
        if np.isnan(base).any():
            raise DataContractError(
                f"reconciliation needs a forecast of every node at every date; {alias!r} has "
                "gaps. Forecast all series of the hierarchy together."
            )
        bottom = np.maximum(g @ base, 0.0)
        coherent = s @ bottom
        new = coherent[pos, col]
        shift = new - out[alias].to_numpy(dtype=float)
        out[alias] = new
        for c in [c for c in out.columns if str(c).startswith(f"{alias}-lo-")]:
            hi = c.replace("-lo-", "-hi-")
            out[c] = np.minimum(np.maximum(out[c].to_numpy(dtype=float) + shift, 0.0), new)
            if hi in out.columns:
                out[hi] = np.maximum(np.maximum(out[hi].to_numpy(dtype=float) + shift, 0.0), new)
    out.attrs["trendlib"] = {**forecasts.attrs.get("trendlib", {}), "reconciliation": method}
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
            reconcile(grp, method=method, backtest=backtest, models=aliases)
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
