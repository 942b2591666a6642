"""A fast path for the common phone numbers, with the same result as :mod:`phonenumbers`.

``phonenumbers.parse`` + ``is_valid_number`` cost about 100 µs per number: most of it goes
to generic pre-processing (RFC 3966 contexts, extensions, vanity letters, viability
patterns) that a number written with digits and plain punctuation never needs. For such a
number, ``parse`` depends only on its digits (it normalises them before looking at the
country code), so this module repeats the remaining steps of ``parse``,
``is_valid_number`` and ``is_possible_number`` on the digits, with the library's own
metadata (country calling codes, national prefixes, possible lengths, number patterns),
fetched and compiled once per region. No library exposes these steps without the
pre-processing, hence the hand-written copy; it follows phonenumbers 9 step by step
(``_maybe_extract_country_code``, ``_maybe_strip_national_prefix_carrier_code``,
``_test_number_length``, ``region_code_for_number``, ``_number_type_helper``).

:func:`phone_fast` gives the result of ``normalise._phone_one`` (the same decision order:
the region hints, the missing "+", the first possible number) or ``None`` as soon as a
number leaves the covered ground: letters or other punctuation, a region whose national
prefix is rewritten by a transform rule, a national number that starts with the region's
international or country calling code, a number ``parse`` would reject, non-geographic
calling codes. The caller then runs the full ``phonenumbers`` route, so the fast path
can make the common case faster but never change a result;
``tests/links/test_links_phonefast.py`` checks it against phonenumbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

import phonenumbers
from phonenumbers.phonemetadata import PhoneMetadata

__all__ = ["phone_fast"]

# Digits and the punctuation phonenumbers ignores (space, - . ( ) /); a leading "+" or
# "(" and a final digit. Letters (vanity numbers, "ext", "tel:"), "#", ";", "," and "~"
# (extensions) and non-ASCII digits are left to phonenumbers.
_SIMPLE: Final = re.compile(r"\+?[0-9(][0-9 ().\-/]*[0-9]", re.ASCII)
_NOT_DIGIT: Final = re.compile(r"[^0-9]", re.ASCII)
_MAX_INPUT: Final = 250  # phonenumbers' _MAX_INPUT_STRING_LENGTH
_MIN_NSN: Final = 2  # _MIN_LENGTH_FOR_NSN
_MAX_NSN: Final = 17  # _MAX_LENGTH_FOR_NSN
_NON_GEO: Final = "001"  # REGION_CODE_FOR_NON_GEO_ENTITY


@dataclass(frozen=True)
class _Desc:
    """A PhoneNumberDesc: possible lengths and the compiled national number pattern."""

    lengths: frozenset[int]
    pattern: re.Pattern[str] | None

    def matches(self, nsn: str) -> bool:
        # _is_number_matching_desc: the length check, then a full match of the pattern.
        if self.lengths and len(nsn) not in self.lengths:
            return False
        return self.pattern is not None and self.pattern.fullmatch(nsn) is not None


@dataclass(frozen=True)
class _Region:
    """What the fast path needs from one region's metadata."""

    country_code: int
    idd: re.Pattern[str] | None
    national_prefix: re.Pattern[str] | None
    has_transform: bool
    general: re.Pattern[str] | None
    general_lengths: tuple[int, ...]
    local_lengths: frozenset[int]
    general_desc: _Desc
    types: tuple[_Desc, ...]
    leading_digits: re.Pattern[str] | None
    by_length: dict[int, re.Pattern[str] | None] = field(default_factory=dict, compare=False)

    def general_full(self, nsn: str) -> bool:
        # _match_national_number(nsn, general_desc, False): no length check.
        return self.general is not None and self.general.fullmatch(nsn) is not None

    def is_valid_type(self, nsn: str) -> bool:
        # _number_type_helper(...) != UNKNOWN: the general description and any type.
        # (When mobile and fixed-line patterns are the same, testing both is harmless.)
        # The types whose lengths allow len(nsn) are joined into one pattern: a full
        # match of "(?:a)|(?:b)" is a full match of a or of b, in one call instead of ten.
        if not self.general_desc.matches(nsn):
            return False
        n = len(nsn)
        if n not in self.by_length:
            parts = [
                f"(?:{d.pattern.pattern})"
                for d in self.types
                if d.pattern is not None and (not d.lengths or n in d.lengths)
            ]
            self.by_length[n] = re.compile("|".join(parts)) if parts else None
        pattern = self.by_length[n]
        return pattern is not None and pattern.fullmatch(nsn) is not None

    def keeps_stripped(self, nsn: str) -> bool:
        # _test_number_length(nsn) not in (TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY, INVALID_LENGTH)
        n = len(nsn)
        if n in self.local_lengths:
            return False
        return n in self.general_lengths or n > self.general_lengths[-1]


