from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trendlib.clean.geo import (
    CoordFix,
    country_at,
    fix_coordinates,
    read_degrees,
    split_coordinates,
)
from trendlib.errors import DataContractError

SPLITS = [
    ("31.650259, -110.366453", "31.650259", "-110.366453"),
    ("37.2832, 27", "37.2832", "27"),
    ("36,52; 15,12", "36.52", "15.12"),
    ("36,52 15,12", "36.52", "15.12"),
    ("36.5,15.1", "36.5", "15.1"),
    ("36.5 15.1", "36.5", "15.1"),
    ("(36.5, 15.1)", "36.5", "15.1"),
    ("[36.5, 15.1]", "36.5", "15.1"),
    ("+36.5, -15.1", "36.5", "-15.1"),
    ("N 36.5 E 15.1", "36.5", "15.1"),
    ("36.5N, 15.1E", "36.5", "15.1"),
    ("36.5 S 15.1 W", "-36.5", "-15.1"),
    ("E 15.1 N 36.5", "36.5", "15.1"),  # longitude first, told by the letters
    ("36°30'N 15°6'E", "36.5", "15.1"),
    ("36°30'36\"N 15°06'00\"W", "36.51", "-15.1"),
    # axis labels: dropped, and a longitude label first reads longitude first
    ("lat. 51,06122 / long. 2,12766", "51.06122", "2.12766"),
    ("Lat: 36.5 Lon: 15.1", "36.5", "15.1"),
    ("long. 2,12766 / lat. 51,06122", "51.06122", "2.12766"),
    ("lng=15.1 lat=36.5", "36.5", "15.1"),
    # well-known text: x (longitude) first
    ("POINT (2.12766 51.06122)", "51.06122", "2.12766"),
    ("SRID=4326;POINT(-77.41991 8.56057)", "8.56057", "-77.41991"),
    # sea-rescue logs: degrees-dash-minutes, the hemisphere after
    ("35-29.6N 012-30.6E", "35.493333", "12.51"),
    ("27-44.6N 017-53.3W", "27.743333", "-17.888333"),
    ("5057.6N 00122.2E", "50.96", "1.37"),  # NMEA widths, zero-padded: 001°22.2'
    ("0059.4N 00030.0W", "0.99", "-0.5"),
]


@pytest.fixture(scope="module")
def splits() -> dict[str, tuple[object, object]]:
    """Every split case read in one call."""
    texts = [case[0] for case in SPLITS]
    lat, lon = split_coordinates(pd.Series(texts))
    return dict(zip(texts, zip(lat, lon, strict=True), strict=True))


@pytest.mark.parametrize(("text", "lat", "lon"), SPLITS)
def test_split(splits: dict[str, tuple[object, object]], text: str, lat: str, lon: str) -> None:
    assert splits[text] == (lat, lon)


def test_split_dash_without_hemisphere_is_no_position() -> None:
    lat, lon = split_coordinates(pd.Series(["36-15", "12-2021"]))  # ranges, not positions
    assert lat.isna().all()
    assert lon.isna().all()


def test_split_empty_wkt_point_is_missing() -> None:
    lat, lon = split_coordinates(pd.Series(["POINT EMPTY"]))
    assert lat.isna().all()
    assert lon.isna().all()


def test_split_unreadable_is_missing() -> None:
    lat, lon = split_coordinates(pd.Series(["nowhere", "36.5", "", "1, 2, 3, 4, 5"]))
    assert lat.isna().all()
    assert lon.isna().all()


def test_split_types_index_and_input_untouched() -> None:
    raw = pd.Series(["36.5, 15.1", None, "36.5, 15.1"], index=[4, 2, 0], name="coordinates")
    before = raw.copy()
    lat, lon = split_coordinates(raw)
    pd.testing.assert_series_equal(raw, before)
    assert lat.tolist() == ["36.5", pd.NA, "36.5"]
    assert lat.index.equals(raw.index)
    assert lon.index.equals(raw.index)
    assert lat.dtype == "string"


