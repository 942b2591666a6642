"""Helpers the report notebooks call to show figures, tables and text offline.

Plotly 6+ figures are dropped by nbconvert's HTML export (their MIME type is
not representable), and the default renderers fetch plotly.js from a CDN. The
report notebooks therefore call :func:`init` once, which emits plotly.js
inline (a single copy for the whole document), and :func:`show`, which emits
each figure as an HTML ``<div>`` that draws with that copy. The HTML works in
JupyterLab, in nbconvert's output and offline.

These functions display into the running notebook (IPython); the figure
builders of :mod:`trendlib.viz` stay pure.
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from trendlib.errors import ParameterError
from trendlib.privacy import SuppressedTable
from trendlib.schema import LINKED_OFFENCES, VOCABULARIES
from trendlib.viz._files import DATA_EXTENSIONS, SAMPLES_DIR, resolve_data

__all__ = [
    "DATA_EXTENSIONS",
    "SAMPLES_DIR",
    "figure_html",
    "init",
    "resolve_data",
    "show",
    "table_html",
]


_STYLE = """
<style>
.tl-table { border-collapse: collapse; font-size: 0.92em; margin: 0.4em 0 1.2em 0; }
.tl-table th, .tl-table td { padding: 0.25em 0.7em; border-bottom: 1px solid #e3e3e3;
  white-space: nowrap; }
.tl-table td { text-align: right; font-variant-numeric: tabular-nums; }
.tl-table tbody th { text-align: left; font-weight: normal; }
.tl-table caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.3em; }
.tl-note { color: #555; font-size: 0.9em; }
</style>
"""

_state = {"figures": 0}
_WORDS = frozenset(w for words in VOCABULARIES.values() for w in words) | set(LINKED_OFFENCES)


def _label(value: object) -> str:
    """Vocabulary words read as words (``forced_labour`` -> ``forced labour``); others as given."""
    text = str(value)
    return text.replace("_", " ") if text in _WORDS else text


def init() -> None:
    """Emit plotly.js (inline, once) and the table style into the notebook.

    Call it in the first code cell; it also resets the figure counter so that
    figure ids, and so the rendered HTML, are the same on every run. When the
    report renderer runs the notebook (``TRENDLIB_EMBED_PLOTLYJS=0``), plotly.js
    is left out here and embedded once in the HTML page instead, which keeps the
    executed notebook small.
    """
    from IPython.display import HTML, display
    from plotly.offline import get_plotlyjs

    from trendlib.config import get_settings

    _state["figures"] = 0
    script = ""
    if get_settings().embed_plotlyjs:
        script = (
            "<script type=\"text/javascript\">window.PlotlyConfig = {MathJaxConfig: 'local'};"
            f'</script>\n<script type="text/javascript">{get_plotlyjs()}</script>'
        )
    display(HTML(script + _STYLE))


def figure_html(fig: Any, *, div_id: str) -> str:
    """Return a figure as an HTML ``<div>`` that uses the page's plotly.js (no CDN).

    Parameters
    ----------
    fig : plotly.graph_objects.Figure
        The figure.
    div_id : str
        The element id (fixed ids keep the HTML reproducible).

    Returns
    -------
    str

    Examples
    --------
    >>> import plotly.graph_objects as go
    >>> out = figure_html(go.Figure(go.Bar(x=["a"], y=[3])), div_id="f1")
    >>> 'id="f1"' in out, "cdn" in out.lower()
    (True, False)
    """
    return str(
        fig.to_html(
            full_html=False,
            include_plotlyjs=False,
            div_id=div_id,
            config={"displaylogo": False, "responsive": True},
        )
    )


def table_html(
    table: SuppressedTable | pd.DataFrame | pd.Series,
    *,
    caption: str | None = None,
    index_label: str | None = None,
) -> str:
    """Return a display table as HTML; a suppressed table shows its published text.

    Parameters
    ----------
    table : SuppressedTable, DataFrame or Series
        Counts are written with thousands separators.
    caption : str, optional
        Caption above the table.
    index_label : str, optional
        Header of the row labels.

    Returns
    -------
    str

    Examples
    --------
    >>> "12,345" in table_html(pd.Series({"a": 12345.0}))
    True
    """
    if isinstance(table, SuppressedTable):
        frame = table.display
    else:
        frame = table.to_frame() if isinstance(table, pd.Series) else table
        frame = frame.apply(
            lambda col: (
                col.map(
                    lambda v: (
                        f"{round(v):,}"
                        if isinstance(v, float) and pd.notna(v) and float(v).is_integer()
                        else v
                    )
                )
                if pd.api.types.is_float_dtype(col)
                else col
            )
        )
    frame = frame.copy()
    frame.index = frame.index.map(_label)
    if index_label is not None:
        frame.index.name = index_label
    out = frame.to_html(classes="tl-table", border=0, escape=True, na_rep="")
    if caption:
        out = out.replace(">", f"><caption>{html.escape(caption)}</caption>", 1)
    return out


def show(obj: Any, *, caption: str | None = None, index_label: str | None = None) -> None:
    """Display a figure, a table or Markdown text in the running notebook.

    Parameters
    ----------
    obj : go.Figure, SuppressedTable, DataFrame, Series or str
        What to show; text is Markdown.
    caption, index_label : str, optional
        For tables (see :func:`table_html`).
    """
    from IPython.display import HTML, Markdown, display

    if isinstance(obj, str):
        display(Markdown(obj))
    elif isinstance(obj, SuppressedTable | pd.DataFrame | pd.Series):
        display(HTML(table_html(obj, caption=caption, index_label=index_label)))
    elif hasattr(obj, "to_html") and hasattr(obj, "data"):
        _state["figures"] += 1
        display(HTML(figure_html(obj, div_id=f"tl-figure-{_state['figures']}")))
    else:
        raise ParameterError(f"show() takes a figure, a table or text, got {type(obj).__name__}.")
