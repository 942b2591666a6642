"""Rolling-origin backtests: how good would the forecasts have been.

:func:`backtest` refits every model at ``n_windows`` past origins (cutoffs), forecasts
``h`` periods from each and compares with what happened. It returns the forecasts
(``unique_id, ds, cutoff, y, <alias>...``) and their evaluation (``unique_id, metric,
<alias>...``) in a :class:`Backtest`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.errors import InsufficientHistoryError, ParameterError
from trendlib.forecast.metrics import evaluate, summarise
from trendlib.forecast.models import ForecastModel
from trendlib.forecast.orchestrator import _frame, _resolve_models, to_wide

__all__ = ["Backtest", "backtest"]

#: Fewest observed periods a series needs before a cutoff to be forecast from it.
MIN_TRAIN = 3


@dataclass(frozen=True)
class Backtest:
    """Result of :func:`backtest`.

    Attributes
    ----------
    forecasts : DataFrame
        ``unique_id, ds, cutoff, y`` and per alias the forecast and its bounds; ``y`` is
        NaN where the period was not reported (kept for reconciliation, not scored).
    evaluation : DataFrame
        ``unique_id, metric`` (mase, smape, rmse, coverage-<level>) and one column per
        alias.
    season_length : int
        Seasonal lag used for the MASE scale.
    """

    forecasts: pd.DataFrame
    evaluation: pd.DataFrame
    season_length: int

    def summary(self, *, how: str = "mean") -> pd.DataFrame:
        """Metrics averaged over series (one row per metric, one column per alias).

        Parameters
        ----------
        how : {"mean", "median"}, default="mean"
            Aggregate over series.

        Returns
        -------
        DataFrame
            Index ``metric``.
        """
        return summarise(self.evaluation, how=how)

    def skill(self, unique_id: str, *, metric: str = "mase") -> dict[str, float]:
        """One series' metric per alias, e.g. ``{"auto": 0.78, "SeasonalNaive": 0.95}``.

        Parameters
        ----------
        unique_id : str
            The series.
        metric : str, default="mase"
            A metric of :attr:`evaluation`.

        Returns
        -------
        dict
            Alias -> value (NaN when undefined).
        """
        ev = self.evaluation
        row = ev[(ev["unique_id"] == unique_id) & (ev["metric"] == metric)]
        if row.empty:
            raise ParameterError(f"no {metric!r} for series {unique_id!r} in this backtest.")
        vals = row.drop(columns=["unique_id", "metric"]).iloc[0]
        return {str(k): float(v) for k, v in vals.items()}


def backtest(
    series: pd.DataFrame,
    *,
    h: int,
    n_windows: int,
    step: int | None = None,
    level: Sequence[int | float] = (80, 95),
    models: Sequence[str | ForecastModel] | str | ForecastModel | None = None,
    freq: str | None = None,
    season_length: int | None = None,
) -> Backtest:
    """Rolling-origin backtest of every model on every series.

    Parameters
    ----------
    series : DataFrame
        ``unique_id, ds, y``. Not modified.
    h : int
        Horizon in periods.
    n_windows : int
        Number of cutoffs (origins), the last one ``h`` periods before the end.
    step : int, optional
        Periods between cutoffs; ``h`` by default (windows do not overlap).
    level : sequence of float, default=(80, 95)
        Interval levels in percent.
    models : sequence of str or ForecastModel, optional
        As in :func:`trendlib.forecast`; default ``["auto", "SeasonalNaive"]``.
    freq : str, optional
        Frequency of ``ds``; inferred by default.
    season_length : int, optional
        Periods per season (and MASE lag); from the frequency by default.

    Returns
    -------
    Backtest
        ``.forecasts`` and ``.evaluation`` (see :class:`Backtest`).

    Raises
    ------
    InsufficientHistoryError
        If the grid is too short for ``n_windows`` cutoffs with at least three training
        periods before the first.
    ParameterError
        For a non-positive ``h``, ``n_windows`` or ``step``.

    Notes
    -----
    A series with fewer than three observations before a cutoff is left out of that
    window (documented fallback) rather than forecast as NaN.

    Examples
    --------
    >>> s = pd.DataFrame({"unique_id": "a", "ds": pd.date_range("2020-01", periods=36, freq="MS"),
    ...                   "y": np.tile([5.0, 7, 9, 11, 9, 7, 5, 3, 2, 2, 3, 4], 3)
    ...                   + np.repeat([0, 1, 2], 12)})
    >>> bt = backtest(s, h=3, n_windows=2, models=["SeasonalNaive", "Naive"])
    >>> bt.forecasts["cutoff"].dt.strftime("%Y-%m").unique().tolist()
    ['2022-06', '2022-09']
    >>> bt.summary().loc["mase"].round(2).to_dict()
    {'SeasonalNaive': 1.0, 'Naive': 2.33}
    """
    for name, v in (("h", h), ("n_windows", n_windows), ("step", step if step is not None else 1)):
        if int(v) != v or v < 1:
            raise ParameterError(f"{name} must be a positive whole number, got {v!r}.")
    h, n_windows = int(h), int(n_windows)
    step = int(step) if step is not None else h
    wide = to_wide(series, freq=freq)
    m = season_length or wide.season_length
    made = _resolve_models(models, m, ("auto", "SeasonalNaive"))
    t = wide.values.shape[1]
    first_cut = t - h - (n_windows - 1) * step  # number of training periods at the first cutoff
    if first_cut < MIN_TRAIN:
        raise InsufficientHistoryError(
            f"a backtest with h={h}, n_windows={n_windows}, step={step} needs at least "
            f"{h + (n_windows - 1) * step + MIN_TRAIN} periods, the series have {t}; use fewer "
            "windows, a smaller h or step."
        )
    frames = []
    for w in range(n_windows):
        c = first_cut + w * step
        train = wide.values[:, :c]
        keep = np.sum(~np.isnan(train), axis=1) >= MIN_TRAIN
        if not keep.any():
            continue
        outputs = {mod.alias: mod.fit(train[keep]).predict(h, level=level) for mod in made}
        future = wide.dates[c : c + h]
        fr = _frame(wide.ids[keep], future, outputs)
        fr.insert(2, "cutoff", wide.dates[c - 1])
        fr.insert(3, "y", wide.values[keep][:, c : c + h].ravel())
        frames.append(fr)
    if not frames:
        raise InsufficientHistoryError(
            f"no series has {MIN_TRAIN} observed periods before the first cutoff; use fewer "
            "windows."
        )
    fc = pd.concat(frames, ignore_index=True)
    ev = evaluate(fc, series, season_length=m, models=[mod.alias for mod in made])
    return Backtest(forecasts=fc, evaluation=ev, season_length=m)
