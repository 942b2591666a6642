"""The examiner's sample set ``blind361`` (files ``*_my.*``): language schools' desks.

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
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
from trendlib.samples._blind361 import SOURCES, make_blind361

VARIANT = "blind361"
SEED = 361
N_EVENTS = 1500
SMALL_SEED = 3611
SMALL_EVENTS = 400

UK = "english_uk_compliance"
FR = "alliance_francaise_vigilance"
ES = "fedele_academias"
MX = "cepe_unam_control_escolar"
PA = "usma_estudiantes_internacionales"
NAMES = (UK, FR, ES, MX, PA)
# Fields every kept row gives exactly as the event has them (the agencies never leave
# these out); the others are checked against the rows' messiness tags.
EXACT_FIELDS = (
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
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The truth rows of one file, indexed by their source row."""
    rows = truth.loc[truth["source_file"] == paths[source].name].copy()
    return rows.set_index(rows["source_row"].astype(int))


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """One CSV file as text cells, indexed by source row (header = row 1)."""
    src = next(s for s in SOURCES if s.source == source)
    frame = pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    frame.index = range(2, 2 + len(frame))
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_my", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix="_my", n_events=SMALL_EVENTS)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_reports_events(n_events: int) -> None:
    subs = make_blind361(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").any(), sub.source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    small = pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small_paths, small, EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_quarantine_reason_and_repeats(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {f"{UK}_my.csv", f"{PA}_my.csv"}


# --------------------------------------------------------------------------------------
# English UK: CSV UTF-8 with BOM, UK dates, demonyms, "England", "lat, long"
# --------------------------------------------------------------------------------------
def test_english_uk_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths[UK].read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    head = data[3:].split(b"\n", 1)[0].decode("utf-8")
    assert head.startswith("Alert ref,Incident date,Concern type,")
    frame = _csv(paths, UK)
    rows = _rows(truth, paths, UK)
    kept = rows.loc[rows["expected_status"] != "quarantine"].index
    dates = frame.loc[kept, "Incident date"]
    day_first = dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}")
    spelled = dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}")
    month = dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}")
    assert (day_first | spelled | month).all()
    assert day_first.any()
    assert spelled.any()
    assert month.any()
    assert (rows.loc[month[month].index, "date_precision"] == "month").all()
    # day first: the truth's date is the cell read day/month/year
    read = pd.to_datetime(dates[day_first], format="%d/%m/%Y").dt.strftime("%Y-%m-%d")
    assert (read == rows.loc[read.index, "event_date"]).all()
    found = frame["Country where found"]
    assert found.isin(["England", "Scotland"]).any()
    assert (
        (rows.loc[found[found.isin(["England", "Scotland"])].index, "detection_country"])
        .eq("GBR")
        .all()
    )
    assert frame["Nationality"].isin(["Afghan", "Iraqi", "Vietnamese"]).any()
    assert frame["Route (via)"].str.contains(" > ").any()
    assert frame["Location (lat, long)"].str.fullmatch(r"|-?\d+\.\d{4}, -?\d+\.\d{4}").all()
    zero = frame["Facilitators identified"].isin(["None", "Nil"])
    assert zero.any()
    kept_zero = rows.loc[zero[zero].index]
    kept_zero = kept_zero.loc[kept_zero["expected_status"] != "quarantine"]
    assert (kept_zero["n_suspects"] == "0").all()


# --------------------------------------------------------------------------------------
# Alliance Française: XLSX, Excel dates, quarters, French words
# --------------------------------------------------------------------------------------
def test_alliance_francaise_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[FR], read_only=True)
    sheet = book.worksheets[0]
    cells = list(sheet.iter_rows(values_only=True))
    book.close()
    width = len(cells[0])
    cells = [tuple(r) + (None,) * (width - len(r)) for r in cells]
    assert cells[0][:3] == ("N° signalement", "Date des faits", "Qualification")
    rows = _rows(truth, paths, FR)
    dates = {i + 1: r[1] for i, r in enumerate(cells) if i > 0}
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    real = [i for i in kept.index if hasattr(dates[i], "year")]
    assert len(real) > 0.7 * len(kept)
    for i in real:
        assert dates[i].strftime("%Y-%m-%d") == kept.loc[i, "event_date"]
    text = {i: dates[i] for i in kept.index if isinstance(dates[i], str)}
    quarters = [
        i for i, v in text.items() if re.fullmatch(r"T[1-4] \d{4}|\de?r? trimestre \d{4}", v)
    ]
    assert quarters
    assert (kept.loc[quarters, "date_precision"] == "quarter").all()
    months = [i for i, v in text.items() if re.fullmatch(r"[a-zéû]+ \d{4}", v)]
    assert months
    assert (kept.loc[months, "date_precision"] == "month").all()
    counts = [r[4] for r in cells[1:]]
    assert any(isinstance(c, int) for c in counts)
    typed = [i + 2 for i, c in enumerate(counts) if isinstance(c, str) and "\u202f" in c]
    assert typed  # "1 250": thousands typed with a narrow no-break space
    for i in typed:
        assert rows.loc[i, "n_persons"] == counts[i - 2].replace("\u202f", "")
    lats = [r[14] for r in cells[1:]]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and re.fullmatch(r"-?\d+,\d{5}", v) for v in lats)
    words = {str(r[2]).strip().lower() for r in cells[1:] if r[2]}
    assert "aide à l'entrée irrégulière" in words
    assert any(r[7] == "MNA" for r in cells[1:])


