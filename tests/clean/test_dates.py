from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trendlib.clean.dates import ParsedDates, infer_dayfirst, parse_dates
from trendlib.errors import ParameterError
from trendlib.schema import DATE_PRECISIONS

TODAY = pd.Timestamp("2025-01-01")

FORMATS = [
    ("2023-05-17", "2023-05-17", "date.iso", "day"),
    ("2023-5-7", "2023-05-07", "date.iso", "day"),
    ("2023-05-17 00:00:00", "2023-05-17", "date.iso", "day"),
    ("2023-05-17T10:00:00Z", "2023-05-17", "date.iso", "day"),
    ("2023-05-17T10:00:00+02:00", "2023-05-17", "date.iso", "day"),
    ("  2023-05-17 ", "2023-05-17", "date.iso", "day"),
    ("17/05/2023", "2023-05-17", "date.dayfirst", "day"),
    ("17.05.2023", "2023-05-17", "date.dayfirst", "day"),
    ("17-05-2023", "2023-05-17", "date.dayfirst", "day"),
    ("17/05/23", "2023-05-17", "date.dayfirst", "day"),
    ("17/05/2023 10:30", "2023-05-17", "date.dayfirst", "day"),
    ("2023/05/17", "2023-05-17", "date.ymd", "day"),
    ("2023.05.17", "2023-05-17", "date.ymd", "day"),
    ("20230517", "2023-05-17", "date.compact", "day"),
    ("17 May 2023", "2023-05-17", "date.text_en", "day"),
    ("17-May-2023", "2023-05-17", "date.text_en", "day"),
    ("May 17, 2023", "2023-05-17", "date.text_en", "day"),
    ("Wednesday, 17 May 2023", "2023-05-17", "date.text_en", "day"),
    ("1st May 2023", "2023-05-01", "date.text_en", "day"),
    ("17 Sept 2023", "2023-09-17", "date.text_en", "day"),
    ("17 mai 2023", "2023-05-17", "date.text_fr", "day"),
    ("1er mars 2023", "2023-03-01", "date.text_fr", "day"),
    ("3 févr. 2023", "2023-02-03", "date.text_fr", "day"),
    ("3 FÉVRIER 2023", "2023-02-03", "date.text_fr", "day"),
    ("15 août 2023", "2023-08-15", "date.text_fr", "day"),
    ("17 de mayo de 2023", "2023-05-17", "date.text_es", "day"),
    ("5 ene 2023", "2023-01-05", "date.text_es", "day"),
    ("5 dic. 2023", "2023-12-05", "date.text_es", "day"),
    ("1º de enero de 2023", "2023-01-01", "date.text_es", "day"),
    ("2023-05", "2023-05-01", "date.month", "month"),
    ("05/2023", "2023-05-01", "date.month", "month"),
    ("202305", "2023-05-01", "date.month", "month"),
    ("mai 2023", "2023-05-01", "date.month", "month"),
    ("May 2023", "2023-05-01", "date.month", "month"),
    ("mayo de 2023", "2023-05-01", "date.month", "month"),
    ("Q2 2023", "2023-04-01", "date.quarter", "quarter"),
    ("q4-2023", "2023-10-01", "date.quarter", "quarter"),
    ("2023-Q2", "2023-04-01", "date.quarter", "quarter"),
    ("2023Q2", "2023-04-01", "date.quarter", "quarter"),
    ("T2 2023", "2023-04-01", "date.quarter", "quarter"),
    ("2T 2023", "2023-04-01", "date.quarter", "quarter"),
    ("2º trimestre 2023", "2023-04-01", "date.quarter", "quarter"),
    ("1er trimestre 2023", "2023-01-01", "date.quarter", "quarter"),
    ("3e trimestre 2023", "2023-07-01", "date.quarter", "quarter"),
    ("2nd quarter 2023", "2023-04-01", "date.quarter", "quarter"),
    ("2023", "2023-01-01", "date.year", "year"),
    ("2023.0", "2023-01-01", "date.year", "year"),
    ("45063", "2023-05-17", "date.excel_serial", "day"),
    ("45063.0", "2023-05-17", "date.excel_serial", "day"),
    ("30000", "1982-02-18", "date.excel_serial", "day"),
]
INVALID = [
    ("abc", "date.unparseable"),
    ("0", "date.unparseable"),
    ("17/05", "date.unparseable"),
    ("31/02/2023", "date.impossible"),
    ("29/02/2023", "date.impossible"),
    ("2023-13-01", "date.impossible"),
    ("2023-13", "date.impossible"),
    ("12345", "date.impossible"),  # five digits outside the Excel range
    ("1066", "date.impossible"),  # a bare number is a year only in 1900-2100
    ("31 février 2023", "date.impossible"),
    ("Q5 2023", "date.unparseable"),
]


@pytest.fixture(scope="module")
def parsed() -> dict[str, tuple[object, str, bool, object]]:
    """Every case of FORMATS and INVALID parsed in one call (as one day-first file)."""
    texts = [case[0] for case in FORMATS + INVALID]
    p = parse_dates(pd.Series(texts), dayfirst=True, today=TODAY)
    return {
        t: (v, r, bool(i), pr)
        for t, v, r, i, pr in zip(texts, p.values, p.rule, p.invalid, p.precision, strict=True)
    }


def one(text: str, **kwargs: object) -> tuple[object, str, bool, object]:
    p = parse_dates(pd.Series([text]), today=TODAY, **kwargs)  # type: ignore[arg-type]
    return p.values.iloc[0], p.rule.iloc[0], bool(p.invalid.iloc[0]), p.precision.iloc[0]


@pytest.mark.parametrize(("text", "expected", "rule", "precision"), FORMATS)
def test_formats(
    parsed: dict[str, tuple[object, str, bool, object]],
    text: str,
    expected: str,
    rule: str,
    precision: str,
) -> None:
    value, got_rule, invalid, got_precision = parsed[text]
    assert value == pd.Timestamp(expected)
    assert (got_rule, invalid, got_precision) == (rule, False, precision)


@pytest.mark.parametrize(("text", "rule"), INVALID)
def test_invalid(parsed: dict[str, tuple[object, str, bool, object]], text: str, rule: str) -> None:
    value, got_rule, invalid, precision = parsed[text]
    assert pd.isna(value)
    assert (got_rule, invalid) == (rule, True)
    assert pd.isna(precision)


