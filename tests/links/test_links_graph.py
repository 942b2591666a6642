from __future__ import annotations

import pandas as pd
import pytest

from trendlib.errors import DataContractError, MissingKeyError, ParameterError
from trendlib.links import LinkGraph, link_records, pseudonymise_graph

KEY = "test-key-of-at-least-16-bytes"


def _records() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "record_id": ["r1", "r2", "r3", "r4", "r5", "r6"],
            "event_date": pd.to_datetime(
                ["2024-01-05", "2024-03-01", "2024-02-01", "2024-04-01", "2024-05-01", "2024-06-01"]
            ),
            "crime_type": [
                "trafficking",
                "smuggling",
                "smuggling",
                "smuggling",
                "both",
                "trafficking",
            ],
            "n_persons": pd.array([3, 5, 1, 2, 4, 1], dtype="Int64"),
            "detection_country": ["NGA", "NGA", "ITA", "ITA", "ESP", "FRA"],
            "origin_country": ["NGA", "NGA", "LBY", "LBY", "MAR", "FRA"],
            "nationality": ["NGA", "NGA", "ERI", "ERI", "MAR", "FRA"],
            "suspect_names": ["OKAFOR John", "John Okafor", None, None, "Ana Garcia", "Ana Garcia"],
            "phones": ["+234 801 234 5678", "08012345678", None, "0021891 234 5678", None, None],
            "documents": [None, "X-1", "X1", None, None, None],
            "vehicles": [None, None, None, "AB 123 CD", None, None],
            "accounts": [
                None,
                None,
                None,
                "DE00 1234 5678 9012 3456 78",
                "GB83WEST12345698765432",
                None,
            ],
        }
    )


def test_phone_written_two_ways_links_two_records():
    rec = pd.DataFrame(
        {
            "record_id": ["a", "b"],
            "detection_country": ["NGA", "NGA"],
            "phones": ["+234 801 234 5678", "08012345678"],
        }
    )
    g = link_records(rec)
    assert len(g.networks) == 1
    assert g.networks.loc[0, "n_records"] == 2
    assert g.assignments["network_id"].nunique() == 1
    assert g.entities["entity_id"].tolist() == ["phone:+2348012345678"]


def test_networks_span_records_entities_countries_and_dates():
    rec = _records()
    before = rec.copy()
    g = link_records(rec)
    pd.testing.assert_frame_equal(rec, before)
    assert isinstance(g, LinkGraph)
    nets = g.networks.set_index("n_records")
    # r1-r2 (phone and name), r2-r3 (document) -> one network of 3; r3-r4? no shared id.
    assert sorted(g.networks["n_records"].tolist()) == [3]
    net = g.networks.iloc[0]
    assert net["crime_types"] == "smuggling|trafficking"
    assert net["detection_countries"] == "ITA|NGA"
    assert net["n_detection_countries"] == 2
    assert net["first_date"] == pd.Timestamp("2024-01-05")
    assert net["last_date"] == pd.Timestamp("2024-03-01")
    assert net["n_persons"] == 9
    assert net["key_entity"] in set(g.entities["entity_id"])
    assert len(nets) == 1
    # "Ana Garcia" in two unrelated records: different nationality -> not linked (name_scope)
    ana = g.entities[g.entities["kind"] == "name"]
    assert (
        not ana["entity_id"].str.contains("ana garcia").any()
        or (ana.loc[ana["entity_id"].str.contains("ana garcia"), "n_records"] == 1).all()
    )
    # unlinked records stay in assignments with NA network
    assert g.assignments["network_id"].isna().sum() == 3
    assert set(g.assignments["record_id"]) == set(rec["record_id"])


def test_name_scope_none_links_on_names_alone():
    rec = _records()
    g = link_records(rec, name_scope=None)
    assert sorted(g.networks["n_records"].tolist()) == [2, 3]


def test_key_entity_is_the_bridge():
    g = link_records(_records())
    doc = g.entities.set_index("entity_id").loc["document:X1"]
    assert doc["betweenness"] > 0
    assert doc["n_records"] == 2
    top = g.key_entities(3)
    assert (top["n_records"] >= 2).all()


