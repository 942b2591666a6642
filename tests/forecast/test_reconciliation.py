"""Reconciled forecasts add up; method chosen by backtest."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import trendlib.forecast as tf
from trendlib.errors import ParameterError
from trendlib.forecast.reconciliation import shrunk_covariance


def _adds_up(fc: pd.DataFrame, alias: str) -> bool:
    w = fc.pivot(index="ds", columns="unique_id", values=alias)
    return bool(np.allclose(w["total"], w[["r=A", "r=B", "r=C"]].sum(axis=1)))


@pytest.mark.parametrize("method", ["bottom_up", "ols", "mint", "auto"])
def test_coherent_and_non_negative(hier: pd.DataFrame, method: str) -> None:
    fc = tf.forecast(hier, h=4, models=["ETS-log", "Naive"])
    bt = tf.backtest(hier, h=4, n_windows=3, models=["ETS-log", "Naive"])
    rec = tf.reconcile(fc, method=method, backtest=bt.forecasts)
    for alias in ("ETS-log", "Naive"):
        assert _adds_up(rec, alias)
        assert (rec[alias] >= 0).all()
        assert (rec[f"{alias}-lo-80"] <= rec[alias]).all()
        assert (rec[alias] <= rec[f"{alias}-hi-80"]).all()
    assert rec.attrs["trendlib"]["reconciliation"] in ("bottom_up", "ols", "mint")


def test_bottom_up_keeps_bottom(hier: pd.DataFrame) -> None:
    fc = tf.forecast(hier, h=2, models=["Naive"])
    rec = tf.reconcile(fc, method="bottom_up")
    bottom = fc["unique_id"] != "total"
    assert np.allclose(rec.loc[bottom, "Naive"], fc.loc[bottom, "Naive"])


def test_mint_needs_backtest(hier: pd.DataFrame) -> None:
    fc = tf.forecast(hier, h=2, models=["Naive"])
    with pytest.raises(ParameterError, match="backtest"):
        tf.reconcile(fc, method="mint")
    with pytest.raises(ParameterError):
        tf.reconcile(fc, method="magic")


def test_choose_reconciliation_returns_a_method(hier: pd.DataFrame) -> None:
    bt = tf.backtest(hier, h=3, n_windows=3, models=["ETS-log"])
    assert tf.choose_reconciliation(bt.forecasts) in ("bottom_up", "ols", "mint")


def test_shrinkage_is_positive_definite_with_more_series_than_samples() -> None:
    e = np.random.default_rng(0).normal(size=(10, 4))
    w = shrunk_covariance(e)
    assert np.all(np.linalg.eigvalsh(w) > 0)


def _two_bottoms() -> tuple[np.ndarray, dict[str, tuple[np.ndarray, np.ndarray]], np.ndarray]:
    # total, A, B; each bottom forecast 100 with 80 % bounds 100 -/+ 1.28 x 10
    base = np.array([[200.0], [100.0], [100.0]])
    lo, hi = 100 - 12.8155, 100 + 12.8155
    bounds = {"80": (np.array([[150.0], [lo], [lo]]), np.array([[250.0], [hi], [hi]]))}
    s = np.array([[1.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
    return base, bounds, s


def test_reconciled_intervals_hand_computed() -> None:
    from trendlib.forecast.reconciliation import reconciled_intervals

    base, bounds, s = _two_bottoms()
    g = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])  # bottom-up
    # independent bottoms: total ~ N(200, 10^2 + 10^2) -> 200 -/+ 1.2816 x 14.14 = [181.9, 218.1]
    ind = reconciled_intervals(base, bounds, s=s, g=g, n_samples=40000, random_state=1)["80"]
    assert 180 <= ind[0][0, 0] <= 182
    assert 218 <= ind[1][0, 0] <= 220
    # perfectly correlated bottoms: the total's bounds are the sums, [174.4, 225.6]
    corr = np.ones((3, 3))
    dep = reconciled_intervals(base, bounds, s=s, g=g, corr=corr, n_samples=40000)["80"]
    assert 173 <= dep[0][0, 0] <= 175
    assert 225 <= dep[1][0, 0] <= 227
    # the base total's own (wide) bounds play no part in bottom-up
    assert dep[1][0, 0] < 250


def test_reconcile_intervals_are_derived_and_deterministic(hier: pd.DataFrame) -> None:
    fc = tf.forecast(hier, h=3, models=["ETS-log"])
    bt = tf.backtest(hier, h=3, n_windows=3, models=["ETS-log"])
    a = tf.reconcile(fc, method="bottom_up", backtest=bt.forecasts)
    b = tf.reconcile(fc, method="bottom_up", backtest=bt.forecasts)
    pd.testing.assert_frame_equal(a, b)  # seeded: same input, same bounds
    # without a backtest (independent parts, no calibration) the bottom-up total's band
    # comes from its parts: never wider than adding the parts' bands up
    c = tf.reconcile(fc, method="bottom_up")
    total = c["unique_id"] == "total"
    width = (c["ETS-log-hi-80"] - c["ETS-log-lo-80"])[total].to_numpy()
    parts = (c["ETS-log-hi-80"] - c["ETS-log-lo-80"])[~total].groupby(c["ds"][~total]).sum()
    assert (width <= parts.to_numpy() + 2).all()
    assert (a["ETS-log-lo-95"] <= a["ETS-log-lo-80"]).all()
    assert (a["ETS-log-hi-80"] <= a["ETS-log-hi-95"]).all()
    with pytest.raises(ParameterError, match="n_samples"):
        tf.reconcile(fc, method="bottom_up", n_samples=10)


def test_level_calibration_hand_computed() -> None:
    from trendlib.forecast.reconciliation import _calibrate

    # backtest of one level (the total only, 20 errors): band [90, 110] around 100, and
    # actuals 100 + 2 x k for k = 1..20 -> score k / 5 (0.2 ... 4.0); 80 %: the
    # ceil(21 * 0.8) = 17th smallest score, 3.4 -> the band is stretched 3.4 times
    past = pd.DataFrame(
        {
            "unique_id": "total",
            "ds": pd.date_range("2024-01", periods=20, freq="MS"),
            "cutoff": pd.Timestamp("2023-12-01"),
            "y": 100 + 2.0 * np.arange(1, 21),
            "m": 100.0,
            "m-lo-80": 90.0,
            "m-hi-80": 110.0,
        }
    )
    now = pd.DataFrame(
        {"unique_id": ["total"], "ds": [pd.Timestamp("2025-09-01")], "m": [50.0]}
    ).assign(**{"m-lo-80": 45.0, "m-hi-80": 60.0})
    out = _calibrate(now, past, ["m"])
    assert out["m-lo-80"].iloc[0] == np.floor(50 - 3.4 * 5)  # 33
    assert out["m-hi-80"].iloc[0] == np.ceil(50 + 3.4 * 10)  # 84
    # fewer than 20 errors at a level: left as derived
    same = _calibrate(now, past.head(19), ["m"])
    assert same["m-lo-80"].iloc[0] == 45.0


def test_reconciled_band_never_narrower_than_base_band(hier: pd.DataFrame) -> None:
    fc = tf.forecast(hier, h=3, models=["ETS-log"])
    bt = tf.backtest(hier, h=3, n_windows=3, models=["ETS-log"])
    rec = tf.reconcile(fc, method="mint", backtest=bt.forecasts)
    assert (rec["unique_id"].to_numpy() == fc["unique_id"].to_numpy()).all()
    for lv in ("80", "95"):
        below = fc["ETS-log"] - fc[f"ETS-log-lo-{lv}"]
        above = fc[f"ETS-log-hi-{lv}"] - fc["ETS-log"]
        # lower bounds are floored at 0 and rounded down, upper bounds rounded up
        assert (rec[f"ETS-log-lo-{lv}"] <= np.maximum(rec["ETS-log"] - below, 0) + 1e-9).all()
        assert (rec[f"ETS-log-hi-{lv}"] >= rec["ETS-log"] + above - 1e-9).all()