def test_leap_day_is_valid() -> None:
    assert one("29/02/2024")[0] == pd.Timestamp("2024-02-29")


def test_excel_serial_does_not_misfire_on_years() -> None:
    p = parse_dates(pd.Series(["2023", "1999", "45063"]), today=TODAY)
    assert p.rule.tolist() == ["date.year", "date.year", "date.excel_serial"]
    assert p.values.dt.year.tolist() == [2023, 1999, 2023]


def test_two_digit_years_follow_strptime() -> None:
    p = parse_dates(pd.Series(["01/01/68", "01/01/69"]), today=TODAY)
    assert p.values.dt.year.tolist() == [2068, 1969]


def test_monthfirst_when_told() -> None:
    value, rule, invalid, _ = one("05/17/2023", dayfirst=False)
    assert (value, rule, invalid) == (pd.Timestamp("2023-05-17"), "date.monthfirst", False)


def test_dayfirst_decided_per_file() -> None:
    european = pd.Series(["13/05/2023", "05/06/2023"])
    assert infer_dayfirst(european) is True
    p = parse_dates(european, today=TODAY)
    assert p.values.tolist() == [pd.Timestamp("2023-05-13"), pd.Timestamp("2023-06-05")]
    assert p.rule.tolist() == ["date.dayfirst", "date.dayfirst"]

    american = pd.Series(["05/13/2023", "05/06/2023"])
    assert infer_dayfirst(american) is False
    p = parse_dates(american, today=TODAY)
    assert p.values.tolist() == [pd.Timestamp("2023-05-13"), pd.Timestamp("2023-05-06")]
    assert p.rule.tolist() == ["date.monthfirst", "date.monthfirst"]


def test_undecided_file_defaults_to_dayfirst() -> None:
    raw = pd.Series(["05/06/2023", "2023-01-01", None])
    assert infer_dayfirst(raw) is None
    assert parse_dates(raw, today=TODAY).values.iloc[0] == pd.Timestamp("2023-06-05")


def test_mixed_file_majority_wins_and_minority_is_invalid() -> None:
    raw = pd.Series(["13/05/2023", "14/05/2023", "05/13/2023"])
    assert infer_dayfirst(raw) is True
    p = parse_dates(raw, today=TODAY)
    assert p.invalid.tolist() == [False, False, True]


def test_future_dates_keep_value_and_get_rule() -> None:
    p = parse_dates(pd.Series(["2025-01-01", "2025-01-02", "2026"]), today=TODAY)
    assert p.values.tolist() == [
        pd.Timestamp(x) for x in ["2025-01-01", "2025-01-02", "2026-01-01"]
    ]
    assert p.rule.tolist() == ["date.iso", "date.future", "date.future"]
    assert p.invalid.tolist() == [False, False, False]


def test_missing_and_blank_are_not_invalid() -> None:
    p = parse_dates(pd.Series([None, "", "  ", np.nan], dtype=object), today=TODAY)
    assert p.values.isna().all()
    assert p.rule.isna().all()
    assert not p.invalid.any()


def test_result_types_index_and_input_untouched() -> None:
    raw = pd.Series(["17/05/2023", None, "Q2 2023", "17/05/2023"], index=[10, 3, 7, 1], name="d")
    before = raw.copy()
    p = parse_dates(raw, today=TODAY)
    assert isinstance(p, ParsedDates)
    pd.testing.assert_series_equal(raw, before)
    for part in (p.values, p.rule, p.invalid, p.precision):
        assert part.index.equals(raw.index)
    assert p.values.dtype == "datetime64[ns]"
    assert p.rule.dtype == "string"
    assert p.invalid.dtype == bool
    assert list(p.precision.cat.categories) == list(DATE_PRECISIONS)
    assert p.precision.iloc[0] == "day"
    assert pd.isna(p.precision.iloc[1])
    assert p.precision.iloc[2] == "quarter"


def test_empty_input() -> None:
    p = parse_dates(pd.Series([], dtype=object), today=TODAY)
    assert len(p.values) == 0
    assert p.values.dtype == "datetime64[ns]"


def test_default_today_is_now() -> None:
    assert parse_dates(pd.Series(["2200-01-01"])).rule.iloc[0] == "date.future"


@settings(max_examples=20, deadline=None)
@given(
    st.lists(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), max_size=20)
)
def test_iso_round_trip(dates: list[dt.date]) -> None:
    raw = pd.Series([d.isoformat() for d in dates], dtype=object)
    p = parse_dates(raw, today=pd.Timestamp("2200-01-01"))
    assert p.values.tolist() == [pd.Timestamp(d) for d in dates]
    assert not p.invalid.any()


@settings(max_examples=20, deadline=None)
@given(
    st.lists(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2060, 12, 31)), max_size=10),
    st.sampled_from(["%d/%m/%Y", "%d %B %Y", "%Y-%m", "%Y"]),
)
def test_idempotent_on_its_own_output(dates: list[dt.date], fmt: str) -> None:
    raw = pd.Series([d.strftime(fmt) for d in dates], dtype=object)
    first = parse_dates(raw, dayfirst=True, today=pd.Timestamp("2200-01-01"))
    again = parse_dates(
        first.values.dt.strftime("%Y-%m-%d").astype(object), today=pd.Timestamp("2200-01-01")
    )
    pd.testing.assert_series_equal(first.values, again.values)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Roman numerals, before or after the quarter word
        ("IV TRIMESTRE 2023", "2023-10-01"),
        ("II trimestre 2023", "2023-04-01"),
        ("trimestre II 2023", "2023-04-01"),
        ("Ier trimestre 2023", "2023-01-01"),
        # ordinal digits in EN/FR/ES
        ("2nd quarter 2023", "2023-04-01"),
        ("4th quarter of 2023", "2023-10-01"),
        ("2e trimestre 2023", "2023-04-01"),
        ("2.º trimestre 2023", "2023-04-01"),
        ("2do trimestre 2023", "2023-04-01"),
        ("3rd qtr 2023", "2023-07-01"),
        ("Trimestre 3 2023", "2023-07-01"),
        ("2023 trimestre 2", "2023-04-01"),
        ("2T2023", "2023-04-01"),
        ("Q3/23", "2023-07-01"),
        # ordinal words
        ("segundo trimestre de 2023", "2023-04-01"),
        ("deuxième trimestre 2023", "2023-04-01"),
        ("tercer trimestre 2023", "2023-07-01"),
        ("third quarter 2023", "2023-07-01"),
        ("premier trimestre 2023", "2023-01-01"),
        # US agencies' calendar year
        ("CY2022 Q3", "2022-07-01"),
        ("Q3 CY2022", "2022-07-01"),
    ],
)
def test_quarters_written_in_words_and_numerals(raw: str, expected: str) -> None:
    p = parse_dates(pd.Series([raw]), today=TODAY)
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == [expected]
    assert p.rule.tolist() == ["date.quarter"]
    assert p.precision.astype(str).tolist() == ["quarter"]


