"""Figure and table builders used by the report notebooks (trendlib.viz)."""

from __future__ import annotations

import json

import pandas as pd
import plotly.graph_objects as go
import pytest

from trendlib.privacy import suppress_counts
from trendlib.viz import findings, quality, report, tables
from trendlib.viz.notebook import figure_html, resolve_data, table_html


@pytest.fixture
def records() -> pd.DataFrame:
    return tables.example_records()


def _numbers(fig: go.Figure) -> list[float]:
    out: list[float] = []
    for trace in fig.to_plotly_json()["data"]:
        for key in ("x", "y"):
            out += [v for v in trace.get(key, []) or [] if isinstance(v, int | float)]
    return out


def test_suppressed_figures_hold_no_small_count(records: pd.DataFrame) -> None:
    table = tables.count_by(records, "nationality", columns="year")
    s = suppress_counts(table, threshold=20)
    for fig in (
        report.breakdown_bar(s, title="t"),
        report.small_multiples(
            s.__class__(s.display.T, s.values.T, s.mask.T, s.primary.T, 20), title="t"
        ),
    ):
        assert all(v >= 20 for v in _numbers(fig))
        texts = [t for tr in fig.to_plotly_json()["data"] for t in (tr.get("text") or [])]
        assert "<20" in texts


def test_unsuppressed_bar_keeps_values(records: pd.DataFrame) -> None:
    fig = report.breakdown_bar(tables.count_by(records, "crime_type"), title="t")
    assert sorted(_numbers(fig)) == [17.0, 125.0]


def test_timeline_shades_the_window(records: pd.DataFrame) -> None:
    t = tables.count_over_time(records, freq="month", by="crime_type")
    fig = report.timeline(t, title="t", window=("2024-02-01", "2024-03-31"))
    assert fig.layout.shapes
    assert fig.layout.barmode == "stack"


def test_figure_html_is_offline_and_reproducible() -> None:
    fig = report.breakdown_bar(pd.Series({"a": 10.0}), title="t")
    a, b = figure_html(fig, div_id="f"), figure_html(fig, div_id="f")
    assert a == b
    assert "<script src" not in a
    assert "cdn.plot.ly" not in a


def test_table_html_shows_published_text() -> None:
    s = suppress_counts(pd.Series({"forced_labour": 2.0, "sexual": 40.0, "other": 50.0}))
    out = table_html(s, caption="c")
    assert "&lt;5" in out
    assert "[c]" in out
    assert "forced labour" in out
    assert "<caption>c" in out


def test_select_records(records: pd.DataFrame) -> None:
    assert len(tables.select_records(records, region="Southern Europe")) == 6
    assert len(tables.select_records(records, region="Western Africa", match="any")) == 5
    assert len(tables.select_records(records, crime_type="smuggling")) == 3
    assert tables.select_records(records, countries=["FRA"]).empty


def test_compare_periods_and_top_n(records: pd.DataFrame) -> None:
    t = tables.compare_periods(
        records, "route", before=("2023-01-01", "2023-12-31"), after=("2024-01-01", "2024-12-31")
    )
    assert list(t.columns) == ["before", "window"]
    assert tables.top_n(t, 1).index.tolist()[-1] == "other"


def test_records_table_drops_identifiers_without_key(records: pd.DataFrame) -> None:
    rec = records.assign(suspect_names=["A B", None, None, None, "A B", None])
    assert "suspect_names" not in tables.records_table(rec).columns
    pseudo = tables.records_table(rec, key="x" * 32)["suspect_names"]
    assert "A B" not in set(pseudo)
    assert pseudo.str.startswith("SUSPECT_NAMES-").sum() == 2


def test_key_findings_quote_only_published_cells() -> None:
    rng = pd.date_range("2022-01-01", "2023-12-31", freq="7D")
    rows = []
    for i, d in enumerate(rng):
        rows.append(
            {
                "event_date": d,
                "crime_type": "smuggling" if i % 3 else "trafficking",
                "n_persons": 10 + (i % 7),
                "nationality": "SYR" if i % 2 else "AFG",
            }
        )
    base = tables.example_records()
    frame = pd.DataFrame(rows)
    for col in base.columns:
        if col not in frame:
            frame[col] = base[col].iloc[0]
    frame["record_id"] = [f"x{i}" for i in range(len(frame))]
    frame = frame.astype({c: base[c].dtype for c in base.columns})
    kf = findings.key_findings(frame, threshold=5)
    assert kf.periods is not None
    assert any("year on year" in s for s in kf.sentences)
    tiny = findings.key_findings(frame.head(60), threshold=10_000 // 10)
    assert "too few" in " ".join(tiny.sentences) or "less than two years" in " ".join(
        tiny.sentences
    )
    assert json.dumps(kf.sentences)


def test_quality_tables(records: pd.DataFrame) -> None:
    q = pd.DataFrame({"source": ["ITA-police"], "reason": ["no_date"]})
    t = quality.sources_table(records, q)
    assert t.loc["ITA-police"].tolist() == [3.0, 0.0, 1.0]
    assert quality.quarantine_reasons(q).index[0] == "no event date in the row"
    assert quality.coverage_table(records).shape == (2, 3)


def test_resolve_data_skips_truth_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "data_samples").mkdir()
    for name in ("a.csv", "truth_events.csv", "notes.md"):
        (tmp_path / "data_samples" / name).write_text("x\n1\n")
    files = resolve_data([], start=tmp_path)
    assert [f.rsplit("/", 1)[-1] for f in files] == ["a.csv"]
