"""The ``blind210`` examiner set (files ``*_hd.*``): files, truth and each agency's habits.

None of these tests cleans or scores: they check what the set promises (the files, the
truth's description of every row, and that the bytes really carry each agency's quirks).
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
    tags_of,
    write,
)
from openpyxl import load_workbook

VARIANT = "blind210"
SEED = 210
N_EVENTS = 1500
SMALL_SEED = 2101
SMALL_EVENTS = 400
SOURCES = ("fundaredes", "eurogendfor", "gadem", "mare_liberum", "maplecroft")
FILES = {
    "fundaredes": "fundaredes_hd.xlsx",
    "eurogendfor": "eurogendfor_hd.csv",
    "gadem": "gadem_hd.csv",
    "mare_liberum": "mare_liberum_hd.csv",
    "maplecroft": "maplecroft_hd.jsonl",
}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The truth rows of one file, indexed by their row number."""
    truth = _truth(paths)
    mine = truth.loc[truth["source_file"] == FILES[source]].copy()
    return mine.set_index(mine["source_row"].astype(int))


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV file's cells as text, indexed by the row number a person counts (header = 1)."""
    frame = pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)
    frame.index = range(2, 2 + len(frame))
    return frame


def _kept(rows: pd.DataFrame) -> pd.Series:
    return rows["expected_status"].ne("quarantine")