def test_fix_rules() -> None:
    lat = pd.Series([36.5, 110.4, 0.0, 95.0, 36.5, np.nan, np.nan, -90.0])
    lon = pd.Series([15.1, 31.6, 0.0, 200.0, np.nan, 15.1, np.nan, 180.0])
    fix = fix_coordinates(lat, lon)
    assert isinstance(fix, CoordFix)
    np.testing.assert_array_equal(
        fix.lat, [36.5, 31.6, np.nan, np.nan, np.nan, np.nan, np.nan, -90]
    )
    np.testing.assert_array_equal(
        fix.lon, [15.1, 110.4, np.nan, np.nan, np.nan, np.nan, np.nan, 180]
    )
    assert fix.rule.tolist() == [
        "coords.ok",
        "coords.swapped",
        "coords.null_island",
        "coords.out_of_range",
        "coords.half_missing",
        "coords.half_missing",
        pd.NA,
        "coords.ok",
    ]
    assert fix.invalid.tolist() == [False, False, False, True, False, False, False, False]
    assert fix.lat.dtype == "float64"
    assert fix.rule.dtype == "string"


def test_fix_reads_text_and_flags_garbage() -> None:
    fix = fix_coordinates(pd.Series(["36,5", "abc", " "]), pd.Series(["15.1", "3", "4"]))
    assert fix.lat.tolist()[0] == 36.5
    assert fix.rule.tolist() == ["coords.ok", "coords.garbage", "coords.half_missing"]
    assert fix.invalid.tolist() == [False, True, False]


def test_fix_index_and_inputs_untouched() -> None:
    lat = pd.Series([110.4, 36.5], index=[7, 3], name="lat")
    lon = pd.Series([31.6, 15.1], index=[7, 3], name="lon")
    before = (lat.copy(), lon.copy())
    fix = fix_coordinates(lat, lon)
    pd.testing.assert_series_equal(lat, before[0])
    pd.testing.assert_series_equal(lon, before[1])
    for part in (fix.lat, fix.lon, fix.rule, fix.invalid):
        assert part.index.equals(lat.index)
    assert (fix.lat.name, fix.lon.name) == ("lat", "lon")


def test_fix_misaligned_is_a_clear_error() -> None:
    with pytest.raises(DataContractError, match="same index"):
        fix_coordinates(pd.Series([1.0]), pd.Series([1.0], index=[5]))


@settings(max_examples=20, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(min_value=-90, max_value=90, allow_nan=False),
            st.floats(min_value=-180, max_value=180, allow_nan=False),
        ).filter(lambda p: p != (0.0, 0.0)),
        max_size=20,
    )
)
def test_valid_pairs_round_trip_and_fix_is_idempotent(pairs: list[tuple[float, float]]) -> None:
    pairs = [(round(a, 6), round(b, 6)) for a, b in pairs]
    pairs = [p for p in pairs if p != (0.0, 0.0)]
    raw = pd.Series([f"{a:.6f}, {b:.6f}" for a, b in pairs], dtype=object)
    lat, lon = split_coordinates(raw)
    fix = fix_coordinates(lat, lon)
    assert fix.lat.tolist() == [a for a, _ in pairs]
    assert fix.lon.tolist() == [b for _, b in pairs]
    again = fix_coordinates(fix.lat, fix.lon)
    pd.testing.assert_series_equal(again.lat, fix.lat)
    pd.testing.assert_series_equal(again.lon, fix.lon)


@pytest.mark.realdata
def test_iom_missing_migrants_coordinates(real_data: Path) -> None:
    path = real_data / "iom_mmp" / "mmp_incidents_2014-01_2025-04.csv"
    raw = pd.read_csv(path, usecols=["Coordinates"], dtype=str)["Coordinates"]
    lat, lon = split_coordinates(raw)
    fix = fix_coordinates(lat, lon)
    assert lat.notna().sum() == raw.notna().sum()
    assert fix.lat.between(-90, 90).sum() == raw.notna().sum()
    assert not fix.invalid.any()


