"""Score the cleaner on sample sets: value accuracy, duplicates, quarantine, rows lost.

Usage::

    python benchmarks/score_heldout.py blind117,blind118 [--seeds 5,0] [--sets DIR] [--out F]

Each variant is written with :func:`trendlib.samples.write_samples` (seed 5: 1,500 events;
seed 0: 3,000), read with :func:`trendlib.read_records`, cleaned with
:func:`trendlib.clean_records` (``today="2026-01-01"``) and scored with
:func:`trendlib.samples.score_cleaning`: one line per variant and seed. The files are kept
in ``--sets`` (default: a temporary folder) and written once, so later runs score the same
bytes. With ``--misses``, each set's wrong values, unexpected statuses and duplicates missed
are printed below its line.

This is how a held-out set is scored once (CONTRIBUTING.md, "Held-out sets"): run it with
``PYTHONPATH`` pointing at ``git archive <commit> trendlib`` of the set's commit. Run over
every variant (``--all``) before and after a rule goes in, and compare the lines: a line
that gets worse is a rule to narrow or withdraw.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

SIZES = {5: 1500, 0: 3000}


def _paths(folder: Path, variant: str, seed: int) -> dict[str, Path]:
    from trendlib.samples import write_samples

    done = folder / f"{variant}_s{seed}" / "paths.json"
    if done.exists():
        return {k: Path(v) for k, v in json.loads(done.read_text()).items()}
    paths = write_samples(done.parent, seed=seed, n_events=SIZES[seed], variant=variant)
    done.write_text(json.dumps({k: str(v) for k, v in paths.items()}))
    return paths


def score(variant: str, seed: int, folder: Path, *, misses: bool = False) -> str:
    """Return the score line of one variant and seed (and its misses when asked)."""
    import trendlib as tl
    from trendlib.samples import score_cleaning

    paths = _paths(folder, variant, seed)
    truth = pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    files = set(truth["source_file"])
    raw = tl.read_records(sorted(p for p in paths.values() if p.name in files))
    res = tl.clean_records(raw, today="2026-01-01")
    s = score_cleaning(res, truth)
    line = (
        f"{variant} s{seed} value={s.value_accuracy:.4f} "
        f"dup={s.duplicate_recall:.3f}/{s.duplicate_precision:.3f} "
        f"q={s.quarantine_recall:.3f}/{s.quarantine_precision:.3f} "
        f"lost={s.rows_lost} unexp={s.rows_unexpected}"
    )
    if not misses:
        return line
    wrong = (
        s.misses.groupby(["source_file", "field", "expected", "got"], dropna=False)
        .size()
        .sort_values(ascending=False)
    )
    st = s.status
    off = st.loc[st["expected_status"] != st["got_status"]]
    return "\n".join([line, wrong.head(30).to_string(), off.head(30).to_string()])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="?", default="", help="comma-separated variants")
    parser.add_argument("--all", action="store_true", help="every variant in VARIANTS")
    parser.add_argument("--seeds", default="5,0")
    parser.add_argument("--sets", type=Path, help="folder that keeps the written sets")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    from trendlib.samples._messy import VARIANTS

    variants = list(VARIANTS) if args.all else [v for v in args.variants.split(",") if v]
    if not variants:
        parser.error("name variants or pass --all")
    folder = args.sets or Path(tempfile.mkdtemp(prefix="trendlib-sets-"))
    folder.mkdir(parents=True, exist_ok=True)
    for variant in variants:
        for seed in (int(s) for s in args.seeds.split(",")):
            print(score(variant, seed, folder, misses=args.misses), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
