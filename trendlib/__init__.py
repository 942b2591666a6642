"""trendlib: clean, link, cluster, forecast and report on THB and migrant-smuggling records.

The public names below are what analysts, notebooks, scheduled runs and other
scripts import (``import trendlib as tl``). They are loaded on first use
(PEP 562), so ``import trendlib`` is fast and has no side effects.
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("trendlib")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # errors
    "TrendlibError": "trendlib.errors",
    "DataContractError": "trendlib.errors",
    "EmptyInputError": "trendlib.errors",
    "InputFileNotFoundError": "trendlib.errors",
    "MappingError": "trendlib.errors",
    "ParameterError": "trendlib.errors",
    "UnreadableFileError": "trendlib.errors",
    "UnsupportedFormatError": "trendlib.errors",
    # ingest and cleaning
    "read_records": "trendlib.io",
    "write_records": "trendlib.io",
    "clean_records": "trendlib.clean",
    "CleanResult": "trendlib.clean",
    "quality_summary": "trendlib.clean",
    # privacy
    "pseudonymise": "trendlib.privacy",
    # series and forecasting
    "InsufficientHistoryError": "trendlib.errors",
    "to_series": "trendlib.series",
    "series_metadata": "trendlib.series",
    "series_label": "trendlib.series",
    "hierarchy_matrix": "trendlib.series",
    **{
        name: "trendlib.forecast"
        for name in (
            "forecast",
            "backtest",
            "Backtest",
            "evaluate",
            "reconcile",
            "choose_reconciliation",
            "change",
            "mann_kendall",
            "anomalies",
            "describe_change",
            "describe_trend",
            "describe_forecast",
            "describe_anomalies",
            "AutoModel",
            "Naive",
            "SeasonalNaive",
            "ETS",
            "Theta",
            "Croston",
            "TSB",
            "Combination",
        )
    },
    # corridors and hotspots
    **{
        name: "trendlib.routes"
        for name in (
            "cluster_routes",
            "RouteClusters",
            "RouteClusterer",
            "find_hotspots",
            "Hotspots",
            "HotspotFinder",
            "emerging_routes",
            "emerging_hotspots",
            "cluster_series",
        )
    },
    # link analysis
    **{
        name: "trendlib.links"
        for name in (
            "resolve_entities",
            "link_records",
            "LinkGraph",
            "pseudonymise_graph",
            "extract_entities",
            "write_gexf",
            "write_i2",
            "i2_tables",
        )
    },
    "MissingKeyError": "trendlib.errors",
    # reports and disclosure control
    "render_report": "trendlib.reports",
    "RenderResult": "trendlib.reports",
    "StrategicParams": "trendlib.config",
    "OperationalParams": "trendlib.config",
    "ReportRenderError": "trendlib.errors",
    "suppress_counts": "trendlib.privacy",
    "format_count": "trendlib.privacy",
    "SuppressedTable": "trendlib.privacy",
    # hidden victims
    "estimate_hidden": "trendlib.hidden",
    "capture_table": "trendlib.hidden",
    "MSEResult": "trendlib.hidden",
    "EstimationError": "trendlib.errors",
}

__all__ = [
    "ETS",
    "TSB",
    "AutoModel",
    "Backtest",
    "CleanResult",
    "Combination",
    "Croston",
    "DataContractError",
    "EmptyInputError",
    "EstimationError",
    "HotspotFinder",
    "Hotspots",
    "InputFileNotFoundError",
    "InsufficientHistoryError",
    "LinkGraph",
    "MSEResult",
    "MappingError",
    "MissingKeyError",
    "Naive",
    "OperationalParams",
    "ParameterError",
    "RenderResult",
    "ReportRenderError",
    "RouteClusterer",
    "RouteClusters",
    "SeasonalNaive",
    "StrategicParams",
    "SuppressedTable",
    "Theta",
    "TrendlibError",
    "UnreadableFileError",
    "UnsupportedFormatError",
    "__version__",
    "anomalies",
    "backtest",
    "capture_table",
    "change",
    "choose_reconciliation",
    "clean_records",
    "cluster_routes",
    "cluster_series",
    "describe_anomalies",
    "describe_change",
    "describe_forecast",
    "describe_trend",
    "emerging_hotspots",
    "emerging_routes",
    "estimate_hidden",
    "evaluate",
    "extract_entities",
    "find_hotspots",
    "forecast",
    "format_count",
    "hierarchy_matrix",
    "i2_tables",
    "link_records",
    "mann_kendall",
    "pseudonymise",
    "pseudonymise_graph",
    "quality_summary",
    "read_records",
    "reconcile",
    "render_report",
    "resolve_entities",
    "series_label",
    "series_metadata",
    "suppress_counts",
    "to_series",
    "write_gexf",
    "write_i2",
    "write_records",
]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from trendlib.clean import CleanResult, clean_records, quality_summary
    from trendlib.config import OperationalParams, StrategicParams
    from trendlib.errors import (
        DataContractError,
        EmptyInputError,
        EstimationError,
        InputFileNotFoundError,
        InsufficientHistoryError,
        MappingError,
        MissingKeyError,
        ParameterError,
        ReportRenderError,
        TrendlibError,
        UnreadableFileError,
        UnsupportedFormatError,
    )
    from trendlib.forecast import (
        ETS,
        TSB,
        AutoModel,
        Backtest,
        Combination,
        Croston,
        Naive,
        SeasonalNaive,
        Theta,
        anomalies,
        backtest,
        change,
        choose_reconciliation,
        describe_anomalies,
        describe_change,
        describe_forecast,
        describe_trend,
        evaluate,
        forecast,
        mann_kendall,
        reconcile,
    )
    from trendlib.hidden import MSEResult, capture_table, estimate_hidden
    from trendlib.io import read_records, write_records
    from trendlib.links import (
        LinkGraph,
        extract_entities,
        i2_tables,
        link_records,
        pseudonymise_graph,
        resolve_entities,
        write_gexf,
        write_i2,
    )
    from trendlib.privacy import SuppressedTable, format_count, pseudonymise, suppress_counts
    from trendlib.reports import RenderResult, render_report
    from trendlib.routes import (
        HotspotFinder,
        Hotspots,
        RouteClusterer,
        RouteClusters,
        cluster_routes,
        cluster_series,
        emerging_hotspots,
        emerging_routes,
        find_hotspots,
    )
    from trendlib.series import hierarchy_matrix, series_label, series_metadata, to_series


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'trendlib' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
