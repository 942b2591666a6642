"""Examiner set ``blind92``: five Francophone-leaning agencies (files ``*_cp.*``).

A held-out sample set written independently of the cleaner, with the shared machinery of
:mod:`trendlib.samples._examiner`. Every wording table below belongs to this module.

Reader's guide
--------------
``djsoc_teh_be_cp.csv`` -- Belgian Federal Police, DJSOC central THB/smuggling office
(source ``police_federale_be``). French values under bilingual French/Dutch headers
(``Date des faits / Datum feiten``), **cp1252**, ``;`` delimiter, CRLF line ends.
Reports the events detected in France, the United Kingdom and Spain.

- Dates day first: ``12/03/2022``, ``12.03.2022``, ``12/03/22``, ``5/3/2022``,
  ``12-03-2022``; months ``03/2022``, ``mars 2022``; quarters ``T1 2022``,
  ``1er trim. 2022``, ``2e trimestre 2022``.
- Crime type by Belgian law: *trafic d'êtres humains* is smuggling (art. 77bis of the
  Aliens Act of 15 December 1980), *traite des êtres humains* (TEH) is trafficking
  (art. 433quinquies of the Criminal Code); a few Dutch labels with the article
  (``Mensensmokkel (art. 77bis Vw.)``, ``Mensenhandel (art. 433quinquies Sw.)``).
  Labour exploitation is ``exploitation économique``.
- Persons over a thousand with a dot or a space (``1.250``, ``1 250``); suspects
  ``néant`` / ``aucun`` for none, ``inconnu`` / ``?`` when unknown.
- Nationalities as French demonyms (agreeing with the sex), country names or ISO alpha-2
  codes; minors as ``MENA``; countries as French names, ``UK`` or ISO alpha-2 codes;
  occasional mojibake (``SÃ©nÃ©gal``) and swapped letters.
- Latitude and longitude in two columns with a decimal comma (``51,02345``).
- An extra ``Service / Dienst`` column; a bilingual note row, an empty row and a
  ``TOTAL / TOTAAL`` row; some rows re-sent at the end of the file.

``parquet_lux_cp.xlsx`` -- Parquet du tribunal d'arrondissement de Luxembourg, register
of notices (source ``parquet_luxembourg``). French, XLSX. Reports the events detected
in Greece, Croatia and Poland.

- Dates as real Excel dates, as bare Excel serial numbers (``44635``), or as text
  ``12.03.2022``, ``12/03/2022``, ``12 mars 2022``; months ``mars 2022``, ``03.2022``;
  quarters ``1er trimestre 2022``, ``T1 2022``.
- Crime type by the Luxembourg Criminal Code: art. 382-1 (traite des êtres humains) and
  art. 382-4 / 382-5 (trafic illicite de migrants).
- Counts as numbers, now and then as text (``12 pers.``); suspects ``néant`` for none and
  ``X`` (a case *contre X*) when unknown.
- One ``Coordonnées GPS (lat, long)`` cell: ``45.12345, 15.56789``, degrees-minutes-seconds
  ``45°07'24.4"N 15°34'04.4"E`` or ``N 45.12345° E 15.56789°``.
- Transit written ``via Turquie, Bulgarie, Serbie``; a note row and a ``Total général``.

``fedpol_scott_cp.csv`` -- Swiss fedpol, coordination unit against trafficking and
smuggling (SCOTT / KSMM) (source ``fedpol_ch``). French, Excel's "Unicode text" export:
**UTF-16** with a byte-order mark, **tab** delimiter. Reports the events detected in
Italy.

- Swiss dates ``12.03.2022``, ``12.3.2022``, ``12.03.22``, ISO ``2022-03-12``; months
  ``03.2022``, ``mars 2022``; quarters ``T1 2022``, ``1er trim. 2022``.
- Crime type by Swiss law: art. 116 LEI (formerly LEtr) for smuggling, art. 182 CP for
  trafficking (``traite d'êtres humains``).
- Swiss thousands separators ``1'250`` and ``1’250``.
- Nationality as ISO alpha-2 codes (``SY``, ``ER``), French names or demonyms; minors as
  ``RMNA``.
- One ``Coordonnées (WGS 84)`` cell: ``45.8537 N / 8.9468 E``, ``45°51'13"N, 8°56'48"E``,
  ``45.8537, 8.9468``; west as ``O`` (ouest).

``grc_rcmp_div_c_cp.jsonl`` -- Royal Canadian Mounted Police / Gendarmerie royale du
Canada, "C" Division (Quebec), federal policing digest with liaison officers' reports
(source ``rcmp_div_c``). JSON lines, English values under bilingual keys
(``Occurrence Date / Date de l'événement``). Reports every event detected elsewhere
(Panama).

- Dates ISO ``2022-03-12``, ``2022-03-12T00:00:00``, Oracle style ``12-MAR-2022``,
  ``2022/03/12``, ``March 12, 2022``; months ``2022-03``, ``March 2022``; quarters
  ``2022-Q1``, ``Q1 2022``.
- Offences by Canadian law: IRPA s.117 (smuggling), IRPA s.118 and Criminal Code
  s.279.01 / 279.011 (trafficking), a few in French (``Traite de personnes``).
- Counts as JSON numbers or strings (``"1,250"``); ages ``Youth`` for minors;
  citizenship as ISO alpha-3 codes, names or demonyms; conveyance words.
- Latitude and longitude as numbers, sometimes as strings; a ``Protected B`` note row; an
  extra ``Unit / Unité`` key; some rows re-sent.

``fgebc_trata_cp.csv`` -- Fiscalía General del Estado de Baja California, unit for
trafficking and crimes against migrants (source ``fge_baja_california``). Spanish,
upper case, **UTF-8**, ``|`` delimiter. Reports the events detected in the United
States.

- Dates ``15/03/2022``, ``15/MAR/2022``, ``15-03-22``, ``15 DE MARZO DE 2022``,
  ``2022-03-15``; months ``MARZO 2022``, ``MAR/2022``; quarters ``1ER TRIMESTRE 2022``,
  ``PRIMER TRIMESTRE DE 2022``.
- Mexican law: *tráfico de personas* (art. 159 Ley de Migración) is smuggling,
  *trata de personas* (LGPSEDMTP) trafficking.
- Sex ``H`` / ``M`` (hombre / **mujer**), minors ``NNA``; nationalities as Spanish
  demonyms (``HONDUREÑA``); accents often dropped, some mojibake; counts ``1,250``;
  ``S/D`` (sin dato) for unknowns, ``NINGUNO`` for no suspect.
- Linked offences in Mexican legal terms (``COHECHO``, ``OPERACIONES CON RECURSOS DE
  PROCEDENCIA ILÍCITA``, ``CONTRA LA SALUD``).
- Latitude and longitude in two columns, decimal or degrees-minutes-seconds, west as
  ``O`` (oeste) or a minus sign.

Every source writes a share of dates by month or quarter only (never for an event that
is reported twice), unknown words in the count, suspect, sex, age, nationality,
transport and coordinate columns, and the rows the shared machinery asks for (bad dates
and counts, an empty row in CSV files, a note row, a total row, exact repeats).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

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

__all__ = ["BLIND92_SOURCES", "Blind92Source", "Wording", "make_blind92"]

_Rng = np.random.Generator
_Table = Mapping[str, tuple[str, ...]]

# --------------------------------------------------------------------------------------
# Country words
# --------------------------------------------------------------------------------------
_FR_COUNTRY: dict[str, tuple[str, ...]] = {
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
    "GBR": ("Royaume-Uni", "Grande-Bretagne"),
    "GIN": ("Guinée", "Guinée (Conakry)"),
    "GMB": ("Gambie",),
    "GRC": ("Grèce",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatie",),
    "HTI": ("Haïti",),
    "HUN": ("Hongrie",),
    "IRN": ("Iran",),
    "IRQ": ("Irak", "Iraq"),
    "ITA": ("Italie",),
    "LBY": ("Libye",),
    "MAR": ("Maroc",),
    "MEX": ("Mexique",),
    "MKD": ("Macédoine du Nord",),
    "MLI": ("Mali",),
    "MRT": ("Mauritanie",),
    "NER": ("Niger",),
    "NGA": ("Nigeria", "Nigéria"),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Pologne",),
    "ROU": ("Roumanie",),
    "RUS": ("Russie", "Fédération de Russie"),
    "SEN": ("Sénégal",),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis", "États-Unis d'Amérique"),
    "VEN": ("Venezuela", "Vénézuela"),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
#: French demonyms, (masculine, feminine).
_FR_DEMONYM: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "BGD": ("bangladais", "bangladaise"),
    "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"),
    "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"),
    "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"),
    "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"),
    "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"),
    "HTI": ("haïtien", "haïtienne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"),
    "MEX": ("mexicain", "mexicaine"),
    "MLI": ("malien", "malienne"),
    "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"),
    "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"),
    "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"),
    "TUR": ("turc", "turque"),
    "VEN": ("vénézuélien", "vénézuélienne"),
    "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}
_EN_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China", "People's Republic of China"),
    "CIV": ("Côte d'Ivoire", "Ivory Coast"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK", "Great Britain"),
    "GIN": ("Guinea", "Guinea (Conakry)"),
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
    "PAN": ("Panama", "Republic of Panama"),
    "POL": ("Poland",),
    "ROU": ("Romania",),
    "RUS": ("Russia", "Russian Federation"),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria", "Syrian Arab Republic"),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("United States", "USA", "U.S.A.", "U.S."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYM: dict[str, str] = {
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
_ES_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("AFGANISTÁN",),
    "ALB": ("ALBANIA",),
    "AUT": ("AUSTRIA",),
    "BGD": ("BANGLADÉS", "BANGLADESH"),
    "BGR": ("BULGARIA",),
    "BIH": ("BOSNIA Y HERZEGOVINA",),
    "BLR": ("BIELORRUSIA",),
    "CHN": ("CHINA",),
    "CIV": ("COSTA DE MARFIL",),
    "CMR": ("CAMERÚN",),
    "COL": ("COLOMBIA",),
    "DEU": ("ALEMANIA",),
    "DZA": ("ARGELIA",),
    "ECU": ("ECUADOR",),
    "EGY": ("EGIPTO",),
    "ERI": ("ERITREA",),
    "ESP": ("ESPAÑA",),
    "FRA": ("FRANCIA",),
    "GBR": ("REINO UNIDO",),
    "GIN": ("GUINEA", "GUINEA (CONAKRY)"),
    "GMB": ("GAMBIA",),
    "GRC": ("GRECIA",),
    "GTM": ("GUATEMALA",),
    "HND": ("HONDURAS",),
    "HRV": ("CROACIA",),
    "HTI": ("HAITÍ",),
    "HUN": ("HUNGRÍA",),
    "IRN": ("IRÁN",),
    "IRQ": ("IRAK",),
    "ITA": ("ITALIA",),
    "LBY": ("LIBIA",),
    "MAR": ("MARRUECOS",),
    "MEX": ("MÉXICO",),
    "MKD": ("MACEDONIA DEL NORTE",),
    "MLI": ("MALÍ",),
    "MRT": ("MAURITANIA",),
    "NER": ("NÍGER",),
    "NGA": ("NIGERIA",),
    "PAK": ("PAKISTÁN",),
    "PAN": ("PANAMÁ",),
    "POL": ("POLONIA",),
    "ROU": ("RUMANIA", "RUMANÍA"),
    "RUS": ("RUSIA",),
    "SEN": ("SENEGAL",),
    "SRB": ("SERBIA",),
    "SYR": ("SIRIA",),
    "TUN": ("TÚNEZ",),
    "TUR": ("TURQUÍA",),
    "USA": ("ESTADOS UNIDOS", "EUA", "EE.UU.", "ESTADOS UNIDOS DE AMÉRICA", "E.U.A."),
    "VEN": ("VENEZUELA",),
    "VNM": ("VIETNAM",),
    "YEM": ("YEMEN",),
}
#: Spanish demonyms, (feminine, masculine): ``nacionalidad`` is a feminine noun.
_ES_DEMONYM: dict[str, tuple[str, str]] = {
    "AFG": ("AFGANA", "AFGANO"),
    "ALB": ("ALBANESA", "ALBANÉS"),
    "BGD": ("BANGLADESÍ", "BANGLADESÍ"),
    "CHN": ("CHINA", "CHINO"),
    "CIV": ("MARFILEÑA", "MARFILEÑO"),
    "CMR": ("CAMERUNESA", "CAMERUNÉS"),
    "COL": ("COLOMBIANA", "COLOMBIANO"),
    "DZA": ("ARGELINA", "ARGELINO"),
    "ECU": ("ECUATORIANA", "ECUATORIANO"),
    "EGY": ("EGIPCIA", "EGIPCIO"),
    "ERI": ("ERITREA", "ERITREO"),
    "GIN": ("GUINEANA", "GUINEANO"),
    "GMB": ("GAMBIANA", "GAMBIANO"),
    "GTM": ("GUATEMALTECA", "GUATEMALTECO"),
    "HND": ("HONDUREÑA", "HONDUREÑO"),
    "HTI": ("HAITIANA", "HAITIANO"),
    "IRN": ("IRANÍ", "IRANÍ"),
    "IRQ": ("IRAQUÍ", "IRAQUÍ"),
    "MAR": ("MARROQUÍ", "MARROQUÍ"),
    "MEX": ("MEXICANA", "MEXICANO"),
    "MLI": ("MALIENSE", "MALIENSE"),
    "NGA": ("NIGERIANA", "NIGERIANO"),
    "PAK": ("PAKISTANÍ", "PAKISTANÍ"),
    "ROU": ("RUMANA", "RUMANO"),
    "SEN": ("SENEGALESA", "SENEGALÉS"),
    "SYR": ("SIRIA", "SIRIO"),
    "TUN": ("TUNECINA", "TUNECINO"),
    "TUR": ("TURCA", "TURCO"),
    "VEN": ("VENEZOLANA", "VENEZOLANO"),
    "VNM": ("VIETNAMITA", "VIETNAMITA"),
    "YEM": ("YEMENÍ", "YEMENÍ"),
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
    "ENERO",
    "FEBRERO",
    "MARZO",
    "ABRIL",
    "MAYO",
    "JUNIO",
    "JULIO",
    "AGOSTO",
    "SEPTIEMBRE",
    "OCTUBRE",
    "NOVIEMBRE",
    "DICIEMBRE",
)
_ES_MON = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
_FR_QUARTER = ("1er", "2e", "3e", "4e")
_ES_QUARTER = ("1ER", "2DO", "3ER", "4TO")
_ES_QUARTER_WORD = ("PRIMER", "SEGUNDO", "TERCER", "CUARTO")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _chance(rng: _Rng, p: float) -> bool:
    return bool(rng.random() < p)


def _strip_accents(text: str) -> str:
    """Drop the accents of ``text`` (``MÉXICO`` -> ``MEXICO``; ``Ñ`` kept)."""
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def _swap_letters(word: str, rng: _Rng) -> str:
    """Swap two neighbouring letters inside ``word`` (a typing slip)."""
    spots = [i for i in range(1, len(word) - 2) if word[i].isalpha() and word[i + 1].isalpha()]
    spots = [i for i in spots if word[i] != word[i + 1]]
    if len(word) < 6 or not spots:
        return word
    i = spots[int(rng.integers(len(spots)))]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _fit(text: str, src: ExaminerSource) -> str:
    """Return ``text``, without its accents if the source's encoding cannot hold it."""
    return text if fits(text, src) else _strip_accents(text)


