"""The sixth examiner's blind sample set: files written without the cleaner's tables.

``write_samples(..., variant="blind6")`` writes five submissions (``*_h.*``) the way the
Algerian DGSN (French, cp1252, ``;``), the Honduran police investigations directorate
(Spanish, XLSX, month-first text dates), a Frontex JORA-style incident extract (JSON
lines, camelCase English keys), the Irish GNIB (English, UTF-8 with BOM, ``,``) and the
Luxembourg Grand-Ducal Police (French, latin-1, ``|``) would, from the examiner's own
wordings (see ``trendlib/samples/_blind6.py``).

blind6 is held out: these tests check the files and their truth only. The cleaner is
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
from trendlib.samples._blind6 import BLIND6_SOURCES, make_blind6

N_EVENTS = 1500
SEED = 6
OTHER_SEED, OTHER_N = 17, 600
SOURCES = BLIND6_SOURCES
_FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country")
_FIELDS += ("transit_countries", "linked_offences")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}\b")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, "blind6", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def test_blind6_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_h", n_events=N_EVENTS)


def test_blind6_files_and_truth_other_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    other = write(tmp_path_factory, "blind6", seed=OTHER_SEED, n_events=OTHER_N)
    check_files_and_truth(other, SOURCES, suffix="_h", n_events=OTHER_N)


def test_blind6_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, "blind6", seed=SEED)


def test_blind6_other_seed_other_mess() -> None:
    truth = make_truth(seed=1, n_events=200)
    a = make_blind6(truth, seed=1)
    b = make_blind6(truth, seed=2)
    assert [s.filename for s in a] == [s.filename for s in b]
    assert all(Path(s.filename).stem.endswith("_h") for s in a)
    assert any(not x.frame.equals(y.frame) for x, y in zip(a, b, strict=True))


def test_blind6_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_blind6_every_row_accounted_for(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, _FIELDS, tolerance=1e-6)


def test_blind6_placeholders_are_missing_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_blind6_plants_the_issue_mess(truth: pd.DataFrame) -> None:
    tags = set(truth["messiness"].dropna().str.split(";").explode())
    wanted = {
        "country_alias", "country_iso2", "country_iso3", "country_numeric", "country_typo",
        "country_other_language", "mojibake", "nationality_adjective", "case_space",
        "no_accent", "transit_list", "date_iso", "date_iso_time", "date_dmy_slash",
        "date_dmy_dash", "date_dmy_dot", "date_mdy", "date_ymd_slash", "date_long_en",
        "date_long_fr", "date_long_es", "date_short_year", "date_serial", "date_excel",
        "date_month", "date_quarter", "count_grouped", "count_placeholder",
        "suspects_placeholder", "zero_word", "decimal_comma", "coords_swapped",
        "coords_placeholder", "coords_hemisphere", "na_word", "vocab_case", "exact_repeat",
        "bad_row", "garbage_row",
    }  # fmt: skip
    assert wanted <= tags, sorted(wanted - tags)


def _numeric_dates(values: list[object]) -> list[tuple[int, int]]:
    out = []
    for v in values:
        m = _NUMERIC.match(v) if isinstance(v, str) else None
        if m:
            out.append((int(m.group(1)), int(m.group(2))))
    return out


def test_blind6_day_month_order_decidable(paths: dict[str, Path]) -> None:
    """Each file's all-numbers dates show one order: a value above 12, none against it."""
    xlsx = pd.read_excel(paths["dpi_hn_h"], dtype=object)
    mdy = _numeric_dates(xlsx["Fecha de detección"].tolist())
    assert max(d for _, d in mdy) > 12
    assert max(m for m, _ in mdy) <= 12
    day_first = {
        "dgsn_dz_h": ("DATE INTERPELLATION", {"sep": ";", "encoding": "cp1252"}),
        "gnib_ie_h": ("Date of detection", {"sep": ",", "encoding": "utf-8-sig"}),
        "pgd_lu_h": ("Date des faits", {"sep": "|", "encoding": "latin-1"}),
    }
    for source, (col, kw) in day_first.items():
        frame = pd.read_csv(paths[source], dtype=str, **kw)  # type: ignore[call-overload]
        dmy = _numeric_dates(frame[col].tolist())
        assert max(d for d, _ in dmy) > 12, source
        assert max(m for _, m in dmy) <= 12, source


def test_blind6_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    dz = paths["dgsn_dz_h"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        dz.decode("utf-8")
    assert dz.decode("cp1252").startswith("N° PROCEDURE;DATE INTERPELLATION;")
    assert b"\r\n" in dz
    ie = paths["gnib_ie_h"].read_bytes()
    assert ie.startswith(b"\xef\xbb\xbf")
    assert ie.decode("utf-8-sig").startswith("Garda ref.,Date of detection,")
    lu = paths["pgd_lu_h"].read_bytes()
    assert not lu.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        lu.decode("utf-8")
    assert lu.decode("latin-1").startswith("Réf. dossier|Date des faits|")
    lines = paths["jora_extract_h"].read_text(encoding="utf-8").splitlines()
    assert all(line.startswith("{") for line in lines)
    assert "dateOfDetection" in json.loads(lines[0])