@pytest.mark.parametrize(
    "raw",
    [
        "V trimestre 2023",  # no fifth quarter
        "5th quarter 2023",
        "quinto trimestre 2023",
        "trimestre 2023",  # which one?
        "IV-2023",  # a Roman numeral needs the quarter word
        "IT 2023",
        "iii 2023",
    ],
)
def test_impossible_or_incomplete_quarters_stay_invalid(raw: str) -> None:
    p = parse_dates(pd.Series([raw]), today=TODAY)
    assert p.values.isna().all()
    assert p.invalid.tolist() == [True]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.º de mayo de 2023", "2023-05-01"),
        ("1ro de enero de 2023", "2023-01-01"),
        ("1er mars 2023", "2023-03-01"),
        ("3 juill. 2023", "2023-07-03"),
        ("5 févr. 2023", "2023-02-05"),
        ("5 dic. 2023", "2023-12-05"),
        ("1 sept. 2023", "2023-09-01"),
    ],
)
def test_day_ordinals_and_abbreviated_months(raw: str, expected: str) -> None:
    p = parse_dates(pd.Series([raw]), today=TODAY)
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == [expected]
    assert p.precision.astype(str).tolist() == ["day"]


def test_quarter_in_words_reaches_quarantine_when_in_the_future() -> None:
    p = parse_dates(pd.Series(["IV trimestre 2025"]), today=TODAY)
    assert p.rule.tolist() == ["date.future"]


def test_a_12_hour_clock_after_the_date_is_ignored() -> None:
    raw = pd.Series(["1/14/2021 3:02 PM", "4/13/2021 4:51 p.m.", "5/2/2021 10:00 am"])
    p = parse_dates(raw, dayfirst=False)
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == ["2021-01-14", "2021-04-13", "2021-05-02"]
    assert p.rule.tolist() == ["date.monthfirst"] * 3
    assert infer_dayfirst(raw) is False  # 14 and 13 can only be days in second place
    # "PM" after a bare number is no time
    assert parse_dates(pd.Series(["2021 PM"])).invalid.tolist() == [True]


def test_a_french_hour_after_the_date_is_ignored() -> None:
    raw = pd.Series(["19/01/2021 16h11", "12/02/2021 18 h 45", "17 mai 2023 14h20"])
    p = parse_dates(raw, dayfirst=True)
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == ["2021-01-19", "2021-02-12", "2023-05-17"]
    assert p.rule.tolist() == ["date.dayfirst", "date.dayfirst", "date.text_fr"]


@pytest.mark.parametrize(
    ("raw", "expected", "rule"),
    [
        # military style, no separators: day, month word (EN/FR/ES), 2- or 4-digit year
        ("14MAR2022", "2022-03-14", "date.military"),
        ("28JAN2021", "2021-01-28", "date.military"),
        ("14mar22", "2022-03-14", "date.military"),
        ("01SEP2023", "2023-09-01", "date.military"),
        ("14FEB2022", "2022-02-14", "date.military"),
        ("14FEV2022", "2022-02-14", "date.military"),
        ("14FÉV2022", "2022-02-14", "date.military"),
        ("14ENE2022", "2022-01-14", "date.military"),
        ("14AVR2022", "2022-04-14", "date.military"),
        ("14ABR2022", "2022-04-14", "date.military"),
        ("14DIC2022", "2022-12-14", "date.military"),
        ("5MAY2023", "2023-05-05", "date.military"),
        ("14MAR 2022", "2022-03-14", "date.military"),
        # NATO date-time group DDHHMMZ MON YY: the time and zone are ignored
        ("141200ZMAR22", "2022-03-14", "date.dtg"),
        ("012359Z SEP 2023", "2023-09-01", "date.dtg"),
    ],
)
def test_military_dates(raw: str, expected: str, rule: str) -> None:
    p = parse_dates(pd.Series([raw]), today=TODAY)
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == [expected]
    assert p.rule.tolist() == [rule]
    assert p.precision.astype(str).tolist() == ["day"]
    assert p.invalid.tolist() == [False]


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("ABC2022", "date.unparseable"),  # no day
        ("MAR2022", "date.unparseable"),  # no day: not guessed as a month either
        ("14MAR", "date.unparseable"),  # no year
        ("DCIS21MAR0001", "date.unparseable"),  # an id, not a date
        ("21MAR0001", "date.unparseable"),  # a four-digit year is 19xx or 20xx
        ("14XYZ2022", "date.unparseable"),
        ("32MAR2022", "date.impossible"),  # the form, but no 32nd day
        ("31FEB2022", "date.impossible"),
        ("142400ZMAR22", "date.impossible"),  # no hour 24
        ("141260ZMAR22", "date.impossible"),  # no minute 60
        ("1412ZMAR22", "date.unparseable"),  # a DTG has six digits
    ],
)
def test_military_lookalikes_stay_invalid(raw: str, rule: str) -> None:
    p = parse_dates(pd.Series([raw]), today=TODAY)
    assert p.values.isna().all()
    assert p.rule.tolist() == [rule]
    assert p.invalid.tolist() == [True]


