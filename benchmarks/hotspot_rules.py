"""Candidate label-free rules for the scale of ``find_hotspots``, and the synthetic sets.

The record of how the default ``eps_km`` rule was chosen (see "Routes and hotspots" in
``RESULTS.md``). Every rule here sees coordinates only, never a label:

* ``knee_lin`` - the default of ``trendlib.find_hotspots``: knee (Kneedle) of the sorted,
  record-weighted ``min_records``-distance curve, linear distance axis;
* ``knee_log`` - the same knee on log distances;
* ``q90``      - eps = 90th percentile of the records' ``min_records``-distance (at most
  ~10 % noise);
* ``eom``      - HDBSCAN-style excess-of-mass selection over a ladder of DBSCAN radii
  (10 to 1,600 km, x sqrt 2), on weighted cells, ``min_cluster_size = min_records``;
* ``hdb_pts``  - scikit-learn HDBSCAN (haversine) on the raw points, ``min_cluster_size =
  min_samples = min_records`` (unweighted, not scalable: a reference);
* ``fixed150`` - the earlier fixed eps 150 km (chosen after a grid on IOM MMP labels).

Usage::

    python benchmarks/hotspot_rules.py                 # synthetic sets, all rules
    python benchmarks/hotspot_rules.py --seeds 4 --rules knee_lin,fixed150

Synthetic sets (known clusters): ``regional`` - 6 to 15 regions (radius 20-500 km, each
a continuous part along a line or a disc + 1-8 sub-hotspots of 2-30 km), packed just
beyond a minimum gap, records per region log-normal, 2-15 % background noise, and every
distance multiplied by a per-seed scale factor in [1/3, 3] so that no fixed radius is
right for all seeds; ``truth`` - ``trendlib.samples.make_truth`` locations vs their
``corridor`` (town-level hotspots grouped into corridors).
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable

import numpy as np
import pandas as pd
from sklearn.cluster import DBSCAN, HDBSCAN
from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score

from trendlib.routes._common import EARTH_RADIUS_KM, haversine_km, spherical_mean
from trendlib.routes.hotspots import (
    SCALE_CELL_KM,
    _weighted_kdist_km,
    find_hotspots,
    snap_to_cells,
)

KM_PER_DEG = math.pi * EARTH_RADIUS_KM / 180.0
RULES = ("knee_lin", "fixed150", "knee_log", "q90", "eom", "hdb_pts")


def min_records_of(n: int, share: float = 0.0005) -> int:
    return max(5, math.ceil(share * n))


def _cells(lat: np.ndarray, lon: np.ndarray, cell_km: float):
    u, inv, cnt = np.unique(
        snap_to_cells(lat, lon, cell_km=cell_km), return_inverse=True, return_counts=True
    )
    inv = inv.ravel()
    clat, clon = spherical_mean(lat, lon, np.ones(len(lat)), inv, len(u))
    return clat, clon, cnt.astype(float), inv


def _kdist_curve(lat: np.ndarray, lon: np.ndarray, k: int):
    """Sorted record-weighted k-distances (km, >= SCALE_CELL_KM) and their cumulative share."""
    clat, clon, w, _ = _cells(lat, lon, SCALE_CELL_KM)
    kd = _weighted_kdist_km(clat, clon, w, k)
    o = np.argsort(kd, kind="stable")
    return np.cumsum(w[o]) / w.sum(), np.maximum(kd[o], SCALE_CELL_KM)


def dbscan_cells(lat: np.ndarray, lon: np.ndarray, eps_km: float, k: int) -> np.ndarray:
    """DBSCAN on weighted cells of eps/10 (as find_hotspots, without the 2.5 km floor)."""
    clat, clon, w, inv = _cells(lat, lon, eps_km / 10)
    db = DBSCAN(eps=eps_km / EARTH_RADIUS_KM, min_samples=k, metric="haversine")
    return db.fit(np.radians(np.c_[clat, clon]), sample_weight=w).labels_[inv]


def rule_knee_lin(lat: np.ndarray, lon: np.ndarray, k: int) -> tuple[np.ndarray, str]:
    rid = pd.array([str(i) for i in range(len(lat))], dtype="string")
    hot = find_hotspots(pd.DataFrame({"record_id": rid, "lat": lat, "lon": lon}), min_records=k)
    return hot.assignments["cluster"].to_numpy(), f"eps {hot.eps_km:.0f} km"


def rule_fixed150(lat: np.ndarray, lon: np.ndarray, k: int) -> tuple[np.ndarray, str]:
    return dbscan_cells(lat, lon, 150.0, k), "eps 150 km"


def rule_knee_log(lat: np.ndarray, lon: np.ndarray, k: int) -> tuple[np.ndarray, str]:
    x, y = _kdist_curve(lat, lon, k)
    ly = np.log(y)
    xn = (x - x[0]) / max(x[-1] - x[0], 1e-12)
    yn = (ly - ly[0]) / max(ly[-1] - ly[0], 1e-12)
    eps = float(y[int(np.argmax(xn - yn))])
    return dbscan_cells(lat, lon, eps, k), f"eps {eps:.0f} km"


def rule_q90(lat: np.ndarray, lon: np.ndarray, k: int) -> tuple[np.ndarray, str]:
    x, y = _kdist_curve(lat, lon, k)
    eps = float(y[min(np.searchsorted(x, 0.9), len(y) - 1)])
    return dbscan_cells(lat, lon, eps, k), f"eps {eps:.0f} km"


def rule_hdb_pts(lat: np.ndarray, lon: np.ndarray, k: int) -> tuple[np.ndarray, str]:
    model = HDBSCAN(min_cluster_size=k, min_samples=k, metric="haversine", copy=True)
    return model.fit_predict(np.radians(np.c_[lat, lon])), ""


def rule_eom(lat: np.ndarray, lon: np.ndarray, k: int) -> tuple[np.ndarray, str]:
    """Excess of mass (HDBSCAN's cluster selection) over a ladder of DBSCAN levels.

    Levels coarse to fine (lambda = 1/eps). A cluster's parent is the coarser cluster
    holding most of its records; a parent splits when >= 2 children weigh >= k, else its
    one big child continues it. Stability = sum over its levels after birth of records x
    delta-lambda; a node is kept when it is at least as stable as its kept descendants.
    """
    levels = (10.0 * math.sqrt(2) ** np.arange(16))[::-1]  # 1,600 .. 10 km
    lam = 1.0 / levels
    labs = [dbscan_cells(lat, lon, e, k) for e in levels]
    birth: list[int] = []
    parent: list[int] = []
    members: list[np.ndarray] = []
    stab: list[float] = []
    prev_node = np.array([], dtype=int)
    for i, lab in enumerate(labs):
        n_c = int(lab.max()) + 1
        node = np.full(n_c, -1)
        size = np.bincount(lab[lab >= 0], minlength=n_c)
        pnode = np.full(n_c, -1)
        if i:
            for c in range(n_c):
                par = labs[i - 1][lab == c]
                par = par[par >= 0]
                pnode[c] = prev_node[np.bincount(par).argmax()] if len(par) else -1
        for pn in np.unique(pnode):
            big = [c for c in np.flatnonzero(pnode == pn) if size[c] >= k]
            if pn >= 0 and len(big) == 1:
                node[big[0]] = pn
            elif pn < 0 or len(big) >= 2:
                for c in big:
                    node[c] = len(birth)
                    birth.append(i)
                    parent.append(int(pn))
                    members.append(np.flatnonzero(lab == c))
                    stab.append(0.0)
        for c in range(n_c):
            if node[c] >= 0 and birth[node[c]] < i:
                stab[node[c]] += size[c] * (lam[i] - lam[i - 1])
        prev_node = node
    children: list[list[int]] = [[] for _ in birth]
    for nd, p in enumerate(parent):
        if p >= 0:
            children[p].append(nd)
    best = np.array(stab)
    keep = np.zeros(len(birth), bool)
    for nd in sorted(range(len(birth)), key=lambda x: -birth[x]):  # finest first
        below = sum(best[c] for c in children[nd])
        if children[nd] and below > stab[nd]:
            best[nd] = below
        else:
            keep[nd] = True
    out = np.full(len(lat), -1)
    todo = [nd for nd, p in enumerate(parent) if p < 0]
    j = 0
    while todo:
        nd = todo.pop()
        if keep[nd]:
            out[members[nd]] = j
            j += 1
        else:
            todo.extend(children[nd])
    return out, f"{j} kept of {len(birth)} nodes"


RULE_FUNCS: dict[str, Callable[[np.ndarray, np.ndarray, int], tuple[np.ndarray, str]]] = {
    "knee_lin": rule_knee_lin,
    "fixed150": rule_fixed150,
    "knee_log": rule_knee_log,
    "q90": rule_q90,
    "eom": rule_eom,
    "hdb_pts": rule_hdb_pts,
}


def regional(seed: int) -> tuple[float, np.ndarray, np.ndarray, np.ndarray]:
    """Synthetic regions (see the module docstring): scale factor, lat, lon, truth (-1 noise)."""
    rng = np.random.default_rng(seed)
    f = float(np.exp(rng.uniform(np.log(1 / 3), np.log(3))))
    noise = float(rng.uniform(0.02, 0.15))
    n_regions = int(rng.integers(6, 16))
    cen: list[tuple[float, float]] = []
    rad: list[float] = []
    while len(cen) < n_regions:
        r = f * float(np.exp(rng.uniform(np.log(20), np.log(500))))
        if not cen or rng.random() < 0.2:  # a new, far-away group
            la, lo = rng.uniform(-35, 55), rng.uniform(-120, 140)
        else:  # packed next to an existing region, just beyond the minimum gap
            j = int(rng.integers(len(cen)))
            d = (1.5 * (r + rad[j]) + 150 * f) * rng.uniform(1.0, 1.5) / KM_PER_DEG
            a = rng.uniform(0, 2 * np.pi)
            la = cen[j][0] + d * np.sin(a)
            lo = cen[j][1] + d * np.cos(a) / np.cos(np.radians(cen[j][0]))
            if abs(la) > 70:
                continue
        gap = [haversine_km(la, lo, c[0], c[1]) for c in cen]
        if all(g >= 1.5 * (r + rr) + 150 * f for g, rr in zip(gap, rad, strict=True)):
            cen.append((la, lo))
            rad.append(r)
    lat, lon, lab = [], [], []
    for j, ((la, lo), r) in enumerate(zip(cen, rad, strict=True)):
        n = int(np.clip(rng.lognormal(np.log(300), 1.0), 30, 5000))
        line, ang, m = rng.random() < 0.5, rng.uniform(0, np.pi), int(rng.integers(1, 9))

        def place(size: int, line: bool = line, ang: float = ang, r: float = r):
            if line:
                t = rng.uniform(-r, r, size)
                return t * np.cos(ang), t * np.sin(ang)
            a, d = rng.uniform(0, 2 * np.pi, size), r * np.sqrt(rng.random(size))
            return d * np.cos(a), d * np.sin(a)

        sx, sy = place(m)
        sd = f * np.exp(rng.uniform(np.log(2), np.log(30), m))
        sw = 1.0 / np.arange(1, m + 1) ** rng.uniform(0.5, 1.5)
        n_cont = int(0.3 * n)
        cx, cy = place(n_cont)
        h = rng.choice(m, n - n_cont, p=sw / sw.sum())
        x = np.r_[cx, sx[h] + rng.normal(0, 1, n - n_cont) * sd[h]]
        y = np.r_[cy, sy[h] + rng.normal(0, 1, n - n_cont) * sd[h]]
        lat.append(la + y / KM_PER_DEG)
        lon.append(lo + x / (KM_PER_DEG * np.cos(np.radians(la))))
        lab.append(np.full(n, j))
    n_noise = int(noise * sum(map(len, lab)) / (1 - noise))
    s = np.sin(np.radians([-35.0, 55.0]))
    lat.append(np.degrees(np.arcsin(rng.uniform(s[0], s[1], n_noise))))
    lon.append(rng.uniform(-120, 140, n_noise))
    lab.append(np.full(n_noise, -1))
    la_, lo_ = np.concatenate(lat), np.concatenate(lon)
    return f, np.clip(la_, -89.9, 89.9), (lo_ + 180) % 360 - 180, np.concatenate(lab)


def truth_corridors(seed: int) -> tuple[float, np.ndarray, np.ndarray, np.ndarray]:
    from trendlib.samples import make_truth

    t = make_truth(seed=seed)
    corridor = pd.factorize(t["corridor"])[0]
    return 1.0, t["lat"].to_numpy(float), t["lon"].to_numpy(float), corridor


def synthetic_table(kind: str, seeds: int, rules: list[str]) -> pd.DataFrame:
    """AMI/ARI of each rule per seed (background noise is clustered but not scored)."""
    make = regional if kind == "regional" else truth_corridors
    rows = []
    for seed in range(seeds):
        f, lat, lon, y = make(seed)
        k = min_records_of(len(lat))
        sel = y >= 0
        for name in rules:
            t = time.perf_counter()
            lab, info = RULE_FUNCS[name](lat, lon, k)
            dt = time.perf_counter() - t
            a = adjusted_mutual_info_score(y[sel], lab[sel])
            r = adjusted_rand_score(y[sel], lab[sel])
            rows.append((kind, seed, round(f, 2), name, info, lab.max() + 1, a, r, dt))
    cols = ["set", "seed", "scale", "rule", "info", "clusters", "AMI", "ARI", "seconds"]
    return pd.DataFrame(rows, columns=cols)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=16)
    parser.add_argument("--truth-seeds", type=int, default=5)
    parser.add_argument("--rules", default=",".join(r for r in RULES if r != "hdb_pts"))
    args = parser.parse_args()
    rules = args.rules.split(",")
    pd.set_option("display.width", 200)
    for kind, seeds in (("regional", args.seeds), ("truth", args.truth_seeds)):
        tab = synthetic_table(kind, seeds, rules)
        print(tab.pivot(index=["seed", "scale"], columns="rule", values="AMI").round(3))
        summary = tab.groupby("rule")[["AMI", "ARI"]].agg(["mean", "min"]).round(3)
        print(f"{kind}: {seeds} seeds\n{summary}\n", flush=True)


if __name__ == "__main__":
    main()
