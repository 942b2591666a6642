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

import pytest
from _blind_checks import (
    Scored,
    check_files_and_truth,
    check_issue_target,
    check_no_row_lost,
    check_same_seed_same_bytes,
    read_clean_score,
    write,
)

from trendlib.samples._blind3 import BLIND3_SOURCES

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
    return write(tmp_path_factory, "blind3", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def blind3(paths: dict[str, Path]) -> Scored:
    return read_clean_score(paths, SOURCES)


def test_blind3_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_e", n_events=N_EVENTS)


def test_blind3_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, "blind3", seed=SEED)


def test_blind3_no_row_lost(blind3: Scored) -> None:
    check_no_row_lost(blind3)


def test_blind3_every_bad_row_quarantined(blind3: Scored) -> None:
    score, _ = blind3
    assert score.quarantine_recall == 1.0


def test_blind3_reached_floor(blind3: Scored) -> None:
    score, _ = blind3
    assert score.value_accuracy >= VALUE_ACCURACY_FLOOR, score.fields.to_string()


def test_blind3_meets_issue_target(blind3: Scored) -> None:
    score, _ = blind3
    check_issue_target(score)
