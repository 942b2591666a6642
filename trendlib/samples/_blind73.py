"""Examiner sample set ``blind73``: five West African, Maghreb and liaison sources.

Held-out files (``*_bw.*``) written independently of the cleaner, the way these agencies
write their case tables. Each event is first reported by the source of its detection
country (Spain: the Senegalese DNLT; Italy: the Tunisian maritime district of Sfax; the
United Kingdom and France: the Nigeria Immigration Service liaison desk in London; the
United States and Panama: the Mexican consular protection system); every other event
(Greece, Croatia, Poland) by the Moroccan DMSF digest, which also sends second reports of
Atlantic, Western and Central Mediterranean and Channel events (and the NIS desk second
reports of Nigerian trafficking cases in Italy).

A reader's guide to the five files:

``dnlt_senegal_bw.csv``
    Police nationale du Sénégal, DPAF - Division nationale de lutte contre le trafic de
    migrants et pratiques assimilées (DNLT), through its liaison officers in Spain.
    French, cp1252, ``;``, CRLF. Dates day-first (``12/03/2022``, ``12-03-2022``,
    ``12/03/22``, ``1er avril 2022``, ``12 janv. 2022``); partial dates ``mars 2022``,
    ``courant mars 2022``, ``03/2022``, ``1er trimestre 2022``, ``T2/2022``. Charges
    cite law 2005-06 (``Trafic illicite de migrants (art. 4 loi 2005-06)``, ``TIM``,
    ``Organisation d'émigration clandestine``). Feminine demonyms (``sénégalaise``,
    ``guinéenne (Conakry)``), ``RCI`` for Côte d'Ivoire, ``Angleterre`` for the United
    Kingdom, detection country with the landing place (``Espagne (El Hierro)``).
    Counts with a no-break space as thousands separator and sometimes a unit
    (``87 pers.``); ``ND``/``inconnu`` for unknown counts, ``néant``/``aucun`` for no
    suspect, ``2 (dont le capitaine)``. One ``Position GPS`` cell in degrees, minutes
    and seconds with ``O`` (ouest) for west, or decimal degrees with decimal commas
    split by `` / ``. ``pirogue``, ``cayuco``, ``voie terrestre``. Some mojibake
    (``sÃ©nÃ©galaise``). Re-sends a few rows.
``garde_nationale_sfax_bw.xlsx``
    Garde nationale tunisienne, district maritime de Sfax (coast guard), on boats that
    reached Italy. French with Arabic in every header (``Nationalité / الجنسية``).
    Dates as real Excel dates, bare Excel serial numbers, ``12/03/2022`` or
    ``12-03-2022`` text; partial ``03/2022``, ``mars 2022``, ``T2 2022``,
    ``2ème trimestre 2022``. Charges cite law 2004-6 (smuggling) and organic law
    2016-61 (trafficking). Masculine demonyms, upper-case and padded cells
    (``ITALIE ``), counts as numbers or text (``45 (dont 9 mineurs)``), ``non dénombré``
    for unknown counts. Latitude and longitude as numbers or in degrees and decimal
    minutes with a decimal comma (``35°31,25'N``, ``012°35,40'E``). ``embarcation
    métallique``, ``barque en bois``, ``chalutier``.
``nis_liaison_london_bw.csv``
    Nigeria Immigration Service, Anti-Human Smuggling and Trafficking in Persons unit,
    liaison desk at the High Commission in London. English, UTF-16 (BOM) and tab, as
    Excel's "Unicode text" export. Dates ``14/03/2022``, ``14-Mar-2022``,
    ``14th March 2022``, ``14 Mar 22``, ``14/03/22``; partial ``March 2022``,
    ``Mar-2022``, ``Q2 2022``, ``2022 Q2``. Offences by UK statute (``Facilitation - s.25
    Immigration Act 1971``, ``Human trafficking - s.2 MSA 2015``). ``N/K`` for not
    known, ``Nil`` for no suspect, counts with thousands commas, coordinates as decimal
    degrees with a hemisphere letter (``51.1245N``, ``0.1278W``) or signed. Transit
    routes joined by `` > ``. Re-sends a few rows.
``sre_proteccion_consular_bw.jsonl``
    Secretaría de Relaciones Exteriores (México), consular protection case system
    (SIPC), cases handled or referred to consulates in the United States and the embassy
    in Panama (Mexican and other nationals). Spanish, UTF-8 JSON lines with Spanish keys
    (``fecha_hechos``, ``num_personas``); counts as JSON numbers or text (``1,204``,
    ``12 personas``), ``S/D`` (sin dato) for unknown. Dates ISO, ``14/03/2022``,
    ``14-mar-2022``, ``14 de marzo de 2022``, ``14/MAR/2022``; partial
    ``marzo de 2022``, ``2022-03``, ``1er. trimestre 2022``, ``T1-2022``.
    ``Tráfico de personas (art. 159 Ley de Migración)`` is smuggling in Mexican law;
    ``Trata de personas`` trafficking. Sex ``H``/``M`` (hombre/mujer), ``NNA`` for
    minors, ``EUA`` and ``EE. UU.`` for the United States, upper-case cells without
    accents (``HONDURENA``), ISO alpha-2 nationalities, ``cohecho`` (bribery) and
    ``operaciones con recursos de procedencia ilícita`` (money laundering). Coordinates
    in one cell with ``O`` (oeste) for west.
``dmsf_maroc_bw.csv``
    Royaume du Maroc, Ministère de l'Intérieur, Direction de la Migration et de la
    Surveillance des Frontières (DMSF): digest of reports sent by security attachés.
    French, UTF-8 with BOM, ``|``. Dates ISO, ``14/03/2022``, ``14.03.2022``,
    ``14 mars 2022``; partial ``03/2022``, ``mars 2022``, ``T1 2022``,
    ``1er trim. 2022``. Law 02-03 (smuggling) and 27-14 (``TEH``, trafficking).
    Nationalities as ISO alpha-3 codes or French country names; transit routes as code
    chains (``TUR-BGR-SRB``); ``vecteur`` for the transport mode; ``n.c.`` for not
    known; decimal-comma coordinates. Some mojibake (``GrÃ¨ce``).

Every source writes a note row (but the JSON lines), a total row and (CSV) an empty row;
bad rows have no date, an impossible date (``31/04/2022``), a date a century ahead, a
negative or an unreadable count (``plusieurs``, ``#VALUE!``).
"""

from __future__ import annotations

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

__all__ = ["BLIND73_SOURCES", "make_blind73"]

_Rng = np.random.Generator
Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Rates of the messiness (per written row)
# --------------------------------------------------------------------------------------
_P_MONTH = 0.07  # partial date: month only (when the row may be partial)
_P_QUARTER = 0.03  # partial date: quarter only
_P_COUNT_PH = 0.025  # count written as "not known"
_P_SUSP_PH = 0.03  # suspects written as "not known"
_P_ZERO_WORD = 0.5  # share of zero suspects written as a word
_P_NA_AGE = 0.03  # age group written as "not specified"
_P_NA_MODE = 0.03  # transport mode written as "not specified"
_P_COORD_PH = 0.025  # coordinates written as "not recorded"
_P_COORD_BLANK = 0.03  # coordinates left blank
_P_MOJIBAKE = 0.04  # a text cell garbled (UTF-8 read as cp1252)

