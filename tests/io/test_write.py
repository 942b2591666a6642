"""write_records: formats, dtypes round trip, ISO dates in text formats."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import trendlib.errors as err
from trendlib.io import write_records
from trendlib.schema import empty_records


@pytest.fixture
def records() -> pd.DataFrame:
    frame = empty_records().reindex(range(2))
    frame["record_id"] = pd.array(["r1", "r2"], dtype="string")
    frame["event_date"] = pd.to_datetime(["2021-02-03", None])
    frame["n_persons"] = pd.array([3, None], dtype="Int64")
    frame["crime_type"] = pd.Categorical(
        ["smuggling", "unknown"], categories=["trafficking", "smuggling", "both", "unknown"]
    )
    frame["lat"] = [36.5, None]
    return frame


def test_parquet_round_trips_dtypes(tmp_path: Path, records: pd.DataFrame) -> None:
    before = records.copy()
    out = write_records(records, tmp_path / "sub" / "records.parquet")
    assert out == tmp_path / "sub" / "records.parquet"
    pd.testing.assert_frame_equal(pd.read_parquet(out), records)
    pd.testing.assert_frame_equal(records, before)


def test_csv_has_iso_dates(tmp_path: Path, records: pd.DataFrame) -> None:
    out = write_records(records, tmp_path / "records.csv")
    back = pd.read_csv(out, dtype=str)
    assert back["event_date"].tolist()[0] == "2021-02-03"
    assert back["n_persons"].tolist()[0] == "3"


def test_datetimes_with_time_keep_it(tmp_path: Path) -> None:
    frame = pd.DataFrame({"t": pd.to_datetime(["2021-02-03 10:30", "2021-02-04 00:00"])})
    out = write_records(frame, tmp_path / "t.csv")
    assert out.read_text(encoding="utf-8").splitlines()[1] == "2021-02-03T10:30:00"


def test_jsonl_and_xlsx(tmp_path: Path, records: pd.DataFrame) -> None:
    lines = write_records(records, tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["event_date"] == "2021-02-03"
    back = pd.read_excel(write_records(records, tmp_path / "r.xlsx"))
    assert back.loc[0, "event_date"] == pd.Timestamp("2021-02-03")


def test_unsupported_extension(tmp_path: Path, records: pd.DataFrame) -> None:
    with pytest.raises(err.UnsupportedFormatError, match=r"\.parquet, \.csv, \.xlsx, \.jsonl"):
        write_records(records, tmp_path / "r.xls")


def test_not_a_frame(tmp_path: Path) -> None:
    with pytest.raises(err.ParameterError, match="expects a DataFrame"):
        write_records([1, 2], tmp_path / "r.csv")  # type: ignore[arg-type]
