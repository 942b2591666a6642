"""Disclosure control of the analytic sections: series, forecasts, corridors, MSE text."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from trendlib.config import StrategicParams
from trendlib.errors import InputFileNotFoundError
from trendlib.reports._redact import redact_parameters
from trendlib.viz import findings, tables


def _series(parts: dict[str, list[float]], start: str = "2023-01-01") -> pd.DataFrame:
    n = len(next(iter(parts.values())))
    ds = pd.date_range(start, periods=n, freq="MS")
    total = np.sum([np.asarray(v, dtype=float) for v in parts.values()], axis=0)
    frames = [pd.DataFrame({"unique_id": "total", "ds": ds, "y": total})]
    frames += [
        pd.DataFrame({"unique_id": k, "ds": ds, "y": np.asarray(v, float)})
        for k, v in parts.items()
    ]
    return pd.concat(frames, ignore_index=True)


def _lines_safe(pub: pd.DataFrame, lines: list[pd.Series]) -> None:
    """No line has exactly one hidden cell."""
    for line in lines:
        assert int(line.sum()) != 1, line


def test_suppress_series_hides_small_months_and_protects_every_published_sum() -> None:
    ser = _series(
        {
            "crime_type=smuggling": [120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 220, 230],
            "crime_type=trafficking": [20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42],
            "crime_type=both": [3, 9, 9, 9, 9, 9, 9, 0, 9, 9, 9, 9],
        }
    )
    pub = tables.suppress_series(ser, threshold=5, periods=("quarter", "year"))
    assert len(pub) == len(ser)
    hidden = pub.pivot(index="ds", columns="unique_id", values="hidden")
    # primary: the small months (zero included)
    assert hidden.loc["2023-01-01", "crime_type=both"]
    assert hidden.loc["2023-08-01", "crime_type=both"]
    # each month across the parts and the total
    _lines_safe(pub, [row for _, row in hidden.iterrows()])
    # each series within each quarter and the year
    for _, col in hidden.items():
        quarters = pd.DatetimeIndex(col.index).to_period("Q")
        _lines_safe(pub, [g for _, g in col.groupby(quarters)])
        _lines_safe(pub, [col])
    # the total is the last resort
    assert not hidden["total"].any()
    # hidden = not drawn
    assert pub.loc[pub["hidden"], "y"].isna().all()
    assert (pub.loc[~pub["hidden"], "y"] >= 5).all()


def test_suppress_series_hides_more_when_the_hidden_cells_add_up_to_a_small_count() -> None:
    ser = _series({"a": [3.0, 50.0], "b": [0.0, 60.0], "c": [50.0, 70.0], "d": [60.0, 80.0]})
    pub = tables.suppress_series(ser, threshold=5, periods=())
    first = pub[pub["ds"] == pub["ds"].min()].set_index("unique_id")["hidden"]
    # 3 and 0 hidden: total - visible would give 3, so a third cell goes too
    assert first[["a", "b"]].all()
    assert int(first.sum()) == 3
    assert not first["total"]


def test_suppress_series_protects_windows_and_can_skip_the_cross_lines() -> None:
    ser = _series({"a": [50, 50, 50, 3, 50, 50], "b": [60, 60, 60, 60, 60, 60]})
    ser = ser[ser["unique_id"] != "total"]
    pub = tables.suppress_series(
        ser, threshold=5, across=False, periods=(), windows=[("2023-03-01", "2023-05-01")]
    )
    hidden = pub.pivot(index="ds", columns="unique_id", values="hidden")
    assert int(hidden["a"].sum()) == 2  # the small month and one more in the window
    assert hidden.loc["2023-03-01":"2023-05-01", "a"].sum() == 2
    assert not hidden["b"].any()  # across=False: no per-month line across series


def test_publish_forecast_never_draws_a_small_value() -> None:
    fc = pd.DataFrame(
        {
            "unique_id": "a",
            "ds": pd.date_range("2025-01-01", periods=3, freq="MS"),
            "auto": [3.2, 7.0, 0.4],
            "auto-lo-80": [1.0, 4.9, 0.0],
            "auto-hi-80": [4.0, 12.0, 2.0],
        }
    )
    out = tables.publish_forecast(fc, threshold=5)
    values = out[["auto", "auto-lo-80", "auto-hi-80"]].to_numpy().ravel()
    assert all(np.isnan(v) or v == 0 or v >= 5 for v in values)
    assert out["auto"].tolist()[1] == 7.0
    assert fc["auto"].iloc[0] == 3.2  # input not modified


def test_publish_emerging_shows_no_mean_of_small_counts() -> None:
    emg = pd.DataFrame(
        {
            "label": ["A → B (sea)", "C → D (land)", "E → F (air)"],
            "regional_route": ["Central Mediterranean", None, "x"],
            "status": ["intensifying", "new", "persistent"],
            "recent_mean": [40.0, 0.5, 10.0],
            "baseline_mean": [20.0, 0.0, 10.0],
            "sen_slope": [6.4, 0.2, 0.0],
            "p_value": [0.004, 0.3, 0.9],
        }
    )
    out = tables.publish_emerging(emg, threshold=5)
    assert list(out.index) == ["A → B (sea)", "C → D (land)"]  # persistent not listed
    assert out.loc["A → B (sea)", "recent vs before"] == "×2.0"
    assert out.loc["C → D (land)", "recent vs before"] == "n/a (small counts)"
    assert out.loc["C → D (land)", "Sen's slope per month"] == "under 5"
    assert "0.5" not in out.to_string()
    assert "0.2" not in out.to_string()


def _mse(**kw: object) -> SimpleNamespace:
    base = dict(
        estimate=11312.99, ci_low=9907.8, ci_high=13063.8, observed=2744,
        lists=("LA", "NG", "PFNCA", "GO", "GP"), terms=("LA:NG", "NG:GP"), level=0.95,
        ci_method="profile",
    )  # fmt: skip
    base.update(kw)
    return SimpleNamespace(**base)


def test_hidden_victims_text_rounds_and_states_the_assumptions() -> None:
    text = findings.hidden_victims_markdown(_mse(), threshold=5)
    assert "About 11,300 victims" in text
    assert "95 % interval 9,900 to 13,100" in text
    assert "5 lists" in text
    assert "LA × NG" in text
    for words in ("Closed population", "pairwise", "heterogeneity", "linked", "detectable"):
        assert words.lower() in text.lower()
    small = findings.hidden_victims_markdown(
        _mse(estimate=9.4, ci_low=4.1, ci_high=17.2, observed=3, terms=()), threshold=5
    )
    assert "<5 were seen" in small
    assert not re.search(r"(?<![\d,])[1-4](?![\d,])", small.split("**What")[0].replace("<5", ""))


def test_capture_parameter_is_checked_resolved_and_redacted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "lists.csv"
    f.write_text("A,B,count\n1,0,60\n0,1,40\n1,1,20\n")
    monkeypatch.chdir(tmp_path)
    p = StrategicParams.from_mapping({"capture": "lists.csv"})
    assert p.capture == str(f.resolve())  # absolute: the kernel runs in another folder
    assert StrategicParams().capture is None
    assert redact_parameters(p.to_papermill())["capture"] == "<redacted path: lists.csv>"
    with pytest.raises(InputFileNotFoundError, match="capture file"):
        StrategicParams.from_mapping({"capture": "missing.csv"})
