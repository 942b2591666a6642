"""Profiles of known exports: small look-alike files, then the real exports (realdata)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from trendlib.io import PROFILES, available_profiles, read_records
from trendlib.io.profiles import Profile, stable_refs

GLOTIP_HEADER = (
    "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,"
    "Unit of measurement,txtVALUE,Source\n"
)
ALB = "ALB,Albania,Europe,Southern Europe,"
DV = ALB + "Detected trafficking victims,"
FORM = DV + "by form of exploitation,"
GLOTIP_ROWS = [
    ALB + 'Detected trafficking victims,Total,Total,Total,Total,2019,Counts,"1,192",GLOTIP',
    ALB + "Detected trafficking victims,Total,Total,Female,0 to 17 years,2019,Counts,<5,GLOTIP",
    FORM + "Forced labour,Total,Total,2019,Counts,7,GLOTIP",
    FORM + "Other forms of exploitation,Total,Total,2019,Counts,3,GLOTIP",
    FORM + "Other forms of exploitation,Total,Total,2019,Counts,5,GLOTIP",
    ALB + "Persons convicted,by citizenship,Nationals,Male,Total,2020,Counts,12,GLOTIP",
    ALB + "Persons convicted,by citizenship,Kosovo,Total,Total,2020,Counts,2,GLOTIP",
    ALB + "Persons convicted,by citizenship,Abroad,Total,Total,2020,Counts,2,GLOTIP",
    ",Sark,Europe,Northern Europe,Persons prosecuted,Total,Total,Total,Total,2021,Counts,<5,GLOTIP",
]


def test_registry() -> None:
    assert available_profiles() == ["frontex_ibc", "iom_mmp", "unodc_glotip"]
    assert all(isinstance(p, Profile) for p in PROFILES.values())


def test_stable_refs_number_repeats() -> None:
    refs = stable_refs([pd.Series(["a", "a", None]), pd.Series(["x", "x", "y"])])
    assert refs.tolist() == ["a|x", "a|x#2", "|y"]


def test_glotip_profile_on_lookalike(tmp_path: Path) -> None:
    path = tmp_path / "glotip.csv"
    path.write_text(GLOTIP_HEADER + "\n".join(GLOTIP_ROWS) + "\n", encoding="utf-8")
    raw = read_records(path, profile="unodc_glotip")
    assert len(raw) == len(GLOTIP_ROWS)
    assert raw["breakdown"].tolist() == [
        "total",
        "sex_x_age",
        "form_of_exploitation",
        "form_of_exploitation",
        "form_of_exploitation",
        "citizenship_x_sex",
        "citizenship",
        "citizenship",
        "total",
    ]
    assert raw["indicator"].tolist()[0] == "detected_victims"
    assert raw["indicator"].tolist()[-1] == "persons_prosecuted"
    assert raw["n_persons"].tolist()[:2] == ["1,192", "<5"]
    assert raw["censored"].tolist()[1] == "<5"
    assert raw["censored"].isna().tolist()[:3] == [True, False, True]
    assert raw["exploitation"].tolist()[2] == "Forced labour"
    assert raw["exploitation"].isna().tolist()[0]
    assert raw["nationality"].tolist()[5:7] == ["ALB", "Kosovo"]  # "Nationals" -> the country
    assert raw["nationality"].isna().tolist()[7]  # "Abroad" names no country
    assert raw["detection_country"].tolist()[-1] == "Sark"
    assert raw["event_date"].tolist()[0] == "2019"
    assert raw["gender"].tolist()[1] == "Female"
    assert raw["age_group"].tolist()[1] == "0 to 17 years"
    assert set(raw["crime_type"]) == {"trafficking"}
    assert set(raw["source"]) == {"UNODC GLOTIP"}
    assert raw["source_ref"].is_unique
    assert raw["source_ref"].tolist()[4].endswith("#2")
    # kept under their own headers
    assert {"Country", "Category", "Dimension", "Indicator", "Source"} <= set(raw.columns)


def test_mapping_overrides_profile(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("month,route,type,nat,n\n2020-01,Other,Land,UNK,3\n", encoding="utf-8")
    raw = read_records(path, profile="frontex_ibc", mapping={"route": None}, source="FX")
    assert "route" in raw.columns
    assert "route_label" not in raw.columns
    assert raw.loc[0, "source_ref"] == "2020-01|Other|Land|UNK"
    assert raw.loc[0, "source"] == "FX"


REAL = [
    ("iom_mmp", "iom_mmp/mmp_incidents_2014-01_2025-04.csv", 19_255),
    ("frontex_ibc", "frontex_ibc/frontex_ibc_monthly_route_nat_2009-01_2025-04.csv", 34_273),
    ("unodc_glotip", "unodc_glotip/unodc_glotip_data_2025-04-14.csv", 58_769),
]
KEY_COLUMNS = {
    "iom_mmp": [
        "source_ref",
        "event_date",
        "n_persons",
        "nationality",
        "origin_countries",
        "detection_country",
        "route_label",
        "coordinates",
        "indicator",
        "crime_type",
    ],
    "frontex_ibc": [
        "source_ref",
        "event_date",
        "route_label",
        "transport_mode",
        "nationality",
        "n_persons",
        "indicator",
        "breakdown",
        "crime_type",
    ],
    "unodc_glotip": [
        "source_ref",
        "event_date",
        "detection_country",
        "indicator",
        "breakdown",
        "gender",
        "age_group",
        "n_persons",
        "censored",
        "crime_type",
    ],
}


@pytest.mark.realdata
@pytest.mark.parametrize(("profile", "relative", "n_rows"), REAL)
def test_real_exports(real_data: Path, profile: str, relative: str, n_rows: int) -> None:
    path = real_data / relative
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    raw = read_records(path, profile=profile)
    assert len(raw) == n_rows
    assert raw.attrs["trendlib"]["files"][0]["n_rows"] == n_rows
    assert set(KEY_COLUMNS[profile]) <= set(raw.columns)
    assert raw["source_ref"].is_unique
    assert raw["source_row"].tolist()[:2] == [2, 3]
    assert raw["n_persons"].notna().all()


@pytest.mark.realdata
def test_real_mmp_details(real_data: Path) -> None:
    raw = read_records(real_data / REAL[0][1], profile="iom_mmp")
    assert raw["event_date"].isna().sum() == 13  # blank dates stay blank...
    assert (raw["event_date"] == "0").sum() == 1  # ...and "0" stays "0": the cleaner decides
    multi = raw["origin_countries"].str.contains(",", na=False)
    assert raw.loc[multi, "nationality"].isna().all()
    assert (raw["nationality"] == "Afghanistan").sum() > 4000
    assert set(raw["crime_type"]) == {"unknown"}


@pytest.mark.realdata
def test_real_glotip_breakdowns(real_data: Path) -> None:
    raw = read_records(real_data / REAL[2][1], profile="unodc_glotip")
    assert raw["censored"].eq("<5").sum() == raw["n_persons"].eq("<5").sum()
    assert raw["detection_country"].notna().all()
    assert "total" in set(raw["breakdown"])
