"""Cleaning: one concern per module, pure Series/DataFrame functions.

:func:`clean_records` (in :mod:`trendlib.clean.pipeline`) chains them into the
record frame of DESIGN.md §3 with a quarantine and an audit.
"""

from __future__ import annotations

__all__: list[str] = []
