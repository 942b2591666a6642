"""Read event dates written in the many ways sources write them.

Each distinct string is classified once by vectorised regular expressions
(``Series.str.extract`` on the unique values), reduced to year / month / day
numbers, checked (no 31 February) and assembled with numpy date arithmetic.
There is no per-row parsing, no ``format="mixed"`` and no dateutil: a million
rows holding a few thousand distinct strings cost what those strings cost.

Day/month order is decided **per file from all its values** (see
:func:`infer_dayfirst`), never per cell: a file that writes ``13/05/2023``
somewhere writes ``05/06/2023`` as the 5th of June too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

from trendlib._text import fold, repair_text
from trendlib.errors import ParameterError
from trendlib.schema import DATE_PRECISIONS

__all__ = ["FISCAL_YEAR_START", "ParsedDates", "infer_dayfirst", "parse_dates"]


@dataclass(frozen=True)
class ParsedDates:
    """The result of :func:`parse_dates` on one column.

    Attributes
    ----------
    values : Series of datetime64[ns]
        The date; a partial date (month, quarter, year) is the first day of its period.
        NaT where the input was missing or could not be read.
    rule : Series of string
        The rule that read each value (``"date.iso"``, ``"date.dayfirst"``,
        ``"date.text_fr"``, ``"date.quarter"``, ``"date.future"``, ...); missing
        where the input was missing.
    invalid : Series of bool
        True where the input held text that is not a (possible) date.
    precision : Series of category
        ``day``, ``month``, ``quarter`` or ``year`` (:data:`trendlib.schema.DATE_PRECISIONS`);
        missing where ``values`` is NaT.
    """

    values: pd.Series
    rule: pd.Series
    invalid: pd.Series
    precision: pd.Series


_DAY, _MONTH, _QUARTER, _YEAR = range(4)  # codes into DATE_PRECISIONS

# Excel stores a date as days since 1899-12-30 (the origin that absorbs Excel's
# fictitious 29 Feb 1900). 30000..60000 is 1982-02-18..2064-04-09: a five-digit
# number cannot be confused with a four-digit year.
_EXCEL_ORIGIN: Final = np.datetime64("1899-12-30", "D")
_EXCEL_MIN, _EXCEL_MAX = 30_000, 60_000
# A bare four-digit number is a year only within this range ("0", "7" or "3000" are not).
_YEAR_MIN, _YEAR_MAX = 1900, 2100

# Month names as :func:`trendlib._text.fold` writes them, with the language a word
# is taken from when it is shared ("mar" is English before Spanish, "sept" English
# before French); a "de" ("17 de mayo") or "1er" then settles the language.
_MONTH_WORDS: Final[dict[str, list[tuple[str, ...]]]] = {
    "en": [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    "fr": [
        ("janvier", "janv"),
        ("fevrier", "fevr", "fev"),
        ("mars",),
        ("avril", "avr"),
        ("mai",),
        ("juin",),
        ("juillet", "juil", "juill"),
        ("aout", "aou"),  # "AOU" in French date-time groups
        ("septembre",),
        ("octobre",),
        ("novembre",),
        ("decembre",),
    ],
    "es": [
        ("enero", "ene"),
        ("febrero",),
        ("marzo",),
        ("abril", "abr"),
        ("mayo",),
        ("junio",),
        ("julio",),
        ("agosto", "ago"),
        ("septiembre", "setiembre", "set"),
        ("octubre",),
        ("noviembre",),
        ("diciembre", "dic"),
    ],
    # Italian, as Italian agencies' exports write dates to partners ("29-mag-23",
    # "12 giugno 2022"); words shared with the languages above keep their reading
    "it": [
        ("gennaio", "gen"),
        ("febbraio",),
        ("marzo",),
        ("aprile",),
        ("maggio", "mag"),
        ("giugno", "giu"),
        ("luglio", "lug"),
        ("agosto",),
        ("settembre", "sett"),
        ("ottobre", "ott"),
        ("novembre",),
        ("dicembre",),
    ],
    # European liaison desks' own months: Danish, Norwegian and Swedish ("3. januar 2021",
    # "26. marts 2021"), German ("12. März 2022"), Dutch ("5 maart 2022"), Portuguese
    # ("3 de março de 2022"); words shared with a language above keep its reading
    "da": [
        ("januar", "januari"),
        ("februar", "februari"),
        ("marts", "mars"),
        ("april",),
        ("maj",),
        ("juni",),
        ("juli",),
        ("august", "augusti"),
        ("september",),
        ("oktober", "okt"),
        ("november",),
        ("december", "desember"),
    ],
    "de": [
        ("januar", "jänner", "janner"),
        ("februar",),
        ("marz", "maerz"),
        ("april",),
        ("mai",),
        ("juni",),
        ("juli",),
        ("august",),
        ("september",),
        ("oktober",),
        ("november",),
        ("dezember", "dez"),
    ],
    "nl": [
        ("januari",),
        ("februari",),
        ("maart",),
        ("april",),
        ("mei",),
        ("juni",),
        ("juli",),
        ("augustus",),
        ("september",),
        ("oktober",),
        ("november",),
        ("december",),
    ],
    "pt": [
        ("janeiro",),
        ("fevereiro",),
        ("marco",),
        ("abril",),
        ("maio",),
        ("junho",),
        ("julho",),
        ("agosto",),
        ("setembro",),
        ("outubro",),
        ("novembro",),
        ("dezembro",),
    ],
}
_MONTH_NUMBER: dict[str, int] = {}
_MONTH_LANG: dict[str, str] = {}
for _lang, _months in _MONTH_WORDS.items():
    for _number, _words in enumerate(_months, start=1):
        for _word in _words:
            _MONTH_NUMBER.setdefault(_word, _number)
            _MONTH_LANG.setdefault(_word, _lang)
_MONTH_RE: Final = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_WEEKDAY_RE: Final = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|lundi|mardi|mercredi"
    r"|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\s"
)
# Words that may join a date to its time: "12/03/2022 à 04h30", "a las 04:30", "at 04:30",
# "vers 16h", "12/03/2022 - 16h11", "12/03/2022, 16:11" (the time itself is dropped); and
# the clock words of liaison desks' languages: "klo" (fi), "kl." (sv, da, no), "um" (de),
# "om" (nl), "alle" / "ore" (it), "às" (pt): "21.2.2021 klo 14.48", "2022-03-14 kl. 03:40"
_AT_WORDS: Final = (
    r"à|a|at|a las|a la|vers|hacia las|around|about|klo|kl\.?|um|om|alle|alle ore|ore|às|as"
)
_FOLDED_TIME: Final = (
    rf"(?:(?:\s(?:{_AT_WORDS}))?"
    r"(?:\s\d{1,2}\s\d{2}(?:\s\d{2})?(?:\s?[ap]\s?m)?|\s\d{1,2}\s?h(?:\s?\d{2})?))?"
)

# Numeric formats, matched on the stripped lower-case text.
# a time of day, with seconds, a 12-hour clock ("3:02 pm", "3:02 p.m.") or a time zone,
# the French "16h11" / "16 h", or four digits of the 24-hour clock ("0905")
_AT: Final = rf"(?:\s*[,;–-]\s*|\s+(?:{_AT_WORDS}|@)\s+|\s*@\s*)"
_TIME: Final = (
    rf"(?:(?:[ t]|{_AT})\d{{1,2}}[:.]\d{{2}}(?::\d{{2}}(?:\.\d+)?)?\s*(?:[ap]\.?\s?m\.?)?"
    rf"\s*(?:z|utc|[+-]\d{{2}}:?\d{{2}})?|(?:\s|{_AT})\d{{1,2}}\s?h(?:\s?\d{{2}})?"
    # the 24-hour clock without a colon, as US police records and military logs write
    # it: "02/06/2021 0905", "12/03/2022 1625 hrs", "2022-03-12 0930z"
    rf"|(?:\s|{_AT})(?:[01]\d|2[0-3])[0-5]\d(?:\s?(?:hrs?|z))?)?"
)
_ISO: Final = re.compile(rf"^(\d{{4}})-(\d{{1,2}})-(\d{{1,2}}){_TIME}$")
# year first with dots: also as Hungarian writes it, a dot after each part and spaces
# after the dots ("2021.01.05.", "2021. 01. 26.")
_YMD: Final = re.compile(rf"^(\d{{4}})(?:/|\.\s?)(\d{{1,2}})(?:/|\.\s?)(\d{{1,2}})\.?{_TIME}$")
_COMPACT: Final = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# "11.06.21." (Serbian, Croatian: a dot after the year too)
_AB_YEAR: Final = re.compile(rf"^(\d{{1,2}})([/.-])(\d{{1,2}})\2(\d{{4}}|\d{{2}})\.?{_TIME}$")
_EXCEL: Final = re.compile(r"^(\d{5})(?:\.\d+)?$")
_YEAR_ONLY: Final = re.compile(r"^(\d{4})(?:\.0+)?$")
_EPOCH: Final = re.compile(r"^(\d{13}|\d{10})(?:\.0+)?$")
_EPOCH_MIN: Final = 946_684_800  # 2000-01-01 UTC, in seconds
_EPOCH_MAX: Final = 2_082_758_399  # 2035-12-31 23:59:59 UTC
_YEAR_MONTH: Final = re.compile(r"^(\d{4})(?:[-/]|\.\s?)(\d{1,2})\.?$")  # "2021. 02."
_YEAR_MONTH_COMPACT: Final = re.compile(r"^(\d{4})(0[1-9]|1[0-2])$")
# Chinese, Japanese and Korean dates: "2023年5月17日", "2023年5月", "2023년 5월 17일".
_CJK_DAY: Final = re.compile(r"^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?$")
_CJK_MONTH: Final = re.compile(r"^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]$")
# SDMX / Eurostat and INE period codes: "2022M03" (a month; quarters "2022Q1", "2022T1" are
# read as quarters)
_YEAR_M_MONTH: Final = re.compile(r"^(\d{4})[Mm](0[1-9]|1[0-2])$")
_MONTH_YEAR: Final = re.compile(r"^(\d{1,2})(?:[-/]|\.\s?)(\d{4})\.?$")  # "08.2021."

# Text formats, matched on the folded text (accents, case and punctuation removed).
# Day ordinals: "1er", "1re", "1st", "1º" / "1.º" (folded "1o" / "1 o"), "1ro".
_DAY_ORDINAL: Final = r"(?:er|re|ere|st|nd|rd|th|ro|o|\so|\ser)?"
_TEXT_DMY: Final = re.compile(
    rf"^(?:{_WEEKDAY_RE})?(\d{{1,2}}){_DAY_ORDINAL}\s(?:de\s)?({_MONTH_RE})"
    rf"\s(?:de\s|del\s)?(\d{{4}}|\d{{2}}){_FOLDED_TIME}$"
)
_TEXT_MDY: Final = re.compile(
    rf"^(?:{_WEEKDAY_RE})?({_MONTH_RE})\s(\d{{1,2}})(?:st|nd|rd|th)?\s(\d{{4}}){_FOLDED_TIME}$"
)
_TEXT_MY: Final = re.compile(rf"^({_MONTH_RE})\s(?:de\s|del\s)?(\d{{4}})$")
_TEXT_YM: Final = re.compile(rf"^(\d{{4}})\s({_MONTH_RE})$")  # "2022 June", "2022 juin"
# Excel's month-and-year format "mmm-yy" as Spanish, French and English spreadsheets show
# it: "sep-21", "janv.-21", "May-21" (September 2021...). Only with the hyphen, as written
# (checked on the text before folding): "Oct 21" may be the 21st of October.
_TEXT_MY_EXCEL: Final = re.compile(rf"^({_MONTH_RE})\s(\d{{2}})$")
_EXCEL_MONTH_YEAR: Final = re.compile(r"^[^\W\d_]+\.?-\d{2}$")
# A part of a month: case files date an event they only know to the part of a month,
# French "courant mars 2022" (in the course of March), "début mars", "mi-mars", "à la
# mi-mars", "fin mars"; Spanish "a principios / comienzos / mediados / finales / fines de
# marzo de 2022"; English "early / mid / late March 2022", "(the) beginning / start /
# middle / end of March 2022". Read as the month (month precision). The word needs a
# month and a four-digit year: "courant", "mid-2022" or "fin 2022" stay unread (a year
# is not widened from a word that says which part of it).
_MONTH_PART: Final = re.compile(
    r"^(?:(?:debut|courant|(?:a\sla\s)?mi|fin)"
    r"|(?:a\s)?(?:principios|comienzos|mediados|finales|fines)\sde"
    r"|early|mid|late|(?:the\s)?(?:beginning|start|middle|end)\sof)"
    rf"\s({_MONTH_RE})\s(?:de\s|del\s)?(\d{{4}})$"
)
# Military style, no separators: day, month word, year ("14MAR2022", "14mar22",
# "01SEP2023", "14FÉV2022", "14ENE2022", "14DIC2022"), as US/NATO military, border and
# coast-guard reports write them. The month words are those above (EN/FR/ES, none of
# which names two different months); a four-digit year must be 19xx or 20xx, so an id
# like "21MAR0001" (or "DCIS21MAR0001", which does not start with the day) is not read.
_YEAR_2_OR_4: Final = r"((?:19|20)\d{2}|\d{2})"
_MILITARY: Final = re.compile(rf"^(\d{{1,2}})\s?({_MONTH_RE})\s?{_YEAR_2_OR_4}$")
# The NATO date-time group DDHHMMZ MON YY ("141200ZMAR22", "141200Z MAR 2022"): day,
# hour, minute, time-zone letter, month word, year. The time (and zone) is ignored as
# elsewhere; an hour past 23 or a minute past 59 makes it impossible.
_DTG: Final = re.compile(rf"^(\d{{2}})(\d{{2}})(\d{{2}})\s?[a-z]\s?({_MONTH_RE})\s?{_YEAR_2_OR_4}$")
# Quarters, on folded text. The quarter is a digit ("2", "2nd", "2e", "2º" folded "2o" or
# "2 o", "2do"), a Roman numeral ("IV", "Ier") or an ordinal word in EN/FR/ES ("second",
# "deuxième", "segundo"); "q" / "t" (trimestre) abbreviate the quarter word only beside
# a digit ("Q2 2023", "2T 2023", "2023-Q2"), so "IT 2023" or "IV-2023" stay unread.
_QUARTER_ORDINALS: Final[dict[str, int]] = {
    **{str(q): q for q in range(1, 5)},
    **{"i": 1, "ii": 2, "iii": 3, "iv": 4},
    **{"first": 1, "second": 2, "third": 3, "fourth": 4},
    **{"premier": 1, "premiere": 1, "deuxieme": 2, "seconde": 2, "troisieme": 3},
    **{"quatrieme": 4, "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3},
    "cuarto": 4,
}
_QNUM: Final = "(?P<q>" + "|".join(sorted(_QUARTER_ORDINALS, key=len, reverse=True)) + ")"
_QSUFFIX: Final = r"(?:\s?(?:st|nd|rd|th|ere|er|re|eme|e|do|da|ro|ra|to|ta|o|a))?"
# "quý": Vietnamese, folded; "kvartal" (da, no, sv), "Quartal" (de), "kwartaal" (nl)
_QWORD: Final = r"(?:trimestre|trim|quarter|qtr|quy|kvartal|quartal|kwartaal)"
_QOF: Final = r"(?:de\s|del\s|of\s)?"
_QUARTER_PATTERNS: Final = tuple(
    re.compile(p)
    for p in (
        rf"^{_QNUM}{_QSUFFIX}\s?{_QWORD}\s{_QOF}(?P<y>\d{{4}})$",  # 2nd quarter 2023, IV trim.
        rf"^{_QWORD}\s{_QNUM}{_QSUFFIX}\s{_QOF}(?P<y>\d{{4}})$",  # trimestre II 2023
        rf"^(?P<y>\d{{4}})\s{_QWORD}\s{_QNUM}{_QSUFFIX}$",  # 2023 trimestre 2
        rf"^(?P<y>\d{{4}})\s{_QNUM}{_QSUFFIX}\s?{_QWORD}$",  # 2023 2nd quarter
        r"^(?P<q>[1-4])" + _QSUFFIX + r"\s?[qt]\s?(?P<y>\d{4})$",  # 2T 2023, 2T2023
        r"^[qt]\s?(?P<q>[1-4])\s?(?P<y>\d{4}|\d{2})$",  # Q2 2023, T2 2023, Q2-23
        # US agencies' calendar year (not FY, the fiscal year): CY2022 Q3, Q3 CY2022
        r"^cy\s?(?P<y>\d{4}|\d{2})\s?[qt]\s?(?P<q>[1-4])$",  # "CY21 Q3" too
        r"^[qt]\s?(?P<q>[1-4])\s?cy\s?(?P<y>\d{4}|\d{2})$",
        r"^(?P<y>\d{4})\s?[qt]\s?(?P<q>[1-4])$",  # 2023-Q2, 2023Q2, 2023-T2
    )
)


# A small word before a date, dropped before the rest is read as usual: an article or
# preposition that case files and statements write in front of a day ("le 06/01/2021",
# "le lundi 14 mars 2022", "el 14/03/2022", "el día 14 de marzo de 2022",
# "on 14/03/2022") or of a month, quarter or year ("en mars 2022", "en marzo de 2022",
# "in March 2022", "in Q2 2023", "en 2022"). The word must fit what follows: "le" / "el" /
# "on" a day, "en" / "in" a longer period, so "le mars 2022" or "in 14/03/2022" stay
# unread. Words that bound a period ("du", "from", "desde", "depuis", "since") or make it
# approximate ("vers", "around", "hacia") are not dropped: the date is not the event's.
# A day of the week before a day, written out or cut short, with a dot or a comma ("lun.
# 26/04/2021 16:11", "Sat, 14/03/2022", "mié. 14/03/2022"), alone or after "le" / "el":
# a day word too ("mar. 2021" is March, not Tuesday: the rest must be a day).
_WEEKDAY_LEAD: Final = (
    r"(?:(?:le|el)\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
    r"|lun(?:di|es)?|mar(?:di|tes)?|mer(?:credi)?|mi[eé](?:rcoles)?|jeu(?:di)?|jue(?:ves)?"
    r"|ven(?:dredi)?|vie(?:rnes)?|sam(?:edi)?|s[aá]b(?:ado)?|dim(?:anche)?|dom(?:ingo)?)\.?,?"
)
# also "ngày" (Vietnamese: day), "den" (Nordic), "am" (German) before a day, "tháng"
# (Vietnamese: month) before a month
# Charging documents date the facts "on or about May 7, 2023" (US indictments), "in or
# about May 2021", "on a date in June 2021" (English indictments), "en fecha no
# determinada de marzo de 2022" (Spanish judgments), "à une date indéterminée de mars
# 2022": the legal form of the event's own date, read as the day or the period it names.
# (the longer words first: the first that fits is taken)
# Records and judgments say "en fecha 10/01/2021", "con fecha", "en date du" (on the date)
# and "mes de marzo de 2021", "au mois de mars 2022", "in the month of" (in the month).
_LEAD_DAY: Final = (
    rf"(?:on or (?:about|around)|{_WEEKDAY_LEAD}|le|el(?:\s+d[ií]a)?|on|d[ií]a|ngày|ngay|den|am"
    r"|(?:en|con) fecha(?! (?:no|sin|indeterminada))|en date du|dated)"
)
_LEAD_PERIOD: Final = (
    r"(?:in or (?:about|around)"
    r"|(?:(?:durante |en )?el )?mes de|au cours du mois de|au mois de|(?:in |during )the month of"
    r"|en (?:una )?fecha (?:no determinada|indeterminada|sin determinar|no precisada) (?:de|en)"
    r"|(?:à|a) une date (?:indéterminée|indeterminee|inconnue|non déterminée|non determinee)"
    r" (?:de|en)|en|in|tháng|thang)"
)
# before a period, words that begin as a day's do ("on a date in June 2021"): tried first
_LEAD_ON_PERIOD: Final = r"on (?:a|an unknown|some) date(?: unknown)? in"
_LEAD_WORD: Final = re.compile(
    rf"^(?:{_LEAD_ON_PERIOD}|(?P<day>{_LEAD_DAY})|{_LEAD_PERIOD})\s+(?P<rest>\S.*)$"
)
_LEAD_DAY_WORD: Final = re.compile(rf"^{_LEAD_DAY}\s+(?=\S)")


def _two_digit_year(year: pd.Series) -> pd.Series:
    """Widen two-digit years as ``strptime("%y")`` does: 00-68 -> 20xx, 69-99 -> 19xx."""
    y = year.astype("float64")
    short = year.str.len() == 2
    return y.where(~short, np.where(y <= 68, 2000 + y, 1900 + y))


def _ab_year_parts(text: pd.Series) -> pd.DataFrame:
    """Split ``a/b/yyyy`` (``/``, ``.`` or ``-``) into float columns ``a``, ``b``, ``y``."""
    parts = text.str.extract(_AB_YEAR)
    return pd.DataFrame(
        {
            "a": parts[0].astype("float64"),
            "b": parts[2].astype("float64"),
            "y": _two_digit_year(parts[3]),
        },
        index=text.index,
    )


_DOTTED_DMY: Final = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?(?=\s|$)")
# (also Bulgarian and Russian "г." / "год.", godina / god: "28.06.2021 г.")
_YEAR_WORD: Final = re.compile(r"(?<=\d{4})\s?(?:r\.?|г\.?|год\.?)$")
# The first and last month of each quarter (EN/FR/ES abbreviations or names), in pairs:
# "Jan-Jun 2023" (a half year) or "Apr-Dec" are no quarter.
_RANGE_QUARTER: Final = {
    "jan": 1, "ene": 1, "apr": 2, "abr": 2, "avr": 2, "jul": 3, "jui": 3, "oct": 4
}  # fmt: skip
# (the months joined by a dash or a slash, or by a word: the UK ONS's "Jan to Mar 2021",
# "janvier à mars", "enero a marzo")
_TO: Final = r"(?:\.?\s*[-–/]\s*|\.?\s+(?:to|a|à|au|al)\s+)"
_MONTH_RANGE: Final = re.compile(
    rf"^((?:jan|ene)\w*{_TO}mar\w*|(?:apr|abr|avr)\w*{_TO}(?:jun\w*|juin)"
    rf"|(?:jul\w*|juil\w*){_TO}se[pt]\w*|oct\w*{_TO}d[eéi][cz]\w*)\.?\s+(\d{{4}})$"
)

_ROMAN: Final = {
    r: str(i)
    for i, r in enumerate(
        ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"), 1
    )
}
_ROMAN_RE: Final = "xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i"
_ROMAN_DMY: Final = re.compile(rf"^(\d{{1,2}})[.\- ]\s*({_ROMAN_RE})[.\- ]\s*(\d{{4}})\b")
# a month and year alone only when the numeral cannot be a quarter ("XI.2023"; "IV-2023" is
# the fourth quarter or April, and stays unread)
_ROMAN_MY: Final = re.compile(r"^(xii|xi|x|ix|viii|vii|vi|v)[./]\s*(\d{4})$")
# ... and I-IV too where the same values write days with Roman months ("14.III.2022"
# beside "IV.2021", as Balkan police forms do) or months that cannot be quarters
# ("VII/2022" beside "III/2023", Slovak and Czech forms): there the numeral is the month
_ROMAN_ANY_MY: Final = re.compile(rf"^({_ROMAN_RE})[./]\s*(\d{{4}})$")


def _unique_text(raw: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Factorize ``raw``; return the codes and the unique values as stripped lower-case text."""
    codes, uniques = pd.factorize(raw, use_na_sentinel=True)
    return codes, _text_of(uniques)


