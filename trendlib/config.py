"""Configuration: the only module that reads environment variables.

Report parameters are frozen dataclasses (see :mod:`trendlib.reports`); the
process-wide settings below are read from ``TRENDLIB_*`` variables once, when
asked for, never at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from trendlib.errors import MissingKeyError

__all__ = ["PSEUDONYM_KEY_ENV", "Settings", "get_settings", "pseudonym_key"]

#: Environment variable holding the secret key for keyed pseudonymisation.
PSEUDONYM_KEY_ENV = "TRENDLIB_PSEUDONYM_KEY"


@dataclass(frozen=True)
class Settings:
    """Process-wide settings read from the environment.

    Attributes
    ----------
    pseudonym_key : bytes or None
        Secret for HMAC pseudonymisation (``TRENDLIB_PSEUDONYM_KEY``); ``None`` if unset.
    progress : bool
        Show progress bars (``TRENDLIB_PROGRESS``, default on; ``0`` turns them off).
    """

    pseudonym_key: bytes | None = None
    progress: bool = True


def get_settings() -> Settings:
    """Read the settings from the environment now.

    Returns
    -------
    Settings
        The current settings.

    Examples
    --------
    >>> isinstance(get_settings().progress, bool)
    True
    """
    key = os.environ.get(PSEUDONYM_KEY_ENV)
    progress = os.environ.get("TRENDLIB_PROGRESS", "1").strip().lower() not in {"0", "false", "no"}
    return Settings(pseudonym_key=key.encode("utf-8") if key else None, progress=progress)


def pseudonym_key() -> bytes:
    """Return the pseudonymisation key, or raise if none is configured.

    Returns
    -------
    bytes
        The key from ``TRENDLIB_PSEUDONYM_KEY``.

    Raises
    ------
    MissingKeyError
        If the variable is unset or empty: trendlib never falls back to a fixed salt.
    """
    key = get_settings().pseudonym_key
    if not key:
        raise MissingKeyError(
            f"no pseudonymisation key: set the environment variable {PSEUDONYM_KEY_ENV} to a "
            "secret of at least 16 characters (e.g. `export "
            f"{PSEUDONYM_KEY_ENV}=$(python -c 'import secrets; print(secrets.token_hex(32))')`), "
            "or pass key=... explicitly. trendlib refuses to pseudonymise with a fixed salt."
        )
    return key