def _compile(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None


def _desc(desc: object) -> _Desc | None:
    if desc is None:
        return None
    return _Desc(
        frozenset(getattr(desc, "possible_length", ()) or ()),
        _compile(getattr(desc, "national_number_pattern", None)),
    )


_TYPE_FIELDS: Final = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
    "fixed_line",
    "mobile",
)


@lru_cache(maxsize=512)
def _region(region: str) -> _Region | None:
    md = PhoneMetadata.metadata_for_region(region, None)
    if md is None or md.general_desc is None:
        return None
    general_lengths = tuple(md.general_desc.possible_length or ())
    general_desc = _desc(md.general_desc)
    if not general_lengths or general_desc is None:
        return None
    types = tuple(d for f in _TYPE_FIELDS if (d := _desc(getattr(md, f, None))) is not None)
    return _Region(
        country_code=int(md.country_code or 0),
        idd=_compile(md.international_prefix),
        national_prefix=_compile(md.national_prefix_for_parsing),
        has_transform=bool(md.national_prefix_transform_rule),
        general=_compile(md.general_desc.national_number_pattern),
        general_lengths=general_lengths,
        local_lengths=frozenset(md.general_desc.possible_length_local_only or ()),
        general_desc=general_desc,
        types=types,
        leading_digits=_compile(md.leading_digits),
    )


def _split_country_code(digits: str) -> tuple[int, str] | None:
    # _extract_country_code: the shortest prefix (1-3 digits) that is a calling code.
    if not digits or digits[0] == "0":
        return None
    for i in range(1, min(len(digits), 3) + 1):
        code = int(digits[:i])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return code, digits[i:]
    return None


def _national_number(national: str, md: _Region) -> str | None:
    """parse() after the country code: strip the national prefix when it is kept."""
    if len(national) < _MIN_NSN:
        return None
    nsn = national
    if md.national_prefix is not None:
        match = md.national_prefix.match(national)
        if match:
            stripped = national[match.end() :]
            if not (md.general_full(national) and not md.general_full(stripped)):
                if md.keeps_stripped(stripped):
                    nsn = stripped
    return None if len(nsn) > _MAX_NSN else nsn


