"""The examiner set ``blind414`` (files ``*_oz.*``): five poultry companies' desks.

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests._blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind414"
SEED = 414
N_EVENTS = 1500
SMALL_SEED = 4141
SMALL_EVENTS = 400
SOURCES = (
    "moypark_ethical_trade",
    "ldc_bretagne_conformite",
    "padesa_cumplimiento",
    "bachoco_seguridad",
    "melo_avicola",
)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The source's file as text cells, with the truth row of each (by ``source_row``)."""
    path = paths[source]
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines])
        first = 1
    elif path.suffix == ".xlsx":
        frame = pd.read_excel(path, dtype=object)
        first = 2
    else:
        enc = {"ldc_bretagne_conformite": "cp1252", "padesa_cumplimiento": "utf-16"}
        sep = {"ldc_bretagne_conformite": ";", "padesa_cumplimiento": "\t"}
        frame = pd.read_csv(
            path,
            sep=sep.get(source, "|"),
            encoding=enc.get(source, "utf-8"),
            dtype=str,
            keep_default_na=False,
            na_values=[""],
            skip_blank_lines=False,
        )
        first = 2
    frame["source_row"] = [str(i + first) for i in range(len(frame))]
    truth = _truth(paths)
    truth = truth.loc[truth["source_file"] == path.name]
    return frame.merge(truth, on="source_row", how="left", validate="one_to_one")


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_oz", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_oz", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_every_source_has_rows_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import write_samples

    for n in (300, 400):
        p = write_samples(tmp_path / str(n), seed=n, n_events=n, variant=VARIANT)
        t = _truth(p)
        kept = t.loc[t["expected_status"] == "record", "source_file"]
        assert set(kept) == {p[s].name for s in SOURCES}, n


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_reports_of_events(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_reports_of_events(paths, truth, EXACT_FIELDS)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_unknown_words_only_where_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, EXACT_FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        differs = ok[col].ne(ev[col]).fillna(True) & ev[col].notna()
        assert ok.loc[differs, col].isna().all(), col
        assert tags[differs].str.contains(f"unknown:{col}").all(), col
    differs = ok["exploitation"].fillna("-").ne(ev["exploitation"].fillna("-"))
    assert (ok.loc[differs, "exploitation"] == "unknown").all()
    assert tags[differs].str.contains("unknown:exploitation").all()
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_every_quarantine_reason_in_every_size(small: dict[str, Path]) -> None:
    t = _truth(small)
    reasons = set(t.loc[t["expected_status"] == "quarantine", "expected_reason"])
    assert {"no_date", "bad_date", "future_date", "negative_count", "bad_count"} <= reasons


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_moypark_json_lines(paths: dict[str, Path]) -> None:
    raw = paths["moypark_ethical_trade"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert {"case_id", "incident_date", "concern_type", "potential_victims", "route_via"} <= set(
        recs[0]
    )
    dates = {str(r["incident_date"]) for r in recs if r.get("incident_date")}
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(isinstance(r.get("linked_offences"), list) for r in recs)
    assert any(" > " in str(r.get("route_via")) for r in recs)
    words = {r.get("suspected_perpetrators") for r in recs}
    assert {"none", "not known"} & words


def test_moypark_demonyms_read_as_countries(paths: dict[str, Path]) -> None:
    rows = _rows(paths, "moypark_ethical_trade")
    for word, iso in (("Vietnamese", "VNM"), ("Afghan", "AFG"), ("Eritrean", "ERI")):
        hit = rows.loc[rows["nationality_x"] == word]
        assert len(hit) > 0, word
        assert (hit["nationality_y"] == iso).all(), word


def test_ldc_cp1252_semicolons(paths: dict[str, Path]) -> None:
    raw = paths["ldc_bretagne_conformite"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° signalement;Date des faits;Qualification;")
    assert "\r\n" in text
    assert "aide à l'entrée irrégulière" in text
    assert re.search(r";(T[1-4]|[a-zéû]+) 20\d\d;", text)  # "T2 2023", "mai 2023"
    assert re.search(r";\d\d/\d\d/\d\d;", text)
    assert re.search(r";\d\d,\d{5};", text)  # decimal commas


def test_partial_dates_in_words(paths: dict[str, Path], small: dict[str, Path]) -> None:
    for p in (paths, small):
        fr = _rows(p, "ldc_bretagne_conformite")
        es = _rows(p, "padesa_cumplimiento")
        dates = pd.concat([fr["Date des faits"], es["Fecha de los hechos"]]).fillna("")
        rows = pd.concat([fr, es], ignore_index=True)
        rows["cell"] = dates.to_numpy()
        kept = rows.loc[rows["expected_status"] != "quarantine"]
        quarter = kept.loc[kept["cell"].str.match(r"(T[1-4]|[1-4]º trim\.) 20\d\d$")]
        month = kept.loc[kept["cell"].str.match(r"[a-zéû]+ 20\d\d$")]
        assert len(quarter) > 0
        assert len(month) > 0
        assert (quarter["date_precision"] == "quarter").all()
        assert pd.to_datetime(quarter["event_date"]).dt.month.isin([1, 4, 7, 10]).all()
        assert (month["date_precision"] == "month").all()
        assert (pd.to_datetime(month["event_date"]).dt.day == 1).all()


def test_padesa_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths["padesa_cumplimiento"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert text.startswith("Nº expediente\tFecha de los hechos\tTipología\t")
    assert re.search(r"\t\d\d-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-\d\d\t", text)
    assert "º trim. 20" in text
    assert re.search(r"\t\d{1,3}\.\d{3}\t", text)  # thousands with a dot
    assert re.search(r"\t-?\d+\.\d{5}, -?\d+\.\d{5}\t", text)  # pasted from a map


def test_padesa_number_words(paths: dict[str, Path]) -> None:
    rows = _rows(paths, "padesa_cumplimiento")
    words = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8}
    hit = rows.loc[rows["Nº víctimas / migrantes"].isin(list(words))]
    assert len(hit) > 0
    kept = hit.loc[hit["expected_status"] != "quarantine"]
    got = kept["Nº víctimas / migrantes"].map(words).astype(str)
    assert (got == kept["n_persons"]).all()


def test_bachoco_pipes_caps_and_mojibake(paths: dict[str, Path]) -> None:
    raw = paths["bachoco_seguridad"].read_bytes()
    text = raw.decode("utf-8")
    assert text.startswith("FOLIO|FECHA_EVENTO|TIPO_INCIDENTE|")
    assert "Ã" in text  # web-form cells read back as cp1252
    assert "|EUA|" in text or "|E.U.A.|" in text


def test_bachoco_mexican_legal_words(paths: dict[str, Path]) -> None:
    rows = _rows(paths, "bachoco_seguridad")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    smug = kept.loc[
        kept["TIPO_INCIDENTE"].isin(["TRAFICO DE PERSONAS", "TRAFICO DE INDOCUMENTADOS"])
    ]
    assert len(smug) > 0
    assert (smug["crime_type"] == "smuggling").all()
    thb = kept.loc[kept["TIPO_INCIDENTE"] == "TRATA DE PERSONAS"]
    assert (thb["crime_type"] == "trafficking").all()
    zero = kept.loc[kept["LATITUD"] == "0"]
    assert len(zero) > 0
    assert zero[["lat", "lon"]].isna().all().all()
    guat = kept.loc[kept["NACIONALIDAD"] == "GUATEMALTECA"]
    assert len(guat) > 0
    assert (guat["nationality"] == "GTM").all()


def test_melo_workbook_dates_and_dms(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["melo_avicola"], read_only=True)
    sheet = book.active
    assert sheet is not None
    header = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True))
    assert header[:3] == ("No. de caso", "Fecha del hecho", "Tipo de delito")
    kinds = {type(r[1]).__name__ for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert {"datetime", "str", "int"} <= kinds
    book.close()
    rows = _rows(paths, "melo_avicola")
    dms = rows.loc[rows["Longitud"].astype(str).str.endswith('"O')]
    assert len(dms) > 0
    kept = dms.loc[dms["expected_status"] != "quarantine"]
    assert (kept["lon"].astype(float) < 0).all()
    ev = _events(paths).loc[kept["event_id"]]
    assert (
        (kept["lon"].astype(float).to_numpy() - ev["lon"].astype(float).to_numpy()) ** 2 < 1e-6
    ).all()
    serial = rows.loc[rows["Fecha del hecho"].map(lambda v: isinstance(v, int))]
    serial = serial.loc[serial["expected_status"] != "quarantine"]
    assert len(serial) > 0
    want = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial["Fecha del hecho"].astype(int), "D")
    assert (want.dt.strftime("%Y-%m-%d").to_numpy() == serial["event_date"].to_numpy()).all()


def test_second_reports_cross_the_channel(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    files = set(cross["source_file"])
    assert files <= {
        "moypark_ethical_trade_oz.jsonl",
        "ldc_bretagne_conformite_oz.csv",
        "padesa_cumplimiento_oz.csv",
    }
    assert cross["duplicate_of"].str.split(":").str[0].ne(cross["source_file"]).all()
