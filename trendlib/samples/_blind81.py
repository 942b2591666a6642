"""Examiner variant ``blind81``: five more agencies, written independently (files ``*_ce.*``).

The events of the truth are written the way five agencies that no earlier set used would
send them to an analysis unit: two Balkan / Eastern European police services writing in
English to an EU partner, a French judicial-police service, a Spanish national-police
arrivals log and a Mexican intelligence compilation. Each keeps its own header wording,
date styles, legal references, country names, placeholders, number and coordinate
formats. The shared row machinery (which source reports which event, bad rows, garbage
rows, re-sent rows) is :mod:`trendlib.samples._examiner`'s.

Reader's guide
--------------
``pnuskok_hr_ce.csv`` -- Croatia, PNUSKOK (Police National Office for the Suppression of
    Corruption and Organised Crime), digest for an EU partner. English with Croatian
    bits (bilingual headers ``Citizenship / Državljanstvo``, ``čl. 326 KZ``, Croatian
    exonyms such as ``Sirija``, ``Njemačka``, ``Obala Bjelokosti``). Windows-1250
    (Central European), ``;`` delimiter. Dates day-first with the Croatian trailing dot
    (``14.03.2022.``, ``14.3.2022.``, ``14. 3. 2022.``), months as ``03.2022.`` or
    ``March 2022``, quarters as ``Q1 2022`` or ``1st quarter 2022``. Crime type as an
    article of the Croatian Criminal Code (art. 326 smuggling, art. 106 trafficking),
    often with no words. Counts with a dot as thousands separator (``1.204``);
    ``unknown`` / ``N/K`` for an unknown count, ``none`` / ``nil`` for no suspect.
    Sex ``M``/``F``/``M/F``; age ``UAM`` (unaccompanied minors), ``18+``. Transit as
    ISO alpha-2 codes joined by dashes (``TR-BG-RS``) or names. Coordinates in one cell,
    degrees-minutes-seconds (``45°04'17.4"N 19°04'40.4"E``) or decimal with hemisphere
    letters. An extra ``Police Administration`` column. Primary for detections in
    Croatia; second reports of Eastern Mediterranean events in Greece.

``gdbop_bg_ce.jsonl`` -- Bulgaria, GDBOP (General Directorate Combating Organised Crime),
    international operational cooperation feed of partner-notified detections. JSON
    lines, UTF-8, camelCase English keys. Dates ISO (``2022-03-14``, with or without a
    ``T00:00:00`` time), Bulgarian day-first with the Cyrillic year mark
    (``14.03.2022 г.``), ``14 March 2022``; months ``2022-03``, quarters ``2022-Q1``.
    Counts JSON numbers, sometimes strings, ``null`` or ``unknown``. Nationality as ISO
    alpha-2 (an alpha-3 slips in), detection country alpha-2 or name, transit countries
    a JSON array of alpha-2 codes or a ``TR > BG > RS`` string. Coordinates as two
    numbers. Some lines re-sent (exact repeats). Primary for Greece, Italy and Poland;
    second reports of Western Balkan events in Croatia.

``pj_lille_fr_ce.xlsx`` -- France, police judiciaire, Direction zonale Nord (Lille)
    with its Coquelles and Dunkirk antennas: procedures on Channel smuggling and on
    trafficking. French, XLSX. Dates as real Excel dates, day-first text
    (``14/03/2022``, ``14 mars 2022``) or bare Excel serials (``44634``); months
    ``mars 2022``, quarters ``T1 2022`` / ``1er trimestre 2022``. Crime type as CESEDA
    article (old ``L.622-1`` and new ``L.823-1`` numbering) or penal-code article
    225-4-1 (``TEH``). Nationality mostly as a feminine demonym (``afghane``,
    ``érythréenne``), ``Angleterre`` for the United Kingdom. Counts as numbers or
    ``12 (dont 3 mineurs)``, ``NC`` unknown, ``néant`` for no suspect; sex ``H``/``F``
    or head counts ``3 H / 2 F``; ``MNA`` unaccompanied minors. Latitude and longitude
    in two columns, numbers or text with a decimal comma. Note row (provisional data)
    and a ``TOTAL GÉNÉRAL`` row. Primary for France and the United Kingdom; second
    reports of Nigerian trafficking in Italy.

``bpef_cate_es_ce.csv`` -- Spain, Policía Nacional, provincial aliens and borders
    brigades and their temporary reception centres (CATE) in Andalusia, Ceuta, Melilla
    and the Canaries. Spanish, Latin-1, ``|`` delimiter. Dates ``14/03/2022``,
    ``14-03-2022``, ``14/03/22``, ``14 mar. 2022``; months ``marzo 2022`` or
    ``03/2022``; quarters ``1T 2022`` / ``1er trimestre 2022``. Crime type as penal-code
    article (``318 bis`` smuggling, ``177 bis`` trafficking, ``TSH``). Thousands with a
    dot, ``s/d`` for unknown, ``ninguno`` for no suspect. Sex ``H``/``M`` (M = mujer),
    age ``MENA``. Nationalities as Spanish demonyms, a few garbled (UTF-8 read as
    Windows-1252: ``marroquÃ­``). Boat words (``patera``, ``cayuco``, ``neumática``),
    ``salto de valla``. Coordinates as nautical degrees and decimal minutes with the
    ordinal sign and a decimal comma (``27º 57,074' N 015º 24,740' W``) or decimal
    degrees with a decimal comma. Some rows re-sent (exact repeats). Primary for Spain;
    second reports of Romanian trafficking cases in Italy.

``cni_mx_ce.csv`` -- Mexico, Centro Nacional de Inteligencia, compilation of events
    notified by liaison (US Border Patrol and consulates, Panama's border service).
    Mexican Spanish, UTF-16 with BOM (Excel's "Unicode text"), tab delimiter. Dates
    ``14/03/2022``, ``14/mar/2022``, ``14-MAR-2022``, ISO, ``14 de marzo de 2022``;
    months ``marzo de 2022``, quarters ``T1/2022`` / ``1er trimestre 2022``. Crime type
    in Mexican legal wording (``tráfico de personas`` = smuggling under art. 159 of the
    Ley de Migración; ``trata`` under the Ley General). Thousands with a comma
    (``1,204``), ``N/D`` / ``S/D`` unknown. Sex ``hombres``/``mujeres``/``H``/``M``; age
    ``NNA`` (niñas, niños y adolescentes). ``EUA`` for the United States. Coordinates
    ``lat, long`` decimal or Google-style degrees-minutes-seconds. Primary for Panama
    and the United States, and the compilation for any other detection country.

Every source but the JSON feed writes a note row (with a date) and a total row; the CSV
files have an empty row. Placeholders for unknown counts keep the record with no count;
words such as ``several`` / ``plusieurs`` / ``varios`` are unreadable counts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND81_SOURCES", "make_blind81"]

_Rng = np.random.Generator
_Cells = dict[str, object]
_Words = Mapping[str, tuple[str, ...]]

# Shares of the messiness, per written row.
_PARTIAL_RATE = 0.05  # month or quarter instead of the day (never in a duplicate pair)
_COUNT_PLACEHOLDER_RATE = 0.03
_SUSPECT_PLACEHOLDER_RATE = 0.03
_NA_RATE = 0.015  # "n/a" for the age group or the transport mode
_COORDS_MISSING_RATE = 0.04
_COORDS_PLACEHOLDER_RATE = 0.02
_MOJIBAKE_RATE = 0.05

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_CANARIES = ("Gran Canaria", "Tenerife", "Lanzarote", "El Hierro", "Fuerteventura", "La Gomera")

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "BiH"),
    "BLR": ("Belarus",),
    "CHN": ("China",),
    "CIV": ("Ivory Coast", "Côte d'Ivoire"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK"),
    "GIN": ("Guinea", "Guinea-Conakry"),
    "GMB": ("Gambia", "The Gambia"),
    "GRC": ("Greece",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IRN": ("Iran",),
    "IRQ": ("Iraq",),
    "ITA": ("Italy",),
    "LBY": ("Libya",),
    "MAR": ("Morocco",),
    "MEX": ("Mexico",),
    "MKD": ("North Macedonia",),
    "MLI": ("Mali",),
    "MRT": ("Mauritania",),
    "NER": ("Niger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Poland",),
    "ROU": ("Romania",),
    "RUS": ("Russia", "Russian Federation"),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("USA", "United States"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan",),
    "ALB": ("Albanian",),
    "BGD": ("Bangladeshi",),
    "CHN": ("Chinese",),
    "CIV": ("Ivorian",),
    "CMR": ("Cameroonian",),
    "COL": ("Colombian",),
    "DZA": ("Algerian",),
    "ECU": ("Ecuadorian",),
    "EGY": ("Egyptian",),
    "ERI": ("Eritrean",),
    "GIN": ("Guinean",),
    "GMB": ("Gambian",),
    "GTM": ("Guatemalan",),
    "HND": ("Honduran",),
    "HTI": ("Haitian",),
    "IRN": ("Iranian",),
    "IRQ": ("Iraqi",),
    "MAR": ("Moroccan",),
    "MEX": ("Mexican",),
    "MLI": ("Malian",),
    "NGA": ("Nigerian",),
    "PAK": ("Pakistani",),
    "ROU": ("Romanian",),
    "SEN": ("Senegalese",),
    "SYR": ("Syrian",),
    "TUN": ("Tunisian",),
    "TUR": ("Turkish",),
    "VEN": ("Venezuelan",),
    "VNM": ("Vietnamese",),
    "YEM": ("Yemeni",),
}
# Croatian exonyms that slip into the PNUSKOK file (all in Windows-1250).
_HR_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistan",),
    "ALB": ("Albanija",),
    "AUT": ("Austrija",),
    "BGD": ("Bangladeš",),
    "BGR": ("Bugarska",),
    "BIH": ("Bosna i Hercegovina",),
    "CIV": ("Obala Bjelokosti",),
    "CMR": ("Kamerun",),
    "DEU": ("Njemačka",),
    "DZA": ("Alžir",),
    "EGY": ("Egipat",),
    "ESP": ("Španjolska",),
    "FRA": ("Francuska",),
    "GBR": ("Velika Britanija",),
    "GRC": ("Grčka",),
    "HRV": ("Hrvatska",),
    "HUN": ("Mađarska",),
    "IRQ": ("Irak",),
    "ITA": ("Italija",),
    "MAR": ("Maroko",),
    "MKD": ("Sjeverna Makedonija",),
    "POL": ("Poljska",),
    "SRB": ("Srbija",),
    "SYR": ("Sirija",),
    "TUR": ("Turska",),
}
_FR_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire",),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DEU": ("Allemagne",),
    "DZA": ("Algérie",),
    "ECU": ("Équateur",),
    "EGY": ("Égypte",),
    "ERI": ("Érythrée",),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni",),
    "GIN": ("Guinée", "Guinée-Conakry"),
    "GMB": ("Gambie",),
    "GRC": ("Grèce",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatie",),
    "HTI": ("Haïti",),
    "HUN": ("Hongrie",),
    "IRN": ("Iran",),
    "IRQ": ("Irak",),
    "ITA": ("Italie",),
    "LBY": ("Libye",),
    "MAR": ("Maroc",),
    "MEX": ("Mexique",),
    "MKD": ("Macédoine du Nord",),
    "MLI": ("Mali",),
    "MRT": ("Mauritanie",),
    "NER": ("Niger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Pologne",),
    "ROU": ("Roumanie",),
    "RUS": ("Russie",),
    "SEN": ("Sénégal",),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis",),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
# French nationality as written on a procedure: "nationalité afghane" (feminine) or
# "de nationalité afghan" (masculine, for a man).
_FR_DEMONYMS_F: dict[str, tuple[str, ...]] = {
    "AFG": ("afghane",),
    "ALB": ("albanaise",),
    "BGD": ("bangladaise",),
    "CHN": ("chinoise",),
    "CIV": ("ivoirienne",),
    "CMR": ("camerounaise",),
    "DZA": ("algérienne",),
    "EGY": ("égyptienne",),
    "ERI": ("érythréenne",),
    "GIN": ("guinéenne",),
    "IRN": ("iranienne",),
    "IRQ": ("irakienne",),
    "MAR": ("marocaine",),
    "NGA": ("nigériane",),
    "PAK": ("pakistanaise",),
    "ROU": ("roumaine",),
    "SYR": ("syrienne",),
    "TUN": ("tunisienne",),
    "VNM": ("vietnamienne",),
    "YEM": ("yéménite",),
}
_FR_DEMONYMS_M: dict[str, tuple[str, ...]] = {
    "AFG": ("afghan",),
    "ALB": ("albanais",),
    "CHN": ("chinois",),
    "ERI": ("érythréen",),
    "IRN": ("iranien",),
    "IRQ": ("irakien",),
    "NGA": ("nigérian",),
    "SYR": ("syrien",),
    "VNM": ("vietnamien",),
}
_ES_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
    "BLR": ("Bielorrusia",),
    "CHN": ("China",),
    "CIV": ("Costa de Marfil",),
    "CMR": ("Camerún",),
    "COL": ("Colombia",),
    "DEU": ("Alemania",),
    "DZA": ("Argelia",),
    "ECU": ("Ecuador",),
    "EGY": ("Egipto",),
    "ERI": ("Eritrea",),
    "ESP": ("España",),
    "FRA": ("Francia",),
    "GBR": ("Reino Unido",),
    "GIN": ("Guinea Conakry", "Guinea"),
    "GMB": ("Gambia",),
    "GRC": ("Grecia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croacia",),
    "HTI": ("Haití",),
    "HUN": ("Hungría",),
    "IRN": ("Irán",),
    "IRQ": ("Irak",),
    "ITA": ("Italia",),
    "LBY": ("Libia",),
    "MAR": ("Marruecos",),
    "MEX": ("México",),
    "MKD": ("Macedonia del Norte",),
    "MLI": ("Malí", "Mali"),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá",),
    "POL": ("Polonia",),
    "ROU": ("Rumanía",),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE.UU."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
# Spanish (Spain) demonyms, masculine as the police forms have them.
_ES_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("afgano",),
    "BGD": ("bangladesí",),
    "CIV": ("marfileño",),
    "CMR": ("camerunés",),
    "DZA": ("argelino",),
    "EGY": ("egipcio",),
    "ERI": ("eritreo",),
    "GIN": ("guineano (Conakry)", "guineano"),
    "GMB": ("gambiano",),
    "MAR": ("marroquí",),
    "MLI": ("maliense",),
    "NGA": ("nigeriano",),
    "PAK": ("pakistaní",),
    "ROU": ("rumano", "rumana"),
    "SEN": ("senegalés",),
    "SYR": ("sirio",),
    "TUN": ("tunecino",),
}
# Mexican demonyms, feminine or masculine ("personas de nacionalidad venezolana").
_MX_DEMONYMS: dict[str, tuple[str, ...]] = {
    "CHN": ("china", "chino"),
    "COL": ("colombiana", "colombiano"),
    "ECU": ("ecuatoriana", "ecuatoriano"),
    "GTM": ("guatemalteca", "guatemalteco"),
    "HND": ("hondureña", "hondureño"),
    "HTI": ("haitiana", "haitiano"),
    "MEX": ("mexicana", "mexicano"),
    "VEN": ("venezolana", "venezolano"),
}
_MX_NAMES: dict[str, tuple[str, ...]] = {
    **_ES_NAMES,
    "ROU": ("Rumania",),
    "USA": ("Estados Unidos", "EUA", "EE.UU."),
}

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
_ES_MONTHS_ABBR = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "oct",
    "nov",
    "dic",
)


def _name(table: Mapping[str, tuple[str, ...]], code: str, rng: _Rng) -> str:
    """Return a name of ``code`` from ``table``, or its ISO alpha-2 code if it has none."""
    options = table.get(code)
    return choice(rng, options) if options else iso_codes(code)[0]


def _excel_serial(ts: pd.Timestamp) -> int:
    """Excel's day number of a date (1900 date system)."""
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with the year's middle digits swapped (``2022`` -> ``2202``)."""
    text = f"{ts.year:04d}"
    year = int(text[0] + text[2] + text[1] + text[3])
    if year <= ts.year:  # not for the years of the truth, kept for safety
        year = ts.year + 200
    return ts.replace(year=year)