@pytest.mark.parametrize(
    ("raw", "expected", "rule", "precision"),
    [
        ("le 06/01/2021", "2021-01-06", "date.dayfirst", "day"),
        ("Le 06/01/2021", "2021-01-06", "date.dayfirst", "day"),
        ("le lundi 14 mars 2022", "2022-03-14", "date.text_fr", "day"),
        ("le 1er mars 2022", "2022-03-01", "date.text_fr", "day"),
        ("el 14/03/2022", "2022-03-14", "date.dayfirst", "day"),
        ("el día 14 de marzo de 2022", "2022-03-14", "date.text_es", "day"),
        ("on 14/03/2022", "2022-03-14", "date.dayfirst", "day"),
        ("on Monday, 14 March 2022", "2022-03-14", "date.text_en", "day"),
        ("le 14MAR2022", "2022-03-14", "date.military", "day"),
        ("en mars 2022", "2022-03-01", "date.month", "month"),
        ("en marzo de 2022", "2022-03-01", "date.month", "month"),
        ("in March 2022", "2022-03-01", "date.month", "month"),
        ("in early March 2022", "2022-03-01", "date.month_part", "month"),
        ("in Q2 2023", "2023-04-01", "date.quarter", "quarter"),
        ("en 2022", "2022-01-01", "date.year", "year"),
    ],
)
def test_leading_article_or_preposition_is_dropped(
    raw: str, expected: str, rule: str, precision: str
) -> None:
    p = parse_dates(pd.Series([raw]), dayfirst=True, today=TODAY)
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == [expected]
    assert p.rule.tolist() == [rule]
    assert p.precision.astype(str).tolist() == [precision]


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("du 14/03/2022", "date.unparseable"),  # "from": the start of a period
        ("depuis mars 2022", "date.unparseable"),
        ("vers le 14/03/2022", "date.unparseable"),
        ("le mars 2022", "date.unparseable"),  # "le" goes with a day
        ("on 2022", "date.unparseable"),
        ("in 14/03/2022", "date.unparseable"),  # "in" / "en" go with a longer period
        ("en 14/03/2022", "date.unparseable"),
        ("le 45063", "date.unparseable"),  # an Excel serial is no written date
        ("en cours", "date.unparseable"),
        ("le", "date.unparseable"),
        ("le14/03/2022", "date.unparseable"),
        ("le le 14/03/2022", "date.unparseable"),  # one word only
        ("le 31/02/2023", "date.impossible"),  # read, but no 31 February
    ],
)
def test_leading_words_that_do_not_fit_stay_invalid(raw: str, rule: str) -> None:
    p = parse_dates(pd.Series([raw]), dayfirst=True, today=TODAY)
    assert p.values.isna().all()
    assert p.rule.tolist() == [rule]
    assert p.invalid.tolist() == [True]


def test_leading_words_follow_the_files_day_month_order() -> None:
    # "on 05/13/2023" can only be month first: the whole file is read month first
    raw = pd.Series(["on 05/13/2023", "le 06/01/2021", "06/01/2021"])
    assert infer_dayfirst(raw) is False
    p = parse_dates(raw, today=TODAY)
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == ["2023-05-13", "2021-06-01", "2021-06-01"]
    assert p.rule.tolist() == ["date.monthfirst"] * 3
    # and an article before a day-first date is evidence for day first
    assert infer_dayfirst(pd.Series(["le 13/05/2023", "05/06/2023"])) is True


@pytest.mark.parametrize(
    "raw",
    [
        "courant mars 2022",
        "début mars 2022",
        "mi-mars 2022",
        "à la mi-mars 2022",
        "fin mars 2022",
        "a principios de marzo de 2022",
        "principios de marzo 2022",
        "a comienzos de marzo de 2022",
        "mediados de marzo de 2022",
        "a finales de marzo de 2022",
        "finales de marzo 2022",
        "a fines de marzo del 2022",
        "early March 2022",
        "mid-March 2022",
        "mid March 2022",
        "late March 2022",
        "end of March 2022",
        "the end of March 2022",
        "beginning of March 2022",
        "start of March 2022",
    ],
)
def test_part_of_a_month_is_read_as_the_month(raw: str) -> None:
    p = parse_dates(pd.Series([raw]), today=TODAY)
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == ["2022-03-01"]
    assert p.rule.tolist() == ["date.month_part"]
    assert p.precision.astype(str).tolist() == ["month"]


@pytest.mark.parametrize(
    "raw",
    [
        "courant",  # no month
        "courant 2022",  # part of a year: not widened to the year (conservative)
        "mid 2022",
        "mid-2022",
        "early 2022",
        "fin 2022",
        "mid-March",  # no year
        "fin mars 22",  # a month with a word needs a four-digit year, as "mars 2022" does
        "fin de mois mars 2022",
        "mediados 2022",
    ],
)
def test_part_of_a_month_without_month_or_year_stays_invalid(raw: str) -> None:
    p = parse_dates(pd.Series([raw]), today=TODAY)
    assert p.values.isna().all()
    assert p.invalid.tolist() == [True]


@pytest.mark.parametrize(
    ("raw", "start"),
    [
        ("sep-21", "2021-09-01"),  # Spanish Excel's "mmm-aa"
        ("mar-21", "2021-03-01"),
        ("Mayo-23", "2023-05-01"),
        ("janv.-22", "2022-01-01"),  # French Excel's "mmm-aa"
        ("août-22", "2022-08-01"),
        ("May-21", "2021-05-01"),  # English Excel's "mmm-yy"
        ("feb-99", "1999-02-01"),  # two-digit years as strptime widens them
    ],
)
def test_excel_month_and_two_digit_year_is_the_month(raw: str, start: str) -> None:
    p = parse_dates(pd.Series([raw]), today=TODAY)
    assert p.values.tolist() == [pd.Timestamp(start)]
    assert p.precision.tolist() == ["month"]
    assert p.rule.tolist() == ["date.month"]


@pytest.mark.parametrize("raw", ["Oct 21", "oct 21", "21-May", "mar -21", "xyz-21", "mai-2"])
def test_a_month_and_two_digits_without_excels_hyphen_stays_unread(raw: str) -> None:
    # "Oct 21" may be the 21st of October; only Excel's "mmm-yy" is a month and a year
    p = parse_dates(pd.Series([raw]), today=TODAY)
    assert p.values.isna().all()
    assert p.invalid.tolist() == [True]


