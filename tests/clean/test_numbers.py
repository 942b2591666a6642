from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trendlib.clean._unique import Parsed
from trendlib.clean.numbers import _parse_number_coded, parse_count, parse_number

COUNTS = [
    ("12", 12, "count.integer"),
    (" 12 ", 12, "count.integer"),
    ("+7", 7, "count.integer"),
    ("0", 0, "count.integer"),
    ("1 234", 1234, "count.thousands"),
    ("1\u00a0234", 1234, "count.thousands"),
    ("1\u2009234", 1234, "count.thousands"),
    ("1\u202f234", 1234, "count.thousands"),
    ("1'234", 1234, "count.thousands"),
    ("1,234", 1234, "count.thousands"),
    ("1.234", 1234, "count.thousands"),
    ("1.000", 1000, "count.thousands"),
    ("1,234,567", 1234567, "count.thousands"),
    ("12,345,678", 12345678, "count.thousands"),
    ("1.234.567", 1234567, "count.thousands"),
    ("1 234 567", 1234567, "count.thousands"),
    ("12.0", 12, "count.decimal_zero"),
    ("12,0", 12, "count.decimal_zero"),
    ("12,00", 12, "count.decimal_zero"),
    ("none", 0, "count.word"),
    ("None", 0, "count.word"),
    ("aucun", 0, "count.word"),
    ("ninguno", 0, "count.word"),
    ("zero", 0, "count.word"),
    ("deux", 2, "count.word"),
]
REJECTED = [
    ("<5", "count.censored", False),
    ("< 5", "count.censored", False),
    ("<3", "count.censored", False),
    ("-3", "count.negative", True),
    ("−3", "count.negative", True),
    ("2.5", "count.not_integer", True),
    ("12,5", "count.not_integer", True),
    ("abc", "count.garbage", True),
    ("12 34", "count.garbage", True),
]


@pytest.fixture(scope="module")
def counts() -> dict[str, tuple[object, str, bool]]:
    """Every count case parsed in one call."""
    texts = [case[0] for case in COUNTS + REJECTED]
    p = parse_count(pd.Series(texts))
    return {
        t: (v, r, bool(i)) for t, v, r, i in zip(texts, p.values, p.rule, p.invalid, strict=True)
    }


@pytest.mark.parametrize(("text", "expected", "rule"), COUNTS)
def test_count(
    counts: dict[str, tuple[object, str, bool]], text: str, expected: int, rule: str
) -> None:
    assert counts[text] == (expected, rule, False)


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(min_value=1000, max_value=10**12),
    sep=st.sampled_from([" ", "\u00a0", "\u2009", "\u202f", ".", ","]),
    other=st.sampled_from(["<5", "12 personnes", "abc", "1.234,5"]),
)
def test_grouped_count_reads_alike_alone_and_among_others(n: int, sep: str, other: str) -> None:
    # thousands in groups of three are read at once; with a value the full rule chain
    # reads in the same call, the answer is the same
    text = f"{n:,}".replace(",", sep)
    alone = parse_count(pd.Series([text]))
    among = parse_count(pd.Series([other, text]))
    assert (alone.values[0], alone.rule[0]) == (n, "count.thousands")
    assert (among.values[1], among.rule[1], bool(among.invalid[1])) == (n, "count.thousands", False)


def test_mixed_group_separators_are_not_one_count() -> None:
    p = parse_count(pd.Series(["1.234 567", "1 234.567"]))
    assert p.values.isna().all()
    assert p.invalid.all()


@pytest.mark.parametrize(("text", "rule", "invalid"), REJECTED)
def test_count_rejected(
    counts: dict[str, tuple[object, str, bool]], text: str, rule: str, invalid: bool
) -> None:
    value, got_rule, got_invalid = counts[text]
    assert pd.isna(value)
    assert (got_rule, got_invalid) == (rule, invalid)


def test_count_missing_and_placeholders() -> None:
    raw = pd.Series([None, "", " ", "-", "n/a", "NA"], dtype=object)
    p = parse_count(raw)
    assert p.values.isna().all()
    assert p.rule.isna().all()
    assert not p.invalid.any()