def test_pair_swapped_within_range_is_fixed_by_the_detection_country():
    # Italy written longitude first: (12.6, 35.4) is in the Sahel, (35.4, 12.6) off Lampedusa
    fix = fix_coordinates(
        pd.Series([12.6, 35.4]), pd.Series([35.4, 12.6]), country=pd.Series(["ITA", "ITA"])
    )
    assert fix.lat.tolist() == [35.4, 35.4]
    assert fix.lon.tolist() == [12.6, 12.6]
    assert fix.rule.tolist() == ["coords.swapped_country", "coords.ok"]
    assert not fix.invalid.any()


def test_swapped_pair_on_an_outlying_island_is_fixed():
    # Tenerife written longitude first: ~6,400 km from Spain's outline as written,
    # ~1,100 km swapped (the outline has no Canaries): swapped, 4x nearer and < 1,500 km
    fix = fix_coordinates(pd.Series([-16.7]), pd.Series([28.1]), country=pd.Series(["ESP"]))
    assert (fix.lat.tolist(), fix.lon.tolist()) == ([28.1], [-16.7])
    assert fix.rule.tolist() == ["coords.swapped_country"]


def test_far_pair_whose_swap_is_not_much_nearer_is_kept():
    # (5.0, 40.0) "in Spain" is in Ethiopia; swapped, (40.0, 5.0) is ~150 km off Spain's
    # box, so it is swapped; (-20.0, 20.0) is ~6,000 km away and still ~2,100 km away
    # swapped (off Mauritania): kept as written
    fix = fix_coordinates(
        pd.Series([5.0, -20.0]), pd.Series([40.0, 20.0]), country=pd.Series(["ESP", "ESP"])
    )
    assert fix.rule.tolist() == ["coords.swapped_country", "coords.ok"]
    assert (fix.lat.iloc[1], fix.lon.iloc[1]) == (-20.0, 20.0)


def test_points_near_their_country_are_not_swapped():
    # across the border from the detection country, at sea off its coast, and a pair
    # plausible both ways (Armenia: 40.2, 44.5 vs 44.5, 40.2 are both near it)
    lat = pd.Series([43.0, 35.5, 40.2, 14.6])
    lon = pd.Series([1.0, 12.6, 44.5, -90.5])
    fix = fix_coordinates(lat, lon, country=pd.Series(["ESP", "ITA", "ARM", "GTM"]))
    assert fix.lat.tolist() == lat.tolist()
    assert fix.lon.tolist() == lon.tolist()
    assert fix.rule.tolist() == ["coords.ok"] * 4


def test_unknown_or_missing_country_leaves_the_pair_as_written():
    fix = fix_coordinates(
        pd.Series([12.6, 12.6, 12.6]),
        pd.Series([35.4, 35.4, 35.4]),
        country=pd.Series(["XXX", None, "unknown"], dtype="object"),
    )
    assert fix.lat.tolist() == [12.6] * 3
    assert fix.rule.tolist() == ["coords.ok"] * 3


def test_country_must_align_with_the_pairs():
    with pytest.raises(DataContractError, match="detection country"):
        fix_coordinates(pd.Series([1.0]), pd.Series([2.0]), country=pd.Series(["ITA", "ESP"]))


def test_read_degrees_single_coordinates():
    from trendlib.clean.geo import read_degrees

    raw = pd.Series(["52.47271N", "1.98454 W", "O 77.5", "41°07'10.92\"", "36.5", "n/a", None])
    got = read_degrees(raw)
    assert got.tolist()[:4] == ["52.47271", "-1.98454", "-77.5", "41.119700"]
    assert got.iloc[4:].isna().all()  # plain numbers and placeholders: parse_number's
    assert got.index.equals(raw.index)


