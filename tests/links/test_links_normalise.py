from __future__ import annotations

import pandas as pd
import pytest

from trendlib.errors import DataContractError, ParameterError, TrendlibError
from trendlib.links import (
    extract_entities,
    iban_is_valid,
    name_key,
    normalise_accounts,
    normalise_phones,
)


def test_phone_national_and_international_agree_with_country_context():
    out = normalise_phones(pd.Series(["+234 801 234 5678", "08012345678"]), region="NGA")
    assert out["normalised"].tolist() == ["+2348012345678", "+2348012345678"]
    assert out["valid"].all()


def test_phone_hints_tried_in_order_and_00_prefix():
    region = pd.DataFrame({"det": ["ITA", "ITA"], "orig": ["NGA", "NGA"]})
    out = normalise_phones(pd.Series(["0039 347 1772297", "3471772297"]), region=region)
    assert out["normalised"].tolist() == ["+393471772297", "+393471772297"]


def test_malformed_phone_is_kept_with_a_flag():
    out = normalise_phones(pd.Series(["12-34", "call me", None]), region="NGA")
    assert out["normalised"].tolist()[0] == "1234"
    assert out["valid"].tolist() == [False, False, False]
    assert out["rule"].tolist()[:2] == ["phone.unparsed", "phone.no_digits"]
    assert out["normalised"].isna().tolist() == [False, True, True]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("OKAFOR John", "John Okafor"),
        ("Tran, Van Minh", "Văn Minh Trần"),
        ("Mohammed Al-Hassan", "MUHAMAD al hasan"),
        ("Mohamed Ali", "Muhammad Ali"),
        ("Youssef Ibrahim", "Yusuf Ebrahim"),
    ],
)
def test_name_variants_share_a_key(a, b):
    assert name_key(a) == name_key(b)


def test_different_names_keep_different_keys():
    assert name_key("John Okafor") != name_key("Joan Okafor")


def test_iban_checksum():
    assert iban_is_valid("GB82 WEST 1234 5698 7654 32")
    assert iban_is_valid("de89370400440532013000")
    assert not iban_is_valid("GB83 WEST 1234 5698 7654 32")  # one digit off
    assert not iban_is_valid("12345")


def test_accounts_flag_bad_iban_and_strip_prefix():
    out = normalise_accounts(
        pd.Series(["IBAN GB82 WEST 1234 5698 7654 32", "GB83WEST12345698765432", "0012-3456"])
    )
    assert out["normalised"].tolist() == [
        "GB82WEST12345698765432",
        "GB83WEST12345698765432",
        "00123456",
    ]
    assert out["valid"].tolist() == [True, False, True]
    assert out["rule"].tolist() == ["iban.valid", "iban.bad_checksum", "account.plain"]


def _records():
    return pd.DataFrame(
        {
            "record_id": ["r1", "r2", "r3"],
            "detection_country": ["NGA", "NGA", "ITA"],
            "suspect_names": ["OKAFOR John|  ", "John Okafor", None],
            "phones": ["+234 801 234 5678", "08012345678|unknown", "12"],
            "documents": ["a12-345 67", None, "A1234567"],
            "vehicles": [None, "AB 123 CD", None],
            "accounts": ["GB83WEST12345698765432", None, None],
            "emails": [None, " J.Doe@Example.COM", "not-an-email"],
        },
        index=[10, 11, 12],
    )


def test_extract_entities_long_table():
    rec = _records()
    before = rec.copy()
    ent = extract_entities(rec)
    pd.testing.assert_frame_equal(rec, before)  # input not modified
    assert list(ent.columns) == ["record_id", "kind", "raw", "normalised", "valid", "rule"]
    phones = ent[ent["kind"] == "phone"]
    assert phones["normalised"].tolist() == ["+2348012345678", "+2348012345678", pd.NA, "12"]
    placeholder = phones[phones["raw"] == "unknown"]
    assert placeholder["rule"].tolist() == ["phone.placeholder"]  # kept, never links
    docs = ent[ent["kind"] == "document"]["normalised"].tolist()
    assert docs == ["A1234567", "A1234567"]
    bad_iban = ent[ent["kind"] == "account"]
    assert bad_iban["valid"].tolist() == [False]  # malformed but kept
    assert set(ent[ent["kind"] == "email"]["valid"]) == {True, False}
    assert (ent["raw"].str.strip() != "").all()  # empty pieces of "a|  " dropped


def test_extract_entities_without_identifier_columns_is_empty():
    ent = extract_entities(pd.DataFrame({"record_id": ["r1"], "n_persons": [3]}))
    assert ent.empty
    assert list(ent.columns) == ["record_id", "kind", "raw", "normalised", "valid", "rule"]


def test_numeric_phone_column_from_excel():
    rec = pd.DataFrame({"record_id": ["r1"], "phones": [2348012345678.0]})
    assert extract_entities(rec)["normalised"].tolist() == ["+2348012345678"]


def test_bad_input_gives_clear_errors():
    with pytest.raises(DataContractError, match="record frame"):
        extract_entities([1, 2, 3])  # type: ignore[arg-type]
    with pytest.raises(DataContractError, match="record_id"):
        extract_entities(pd.DataFrame({"phones": ["1"]}))
    with pytest.raises(ParameterError, match="unknown entity kind"):
        extract_entities(pd.DataFrame({"record_id": ["r"], "x": ["1"]}), columns={"x": "shoe"})
    with pytest.raises(DataContractError, match="list"):
        extract_entities(pd.DataFrame({"record_id": ["r"], "phones": [["1", "2"]]}))
    with pytest.raises(TrendlibError, match="bool"):
        extract_entities(pd.DataFrame({"record_id": ["r"], "phones": [True]}))