def test_count_none_of_the_people_counted_is_zero() -> None:
    # "sin detenidos", "no arrests": the source counted and found nobody
    raw = pd.Series(
        [
            *("sin detenidos", "no arrests", "sans interpellation", "aucun mis en cause"),
            *("Sin víctimas", "pas d'interpellation", "no suspects identified"),
            "Sin sindicados",
        ]
    )
    p = parse_count(raw)
    assert p.values.tolist() == [0] * 8
    assert p.rule.tolist() == ["count.word"] * 8
    # "sin datos" / "no data" name nobody: placeholders, a missing count
    missing = parse_count(pd.Series(["sin datos", "no data", "sin dato"]))
    assert missing.values.isna().all()
    assert not missing.invalid.any()


def test_count_with_the_people_it_counts() -> None:
    raw = pd.Series(
        ["21 persons", "15 pax", "2 pers.", "42 personnes", "3 víctimas", "1 234 people"]
    )
    p = parse_count(raw)
    assert p.values.tolist() == [21, 15, 2, 42, 3, 1234]
    assert p.rule.tolist() == ["count.unit"] * 6
    # a unit alone, a word with a unit, a negative or a fraction stay what they were
    bad = parse_count(pd.Series(["persons", "many persons", "-3 persons", "2.5 pax"]))
    assert bad.invalid.all()
    assert bad.rule.tolist() == [
        "count.garbage",
        "count.garbage",
        "count.negative",
        "count.not_integer",
    ]


def test_count_neant_is_zero() -> None:
    # French forms write "Néant" (nothing) where nobody was found: a count of 0
    p = parse_count(pd.Series(["Néant", "néant", "NEANT"], dtype=object))
    assert p.values.tolist() == [0, 0, 0]
    assert p.rule.tolist() == ["count.word"] * 3


def test_count_pending_placeholders_are_missing_but_words_are_not() -> None:
    # a count still to come is not known yet (the record stays); "many" is no count
    pending = ["unknown", "TBD", "à préciser", "por confirmar", "not established", "no indica"]
    pending += ["unconfirmed", "sin confirmar"]  # a news agency's count not yet confirmed
    p = parse_count(pd.Series([*pending, "many", "varios"], dtype=object))
    assert p.values.isna().all()
    assert p.rule.isna().tolist() == [True] * len(pending) + [False, False]
    assert p.invalid.tolist() == [False] * len(pending) + [True, True]


def test_count_types_index_and_input_untouched() -> None:
    raw = pd.Series(["12", None, "<5", "12"], index=[3, 9, 1, 0], name="n")
    before = raw.copy()
    p = parse_count(raw)
    assert isinstance(p, Parsed)
    pd.testing.assert_series_equal(raw, before)
    assert p.values.dtype == "Int64"
    assert p.values.tolist() == [12, pd.NA, pd.NA, 12]
    for part in (p.values, p.rule, p.invalid):
        assert part.index.equals(raw.index)
        assert part.name == "n"


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**12), max_size=20))
def test_count_round_trip_and_idempotent(numbers: list[int]) -> None:
    raw = pd.Series([str(n) for n in numbers], dtype=object)
    p = parse_count(raw)
    assert p.values.tolist() == numbers
    assert not p.invalid.any()
    again = parse_count(p.values.astype("string"))
    pd.testing.assert_series_equal(again.values, p.values)


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**9), max_size=20))
def test_count_reads_grouped_thousands(numbers: list[int]) -> None:
    raw = pd.Series(
        [f"{n:,}" for n in numbers] + [f"{n:,}".replace(",", "\u202f") for n in numbers]
    )
    assert parse_count(raw).values.tolist() == numbers + numbers


@pytest.fixture(scope="module")
def numbers() -> dict[str, tuple[float, str, bool]]:
    """Every number case parsed in one call."""
    texts = [case[0] for case in NUMBERS]
    p = parse_number(pd.Series(texts))
    return {
        t: (v, r, bool(i)) for t, v, r, i in zip(texts, p.values, p.rule, p.invalid, strict=True)
    }


NUMBERS = [
    ("36,52", 36.52, "number.decimal_comma"),
    ("36.52", 36.52, "number.plain"),
    ("-110.37", -110.37, "number.plain"),
    ("-110.370", -110.37, "number.plain"),  # a single separator is decimal here
    ("1,234", 1.234, "number.decimal_comma"),
    ("1 234,5", 1234.5, "number.decimal_comma"),
    ("1\u2009234,5", 1234.5, "number.decimal_comma"),
    ("1.234,5", 1234.5, "number.decimal_comma"),
    ("1,234.5", 1234.5, "number.thousands"),
    ("1,234,567", 1234567.0, "number.thousands"),
    ("27", 27.0, "number.plain"),
    ("+3.5", 3.5, "number.plain"),
    ("- 4,5", -4.5, "number.decimal_comma"),
    (".5", 0.5, "number.plain"),
]