# The mark of a Buddhist Era year (on lower-case text) and such a year (2400-2699).
_BUDDHIST_ERA: Final = r"\(\s*b\.\s?e\.?\s*\)|\bb\.\s?e\.(?=\s|$)|\(be\)|\bbe(?=\s\d{4}\b)|พ\.ศ\."
_BE_YEAR: Final = r"\b2[4-6]\d{2}\b"


# "FY2023 Q4", "FY23 Q4", "FY 2023-Q4", "Q4 FY2023" (lower case)
_FISCAL_QUARTER: Final = (
    r"^(?:fy\s?(?P<y>\d{4}|\d{2})\s?[-/ ]?\s?q\s?(?P<q>[1-4])"
    r"|q\s?(?P<q2>[1-4])\s?[-/ ]?\s?fy\s?(?P<y2>\d{4}|\d{2}))$"
)


def _calendar_quarter(m: re.Match[str]) -> str:
    """Return the calendar quarter of a US fiscal-year quarter, as "q<n> <year>"."""
    year = int(m["y"] or m["y2"])
    year = year + 2000 if year < 100 else year
    quarter = int(m["q"] or m["q2"])
    return f"q4 {year - 1}" if quarter == 1 else f"q{quarter - 1} {year}"


# A quarter of a financial year that spans two calendar years (lower case): "fy21/22 q4",
# "fy 2022-23 q1", "2021/22 q3", "q4 2021/22", "q2 fy2022-23". The two years must follow
# each other ("2021/22"; "21/23 q1" is no financial year).
_SPLIT_FISCAL: Final = re.compile(
    r"^(?:fy\s?)?(?P<a>\d{4}|\d{2})\s?[-/]\s?(?P<b>\d{4}|\d{2})\s?[-/ ]?\s?q\s?(?P<q>[1-4])$"
    r"|^q\s?(?P<q2>[1-4])\s?[-/ ]?\s?(?:fy\s?)?(?P<a2>\d{4}|\d{2})\s?[-/]\s?(?P<b2>\d{4}|\d{2})$"
)

