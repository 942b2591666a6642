"""Hidden victims: multiple systems estimation from overlapping lists."""

from __future__ import annotations

from trendlib.hidden.capture import capture_table
from trendlib.hidden.estimate import MSEResult, estimate_hidden

__all__ = ["MSEResult", "capture_table", "estimate_hidden"]
