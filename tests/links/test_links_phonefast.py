"""The phone fast path gives phonenumbers' result, or steps aside."""

from __future__ import annotations

import random

import pandas as pd
import phonenumbers
import pytest

from trendlib.links import normalise_phones
from trendlib.links._phonefast import phone_fast
from trendlib.links.normalise import _phone_one

# (as written, region hints): formats and regions the fast path covers.
COVERED = [
    ("+44 7911 123456", ()),  # international, spaces
    ("+44 (0) 7911-123456", ()),  # national prefix written after the country code
    ("0044 7911 123456", ()),  # 00 instead of +
    ("+234 801 234 5678", ()),
    ("+1 (212) 555-0187", ()),  # +1: many regions share it
    ("+39 06 1234 5678", ()),  # Italian leading zero kept
    ("+33 6 12 34 56 78", ()),
    ("08012345678", ("NG",)),  # national, first hint valid
    ("07911 123456", ("GB",)),
    ("347 177 2297", ("IT",)),
    ("(0)6.12.34.56.78", ("FR",)),
    ("3471772297", ("NG", "IT")),  # first hint invalid, second valid
    ("2348012345678", ()),  # the "+" lost in a spreadsheet, no hint
    ("+44 20 7946 0", ()),  # too short: possible? no -> unparsed digits
    ("+44 7911 12345", ()),  # not valid, possible or not
    ("12-34", ("NG",)),
    ("0801234", ()),  # national without a hint
]

# Formats that must fall back to phonenumbers (the fast path returns None).
FALLBACK = [
    ("+44 7911 123456 ext. 12", ()),  # extension
    ("1-800-FLOWERS", ("US",)),  # vanity letters
    ("tel:+44-7911-123456", ()),  # RFC 3966
    ("+44 7911 123456#", ()),
    ("011 44 7911 123456", ("US",)),  # US international dialling prefix
    ("2348012345678", ("NG",)),  # starts with NG's country code, no "+"
    ("+800 1234 5678", ()),  # non-geographic calling code
    ("+0 123 456", ()),  # no country code
    ("+44", ()),  # too short to parse
    ("0911 234 5678", ("MX",)),  # a transform rule for Mexico's national prefix
    ("+٤٤ ٧٩١١ ١٢٣٤٥٦", ()),  # non-ASCII digits
    ("call me", ("NG",)),
]


@pytest.mark.parametrize(("raw", "hints"), COVERED)
def test_fast_path_covers_plain_numbers_with_the_same_result(raw, hints):
    fast = phone_fast(raw, hints)
    assert fast is not None
    assert fast == _phone_one(raw, hints)


@pytest.mark.parametrize(("raw", "hints"), FALLBACK)
def test_fast_path_steps_aside_for_what_it_does_not_cover(raw, hints):
    assert phone_fast(raw, hints) is None


def test_fast_path_agrees_with_phonenumbers_on_mutated_example_numbers():
    """Example numbers of every region and type, mutated and punctuated, random hints."""
    rng = random.Random(0)
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    examples = []
    for region in regions:
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                examples.append((region, number))
    covered = 0
    for _ in range(4000):
        region, number = rng.choice(examples)
        nsn = phonenumbers.national_significant_number(number)
        if rng.random() < 0.5:  # change, add or drop a digit
            i = rng.randrange(len(nsn))
            nsn = rng.choice([nsn[:i] + str(rng.randrange(10)) + nsn[i + 1 :], nsn + "5", nsn[1:]])
        cc = str(number.country_code)
        prefix = phonenumbers.ndd_prefix_for_region(region, True) or ""
        text = rng.choice([f"+{cc} {nsn}", f"00{cc}{nsn}", f"{cc}{nsn}", f"{prefix}{nsn}"])
        text = "".join(c + (rng.choice(" -./()") if rng.random() < 0.1 else "") for c in text)
        hints = tuple(
            dict.fromkeys(rng.choice([region, *regions]) for _ in range(rng.randint(0, 3)))
        )
        fast = phone_fast(text, hints)
        if fast is not None:
            covered += 1
            assert fast == _phone_one(text, hints), (text, hints)
    assert covered > 2000  # the fast path is used, not only skipped


def test_normalise_phones_mixes_fast_and_fallback_rows():
    values = pd.Series(
        ["+44 7911 123456", "+44 7911 123456 ext. 12", "08012345678", "1-800-FLOWERS"]
    )
    out = normalise_phones(values, region=pd.Series(["NGA", "GBR", "NGA", "USA"]))
    assert out["normalised"].tolist() == [
        "+447911123456",
        "+447911123456",
        "+2348012345678",
        "+18003569377",
    ]
    assert out["rule"].tolist() == ["phone.e164"] * 4