#: First month of the financial year of countries whose year spans two calendar years, as
#: their agencies date quarters ("FY21/22 Q4"): April in the United Kingdom, Canada,
#: India, Japan, South Africa, Hong Kong and Singapore; July in Australia, New Zealand,
#: Pakistan, Bangladesh, Egypt, Kenya, Uganda and Tanzania. The text does not say which.
FISCAL_YEAR_START: Final[dict[str, int]] = {
    **dict.fromkeys(("GBR", "CAN", "IND", "JPN", "ZAF", "HKG", "SGP"), 4),
    **dict.fromkeys(("AUS", "NZL", "PAK", "BGD", "EGY", "KEN", "UGA", "TZA"), 7),
}


def has_split_fiscal_quarters(text: pd.Series) -> bool:
    """Tell whether any of the distinct lower-case ``text`` is a split-year fiscal quarter.

    Examples
    --------
    >>> has_split_fiscal_quarters(pd.Series(["fy21/22 q4", "q1 2022"]))
    True
    """
    return any(_SPLIT_FISCAL.match(str(t)) for t in text.dropna().tolist())  # distinct only


def _split_fiscal_quarters(text: pd.Series, start_month: int) -> pd.Series:
    """Rewrite split-year fiscal quarters of lower-case ``text`` as "q<n> <year>"."""

    def calendar(m: re.Match[str]) -> str:
        first, second = m["a"] or m["a2"], m["b"] or m["b2"]
        year = int(first) + (2000 if len(first) == 2 else 0)
        if (year + 1) % (100 if len(second) == 2 else 10_000) != int(second):
            return m[0]  # not two years that follow each other: left as written
        # the quarter's first month, counted from the year's first month
        month = start_month - 1 + 3 * (int(m["q"] or m["q2"]) - 1)
        return f"q{month % 12 // 3 + 1} {year + month // 12}"

    return text.str.replace(_SPLIT_FISCAL, calendar, regex=True)


