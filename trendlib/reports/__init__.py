"""Reports: registry, parameter schemas, papermill + nbconvert rendering, manifest.

:func:`render_report` turns a template notebook (``notebooks/``) and validated
parameters (:class:`trendlib.config.StrategicParams`,
:class:`trendlib.config.OperationalParams`) into a self-contained HTML report,
its executed (redacted) notebook and a manifest, published atomically.
Only :mod:`trendlib.cli` imports this package; notebooks never do.
"""

from __future__ import annotations

from trendlib.reports._registry import REPORTS, ReportSpec, get_spec, notebooks_dir
from trendlib.reports._render import RenderResult, make_params, render_report

__all__ = [
    "REPORTS",
    "RenderResult",
    "ReportSpec",
    "get_spec",
    "make_params",
    "notebooks_dir",
    "render_report",
]