# --------------------------------------------------------------------------------------
# The set as a whole
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_hd", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_hd", n_events=SMALL_EVENTS)
    truth = _truth(small)
    for name in FILES.values():  # every agency reports events at this size too
        assert truth.loc[truth["source_file"] == name, "expected_status"].eq("record").any()


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), ("transit_countries",), tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_fields_each_agency_gives(paths: dict[str, Path]) -> None:
    """An agency's columns give the event's values; a column it never keeps gives none."""
    truth = _truth(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    monitor = ok["source_file"].eq(FILES["mare_liberum"])
    assert (ok.loc[monitor, "crime_type"] == "unknown").all()
    cols = ["exploitation", "n_suspects", "origin_country", "destination_country"]
    assert ok.loc[monitor, [*cols, "linked_offences"]].isna().all().all()
    others = ~monitor
    for col in ("crime_type", "linked_offences"):
        assert ok.loc[others, col].equals(ev.loc[others, col]), col
    for col in ("origin_country", "destination_country", "exploitation"):
        unknown = tags.str.contains(f"unknown:{col}")
        same = others & ~unknown
        assert ok.loc[same, col].equals(ev.loc[same, col]), col
        said = ok.loc[others & unknown, col]
        assert (said == "unknown").all() if col == "exploitation" else said.isna().all(), col


def test_each_agency_has_its_habits(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    by_file = {s: tags[truth["source_file"] == f] for s, f in FILES.items()}

    def share(source: str, tag: str) -> float:
        return float(by_file[source].str.contains(tag, regex=False).mean())

    assert share("gadem", "mojibake:") > 0
    assert all(share(s, "mojibake:") == 0 for s in SOURCES if s != "gadem")
    assert share("mare_liberum", "coords_ddm") > 0.8
    assert share("eurogendfor", "dtg_date") > 0.7
    assert share("fundaredes", "demonym:nationality") > 0.5
    assert share("mare_liberum", "demonym:nationality") > 0.5
    assert share("gadem", "place:detection_country") > 0.3
    assert share("maplecroft", "numeric:origin_country") > 0.8
    assert share("mare_liberum", "blank_n_suspects") > 0.95
    assert share("mare_liberum", "count_note") > 0
    assert share("eurogendfor", "coords_hemisphere") > 0.8
    precision = truth.groupby("source_file")["date_precision"].agg(lambda s: set(s.dropna()))
    assert precision[FILES["gadem"]] == {"day", "month", "quarter"}
    assert precision[FILES["maplecroft"]] == {"day", "month", "quarter"}
    assert precision[FILES["eurogendfor"]] == {"day"}  # a date-time group gives the day


# --------------------------------------------------------------------------------------
# The bytes
# --------------------------------------------------------------------------------------
def test_fundaredes_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["fundaredes"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("N° de registro", "Fecha del evento", "Tipo de delito")
    assert "Grupo etario" in header
    assert "Países de tránsito" in header
    frame = pd.DataFrame(rows[1:], columns=header)
    frame.index = range(2, 2 + len(frame))
    dates = frame["Fecha del evento"].dropna()
    real = dates.map(lambda v: hasattr(v, "year"))
    assert real.mean() > 0.7  # real Excel dates, a few typed as text
    text = dates[~real].astype(str)
    assert text.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert text.str.fullmatch(r"[a-z]+ (de )?20\d\d").any()
    nat = frame["Nacionalidad"].dropna().astype(str).str.lower()
    assert nat.str.fullmatch(r"venezolan[oa]s?").mean() > 0.3
    assert (frame["Grupo etario"] == "NNA").any()
    assert frame["Personas (total)"].map(lambda v: isinstance(v, int)).mean() > 0.9
    # a demonym gives its country; "NNA" children
    rows_truth = _rows(paths, "fundaredes")
    both = rows_truth.join(frame, how="inner")
    kept = both.loc[_kept(both)]
    ven = kept["Nacionalidad"].astype(str).str.lower().str.fullmatch(r"venezolan[oa]s?")
    assert (kept.loc[ven, "nationality"] == "VEN").all()
    assert (kept.loc[kept["Grupo etario"] == "NNA", "age_group"] == "child").all()
    si = kept["Personas (total)"].astype(str).eq("s/i")
    assert kept.loc[si, "n_persons"].isna().all()


def test_eurogendfor_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["eurogendfor"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with a BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["SITREP ref", "Date/Time (DTG)", "Contributing force"]
    assert "Żandarmeria Wojskowa" in text
    frame = _csv(paths["eurogendfor"], "utf-16", "\t")
    dated = frame["Date/Time (DTG)"].loc[lambda s: s != ""]
    assert dated.str.fullmatch(r"\d{6}Z[A-Z]{3}\d\d").mean() > 0.7
    assert set(frame["MS of detection"]) <= {"IT", "FR", "PL", "ES", ""}
    pos = frame["Position"].loc[lambda s: s != ""]
    assert pos.str.fullmatch(r"\d\d\.\d{4}[NS] \d{3}\.\d{4}[EW]").all()
    assert (frame["Suspects apprehended"] == "NIL").any()
    rows = _rows(paths, "eurogendfor")
    both = rows.join(frame, how="inner")
    kept = both.loc[_kept(both) & both["Position"].ne("")]
    for _, row in kept.iterrows():  # a few hundred rows
        m = re.fullmatch(r"([\d.]+)([NS]) ([\d.]+)([EW])", row["Position"])
        assert m is not None
        lat = float(m[1]) * (1 if m[2] == "N" else -1)
        lon = float(m[3]) * (1 if m[4] == "E" else -1)
        assert abs(lat - float(row["lat"])) < 1e-9
        assert abs(lon - float(row["lon"])) < 1e-9
    dtg = both.loc[_kept(both)]
    dtg = dtg.loc[dtg["Date/Time (DTG)"].str.fullmatch(r"\d{6}Z[A-Z]{3}\d\d")]
    day = pd.to_datetime(dtg["event_date"])
    assert (day.dt.day == dtg["Date/Time (DTG)"].str[:2].astype(int)).all()
    assert (day.dt.year % 100 == dtg["Date/Time (DTG)"].str[-2:].astype(int)).all()
    spain = both.loc[_kept(both) & both["MS of detection"].eq("ES"), "detection_country"]
    assert (spain == "ESP").all()
    assert len(spain) > 0


def test_gadem_french_excel(paths: dict[str, Path]) -> None:
    raw = paths["gadem"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    assert b"\xa0" in raw
    text = raw.decode("cp1252")
    assert text.splitlines()[0].split(";")[:2] == ["N° fiche", "Date des faits"]
    assert "Ã©" in text  # names pasted from a UTF-8 form and saved again
    frame = _csv(paths["gadem"], "cp1252", ";")
    assert frame["Date des faits"].str.fullmatch(r"T[1-4] 20\d\d").any()
    assert frame["Date des faits"].str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.7
    coords = frame["Coordonnées (lat / long)"].loc[lambda s: s != ""]
    assert coords.str.fullmatch(r"-?\d+,\d{4} / -?\d+,\d{4}").all()
    rows = _rows(paths, "gadem")
    both = rows.join(frame, how="inner")
    kept = both.loc[_kept(both)]
    place = kept["Lieu d'arrivée / d'interception"]
    enclave = kept.loc[place.isin(["Sebta", "Ceuta", "Melilla", "Canaries", "Îles Canaries"])]
    assert len(enclave) > 50
    assert (enclave["detection_country"] == "ESP").all()
    garbled = kept["Nationalité"].str.contains("Ã")
    assert (kept.loc[garbled, "nationality"].notna()).all()
    assert garbled.any()
    vague = kept["Nationalité"].str.lower().str.startswith("subsaharien")
    assert kept.loc[vague, "nationality"].isna().all()
    quarter = kept["Date des faits"].str.fullmatch(r"T[1-4] 20\d\d")
    assert (kept.loc[quarter, "date_precision"] == "quarter").all()
    first = pd.to_datetime(kept.loc[quarter, "event_date"])
    assert ((first.dt.month - 1) % 3 == 0).all()
    assert (first.dt.day == 1).all()


def test_mare_liberum_sheet(paths: dict[str, Path]) -> None:
    raw = paths["mare_liberum"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths["mare_liberum"], "utf-8", ",")
    assert "Offence" not in " ".join(frame.columns)  # no crime type, suspects or offences
    assert frame["Date of incident"].str.fullmatch(r"\d\d\.\d\d\.20\d\d").mean() > 0.8
    assert frame["No. of people"].str.contains("(incl.", regex=False).any()
    rows = _rows(paths, "mare_liberum")
    both = rows.join(frame, how="inner")
    kept = both.loc[_kept(both) & both["Last known position"].ne("")]
    ddm = r"(\d+)°(\d\d\.\d{3})'([NS]), (\d+)°(\d\d\.\d{3})'([EW])"
    assert kept["Last known position"].str.fullmatch(ddm).all()
    for _, row in kept.iterrows():  # about a hundred and fifty rows
        m = re.fullmatch(ddm, row["Last known position"])
        assert m is not None
        lat = (int(m[1]) + float(m[2]) / 60) * (1 if m[3] == "N" else -1)
        lon = (int(m[4]) + float(m[5]) / 60) * (1 if m[6] == "E" else -1)
        assert abs(lat - float(row["lat"])) < 1e-9
        assert abs(lon - float(row["lon"])) < 1e-9
    noted = kept.loc[kept["No. of people"].str.contains("(incl.", regex=False)]
    lead = noted["No. of people"].str.extract(r"^(\d+)")[0]
    assert (lead == noted["n_persons"]).all()


def test_maplecroft_feed(paths: dict[str, Path]) -> None:
    lines = paths["maplecroft"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    keys = set(records[0])
    assert {"incident_id", "incident_date", "country_iso2", "origin_m49"} <= keys
    events = [r for r in records if r["incident_id"] != "SUMMARY"]
    assert all(r["country_iso2"] is None or len(r["country_iso2"]) == 2 for r in events)
    m49 = [r["origin_m49"] for r in events if r["origin_m49"] is not None]
    assert all(re.fullmatch(r"\d{3}", str(v)) for v in m49)
    assert all(isinstance(r["transit_iso3"], list) for r in events)
    dates = pd.Series([r["incident_date"] for r in events], dtype=object).dropna().astype(str)
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    assert dates.str.fullmatch(r"20\d\d-Q[1-4]").any()
    assert any(r["incident_id"] == "SUMMARY" for r in records)  # the feed's summary line
    rows = _rows(paths, "maplecroft")
    for row_no, rec in enumerate(records, start=1):
        exp = rows.loc[row_no]
        if exp["expected_status"] == "quarantine" or rec["transit_iso3"] is None:
            continue
        said = "|".join(rec["transit_iso3"]) or None
        assert said == (None if pd.isna(exp["transit_countries"]) else exp["transit_countries"])