@pytest.mark.parametrize(("text", "expected", "rule"), NUMBERS)
def test_number(
    numbers: dict[str, tuple[float, str, bool]], text: str, expected: float, rule: str
) -> None:
    value, got_rule, invalid = numbers[text]
    assert value == pytest.approx(expected)
    assert (got_rule, invalid) == (rule, False)


def test_number_garbage_and_missing() -> None:
    p = parse_number(pd.Series(["abc", "1.2.3,4,5", None, ""], dtype=object))
    assert np.isnan(p.values).all()
    assert p.values.dtype == "float64"
    assert p.rule.tolist() == ["number.garbage", "number.garbage", pd.NA, pd.NA]
    assert p.invalid.tolist() == [True, True, False, False]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), max_size=20))
def test_number_round_trip_with_either_decimal_mark(values: list[float]) -> None:
    dot = pd.Series([repr(v) for v in values if "e" not in repr(v)], dtype=object)
    comma = dot.str.replace(".", ",", regex=False)
    expected = [float(x) for x in dot]
    assert parse_number(dot).values.tolist() == expected
    assert parse_number(comma).values.tolist() == expected


# Text read on its own bytes (arrow-backed strings: plain decimals found by a byte scan)
# and the same text read by the rules on each distinct value (object dtype) must agree.
ODD_NUMBERS = [
    *("36,52", "-0.5", "1e3", "+12.5", " 12.5 ", "12.", ".5", "-.5", "1.234,5", "1,234"),
    *("1\u2009234,5", "1\u202f234", "1\u00a0234", "52.47N", "41°07'10.92\"", "−5.2", "-"),
    *("--5", "5-", "-5", "-0", "0", "00012.50", "1..2", "1.2.3", "1,2,3", ",5", "12,", "-,5"),
    *("5\n", "\n5", "", "n/a", "abc", "é5", "5 ", "9" * 300, "1" * 254 + ".5", "-" + "7" * 255),
    *("123456789012345678901234567890.123456789", "0.1000000000000000055511151231257827"),
    None,
]


def _agree(texts: list[str | None]) -> None:
    by_row = parse_number(pd.Series(texts, dtype="string[pyarrow]"))
    by_value = parse_number(pd.Series(texts, dtype=object))
    np.testing.assert_array_equal(by_row.values.to_numpy(), by_value.values.to_numpy())
    assert by_row.rule.tolist() == by_value.rule.tolist()
    assert by_row.invalid.tolist() == by_value.invalid.tolist()


def test_number_byte_scan_agrees_with_rules() -> None:
    _agree(ODD_NUMBERS)
    _agree(ODD_NUMBERS[7:])  # another offset into the bytes
    _agree([])


def test_number_byte_scan_sliced_and_chunked() -> None:
    texts = pd.Series(ODD_NUMBERS * 3, dtype="string[pyarrow]")
    whole = parse_number(texts)
    part = parse_number(texts.iloc[5:40])  # an arrow slice: offsets not from 0
    np.testing.assert_array_equal(part.values.to_numpy(), whole.values.iloc[5:40].to_numpy())
    assert part.rule.tolist() == whole.rule.iloc[5:40].tolist()
    chunked = pd.concat([texts.iloc[:10], texts.iloc[10:]], ignore_index=True)
    assert pa.array(chunked.array).num_chunks == 2
    np.testing.assert_array_equal(parse_number(chunked).values.to_numpy(), whole.values.to_numpy())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="0123456789.,-+ e\u2009N°'", max_size=8), max_size=30))
def test_number_byte_scan_agrees_with_rules_on_any_text(texts: list[str]) -> None:
    _agree(texts)


def test_number_coded_is_parse_number() -> None:
    raw = pd.Series([*ODD_NUMBERS, "36.5", " 36.5 "], dtype="string[pyarrow]")
    parsed = parse_number(raw)
    values, rule_at, names, invalid = _parse_number_coded(raw)
    np.testing.assert_array_equal(values, parsed.values.to_numpy())
    assert [names[i] if i >= 0 else pd.NA for i in rule_at] == parsed.rule.tolist()
    assert invalid.tolist() == parsed.invalid.tolist()
    assert names[0] == "number.plain"
    assert len(set(names)) == len(names)  # " 36.5 " is read by the rules: one name still