# --------------------------------------------------------------------------------------
# Wording tables: countries
# --------------------------------------------------------------------------------------
_FR_NAME: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire", "RCI"),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DEU": ("Allemagne",),
    "DZA": ("Algérie",),
    "ECU": ("Équateur",),
    "EGY": ("Égypte",),
    "ERI": ("Érythrée",),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Angleterre"),
    "GIN": ("Guinée (Conakry)", "Guinée-Conakry"),
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
    "RUS": ("Russie", "Fédération de Russie"),
    "SEN": ("Sénégal",),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis", "Etats-Unis d'Amérique"),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
#: French demonyms: (masculine, feminine).
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
    "GIN": ("guinéen (Conakry)", "guinéenne (Conakry)"),
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
_ES_NAME: dict[str, tuple[str, ...]] = {
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
    "PAN": ("Panamá", "Rep. de Panamá"),
    "POL": ("Polonia",),
    "ROU": ("Rumania",),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EUA", "EE. UU.", "Estados Unidos de América"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
#: Spanish demonyms, feminine (``nacionalidad venezolana``).
_ES_DEMONYM: dict[str, str] = {
    "AFG": "afgana",
    "ALB": "albanesa",
    "BGD": "bangladesí",
    "CHN": "china",
    "CIV": "marfileña",
    "CMR": "camerunesa",
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
    "IRN": "iraní",
    "IRQ": "iraquí",
    "MAR": "marroquí",
    "MEX": "mexicana",
    "MLI": "maliense",
    "NGA": "nigeriana",
    "PAK": "pakistaní",
    "ROU": "rumana",
    "SEN": "senegalesa",
    "SYR": "siria",
    "TUN": "tunecina",
    "TUR": "turca",
    "VEN": "venezolana",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
_EN_NAME: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina",),
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
    "GBR": ("United Kingdom", "UK"),
    "GIN": ("Guinea",),
    "GMB": ("The Gambia", "Gambia"),
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
#: Place names written beside the detection country, by language.
_PLACES: dict[str, dict[str, str]] = {
    "fr": {
        "El Hierro": "El Hierro",
        "Gran Canaria": "Grande Canarie",
        "Tenerife": "Tenerife",
        "Lanzarote": "Lanzarote",
        "Ceuta": "Ceuta",
        "Melilla": "Melilla",
        "Almería": "Almería",
        "Huelva": "Huelva",
        "Almería (El Ejido)": "El Ejido",
        "Lampedusa": "Lampedusa",
        "Pozzallo": "Pozzallo",
        "Crotone": "Crotone",
        "Torino": "Turin",
        "Palermo": "Palerme",
        "Castel Volturno": "Castel Volturno",
        "Latina (Agro Pontino)": "Latina",
        "Lesbos": "Lesbos",
        "Samos": "Samos",
        "Evros": "Évros",
        "Cetingrad (BIH–HRV border)": "Cetingrad",
        "Bajakovo (SRB–HRV border)": "Bajakovo",
        "Kuźnica": "Kuźnica",
        "Białowieża": "Białowieża",
        "Michałowo": "Michałowo",
        "Calais": "Calais",
        "Dunkirk/Gravelines": "Dunkerque",
        "Dover": "Douvres",
        "London": "Londres",
    },
    "en": {
        "Dover": "Dover",
        "Calais": "Calais",
        "Dunkirk/Gravelines": "Gravelines",
        "London": "London",
        "Birmingham": "Birmingham",
        "Glasgow": "Glasgow",
        "Torino": "Turin",
        "Castel Volturno": "Castel Volturno",
        "Palermo": "Palermo",
    },
    "es": {
        "Darién gap": "Darién",
        "Lajas Blancas": "Lajas Blancas, Darién",
        "Bajo Chiquito": "Bajo Chiquito, Darién",
        "El Paso": "El Paso, Texas",
        "Rio Grande Valley": "Valle del Río Grande, Texas",
        "Nogales (Sonora/Arizona)": "Nogales, Arizona",
        "Sasabe": "Sasabe, Arizona",
    },
}

# --------------------------------------------------------------------------------------
# Wording tables: months
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
_FR_ABBR = (
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_FR_QUARTER = ("1er", "2e", "3e", "4e")
_ES_QUARTER = ("1er.", "2do.", "3er.", "4to.")
_ES_QUARTER_WORD = ("primer", "segundo", "tercer", "cuarto")
#: (day, month) pairs that no calendar holds, for the impossible dates of bad rows.
_IMPOSSIBLE = ((31, 4), (31, 6), (31, 9), (31, 11), (30, 2), (32, 1), (31, 2))


def _en_ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _sep_thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _dms(value: float, pos: str, neg: str, *, width: int = 0) -> tuple[str, float]:
    """Degrees, minutes, whole seconds and hemisphere; and the value they denote."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minute, sec = divmod(rest, 60)
    sign = -1.0 if value < 0 else 1.0
    text = f"{deg:0{width}d}°{minute:02d}'{sec:02d}\"{neg if value < 0 else pos}"
    return text, sign * total / 3600


def _ddm(value: float, pos: str, neg: str, *, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (hundredths) with a decimal comma, sea-chart style."""
    total = round(abs(value) * 6000)
    deg, rest = divmod(total, 6000)
    minutes = f"{rest / 100:05.2f}".replace(".", ",")
    sign = -1.0 if value < 0 else 1.0
    return f"{deg:0{width}d}°{minutes}'{neg if value < 0 else pos}", sign * total / 6000


def _strip_accents(text: str) -> str:
    table = str.maketrans("ÁÉÍÓÚÜÑáéíóúüñ", "AEIOUUNaeiouun")
    return text.translate(table)


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Source(ExaminerSource):
    """An examiner source with the key of its writer."""

    key: str = ""


_DNLT = _Source(
    source="dnlt_senegal_bw",
    filename="dnlt_senegal_bw.csv",
    ref="{seq:04d}/DPAF/DNLT/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date des faits",
        "detection_country": "Pays / lieu d'interception",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre de personnes (migrants/victimes)",
        "n_suspects": "Nbre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/Mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination finale",
        "transport_mode": "Moyen de transport",
        "coordinates": "Position GPS",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires, situation arrêtée par la DNLT",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "voir PV"),
    repeats=True,
    key="dnlt",
)
_SFAX = _Source(
    source="garde_nationale_sfax_bw",
    filename="garde_nationale_sfax_bw.xlsx",
    ref="DMS/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° PV / رقم المحضر",
        "event_date": "Date d'interception / تاريخ الاعتراض",
        "crime_type": "Nature de l'infraction / نوع الجريمة",
        "exploitation": "Forme d'exploitation / شكل الاستغلال",
        "n_persons": "Nombre de personnes / عدد الأشخاص",
        "n_suspects": "Passeurs arrêtés / المهربون الموقوفون",
        "gender": "Sexe / الجنس",
        "age_group": "Catégorie d'âge / الفئة العمرية",
        "nationality": "Nationalité / الجنسية",
        "origin_country": "Pays d'origine / بلد المنشأ",
        "transit_countries": "Pays de transit / بلدان العبور",
        "destination_country": "Destination / الوجهة",
        "detection_country": "Pays d'interception / بلد الاعتراض",
        "transport_mode": "Moyen de transport / وسيلة النقل",
        "lat": "Latitude / خط العرض",
        "lon": "Longitude / خط الطول",
        "linked_offences": "Infractions connexes / جرائم مرتبطة",
    },
    note="Source : district maritime de Sfax - données non consolidées",
    total="Total",
    bad_count=("plusieurs", "#VALEUR!", "groupe"),
    repeats=False,
    key="sfax",
)
_NIS = _Source(
    source="nis_liaison_london_bw",
    filename="nis_liaison_london_bw.csv",
    ref="NIS/LDN/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case Ref.",
        "event_date": "Date of Incident (DD/MM/YYYY)",
        "crime_type": "Offence",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Persons",
        "n_suspects": "No. of Suspects Arrested",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Where Detected",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode of Transport",
        "lat": "Lat (DD)",
        "lon": "Long (DD)",
        "linked_offences": "Other Offences",
    },
    note="Provisional figures - compiled by NIS Liaison Desk, London - OFFICIAL",
    total="GRAND TOTAL",
    bad_count=("several", "multiple", "#VALUE!"),
    repeats=True,
    key="nis",
)
_SRE = _Source(
    source="sre_proteccion_consular_bw",
    filename="sre_proteccion_consular_bw.jsonl",
    ref="SIPC-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio_caso",
        "event_date": "fecha_hechos",
        "detection_country": "pais_de_los_hechos",
        "crime_type": "delito",
        "exploitation": "modalidad_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "probables_responsables",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "transport_mode": "medio_transporte",
        "coordinates": "coordenadas",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "grupo numeroso", "#¡VALOR!"),
    repeats=False,
    key="sre",
)
_DMSF = _Source(
    source="dmsf_maroc_bw",
    filename="dmsf_maroc_bw.csv",
    ref="DMSF/{yy:02d}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter="|",
    language="fr",
    headers={
        "source_ref": "Réf.",
        "event_date": "Date (jj/mm/aaaa)",
        "crime_type": "Infraction",
        "exploitation": "Finalité exploitation",
        "n_persons": "Effectif (pers.)",
        "n_suspects": "Passeurs interpellés",
        "gender": "Genre",
        "age_group": "Âge",
        "nationality": "Nat.",
        "origin_country": "Pays origine",
        "destination_country": "Pays destination",
        "detection_country": "Pays détection",
        "transit_countries": "Itinéraire (transit)",
        "transport_mode": "Vecteur",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Infractions associées",
    },
    note="Synthèse des signalements des attachés de sécurité - non consolidée",
    total="Total général",
    bad_count=("plusieurs", "nombreux", "voir rapport"),
    repeats=False,
    key="dmsf",
)

