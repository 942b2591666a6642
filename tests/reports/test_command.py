"""``trendlib report``: bad parameters exit 2 in seconds, before any kernel starts."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pytest

from trendlib.reports import _command


@pytest.fixture
def no_kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    import papermill

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a kernel was started for invalid parameters")

    monkeypatch.setattr(papermill, "execute_notebook", refuse)


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    out = tmp_path / "reports"
    out.mkdir()
    (out / "strategic.html").write_text("<p>last good report</p>")
    return out


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="trendlib report")
    _command.add_arguments(parser)
    return _command.run(parser.parse_args(argv))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-p", "threshold=abc"], "whole number"),
        (["-p", "treshold=3"], "did you mean 'threshold'"),
        (["-p", "countries=ITA,NGR"], "unknown country 'NGR'"),
        (["-p", "region=Atlantis"], "Valid regions: Africa"),
        (["-p", "period_start=2024-06", "-p", "period_end=2024-01"], "bad date range"),
        (["-p", "crime_type=drugs"], "one of trafficking, smuggling, both"),
        (["-p", "nonsense"], "KEY=VALUE"),
        (["--data", "/no/such/file.csv"], "does not exist"),
        (["-p", "capture=/no/such/capture.csv"], "(parameter 'capture') does not exist"),
    ],
)
def test_bad_parameters_exit_2_fast_and_keep_the_last_report(
    argv: list[str],
    message: str,
    previous: Path,
    no_kernel: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    t0 = time.perf_counter()
    code = _run(["strategic", "--out", str(previous), *argv])
    elapsed = time.perf_counter() - t0
    err = capsys.readouterr().err
    assert code == 2
    assert message in err
    assert elapsed < 5
    assert (previous / "strategic.html").read_text() == "<p>last good report</p>"
    assert not (previous / "strategic.failed.ipynb").exists()


def test_bad_yaml_parameter_file(
    tmp_path: Path, no_kernel: None, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "p.yaml"
    f.write_text("threshold: [1, 2]\n")
    assert _run(["strategic", "--params-file", str(f), "--out", str(tmp_path)]) == 2
    assert "threshold" in capsys.readouterr().err


def test_list_params(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["operational", "--list-params"]) == 0
    out = capsys.readouterr().out
    assert "operation (default: None)" in out
    assert "max_rows" in out


def test_wired_into_the_trendlib_command(previous: Path, no_kernel: None) -> None:
    from trendlib.cli import main

    assert main(["report", "strategic", "--out", str(previous), "-p", "countries=XXX"]) == 2
