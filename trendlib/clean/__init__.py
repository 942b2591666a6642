"""Cleaning: one concern per module, pure Series/DataFrame functions.

:func:`clean_records` (in :mod:`trendlib.clean.pipeline`) chains them into the
record frame of DESIGN.md §3 with a quarantine and an audit. The per-column
cleaners are public too, for analysts who clean one column at a time.
"""

from __future__ import annotations

from trendlib.clean._unique import Parsed
from trendlib.clean.countries import country_name, parse_country, parse_country_list, to_iso3
from trendlib.clean.dates import ParsedDates, infer_dayfirst, parse_dates
from trendlib.clean.dedupe import mark_duplicates, mark_resubmissions
from trendlib.clean.geo import CoordFix, fix_coordinates, split_coordinates
from trendlib.clean.numbers import parse_count, parse_number
from trendlib.clean.pipeline import CleanResult, clean_records, quality_summary
from trendlib.clean.vocab import parse_linked_offences, parse_vocab

__all__ = [
    "CleanResult",
    "CoordFix",
    "Parsed",
    "ParsedDates",
    "clean_records",
    "country_name",
    "fix_coordinates",
    "infer_dayfirst",
    "mark_duplicates",
    "mark_resubmissions",
    "parse_count",
    "parse_country",
    "parse_country_list",
    "parse_dates",
    "parse_linked_offences",
    "parse_number",
    "parse_vocab",
    "quality_summary",
    "split_coordinates",
    "to_iso3",
]
