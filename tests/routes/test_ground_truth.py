"""Accuracy on ground truth: synthetic corridors (trendlib.samples) and IOM's real route labels."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score

from trendlib.routes import cluster_routes, emerging_routes, find_hotspots

samples = pytest.importorskip("trendlib.samples")


@pytest.fixture(scope="module")
def truth() -> pd.DataFrame:
    return samples.make_truth(seed=0).rename(columns={"event_id": "record_id"})


def test_corridors_match_synthetic_truth(truth):
    res = cluster_routes(truth)
    assert adjusted_rand_score(truth["corridor"], res.assignments["cluster"]) >= 0.9


def test_planted_emerging_and_declining_corridors(truth):
    res = cluster_routes(truth)
    status = emerging_routes(truth, clusters=res).set_index("corridor_id")["status"]
    corridor_of = pd.Series(
        res.assignments["corridor_id"].to_numpy(), index=truth["corridor"].to_numpy()
    )
    # the corridor holding most of each planted flow
    emerging = corridor_of.loc["blr_pol"].mode().iloc[0]
    declining = corridor_of.loc["wbal"].mode().iloc[0]
    assert status[emerging] in {"new", "intensifying"}
    assert status[declining] == "diminishing"


def _iom(real_data) -> pd.DataFrame:
    path = real_data / "iom_mmp" / "mmp_incidents_2014-01_2025-04.csv"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    raw = pd.read_csv(path, usecols=["Main ID", "Incident Date", "Coordinates", "Migration Route"])
    latlon = raw["Coordinates"].str.split(",", n=1, expand=True)
    return pd.DataFrame(
        {
            "record_id": raw["Main ID"].astype("string"),
            "event_date": pd.to_datetime(raw["Incident Date"], errors="coerce"),
            "lat": pd.to_numeric(latlon[0].str.strip(), errors="coerce"),
            "lon": pd.to_numeric(latlon[1].str.strip(), errors="coerce"),
            "route": raw["Migration Route"],
        }
    )


@pytest.mark.realdata
def test_iom_hotspots_default_parameters_recover_route_labels(real_data):
    """Defaults (eps chosen from the coordinates, no label seen) vs IOM's `Migration Route`.

    Scored on incidents with exactly one IOM route label (unlabelled and two-route
    rows are left out of the score, not of the clustering); DBSCAN noise counts as
    one more predicted cluster (label -1), i.e. it is penalised, not hidden.
    Measured 2026-11-28: eps 177 km, AMI 0.815, ARI 0.783. The issue's target (AMI
    >= 0.85 without tuning) is NOT met: these bounds guard the measured level; only a
    fixed eps of 150 km, picked on these very labels, reaches 0.866 (RESULTS.md).
    """
    iom = _iom(real_data)
    hot = find_hotspots(iom[["record_id", "event_date", "lat", "lon"]])
    labelled = (iom["route"].notna() & ~iom["route"].fillna("").str.contains(",")).to_numpy()
    y = iom.loc[labelled, "route"].to_numpy()
    pred = hot.assignments["cluster"].to_numpy()[labelled]
    assert 100 < hot.eps_km < 300  # regional scale, found without labels
    assert hot.min_records == 10
    assert adjusted_mutual_info_score(y, pred) >= 0.80
    assert adjusted_rand_score(y, pred) >= 0.75
    assert np.mean(pred == -1) < 0.1


@pytest.mark.realdata
def test_iom_gdi_hotspots_default_parameters_recover_coarse_routes(real_data):
    """Same defaults vs IOM-GDI's coarser `route` grouping ("Undefined" not scored).

    Measured 2026-11-28: eps 162 km, AMI 0.766, ARI 0.759 (fixed 150 km: 0.814, 0.847).
    """
    path = real_data / "iom_mmp" / "mmp_gdidata_recoded_2014-01_2025-04.csv"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    gdi = pd.read_csv(path, usecols=["t", "lat", "lon", "route"])
    recs = pd.DataFrame(
        {
            "record_id": pd.array([f"g{i}" for i in range(len(gdi))], dtype="string"),
            "event_date": pd.to_datetime(gdi["t"], errors="coerce"),
            "lat": pd.to_numeric(gdi["lat"], errors="coerce"),
            "lon": pd.to_numeric(gdi["lon"], errors="coerce"),
        }
    )
    hot = find_hotspots(recs)
    scored = (gdi["route"].notna() & (gdi["route"] != "Undefined")).to_numpy()
    y = gdi.loc[scored, "route"].to_numpy()
    pred = hot.assignments["cluster"].to_numpy()[scored]
    assert 100 < hot.eps_km < 300
    assert adjusted_mutual_info_score(y, pred) >= 0.74
    assert adjusted_rand_score(y, pred) >= 0.72
    assert np.mean(pred == -1) < 0.1
