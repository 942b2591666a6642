"""Shared machinery of the cleaners: work on unique values, then map back.

Every cleaner in :mod:`trendlib.clean` takes a Series of raw text and returns
a :class:`Parsed`: the clean values, the rule that produced each value (for
the audit) and a flag for values that could not be read. The work is done on
``pd.factorize``'s unique values, so a million rows that hold a few thousand
distinct strings cost what those strings cost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

__all__ = ["MISSING_WORDS", "Parsed", "map_unique"]


# Placeholders for "not known", folded. In vocabularies they give ``unknown`` without
# a flag; in counts and numbers they are missing, not invalid.
MISSING_WORDS: Final = frozenset(
    {
        "",
        "na",
        "n a",
        "nan",
        "none given",
        "not known",
        "not stated",
        "not specified",
        "unspecified",
        "unknown",
        "unk",
        "inconnu",
        "inconnue",
        "non connu",
        "non precise",
        "nc",
        "nd",
        "desconocido",
        "desconocida",
        "no consta",
        "sin datos",
        "sd",
        "s d",
        "n c",
        "n d",
        "n k",
        "non renseigne",
        "non renseignee",
        "not available",
        "non disponible",
        "no disponible",
        "sin dato",
    }
)


@dataclass(frozen=True)
class Parsed:
    """The result of one cleaner on one column.

    Attributes
    ----------
    values : Series
        Clean values aligned with the input's index (final dtype).
    rule : Series of string
        Name of the rule that produced each value (e.g. ``"country.name_fr"``);
        missing where the input was missing.
    invalid : Series of bool
        True where the input held text that could not be read.
    """

    values: pd.Series
    rule: pd.Series
    invalid: pd.Series


def map_unique(
    raw: pd.Series,
    func: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray, np.ndarray]],
    *,
    dtype: str | None = None,
) -> Parsed:
    """Apply ``func`` to the unique non-missing values of ``raw`` and map the results back.

    Parameters
    ----------
    raw : Series
        Raw values (usually strings). Not modified.
    func : callable
        Takes an object array of unique values and returns three arrays of the same
        length: the clean values, the rule names and the invalid flags.
    dtype : str, optional
        dtype of the returned values.

    Returns
    -------
    Parsed
        Values, rules and invalid flags aligned with ``raw``.

    Examples
    --------
    >>> def upper(u):
    ...     return (np.array([x.upper() for x in u], dtype=object),
    ...             np.array(["upper"] * len(u), dtype=object), np.zeros(len(u), bool))
    >>> p = map_unique(pd.Series(["a", None, "a"]), upper, dtype="string")
    >>> p.values.tolist(), p.rule.tolist(), p.invalid.tolist()
    (['A', <NA>, 'A'], ['upper', <NA>, 'upper'], [False, False, False])
    """
    codes, uniques = pd.factorize(raw, use_na_sentinel=True)
    values, rules, invalid = func(np.asarray(uniques, dtype=object))
    # Convert the few unique results once, then take by code (-1 = missing input).
    vals = pd.array(np.asarray(values, dtype=object), dtype=dtype)  # type: ignore[arg-type]
    if not isinstance(vals, pd.api.extensions.ExtensionArray):  # pragma: no cover
        vals = pd.array(vals)
    out = pd.Series(vals.take(codes, allow_fill=True), index=raw.index, name=raw.name)
    rule = pd.array(np.asarray(rules, dtype=object), dtype="string").take(codes, allow_fill=True)
    flag = np.append(np.asarray(invalid, dtype=bool), False)[codes]
    return Parsed(
        values=out,
        rule=pd.Series(rule, index=raw.index, name=raw.name),
        invalid=pd.Series(flag, index=raw.index, name=raw.name, dtype=bool),
    )
