"""Examiner set ``blind79``: five judicial sources (files ``*_cc.*``).

A held-out set written from court, prosecution and central-authority registers rather than
police or border logs, with wording chosen independently of the cleaner. Every source keeps
its own legal references for the type of crime, its own date style and its own placeholders.
The shared row machinery is :mod:`trendlib.samples._examiner`; this module keeps only the
wording and the way each source writes a cell.

Sources (a reader's guide)
--------------------------
``audiencia_nacional`` -- ``audiencia_nacional_cc.csv``
    Spain, Audiencia Nacional (Sala de lo Penal and Juzgados Centrales de Instrucción):
    register of proceedings extracted from the Minerva case-management system. Spanish,
    cp1252, ``;``, CRLF. First reports every event detected in Spain; reports again Nigerian
    and Romanian trafficking cases detected in Italy. References ``DP 123/2022``
    (diligencias previas). Dates day-first (``14/03/2022``, ``14-03-2022``, ``14/03/22``,
    ``14.03.2022``, ``14 de marzo de 2022``); partial dates as judgments write them (``en
    fecha no determinada de marzo de 2022``, ``03/2022``, ``2022T1``, ``primer trimestre de
    2022``). Crime type by article of the Código Penal (318 bis = smuggling, 177 bis =
    trafficking, ``TSH``); purpose of trafficking by letter of art. 177 bis 1 (``177 bis
    1.b) - explotación sexual``). ``Sexo (H/M)``: ``H`` = hombre (male), ``M`` = mujer
    (female), ``H/M`` mixed. Counts with ``.`` thousands; ``s/d``, ``no consta``, ``N/C``
    for unknown; ``ninguno`` for no suspect. Spanish country names and feminine demonyms
    (``nacionalidad marroquí``). Place of facts often a place alone (``Arguineguín (Las
    Palmas)``, ``Ceuta``). Boats as ``cayuco``, ``patera``, ``neumática``, ``moto de agua``;
    ``turismo`` = car. Interception position in degrees and decimal minutes with ``º`` and
    ``O`` for west (``27º 45,32' N - 015º 36,18' O``) or decimal commas. Linked offences
    by name and article, sometimes with ``organización criminal (art. 570 bis CP)``, which
    is none of the linked-offence words. Extra column ``Órgano judicial``. Note row (Minerva
    extraction), empty row and ``TOTAL GENERAL`` row.
``tj_dunkerque`` -- ``tj_dunkerque_cc.csv``
    France, tribunal judiciaire de Dunkerque: Cassiopée extraction of the bureau d'ordre
    pénal, saved by Excel as "Texte Unicode": UTF-16 with BOM, tab-delimited. Upper-case
    headers without accents (``NB MIS EN CAUSE``, ``MAJ./MIN.``), values often upper-case
    without accents too (``ERYTHREENNE``, ``POIDS LOURD``). First reports events detected in
    France; reports again Channel events detected in the United Kingdom. Parquet numbers
    ``22000000123``. Dates ``12/03/2022``, ``12/03/22``, ``le 12/03/2022``, ``1er mars
    2022``, ``12/03/2022 vers 04h10``; partial ``courant mars 2022``, ``MARS 2022``,
    ``03/2022``, ``1er trimestre 2022``, ``T1 2022``. Crime type by qualification with
    CESEDA articles (``L.622-1`` before May 2021, ``L.823-1``/``L.823-2`` after), ``TEH`` =
    traite des êtres humains. ``M``/``H`` male, ``F`` female, ``H/F`` mixed; ``MNA`` = child.
    Counts with narrow or plain no-break spaces as thousands separators; ``NR`` (non
    renseigné), ``inconnu``; ``néant``/``aucun`` for no suspect. Place of facts with the
    département number (``CALAIS (62)``, ``GRAVELINES (59)``). Coordinates in several
    styles (``50,96341 N / 1,85322 E``, ``N 50°57'48" - E 001°51'12"``, ``O`` for west).
    ``PL`` = poids lourd (lorry). Extra column ``ORIENTATION`` (``CRPC``, ``COMPARUTION
    IMMEDIATE`` ...). Note row, empty row, ``TOTAL`` row.
``crown_court_uk`` -- ``crown_court_uk_cc.xlsx``
    England and Wales, Crown Court sentencing extract (Canterbury, Maidstone, Southwark ...).
    English, XLSX. First reports events detected in the United Kingdom; reports again Channel
    events detected in France. Case numbers ``T20227012``. ``Offence date`` holds real Excel
    dates, bare Excel serial numbers, ``12/03/2022`` (day first), ``12th March 2022``,
    ``12-Mar-2022`` or ISO text; partial dates as indictments write them (``between
    01/03/2022 and 31/03/2022``, ``on a date in March 2022``, ``between 1 April 2022 and 30
    June 2022``, ``Q2 2022``). A second date column, ``Sentence date``, is the date of
    sentence, not of the event. Crime type by statute (``s.25 Immigration Act 1971`` =
    smuggling, ``s.2 Modern Slavery Act 2015`` = trafficking); NRM exploitation words
    (``Criminal`` = forced criminality). Counts are numbers, sometimes text (``1,204``);
    ``Not known``/``TBC``; ``nil``/``none``. ``UASC`` = child. No coordinates. Re-sends
    some rows (exact repeats). Note row and ``Grand total`` row.
``usdc_dockets`` -- ``usdc_dockets_cc.jsonl``
    United States District Courts (D. Ariz., S.D. Tex., W.D. Tex.; D.D.C. and S.D. Fla.
    for extraterritorial Darién smuggling conspiracies): docket digest from a PACER-style
    API, English, JSON lines with snake_case keys. First reports events detected in the
    United States and Panama. Case numbers ``1:22-cr-00123``. ``offense_date`` as ISO,
    month-first ``03/12/2022``, ``March 12, 2022``, ``on or about March 12, 2022``, ISO
    date-times; partial ``in or about March 2022``, ``2022-03``, ``Q1 2022``. Statutes
    ``8 U.S.C. § 1324`` (smuggling), ``18 U.S.C. §§ 1589-1591`` (trafficking), PACER charge
    style ``8:1324(a)(1)(A)(ii) - TRANSPORTATION OF ILLEGAL ALIENS``. Counts as numbers or
    text (``1,204``), ``unknown``/``not stated``. ``juvenile``/``UAC`` = child. Places as
    ``Nogales, AZ``, ``Bajo Chiquito, Darién, Panama``. Coordinates as JSON numbers or text
    with hemisphere letters (``110.94262 W``). Related charges by U.S.C. section. Re-sends
    some rows (API paging). Only a ``TOTAL (all districts)`` garbage row.
``bepi_entraide`` -- ``bepi_entraide_cc.csv``
    France, Ministère de la Justice, DACG, Bureau de l'entraide pénale internationale:
    register of incoming European investigation orders (``DEE``), European arrest warrants
    (``MAE``) and mutual legal assistance requests, one row per foreign case. French with
    bilingual headers (``Date des faits / Date of facts``), latin-1, ``|``. First reports
    every event detected in Italy, Greece, Croatia and Poland (the compilation); reports
    again Spanish Atlantic and Western Mediterranean cases, Romanian trafficking cases
    detected in Spain and Vietnamese cases detected in the United Kingdom. References
    ``2022/00123/BEPI``. Dates ``12/03/2022``, ``12.03.2022`` (as the requesting state
    wrote it), ISO, ``12 mars 2022``, ``12/03/22``; partial ``mars 2022``, ``03/2022``,
    ``courant mars 2022``, ``1er trim. 2022``, ``T1 2022``. Crime type in French with the
    requesting state's article (``art. 12 D.Lgs. 286/1998``, ``art. 601 c.p.``, ``art. 264
    § 3 kk``, ``art. 326 KZ``, ``art. 30 loi 4251/2014``, ``art. 318 bis CP``). French
    country names and feminine demonyms, a few garbled by a UTF-8/cp1252 mix-up
    (``GrÃ¨ce``); Polish and Croatian place names without diacritics. Counts with no-break
    spaces; ``NC``/``inconnu``; ``néant``. Coordinates as ``37.50120 / 15.09870``, ``lat.
    37,5012 - long. 15,0987`` or degrees-minutes-seconds. Extra columns: request type and
    requesting authority. Note row, empty row and ``Total général`` row.

Ground truth follows :mod:`trendlib.samples._examiner`: placeholders expect nothing (count,
suspects) or ``unknown`` (gender, age group, transport), partial dates expect the first day
of their month or quarter, coordinates expect the point the written text means.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND79_SOURCES", "CourtSource", "make_blind79"]

_Rng = np.random.Generator
_Cells = dict[str, object]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_LAST_SENTENCE = pd.Timestamp("2025-12-15")


@dataclass(frozen=True)
class CourtSource(ExaminerSource):
    """A judicial source of the ``blind79`` set.

    Attributes
    ----------
    home : str
        ISO alpha-3 code of the source's own country (its places are written alone).
    p_month : float
        Share of rows (outside duplicated events) dated to a month only.
    p_quarter : float
        Share of rows (outside duplicated events) dated to a quarter only.
    """

    home: str
    p_month: float
    p_quarter: float


# --------------------------------------------------------------------------------------
# Countries and places
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (Spanish name, Spanish demonym (feminine, as after "nacionalidad"),
#: French name, French demonym (feminine, as after "nationalité"), English name, English
#: demonym).
_COUNTRIES: dict[str, tuple[str, str, str, str, str, str]] = {
    "AFG": ("Afganistán", "afgana", "Afghanistan", "afghane", "Afghanistan", "Afghan"),
    "ALB": ("Albania", "albanesa", "Albanie", "albanaise", "Albania", "Albanian"),
    "AUT": ("Austria", "austriaca", "Autriche", "autrichienne", "Austria", "Austrian"),
    "BGD": ("Bangladés", "bangladesí", "Bangladesh", "bangladaise", "Bangladesh", "Bangladeshi"),
    "BGR": ("Bulgaria", "búlgara", "Bulgarie", "bulgare", "Bulgaria", "Bulgarian"),
    "BIH": (
        "Bosnia y Herzegovina",
        "bosnia",
        "Bosnie-Herzégovine",
        "bosnienne",
        "Bosnia and Herzegovina",
        "Bosnian",
    ),
    "BLR": ("Bielorrusia", "bielorrusa", "Biélorussie", "biélorusse", "Belarus", "Belarusian"),
    "CHN": ("China", "china", "Chine", "chinoise", "China", "Chinese"),
    "CIV": (
        "Costa de Marfil",
        "marfileña",
        "Côte d'Ivoire",
        "ivoirienne",
        "Côte d'Ivoire",
        "Ivorian",
    ),
    "CMR": ("Camerún", "camerunesa", "Cameroun", "camerounaise", "Cameroon", "Cameroonian"),
    "COL": ("Colombia", "colombiana", "Colombie", "colombienne", "Colombia", "Colombian"),
    "DEU": ("Alemania", "alemana", "Allemagne", "allemande", "Germany", "German"),
    "DZA": ("Argelia", "argelina", "Algérie", "algérienne", "Algeria", "Algerian"),
    "ECU": ("Ecuador", "ecuatoriana", "Équateur", "équatorienne", "Ecuador", "Ecuadorian"),
    "EGY": ("Egipto", "egipcia", "Égypte", "égyptienne", "Egypt", "Egyptian"),
    "ERI": ("Eritrea", "eritrea", "Érythrée", "érythréenne", "Eritrea", "Eritrean"),
    "ESP": ("España", "española", "Espagne", "espagnole", "Spain", "Spanish"),
    "FRA": ("Francia", "francesa", "France", "française", "France", "French"),
    "GBR": ("Reino Unido", "británica", "Royaume-Uni", "britannique", "United Kingdom", "British"),
    "GIN": ("Guinea", "guineana", "Guinée", "guinéenne", "Guinea", "Guinean"),
    "GMB": ("Gambia", "gambiana", "Gambie", "gambienne", "The Gambia", "Gambian"),
    "GRC": ("Grecia", "griega", "Grèce", "grecque", "Greece", "Greek"),
    "GTM": (
        "Guatemala",
        "guatemalteca",
        "Guatemala",
        "guatémaltèque",
        "Guatemala",
        "Guatemalan",
    ),
    "HND": ("Honduras", "hondureña", "Honduras", "hondurienne", "Honduras", "Honduran"),
    "HRV": ("Croacia", "croata", "Croatie", "croate", "Croatia", "Croatian"),
    "HTI": ("Haití", "haitiana", "Haïti", "haïtienne", "Haiti", "Haitian"),
    "HUN": ("Hungría", "húngara", "Hongrie", "hongroise", "Hungary", "Hungarian"),
    "IRN": ("Irán", "iraní", "Iran", "iranienne", "Iran", "Iranian"),
    "IRQ": ("Irak", "iraquí", "Irak", "irakienne", "Iraq", "Iraqi"),
    "ITA": ("Italia", "italiana", "Italie", "italienne", "Italy", "Italian"),
    "LBY": ("Libia", "libia", "Libye", "libyenne", "Libya", "Libyan"),
    "MAR": ("Marruecos", "marroquí", "Maroc", "marocaine", "Morocco", "Moroccan"),
    "MEX": ("México", "mexicana", "Mexique", "mexicaine", "Mexico", "Mexican"),
    "MKD": (
        "Macedonia del Norte",
        "macedonia",
        "Macédoine du Nord",
        "macédonienne",
        "North Macedonia",
        "Macedonian",
    ),
    "MLI": ("Malí", "maliense", "Mali", "malienne", "Mali", "Malian"),
    "MRT": ("Mauritania", "mauritana", "Mauritanie", "mauritanienne", "Mauritania", "Mauritanian"),
    "NER": ("Níger", "nigerina", "Niger", "nigérienne", "Niger", "Nigerien"),
    "NGA": ("Nigeria", "nigeriana", "Nigeria", "nigériane", "Nigeria", "Nigerian"),
    "PAK": ("Pakistán", "pakistaní", "Pakistan", "pakistanaise", "Pakistan", "Pakistani"),
    "PAN": ("Panamá", "panameña", "Panama", "panaméenne", "Panama", "Panamanian"),
    "POL": ("Polonia", "polaca", "Pologne", "polonaise", "Poland", "Polish"),
    "ROU": ("Rumanía", "rumana", "Roumanie", "roumaine", "Romania", "Romanian"),
    "RUS": ("Rusia", "rusa", "Russie", "russe", "Russia", "Russian"),
    "SEN": ("Senegal", "senegalesa", "Sénégal", "sénégalaise", "Senegal", "Senegalese"),
    "SRB": ("Serbia", "serbia", "Serbie", "serbe", "Serbia", "Serbian"),
    "SYR": ("Siria", "siria", "Syrie", "syrienne", "Syria", "Syrian"),
    "TUN": ("Túnez", "tunecina", "Tunisie", "tunisienne", "Tunisia", "Tunisian"),
    "TUR": ("Turquía", "turca", "Turquie", "turque", "Türkiye", "Turkish"),
    "USA": (
        "Estados Unidos",
        "estadounidense",
        "États-Unis",
        "américaine",
        "United States",
        "American",
    ),
    "VEN": ("Venezuela", "venezolana", "Venezuela", "vénézuélienne", "Venezuela", "Venezuelan"),
    "VNM": ("Vietnam", "vietnamita", "Viêt Nam", "vietnamienne", "Viet Nam", "Vietnamese"),
    "YEM": ("Yemen", "yemení", "Yémen", "yéménite", "Yemen", "Yemeni"),
}
_LANG_COL = {"es": 0, "fr": 2, "en": 4}
#: Other names a clerk of that language writes for a country.
_ALT_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "ROU": ("Rumania",),
        "BGD": ("Bangladesh",),
        "GBR": ("R. Unido",),
        "MLI": ("Mali",),
    },
    "fr": {
        "USA": ("USA", "Etats-Unis"),
        "GBR": ("Angleterre",),
        "VNM": ("Vietnam",),
        "BLR": ("Bélarus",),
    },
    "en": {
        "USA": ("US", "U.S.", "USA"),
        "GBR": ("UK",),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "GMB": ("Gambia",),
    },
}
#: Truth hotspot -> (Spanish, French, English) place name.
_PLACES: dict[str, tuple[str, str, str]] = {
    "Lampedusa": ("Lampedusa", "Lampedusa", "Lampedusa"),
    "Pozzallo": ("Pozzallo", "Pozzallo", "Pozzallo"),
    "Crotone": ("Crotona", "Crotone", "Crotone"),
    "Palermo": ("Palermo", "Palerme", "Palermo"),
    "Castel Volturno": ("Castel Volturno", "Castel Volturno", "Castel Volturno"),
    "Torino": ("Turín", "Turin", "Turin"),
    "Latina (Agro Pontino)": ("Latina", "Latina", "Latina"),
    "Lesbos": ("Lesbos", "Lesbos", "Lesvos"),
    "Samos": ("Samos", "Samos", "Samos"),
    "Evros": ("Evros", "Évros", "Evros"),
    "Cetingrad (BIH–HRV border)": ("Cetingrad", "Cetingrad", "Cetingrad"),
    "Bajakovo (SRB–HRV border)": ("Bajakovo", "Bajakovo", "Bajakovo"),
    "Białowieża": ("Białowieża", "Bialowieza", "Białowieża"),
    "Kuźnica": ("Kuźnica", "Kuznica", "Kuźnica"),
    "Michałowo": ("Michałowo", "Michalowo", "Michałowo"),
    "Gran Canaria": ("Arguineguín (Las Palmas)", "Grande Canarie", "Gran Canaria"),
    "Tenerife": ("Los Cristianos (Tenerife)", "Tenerife", "Tenerife"),
    "El Hierro": ("La Restinga (El Hierro)", "El Hierro", "El Hierro"),
    "Lanzarote": ("Arrecife (Lanzarote)", "Lanzarote", "Lanzarote"),
    "Almería": ("Almería", "Almería", "Almería"),
    "Almería (El Ejido)": ("El Ejido (Almería)", "El Ejido", "El Ejido"),
    "Huelva": ("Huelva", "Huelva", "Huelva"),
    "Ceuta": ("Ceuta", "Ceuta", "Ceuta"),
    "Melilla": ("Melilla", "Melilla", "Melilla"),
    "Calais": ("Calais", "CALAIS (62)", "Calais"),
    "Dunkirk/Gravelines": ("Dunkerque", "GRAVELINES (59)", "Gravelines"),
    "Dover": ("Dover", "Douvres", "Dover, Kent"),
    "London": ("Londres", "Londres", "London"),
    "Birmingham": ("Birmingham", "Birmingham", "Birmingham"),
    "Glasgow": ("Glasgow", "Glasgow", "Glasgow"),
    "Nogales (Sonora/Arizona)": ("Nogales", "Nogales", "Nogales, AZ"),
    "Rio Grande Valley": ("Valle del Río Grande", "vallée du Rio Grande", "McAllen, TX"),
    "El Paso": ("El Paso", "El Paso", "El Paso, TX"),
    "Sasabe": ("Sasabe", "Sasabe", "Sasabe, AZ"),
    "Darién gap": ("Tapón del Darién", "Darién", "Darién Province, Panama"),
    "Lajas Blancas": ("Lajas Blancas", "Lajas Blancas", "Lajas Blancas, Darién, Panama"),
    "Bajo Chiquito": ("Bajo Chiquito", "Bajo Chiquito", "Bajo Chiquito, Darién, Panama"),
}
_PLACE_COL = {"es": 0, "fr": 1, "en": 2}
#: French places of the tribunal's own district, with the département number.
_TJ_HOME = {
    "Calais": ("CALAIS (62)", "Calais (Pas-de-Calais)", "SANGATTE (62)", "MARCK (62)"),
    "Dunkirk/Gravelines": (
        "GRAVELINES (59)",
        "DUNKERQUE (59)",
        "LOON-PLAGE (59)",
        "Grande-Synthe (Nord)",
    ),
}
_CANARIES = ("Gran Canaria", "Tenerife", "El Hierro", "Lanzarote")


def _fold(text: str) -> str:
    """Drop accents (``Érythrée`` -> ``Erythree``), as legacy systems and Cassiopée do."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name(code: str, lang: str) -> str:
    return _COUNTRIES[code][_LANG_COL[lang]]


