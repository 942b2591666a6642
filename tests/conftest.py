"""Shared fixtures: where the real public datasets are, and skipping when they are absent."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# The lookup tables trendlib keeps between processes (trendlib._cache) go to a folder of
# this test run, not the user's ~/.cache; subprocesses (CLI, report kernels) inherit it.
os.environ.setdefault("TRENDLIB_CACHE_DIR", tempfile.mkdtemp(prefix="trendlib-test-cache-"))


def _real_data_dir() -> Path:
    env = os.environ.get("TRENDLIB_REAL_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data" / "real"


@pytest.fixture(scope="session")
def real_data() -> Path:
    """Folder of the real datasets (``../shared/data/real``); skips the test when absent."""
    path = _real_data_dir()
    if not path.is_dir():
        pytest.skip(f"real data folder {path} is absent (set TRENDLIB_REAL_DATA to use another)")
    return path


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository's root folder."""
    return REPO


@pytest.fixture(autouse=True)
def _no_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep progress bars out of test output."""
    monkeypatch.setenv("TRENDLIB_PROGRESS", "0")
