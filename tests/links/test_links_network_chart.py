from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from trendlib.errors import DataContractError, MissingKeyError
from trendlib.links import link_records, pseudonymise_graph
from trendlib.viz.network import network_figure

KEY = "test-key-of-at-least-16-bytes"


def _graph():
    rec = pd.DataFrame(
        {
            "record_id": ["r1", "r2", "r3", "r4"],
            "detection_country": ["NGA", "NGA", "ITA", "ESP"],
            "phones": ["+234 801 234 5678", "08012345678", "+2348012345678", "+34 612 345 678"],
            "suspect_names": ["John Okafor", None, None, "John Okafor"],
        }
    )
    return link_records(rec, name_scope=None)


def test_chart_shows_pseudonyms_only():
    g = _graph()
    fig = network_figure(g.edges, g.entities, assignments=g.assignments, key=KEY)
    assert isinstance(fig, go.Figure)
    dump = fig.to_json()
    assert "2348012345678" not in dump
    assert "okafor" not in dump.lower()
    assert "PHONE-" in dump
    assert "PERSON-" in dump
    names = {t.name for t in fig.data}
    assert {"record", "phone", "name"} <= names


def test_chart_with_pseudonymised_graph_needs_no_key(monkeypatch):
    monkeypatch.delenv("TRENDLIB_PSEUDONYM_KEY", raising=False)
    p = pseudonymise_graph(_graph(), key=KEY)
    fig = network_figure(p.edges, p.entities, assignments=p.assignments)
    assert "PHONE-" in fig.to_json()
    with pytest.raises(MissingKeyError):
        network_figure(_graph().edges, _graph().entities)


def test_chart_is_deterministic_and_checks_input():
    g = _graph()
    a = network_figure(g.edges, g.entities, key=KEY, random_state=1).to_json()
    b = network_figure(g.edges, g.entities, key=KEY, random_state=1).to_json()
    assert a == b
    with pytest.raises(DataContractError, match="lacks"):
        network_figure(g.edges.drop(columns="kind"), g.entities, key=KEY)


def test_chart_of_empty_graph():
    g = link_records(pd.DataFrame({"record_id": ["a"], "phones": [None]}))
    fig = network_figure(g.edges, g.entities, assignments=g.assignments, key=KEY)
    assert len(fig.data) == 1  # only the (empty) link trace