def test_new_rules_leave_the_known_forms_as_they_were() -> None:
    raw = pd.Series(
        [
            "lundi 14 mars 2022",
            "Monday, 14 March 2022",
            "lunes 14 de marzo de 2022",
            "14-févr.-22",
            "17/05/2023",
            "2023-05-17",
            "Q2 2023",
            "T2 2023",
            "mars 2022",
        ]
    )
    p = parse_dates(raw, today=TODAY)
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == [
        "2022-03-14",
        "2022-03-14",
        "2022-03-14",
        "2022-02-14",
        "2023-05-17",
        "2023-05-17",
        "2023-04-01",
        "2023-04-01",
        "2022-03-01",
    ]
    assert p.rule.tolist() == [
        "date.text_fr",
        "date.text_en",
        "date.text_es",
        "date.text_fr",
        "date.dayfirst",
        "date.iso",
        "date.quarter",
        "date.quarter",
        "date.month",
    ]
    assert p.precision.astype(str).tolist() == ["day"] * 6 + ["quarter", "quarter", "month"]


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("12/03/2022 à 04h30", "date.dayfirst"),
        ("12/03/2022 à 04:30", "date.dayfirst"),
        ("12/03/2022 a las 04:30", "date.dayfirst"),
        ("12/03/2022 at 04:30", "date.dayfirst"),
        ("12/03/2022 - 16h11", "date.dayfirst"),
        ("12/03/2022, 16:11", "date.dayfirst"),
        ("12/03/2022 @ 4:30 pm", "date.dayfirst"),
        ("12 mars 2022 à 04h30", "date.text_fr"),
        ("12 de marzo de 2022 a las 04:30", "date.text_es"),
        # liaison desks' clock words, and a time written with a dot
        ("12.3.2022 klo 14.48", "date.dayfirst"),  # Finnish
        ("2022-03-12 kl. 03:40", "date.iso"),  # Swedish, Danish, Norwegian
        ("12.03.2022 um 14:30", "date.dayfirst"),  # German
        ("12/03/2022 às 04:30", "date.dayfirst"),  # Portuguese
        ("12.03.2022 14.48", "date.dayfirst"),
    ],
)
def test_a_time_joined_by_a_word_is_dropped(raw: str, rule: str) -> None:
    p = parse_dates(pd.Series([raw]))
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == ["2022-03-12"]
    assert p.rule.tolist() == [rule]


def test_a_joining_word_without_a_time_is_no_date() -> None:
    p = parse_dates(
        pd.Series(
            ["12/03/2022 - 13/03/2022", "12/03/2022 à Lyon", "12/03/2022 at", "12.3.2022 klo"]
        )
    )
    assert p.values.isna().all()
    assert p.invalid.all()


@pytest.mark.parametrize(
    "raw", ["14.03.2022.", "14. 3. 2022.", "14.03.2022. 16:30", "14. 3. 2022", "14.3.2022"]
)
def test_central_european_dotted_dates(raw: str) -> None:
    # Croatian, Serbian, Czech, Hungarian forms: a dot after each part, spaces after dots
    p = parse_dates(pd.Series([raw, "31.12.2022."]))
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == ["2022-03-14", "2022-12-31"]
    assert p.rule.tolist()[0] == "date.dayfirst"


def test_dotted_lookalikes_stay_unread() -> None:
    p = parse_dates(pd.Series(["14. 3.", "2022. 3. 14. 5", "14..03.2022"]))
    assert p.values.isna().all()


@pytest.mark.parametrize(
    ("raw", "day", "precision"),
    [
        ("14.03.2022 r.", "2022-03-14", "day"),  # Polish "r." (roku)
        ("14.VI.2022", "2022-06-14", "day"),  # Roman month numerals
        ("4.IV.2022", "2022-04-04", "day"),
        ("14-VI-2022", "2022-06-14", "day"),
        ("XI.2023", "2023-11-01", "month"),
        ("vi.2022", "2022-06-01", "month"),
    ],
)
def test_roman_months_and_the_polish_year_word(raw: str, day: str, precision: str) -> None:
    p = parse_dates(pd.Series([raw]))
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == [day]
    assert p.precision.astype(str).tolist() == [precision]


def test_roman_one_to_four_are_months_where_days_have_roman_months() -> None:
    # Balkan police forms: "14.III.2022" beside "IV.2021" (April, not the fourth quarter)
    p = parse_dates(pd.Series(["14.III.2022", "IV.2021", "II.2022"]), dayfirst=True)
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == ["2022-03-14", "2021-04-01", "2022-02-01"]
    assert p.precision.astype(str).tolist() == ["day", "month", "month"]


def test_roman_one_to_four_are_months_where_other_months_are_roman() -> None:
    # Slovak risk analysis: "VII/2022" cannot be a quarter, so "III/2023" is March
    p = parse_dates(pd.Series(["VII/2022", "III/2023", "XII/2023"]), dayfirst=True)
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == ["2022-07-01", "2023-03-01", "2023-12-01"]


def test_roman_lookalikes_stay_unread() -> None:
    # a month numeral that could be a quarter needs its day ("IV.2023": Q4 or April?)
    p = parse_dates(pd.Series(["14.XIII.2022", "XIV.2022", "14.VI", "r. 2022", "IV.2023"]))
    assert p.values.isna().all()


@pytest.mark.parametrize(
    ("raw", "start"),
    [
        ("Apr-Jun 2023", "2023-04-01"),
        ("Jan-Mar 2023", "2023-01-01"),
        ("ene.-mar. 2023", "2023-01-01"),
        ("juil.-sept. 2023", "2023-07-01"),
        ("oct.-déc. 2023", "2023-10-01"),
        ("Jan to Mar 2021", "2021-01-01"),  # the UK ONS's quarters
        ("Oct to Dec 2021", "2021-10-01"),
        ("enero a marzo 2023", "2023-01-01"),
        ("janvier à mars 2023", "2023-01-01"),
    ],
)
def test_a_quarter_written_as_its_months(raw: str, start: str) -> None:
    p = parse_dates(pd.Series([raw]))
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == [start]
    assert p.precision.astype(str).tolist() == ["quarter"]


def test_month_ranges_that_are_no_quarter_stay_unread() -> None:
    p = parse_dates(
        pd.Series(
            ["Jan-Jun 2023", "Apr-Dec 2023", "juin-sept 2023", "avr-juil 2023", "Jan to Jun 2023"]
        )
    )
    assert p.values.isna().all()


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("lun. 26/04/2021 16:11", "2021-04-26"),  # French weekday, cut short
        ("mar. 24/08/2021 21:03", "2021-08-24"),  # mardi, not March: a day follows
        ("ven. 17/02/2023 01:37", "2023-02-17"),
        ("Sat, 14/03/2022", "2022-03-14"),
        ("mié. 14/03/2022", "2022-03-14"),
        ("le lundi 14/03/2022", "2022-03-14"),
        ("dom 13/03/2022", "2022-03-13"),
    ],
)
def test_a_weekday_before_a_numeric_day_is_dropped(raw: str, iso: str) -> None:
    p = parse_dates(pd.Series([raw]), dayfirst=True)
    assert (str(p.values.iloc[0].date()), p.precision.iloc[0]) == (iso, "day")


