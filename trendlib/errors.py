"""The trendlib exception hierarchy.

Every user mistake raises a :class:`TrendlibError` subclass whose message says
what was expected, what was found, where (file, row, column) and how to fix
it. Each class also subclasses the builtin that older ``except`` clauses would
catch (``ValueError``, ``FileNotFoundError``, ...), as scikit-learn does with
``NotFittedError``.

This module imports nothing from trendlib, so every other module may use it.
"""

from __future__ import annotations

import reprlib
from collections.abc import Iterable
from os import PathLike

__all__ = [
    "DataContractError",
    "EmptyInputError",
    "EstimationError",
    "InputFileNotFoundError",
    "InsufficientHistoryError",
    "MappingError",
    "MissingKeyError",
    "NotFittedError",
    "ParameterError",
    "ReportRenderError",
    "TrendlibError",
    "UnreadableFileError",
    "UnsupportedFormatError",
    "format_location",
    "short_list",
]


def short_list(values: Iterable[object], *, limit: int = 8) -> str:
    """Return a short, readable list of ``values`` for an error message.

    Parameters
    ----------
    values : iterable
        Values to show; long lists are cut with ``...``.
    limit : int, default=8
        How many values to show at most.

    Examples
    --------
    >>> short_list(["a", "b"])
    "['a', 'b']"
    >>> short_list(range(20), limit=3)
    '[0, 1, 2, ...] (20 in all)'
    """
    items = list(values)
    r = reprlib.Repr()
    r.maxlist = limit
    r.maxstring = 60
    text = r.repr(items)
    if len(items) > limit:
        text = f"{text} ({len(items)} in all)"
    return text


def format_location(
    *,
    file: str | PathLike[str] | None = None,
    row: int | None = None,
    column: str | None = None,
) -> str:
    """Format where a problem was found, e.g. ``"file 'a.csv', row 12, column 'date'"``.

    Parameters
    ----------
    file : str or path-like, optional
        The input file.
    row : int, optional
        The row number as a person counts it in the file (header = row 1).
    column : str, optional
        The column name as written in the file.

    Examples
    --------
    >>> format_location(file="a.csv", row=3, column="Fecha")
    "file 'a.csv', row 3, column 'Fecha'"
    >>> format_location()
    'the input'
    """
    parts = []
    if file is not None:
        parts.append(f"file '{file}'")
    if row is not None:
        parts.append(f"row {row}")
    if column is not None:
        parts.append(f"column '{column}'")
    return ", ".join(parts) if parts else "the input"


class TrendlibError(Exception):
    """Base class of every error trendlib raises on purpose."""


class DataContractError(TrendlibError, ValueError):
    """A frame does not have the columns, types or values a function expects."""


class EmptyInputError(DataContractError):
    """An input file or frame holds no rows (or no usable rows)."""


class MappingError(DataContractError):
    """A header mapping (dict or YAML file) is malformed or names unknown columns."""


class InputFileNotFoundError(TrendlibError, FileNotFoundError):
    """An input path does not exist."""


class UnsupportedFormatError(TrendlibError, ValueError):
    """A file's format (by extension or content) is not one trendlib reads."""


class UnreadableFileError(TrendlibError, ValueError):
    """A file exists and has a supported extension but cannot be parsed."""


class ParameterError(TrendlibError, ValueError):
    """A function or report parameter is invalid (unknown key, wrong type, bad range)."""


class MissingKeyError(TrendlibError, RuntimeError):
    """A secret needed for keyed pseudonymisation is not configured."""


class NotFittedError(TrendlibError, ValueError, AttributeError):
    """An estimator was used before ``fit``."""


class InsufficientHistoryError(DataContractError):
    """A series is too short (or too sparse) for the requested model or backtest."""


class EstimationError(TrendlibError, ValueError):
    """A statistical estimate does not exist or is not identifiable for this input."""


class ReportRenderError(TrendlibError, RuntimeError):
    """A report notebook failed to execute or to convert; the failed notebook is kept."""
