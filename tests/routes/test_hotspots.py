from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from sklearn.cluster import DBSCAN
from sklearn.metrics import adjusted_rand_score
from sklearn.metrics.pairwise import haversine_distances

from trendlib.errors import DataContractError, NotFittedError, ParameterError
from trendlib.routes import HotspotFinder, find_hotspots
from trendlib.routes import hotspots as hotspots_module
from trendlib.routes._common import EARTH_RADIUS_KM, haversine_km
from trendlib.routes.hotspots import (
    HOTSPOT_ASSIGNMENT_COLUMNS,
    HOTSPOT_COLUMNS,
    SCALE_CELL_KM,
    _lat_lon_order,
    _pairs_within,
    _weighted_dbscan,
    _weighted_kdist_km,
    knee_eps_km,
)


def _cloud(rng, lat, lon, n, sd_km):
    dlat = rng.normal(0, sd_km / 111.2, n)
    dlon = rng.normal(0, sd_km / (111.2 * np.cos(np.radians(lat))), n)
    return lat + dlat, lon + dlon


def _two_clouds(seed=0):
    rng = np.random.default_rng(seed)
    # two clouds 100 km apart (same latitude), plus 3 isolated points far away
    lat_a, lon_a = _cloud(rng, 35.5, 12.0, 30, 5)
    lon_b_centre = 12.0 + 100 / (111.2 * np.cos(np.radians(35.5)))
    lat_b, lon_b = _cloud(rng, 35.5, lon_b_centre, 20, 5)
    lat = np.r_[lat_a, lat_b, 48.0, 10.0, -33.0]
    lon = np.r_[lon_a, lon_b, 2.0, -70.0, 151.0]
    n = len(lat)
    return pd.DataFrame(
        {
            "record_id": pd.array([f"p{i}" for i in range(n)], dtype="string"),
            "event_date": pd.date_range("2023-01-01", periods=n, freq="D"),
            "n_persons": pd.array([2] * n, dtype="Int64"),
            "detection_country": pd.array(
                ["ITA"] * 30 + ["MLT"] * 20 + ["FRA", "COL", "AUS"], dtype="string"
            ),
            "lat": lat,
            "lon": lon,
        }
    )


def test_two_clouds_100km_apart_two_hotspots_and_noise():
    recs = _two_clouds()
    hot = find_hotspots(recs, eps_km=30, min_records=5)
    assert list(hot.assignments.columns) == list(HOTSPOT_ASSIGNMENT_COLUMNS)
    assert list(hot.hotspots.columns) == list(HOTSPOT_COLUMNS)
    labels = hot.assignments["cluster"].to_numpy()
    assert labels.tolist() == [0] * 30 + [1] * 20 + [-1] * 3
    h = hot.hotspots.set_index("cluster")
    assert h.loc[0, "records"] == 30
    assert h.loc[1, "records"] == 20
    assert h.loc[0, "persons"] == 60
    assert h.loc[0, "main_country"] == "ITA"
    assert h.loc[1, "main_country"] == "MLT"
    # centroid within a few km of the planted centre; radius a few sd
    assert haversine_km(h.loc[0, "lat"], h.loc[0, "lon"], 35.5, 12.0) < 5
    assert 5 < h.loc[0, "radius_km"] < 30
    assert h.loc[0, "first_seen"] == pd.Timestamp("2023-01-01")
    assert hot.hotspots["hotspot_id"].str.startswith("HOT-ITA-35N012E").iloc[0]
    assert hot.n_noise == 3
    assert hot.n_unlocated == 0


def test_same_as_plain_dbscan_on_points():
    recs = _two_clouds(seed=3)
    hot = find_hotspots(recs, eps_km=30, min_records=5, cell_km=0.5)
    plain = DBSCAN(eps=30 / EARTH_RADIUS_KM, min_samples=5, metric="haversine").fit_predict(
        np.radians(recs[["lat", "lon"]].to_numpy())
    )
    assert adjusted_rand_score(plain, hot.assignments["cluster"]) == pytest.approx(1.0)