#: The five sources of the set, in the order of their submissions.
BLIND73_SOURCES: tuple[_Source, ...] = (_DNLT, _SFAX, _NIS, _SRE, _DMSF)


# --------------------------------------------------------------------------------------
# Writers: how each source writes a value
# --------------------------------------------------------------------------------------
class _Writer:
    """Shared render logic; subclasses hold a source's wording and cell styles."""

    count_ph: tuple[str, ...] = ()
    susp_ph: tuple[str, ...] = ()
    zero: tuple[str, ...] = ()
    coord_ph: tuple[str, ...] = ()
    na_age: tuple[str, ...] = ()
    na_mode: tuple[str, ...] = ()
    exploit_na: tuple[str | None, ...] = (None,)
    transit_none: tuple[str | None, ...] = (None,)
    linked_none: tuple[str | None, ...] = (None,)
    crime: dict[str, tuple[str, ...]] = {}  # noqa: RUF012 - read-only class tables
    exploit: dict[str, tuple[str, ...]] = {}  # noqa: RUF012
    gender: dict[str, tuple[str, ...]] = {}  # noqa: RUF012
    age: dict[str, tuple[str, ...]] = {}  # noqa: RUF012
    mode: dict[str, tuple[str, ...]] = {}  # noqa: RUF012
    #: Words for a mode on one corridor, where the source words it its own way there.
    mode_on: dict[tuple[str, str], tuple[str, ...]] = {}  # noqa: RUF012
    linked: dict[str, tuple[str, ...]] = {}  # noqa: RUF012
    linked_sep: tuple[str, ...] = (", ",)

    # ----- cells every writer defines ------------------------------------------------
    def day(self, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
        """Return the cell of a full date."""
        raise NotImplementedError

    def month(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """Return the cell of a month-only date."""
        raise NotImplementedError

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """Return the cell of a quarter-only date."""
        raise NotImplementedError

    def count(self, n: int, rng: _Rng, tags: list[str], ev: dict[str, object]) -> object:
        """Return the cell of the count of persons."""
        raise NotImplementedError

    def suspects(self, n: int, rng: _Rng, tags: list[str], ev: dict[str, object]) -> object:
        """Return the cell of a count of suspects."""
        return str(n)

    def nationality(self, code: str, rng: _Rng, tags: list[str]) -> str:
        """Return the nationality cell."""
        raise NotImplementedError

    def country(self, code: str, rng: _Rng, tags: list[str]) -> str:
        """Return an origin or destination country cell."""
        raise NotImplementedError

    def detection(self, code: str, place: str, rng: _Rng, tags: list[str]) -> str:
        """Return the detection country cell (the place beside it, sometimes)."""
        return self.country(code, rng, tags)

    def transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> str:
        """Return the transit countries cell, in their order."""
        raise NotImplementedError

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[Cells, float, float]:
        """Return the coordinate cells and the point they denote."""
        raise NotImplementedError

    def coord_cells(self, value: object) -> Cells:
        """Return the coordinate cells all holding ``value`` (blank or placeholder)."""
        return {"lat": value, "lon": value}

    # ----- the row ---------------------------------------------------------------------
    def render(
        self,
        src: _Source,
        ev: dict[str, object],
        rng: _Rng,
        *,
        partial_ok: bool,
        forced_blank: str | None,
    ) -> tuple[Cells, dict[str, object], list[str]]:
        """Write one true event as the source does: (cells, expected values, tags)."""
        tags: list[str] = []
        cells: Cells = {}
        exp: dict[str, object] = {}
        ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]

        draw = rng.random()
        if partial_ok and draw < _P_QUARTER:
            cells["event_date"] = self.quarter(ts, rng)
            exp["event_date"] = ts.to_period("Q").start_time
            exp["date_precision"] = "quarter"
            tags.append("partial_quarter")
        elif partial_ok and draw < _P_QUARTER + _P_MONTH:
            cells["event_date"] = self.month(ts, rng)
            exp["event_date"] = ts.to_period("M").start_time
            exp["date_precision"] = "month"
            tags.append("partial_month")
        else:
            cells["event_date"] = self.day(ts, rng, tags)
            exp["event_date"] = ts
            exp["date_precision"] = "day"

        crime = str(ev["crime_type"])
        cells["crime_type"] = self.text(src, choice(rng, self.crime[crime]), rng, tags)
        exp["crime_type"] = crime
        expl = ev["exploitation"]
        if expl is None:
            cells["exploitation"] = self.exploit_na[int(rng.integers(len(self.exploit_na)))]
        else:
            cells["exploitation"] = self.text(src, choice(rng, self.exploit[str(expl)]), rng, tags)
        exp["exploitation"] = expl

        n = int(ev["n_persons"])  # type: ignore[call-overload]
        if rng.random() < _P_COUNT_PH:
            cells["n_persons"] = choice(rng, self.count_ph)
            exp["n_persons"] = None
            tags.append("count_placeholder")
        else:
            cells["n_persons"] = self.count(n, rng, tags, ev)
            exp["n_persons"] = n

        k = int(ev["n_suspects"])  # type: ignore[call-overload]
        if forced_blank == "n_suspects":
            cells["n_suspects"] = None
            exp["n_suspects"] = None
            tags.append("blank_n_suspects")
        elif rng.random() < _P_SUSP_PH:
            cells["n_suspects"] = choice(rng, self.susp_ph)
            exp["n_suspects"] = None
            tags.append("suspects_placeholder")
        elif k == 0 and rng.random() < _P_ZERO_WORD:
            cells["n_suspects"] = choice(rng, self.zero)
            exp["n_suspects"] = 0
            tags.append("zero_word")
        else:
            cells["n_suspects"] = self.suspects(k, rng, tags, ev)
            exp["n_suspects"] = k

        gender = str(ev["gender"])
        if forced_blank == "gender":
            cells["gender"] = None
            exp["gender"] = "unknown"
            tags.append("blank_gender")
        else:
            cells["gender"] = self.text(src, choice(rng, self.gender[gender]), rng, tags)
            exp["gender"] = gender

        age = str(ev["age_group"])
        if rng.random() < _P_NA_AGE:
            cells["age_group"] = choice(rng, self.na_age)
            exp["age_group"] = "unknown"
            tags.append("na_word")
        else:
            cells["age_group"] = self.text(src, choice(rng, self.age[age]), rng, tags)
            exp["age_group"] = age

        nat = str(ev["nationality"])
        if forced_blank == "nationality":
            cells["nationality"] = None
            exp["nationality"] = None
            tags.append("blank_nationality")
        else:
            cells["nationality"] = self.text(src, self.nationality(nat, rng, tags), rng, tags)
            exp["nationality"] = nat
        for col in ("origin_country", "destination_country"):
            code = str(ev[col])
            cells[col] = self.text(src, self.country(code, rng, tags), rng, tags)
            exp[col] = code
        det = str(ev["detection_country"])
        if forced_blank == "detection_country":
            cells["detection_country"] = None
            exp["detection_country"] = None
            tags.append("blank_detection_country")
        else:
            place = str(ev["hotspot"])
            cells["detection_country"] = self.text(
                src, self.detection(det, place, rng, tags), rng, tags
            )
            exp["detection_country"] = det

        transit = ev["transit_countries"]
        if transit is None:
            cells["transit_countries"] = self.transit_none[
                int(rng.integers(len(self.transit_none)))
            ]
        else:
            cells["transit_countries"] = self.transit(str(transit).split("|"), rng, tags)
        exp["transit_countries"] = transit

        mode = str(ev["transport_mode"])
        if rng.random() < _P_NA_MODE:
            cells["transport_mode"] = choice(rng, self.na_mode)
            exp["transport_mode"] = "unknown"
            tags.append("na_word")
        else:
            words = self.mode_on.get((str(ev["corridor"]), mode), self.mode[mode])
            cells["transport_mode"] = self.text(src, choice(rng, words), rng, tags)
            exp["transport_mode"] = mode

        draw = rng.random()
        if forced_blank == "coordinates":
            cells.update(self.coord_cells(None))
            exp["lat"] = exp["lon"] = None
            tags.append("blank_coordinates")
        elif draw < _P_COORD_PH:
            cells.update(self.coord_cells(choice(rng, self.coord_ph)))
            exp["lat"] = exp["lon"] = None
            tags.append("coords_placeholder")
        elif draw < _P_COORD_PH + _P_COORD_BLANK:
            cells.update(self.coord_cells(None))
            exp["lat"] = exp["lon"] = None
            tags.append("coords_missing")
        else:
            coord_cells, lat, lon = self.coords(float(ev["lat"]), float(ev["lon"]), rng, tags)  # type: ignore[arg-type]
            cells.update(coord_cells)
            exp["lat"], exp["lon"] = round(lat, 6), round(lon, 6)

        linked = ev["linked_offences"]
        if linked is None:
            cells["linked_offences"] = self.linked_none[int(rng.integers(len(self.linked_none)))]
        else:
            offences = [choice(rng, self.linked[o]) for o in str(linked).split("|")]
            cells["linked_offences"] = choice(rng, self.linked_sep).join(offences)
        exp["linked_offences"] = linked
        return cells, exp, tags

    def text(self, src: _Source, text: str, rng: _Rng, tags: list[str]) -> str:
        """Return ``text``, garbled now and then where the source garbles text."""
        return text


class _FrenchWriter(_Writer):
    """A French-writing source that sometimes garbles its accents."""

    mojibake_rate = _P_MOJIBAKE

    def text(self, src: _Source, text: str, rng: _Rng, tags: list[str]) -> str:
        """Return ``text``, now and then as UTF-8 read as cp1252 (``GrÃ¨ce``)."""
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src) and rng.random() < self.mojibake_rate:
            if "mojibake" not in tags:
                tags.append("mojibake")
            return garbled
        return text

    @staticmethod
    def fr_day(ts: pd.Timestamp, *, abbr: bool) -> str:
        """``1er avril 2022`` or ``12 janv. 2022``."""
        day = "1er" if ts.day == 1 else str(ts.day)
        months = _FR_ABBR if abbr else _FR_MONTHS
        return f"{day} {months[ts.month - 1]} {ts.year}"