def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """(day, month) of a date that does not exist, in the event's year."""
    return (
        (30, 2),
        (31, 2),
        (31, 4),
        (31, 6),
        (31, 9),
        (31, 11),
    )[int(rng.integers(6))]


def _dms(value: float, pos: str, neg: str, *, deg_width: int = 0) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth (``45°04'17.4"N``) and the value it reads."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    hemi = pos if value >= 0 else neg
    text = f"{deg:0{deg_width}d}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    return text, round((1 if value >= 0 else -1) * tenths / 36000, 7)


def _dm(value: float, pos: str, neg: str, *, deg_width: int) -> tuple[str, float]:
    """Nautical degrees and decimal minutes, Spanish style (``027º 57,074' N``)."""
    thousandths = round(abs(value) * 60000)
    deg, rest = divmod(thousandths, 60000)
    hemi = pos if value >= 0 else neg
    minutes = f"{rest // 1000:02d},{rest % 1000:03d}"
    text = f"{deg:0{deg_width}d}º {minutes}' {hemi}"
    return text, round((1 if value >= 0 else -1) * thousandths / 60000, 7)


# --------------------------------------------------------------------------------------
# One writer per agency
# --------------------------------------------------------------------------------------
class _Writer:
    """How one agency writes an event; subclasses hold the agency's words and formats."""

    CRIME: ClassVar[_Words] = {}
    EXPLOITATION: ClassVar[_Words] = {}
    NO_EXPLOITATION: ClassVar[tuple[str | None, ...]] = (None,)
    GENDER: ClassVar[_Words] = {}
    AGE: ClassVar[_Words] = {}
    TRANSPORT: ClassVar[_Words] = {}
    NA_WORDS: ClassVar[tuple[str, ...]] = ("n/a",)
    COUNT_PLACEHOLDERS: ClassVar[tuple[str | None, ...]] = ("unknown",)
    SUSPECT_PLACEHOLDERS: ClassVar[tuple[str | None, ...]] = ("unknown",)
    ZERO_WORDS: ClassVar[tuple[str, ...]] = ("none",)
    ZERO_WORD_SHARE: ClassVar[float] = 0.4
    LINKED: ClassVar[_Words] = {}
    LINKED_SEPARATORS: ClassVar[tuple[str, ...]] = (", ",)
    NO_LINKED: ClassVar[tuple[str | None, ...]] = (None,)
    COORDS_PLACEHOLDERS: ClassVar[tuple[str, ...]] = ()
    NUMERIC_CELLS: ClassVar[bool] = False  # counts as numbers (XLSX, JSON) or text (CSV)

    # ---- hooks a writer overrides --------------------------------------------------
    def date(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """Return the cell of a full date."""
        raise NotImplementedError

    def month(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """Return the cell of a date known to the month."""
        raise NotImplementedError

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """Return the cell of a date known to the quarter."""
        raise NotImplementedError

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        """Return the cell of an impossible (``bad_date``) or a future date."""
        raise NotImplementedError

    def note_date(self, last: pd.Timestamp) -> object:
        """Return the date written on the note row."""
        raise NotImplementedError

    def count(self, n: int, ev: Mapping[str, object], rng: _Rng) -> object:
        """Return the cell of a known count of persons."""
        return n if self.NUMERIC_CELLS else str(n)

    def country(self, code: str, role: str, ev: Mapping[str, object], rng: _Rng) -> str:
        """Return a country cell; ``role`` is the canonical column."""
        raise NotImplementedError

    def transit(self, codes: list[str], rng: _Rng) -> object:
        """Return the cell of the transit countries, in order (never empty)."""
        raise NotImplementedError

    def no_transit(self, rng: _Rng) -> object:
        """Return the cell of an event with no transit country."""
        return None

    def coordinates(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float]:
        """Coordinate cells and the (lat, lon) they read."""
        raise NotImplementedError

    def gender(self, gender: str, persons: int | None, rng: _Rng) -> tuple[str, list[str]]:
        """Return the sex cell and its tags (``persons``: the count written, if a number)."""
        return choice(rng, self.GENDER[gender]), []

    def extra(self, ev: Mapping[str, object], rng: _Rng) -> _Cells:
        """Cells of columns the record frame does not keep."""
        return {}

    def transport(self, mode: str, ev: Mapping[str, object]) -> tuple[str, ...]:
        """Words for the transport mode of this event (a writer may vary by place)."""
        return self.TRANSPORT[mode]

    # ---- the row ---------------------------------------------------------------------
    def pick(self, rng: _Rng, options: tuple[str, ...], src: ExaminerSource) -> str:
        """One of ``options`` that the source's encoding can hold."""
        ok = tuple(o for o in options if fits(o, src))
        return choice(rng, ok or options)

    def render(
        self,
        src: ExaminerSource,
        ev: dict[str, object],
        rng: _Rng,
        *,
        partial_ok: bool,
        forced_blank: str | None,
    ) -> tuple[_Cells, _Cells, list[str]]:
        """Write one event: (cells by canonical column, expected values, tags)."""
        cells: _Cells = {}
        exp: _Cells = {}
        tags: list[str] = []
        ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

        # date: mostly the day; a few rows give only the month or the quarter
        if partial_ok and rng.random() < _PARTIAL_RATE:
            if rng.random() < 0.5:
                cells["event_date"] = self.month(ts, rng)
                exp["event_date"] = ts.to_period("M").start_time
                exp["date_precision"] = "month"
                tags.append("partial_month")
            else:
                cells["event_date"] = self.quarter(ts, rng)
                exp["event_date"] = ts.to_period("Q").start_time
                exp["date_precision"] = "quarter"
                tags.append("partial_quarter")
        else:
            cells["event_date"] = self.date(ts, rng)
            exp["event_date"] = ts.normalize()
            exp["date_precision"] = "day"

        crime = str(ev["crime_type"])
        cells["crime_type"] = self.pick(rng, self.CRIME[crime], src)
        exp["crime_type"] = crime
        expl = ev["exploitation"]
        if expl is None:
            cells["exploitation"] = self.NO_EXPLOITATION[
                int(rng.integers(len(self.NO_EXPLOITATION)))
            ]
            exp["exploitation"] = None
        else:
            cells["exploitation"] = self.pick(rng, self.EXPLOITATION[str(expl)], src)
            exp["exploitation"] = str(expl)

        persons = int(ev["n_persons"])  # type: ignore[call-overload]
        written: int | None = persons
        if rng.random() < _COUNT_PLACEHOLDER_RATE:
            cells["n_persons"] = self.COUNT_PLACEHOLDERS[
                int(rng.integers(len(self.COUNT_PLACEHOLDERS)))
            ]
            exp["n_persons"] = None
            written = None
            tags.append("count_placeholder")
        else:
            cells["n_persons"] = self.count(persons, ev, rng)
            exp["n_persons"] = persons
            if isinstance(cells["n_persons"], str) and not cells["n_persons"].isdigit():
                tags.append("count_text")

        suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
        if forced_blank == "n_suspects":
            cells["n_suspects"] = None
            exp["n_suspects"] = None
            tags.append("blank_n_suspects")
        elif rng.random() < _SUSPECT_PLACEHOLDER_RATE:
            cells["n_suspects"] = self.SUSPECT_PLACEHOLDERS[
                int(rng.integers(len(self.SUSPECT_PLACEHOLDERS)))
            ]
            exp["n_suspects"] = None
            tags.append("suspects_placeholder")
        else:
            if suspects == 0 and rng.random() < self.ZERO_WORD_SHARE:
                cells["n_suspects"] = choice(rng, self.ZERO_WORDS)
                tags.append("zero_word")
            else:
                cells["n_suspects"] = suspects if self.NUMERIC_CELLS else str(suspects)
            exp["n_suspects"] = suspects

        gender = str(ev["gender"])
        if forced_blank == "gender":
            cells["gender"] = None
            exp["gender"] = "unknown"
            tags.append("blank_gender")
        else:
            cells["gender"], more = self.gender(gender, written, rng)
            exp["gender"] = gender
            tags += more

        for col in ("age_group", "transport_mode"):
            value = str(ev[col])
            if rng.random() < _NA_RATE:
                cells[col] = choice(rng, self.NA_WORDS)
                exp[col] = "unknown"
                tags.append("na_word")
            else:
                words = self.AGE[value] if col == "age_group" else self.transport(value, ev)
                cells[col] = self.pick(rng, words, src)
                exp[col] = value

        for col in ("nationality", "origin_country", "destination_country", "detection_country"):
            code = ev[col]
            if forced_blank == col or code is None:
                cells[col] = None
                exp[col] = None
                if forced_blank == col:
                    tags.append(f"blank_{col}")
                continue
            text = self.country(str(code), col, ev, rng)
            if not fits(text, src):
                text = iso_codes(str(code))[0]
            if "Ã" in text:  # UTF-8 read as Windows-1252 somewhere upstream
                tags.append("mojibake")
            cells[col] = text
            exp[col] = str(code)

        transit = ev["transit_countries"]
        if transit is None:
            cells["transit_countries"] = self.no_transit(rng)
            exp["transit_countries"] = None
        else:
            cells["transit_countries"] = self.transit(str(transit).split("|"), rng)
            exp["transit_countries"] = str(transit)

        lat, lon = ev["lat"], ev["lon"]
        coord_cols = [c for c in ("coordinates", "lat", "lon") if c in src.headers]
        r = rng.random()
        if forced_blank == "coordinates" or lat is None or lon is None:
            cells.update(dict.fromkeys(coord_cols))
            exp["lat"] = exp["lon"] = None
            if forced_blank == "coordinates":
                tags.append("blank_coordinates")
        elif r < _COORDS_MISSING_RATE:
            cells.update(dict.fromkeys(coord_cols))
            exp["lat"] = exp["lon"] = None
            tags.append("coords_missing")
        elif self.COORDS_PLACEHOLDERS and r < _COORDS_MISSING_RATE + _COORDS_PLACEHOLDER_RATE:
            word = choice(rng, self.COORDS_PLACEHOLDERS)
            cells.update(dict.fromkeys(coord_cols, word))
            exp["lat"] = exp["lon"] = None
            tags.append("coords_placeholder")
        else:
            written_cells, exp["lat"], exp["lon"] = self.coordinates(
                float(lat),  # type: ignore[arg-type]
                float(lon),  # type: ignore[arg-type]
                rng,
            )
            cells.update(written_cells)

        linked = ev["linked_offences"]
        if linked is None:
            cells["linked_offences"] = self.NO_LINKED[int(rng.integers(len(self.NO_LINKED)))]
            exp["linked_offences"] = None
        else:
            parts = [self.pick(rng, self.LINKED[o], src) for o in str(linked).split("|")]
            cells["linked_offences"] = choice(rng, self.LINKED_SEPARATORS).join(parts)
            exp["linked_offences"] = str(linked)

        cells.update(self.extra(ev, rng))
        return cells, exp, tags


class _Pnuskok(_Writer):
    """Croatia, PNUSKOK: English with Croatian habits, Windows-1250, ``;``."""

    CRIME: ClassVar[_Words] = {
        "smuggling": (
            "Art. 326 CC",
            "Art. 326 CC",
            "Art. 326 para. 1 CC",
            "Art. 326 CC (illegal entry, movement and stay in RH)",
            "čl. 326 KZ",
            "Article 326 Criminal Code - smuggling of migrants",
            "Art.326 CC RH",
        ),
        "trafficking": (
            "Art. 106 CC",
            "Art. 106 CC (trafficking in human beings)",
            "čl. 106 KZ",
            "THB - Art. 106 CC",
        ),
        "both": (
            "Art. 106 + Art. 326 CC",
            "čl. 106 i čl. 326 KZ",
            "THB and smuggling (Art. 106, 326 CC)",
        ),
    }
    EXPLOITATION: ClassVar[_Words] = {
        "sexual": ("sexual exploitation", "sexual", "prostitution"),
        "forced_labour": ("labour exploitation", "forced labour", "work exploitation"),
        "forced_criminality": ("forced criminal activities", "forced to commit crimes"),
        "organ_removal": ("removal of organs",),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other form of exploitation"),
    }
    NO_EXPLOITATION: ClassVar[tuple[str | None, ...]] = (None, "-", "n/a")
    GENDER: ClassVar[_Words] = {
        "male": ("M", "M", "male"),
        "female": ("F", "F", "female"),
        "mixed": ("M/F", "M+F", "mixed"),
    }
    AGE: ClassVar[_Words] = {
        "adult": ("adult", "adults", "18+"),
        "child": ("minor", "minors", "UAM"),
        "mixed": ("adults and minors", "mixed", "adults + UAM"),
    }
    TRANSPORT: ClassVar[_Words] = {
        "land": (
            "on foot",
            "on foot",
            "truck",
            "lorry (hidden in cargo space)",
            "passenger car",
            "van",
            "taxi",
            "freight train",
        ),
        "sea": ("boat", "rubber dinghy", "speedboat", "sailing yacht"),
        "air": ("by plane", "air (Zagreb Airport)"),
    }
    NA_WORDS: ClassVar[tuple[str, ...]] = ("n/a", "N/A")
    COUNT_PLACEHOLDERS: ClassVar[tuple[str | None, ...]] = ("unknown", "N/K", "n/k")
    SUSPECT_PLACEHOLDERS: ClassVar[tuple[str | None, ...]] = ("unknown", "N/K")
    ZERO_WORDS: ClassVar[tuple[str, ...]] = ("none", "nil")
    LINKED: ClassVar[_Words] = {
        "document_fraud": ("forgery of documents (Art. 278 CC)", "forged documents"),
        "corruption": ("bribery", "abuse of office (Art. 291 CC)"),
        "money_laundering": ("money laundering (Art. 265 CC)", "money laundering"),
        "illicit_goods": ("drug trafficking (Art. 190 CC)", "illegal weapons"),
        "cybercrime": ("computer fraud", "cybercrime"),
        "terrorism": ("terrorism",),
    }
    LINKED_SEPARATORS: ClassVar[tuple[str, ...]] = (", ", " + ")
    NO_LINKED: ClassVar[tuple[str | None, ...]] = (None, None, "-", "none")
    COORDS_PLACEHOLDERS: ClassVar[tuple[str, ...]] = ("not recorded",)

    def date(self, ts: pd.Timestamp, rng: _Rng) -> object:
        d, m, y = ts.day, ts.month, ts.year
        r = rng.random()
        if r < 0.55:
            return f"{d:02d}.{m:02d}.{y}."
        if r < 0.70:
            return f"{d}.{m}.{y}."
        if r < 0.82:
            return f"{d}. {m}. {y}."
        if r < 0.94:
            return f"{d:02d}.{m:02d}.{y}"
        return f"{d:02d}/{m:02d}/{y}"

    def month(self, ts: pd.Timestamp, rng: _Rng) -> object:
        if rng.random() < 0.5:
            return f"{ts.month:02d}.{ts.year}."
        return f"{MONTHS[ts.month - 1]} {ts.year}"

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> object:
        q = ts.quarter
        if rng.random() < 0.5:
            return f"Q{q} {ts.year}"
        return f"{('1st', '2nd', '3rd', '4th')[q - 1]} quarter {ts.year}"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "future_date":
            fut = _future(ts)
            return f"{fut.day:02d}.{fut.month:02d}.{fut.year}."
        d, m = _impossible(ts, rng)
        return f"{d:02d}.{m:02d}.{ts.year}."

    def note_date(self, last: pd.Timestamp) -> object:
        day = last + pd.Timedelta(days=6)
        return f"{day.day:02d}.{day.month:02d}.{day.year}."

    def count(self, n: int, ev: Mapping[str, object], rng: _Rng) -> object:
        if n >= 1000 and rng.random() < 0.7:
            return f"{n:,}".replace(",", ".")
        return str(n)

    def country(self, code: str, role: str, ev: Mapping[str, object], rng: _Rng) -> str:
        r = rng.random()
        if role == "detection_country":
            if code == "HRV":
                return choice(rng, ("Croatia", "Republic of Croatia", "RH", "HR"))
            return _name(_EN_NAMES, code, rng) if r < 0.7 else iso_codes(code)[0]
        if role == "nationality":
            if r < 0.40:
                return _name(_EN_NAMES, code, rng)
            if r < 0.78:
                return _name(_EN_DEMONYMS, code, rng)
            if r < 0.92 and code in _HR_NAMES:
                return _name(_HR_NAMES, code, rng)
            return iso_codes(code)[0]
        if r < 0.8 or code not in _HR_NAMES:
            return _name(_EN_NAMES, code, rng)
        return _name(_HR_NAMES, code, rng)

    def transit(self, codes: list[str], rng: _Rng) -> object:
        r = rng.random()
        if r < 0.45:
            return "-".join(iso_codes(c)[0] for c in codes)
        if r < 0.85:
            return " - ".join(_name(_EN_NAMES, c, rng) for c in codes)
        return ", ".join(_name(_HR_NAMES if c in _HR_NAMES else _EN_NAMES, c, rng) for c in codes)

    def no_transit(self, rng: _Rng) -> object:
        return choice(rng, ("", "-", "direct")) or None

    def coordinates(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float]:
        if rng.random() < 0.7:
            lat_text, lat_value = _dms(lat, "N", "S")
            lon_text, lon_value = _dms(lon, "E", "W")
            return {"coordinates": f"{lat_text} {lon_text}"}, lat_value, lon_value
        la, lo = round(lat, 5), round(lon, 5)
        text = f"{abs(la):.5f} {'N' if la >= 0 else 'S'}, {abs(lo):.5f} {'E' if lo >= 0 else 'W'}"
        return {"coordinates": text}, la, lo

    def extra(self, ev: Mapping[str, object], rng: _Rng) -> _Cells:
        if ev["detection_country"] == "HRV":
            west = ev["lon"] is not None and float(str(ev["lon"])) < 17.0  # Cetingrad side
            return {"unit": "PU karlovačka" if west else "PU vukovarsko-srijemska"}
        return {"unit": choice(rng, ("partner info (ILO Athens)", "partner information"))}


class _Gdbop(_Writer):
    """Bulgaria, GDBOP: JSON lines with camelCase English keys."""

    CRIME: ClassVar[_Words] = {
        "smuggling": (
            "migrant smuggling",
            "facilitation of illegal immigration",
            "SoM",
            "smuggling of migrants (Art. 280 PC)",
        ),
        "trafficking": (
            "THB",
            "trafficking in human beings",
            "human trafficking (Art. 159a PC)",
        ),
        "both": ("THB + SoM", "THB / migrant smuggling", "trafficking and smuggling"),
    }
    EXPLOITATION: ClassVar[_Words] = {
        "sexual": ("sexual", "sexual exploitation"),
        "forced_labour": ("labour", "labour exploitation"),
        "forced_criminality": ("forced criminality", "criminal activities"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    }
    NO_EXPLOITATION: ClassVar[tuple[str | None, ...]] = (None, None, "N/A", "not applicable")
    GENDER: ClassVar[_Words] = {
        "male": ("male", "M"),
        "female": ("female", "F"),
        "mixed": ("mixed", "M/F"),
    }
    AGE: ClassVar[_Words] = {
        "adult": ("adult", "adults"),
        "child": ("minor", "minors"),
        "mixed": ("mixed", "adults & minors"),
    }
    TRANSPORT: ClassVar[_Words] = {
        "land": ("land", "truck", "car", "on foot", "bus"),
        "sea": ("sea", "boat", "rubber boat", "fishing vessel"),
        "air": ("air", "flight"),
    }
    NA_WORDS: ClassVar[tuple[str, ...]] = ("n/a",)
    COUNT_PLACEHOLDERS: ClassVar[tuple[str | None, ...]] = (None, "unknown")
    SUSPECT_PLACEHOLDERS: ClassVar[tuple[str | None, ...]] = (None, "unknown")
    ZERO_WORDS: ClassVar[tuple[str, ...]] = ("none",)
    ZERO_WORD_SHARE: ClassVar[float] = 0.3
    LINKED: ClassVar[_Words] = {
        "document_fraud": ("document fraud", "false documents"),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking", "excise goods smuggling"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    }
    LINKED_SEPARATORS: ClassVar[tuple[str, ...]] = ("; ",)
    NUMERIC_CELLS: ClassVar[bool] = True

    def date(self, ts: pd.Timestamp, rng: _Rng) -> object:
        r = rng.random()
        if r < 0.55:
            return ts.strftime("%Y-%m-%d")
        if r < 0.70:
            return ts.strftime("%Y-%m-%dT00:00:00")
        if r < 0.85:
            return ts.strftime("%d.%m.%Y") + " г."
        if r < 0.95:
            return ts.strftime("%d.%m.%Y")
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"

    def month(self, ts: pd.Timestamp, rng: _Rng) -> object:
        return ts.strftime("%Y-%m")

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> object:
        return f"{ts.year}-Q{ts.quarter}" if rng.random() < 0.7 else f"Q{ts.quarter} {ts.year}"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "future_date":
            return _future(ts).strftime("%Y-%m-%d")
        d, m = _impossible(ts, rng)
        return f"{ts.year}-{m:02d}-{d:02d}"

    def note_date(self, last: pd.Timestamp) -> object:
        return (last + pd.Timedelta(days=3)).strftime("%Y-%m-%d")

    def count(self, n: int, ev: Mapping[str, object], rng: _Rng) -> object:
        return str(n) if rng.random() < 0.1 else n

    def country(self, code: str, role: str, ev: Mapping[str, object], rng: _Rng) -> str:
        if role == "nationality":
            return iso_codes(code)[0] if rng.random() < 0.9 else code
        if role == "detection_country":
            return iso_codes(code)[0] if rng.random() < 0.6 else _name(_EN_NAMES, code, rng)
        return _name(_EN_NAMES, code, rng)

    def transit(self, codes: list[str], rng: _Rng) -> object:
        alpha2 = [iso_codes(c)[0] for c in codes]
        return alpha2 if rng.random() < 0.6 else " > ".join(alpha2)

    def no_transit(self, rng: _Rng) -> object:
        return [] if rng.random() < 0.3 else None

    def coordinates(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float]:
        digits = 4 if rng.random() < 0.5 else 5
        la, lo = round(lat, digits), round(lon, digits)
        if rng.random() < 0.1:
            return {"lat": f"{la:.{digits}f}", "lon": f"{lo:.{digits}f}"}, la, lo
        return {"lat": la, "lon": lo}, la, lo

    def extra(self, ev: Mapping[str, object], rng: _Rng) -> _Cells:
        return {"channel": choice(rng, ("SIENA", "SIENA", "ILO network", "bilateral", "JIT"))}


class _PjLille(_Writer):
    """France, police judiciaire (DZPJ Nord, Lille): XLSX, French."""

    CRIME: ClassVar[_Words] = {
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers (art. L.823-1 CESEDA)",
            "art. L.823-1 CESEDA",
            "L.622-1 CESEDA",
            "aide à l'entrée irrégulière en bande organisée (L.823-3 CESEDA)",
            "aide à l'entrée irrégulière d'étrangers",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "art. 225-4-1 du code pénal",
            "traite des êtres humains",
        ),
        "both": (
            "TEH + aide au séjour irrégulier",
            "225-4-1 CP / L.823-1 CESEDA",
            "traite et aide à l'entrée irrégulière",
        ),
    }
    EXPLOITATION: ClassVar[_Words] = {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme d'exploitation"),
    }
    NO_EXPLOITATION: ClassVar[tuple[str | None, ...]] = (None, None, "sans objet", "-")
    GENDER: ClassVar[_Words] = {
        "male": ("H", "H", "hommes"),
        "female": ("F", "F", "femmes"),
        "mixed": ("H/F", "mixte"),
    }
    AGE: ClassVar[_Words] = {
        "adult": ("majeur", "majeurs", "adultes"),
        "child": ("mineur", "mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    }
    TRANSPORT: ClassVar[_Words] = {
        "land": (
            "poids lourd (PL)",
            "camion",
            "véhicule léger",
            "à pied",
            "train",
            "autocar",
            "fourgon",
        ),
        "sea": ("small boat", "small boat", "embarcation pneumatique", "bateau"),
        "air": ("voie aérienne", "avion"),
    }
    NA_WORDS: ClassVar[tuple[str, ...]] = ("s.o.", "sans objet")
    COUNT_PLACEHOLDERS: ClassVar[tuple[str | None, ...]] = ("NC", "inconnu", "non déterminé")
    SUSPECT_PLACEHOLDERS: ClassVar[tuple[str | None, ...]] = ("NC", "inconnu")
    ZERO_WORDS: ClassVar[tuple[str, ...]] = ("néant", "aucun")
    ZERO_WORD_SHARE: ClassVar[float] = 0.5
    LINKED: ClassVar[_Words] = {
        "document_fraud": ("faux et usage de faux", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("trafic de stupéfiants", "contrebande de tabac"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    }
    LINKED_SEPARATORS: ClassVar[tuple[str, ...]] = (" ; ", ", ")
    NO_LINKED: ClassVar[tuple[str | None, ...]] = (None, None, "néant")
    NUMERIC_CELLS: ClassVar[bool] = True

    def date(self, ts: pd.Timestamp, rng: _Rng) -> object:
        r = rng.random()
        if r < 0.7:
            return ts.to_pydatetime()
        if r < 0.82:
            return ts.strftime("%d/%m/%Y")
        if r < 0.9:
            return _excel_serial(ts)
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"

    def month(self, ts: pd.Timestamp, rng: _Rng) -> object:
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}"

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> object:
        q = ts.quarter
        if rng.random() < 0.5:
            return f"T{q} {ts.year}"
        return f"{'1er' if q == 1 else f'{q}e'} trimestre {ts.year}"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "future_date":
            return _future(ts).to_pydatetime()
        d, m = _impossible(ts, rng)
        return f"{d:02d}/{m:02d}/{ts.year}"

    def note_date(self, last: pd.Timestamp) -> object:
        return (last + pd.Timedelta(days=4)).to_pydatetime()

    def count(self, n: int, ev: Mapping[str, object], rng: _Rng) -> object:
        if ev["age_group"] == "mixed" and n >= 3 and rng.random() < 0.2:
            minors = int(rng.integers(1, n))
            return f"{n} (dont {minors} mineur{'s' if minors > 1 else ''})"
        return n

    def gender(self, gender: str, persons: int | None, rng: _Rng) -> tuple[str, list[str]]:
        if persons is not None and persons <= 60 and rng.random() < 0.15:
            if gender == "male":
                return f"{persons} H", ["gender_heads"]
            if gender == "female":
                return f"{persons} F", ["gender_heads"]
            men = int(rng.integers(1, persons))
            return f"{men} H / {persons - men} F", ["gender_heads"]
        return choice(rng, self.GENDER[gender]), []

    def country(self, code: str, role: str, ev: Mapping[str, object], rng: _Rng) -> str:
        r = rng.random()
        if role == "nationality":
            if r < 0.45 and code in _FR_DEMONYMS_F:
                return _name(_FR_DEMONYMS_F, code, rng)
            if r < 0.6 and code in _FR_DEMONYMS_M and ev["gender"] == "male":
                return _name(_FR_DEMONYMS_M, code, rng)
            if r < 0.9:
                return _name(_FR_NAMES, code, rng)
            return code
        if code == "GBR" and role in ("destination_country", "detection_country"):
            return choice(rng, ("Royaume-Uni", "Royaume-Uni", "Angleterre", "UK"))
        if role == "detection_country" and code == "FRA" and r < 0.2:
            return "FR"
        return _name(_FR_NAMES, code, rng)

    def transit(self, codes: list[str], rng: _Rng) -> object:
        sep = choice(rng, (", ", " / ", " puis "))
        return sep.join(_name(_FR_NAMES, c, rng) for c in codes)

    def coordinates(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float]:
        la, lo = round(lat, 5), round(lon, 5)
        if rng.random() < 0.2:
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
            )
        return {"lat": la, "lon": lo}, la, lo

    def extra(self, ev: Mapping[str, object], rng: _Rng) -> _Cells:
        return {
            "service": choice(
                rng,
                (
                    "DZPJ Nord - Lille",
                    "Antenne PJ de Coquelles",
                    "Antenne PJ de Dunkerque",
                    "ECE FR-UK",
                ),
            )
        }


class _BpefCate(_Writer):
    """Spain, Policía Nacional (BPEF / CATE): Latin-1, ``|``."""

    CRIME: ClassVar[_Words] = {
        "smuggling": (
            "318 bis CP",
            "art. 318 bis CP",
            "Favorecimiento inmigración ilegal (318 bis)",
            "Delito contra los derechos de los ciudadanos extranjeros",
        ),
        "trafficking": ("177 bis CP", "Trata de seres humanos (177 bis)", "TSH"),
        "both": ("177 bis y 318 bis CP", "TSH + 318 bis"),
    }
    EXPLOITATION: ClassVar[_Words] = {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "laboral"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    }
    NO_EXPLOITATION: ClassVar[tuple[str | None, ...]] = (None, None, "no procede", "-")
    GENDER: ClassVar[_Words] = {
        "male": ("H", "H", "hombres", "varones"),
        "female": ("M", "M", "mujeres"),
        "mixed": ("H/M", "mixto", "ambos"),
    }
    AGE: ClassVar[_Words] = {
        "adult": ("adultos", "adulto", "mayores de edad"),
        "child": ("menores", "menor", "MENA"),
        "mixed": ("adultos y menores", "mixto"),
    }
    TRANSPORT: ClassVar[_Words] = {
        "sea": ("patera", "neumática", "embarcación neumática"),
        "land": ("a pie", "vehículo (doble fondo)", "camión", "autobús", "turismo"),
        "air": ("vía aérea", "avión", "aeropuerto"),
    }
    NA_WORDS: ClassVar[tuple[str, ...]] = ("no consta",)
    COUNT_PLACEHOLDERS: ClassVar[tuple[str | None, ...]] = ("s/d", "desconocido", "sin determinar")
    SUSPECT_PLACEHOLDERS: ClassVar[tuple[str | None, ...]] = ("s/d", "desconocido")
    ZERO_WORDS: ClassVar[tuple[str, ...]] = ("ninguno",)
    LINKED: ClassVar[_Words] = {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    }
    LINKED_SEPARATORS: ClassVar[tuple[str, ...]] = (", ", " y ")
    NO_LINKED: ClassVar[tuple[str | None, ...]] = (None, None, "-")
    COORDS_PLACEHOLDERS: ClassVar[tuple[str, ...]] = ("sin posición",)

    def date(self, ts: pd.Timestamp, rng: _Rng) -> object:
        r = rng.random()
        if r < 0.6:
            return ts.strftime("%d/%m/%Y")
        if r < 0.75:
            return ts.strftime("%d-%m-%Y")
        if r < 0.9:
            return ts.strftime("%d/%m/%y")
        return f"{ts.day} {_ES_MONTHS_ABBR[ts.month - 1]}. {ts.year}"

    def month(self, ts: pd.Timestamp, rng: _Rng) -> object:
        if rng.random() < 0.5:
            return f"{_ES_MONTHS[ts.month - 1]} {ts.year}"
        return f"{ts.month:02d}/{ts.year}"

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> object:
        q = ts.quarter
        if rng.random() < 0.5:
            return f"{q}T {ts.year}"
        return f"{q}{'er' if q in (1, 3) else 'º'} trimestre {ts.year}"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "future_date":
            return _future(ts).strftime("%d/%m/%Y")
        d, m = _impossible(ts, rng)
        return f"{d:02d}/{m:02d}/{ts.year}"

    def note_date(self, last: pd.Timestamp) -> object:
        return (last + pd.Timedelta(days=10)).strftime("%d/%m/%Y")

    def count(self, n: int, ev: Mapping[str, object], rng: _Rng) -> object:
        return f"{n:,}".replace(",", ".")

    def country(self, code: str, role: str, ev: Mapping[str, object], rng: _Rng) -> str:
        r = rng.random()
        if role == "nationality":
            if r < 0.6 and code in _ES_DEMONYMS:
                text = _name(_ES_DEMONYMS, code, rng)
            elif r < 0.92:
                text = _name(_ES_NAMES, code, rng)
            else:
                return iso_codes(code)[0]
        elif role == "detection_country":
            if code == "ESP":
                return choice(rng, ("España", "España", "ES", "ESP"))
            text = _name(_ES_NAMES, code, rng)
        else:
            text = _name(_ES_NAMES, code, rng)
        if role in ("nationality", "origin_country") and rng.random() < _MOJIBAKE_RATE:
            garbled = mojibake(text)
            if garbled is not None:
                return garbled
        return text

    def transit(self, codes: list[str], rng: _Rng) -> object:
        sep = choice(rng, ("-", " / ", ", "))
        return sep.join(_name(_ES_NAMES, c, rng) for c in codes)

    def coordinates(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float]:
        if rng.random() < 0.6:
            lat_text, lat_value = _dm(lat, "N", "S", deg_width=2)
            lon_text, lon_value = _dm(lon, "E", "W", deg_width=3)
            return {"coordinates": f"{lat_text} {lon_text}"}, lat_value, lon_value
        la, lo = round(lat, 5), round(lon, 5)
        text = f"{la:.5f}".replace(".", ",") + " / " + f"{lo:.5f}".replace(".", ",")
        return {"coordinates": text}, la, lo

    def transport(self, mode: str, ev: Mapping[str, object]) -> tuple[str, ...]:
        place = str(ev["hotspot"])
        if mode == "sea":
            if place in _CANARIES:
                return ("cayuco", "cayuco", "neumática", "patera")
            return ("patera", "patera", "neumática", "embarcación neumática", "moto de agua")
        if mode == "land" and place in ("Ceuta", "Melilla"):
            return ("a pie", "salto de valla", "salto de valla", "vehículo (doble fondo)")
        return self.TRANSPORT[mode]

    def extra(self, ev: Mapping[str, object], rng: _Rng) -> _Cells:
        return {"place": str(ev["hotspot"])}


class _Cni(_Writer):
    """Mexico, Centro Nacional de Inteligencia: UTF-16, tab, Mexican Spanish."""

    CRIME: ClassVar[_Words] = {
        "smuggling": (
            "Tráfico de personas (art. 159 LM)",
            "tráfico de personas",
            "Art. 159 Ley de Migración",
            "tráfico ilícito de migrantes",
            "tráfico de indocumentados",
        ),
        "trafficking": (
            "Trata de personas",
            "trata (LGPSEDMTP art. 10)",
            "Art. 10 Ley General en materia de Trata de Personas",
        ),
        "both": ("Trata y tráfico de personas", "trata / tráfico ilícito de migrantes"),
    }
    EXPLOITATION: ClassVar[_Words] = {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("trabajos forzados", "explotación laboral"),
        "forced_criminality": ("actividades delictivas", "reclutamiento para delinquir"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    }
    NO_EXPLOITATION: ClassVar[tuple[str | None, ...]] = (None, "no aplica", "N/A")
    GENDER: ClassVar[_Words] = {
        "male": ("hombres", "H", "masculino"),
        "female": ("mujeres", "M", "femenino"),
        "mixed": ("mixto", "ambos sexos", "H y M"),
    }
    AGE: ClassVar[_Words] = {
        "adult": ("adultos", "mayores de edad"),
        "child": ("NNA", "menores", "NNA no acompañados"),
        "mixed": ("adultos y NNA", "mixto"),
    }
    TRANSPORT: ClassVar[_Words] = {
        "land": (
            "a pie",
            "a pie",
            "tractocamión",
            "caja seca de tráiler",
            "autobús",
            "vehículo particular",
            "tren de carga",
        ),
        "sea": ("lancha", "embarcación"),
        "air": ("vía aérea", "avión"),
    }
    NA_WORDS: ClassVar[tuple[str, ...]] = ("no aplica",)
    COUNT_PLACEHOLDERS: ClassVar[tuple[str | None, ...]] = ("N/D", "S/D", "sin dato")
    SUSPECT_PLACEHOLDERS: ClassVar[tuple[str | None, ...]] = ("N/D", "sin dato")
    ZERO_WORDS: ClassVar[tuple[str, ...]] = ("ninguno", "cero")
    LINKED: ClassVar[_Words] = {
        "document_fraud": ("falsificación de documentos", "uso de documento falso"),
        "corruption": ("cohecho",),
        "money_laundering": ("operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("delitos cibernéticos",),
        "terrorism": ("terrorismo",),
    }
    LINKED_SEPARATORS: ClassVar[tuple[str, ...]] = ("; ", ", ")
    NO_LINKED: ClassVar[tuple[str | None, ...]] = (None, None, "ninguno")
    COORDS_PLACEHOLDERS: ClassVar[tuple[str, ...]] = ("sin coordenadas",)

    def date(self, ts: pd.Timestamp, rng: _Rng) -> object:
        r = rng.random()
        abbr = _ES_MONTHS_ABBR[ts.month - 1]
        if r < 0.45:
            return ts.strftime("%d/%m/%Y")
        if r < 0.65:
            return f"{ts.day:02d}/{abbr}/{ts.year}"
        if r < 0.75:
            return f"{ts.day:02d}-{abbr.upper()}-{ts.year}"
        if r < 0.9:
            return ts.strftime("%Y-%m-%d")
        return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"

    def month(self, ts: pd.Timestamp, rng: _Rng) -> object:
        name = _ES_MONTHS[ts.month - 1]
        return f"{name} de {ts.year}" if rng.random() < 0.5 else f"{name.upper()} {ts.year}"

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> object:
        q = ts.quarter
        if rng.random() < 0.5:
            return f"T{q}/{ts.year}"
        return f"{('1er', '2do', '3er', '4to')[q - 1]} trimestre {ts.year}"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "future_date":
            return _future(ts).strftime("%d/%m/%Y")
        d, m = _impossible(ts, rng)
        return f"{d:02d}/{m:02d}/{ts.year}"

    def note_date(self, last: pd.Timestamp) -> object:
        return (last + pd.Timedelta(days=15)).strftime("%d/%m/%Y")

    def count(self, n: int, ev: Mapping[str, object], rng: _Rng) -> object:
        return f"{n:,}"

    def country(self, code: str, role: str, ev: Mapping[str, object], rng: _Rng) -> str:
        r = rng.random()
        if role == "nationality":
            if r < 0.6 and code in _MX_DEMONYMS:
                return _name(_MX_DEMONYMS, code, rng)
            if r < 0.9:
                return _name(_MX_NAMES, code, rng)
            return code
        if role == "detection_country" and r < 0.2:
            return code
        return _name(_MX_NAMES, code, rng)

    def transit(self, codes: list[str], rng: _Rng) -> object:
        if rng.random() < 0.2:
            return "-".join(codes)
        sep = choice(rng, (", ", " - ", " y "))
        return sep.join(_name(_MX_NAMES, c, rng) for c in codes)

    def coordinates(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float]:
        if rng.random() < 0.6:
            la, lo = round(lat, 5), round(lon, 5)
            return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
        lat_text, lat_value = _dms(lat, "N", "S")
        lon_text, lon_value = _dms(lon, "E", "W")
        return {"coordinates": f"{lat_text} {lon_text}"}, lat_value, lon_value

    def transport(self, mode: str, ev: Mapping[str, object]) -> tuple[str, ...]:
        if ev["detection_country"] == "PAN" and mode == "land":  # the Darién is walked
            return ("a pie", "a pie", "a pie (selva)", "caminando")
        return self.TRANSPORT[mode]

    def extra(self, ev: Mapping[str, object], rng: _Rng) -> _Cells:
        if ev["detection_country"] == "PAN":
            return {"via": choice(rng, ("SENAFRONT (enlace)", "SNM Panamá", "Agregaduría Panamá"))}
        return {"via": choice(rng, ("USBP (enlace)", "CBP (enlace)", "Consulado de México"))}


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_HR = ExaminerSource(
    source="pnuskok_hr",
    filename="pnuskok_hr_ce.csv",
    ref="511-01-43-K-{seq}/{yy:02d}",
    format="csv",
    encoding="cp1250",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Case no. / Broj",
        "event_date": "Date of detection / Datum (dd.mm.yyyy.)",
        "unit": "Police Administration",
        "crime_type": "Criminal offence (CC RH)",
        "exploitation": "Form of exploitation",
        "n_persons": "No. of migrants/victims (pers.)",
        "n_suspects": "No. of perpetrators",
        "gender": "Sex / Spol (M/F)",
        "age_group": "Adult / minor",
        "nationality": "Citizenship / Državljanstvo",
        "origin_country": "Country of origin",
        "destination_country": "Final destination",
        "detection_country": "State of detection",
        "transit_countries": "Transit route",
        "transport_mode": "Means of transport",
        "coordinates": "GPS (WGS84)",
        "linked_offences": "Related offences",
    },
    note="Note: provisional data, MUP information system extract - not for further release",
    total="TOTAL",
    bad_count=("several", "group", "many"),
    repeats=False,
)
_BG = ExaminerSource(
    source="gdbop_bg",
    filename="gdbop_bg_ce.jsonl",
    ref="GDBOP-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseRef",
        "channel": "reportingChannel",
        "event_date": "detectionDate",
        "detection_country": "detectionCountry",
        "crime_type": "offenceType",
        "exploitation": "exploitationForm",
        "n_persons": "personsDetected",
        "n_suspects": "facilitators",
        "nationality": "nationalityIso2",
        "origin_country": "countryOfOrigin",
        "destination_country": "destinationCountry",
        "transit_countries": "transitCountries",
        "gender": "sex",
        "age_group": "ageGroup",
        "transport_mode": "transportMeans",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associatedCrimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "group"),
    repeats=True,
)
_FR = ExaminerSource(
    source="pj_lille_fr",
    filename="pj_lille_fr_ce.xlsx",
    ref="{year}/{seq:06d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "event_date": "Date des faits",
        "source_ref": "N° de procédure",
        "service": "Service saisi",
        "crime_type": "Qualification pénale",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nb de personnes (étrangers / victimes)",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe (H/F)",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de transport",
        "lat": "Latitude (WGS84, °)",
        "lon": "Longitude (WGS84, °)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, extraction LRPPN - diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
)
_ES = ExaminerSource(
    source="bpef_cate_es",
    filename="bpef_cate_es_ce.csv",
    ref="{seq:05d}/{yy:02d}-BPEF",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "Nº Diligencias",
        "event_date": "Fecha intervención",
        "place": "Lugar / CATE",
        "detection_country": "País intervención",
        "transport_mode": "Medio",
        "n_persons": "Nº personas",
        "gender": "Sexo (H/M)",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Países tránsito/salida",
        "destination_country": "País destino",
        "crime_type": "Tipificación (CP)",
        "exploitation": "Finalidad explotación",
        "n_suspects": "Detenidos (patrones/captadores)",
        "coordinates": "Posición (lat/long)",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales sujetos a revisión - fuente ADEXTTRA",
    total="TOTALES",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=True,
)
_MX = ExaminerSource(
    source="cni_mx",
    filename="cni_mx_ce.csv",
    ref="CNI/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "detection_country": "País donde ocurrió el evento",
        "via": "Fuente primaria",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Personas (migrantes / víctimas)",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a validación",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo", "muchos"),
    repeats=False,
)

#: The variant's five sources, in the order :func:`make_blind81` returns them.
BLIND81_SOURCES: tuple[ExaminerSource, ...] = (_HR, _BG, _FR, _ES, _MX)

_WRITERS: dict[str, _Writer] = {
    "pnuskok_hr": _Pnuskok(),
    "gdbop_bg": _Gdbop(),
    "pj_lille_fr": _PjLille(),
    "bpef_cate_es": _BpefCate(),
    "cni_mx": _Cni(),
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    return _WRITERS[src.source].render(
        src, ev, rng, partial_ok=partial_ok, forced_blank=forced_blank
    )


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    return _WRITERS[src.source].bad_date(ts, kind, rng)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    return _WRITERS[src.source].note_date(last)


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND81_SOURCES,
    primary={
        "HRV": "pnuskok_hr",
        "GRC": "gdbop_bg",
        "ITA": "gdbop_bg",
        "POL": "gdbop_bg",
        "FRA": "pj_lille_fr",
        "GBR": "pj_lille_fr",
        "ESP": "bpef_cate_es",
        "PAN": "cni_mx",
        "USA": "cni_mx",
    },
    compilation="cni_mx",
    secondary={
        ("wbal", "HRV"): "gdbop_bg",
        ("emed", "GRC"): "pnuskok_hr",
        ("thb_nga_ita", "ITA"): "pj_lille_fr",
        ("thb_rou_esp", "ITA"): "bpef_cate_es",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=8181,
    blank_share=0.35,
)


def make_blind81(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind81`` agencies would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``pnuskok_hr_ce.csv``, ``gdbop_bg_ce.jsonl``, ``pj_lille_fr_ce.xlsx``,
        ``bpef_cate_es_ce.csv`` and ``cni_mx_ce.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind81(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pnuskok_hr_ce.csv', 'gdbop_bg_ce.jsonl', 'pj_lille_fr_ce.xlsx',
     'bpef_cate_es_ce.csv', 'cni_mx_ce.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
