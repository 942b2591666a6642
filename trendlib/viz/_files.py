"""Input files of a report: the ``data`` parameter as a list of paths (light: no pandas)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from trendlib.errors import InputFileNotFoundError, ParameterError

__all__ = ["DATA_EXTENSIONS", "SAMPLES_DIR", "resolve_data"]

#: Folder with the synthetic sample submissions (``trendlib make-samples``).
SAMPLES_DIR = "data_samples"
#: File types read as data when a folder is given.
DATA_EXTENSIONS: tuple[str, ...] = (
    ".csv",
    ".tsv",
    ".txt",
    ".xlsx",
    ".xls",
    ".jsonl",
    ".json",
    ".parquet",
)


def _samples_dir(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / SAMPLES_DIR
        if candidate.is_dir():
            return candidate
    return None


def resolve_data(
    data: Iterable[str | os.PathLike[str]] = (), *, start: str | os.PathLike[str] = "."
) -> list[str]:
    """Turn the ``data`` parameter into a sorted list of input files.

    Folders are expanded to their data files; an empty ``data`` means every
    file of the nearest ``data_samples/`` folder (from ``start`` upwards).
    Ground-truth files (``*truth*``) are never inputs.

    Parameters
    ----------
    data : iterable of str or path-like
        Files and folders.
    start : str or path-like, default="."
        Where to look for ``data_samples/`` when ``data`` is empty.

    Returns
    -------
    list of str
        Absolute paths.

    Raises
    ------
    InputFileNotFoundError
        If a path does not exist, or no samples folder is found.
    ParameterError
        If no data file remains.
    """
    items: Sequence[str | os.PathLike[str]] = list(data)
    if not items:
        found = _samples_dir(Path(start).resolve())
        if found is None:
            raise InputFileNotFoundError(
                f"no data given and no {SAMPLES_DIR}/ folder found from {Path(start).resolve()} "
                "upwards; pass data=[...] or create the samples with `trendlib make-samples`."
            )
        items = [found]
    files: list[Path] = []
    for item in items:
        path = Path(item).expanduser()
        if path.is_dir():
            files.extend(
                p for p in sorted(path.iterdir())
                if p.is_file()
                and p.suffix.lower() in DATA_EXTENSIONS
                and "truth" not in p.name.lower()
            )  # fmt: skip
        elif path.is_file():
            files.append(path)
        else:
            raise InputFileNotFoundError(
                f"input '{path}' does not exist; check the path or run `trendlib make-samples`."
            )
    if not files:
        raise ParameterError(
            f"no data files (types {', '.join(DATA_EXTENSIONS)}) in {list(map(str, items))}."
        )
    return [str(p.resolve()) for p in files]