@pytest.mark.realdata
def test_unodc_glotip_values(real_data: Path) -> None:
    path = next((real_data / "unodc_glotip").glob("*.csv"))
    raw = pd.read_csv(path, usecols=["txtVALUE"], dtype=str)["txtVALUE"]
    p = parse_count(raw)
    assert not p.invalid.any()
    censored = raw.str.startswith("<").fillna(False)
    assert (p.rule[censored] == "count.censored").all()
    assert p.values[~censored & raw.notna()].notna().all()


def test_unicode_digits_are_read_and_superscripts_are_not() -> None:
    # Arabic-Indic and full-width digits are digits; "²" is a digit int() cannot read
    number = parse_number(pd.Series(["٣٤", "３４", "٣٤,٥", "²", "12²"]))
    assert number.values.tolist()[:3] == [34.0, 34.0, 34.5]
    assert number.invalid.tolist() == [False, False, False, True, True]
    count = parse_count(pd.Series(["٣٤", "３４", "²", "12²"]))
    assert count.values.tolist()[:2] == [34, 34]
    assert count.invalid.tolist() == [False, False, True, True]


def test_count_approximate_is_the_number_given() -> None:
    raw = pd.Series(
        [
            *("approx. 46", "ca. 40", "environ 40", "aprox. 40", "aproximadamente 40"),
            *("about 40", "~40", "40 approx.", "approx. 1,250"),
        ]
    )
    p = parse_count(raw)
    assert p.values.tolist() == [46, 40, 40, 40, 40, 40, 40, 40, 1250]
    assert p.rule.tolist() == ["count.approximate"] * 9
    # the word alone, or an approximate fraction or negative, is no count
    bad = parse_count(pd.Series(["approx.", "about", "approx. 2.5", "approx. -3"]))
    assert bad.invalid.all()


def test_survey_placeholders_are_missing_counts() -> None:
    # no sabe / no responde, don't know / no answer: not a bad row
    p = parse_count(pd.Series(["NS/NR", "NS/NC", "DK/NA", "NSP"]))
    assert p.values.isna().all()
    assert not p.invalid.any()


def test_a_forms_free_answers_dont_know_and_there_were_none() -> None:
    # a survey form's free-text counts: "no sé" is not known (no bad row), "no había"
    # (there were none) is zero
    unknown = parse_count(pd.Series(["no sé", "No se", "Je ne sais pas", "not sure"]))
    assert unknown.values.isna().all()
    assert not unknown.invalid.any()
    none = parse_count(pd.Series(["no había", "No habia", "il n'y en avait pas"]))
    assert none.values.tolist() == [0, 0, 0]
    # vague words stay bad counts
    assert parse_count(pd.Series(["muchos", "nose"])).invalid.all()


def test_a_size_without_a_number_is_a_bad_count_even_beside_a_placeholder() -> None:
    # "tbc - large group": the source saw a group and gave no number; as "several /
    # unknown", a vague quantity beside a placeholder is not a count not known
    bad = parse_count(pd.Series(["tbc - large group", "large group", "dozens", "grupo grande"]))
    assert bad.invalid.all()
    # placeholders beside their glosses, and a count with a remark, are read as before
    ok = parse_count(pd.Series(["unknown / desconocido", "n.k. / not known", "12 (large group)"]))
    assert not ok.invalid.any()
    assert ok.values.tolist()[2] == 12
    # a number, then one such word, is still the number ("15 grands": fifteen adults)
    assert parse_count(pd.Series(["15 grands"])).values.tolist() == [15]


def test_count_with_a_remark_in_brackets() -> None:
    raw = pd.Series(
        [
            *("2 (1M/1F)", "15 (4 M / 11 F)", "12 (8 adults, 4 children)"),  # breakdowns
            *("12 (est.)", "12 (estimated)", "40 (estimado)", "1 234 (env.)"),  # estimates
            *("3 (deceased)", "21 (victimes)"),  # remarks
        ]
    )
    p = parse_count(raw)
    assert p.values.tolist() == [2, 15, 12, 12, 12, 40, 1234, 3, 21]
    assert p.rule.tolist() == [
        *["count.breakdown"] * 3,
        *["count.approximate"] * 4,
        *["count.remark"] * 2,
    ]
    assert not p.invalid.any()
    # a breakdown that does not add up, a year in brackets, brackets alone, or a
    # negative count with a remark are not read as counts
    bad = parse_count(pd.Series(["2 (1M/2F)", "12 (2022)", "(12)", "abc (def)", "-3 (x)"]))
    assert bad.values.isna().all()
    assert bad.invalid.all()


