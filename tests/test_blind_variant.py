"""The examiner's blind sample set: read + clean files written without the cleaner's tables.

``write_samples(..., variant="blind")`` writes five submissions (``*_c.*``) the way a
French border police, a Spanish national police, a Panamanian border service (XLSX), a US
investigations office (tab-delimited, month-first dates) and a UK liaison compilation would,
from their own wordings (see ``trendlib/samples/_blind.py``). Floors are the figures
measured, not wishes: raise them when the cleaner improves.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import trendlib as tl
from trendlib.samples import CleaningScore, score_cleaning, write_samples
from trendlib.schema import QUARANTINE_REASONS

N_EVENTS = 1500
SEED = 2
SOURCES = ("dcpaf_fr_c", "policia_nacional_es_c", "senafront_pa_c", "hsi_us_c", "nca_uk_c")
# Measured on 2026-11-28 (seed 2, 1500 events, today=2026-01-01), after the header,
# date, dedupe and vocabulary rules were broadened (this set has been used for that work,
# so it no longer measures unseen wording; the held-out set is now "blind2"): value
# accuracy 0.9973, every field 1.0 but lat/lon 0.977 (in-range swapped coordinates kept);
# duplicate recall and precision 1.0, quarantine recall and precision 1.0, no row lost.
# Before: 0.9648 (detection_country 0.59, n_suspects 0.87, duplicate recall 0.048,
# quarantine precision 0.88).
VALUE_ACCURACY_FLOOR = 0.9973 - 0.01


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_samples(
        tmp_path_factory.mktemp("blind"), seed=SEED, n_events=N_EVENTS, variant="blind"
    )


@pytest.fixture(scope="module")
def blind(paths: dict[str, Path]) -> tuple[CleaningScore, pd.DataFrame]:
    raw = tl.read_records([paths[s] for s in SOURCES])
    res = tl.clean_records(raw, today="2026-01-01")
    truth = pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    return score_cleaning(res, truth), raw


def test_blind_files_and_truth(paths: dict[str, Path]) -> None:
    names = sorted(paths[s].name for s in SOURCES)
    assert all(Path(n).stem.endswith("_c") for n in names), names
    assert {Path(n).suffix for n in names} == {".csv", ".xlsx", ".txt"}
    truth = pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    assert set(truth["expected_status"]) == {"record", "duplicate", "quarantine"}
    reasons = set(truth.loc[truth["expected_status"] == "quarantine", "expected_reason"])
    assert reasons <= set(QUARANTINE_REASONS)
    assert set(QUARANTINE_REASONS) <= reasons
    dup = truth["expected_reason"].eq("cross_source").sum()
    assert 0.03 * N_EVENTS <= dup <= 0.05 * N_EVENTS
    first = truth["source_file"] + ":" + truth["source_row"]
    assert truth["duplicate_of"].dropna().isin(first).all()


def test_blind_same_seed_same_bytes(tmp_path: Path) -> None:
    a = write_samples(tmp_path / "a", seed=SEED, n_events=300, variant="blind")
    b = write_samples(tmp_path / "b", seed=SEED, n_events=300, variant="blind")
    assert a.keys() == b.keys()
    for key in a:
        assert a[key].read_bytes() == b[key].read_bytes(), key


def test_blind_no_row_lost(blind: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, raw = blind
    assert score.rows_lost == 0
    assert score.rows_unexpected == 0
    assert len(score.status) == len(raw)


def test_blind_every_bad_row_quarantined(blind: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, _ = blind
    assert score.quarantine_recall == 1.0


def test_blind_reached_floor(blind: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, _ = blind
    assert score.value_accuracy >= VALUE_ACCURACY_FLOOR, score.fields.to_string()


def test_blind_meets_issue_target(blind: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, _ = blind
    assert score.value_accuracy >= 0.98
    assert score.duplicate_recall == 1.0
    assert score.duplicate_precision == 1.0
    assert score.quarantine_recall == 1.0
    assert score.quarantine_precision == 1.0
