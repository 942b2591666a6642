"""The third examiner's blind sample set: read + clean files written without the cleaner's tables.

``write_samples(..., variant="blind3")`` writes five submissions (``*_e.*``) the way the
Belgian Federal Police (cp1252, ``;``), a Portuguese SEF liaison writing in English
(UTF-8 with BOM), the Tunisian National Guard (JSON lines), the Guatemalan National Civil
Police (UTF-8, tab) and an Italian Guardia di Finanza liaison compilation (XLSX) would,
from their own wordings (see ``trendlib/samples/_blind3.py``). Floors are the figures
measured, not wishes: raise them when the cleaner improves.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import trendlib as tl
from trendlib.samples import CleaningScore, score_cleaning, write_samples
from trendlib.samples._blind3 import BLIND3_SOURCES
from trendlib.schema import QUARANTINE_REASONS

N_EVENTS = 1500
SEED = 4
SOURCES = BLIND3_SOURCES
# Held out until 2026-11-28 05:19 UTC. Scored then with the session's final cleaner (seed 4,
# 1500 events, today=2026-01-01): value accuracy 0.9869 (seed 0, 3000 events: 0.9875); every
# field 1.0 but transit_countries 0.784 (header "Countries transited" not recognised) and
# exploitation 0.994 ("exploitation dans des activités criminelles"); duplicate and
# quarantine recall/precision 1.0, no row lost. Those two were then fixed as word families
# (participles of "transit"; "criminel(le)s", "criminales"), so blind3 is now a development
# set too: 1.0 on both seeds. The next held-out set must be a new variant.
VALUE_ACCURACY_FLOOR = 1.0 - 0.01


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_samples(
        tmp_path_factory.mktemp("blind3"), seed=SEED, n_events=N_EVENTS, variant="blind3"
    )


@pytest.fixture(scope="module")
def blind3(paths: dict[str, Path]) -> tuple[CleaningScore, pd.DataFrame]:
    raw = tl.read_records([paths[s] for s in SOURCES])
    res = tl.clean_records(raw, today="2026-01-01")
    truth = pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    return score_cleaning(res, truth), raw


def test_blind3_files_and_truth(paths: dict[str, Path]) -> None:
    names = sorted(paths[s].name for s in SOURCES)
    assert all(Path(n).stem.endswith("_e") for n in names), names
    assert {Path(n).suffix for n in names} == {".csv", ".xlsx", ".jsonl"}
    truth = pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    assert set(truth["source_file"]) == set(names)
    assert set(truth["expected_status"]) == {"record", "duplicate", "quarantine"}
    reasons = set(truth.loc[truth["expected_status"] == "quarantine", "expected_reason"])
    assert reasons == set(QUARANTINE_REASONS)
    dup = truth["expected_reason"].eq("cross_source").sum()
    assert 0.03 * N_EVENTS <= dup <= 0.05 * N_EVENTS
    assert truth["expected_reason"].eq("exact_repeat").sum() >= 3
    first = truth["source_file"] + ":" + truth["source_row"]
    assert truth["duplicate_of"].dropna().isin(first).all()
    assert not (truth["source_file"] + ":" + truth["source_row"]).duplicated().any()
    # every true event is reported by some source, as a record or a quarantined row
    events = pd.read_csv(paths["truth_events"], dtype=str)
    first_reports = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    assert set(events["event_id"]) == set(first_reports["event_id"].dropna())


def test_blind3_same_seed_same_bytes(tmp_path: Path) -> None:
    a = write_samples(tmp_path / "a", seed=SEED, n_events=300, variant="blind3")
    b = write_samples(tmp_path / "b", seed=SEED, n_events=300, variant="blind3")
    assert a.keys() == b.keys()
    for key in a:
        assert a[key].read_bytes() == b[key].read_bytes(), key


def test_blind3_no_row_lost(blind3: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, raw = blind3
    assert score.rows_lost == 0
    assert score.rows_unexpected == 0
    assert len(score.status) == len(raw)


def test_blind3_every_bad_row_quarantined(blind3: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, _ = blind3
    assert score.quarantine_recall == 1.0


def test_blind3_reached_floor(blind3: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, _ = blind3
    assert score.value_accuracy >= VALUE_ACCURACY_FLOOR, score.fields.to_string()


def test_blind3_meets_issue_target(blind3: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, _ = blind3
    assert score.value_accuracy >= 0.98
    assert score.duplicate_recall == 1.0
    assert score.quarantine_recall == 1.0
