"""The ninth examiner's blind sample set: files written without the cleaner's tables.

``write_samples(..., variant="blind9")`` writes five submissions (``*_k.*``) the way the
Cyprus Police (English, UTF-8 with BOM, ``,``, re-submitted), the Police nationale du
Mali (French, latin-1, ``;``), the Policía Nacional Civil de El Salvador (Spanish, XLSX),
the Dominican migration and police trafficking desk (Spanish, cp1252, ``|``) and an NGO
hotline's case export (JSON lines, month-first dates) would, from the examiner's own
wordings (see ``trendlib/samples/_blind9.py``).

blind9 is held out: these tests check the files and their truth only. The cleaner is
scored on it once, by the lead, and nowhere here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from _blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    write,
)

from trendlib.samples import make_truth
from trendlib.samples._blind9 import BLIND9_SOURCES, make_blind9

N_EVENTS = 1500
SEED = 9
OTHER_SEED, OTHER_N = 47, 600
SOURCES = BLIND9_SOURCES
_FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country")
_FIELDS += ("transit_countries", "linked_offences")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{2}(?:\d{2})?\b")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, "blind9", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def test_blind9_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_k", n_events=N_EVENTS)


def test_blind9_files_and_truth_other_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    other = write(tmp_path_factory, "blind9", seed=OTHER_SEED, n_events=OTHER_N)
    check_files_and_truth(other, SOURCES, suffix="_k", n_events=OTHER_N)
    rows = pd.read_csv(other["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(other, SOURCES, rows)
    check_expected_values(other, rows, _FIELDS, tolerance=1e-4)


def test_blind9_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, "blind9", seed=SEED)


def test_blind9_other_seed_other_mess() -> None:
    truth = make_truth(seed=1, n_events=200)
    a = make_blind9(truth, seed=1)
    b = make_blind9(truth, seed=2)
    assert [s.filename for s in a] == [s.filename for s in b]
    assert all(Path(s.filename).stem.endswith("_k") for s in a)
    assert any(not x.frame.equals(y.frame) for x, y in zip(a, b, strict=True))


def test_blind9_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_blind9_every_row_accounted_for(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, _FIELDS, tolerance=1e-4)


def test_blind9_placeholders_are_missing_counts(truth: pd.DataFrame) -> None:
    """A count cell saying 'not known' keeps the record with no count; garbage is quarantined."""
    check_placeholder_counts(truth)


def test_blind9_plants_the_issue_mess(truth: pd.DataFrame) -> None:
    tags = set(truth["messiness"].dropna().str.split(";").explode())
    wanted = {
        "country_alias", "country_iso2", "country_iso3", "country_numeric", "country_typo",
        "country_other_language", "mojibake", "nationality_adjective", "case_space",
        "no_accent", "transit_list", "transit_none_word", "date_iso", "date_iso_time",
        "date_iso_tz", "date_dmy_dot", "date_dmy_slash", "date_dmy_dash", "date_dmy_nopad",
        "date_mdy", "date_mdy_nopad", "date_mdy_time", "date_ymd_slash", "date_long_en",
        "date_long_us", "date_long_fr", "date_long_es", "date_abbr_en", "date_abbr_es",
        "date_short_year", "date_serial", "date_excel", "date_excel_time", "date_month",
        "date_quarter", "count_grouped", "count_placeholder", "count_text",
        "suspects_placeholder", "zero_word", "decimal_comma", "coords_swapped",
        "coords_placeholder", "coords_hemisphere", "coords_dms", "na_word", "vocab_case",
        "vocab_other_language", "exploitation_na", "offence_none_word", "exact_repeat",
        "bad_row", "garbage_row", "blank_coordinates",
    }  # fmt: skip
    assert wanted <= tags, sorted(wanted - tags)


def test_blind9_swapped_points_are_out_of_range(truth: pd.DataFrame) -> None:
    """Only points whose swap puts the latitude beyond 90 degrees are written swapped."""
    swapped = truth.loc[truth["messiness"].fillna("").str.contains("coords_swapped")]
    assert len(swapped) > 0
    assert (swapped["lon"].astype(float).abs() > 90).all()


def _numeric_dates(values: list[object]) -> list[tuple[int, int]]:
    out = []
    for v in values:
        m = _NUMERIC.match(v.strip()) if isinstance(v, str) else None
        if m:
            out.append((int(m.group(1)), int(m.group(2))))
    return out


def test_blind9_day_month_order_decidable(paths: dict[str, Path]) -> None:
    """Each file's all-numbers dates show one order: a value above 12, none against it."""
    lines = paths["hotline_k"].read_text(encoding="utf-8").splitlines()
    mdy = _numeric_dates([json.loads(line)["incident_date"] for line in lines])
    assert max(d for _, d in mdy) > 12
    assert max(m for m, _ in mdy) <= 12
    xlsx = pd.read_excel(paths["pnc_sv_k"], dtype=object)
    dmy = _numeric_dates(xlsx["Fecha del hecho"].tolist())
    assert max(d for d, _ in dmy) > 12
    assert max(m for _, m in dmy) <= 12
    day_first = {
        "cyp_police_k": ("Date Detected", {"sep": ",", "encoding": "utf-8-sig"}),
        "pn_mali_k": ("Date des faits", {"sep": ";", "encoding": "latin-1"}),
        "dgm_rd_k": ("Fecha de intercepción", {"sep": "|", "encoding": "cp1252"}),
    }
    for source, (col, kw) in day_first.items():
        frame = pd.read_csv(paths[source], dtype=str, **kw)  # type: ignore[call-overload]
        dmy = _numeric_dates(frame[col].tolist())
        assert max(d for d, _ in dmy) > 12, source
        assert max(m for _, m in dmy) <= 12, source


def test_blind9_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    cy = paths["cyp_police_k"].read_bytes()
    assert cy.startswith(b"\xef\xbb\xbf")
    assert cy.decode("utf-8-sig").startswith("Police Case No.,Date Detected,")
    ml = paths["pn_mali_k"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        ml.decode("utf-8")
    assert ml.decode("latin-1").startswith("N° PV;Date des faits;")
    dr = paths["dgm_rd_k"].read_bytes()
    assert not dr.startswith(b"\xef\xbb\xbf")
    assert dr.decode("cp1252").startswith("No. de Caso|Fecha de intercepción|")
    lines = paths["hotline_k"].read_text(encoding="utf-8").splitlines()
    assert all(line.startswith("{") for line in lines)
    assert "incident_date" in json.loads(lines[0])
    head = pd.read_excel(paths["pnc_sv_k"], nrows=1)
    assert list(head.columns[:2]) == ["N° Expediente", "Fecha del hecho"]
