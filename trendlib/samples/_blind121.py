"""Examiner sample set ``blind121`` (files ``*_ds.*``): five agencies on the eastern route.

Written by an examiner who never saw the cleaner, from how these agencies write their
exports:

``kwp_bialystok_ds.csv``
    Polish Police, Podlaskie Voivodeship HQ (Komenda Wojewódzka Policji w Białymstoku),
    its English export for partner contact points. Windows-1250 (a Polish Excel "CSV"),
    ``;`` delimiter, ``dd.mm.yyyy`` dates (some with the time of detention, some with
    the Polish ``r.`` suffix), offences as Criminal Code articles (``Art. 264 § 3 CC``,
    bare ``art. 264§3 kk``), citizenship as English demonyms or ISO alpha-2 codes,
    decimal-comma coordinates in two columns. First reports the Belarus-border
    detections in Poland; second-reports Vietnamese cases detected in the United
    Kingdom (joint investigation on the route through Poland).
``emniyet_musavirligi_paris_ds.xlsx``
    Turkish National Police attaché at the embassy in Paris (Emniyet Müşavirliği),
    writing French to French partners with Turkish offence names mixed in
    (``Göçmen kaçakçılığı``, ``İnsan ticareti``) and ``Türkiye`` for Turkey; real Excel
    dates and some typed ones, a few counts typed with their unit (``34 migrants``),
    French nationality adjectives, routes joined by ``>``, one coordinates cell (decimal
    degrees on land, degrees and decimal minutes at sea).
    First reports the crossings detected in Greece and Croatia; second-reports
    Belarus-route groups flown out of Istanbul.
``heuni_ds.jsonl``
    HEUNI (European Institute for Crime Prevention and Control, Helsinki), a research
    compilation of cases from official and open sources: ISO alpha-3 and UN M49 codes,
    names copied in the source report's language (some garbled: mojibake), ISO dates
    with month (``2023-05``) and quarter (``2023-Q2``) precision, ``TIP``/``SOM``
    codes, ``0, 0`` as a "not geocoded" placeholder, re-scraped duplicate lines. It
    reports every event no other source reports first, and second-reports crossings of
    the Aegean, the Balkans, the Channel and the Darién.
``minseg_pa_ds.csv``
    Panama's Ministry of Public Security (Ministerio de Seguridad Pública), a table saved
    from Excel as "Unicode text": UTF-16 with BOM, tab-delimited, Spanish, ``d/m/yyyy``
    dates (some Excel serials, some months), ``NNA`` for minors, upper-case country
    names, longitudes written ``77.5 O``, thousands with a comma. First reports the
    Darién.
``emiz_nord_ds.csv``
    Zone Defence Staff of the Nord prefecture (État-major interministériel de zone Nord),
    the littoral's daily log: Windows-1252, ``;``, French, feminine nationality adjectives
    (``nationalité : afghane``), ``AESI`` and ``TEH``, ``PL`` (poids lourd) and ``small
    boat``, ``néant`` for no suspects, ``NC`` for unknown counts, GPS pasted from a map
    (decimal or degrees-minutes-seconds). First reports the Channel departures
    detected in France; second-reports those that reached the United Kingdom.

What a careful analyst reads from each cell is the truth: a word for "unknown" gives
``unknown`` (vocabularies) or nothing (countries, counts), a "not applicable" word in
the exploitation column of a smuggling case gives nothing, ``0, 0`` coordinates give
nothing, a count written in words (``several``) makes a bad row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND121", "SOURCES", "Blind121Source", "make_blind121"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Blind121Source(ExaminerSource):
    """A ``blind121`` source: the shared fields plus the agency's own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : mapping
        Design word -> the agency's words for it (the first is the usual one).
    offence_sep : str
        Separator of the linked offences.
    transit_sep : str
        Separator of the transit countries, in route order.
    unknown : tuple of str
        Words the agency writes when a value is not known.
    not_applicable : tuple of str
        What it writes in the exploitation column of a smuggling case ("" = blank).
    zero : tuple of str
        Words it writes for "no suspects".
    no_count : tuple of str
        Words it writes when the number of persons is not known.
    """

    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    transport: _Words
    offences: _Words
    offence_sep: str
    transit_sep: str
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    zero: tuple[str, ...]
    no_count: tuple[str, ...]


class _Row:
    """One row being written: its cells, the values expected from them and its tags."""

    def __init__(self, src: Blind121Source, ev: dict[str, object], rng: _Rng) -> None:
        self.src = src
        self.ev = ev
        self.rng = rng
        self.cells: dict[str, object] = {}
        self.tags: list[str] = []
        ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
        self.ts = ts
        self.exp: dict[str, object] = {
            "event_date": ts,
            "date_precision": "day",
            "crime_type": ev["crime_type"],
            "exploitation": ev["exploitation"],
            "n_persons": ev["n_persons"],
            "n_suspects": ev["n_suspects"],
            "gender": ev["gender"],
            "age_group": ev["age_group"],
            "nationality": ev["nationality"],
            "origin_country": ev["origin_country"],
            "destination_country": ev["destination_country"],
            "detection_country": ev["detection_country"],
            "transit_countries": ev["transit_countries"],
            "transport_mode": ev["transport_mode"],
            "lat": ev["lat"],
            "lon": ev["lon"],
            "linked_offences": ev["linked_offences"],
        }

    def r(self) -> float:
        """Draw a uniform number in [0, 1)."""
        return float(self.rng.random())

    def pick(self, options: tuple[str, ...]) -> str:
        """Draw one of ``options``: the first 60 % of the time, another otherwise."""
        if len(options) == 1 or self.r() < 0.6:
            return options[0]
        return choice(self.rng, options[1:])

    def text(self, key: str) -> str | None:
        """Return the event's value of ``key`` as text, or None."""
        value = self.ev.get(key)
        return None if value is None else str(value)


