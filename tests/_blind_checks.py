"""Checks shared by the examiner blind sample sets (``test_blind2_variant.py``, ...).

Each test module keeps its own seed, size, floors and measured figures, and calls these
helpers from its own named tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pytest

import trendlib as tl
from trendlib.samples import CleaningScore, score_cleaning, write_samples
from trendlib.schema import QUARANTINE_REASONS

Scored = tuple[CleaningScore, pd.DataFrame]


def write(
    factory: pytest.TempPathFactory, variant: str, *, seed: int, n_events: int
) -> dict[str, Path]:
    """Write a variant's sample files into a fresh temporary directory."""
    return write_samples(factory.mktemp(variant), seed=seed, n_events=n_events, variant=variant)


def _truth_rows(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def read_clean_score(paths: dict[str, Path], sources: Sequence[str]) -> Scored:
    """Read and clean the sources' files; return (score against the truth, raw records)."""
    raw = tl.read_records([paths[s] for s in sources])
    res = tl.clean_records(raw, today="2026-01-01")
    return score_cleaning(res, _truth_rows(paths)), raw


def check_files_and_truth(
    paths: dict[str, Path], sources: Sequence[str], *, suffix: str, n_events: int
) -> None:
    """Check the files' names and that the truth describes every row as promised."""
    names = sorted(paths[s].name for s in sources)
    assert all(Path(n).stem.endswith(suffix) for n in names), names
    assert {Path(n).suffix for n in names} == {".csv", ".xlsx", ".jsonl"}
    truth = _truth_rows(paths)
    assert set(truth["source_file"]) == set(names)
    assert set(truth["expected_status"]) == {"record", "duplicate", "quarantine"}
    reasons = set(truth.loc[truth["expected_status"] == "quarantine", "expected_reason"])
    assert reasons == set(QUARANTINE_REASONS)
    dup = truth["expected_reason"].eq("cross_source").sum()
    assert 0.03 * n_events <= dup <= 0.05 * n_events
    assert truth["expected_reason"].eq("exact_repeat").sum() >= 3
    first = truth["source_file"] + ":" + truth["source_row"]
    assert truth["duplicate_of"].dropna().isin(first).all()
    assert not (truth["source_file"] + ":" + truth["source_row"]).duplicated().any()
    # every true event is reported by some source, as a record or a quarantined row
    events = pd.read_csv(paths["truth_events"], dtype=str)
    first_reports = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    assert set(events["event_id"]) == set(first_reports["event_id"].dropna())


def check_same_seed_same_bytes(tmp_path: Path, variant: str, *, seed: int) -> None:
    """Check that two writes with the same seed give the same bytes."""
    a = write_samples(tmp_path / "a", seed=seed, n_events=300, variant=variant)
    b = write_samples(tmp_path / "b", seed=seed, n_events=300, variant=variant)
    assert a.keys() == b.keys()
    for key in a:
        assert a[key].read_bytes() == b[key].read_bytes(), key


def check_no_row_lost(scored: Scored) -> None:
    """Check that every raw row is accounted for, and no other."""
    score, raw = scored
    assert score.rows_lost == 0
    assert score.rows_unexpected == 0
    assert len(score.status) == len(raw)


def check_issue_target(score: CleaningScore) -> None:
    """Check the issue's target: value accuracy 0.98, every duplicate and bad row found."""
    assert score.value_accuracy >= 0.98
    assert score.duplicate_recall == 1.0
    assert score.quarantine_recall == 1.0


def check_read_loses_no_row(
    paths: dict[str, Path], sources: Sequence[str], truth: pd.DataFrame
) -> None:
    """``read_records`` gives exactly the truth's rows (file name and row number)."""
    raw = tl.read_records([paths[s] for s in sources])
    assert len(raw) == len(truth)
    names = raw["source_file"].map(lambda p: Path(p).name)
    got = set(zip(names, raw["source_row"].astype(int), strict=True))
    want = set(zip(truth["source_file"], truth["source_row"].astype(int), strict=True))
    assert got == want


def check_reports_of_events(
    paths: dict[str, Path], truth: pd.DataFrame, fields: Sequence[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Check how the truth's rows report the events; return the rows kept and their events.

    Each event is first reported once; a duplicate points at a row of its own event (in
    the same file for an exact repeat, in another for a cross-source report); a row to
    quarantine expects no values; every other row is dated and expects the event's
    ``fields`` as they are. Returns the non-quarantine truth rows and, row for row, their
    true events, for the variant's own checks of what a row may leave out.
    """
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    assert first["event_id"].is_unique  # each event is first reported exactly once
    key = truth["source_file"] + ":" + truth["source_row"]
    event_of = dict(zip(key, truth["event_id"], strict=True))
    dups = truth.loc[truth["expected_status"] == "duplicate"]
    assert set(dups["expected_reason"]) == {"cross_source", "exact_repeat"}
    for row in dups.itertuples():  # a few dozen rows
        assert event_of[row.duplicate_of] == row.event_id
        same_file = row.duplicate_of.split(":")[0] == row.source_file
        assert same_file == (row.expected_reason == "exact_repeat")
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert bad[["event_date", "crime_type", "n_persons"]].isna().all().all()
    assert truth.loc[truth["expected_status"] != "quarantine", "event_date"].notna().all()
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    ev = events.loc[ok["event_id"]].reset_index()
    ok = ok.reset_index(drop=True)
    for col in fields:
        assert ok[col].equals(ev[col]), col
    return ok, ev
