"""Forecasting models: small objects with an ``alias``, vectorised across series.

Every model follows statsforecast's shape: ``fit(y) -> self`` and
``predict(h, level=...) -> {"mean": ..., "lo-80": ..., "hi-80": ...}``. ``y`` is one
series (1-D) or many series of the same length (2-D, one row per series); ``NaN``
marks a period that was not reported (left padding for series that start later,
gaps), and the models carry their state over it instead of treating it as zero.

Why hand-written recursions: statsmodels fits one series at a time (a Python-level
optimiser per series), and statsforecast's AutoETS optimises every series separately
too. Counts in intelligence work come as hundreds of short, noisy series (route x
nationality), where a small grid of smoothing parameters scored by in-sample error is
as accurate as a full optimiser. Running the recursions over a 2-D array (grid x
series) in numpy gives one Python loop over time for *all* series and all parameter
sets at once, which is what makes fitting thousands of series cheap.

Intervals are count-aware (:func:`count_intervals`): on the count scale they are
negative-binomial quantiles (Poisson when the spread is smaller than the mean) around
the point forecast, so they are whole numbers, never negative and skewed for small
counts; models fitted on ``log1p`` counts give back-transformed, rounded bounds.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Self

import numpy as np
from scipy import stats

from trendlib.errors import NotFittedError, ParameterError

__all__ = [
    "ETS",
    "TSB",
    "AutoModel",
    "Combination",
    "Croston",
    "ForecastModel",
    "Naive",
    "SeasonalNaive",
    "Theta",
    "conformal_factor",
    "conformal_quantile",
    "count_intervals",
    "make_model",
]

_EPS = 1e-12


def _as_2d(y: Any) -> tuple[np.ndarray, bool]:
    arr = np.asarray(y, dtype=float)
    if arr.ndim == 1:
        return arr[None, :], True
    if arr.ndim != 2:
        raise ParameterError(
            f"y must be 1-D (one series) or 2-D (series x periods), got {arr.ndim}-D."
        )
    return arr, False


def _check_level(level: Sequence[int | float]) -> tuple[float, ...]:
    out = tuple(float(v) for v in level)
    bad = [v for v in out if not 0 < v < 100]
    if bad:
        raise ParameterError(
            f"every value in `level` must be between 0 and 100 (exclusive), got {bad}."
        )
    return out


def _last_valid(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Index and value of the last non-NaN entry of each row (-1 / NaN when none)."""
    valid = ~np.isnan(y)
    t = y.shape[1]
    idx = np.where(valid.any(axis=1), t - 1 - np.argmax(valid[:, ::-1], axis=1), -1)
    val = np.where(idx >= 0, y[np.arange(len(y)), np.maximum(idx, 0)], np.nan)
    return idx, val