# --------------------------------------------------------------------------------------
# Country words
# --------------------------------------------------------------------------------------
_LANG = {"en": 1, "fr": 2, "es": 3}
#: English demonyms, as the Polish register writes citizenship.
_DEMONYM_EN = {
    "AFG": "Afghan",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "YEM": "Yemeni",
    "VNM": "Vietnamese",
    "CHN": "Chinese",
    "RUS": "Russian",
    "BLR": "Belarusian",
}
#: French adjectives (masculine), as the Turkish attaché writes nationality.
_ADJ_FR = {
    "AFG": "afghan",
    "SYR": "syrien",
    "IRQ": "irakien",
    "PAK": "pakistanais",
    "CMR": "camerounais",
    "MAR": "marocain",
    "TUR": "turc",
    "YEM": "yéménite",
}
#: French adjectives (feminine, agreeing with "nationalité"), as the EMIZ log writes.
_ADJ_FR_F = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}


def _name(iso: str, lang: str) -> str:
    """Return the country's name in ``lang`` (the project's fixed table)."""
    return str(COUNTRIES[iso][_LANG[lang]])


def _case(row: _Row, text: str, col: str, rate: float = 0.05) -> str:
    """Change the case or spacing of ``rate`` of the cells (the meaning stays)."""
    if row.r() >= rate:
        return text
    row.tags.append(f"case:{col}")
    kind = int(row.rng.integers(4))
    return (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]


def _country_kwp(row: _Row, iso: str, col: str) -> str:
    """Polish register: demonyms for citizenship, names, ISO alpha-2, a few typos."""
    r = row.r()
    if col == "nationality" and iso in _DEMONYM_EN and r < 0.55:
        return _DEMONYM_EN[iso]
    if col == "detection_country":
        if iso == "GBR":
            return choice(row.rng, ("United Kingdom", "UK", "GB"))
        return "Poland" if r < 0.65 else "PL"
    if r < 0.8:
        return _name(iso, "en")
    if r < 0.95:
        row.tags.append(f"iso2:{col}")
        return iso_codes(iso)[0]
    row.tags.append(f"typo:{col}")
    return str(COUNTRIES[iso][5])


def _country_emniyet(row: _Row, iso: str, col: str) -> str:
    """Turkish attaché: French names and adjectives, ISO alpha-3, ``Türkiye`` for Turkey."""
    r = row.r()
    name = "Türkiye" if iso == "TUR" else _name(iso, "fr")
    if col == "nationality" and iso in _ADJ_FR and r < 0.35:
        return _ADJ_FR[iso]
    if col == "detection_country":
        if r < 0.12:
            row.tags.append("iso2:detection_country")
            return iso_codes(iso)[0]
        return name
    if r < 0.88:
        return name
    row.tags.append(f"iso3:{col}")
    return iso


