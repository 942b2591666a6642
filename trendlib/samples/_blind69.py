"""Examiner set ``blind69``: five research, journalism and court sources (files ``*_bs.*``).

A held-out sample set written without looking at the cleaner. The five sources are the
kind of secondary collections an analyst is handed besides police files: a think tank's
incident tracker, a journalists' foundation's spreadsheet, a Latin-American court
registry extract, a university research lab's database and a university law clinic's
case database. Each keeps its own headers, dates, country spellings, legal references,
transport words and placeholders, written here from how such collections look.

``ispi_med_tracker_bs.csv`` -- think-tank incident tracker (ISPI-style, Milan)
    English, UTF-8, ``,``. Reports the detections in Italy and Greece, and second reports
    of western-Mediterranean (Spain) and Balkan-route (Croatia) events. Headers such as
    ``Incident ID``, ``Persons (no.)``, ``Country of interception/landing``,
    ``Lat (WGS84)``. Dates day-first ``14/03/2022``, ``14 Mar 2022`` or ISO; partial dates
    ``Mar 2022``, ``03/2022`` (month) and ``Q1 2022`` (quarter). Crime types with Italian
    legal references (``art. 12 TUI`` for smuggling, ``art. 601 c.p.`` for trafficking)
    on Italian rows; ``SoM``/``THB`` abbreviations. English country names, sometimes ISO
    alpha-2 codes (``IT``, ``GR``) in the detection column, demonyms for nationality.
    Thousands written ``1,234``; coordinates in decimal degrees, some with a ``°`` sign,
    ``n/a`` when unknown. Counts ``n/k`` / ``unknown`` when not known; ``several``,
    ``dozens`` are unreadable counts. A methodological note row and a ``TOTAL`` row.

``porcausa_fronteras_bs.xlsx`` -- journalists' foundation dataset (porCausa-style)
    Spanish spreadsheet. Reports the detections in Spain. Dates as real Excel dates,
    bare Excel serial numbers (``44634``), text ``14/03/2022`` or ``14 mar. 2022``;
    partial dates ``marzo 2022``, ``03/2022`` (month), ``2022T1`` and ``primer trimestre
    de 2022`` (quarter). Crime types with Spanish Penal Code articles (``art. 318 bis CP``
    smuggling, ``art. 177 bis CP`` trafficking). Spanish country names, gendered
    demonyms (``marroquí``, ``senegalesa``), a few mojibake cells (``TÃºnez``) pasted
    from a badly decoded CSV. Coordinates in one column as copied from Google Maps
    (``28.12345, -15.43210`` or ``28°07'24.4"N 15°25'55.6"W``), blank when unknown.
    Transport words of the Spanish coasts (``cayuco``, ``patera``, ``neumática``,
    ``narcolancha``, ``moto de agua``). Counts are numbers, large ones sometimes text
    ``1.234``; ``s/d`` / ``sin datos`` when not known, ``varios`` / ``decenas``
    unreadable; ``ninguno`` for no arrest. Some rows re-sent (exact repeats).

``oj_panama_causas_bs.csv`` -- Panamanian court registry extract (Órgano Judicial, SPA)
    Spanish, cp1252, ``;``, CRLF. Reports the detections in Panama (Darién). Upper-case
    headers (``N° CARPETA``, ``FECHA DEL HECHO``, ``N° IMPUTADOS``, ``DESPACHO``), many
    upper-case values, some with accents dropped (``PANAMA``, ``MEXICO``). Dates
    ``14/03/2022``, ``14-03-2022``, ``14 de marzo de 2022``, ``4/3/22``; partial dates
    ``marzo de 2022`` (month). Legal style counts ``DOCE (12)``; thousands ``1,234``
    (Panama writes numbers the US way). Crime ``TRÁFICO ILÍCITO DE MIGRANTES`` /
    ``TRATA DE PERSONAS (Ley 79 de 2011)``. Coordinates from the police report in
    degrees-minutes-seconds with ``O`` (oeste) for west (``8°25'12.3" N, 77°41'08.9" O``)
    or decimal, ``NO CONSTA`` when unknown. Age ``NNA`` (niñas, niños y adolescentes)
    for children. ``NO CONSTA`` / ``POR DETERMINAR`` counts, ``VARIOS`` unreadable.
    ``TOTAL GENERAL`` row; some rows re-sent (exact repeats).

``migrinter_base_bs.csv`` -- university research lab database (MIGRINTER-style, France)
    French, UTF-16 (with BOM), tab-delimited: an Excel "Unicode text" export. Reports the
    detections in France and second reports of Channel and Vietnam-UK events in the UK.
    Bilingual headers ``Date des faits / Date``, ``Nb personnes / Persons``. Dates
    ``14/03/2022``, ``14 mars 2022`` (``1er mars 2022``), ``14.03.2022``,
    ``lundi 14 mars 2022``; partial dates ``mars 2022``, ``03/2022`` (month), ``T1 2022``,
    ``1er trimestre 2022`` (quarter). Smuggling under ``art. L622-1 CESEDA`` before
    May 2021 and ``art. L823-1 CESEDA`` after (the code was renumbered); trafficking
    ``art. 225-4-1 CP``, ``TEH``. French country names and nationality adjectives
    (``afghane``, ``Érythréen``). Decimal commas in coordinates (``50,95123``),
    thousands with a (narrow) no-break space, ``H``/``F`` sex, ``MNA`` for minors,
    ``PL`` (poids lourd) for lorries; ``NC`` / ``inconnu`` placeholders, ``plusieurs``
    unreadable, ``néant`` / ``aucun`` for no arrest.

``htsc_cases_bs.jsonl`` -- university law clinic case database (compilation)
    English keys in snake case, JSON lines, UTF-8. Reports every event not detected in
    the countries above (United States, United Kingdom, Croatia, Poland) and second
    reports of Mediterranean, Atlantic and Darién events. ISO 3166 alpha-3 codes (some
    legacy entries spelled out in English), transit countries as a JSON array, linked
    offences as a JSON array of words, location as WKT ``POINT (lon lat)``. Dates ISO,
    ``March 14, 2022`` or ``2022-03-14T00:00:00``; partial dates ``2022-03`` (month),
    ``2022-Q1`` (quarter). Statutes in the crime type (``8 U.S.C. § 1324``,
    ``18 U.S.C. § 1591``, ``Modern Slavery Act 2015, s.2``, ``Immigration Act 1971,
    s.25``). Counts are JSON numbers, ``undisclosed`` when not known; a ``NOTE`` record
    and a ``TOTAL`` record.
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["BLIND69_SOURCES", "BlindSource", "make_blind69"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class BlindSource(ExaminerSource):
    """A ``blind69`` source: the shared fields plus the key of its writing style.

    Attributes
    ----------
    key : str
        Short name of the source's style (``"ispi"``, ``"porcausa"``, ``"ojpa"``,
        ``"migrinter"``, ``"htsc"``).
    """

    key: str = ""


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_ISPI = BlindSource(
    source="ispi_med_tracker",
    filename="ispi_med_tracker_bs.csv",
    ref="ISPI-MED-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident ID",
        "event_date": "Date of event",
        "crime_type": "Typology",
        "exploitation": "Exploitation type (THB only)",
        "n_persons": "Persons (no.)",
        "n_suspects": "Alleged smugglers arrested",
        "gender": "Sex",
        "age_group": "Age cat.",
        "nationality": "Main nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country of interception/landing",
        "transit_countries": "Transit countries (in order)",
        "transport_mode": "Means of transport",
        "lat": "Lat (WGS84)",
        "lon": "Lon (WGS84)",
        "linked_offences": "Related offences",
    },
    note="Note: ISPI elaboration on UNHCR and national authorities' data; last month provisional",
    total="TOTAL",
    bad_count=("several", "dozens", "many"),
    repeats=False,
    key="ispi",
)
_PORCAUSA = BlindSource(
    source="porcausa_fronteras",
    filename="porcausa_fronteras_bs.xlsx",
    ref="PC-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "ID caso",
        "event_date": "Fecha",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Edad (mayor/menor)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas (lat, lon)",
        "linked_offences": "Otros delitos",
    },
    note=(
        "Nota: datos recopilados de notas de prensa de Salvamento Marítimo y Delegaciones "
        "del Gobierno; pendientes de verificar"
    ),
    total="TOTAL",
    bad_count=("varios", "decenas", "un grupo"),
    repeats=True,
    key="porcausa",
)
_OJPA = BlindSource(
    source="organo_judicial_pa",
    filename="oj_panama_causas_bs.csv",
    ref="{year}000{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "N° CARPETA",
        "court": "DESPACHO",
        "event_date": "FECHA DEL HECHO",
        "crime_type": "DELITO",
        "exploitation": "FINALIDAD (TRATA)",
        "n_persons": "N° VÍCTIMAS / MIGRANTES",
        "n_suspects": "N° IMPUTADOS",
        "gender": "SEXO VÍCTIMAS",
        "age_group": "GRUPO ETARIO",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAÍS DE ORIGEN",
        "destination_country": "PAÍS DE DESTINO",
        "detection_country": "PAÍS DEL HECHO",
        "transit_countries": "RUTA (PAÍSES DE TRÁNSITO)",
        "transport_mode": "MEDIO DE TRANSPORTE",
        "coordinates": "COORDENADAS",
        "linked_offences": "DELITOS CONEXOS",
    },
    note=(
        "Fuente: Centro de Estadísticas Judiciales - Sistema Penal Acusatorio; "
        "datos sujetos a actualización"
    ),
    total="TOTAL GENERAL",
    bad_count=("VARIOS", "UN GRUPO", "NUMEROSOS"),
    repeats=True,
    key="ojpa",
)
_MIGRINTER = BlindSource(
    source="migrinter_base",
    filename="migrinter_base_bs.csv",
    ref="MGR/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° fiche / Record no.",
        "event_date": "Date des faits / Date",
        "crime_type": "Qualification / Offence",
        "exploitation": "Forme d'exploitation / Exploitation",
        "n_persons": "Nb personnes / Persons",
        "n_suspects": "Nb passeurs interpellés / Smugglers arrested",
        "gender": "Sexe / Sex",
        "age_group": "Âge / Age",
        "nationality": "Nationalité / Nationality",
        "origin_country": "Pays d'origine / Country of origin",
        "destination_country": "Destination visée / Intended destination",
        "detection_country": "Pays de détection / Detected in",
        "transit_countries": "Pays de transit / Transit",
        "transport_mode": "Moyen de transport / Transport",
        "lat": "Latitude (°)",
        "lon": "Longitude (°)",
        "linked_offences": "Infractions connexes / Related offences",
    },
    note=(
        "Source : dépouillement presse régionale et communiqués de la préfecture "
        "maritime ; données en cours de vérification"
    ),
    total="Total",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    key="migrinter",
)
_HTSC = BlindSource(
    source="htsc_case_database",
    filename="htsc_cases_bs.jsonl",
    ref="HTSC-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "offense_category",
        "exploitation": "exploitation_type",
        "n_persons": "victims_or_migrants_n",
        "n_suspects": "defendants_n",
        "gender": "victim_sex",
        "age_group": "victim_age",
        "nationality": "victim_nationality",
        "origin_country": "origin_country",
        "destination_country": "destination_country",
        "detection_country": "country_of_detection",
        "transit_countries": "transit_route",
        "transport_mode": "transport_mode",
        "coordinates": "geom_wkt",
        "linked_offences": "co_offenses",
    },
    note="NOTE: 2023 cases still being coded; counts subject to revision",
    total="TOTAL",
    bad_count=("multiple", "numerous", "several"),
    repeats=False,
    key="htsc",
)

#: The five sources of the set, in the order of the submissions.
BLIND69_SOURCES: tuple[BlindSource, ...] = (_ISPI, _PORCAUSA, _OJPA, _MIGRINTER, _HTSC)

_PRIMARY = {
    "ITA": _ISPI.source,
    "GRC": _ISPI.source,
    "ESP": _PORCAUSA.source,
    "PAN": _OJPA.source,
    "FRA": _MIGRINTER.source,
}
_SECONDARY = {
    ("channel", "FRA"): _HTSC.source,
    ("channel", "GBR"): _MIGRINTER.source,
    ("thb_vnm_gbr", "GBR"): _MIGRINTER.source,
    ("cmed", "ITA"): _HTSC.source,
    ("thb_nga_ita", "ITA"): _HTSC.source,
    ("emed", "GRC"): _HTSC.source,
    ("wmed", "ESP"): _ISPI.source,
    ("watl", "ESP"): _HTSC.source,
    ("thb_rou_esp", "ESP"): _HTSC.source,
    ("thb_rou_esp", "ITA"): _PORCAUSA.source,
    ("darien", "PAN"): _HTSC.source,
    ("wbal", "HRV"): _ISPI.source,
}

# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
_EN_NAMES: dict[str, tuple[str, ...]] = {
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
    "RUS": ("Russia", "Russian Federation"),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Türkiye", "Turkey"),
    "USA": ("United States", "USA", "US"),
    "VEN": ("Venezuela",),
    "VNM": ("Viet Nam", "Vietnam"),
    "YEM": ("Yemen",),
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
    "GBR": ("Royaume-Uni", "R.-U."),
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
_ES_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
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
    "GIN": ("Guinea", "Guinea Conakry"),
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
#: French nationality words: (masculine, feminine).
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
#: Spanish nationality words: (masculine, feminine).
_ES_DEMONYMS: dict[str, tuple[str, str]] = {
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
#: A few misspellings a clerk makes, by language.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {"AFG": "Afganistan", "ERI": "Eritria", "PAK": "Pakistn", "SYR": "Syira"},
    "es": {"MAR": "Marrueco", "AFG": "Afganistan", "SEN": "Senegall", "VEN": "Venezuala"},
    "fr": {"ERI": "Erythrée", "AFG": "Afganistan", "SYR": "Sirie", "SEN": "Senegal"},
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
_ES_ABBR = (
    "ene.",
    "feb.",
    "mar.",
    "abr.",
    "may.",
    "jun.",
    "jul.",
    "ago.",
    "sept.",
    "oct.",
    "nov.",
    "dic.",
)
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
_ES_QUARTERS = ("primer", "segundo", "tercer", "cuarto")
_ES_NUMBERS = (
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
)

#: Crime-type wording by style and crime; ``{cesed}`` is the CESEDA article of the date.
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "ispi": {
        "smuggling": ("Smuggling", "Migrant smuggling", "SoM", "Smuggling of migrants"),
        "trafficking": ("Trafficking in human beings", "THB", "Human trafficking"),
        "both": ("Smuggling + THB", "Smuggling and trafficking", "THB / SoM"),
    },
    "ispi_ita": {
        "smuggling": ("Smuggling of migrants (art. 12 TUI)", "Migrant smuggling", "SoM"),
        "trafficking": ("THB (art. 601 c.p.)", "Trafficking in human beings"),
        "both": ("Smuggling + THB (artt. 12 TUI, 601 c.p.)", "Smuggling and trafficking"),
    },
    "porcausa": {
        "smuggling": (
            "Tráfico de migrantes",
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular (art. 318 bis CP)",
            "Delito contra los derechos de los ciudadanos extranjeros (318 bis)",
        ),
        "trafficking": ("Trata de seres humanos", "Trata (art. 177 bis CP)", "TSH"),
        "both": ("Trata y tráfico", "Trata + tráfico de migrantes (177 bis y 318 bis CP)"),
    },
    "ojpa": {
        "smuggling": (
            "TRÁFICO ILÍCITO DE MIGRANTES",
            "Tráfico Ilícito de Migrantes",
            "TRAFICO ILICITO DE MIGRANTES",
            "Tráfico de migrantes",
        ),
        "trafficking": (
            "TRATA DE PERSONAS",
            "Trata de Personas (Ley 79 de 2011)",
            "TRATA DE PERSONAS AGRAVADA",
        ),
        "both": (
            "TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES",
            "Tráfico ilícito de migrantes / Trata de personas",
        ),
    },
    "migrinter": {
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Aide à l'entrée et au séjour irréguliers (art. {ceseda} CESEDA)",
            "Trafic de migrants",
            "Aide à l'entrée, à la circulation ou au séjour irréguliers d'étrangers",
        ),
        "trafficking": (
            "Traite des êtres humains",
            "TEH",
            "Traite des êtres humains (art. 225-4-1 CP)",
        ),
        "both": ("Traite + aide à l'entrée irrégulière", "TEH et trafic de migrants"),
    },
    "htsc_usa": {
        "smuggling": (
            "alien smuggling (8 U.S.C. § 1324)",
            "bringing in and harboring aliens (8 USC 1324)",
            "migrant smuggling",
        ),
        "trafficking": ("human trafficking", "trafficking in persons"),
        "both": ("human trafficking; alien smuggling (8 U.S.C. § 1324)",),
    },
    "htsc_gbr": {
        "smuggling": (
            "facilitation (Immigration Act 1971, s.25)",
            "assisting unlawful immigration (s.25 IA 1971)",
            "migrant smuggling",
        ),
        "trafficking": (
            "human trafficking (Modern Slavery Act 2015, s.2)",
            "trafficking - MSA 2015 s.2",
        ),
        "both": ("human trafficking (MSA 2015 s.2) and facilitation (IA 1971 s.25)",),
    },
    "htsc": {
        "smuggling": ("migrant smuggling", "smuggling of migrants"),
        "trafficking": ("human trafficking", "trafficking in persons"),
        "both": ("trafficking and smuggling", "human trafficking; migrant smuggling"),
    },
}
#: US statute of a trafficking case by exploitation form (the clinic codes them so).
_US_STATUTE = {
    "sexual": "sex trafficking (18 U.S.C. § 1591)",
    "forced_labour": "forced labor trafficking (18 U.S.C. § 1589)",
}

_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sexual": ("sexual exploitation", "sexual", "commercial sexual exploitation"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality", "forced criminal activities"),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other forms"),
    },
    "us": {
        "sexual": ("sex trafficking", "commercial sexual exploitation"),
        "forced_labour": ("forced labor", "labor trafficking"),
        "forced_criminality": ("forced criminality", "forced criminal activity"),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "es": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados", "laboral"),
        "forced_criminality": ("criminalidad forzada", "actividades delictivas forzadas"),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "other": ("otras", "otros fines"),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autres formes"),
    },
}
_NOT_APPLICABLE: dict[str, tuple[str, ...]] = {
    "ispi": ("", "", "n/a", "-"),
    "porcausa": ("", "", "No aplica", "-"),
    "ojpa": ("", "NO APLICA", "N/A"),
    "migrinter": ("", "", "sans objet", "-"),
    "htsc": ("",),
}

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "ispi": {
        "male": ("Male", "M", "Men"),
        "female": ("Female", "F", "Women"),
        "mixed": ("Mixed", "M/F", "Men & women"),
    },
    "porcausa": {
        "male": ("Masculino", "Hombres", "Masc."),
        "female": ("Femenino", "Mujeres", "Fem."),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
    },
    "ojpa": {
        "male": ("MASCULINO", "HOMBRES", "Masculino"),
        "female": ("FEMENINO", "MUJERES", "Femenino"),
        "mixed": ("MIXTO", "AMBOS SEXOS", "HOMBRES Y MUJERES"),
    },
    "migrinter": {
        "male": ("H", "Hommes", "Masculin"),
        "female": ("F", "Femmes", "Féminin"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes"),
    },
    "htsc": {"male": ("male",), "female": ("female",), "mixed": ("mixed", "both")},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "ispi": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "Minors", "Child", "<18"),
        "mixed": ("Adults & minors", "Mixed"),
        "unknown": ("unknown", "n/k"),
    },
    "porcausa": {
        "adult": ("Adulto", "Adultos", "Mayores de edad"),
        "child": ("Menor", "Menores", "Menores de edad", "NNA"),
        "mixed": ("Mixto", "Adultos y menores"),
        "unknown": ("No consta", "s/d"),
    },
    "ojpa": {
        "adult": ("ADULTOS", "MAYORES DE EDAD", "Adulto"),
        "child": ("MENORES DE EDAD", "NNA", "Menor"),
        "mixed": ("ADULTOS Y MENORES", "ADULTOS Y NNA"),
        "unknown": ("NO CONSTA",),
    },
    "migrinter": {
        "adult": ("Majeur", "Majeurs", "Adultes"),
        "child": ("Mineur", "Mineurs", "MNA"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
        "unknown": ("NC", "inconnu"),
    },
    "htsc": {
        "adult": ("adult",),
        "child": ("minor", "juvenile"),
        "mixed": ("adults and minors", "mixed"),
        "unknown": ("unknown",),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "ispi": {
        "sea": (
            "boat",
            "rubber boat",
            "wooden boat",
            "fishing vessel",
            "sailing boat",
            "iron boat",
            "by sea",
        ),
        "land": ("truck", "lorry", "car", "van", "on foot", "by land"),
        "air": ("flight", "commercial flight", "by air", "plane"),
        "unknown": ("unknown", "n/k"),
    },
    "porcausa": {
        "sea": (
            "patera",
            "cayuco",
            "neumática",
            "embarcación",
            "lancha",
            "narcolancha",
            "moto de agua",
            "marítimo",
        ),
        "land": ("a pie", "camión", "vehículo", "autobús", "oculto en camión", "terrestre"),
        "air": ("avión", "vuelo comercial", "vía aérea", "aéreo"),
        "unknown": ("No consta", "s/d"),
    },
    "ojpa": {
        "sea": ("LANCHA", "EMBARCACIÓN", "BOTE", "MARÍTIMO", "Lancha"),
        "land": ("A PIE", "TERRESTRE", "CAMINANDO POR LA SELVA", "BUS", "A pie"),
        "air": ("AÉREO", "VUELO COMERCIAL"),
        "unknown": ("NO CONSTA",),
    },
    "migrinter": {
        "sea": (
            "small boat",
            "embarcation pneumatique",
            "canot",
            "bateau",
            "traversée maritime",
            "kayak",
        ),
        "land": ("poids lourd", "camion", "voiture", "autocar", "à pied", "PL"),
        "air": ("avion", "vol commercial", "voie aérienne"),
        "unknown": ("NC", "inconnu"),
    },
    "htsc": {
        "sea": ("maritime", "vessel", "small boat", "boat"),
        "land": ("tractor-trailer", "vehicle", "land", "on foot", "train"),
        "air": ("commercial flight", "air"),
        "unknown": ("unknown",),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "document_fraud": ("document fraud", "forged documents", "false papers"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "es": {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": ("blanqueo de capitales", "lavado de dinero"),
        "illicit_goods": ("contrabando", "mercancías ilícitas"),
        "cybercrime": ("ciberdelito", "delitos informáticos"),
        "terrorism": ("terrorismo",),
    },
    "ojpa": {
        "document_fraud": ("FALSIFICACIÓN DE DOCUMENTOS", "Falsificación de documentos"),
        "corruption": ("CORRUPCIÓN DE SERVIDORES PÚBLICOS",),
        "money_laundering": ("BLANQUEO DE CAPITALES",),
        "illicit_goods": ("CONTRABANDO",),
        "cybercrime": ("DELITOS INFORMÁTICOS",),
        "terrorism": ("TERRORISMO",),
    },
    "fr": {
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_OFFENCE_JOIN: dict[str, tuple[str, ...]] = {
    "ispi": (", ", "; ", " + "),
    "porcausa": (", ", " y ", " / "),
    "ojpa": (" / ", "; ", " Y "),
    "migrinter": (", ", " + ", " et "),
}
_TRANSIT_JOIN: dict[str, tuple[str, ...]] = {
    "ispi": (", ", " > ", " - "),
    "porcausa": (", ", " - ", " > "),
    "ojpa": (", ", " - ", " Y "),
    "migrinter": (" – ", ", ", " > "),
}
_NO_TRANSIT: dict[str, tuple[str, ...]] = {
    "ispi": ("", "", "-"),
    "porcausa": ("", "", "-"),
    "ojpa": ("", "-"),
    "migrinter": ("", "", "-"),
}
_COUNT_PLACEHOLDER: dict[str, tuple[str, ...]] = {
    "ispi": ("unknown", "n/k", "not reported"),
    "porcausa": ("s/d", "sin datos"),
    "ojpa": ("NO CONSTA", "POR DETERMINAR", "S/D"),
    "migrinter": ("inconnu", "NC", "n.c."),
    "htsc": ("undisclosed", "unknown"),
}
_ZERO_WORDS: dict[str, tuple[str, ...]] = {
    "ispi": ("none", "nil", "no arrests"),
    "porcausa": ("ninguno", "sin detenidos"),
    "ojpa": ("NINGUNO", "CERO (0)"),
    "migrinter": ("aucun", "néant"),
    "htsc": ("none",),
}
_COURTS = (
    "Juzgado de Garantías de Darién",
    "JUZGADO DE GARANTÍAS - DARIÉN",
    "Tribunal de Juicio de Darién",
    "Fiscalía Regional de Darién",
    "FISCALÍA METROPOLITANA - SECCIÓN DE DELITOS CONTRA LA HUMANIDAD",
    "Juzgado de Cumplimiento - Segundo Distrito Judicial",
)
_NO_DATE: dict[str, tuple[str | None, ...]] = {
    "ispi": (None, None, "n.d."),
    "porcausa": (None, None, "sin fecha"),
    "ojpa": (None, "S/F", "NO CONSTA"),
    "migrinter": (None, None, "date inconnue"),
    "htsc": (None,),
}
#: The year a clerk types by mistake (a future year) for a true year.
_FUTURE_YEAR = {2021: 2121, 2022: 2202, 2023: 2032, 2024: 2042}


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_DAY_STYLES: dict[str, tuple[tuple[str, float], ...]] = {
    "ispi": (("dmy", 0.5), ("d_mon_y", 0.25), ("iso", 0.25)),
    "porcausa": (("datetime", 0.55), ("serial", 0.15), ("dmy", 0.2), ("d_esabbr_y", 0.1)),
    "ojpa": (("dmy", 0.5), ("dmy_dash", 0.2), ("d_de_mes", 0.2), ("dmy_short", 0.1)),
    "migrinter": (("dmy", 0.55), ("d_frmois_y", 0.25), ("dmy_dot", 0.1), ("fr_weekday", 0.1)),
    "htsc": (("iso", 0.7), ("us_long", 0.2), ("iso_t", 0.1)),
}
#: Share of partial dates by style: (month only, quarter).
_PARTIAL: dict[str, tuple[float, float]] = {
    "ispi": (0.04, 0.02),
    "porcausa": (0.05, 0.03),
    "ojpa": (0.04, 0.0),
    "migrinter": (0.05, 0.02),
    "htsc": (0.05, 0.03),
}
#: Text styles a clerk can type an impossible date in.
_TEXT_STYLES: dict[str, tuple[str, ...]] = {
    "ispi": ("dmy", "d_mon_y", "iso"),
    "porcausa": ("dmy", "d_esabbr_y"),
    "ojpa": ("dmy", "dmy_dash", "d_de_mes"),
    "migrinter": ("dmy", "d_frmois_y", "dmy_dot"),
    "htsc": ("iso",),
}


def _draw_style(key: str, rng: _Rng) -> str:
    styles = _DAY_STYLES[key]
    r = rng.random()
    acc = 0.0
    for name, p in styles:
        acc += p
        if r < acc:
            return name
    return styles[-1][0]


def _text_day(style: str, y: int, m: int, d: int) -> str:
    """Write a (possibly impossible) day in a text style; no weekday is needed."""
    if style == "dmy":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dmy_dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "dmy_dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dmy_short":
        return f"{d}/{m}/{y % 100:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "iso_t":
        return f"{y}-{m:02d}-{d:02d}T00:00:00"
    if style == "d_mon_y":
        return f"{d} {MONTHS[m - 1][:3]} {y}"
    if style == "d_esabbr_y":
        return f"{d} {_ES_ABBR[m - 1]} {y}"
    if style == "d_de_mes":
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
    if style == "d_frmois_y":
        return f"{'1er' if d == 1 else d} {_FR_MONTHS[m - 1]} {y}"
    if style == "us_long":
        return f"{MONTHS[m - 1]} {d}, {y}"
    raise ValueError(f"unknown date style {style!r}")  # pragma: no cover - a typo here


def _day_cell(style: str, day: pd.Timestamp) -> object:
    """Return the cell of a full date in a style (Excel dates and serials in a sheet)."""
    if style == "datetime":
        return dt.datetime(day.year, day.month, day.day)
    if style == "serial":
        return int((day - pd.Timestamp("1899-12-30")).days)
    if style == "fr_weekday":
        return (
            f"{_FR_DAYS[day.day_of_week]} {_text_day('d_frmois_y', day.year, day.month, day.day)}"
        )
    return _text_day(style, day.year, day.month, day.day)


def _month_cell(key: str, y: int, m: int, rng: _Rng) -> str:
    if key == "ispi":
        return choice(rng, (f"{MONTHS[m - 1][:3]} {y}", f"{m:02d}/{y}"))
    if key == "porcausa":
        return choice(
            rng, (f"{_ES_MONTHS[m - 1]} {y}", f"{m:02d}/{y}", f"{_ES_MONTHS[m - 1]} de {y}")
        )
    if key == "ojpa":
        return choice(rng, (f"{_ES_MONTHS[m - 1]} de {y}".upper(), f"{_ES_MONTHS[m - 1]} de {y}"))
    if key == "migrinter":
        return choice(rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"))
    return f"{y}-{m:02d}"


def _quarter_cell(key: str, y: int, q: int, rng: _Rng) -> str:
    if key == "ispi":
        return f"Q{q} {y}"
    if key == "porcausa":
        return choice(rng, (f"{y}T{q}", f"{_ES_QUARTERS[q - 1]} trimestre de {y}"))
    if key == "migrinter":
        return choice(rng, (f"T{q} {y}", f"{'1er' if q == 1 else f'{q}e'} trimestre {y}"))
    return f"{y}-Q{q}"


def _date(
    src: BlindSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of an event's date."""
    p_month, p_quarter = _PARTIAL[src.key]
    r = rng.random()
    if partial_ok and r < p_month:
        cell = _month_cell(src.key, ts.year, ts.month, rng)
        return cell, pd.Timestamp(ts.year, ts.month, 1), "month", ["partial_month"]
    if partial_ok and r < p_month + p_quarter:
        q = (ts.month - 1) // 3 + 1
        cell = _quarter_cell(src.key, ts.year, q, rng)
        return cell, pd.Timestamp(ts.year, 3 * q - 2, 1), "quarter", ["partial_quarter"]
    style = _draw_style(src.key, rng)
    day = pd.Timestamp(ts.year, ts.month, ts.day)
    return _day_cell(style, day), day, "day", [f"date_{style}"]


