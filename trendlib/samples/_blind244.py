"""Examiner sample set ``blind244`` (files ``*_il.*``): child-protection bodies.

Five bodies that see unaccompanied, smuggled and trafficked children (and the groups
they travel with) report the events of :func:`trendlib.samples.make_truth`, each in
its own working language, file format and habits:

``pjj_mmna``
    France, Ministère de la Justice, Direction de la protection judiciaire de la
    jeunesse, *Mission mineurs non accompagnés* (the desk that follows the children
    placed by the juges des enfants). A cp1252 CSV with ``;`` from a French Excel:
    CRLF line ends, day-first dates (``17/05/2023``, ``17/05/23``, ``mai 2023``,
    ``T2 2023``), nationalities written as French adjectives (``afghane``,
    ``érythréen``), ``Angleterre`` for the United Kingdom, ``M/F`` for a mixed group,
    ``n.c.`` for a count not given, ``aucun`` for no suspect, thousands with a
    (no-break) space, routes joined by `` / ``. First reports of the events detected in
    France; second reports of some Channel and Viet Nam–UK events detected in the UK.
``barnardos_ictg``
    England and Wales, Barnardo's *Independent Child Trafficking Guardianship* service.
    An XLSX workbook: real Excel dates with a few typed ``dd/mm/yyyy`` or month-only
    cells, National Referral Mechanism wording (``Labour``, ``Criminal – cannabis
    cultivation``, ``CSE``), English demonyms (``Vietnamese``), ``Age disputed``,
    ``England``/``Scotland`` for where a child was identified, and now and then
    ``Kurdish`` as nationality (which names no country: the truth leaves it blank).
    First reports of the events detected in the United Kingdom.
``orr_ucp``
    United States, HHS Office of Refugee Resettlement, Unaccompanied Children Program
    (intake of children referred by DHS after apprehension). A UTF-8 CSV with ``,``:
    US month-first dates (``05/17/2023``, ``5/7/2023``) throughout the file, CBP
    demographic words (``UC``, ``Single Adult``, ``Family Unit``/``FMUA``), citizenship
    in capitals, ``N/A`` under trafficking type for smuggling cases, ``Unk`` counts.
    First reports of the events detected in the United States.
``enoc_network``
    European Network of Ombudspersons for Children (secretariat in Strasbourg): a
    JSON-lines export of the cases its members (the Italian, Greek, Croatian and Polish
    children's ombudspersons among them) share. ISO dates, ``2023-05`` and ``2023-Q2``
    periods, timestamps, ISO alpha-2 codes with the EU's own ``EL`` (Greece) and ``UK``,
    routes as ``TR-BG-RS-BA``, decimal coordinates, ``null`` for what is not known.
    First reports of the events detected in Italy, Greece, Croatia and Poland; second
    reports of some Channel (France) and Spanish events.
``fio_ninez``
    Federación Iberoamericana del Ombudsman, *Red de Niñez y Adolescencia*: a
    compilation of the cases its member defensorías (Spain's Defensor del Pueblo and
    regional ombudsmen, Panama's Defensoría del Pueblo, Mexico's CNDH) notify. A UTF-8
    CSV with a BOM and ``;`` (Spanish Excel): day-first dates, ``17-may-2023``, Excel
    serials pasted as numbers, ``mayo de 2023``, ``T2 2023``; ``NNA`` and ``MENA`` for
    children, ``cayuco``/``patera``/``salto de valla``, ``EE. UU.``, Spanish thousands
    (``1.250``) and decimal commas, counts with their unit (``12 personas``), and
    mojibake in the cells pasted from another member's file (``PanamÃ¡``). It reports
    every event no other body reports first (Spain, Panama) and second reports of some
    US–Mexico events.

Each written cell says what a careful analyst would read: where it does not say a
value (``Kurdish``, ``Age disputed``, ``n.c.``), the truth expects none (or
``unknown``), and the row's messiness tags say so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND244", "SOURCES", "Agency", "make_blind244"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One body of the set: what the shared machinery reads, plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the body's words for it (first = the usual one).
    unknown : mapping
        Column -> the body's words for a value it does not know.
    count_unknown : tuple of str
        What the body writes when it does not know a count.
    zero_words : tuple of str
        What the body writes for "no suspect".
    transit_sep : str
        Separator of the countries of a route, in travel order.
    offence_sep : str
        Separator of linked offences.
    thousands : tuple of str
        Thousands separators of large counts (CSV only; empty: none).
    na_exploitation : str or None
        What the body writes under the form of exploitation of a smuggling case.
    extra : mapping
        Values of the body's column that no record field reads (who notified the case),
        by hotspot, else by detection country.
    """

    words: Mapping[str, _Words]
    unknown: Mapping[str, tuple[str, ...]]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    thousands: tuple[str, ...]
    na_exploitation: str | None
    extra: Mapping[str, tuple[str, ...]]


