"""Read counts and decimal numbers written with any thousands or decimal separator.

Sources write ``1 234`` (space, no-break space U+00A0, thin spaces U+2009/U+202F),
``1,234`` or ``1.234`` (thousands), ``36,52`` (decimal comma) and withheld counts as
``<5``. Each distinct string is classified once with vectorised regular expressions
on the unique values (:func:`trendlib.clean._unique.map_unique`).

Which separator is decimal:

* both ``,`` and ``.`` present: the last one is decimal (``1,234.5``, ``1.234,5``);
* the same separator twice or more: thousands (``1,234,567``, ``1.234.567``);
* one separator: for counts, a group of exactly three digits after it is thousands
  (``1,234`` = 1234) and anything else decimal (``12,0`` = 12); for
  :func:`parse_number` it is always decimal (``36,52`` = 36.52, ``-110.370``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from text_to_num import text2num

from trendlib._arrow import arrow_text
from trendlib._text import fold, repair_text
from trendlib.clean._unique import MISSING_WORDS, Parsed, map_unique

__all__ = ["parse_count", "parse_number"]

# Thousands-group spaces: ASCII space, no-break space, thin space, narrow no-break space,
# and the Swiss apostrophe. Removed only before a group of exactly three digits.
_NOT_DIGIT: Final = re.compile(r"\D")
_GROUP_SPACE: Final = re.compile(r"(?<=\d)[ \u00a0\u2009\u202f'’](?=\d{3}(?!\d))")
_MINUS: Final = str.maketrans({"−": "-", "–": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " "})

_INT: Final = r"^[+-]?\d+$"
_US_GROUPED: Final = r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$"  # 1,234,567 / 1,234.5
_EU_GROUPED: Final = r"^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$"  # 1.234.567 / 1.234,5
_ONE_SEP: Final = r"^[+-]?\d*[.,]\d+$"  # 36,52 / 12.0 / .5
_ONE_SEP_THREE: Final = r"^[+-]?\d{1,3}[.,]\d{3}$"  # 1,234 / 1.234

# Vague quantities: no count, but not "not known" either ("several / unknown" stays unread).
_VAGUE: Final = re.compile(
    r"\b(?:several|various|many|some|few|multiple|numerous|varios|varias|muchos|muchas"
    r"|algunos|algunas|plusieurs|quelques|nombreux|nombreuses|divers|diverses)\b"
)
# A size without a number ("large group", "grupo grande", "dozens", "des dizaines"):
# beside a placeholder it is no gloss of it ("tbc - large group" is a bad count, as
# "several / unknown" is). Not a vague unit word: "15 grands" stays fifteen.
_SIZE: Final = re.compile(
    r"\b(?:large|big|huge|lots|grand|grands|grande|grandes|dozens|dizaines|decenas"
    r"|hundreds|centaines|cientos)\b"
)
# Words some sources write for a count. "none" is an explicit zero (the source says
# it counted and found nobody), unlike a blank cell, which is missing.
# The word for the count itself, before a placeholder ("nb inconnu", "number unknown").
_COUNT_NOUN: Final = r"^(?:nb|nbre|nombre|number|num|numero|cantidad|count|total)\b"
_COUNT_WORDS: Final[dict[str, int]] = {
    **dict.fromkeys(["none", "zero", "nil", "no", "aucun", "aucune", "zéro", "ninguno"], 0),
    **dict.fromkeys(["ninguna", "cero", "nadie", "personne", "néant", "neant"], 0),
    **dict.fromkeys(["nobody", "no one", "noone", "no-one", "no hay", "no hubo"], 0),
    # a form's free answer: "no había" (there were none), "il n'y en avait pas"
    **dict.fromkeys(["no había", "no habia", "there were none", "il n'y en avait pas"], 0),
    # none in liaison desks' languages: Dutch "geen", German "keine", Italian "nessuno",
    # Danish, Norwegian and Swedish "ingen"
    **dict.fromkeys(["geen", "keine", "keiner", "kein", "nessuno", "nenhum", "ingen"], 0),
    # none in gender-inclusive writing ("ninguno/a", "aucun·e", "nenhum/a")
    **dict.fromkeys(["ninguno/a", "ninguna/o", "ningún/a", "ningun/a", "nenhum/a", "nenhuma"], 0),
    **dict.fromkeys(["aucun·e", "aucun-e", "aucun.e", "aucun(e)"], 0),
    # Turkish "yok", Chinese "无" / "無" / "没有" (none); Polish "brak" (none), "żaden"
    **dict.fromkeys(["yok", "无", "無", "没有", "brak", "żaden", "żadna"], 0),
    # US police records: "NEG" (negative: none found or arrested)
    **dict.fromkeys(["neg", "negative"], 0),
    # Catalan (Catalonia's police and prisons): "cap" (none), "ningú" (nobody)
    **dict.fromkeys(["cap", "ningú", "ningu"], 0),
    # Spanish "no constan" (plural: none of those counted is on record, as in "no constan
    # investigados") is none; "no consta" (impersonal: it is not on record) stays no value
    **dict.fromkeys(["no constan", "no figuran"], 0),
    **dict.fromkeys(["one", "un", "une", "uno", "una"], 1),
    **dict.fromkeys(["two", "deux", "dos"], 2),
    **dict.fromkeys(["three", "trois", "tres"], 3),
    # a few more persons in words ("quatre", "cinq", "seis"); a vague word ("plusieurs",
    # "varios", "several") stays no count
    **dict.fromkeys(["four", "quatre", "cuatro"], 4),
    **dict.fromkeys(["five", "cinq", "cinco"], 5),
    **dict.fromkeys(["six", "seis"], 6),
    **dict.fromkeys(["seven", "sept", "siete"], 7),
    **dict.fromkeys(["eight", "huit", "ocho"], 8),
    **dict.fromkeys(["nine", "neuf", "nueve"], 9),
    **dict.fromkeys(["ten", "dix", "diez"], 10),
    # and on to twenty, as some desks spell small groups out ("twelve", "quinze")
    **dict.fromkeys(["eleven", "onze", "once"], 11),
    **dict.fromkeys(["twelve", "douze", "doce"], 12),
    **dict.fromkeys(["thirteen", "treize", "trece"], 13),
    **dict.fromkeys(["fourteen", "quatorze", "catorce"], 14),
    **dict.fromkeys(["fifteen", "quinze", "quince"], 15),
    **dict.fromkeys(["sixteen", "seize", "dieciseis", "dieciséis"], 16),
    **dict.fromkeys(["seventeen", "dix-sept", "dix sept", "diecisiete"], 17),
    **dict.fromkeys(["eighteen", "dix-huit", "dix huit", "dieciocho"], 18),
    **dict.fromkeys(["nineteen", "dix-neuf", "dix neuf", "diecinueve"], 19),
    **dict.fromkeys(["twenty", "vingt", "veinte"], 20),
}
# "sin detenidos", "no arrests", "sans interpellation", "aucun mis en cause": a "none of"
# word + the people counted is an explicit zero too (on folded text). "sin datos" / "no
# data" name no people: they stay placeholders.
_NONE_OF: Final = (
    r"^(?:sin|sans|without|no(?: hay)?|aucune?s?|ningun[oa]?s?|pas d ?e?|zero|none|nil)"
    r"\s?(?:d ?e? )?"
    r"(?:detenid|detencion|sospechos|suspect|arrest|interpell|victim|migrant|person|people"
    r"|individu|autor|auteur|mis en cause|imputad|passeur|traffickers?|traficante|tratante"
    r"|sindicad|implicad|impliqu|involved"  # "sin implicados", "none involved"
    r"|subject"  # "No subjects identified" (an investigator's or a compliance desk's)
    r"|facilitator|offender|captur|garde a vue"
    # "ningún guía", "no coyotes", "sin polleros", "no smugglers": the smugglers themselves
    r"|guia|guide|coyote|pollero|smuggler|facilitad"
    # "sin aprehendidos", "none charged", "no defendants", "aucun prévenu"
    r"|aprehendid|apprehen|charged|indicted|prosecuted|defendant|accused|acusad|inculp|prevenu"
    r"|procesad|detained|detenu|indagad|formalizad|investigad"
    # "None identified", "aucun identifié", "ninguno identificado" ("sin identificar",
    # not yet identified, is no count); arrests "none made"; "none found"
    r"|identif(?!icar$)|made$|found$)"
    # "None reported", "aucun signalé", "ninguno reportado"; but "no reporta", "no
    # reportado", "sin reportar" (the unit did not report it) are no count
    r"|^(?:none|nil|aucune?s?|ningun[oa]?s?|zero)\s?(?:report|signal)"
)
# Placeholders for "no value" (missing, not invalid).
_MISSING: Final = frozenset(
    {"", "-", "--", "—", "?", "na", "n/a", "n.a.", "nan", "null", "unknown", "inconnu", "nd"}
    | {"n.d.", "s.d.", "desconocido", "..", "...", "x"}
    # Swiss French "ind." (indéterminé): a count only ("IND" is India's code elsewhere)
    | {"ind.", "ind"}
    # statistical offices' symbols: UK ONS / Home Office "[x]" not available, "[c]"
    # confidential, "[z]" not applicable; Eurostat ":" not available
    | {"[x]", "[c]", "[z]", ":"}
    # Chinese and Japanese "not known": 不详, 不明, 未知
    | {"不详", "不詳", "不明", "未知"}
)
_CENSORED: Final = r"^(?:<|≤|<=|less than|fewer than|moins de|menos de)\s*\d+$"
# An approximate count ("approx. 40", "ca. 40", "environ 40", "aprox. 40", "~40"): the
# number is the count the source gives (on normalised, lower-case text).
_APPROX: Final = (
    r"^(?:approx(?:imately)?\.?|approximativement|aprox(?:imadamente)?\.?|about|around"
    r"|circa|ca\.?|c\.|env(?:iron|\.)|some|unos|unas|alrededor de|cerca de|pr[eè]s de|~|≈"
    r"|\+/-|±)\s*(?=\d)"
    r"|(?<=\d)\s*(?:approx(?:imately)?\.?|aprox\.?|env(?:iron|\.)|ca\.?|\(approx\.?\))$"
)
# A count followed by the people it counts ("21 persons", "15 pax", "2 pers.", "4 migrantes").
_UNIT: Final = (
    r"(?<=\d)\s*(?:persons?|people|pax|individuals?|migrants?|victims?|pers\.?|personnes?"
    r"|personas?|migrantes?|victimes?|v[ií]ctimas?|individus|individuos?|ind\.?"
    # "12 fő" (Hungarian: head), "12 os." / "12 osob" (Czech, Slovak), "12 osób" (Polish),
    # "12 pers" / "12 Pers." (German), also as a cp1252 reading of cp1250 writes "fő"
    r"|f[őõoö]|os\.?|osob|osób|osoby|osoba"
    # "4 isikut" (Estonian: persons); the suspects a column counts, as arrested or held:
    # "3 interpellés", "2 detenidos", "1 arrested"
    r"|isikut?|isikud|interpell[ée]e?s?|arr[êe]t[ée]e?s?|detenid[oa]s?|aprehendid[oa]s?"
    r"|arrested|detained|suspects?|sospechos[oa]s?"
    # people on a boat or in a vehicle: "33 POB" (persons on board), "11 ocupantes"
    r"|pob|persons on board|ocupantes?|occupants?|passengers?|pasajeros?|passagers?"
    r"|人|名|명)$"  # Chinese, Japanese, Korean counters of persons: "12人", "3名", "5명"
)

# A count, then one word (on normalised text): "4 isikut", "12 Personen", "9 pax."
_ANY_UNIT: Final = r"^(?P<count>\d[\d .,]*?)\s*(?P<word>[^\W\d_]{2,15})\.?$"
# Words after a count that are no persons (folded): quantities, families, groups, boats,
# vehicles, cases, units of time, distance, weight and share.
_NOT_PERSONS: Final = (
    r"mil|milles?|millions?|millones?|millon|thousands?|hundreds?|cientos?|centaines?"
    r"|dozens?|docenas?|douzaines?|famil\w*|boats?|bateaux?|barcos?|barques?|embarcacion\w*"
    r"|pateras?|cayucos?|pirogues?|lanchas?|groups?|grupos?|groupes?|vehicles?|vehicul\w*"
    r"|cars?|voitures?|coches?|trucks?|camion\w*|cases?|casos?|affaires?|dossiers?|files?"
    r"|kg|kgs|kilos?|km|kms|days?|dias?|jours?|weeks?|semanas?|semaines?|months?|mes|meses"
    r"|mois|years?|anos?|ans|hours?|horas?|heures?|percent|pourcent|porciento|times|veces"
    r"|fois|eur|euros?|usd|dollars?|dolares|pesos?|trips?|viajes?|voyages?"
)

# A count with a remark in brackets (on normalised text): "15 (4m/11f)", "12 (8 adults, 4
# children)" when the remark's numbers add up to the count (a breakdown; otherwise the
# cell contradicts itself and stays unread), "12 (est.)" / "12 (estimado)" (approximate),
# "3 (deceased)" (a remark: the number given).
_REMARKED: Final = r"^(?P<count>[^()]*\d)\s*\((?P<remark>[^()]*)\)$"
# A count, then how many of them were of one kind: "62 (dont 60 mineurs)", "100, de ellos
# 67 NNA", "6 incl. 5 minors" (the part must not exceed the count).
_SUBSET: Final = (
    r"^(?P<count>\d[\d .,]*?)\s*[(,;]?\s*(?:dont|parmi (?:eux|elles|lesquels|lesquelles)"
    r"|de (?:ellos|ellas|los cuales|las cuales)|entre (?:ellos|ellas)|incl\.?|including"
    r"|inclusive of|of whom|of which|among them)\s+(?P<part>\d+)\b[^()]*\)?$"
)
# A count spelt out in words, then in digits in brackets (on normalised text). The words
# must all be number words of EN/FR/ES, so "victims (16)" is not read this way.
_SPELT: Final = r"^(?P<words>[^\W\d_][^\d()]*?)\s*\(\s*(?P<n>\d+)\s*\)$"
_NUMBER_WORDS: Final = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred and "
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize vingt trente quarante cinquante soixante cent et "
    "cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece "
    "catorce quince veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa "
    "cien ciento y "
    # tens as Belgium and Switzerland say them, hundreds and thousands
    "septante octante huitante nonante cents mille thousand mil doscientos doscientas "
    "trescientos trescientas cuatrocientos quinientos seiscientos setecientos ochocientos "
    "novecientos".split()
)
# Number words that multiply: alone they are no count
_MULTIPLIERS: Final = frozenset(
    "hundred hundreds thousand thousands cent cents mille cien ciento cientos mil".split()
)
# Spanish number words as written without their accent ("veintitres"): text2num reads
# them with it only
_ACCENTED: Final = {
    "veintidos": "veintidós",
    "veintitres": "veintitrés",
    "veintiseis": "veintiséis",
    "dieciseis": "dieciséis",
}


def _words_only(part: str) -> bool:
    """Whether a half of a bilingual cell is words with no number and no vague count."""
    folded = fold(part)
    return not re.search(r"\d", part) and not _VAGUE.search(folded) and not _SIZE.search(folded)


def _count_word(part: str) -> int | None:
    """Return the count a word says ("none", "aucun" -> 0); None for other text."""
    return _COUNT_WORDS.get(part.casefold(), _COUNT_WORDS.get(fold(part)))


def _one_count_word(parts: list[str]) -> bool:
    """Whether one of ``parts`` is a count word and the others are words with no number."""
    said = [p for p in parts if _count_word(p) is not None]
    others = [p for p in parts if _count_word(p) is None]
    return (
        len(said) == 1
        and bool(others)
        and all(
            _words_only(p) and fold(p) not in MISSING_WORDS and p not in _MISSING for p in others
        )
    )


def _one_count_word_value(parts: list[str]) -> int | None:
    """Return the count of the one count word of ``parts`` (see :func:`_one_count_word`)."""
    return next(v for p in parts if (v := _count_word(p)) is not None)


def _words_count(text: str) -> float:
    """Return the count a text of number words says ("trente-cinq" 35); NaN if none.

    Read by text2num in French, Spanish and English; a text read in two of these as
    two different numbers says none. Compound numbers ("cinquante-trois", "septante",
    "treinta y cinco", "thirty-five") need a grammar of each language's number words,
    which text2num is.
    """
    words = [_ACCENTED.get(w, w) for w in text.strip().casefold().split()]
    if len(words) == 1 and fold(words[0]) in _MULTIPLIERS:
        return np.nan  # "mil", "cent" alone: a size, not a count someone wrote
    found: set[int] = set()
    for lang in ("fr", "es", "en"):
        try:
            found.add(int(text2num(" ".join(words), lang)))
        except ValueError:
            continue
    return float(found.pop()) if len(found) == 1 else np.nan


def _number_words(text: str) -> bool:
    """Tell whether ``text`` (folded) is made only of number words ("dieciseis", "vingt et un")."""
    words = text.replace("-", " ").split()
    return bool(words) and all(
        w in _NUMBER_WORDS or re.fullmatch(r"(?:dieci|veinti)[a-z]+", w) is not None for w in words
    )


_ESTIMATE: Final = (
    r"\b(?:est|estd|estimated?|estimation|estimee?s?|estimad[oa]s?|estimacion|approx\w*"
    r"|aprox\w*|env|environ|circa|ca|about|around|unos|unas)\b"
)


def _ascii_digits(text: pd.Series) -> pd.Series:
    """Write Unicode decimal digits ("٣٤", full-width "３４") as ASCII digits.

    Other text is left as it is (superscripts such as "²" are not decimal digits). For
    the few values the ASCII rules did not read; pandas' number parser reads ASCII only.
    """
    wide = ~text.str.isascii().to_numpy(dtype=bool)
    if not wide.any():
        return text
    out = text.copy()
    out[wide] = [  # distinct non-ASCII values only
        "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in t) for t in text[wide]
    ]
    return out


def _normalise(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Trim, unify minus signs, lower case and drop thousands-group spaces.

    Also return where group spaces were dropped.
    """
    text = text.str.translate(_MINUS).str.strip().str.lower()
    text = text.str.replace(r"^([+-])\s+", r"\1", regex=True)
    joined = text.str.replace(_GROUP_SPACE, "", regex=True)
    return joined, joined != text


