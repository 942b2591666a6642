"""On real Frontex data (internal only, read in place): auto beats SeasonalNaive by route."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import trendlib.forecast as tf
from trendlib.series import to_series


@pytest.mark.realdata
def test_auto_beats_seasonal_naive_on_frontex_routes(real_data: Path) -> None:
    path = real_data / "frontex_ibc" / "frontex_ibc_monthly_route_nat_2009-01_2025-04.csv"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    raw = pd.read_csv(path)
    records = pd.DataFrame(
        {
            "source": "frontex",
            "event_date": pd.to_datetime(raw["month"]),
            "date_precision": "month",
            "n_persons": raw["n"].astype("Int64"),
            "route_label": raw["route"],
        }
    )
    ser = to_series(records, by=["route_label"], hierarchy=False)
    bt = tf.backtest(ser, h=6, n_windows=4, models=["auto", "SeasonalNaive"])
    mase = bt.summary().loc["mase"]
    assert mase["auto"] < 0.9 * mase["SeasonalNaive"]
    cov = bt.summary().loc["coverage-80", "auto"]
    assert 0.65 <= cov <= 0.95