def test_a_weekday_word_never_reads_a_month_or_year() -> None:
    # "mar." is March before a year; "dim. 2021" is no date
    p = parse_dates(pd.Series(["mar. 2021", "dim. 2021", "lun. 2021-Q2"]), dayfirst=True)
    assert p.precision.astype("string").tolist()[0] == "month"
    assert p.values.isna().tolist()[1:] == [True, True]


@pytest.mark.parametrize(
    ("raw", "iso", "precision"),
    [
        ("05/02/2564 (B.E.)", "2021-02-05", "day"),  # Buddhist Era, marked
        ("12 May B.E. 2564", "2021-05-12", "day"),
        ("June B.E. 2565", "2022-06-01", "month"),
        ("1610323200000", "2021-01-11", "day"),  # Unix time in milliseconds
        ("1610323200", "2021-01-11", "day"),  # and in seconds
        ("FY2023 Q4", "2023-07-01", "quarter"),  # US federal fiscal year: from 1 October
        ("FY2023 Q1", "2022-10-01", "quarter"),
        ("Q3 FY2022", "2022-04-01", "quarter"),
    ],
)
def test_other_calendars_and_clocks(raw: str, iso: str, precision: str) -> None:
    p = parse_dates(pd.Series([raw]), dayfirst=True, today=pd.Timestamp("2026-01-01"))
    assert (str(p.values.iloc[0].date()), p.precision.iloc[0]) == (iso, precision)


@pytest.mark.parametrize(
    ("raw", "april", "july"),
    [
        ("FY21/22 Q4", "2022-01-01", "2022-04-01"),  # UK: January-March 2022
        ("FY22/23 Q1", "2022-04-01", "2022-07-01"),
        ("FY 2022-23 Q4", "2023-01-01", "2023-04-01"),  # Canada's IRCC
        ("2021/22 Q3", "2021-10-01", "2022-01-01"),
        ("Q4 2021/22", "2022-01-01", "2022-04-01"),
        ("Q2 FY2022-23", "2022-07-01", "2022-10-01"),
    ],
)
def test_quarters_of_a_split_financial_year_by_its_first_month(
    raw: str, april: str, july: str
) -> None:
    today = pd.Timestamp("2026-01-01")
    for start, iso in ((4, april), (7, july)):
        p = parse_dates(pd.Series([raw]), fiscal_start=start, today=today)
        assert str(p.values.iloc[0].date()) == iso
        assert (p.precision.iloc[0], p.rule.iloc[0]) == ("quarter", "date.quarter")
    # the text alone does not say when the year starts: unread
    assert parse_dates(pd.Series([raw]), today=today).invalid.all()


def test_a_split_financial_year_needs_two_years_that_follow() -> None:
    p = parse_dates(pd.Series(["FY21/23 Q1", "FY2023 Q1"]), fiscal_start=4)
    assert p.invalid.tolist() == [True, False]  # the US federal year is read as before
    with pytest.raises(ParameterError, match="fiscal_start must be a month"):
        parse_dates(pd.Series(["FY21/22 Q4"]), fiscal_start=13)


@pytest.mark.parametrize(
    "raw",
    [
        "16/01/2564",  # a Buddhist Era year without its mark is no date
        "9999999999999",  # beyond 2035: an id, not a time
        "0612345678",  # a phone number
        "FY2023",  # a fiscal year without its quarter
    ],
)
def test_unmarked_eras_and_long_numbers_stay_invalid(raw: str) -> None:
    p = parse_dates(pd.Series([raw]), dayfirst=True, today=pd.Timestamp("2026-01-01"))
    assert p.values.isna().all()
    assert p.invalid.all()


@pytest.mark.parametrize(
    ("raw", "expected", "precision"),
    [
        ("2021.01.05.", "2021-01-05", "day"),  # Hungarian: a dot after each part
        ("2021. 01. 26.", "2021-01-26", "day"),
        ("2021.02.", "2021-02-01", "month"),
        ("2021. 02.", "2021-02-01", "month"),
        ("08.2021.", "2021-08-01", "month"),
        ("2022 June", "2022-06-01", "month"),  # the year, then the month's name
        ("2022 juin", "2022-06-01", "month"),
    ],
)
def test_year_first_with_dots_and_year_then_month(raw: str, expected: str, precision: str) -> None:
    p = parse_dates(pd.Series([raw]))
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == [expected]
    assert p.precision.astype(str).tolist() == [precision]


def test_year_first_lookalikes_stay_unread() -> None:
    p = parse_dates(pd.Series(["2021.13.05.", "2021. 02. 30.", "2021..02"]))
    assert p.values.isna().all()


@pytest.mark.parametrize(
    ("raw", "expected", "precision"),
    [
        ("ngày 12/03/2021", "2021-03-12", "day"),  # Vietnamese: "day"
        ("am 12.03.2021", "2021-03-12", "day"),  # German
        ("den 12.03.2021", "2021-03-12", "day"),  # Nordic
        ("tháng 11/2022", "2022-11-01", "month"),  # Vietnamese: "month"
        ("Quý III/2022", "2022-07-01", "quarter"),  # Vietnamese: "quarter"
    ],
)
def test_lead_words_of_liaison_languages(raw: str, expected: str, precision: str) -> None:
    p = parse_dates(pd.Series([raw]))
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == [expected]
    assert p.precision.astype(str).tolist() == [precision]


def test_lead_words_must_fit_what_follows() -> None:
    # a day word before a month, a month word before a day, or before a serial
    p = parse_dates(pd.Series(["tháng 12/03/2021", "ngày 45063", "am"]))
    assert p.values.isna().all()


def test_a_dot_after_a_two_digit_year() -> None:
    # Serbian and Croatian forms put a dot after the year too: "11.06.21."
    p = parse_dates(pd.Series(["11.06.21.", "11.06.2021."]), dayfirst=True)
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == ["2021-06-11", "2021-06-11"]


def test_calendar_year_quarters_with_two_digit_years() -> None:
    p = parse_dates(pd.Series(["CY21 Q3", "Q3 CY21", "CY2021 Q3"]))
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == ["2021-07-01"] * 3
    assert p.precision.astype(str).tolist() == ["quarter"] * 3


