from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from trendlib.errors import DataContractError, ParameterError
from trendlib.samples import (
    BAD_RATE,
    DUPLICATE_RATE,
    PROFILES,
    TRUTH_COLUMNS,
    TRUTH_ROW_COLUMNS,
    make_messy,
    make_messy_csv,
    make_truth,
    write_samples,
)
from trendlib.schema import QUARANTINE_REASONS, VOCABULARIES

N_EVENTS = 3000  # the default of write_samples
PROFILE = {p.filename: p for p in PROFILES}


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_samples(tmp_path_factory.mktemp("samples"))


@pytest.fixture(scope="module")
def rows(samples: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(samples["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(samples: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(samples["truth_events"], dtype=str, keep_default_na=False, na_values=[""])


_CACHE: dict[Path, pd.DataFrame] = {}


def read_plain(path: Path) -> pd.DataFrame:
    """Read a sample file with plain pandas and the file's stated conventions (cached)."""
    if path not in _CACHE:
        _CACHE[path] = _read(path)
    return _CACHE[path]


def _read(path: Path) -> pd.DataFrame:
    prof = PROFILE[path.name]
    if prof.format == "csv":
        return pd.read_csv(
            path,
            sep=prof.delimiter,
            encoding=prof.encoding,
            dtype=str,
            keep_default_na=False,
            na_values=[""],
        )
    if prof.format == "xlsx":
        return pd.read_excel(path, dtype=object)
    return pd.read_json(path, lines=True, dtype=False, encoding=prof.encoding)


# --- determinism and size ---------------------------------------------------------------


def test_same_seed_same_bytes_different_seed_differs(tmp_path: Path) -> None:
    a = write_samples(tmp_path / "a", seed=3, n_events=200)
    b = write_samples(tmp_path / "b", seed=3, n_events=200)
    for key in a:
        assert a[key].read_bytes() == b[key].read_bytes(), key
    other = make_messy(make_truth(seed=4, n_events=200), seed=4)
    mine = make_messy(make_truth(seed=3, n_events=200), seed=3)
    assert not other[0].frame.equals(mine[0].frame)


def test_make_truth_deterministic_frames() -> None:
    pd.testing.assert_frame_equal(
        make_truth(seed=5, n_events=300), make_truth(seed=5, n_events=300)
    )
    assert not make_truth(seed=5, n_events=300).equals(make_truth(seed=6, n_events=300))


def test_default_set_is_small(samples: dict[str, Path]) -> None:
    total = sum(p.stat().st_size for p in samples.values())
    assert total < 2_000_000
    n_rows = sum(len(read_plain(samples[p.source])) for p in PROFILES)
    assert 3000 <= n_rows <= 6000


def test_truth_columns_and_vocabularies() -> None:
    truth = make_truth(seed=2, n_events=2000)
    assert tuple(truth.columns) == TRUTH_COLUMNS
    assert truth["event_id"].is_unique
    assert truth["event_date"].is_monotonic_increasing
    for col, words in VOCABULARIES.items():
        if col in truth:
            assert set(truth[col].dropna()) <= set(words), col
    smuggling = truth["crime_type"] == "smuggling"
    assert truth.loc[smuggling, "exploitation"].isna().all()
    assert truth.loc[~smuggling, "exploitation"].notna().all()
    assert truth["transit_countries"].dropna().str.fullmatch(r"[A-Z]{3}(\|[A-Z]{3})*").all()
    assert 8 <= truth["corridor"].nunique() <= 12
    assert (truth["n_persons"] >= 1000).any()  # counts that carry thousands separators
    assert truth["linked_offences"].notna().any()


def test_hotspots_are_km_scale() -> None:
    truth = make_truth(seed=0, n_events=2000)
    lampedusa = truth[truth["hotspot"] == "Lampedusa"]
    km = np.hypot(lampedusa["lat"] - 35.5, (lampedusa["lon"] - 12.6) * np.cos(np.radians(35.5)))
    assert (km * 111 < 30).mean() > 0.95


# --- trends -----------------------------------------------------------------------------


def monthly(truth: pd.DataFrame, corridor: str) -> pd.Series:
    dates = pd.to_datetime(truth.loc[truth["corridor"] == corridor, "event_date"])
    months = pd.period_range("2021-01", periods=36, freq="M")
    return dates.dt.to_period("M").value_counts().reindex(months, fill_value=0)


def test_emerging_corridor_absent_early_then_growing(truth: pd.DataFrame) -> None:
    series = monthly(truth, "blr_pol")
    assert series.iloc[:24].sum() == 0
    assert series.iloc[24:].sum() > 0
    assert series.iloc[30:].sum() > 1.5 * series.iloc[24:30].sum()


def test_declining_corridor_declines(truth: pd.DataFrame) -> None:
    series = monthly(truth, "wbal")
    assert series.iloc[:12].sum() > 2 * series.iloc[24:].sum()
    assert series.iloc[:12].sum() > series.iloc[12:24].sum() > series.iloc[24:].sum()


def test_sea_routes_peak_in_summer(truth: pd.DataFrame) -> None:
    series = monthly(truth, "cmed")
    summer = series[series.index.month.isin([6, 7, 8, 9])].mean()
    winter = series[series.index.month.isin([12, 1, 2, 3])].mean()
    assert summer > 1.5 * winter


# --- row accounting ---------------------------------------------------------------------


def test_truth_rows_cover_every_written_row_once(
    samples: dict[str, Path], rows: pd.DataFrame
) -> None:
    assert tuple(rows.columns) == TRUTH_ROW_COLUMNS
    assert not rows.duplicated(["source_file", "source_row"]).any()
    for prof in PROFILES:
        frame = read_plain(samples[prof.source])
        mine = rows[rows["source_file"] == prof.filename]
        first = 1 if prof.format == "jsonl" else 2
        assert sorted(mine["source_row"].astype(int)) == list(range(first, first + len(frame)))


def test_every_event_is_first_reported_once(truth: pd.DataFrame, rows: pd.DataFrame) -> None:
    first = rows[
        rows["expected_status"].eq("record")
        | rows["expected_reason"].isin(list(QUARANTINE_REASONS))
    ]
    first = first[first["event_id"].notna()]
    assert first["event_id"].is_unique
    assert set(first["event_id"]) == set(truth["event_id"])


def test_source_refs_match_the_file(samples: dict[str, Path], rows: pd.DataFrame) -> None:
    for prof in PROFILES:
        frame = read_plain(samples[prof.source])
        mine = rows[rows["source_file"] == prof.filename].sort_values(
            "source_row", key=lambda s: s.astype(int)
        )
        if "source_ref" in prof.headers:
            written = frame[prof.headers["source_ref"]].astype("string").fillna("")
            assert written.tolist() == mine["source_ref"].fillna("").tolist()
        else:
            assert mine["source_ref"].tolist() == mine["source_row"].tolist()


# --- duplicates and bad rows ------------------------------------------------------------


def test_cross_source_duplicates_at_stated_rate(rows: pd.DataFrame) -> None:
    dups = rows[rows["expected_reason"] == "cross_source"]
    assert len(dups) == round(DUPLICATE_RATE * N_EVENTS)
    keyed = rows.assign(key=rows["source_file"] + ":" + rows["source_row"])
    target = keyed.set_index("key").loc[dups["duplicate_of"]]
    assert (target["expected_status"] == "record").all()
    assert (target["event_id"].to_numpy() == dups["event_id"].to_numpy()).all()
    assert (target["source_file"].to_numpy() != dups["source_file"].to_numpy()).all()
    gap = (
        pd.to_datetime(dups["event_date"]).to_numpy()
        - pd.to_datetime(target["event_date"]).to_numpy()
    )
    partial = dups["date_precision"].ne("day").to_numpy()
    assert (np.abs(gap[~partial]) <= np.timedelta64(1, "D")).all()
    same = ["n_persons", "nationality", "detection_country"]
    for col in same:
        both = dups[col].notna().to_numpy() & target[col].notna().to_numpy()
        assert (dups[col].to_numpy()[both] == target[col].to_numpy()[both]).all(), col


def test_exact_repeats_are_identical_lines(samples: dict[str, Path], rows: pd.DataFrame) -> None:
    reps = rows[rows["expected_reason"] == "exact_repeat"]
    assert len(reps) >= 3
    for _, rep in reps.iterrows():
        prof = PROFILE[rep["source_file"]]
        lines = samples[prof.source].read_text(encoding=prof.encoding).splitlines()
        original = int(rep["duplicate_of"].split(":")[1])
        assert lines[int(rep["source_row"]) - 1] == lines[original - 1]


def test_every_bad_row_listed_with_a_reason(samples: dict[str, Path], rows: pd.DataFrame) -> None:
    bad = rows[rows["expected_status"] == "quarantine"]
    assert set(bad["expected_reason"]) <= set(QUARANTINE_REASONS)
    assert len(bad) == round(BAD_RATE * N_EVENTS)
    assert {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "empty_row",
        "no_content",
    } <= set(bad["expected_reason"])
    for prof in PROFILES:
        frame = read_plain(samples[prof.source])
        first = 1 if prof.format == "jsonl" else 2
        mine = bad[bad["source_file"] == prof.filename]
        for _, row in mine.iterrows():
            cells = frame.iloc[int(row["source_row"]) - first]
            date = cells[prof.headers["event_date"]]
            persons = cells[prof.headers["n_persons"]]
            reason = row["expected_reason"]
            if reason == "empty_row":
                assert cells.isna().all()
            elif reason == "no_date":
                assert pd.isna(date)
            elif reason == "bad_date":
                assert "31" in str(date) or str(date) == "TOTAL"
            elif reason == "future_date":
                assert pd.to_datetime(str(date), dayfirst=True) > pd.Timestamp("2200-01-01")
            elif reason == "negative_count":
                assert str(persons).startswith("-")
            elif reason == "bad_count":
                assert not any(ch.isdigit() for ch in str(persons))
            elif reason == "no_content":
                assert cells.notna().sum() == 2  # the date and the note


def test_clean_rows_expect_the_true_values(truth: pd.DataFrame, rows: pd.DataFrame) -> None:
    clean = rows[(rows["expected_status"] == "record") & rows["messiness"].isna()]
    assert len(clean) > 50
    merged = clean.merge(truth, on="event_id", suffixes=("", "_true"))
    for col in (
        "crime_type",
        "nationality",
        "origin_country",
        "detection_country",
        "transport_mode",
        "n_persons",
        "event_date",
    ):
        assert (merged[col].fillna("") == merged[f"{col}_true"].fillna("")).all(), col


def test_expected_values_meet_the_record_contract(rows: pd.DataFrame) -> None:
    recs = rows[rows["expected_status"] != "quarantine"]
    for col, words in VOCABULARIES.items():
        assert set(recs[col].dropna()) <= set(words), col
    for col in ("gender", "age_group", "transport_mode", "crime_type", "event_date"):
        assert recs[col].notna().all(), col
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        assert recs[col].dropna().str.fullmatch(r"[A-Z]{3}").all(), col
    assert recs["transit_countries"].dropna().str.fullmatch(r"[A-Z]{3}(\|[A-Z]{3})*").all()
    assert recs["lat"].dropna().astype(float).between(-90, 90).all()
    smuggling = recs["crime_type"] == "smuggling"
    assert recs.loc[smuggling, "exploitation"].isna().all()
    assert recs.loc[~smuggling, "exploitation"].notna().all()
    assert set(recs["date_precision"]) == {"day", "month", "quarter"}
    bad = rows[rows["expected_status"] == "quarantine"]
    assert bad[["crime_type", "event_date", "n_persons"]].isna().all().all()


# --- encodings, delimiters, headers -----------------------------------------------------


def test_files_use_their_stated_encoding_and_delimiter(samples: dict[str, Path]) -> None:
    fr = samples["police_fr"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        fr.decode("utf-8")
    header = fr.decode("cp1252").splitlines()[0]
    assert header.split(";")[:2] == ["Référence", "Date de détection"]
    uk = samples["border_force_uk"].read_bytes()
    assert uk.startswith(b"\xef\xbb\xbf")
    for prof in PROFILES:
        frame = read_plain(samples[prof.source])
        assert list(frame.columns) == list(prof.headers.values()), prof.source
    hub = samples["regional_hub"].read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in hub)
    es = read_plain(samples["guardia_civil_es"])
    assert es["Fecha"].map(lambda v: hasattr(v, "year")).mean() > 0.5  # real Excel dates


def test_messiness_planted(rows: pd.DataFrame, samples: dict[str, Path]) -> None:
    tags = rows["messiness"].dropna().str.split(";").explode().str.split(":").str[0]
    counts = tags.value_counts()
    for tag in (
        "typo",
        "mojibake",
        "case",
        "empty",
        "unknown",
        "iso2",
        "alias",
        "coords_swapped",
        "coords_out_of_range",
        "thousands",
        "partial_date",
    ):
        assert counts.get(tag, 0) > 0, tag
    fr = read_plain(samples["police_fr"])
    assert fr["Latitude"].dropna().str.contains(",").mean() > 0.95  # decimal comma
    text = samples["police_fr"].read_bytes().decode("cp1252")
    assert "Ã" in text  # mojibake survives in the cp1252 file
    hub = read_plain(samples["regional_hub"])
    assert hub["date"].dropna().str.fullmatch(r"Q\d \d{4}").any()


# --- identifiers and networks -----------------------------------------------------------


def test_identifiers_and_networks_span_countries(
    samples: dict[str, Path], rows: pd.DataFrame
) -> None:
    ents = pd.read_csv(samples["truth_entities"], dtype=str, keep_default_na=False, na_values=[""])
    assert set(ents["kind"]) == {
        "suspect_names",
        "phones",
        "documents",
        "vehicles",
        "accounts",
        "emails",
    }
    where = ents.merge(rows, on=["source_file", "source_row"])
    countries = (
        where.dropna(subset=["network_id"]).groupby("network_id")["detection_country"].nunique()
    )
    assert (countries >= 2).sum() >= 3
    # Same person written in more than one way, and the raw strings are in the files.
    variants = ents.dropna(subset=["network_id"]).groupby("entity_id")["raw"].nunique()
    assert (variants >= 3).any()
    for prof in PROFILES:
        if not prof.has_ids:
            continue
        frame = read_plain(samples[prof.source])
        mine = ents[ents["source_file"] == prof.filename].head(200)
        for _, ent in mine.iterrows():
            cell = frame.iloc[int(ent["source_row"]) - 2][prof.headers[ent["column"]]]
            assert ent["raw"] in str(cell).split("|")
    nets = pd.read_csv(samples["truth_networks"], dtype=str)
    assert set(nets["network_id"]) >= set(ents["network_id"].dropna())


# --- benchmark file and errors ----------------------------------------------------------


def test_make_messy_csv_small(tmp_path: Path) -> None:
    a = make_messy_csv(tmp_path / "a.csv", n_rows=3000, seed=1)
    b = make_messy_csv(tmp_path / "b.csv", n_rows=3000, seed=1)
    assert a.read_bytes() == b.read_bytes()
    frame = pd.read_csv(a, sep=";", dtype=str, encoding="utf-8")
    assert len(frame) == 3000
    assert frame["Date"].isna().any()
    assert frame["Crime type"].str.contains("trafic|tráfico|smuggling", case=False).any()


def test_bad_parameters() -> None:
    with pytest.raises(ParameterError, match="months"):
        make_truth(months=2)
    with pytest.raises(ParameterError, match="start"):
        make_truth(start="not a date")
    with pytest.raises(DataContractError, match="make_truth"):
        make_messy(pd.DataFrame({"a": [1]}))


# --- held-out variant ----------------------------------------------------------------------


def test_unseen_variant_writes_the_same_events_differently(tmp_path: Path) -> None:
    truth = make_truth(seed=2, n_events=300)
    default = make_messy(truth, seed=2)
    unseen = make_messy(truth, seed=2, variant="unseen")
    assert [s.source for s in unseen] == [s.source for s in default]
    assert {s.filename for s in unseen}.isdisjoint({s.filename for s in default})
    for a, b in zip(default, unseen, strict=True):
        assert set(a.frame.columns).isdisjoint(b.frame.columns) or a.source == "regional_hub"
        assert (a.format, a.encoding, a.delimiter) != (b.format, b.encoding, b.delimiter)
    events = {e for s in unseen for e in s.expected["event_id"].dropna()}
    assert events == {e for s in default for e in s.expected["event_id"].dropna()}
    paths = write_samples(tmp_path, n_events=300, seed=2, variant="unseen")
    assert paths["police_fr"].name == "police_fr_b.csv"
    assert "Nombre de victimes" in paths["police_fr"].read_text(encoding="latin-1")


def test_unknown_variant_is_a_parameter_error() -> None:
    with pytest.raises(ParameterError, match="variant"):
        make_messy(make_truth(seed=1, n_events=50), variant="other")
