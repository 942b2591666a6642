"""Tests of trendlib._text: the repair skips ftfy only where ftfy would change nothing."""

from __future__ import annotations

import gettext

import ftfy
import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trendlib._text import fold, repair_text


def _ftfy(text: str) -> str:
    return ftfy.fix_text(text, normalization="NFC").strip()


def _names() -> list[str]:
    """Country names in English, French and Spanish, as pycountry writes them."""
    names = [c.name for c in pycountry.countries]
    for lang in ("fr", "es"):
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        names += [tr.gettext(c.name) for c in pycountry.countries]
    return names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Libye → Italie ", "Libye → Italie"),  # inert: skips ftfy
        ("Côte d'Ivoire", "Côte d'Ivoire"),
        ("  CÃ´te dâ€™Ivoire ", "Côte d'Ivoire"),  # mojibake: ftfy repairs it
        ("voilÃ le travail", "voilà le travail"),  # "Ã " is ftfy's lost-byte rule
        ("Ĳsland", "IJsland"),  # a ligature ftfy splits
        ("Cafe\u0301", "Café"),  # combining accent: NFC
        ("Türkiye &amp; Grèce", "Türkiye & Grèce"),  # HTML entity
    ],
)
def test_repair_text_cases(text: str, expected: str) -> None:
    assert repair_text(text) == expected
    assert repair_text(text) == _ftfy(text)


def test_repair_matches_ftfy_on_country_names_and_their_mojibake() -> None:
    names = _names()
    mangled = [n.encode("utf-8").decode("cp1252", errors="replace") for n in names]
    latin = [n.encode("utf-8").decode("latin-1") for n in names]
    routes = [f"{a} → {b}" for a, b in zip(names, reversed(names), strict=True)]
    for text in [*names, *mangled, *latin, *routes]:
        assert repair_text(text) == _ftfy(text), text


# Characters the fast path accepts, with ones it must hand to ftfy mixed in.
_INERT = [*"aeiouAEZ -,/|>;'", *"éèàçñüöÁÍÓÚâêîôûãõøÅØÆæßğışŁłŽžŠšŒœŸ", *"→←⇒"]
_TOUCHY = ["Ã", "Â", "©", "€", "’", "“", "\u0301", "ﬁ", "&", "\x00", "\u2028", "Ａ", "\u00a0", "™"]
_ALPHABET = st.sampled_from([*_INERT, *_TOUCHY])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_ALPHABET, max_size=24).map("".join))
def test_repair_matches_ftfy_property(text: str) -> None:
    if text.isascii():  # ASCII is only trimmed (no mojibake possible); ftfy would drop NUL
        assert repair_text(text) == text.strip()
    else:
        assert repair_text(text) == _ftfy(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ALPHABET, max_size=24).map("".join))
def test_fold_is_ascii_and_idempotent(text: str) -> None:
    key = fold(text)
    assert key.isascii()
    assert fold(key) == key
