"""``write_records``: a frame out to Parquet, CSV, XLSX or JSON lines."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

import pandas as pd

from trendlib.errors import ParameterError, UnsupportedFormatError, format_location

__all__ = ["WRITE_FORMATS", "write_records"]

#: Extension -> format written by :func:`write_records`.
WRITE_FORMATS: Final = {".parquet": "parquet", ".csv": "csv", ".xlsx": "xlsx", ".jsonl": "jsonl"}
_XLSX_MAX_ROWS: Final = 1_048_576


def _dates_as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Datetime columns as ISO text: ``YYYY-MM-DD`` when every time is midnight."""
    out = frame
    for name in frame.columns:
        col = frame[name]
        if not pd.api.types.is_datetime64_any_dtype(col):
            continue
        valid = col.dropna()
        midnight = valid.empty or bool((valid == valid.dt.normalize()).all())
        fmt = "%Y-%m-%d" if midnight else "%Y-%m-%dT%H:%M:%S"
        if out is frame:
            out = frame.copy()
        out[name] = col.dt.strftime(fmt)
    return out


def write_records(frame: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    r"""Write a record (or raw) frame to ``.parquet``, ``.csv``, ``.xlsx`` or ``.jsonl``.

    Parquet keeps the dtypes (``category``, ``Int64``, ``string``, datetimes):
    ``pd.read_parquet`` gives the frame back as it was. CSV and JSON lines are UTF-8
    text with dates as ISO ``YYYY-MM-DD`` (with the time only when a column has
    one); XLSX keeps dates as Excel dates. The index is not written, ``frame`` is
    not modified, and missing parent folders are created.

    Parameters
    ----------
    frame : DataFrame
        The frame to write.
    path : str or path-like
        Output file; its extension picks the format.

    Returns
    -------
    Path
        The written file.

    Raises
    ------
    UnsupportedFormatError
        For another extension (the message lists the supported ones).
    ParameterError
        If ``frame`` is not a DataFrame, or has too many rows for an Excel sheet.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "records.csv"
    >>> frame = pd.DataFrame({"event_date": pd.to_datetime(["2021-02-03"]), "n": [2]})
    >>> write_records(frame, out).read_text(encoding="utf-8")
    'event_date,n\n2021-02-03,2\n'
    """
    if not isinstance(frame, pd.DataFrame):
        raise ParameterError(f"write_records expects a DataFrame, got {type(frame).__name__}.")
    target = Path(path)
    fmt = WRITE_FORMATS.get(target.suffix.lower())
    if fmt is None:
        raise UnsupportedFormatError(
            f"{format_location(file=path)}: cannot write '{target.suffix or 'no extension'}' "
            f"files; use one of {', '.join(WRITE_FORMATS)}."
        )
    if fmt == "xlsx" and len(frame) >= _XLSX_MAX_ROWS:
        raise ParameterError(
            f"{format_location(file=path)}: {len(frame):,} rows do not fit in an Excel sheet "
            f"(at most {_XLSX_MAX_ROWS - 1:,} below the header); write .parquet or .csv instead."
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        frame.to_parquet(target, index=False)
    elif fmt == "csv":
        _dates_as_text(frame).to_csv(target, index=False, encoding="utf-8", lineterminator="\n")
    elif fmt == "jsonl":
        _dates_as_text(frame).to_json(
            target, orient="records", lines=True, force_ascii=False, date_format="iso"
        )
    else:
        frame.to_excel(target, index=False, engine="openpyxl")
    return target