def _text_of(uniques: pd.Index | np.ndarray | pd.api.extensions.ExtensionArray) -> pd.Series:
    """Return the distinct raw values (from ``pd.factorize``) as stripped lower-case text.

    A month name in mojibake ("2 aoÃ»t 2022", "fÃ©vrier") is repaired first, as the other
    columns' text is (:func:`trendlib._text.repair_text`; ASCII text is left as it is).
    """
    raw = [str(u) for u in uniques]
    raw = [t if t.isascii() else repair_text(t) for t in raw]
    text = pd.Series(raw, dtype=object).str.strip().str.lower()
    # Central European forms, written as "14.3.2022" / "3/2022": a dot after each part and
    # spaces after the dots ("14. 3. 2022."), Polish "r." (roku, "of the year") after the
    # year, Roman month numerals ("14.VI.2022", "XI.2023")
    text = text.str.replace(_YEAR_WORD, "", regex=True)
    # a year of the Buddhist Era, as Thai agencies write it, marked "B.E." / "(B.E.)" /
    # "พ.ศ.": 543 years ahead of the common era ("16/01/2564 (B.E.)" is 16 January 2021)
    marked = text.str.contains(_BUDDHIST_ERA, regex=True)
    if marked.any():
        text = text.copy()
        text[marked] = (
            text[marked]
            .str.replace(_BUDDHIST_ERA, " ", regex=True)
            .str.replace(_BE_YEAR, lambda m: str(int(m[0]) - 543), regex=True)
            .str.split()
            .str.join(" ")
        )
    # a quarter of the US federal fiscal year, which starts on 1 October: "FY2023 Q4" is
    # July-September 2023, "FY2023 Q1" October-December 2022
    text = text.str.replace(_FISCAL_QUARTER, _calendar_quarter, regex=True)
    # a quarter written as its months: "Apr-Jun 2023", "ene.-mar. 2023", "juil.-sept. 2023"
    text = text.str.replace(
        _MONTH_RANGE, lambda m: f"q{_RANGE_QUARTER[m[1][:3]]} {m[2]}", regex=True
    )
    roman_day = text.str.match(_ROMAN_DMY)
    roman_month = text.str.match(_ROMAN_MY)
    month_year = _ROMAN_ANY_MY if roman_day.any() or roman_month.any() else _ROMAN_MY
    roman = roman_day | text.str.match(month_year)
    if roman.any():
        text = text.copy()
        text[roman] = (
            text[roman]
            .str.replace(_ROMAN_DMY, lambda m: f"{m[1]}.{_ROMAN[m[2]]}.{m[3]}", regex=True)
            .str.replace(month_year, lambda m: f"{_ROMAN[m[1]]}/{m[2]}", regex=True)
        )
    return text.str.replace(_DOTTED_DMY, r"\1.\2.\3", regex=True)


def infer_dayfirst(raw: pd.Series) -> bool | None:
    """Decide whether a file writes ``a/b/yyyy`` as day/month or month/day, from all its values.

    Only values like ``a/b/yyyy`` (separators ``/``, ``.`` or ``-``, 2- or 4-digit year),
    possibly after an article (``le 13/05/2023``, ``el 13/05/2023``, ``on 05/13/2023``),
    are evidence: ``a > 12`` means day first, ``b > 12`` means month first. When values
    point both ways (a mixed file), the majority wins; a tie is undecided. The values
    that disagree with the decision then fail to parse and are flagged invalid.

    Parameters
    ----------
    raw : Series
        Raw date text of one file (or one source). Not modified.

    Returns
    -------
    bool or None
        True (day first), False (month first) or None when no value decides it.
        :func:`parse_dates` then reads day first, as European sources write ``dd/mm/yyyy``.

    Examples
    --------
    >>> infer_dayfirst(pd.Series(["13/05/2023", "05/06/2023"]))
    True
    >>> infer_dayfirst(pd.Series(["05/13/2023", "05/06/2023"]))
    False
    >>> infer_dayfirst(pd.Series(["05/06/2023", "2023-05-17"])) is None
    True
    """
    _, text = _unique_text(raw)
    return _infer_dayfirst_text(text)