def _alpha2(code: str) -> str:
    return iso_codes(code)[0]


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _later(ts: pd.Timestamp, years: int) -> pd.Timestamp:
    """Return the same day ``years`` later (the 28th for a 29 February)."""
    return pd.Timestamp(year=ts.year + years, month=ts.month, day=min(ts.day, 28))


def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """Return a (day, month) pair that no calendar holds, in the event's year."""
    leap = ts.is_leap_year
    options = [(31, 4), (31, 6), (31, 9), (31, 11), (30, 2), (32, ts.month)]
    if not leap:
        options.append((29, 2))
    return options[int(rng.integers(len(options)))]


def _dms(value: float, digits: int) -> tuple[int, int, float, float]:
    """Degrees, minutes and seconds of ``abs(value)``, and the value they read back to."""
    scale = 10**digits
    total = round(abs(value) * 3600 * scale)
    deg, rest = divmod(total, 3600 * scale)
    minutes, sec = divmod(rest, 60 * scale)
    return int(deg), int(minutes), sec / scale, deg + minutes / 60 + sec / scale / 3600


def _dms_text(value: float, digits: int, hemis: str) -> tuple[str, float]:
    """``45°07'24.4"N`` for ``value`` (positive hemisphere first in ``hemis``), and its read."""
    deg, minutes, sec, read = _dms(value, digits)
    sec_text = f"{sec:0{3 + digits}.{digits}f}" if digits else f"{int(sec):02d}"
    letter = hemis[0] if value >= 0 else hemis[1]
    signed = read if value >= 0 else -read
    return f"{deg}°{minutes:02d}'{sec_text}\"{letter}", signed