def test_default_min_records_grows_with_data():
    recs = _two_clouds()
    assert HotspotFinder().fit(recs).min_records_ == 5
    big = pd.DataFrame({"record_id": [f"r{i}" for i in range(40000)], "lat": 0.0, "lon": 0.0})
    assert HotspotFinder().fit(big).min_records_ == 20


def test_missing_coordinates_unassigned_not_dropped():
    recs = _two_clouds()
    recs.loc[[0, 1], "lat"] = np.nan
    recs.loc[2, "lon"] = 500.0  # out of range: not a location
    hot = find_hotspots(recs, eps_km=30, min_records=5)
    assert len(hot.assignments) == len(recs)
    assert hot.assignments["cluster"].iloc[:3].tolist() == [-1, -1, -1]
    assert hot.n_unlocated == 3
    assert hot.hotspots["records"].sum() + hot.n_noise + hot.n_unlocated == len(recs)


def test_no_coordinates_at_all():
    recs = _two_clouds().assign(lat=np.nan, lon=np.nan)
    hot = find_hotspots(recs)
    assert hot.hotspots.empty
    assert list(hot.hotspots.columns) == list(HOTSPOT_COLUMNS)
    assert (hot.assignments["cluster"] == -1).all()
    assert hot.n_unlocated == len(recs)


def test_no_coordinate_columns_is_a_clear_error():
    with pytest.raises(DataContractError, match="'lat' and 'lon'"):
        find_hotspots(pd.DataFrame({"record_id": ["a"]}))


def test_empty_and_one_record():
    empty = _two_clouds().iloc[:0]
    hot = find_hotspots(empty)
    assert hot.assignments.empty
    assert hot.hotspots.empty
    one = find_hotspots(_two_clouds().iloc[:1])
    assert one.assignments["cluster"].tolist() == [-1]
    assert one.hotspots.empty


def test_all_points_identical():
    recs = pd.DataFrame({"record_id": [f"r{i}" for i in range(50)], "lat": 36.0, "lon": 14.0})
    hot = find_hotspots(recs)
    assert (hot.assignments["cluster"] == 0).all()
    assert hot.hotspots["radius_km"].iloc[0] == pytest.approx(0.0, abs=1e-6)
    assert hot.hotspots["hotspot_id"].iloc[0] == "HOT-36N014E"


def test_antimeridian():
    recs = pd.DataFrame(
        {
            "record_id": [f"r{i}" for i in range(10)],
            "lat": [-17.0] * 10,
            "lon": [179.95, -179.95] * 5,
        }
    )
    hot = find_hotspots(recs, eps_km=20, min_records=5)
    assert (hot.assignments["cluster"] == 0).all()
    assert abs(hot.hotspots["lon"].iloc[0]) > 179.9


def test_ids_stable_when_data_grow():
    recs = _two_clouds()
    before = find_hotspots(recs, eps_km=30, min_records=5)
    rng = np.random.default_rng(9)
    lat, lon = _cloud(rng, 39.2, 26.3, 80, 5)  # a new, larger hotspot (Lesbos)
    extra = pd.DataFrame(
        {
            "record_id": [f"x{i}" for i in range(80)],
            "lat": lat,
            "lon": lon,
            "detection_country": "GRC",
        }
    )
    after = find_hotspots(pd.concat([recs, extra], ignore_index=True), eps_km=30, min_records=5)
    assert set(before.hotspots["hotspot_id"]) <= set(after.hotspots["hotspot_id"])
    assert after.hotspots["hotspot_id"].iloc[0].startswith("HOT-GRC-39N026E")


def test_input_not_modified():
    recs = _two_clouds()
    copy = recs.copy(deep=True)
    find_hotspots(recs, eps_km=30)
    pd.testing.assert_frame_equal(recs, copy)


@pytest.mark.parametrize(
    "kw", [{"eps_km": 0}, {"eps_km": -5}, {"min_records": 0}, {"cell_km": 0}, {"min_share": 2}]
)
def test_bad_parameters(kw):
    with pytest.raises(ParameterError):
        find_hotspots(_two_clouds(), **kw)


def test_not_fitted():
    with pytest.raises(NotFittedError):
        _ = HotspotFinder().n_hotspots_