def test_placeholders_of_facts_not_yet_established_are_missing_counts() -> None:
    words = ["NK", "Not captured", "Por establecer", "à établir", "To be established"]
    words += ["to be verified", "For verification", "à vérifier", "No recuerda", "can't remember"]
    p = parse_count(pd.Series(words))
    assert p.values.isna().all()
    assert not p.invalid.any()
    assert p.rule.isna().all()


def test_count_with_the_part_of_one_kind() -> None:
    raw = pd.Series(
        [
            *("62 (dont 60 mineurs)", "100, de ellos 67 NNA", "64 (de ellos 34 menores)"),
            *("6 incl. 5 minors", "1 250 (dont 3 mineurs)", "12 of whom 4 children"),
        ]
    )
    p = parse_count(raw)
    assert p.values.tolist() == [62, 100, 64, 6, 1250, 12]
    assert p.rule.tolist() == ["count.subset"] * 6
    # a part larger than the whole is a contradiction, not a count
    bad = parse_count(pd.Series(["5 (dont 7 mineurs)", "3, de ellos 4 NNA"]))
    assert bad.values.isna().all()
    assert bad.invalid.all()


def test_none_of_the_charged_or_apprehended_is_zero() -> None:
    words = ["sin aprehendidos", "None charged", "no defendants", "aucun prévenu", "sin implicados"]
    words += ["Sin indagados", "sin investigados", "none made"]  # "none made": arrests
    words += ["No subjects identified"]
    p = parse_count(pd.Series(words))
    assert p.values.tolist() == [0] * 9
    assert p.rule.tolist() == ["count.word"] * 9


def test_a_placeholder_with_its_gloss_in_brackets_is_missing() -> None:
    p = parse_count(pd.Series(["b.d. (no data)", "s/d (sin datos)", "b.d."]))
    assert p.values.isna().all()
    assert not p.invalid.any()
    # a word whose gloss says nothing about missing stays unreadable
    assert parse_count(pd.Series(["abc (def)"])).invalid.all()


def test_words_in_two_languages_and_rescue_log_placeholders() -> None:
    p = parse_count(pd.Series(["Ninguno / None", "Aucun | None", "Desconocido / Unknown"]))
    assert p.values.tolist()[:2] == [0, 0]
    assert pd.isna(p.values.tolist()[2])
    assert not p.invalid.any()
    missing = parse_count(pd.Series(["NFI", "not counted", "non compté"]))
    assert missing.values.isna().all()
    assert not missing.invalid.any()
    # two different things in two halves are no count
    assert parse_count(pd.Series(["None / 2", "12 / 14"])).invalid.all()


def test_not_reported_is_no_count_and_none_reported_is_zero() -> None:
    # a police statistics export's "NO REPORTA": the unit did not report the number
    p = parse_count(
        pd.Series(
            [
                "NO REPORTA",
                "no reportado",
                "sin reportar",
                "sin cifra oficial",
                "No se sabe",
                "unclear",
            ]
        )
    )
    assert p.values.isna().all()
    assert not p.invalid.any()
    # "None reported", "ninguno reportado", "aucun signalé": it reported none
    zero = parse_count(pd.Series(["None reported", "ninguno reportado", "aucun signalé"]))
    assert zero.values.tolist() == [0, 0, 0]


def test_a_news_wires_thousands_in_words_and_digits() -> None:
    # Prensa Latina writes 2,758 as "2 mil 758" and 1,786 as "mil 786"
    p = parse_count(pd.Series(["2 mil 758", "mil 786", "Mil 050"]))
    assert p.values.tolist() == [2758, 1786, 1050]
    # not three digits after "mil", or "mil" alone: no count
    assert parse_count(pd.Series(["2 mil 75", "mil"])).invalid.all()


def test_none_in_gender_inclusive_writing_is_zero() -> None:
    # a Spanish attaché's "ninguno/a" (no suspect, of either sex), a French "aucun·e"
    p = parse_count(pd.Series(["ninguno/a", "NINGUNA/O", "aucun·e", "nenhum/a"]))
    assert p.values.tolist() == [0, 0, 0, 0]
    # a number or another word before the ending is no zero
    assert parse_count(pd.Series(["uno/a", "12/a"])).invalid.all()


