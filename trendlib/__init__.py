"""trendlib: clean, link, cluster, forecast and report on THB and migrant-smuggling records.

The public names below are what analysts, notebooks, scheduled runs and other
scripts import (``import trendlib as tl``). They are loaded on first use
(PEP 562), so ``import trendlib`` is fast and has no side effects.
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("trendlib")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # errors
    "TrendlibError": "trendlib.errors",
    "DataContractError": "trendlib.errors",
    "EmptyInputError": "trendlib.errors",
    "InputFileNotFoundError": "trendlib.errors",
    "MappingError": "trendlib.errors",
    "ParameterError": "trendlib.errors",
    "UnreadableFileError": "trendlib.errors",
    "UnsupportedFormatError": "trendlib.errors",
    # ingest and cleaning
    "read_records": "trendlib.io",
    "write_records": "trendlib.io",
    "clean_records": "trendlib.clean",
    "CleanResult": "trendlib.clean",
    "quality_summary": "trendlib.clean",
    # privacy
    "pseudonymise": "trendlib.privacy",
}

__all__ = ["__version__", *sorted(_EXPORTS)]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from trendlib.clean import CleanResult, clean_records, quality_summary
    from trendlib.errors import (
        DataContractError,
        EmptyInputError,
        InputFileNotFoundError,
        MappingError,
        ParameterError,
        TrendlibError,
        UnreadableFileError,
        UnsupportedFormatError,
    )
    from trendlib.io import read_records, write_records
    from trendlib.privacy import pseudonymise


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'trendlib' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
