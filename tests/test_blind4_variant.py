"""The fourth examiner's blind sample set: files written without the cleaner's tables.

``write_samples(..., variant="blind4")`` writes five submissions (``*_f.*``) the way the
German Federal Police (English, cp1252, ``;``), the Hellenic Coast Guard (JSON lines,
month-first dates), the Senegalese Gendarmerie (French, UTF-8 with BOM, ``;``), the
Mexican INM / National Guard (Spanish, XLSX) and a Swiss fedpol liaison compilation
(French, UTF-8, ``,``) would, from their own wordings (see ``trendlib/samples/_blind4.py``).

blind4 is held out: these tests check the files and their truth only. The cleaner is
scored on it once, by the lead, and nowhere here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from _blind_checks import (
    check_files_and_truth,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    write,
)

from trendlib.samples import make_truth
from trendlib.samples._blind4 import BLIND4_SOURCES, make_blind4
from trendlib.schema import VOCABULARIES

N_EVENTS = 1500
SEED = 4
OTHER_SEED, OTHER_N = 11, 600
SOURCES = BLIND4_SOURCES
_FIELDS = ("crime_type", "exploitation", "n_persons", "age_group", "origin_country")
_FIELDS += ("destination_country", "transit_countries", "transport_mode", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, "blind4", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def test_blind4_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_f", n_events=N_EVENTS)


def test_blind4_files_and_truth_other_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    other = write(tmp_path_factory, "blind4", seed=OTHER_SEED, n_events=OTHER_N)
    check_files_and_truth(other, SOURCES, suffix="_f", n_events=OTHER_N)


def test_blind4_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, "blind4", seed=SEED)


def test_blind4_other_seed_other_mess() -> None:
    truth = make_truth(seed=1, n_events=200)
    a = make_blind4(truth, seed=1)
    b = make_blind4(truth, seed=2)
    assert [s.filename for s in a] == [s.filename for s in b]
    assert any(not x.frame.equals(y.frame) for x, y in zip(a, b, strict=True))


def test_blind4_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_blind4_every_row_accounted_for(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, _FIELDS)
    tags = ok["messiness"].fillna("")
    for col in ("nationality", "detection_country", "n_suspects"):
        blank = tags.str.contains(f"blank_{col}")
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
        assert ok.loc[blank, col].isna().all(), col
    blank_gender = tags.str.contains("blank_gender")
    assert (ok.loc[blank_gender, "gender"] == "unknown").all()
    assert ok.loc[~blank_gender, "gender"].equals(ev.loc[~blank_gender, "gender"])
    no_place = tags.str.contains("blank_coordinates|coords_placeholder")
    assert ok.loc[no_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = (ok.loc[~no_place, col].astype(float) - ev.loc[~no_place, col].astype(float)).abs()
        assert (diff < 1e-4).all(), col
    # dates: the day (a second report within a day), or the start of the month or quarter
    day = pd.to_datetime(ok["event_date"])
    true_day = pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    for col in ("crime_type", "gender", "age_group", "transport_mode", "exploitation"):
        assert set(ok[col].dropna()) <= set(VOCABULARIES[col]), col


def test_blind4_plants_the_issue_mess(truth: pd.DataFrame) -> None:
    tags = set(truth["messiness"].dropna().str.split(";").explode())
    wanted = {
        "country_alias", "country_iso2", "country_iso3", "country_numeric", "country_typo",
        "mojibake", "nationality_adjective", "case_space", "transit_names", "transit_iso2",
        "date_dmy_dot", "date_dmy_slash", "date_mdy", "date_ymd_slash", "date_long_en",
        "date_long_fr", "date_long_es", "date_serial", "date_excel", "date_month",
        "date_quarter", "count_grouped", "decimal_comma", "coords_swapped",
        "coords_placeholder", "exact_repeat", "bad_row", "garbage_row",
    }  # fmt: skip
    assert wanted <= tags, sorted(wanted - tags)


def test_blind4_month_first_file_decidable(paths: dict[str, Path]) -> None:
    """The coast guard's M/D/YYYY dates: a day above 12 settles the order, none contradicts."""
    lines = paths["hellenic_coast_guard_gr_f"].read_text(encoding="utf-8").splitlines()
    dates = [json.loads(line)["incident_date"] for line in lines]
    mdy = [d for d in dates if isinstance(d, str) and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", d)]
    months = [int(d.split("/")[0]) for d in mdy]
    days = [int(d.split("/")[1]) for d in mdy]
    assert max(days) > 12
    assert max(months) <= 12


def test_blind4_encodings(paths: dict[str, Path]) -> None:
    bpol = paths["bundespolizei_de_f"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        bpol.decode("utf-8")
    assert "Country of apprehension" in bpol.decode("cp1252")
    assert b"\r\n" in bpol
    assert paths["gendarmerie_sn_f"].read_bytes().startswith(b"\xef\xbb\xbf")
    fedpol = paths["fedpol_ch_f"].read_bytes()
    assert not fedpol.startswith(b"\xef\xbb\xbf")
    assert "Coordonnées GPS" in fedpol.decode("utf-8")
