"""User header mappings: a dict or a YAML file, validated against the canonical names.

Private. A mapping says ``{header as written in the file: canonical name}``; a
``None`` (YAML ``null``) target keeps that header under its own name and stops
automatic recognition from touching it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trendlib.errors import InputFileNotFoundError, MappingError
from trendlib.io._headers import CANONICAL_COLUMNS, header_key

__all__ = ["UserMapping", "load_mapping", "missing_keys", "resolve_mapping"]


@dataclass(frozen=True)
class UserMapping:
    """A validated mapping and where it came from.

    Attributes
    ----------
    columns : dict
        Header -> canonical name, or ``None`` to keep the header unmapped.
    origin : str
        ``"the mapping dict"`` or ``"mapping file '<path>'"``, for messages.
    """

    columns: dict[str, str | None]
    origin: str


def load_mapping(mapping: Mapping[str, str | None] | str | os.PathLike[str]) -> UserMapping:
    """Validate a mapping dict, or read and validate a YAML mapping file.

    Parameters
    ----------
    mapping : dict or path
        ``{header: canonical}``, or a YAML file holding that dict (optionally under a
        top-level ``columns:`` key).

    Returns
    -------
    UserMapping
        The mapping, its targets checked.

    Raises
    ------
    MappingError
        Malformed YAML, a target that is not a canonical name, or two headers for
        one canonical name.
    InputFileNotFoundError
        The YAML file does not exist.

    Examples
    --------
    >>> load_mapping({"Fecha": "event_date"}).columns
    {'Fecha': 'event_date'}
    >>> load_mapping({"Fecha": "date"})
    Traceback (most recent call last):
    ...
    trendlib.errors.MappingError: the mapping dict maps 'Fecha' to 'date', ...
    """
    if isinstance(mapping, Mapping):
        return _validate(dict(mapping), origin="the mapping dict")
    if not isinstance(mapping, str | os.PathLike):
        raise MappingError(
            f"mapping must be a dict {{header: canonical name}} or the path of a YAML file, "
            f"not {type(mapping).__name__}."
        )
    path = Path(mapping)
    origin = f"mapping file '{mapping}'"
    if not path.is_file():
        raise InputFileNotFoundError(
            f"{origin} does not exist (looked in {path.resolve().parent}); check the path."
        )
    import yaml

    try:
        content = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise MappingError(
            f"{origin} is not valid YAML{where}: {getattr(err, 'problem', err)}. Write one "
            "'header: canonical_name' pair per line (quote headers that contain ':' or '#')."
        ) from err
    except UnicodeDecodeError as err:
        raise MappingError(f"{origin} is not UTF-8 text; save it as UTF-8.") from err
    if isinstance(content, Mapping) and "columns" in content:
        content = content["columns"]
    if not isinstance(content, Mapping):
        raise MappingError(
            f"{origin} must hold a mapping 'header: canonical_name' (optionally under "
            f"'columns:'), but holds {type(content).__name__}."
        )
    return _validate(dict(content), origin=origin)


def _validate(columns: Mapping[Any, object], *, origin: str) -> UserMapping:
    valid = set(CANONICAL_COLUMNS)
    checked: dict[str, str | None] = {}
    seen: dict[str, str] = {}
    for header, target in columns.items():
        if not isinstance(header, str) or not header.strip():
            raise MappingError(
                f"{origin}: the key {header!r} is not a column header (a non-empty text)."
            )
        if target is not None and not isinstance(target, str):
            raise MappingError(
                f"{origin} maps {header!r} to {target!r}; expected a canonical name (text) or "
                f"null. Valid names: {', '.join(CANONICAL_COLUMNS)}."
            )
        if target is not None and target not in valid:
            raise MappingError(
                f"{origin} maps {header!r} to {target!r}, which is not a canonical column. "
                f"Valid names: {', '.join(CANONICAL_COLUMNS)} (or null to keep the header as is)."
            )
        if target is not None and target in seen:
            raise MappingError(
                f"{origin} maps both {seen[target]!r} and {header!r} to {target!r}; a canonical "
                "column takes one header: keep one of them."
            )
        if target is not None:
            seen[target] = header
        checked[header] = target
    return UserMapping(checked, origin)


def resolve_mapping(mapping: UserMapping, headers: Sequence[str]) -> dict[str, str | None]:
    """Return the mapping keyed by the file's actual headers (exact, else folded match).

    Parameters
    ----------
    mapping : UserMapping
        A validated mapping.
    headers : sequence of str
        One file's headers.

    Returns
    -------
    dict
        File header -> canonical name (or ``None``), for the keys found in ``headers``.

    Examples
    --------
    >>> resolve_mapping(load_mapping({"fecha ": "event_date"}), ["Fecha", "País"])
    {'Fecha': 'event_date'}
    """
    by_key: dict[str, list[str]] = {}
    for h in headers:
        by_key.setdefault(header_key(h), []).append(h)
    resolved: dict[str, str | None] = {}
    for key, target in mapping.columns.items():
        if key in headers:
            resolved[key] = target
            continue
        found = by_key.get(header_key(key), [])
        if len(found) == 1:
            resolved[found[0]] = target
    return resolved


def missing_keys(mapping: UserMapping, headers_per_file: Sequence[Sequence[str]]) -> list[str]:
    """Keys of ``mapping`` (with a canonical target) found in none of the files.

    Parameters
    ----------
    mapping : UserMapping
        A validated mapping.
    headers_per_file : sequence of sequence of str
        The headers of each file read.

    Returns
    -------
    list of str
        The keys no file has.
    """
    found: set[str] = set()
    for headers in headers_per_file:
        resolved = resolve_mapping(mapping, headers)
        for key in mapping.columns:
            if key in resolved or header_key(key) in {header_key(h) for h in resolved}:
                found.add(key)
    # A null target only stops recognition: harmless when the header is absent.
    return [k for k, t in mapping.columns.items() if k not in found and t is not None]