class _Read:
    """Floats read from normalised text, and which separators were rewritten."""

    def __init__(self, text: pd.Series, *, three_digit_group_is_thousands: bool) -> None:
        has_dot = text.str.contains(".", regex=False)
        has_comma = text.str.contains(",", regex=False)
        us = text.str.match(_US_GROUPED) & (has_dot | (text.str.count(",") >= 2))
        eu = text.str.match(_EU_GROUPED) & (has_comma | (text.str.count(r"\.") >= 2))
        one = text.str.match(_ONE_SEP) & ~us & ~eu
        thousands = one & text.str.match(_ONE_SEP_THREE)
        if not three_digit_group_is_thousands:
            thousands &= False
        decimal = one & ~thousands
        number = text.where(~us, text.str.replace(",", "", regex=False))
        number = number.where(~eu, text.str.replace(".", "", regex=False).str.replace(",", "."))
        number = number.where(~thousands, text.str.replace(r"[.,]", "", regex=True))
        number = number.where(~decimal, text.str.replace(",", ".", regex=False))
        readable = text.str.match(_INT) | us | eu | one
        self.values = pd.to_numeric(number.where(readable), errors="coerce").astype("float64")
        #: thousands separators were removed
        self.thousands = us | eu | thousands
        #: the decimal separator was a comma
        self.decimal_comma = (eu | decimal) & has_comma


