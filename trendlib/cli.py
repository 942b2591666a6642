"""The ``trendlib`` command line.

``trendlib make-samples``  write the synthetic sample submissions into ``data_samples/``
``trendlib clean FILES``   read + clean submissions, print the quality summary, write records
``trendlib report NAME``   render the strategic or operational report
``trendlib profiles``      list the built-in input profiles

Exit codes: 0 success, 1 bad input data or a failed run, 2 bad usage or parameters.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from trendlib.errors import ParameterError, TrendlibError

__all__ = ["build_parser", "main"]

_SUPPORTED = (".csv", ".tsv", ".txt", ".xlsx", ".parquet", ".jsonl", ".ndjson")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``trendlib`` command.

    Returns
    -------
    argparse.ArgumentParser
        The parser with its sub-commands.

    Examples
    --------
    >>> build_parser().parse_args(["clean", "a.csv", "--out", "r.parquet"]).out
    'r.parquet'
    """
    from trendlib import __version__

    parser = argparse.ArgumentParser(
        prog="trendlib",
        description="Clean, link, cluster, forecast and report on THB and migrant-smuggling "
        "records.",
    )
    parser.add_argument("--version", action="version", version=f"trendlib {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("make-samples", help="write synthetic messy submissions + ground truth")
    p.add_argument("--out", default="data_samples", help="folder (default: data_samples)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    p.add_argument("--n-events", type=int, default=3000, help="true events (default: 3000)")

    p = sub.add_parser("clean", help="read and clean submissions; print the quality summary")
    p.add_argument("files", nargs="+", help="input files or folders (CSV, XLSX, Parquet, JSONL)")
    p.add_argument("--profile", help="input profile for a known format (see `trendlib profiles`)")
    p.add_argument("--source", help="source name for every row (default: from the file)")
    p.add_argument("--mapping", help="YAML file mapping your headers to trendlib's columns")
    p.add_argument("--out", help="write clean records here (.parquet, .csv, .xlsx, .jsonl)")
    p.add_argument("--quarantine", help="write quarantined rows here (.csv or .parquet)")
    p.add_argument("--audit", help="write the audit trail here (.csv or .parquet)")
    p.add_argument("--summary", help="write the quality summary here (.csv)")
    order = p.add_mutually_exclusive_group()
    order.add_argument("--dayfirst", dest="dayfirst", action="store_const", const=True)
    order.add_argument("--monthfirst", dest="dayfirst", action="store_const", const=False)
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    sub.add_parser("profiles", help="list the built-in input profiles")

    p = sub.add_parser("report", help="render a report (strategic or operational)")
    try:
        from trendlib.reports import _command

        _command.add_arguments(p)
    except ImportError:  # pragma: no cover - reports package not installed in this build
        p.add_argument("args", nargs=argparse.REMAINDER)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments (default: ``sys.argv[1:]``).

    Returns
    -------
    int
        0 on success, 1 on bad input data or a failed run, 2 on bad usage or parameters.
    """
    args = build_parser().parse_args(argv)
    try:
        if args.command == "make-samples":
            return _make_samples(args)
        if args.command == "clean":
            return _clean(args)
        if args.command == "profiles":
            return _profiles()
        if args.command == "report":
            from trendlib.reports import _command

            return int(_command.run(args))
    except ParameterError as err:
        print(f"trendlib: error: {err}", file=sys.stderr)
        return 2
    except TrendlibError as err:
        print(f"trendlib: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # pragma: no cover
        print("trendlib: interrupted", file=sys.stderr)
        return 130
    return 2  # pragma: no cover - argparse requires a command


def _expand(paths: Sequence[str]) -> list[Path]:
    """Files as given; a folder stands for its supported files (not its subfolders)."""
    out: list[Path] = []
    for text in paths:
        path = Path(text)
        if path.is_dir():
            out.extend(
                sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in _SUPPORTED)
            )
        else:
            out.append(path)
    return out


def _make_samples(args: argparse.Namespace) -> int:
    from trendlib import samples

    start = time.perf_counter()
    written = samples.write_samples(Path(args.out), seed=args.seed, n_events=args.n_events)
    files = [Path(p) for p in _flatten_paths(written)]
    size = sum(p.stat().st_size for p in files if p.is_file())
    print(
        f"wrote {len(files)} files ({size / 1e6:.2f} MB) to {args.out} "
        f"in {time.perf_counter() - start:.1f} s"
    )
    return 0


def _flatten_paths(value: object) -> list[str]:
    if isinstance(value, dict):
        return [p for v in value.values() for p in _flatten_paths(v)]
    if isinstance(value, list | tuple):
        return [p for v in value for p in _flatten_paths(v)]
    return [str(value)]


def _profiles() -> int:
    from trendlib.io import profiles

    for name, profile in sorted(profiles.PROFILES.items()):
        print(f"{name:14s} {getattr(profile, 'title', '')}")
    return 0


def _clean(args: argparse.Namespace) -> int:
    import pandas as pd
    from tqdm.auto import tqdm

    from trendlib.clean import clean_records, quality_summary
    from trendlib.config import get_settings
    from trendlib.io import read_records, write_records

    start = time.perf_counter()
    files = _expand(args.files)
    if not files:
        raise ParameterError(
            f"no input files in {args.files}: give CSV, XLSX, Parquet or JSONL files or a folder "
            "holding them."
        )
    show = get_settings().progress and not args.quiet
    raws = []
    for path in tqdm(files, desc="reading", unit="file", disable=not show):
        raws.append(
            read_records(path, source=args.source, mapping=args.mapping, profile=args.profile)
        )
    raw = pd.concat(raws, ignore_index=True) if len(raws) > 1 else raws[0]
    res = clean_records(raw, dayfirst=args.dayfirst, progress=show)
    summary = quality_summary(res)

    n_dup = int(res.records["is_duplicate_of"].notna().sum())
    print(
        f"read {len(raw):,} rows from {len(files)} file(s): {len(res.records):,} records "
        f"({n_dup:,} marked duplicate), {len(res.quarantine):,} quarantined, "
        f"{res.n_changed:,} values changed, in {time.perf_counter() - start:.1f} s"
    )
    if len(res.quarantine):
        reasons = res.quarantine["reason"].value_counts()
        print("quarantine: " + ", ".join(f"{k} {v}" for k, v in reasons.items()))
    _print_summary(summary)
    if args.out:
        write_records(res.records, args.out)
        print(f"records written to {args.out}")
    for frame, target in ((res.quarantine, args.quarantine), (res.audit, args.audit)):
        if target:
            _write_table(frame, target)
    if args.summary:
        summary.to_csv(args.summary, index=False)
    return 0


def _write_table(frame: object, target: str) -> None:
    import pandas as pd

    assert isinstance(frame, pd.DataFrame)
    if target.endswith(".parquet"):
        frame.to_parquet(target, index=False)
    else:
        frame.to_csv(target, index=False)


def _print_summary(summary: object) -> None:
    import pandas as pd

    assert isinstance(summary, pd.DataFrame)
    rows = summary[summary["column"] == "(row)"].set_index("source")
    cols = summary[summary["column"] != "(row)"]
    filled = cols.pivot(index="source", columns="column", values="filled_pct")
    key = [
        c
        for c in ("event_date", "n_persons", "nationality", "detection_country", "crime_type")
        if c in filled
    ]
    table = pd.DataFrame(
        {
            "rows": rows["rows"],
            "records": rows["filled"],
            "quarantined": rows["quarantined"],
            "changed": cols.groupby("source")["changed"].sum(),
        }
    ).join(filled[key].add_suffix(" %"))
    print("\ndata quality by source (% = share of rows with a value):")
    print(table.to_string())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
