"""Examiner set ``blind86``: five agencies of the Americas and Europe (files ``*_cj.*``).

A held-out set written without looking at the cleaner. Three of the five sources write
in Spanish (a Mexican state police, a Panamanian municipality, a Mexican attaché office
in Madrid), one in English (a US federal liaison digest) and one in French (a French
municipal police log). Every cell is one a competent analyst reads to a single clean
value; the truth (``expected``) records that value.

Reader's guide
--------------
``pesp_sonora_cj.csv`` -- Policía Estatal de Seguridad Pública de Sonora (SSP Sonora)
    Extract of the state police's IPH register (*Informe Policial Homologado*) of the
    binational border strip: first reporter of every event detected in the United
    States. Spanish (Mexico), **cp1252**, delimiter ``,``, CRLF line ends, CAPITALS.
    Headers as the register prints them (``FOLIO IPH``, ``FECHA DEL HECHO``,
    ``PROBABLE DELITO``, ``NO. PERSONAS (MIGRANTES/VÍCTIMAS)``, ``DETENIDOS``...).
    Dates day first: ``dd/mm/aaaa``, the same with the hour of the IPH (``hh:mm``),
    ``5-ene-22`` (Spanish month abbreviation, two-digit year), ``05 DE ENERO DE 2022``
    and a few ISO dates; partial dates ``ENERO 2022``, ``ENE-2022``, ``01/2022`` and
    quarters ``1ER. TRIMESTRE 2022`` / ``PRIMER TRIMESTRE 2022``. Crime as the
    Mexican charge: *tráfico de personas* (smuggling, art. 159 Ley de Migración, also
    the old *tráfico de indocumentados*), *trata de personas* (art. 10 LGPSEDMTP), or
    both; exploitation in the words of the Ley General (*prostitución ajena*, *trabajos o
    servicios forzados*, *matrimonio forzoso o servil* ...). Sex ``H``/``M`` (*hombre* /
    *mujer*: ``M`` is a woman here) or in words; age ``NNA`` (*niñas, niños y
    adolescentes*) for children; nationality as a feminine demonym (``GUATEMALTECA``),
    sometimes without accents (``HONDURENA``) or garbled (``MÃ‰XICO``); countries
    ``E.U.A.``, ``EUA``, ``EE.UU.``; transit ``GUATEMALA - MÉXICO`` or ``VÍA ...``;
    one coordinates column: ``31.33412, -110.93451``, Google-Maps DMS
    ``31°20'02.8"N 110°56'04.2"W`` or GPS ``N 31.33412 W 110.93451``. Unknowns
    ``S/D``, ``SIN DATO``, ``SE DESCONOCE``; no arrests ``NINGUNO`` / ``SIN DETENIDOS``;
    thousands with a comma (``1,250``); some counts ``23 MIGRANTES``. Undated rows may
    read ``SIN FECHA``. Note row, ``TOTAL GENERAL`` row, an empty row.
``municipio_pinogana_cj.xlsx`` -- Alcaldía de Pinogana (Darién, Panamá)
    Weekly sheet of the municipal migrant-attention unit (Lajas Blancas, Bajo Chiquito):
    first reporter of every event detected in Panama. Spanish (Panama), XLSX. Dates are
    real Excel dates, bare Excel serial numbers (``44634``), or text ``12/03/2022``,
    ``12 de marzo de 2022`` (``setiembre`` too), ``12-mar-2022``, ``12/03/22``; partial
    ``marzo 2022``, ``Marzo-2022`` and quarters in Roman numerals (``II Trim. 2022``).
    Crime ``Tráfico ilícito de migrantes`` (``T.I.M.``), ``Trata de personas (Ley 79 de
    2011)``; counts as numbers, or text ``1,250``, ``aprox. 300``, ``45 personas``;
    sex ``M``/``F`` (*masculino* / *femenino*: ``M`` is a man here); ``NNA`` children;
    nationality as a country or a plural demonym (``venezolanos``); transport words of
    the jungle route (``Caminando (selva)``, ``Piragua``). Coordinates in two numeric
    columns ``Lat. Norte (grados)`` and ``Long. Oeste (grados)``: the longitude is
    written **positive** under a *west* header, some as text ``77.81234 O``. Unknowns
    ``ND``, ``s/d``, ``No determinado``; re-sent rows (exact repeats) at the end.
``agregaduria_mx_madrid_cj.csv`` -- Agregaduría de la SSPC, Embajada de México en España
    The Mexican security attaché's digest of counterpart reporting: first reporter of
    events detected in Spain and Italy (and a second reporter of some Aegean ones).
    Spanish, **UTF-8 with BOM**, delimiter ``;`` (Spanish-locale Excel). Dates
    ``14/03/2022``, ``14.03.2022``, ``14-mar-2022``, ``14 de marzo de 2022``, ISO,
    ``14/03/22``; partial ``marzo de 2022``, ``03/2022``, ``mar. 2022``, quarters
    ``1T 2022``, ``2022T1`` (INE style), ``1.er trimestre de 2022``. Crimes as the host
    country's charge: arts. 318 bis / 177 bis of the Spanish Código Penal, and for Italy
    copied in Italian (``Favoreggiamento dell'immigrazione clandestina (art. 12 D.Lgs.
    286/98)``, ``Tratta di persone (art. 601 c.p.)``, ``caporalato``). ``MENA``
    children, ``TSH`` for trafficking, ISO alpha-3 nationalities now and then,
    thousands with a dot (``1.250``), decimal commas in the ``Latitud``/``Longitud``
    columns (``28,12345``) and DMS with the ordinal sign ``º`` and decimal-comma seconds
    (``28º07'24,4" N``, ``15º25'55,6" O``). Unknowns ``s/d``, ``n/c``, ``no consta``.
    Re-sent rows at the end.
``dss_liaison_cj.jsonl`` -- US Diplomatic Security Service, criminal-investigations liaison
    JSON-lines export of the DSS liaison digest (embassy regional security offices and
    domestic field offices): first reporter of every event no other source reports first
    (Greece, Croatia, Poland, the United Kingdom), second reporter of some US-border,
    Darién, Central Mediterranean and French-side Channel events. English, UTF-8.
    Dates **month first** ``03/14/2022``, ``14-MAR-2022``, ``March 14, 2022``, ISO (some
    with a time); partial ``Mar 2022``, ``2022-03``, calendar quarters ``Q1 CY2022``,
    ``2022-Q1``. ``8 USC 1324`` alien smuggling, ``TIP``; counts as JSON numbers or
    strings (``1,250``, ``approx. 40``, ``40 pax``), unknown ``UNK``/``TBD``; sex
    ``M``/``F`` (*male* / *female*); ``UAC`` children; US-government names
    (``Turkiye``, ``PRC``, ``U.K.``, ``Gambia, The``) and ISO alpha-3 citizenship;
    transit and related offences sometimes as JSON arrays; coordinates as JSON numbers
    or degrees and decimal minutes (``39°06.234'N``).
``pm_calais_cj.csv`` -- Police municipale de Calais, main courante
    Export of the municipal police log book, with French/English headers for the
    cross-Channel partners: first reporter of events detected in France, second
    reporter of Channel events detected in the United Kingdom. French, **UTF-16**
    (Excel "Unicode text"), **tab** delimiter. Dates ``14/03/2022``, ``14/03/22``,
    ``lundi 14 mars 2022`` (``1er mars``), ``14/03/2022 à 03h40``, ISO; partial ``mars
    2022``, ``03/2022``, ``T1 2022``, ``1er trimestre 2022``. Crimes ``Aide à l'entrée
    irrégulière (art. L823-1 CESEDA)``, ``TEH`` (*traite des êtres humains*); sex
    ``H``/``F``; ``MNA`` children; demonyms (``Kurde irakien``); thousands with a
    narrow no-break space; one GPS column ``50,95812 / 1,85340`` (decimal commas) or
    ``N 50°57'29" E 1°51'12"``; unknowns ``NC``, ``NR``, ``non renseigné``.

Every file has a note row and a total row (and an empty row if CSV); about 1.5 % of the
events are bad rows (no date, an impossible date such as ``31/04/2022``, a date ten
years ahead, a negative count, a count such as ``VARIOS``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND86_SOURCES", "make_blind86"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """A source of this set: the shared fields plus the name of its wording style."""

    style: str = ""


# --------------------------------------------------------------------------------------
# Country names, in the three languages
# --------------------------------------------------------------------------------------
_ES_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Bielorrusia", "Belarús"),
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
    "GIN": ("Guinea", "Guinea Conakry"),
    "GMB": ("Gambia",),
    "GRC": ("Grecia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croacia",),
    "HTI": ("Haití",),
    "HUN": ("Hungría",),
    "IRN": ("Irán",),
    "IRQ": ("Irak", "Iraq"),
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
    "ROU": ("Rumanía", "Rumania"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU.", "EE.UU."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
#: Spanish demonyms: (masculine singular, feminine singular, masculine plural).
_ES_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("afgano", "afgana", "afganos"),
    "ALB": ("albanés", "albanesa", "albaneses"),
    "BGD": ("bangladesí", "bangladesí", "bangladesíes"),
    "CHN": ("chino", "china", "chinos"),
    "CIV": ("marfileño", "marfileña", "marfileños"),
    "CMR": ("camerunés", "camerunesa", "cameruneses"),
    "COL": ("colombiano", "colombiana", "colombianos"),
    "DZA": ("argelino", "argelina", "argelinos"),
    "ECU": ("ecuatoriano", "ecuatoriana", "ecuatorianos"),
    "EGY": ("egipcio", "egipcia", "egipcios"),
    "ERI": ("eritreo", "eritrea", "eritreos"),
    "GIN": ("guineano", "guineana", "guineanos"),
    "GMB": ("gambiano", "gambiana", "gambianos"),
    "GTM": ("guatemalteco", "guatemalteca", "guatemaltecos"),
    "HND": ("hondureño", "hondureña", "hondureños"),
    "HTI": ("haitiano", "haitiana", "haitianos"),
    "IRN": ("iraní", "iraní", "iraníes"),
    "IRQ": ("iraquí", "iraquí", "iraquíes"),
    "MAR": ("marroquí", "marroquí", "marroquíes"),
    "MEX": ("mexicano", "mexicana", "mexicanos"),
    "MLI": ("maliense", "maliense", "malienses"),
    "NGA": ("nigeriano", "nigeriana", "nigerianos"),
    "PAK": ("pakistaní", "pakistaní", "pakistaníes"),
    "ROU": ("rumano", "rumana", "rumanos"),
    "SEN": ("senegalés", "senegalesa", "senegaleses"),
    "SYR": ("sirio", "siria", "sirios"),
    "TUN": ("tunecino", "tunecina", "tunecinos"),
    "TUR": ("turco", "turca", "turcos"),
    "VEN": ("venezolano", "venezolana", "venezolanos"),
    "VNM": ("vietnamita", "vietnamita", "vietnamitas"),
    "YEM": ("yemení", "yemení", "yemeníes"),
}
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China", "PRC"),
    "CIV": ("Cote d'Ivoire", "Côte d'Ivoire", "Ivory Coast"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK", "U.K.", "Great Britain"),
    "GIN": ("Guinea", "Guinea-Conakry"),
    "GMB": ("Gambia, The", "The Gambia"),
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
    "RUS": ("Russia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Turkiye"),
    "USA": ("United States", "U.S.", "USA"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYMS: dict[str, str] = {
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
_FR_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie",),
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
    "GBR": ("Royaume-Uni", "R-U", "GB"),
    "GIN": ("Guinée",),
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
#: French demonyms: (masculine, feminine).
_FR_DEMONYMS: dict[str, tuple[str, str]] = {
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
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
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: (day, month) pairs that exist in no year; (29, 2) is added for common years.
_IMPOSSIBLE = ((30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11))


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """Drop the accents (``HONDUREÑA`` -> ``HONDURENA``), as old registers do."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """Return a (day, month) of the year of ``ts`` that does not exist."""
    pairs = list(_IMPOSSIBLE)
    if not ts.is_leap_year:
        pairs.append((29, 2))
    return pairs[int(rng.integers(len(pairs)))]


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date typed ten years ahead (``2032`` for ``2022``): a future date."""
    return pd.Timestamp(ts + pd.DateOffset(years=10))


