"""Examiner variant ``blind55``: five more agencies, files ``*_be.*``.

A held-out sample set written without looking at the cleaner. Each source writes the
true events in its own words, formats and encodings, as its clerks and systems really
would; the shared row machinery (events, duplicates, bad rows, garbage rows, exact
repeats) is :mod:`trendlib.samples._examiner`'s.

Reader's guide to the five files
--------------------------------
``usbp_tucson_be.csv`` -- U.S. Border Patrol, Tucson Sector Intelligence Unit: a
    Southwest-border roll-up of significant smuggling and trafficking events (every
    event detected in the USA). English, cp1252, ``,``, CRLF. Dates month-first
    (``3/7/2022``, ``03/07/2022``), Oracle style ``07-MAR-22``, ``Mar 7, 2022``, some
    with a time of day (``3/7/2022 14:35``); a few month-only dates (``03/2022``,
    ``March 2022``). Case type with US Code citations (``8 U.S.C. § 1324``,
    ``18 USC 1591`` for sex trafficking, ``18 USC 1589`` for labor trafficking,
    ``TVPA``); CBP demographics (``Single Adults``, ``UC``/``UAC``, ``FMUA`` = family
    units, i.e. adults with children); citizenship in capitals (``GUATEMALA``);
    thousands with commas; ``UNK`` placeholders, ``None``/``nil`` for no smuggler;
    GPS as decimal degrees or degrees and decimal minutes (``N31 20.375 W110 56.052``);
    an extra ``Sector`` column (``TCA``, ``EPT``, ``RGV``); an FOUO note row and a
    ``TOTAL`` row.
``pg_douai_be.csv`` -- Parquet général près la cour d'appel de Douai (Nord and
    Pas-de-Calais parquets and JIRS Lille): follow-up table of "filières" cases, the
    events detected in France, and second reports of Channel crossings and Vietnamese
    trafficking cases detected in the United Kingdom. French, latin-1, ``;``.
    Day-first dates (``12/03/2022``, ``12/03/22``, ``12 mars 2022``, ISO), judicial
    ``courant mars 2022`` (month only), ``1er trimestre 2022``/``T1 2022`` (quarter),
    ``########`` for an impossible date (a column too narrow in Excel). Qualifications
    with CESEDA and Code pénal articles (``L823-1``, ``L823-2``, old ``L622-1``,
    ``225-4-1``), ``TEH``; feminine demonyms (``irakienne``); ``H``/``F``, ``MNA``;
    thousands with a (non-breaking) space; ``NC``, ``néant``, ``aucun``; GPS with
    decimal commas and ``O`` (ouest) for west, or degrees-minutes-seconds; an extra
    ``Parquet saisi`` column; a Cassiopée extraction note and ``TOTAL GÉNÉRAL``.
``delegaciones_gobierno_be.csv`` -- Spain's Delegaciones y Subdelegaciones del
    Gobierno (Canarias, Andalucía, Ceuta, Melilla): arrival and incident reports
    (every event detected in Spain). Spanish, UTF-16 with BOM, tab-delimited (Excel's
    "Texto Unicode"). Dates ``12/03/2022``, ``12-03-2022``, ``12-mar-2022``,
    ``12 de marzo de 2022``; ``marzo de 2022`` (month), ``2T 2022`` or
    ``segundo trimestre de 2022`` (quarter). ``art. 318 bis CP``, ``177 bis``, ``TSH``;
    sex ``V``/``M`` (varón/mujer, as the header says); ``patera``, ``cayuco``,
    ``neumática``, ``moto de agua``, ``salto de valla``; thousands with a dot;
    ``No consta``; nautical positions ``27º45,320'N 015º36,210'W``; extra columns
    (which delegation, landing place); re-sent rows.
``fge_chihuahua_be.xlsx`` -- Fiscalía General del Estado de Chihuahua, Fiscalía de
    Distrito Zona Norte (Ciudad Juárez): its own investigation files on smuggling and
    trafficking events first reported by U.S. Border Patrol (second reports only).
    Mexican Spanish, XLSX. Dates as real Excel dates, as bare Excel serial numbers
    (``44635``), as text ``12/03/2022`` or ``12 de marzo de 2022``. ``Ley de
    Migración art. 159`` (tráfico de personas), ``LGPSEDMTP`` (trata); ``NNA``;
    ``EUA``/``EE. UU.``; Mexican thousands with a comma; ``Sin dato``; Google-Maps
    degrees-minutes-seconds; ``contra la salud`` (drugs), ``operaciones con recursos de
    procedencia ilícita`` (money laundering).
``pf_brasil_be.jsonl`` -- Polícia Federal do Brasil, international cooperation
    (CGCI) liaison digest: what its attachés and liaison officers report from Rome,
    Panama City, Athens, Zagreb, Warsaw and London (every other event), plus second
    reports of Western Mediterranean arrivals in Spain. English written by Brazilian
    officers, JSON lines, UTF-8. Dates ISO or Brazilian day-first (``12/03/2022``),
    ``12 Mar 2022``; ``2022-03`` or ``mar/2022`` (month), ``Q1 2022``/``2022-Q1``
    (quarter). ``SoM``/``THB``; ISO alpha-3 and alpha-2 codes beside names and
    demonyms; counts as numbers, sometimes ``approx. 40``; ``not informed`` for
    unknowns; coordinates as numbers or text with a decimal comma (``8,41234``);
    related offences as a JSON array; SEI process numbers as references; an extra
    ``reporting_post`` key; re-sent lines; a little mojibake (``CÃ´te d'Ivoire``).

Every value is one a competent analyst reads unambiguously; the expected clean value of
each row is the value so read (a partial date its first day, a position its read-back
degrees, a placeholder nothing or ``unknown``).
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["BLIND55_SOURCES", "BeSource", "make_blind55"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class BeSource(ExaminerSource):
    """A source of the ``blind55`` set: the shared attributes plus its writing style.

    Attributes
    ----------
    style : str
        Key of the source's renderer (``"usbp"``, ``"douai"``, ``"deleg"``, ``"fge"``,
        ``"pf"``).
    """

    style: str = ""


# --------------------------------------------------------------------------------------
# Countries: names, demonyms, variants
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) name.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG_INDEX = {"en": 0, "fr": 1, "es": 2}
#: Other names in use, by language.
_ALT_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "U.K.", "Great Britain"),
        "USA": ("USA", "U.S.", "US", "United States of America"),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
        "RUS": ("Russian Federation",),
        "GMB": ("The Gambia",),
        "BIH": ("Bosnia-Herzegovina",),
        "VEN": ("Venezuela (Bolivarian Republic of)",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "Royaume Uni"),
        "USA": ("Etats-Unis", "USA"),
        "VNM": ("Vietnam", "Viet Nam"),
        "ERI": ("Erythrée",),
        "EGY": ("Egypte",),
        "DZA": ("Algerie",),
        "BLR": ("Bélarus",),
        "IRQ": ("Iraq",),
    },
    "es": {
        "USA": ("EE. UU.", "EE.UU.", "EUA", "Estados Unidos de América"),
        "GIN": ("Guinea Conakry", "Guinea-Conakry"),
        "GBR": ("Gran Bretaña",),
        "CIV": ("Côte d'Ivoire",),
        "MLI": ("Mali",),
        "BGD": ("Bangladesh",),
        "PAK": ("Paquistán",),
        "SYR": ("República Árabe Siria",),
    },
}
#: Misspellings clerks make, by language (each still unambiguous).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "VEN": "Venezuala",
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "GTM": "Guatamala",
        "HND": "Hondurus",
        "SEN": "Senagal",
        "PAK": "Pakisatn",
    },
    "fr": {
        "ERI": "Erytrée",
        "AFG": "Afganistan",
        "SYR": "Syrrie",
        "VNM": "Viet-nam",
        "ALB": "Albannie",
    },
    "es": {
        "AFG": "Afganistan",
        "GTM": "Guatamala",
        "MAR": "Marrueco",
        "SEN": "Senegál",
        "DZA": "Argélia",
    },
}
#: English demonyms.
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
#: French demonyms (masculine, feminine).
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
#: Spanish demonyms (masculine, feminine).
_ES_DEMONYM: dict[str, tuple[str, str]] = {
    "AFG": ("afgano", "afgana"),
    "ALB": ("albanés", "albanesa"),
    "BGD": ("bangladesí", "bangladesí"),
    "CHN": ("chino", "china"),
    "CIV": ("marfileño", "marfileña"),
    "CMR": ("camerunés", "camerunesa"),
    "COL": ("colombiano", "colombiana"),
    "DZA": ("argelino", "argelina"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "EGY": ("egipcio", "egipcia"),
    "ERI": ("eritreo", "eritrea"),
    "GIN": ("guineano", "guineana"),
    "GMB": ("gambiano", "gambiana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "HTI": ("haitiano", "haitiana"),
    "IRN": ("iraní", "iraní"),
    "IRQ": ("iraquí", "iraquí"),
    "MAR": ("marroquí", "marroquí"),
    "MEX": ("mexicano", "mexicana"),
    "MLI": ("maliense", "maliense"),
    "NGA": ("nigeriano", "nigeriana"),
    "PAK": ("pakistaní", "pakistaní"),
    "ROU": ("rumano", "rumana"),
    "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"),
    "TUN": ("tunecino", "tunecina"),
    "TUR": ("turco", "turca"),
    "VEN": ("venezolano", "venezolana"),
    "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}

# --------------------------------------------------------------------------------------
# Dates
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
_ES_ORDINAL = ("primer", "segundo", "tercer", "cuarto")
#: Impossible (month, day) pairs a clerk types.
_IMPOSSIBLE = ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31))
#: Day 0 of Excel's 1900 date system, as Excel counts (with its 1900 leap-year bug).
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_PARTIAL_SHARE = 0.08


def _typo_year(year: int) -> int:
    """Return the year with its 2nd and 3rd digits swapped (2022 -> 2202): a future date."""
    text = f"{year:04d}"
    typo = int(text[0] + text[2] + text[1] + text[3])
    return typo if typo > year else year + 200


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


# --------------------------------------------------------------------------------------
# Positions
# --------------------------------------------------------------------------------------
def _ddm(value: float, decimals: int = 3) -> tuple[int, float, float]:
    """Degrees and decimal minutes of ``abs(value)``; and the signed value read back."""
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, decimals)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    back = deg + minutes / 60
    return deg, minutes, round(back if value >= 0 else -back, 7)


def _dms(value: float) -> tuple[int, int, float, float]:
    """Degrees, minutes and seconds (one decimal) of ``abs(value)``; the value read back."""
    a = abs(value)
    tenths = round(a * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    back = deg + minutes / 60 + sec10 / 36000
    return int(deg), int(minutes), sec10 / 10, round(back if value >= 0 else -back, 7)


def _comma(text: str) -> str:
    return text.replace(".", ",")


# --------------------------------------------------------------------------------------
# Wording shared by a language's sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Lexicon:
    """One source's words for the vocabulary fields and its placeholders."""

    exploitation: dict[str, tuple[str, ...]]
    not_applicable: tuple[str, ...]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]
    unknown_word: tuple[str, ...]
    offences: dict[str, tuple[str, ...]]
    no_offence: tuple[str, ...]
    offence_join: str
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    no_transit: tuple[str, ...]


