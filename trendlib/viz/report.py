"""Plotly figures for the reports: breakdown bars, timelines, small multiples.

Frames in, ``go.Figure`` out; nothing is shown or written. Each builder takes
either plain counts (operational report) or a
:class:`trendlib.privacy.SuppressedTable` (strategic report). Hidden cells are
never drawn at their true value: they appear as a hatched grey bar at the
height of the threshold, labelled ``"<5"`` (or ``"[c]"`` for secondary
suppression), so the figure's data holds no count below the threshold.

Examples
--------
>>> import pandas as pd
>>> from trendlib.privacy import suppress_counts
>>> s = suppress_counts(pd.Series([2.0, 40.0, 12.0], index=["a", "b", "c"]), threshold=5)
>>> fig = breakdown_bar(s, title="By category")
>>> [[v for v in t.x if v is not None] for t in fig.data]
[[40.0], [5, 5]]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from trendlib.privacy import TOTAL_LABEL, SuppressedTable
from trendlib.schema import LINKED_OFFENCES, VOCABULARIES

__all__ = [
    "HIDDEN_COLOR",
    "PALETTE",
    "breakdown_bar",
    "small_multiples",
    "timeline",
]

#: Colours of the series (colour-blind safe, Okabe-Ito order).
PALETTE: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
)  # fmt: skip
#: Colour of suppressed cells.
HIDDEN_COLOR = "#BBBBBB"

_LAYOUT: dict[str, Any] = {
    "template": "simple_white",
    "font": {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13},
    "margin": {"l": 10, "r": 20, "t": 60, "b": 40},
    "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
    "hoverlabel": {"namelength": -1},
}


def _split(
    table: SuppressedTable | pd.DataFrame | pd.Series,
) -> tuple[pd.DataFrame, pd.DataFrame | None, pd.DataFrame | None, int | None]:
    """Return (values, display, mask, threshold) without the Total margins."""
    if isinstance(table, SuppressedTable):
        keep_rows = [r for r in table.values.index if r != TOTAL_LABEL]
        keep_cols = [c for c in table.values.columns if c != TOTAL_LABEL] or list(
            table.values.columns
        )
        return (
            table.values.loc[keep_rows, keep_cols],
            table.display.loc[keep_rows, keep_cols],
            table.mask.loc[keep_rows, keep_cols],
            table.threshold,
        )
    frame = table.to_frame() if isinstance(table, pd.Series) else table
    return frame.astype(float), None, None, None


_WORDS = frozenset(w for words in VOCABULARIES.values() for w in words) | set(LINKED_OFFENCES)


def _label(value: object) -> str:
    text = str(value)
    return text.replace("_", " ") if text in _WORDS else text


def _fmt(value: float) -> str:
    return f"{round(value):,}"


def _bar_traces(
    x_labels: Iterable[Any],
    values: pd.Series,
    display: pd.Series | None,
    mask: pd.Series | None,
    threshold: int | None,
    *,
    name: str,
    color: str,
    horizontal: bool,
    show_hidden_legend: bool,
    measure: str,
) -> list[go.Bar]:
    hidden = mask.to_numpy() if mask is not None else [False] * len(values)
    shown = [None if (h or pd.isna(v)) else float(v) for v, h in zip(values, hidden, strict=True)]
    text = [_fmt(v) if v is not None else "" for v in shown]
    cats = [_label(c) for c in x_labels]
    axis = "y" if horizontal else "x"
    coords: dict[str, Any] = {"y": cats, "x": shown} if horizontal else {"x": cats, "y": shown}
    traces = [
        go.Bar(
            name=name,
            marker_color=color,
            text=text,
            textposition="outside",
            cliponaxis=False,
            orientation="h" if horizontal else "v",
            hovertemplate=f"%{{{axis}}}: %{{text}} {measure}<extra>{name}</extra>",
            **coords,
        )
    ]
    if mask is not None and display is not None and threshold is not None and bool(mask.any()):
        hidden_at = [threshold if m else None for m in mask]
        labels = [str(d) if m else "" for d, m in zip(display, mask, strict=True)]
        coords = {"y": cats, "x": hidden_at} if horizontal else {"x": cats, "y": hidden_at}
        traces.append(
            go.Bar(
                name=f"suppressed (<{threshold} or [c]; not to scale)",
                legendgroup="suppressed",
                showlegend=show_hidden_legend,
                marker={"color": HIDDEN_COLOR, "pattern": {"shape": "/"}},
                text=labels,
                textposition="outside",
                cliponaxis=False,
                orientation="h" if horizontal else "v",
                hovertemplate=f"%{{{axis}}}: %{{text}} (suppressed)<extra>{name}</extra>",
                **coords,
            )
        )
    return traces


def breakdown_bar(
    table: SuppressedTable | pd.DataFrame | pd.Series,
    *,
    title: str,
    measure: str = "persons",
    horizontal: bool = True,
    category_label: str | None = None,
) -> go.Figure:
    """Bar chart of counts by category; one bar group per column (e.g. two periods).

    Parameters
    ----------
    table : SuppressedTable, DataFrame or Series
        Counts with categories as rows. ``Total`` margins of a suppressed table are skipped.
    title : str
        Chart title.
    measure : str, default="persons"
        What the counts are, for the axis and hover text.
    horizontal : bool, default=True
        Horizontal bars (long category names read better).
    category_label : str, optional
        Axis title of the categories.

    Returns
    -------
    go.Figure

    Examples
    --------
    >>> fig = breakdown_bar(pd.Series({"sea": 10.0, "land": 4.0}), title="Mode")
    >>> fig.data[0].orientation, list(fig.data[0].y)
    ('h', ['sea', 'land'])
    """
    values, display, mask, threshold = _split(table)
    fig = go.Figure()
    for i, col in enumerate(values.columns):
        for trace in _bar_traces(
            values.index,
            values[col],
            None if display is None else display[col],
            None if mask is None else mask[col],
            threshold,
            name=str(col) if len(values.columns) > 1 else measure,
            color=PALETTE[i % len(PALETTE)],
            horizontal=horizontal,
            show_hidden_legend=i == 0,
            measure=measure,
        ):
            fig.add_trace(trace)
    n = len(values.index)
    fig.update_layout(
        **_LAYOUT,
        title={"text": title},
        barmode="group",
        height=max(260, 90 + n * 26 * max(1, len(values.columns))) if horizontal else 420,
        showlegend=len(values.columns) > 1 or bool(mask is not None and mask.to_numpy().any()),
    )
    count_axis = {"title": {"text": measure}, "rangemode": "tozero"}
    cat_axis: dict[str, Any] = {"title": {"text": category_label or ""}, "type": "category"}
    if horizontal:
        cat_axis["autorange"] = "reversed"
        fig.update_xaxes(**count_axis)
        fig.update_yaxes(**cat_axis)
    else:
        fig.update_yaxes(**count_axis)
        fig.update_xaxes(**cat_axis)
    return fig


def small_multiples(
    table: SuppressedTable | pd.DataFrame,
    *,
    title: str,
    measure: str = "persons",
    max_panels: int = 8,
    window: tuple[Any, Any] | None = None,
) -> go.Figure:
    """One bar panel per column of a period x group table, sharing the time axis.

    Parameters
    ----------
    table : SuppressedTable or DataFrame
        Rows are period start dates, columns are groups (e.g. crime types).
    title : str
        Figure title.
    measure : str, default="persons"
        What the counts are.
    max_panels : int, default=8
        Most panels drawn (the first columns).
    window : (start, end), optional
        A period shaded on every panel (e.g. an operation's window).

    Returns
    -------
    go.Figure

    Examples
    --------
    >>> t = pd.DataFrame({"a": [1.0, 5.0], "b": [3.0, 0.0]},
    ...                  index=pd.to_datetime(["2024-01-01", "2024-02-01"]))
    >>> len(small_multiples(t, title="T").data)
    2
    """
    values, display, mask, threshold = _split(table)
    cols = list(values.columns)[:max_panels]
    fig = make_subplots(
        rows=max(1, len(cols)),
        cols=1,
        shared_xaxes=True,
        subplot_titles=[_label(c) for c in cols] or [""],
        vertical_spacing=0.08 if len(cols) > 1 else 0.0,
    )
    dates = [pd.Timestamp(d).strftime("%Y-%m-%d") for d in values.index]
    for i, col in enumerate(cols):
        for trace in _bar_traces(
            dates,
            values[col],
            None if display is None else display[col],
            None if mask is None else mask[col],
            threshold,
            name=_label(col),
            color=PALETTE[i % len(PALETTE)],
            horizontal=False,
            show_hidden_legend=i == 0,
            measure=measure,
        ):
            trace.textposition = "none"
            if trace.legendgroup != "suppressed":
                trace.showlegend = False
            fig.add_trace(trace, row=i + 1, col=1)
        if window is not None:
            fig.add_vrect(
                x0=pd.Timestamp(window[0]).strftime("%Y-%m-%d"),
                x1=pd.Timestamp(window[1]).strftime("%Y-%m-%d"),
                fillcolor="#FFE9A8",
                opacity=0.5,
                line_width=0,
                layer="below",
                row=i + 1,  # type: ignore[arg-type]
                col=1,  # type: ignore[arg-type]
            )
    fig.update_layout(
        **{**_LAYOUT, "margin": {"l": 10, "r": 20, "t": 100, "b": 40}},
        title={"text": title},
        height=150 + 170 * max(1, len(cols)),
        showlegend=bool(mask is not None and mask.to_numpy().any()),
        bargap=0.15,
    )
    fig.update_xaxes(type="date")
    fig.update_yaxes(rangemode="tozero", title_text="")
    return fig


def timeline(
    table: SuppressedTable | pd.DataFrame | pd.Series,
    *,
    title: str,
    measure: str = "persons",
    window: tuple[Any, Any] | None = None,
) -> go.Figure:
    """Draw counts per period as one bar chart (stacked groups), optionally shading a window.

    Parameters
    ----------
    table : SuppressedTable, DataFrame or Series
        Rows are period start dates; columns are groups stacked in each bar.
    title : str
        Figure title.
    measure : str, default="persons"
        What the counts are.
    window : (start, end), optional
        A period to shade (an operation's window).

    Returns
    -------
    go.Figure

    Examples
    --------
    >>> s = pd.Series([1.0, 4.0], index=pd.to_datetime(["2024-01-01", "2024-01-08"]))
    >>> timeline(s, title="Weekly", window=("2024-01-05", "2024-01-10")).layout.barmode
    'stack'
    """
    values, display, mask, threshold = _split(table)
    fig = go.Figure()
    dates = [pd.Timestamp(d).strftime("%Y-%m-%d") for d in values.index]
    for i, col in enumerate(values.columns):
        for trace in _bar_traces(
            dates,
            values[col],
            None if display is None else display[col],
            None if mask is None else mask[col],
            threshold,
            name=str(col),
            color=PALETTE[i % len(PALETTE)],
            horizontal=False,
            show_hidden_legend=i == 0,
            measure=measure,
        ):
            trace.textposition = "none"
            fig.add_trace(trace)
    if window is not None:
        fig.add_vrect(
            x0=pd.Timestamp(window[0]).strftime("%Y-%m-%d"),
            x1=pd.Timestamp(window[1]).strftime("%Y-%m-%d"),
            fillcolor="#FFE9A8",
            opacity=0.5,
            line_width=0,
            layer="below",
            annotation_text="window",
            annotation_position="top left",
        )
    fig.update_layout(
        **{**_LAYOUT, "margin": {"l": 10, "r": 20, "t": 100, "b": 40}},
        title={"text": title},
        barmode="stack",
        height=400,
        bargap=0.1,
    )
    fig.update_xaxes(type="date")
    fig.update_yaxes(title_text=measure, rangemode="tozero")
    return fig