def _bad_date(src: BlindSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a bad row's date cell: none, an impossible day or a mistyped future year."""
    if kind == "no_date":
        options_nd = _NO_DATE[src.key]
        return options_nd[int(rng.integers(len(options_nd)))]
    if kind == "bad_date":
        y = ts.year
        options = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]
        if y % 4:
            options.append((2, 29))
        m, d = options[int(rng.integers(len(options)))]
        return _text_day(choice(rng, _TEXT_STYLES[src.key]), y, m, d)
    year = _FUTURE_YEAR.get(ts.year, ts.year + 100)
    day = pd.Timestamp(year, ts.month, min(ts.day, 28))
    style = _draw_style(src.key, rng)
    return _day_cell(style, day)


def _note_date(src: BlindSource, last: pd.Timestamp) -> object:
    """Return the date written on a source's note row (its last day, in its style)."""
    day = pd.Timestamp(last.year, last.month, last.day)
    style = {
        "ispi": "d_mon_y",
        "porcausa": "datetime",
        "ojpa": "dmy",
        "migrinter": "d_frmois_y",
        "htsc": "iso",
    }
    return _day_cell(style[src.key], day)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _country(src: BlindSource, code: str, rng: _Rng, *, column: str) -> tuple[str, list[str]]:
    """Write one country as the source does; return (cell, tags)."""
    key = src.key
    tags: list[str] = []
    r = rng.random()
    if key == "htsc":
        if r < 0.8:
            return code, ["iso3"]
        return choice(rng, _EN_NAMES[code]), ["country_name"]
    if key == "ispi":
        if column == "detection_country" and r < 0.2:
            return iso_codes(code)[0], ["iso2"]
        table = _EN_NAMES
    elif key == "migrinter":
        table = _FR_NAMES
    else:
        table = _ES_NAMES
    text = choice(rng, table[code])
    lang = src.language
    if rng.random() < 0.02 and code in _TYPOS[lang]:
        text = _TYPOS[lang][code]
        tags.append("typo")
    if key == "ojpa":
        if rng.random() < 0.6:
            text = text.upper()
            tags.append("upper")
        if rng.random() < 0.3:
            text = _strip_accents(text)
            tags.append("no_accents")
    if key == "porcausa" and rng.random() < 0.06:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            text = garbled
            tags.append("mojibake")
    return text, tags