def _is_valid(country_code: int, nsn: str) -> bool | None:
    """is_valid_number; ``None`` when the fast path does not cover the calling code."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if not regions or _NON_GEO in regions:
        return None
    found: _Region | None = None
    if len(regions) == 1:
        found = _region(regions[0])
        if found is None:
            return None
    else:
        # region_code_for_number: leading digits if the region has them, else validity.
        for code in regions:
            md = _region(code)
            if md is None:
                if PhoneMetadata.metadata_for_region(code, None) is not None:
                    return None  # metadata we could not read: let phonenumbers decide
                continue
            if md.leading_digits is not None:
                if md.leading_digits.match(nsn):
                    found = md
                    break
            elif md.is_valid_type(nsn):
                found = md
                break
        if found is None:
            return False
    return found.is_valid_type(nsn)


def _parse(text: str, region: str | None) -> tuple[int, str] | None:
    """``parse(text, region)`` -> (country code, national significant number), or None.

    ``text`` is simple (see ``_SIMPLE``); ``None`` also when ``parse`` would raise.
    """
    digits = _NOT_DIGIT.sub("", text)
    if region is None:
        if not text.startswith("+") or len(digits) <= _MIN_NSN:
            return None
        split = _split_country_code(digits)
        if split is None:
            return None
        country_code, national = split
        main = phonenumbers.region_code_for_country_code(country_code)
        if main == _NON_GEO:
            return None
        md = _region(main)
    else:
        if text.startswith("+") or region not in phonenumbers.SUPPORTED_REGIONS:
            return None
        md = _region(region)
        if md is None or (md.idd is not None and md.idd.match(digits)):
            return None  # an international dialling prefix: phonenumbers reads a country
        if digits.startswith(str(md.country_code)):
            return None  # maybe the country code without "+": phonenumbers' own rules
        country_code, national = md.country_code, digits
    if md is None or md.has_transform:
        return None
    nsn = _national_number(national, md)
    return None if nsn is None else (country_code, nsn)


def _is_possible(country_code: int, nsn: str) -> bool | None:
    """is_possible_number: the length fits the main region of the calling code."""
    main = phonenumbers.region_code_for_country_code(country_code)
    md = None if main == _NON_GEO else _region(main)
    if md is None:
        return None
    return len(nsn) in md.local_lengths or len(nsn) in md.general_lengths


def phone_fast(raw: str, hints: tuple[str, ...]) -> tuple[str, bool, str] | None:
    """Normalise one phone number as ``normalise._phone_one`` does, or return ``None``.

    Parameters
    ----------
    raw : str
        The number as written.
    hints : tuple of str
        Regions (ISO alpha-2) to try, in order, for a number in national format.

    Returns
    -------
    tuple of (str, bool, str) or None
        (normalised, valid, rule) exactly as ``_phone_one`` gives them; ``None`` when the
        number is not covered here (then ask ``_phone_one``).

    Examples
    --------
    >>> phone_fast("+44 7911 123456", ()), phone_fast("08012345678", ("NG",))
    (('+447911123456', True, 'phone.e164'), ('+2348012345678', True, 'phone.e164'))
    >>> phone_fast("+44 7911 123456 ext. 12", ()) is None  # an extension: not covered
    True
    """
    text = raw.strip()
    if len(text) > _MAX_INPUT or not _SIMPLE.fullmatch(text):
        return None
    digits = _NOT_DIGIT.sub("", text)
    international = text.startswith(("+", "00"))
    if text.startswith("00"):
        text = "+" + text[2:]
    regions: tuple[str | None, ...] = (None,) if international else hints
    first_possible: str | None = None
    for region in regions:
        parsed = _parse(text, region)
        if parsed is None:
            return None
        country_code, nsn = parsed
        valid = _is_valid(country_code, nsn)
        if valid is None:
            return None
        e164 = f"+{country_code}{nsn}"
        if valid:
            return e164, True, "phone.e164"
        if first_possible is None:
            possible = _is_possible(country_code, nsn)
            if possible is None:
                return None
            if possible:
                first_possible = e164
    if not international and len(digits) >= 10 and not digits.startswith("0"):
        # Spreadsheets drop the "+" of international numbers (2348012345678).
        parsed = _parse("+" + digits, None)
        if parsed is None:
            return None
        valid = _is_valid(*parsed)
        if valid is None:
            return None
        if valid:
            return f"+{parsed[0]}{parsed[1]}", True, "phone.e164_missing_plus"
    if first_possible is not None:
        return first_possible, False, "phone.e164_unassigned"
    rule = "phone.no_region" if not international and not hints else "phone.unparsed"
    return ("+" + digits) if international else digits, False, rule