# --- data-driven radius (knee of the sorted k-distance curve) ------------------------


def _scaled_regions(scale: float, seed: int = 0) -> pd.DataFrame:
    """Three dense places (sd 10 km x scale) 600 km x scale apart + 30 scattered points."""
    rng = np.random.default_rng(seed)
    lat, lon = [], []
    for k, n in enumerate((300, 200, 100)):
        dlon = k * 600 * scale / (111.2 * np.cos(np.radians(40.0)))
        la, lo = _cloud(rng, 40.0, 10.0 + dlon, n, 10 * scale)
        lat.append(la)
        lon.append(lo)
    lat.append(rng.uniform(-40, 60, 30))
    lon.append(rng.uniform(-120, 140, 30))
    la, lo = np.concatenate(lat), np.concatenate(lon)
    return pd.DataFrame({"record_id": [f"r{i}" for i in range(len(la))], "lat": la, "lon": lo})


@pytest.mark.parametrize("scale", [0.5, 1.0, 3.0])
def test_default_eps_from_data_finds_the_planted_places(scale):
    recs = _scaled_regions(scale)
    hot = find_hotspots(recs)
    labels = hot.assignments["cluster"].to_numpy()
    truth = np.r_[np.zeros(300), np.ones(200), np.full(100, 2)]
    assert adjusted_rand_score(truth, labels[:600]) > 0.95
    assert len(hot.hotspots) == 3
    # the radius follows the data: between the spread of a place and the gap between them
    assert 10 * scale <= hot.eps_km < 300 * scale
    assert hot.min_records == 5


def test_default_eps_scales_with_the_data():
    small = find_hotspots(_scaled_regions(0.5)).eps_km
    large = find_hotspots(_scaled_regions(3.0)).eps_km
    assert 3 < large / small < 9  # geometry x6


def test_knee_eps_km_matches_finder_and_is_deterministic():
    recs = _scaled_regions(1.0)
    finder = HotspotFinder().fit(recs)
    eps = knee_eps_km(recs["lat"].to_numpy(), recs["lon"].to_numpy(), k=finder.min_records_)
    assert finder.eps_km_ == eps == finder.result_.eps_km
    assert HotspotFinder().fit(recs.iloc[::-1]).eps_km_ == pytest.approx(eps)


def test_given_eps_is_used_as_is():
    recs = _scaled_regions(1.0)
    hot = find_hotspots(recs, eps_km=42.0, min_records=7)
    assert hot.eps_km == 42.0
    assert hot.min_records == 7


def test_identical_points_radius_is_the_scale_resolution():
    recs = pd.DataFrame({"record_id": [f"r{i}" for i in range(50)], "lat": 36.0, "lon": 14.0})
    hot = find_hotspots(recs)
    assert hot.eps_km == SCALE_CELL_KM
    assert (hot.assignments["cluster"] == 0).all()


def test_fewer_records_than_min_records_no_radius_all_noise():
    recs = _two_clouds().iloc[:4]
    hot = find_hotspots(recs)
    assert np.isnan(hot.eps_km)
    assert hot.min_records == 5
    assert hot.hotspots.empty
    assert (hot.assignments["cluster"] == -1).all()
    assert hot.n_noise == 4
    assert np.isnan(knee_eps_km(np.zeros(3), np.zeros(3), k=5))


@pytest.mark.parametrize(
    ("lat", "lon", "k", "error", "match"),
    [
        ([36.0, 37.0], [14.0], 1, DataContractError, "one value per point"),
        ([36.0, np.nan], [14.0, 15.0], 1, DataContractError, "position 1"),
        ([136.0, 36.0], [14.0, 15.0], 1, DataContractError, "position 0"),
        ([36.0, 37.0], [14.0, 15.0], 0, ParameterError, "k must be"),
        ([36.0, 37.0], [14.0, 15.0], 2.5, ParameterError, "k must be"),
    ],
)
def test_knee_eps_km_bad_input_is_a_clear_error(lat, lon, k, error, match):
    with pytest.raises(error, match=match):
        knee_eps_km(np.array(lat), np.array(lon), k=k)