# --------------------------------------------------------------------------------------
# Country words the shared tables lack: demonyms, EU codes, each body's aliases
# --------------------------------------------------------------------------------------
#: French nationality adjectives (feminine, masculine), as in "nationalité afghane".
_FR_ADJ: dict[str, tuple[str, str]] = {
    "AFG": ("afghane", "afghan"),
    "ALB": ("albanaise", "albanais"),
    "BGD": ("bangladaise", "bangladais"),
    "CHN": ("chinoise", "chinois"),
    "CIV": ("ivoirienne", "ivoirien"),
    "CMR": ("camerounaise", "camerounais"),
    "COL": ("colombienne", "colombien"),
    "DZA": ("algérienne", "algérien"),
    "ECU": ("équatorienne", "équatorien"),
    "EGY": ("égyptienne", "égyptien"),
    "ERI": ("érythréenne", "érythréen"),
    "GIN": ("guinéenne", "guinéen"),
    "GMB": ("gambienne", "gambien"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurienne", "hondurien"),
    "HTI": ("haïtienne", "haïtien"),
    "IRN": ("iranienne", "iranien"),
    "IRQ": ("irakienne", "irakien"),
    "MAR": ("marocaine", "marocain"),
    "MEX": ("mexicaine", "mexicain"),
    "MLI": ("malienne", "malien"),
    "NGA": ("nigériane", "nigérian"),
    "PAK": ("pakistanaise", "pakistanais"),
    "ROU": ("roumaine", "roumain"),
    "SEN": ("sénégalaise", "sénégalais"),
    "SYR": ("syrienne", "syrien"),
    "TUN": ("tunisienne", "tunisien"),
    "TUR": ("turque", "turc"),
    "VEN": ("vénézuélienne", "vénézuélien"),
    "VNM": ("vietnamienne", "vietnamien"),
    "YEM": ("yéménite", "yéménite"),
}
#: English demonyms, as UK caseworkers write a nationality.
_EN_ADJ: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HTI": "Haitian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
#: Spanish gentilicios (masculine), as Latin American defensorías write a nationality.
_ES_ADJ: dict[str, str] = {
    "AFG": "afgano",
    "ALB": "albanés",
    "BGD": "bangladesí",
    "CHN": "chino",
    "CIV": "marfileño",
    "CMR": "camerunés",
    "COL": "colombiano",
    "DZA": "argelino",
    "ECU": "ecuatoriano",
    "EGY": "egipcio",
    "ERI": "eritreo",
    "GIN": "guineano",
    "GMB": "gambiano",
    "GTM": "guatemalteco",
    "HND": "hondureño",
    "HTI": "haitiano",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "MAR": "marroquí",
    "MEX": "mexicano",
    "MLI": "maliense",
    "NGA": "nigeriano",
    "PAK": "pakistaní",
    "ROU": "rumano",
    "SEN": "senegalés",
    "SYR": "sirio",
    "TUN": "tunecino",
    "TUR": "turco",
    "VEN": "venezolano",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
#: Codes of the EU's own protocol order where they differ from ISO alpha-2.
_EU_CODES = {"GRC": "EL", "GBR": "UK"}
#: Each body's everyday names for a country (beside the shared tables' names).
_FR_ALIAS = {"GBR": ("Angleterre", "Grande-Bretagne", "UK"), "DEU": ("RFA",)}
_ES_ALIAS = {"USA": ("EE. UU.", "EEUU", "EE.UU."), "GBR": ("Gran Bretaña",)}
_EN_ALIAS = {"GBR": ("UK",), "VNM": ("Vietnam",), "CIV": ("Ivory Coast",), "TUR": ("Turkey",)}
_US_NAMES = {"VNM": "VIETNAM", "CIV": "IVORY COAST", "TUR": "TURKEY"}
#: Where a land crossing into Spain is a jump over the border fence.
_FENCES = ("Ceuta", "Melilla")
#: Nationality words that name a people, not a state: no country can be read.
_KURD = {"IRQ", "IRN", "SYR", "TUR"}


def _name(iso: str, lang: str) -> str:
    row = COUNTRIES[iso]
    return str(row[{"en": 1, "fr": 2, "es": 3}[lang]])


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of 6+ letters (a typing slip)."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _noise(text: str, rng: _Rng, rate: float, col: str, tags: list[str]) -> str:
    """Change the case or spacing of ``rate`` of the cells (the meaning stays)."""
    if rng.random() >= rate:
        return text
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]
    if out != text:
        tags.append(f"case:{col}")
    return out


def _country(src: Agency, iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """Write one country the way ``src`` writes it in column ``col``."""
    iso2, _ = iso_codes(iso)
    r = rng.random()
    body = src.source
    if body == "pjj_mmna":
        name = _name(iso, "fr")
        if col == "nationality" and iso in _FR_ADJ and r < 0.6:
            tags.append(f"demonym:{col}")
            return _FR_ADJ[iso][0 if rng.random() < 0.7 else 1]
        if col == "detection_country" and r < 0.1:
            tags.append(f"iso2:{col}")
            return iso2
        if iso in _FR_ALIAS and r < 0.45:
            tags.append(f"alias:{col}")
            return choice(rng, _FR_ALIAS[iso])
        if r > 0.95 and _swap(name) != name:
            tags.append(f"typo:{col}")
            return _swap(name)
        if r > 0.85:
            tags.append(f"case:{col}")
            return name.upper()
        return name
    if body == "barnardos_ictg":
        name = _name(iso, "en")
        if col == "nationality" and iso in _EN_ADJ and r < 0.7:
            tags.append(f"demonym:{col}")
            return _EN_ADJ[iso]
        if iso in _EN_ALIAS and r < 0.85:
            tags.append(f"alias:{col}")
            return choice(rng, _EN_ALIAS[iso])
        if r > 0.96 and _swap(name) != name:
            tags.append(f"typo:{col}")
            return _swap(name)
        return name
    if body == "orr_ucp":
        if col == "detection_country":
            word = choice(rng, ("USA", "USA", "United States", "U.S."))
            if word != "United States":
                tags.append(f"alias:{col}")
            return word
        name = _US_NAMES.get(iso, _name(iso, "en").upper())
        if col == "origin_country":
            return name.title()
        tags.append(f"case:{col}")
        return name
    if body == "enoc_network":
        code = _EU_CODES.get(iso, iso2)
        if col == "detection_country" or r < 0.75:
            tags.append(f"{'eu_code' if iso in _EU_CODES else 'iso2'}:{col}")
            return code
        return _name(iso, "en")
    # fio_ninez: names of the member defensorías' files, pasted into one sheet
    name = _name(iso, "es")
    if col == "nationality" and iso in _ES_ADJ and r < 0.25:
        tags.append(f"demonym:{col}")
        return _ES_ADJ[iso]
    if iso in _ES_ALIAS and r < 0.5:
        tags.append(f"alias:{col}")
        return choice(rng, _ES_ALIAS[iso])
    if r > 0.97:
        tags.append(f"iso3:{col}")
        return iso
    garbled = mojibake(name)
    if r > 0.93:
        if garbled is None:
            return name
        tags.append(f"mojibake:{col}")
        return garbled
    if r > 0.91 and _swap(name) != name:
        tags.append(f"typo:{col}")
        return _swap(name)
    if r > 0.85:
        tags.append(f"case:{col}")
        return name.upper()
    return name


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, ts.month, 1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * (ts.quarter - 1) + 1, 1)


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event's date as ``src`` does; return (cell, expected date, precision)."""
    r = rng.random()
    m = ts.month - 1
    body = src.source
    month_share, quarter_share = {
        "pjj_mmna": (0.04, 0.02),
        "barnardos_ictg": (0.04, 0.0),
        "orr_ucp": (0.0, 0.0),
        "enoc_network": (0.04, 0.03),
        "fio_ninez": (0.04, 0.03),
    }[body]
    if partial_ok and r < month_share:
        tags.append("partial_date")
        cell = {
            "pjj_mmna": f"{_MONTHS['fr'][m]} {ts.year}",
            "barnardos_ictg": f"{_MONTHS['en'][m]} {ts.year}",
            "enoc_network": f"{ts.year}-{ts.month:02d}",
            "fio_ninez": f"{_MONTHS['es'][m]} de {ts.year}",
        }[body]
        return cell, _month_start(ts), "month"
    if partial_ok and r < month_share + quarter_share:
        tags.append("partial_date")
        q = ts.quarter
        cell = {
            "pjj_mmna": f"T{q} {ts.year}",
            "enoc_network": f"{ts.year}-Q{q}",
            "fio_ninez": f"T{q} {ts.year}" if rng.random() < 0.6 else f"{q}.º trimestre {ts.year}",
        }[body]
        return cell, _quarter_start(ts), "quarter"
    u = rng.random()
    if body == "pjj_mmna":
        if u < 0.1:
            tags.append("two_digit_year")
            return ts.strftime("%d/%m/%y"), ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if body == "barnardos_ictg":
        if u < 0.12:
            tags.append("text_date")
            return ts.strftime("%d/%m/%Y"), ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if body == "orr_ucp":
        tags.append("us_date")
        if u < 0.4:
            return f"{ts.month}/{ts.day}/{ts.year}", ts, "day"
        return ts.strftime("%m/%d/%Y"), ts, "day"
    if body == "enoc_network":
        if u < 0.12:
            tags.append("iso_datetime")
            hour, minute = int(rng.integers(6, 23)), int(rng.integers(60))
            return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00Z", ts, "day"
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if u < 0.14:
        tags.append("excel_serial")
        return str((ts - _EXCEL_EPOCH).days), ts, "day"
    if u < 0.3:
        tags.append("month_abbr")
        return f"{ts.day:02d}-{_ES_ABBR[m]}-{ts.year}", ts, "day"
    return ts.strftime("%d/%m/%Y"), ts, "day"


def _day_cell(src: Agency, ts: pd.Timestamp) -> object:
    """Write a full date in the body's usual style (for note and bad rows)."""
    if src.source == "barnardos_ictg":
        return ts.to_pydatetime()
    if src.source == "orr_ucp":
        return ts.strftime("%m/%d/%Y")
    if src.source == "enoc_network":
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, one that is no day of the calendar, or a slip.

    ``bad_date``: the 31st of a 30-day month or the 30th of February, as a clerk keys
    it; ``future_date``: the decade digit of the year keyed one too high (2022 -> 2032).
    """
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _day_cell(src, ts + pd.DateOffset(years=10))
    day, month = (30, 2) if ts.month in (1, 2, 3, 5, 7, 8, 10, 12) else (31, ts.month)
    if src.source == "orr_ucp":
        return f"{month:02d}/{day}/{ts.year}"
    if src.source == "enoc_network":
        return f"{ts.year}-{month:02d}-{day}"
    return f"{day}/{month:02d}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date of the body's note row: the day the file was extracted."""
    return _day_cell(src, last + pd.Timedelta(days=9))


# --------------------------------------------------------------------------------------
# One event as one body writes it
# --------------------------------------------------------------------------------------
def _word(src: Agency, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    forms = src.words[col][value]
    if len(forms) == 1 or rng.random() < 0.65:
        word = forms[0]
    else:
        word = forms[1 + int(rng.integers(len(forms) - 1))]
    return _noise(word, rng, 0.03, col, tags)


def _count(src: Agency, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons: a number (a cell number in XLSX/JSON), maybe grouped."""
    if src.format != "csv":
        return n
    if n >= 1000 and src.thousands and rng.random() < 0.8:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}"
    if src.source == "fio_ninez" and rng.random() < 0.05:
        tags.append("count_with_unit")
        return f"{n} persona" if n == 1 else f"{n} personas"
    return str(n)


def _child_words(src: Agency, ev: dict[str, object]) -> _Words:
    """Words of the age group: Panama's defensoría writes NNA, Spain's MENA/menores."""
    words = src.words["age_group"]
    if src.source == "fio_ninez" and ev["detection_country"] == "PAN":
        return {
            **words,
            "child": ("NNA", "niñas, niños y adolescentes"),
            "mixed": ("adultos y NNA", "NNA y adultos"),
        }
    if src.source == "barnardos_ictg" and ev["crime_type"] != "smuggling":
        return {**words, "child": ("Child (under 18)", "CYP")}
    return words


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    has = set(src.headers)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.na_exploitation
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.unknown["exploitation"])
        exp["exploitation"] = "unknown"
        tags.append("unknown_exploitation")
    else:
        word = _word(src, "exploitation", str(expl), rng, tags)
        if src.source == "barnardos_ictg" and expl == "sexual" and ev["age_group"] == "child":
            word = "CSE"  # child sexual exploitation, as the NRM forms say it
        cells["exploitation"] = word
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.count_unknown), None
        tags.append("suspects_placeholder")
    elif r < 0.05 and src.format == "jsonl":
        cells["n_suspects"], exp["n_suspects"] = None, None  # null: not known
        tags.append("blank_n_suspects")
    elif k == 0 and rng.random() < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.015:
        blank = forced_blank == "gender" or src.format == "jsonl"
        cells["gender"] = None if blank else choice(rng, src.unknown["gender"])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng, tags)
        exp["gender"] = gender

    age = str(ev["age_group"])
    age_unknown = 0.04 if src.source in ("barnardos_ictg", "pjj_mmna") else 0.015
    if rng.random() < age_unknown:
        cells["age_group"] = choice(rng, src.unknown["age_group"])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        words = _child_words(src, ev)
        pick = words[age][0] if rng.random() < 0.65 else choice(rng, words[age])
        cells["age_group"] = _noise(pick, rng, 0.03, "age_group", tags)
        exp["age_group"] = age

    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif src.source == "barnardos_ictg" and nat in _KURD and r < 0.08:
        cells["nationality"] = choice(rng, ("Kurdish", "Kurd"))
        exp["nationality"] = None  # a people, not a state: no country can be read
        tags.append("blank_nationality;ambiguous_nationality")
    elif r < 0.02:
        cells["nationality"] = choice(rng, src.unknown["country"])
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, nat, "nationality", rng, tags)
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        if col not in has:
            exp[col] = None
            tags.append(f"absent:{col}")
        elif iso is None or rng.random() < 0.025:
            cells[col] = None if iso is None else choice(rng, src.unknown["country"])
            exp[col] = None
            if iso is not None:
                tags.append(f"blank_{col}")
        else:
            cells[col] = _country(src, str(iso), col, rng, tags)
            exp[col] = str(iso)

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    elif src.source == "barnardos_ictg" and det == "GBR" and rng.random() < 0.3:
        cells["detection_country"] = "Scotland" if ev["hotspot"] == "Glasgow" else "England"
        exp["detection_country"] = det
        tags.append("alias:detection_country")
    else:
        cells["detection_country"] = _country(src, det, "detection_country", rng, tags)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
    else:
        codes = str(transit).split("|")
        if src.source == "enoc_network":  # the route as the platform's code list keeps it
            parts = [_EU_CODES.get(c, iso_codes(c)[0]) for c in codes]
        else:
            parts = [_country(src, c, "transit_countries", rng, []) for c in codes]
        cells["transit_countries"] = src.transit_sep.join(parts)
    exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"] = choice(rng, src.unknown["transport_mode"])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        words_mode = src.words["transport_mode"]
        if src.source == "fio_ninez" and mode == "sea" and ev["corridor"] == "watl":
            words_mode = {**words_mode, "sea": ("cayuco", "embarcación", "marítimo")}
        elif src.source == "fio_ninez" and mode == "land" and ev["hotspot"] in _FENCES:
            words_mode = {**words_mode, "land": ("salto de valla", "terrestre", "a pie")}
        pick = words_mode[mode][0] if rng.random() < 0.6 else choice(rng, words_mode[mode])
        cells["transport_mode"] = _noise(pick, rng, 0.03, "transport_mode", tags)
        exp["transport_mode"] = mode

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if "lat" not in has:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif forced_blank == "coordinates":
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.12:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif src.format == "jsonl":
        cells["lat"], cells["lon"] = round(lat, 4), round(lon, 4)
        exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)
    else:
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        tags.append("decimal_comma")

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words_off = [_word(src, "linked_offences", o, rng, []) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words_off)
    exp["linked_offences"] = offences

    if "office" in has:  # who notified the case: by place, else by country
        cells["office"] = choice(rng, src.extra.get(str(ev["hotspot"]), src.extra[det]))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five bodies
# --------------------------------------------------------------------------------------
PJJ = Agency(
    source="pjj_mmna",
    filename="pjj_mmna_il.csv",
    ref="MMNA-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier MMNA",
        "event_date": "Date de repérage",
        "office": "Juridiction saisie",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Minorité",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination projeté",
        "detection_country": "Pays de repérage",
        "transit_countries": "Parcours migratoire",
        "transport_mode": "Mode de passage",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - extraction du logiciel MMNA, ne pas diffuser",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une dizaine", "nombreux"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "aide à l'entrée et au séjour irréguliers",
                "trafic de migrants",
            ),
            "both": ("TEH et aide à l'entrée irrégulière", "traite + aide à l'entrée irrégulière"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "féminin"),
            "male": ("M", "masculin"),
            "mixed": ("M/F", "mixte"),
        },
        "age_group": {
            "child": ("mineur", "mineurs", "MNA"),
            "adult": ("majeur", "majeurs"),
            "mixed": ("mineurs et majeurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "land": ("poids lourd", "camion", "voiture"),
            "air": ("avion", "voie aérienne"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "usage de faux"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown={
        "exploitation": ("non déterminée", "en cours d'évaluation"),
        "gender": ("non renseigné",),
        "age_group": ("minorité contestée", "évaluation en cours"),
        "country": ("inconnue", "non renseigné"),
        "transport_mode": ("non renseigné",),
    },
    count_unknown=("n.c.", "NC"),
    zero_words=("aucun", "néant"),
    transit_sep=" / ",
    offence_sep=", ",
    thousands=("\u00a0", " "),
    na_exploitation=None,
    extra={
        "Calais": ("TJ Boulogne-sur-Mer", "TJ Saint-Omer"),
        "Dunkirk/Gravelines": ("TJ Dunkerque",),
        "FRA": ("TJ Boulogne-sur-Mer",),
        "GBR": ("TJ Boulogne-sur-Mer", "TJ Paris", "TJ Bobigny"),
    },
)

BARNARDOS = Agency(
    source="barnardos_ictg",
    filename="barnardos_ictg_il.xlsx",
    ref="ICTG/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "ICTG ref",
        "event_date": "Date identified",
        "crime_type": "Case type",
        "exploitation": "Exploitation type (NRM)",
        "n_persons": "Group size",
        "n_suspects": "Suspected perpetrators",
        "gender": "Sex",
        "age_group": "Age status",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "detection_country": "Country where identified",
        "transit_countries": "Transit countries",
        "transport_mode": "Mode of entry",
        "linked_offences": "Linked offending",
    },
    note="Data extracted from case management system - figures subject to change",
    total="Grand Total",
    bad_count=("several", "multiple", "lots"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trafficked", "Modern slavery", "Human trafficking"),
            "smuggling": ("Smuggled", "Facilitated entry"),
            "both": ("Trafficked and smuggled", "Trafficked & smuggled"),
        },
        "exploitation": {
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Labour", "Labour exploitation"),
            "forced_criminality": ("Criminal", "Criminal – cannabis cultivation", "County lines"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed group", "Male & female"),
        },
        "age_group": {
            "child": ("Under 18", "Child"),
            "adult": ("18+", "Adult"),
            "mixed": ("Adults and children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Dinghy", "Small boat (Channel)"),
            "land": ("Lorry", "HGV (concealed)", "Coach"),
            "air": ("Flight", "Plane"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Cannabis production"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown={
        "exploitation": ("Not yet known", "TBC"),
        "gender": ("Not recorded",),
        "age_group": ("Age disputed", "Age assessment pending"),
        "country": ("Not known", "Unknown"),
        "transport_mode": ("Not known",),
    },
    count_unknown=("Not known", "n/k"),
    zero_words=("None", "None identified"),
    transit_sep=", ",
    offence_sep="; ",
    thousands=(),
    na_exploitation=None,
    extra={},
)

ORR = Agency(
    source="orr_ucp",
    filename="orr_ucp_il.csv",
    ref="UC{yy:02d}-{seq:06d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "UC Case #",
        "event_date": "DHS Apprehension Date",
        "crime_type": "Case Category",
        "exploitation": "Trafficking Type",
        "n_persons": "# in Group",
        "n_suspects": "Suspected Smugglers",
        "gender": "Gender",
        "age_group": "Demographic",
        "nationality": "Country of Citizenship",
        "origin_country": "Country of Last Habitual Residence",
        "detection_country": "Apprehension Country",
        "transit_countries": "Countries Transited",
        "transport_mode": "Mode of Entry",
        "linked_offences": "Related Offenses",
    },
    note="Preliminary data - not for public release (UC Portal extract)",
    total="Total",
    bad_count=("multiple", "various"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Human Trafficking", "Trafficking (TVPA)"),
            "smuggling": ("Alien Smuggling", "Smuggling"),
            "both": ("Smuggling/Trafficking", "Smuggling & Trafficking"),
        },
        "exploitation": {
            "sexual": ("Sex", "Sex trafficking"),
            "forced_labour": ("Labor", "Labor trafficking"),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("F", "Female"),
            "male": ("M", "Male"),
            "mixed": ("Mixed", "M/F"),
        },
        "age_group": {
            "child": ("UC", "Unaccompanied Child"),
            "adult": ("Single Adult", "Adult"),
            "mixed": ("Family Unit", "FMUA"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Boat"),
            "land": ("Pedestrian", "Vehicle", "Tractor-trailer"),
            "air": ("Air", "Commercial flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "Fraudulent documents"),
            "corruption": ("Bribery of public official",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drug smuggling", "Narcotics"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown={
        "exploitation": ("Undetermined",),
        "gender": ("Unk",),
        "age_group": ("Unknown",),
        "country": ("UNKNOWN",),
        "transport_mode": ("Unknown",),
    },
    count_unknown=("Unk", "UNK"),
    zero_words=("None",),
    transit_sep=", ",
    offence_sep=" / ",
    thousands=(",",),
    na_exploitation="N/A",
    extra={},
)

ENOC = Agency(
    source="enoc_network",
    filename="enoc_network_il.jsonl",
    ref="ENOC-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "office": "reporting_office",
        "event_date": "incident_date",
        "crime_type": "offence_type",
        "exploitation": "exploitation_form",
        "n_persons": "persons_concerned",
        "n_suspects": "alleged_perpetrators",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "member_state",
        "transit_countries": "transit_route",
        "transport_mode": "means_of_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="summary",
    bad_count=("several", "many"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trafficking in human beings", "THB"),
            "smuggling": ("migrant smuggling", "smuggling of migrants"),
            "both": ("THB and migrant smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation", "forced labour or services"),
            "forced_criminality": ("forced criminal activities",),
            "organ_removal": ("removal of organs",),
            "forced_marriage": ("forced marriage",),
            "other": ("other forms",),
        },
        "gender": {
            "female": ("female", "girls/women"),
            "male": ("male", "boys/men"),
            "mixed": ("both", "mixed"),
        },
        "age_group": {
            "child": ("child", "children"),
            "adult": ("adult", "adults"),
            "mixed": ("children and adults", "mixed"),
        },
        "transport_mode": {
            "sea": ("sea", "by sea"),
            "land": ("land", "overland"),
            "air": ("air", "by air"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("trafficking in illicit goods", "drug trafficking"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown={
        "exploitation": ("not specified",),
        "gender": ("not specified",),
        "age_group": ("age not assessed", "not specified"),
        "country": ("not specified", "stateless/unknown"),
        "transport_mode": ("not specified",),
    },
    count_unknown=("unknown", "not specified"),
    zero_words=("none",),
    transit_sep="-",
    offence_sep="; ",
    thousands=(),
    na_exploitation=None,
    extra={
        "Lampedusa": ("Garante infanzia Sicilia (IT)", "AGIA (IT)"),
        "Pozzallo": ("Garante infanzia Sicilia (IT)", "AGIA (IT)"),
        "Palermo": ("Garante infanzia Sicilia (IT)",),
        "Crotone": ("Garante infanzia Calabria (IT)", "AGIA (IT)"),
        "Castel Volturno": ("Garante infanzia Campania (IT)",),
        "Torino": ("Garante infanzia Piemonte (IT)",),
        "Latina (Agro Pontino)": ("Garante infanzia Lazio (IT)",),
        "ITA": ("AGIA (IT)",),
        "GRC": ("Greek Ombudsman - Children's Rights (EL)",),
        "HRV": ("Ombudsperson for Children (HR)",),
        "POL": ("Rzecznik Praw Dziecka (PL)",),
        "FRA": ("Défenseur des droits - Défenseure des enfants (FR)",),
        "ESP": ("Defensor del Pueblo (ES)",),
        "GBR": ("Children's Commissioner for England (UK)",),
    },
)

FIO = Agency(
    source="fio_ninez",
    filename="fio_ninez_il.csv",
    ref="FIO-RNA/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "office": "Institución informante",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detecta",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales remitidos por las defensorías miembro",
    total="TOTAL",
    bad_count=("varios", "decenas", "numerosos"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("trata de personas", "trata de seres humanos", "TSH"),
            "smuggling": (
                "tráfico ilícito de migrantes",
                "favorecimiento de la inmigración irregular",
                "tráfico de migrantes",
            ),
            "both": ("trata y tráfico", "trata y tráfico ilícito de migrantes"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
            "other": ("otras formas",),
        },
        "gender": {
            "female": ("femenino", "mujeres"),
            "male": ("masculino", "hombres"),
            "mixed": ("mixto", "ambos sexos"),
        },
        "age_group": {
            "child": ("menores", "MENA", "menor de edad"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "patera", "embarcación"),
            "land": ("terrestre", "a pie", "autobús"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "exploitation": ("no determinada", "s/d"),
        "gender": ("s/d", "sin dato"),
        "age_group": ("edad en determinación", "s/d"),
        "country": ("s/d", "desconocida"),
        "transport_mode": ("s/d",),
    },
    count_unknown=("s/d", "sin determinar"),
    zero_words=("ninguno", "0 (ninguno)"),
    transit_sep=" - ",
    offence_sep=" / ",
    thousands=(".",),
    na_exploitation=None,
    extra={
        **dict.fromkeys(
            ("Gran Canaria", "Tenerife", "El Hierro", "Lanzarote"),
            ("Diputado del Común (Canarias)", "Defensor del Pueblo (España)"),
        ),
        **dict.fromkeys(
            ("Almería", "Almería (El Ejido)", "Huelva"),
            ("Defensor del Pueblo Andaluz", "Defensor del Pueblo (España)"),
        ),
        "ESP": ("Defensor del Pueblo (España)",),
        "PAN": ("Defensoría del Pueblo de Panamá",),
        "USA": ("CNDH México - Mecanismo de Atención a Migrantes",),
    },
)

#: The set's bodies, in the order of their submissions.
SOURCES: tuple[Agency, ...] = (PJJ, BARNARDOS, ORR, ENOC, FIO)

#: The variant: who reports which event first and second, and how each writes it.
BLIND244: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": "pjj_mmna",
        "GBR": "barnardos_ictg",
        "USA": "orr_ucp",
        "ITA": "enoc_network",
        "GRC": "enoc_network",
        "HRV": "enoc_network",
        "POL": "enoc_network",
    },
    compilation="fio_ninez",
    secondary={
        ("channel", "FRA"): "enoc_network",
        ("channel", "GBR"): "pjj_mmna",
        ("thb_vnm_gbr", "GBR"): "pjj_mmna",
        ("watl", "ESP"): "enoc_network",
        ("wmed", "ESP"): "enoc_network",
        ("thb_rou_esp", "ESP"): "enoc_network",
        ("us_mex", "USA"): "fio_ninez",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=244_0917,
    blank_share=0.3,
)


def make_blind244(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five child-protection bodies of ``blind244`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        ``pjj_mmna_il.csv``, ``barnardos_ictg_il.xlsx``, ``orr_ucp_il.csv``,
        ``enoc_network_il.jsonl`` and ``fio_ninez_il.csv``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind244(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pjj_mmna_il.csv', 'barnardos_ictg_il.xlsx', 'orr_ucp_il.csv',
     'enoc_network_il.jsonl', 'fio_ninez_il.csv']
    >>> [(s.encoding, s.delimiter) for s in subs][0]
    ('cp1252', ';')
    >>> subs[0].frame.columns[:3].tolist()
    ['N° dossier MMNA', 'Date de repérage', 'Juridiction saisie']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND244, truth, seed=seed)
