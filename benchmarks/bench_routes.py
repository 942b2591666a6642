"""Benchmark corridors, hotspots and emerging routes on a million synthetic records.

Usage::

    python benchmarks/bench_routes.py                 # all steps, 1,000,000 records
    python benchmarks/bench_routes.py --n 200000      # smaller
    python benchmarks/bench_routes.py --iom           # also the IOM accuracy tables
    python benchmarks/bench_routes.py --iom --n 0     # only the IOM accuracy tables
    python benchmarks/bench_routes.py --diffuse       # find_hotspots on diffuse points

Each measurement runs in its own subprocess so that its peak resident memory
(``ru_maxrss``) is its own; ``base`` is the same process after building the data and
importing the library, before the step, so ``peak - base`` is what the step itself
needed (and ``seconds`` leave out the ~2.3 s import).
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
IOM_DIR = Path(__file__).resolve().parents[2] / "shared/data/real/iom_mmp"
IOM = IOM_DIR / "mmp_incidents_2014-01_2025-04.csv"  # IOM's own `Migration Route` labels
IOM_GDI = IOM_DIR / "mmp_gdidata_recoded_2014-01_2025-04.csv"  # IOM-GDI's coarser `route`


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


def make_diffuse(n: int, seed: int = 0) -> pd.DataFrame:
    """A hard case for the cells: 200 clusters of 5-80 km + 10 % uniform noise on the globe."""
    rng = np.random.default_rng(seed)
    c_lat, c_lon = rng.uniform(-40, 60, 200), rng.uniform(-120, 140, 200)
    m = int(0.9 * n)
    c = rng.integers(0, 200, m)
    sd = rng.uniform(5, 80, 200)[c] / 111.2
    lat = np.r_[
        c_lat[c] + rng.normal(0, 1, m) * sd,
        np.degrees(np.arcsin(rng.uniform(-0.64, 0.87, n - m))),
    ]
    lon = np.r_[
        c_lon[c] + rng.normal(0, 1, m) * sd / np.cos(np.radians(c_lat[c])),
        rng.uniform(-180, 180, n - m),
    ]
    rid = pd.array([f"r{i:07d}" for i in range(n)], dtype="string")
    return pd.DataFrame({"record_id": rid, "lat": np.clip(lat, -89, 89), "lon": lon})


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_step(step: str, n: int, sub: int) -> dict[str, object]:
    recs = make_diffuse(n) if step.endswith("_diffuse") else make_records(n)
    # import the library before measuring: importing trendlib.routes (scikit-learn,
    # SciPy) takes ~2.3 s and ~100 MB, which is not the step's own cost
    import sklearn.cluster  # noqa: F401

    import trendlib.routes  # noqa: F401

    base = _rss_mb()
    t = time.perf_counter()
    c = time.process_time()
    out: dict[str, object] = {"step": step, "n": n}
    if step == "cluster_routes":
        from trendlib.routes import cluster_routes

        res = cluster_routes(recs)
        out["corridors"] = len(res.corridors)
    elif step in ("find_hotspots", "find_hotspots_diffuse"):
        from trendlib.routes import find_hotspots

        hot = find_hotspots(recs)
        out["hotspots"] = len(hot.hotspots)
        out["eps_km"] = round(hot.eps_km, 1)
        out["min_records"] = hot.min_records
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
                eps=finder.eps_km_ / EARTH_RADIUS_KM,
                min_samples=finder.min_records_,
                metric="haversine",
                algorithm="ball_tree",
            ).fit(X)
        else:
            HotspotFinder(finder.eps_km_, min_records=finder.min_records_).fit(pts)
    out["seconds"] = round(time.perf_counter() - t, 2)
    out["cpu_s"] = round(time.process_time() - c, 2)  # less sensitive to other users' load
    out["load1"] = round(os.getloadavg()[0], 1)
    out["base_mb"] = round(base)
    out["peak_mb"] = round(_rss_mb())
    return out


def iom_sets() -> dict[str, tuple[pd.DataFrame, np.ndarray, np.ndarray]]:
    """Both IOM label sets: records (record_id, lat, lon), labels, rows scored.

    ``MMP``: IOM's ``Migration Route``, rows with exactly one route label (unlabelled and
    two-route rows are clustered, not scored). ``GDI``: IOM-GDI's coarser ``route``
    grouping of its recoded copy (numeric lon/lat), ``Undefined`` left out of scoring.
    """
    raw = pd.read_csv(IOM, usecols=["Main ID", "Coordinates", "Migration Route"])
    ll = raw["Coordinates"].str.split(",", n=1, expand=True)
    mmp = pd.DataFrame(
        {
            "record_id": raw["Main ID"].astype("string"),
            "lat": pd.to_numeric(ll[0].str.strip(), errors="coerce"),
            "lon": pd.to_numeric(ll[1].str.strip(), errors="coerce"),
        }
    )
    route = raw["Migration Route"]
    sets = {
        "MMP": (
            mmp,
            route.to_numpy(),
            (route.notna() & ~route.fillna("").str.contains(",")).to_numpy(),
        )
    }
    if IOM_GDI.exists():
        gdi = pd.read_csv(IOM_GDI, usecols=["lat", "lon", "route"])
        recs = pd.DataFrame(
            {
                "record_id": pd.array([f"g{i}" for i in range(len(gdi))], dtype="string"),
                "lat": pd.to_numeric(gdi["lat"], errors="coerce"),
                "lon": pd.to_numeric(gdi["lon"], errors="coerce"),
            }
        )
        sel = (gdi["route"].notna() & (gdi["route"] != "Undefined")).to_numpy()
        sets["GDI"] = (recs, gdi["route"].to_numpy(), sel)
    return sets


def iom_table(grid: bool = True) -> pd.DataFrame:
    """AMI/ARI of hotspots vs both IOM label sets.

    Rows: trendlib defaults (label-free eps), every candidate rule of
    ``benchmarks/hotspot_rules.py`` (each scored once when it was chosen or rejected),
    and, for MMP, the plain-DBSCAN eps x min_samples grid (tuned on those labels).
    Noise (-1) is scored as one more predicted cluster.
    """
    from hotspot_rules import RULE_FUNCS, min_records_of
    from sklearn.cluster import DBSCAN
    from sklearn.metrics import adjusted_mutual_info_score as ami
    from sklearn.metrics import adjusted_rand_score as ari

    from trendlib.routes import find_hotspots

    rows = []
    for name, (recs, labels, sel) in iom_sets().items():
        y = labels[sel]
        t = time.perf_counter()
        hot = find_hotspots(recs)
        dt = time.perf_counter() - t
        p = hot.assignments["cluster"].to_numpy()[sel]
        what = f"trendlib find_hotspots, defaults (eps {hot.eps_km:.0f} km from the data, "
        what += f"min_records {hot.min_records})"
        rows.append((name, what, len(hot.hotspots), np.mean(p == -1), ami(y, p), ari(y, p), dt))
        lat, lon = recs["lat"].to_numpy(float), recs["lon"].to_numpy(float)
        ok = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
        k = min_records_of(int(ok.sum()))
        for rule, func in RULE_FUNCS.items():
            if rule == "knee_lin":
                continue  # = the defaults above
            t = time.perf_counter()
            lab, info = func(lat[ok], lon[ok], k)
            dt = time.perf_counter() - t
            full = np.full(len(recs), -1)
            full[ok] = lab
            p = full[sel]
            what = f"rule {rule}" + (f" ({info})" if info else "")
            rows.append((name, what, lab.max() + 1, np.mean(p == -1), ami(y, p), ari(y, p), dt))
        if name != "MMP" or not grid:
            continue
        X = np.radians(np.c_[lat[ok], lon[ok]])
        for eps in (50, 100, 125, 150, 175, 200):
            for ms in (5, 10, 20):
                t = time.perf_counter()
                db = DBSCAN(eps=eps / EARTH_RADIUS_KM, min_samples=ms, metric="haversine")
                lab = db.fit_predict(X)
                dt = time.perf_counter() - t
                full = np.full(len(recs), -1)
                full[ok] = lab
                p = full[sel]
                what = f"sklearn DBSCAN eps={eps} km min_samples={ms} (grid on these labels)"
                rows.append((name, what, lab.max() + 1, np.mean(p == -1), ami(y, p), ari(y, p), dt))
    cols = ["labels", "method", "clusters", "noise", "AMI", "ARI", "seconds"]
    return pd.DataFrame(rows, columns=cols).round(3)


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
    parser.add_argument(
        "--diffuse", action="store_true", help="only find_hotspots on diffuse points (hard case)"
    )
    parser.add_argument(
        "--no-grid", action="store_true", help="with --iom: skip the plain-DBSCAN grid"
    )
    args = parser.parse_args()
    if args.step:
        print(json.dumps(run_step(args.step, args.n, args.sub[0])))
        return
    steps = [("cluster_routes", 0), ("find_hotspots", 0), ("emerging_routes", 0)]
    steps += [(s, k) for k in args.sub for s in ("find_hotspots_sub", "dbscan_sub")]
    if args.diffuse:
        steps = [("find_hotspots_diffuse", 0)]
    results = []
    for step, sub in steps if args.n > 0 else []:
        cmd = [sys.executable, __file__, "--step", step, "--n", str(args.n), "--sub", str(sub or 1)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(results[-1], flush=True)
    if results:
        print(markdown(pd.DataFrame(results)))
    if args.iom and IOM.exists():
        print(f"IOM tables, load average {os.getloadavg()[0]:.1f}", flush=True)
        print(markdown(iom_table(grid=not args.no_grid)))


if __name__ == "__main__":
    main()
