"""Examiner sample set ``blind120`` (files ``*_dr.*``): five desks of the labour-migration beat.

Five sources never used before in this project, each writing the way its office does:

``bd_labour_wing_rome_dr.csv``
    Labour Wing of the Embassy of Bangladesh in Rome, which keeps a sheet of the
    Italian authorities' detection notices (landings, trafficking cases). English,
    UTF-8 with BOM, ``,``; South-Asian office English: ``Memo No.``, dates
    ``17.05.2023`` / ``17-May-2023``, nationalities as demonyms (``Bangladeshi``,
    ``Ivorian``), counts ``45 Nos.`` and ``Nil``, ``Bonded Labour``, ``Hundi``, routes
    joined by ``-``, GPS as a pair or in the coast guard's degrees and decimal minutes.
``jirs_lille_dr.csv``
    Juridiction interrégionale spécialisée (JIRS) of Lille, the organised-crime
    prosecutors of the Channel coast, with the facts established in the UK under the
    joint investigation teams. French, cp1252, ``;``, CRLF; legal qualifications
    (``aide à l'entrée et au séjour irréguliers en bande organisée``), nationalities as
    feminine adjectives (``afghane``), ``Angleterre`` for the UK, ``small boat``,
    ``H``/``F``, ``aucun``, decimal-comma coordinates; a batch of rows pasted from a
    UTF-8 export carries mojibake.
``joo_vienna_dr.csv``
    Joint Operational Office against smuggling and trafficking networks in Vienna,
    collating its partners' apprehensions (Greece, Croatia, Poland). English with
    Austrian German words (``Schlepperei``, ``m``/``w``, ``LKW``), Excel's "Unicode
    text" export: UTF-16 with BOM, tab-delimited; ISO dates and ``17.05.2023``, EU
    country codes (``EL`` for Greece) and ISO alpha-3, routes as ``TR-BG-RS-BA``.
``liberty_shared_dr.jsonl``
    Liberty Shared (Hong Kong), the anti-slavery NGO whose case database collects
    open-source and legal cases (Darién, US-Mexico border, forced-labour cases in
    Europe). JSON lines, UTF-8; ISO alpha-3, ISO alpha-2 and UN M49 numeric codes,
    ``2023-05``, ``2023-Q2`` and ISO timestamps, numbers as JSON numbers.
``sgcpi_es_dr.xlsx``
    Subdirección General de Cooperación Policial Internacional (Spanish Ministry of
    the Interior), compiling Spanish detections and its attachés' reports (Italy,
    Panama, the US). Spanish workbook: real dates, typed dates and Excel serial
    numbers, ``2º trimestre 2023``, articles of the Criminal Code (``318 bis``),
    nationality adjectives (``marroquí``), ``EE. UU.``, ``H``/``M`` (hombre / mujer),
    ``patera``/``cayuco``, ``1.250``, coordinates in degrees, minutes and seconds with
    ``º``.

Routing: each detection country's events go first to one desk (Italy -> Labour Wing;
France and the UK -> JIRS Lille; Greece, Croatia, Poland -> JOO; Panama and the US ->
Liberty Shared) and every other event (Spain) to the Spanish compilation; the Spanish
compilation and Liberty Shared report some events a second time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND120", "SOURCES", "Desk", "make_blind120"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A source of this set: the shared fields plus the desk's own words.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : mapping
        Canonical word -> the desk's spellings (the first one the usual one).
    offence_sep : str
        Separator of the linked offences.
    unknown : str
        What the desk writes for a value it does not know.
    """

    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    transport: _Words
    offences: _Words
    offence_sep: str
    unknown: str


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_ES_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
_EN_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

#: English demonyms, as South-Asian consular staff write nationality.
_DEMONYM_EN = {
    "AFG": "Afghan",
    "BGD": "Bangladeshi",
    "CIV": "Ivorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "IRQ": "Iraqi",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SYR": "Syrian",
    "TUN": "Tunisian",
}
#: French nationality adjectives (feminine: "de nationalité afghane").
_DEMONYM_FR = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
#: Spanish nationality adjectives.
_DEMONYM_ES = {
    "BGD": "bangladesí",
    "CHN": "china",
    "CIV": "marfileña",
    "COL": "colombiana",
    "DZA": "argelina",
    "ECU": "ecuatoriana",
    "EGY": "egipcia",
    "ERI": "eritrea",
    "GIN": "guineana",
    "GMB": "gambiana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "HTI": "haitiana",
    "MAR": "marroquí",
    "MEX": "mexicana",
    "MLI": "maliense",
    "NGA": "nigeriana",
    "PAK": "pakistaní",
    "ROU": "rumana",
    "SEN": "senegalesa",
    "SYR": "siria",
    "TUN": "tunecina",
    "VEN": "venezolana",
    "VNM": "vietnamita",
}
#: Country codes of the EU's own list where they differ from ISO (Greece).
_EU_CODE = {"GRC": "EL"}