def _hemi(value: float, decimals: int, hemis: str, sep: str = " ") -> tuple[str, float]:
    """``45.8537 N`` for ``value`` with ``decimals``, and its read."""
    read = round(abs(value), decimals)
    letter = hemis[0] if value >= 0 else hemis[1]
    return f"{read:.{decimals}f}{sep}{letter}", read if value >= 0 else -read


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_DateWriter = Callable[[pd.Timestamp, _Rng], object]
_CoordWriter = Callable[[float, float, _Rng], tuple[dict[str, object], float, float]]


@dataclass(frozen=True)
class Wording:
    """How one agency writes its values.

    Attributes
    ----------
    crime : mapping
        Crime type -> its labels.
    child_trafficking : tuple of str
        Extra trafficking labels for a case of minors (may be empty).
    exploitation : mapping
        Form of exploitation -> its labels.
    no_exploitation : tuple of str
        What the exploitation cell holds for pure smuggling (``""``: empty).
    gender, age, transport : mapping
        Vocabulary word -> its labels.
    unknown_gender, unknown_age, unknown_transport : tuple of str
        Words saying the value is not known.
    offences : mapping
        Linked offence -> its labels.
    offence_seps : tuple of str
        Separators between two linked offences.
    no_offence : tuple of str
        What the linked-offence cell holds when there is none.
    transit_seps : tuple of str
        Separators between transit countries.
    transit_prefix : tuple of str
        Words written before the transit list (``""``: none).
    no_transit : tuple of str
        What the transit cell holds for a direct journey.
    unknown_count, zero_suspects, unknown_suspects : tuple of str
        Count placeholders, "no suspect" words and "suspects not known" words.
    unknown_nationality, unknown_coords : tuple of str
        Placeholders of the nationality and coordinate cells.
    country : callable
        ``(code, rng) -> cell`` of a country column.
    nationality : callable
        ``(code, gender, rng) -> cell`` of the nationality column.
    day, month, quarter : callable
        ``(ts, rng) -> cell`` of a full date, a month, a quarter.
    count : callable
        ``(n, rng) -> cell`` of a count of persons.
    suspects : callable
        ``(n, rng) -> cell`` of a count of suspects.
    future : callable
        ``(ts, rng) -> cell`` of a date mistyped into the future (four-digit years).
    coords : callable
        ``(lat, lon, rng) -> (cells, lat read, lon read)``.
    month_rate, quarter_rate : float
        Shares of dates written by month or quarter only (when allowed).
    mojibake_rate, typo_rate : float
        Shares of accented country words garbled, and of country words mistyped.
    units : tuple of str
        Values of the extra ``unit`` column, if the source has one.
    """

    crime: _Table
    child_trafficking: tuple[str, ...]
    exploitation: _Table
    no_exploitation: tuple[str, ...]
    gender: _Table
    unknown_gender: tuple[str, ...]
    age: _Table
    unknown_age: tuple[str, ...]
    transport: _Table
    unknown_transport: tuple[str, ...]
    offences: _Table
    offence_seps: tuple[str, ...]
    no_offence: tuple[str, ...]
    transit_seps: tuple[str, ...]
    transit_prefix: tuple[str, ...]
    no_transit: tuple[str, ...]
    unknown_count: tuple[str, ...]
    zero_suspects: tuple[str, ...]
    unknown_suspects: tuple[str, ...]
    unknown_nationality: tuple[str, ...]
    unknown_coords: tuple[str, ...]
    country: Callable[[str, _Rng], str]
    nationality: Callable[[str, str, _Rng], str]
    day: _DateWriter
    month: _DateWriter
    quarter: _DateWriter
    count: Callable[[int, _Rng], object]
    suspects: Callable[[int, _Rng], object]
    future: _DateWriter
    coords: _CoordWriter
    month_rate: float
    quarter_rate: float
    mojibake_rate: float
    typo_rate: float
    units: tuple[str, ...]


@dataclass(frozen=True)
class Blind92Source(ExaminerSource):
    """An agency of the ``blind92`` set: the shared source fields plus its wording.

    Attributes
    ----------
    wording : Wording
        How the agency writes its values.
    blank : object
        What an empty cell holds (``""`` in CSV, None in XLSX and JSON lines).
    """

    wording: Wording
    blank: object


# ---- Police fédérale belge (DJSOC) ----------------------------------------------------
def _be_country(code: str, rng: _Rng) -> str:
    r = rng.random()
    if r < 0.72:
        return choice(rng, _FR_COUNTRY.get(code, (code,)))
    if r < 0.9:
        two = _alpha2(code)
        return "UK" if two == "GB" and _chance(rng, 0.6) else two
    return choice(rng, _FR_COUNTRY.get(code, (code,))).upper()


def _be_nationality(code: str, gender: str, rng: _Rng) -> str:
    r = rng.random()
    if r < 0.6 and code in _FR_DEMONYM:
        masc, fem = _FR_DEMONYM[code]
        word = fem if gender == "female" else masc
        return word.capitalize() if _chance(rng, 0.7) else word
    if r < 0.92:
        return choice(rng, _FR_COUNTRY.get(code, (code,))).upper()
    return _alpha2(code)


def _be_day(ts: pd.Timestamp, rng: _Rng) -> str:
    r = rng.random()
    if r < 0.55:
        return ts.strftime("%d/%m/%Y")
    if r < 0.7:
        return ts.strftime("%d.%m.%Y")
    if r < 0.8:
        return ts.strftime("%d/%m/%y")
    if r < 0.9:
        return f"{ts.day}/{ts.month}/{ts.year}"
    return ts.strftime("%d-%m-%Y")


def _be_month(ts: pd.Timestamp, rng: _Rng) -> str:
    return choice(
        rng, (ts.strftime("%m/%Y"), f"{_FR_MONTHS[ts.month - 1]} {ts.year}", ts.strftime("%m-%Y"))
    )


def _be_quarter(ts: pd.Timestamp, rng: _Rng) -> str:
    q = (ts.month - 1) // 3
    return choice(
        rng,
        (
            f"T{q + 1} {ts.year}",
            f"{_FR_QUARTER[q]} trim. {ts.year}",
            f"{_FR_QUARTER[q]} trimestre {ts.year}",
        ),
    )


def _be_count(n: int, rng: _Rng) -> str:
    if n >= 1000:
        return choice(rng, (f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " "), str(n)))
    return str(n)


def _be_coords(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], float, float]:
    digits = 5 if _chance(rng, 0.7) else 4
    la, lo = round(lat, digits), round(lon, digits)
    cells: dict[str, object] = {
        "lat": f"{la:.{digits}f}".replace(".", ","),
        "lon": f"{lo:.{digits}f}".replace(".", ","),
    }
    return cells, la, lo


