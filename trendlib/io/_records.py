"""``read_records``: files in, the raw frame out (CONTRIBUTING.md, "Frames between stages")."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from trendlib._arrow import arrow_pool
from trendlib.config import get_settings
from trendlib.errors import (
    InputFileNotFoundError,
    MappingError,
    ParameterError,
    UnsupportedFormatError,
    format_location,
    short_list,
)
from trendlib.io._headers import match_headers
from trendlib.io._mapping import UserMapping, load_mapping, missing_keys, resolve_mapping
from trendlib.io._readers import FileRead, read_text_frame, text_series
from trendlib.io.profiles import Profile, get_profile

__all__ = ["read_records"]

PathArg = str | os.PathLike[str]
_ADDED = ("source", "source_ref", "source_file", "source_row")


def read_records(
    path: PathArg | Sequence[PathArg],
    *,
    source: str | None = None,
    mapping: Mapping[str, str | None] | PathArg | None = None,
    profile: str | Profile | None = None,
    sheet: str | int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> pd.DataFrame:
    r"""Read case or incident records from CSV, XLSX, Parquet or JSON lines into a raw frame.

    Headers in English, French or Spanish are recognised without configuration
    (case, accents, spacing and punctuation ignored) and renamed to the canonical
    names of the record frame; other columns keep their headers. Values stay text,
    exactly as in the file (Excel dates become ISO strings, integral numbers ``"12"``);
    parsing is :func:`trendlib.clean_records`' job. The files are not modified.

    Parameters
    ----------
    path : str, path-like or sequence of them
        One file or several (concatenated in order, index reset). Extensions:
        ``.csv .tsv .txt`` (delimiter ``, ; tab |`` sniffed, encoding detected),
        ``.xlsx .xlsm``, ``.parquet .pq``, ``.jsonl .ndjson`` (an object in a cell,
        ``{"location": {"lat": 35.5, "lng": 12.6}}``, is spread over the columns
        ``location.lat`` and ``location.lng``; a list stays one cell of text).
    source : str, optional
        Reporting country or agency for every row. Default: the file's own source
        column, else the profile's source, else the file name without extension.
    mapping : dict or path, optional
        ``{header: canonical name}`` (``None`` keeps a header as is), or a YAML file
        holding it (optionally under ``columns:``). Overrides recognition and profile.
    profile : str or Profile, optional
        A known export: ``"iom_mmp"``, ``"frontex_ibc"``, ``"unodc_glotip"``
        (see :mod:`trendlib.io.profiles`). Columns it does not name keep their headers.
    sheet : str or int, optional
        XLSX sheet name or 0-based position; default the first sheet.
    encoding : str, optional
        Text encoding of CSV/JSONL files; detected when omitted (UTF-8, UTF-8 with
        BOM, UTF-16 with BOM, else charset-normalizer, preferring cp1252).
    delimiter : str, optional
        CSV delimiter; sniffed when omitted.

    Returns
    -------
    DataFrame
        One row per data row, index ``0..n-1``; text columns plus ``source``,
        ``source_ref`` (the file's id column, else the row number), ``source_file``
        (the path as given) and ``source_row`` (Int64, header = row 1 in CSV/XLSX;
        line or row index from 1 in JSONL/Parquet). ``attrs["trendlib"]["files"]``
        lists per file: path, sha256, format, encoding, delimiter, sheet,
        header_map (original -> canonical), unmapped, profile, n_rows.

    Raises
    ------
    InputFileNotFoundError
        A path does not exist.
    UnsupportedFormatError
        An extension trendlib does not read (the message lists the supported ones).
    EmptyInputError
        A file is empty or has a header but no data rows.
    UnreadableFileError
        A file cannot be parsed in its format (the message names the file and line).
    MappingError
        A mapping names an unknown canonical column, or a header no file has; a
        file lacks a header its profile needs.
    ParameterError
        An unknown profile or an empty list of paths.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "es.csv").write_text(
    ...     "Fecha de detección;Nacionalidad;Víctimas;Notas\n"
    ...     "03/02/2021;Nigeria;2;\n"
    ...     "2021-02-04;Côte d'Ivoire;1;barco\n", encoding="utf-8")
    >>> raw = read_records(folder / "es.csv", source="Guardia Civil")
    >>> raw[["event_date", "nationality", "n_persons", "Notas", "source_row"]]
       event_date    nationality n_persons  Notas  source_row
    0  03/02/2021        Nigeria         2    NaN           2
    1  2021-02-04  Côte d'Ivoire         1  barco           3
    >>> raw.attrs["trendlib"]["files"][0]["delimiter"]
    ';'
    """
    with arrow_pool():
        return _read_records(
            path,
            source=source,
            mapping=mapping,
            profile=profile,
            sheet=sheet,
            encoding=encoding,
            delimiter=delimiter,
        )


def _read_records(
    path: PathArg | Sequence[PathArg],
    *,
    source: str | None,
    mapping: Mapping[str, str | None] | PathArg | None,
    profile: str | Profile | None,
    sheet: str | int | None,
    encoding: str | None,
    delimiter: str | None,
) -> pd.DataFrame:
    """:func:`read_records`' work, run under the configured pyarrow memory pool."""
    paths = _as_paths(path)
    chosen = get_profile(profile) if profile is not None else None
    user = load_mapping(mapping) if mapping is not None else None
    reads: list[tuple[str, Path, FileRead]] = []
    for given, p in _progress(paths):
        reads.append(
            (given, p, _read_one(given, p, sheet=sheet, encoding=encoding, delimiter=delimiter))
        )
    if user is not None:
        absent = missing_keys(user, [list(r.frame.columns) for _, _, r in reads])
        if absent:
            headers = list(dict.fromkeys(h for _, _, r in reads for h in r.frame.columns))
            files = ", ".join(f"'{g}'" for g, _, _ in reads)
            raise MappingError(
                f"{user.origin} names header(s) {short_list(absent)} found in no input file "
                f"({files}); the headers are {short_list(headers, limit=20)}. Fix the "
                "spelling, or remove the key."
            )
    frames, infos = [], []
    for given, p, read in reads:
        frame, info = _to_raw(given, p, read, source=source, user=user, profile=chosen)
        frames.append(frame)
        infos.append(info)
    raw = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    raw = _text_columns(raw)
    raw.attrs = {"trendlib": {"files": infos}}
    return raw


