"""viz.forecast: the fan chart states the measured skill."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

import trendlib.forecast as tf
from trendlib.errors import ParameterError
from trendlib.viz.forecast import fan_chart, skill_text


def test_fan_chart_from_real_pipeline(series: pd.DataFrame) -> None:
    fc = tf.forecast(series, h=6)
    bt = tf.backtest(series, h=6, n_windows=2)
    fig = fan_chart(series, fc, unique_id="r=A", evaluation=bt.evaluation)
    assert isinstance(fig, go.Figure)
    skill = bt.skill("r=A")
    assert f"MASE {skill['auto']:.2f} vs {skill['SeasonalNaive']:.2f} for seasonal naive" in (
        fig.layout.title.text
    )
    names = [t.name for t in fig.data]
    assert names == ["95 % interval", "80 % interval", "recorded", "forecast (auto)"]


def test_fan_chart_hides_small_counts_and_bad_id(series: pd.DataFrame) -> None:
    fc = tf.forecast(series, h=2, models=["Naive"])
    fig = fan_chart(series, fc, unique_id="r=C", model="Naive", threshold=5)
    recorded = next(t for t in fig.data if t.name == "recorded")
    assert all(v is None or v != v or v == 0 or v >= 5 for v in recorded.y)
    assert "counts below 5 not shown" in fig.layout.title.text
    with pytest.raises(ParameterError):
        fan_chart(series, fc, unique_id="nope", model="Naive")


def test_skill_text_empty_when_undefined() -> None:
    ev = pd.DataFrame({"unique_id": "a", "metric": ["mase"], "auto": [float("nan")]})
    assert skill_text(ev, "a") == ""
