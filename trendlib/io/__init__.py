"""Reading and writing records: CSV, XLSX, Parquet and JSON lines, with header recognition.

:func:`read_records` turns one or more input files into the **raw frame**
(CONTRIBUTING.md, "Frames between stages"): canonical column names where a
header was recognised (English, French, Spanish) or mapped, every value as
text, plus provenance columns. :func:`write_records` writes a frame back out.
Known public exports are read with a profile (:mod:`trendlib.io.profiles`).
"""

from __future__ import annotations

from trendlib.io._headers import CANONICAL_COLUMNS
from trendlib.io._readers import FORMATS
from trendlib.io._records import read_records
from trendlib.io._write import WRITE_FORMATS, write_records
from trendlib.io.profiles import PROFILES, Profile, available_profiles

__all__ = [
    "CANONICAL_COLUMNS",
    "FORMATS",
    "PROFILES",
    "WRITE_FORMATS",
    "Profile",
    "available_profiles",
    "read_records",
    "write_records",
]
