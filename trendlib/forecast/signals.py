"""Trend signals and the plain sentences that report them.

* :func:`change` - period-on-period or year-on-year change of each series, with an
  exact test for counts (conditional binomial test of two Poisson counts);
* :func:`mann_kendall` - Mann-Kendall trend test (tie-corrected variance) and Sen's
  slope, vectorised over series;
* :func:`anomalies` - observations outside their backtested forecast interval;
* :func:`describe_change`, :func:`describe_trend`, :func:`describe_forecast` - one
  sentence per series for reports (and :func:`describe_anomalies` per flagged
  period), never printing a count below the disclosure threshold ("fewer than 5").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from trendlib.errors import ParameterError
from trendlib.forecast.orchestrator import to_wide
from trendlib.schema import require_columns
from trendlib.series import series_label

__all__ = [
    "anomalies",
    "change",
    "describe_anomalies",
    "describe_change",
    "describe_forecast",
    "describe_trend",
    "format_p",
    "mann_kendall",
]

Labeller = Callable[[str], str] | Mapping[str, str] | None


def _label(uid: str, labels: Labeller) -> str:
    if labels is None:
        try:
            return series_label(uid)
        except ValueError:
            return uid
    if callable(labels):
        return labels(uid)
    return labels.get(uid, uid)


def format_p(p: float) -> str:
    """Format a p-value for a sentence: ``p < 0.001``, ``p < 0.01``, ``p = 0.034``.

    Parameters
    ----------
    p : float
        The p-value.

    Returns
    -------
    str
        Short text.

    Examples
    --------
    >>> format_p(0.0004), format_p(0.004), format_p(0.0504), format_p(0.5)
    ('p < 0.001', 'p < 0.01', 'p = 0.050', 'p = 0.50')
    """
    if np.isnan(p):
        return "p n/a"
    if p < 0.001:
        return "p < 0.001"
    if p < 0.01:
        return "p < 0.01"
    return f"p = {p:.3f}" if p < 0.1 else f"p = {p:.2f}"


def change(
    series: pd.DataFrame,
    *,
    lag: int = 12,
    window: int = 1,
    overdispersion: bool = True,
    freq: str | None = None,
) -> pd.DataFrame:
    """Change of the latest ``window`` periods against the same periods ``lag`` earlier.

    Parameters
    ----------
    series : DataFrame
        ``unique_id, ds, y``. Not modified.
    lag : int, default=12
        ``12`` for year on year (monthly), ``1`` for period on period.
    window : int, default=1
        Periods summed on each side (``3`` = last quarter vs the same quarter a year
        before).
    overdispersion : bool, default=True
        Allow for counts more variable than Poisson (persons come in groups: one boat,
        one case with many victims). The dispersion ``phi`` of each series is estimated
        from its consecutive periods, ``mean((y[t] - y[t-1])**2 / (y[t] + y[t-1]))``
        (1 for Poisson counts; trends and seasons only make it larger, so the test is
        conservative); where ``phi > 1`` the p-value is the quasi-Poisson normal test
        ``|current - previous| / sqrt(phi * (current + previous))``.
    freq : str, optional
        Frequency of ``ds``; inferred by default.

    Returns
    -------
    DataFrame
        One row per series: ``unique_id``, ``period_end`` (last period of the recent
        window), ``current``, ``previous``, ``change`` (ratio - 1; NaN when
        ``previous`` is 0), ``p_value`` (two-sided test that both windows share one
        rate: the exact conditional test ``current ~ Binomial(current + previous, 1/2)``
        for Poisson counts, the quasi-Poisson test when overdispersed), ``dispersion``,
        ``lag``, ``window``. A window with an unreported period gives NaN.

    Examples
    --------
    >>> s = pd.DataFrame({"unique_id": "a", "ds": pd.date_range("2024-01", periods=13, freq="MS"),
    ...                   "y": [100.0] + [90.0] * 11 + [134.0]})
    >>> row = change(s, lag=12).iloc[0]
    >>> round(float(row["change"]), 2), bool(row["p_value"] < 0.05)
    (0.34, True)
    """
    if lag < 1 or window < 1:
        raise ParameterError(f"lag and window must be >= 1, got lag={lag}, window={window}.")
    wide = to_wide(series, freq=freq)
    y = wide.values
    t = y.shape[1]
    if t < lag + window:
        raise ParameterError(
            f"a change over lag={lag} with window={window} needs {lag + window} periods; the "
            f"series have {t}."
        )
    cur = y[:, t - window :].sum(axis=1)  # NaN propagates: unreported -> unknown change
    prev = y[:, t - window - lag : t - lag].sum(axis=1)
    n = cur + prev
    ok = ~np.isnan(n)
    k = np.nan_to_num(cur).round()
    nn = np.nan_to_num(n).round()
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.minimum(
            1.0, 2 * np.minimum(stats.binom.cdf(k, nn, 0.5), stats.binom.sf(k - 1, nn, 0.5))
        )
        ratio = np.where(prev > 0, cur / prev - 1, np.nan)
    phi = np.ones(len(y))
    if overdispersion and t > 1:
        a, b = y[:, 1:], y[:, :-1]
        with np.errstate(invalid="ignore", divide="ignore"):
            r = np.where((a + b) > 0, (a - b) ** 2 / (a + b), np.nan)
        cnt = np.sum(~np.isnan(r), axis=1)
        phi = np.where(cnt > 0, np.nansum(r, axis=1) / np.maximum(cnt, 1), 1.0)
        phi = np.maximum(phi, 1.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            zq = np.abs(cur - prev) / np.sqrt(phi * np.maximum(n, 1e-12))
        p = np.where(phi > 1.0, 2 * stats.norm.sf(zq), p)
    p = np.where(ok & (nn > 0), p, np.where(ok, 1.0, np.nan))
    return pd.DataFrame(
        {
            "unique_id": wide.ids.astype(str),
            "period_end": wide.dates[-1],
            "current": cur,
            "previous": prev,
            "change": ratio,
            "p_value": p,
            "dispersion": phi,
            "lag": lag,
            "window": window,
        }
    )


#: Series per block in :func:`mann_kendall` (bounds memory: block x periods^2 values).
_MK_BLOCK = 128


def _mk_block(y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Kendall's S, its tie-corrected variance, z and Sen's slope for a block of series."""
    t = y.shape[1]
    i, j = np.triu_indices(t, k=1)
    diff = y[:, j] - y[:, i]  # (n_series, pairs)
    valid = ~np.isnan(diff)
    s = np.sum(np.sign(np.nan_to_num(diff)) * valid, axis=1).astype(float)
    n = np.sum(~np.isnan(y), axis=1)
    # ties: for each value, how many values in its row equal it (t_e); the sum over groups
    # of t(t-1)(2t+5) equals the sum over elements of (t_e-1)(2t_e+5)
    eq = (y[:, :, None] == y[:, None, :]).sum(axis=2)
    tie = np.where(np.isnan(y), 0.0, (eq - 1) * (2 * eq + 5)).sum(axis=1)
    var = (n * (n - 1) * (2 * n + 5) - tie) / 18.0
    with np.errstate(invalid="ignore", divide="ignore"):
        z = np.where(var > 0, (s - np.sign(s)) / np.sqrt(np.where(var > 0, var, 1.0)), 0.0)
        slopes = np.where(valid, diff / (j - i)[None, :], np.nan)
    empty = ~valid.any(axis=1)
    slope = np.full(len(y), np.nan)
    if (~empty).any():
        slope[~empty] = np.nanmedian(slopes[~empty], axis=1)
    return s, var, z, slope


