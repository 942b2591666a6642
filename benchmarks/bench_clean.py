"""Benchmark: read + clean of a large messy CSV, against a plain pyarrow read of the same file.

Usage::

    python benchmarks/bench_clean.py --rows 1000000

Each phase runs in a fresh subprocess so its peak memory is its own: the kernel's
high-water mark of the process's resident set (``VmHWM``; ``ru_maxrss`` would also count
the parent's memory at the fork, i.e. the generator's). Imports are done before the
clock starts in both phases (pandas for the baseline, trendlib's reader and cleaner for
trendlib). The baseline is ``pd.read_csv(path, engine="pyarrow")`` on the same file, in
the same run. The file is flushed and read once before timing; the phases then run
``--repeat`` times, alternated, and the median run of each is reported (with every
run's time). ``clean_records`` returns with its audit pending (built when first read):
the trendlib time stops there, and building the audit (~10 M rows) is timed on its own
and reported beside it, with the ratio it would give. Results are printed as JSON and
as a Markdown row for RESULTS.md.

trendlib keeps the lookup tables it builds from pycountry, countryinfo and GeoNames in the
user's cache folder (``TRENDLIB_CACHE_DIR``): by default the runs read them from there, as
every run after a machine's first does; ``--no-table-cache`` builds them in each run.
pyarrow's allocator is the one trendlib chooses (``TRENDLIB_ARROW_POOL``, default the
system allocator); the plain read keeps pyarrow's default.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (VmHWM; ru_maxrss elsewhere)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _phase(name: str, path: str) -> dict[str, Any]:
    import pandas as pd

    if name == "trendlib":
        import trendlib as tl

        tl.read_records, tl.clean_records  # noqa: B018 - load the lazy modules now

    start = time.perf_counter()
    if name == "plain":
        frame = pd.read_csv(path, engine="pyarrow", sep=";")  # told the delimiter; we sniff it
        rows = len(frame)
        extra: dict[str, float] = {}
    else:
        t0 = time.perf_counter()
        raw = tl.read_records(path)
        t_read = time.perf_counter() - t0
        read_peak_mb = _peak_mb()
        res = tl.clean_records(raw, today="2026-11-28")
        t_clean = time.perf_counter() - t0 - t_read
        clean_peak_mb = _peak_mb()
        rows = len(raw)
        assert len(res.records) + len(res.quarantine) == rows
        # clean_records returns with the audit pending (built on first access); building
        # it is timed on its own, and "seconds" below stops before it
        elapsed = time.perf_counter() - start
        t1 = time.perf_counter()
        audit_rows = len(res.audit)
        t_audit = time.perf_counter() - t1
        assert audit_rows == res.n_changed
        extra = {
            "read_s": t_read,
            "read_peak_mb": read_peak_mb,
            "clean_s": t_clean,
            "clean_peak_mb": clean_peak_mb,
            "audit_s": t_audit,
            "records": len(res.records),
            "quarantined": len(res.quarantine),
            "audit_rows": audit_rows,
        }
        return {"phase": name, "rows": rows, "seconds": elapsed, "peak_mb": _peak_mb(), **extra}
    elapsed = time.perf_counter() - start
    peak_mb = _peak_mb()
    return {"phase": name, "rows": rows, "seconds": elapsed, "peak_mb": peak_mb, **extra}


def _median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median ``seconds`` (the lower middle one for an even count)."""
    ordered = sorted(runs, key=lambda r: r["seconds"])
    return ordered[(len(ordered) - 1) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each phase, alternated (medians reported)"
    )
    parser.add_argument(
        "--no-table-cache",
        action="store_true",
        help="build trendlib's lookup tables in every run (TRENDLIB_CACHE_DIR=off), as the "
        "first run on a machine does; by default they are read from the user's cache folder",
    )
    parser.add_argument("--phase", choices=["plain", "trendlib"], help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(_phase(args.phase, args.file)))
        return

    from trendlib import samples

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "messy.csv"
        t0 = time.perf_counter()
        samples.make_messy_csv(path, n_rows=args.rows, seed=args.seed)
        gen_s = time.perf_counter() - t0
        # The file was just written: flush it and read it once, untimed, so that neither
        # phase pays for the write-back or a cold page cache (the first run after the
        # generator used to be slowed by it, flattering the ratio).
        os.sync()
        path.read_bytes()
        runs: dict[str, list[dict[str, Any]]] = {"plain": [], "trendlib": []}
        env = dict(os.environ)
        if args.no_table_cache:
            env["TRENDLIB_CACHE_DIR"] = "off"
        for _ in range(args.repeat):  # alternated, so a noisy spell hits both phases
            for phase in ("plain", "trendlib"):
                out = subprocess.run(
                    [sys.executable, __file__, "--phase", phase, "--file", str(path)],
                    check=True,
                    capture_output=True,
                    text=True,
                    env=env,
                )
                runs[phase].append(json.loads(out.stdout.strip().splitlines()[-1]))
        size_mb = path.stat().st_size / 1e6
    plain = _median_run(runs["plain"])
    ours = _median_run(runs["trendlib"])
    summary = {
        "rows": args.rows,
        "file_mb": round(size_mb, 1),
        "generate_s": round(gen_s, 1),
        "plain_read_s": round(plain["seconds"], 2),
        "trendlib_read_clean_s": round(ours["seconds"], 2),
        "read_s": round(ours["read_s"], 2),
        "clean_s": round(ours["clean_s"], 2),
        "audit_build_s": round(ours["audit_s"], 2),
        "ratio_vs_plain": round(ours["seconds"] / plain["seconds"], 2),
        "ratio_vs_plain_with_audit": round(
            (ours["seconds"] + ours["audit_s"]) / plain["seconds"], 2
        ),
        "rows_per_s": round(args.rows / ours["seconds"]),
        "peak_mb_trendlib": round(ours["peak_mb"]),
        "peak_mb_before_audit": round(ours["clean_peak_mb"]),
        "peak_mb_after_read": round(ours["read_peak_mb"]),
        "peak_mb_plain": round(plain["peak_mb"]),
        "records": ours["records"],
        "quarantined": ours["quarantined"],
        "audit_rows": ours["audit_rows"],
        "repeat": args.repeat,
        "table_cache": not args.no_table_cache,
        "plain_runs_s": [round(r["seconds"], 2) for r in runs["plain"]],
        "trendlib_runs_s": [round(r["seconds"], 2) for r in runs["trendlib"]],
        "load_avg_1min": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(summary, indent=2))
    print(
        f"| {args.rows:,} | {summary['plain_read_s']} s | {summary['trendlib_read_clean_s']} s "
        f"({summary['read_s']} read + {summary['clean_s']} clean) | {summary['ratio_vs_plain']}x "
        f"| {summary['rows_per_s']:,} rows/s | {summary['peak_mb_trendlib']} MB | audit built on "
        f"access: +{summary['audit_build_s']} s ({summary['ratio_vs_plain_with_audit']}x) |"
    )


if __name__ == "__main__":
    main()