def _country_heuni(row: _Row, iso: str, col: str) -> str:
    """Research coding: ISO alpha-3, M49 numbers, names in the source report's language."""
    r = row.r()
    if col in ("detection_country", "destination_country", "transit_countries"):
        return iso if r < 0.85 else _name(iso, "en")
    if r < 0.6:
        return iso
    if r < 0.7:
        row.tags.append(f"m49:{col}")
        return iso_codes(iso)[1]
    if r < 0.85:
        return _name(iso, "en")
    name = _name(iso, choice(row.rng, ("fr", "es")))
    garbled = mojibake(name)
    if garbled is not None and row.r() < 0.5:
        row.tags.append(f"mojibake:{col}")
        return garbled
    return name


def _country_minseg(row: _Row, iso: str, col: str) -> str:
    """Panama: Spanish names, often in capitals, a few typos; ``EE.UU.`` and the like."""
    r = row.r()
    if col == "destination_country" and iso == "USA":
        return choice(row.rng, ("Estados Unidos", "Estados Unidos", "EE.UU.", "EEUU", "USA"))
    if col == "detection_country":
        if r < 0.1:
            row.tags.append("iso2:detection_country")
            return iso_codes(iso)[0]
        return _name(iso, "es").upper() if r < 0.35 else _name(iso, "es")
    if r < 0.04:
        row.tags.append(f"typo:{col}")
        return str(COUNTRIES[iso][5])
    name = _name(iso, "es")
    return name.upper() if r < 0.35 else name


def _country_emiz(row: _Row, iso: str, col: str) -> str:
    """EMIZ Nord: ``nationalité : afghane``, French names, ``Angleterre``/``UK`` for GBR."""
    r = row.r()
    if col == "nationality" and iso in _ADJ_FR_F and r < 0.55:
        return _ADJ_FR_F[iso]
    if iso == "GBR" and col in ("destination_country", "detection_country"):
        return choice(row.rng, ("Royaume-Uni", "Royaume-Uni", "Angleterre", "UK", "GB"))
    if col == "detection_country" and r < 0.15:
        row.tags.append("iso2:detection_country")
        return iso_codes(iso)[0]
    if r < 0.9 or col == "detection_country":
        return _name(iso, "fr")
    row.tags.append(f"iso3:{col}")
    return iso


_COUNTRY: dict[str, Callable[[_Row, str, str], str]] = {
    "kwp_bialystok": _country_kwp,
    "emniyet_musavirligi_paris": _country_emniyet,
    "heuni": _country_heuni,
    "minseg_pa": _country_minseg,
    "emiz_nord": _country_emiz,
}


def _country(row: _Row, iso: str, col: str) -> str:
    text = _COUNTRY[row.src.source](row, iso, col)
    return text if fits(text, row.src) else iso


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("M").start_time


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("Q").start_time


def _date(row: _Row, *, partial_ok: bool) -> object:
    """Write the row's date the agency's way; set the expected date and precision."""
    ts, src, r = row.ts, row.src.source, row.r()
    if src == "kwp_bialystok":
        if r < 0.25:  # the time of detention, as the register records it
            hour, minute = int(row.rng.integers(24)), int(row.rng.integers(60))
            return f"{ts:%d.%m.%Y} {hour:02d}:{minute:02d}"
        if r < 0.35:
            row.tags.append("date_suffix")
            return f"{ts:%d.%m.%Y} r."
        return f"{ts:%d.%m.%Y}"
    if src == "emniyet_musavirligi_paris":
        if r < 0.75:
            return ts.to_pydatetime()
        if r < 0.9:
            row.tags.append("date_text")
            return f"{ts:%d/%m/%Y}"
        row.tags.append("date_long")
        return f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}"
    if src == "heuni":
        if partial_ok and r < 0.07:
            row.exp.update(event_date=_month_start(ts), date_precision="month")
            row.tags.append("partial_date")
            return f"{ts:%Y-%m}"
        if partial_ok and r < 0.11:
            row.exp.update(event_date=_quarter_start(ts), date_precision="quarter")
            row.tags.append("partial_date")
            return f"{ts.year}-Q{ts.quarter}"
        return f"{ts:%Y-%m-%d}"
    if src == "minseg_pa":
        if partial_ok and r < 0.05:
            row.exp.update(event_date=_month_start(ts), date_precision="month")
            row.tags.append("partial_date")
            return f"{_MONTHS_ES[ts.month - 1]} de {ts.year}"
        if r < 0.15:
            row.tags.append("excel_serial")
            return str((ts.normalize() - _EXCEL_EPOCH).days)
        if r < 0.6:
            return f"{ts.day}/{ts.month}/{ts.year}"
        return f"{ts:%d/%m/%Y}"
    # emiz_nord
    return f"{ts:%d/%m/%y}" if r < 0.25 else f"{ts:%d/%m/%Y}"