def mann_kendall(series: pd.DataFrame, *, freq: str | None = None) -> pd.DataFrame:
    """Mann-Kendall trend test and Sen's slope of every series (vectorised).

    Parameters
    ----------
    series : DataFrame
        ``unique_id, ds, y``; unreported periods (NaN) are left out of the pairs.
        Not modified.
    freq : str, optional
        Frequency of ``ds``; inferred by default.

    Returns
    -------
    DataFrame
        ``unique_id, n, s, var_s, z, p_value, slope, trend``: Kendall's S (sum of the
        signs of all later-minus-earlier differences), its variance corrected for ties,
        the continuity-corrected normal score, the two-sided p-value, Sen's slope (median
        of the pairwise slopes, in counts per period) and ``"increasing"``,
        ``"decreasing"`` or ``"no trend"`` at 5 %.

    Examples
    --------
    >>> s = pd.DataFrame({"unique_id": "a", "ds": pd.date_range("2024-01", periods=5, freq="MS"),
    ...                   "y": [1.0, 3.0, 2.0, 5.0, 5.0]})
    >>> mann_kendall(s)[["n", "s", "var_s", "slope"]]
       n    s      var_s  slope
    0  5  7.0  15.666667    1.0
    """
    # Hand-written rather than scipy.stats.kendalltau / theilslopes, which take one series
    # at a time: the pairwise differences of a block of series form one 2-D array.
    wide = to_wide(series, freq=freq)
    y = wide.values
    n_ser = y.shape[0]
    parts = [_mk_block(y[k : k + _MK_BLOCK]) for k in range(0, n_ser, _MK_BLOCK)]
    s, var, z, slope = (np.concatenate([q[i] for q in parts]) for i in range(4))
    n = np.sum(~np.isnan(y), axis=1)
    p = 2 * stats.norm.sf(np.abs(z))
    enough = n >= 3
    p = np.where(enough, p, np.nan)
    trend = np.where(enough & (p < 0.05), np.where(s > 0, "increasing", "decreasing"), "no trend")
    return pd.DataFrame(
        {
            "unique_id": wide.ids.astype(str),
            "n": n,
            "s": s.astype(float),
            "var_s": var,
            "z": z,
            "p_value": p,
            "slope": slope,
            "trend": trend,
        }
    )