_USBP = _Lexicon(
    exploitation={
        "sexual": ("Sex", "Sex trafficking", "Commercial sex"),
        "forced_labour": ("Labor", "Forced labor", "Labor trafficking"),
        "forced_criminality": ("Forced criminal activity", "Forced criminality"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other", "Other (see narrative)"),
        "unknown": ("UNK", "Unknown"),
    },
    not_applicable=("N/A", "N/A", "", "--"),
    gender={
        "male": ("M", "M", "Male", "MALE", "Males"),
        "female": ("F", "F", "Female", "FEMALE"),
        "mixed": ("Mixed", "M/F", "Male & Female", "MIXED"),
        "unknown": ("UNK", "Unk"),
    },
    age={
        "adult": ("Single Adults", "Single Adults", "Adults"),
        "child": ("UCs", "UAC", "Unaccompanied Children", "Juveniles"),
        "mixed": ("FMUA", "Family Units (FMUA)", "Adults & Juveniles"),
    },
    transport={
        "land": ("Foot", "On foot", "Vehicle", "Tractor-trailer", "Pickup truck", "Freight train"),
        "sea": ("Maritime (panga)", "Boat"),
        "air": ("Commercial air",),
    },
    unknown_word=("UNK", "N/A"),
    offences={
        "document_fraud": ("Fraudulent docs (18 USC 1546)", "Document fraud"),
        "illicit_goods": ("Narcotics (21 USC 841)", "Drug smuggling", "Contraband"),
        "money_laundering": ("Money laundering (18 USC 1956)",),
        "corruption": ("Bribery of public official (18 USC 201)",),
        "cybercrime": ("Computer fraud (18 USC 1030)",),
        "terrorism": ("Terrorism nexus",),
    },
    no_offence=("", "", "None", "N/A"),
    offence_join="; ",
    count_unknown=("UNK", "Unknown", "UNK"),
    zero=("None", "NONE", "nil"),
    suspects_unknown=("UNK", "Unknown"),
    no_transit=("", "N/A", "Direct"),
)
_DOUAI = _Lexicon(
    exploitation={
        "sexual": ("Exploitation sexuelle", "Exploitation sexuelle (proxénétisme)", "sexuelle"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre", "Autres formes"),
        "unknown": ("Non déterminée", "Inconnue"),
    },
    not_applicable=("Sans objet", "", "", "s.o."),
    gender={
        "male": ("H", "Hommes", "masculin", "Homme"),
        "female": ("F", "Femmes", "féminin", "Femme"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes"),
        "unknown": ("NR", "Inconnu"),
    },
    age={
        "adult": ("Majeurs", "Majeur", "Adultes"),
        "child": ("Mineurs", "MNA", "Mineur(s)"),
        "mixed": ("Majeurs et mineurs", "Mixte", "Majeurs + mineurs"),
    },
    transport={
        "sea": ("Small boat", "Embarcation pneumatique", "Voie maritime", "Maritime (small boat)"),
        "land": ("Poids lourd", "Camion (PL)", "Voie terrestre", "Véhicule léger"),
        "air": ("Voie aérienne", "Avion"),
    },
    unknown_word=("NR", "Non renseigné"),
    offences={
        "document_fraud": ("Faux documents administratifs (441-2 CP)", "Fraude documentaire"),
        "illicit_goods": ("Trafic de stupéfiants", "Contrebande de cigarettes"),
        "money_laundering": ("Blanchiment", "Blanchiment (324-1 CP)"),
        "corruption": ("Corruption",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    no_offence=("", "Néant", ""),
    offence_join=" + ",
    count_unknown=("NC", "non renseigné", "inconnu"),
    zero=("aucun", "néant", "Aucun"),
    suspects_unknown=("NC", "inconnu"),
    no_transit=("", "Aucun (trajet direct)", ""),
)
_DELEG = _Lexicon(
    exploitation={
        "sexual": ("Explotación sexual", "Sexual", "Explotación sexual (prostitución)"),
        "forced_labour": ("Explotación laboral", "Trabajos o servicios forzados"),
        "forced_criminality": ("Actividades delictivas", "Explotación para actividades delictivas"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra", "Otras"),
        "unknown": ("No consta", "Desconocida"),
    },
    not_applicable=("No procede", "", "", "N/P"),
    gender={
        "male": ("V", "V", "Varones", "Hombres"),
        "female": ("M", "M", "Mujeres"),
        "mixed": ("V y M", "Ambos", "Mixto", "Hombres y mujeres"),
        "unknown": ("No consta", "-"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad", "Adulto"),
        "child": ("Menores", "Menores de edad", "MENA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    transport={
        "sea": ("Patera", "Neumática", "Embarcación neumática", "Marítima"),
        "land": ("Terrestre", "Vehículo", "Furgoneta", "Autobús"),
        "air": ("Aérea", "Vuelo comercial", "Avión"),
    },
    unknown_word=("No consta", "Desc."),
    offences={
        "document_fraud": ("Falsedad documental (art. 392 CP)", "Falsificación de documentos"),
        "illicit_goods": ("Tráfico de drogas (art. 368 CP)", "Contrabando de tabaco"),
        "money_laundering": ("Blanqueo de capitales (art. 301 CP)", "Blanqueo"),
        "corruption": ("Cohecho",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    no_offence=("", "—", ""),
    offence_join=", ",
    count_unknown=("No consta", "s/d", "Desconocido"),
    zero=("Ninguno", "ninguno", "Sin detenidos"),
    suspects_unknown=("No consta", "s/d"),
    no_transit=("", "Directo", "Ruta directa"),
)
_FGE = _Lexicon(
    exploitation={
        "sexual": ("Explotación sexual", "Prostitución ajena u otras formas de explotación sexual"),
        "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
        "forced_criminality": (
            "Utilización de personas para actividades delictivas",
            "Actividades delictivas",
        ),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzoso o servil",),
        "other": ("Otra", "Otro fin"),
        "unknown": ("Sin dato",),
    },
    not_applicable=("No aplica", "N/A", ""),
    gender={
        "male": ("Hombres", "Hombre", "Masculino"),
        "female": ("Mujeres", "Mujer", "Femenino"),
        "mixed": ("Ambos sexos", "Mixto", "Hombres y mujeres"),
        "unknown": ("Sin dato",),
    },
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad", "NNA no acompañados"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "land": ("Terrestre", "A pie", "Vehículo particular", "Tractocamión", "Tren de carga"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo", "Avión"),
    },
    unknown_word=("Sin dato",),
    offences={
        "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
        "illicit_goods": ("Contra la salud (narcóticos)", "Contrabando"),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "corruption": ("Cohecho",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    no_offence=("", "Ninguno"),
    offence_join=" / ",
    count_unknown=("Sin dato", "Se desconoce"),
    zero=("Ninguna", "ninguna", "Sin imputados"),
    suspects_unknown=("Sin dato",),
    no_transit=("", "Ninguno"),
)
_PF = _Lexicon(
    exploitation={
        "sexual": ("sexual exploitation", "Sexual exploitation", "sexual"),
        "forced_labour": ("labour exploitation", "forced labour", "Forced labor"),
        "forced_criminality": ("forced criminality", "criminal exploitation"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other forms"),
        "unknown": ("not informed", "unknown"),
    },
    not_applicable=("n/a", "", "not applicable"),
    gender={
        "male": ("male", "men", "M", "Male"),
        "female": ("female", "women", "F", "Female"),
        "mixed": ("mixed", "men and women", "M+F"),
        "unknown": ("not informed",),
    },
    age={
        "adult": ("adults", "adult (18+)", "Adults"),
        "child": ("minors", "children", "under 18"),
        "mixed": ("adults and minors", "mixed", "adults + minors"),
    },
    transport={
        "sea": ("boat", "sea (rubber dinghy)", "fishing vessel", "maritime", "sailboat"),
        "land": ("land", "on foot", "truck", "car", "bus", "overland"),
        "air": ("air", "commercial flight", "by plane"),
    },
    unknown_word=("not informed", "n/a"),
    offences={
        "document_fraud": ("document fraud", "false documents"),
        "illicit_goods": ("drug trafficking", "illicit goods"),
        "money_laundering": ("money laundering",),
        "corruption": ("corruption", "bribery of officials"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    no_offence=("none",),
    offence_join="",
    count_unknown=("not informed", "unknown"),
    zero=("none", "nil"),
    suspects_unknown=("not informed",),
    no_transit=("", "direct"),
)

# Crime types, by source.
_CRIME_DOUAI = {
    "smuggling": (
        "Aide à l'entrée irrégulière d'étrangers en bande organisée (art. L823-1 et L823-3 CESEDA)",
        "Aide à l'entrée et au séjour irréguliers (L.823-1 CESEDA)",
        "Aide à l'entrée irrégulière au Royaume-Uni (art. L823-2 CESEDA)",
        "Aide à l'entrée irrégulière (ex-art. L622-1 CESEDA)",
        "Trafic de migrants",
    ),
    "trafficking": (
        "Traite des êtres humains (art. 225-4-1 C. pén.)",
        "Traite des êtres humains aggravée (225-4-2 CP)",
        "TEH",
        "Traite d'êtres humains",
    ),
    "both": (
        "Traite des êtres humains et aide à l'entrée irrégulière (225-4-1 CP ; L823-1 CESEDA)",
        "TEH + aide à l'entrée irrégulière",
        "Trafic de migrants et traite des êtres humains",
    ),
}
_CRIME_DELEG = {
    "smuggling": (
        "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
        "Art. 318 bis CP",
        "Inmigración ilegal (318 bis)",
        "Favorecimiento de la inmigración irregular",
        "Tráfico ilícito de migrantes",
    ),
    "trafficking": (
        "Trata de seres humanos (art. 177 bis CP)",
        "Art. 177 bis CP",
        "TSH",
        "Trata de seres humanos",
    ),
    "both": (
        "Arts. 177 bis y 318 bis CP",
        "Trata de seres humanos e inmigración ilegal",
        "TSH + 318 bis",
    ),
}
_CRIME_FGE = {
    "smuggling": (
        "Tráfico de personas (art. 159 Ley de Migración)",
        "Tráfico de personas",
        "Tráfico de indocumentados",
        "Tráfico ilícito de migrantes",
    ),
    "trafficking": (
        "Trata de personas",
        "Delitos en materia de trata de personas (art. 10 LGPSEDMTP)",
        "Trata de personas (Ley General en materia de trata)",
    ),
    "both": (
        "Tráfico de personas y trata de personas",
        "Trata y tráfico de personas",
        "Arts. 159 LM y 10 LGPSEDMTP",
    ),
}
_CRIME_PF = {
    "smuggling": (
        "Migrant smuggling",
        "Smuggling of migrants",
        "SoM",
        "Facilitation of illegal immigration",
        "migrant smuggling (Palermo Protocol)",
    ),
    "trafficking": (
        "Trafficking in persons",
        "THB",
        "Human trafficking",
        "Trafficking in human beings",
    ),
    "both": (
        "THB + migrant smuggling",
        "Smuggling & trafficking",
        "Trafficking in persons / migrant smuggling",
    ),
}
#: CBP demographics of a single person.
_USBP_ONE = {
    "adult": ("Single Adult", "Adult"),
    "child": ("UC", "UAC", "Unaccompanied Child", "Juvenile"),
}
_CRIME_USBP_SMUGGLING = (
    "Alien Smuggling (8 USC 1324)",
    "8 U.S.C. § 1324",
    "Alien smuggling",
    "Smuggling - 1324(a)(1)(A)(ii)",
    "Human smuggling",
)
_CRIME_USBP_BOTH = (
    "Alien smuggling + human trafficking",
    "8 USC 1324 & TVPA",
    "Smuggling / Trafficking",
)


def _usbp_crime(crime: str, form: str | None, rng: _Rng) -> str:
    if crime == "smuggling":
        return choice(rng, _CRIME_USBP_SMUGGLING)
    if crime == "both":
        return choice(rng, _CRIME_USBP_BOTH)
    if form == "sexual":
        return choice(rng, ("Sex Trafficking (18 USC 1591)", "Human trafficking"))
    if form == "forced_labour":
        return choice(rng, ("Labor Trafficking (18 USC 1589)", "Human trafficking"))
    return choice(rng, ("Human Trafficking", "Human trafficking (TVPA)"))


# --------------------------------------------------------------------------------------
# Extra columns
# --------------------------------------------------------------------------------------
_USBP_SECTOR = {
    "Rio Grande Valley": ("RGV", "RGV Sector"),
    "El Paso": ("EPT", "El Paso Sector"),
    "Nogales (Sonora/Arizona)": ("TCA", "Tucson (Nogales Stn)"),
    "Sasabe": ("TCA", "Tucson (Three Points Stn)"),
}
_DOUAI_PARQUET = {
    "Calais": ("TJ Boulogne-sur-Mer", "JIRS Lille"),
    "Dunkirk/Gravelines": ("TJ Dunkerque", "JIRS Lille"),
}
_DELEG_PLACE = {
    "Almería": ("Subdelegación del Gobierno en Almería", ("Almería (puerto)", "Cabo de Gata")),
    "Almería (El Ejido)": ("Subdelegación del Gobierno en Almería", ("El Ejido", "Roquetas")),
    "Ceuta": ("Delegación del Gobierno en Ceuta", ("Ceuta", "Tarajal (Ceuta)")),
    "Melilla": ("Delegación del Gobierno en Melilla", ("Melilla", "Melilla (puerto)")),
    "El Hierro": ("Delegación del Gobierno en Canarias", ("La Restinga (El Hierro)",)),
    "Gran Canaria": ("Delegación del Gobierno en Canarias", ("Arguineguín (Gran Canaria)",)),
    "Tenerife": ("Delegación del Gobierno en Canarias", ("Los Cristianos (Tenerife)",)),
    "Lanzarote": ("Delegación del Gobierno en Canarias", ("Arrecife (Lanzarote)",)),
    "Huelva": ("Subdelegación del Gobierno en Huelva", ("Huelva", "Moguer (Huelva)")),
}
_PF_POST = {
    "ITA": ("PF Attaché Office Rome", "Adidância Roma"),
    "PAN": ("PF Liaison Officer Panama City", "Adidância Cidade do Panamá"),
    "GRC": ("PF Liaison Officer Athens",),
    "HRV": ("PF Liaison Officer Zagreb (via Europol)",),
    "POL": ("PF Liaison Officer Warsaw (via Europol)",),
    "GBR": ("PF Attaché Office London", "Adidância Londres"),
    "ESP": ("PF Attaché Office Madrid", "Adidância Madri"),
    "FRA": ("PF Attaché Office Paris",),
    "USA": ("PF Attaché Office Washington",),
}
_FGE_UNIT = (
    "Fiscalía de Distrito Zona Norte (Cd. Juárez)",
    "Unidad Especializada en Delitos de Trata de Personas",
    "FDZN - Unidad de Atención a Migrantes",
)


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------
def _txt(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int | None:
    value = ev.get(key)
    return None if value is None else int(value)  # type: ignore[call-overload]


def _float(ev: dict[str, object], key: str) -> float | None:
    value = ev.get(key)
    return None if value is None else float(value)  # type: ignore[arg-type]


def _country_name(code: str, lang: str, rng: _Rng, tags: list[str], *, alt: float) -> str:
    """Return a country's name in ``lang``; with probability ``alt`` another name in use."""
    others = _ALT_NAMES[lang].get(code, ())
    if others and rng.random() < alt:
        tags.append("country_alias")
        return choice(rng, others)
    return _NAMES[code][_LANG_INDEX[lang]]


def _maybe_typo(code: str, lang: str, text: str, rng: _Rng, tags: list[str], p: float) -> str:
    typo = _TYPOS[lang].get(code)
    if typo is not None and rng.random() < p:
        tags.append("typo")
        return typo
    return text


def _offences(value: str | None, lex: _Lexicon, rng: _Rng) -> str:
    if value is None:
        return choice(rng, lex.no_offence)
    return lex.offence_join.join(choice(rng, lex.offences[o]) for o in value.split("|"))


def _count_cell(n: int, style: str, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons the source's way (thousands as it groups them)."""
    if n >= 1000:
        tags.append("thousands_sep")
        if style == "usbp":
            return f"{n:,}"
        if style == "douai":
            sep = "\xa0" if rng.random() < 0.6 else " "
            return f"{n:,}".replace(",", sep)
        if style == "deleg":
            return f"{n:,}".replace(",", ".")
        if style == "fge":
            return f"{n:,}" if rng.random() < 0.5 else n
        return n
    if style in ("usbp", "douai", "deleg"):
        return str(n)
    return n


def _base_expected(ev: dict[str, object], ts: pd.Timestamp) -> dict[str, object]:
    crime = _txt(ev, "crime_type")
    return {
        "event_date": ts,
        "date_precision": "day",
        "crime_type": crime,
        "exploitation": _txt(ev, "exploitation"),
        "n_persons": _int(ev, "n_persons"),
        "n_suspects": _int(ev, "n_suspects"),
        "gender": _txt(ev, "gender"),
        "age_group": _txt(ev, "age_group"),
        "nationality": _txt(ev, "nationality"),
        "origin_country": _txt(ev, "origin_country"),
        "destination_country": _txt(ev, "destination_country"),
        "detection_country": _txt(ev, "detection_country"),
        "transit_countries": _txt(ev, "transit_countries"),
        "transport_mode": _txt(ev, "transport_mode"),
        "lat": _float(ev, "lat"),
        "lon": _float(ev, "lon"),
        "linked_offences": _txt(ev, "linked_offences"),
    }


def _common(
    lex: _Lexicon,
    style: str,
    ev: dict[str, object],
    exp: dict[str, object],
    cells: _Cells,
    rng: _Rng,
    tags: list[str],
) -> None:
    """Fill the vocabulary and count cells the source's way (same steps for every source)."""
    crime = str(exp["crime_type"])
    form = _txt(ev, "exploitation")
    # exploitation
    if crime == "smuggling":
        cells["exploitation"] = choice(rng, lex.not_applicable)
    elif rng.random() < 0.05:
        cells["exploitation"] = choice(rng, lex.exploitation["unknown"])
        exp["exploitation"] = "unknown"
        tags.append("exploitation_unknown")
    else:
        cells["exploitation"] = choice(rng, lex.exploitation[str(form)])
    # persons
    n = int(exp["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        cells["n_persons"] = choice(rng, lex.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_cell(n, style, rng, tags)
    # suspects
    k = int(exp["n_suspects"])  # type: ignore[call-overload]
    text_counts = style in ("usbp", "douai", "deleg")
    if rng.random() < 0.03:
        cells["n_suspects"] = choice(rng, lex.suspects_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < 0.4:
        cells["n_suspects"] = choice(rng, lex.zero)
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if text_counts else k
    # gender
    gender = str(exp["gender"])
    if rng.random() < 0.02:
        cells["gender"] = choice(rng, lex.gender["unknown"])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, lex.gender[gender])
    # age group
    if rng.random() < 0.03:
        cells["age_group"] = choice(rng, lex.unknown_word)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, lex.age[str(exp["age_group"])])
    # transport
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, lex.unknown_word)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, lex.transport[str(exp["transport_mode"])])
    # linked offences
    cells["linked_offences"] = _offences(_txt(ev, "linked_offences"), lex, rng)


def _apply_blank(
    forced_blank: str | None,
    cells: _Cells,
    exp: dict[str, object],
    tags: list[str],
    *,
    split_coords: bool,
) -> None:
    """Leave blank the field a second report leaves out."""
    if forced_blank is None:
        return
    if forced_blank == "n_suspects":  # no word is left in the cell
        tags[:] = [t for t in tags if t not in ("zero_word", "suspects_placeholder")]
    tags.append(f"blank_{forced_blank}")
    if forced_blank == "coordinates":
        if split_coords:
            cells["lat"] = None
            cells["lon"] = None
        else:
            cells["coordinates"] = None
        exp["lat"] = None
        exp["lon"] = None
    elif forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
    else:
        cells[forced_blank] = None
        exp[forced_blank] = None


def _unknown_destination(
    lex_words: tuple[str, ...],
    cells: _Cells,
    exp: dict[str, object],
    rng: _Rng,
    tags: list[str],
) -> bool:
    if rng.random() < 0.03:
        cells["destination_country"] = choice(rng, lex_words)
        exp["destination_country"] = None
        tags.append("destination_placeholder")
        return True
    return False


# --------------------------------------------------------------------------------------
# U.S. Border Patrol, Tucson Sector (English, cp1252, ",")
# --------------------------------------------------------------------------------------
def _usbp_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[str, str, pd.Timestamp]:
    if partial_ok and rng.random() < _PARTIAL_SHARE:
        month = MONTHS[ts.month - 1]
        text = choice(
            rng, (f"{ts.month:02d}/{ts.year}", f"{month} {ts.year}", f"{month[:3]} {ts.year}")
        )
        return text, "month", _month_start(ts)
    r = rng.random()
    if r < 0.45:
        text = f"{ts.month}/{ts.day}/{ts.year}"
    elif r < 0.62:
        text = f"{ts.month:02d}/{ts.day:02d}/{ts.year}"
    elif r < 0.77:
        text = f"{ts.day:02d}-{MONTHS[ts.month - 1][:3].upper()}-{ts.year % 100:02d}"
    elif r < 0.9:
        text = f"{MONTHS[ts.month - 1][:3]} {ts.day}, {ts.year}"
    else:
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        text = f"{ts.month}/{ts.day}/{ts.year} {hh}:{mm:02d}"
    return text, "day", ts


def _usbp_country(code: str, rng: _Rng, tags: list[str], *, nationality: bool) -> str:
    r = rng.random()
    if nationality and r < 0.1 and code in _EN_DEMONYM:
        tags.append("demonym")
        return _EN_DEMONYM[code]
    if r < 0.18:
        tags.append("iso3")
        return code
    name = _country_name(code, "en", rng, tags, alt=0.15)
    name = _maybe_typo(code, "en", name, rng, tags, 0.03)
    if name == "Côte d'Ivoire" and rng.random() < 0.3:
        garbled = mojibake(name)
        if garbled is not None:
            tags.append("mojibake")
            return garbled
    return name.upper() if rng.random() < 0.7 else name


def _usbp_coords(lat: float, lon: float, rng: _Rng, tags: list[str]) -> tuple[str, float, float]:
    r = rng.random()
    if r < 0.55:
        return f"{lat:.5f}, {lon:.5f}", round(lat, 5), round(lon, 5)
    if r < 0.85:
        tags.append("coords_ddm")
        d1, m1, back_lat = _ddm(lat)
        d2, m2, back_lon = _ddm(lon)
        text = (
            f"{'N' if lat >= 0 else 'S'}{d1} {m1:06.3f} {'E' if lon >= 0 else 'W'}{d2} {m2:06.3f}"
        )
        return text, back_lat, back_lon
    return f"{lat:.4f} / {lon:.4f}", round(lat, 4), round(lon, 4)


def _render_usbp(
    src: BeSource, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    exp = _base_expected(ev, ts)
    cells: _Cells = {}
    text, prec, day = _usbp_date(ts, rng, partial_ok)
    cells["event_date"], exp["date_precision"], exp["event_date"] = text, prec, day
    if prec != "day":
        tags.append(f"partial_{prec}")
    _common(_USBP, "usbp", ev, exp, cells, rng, tags)
    # the statute names the form of exploitation only when the TIP type gives it too
    cells["crime_type"] = _usbp_crime(str(exp["crime_type"]), _txt(exp, "exploitation"), rng)
    if exp["n_persons"] == 1 and exp["age_group"] in _USBP_ONE:
        cells["age_group"] = choice(rng, _USBP_ONE[str(exp["age_group"])])
    nat = str(exp["nationality"])
    cells["nationality"] = _usbp_country(nat, rng, tags, nationality=True)
    cells["origin_country"] = _usbp_country(
        str(exp["origin_country"]), rng, tags, nationality=False
    )
    dest = str(exp["destination_country"])
    if not _unknown_destination(("UNK", "Unknown"), cells, exp, rng, tags):
        cells["destination_country"] = (
            choice(rng, ("US interior", "USA", "United States", "U.S.", "Interior U.S."))
            if dest == "USA"
            else _usbp_country(dest, rng, tags, nationality=False)
        )
    det = str(exp["detection_country"])
    cells["detection_country"] = (
        choice(rng, ("USA", "US", "United States", "U.S."))
        if det == "USA"
        else _usbp_country(det, rng, tags, nationality=False)
    )
    transit = _txt(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = choice(rng, _USBP.no_transit)
    else:
        names = [_country_name(c, "en", rng, tags, alt=0.1) for c in transit.split("|")]
        cells["transit_countries"] = choice(rng, ("; ", " > ", ", ")).join(names)
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if lat is None or lon is None or rng.random() < 0.03:
        cells["coordinates"] = "UNK" if lat is not None else None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder" if lat is not None else "coords_missing")
    else:
        cells["coordinates"], exp["lat"], exp["lon"] = _usbp_coords(lat, lon, rng, tags)
    hotspot = _txt(ev, "hotspot") or ""
    cells["sector"] = choice(rng, _USBP_SECTOR.get(hotspot, ("SWB",)))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Parquet général de Douai (French, latin-1, ";")
# --------------------------------------------------------------------------------------
def _douai_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[str, str, pd.Timestamp]:
    if partial_ok and rng.random() < _PARTIAL_SHARE:
        month = _FR_MONTHS[ts.month - 1]
        if rng.random() < 0.6:
            text = choice(rng, (f"courant {month} {ts.year}", f"{month} {ts.year}"))
            return text, "month", _month_start(ts)
        q = _quarter(ts)
        nth = "1er" if q == 1 else f"{q}e"
        text = choice(rng, (f"{nth} trimestre {ts.year}", f"T{q} {ts.year}"))
        return text, "quarter", _quarter_start(ts)
    r = rng.random()
    if r < 0.55:
        text = f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    elif r < 0.7:
        text = f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}"
    elif r < 0.85:
        day = "1er" if ts.day == 1 else str(ts.day)
        text = f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
    else:
        text = ts.strftime("%Y-%m-%d")
    return text, "day", ts


def _douai_country(code: str, rng: _Rng, tags: list[str], *, nationality: bool) -> str:
    if nationality and code in _FR_DEMONYM and rng.random() < 0.75:
        tags.append("demonym")
        masc, fem = _FR_DEMONYM[code]
        word = fem if rng.random() < 0.7 else masc
        return word.upper() if rng.random() < 0.15 else word
    name = _country_name(code, "fr", rng, tags, alt=0.15)
    return _maybe_typo(code, "fr", name, rng, tags, 0.03)


def _douai_coords(lat: float, lon: float, rng: _Rng, tags: list[str]) -> tuple[str, float, float]:
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "O"
    if ew == "O":
        tags.append("west_O")
    if rng.random() < 0.6:
        tags.append("coords_decimal_comma")
        text = f"{_comma(f'{abs(lat):.5f}')} {ns} / {_comma(f'{abs(lon):.5f}')} {ew}"
        return text, round(lat, 5), round(lon, 5)
    tags.append("coords_dms")
    d1, m1, s1, back_lat = _dms(lat)
    d2, m2, s2, back_lon = _dms(lon)
    text = (
        f"{d1}°{m1:02d}'{_comma(f'{s1:04.1f}')}\"{ns} {d2}°{m2:02d}'{_comma(f'{s2:04.1f}')}\"{ew}"
    )
    return text, back_lat, back_lon


def _render_douai(
    src: BeSource, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    exp = _base_expected(ev, ts)
    cells: _Cells = {}
    text, prec, day = _douai_date(ts, rng, partial_ok)
    cells["event_date"], exp["date_precision"], exp["event_date"] = text, prec, day
    if prec != "day":
        tags.append(f"partial_{prec}")
    cells["crime_type"] = choice(rng, _CRIME_DOUAI[str(exp["crime_type"])])
    _common(_DOUAI, "douai", ev, exp, cells, rng, tags)
    cells["nationality"] = _douai_country(str(exp["nationality"]), rng, tags, nationality=True)
    cells["origin_country"] = _douai_country(
        str(exp["origin_country"]), rng, tags, nationality=False
    )
    dest = str(exp["destination_country"])
    if not _unknown_destination(("inconnue", "NR"), cells, exp, rng, tags):
        if dest == "GBR" and rng.random() < 0.2:
            cells["destination_country"] = choice(rng, ("Angleterre", "GB"))
            tags.append("country_alias")
        else:
            cells["destination_country"] = _douai_country(dest, rng, tags, nationality=False)
    cells["detection_country"] = _douai_country(
        str(exp["detection_country"]), rng, tags, nationality=False
    )
    transit = _txt(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = choice(rng, _DOUAI.no_transit)
    else:
        names = [_country_name(c, "fr", rng, tags, alt=0.1) for c in transit.split("|")]
        if len(names) > 1 and rng.random() < 0.5:
            cells["transit_countries"] = ", ".join(names[:-1]) + " et " + names[-1]
        else:
            cells["transit_countries"] = choice(rng, (" / ", " > ", ", ")).join(names)
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if lat is None or lon is None or rng.random() < 0.08:
        cells["coordinates"] = choice(rng, ("non géolocalisé", "NR")) if lat is not None else None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder" if lat is not None else "coords_missing")
    else:
        cells["coordinates"], exp["lat"], exp["lon"] = _douai_coords(lat, lon, rng, tags)
    hotspot = _txt(ev, "hotspot") or ""
    cells["parquet"] = choice(
        rng, _DOUAI_PARQUET.get(hotspot, ("JIRS Lille", "TJ Boulogne-sur-Mer"))
    )
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Delegaciones del Gobierno (Spanish, UTF-16, tab)
# --------------------------------------------------------------------------------------
def _deleg_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[str, str, pd.Timestamp]:
    if partial_ok and rng.random() < _PARTIAL_SHARE:
        if rng.random() < 0.55:
            month = _ES_MONTHS[ts.month - 1]
            text = choice(rng, (f"{month} de {ts.year}", f"{month.capitalize()} {ts.year}"))
            return text, "month", _month_start(ts)
        q = _quarter(ts)
        text = choice(rng, (f"{q}T {ts.year}", f"{_ES_ORDINAL[q - 1]} trimestre de {ts.year}"))
        return text, "quarter", _quarter_start(ts)
    r = rng.random()
    if r < 0.5:
        text = f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    elif r < 0.65:
        text = f"{ts.day:02d}-{ts.month:02d}-{ts.year}"
    elif r < 0.75:
        text = f"{ts.day}/{ts.month}/{ts.year % 100:02d}"
    elif r < 0.9:
        text = f"{ts.day:02d}-{_ES_MONTHS[ts.month - 1][:3]}-{ts.year}"
    else:
        text = f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
    return text, "day", ts


def _es_country(
    code: str, rng: _Rng, tags: list[str], *, nationality: bool, iso3: float = 0.0
) -> str:
    r = rng.random()
    if nationality and code in _ES_DEMONYM and r < 0.5:
        tags.append("demonym")
        masc, fem = _ES_DEMONYM[code]
        return choice(rng, (masc, fem))
    if r > 1 - iso3:
        tags.append("iso3")
        return code
    name = _country_name(code, "es", rng, tags, alt=0.15)
    return _maybe_typo(code, "es", name, rng, tags, 0.03)


def _deleg_coords(
    lat: float, lon: float, sea: bool, rng: _Rng, tags: list[str]
) -> tuple[str, float, float]:
    if sea and rng.random() < 0.7:
        tags.append("coords_nautical")
        d1, m1, back_lat = _ddm(lat)
        d2, m2, back_lon = _ddm(lon)
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "W"
        text = f"{d1:02d}º{_comma(f'{m1:06.3f}')}'{ns} {d2:03d}º{_comma(f'{m2:06.3f}')}'{ew}"
        return text, back_lat, back_lon
    tags.append("coords_decimal_comma")
    text = f"{_comma(f'{lat:.5f}')} / {_comma(f'{lon:.5f}')}"
    return text, round(lat, 5), round(lon, 5)


def _deleg_transport(ev: dict[str, object], rng: _Rng) -> str | None:
    """Return the delegations' own word for how the people came (boat kind, fence)."""
    mode = _txt(ev, "transport_mode")
    hotspot = _txt(ev, "hotspot") or ""
    corridor = _txt(ev, "corridor") or ""
    if mode == "sea" and corridor == "watl":
        return choice(rng, ("Cayuco", "Cayuco", "Neumática", "Embarcación tipo cayuco"))
    if mode == "sea" and hotspot == "Ceuta":
        return choice(rng, ("Moto de agua", "Patera", "Neumática"))
    if mode == "land" and hotspot == "Ceuta":
        return choice(rng, ("Salto de valla", "Vehículo (doble fondo)", "Paso del Tarajal"))
    if mode == "land" and hotspot == "Melilla":
        return choice(rng, ("Salto de valla", "Vehículo (doble fondo)", "Paso de Beni Enzar"))
    return None


def _render_deleg(
    src: BeSource, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    exp = _base_expected(ev, ts)
    cells: _Cells = {}
    text, prec, day = _deleg_date(ts, rng, partial_ok)
    cells["event_date"], exp["date_precision"], exp["event_date"] = text, prec, day
    if prec != "day":
        tags.append(f"partial_{prec}")
    cells["crime_type"] = choice(rng, _CRIME_DELEG[str(exp["crime_type"])])
    _common(_DELEG, "deleg", ev, exp, cells, rng, tags)
    if exp["transport_mode"] != "unknown":
        own = _deleg_transport(ev, rng)
        if own is not None:
            cells["transport_mode"] = own
    nat = str(exp["nationality"])
    cells["nationality"] = _es_country(nat, rng, tags, nationality=True, iso3=0.1)
    cells["origin_country"] = _es_country(str(exp["origin_country"]), rng, tags, nationality=False)
    if not _unknown_destination(("No consta", "Desconocido"), cells, exp, rng, tags):
        cells["destination_country"] = _es_country(
            str(exp["destination_country"]), rng, tags, nationality=False
        )
    cells["detection_country"] = choice(rng, ("España", "España", "ESP", "ESPAÑA"))
    if exp["detection_country"] != "ESP":
        cells["detection_country"] = _es_country(
            str(exp["detection_country"]), rng, tags, nationality=False
        )
    transit = _txt(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = choice(rng, _DELEG.no_transit)
    else:
        names = [_country_name(c, "es", rng, tags, alt=0.1) for c in transit.split("|")]
        if len(names) > 1 and rng.random() < 0.6:
            cells["transit_countries"] = ", ".join(names[:-1]) + " y " + names[-1]
        else:
            cells["transit_countries"] = choice(rng, (" - ", ", ", "/")).join(names)
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if lat is None or lon is None or rng.random() < 0.05:
        cells["coordinates"] = "Sin posición" if lat is not None else None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder" if lat is not None else "coords_missing")
    else:
        sea = exp["transport_mode"] == "sea"
        cells["coordinates"], exp["lat"], exp["lon"] = _deleg_coords(lat, lon, sea, rng, tags)
    hotspot = _txt(ev, "hotspot") or ""
    office, places = _DELEG_PLACE.get(hotspot, ("Delegación del Gobierno", ("",)))
    cells["delegacion"] = office
    cells["lugar"] = choice(rng, places) or None
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Fiscalía General del Estado de Chihuahua (Mexican Spanish, XLSX)
# --------------------------------------------------------------------------------------
def _fge_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str, pd.Timestamp]:
    if partial_ok and rng.random() < _PARTIAL_SHARE:
        text = f"{_ES_MONTHS[ts.month - 1]} de {ts.year}"
        return text, "month", _month_start(ts)
    r = rng.random()
    if r < 0.45:
        value: object = dt.datetime(ts.year, ts.month, ts.day)
    elif r < 0.65:
        value = int((ts.normalize() - _EXCEL_EPOCH).days)
    elif r < 0.85:
        value = f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    else:
        value = f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
    return value, "day", ts


def _fge_coords(lat: float, lon: float, rng: _Rng, tags: list[str]) -> tuple[str, float, float]:
    if rng.random() < 0.5:
        return f"{lat:.5f}, {lon:.5f}", round(lat, 5), round(lon, 5)
    tags.append("coords_dms")
    d1, m1, s1, back_lat = _dms(lat)
    d2, m2, s2, back_lon = _dms(lon)
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    text = f"{d1}°{m1:02d}'{s1:04.1f}\"{ns} {d2}°{m2:02d}'{s2:04.1f}\"{ew}"
    return text, back_lat, back_lon


def _render_fge(
    src: BeSource, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    exp = _base_expected(ev, ts)
    cells: _Cells = {}
    value, prec, day = _fge_date(ts, rng, partial_ok)
    cells["event_date"], exp["date_precision"], exp["event_date"] = value, prec, day
    if isinstance(value, int):
        tags.append("excel_serial")
    elif isinstance(value, dt.datetime):
        tags.append("excel_date")
    if prec != "day":
        tags.append(f"partial_{prec}")
    cells["crime_type"] = choice(rng, _CRIME_FGE[str(exp["crime_type"])])
    _common(_FGE, "fge", ev, exp, cells, rng, tags)
    nat = str(exp["nationality"])
    if nat in _ES_DEMONYM and rng.random() < 0.6:
        tags.append("demonym")
        cells["nationality"] = _ES_DEMONYM[nat][1]  # la nacionalidad: feminine
    else:
        cells["nationality"] = _es_country(nat, rng, tags, nationality=False)
    cells["origin_country"] = _es_country(str(exp["origin_country"]), rng, tags, nationality=False)
    dest = str(exp["destination_country"])
    if not _unknown_destination(("Sin dato",), cells, exp, rng, tags):
        cells["destination_country"] = (
            choice(rng, ("EUA", "EE. UU.", "Estados Unidos", "Estados Unidos de América"))
            if dest == "USA"
            else _es_country(dest, rng, tags, nationality=False)
        )
    det = str(exp["detection_country"])
    cells["detection_country"] = (
        choice(rng, ("EUA", "Estados Unidos", "EE.UU."))
        if det == "USA"
        else _es_country(det, rng, tags, nationality=False)
    )
    transit = _txt(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = choice(rng, _FGE.no_transit)
    else:
        names = [_country_name(c, "es", rng, tags, alt=0.1) for c in transit.split("|")]
        if len(names) > 1 and rng.random() < 0.6:
            cells["transit_countries"] = ", ".join(names[:-1]) + " y " + names[-1]
        else:
            cells["transit_countries"] = ", ".join(names)
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if lat is None or lon is None or rng.random() < 0.03:
        cells["coordinates"] = "Sin dato" if lat is not None else None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder" if lat is not None else "coords_missing")
    else:
        cells["coordinates"], exp["lat"], exp["lon"] = _fge_coords(lat, lon, rng, tags)
    cells["unidad"] = choice(rng, _FGE_UNIT)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Polícia Federal do Brasil, liaison digest (English, JSON lines)
# --------------------------------------------------------------------------------------
def _pf_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[str, str, pd.Timestamp]:
    if partial_ok and rng.random() < _PARTIAL_SHARE:
        if rng.random() < 0.5:
            month = MONTHS[ts.month - 1][:3].lower()
            text = choice(rng, (f"{ts.year}-{ts.month:02d}", f"{month}/{ts.year}"))
            return text, "month", _month_start(ts)
        q = _quarter(ts)
        text = choice(rng, (f"Q{q} {ts.year}", f"{ts.year}-Q{q}", f"Q{q}/{ts.year}"))
        return text, "quarter", _quarter_start(ts)
    r = rng.random()
    if r < 0.4:
        text = ts.strftime("%Y-%m-%d")
    elif r < 0.8:
        text = f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    else:
        text = f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}"
    return text, "day", ts


def _pf_country(code: str, rng: _Rng, tags: list[str], *, nationality: bool) -> str:
    r = rng.random()
    if nationality and code in _EN_DEMONYM:
        if r < 0.4:
            tags.append("demonym")
            return _EN_DEMONYM[code]
        r = (r - 0.4) / 0.6  # the other forms, in the same shares as for a country
    if r < 0.3:
        tags.append("iso3")
        return code
    if r < 0.4:
        tags.append("iso2")
        return iso_codes(code)[0]
    name = _country_name(code, "en", rng, tags, alt=0.15)
    name = _maybe_typo(code, "en", name, rng, tags, 0.03)
    if rng.random() < 0.5:
        garbled = mojibake(name)
        if garbled is not None:
            tags.append("mojibake")
            return garbled
    return name


def _pf_coord(value: float, rng: _Rng, style: float, tags: list[str]) -> tuple[object, float]:
    if style < 0.5:
        return round(value, 5), round(value, 5)
    if style < 0.8:
        if "coords_decimal_comma" not in tags:
            tags.append("coords_decimal_comma")
        return _comma(f"{value:.5f}"), round(value, 5)
    return f"{value:.4f}", round(value, 4)


def _render_pf(
    src: BeSource, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    exp = _base_expected(ev, ts)
    cells: _Cells = {}
    text, prec, day = _pf_date(ts, rng, partial_ok)
    cells["event_date"], exp["date_precision"], exp["event_date"] = text, prec, day
    if prec != "day":
        tags.append(f"partial_{prec}")
    cells["crime_type"] = choice(rng, _CRIME_PF[str(exp["crime_type"])])
    _common(_PF, "pf", ev, exp, cells, rng, tags)
    n = exp["n_persons"]
    if isinstance(n, int) and 10 <= n < 1000 and n % 10 == 0 and rng.random() < 0.3:
        cells["n_persons"] = choice(rng, (f"approx. {n}", f"ca. {n}"))
        tags.append("count_approx")
    offences = _txt(ev, "linked_offences")
    cells["linked_offences"] = (
        [choice(rng, _PF.offences[o]) for o in offences.split("|")] if offences else []
    )
    cells["nationality"] = _pf_country(str(exp["nationality"]), rng, tags, nationality=True)
    cells["origin_country"] = _pf_country(str(exp["origin_country"]), rng, tags, nationality=False)
    if not _unknown_destination(("not informed", "unknown"), cells, exp, rng, tags):
        cells["destination_country"] = _pf_country(
            str(exp["destination_country"]), rng, tags, nationality=False
        )
    cells["detection_country"] = _pf_country(
        str(exp["detection_country"]), rng, tags, nationality=False
    )
    transit = _txt(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = choice(rng, _PF.no_transit)
    elif rng.random() < 0.5:
        tags.append("iso3")
        cells["transit_countries"] = choice(rng, (" > ", "-", ", ")).join(transit.split("|"))
    else:
        names = [_country_name(c, "en", rng, tags, alt=0.1) for c in transit.split("|")]
        cells["transit_countries"] = choice(rng, (" > ", ", ")).join(names)
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if lat is None or lon is None or rng.random() < 0.04:
        word = "not informed" if lat is not None else None
        cells["lat"] = cells["lon"] = word
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder" if lat is not None else "coords_missing")
    else:
        style = float(rng.random())
        cells["lat"], exp["lat"] = _pf_coord(lat, rng, style, tags)
        cells["lon"], exp["lon"] = _pf_coord(lon, rng, style, tags)
    det = str(_txt(ev, "detection_country"))
    cells["post"] = choice(rng, _PF_POST.get(det, ("CGCI Brasília",)))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Dispatch
# --------------------------------------------------------------------------------------
_Renderer = Callable[
    [BeSource, dict[str, object], _Rng, bool], tuple[_Cells, dict[str, object], list[str]]
]
_RENDERERS: dict[str, _Renderer] = {
    "usbp": _render_usbp,
    "douai": _render_douai,
    "deleg": _render_deleg,
    "fge": _render_fge,
    "pf": _render_pf,
}


def _render(
    src: BeSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells, exp, tags = _RENDERERS[src.style](src, ev, rng, partial_ok)
    _apply_blank(forced_blank, cells, exp, tags, split_coords=src.style == "pf")
    for key, value in cells.items():  # every word of the tables fits the source's encoding
        if isinstance(value, str) and not fits(value, src):
            raise ValueError(f"{value!r} ({key}) cannot be written in {src.encoding}.")
    return cells, exp, tags


def _bad_date(src: BeSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell that cannot be used: missing, impossible, or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        year = _typo_year(ts.year)
        if src.style == "usbp":
            return f"{ts.month}/{ts.day}/{year}"
        if src.style == "pf":
            return f"{year}-{ts.month:02d}-{ts.day:02d}"
        return f"{ts.day:02d}/{ts.month:02d}/{year}"
    month, day = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
    if src.style == "usbp":
        return f"{month}/{day}/{ts.year}"
    if src.style == "douai" and rng.random() < 0.4:
        return "########"
    if src.style == "pf":
        return f"{ts.year}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: BeSource, last: pd.Timestamp) -> object:
    """Return the date a source writes on its note row (the day of its extraction)."""
    day = last + pd.Timedelta(days=5)
    if src.style == "usbp":
        return f"{day.month}/{day.day}/{day.year}"
    if src.style == "fge":
        return dt.datetime(day.year, day.month, day.day)
    if src.style == "pf":
        return day.strftime("%Y-%m-%d")
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_USBP_SRC = BeSource(
    source="usbp_tucson_be",
    filename="usbp_tucson_be.csv",
    ref="TCA{yy:02d}{seq:06d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Event #",
        "event_date": "Apprehension Date",
        "sector": "Sector",
        "crime_type": "Case Type / Statute",
        "exploitation": "TIP Type",
        "n_persons": "Total Noncitizens",
        "n_suspects": "Smugglers/Guides Arrested",
        "gender": "Gender",
        "age_group": "Demographic",
        "nationality": "Country of Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Apprehension Country",
        "transit_countries": "Transit Route (per interview)",
        "transport_mode": "Mode / Conveyance",
        "coordinates": "GPS (Lat/Long)",
        "linked_offences": "Associated Violations",
    },
    note="FOUO // LES - preliminary data, subject to change (e3/EID not yet reconciled)",
    total="TOTAL",
    bad_count=("several", "multiple", "numerous"),
    repeats=False,
    style="usbp",
)
_DOUAI_SRC = BeSource(
    source="pg_douai_be",
    filename="pg_douai_be.csv",
    ref="{yy:02d}.{seq:05d}",
    format="csv",
    encoding="latin-1",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° parquet",
        "parquet": "Parquet saisi",
        "event_date": "Date des faits",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb d'étrangers / victimes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe (H/F)",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS (lieu des faits)",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction Cassiopée - données provisoires, procédures en cours non comprises",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    style="douai",
)
_DELEG_SRC = BeSource(
    source="delegaciones_gobierno_be",
    filename="delegaciones_gobierno_be.csv",
    ref="P-{seq:04d}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº parte",
        "delegacion": "Delegación/Subdelegación",
        "event_date": "Fecha llegada/interceptación",
        "lugar": "Lugar",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad explotación (177 bis)",
        "n_persons": "Nº personas (ocupantes/víctimas)",
        "n_suspects": "Detenidos (patrones/tratantes)",
        "gender": "Sexo (V/M)",
        "age_group": "Edad (adultos/menores)",
        "nationality": "Nacionalidad declarada",
        "origin_country": "País de origen",
        "destination_country": "Destino final declarado",
        "detection_country": "País",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio",
        "coordinates": "Posición / coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales. Fuente: partes diarios de llegadas e incidencias",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=True,
    style="deleg",
)
_FGE_SRC = BeSource(
    source="fge_chihuahua_be",
    filename="fge_chihuahua_be.xlsx",
    ref="19-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "NUC",
        "unidad": "Unidad / Agencia del MP",
        "event_date": "Fecha de los hechos",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Víctimas / personas migrantes",
        "n_suspects": "Personas imputadas",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde ocurrió la detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas geográficas",
        "linked_offences": "Delitos concurrentes",
    },
    note="Información preliminar sujeta a cambios (corte de la base)",
    total="Total general",
    bad_count=("varios", "numerosos"),
    repeats=False,
    style="fge",
)
_PF_SRC = BeSource(
    source="pf_brasil_be",
    filename="pf_brasil_be.jsonl",
    ref="08200.{seq:06d}/{year}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "process_no",
        "post": "reporting_post",
        "event_date": "event_date",
        "crime_type": "offence_type",
        "exploitation": "exploitation_purpose",
        "n_persons": "migrants_victims",
        "n_suspects": "suspects_arrested",
        "gender": "sex",
        "age_group": "age_range",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "final_destination",
        "detection_country": "country_of_detection",
        "transit_countries": "transit",
        "transport_mode": "transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many", "a group"),
    repeats=True,
    style="pf",
)

#: The variant's sources, in the order of its submissions.
BLIND55_SOURCES: tuple[BeSource, ...] = (_USBP_SRC, _DOUAI_SRC, _DELEG_SRC, _FGE_SRC, _PF_SRC)

_EXAMINER: Examiner[BeSource] = Examiner(
    sources=BLIND55_SOURCES,
    primary={"USA": "usbp_tucson_be", "FRA": "pg_douai_be", "ESP": "delegaciones_gobierno_be"},
    compilation="pf_brasil_be",
    secondary={
        ("us_mex", "USA"): "fge_chihuahua_be",
        ("channel", "GBR"): "pg_douai_be",
        ("thb_vnm_gbr", "GBR"): "pg_douai_be",
        ("wmed", "ESP"): "pf_brasil_be",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=5555,
    blank_share=0.35,
)


def make_blind55(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind55`` set's five submissions (files ``*_be.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        U.S. Border Patrol (CSV, cp1252), Parquet général de Douai (CSV, latin-1),
        Delegaciones del Gobierno (CSV, UTF-16, tab), Fiscalía de Chihuahua (XLSX) and
        Polícia Federal liaison digest (JSON lines), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind55(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['usbp_tucson_be.csv', 'pg_douai_be.csv', 'delegaciones_gobierno_be.csv',
     'fge_chihuahua_be.xlsx', 'pf_brasil_be.jsonl']
    >>> sorted({s.language for s in subs})
    ['en', 'es', 'fr']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
