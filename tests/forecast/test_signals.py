"""Trend signals: hand-computed Mann-Kendall / Sen, exact change test, sentences."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

import trendlib.forecast as tf
from trendlib.errors import ParameterError


def _one(y: list[float], uid: str = "a") -> pd.DataFrame:
    return pd.DataFrame(
        {"unique_id": uid, "ds": pd.date_range("2024-01", periods=len(y), freq="MS"), "y": y}
    )


def test_mann_kendall_hand_computed_with_ties() -> None:
    # y = 1, 3, 2, 5, 5: 10 pairs, 8 rising, 1 falling, 1 tie -> S = 7
    # var = [n(n-1)(2n+5) - sum t(t-1)(2t+5)] / 18 = (300 - 18) / 18
    # Sen: median of 2, .5, 4/3, 1, -1, 1, 2/3, 3, 1.5, 0 -> 1.0
    row = tf.mann_kendall(_one([1.0, 3, 2, 5, 5])).iloc[0]
    assert row["s"] == 7
    assert row["var_s"] == pytest.approx(282 / 18)
    assert row["z"] == pytest.approx(6 / np.sqrt(282 / 18))
    assert row["p_value"] == pytest.approx(2 * stats.norm.sf(6 / np.sqrt(282 / 18)))
    assert row["slope"] == pytest.approx(1.0)


def test_mann_kendall_matches_scipy_kendalltau_sign_and_vectorised() -> None:
    rng = np.random.default_rng(3)
    a = list(20 + np.arange(30) + rng.normal(0, 3, 30))
    b = list(50 - np.arange(30) + rng.normal(0, 3, 30))
    mk = tf.mann_kendall(pd.concat([_one(a, "up"), _one(b, "down")])).set_index("unique_id")
    assert mk.loc["up", "trend"] == "increasing"
    assert mk.loc["down", "trend"] == "decreasing"
    tau = stats.kendalltau(np.arange(30), a)
    assert np.sign(tau.statistic) == np.sign(mk.loc["up", "s"])
    assert mk.loc["up", "slope"] == pytest.approx(1.0, abs=0.3)


def test_mann_kendall_skips_unreported() -> None:
    row = tf.mann_kendall(_one([1.0, np.nan, 2, 3])).iloc[0]
    assert row["n"] == 3
    assert row["s"] == 3


def test_change_exact_test() -> None:
    ch = tf.change(_one([120.0] + [0.0] * 11 + [161.0]), lag=12, overdispersion=False).iloc[0]
    assert ch["change"] == pytest.approx(161 / 120 - 1)
    expected = stats.binomtest(161, 281, 0.5).pvalue
    assert ch["p_value"] == pytest.approx(expected)
    pop = tf.change(_one([5.0, 5.0]), lag=1).iloc[0]
    assert pop["change"] == 0
    assert pop["p_value"] == pytest.approx(1.0)
    with pytest.raises(ParameterError):
        tf.change(_one([5.0, 5.0]), lag=12)


def test_change_window_and_unreported() -> None:
    ch = tf.change(_one([1.0, 2, 3, 4, 5, 6]), lag=3, window=3).iloc[0]
    assert (ch["current"], ch["previous"]) == (15.0, 6.0)
    nan = tf.change(_one([1.0, np.nan, 3]), lag=1, window=2).iloc[0]
    assert np.isnan(nan["p_value"])


def test_sentences_respect_threshold() -> None:
    ch = pd.DataFrame(
        {
            "unique_id": ["route_label=Central Mediterranean Route"],
            "current": [161.0],
            "previous": [120.0],
            "change": [161 / 120 - 1],
            "p_value": [0.004],
            "lag": [12],
            "window": [1],
        }
    )
    s = tf.describe_change(ch).iloc[0]
    assert s == (
        "Detections on Central Mediterranean Route rose 34 % year on year, "
        "from 120 to 161 (p < 0.01)."
    )
    small = ch.assign(current=3.0, previous=40.0, change=-0.925, p_value=1e-6)
    text = tf.describe_change(small, threshold=5).iloc[0]
    assert "fewer than 5" in text
    assert "3" not in text.replace("fewer than 5", "")
    assert "%" not in text
    assert "fewer than 10" in tf.describe_change(small, threshold=10).iloc[0]


def test_trend_and_forecast_sentences() -> None:
    mk = tf.mann_kendall(_one(list(np.arange(24.0) * 10)))
    assert "increasing trend" in tf.describe_trend(mk, labels={"a": "route A"}).iloc[0]
    fc = pd.DataFrame(
        {
            "unique_id": "a",
            "ds": pd.date_range("2025-01", periods=2, freq="MS"),
            "auto": [1.0, 2.0],
            "auto-lo-80": [0.0, 0.0],
            "auto-hi-80": [3.0, 4.0],
        }
    )
    text = tf.describe_forecast(fc, threshold=5).iloc[0]
    assert "fewer than 5" in text
    assert "3" not in text


def test_anomalies_from_backtest(series: pd.DataFrame) -> None:
    spiked = series.copy()
    idx = spiked.index[(spiked["unique_id"] == "r=B")][-1]
    spiked.loc[idx, "y"] = 500.0
    bt = tf.backtest(spiked, h=1, n_windows=6, models=["auto"])
    an = tf.anomalies(bt.forecasts, model="auto", level=95)
    hit = an[(an["unique_id"] == "r=B") & (an["ds"] == spiked.loc[idx, "ds"])]
    assert len(hit) == 1
    assert hit["direction"].iloc[0] == "above"
    text = tf.describe_anomalies(hit, labels={"r=B": "route B"}).iloc[0]
    assert text.startswith("Detections on route B in Dec 2023 (500) were above the 95 %")


def test_change_sentence_names_the_window() -> None:
    ch = tf.change(_one([10.0] * 12 + [30.0, 30.0, 30.0]), lag=12, window=3)
    text = tf.describe_change(ch, unit="month").iloc[0]
    assert "year on year (last 3 months against the same months a year before)" in text
    q = tf.describe_change(ch.assign(lag=1, window=1), unit="quarter").iloc[0]
    assert "on the previous quarter" in q


def test_change_overdispersion_makes_the_test_conservative() -> None:
    noisy = _one([100.0, 300, 50, 400, 120, 260, 80, 350, 90, 310, 70, 330, 140])
    poisson = tf.change(noisy, lag=12, overdispersion=False).iloc[0]
    quasi = tf.change(noisy, lag=12).iloc[0]
    assert quasi["dispersion"] > 10
    assert poisson["p_value"] < 0.05 < quasi["p_value"]
    calm = tf.change(_one([10.0] * 13), lag=12).iloc[0]
    assert calm["dispersion"] == 1.0