def _demonym(code: str, lang: str) -> str:
    return _COUNTRIES[code][_LANG_COL[lang] + 1]


def _place(hotspot: object, lang: str) -> str | None:
    names = _PLACES.get(str(hotspot))
    return None if names is None else names[_PLACE_COL[lang]]


def _codes(value: object) -> list[str]:
    return [] if value is None else [c for c in str(value).split("|") if c]


def _typo_year(year: int) -> int:
    """Swap the second and third digits (2022 -> 2202): a keying slip into the future."""
    text = str(year)
    swapped = int(text[0] + text[2] + text[1] + text[3])
    return swapped if swapped > 2100 else year + 200


def _month_end(ts: pd.Timestamp) -> int:
    return int(ts.days_in_month)


# --------------------------------------------------------------------------------------
# Styles: one per source
# --------------------------------------------------------------------------------------
class _Style:
    """How one source writes its cells; subclasses hold the wording."""

    lang = "en"
    count_placeholders: tuple[str, ...] = ("unknown",)
    suspects_placeholders: tuple[str, ...] = ("unknown",)
    zero_words: tuple[str, ...] = ("none",)
    gender_words: dict[str, tuple[str, ...]] = {}  # noqa: RUF012 - read-only class tables
    age_words: dict[str, tuple[str, ...]] = {}  # noqa: RUF012
    na_words: tuple[str, ...] = ("not stated",)
    transport_words: dict[str, tuple[str, ...]] = {}  # noqa: RUF012
    exploitation_words: dict[str, tuple[str, ...]] = {}  # noqa: RUF012
    no_exploitation: tuple[str | None, ...] = (None,)
    offence_words: dict[str, tuple[str, ...]] = {}  # noqa: RUF012
    offence_seps: tuple[str, ...] = ("; ",)
    extra_offence: str | None = None
    transit_seps: tuple[str, ...] = (", ",)
    no_transit: tuple[str | None, ...] = (None,)
    p_count_placeholder = 0.025
    p_suspects_placeholder = 0.025
    p_zero_word = 0.4
    p_na = 0.015
    p_code = 0.03
    p_demonym = 0.45
    p_place = 0.35
    p_mojibake = 0.0
    upper_share = 0.0

    def __init__(self, src: CourtSource) -> None:
        self.src = src

    # -- numbers -----------------------------------------------------------------------
    def number(self, n: int) -> object:
        """Write a plain count as the file holds it (text in CSV, a number elsewhere)."""
        return str(n) if self.src.format == "csv" else n

    def count(self, n: int, rng: _Rng) -> tuple[object, str]:
        """Write the count of persons (any size); returns (cell, tag)."""
        return self.number(n), ""

    # -- dates -------------------------------------------------------------------------
    def date(self, ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, str]:
        """Write the event date to the day, month or quarter; returns (cell, tag)."""
        raise NotImplementedError

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        """Write a missing, impossible or future date (``kind`` of a bad row)."""
        raise NotImplementedError

    def note_date(self, last: pd.Timestamp) -> object:
        """Return the date written on the note row."""
        return (last + pd.Timedelta(days=12)).strftime("%d/%m/%Y")

    # -- words -------------------------------------------------------------------------
    def crime(self, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> str:
        """Name the offence as the source does."""
        raise NotImplementedError

    def exploitation(self, expl: object, ev: dict[str, object], rng: _Rng) -> object:
        """Write the purpose of exploitation (a blank word for smuggling)."""
        if expl is None:
            return self.no_exploitation[int(rng.integers(len(self.no_exploitation)))]
        return self.cased(choice(rng, self.exploitation_words[str(expl)]), rng)

    def cased(self, text: str, rng: _Rng) -> str:
        """Upper-case and strip accents on a share of cells (Cassiopée style)."""
        if self.upper_share and rng.random() < self.upper_share:
            return _fold(text).upper()
        return text

    def country(self, code: str, rng: _Rng, *, demonym_ok: bool) -> tuple[str, str]:
        """Write a country as a name, a demonym or an ISO code; returns (cell, tag)."""
        r = rng.random()
        if r < self.p_code:
            alpha2, _ = iso_codes(code)
            return (alpha2 if rng.random() < 0.5 else code), "iso_code"
        if demonym_ok and r < self.p_code + self.p_demonym:
            return self.cased(_demonym(code, self.lang), rng), "demonym"
        alts = _ALT_NAMES[self.lang].get(code, ())
        if alts and rng.random() < 0.3:
            return choice(rng, alts), "alt_name"
        return self.cased(_name(code, self.lang), rng), ""

    def garble(self, text: str, rng: _Rng) -> tuple[str, str]:
        """Garble a share of the cells as UTF-8 read as cp1252."""
        if self.p_mojibake and rng.random() < self.p_mojibake:
            bad = mojibake(text)
            if bad is not None and fits(bad, self.src):
                return bad, "mojibake"
        return text, ""

    def detection(self, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
        """Write the place of the facts; returns (cell, tag)."""
        code = str(ev["detection_country"])
        place = _place(ev.get("hotspot"), self.lang)
        r = rng.random()
        if place is not None and code == self.src.home and r < self.p_place:
            return self.cased(place, rng), "place_only"
        if place is not None and r < 2 * self.p_place:
            return f"{place} ({self.cased(_name(code, self.lang), rng)})", "place_and_country"
        cell, tag = self.country(code, rng, demonym_ok=False)
        return cell, tag

    def transit(self, codes: list[str], rng: _Rng) -> tuple[object, str]:
        """Write the ordered transit countries; returns (cell, tag)."""
        if not codes:
            return self.no_transit[int(rng.integers(len(self.no_transit)))], ""
        names = [self.cased(_name(c, self.lang), rng) for c in codes]
        sep = choice(rng, self.transit_seps)
        return sep.join(names), ""

    def transport(self, mode: str, ev: dict[str, object], rng: _Rng) -> str:
        """Write the means of transport."""
        return self.cased(choice(rng, self.transport_words[mode]), rng)

    def coordinates(self, ev: dict[str, object], rng: _Rng) -> tuple[_Cells, object, object, str]:
        """Coordinate cells, the point they mean (lat, lon) and a tag; none by default."""
        return {}, None, None, "coords_missing"

    def offences(self, value: object, rng: _Rng) -> tuple[object, str]:
        """Write the linked offences in the source's words; returns (cell, tag)."""
        words = [self.cased(choice(rng, self.offence_words[n]), rng) for n in _codes(value)]
        tag = ""
        if self.extra_offence is not None and rng.random() < 0.08:
            words.append(self.cased(self.extra_offence, rng))
            tag = "non_vocab_offence"
        if not words:
            return None, ""
        return choice(rng, self.offence_seps).join(words), tag

    def extras(self, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> _Cells:
        """Cells of the source's own extra columns."""
        return {}


def _ddm(value: float, pos: str, neg: str, width: int, comma: bool) -> tuple[str, float]:
    """Degrees and decimal minutes (``27º 45,32' N``); returns (text, value meant)."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    text = f"{minutes:05.2f}"
    if comma:
        text = text.replace(".", ",")
    meant = deg + minutes / 60
    return f"{deg:0{width}d}º {text}' {hemi}", (meant if value >= 0 else -meant)


def _dms(value: float) -> tuple[int, int, int, float]:
    """Degrees, minutes, whole seconds of ``abs(value)`` and the value they mean."""
    a = abs(value)
    total = round(a * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    meant = deg + minutes / 60 + seconds / 3600
    return deg, minutes, seconds, (meant if value >= 0 else -meant)


# ---------------------------------------------------------------------- Audiencia Nacional
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
_ES_QUARTERS = ("primer", "segundo", "tercer", "cuarto")


class _Audiencia(_Style):
    """Audiencia Nacional (Spanish, cp1252, ``;``)."""

    lang = "es"
    count_placeholders = ("s/d", "no consta", "N/C")
    suspects_placeholders = ("no consta", "s/d")
    zero_words = ("ninguno", "ninguno identificado")
    gender_words = {  # noqa: RUF012
        "male": ("H", "H", "hombres", "varones"),
        "female": ("M", "M", "mujeres"),
        "mixed": ("H/M", "ambos sexos", "hombres y mujeres", "mixto"),
    }
    age_words = {  # noqa: RUF012
        "adult": ("adultos", "mayores de edad", "MAYOR"),
        "child": ("menores", "menores de edad", "MENOR", "menores no acompañados"),
        "mixed": ("adultos y menores", "mixto", "mayores y menores"),
    }
    na_words = ("no consta", "sin determinar")
    transport_words = {  # noqa: RUF012
        "sea": (
            "patera",
            "neumática",
            "embarcación neumática",
            "embarcación tipo patera",
            "marítimo",
            "moto de agua",
            "embarcación de recreo",
        ),
        "land": (
            "vehículo con doble fondo",
            "camión",
            "turismo",
            "a pie",
            "terrestre",
            "autobús",
            "furgoneta",
        ),
        "air": ("vía aérea", "avión", "vuelo comercial"),
    }
    exploitation_words = {  # noqa: RUF012
        "sexual": (
            "explotación sexual",
            "177 bis 1.b) - explotación sexual",
            "explotación sexual (prostitución coactiva)",
        ),
        "forced_labour": (
            "explotación laboral",
            "trabajos o servicios forzados",
            "177 bis 1.a) - trabajos forzados",
        ),
        "forced_criminality": (
            "actividades delictivas",
            "177 bis 1.c) - realización de actividades delictivas",
            "explotación para cometer delitos",
        ),
        "organ_removal": ("extracción de órganos", "177 bis 1.d) - extracción de órganos"),
        "forced_marriage": ("matrimonio forzado", "177 bis 1.e) - matrimonio forzado"),
        "other": ("otras formas de explotación", "otra finalidad"),
    }
    no_exploitation = ("", "No procede", "—")
    offence_words = {  # noqa: RUF012
        "document_fraud": (
            "falsedad documental",
            "falsificación de documento oficial (art. 392 CP)",
            "uso de documento falso",
        ),
        "corruption": ("cohecho", "cohecho (art. 419 CP)"),
        "money_laundering": ("blanqueo de capitales", "blanqueo (art. 301 CP)"),
        "illicit_goods": ("contrabando", "tráfico de drogas (art. 368 CP)"),
        "cybercrime": ("delito informático", "ciberdelito"),
        "terrorism": ("terrorismo",),
    }
    offence_seps = ("; ", ", ", " y ")
    extra_offence = "organización criminal (art. 570 bis CP)"
    transit_seps = (", ", " - ", " / ")
    no_transit = (None, "—", "ninguno")
    p_place = 0.3

    def date(self, ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, str]:
        mes = _ES_MONTHS[ts.month - 1]
        if precision == "month":
            return choice(
                rng,
                (
                    f"en fecha no determinada de {mes} de {ts.year}",
                    f"{mes} de {ts.year}",
                    f"{ts.month:02d}/{ts.year}",
                ),
            ), "partial_month"
        if precision == "quarter":
            q = ts.quarter
            return choice(
                rng, (f"{ts.year}T{q}", f"{_ES_QUARTERS[q - 1]} trimestre de {ts.year}")
            ), "partial_quarter"
        r = rng.random()
        if r < 0.5:
            return ts.strftime("%d/%m/%Y"), ""
        if r < 0.65:
            return ts.strftime("%d-%m-%Y"), "dash_date"
        if r < 0.75:
            return ts.strftime("%d/%m/%y"), "two_digit_year"
        if r < 0.9:
            return f"{ts.day} de {mes} de {ts.year}", "month_name"
        return ts.strftime("%d.%m.%Y"), "dotted_date"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return choice(rng, ("", "s/f", "no consta")) or None
        if kind == "bad_date":
            return choice(
                rng, (f"29/02/{ts.year}", f"31/04/{ts.year}", f"31 de junio de {ts.year}")
            )
        return f"{ts.day:02d}/{ts.month:02d}/{_typo_year(ts.year)}"

    def count(self, n: int, rng: _Rng) -> tuple[object, str]:
        if n >= 1000 and rng.random() < 0.8:
            return f"{n:,}".replace(",", "."), "thousands_sep"
        return str(n), ""

    def crime(self, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> str:
        kind = str(ev["crime_type"])
        if kind == "smuggling":
            return choice(
                rng,
                (
                    "art. 318 bis CP",
                    "Art. 318 bis.1 C.P.",
                    "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
                    "favorecimiento de la inmigración ilegal (318 bis CP)",
                    "318 bis 1 y 3 b) CP",
                ),
            )
        if kind == "trafficking":
            return choice(
                rng,
                (
                    "art. 177 bis CP",
                    "Trata de seres humanos (art. 177 bis CP)",
                    "TSH (177 bis C.P.)",
                    "trata de seres humanos",
                ),
            )
        return choice(
            rng,
            (
                "arts. 177 bis y 318 bis CP",
                "Trata de seres humanos (177 bis) y contra los derechos de los ciudadanos "
                "extranjeros (318 bis)",
                "177 bis + 318 bis C.P.",
                "TSH y favorecimiento de la inmigración ilegal",
            ),
        )

    def transport(self, mode: str, ev: dict[str, object], rng: _Rng) -> str:
        if mode == "sea" and ev.get("hotspot") in _CANARIES:
            return choice(rng, ("cayuco", "cayuco", "neumática", "embarcación tipo cayuco"))
        return choice(rng, self.transport_words[mode])

    def transit(self, codes: list[str], rng: _Rng) -> tuple[object, str]:
        if len(codes) > 1 and rng.random() < 0.3:  # "Argelia, Marruecos y Túnez"
            names = [_name(c, self.lang) for c in codes]
            return ", ".join(names[:-1]) + " y " + names[-1], ""
        return super().transit(codes, rng)

    def coordinates(self, ev: dict[str, object], rng: _Rng) -> tuple[_Cells, object, object, str]:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        r = rng.random()
        if ev["transport_mode"] == "sea" and r < 0.7:
            west = choice(rng, ("O", "W"))
            lat_text, lat_m = _ddm(lat, "N", "S", 2, comma=True)
            lon_text, lon_m = _ddm(lon, "E", west, 3, comma=True)
            return {"coordinates": f"{lat_text} - {lon_text}"}, lat_m, lon_m, "ddm_coords"
        if r < 0.2 and ev["transport_mode"] != "sea":
            la, lo = round(lat, 5), round(lon, 5)
            text = f"{la:.5f} / {lo:.5f}".replace(".", ",")
            return {"coordinates": text}, la, lo, "decimal_comma_coords"
        return {"coordinates": None}, None, None, "coords_missing"

    def extras(self, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> _Cells:
        if rng.random() < 0.7:
            court = f"Juzgado Central de Instrucción nº {int(rng.integers(1, 7))}"
        else:
            court = f"Sala de lo Penal, Sección {int(rng.integers(1, 5))}ª"
        return {"court": court}


# ---------------------------------------------------------------------- tribunal judiciaire
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
_CESEDA_RECAST = pd.Timestamp("2021-05-01")  # L.622-1 became L.823-1 on 1 May 2021
_FR_EXPLOITATION = {
    "sexual": ("exploitation sexuelle", "proxénétisme", "prostitution"),
    "forced_labour": ("travail forcé", "exploitation par le travail", "travail forcé (TEH)"),
    "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
    "organ_removal": ("prélèvement d'organes",),
    "forced_marriage": ("mariage forcé",),
    "other": ("autre", "autre forme d'exploitation"),
}


def _fr_day(ts: pd.Timestamp) -> str:
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"


class _Tribunal(_Style):
    """Tribunal judiciaire de Dunkerque, Cassiopée extraction (French, UTF-16, tab)."""

    lang = "fr"
    count_placeholders = ("NR", "inconnu", "non renseigné")
    suspects_placeholders = ("NR", "inconnu")
    zero_words = ("néant", "NEANT", "aucun")
    gender_words = {  # noqa: RUF012
        "male": ("M", "MASCULIN", "hommes", "H"),
        "female": ("F", "FEMININ", "femmes"),
        "mixed": ("MIXTE", "H/F", "hommes et femmes"),
    }
    age_words = {  # noqa: RUF012
        "adult": ("MAJEUR", "majeurs", "adultes"),
        "child": ("MINEUR", "mineurs", "MNA"),
        "mixed": ("MIXTE", "majeurs et mineurs", "MAJ+MIN"),
    }
    na_words = ("NR", "non déterminé")
    transport_words = {  # noqa: RUF012
        "sea": (
            "SMALL BOAT",
            "small-boat",
            "embarcation pneumatique",
            "bateau pneumatique",
            "TAXI-BOAT",
            "voie maritime",
        ),
        "land": ("POIDS LOURD", "PL", "camion", "ensemble routier", "véhicule léger", "à pied"),
        "air": ("voie aérienne", "avion"),
    }
    exploitation_words = _FR_EXPLOITATION
    no_exploitation = ("", "SANS OBJET", "SO", "/")
    offence_words = {  # noqa: RUF012
        "document_fraud": ("faux et usage de faux", "détention de faux documents administratifs"),
        "corruption": ("corruption", "corruption d'agent public"),
        "money_laundering": ("blanchiment", "blanchiment aggravé"),
        "illicit_goods": ("contrebande", "trafic de stupéfiants"),
        "cybercrime": ("cybercriminalité", "atteinte à un STAD"),
        "terrorism": ("terrorisme",),
    }
    offence_seps = (" ; ", " / ", ", ")
    extra_offence = "association de malfaiteurs"
    transit_seps = (" / ", ", ", " - ")
    no_transit = (None, "NEANT")
    p_code = 0.02
    p_demonym = 0.55
    p_place = 0.3
    upper_share = 0.45

    def date(self, ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, str]:
        mois = _FR_MONTHS[ts.month - 1]
        if precision == "month":
            return choice(
                rng,
                (
                    f"courant {mois} {ts.year}",
                    f"{_fold(mois).upper()} {ts.year}",
                    ts.strftime("%m/%Y"),
                ),
            ), "partial_month"
        if precision == "quarter":
            q = ts.quarter
            nth = "1er" if q == 1 else f"{q}e"
            return choice(rng, (f"{nth} trimestre {ts.year}", f"T{q} {ts.year}")), "partial_quarter"
        r = rng.random()
        if r < 0.5:
            return ts.strftime("%d/%m/%Y"), ""
        if r < 0.65:
            return ts.strftime("%d/%m/%y"), "two_digit_year"
        if r < 0.8:
            return _fr_day(ts), "month_name"
        if r < 0.9:
            return "le " + ts.strftime("%d/%m/%Y"), "date_with_words"
        hour = f"{int(rng.integers(0, 24)):02d}h{int(rng.integers(0, 6)) * 10:02d}"
        return f"{ts.strftime('%d/%m/%Y')} vers {hour}", "date_with_time"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return choice(rng, ("", "INCONNUE", "NR")) or None
        if kind == "bad_date":
            return choice(rng, (f"30/02/{ts.year}", f"31/04/{ts.year}", f"31 juin {ts.year}"))
        return f"{ts.day:02d}/{ts.month:02d}/{_typo_year(ts.year)}"

    def count(self, n: int, rng: _Rng) -> tuple[object, str]:
        if n >= 1000:
            sep = choice(rng, ("\u202f", "\xa0", " ", ""))
            return f"{n:,}".replace(",", sep), ("thousands_sep" if sep else "")
        return str(n), ""

    def crime(self, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> str:
        kind = str(ev["crime_type"])
        if kind == "smuggling":
            if ts < _CESEDA_RECAST:
                return choice(
                    rng,
                    (
                        "AIDE A L'ENTREE IRREGULIERE D'UN ETRANGER EN FRANCE (L.622-1 CESEDA)",
                        "aide à l'entrée, à la circulation ou au séjour irréguliers d'un "
                        "étranger (art. L.622-1 CESEDA)",
                        "AIDE A L'ENTREE OU AU SEJOUR IRREGULIERS EN BANDE ORGANISEE",
                    ),
                )
            return choice(
                rng,
                (
                    "AIDE A L'ENTREE IRREGULIERE D'UN ETRANGER (L.823-1 CESEDA)",
                    "aide à l'entrée irrégulière d'un étranger dans un État partie au "
                    "protocole de Palerme (art. L.823-2 CESEDA)",
                    "AIDE AU SEJOUR IRREGULIER EN BANDE ORGANISEE (L.823-3 CESEDA)",
                    "aide à l'entrée, à la circulation ou au séjour irréguliers d'un étranger",
                ),
            )
        if kind == "trafficking":
            return choice(
                rng,
                (
                    "TRAITE D'ETRE HUMAIN (225-4-1 C.PEN.)",
                    "traite des êtres humains",
                    "TEH",
                    "TRAITE D'ETRES HUMAINS EN BANDE ORGANISEE (225-4-3 C.PEN.)",
                ),
            )
        return choice(
            rng,
            (
                "TEH + AIDE A L'ENTREE IRREGULIERE",
                "traite des êtres humains et aide à l'entrée irrégulière d'un étranger",
                "TRAITE D'ETRE HUMAIN / AIDE A L'ENTREE OU AU SEJOUR IRREGULIERS",
            ),
        )

    def detection(self, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
        hotspot = str(ev.get("hotspot"))
        if ev["detection_country"] == "FRA" and hotspot in _TJ_HOME and rng.random() < 0.6:
            return choice(rng, _TJ_HOME[hotspot]), "place_only"
        return super().detection(ev, rng)

    def coordinates(self, ev: dict[str, object], rng: _Rng) -> tuple[_Cells, object, object, str]:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        r = rng.random()
        if r < 0.2:
            la, lo = round(lat, 5), round(lon, 5)
            ew = "E" if lo >= 0 else "O"
            ns = "N" if la >= 0 else "S"
            text = f"{abs(la):.5f} {ns} / {abs(lo):.5f} {ew}".replace(".", ",")
            return {"coordinates": text}, la, lo, "hemisphere_coords"
        if r < 0.4:
            d1, m1, s1, la_m = _dms(lat)
            d2, m2, s2, lo_m = _dms(lon)
            ew = "E" if lon >= 0 else "O"
            text = f"N {d1}°{m1:02d}'{s1:02d}\" - {ew} {d2:03d}°{m2:02d}'{s2:02d}\""
            return {"coordinates": text}, la_m, lo_m, "dms_coords"
        if r < 0.55:
            la, lo = round(lat, 5), round(lon, 5)
            return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, ""
        return {"coordinates": None}, None, None, "coords_missing"

    def extras(self, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> _Cells:
        return {
            "orientation": choice(
                rng,
                (
                    "COMPARUTION IMMEDIATE",
                    "INFORMATION JUDICIAIRE",
                    "CRPC",
                    "CITATION DIRECTE",
                    "CONVOCATION PAR OPJ",
                ),
            )
        }


# ---------------------------------------------------------------------- Crown Court
_COURT_CENTRES = {
    "Dover": ("Canterbury", "Maidstone"),
    "London": ("Southwark", "Isleworth", "Snaresbrook", "Woolwich"),
    "Birmingham": ("Birmingham",),
    "Glasgow": ("Glasgow (HCJ)",),
}


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


class _Crown(_Style):
    """Crown Court sentencing extract (English, XLSX)."""

    lang = "en"
    count_placeholders = ("Not known", "TBC", "unknown")
    suspects_placeholders = ("not known", "TBC")
    zero_words = ("nil", "none")
    gender_words = {  # noqa: RUF012
        "male": ("Male", "M", "male"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "Male & female", "Both"),
    }
    age_words = {  # noqa: RUF012
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Child", "Minor", "Under 18", "UASC"),
        "mixed": ("Mixed", "Adults & children"),
    }
    na_words = ("Not recorded", "N/K")
    transport_words = {  # noqa: RUF012
        "sea": ("small boat", "RHIB", "inflatable dinghy", "small boat (Channel crossing)"),
        "land": ("lorry", "HGV", "concealed in HGV trailer", "van", "car", "coach", "on foot"),
        "air": ("air", "commercial flight", "by air"),
    }
    exploitation_words = {  # noqa: RUF012
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation", "Forced labour"),
        "forced_criminality": (
            "Criminal",
            "Criminal exploitation",
            "Criminal exploitation (cannabis cultivation)",
        ),
        "organ_removal": ("Organ harvesting", "Removal of organs"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    }
    no_exploitation = (None, "N/A", "-")
    offence_words = {  # noqa: RUF012
        "document_fraud": (
            "Possession of false identity documents (s.4 Identity Documents Act 2010)",
            "Document fraud",
        ),
        "corruption": ("Bribery (Bribery Act 2010 s.1)",),
        "money_laundering": ("Money laundering (POCA 2002 s.327)", "Money laundering"),
        "illicit_goods": (
            "Importation of controlled drugs",
            "Smuggling of goods (CEMA 1979 s.170)",
        ),
        "cybercrime": ("Computer Misuse Act 1990 offence",),
        "terrorism": ("Terrorism Act 2000 offence",),
    }
    offence_seps = ("; ",)
    transit_seps = (", ", " > ", " - ")
    no_transit = (None, "direct", "none")
    p_code = 0.05
    p_demonym = 0.5
    p_place = 0.35

    def date(self, ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, str]:
        month = MONTHS[ts.month - 1]
        if precision == "month":
            last = _month_end(ts)
            return choice(
                rng,
                (
                    f"between 01/{ts.month:02d}/{ts.year} and {last}/{ts.month:02d}/{ts.year}",
                    f"on a date in {month} {ts.year}",
                    f"{month} {ts.year}",
                ),
            ), "partial_month"
        if precision == "quarter":
            q = ts.quarter
            start = pd.Timestamp(year=ts.year, month=3 * q - 2, day=1)
            end = start + pd.offsets.QuarterEnd(0)
            between = (
                f"between {start.day} {MONTHS[start.month - 1]} {ts.year} and "
                f"{end.day} {MONTHS[end.month - 1]} {ts.year}"
            )
            return choice(rng, (between, f"Q{q} {ts.year}")), "partial_quarter"
        r = rng.random()
        if r < 0.45:
            return ts.to_pydatetime(), ""
        if r < 0.6:
            return int((ts - _EXCEL_EPOCH).days), "excel_serial"
        if r < 0.75:
            return ts.strftime("%d/%m/%Y"), "text_date"
        if r < 0.85:
            return f"{_ordinal(ts.day)} {month} {ts.year}", "month_name"
        if r < 0.95:
            return ts.strftime("%d-%b-%Y"), "month_abbrev"
        return ts.strftime("%Y-%m-%d"), "iso_text"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return choice(rng, ("", "Not known")) or None
        if kind == "bad_date":
            return choice(rng, (f"31/09/{ts.year}", f"29/02/{ts.year}", f"31st June {ts.year}"))
        future = ts.replace(year=_typo_year(ts.year))
        return future.to_pydatetime() if rng.random() < 0.5 else future.strftime("%d/%m/%Y")

    def note_date(self, last: pd.Timestamp) -> object:
        return (last + pd.Timedelta(days=14)).to_pydatetime()

    def count(self, n: int, rng: _Rng) -> tuple[object, str]:
        r = rng.random()
        if n >= 1000 and r < 0.4:
            return f"{n:,}", "thousands_sep"
        if r < 0.05:
            return str(n), "number_as_text"
        return n, ""

    def crime(self, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> str:
        kind = str(ev["crime_type"])
        if kind == "smuggling":
            return choice(
                rng,
                (
                    "s.25 Immigration Act 1971",
                    "Assisting unlawful immigration (s.25 IA 1971)",
                    "Conspiracy to assist unlawful immigration - IA 1971 s25",
                    "Facilitating a breach of immigration law (s25 Immigration Act 1971)",
                ),
            )
        if kind == "trafficking":
            return choice(
                rng,
                (
                    "s.2 Modern Slavery Act 2015",
                    "Human trafficking (MSA 2015 s.2)",
                    "Arranging or facilitating travel of another with a view to exploitation "
                    "(s.2 MSA 2015)",
                ),
            )
        return choice(
            rng,
            (
                "s.25 IA 1971; s.2 MSA 2015",
                "Assisting unlawful immigration and human trafficking "
                "(IA 1971 s.25 / MSA 2015 s.2)",
            ),
        )

    def detection(self, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
        code = str(ev["detection_country"])
        hotspot = str(ev.get("hotspot"))
        if code == "FRA":
            place = "Calais" if hotspot == "Calais" else choice(rng, ("Gravelines", "Dunkirk"))
            return choice(
                rng, (f"{place}, France", f"off {place} (French waters)", "France")
            ), "place_and_country"
        return super().detection(ev, rng)

    def extras(self, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> _Cells:
        centres = _COURT_CENTRES.get(str(ev.get("hotspot")), ("Canterbury", "Maidstone"))
        sentence = min(ts + pd.Timedelta(days=int(rng.integers(90, 600))), _LAST_SENTENCE)
        return {"court": choice(rng, centres), "sentence_date": sentence.to_pydatetime()}


# ---------------------------------------------------------------------- US District Courts
_COURT_IDS = {
    "Nogales (Sonora/Arizona)": "azd",
    "Sasabe": "azd",
    "El Paso": "txwd",
    "Rio Grande Valley": "txsd",
}


class _Dockets(_Style):
    """U.S. District Courts docket digest (English, JSON lines)."""

    lang = "en"
    count_placeholders = ("unknown", "not stated")
    suspects_placeholders = ("unknown",)
    zero_words = ("none",)
    gender_words = {  # noqa: RUF012
        "male": ("male", "M"),
        "female": ("female", "F"),
        "mixed": ("mixed", "both", "male/female"),
    }
    age_words = {  # noqa: RUF012
        "adult": ("adult", "adults"),
        "child": ("minor", "juvenile", "UAC"),
        "mixed": ("mixed", "adults and minors"),
    }
    na_words = ("not stated",)
    transport_words = {  # noqa: RUF012
        "sea": ("boat", "vessel", "panga", "maritime"),
        "land": (
            "tractor-trailer",
            "vehicle",
            "pickup truck",
            "on foot",
            "freight train",
            "passenger vehicle",
        ),
        "air": ("commercial flight", "aircraft"),
    }
    exploitation_words = {  # noqa: RUF012
        "sexual": ("sex", "sex trafficking"),
        "forced_labour": ("labor", "labor trafficking", "forced labor"),
        "forced_criminality": ("forced criminal activity", "compelled criminal activity"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    }
    offence_words = {  # noqa: RUF012
        "money_laundering": (
            "18 U.S.C. § 1956 (money laundering)",
            "money laundering conspiracy, 18 U.S.C. § 1956(h)",
        ),
        "document_fraud": (
            "18 U.S.C. § 1546 (fraud and misuse of visas, permits, and other documents)",
            "18:1028 FRAUD IN CONNECTION WITH IDENTIFICATION DOCUMENTS",
        ),
        "corruption": ("18 U.S.C. § 201 (bribery of public officials)",),
        "illicit_goods": (
            "21 U.S.C. § 841 (drug trafficking)",
            "18 U.S.C. § 545 (smuggling goods into the United States)",
        ),
        "cybercrime": ("18 U.S.C. § 1030 (computer fraud and abuse)",),
        "terrorism": ("18 U.S.C. § 2339B (material support to terrorists)",),
    }
    transit_seps = (", ", "; ", " -> ")
    p_code = 0.06
    p_demonym = 0.35
    p_place = 0.45

    def date(self, ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, str]:
        month = MONTHS[ts.month - 1]
        if precision == "month":
            return choice(
                rng, (f"in or about {month} {ts.year}", ts.strftime("%Y-%m"))
            ), "partial_month"
        if precision == "quarter":
            return choice(rng, (f"Q{ts.quarter} {ts.year}", f"{ts.year} Q{ts.quarter}")), (
                "partial_quarter"
            )
        r = rng.random()
        if r < 0.4:
            return ts.strftime("%Y-%m-%d"), ""
        if r < 0.6:
            return ts.strftime("%m/%d/%Y"), "month_first"
        if r < 0.75:
            return f"{month} {ts.day}, {ts.year}", "month_name"
        if r < 0.85:
            return f"on or about {month} {ts.day}, {ts.year}", "on_or_about"
        if r < 0.95:
            return ts.strftime("%Y-%m-%dT00:00:00Z"), "iso_datetime"
        return f"{month[:3]}. {ts.day}, {ts.year}", "month_abbrev"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return choice(rng, ("", "unknown")) or None
        if kind == "bad_date":
            return choice(rng, (f"{ts.year}-02-30", f"{ts.year}-04-31", f"13/45/{ts.year}"))
        return f"{_typo_year(ts.year)}-{ts.month:02d}-{ts.day:02d}"

    def note_date(self, last: pd.Timestamp) -> object:
        return last.strftime("%Y-%m-%d")

    def count(self, n: int, rng: _Rng) -> tuple[object, str]:
        r = rng.random()
        if n >= 1000 and r < 0.5:
            return f"{n:,}", "thousands_sep"
        if r < 0.05:
            return str(n), "number_as_text"
        return n, ""

    def crime(self, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> str:
        kind = str(ev["crime_type"])
        smuggling = choice(
            rng,
            (
                "8 U.S.C. § 1324(a)(1)(A)(ii)",
                "8:1324(a)(1)(A)(ii) - TRANSPORTATION OF ILLEGAL ALIENS",
                "8 U.S.C. § 1324(a)(2)(B)(ii) (bringing in aliens for financial gain)",
                "Alien smuggling, 8 U.S.C. § 1324",
                "8:1324(a)(1)(A)(v)(I) - CONSPIRACY TO BRING IN AND HARBOR ALIENS",
            ),
        )
        expl = str(ev["exploitation"])
        if expl == "sexual":
            trafficking = choice(
                rng,
                (
                    "18 U.S.C. § 1591 (sex trafficking by force, fraud, or coercion)",
                    "18:1591(a)(1) - SEX TRAFFICKING OF CHILDREN OR BY FORCE, FRAUD, OR COERCION",
                ),
            )
        elif expl == "forced_labour":
            trafficking = choice(rng, ("18 U.S.C. § 1589 (forced labor)", "18:1589 FORCED LABOR"))
        else:
            trafficking = (
                "18 U.S.C. § 1590 (trafficking with respect to peonage, slavery, involuntary "
                "servitude, or forced labor)"
            )
        if kind == "smuggling":
            return smuggling
        if kind == "trafficking":
            return trafficking
        return f"{smuggling}; {trafficking}"

    def detection(self, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
        code = str(ev["detection_country"])
        place = _place(ev.get("hotspot"), "en")
        r = rng.random()
        if code == "USA" and place is not None:
            if r < 0.5:
                return place, "place_only"
            if r < 0.8:
                return f"{place}, USA", "place_and_country"
        if code == "PAN" and place is not None and r < 0.6:
            return place, "place_and_country"
        cell, tag = self.country(code, rng, demonym_ok=False)
        return cell, tag

    def coordinates(self, ev: dict[str, object], rng: _Rng) -> tuple[_Cells, object, object, str]:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        r = rng.random()
        if r < 0.7:
            la, lo = round(lat, 5), round(lon, 5)
            return {"lat": la, "lon": lo}, la, lo, ""
        if r < 0.8:
            la, lo = round(lat, 5), round(lon, 5)
            ns = "N" if la >= 0 else "S"
            ew = "E" if lo >= 0 else "W"
            cells: _Cells = {"lat": f"{abs(la):.5f} {ns}", "lon": f"{abs(lo):.5f} {ew}"}
            return cells, la, lo, "hemisphere_coords"
        return {"lat": None, "lon": None}, None, None, "coords_missing"

    def extras(self, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> _Cells:
        if ev["detection_country"] == "PAN":
            return {"court": choice(rng, ("dcd", "flsd"))}
        return {"court": _COURT_IDS.get(str(ev.get("hotspot")), "txsd")}


# ---------------------------------------------------------------------- BEPI (entraide)
#: Requesting state -> (smuggling wording, trafficking wording), in French with its article.
_BEPI_LAW: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ITA": (
        (
            "aide à l'immigration irrégulière (art. 12 D.Lgs. 286/1998)",
            "favoreggiamento dell'immigrazione clandestina - art. 12 TUI (aide à l'entrée "
            "irrégulière)",
        ),
        ("traite des êtres humains (art. 601 c.p. italien)", "TEH - art. 601 c.p."),
    ),
    "GRC": (
        ("aide à l'entrée irrégulière (art. 30 loi grecque 4251/2014)",),
        ("traite des êtres humains (art. 323A C. pén. grec)",),
    ),
    "HRV": (
        ("aide à l'entrée irrégulière (art. 326 KZ croate)",),
        ("traite des êtres humains (art. 106 KZ croate)",),
    ),
    "POL": (
        ("organisation du franchissement illégal de la frontière (art. 264 § 3 kk)",),
        ("traite des êtres humains (art. 189a kk)",),
    ),
    "ESP": (
        ("favorecimiento de la inmigración ilegal - art. 318 bis CP espagnol (aide à l'entrée)",),
        ("trata de seres humanos - art. 177 bis CP espagnol (TEH)",),
    ),
    "GBR": (
        ("aide à l'immigration irrégulière (s.25 Immigration Act 1971)",),
        ("traite des êtres humains (s.2 Modern Slavery Act 2015)",),
    ),
}
_BEPI_SMUGGLING = (
    "aide à l'entrée et au séjour irréguliers",
    "trafic illicite de migrants",
    "facilitation de l'entrée irrégulière",
)
_BEPI_TRAFFICKING = ("traite des êtres humains", "TEH")
_AUTHORITIES = {
    "Lampedusa": "Procura della Repubblica di Agrigento",
    "Pozzallo": "Procura della Repubblica di Ragusa",
    "Crotone": "Procura della Repubblica di Crotone",
    "Palermo": "Procura di Palermo - DDA",
    "Castel Volturno": "Procura di Napoli - DDA",
    "Torino": "Procura di Torino - DDA",
    "Latina (Agro Pontino)": "Procura della Repubblica di Latina",
    "Lesbos": "Parquet de Mytilène (Lesbos)",
    "Samos": "Parquet de Samos",
    "Evros": "Parquet d'Alexandroupolis",
    "Cetingrad (BIH–HRV border)": "Parquet de comté de Karlovac",
    "Bajakovo (SRB–HRV border)": "Parquet de comté de Vukovar",
    "Białowieża": "Prokuratura Okregowa w Bialymstoku",
    "Kuźnica": "Prokuratura Okregowa w Bialymstoku",
    "Michałowo": "Prokuratura Rejonowa w Sokolce",
    "Gran Canaria": "Fiscalía Provincial de Las Palmas",
    "Lanzarote": "Fiscalía Provincial de Las Palmas",
    "Tenerife": "Fiscalía Provincial de Santa Cruz de Tenerife",
    "El Hierro": "Fiscalía Provincial de Santa Cruz de Tenerife",
    "Almería": "Fiscalía Provincial de Almería",
    "Almería (El Ejido)": "Juzgado de Instrucción nº 1 de El Ejido",
    "Huelva": "Fiscalía Provincial de Huelva",
    "Ceuta": "Fiscalía de Área de Ceuta",
    "Melilla": "Fiscalía de Área de Melilla",
}


class _Bepi(_Style):
    """BEPI register of incoming requests (French, latin-1, ``|``)."""

    lang = "fr"
    count_placeholders = ("NC", "inconnu")
    suspects_placeholders = ("NC",)
    zero_words = ("néant", "aucun")
    gender_words = {  # noqa: RUF012
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H et F", "H/F"),
    }
    age_words = {  # noqa: RUF012
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA", "mineurs non accompagnés"),
        "mixed": ("mixte", "majeurs et mineurs"),
    }
    na_words = ("NC", "non précisé")
    transport_words = {  # noqa: RUF012
        "sea": (
            "voie maritime",
            "embarcation de fortune",
            "canot pneumatique",
            "bateau de pêche",
            "voilier",
        ),
        "land": ("voie terrestre", "camion", "véhicule", "à pied"),
        "air": ("voie aérienne", "avion"),
    }
    exploitation_words = _FR_EXPLOITATION
    no_exploitation = ("", "/", "sans objet")
    offence_words = {  # noqa: RUF012
        "document_fraud": ("faux documents", "usage de faux documents d'identité"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "stupéfiants"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    }
    offence_seps = (", ", " + ", " ; ")
    extra_offence = "association de malfaiteurs"
    transit_seps = (" - ", ", ", " puis ")
    no_transit = (None, "néant")
    p_code = 0.04
    p_demonym = 0.45
    p_place = 0.35
    p_mojibake = 0.04

    def date(self, ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, str]:
        mois = _FR_MONTHS[ts.month - 1]
        if precision == "month":
            return choice(
                rng, (f"{mois} {ts.year}", ts.strftime("%m/%Y"), f"courant {mois} {ts.year}")
            ), "partial_month"
        if precision == "quarter":
            q = ts.quarter
            nth = "1er" if q == 1 else f"{q}e"
            return choice(rng, (f"{nth} trim. {ts.year}", f"T{q} {ts.year}")), "partial_quarter"
        r = rng.random()
        if r < 0.4:
            return ts.strftime("%d/%m/%Y"), ""
        if r < 0.6:
            return ts.strftime("%d.%m.%Y"), "dotted_date"
        if r < 0.75:
            return ts.strftime("%Y-%m-%d"), "iso_text"
        if r < 0.9:
            return _fr_day(ts), "month_name"
        return ts.strftime("%d/%m/%y"), "two_digit_year"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return choice(rng, ("", "NC", "inconnue")) or None
        if kind == "bad_date":
            return choice(rng, (f"31.06.{ts.year}", f"30/02/{ts.year}", f"31/11/{ts.year}"))
        return ts.replace(year=_typo_year(ts.year)).strftime("%d.%m.%Y")

    def count(self, n: int, rng: _Rng) -> tuple[object, str]:
        if n >= 1000:
            return f"{n:,}".replace(",", choice(rng, ("\xa0", " "))), "thousands_sep"
        return str(n), ""

    def crime(self, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> str:
        kind = str(ev["crime_type"])
        law = _BEPI_LAW.get(str(ev["detection_country"]))
        own = rng.random() < 0.7 and law is not None
        smuggling = choice(rng, law[0] if own and law else _BEPI_SMUGGLING)
        trafficking = choice(rng, law[1] if own and law else _BEPI_TRAFFICKING)
        if kind == "smuggling":
            return smuggling
        if kind == "trafficking":
            return trafficking
        return choice(rng, (f"{trafficking} + {smuggling}", "TEH et trafic de migrants"))

    def detection(self, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
        code = str(ev["detection_country"])
        place = _place(ev.get("hotspot"), "fr")
        r = rng.random()
        country = _name(code, "fr")
        if place is not None and r < 0.35:
            return f"{place} ({country})", "place_and_country"
        if place is not None and r < 0.5:
            return f"{country} - {place}", "place_and_country"
        return self.country(code, rng, demonym_ok=False)

    def coordinates(self, ev: dict[str, object], rng: _Rng) -> tuple[_Cells, object, object, str]:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        r = rng.random()
        if r < 0.2:
            la, lo = round(lat, 5), round(lon, 5)
            return {"coordinates": f"{la:.5f} / {lo:.5f}"}, la, lo, ""
        if r < 0.3:
            la, lo = round(lat, 4), round(lon, 4)
            text = f"lat. {la:.4f} - long. {lo:.4f}".replace(".", ",").replace("lat,", "lat.")
            text = text.replace("long,", "long.")
            return {"coordinates": text}, la, lo, "decimal_comma_coords"
        if r < 0.4:
            d1, m1, s1, la_m = _dms(lat)
            d2, m2, s2, lo_m = _dms(lon)
            ns = "N" if lat >= 0 else "S"
            ew = "E" if lon >= 0 else "O"
            text = f"{d1}°{m1:02d}'{s1:02d}\"{ns} {d2}°{m2:02d}'{s2:02d}\"{ew}"
            return {"coordinates": text}, la_m, lo_m, "dms_coords"
        return {"coordinates": None}, None, None, "coords_missing"

    def extras(self, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> _Cells:
        code = str(ev["detection_country"])
        hotspot = str(ev.get("hotspot"))
        if code == "GBR":
            kind = "demande d'entraide (ACC UE/R-U)"
            authority = "Crown Prosecution Service (CPS)"
        else:
            kind = choice(rng, ("DEE", "DEE", "MAE", "DEE complémentaire"))
            authority = _AUTHORITIES.get(hotspot, f"autorité judiciaire ({_name(code, 'fr')})")
        return {"request_type": kind, "authority": authority}


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_HEADERS_AN = {
    "source_ref": "Nº Procedimiento",
    "court": "Órgano judicial",
    "event_date": "Fecha de los hechos",
    "crime_type": "Delito (CP)",
    "exploitation": "Finalidad de la trata",
    "n_persons": "Nº víctimas / migrantes",
    "n_suspects": "Nº investigados",
    "gender": "Sexo (H/M)",
    "age_group": "Edad (mayor/menor)",
    "nationality": "Nacionalidad",
    "origin_country": "País de origen",
    "transit_countries": "Países de tránsito",
    "destination_country": "País de destino",
    "detection_country": "Lugar de los hechos",
    "transport_mode": "Medio empleado",
    "coordinates": "Posición (atestado)",
    "linked_offences": "Delitos conexos",
}
_HEADERS_TJ = {
    "source_ref": "N° PARQUET",
    "orientation": "ORIENTATION",
    "event_date": "DATE DES FAITS",
    "crime_type": "QUALIFICATION PRINCIPALE",
    "exploitation": "FINALITE EXPLOITATION",
    "n_persons": "NB VICTIMES/ETRANGERS",
    "n_suspects": "NB MIS EN CAUSE",
    "gender": "SEXE",
    "age_group": "MAJ./MIN.",
    "nationality": "NATIONALITE",
    "origin_country": "PAYS ORIGINE",
    "transit_countries": "PAYS TRANSIT",
    "destination_country": "PAYS DESTINATION",
    "detection_country": "LIEU DES FAITS",
    "transport_mode": "MODE DE TRANSPORT",
    "coordinates": "COORD. GPS (WGS84)",
    "linked_offences": "INFRACTIONS CONNEXES",
}
_HEADERS_CROWN = {
    "source_ref": "Case number",
    "court": "Court centre",
    "event_date": "Offence date",
    "sentence_date": "Sentence date",
    "crime_type": "Principal offence (statute)",
    "exploitation": "Exploitation type (NRM)",
    "n_persons": "Victims / migrants (no.)",
    "n_suspects": "No. of defendants",
    "gender": "Sex of victims/migrants",
    "age_group": "Adult / Child",
    "nationality": "Nationality",
    "origin_country": "Country of origin",
    "transit_countries": "Route (transit countries)",
    "destination_country": "Intended destination",
    "detection_country": "Place of interception / arrest",
    "transport_mode": "Method of entry",
    "linked_offences": "Other offences charged",
}
_HEADERS_US = {
    "source_ref": "case_number",
    "court": "court_id",
    "event_date": "offense_date",
    "crime_type": "statute",
    "exploitation": "trafficking_type",
    "n_persons": "aliens_or_victims",
    "n_suspects": "defendants",
    "gender": "sex",
    "age_group": "age_category",
    "nationality": "citizenship",
    "origin_country": "country_of_origin",
    "transit_countries": "transit",
    "destination_country": "destination",
    "detection_country": "apprehension_location",
    "transport_mode": "conveyance",
    "lat": "latitude",
    "lon": "longitude",
    "linked_offences": "related_charges",
}
_HEADERS_BEPI = {
    "source_ref": "N° BEPI / BEPI ref.",
    "request_type": "Type de demande / Request type",
    "authority": "Autorité requérante / Requesting authority",
    "event_date": "Date des faits / Date of facts",
    "crime_type": "Infraction(s) visée(s) / Offence(s)",
    "exploitation": "Forme d'exploitation / Form of exploitation",
    "n_persons": "Nb victimes ou migrants / No. of victims or migrants",
    "n_suspects": "Nb mis en cause / No. of suspects",
    "gender": "Sexe / Sex",
    "age_group": "Âge / Age",
    "nationality": "Nationalité(s) / Nationality",
    "origin_country": "Pays d'origine / Country of origin",
    "transit_countries": "Pays de transit / Transit",
    "destination_country": "Destination finale / Final destination",
    "detection_country": "Lieu des faits (État) / Place of facts",
    "transport_mode": "Moyen de transport / Means of transport",
    "coordinates": "Coordonnées (WGS84)",
    "linked_offences": "Infractions connexes / Related offences",
}

_AN = CourtSource(
    source="audiencia_nacional",
    filename="audiencia_nacional_cc.csv",
    ref="DP {seq}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers=_HEADERS_AN,
    note="Nota: datos extraídos de Minerva-NOJ; pendientes de validación por el LAJ",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "#¡VALOR!"),
    repeats=False,
    home="ESP",
    p_month=0.05,
    p_quarter=0.02,
)
_TJ = CourtSource(
    source="tj_dunkerque",
    filename="tj_dunkerque_cc.csv",
    ref="{yy:02d}000{seq:06d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers=_HEADERS_TJ,
    note="NOTA : extraction Cassiopée - données provisoires, non consolidées",
    total="TOTAL",
    bad_count=("PLUSIEURS", "nombreux", "#VALEUR!"),
    repeats=False,
    home="FRA",
    p_month=0.06,
    p_quarter=0.02,
)
_CROWN = CourtSource(
    source="crown_court_uk",
    filename="crown_court_uk_cc.xlsx",
    ref="T{year}{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_HEADERS_CROWN,
    note="Note: provisional extract (XHIBIT / Common Platform); excludes cases awaiting sentence",
    total="Grand total",
    bad_count=("several", "multiple", "#VALUE!"),
    repeats=True,
    home="GBR",
    p_month=0.04,
    p_quarter=0.03,
)
_US = CourtSource(
    source="usdc_dockets",
    filename="usdc_dockets_cc.jsonl",
    ref="1:{yy:02d}-cr-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_HEADERS_US,
    note=None,
    total="TOTAL (all districts)",
    bad_count=("several", "multiple", "numerous"),
    repeats=True,
    home="USA",
    p_month=0.05,
    p_quarter=0.015,
)
_BEPI = CourtSource(
    source="bepi_entraide",
    filename="bepi_entraide_cc.csv",
    ref="{year}/{seq:05d}/BEPI",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="fr",
    headers=_HEADERS_BEPI,
    note="Remarque : tableau arrêté à la date ci-contre, hors demandes classées",
    total="Total général",
    bad_count=("plusieurs", "nombreux", "#VALEUR!"),
    repeats=False,
    home="FRA",
    p_month=0.05,
    p_quarter=0.03,
)

#: The five sources of the set, in the order the submissions are returned.
BLIND79_SOURCES: tuple[CourtSource, ...] = (_AN, _TJ, _CROWN, _US, _BEPI)

_STYLES: dict[str, _Style] = {
    _AN.source: _Audiencia(_AN),
    _TJ.source: _Tribunal(_TJ),
    _CROWN.source: _Crown(_CROWN),
    _US.source: _Dockets(_US),
    _BEPI.source: _Bepi(_BEPI),
}


# --------------------------------------------------------------------------------------
# Rendering one event
# --------------------------------------------------------------------------------------
def _render(
    src: CourtSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    st = _STYLES[src.source]
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    # date, to the day or (outside duplicated events) to a month or quarter
    precision = "day"
    if partial_ok:
        r = rng.random()
        if r < src.p_month:
            precision = "month"
        elif r < src.p_month + src.p_quarter:
            precision = "quarter"
    cells["event_date"], tag = st.date(ts, precision, rng)
    tags.append(tag)
    starts = {
        "day": ts.normalize(),
        "month": ts.to_period("M").start_time,
        "quarter": ts.to_period("Q").start_time,
    }
    exp["event_date"] = starts[precision]
    exp["date_precision"] = precision

    # offence and purpose of exploitation
    cells["crime_type"] = st.crime(ev, ts, rng)
    exp["crime_type"] = ev["crime_type"]
    cells["exploitation"] = st.exploitation(ev["exploitation"], ev, rng)
    exp["exploitation"] = ev["exploitation"]

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < st.p_count_placeholder:
        cells["n_persons"] = choice(rng, st.count_placeholders)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = st.count(n, rng)
        exp["n_persons"] = n
        tags.append(tag)

    # suspects
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < st.p_suspects_placeholder:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.suspects_placeholders), None
        tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < st.p_zero_word:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = st.number(k), k

    # gender and age group
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = st.cased(choice(rng, st.gender_words[gender]), rng), gender
    age = str(ev["age_group"])
    if rng.random() < st.p_na:
        cells["age_group"], exp["age_group"] = choice(rng, st.na_words), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = st.cased(choice(rng, st.age_words[age]), rng), age

    # countries
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        text, tag = st.country(nat, rng, demonym_ok=True)
        cells["nationality"], garbled = st.garble(text, rng)
        exp["nationality"] = nat
        tags += [tag, garbled]
    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        text, tag = st.country(code, rng, demonym_ok=False)
        cells[col], garbled = st.garble(text, rng)
        exp[col] = code
        tags += [tag, garbled]
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        text, tag = st.detection(ev, rng)
        cells["detection_country"], garbled = st.garble(text, rng)
        exp["detection_country"] = ev["detection_country"]
        tags += [tag, garbled]
    cells["transit_countries"], tag = st.transit(_codes(ev["transit_countries"]), rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags.append(tag)

    # transport
    mode = str(ev["transport_mode"])
    if rng.random() < st.p_na:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, st.na_words), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = st.transport(mode, ev, rng), mode

    # place of detection
    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        for key in ("coordinates", "lat", "lon"):
            if key in src.headers:
                cells[key] = None
        tags.append("blank_coordinates")
    else:
        coords, lat, lon, tag = st.coordinates(ev, rng)
        cells.update(coords)
        exp["lat"], exp["lon"] = lat, lon
        tags.append(tag)

    # linked offences and the source's own columns
    cells["linked_offences"], tag = st.offences(ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]
    tags.append(tag)
    cells.update(st.extras(ev, ts, rng))

    for key, value in cells.items():  # a legacy export drops what its encoding cannot hold
        if isinstance(value, str) and not fits(value, src):
            folded = _fold(value)
            if not fits(folded, src):
                folded = folded.encode(src.encoding, "replace").decode(src.encoding)
            cells[key] = folded
    return cells, exp, [t for t in tags if t]


def _bad_date(src: CourtSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return _STYLES[src.source].bad_date(ts, kind, rng)


def _note_date(src: CourtSource, last: pd.Timestamp) -> object:
    return _STYLES[src.source].note_date(last)


_EXAMINER: Examiner[CourtSource] = Examiner(
    sources=BLIND79_SOURCES,
    primary={
        "ESP": _AN.source,
        "FRA": _TJ.source,
        "GBR": _CROWN.source,
        "USA": _US.source,
        "PAN": _US.source,
    },
    compilation=_BEPI.source,
    secondary={
        ("channel", "FRA"): _CROWN.source,
        ("channel", "GBR"): _TJ.source,
        ("thb_nga_ita", "ITA"): _AN.source,
        ("thb_rou_esp", "ITA"): _AN.source,
        ("thb_rou_esp", "ESP"): _BEPI.source,
        ("thb_vnm_gbr", "GBR"): _BEPI.source,
        ("watl", "ESP"): _BEPI.source,
        ("wmed", "ESP"): _BEPI.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=79_791,
    blank_share=0.4,
)


def make_blind79(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind79`` set's five judicial submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``audiencia_nacional_cc.csv`` (Spanish, cp1252, ``;``), ``tj_dunkerque_cc.csv``
        (French, UTF-16, tab), ``crown_court_uk_cc.xlsx`` (English),
        ``usdc_dockets_cc.jsonl`` (English) and ``bepi_entraide_cc.csv`` (French, latin-1,
        ``|``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind79(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['audiencia_nacional_cc.csv', 'tj_dunkerque_cc.csv', 'crown_court_uk_cc.xlsx',
     'usdc_dockets_cc.jsonl', 'bepi_entraide_cc.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
