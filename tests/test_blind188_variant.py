"""The examiner set ``blind188`` (files ``*_gh.*``): five desks of the Yucatán peninsula.

These tests check what the set promises (files, truth, the agencies' quirks in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from tests._blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind188 import make_blind188

VARIANT = "blind188"
SEED = 188
N_EVENTS = 1500
SMALL_SEED = 1881
SMALL_EVENTS = 400

SOURCES = (
    "fge_qroo_trata",
    "ssi_ambafrance_mexico",
    "usconsulate_merida_fpu",
    "belize_insd",
    "uqroo_observatorio",
)
#: Fields every kept row expects exactly as the true event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _rows(paths)


@pytest.fixture(scope="module")
def subs() -> dict[str, object]:
    """The submissions behind ``paths``, frames and expected rows side by side."""
    made = make_blind188(make_truth(seed=SEED, n_events=N_EVENTS), seed=SEED)
    return {s.source: s for s in made}


def _lines(path: Path, encoding: str) -> list[str]:
    return path.read_bytes().decode(encoding).lstrip("\ufeff").splitlines()


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_gh", n_events=N_EVENTS)


def test_small_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_gh", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _rows(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _rows(small), FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(0, 300), (1, 300), (7, 400), (SEED, 1500)])
def test_every_desk_has_event_rows(seed: int, n_events: int) -> None:
    made = make_blind188(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in made] == list(SOURCES)
    for sub in made:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.source
        assert len(sub.frame) == len(sub.expected)


def test_routing(truth: pd.DataFrame) -> None:
    """Each desk first reports its own detection country; the compilation the rest."""
    events = truth.loc[truth["expected_status"] == "record"]
    by_file = events.groupby("source_file")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_file["fge_qroo_trata_gh.xlsx"] == {"ESP"}
    assert by_file["ssi_ambafrance_mexico_gh.csv"] == {"FRA"}
    assert by_file["usconsulate_merida_fpu_gh.csv"] == {"USA"}
    assert by_file["belize_insd_gh.csv"] == {"PAN"}
    assert by_file["uqroo_observatorio_gh.jsonl"] == {"ITA", "GRC", "HRV", "POL", "GBR"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    seen = cross.groupby("source_file")["event_id"].count()
    assert set(seen.index) <= {
        "fge_qroo_trata_gh.xlsx",
        "ssi_ambafrance_mexico_gh.csv",
        "usconsulate_merida_fpu_gh.csv",
        "uqroo_observatorio_gh.jsonl",
    }
    assert (
        truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
        .eq("fge_qroo_trata_gh.xlsx")
        .all()
    )


def test_tags_planted(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    assert {
        "month_only",
        "quarter_only",
        "excel_date",
        "text_date",
        "excel_serial",
        "date_fpu",
        "date_insd",
        "demonym",
        "mojibake",
        "iso2",
        "iso3",
        "numeric_code",
        "typo",
        "no_accent",
        "english_name",
        "spanish_name",
        "all_caps",
        "zero_word",
        "count_words",
        "count_placeholder",
        "suspects_placeholder",
        "na_word",
        "coords_dms",
        "coords_fr_pair",
        "coords_us_pair",
        "coords_missing",
        "coords_placeholder",
        "spacing",
    } <= tags


# --------------------------------------------------------------------------------------
# Each desk's bytes
# --------------------------------------------------------------------------------------
def test_ssi_is_french_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["ssi_ambafrance_mexico"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    lines = raw.decode("cp1252").splitlines()
    header = lines[0].split(";")
    assert header[:3] == ["N° fiche", "Date des faits", "Infraction"]
    assert {"Nb mis en cause", "Vecteur", "Pays de constatation", "Coordonnées GPS"} <= set(header)
    text = raw.decode("cp1252")
    assert re.search(r";-?\d{1,2},\d{5} / -?\d{1,3},\d{5};", text)  # decimal commas
    assert re.search(r";(aucun|néant);", text)
    assert "Aide à l'entrée irrégulière" in text
    assert re.search(r";T[1-4] 202\d;", text) or re.search(r";[a-zéû]+ 202\d;", text)
    days = re.findall(r"^SSI-MX/\d{4}/\d{3};(\d\d)/(\d\d)/\d{4};", text, flags=re.M)
    assert days
    assert max(int(m) for _, m in days) <= 12
    assert max(int(d) for d, _ in days) > 12  # day first


def test_fpu_is_english_utf8_bom_comma_month_first(paths: dict[str, Path]) -> None:
    raw = paths["usconsulate_merida_fpu"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths["usconsulate_merida_fpu"], dtype=str, encoding="utf-8-sig")
    assert frame.columns[:4].tolist() == [
        "Case #",
        "Date of Incident",
        "Case Category",
        "Trafficking Type",
    ]
    dates = frame["Date of Incident"].dropna()
    full = dates[dates.str.fullmatch(r"\d\d/\d\d/\d{4}")]
    assert full.str[:2].astype(int).max() <= 12
    assert full.str[3:5].astype(int).max() > 12  # month first, throughout the file
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()
    assert frame["Citizenship"].isin(["MX", "GT", "HN", "VE", "EC"]).any()
    assert frame["Adult/Juvenile"].isin(["UAC", "Family Unit"]).any()
    assert frame["Case Category"].eq("Alien Smuggling").any()
    coords = frame["Lat/Long"].dropna()
    assert coords.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}|UNK|N/A").all()


def test_insd_is_utf16_tab_with_demonyms_and_dms(paths: dict[str, Path]) -> None:
    raw = paths["belize_insd"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    frame = pd.read_csv(paths["belize_insd"], sep="\t", dtype=str, encoding="utf-16")
    assert frame.columns[:3].tolist() == ["File No.", "Date of Interception", "Offence"]
    nat = frame["Nationality"].dropna().str.strip()
    assert nat.isin(["Venezuelan", "Ecuadorian", "Haitian", "Colombian", "Chinese"]).mean() > 0.7
    assert (
        frame["Position"]
        .dropna()
        .str.fullmatch(r"\d+°\d\d'\d\d\"[NS] \d+°\d\d'\d\d\"[EW]|N/K|Not known")
        .all()
    )
    assert frame["No. of Suspects"].eq("Nil").any()
    assert frame["No. of Persons"].str.fullmatch(r"[A-Z][a-z]+ \(\d+\)").any()
    dates = frame["Date of Interception"].dropna()
    assert dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d{4}").mean() > 0.9


def test_uq_is_spanish_jsonl_with_mojibake(paths: dict[str, Path]) -> None:
    lines = _lines(paths["uqroo_observatorio"], "utf-8")
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:4] == ["id_nota", "fecha_evento", "tipo_delito", "forma_explotacion"]
    text = "\n".join(lines)
    assert "Ã" in text  # Spanish names read twice
    dates = pd.Series([r["fecha_evento"] for r in rows], dtype=object).dropna().astype(str)
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.8
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    assert dates.str.fullmatch(r"\d{4}-T[1-4]").any()
    codes = {r["nacionalidad"] for r in rows}
    assert any(isinstance(c, str) and c.isdigit() for c in codes)  # UN M49 codes


def test_fge_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["fge_qroo_trata"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Carpeta de investigación", "Fecha de los hechos", "Delito")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # bare serials
    crimes = {r[2] for r in rows[1:]}
    assert {"Tráfico de personas", "TRÁFICO DE PERSONAS"} & crimes
    ages = {r[7] for r in rows[1:]}
    assert {"NNA", "Adultos y NNA"} & ages
    assert any(isinstance(r[15], float) for r in rows[1:])  # latitude as a number


# --------------------------------------------------------------------------------------
# The truth reads each cell as a careful analyst does
# --------------------------------------------------------------------------------------
def _dms(cell: str) -> tuple[float, float]:
    out = []
    for deg, mins, secs, hemi in re.findall(r"(\d+)°(\d\d)'(\d\d)\"([NSEW])", cell):
        value = int(deg) + int(mins) / 60 + int(secs) / 3600
        out.append(-value if hemi in "SW" else value)
    return out[0], out[1]


def test_dms_positions_are_read(subs: dict[str, object]) -> None:
    sub = subs["belize_insd"]
    frame, exp = sub.frame, sub.expected  # type: ignore[attr-defined]
    cells = frame["Position"]
    ok = cells.notna() & cells.astype(str).str.contains("°") & exp["lat"].notna().to_numpy()
    assert ok.sum() > 100
    for cell, lat, lon in zip(
        cells[ok], exp.loc[ok.to_numpy(), "lat"], exp.loc[ok.to_numpy(), "lon"], strict=True
    ):
        got = _dms(cell)
        assert abs(got[0] - lat) < 1e-5
        assert abs(got[1] - lon) < 1e-5


def test_french_gps_cells_are_read(subs: dict[str, object]) -> None:
    sub = subs["ssi_ambafrance_mexico"]
    frame, exp = sub.frame, sub.expected  # type: ignore[attr-defined]
    cells = frame["Coordonnées GPS"].astype(object)
    mask = (cells.notna() & exp["lat"].notna()).to_numpy()
    for cell, lat, lon in zip(cells[mask], exp.loc[mask, "lat"], exp.loc[mask, "lon"], strict=True):
        a, b = (float(p.replace(",", ".")) for p in str(cell).split(" / "))
        assert (a, b) == (lat, lon)


def test_month_first_dates_are_read(subs: dict[str, object]) -> None:
    sub = subs["usconsulate_merida_fpu"]
    frame, exp = sub.frame, sub.expected  # type: ignore[attr-defined]
    cells = frame["Date of Incident"].astype(object)
    day = exp["date_precision"].eq("day").fillna(False).to_numpy(dtype=bool)
    got = pd.to_datetime(cells[day], format="%m/%d/%Y").dt.strftime("%Y-%m-%d")
    assert got.tolist() == exp.loc[day, "event_date"].tolist()


def test_fge_serials_and_text_dates_are_read(subs: dict[str, object]) -> None:
    sub = subs["fge_qroo_trata"]
    frame, exp = sub.frame, sub.expected  # type: ignore[attr-defined]
    tags = exp["messiness"].fillna("")
    cells = frame["Fecha de los hechos"]
    for cell, want, tag in zip(cells, exp["event_date"], tags, strict=True):
        if "excel_serial" in tag and "bad_row" not in tag:
            got = pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(cell))
            assert got.strftime("%Y-%m-%d") == want
        elif "text_date" in tag and "bad_row" not in tag:
            assert pd.Timestamp(datetime.strptime(cell, "%d/%m/%Y")).strftime("%Y-%m-%d") == want


def test_bad_rows_are_unusable(subs: dict[str, object]) -> None:
    """Every bad row is one no analyst can use: no date, 30/31 February, ahead, or no count."""
    for source, sub in subs.items():
        frame, exp = sub.frame, sub.expected  # type: ignore[attr-defined]
        reasons = exp["expected_reason"].fillna("").tolist()
        for i, reason in enumerate(reasons):
            date, count = frame.iat[i, 1], frame.iat[i, 4]
            if reason == "bad_date":
                assert re.search(r"(30|31)[/-](02|Feb)|02/(30|31)|-02-(30|31)", str(date)), source
            elif reason == "future_date":
                year = (
                    date.year if isinstance(date, datetime) else int(re.findall(r"\d{4}", date)[0])
                )
                assert year >= 2031, source
            elif reason == "negative_count":
                assert int(count) < 0, source
            elif reason == "bad_count":
                assert not re.search(r"\d", str(count)), source
