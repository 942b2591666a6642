from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy.stats import kendalltau

from trendlib.errors import ParameterError
from trendlib.routes import (
    STATUSES,
    classify_trends,
    cluster_routes,
    cluster_series,
    emerging_hotspots,
    emerging_routes,
    mann_kendall,
)
from trendlib.routes.emerging import TREND_COLUMNS

MONTHS = pd.date_range("2022-01-01", periods=36, freq="MS")


def _series(shapes: dict[str, list[float]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "unique_id": np.repeat(list(shapes), len(MONTHS)),
            "ds": list(MONTHS) * len(shapes),
            "y": np.concatenate([np.zeros(0), *[np.asarray(v, float) for v in shapes.values()]]),
        }
    )


def test_mann_kendall_matches_hand_and_scipy():
    y = np.array([3.0, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8])
    res = mann_kendall(y)
    s = sum(np.sign(y[j] - y[i]) for i in range(len(y)) for j in range(i + 1, len(y)))
    assert res["s"].iloc[0] == s
    # tau-a here; scipy's tau-b differs only by the ties correction of the denominator
    tau_b, _ = kendalltau(np.arange(len(y)), y)
    assert np.sign(res["tau"].iloc[0]) == np.sign(tau_b)
    slopes = [(y[j] - y[i]) / (j - i) for i in range(len(y)) for j in range(i + 1, len(y))]
    assert res["sen_slope"].iloc[0] == pytest.approx(np.median(slopes))
    # tie-corrected variance: n=12, ties 1x2, 5x3, 3x2
    n = 12
    var = (n * (n - 1) * (2 * n + 5) - 2 * (2 * 1 * 9) - (3 * 2 * 11)) / 18
    assert res["var_s"].iloc[0] == pytest.approx(var)


def test_mann_kendall_vectorised_rows_and_start():
    rows = np.array([[0, 0, 0, 1, 2, 3, 4.0], [5, 4, 3, 2, 1, 0, 0.0]])
    res = mann_kendall(rows, start=np.array([3, 0]))
    single = mann_kendall(rows[0, 3:])
    assert res["s"].iloc[0] == single["s"].iloc[0] == 6
    assert res["n"].tolist() == [4, 7]
    assert res["z"].iloc[1] < 0


def test_statuses():
    rng = np.random.default_rng(0)
    steady = rng.poisson(20, 36)
    shapes = {
        "new": [0] * 32 + [3, 5, 8, 9],
        "tripled": [*rng.poisson(5, 30), 18, 20, 17, 19, 21, 22],
        "rising": list(np.linspace(5, 40, 36).round()),
        "shrinking": list(np.linspace(40, 4, 36).round()),
        "steady": list(steady),
        "stopped": list(rng.poisson(8, 20)) + [0] * 16,
        "on_off": [3, 0, 0, 4, 0, 0, 0, 5, 0, 0, 2, 0] * 3,
        "tiny": [0] * 10 + [1] + [0] * 25,
    }
    out = classify_trends(_series(shapes)).set_index("unique_id")
    assert list(out.columns) == list(TREND_COLUMNS)
    assert set(out["status"]) <= set(STATUSES)
    assert out.loc["new", "status"] == "new"
    assert out.loc["tripled", "status"] == "intensifying"
    assert out.loc["rising", "status"] == "intensifying"
    assert out.loc["shrinking", "status"] == "diminishing"
    assert out.loc["steady", "status"] == "persistent"
    assert out.loc["stopped", "status"] == "historical"
    assert out.loc["on_off", "status"] == "sporadic"
    assert out.loc["tiny", "status"] == "no_pattern"
    assert out.loc["new", "first_active"] == MONTHS[32]
    assert out.loc["rising", "sen_slope"] == pytest.approx(1.0, abs=0.05)


def test_classify_empty_and_bad_params():
    empty = classify_trends(_series({}).iloc[:0])
    assert empty.empty
    assert list(empty.columns) == ["unique_id", *TREND_COLUMNS]
    with pytest.raises(ParameterError):
        classify_trends(_series({"a": [1] * 36}), recent=0)
    with pytest.raises(ParameterError):
        classify_trends(_series({"a": [1] * 36}), alpha=0)


def _flows() -> pd.DataFrame:
    rows = []
    for i, month in enumerate(MONTHS):
        rows += [("LBY", "ITA", "sea", month)] * 10  # persistent
        rows += [("TUR", "GRC", "sea", month)] * max(0, 20 - i // 2)  # shrinking
        if i >= 32:
            rows += [("BLR", "POL", "land", month)] * (i - 28)  # appears
    frame = pd.DataFrame(
        rows, columns=["origin_country", "destination_country", "transport_mode", "event_date"]
    )
    frame.insert(0, "record_id", [f"r{i}" for i in range(len(frame))])
    return frame


def test_emerging_routes_surface_new_and_diminishing():
    recs = _flows()
    copy = recs.copy(deep=True)
    out = emerging_routes(recs).set_index("corridor_id")
    pd.testing.assert_frame_equal(recs, copy)
    assert out.loc["COR-BLR-POL-land", "status"] == "new"
    assert out.loc["COR-TUR-GRC-sea", "status"] == "diminishing"
    assert out.loc["COR-LBY-ITA-sea", "status"] == "persistent"
    assert out.loc["COR-LBY-ITA-sea", "regional_route"] == "Central Mediterranean"
    # most urgent first
    assert emerging_routes(recs)["status"].iloc[0] == "new"


def test_emerging_routes_reuses_clusters_and_end_extends_grid():
    recs = _flows()
    clusters = cluster_routes(recs)
    late = emerging_routes(recs, clusters=clusters, end="2026-12-01").set_index("corridor_id")
    assert (late["status"] == "historical").all()
    series = cluster_series(recs, clusters.assignments, end="2026-12-01")
    assert series["ds"].max() == pd.Timestamp("2026-12-01")
    assert series.groupby("unique_id").size().nunique() == 1  # same grid for every corridor


def test_cluster_series_weight_persons_and_bad_weight():
    recs = _flows().iloc[:20].assign(n_persons=pd.array([3] * 20, dtype="Int64"))
    clusters = cluster_routes(recs)
    s = cluster_series(recs, clusters.assignments, weight="persons")
    assert s["y"].sum() == 60
    with pytest.raises(ParameterError):
        cluster_series(recs, clusters.assignments, weight="people")  # type: ignore[arg-type]


def test_emerging_on_empty_records():
    recs = _flows().iloc[:0]
    out = emerging_routes(recs)
    assert out.empty
    assert "status" in out.columns


def test_emerging_hotspots():
    recs = _flows()
    recs["lat"] = np.where(recs["origin_country"] == "BLR", 53.5, 35.5)
    recs["lon"] = np.where(recs["origin_country"] == "BLR", 23.6, 12.6)
    out = emerging_hotspots(recs).set_index("hotspot_id")
    assert out.loc["HOT-53N023E", "status"] == "new"
    assert out.loc["HOT-35N012E", "status"] in {"persistent", "diminishing"}
