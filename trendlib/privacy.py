"""Privacy: keyed pseudonymisation and small-cell suppression.

Pseudonyms are HMAC-SHA256 of the normalised value under a secret key
(``TRENDLIB_PSEUDONYM_KEY``, read by :mod:`trendlib.config`). Without a key
trendlib refuses to pseudonymise: a fixed salt is a dictionary attack away
from the names it hides.
"""

from __future__ import annotations

import hashlib
import hmac

import numpy as np
import pandas as pd

from trendlib.config import pseudonym_key
from trendlib.errors import ParameterError

__all__ = ["pseudonymise"]

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
