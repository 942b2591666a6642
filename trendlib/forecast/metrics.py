"""Accuracy metrics of backtests: MASE, sMAPE, RMSE, interval coverage.

:func:`evaluate` turns a backtest frame (``unique_id, ds, cutoff, y`` and one column
per model alias, with ``<alias>-lo-<level>``/``-hi-`` bounds) into the tidy evaluation
frame of DESIGN.md §3: ``unique_id, metric`` and one column per alias.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError
from trendlib.schema import require_columns

__all__ = ["evaluate", "mase_scale", "model_columns", "summarise"]


def model_columns(frame: pd.DataFrame) -> list[str]:
    """Alias columns of a forecast frame (not ids, dates, ``y`` or interval bounds).

    Parameters
    ----------
    frame : DataFrame
        A forecast or backtest frame.

    Returns
    -------
    list of str
        The model aliases, in column order.

    Examples
    --------
    >>> model_columns(pd.DataFrame(columns=["unique_id", "ds", "auto", "auto-lo-80", "auto-hi-80"]))
    ['auto']
    """
    skip = {"unique_id", "ds", "cutoff", "y"}
    return [
        c for c in frame.columns if c not in skip and "-lo-" not in str(c) and "-hi-" not in str(c)
    ]


def mase_scale(y: np.ndarray, *, season_length: int) -> np.ndarray:
    """In-sample scale of MASE: mean absolute seasonal difference of each row.

    Parameters
    ----------
    y : ndarray
        Training values, shape ``(n_series, n_periods)`` (NaN = not reported).
    season_length : int
        Lag of the differences; lag 1 is used where a row has no seasonal pair.

    Returns
    -------
    ndarray
        One scale per row; NaN where it is 0 or undefined (MASE is then undefined).

    Examples
    --------
    >>> mase_scale(np.array([[1.0, 3.0, 2.0, 4.0]]), season_length=2)
    array([1.])
    """
    y = np.atleast_2d(np.asarray(y, dtype=float))
    m = int(season_length)

    def _mean_abs(d: np.ndarray) -> np.ndarray:
        ok = ~np.isnan(d)
        n = ok.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(n > 0, np.nansum(np.abs(d), axis=1) / np.maximum(n, 1), np.nan)

    t = y.shape[1]
    seas = _mean_abs(y[:, m:] - y[:, :-m]) if t > m else np.full(len(y), np.nan)
    lag1 = _mean_abs(np.diff(y, axis=1)) if t > 1 else np.full(len(y), np.nan)
    scale = np.where(np.isnan(seas), lag1, seas)
    return np.where(scale > 0, scale, np.nan)


def _levels_of(frame: pd.DataFrame, alias: str) -> list[str]:
    prefix = f"{alias}-lo-"
    return [c[len(prefix) :] for c in frame.columns if str(c).startswith(prefix)]


def evaluate(
    backtest: pd.DataFrame,
    series: pd.DataFrame,
    *,
    season_length: int,
    models: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Score every model of a backtest frame, per series.

    Parameters
    ----------
    backtest : DataFrame
        ``unique_id, ds, cutoff, y`` and one column per alias (bounds optional). Not
        modified. Forecasts from other tools can be scored the same way.
    series : DataFrame
        The series frame the backtest was run on (for the MASE scale of each cutoff).
    season_length : int
        Seasonal lag of the MASE scale (12 for months).
    models : sequence of str, optional
        Aliases to score; all alias columns by default.

    Returns
    -------
    DataFrame
        ``unique_id, metric`` and one column per alias. Metrics: ``mase`` (mean absolute
        error over all cutoffs and steps, each scaled by the seasonal-naive in-sample
        error up to its cutoff), ``smape`` (percent, 0-200), ``rmse``, and
        ``coverage-<level>`` (share of actuals inside the interval, 0-1).

    Raises
    ------
    DataContractError
        If a column is missing.

    Examples
    --------
    >>> ser = pd.DataFrame({"unique_id": "a", "ds": pd.date_range("2024-01", periods=6, freq="MS"),
    ...                     "y": [1.0, 2, 3, 4, 5, 6]})
    >>> bt = ser.iloc[4:].assign(cutoff=pd.Timestamp("2024-04-01"), m=[5.0, 5.0])
    >>> evaluate(bt, ser, season_length=1).set_index("metric")["m"].round(2).to_dict()
    {'mase': 0.5, 'smape': 9.09, 'rmse': 0.71}
    """
    require_columns(backtest, ["unique_id", "ds", "cutoff", "y"], what="a backtest frame")
    require_columns(series, ["unique_id", "ds", "y"], what="a series frame")
    aliases = list(models) if models is not None else model_columns(backtest)
    missing = [a for a in aliases if a not in backtest.columns]
    if missing:
        raise DataContractError(f"the backtest frame has no column(s) {missing}.")
    bt = backtest.reset_index(drop=True)
    # MASE scale per (series, cutoff): in-sample seasonal differences up to the cutoff
    ser = series[["unique_id", "ds", "y"]].sort_values(["unique_id", "ds"])
    wide = ser.pivot(index="unique_id", columns="ds", values="y")
    dates = wide.columns.to_numpy()
    ids = wide.index.to_numpy()
    arr = wide.to_numpy(dtype=float)
    pairs = bt[["unique_id", "cutoff"]].drop_duplicates()
    scales = []
    for cut, grp in pairs.groupby("cutoff", sort=True):
        rows = pd.Index(ids).get_indexer(grp["unique_id"].to_numpy())
        upto = dates <= pd.Timestamp(cut).to_datetime64()  # type: ignore[arg-type]
        sc = mase_scale(arr[np.maximum(rows, 0)][:, upto], season_length=season_length)
        scales.append(
            pd.DataFrame(
                {
                    "unique_id": grp["unique_id"].to_numpy(),
                    "cutoff": cut,
                    "_scale": np.where(rows >= 0, sc, np.nan),
                }
            )
        )
    bt = bt.merge(pd.concat(scales, ignore_index=True), on=["unique_id", "cutoff"], how="left")
    y = bt["y"].to_numpy(dtype=float)
    out = []
    for alias in aliases:
        f = bt[alias].to_numpy(dtype=float)
        err = y - f
        ok = ~np.isnan(err)
        with np.errstate(invalid="ignore", divide="ignore"):
            cols = {
                "mase": np.abs(err) / bt["_scale"].to_numpy(dtype=float),
                "smape": np.where(
                    (np.abs(y) + np.abs(f)) > 0, 200 * np.abs(err) / (np.abs(y) + np.abs(f)), 0.0
                ),
                "se": err**2,
            }
        for lv in _levels_of(bt, alias):
            lo = bt[f"{alias}-lo-{lv}"].to_numpy(dtype=float)
            hi = bt[f"{alias}-hi-{lv}"].to_numpy(dtype=float)
            cols[f"coverage-{lv}"] = ((y >= lo) & (y <= hi)).astype(float)
        tmp = pd.DataFrame({k: np.where(ok, v, np.nan) for k, v in cols.items()})
        tmp["unique_id"] = bt["unique_id"].to_numpy()
        g = tmp.replace([np.inf, -np.inf], np.nan).groupby("unique_id", sort=True).mean()
        g["rmse"] = np.sqrt(g.pop("se"))
        long = g.reset_index().melt(id_vars="unique_id", var_name="metric", value_name=alias)
        out.append(long.set_index(["unique_id", "metric"]))
    res = pd.concat(out, axis=1).reset_index()
    order = {m: i for i, m in enumerate(["mase", "smape", "rmse"])}
    res["_o"] = res["metric"].map(lambda m: order.get(m, 3))
    return res.sort_values(["unique_id", "_o", "metric"]).drop(columns="_o").reset_index(drop=True)


def summarise(evaluation: pd.DataFrame, *, how: str = "mean") -> pd.DataFrame:
    """Average an evaluation frame over series: one row per metric.

    Parameters
    ----------
    evaluation : DataFrame
        Output of :func:`evaluate` (``unique_id, metric, <alias>...``).
    how : {"mean", "median"}, default="mean"
        Aggregate; series with an undefined metric (NaN) are left out.

    Returns
    -------
    DataFrame
        Index ``metric``, one column per alias.

    Examples
    --------
    >>> ev = pd.DataFrame({"unique_id": ["a", "b"], "metric": "mase", "m": [0.5, 1.0]})
    >>> summarise(ev)
              m
    metric
    mase    0.75
    """
    cols = [c for c in evaluation.columns if c not in ("unique_id", "metric")]
    return evaluation.groupby("metric", sort=False)[cols].agg(how)
