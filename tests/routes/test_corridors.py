from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from trendlib.errors import DataContractError, ParameterError, TrendlibError
from trendlib.routes import RouteClusterer, cluster_routes, name_route, route_table
from trendlib.routes import corridors as corridors_module
from trendlib.routes.corridors import ASSIGNMENT_COLUMNS, CORRIDOR_COLUMNS


def _records(
    rows: list[tuple[str | None, str | None, str | None, str | None, str, int]],
) -> pd.DataFrame:
    """rows: (origin, transit, detection, destination, mode, n_records) -> record frame."""
    out = []
    for origin, transit, det, dest, mode, n in rows:
        out.extend([(origin, transit, det, dest, mode)] * n)
    frame = pd.DataFrame(
        out,
        columns=[
            "origin_country",
            "transit_countries",
            "detection_country",
            "destination_country",
            "transport_mode",
        ],
    )
    for c in frame.columns:
        frame[c] = frame[c].astype("string")
    frame.insert(0, "record_id", pd.array([f"r{i:04d}" for i in range(len(frame))], dtype="string"))
    frame["n_persons"] = pd.array(np.arange(len(frame)) % 5 + 1, dtype="Int64")
    frame["event_date"] = pd.date_range("2022-01-01", periods=len(frame), freq="D")
    return frame


def test_three_routes_two_corridors():
    # two Central-Med variants share the LBY -> ITA crossing by sea; the Balkan land route differs
    recs = _records(
        [
            ("NGA", "NER|LBY", "ITA", "ITA", "sea", 6),
            ("ERI", "SDN|LBY", "ITA", "ITA", "sea", 4),
            ("AFG", "TUR|BGR|SRB", "HRV", "DEU", "land", 5),
        ]
    )
    res = cluster_routes(recs)
    assert list(res.assignments.columns) == list(ASSIGNMENT_COLUMNS)
    assert list(res.corridors.columns) == list(CORRIDOR_COLUMNS)
    assert len(res.corridors) == 2
    cor = res.corridors.set_index("corridor_id")
    assert cor.loc["COR-LBY-ITA-sea", "records"] == 10
    assert cor.loc["COR-LBY-ITA-sea", "n_routes"] == 2
    assert cor.loc["COR-LBY-ITA-sea", "label"] == "NGA → NER → LBY → ITA (sea)"
    assert cor.loc["COR-LBY-ITA-sea", "regional_route"] == "Central Mediterranean"
    assert cor.loc["COR-SRB-HRV-land", "regional_route"] == "Western Balkans"
    assert cor.loc["COR-SRB-HRV-land", "main_destination"] == "DEU"
    # persons: sum of n_persons of the member records
    member = res.assignments["corridor_id"] == "COR-LBY-ITA-sea"
    assert cor.loc["COR-LBY-ITA-sea", "persons"] == recs.loc[member.to_numpy(), "n_persons"].sum()
    assert cor.loc["COR-LBY-ITA-sea", "first_seen"] == pd.Timestamp("2022-01-01")
    assert res.assignments["cluster"].tolist() == [0] * 10 + [1] * 5


def test_no_route_is_unassigned_not_dropped():
    recs = _records([("MAR", None, "ESP", "ESP", "sea", 3), (None, None, None, None, "unknown", 2)])
    res = cluster_routes(recs)
    assert len(res.assignments) == 5
    assert res.assignments["cluster"].tolist() == [0, 0, 0, -1, -1]
    assert res.assignments["corridor_id"].isna().tolist() == [False] * 3 + [True] * 2
    assert res.n_unassigned == 2
    assert res.corridors["records"].sum() == 3


def test_min_records_leaves_rare_corridors_unassigned():
    recs = _records(
        [("MAR", None, "ESP", "ESP", "sea", 4), ("AFG", "IRN", "TUR", "TUR", "land", 1)]
    )
    res = cluster_routes(recs, min_records=2)
    assert res.assignments["cluster"].tolist() == [0] * 4 + [-1]
    assert res.corridors["corridor_id"].tolist() == ["COR-MAR-ESP-sea"]


def test_ids_stable_when_data_grow():
    base = [
        ("NGA", "NER|LBY", "ITA", "ITA", "sea", 6),
        ("AFG", "TUR|BGR|SRB", "HRV", "DEU", "land", 5),
        ("SEN", "MRT", "ESP", "ESP", "sea", 3),
    ]
    before = cluster_routes(_records(base))
    grown = _records(
        [
            *base,
            ("SYR", "TUR", "GRC", "GRC", "sea", 20),
            ("NGA", "NER|LBY", "ITA", "ITA", "sea", 10),
        ]
    )
    after = cluster_routes(grown)
    assert set(before.corridors["corridor_id"]) <= set(after.corridors["corridor_id"])
    # the cluster numbers moved (the new corridor is the largest) but the ids did not
    assert after.corridors["corridor_id"].iloc[0] == "COR-TUR-GRC-sea"
    merged = before.assignments.merge(after.assignments, on="record_id", suffixes=("_b", "_a"))
    assert (merged["corridor_id_b"] == merged["corridor_id_a"]).all()


def test_same_crossing_different_crime_get_distinct_ids():
    recs = _records(
        [("TUN", "LBY", "ITA", "ITA", "sea", 8), ("NGA", "NER|LBY", "ITA", "ITA", "sea", 3)]
    )
    recs["crime_type"] = ["smuggling"] * 8 + ["trafficking"] * 3
    res = cluster_routes(recs, distance_threshold=0.2)
    assert res.corridors["corridor_id"].tolist() == [
        "COR-LBY-ITA-sea",
        "COR-LBY-ITA-sea-trafficking",
    ]


