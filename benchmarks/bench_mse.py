"""Benchmark: multiple systems estimation on every real capture table.

Usage::

    python benchmarks/bench_mse.py [--data ../shared/data/real/mse_trafficking] [--n-boot 500]

Prints a Markdown table: observed, estimate, profile-likelihood and bootstrap 95 % intervals,
the chosen interactions, time, and the published figure where one exists.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd

from trendlib.errors import EstimationError
from trendlib.hidden import estimate_hidden

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "real" / "mse_trafficking"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--n-boot", type=int, default=500)
    args = parser.parse_args()
    published = pd.read_csv(args.data / "published_estimates.csv").set_index("dataset")
    print(
        "| table | lists | observed | estimate | 95 % CI (profile) | 95 % CI (bootstrap) "
        "| interactions | published | time |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for path in sorted(args.data.glob("*.csv")):
        if path.stem == "published_estimates":
            continue
        table = pd.read_csv(path)
        start = time.perf_counter()
        try:
            prof = estimate_hidden(table)
            boot = estimate_hidden(table, ci_method="bootstrap", n_boot=args.n_boot, random_state=0)
        except EstimationError as err:
            print(
                f"| {path.stem} | {table.shape[1] - 1} | {table['count'].sum():,} | "
                f"no estimate: {err} | | | | | |"
            )
            continue
        took = time.perf_counter() - start
        pubs = []
        for _, row in published[published.index == path.stem].iterrows():
            est = "" if pd.isna(row["estimate"]) else f"{row['estimate']:,.0f} "
            pubs.append(f"{est}[{row['ci_low']:,.0f}; {row['ci_high']:,.0f}] ({row['status']})")
        pub = "; ".join(pubs)
        print(
            f"| {path.stem} | {len(prof.lists)} | {prof.observed:,} | {prof.estimate:,.0f} "
            f"| {prof.ci_low:,.0f}–{prof.ci_high:,.0f} | {boot.ci_low:,.0f}–{boot.ci_high:,.0f} "
            f"| {', '.join(prof.terms) or '(main effects)'} | {pub} | {took:.1f} s |"
        )


if __name__ == "__main__":
    main()
