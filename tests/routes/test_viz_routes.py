from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from trendlib.errors import DataContractError
from trendlib.routes import cluster_routes, cluster_series, emerging_routes, find_hotspots
from trendlib.viz.routes import corridor_flow_map, corridor_trends, country_centroids, hotspot_map

_TOPO_LAYERS = ("land", "ocean", "lakes", "rivers", "countries", "coastlines", "subunits")


def _records() -> pd.DataFrame:
    months = pd.date_range("2023-01-01", periods=24, freq="MS")
    rows = []
    for i, m in enumerate(months):
        rows += [("NGA", "NER|LBY", "ITA", "sea", m, 35.5, 12.6)] * 5
        rows += [("AFG", "TUR", "GRC", "sea", m, 39.2, 26.3)] * (12 - i // 2)
    frame = pd.DataFrame(
        rows,
        columns=["origin_country", "transit_countries", "destination_country", "transport_mode",
                 "event_date", "lat", "lon"],
    )  # fmt: skip
    frame.insert(0, "record_id", [f"r{i}" for i in range(len(frame))])
    frame["n_persons"] = pd.array([10] * len(frame), dtype="Int64")
    return frame


def _offline(fig: go.Figure) -> None:
    geo = fig.layout.geo
    for layer in _TOPO_LAYERS:
        assert getattr(geo, f"show{layer}") is False, layer
    for trace in fig.data:
        assert getattr(trace, "locations", None) is None  # locations would fetch topojson
    assert "cdn" not in fig.to_json().lower()


def test_flow_map_lines_width_by_persons_and_offline():
    recs = _records()
    cor = cluster_routes(recs).corridors
    fig = corridor_flow_map(cor)
    _offline(fig)
    lines = fig.data[1:]
    assert [t.name for t in lines] == cor.sort_values("persons", ascending=False)["label"].tolist()
    assert lines[0].line.width > lines[1].line.width
    by_name = {t.name: t for t in lines}
    assert len(by_name["NGA → NER → LBY → ITA (sea)"].lon) == 4  # one centroid per country


def test_hotspot_map_and_status_colours():
    recs = _records()
    hot = find_hotspots(recs, eps_km=50)
    fig = hotspot_map(hot.hotspots)
    _offline(fig)
    assert sum(len(t.lon) for t in fig.data[1:]) == len(hot.hotspots)
    status = pd.DataFrame(
        {"hotspot_id": hot.hotspots["hotspot_id"], "status": ["persistent", "diminishing"]}
    )
    coloured = hotspot_map(hot.hotspots, status=status)
    assert {t.name for t in coloured.data[1:]} == {"persistent", "diminishing"}


def test_trend_small_multiples_follow_status_order():
    recs = _records()
    clusters = cluster_routes(recs)
    status = emerging_routes(recs, clusters=clusters)
    series = cluster_series(recs, clusters.assignments)
    fig = corridor_trends(series, status=status)
    assert [t.name for t in fig.data] == status["corridor_id"].tolist()
    assert fig.layout.annotations[0].text.endswith(status["status"].iloc[0])


def test_empty_frames_give_a_note_not_an_error():
    empty = cluster_routes(_records().iloc[:0])
    assert corridor_flow_map(empty.corridors).layout.annotations[0].text == "no corridors"
    hot = find_hotspots(_records().iloc[:0])
    assert hotspot_map(hot.hotspots).layout.annotations[0].text == "no hotspots"
    series = cluster_series(_records().iloc[:0], empty.assignments)
    assert corridor_trends(series).layout.annotations[0].text == "no series"


def test_missing_columns_is_a_clear_error():
    with pytest.raises(DataContractError, match="route"):
        corridor_flow_map(pd.DataFrame({"corridor_id": ["x"]}))


def test_centroids_cover_the_iso_countries():
    c = country_centroids()
    assert len(c) > 230
    assert c["iso3"].is_unique
    assert {"LBY", "ITA", "PAN", "USA", "GBR", "AFG"} <= set(c["iso3"])