class _DnltWriter(_FrenchWriter):
    """Sénégal DNLT: day-first dates, pirogues, DMS positions with ``O`` for west."""

    count_ph = ("ND", "inconnu", "non déterminé")
    susp_ph = ("inconnu", "ND")
    zero = ("néant", "aucun", "Néant")
    coord_ph = ("non relevé", "position non relevée")
    na_age = ("non précisé", "indéterminé")
    na_mode = ("non précisé",)
    exploit_na = (None, "sans objet", "s.o.", None)
    transit_none = (None, "néant", "traversée directe")
    linked_none = (None, None, "néant")
    crime = {  # noqa: RUF012
        "smuggling": (
            "Trafic illicite de migrants (art. 4 loi 2005-06)",
            "Trafic illicite de migrants",
            "TIM",
            "Organisation d'émigration clandestine",
            "Association de malfaiteurs et trafic de migrants",
        ),
        "trafficking": (
            "Traite des personnes (art. 1er loi 2005-06)",
            "Traite des personnes",
            "Traite d'êtres humains",
        ),
        "both": (
            "Traite des personnes et trafic illicite de migrants (loi 2005-06)",
            "Traite + trafic de migrants",
            "TIM et traite des personnes",
        ),
    }
    exploit = {  # noqa: RUF012
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme d'exploitation", "autre"),
    }
    gender = {  # noqa: RUF012
        "male": ("hommes", "H", "masculin"),
        "female": ("femmes", "F", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    }
    age = {  # noqa: RUF012
        "adult": ("majeurs", "adultes", "majeur"),
        "child": ("mineurs", "mineur", "enfants"),
        "mixed": ("majeurs et mineurs", "mixte", "majeurs + mineurs"),
    }
    mode = {  # noqa: RUF012
        "sea": ("pirogue", "pirogue motorisée", "cayuco", "embarcation pneumatique"),
        "land": ("voie terrestre", "véhicule", "camion", "à pied"),
        "air": ("voie aérienne", "vol commercial", "avion"),
    }
    mode_on = {  # noqa: RUF012
        ("watl", "sea"): ("pirogue", "pirogue motorisée", "cayuco", "voie maritime"),
        ("wmed", "sea"): ("patera", "embarcation pneumatique", "zodiac"),
        ("wmed", "land"): ("à pied", "franchissement de la clôture", "voie terrestre"),
        ("thb_rou_esp", "land"): ("autocar", "véhicule", "voie terrestre"),
    }
    linked = {  # noqa: RUF012
        "document_fraud": ("faux et usage de faux", "fraude documentaire"),
        "corruption": ("corruption", "corruption d'agent public"),
        "money_laundering": ("blanchiment de capitaux", "blanchiment d'argent"),
        "illicit_goods": ("trafic de stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme", "actes de terrorisme"),
    }
    linked_sep = (", ", " + ")

    def day(self, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
        """``12/03/2022`` mostly; ``12-03-2022``, ``12/03/22``, ``1er avril 2022``."""
        style = rng.random()
        if style < 0.5:
            return ts.strftime("%d/%m/%Y")
        if style < 0.6:
            return ts.strftime("%d-%m-%Y")
        if style < 0.7:
            tags.append("two_digit_year")
            return ts.strftime("%d/%m/%y")
        tags.append("month_name")
        return self.fr_day(ts, abbr=style < 0.82)

    def month(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """``mars 2022``, ``courant mars 2022`` or ``03/2022``."""
        return choice(
            rng,
            (
                f"{_FR_MONTHS[ts.month - 1]} {ts.year}",
                f"courant {_FR_MONTHS[ts.month - 1]} {ts.year}",
                ts.strftime("%m/%Y"),
            ),
        )

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """``1er trimestre 2022`` or ``T2/2022``."""
        q = _quarter(ts)
        return choice(rng, (f"{_FR_QUARTER[q - 1]} trimestre {ts.year}", f"T{q}/{ts.year}"))

    def count(self, n: int, rng: _Rng, tags: list[str], ev: dict[str, object]) -> object:
        """Plain, with a (no-break) space between thousands, or with a unit."""
        if n >= 1000:
            tags.append("thousands_sep")
            return _sep_thousands(n, choice(rng, ("\u00a0", " ")))
        if rng.random() < 0.06:
            tags.append("count_unit")
            return f"{n} pers."
        return str(n)

    def suspects(self, n: int, rng: _Rng, tags: list[str], ev: dict[str, object]) -> object:
        """Return the count, now and then with who it includes (``2 (dont le capitaine)``)."""
        if n >= 1 and ev["transport_mode"] == "sea" and rng.random() < 0.1:
            tags.append("suspects_note")
            return f"{n} (dont le capitaine)"
        return str(n)

    def nationality(self, code: str, rng: _Rng, tags: list[str]) -> str:
        """Feminine demonym (``sénégalaise``), capitalised now and then."""
        if code in _FR_DEMONYM and rng.random() < 0.85:
            word = _FR_DEMONYM[code][1]
            return word[0].upper() + word[1:] if rng.random() < 0.4 else word
        tags.append("country_as_nationality")
        return choice(rng, _FR_NAME[code])

    def country(self, code: str, rng: _Rng, tags: list[str]) -> str:
        """French country name, or an alias (``RCI``, ``Angleterre``)."""
        return choice(rng, _FR_NAME[code])

    def detection(self, code: str, place: str, rng: _Rng, tags: list[str]) -> str:
        """``Espagne``, ``Espagne (El Hierro)`` or ``Espagne - Îles Canaries``."""
        name = _FR_NAME[code][0]
        local = _PLACES["fr"].get(place)
        draw = rng.random()
        if local is not None and draw < 0.35:
            tags.append("place_in_country")
            return f"{name} ({local})"
        if code == "ESP" and place in ("El Hierro", "Gran Canaria", "Tenerife", "Lanzarote"):
            if draw < 0.5:
                tags.append("place_in_country")
                return f"{name} - Îles Canaries"
        return name

    def transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> str:
        """``Mauritanie - Maroc`` or ``Mauritanie, Maroc``."""
        names = [_FR_NAME[c][0] for c in codes]
        return choice(rng, (" - ", ", ")).join(names)

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[Cells, float, float]:
        """``27°48'12"N 17°54'30"O`` or ``27,80333 / -17,90833``."""
        if rng.random() < 0.7:
            tags.append("coords_dms")
            west = "O" if rng.random() < 0.8 else "W"
            lat_text, lat_v = _dms(lat, "N", "S")
            lon_text, lon_v = _dms(lon, "E", west)
            return {"coordinates": f"{lat_text} {lon_text}"}, lat_v, lon_v
        tags.append("coords_decimal_comma")
        la, lo = round(lat, 5), round(lon, 5)
        text = f"{la:.5f} / {lo:.5f}".replace(".", ",")
        return {"coordinates": text}, la, lo

    def coord_cells(self, value: object) -> Cells:
        """One ``Position GPS`` cell."""
        return {"coordinates": value}


class _SfaxWriter(_FrenchWriter):
    """Garde nationale, district maritime de Sfax: an XLSX kept by hand."""

    mojibake_rate = 0.0
    count_ph = ("non dénombré", "ND")
    susp_ph = ("ND",)
    zero = ("néant", "aucun passeur")
    coord_ph = ("non relevée",)
    na_age = ("non précisé",)
    na_mode = ("non précisé",)
    exploit_na = (None, "-", None)
    transit_none = (None, "départ direct")
    linked_none = (None,)
    crime = {  # noqa: RUF012
        "smuggling": (
            "Organisation de passages clandestins (loi 2004-6)",
            "Trafic de migrants",
            "Aide au franchissement clandestin des frontières",
            "Passage clandestin organisé (loi n° 2004-6)",
        ),
        "trafficking": (
            "Traite des personnes (LO 2016-61)",
            "Traite des personnes",
            "Traite d'êtres humains (loi organique 2016-61)",
        ),
        "both": (
            "Traite des personnes + passage clandestin",
            "Traite (LO 2016-61) et trafic de migrants (L. 2004-6)",
        ),
    }
    exploit = {  # noqa: RUF012
        "sexual": ("Exploitation sexuelle", "Sexuelle"),
        "forced_labour": ("Travail forcé", "Exploitation économique (travail forcé)"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    }
    gender = {  # noqa: RUF012
        "male": ("Hommes", "Masculin", "HOMMES"),
        "female": ("Femmes", "Féminin", "FEMMES"),
        "mixed": ("Mixte", "H+F", "Hommes et femmes"),
    }
    age = {  # noqa: RUF012
        "adult": ("Adultes", "Majeurs"),
        "child": ("Mineurs", "Enfants"),
        "mixed": ("Adultes + mineurs", "Mixte"),
    }
    mode = {  # noqa: RUF012
        "sea": (
            "Embarcation métallique",
            "Barque en bois",
            "Bateau pneumatique",
            "Chalutier",
            "Voie maritime",
        ),
        "land": ("Voie terrestre", "Véhicule"),
        "air": ("Voie aérienne", "Avion"),
    }
    mode_on = {  # noqa: RUF012
        ("thb_nga_ita", "sea"): ("Voie maritime", "Barque en bois"),
        ("thb_rou_esp", "sea"): ("Voie maritime",),
    }
    linked = {  # noqa: RUF012
        "document_fraud": ("Faux documents", "Falsification de passeports"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment d'argent",),
        "illicit_goods": ("Contrebande", "Trafic de stupéfiants"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    }
    linked_sep = (" / ",)

    def day(self, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
        """Return an Excel date, a bare Excel serial number or day-first text."""
        style = rng.random()
        if style < 0.45:
            return ts.to_pydatetime()
        if style < 0.65:
            tags.append("excel_serial")
            return int((ts - pd.Timestamp("1899-12-30")).days)
        if style < 0.9:
            return ts.strftime("%d/%m/%Y")
        return ts.strftime("%d-%m-%Y")

    def month(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """``03/2022`` or ``mars 2022``."""
        return choice(rng, (ts.strftime("%m/%Y"), f"{_FR_MONTHS[ts.month - 1]} {ts.year}"))

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """``T2 2022`` or ``2ème trimestre 2022``."""
        q = _quarter(ts)
        ordinal = "1er" if q == 1 else f"{q}ème"
        return choice(rng, (f"T{q} {ts.year}", f"{ordinal} trimestre {ts.year}"))

    def count(self, n: int, rng: _Rng, tags: list[str], ev: dict[str, object]) -> object:
        """Return a number; now and then text, with the minors among them."""
        draw = rng.random()
        if ev["age_group"] == "mixed" and n >= 5 and draw < 0.08:
            tags.append("count_note")
            return f"{n} (dont {max(1, n // 5)} mineurs)"
        if draw < 0.15:
            tags.append("count_as_text")
            return str(n)
        return n

    def suspects(self, n: int, rng: _Rng, tags: list[str], ev: dict[str, object]) -> object:
        """Return a number."""
        return n

    def nationality(self, code: str, rng: _Rng, tags: list[str]) -> str:
        """Masculine demonym, capitalised, in capitals or padded now and then."""
        if code not in _FR_DEMONYM:
            return _FR_NAME[code][0]
        word = _FR_DEMONYM[code][0]
        word = word[0].upper() + word[1:]
        return self._case(word, rng, tags)

    def country(self, code: str, rng: _Rng, tags: list[str]) -> str:
        """French country name, in capitals or padded now and then."""
        return self._case(_FR_NAME[code][0], rng, tags)

    def detection(self, code: str, place: str, rng: _Rng, tags: list[str]) -> str:
        """``Italie``, ``Italie (Lampedusa)`` or ``ITA``."""
        draw = rng.random()
        local = _PLACES["fr"].get(place)
        if local is not None and draw < 0.3:
            tags.append("place_in_country")
            return f"{_FR_NAME[code][0]} ({local})"
        if draw < 0.4:
            tags.append("iso3")
            return code
        return self.country(code, rng, tags)

    def transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> str:
        """``Libye / Tunisie`` or ``Niger, Libye``."""
        return choice(rng, (" / ", ", ")).join(_FR_NAME[c][0] for c in codes)

    @staticmethod
    def _case(word: str, rng: _Rng, tags: list[str]) -> str:
        draw = rng.random()
        if draw < 0.15:
            tags.append("upper_case")
            return word.upper()
        if draw < 0.22:
            tags.append("padded")
            return f"{word} "
        return word

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[Cells, float, float]:
        """Numbers, or sea-chart degrees and decimal minutes (``35°31,25'N``)."""
        if rng.random() < 0.5:
            return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)
        tags.append("coords_ddm")
        lat_text, lat_v = _ddm(lat, "N", "S", width=2)
        lon_text, lon_v = _ddm(lon, "E", "W", width=3)
        return {"lat": lat_text, "lon": lon_text}, lat_v, lon_v


class _NisWriter(_Writer):
    """Nigeria Immigration Service liaison desk, London: a UK-style English sheet."""

    count_ph = ("N/K", "not known", "Unknown")
    susp_ph = ("N/K",)
    zero = ("Nil", "None", "NIL")
    coord_ph = ("N/K",)
    na_age = ("Not recorded", "Unknown")
    na_mode = ("Not recorded",)
    exploit_na = ("N/A", None, "n/a")
    transit_none = ("Direct", None, "N/A")
    linked_none = (None, None, "Nil")
    crime = {  # noqa: RUF012
        "smuggling": (
            "Facilitation - s.25 Immigration Act 1971",
            "Assisting unlawful immigration (s.25 IA 1971)",
            "People smuggling",
            "Migrant smuggling",
        ),
        "trafficking": (
            "Human trafficking - s.2 MSA 2015",
            "Trafficking in persons",
            "Human trafficking",
        ),
        "both": (
            "s.25 IA 1971 & s.2 MSA 2015",
            "People smuggling + human trafficking",
            "Smuggling & trafficking",
        ),
    }
    exploit = {  # noqa: RUF012
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting", "Removal of organs"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    }
    gender = {  # noqa: RUF012
        "male": ("Male", "M", "Males"),
        "female": ("Female", "F", "Females"),
        "mixed": ("Mixed", "M/F", "Both sexes"),
    }
    age = {  # noqa: RUF012
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "Minors", "Under 18"),
        "mixed": ("Adults & minors", "Mixed"),
    }
    mode = {  # noqa: RUF012
        "sea": ("Small boat", "RHIB", "Inflatable dinghy", "Boat"),
        "land": ("HGV", "Lorry", "Car", "Coach", "Land"),
        "air": ("Flight", "Air", "Commercial flight"),
    }
    mode_on = {  # noqa: RUF012
        ("channel", "sea"): ("Small boat", "RHIB", "Inflatable dinghy", "Small boat"),
        ("channel", "land"): ("HGV", "Lorry", "Car", "Concealed in lorry"),
        ("thb_vnm_gbr", "land"): ("Lorry", "Coach", "Land", "Car"),
        ("thb_vnm_gbr", "sea"): ("Boat", "By sea"),
        ("thb_nga_ita", "sea"): ("Boat", "By sea"),
        ("thb_nga_ita", "land"): ("Land", "By road"),
    }
    linked = {  # noqa: RUF012
        "document_fraud": ("Document fraud", "False documents", "Forged passports"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Drug trafficking"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    }
    linked_sep = ("; ", " & ")

    def day(self, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
        """``14/03/2022``, ``14-Mar-2022``, ``14th March 2022``, ``14 Mar 22``."""
        style = rng.random()
        if style < 0.45:
            return ts.strftime("%d/%m/%Y")
        if style < 0.65:
            return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}"
        if style < 0.8:
            tags.append("month_name")
            return f"{_en_ordinal(ts.day)} {MONTHS[ts.month - 1]} {ts.year}"
        if style < 0.9:
            tags.append("two_digit_year")
            return f"{ts.day:02d} {MONTHS[ts.month - 1][:3]} {ts.year % 100:02d}"
        tags.append("two_digit_year")
        return ts.strftime("%d/%m/%y")

    def month(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """``March 2022`` or ``Mar-2022``."""
        name = MONTHS[ts.month - 1]
        return choice(rng, (f"{name} {ts.year}", f"{name[:3]}-{ts.year}"))

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """``Q2 2022`` or ``2022 Q2``."""
        q = _quarter(ts)
        return choice(rng, (f"Q{q} {ts.year}", f"{ts.year} Q{q}"))

    def count(self, n: int, rng: _Rng, tags: list[str], ev: dict[str, object]) -> object:
        """Thousands separated by commas."""
        if n >= 1000:
            tags.append("thousands_sep")
            return f"{n:,}"
        return str(n)

    def nationality(self, code: str, rng: _Rng, tags: list[str]) -> str:
        """English demonym, now and then the ISO alpha-3 code."""
        if rng.random() < 0.1:
            tags.append("iso3")
            return code
        return _EN_DEMONYM.get(code, _EN_NAME[code][0])

    def country(self, code: str, rng: _Rng, tags: list[str]) -> str:
        """English country name or alias (``UK``, ``Viet Nam``)."""
        return choice(rng, _EN_NAME[code])

    def detection(self, code: str, place: str, rng: _Rng, tags: list[str]) -> str:
        """``UK``, ``United Kingdom (Dover)``."""
        local = _PLACES["en"].get(place)
        if local is not None and rng.random() < 0.3:
            tags.append("place_in_country")
            return f"{_EN_NAME[code][0]} ({local})"
        return self.country(code, rng, tags)

    def transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> str:
        """``China > Russia > Poland``, ``via France``."""
        names = [_EN_NAME[c][0] for c in codes]
        if len(names) == 1 and rng.random() < 0.4:
            return f"via {names[0]}"
        return choice(rng, (" > ", ", ")).join(names)

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[Cells, float, float]:
        """``51.1245N`` / ``1.3124E`` (hemisphere letter) or signed decimals."""
        la, lo = round(lat, 4), round(lon, 4)
        if rng.random() < 0.6:
            tags.append("coords_hemisphere")
            lat_text = f"{abs(la):.4f}{'S' if la < 0 else 'N'}"
            lon_text = f"{abs(lo):.4f}{'W' if lo < 0 else 'E'}"
            return {"lat": lat_text, "lon": lon_text}, la, lo
        return {"lat": f"{la:.4f}", "lon": f"{lo:.4f}"}, la, lo


class _SreWriter(_Writer):
    """SRE consular protection: a Mexican case system exported as JSON lines."""

    count_ph = ("S/D", "N/D", "se desconoce")
    susp_ph = ("S/D", "se desconoce")
    zero = ("ninguno", "Ninguno", "NINGUNO")
    coord_ph = ("S/D",)
    na_age = ("No especificado", "S/D")
    na_mode = ("No especificado",)
    exploit_na = (None, "No aplica", "N/A")
    transit_none = (None, "Ninguno", "")
    linked_none = (None, None, "Ninguno")
    crime = {  # noqa: RUF012
        "smuggling": (
            "Tráfico de personas (art. 159 Ley de Migración)",
            "Tráfico de personas (art. 159 LM)",
            "Tráfico ilícito de migrantes",
            "Tráfico de indocumentados",
        ),
        "trafficking": (
            "Trata de personas (art. 10 LGPSEDMTP)",
            "Trata de personas",
            "TRATA DE PERSONAS",
        ),
        "both": (
            "Trata de personas y tráfico ilícito de migrantes",
            "Trata de personas / tráfico de personas (art. 159 LM)",
        ),
    }
    exploit = {  # noqa: RUF012
        "sexual": ("explotación sexual", "Explotación sexual"),
        "forced_labour": ("trabajos forzados", "explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("utilización en actividades delictivas", "actividades delictivas"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzoso", "matrimonio forzado"),
        "other": ("otra", "otras formas de explotación"),
    }
    gender = {  # noqa: RUF012
        "male": ("Hombre", "Hombres", "H", "HOMBRE"),
        "female": ("Mujer", "Mujeres", "M", "MUJER"),
        "mixed": ("Mixto", "Ambos sexos", "H y M"),
    }
    age = {  # noqa: RUF012
        "adult": ("Adultos", "Adulto", "Mayores de edad"),
        "child": ("NNA", "Menores de edad", "Menores"),
        "mixed": ("Adultos y NNA", "Mixto"),
    }
    mode = {  # noqa: RUF012
        "sea": ("marítimo", "lancha", "embarcación"),
        "land": ("terrestre", "a pie", "tractocamión", "autobús", "TERRESTRE"),
        "air": ("aéreo", "vuelo comercial"),
    }
    mode_on = {  # noqa: RUF012
        ("darien", "land"): ("a pie", "terrestre", "a pie por la selva", "A PIE"),
        ("us_mex", "land"): (
            "tractocamión",
            "autobús",
            "terrestre",
            "a pie",
            "caja seca de tractocamión",
            "TERRESTRE",
        ),
    }
    linked = {  # noqa: RUF012
        "document_fraud": ("falsificación de documentos", "uso de documento falso"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": (
            "operaciones con recursos de procedencia ilícita",
            "lavado de dinero",
        ),
        "illicit_goods": ("delitos contra la salud", "narcotráfico", "contrabando"),
        "cybercrime": ("delitos cibernéticos",),
        "terrorism": ("terrorismo",),
    }
    linked_sep = (", ", " y ")

    def day(self, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
        """ISO, ``14/03/2022``, ``14-mar-2022``, ``14 de marzo de 2022``, ``14/MAR/2022``."""
        style = rng.random()
        if style < 0.4:
            return ts.strftime("%Y-%m-%d")
        if style < 0.7:
            return ts.strftime("%d/%m/%Y")
        tags.append("month_name")
        if style < 0.8:
            return f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}"
        if style < 0.95:
            return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
        return f"{ts.day:02d}/{_ES_ABBR[ts.month - 1].upper()}/{ts.year}"

    def month(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """``marzo de 2022``, ``2022-03`` or ``marzo 2022``."""
        name = _ES_MONTHS[ts.month - 1]
        return choice(rng, (f"{name} de {ts.year}", ts.strftime("%Y-%m"), f"{name} {ts.year}"))

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """``1er. trimestre 2022``, ``T1-2022`` or ``primer trimestre de 2022``."""
        q = _quarter(ts)
        return choice(
            rng,
            (
                f"{_ES_QUARTER[q - 1]} trimestre {ts.year}",
                f"T{q}-{ts.year}",
                f"{_ES_QUARTER_WORD[q - 1]} trimestre de {ts.year}",
            ),
        )

    def count(self, n: int, rng: _Rng, tags: list[str], ev: dict[str, object]) -> object:
        """Return a JSON number mostly; text with comma thousands or ``personas``."""
        draw = rng.random()
        if n >= 1000 and draw < 0.6:
            tags.append("thousands_sep")
            return f"{n:,}"
        if draw < 0.05:
            tags.append("count_unit")
            return f"{n} personas"
        if draw < 0.25:
            tags.append("count_as_text")
            return str(n)
        return n

    def suspects(self, n: int, rng: _Rng, tags: list[str], ev: dict[str, object]) -> object:
        """Return a JSON number, now and then text."""
        return str(n) if rng.random() < 0.2 else n

    def nationality(self, code: str, rng: _Rng, tags: list[str]) -> str:
        """Feminine demonym, in capitals without accents, or ISO alpha-2."""
        draw = rng.random()
        if draw < 0.1:
            tags.append("iso2")
            return iso_codes(code)[0]
        word = _ES_DEMONYM.get(code, _ES_NAME[code][0])
        if draw < 0.35:
            tags.append("upper_no_accents")
            return _strip_accents(word).upper()
        return word

    def country(self, code: str, rng: _Rng, tags: list[str]) -> str:
        """Spanish country name or alias (``EUA``), in capitals now and then."""
        name = choice(rng, _ES_NAME[code])
        if rng.random() < 0.2:
            tags.append("upper_no_accents")
            return _strip_accents(name).upper()
        return name

    def detection(self, code: str, place: str, rng: _Rng, tags: list[str]) -> str:
        """``Estados Unidos``, ``EUA (El Paso, Texas)``, ``Panamá (Bajo Chiquito, Darién)``."""
        local = _PLACES["es"].get(place)
        if local is not None and rng.random() < 0.3:
            tags.append("place_in_country")
            return f"{choice(rng, _ES_NAME[code])} ({local})"
        return self.country(code, rng, tags)

    def transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> str:
        """``Guatemala, México``, ``Ecuador y Colombia`` or ``Guatemala/México``."""
        names = [_ES_NAME[c][0] for c in codes]
        if len(names) > 1 and rng.random() < 0.4:
            return ", ".join(names[:-1]) + " y " + names[-1]
        return choice(rng, (", ", "/")).join(names)

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[Cells, float, float]:
        """``31.75870 N, 106.48690 O`` (oeste) or ``31.75870, -106.48690``."""
        la, lo = round(lat, 5), round(lon, 5)
        if rng.random() < 0.55:
            tags.append("coords_hemisphere")
            lat_h = "S" if la < 0 else "N"
            lon_h = "O" if lo < 0 else "E"
            text = f"{abs(la):.5f} {lat_h}, {abs(lo):.5f} {lon_h}"
        else:
            text = f"{la:.5f}, {lo:.5f}"
        return {"coordinates": text}, la, lo

    def coord_cells(self, value: object) -> Cells:
        """One ``coordenadas`` cell."""
        return {"coordinates": value}


class _DmsfWriter(_FrenchWriter):
    """Moroccan DMSF digest: codes, ``vecteur``, decimal commas."""

    count_ph = ("n.c.", "NC", "inconnu")
    susp_ph = ("n.c.",)
    zero = ("néant", "0 (néant)")
    coord_ph = ("n.c.",)
    na_age = ("non renseigné",)
    na_mode = ("non renseigné",)
    exploit_na = (None, "—", None)
    transit_none = (None, "—")
    linked_none = (None, "—")
    crime = {  # noqa: RUF012
        "smuggling": (
            "Trafic de migrants (loi 02-03)",
            "Organisation de l'émigration clandestine (art. 52 loi 02-03)",
            "Réseau de trafic de migrants",
            "TIM",
        ),
        "trafficking": (
            "Traite des êtres humains (loi 27-14)",
            "TEH",
            "Traite des personnes",
        ),
        "both": (
            "TEH + trafic de migrants",
            "Traite et trafic de migrants (lois 27-14 et 02-03)",
        ),
    }
    exploit = {  # noqa: RUF012
        "sexual": ("exploitation sexuelle", "sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("activités criminelles forcées", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    }
    gender = {  # noqa: RUF012
        "male": ("masculin", "masc.", "hommes"),
        "female": ("féminin", "fém.", "femmes"),
        "mixed": ("mixte", "hommes/femmes"),
    }
    age = {  # noqa: RUF012
        "adult": ("adulte", "adultes", "majeurs"),
        "child": ("mineur", "mineurs"),
        "mixed": ("mixte", "adultes/mineurs"),
    }
    mode = {  # noqa: RUF012
        "sea": ("maritime", "vecteur maritime", "zodiac", "embarcation"),
        "land": ("terrestre", "vecteur terrestre", "camion", "à pied"),
        "air": ("aérien", "vecteur aérien"),
    }
    linked = {  # noqa: RUF012
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent",),
        "illicit_goods": ("trafic de drogue", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    }
    linked_sep = (", ",)

    def day(self, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
        """ISO, ``14/03/2022``, ``14.03.2022`` or ``14 mars 2022``."""
        style = rng.random()
        if style < 0.3:
            return ts.strftime("%Y-%m-%d")
        if style < 0.7:
            return ts.strftime("%d/%m/%Y")
        if style < 0.85:
            return ts.strftime("%d.%m.%Y")
        tags.append("month_name")
        return self.fr_day(ts, abbr=False)

    def month(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """``03/2022`` or ``mars 2022``."""
        return choice(rng, (ts.strftime("%m/%Y"), f"{_FR_MONTHS[ts.month - 1]} {ts.year}"))

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """``T1 2022`` or ``1er trim. 2022``."""
        q = _quarter(ts)
        return choice(rng, (f"T{q} {ts.year}", f"{_FR_QUARTER[q - 1]} trim. {ts.year}"))

    def count(self, n: int, rng: _Rng, tags: list[str], ev: dict[str, object]) -> object:
        """Plain, or a space between thousands."""
        if n >= 1000 and rng.random() < 0.6:
            tags.append("thousands_sep")
            return _sep_thousands(n, " ")
        return str(n)

    def nationality(self, code: str, rng: _Rng, tags: list[str]) -> str:
        """ISO alpha-3 code, French country name or feminine demonym."""
        draw = rng.random()
        if draw < 0.45:
            tags.append("iso3")
            return code
        if draw < 0.8 or code not in _FR_DEMONYM:
            tags.append("country_as_nationality")
            return _FR_NAME[code][0]
        return _FR_DEMONYM[code][1]

    def country(self, code: str, rng: _Rng, tags: list[str]) -> str:
        """French country name, or the ISO alpha-3 code."""
        if rng.random() < 0.3:
            tags.append("iso3")
            return code
        return choice(rng, _FR_NAME[code])

    def detection(self, code: str, place: str, rng: _Rng, tags: list[str]) -> str:
        """``Grèce``, ``GRC`` or ``Grèce (Lesbos)``."""
        local = _PLACES["fr"].get(place)
        if local is not None and rng.random() < 0.25:
            tags.append("place_in_country")
            return f"{_FR_NAME[code][0]} ({local})"
        return self.country(code, rng, tags)

    def transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> str:
        """Return a chain of codes (``TUR-BGR-SRB``) or names (``Turquie > Bulgarie``)."""
        if rng.random() < 0.5:
            tags.append("iso3_chain")
            return "-".join(codes)
        return " > ".join(_FR_NAME[c][0] for c in codes)

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[Cells, float, float]:
        """Decimal degrees with a decimal comma (now and then a point)."""
        la, lo = round(lat, 4), round(lon, 4)
        if rng.random() < 0.8:
            tags.append("coords_decimal_comma")
            return (
                {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")},
                la,
                lo,
            )
        return {"lat": f"{la:.4f}", "lon": f"{lo:.4f}"}, la, lo


_WRITERS: dict[str, _Writer] = {
    "dnlt": _DnltWriter(),
    "sfax": _SfaxWriter(),
    "nis": _NisWriter(),
    "sre": _SreWriter(),
    "dmsf": _DmsfWriter(),
}


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, dict[str, object], list[str]]:
    return _WRITERS[src.key].render(src, ev, rng, partial_ok=partial_ok, forced_blank=forced_blank)


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return no date, an impossible one (``31/04/2022``) or one a century ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
        if src.key in ("dnlt", "dmsf") and rng.random() < 0.3:
            return f"{day} {_FR_MONTHS[month - 1]} {ts.year}"
        if src.key == "sre":
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    ahead = pd.Timestamp(year=ts.year + 100, month=ts.month, day=min(ts.day, 28))
    draw = rng.random()
    if src.key == "sfax" and draw < 0.5:
        return ahead.to_pydatetime()
    if src.key == "sre" or (src.key == "dmsf" and draw < 0.3):
        return ahead.strftime("%Y-%m-%d")
    return ahead.strftime("%d/%m/%Y")


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Return the date written on the note row: the day the table was closed."""
    if src.key == "sfax":
        return last.to_pydatetime()
    if src.key == "dmsf":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[_Source] = Examiner(
    sources=BLIND73_SOURCES,
    primary={
        "ESP": _DNLT.source,
        "ITA": _SFAX.source,
        "GBR": _NIS.source,
        "FRA": _NIS.source,
        "USA": _SRE.source,
        "PAN": _SRE.source,
    },
    compilation=_DMSF.source,
    secondary={
        ("watl", "ESP"): _DMSF.source,
        ("wmed", "ESP"): _DMSF.source,
        ("cmed", "ITA"): _DMSF.source,
        ("thb_nga_ita", "ITA"): _NIS.source,
        ("channel", "GBR"): _DMSF.source,
        ("channel", "FRA"): _DMSF.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=7373,
    blank_share=0.35,
)


def make_blind73(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind73`` examiner set (files ``*_bw.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        The DNLT (Sénégal), Garde nationale Sfax, NIS London, SRE (México) and DMSF
        (Maroc) submissions, in that order, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind73(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dnlt_senegal_bw.csv', 'garde_nationale_sfax_bw.xlsx', 'nis_liaison_london_bw.csv',
     'sre_proteccion_consular_bw.jsonl', 'dmsf_maroc_bw.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
