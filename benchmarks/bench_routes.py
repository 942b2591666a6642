"""Benchmark corridors, hotspots and emerging routes on a million synthetic records.

Usage::

    python benchmarks/bench_routes.py                 # all steps, 1,000,000 records
    python benchmarks/bench_routes.py --n 200000      # smaller
    python benchmarks/bench_routes.py --iom           # also the IOM accuracy table

Each measurement runs in its own subprocess so that its peak resident memory
(``ru_maxrss``) is its own; ``base`` is the same process after building the data,
before the step, so ``peak - base`` is what the step itself needed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

EARTH_RADIUS_KM = 6371.0088
IOM = (
    Path(__file__).resolve().parents[2]
    / "shared/data/real/iom_mmp/mmp_incidents_2014-01_2025-04.csv"
)


def make_records(n: int, seed: int = 0) -> pd.DataFrame:
    """n records resampled from trendlib.samples ground truth, locations jittered (~3 km)."""
    from trendlib.samples import make_truth

    truth = make_truth(seed=seed, n_events=20_000)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(truth), n)
    recs = truth.iloc[idx].reset_index(drop=True).drop(columns=["event_id"])
    recs.insert(0, "record_id", pd.array([f"r{i:07d}" for i in range(n)], dtype="string"))
    recs["lat"] = recs["lat"].to_numpy() + rng.normal(0, 0.03, n)
    recs["lon"] = recs["lon"].to_numpy() + rng.normal(0, 0.03, n)
    return recs


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_step(step: str, n: int, sub: int) -> dict[str, object]:
    recs = make_records(n)
    base = _rss_mb()
    t = time.perf_counter()
    c = time.process_time()
    out: dict[str, object] = {"step": step, "n": n}
    if step == "cluster_routes":
        from trendlib.routes import cluster_routes

        res = cluster_routes(recs)
        out["corridors"] = len(res.corridors)
    elif step == "find_hotspots":
        from trendlib.routes import find_hotspots

        hot = find_hotspots(recs)
        out["hotspots"] = len(hot.hotspots)
    elif step == "emerging_routes":
        from trendlib.routes import cluster_routes, emerging_routes

        res = cluster_routes(recs)
        t, c = time.perf_counter(), time.process_time()  # time the status step alone
        out["corridors"] = len(emerging_routes(recs, clusters=res))
    elif step in ("find_hotspots_sub", "dbscan_sub"):
        from sklearn.cluster import DBSCAN

        from trendlib.routes import HotspotFinder

        pts = recs.iloc[:sub]
        out["n"] = sub
        finder = HotspotFinder().fit(recs)  # same eps and min_records as on all n points
        t, c = time.perf_counter(), time.process_time()
        if step == "dbscan_sub":
            X = np.radians(pts[["lat", "lon"]].to_numpy())
            DBSCAN(
                eps=finder.eps_km / EARTH_RADIUS_KM,
                min_samples=finder.min_records_,
                metric="haversine",
                algorithm="ball_tree",
            ).fit(X)
        else:
            HotspotFinder(min_records=finder.min_records_).fit(pts)
    out["seconds"] = round(time.perf_counter() - t, 2)
    out["cpu_s"] = round(time.process_time() - c, 2)  # less sensitive to other users' load
    out["load1"] = round(os.getloadavg()[0], 1)
    out["base_mb"] = round(base)
    out["peak_mb"] = round(_rss_mb())
    return out


def iom_table() -> pd.DataFrame:
    """AMI/ARI of hotspots vs IOM 'Migration Route' labels: defaults vs a tuned DBSCAN grid."""
    from sklearn.cluster import DBSCAN
    from sklearn.metrics import adjusted_mutual_info_score as ami
    from sklearn.metrics import adjusted_rand_score as ari

    from trendlib.routes import find_hotspots

    raw = pd.read_csv(IOM, usecols=["Main ID", "Coordinates", "Migration Route"])
    ll = raw["Coordinates"].str.split(",", n=1, expand=True)
    recs = pd.DataFrame(
        {
            "record_id": raw["Main ID"],
            "lat": pd.to_numeric(ll[0].str.strip(), errors="coerce"),
            "lon": pd.to_numeric(ll[1].str.strip(), errors="coerce"),
        }
    )
    route = raw["Migration Route"]
    sel = (route.notna() & ~route.fillna("").str.contains(",")).to_numpy()
    y = route[sel].to_numpy()
    rows = []
    t = time.perf_counter()
    hot = find_hotspots(recs)
    dt = time.perf_counter() - t
    p = hot.assignments["cluster"].to_numpy()[sel]
    rows.append(("trendlib find_hotspots, defaults", len(hot.hotspots), ami(y, p), ari(y, p), dt))
    X = np.radians(recs[["lat", "lon"]].to_numpy())
    for eps in (50, 100, 125, 150, 175, 200):
        for ms in (5, 10, 20):
            t = time.perf_counter()
            lab = DBSCAN(eps=eps / EARTH_RADIUS_KM, min_samples=ms, metric="haversine").fit_predict(
                X
            )
            dt = time.perf_counter() - t
            rows.append((f"sklearn DBSCAN eps={eps} km min_samples={ms}", lab.max() + 1,
                         ami(y, lab[sel]), ari(y, lab[sel]), dt))  # fmt: skip
    out = pd.DataFrame(rows, columns=["method", "clusters", "AMI", "ARI", "seconds"])
    return out.round(3)


def markdown(frame: pd.DataFrame) -> str:
    """A pipe table (no tabulate dependency)."""
    head = "| " + " | ".join(map(str, frame.columns)) + " |"
    rule = "|" + "|".join("---" for _ in frame.columns) + "|"
    body = [
        "| " + " | ".join("" if pd.isna(v) else str(v) for v in row) + " |"
        for row in frame.itertuples(index=False)
    ]
    return "\n".join([head, rule, *body])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--sub", type=int, nargs="*", default=[20_000, 50_000])
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument(
        "--iom", action="store_true", help="also score hotspots on IOM route labels"
    )
    args = parser.parse_args()
    if args.step:
        print(json.dumps(run_step(args.step, args.n, args.sub[0])))
        return
    steps = [("cluster_routes", 0), ("find_hotspots", 0), ("emerging_routes", 0)]
    steps += [(s, k) for k in args.sub for s in ("find_hotspots_sub", "dbscan_sub")]
    results = []
    for step, sub in steps:
        cmd = [sys.executable, __file__, "--step", step, "--n", str(args.n), "--sub", str(sub or 1)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(results[-1], flush=True)
    print(markdown(pd.DataFrame(results)))
    if args.iom and IOM.exists():
        print(markdown(iom_table()))


if __name__ == "__main__":
    main()
