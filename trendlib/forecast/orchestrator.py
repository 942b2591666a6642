"""The orchestrator: a long series frame in, a wide forecast frame out.

:func:`forecast` checks the series frame (columns, duplicates, frequency, negative
values), lays every series on one regular grid of periods (a 2-D array, NaN = not
reported), fits each model once for all series and writes the DESIGN.md §3 forecast
frame: ``unique_id, ds, <alias>, <alias>-lo-<level>, <alias>-hi-<level>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError, InsufficientHistoryError, ParameterError, short_list
from trendlib.forecast.models import ForecastModel, make_model
from trendlib.schema import require_columns

__all__ = ["SEASON_LENGTHS", "WideSeries", "forecast", "to_wide"]

#: Default season length per frequency.
SEASON_LENGTHS: dict[str, int] = {"MS": 12, "QS": 4, "YS": 1, "W-MON": 52, "D": 7}


@dataclass(frozen=True)
class WideSeries:
    """Series laid on a common regular grid.

    Attributes
    ----------
    values : ndarray
        Shape ``(n_series, n_periods)``; NaN = not reported.
    ids : ndarray of str
        ``unique_id`` of each row (sorted).
    dates : DatetimeIndex
        The common grid of period starts.
    freq : str
        Pandas frequency alias of the grid.
    """

    values: np.ndarray
    ids: np.ndarray
    dates: pd.DatetimeIndex
    freq: str

    @property
    def season_length(self) -> int:
        """Default season length for the frequency (12 for months)."""
        return SEASON_LENGTHS.get(self.freq, 1)


def _infer_freq(dates: pd.DatetimeIndex) -> str:
    if len(dates) < 2:
        raise InsufficientHistoryError(
            "cannot tell the frequency from a single period; give at least two periods or pass "
            "freq= explicitly."
        )
    if (dates.day == 1).all() and (dates.normalize() == dates).all():
        months = dates.year * 12 + dates.month - 1
        step = int(np.gcd.reduce(np.diff(np.sort(months))))
        if step == 1:
            return "MS"
        if step == 3 and (dates.month % 3 == 1).all():
            return "QS"
        if step == 12 and (dates.month == 1).all():
            return "YS"
    inferred = pd.infer_freq(dates) if len(dates) >= 3 else None
    if inferred is None:
        raise DataContractError(
            "irregular timestamps: `ds` must be period starts of one frequency (month starts "
            f"such as 2024-01-01, quarter or year starts); found {short_list(dates[:8].date)}. "
            "Build the frame with trendlib.to_series, or pass freq=."
        )
    return inferred


def to_wide(series: pd.DataFrame, *, freq: str | None = None) -> WideSeries:
    """Check a long series frame and lay it on a regular grid (one row per series).

    Parameters
    ----------
    series : DataFrame
        ``unique_id, ds, y`` (DESIGN.md §3). Not modified.
    freq : str, optional
        Pandas frequency alias; inferred from ``ds`` (month, quarter or year starts, or
        anything :func:`pandas.infer_freq` recognises) by default.

    Returns
    -------
    WideSeries
        Missing periods (gaps between rows) become NaN: not reported.

    Raises
    ------
    DataContractError
        Missing columns, duplicated ``(unique_id, ds)``, negative or infinite ``y``,
        dates that are not on one regular grid.
    InsufficientHistoryError
        A series with no observed value, or a single period overall.

    Examples
    --------
    >>> s = pd.DataFrame({"unique_id": ["a", "a", "b"], "ds": pd.to_datetime(
    ...     ["2024-01-01", "2024-03-01", "2024-02-01"]), "y": [1.0, 3.0, 2.0]})
    >>> w = to_wide(s)
    >>> w.freq, w.values.tolist()
    ('MS', [[1.0, nan, 3.0], [nan, 2.0, nan]])
    """
    require_columns(series, ["unique_id", "ds", "y"], what="a series frame (unique_id, ds, y)")
    if series.empty:
        raise InsufficientHistoryError("the series frame is empty; nothing to forecast.")
    try:
        ds = pd.to_datetime(series["ds"])
    except (ValueError, TypeError) as err:
        raise DataContractError(
            f"column 'ds' must hold dates (period starts); could not read it: {err}."
        ) from err
    y = pd.to_numeric(series["y"], errors="coerce").astype(float)
    bad_y = series["y"].notna() & y.isna()
    if bad_y.any():
        raise DataContractError(
            f"column 'y' must be numbers; found {short_list(series.loc[bad_y, 'y'].unique())}."
        )
    uid = series["unique_id"].astype(str)
    neg = (y < 0) | np.isinf(y)
    if neg.any():
        raise DataContractError(
            "counts must be finite and >= 0; negative or infinite y in series "
            f"{short_list(uid[neg].unique())}. Fix the input (NaN = not reported)."
        )
    dup = pd.DataFrame({"u": uid, "d": ds}).duplicated(keep=False)
    if dup.any():
        rows = pd.DataFrame({"u": uid[dup], "d": ds[dup]}).drop_duplicates().head(5)
        raise DataContractError(
            "duplicated timestamps: (unique_id, ds) must be unique, found repeats such as "
            f"{short_list([f'{u} @ {d.date()}' for u, d in rows.itertuples(index=False)])}; "
            "sum or de-duplicate the rows first (trendlib.to_series does this)."
        )
    dates = pd.DatetimeIndex(np.sort(ds.unique()))
    freq = freq or _infer_freq(dates)
    try:
        grid = pd.date_range(dates[0], dates[-1], freq=freq)
    except ValueError as err:
        raise ParameterError(f"freq={freq!r} is not a pandas frequency alias: {err}.") from err
    col = grid.get_indexer(pd.DatetimeIndex(ds))
    if (col < 0).any():
        raise DataContractError(
            f"irregular timestamps: {short_list(ds[col < 0].dt.date.unique())} are not on the "
            f"{freq!r} grid from {grid[0].date()}; use period starts (to_series does)."
        )
    codes, ids = pd.factorize(uid, sort=True)
    values = np.full((len(ids), len(grid)), np.nan)
    values[codes, col] = y.to_numpy()
    empty = np.isnan(values).all(axis=1)
    if empty.any():
        raise InsufficientHistoryError(
            f"series {short_list(np.asarray(ids)[empty])} have no observed value (all NaN: "
            "never reported); drop them before forecasting."
        )
    return WideSeries(values=values, ids=np.asarray(ids, dtype=object), dates=grid, freq=freq)


def _resolve_models(
    models: Sequence[str | ForecastModel] | str | ForecastModel | None,
    season_length: int,
    default: Sequence[str],
) -> list[ForecastModel]:
    if models is None:
        models = list(default)
    if isinstance(models, str | ForecastModel):
        models = [models]
    made = [make_model(m, season_length=season_length) for m in models]
    aliases = [m.alias for m in made]
    if len(set(aliases)) != len(aliases):
        raise ParameterError(
            f"model aliases must be unique, got {aliases}; pass alias='...' to tell them apart."
        )
    return made


def _frame(
    ids: np.ndarray, dates: pd.DatetimeIndex, outputs: dict[str, dict[str, np.ndarray]]
) -> pd.DataFrame:
    n, h = len(ids), len(dates)
    data: dict[str, object] = {
        "unique_id": np.repeat(ids.astype(str), h),
        "ds": np.tile(dates.to_numpy(), n),
    }
    for alias, out in outputs.items():
        data[alias] = out["mean"].ravel()
        for key, val in out.items():
            if key != "mean":
                data[f"{alias}-{key}"] = val.ravel()
    return pd.DataFrame(data)


def forecast(
    series: pd.DataFrame,
    *,
    h: int,
    level: Sequence[int | float] = (80, 95),
    models: Sequence[str | ForecastModel] | str | ForecastModel | None = None,
    freq: str | None = None,
    season_length: int | None = None,
) -> pd.DataFrame:
    """Forecast every series ``h`` periods ahead with intervals (DESIGN.md §3 frame).

    Parameters
    ----------
    series : DataFrame
        ``unique_id, ds, y`` (e.g. from :func:`trendlib.to_series`). Not modified.
    h : int
        Horizon in periods (months for a monthly series).
    level : sequence of float, default=(80, 95)
        Interval levels in percent.
    models : sequence of str or ForecastModel, optional
        Names (``"auto"``, ``"SeasonalNaive"``, ``"ETS"``, ...) or model objects; default
        ``["auto", "SeasonalNaive"]``.
    freq : str, optional
        Frequency of ``ds``; inferred by default.
    season_length : int, optional
        Periods per season; 12 for monthly, 4 for quarterly, 1 for yearly by default.

    Returns
    -------
    DataFrame
        ``unique_id, ds`` and per model ``<alias>``, ``<alias>-lo-<level>``,
        ``<alias>-hi-<level>``; never negative, bounds whole numbers. Every series is
        forecast from the last period of the common grid.

    Raises
    ------
    DataContractError, InsufficientHistoryError, ParameterError
        For bad input (see :func:`to_wide`) or bad arguments.

    Notes
    -----
    Fallbacks, never a silent NaN: an all-zero series is forecast as 0 with [0, 0]
    intervals; a series with fewer observations than a model needs gets a simpler
    version (SeasonalNaive -> last value; ETS without trend/season; ``auto`` -> Naive
    below four observations). Unreported periods (NaN, gaps) are skipped by the models.

    Examples
    --------
    >>> s = pd.DataFrame({"unique_id": "a", "ds": pd.date_range("2020-01", periods=36, freq="MS"),
    ...                   "y": np.tile([5.0, 7, 9, 11, 9, 7, 5, 3, 2, 2, 3, 4], 3)})
    >>> fc = forecast(s, h=2, models=["SeasonalNaive"])
    >>> fc[["ds", "SeasonalNaive"]]
              ds  SeasonalNaive
    0 2023-01-01            5.0
    1 2023-02-01            7.0
    >>> list(fc.columns[2:])
    ['SeasonalNaive', 'SeasonalNaive-lo-80', 'SeasonalNaive-hi-80', 'SeasonalNaive-lo-95',
     'SeasonalNaive-hi-95']
    """
    if int(h) != h or h < 1:
        raise ParameterError(f"h must be a positive whole number of periods, got {h!r}.")
    wide = to_wide(series, freq=freq)
    m = season_length or wide.season_length
    made = _resolve_models(models, m, ("auto", "SeasonalNaive"))
    outputs = {mod.alias: mod.fit(wide.values).predict(int(h), level=level) for mod in made}
    future = pd.date_range(wide.dates[-1], periods=int(h) + 1, freq=wide.freq)[1:]
    return _frame(wide.ids, future, outputs)