_PLURAL_OPTION: Final = re.compile(r"(?<=[^\W\d_])\((?:s|es|e|x|as|os)\)", re.IGNORECASE)


# A whole number in groups of three with one separator throughout ("1 332", "2.484",
# "1,768,000"): what the chain in _count_uniques reads as ``count.thousands``, read at
# once (a million-row file has thousands of such distinct counts).
_GROUPED_COUNT: Final = re.compile(r"[1-9]\d{0,2}([ \u00a0\u2009\u202f.,])\d{3}(?:\1\d{3})*")


# A pointer to where the count is written instead ("see attachment", "voir PV", "ver
# informe"): the file has a count, not here; beside "n/a" it is no gloss of a placeholder
_REFERRAL: Final = re.compile(r"(?:see|voir|ver|vease|cf|refer\w*|consult\w*)\b")


def _count_uniques(uniq: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # Fast path: plain digits (most cells) and plainly grouped thousands skip the regex
    # chain below.
    raw_text = _ascii_digits(pd.Series(uniq, dtype="object").astype(str))
    # isdecimal, not isdigit: "²" is a digit that int() does not read
    digits = raw_text.str.isdecimal().to_numpy(dtype=bool)
    grouped = ~digits & raw_text.str.fullmatch(_GROUPED_COUNT).to_numpy(dtype=bool)
    if digits.any() or grouped.any():
        out_v = np.empty(len(uniq), dtype=object)
        out_r = np.full(len(uniq), "count.integer", dtype=object)
        out_i = np.zeros(len(uniq), dtype=bool)
        out_v[digits] = [int(x) for x in raw_text[digits]]  # unique values only
        out_v[grouped] = [int(_NOT_DIGIT.sub("", x)) for x in raw_text[grouped]]
        out_r[grouped] = "count.thousands"
        rest = ~(digits | grouped)
        if rest.any():
            out_v[rest], out_r[rest], out_i[rest] = _count_uniques(uniq[rest])
        return out_v, out_r, out_i
    # mojibake repaired first ("nÃ©ant" is "néant"): distinct non-ASCII values only
    raw_text = raw_text.map(lambda t: t if t.isascii() else repair_text(t))
    text, spaced = _normalise(raw_text)
    # a news wire's thousands in words and digits: "2 mil 758" (2758), "mil 786" (1786)
    mil = text.str.extract(r"^(?:(\d{1,3})\s+)?mil\s+(\d{3})$")
    in_words = mil[1].notna()
    if in_words.any():
        thousands = pd.to_numeric(mil.loc[in_words, 0].fillna("1")) * 1000
        text = text.where(~in_words, (thousands + pd.to_numeric(mil.loc[in_words, 1])).astype(str))
        spaced = spaced | in_words
    # a plural written as an option ("1 victime(s)", "3 persona(s)", "2 migrant(e)s"): the
    # word, not a remark in brackets
    text = text.str.replace(_PLURAL_OPTION, "", regex=True)
    sub = text.str.extract(_SUBSET)
    subset = sub["count"].notna()
    text = text.where(~subset, sub["count"].str.strip())
    parts = text.str.extract(_REMARKED)
    remarked = parts["count"].notna()
    remark = parts["remark"].fillna("")
    # the sum of the remark's numbers (unique values only; -1 when it has none)
    told = remark.str.findall(r"\d+").map(lambda xs: sum(map(int, xs)) if xs else -1)
    breakdown = remarked & told.ge(0)
    estimate = remarked & ~breakdown & remark.map(fold).str.contains(_ESTIMATE, regex=True)
    noted = remarked & ~breakdown & ~estimate
    text = text.where(~remarked, parts["count"].str.strip())
    unit = text.str.contains(_UNIT, regex=True).fillna(False)
    text = text.str.replace(_UNIT, "", regex=True)
    approx = text.str.contains(_APPROX, regex=True).fillna(False) | estimate
    text = text.str.replace(_APPROX, "", regex=True)
    # a count, then one word for what it counts in a language not listed ("4 isikut",
    # "12 Personen"): the number, unless the word is a quantity ("12 mil" is twelve
    # thousand) or counts something else ("2 familles", "3 boats", "5 days")
    named = text.str.extract(_ANY_UNIT)
    other_unit = named["word"].notna() & ~unit
    other_unit &= ~named["word"].fillna("").map(fold).str.fullmatch(_NOT_PERSONS)
    other_unit &= ~named["word"].fillna("").map(fold).str.contains(_VAGUE)
    unit |= other_unit
    text = text.where(~other_unit, named["count"])
    read = _Read(text, three_digit_group_is_thousands=True)
    values = read.values.mask(breakdown & read.values.ne(told))
    values = values.mask(subset & (values < pd.to_numeric(sub["part"], errors="coerce")))
    word = text.map(_COUNT_WORDS).astype("float64")
    folded = text.map(fold)
    word = word.mask(word.isna() & folded.str.contains(_NONE_OF, regex=True), 0.0)
    # a count spelt out, then in digits: "DIECISÉIS (16)", "seize (16)", "six (06)"
    spelt = text.str.extract(_SPELT)
    spelt_ok = spelt["n"].notna() & pd.Series(
        [_number_words(fold(w)) for w in spelt["words"].fillna("")],  # distinct values only
        index=text.index,
        dtype=bool,
    )
    word = word.mask(word.isna() & spelt_ok, pd.to_numeric(spelt["n"], errors="coerce"))
    # a count in number words only, past the few words above: "trente-cinq", "septante",
    # "treinta y cinco", "thirty-five" (distinct values only)
    spelled = word.isna() & folded.map(_number_words).astype(bool)
    if spelled.any():
        word = word.mask(spelled, text[spelled].map(_words_count).astype("float64"))
    # words in a script that folds to nothing are no blank: a count word ("无": none) or
    # unread words ("若干": some), unless listed as placeholders ("不详")
    unread_script = folded.eq("") & text.str.contains(r"[^\W\d_]", regex=True).fillna(False)
    missing = text.isin(_MISSING) | (folded.isin(MISSING_WORDS) & word.isna() & ~unread_script)
    # a placeholder after the word for the count: "nb inconnu", "número desconocido"
    bare = folded.str.replace(_COUNT_NOUN, "", regex=True).str.strip()
    missing |= bare.isin(MISSING_WORDS) & bare.ne("") & folded.str.contains(_COUNT_NOUN, regex=True)
    # a placeholder or a word in two languages: "Desconocido / Unknown", "Ninguno / None"
    halves = text[~missing & text.str.contains(r"\s[/|–-]\s", regex=True)]
    if len(halves):
        pieces = halves.str.split(r"\s+[/|–-]\s+", regex=True)
        # each half a placeholder, or one a placeholder and the other words with no number
        # in them ("ei tiedossa / n.k.": Finnish "not known" beside its English gloss)
        both = pieces.map(
            lambda ps: (
                any(fold(p) in MISSING_WORDS or p in _MISSING for p in ps)
                and all(
                    fold(p) in MISSING_WORDS
                    or p in _MISSING
                    or (
                        _words_only(p)
                        and fold(p) not in _COUNT_WORDS
                        and p not in _COUNT_WORDS
                        and not _REFERRAL.match(fold(p))
                    )
                    for p in ps
                )
            )
        )
        missing[both[both].index] = True
        # the same count in words and figures: "Ninguno / None", "0 - none", "2 / two"
        counted = pieces.map(
            lambda ps: {int(p) if p.isdecimal() else _COUNT_WORDS.get(p.casefold()) for p in ps}
        )
        alike = counted.map(lambda found: len(found) == 1 and None not in found) & ~both
        word[alike[alike].index] = (
            counted[alike].map(lambda found: next(iter(found))).astype("float64")
        )
        # a count word beside its gloss in a language not read here: "puudub / none"
        # (Estonian), "ei ole / none": one half a count word, the others words only
        glossed_half = pieces.map(_one_count_word) & ~both & ~alike
        word[glossed_half[glossed_half].index] = (
            pieces[glossed_half].map(_one_count_word_value).astype("float64")
        )
    # a placeholder with its gloss in brackets: "b.d. (no data)", "s/d (sin datos)"; a
    # count word with its gloss: "geen (none)"
    gloss = text.str.extract(r"^(?P<word>[^()\d]+)\((?P<gloss>[^()]*)\)$")
    glossed_word = gloss["word"].fillna("").str.strip().str.casefold().map(_COUNT_WORDS)
    glossed_gloss = gloss["gloss"].fillna("").str.strip().str.casefold().map(_COUNT_WORDS)
    agree = glossed_word.notna() & (glossed_gloss.isna() | glossed_gloss.eq(glossed_word))
    word = word.mask(word.isna() & agree, glossed_word.astype("float64"))
    glossed = gloss["gloss"].notna()
    if glossed.any():
        placeholder = gloss["gloss"].fillna("").map(fold).isin(MISSING_WORDS)
        placeholder |= gloss["word"].fillna("").map(fold).isin(MISSING_WORDS)
        # ... but a size or a vague count in brackets is no gloss of the placeholder: "tbc
        # (large group)" is a bad count, as "tbc - large group" is (a nanny agency, blind433)
        sized = ~gloss["gloss"].fillna("").map(_words_only)
        missing |= glossed & placeholder & ~sized
    censored = text.str.match(_CENSORED)
    integral = values == np.floor(values)
    conditions = [
        missing,
        censored,
        word.notna(),
        values.isna(),
        values < 0,
        ~integral,
        approx,
        breakdown,
        subset,
        noted,
        unit,
        (spaced | read.thousands) & integral & ~read.decimal_comma,
        text.str.match(_INT),
    ]
    rules = [
        "count.missing",
        "count.censored",
        "count.word",
        "count.garbage",
        "count.negative",
        "count.not_integer",
        "count.approximate",
        "count.breakdown",
        "count.subset",
        "count.remark",
        "count.unit",
        "count.thousands",
        "count.integer",
    ]
    rule = np.select(conditions, rules, default="count.decimal_zero").astype(object)
    ok = np.isin(
        rule,
        [
            *("count.word", "count.integer", "count.approximate", "count.unit"),
            *("count.breakdown", "count.subset", "count.remark"),
            *("count.thousands", "count.decimal_zero"),
        ],
    )
    number = np.where(rule == "count.word", word, values)
    out = pd.array(np.where(ok, number, np.nan), dtype="Float64").astype("Int64")
    rule[missing.to_numpy()] = None
    invalid = np.isin(rule, ["count.garbage", "count.negative", "count.not_integer"])
    return np.asarray(out, dtype=object), rule, invalid


def parse_count(raw: pd.Series) -> Parsed:
    r"""Read counts of persons (``>= 0`` whole numbers) as ``Int64``.

    Parameters
    ----------
    raw : Series
        Raw text (``"12"``, ``"1 234"``, ``"1,234"``, ``"12.0"``, ``"<5"``, ...). Not modified.

    Returns
    -------
    Parsed
        ``values`` (Int64) and the rule per value:

        * ``count.integer`` (``"12"``), ``count.thousands`` (``"1 234"``, ``"1,234"``,
          ``"1.234"``), ``count.decimal_zero`` (``"12.0"``, ``"12,0"``), ``count.word``
          (``"none"``, ``"aucun"``, ``"ninguno"``, ``"zero"`` -> 0: a source that writes a
          word has counted and found nobody; also one/two/three in EN/FR/ES),
          ``count.unit`` (``"21 persons"``, ``"15 pax"``, ``"2 pers."``, ``"4 migrantes"``:
          a count followed by the people it counts), ``count.approximate`` (``"approx.
          40"``, ``"ca. 40"``, ``"environ 40"``, ``"aprox. 40"``: the number given);
        * ``count.censored`` (``"<5"``): NA, **not** invalid; the pipeline keeps the text
          in ``censored`` (a withheld count is never 0);
        * ``count.negative``, ``count.not_integer``, ``count.garbage``: NA and invalid.

        Blank cells and placeholders (``"-"``, ``"n/a"``, ``"unknown"``) are missing:
        NA, no rule, not invalid.

    Examples
    --------
    >>> raw = pd.Series(["12", "1\u202f234", "1,234", "12,0", "<5", "-3", "2.5", "abc", "aucun"])
    >>> p = parse_count(raw)
    >>> p.values.tolist()
    [12, 1234, 1234, 12, <NA>, <NA>, <NA>, <NA>, 0]
    >>> p.rule.tolist()  # doctest: +NORMALIZE_WHITESPACE
    ['count.integer', 'count.thousands', 'count.thousands', 'count.decimal_zero',
     'count.censored', 'count.negative', 'count.not_integer', 'count.garbage', 'count.word']
    >>> p.invalid.tolist()
    [False, False, False, False, False, True, True, True, False]
    """
    return map_unique(raw, _count_uniques, dtype="Int64")


def _number_uniques(uniq: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # Fast path: coordinates are nearly all distinct, so "work on unique values" does not
    # shrink them; plain decimals ("-110.366") are read by pandas' C parser at once and
    # only the rest goes through the separator rules below.
    raw_text = pd.Series(uniq, dtype="object").astype(str)
    # Most values are ASCII digits with no spaces: classified by pyarrow's RE2 at once
    # (what it matches, Python's \s and \d match too); the rest by Python's re.
    arrow = pa.array(raw_text.array)  # arrow-backed text: no copy
    plain = np.array(pc.match_substring_regex(arrow, r"^-?[0-9]+(?:\.[0-9]+)?$"), dtype=bool)
    comma = np.array(pc.match_substring_regex(arrow, r"^-?[0-9]+,[0-9]+$"), dtype=bool)
    other = ~(plain | comma)
    if other.any():
        raw_text = raw_text.copy()
        raw_text[other] = _ascii_digits(raw_text[other])
        text = raw_text[other]
        plain[other] = text.str.fullmatch(r"\s*-?\d+(?:\.\d+)?\s*").to_numpy(dtype=bool)
        comma[other] = text.str.fullmatch(r"\s*-?\d+,\d+\s*").to_numpy(dtype=bool)
    if plain.any() or comma.any():
        fast = np.full(len(uniq), np.nan)
        fast[plain] = pd.to_numeric(raw_text[plain].str.strip()).to_numpy(dtype="float64")
        # one comma between digits is a decimal comma here ("36,52"), never thousands
        fast[comma] = pd.to_numeric(
            raw_text[comma].str.strip().str.replace(",", ".", regex=False)
        ).to_numpy(dtype="float64")
        rules = np.where(comma, "number.decimal_comma", "number.plain").astype(object)
        invalid = np.zeros(len(uniq), dtype=bool)
        rest = ~(plain | comma)
        if rest.any():
            v, r, i = _number_uniques(uniq[rest])
            fast[rest], rules[rest], invalid[rest] = v, r, i
        return fast, rules, invalid
    text, spaced = _normalise(raw_text)
    read = _Read(text, three_digit_group_is_thousands=False)
    folded = text.where(read.values.isna()).map(fold, na_action="ignore")  # words only
    missing = text.isin(_MISSING) | folded.isin(MISSING_WORDS)
    garbage = read.values.isna() & ~missing
    rule = np.select(
        [missing, garbage, read.decimal_comma, spaced | read.thousands],
        ["", "number.garbage", "number.decimal_comma", "number.thousands"],
        default="number.plain",
    ).astype(object)
    rule[missing.to_numpy()] = None
    return (
        read.values.to_numpy(dtype="float64", na_value=np.nan),
        rule,
        garbage.to_numpy(dtype=bool),
    )


def parse_number(raw: pd.Series) -> Parsed:
    r"""Read decimal numbers with a decimal point or comma and any thousands separator.

    Parameters
    ----------
    raw : Series
        Raw text (``"36,52"``, ``"1 234,5"``, ``"1,234.5"``, ``"-110.37"``). Not modified.

    Returns
    -------
    Parsed
        ``values`` (float64, NaN where missing or unreadable); rules ``number.plain``,
        ``number.decimal_comma``, ``number.thousands`` and ``number.garbage`` (invalid).
        A single separator is always decimal here (``"1,234"`` = 1.234); use
        :func:`parse_count` for counts.

    Examples
    --------
    >>> p = parse_number(pd.Series(["36,52", "1\u2009234,5", "1,234.5", "-110.37", "n/a", "abc"]))
    >>> p.values.tolist()
    [36.52, 1234.5, 1234.5, -110.37, nan, nan]
    >>> p.rule.tolist()  # doctest: +NORMALIZE_WHITESPACE
    ['number.decimal_comma', 'number.decimal_comma', 'number.thousands', 'number.plain',
     <NA>, 'number.garbage']
    >>> p.invalid.tolist()
    [False, False, False, False, False, True]
    """
    values, rule_at, names, invalid = _parse_number_coded(raw)
    rule = pd.array(names, dtype="string").take(rule_at, allow_fill=True)
    return Parsed(
        values=pd.Series(values, index=raw.index, name=raw.name, dtype="float64"),
        rule=pd.Series(rule, index=raw.index, name=raw.name),
        invalid=pd.Series(invalid, index=raw.index, name=raw.name, dtype=bool),
    )


def _parse_number_coded(raw: pd.Series) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray]:
    """:func:`parse_number` with each row's rule as a code into a list of rule names.

    For callers with a million coordinates, which need only a few rows' rule names:
    building a million strings (and comparing them) costs more than reading the numbers.

    Parameters
    ----------
    raw : Series
        Raw text, as for :func:`parse_number`. Not modified.

    Returns
    -------
    values : ndarray of float64
        As ``parse_number(raw).values``.
    rule_at : ndarray of int32
        Position of each row's rule in ``names``; -1 where the rule is missing.
    names : list of str
        The rule names, each once (``names[0]`` is ``number.plain``, ``names[1]``
        ``number.decimal_comma``).
    invalid : ndarray of bool
        As ``parse_number(raw).invalid``.
    """
    # each name once: the two usual rules first, any others after them
    names = {"number.plain": 0, "number.decimal_comma": 1}

    def coded(rule: pd.Series) -> np.ndarray:
        at, found = pd.factorize(rule, use_na_sentinel=True)
        recode = [names.setdefault(str(name), len(names)) for name in found]  # a few names
        return np.append(np.array(recode, dtype=np.int32), np.int32(-1))[at]

    text = arrow_text(raw)
    if text is None:
        parsed = map_unique(raw, _number_uniques, dtype="float64")
        return (
            parsed.values.to_numpy(dtype="float64", na_value=np.nan, copy=True),
            coded(parsed.rule),
            list(names),
            parsed.invalid.to_numpy(dtype=bool, copy=True),
        )
    # Coordinates are nearly all distinct: factorizing them costs more than it saves.
    # Plain decimals ("-110.366", "36,52") are found and read row by row (numpy and
    # pyarrow's kernels: the same values as the rules below, as pyarrow's parser rounds
    # correctly as pandas' does); the rest - a few odd spellings - go through
    # ``map_unique`` and the separator rules.
    fast, comma, values = _plain_decimals(text)
    rule_at = np.where(comma, 1, np.where(fast, 0, -1)).astype(np.int32)
    invalid = np.zeros(len(raw), dtype=bool)
    rest = np.flatnonzero(~fast & raw.notna().to_numpy(dtype=bool))
    if len(rest):
        other = map_unique(raw.iloc[rest], _number_uniques, dtype="float64")
        values[rest] = other.values.to_numpy(dtype="float64", na_value=np.nan)
        invalid[rest] = other.invalid.to_numpy(dtype=bool)
        rule_at[rest] = coded(other.rule)
    return values, rule_at, list(names), invalid


# The plain decimals read at once: an optional minus, digits, and at most one point or
# comma between digits ("-110.366", "36,52"). The same set as this regex (RE2 syntax).
_PLAIN_DECIMAL: Final = r"^-?[0-9]+(?:[.,][0-9]+)?$"
# Per byte of UTF-8 text, a weight whose sum over a cell counts its minus signs (bits
# 0-7), points (8-15), commas (16-23) and other non-digit bytes (24-31): one table
# look-up and one running sum classify every cell. Exact for cells of fewer than 256
# bytes (no field can overflow into the next); longer ones are left to the regex.
_BYTE_WEIGHT: Final = np.full(256, 1 << 24, dtype=np.uint32)
_BYTE_WEIGHT[ord("0") : ord("9") + 1] = 0
_BYTE_WEIGHT[ord("-")], _BYTE_WEIGHT[ord(".")], _BYTE_WEIGHT[ord(",")] = 1, 1 << 8, 1 << 16
_IS_DIGIT: Final = np.zeros(256, dtype=bool)
_IS_DIGIT[ord("0") : ord("9") + 1] = True
_MAX_SCANNED: Final = 255


def _plain_decimals(text: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Find and read the cells of ``text`` that are plain decimals (:data:`_PLAIN_DECIMAL`).

    Returns which cells are, which of those have a decimal comma, and their values
    (NaN elsewhere). Works on the bytes of the arrow buffers with numpy (a regex match,
    a comma search, a replacement and a filter over a million cells cost 2-3 times as
    much); the values are read by pyarrow's cast of the text with commas made points.
    """
    n = len(text)
    if isinstance(text, pa.ChunkedArray):
        # one array: per-chunk numpy calls cost more than the copy (~2 ms a million)
        text = text.combine_chunks() if text.num_chunks else pa.array([], type=text.type)
    if text.type not in (pa.string(), pa.large_string()) or n == 0:
        plain = pc.fill_null(pc.match_substring_regex(text, _PLAIN_DECIMAL), False)
        fast = plain.to_numpy(zero_copy_only=False).astype(bool)
        comma = fast & pc.fill_null(pc.match_substring(text, ","), False).to_numpy(
            zero_copy_only=False
        ).astype(bool)
        values = np.full(n, np.nan)
        if fast.any():
            read = pc.replace_substring(text.filter(plain), ",", ".")
            values[fast] = pc.cast(read, pa.float64()).to_numpy(zero_copy_only=False)
        return fast, comma, values
    _, offsets_buf, data_buf = text.buffers()
    offset_type = np.int64 if text.type == pa.large_string() else np.int32
    offsets = np.frombuffer(offsets_buf, dtype=offset_type)[text.offset : text.offset + n + 1]
    data = (
        np.frombuffer(data_buf, dtype=np.uint8) if data_buf is not None else np.zeros(0, np.uint8)
    )
    start, stop = offsets[:-1].astype(np.int64), offsets[1:].astype(np.int64)
    length = stop - start
    valid = text.is_valid().to_numpy(zero_copy_only=False).astype(bool)
    used = data[int(offsets[0]) : int(offsets[-1])]
    total = np.zeros(len(used) + 1, dtype=np.uint32)
    # wraps around past 2**32; differences of the running sum are still exact per cell
    np.cumsum(_BYTE_WEIGHT[used], out=total[1:])
    counts = total[stop - offsets[0]] - total[start - offsets[0]]
    minus, points = counts & 0xFF, (counts >> 8) & 0xFF
    commas, other = (counts >> 16) & 0xFF, counts >> 24
    padded = np.append(used, np.uint8(0))  # a byte past the cells: look-ups stay in bounds
    first = padded[start - offsets[0]]
    # the byte after the optional minus and the last byte must be digits
    lead = padded[np.minimum(start + minus, stop) - offsets[0]]
    last = padded[np.maximum(stop - 1, start) - offsets[0]]
    fast = (
        valid
        & (length > minus)
        & (length <= _MAX_SCANNED)
        & (other == 0)
        & ((minus == 0) | ((minus == 1) & (first == ord("-"))))
        & (points + commas <= 1)
        & _IS_DIGIT[lead]
        & _IS_DIGIT[last]
    )
    long_cells = np.flatnonzero(valid & (length > _MAX_SCANNED))
    if len(long_cells):  # rare: the regex decides
        matched = pc.match_substring_regex(text.take(pa.array(long_cells)), _PLAIN_DECIMAL)
        fast[long_cells] = matched.to_numpy(zero_copy_only=False).astype(bool)
    # at most one separator in a plain decimal, so these counts are exact there
    comma = fast & (commas == 1)
    values = np.full(n, np.nan)
    if fast.any():
        # The same offsets over the bytes with every comma a point, null outside the
        # plain decimals: cast reads only the valid cells (one pass, no filter).
        if comma.any():
            data = np.where(data == ord(","), np.uint8(ord(".")), data)
        readable = pa.Array.from_buffers(
            text.type,
            n,
            [
                pa.py_buffer(np.packbits(fast, bitorder="little")),
                pa.py_buffer(offsets),
                pa.py_buffer(data),
            ],
        )
        # nulls become NaN; writable, as _parse_number_coded fills in the other cells
        values = pc.cast(readable, pa.float64()).to_numpy(zero_copy_only=False, writable=True)
    return fast, comma, values