def _nationality(src: BlindSource, code: str, gender: str, rng: _Rng) -> tuple[str, list[str]]:
    """Write a nationality: a demonym mostly, else the country's name or code."""
    key = src.key
    r = rng.random()
    if key == "htsc":
        if r < 0.8:
            return code, ["iso3"]
        return _EN_DEMONYMS[code], ["demonym"]
    if r < 0.2 or code not in _EN_DEMONYMS:
        return _country(src, code, rng, column="nationality")
    if key == "ispi":
        return _EN_DEMONYMS[code], ["demonym"]
    if key == "migrinter":
        masc, fem = _FR_DEMONYMS[code]
        word = choice(rng, (fem, masc.capitalize(), fem))
        return word, ["demonym"]
    masc, fem = _ES_DEMONYMS[code]
    word = masc if gender == "male" and rng.random() < 0.6 else fem
    tags = ["demonym"]
    if key == "ojpa":
        word = word.upper()
        if rng.random() < 0.3:
            word = _strip_accents(word)
            tags.append("no_accents")
    elif rng.random() < 0.06:
        garbled = mojibake(word)
        if garbled is not None:
            word = garbled
            tags.append("mojibake")
    return word, tags


def _count_text(src: BlindSource, n: int, rng: _Rng, *, persons: bool) -> tuple[object, list[str]]:
    """Write a count (persons or suspects) as the source does."""
    key = src.key
    if key == "htsc":
        return n, []
    if key == "porcausa":
        if n >= 1000 and rng.random() < 0.4:
            return f"{n:,}".replace(",", "."), ["thousands_sep"]
        return n, []
    if n >= 1000:
        if key == "ispi" and rng.random() < 0.7:
            return f"{n:,}", ["thousands_sep"]
        if key == "ojpa" and rng.random() < 0.5:
            return f"{n:,}", ["thousands_sep"]
        if key == "migrinter" and rng.random() < 0.7:
            space = choice(rng, ("\u00a0", "\u202f", " "))
            return f"{n:,}".replace(",", space), ["thousands_sep"]
    if key == "ojpa" and 1 <= n <= 20 and rng.random() < (0.15 if persons else 0.25):
        return f"{_ES_NUMBERS[n].upper()} ({n})", ["count_words"]
    return str(n), []


