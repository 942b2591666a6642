"""Tests of trendlib.clean.regions: UN M49 regions of ISO alpha-3 codes."""

from __future__ import annotations

import pandas as pd
import pycountry
import pytest

from trendlib.clean.regions import M49_TREE, REGIONS, country_region


@pytest.mark.parametrize(
    ("code", "region", "subregion", "intermediate"),
    [
        ("LBY", "Africa", "Northern Africa", None),
        ("NGA", "Africa", "Sub-Saharan Africa", "Western Africa"),
        ("ERI", "Africa", "Sub-Saharan Africa", "Eastern Africa"),
        ("COD", "Africa", "Sub-Saharan Africa", "Middle Africa"),
        ("ITA", "Europe", "Southern Europe", None),
        ("ROU", "Europe", "Eastern Europe", None),
        ("GBR", "Europe", "Northern Europe", None),
        ("XKX", "Europe", "Southern Europe", None),
        ("TUR", "Asia", "Western Asia", None),
        ("AFG", "Asia", "Southern Asia", None),
        ("VNM", "Asia", "South-eastern Asia", None),
        ("MEX", "Americas", "Latin America and the Caribbean", "Central America"),
        ("HTI", "Americas", "Latin America and the Caribbean", "Caribbean"),
        ("USA", "Americas", "Northern America", None),
        ("AUS", "Oceania", "Australia and New Zealand", None),
        ("NRU", "Oceania", "Micronesia", None),
    ],
)
def test_known_regions(code: str, region: str, subregion: str, intermediate: str | None) -> None:
    row = country_region(pd.Series([code])).iloc[0]
    assert row["region"] == region
    assert row["subregion"] == subregion
    inter = row["intermediate_region"]
    assert (None if pd.isna(inter) else inter) == intermediate


def test_shape_index_dtypes_and_missing() -> None:
    codes = pd.Series(["NGA", None, "ZZZ", "NGA", "ATA"], index=[5, 4, 3, 2, 1])
    before = codes.copy()
    out = country_region(codes)
    pd.testing.assert_series_equal(codes, before)
    assert list(out.columns) == ["region", "subregion", "intermediate_region"]
    assert out.index.equals(codes.index)
    assert (out.dtypes == "string").all()
    assert out["region"].tolist() == ["Africa", pd.NA, pd.NA, "Africa", pd.NA]


def test_every_country_has_a_valid_region() -> None:
    codes = pd.Series([*sorted({c.alpha_3 for c in pycountry.countries} - {"ATA"}), "XKX"])
    out = country_region(codes)
    assert out["region"].notna().all()
    assert out["subregion"].notna().all()
    assert set(out.stack().dropna()) <= set(REGIONS)
    for region, sub in zip(out["region"], out["subregion"], strict=True):
        assert sub in M49_TREE[region]


def test_regions_list() -> None:
    assert len(REGIONS) == len(set(REGIONS))
    expected = {"Africa", "Northern Africa", "Western Africa", "Southern Europe", "Americas"}
    assert expected <= set(REGIONS)


def test_agrees_with_unodc_glotip(real_data) -> None:  # type: ignore[no-untyped-def]
    path = real_data / "unodc_glotip" / "unodc_glotip_data_2025-04-14.csv"
    if not path.exists():
        pytest.skip("GLOTIP file absent")
    ref = pd.read_csv(path, dtype=str, usecols=["Iso3_code", "Region", "Subregion"])
    ref = ref.drop_duplicates().dropna().reset_index(drop=True)
    out = country_region(ref["Iso3_code"])
    assert (out["region"].astype(object) == ref["Region"]).all()
    assert (out["subregion"].astype(object) == ref["Subregion"]).all()