def anomalies(backtest: pd.DataFrame, *, model: str = "auto", level: int = 95) -> pd.DataFrame:
    """Observations outside their backtested forecast interval.

    Parameters
    ----------
    backtest : DataFrame
        ``Backtest.forecasts`` (``unique_id, ds, cutoff, y`` and the model's bounds).
        For a flag on every recent period run the backtest with ``h=1``.
    model : str, default="auto"
        Alias whose interval is used.
    level : int, default=95
        Interval level.

    Returns
    -------
    DataFrame
        The rows with ``y`` outside ``[lo, hi]``: ``unique_id, ds, cutoff, y,
        expected, lo, hi, direction`` (``"above"``/``"below"``).

    Examples
    --------
    >>> bt = pd.DataFrame({"unique_id": ["a", "a"],
    ...     "ds": pd.to_datetime(["2025-01-01", "2025-02-01"]),
    ...     "cutoff": pd.Timestamp("2024-12-01"), "y": [5.0, 40.0],
    ...     "auto": [6.0, 6.0], "auto-lo-95": [1.0, 1.0], "auto-hi-95": [12.0, 12.0]})
    >>> anomalies(bt)[["ds", "y", "direction"]]
              ds     y direction
    1 2025-02-01  40.0     above
    """
    lo_c, hi_c = f"{model}-lo-{level}", f"{model}-hi-{level}"
    require_columns(backtest, ["unique_id", "ds", "y", model, lo_c, hi_c], what="a backtest frame")
    y = backtest["y"]
    out = backtest[(y < backtest[lo_c]) | (y > backtest[hi_c])]
    cols = ["unique_id", "ds", *(["cutoff"] if "cutoff" in out.columns else []), "y"]
    res = out[cols].copy()
    res["expected"] = out[model]
    res["lo"] = out[lo_c]
    res["hi"] = out[hi_c]
    res["direction"] = np.where(out["y"] > out[hi_c], "above", "below")
    return res


def _rows(frame: pd.DataFrame) -> list[Any]:
    """Return the rows of a small per-series table as named tuples (typed loosely)."""
    return list(frame.itertuples(index=False))


def _about(x: float, threshold: int) -> str:
    text = _count(x, threshold)
    return text if text.startswith(("fewer", "an unknown")) else f"about {text}"


def _count(x: float, threshold: int) -> str:
    if np.isnan(x):
        return "an unknown number"
    if x < threshold:
        return f"fewer than {threshold}"
    return f"{round(x):,}"


