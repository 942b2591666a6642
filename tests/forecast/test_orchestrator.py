"""forecast / backtest / evaluate: frame contracts, bad input, fallbacks."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import trendlib.forecast as tf
from trendlib.errors import DataContractError, InsufficientHistoryError, ParameterError


def test_forecast_frame_contract(series: pd.DataFrame) -> None:
    before = series.copy()
    fc = tf.forecast(series, h=6, level=(80, 95))
    pd.testing.assert_frame_equal(series, before)
    assert list(fc.columns[:3]) == ["unique_id", "ds", "auto"]
    for alias in ("auto", "SeasonalNaive"):
        for b in ("lo-80", "hi-80", "lo-95", "hi-95"):
            assert f"{alias}-{b}" in fc.columns
    assert len(fc) == 3 * 6
    assert fc["ds"].min() == pd.Timestamp("2024-01-01")
    num = fc.drop(columns=["unique_id", "ds"])
    assert not num.isna().any().any()
    assert (num >= 0).all().all()


def test_backtest_frames_and_skill(series: pd.DataFrame) -> None:
    bt = tf.backtest(series, h=3, n_windows=2, models=["auto", "SeasonalNaive", "Naive"])
    assert list(bt.forecasts.columns[:5]) == ["unique_id", "ds", "cutoff", "y", "auto"]
    assert bt.forecasts["cutoff"].nunique() == 2
    assert set(bt.evaluation["metric"]) == {"mase", "smape", "rmse", "coverage-80", "coverage-95"}
    assert list(bt.evaluation.columns) == ["unique_id", "metric", "auto", "SeasonalNaive", "Naive"]
    skill = bt.skill("r=A")
    assert set(skill) == {"auto", "SeasonalNaive", "Naive"}
    assert bt.summary().loc["coverage-95"].between(0, 1).all()
    with pytest.raises(ParameterError):
        bt.skill("nope")


def test_backtest_exact_with_naive() -> None:
    s = pd.DataFrame(
        {
            "unique_id": "a",
            "ds": pd.date_range("2024-01", periods=6, freq="MS"),
            "y": [1.0, 2, 3, 4, 6, 8],
        }
    )
    bt = tf.backtest(s, h=2, n_windows=1, models=["Naive"], season_length=1)
    assert bt.forecasts["Naive"].tolist() == [4.0, 4.0]
    ev = bt.evaluation.set_index("metric")["Naive"]
    assert ev["mase"] == pytest.approx((2 + 4) / 2 / 1.0)  # scale: mean |diff| of 1,2,3,4
    assert ev["rmse"] == pytest.approx(np.sqrt((4 + 16) / 2))


def test_bad_input_errors(series: pd.DataFrame) -> None:
    with pytest.raises(DataContractError, match="unique_id"):
        tf.forecast(series.drop(columns="unique_id"), h=2)
    with pytest.raises(DataContractError, match="duplicated"):
        tf.forecast(pd.concat([series, series.head(1)]), h=2)
    irregular = series.copy()
    irregular.loc[0, "ds"] = pd.Timestamp("2020-01-15")
    with pytest.raises(DataContractError, match="irregular"):
        tf.forecast(irregular, h=2)
    neg = series.copy()
    neg.loc[0, "y"] = -1
    with pytest.raises(DataContractError, match=">= 0"):
        tf.forecast(neg, h=2)
    never = series.copy()
    never.loc[never["unique_id"] == "r=C", "y"] = np.nan
    with pytest.raises(InsufficientHistoryError, match="r=C"):
        tf.forecast(never, h=2)
    with pytest.raises(InsufficientHistoryError):
        tf.forecast(series.head(1), h=2)
    with pytest.raises(InsufficientHistoryError, match="needs at least"):
        tf.backtest(series, h=12, n_windows=4)
    with pytest.raises(ParameterError):
        tf.forecast(series, h=0)
    with pytest.raises(ParameterError, match="unique"):
        tf.forecast(series, h=2, models=["Naive", "Naive"])


def test_gaps_are_unreported_not_zero(series: pd.DataFrame) -> None:
    gappy = series.drop(index=series.index[(series["unique_id"] == "r=A")][40:44])
    fc = tf.forecast(gappy, h=2, models=["Naive"])
    last = series[(series["unique_id"] == "r=A")]["y"].iloc[-1]
    assert fc.loc[fc["unique_id"] == "r=A", "Naive"].iloc[0] == last


def test_all_zero_and_too_short_fallbacks() -> None:
    s = pd.DataFrame(
        {
            "unique_id": ["z"] * 24 + ["s"] * 24,
            "ds": list(pd.date_range("2023-01", periods=24, freq="MS")) * 2,
            "y": [0.0] * 24 + [np.nan] * 22 + [3.0, 4.0],
        }
    )
    fc = tf.forecast(s, h=3)
    assert (fc.loc[fc["unique_id"] == "z", ["auto", "auto-hi-95"]] == 0).all().all()
    short = fc[fc["unique_id"] == "s"]
    assert not short.isna().any().any()
    assert short["auto"].tolist() == [4.0, 4.0, 4.0]  # Naive fallback


def test_quarterly_frequency_inferred(series: pd.DataFrame) -> None:
    s = series
    q = (
        s.assign(ds=s["ds"].dt.to_period("Q").dt.start_time)
        .groupby(["unique_id", "ds"], as_index=False)["y"]
        .sum()
    )
    fc = tf.forecast(q, h=2, models=["SeasonalNaive"])
    assert fc["ds"].iloc[0] == pd.Timestamp("2024-01-01")
    assert fc["ds"].iloc[1] == pd.Timestamp("2024-04-01")


def test_evaluate_scores_foreign_forecasts(series: pd.DataFrame) -> None:
    bt = tf.backtest(series, h=3, n_windows=2, models=["Naive"])
    other = bt.forecasts.assign(peer=bt.forecasts["Naive"])
    ev = tf.evaluate(other, series, season_length=12)
    mase = ev[ev["metric"] == "mase"]
    assert np.allclose(mase["peer"], mase["Naive"], equal_nan=True)


def test_package_is_callable_as_forecast(series: pd.DataFrame) -> None:
    import trendlib

    pkg = trendlib.forecast if not callable(trendlib.forecast) else tf
    fc = pkg(series, h=2, models=["Naive"])  # type: ignore[operator]
    assert list(fc.columns[:3]) == ["unique_id", "ds", "Naive"]