_BE = Wording(
    crime={
        "smuggling": (
            "Trafic d'êtres humains (art. 77bis L. 15.12.1980)",
            "Trafic d'êtres humains - art. 77bis Loi du 15/12/1980",
            "art. 77bis L. 15/12/80 (trafic d'êtres humains)",
            "Trafic de migrants (art. 77bis)",
            "Mensensmokkel (art. 77bis Vw.)",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 433quinquies C.P.)",
            "TEH - art. 433quinquies CP",
            "Traite des êtres humains",
            "art. 433quinquies Code pénal (traite)",
            "Mensenhandel (art. 433quinquies Sw.)",
        ),
        "both": (
            "TEH + trafic d'êtres humains (art. 433quinquies CP et 77bis L. 15.12.1980)",
            "Traite et trafic d'êtres humains (433quinquies / 77bis)",
        ),
    },
    child_trafficking=(),
    exploitation={
        "sexual": ("exploitation sexuelle", "exploitation de la prostitution"),
        "forced_labour": ("exploitation économique", "exploitation économique (travail)"),
        "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme d'exploitation"),
    },
    no_exploitation=("", "", "sans objet", "n.a."),
    gender={
        "male": ("M", "masculin", "H", "hommes"),
        "female": ("F", "féminin", "femmes"),
        "mixed": ("M/F", "mixte", "H+F"),
    },
    unknown_gender=("inconnu", "?"),
    age={
        "adult": ("majeur", "majeurs", "adulte"),
        "child": ("mineur", "mineurs", "MENA"),
        "mixed": ("majeurs + mineurs", "mixte (majeurs/mineurs)"),
    },
    unknown_age=("inconnu", "non précisé"),
    transport={
        "sea": ("bateau", "small boat", "embarcation pneumatique", "zodiac"),
        "land": ("camion", "poids lourd", "voiture", "camionnette", "train", "autocar", "à pied"),
        "air": ("avion", "vol commercial"),
    },
    unknown_transport=("inconnu", "non précisé"),
    offences={
        "document_fraud": ("faux documents", "faux en écritures", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment (art. 505 CP)"),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("criminalité informatique",),
        "terrorism": ("terrorisme",),
    },
    offence_seps=(" + ", ", "),
    no_offence=("", "", "néant"),
    transit_seps=(" - ", ", "),
    transit_prefix=("",),
    no_transit=("", "néant", "direct"),
    unknown_count=("inconnu", "n.c."),
    zero_suspects=("néant", "aucun", "0"),
    unknown_suspects=("inconnu", "?"),
    unknown_nationality=("inconnue", "indéterminée"),
    unknown_coords=("n.c.", "inconnu"),
    country=_be_country,
    nationality=_be_nationality,
    day=_be_day,
    month=_be_month,
    quarter=_be_quarter,
    count=_be_count,
    suspects=lambda k, rng: str(k),
    future=lambda ts, rng: ts.strftime(choice(rng, ("%d/%m/%Y", "%d.%m.%Y"))),
    coords=_be_coords,
    month_rate=0.06,
    quarter_rate=0.025,
    mojibake_rate=0.04,
    typo_rate=0.015,
    units=(
        "DJSOC - Office central TEH",
        "PJF Flandre occidentale",
        "PJF Bruxelles",
        "SJA Brugge",
        "Police de la navigation (SPN) Zeebrugge",
        "Police des autoroutes (WPR) Jabbeke",
    ),
)


# ---- Parquet de Luxembourg -------------------------------------------------------------
def _lu_country(code: str, rng: _Rng) -> str:
    return choice(rng, _FR_COUNTRY.get(code, (code,))) if _chance(rng, 0.88) else code


def _lu_nationality(code: str, gender: str, rng: _Rng) -> str:
    if code in _FR_DEMONYM and _chance(rng, 0.7):
        masc, fem = _FR_DEMONYM[code]
        word = fem if _chance(rng, 0.7) else masc  # "nationalité syrienne"
        return word if _chance(rng, 0.6) else word.capitalize()
    return choice(rng, _FR_COUNTRY.get(code, (code,)))


def _lu_day(ts: pd.Timestamp, rng: _Rng) -> object:
    r = rng.random()
    if r < 0.45:
        return datetime(ts.year, ts.month, ts.day)
    if r < 0.65:
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if r < 0.8:
        return ts.strftime("%d.%m.%Y")
    if r < 0.9:
        return ts.strftime("%d/%m/%Y")
    return f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}"


def _lu_month(ts: pd.Timestamp, rng: _Rng) -> object:
    return choice(rng, (f"{_FR_MONTHS[ts.month - 1]} {ts.year}", ts.strftime("%m.%Y")))


def _lu_quarter(ts: pd.Timestamp, rng: _Rng) -> object:
    q = (ts.month - 1) // 3
    return choice(rng, (f"{_FR_QUARTER[q]} trimestre {ts.year}", f"T{q + 1} {ts.year}"))


def _lu_count(n: int, rng: _Rng) -> object:
    return n if _chance(rng, 0.95) else f"{n} pers."


def _lu_coords(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], float, float]:
    r = rng.random()
    if r < 0.5:
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if r < 0.8:
        lat_text, la = _dms_text(lat, 1, "NS")
        lon_text, lo = _dms_text(lon, 1, "EW")
        return {"coordinates": f"{lat_text} {lon_text}"}, la, lo
    la, lo = round(lat, 5), round(lon, 5)
    ns, ew = ("N" if la >= 0 else "S"), ("E" if lo >= 0 else "W")
    return {"coordinates": f"{ns} {abs(la):.5f}° {ew} {abs(lo):.5f}°"}, la, lo


