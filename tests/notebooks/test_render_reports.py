"""Render the real templates on the samples with a real kernel (slow)."""

from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path

import nbformat
import pytest

from trendlib.errors import ReportRenderError
from trendlib.reports import render_report

pytestmark = [pytest.mark.notebook, pytest.mark.slow]

THRESHOLD = 5


def test_both_reports_render_and_publish(rendered) -> None:  # type: ignore[no-untyped-def]
    assert rendered.codes == {"strategic": 0, "operational": 0}
    for name in ("strategic", "operational"):
        for suffix in (".html", ".ipynb", ".manifest.json"):
            assert (rendered.out / f"{name}{suffix}").is_file()
        assert not (rendered.out / f"{name}.failed.ipynb").exists()
    assert not list(rendered.out.glob(".staging-*"))


def test_manifest(rendered) -> None:  # type: ignore[no-untyped-def]
    m = json.loads((rendered.out / "strategic.manifest.json").read_text())
    assert m["status"] == "success"
    assert {"trendlib", "pandas", "numpy", "plotly", "papermill", "nbconvert"} <= set(m["versions"])
    assert set(m["timings"]) == {"validate", "execute", "redact", "convert", "publish"}
    assert m["disclosure_control"] == {"threshold": THRESHOLD, "secondary": True}
    by_name = {i["name"]: i["sha256"] for i in m["inputs"]}
    for f in rendered.samples.iterdir():
        if "truth" in f.name:
            assert f.name not in by_name
        elif f.suffix in (".csv", ".xlsx", ".jsonl"):
            assert by_name[f.name] == hashlib.sha256(f.read_bytes()).hexdigest()
    assert all(d.startswith("<redacted path: ") for d in m["parameters"]["data"])
    html = (rendered.out / "strategic.html").read_bytes()
    assert m["outputs"]["strategic.html"] == hashlib.sha256(html).hexdigest()


