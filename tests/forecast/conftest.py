"""Small synthetic series shared by the forecast tests."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest


def make_series(n_months: int = 48, *, seed: int = 0) -> pd.DataFrame:
    """Three monthly count series with a season, a trend and an intermittent one."""
    rng = np.random.default_rng(seed)
    t = np.arange(n_months)
    ds = pd.date_range("2020-01-01", periods=n_months, freq="MS")
    lam = {
        "r=A": 40 + 20 * np.sin(2 * np.pi * t / 12),
        "r=B": 10 + 0.5 * t,
        "r=C": np.where(t % 5 == 0, 2.0, 0.2),
    }
    return pd.DataFrame(
        [
            {"unique_id": uid, "ds": d, "y": float(v)}
            for uid, rate in lam.items()
            for d, v in zip(ds, rng.poisson(rate), strict=True)
        ]
    )


def add_total(series: pd.DataFrame) -> pd.DataFrame:
    total = series.groupby("ds", as_index=False)["y"].sum().assign(unique_id="total")
    return pd.concat([series, total], ignore_index=True)


@pytest.fixture
def series() -> pd.DataFrame:
    return make_series()


@pytest.fixture
def hier() -> pd.DataFrame:
    """Three bottom series and their total."""
    return add_total(make_series(48))


@pytest.fixture
def series_factory() -> object:
    return make_series