# --- the DBSCAN step: same labels as scikit-learn's DBSCAN(metric="haversine") --------


def _sklearn_labels(lat, lon, weight, eps_km, min_weight):
    return (
        DBSCAN(
            eps=eps_km / EARTH_RADIUS_KM,
            min_samples=min_weight,
            metric="haversine",
            algorithm="ball_tree",
        )
        .fit(np.radians(np.c_[lat, lon]), sample_weight=weight)
        .labels_
    )


def test_weighted_dbscan_hand_computed_border_and_numbering():
    # on the equator, 1 degree = 111.2 km; eps 10 km, min_weight 4
    # C: c2 (lon 0.21, w 3), c1 (lon 0.16, w 1): totals 4 and 5 -> both cores
    # b (lon 0.08, w 1): 8.9 km from c1 and from a1, total 3 -> border of both clusters
    # A: a1 (lon 0.00, w 1), a2 (lon -0.05, w 3): totals 5 and 4 -> both cores
    # far (lat 10): alone, weight 1 -> noise
    lon = {"c2": 0.21, "c1": 0.16, "b": 0.08, "a1": 0.0, "a2": -0.05, "far": 0.0}
    w = {"c2": 3, "c1": 1, "b": 1, "a1": 1, "a2": 3, "far": 1}
    for names, expected in [
        # C holds the lowest-index core: C is cluster 0 and takes the border point
        (["c2", "c1", "b", "a1", "a2", "far"], [0, 0, 0, 1, 1, -1]),
        # A holds the lowest-index core: A is cluster 0 and takes the border point
        (["a1", "b", "c2", "c1", "a2", "far"], [0, 0, 1, 1, 0, -1]),
    ]:
        la = np.array([10.0 if n == "far" else 0.0 for n in names])
        lo = np.array([lon[n] for n in names])
        wt = np.array([w[n] for n in names])
        got = _weighted_dbscan(la, lo, wt, eps_km=10.0, min_weight=4)
        assert got.tolist() == expected
        assert got.tolist() == _sklearn_labels(la, lo, wt, 10.0, 4).tolist()


@pytest.mark.parametrize("slab", [1, 3, 50, 8192])
@pytest.mark.parametrize("seed", range(6))
def test_weighted_dbscan_equals_sklearn_on_random_weighted_points(monkeypatch, seed, slab):
    # small slabs exercise the latitude-slab split of the pair search on small data
    monkeypatch.setattr(hotspots_module, "_SLAB_CELLS", slab)
    rng = np.random.default_rng(seed)
    n = 300
    k = 4
    centre = rng.integers(0, k, n)
    lat = np.clip(rng.uniform(-85, 85, k)[centre] + rng.normal(0, 1.0, n), -90, 90)
    lon = (rng.uniform(-180, 180, k)[centre] + rng.normal(0, 1.0, n) + 180) % 360 - 180
    lat[:60] = np.degrees(np.arcsin(rng.uniform(-1, 1, 60)))  # scattered points
    lon[:60] = rng.uniform(-180, 180, 60)
    lat[60:70], lon[60:70] = -17.0, np.r_[[179.95, -179.95] * 5]  # across the antimeridian
    lat[70:75], lon[70:75] = 89.9, rng.uniform(-180, 180, 5)  # near the pole
    weight = rng.integers(1, 8, n)
    for eps_km, min_weight in [(30.0, 10), (120.0, 25), (400.0, 60), (5000.0, 500)]:
        got = _weighted_dbscan(lat, lon, weight, eps_km=eps_km, min_weight=min_weight)
        assert got.dtype == np.int64
        np.testing.assert_array_equal(got, _sklearn_labels(lat, lon, weight, eps_km, min_weight))


