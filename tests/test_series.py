"""to_series: zero vs NaN, duplicates, hierarchy, aggregate sources, bad input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trendlib.errors import DataContractError, EmptyInputError, ParameterError
from trendlib.series import hierarchy_matrix, series_label, series_metadata, to_series


def _records(**cols: object) -> pd.DataFrame:
    base = {
        "record_id": None,
        "source": ["A", "A", "A", "B"],
        "event_date": pd.to_datetime(["2024-01-05", "2024-03-10", "2024-03-11", "2024-02-01"]),
        "date_precision": ["day", "day", "day", "month"],
        "n_persons": pd.array([2, 1, 3, 5], dtype="Int64"),
        "detection_country": ["ITA", "ITA", "GRC", "GRC"],
        "nationality": ["NGA", "ERI", "NGA", "NGA"],
        "is_duplicate_of": pd.array([None, None, None, None], dtype="string"),
    }
    base.update(cols)
    frame = pd.DataFrame(base)
    frame["record_id"] = [f"r{i}" for i in range(len(frame))]
    return frame


def _wide(ser: pd.DataFrame) -> pd.DataFrame:
    return ser.pivot(index="ds", columns="unique_id", values="y")


def test_counts_and_zero_inside_reporting_span() -> None:
    w = _wide(to_series(_records(), by=["detection_country"]))
    assert w["total"].tolist() == [2.0, 5.0, 4.0]
    assert w["detection_country=ITA"].tolist() == [2.0, 0.0, 1.0]
    # GRC gets records from A (span Jan..Mar) and B: January is a true zero
    assert w["detection_country=GRC"].tolist() == [0.0, 5.0, 3.0]


def test_nan_outside_every_contributing_source_span() -> None:
    rec = _records(
        source=["A", "A", "B", "B"],
        event_date=pd.to_datetime(["2024-01-05", "2024-02-10", "2024-04-11", "2024-05-01"]),
        detection_country=["ITA", "ITA", "GRC", "GRC"],
    )
    w = _wide(to_series(rec, by=["detection_country"]))
    ita = w["detection_country=ITA"]
    grc = w["detection_country=GRC"]
    assert ita.tolist()[:2] == [2.0, 1.0]
    assert np.isnan(ita.iloc[2:]).all()
    assert np.isnan(grc.iloc[:3]).all()
    assert grc.iloc[3:].tolist() == [3.0, 5.0]
    # the total is covered by A then B, but March had no source reporting
    assert np.isnan(w["total"].iloc[2])


def test_duplicates_are_not_counted_twice() -> None:
    rec = _records(is_duplicate_of=pd.array([None, None, None, "r0"], dtype="string"))
    ser = to_series(rec, by=[])
    assert ser["y"].sum() == 2 + 1 + 3
    assert ser.attrs["trendlib"]["excluded"]["duplicate"] == 1


def test_value_records_counts_rows() -> None:
    ser = to_series(_records(), value="records")
    assert ser["y"].tolist() == [1.0, 1.0, 2.0]


def test_unknown_count_is_nan_not_zero() -> None:
    rec = _records(n_persons=pd.array([2, None, 3, 5], dtype="Int64"))
    w = _wide(to_series(rec, by=["detection_country"]))
    assert np.isnan(w.loc["2024-03-01", "detection_country=ITA"])
    assert w.loc["2024-03-01", "total"] == 3.0  # one known record is enough


def test_hierarchy_adds_up_and_metadata() -> None:
    ser = to_series(_records(), by=["detection_country", "nationality"])
    w = _wide(ser).fillna(0)
    meta = series_metadata(ser)
    assert meta["level"].tolist() == [0, 1, 1, 2, 2, 2]
    s = hierarchy_matrix(ser)
    bottom = w[s.columns]
    for node in s.index:
        assert np.allclose(w[node], bottom.to_numpy() @ s.loc[node].to_numpy())
    row = meta.set_index("unique_id").loc["detection_country=ITA / nationality=NGA"]
    assert row["parent"] == "detection_country=ITA"
    assert row["nationality"] == "NGA"


def test_missing_dimension_goes_to_unknown() -> None:
    rec = _records(detection_country=["ITA", None, "GRC", "GRC"])
    ids = set(to_series(rec, by=["detection_country"])["unique_id"])
    assert "detection_country=unknown" in ids


def test_coarse_precision_only_in_coarser_series() -> None:
    rec = _records(date_precision=["day", "day", "year", "month"])
    monthly = to_series(rec)
    assert monthly["y"].sum() == 2 + 1 + 5
    assert monthly.attrs["trendlib"]["excluded"]["coarser_than_freq"] == 1
    assert to_series(rec, freq="YS")["y"].tolist() == [11.0]


def test_aggregate_indicators_and_breakdowns_never_summed() -> None:
    rec = _records(indicator=["victims", "victims", "prosecutions", "victims"])
    with pytest.raises(DataContractError, match="indicators"):
        to_series(rec)
    assert "indicator=prosecutions" in set(to_series(rec, by=["indicator"])["unique_id"])
    rec = _records(source=["G"] * 4, breakdown=["sex", "sex", "age", "age"])
    with pytest.raises(DataContractError, match="breakdown="):
        to_series(rec)
    assert to_series(rec, breakdown="age")["y"].sum() == 3 + 5
    with pytest.raises(ParameterError):
        to_series(rec, breakdown="nope")
    with pytest.raises(ParameterError, match="records"):
        to_series(rec.assign(indicator="v"), breakdown="age", value="records")


def test_start_end_extend_grid() -> None:
    ser = to_series(_records(), start="2023-12-01", end="2024-04-30")
    assert len(ser) == 5
    assert np.isnan(ser["y"].iloc[0])


@pytest.mark.parametrize(
    ("kwargs", "exc"),
    [
        ({"freq": "W"}, ParameterError),
        ({"value": "people"}, ParameterError),
        ({"by": ["nope"]}, DataContractError),
        ({"start": "2025-01-01", "end": "2024-01-01"}, ParameterError),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], exc: type[Exception]) -> None:
    with pytest.raises(exc):
        to_series(_records(), **kwargs)  # type: ignore[arg-type]


def test_empty_and_negative() -> None:
    rec = _records(is_duplicate_of=pd.array(["x"] * 4, dtype="string"))
    with pytest.raises(EmptyInputError):
        to_series(rec)
    with pytest.raises(DataContractError, match=">= 0"):
        to_series(_records(n_persons=pd.array([2, -1, 3, 5], dtype="Int64")))


def test_input_not_modified_and_label() -> None:
    rec = _records()
    before = rec.copy()
    to_series(rec, by=["detection_country"])
    pd.testing.assert_frame_equal(rec, before)
    assert series_label("a=X / b=Y") == "X, Y"
    with pytest.raises(DataContractError):
        series_metadata(["no-equals-sign"])


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 23),  # month offset
            st.sampled_from(["A", "B"]),  # source
            st.sampled_from(["ITA", "GRC", None]),
            st.integers(0, 50),
            st.booleans(),  # duplicate?
        ),
        min_size=1,
        max_size=40,
    )
)
def test_property_no_loss_no_double_count(
    rows: list[tuple[int, str, str | None, int, bool]],
) -> None:
    if all(r[4] for r in rows):
        return
    rec = pd.DataFrame(
        {
            "source": [r[1] for r in rows],
            "event_date": pd.Timestamp("2023-01-01")
            + pd.to_timedelta([r[0] * 31 for r in rows], unit="D"),
            "date_precision": "day",
            "n_persons": pd.array([r[3] for r in rows], dtype="Int64"),
            "detection_country": [r[2] for r in rows],
            "is_duplicate_of": pd.array(["x" if r[4] else None for r in rows], dtype="string"),
        }
    )
    ser = to_series(rec, by=["detection_country"])
    expected = sum(r[3] for r in rows if not r[4])
    w = _wide(ser)
    assert w["total"].sum() == expected
    children = [c for c in w.columns if c != "total"]
    assert np.allclose(w["total"].fillna(0), w[children].fillna(0).sum(axis=1))
    assert (ser["y"].dropna() >= 0).all()
