from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

from trendlib.errors import ParameterError
from trendlib.links import i2_tables, link_records, pseudonymise_graph, write_gexf, write_i2
from trendlib.links.export import I2_ENTITY_COLUMNS, I2_LINK_COLUMNS


def _graph():
    rec = pd.DataFrame(
        {
            "record_id": ["r1", "r2", "r3"],
            "event_date": pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01"]),
            "detection_country": ["NGA", "ITA", "ITA"],
            "phones": ["+234 801 234 5678", "+2348012345678", "+39 347 177 2297"],
            "documents": ["A1", None, "A-1"],
        }
    )
    return link_records(rec)


def test_i2_tables_columns_and_content():
    ents, links = i2_tables(_graph())
    assert tuple(ents.columns) == I2_ENTITY_COLUMNS
    assert tuple(links.columns) == I2_LINK_COLUMNS
    assert set(ents["Entity Type"]) == {"Telephone", "Document", "Case"}
    assert ents["Identity"].is_unique
    assert set(links["From Identity"]) <= set(ents["Identity"])
    assert set(links["To Identity"]) <= set(ents["Identity"])
    assert (links["Link Type"] == "mentions").all()
    assert ents.loc[ents["Identity"] == "phone:+2348012345678", "First Seen"].item() == "2024-01-01"


def test_write_i2_and_gexf(tmp_path):
    graph = pseudonymise_graph(_graph(), key="test-key-of-at-least-16-bytes")
    e_path, l_path = write_i2(graph, tmp_path / "i2")
    back = pd.read_csv(e_path, encoding="utf-8-sig")
    assert list(back.columns) == list(I2_ENTITY_COLUMNS)
    assert not back["Label"].astype(str).str.contains("234").any()
    assert len(pd.read_csv(l_path, encoding="utf-8-sig")) == len(graph.edges)
    out = write_gexf(graph, tmp_path / "g.gexf")
    g = nx.read_gexf(out)
    assert g.number_of_nodes() == 5  # 3 records + 1 shared phone + 1 shared document
    assert {d["type"] for _, d in g.nodes(data=True)} == {"record", "entity"}


def test_exports_reject_other_objects(tmp_path):
    with pytest.raises(ParameterError):
        i2_tables(pd.DataFrame())  # type: ignore[arg-type]
    with pytest.raises(ParameterError):
        write_gexf({}, tmp_path / "x.gexf")  # type: ignore[arg-type]
