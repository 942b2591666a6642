"""Examiner variant ``blind46``: five Black Sea, Balkan, Middle East and Central American sources.

A held-out sample set written without looking at the cleaner, from five agencies no earlier
set used. Files are named ``*_av.*``. A reader's guide, source by source:

``granicna_policija_srb_av.csv`` -- Serbian Border Police Directorate (Uprava granične
    policije, MUP Republike Srbije), English values under bilingual Serbian / English
    headers (``Broj lica / No. of persons``). UTF-8 without BOM, ``;`` delimiter. Dates
    day-first with the Serbian trailing dot (``15.03.2022.``), also without it, spaced
    without leading zeros (``5. 3. 2022.``) and with a two-digit year (``15.03.22.``);
    partial dates ``03.2022.``, ``March 2022``, ``Q1 2022``, ``II quarter 2022``. Offences
    by article of the Serbian Criminal Code (``Art. 350(2) CC RS``, ``čl. 388 KZ``). Country
    names in English, in Serbian Latin (``Sirija``, ``Avganistan``, ``Grčka``, ``BiH``),
    ISO alpha-3 codes, English demonyms for citizenship, a few typos and mojibake (UTF-8
    read as cp1252). ``/`` for "not applicable" (exploitation of a smuggling case, no
    transit, no related offence); thousands with a dot (``1.234``); coordinates in two
    columns, mostly with a decimal comma. Primary for Croatia (Western Balkans route), and
    second reporter of Greek (Eastern Mediterranean) detections through its attaché.
``dpsu_ukr_av.csv`` -- State Border Guard Service of Ukraine (DPSU), English, UTF-8 with
    BOM, ``,`` delimiter. Reference numbers of the Unified Register of Pre-trial
    Investigations (17 digits). Dates ``15.03.2022 06:40`` (with the time of detection),
    ``15.03.2022``, ISO and ``15.03.22``; partial ``03.2022``, ``I qtr. 2022``. Offences
    by article of the Criminal Code of Ukraine (``Art. 332 CCU``, ``Art. 149 CCU``) or, for
    events in Poland, of the Polish code (``art. 264 § 3 kk (PL)``). Countries by official
    long name (``Islamic Republic of Afghanistan``, ``Republic of Belarus``, ``RF``), short
    English name, ISO alpha-2 code, or ``citizen of ...``. Counts with a space as the
    thousands separator or a ``pers.`` suffix; "not established" for unknown counts; one
    coordinates column in degrees-minutes-seconds (``52°45'12.4"N 23°35'02.1"E``),
    degrees and decimal minutes (``N52°45.207' E023°35.035'``) or decimal degrees. Primary
    for Poland (Belarus route); second reporter of Vietnamese trafficking cases detected
    in the United Kingdom.
``igpf_mda_av.csv`` -- General Inspectorate of the Border Police of the Republic of Moldova
    (IGPF), a French-language liaison digest for francophone partners (the compilation:
    every detection in Italy, Spain and France and any country no other source covers).
    UTF-16 (Excel "Unicode text"), tab delimiter. Dates ``15/03/2022``, ``15.03.2022``,
    ``1er mars 2022``, ``15-mars-22``, ``15/03/22``; partial ``mars 2022``, ``03/2022``,
    ``T1 2022``, ``2e trimestre 2022``. Offences by the law of the country of detection
    (``art. 12 TUI``, ``art. L.823-1 CESEDA``, ``art. 318 bis CP espagnol``) or of Moldova
    (``art. 362¹ CP RM``, ``art. 165 CP RM``). French country names and demonyms agreeing
    with the group's sex (``guinéenne``), upper case without accents (``COTE D'IVOIRE``),
    ISO alpha-3 codes. ``néant`` for no suspect, no transit or no related offence,
    ``sans objet`` for the exploitation of a smuggling case, ``NC`` / ``inconnu`` for
    unknown counts; thousands with a (narrow) no-break space; coordinates with a decimal
    comma, ``N`` and ``O`` (ouest) suffixes. Second reporter of Channel detections made in
    the United Kingdom.
``igm_gtm_av.xlsx`` -- Guatemalan Migration Institute (Instituto Guatemalteco de Migración,
    Subdirección de Control Migratorio), Spanish workbook of regional alerts shared by its
    attachés in Panama and the United States. Dates as real Excel dates, bare Excel serial
    numbers, text ``15/03/2022``, ``15-mar-2022``, ``15 de marzo de 2022``; partial
    ``marzo 2022``, ``mar-2022``, ``II trimestre 2022``, ``2do. trimestre 2022``. Offences
    in words (``coyotaje``, ``tráfico ilícito de migrantes (Dto. 44-2016)``, ``trata de
    personas (art. 202 Ter CP)``, ``8 USC 1324``). Spanish names and demonyms (``haitiana``,
    ``EE. UU.``, ``EUA``), upper case without accents, a few mojibake cells. Counts as
    numbers or text (``1,234``, the Guatemalan thousands comma), ``S/D`` for "sin dato";
    coordinates in one cell, decimal or DMS with ``O`` for west, ``S/D`` when unknown;
    ``S/F`` (sin fecha) for a missing date. Primary for Panama (Darién) and the United
    States (US-Mexico border). Re-sends a few rows.
``psd_jor_av.jsonl`` -- Jordan Public Security Directorate (CID Anti-Human Trafficking
    Unit and Interpol NCB Amman) liaison export, English JSON lines with snake_case keys.
    Dates ``15/03/2022``, ISO, ``15-Mar-2022``, ISO with a time; partial ``2022-03``,
    ``Mar 2022``, ``Q1-2022``. Offences as ``THB``, ``SoM``, or by the law of the country
    of detection (``s.25 Immigration Act 1971``, ``GR Art. 323A PC``, ``Law No. 9/2009``).
    Countries in English, ISO alpha-3, demonyms, some with the Arabic name in brackets
    (``Syria (سوريا)``). Counts as JSON numbers or strings (``"1,234"``), ``N/K`` for not
    known; coordinates as numbers or strings in two keys. Primary for Greece and the
    United Kingdom; second reporter of Western Balkan (Croatia), Belarus-route (Poland)
    and French Channel detections. Re-sends a few rows.

Every source writes one event per row; some rows are second reports of an event another
source gave first (dates a day apart, one field sometimes blank), rows to quarantine (no
date, an impossible date such as 31 February, a date typed a decade ahead such as 2032 for
2022, a negative count or a count in words such as ``several`` / ``varios``), an empty row
(CSV files), a note row (all but the JSON lines export) and a total row. A count written as
"unknown" (``unknown``, ``NC``, ``S/D``, ``N/K`` ...) keeps its row with no count; "none"
words (``none``, ``néant``, ``ninguno``, ``nil``) are a count of zero suspects.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND46_SOURCES", "Blind46Source", "make_blind46"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]
_Cell = tuple[object, list[str]]
_Named = tuple[str, list[str]]


@dataclass(frozen=True)
class Blind46Source(ExaminerSource):
    """A source of ``blind46``: the shared fields plus the key of its wording.

    Attributes
    ----------
    style : str
        Key of the source's wording in this module (``"srb"``, ``"ukr"``, ``"mda"``,
        ``"gtm"``, ``"jor"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_EN_NAMES: _Words = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China",),
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
    "RUS": ("Russia",),
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
_EN_DEMONYMS: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "AUT": "Austrian",
    "BGD": "Bangladeshi",
    "BGR": "Bulgarian",
    "BIH": "Bosnian",
    "BLR": "Belarusian",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DEU": "German",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "ESP": "Spanish",
    "FRA": "French",
    "GBR": "British",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GRC": "Greek",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HRV": "Croatian",
    "HTI": "Haitian",
    "HUN": "Hungarian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ITA": "Italian",
    "LBY": "Libyan",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MLI": "Malian",
    "MRT": "Mauritanian",
    "NER": "Nigerien",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "PAN": "Panamanian",
    "POL": "Polish",
    "ROU": "Romanian",
    "RUS": "Russian",
    "SEN": "Senegalese",
    "SRB": "Serbian",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "USA": "American",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
