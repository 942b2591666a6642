"""The fifteenth examiner's sample set (``blind15``, files ``*_q.*``).

``blind15`` is held out: it was written without looking at the cleaner's tables, and
the lead scores the cleaner on it once, outside these tests. These tests only check
that the files and their ground truth are what the set promises (every row read,
every value the truth expects readable from what the row says, the planted messiness
present); they never clean the files.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests._blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import VARIANTS
from trendlib.samples._blind15 import BLIND15_SOURCES

SEED = 15
N_EVENTS = 1500
SMALL_SEED = 151
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND15_SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: seconds and thousandths of a minute are finer than this


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The blind15 files of the main seed."""
    return write(tmp_path_factory, "blind15", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The blind15 files of a second, smaller seed."""
    return write(tmp_path_factory, "blind15", seed=SMALL_SEED, n_events=SMALL_EVENTS)


def test_variant_is_registered() -> None:
    assert "blind15" in VARIANTS
    assert VARIANTS["blind15"] == ()


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_q", n_events=N_EVENTS)


def test_files_and_truth_second_seed(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_q", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_read_loses_no_row_second_seed(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, "blind15", seed=SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_expected_values_second_seed(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_files_have_their_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    pdi = paths["pdi_chile_q"].read_bytes()
    assert not pdi.startswith(b"\xef\xbb\xbf")
    head = pdi.split(b"\n")[0].decode("latin-1")
    assert head.startswith("N° Parte;Fecha del procedimiento;")
    tcg = paths["sahil_guvenlik_q"].read_bytes()
    assert tcg.startswith(b"\xef\xbb\xbfIncident No,Incident date,")
    osce = paths["osce_modele_q"].read_bytes()
    assert osce.split(b"\r\n")[0].decode("cp1252").split("\t")[:2] == [
        "N° de dossier",
        "Date des faits",
    ]
    first = paths["coe_greta_q"].read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith('{"identifiant":')
    book = pd.read_excel(paths["psp_portugal_q"], dtype=object)
    assert list(book.columns[:2]) == ["NUIPC", "Date of occurrence"]


def test_planted_messiness(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for tag in (
        "partial_month",
        "partial_quarter",
        "count_placeholder",
        "zero_word",
        "na_word",
        "coords_dms",
        "coords_dm",
        "coords_placeholder",
        "coords_missing",
        "decimal_comma",
        "typo",
        "mojibake",
        "thousands",
        "blank_gender",
        "blank_nationality",
    ):
        assert tags.str.contains(tag).any(), tag


def test_agency_wording_in_cells(paths: dict[str, Path]) -> None:
    pdi = pd.read_csv(paths["pdi_chile_q"], sep=";", encoding="latin-1", dtype=str)
    assert pdi["Delito"].str.contains("411", na=False).any()
    assert pdi["Latitud"].str.contains(",", regex=False, na=False).mean() > 0.5
    assert pdi["Nacionalidad"].isin(["venezolano", "haitiano", "colombiano"]).any()
    tcg = pd.read_csv(paths["sahil_guvenlik_q"], encoding="utf-8-sig", dtype=str)
    assert tcg["Position"].str.contains("°", regex=False, na=False).mean() > 0.5
    osce = pd.read_csv(paths["osce_modele_q"], sep="\t", encoding="cp1252", dtype=str)
    assert osce["Qualification"].str.contains("CESEDA|C. pén.", na=False).any()
    greta = pd.read_json(paths["coe_greta_q"], lines=True, dtype=False)
    assert greta["itineraire_transit"].str.contains(" > ", regex=False, na=False).any()


def test_dms_coordinates_read_back(paths: dict[str, Path]) -> None:
    """A degrees-minutes-seconds cell is the point the truth expects."""
    truth = _truth(paths)
    file = paths["pdi_chile_q"].name
    rows = truth.loc[(truth["source_file"] == file) & tags_of(truth).str.contains("coords_dms")]
    pdi = pd.read_csv(paths["pdi_chile_q"], sep=";", encoding="latin-1", dtype=str)
    pattern = r"(\d+)°(\d+)'(\d+)\" ([NSEO])"
    assert len(rows) > 0
    written = pdi.iloc[rows["source_row"].astype(int).to_numpy() - 2]
    for col, field in (("Latitud", "lat"), ("Longitud", "lon")):
        parts = written[col].str.extract(pattern)
        sign = parts[3].isin(["S", "O"]).map({True: -1.0, False: 1.0}).to_numpy()
        value = (
            parts[0].astype(int) + parts[1].astype(int) / 60 + parts[2].astype(int) / 3600
        ).to_numpy() * sign
        want = rows[field].astype(float).to_numpy()
        assert (abs(value - want) < 1e-6).all(), col
