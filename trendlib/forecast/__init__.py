"""Forecasting and trend signals for small, sparse counts.

Models are small objects with an ``alias`` (:mod:`trendlib.forecast.models`);
:func:`forecast` and :func:`backtest` turn a long series frame into the forecast and
evaluation frames of DESIGN.md §3; :func:`reconcile` makes a hierarchy add up;
:mod:`trendlib.forecast.signals` finds and words the trends.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from trendlib.forecast.backtest import Backtest, backtest
from trendlib.forecast.metrics import evaluate, summarise
from trendlib.forecast.models import (
    ETS,
    TSB,
    AutoModel,
    Combination,
    Croston,
    ForecastModel,
    Naive,
    SeasonalNaive,
    Theta,
    count_intervals,
    make_model,
)
from trendlib.forecast.orchestrator import forecast, to_wide
from trendlib.forecast.reconciliation import choose_reconciliation, reconcile
from trendlib.forecast.signals import (
    anomalies,
    change,
    describe_anomalies,
    describe_change,
    describe_forecast,
    describe_trend,
    mann_kendall,
)

__all__ = [
    "ETS",
    "TSB",
    "AutoModel",
    "Backtest",
    "Combination",
    "Croston",
    "ForecastModel",
    "Naive",
    "SeasonalNaive",
    "Theta",
    "anomalies",
    "backtest",
    "change",
    "choose_reconciliation",
    "count_intervals",
    "describe_anomalies",
    "describe_change",
    "describe_forecast",
    "describe_trend",
    "evaluate",
    "forecast",
    "make_model",
    "mann_kendall",
    "reconcile",
    "summarise",
    "to_wide",
]


class _CallablePackage(types.ModuleType):
    """Make the package callable as :func:`forecast`.

    DESIGN.md names both the package ``trendlib.forecast`` and the function
    ``tl.forecast(series, h=...)``. Once any code has imported the package, Python sets
    the attribute ``trendlib.forecast`` to it, hiding the lazily exported function; making
    the package callable keeps ``tl.forecast(series, h=6)`` working in either case.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return forecast(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