#: Misspellings an English-writing clerk makes (each still plainly the country).
_EN_TYPOS: dict[str, str] = {
    "AFG": "Afganistan",
    "MAR": "Marocco",
    "ERI": "Eritria",
    "BGD": "Bangaldesh",
    "PAK": "Pakisthan",
    "SYR": "Syira",
    "YEM": "Yeman",
    "VNM": "Vietnan",
}
#: Serbian (Latin script) names used in Serbian police files.
_SR_NAMES: _Words = {
    "AFG": ("Avganistan",),
    "ALB": ("Albanija",),
    "AUT": ("Austrija",),
    "BGD": ("Bangladeš",),
    "BGR": ("Bugarska",),
    "BIH": ("BiH", "Bosna i Hercegovina"),
    "DEU": ("Nemačka", "SR Nemačka"),
    "DZA": ("Alžir",),
    "EGY": ("Egipat",),
    "FRA": ("Francuska",),
    "GRC": ("Grčka",),
    "HRV": ("Hrvatska", "Republika Hrvatska"),
    "HUN": ("Mađarska",),
    "IRN": ("Iran",),
    "IRQ": ("Irak",),
    "ITA": ("Italija",),
    "MAR": ("Maroko",),
    "MKD": ("Severna Makedonija",),
    "PAK": ("Pakistan",),
    "ROU": ("Rumunija",),
    "SRB": ("Srbija",),
    "SYR": ("Sirija",),
    "TUR": ("Turska",),
    "ESP": ("Španija",),
    "CMR": ("Kamerun",),
}
#: Official long names, as Ukrainian border-guard documents give them.
_UA_OFFICIAL: _Words = {
    "AFG": ("Islamic Republic of Afghanistan",),
    "BLR": ("Republic of Belarus",),
    "CHN": ("People's Republic of China",),
    "DEU": ("Federal Republic of Germany",),
    "EGY": ("Arab Republic of Egypt",),
    "FRA": ("French Republic",),
    "GBR": ("United Kingdom of Great Britain and Northern Ireland",),
    "IRN": ("Islamic Republic of Iran",),
    "IRQ": ("Republic of Iraq",),
    "PAK": ("Islamic Republic of Pakistan",),
    "POL": ("Republic of Poland",),
    "RUS": ("Russian Federation", "RF"),
    "SYR": ("Syrian Arab Republic",),
    "TUR": ("Republic of Türkiye",),
    "VNM": ("Socialist Republic of Viet Nam",),
    "YEM": ("Republic of Yemen",),
    "HUN": ("Hungary",),
    "ROU": ("Romania",),
}
#: Arabic names written beside the English one in Jordanian exports.
_AR_NAMES: dict[str, str] = {
    "SYR": "سوريا",
    "IRQ": "العراق",
    "YEM": "اليمن",
    "EGY": "مصر",
    "AFG": "أفغانستان",
    "IRN": "إيران",
    "TUR": "تركيا",
    "GRC": "اليونان",
    "PAK": "باكستان",
    "GBR": "المملكة المتحدة",
    "LBY": "ليبيا",
}
_FR_NAMES: _Words = {
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
    "NGA": ("Nigeria", "Nigéria"),
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
_FR_DEMONYMS: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "AUT": ("autrichien", "autrichienne"),
    "BGD": ("bangladais", "bangladaise"),
    "BGR": ("bulgare", "bulgare"),
    "BIH": ("bosnien", "bosnienne"),
    "BLR": ("biélorusse", "biélorusse"),
    "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"),
    "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"),
    "DEU": ("allemand", "allemande"),
    "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"),
    "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"),
    "ESP": ("espagnol", "espagnole"),
    "FRA": ("français", "française"),
    "GBR": ("britannique", "britannique"),
    "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"),
    "GRC": ("grec", "grecque"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"),
    "HRV": ("croate", "croate"),
    "HTI": ("haïtien", "haïtienne"),
    "HUN": ("hongrois", "hongroise"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "ITA": ("italien", "italienne"),
    "LBY": ("libyen", "libyenne"),
    "MAR": ("marocain", "marocaine"),
    "MEX": ("mexicain", "mexicaine"),
    "MLI": ("malien", "malienne"),
    "MRT": ("mauritanien", "mauritanienne"),
    "NER": ("nigérien", "nigérienne"),
    "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"),
    "PAN": ("panaméen", "panaméenne"),
    "POL": ("polonais", "polonaise"),
    "ROU": ("roumain", "roumaine"),
    "RUS": ("russe", "russe"),
    "SEN": ("sénégalais", "sénégalaise"),
    "SRB": ("serbe", "serbe"),
    "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"),
    "TUR": ("turc", "turque"),
    "USA": ("américain", "américaine"),
    "VEN": ("vénézuélien", "vénézuélienne"),
    "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}
