"""Issue 2's acceptance, measured: read + clean the sample files and score them against truth.

The default sample set is what the cleaner is tuned on; the ``unseen`` variant is the
held-out set (other headers, words, separators, date styles, formats and encodings).
Floors below are the figures reached, not wishes: raise them when the cleaner improves.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import trendlib as tl
from trendlib.samples import SCORED_FIELDS, CleaningScore, score_cleaning, write_samples

N_EVENTS = 1500
SOURCES = ("police_fr", "guardia_civil_es", "border_force_uk", "regional_hub", "migracion_pa")


def _score(root: Path, variant: str) -> tuple[CleaningScore, pd.DataFrame]:
    paths = write_samples(root, n_events=N_EVENTS, variant=variant)
    raw = tl.read_records([paths[s] for s in SOURCES])
    res = tl.clean_records(raw, today="2026-01-01")
    truth = pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    return score_cleaning(res, truth), raw


@pytest.fixture(scope="module")
def default(tmp_path_factory: pytest.TempPathFactory) -> tuple[CleaningScore, pd.DataFrame]:
    return _score(tmp_path_factory.mktemp("default"), "default")


@pytest.fixture(scope="module")
def unseen(tmp_path_factory: pytest.TempPathFactory) -> tuple[CleaningScore, pd.DataFrame]:
    return _score(tmp_path_factory.mktemp("unseen"), "unseen")


# --- default set (tuned on) ----------------------------------------------------------------

# lat/lon: about 2 % of the points are planted with latitude and longitude swapped while
# both stay in range; nothing in a lone point tells, so those stay as written.
_DEFAULT_FLOORS = {f: 0.995 for f in SCORED_FIELDS} | {"lat": 0.975, "lon": 0.975}


def test_default_no_row_lost(default: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, raw = default
    assert score.rows_lost == 0
    assert score.rows_unexpected == 0
    assert len(score.status) == len(raw)


def test_default_field_accuracy(default: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, _ = default
    assert score.value_accuracy >= 0.995
    acc = dict(zip(score.fields["field"], score.fields["accuracy"], strict=True))
    low = {f: round(a, 4) for f, a in acc.items() if a < _DEFAULT_FLOORS[f]}
    assert not low, low


def test_default_every_duplicate_marked(default: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, _ = default
    assert score.duplicate_recall == 1.0
    assert score.duplicate_precision == 1.0
    assert score.duplicate_target_accuracy == 1.0


def test_default_every_bad_row_quarantined(default: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, _ = default
    assert score.quarantine_recall == 1.0
    assert score.quarantine_precision == 1.0
    assert score.reason_agreement == 1.0


def test_summary_lists_every_metric(default: tuple[CleaningScore, pd.DataFrame]) -> None:
    summary = default[0].summary()
    assert {"value_accuracy", "duplicate_recall", "rows_lost"} <= set(summary["metric"])
    assert summary["metric"].str.startswith("accuracy:").sum() == len(SCORED_FIELDS)


# --- unseen set (held out) -----------------------------------------------------------------


def test_unseen_no_row_lost(unseen: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, raw = unseen
    assert score.rows_lost == 0
    assert len(score.status) == len(raw)


def test_unseen_reached_floors(unseen: tuple[CleaningScore, pd.DataFrame]) -> None:
    # What the cleaner reaches on wording it was not tuned on (see the issue note);
    # raise these as header synonyms and vocabularies grow. Measured 2026-11-28 (seed 0,
    # 1500 events): value accuracy 0.998, duplicate recall and precision 1.0.
    score, _ = unseen
    assert score.value_accuracy >= 0.988
    assert score.duplicate_recall == 1.0
    assert score.duplicate_precision == 1.0
    assert score.quarantine_recall == 1.0
    assert score.quarantine_precision == 1.0
    assert score.reason_agreement == 1.0
    acc = dict(zip(score.fields["field"], score.fields["accuracy"], strict=True))
    solid = ("event_date", "date_precision", "n_persons", "age_group", "detection_country")
    assert min(acc[f] for f in solid) >= 0.99, {f: acc[f] for f in solid}
    assert min(acc["nationality"], acc["destination_country"], acc["transit_countries"]) >= 0.99


def test_unseen_meets_issue_target(unseen: tuple[CleaningScore, pd.DataFrame]) -> None:
    score, _ = unseen
    assert score.value_accuracy >= 0.98
    assert score.duplicate_recall == 1.0
    assert score.quarantine_recall == 1.0