@pytest.mark.parametrize("name", ["strategic", "operational"])
def test_html_is_self_contained_with_code_hidden(rendered, name: str) -> None:  # type: ignore[no-untyped-def]
    from plotly.offline import get_plotlyjs

    page = (rendered.out / f"{name}.html").read_text(encoding="utf-8")
    assert not re.search(
        r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*[\"']?(https?:)?//", page
    )
    assert page.count(get_plotlyjs()[:300]) == 1  # plotly.js embedded exactly once
    assert page.count('class="plotly-graph-div"') >= 3
    for code in ("import trendlib", "tl.read_records", "nbk.show(", "threshold = 5"):
        assert code not in page
    assert "injected-parameters" not in page


@pytest.mark.parametrize("name", ["strategic", "operational"])
def test_no_paths_in_artefacts(rendered, name: str) -> None:  # type: ignore[no-untyped-def]
    secret = str(rendered.samples.resolve())
    for suffix in (".html", ".ipynb", ".manifest.json"):
        assert secret not in (rendered.out / f"{name}{suffix}").read_text(encoding="utf-8")
    nb = nbformat.read(rendered.out / f"{name}.ipynb", as_version=4)
    params = nb.metadata.papermill.parameters
    assert all(str(d).startswith("<redacted path: ") for d in params["data"])
    assert nb.metadata.papermill.input_path == f"{name}_report.ipynb"


def _figure_data(page: str) -> list[list[dict]]:
    out, decoder, pos = [], json.JSONDecoder(), 0
    while (i := page.find("Plotly.newPlot(", pos)) != -1:
        j = page.index("[", i)
        data, end = decoder.raw_decode(page, j)
        out.append(data)
        pos = end
    return out


def _array(values: object) -> list[float | None]:
    """Plain list of a trace array (plotly 6 may encode numpy arrays as typed buffers)."""
    import base64

    import numpy as np

    if values is None:
        return []
    if isinstance(values, dict) and "bdata" in values:
        raw = np.frombuffer(base64.b64decode(values["bdata"]), dtype=np.dtype(values["dtype"]))
        return [None if np.isnan(v) else float(v) for v in raw.astype(float).ravel()]
    assert isinstance(values, list), values
    return [v if isinstance(v, int | float) else None for v in values]


def _prose_numbers(text: str) -> list[str]:
    """Whole numbers quoted in running text, leaving out years, percentages, dates, p-values,
    durations ("36 months", "6-month"), scores and ratios (MASE 0.78, ×1.5)."""
    text = re.sub(r"<code>.*?</code>", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    text = re.sub(r"\bp [<=] [\d.]+", " ", text)
    text = re.sub(r"\d+(\.\d+)?(?= ?%)", " ", text)  # percentages
    text = re.sub(r"\d+\.\d+", " ", text)  # decimals: scores, ratios (never counts)
    text = re.sub(r"\d+(?=[ -](months?|years?|lists)\b)", " ", text)
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    text = re.sub(rf"\b\d{{1,2}}(?= ({months}))", " ", text)
    found = re.findall(r"(?<![\w.,<-])(\d[\d,]*)(?![\d,])", text)
    return [n for n in found if not re.fullmatch(r"(19|20)\d\d", n)]


def _assert_published(text: str, where: str) -> None:
    text = text.strip()
    if re.fullmatch(r"\d[\d,]*", text):
        assert int(text.replace(",", "")) >= THRESHOLD, f"{text!r} in {where}"
    else:
        assert text in ("", f"<{THRESHOLD}", "[c]", "&lt;5") or not re.fullmatch(
            r"[\d.,]+", text
        ), where


def test_no_count_below_the_threshold_in_the_strategic_report(rendered) -> None:  # type: ignore[no-untyped-def]
    page = (rendered.out / "strategic.html").read_text(encoding="utf-8")
    # tables: every cell is a count >= threshold, "<5", "[c]", or text (dates, names)
    cells = re.findall(r'<table[^>]*class="[^"]*tl-table[^"]*"[^>]*>(.*?)</table>', page, re.S)
    assert len(cells) >= 6
    for table in cells:
        for cell in re.findall(r"<td>(.*?)</td>", table, re.S):
            _assert_published(cell, "a table")
    # charts: every number drawn and every bar label
    figures = _figure_data(page)
    assert len(figures) >= 8
    kinds = set()
    for traces in figures:
        for trace in traces:
            kind = trace.get("type")
            kinds.add(kind)
            if kind == "bar":
                axis = "x" if trace.get("orientation") == "h" else "y"
                values = trace.get(axis) or []
                if isinstance(values, dict):  # plotly may encode arrays as typed buffers
                    pytest.fail("figure data should be plain lists")
                assert all(v is None or v >= THRESHOLD for v in values), trace.get("name")
                for label in trace.get("text") or []:
                    _assert_published(str(label), "a chart label")
            elif kind == "scatter":  # fan charts (history, forecast, bands), corridor trends
                values = _array(trace.get("y"))
                band = trace.get("fill") in ("toself", "tonexty")  # a band may reach zero
                assert all(v is None or v >= THRESHOLD or (band and v == 0) for v in values), (
                    trace.get("name")
                )
            elif kind == "scattergeo":  # flow map: counts in the hover text
                for label in trace.get("text") or []:
                    for number in re.findall(r"(?:persons|records): ([\d,]+)", str(label)):
                        assert int(number.replace(",", "")) >= THRESHOLD, label
    assert {"bar", "scatter", "scattergeo"} <= kinds
    # sentences: counts quoted in the key findings (with the trend signals) ...
    findings = re.search(r"Key findings(.*?)Trends over time", page, re.S)
    assert findings
    assert "Mann-Kendall" in findings.group(1)  # trend-signal sentences are key findings too
    for number in _prose_numbers(findings.group(1)):
        assert int(number.replace(",", "")) >= THRESHOLD, number
    # ... and anywhere else in the text (outlook, corridors, networks, hidden victims)
    prose = re.sub(r"<(script|style|table)\b.*?</\1>", " ", page, flags=re.S)
    prose = re.sub(r'<div[^>]*class="plotly-graph-div".*?</div>', " ", prose, flags=re.S)
    for number in _prose_numbers(prose):
        assert int(number.replace(",", "")) >= THRESHOLD, number
    # the notebook holds the same outputs; the manifest holds no counts at all
    nb_text = (rendered.out / "strategic.ipynb").read_text(encoding="utf-8")
    for cell in re.findall(r"<td>(.*?)</td>", nb_text, re.S):
        _assert_published(cell, "the notebook")
    manifest = json.loads((rendered.out / "strategic.manifest.json").read_text())
    assert not {"records", "persons", "counts"} & set(manifest)


def test_no_identifier_in_the_strategic_report(rendered) -> None:  # type: ignore[no-untyped-def]
    import trendlib as tl
    from trendlib.schema import IDENTIFIER_COLUMNS
    from trendlib.viz.notebook import resolve_data

    raw = tl.read_records(resolve_data([rendered.samples]))
    values: set[str] = set()
    for col in IDENTIFIER_COLUMNS:
        if col in raw:
            for v in raw[col].dropna().astype(str):
                values.update(p.strip() for p in v.split("|") if len(p.strip()) >= 6)
    assert values, "the samples should carry identifiers"
    for suffix in (".html", ".ipynb"):
        text = (rendered.out / f"strategic{suffix}").read_text(encoding="utf-8")
        leaked = [v for v in values if v in text]
        assert not leaked, leaked[:5]
    assert not any(
        col in (rendered.out / "strategic.html").read_text() for col in IDENTIFIER_COLUMNS
    )


def test_new_sections_render_and_say_so_in_words(rendered) -> None:  # type: ignore[no-untyped-def]
    page = (rendered.out / "strategic.html").read_text(encoding="utf-8")
    for heading in (
        "Outlook: forecasts and trend signals",
        "Corridors and emerging routes",
        "Linked networks",
        "Hidden victims",
    ):
        assert heading in page
    assert "backtest MASE" in page  # fan-chart titles state the measured skill
    assert "Trend signals" in page
    assert "No capture data was given" in page
    ops = (rendered.out / "operational.html").read_text(encoding="utf-8")
    for heading in ("Corridors and hotspots in the window", "Linked cases"):
        assert heading in ops
    assert "networks** of linked cases" in ops or "networks</strong> of linked cases" in ops
    for suffix in (".html", ".ipynb", ".manifest.json"):
        assert rendered.key not in (rendered.out / f"operational{suffix}").read_text()


def test_hidden_victims_section_with_capture_data(rendered, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import argparse
    import os

    from trendlib.reports import _command

    capture = tmp_path / "private" / "lists.csv"
    capture.parent.mkdir()
    capture.write_text("A,B,C,count\n1,0,0,300\n0,1,0,200\n0,0,1,150\n1,1,0,60\n"
                       "1,0,1,45\n0,1,1,30\n1,1,1,10\n")  # fmt: skip
    out = tmp_path / "reports"
    parser = argparse.ArgumentParser()
    _command.add_arguments(parser)
    old = Path.cwd()
    os.chdir(capture.parent)  # a relative path works: it is resolved before the kernel starts
    try:
        code = _command.run(
            parser.parse_args(
                ["strategic", "--data", str(rendered.samples), "--out", str(out),
                 "-p", "capture=lists.csv"]
            )
        )  # fmt: skip
    finally:
        os.chdir(old)
    assert code == 0
    page = (out / "strategic.html").read_text(encoding="utf-8")
    section = page[page.index("Hidden victims") :]
    assert re.search(r"About [\d,]+ victims in total", section)
    assert "95 % interval" in section
    assert "3 lists" in section
    assert "Closed population" in section
    for suffix in (".html", ".ipynb", ".manifest.json"):
        assert str(capture.parent) not in (out / f"strategic{suffix}").read_text()
    m = json.loads((out / "strategic.manifest.json").read_text())
    assert m["parameters"]["capture"] == "<redacted path: lists.csv>"
    assert "lists.csv" in [i["name"] for i in m["inputs"]]  # hashed like the data files


def test_index_lists_the_runs(rendered) -> None:  # type: ignore[no-untyped-def]
    page = (rendered.out / "index.html").read_text()
    assert 'href="strategic.html"' in page
    assert 'href="operational.html"' in page
    runs = [json.loads(x) for x in (rendered.out / "runs.jsonl").read_text().splitlines()]
    assert [r["status"] for r in runs[:2]] == ["success", "success"]


def test_same_input_and_parameters_give_the_same_report(rendered, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    again = render_report("strategic", {"data": [str(rendered.samples)]}, out_dir=tmp_path)
    assert again.html.read_bytes() == (rendered.out / "strategic.html").read_bytes()


# -- failures ------------------------------------------------------------------------------
def _template(path: Path, body: str) -> Path:
    from trendlib.config import StrategicParams

    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell(
        "\n".join(f"{k} = {v!r}" for k, v in StrategicParams().to_papermill().items())
    )
    params.metadata["tags"] = ["parameters"]
    params.id = "parameters"
    work = nbformat.v4.new_code_cell(
        "from trendlib.viz import notebook as nbk\nnbk.init()\nnbk.show('# Tiny')"
    )
    work.id = "setup"
    last = nbformat.v4.new_code_cell(body)
    last.id = "boom"
    nb.cells = [params, work, last]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, path)
    return path


def test_a_failing_notebook_keeps_the_previous_report(tmp_path: Path, rendered) -> None:  # type: ignore[no-untyped-def]
    data = {"data": [str(rendered.samples)]}
    out = tmp_path / "reports"
    good = _template(tmp_path / "good.ipynb", "nbk.show('fine')")
    bad = _template(tmp_path / "bad.ipynb", "# compute the ratio\nratio = 1 / 0")
    first = render_report("strategic", data, out_dir=out, notebook=good, stem="tiny")
    before = first.html.read_bytes()
    with pytest.raises(ReportRenderError) as info:
        render_report("strategic", data, out_dir=out, notebook=bad, stem="tiny")
    message = str(info.value)
    assert "code cell 3" in message
    assert "'boom'" in message
    assert "ZeroDivisionError" in message
    assert "tiny.failed.ipynb" in message
    assert "unchanged" in message
    assert (out / "tiny.html").read_bytes() == before
    failed = nbformat.read(out / "tiny.failed.ipynb", as_version=4)
    assert any(o.get("output_type") == "error" for o in failed.cells[-1].outputs)
    assert str(rendered.samples.resolve()) not in (out / "tiny.failed.ipynb").read_text()
    assert not list(out.glob(".staging-*"))
    runs = [json.loads(x) for x in (out / "runs.jsonl").read_text().splitlines()]
    assert [r["status"] for r in runs] == ["success", "failed"]
    # the next good run publishes again and clears the failed notebook
    render_report("strategic", data, out_dir=out, notebook=good, stem="tiny")
    assert not (out / "tiny.failed.ipynb").exists()


def test_failing_run_exits_1_from_the_command_line(tmp_path: Path, rendered, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from trendlib.reports import _command, _registry

    _template(tmp_path / "strategic_report.ipynb", "raise RuntimeError('kaput')")
    monkeypatch.setattr(_registry, "notebooks_dir", lambda: tmp_path)
    import argparse

    parser = argparse.ArgumentParser()
    _command.add_arguments(parser)
    args = parser.parse_args(
        ["strategic", "--data", str(rendered.samples), "--out", str(tmp_path / "o")]
    )
    assert _command.run(args) == 1
    assert (tmp_path / "o" / "strategic.failed.ipynb").exists()
    assert not (tmp_path / "o" / "strategic.html").exists()


def test_a_killed_kernel_keeps_the_previous_report(tmp_path: Path, rendered) -> None:  # type: ignore[no-untyped-def]
    data = {"data": [str(rendered.samples)]}
    out = tmp_path / "reports"
    good = _template(tmp_path / "good.ipynb", "nbk.show('fine')")
    killed = _template(
        tmp_path / "killed.ipynb", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)"
    )
    before = render_report(
        "strategic", data, out_dir=out, notebook=good, stem="k"
    ).html.read_bytes()
    with pytest.raises(ReportRenderError, match=r"DeadKernelError in code cell 3 \(id 'boom'"):
        render_report("strategic", data, out_dir=out, notebook=killed, stem="k", timeout=60)
    assert (out / "k.html").read_bytes() == before
    assert (out / "k.failed.ipynb").exists()
    assert not list(out.glob(".staging-*"))