def _infer_dayfirst_text(text: pd.Series) -> bool | None:
    """:func:`infer_dayfirst` on unique stripped lower-case text."""
    # "le 13/05/2023" is read as "13/05/2023" (see _LEAD_WORD), so it is evidence too
    parts = _ab_year_parts(text.str.replace(_LEAD_DAY_WORD, "", regex=True))
    day_first = int(((parts["a"] > 12) & (parts["b"] <= 12)).sum())
    month_first = int(((parts["b"] > 12) & (parts["a"] <= 12)).sum())
    if day_first == month_first:
        return None
    return day_first > month_first


def _assemble(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Build datetime64[ns] from float year/month/day arrays; NaT where the date is impossible."""
    out = np.full(len(year), np.datetime64("NaT"), dtype="datetime64[ns]")
    # datetime64[ns] spans 1677-09-21..2262-04-11; whole years inside it are safe.
    ok = (
        np.isfinite(year)
        & np.isfinite(month)
        & np.isfinite(day)
        & (year >= 1678)
        & (year <= 2261)
        & (month >= 1)
        & (month <= 12)
        & (day >= 1)
    )
    y, m, d = year[ok].astype(np.int64), month[ok].astype(np.int64), day[ok].astype(np.int64)
    month_start = ((y - 1970) * 12 + (m - 1)).astype("datetime64[M]").astype("datetime64[D]")
    next_month = ((y - 1970) * 12 + m).astype("datetime64[M]").astype("datetime64[D]")
    days_in_month = (next_month - month_start).astype(np.int64)
    fits = d <= days_in_month
    dates = (month_start + (d - 1).astype("timedelta64[D]")).astype("datetime64[ns]")
    idx = np.flatnonzero(ok)
    out[idx[fits]] = dates[fits]
    return out


class _Table:
    """Year/month/day, rule and precision per unique value, filled format by format."""

    def __init__(self, n: int) -> None:
        self.year = np.full(n, np.nan)
        self.month = np.full(n, np.nan)
        self.day = np.full(n, np.nan)
        self.rule = np.full(n, None, dtype=object)
        self.precision = np.full(n, -1, dtype=np.int8)
        self.done = np.zeros(n, dtype=bool)

    def fill(
        self,
        mask: np.ndarray,
        rule: str | np.ndarray,
        precision: int,
        year: pd.Series,
        month: pd.Series | float = 1.0,
        day: pd.Series | float = 1.0,
    ) -> None:
        """Record the parts of the rows in ``mask`` that no earlier format claimed."""
        mask = mask & ~self.done

        def _at(part: pd.Series | float) -> np.ndarray | float:
            if isinstance(part, pd.Series):
                return part.to_numpy(dtype="float64", na_value=np.nan)[mask]
            return part

        self.year[mask] = _at(year)
        self.month[mask] = _at(month)
        self.day[mask] = _at(day)
        self.rule[mask] = rule[mask] if isinstance(rule, np.ndarray) else rule
        self.precision[mask] = precision
        self.done |= mask


def _left(text: pd.Series, table: _Table) -> pd.Series:
    """Return the texts no earlier format claimed (each format is tried on these only)."""
    return text[~table.done]


def _extract_left(text: pd.Series, pattern: re.Pattern[str], table: _Table) -> pd.DataFrame:
    """``text.str.extract(pattern)`` on the unclaimed texts, NaN for the claimed ones.

    :meth:`_Table.fill` ignores claimed texts anyway; most texts are claimed by the
    first formats, so the later patterns run on a few (the same result, less regex work).
    """
    return _left(text, table).str.extract(pattern).reindex(text.index)


# Distinct dates of one file that read in the other day/month order only, from which the
# file is taken to mix two orders (fewer are slips: quarantined as impossible).
_MIXED_ORDER_MIN: Final = 3


# A day or a month written "00": not known, as records systems write it ("00/04/2021",
# French police; "2021-04-00"; "00/00/2021"): the month or the year, in a file that
# writes three distinct such dates or more (its convention); fewer are impossible dates.
_ZERO_DAY: Final = re.compile(r"^00([/.-])(0?[1-9]|1[0-2])\1(\d{4})$|^(\d{4})-(0?[1-9]|1[0-2])-00$")
_ZERO_MONTH: Final = re.compile(r"^00([/.-])00\1(\d{4})$|^(\d{4})-00-00$")
# ... and when they are at least this share of the file's distinct dates: a file written
# with the convention writes many (a police extraction: 3 of 71 distinct dates); three
# impossible dates planted among a compilation's 1,283 are slips (`blind194`, `blind232`).
_ZERO_DAY_SHARE: Final = 0.01
# A day written as a blank to fill ("xx/06/2021"): never a day, so the month wherever it
# is written. ("??/08/2021" is not read: an examiner planted it as a bad date, a day
# nobody could read, where "xx" is a form's placeholder.)
_BLANK_DAY: Final = re.compile(r"^xx([/.-])(0?[1-9]|1[0-2])\1(\d{4})$")


def _parse_numeric(text: pd.Series, table: _Table, *, dayfirst: bool) -> None:
    """Classify and split the numeric formats (ISO, a/b/yyyy, Excel serials, years...)."""
    # a file's convention when it writes several distinct ones (as the mixed-order dates
    # below); one or two are slips, and stay impossible
    zero_day = _extract_left(text, _ZERO_DAY, table)
    zero_month = _extract_left(text, _ZERO_MONTH, table)
    n_zero = int(zero_day[2].fillna(zero_day[3]).notna().sum())
    n_zero += int(zero_month[1].fillna(zero_month[2]).notna().sum())
    if n_zero >= _MIXED_ORDER_MIN and n_zero >= _ZERO_DAY_SHARE * len(text):
        year, month = zero_day[2].fillna(zero_day[3]), zero_day[1].fillna(zero_day[4])
        table.fill(year.notna().to_numpy(), "date.unknown_day", _MONTH, year, month)
        year = zero_month[1].fillna(zero_month[2])
        table.fill(year.notna().to_numpy(), "date.unknown_day", _YEAR, year)
    blank_day = _extract_left(text, _BLANK_DAY, table)
    table.fill(
        blank_day[2].notna().to_numpy(), "date.unknown_day", _MONTH, blank_day[2], blank_day[1]
    )
    for pattern, rule in ((_ISO, "date.iso"), (_YMD, "date.ymd"), (_COMPACT, "date.compact")):
        parts = _extract_left(text, pattern, table)
        table.fill(parts[0].notna().to_numpy(), rule, _DAY, parts[0], parts[1], parts[2])

    ab = _ab_year_parts(_left(text, table)).reindex(text.index)
    day, month = (ab["a"], ab["b"]) if dayfirst else (ab["b"], ab["a"])
    rule = "date.dayfirst" if dayfirst else "date.monthfirst"
    # Dates that read in the other order only ("05/14/2021" in a day-first file: no 14th
    # month). One or two are slips, and stay impossible; a file that holds several
    # distinct ones mixes two desks' conventions (a US office's rows in a European log),
    # and those are read in their own order (rule date.*_evident)
    as_month = pd.to_numeric(month, errors="coerce")
    as_day = pd.to_numeric(day, errors="coerce")
    evident = ab["y"].notna() & (as_month > 12) & (as_month <= 31) & as_day.between(1, 12)
    if int(evident.sum()) >= _MIXED_ORDER_MIN:
        other = "date.monthfirst_evident" if dayfirst else "date.dayfirst_evident"
        table.fill(evident.to_numpy(), other, _DAY, ab["y"], day, month)
    table.fill(ab["y"].notna().to_numpy(), rule, _DAY, ab["y"], month, day)

    cjk = _extract_left(text, _CJK_DAY, table)
    table.fill(cjk[0].notna().to_numpy(), "date.cjk", _DAY, cjk[0], cjk[1], cjk[2])
    cjk = _extract_left(text, _CJK_MONTH, table)
    table.fill(cjk[0].notna().to_numpy(), "date.cjk", _MONTH, cjk[0], cjk[1])

    serial = _extract_left(text, _EXCEL, table)[0].astype("float64")
    in_range = (serial >= _EXCEL_MIN) & (serial <= _EXCEL_MAX)
    dates = pd.Series(
        _EXCEL_ORIGIN + serial.where(in_range, 0).to_numpy().astype("timedelta64[D]"),
        index=text.index,
    ).dt
    table.fill(in_range.to_numpy(), "date.excel_serial", _DAY, dates.year, dates.month, dates.day)
    # Other five-digit numbers are not dates; claim them so nothing below reads them.
    table.fill(serial.notna().to_numpy(), "date.excel_serial", _DAY, serial * np.nan)

    # Unix time as JSON exports write it: milliseconds (13 digits) or seconds (10) since
    # 1970-01-01 UTC, read as the UTC day; only 2000-2035 (other long numbers are ids)
    epoch = _extract_left(text, _EPOCH, table)
    ms = epoch[0].astype("float64")
    sec = ms.where(epoch[0].str.len() == 13, ms * 1000) // 1000
    in_epoch = sec.between(_EPOCH_MIN, _EPOCH_MAX)
    stamps = pd.Series(
        pd.to_datetime(sec.where(in_epoch), unit="s", errors="coerce"), index=text.index
    ).dt
    table.fill(in_epoch.to_numpy(), "date.epoch", _DAY, stamps.year, stamps.month, stamps.day)

    year = _extract_left(text, _YEAR_ONLY, table)[0].astype("float64")
    plausible = year.between(_YEAR_MIN, _YEAR_MAX)
    table.fill(year.notna().to_numpy(), "date.year", _YEAR, year.where(plausible))

    for pattern, y, m in (
        (_YEAR_MONTH, 0, 1),
        (_YEAR_MONTH_COMPACT, 0, 1),
        (_YEAR_M_MONTH, 0, 1),
        (_MONTH_YEAR, 1, 0),
    ):
        parts = _extract_left(text, pattern, table)
        table.fill(parts[0].notna().to_numpy(), "date.month", _MONTH, parts[y], parts[m])


def _parse_text(text: pd.Series, table: _Table) -> None:
    """Classify and split the formats with words (month names, quarters) on folded text."""
    todo = ~table.done & text.str.contains(r"[^\W\d_]", regex=True).to_numpy()
    if not todo.any():
        return
    # the texts with letters that no number format claimed (uniques only), folded; the
    # patterns run on these alone and their results are aligned back to all texts
    at = np.flatnonzero(todo)
    folded = pd.Series([fold(t) for t in text.iloc[at]], index=text.index[at], dtype="object")

    def extract(pattern: re.Pattern[str]) -> pd.DataFrame:
        # on the texts no pattern has claimed yet (fill ignores the others anyway)
        return folded[~table.done[at]].str.extract(pattern).reindex(text.index)

    def says(pattern: str) -> pd.Series:
        found = folded.str.contains(pattern, regex=True)
        return found.reindex(text.index, fill_value=False).astype(bool)

    def month_number(word: pd.Series) -> pd.Series:
        return word.map(_MONTH_NUMBER).astype("float64")

    def language_rule(word: pd.Series) -> np.ndarray:
        lang = word.map(_MONTH_LANG)
        lang = lang.mask(says(r"\bde[l]?\b"), "es")
        lang = lang.mask(says(r"^\d{1,2}er\b"), "fr")
        return ("date.text_" + lang.fillna("en")).to_numpy(dtype=object)

    dmy = extract(_TEXT_DMY)
    table.fill(
        dmy[0].notna().to_numpy() & todo,
        language_rule(dmy[1]),
        _DAY,
        _two_digit_year(dmy[2]),
        month_number(dmy[1]),
        dmy[0],
    )
    mdy = extract(_TEXT_MDY)
    table.fill(
        mdy[0].notna().to_numpy() & todo,
        language_rule(mdy[0]),
        _DAY,
        mdy[2],
        month_number(mdy[0]),
        mdy[1],
    )
    my = extract(_TEXT_MY)
    table.fill(my[0].notna().to_numpy() & todo, "date.month", _MONTH, my[1], month_number(my[0]))
    ym = extract(_TEXT_YM)
    table.fill(ym[0].notna().to_numpy() & todo, "date.month", _MONTH, ym[0], month_number(ym[1]))
    excel = todo & text.str.contains(_EXCEL_MONTH_YEAR, regex=True).to_numpy(dtype=bool)
    if excel.any():
        my = extract(_TEXT_MY_EXCEL)
        table.fill(
            my[0].notna().to_numpy() & excel,
            "date.month",
            _MONTH,
            _two_digit_year(my[1]),
            month_number(my[0]),
        )
    part = extract(_MONTH_PART)
    table.fill(
        part[0].notna().to_numpy() & todo, "date.month_part", _MONTH, part[1], month_number(part[0])
    )
    mil = extract(_MILITARY)
    table.fill(
        mil[0].notna().to_numpy() & todo,
        "date.military",
        _DAY,
        _two_digit_year(mil[2]),
        month_number(mil[1]),
        mil[0],
    )
    dtg = extract(_DTG)
    hour, minute = dtg[1].astype("float64"), dtg[2].astype("float64")
    clock = (hour <= 23) & (minute <= 59)  # else the day is NaN: date.impossible
    table.fill(
        dtg[0].notna().to_numpy() & todo,
        "date.dtg",
        _DAY,
        _two_digit_year(dtg[4]),
        month_number(dtg[3]),
        dtg[0].astype("float64").where(clock),
    )
    for pattern in _QUARTER_PATTERNS:
        parts = extract(pattern)
        quarter = parts["q"].map(_QUARTER_ORDINALS).astype("float64")
        table.fill(
            parts["q"].notna().to_numpy() & todo,
            "date.quarter",
            _QUARTER,
            _two_digit_year(parts["y"]),
            3 * quarter - 2,
        )


def _parse_forms(text: pd.Series, table: _Table, *, dayfirst: bool) -> None:
    """Read every form of :func:`parse_dates` (numbers first, then words) into ``table``."""
    _parse_numeric(text, table, dayfirst=dayfirst)
    _parse_text(text, table)


def _parse_lead_words(text: pd.Series, table: _Table, *, dayfirst: bool) -> None:
    """Read ``le 06/01/2021``, ``en mars 2022``, ``on 14/03/2022``... (see ``_LEAD_WORD``).

    Runs last, on the texts no form claimed: the word is dropped and the rest read by
    :func:`_parse_forms` with the file's day/month order. The rest keeps its own rule
    (``date.dayfirst``, ``date.text_fr``, ``date.month``...), so the rule still tells
    how the date was read. A rest that is no date, an Excel serial number (``le 45063``)
    or a period the word does not fit (``le mars 2022``, ``in 14/03/2022``) leaves the
    text unread.
    """
    lead = _extract_left(text, _LEAD_WORD, table)
    has_rest = lead["rest"].notna().to_numpy()
    if not has_rest.any():
        return
    at = np.flatnonzero(has_rest)
    rest = pd.Series(lead["rest"].to_numpy()[at], dtype=object)
    sub = _Table(len(rest))
    _parse_forms(rest, sub, dayfirst=dayfirst)
    day_word = lead["day"].notna().to_numpy()[at]
    fits = np.where(day_word, sub.precision == _DAY, sub.precision > _DAY)
    keep = sub.done & fits & (sub.rule != "date.excel_serial")
    _fill_from(table, text, at, sub, keep)


def _fill_from(
    table: _Table, text: pd.Series, at: np.ndarray, sub: _Table, keep: np.ndarray
) -> None:
    """Record in ``table`` what ``sub`` read of the texts at ``at`` (where ``keep``)."""

    def spread(part: np.ndarray) -> pd.Series:
        out = np.full(len(text), np.nan)
        out[at] = part
        return pd.Series(out, index=text.index)

    mask = np.zeros(len(text), dtype=bool)
    mask[at[keep]] = True
    rule = np.full(len(text), None, dtype=object)
    rule[at] = sub.rule
    precision = np.full(len(text), -1, dtype=np.int8)
    precision[at] = sub.precision
    # one fill per precision (fill takes one precision code)
    for code in (_DAY, _MONTH, _QUARTER, _YEAR):
        table.fill(
            mask & (precision == code),
            rule,
            code,
            spread(sub.year),
            spread(sub.month),
            spread(sub.day),
        )


# A period given by its first and last day, as charging documents and registers write
# one: "between 01/03/2022 and 31/03/2022", "between 1 April 2022 and 30 June 2022",
# "du 01/03/2022 au 31/03/2022", "entre el 1 y el 31 de marzo" (with years), "del
# 01/03/2022 al 31/03/2022", "from 1 March 2022 to 31 March 2022".
_RANGE: Final = re.compile(
    r"^(?:between|entre(?: el| le)?|du|del|from|desde(?: el)?)\s+(?P<a>\S.*?)\s+"
    r"(?:and|et(?: le)?|y(?: el)?|au|al|to|hasta(?: el)?|till|until)\s+(?P<b>\S.*)$"
)


def _parse_halves(
    text: pd.Series, pattern: re.Pattern[str], table: _Table, *, dayfirst: bool
) -> tuple[np.ndarray, _Table, _Table] | None:
    """Read the two halves (groups ``a`` and ``b`` of ``pattern``) of the unclaimed texts.

    Returns the positions of the texts that have them and each half's reading by the
    plain forms; None when no text has them.
    """
    parts = _extract_left(text, pattern, table)
    at = np.flatnonzero(parts["a"].notna().to_numpy())
    if not len(at):
        return None
    first, second = _Table(len(at)), _Table(len(at))
    _parse_forms(pd.Series(parts["a"].to_numpy()[at], dtype=object), first, dayfirst=dayfirst)
    _parse_forms(pd.Series(parts["b"].to_numpy()[at], dtype=object), second, dayfirst=dayfirst)
    return at, first, second


def _parse_ranges(text: pd.Series, table: _Table, *, dayfirst: bool) -> None:
    """Read a period written as its first and last day (see ``_RANGE``).

    Runs last, on the texts no form claimed. When the two days are the first and last of
    one calendar month, quarter or year, the text is that month, quarter or year (its
    first day, ``date.range``, at that precision). Any other span (a few days, six weeks,
    two months) is not one date: left unread.
    """
    halves = _parse_halves(text, _RANGE, table, dayfirst=dayfirst)
    if halves is None:
        return
    at, first, last = halves
    start = _assemble(first.year, first.month, first.day)
    stop = _assemble(last.year, last.month, last.day)
    days = first.done & last.done & (first.precision == _DAY) & (last.precision == _DAY)
    days &= ~np.isnat(start) & ~np.isnat(stop)
    begin = pd.DatetimeIndex(np.where(days, start, np.datetime64("NaT", "ns")))
    end = pd.DatetimeIndex(np.where(days, stop, np.datetime64("NaT", "ns")))
    spans = (
        (
            _MONTH,
            begin.is_month_start & end.is_month_end & (begin.to_period("M") == end.to_period("M")),
        ),
        (
            _QUARTER,
            begin.is_quarter_start
            & end.is_quarter_end
            & (begin.to_period("Q") == end.to_period("Q")),
        ),
        (_YEAR, begin.is_year_start & end.is_year_end & (begin.year == end.year)),
    )
    for code, fits in spans:
        fits = np.asarray(fits, dtype=bool) & days
        mask = np.zeros(len(text), dtype=bool)
        mask[at[fits]] = True
        year = np.full(len(text), np.nan)
        month = np.full(len(text), np.nan)
        year[at] = begin.year.to_numpy(dtype="float64", na_value=np.nan)
        month[at] = begin.month.to_numpy(dtype="float64", na_value=np.nan)
        table.fill(
            mask,
            "date.range",
            code,
            pd.Series(year, index=text.index),
            pd.Series(month, index=text.index),
        )


# A date, then a remark in brackets without digits: "julio de 2022 (sin fecha exacta)",
# "14/03/2022 (approx.)", "mars 2022 (date exacte inconnue)".
_REMARK_AFTER: Final = re.compile(r"^(?P<rest>\S.*?)\s*[(\[][^()\[\]\d]*[)\]]$")


def _parse_with_remark(text: pd.Series, table: _Table, *, dayfirst: bool) -> None:
    """Read a date followed by a remark in brackets, the remark dropped (its own rule kept).

    Runs last, on the texts no form claimed; the rest is read by :func:`_parse_forms` and
    :func:`_parse_lead_words` ("en julio de 2022 (aprox.)").
    """
    found = _extract_left(text, _REMARK_AFTER, table)
    has = found["rest"].notna().to_numpy()
    if not has.any():
        return
    at = np.flatnonzero(has)
    rest = pd.Series(found["rest"].to_numpy()[at], dtype=object)
    sub = _Table(len(rest))
    _parse_forms(rest, sub, dayfirst=dayfirst)
    _parse_lead_words(rest, sub, dayfirst=dayfirst)
    _fill_from(table, text, at, sub, sub.done & (sub.rule != "date.excel_serial"))


def parse_dates(
    raw: pd.Series,
    *,
    dayfirst: bool | None = None,
    today: pd.Timestamp | None = None,
    fiscal_start: int | None = None,
) -> ParsedDates:
    """Read dates written in ISO, European, US, Excel and EN/FR/ES text forms.

    Accepted forms (rule in brackets): ``2023-05-17``, ``2023-05-17 00:00:00``,
    ``2023-05-17T10:00:00Z`` (``date.iso``); ``2023/05/17`` (``date.ymd``); ``20230517``
    (``date.compact``); ``17/05/2023``, ``17.05.2023``, ``17-05-2023``, ``17/05/23``
    (``date.dayfirst``) or ``05/17/2023`` (``date.monthfirst``): the order of the whole
    file; in a file that holds three or more distinct dates that read in the other order
    only (a US office's rows in a European log), those are read so
    (``date.monthfirst_evident`` / ``date.dayfirst_evident``; one or two are slips, and
    impossible); ``2023年5月17日``, ``2023년 5월 17일``, ``2023年5月`` (``date.cjk``);
    ``17 May 2023``,
    ``May 17, 2023``, ``17 mai 2023``, ``1er mars 2023``, ``17 de mayo de 2023``,
    ``1.º de mayo de 2023``, ``3 juill. 2023``, ``5 dic. 2023`` (``date.text_en`` /
    ``date.text_fr`` / ``date.text_es``); ``2023-05``, ``05/2023``, ``202305``,
    ``mai 2023``, ``May 2023``, ``2023M05`` (SDMX / Eurostat) (``date.month``); ``courant
    mars 2022``, ``début mars 2022``, ``mi-mars 2022``, ``fin mars 2022``, ``a principios
    de marzo de 2022``, ``mediados de marzo de 2022``, ``a finales de marzo de 2022``,
    ``early March 2022``, ``mid-March 2022``, ``late March 2022``, ``end of March 2022``
    (``date.month_part``, month precision); ``14MAR2022``, ``14mar22``, ``14FÉV2022``, ``14ENE2022``
    (``date.military``); ``141200ZMAR22`` (``date.dtg``, the NATO date-time group);
    ``Q2 2023``, ``2023-Q2``, ``2023Q2``, ``T2 2023``, ``2T 2023``, ``2º trimestre 2023``,
    ``2nd quarter of 2023``,
    ``IV TRIMESTRE 2023``, ``trimestre II 2023``, ``segundo trimestre de 2023``,
    ``deuxième trimestre 2023``, ``FY2023 Q4`` (a quarter of the US federal fiscal year,
    which starts on 1 October: July-September 2023) (``date.quarter``);
    ``2023`` (``date.year``); ``00/04/2021``, ``2021-04-00`` (a day written 00, not known:
    the month; ``00/00/2021`` the year; ``date.unknown_day``; in a file that writes three
    distinct such dates or more, its convention; one or two are impossible dates, as
    slips); a period given by its first
    and last day that is one calendar month, quarter or year (``between 01/03/2022 and
    31/03/2022``, ``du 01/04/2022 au 30/06/2022``; ``date.range``; other spans stay
    unread); ``45063`` or ``45063.0`` (``date.excel_serial``, days since
    1899-12-30, accepted between 30000 and 60000); ``1610323200000`` or ``1610323200``
    (``date.epoch``: Unix time in milliseconds or seconds, the UTC day, 2000-2035).
    A year of the Buddhist Era marked ``B.E.`` (``16/01/2564 (B.E.)``, ``12 May B.E.
    2564``) is read 543 years back, then as above.

    Text that matches no form is ``date.unparseable``; a form with an impossible date
    (``31/02/2023``, ``0``, ``2023-13``) is ``date.impossible``. Both give NaT and
    ``invalid=True``. Two-digit years follow ``strptime``: 00-68 are 20xx, 69-99 19xx.
    A time of day or a time zone after a date is ignored (the date as written is kept).
    An article or preposition before a date is dropped and the rest read as above, with
    its own rule: ``le 06/01/2021``, ``le lundi 14 mars 2022``, ``el 14/03/2022``,
    ``on 14/03/2022``, charging documents' ``on or about May 7, 2023`` (before a day);
    ``en mars 2022``, ``en marzo de 2022``, ``in March 2022``, ``in or about May 2021``,
    ``on a date in June 2021``, ``en fecha no determinada de marzo de 2022`` (before a
    month, quarter or year).

    Parameters
    ----------
    raw : Series
        Raw date text of **one file** (the day/month order is decided for all of it).
        Not modified.
    dayfirst : bool, optional
        Read ``a/b/yyyy`` as day/month (True) or month/day (False). By default decided by
        :func:`infer_dayfirst`; when the values do not decide it, day first (European
        sources write ``dd/mm/yyyy``).
    today : Timestamp, optional
        Dates whose period starts after ``today`` keep their value but get the rule
        ``date.future`` (the pipeline quarantines them). Default: the current date.
    fiscal_start : int, optional
        First month (1-12) of the file's financial year, for quarters of a year that
        spans two calendar years (``FY21/22 Q4``, ``FY 2022-23 Q1``, ``2021/22 Q3``;
        ``date.quarter``): April-based years make ``FY21/22 Q4`` January-March 2022.
        ``None`` (the default) leaves them unread, as the text does not say the month
        (:data:`FISCAL_YEAR_START` gives it by country; the pipeline uses the file's
        detection country).

    Returns
    -------
    ParsedDates
        ``values`` (datetime64[ns], first day of partial periods), ``rule``, ``invalid``
        and ``precision``, all aligned with ``raw``.

    Examples
    --------
    >>> raw = pd.Series(["17/05/2023", "mai 2023", "Q2 2023", "45063", "31/02/2023", None])
    >>> p = parse_dates(raw, today=pd.Timestamp("2024-01-01"))
    >>> p.values.dt.strftime("%Y-%m-%d").tolist()
    ['2023-05-17', '2023-05-01', '2023-04-01', '2023-05-17', nan, nan]
    >>> p.rule.tolist()
    ['date.dayfirst', 'date.month', 'date.quarter', 'date.excel_serial', 'date.impossible', <NA>]
    >>> p.precision.tolist()
    ['day', 'month', 'quarter', 'day', nan, nan]
    >>> p.invalid.tolist()
    [False, False, False, False, True, False]
    """
    codes, text = _unique_text(raw)
    if fiscal_start is not None:
        if not 1 <= fiscal_start <= 12:
            raise ParameterError(
                f"fiscal_start must be a month number from 1 to 12, got {fiscal_start!r}."
            )
        text = _split_fiscal_quarters(text, fiscal_start)
    values, rule, invalid, precision = _parse_unique_dates(text, dayfirst=dayfirst, today=today)

    # Map the per-unique results back to the rows (-1 = missing input).
    missing = codes < 0
    take = np.where(missing, 0, codes)
    n_unique = len(text)
    row_values = values[take] if n_unique else np.full(len(codes), np.datetime64("NaT", "ns"))
    row_values[missing] = np.datetime64("NaT")
    # An arrow-backed take is ~10x faster than building a string Series from objects.
    row_rule = pd.array(rule, dtype="string").take(codes, allow_fill=True)
    row_invalid = np.append(invalid, False)[codes]
    row_precision = np.append(precision, np.int8(-1))[codes]

    index, name = raw.index, raw.name
    return ParsedDates(
        values=pd.Series(row_values, index=index, name=name, dtype="datetime64[ns]"),
        rule=pd.Series(row_rule, index=index, name=name, dtype="string"),
        invalid=pd.Series(row_invalid, index=index, name=name, dtype=bool),
        precision=pd.Series(
            pd.Categorical.from_codes(
                row_precision, dtype=pd.CategoricalDtype(list(DATE_PRECISIONS))
            ),
            index=index,
            name=name,
        ),
    )


# One date written twice, in two languages or two styles, with a slash between spaced
# words: "T3 2021 / Q3 2021", "12 mars 2022 / 12 March 2022" (bilingual registers).
_TWO_WRITINGS: Final = re.compile(r"^(?P<a>\S.*?)\s+/\s+(?P<b>\S.*)$")


def _parse_two_writings(text: pd.Series, table: _Table, *, dayfirst: bool) -> None:
    """Read a date written twice (see ``_TWO_WRITINGS``) when both halves say one date.

    Runs last, on the texts no form claimed. Halves that disagree (two dates, or one
    date and a word) leave the text unread.
    """
    halves = _parse_halves(text, _TWO_WRITINGS, table, dayfirst=dayfirst)
    if halves is None:
        return
    at, first, second = halves
    one = _assemble(first.year, first.month, first.day)
    other = _assemble(second.year, second.month, second.day)
    agree = first.done & second.done & (first.precision == second.precision)
    agree &= ~np.isnat(one) & (one == other)
    _fill_from(table, text, at, first, agree)


def _parse_unique_dates(
    text: pd.Series, *, dayfirst: bool | None, today: pd.Timestamp | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """:func:`parse_dates` on distinct stripped lower-case texts (see :func:`_text_of`).

    Returns, per text: the date (datetime64[ns]), the rule (object, None for blank),
    the invalid flag and the precision (a code into ``DATE_PRECISIONS``, -1 for none).
    """
    if dayfirst is None:
        dayfirst = _infer_dayfirst_text(text)
    dayfirst = True if dayfirst is None else dayfirst
    today = pd.Timestamp.now().normalize() if today is None else pd.Timestamp(today)

    table = _Table(len(text))
    _parse_forms(text, table, dayfirst=dayfirst)
    _parse_lead_words(text, table, dayfirst=dayfirst)
    _parse_ranges(text, table, dayfirst=dayfirst)
    _parse_with_remark(text, table, dayfirst=dayfirst)
    _parse_two_writings(text, table, dayfirst=dayfirst)

    values = _assemble(table.year, table.month, table.day)
    parsed = ~np.isnat(values)
    rule = table.rule.copy()
    rule[~table.done] = "date.unparseable"
    rule[table.done & ~parsed] = "date.impossible"
    future = parsed & (values > today.normalize().as_unit("ns").to_datetime64())
    rule[future] = "date.future"
    precision = np.where(parsed, table.precision, -1).astype(np.int8)
    invalid = ~parsed
    blank = (text == "").to_numpy()  # blank cells are missing, not unreadable
    rule[blank] = None
    invalid[blank] = False
    return values, rule, invalid, precision