def test_input_not_modified():
    recs = _records(
        [("NGA", "NER|LBY", "ITA", "ITA", "sea", 3), (None, None, None, None, "sea", 1)]
    )
    copy = recs.copy(deep=True)
    cluster_routes(recs)
    pd.testing.assert_frame_equal(recs, copy)


def test_deterministic_and_order_free():
    recs = _records(
        [
            ("NGA", "NER|LBY", "ITA", "ITA", "sea", 5),
            ("AFG", "TUR", "GRC", "GRC", "sea", 4),
            ("MEX", None, "USA", "USA", "land", 3),
        ]
    )
    a = cluster_routes(recs)
    b = cluster_routes(recs.sample(frac=1.0, random_state=1))
    key = a.assignments.set_index("record_id")["corridor_id"]
    assert key.equals(b.assignments.set_index("record_id")["corridor_id"].reindex(key.index))
    pd.testing.assert_frame_equal(
        a.corridors.drop(columns=["first_seen", "last_seen"]),
        b.corridors.drop(columns=["first_seen", "last_seen"]),
    )


def test_empty_input_gives_empty_frames():
    recs = _records([])
    res = cluster_routes(recs)
    assert res.assignments.empty
    assert list(res.assignments.columns) == list(ASSIGNMENT_COLUMNS)
    assert res.corridors.empty
    assert list(res.corridors.columns) == list(CORRIDOR_COLUMNS)


def test_one_record():
    res = cluster_routes(_records([("AFG", "IRN", "TUR", "TUR", "land", 1)]))
    assert res.assignments["corridor_id"].tolist() == ["COR-IRN-TUR-land"]
    assert res.corridors["regional_route"].tolist() == ["Iran – Türkiye"]


def test_one_country_route_is_a_corridor():
    recs = _records([(None, None, "ITA", None, "sea", 2)])
    res = cluster_routes(recs)
    assert res.corridors["corridor_id"].tolist() == ["COR-ITA-sea"]
    assert res.corridors["regional_route"].tolist() == ["Central Mediterranean"]


@pytest.mark.parametrize(
    ("frame", "match"),
    [
        (pd.DataFrame({"record_id": ["a"]}), "at least one of the columns"),
        (pd.DataFrame({"origin_country": ["NGA"]}), "record_id"),
        (pd.DataFrame({"record_id": ["a", "a"], "origin_country": ["NGA", "MAR"]}), "unique"),
    ],
)
def test_bad_frames(frame, match):
    with pytest.raises(DataContractError, match=match):
        cluster_routes(frame)


def test_not_a_frame():
    with pytest.raises(TrendlibError, match="DataFrame"):
        cluster_routes([1, 2, 3])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kw", [{"distance_threshold": 0}, {"distance_threshold": 1.5}, {"min_records": 0}]
)
def test_bad_parameters(kw):
    recs = _records([("NGA", None, "ITA", "ITA", "sea", 1)])
    with pytest.raises(ParameterError):
        cluster_routes(recs, **kw)


def test_estimator_api():
    recs = _records([("NGA", None, "ITA", "ITA", "sea", 2), ("MEX", None, "USA", "USA", "land", 1)])
    model = RouteClusterer(0.4, min_records=1)
    assert model.get_params() == {"distance_threshold": 0.4, "min_records": 1}
    assert model.fit_predict(recs).tolist() == [0, 0, 1]
    assert model.n_corridors_ == 2


def test_many_routes_use_rounds(monkeypatch):
    # more distinct routes than the dense limit: clustered in rounds
    rng = np.random.default_rng(0)
    countries = np.array(
        [
            "AFG",
            "IRN",
            "TUR",
            "GRC",
            "BGR",
            "SRB",
            "HRV",
            "SVN",
            "AUT",
            "DEU",
            "ITA",
            "LBY",
            "TUN",
            "NER",
            "NGA",
            "MAR",
            "ESP",
            "FRA",
            "GBR",
            "MEX",
            "USA",
            "COL",
        ]
    )
    monkeypatch.setattr(corridors_module, "_DENSE_LIMIT", 300)
    n = 1500
    idx = rng.integers(0, len(countries), size=(n, 4))
    recs = pd.DataFrame(
        {
            "record_id": [f"r{i}" for i in range(n)],
            "origin_country": countries[idx[:, 0]],
            "transit_countries": [
                f"{a}|{b}" for a, b in zip(countries[idx[:, 1]], countries[idx[:, 2]], strict=True)
            ],
            "destination_country": countries[idx[:, 3]],
            "transport_mode": rng.choice(["sea", "land", "air"], n),
        }
    )
    tab = route_table(recs)
    assert len(tab.routes) > 300
    res = cluster_routes(recs)
    assert (res.assignments["cluster"] >= 0).all()
    assert res.corridors["records"].sum() == n


def test_name_route_rules():
    assert name_route(["MEX", "USA"], "land") == "US–Mexico border"
    assert name_route(["VEN", "COL", "PAN", "USA"], "land") == "Darién"
    assert name_route(["IRQ", "BLR", "POL", "DEU"], "land") == "Eastern land borders"
    assert name_route(["SEN", "ESP"], "sea") == "Western African / Atlantic"
    assert name_route(["MAR", "ESP"], "sea") == "Western Mediterranean"
    assert name_route(["AFG", "FRA", "GBR"], "sea", lat=50.9, lon=1.8) == "English Channel"
    assert name_route(["TUR", "GRC"], "air") is None
    assert name_route([], "sea") is None
