"""Data-quality tables and figures for the reports' caveats annex.

Frames in (the records, quarantine and quality summary of
:func:`trendlib.clean_records`), frames or ``go.Figure`` out.

Examples
--------
>>> import pandas as pd
>>> q = pd.DataFrame({"source": ["a", "a", "b"], "reason": ["no_date", "bad_date", "no_date"]})
>>> quarantine_reasons(q).to_dict()
{'no event date in the row': 2.0, 'the event date cannot be read as a date': 1.0}
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from trendlib.schema import QUARANTINE_REASONS

__all__ = ["coverage_table", "quality_figure", "quarantine_reasons", "sources_table"]


def sources_table(records: pd.DataFrame, quarantine: pd.DataFrame | None = None) -> pd.DataFrame:
    """Rows read per source, split into kept records, duplicates and quarantined rows.

    The three columns add up to the rows read, so the table can be suppressed
    with :func:`trendlib.privacy.suppress_counts` (its Total column = rows read).

    Parameters
    ----------
    records : DataFrame
        All clean records, duplicates included (``is_duplicate_of`` set).
    quarantine : DataFrame, optional
        The quarantine frame (needs ``source``).

    Returns
    -------
    DataFrame of float
        Index ``source``; columns ``records``, ``duplicates``, ``quarantined``.

    Examples
    --------
    >>> from trendlib.viz.tables import example_records
    >>> sources_table(example_records()).loc["ITA-police"].tolist()
    [3.0, 0.0, 0.0]
    """
    dup = records["is_duplicate_of"].notna()
    src = records["source"].astype("string").fillna("unknown")
    parts = {
        "records": src[~dup].value_counts(),
        "duplicates": src[dup].value_counts(),
    }
    if quarantine is not None and len(quarantine):
        qsrc = (
            quarantine["source"].astype("string").fillna("unknown")
            if "source" in quarantine
            else pd.Series("unknown", index=quarantine.index, dtype="string")
        )
        parts["quarantined"] = qsrc.value_counts()
    else:
        parts["quarantined"] = pd.Series(dtype="int64")
    table = pd.DataFrame(parts).fillna(0).astype(float)
    table.index = table.index.astype(str)
    table.index.name = "source"
    return table.sort_index()


def quarantine_reasons(quarantine: pd.DataFrame) -> pd.Series:
    """Count quarantined rows by reason, labelled with the reason's text.

    Parameters
    ----------
    quarantine : DataFrame
        The quarantine frame (column ``reason`` holds codes of
        :data:`trendlib.schema.QUARANTINE_REASONS`).

    Returns
    -------
    Series of float
        Largest first; empty when nothing was quarantined.
    """
    if quarantine is None or len(quarantine) == 0 or "reason" not in quarantine:
        return pd.Series(dtype=float, name="rows")
    text = quarantine["reason"].astype("string").fillna("unknown")
    text = text.map(lambda r: QUARANTINE_REASONS.get(str(r), str(r)))
    counts = text.value_counts().astype(float)
    counts.index = counts.index.astype(str)
    counts.index.name = "reason"
    return counts.sort_values(ascending=False, kind="stable").rename("rows")


def coverage_table(records: pd.DataFrame) -> pd.DataFrame:
    """Per source: first and last event date and the coarsest date precision.

    Holds no counts, so it is safe to publish unsuppressed.

    Examples
    --------
    >>> from trendlib.viz.tables import example_records
    >>> coverage_table(example_records()).loc["ESP-guardia", "first date"]
    '2024-03-01'
    """
    if len(records) == 0:
        return pd.DataFrame(columns=["first date", "last date", "coarsest date precision"])
    order = {"day": 0, "month": 1, "quarter": 2, "year": 3}
    frame = pd.DataFrame(
        {
            "source": records["source"].astype("string").fillna("unknown"),
            "date": records["event_date"],
            "prec": records["date_precision"].astype(object).map(order).fillna(0),
        }
    )
    grouped = frame.groupby("source", sort=True)
    reverse = {v: k for k, v in order.items()}
    out = pd.DataFrame(
        {
            "first date": grouped["date"].min().dt.strftime("%Y-%m-%d"),
            "last date": grouped["date"].max().dt.strftime("%Y-%m-%d"),
            "coarsest date precision": grouped["prec"].max().map(reverse),
        }
    )
    out.index = out.index.astype(str)
    return out


def quality_figure(summary: pd.DataFrame, *, title: str = "Data quality by input") -> go.Figure:
    """Draw grouped horizontal bars of the numeric columns of a quality summary.

    Parameters
    ----------
    summary : DataFrame
        E.g. :func:`trendlib.quality_summary` output: one row per input (the first
        text column, or the index, names it), numeric columns are counts.
    title : str, default="Data quality by input"

    Returns
    -------
    go.Figure

    Examples
    --------
    >>> s = pd.DataFrame({"file": ["a.csv", "b.csv"], "rows": [10, 4], "quarantined": [1, 0]})
    >>> [t.name for t in quality_figure(s).data]
    ['rows', 'quarantined']

    A :func:`trendlib.quality_summary` frame (``source``, ``column``, ``filled_pct``)
    gives a completeness heatmap instead:

    >>> q = pd.DataFrame({"source": ["a", "a"], "column": ["(row)", "nationality"],
    ...                   "filled_pct": [100.0, 62.5]})
    >>> quality_figure(q).data[0].type
    'heatmap'
    """
    from trendlib.viz.report import PALETTE

    if {"source", "column", "filled_pct"} <= set(summary.columns):
        return _completeness_heatmap(summary, title=title)
    frame = summary.reset_index() if summary.index.name else summary
    text_cols = [
        c for c in frame.columns
        if not pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
    ]  # fmt: skip
    labels = frame[text_cols[0]].astype(str) if text_cols else frame.index.astype(str).to_series()
    numeric = [
        c for c in frame.columns
        if pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
    ]  # fmt: skip
    fig = go.Figure()
    for i, col in enumerate(numeric):
        fig.add_trace(
            go.Bar(
                y=list(labels),
                x=[None if pd.isna(v) else float(v) for v in frame[col]],
                name=str(col).replace("_", " "),
                orientation="h",
                marker_color=PALETTE[i % len(PALETTE)],
            )
        )
    fig.update_layout(
        template="simple_white",
        title={"text": title},
        barmode="group",
        height=max(260, 80 + 22 * len(labels) * max(1, len(numeric))),
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
        margin={"l": 10, "r": 20, "t": 60, "b": 40},
    )
    fig.update_yaxes(autorange="reversed", type="category")
    return fig


def _completeness_heatmap(summary: pd.DataFrame, *, title: str) -> go.Figure:
    """Share of filled values per source (rows) and column (columns), in %."""
    body = summary[summary["column"].astype(str) != "(row)"]
    table = body.pivot_table(
        index="source", columns="column", values="filled_pct", aggfunc="first", sort=False
    )
    fig = go.Figure(
        go.Heatmap(
            z=table.to_numpy(dtype=float),
            x=[str(c) for c in table.columns],
            y=[str(i) for i in table.index],
            zmin=0,
            zmax=100,
            colorscale="Blues",
            colorbar={"title": {"text": "% filled"}},
            hovertemplate="%{y} · %{x}: %{z:.0f} % filled<extra></extra>",
        )
    )
    fig.update_layout(
        template="simple_white",
        title={"text": title},
        height=max(260, 120 + 32 * len(table.index)),
        margin={"l": 10, "r": 20, "t": 60, "b": 100},
    )
    fig.update_xaxes(tickangle=-40)
    return fig