def describe_change(
    changes: pd.DataFrame,
    *,
    what: str = "Detections",
    labels: Labeller = None,
    prep: str = "on",
    unit: str = "month",
    threshold: int = 5,
    alpha: float = 0.05,
) -> pd.Series:
    """One sentence per series for a :func:`change` table.

    Parameters
    ----------
    changes : DataFrame
        Output of :func:`change`.
    what : str, default="Detections"
        What is counted, capitalised (``"Detected victims"``).
    labels : callable or mapping, optional
        ``unique_id`` -> name, e.g. ``{"route_label=CMR": "the Central Mediterranean
        route"}``; the dimension values by default.
    prep : str, default="on"
        Word between ``what`` and the name.
    unit : {"month", "quarter", "year"}, default="month"
        Name of one period (a lag of one year is called "year on year").
    threshold : int, default=5
        Disclosure threshold: counts below it are written "fewer than <threshold>" and no
        percentage is given (a percentage of a tiny base discloses it).
    alpha : float, default=0.05
        Changes with a larger p-value are called "no significant change".

    Returns
    -------
    Series of str
        Indexed by ``unique_id``.

    Examples
    --------
    >>> ch = pd.DataFrame({"unique_id": ["route=CMR", "route=WAR"], "current": [161.0, 3.0],
    ...     "previous": [120.0, 9.0], "change": [0.3417, -0.6667], "p_value": [0.004, 0.15],
    ...     "lag": 12, "window": 1})
    >>> for s in describe_change(ch, labels={"route=CMR": "the Central Mediterranean route",
    ...                                      "route=WAR": "the Western African route"}):
    ...     print(s)
    Detections on the Central Mediterranean route rose 34 % year on year,
    from 120 to 161 (p < 0.01).
    Detections on the Western African route showed no significant change year on year:
    fewer than 5 against 9 (p = 0.15).
    """
    require_columns(
        changes, ["unique_id", "current", "previous", "change", "p_value"], what="a change table"
    )
    out = {}
    for row in _rows(changes):  # one per series, not per record
        lag = int(getattr(row, "lag", 12))
        window = int(getattr(row, "window", 1))
        year = {"month": 12, "quarter": 4, "year": 1}.get(unit)
        if lag == year:
            span = "year on year"
        elif lag == 1:
            span = f"on the previous {unit}"
        else:
            span = f"against {lag} {unit}s earlier"
        if window > 1:
            before = "a year before" if lag == year else f"{lag} {unit}s before"
            span += f" (last {window} {unit}s against the same {unit}s {before})"
        name = _label(str(row.unique_id), labels)
        cur, prev = float(row.current), float(row.previous)
        small = (cur < threshold) or (prev < threshold)
        counts = f"{_count(cur, threshold)} against {_count(prev, threshold)}"
        if np.isnan(cur) or np.isnan(prev):
            text = f"{what} {prep} {name}: no comparison {span} (a period was not reported)."
        elif row.p_value >= alpha or np.isnan(row.p_value):
            text = (
                f"{what} {prep} {name} showed no significant change {span}: "
                f"{counts} ({format_p(float(row.p_value))})."
            )
        else:
            verb = "rose" if cur > prev else "fell"
            if small or np.isnan(row.change):
                text = f"{what} {prep} {name} {verb} {span}, {counts} ({format_p(row.p_value)})."
            else:
                pct = abs(float(row.change)) * 100
                text = (
                    f"{what} {prep} {name} {verb} {pct:.0f} % {span}, from "
                    f"{_count(prev, threshold)} to {_count(cur, threshold)} "
                    f"({format_p(float(row.p_value))})."
                )
        out[str(row.unique_id)] = text
    return pd.Series(out, dtype=object, name="sentence")


def describe_trend(
    trends: pd.DataFrame,
    *,
    what: str = "Detections",
    labels: Labeller = None,
    prep: str = "on",
    unit: str = "month",
    threshold: int = 5,
) -> pd.Series:
    """One sentence per series for a :func:`mann_kendall` table.

    Parameters
    ----------
    trends : DataFrame
        Output of :func:`mann_kendall`.
    what : str, default="Detections"
        What is counted.
    labels : callable or mapping, optional
        ``unique_id`` -> name.
    prep : str, default="on"
        Word between ``what`` and the name ("Detections on the ... route", "Victims
        in forced labour cases").
    unit : str, default="month"
        Name of one period.
    threshold : int, default=5
        Slopes smaller than the threshold (in counts per period) are written
        "under <threshold>" rather than as a number.

    Returns
    -------
    Series of str
        Indexed by ``unique_id``.

    Examples
    --------
    >>> mk = pd.DataFrame({"unique_id": ["route=CMR"], "p_value": [0.002], "slope": [12.4],
    ...                    "trend": ["increasing"], "n": [36]})
    >>> print(describe_trend(mk, labels=lambda u: "the Central Mediterranean route").iloc[0])
    Detections on the Central Mediterranean route show an increasing trend over 36 months
    (Mann-Kendall p < 0.01; Sen's slope +12 per month).
    """
    require_columns(trends, ["unique_id", "p_value", "slope", "trend"], what="a trend table")
    out = {}
    for row in _rows(trends):
        name = _label(str(row.unique_id), labels)
        n = int(getattr(row, "n", 0))
        over = f" over {n} {unit}s" if n else ""
        if row.trend == "no trend":
            text = (
                f"{what} {prep} {name} show no significant trend{over} ({format_p(row.p_value)})."
            )
        else:
            slope = float(row.slope)
            size = f"{slope:+,.0f}" if abs(slope) >= threshold else f"under {threshold}"
            text = (
                f"{what} {prep} {name} show an {row.trend} trend{over} (Mann-Kendall "
                f"{format_p(row.p_value)}; Sen's slope {size} per {unit})."
            )
        out[str(row.unique_id)] = text
    return pd.Series(out, dtype=object, name="sentence")