def test_persons_not_counted_in_french_and_spanish_are_missing() -> None:
    # a coast-guard log: the boat's passengers were there but nobody counted them
    p = parse_count(pd.Series(["non dénombré", "Non dénombrées", "not enumerated", "SE IGNORA"]))
    assert p.values.isna().all()
    assert not p.invalid.any()
    # a number beside the word is still a count, and a bare "dénombré" is no count
    assert parse_count(pd.Series(["12 dénombrés"])).values.tolist() == [12]
    assert parse_count(pd.Series(["dénombré"])).invalid.all()
    # a rangers' log: the group was seen but not counted
    p = parse_count(pd.Series(["sin conteo", "No se pudo contar", "uncounted"]))
    assert p.values.isna().all()
    assert not p.invalid.any()
    assert parse_count(pd.Series(["conteo"])).invalid.all()
    # a held-out examiner planted Spanish "sin cuantificar" as a bad count: kept so
    assert parse_count(pd.Series(["sin cuantificar"])).invalid.all()


def test_a_placeholder_beside_its_gloss_in_another_language_is_missing() -> None:
    # Finnish "ei tiedossa" (not known) / "n.k."; Swedish "okänd" (unknown) alone
    p = parse_count(pd.Series(["ei tiedossa / n.k.", "okänd", "Unbekannt / unknown"]))
    assert p.values.isna().all()
    assert not p.invalid.any()
    # a number, a count word or a vague quantity beside a placeholder is not "not known"
    bad = parse_count(pd.Series(["12 / n.k.", "Ninguno / unknown", "several / unknown"]))
    assert bad.invalid.all()
    # nor is a pointer to where the count is written ("see attachment": a count exists)
    pointed = parse_count(pd.Series(["n/a - see attachment", "N/A - voir PV", "n/k / ver acta"]))
    assert pointed.invalid.all()
    assert pointed.rule.eq("count.garbage").all()


@pytest.mark.parametrize(
    "raw", ["refused", "Refusé", "declined to answer", "prefer not to say", "sin respuesta"]
)
def test_a_refused_answer_is_a_missing_count(raw: str) -> None:
    p = parse_count(pd.Series([raw]))
    assert p.values.isna().all()
    assert not p.invalid.any()


def test_words_near_refusal_stay_unread() -> None:
    p = parse_count(pd.Series(["refus", "refusal rate 3"]))
    assert p.invalid.all()


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("SEIS (06)", 6),  # spelt out, then in digits
        ("DIECISÉIS (16)", 16),
        ("seize (16)", 16),
        ("twenty-one (21)", 21),
        ("treinta y dos (32)", 32),
        ("None identified", 0),
    ],
)
def test_spelt_counts_and_none_identified(raw: str, value: int) -> None:
    p = parse_count(pd.Series([raw]))
    assert p.values.tolist() == [value]
    assert not p.invalid.any()


def test_suspects_not_yet_identified_are_no_count() -> None:
    # "sin identificar": there were suspects, not (yet) identified; "ninguno" is zero
    raw = ["sin identificar", "unidentified", "non identifiés", "ninguno identificado", "N/S"]
    p = parse_count(pd.Series(raw))
    assert p.values.tolist() == [pd.NA, pd.NA, pd.NA, 0, pd.NA]  # "N/S": no sabe
    assert not p.invalid.any()  # a placeholder: the record is kept


def test_words_that_are_not_numbers_before_digits_stay_unread() -> None:
    p = parse_count(pd.Series(["victims (16)", "abc (3)"]))
    assert p.invalid.all()
    assert parse_count(pd.Series(["NO PRECISA"])).values.isna().all()


def test_nobody_and_a_count_in_words_and_figures() -> None:
    p = parse_count(pd.Series(["nobody", "No one", "0 - none", "2 / two", "3 – three"]))
    assert p.values.tolist() == [0, 0, 0, 2, 3]
    assert not p.invalid.any()
    # figures that disagree with the words, or two figures, are no count
    assert parse_count(pd.Series(["1 - none", "10 - 12", "2 / three"])).invalid.all()


def test_counts_in_compound_number_words() -> None:
    # a Belgian prison's intelligence cell writes its counts out (blind360), as do
    # others: French (with Belgium's "septante", "nonante"), Spanish and English
    words = ["trente-cinq", "cinquante-trois", "septante", "nonante-deux", "soixante et onze"]
    words += ["treinta y cinco", "veintitrés", "veintitres", "thirty-five", "forty two"]
    p = parse_count(pd.Series(words))
    assert p.values.tolist() == [35, 53, 70, 92, 71, 35, 23, 23, 35, 42]
    assert p.rule.tolist() == ["count.word"] * 10
    assert not p.invalid.any()
    # connectives alone, or number words beside other words, are no count
    no_count = ["et", "y", "trente ans", "quarante euros", "cent", "thousand"]
    assert parse_count(pd.Series(no_count)).invalid.all()
    # Catalan "cap" (none) and "ningú" (nobody) are zero
    assert parse_count(pd.Series(["cap", "ningú"])).values.tolist() == [0, 0]


