"""The fifth examiner's blind sample set: files written without the cleaner's tables.

``write_samples(..., variant="blind5")`` writes five submissions (``*_g.*``) the way the
Moroccan Royal Gendarmerie (French, cp1252, ``;``), the Armed Forces of Malta (English,
XLSX), Costa Rica's migration police (Spanish, UTF-8 with BOM, tab-separated), the
Canadian CBSA / RCMP (JSON lines, English and French rows, month-first dates) and an
Interpol-style liaison compilation (English/French, latin-1, ``,``) would, from the
examiner's own wordings (see ``trendlib/samples/_blind5.py``).

blind5 is held out: these tests check the files and their truth only. The cleaner is
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
from trendlib.samples._blind5 import BLIND5_SOURCES, make_blind5

N_EVENTS = 1500
SEED = 5
OTHER_SEED, OTHER_N = 13, 600
SOURCES = BLIND5_SOURCES
_FIELDS = ("crime_type", "exploitation", "age_group", "origin_country")
_FIELDS += ("destination_country", "transit_countries", "transport_mode", "linked_offences")
_NUMERIC_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}\b")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, "blind5", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def test_blind5_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_g", n_events=N_EVENTS)


def test_blind5_files_and_truth_other_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    other = write(tmp_path_factory, "blind5", seed=OTHER_SEED, n_events=OTHER_N)
    check_files_and_truth(other, SOURCES, suffix="_g", n_events=OTHER_N)


def test_blind5_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, "blind5", seed=SEED)


def test_blind5_other_seed_other_mess() -> None:
    truth = make_truth(seed=1, n_events=200)
    a = make_blind5(truth, seed=1)
    b = make_blind5(truth, seed=2)
    assert [s.filename for s in a] == [s.filename for s in b]
    assert any(not x.frame.equals(y.frame) for x, y in zip(a, b, strict=True))


def test_blind5_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_blind5_every_row_accounted_for(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, _FIELDS, tolerance=1e-6)


def test_blind5_placeholders_are_missing_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_blind5_plants_the_issue_mess(truth: pd.DataFrame) -> None:
    tags = set(truth["messiness"].dropna().str.split(";").explode())
    wanted = {
        "country_alias", "country_iso2", "country_iso3", "country_numeric", "country_typo",
        "mojibake", "nationality_adjective", "case_space", "no_accent", "transit_list",
        "date_iso", "date_dmy_slash", "date_dmy_dash", "date_dmy_dot", "date_mdy",
        "date_ymd_slash", "date_long_en", "date_long_fr", "date_long_es", "date_serial",
        "date_excel", "date_month", "date_quarter", "count_grouped", "count_placeholder",
        "decimal_comma", "coords_swapped", "coords_placeholder", "coords_hemisphere",
        "bilingual_value", "na_word", "vocab_case", "exact_repeat", "bad_row", "garbage_row",
    }  # fmt: skip
    assert wanted <= tags, sorted(wanted - tags)


def _numeric_dates(values: list[object]) -> list[tuple[int, int]]:
    out = []
    for v in values:
        m = _NUMERIC_DMY.match(v) if isinstance(v, str) else None
        if m:
            out.append((int(m.group(1)), int(m.group(2))))
    return out


def test_blind5_day_month_order_decidable(paths: dict[str, Path]) -> None:
    """Each file's all-numbers dates show one order: a value above 12, none against it."""
    lines = paths["cbsa_rcmp_ca_g"].read_text(encoding="utf-8").splitlines()
    mdy = _numeric_dates([json.loads(line)["incident_date"] for line in lines])
    assert max(d for _, d in mdy) > 12
    assert max(m for m, _ in mdy) <= 12
    day_first = {
        "gendarmerie_royale_ma_g": ("Date des faits", {"sep": ";", "encoding": "cp1252"}),
        "dgme_cr_g": ("Fecha del hecho", {"sep": "\t", "encoding": "utf-8-sig"}),
        "interpol_liaison_g": ("Event date", {"sep": ",", "encoding": "latin-1"}),
    }
    for source, (col, kw) in day_first.items():
        frame = pd.read_csv(paths[source], dtype=str, **kw)  # type: ignore[call-overload]
        dmy = _numeric_dates(frame[col].tolist())
        assert max(d for d, _ in dmy) > 12, source
        assert max(m for _, m in dmy) <= 12, source
    xlsx = pd.read_excel(paths["afm_malta_mt_g"], dtype=object)
    dmy = _numeric_dates(xlsx["Date of Interception"].tolist())
    assert max(d for d, _ in dmy) > 12
    assert max(m for _, m in dmy) <= 12


def test_blind5_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    gr = paths["gendarmerie_royale_ma_g"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        gr.decode("utf-8")
    assert "Nbre migrants/victimes" in gr.decode("cp1252")
    assert b"\r\n" in gr
    cr = paths["dgme_cr_g"].read_bytes()
    assert cr.startswith(b"\xef\xbb\xbf")
    assert "Fecha del hecho\tDelito" in cr.decode("utf-8-sig")
    ip = paths["interpol_liaison_g"].read_bytes()
    assert not ip.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        ip.decode("utf-8")
    assert ip.decode("latin-1").startswith("Case ID,Submitting NCB,Event date")
    ca = paths["cbsa_rcmp_ca_g"].read_text(encoding="utf-8")
    assert all(line.startswith("{") for line in ca.splitlines())
