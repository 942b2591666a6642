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