_FR_TYPOS: dict[str, str] = {
    "TUN": "Tunsie",
    "GIN": "Guinnée",
    "MAR": "Marroc",
    "ERI": "Erythrée",
    "BGD": "Bengladesh",
}
_ES_NAMES: _Words = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
    "BLR": ("Bielorrusia",),
    "CHN": ("China", "República Popular China"),
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
    "GIN": ("Guinea",),
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
    "MLI": ("Malí",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá", "República de Panamá"),
    "POL": ("Polonia",),
    "ROU": ("Rumania", "Rumanía"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU.", "EUA", "Estados Unidos de América"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
_ES_DEMONYMS: dict[str, tuple[str, str]] = {
    "AFG": ("afgano", "afgana"),
    "ALB": ("albanés", "albanesa"),
    "AUT": ("austriaco", "austriaca"),
    "BGD": ("bangladesí", "bangladesí"),
    "BGR": ("búlgaro", "búlgara"),
    "BIH": ("bosnio", "bosnia"),
    "BLR": ("bielorruso", "bielorrusa"),
    "CHN": ("chino", "china"),
    "CIV": ("marfileño", "marfileña"),
    "CMR": ("camerunés", "camerunesa"),
    "COL": ("colombiano", "colombiana"),
    "DEU": ("alemán", "alemana"),
    "DZA": ("argelino", "argelina"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "EGY": ("egipcio", "egipcia"),
    "ERI": ("eritreo", "eritrea"),
    "ESP": ("español", "española"),
    "FRA": ("francés", "francesa"),
    "GBR": ("británico", "británica"),
    "GIN": ("guineano", "guineana"),
    "GMB": ("gambiano", "gambiana"),
    "GRC": ("griego", "griega"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "HRV": ("croata", "croata"),
    "HTI": ("haitiano", "haitiana"),
    "HUN": ("húngaro", "húngara"),
    "IRN": ("iraní", "iraní"),
    "IRQ": ("iraquí", "iraquí"),
    "ITA": ("italiano", "italiana"),
    "LBY": ("libio", "libia"),
    "MAR": ("marroquí", "marroquí"),
    "MEX": ("mexicano", "mexicana"),
    "MLI": ("maliense", "maliense"),
    "MRT": ("mauritano", "mauritana"),
    "NER": ("nigerino", "nigerina"),
    "NGA": ("nigeriano", "nigeriana"),
    "PAK": ("pakistaní", "pakistaní"),
    "PAN": ("panameño", "panameña"),
    "POL": ("polaco", "polaca"),
    "ROU": ("rumano", "rumana"),
    "RUS": ("ruso", "rusa"),
    "SEN": ("senegalés", "senegalesa"),
    "SRB": ("serbio", "serbia"),
    "SYR": ("sirio", "siria"),
    "TUN": ("tunecino", "tunecina"),
    "TUR": ("turco", "turca"),
    "USA": ("estadounidense", "estadounidense"),
    "VEN": ("venezolano", "venezolana"),
    "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}
_ES_TYPOS: dict[str, str] = {
    "VEN": "Venezula",
    "ECU": "Ecudor",
    "COL": "Colonbia",
    "HND": "Hondura",
}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name(table: _Words, fallback: _Words, code: str, rng: _Rng) -> str:
    """Return a name of ``code`` from ``table``, else from ``fallback``, else the code."""
    options = table.get(code) or fallback.get(code)
    return choice(rng, options) if options else code


def _country_srb(code: str, rng: _Rng, *, nat: bool, female: bool) -> _Named:
    r = rng.random()
    if r < 0.15:
        return code, ["iso3_code"]
    if r < 0.35 and code in _SR_NAMES:
        text = choice(rng, _SR_NAMES[code])
        garbled = mojibake(text) if rng.random() < 0.08 else None
        if garbled is not None:
            return garbled, ["native_name", "mojibake"]
        return text, ["native_name"]
    if nat and r < 0.7 and code in _EN_DEMONYMS:
        return _EN_DEMONYMS[code], ["demonym"]
    if code in _EN_TYPOS and rng.random() < 0.04:
        return _EN_TYPOS[code], ["typo"]
    return _name(_EN_NAMES, {}, code, rng), []


def _country_ukr(code: str, rng: _Rng, *, nat: bool, female: bool) -> _Named:
    r = rng.random()
    if r < 0.15:
        return iso_codes(code)[0], ["iso2_code"]
    if r < 0.45 and code in _UA_OFFICIAL:
        return choice(rng, _UA_OFFICIAL[code]), ["official_name"]
    if nat and r < 0.6:
        return f"citizen of {_name(_EN_NAMES, {}, code, rng)}", ["citizen_of"]
    if nat and r < 0.8 and code in _EN_DEMONYMS:
        return _EN_DEMONYMS[code], ["demonym"]
    return _name(_EN_NAMES, {}, code, rng), []


def _country_mda(code: str, rng: _Rng, *, nat: bool, female: bool) -> _Named:
    r = rng.random()
    if r < 0.1:
        return code, ["iso3_code"]
    if r < 0.2:
        return _strip_accents(_name(_FR_NAMES, _EN_NAMES, code, rng)).upper(), ["upper_no_accent"]
    if nat and r < 0.75 and code in _FR_DEMONYMS:
        return _FR_DEMONYMS[code][1 if female else 0], ["demonym"]
    if code in _FR_TYPOS and rng.random() < 0.04:
        return _FR_TYPOS[code], ["typo"]
    return _name(_FR_NAMES, _EN_NAMES, code, rng), []


def _country_gtm(code: str, rng: _Rng, *, nat: bool, female: bool) -> _Named:
    r = rng.random()
    if r < 0.1:
        return code, ["iso3_code"]
    if r < 0.2:
        return _strip_accents(_name(_ES_NAMES, _EN_NAMES, code, rng)).upper(), ["upper_no_accent"]
    tags: list[str] = []
    if nat and r < 0.75 and code in _ES_DEMONYMS:
        text, tags = _ES_DEMONYMS[code][1 if female else 0], ["demonym"]
    elif code in _ES_TYPOS and rng.random() < 0.04:
        return _ES_TYPOS[code], ["typo"]
    else:
        text = _name(_ES_NAMES, _EN_NAMES, code, rng)
    garbled = mojibake(text) if rng.random() < 0.05 else None  # a CSV pasted into the book
    if garbled is not None:
        return garbled, [*tags, "mojibake"]
    return text, tags


def _country_jor(code: str, rng: _Rng, *, nat: bool, female: bool) -> _Named:
    r = rng.random()
    if r < 0.15:
        return code, ["iso3_code"]
    if r < 0.27 and code in _AR_NAMES:
        return f"{_EN_NAMES[code][0]} ({_AR_NAMES[code]})", ["arabic_name"]
    if nat and r < 0.7 and code in _EN_DEMONYMS:
        return _EN_DEMONYMS[code], ["demonym"]
    if code in _EN_TYPOS and rng.random() < 0.04:
        return _EN_TYPOS[code], ["typo"]
    return _name(_EN_NAMES, {}, code, rng), []


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_ROMAN = ("", "I", "II", "III", "IV")
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
_FR_MONTHS_XL = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
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
_ES_ORDINAL_Q = ("", "1er.", "2do.", "3er.", "4to.")
_FR_ORDINAL_Q = ("", "1er", "2e", "3e", "4e")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_MONTH_SHARE = 0.03  # partial dates: share of month-only dates among rows that may be partial
_QUARTER_SHARE = 0.015  # and of quarter-only dates
_Dated = tuple[object, str, list[str]]


def _partial(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> str | None:
    """Draw whether the row gives only its month or quarter (``None``: the day)."""
    r = rng.random()
    if not partial_ok:
        return None
    if r < _MONTH_SHARE:
        return "month"
    if r < _MONTH_SHARE + _QUARTER_SHARE:
        return "quarter"
    return None


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _date_srb(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    kind = _partial(ts, rng, partial_ok)
    if kind == "month":
        cell = choice(rng, (f"{ts.month:02d}.{ts.year}.", f"{MONTHS[ts.month - 1]} {ts.year}"))
        return cell, "month", ["partial_date"]
    if kind == "quarter":
        q = _quarter(ts)
        cell = choice(rng, (f"Q{q} {ts.year}", f"{_ROMAN[q]} quarter {ts.year}"))
        return cell, "quarter", ["partial_date"]
    r = rng.random()
    if r < 0.6:
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}.", "day", ["date_trailing_dot"]
    if r < 0.8:
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}", "day", []
    if r < 0.9:
        return f"{ts.day}. {ts.month}. {ts.year}.", "day", ["date_spaced"]
    return f"{ts.day:02d}.{ts.month:02d}.{ts.year % 100:02d}.", "day", ["two_digit_year"]


def _date_ukr(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    kind = _partial(ts, rng, partial_ok)
    if kind == "month":
        return f"{ts.month:02d}.{ts.year}", "month", ["partial_date"]
    if kind == "quarter":
        q = _quarter(ts)
        return (
            choice(rng, (f"Q{q} {ts.year}", f"{_ROMAN[q]} qtr. {ts.year}")),
            "quarter",
            ["partial_date"],
        )
    r = rng.random()
    day = f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
    if r < 0.45:
        hh, mm = int(rng.integers(24)), int(rng.integers(60))
        return f"{day} {hh:02d}:{mm:02d}", "day", ["date_with_time"]
    if r < 0.75:
        return day, "day", []
    if r < 0.9:
        return ts.strftime("%Y-%m-%d"), "day", ["iso_date"]
    return f"{ts.day:02d}.{ts.month:02d}.{ts.year % 100:02d}", "day", ["two_digit_year"]


def _date_mda(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    kind = _partial(ts, rng, partial_ok)
    if kind == "month":
        month = _FR_MONTHS[ts.month - 1]
        cell = choice(rng, (f"{month} {ts.year}", f"{ts.month:02d}/{ts.year}"))
        return cell, "month", ["partial_date"]
    if kind == "quarter":
        q = _quarter(ts)
        cell = choice(rng, (f"T{q} {ts.year}", f"{_FR_ORDINAL_Q[q]} trimestre {ts.year}"))
        return cell, "quarter", ["partial_date"]
    r = rng.random()
    if r < 0.5:
        return ts.strftime("%d/%m/%Y"), "day", []
    if r < 0.7:
        return ts.strftime("%d.%m.%Y"), "day", ["date_dots"]
    if r < 0.85:
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}", "day", ["month_name"]
    if r < 0.95:
        return (
            f"{ts.day:02d}-{_FR_MONTHS_XL[ts.month - 1]}-{ts.year % 100:02d}",
            "day",
            [
                "month_name",
                "two_digit_year",
            ],
        )
    return ts.strftime("%d/%m/%y"), "day", ["two_digit_year"]


def _date_gtm(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    kind = _partial(ts, rng, partial_ok)
    month = _ES_MONTHS[ts.month - 1]
    if kind == "month":
        cell = choice(
            rng,
            (f"{month} {ts.year}", f"{month[:3]}-{ts.year}", f"{month.capitalize()} de {ts.year}"),
        )
        return cell, "month", ["partial_date"]
    if kind == "quarter":
        q = _quarter(ts)
        cell = choice(
            rng, (f"{_ROMAN[q]} trimestre {ts.year}", f"{_ES_ORDINAL_Q[q]} trimestre {ts.year}")
        )
        return cell, "quarter", ["partial_date"]
    r = rng.random()
    if r < 0.45:
        return dt.datetime(ts.year, ts.month, ts.day), "day", ["excel_date"]
    if r < 0.65:
        return int((ts.normalize() - _EXCEL_EPOCH).days), "day", ["excel_serial"]
    if r < 0.85:
        return ts.strftime("%d/%m/%Y"), "day", ["text_date"]
    if r < 0.95:
        return f"{ts.day:02d}-{month[:3]}-{ts.year}", "day", ["text_date", "month_name"]
    return f"{ts.day} de {month} de {ts.year}", "day", ["text_date", "month_name"]


def _date_jor(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    kind = _partial(ts, rng, partial_ok)
    if kind == "month":
        cell = choice(rng, (f"{ts.year}-{ts.month:02d}", f"{MONTHS[ts.month - 1][:3]} {ts.year}"))
        return cell, "month", ["partial_date"]
    if kind == "quarter":
        q = _quarter(ts)
        return choice(rng, (f"Q{q}-{ts.year}", f"{ts.year} Q{q}")), "quarter", ["partial_date"]
    r = rng.random()
    if r < 0.4:
        return ts.strftime("%d/%m/%Y"), "day", []
    if r < 0.7:
        return ts.strftime("%Y-%m-%d"), "day", ["iso_date"]
    if r < 0.9:
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}", "day", ["month_name"]
    hh, mm = int(rng.integers(24)), int(rng.integers(60))
    return f"{ts.strftime('%Y-%m-%d')}T{hh:02d}:{mm:02d}:00", "day", ["date_with_time"]


# --------------------------------------------------------------------------------------
# Offences (by the law of the source or of the country of detection)
# --------------------------------------------------------------------------------------
_Crimes = dict[str, tuple[str, ...]]

_CRIME_SRB: dict[str, _Crimes] = {
    "": {
        "smuggling": (
            "Art. 350(2) CC RS",
            "čl. 350 st. 2 KZ",
            "People smuggling (Art. 350 CC)",
            "Illegal border crossing and smuggling of persons – Art. 350 para. 2",
        ),
        "trafficking": (
            "Art. 388 CC RS",
            "čl. 388 KZ",
            "Trafficking in human beings (Art. 388)",
            "THB – Art. 388 CC",
        ),
        "both": (
            "Art. 350(2) & 388 CC RS",
            "čl. 350 st. 2 i čl. 388 KZ",
            "Smuggling of persons / THB (Arts. 350, 388 CC)",
        ),
    },
    "GRC": {
        "smuggling": ("Migrant smuggling (GR Law 4251/2014)",),
        "trafficking": ("THB (GR Art. 323A PC)",),
        "both": ("THB and migrant smuggling (GR Art. 323A PC, Law 4251/2014)",),
    },
}
_CRIME_UKR: dict[str, _Crimes] = {
    "": {
        "smuggling": (
            "Art. 332 CCU",
            "Part 3 of Art. 332 CCU",
            "illegal transfer of persons across the state border (Art. 332)",
        ),
        "trafficking": ("Art. 149 CCU", "trafficking in human beings (Art. 149 CCU)"),
        "both": ("Arts. 149, 332 CCU", "Art. 149 + Art. 332 CCU"),
    },
    "POL": {
        "smuggling": ("art. 264 § 3 kk (PL)", "organising illegal crossing, art. 264 § 3 kk"),
        "trafficking": ("art. 189a § 1 kk (PL)",),
        "both": ("art. 189a and 264 § 3 kk (PL)",),
    },
}
_CRIME_MDA: dict[str, _Crimes] = {
    "": {
        "smuggling": (
            "trafic de migrants",
            "art. 362¹ CP RM (organisation de la migration illégale)",
            "trafic illicite de migrants (passeurs)",
        ),
        "trafficking": ("traite des êtres humains", "art. 165 CP RM", "TEH"),
        "both": ("traite des êtres humains et trafic de migrants", "art. 165 et 362¹ CP RM"),
    },
    "ITA": {
        "smuggling": ("aide à l'immigration irrégulière (art. 12 TUI, Italie)",),
        "trafficking": ("traite des êtres humains (art. 601 c.p. italien)",),
        "both": ("traite (art. 601 c.p.) et aide à l'immigration irrégulière (art. 12 TUI)",),
    },
    "FRA": {
        "smuggling": (
            "aide à l'entrée irrégulière (art. L.823-1 CESEDA)",
            "aide à l'entrée et au séjour irréguliers",
        ),
        "trafficking": ("traite des êtres humains (art. 225-4-1 CP)",),
        "both": ("TEH (art. 225-4-1 CP) et aide à l'entrée irrégulière (L.823-1 CESEDA)",),
    },
    "ESP": {
        "smuggling": ("art. 318 bis CP espagnol",),
        "trafficking": ("art. 177 bis CP espagnol",),
        "both": ("art. 177 bis et 318 bis CP espagnol",),
    },
}
_CRIME_GTM: dict[str, _Crimes] = {
    "": {
        "smuggling": (
            "tráfico ilícito de migrantes (Dto. 44-2016)",
            "tráfico ilícito de migrantes",
        ),
        "trafficking": ("trata de personas (art. 202 Ter CP)", "trata de personas"),
        "both": (
            "trata de personas y tráfico ilícito de migrantes",
            "trata / tráfico ilícito de migrantes",
        ),
    },
    "PAN": {
        "smuggling": (
            "coyotaje",
            "tráfico ilícito de migrantes",
            "TIM (tráfico ilícito de migrantes)",
        ),
        "trafficking": ("trata de personas",),
        "both": ("trata de personas y coyotaje",),
    },
    "USA": {
        "smuggling": (
            "tráfico ilícito de migrantes (8 USC 1324)",
            "coyotaje",
            "alien smuggling (8 USC 1324)",
        ),
        "trafficking": ("trata de personas (TVPA)",),
        "both": ("trata de personas (TVPA) y tráfico de migrantes (8 USC 1324)",),
    },
}
_CRIME_JOR: dict[str, _Crimes] = {
    "": {
        "smuggling": ("migrant smuggling", "people smuggling", "SoM"),
        "trafficking": ("human trafficking (Law No. 9/2009)", "THB", "trafficking in persons"),
        "both": ("THB & SoM", "trafficking in persons / migrant smuggling"),
    },
    "GRC": {
        "smuggling": ("migrant smuggling (GR Law 4251/2014)", "SoM"),
        "trafficking": ("THB (GR Art. 323A PC)",),
        "both": ("THB & SoM (GR)",),
    },
    "GBR": {
        "smuggling": ("facilitation – s.25 Immigration Act 1971", "people smuggling"),
        "trafficking": ("human trafficking – s.2 Modern Slavery Act 2015", "MSA 2015 s.2"),
        "both": ("MSA 2015 s.2 & s.25 IA 1971",),
    },
}


def _crime(table: dict[str, _Crimes], share: float) -> Callable[[str, str, _Rng], _Named]:
    """Return a writer of the crime type: the local law with ``share``, else generic."""

    def write(crime: str, detection: str, rng: _Rng) -> _Named:
        local = table.get(detection)
        if local is not None and rng.random() < share:
            return choice(rng, local[crime]), ["foreign_law"]
        return choice(rng, table[""][crime]), []

    return write


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
_Count = tuple[object, int | None, list[str]]


def _count_srb(n: int, rng: _Rng) -> _Count:
    if rng.random() < 0.02:
        return choice(rng, ("unknown", "unk.")), None, ["count_placeholder"]
    if n >= 1000:
        return f"{n:,}".replace(",", "."), n, ["thousands_dot"]
    return str(n), n, []


def _count_ukr(n: int, rng: _Rng) -> _Count:
    if rng.random() < 0.02:
        return choice(rng, ("not established", "unknown")), None, ["count_placeholder"]
    if n >= 1000:
        return f"{n:,}".replace(",", " "), n, ["thousands_space"]
    if rng.random() < 0.08:
        return f"{n} pers.", n, ["count_unit"]
    return str(n), n, []


def _count_mda(n: int, rng: _Rng) -> _Count:
    if rng.random() < 0.02:
        return choice(rng, ("inconnu", "NC", "n.c.")), None, ["count_placeholder"]
    if n >= 1000:
        sep = choice(rng, ("\u202f", "\u00a0", " "))
        return f"{n:,}".replace(",", sep), n, ["thousands_space"]
    return str(n), n, []


def _count_gtm(n: int, rng: _Rng) -> _Count:
    if rng.random() < 0.02:
        return choice(rng, ("S/D", "N/D", "se desconoce")), None, ["count_placeholder"]
    if n >= 1000 and rng.random() < 0.5:
        return f"{n:,}", n, ["thousands_comma", "count_as_text"]
    if rng.random() < 0.1:
        return str(n), n, ["count_as_text"]
    return n, n, []


def _count_jor(n: int, rng: _Rng) -> _Count:
    if rng.random() < 0.02:
        return choice(rng, ("unknown", "N/K")), None, ["count_placeholder"]
    if n >= 1000 and rng.random() < 0.5:
        return f"{n:,}", n, ["thousands_comma", "count_as_text"]
    if rng.random() < 0.15:
        return str(n), n, ["count_as_text"]
    return n, n, []


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
_Coords = tuple[dict[str, object], float | None, float | None, list[str]]


def _dms(value: float, places: int) -> tuple[int, int, float]:
    """Degrees, minutes and seconds (rounded to ``places``) of ``abs(value)``."""
    a = abs(value)
    d = int(a)
    m_full = (a - d) * 60
    m = int(m_full)
    s = round((m_full - m) * 60, places)
    if s >= 60:
        s, m = s - 60, m + 1
    if m >= 60:
        m, d = m - 60, d + 1
    return d, m, s


def _ddm(value: float, places: int) -> tuple[int, float]:
    """Degrees and decimal minutes (rounded to ``places``) of ``abs(value)``."""
    a = abs(value)
    d = int(a)
    m = round((a - d) * 60, places)
    if m >= 60:
        m, d = m - 60, d + 1
    return d, m


def _sign(value: float) -> int:
    return -1 if value < 0 else 1


def _coords_srb(lat: float, lon: float, rng: _Rng) -> _Coords:
    if rng.random() < 0.04:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    places = int(choice(rng, ("4", "5")))
    la, lo = f"{lat:.{places}f}", f"{lon:.{places}f}"
    exp_lat, exp_lon = float(la), float(lo)
    if rng.random() < 0.8:
        return (
            {"lat": la.replace(".", ","), "lon": lo.replace(".", ",")},
            exp_lat,
            exp_lon,
            ["decimal_comma"],
        )
    return {"lat": la, "lon": lo}, exp_lat, exp_lon, []


def _coords_ukr(lat: float, lon: float, rng: _Rng) -> _Coords:
    if rng.random() < 0.04:
        return {"coordinates": None}, None, None, ["coords_missing"]
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    r = rng.random()
    if r < 0.5:
        d1, m1, s1 = _dms(lat, 1)
        d2, m2, s2 = _dms(lon, 1)
        cell = f"{d1}°{m1:02d}'{s1:04.1f}\"{ns} {d2}°{m2:02d}'{s2:04.1f}\"{ew}"
        exp_lat = _sign(lat) * (d1 + m1 / 60 + s1 / 3600)
        exp_lon = _sign(lon) * (d2 + m2 / 60 + s2 / 3600)
        return {"coordinates": cell}, exp_lat, exp_lon, ["coords_dms"]
    if r < 0.8:
        g1, n1 = _ddm(lat, 3)
        g2, n2 = _ddm(lon, 3)
        cell = f"{ns}{g1:02d}°{n1:06.3f}' {ew}{g2:03d}°{n2:06.3f}'"
        exp_lat = _sign(lat) * (g1 + n1 / 60)
        exp_lon = _sign(lon) * (g2 + n2 / 60)
        return {"coordinates": cell}, exp_lat, exp_lon, ["coords_ddm"]
    la, lo = f"{lat:.5f}", f"{lon:.5f}"
    return {"coordinates": f"{la}, {lo}"}, float(la), float(lo), ["coords_joined"]


def _coords_mda(lat: float, lon: float, rng: _Rng) -> _Coords:
    if rng.random() < 0.04:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    la, lo = f"{abs(lat):.4f}", f"{abs(lon):.4f}"
    exp_lat, exp_lon = _sign(lat) * float(la), _sign(lon) * float(lo)
    la, lo = la.replace(".", ","), lo.replace(".", ",")
    tags = ["decimal_comma"]
    if rng.random() < 0.2:
        lat_cell = f"{la} {'N' if lat >= 0 else 'S'}"
        tags.append("hemisphere_letter")
    else:
        lat_cell = la if lat >= 0 else f"-{la}"
    if lon < 0 and rng.random() < 0.5:
        lon_cell = f"{lo} O"
        tags.append("ouest")
    elif lon >= 0 and rng.random() < 0.2:
        lon_cell = f"{lo} E"
        tags.append("hemisphere_letter")
    else:
        lon_cell = lo if lon >= 0 else f"-{lo}"
    return {"lat": lat_cell, "lon": lon_cell}, exp_lat, exp_lon, tags


def _coords_gtm(lat: float, lon: float, rng: _Rng) -> _Coords:
    r = rng.random()
    if r < 0.04:
        return {"coordinates": "S/D"}, None, None, ["coords_placeholder"]
    if r < 0.07:
        return {"coordinates": None}, None, None, ["coords_missing"]
    if r < 0.37:
        d1, m1, s1 = _dms(lat, 0)
        d2, m2, s2 = _dms(lon, 0)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        cell = f"{d1}°{m1:02d}'{int(s1):02d}\"{ns} {d2}°{m2:02d}'{int(s2):02d}\"{ew}"
        exp_lat = _sign(lat) * (d1 + m1 / 60 + s1 / 3600)
        exp_lon = _sign(lon) * (d2 + m2 / 60 + s2 / 3600)
        return (
            {"coordinates": cell},
            exp_lat,
            exp_lon,
            ["coords_dms"] + (["oeste"] if lon < 0 else []),
        )
    la, lo = f"{lat:.5f}", f"{lon:.5f}"
    return {"coordinates": f"{la}, {lo}"}, float(la), float(lo), ["coords_joined"]


def _coords_jor(lat: float, lon: float, rng: _Rng) -> _Coords:
    r = rng.random()
    if r < 0.05:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    if r < 0.2:
        la, lo = f"{lat:.4f}", f"{lon:.4f}"
        return {"lat": la, "lon": lo}, float(la), float(lo), ["coords_as_text"]
    return {"lat": float(lat), "lon": float(lon)}, float(lat), float(lon), []


# --------------------------------------------------------------------------------------
# One source's wording
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Style:
    """How one source writes each field (tables and small writers)."""

    date: Callable[[pd.Timestamp, _Rng, bool], _Dated]
    crime: Callable[[str, str, _Rng], _Named]
    exploitation: _Words
    smuggling_expl: tuple[str | None, ...]  # exploitation cell of a smuggling case
    count: Callable[[int, _Rng], _Count]
    zero_words: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    gender: _Words
    age: _Words
    transport: _Words
    na_words: tuple[str, ...]  # "not applicable" written for an age group or transport
    country: Callable[..., _Named]
    transit_sep: tuple[str, ...]
    transit_codes: Callable[[str], str]  # how the source writes a code in a transit list
    no_transit: tuple[str | None, ...]
    coords: Callable[[float, float, _Rng], _Coords]
    offences: _Words
    offence_sep: tuple[str, ...]
    no_offence: tuple[str | None, ...]
    units: _Words  # detection country ("" = any other) -> reporting unit
    numbers: bool  # the format keeps numbers (XLSX, JSONL) rather than text


_STYLES: dict[str, _Style] = {
    "srb": _Style(
        date=_date_srb,
        crime=_crime(_CRIME_SRB, 0.3),
        exploitation={
            "sexual": ("sexual exploitation", "sexual", "prostitution"),
            "forced_labour": ("labour exploitation", "forced labour", "forced labor"),
            "forced_criminality": ("forced commission of crimes", "forced criminality"),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("removal of organs",),
            "other": ("other", "other forms"),
            "unknown": ("unknown",),
        },
        smuggling_expl=("/", None, None),
        count=_count_srb,
        zero_words=("none",),
        suspects_unknown=("unknown",),
        gender={
            "male": ("M", "male", "men"),
            "female": ("F", "female", "women"),
            "mixed": ("M/F", "mixed", "M+F"),
            "unknown": ("unknown",),
        },
        age={
            "adult": ("adults", "adult", "18+"),
            "child": ("minors", "minor", "UAM"),
            "mixed": ("adults + minors", "mixed"),
            "unknown": ("unknown",),
        },
        transport={
            "land": ("on foot", "truck", "freight train", "passenger car", "van", "taxi"),
            "sea": ("boat", "vessel"),
            "air": ("aircraft", "by air"),
            "unknown": ("unknown",),
        },
        na_words=("n/a",),
        country=_country_srb,
        transit_sep=(" – ", "-", " > "),
        transit_codes=lambda code: code,
        no_transit=("/", None),
        coords=_coords_srb,
        offences={
            "document_fraud": ("document forgery", "forgery of documents (Art. 355 CC)"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("smuggling of goods", "illicit goods (cigarettes)"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep=(", ", " + "),
        no_offence=("/", None, None),
        units={
            "HRV": ("SGP Batrovci", "PS Šid", "RC prema RH", "SGP Bačka Palanka"),
            "GRC": ("Police attaché Athens", "RC prema S. Makedoniji"),
            "": ("UGP – Operativni centar",),
        },
        numbers=False,
    ),
    "ukr": _Style(
        date=_date_ukr,
        crime=_crime(_CRIME_UKR, 0.4),
        exploitation={
            "sexual": ("sexual exploitation", "sexual"),
            "forced_labour": ("labour exploitation", "forced labour"),
            "forced_criminality": ("involvement in criminal activity", "forced criminality"),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("removal of organs",),
            "other": ("other",),
            "unknown": ("not established",),
        },
        smuggling_expl=(None, None, "—"),
        count=_count_ukr,
        zero_words=("none", "nil"),
        suspects_unknown=("not established",),
        gender={
            "male": ("male", "men", "M"),
            "female": ("female", "women", "F"),
            "mixed": ("mixed", "men and women", "M/F"),
            "unknown": ("not established",),
        },
        age={
            "adult": ("adult", "adults", "of full age"),
            "child": ("minor", "minors", "underage"),
            "mixed": ("adults and minors", "mixed"),
            "unknown": ("not established",),
        },
        transport={
            "land": (
                "on foot",
                "by car",
                "by bus",
                "truck",
                "rail",
                "on foot across the green border",
            ),
            "sea": ("by boat", "vessel"),
            "air": ("by air", "airplane"),
            "unknown": ("not established",),
        },
        na_words=("not determined",),
        country=_country_ukr,
        transit_sep=(" → ", ", "),
        transit_codes=lambda code: iso_codes(code)[0],
        no_transit=("—", None),
        coords=_coords_ukr,
        offences={
            "document_fraud": ("forgery of documents (Art. 358 CCU)", "use of forged documents"),
            "corruption": ("offering undue benefit (Art. 369 CCU)", "bribery"),
            "money_laundering": (
                "legalisation of criminal proceeds (Art. 209 CCU)",
                "money laundering",
            ),
            "illicit_goods": ("smuggling of goods (Art. 201 CCU)", "contraband"),
            "cybercrime": ("unauthorised interference with computers (Art. 361 CCU)", "cybercrime"),
            "terrorism": ("terrorist act (Art. 258 CCU)",),
        },
        offence_sep=("; ",),
        no_offence=(None,),
        units={
            "POL": (
                "Liaison officer, Warsaw",
                "Volyn BGD (Lutsk)",
                "Lviv BGD (Mostyska)",
                "Joint contact point Dołhobyczów",
            ),
            "GBR": ("Liaison officer, London",),
            "": ("SBGS Administration, Kyiv",),
        },
        numbers=False,
    ),
    "mda": _Style(
        date=_date_mda,
        crime=_crime(_CRIME_MDA, 0.5),
        exploitation={
            "sexual": ("exploitation sexuelle", "proxénétisme", "prostitution"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "forced_marriage": ("mariage forcé",),
            "organ_removal": ("prélèvement d'organes",),
            "other": ("autre", "autres formes"),
            "unknown": ("inconnue",),
        },
        smuggling_expl=(None, "sans objet"),
        count=_count_mda,
        zero_words=("néant", "aucun"),
        suspects_unknown=("inconnu", "NC"),
        gender={
            "male": ("hommes", "H", "masculin"),
            "female": ("femmes", "F", "féminin"),
            "mixed": ("mixte", "H/F", "hommes et femmes"),
            "unknown": ("inconnu",),
        },
        age={
            "adult": ("majeurs", "adultes", "majeur"),
            "child": ("mineurs", "MNA", "mineur"),
            "mixed": ("majeurs et mineurs", "mixte"),
            "unknown": ("inconnu",),
        },
        transport={
            "sea": ("embarcation", "bateau pneumatique", "navire", "voie maritime", "small boat"),
            "land": ("voiture", "poids lourd", "camion", "train", "à pied", "autocar"),
            "air": ("avion", "voie aérienne"),
            "unknown": ("inconnu",),
        },
        na_words=("non renseigné",),
        country=_country_mda,
        transit_sep=(", ", " / ", " puis "),
        transit_codes=lambda code: code,
        no_transit=(None, "néant", "direct"),
        coords=_coords_mda,
        offences={
            "document_fraud": ("fraude documentaire", "faux et usage de faux"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment", "blanchiment d'argent"),
            "illicit_goods": ("contrebande", "trafic de marchandises illicites"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=(" + ", ", "),
        no_offence=(None, None, "néant"),
        units={
            "ITA": (
                "Questura di Agrigento",
                "Polizia di Stato – SCO",
                "Officier de liaison à Rome",
            ),
            "FRA": ("DDPAF du Pas-de-Calais", "OCRIEST", "Officier de liaison à Paris"),
            "ESP": ("Policía Nacional – UCRIF", "Guardia Civil", "Officier de liaison à Madrid"),
            "GBR": ("Officier de liaison à Londres",),
            "": ("IGPF – Direction de la coopération internationale",),
        },
        numbers=False,
    ),
    "gtm": _Style(
        date=_date_gtm,
        crime=_crime(_CRIME_GTM, 0.5),
        exploitation={
            "sexual": ("explotación sexual", "sexual"),
            "forced_labour": ("trabajos o servicios forzados", "explotación laboral"),
            "forced_criminality": (
                "actividades delictivas",
                "reclutamiento para actividades delictivas",
            ),
            "forced_marriage": ("matrimonio forzado", "unión de hecho forzada"),
            "organ_removal": ("extracción de órganos",),
            "other": ("otra", "otros fines"),
            "unknown": ("no determinada",),
        },
        smuggling_expl=(None, "N/A", "No aplica"),
        count=_count_gtm,
        zero_words=("ninguno", "cero"),
        suspects_unknown=("S/D", "no determinado"),
        gender={
            "male": ("Hombres", "Masculino", "hombres"),
            "female": ("Mujeres", "Femenino"),
            "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
            "unknown": ("S/D",),
        },
        age={
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("Menores de edad", "NNA", "Menores"),
            "mixed": ("Adultos y NNA", "Mixto", "Adultos y menores"),
            "unknown": ("S/D",),
        },
        transport={
            "land": (
                "terrestre",
                "a pie",
                "bus extraurbano",
                "tráiler",
                "furgón",
                "pick-up",
                "camión",
            ),
            "sea": ("marítimo", "lancha", "embarcación"),
            "air": ("aéreo", "vuelo comercial"),
            "unknown": ("S/D",),
        },
        na_words=("Sin dato",),
        country=_country_gtm,
        transit_sep=(" - ", ", ", " / "),
        transit_codes=lambda code: code,
        no_transit=(None, "N/A", "ninguno"),
        coords=_coords_gtm,
        offences={
            "document_fraud": ("falsificación de documentos", "uso de documentos falsificados"),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("lavado de dinero", "lavado de dinero u otros activos"),
            "illicit_goods": ("contrabando", "contrabando aduanero"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=("; ",),
        no_offence=(None, None, "ninguno"),
        units={
            "PAN": ("Agregaduría migratoria – Panamá", "Enlace SNM – Darién"),
            "USA": (
                "Consulado de Guatemala en Houston",
                "Enlace CBP – El Paso",
                "Consulado en Tucson",
            ),
            "": ("IGM – Subdirección de Control Migratorio",),
        },
        numbers=True,
    ),
    "jor": _Style(
        date=_date_jor,
        crime=_crime(_CRIME_JOR, 0.4),
        exploitation={
            "sexual": ("sexual exploitation", "sexual"),
            "forced_labour": ("forced labour", "labour exploitation"),
            "forced_criminality": ("forced criminality", "forced criminal activity"),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("organ removal",),
            "other": ("other",),
            "unknown": ("unknown",),
        },
        smuggling_expl=(None, "N/A"),
        count=_count_jor,
        zero_words=("nil", "none"),
        suspects_unknown=("unknown", "N/K"),
        gender={
            "male": ("male", "M", "males"),
            "female": ("female", "F", "females"),
            "mixed": ("mixed", "both", "M & F"),
            "unknown": ("unknown",),
        },
        age={
            "adult": ("adult", "adults", "18+"),
            "child": ("minor", "minors", "U18"),
            "mixed": ("mixed", "adults & minors"),
            "unknown": ("unknown",),
        },
        transport={
            "sea": ("boat", "rubber dinghy", "small boat", "sea", "vessel"),
            "land": ("lorry", "HGV", "car", "on foot", "bus", "land"),
            "air": ("flight", "air"),
            "unknown": ("unknown",),
        },
        na_words=("N/A",),
        country=_country_jor,
        transit_sep=(" > ", "-"),
        transit_codes=lambda code: code,
        no_transit=(None, "direct"),
        coords=_coords_jor,
        offences={
            "document_fraud": ("document fraud", "forged passports"),
            "corruption": ("corruption", "bribery"),
            "money_laundering": ("money laundering", "illicit financial flows"),
            "illicit_goods": ("smuggling of goods", "illicit goods"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep=(", ",),
        no_offence=(None,),
        units={
            "GRC": ("Police attaché – Athens", "NCB Amman (Interpol)"),
            "GBR": ("Police attaché – London", "NCB Amman (Interpol)"),
            "": ("CID – Anti-Human Trafficking Unit", "NCB Amman (Interpol)"),
        },
        numbers=True,
    ),
}

_NA_SHARE = 0.012  # age group / transport written as "not applicable"
_ZERO_WORD_SHARE = 0.3  # of the rows with no suspect
_SUSPECTS_UNKNOWN_SHARE = 0.025


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _period_start(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return ts.to_period("M").start_time
    if precision == "quarter":
        return ts.to_period("Q").start_time
    return ts.normalize()


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _transit(sty: _Style, src: ExaminerSource, codes: str | None, rng: _Rng) -> _Cell:
    if codes is None:
        return choice(rng, [c or "" for c in sty.no_transit]) or None, []
    parts = codes.split("|")
    if rng.random() < 0.4:
        return choice(rng, sty.transit_sep).join(sty.transit_codes(c) for c in parts), [
            "transit_codes"
        ]
    tags: list[str] = []
    names = []
    for code in parts:
        text, t = sty.country(code, rng, nat=False, female=False)
        if not fits(text, src):
            text, t = code, ["iso3_code"]
        names.append(text)
        tags += t
    return choice(rng, sty.transit_sep).join(names), tags


def _render(
    src: Blind46Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    sty = _STYLES[src.style]
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    detection = str(ev["detection_country"])
    female = ev["gender"] == "female"
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}

    # date
    cell, precision, t = sty.date(ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = _period_start(ts, precision)
    exp["date_precision"] = precision
    tags += t

    # reporting unit (not a record field)
    cells["unit"] = choice(rng, sty.units.get(detection) or sty.units[""])

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"], t = sty.crime(crime, detection, rng)
    tags += t
    if ev["exploitation"] is None:
        cells["exploitation"] = choice(rng, [c or "" for c in sty.smuggling_expl]) or None
    else:
        cells["exploitation"] = choice(rng, sty.exploitation[str(ev["exploitation"])])

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = sty.count(n, rng)
    tags += t
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < _SUSPECTS_UNKNOWN_SHARE:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, sty.suspects_unknown), None
        tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < _ZERO_WORD_SHARE:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, sty.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if sty.numbers else str(k)
        exp["n_suspects"] = k

    # gender and age group
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, sty.gender[str(ev["gender"])])
    if rng.random() < _NA_SHARE:
        cells["age_group"], exp["age_group"] = choice(rng, sty.na_words), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, sty.age[str(ev["age_group"])])

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if code is None:
            cells[col] = None
            continue
        text, t = sty.country(str(code), rng, nat=col == "nationality", female=female)
        if not fits(text, src):
            text, t = str(code), ["iso3_code"]
        cells[col] = text
        tags += t
    cells["transit_countries"], t = _transit(sty, src, _text(ev["transit_countries"]), rng)
    tags += t

    # transport
    if rng.random() < _NA_SHARE:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, sty.na_words), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, sty.transport[str(ev["transport_mode"])])

    # coordinates
    if forced_blank == "coordinates" or ev["lat"] is None or ev["lon"] is None:
        cells.update({"lat": None, "lon": None, "coordinates": None})
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], t = sty.coords(
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(place)
        tags += t

    # linked offences
    offences = _text(ev["linked_offences"])
    if offences is None:
        cells["linked_offences"] = choice(rng, [c or "" for c in sty.no_offence]) or None
    else:
        words = [choice(rng, sty.offences[o]) for o in offences.split("|")]
        cells["linked_offences"] = choice(rng, sty.offence_sep).join(words)
    return cells, exp, list(dict.fromkeys(tags))  # each tag once, in order


# --------------------------------------------------------------------------------------
# Bad dates and the note row's date
# --------------------------------------------------------------------------------------
def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int, int]:
    """Return an impossible (day, month, year) in the year of ``ts``."""
    day, month = choice(rng, ("31-02", "30-02", "31-04", "31-06", "31-09", "31-11")).split("-")
    return int(day), int(month), ts.year


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with a typo in its decade (2022 -> 2032), after the reporting."""
    return ts.replace(year=ts.year + 10)


def _bad_date(src: Blind46Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    style = src.style
    if kind == "no_date":
        if style == "gtm" and rng.random() < 0.5:
            return "S/F"
        return None
    if kind == "bad_date":
        d, m, y = _impossible(ts, rng)
        return {
            "srb": f"{d:02d}.{m:02d}.{y}.",
            "ukr": f"{d:02d}.{m:02d}.{y}",
            "mda": f"{d:02d}/{m:02d}/{y}",
            "gtm": f"{d:02d}/{m:02d}/{y}",
            "jor": f"{y}-{m:02d}-{d:02d}",
        }[style]
    fut = _future(ts)
    if style == "gtm":
        return dt.datetime(fut.year, fut.month, fut.day)
    return {
        "srb": f"{fut.day:02d}.{fut.month:02d}.{fut.year}.",
        "ukr": f"{fut.day:02d}.{fut.month:02d}.{fut.year}",
        "mda": fut.strftime("%d/%m/%Y"),
        "jor": fut.strftime("%Y-%m-%d"),
    }[style]


def _note_date(src: Blind46Source, last: pd.Timestamp) -> object:
    """Return the note row's date: that of the source's last row, in its own style."""
    return {
        "srb": f"{last.day:02d}.{last.month:02d}.{last.year}.",
        "ukr": f"{last.day:02d}.{last.month:02d}.{last.year}",
        "mda": last.strftime("%d/%m/%Y"),
        "gtm": dt.datetime(last.year, last.month, last.day),
        "jor": last.strftime("%Y-%m-%d"),
    }[src.style]


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_SRB = Blind46Source(
    source="granicna_policija_srb",
    filename="granicna_policija_srb_av.csv",
    ref="KP-{seq:04d}/{yy:02d}",
    format="csv",
    encoding="utf-8",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Br. KP / Complaint No.",
        "event_date": "Datum / Date (dd.mm.yyyy.)",
        "detection_country": "Država otkrivanja / Country of detection",
        "unit": "Org. jedinica / Unit",
        "crime_type": "Krivično delo / Criminal offence (CC RS)",
        "exploitation": "Vid eksploatacije / Form of exploitation",
        "n_persons": "Broj lica / No. of persons",
        "n_suspects": "Broj izvršilaca / No. of perpetrators",
        "gender": "Pol / Sex",
        "age_group": "Uzrast / Age",
        "nationality": "Državljanstvo / Citizenship",
        "origin_country": "Zemlja porekla / Country of origin",
        "destination_country": "Zemlja odredišta / Destination",
        "transit_countries": "Tranzit / Transit route",
        "transport_mode": "Prevozno sredstvo / Means of transport",
        "lat": "Geo. širina / Latitude",
        "lon": "Geo. dužina / Longitude",
        "linked_offences": "Povezana krivična dela / Related offences",
    },
    note="Napomena: preliminarni podaci / Note: preliminary data",
    total="UKUPNO / TOTAL",
    bad_count=("several", "a group", "više"),
    repeats=False,
    style="srb",
)
_UKR = Blind46Source(
    source="dpsu_ukr",
    filename="dpsu_ukr_av.csv",
    ref="1{year}1000{seq:08d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "ERDR No.",
        "event_date": "Date/time of detection",
        "unit": "Border guard detachment",
        "crime_type": "Qualification (CCU article)",
        "exploitation": "Purpose of exploitation",
        "n_persons": "Persons detained/identified, pax",
        "n_suspects": "Organisers/facilitators, pers.",
        "gender": "Sex",
        "age_group": "Age cat.",
        "nationality": "Citizenship",
        "origin_country": "State of origin",
        "destination_country": "State of destination",
        "detection_country": "State where detected",
        "transit_countries": "Transit states",
        "transport_mode": "Means of movement",
        "coordinates": "Coordinates (WGS-84)",
        "linked_offences": "Associated offences (CCU)",
    },
    note="Note: SBGS operational data, subject to clarification",
    total="Total",
    bad_count=("several", "a group", "a number of"),
    repeats=False,
    style="ukr",
)
_MDA = Blind46Source(
    source="igpf_mda",
    filename="igpf_mda_av.csv",
    ref="IGPF-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° de dossier",
        "event_date": "Date des faits",
        "unit": "Service partenaire",
        "crime_type": "Qualification juridique",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes (migrants/victimes)",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Nota : données provisoires, transmises à titre de renseignement",
    total="Total général",
    bad_count=("plusieurs", "nombreux", "quelques-uns"),
    repeats=False,
    style="mda",
)
_GTM = Blind46Source(
    source="igm_gtm",
    filename="igm_gtm_av.xlsx",
    ref="IGM-SCM-{seq:05d}-{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. de expediente",
        "event_date": "Fecha del evento",
        "unit": "Delegación / puesto",
        "crime_type": "Tipo penal",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos preliminares, sujetos a validación",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=True,
    style="gtm",
)
_JOR = Blind46Source(
    source="psd_jor",
    filename="psd_jor_av.jsonl",
    ref="PSD/AHTU/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "date_of_incident",
        "unit": "reporting_unit",
        "crime_type": "offence_category",
        "exploitation": "exploitation_purpose",
        "n_persons": "no_of_persons",
        "n_suspects": "no_of_suspects",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "final_destination",
        "detection_country": "country_of_detection",
        "transit_countries": "transit_route",
        "transport_mode": "conveyance",
        "lat": "gps_lat",
        "lon": "gps_long",
        "linked_offences": "associated_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "many"),
    repeats=True,
    style="jor",
)

#: The five sources of ``blind46``, in the order their submissions are returned.
BLIND46_SOURCES: tuple[Blind46Source, ...] = (_SRB, _UKR, _MDA, _GTM, _JOR)

_EXAMINER: Examiner[Blind46Source] = Examiner(
    sources=BLIND46_SOURCES,
    primary={
        "HRV": _SRB.source,
        "POL": _UKR.source,
        "PAN": _GTM.source,
        "USA": _GTM.source,
        "GRC": _JOR.source,
        "GBR": _JOR.source,
    },
    compilation=_MDA.source,
    secondary={
        ("emed", "GRC"): _SRB.source,
        ("wbal", "HRV"): _JOR.source,
        ("blr_pol", "POL"): _JOR.source,
        ("channel", "FRA"): _JOR.source,
        ("channel", "GBR"): _MDA.source,
        ("thb_vnm_gbr", "GBR"): _UKR.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=46046,
    blank_share=0.35,
)


def make_blind46(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind46`` sources would (files ``*_av.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``granicna_policija_srb_av.csv``, ``dpsu_ukr_av.csv``, ``igpf_mda_av.csv``,
        ``igm_gtm_av.xlsx`` and ``psd_jor_av.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind46(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['granicna_policija_srb_av.csv', 'dpsu_ukr_av.csv', 'igpf_mda_av.csv',
     'igm_gtm_av.xlsx', 'psd_jor_av.jsonl']
    >>> sorted({s.language for s in subs})
    ['en', 'es', 'fr']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
