"""Lookup tables built from maintained packages, kept on disk between processes.

The cleaner reads country names in some ninety languages from pycountry's translation
catalogues and country outlines from ``countryinfo``: building those tables costs about a
second of every new process (parsing ~90 gettext catalogues, ~250 JSON outlines), the
same second each time. :func:`cached_json` keeps each table as one JSON file in the
user's cache folder, keyed by everything it is built from: trendlib's version, the
versions of the packages it reads, and the source text of the module that builds it.
Any change to one of them builds and writes the table again; a missing, unreadable or
corrupt file is rebuilt, and a folder that cannot be written leaves the table built in
memory only. JSON, not pickle: a file in the cache can change a table, never run code.

The folder is ``TRENDLIB_CACHE_DIR`` when set (``"off"`` turns the cache off), else
``$XDG_CACHE_HOME/trendlib``, else ``~/.cache/trendlib`` (:func:`trendlib.config.cache_dir`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from trendlib.config import cache_dir

__all__ = ["cached_json"]


def _key(name: str, packages: Sequence[str], sources: Sequence[str]) -> str:
    """Hash of what a table is built from."""
    digest = hashlib.sha256(name.encode())
    for package in ("trendlib", *packages):
        try:
            digest.update(f"{package}={version(package)};".encode())
        except PackageNotFoundError:
            digest.update(f"{package}=?;".encode())
    for source in sources:
        module = sys.modules.get(source)
        path = getattr(module, "__file__", None) if module is not None else None
        try:
            digest.update(Path(path).read_bytes() if path else source.encode())
        except OSError:
            digest.update(source.encode())
    return digest.hexdigest()[:20]


def cached_json(
    name: str,
    build: Callable[[], Any],
    *,
    packages: Sequence[str] = (),
    sources: Sequence[str] = (),
) -> Any:
    """Return ``build()``'s JSON-able result, from the cache folder when it is there.

    Parameters
    ----------
    name : str
        The table's name: its file is ``<name>-<key>.json``; older files of that name
        (other keys) are removed when a new one is written.
    build : callable
        Builds the table (dicts, lists, strings, numbers); called when the file is
        missing or unreadable.
    packages : sequence of str, default=()
        Distributions the table is read from (their versions are part of the key).
    sources : sequence of str, default=()
        Modules whose source text builds the table (their bytes are part of the key).

    Returns
    -------
    object
        The table as JSON gives it back (tuples come back as lists).

    Examples
    --------
    >>> cached_json("example", lambda: {"a": [1, 2]}, packages=["pycountry"])
    {'a': [1, 2]}
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{_key(name, packages, sources)}.json"
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        pass  # absent, unreadable or corrupt: built again below
    table = build()
    text = json.dumps(table, ensure_ascii=False, separators=(",", ":"))
    tmp: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # written whole under another name, then renamed: a reader never sees half a file
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
        tmp = None
        for old in folder.glob(f"{name}-*.json"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a folder that cannot be written: the table lives in this process only
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return json.loads(text)  # as a later process reads it back (tuples as lists)