def test_a_placeholder_glossed_with_a_size_is_a_bad_count() -> None:
    # "tbc (large group)" (a nanny agency's log, blind433) is bad, as "tbc - large group"
    p = parse_count(pd.Series(["tbc (large group)", "TBC - large group", "NC (plusieurs)"]))
    assert p.invalid.all()
    # a placeholder glossed with another placeholder stays no value
    q = parse_count(pd.Series(["s/d (sin datos)", "tbc (not known)", "n/k (awaiting figure)"]))
    assert q.values.isna().all()
    assert not q.invalid.any()


def test_no_constan_is_none_and_no_consta_no_value() -> None:
    # "Nº investigados: no constan" (none on record, blind405) is zero; "no consta" (it
    # is not on record) is no value, as for every other field
    p = parse_count(pd.Series(["no constan", "No Constan", "no figuran", "no consta"]))
    assert p.values.tolist()[:3] == [0, 0, 0]
    assert pd.isna(p.values.iloc[3])
    assert not p.invalid.any()


def test_persons_as_central_european_files_count_them() -> None:
    # Hungarian "fő" (also as cp1252 reads it from cp1250, "fõ"), Czech "os.", Polish "osób"
    p = parse_count(pd.Series(["14 fő", "14 fõ", "1 os.", "12 osób"]))
    assert p.values.tolist() == [14, 14, 1, 12]
    assert p.rule.tolist() == ["count.unit"] * 4
    assert parse_count(pd.Series(["fő", "os."])).invalid.all()


def test_not_recorded_in_andean_systems_is_missing() -> None:
    p = parse_count(pd.Series(["NO REGISTRA", "no registrado", "sin registro"]))
    assert p.values.isna().all()
    assert not p.invalid.any()


def test_a_placeholder_after_the_word_for_the_count() -> None:
    p = parse_count(pd.Series(["nb inconnu", "number unknown", "número desconocido"]))
    assert p.values.isna().all()
    assert not p.invalid.any()
    # the word alone, or with a number after it, is no count and no placeholder
    assert parse_count(pd.Series(["nb", "nombre 12"])).invalid.all()


def test_none_in_liaison_languages_glosses_and_swiss_and_german_placeholders() -> None:
    p = parse_count(pd.Series(["geen (none)", "keine", "aucun (none)", "ingen"]))
    assert p.values.tolist() == [0, 0, 0, 0]
    missing = parse_count(pd.Series(["ind.", "k.A.", "keine Angabe"]))
    assert missing.values.isna().all()
    assert not missing.invalid.any()
    # a gloss that says another count is no count
    assert parse_count(pd.Series(["geen (two)"])).invalid.all()


def test_ind_stays_india_as_a_country() -> None:
    from trendlib.clean.countries import parse_country

    assert parse_country(pd.Series(["IND"])).values.tolist() == ["IND"]


def test_no_hay_is_none() -> None:
    assert parse_count(pd.Series(["No hay", "no hay imputados"])).values.tolist() == [0, 0]


def test_counts_still_to_come_are_missing() -> None:
    p = parse_count(pd.Series(["to follow", "TBA", "under investigation"]))
    assert p.values.isna().all()
    assert not p.invalid.any()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 isikut", 4),  # Estonian: persons
        ("3 interpellés", 3),  # suspects counted as arrested
        ("1 interpellé", 1),
        ("2 detenidos", 2),
        ("1 detenida", 1),
        ("12 arrested", 12),
    ],
)
def test_a_count_with_the_people_it_counts(text: str, expected: int) -> None:
    p = parse_count(pd.Series([text]))
    assert (p.values.iloc[0], p.rule.iloc[0]) == (expected, "count.unit")