def test_clean_records_reads_hemisphere_letters_in_lat_lon_columns():
    from trendlib.clean import clean_records

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17", "2023-05-18", "2023-05-19"],
            "lat": ["52.47271N", "36.5", "41°07'10.92\""],
            "lon": ["1.98454W", "15,1", "26°17'29.83\""],
        },
        dtype="object",
    )
    res = clean_records(raw, today="2026-01-01")
    assert res.records["lat"].round(5).tolist() == [52.47271, 36.5, 41.1197]
    assert res.records["lon"].round(5).tolist() == [-1.98454, 15.1, 26.29162]
    rules = res.audit.loc[res.audit["column"] == "lat", "rule"].astype(str).tolist()
    assert rules == ["number.degrees", "number.degrees"]


def test_read_degrees_odd_input():
    from trendlib.clean.geo import read_degrees

    # numbers (not text), an empty column and text that only looks like a coordinate
    assert read_degrees(pd.Series([36.5, None, 12], dtype=object)).isna().all()
    assert read_degrees(pd.Series([], dtype="string")).empty
    got = read_degrees(pd.Series(["N", "12 N 5", "1e5", "°", "nowhere"]))
    assert got.isna().all()


def test_pairs_split_at_a_dash_between_spaces() -> None:
    lat, lon = split_coordinates(
        pd.Series(["lat. 45,01250 – long. 19,02482", "45.0125 — -9.02", "36.5 - 15.1"])
    )
    assert lat.tolist() == ["45.01250", "45.0125", "36.5"]
    assert lon.tolist() == ["19.02482", "-9.02", "15.1"]
    # a hyphen against a number is its minus sign
    assert split_coordinates(pd.Series(["36.5 -15.1"]))[1].tolist() == ["-15.1"]


def test_gps_degrees_and_minutes_without_marks() -> None:
    # as handheld GPS units show them: hemisphere letter, whole degrees, decimal minutes
    lat, lon = split_coordinates(pd.Series(["N31 27.665 W111 34.971", "N31 75.5 W111 3"]))
    assert lat.tolist()[0] == "31.461083"
    assert lon.tolist()[0] == "-111.58285"
    assert lat.isna().tolist()[1]  # 75 minutes: not a coordinate
    one = read_degrees(pd.Series(["N31 27.665", "W111 34.971", "31 27.665", "N31 61.0"]))
    assert one.tolist()[:2] == ["31.461083", "-111.582850"]
    assert one.isna().tolist()[2:] == [True, True]  # no letter, or minutes past 59


def test_degree_signs_garbled_by_a_wrong_encoding_are_read() -> None:
    # a UTF-8 "°" read as cp1252 is "Â°"
    one = read_degrees(pd.Series(["26Â°24'14.2\"N", "98Â°16'35.9\"O"]))
    assert one.tolist() == ["26.403944", "-98.276639"]
    lat, lon = split_coordinates(pd.Series(["26Â°24'14.2\"N 98Â°16'35.9\"O"]))
    assert (lat.tolist(), lon.tolist()) == (["26.403944"], ["-98.276639"])


def test_degrees_and_minutes_with_the_letter_after() -> None:
    lat, lon = split_coordinates(pd.Series(["35 32.24N 012 33.93E", "35 32.24 012 33.93"]))
    assert lat.tolist()[0] == "35.537333"
    assert lon.tolist()[0] == "12.5655"
    assert lat.isna().tolist()[1]  # no letter at all: could be two counts
    assert read_degrees(pd.Series(["012 33.93E"])).tolist() == ["12.565500"]