def _dms(value: float, decimals: int) -> tuple[int, int, float, float]:
    """Degrees, minutes, seconds (rounded) of ``abs(value)``; and the value they write."""
    v = abs(value)
    deg = int(v)
    minutes_full = (v - deg) * 60
    minutes = int(minutes_full)
    seconds = round((minutes_full - minutes) * 60, decimals)
    if seconds >= 60:
        seconds -= 60
        minutes += 1
    if minutes >= 60:
        minutes -= 60
        deg += 1
    back = deg + minutes / 60 + seconds / 3600
    return deg, minutes, seconds, round(back if value >= 0 else -back, 6)


def _ddm(value: float) -> tuple[int, float, float]:
    """Degrees and decimal minutes (three decimals) of ``abs(value)``; the value written."""
    v = abs(value)
    deg = int(v)
    minutes = round((v - deg) * 60, 3)
    if minutes >= 60:
        minutes -= 60
        deg += 1
    back = deg + minutes / 60
    return deg, minutes, round(back if value >= 0 else -back, 6)


def _split(text: object) -> list[str]:
    return str(text).split("|") if text else []


# --------------------------------------------------------------------------------------
# Styles: how each source writes its cells
# --------------------------------------------------------------------------------------
class _Style:
    """Wording of one source; subclasses set the tables and override the writers."""

    crime: dict[str, tuple[str, ...]]
    exploit: dict[str, tuple[str, ...]]
    no_exploit: tuple[str, ...]
    gender: dict[str, tuple[str, ...]]
    gender_unknown: tuple[str, ...]
    age: dict[str, tuple[str, ...]]
    age_na: tuple[str, ...]
    mode: dict[str, tuple[str, ...]]
    mode_na: tuple[str, ...]
    offence: dict[str, tuple[str, ...]]
    offence_seps: tuple[str, ...]
    offence_none: tuple[str, ...]
    count_unknown: tuple[str, ...]
    suspects_zero: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    nationality_unknown: tuple[str, ...]
    transit_seps: tuple[str, ...]
    transit_none: tuple[str, ...]
    partial_rate = 0.07

    # ---- dates ----------------------------------------------------------------------
    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
    ) -> tuple[object, pd.Timestamp, str, str]:
        """Return (cell, expected date, precision, tag) of an event's date."""
        if partial_ok and rng.random() < self.partial_rate:
            if rng.random() < 0.6:
                return self.month_cell(ts, rng), _month_start(ts), "month", "date_month"
            return self.quarter_cell(ts, rng), _quarter_start(ts), "quarter", "date_quarter"
        cell, tag = self.day_cell(ts, rng)
        return cell, ts, "day", tag

    def day_cell(self, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
        """Return (cell, tag) of a full date."""
        return ts.strftime("%d/%m/%Y"), "date_dmy"

    def month_cell(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """Return the cell of a month-precision date."""
        return ts.strftime("%m/%Y")

    def quarter_cell(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """Return the cell of a quarter-precision date."""
        return f"T{_quarter(ts)} {ts.year}"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        """Return the cell of a bad date (``no_date``, ``bad_date`` or ``future_date``)."""
        if kind == "no_date":
            return None
        if kind == "bad_date":
            day, month = _impossible(ts, rng)
            return f"{day:02d}/{month:02d}/{ts.year}"
        return _future(ts).strftime("%d/%m/%Y")

    def note_date(self, last: pd.Timestamp) -> object:
        """Return the date written on the note row."""
        return last.strftime("%d/%m/%Y")

    # ---- crime ----------------------------------------------------------------------
    def crime_cell(self, crime: str, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
        """Return (cell, tags) of the crime type."""
        cell = choice(rng, self.crime[crime])
        return cell, (["crime_article"] if any(ch.isdigit() for ch in cell) else [])

    def exploit_cell(
        self, form: str | None, ev: dict[str, object], rng: _Rng
    ) -> tuple[object, list[str]]:
        """Return (cell, tags) of the form of exploitation (None: pure smuggling)."""
        if form is None:
            cell = choice(rng, self.no_exploit)
            return (cell or None), ([] if not cell else ["exploitation_na_word"])
        return choice(rng, self.exploit[form]), []

    # ---- counts ---------------------------------------------------------------------
    def thousands(self, n: int) -> str:
        """Write ``n`` with the source's thousands separator."""
        return f"{n:,}"

    def count_cell(self, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
        """Return (cell, expected, tags) of the number of persons."""
        r = rng.random()
        if r < 0.02:
            return choice(rng, self.count_unknown), None, ["count_placeholder"]
        if n >= 1000 and r < 0.75:
            return self.thousands(n), n, ["thousands_sep"]
        if r < 0.08:
            return self.count_with_word(n, rng), n, ["count_with_word"]
        return self.plain_count(n), n, []

    def count_with_word(self, n: int, rng: _Rng) -> str:
        """Write ``n`` with a unit word (``23 personas``)."""
        return f"{n} pers."

    def plain_count(self, n: int) -> object:
        """Write a plain count (text in a CSV file)."""
        return str(n)

    def suspects_cell(self, k: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
        """Return (cell, expected, tags) of the number of suspects."""
        r = rng.random()
        if r < 0.03:
            return choice(rng, self.suspects_unknown), None, ["suspects_placeholder"]
        if k == 0 and r < 0.4:
            return choice(rng, self.suspects_zero), 0, ["zero_word"]
        return self.plain_count(k), k, []

    # ---- people ---------------------------------------------------------------------
    def gender_cell(self, gender: str, rng: _Rng) -> tuple[object, str, list[str]]:
        """Return (cell, expected, tags) of the sex of the persons."""
        if rng.random() < 0.015:
            return choice(rng, self.gender_unknown), "unknown", ["blank_gender_word"]
        return choice(rng, self.gender[gender]), gender, []

    def age_cell(self, age: str, rng: _Rng) -> tuple[object, str, list[str]]:
        """Return (cell, expected, tags) of the age group."""
        if rng.random() < 0.02:
            return choice(rng, self.age_na), "unknown", ["na_word"]
        return choice(rng, self.age[age]), age, []

    def mode_cell(self, mode: str, corridor: str, rng: _Rng) -> tuple[object, str, list[str]]:
        """Return (cell, expected, tags) of the transport mode."""
        if rng.random() < 0.02:
            return choice(rng, self.mode_na), "unknown", ["na_word"]
        return choice(rng, self.mode[mode]), mode, []

    # ---- countries ------------------------------------------------------------------
    def country(self, code: str, rng: _Rng) -> str:
        """Write a country."""
        return code

    def destination(self, code: str, rng: _Rng) -> str:
        """Write the country of destination."""
        return self.country(code, rng)

    def nationality_cell(self, code: str, rng: _Rng) -> tuple[object, str | None, list[str]]:
        """Return (cell, expected, tags) of the nationality."""
        if rng.random() < 0.015:
            return choice(rng, self.nationality_unknown), None, ["blank_nationality_word"]
        cell, tags = self.nationality(code, rng)
        return cell, code, tags

    def nationality(self, code: str, rng: _Rng) -> tuple[object, list[str]]:
        """Write a nationality."""
        return self.country(code, rng), []

    def transit_cell(self, codes: list[str], rng: _Rng) -> tuple[object, list[str]]:
        """Return (cell, tags) of the ordered transit countries."""
        if not codes:
            cell = choice(rng, self.transit_none)
            return (cell or None), ([] if not cell else ["transit_none_word"])
        names = [self.country(c, rng) for c in codes]
        seps = [s for s in self.transit_seps if not any(s.strip() in n for n in names)]
        sep = choice(rng, seps or ["; "])
        return sep.join(names), []

    # ---- place ----------------------------------------------------------------------
    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float, str]:
        """Return (cells, expected lat, expected lon, tag) of the place."""
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon, "coords_decimal"

    def no_coords(self, rng: _Rng, *, placeholder: bool) -> _Cells:
        """Return the cells of a place not written (``placeholder``: a word says so)."""
        return {}

    # ---- offences -------------------------------------------------------------------
    def offences_cell(self, offences: list[str], rng: _Rng) -> tuple[object, list[str]]:
        """Return (cell, tags) of the linked offences."""
        if not offences:
            cell = choice(rng, self.offence_none)
            return (cell or None), []
        words = [choice(rng, self.offence[o]) for o in offences]
        return choice(rng, self.offence_seps).join(words), []


class _Sonora(_Style):
    """SSP Sonora, state police IPH register: Mexican Spanish in capitals, cp1252."""

    crime = {  # noqa: RUF012 - read-only wording table
        "smuggling": (
            "TRÁFICO DE PERSONAS (ART. 159 LEY DE MIGRACIÓN)",
            "TRAFICO DE PERSONAS",
            "TRÁFICO DE PERSONAS",
            "TRÁFICO DE INDOCUMENTADOS",
            "ART. 159 FRACC. I LM - TRÁFICO DE PERSONAS",
            "TRÁFICO ILÍCITO DE MIGRANTES",
        ),
        "trafficking": (
            "TRATA DE PERSONAS",
            "TRATA DE PERSONAS (ART. 10 LGPSEDMTP)",
            "DELITOS EN MATERIA DE TRATA DE PERSONAS",
        ),
        "both": (
            "TRÁFICO DE PERSONAS Y TRATA DE PERSONAS",
            "TRATA DE PERSONAS / TRÁFICO DE PERSONAS",
            "TRÁFICO DE PERSONAS (ART. 159 LM) Y TRATA DE PERSONAS (ART. 10 LGPSEDMTP)",
        ),
    }
    exploit = {  # noqa: RUF012
        "sexual": (
            "EXPLOTACIÓN SEXUAL",
            "PROSTITUCIÓN AJENA U OTRAS FORMAS DE EXPLOTACIÓN SEXUAL",
            "EXPLOTACIÓN SEXUAL COMERCIAL",
        ),
        "forced_labour": (
            "TRABAJOS O SERVICIOS FORZADOS",
            "EXPLOTACIÓN LABORAL",
            "TRABAJO FORZADO",
        ),
        "forced_criminality": (
            "UTILIZACIÓN DE PERSONAS EN ACTIVIDADES DELICTIVAS",
            "ACTIVIDADES DELICTIVAS (FORZADAS)",
        ),
        "forced_marriage": ("MATRIMONIO FORZOSO O SERVIL", "MATRIMONIO FORZADO"),
        "organ_removal": ("EXTRACCIÓN DE ÓRGANOS", "EXTRACCIÓN DE ÓRGANOS, TEJIDOS O CÉLULAS"),
        "other": ("OTRA FORMA DE EXPLOTACIÓN", "OTRA"),
    }
    no_exploit = ("", "", "N/A", "NO APLICA")
    gender = {  # noqa: RUF012
        "male": ("HOMBRES", "HOMBRE", "H"),
        "female": ("MUJERES", "MUJER", "M"),
        "mixed": ("HOMBRES Y MUJERES", "MIXTO", "AMBOS SEXOS", "H Y M"),
    }
    gender_unknown = ("S/D", "SIN DATO")
    age = {  # noqa: RUF012
        "adult": ("ADULTOS", "MAYORES DE EDAD", "MAYOR DE EDAD"),
        "child": ("MENORES DE EDAD", "NNA", "NNA NO ACOMPAÑADOS", "MENOR DE EDAD"),
        "mixed": ("ADULTOS Y NNA", "MAYORES Y MENORES DE EDAD", "MIXTO"),
    }
    age_na = ("S/D", "NO ESPECIFICADO")
    mode = {  # noqa: RUF012
        "land": (
            "A PIE",
            "VEHÍCULO PARTICULAR",
            "TRACTOCAMIÓN (CAJA SECA)",
            "CAMIONETA",
            "AUTOBÚS DE PASAJEROS",
            "TERRESTRE",
            "TREN DE CARGA",
        ),
        "sea": ("EMBARCACIÓN", "LANCHA", "VÍA MARÍTIMA"),
        "air": ("VÍA AÉREA", "AVIÓN (VUELO COMERCIAL)"),
    }
    mode_na = ("S/D", "NO ESPECIFICADO")
    offence = {  # noqa: RUF012
        "document_fraud": ("USO DE DOCUMENTO FALSO", "FALSIFICACIÓN DE DOCUMENTOS"),
        "corruption": ("COHECHO",),
        "money_laundering": (
            "OPERACIONES CON RECURSOS DE PROCEDENCIA ILÍCITA",
            "LAVADO DE DINERO",
        ),
        "illicit_goods": ("CONTRABANDO", "CONTRABANDO DE MERCANCÍA"),
        "cybercrime": ("DELITOS INFORMÁTICOS",),
        "terrorism": ("TERRORISMO",),
    }
    offence_seps = (" / ", ", ")
    offence_none = ("", "", "NINGUNO", "N/A")
    count_unknown = ("S/D", "SIN DATO", "SE DESCONOCE")
    suspects_zero = ("NINGUNO", "SIN DETENIDOS")
    suspects_unknown = ("S/D", "SE DESCONOCE")
    nationality_unknown = ("S/D", "DESCONOCIDA")
    transit_seps = (" - ", ", ", "/")
    transit_none = ("", "DIRECTO", "NINGUNO")

    def _caps(self, text: str, rng: _Rng) -> str:
        """Capitals, now and then without accents or garbled (UTF-8 read as cp1252)."""
        out = text.upper()
        r = rng.random()
        if r < 0.25:
            return _plain(out)
        if r < 0.28:
            bad = mojibake(out)
            if bad is not None and fits(bad, _SONORA):
                return bad
        return out

    def day_cell(self, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
        r = rng.random()
        if r < 0.45:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        if r < 0.60:
            hhmm = f"{int(rng.integers(24)):02d}:{int(rng.integers(60)):02d}"
            return f"{ts.strftime('%d/%m/%Y')} {hhmm}", "date_with_time"
        if r < 0.75:
            return f"{ts.day}-{_ES_ABBR[ts.month - 1]}-{ts.year % 100:02d}", "date_mon_abbr"
        if r < 0.88:
            month = _ES_MONTHS[ts.month - 1].upper()
            return f"{ts.day:02d} DE {month} DE {ts.year}", "date_words"
        return ts.strftime("%Y-%m-%d"), "date_iso"

    def month_cell(self, ts: pd.Timestamp, rng: _Rng) -> object:
        month = _ES_MONTHS[ts.month - 1].upper()
        return choice(
            rng,
            (
                f"{month} {ts.year}",
                f"{_ES_ABBR[ts.month - 1].upper()}-{ts.year}",
                f"{ts.month:02d}/{ts.year}",
                f"{month} DE {ts.year} (SIN FECHA EXACTA)",
            ),
        )

    def quarter_cell(self, ts: pd.Timestamp, rng: _Rng) -> object:
        q = _quarter(ts)
        short = ("1ER.", "2DO.", "3ER.", "4TO.")[q - 1]
        long = ("PRIMER", "SEGUNDO", "TERCER", "CUARTO")[q - 1]
        return choice(rng, (f"{short} TRIMESTRE {ts.year}", f"{long} TRIMESTRE DE {ts.year}"))

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return "SIN FECHA" if rng.random() < 0.3 else None
        return super().bad_date(ts, kind, rng)

    def count_with_word(self, n: int, rng: _Rng) -> str:
        return f"{n} {choice(rng, ('MIGRANTES', 'PERSONAS', 'PERS.'))}"

    def suspects_cell(self, k: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
        cell, exp, tags = super().suspects_cell(k, rng)
        if k > 0 and not tags and rng.random() < 0.12:
            return f"{k} DETENIDO{'S' if k > 1 else ''}", k, ["count_with_word"]
        return cell, exp, tags

    def country(self, code: str, rng: _Rng) -> str:
        if code == "USA":
            return choice(
                rng, ("ESTADOS UNIDOS", "EUA", "E.U.A.", "EE.UU.", "ESTADOS UNIDOS DE AMÉRICA")
            )
        return self._caps(choice(rng, _ES_NAMES.get(code, (code,))), rng)

    def nationality(self, code: str, rng: _Rng) -> tuple[object, list[str]]:
        forms = _ES_DEMONYMS.get(code)
        if forms is not None and rng.random() < 0.75:
            word = forms[1] if rng.random() < 0.8 else forms[2]
            return self._caps(word, rng), ["demonym"]
        return self.country(code, rng), []

    def transit_cell(self, codes: list[str], rng: _Rng) -> tuple[object, list[str]]:
        cell, tags = super().transit_cell(codes, rng)
        if codes and rng.random() < 0.1:
            return f"VÍA {cell}", [*tags, "transit_via"]
        return cell, tags

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float, str]:
        r = rng.random()
        if r < 0.5:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, "coords_decimal"
        if r < 0.6:
            return {"coordinates": f"{lat:.5f} {lon:.5f}"}, lat, lon, "coords_decimal"
        if r < 0.85:
            d1, m1, s1, la = _dms(lat, 1)
            d2, m2, s2, lo = _dms(lon, 1)
            ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
            text = f"{d1}°{m1:02d}'{s1:04.1f}\"{ns} {d2}°{m2:02d}'{s2:04.1f}\"{ew}"
            return {"coordinates": text}, la, lo, "coords_dms"
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        text = f"{ns} {abs(lat):.5f} {ew} {abs(lon):.5f}"
        return {"coordinates": text}, lat, lon, "coords_hemisphere"

    def no_coords(self, rng: _Rng, *, placeholder: bool) -> _Cells:
        if placeholder:
            return {"coordinates": choice(rng, ("SIN COORDENADAS", "S/C", "N/D"))}
        return {}


class _Pinogana(_Style):
    """Alcaldía de Pinogana (Darién): Panamanian Spanish, XLSX with Excel dates."""

    partial_rate = 0.08
    crime = {  # noqa: RUF012
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
            "T.I.M.",
        ),
        "trafficking": ("Trata de personas", "Trata de personas (Ley 79 de 2011)"),
        "both": (
            "Trata de personas y tráfico ilícito de migrantes",
            "Tráfico de migrantes / trata de personas",
        ),
    }
    exploit = {  # noqa: RUF012
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral", "Laboral"),
        "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
        "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otro fin", "Otra"),
    }
    no_exploit = ("", "No aplica", "—")
    gender = {  # noqa: RUF012
        "male": ("Masculino", "Hombres", "M"),
        "female": ("Femenino", "Mujeres", "F"),
        "mixed": ("Mixto", "Ambos sexos", "M/F"),
    }
    gender_unknown = ("ND", "No registrado")
    age = {  # noqa: RUF012
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "NNA", "Niños, niñas y adolescentes"),
        "mixed": ("Adultos y menores", "Mixto", "Adultos y NNA"),
    }
    age_na = ("N/A", "No registrado")
    mode = {  # noqa: RUF012
        "land": ("A pie", "Caminando (selva)", "Terrestre", "Bus"),
        "sea": ("Piragua", "Lancha", "Marítimo", "Bote"),
        "air": ("Aéreo", "Avioneta"),
    }
    mode_na = ("N/A", "No registrado")
    offence = {  # noqa: RUF012
        "document_fraud": ("Falsificación de documentos", "Documentos falsos"),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando", "Narcotráfico"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    }
    offence_seps = ("; ", " / ")
    offence_none = ("", "", "Ninguno")
    count_unknown = ("ND", "s/d", "No determinado")
    suspects_zero = ("ninguno", "Ninguno", "no hubo")
    suspects_unknown = ("s/d", "ND")
    nationality_unknown = ("ND", "No determinada")
    transit_seps = (", ", " - ")
    transit_none = ("", "Ninguno", "Directo")

    def day_cell(self, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
        r = rng.random()
        if r < 0.55:
            return ts.to_pydatetime(), "date_excel"
        if r < 0.67:
            return int((ts.normalize() - _EXCEL_EPOCH).days), "date_serial"
        if r < 0.77:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        if r < 0.88:
            month = _ES_MONTHS[ts.month - 1]
            if ts.month == 9 and rng.random() < 0.4:
                month = "setiembre"
            return f"{ts.day} de {month} de {ts.year}", "date_words"
        if r < 0.94:
            return f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}", "date_mon_abbr"
        return ts.strftime("%d/%m/%y"), "date_dmy_short"

    def month_cell(self, ts: pd.Timestamp, rng: _Rng) -> object:
        month = _ES_MONTHS[ts.month - 1]
        return choice(
            rng, (f"{month} {ts.year}", f"{month.capitalize()}-{ts.year}", f"{month} de {ts.year}")
        )

    def quarter_cell(self, ts: pd.Timestamp, rng: _Rng) -> object:
        q = _ROMAN[_quarter(ts) - 1]
        return choice(rng, (f"{q} trimestre {ts.year}", f"{q} Trim. {ts.year}"))

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "future_date":
            return _future(ts).to_pydatetime()
        return super().bad_date(ts, kind, rng)

    def note_date(self, last: pd.Timestamp) -> object:
        return last.to_pydatetime()

    def count_cell(self, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
        r = rng.random()
        if r < 0.02:
            return choice(rng, self.count_unknown), None, ["count_placeholder"]
        if n >= 1000 and r < 0.5:
            return f"{n:,}", n, ["thousands_sep"]
        if r < 0.07 and n >= 20:
            return f"aprox. {n}", n, ["approx_count"]
        if r < 0.11:
            return f"{n} personas", n, ["count_with_word"]
        return n, n, []

    def plain_count(self, n: int) -> object:
        return n

    def country(self, code: str, rng: _Rng) -> str:
        if code == "PAN":
            return choice(rng, ("Panamá", "Panamá", "Rep. de Panamá", "Panama"))
        if code == "USA":
            return choice(rng, ("Estados Unidos", "EE. UU.", "EEUU", "USA"))
        return choice(rng, _ES_NAMES.get(code, (code,)))

    def nationality(self, code: str, rng: _Rng) -> tuple[object, list[str]]:
        forms = _ES_DEMONYMS.get(code)
        if forms is not None and rng.random() < 0.4:
            word = forms[2]
            return (word.capitalize() if rng.random() < 0.5 else word), ["demonym"]
        return self.country(code, rng), []

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float, str]:
        # The sheet's headers say north and west: the longitude is written positive.
        west = lon < 0
        r = rng.random()
        if r < 0.9 and west:
            return {"lat": round(lat, 5), "lon": round(-lon, 5)}, lat, lon, "lon_positive_west"
        ew = "O" if west else "E"
        cells: _Cells = {"lat": f"{lat:.5f} N", "lon": f"{abs(lon):.5f} {ew}"}
        return cells, lat, lon, "coords_hemisphere"

    def no_coords(self, rng: _Rng, *, placeholder: bool) -> _Cells:
        if placeholder:
            word = choice(rng, ("s/c", "ND"))
            return {"lat": word, "lon": word}
        return {}


class _Attache(_Style):
    """Mexican SSPC attaché in Madrid: Spanish (Spain's charges), UTF-8 BOM, ``;``."""

    crime = {  # noqa: RUF012
        "smuggling": (
            "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
            "Delito contra los derechos de los ciudadanos extranjeros",
            "Tráfico ilícito de migrantes",
            "art. 318 bis CP",
            "Tráfico de migrantes",
        ),
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "Trata de seres humanos",
            "TSH",
        ),
        "both": (
            "Trata de seres humanos y favorecimiento de la inmigración ilegal",
            "arts. 177 bis y 318 bis CP",
            "TSH / tráfico ilícito de migrantes",
        ),
    }
    crime_ita = {  # noqa: RUF012 - charges copied in Italian from Italian partners
        "smuggling": (
            "Favoreggiamento dell'immigrazione clandestina (art. 12 D.Lgs. 286/98)",
            "favoreggiamento immigrazione clandestina",
        ),
        "trafficking": ("Tratta di persone (art. 601 c.p.)",),
        "both": ("Tratta di persone e favoreggiamento dell'immigrazione clandestina",),
    }
    exploit = {  # noqa: RUF012
        "sexual": ("Explotación sexual", "Prostitución coactiva"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Criminalidad forzada", "Obligación a cometer delitos"),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras formas", "Otra"),
    }
    exploit_ita = {  # noqa: RUF012
        "sexual": ("Sfruttamento sessuale",),
        "forced_labour": ("Sfruttamento lavorativo (caporalato)", "caporalato"),
    }
    no_exploit = ("", "", "n/a")
    gender = {  # noqa: RUF012
        "male": ("varones", "hombres", "masculino"),
        "female": ("mujeres", "femenino"),
        "mixed": ("mixto", "hombres y mujeres", "ambos"),
    }
    gender_unknown = ("n/c", "no consta")
    age = {  # noqa: RUF012
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA", "menores no acompañados"),
        "mixed": ("adultos y menores", "mixto"),
    }
    age_na = ("n/c", "no consta")
    mode = {  # noqa: RUF012
        "land": ("terrestre", "camión", "vehículo", "a pie", "furgoneta"),
        "sea": ("embarcación", "marítimo", "neumática"),
        "air": ("aérea", "vuelo comercial"),
    }
    sea_by_corridor = {  # noqa: RUF012
        "watl": ("cayuco", "cayuco", "embarcación"),
        "wmed": ("patera", "neumática", "embarcación"),
        "cmed": ("embarcación", "pesquero", "neumática"),
        "emed": ("neumática", "lancha", "embarcación"),
    }
    mode_na = ("n/c", "no consta")
    offence = {  # noqa: RUF012
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando", "tráfico de drogas"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    }
    offence_seps = (", ", " + ")
    offence_none = ("", "", "—")
    count_unknown = ("s/d", "desconocido", "n/d")
    suspects_zero = ("ninguno", "sin detenidos")
    suspects_unknown = ("s/d", "desc.")
    nationality_unknown = ("s/d", "desconocida", "no consta")
    transit_seps = (" > ", ", ", " - ")
    transit_none = ("", "directo")

    def day_cell(self, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
        r = rng.random()
        if r < 0.4:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        if r < 0.55:
            return ts.strftime("%d.%m.%Y"), "date_dotted"
        if r < 0.67:
            return f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}", "date_mon_abbr"
        if r < 0.79:
            return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", "date_words"
        if r < 0.89:
            return ts.strftime("%Y-%m-%d"), "date_iso"
        return ts.strftime("%d/%m/%y"), "date_dmy_short"

    def month_cell(self, ts: pd.Timestamp, rng: _Rng) -> object:
        return choice(
            rng,
            (
                f"{_ES_MONTHS[ts.month - 1]} de {ts.year}",
                f"{ts.month:02d}/{ts.year}",
                f"{_ES_ABBR[ts.month - 1]}. {ts.year}",
            ),
        )

    def quarter_cell(self, ts: pd.Timestamp, rng: _Rng) -> object:
        q = _quarter(ts)
        ordinal = ("1.er", "2.º", "3.er", "4.º")[q - 1]
        return choice(
            rng, (f"{q}T {ts.year}", f"{ts.year}T{q}", f"{ordinal} trimestre de {ts.year}")
        )

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "bad_date":
            day, month = _impossible(ts, rng)
            sep = choice(rng, ("/", "."))
            return f"{day:02d}{sep}{month:02d}{sep}{ts.year}"
        return super().bad_date(ts, kind, rng)

    def crime_cell(self, crime: str, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
        if ev.get("detection_country") == "ITA" and rng.random() < 0.35:
            return choice(rng, self.crime_ita[crime]), ["italian_charge"]
        return super().crime_cell(crime, ev, rng)

    def exploit_cell(
        self, form: str | None, ev: dict[str, object], rng: _Rng
    ) -> tuple[object, list[str]]:
        if form in self.exploit_ita and ev.get("detection_country") == "ITA":
            if rng.random() < 0.4:
                return choice(rng, self.exploit_ita[form]), ["italian_charge"]
        return super().exploit_cell(form, ev, rng)

    def thousands(self, n: int) -> str:
        return f"{n:,}".replace(",", ".")

    def mode_cell(self, mode: str, corridor: str, rng: _Rng) -> tuple[object, str, list[str]]:
        if mode == "sea" and corridor in self.sea_by_corridor and rng.random() < 0.7:
            return choice(rng, self.sea_by_corridor[corridor]), mode, []
        return super().mode_cell(mode, corridor, rng)

    def country(self, code: str, rng: _Rng) -> str:
        return choice(rng, _ES_NAMES.get(code, (code,)))

    def nationality(self, code: str, rng: _Rng) -> tuple[object, list[str]]:
        r = rng.random()
        forms = _ES_DEMONYMS.get(code)
        if r < 0.1:
            return code, ["iso3_code"]
        if forms is not None and r < 0.6:
            return forms[0], ["demonym"]
        return self.country(code, rng), []

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float, str]:
        r = rng.random()
        if r < 0.7:
            cells: _Cells = {
                "lat": f"{lat:.5f}".replace(".", ","),
                "lon": f"{lon:.5f}".replace(".", ","),
            }
            return cells, lat, lon, "coords_decimal_comma"
        if r < 0.85:
            return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon, "coords_decimal"
        d1, m1, s1, la = _dms(lat, 1)
        d2, m2, s2, lo = _dms(lon, 1)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        sec1, sec2 = f"{s1:04.1f}".replace(".", ","), f"{s2:04.1f}".replace(".", ",")
        dms: _Cells = {
            "lat": f"{d1}º{m1:02d}'{sec1}\" {ns}",
            "lon": f"{d2}º{m2:02d}'{sec2}\" {ew}",
        }
        return dms, la, lo, "coords_dms"

    def no_coords(self, rng: _Rng, *, placeholder: bool) -> _Cells:
        if placeholder:
            return {"lat": "s/c", "lon": "s/c"}
        return {}


class _Dss(_Style):
    """US DSS liaison digest: US English, JSON lines, month-first dates."""

    crime = {  # noqa: RUF012
        "smuggling": (
            "Alien smuggling",
            "Migrant smuggling",
            "Smuggling of migrants",
            "Human smuggling",
        ),
        "trafficking": (
            "Human trafficking",
            "Trafficking in persons",
            "TIP",
            "TIP (22 U.S.C. 7102)",
        ),
        "both": (
            "Human smuggling / TIP",
            "Migrant smuggling and human trafficking",
            "Smuggling + trafficking in persons",
        ),
    }
    crime_usa = {  # noqa: RUF012
        "smuggling": ("8 USC 1324 - alien smuggling", "Alien smuggling (8 U.S.C. § 1324)"),
        "trafficking": ("Human trafficking (TVPA)", "TIP"),
        "both": ("8 USC 1324 alien smuggling / human trafficking",),
    }
    exploit = {  # noqa: RUF012
        "sexual": ("Sex trafficking", "Sexual exploitation", "Commercial sexual exploitation"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminality", "Compelled criminal activity"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
    }
    no_exploit = ("", "", "N/A")
    gender = {  # noqa: RUF012
        "male": ("M", "Male", "Males"),
        "female": ("F", "Female", "Females"),
        "mixed": ("Mixed", "M/F", "Male & female"),
    }
    gender_unknown = ("UNK", "Unknown")
    age = {  # noqa: RUF012
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Minors", "UAC", "Juvenile"),
        "mixed": ("Adults & minors", "Mixed", "Adult/minor"),
    }
    age_na = ("N/A", "Not recorded")
    mode = {  # noqa: RUF012
        "land": ("Land", "Vehicle", "Tractor-trailer", "On foot", "Overland"),
        "sea": ("Maritime", "Vessel", "Rubber dinghy", "Boat"),
        "air": ("Air", "Commercial flight"),
    }
    mode_na = ("N/A", "Not recorded")
    offence = {  # noqa: RUF012
        "document_fraud": ("Passport fraud", "Visa fraud", "Document fraud"),
        "corruption": ("Bribery", "Public corruption"),
        "money_laundering": ("Money laundering", "Illicit finance"),
        "illicit_goods": ("Contraband", "Narcotics"),
        "cybercrime": ("Cybercrime", "Cyber-enabled crime"),
        "terrorism": ("Terrorism",),
    }
    offence_seps = ("; ", " / ")
    offence_none = ("",)
    count_unknown = ("UNK", "unknown", "TBD")
    suspects_zero = ("none", "None")
    suspects_unknown = ("UNK", "unknown")
    nationality_unknown = ("UNK", "Unknown")
    transit_seps = (" > ", "; ", ", ")
    transit_none = ("", "", "N/A")

    def day_cell(self, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
        r = rng.random()
        if r < 0.4:
            return ts.strftime("%m/%d/%Y"), "date_mdy"
        if r < 0.58:
            return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3].upper()}-{ts.year}", "date_dd_mon"
        if r < 0.72:
            return f"{MONTHS[ts.month - 1]} {ts.day}, {ts.year}", "date_words"
        if r < 0.88:
            return ts.strftime("%Y-%m-%d"), "date_iso"
        hhmm = f"{int(rng.integers(24)):02d}:{int(rng.integers(60)):02d}"
        return f"{ts.strftime('%Y-%m-%d')} {hhmm}", "date_with_time"

    def month_cell(self, ts: pd.Timestamp, rng: _Rng) -> object:
        name = MONTHS[ts.month - 1]
        return choice(rng, (f"{name[:3]} {ts.year}", ts.strftime("%Y-%m"), f"{name} {ts.year}"))

    def quarter_cell(self, ts: pd.Timestamp, rng: _Rng) -> object:
        q = _quarter(ts)
        return choice(rng, (f"Q{q} CY{ts.year}", f"CY{ts.year} Q{q}", f"{ts.year}-Q{q}"))

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return None
        if kind == "bad_date":
            day, month = _impossible(ts, rng)
            if rng.random() < 0.6:
                return f"{month:02d}/{day:02d}/{ts.year}"
            return f"{ts.year}-{month:02d}-{day:02d}"
        return _future(ts).strftime("%m/%d/%Y")

    def note_date(self, last: pd.Timestamp) -> object:
        return last.strftime("%Y-%m-%d")

    def crime_cell(self, crime: str, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
        if ev.get("detection_country") == "USA" and rng.random() < 0.5:
            return choice(rng, self.crime_usa[crime]), ["crime_article"]
        return super().crime_cell(crime, ev, rng)

    def count_cell(self, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
        r = rng.random()
        if r < 0.02:
            return choice(rng, self.count_unknown), None, ["count_placeholder"]
        if n >= 1000 and r < 0.45:
            return f"{n:,}", n, ["thousands_sep"]
        if r < 0.06 and n >= 10:
            return f"approx. {n}", n, ["approx_count"]
        if r < 0.10:
            return f"{n} pax", n, ["count_with_word"]
        return n, n, []

    def plain_count(self, n: int) -> object:
        return n

    def country(self, code: str, rng: _Rng) -> str:
        return choice(rng, _EN_NAMES.get(code, (code,)))

    def nationality(self, code: str, rng: _Rng) -> tuple[object, list[str]]:
        r = rng.random()
        if r < 0.1:
            return code, ["iso3_code"]
        if r < 0.25 and code in _EN_DEMONYMS:
            return _EN_DEMONYMS[code], ["demonym"]
        return self.country(code, rng), []

    def transit_cell(self, codes: list[str], rng: _Rng) -> tuple[object, list[str]]:
        if codes and rng.random() < 0.35:
            return [self.country(c, rng) for c in codes], ["json_array"]
        return super().transit_cell(codes, rng)

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float, str]:
        if rng.random() < 0.78:
            return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, "coords_number"
        d1, m1, la = _ddm(lat)
        d2, m2, lo = _ddm(lon)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        cells: _Cells = {"lat": f"{d1:02d}°{m1:06.3f}'{ns}", "lon": f"{d2:03d}°{m2:06.3f}'{ew}"}
        return cells, la, lo, "coords_ddm"

    def no_coords(self, rng: _Rng, *, placeholder: bool) -> _Cells:
        if placeholder:
            return {"lat": "UNK", "lon": "UNK"}
        return {}

    def offences_cell(self, offences: list[str], rng: _Rng) -> tuple[object, list[str]]:
        if offences and rng.random() < 0.4:
            return [choice(rng, self.offence[o]) for o in offences], ["json_array"]
        return super().offences_cell(offences, rng)


class _Calais(_Style):
    """Police municipale de Calais, main courante: French, UTF-16, tab-delimited."""

    crime = {  # noqa: RUF012
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L823-1 CESEDA)",
            "Aide à l'entrée et au séjour irréguliers",
            "Filière de passeurs",
            "Trafic de migrants",
            "Passeurs - aide au passage",
        ),
        "trafficking": (
            "Traite des êtres humains",
            "TEH",
            "Traite des êtres humains (art. 225-4-1 C. pén.)",
        ),
        "both": ("TEH et aide à l'entrée irrégulière", "Traite + trafic de migrants"),
    }
    exploit = {  # noqa: RUF012
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
    }
    no_exploit = ("", "sans objet", "/")
    gender = {  # noqa: RUF012
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    }
    gender_unknown = ("NR", "non renseigné")
    age = {  # noqa: RUF012
        "adult": ("majeurs", "majeur", "adultes"),
        "child": ("mineurs", "MNA", "mineur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    }
    age_na = ("NR", "non renseigné")
    mode = {  # noqa: RUF012
        "land": ("poids lourd", "PL", "camion", "à pied", "véhicule léger", "terrestre"),
        "sea": ("small boat", "embarcation pneumatique", "bateau", "voie maritime"),
        "air": ("aérien", "avion"),
    }
    mode_na = ("NR", "non renseigné")
    offence = {  # noqa: RUF012
        "document_fraud": ("faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("contrebande", "trafic de stupéfiants"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    }
    offence_seps = (" / ", "; ")
    offence_none = ("", "", "néant")
    count_unknown = ("NC", "n.c.", "inconnu")
    suspects_zero = ("aucun", "néant")
    suspects_unknown = ("NC", "inconnu")
    nationality_unknown = ("NR", "indéterminée")
    transit_seps = (", ", " / ", " - ")
    transit_none = ("", "/", "néant")

    def day_cell(self, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
        r = rng.random()
        day = "1er" if ts.day == 1 else str(ts.day)
        month = _FR_MONTHS[ts.month - 1]
        if r < 0.45:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        if r < 0.58:
            return ts.strftime("%d/%m/%y"), "date_dmy_short"
        if r < 0.70:
            return f"{_FR_DAYS[ts.weekday()]} {day} {month} {ts.year}", "date_words"
        if r < 0.80:
            return f"{day} {month} {ts.year}", "date_words"
        if r < 0.92:
            hh, mm = int(rng.integers(24)), int(rng.integers(60))
            return f"{ts.strftime('%d/%m/%Y')} à {hh:02d}h{mm:02d}", "date_with_time"
        return ts.strftime("%Y-%m-%d"), "date_iso"

    def month_cell(self, ts: pd.Timestamp, rng: _Rng) -> object:
        return choice(rng, (f"{_FR_MONTHS[ts.month - 1]} {ts.year}", ts.strftime("%m/%Y")))

    def quarter_cell(self, ts: pd.Timestamp, rng: _Rng) -> object:
        q = _quarter(ts)
        ordinal = "1er" if q == 1 else f"{q}e"
        return choice(rng, (f"T{q} {ts.year}", f"{ordinal} trimestre {ts.year}"))

    def thousands(self, n: int) -> str:
        return f"{n:,}".replace(",", "\u202f")

    def country(self, code: str, rng: _Rng) -> str:
        return choice(rng, _FR_NAMES.get(code, (code,)))

    def destination(self, code: str, rng: _Rng) -> str:
        if code == "GBR" and rng.random() < 0.3:
            return "Angleterre"
        return self.country(code, rng)

    def nationality(self, code: str, rng: _Rng) -> tuple[object, list[str]]:
        r = rng.random()
        if code in ("IRQ", "IRN") and r < 0.25:
            return ("Kurde irakien" if code == "IRQ" else "Kurde iranien"), ["ethnic_qualifier"]
        forms = _FR_DEMONYMS.get(code)
        if forms is not None and r < 0.8:
            word = forms[0] if rng.random() < 0.7 else forms[1]
            return (word.capitalize() if rng.random() < 0.5 else word), ["demonym"]
        return self.country(code, rng), []

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float, str]:
        r = rng.random()
        if r < 0.45:
            text = f"{lat:.5f} / {lon:.5f}".replace(".", ",")
            return {"coordinates": text}, lat, lon, "coords_decimal_comma"
        if r < 0.7:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, "coords_decimal"
        d1, m1, s1, la = _dms(lat, 0)
        d2, m2, s2, lo = _dms(lon, 0)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        text = f"{ns} {d1}°{m1:02d}'{int(s1):02d}\" {ew} {d2}°{m2:02d}'{int(s2):02d}\""
        return {"coordinates": text}, la, lo, "coords_dms"

    def no_coords(self, rng: _Rng, *, placeholder: bool) -> _Cells:
        if placeholder:
            return {"coordinates": choice(rng, ("non géolocalisé", "NR"))}
        return {}


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_SONORA = _Source(
    source="pesp_sonora_cj",
    filename="pesp_sonora_cj.csv",
    ref="IPH/PESP/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "FOLIO IPH",
        "event_date": "FECHA DEL HECHO",
        "crime_type": "PROBABLE DELITO",
        "exploitation": "FIN DE EXPLOTACIÓN",
        "n_persons": "NO. PERSONAS (MIGRANTES/VÍCTIMAS)",
        "n_suspects": "DETENIDOS",
        "gender": "SEXO",
        "age_group": "GRUPO DE EDAD",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAÍS DE ORIGEN",
        "destination_country": "PAÍS DE DESTINO",
        "detection_country": "PAÍS DEL EVENTO",
        "transit_countries": "PAÍSES DE TRÁNSITO",
        "transport_mode": "MEDIO DE TRANSPORTE",
        "coordinates": "COORDENADAS (LAT, LONG)",
        "linked_offences": "DELITOS CONEXOS",
    },
    note="NOTA: INFORMACIÓN PRELIMINAR SUJETA A VALIDACIÓN (CORTE MENSUAL)",
    total="TOTAL GENERAL",
    bad_count=("VARIOS", "VARIAS PERSONAS", "GRUPO NUMEROSO"),
    repeats=False,
    style="sonora",
)
_PINOGANA = _Source(
    source="municipio_pinogana_cj",
    filename="municipio_pinogana_cj.xlsx",
    ref="UMAM-PIN-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° registro",
        "event_date": "Fecha de llegada",
        "crime_type": "Tipo de caso",
        "exploitation": "Fin de explotación (trata)",
        "n_persons": "Cant. personas (n.º)",
        "n_suspects": "Presuntos traficantes/tratantes aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino declarado",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "lat": "Lat. Norte (grados)",
        "lon": "Long. Oeste (grados)",
        "linked_offences": "Otros delitos",
    },
    note="Nota: consolidado semanal, cifras preliminares sujetas a cambio",
    total="TOTAL",
    bad_count=("varios", "grupo grande", "numerosos"),
    repeats=True,
    style="pinogana",
)
_ATTACHE = _Source(
    source="agregaduria_mx_madrid_cj",
    filename="agregaduria_mx_madrid_cj.csv",
    ref="AGR-SSPC-MAD {seq:03d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Ref. Agregaduría",
        "event_date": "Fecha hecho",
        "crime_type": "Tipología delictiva",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "Origen",
        "destination_country": "Destino",
        "detection_country": "País del hecho",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información remitida por contrapartes, pendiente de confirmación",
    total="Total",
    bad_count=("varios", "decenas", "un grupo"),
    repeats=True,
    style="attache",
)
_DSS = _Source(
    source="dss_liaison_cj",
    filename="dss_liaison_cj.jsonl",
    ref="DS-{yy:02d}-OCI-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "dss_case_number",
        "event_date": "incident_date",
        "crime_type": "offense_category",
        "exploitation": "tip_form",
        "n_persons": "migrants_or_victims",
        "n_suspects": "subjects_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "incident_country",
        "transit_countries": "transit_route",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offenses",
    },
    note="NOTE: compiled from host-nation partner reporting; figures unverified",
    total="TOTAL",
    bad_count=("multiple", "several", "numerous"),
    repeats=False,
    style="dss",
)
_CALAIS = _Source(
    source="pm_calais_cj",
    filename="pm_calais_cj.csv",
    ref="MC {year}/{seq:06d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° MC",
        "event_date": "Date des faits / Date",
        "crime_type": "Qualification / Offence",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes / Persons",
        "n_suspects": "Nb interpellés / Arrested",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité / Nationality",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS (lat / long)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction main courante, données non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    style="calais",
)

#: The sources of the set, in the order of their submissions.
BLIND86_SOURCES: tuple[ExaminerSource, ...] = (_SONORA, _PINOGANA, _ATTACHE, _DSS, _CALAIS)
_STYLES: dict[str, _Style] = {
    "sonora": _Sonora(),
    "pinogana": _Pinogana(),
    "attache": _Attache(),
    "dss": _Dss(),
    "calais": _Calais(),
}


# --------------------------------------------------------------------------------------
# One event as one source writes it
# --------------------------------------------------------------------------------------
def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    st = _STYLES[src.style]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], tag = st.date(
        ts, rng, partial_ok
    )
    tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"], more = st.crime_cell(crime, ev, rng)
    exp["crime_type"] = crime
    tags += more
    form = None if ev["exploitation"] is None else str(ev["exploitation"])
    cells["exploitation"], more = st.exploit_cell(form, ev, rng)
    exp["exploitation"] = form
    tags += more

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], more = st.count_cell(n, rng)
    tags += more
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], more = st.suspects_cell(k, rng)
        tags += more

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"], more = st.gender_cell(gender, rng)
        tags += more
    cells["age_group"], exp["age_group"], more = st.age_cell(str(ev["age_group"]), rng)
    tags += more

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"], exp["nationality"], more = st.nationality_cell(nat, rng)
        tags += more
    cells["origin_country"] = st.country(str(ev["origin_country"]), rng)
    exp["origin_country"] = ev["origin_country"]
    cells["destination_country"] = st.destination(str(ev["destination_country"]), rng)
    exp["destination_country"] = ev["destination_country"]
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = st.country(str(ev["detection_country"]), rng)
        exp["detection_country"] = ev["detection_country"]
    cells["transit_countries"], more = st.transit_cell(_split(ev["transit_countries"]), rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += more

    cells["transport_mode"], exp["transport_mode"], more = st.mode_cell(
        str(ev["transport_mode"]), str(ev["corridor"]), rng
    )
    tags += more

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    elif r < 0.02:
        cells.update(st.no_coords(rng, placeholder=True))
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_placeholder")
    elif r < 0.035:
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    else:
        place, exp["lat"], exp["lon"], tag = st.coords(lat, lon, rng)
        cells.update(place)
        tags.append(tag)

    cells["linked_offences"], more = st.offences_cell(_split(ev["linked_offences"]), rng)
    exp["linked_offences"] = ev["linked_offences"]
    tags += more
    if any(isinstance(v, str) and ("Ã" in v or "Â" in v) for v in cells.values()):
        tags.append("mojibake")
    return cells, exp, tags


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return _STYLES[src.style].bad_date(ts, kind, rng)


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    return _STYLES[src.style].note_date(last)


_EXAMINER: Examiner[_Source] = Examiner(
    sources=(_SONORA, _PINOGANA, _ATTACHE, _DSS, _CALAIS),
    primary={
        "USA": _SONORA.source,
        "PAN": _PINOGANA.source,
        "ESP": _ATTACHE.source,
        "ITA": _ATTACHE.source,
        "FRA": _CALAIS.source,
    },
    compilation=_DSS.source,
    secondary={
        ("us_mex", "USA"): _DSS.source,
        ("darien", "PAN"): _DSS.source,
        ("cmed", "ITA"): _DSS.source,
        ("channel", "GBR"): _CALAIS.source,
        ("channel", "FRA"): _DSS.source,
        ("emed", "GRC"): _ATTACHE.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=8686,
    blank_share=0.3,
)


def make_blind86(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind86`` submissions (files ``*_cj.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``pesp_sonora_cj.csv`` (Spanish, cp1252, ``,``), ``municipio_pinogana_cj.xlsx``
        (Spanish), ``agregaduria_mx_madrid_cj.csv`` (Spanish, UTF-8 with BOM, ``;``),
        ``dss_liaison_cj.jsonl`` (English) and ``pm_calais_cj.csv`` (French, UTF-16,
        tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind86(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pesp_sonora_cj.csv', 'municipio_pinogana_cj.xlsx', 'agregaduria_mx_madrid_cj.csv',
     'dss_liaison_cj.jsonl', 'pm_calais_cj.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
