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
from trendlib.schema import QUARANTINE_REASONS, VOCABULARIES

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


def tags_of(truth: pd.DataFrame) -> pd.Series:
    """Messiness tags of each row; an exact repeat has those of the row it repeats."""
    tags = truth["messiness"].fillna("")
    key = truth["source_file"] + ":" + truth["source_row"].astype(str)
    of_row = dict(zip(key, tags, strict=True))
    repeat = truth["expected_reason"].eq("exact_repeat").fillna(False)
    return tags.mask(repeat, truth["duplicate_of"].map(of_row))


def check_expected_values(
    paths: dict[str, Path], truth: pd.DataFrame, fields: Sequence[str], *, tolerance: float
) -> None:
    """The truth expects each event's values, but for what its row leaves out.

    :func:`check_reports_of_events`, then, by the rows' messiness tags: blanked fields and
    count placeholders expect nothing, a blank gender ``unknown``, a "not applicable" word
    ``unknown`` (age group, transport mode), missing coordinates nothing and others the
    true point within ``tolerance`` degrees; a date the day (a second report may be a day
    off) or the start of its month or quarter; vocabulary fields the design's words only.
    """
    ok, ev = check_reports_of_events(paths, truth, fields)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    missing = {
        "n_persons": tags.str.contains("count_placeholder"),
        "n_suspects": tags.str.contains("blank_n_suspects|suspects_placeholder"),
        "nationality": tags.str.contains("blank_nationality"),
        "detection_country": tags.str.contains("blank_detection_country"),
    }
    for col, blank in missing.items():
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
        assert ok.loc[blank, col].isna().all(), col
    blank_gender = tags.str.contains("blank_gender")
    assert (ok.loc[blank_gender, "gender"] == "unknown").all()
    assert ok.loc[~blank_gender, "gender"].equals(ev.loc[~blank_gender, "gender"])
    na_word = tags.str.contains("na_word")
    for col in ("age_group", "transport_mode"):
        differs = ok[col].ne(ev[col])
        assert (ok.loc[differs, col] == "unknown").all(), col
        assert not (differs & ~na_word).any(), col
    no_place = tags.str.contains("blank_coordinates|coords_missing|coords_placeholder")
    assert ok.loc[no_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = (ok.loc[~no_place, col].astype(float) - ev.loc[~no_place, col].astype(float)).abs()
        assert (diff < tolerance).all(), col
    day = pd.to_datetime(ok["event_date"])
    true_day = pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    for col in ("crime_type", "gender", "age_group", "transport_mode", "exploitation"):
        assert set(ok[col].dropna()) <= set(VOCABULARIES[col]), col


def check_placeholder_counts(truth: pd.DataFrame) -> None:
    """A count cell saying 'not known' keeps the record with no count; garbage is quarantined."""
    tags = tags_of(truth)
    placeholder = truth.loc[tags.str.contains("count_placeholder") & ~tags.str.contains("bad_row")]
    assert len(placeholder) > 0
    assert set(placeholder["expected_status"]) <= {"record", "duplicate"}
    assert placeholder["n_persons"].isna().all()
    zero = truth.loc[tags.str.contains("zero_word") & truth["expected_status"].ne("quarantine")]
    assert len(zero) > 0
    assert (zero["n_suspects"] == "0").all()
    reasons = truth.loc[tags.str.contains("bad_row"), "expected_reason"]
    assert {"bad_count", "negative_count"} <= set(reasons)
