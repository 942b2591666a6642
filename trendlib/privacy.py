"""Privacy: keyed pseudonymisation and small-cell suppression.

Pseudonyms are HMAC-SHA256 of the normalised value under a secret key
(``TRENDLIB_PSEUDONYM_KEY``, read by :mod:`trendlib.config`). Without a key
trendlib refuses to pseudonymise: a fixed salt is a dictionary attack away
from the names it hides.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.config import pseudonym_key
from trendlib.errors import ParameterError

__all__ = [
    "SECONDARY_MARK",
    "TOTAL_LABEL",
    "SuppressedTable",
    "format_count",
    "pseudonymise",
    "suppress_counts",
]

_MIN_KEY_BYTES = 16


def pseudonymise(
    values: pd.Series,
    *,
    key: bytes | str | None = None,
    prefix: str = "P",
    length: int = 12,
) -> pd.Series:
    """Replace each value by a keyed, stable token; missing values stay missing.

    Parameters
    ----------
    values : Series
        Identifiers (names, phones, document numbers...). Not modified.
    key : bytes or str, optional
        Secret key; by default ``TRENDLIB_PSEUDONYM_KEY`` from the environment.
    prefix : str, default="P"
        Token prefix, e.g. ``"PHONE"``, so analysts can tell kinds apart.
    length : int, default=12
        Number of hex characters kept from the HMAC (48 bits by default).

    Returns
    -------
    Series of string
        Tokens such as ``"P-3f9a1c0b7d2e"``, aligned with ``values``.

    Raises
    ------
    MissingKeyError
        If no key is given and none is configured.
    ParameterError
        If the key is shorter than 16 bytes or ``length`` is out of range.

    Examples
    --------
    >>> s = pd.Series(["+2348012345678", None, "+2348012345678"])
    >>> tok = pseudonymise(s, key="a-secret-of-16-chars-or-more")
    >>> tok[0] == tok[2], tok[1] is pd.NA, tok[0].startswith("P-")
    (True, True, True)
    """
    raw_key = pseudonym_key() if key is None else key
    raw_key = raw_key.encode("utf-8") if isinstance(raw_key, str) else raw_key
    if len(raw_key) < _MIN_KEY_BYTES:
        raise ParameterError(
            f"the pseudonymisation key has {len(raw_key)} bytes; use at least {_MIN_KEY_BYTES} "
            "random bytes (e.g. secrets.token_hex(32))."
        )
    if not 8 <= length <= 64:
        raise ParameterError(f"length must be between 8 and 64 hex characters, got {length}.")
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    tokens = np.array(
        [
            f"{prefix}-"
            + hmac.new(raw_key, str(u).encode("utf-8"), hashlib.sha256).hexdigest()[:length]
            for u in uniques
        ]
        + [None],
        dtype=object,
    )
    return pd.Series(tokens[codes], index=values.index, name=values.name, dtype="string")


#: Text shown for a cell hidden only to protect another one (secondary suppression).
SECONDARY_MARK = "[c]"
TOTAL_LABEL = "Total"


@dataclass(frozen=True)
class SuppressedTable:
    """A count table after small-cell suppression.

    Attributes
    ----------
    display : DataFrame of str
        What may be published: counts formatted with thousands separators,
        ``"<5"`` for primary and ``"[c]"`` for secondary suppression.
    values : DataFrame of float
        The counts that may be published; hidden cells are NaN. Use these for charts.
    mask : DataFrame of bool
        True where a cell is hidden (primary or secondary).
    primary : DataFrame of bool
        True where a cell is hidden because it is below the threshold.
    threshold : int
        The threshold used.
    """

    display: pd.DataFrame
    values: pd.DataFrame
    mask: pd.DataFrame
    primary: pd.DataFrame
    threshold: int

    @property
    def n_hidden(self) -> int:
        """Number of hidden cells (primary and secondary)."""
        return int(self.mask.to_numpy().sum())


def _check_threshold(threshold: int) -> int:
    if isinstance(threshold, bool) or not isinstance(threshold, int | np.integer):
        raise ParameterError(f"threshold must be a whole number, got {threshold!r}.")
    if threshold < 1:
        raise ParameterError(f"threshold must be at least 1, got {threshold}.")
    return int(threshold)


def format_count(value: float | int | None, *, threshold: int = 5) -> str:
    """Format one count for publication: ``"<5"`` below the threshold, else ``"1,234"``.

    Parameters
    ----------
    value : int, float or None
        A count; missing values give ``"n/a"``.
    threshold : int, default=5
        Counts strictly below it (zero included) are shown as ``"<threshold"``.

    Returns
    -------
    str
        The text to publish.

    Examples
    --------
    >>> format_count(3), format_count(0), format_count(12345), format_count(None)
    ('<5', '<5', '12,345', 'n/a')
    >>> format_count(7, threshold=10)
    '<10'
    """
    threshold = _check_threshold(threshold)
    if value is None or pd.isna(value):
        return "n/a"
    if value < threshold:
        return f"<{threshold}"
    return f"{round(float(value)):,}"


def _secondary_pass(
    values: np.ndarray, hidden: np.ndarray, body_rows: int, body_cols: int, threshold: int
) -> bool:
    """Hide one more cell in every line (row or column) whose hidden cells are derivable.

    A line is the body cells of a row or column plus its margin (the total). Its hidden
    cells are derivable when there is exactly one, or when together they add up to less
    than ``threshold`` (total minus published cells would show they are all small, e.g.
    ``<5, <5`` beside a total equal to the published cells means both are 0).
    Returns True if anything changed. Hand-written: no maintained Python library
    does table-level secondary suppression (sdcMicro/tau-Argus are R/Java).
    """
    changed = False
    n_rows, n_cols = values.shape
    lines: list[tuple[np.ndarray, np.ndarray]] = []
    for i in range(n_rows):
        cells = np.arange(n_cols)
        lines.append((np.full(n_cols, i), cells))
    for j in range(n_cols):
        cells = np.arange(n_rows)
        lines.append((cells, np.full(n_rows, j)))
    for rows, cols in lines:
        line_hidden = hidden[rows, cols]
        if line_hidden.sum() == 0 or len(rows) < 2:
            continue
        is_margin = (rows >= body_rows) | (cols >= body_cols)
        hidden_body = line_hidden & ~is_margin
        hidden_sum = values[rows[hidden_body], cols[hidden_body]].sum()
        if line_hidden.sum() >= 2 and hidden_sum >= threshold:
            continue
        # candidates: visible cells of the line, body cells before margins, smallest first
        candidates = np.flatnonzero(~line_hidden)
        if len(candidates) == 0:
            continue
        order = sorted(candidates, key=lambda k: (bool(is_margin[k]), values[rows[k], cols[k]], k))
        pick = order[0]
        hidden[rows[pick], cols[pick]] = True
        changed = True
    return changed


def suppress_counts(
    table: pd.DataFrame | pd.Series,
    *,
    threshold: int = 5,
    totals: bool = True,
    total_label: str = TOTAL_LABEL,
) -> SuppressedTable:
    """Hide counts below ``threshold`` and enough other cells that totals reveal none.

    Primary suppression hides every count below the threshold (zero included).
    With ``totals=True`` a total row (and, for a 2-D table, a total column) is
    added from the true counts, and secondary suppression then hides a further
    cell in every row and column that would otherwise have exactly one hidden
    cell, so no hidden count equals a published total minus published cells.
    Secondary cells are the smallest visible body cells of the line; the
    passes repeat until no line has a single hidden cell.

    Parameters
    ----------
    table : DataFrame or Series
        Non-negative counts (rows x columns); a Series is one column. Not modified.
    threshold : int, default=5
        Counts strictly below it are hidden.
    totals : bool, default=True
        Add and protect margins. Without them only primary suppression is done:
        use that only when no total of the table is published anywhere.
    total_label : str, default="Total"
        Label of the added total row and column.

    Returns
    -------
    SuppressedTable
        ``display`` (text to publish), ``values`` (NaN where hidden), ``mask``, ``primary``.

    Raises
    ------
    ParameterError
        If the threshold is not a positive whole number or a count is negative.

    Examples
    --------
    >>> t = pd.DataFrame({"2023": [12, 3, 40], "2024": [20, 15, 41]}, index=["a", "b", "c"])
    >>> s = suppress_counts(t, threshold=5)
    >>> s.display
          2023 2024 Total
    a      [c]  [c]    32
    b       <5  [c]    18
    c       40   41    81
    Total   55   76   131
    >>> int(s.values.loc["c", "Total"]), bool(s.mask.loc["b", "2023"])
    (81, True)
    >>> suppress_counts(pd.Series([2, 9, 30], index=["x", "y", "z"])).display.iloc[:, 0].tolist()
    ['<5', '[c]', '30', '41']
    """
    threshold = _check_threshold(threshold)
    frame = table.to_frame() if isinstance(table, pd.Series) else table.copy()
    one_d = isinstance(table, pd.Series)
    numeric = frame.apply(pd.to_numeric, errors="coerce").astype("float64").fillna(0.0)
    if (numeric.to_numpy() < 0).any():
        raise ParameterError(
            "suppress_counts expects counts >= 0; the table holds negative values."
        )
    body_rows, body_cols = numeric.shape
    if totals:
        numeric[total_label] = numeric.sum(axis=1)
        if one_d:
            numeric = numeric[[numeric.columns[0]]]
        numeric.loc[total_label] = numeric.sum(axis=0)
    values = numeric.to_numpy()
    primary = values < threshold
    hidden = primary.copy()
    if totals:
        n_body_cols = body_cols if not one_d else 1
        while _secondary_pass(values, hidden, body_rows, n_body_cols, threshold):
            pass
    mask = pd.DataFrame(hidden, index=numeric.index, columns=numeric.columns)
    primary_frame = pd.DataFrame(primary, index=numeric.index, columns=numeric.columns)
    shown = numeric.mask(mask)
    text = np.where(
        primary,
        f"<{threshold}",
        np.where(hidden, SECONDARY_MARK, np.vectorize(lambda v: f"{round(v):,}")(values)),
    )
    display = pd.DataFrame(text, index=numeric.index, columns=numeric.columns, dtype=object)
    return SuppressedTable(
        display=display, values=shown, mask=mask, primary=primary_frame, threshold=threshold
    )