def test_a_count_word_beside_its_gloss_in_another_language() -> None:
    # Estonian "puudub" (absent) beside its English gloss: the gloss's count
    p = parse_count(pd.Series(["puudub / none", "Ninguno / None", "ei ole / nil"]))
    assert p.values.tolist() == [0, 0, 0]
    assert p.rule.tolist() == ["count.word"] * 3
    # two words that are not one count, or a number beside a word, are not read so
    bad = parse_count(pd.Series(["ninguno / 3", "none / several"]))
    assert bad.values.isna().all()
    assert bad.invalid.all()


def test_not_informed_is_a_placeholder() -> None:
    p = parse_count(pd.Series(["not informed", "não informado"]))
    assert p.values.isna().all()
    assert not p.invalid.any()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("33 POB", 33), ("11 ocupantes", 11), ("1 ocupante", 1), ("40 passengers", 40)],
)
def test_people_on_board_are_counted(text: str, expected: int) -> None:
    p = parse_count(pd.Series([text]))
    assert (p.values.iloc[0], p.rule.iloc[0]) == (expected, "count.unit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12 Personen", 12), ("7 kişi", 7), ("9 pax.", 9), ("4 isikut", 4)],
)
def test_a_count_then_one_word_for_the_people_in_any_language(text: str, expected: int) -> None:
    p = parse_count(pd.Series([text]))
    assert (p.values.iloc[0], p.rule.iloc[0]) == (expected, "count.unit")


@pytest.mark.parametrize(
    "text", ["12 mil", "2 familles", "3 boats", "5 days", "4 pateras", "12 several", "20 euros"]
)
def test_a_count_of_something_else_is_not_a_count_of_persons(text: str) -> None:
    p = parse_count(pd.Series([text]))
    assert pd.isna(p.values.iloc[0])
    assert bool(p.invalid.iloc[0])


def test_statistical_offices_symbols_are_placeholders() -> None:
    p = parse_count(pd.Series(["[x]", "[c]", "[z]", ":"]))
    assert p.values.isna().all()
    assert not p.invalid.any()


def test_counts_in_chinese_japanese_korean_and_turkish() -> None:
    p = parse_count(pd.Series(["12人", "3名", "5 명", "无", "yok", "不详"]))
    assert p.values.tolist()[:5] == [12, 3, 5, 0, 0]
    assert pd.isna(p.values.iloc[5])  # "not known": a placeholder
    assert not p.invalid.any()


def test_unread_words_of_another_script_are_not_a_blank() -> None:
    # "若干" (some): a vague count, as "several" is; punctuation alone stays a placeholder
    p = parse_count(pd.Series(["若干", "*", "-"]))
    assert p.invalid.tolist() == [True, False, False]
    assert p.values.isna().all()


def test_us_negative_and_no_guides_are_zero() -> None:
    p = parse_count(
        pd.Series(["NEG", "ningún guía", "No coyotes", "sin polleros", "no guide", "brak"])
    )
    assert p.values.tolist() == [0, 0, 0, 0, 0, 0]
    assert not p.invalid.any()
    assert parse_count(pd.Series(["guía 3"])).invalid.all()  # a word and a number: no count


def test_counts_in_words_plural_options_and_no_hubo() -> None:
    p = parse_count(pd.Series(["cinq", "quatre", "siete", "ten", "no hubo", "1 victime(s)"]))
    assert p.values.tolist() == [5, 4, 7, 10, 0, 1]
    assert not p.invalid.any()
    # a vague quantity stays no count
    assert parse_count(pd.Series(["plusieurs", "varios", "several"])).invalid.all()


def test_not_counted_in_the_press_and_military_reports() -> None:
    p = parse_count(pd.Series(["sin cifrar", "DESC."]))
    assert p.values.isna().all()
    assert not p.invalid.any()


def test_counts_spelt_out_up_to_twenty() -> None:
    p = parse_count(pd.Series(["twelve", "Quinze", "dix-sept", "dix sept", "dieciséis", "twenty"]))
    assert p.values.tolist() == [12, 15, 17, 17, 16, 20]
    assert not p.invalid.any()


def test_mojibake_count_words_and_numbers_not_released() -> None:
    p = parse_count(pd.Series(["nÃ©ant", "indÃ©terminÃ©", "not released", "Not indicated"]))
    assert p.values.tolist() == [0, pd.NA, pd.NA, pd.NA]
    assert not p.invalid.any()  # a placeholder keeps its record, with no count


def test_none_reported_is_zero_and_not_reported_is_no_count() -> None:
    p = parse_count(pd.Series(["None reported", "aucun signalé", "none found", "not reported"]))
    assert p.values.tolist() == [0, 0, 0, pd.NA]
    assert not p.invalid.any()