def test_malformed_identifiers_are_kept_with_a_flag():
    g = link_records(_records())
    accounts = g.mentions[g.mentions["kind"] == "account"]
    assert set(accounts["raw"]) == {"DE00 1234 5678 9012 3456 78", "GB83WEST12345698765432"}
    bad = g.entities[g.entities["kind"] == "account"]
    assert not bad["valid"].any()


def test_ids_are_deterministic_and_stable_when_rows_are_added():
    rec = _records()
    g1 = link_records(rec)
    g2 = link_records(rec.iloc[::-1])
    pd.testing.assert_frame_equal(
        g1.networks.drop(columns=["key_entity"]), g2.networks.drop(columns=["key_entity"])
    )
    pd.testing.assert_frame_equal(g1.entities, g2.entities)
    extra = pd.concat(
        [rec, pd.DataFrame({"record_id": ["r9"], "phones": ["+1 202 555 0143"]})], ignore_index=True
    )
    assert link_records(extra).networks["network_id"].tolist() == g1.networks["network_id"].tolist()
    assert g1.networks["network_id"].str.match(r"^N-[0-9a-f]{10}$").all()


def test_communities_inside_large_networks():
    # two cliques of 4 records bridged by one phone: Louvain splits them.
    ids = [f"r{i}" for i in range(8)]
    phones = ["+2348012345678", "+2348012345678", "+2348012345678", "+2348012345678|+393471772297"]
    phones += ["+393471772297|+447700900001"] + ["+447700900001"] * 3
    rec = pd.DataFrame({"record_id": ids, "phones": phones})
    g = link_records(rec, community_min_size=3)
    assert len(g.networks) == 1
    assert g.networks.loc[0, "n_communities"] >= 2
    assert g.assignments["community_id"].str.startswith(g.networks.loc[0, "network_id"]).all()


def test_empty_identifiers_give_an_empty_graph():
    rec = pd.DataFrame({"record_id": ["a", "b"], "phones": [None, "  "], "n_persons": [1, 2]})
    g = link_records(rec)
    assert g.entities.empty
    assert g.edges.empty
    assert g.networks.empty
    assert g.assignments["network_id"].isna().all()
    g = link_records(pd.DataFrame({"record_id": ["a"]}))
    assert g.networks.empty
    assert g.key_entities().empty


def test_bad_input():
    with pytest.raises(DataContractError):
        link_records("records.csv")  # type: ignore[arg-type]
    with pytest.raises(DataContractError, match="more than once"):
        link_records(pd.DataFrame({"record_id": ["a", "a"], "phones": ["1", "2"]}))
    with pytest.raises(ParameterError, match="min_records"):
        link_records(_records(), min_records=1)
    with pytest.raises(ParameterError, match="name_scope"):
        link_records(_records(), name_scope="no_such_column")


def test_pseudonymise_graph(monkeypatch):
    monkeypatch.delenv("TRENDLIB_PSEUDONYM_KEY", raising=False)
    g = link_records(_records())
    with pytest.raises(MissingKeyError):
        pseudonymise_graph(g)
    p = pseudonymise_graph(g, key=KEY)
    assert p.pseudonymised
    assert p.entities["entity_id"].str.match(r"^(PERSON|PHONE|DOC|VEHICLE|ACCOUNT|EMAIL)-").all()
    assert (p.entities["label"] == p.entities["entity_id"]).all()
    assert "raw" not in p.mentions.columns
    text = p.entities.to_csv() + p.edges.to_csv() + p.networks.to_csv() + p.mentions.to_csv()
    for secret in ("okafor", "2348012345678", "X1", "AB123CD"):
        assert secret.lower() not in text.lower()
    # same key, same tokens; the record-entity structure is unchanged
    again = link_records(_records(), pseudonymise=True, key=KEY)
    pd.testing.assert_frame_equal(p.entities, again.entities)
    assert len(p.edges) == len(g.edges)
    monkeypatch.setenv("TRENDLIB_PSEUDONYM_KEY", KEY)
    pd.testing.assert_frame_equal(pseudonymise_graph(g).entities, p.entities)
