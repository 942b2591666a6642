"""Open the rendered reports in headless Chromium: charts drew, no errors, no network."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = [pytest.mark.notebook, pytest.mark.browser, pytest.mark.slow]

CHROMIUM = next(
    (p for p in (shutil.which("chromium"), shutil.which("chromium-browser"), "/usr/bin/chromium")
     if p and Path(p).exists()),
    None,
)  # fmt: skip


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
    if CHROMIUM is None:
        pytest.skip("needs Chromium (Debian: apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-default-apps",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


@pytest.mark.parametrize("name", ["strategic", "operational"])
def test_report_opens_offline_with_every_chart_drawn(browser, rendered, name: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.route("http*://**", lambda route: route.abort())  # offline: any web request fails
    html = (rendered.out / f"{name}.html").resolve()
    page.goto(html.as_uri(), wait_until="load")
    page.wait_for_function(
        "() => [...document.querySelectorAll('div.plotly-graph-div')]"
        ".every(d => d.querySelector('svg.main-svg'))",
        timeout=30_000,
    )
    charts = page.eval_on_selector_all(
        "div.plotly-graph-div",
        "els => els.map(e => ({id: e.id, svg: e.querySelectorAll('svg.main-svg').length,"
        " marks: e.querySelectorAll('.bars path, .heatmaplayer image,"
        " .scatterlayer .trace path').length,"
        " geo: e.querySelectorAll('.geo').length}))",
    )
    assert len(charts) >= 3
    for chart in charts:
        assert chart["svg"] >= 1, chart
        assert chart["marks"] >= 1, chart  # bars, heatmap cells, lines/markers (fan, map, graph)
    assert any(chart["geo"] for chart in charts), "the corridor map should draw offline"
    # interactive: the plotly object with its data is attached to the div
    assert page.evaluate("document.querySelector('div.plotly-graph-div').data.length") >= 1
    external = [u for u in requests if not u.startswith(("file:", "data:", "blob:", "about:"))]
    assert external == []
    assert errors == []
    page.close()