_MONTHS_FR = (
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
_MONTHS_ES = (
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


def _bad_date(src: Blind121Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a bad row's date: blank, impossible (31 February) or ten years on."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        styles = {
            "kwp_bialystok": f"31.02.{ts.year}",
            "emniyet_musavirligi_paris": f"31/02/{ts.year}",
            "heuni": f"{ts.year}-02-30",
            "minseg_pa": f"30/2/{ts.year}",
            "emiz_nord": f"31/02/{ts.year}",
        }
        return styles[src.source]
    future = pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))
    styles_f: dict[str, object] = {
        "kwp_bialystok": f"{future:%d.%m.%Y}",
        "emniyet_musavirligi_paris": future.to_pydatetime(),
        "heuni": f"{future:%Y-%m-%d}",
        "minseg_pa": f"{future.day}/{future.month}/{future.year}",
        "emiz_nord": f"{future:%d/%m/%Y}",
    }
    return styles_f[src.source]


def _note_date(src: Blind121Source, last: pd.Timestamp) -> object:
    """Write the date of the note row: the day after the last case."""
    day = last + pd.Timedelta(days=1)
    if src.source == "emniyet_musavirligi_paris":
        return day.to_pydatetime()
    if src.source == "minseg_pa":
        return f"{day.day}/{day.month}/{day.year}"
    if src.source == "kwp_bialystok":
        return f"{day:%d.%m.%Y}"
    return f"{day:%d/%m/%Y}"


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _ddm(value: float, pos: str, neg: str, deg_width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``39°12.50'N``) and the value it reads as."""
    sign = 1.0 if value >= 0 else -1.0
    hundredths = round(abs(value) * 60 * 100)  # whole hundredths of a minute
    deg, rest = divmod(hundredths, 60 * 100)
    text = f"{deg:0{deg_width}d}°{rest // 100:02d}.{rest % 100:02d}'{pos if sign > 0 else neg}"
    return text, sign * hundredths / 6000


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth (``50°57'04.4"N``) and its reading."""
    sign = 1.0 if value >= 0 else -1.0
    tenths = round(abs(value) * 36000)  # whole tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, secs = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{secs // 10:02d}.{secs % 10}\"{pos if sign > 0 else neg}"
    return text, sign * tenths / 36000


def _no_place(row: _Row, tag: str) -> None:
    row.exp.update(lat=None, lon=None)
    row.tags.append(tag)


def _coords(row: _Row) -> None:
    """Write the row's location the agency's way; set the expected point."""
    lat, lon = float(row.ev["lat"]), float(row.ev["lon"])  # type: ignore[arg-type]
    src, r = row.src.source, row.r()
    detected = row.text("detection_country")
    if src == "kwp_bialystok":
        if detected != "POL" or r < 0.05:  # a case handed over from abroad has no point
            _no_place(row, "coords_missing")
            return
        row.cells["lat"] = f"{lat:.5f}".replace(".", ",")
        row.cells["lon"] = f"{lon:.5f}".replace(".", ",")
        row.tags.append("decimal_comma")
        return
    if src == "emniyet_musavirligi_paris":
        if r < 0.4:
            _no_place(row, "coords_missing")
            return
        if row.text("transport_mode") == "sea":
            t_lat, v_lat = _ddm(lat, "N", "S", 2)
            t_lon, v_lon = _ddm(lon, "E", "W", 3)
            row.cells["coordinates"] = f"{t_lat} {t_lon}"
            row.exp.update(lat=round(v_lat, 6), lon=round(v_lon, 6))
            row.tags.append("coords_ddm")
            return
        row.cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        return
    if src == "heuni":
        if r < 0.05:
            row.cells["lat"] = row.cells["lon"] = None
            _no_place(row, "coords_missing")
            return
        if r < 0.06:
            row.cells["lat"] = row.cells["lon"] = 0.0
            _no_place(row, "coords_placeholder")
            return
        row.cells["lat"], row.cells["lon"] = round(lat, 4), round(lon, 4)
        row.exp.update(lat=round(lat, 4), lon=round(lon, 4))
        return
    if src == "minseg_pa":
        if r < 0.08:
            _no_place(row, "coords_missing")
            return
        row.cells["lat"] = f"{lat:.5f}"
        if lon < 0 and row.r() < 0.4:
            row.cells["lon"] = f"{-lon:.5f} O"
            row.tags.append("coords_hemisphere")
        else:
            row.cells["lon"] = f"{lon:.5f}"
        return
    # emiz_nord
    if detected != "FRA" or r < 0.08:
        _no_place(row, "coords_missing")
        return
    if r < 0.2:
        t_lat, v_lat = _dms(lat, "N", "S")
        t_lon, v_lon = _dms(lon, "E", "W")
        row.cells["coordinates"] = f"{t_lat} {t_lon}"
        row.exp.update(lat=round(v_lat, 6), lon=round(v_lon, 6))
        row.tags.append("coords_dms")
        return
    row.cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _count_text(row: _Row, n: int) -> object:
    """Write a count as the agency does (a number in XLSX and JSON, text in CSV)."""
    src = row.src
    if src.source == "emniyet_musavirligi_paris" and row.r() < 0.05:
        row.tags.append("count_with_unit")  # typed into the cell with its unit
        return f"{n} migrants"
    if src.format != "csv":
        return n
    if n >= 1000:
        row.tags.append("thousands:n_persons")
        sep = {"kwp_bialystok": " ", "minseg_pa": ",", "emiz_nord": "\u00a0"}[src.source]
        return f"{n // 1000}{sep}{n % 1000:03d}"
    return str(n)


def _counts(row: _Row) -> None:
    src = row.src
    n = int(row.ev["n_persons"])  # type: ignore[call-overload]
    if row.r() < 0.015:  # JSON leaves it null; a spreadsheet has a word
        row.cells["n_persons"] = choice(row.rng, src.no_count) if src.no_count else None
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
    else:
        row.cells["n_persons"] = _count_text(row, n)
    k = int(row.ev["n_suspects"])  # type: ignore[call-overload]
    r = row.r()
    if r < 0.03:
        if src.format == "jsonl":
            row.cells["n_suspects"] = None
        else:
            row.cells["n_suspects"] = choice(row.rng, src.unknown)
        row.exp["n_suspects"] = None
        row.tags.append("suspects_placeholder")
    elif k == 0 and src.zero and r < 0.45:
        row.cells["n_suspects"] = choice(row.rng, src.zero)
        row.tags.append("zero_word")
    else:
        row.cells["n_suspects"] = k if src.format != "csv" else str(k)


# --------------------------------------------------------------------------------------
# Vocabularies and countries
# --------------------------------------------------------------------------------------
def _vocab(row: _Row, col: str, words: _Words, *, tag_unknown: str) -> None:
    value = row.text(col)
    if value is None:
        row.cells[col] = None
        return
    if row.r() < 0.02:
        row.cells[col] = choice(row.rng, row.src.unknown)
        row.exp[col] = "unknown"
        row.tags.append(tag_unknown)
        return
    row.cells[col] = _case(row, row.pick(words[value]), col)


def _crime(row: _Row) -> None:
    src = row.src
    crime = str(row.ev["crime_type"])
    row.cells["crime_type"] = _case(row, row.pick(src.crime[crime]), "crime_type", 0.03)
    expl = row.text("exploitation")
    if expl is None:  # a smuggling case: blank or "not applicable"
        word = choice(row.rng, src.not_applicable)
        row.cells["exploitation"] = word or None
        if word:
            row.tags.append("na_exploitation")
        return
    if row.r() < 0.04:
        row.cells["exploitation"] = choice(row.rng, src.unknown)
        row.exp["exploitation"] = "unknown"
        row.tags.append("unknown:exploitation")
        return
    row.cells["exploitation"] = row.pick(src.exploitation[expl])


def _countries(row: _Row) -> None:
    src = row.src
    for col, unknown_rate in (
        ("nationality", 0.02),
        ("origin_country", 0.03),
        ("destination_country", 0.02),
        ("detection_country", 0.0),
    ):
        iso = row.text(col)
        if iso is None:
            row.cells[col] = None
            continue
        if row.r() < unknown_rate:
            row.cells[col] = choice(row.rng, src.unknown)
            row.exp[col] = None
            row.tags.append("blank_nationality" if col == "nationality" else f"unknown:{col}")
            continue
        row.cells[col] = _case(row, _country(row, iso, col), col)
    transit = row.text("transit_countries")
    if transit is None:
        row.cells["transit_countries"] = None
        return
    parts = transit.split("|")
    if src.source == "kwp_bialystok" and row.r() < 0.25:  # ISO alpha-2 chain: RU-BY
        row.cells["transit_countries"] = "-".join(iso_codes(p)[0] for p in parts)
        row.tags.append("iso2:transit_countries")
        return
    row.cells["transit_countries"] = src.transit_sep.join(
        _country(row, p, "transit_countries") for p in parts
    )


def _offences(row: _Row) -> None:
    value = row.text("linked_offences")
    if value is None:
        row.cells["linked_offences"] = None
        return
    words = [row.pick(row.src.offences[o]) for o in value.split("|")]
    row.cells["linked_offences"] = row.src.offence_sep.join(words)


def _blank(row: _Row, field: str) -> None:
    """Leave ``field`` blank in a second report: nothing (gender: unknown) is expected."""
    row.tags.append(f"blank_{field}")
    if field == "coordinates":
        for key in ("lat", "lon", "coordinates"):
            if key in row.cells:
                row.cells[key] = None
        row.exp.update(lat=None, lon=None)
        return
    row.cells[field] = None
    row.exp[field] = "unknown" if field == "gender" else None


def _render(
    src: Blind121Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    row = _Row(src, ev, rng)
    row.cells["event_date"] = _date(row, partial_ok=partial_ok)
    _crime(row)
    _counts(row)
    _vocab(row, "gender", src.gender, tag_unknown="blank_gender")
    _vocab(row, "age_group", src.age, tag_unknown="na_word")
    _countries(row)
    _vocab(row, "transport_mode", src.transport, tag_unknown="na_word")
    _coords(row)
    _offences(row)
    if forced_blank is not None:
        _blank(row, forced_blank)
    return row.cells, row.exp, row.tags


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_KWP = Blind121Source(
    source="kwp_bialystok",
    filename="kwp_bialystok_ds.csv",
    ref="RSD-{seq}/{yy:02d}",
    format="csv",
    encoding="cp1250",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of incident",
        "crime_type": "Offence (Criminal Code)",
        "exploitation": "Form of exploitation",
        "n_persons": "Number of foreigners",
        "n_suspects": "Number of suspects",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Transit route",
        "destination_country": "Intended destination",
        "detection_country": "Country of detection",
        "transport_mode": "Means of transport",
        "lat": "Latitude (N)",
        "lon": "Longitude (E)",
        "linked_offences": "Related offences",
    },
    note="Preliminary data - KWP w Białymstoku, Criminal Bureau",
    total="TOTAL",
    bad_count=("several", "a dozen or so", "group"),
    repeats=False,
    crime={
        "smuggling": (
            "Art. 264 § 3 CC - organising illegal border crossing",
            "art. 264 par. 3 PCC (smuggling of migrants)",
            "art. 264§3 kk",
            "smuggling of migrants",
        ),
        "trafficking": (
            "Art. 189a § 1 CC - trafficking in human beings",
            "art. 189a kk",
            "trafficking in human beings",
        ),
        "both": (
            "Art. 189a § 1 + art. 264 § 3 CC",
            "THB and smuggling (art. 189a, 264§3 kk)",
        ),
    },
    exploitation={
        "sexual": ("sexual exploitation", "prostitution"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality", "forced to commit offences"),
        "organ_removal": ("removal of organs",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={
        "male": ("M", "male", "men"),
        "female": ("F", "female", "women"),
        "mixed": ("M/F", "mixed", "men and women"),
    },
    age={
        "adult": ("adult", "adults", "18+"),
        "child": ("minor", "minors", "under 18"),
        "mixed": ("adults and minors", "families with children", "mixed"),
    },
    transport={
        "land": ("on foot", "car", "van", "bus", "lorry", "train"),
        "sea": ("ferry", "boat"),
        "air": ("plane", "by air"),
    },
    offences={
        "document_fraud": ("forgery of documents (art. 270 CC)", "false documents"),
        "corruption": ("bribery (art. 229 CC)", "corruption"),
        "money_laundering": ("money laundering (art. 299 CC)",),
        "illicit_goods": ("drugs", "contraband cigarettes"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    transit_sep=" - ",
    unknown=("no data", "not established", "unknown"),
    not_applicable=("", "", "", "n/a"),
    zero=("none",),
    no_count=("no data",),
)

_EMNIYET = Blind121Source(
    source="emniyet_musavirligi_paris",
    filename="emniyet_musavirligi_paris_ds.xlsx",
    ref="EM-PAR/{year}/{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° de dossier",
        "event_date": "Date de l'interception",
        "crime_type": "Infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de migrants",
        "n_suspects": "Nombre de suspects",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Itinéraire (pays de transit)",
        "destination_country": "Destination finale",
        "detection_country": "Pays d'interception",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées",
        "linked_offences": "Infractions connexes",
    },
    note="Informations transmises à titre de renseignement – Emniyet Müşavirliği, Paris",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "une dizaine"),
    repeats=False,
    crime={
        "smuggling": (
            "trafic de migrants",
            "trafic illicite de migrants",
            "Göçmen kaçakçılığı",
            "Göçmen kaçakçılığı (trafic de migrants)",
        ),
        "trafficking": ("traite des êtres humains", "İnsan ticareti (traite)", "traite"),
        "both": (
            "trafic de migrants et traite des êtres humains",
            "Göçmen kaçakçılığı + İnsan ticareti",
        ),
    },
    exploitation={
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "male": ("hommes", "H", "masculin"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "mineur"),
        "mixed": ("majeurs et mineurs", "familles avec enfants", "mixte"),
    },
    transport={
        "sea": ("bateau pneumatique", "embarcation", "voie maritime", "zodiac"),
        "land": ("voie terrestre", "à pied", "camion", "véhicule"),
        "air": ("avion", "voie aérienne"),
    },
    offences={
        "document_fraud": ("faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("contrebande",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" / ",
    transit_sep=" > ",
    unknown=("inconnu", "non précisé", "?"),
    not_applicable=("",),
    zero=("aucun",),
    no_count=("inconnu",),
)

_HEUNI = Blind121Source(
    source="heuni",
    filename="heuni_ds.jsonl",
    ref="HEUNI-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "offence",
        "exploitation": "exploitation",
        "n_persons": "persons",
        "n_suspects": "suspects_n",
        "gender": "sex",
        "age_group": "age_cat",
        "nationality": "citizenship",
        "origin_country": "origin",
        "transit_countries": "route_via",
        "destination_country": "intended_destination",
        "detection_country": "detected_in",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL (all cases)",
    bad_count=("dozens", "several", "approx. a hundred"),
    repeats=True,
    crime={
        "smuggling": ("smuggling of migrants", "SOM", "migrant smuggling"),
        "trafficking": ("trafficking in persons", "TIP", "human trafficking"),
        "both": ("TIP/SOM", "trafficking and smuggling"),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={
        "male": ("male", "M"),
        "female": ("female", "F"),
        "mixed": ("mixed", "M/F"),
    },
    age={
        "adult": ("adult",),
        "child": ("minor", "child"),
        "mixed": ("mixed",),
    },
    transport={
        "sea": ("sea", "maritime"),
        "land": ("land", "road"),
        "air": ("air",),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    transit_sep=", ",
    unknown=("unknown", "not reported", "n/a"),
    not_applicable=("", "not applicable"),
    zero=(),
    no_count=(),
)

_MINSEG = Blind121Source(
    source="minseg_pa",
    filename="minseg_pa_ds.csv",
    ref="MSP-{seq:05d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "N° de caso",
        "event_date": "Fecha del evento",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de migrantes",
        "n_suspects": "Cantidad de aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: MINSEG - cifras preliminares sujetas a revisión",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo", "decenas"),
    repeats=True,
    crime={
        "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes", "TIM"),
        "trafficking": ("trata de personas", "trata"),
        "both": ("trata de personas y tráfico de migrantes", "trata y tráfico"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    gender={
        "male": ("masculino", "hombres"),
        "female": ("femenino", "mujeres"),
        "mixed": ("mixto", "ambos sexos", "hombres y mujeres"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("NNA", "menores de edad", "menores"),
        "mixed": ("adultos y NNA", "familias con NNA", "mixto"),
    },
    transport={
        "land": ("a pie", "terrestre", "a pie (selva)"),
        "sea": ("marítimo", "lancha"),
        "air": ("aéreo",),
    },
    offences={
        "document_fraud": ("falsificación de documentos", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "lavado de dinero"),
        "illicit_goods": ("drogas", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    transit_sep=" / ",
    unknown=("sin dato", "N/D", "desconocido"),
    not_applicable=("", "no aplica"),
    zero=("ninguno",),
    no_count=("s/d", "sin dato"),
)

_EMIZ = Blind121Source(
    source="emiz_nord",
    filename="emiz_nord_ds.csv",
    ref="EMIZN-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Référence",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode opératoire",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions associées",
    },
    note="Source : EMIZ Nord – bilan provisoire du littoral",
    total="Total",
    bad_count=("plusieurs", "groupe", "une dizaine"),
    repeats=False,
    crime={
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "AESI",
            "trafic de migrants",
            "filière d'immigration irrégulière",
        ),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    age={
        "adult": ("majeurs", "majeur", "adultes"),
        "child": ("mineurs", "MNA", "mineur"),
        "mixed": ("majeurs et mineurs", "familles avec enfants", "mixte"),
    },
    transport={
        "sea": ("small boat", "embarcation", "bateau"),
        "land": ("PL", "poids lourd", "camion", "voie terrestre"),
        "air": ("avion",),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" + ",
    transit_sep=" / ",
    unknown=("inconnu", "non renseigné", "indéterminé"),
    not_applicable=("",),
    zero=("néant",),
    no_count=("NC",),
)

#: The five sources of ``blind121``, in the order of the submissions.
SOURCES: tuple[Blind121Source, ...] = (_KWP, _EMNIYET, _HEUNI, _MINSEG, _EMIZ)

#: The ``blind121`` variant: who reports which event first, and who reports it again.
BLIND121: Examiner[Blind121Source] = Examiner(
    sources=SOURCES,
    primary={
        "POL": "kwp_bialystok",
        "GRC": "emniyet_musavirligi_paris",
        "HRV": "emniyet_musavirligi_paris",
        "PAN": "minseg_pa",
        "FRA": "emiz_nord",
    },
    compilation="heuni",
    secondary={
        ("thb_vnm_gbr", "GBR"): "kwp_bialystok",
        ("blr_pol", "POL"): "emniyet_musavirligi_paris",
        ("emed", "GRC"): "heuni",
        ("wbal", "HRV"): "heuni",
        ("darien", "PAN"): "heuni",
        ("channel", "FRA"): "heuni",
        ("channel", "GBR"): "emiz_nord",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=12101,
    blank_share=0.3,
)


def make_blind121(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind121`` submissions (files ``*_ds.*``).

    The Polish Police in Białystok (CSV, Windows-1250, ``;``, English), the Turkish
    National Police attaché in Paris (XLSX, French with Turkish words), HEUNI's research
    compilation (JSON lines, English), Panama's Ministry of Public Security (CSV,
    UTF-16, tab, Spanish) and the Nord zone defence staff (CSV, Windows-1252, ``;``,
    French). See the module's docstring for each agency's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind121(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['kwp_bialystok_ds.csv', 'emniyet_musavirligi_paris_ds.xlsx', 'heuni_ds.jsonl',
     'minseg_pa_ds.csv', 'emiz_nord_ds.csv']
    >>> [s.encoding for s in subs]
    ['cp1250', 'utf-8', 'utf-8', 'utf-16', 'cp1252']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[0].frame.columns[:3].tolist()
    ['Case No.', 'Date of incident', 'Offence (Criminal Code)']
    """
    return make_examined(BLIND121, truth, seed=seed)
