"""``trendlib report strategic|operational ...``: the command-line entry of the renderer.

Exit codes: 0 success, 1 the notebook or its conversion failed (the failed
notebook is kept and the previous report untouched), 2 invalid parameters or
missing input (nothing was run).
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import time
from collections.abc import Iterator
from typing import Any

__all__ = ["add_arguments", "run"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``report`` sub-command's arguments to ``parser``.

    Examples
    --------
    >>> p = argparse.ArgumentParser(prog="trendlib report")
    >>> add_arguments(p)
    >>> p.parse_args(["strategic", "-p", "threshold=10"]).param
    ['threshold=10']
    """
    from trendlib.reports._registry import REPORTS

    parser.description = "Render a report to self-contained HTML (with its notebook and manifest)."
    parser.epilog = "\n".join(
        f"{name}: {spec.description}" for name, spec in sorted(REPORTS.items())
    ) + (
        "\n\nExit codes: 0 published; 1 a cell failed (failed notebook kept, previous report "
        "untouched); 2 invalid parameters or input (checked before any kernel starts)."
    )
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("name", choices=sorted(REPORTS), help="which report")
    parser.add_argument(
        "--data",
        nargs="+",
        action="extend",
        metavar="FILE",
        help="input files or folders (default: data_samples/)",
    )
    parser.add_argument("--profile", help="source profile passed to read_records")
    parser.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a report parameter (repeatable); lists comma-separated, dates YYYY[-MM[-DD]]",
    )
    parser.add_argument("--params-file", metavar="YAML", help="parameters from a YAML mapping")
    parser.add_argument(
        "--out", default="reports", metavar="DIR", help="output folder (default: reports)"
    )
    parser.add_argument("--stem", help="output file name stem (default: the report name)")
    parser.add_argument(
        "--timeout", type=float, default=600, metavar="SECONDS", help="longest one cell may run"
    )
    parser.add_argument(
        "--list-params", action="store_true", help="print the report's parameters and exit"
    )


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Turn SIGTERM (a scheduler stopping the job) into KeyboardInterrupt while rendering.

    The renderer then keeps the failed notebook, removes its staging folder and leaves
    the published report as it was.
    """

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except (ValueError, AttributeError):  # not the main thread, or no SIGTERM here
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _mapping(args: argparse.Namespace) -> dict[str, Any]:
    from trendlib.errors import ParameterError

    values: dict[str, Any] = {}
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ParameterError(f"-p expects KEY=VALUE, got {item!r} (e.g. -p threshold=10).")
        values[key.strip()] = value
    if args.data:
        values["data"] = list(args.data)
    if args.profile:
        values["profile"] = args.profile
    return values


def run(args: argparse.Namespace) -> int:
    """Run ``trendlib report``; returns the exit code (0, 1 or 2) and prints what happened.

    Parameters
    ----------
    args : argparse.Namespace
        Parsed by a parser set up with :func:`add_arguments`.

    Returns
    -------
    int
        0 published, 1 the render failed, 2 invalid parameters or input.
    """
    from trendlib.errors import InputFileNotFoundError, ParameterError, ReportRenderError
    from trendlib.reports._registry import get_spec
    from trendlib.reports._render import make_params, render_report

    spec = get_spec(args.name)
    if args.list_params:
        print(spec.params.describe())
        return EXIT_OK
    t0 = time.perf_counter()
    try:
        mapping = _mapping(args)
        if args.params_file:
            params = spec.params.from_yaml(args.params_file, overrides=mapping)
        else:
            params = make_params(args.name, mapping)
        print(f"trendlib report {args.name}: rendering ...", file=sys.stderr, flush=True)
        with _terminate_as_interrupt():
            result = render_report(
                args.name, params, out_dir=args.out, stem=args.stem, timeout=args.timeout
            )
    except (ParameterError, InputFileNotFoundError) as err:
        print(f"trendlib report: error: {err}", file=sys.stderr)
        print(
            f"(run `trendlib report {args.name} --list-params` for the parameters)", file=sys.stderr
        )
        return EXIT_USAGE
    except ReportRenderError as err:
        print(
            f"trendlib report: failed after {time.perf_counter() - t0:.1f} s: {err}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    steps = ", ".join(f"{k} {v:.1f} s" for k, v in result.timings.items())
    print(f"published {result.html} in {result.seconds:.1f} s ({steps})")
    print(f"  notebook {result.notebook}\n  manifest {result.manifest}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - test harness only
    """Stand-alone harness: ``python -m trendlib.reports._command strategic ...``."""
    parser = argparse.ArgumentParser(prog="trendlib report")
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