def _progress(paths: list[tuple[str, Path]]) -> Iterable[tuple[str, Path]]:
    """Show a progress bar over several files (``TRENDLIB_PROGRESS=0`` turns it off)."""
    if len(paths) < 2 or not get_settings().progress:
        return paths
    from tqdm.auto import tqdm

    return tqdm(paths, desc="reading files", unit="file")


def _as_paths(path: Any) -> list[tuple[str, Path]]:
    if isinstance(path, str | os.PathLike):
        items = [path]
    elif isinstance(path, Sequence) and not isinstance(path, bytes):
        items = list(path)
    else:
        raise ParameterError(
            f"path must be a file path or a list of file paths, not {type(path).__name__}."
        )
    if not items:
        raise ParameterError("no input file: pass a path or a non-empty list of paths.")
    out = []
    for item in items:
        if not isinstance(item, str | os.PathLike):
            raise ParameterError(f"expected a file path, got {type(item).__name__}: {item!r}.")
        out.append((os.fspath(item), Path(item)))
    return out


def _read_one(
    given: str, p: Path, *, sheet: str | int | None, encoding: str | None, delimiter: str | None
) -> FileRead:
    if p.is_dir():
        raise UnsupportedFormatError(
            f"{format_location(file=given)} is a folder, not a file; pass the files, e.g. "
            "sorted(pathlib.Path(folder).glob('*.csv'))."
        )
    if not p.is_file():
        raise InputFileNotFoundError(
            f"{format_location(file=given)} does not exist (looked in "
            f"{p.resolve().parent}); check the name and the working folder."
        )
    return read_text_frame(p, encoding=encoding, delimiter=delimiter, sheet=sheet)


