"""Network recovery on the synthetic samples (planted networks with ground truth)."""

from __future__ import annotations

import pandas as pd
import pytest
from sklearn.metrics import adjusted_rand_score

from trendlib.links import link_records

samples = pytest.importorskip("trendlib.samples")


def _records_and_truth() -> pd.DataFrame:
    if not hasattr(samples, "make_messy"):
        pytest.skip("trendlib.samples has no make_messy yet")
    subs = samples.make_messy(samples.make_truth(seed=0, n_events=600), seed=0)
    if not subs or not hasattr(subs[0], "entities"):
        pytest.skip("samples carry no identifier truth yet")
    context = ["source_file", "source_row", "event_id", "detection_country", "origin_country"]
    context += ["nationality", "crime_type", "event_date", "expected_status"]
    parts = []
    for sub in subs:
        ent = sub.entities
        if ent.empty:
            continue
        # the identifier cells as written, one |-joined cell per column (a record frame)
        wide = (
            ent.groupby(["source_file", "source_row", "kind"])["raw"]
            .agg("|".join)
            .unstack("kind")
            .reset_index()
        )
        truth = ent.groupby(["source_file", "source_row"])["network_id"].first().reset_index()
        parts.append(
            sub.expected[context]
            .merge(wide, on=["source_file", "source_row"])
            .merge(truth, on=["source_file", "source_row"])
        )
    if not parts:
        pytest.skip("no identifiers in the samples")
    rec = pd.concat(parts, ignore_index=True)
    rec = rec[rec["expected_status"] != "quarantine"].reset_index(drop=True)
    rec["record_id"] = rec["source_file"] + ":" + rec["source_row"].astype(str)
    # truth: the planted network, else the event itself (a case reported twice is one unit)
    rec["truth"] = rec["network_id"].fillna("event:" + rec["event_id"].astype(str))
    return rec.drop(columns=["network_id"])


def _pairwise_f1(pred: pd.Series, truth: pd.Series) -> float:
    both = pd.DataFrame({"p": pred.to_numpy(), "t": truth.to_numpy()})

    def n_pairs(sizes: pd.Series) -> int:
        return int((sizes * (sizes - 1) // 2).sum())

    tp = n_pairs(both.groupby(["p", "t"]).size())
    precision = tp / n_pairs(both.groupby("p").size())
    recall = tp / n_pairs(both.groupby("t").size())
    return 2 * precision * recall / (precision + recall)


def test_planted_networks_are_recovered():
    rec = _records_and_truth()
    graph = link_records(rec.drop(columns=["truth"]))
    network = rec["record_id"].map(graph.assignments.set_index("record_id")["network_id"])
    pred = network.fillna(rec["record_id"])
    assert adjusted_rand_score(rec["truth"], pred) >= 0.9
    assert _pairwise_f1(pred, rec["truth"]) >= 0.9
    assert graph.networks["n_detection_countries"].max() >= 2
