"""Read one file into a frame of text, whatever its format.

Private. :func:`read_text_frame` returns the file's columns under their own
headers, every value as text (missing = NA), plus what was learnt on the way
(format, encoding, delimiter, sheet, the row number of each data row).

CSV is parsed by pyarrow (multi-threaded, all columns typed ``string`` so nothing
is inferred); irregular files (short rows) fall back to pandas' C parser, which
pads them and names the line of a row that is too long. No per-row Python.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import hashlib
import io
import json
import math
import re
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TypeAlias

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from trendlib.errors import (
    EmptyInputError,
    UnreadableFileError,
    UnsupportedFormatError,
    format_location,
    short_list,
)

__all__ = ["FORMATS", "FileRead", "file_format", "read_text_frame", "text_series"]

#: File extension -> format name.
FORMATS: Final[dict[str, str]] = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_DELIMITERS: Final = (",", ";", "\t", "|")
_SNIFF_BYTES: Final = 64 * 1024
# Western European Windows exports are the usual legacy encoding of our sources;
# charset-normalizer cannot tell cp1252 from cp1250 on a few accented letters, so
# cp1252 is preferred whenever it is among the plausible candidates.
_PREFERRED_LEGACY: Final = "cp1252"
# Single-byte Latin look-alikes charset-normalizer may rank first on short Western text
# (they share cp1252's letters but read its 0x80-0x9F punctuation, such as the en dash,
# as control characters): cp1252 wins over them whenever it decodes the file.
_LATIN_LOOKALIKES: Final = frozenset(
    {"latin_1", "iso8859_1", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10"}
    | {"iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "hp_roman8", "mac_roman"}
    # Windows Baltic, guessed for Spanish capitals ("TRÁFICO" read "TRĮFICO")
    | {"cp1257"}
)


@dataclass
class FileRead:
    """A file read as text, with what was learnt while reading it.

    Attributes
    ----------
    frame : DataFrame
        The file's columns under their own headers; values are text, missing = NA.
    format : str
        ``"csv"``, ``"xlsx"``, ``"parquet"`` or ``"jsonl"``.
    sha256 : str
        Hex digest of the file's bytes.
    rows : ndarray of int64
        Row number of each data row as a person counts it in the file.
    encoding, delimiter, sheet : str or None
        Text encoding and delimiter (CSV, JSONL), sheet name (XLSX).
    """

    frame: pd.DataFrame
    format: str
    sha256: str
    rows: np.ndarray
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None


def file_format(path: Path) -> str:
    """Return the format name for ``path``'s extension, or raise UnsupportedFormatError.

    Parameters
    ----------
    path : Path
        The input file.

    Returns
    -------
    str
        A value of :data:`FORMATS`.

    Examples
    --------
    >>> file_format(Path("cases.CSV"))
    'csv'
    >>> file_format(Path("cases.xls"))
    Traceback (most recent call last):
    ...
    trendlib.errors.UnsupportedFormatError: file 'cases.xls': ...
    """
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        hint = (
            " (old Excel format: open it in Excel and save as .xlsx)"
            if path.suffix.lower() == ".xls"
            else ""
        )
        raise UnsupportedFormatError(
            f"{format_location(file=path)}: trendlib does not read "
            f"'{path.suffix or 'no extension'}' files{hint}. Supported extensions: "
            f"{', '.join(sorted(FORMATS))}. "
            "Save or rename the file with one of them."
        )
    return fmt


_PANDAS_3: Final = int(pd.__version__.split(".")[0]) >= 3


def _text_dtype() -> Any:
    # pandas >= 3 has a text dtype whose missing value is NaN ("str"); older pandas
    # keeps text in object columns.
    return "str" if _PANDAS_3 else object


def text_series(
    values: Any, *, index: pd.Index | None = None, name: str | None = None
) -> pd.Series:
    """Build a text Series (the raw frame's dtype) from strings and missing values.

    Parameters
    ----------
    values : array-like or scalar
        Strings, ``None``/NaN for missing. A scalar is repeated along ``index``.
    index : Index, optional
        Index of the result.
    name : str, optional
        Name of the result.

    Returns
    -------
    Series
        Text values, missing = NA.

    Examples
    --------
    >>> text_series(["a", None]).tolist()
    ['a', nan]
    """
    target = _text_dtype()
    if isinstance(values, pd.Series) and values.dtype == target:
        series = values.copy(deep=False)
        if index is not None:
            series.index = index
        return series.rename(name) if name is not None else series
    return pd.Series(values, index=index, name=name, dtype=object).astype(target)


def _arrow_to_text(array: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
    """Cast an Arrow column to text: integral floats "12", dates ISO, bools "true"."""
    typ = array.type
    if pa.types.is_dictionary(typ):
        array = array.cast(typ.value_type)
        typ = array.type
    if pa.types.is_string(typ) or pa.types.is_large_string(typ):
        return array
    if pa.types.is_null(typ):
        return array.cast(pa.string())
    if pa.types.is_timestamp(typ):
        if typ.tz is not None:
            return pc.strftime(array, format="%Y-%m-%dT%H:%M:%S%z")
        midnight = pc.equal(pc.cast(array, pa.date32()).cast(typ), array)
        all_midnight = pc.all(pc.or_kleene(midnight, pc.is_null(array))).as_py()
        fmt = "%Y-%m-%d" if all_midnight in (True, None) else "%Y-%m-%dT%H:%M:%S"
        return pc.strftime(array, format=fmt)
    if pa.types.is_list(typ) or pa.types.is_struct(typ) or pa.types.is_map(typ):
        values = [
            None if v is None else json.dumps(v, default=str, ensure_ascii=False)
            for v in array.to_pylist()
        ]
        return pa.array(values, type=pa.string())
    try:
        return array.cast(pa.string())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pa.array(
            [None if v is None else str(v) for v in array.to_pylist()], type=pa.string()
        )


def _python_to_text(value: Any) -> str | None:
    """Text of one Python cell value (XLSX, JSON): the rules of the raw frame."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if value != "" else None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _frame_to_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Turn every column of ``frame`` into text, vectorised per column where possible."""
    out = {}
    for position, name in enumerate(frame.columns):
        col = frame.iloc[:, position]
        if col.dtype == object:
            # Mixed Python values (JSON): convert the unique hashable values once.
            values = col.to_numpy()
            try:
                codes, uniques = pd.factorize(values, use_na_sentinel=True)
            except TypeError:  # unhashable (dict/list) values
                uniques = None
            kinds = {type(u) for u in uniques} if uniques is not None else set()
            if uniques is None or (bool in kinds and kinds & {int, float}):
                # True == 1 for hashing: convert value by value to keep "true" and "1" apart.
                converted = np.array([_python_to_text(v) for v in values], dtype=object)
            else:
                texts = np.array([_python_to_text(u) for u in uniques] + [None], dtype=object)
                converted = texts[codes]
            out[name] = text_series(converted)
        else:
            arrow = pa.array(col, from_pandas=True)
            out[name] = text_series(_arrow_to_text(arrow).to_pandas())
    result = pd.DataFrame(out)
    result.columns = [str(c) for c in frame.columns]
    return result


# --------------------------------------------------------------------------- CSV


def _check_not_binary(data: bytes, path: Path, *, expected: str) -> None:
    head = data[:8192]
    kind = None
    if head.startswith(b"PK\x03\x04"):
        kind = "a ZIP container (probably an .xlsx workbook): rename it to .xlsx"
    elif head.startswith(b"PAR1"):
        kind = "a Parquet file: rename it to .parquet"
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        kind = "an old Excel (.xls) or encrypted workbook: save it as .xlsx without a password"
    elif head.startswith(b"%PDF"):
        kind = "a PDF document: export the table to CSV or XLSX"
    elif b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        kind = "binary data, not text: check that it is the export you meant"
    if kind:
        raise UnreadableFileError(
            f"{format_location(file=path)}: expected {expected} text, but the file is {kind}."
        )


def _detect_encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        bad = err.start
    else:
        return "utf-8"
    import charset_normalizer  # only needed for legacy encodings

    sample = data[:_SNIFF_BYTES] + b"\n" + data[max(0, bad - 4096) : bad + 4096]
    matches = list(charset_normalizer.from_bytes(sample))
    candidates = [enc for m in matches for enc in (m.encoding, *m.could_be_from_charset)]
    encoding = (
        _PREFERRED_LEGACY if _PREFERRED_LEGACY in candidates or not matches else matches[0].encoding
    )
    # Mac OS code pages (mac_latin2, mac_iceland...) are guessed for upper-case Latin text
    # now and then; no agency exports in them, and cp1252 reads such files as written
    if (
        encoding in _LATIN_LOOKALIKES
        or encoding.startswith("mac_")
        or _mixes_scripts(sample.decode(encoding, errors="replace"))
        or (
            encoding in _CENTRAL_EUROPEAN
            and _western_in_central(sample.decode(encoding, "replace"))
        )
    ):
        try:
            data.decode(_PREFERRED_LEGACY)
            encoding = _PREFERRED_LEGACY
        except UnicodeDecodeError:
            pass
    if encoding in (_PREFERRED_LEGACY, "latin_1", "iso8859_1") and _turkish_in_western(
        sample.decode(encoding, errors="replace")
    ):
        try:
            data.decode("cp1254")
            encoding = "cp1254"
        except UnicodeDecodeError:
            pass
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding = "latin-1"  # decodes any byte; better than refusing the file
    return encoding


# A word of Latin letters with a letter of another script inside ("Malي", "aviَn",
# "autobْs"): accented Latin letters read with a non-Latin code page (Windows Arabic,
# Cyrillic, Greek...). Text written in those scripts has its words in one script.
_MIXED_WORD: Final = re.compile(
    r"[A-Za-z][\u0370-\u1fff\ufb00-\ufeff]|[\u0370-\u1fff\ufb00-\ufeff][A-Za-z]"
)
_OTHER_SCRIPT_WORD: Final = re.compile(r"[\u0370-\u1fff\ufb00-\ufeff]{2,}")


# Central European code pages, and what Spanish and French letters become in them: their
# "ñ" / "Ñ" is read "ń" / "Ń", their "à" "ŕ". No language of these code pages writes "ń"
# before a vowel (Polish writes "ni" there; Czech, Slovak, Hungarian, Croatian, Slovene
# and Romanian have no "ń"), nor "ŕ" as a word of its own (Slovak's "ŕ" is inside words):
# "Espańa", "NIŃOS", "ŕ Calais" are Western text read with the wrong code page.
_CENTRAL_EUROPEAN: Final = frozenset({"cp1250", "iso8859_2"})
_WESTERN_IN_CENTRAL: Final = re.compile(r"[ńŃ][aeiouáéíóúAEIOUÁÉÍÓÚ]|(?<![^\W\d_])[ŕ](?![^\W\d_])")


# Turkish letters read with the Western code page: cp1254's "ı İ ş Ş ğ Ğ" are cp1252's
# "ý Ý þ Þ ð Ð" ("Göçmen kaçakçýlýðý", "Ýran"). Of the languages cp1252 serves only Icelandic
# and Faroese write those, and they write "æ" as well; Turkish has no "æ".
_TURKISH_IN_WESTERN: Final = re.compile(r"[A-Za-zçöüÇÖÜ][ýþðÝÞÐ]|[ýþðÝÞÐ][a-zçöü]")


def _turkish_in_western(text: str) -> bool:
    """Tell whether ``text`` read with cp1252 is Turkish text written in cp1254."""
    return len(_TURKISH_IN_WESTERN.findall(text)) >= 2 and not re.search("[æÆ]", text)


def _western_in_central(text: str) -> bool:
    """Tell whether ``text`` read with a Central European code page is Western text."""
    return _WESTERN_IN_CENTRAL.search(text) is not None


def _mixes_scripts(text: str) -> bool:
    """Tell whether ``text`` has more Latin words broken by another script than words of it."""
    mixed = len(_MIXED_WORD.findall(text))
    return mixed > 0 and mixed >= len(_OTHER_SCRIPT_WORD.findall(text))


def _sniff_delimiter(sample: str) -> str:
    """Pick the delimiter that splits the sample's rows into the most consistent field counts."""
    lines = sample.splitlines()
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the last line may be cut
    lines = [line for line in lines[:200] if line.strip()]
    best, best_score = ",", (0.0, 0)
    for delim in _DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delim)]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        score = (counts.count(mode) / len(counts), mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def _dedupe(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(names):
        name = name if name.strip() else f"Unnamed: {i}"
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        seen.setdefault(name, 0)
        out.append(name)
    return out


def _utf8_head(data: bytes) -> bool:
    """Whether the start of ``data`` (no byte-order mark) is UTF-8 (a cut last char is fine)."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data[: _SNIFF_BYTES * 4], final=False)
    except UnicodeDecodeError:
        return False
    return True


# The file's bytes: read into memory, or (a large CSV) the pages of a memory map.
_Bytes: TypeAlias = "bytes | pa.Buffer"
# From this size up a CSV is mapped instead of read: pyarrow parses the page cache's pages
# where they are, without a copy of the file in fresh memory (~0.06 s of a 160 MB file).
_MAP_BYTES: Final = 8 * 1024 * 1024


def _file_bytes(path: Path) -> _Bytes:
    """Return the bytes of ``path``; a large file memory-mapped, read only."""
    if path.stat().st_size < _MAP_BYTES:
        return path.read_bytes()
    try:
        return pa.memory_map(str(path), "r").read_buffer()
    except (OSError, pa.ArrowException):  # a file system that cannot map: read it
        return path.read_bytes()


def _as_bytes(data: _Bytes) -> bytes:
    """Return ``data`` as bytes (a copy of a mapped file: for the rare slow paths)."""
    return data if isinstance(data, bytes) else data.to_pybytes()


def _head(data: _Bytes, size: int) -> bytes:
    """Return the first ``size`` bytes of ``data``."""
    return data[:size] if isinstance(data, bytes) else data[:size].to_pybytes()


def _tail(data: _Bytes) -> bytes:
    """Return the last byte of ``data`` (empty when it is)."""
    return data[-1:] if isinstance(data, bytes) else data[len(data) - 1 :].to_pybytes()


def _count_newlines(data: _Bytes) -> int:
    r"""Count the ``\n`` bytes of ``data``.

    numpy, a slice of 1 MiB at a time (a temporary that stays in cache): ~4 times as fast
    as ``bytes.count``, which a mapped file lacks anyway.
    """
    octets = np.frombuffer(data, dtype=np.uint8)
    step = 1 << 20
    return sum(
        int(np.count_nonzero(octets[start : start + step] == 10))
        for start in range(0, len(octets), step)
    )


def _read_csv(path: Path, data: _Bytes, *, encoding: str | None, delimiter: str | None) -> FileRead:
    # hashlib releases the GIL on large buffers, and pyarrow's parse does: the file is
    # hashed, and its line breaks counted (for the check in _csv_with_arrow), on another
    # core while pyarrow parses it (~0.14 s and ~0.02 s of a 160 MB file)
    with ThreadPoolExecutor(max_workers=1) as pool:
        digest = pool.submit(lambda: hashlib.sha256(data).hexdigest())
        breaks = pool.submit(_count_newlines, data)
        read = _parse_csv(path, data, encoding=encoding, delimiter=delimiter, breaks=breaks.result)
    return dataclasses.replace(read, sha256=digest.result())


def _parse_csv(
    path: Path,
    data: _Bytes,
    *,
    encoding: str | None,
    delimiter: str | None,
    breaks: Callable[[], int] | None = None,
) -> FileRead:
    r"""Read CSV bytes (:func:`_read_csv` without the digest: ``sha256`` is left blank).

    ``breaks`` returns the number of ``\n`` bytes in ``data`` (counted here when None).
    """
    head = _head(data, _SNIFF_BYTES * 4)
    if not head or (head.isspace() and _as_bytes(data).isspace()):
        raise EmptyInputError(
            f"{format_location(file=path)} is empty: expected a header row and data rows."
        )
    given_delimiter = delimiter
    guessed = False  # UTF-8 taken from the file's start; pyarrow checks the rest as it reads
    if encoding is None:
        _check_not_binary(head, path, expected="CSV")
        guessed = _utf8_head(head)
        # decoding a whole large file only to check it costs as much as reading it
        encoding = "utf-8" if guessed else _detect_encoding(_as_bytes(data))
    try:
        text_sample = head.decode(encoding, errors="replace")
    except LookupError as err:
        raise UnreadableFileError(
            f"{format_location(file=path)}: unknown encoding {encoding!r}; pass a Python "
            "codec name such as 'utf-8' or 'cp1252'."
        ) from err
    text_sample = text_sample.lstrip("\ufeff")
    skipped = len(text_sample) - len(text_sample.lstrip("\r\n"))
    leading_blank = text_sample[:skipped].count("\n")
    text_sample = text_sample[skipped:]
    if delimiter is None:
        delimiter = _sniff_delimiter(text_sample[:_SNIFF_BYTES])
    header = next(csv.reader(io.StringIO(text_sample), delimiter=delimiter), [])
    names = _dedupe([h.strip() for h in header])
    frame = _csv_with_arrow(data, encoding, delimiter, names, leading_blank, breaks=breaks)
    if frame is None and guessed:
        # pyarrow refused the file: either some text further down is not UTF-8, or the
        # rows are irregular. Decide the encoding from the whole file, as without the guess.
        full = _detect_encoding(_as_bytes(data))
        if full != encoding:
            return _parse_csv(path, data, encoding=full, delimiter=given_delimiter, breaks=breaks)
    if frame is None:
        frame = _csv_with_pandas(path, _as_bytes(data), encoding, delimiter, names, leading_blank)
    frame = _drop_empty_trailing(frame, [*header, *[""] * (frame.shape[1] - len(header))])
    first = leading_blank + 2
    return FileRead(frame, "csv", "", np.arange(first, first + len(frame)), encoding, delimiter)


def _csv_with_arrow(
    data: _Bytes,
    encoding: str,
    delimiter: str,
    names: list[str],
    skip: int,
    *,
    breaks: Callable[[], int] | None = None,
) -> pd.DataFrame | None:
    table = _arrow_table(data, encoding, delimiter, names, skip, multiline=False)
    if table is None or table.num_rows != _lines_after(data, encoding, skip + 1, breaks=breaks):
        # pyarrow reads fastest when it may cut the file into blocks at any line break;
        # a value holding a line break either fails that read or makes fewer rows than
        # lines (pyarrow does not always notice a cut inside quotes: the count does)
        table = _arrow_table(data, encoding, delimiter, names, skip, multiline=True)
    if table is None:
        return None  # irregular rows or an encoding Arrow lacks: pandas decides
    frame = table.to_pandas()
    frame.columns = names
    return frame


def _lines_after(
    data: _Bytes, encoding: str, skip: int, *, breaks: Callable[[], int] | None = None
) -> int:
    r"""Count the lines after the first ``skip``; -1 when line breaks cannot be counted.

    A byte count of ``\n`` is a line count only where that byte is never part of another
    character: UTF-8 and the single-byte codecs, not UTF-16 or UTF-32. ``breaks``
    returns that byte count when it was made already.
    """
    # (codecs.lookup: "utf-8-sig" would encode its BOM before the line break)
    if codecs.lookup(encoding).name != "utf-8-sig" and "\n".encode(encoding) != b"\n":
        return -1
    count = _count_newlines(data) if breaks is None else breaks()
    return count + (not len(data) or _tail(data) != b"\n") - skip


def _arrow_table(
    data: _Bytes, encoding: str, delimiter: str, names: list[str], skip: int, *, multiline: bool
) -> pa.Table | None:
    import pyarrow.csv as pacsv

    arrow_encoding = "utf8" if encoding in ("utf-8", "utf-8-sig") else encoding
    try:
        return pacsv.read_csv(
            # the bytes as an Arrow buffer, no copy: a BytesIO is copied chunk by chunk
            # (~0.2 s of fresh memory for a 160 MB file)
            pa.BufferReader(data if isinstance(data, pa.Buffer) else pa.py_buffer(data)),
            read_options=pacsv.ReadOptions(
                encoding=arrow_encoding, skip_rows=skip + 1, column_names=names
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=delimiter, newlines_in_values=multiline, ignore_empty_lines=False
            ),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.large_string()),
                null_values=[""],
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowKeyError, LookupError):
        return None


def _csv_with_pandas(
    path: Path, data: bytes, encoding: str, delimiter: str, names: list[str], skip: int
) -> pd.DataFrame:
    frame = _pandas_read(path, data, encoding, delimiter, names, skip)
    if not isinstance(frame.index, pd.RangeIndex):
        # Every data row has one field more than the header (often a trailing
        # delimiter): read it as one more column; empty, it is dropped later.
        names = [*names, f"Unnamed: {len(names)}"]
        frame = _pandas_read(path, data, encoding, delimiter, names, skip)
    return frame.astype(_text_dtype())


def _pandas_read(
    path: Path, data: bytes, encoding: str, delimiter: str, names: list[str], skip: int
) -> pd.DataFrame:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", pd.errors.ParserWarning)
            return pd.read_csv(
                io.BytesIO(data),
                sep=delimiter,
                encoding=encoding,
                dtype=str,
                keep_default_na=False,
                na_values=[""],
                skip_blank_lines=False,
                skiprows=skip + 1,
                header=None,
                names=names,
                engine="c",
            )
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as err:
        raise UnreadableFileError(
            f"{format_location(file=path)}: cannot parse it as '{delimiter}'-delimited text "
            f"with the header's {len(names)} columns ({err}). Check that line for an extra "
            "delimiter or an unclosed quote, or pass delimiter=... / encoding=..."
        ) from err


def _drop_empty_trailing(frame: pd.DataFrame, header: list[str]) -> pd.DataFrame:
    """Drop columns with no header and no value (trailing delimiters, empty sheet margins)."""
    drop = [
        name
        for name, raw in zip(frame.columns, header, strict=False)
        if not raw.strip() and frame[name].isna().all()
    ]
    return frame.drop(columns=drop) if drop else frame


# --------------------------------------------------------------------------- XLSX


def _read_xlsx(path: Path, data: bytes, *, sheet: str | int | None) -> FileRead:
    digest = hashlib.sha256(data).hexdigest()
    if not data:
        raise EmptyInputError(
            f"{format_location(file=path)} is empty (0 bytes): expected a workbook."
        )
    if not data.startswith(b"PK\x03\x04"):
        kind = (
            "an old .xls or a password-protected workbook: save it as .xlsx without a password"
            if data.startswith(b"\xd0\xcf\x11\xe0")
            else "not an Excel workbook (perhaps CSV text): give it the right extension"
        )
        raise UnreadableFileError(
            f"{format_location(file=path)}: expected an .xlsx workbook, but it is {kind}."
        )
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many types for a damaged zip/xml
        raise UnreadableFileError(
            f"{format_location(file=path)}: the workbook cannot be opened ({type(err).__name__}: "
            f"{err}). Open it in Excel and save it again as .xlsx."
        ) from err
    try:
        if sheet is None:
            ws = book.worksheets[0]
        elif isinstance(sheet, int):
            ws = book.worksheets[sheet]
        else:
            ws = book[sheet]
    except (KeyError, IndexError) as err:
        raise UnreadableFileError(
            f"{format_location(file=path)}: no sheet {sheet!r}; the workbook has "
            f"{short_list(book.sheetnames)}. Pass sheet= one of them (name or 0-based position)."
        ) from err
    sheet_name = ws.title
    if hasattr(ws, "reset_dimensions"):  # some writers store a wrong sheet size
        ws.reset_dimensions()
    rows = [tuple(r) for r in ws.iter_rows(min_row=1, min_col=1, values_only=True)]
    book.close()
    width_of = [sum(v is not None and v != "" for v in r) for r in rows]
    if not rows or max(width_of) == 0:
        raise EmptyInputError(
            f"{format_location(file=path)}: sheet '{sheet_name}' is empty; expected a header row "
            "and data rows (pass sheet=... if the data is on another sheet)."
        )
    # The header is the first row at least half as wide as the widest of the first
    # rows: banner rows above a table ("UNODC", "14/04/2025") are skipped.
    widest = max(width_of[:30])
    h = next(i for i, w in enumerate(width_of) if w >= max(min(2, widest), widest / 2))
    header_cells = rows[h]
    ncols = max(len(r) for r in rows[h:])
    last = max(
        (i for i in range(ncols) if any(i < len(r) and r[i] not in (None, "") for r in rows[h:])),
        default=0,
    )
    ncols = last + 1
    header = [
        (_python_to_text(header_cells[i]) or "").strip() if i < len(header_cells) else ""
        for i in range(ncols)
    ]
    body = rows[h + 1 :]
    # Trailing rows with no value at all are sheet formatting, not data.
    while body and not any(v not in (None, "") for v in body[-1]):
        body.pop()
    columns = {}
    names = _dedupe(header)
    for i, name in enumerate(names):
        cells = [r[i] if i < len(r) else None for r in body]
        columns[name] = _frame_to_text(pd.DataFrame({"v": pd.Series(cells, dtype=object)}))["v"]
    frame = _drop_empty_trailing(pd.DataFrame(columns, index=pd.RangeIndex(len(body))), header)
    first = h + 2  # Excel rows count from 1; the header is row h + 1
    return FileRead(frame, "xlsx", digest, np.arange(first, first + len(frame)), sheet=sheet_name)


# --------------------------------------------------------------------------- Parquet


def _read_parquet(path: Path, data: bytes) -> FileRead:
    digest = hashlib.sha256(data).hexdigest()
    if not data:
        raise EmptyInputError(f"{format_location(file=path)} is empty (0 bytes).")
    if not (data.startswith(b"PAR1") and data.endswith(b"PAR1")):
        raise UnreadableFileError(
            f"{format_location(file=path)}: expected a Parquet file, but it does not carry the "
            "Parquet signature; check the extension (CSV? XLSX?)."
        )
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(pa.BufferReader(pa.py_buffer(data)))
    except (pa.ArrowException, OSError) as err:
        raise UnreadableFileError(
            f"{format_location(file=path)}: the Parquet file cannot be read ({err})."
        ) from err
    columns = {
        name: text_series(_arrow_to_text(table.column(i)).to_pandas())
        for i, name in enumerate(_dedupe([str(n) for n in table.column_names]))
    }
    frame = pd.DataFrame(columns, index=pd.RangeIndex(table.num_rows))
    return FileRead(frame, "parquet", digest, np.arange(1, table.num_rows + 1))


# --------------------------------------------------------------------------- JSON lines


def _read_jsonl(path: Path, data: bytes, *, encoding: str | None) -> FileRead:
    digest = hashlib.sha256(data).hexdigest()
    if not data or data.isspace():
        raise EmptyInputError(
            f"{format_location(file=path)} is empty: expected one JSON object per line."
        )
    if encoding is None:
        _check_not_binary(data, path, expected="JSON lines")
        encoding = _detect_encoding(data)
    text = data.decode(encoding, errors="replace").lstrip("\ufeff")
    lines = text.split("\n")
    blank = (
        np.array([not line.strip() for line in lines])
        if "\n\n" in text or text.startswith("\n")
        else None
    )
    try:
        # pandas >= 3 converts nothing with dtype=False; older pandas also needs
        # convert_dates=False (deprecated in 3.x) to keep "date" columns as text.
        extra: dict[str, Any] = {} if _PANDAS_3 else {"convert_dates": False}
        frame = pd.read_json(io.StringIO(text), lines=True, dtype=False, **extra)
    except ValueError as err:
        bad = _first_bad_json_line(lines)
        raise UnreadableFileError(
            f"{format_location(file=path, row=bad)}: expected one JSON object per line ({err}). "
            "Fix or remove that line."
        ) from err
    if blank is None:
        rows = np.arange(1, len(frame) + 1)
    else:
        rows = np.flatnonzero(~blank)[: len(frame)] + 1
    return FileRead(_frame_to_text(_spread_objects(frame)), "jsonl", digest, rows, encoding)


def _spread_objects(frame: pd.DataFrame) -> pd.DataFrame:
    """Spread the JSON objects of a column over columns named "column.key".

    ``{"location": {"lat": 35.5, "lng": 12.6}}`` gives the columns ``location.lat`` and
    ``location.lng`` (named as :func:`pandas.json_normalize` names them), which the
    header rules read as latitude and longitude; nested objects are spread in turn. Only
    a column whose every filled cell is an object is spread; a mix of objects and other
    values stays one column of text.
    """
    for _ in range(3):  # three levels of nesting at most
        spread = False
        columns: list[tuple[str, pd.Series]] = []
        for position, name in enumerate(frame.columns):
            col = frame.iloc[:, position]
            filled = col[col.notna()]
            if (
                col.dtype != object
                or filled.empty
                or not isinstance(filled.iloc[0], dict)  # text columns stop here, at once
                or not filled.map(lambda value: isinstance(value, dict)).all()
            ):
                columns.append((str(name), col))
                continue
            # pandas builds the columns from the objects (one per key, in order of first
            # appearance); rows without an object get none
            inner = pd.DataFrame(filled.tolist(), index=filled.index).reindex(col.index)
            if inner.shape[1] == 0:
                columns.append((str(name), col))
                continue
            spread = True
            columns.extend((f"{name}.{key}", inner[key].astype(object)) for key in inner.columns)
        if not spread:
            return frame
        # a spread key may repeat a column's name ("location.lat" beside "location")
        names = _dedupe([name for name, _ in columns])
        frame = pd.DataFrame(
            {new: col for new, (_, col) in zip(names, columns, strict=True)}, index=frame.index
        )
    return frame


def _first_bad_json_line(lines: list[str]) -> int | None:
    # Diagnostics only, on the error path: finds the line to name in the message.
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError:
            return number
        if not isinstance(value, dict):
            return number
    return None


def read_text_frame(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | int | None = None,
) -> FileRead:
    """Read ``path`` (an existing file) into a text frame under its own headers.

    Parameters
    ----------
    path : Path
        An existing file with a supported extension.
    encoding : str, optional
        Text encoding (CSV, JSONL); detected when omitted.
    delimiter : str, optional
        CSV delimiter; sniffed among ``, ; tab |`` when omitted.
    sheet : str or int, optional
        XLSX sheet name or 0-based position; the first sheet when omitted.

    Returns
    -------
    FileRead
        The frame and what was learnt while reading it.

    Raises
    ------
    UnsupportedFormatError, EmptyInputError, UnreadableFileError
        Naming the file and the fix.
    """
    fmt = file_format(path)
    data = _file_bytes(path) if fmt == "csv" else path.read_bytes()
    if fmt == "csv":
        result = _read_csv(path, data, encoding=encoding, delimiter=delimiter)
    elif fmt == "xlsx":
        result = _read_xlsx(path, data, sheet=sheet)
    elif fmt == "parquet":
        result = _read_parquet(path, data)
    else:
        result = _read_jsonl(path, data, encoding=encoding)
    frame = result.frame
    if len(frame) == 0 or not any(column.notna().any() for _, column in frame.items()):
        raise EmptyInputError(
            f"{format_location(file=path)} has a header "
            f"({short_list(list(frame.columns), limit=5)}) but no data rows: expected at least "
            "one row of values."
        )
    return result