# --------------------------------------------------------------------------------------
# FEDELE: cp1252, ";", CRLF, decimal commas, H/M, "dd-mmm-yyyy"
# --------------------------------------------------------------------------------------
def test_fedele_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths[ES].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    assert "\r\n" in text
    assert text.startswith("Nº expediente;Fecha de los hechos;Tipología delictiva;")
    frame = _csv(paths, ES)
    rows = _rows(truth, paths, ES)
    kept = rows.loc[rows["expected_status"] != "quarantine"].index
    dates = frame.loc[kept, "Fecha de los hechos"]
    spelled = dates.str.fullmatch(r"\d{2}-[a-z]{3}-\d{4}")
    month = dates.str.fullmatch(r"\d{2}/\d{4}")
    assert spelled.any()
    assert month.any()
    assert (rows.loc[month[month].index, "date_precision"] == "month").all()
    lat = frame["Latitud"]
    assert lat.str.fullmatch(r"|-?\d+,\d{5}").all()
    sex = frame.loc[kept, "Sexo"]
    assert (rows.loc[sex[sex == "H"].index, "gender"] == "male").all()
    assert (rows.loc[sex[sex == "M"].index, "gender"] == "female").all()
    assert frame["Nacionalidad"].isin(["marroquí", "argelina", "rumana"]).any()


# --------------------------------------------------------------------------------------
# CEPE-UNAM: JSON lines, ISO dates, ISO alpha-2 nationality, "EUA"
# --------------------------------------------------------------------------------------
def test_cepe_unam_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[MX].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["folio", "fecha_evento", "tipo_delito"]
    rows = _rows(truth, paths, MX)
    for i, rec in enumerate(recs, start=1):
        row = rows.loc[i]
        if row["expected_status"] == "quarantine":
            continue
        cell = str(rec["fecha_evento"])
        if row["date_precision"] == "month":
            assert re.fullmatch(r"\d{4}-\d{2}", cell)
        else:
            assert cell[:10] == row["event_date"]
    nat = [r["nacionalidad"] for r in recs if r.get("nacionalidad")]
    assert sum(bool(re.fullmatch(r"[A-Z]{2}", n)) for n in nat) > len(nat) / 2
    places = {r.get("pais_deteccion") for r in recs} | {r.get("pais_destino") for r in recs}
    assert "EUA" in places
    assert any("T" in str(r["fecha_evento"]) for r in recs)
    assert any(isinstance(r["num_personas"], str) for r in recs)
    assert any(r["tipo_delito"] == "tráfico de personas" for r in recs)
    said = [i + 1 for i, r in enumerate(recs) if r["tipo_delito"] == "tráfico de personas"]
    kept = rows.loc[said]
    kept = kept.loc[kept["expected_status"] != "quarantine"]
    assert (kept["crime_type"] == "smuggling").all()  # Mexico's word for smuggling


# --------------------------------------------------------------------------------------
# USMA Panama: UTF-16 tab-separated, serials, DMS, mojibake
# --------------------------------------------------------------------------------------
def test_usma_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths[PA].read_bytes()
    assert data.startswith(b"\xff\xfe")
    text = data.decode("utf-16")
    assert text.split("\n", 1)[0].startswith("No. de caso\tFecha del hecho\tTipo de delito\t")
    frame = _csv(paths, PA)
    rows = _rows(truth, paths, PA)
    kept = rows.loc[rows["expected_status"] != "quarantine"].index
    dates = frame.loc[kept, "Fecha del hecho"]
    serial = dates.str.fullmatch(r"4\d{4}")
    assert serial.any()
    read = pd.Timestamp("1899-12-30") + pd.to_timedelta(dates[serial].astype(int), unit="D")
    assert (read.dt.strftime("%Y-%m-%d") == rows.loc[read.index, "event_date"]).all()
    month = dates.str.fullmatch(r"[a-z]+ \d{4}")
    assert (rows.loc[month[month].index, "date_precision"] == "month").all()
    dms = re.compile(r"(\d+)°(\d{2})'(\d{2}\.\d)\"([NS]) (\d+)°(\d{2})'(\d{2}\.\d)\"([EW])")
    coords = frame.loc[kept, "Coordenadas"]
    written = coords[coords != ""]
    assert len(written) > 0
    for i, cell in written.items():
        m = dms.fullmatch(cell)
        assert m, cell
        lat = (int(m[1]) + int(m[2]) / 60 + float(m[3]) / 3600) * (1 if m[4] == "N" else -1)
        lon = (int(m[5]) + int(m[6]) / 60 + float(m[7]) / 3600) * (1 if m[8] == "E" else -1)
        assert abs(lat - float(rows.loc[i, "lat"])) < 1e-5
        assert abs(lon - float(rows.loc[i, "lon"])) < 1e-5
    everything = frame.to_numpy().ravel().tolist()
    assert any("Ã" in str(v) for v in everything)
    assert "EE.UU." in set(frame["País de destino final"])
    sex = frame.loc[kept, "Sexo"]
    assert (rows.loc[sex[sex == "M"].index, "gender"] == "male").all()
    assert (rows.loc[sex[sex == "F"].index, "gender"] == "female").all()