def test_weighted_dbscan_pairs_exactly_at_eps_decided_as_sklearn():
    # a lattice on the equator: every neighbour pair lies exactly one step apart, so
    # whether it is within eps is decided by rounding (the haversine test near eps)
    lon = np.arange(-3.0, 3.0, 0.25)
    lat = np.zeros(len(lon))
    for eps_km in (0.25 * math.pi / 180 * EARTH_RADIUS_KM, 27.8, 27.79, 55.597):
        for min_weight in (2, 3, 4):
            got = _weighted_dbscan(
                lat, lon, np.ones(len(lon), dtype=np.int64), eps_km=eps_km, min_weight=min_weight
            )
            ref = _sklearn_labels(lat, lon, np.ones(len(lon)), eps_km, min_weight)
            np.testing.assert_array_equal(got, ref)


def test_weighted_dbscan_degenerate_inputs():
    one = _weighted_dbscan(np.array([1.0]), np.array([2.0]), np.array([5]), eps_km=1, min_weight=5)
    assert one.tolist() == [0]
    assert _weighted_dbscan(
        np.array([1.0]), np.array([2.0]), np.array([4]), eps_km=1, min_weight=5
    ).tolist() == [-1]
    # a radius beyond half the circumference links everything
    lat, lon = np.array([0.0, 0.0, 60.0]), np.array([0.0, 180.0, 90.0])
    labels = _weighted_dbscan(lat, lon, np.ones(3, dtype=np.int64), eps_km=30_000, min_weight=3)
    assert labels.tolist() == [0, 0, 0]


@pytest.mark.parametrize("slab", [1, 4, 8192])
def test_pairs_within_lists_every_pair_once(monkeypatch, slab):
    monkeypatch.setattr(hotspots_module, "_SLAB_CELLS", slab)
    rng = np.random.default_rng(3)
    lat = np.r_[rng.uniform(-90, 90, 150), np.full(5, 90.0), np.full(5, -17.0)]
    lon = np.r_[rng.uniform(-180, 180, 150), rng.uniform(-180, 180, 5), [179.9, -179.9] * 2, 0]
    phi, lam = np.radians(lat), np.radians(lon)
    for eps_km in (500.0, 3000.0, 25_000.0):
        theta = eps_km / EARTH_RADIUS_KM
        got = [
            (min(a, b), max(a, b))
            for i, j in _pairs_within(phi, lam, theta)
            for a, b in zip(i.tolist(), j.tolist(), strict=True)
        ]
        assert len(got) == len(set(got))  # no pair twice, no self pair
        assert all(a != b for a, b in got)
        d = haversine_distances(np.c_[phi, lam])
        want = {(a, b) for a, b in zip(*np.nonzero(d <= min(theta, math.pi)), strict=True) if a < b}
        assert set(got) == want


def test_lat_lon_order_is_lexsort():
    rng = np.random.default_rng(0)
    lat = np.round(rng.uniform(-5, 5, 5000), 1)  # many ties in latitude
    lon = np.round(rng.uniform(-5, 5, 5000), 1)  # and in both coordinates
    lat[:10] = [0.0, -0.0, 0.0, -0.0, 1.0, 1.0, 1.0, -90.0, 90.0, 0.0]
    lon[:10] = [-0.0, 0.0, 0.0, -0.0, 2.0, 1.0, 2.0, 180.0, -180.0, 0.0]
    np.testing.assert_array_equal(_lat_lon_order(lat, lon), np.lexsort((lon, lat)))


@pytest.mark.parametrize("k", [1, 3, 16, 50, 64, 65, 300])
def test_weighted_kdist_matches_brute_force(k):
    rng = np.random.default_rng(k)
    n = 400
    lat = np.r_[rng.normal(40, 0.5, n // 2), rng.uniform(-60, 60, n // 2)]
    lon = np.r_[rng.normal(10, 0.5, n // 2), rng.uniform(-170, 170, n // 2)]
    w = rng.integers(1, 6, n).astype(float)
    got = _weighted_kdist_km(lat, lon, w, k)
    d = haversine_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
    order = np.argsort(d, axis=1, kind="stable")
    cw = np.cumsum(w[order], axis=1)
    want = np.take_along_axis(d, order, axis=1)[np.arange(n), np.argmax(cw >= k, axis=1)]
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-6)
    assert _weighted_kdist_km(lat[:3], lon[:3], np.ones(3), 5).tolist() == [np.inf] * 3