def test_split_reads_odk_geopoints_without_altitude_and_accuracy() -> None:
    # KoboToolbox / ODK geopoint: "lat lon altitude accuracy"
    texts = ["35.51185000 12.59975000 20.3 10.4", "-33.1 -70.5 512 5", "51.06122 2.12766 0.0 0.0"]
    lat, lon = split_coordinates(pd.Series(texts))
    assert lat.tolist() == ["35.51185000", "-33.1", "51.06122"]
    assert lon.tolist() == ["12.59975000", "-70.5", "2.12766"]


def test_split_reads_web_map_links_to_a_point() -> None:
    # a border guard's "Location (pin)": links pasted from Google Maps or OpenStreetMap
    texts = [
        "https://maps.google.com/?q=53.46352,23.61391",
        "https://www.google.com/maps/@53.46352,23.61391,15z",
        "https://www.openstreetmap.org/?mlat=53.46&mlon=-23.61#map=15/53.46/-23.61",
        "https://www.openstreetmap.org/#map=15/53.4600/23.6100",
        "geo:-8.5,-77.2",
    ]
    lat, lon = split_coordinates(pd.Series(texts))
    assert lat.tolist() == ["53.46352", "53.46352", "53.46", "53.4600", "-8.5"]
    assert lon.tolist() == ["23.61391", "23.61391", "-23.61", "23.6100", "-77.2"]
    # a link that names no point, or numbers under another parameter, is no point
    other = ["https://maps.app.goo.gl/abc", "https://example.org/page?id=12,13"]
    assert split_coordinates(pd.Series(other))[0].isna().all()


def test_split_leaves_four_counts_alone() -> None:
    lat, lon = split_coordinates(pd.Series(["12 3 4 5", "35.5 12.5 abc 3"]))
    assert lat.isna().all()
    assert lon.isna().all()


def test_nautical_degrees_and_minutes_run_together() -> None:
    # NMEA style "ddmm.mm" / "dddmm.mm" with a hemisphere letter
    lat, lon = split_coordinates(pd.Series(["2805.37N 01525.30W", "4110.61N 02607.78E"]))
    assert lat.astype(float).round(4).tolist() == [28.0895, 41.1768]
    assert lon.astype(float).round(4).tolist() == [-15.4217, 26.1297]
    one = read_degrees(pd.Series(["3554.74N", "00518.35W"])).astype(float).round(4)
    assert one.tolist() == [35.9123, -5.3058]


def test_a_military_grids_compact_degrees_minutes_seconds() -> None:
    # "083338N0772512W": 8°33'38"N 77°25'12"W; a second of 60 or more is no such pair
    lat, lon = split_coordinates(
        pd.Series(["083338N0772512W", "353012N0123602E", "123456N1234567E"])
    )
    assert lat.astype(float).round(6).tolist()[:2] == [8.560556, 35.503333]
    assert lon.astype(float).round(6).tolist()[:2] == [-77.42, 12.600556]
    assert lat.isna().tolist()[2]


def test_a_number_in_range_with_a_letter_is_degrees() -> None:
    lat, lon = split_coordinates(pd.Series(["36.5N 110.4W", "52.47N 1.98W"]))
    assert lat.astype(float).tolist() == [36.5, 52.47]
    assert lon.astype(float).tolist() == [-110.4, -1.98]
    # out of range as degrees, but minutes of 60 or more: not degrees and minutes either
    assert read_degrees(pd.Series(["9575.0N"])).astype(float).tolist() == [9575.0]


def test_country_at_picks_the_outline_holding_the_point_or_the_nearest() -> None:
    assert country_at(51.13, 1.31, ["FRA", "GBR"]) == 1  # Dover
    assert country_at(50.95, 1.86, ["GBR", "FRA"]) == 1  # Calais
    assert country_at(51.05, 1.55, ["FRA", "GBR"]) is not None  # at sea: the nearest


@pytest.mark.parametrize("isos", [[], ["XXX"], ["", "not a code"]])
def test_country_at_without_a_known_outline_says_none(isos: list[str]) -> None:
    assert country_at(51.13, 1.31, isos) is None