def _columns(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per period (row), the values with NaN as 0 and the observed mask: for time loops."""
    return np.ascontiguousarray(np.nan_to_num(y).T), np.ascontiguousarray(~np.isnan(y).T)


def _first_valid(y: np.ndarray) -> np.ndarray:
    valid = ~np.isnan(y)
    return np.where(valid.any(axis=1), np.argmax(valid, axis=1), y.shape[1])


def _nanmean(x: np.ndarray, axis: int, default: float | np.ndarray = np.nan) -> np.ndarray:
    n = np.sum(~np.isnan(x), axis=axis)
    s = np.nansum(x, axis=axis)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, s / np.maximum(n, 1), default)


def count_intervals(
    mean: np.ndarray,
    sd: np.ndarray,
    level: Sequence[int | float],
    *,
    log: bool = False,
    inflation: Mapping[float, float | np.ndarray] | None = None,
) -> dict[str, np.ndarray]:
    """Turn a forecast mean and standard deviation into count-aware intervals.

    Parameters
    ----------
    mean, sd : ndarray
        Point forecast and its standard deviation, on the count scale (or on the
        ``log1p`` scale when ``log=True``), same shape.
    level : sequence of float
        Coverage levels in percent, e.g. ``(80, 95)``.
    log : bool, default=False
        ``mean``/``sd`` are on the ``log1p`` scale (log-normal bounds, back-transformed).
    inflation : dict, optional
        Per level, a factor applied to ``sd`` (conformal calibration from a backtest):
        a number, or an array broadcastable to ``sd`` (e.g. one factor per series).

    Returns
    -------
    dict
        ``"mean"`` (>= 0) and ``"lo-<level>"`` / ``"hi-<level>"`` whole numbers,
        ``0 <= lo <= hi``.

    Notes
    -----
    On the count scale the bounds are quantiles of a negative binomial with the given
    mean and variance ``max(sd**2, mean)`` (Poisson when ``sd**2 <= mean``), so small
    counts get skewed, integer intervals. Where the variance exceeds
    ``mean + 2 mean**2`` the normal bounds (floored at 0, rounded outwards) are used.

    Examples
    --------
    >>> out = count_intervals(np.array([2.0]), np.array([1.0]), [80])
    >>> out["lo-80"], out["hi-80"]
    (array([0.]), array([4.]))
    """
    levels = _check_level(level)
    mean = np.asarray(mean, dtype=float)
    sd = np.asarray(sd, dtype=float)
    out: dict[str, np.ndarray] = {}
    point = np.expm1(mean) if log else mean
    out["mean"] = np.maximum(point, 0.0)
    for lv in levels:
        c = 1.0 if inflation is None else np.asarray(inflation.get(lv, 1.0), dtype=float)
        s = sd * c
        a = (1 - lv / 100) / 2
        name = f"{lv:g}"
        if log:
            z = stats.norm.ppf(1 - a)
            lo = np.floor(np.maximum(np.expm1(mean - z * s), 0.0))
            hi = np.ceil(np.maximum(np.expm1(mean + z * s), 0.0))
        else:
            mu = out["mean"]
            var = np.maximum(s**2, mu)
            with np.errstate(invalid="ignore", divide="ignore"):
                mu_eff = np.where((mu < 0.05) & (var > 0), 0.05, mu)
                var = np.maximum(var, mu_eff)
                over = var > mu_eff * (1 + 1e-9)
                r = np.where(over, mu_eff**2 / np.maximum(var - mu_eff, _EPS), 1.0)
                p = np.where(over, r / (r + mu_eff), 0.5)
                lo_nb = stats.nbinom.ppf(a, r, p)
                hi_nb = stats.nbinom.ppf(1 - a, r, p)
                lo_po = stats.poisson.ppf(a, mu_eff)
                hi_po = stats.poisson.ppf(1 - a, mu_eff)
            lo = np.where(over, lo_nb, lo_po)
            hi = np.where(over, hi_nb, hi_po)
            # beyond var = mean + 2 mean^2 (size < 0.5) a moment-matched negative binomial
            # piles almost all its mass on 0 and excludes its own mean; use normal bounds
            z = stats.norm.ppf(1 - a)
            wide = var > mu_eff + 2 * mu_eff**2
            lo = np.where(wide, np.floor(np.maximum(mu - z * np.sqrt(var), 0.0)), lo)
            hi = np.where(wide, np.ceil(mu + z * np.sqrt(var)), hi)
            zero = (mu <= 0) & (s <= 0)
            lo = np.where(zero, 0.0, lo)
            hi = np.where(zero, 0.0, hi)
        nan = np.isnan(point)
        lo = np.where(nan, np.nan, np.maximum(lo, 0.0))
        hi = np.where(nan, np.nan, np.maximum(hi, lo))
        out[f"lo-{name}"] = lo
        out[f"hi-{name}"] = hi
    return out


class ForecastModel:
    """Base class: ``fit(y) -> self``, ``predict(h, level) -> dict`` (statsforecast style).

    Subclasses implement ``_fit(y2d)`` and ``_dist(h)`` returning the forecast mean and
    standard deviation per series and step on the model's working scale.
    """

    alias: str = "model"
    #: fitted on log1p counts (the intervals are back-transformed)
    _log: bool = False
    _fitted_attr: ClassVar[str] = "n_series_"

    season_length: int | None

    def fit(self, y: Any) -> Self:
        """Fit the model to one series (1-D) or many (2-D, one row per series).

        Parameters
        ----------
        y : array-like
            Non-negative counts; NaN = not reported.

        Returns
        -------
        self
        """
        arr, one = _as_2d(y)
        if np.any(arr < 0):
            raise ParameterError(f"{self.alias}: counts must be >= 0.")
        self._one_ = one
        self.n_series_ = arr.shape[0]
        self._fit(np.log1p(arr) if self._log else arr)
        return self

    def _fit(self, y: np.ndarray) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _dist(self, h: int) -> tuple[np.ndarray, np.ndarray]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _check_fitted(self) -> None:
        if not hasattr(self, self._fitted_attr):
            raise NotFittedError(f"{self.alias} is not fitted yet; call fit(y) first.")

    def predict(self, h: int, level: Sequence[int | float] = ()) -> dict[str, np.ndarray]:
        """Forecast ``h`` periods ahead with intervals at each ``level`` (percent).

        Parameters
        ----------
        h : int
            Horizon (periods).
        level : sequence of float, default=()
            Interval levels in percent.

        Returns
        -------
        dict
            ``"mean"`` and ``"lo-<level>"``/``"hi-<level>"`` arrays of shape ``(h,)`` for a
            1-D fit, ``(n_series, h)`` for a 2-D fit; never negative.
        """
        self._check_fitted()
        if int(h) != h or h < 1:
            raise ParameterError(f"h must be a positive whole number of periods, got {h!r}.")
        mean, sd = self._dist(int(h))
        out = count_intervals(mean, sd, level, log=self._log, inflation=self._inflation())
        if self._one_:
            out = {k: v[0] for k, v in out.items()}
        return out

    def _inflation(self) -> dict[float, float] | None:
        return None

    def __repr__(self) -> str:
        params = {k: v for k, v in vars(self).items() if not k.endswith("_") and k != "alias"}
        inner = ", ".join(f"{k}={v!r}" for k, v in params.items())
        return f"{type(self).__name__}({inner})"


class Naive(ForecastModel):
    """Last observed value, carried forward.

    Parameters
    ----------
    alias : str, default="Naive"
        Output column name.

    Examples
    --------
    >>> Naive().fit([3.0, 5.0, 4.0]).predict(2)["mean"]
    array([4., 4.])
    """

    def __init__(self, *, alias: str = "Naive") -> None:
        self.alias = alias
        self.season_length = None

    def _fit(self, y: np.ndarray) -> None:
        _, self.last_ = _last_valid(y)
        d = np.diff(y, axis=1)
        self.sigma2_ = _nanmean(d**2, axis=1, default=np.nan_to_num(self.last_))

    def _dist(self, h: int) -> tuple[np.ndarray, np.ndarray]:
        steps = np.arange(1, h + 1)
        mean = np.repeat(self.last_[:, None], h, axis=1)
        return mean, np.sqrt(self.sigma2_[:, None] * steps[None, :])


class SeasonalNaive(ForecastModel):
    """Value of the same period one season earlier.

    Series shorter than one season (or with the last season unreported) fall back to
    the earlier seasons, then to the last observed value (:class:`Naive`).

    Parameters
    ----------
    season_length : int, optional
        Periods per season (12 for months); set from the frequency by
        :func:`trendlib.forecast` when left ``None`` (12 if fitted directly).
    alias : str, default="SeasonalNaive"
        Output column name.

    Examples
    --------
    >>> SeasonalNaive(season_length=3).fit([1.0, 2.0, 3.0, 4.0, 5.0, 6.0]).predict(4)["mean"]
    array([4., 5., 6., 4.])
    """

    def __init__(self, season_length: int | None = None, *, alias: str = "SeasonalNaive") -> None:
        self.season_length = season_length
        self.alias = alias

    def _fit(self, y: np.ndarray) -> None:
        m = self.season_length or 12
        t = y.shape[1]
        season = np.full((y.shape[0], m), np.nan)
        take = min(m, t)
        season[:, m - take :] = y[:, t - take :]
        k = 2
        while np.isnan(season).any() and (k - 1) * m < t:
            lo = max(t - k * m, 0)
            block = np.full((y.shape[0], m), np.nan)
            chunk = y[:, lo : t - (k - 1) * m]
            block[:, m - chunk.shape[1] :] = chunk
            season = np.where(np.isnan(season), block, season)
            k += 1
        _, last = _last_valid(y)
        self.season_ = np.where(np.isnan(season), last[:, None], season)
        d = y[:, m:] - y[:, :-m] if t > m else np.full((y.shape[0], 1), np.nan)
        naive_var = _nanmean(np.diff(y, axis=1) ** 2, axis=1, default=np.nan_to_num(last))
        self.sigma2_ = _nanmean(d**2, axis=1, default=naive_var)

    def _dist(self, h: int) -> tuple[np.ndarray, np.ndarray]:
        m = self.season_.shape[1]
        j = np.arange(h)
        mean = self.season_[:, j % m]
        return mean, np.sqrt(self.sigma2_[:, None] * (j // m + 1)[None, :])


# --- exponential smoothing --------------------------------------------------------------

_ALPHAS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9)
# (beta as a share of alpha, phi); beta=0 means no trend
_TRENDS = ((0.0, 1.0), (0.1, 0.9), (0.1, 0.98), (0.3, 0.9))
_GAMMAS = (None, 0.05, 0.2)  # None = no seasonal component


def _ets_grid(seasonal: bool) -> np.ndarray:
    rows = []
    for a in _ALPHAS:
        for bshare, phi in _TRENDS:
            for g in _GAMMAS if seasonal else (None,):
                if g is not None and g > 1 - a:
                    continue
                rows.append((a, a * bshare, phi, -1.0 if g is None else g))
    return np.array(rows)


class ETS(ForecastModel):
    """Additive exponential smoothing (level, damped trend, seasonality), many series at once.

    Each series gets the member of a small parameter grid (smoothing ``alpha``, damped
    trend ``beta``/``phi`` or none, seasonal ``gamma`` or none) with the lowest AICc of
    its one-step in-sample errors. The recursions run over all series and the whole
    grid at once (see the module notes for why this is hand-written).

    Parameters
    ----------
    season_length : int, optional
        Periods per season; ``1`` disables seasonality. ``None``: set from the frequency.
    log : bool, default=False
        Fit on ``log1p`` counts (multiplicative behaviour; bounds back-transformed).
    alias : str, optional
        Output column name; ``"ETS"`` or ``"ETS-log"`` by default.

    Examples
    --------
    >>> y = np.array([10.0, 12, 11, 13, 12, 14, 13, 15, 14, 16])
    >>> fc = ETS(season_length=1).fit(y).predict(3, level=[80])
    >>> bool(np.all(fc["lo-80"] <= fc["mean"])) and bool(np.all(fc["mean"] <= fc["hi-80"]))
    True
    """

    def __init__(
        self, season_length: int | None = None, *, log: bool = False, alias: str | None = None
    ) -> None:
        self.season_length = season_length
        self.log = log
        self.alias = alias or ("ETS-log" if log else "ETS")
        self._log = log

    def _fit(self, y: np.ndarray) -> None:
        n, t = y.shape
        m = self.season_length or 12
        seasonal = m > 1
        grid = _ets_grid(seasonal)
        g = len(grid)
        alpha, beta, phi, gamma = (grid[:, i][:, None] for i in range(4))
        has_season = gamma >= 0
        gamma = np.maximum(gamma, 0.0)
        has_trend = beta > 0

        t0 = _first_valid(y)
        n_valid = np.sum(~np.isnan(y), axis=1)
        rows = np.arange(n)
        # initial states, from the first valid observations of each series
        first = y[rows, np.minimum(t0, t - 1)]
        s0 = np.zeros((n, max(m, 1)))
        l0 = np.nan_to_num(first)
        b0 = np.zeros(n)
        can_season = seasonal & (n_valid >= 2 * m) & (t0 + 2 * m <= t)
        if seasonal and can_season.any():
            idx = np.minimum(t0[:, None] + np.arange(2 * m)[None, :], t - 1)
            win = y[rows[:, None], idx].reshape(n, 2, m)
            means = _nanmean(win, axis=2, default=0.0)  # (n, 2)
            slope = (means[:, 1] - means[:, 0]) / m
            ramp = slope[:, None, None] * (np.arange(m) - (m - 1) / 2)[None, None, :]
            dev = _nanmean(win - means[:, :, None] - ramp, axis=1, default=0.0)  # (n, m)
            dev = dev - dev.mean(axis=1, keepdims=True)
            # align with absolute phase: position t0 + j has phase (t0 + j) % m
            phase = (t0[:, None] + np.arange(m)[None, :]) % m
            s_abs = np.zeros((n, m))
            s_abs[rows[:, None], phase] = dev
            s0 = np.where(can_season[:, None], s_abs, 0.0)
            l0 = np.where(can_season, means[:, 0] - slope * (m - 1) / 2, l0)
            b0 = np.where(can_season, slope, 0.0)
        level = np.broadcast_to(l0, (g, n)).copy()
        trend = np.where(has_trend, b0[None, :], 0.0)
        seas = np.where(has_season[:, :, None], s0[None, :, :], 0.0)
        sse = np.zeros((g, n))
        # NaN handling hoisted out of the loop over time (it dominated the run time)
        y0, seen = _columns(y)
        for i in range(t):
            started = (i >= t0)[None, :]
            obs = seen[i][None, :] & started
            p = i % m
            s_p = seas[:, :, p]
            lt = level + phi * trend
            e = np.where(obs, y0[i][None, :] - (lt + s_p), 0.0)
            sse += e * e
            level = np.where(started, lt + alpha * e, level)
            trend = np.where(started, phi * trend + beta * e, trend)
            seas[:, :, p] = s_p + gamma * e
        nv = np.maximum(n_valid, 1)[None, :]
        k = 2 + has_trend * 3 + has_season * m  # alpha,l0; beta,phi,b0; gamma + m-1 states
        with np.errstate(divide="ignore", invalid="ignore"):
            aicc = (
                nv * np.log(np.maximum(sse / nv, _EPS))
                + 2 * k
                + 2 * k * (k + 1) / np.maximum(nv - k - 1, 1)
            )
        aicc = np.where(has_season & ~can_season[None, :], np.inf, aicc)
        aicc = np.where(has_trend & (n_valid < 6)[None, :], np.inf, aicc)
        best = np.argmin(aicc, axis=0)
        self.params_ = grid[best]
        self.level_ = level[best, rows]
        self.trend_ = trend[best, rows]
        self.seasonal_ = seas[best, rows]
        self.sigma2_ = sse[best, rows] / nv[0]
        self.end_ = t
        self.m_ = m
        self.level_ = np.where(n_valid > 0, self.level_, np.nan)

    def _dist(self, h: int) -> tuple[np.ndarray, np.ndarray]:
        alpha, beta, phi, gamma = (self.params_[:, i][:, None] for i in range(4))
        gamma = np.maximum(gamma, 0.0)
        steps = np.arange(1, h + 1)[None, :]
        phi_sum = np.cumsum(phi**steps, axis=1)  # phi + ... + phi^k
        phase = (self.end_ + steps - 1) % self.m_
        mean = (
            self.level_[:, None]
            + phi_sum * self.trend_[:, None]
            + np.take_along_axis(self.seasonal_, np.broadcast_to(phase, (len(alpha), h)), axis=1)
        )
        # variance of the additive-error ETS: sigma2 * (1 + sum_{j<k} c_j^2)
        c = alpha + beta * phi_sum + gamma * ((steps % self.m_) == 0)
        c2 = np.concatenate([np.zeros((len(alpha), 1)), np.cumsum(c[:, :-1] ** 2, axis=1)], axis=1)
        sd = np.sqrt(self.sigma2_[:, None] * (1 + c2))
        return mean, sd


class Theta(ForecastModel):
    """Theta method (simple exponential smoothing with drift), many series at once.

    The drift is half the least-squares slope of the series (Hyndman & Billah, 2003);
    series with two or more full seasons are seasonally adjusted first (classical
    multiplicative indices) when their lag-``season_length`` autocorrelation is
    significant at 90 %.

    Parameters
    ----------
    season_length : int, optional
        Periods per season; ``None``: set from the frequency.
    alias : str, default="Theta"
        Output column name.

    Examples
    --------
    >>> Theta(season_length=1).fit(np.arange(1.0, 11.0)).predict(2)["mean"].round(1)
    array([10.5, 11. ])
    """

    def __init__(self, season_length: int | None = None, *, alias: str = "Theta") -> None:
        self.season_length = season_length
        self.alias = alias

    def _fit(self, y: np.ndarray) -> None:
        n, t = y.shape
        m = self.season_length or 12
        rows = np.arange(n)
        n_valid = np.sum(~np.isnan(y), axis=1)
        # seasonal indices (multiplicative), only where the seasonality is significant
        idx = np.ones((n, max(m, 1)))
        if m > 1:
            mu = _nanmean(y, axis=1, default=0.0)
            filled = np.where(np.isnan(y), mu[:, None], y)
            x = filled - mu[:, None]
            denom = np.sum(x * x, axis=1)
            with np.errstate(invalid="ignore", divide="ignore"):
                acf = (
                    np.stack(
                        [np.sum(x[:, k:] * x[:, : t - k], axis=1) / denom for k in range(1, m + 1)],
                        axis=1,
                    )
                    if t > m
                    else np.zeros((n, m))
                )
            acf = np.nan_to_num(acf)
            limit = 1.645 * np.sqrt(
                (1 + 2 * np.sum(acf[:, :-1] ** 2, axis=1)) / np.maximum(n_valid, 1)
            )
            use = (np.abs(acf[:, -1]) > limit) & (n_valid >= 2 * m) & (mu > 0)
            phase = np.arange(t) % m
            ratio = np.where(mu[:, None] > 0, y / np.maximum(mu[:, None], _EPS), np.nan)
            # indices from the ratio to a centred yearly mean would need a moving average
            # per series; the ratio to the series mean per phase of the last three seasons
            # is close enough for the deseasonalisation step and stays vectorised.
            recent = np.arange(t) >= t - 3 * m
            for j in range(m):
                sel = (phase == j) & recent
                idx[:, j] = _nanmean(ratio[:, sel], axis=1, default=1.0)
            idx = idx / np.maximum(idx.mean(axis=1, keepdims=True), _EPS)
            idx = np.where(use[:, None] & (idx > 0.05), idx, 1.0)
        phase = np.arange(t) % max(m, 1)
        z = y / idx[:, phase]
        # least-squares slope over the valid points
        tt = np.where(np.isnan(z), np.nan, np.arange(t, dtype=float)[None, :])
        tm = _nanmean(tt, axis=1, default=0.0)
        zm = _nanmean(z, axis=1, default=0.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            slope = np.nansum((tt - tm[:, None]) * (z - zm[:, None]), axis=1) / np.nansum(
                (tt - tm[:, None]) ** 2, axis=1
            )
        slope = np.where(n_valid >= 3, np.nan_to_num(slope), 0.0)
        # simple exponential smoothing over a grid of alpha
        alphas = np.array([0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9, 0.99])[:, None]
        t0 = _first_valid(z)
        first = z[rows, np.minimum(t0, t - 1)]
        level = np.broadcast_to(np.nan_to_num(first), (len(alphas), n)).copy()
        sse = np.zeros((len(alphas), n))
        z0, seen = _columns(z)
        for i in range(t):
            obs = (seen[i] & (i > t0))[None, :]
            e = np.where(obs, z0[i][None, :] - level, 0.0)
            sse += e * e
            level = level + alphas * e
        best = np.argmin(sse, axis=0)
        self.alpha_ = alphas[best, 0]
        self.level_ = np.where(n_valid > 0, level[best, rows], np.nan)
        self.slope_ = slope
        self.index_ = idx
        self.n_ = np.maximum(n_valid, 1)
        self.sigma2_ = sse[best, rows] / np.maximum(n_valid - 1, 1)
        self.end_ = t
        self.m_ = max(m, 1)

    def _dist(self, h: int) -> tuple[np.ndarray, np.ndarray]:
        a = self.alpha_[:, None]
        steps = np.arange(1, h + 1)[None, :]
        drift = 0.5 * self.slope_[:, None] * (steps - 1 + 1 / a - (1 - a) ** self.n_[:, None] / a)
        phase = (self.end_ + steps - 1) % self.m_
        seas = np.take_along_axis(self.index_, np.broadcast_to(phase, (len(a), h)), axis=1)
        mean = (self.level_[:, None] + drift) * seas
        sd = np.sqrt(self.sigma2_[:, None] * (1 + (steps - 1) * a**2)) * seas
        return mean, sd


# --- intermittent demand -----------------------------------------------------------------


class Croston(ForecastModel):
    """Croston's method for intermittent counts: smoothed size / smoothed interval.

    Demand sizes (non-zero counts) and the intervals between them (in periods, the
    first counted from the start of the series) are smoothed separately by simple
    exponential smoothing started at their first value; the forecast is their ratio,
    flat over the horizon.

    Parameters
    ----------
    alpha : float, default=0.1
        Smoothing of sizes and intervals.
    alias : str, default="Croston"
        Output column name.

    Examples
    --------
    >>> Croston().fit([0, 3, 0, 0, 5, 0, 2]).predict(1)["mean"].round(4)
    array([1.4737])
    """

    def __init__(self, *, alpha: float = 0.1, alias: str = "Croston") -> None:
        if not 0 < alpha <= 1:
            raise ParameterError(f"alpha must be in (0, 1], got {alpha}.")
        self.alpha = alpha
        self.alias = alias
        self.season_length = None

    def _fit(self, y: np.ndarray) -> None:
        n, t = y.shape
        a = self.alpha
        size = np.full(n, np.nan)
        interval = np.full(n, np.nan)
        gap = np.zeros(n)
        sse = np.zeros(n)
        cnt = np.zeros(n)
        y0, seen = _columns(y)
        for i in range(t):
            yi, obs = y0[i], seen[i]
            gap = gap + obs  # periods since the last demand (unreported periods skipped)
            fc = np.where(np.isnan(size), 0.0, size / np.where(np.isnan(interval), 1, interval))
            sse += np.where(obs, (yi - fc) ** 2, 0.0)
            cnt += obs
            hit = obs & (yi > 0)
            size = np.where(hit, np.where(np.isnan(size), yi, size + a * (yi - size)), size)
            interval = np.where(
                hit, np.where(np.isnan(interval), gap, interval + a * (gap - interval)), interval
            )
            gap = np.where(hit, 0.0, gap)
        any_obs = cnt > 0
        self.mean_ = np.where(
            np.isnan(size), np.where(any_obs, 0.0, np.nan), size / np.nan_to_num(interval, nan=1.0)
        )
        self.sigma2_ = sse / np.maximum(cnt, 1)

    def _dist(self, h: int) -> tuple[np.ndarray, np.ndarray]:
        mean = np.repeat(self.mean_[:, None], h, axis=1)
        return mean, np.repeat(np.sqrt(self.sigma2_)[:, None], h, axis=1)


class TSB(ForecastModel):
    """Teunter-Syntetos-Babai method: smoothed probability of a count x smoothed size.

    Unlike Croston, the probability of a non-zero count decays in periods without one,
    so a route that went quiet is forecast towards zero.

    Parameters
    ----------
    alpha_d : float, default=0.1
        Smoothing of the non-zero sizes.
    alpha_p : float, default=0.1
        Smoothing of the probability of a non-zero count (updated every period).
    alias : str, default="TSB"
        Output column name.

    Examples
    --------
    >>> TSB().fit([0, 3, 0, 0, 5, 0, 2]).predict(1)["mean"].round(3)
    array([1.479])
    """

    def __init__(self, *, alpha_d: float = 0.1, alpha_p: float = 0.1, alias: str = "TSB") -> None:
        for name, v in (("alpha_d", alpha_d), ("alpha_p", alpha_p)):
            if not 0 < v <= 1:
                raise ParameterError(f"{name} must be in (0, 1], got {v}.")
        self.alpha_d = alpha_d
        self.alpha_p = alpha_p
        self.alias = alias
        self.season_length = None

    def _fit(self, y: np.ndarray) -> None:
        n, t = y.shape
        nz = np.where(np.isnan(y), np.nan, (y > 0).astype(float))
        prob = _nanmean(nz, axis=1, default=0.0)  # start: share of non-zero periods
        size = _nanmean(np.where(y > 0, y, np.nan), axis=1, default=0.0)
        sse = np.zeros(n)
        cnt = np.zeros(n)
        y0, seen = _columns(y)
        for i in range(t):
            yi, obs = y0[i], seen[i]
            sse += np.where(obs, (yi - prob * size) ** 2, 0.0)
            cnt += obs
            hit = obs & (yi > 0)
            prob = np.where(obs, prob + self.alpha_p * (hit - prob), prob)
            size = np.where(hit, size + self.alpha_d * (yi - size), size)
        self.mean_ = np.where(cnt > 0, prob * size, np.nan)
        self.sigma2_ = sse / np.maximum(cnt, 1)

    def _dist(self, h: int) -> tuple[np.ndarray, np.ndarray]:
        mean = np.repeat(self.mean_[:, None], h, axis=1)
        return mean, np.repeat(np.sqrt(self.sigma2_)[:, None], h, axis=1)


# --- combination -----------------------------------------------------------------------------


class Combination(ForecastModel):
    """Equal-weight average of several models' forecasts (on the count scale).

    Averaging forecasts from different methods is one of the most reliable ways to cut
    forecast error (the M3/M4 competitions); on the Frontex and IOM DTM backtests the
    average of log-ETS, Theta and Naive beat each of them (benchmarks/RESULTS.md).

    Parameters
    ----------
    models : sequence of ForecastModel, optional
        Members; default log-ETS, Theta and Naive.
    season_length : int, optional
        Passed to members whose own ``season_length`` is ``None``.
    alias : str, default="Combo"
        Output column name.

    Notes
    -----
    The spread is the average of the members' spreads on the count scale (a log-scale
    member's spread is converted with its back-transformed +/- 1 sd half-width), which
    ignores the gain from averaging; :class:`AutoModel` calibrates it on its backtest.

    Examples
    --------
    >>> combo = Combination([Naive(), SeasonalNaive(2)]).fit([1.0, 3.0, 2.0, 4.0])
    >>> combo.predict(2)["mean"]
    array([3., 4.])
    """

    def __init__(
        self,
        models: Sequence[ForecastModel] | None = None,
        *,
        season_length: int | None = None,
        alias: str = "Combo",
    ) -> None:
        self.models = models
        self.season_length = season_length
        self.alias = alias

    def _members(self) -> list[ForecastModel]:
        base = self.models if self.models is not None else [ETS(log=True), Theta(), Naive()]
        members = []
        for m in base:
            m = copy.copy(m)
            if getattr(m, "season_length", 0) is None and not isinstance(m, Naive | Croston | TSB):
                m.season_length = self.season_length
            members.append(m)
        return members

    def _fit(self, y: np.ndarray) -> None:
        self.members_ = [m.fit(y) for m in self._members()]

    def _reuse(self, fitted: dict[tuple[str, int | None], ForecastModel], y: np.ndarray) -> Self:
        """Return a fitted copy that reuses already fitted members (same alias, season)."""
        out = copy.copy(self)
        members = self._members()
        keys = [(m.alias, m.season_length) for m in members]
        if all(k in fitted for k in keys):
            out._one_, out.n_series_ = False, y.shape[0]
            out.members_ = [fitted[k] for k in keys]
            return out
        return out.fit(y)

    def _dist(self, h: int) -> tuple[np.ndarray, np.ndarray]:
        means, sds = [], []
        for m in self.members_:
            mu, sd = m._dist(h)
            if m._log:
                means.append(np.expm1(mu))
                sds.append((np.expm1(mu + sd) - np.expm1(mu - sd)) / 2)
            else:
                means.append(mu)
                sds.append(sd)
        return np.maximum(np.mean(means, axis=0), 0.0), np.mean(sds, axis=0)


# --- automatic choice ----------------------------------------------------------------------


def _default_candidates(m: int | None) -> list[ForecastModel]:
    # The combination stays the default (first) candidate: on the Frontex / IOM DTM
    # backtests it beat each of its members (benchmarks/RESULTS.md). SeasonalNaive is a
    # candidate because it is the one seasonal model that works with a single season of
    # history: seasonal ETS and Theta need two full seasons, so on series of 13-24 months
    # (the strategic report's default window) nothing else can follow the season.
    # Additive ETS on raw counts is left out: it was rarely better than log-ETS by the
    # margin and only added noise to the choice.
    return [
        Combination(season_length=m),
        ETS(m, log=True),
        Theta(m),
        Naive(),
        SeasonalNaive(m),
        TSB(),
    ]


class AutoModel(ForecastModel):
    """Per-series choice among candidate models by a rolling-origin backtest.

    For each series, every candidate is backtested over the last ``n_windows`` origins
    (``h`` periods ahead, the ``h`` asked for in :meth:`predict`). The first candidate
    (the default) is kept unless another one is better by more than ``margin``, judged
    by the *geometric mean over windows of the ratio of the windows' mean absolute
    errors* (candidate / default; the AvgRelMAE of Davydenko & Fildes, 2013). The
    ratio per window makes every window count alike, so a single window with a surge
    (where every method's error is many times its usual size) cannot decide the choice
    alone, and the geometric mean is the aggregate of ratios that treats "twice as
    good" and "twice as bad" symmetrically.

    The intervals are then calibrated by split-conformal prediction on the same inner
    backtest: each error is standardised by the spread the model predicted for its
    horizon (so errors of all horizons and series can be pooled), and per level the
    spread is multiplied by the finite-sample conformal quantile of the standardised
    absolute errors (the ``ceil((n + 1) * level)``-th smallest of ``n``) divided by the
    normal quantile of the level. The errors are those of each series under the
    candidate it chose, pooled over the series of one *volume group* (Mondrian conformal
    prediction: up to three groups of series by their recent mean count, each with at
    least 100 errors). One factor for all series is set mostly by the many small series,
    whose integer bounds over-cover, and left the large series' intervals too narrow
    (59 % coverage at 80 % for the largest third of Frontex route x nationality; 76 %
    with the groups). A factor per chosen candidate was tried and dropped: the series
    that left the default did so *because* their errors on these very windows were
    small (selection bias). At least 30 errors are needed, else the models' own spread
    is used.

    Series too short for the inner backtest get the first candidate that can be fitted
    (the combination; :class:`Naive` for fewer than four observations), a documented
    fallback.

    Parameters
    ----------
    season_length : int, optional
        Periods per season; ``None``: set from the frequency.
    candidates : sequence of ForecastModel, optional
        Default: the :class:`Combination` of log-ETS, Theta and Naive (the default
        choice), log-ETS, Theta, Naive, SeasonalNaive, TSB.
    n_windows : int, default=3
        Origins of the inner backtest.
    margin : float, default=0.2
        The first candidate is kept unless another one's geometric-mean error ratio is
        below ``1 - margin`` (choices from a few windows are noisy).
    alias : str, default="auto"
        Output column name.

    Attributes
    ----------
    chosen_ : ndarray of str
        After :meth:`predict`: the alias chosen for each series.
    inflation_ : dict
        After :meth:`predict`: the conformal factor on the spread, per level.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> y = rng.poisson(20 + 10 * np.sin(np.arange(60) * np.pi / 6)).astype(float)
    >>> auto = AutoModel(season_length=12).fit(y)
    >>> fc = auto.predict(6, level=[80])
    >>> fc["mean"].shape, str(auto.chosen_[0]) in {
    ...     "Combo", "ETS-log", "Theta", "Naive", "SeasonalNaive", "TSB"}
    ((6,), True)
    """

    def __init__(
        self,
        season_length: int | None = None,
        *,
        candidates: Sequence[ForecastModel] | None = None,
        n_windows: int = 3,
        margin: float = 0.2,
        alias: str = "auto",
    ) -> None:
        self.season_length = season_length
        self.candidates = candidates
        self.n_windows = n_windows
        self.margin = margin
        self.alias = alias

    def _candidates(self) -> list[ForecastModel]:
        base = (
            self.candidates
            if self.candidates is not None
            else _default_candidates(self.season_length)
        )
        out = []
        for c in base:
            c = copy.copy(c)
            if getattr(c, "season_length", None) is None and not isinstance(
                c, Naive | Croston | TSB
            ):
                c.season_length = self.season_length
            out.append(c)
        return out

    def _fit(self, y: np.ndarray) -> None:
        self.y_ = y  # selection needs h, so it happens in predict (cached per h)
        self.models_ = _fit_candidates(self._candidates(), y)
        self._cache: dict[int, _Selection] = {}

    def _select(self, h: int) -> _Selection:
        if h in self._cache:
            return self._cache[h]
        y = self.y_
        n, t = y.shape
        m = self.season_length or 12
        cands = self.models_
        k = len(cands)
        cutoffs = [t - h * (w + 1) for w in range(self.n_windows)]
        cutoffs = [c for c in cutoffs if c >= 4]
        nw = len(cutoffs)
        # All windows are fitted in one pass: the history up to each cutoff becomes one
        # row of a stacked array, right-aligned (left-padded with NaN, which every model
        # reads as "not reported yet"), so each model's loop over time runs once for all
        # windows instead of once per window. The results are those of fitting each
        # truncated history on its own: seasonal states are indexed by the position in
        # the array in fit and forecast alike, so the shift only relabels them.
        stacked = np.full((nw * n, t), np.nan)
        tests = np.full((nw * n, h), np.nan)
        for w, c in enumerate(cutoffs):
            stacked[w * n : (w + 1) * n, t - c :] = y[:, :c]
            tests[w * n : (w + 1) * n, : min(h, t - c)] = y[:, c : c + h]
        scale = _mase_scale(stacked, m)
        # per candidate, window and series: MASE of the window; standardised errors
        err = np.full((k, nw, n), np.nan)
        zs = np.full((k, nw, n, h), np.nan)
        for j, fitted in enumerate(_fit_candidates(cands, stacked) if nw else []):
            mean, sd = fitted._dist(h)
            point = np.maximum(np.expm1(mean) if fitted._log else mean, 0.0)
            err[j] = _nanmean(np.abs(tests - point) / scale[:, None], axis=1).reshape(nw, n)
            obs = np.log1p(tests) if fitted._log else tests
            with np.errstate(invalid="ignore", divide="ignore"):
                zs[j] = ((obs - mean) / sd).reshape(nw, n, h)
        choice = _choose(err, self.margin)
        no_test = np.isnan(err[0]).all(axis=0)
        n_valid = np.sum(~np.isnan(y), axis=1)
        naive = next((i for i, c in enumerate(cands) if isinstance(c, Naive)), 0)
        choice = np.where(no_test, np.where(n_valid < 4, naive, 0), choice)
        # standardised absolute errors of each series under the candidate it chose,
        # pooled over windows and horizons, and over the series of one volume group; an
        # error where the model claimed no spread at all is +inf (kept: no factor covers
        # it), an exact 0/0 is dropped
        own = np.abs(zs[choice, :, np.arange(n), :])  # (n, windows, h)
        group = _volume_groups(y, int(np.sum(~np.isnan(own))))
        scores = []
        for gi in range(int(group.max()) + 1 if n else 0):
            sc = own[group == gi].ravel()
            scores.append(sc[~np.isnan(sc)])
        sel = _Selection(choice=choice, group=group, scores=scores)
        self._cache[h] = sel
        return sel

    def predict(self, h: int, level: Sequence[int | float] = ()) -> dict[str, np.ndarray]:
        """Forecast with the chosen candidate of each series (see the class notes).

        Parameters
        ----------
        h : int
            Horizon (periods).
        level : sequence of float, default=()
            Interval levels in percent.

        Returns
        -------
        dict
            As :meth:`ForecastModel.predict`.
        """
        self._check_fitted()
        if int(h) != h or h < 1:
            raise ParameterError(f"h must be a positive whole number of periods, got {h!r}.")
        h = int(h)
        levels = _check_level(level)
        sel = self._select(h)
        choice = sel.choice
        self.inflation_ = [
            {lv: conformal_factor(sc, lv, min_scores=_MIN_CALIBRATION) for lv in levels}
            for sc in sel.scores
        ]
        # each series' forecast from its chosen candidate, then the intervals in one call
        # per scale (log / count) with one conformal factor per series
        n = len(choice)
        mean, sd = np.full((n, h), np.nan), np.full((n, h), np.nan)
        is_log = np.zeros(n, dtype=bool)
        for j, cand in enumerate(self.models_):
            rows = choice == j
            if rows.any():
                mu, sig = cand._dist(h)
                mean[rows], sd[rows], is_log[rows] = mu[rows], sig[rows], cand._log
        factor = {
            lv: np.array([self.inflation_[g][lv] for g in sel.group], dtype=float)[:, None]
            for lv in levels
        }
        out: dict[str, np.ndarray] = {}
        for log in (False, True):
            rows = is_log == log
            if not rows.any():
                continue
            infl = {lv: f[rows] for lv, f in factor.items()}
            part = count_intervals(mean[rows], sd[rows], levels, log=log, inflation=infl)
            for key, val in part.items():
                if key not in out:
                    out[key] = np.full((n, h), np.nan)
                out[key][rows] = val
        self.chosen_ = np.array([self.models_[j].alias for j in choice], dtype=object)
        if self._one_:
            out = {k: v[0] for k, v in out.items()}
        return out


@dataclass(frozen=True)
class _Selection:
    """Inner-backtest outcome for one horizon: choice per series and calibration scores."""

    choice: np.ndarray
    #: volume group of each series (0 = smallest counts)
    group: np.ndarray
    #: per volume group: standardised absolute errors of its series (chosen candidates)
    scores: list[np.ndarray]


def _volume_groups(y: np.ndarray, n_scores: int) -> np.ndarray:
    """Split the series into groups of similar volume for the conformal calibration.

    Parameters
    ----------
    y : ndarray
        ``(n_series, n_periods)`` history.
    n_scores : int
        Number of inner-backtest errors available.

    Returns
    -------
    ndarray of int
        Group per series, ``0`` = the lowest volume (mean of the last season observed);
        up to three groups of equal size, as many as leave at least
        ``_SCORES_PER_GROUP`` errors to each (one group for small panels).

    Examples
    --------
    >>> y = np.array([[1.0, 2.0], [100.0, 90.0], [10.0, 12.0]])
    >>> _volume_groups(y, 600).tolist(), _volume_groups(y, 150).tolist()
    ([0, 2, 1], [0, 0, 0])
    """
    n = y.shape[0]
    k = int(max(1, min(_MAX_GROUPS, n, n_scores // _SCORES_PER_GROUP)))
    recent = y[:, -12:]
    vol = _nanmean(recent, axis=1, default=np.nan)
    vol = np.where(np.isnan(vol), _nanmean(y, axis=1, default=0.0), vol)
    group = np.zeros(n, dtype=int)
    for gi, rows in enumerate(np.array_split(np.argsort(vol, kind="stable"), k)):
        group[rows] = gi
    return group


def _choose(err: np.ndarray, margin: float) -> np.ndarray:
    """Index of the candidate chosen for each series from per-window errors.

    Parameters
    ----------
    err : ndarray
        ``(n_candidates, n_windows, n_series)`` error of each window (NaN: not scored).
    margin : float
        Candidate 0 (the default) is kept unless another's geometric mean over windows
        of its error ratio to the default is below ``1 - margin``.

    Returns
    -------
    ndarray of int
        One index per series.

    Examples
    --------
    Candidate 1 is 2x better in one window, 2x worse in the other: a tie (ratio 1),
    so the default stays; candidate 2 is better by a third in both windows:

    >>> err = np.array([[[1.0], [1.0]], [[0.5], [2.0]], [[0.66], [0.66]]])
    >>> _choose(err, 0.2).tolist()
    [2]
    >>> _choose(err[:2], 0.2).tolist()
    [0]
    """
    # a small floor keeps the ratio finite when a window is forecast exactly (all-zero
    # windows): 1 % of a typical error of the seasonal naive in the same scale
    floor = 0.01
    both = ~np.isnan(err) & ~np.isnan(err[:1])
    with np.errstate(invalid="ignore", divide="ignore"):
        logr = np.log((err + floor) / (err[:1] + floor))
    nw = both.sum(axis=1)
    rel = np.where(
        nw > 0, np.exp(np.where(both, logr, 0.0).sum(axis=1) / np.maximum(nw, 1)), np.inf
    )
    rel[0] = np.where(nw[0] > 0, 1.0, np.inf)
    best = np.argmin(rel, axis=0)
    cols = np.arange(err.shape[2])
    return np.where(rel[best, cols] < 1 - margin, best, 0)


def conformal_factor(scores: np.ndarray, level: float, *, min_scores: int = 30) -> float:
    """Split-conformal factor on a model's spread for one interval level.

    Parameters
    ----------
    scores : ndarray
        Absolute backtest errors divided by the spread (sd) the model predicted for
        them (NaN-free; ``inf`` where the model predicted no spread).
    level : float
        Coverage in percent.
    min_scores : int, default=30
        Fewer scores than this give ``1.0`` (the model's own spread).

    Returns
    -------
    float
        ``q / z``: ``q`` is the ``ceil((n + 1) * level / 100)``-th smallest score (the
        finite-sample conformal quantile; the largest score when there are too few),
        ``z`` the normal quantile of the level; clipped to ``[0.1, 10]``. ``1.0`` (the
        model's own spread) with fewer than ``min_scores`` scores.

    Examples
    --------
    Thirty scores 0.1, 0.1, 0.1, 0.2, ..., 1.0 (three of each): the conformal 80 %
    quantile is the ceil(31 * 0.8) = 25th smallest, 0.9 (the plain empirical quantile
    would give 0.8), and the factor is 0.9 / z(80 %) = 0.9 / 1.2816:

    >>> s = np.repeat(np.arange(1, 11) / 10, 3)
    >>> round(conformal_factor(s, 80), 4)
    0.7023
    """
    q = conformal_quantile(scores, level, min_scores=min_scores)
    if np.isnan(q):
        return 1.0
    factor = q / float(stats.norm.ppf(0.5 + level / 200))
    return float(np.clip(factor, *_INFLATION_RANGE))


def conformal_quantile(scores: np.ndarray, level: float, *, min_scores: int = 1) -> float:
    """Finite-sample split-conformal quantile: the ``ceil((n + 1) * level / 100)``-th score.

    Parameters
    ----------
    scores : ndarray
        Non-conformity scores (NaN-free; ``inf`` allowed).
    level : float
        Coverage in percent.
    min_scores : int, default=1
        NaN below this many scores.

    Returns
    -------
    float
        The score of that rank among the sorted scores; the largest when the rank
        exceeds ``n`` (too few scores for the level's guarantee).

    Examples
    --------
    >>> conformal_quantile(np.arange(1.0, 10.0), 80)  # ceil(10 * 0.8) = 8th of 1..9
    8.0
    """
    s = np.sort(np.asarray(scores, dtype=float))
    n = s.size
    if n < max(min_scores, 1):
        return float("nan")
    rank = int(np.ceil((n + 1) * level / 100))
    return float(s[min(rank, n) - 1])


def _fit_candidates(cands: Sequence[ForecastModel], y: np.ndarray) -> list[ForecastModel]:
    """Fit copies of the candidates; combinations reuse the members fitted as candidates."""
    out: list[ForecastModel | None] = [None] * len(cands)
    fitted: dict[tuple[str, int | None], ForecastModel] = {}
    for i, c in enumerate(cands):
        if not isinstance(c, Combination):
            out[i] = copy.copy(c).fit(y)
            fitted[(c.alias, c.season_length)] = out[i]  # type: ignore[assignment]
    for i, c in enumerate(cands):
        if isinstance(c, Combination):
            out[i] = c._reuse(fitted, y)
    return [m for m in out if m is not None]


#: Bounds of the conformal factor applied to a model's spread (see AutoModel). The lower
#: bound was 0.5 until 2026-11: the combination's spread (the mean of its members'
#: spreads) is often more than twice too wide, and the floor kept its intervals
#: conservative (87 % coverage at 80 % on IOM DTM by country).
_INFLATION_RANGE = (0.1, 10.0)
#: Fewest standardised errors used for a conformal factor.
_MIN_CALIBRATION = 30
#: Volume groups of the conformal calibration (Mondrian conformal prediction), and the
#: fewest inner-backtest errors each group must have.
_MAX_GROUPS = 3
_SCORES_PER_GROUP = 100


def _mase_scale(train: np.ndarray, m: int) -> np.ndarray:
    """Mean absolute seasonal difference of each row (lag-1 where too short; NaN if 0)."""
    t = train.shape[1]
    seas = (
        _nanmean(np.abs(train[:, m:] - train[:, :-m]), axis=1)
        if t > m
        else np.full(len(train), np.nan)
    )
    lag1 = (
        _nanmean(np.abs(np.diff(train, axis=1)), axis=1) if t > 1 else np.full(len(train), np.nan)
    )
    scale = np.where(np.isnan(seas), lag1, seas)
    return np.where(scale > 0, scale, np.nan)


_BY_NAME: dict[str, Any] = {
    "auto": lambda m: AutoModel(m),
    "naive": lambda m: Naive(),
    "seasonalnaive": lambda m: SeasonalNaive(m),
    "ets": lambda m: ETS(m),
    "ets-log": lambda m: ETS(m, log=True),
    "theta": lambda m: Theta(m),
    "croston": lambda m: Croston(),
    "combo": lambda m: Combination(season_length=m),
    "tsb": lambda m: TSB(),
}


def make_model(model: str | ForecastModel, *, season_length: int | None = None) -> ForecastModel:
    """Return a model object from its name (``"auto"``, ``"ETS"``, ...) or a copy of one.

    Parameters
    ----------
    model : str or ForecastModel
        Name (case-insensitive): auto, Naive, SeasonalNaive, ETS, ETS-log, Theta,
        Croston, TSB, Combo; or a model object (copied; its ``season_length`` filled in if
        ``None``).
    season_length : int, optional
        Periods per season.

    Returns
    -------
    ForecastModel
        A fresh model.

    Raises
    ------
    ParameterError
        For an unknown name.

    Examples
    --------
    >>> make_model("SeasonalNaive", season_length=4).season_length
    4
    """
    if isinstance(model, ForecastModel):
        out = copy.copy(model)
        if getattr(out, "season_length", 0) is None and not isinstance(out, Naive | Croston | TSB):
            out.season_length = season_length
        return out
    if not isinstance(model, str):
        raise ParameterError(
            f"a model must be a name or a ForecastModel object, got {type(model).__name__}."
        )
    key = model.strip().lower()
    if key not in _BY_NAME:
        raise ParameterError(
            f"unknown model {model!r}; choose among "
            "['auto', 'Naive', 'SeasonalNaive', 'ETS', 'ETS-log', 'Theta', 'Croston', 'TSB', "
            "'Combo']."
        )
    made: ForecastModel = _BY_NAME[key](season_length)
    return made
