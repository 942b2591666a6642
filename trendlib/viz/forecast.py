"""Fan charts: history, forecast and its 80/95 % bands, titled with the measured skill.

Frames in, ``go.Figure`` out (the series frame, a forecast frame and optionally the
evaluation frame of a backtest); nothing is shown or written.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from trendlib.errors import ParameterError
from trendlib.schema import require_columns
from trendlib.series import series_label

__all__ = ["fan_chart", "skill_text"]

_LINE = "#1f4e79"
_BANDS = {95: "rgba(31, 78, 121, 0.15)", 80: "rgba(31, 78, 121, 0.30)"}
_BASELINE_NAMES = {"SeasonalNaive": "seasonal naive", "Naive": "naive"}


def skill_text(
    evaluation: pd.DataFrame,
    unique_id: str,
    *,
    model: str = "auto",
    baseline: str = "SeasonalNaive",
    metric: str = "mase",
) -> str:
    """Backtest skill of one series as text: ``"MASE 0.78 vs 0.95 for seasonal naive"``.

    Parameters
    ----------
    evaluation : DataFrame
        ``Backtest.evaluation`` (``unique_id, metric, <alias>...``).
    unique_id : str
        The series.
    model, baseline : str
        Aliases compared (``baseline`` may be absent: then only the model's value).
    metric : str, default="mase"
        Metric row.

    Returns
    -------
    str
        Empty when the metric is undefined for the series (e.g. an all-zero history).

    Examples
    --------
    >>> ev = pd.DataFrame({"unique_id": "a", "metric": ["mase"], "auto": [0.78],
    ...                    "SeasonalNaive": [0.95]})
    >>> skill_text(ev, "a")
    'MASE 0.78 vs 0.95 for seasonal naive'
    """
    require_columns(evaluation, ["unique_id", "metric", model], what="an evaluation frame")
    row = evaluation[(evaluation["unique_id"] == unique_id) & (evaluation["metric"] == metric)]
    if row.empty or pd.isna(row[model].iloc[0]):
        return ""
    text = f"{metric.upper()} {float(row[model].iloc[0]):.2f}"
    if baseline in row.columns and pd.notna(row[baseline].iloc[0]):
        name = _BASELINE_NAMES.get(baseline, baseline)
        text += f" vs {float(row[baseline].iloc[0]):.2f} for {name}"
    return text


def fan_chart(
    series: pd.DataFrame,
    forecasts: pd.DataFrame,
    *,
    unique_id: str,
    model: str = "auto",
    levels: Sequence[int] = (80, 95),
    evaluation: pd.DataFrame | None = None,
    baseline: str = "SeasonalNaive",
    title: str | None = None,
    what: str = "Detections",
    history: int | None = 60,
    threshold: int | None = None,
) -> go.Figure:
    """Fan chart of one series: history, forecast and its interval bands.

    Parameters
    ----------
    series : DataFrame
        ``unique_id, ds, y``. Not modified.
    forecasts : DataFrame
        Forecast frame with ``<model>`` and ``<model>-lo/hi-<level>`` columns.
    unique_id : str
        The series to draw.
    model : str, default="auto"
        Alias drawn.
    levels : sequence of int, default=(80, 95)
        Bands drawn (those present in ``forecasts``).
    evaluation : DataFrame, optional
        ``Backtest.evaluation``; when given the title states the measured skill, e.g.
        "MASE 0.78 vs 0.95 for seasonal naive".
    baseline : str, default="SeasonalNaive"
        Alias the skill is compared with.
    title : str, optional
        Title; by default the series label, then the skill.
    what : str, default="Detections"
        Y-axis title.
    history : int, optional, default=60
        Periods of history shown (all if ``None``).
    threshold : int, optional
        Disclosure threshold: history values between 0 and it are not drawn (gaps), and
        the subtitle says so.

    Returns
    -------
    plotly.graph_objects.Figure

    Raises
    ------
    ParameterError
        If ``unique_id`` is in neither frame.

    Examples
    --------
    >>> ser = pd.DataFrame({"unique_id": "a", "ds": pd.date_range("2024-01", periods=4, freq="MS"),
    ...                     "y": [3.0, 5, 4, 6]})
    >>> fc = pd.DataFrame({"unique_id": "a", "ds": pd.date_range("2024-05", periods=2, freq="MS"),
    ...     "auto": [5.0, 5], "auto-lo-80": [3.0, 2], "auto-hi-80": [8.0, 9]})
    >>> ev = pd.DataFrame({"unique_id": "a", "metric": ["mase"], "auto": [0.78],
    ...                    "SeasonalNaive": [0.95]})
    >>> fig = fan_chart(ser, fc, unique_id="a", evaluation=ev)
    >>> "MASE 0.78 vs 0.95 for seasonal naive" in fig.layout.title.text
    True
    """
    require_columns(series, ["unique_id", "ds", "y"], what="a series frame")
    require_columns(forecasts, ["unique_id", "ds", model], what="a forecast frame")
    hist = series[series["unique_id"] == unique_id].sort_values("ds")
    fc = forecasts[forecasts["unique_id"] == unique_id].sort_values("ds")
    if hist.empty and fc.empty:
        raise ParameterError(f"series {unique_id!r} is in neither the series nor the forecasts.")
    if history is not None:
        hist = hist.tail(history)
    y = hist["y"].to_numpy(dtype=float)
    note = ""
    if threshold is not None:
        hidden = (y > 0) & (y < threshold)
        y = np.where(hidden, np.nan, y)
        if hidden.any():
            note = f"counts below {threshold} not shown"
    fig = go.Figure()
    for lv in sorted(levels, reverse=True):
        lo, hi = f"{model}-lo-{lv}", f"{model}-hi-{lv}"
        if lo not in fc.columns or hi not in fc.columns:
            continue
        fig.add_trace(
            go.Scatter(
                x=pd.concat([fc["ds"], fc["ds"][::-1]]),
                y=np.concatenate(
                    [fc[hi].to_numpy(dtype=float), fc[lo].to_numpy(dtype=float)[::-1]]
                ),
                fill="toself",
                fillcolor=_BANDS.get(lv, "rgba(31, 78, 121, 0.2)"),
                line={"width": 0},
                hoverinfo="skip",
                name=f"{lv} % interval",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=hist["ds"],
            y=y,
            mode="lines+markers",
            name="recorded",
            line={"color": "#333333"},
            marker={"size": 4},
        )
    )
    if not hist.empty and not fc.empty:  # join the last observation to the forecast
        x_fc = pd.concat([hist["ds"].tail(1), fc["ds"]])
        y_fc = np.concatenate([y[-1:], fc[model].to_numpy(dtype=float)])
    else:
        x_fc, y_fc = fc["ds"], fc[model].to_numpy(dtype=float)
    fig.add_trace(
        go.Scatter(
            x=x_fc,
            y=y_fc,
            mode="lines",
            name=f"forecast ({model})",
            line={"color": _LINE, "dash": "dash"},
        )
    )
    try:
        label = series_label(unique_id)
    except ValueError:
        label = unique_id
    skill = (
        ""
        if evaluation is None
        else skill_text(evaluation, unique_id, model=model, baseline=baseline)
    )
    text = title if title is not None else label
    sub = "; ".join(p for p in (f"backtest {skill}" if skill else "", note) if p)
    if sub:
        text = f"{text}<br><sup>{sub}</sup>"
    fig.update_layout(
        title={"text": text},
        xaxis_title=None,
        yaxis_title=what,
        yaxis={"rangemode": "tozero"},
        template="plotly_white",
        legend={"orientation": "h", "y": -0.15},
        margin={"t": 70},
    )
    return fig
