"""The eighth examiner's blind sample set: files written without the cleaner's tables.

``write_samples(..., variant="blind8")`` writes five submissions (``*_j.*``) the way the
Romanian Border Police (English, UTF-8 with BOM, ``,``, re-submitted), the Police
nationale de Côte d'Ivoire (French, cp1252, ``;``), the Policía Nacional del Ecuador
(Spanish, XLSX), an IOM-style case-management export (JSON lines, camelCase keys) and
the Libyan Coast Guard liaison office (English, latin-1, tab-separated, month-first
dates) would, from the examiner's own wordings (see ``trendlib/samples/_blind8.py``).

blind8 is held out: these tests check the files and their truth only. The cleaner is
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
from trendlib.samples._blind8 import BLIND8_SOURCES, make_blind8
from trendlib.schema import VOCABULARIES

N_EVENTS = 1500
SEED = 8
OTHER_SEED, OTHER_N = 31, 600
SOURCES = BLIND8_SOURCES
_FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country")
_FIELDS += ("transit_countries", "linked_offences")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{2}(?:\d{2})?\b")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, "blind8", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _tags(frame: pd.DataFrame) -> pd.Series:
    """Messiness tags of each row; an exact repeat has those of the row it repeats."""
    tags = frame["messiness"].fillna("")
    key = frame["source_file"] + ":" + frame["source_row"].astype(str)
    of_row = dict(zip(key, tags, strict=True))
    repeat = frame["expected_reason"].eq("exact_repeat").fillna(False)
    return tags.mask(repeat, frame["duplicate_of"].map(of_row))


def test_blind8_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_j", n_events=N_EVENTS)


def test_blind8_files_and_truth_other_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    other = write(tmp_path_factory, "blind8", seed=OTHER_SEED, n_events=OTHER_N)
    check_files_and_truth(other, SOURCES, suffix="_j", n_events=OTHER_N)
    rows = pd.read_csv(other["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(other, SOURCES, rows)


def test_blind8_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, "blind8", seed=SEED)


def test_blind8_other_seed_other_mess() -> None:
    truth = make_truth(seed=1, n_events=200)
    a = make_blind8(truth, seed=1)
    b = make_blind8(truth, seed=2)
    assert [s.filename for s in a] == [s.filename for s in b]
    assert all(Path(s.filename).stem.endswith("_j") for s in a)
    assert any(not x.frame.equals(y.frame) for x, y in zip(a, b, strict=True))


def test_blind8_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_blind8_every_row_accounted_for(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, _FIELDS)
    tags = _tags(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    missing = {
        "n_persons": tags.str.contains("count_placeholder"),
        "n_suspects": tags.str.contains("blank_n_suspects|suspects_placeholder"),
        "nationality": tags.str.contains("blank_nationality"),
        "detection_country": tags.str.contains("blank_detection_country"),
    }
    for col, blank in missing.items():
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
        assert ok.loc[blank, col].isna().all(), col
    blank_gender = tags.str.contains("blank_gender")
    assert (ok.loc[blank_gender, "gender"] == "unknown").all()
    assert ok.loc[~blank_gender, "gender"].equals(ev.loc[~blank_gender, "gender"])
    na_word = tags.str.contains("na_word")
    for col in ("age_group", "transport_mode"):
        differs = ok[col].ne(ev[col])
        assert (ok.loc[differs, col] == "unknown").all(), col
        assert not (differs & ~na_word).any(), col
    no_place = tags.str.contains("blank_coordinates|coords_placeholder|coords_blank")
    assert ok.loc[no_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = (ok.loc[~no_place, col].astype(float) - ev.loc[~no_place, col].astype(float)).abs()
        assert (diff < 1e-5).all(), col  # seconds to 1/100, minutes to 1/1000
    day = pd.to_datetime(ok["event_date"])
    true_day = pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    for col in ("crime_type", "gender", "age_group", "transport_mode", "exploitation"):
        assert set(ok[col].dropna()) <= set(VOCABULARIES[col]), col


def test_blind8_placeholders_are_missing_counts(truth: pd.DataFrame) -> None:
    """A count cell saying 'not known' keeps the record with no count; garbage is quarantined."""
    tags = _tags(truth)
    placeholder = truth.loc[tags.str.contains("count_placeholder") & ~tags.str.contains("bad_row")]
    assert len(placeholder) > 0
    assert set(placeholder["expected_status"]) <= {"record", "duplicate"}
    assert placeholder["n_persons"].isna().all()
    zero = truth.loc[tags.str.contains("zero_word") & truth["expected_status"].ne("quarantine")]
    assert len(zero) > 0
    assert (zero["n_suspects"] == "0").all()
    reasons = truth.loc[tags.str.contains("bad_row"), "expected_reason"]
    assert {"bad_count", "negative_count"} <= set(reasons)


def test_blind8_plants_the_issue_mess(truth: pd.DataFrame) -> None:
    tags = set(truth["messiness"].dropna().str.split(";").explode())
    wanted = {
        "country_alias", "country_iso2", "country_iso3", "country_numeric", "country_typo",
        "country_other_language", "mojibake", "nationality_adjective", "case_space",
        "no_accent", "transit_list", "transit_none_word", "date_iso", "date_iso_time",
        "date_iso_tz", "date_iso_basic", "date_dmy_dot", "date_dmy_slash", "date_dmy_dash",
        "date_dmy_nopad", "date_dmy_time", "date_mdy", "date_mdy_nopad", "date_mdy_time",
        "date_ymd_slash", "date_long_en", "date_long_us", "date_long_fr", "date_long_es",
        "date_abbr_en", "date_abbr_es", "date_short_year", "date_serial", "date_excel",
        "date_excel_time", "date_month", "date_quarter", "count_grouped",
        "count_placeholder", "count_text", "suspects_placeholder", "zero_word",
        "decimal_comma", "coords_swapped", "coords_placeholder", "coords_hemisphere",
        "coords_lon_first", "coords_dms", "coords_ddm", "coords_degree_sign", "coords_text",
        "na_word", "vocab_case", "vocab_other_language", "exploitation_na",
        "offence_none_word", "exact_repeat", "bad_row", "garbage_row",
    }  # fmt: skip
    assert wanted <= tags, sorted(wanted - tags)


def _numeric_dates(values: list[object]) -> list[tuple[int, int]]:
    out = []
    for v in values:
        m = _NUMERIC.match(v.strip()) if isinstance(v, str) else None
        if m:
            out.append((int(m.group(1)), int(m.group(2))))
    return out


def test_blind8_day_month_order_decidable(paths: dict[str, Path]) -> None:
    """Each file's all-numbers dates show one order: a value above 12, none against it."""
    ly = pd.read_csv(paths["lcg_libya_j"], sep="\t", encoding="latin-1", dtype=str)
    mdy = _numeric_dates(ly["Date of Interception/Rescue"].tolist())
    assert max(d for _, d in mdy) > 12
    assert max(m for m, _ in mdy) <= 12
    xlsx = pd.read_excel(paths["pn_ecuador_j"], dtype=object)
    dmy = _numeric_dates(xlsx["Fecha de intervención"].tolist())
    assert max(d for d, _ in dmy) > 12
    assert max(m for _, m in dmy) <= 12
    day_first = {
        "igpf_ro_j": ("Date of Detection", {"sep": ",", "encoding": "utf-8-sig"}),
        "pn_civ_j": ("Date de constatation", {"sep": ";", "encoding": "cp1252"}),
    }
    for source, (col, kw) in day_first.items():
        frame = pd.read_csv(paths[source], dtype=str, **kw)  # type: ignore[call-overload]
        dmy = _numeric_dates(frame[col].tolist())
        assert max(d for d, _ in dmy) > 12, source
        assert max(m for _, m in dmy) <= 12, source


def test_blind8_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    ro = paths["igpf_ro_j"].read_bytes()
    assert ro.startswith(b"\xef\xbb\xbf")
    assert ro.decode("utf-8-sig").startswith("IGPF File No.,Date of Detection,")
    ci = paths["pn_civ_j"].read_bytes()
    assert not ci.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        ci.decode("utf-8")
    assert b"\r\n" in ci
    assert ci.decode("cp1252").startswith("N° procédure;Date de constatation;")
    ly = paths["lcg_libya_j"].read_bytes()
    assert ly.decode("latin-1").startswith("LCG Report #\tDate of Interception/Rescue\t")
    assert "°" in ly.decode("latin-1")
    lines = paths["iom_cms_j"].read_text(encoding="utf-8").splitlines()
    assert all(line.startswith("{") for line in lines)
    assert "incidentDate" in json.loads(lines[0])
    head = pd.read_excel(paths["pn_ecuador_j"], nrows=1)
    assert list(head.columns[:2]) == ["Nro. Parte", "Fecha de intervención"]
