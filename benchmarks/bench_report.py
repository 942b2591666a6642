"""Time report rendering on the samples, against papermill's bare floor (same run).

    python benchmarks/bench_report.py [--repeat 3] [--write]

* floor: ``papermill.execute_notebook`` of an empty notebook (kernel start, one cell,
  shutdown) - what any papermill report costs on this machine;
* strategic / operational: ``trendlib.reports.render_report`` end to end on the
  samples (validate, kernel start, read + clean + analysis, redaction, HTML, publish);
* cli: ``trendlib report strategic`` as a fresh process (adds interpreter start-up).

``--write`` replaces the "Reports" section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import papermill as pm

from trendlib.reports import render_report
from trendlib.samples import write_samples

HERE = Path(__file__).resolve().parent
TARGET = 15.0


def _floor(tmp: Path) -> float:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x = 1")
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell, nbformat.v4.new_code_cell("pass")]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    src = tmp / "empty.ipynb"
    nbformat.write(nb, src)
    t0 = time.perf_counter()
    pm.execute_notebook(str(src), str(tmp / "empty.out.ipynb"), progress_bar=False)
    return time.perf_counter() - t0


def _cli(tmp: Path, samples: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "trendlib.cli",
            "report",
            "strategic",
            "--data",
            str(samples),
            "--out",
            str(tmp / "cli"),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "TRENDLIB_PROGRESS": "0"},
    )
    return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    args = parser.parse_args()
    os.environ["TRENDLIB_PROGRESS"] = "0"
    rows: dict[str, list[float]] = {"floor": [], "strategic": [], "operational": [], "cli": []}
    steps: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        samples = tmp / "data_samples"
        write_samples(samples, seed=0)
        data = {"data": [str(samples)]}
        for _ in range(args.repeat):
            rows["floor"].append(_floor(tmp))
            res = render_report("strategic", data, out_dir=tmp / "out")
            rows["strategic"].append(res.seconds)
            steps = res.timings
            rows["operational"].append(
                render_report(
                    "operational",
                    {
                        **data,
                        "countries": "ITA,LBY",
                        "period_start": "2023-06",
                        "period_end": "2023-09",
                    },
                    out_dir=tmp / "out",
                ).seconds
            )
            rows["cli"].append(_cli(tmp, samples))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        "## Reports",
        "",
        f"`python benchmarks/bench_report.py --repeat {args.repeat}` on the samples "
        f"(`write_samples(seed=0)`, 5 submissions, ~3,100 rows); {os.cpu_count()} CPUs, "
        f"load average {load:.1f} at the end, Python {platform.python_version()}. "
        f"Seconds, median (min) of {args.repeat}; target: strategic <= {TARGET:.0f} s end to end.",
        "",
        "| what | median s | min s |",
        "|---|---:|---:|",
    ]
    labels = {
        "floor": "papermill floor (empty notebook)",
        "strategic": "strategic report, `render_report`",
        "operational": "operational report, `render_report`",
        "cli": "strategic, `trendlib report strategic` (new process)",
    }
    for key, values in rows.items():
        lines.append(f"| {labels[key]} | {statistics.median(values):.1f} | {min(values):.1f} |")
    lines += [
        "",
        "Last strategic run by step (s): "
        + ", ".join(f"{k} {v:.1f}" for k, v in steps.items())
        + ". `execute` includes kernel start and reading + cleaning the samples. Run "
        + time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        + "; the new-process row adds interpreter start and the papermill/nbformat imports.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        results = HERE / "RESULTS.md"
        old = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n\n"
        start = old.find("## Reports")
        if start == -1:
            new = old.rstrip("\n") + "\n\n" + text
        else:
            end = old.find("\n## ", start + 1)
            new = old[:start] + text + ("\n" + old[end + 1 :] if end != -1 else "")
        results.write_text(new.rstrip("\n") + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
