"""The audit is built on first access: same frame, counts known before, records apart."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import pytest

from trendlib.clean import CleanResult, clean_records, quality_summary
from trendlib.clean.pipeline import _PendingAudit
from trendlib.errors import DataContractError

RAW = pd.DataFrame(
    {
        "event_date": ["17/05/2023", "2023-05-18", "bad", "19.05.2023", "2023-05-20"],
        "source": ["a", "a", "a", "b", "b"],
        "n_persons": ["1 200", "3", "4", "<5", "12"],
        "nationality": ["Nigeira", "NGA", "Syrie", "Marruecos", "Italy"],
        "crime_type": ["THB", "trafficking", "SoM", "trata", "smuggling"],
    }
)


def _clean() -> CleanResult:
    return clean_records(RAW, today="2026-01-01")


def test_audit_is_pending_until_asked_and_then_kept() -> None:
    res = _clean()
    assert isinstance(res._audit, _PendingAudit)
    n = res.n_changed
    audit = res.audit
    assert res.audit is audit  # built once
    assert len(audit) == n == res.n_changed
    assert set(audit["column"]) >= {"event_date", "n_persons", "nationality", "crime_type"}
    # the day-first dates are rewritten, the ISO ones are not
    dates = audit.loc[audit["column"].eq("event_date"), "before"].astype(str).tolist()
    assert dates == ["17/05/2023", "19.05.2023"]
    assert "bad" not in set(audit["before"].astype(str))  # the quarantined row's cells


def test_audit_rows_of_the_example_are_exact() -> None:
    res = _clean()
    got = res.audit.loc[res.audit["column"].eq("nationality"), ["source_row", "before", "after"]]
    assert got.astype(str).values.tolist() == [
        ["1", "Nigeira", "NGA"],
        ["4", "Marruecos", "MAR"],
        ["5", "Italy", "ITA"],
    ]


def test_changing_records_afterwards_does_not_reach_the_audit() -> None:
    res, ref = _clean(), _clean()
    res.records["record_id"] = "X"
    res.records.loc[res.records.index[0], "source_row"] = 99
    pd.testing.assert_frame_equal(res.audit, ref.audit)


def test_counts_without_the_frame_equal_counts_from_it() -> None:
    lazy = _clean()
    built = _clean()
    built.audit  # noqa: B018 - materialise
    summary_lazy = quality_summary(lazy)
    assert isinstance(lazy._audit, _PendingAudit)  # the summary did not build it
    pd.testing.assert_frame_equal(summary_lazy, quality_summary(built))
    frame = CleanResult(records=built.records, quarantine=built.quarantine, audit=built.audit)
    pd.testing.assert_frame_equal(quality_summary(frame), summary_lazy)
    assert summary_lazy["changed"].sum() == lazy.n_changed


def test_threads_asking_at_once_get_one_frame() -> None:
    res = _clean()
    with ThreadPoolExecutor(4) as pool:
        frames = list(pool.map(lambda _: res.audit, range(8)))
    assert all(f is frames[0] for f in frames)


def test_pickles_before_and_after_building() -> None:
    res = _clean()
    back = pickle.loads(pickle.dumps(res))
    pd.testing.assert_frame_equal(back.audit, res.audit)
    again = pickle.loads(pickle.dumps(res))
    pd.testing.assert_frame_equal(again.audit, res.audit)
    pd.testing.assert_frame_equal(again.records, res.records)


def test_repr_names_the_sizes() -> None:
    res = _clean()
    assert repr(res) == (
        f"CleanResult(records={len(res.records)} rows, quarantine={len(res.quarantine)} rows, "
        f"audit={res.n_changed} rows)"
    )


@pytest.mark.parametrize("n", [0, 1])
def test_empty_and_single_row(n: int) -> None:
    res = clean_records(RAW.iloc[:n], today="2026-01-01")
    assert res.n_changed == len(res.audit)
    assert quality_summary(res)["changed"].sum() == res.n_changed


def test_a_result_of_something_else_than_frames_is_refused() -> None:
    res = _clean()
    with pytest.raises(DataContractError, match="audit must be a pandas DataFrame, got list"):
        CleanResult(records=res.records, quarantine=res.quarantine, audit=[])  # type: ignore[arg-type]


def test_summary_of_records_filtered_after_the_clean_counts_the_records_left() -> None:
    lazy, built = _clean(), _clean()
    built.audit  # noqa: B018 - materialise
    for res in (lazy, built):
        res.records = res.records.iloc[1:]  # an analyst drops a record
    pd.testing.assert_frame_equal(quality_summary(lazy), quality_summary(built))
    full = quality_summary(_clean())
    assert quality_summary(lazy)["changed"].sum() < full["changed"].sum()