def _dms(value: float) -> tuple[str, float]:
    """Unsigned degrees, minutes and seconds (to 0.1 s), and the signed value they give."""
    sign = 1.0 if value >= 0 else -1.0
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\""
    return text, sign * tenths / 36000


def _coordinates(
    src: BlindSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write a location; return (cells, expected lat, expected lon, tags)."""
    key = src.key
    r = rng.random()
    if key == "ispi":
        if r < 0.03:
            word = choice(rng, ("n/a", "n/k"))
            return {"lat": word, "lon": word}, None, None, ["coords_placeholder"]
        la, lo = round(lat, 4), round(lon, 4)
        if r < 0.15:
            return {"lat": f"{la:.4f}°", "lon": f"{lo:.4f}°"}, la, lo, ["degree_sign"]
        return {"lat": f"{la:.4f}", "lon": f"{lo:.4f}"}, la, lo, []
    if key == "migrinter":
        if r < 0.05:
            return {}, None, None, ["coords_missing"]
        la, lo = round(lat, 5), round(lon, 5)
        return (
            {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
            la,
            lo,
            ["decimal_comma"],
        )
    if key == "htsc":
        if r < 0.1:
            return {}, None, None, ["coords_missing"]
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"POINT ({lo:.5f} {la:.5f})"}, la, lo, ["wkt"]
    if key == "porcausa":
        if r < 0.1:
            return {}, None, None, ["coords_missing"]
        if r < 0.3:
            lat_t, la = _dms(lat)
            lon_t, lo = _dms(lon)
            text = f"{lat_t}{'N' if lat >= 0 else 'S'} {lon_t}{'E' if lon >= 0 else 'W'}"
            return {"coordinates": text}, la, lo, ["dms"]
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, ["google_maps"]
    # Panamanian court: DMS with O (oeste) for west, or decimal, or NO CONSTA
    if r < 0.15:
        return {"coordinates": "NO CONSTA"}, None, None, ["coords_placeholder"]
    if r < 0.65:
        lat_t, la = _dms(lat)
        lon_t, lo = _dms(lon)
        text = f"{lat_t} {'N' if lat >= 0 else 'S'}, {lon_t} {'E' if lon >= 0 else 'O'}"
        return {"coordinates": text}, la, lo, ["dms_oeste"]
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []


def _crime(src: BlindSource, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> str:
    crime = str(ev["crime_type"])
    det = str(ev["detection_country"])
    key = src.key
    if key == "ispi" and det == "ITA":
        table = _CRIME["ispi_ita"]
    elif key == "htsc" and det == "USA":
        expl = ev["exploitation"]
        if crime == "trafficking" and expl in _US_STATUTE and rng.random() < 0.6:
            return _US_STATUTE[str(expl)]
        table = _CRIME["htsc_usa"]
    elif key == "htsc" and det == "GBR":
        table = _CRIME["htsc_gbr"]
    else:
        table = _CRIME[key]
    text = choice(rng, table[crime])
    if "{ceseda}" in text:
        text = text.format(ceseda="L622-1" if ts < pd.Timestamp("2021-05-01") else "L823-1")
    return text


def _exploitation(src: BlindSource, ev: dict[str, object], rng: _Rng) -> str | None:
    expl = ev["exploitation"]
    if expl is None:
        word = choice(rng, _NOT_APPLICABLE[src.key])
        return word or None
    lang = {"ispi": "en", "htsc": "us", "porcausa": "es", "ojpa": "es", "migrinter": "fr"}
    text = choice(rng, _EXPLOITATION[lang[src.key]][str(expl)])
    return text.upper() if src.key == "ojpa" and rng.random() < 0.6 else text


def _offences(src: BlindSource, value: object, rng: _Rng) -> object:
    if value is None:
        return [] if src.key == "htsc" and rng.random() < 0.5 else None
    parts = str(value).split("|")
    if src.key == "htsc":
        return [choice(rng, _OFFENCES["en"][p]) for p in parts]
    lang = {"ispi": "en", "porcausa": "es", "ojpa": "ojpa", "migrinter": "fr"}[src.key]
    words = [choice(rng, _OFFENCES[lang][p]) for p in parts]
    return choice(rng, _OFFENCE_JOIN[src.key]).join(words)


def _transit(src: BlindSource, value: object, rng: _Rng) -> tuple[object, list[str]]:
    if value is None:
        if src.key == "htsc":
            return None, []
        word = choice(rng, _NO_TRANSIT[src.key])
        return word or None, []
    codes = str(value).split("|")
    if src.key == "htsc":
        if rng.random() < 0.85:
            return codes, ["json_array"]
        return [choice(rng, _EN_NAMES[c]) for c in codes], ["json_array"]
    tags: list[str] = []
    names = []
    for c in codes:
        text, t = _country(src, c, rng, column="transit_countries")
        names.append(text)
        tags += t
    return choice(rng, _TRANSIT_JOIN[src.key]).join(names), tags


# --------------------------------------------------------------------------------------
# One event as a source writes it
# --------------------------------------------------------------------------------------
def _render(
    src: BlindSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    key = src.key
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t
    if key == "ojpa":
        cells["court"] = choice(rng, _COURTS)

    cells["crime_type"] = _crime(src, ev, ts, rng)
    exp["crime_type"] = ev["crime_type"]
    cells["exploitation"] = _exploitation(src, ev, rng)
    exp["exploitation"] = ev["exploitation"]

    # persons: a placeholder now and then keeps the record with no count
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, _COUNT_PLACEHOLDER[key])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count_text(src, n_persons, rng, persons=True)
        exp["n_persons"] = n_persons
        tags += t

    # suspects
    n_suspects = ev["n_suspects"]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif n_suspects is None:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
    elif rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, _COUNT_PLACEHOLDER[key])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(n_suspects) == 0 and rng.random() < 0.4:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, _ZERO_WORDS[key])
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        k = int(n_suspects)  # type: ignore[call-overload]
        cells["n_suspects"], t = _count_text(src, k, rng, persons=False)
        exp["n_suspects"] = k
        tags += t

    # sex and age group
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[key][gender])
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.015:
        cells["age_group"] = choice(rng, _AGE[key]["unknown"])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _AGE[key][age])
        exp["age_group"] = age

    # countries
    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"] = None
        exp["nationality"] = None
        if forced_blank == "nationality":
            tags.append("blank_nationality")
    else:
        cells["nationality"], t = _nationality(src, str(nat), gender, rng)
        exp["nationality"] = nat
        tags += t
    for col in ("origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if code is None or forced_blank == col:
            cells[col] = None
            exp[col] = None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        if key == "ojpa" and col == "detection_country" and rng.random() < 0.2:
            cells[col] = choice(rng, ("REPÚBLICA DE PANAMÁ", "República de Panamá"))
        else:
            cells[col], t = _country(src, str(code), rng, column=col)
            tags += t
        exp[col] = code
    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    # transport
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"] = choice(rng, _TRANSPORT[key]["unknown"])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _TRANSPORT[key][mode])
        exp["transport_mode"] = mode

    # location
    lat, lon = ev["lat"], ev["lon"]
    if forced_blank == "coordinates" or not isinstance(lat, float) or not isinstance(lon, float):
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    else:
        place, exp["lat"], exp["lon"], t = _coordinates(src, lat, lon, rng)
        cells.update(place)
        tags += t

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]

    if src.format == "xlsx":  # numbers a spreadsheet holds as numbers stay numbers
        for col in ("n_persons", "n_suspects"):
            value = cells.get(col)
            if isinstance(value, str) and value.isdigit():
                cells[col] = int(value)
    if src.format == "csv":
        for col, value in cells.items():
            if isinstance(value, str) and not fits(value, src):  # pragma: no cover
                cells[col] = _strip_accents(value)
    return cells, exp, tags


_EXAMINER: Examiner[BlindSource] = Examiner(
    sources=BLIND69_SOURCES,
    primary=_PRIMARY,
    compilation=_HTSC.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=6969,
    blank_share=0.3,
)


def make_blind69(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind69`` sources would (files ``*_bs.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ispi_med_tracker_bs.csv`` (English, UTF-8, ``,``),
        ``porcausa_fronteras_bs.xlsx`` (Spanish), ``oj_panama_causas_bs.csv`` (Spanish,
        cp1252, ``;``), ``migrinter_base_bs.csv`` (French, UTF-16, tab) and
        ``htsc_cases_bs.jsonl`` (English keys), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind69(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ispi_med_tracker_bs.csv', 'porcausa_fronteras_bs.xlsx', 'oj_panama_causas_bs.csv',
     'migrinter_base_bs.csv', 'htsc_cases_bs.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