def test_sdmx_month_codes() -> None:
    p = parse_dates(pd.Series(["2022M03", "2022m12", "2022M13"]), today=TODAY)
    assert p.values.tolist()[:2] == [pd.Timestamp("2022-03-01"), pd.Timestamp("2022-12-01")]
    assert p.precision.astype(str).tolist()[:2] == ["month", "month"]
    assert bool(p.invalid.iloc[2])


def test_a_file_mixing_two_orders_reads_each_date_in_the_order_it_allows() -> None:
    # a day-first log with a US office's rows: three distinct dates that read month-first
    # only make the file a mixed one; they are read so, with their own rule
    day_first = ["13/05/2023", "14/05/2023", "15/05/2023", "16/05/2023"]
    raw = pd.Series([*day_first, "05/13/2023", "04/14/2023", "3/26/2021"])
    assert infer_dayfirst(raw) is True
    p = parse_dates(raw, today=TODAY)
    assert not p.invalid.any()
    assert p.rule.tolist()[4:] == ["date.monthfirst_evident"] * 3
    assert p.values.iloc[6] == pd.Timestamp("2021-03-26")
    # an ambiguous date still follows the file's order
    assert parse_dates(pd.Series([*raw, "05/06/2023"]), today=TODAY).values.iloc[7] == (
        pd.Timestamp("2023-06-05")
    )
    # two such dates are slips: impossible in the file's order
    slips = parse_dates(raw.iloc[:6], today=TODAY)
    assert slips.invalid.tolist() == [False] * 4 + [True, True]


def test_chinese_japanese_and_korean_dates() -> None:
    raw = pd.Series(["2023年5月17日", "2023年5月", "2023년 5월 17일", "2023年13月"])
    p = parse_dates(raw, today=TODAY)
    assert p.values.tolist()[:3] == [
        pd.Timestamp("2023-05-17"),
        pd.Timestamp("2023-05-01"),
        pd.Timestamp("2023-05-17"),
    ]
    assert p.precision.astype(str).tolist()[:3] == ["day", "month", "day"]
    assert p.rule.tolist()[:3] == ["date.cjk"] * 3
    assert bool(p.invalid.iloc[3])


@pytest.mark.parametrize(
    ("raw", "iso", "precision"),
    [
        ("02/19/2021 0740", "2021-02-19", "day"),  # US police: the 24-hour clock, no colon
        ("12/03/2022 1625 hrs", "2022-12-03", "day"),
        ("2022-03-12 0930z", "2022-03-12", "day"),
        ("on or about May 7, 2023", "2023-05-07", "day"),  # US indictments
        ("on or around 2022-03-14", "2022-03-14", "day"),
        ("in or about May 2021", "2021-05-01", "month"),
        ("on a date in June 2021", "2021-06-01", "month"),  # English indictments
        ("en fecha no determinada de marzo de 2022", "2022-03-01", "month"),
        ("à une date indéterminée de mars 2022", "2022-03-01", "month"),
        ("con fecha 5 de marzo de 2022", "2022-03-05", "day"),  # Paraguayan prosecutors
        ("en date du 2022-03-14", "2022-03-14", "day"),
        ("mes de marzo de 2021", "2021-03-01", "month"),
        ("durante el mes de agosto de 2022", "2022-08-01", "month"),
        ("courant mars 2022", "2022-03-01", "month"),
        ("au cours du mois de mai 2021", "2021-05-01", "month"),
        ("in the month of June 2021", "2021-06-01", "month"),
    ],
)
def test_times_without_colon_and_charging_words(raw: str, iso: str, precision: str) -> None:
    p = parse_dates(pd.Series([raw]), dayfirst=False, today=pd.Timestamp("2026-01-01"))
    assert (str(p.values.iloc[0].date()), p.precision.iloc[0]) == (iso, precision)


def test_on_the_date_words_before_a_day_first_date() -> None:
    raw = pd.Series(["en fecha 10/01/2021", "en date du 14/03/2022", "dated 02/05/2021"])
    p = parse_dates(raw, dayfirst=True, today=pd.Timestamp("2026-01-01"))
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == ["2021-01-10", "2022-03-14", "2021-05-02"]
    assert p.precision.tolist() == ["day"] * 3


@pytest.mark.parametrize(
    "raw",
    [
        "12/03/2022 2460",  # no hour 24:60
        "on or about 2021",  # "on" a day, not a year
        "on a date in 14/03/2022",  # "in" a period, not a day
        "en fecha 2021",  # a date, not a year
        "mes de 14/03/2022",  # a month, not a day
    ],
)
def test_times_and_charging_words_that_do_not_fit(raw: str) -> None:
    p = parse_dates(pd.Series([raw]), dayfirst=True, today=pd.Timestamp("2026-01-01"))
    assert p.invalid.all()


@pytest.mark.parametrize(
    ("raw", "iso", "precision"),
    [
        ("between 01/03/2022 and 31/03/2022", "2022-03-01", "month"),
        ("between 1 April 2022 and 30 June 2022", "2022-04-01", "quarter"),
        ("du 01/03/2022 au 31/03/2022", "2022-03-01", "month"),
        ("between 01/01/2022 and 31/12/2022", "2022-01-01", "year"),
        ("from 1 March 2022 to 31 March 2022", "2022-03-01", "month"),
        ("between 01/02/2024 and 29/02/2024", "2024-02-01", "month"),  # a leap February
    ],
)
def test_a_period_given_by_its_first_and_last_day(raw: str, iso: str, precision: str) -> None:
    p = parse_dates(pd.Series([raw]), dayfirst=True, today=pd.Timestamp("2026-01-01"))
    assert (str(p.values.iloc[0].date()), p.precision.iloc[0]) == (iso, precision)
    assert p.rule.iloc[0] == "date.range"


@pytest.mark.parametrize(
    "raw",
    [
        "between 03/03/2022 and 05/03/2022",  # a few days: no one date
        "between 01/03/2022 and 30/04/2022",  # two months
        "between 01/02/2023 and 29/02/2023",  # no such day
    ],
)
def test_other_spans_stay_unread(raw: str) -> None:
    p = parse_dates(pd.Series([raw]), dayfirst=True, today=pd.Timestamp("2026-01-01"))
    assert p.invalid.all()


