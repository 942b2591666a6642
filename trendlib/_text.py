"""Text normalisation shared by header matching and value cleaning.

Private: the folding key below is how trendlib compares words written in
different cases, accents, spacing and punctuation ("Pays d'origine",
"PAYS D ORIGINE" and "pays_dorigine" fold to the same key).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

import ftfy
import ftfy.badness
import numpy as np
import pandas as pd

__all__ = ["COUNTRY_CODE_SUFFIX", "fold", "fold_array", "looks_like_counts", "repair_text"]

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Apostrophes are dropped rather than turned into spaces, so "d'origine" == "dorigine".
_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02bc\u0060\u00b4]")


def repair_text(text: str) -> str:
    """Repair mojibake and odd Unicode (ftfy), and trim whitespace.

    Parameters
    ----------
    text : str
        Text as read from a file.

    Returns
    -------
    str
        The repaired text.

    Examples
    --------
    >>> repair_text("  CÃ´te dâ€™Ivoire ")
    "Côte d'Ivoire"
    """
    if text.isascii():
        return text.strip()
    if _FTFY_INERT.fullmatch(text) and not ftfy.badness.is_bad(text):
        return text.strip()  # what ftfy returns for it, ~50x sooner
    return ftfy.fix_text(text, normalization="NFC").strip()


# Text ftfy leaves as it is: printable ASCII but "&" (HTML entities), precomposed Latin
# letters and arrows ("Libye → Italie"). Mojibake of UTF-8 needs the characters of its
# continuation bytes (U+0080-U+00BF, or cp1252's € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – —
# ˜ ™ š › œ ž Ÿ), which are left out, as are Â and Ã (ftfy's "Ã " = "à" rule), the
# ligatures ftfy splits (Ĳ ĳ ŉ) and anything it would normalise (no combining marks,
# quotes, widths, controls or line breaks); ftfy's own mojibake check runs as well.
# Checked against ftfy.fix_text in tests/test_text.py. About 1,500 distinct route texts
# of a million-row file are non-ASCII only for their arrows or accents: ftfy cost ~0.5 s.
_FTFY_INERT = re.compile(
    "[\x20-\x25\x27-\x7e\u00c0\u00c1\u00c4-\u0131\u0134-\u0148\u014a-\u0151"
    "\u0154-\u015f\u0162-\u0177\u0179-\u017c\u017f\u2190-\u21ff]*"
)


# The code a column of countries is written in, after its folded name ("origin_iso3",
# "reporting_state_m49", "Pays (code ISO)", "country_codes", "reporting_country_isonum"):
# the reader names the column by what is left, the cleaner tells a bare country column by
# it. One pattern for both (they sit side by side in the layers and share this one).
COUNTRY_CODE_SUFFIX: Final = re.compile(
    r" (?:iso ?[23]?|iso 3166(?: 1)?|alpha ?[23]|m49|(?:codes?|codigo)(?: iso ?[23]?)?"
    r"|iso ?num(?:eric)?)$"
)


# Pure and called on the same distinct values by several cleaners (language guess,
# countries, vocabularies, dates) and by the country table: each text is folded once
# per process. Bounded, as the values of a long run are.
@functools.lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Fold ``text`` to a comparison key: repaired, lower case, no accents, single spaces.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        Lower-case ASCII words joined by single spaces.

    Examples
    --------
    >>> fold("  Pays d'origine ")
    'pays dorigine'
    >>> fold("PAÍS_DE-ORIGEN")
    'pais de origen'
    >>> fold("Côte d’Ivoire")
    'cote divoire'
    >>> fold("Göçmen kaçakçılığı")
    'gocmen kacakciligi'
    """
    if text.isascii():  # the same steps; nothing to repair, decompose or map by hand
        return _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", text.strip()).lower()).strip()
    text = repair_text(text)
    text = _APOSTROPHES.sub("", text)
    # NFKD splits accented letters into letter + combining mark; dropping the marks
    # removes accents. Letters with no decomposition (ø, ß, ł) are mapped by hand.
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_EXTRA_ASCII)
    return _NON_ALNUM.sub(" ", text).strip()


# (Turkish "ı", the dotless i: "kaçakçılığı" -> "kacakciligi", not "kacakc l g")
_EXTRA_ASCII = str.maketrans(
    {"ø": "o", "ß": "ss", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"}
)


def fold_array(values: pd.Series | np.ndarray) -> np.ndarray:
    """Fold every value of ``values`` (strings or missing) to its key; missing stays ``None``.

    Works on the unique values only, then maps back, so repeated strings cost once.

    Parameters
    ----------
    values : Series or ndarray
        Strings, possibly with missing values.

    Returns
    -------
    ndarray of object
        Folded keys aligned with ``values``.

    Examples
    --------
    >>> fold_array(pd.Series(["Niger", "NIGER ", None])).tolist()
    ['niger', 'niger', None]
    """
    codes, uniques = pd.factorize(pd.Series(values, dtype="object"), use_na_sentinel=True)
    folded = np.array([fold(str(u)) for u in uniques] + [None], dtype=object)
    return folded[codes]


_SMALL_WHOLE_NUMBER: Final = re.compile(r"\s*\d{1,3}(?:\.0)?\s*")
# Small counts written as words (casefolded), in English, French and Spanish: "cero",
# "Ninguno", "uno", "deux" are counts as much as "0", "1", "2" are.
_COUNT_WORDS: Final = frozenset(
    {"zero", "none", "nil", "one", "two", "three", "four", "five"}
    | {"zéro", "aucun", "aucune", "un", "une", "deux", "trois", "quatre", "cinq"}
    | {"cero", "ninguno", "ninguna", "uno", "una", "dos", "tres", "cuatro", "cinco"}
)


def looks_like_counts(values: pd.Series) -> bool:
    """Tell whether a column holds counts: whole numbers below 1,000 in most filled cells.

    80 % of the filled cells (at least five), or 60 % when the others are a few words
    (at most five distinct: "S/D", "UNK"), not ids or names; small counts written as
    words ("cero", "NINGUNO", "deux") count as numbers.
    Used by the header matcher ("Subjects" holding 0, 1, 2) and the cleaner's
    recognition of columns by their values.

    Parameters
    ----------
    values : Series
        A column's raw cells.

    Returns
    -------
    bool
        Whether the column holds counts.

    Examples
    --------
    >>> looks_like_counts(pd.Series(["1", "0", "NINGUNO", "2", "S/D", "3", "0"]))
    True
    >>> looks_like_counts(pd.Series(["0", "cero", "uno", "1", "S/D", "N/D", "dos", "tres"]))
    True
    >>> looks_like_counts(pd.Series(["@ali", "@omar", "3", "@juan", "@lee"]))
    False
    """
    filled = values.dropna().astype(str)
    filled = filled[filled.str.strip().ne("")]
    if len(filled) < 5:
        return False
    digits = filled.str.fullmatch(_SMALL_WHOLE_NUMBER).to_numpy(dtype=bool)
    words = filled.str.strip().str.casefold().isin(_COUNT_WORDS).to_numpy(dtype=bool)
    number = digits | words
    share = float(number.mean())
    few_words = filled[~number].str.strip().str.casefold().nunique() <= 5
    return share >= 0.8 or (share >= 0.6 and few_words)
