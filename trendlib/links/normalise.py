"""Split and normalise the identifier columns of a record frame into entity mentions.

Each identifier column of DESIGN.md §3 (``suspect_names``, ``phones``, ``documents``,
``vehicles``, ``accounts``, ``emails``) holds ``|``-joined values. :func:`extract_entities`
turns them into one long table, one row per (record, value), with the value as written,
its normalised form (the key that links records) and a validity flag. Malformed values
(a phone number that does not parse, an IBAN whose checksum fails) are kept with
``valid=False``: an analyst may still want to see two cases that share the same garbled
number, and nothing is dropped silently.

Every normaliser works on the unique values only (``pd.factorize``), then maps back, so a
million mentions of a few hundred thousand distinct values cost what those values cost.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Final

import numpy as np
import pandas as pd
import phonenumbers
import pycountry

from trendlib._text import fold
from trendlib.errors import DataContractError, ParameterError, short_list
from trendlib.links._phonefast import phone_fast
from trendlib.schema import IDENTIFIER_COLUMNS

__all__ = [
    "ENTITY_COLUMNS",
    "ENTITY_KINDS",
    "extract_entities",
    "iban_is_valid",
    "name_key",
    "normalise_accounts",
    "normalise_codes",
    "normalise_emails",
    "normalise_names",
    "normalise_phones",
]

#: Identifier column -> entity kind.
ENTITY_KINDS: Final[dict[str, str]] = {
    "suspect_names": "name",
    "phones": "phone",
    "documents": "document",
    "vehicles": "vehicle",
    "accounts": "account",
    "emails": "email",
}

#: Columns of the long mention table returned by :func:`extract_entities`.
ENTITY_COLUMNS: Final = ("record_id", "kind", "raw", "normalised", "valid", "rule")

# Folded values that mean "no value" in the languages of the sources.
_PLACEHOLDERS: Final = frozenset(
    [
        *"unknown n a na none null nil not known inconnu desconocido sconosciuto".split(),
        *"unbekannt x xx xxx 0".split(),
        *["not known", "n d", "s o", "sin datos", "non connu"],
    ]
)

_PLACEHOLDER_MAX_LEN: Final = 16

# Countries whose hint is tried, in order, when a phone number is written in national
# format (no "+" or "00" prefix).
_PHONE_HINT_COLUMNS: Final = ("detection_country", "origin_country", "nationality")

# ---------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------

# Transliteration variants of common given names and name particles in THB/SoM casework
# (Arabic, Slavic and West-African names written in Latin script by different agencies).
# No library maps these (they are spelling conventions, not phonetics), so the groups are
# written out here; the first word of each group is the canonical spelling.
_NAME_VARIANTS: Final = (
    "muhammad mohammed mohamed mohammad mohamad muhammed muhamed muhamad mohd mahomed "
    "mouhamed mouhammad mohamud",
    "ahmad ahmed ahmet",
    "hussein husein hussain husain hossein hosein housein",
    "hassan hasan hassane",
    "abdullah abdallah abdulla abdalla",
    "abdul abdel abdal abdoul abdoulaye",
    "yusuf youssef yousef yusef youssouf yousif yousuf yossef",
    "omar umar omer",
    "osman othman uthman usman",
    "ibrahim ebrahim ibraheem brahim",
    "mustafa mostafa moustafa mustapha",
    "khalid khaled",
    "mahmoud mahmud mahmood",
    "said saeed sayed saeid saied",
    "abubakar abubakr aboubakar abubakr",
    "suleiman sulaiman soliman suleyman sulayman",
    "aleksandr alexander aleksander alexandr oleksandr",
    "sergei sergey serhii serhiy",
    "dmitri dmitry dmitriy dmytro",
    "andrei andrey andriy",
    "nikolai nikolay mykola",
    "yevgeny evgeny evgeni yevgeniy",
    "yuri yury iurii yuriy",
    "tatiana tatyana tetiana",
    "natalia natalya nataliya",
    "viktor victor",
)


_ASCII_DROP = re.compile(r"['`]")
_ASCII_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fast_fold(text: str) -> str:
    """:func:`trendlib._text.fold`, with a fast path for plain ASCII text (same result).

    Examples
    --------
    >>> fast_fold("O'Brien-SMITH "), fast_fold("Zoë")
    ('obrien smith', 'zoe')
    """
    if text.isascii():
        return _ASCII_NON_ALNUM.sub(" ", _ASCII_DROP.sub("", text.lower())).strip()
    return fold(text)


def _collapse_doubles(token: str) -> str:
    return re.sub(r"(.)\1+", r"\1", token)


@lru_cache(maxsize=1)
def _variant_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for group in _NAME_VARIANTS:
        words = group.split()
        for word in words:
            out[_collapse_doubles(word)] = _collapse_doubles(words[0])
    return out


def name_key(text: str) -> str:
    """Return the comparison key of a person's name.

    The key is case- and accent-free, maps known transliteration variants to one
    spelling (Mohammed, Muhamad, Mohamed -> muhamad), collapses doubled letters
    (Hassan = Hasan) and sorts the tokens, so "OKAFOR John" and "John Okafor" agree.

    Parameters
    ----------
    text : str
        A name as written.

    Returns
    -------
    str
        The key (may be empty if the name holds no letters or digits).

    Examples
    --------
    >>> name_key("OKAFOR John") == name_key("John  Okafor")
    True
    >>> name_key("Mohammed Al-Hassan"), name_key("Muhamad al Hasan")
    ('al hasan muhamad', 'al hasan muhamad')
    >>> name_key("Zoë Łukasiewicz")
    'lukasiewicz zoe'
    """
    variants = _variant_map()
    tokens = []
    for token in fast_fold(text).split():
        collapsed = _collapse_doubles(token)
        tokens.append(variants.get(collapsed, collapsed))
    return " ".join(sorted(tokens))


def _factorized(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(pd.Series(values, dtype="object"), use_na_sentinel=True)
    return codes, np.asarray(uniques, dtype=object)


def _frame_from_unique(
    codes: np.ndarray,
    norm: Sequence[str | None],
    valid: Sequence[bool],
    rule: Sequence[str | None],
    index: pd.Index,
) -> pd.DataFrame:
    norm_a = np.array([*(x if x else None for x in norm), None], dtype=object)
    valid_a = np.array([*valid, False], dtype=bool)
    rule_a = np.array([*rule, None], dtype=object)
    return pd.DataFrame(
        {
            "normalised": pd.array(norm_a[codes], dtype="string"),
            "valid": valid_a[codes],
            "rule": pd.array(rule_a[codes], dtype="string"),
        },
        index=index,
    )


def normalise_names(values: pd.Series) -> pd.DataFrame:
    """Normalise person names to their comparison key (see :func:`name_key`).

    Parameters
    ----------
    values : Series
        Names as written; missing values stay missing. Not modified.

    Returns
    -------
    DataFrame
        ``normalised`` (string), ``valid`` (bool: the name holds a letter) and ``rule``,
        aligned with ``values``.

    Examples
    --------
    >>> normalise_names(pd.Series(["OKAFOR John", "john okafor", "--"]))["normalised"].tolist()
    ['john okafor', 'john okafor', <NA>]
    """
    codes, uniques = _factorized(values)
    keys = [name_key(str(u)) for u in uniques]
    valid = [any(c.isalpha() for c in k) for k in keys]
    rule = ["name.key" if v else "name.empty" for v in valid]
    return _frame_from_unique(codes, keys, valid, rule, values.index)


# ---------------------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------------------

_NOT_DIGIT = re.compile(r"[^0-9]")


@lru_cache(maxsize=512)
def _alpha2(code: str) -> str | None:
    code = code.strip().upper()
    if len(code) == 2:
        return code
    country = pycountry.countries.get(alpha_3=code)
    return None if country is None else str(country.alpha_2)


def _phone_one(raw: str, hints: tuple[str, ...]) -> tuple[str, bool, str]:
    text = raw.strip()
    digits = _NOT_DIGIT.sub("", text)
    international = text.startswith("+") or text.startswith("00")
    if international and text.startswith("00"):
        text = "+" + text[2:]
    fallback = ("+" + digits) if international else digits
    if not digits:
        return "", False, "phone.no_digits"
    regions: tuple[str | None, ...] = (None,) if international else hints
    first_possible: str | None = None
    for region in regions:
        try:
            num = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        if phonenumbers.is_valid_number(num):
            return e164, True, "phone.e164"
        if first_possible is None and phonenumbers.is_possible_number(num):
            first_possible = e164
    if not international and len(digits) >= 10 and not digits.startswith("0"):
        # Spreadsheets drop the "+" of international numbers (2348012345678).
        try:
            num = phonenumbers.parse("+" + digits, None)
            if phonenumbers.is_valid_number(num):
                e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
                return e164, True, "phone.e164_missing_plus"
        except phonenumbers.NumberParseException:
            pass
    if first_possible is not None:
        return first_possible, False, "phone.e164_unassigned"
    rule = "phone.no_region" if not international and not hints else "phone.unparsed"
    return fallback, False, rule


def _hint_texts(
    hints: pd.DataFrame, present: np.ndarray, combo: np.ndarray
) -> list[tuple[str, ...]]:
    """Return the hint texts (``""`` when missing) of each combination code ``0..k-1``."""
    if hints.shape[1] == 0:
        return [()]
    first = np.unique(combo, return_index=True)[1]
    rows = hints[present].iloc[first]
    texts = rows.astype("object").where(rows.notna(), "").astype(str)
    return [tuple(t) for t in texts.itertuples(index=False, name=None)]


def normalise_phones(
    values: pd.Series,
    *,
    region: pd.Series | pd.DataFrame | str | None = None,
) -> pd.DataFrame:
    """Normalise phone numbers to E.164 with :mod:`phonenumbers`.

    Numbers written with ``+`` or ``00`` are parsed as international. Numbers in national
    format need a region hint: each row's countries (ISO alpha-3 or alpha-2) are tried in
    order and the first that gives a valid number wins.

    Parameters
    ----------
    values : Series
        Phone numbers as written. Not modified.
    region : str, Series or DataFrame, optional
        Region hint(s): one code for all rows, one code per row, or several columns of
        codes per row, tried left to right (e.g. detection then origin country).

    Returns
    -------
    DataFrame
        ``normalised`` (E.164 such as ``+2348012345678``; the digits as written when the
        number cannot be parsed), ``valid`` (a valid, assigned number) and ``rule``
        (``phone.e164``, ``phone.e164_missing_plus`` (digits that only make a valid
        number read as international), ``phone.e164_unassigned``, ``phone.unparsed``,
        ``phone.no_region``, ``phone.no_digits``), aligned with ``values``.

    Notes
    -----
    Numbers written with digits and plain punctuation (spaces, ``-``, ``.``, ``/``,
    brackets) take a fast path that repeats phonenumbers' parsing and validation steps on
    the digits with phonenumbers' own metadata, about ten times faster; any other number
    (letters, extensions, rare national rules) goes through ``phonenumbers.parse``. The
    results are the same.

    Examples
    --------
    >>> s = pd.Series(["+234 801 234 5678", "08012345678", "12-34"])
    >>> out = normalise_phones(s, region="NGA")
    >>> out["normalised"].tolist(), out["valid"].tolist()
    (['+2348012345678', '+2348012345678', '1234'], [True, True, False])
    """
    n = len(values)
    if region is None:
        hints = pd.DataFrame(index=values.index)
    elif isinstance(region, str):
        hints = pd.DataFrame({"r0": [region] * n}, index=values.index)
    elif isinstance(region, pd.Series):
        hints = region.to_frame("r0")
    else:
        hints = region
    # The work is done once per distinct (number, hints) pair, found with integer codes
    # (joining the hints to each number as text cost a string per row).
    text = pd.Series(values, dtype="object")
    present = text.notna().to_numpy()
    raw_codes, raw_uniques = pd.factorize(text[present].astype(str))
    raw_list = [str(u) for u in raw_uniques]
    # International numbers need no hint: leave it out so they share one unique value.
    national = np.array([not r.lstrip().startswith(("+", "00")) for r in raw_list], dtype=bool)
    combo = np.zeros(int(present.sum()), dtype=np.int64)
    for c in hints.columns:
        col = hints[c].astype("object").where(hints[c].notna(), "").astype(str)
        h_codes, h_uniques = pd.factorize(col[present])
        combo = pd.factorize(combo * max(len(h_uniques), 1) + h_codes)[0].astype(np.int64)
    combo_hints = _hint_texts(hints, present, combo)
    combo = np.where(national[raw_codes], combo, -1)
    pair_codes, pairs = pd.factorize(
        raw_codes.astype(np.int64) * (len(combo_hints) + 1) + combo + 1
    )
    codes = np.full(n, -1, dtype=np.int64)
    codes[present] = pair_codes
    regions_of: dict[int, tuple[str, ...]] = {}
    norm: list[str | None] = []
    valid: list[bool] = []
    rule: list[str | None] = []
    for pair in np.asarray(pairs, dtype=np.int64).tolist():
        raw_code, hint_code = divmod(pair, len(combo_hints) + 1)
        raw = raw_list[raw_code]
        if hint_code not in regions_of:
            texts = combo_hints[hint_code - 1] if hint_code else ()
            regions = tuple(dict.fromkeys(a for h in texts if h and (a := _alpha2(h))))
            regions_of[hint_code] = regions
        else:
            regions = regions_of[hint_code]
        # The fast path covers plain numbers (same result); phonenumbers does the rest.
        out = phone_fast(raw, regions) or _phone_one(raw, regions)
        norm.append(out[0])
        valid.append(out[1])
        rule.append(out[2])
    return _frame_from_unique(codes, norm, valid, rule, values.index)


# ---------------------------------------------------------------------------------------
# accounts (IBAN), documents, plates, emails
# ---------------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[\s\-./_:]+")
_IBAN_SHAPE = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


def iban_is_valid(iban: str) -> bool:
    """Check an IBAN's ISO 13616 mod-97 checksum (spaces and case ignored).

    Parameters
    ----------
    iban : str
        The IBAN as written.

    Returns
    -------
    bool
        True when the shape is right and the remainder is 1.

    Examples
    --------
    >>> iban_is_valid("GB82 WEST 1234 5698 7654 32"), iban_is_valid("GB83WEST12345698765432")
    (True, False)
    """
    text = _SEPARATORS.sub("", iban).upper()
    if not _IBAN_SHAPE.match(text):
        return False
    # int(c, 36) maps 0-9 to themselves and A-Z to 10-35, as ISO 7064 mod 97-10 asks.
    rearranged = "".join(str(int(c, 36)) for c in text[4:] + text[:4])
    return int(rearranged) % 97 == 1


def normalise_accounts(values: pd.Series) -> pd.DataFrame:
    """Normalise bank accounts: upper case without separators; IBANs get their checksum checked.

    Parameters
    ----------
    values : Series
        Account numbers or IBANs as written. Not modified.

    Returns
    -------
    DataFrame
        ``normalised``, ``valid`` (False for an IBAN-shaped value whose mod-97 checksum
        fails, or a value without letters and digits) and ``rule`` (``iban.valid``,
        ``iban.bad_checksum``, ``account.plain``, ``account.empty``).

    Examples
    --------
    >>> out = normalise_accounts(pd.Series(["IBAN gb82 west 1234 5698 7654 32",
    ...                                     "DE00123456789012345678"]))
    >>> out["normalised"].tolist(), out["valid"].tolist(), out["rule"].tolist()
    (['GB82WEST12345698765432', 'DE00123456789012345678'], [True, False], \
['iban.valid', 'iban.bad_checksum'])
    """
    codes, uniques = _factorized(values)
    norm, valid, rule = [], [], []
    for u in uniques:
        text = _SEPARATORS.sub("", str(u)).upper()
        if text.startswith("IBAN") and _IBAN_SHAPE.match(text[4:]):
            text = text[4:]  # "IBAN IT60 X054 ..." as printed on statements
        norm.append(text)
        if not text:
            valid.append(False)
            rule.append("account.empty")
        elif _IBAN_SHAPE.match(text):
            ok = iban_is_valid(text)
            valid.append(ok)
            rule.append("iban.valid" if ok else "iban.bad_checksum")
        else:
            valid.append(True)
            rule.append("account.plain")
    return _frame_from_unique(codes, norm, valid, rule, values.index)


def normalise_codes(values: pd.Series, *, kind: str = "document") -> pd.DataFrame:
    """Normalise document numbers or vehicle plates: upper case, no spaces, dashes or dots.

    Parameters
    ----------
    values : Series
        Codes as written. Not modified.
    kind : str, default="document"
        Used in the rule name (``document.code``, ``vehicle.code``).

    Returns
    -------
    DataFrame
        ``normalised``, ``valid`` (the code holds a letter or digit) and ``rule``.

    Examples
    --------
    >>> normalise_codes(pd.Series(["a12-345 67", "A1234567"]))["normalised"].tolist()
    ['A1234567', 'A1234567']
    """
    codes, uniques = _factorized(values)
    norm = [_SEPARATORS.sub("", fast_fold(str(u))).upper() for u in uniques]
    valid = [bool(x) for x in norm]
    rule = [f"{kind}.code" if v else f"{kind}.empty" for v in valid]
    return _frame_from_unique(codes, list(norm), valid, rule, values.index)


def normalise_emails(values: pd.Series) -> pd.DataFrame:
    """Normalise e-mail addresses: trimmed, lower case, without ``mailto:``.

    Parameters
    ----------
    values : Series
        Addresses as written. Not modified.

    Returns
    -------
    DataFrame
        ``normalised``, ``valid`` (looks like ``local@domain.tld``) and ``rule``.

    Examples
    --------
    >>> out = normalise_emails(pd.Series([" Mailto:J.Doe@Example.COM ", "not-an-email"]))
    >>> out["normalised"].tolist(), out["valid"].tolist()
    (['j.doe@example.com', 'not-an-email'], [True, False])
    """
    codes, uniques = _factorized(values)
    norm = []
    for u in uniques:
        text = str(u).strip().lower()
        norm.append(text[7:].strip() if text.startswith("mailto:") else text)
    valid = [bool(_EMAIL.match(x)) for x in norm]
    rule = ["email.lower" if v else "email.malformed" for v in valid]
    return _frame_from_unique(codes, norm, valid, rule, values.index)


# ---------------------------------------------------------------------------------------
# records -> long mention table
# ---------------------------------------------------------------------------------------


def _as_text(col: pd.Series, name: str) -> pd.Series:
    """Return identifier values as text; integral numbers (Excel phones) lose their ``.0``."""
    if pd.api.types.is_bool_dtype(col) or pd.api.types.is_datetime64_any_dtype(col):
        raise DataContractError(
            f"identifier column {name!r} holds {col.dtype} values; expected text "
            "('|'-joined identifiers). Convert it to strings or drop it."
        )
    if pd.api.types.is_numeric_dtype(col):
        num = pd.to_numeric(col, errors="coerce")
        out = num.astype("Int64").astype("string") if (num.dropna() % 1 == 0).all() else num
        return out.astype("string")
    present = col.dropna()
    odd = present[~present.map(lambda v: isinstance(v, str | int | float | np.integer))]
    if len(odd):
        raise DataContractError(
            f"identifier column {name!r} holds {type(odd.iloc[0]).__name__} values (first at "
            f"row {odd.index[0]!r}); expected text such as '+234 801 234 5678|0803...'. "
            "Join lists with '|' before linking."
        )
    return col.astype("string")


def _placeholders(raw: pd.Series) -> np.ndarray:
    """Which values fold to a placeholder word ("unknown", "N/A", "0", ...)."""
    # Folding keeps the digits 1-9 and no placeholder holds one, so values with such a
    # digit (phones, documents, plates: most values) need no folding; the rest are folded
    # once per unique value.
    maybe = (raw.str.len().to_numpy() <= _PLACEHOLDER_MAX_LEN) & ~raw.str.contains(
        "[1-9]", regex=True
    ).to_numpy(dtype=bool)
    placeholder = np.zeros(len(raw), dtype=bool)
    if maybe.any():
        codes, uniques = pd.factorize(raw[maybe])
        folded = np.array([fast_fold(str(u)) in _PLACEHOLDERS for u in uniques], dtype=bool)
        placeholder[maybe] = folded[codes]
    return placeholder


def extract_entities(
    records: pd.DataFrame,
    *,
    columns: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Split the identifier columns of ``records`` into a long table of normalised mentions.

    Parameters
    ----------
    records : DataFrame
        A record frame with a ``record_id`` column and any of the identifier columns
        (``suspect_names``, ``phones``, ``documents``, ``vehicles``, ``accounts``,
        ``emails``), each ``|``-joined. ``detection_country``, ``origin_country`` and
        ``nationality`` (ISO alpha-3), when present, are the region hints for phone numbers
        written in national format. Not modified.
    columns : mapping of str to str, optional
        Identifier column -> kind (``name``, ``phone``, ``document``, ``vehicle``,
        ``account``, ``email``). Default: the columns of :data:`ENTITY_KINDS` present.

    Returns
    -------
    DataFrame
        One row per (record, identifier value): ``record_id``, ``kind``, ``raw`` (as
        written, trimmed), ``normalised`` (the linking key), ``valid`` (bool) and ``rule``
        (how it was normalised). Empty when no identifier column is present or filled.

    Raises
    ------
    DataContractError
        If ``records`` is not a DataFrame, lacks ``record_id``, or an identifier column
        holds values that are not text.
    ParameterError
        If ``columns`` names an unknown kind.

    Examples
    --------
    >>> rec = pd.DataFrame({"record_id": ["r1", "r2"], "detection_country": ["NGA", "NGA"],
    ...                     "phones": ["+234 801 234 5678", "08012345678|+39 06 1234 5678"],
    ...                     "accounts": [None, "GB82WEST12345698765432"]})
    >>> ent = extract_entities(rec)
    >>> ent[["record_id", "kind", "normalised", "valid"]]
      record_id     kind              normalised  valid
    0        r1    phone          +2348012345678   True
    1        r2    phone          +2348012345678   True
    2        r2    phone           +390612345678   True
    3        r2  account  GB82WEST12345698765432   True
    """
    if not isinstance(records, pd.DataFrame):
        raise DataContractError(
            f"expected a record frame (pandas DataFrame), got {type(records).__name__}; "
            "pass the output of trendlib.clean_records."
        )
    if "record_id" not in records.columns:
        raise DataContractError(
            "expected a record frame with a 'record_id' column, but found only "
            f"{short_list(list(records.columns))}; pass the output of trendlib.clean_records."
        )
    mapping = (
        dict(columns)
        if columns is not None
        else {c: ENTITY_KINDS[c] for c in IDENTIFIER_COLUMNS if c in records.columns}
    )
    known = set(ENTITY_KINDS.values())
    bad = {c: k for c, k in mapping.items() if k not in known}
    if bad:
        raise ParameterError(
            f"unknown entity kind(s) {short_list(list(bad.values()))} in columns={bad!r}; "
            f"use one of {sorted(known)}."
        )
    missing = [c for c in mapping if c not in records.columns]
    if missing:
        raise DataContractError(
            f"identifier column(s) {short_list(missing)} not found in the record frame; "
            f"columns present: {short_list(list(records.columns))}."
        )
    rec = records.reset_index(drop=True)
    # Arrow-backed "str" ids (the dtype the table always had), taken per mention without a
    # Python object per row.
    record_ids = rec["record_id"].astype("str").array
    parts = []
    for col, kind in mapping.items():
        text = _as_text(rec[col], col)
        filled = text.notna()
        if not filled.any():
            continue
        split = text[filled].str.split("|").explode()
        split = split.str.strip()
        split = split[split.notna() & (split != "")]
        if split.empty:
            continue
        pos = split.index.to_numpy()  # row positions of the records
        part = pd.DataFrame(
            {
                "record_id": record_ids.take(pos),
                "kind": kind,
                "raw": split.to_numpy(),
            }
        )
        raw = pd.Series(split.to_numpy(), dtype="object")
        if kind == "name":
            norm = normalise_names(raw)
        elif kind == "phone":
            hints = [c for c in _PHONE_HINT_COLUMNS if c in rec.columns]
            region = rec[hints].iloc[pos].reset_index(drop=True) if hints else None
            norm = normalise_phones(raw, region=region)
        elif kind == "account":
            norm = normalise_accounts(raw)
        elif kind == "email":
            norm = normalise_emails(raw)
        else:
            norm = normalise_codes(raw, kind=kind)
        part = pd.concat([part, norm.reset_index(drop=True)], axis=1)
        # Placeholders ("unknown", "N/A", "-") are kept as mentions but never link records.
        placeholder = _placeholders(raw)
        if placeholder.any():
            part.loc[placeholder, "normalised"] = pd.NA
            part.loc[placeholder, "valid"] = False
            part.loc[placeholder, "rule"] = f"{kind}.placeholder"
        parts.append(part)
    if not parts:
        return _empty_mentions()
    out = pd.concat(parts, ignore_index=True)
    out = out.drop_duplicates(["record_id", "kind", "raw"]).reset_index(drop=True)
    out["kind"] = out["kind"].astype("string")
    out["raw"] = out["raw"].astype("string")
    return out[list(ENTITY_COLUMNS)]


def _empty_mentions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "record_id": pd.Series(dtype="string"),
            "kind": pd.Series(dtype="string"),
            "raw": pd.Series(dtype="string"),
            "normalised": pd.Series(dtype="string"),
            "valid": pd.Series(dtype=bool),
            "rule": pd.Series(dtype="string"),
        }
    )