def _en(code: str) -> str:
    return COUNTRIES[code][1]


def _fr(code: str) -> str:
    return COUNTRIES[code][2]


def _es(code: str) -> str:
    return COUNTRIES[code][3]


def _variant(rng: _Rng, options: tuple[str, ...], usual: float = 0.65) -> str:
    """Return the usual spelling most of the time, another one otherwise."""
    if len(options) == 1 or rng.random() < usual:
        return options[0]
    return choice(rng, options[1:])


# --------------------------------------------------------------------------------------
# A row being written
# --------------------------------------------------------------------------------------
class _Row:
    """Cells, expected values and tags of one row, filled field by field."""

    def __init__(
        self, src: Desk, ev: dict[str, object], rng: _Rng, forced: str | None, ts: pd.Timestamp
    ) -> None:
        self.src = src
        self.ev = ev
        self.rng = rng
        self.forced = forced
        self.cells: dict[str, object] = {}
        self.tags: list[str] = []
        self.exp: dict[str, object] = {
            "event_date": ts,
            "date_precision": "day",
            **{
                k: ev[k]
                for k in (
                    "crime_type",
                    "exploitation",
                    "n_persons",
                    "n_suspects",
                    "gender",
                    "age_group",
                    "nationality",
                    "origin_country",
                    "destination_country",
                    "detection_country",
                    "transit_countries",
                    "transport_mode",
                    "lat",
                    "lon",
                    "linked_offences",
                )
            },
        }

    def code(self, field: str) -> str | None:
        value = self.ev[field]
        return None if value is None else str(value)

    def vocab(self, field: str, words: _Words, na_rate: float = 0.0) -> None:
        """Write a vocabulary field; ``na_rate`` of the rows say the desk does not know."""
        value = self.code(field)
        if value is None:
            self.cells[field] = None
            return
        if na_rate and self.rng.random() < na_rate:
            self.cells[field] = self.src.unknown
            self.exp[field] = "unknown"
            self.tags.append("na_word")
            return
        self.cells[field] = _variant(self.rng, words[value])

    def gender(self, blank_rate: float) -> None:
        if self.forced == "gender" or self.rng.random() < blank_rate:
            unknown_word = self.forced != "gender" and self.rng.random() < 0.5
            self.cells["gender"] = self.src.unknown if unknown_word else None
            self.exp["gender"] = "unknown"
            self.tags.append("blank_gender")
            return
        self.vocab("gender", self.src.gender)

    def offences(self) -> None:
        value = self.code("linked_offences")
        if value is None:
            self.cells["linked_offences"] = None
            return
        words = [_variant(self.rng, self.src.offences[o]) for o in value.split("|")]
        self.cells["linked_offences"] = self.src.offence_sep.join(words)

    def country(self, field: str, write: Callable[[str], str]) -> None:
        """Write a country field with ``write``; a forced blank leaves it empty."""
        code = self.code(field)
        if self.forced == field or code is None:
            self.cells[field] = None
            if self.forced == field:
                self.exp[field] = None
                self.tags.append(f"blank_{field}")
            return
        self.cells[field] = write(code)

    def transit(self, write: Callable[[str], str], sep: str, direct: str | None = None) -> None:
        value = self.code("transit_countries")
        if value is None:
            if direct is not None and self.rng.random() < 0.25:
                self.cells["transit_countries"] = direct
                self.tags.append("transit_direct_word")
            else:
                self.cells["transit_countries"] = None
            return
        self.cells["transit_countries"] = sep.join(write(c) for c in value.split("|"))

    def suspects(
        self,
        *,
        zero: tuple[str, ...],
        zero_rate: float,
        unknown: str | None,
        unknown_rate: float,
        as_number: bool,
    ) -> None:
        n = self.ev["n_suspects"]
        if self.forced == "n_suspects":
            self.cells["n_suspects"] = None
            self.exp["n_suspects"] = None
            self.tags.append("blank_n_suspects")
            return
        if unknown is not None and self.rng.random() < unknown_rate:
            self.cells["n_suspects"] = unknown
            self.exp["n_suspects"] = None
            self.tags.append("suspects_placeholder")
            return
        count = int(n)  # type: ignore[call-overload]
        if count == 0 and zero and self.rng.random() < zero_rate:
            self.cells["n_suspects"] = choice(self.rng, zero)
            self.tags.append("zero_word")
            return
        self.cells["n_suspects"] = count if as_number else str(count)

    def placeholder_count(self, word: str, rate: float) -> bool:
        """Write the desk's 'not known' in the count cell ``rate`` of the time."""
        if self.rng.random() < rate:
            self.cells["n_persons"] = word
            self.exp["n_persons"] = None
            self.tags.append("count_placeholder")
            return True
        return False

    def no_coordinates(self, rate: float) -> bool:
        """Leave the coordinates out (forced blank, or ``rate`` of the rows)."""
        if self.forced == "coordinates":
            self.exp["lat"] = self.exp["lon"] = None
            self.tags.append("blank_coordinates")
            return True
        if self.rng.random() < rate:
            self.exp["lat"] = self.exp["lon"] = None
            self.tags.append("coords_missing")
            return True
        return False

    def partial(self, precision: str) -> None:
        ts = pd.Timestamp(self.exp["event_date"])  # type: ignore[arg-type]
        freq = "M" if precision == "month" else "Q"
        self.exp["event_date"] = ts.to_period(freq).start_time
        self.exp["date_precision"] = precision
        self.tags.append(f"{precision}_only")

    @property
    def ts(self) -> pd.Timestamp:
        return pd.Timestamp(self.ev["event_date"])  # type: ignore[arg-type]

    @property
    def lat(self) -> float:
        return float(self.ev["lat"])  # type: ignore[arg-type]

    @property
    def lon(self) -> float:
        return float(self.ev["lon"])  # type: ignore[arg-type]


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``35°30.07'N``), as coast guards write; and its value."""
    hundredths = round(abs(value) * 6000)
    deg, rest = divmod(hundredths, 6000)
    text = f"{deg:0{width}d}°{rest / 100:05.2f}'{pos if value >= 0 else neg}"
    back = (deg + rest / 6000) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _dms(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees, minutes, seconds with the Spanish ordinal sign (``28º06'12"N``)."""
    seconds = round(abs(value) * 3600)
    deg, rest = divmod(seconds, 3600)
    minutes, sec = divmod(rest, 60)
    text = f"{deg:0{width}d}º{minutes:02d}'{sec:02d}\"{pos if value >= 0 else neg}"
    back = (deg + minutes / 60 + sec / 3600) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Key the year wrong: swap its last two digits if that lies ahead, else add 100."""
    swapped = int(f"{ts.year // 100}{ts.year % 10}{(ts.year // 10) % 10}")
    year = swapped if swapped > 2026 else ts.year + 100
    return ts.replace(year=year)


# --------------------------------------------------------------------------------------
# Labour Wing, Embassy of Bangladesh, Rome (CSV, English)
# --------------------------------------------------------------------------------------
def _bd_date(row: _Row, partial_ok: bool) -> None:
    ts, rng = row.ts, row.rng
    if partial_ok and rng.random() < 0.05:
        row.cells["event_date"] = f"{_EN_MON[ts.month - 1]}-{ts.year}"
        row.partial("month")
        return
    r = rng.random()
    if r < 0.5:
        row.cells["event_date"] = f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
        row.tags.append("date_dotted")
    elif r < 0.8:
        row.cells["event_date"] = f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    else:
        row.cells["event_date"] = f"{ts.day:02d}-{_EN_MON[ts.month - 1]}-{ts.year}"
        row.tags.append("date_month_abbr")


def _bd_write(row: _Row, partial_ok: bool) -> None:
    rng = row.rng
    _bd_date(row, partial_ok)
    row.vocab("crime_type", row.src.crime)
    row.vocab("exploitation", row.src.exploitation)
    n = int(row.ev["n_persons"])  # type: ignore[call-overload]
    if not row.placeholder_count("Not known", 0.02):
        if n >= 1000:
            row.cells["n_persons"] = f"{n:,}"
            row.tags.append("thousands_sep")
        elif rng.random() < 0.12:
            row.cells["n_persons"] = f"{n} Nos."
            row.tags.append("count_suffix")
        else:
            row.cells["n_persons"] = str(n)
    row.suspects(
        zero=("Nil",), zero_rate=0.7, unknown="Not known", unknown_rate=0.03, as_number=False
    )
    row.gender(0.03)
    row.vocab("age_group", row.src.age, na_rate=0.02)

    def nationality(code: str) -> str:
        r = rng.random()
        if r < 0.82:
            row.tags.append("demonym")
            return _DEMONYM_EN.get(code, _en(code))
        if r < 0.92:
            return _en(code)
        if r < 0.97:
            row.tags.append("upper")
            return _en(code).upper()
        row.tags.append("typo")
        return COUNTRIES[code][5]

    def origin(code: str) -> str:
        r = rng.random()
        if r < 0.15:
            row.tags.append("upper")
            return _en(code).upper()
        if r < 0.18:
            row.tags.append("typo")
            return COUNTRIES[code][5]
        if r < 0.21:
            row.tags.append("spacing")
            return f" {_en(code)}  "
        return _en(code)

    row.country("nationality", nationality)
    row.country("origin_country", origin)
    row.country("destination_country", _en)
    row.country("detection_country", lambda c: _en(c).upper() if rng.random() < 0.1 else _en(c))
    row.transit(_en, "-", direct="Direct")
    row.vocab("transport_mode", row.src.transport, na_rate=0.015)
    if row.no_coordinates(0.06):
        row.cells["coordinates"] = None
    elif row.ev["transport_mode"] == "sea" and rng.random() < 0.6:
        lat_text, lat = _ddm(row.lat, "N", "S", 2)
        lon_text, lon = _ddm(row.lon, "E", "W", 3)
        row.cells["coordinates"] = f"{lat_text} {lon_text}"
        row.exp["lat"], row.exp["lon"] = lat, lon
        row.tags.append("coords_ddm")
    else:
        row.cells["coordinates"] = f"{row.lat:.5f}, {row.lon:.5f}"
        row.tags.append("coords_pair")
    row.offences()


# --------------------------------------------------------------------------------------
# JIRS de Lille (CSV, French, cp1252)
# --------------------------------------------------------------------------------------
_JIRS_TEXT = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "linked_offences",
)


def _jirs_date(row: _Row, partial_ok: bool) -> None:
    ts, rng = row.ts, row.rng
    if partial_ok and rng.random() < 0.05:
        row.cells["event_date"] = f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
        row.partial("month")
        return
    r = rng.random()
    if r < 0.75:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
    elif r < 0.9:
        row.cells["event_date"] = ts.strftime("%d/%m/%y")
        row.tags.append("date_two_digit_year")
    else:
        day = "1er" if ts.day == 1 else str(ts.day)
        row.cells["event_date"] = f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        row.tags.append("date_long_fr")


def _jirs_write(row: _Row, partial_ok: bool) -> None:
    rng = row.rng
    _jirs_date(row, partial_ok)
    row.vocab("crime_type", row.src.crime)
    row.vocab("exploitation", row.src.exploitation)
    n = int(row.ev["n_persons"])  # type: ignore[call-overload]
    if not row.placeholder_count("non déterminé", 0.02):
        if n >= 1000:
            row.cells["n_persons"] = f"{n:,}".replace(",", "\u00a0")
            row.tags.append("thousands_sep")
        else:
            row.cells["n_persons"] = str(n)
    row.suspects(
        zero=("aucun",), zero_rate=0.5, unknown="inconnu", unknown_rate=0.03, as_number=False
    )
    row.gender(0.03)
    row.vocab("age_group", row.src.age, na_rate=0.02)

    def nationality(code: str) -> str:
        r = rng.random()
        adjective = _DEMONYM_FR.get(code)
        if adjective is not None and r < 0.75:
            row.tags.append("demonym")
            return adjective
        if adjective is not None and r < 0.85:
            row.tags.append("demonym")
            row.tags.append("upper")
            return adjective.upper()
        return _fr(code)

    def destination(code: str) -> str:
        if code != "GBR":
            return _fr(code)
        r = rng.random()
        if r < 0.6:
            return "Royaume-Uni"
        row.tags.append("alias")
        return "Angleterre" if r < 0.85 else "UK"

    row.country("nationality", nationality)
    row.country("origin_country", _fr)
    row.country("destination_country", destination)
    row.country("detection_country", _fr)
    row.transit(_fr, ", ")
    row.vocab("transport_mode", row.src.transport, na_rate=0.015)
    if row.no_coordinates(0.05):
        row.cells["lat"] = row.cells["lon"] = None
    else:
        row.cells["lat"] = f"{row.lat:.5f}".replace(".", ",")
        row.cells["lon"] = f"{row.lon:.5f}".replace(".", ",")
        row.tags.append("decimal_comma")
    row.offences()
    if rng.random() < 0.08:  # a batch pasted from a UTF-8 export, read as cp1252
        garbled = False
        for field in _JIRS_TEXT:
            cell = row.cells.get(field)
            if isinstance(cell, str):
                bad = mojibake(cell)
                if bad is not None:
                    row.cells[field] = bad
                    garbled = True
        if garbled:
            row.tags.append("mojibake")


# --------------------------------------------------------------------------------------
# Joint Operational Office, Vienna (CSV, English with German words, UTF-16, tab)
# --------------------------------------------------------------------------------------
def _eu(code: str) -> str:
    return _EU_CODE.get(code, iso_codes(code)[0])


def _joo_date(row: _Row, partial_ok: bool) -> None:
    ts, rng = row.ts, row.rng
    if partial_ok:
        r = rng.random()
        if r < 0.04:
            row.cells["event_date"] = ts.strftime("%Y-%m")
            row.partial("month")
            return
        if r < 0.07:
            row.cells["event_date"] = f"Q{ts.quarter} {ts.year}"
            row.partial("quarter")
            return
    if rng.random() < 0.6:
        row.cells["event_date"] = ts.strftime("%Y-%m-%d")
    else:
        row.cells["event_date"] = ts.strftime("%d.%m.%Y")
        row.tags.append("date_dotted")


def _joo_write(row: _Row, partial_ok: bool) -> None:
    rng = row.rng
    _joo_date(row, partial_ok)
    row.vocab("crime_type", row.src.crime)
    row.vocab("exploitation", row.src.exploitation)
    if not row.placeholder_count("unknown", 0.02):
        row.cells["n_persons"] = str(int(row.ev["n_persons"]))  # type: ignore[call-overload]
    row.suspects(zero=("none",), zero_rate=0.3, unknown="n/a", unknown_rate=0.02, as_number=False)
    row.gender(0.03)
    row.vocab("age_group", row.src.age, na_rate=0.02)

    def nationality(code: str) -> str:
        r = rng.random()
        if r < 0.7:
            return code
        aliases = COUNTRIES[code][4]
        if r < 0.75 and aliases:
            row.tags.append("alias")
            return aliases[0]
        return _en(code)

    def eu_code(code: str) -> str:
        if code in _EU_CODE:
            row.tags.append("eu_code")
        return _eu(code)

    row.country("nationality", nationality)
    row.country("origin_country", lambda c: c)
    row.country("destination_country", eu_code)
    row.country("detection_country", eu_code)
    row.transit(_eu, "-")
    row.vocab("transport_mode", row.src.transport, na_rate=0.015)
    if row.no_coordinates(0.05):
        row.cells["lat"] = row.cells["lon"] = None
    else:
        row.cells["lat"] = f"{row.lat:.4f}"
        row.cells["lon"] = f"{row.lon:.4f}"
        row.exp["lat"], row.exp["lon"] = round(row.lat, 4), round(row.lon, 4)
    row.offences()


# --------------------------------------------------------------------------------------
# Liberty Shared case database (JSON lines, English)
# --------------------------------------------------------------------------------------
def _ls_date(row: _Row, partial_ok: bool) -> None:
    ts, rng = row.ts, row.rng
    if partial_ok:
        r = rng.random()
        if r < 0.05:
            row.cells["event_date"] = ts.strftime("%Y-%m")
            row.partial("month")
            return
        if r < 0.09:
            row.cells["event_date"] = f"{ts.year}-Q{ts.quarter}"
            row.partial("quarter")
            return
    if rng.random() < 0.75:
        row.cells["event_date"] = ts.strftime("%Y-%m-%d")
    else:
        row.cells["event_date"] = ts.strftime("%Y-%m-%dT00:00:00Z")
        row.tags.append("iso_datetime")


def _ls_write(row: _Row, partial_ok: bool) -> None:
    rng = row.rng
    _ls_date(row, partial_ok)
    row.vocab("crime_type", row.src.crime)
    row.vocab("exploitation", row.src.exploitation)
    if not row.placeholder_count("unknown", 0.02):
        row.cells["n_persons"] = int(row.ev["n_persons"])  # type: ignore[call-overload]
    if row.forced != "n_suspects" and rng.random() < 0.04:
        row.cells["n_suspects"] = None
        row.exp["n_suspects"] = None
        row.tags.append("blank_n_suspects")
    else:
        row.suspects(zero=(), zero_rate=0.0, unknown=None, unknown_rate=0.0, as_number=True)
    row.gender(0.03)
    row.vocab("age_group", row.src.age, na_rate=0.015)
    row.country("nationality", lambda c: c if rng.random() < 0.9 else _en(c))
    row.country("origin_country", lambda c: iso_codes(c)[1])
    row.country("destination_country", lambda c: c)
    row.country("detection_country", lambda c: iso_codes(c)[0])
    row.transit(lambda c: c, ", ")
    row.vocab("transport_mode", row.src.transport, na_rate=0.01)
    if row.no_coordinates(0.04):
        row.cells["lat"] = row.cells["lon"] = None
    else:
        row.cells["lat"], row.cells["lon"] = row.lat, row.lon
    row.offences()


# --------------------------------------------------------------------------------------
# SGCPI, Ministerio del Interior (XLSX, Spanish)
# --------------------------------------------------------------------------------------
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _es_country(code: str) -> str:
    if code == "USA":
        return "EE. UU."
    return _es(code)


def _sg_date(row: _Row, partial_ok: bool) -> None:
    ts, rng = row.ts, row.rng
    if partial_ok:
        r = rng.random()
        if r < 0.04:
            row.cells["event_date"] = f"{_ES_MONTHS[ts.month - 1]} {ts.year}"
            row.partial("month")
            return
        if r < 0.07:
            row.cells["event_date"] = f"{ts.quarter}º trimestre {ts.year}"
            row.partial("quarter")
            return
    r = rng.random()
    if r < 0.5:
        row.cells["event_date"] = dt.datetime(ts.year, ts.month, ts.day)
        row.tags.append("excel_date")
    elif r < 0.75:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
    elif r < 0.9:
        row.cells["event_date"] = int((ts - _EXCEL_EPOCH).days)
        row.tags.append("serial_date")
    else:
        row.cells["event_date"] = ts.strftime("%d-%m-%Y")


def _sg_write(row: _Row, partial_ok: bool) -> None:
    rng = row.rng
    _sg_date(row, partial_ok)
    row.vocab("crime_type", row.src.crime)
    row.vocab("exploitation", row.src.exploitation)
    n = int(row.ev["n_persons"])  # type: ignore[call-overload]
    if not row.placeholder_count("s/d", 0.02):
        if n >= 1000 and rng.random() < 0.5:
            row.cells["n_persons"] = f"{n:,}".replace(",", ".")
            row.tags.append("thousands_sep")
        else:
            row.cells["n_persons"] = n
    row.suspects(zero=("ninguno",), zero_rate=0.3, unknown="s/d", unknown_rate=0.02, as_number=True)
    row.gender(0.03)
    row.vocab("age_group", row.src.age, na_rate=0.02)

    def nationality(code: str) -> str:
        r = rng.random()
        if r < 0.6 and code in _DEMONYM_ES:
            row.tags.append("demonym")
            return _DEMONYM_ES[code]
        if r < 0.85:
            return _es_country(code)
        return code

    def destination(code: str) -> str:
        if code == "USA":
            row.tags.append("alias")
            return choice(rng, ("EE. UU.", "EEUU", "Estados Unidos"))
        if rng.random() < 0.3:
            return iso_codes(code)[0]
        return _es(code)

    def detection(code: str) -> str:
        if rng.random() < 0.2:
            row.tags.append("upper")
            return _es_country(code).upper()
        return _es_country(code)

    row.country("nationality", nationality)
    row.country("origin_country", _es_country)
    row.country("destination_country", destination)
    row.country("detection_country", detection)
    row.transit(_es_country, " / ")
    mode = row.code("transport_mode")
    if mode == "sea" and rng.random() >= 0.015:
        if row.ev["corridor"] == "watl":
            boats: tuple[str, ...] = ("cayuco", "embarcación")
        elif row.ev["corridor"] == "wmed":
            boats = ("patera", "neumática", "embarcación")
        else:
            boats = ("embarcación", "patera")
        row.cells["transport_mode"] = _variant(rng, boats)
    else:
        row.vocab("transport_mode", row.src.transport, na_rate=0.015)
    if row.no_coordinates(0.06):
        row.cells["coordinates"] = None
    else:
        lat_text, lat = _dms(row.lat, "N", "S", 2)
        lon_text, lon = _dms(row.lon, "E", "W", 3)
        row.cells["coordinates"] = f"{lat_text} {lon_text}"
        row.exp["lat"], row.exp["lon"] = lat, lon
        row.tags.append("coords_dms")
    row.offences()


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
BD = Desk(
    source="bd_labour_wing_rome",
    filename="bd_labour_wing_rome_dr.csv",
    ref="LW/ROM/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Memo No.",
        "event_date": "Date of Detection",
        "crime_type": "Nature of Offence",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "No. of Accused",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Detection",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode of Travel",
        "coordinates": "GPS Location",
        "linked_offences": "Other Offences",
    },
    note="Compiled from notifications of the Italian authorities; figures subject to verification.",
    total="Grand Total",
    bad_count=("#REF!", "#VALUE!"),
    repeats=False,
    crime={
        "trafficking": ("Human Trafficking", "Trafficking in Persons"),
        "smuggling": ("Migrant Smuggling", "Smuggling of Migrants"),
        "both": ("Trafficking & Smuggling", "Human Trafficking + Smuggling"),
    },
    exploitation={
        "sexual": ("Sexual Exploitation", "Forced Prostitution"),
        "forced_labour": ("Forced Labour", "Bonded Labour", "Labour Exploitation"),
        "forced_criminality": ("Forced Criminality",),
        "forced_marriage": ("Forced Marriage",),
        "organ_removal": ("Organ Trade",),
        "other": ("Others",),
    },
    gender={
        "male": ("Male",),
        "female": ("Female",),
        "mixed": ("Male & Female", "Both"),
    },
    age={"adult": ("Adult",), "child": ("Minor", "Child"), "mixed": ("Adult & Minor",)},
    transport={"sea": ("By Sea", "Boat"), "land": ("By Road", "Overland"), "air": ("By Air",)},
    offences={
        "document_fraud": ("Document Forgery", "Fake Passport"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money Laundering", "Hundi"),
        "illicit_goods": ("Narcotics",),
        "cybercrime": ("Cyber Crime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep=", ",
    unknown="Not known",
)

JIRS = Desk(
    source="jirs_lille",
    filename="jirs_lille_dr.csv",
    ref="JIRS {yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° parquet",
        "event_date": "Date des faits",
        "crime_type": "Qualification principale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction du tableau de suivi JIRS - données provisoires, non consolidées",
    total="TOTAL",
    bad_count=("#VALEUR!", "#REF!"),
    repeats=False,
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite des êtres humains aggravée"),
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers en bande organisée",
            "aide à l'entrée irrégulière",
            "aide au séjour irrégulier",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et aide à l'entrée irrégulière"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": (
            "travail forcé",
            "exploitation par le travail",
            "conditions de travail contraires à la dignité",
        ),
        "forced_criminality": ("contrainte à commettre des délits",),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
    },
    gender={"male": ("H", "hommes"), "female": ("F", "femmes"), "mixed": ("H/F", "mixte")},
    age={
        "adult": ("majeurs", "majeur"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs",),
    },
    transport={
        "sea": ("small boat", "embarcation pneumatique", "bateau"),
        "land": ("poids lourd", "camion", "véhicule léger"),
        "air": ("voie aérienne", "avion"),
    },
    offences={
        "document_fraud": ("faux documents", "usage de faux documents administratifs"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment aggravé"),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" + ",
    unknown="NC",
)

JOO = Desk(
    source="joo_vienna",
    filename="joo_vienna_dr.csv",
    ref="JOO/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case-ID",
        "event_date": "Date of apprehension",
        "crime_type": "Offence (Delikt)",
        "exploitation": "Exploitation",
        "n_persons": "Persons (migrants/victims)",
        "n_suspects": "Suspects (Schlepper)",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Destination",
        "detection_country": "Country of apprehension",
        "transit_countries": "Route",
        "transport_mode": "Means of transport",
        "lat": "Lat",
        "lon": "Lon",
        "linked_offences": "Related offences",
    },
    note="Preliminary figures as shared by partner countries - not for onward dissemination",
    total="Total / Gesamt",
    bad_count=("#WERT!", "#BEZUG!"),
    repeats=True,
    crime={
        "trafficking": ("THB", "Menschenhandel", "trafficking in human beings"),
        "smuggling": ("migrant smuggling", "Schlepperei", "SoM"),
        "both": ("THB + SoM", "smuggling / THB"),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "Arbeitsausbeutung"),
        "forced_criminality": ("forced criminality",),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
    },
    gender={"male": ("male", "m"), "female": ("female", "w"), "mixed": ("mixed", "m/w")},
    age={"adult": ("adult", "adults"), "child": ("minor", "UAM"), "mixed": ("adults + minors",)},
    transport={
        "sea": ("boat", "dinghy"),
        "land": ("car", "truck (LKW)", "on foot", "van"),
        "air": ("flight",),
    },
    offences={
        "document_fraud": ("document fraud", "Urkundenfälschung"),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    unknown="unknown",
)

LS = Desk(
    source="liberty_shared",
    filename="liberty_shared_dr.jsonl",
    ref="LS-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "case_type",
        "exploitation": "exploitation_type",
        "n_persons": "persons_count",
        "n_suspects": "suspects_count",
        "gender": "gender",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "origin_m49",
        "destination_country": "destination_iso3",
        "detection_country": "location_country",
        "transit_countries": "transit",
        "transport_mode": "transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("#VALUE!", "#REF!"),
    repeats=False,
    crime={
        "trafficking": ("human trafficking",),
        "smuggling": ("migrant smuggling",),
        "both": ("human trafficking; migrant smuggling",),
    },
    exploitation={
        "sexual": ("sex trafficking", "commercial sexual exploitation"),
        "forced_labour": ("forced labour", "debt bondage"),
        "forced_criminality": ("forced criminality",),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
    },
    gender={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    age={"adult": ("adult",), "child": ("child", "minor"), "mixed": ("mixed",)},
    transport={"sea": ("sea",), "land": ("land",), "air": ("air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    unknown="unknown",
)

SG = Desk(
    source="sgcpi_es",
    filename="sgcpi_es_dr.xlsx",
    ref="{seq:06d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Registro",
        "event_date": "Fecha hechos",
        "crime_type": "Tipología",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales, sujetos a revisión",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=True,
    crime={
        "trafficking": ("Trata de seres humanos", "Trata (art. 177 bis CP)", "TSH"),
        "smuggling": (
            "Favorecimiento de la inmigración irregular",
            "Inmigración ilegal (art. 318 bis CP)",
            "Tráfico ilícito de migrantes",
        ),
        "both": ("Trata y favorecimiento de la inmigración irregular", "177 bis + 318 bis CP"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otras",),
    },
    gender={
        "male": ("Hombres", "H"),
        "female": ("Mujeres", "M"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores",),
    },
    transport={
        "sea": ("embarcación",),
        "land": ("terrestre", "vehículo", "a pie"),
        "air": ("aérea", "vuelo"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contra la salud pública", "tráfico de drogas"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    unknown="s/d",
)

#: The five sources, in the order :func:`make_blind120` returns them.
SOURCES: tuple[Desk, ...] = (BD, JIRS, JOO, LS, SG)

_WRITERS: dict[str, Callable[[_Row, bool], None]] = {
    BD.source: _bd_write,
    JIRS.source: _jirs_write,
    JOO.source: _joo_write,
    LS.source: _ls_write,
    SG.source: _sg_write,
}


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one event as ``src`` does: (cells, expected values, messiness tags)."""
    row = _Row(src, ev, rng, forced_blank, pd.Timestamp(ev["event_date"]))  # type: ignore[arg-type]
    _WRITERS[src.source](row, partial_ok)
    return row.cells, row.exp, row.tags


def _date_text(src: Desk, ts: pd.Timestamp) -> object:
    """Write a day the desk's usual way."""
    if src is BD:
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
    if src is JIRS:
        return ts.strftime("%d/%m/%Y")
    if src is SG:
        return dt.datetime(ts.year, ts.month, ts.day)
    return ts.strftime("%Y-%m-%d")


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: missing, impossible (30/31 February) or keyed wrong."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _date_text(src, _future(ts))
    day = choice(rng, ("30", "31"))
    if src is BD:
        return f"{day}.02.{ts.year}"
    if src in (JIRS, SG):
        return f"{day}/02/{ts.year}"
    return f"{ts.year}-02-{day}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Date of the note row: the day after the desk's last row."""
    return _date_text(src, last + pd.Timedelta(days=1))


#: The variant: sources, routing and ways of writing.
BLIND120: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": BD.source,
        "FRA": JIRS.source,
        "GBR": JIRS.source,
        "GRC": JOO.source,
        "HRV": JOO.source,
        "POL": JOO.source,
        "PAN": LS.source,
        "USA": LS.source,
    },
    compilation=SG.source,
    secondary={
        ("cmed", "ITA"): SG.source,
        ("thb_rou_esp", "ITA"): SG.source,
        ("darien", "PAN"): SG.source,
        ("us_mex", "USA"): SG.source,
        ("thb_nga_ita", "ITA"): LS.source,
        ("thb_rou_esp", "ESP"): LS.source,
        ("thb_vnm_gbr", "GBR"): LS.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=120_120,
    blank_share=0.3,
)


def make_blind120(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five desks of the ``blind120`` set (files ``*_dr.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``bd_labour_wing_rome_dr.csv`` (English, UTF-8 with BOM, ``,``),
        ``jirs_lille_dr.csv`` (French, cp1252, ``;``), ``joo_vienna_dr.csv`` (English
        with German words, UTF-16, tab), ``liberty_shared_dr.jsonl`` (English, UTF-8) and
        ``sgcpi_es_dr.xlsx`` (Spanish), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind120(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bd_labour_wing_rome_dr.csv', 'jirs_lille_dr.csv', 'joo_vienna_dr.csv',
     'liberty_shared_dr.jsonl', 'sgcpi_es_dr.xlsx']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-16', 'utf-8', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° parquet', 'Date des faits', 'Qualification principale']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND120, truth, seed=seed)
