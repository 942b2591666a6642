"""Synthetic messy submissions with known ground truth.

:func:`make_truth` draws the true events (corridors with seasonality and trends,
one emerging and one declining corridor, hotspots, planted criminal networks);
:func:`make_messy` writes them the way five sources would (languages, encodings,
delimiters, date formats, typos, mojibake, duplicates across sources, bad rows);
:func:`write_samples` puts the files and the truth tables on disk;
:func:`make_messy_csv` writes one large messy CSV for the cleaning benchmark.

Truth tables written by :func:`write_samples`:

``truth_events.csv``
    :data:`TRUTH_COLUMNS`: one row per true event.
``truth_rows.csv``
    :data:`TRUTH_ROW_COLUMNS`: one row per written row (``source_row`` counts as a
    person does: CSV/XLSX header = 1, first data row = 2; JSONL line = 1-based) with
    ``expected_status`` (``record``, ``duplicate``, ``quarantine``),
    ``expected_reason`` (``cross_source``, ``exact_repeat`` or a code of
    :data:`trendlib.schema.QUARANTINE_REASONS`), ``duplicate_of``
    (``file:row`` of the row first reporting the event), ``messiness`` (``;``-joined
    tags planted in the row) and the expected clean value of every record field.
``truth_networks.csv``
    ``event_id, network_id, corridor, detection_country`` of networked events.
``truth_entities.csv``
    ``source_file, source_row, column, raw, entity_id, kind, network_id, canonical``:
    every identifier string written and the entity it denotes.
"""

from __future__ import annotations

from trendlib.samples._messy import (
    BAD_RATE,
    DUPLICATE_RATE,
    PROFILES,
    REPEAT_RATE,
    TRUTH_ROW_COLUMNS,
    VARIANTS,
    Submission,
    make_messy,
    make_messy_csv,
    write_samples,
)
from trendlib.samples._score import SCORED_FIELDS, CleaningScore, score_cleaning
from trendlib.samples._truth import TRUTH_COLUMNS, make_truth

__all__ = [
    "BAD_RATE",
    "DUPLICATE_RATE",
    "PROFILES",
    "REPEAT_RATE",
    "SCORED_FIELDS",
    "TRUTH_COLUMNS",
    "TRUTH_ROW_COLUMNS",
    "VARIANTS",
    "CleaningScore",
    "Submission",
    "make_messy",
    "make_messy_csv",
    "make_truth",
    "score_cleaning",
    "write_samples",
]