def describe_forecast(
    forecasts: pd.DataFrame,
    *,
    model: str = "auto",
    level: int = 80,
    what: str = "Detections",
    labels: Labeller = None,
    prep: str = "on",
    threshold: int = 5,
) -> pd.Series:
    """One sentence per series: the forecast total over the horizon and its interval.

    Parameters
    ----------
    forecasts : DataFrame
        Forecast frame (``unique_id, ds, <model>, <model>-lo-<level>, -hi-``).
    model : str, default="auto"
        Alias to describe.
    level : int, default=80
        Interval level quoted.
    what : str, default="Detections"
        What is counted.
    labels : callable or mapping, optional
        ``unique_id`` -> name.
    prep : str, default="on"
        Word between ``what`` and the name ("Detections on the ... route", "Victims
        in forced labour cases").
    threshold : int, default=5
        Counts below it are written "fewer than <threshold>".

    Returns
    -------
    Series of str
        Indexed by ``unique_id``.

    Notes
    -----
    The horizon total's interval is the sum of the per-period bounds, a conservative
    (wider) range for the total.

    Examples
    --------
    >>> fc = pd.DataFrame({"unique_id": "r=A", "ds": pd.date_range("2025-01", periods=2, freq="MS"),
    ...     "auto": [600.0, 640.0], "auto-lo-80": [500.0, 520.0], "auto-hi-80": [700.0, 760.0]})
    >>> print(describe_forecast(fc, labels={"r=A": "route A"}).iloc[0])
    Detections on route A are forecast at about 1,240 over Jan 2025 to Feb 2025
    (80 % interval 1,020 to 1,460).
    """
    lo_c, hi_c = f"{model}-lo-{level}", f"{model}-hi-{level}"
    require_columns(forecasts, ["unique_id", "ds", model, lo_c, hi_c], what="a forecast frame")
    g = forecasts.groupby("unique_id", sort=True).agg(
        first=("ds", "min"),
        last=("ds", "max"),
        mean=(model, "sum"),
        lo=(lo_c, "sum"),
        hi=(hi_c, "sum"),
    )
    out = {}
    for uid, row in g.iterrows():
        name = _label(str(uid), labels)
        text = (
            f"{what} {prep} {name} are forecast at {_about(row['mean'], threshold)} over "
            f"{row['first']:%b %Y} to {row['last']:%b %Y} ({level} % interval "
            f"{_count(row['lo'], threshold)} to {_count(row['hi'], threshold)})."
        )
        out[str(uid)] = text
    return pd.Series(out, dtype=object, name="sentence")


def describe_anomalies(
    flagged: pd.DataFrame,
    *,
    what: str = "Detections",
    labels: Labeller = None,
    prep: str = "on",
    level: int = 95,
    threshold: int = 5,
) -> pd.Series:
    """One sentence per flagged observation of :func:`anomalies`.

    Parameters
    ----------
    flagged : DataFrame
        Output of :func:`anomalies`.
    what : str, default="Detections"
        What is counted.
    labels : callable or mapping, optional
        ``unique_id`` -> name.
    prep : str, default="on"
        Word between ``what`` and the name.
    level : int, default=95
        Level of the interval used (for the wording).
    threshold : int, default=5
        Counts below it are written "fewer than <threshold>".

    Returns
    -------
    Series of str
        In the order of ``flagged``.

    Examples
    --------
    >>> an = pd.DataFrame({"unique_id": ["r=A"], "ds": pd.to_datetime(["2025-03-01"]),
    ...     "y": [1240.0], "expected": [600.0], "lo": [300.0], "hi": [900.0],
    ...     "direction": ["above"]})
    >>> print(describe_anomalies(an, labels={"r=A": "route A"}).iloc[0])
    Detections on route A in Mar 2025 (1,240) were above the 95 % forecast range
    (300 to 900).
    """
    require_columns(
        flagged, ["unique_id", "ds", "y", "lo", "hi", "direction"], what="an anomaly table"
    )
    out = []
    for row in _rows(flagged):
        name = _label(str(row.unique_id), labels)
        out.append(
            f"{what} {prep} {name} in {pd.Timestamp(row.ds):%b %Y} ({_count(row.y, threshold)}) "
            f"were {row.direction} the {level} % forecast range ({_count(row.lo, threshold)} to "
            f"{_count(row.hi, threshold)})."
        )
    return pd.Series(out, index=flagged.index, dtype=object, name="sentence")