def test_a_year_mark_after_the_year_in_cyrillic() -> None:
    # Bulgarian and Russian "г." (година / год: year), as Polish "r." (roku)
    p = parse_dates(pd.Series(["28.06.2021 г.", "28.06.2021 год.", "28.06.2021 r."]))
    assert p.values.dt.strftime("%Y-%m-%d").tolist() == ["2021-06-28"] * 3


def test_a_day_written_00_in_a_file_that_writes_it_so() -> None:
    # French police records: three distinct dates or more with the day "00" (not known)
    raw = pd.Series(["00/04/2021", "2021-05-00", "00/00/2021", "14/03/2022", "00/13/2021"])
    p = parse_dates(raw, dayfirst=True, today=pd.Timestamp("2026-01-01"))
    assert p.values.dt.strftime("%Y-%m-%d").tolist()[:4] == [
        "2021-04-01",
        "2021-05-01",
        "2021-01-01",
        "2022-03-14",
    ]
    assert p.precision.astype(str).tolist()[:3] == ["month", "month", "year"]
    assert p.rule.tolist()[:3] == ["date.unknown_day"] * 3
    assert p.invalid.tolist()[4]  # no month 13


def test_one_or_two_days_written_00_are_slips() -> None:
    # as the earlier examiners planted them: a bad date to quarantine
    p = parse_dates(pd.Series(["00/05/2021", "00/09/2021", "14/03/2022"]), dayfirst=True)
    assert p.invalid.tolist() == [True, True, False]


def test_three_days_written_00_among_hundreds_of_dates_are_slips() -> None:
    # a compilation of 1,283 distinct dates with three impossible "2021-05-00": slips,
    # not the file's convention (under 1 % of its distinct dates)
    days = pd.date_range("2019-01-01", periods=400, freq="D").strftime("%Y-%m-%d")
    raw = pd.Series([*days, "2021-05-00", "2021-07-00", "2021-10-00"])
    p = parse_dates(raw, today=pd.Timestamp("2026-01-01"))
    assert p.invalid.tolist()[-3:] == [True, True, True]
    assert not p.invalid.iloc[:-3].any()


@pytest.mark.parametrize(
    ("raw", "iso", "precision"),
    [
        ("JULIO DE 2022 (SIN FECHA EXACTA)", "2022-07-01", "month"),
        ("14/03/2022 (approx.)", "2022-03-14", "day"),
        ("mars 2022 (date exacte inconnue)", "2022-03-01", "month"),
    ],
)
def test_a_date_then_a_remark_in_brackets(raw: str, iso: str, precision: str) -> None:
    p = parse_dates(pd.Series([raw]), dayfirst=True, today=pd.Timestamp("2026-01-01"))
    assert (str(p.values.iloc[0].date()), p.precision.iloc[0]) == (iso, precision)
    # a remark with digits may be another date: not dropped
    assert parse_dates(pd.Series(["14/03/2022 (2021)"]), dayfirst=True).invalid.all()


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("29-mag-23", "2023-05-29"),  # Italian month abbreviations
        ("26-ott-21", "2021-10-26"),
        ("12 giugno 2022", "2022-06-12"),
        ("301712ZAOU23", "2023-08-30"),  # a French date-time group: AOU (août)
    ],
)
def test_italian_months_and_french_date_time_groups(raw: str, iso: str) -> None:
    p = parse_dates(pd.Series([raw]), dayfirst=True, today=pd.Timestamp("2026-01-01"))
    assert str(p.values.iloc[0].date()) == iso


@pytest.mark.parametrize(
    ("raw", "iso", "precision"),
    [
        ("3. januar 2021", "2021-01-03", "day"),  # Danish, Norwegian
        ("26. marts 2021", "2021-03-26", "day"),
        ("14. okt. 2021", "2021-10-14", "day"),
        ("12. März 2022", "2022-03-12", "day"),  # German
        ("5 maart 2022", "2022-03-05", "day"),  # Dutch
        ("3 de março de 2022", "2022-03-03", "day"),  # Portuguese
        ("januar 2021", "2021-01-01", "month"),
        ("2. kvartal 2022", "2022-04-01", "quarter"),
        ("2. Quartal 2022", "2022-04-01", "quarter"),
    ],
)
def test_liaison_desks_month_and_quarter_words(raw: str, iso: str, precision: str) -> None:
    p = parse_dates(pd.Series([raw]), dayfirst=True, today=pd.Timestamp("2026-01-01"))
    assert (str(p.values.iloc[0].date()), p.precision.iloc[0]) == (iso, precision)


def test_one_date_written_twice_with_a_slash_between() -> None:
    raw = ["T3 2021 / Q3 2021", "12 mars 2022 / 12 March 2022", "T3 2021 / Q4 2021", "03/2022"]
    p = parse_dates(pd.Series(raw), dayfirst=True, today=pd.Timestamp("2026-01-01"))
    assert p.values.dt.strftime("%Y-%m-%d").tolist()[:2] == ["2021-07-01", "2022-03-12"]
    assert p.precision.tolist()[:2] == ["quarter", "day"]
    assert bool(p.invalid.iloc[2])  # two quarters: not one date
    assert p.values.dt.strftime("%Y-%m-%d").iloc[3] == "2022-03-01"  # a month, as before


def test_a_day_written_as_a_blank_to_fill_gives_the_month() -> None:
    raw = ["xx/06/2021", "XX.08.2021", "xx/13/2021", "??/10/2021"]
    p = parse_dates(pd.Series(raw), dayfirst=True, today=pd.Timestamp("2026-01-01"))
    assert p.values.dt.strftime("%Y-%m-%d").tolist()[:2] == ["2021-06-01", "2021-08-01"]
    assert p.precision.tolist()[:2] == ["month"] * 2
    assert bool(p.invalid.iloc[2])  # no month 13
    assert bool(p.invalid.iloc[3])  # a day nobody could read (blind27): a bad date


def test_month_names_in_mojibake_are_repaired() -> None:
    # a French file read in the wrong code page: "août", "février", "décembre"
    raw = pd.Series(["2 aoÃ»t 2022", "17 fÃ©vrier 2023", "dÃ©cembre 2021"])
    p = parse_dates(raw)
    assert p.values.tolist() == [
        pd.Timestamp("2022-08-02"),
        pd.Timestamp("2023-02-17"),
        pd.Timestamp("2021-12-01"),
    ]
    assert not p.invalid.any()
