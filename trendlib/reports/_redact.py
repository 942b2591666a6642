"""Redaction of report parameters that look like secrets or file paths.

papermill writes the parameters twice into the executed notebook: into the
``injected-parameters`` cell and into ``metadata.papermill.parameters``
(nteract/papermill #271, #416, #706). trendlib rewrites both, and every
output, before a notebook is kept.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePath
from typing import Any

__all__ = [
    "REDACTED",
    "looks_like_path",
    "looks_like_secret",
    "redact_notebook",
    "redact_parameters",
]

REDACTED = "<redacted>"

_SECRET_NAME = re.compile(
    r"(pass(word|wd|phrase)?|secret|token|api[_-]?key|credential|private|auth|(^|_)key($|_))", re.I
)
_SECRET_PREFIX = re.compile(r"^(ghp_|gho_|github_pat_|sk-|xox[abp]-|AKIA|AIza|eyJ)")
_FILE_SUFFIX = re.compile(
    r"\.(csv|tsv|txt|xlsx?|jsonl?|parquet|ya?ml|ipynb|html|db|sqlite|zip|gz)$", re.I
)


def _entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def looks_like_secret(name: str, value: object) -> bool:
    """Whether a parameter is probably a secret (by its name or its value).

    Examples
    --------
    >>> looks_like_secret("api_key", "x"), looks_like_secret("title", "Aurora 2024")
    (True, False)
    >>> looks_like_secret("note", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822c")
    True
    """
    if _SECRET_NAME.search(name) and value not in (None, "", [], ()):
        return True
    if not isinstance(value, str):
        return False
    text = value.strip()
    if _SECRET_PREFIX.match(text):
        return True
    return len(text) >= 24 and " " not in text and "/" not in text and _entropy(text) >= 3.5


def looks_like_path(value: object) -> bool:
    """Whether a value is probably a file or folder path.

    Examples
    --------
    >>> looks_like_path("/srv/data/ita.csv"), looks_like_path("ita.xlsx"), looks_like_path("Aurora")
    (True, True, False)
    """
    if isinstance(value, PurePath):
        return True
    if not isinstance(value, str) or not value.strip():
        return False
    text = value.strip()
    return (
        "/" in text
        or "\\" in text
        or text.startswith("~")
        or bool(_FILE_SUFFIX.search(text))
        or (len(text) < 4096 and os.path.exists(text))
    )


def _redact_value(name: str, value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_redact_value(name, v) for v in value]
    if looks_like_secret(name, value):
        return REDACTED
    if looks_like_path(value):
        return (
            f"<redacted path: {PurePath(str(value)).name}>"
            if _FILE_SUFFIX.search(str(value))
            else REDACTED
        )
    return value


def redact_parameters(parameters: Mapping[str, Any]) -> dict[str, Any]:
    """Return the parameters with secret- or path-like values replaced.

    A data file keeps only its base name (``<redacted path: ita.csv>``).

    Examples
    --------
    >>> redact_parameters({"data": ["/srv/in/ita.csv"], "title": "T", "token": "abc"})
    {'data': ['<redacted path: ita.csv>'], 'title': 'T', 'token': '<redacted>'}
    """
    return {k: _redact_value(k, v) for k, v in parameters.items()}


def _sensitive_strings(parameters: Mapping[str, Any], extra: Iterable[str]) -> list[str]:
    found: set[str] = set()

    def walk(name: str, value: Any) -> None:
        if isinstance(value, list | tuple):
            for v in value:
                walk(name, v)
        elif isinstance(value, str) and (looks_like_secret(name, value) or looks_like_path(value)):
            text = value.strip()
            if len(text) >= 4:
                found.add(text)
                if looks_like_path(text):
                    parent = str(Path(text).expanduser().resolve().parent)
                    if len(parent) > 1:
                        found.add(parent)

    for key, value in parameters.items():
        walk(key, value)
    found.update(s for s in extra if s and len(s) >= 4)
    return sorted(found, key=len, reverse=True)


def _scrub(text: str, needles: list[str]) -> str:
    for needle in needles:
        if needle in text:
            text = text.replace(needle, REDACTED)
    return text


def _scrub_any(obj: Any, needles: list[str]) -> Any:
    if isinstance(obj, str):
        return _scrub(obj, needles)
    if isinstance(obj, list):
        return [_scrub_any(v, needles) for v in obj]
    if isinstance(obj, dict):
        return {k: _scrub_any(v, needles) for k, v in obj.items()}
    return obj


def redact_notebook(
    nb: Any,
    parameters: Mapping[str, Any],
    *,
    extra_secrets: Iterable[str] = (),
    notebook_name: str,
) -> Any:
    """Rewrite an executed notebook so no secret- or path-like parameter value remains.

    Rewrites the ``injected-parameters`` cell, ``metadata.papermill`` (parameters,
    input and output paths) and scrubs the values from every cell's outputs.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed notebook (modified in place and returned).
    parameters : mapping
        The parameters as injected.
    extra_secrets : iterable of str, default=()
        Other strings to scrub (e.g. the pseudonymisation key).
    notebook_name : str
        Name written in place of the template's path.

    Returns
    -------
    nbformat.NotebookNode
    """
    needles = _sensitive_strings(parameters, extra_secrets)
    redacted = redact_parameters(parameters)
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if "injected-parameters" in tags:
            lines = ["# Parameters (values that look like secrets or file paths are redacted)"]
            lines += [f"{k} = {v!r}" for k, v in redacted.items()]
            cell.source = "\n".join(lines) + "\n"
        else:
            cell.source = _scrub(cell.source, needles)
        if cell.get("cell_type") == "code":
            cell.outputs = _scrub_any([dict(o) for o in cell.get("outputs", [])], needles)
    meta = nb.metadata.setdefault("papermill", {})
    meta["parameters"] = redacted
    meta["input_path"] = notebook_name
    meta["output_path"] = None
    if "cwd" in meta:
        meta["cwd"] = None
    nb.metadata = _scrub_any(dict(nb.metadata), needles)
    return nb