def _to_raw(
    given: str,
    p: Path,
    read: FileRead,
    *,
    source: str | None,
    user: UserMapping | None,
    profile: Profile | None,
) -> tuple[pd.DataFrame, dict[str, Any]]:
    frame = read.frame
    headers = [str(c) for c in frame.columns]
    overrides = resolve_mapping(user, headers) if user is not None else {}
    user_targets = {t for t in overrides.values() if t is not None}
    derived: dict[str, pd.Series] = {}
    constants: dict[str, str] = {}
    if profile is not None:
        profile.check(headers, file=given)
        rename = {
            h: c for h, c in profile.columns.items() if h not in overrides and c not in user_targets
        }
        derived = {c: s for c, s in profile.derive(frame).items() if c not in user_targets}
        constants = {c: v for c, v in profile.constants.items() if c not in user_targets}
    else:
        values = {h: frame[h] for h in headers}
        auto = match_headers(headers, values=values, exclude=overrides, taken=user_targets)
        rename = dict(auto.header_map)
    rename.update({h: t for h, t in overrides.items() if t is not None})
    if source is not None:  # the argument wins; the file's own column keeps its header
        rename = {h: c for h, c in rename.items() if c != "source"}
    header_map = {h: rename[h] for h in headers if h in rename}
    produced = set(header_map.values()) | set(derived) | set(constants) | set(_ADDED)
    final_names = []
    for h in headers:
        if h in header_map:
            final_names.append(header_map[h])
        elif h in produced:  # an unmapped header that would clash with a made column
            final_names.append(f"{h} (in file)")
        else:
            final_names.append(h)
    out = frame.copy(deep=False)
    out.columns = final_names
    n = len(out)
    for name, column in derived.items():
        out[name] = column.set_axis(out.index)
    for name, value in constants.items():
        out[name] = _constant(value, n)
    fallback = source or (profile.source if profile is not None else None) or p.stem
    if source is not None or "source" not in out.columns:
        out["source"] = _constant(fallback, n)
    else:
        out["source"] = out["source"].fillna(fallback)
    if "source_ref" not in out.columns:
        out["source_ref"] = _row_text(read.rows)
    elif out["source_ref"].isna().any():  # the row numbers as text only when needed
        out["source_ref"] = out["source_ref"].fillna(_row_text(read.rows))
    out["source_file"] = _constant(given, n)
    out["source_row"] = pd.array(read.rows, dtype="Int64")
    unmapped = [name for h, name in zip(headers, final_names, strict=True) if h not in header_map]
    info = {
        "path": given,
        "sha256": read.sha256,
        "format": read.format,
        "encoding": read.encoding,
        "delimiter": read.delimiter,
        "sheet": read.sheet,
        "header_map": header_map,
        "unmapped": unmapped,
        "profile": profile.name if profile is not None else None,
        "n_rows": n,
    }
    return out, info


def _row_text(rows: np.ndarray) -> pd.Series:
    """Return the row numbers as text (the id of rows whose file has none)."""
    return text_series(pa.array(rows).cast(pa.string()).to_pandas())


def _constant(value: str, n: int) -> pd.Series:
    dtype = text_series([]).dtype
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
        # one value repeated by pyarrow: no million Python strings
        repeated = pa.repeat(pa.scalar(value, pa.large_string()), n)
        return pd.Series(pd.array(repeated, dtype=dtype), index=pd.RangeIndex(n))
    return pd.Series(value, index=pd.RangeIndex(n), dtype=dtype)


def _text_columns(raw: pd.DataFrame) -> pd.DataFrame:
    """Give every column but ``source_row`` the text dtype (concat may leave objects)."""
    target = text_series([]).dtype
    fix = {c: target for c in raw.columns if c != "source_row" and raw[c].dtype != target}
    return raw.astype(fix) if fix else raw
