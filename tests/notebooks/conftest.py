"""Fixtures for rendering the real report templates with a real kernel."""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

#: Key the operational report is rendered with (its network section shows pseudonyms only).
OPERATIONAL_KEY = "test-key-for-the-operational-report"


@dataclass
class Rendered:
    out: Path
    samples: Path
    codes: dict[str, int]
    seconds: dict[str, float]
    key: str = OPERATIONAL_KEY


@pytest.fixture(scope="session")
def samples_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding ``data_samples/`` written by ``trendlib.samples.write_samples``."""
    from trendlib.samples import write_samples

    home = tmp_path_factory.mktemp("home")
    write_samples(home / "data_samples", seed=0)
    return home


@pytest.fixture(scope="session")
def rendered(samples_home: Path) -> Rendered:
    """Both reports rendered through the command line, with no ``--data`` (= the samples)."""
    import os

    from trendlib.config import PSEUDONYM_KEY_ENV
    from trendlib.reports import _command

    out = samples_home / "reports"
    codes, seconds = {}, {}
    key_before = os.environ.get(PSEUDONYM_KEY_ENV)
    old = Path.cwd()
    os.chdir(samples_home)  # the reports find data_samples/ from the working folder
    try:
        for name, extra in (
            ("strategic", []),
            (
                "operational",
                [
                    "-p",
                    "operation=Aurora",
                    "-p",
                    "countries=ITA,LBY",
                    "-p",
                    "period_start=2023-06",
                    "-p",
                    "period_end=2023-09",
                ],
            ),
        ):
            parser = argparse.ArgumentParser()
            _command.add_arguments(parser)
            if name == "operational":  # its linked-cases section needs a pseudonymisation key
                os.environ[PSEUDONYM_KEY_ENV] = OPERATIONAL_KEY
            t0 = time.perf_counter()
            codes[name] = _command.run(parser.parse_args([name, "--out", str(out), *extra]))
            seconds[name] = time.perf_counter() - t0
    finally:
        os.chdir(old)
        if key_before is None:
            os.environ.pop(PSEUDONYM_KEY_ENV, None)
        else:
            os.environ[PSEUDONYM_KEY_ENV] = key_before
    return Rendered(out=out, samples=samples_home / "data_samples", codes=codes, seconds=seconds)
