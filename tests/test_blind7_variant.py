"""The seventh examiner's blind sample set: files written without the cleaner's tables.

``write_samples(..., variant="blind7")`` writes five submissions (``*_i.*``) the way the UK
National Crime Agency (English, UTF-8 with BOM, ``,``, re-submitted), the Gendarmerie
nationale du Niger (French, latin-1, ``;``), the Peruvian national police (Spanish, XLSX),
a Europol SIENA-style message digest (JSON lines, snake_case English keys) and the
Bulgarian Border Police (English, cp1252, tab-separated, month-first dates) would, from
the examiner's own wordings (see ``trendlib/samples/_blind7.py``).

blind7 is held out: these tests check the files and their truth only. The cleaner is
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
from trendlib.samples._blind7 import BLIND7_SOURCES, make_blind7

N_EVENTS = 1500
SEED = 7
OTHER_SEED, OTHER_N = 23, 600
SOURCES = BLIND7_SOURCES
_FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country")
_FIELDS += ("transit_countries", "linked_offences")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}\b")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, "blind7", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def test_blind7_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_i", n_events=N_EVENTS)


def test_blind7_files_and_truth_other_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    other = write(tmp_path_factory, "blind7", seed=OTHER_SEED, n_events=OTHER_N)
    check_files_and_truth(other, SOURCES, suffix="_i", n_events=OTHER_N)


def test_blind7_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, "blind7", seed=SEED)


def test_blind7_other_seed_other_mess() -> None:
    truth = make_truth(seed=1, n_events=200)
    a = make_blind7(truth, seed=1)
    b = make_blind7(truth, seed=2)
    assert [s.filename for s in a] == [s.filename for s in b]
    assert all(Path(s.filename).stem.endswith("_i") for s in a)
    assert any(not x.frame.equals(y.frame) for x, y in zip(a, b, strict=True))


def test_blind7_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_blind7_every_row_accounted_for(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, _FIELDS, tolerance=1e-5)


def test_blind7_placeholders_are_missing_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_blind7_plants_the_issue_mess(truth: pd.DataFrame) -> None:
    tags = set(truth["messiness"].dropna().str.split(";").explode())
    wanted = {
        "country_alias", "country_iso2", "country_iso3", "country_numeric", "country_typo",
        "country_other_language", "mojibake", "nationality_adjective", "case_space",
        "no_accent", "transit_list", "date_iso", "date_iso_time", "date_iso_basic",
        "date_dmy_slash", "date_dmy_dash", "date_dmy_time", "date_mdy", "date_mdy_time",
        "date_ymd_slash", "date_long_en", "date_long_us", "date_long_fr", "date_long_es",
        "date_abbr_es", "date_short_year", "date_serial", "date_excel", "date_month",
        "date_quarter", "count_grouped", "count_placeholder", "suspects_placeholder",
        "zero_word", "decimal_comma", "coords_swapped", "coords_placeholder",
        "coords_hemisphere", "coords_dms", "coords_degree_sign", "coords_text", "na_word",
        "vocab_case", "exploitation_na", "offence_list", "row_language_es",
        "row_language_fr", "exact_repeat", "bad_row", "garbage_row",
    }  # fmt: skip
    assert wanted <= tags, sorted(wanted - tags)


def _numeric_dates(values: list[object]) -> list[tuple[int, int]]:
    out = []
    for v in values:
        m = _NUMERIC.match(v.strip()) if isinstance(v, str) else None
        if m:
            out.append((int(m.group(1)), int(m.group(2))))
    return out


def test_blind7_day_month_order_decidable(paths: dict[str, Path]) -> None:
    """Each file's all-numbers dates show one order: a value above 12, none against it."""
    bg = pd.read_csv(paths["gdbp_bg_i"], sep="\t", encoding="cp1252", dtype=str)
    mdy = _numeric_dates(bg["DETECTION_DATE"].tolist())
    assert max(d for _, d in mdy) > 12
    assert max(m for m, _ in mdy) <= 12
    xlsx = pd.read_excel(paths["pnp_peru_i"], dtype=object)
    dmy = _numeric_dates(xlsx["FECHA DEL HECHO"].tolist())
    assert max(d for d, _ in dmy) > 12
    assert max(m for _, m in dmy) <= 12
    day_first = {
        "nca_uk_i": ("Date Encountered", {"sep": ",", "encoding": "utf-8-sig"}),
        "gn_niger_i": ("Date des faits ", {"sep": ";", "encoding": "latin-1"}),
    }
    for source, (col, kw) in day_first.items():
        frame = pd.read_csv(paths[source], dtype=str, **kw)  # type: ignore[call-overload]
        dmy = _numeric_dates(frame[col].tolist())
        assert max(d for d, _ in dmy) > 12, source
        assert max(m for _, m in dmy) <= 12, source


def test_blind7_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    uk = paths["nca_uk_i"].read_bytes()
    assert uk.startswith(b"\xef\xbb\xbf")
    assert uk.decode("utf-8-sig").startswith("NCA Ref,Date Encountered,")
    ne = paths["gn_niger_i"].read_bytes()
    assert not ne.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        ne.decode("utf-8")
    assert ne.decode("latin-1").startswith("N° PV;Date des faits ;")
    bg = paths["gdbp_bg_i"].read_bytes()
    assert b"\r\n" in bg
    assert bg.decode("cp1252").startswith("CASE_NO\tDETECTION_DATE\t")
    assert "°" in bg.decode("cp1252")
    lines = paths["siena_digest_i"].read_text(encoding="utf-8").splitlines()
    assert all(line.startswith("{") for line in lines)
    assert "date_of_event" in json.loads(lines[0])
    head = pd.read_excel(paths["pnp_peru_i"], nrows=1)
    assert list(head.columns[:2]) == ["N° Informe Policial", "FECHA DEL HECHO"]