_LU = Wording(
    crime={
        "smuggling": (
            "Trafic illicite de migrants (art. 382-4 C. pén.)",
            "Trafic de migrants",
            "Art. 382-5 CP - trafic illicite de migrants aggravé",
            "Trafic illicite de migrants (art. 382-4 et 382-5 CP)",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 382-1 C. pén.)",
            "TEH (art. 382-1 CP)",
            "Traite des êtres humains",
            "Art. 382-1 et 382-2 CP (traite aggravée)",
        ),
        "both": (
            "Traite des êtres humains et trafic illicite de migrants (art. 382-1 et 382-4 CP)",
            "TEH / trafic de migrants",
        ),
    },
    child_trafficking=(),
    exploitation={
        "sexual": (
            "exploitation sexuelle",
            "exploitation de la prostitution ou autres formes d'exploitation sexuelle",
        ),
        "forced_labour": ("travail forcé", "travail ou services forcés"),
        "forced_criminality": ("faire commettre des crimes ou délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes ou de tissus",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=("", "sans objet"),
    gender={
        "male": ("masculin", "homme", "hommes"),
        "female": ("féminin", "femme", "femmes"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    unknown_gender=("indéterminé",),
    age={
        "adult": ("adulte", "adultes", "majeur"),
        "child": ("mineur", "mineurs", "mineur non accompagné"),
        "mixed": ("adultes et mineurs", "majeurs et mineurs"),
    },
    unknown_age=("indéterminé", "non renseigné"),
    transport={
        "sea": ("maritime", "voie maritime"),
        "land": ("routier", "voie terrestre", "ferroviaire"),
        "air": ("aérien", "voie aérienne"),
    },
    unknown_transport=("indéterminé", "non renseigné"),
    offences={
        "document_fraud": ("faux et usage de faux", "faux documents d'identité"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment-détention"),
        "illicit_goods": ("stupéfiants", "armes prohibées"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_seps=("; ", ", "),
    no_offence=("", "-"),
    transit_seps=(", ",),
    transit_prefix=("via ", ""),
    no_transit=("", "-", "direct"),
    unknown_count=("non déterminé", "inconnu"),
    zero_suspects=("néant",),
    unknown_suspects=("X", "inconnu"),
    unknown_nationality=("indéterminée",),
    unknown_coords=("non disponibles", "n.d."),
    country=_lu_country,
    nationality=_lu_nationality,
    day=_lu_day,
    month=_lu_month,
    quarter=_lu_quarter,
    count=_lu_count,
    suspects=lambda k, rng: k,
    future=lambda ts, rng: (
        datetime(ts.year, ts.month, ts.day) if _chance(rng, 0.5) else ts.strftime("%d.%m.%Y")
    ),
    coords=_lu_coords,
    month_rate=0.05,
    quarter_rate=0.02,
    mojibake_rate=0.0,
    typo_rate=0.0,
    units=(),
)


# ---- fedpol (SCOTT / KSMM) -------------------------------------------------------------
def _ch_country(code: str, rng: _Rng) -> str:
    return choice(rng, _FR_COUNTRY.get(code, (code,))) if _chance(rng, 0.6) else _alpha2(code)


def _ch_nationality(code: str, gender: str, rng: _Rng) -> str:
    r = rng.random()
    if r < 0.7:
        return _alpha2(code)
    if r < 0.9 or code not in _FR_DEMONYM:
        return choice(rng, _FR_COUNTRY.get(code, (code,)))
    masc, fem = _FR_DEMONYM[code]
    return fem if gender == "female" else masc


def _ch_day(ts: pd.Timestamp, rng: _Rng) -> str:
    r = rng.random()
    if r < 0.6:
        return ts.strftime("%d.%m.%Y")
    if r < 0.75:
        return f"{ts.day}.{ts.month}.{ts.year}"
    if r < 0.9:
        return ts.strftime("%d.%m.%y")
    return ts.strftime("%Y-%m-%d")


def _ch_month(ts: pd.Timestamp, rng: _Rng) -> str:
    return choice(rng, (ts.strftime("%m.%Y"), f"{_FR_MONTHS[ts.month - 1]} {ts.year}"))


def _ch_quarter(ts: pd.Timestamp, rng: _Rng) -> str:
    q = (ts.month - 1) // 3
    return choice(rng, (f"T{q + 1} {ts.year}", f"{_FR_QUARTER[q]} trim. {ts.year}"))


def _ch_count(n: int, rng: _Rng) -> str:
    if n >= 1000:
        return f"{n:,}".replace(",", choice(rng, ("'", "'", "’")))
    return str(n)


def _ch_coords(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], float, float]:
    r = rng.random()
    if r < 0.45:
        lat_text, la = _hemi(lat, 4, "NS")
        lon_text, lo = _hemi(lon, 4, "EO")
        return {"coordinates": f"{lat_text} / {lon_text}"}, la, lo
    if r < 0.75:
        lat_text, la = _dms_text(lat, 0, "NS")
        lon_text, lo = _dms_text(lon, 0, "EO")
        return {"coordinates": f"{lat_text}, {lon_text}"}, la, lo
    la, lo = round(lat, 4), round(lon, 4)
    return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo


_CH = Wording(
    crime={
        "smuggling": (
            "Art. 116 LEI (incitation à l'entrée illégale)",
            "art. 116 al. 3 LEI",
            "Trafic de migrants (art. 116 LEI)",
            "art. 116 al. 3 let. a LEtr",
            "Incitation à l'entrée, à la sortie ou au séjour illégaux (art. 116 LEI)",
        ),
        "trafficking": (
            "Art. 182 CP (traite d'êtres humains)",
            "Traite d'êtres humains",
            "TEH (art. 182 CP)",
        ),
        "both": (
            "Art. 182 CP / art. 116 LEI",
            "Traite d'êtres humains et trafic de migrants (art. 182 CP, 116 LEI)",
        ),
    },
    child_trafficking=(),
    exploitation={
        "sexual": ("exploitation sexuelle", "expl. sexuelle"),
        "forced_labour": ("exploitation du travail", "exploitation de la force de travail"),
        "forced_criminality": ("contrainte à commettre des infractions", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=("", "–"),
    gender={
        "male": ("m", "masculin"),
        "female": ("f", "féminin"),
        "mixed": ("m/f", "mixte"),
    },
    unknown_gender=("inconnu",),
    age={
        "adult": ("adulte", "adultes"),
        "child": ("mineur", "mineurs", "RMNA"),
        "mixed": ("adultes/mineurs", "adultes et mineurs"),
    },
    unknown_age=("inconnu", "n.d."),
    transport={
        "sea": ("embarcation", "bateau", "ferry"),
        "land": ("voiture de tourisme", "train", "camion", "à pied", "bus", "fourgon"),
        "air": ("avion", "vol de ligne"),
    },
    unknown_transport=("inconnu", "n.d."),
    offences={
        "document_fraud": (
            "faux dans les certificats (art. 252 CP)",
            "falsification de documents d'identité",
        ),
        "corruption": ("corruption (art. 322ter CP)", "corruption"),
        "money_laundering": ("blanchiment d'argent (art. 305bis CP)", "blanchiment d'argent"),
        "illicit_goods": ("infraction LStup (stupéfiants)", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_seps=(", ", " / "),
    no_offence=("", "aucune"),
    transit_seps=(", ", " > "),
    transit_prefix=("",),
    no_transit=("", "aucun"),
    unknown_count=("inconnu", "n.d."),
    zero_suspects=("aucun", "0", "néant"),
    unknown_suspects=("inconnu", "n.d."),
    unknown_nationality=("inconnue",),
    unknown_coords=("inconnues", "–"),
    country=_ch_country,
    nationality=_ch_nationality,
    day=_ch_day,
    month=_ch_month,
    quarter=_ch_quarter,
    count=_ch_count,
    suspects=lambda k, rng: str(k),
    future=lambda ts, rng: ts.strftime("%d.%m.%Y"),
    coords=_ch_coords,
    month_rate=0.05,
    quarter_rate=0.02,
    mojibake_rate=0.0,
    typo_rate=0.0,
    units=(),
)


# ---- RCMP / GRC "C" Division -----------------------------------------------------------
_EN_MON = tuple(m[:3].upper() for m in MONTHS)


def _ca_country(code: str, rng: _Rng) -> str:
    r = rng.random()
    if r < 0.7:
        return choice(rng, _EN_COUNTRY.get(code, (code,)))
    if r < 0.9:
        return code
    return _alpha2(code)


def _ca_nationality(code: str, gender: str, rng: _Rng) -> str:
    r = rng.random()
    if r < 0.5:
        return code
    if r < 0.8 or code not in _EN_DEMONYM:
        return choice(rng, _EN_COUNTRY.get(code, (code,)))
    return _EN_DEMONYM[code]


def _ca_day(ts: pd.Timestamp, rng: _Rng) -> str:
    r = rng.random()
    if r < 0.5:
        return ts.strftime("%Y-%m-%d")
    if r < 0.65:
        return ts.strftime("%Y-%m-%dT00:00:00")
    if r < 0.8:
        return f"{ts.day:02d}-{_EN_MON[ts.month - 1]}-{ts.year}"
    if r < 0.9:
        return ts.strftime("%Y/%m/%d")
    return f"{MONTHS[ts.month - 1]} {ts.day}, {ts.year}"


def _ca_month(ts: pd.Timestamp, rng: _Rng) -> str:
    return choice(rng, (ts.strftime("%Y-%m"), f"{MONTHS[ts.month - 1]} {ts.year}"))


def _ca_quarter(ts: pd.Timestamp, rng: _Rng) -> str:
    q = (ts.month - 1) // 3 + 1
    return choice(rng, (f"{ts.year}-Q{q}", f"Q{q} {ts.year}"))


def _ca_count(n: int, rng: _Rng) -> object:
    if n >= 1000 and _chance(rng, 0.5):
        return f"{n:,}"
    return n if _chance(rng, 0.88) else str(n)


def _ca_coords(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], float, float]:
    la, lo = round(lat, 5), round(lon, 5)
    if _chance(rng, 0.85):
        return {"lat": la, "lon": lo}, la, lo
    la, lo = round(lat, 6), round(lon, 6)
    return {"lat": f"{la:.6f}", "lon": f"{lo:.6f}"}, la, lo


_CA = Wording(
    crime={
        "smuggling": (
            "IRPA s.117 - Human smuggling",
            "Human smuggling (IRPA 117)",
            "Organizing illegal entry / Organisation d'entrée illégale (IRPA/LIPR 117)",
            "Migrant smuggling",
            "HUMAN SMUGGLING",
        ),
        "trafficking": (
            "Human trafficking (CC 279.01)",
            "Trafficking in persons - IRPA s.118",
            "Traite de personnes (C.cr. art. 279.01)",
            "HUMAN TRAFFICKING",
        ),
        "both": (
            "Human trafficking & smuggling (CC 279.01 / IRPA 117)",
            "IRPA 117 + CC 279.01",
        ),
    },
    child_trafficking=("Trafficking of a person under 18 (CC 279.011)",),
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual", "Sexual exploitation / Exploitation sexuelle"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality", "Forced criminal activity"),
        "organ_removal": ("Organ removal", "Removal of organs"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other", "Other / Autre"),
    },
    no_exploitation=("", "N/A"),
    gender={
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F", "Mixed / Mixte"),
    },
    unknown_gender=("Unknown", "U"),
    age={
        "adult": ("Adult", "Adult / Adulte"),
        "child": ("Youth", "Minor", "Youth / Adolescent"),
        "mixed": ("Adults & youths", "Mixed"),
    },
    unknown_age=("Unknown", "UNK"),
    transport={
        "sea": ("Marine", "Vessel", "Boat"),
        "land": ("Land", "Vehicle", "On foot / À pied", "Tractor-trailer", "Bus", "Rail"),
        "air": ("Air", "Commercial flight"),
    },
    unknown_transport=("Unknown", "UNK"),
    offences={
        "document_fraud": ("Forgery (CC 366)", "Forged passport (CC 57)", "Document fraud"),
        "corruption": ("Bribery of officers (CC 120)", "Corruption"),
        "money_laundering": ("Laundering proceeds of crime (CC 462.31)", "Money laundering"),
        "illicit_goods": ("Drugs (CDSA s.5)", "Contraband tobacco", "Firearms smuggling"),
        "cybercrime": ("Cybercrime", "Unauthorized use of computer (CC 342.1)"),
        "terrorism": ("Terrorism (CC 83.18)",),
    },
    offence_seps=("; ", " | "),
    no_offence=("", "None"),
    transit_seps=(" > ", "; ", ", "),
    transit_prefix=("",),
    no_transit=("", "None", "Direct"),
    unknown_count=("Unknown", "UNK"),
    zero_suspects=("None", "Nil", "0"),
    unknown_suspects=("Unknown", "UNK"),
    unknown_nationality=("Unknown", "UNK"),
    unknown_coords=("UNK",),
    country=_ca_country,
    nationality=_ca_nationality,
    day=_ca_day,
    month=_ca_month,
    quarter=_ca_quarter,
    count=_ca_count,
    suspects=lambda k, rng: k if _chance(rng, 0.9) else str(k),
    future=lambda ts, rng: ts.strftime(choice(rng, ("%Y-%m-%d", "%Y-%m-%dT00:00:00"))),
    coords=_ca_coords,
    month_rate=0.05,
    quarter_rate=0.025,
    mojibake_rate=0.0,
    typo_rate=0.0,
    units=(
        "IBET Champlain",
        "Federal Policing - Eastern Region",
        "LO Panama City",
        "LO Madrid",
        "LO Washington",
        "Human Trafficking Team (Montréal)",
    ),
)


# ---- Fiscalía General del Estado de Baja California ------------------------------------
def _mx_country(code: str, rng: _Rng) -> str:
    word = choice(rng, _ES_COUNTRY.get(code, (code,)))
    return _strip_accents(word) if _chance(rng, 0.3) else word


def _mx_nationality(code: str, gender: str, rng: _Rng) -> str:
    r = rng.random()
    if code in _ES_DEMONYM and r < 0.8:
        fem, masc = _ES_DEMONYM[code]
        word = fem if r < 0.6 else masc
    else:
        word = choice(rng, _ES_COUNTRY.get(code, (code,)))
    return _strip_accents(word) if _chance(rng, 0.3) else word


def _mx_day(ts: pd.Timestamp, rng: _Rng) -> str:
    r = rng.random()
    if r < 0.5:
        return ts.strftime("%d/%m/%Y")
    if r < 0.65:
        return f"{ts.day:02d}/{_ES_MON[ts.month - 1]}/{ts.year}"
    if r < 0.75:
        return ts.strftime("%d-%m-%y")
    if r < 0.85:
        return f"{ts.day} DE {_ES_MONTHS[ts.month - 1]} DE {ts.year}"
    return ts.strftime("%Y-%m-%d")


def _mx_month(ts: pd.Timestamp, rng: _Rng) -> str:
    return choice(
        rng, (f"{_ES_MONTHS[ts.month - 1]} {ts.year}", f"{_ES_MON[ts.month - 1]}/{ts.year}")
    )


def _mx_quarter(ts: pd.Timestamp, rng: _Rng) -> str:
    q = (ts.month - 1) // 3
    return choice(
        rng,
        (f"{_ES_QUARTER[q]} TRIMESTRE {ts.year}", f"{_ES_QUARTER_WORD[q]} TRIMESTRE DE {ts.year}"),
    )


def _mx_count(n: int, rng: _Rng) -> str:
    return f"{n:,}" if n >= 1000 and _chance(rng, 0.7) else str(n)


def _mx_coords(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], float, float]:
    r = rng.random()
    if r < 0.55:
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo
    if r < 0.8:
        lat_text, la = _hemi(lat, 5, "NS")
        lon_text, lo = _hemi(lon, 5, "EO")
        return {"lat": lat_text, "lon": lon_text}, la, lo
    lat_text, la = _dms_text(lat, 1, "NS")
    lon_text, lo = _dms_text(lon, 1, "EO")
    return {"lat": lat_text, "lon": lon_text}, la, lo


_MX = Wording(
    crime={
        "smuggling": (
            "TRÁFICO DE PERSONAS (ART. 159 LEY DE MIGRACIÓN)",
            "TRAFICO DE PERSONAS ART. 159 FRACC. I LM",
            "TRÁFICO ILÍCITO DE MIGRANTES",
            "TRÁFICO DE INDOCUMENTADOS (ART. 159 LM)",
            "TRAFICO DE PERSONAS",
        ),
        "trafficking": (
            "TRATA DE PERSONAS",
            "TRATA DE PERSONAS (LGPSEDMTP)",
            "TRATA DE PERSONAS ART. 10 LGPSEDMTP",
        ),
        "both": (
            "TRATA DE PERSONAS Y TRÁFICO DE PERSONAS",
            "TRATA / TRÁFICO DE MIGRANTES (ART. 10 LGPSEDMTP Y 159 LM)",
        ),
    },
    child_trafficking=(),
    exploitation={
        "sexual": (
            "EXPLOTACIÓN SEXUAL",
            "PROSTITUCIÓN AJENA U OTRAS FORMAS DE EXPLOTACIÓN SEXUAL",
        ),
        "forced_labour": ("TRABAJOS O SERVICIOS FORZADOS", "TRABAJO FORZADO"),
        "forced_criminality": ("UTILIZACIÓN EN ACTIVIDADES DELICTIVAS",),
        "organ_removal": ("EXTRACCIÓN DE ÓRGANOS", "TRÁFICO DE ÓRGANOS, TEJIDOS Y CÉLULAS"),
        "forced_marriage": ("MATRIMONIO FORZOSO O SERVIL", "MATRIMONIO FORZADO"),
        "other": ("OTRA", "OTRAS"),
    },
    no_exploitation=("NO APLICA", "", "N/A"),
    gender={
        "male": ("H", "HOMBRE", "HOMBRES"),
        "female": ("M", "MUJER", "MUJERES"),
        "mixed": ("AMBOS", "MIXTO", "H Y M"),
    },
    unknown_gender=("SE DESCONOCE", "S/D"),
    age={
        "adult": ("ADULTO", "MAYOR DE EDAD", "ADULTOS"),
        "child": ("MENOR DE EDAD", "NNA", "MENORES"),
        "mixed": ("ADULTOS Y NNA", "MIXTO"),
    },
    unknown_age=("SE DESCONOCE", "NO ESPECIFICADO"),
    transport={
        "sea": ("MARÍTIMO", "LANCHA", "EMBARCACIÓN"),
        "land": ("TERRESTRE", "TRACTOCAMIÓN", "VEHÍCULO PARTICULAR", "AUTOBÚS", "A PIE"),
        "air": ("AÉREO", "VUELO COMERCIAL"),
    },
    unknown_transport=("SE DESCONOCE", "NO ESPECIFICADO"),
    offences={
        "document_fraud": ("FALSIFICACIÓN DE DOCUMENTOS", "USO DE DOCUMENTO FALSO"),
        "corruption": ("COHECHO", "CORRUPCIÓN"),
        "money_laundering": (
            "OPERACIONES CON RECURSOS DE PROCEDENCIA ILÍCITA",
            "LAVADO DE DINERO",
        ),
        "illicit_goods": ("CONTRA LA SALUD (NARCÓTICOS)", "CONTRABANDO"),
        "cybercrime": ("DELITOS INFORMÁTICOS",),
        "terrorism": ("TERRORISMO",),
    },
    offence_seps=(", ", " Y ", " / "),
    no_offence=("", "NINGUNO"),
    transit_seps=("-", ", "),
    transit_prefix=("",),
    no_transit=("", "NINGUNO", "DIRECTO"),
    unknown_count=("S/D", "SE DESCONOCE", "N/D"),
    zero_suspects=("NINGUNO", "0"),
    unknown_suspects=("SE DESCONOCE", "S/D"),
    unknown_nationality=("SE DESCONOCE", "S/D"),
    unknown_coords=("S/D", "SIN COORDENADAS"),
    country=_mx_country,
    nationality=_mx_nationality,
    day=_mx_day,
    month=_mx_month,
    quarter=_mx_quarter,
    count=_mx_count,
    suspects=lambda k, rng: str(k),
    future=lambda ts, rng: ts.strftime(choice(rng, ("%d/%m/%Y", "%Y-%m-%d"))),
    coords=_mx_coords,
    month_rate=0.06,
    quarter_rate=0.02,
    mojibake_rate=0.04,
    typo_rate=0.02,
    units=(),
)


def _src(
    source: str,
    filename: str,
    ref: str,
    fmt: str,
    encoding: str,
    delimiter: str | None,
    language: str,
    headers: dict[str, str],
    note: str | None,
    total: str,
    bad_count: tuple[str, ...],
    repeats: bool,
    wording: Wording,
) -> Blind92Source:
    blank: object = "" if fmt == "csv" else None
    return Blind92Source(
        source,
        filename,
        ref,
        fmt,
        encoding,
        delimiter,
        language,
        headers,
        note,
        total,
        bad_count,
        repeats,
        wording,
        blank,
    )


_BE_SRC = _src(
    "police_federale_be",
    "djsoc_teh_be_cp.csv",
    "BG.55.L1.{seq:06d}/{year}",
    "csv",
    "cp1252",
    ";",
    "fr",
    {
        "source_ref": "N° PV / Nr PV",
        "event_date": "Date des faits / Datum feiten",
        "unit": "Service / Dienst",
        "crime_type": "Qualification / Kwalificatie",
        "exploitation": "Forme d'exploitation / Uitbuitingsvorm",
        "n_persons": "Nbre victimes/migrants - Aantal slachtoffers/migranten",
        "n_suspects": "Nbre auteurs / Aantal daders",
        "gender": "Sexe / Geslacht",
        "age_group": "Majeur-Mineur / Meerderjarig-Minderjarig",
        "nationality": "Nationalité / Nationaliteit",
        "origin_country": "Pays d'origine / Land van herkomst",
        "transit_countries": "Pays de transit / Transitlanden",
        "destination_country": "Pays de destination / Land van bestemming",
        "detection_country": "Pays de constatation / Land van vaststelling",
        "transport_mode": "Moyen de transport / Vervoermiddel",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Infractions connexes / Samenhangende misdrijven",
    },
    "Remarque / Opmerking : extraction BNG, chiffres provisoires - voorlopige cijfers",
    "TOTAL / TOTAAL",
    ("plusieurs", "nombreux", "un groupe"),
    True,
    _BE,
)
_LU_SRC = _src(
    "parquet_luxembourg",
    "parquet_lux_cp.xlsx",
    "{seq:05d}/{yy:02d}/CD",
    "xlsx",
    "utf-8",
    None,
    "fr",
    {
        "source_ref": "N° notice",
        "event_date": "Date des faits",
        "crime_type": "Qualification pénale",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nombre de personnes concernées",
        "n_suspects": "Nombre de prévenus",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de l'interpellation",
        "transit_countries": "Itinéraire (transit)",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS (lat, long)",
        "linked_offences": "Infractions connexes",
    },
    "Données provisoires - extraction JU-CHA, service statistique du Parquet",
    "Total général",
    ("plusieurs", "quelques-uns"),
    False,
    _LU,
)
_CH_SRC = _src(
    "fedpol_ch",
    "fedpol_scott_cp.csv",
    "SCOTT-{year}-{seq:04d}",
    "csv",
    "utf-16",
    "\t",
    "fr",
    {
        "source_ref": "Réf. fedpol",
        "event_date": "Date de l'interpellation (JJ.MM.AAAA)",
        "crime_type": "Infraction (LEI / CP)",
        "exploitation": "Forme d'exploitation (art. 182 CP)",
        "n_persons": "Nbre de personnes (victimes / migrants)",
        "n_suspects": "Nbre de passeurs / auteurs présumés",
        "gender": "Sexe (m/f)",
        "age_group": "Catégorie d'âge",
        "nationality": "Nationalité (code pays)",
        "origin_country": "Pays de provenance",
        "destination_country": "Pays de destination",
        "detection_country": "État de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées (WGS 84)",
        "linked_offences": "Infractions concomitantes",
    },
    "Remarque : état provisoire des données, sous réserve de modifications",
    "Total",
    ("plusieurs", "divers"),
    False,
    _CH,
)
_CA_SRC = _src(
    "rcmp_div_c",
    "grc_rcmp_div_c_cp.jsonl",
    "{year}-{seq:07d}",
    "jsonl",
    "utf-8",
    None,
    "en",
    {
        "source_ref": "File No. / No de dossier",
        "event_date": "Occurrence Date / Date de l'événement",
        "crime_type": "Offence / Infraction",
        "exploitation": "Exploitation Type / Type d'exploitation",
        "n_persons": "Persons Involved / Personnes impliquées",
        "n_suspects": "Suspects (#) / Nbre de suspects",
        "gender": "Sex / Sexe",
        "age_group": "Age Group / Groupe d'âge",
        "nationality": "Citizenship / Citoyenneté",
        "origin_country": "Country of Origin / Pays d'origine",
        "destination_country": "Intended Destination / Destination prévue",
        "detection_country": "Country of Interception / Pays d'interception",
        "transit_countries": "Transit Countries / Pays de transit",
        "transport_mode": "Conveyance / Moyen de transport",
        "lat": "Latitude (DD)",
        "lon": "Longitude (DD)",
        "linked_offences": "Related Offences / Infractions connexes",
        "unit": "Unit / Unité",
    },
    "PROTECTED B / PROTÉGÉ B - Law enforcement use only / Usage policier seulement",
    "TOTAL",
    ("several", "multiple", "group"),
    True,
    _CA,
)
_MX_SRC = _src(
    "fge_baja_california",
    "fgebc_trata_cp.csv",
    "FGE/BC/TIJ/UEIDTP/{seq:04d}/{year}",
    "csv",
    "utf-8",
    "|",
    "es",
    {
        "source_ref": "NO. CARPETA DE INVESTIGACIÓN",
        "event_date": "FECHA DE LOS HECHOS (DD/MM/AAAA)",
        "crime_type": "DELITO",
        "exploitation": "FINALIDAD DE EXPLOTACIÓN",
        "n_persons": "NÚM. DE VÍCTIMAS / PERSONAS MIGRANTES",
        "n_suspects": "NÚM. DE IMPUTADOS",
        "gender": "SEXO",
        "age_group": "EDAD (RANGO)",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAÍS DE ORIGEN",
        "destination_country": "PAÍS DE DESTINO",
        "detection_country": "PAÍS DONDE SE DETECTÓ",
        "transit_countries": "PAÍSES DE TRÁNSITO",
        "transport_mode": "MEDIO DE TRANSPORTE",
        "lat": "LATITUD",
        "lon": "LONGITUD",
        "linked_offences": "DELITOS CONEXOS",
    },
    "NOTA: CIFRAS PRELIMINARES, SUJETAS A ACTUALIZACIÓN",
    "TOTAL GENERAL",
    ("VARIOS", "VARIAS PERSONAS", "GRUPO"),
    False,
    _MX,
)

#: The five sources of the set, in the order their submissions are returned.
BLIND92_SOURCES: tuple[Blind92Source, ...] = (_BE_SRC, _LU_SRC, _CH_SRC, _CA_SRC, _MX_SRC)

_PRIMARY = {
    "FRA": "police_federale_be",
    "GBR": "police_federale_be",
    "ESP": "police_federale_be",
    "GRC": "parquet_luxembourg",
    "HRV": "parquet_luxembourg",
    "POL": "parquet_luxembourg",
    "ITA": "fedpol_ch",
    "USA": "fge_baja_california",
}
_SECONDARY = {
    ("us_mex", "USA"): "rcmp_div_c",
    ("darien", "PAN"): "fge_baja_california",
    ("cmed", "ITA"): "parquet_luxembourg",
    ("thb_nga_ita", "ITA"): "police_federale_be",
    ("thb_rou_esp", "ESP"): "fedpol_ch",
    ("thb_rou_esp", "ITA"): "police_federale_be",
    ("watl", "ESP"): "rcmp_div_c",
    ("wmed", "ESP"): "fedpol_ch",
    ("emed", "GRC"): "fedpol_ch",
    ("wbal", "HRV"): "fedpol_ch",
    ("blr_pol", "POL"): "police_federale_be",
    ("channel", "FRA"): "parquet_luxembourg",
    ("channel", "GBR"): "rcmp_div_c",
    ("thb_vnm_gbr", "GBR"): "parquet_luxembourg",
}


# --------------------------------------------------------------------------------------
# Writing one event
# --------------------------------------------------------------------------------------
def _garble(text: str, src: Blind92Source, rng: _Rng, tags: list[str]) -> str:
    """Maybe garble (mojibake) or mistype a country word; fit it to the encoding."""
    w = src.wording
    if w.mojibake_rate and _chance(rng, w.mojibake_rate):
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    if w.typo_rate and _chance(rng, w.typo_rate):
        slip = _swap_letters(text, rng)
        if slip != text:
            tags.append("typo")
            return _fit(slip, src)
    return _fit(text, src)


def _country_cell(code: str, src: Blind92Source, rng: _Rng, tags: list[str]) -> str:
    return _garble(src.wording.country(code, rng), src, rng, tags)


def _date_cell(
    src: Blind92Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    w = src.wording
    r = rng.random()
    if partial_ok and r < w.quarter_rate:
        tags.append("partial_quarter")
        return w.quarter(ts, rng), _quarter_start(ts), "quarter"
    if partial_ok and r < w.quarter_rate + w.month_rate:
        tags.append("partial_month")
        return w.month(ts, rng), pd.Timestamp(year=ts.year, month=ts.month, day=1), "month"
    return w.day(ts, rng), ts.normalize(), "day"


def _join_offences(value: str | None, src: Blind92Source, rng: _Rng) -> str:
    w = src.wording
    if value is None:
        return _fit(choice(rng, w.no_offence), src)
    sep = choice(rng, w.offence_seps)
    words = [choice(rng, w.offences[o]) for o in value.split("|")]
    return _fit(sep.join(words), src)


def _transit(value: str | None, src: Blind92Source, rng: _Rng, tags: list[str]) -> str:
    w = src.wording
    if value is None:
        return _fit(choice(rng, w.no_transit), src)
    sep = choice(rng, w.transit_seps)
    words = [_country_cell(c, src, rng, tags) for c in value.split("|")]
    return choice(rng, w.transit_prefix) + sep.join(words)


def _render(
    src: Blind92Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    w = src.wording
    blank = src.blank
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(
        src, ts, rng, partial_ok, tags
    )
    if w.units:
        cells["unit"] = _fit(choice(rng, w.units), src)

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    age = str(ev["age_group"])
    labels = w.crime[crime]
    if crime == "trafficking" and age == "child" and w.child_trafficking:
        labels = labels + w.child_trafficking
    cells["crime_type"] = _fit(choice(rng, labels), src)
    exp["crime_type"] = crime
    form = ev["exploitation"]
    if form is None:
        cells["exploitation"] = _fit(choice(rng, w.no_exploitation), src) or blank
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _fit(choice(rng, w.exploitation[str(form)]), src)
        exp["exploitation"] = str(form)

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if _chance(rng, 0.02):
        cells["n_persons"] = _fit(choice(rng, w.unknown_count), src)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = w.count(n, rng)
        exp["n_persons"] = n
        if n >= 1000:
            tags.append("thousands")
    k = ev["n_suspects"]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = blank
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif k is None:
        cells["n_suspects"] = blank
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif _chance(rng, 0.03):
        cells["n_suspects"] = _fit(choice(rng, w.unknown_suspects), src)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(k) == 0 and _chance(rng, 0.45):  # type: ignore[call-overload]
        word = choice(rng, w.zero_suspects)
        cells["n_suspects"] = word
        exp["n_suspects"] = 0
        if word != "0":
            tags.append("zero_word")
    else:
        cells["n_suspects"] = w.suspects(int(k), rng)  # type: ignore[call-overload]
        exp["n_suspects"] = int(k)  # type: ignore[call-overload]

    # sex and age
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = blank
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif _chance(rng, 0.02):
        cells["gender"] = _fit(choice(rng, w.unknown_gender), src)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _fit(choice(rng, w.gender[gender]), src)
        exp["gender"] = gender
    if _chance(rng, 0.02):
        cells["age_group"] = _fit(choice(rng, w.unknown_age), src)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _fit(choice(rng, w.age[age]), src)
        exp["age_group"] = age

    # countries
    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"] = blank
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif _chance(rng, 0.02):
        cells["nationality"] = _fit(choice(rng, w.unknown_nationality), src)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        word = w.nationality(str(nat), gender, rng)
        cells["nationality"] = _garble(word, src, rng, tags)
        exp["nationality"] = str(nat)
    for col in ("origin_country", "destination_country"):
        code = ev[col]
        cells[col] = blank if code is None else _country_cell(str(code), src, rng, tags)
        exp[col] = None if code is None else str(code)
    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        cells["detection_country"] = blank
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country_cell(str(det), src, rng, tags)
        exp["detection_country"] = str(det)
    transit = ev["transit_countries"]
    cells["transit_countries"] = (
        _transit(None if transit is None else str(transit), src, rng, tags) or blank
    )
    exp["transit_countries"] = None if transit is None else str(transit)

    # transport
    mode = str(ev["transport_mode"])
    if _chance(rng, 0.02):
        cells["transport_mode"] = _fit(choice(rng, w.unknown_transport), src)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _fit(choice(rng, w.transport[mode]), src)
        exp["transport_mode"] = mode

    # place
    keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    lat, lon = ev["lat"], ev["lon"]
    if forced_blank == "coordinates":
        cells.update(dict.fromkeys(keys, blank))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif lat is None or lon is None or _chance(rng, 0.05):
        cells.update(dict.fromkeys(keys, blank))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif _chance(rng, 0.02):
        cells.update(dict.fromkeys(keys, _fit(choice(rng, w.unknown_coords), src)))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        written, la, lo = w.coords(float(lat), float(lon), rng)  # type: ignore[arg-type]
        cells.update({key: _fit(v, src) if isinstance(v, str) else v for key, v in written.items()})
        exp["lat"], exp["lon"] = round(la, 6), round(lo, 6)

    # linked offences
    linked = ev["linked_offences"]
    cells["linked_offences"] = (
        _join_offences(None if linked is None else str(linked), src, rng) or blank
    )
    exp["linked_offences"] = None if linked is None else str(linked)
    tags.extend(_style_tags(cells))
    return cells, exp, tags


def _style_tags(cells: dict[str, object]) -> list[str]:
    """Name the writing styles a row shows, for the analysis of misses."""
    out = []
    if isinstance(cells["event_date"], int):
        out.append("excel_serial")
    count = cells["n_persons"]
    if isinstance(count, str) and count.endswith("pers."):
        out.append("count_text")
    place = " ".join(str(cells.get(k) or "") for k in ("coordinates", "lat", "lon"))
    if "°" in place and "'" in place:
        out.append("coords_dms")
    if place.endswith(" O") or '"O' in place or " O " in place or " O," in place:
        out.append("west_o")
    return out


# --------------------------------------------------------------------------------------
# Bad dates and note rows
# --------------------------------------------------------------------------------------
_NO_DATE_WORDS = {
    "police_federale_be": ("inconnue", "n.c."),
    "parquet_luxembourg": ("date inconnue",),
    "fedpol_ch": ("inconnue",),
    "rcmp_div_c": ("UNK", "Unknown"),
    "fge_baja_california": ("S/D", "SE DESCONOCE"),
}


def _bad_date(src: Blind92Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return choice(rng, _NO_DATE_WORDS[src.source]) if _chance(rng, 0.35) else src.blank
    if kind == "future_date":
        return src.wording.future(_later(ts, 100 if _chance(rng, 0.7) else 1000), rng)
    day, month = _impossible(ts, rng)
    y = ts.year
    if src.source == "police_federale_be":
        return f"{day:02d}/{month:02d}/{y}"
    if src.source in ("parquet_luxembourg", "fedpol_ch"):
        return f"{day:02d}.{month:02d}.{y}"
    if src.source == "rcmp_div_c":
        return f"{y}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{y}"


def _note_date(src: Blind92Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the extraction date)."""
    day = last + pd.Timedelta(days=3)
    if src.source == "parquet_luxembourg":
        return datetime(day.year, day.month, day.day)
    if src.source == "fedpol_ch":
        return day.strftime("%d.%m.%Y")
    if src.source == "rcmp_div_c":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Blind92Source] = Examiner(
    sources=BLIND92_SOURCES,
    primary=_PRIMARY,
    compilation="rcmp_div_c",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=9292,
    blank_share=0.35,
)


def make_blind92(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind92`` examiner set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``djsoc_teh_be_cp.csv``, ``parquet_lux_cp.xlsx``, ``fedpol_scott_cp.csv``,
        ``grc_rcmp_div_c_cp.jsonl`` and ``fgebc_trata_cp.csv``, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples._truth import make_truth
    >>> subs = make_blind92(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['djsoc_teh_be_cp.csv', 'parquet_lux_cp.xlsx', 'fedpol_scott_cp.csv',
     'grc_rcmp_div_c_cp.jsonl', 'fgebc_trata_cp.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
