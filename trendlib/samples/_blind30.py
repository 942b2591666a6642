"""Examiner sample set ``blind30`` (files ``*_af.*``): five agencies no other set uses.

A held-out set written without looking at the cleaner. Each source writes the true
events as its own agency would; the shared row machinery of
:mod:`trendlib.samples._examiner` decides which source reports which event, which
rows are bad, the garbage rows and the exact repeats. A reader's guide to the five
files:

``pn_dij_panama_af.xlsx`` -- Policía Nacional de Panamá, DIJ
    Dirección de Investigación Judicial, Sección contra la Trata de Personas y el
    Tráfico Ilícito de Migrantes. Spanish (Panama), Excel workbook. First reports every
    event detected in Panama (the Darién route). Reference ``DIJ-STTM-2022-0001``.
    Headers ``N° de Expediente``, ``Fecha del Hecho``, ``Delito (C.P.)`` ...
    ``Coordenadas (GPS)``. Dates mostly real Excel dates, but a share are bare Excel
    serial numbers (the column was pasted from another sheet formatted *General*),
    ``dd/mm/aaaa`` text or ``14-mar-22`` text; partial dates ``marzo 2022``,
    ``MAR-2022``, ``II Trimestre 2022``. Crime by article of the Código Penal: trata
    ``Art. 456-A`` (Ley 79 de 2011), tráfico ilícito de migrantes ``Art. 456-F`` (Ley 36
    de 2013), and ``Art. 456-G`` (documentos falsos para el tráfico) as a linked
    offence; ``TIM`` for tráfico ilícito de migrantes. Nationalities as feminine
    demonyms (``nacionalidad venezolana``), country names in capitals or ISO codes.
    Counts as numbers, ``1,204`` text, ``37 migrantes`` or ``aprox. 40``; ``S/D`` (sin
    datos) and ``Por determinar`` for unknown; ``ninguno`` for no suspect. Coordinates
    in one cell: degrees-minutes-seconds with ``O`` (oeste) or ``W`` for west, decimal
    ``8.41012, -77.87001``, or ``N 8.41012 O 77.87001``. ``No aplica`` in the
    exploitation column of smuggling cases. A note row, a ``TOTAL GENERAL`` row; some
    rows re-sent at the end of the sheet.

``txdps_bsoc_af.csv`` -- Texas Department of Public Safety, BSOC
    Border Security Operations Center (Operation Lone Star joint reporting). English
    (US), UTF-8 without BOM, ``,`` delimiter, LF line ends. First reports every event
    detected in the United States. Reference ``22-BSOC-00012``. Dates **month first** as
    the header says (``Offense Date (MM/DD/YYYY)``): ``03/14/2022``, ``3/4/2022``,
    ``03/14/2022 11:40 PM``, some ISO; partial dates ``03/2022``, ``March 2022``,
    ``Q1 2022``, ``Q1 CY2022``. Offences by statute: Texas Penal Code ``PC 20.05``
    (smuggling of persons), ``PC 20.06`` (continuous smuggling),
    ``PC 20A.02``/``20A.03`` (trafficking of persons), ``8 USC 1324``. Citizenship as
    capitals (``GUATEMALA``), demonyms or ISO alpha-2 codes (``MX``); destination
    sometimes a US city (``Houston, TX``). Age jargon ``UAC`` (unaccompanied alien
    child), ``Juvenile``, ``Family Unit`` (adults with children). Counts with thousands
    commas, ``UNK``/``TBD`` for unknown, ``None`` arrested. Latitude and longitude in
    two columns, longitude sometimes written ``98.23001 W``.

``jic_coquelles_af.csv`` -- Cellule conjointe de renseignement franco-britannique (JIC), Coquelles
    French with bilingual French/English headers (``Date des faits / Date of event``),
    cp1252, ``;`` delimiter, CRLF. First reports every event detected in France and
    reports again part of the Channel events detected in the United Kingdom. Reference
    ``JIC/2022/0042``. Dates day first: ``14/03/2022``, ``14/03/2022 04h35``,
    ``1er mars 2022``, ``14/03/22``; partial ``mars 2022``, ``03/2022``, ``T1 2022``,
    ``2e trimestre 2022``. Crime: ``aide à l'entrée irrégulière`` under
    ``art. L622-1 CESEDA`` before the recodification of 1 May 2021 and
    ``art. L823-1 CESEDA`` after; ``TEH`` / ``art. 225-4-1 C. pén.`` for traite des
    êtres humains. Nationalities as demonyms (``érythréenne``), some garbled by a UTF-8
    paste (``Ã©rythrÃ©enne``). Counts with a (no-break) space as thousands separator,
    ``n.c.`` (non communiqué) for unknown, ``néant``/``aucun`` for no suspect. Position
    in one cell in the maritime style, degrees and decimal minutes with a decimal comma
    (``50°57,3'N 001°35,2'E``), or decimals. ``small boat``, ``poids lourd`` as
    transport. Empty row, note row, ``TOTAL`` row.

``apdha_frontera_sur_af.csv`` -- APDHA, base de datos Frontera Sur
    Asociación Pro Derechos Humanos de Andalucía. Spanish (Spain), UTF-16 with BOM, tab
    delimiter (Excel's *Texto Unicode* export). First reports every event detected in
    Spain. Reference ``FS22-0042``. Dates ``14/03/2022``, ``4/3/2022``, ``14-mar-2022``,
    ``14 de marzo de 2022``, ``14/03/22``; partial ``marzo de 2022``, ``mar. 2022``,
    INE-style quarters ``2022T1``, ``1.er trimestre 2022``. Crime by article of the
    Código Penal: ``art. 318 bis`` (favorecimiento de la inmigración irregular),
    ``art. 177 bis`` (trata de seres humanos). Boats as ``patera``, ``cayuco``,
    ``neumática``; land as ``salto de valla`` or ``bajos de camión``. Nationalities as
    demonyms (``maliense``, ``marfileña``) or names. Counts with ``.`` as thousands
    separator (``1.204``); ``Sin dato``/``No consta`` for unknown; ``ninguno``,
    ``sin detenidos`` for no suspect. Latitude and longitude in two columns with a
    decimal comma, or degrees-minutes-seconds typed with ``º`` and ``''``
    (``27º 45' 11'' N``). ``Directo`` when no transit country. Empty row, note,
    ``Total``; some rows re-sent at the end.

``unhcr_protection_monitoring_af.jsonl`` -- UNHCR protection monitoring (KoboToolbox export)
    English, JSON lines, UTF-8. Reports every event detected elsewhere (Italy, Greece,
    United Kingdom, Croatia, Poland) and reports again part of the Darién, Spanish
    sea-route and French Channel events. Keys are Kobo group paths
    (``grp_incident/incident_date``, ``grp_location/gps``). Reference ``PM-22-00042``.
    Dates ISO, Kobo date-times with an offset (``2022-03-14T10:25:00.000+01:00``,
    daytime so the UTC day is the same), ``14 Mar 2022``; partial ``2022-03``,
    ``Mar 2022``, ``2022-Q1``. Choice fields sometimes as Kobo choice names
    (``smuggling_of_migrants``, ``sexual_exploitation``), linked offences as a Kobo
    *select multiple* (space-separated names, ``doc_fraud money_laundering``). Countries
    as ISO3 codes or UN names (``Syrian Arab Republic``, ``Türkiye``, ``Viet Nam``);
    transit in travel order (``TUR > BGR > SRB``). Location as a Kobo geopoint
    ``"lat lon altitude accuracy"``. Counts as numbers or text, ``unknown`` or
    ``not recorded`` when unknown. A ``TOTAL`` line at the end.

Bad rows (no, impossible or future date, negative or unreadable count) are written
in each source's own way: ``31/02/2022``, ``02/30/2022``, ``29/02/2022`` (2021 to
2023 are not leap years), a year with two digits swapped (``2202``) or a century
ahead, ``S/F`` / ``date inconnue`` for no date, ``varios``, ``several``, ``plusieurs``
as counts. Every value is one a human analyst reads unambiguously to the expected
clean value recorded in the truth.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["BLIND30_SOURCES", "Blind30Source", "make_blind30"]

_Rng = np.random.Generator
_Cells = dict[str, object]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Blind30Source(ExaminerSource):
    """A ``blind30`` source: the shared attributes plus the key of its wording.

    Attributes
    ----------
    style : str
        Key of the source's wording (``"dij"``, ``"txdps"``, ``"jic"``, ``"apdha"``,
        ``"unhcr"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_DIJ = Blind30Source(
    source="pn_dij_panama_af",
    filename="pn_dij_panama_af.xlsx",
    ref="DIJ-STTM-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° de Expediente",
        "event_date": "Fecha del Hecho",
        "crime_type": "Delito (C.P.)",
        "exploitation": "Fin de Explotación",
        "n_persons": "Cant. Personas (migrantes/víctimas)",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo Etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de Origen",
        "destination_country": "Destino Final",
        "detection_country": "País del Hecho",
        "transit_countries": "Ruta / Países de Tránsito",
        "transport_mode": "Medio de Movilización",
        "coordinates": "Coordenadas (GPS)",
        "linked_offences": "Delitos Conexos",
    },
    note="Nota: cifras preliminares sujetas a verificación. Fuente: DIJ - Sección de Trata y TIM",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=True,
    style="dij",
)
_TXDPS = Blind30Source(
    source="txdps_bsoc_af",
    filename="txdps_bsoc_af.csv",
    ref="{yy:02d}-BSOC-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident #",
        "event_date": "Offense Date (MM/DD/YYYY)",
        "crime_type": "Offense (TX Penal Code / USC)",
        "exploitation": "HT Type",
        "n_persons": "No. Smuggled / Victims",
        "n_suspects": "No. Arrested",
        "gender": "Sex",
        "age_group": "Age Cat.",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Final Destination",
        "detection_country": "Country of Apprehension",
        "transit_countries": "Countries Transited",
        "transport_mode": "Conveyance",
        "lat": "Lat (DD)",
        "lon": "Long (DD)",
        "linked_offences": "Add'l Charges",
    },
    note="Note: data as of extract date, subject to change (BSOC)",
    total="Grand Total",
    bad_count=("several", "multiple", "numerous"),
    repeats=False,
    style="txdps",
)
_JIC = Blind30Source(
    source="jic_coquelles_af",
    filename="jic_coquelles_af.csv",
    ref="JIC/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche / Ref no.",
        "event_date": "Date des faits / Date of event",
        "crime_type": "Qualification pénale / Offence",
        "exploitation": "Forme d'exploitation / Exploitation",
        "n_persons": "Nb personnes / Persons",
        "n_suspects": "Nb MEC / Suspects",
        "gender": "Sexe / Sex",
        "age_group": "Âge / Age",
        "nationality": "Nationalité / Nationality",
        "origin_country": "Pays d'origine / Country of origin",
        "destination_country": "Destination",
        "detection_country": "Pays d'interception / Country",
        "transit_countries": "Transit",
        "transport_mode": "Mode / Means",
        "coordinates": "Position (WGS84)",
        "linked_offences": "Infractions connexes / Linked offences",
    },
    note="NB : données provisoires, diffusion restreinte / provisional data, restricted",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    style="jic",
)
_APDHA = Blind30Source(
    source="apdha_frontera_sur_af",
    filename="apdha_frontera_sur_af.csv",
    ref="FS{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Cód.",
        "event_date": "Fecha",
        "crime_type": "Tipo penal",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos/as",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino",
        "detection_country": "País de llegada",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio / embarcación",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos elaborados por APDHA a partir de fuentes oficiales y propias",
    total="Total",
    bad_count=("varios", "decenas", "numerosas"),
    repeats=True,
    style="apdha",
)
_UNHCR = Blind30Source(
    source="unhcr_protection_monitoring_af",
    filename="unhcr_protection_monitoring_af.jsonl",
    ref="PM-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "grp_meta/case_id",
        "event_date": "grp_incident/incident_date",
        "crime_type": "grp_incident/incident_type",
        "exploitation": "grp_incident/exploitation_form",
        "n_persons": "grp_people/total_individuals",
        "n_suspects": "grp_people/facilitators_identified",
        "gender": "grp_people/sex",
        "age_group": "grp_people/age_group",
        "nationality": "grp_people/nationality",
        "origin_country": "grp_route/country_origin",
        "destination_country": "grp_route/intended_destination",
        "detection_country": "grp_location/country",
        "transit_countries": "grp_route/transit_countries",
        "transport_mode": "grp_route/means_of_travel",
        "coordinates": "grp_location/gps",
        "linked_offences": "grp_incident/other_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "a group", "many"),
    repeats=False,
    style="unhcr",
)

#: The five sources of the set, in the order of the submissions.
BLIND30_SOURCES: tuple[Blind30Source, ...] = (_DIJ, _TXDPS, _JIC, _APDHA, _UNHCR)

_PRIMARY = {
    "PAN": _DIJ.source,
    "USA": _TXDPS.source,
    "FRA": _JIC.source,
    "ESP": _APDHA.source,
}
_SECONDARY = {
    ("darien", "PAN"): _UNHCR.source,
    ("watl", "ESP"): _UNHCR.source,
    ("wmed", "ESP"): _UNHCR.source,
    ("channel", "FRA"): _UNHCR.source,
    ("channel", "GBR"): _JIC.source,
}

# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
_ES_NAME = {
    "AFG": "Afganistán",
    "ALB": "Albania",
    "AUT": "Austria",
    "BGD": "Bangladés",
    "BGR": "Bulgaria",
    "BIH": "Bosnia y Herzegovina",
    "BLR": "Bielorrusia",
    "CHN": "China",
    "CIV": "Costa de Marfil",
    "CMR": "Camerún",
    "COL": "Colombia",
    "DEU": "Alemania",
    "DZA": "Argelia",
    "ECU": "Ecuador",
    "EGY": "Egipto",
    "ERI": "Eritrea",
    "ESP": "España",
    "FRA": "Francia",
    "GBR": "Reino Unido",
    "GIN": "Guinea",
    "GMB": "Gambia",
    "GRC": "Grecia",
    "GTM": "Guatemala",
    "HND": "Honduras",
    "HRV": "Croacia",
    "HTI": "Haití",
    "HUN": "Hungría",
    "IRN": "Irán",
    "IRQ": "Irak",
    "ITA": "Italia",
    "LBY": "Libia",
    "MAR": "Marruecos",
    "MEX": "México",
    "MKD": "Macedonia del Norte",
    "MLI": "Malí",
    "MRT": "Mauritania",
    "NER": "Níger",
    "NGA": "Nigeria",
    "PAK": "Pakistán",
    "PAN": "Panamá",
    "POL": "Polonia",
    "ROU": "Rumanía",
    "RUS": "Rusia",
    "SEN": "Senegal",
    "SRB": "Serbia",
    "SYR": "Siria",
    "TUN": "Túnez",
    "TUR": "Turquía",
    "USA": "Estados Unidos",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "YEM": "Yemen",
}
# Panama writes a few names the Latin American way.
_ES_LATAM = {
    **_ES_NAME,
    "ROU": "Rumania",
    "BGD": "Bangladesh",
    "USA": "EE.UU.",
    "GIN": "Guinea Conakry",
}
_ES_DEMONYM = {  # (masculine, feminine)
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
_FR_NAME = {
    "AFG": "Afghanistan",
    "ALB": "Albanie",
    "AUT": "Autriche",
    "BGD": "Bangladesh",
    "BGR": "Bulgarie",
    "BIH": "Bosnie-Herzégovine",
    "BLR": "Biélorussie",
    "CHN": "Chine",
    "CIV": "Côte d'Ivoire",
    "CMR": "Cameroun",
    "COL": "Colombie",
    "DEU": "Allemagne",
    "DZA": "Algérie",
    "ECU": "Équateur",
    "EGY": "Égypte",
    "ERI": "Érythrée",
    "ESP": "Espagne",
    "FRA": "France",
    "GBR": "Royaume-Uni",
    "GIN": "Guinée",
    "GMB": "Gambie",
    "GRC": "Grèce",
    "GTM": "Guatemala",
    "HND": "Honduras",
    "HRV": "Croatie",
    "HTI": "Haïti",
    "HUN": "Hongrie",
    "IRN": "Iran",
    "IRQ": "Irak",
    "ITA": "Italie",
    "LBY": "Libye",
    "MAR": "Maroc",
    "MEX": "Mexique",
    "MKD": "Macédoine du Nord",
    "MLI": "Mali",
    "MRT": "Mauritanie",
    "NER": "Niger",
    "NGA": "Nigeria",
    "PAK": "Pakistan",
    "PAN": "Panama",
    "POL": "Pologne",
    "ROU": "Roumanie",
    "RUS": "Russie",
    "SEN": "Sénégal",
    "SRB": "Serbie",
    "SYR": "Syrie",
    "TUN": "Tunisie",
    "TUR": "Turquie",
    "USA": "États-Unis",
    "VEN": "Venezuela",
    "VNM": "Viêt Nam",
    "YEM": "Yémen",
}
_FR_DEMONYM = {
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
_EN_NAME = {
    "AFG": "Afghanistan",
    "ALB": "Albania",
    "AUT": "Austria",
    "BGD": "Bangladesh",
    "BGR": "Bulgaria",
    "BIH": "Bosnia and Herzegovina",
    "BLR": "Belarus",
    "CHN": "China",
    "CIV": "Ivory Coast",
    "CMR": "Cameroon",
    "COL": "Colombia",
    "DEU": "Germany",
    "DZA": "Algeria",
    "ECU": "Ecuador",
    "EGY": "Egypt",
    "ERI": "Eritrea",
    "ESP": "Spain",
    "FRA": "France",
    "GBR": "United Kingdom",
    "GIN": "Guinea",
    "GMB": "Gambia",
    "GRC": "Greece",
    "GTM": "Guatemala",
    "HND": "Honduras",
    "HRV": "Croatia",
    "HTI": "Haiti",
    "HUN": "Hungary",
    "IRN": "Iran",
    "IRQ": "Iraq",
    "ITA": "Italy",
    "LBY": "Libya",
    "MAR": "Morocco",
    "MEX": "Mexico",
    "MKD": "North Macedonia",
    "MLI": "Mali",
    "MRT": "Mauritania",
    "NER": "Niger",
    "NGA": "Nigeria",
    "PAK": "Pakistan",
    "PAN": "Panama",
    "POL": "Poland",
    "ROU": "Romania",
    "RUS": "Russia",
    "SEN": "Senegal",
    "SRB": "Serbia",
    "SYR": "Syria",
    "TUN": "Tunisia",
    "TUR": "Turkey",
    "USA": "United States",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "YEM": "Yemen",
}
_EN_DEMONYM = {
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
# Where a Texas file says a group was headed, when it names the city.
_US_CITIES = ("Houston, TX", "Dallas, TX", "San Antonio TX", "Atlanta, GA", "Chicago, IL")
# The names of the UN terminology database, as UNHCR writes them.
_UN_NAME = {
    **_EN_NAME,
    "BLR": "Belarus",
    "CIV": "Côte d'Ivoire",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "GMB": "Gambia",
    "IRN": "Iran (Islamic Republic of)",
    "RUS": "Russian Federation",
    "SYR": "Syrian Arab Republic",
    "TUR": "Türkiye",
    "USA": "United States of America",
    "VEN": "Venezuela (Bolivarian Republic of)",
    "VNM": "Viet Nam",
}

# --------------------------------------------------------------------------------------
# Months
# --------------------------------------------------------------------------------------
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
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# --------------------------------------------------------------------------------------
# Value words of each source
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Words:
    """The value words of one source, by canonical value."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str | None, ...]  # smuggling rows
    gender: dict[str, tuple[str, ...]]  # several persons
    gender_one: dict[str, tuple[str, ...]]  # one person
    age: dict[str, tuple[str, ...]]
    age_na: tuple[str, ...]
    transport: dict[str, tuple[str, ...]]
    transport_na: tuple[str, ...]
    linked: dict[str, tuple[str, ...]]
    linked_join: tuple[str, ...]
    zero: tuple[str, ...]  # no suspect
    count_unknown: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    coords_unknown: tuple[str, ...]
    no_transit: tuple[str | None, ...]


_WORDS: dict[str, _Words] = {
    "dij": _Words(
        crime={
            "smuggling": (
                "Tráfico Ilícito de Migrantes",
                "TIM",
                "Tráfico ilícito de migrantes (Art. 456-F C.P.)",
                "Art. 456-F C.P.",
                "TRAFICO ILICITO DE MIGRANTES",
            ),
            "trafficking": (
                "Trata de Personas",
                "Trata de personas (Art. 456-A C.P.)",
                "Art. 456-A C.P.",
                "Trata de Personas (Ley 79 de 2011)",
            ),
            "both": (
                "Trata de Personas y TIM",
                "Arts. 456-A y 456-F C.P.",
                "Trata de Personas / Tráfico Ilícito de Migrantes",
            ),
        },
        exploitation={
            "sexual": ("Explotación sexual", "Explotación sexual comercial", "sexual"),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral", "Trabajos forzados"),
            "forced_criminality": (
                "Actividades delictivas forzadas",
                "Comisión forzada de delitos",
            ),
            "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
            "organ_removal": ("Extracción de órganos",),
            "other": ("Otra", "Otros fines"),
        },
        no_exploitation=(None, None, "No aplica", "N/A"),
        gender={
            "male": ("Masculino", "Hombres", "Masc."),
            "female": ("Femenino", "Mujeres", "Fem."),
            "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
        },
        gender_one={
            "male": ("Masculino", "Hombre", "Masc."),
            "female": ("Femenino", "Mujer", "Fem."),
        },
        age={
            "adult": ("Adultos", "Mayor de edad", "Mayores de edad"),
            "child": ("Menor de edad", "NNA", "Menores de edad"),
            "mixed": ("Adultos y NNA", "Mixto", "Adultos y menores"),
        },
        age_na=("No determinado", "S/D"),
        transport={
            "land": ("Terrestre", "A pie", "Caminando (selva)", "Bus", "Vehículo"),
            "sea": ("Marítimo", "Lancha", "Embarcación"),
            "air": ("Aéreo", "Vuelo comercial"),
        },
        transport_na=("No aplica", "S/D"),
        linked={
            "document_fraud": (
                "Falsificación de documentos",
                "Art. 456-G (documentos falsos)",
                "Uso de documento falso",
            ),
            "corruption": ("Corrupción de servidores públicos", "Cohecho"),
            "money_laundering": ("Blanqueo de capitales", "Blanqueo"),
            "illicit_goods": ("Narcotráfico", "Contrabando", "Tráfico de drogas"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
        linked_join=(" / ", "; ", " y "),
        zero=("ninguno", "Ninguno", "0 (ninguno)"),
        count_unknown=("S/D", "Por determinar", "N/D"),
        suspects_unknown=("S/D", "N/D"),
        coords_unknown=("S/D", "Sin coordenadas"),
        no_transit=(None, None, "N/A"),
    ),
    "txdps": _Words(
        crime={
            "smuggling": (
                "Smuggling of Persons PC 20.05",
                "PC §20.05",
                "Human Smuggling",
                "Continuous Smuggling of Persons PC 20.06",
                "8 USC 1324 - Alien Smuggling",
                "SMUGGLING OF PERSONS",
            ),
            "trafficking": (
                "Trafficking of Persons PC 20A.02",
                "HUMAN TRAFFICKING",
                "Continuous Trafficking of Persons PC 20A.03",
                "PC §20A.02",
            ),
            "both": (
                "PC 20.05 / PC 20A.02",
                "Human Smuggling & Trafficking",
                "Smuggling of Persons; Trafficking of Persons",
            ),
        },
        exploitation={
            "sexual": ("Sex", "Sex Trafficking", "Commercial sex"),
            "forced_labour": ("Labor", "Labor Trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminal activity", "Compelled criminal activity"),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Organ removal",),
            "other": ("Other",),
        },
        no_exploitation=(None, None, "N/A"),
        gender={
            "male": ("Male", "M", "MALE"),
            "female": ("Female", "F", "FEMALE"),
            "mixed": ("Mixed", "Male/Female", "M/F", "Both"),
        },
        gender_one={
            "male": ("Male", "M", "MALE"),
            "female": ("Female", "F", "FEMALE"),
        },
        age={
            "adult": ("Adult", "ADULT", "18+"),
            "child": ("Juvenile", "Minor", "UAC", "Under 18"),
            "mixed": ("Adult & Juvenile", "Mixed", "Family Unit"),
        },
        age_na=("N/A", "Unk"),
        transport={
            "land": (
                "Vehicle",
                "On foot",
                "Tractor-trailer",
                "Pedestrian",
                "Passenger vehicle",
                "Freight train",
            ),
            "sea": ("Vessel", "Boat", "Maritime"),
            "air": ("Aircraft", "Commercial flight", "Air"),
        },
        transport_na=("N/A", "Unknown"),
        linked={
            "document_fraud": ("Fraudulent documents", "Forgery (ID docs)", "Document fraud"),
            "corruption": ("Bribery", "Bribery of public servant"),
            "money_laundering": ("Money Laundering", "Money Laundering PC 34.02"),
            "illicit_goods": ("Poss. controlled substance", "Narcotics", "Weapons"),
            "cybercrime": ("Computer crime",),
            "terrorism": ("Terrorism",),
        },
        linked_join=("; ", " / ", ", "),
        zero=("None", "NONE", "No arrests"),
        count_unknown=("UNK", "Unknown", "TBD"),
        suspects_unknown=("UNK", "Unknown"),
        coords_unknown=("N/A",),
        no_transit=(None, None, "None", "Direct"),
    ),
    "jic": _Words(
        crime={
            "smuggling": (
                "Aide à l'entrée irrégulière (art. {cesa} CESEDA)",
                "aide à l'entrée et au séjour irréguliers",
                "Smuggling / aide à l'entrée irrégulière",
                "art. {cesa} CESEDA",
                "facilitation de l'entrée irrégulière",
            ),
            "trafficking": (
                "Traite des êtres humains (art. 225-4-1 C. pén.)",
                "TEH",
                "Traite des êtres humains / THB",
                "art. 225-4-1 CP",
            ),
            "both": (
                "TEH + aide à l'entrée irrégulière",
                "art. 225-4-1 CP et {cesa} CESEDA",
                "Traite et aide à l'entrée irrégulière / THB & smuggling",
            ),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "proxénétisme", "sexuelle"),
            "forced_labour": (
                "travail forcé",
                "exploitation par le travail",
                "travail forcé / forced labour",
            ),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "forced_marriage": ("mariage forcé",),
            "organ_removal": ("prélèvement d'organes",),
            "other": ("autre",),
        },
        no_exploitation=(None, None, "sans objet", "SO"),
        gender={
            "male": ("H", "hommes", "masculin"),
            "female": ("F", "femmes", "féminin"),
            "mixed": ("mixte", "H/F", "hommes et femmes"),
        },
        gender_one={
            "male": ("H", "homme", "masculin"),
            "female": ("F", "femme", "féminin"),
        },
        age={
            "adult": ("majeurs", "adultes", "majeur(s)"),
            "child": ("mineurs", "MNA", "mineur(s)"),
            "mixed": ("majeurs + mineurs", "mixte", "adultes et mineurs"),
        },
        age_na=("non renseigné", "NR"),
        transport={
            "sea": ("small boat", "embarcation", "canot pneumatique", "maritime"),
            "land": ("poids lourd", "camion", "véhicule léger", "terrestre", "à pied"),
            "air": ("aérien", "avion"),
        },
        transport_na=("non renseigné", "NR"),
        linked={
            "document_fraud": ("fraude documentaire", "faux documents", "usage de faux"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment", "blanchiment d'argent"),
            "illicit_goods": ("stupéfiants", "trafic de stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        linked_join=(" + ", ", ", " / "),
        zero=("néant", "aucun", "0 (néant)"),
        count_unknown=("n.c.", "inconnu", "NC"),
        suspects_unknown=("n.c.", "inconnu"),
        coords_unknown=("n.c.", "non relevée"),
        no_transit=(None, None, "direct", "aucun"),
    ),
    "apdha": _Words(
        crime={
            "smuggling": (
                "Favorecimiento de la inmigración irregular (art. 318 bis CP)",
                "318 bis",
                "Art. 318 bis CP",
                "Contra los derechos de los ciudadanos extranjeros (318 bis)",
                "Tráfico de migrantes",
            ),
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "177 bis",
                "Trata",
                "Art. 177 bis CP",
            ),
            "both": (
                "177 bis + 318 bis",
                "Trata y favorecimiento de la inmigración irregular",
                "Trata / 318 bis",
            ),
        },
        exploitation={
            "sexual": ("Explotación sexual", "sexual", "Prostitución forzada"),
            "forced_labour": ("Explotación laboral", "Trabajos forzados", "laboral (campo)"),
            "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
            "forced_marriage": ("Matrimonio forzado",),
            "organ_removal": ("Extracción de órganos",),
            "other": ("Otras",),
        },
        no_exploitation=(None, None, "—", "No procede"),
        gender={
            "male": ("Hombres", "Varones", "H"),
            "female": ("Mujeres", "mujeres"),
            "mixed": ("Mixto", "Hombres y mujeres", "Ambos sexos"),
        },
        gender_one={
            "male": ("Hombre", "Varón", "H"),
            "female": ("Mujer", "mujer"),
        },
        age={
            "adult": ("Adultos", "Mayores de edad", "adultos/as"),
            "child": ("Menores", "MENA", "Menores no acompañados"),
            "mixed": ("Adultos y menores", "Mixto", "adultos/as y menores"),
        },
        age_na=("Sin dato", "No consta"),
        transport={
            "sea": ("Patera", "Cayuco", "Neumática", "Embarcación", "Lancha"),
            "land": ("Salto de valla", "Oculto en vehículo", "Bajos de camión", "Por tierra"),
            "air": ("Avión", "Vía aérea"),
        },
        transport_na=("Sin dato", "No consta"),
        linked={
            "document_fraud": ("Falsedad documental", "Documentos falsos"),
            "corruption": ("Cohecho", "Corrupción"),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de hachís", "Contrabando de tabaco", "Narcotráfico"),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
        linked_join=(", ", " y ", " + "),
        zero=("ninguno", "sin detenidos", "Ninguno"),
        count_unknown=("Sin dato", "No consta", "s.d."),
        suspects_unknown=("Sin dato", "No consta"),
        coords_unknown=("Sin dato",),
        no_transit=(None, "Directo", "directo"),
    ),
    "unhcr": _Words(
        crime={
            "smuggling": (
                "Smuggling of migrants",
                "smuggling_of_migrants",
                "SoM",
                "smuggling",
            ),
            "trafficking": (
                "Trafficking in persons",
                "trafficking_in_persons",
                "TiP",
                "Human trafficking",
            ),
            "both": (
                "Smuggling and trafficking",
                "smuggling_of_migrants trafficking_in_persons",
                "SoM + TiP",
            ),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "sexual_exploitation"),
            "forced_labour": ("Forced labour", "forced_labour", "Labour exploitation"),
            "forced_criminality": ("Forced criminality", "forced_criminal_activity"),
            "forced_marriage": ("Forced marriage", "forced_marriage"),
            "organ_removal": ("Organ removal", "organ_removal"),
            "other": ("Other", "other"),
        },
        no_exploitation=(None, None, "n/a"),
        gender={
            "male": ("Male", "male", "Men"),
            "female": ("Female", "female", "Women"),
            "mixed": ("Mixed", "mixed", "Men and women"),
        },
        gender_one={
            "male": ("Male", "male", "M"),
            "female": ("Female", "female", "F"),
        },
        age={
            "adult": ("Adults", "adult", "18+"),
            "child": ("Children", "UASC", "child", "Under 18"),
            "mixed": ("Adults and children", "mixed", "Mixed ages"),
        },
        age_na=("not_recorded", "Not recorded"),
        transport={
            "sea": ("Sea", "sea", "Boat", "By sea"),
            "land": ("Land", "land", "Overland", "On foot", "Truck"),
            "air": ("Air", "air", "Flight"),
        },
        transport_na=("n/a", "not_recorded"),
        linked={
            "document_fraud": ("doc_fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("drugs_arms",),
            "cybercrime": ("cyber",),
            "terrorism": ("terrorism",),
        },
        linked_join=(" ",),
        zero=("none", "None", "0 (none)"),
        count_unknown=("unknown", "not recorded"),
        suspects_unknown=("unknown", "dont_know"),
        coords_unknown=("",),
        no_transit=(None, None, "none"),
    ),
}
# UNHCR writes linked offences as labels in a share of the rows (older form versions).
_UN_LINKED_LABEL = {
    "document_fraud": "Document fraud",
    "corruption": "Corruption",
    "money_laundering": "Money laundering",
    "illicit_goods": "Drugs/arms trafficking",
    "cybercrime": "Cybercrime",
    "terrorism": "Terrorism",
}


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_PARTIAL = {  # (share of month-only dates, share of quarter-only dates)
    "dij": (0.05, 0.025),
    "txdps": (0.03, 0.02),
    "jic": (0.04, 0.02),
    "apdha": (0.05, 0.03),
    "unhcr": (0.06, 0.03),
}


def _precision(style: str, rng: _Rng, partial_ok: bool) -> str:
    month, quarter = _PARTIAL[style]
    u = rng.random()
    if not partial_ok:
        return "day"
    if u < quarter:
        return "quarter"
    if u < quarter + month:
        return "month"
    return "day"


def _swapped_year(year: int) -> str:
    """Return the year with its two middle digits swapped (2022 -> 2202): a typing slip."""
    text = str(year)
    return text[0] + text[2] + text[1] + text[3]


def _hhmm(rng: _Rng) -> tuple[int, int]:
    return int(rng.integers(7, 19)), int(rng.integers(0, 60))


def _date_dij(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, list[str]]:
    y, m, q = ts.year, ts.month, ts.quarter
    if prec == "month":
        return choice(
            rng,
            (
                f"{_ES_MONTHS[m - 1]} {y}",
                f"{_ES_ABBR[m - 1].upper()}-{y}",
                f"{_ES_MONTHS[m - 1].capitalize()} de {y}",
            ),
        ), ["partial_month"]
    if prec == "quarter":
        roman = ("I", "II", "III", "IV")[q - 1]
        return choice(
            rng, (f"{roman} Trimestre {y}", f"{roman} trim. {y}", f"Trimestre {roman}-{y}")
        ), ["partial_quarter"]
    u = rng.random()
    if u < 0.55:
        return ts.to_pydatetime(), ["excel_date"]
    if u < 0.72:
        return int((ts - _EXCEL_EPOCH).days), ["excel_serial"]
    if u < 0.88:
        return ts.strftime("%d/%m/%Y"), ["text_date"]
    return f"{ts.day}-{_ES_ABBR[m - 1]}-{ts.strftime('%y')}", ["month_abbr_date"]


def _date_txdps(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, list[str]]:
    y, m, q = ts.year, ts.month, ts.quarter
    if prec == "month":
        return choice(
            rng, (f"{m:02d}/{y}", f"{_EN_MONTHS[m - 1]} {y}", f"{_EN_MONTHS[m - 1][:3]}-{y}")
        ), ["partial_month"]
    if prec == "quarter":
        return choice(rng, (f"Q{q} {y}", f"Q{q} CY{y}", f"{y} Q{q}")), ["partial_quarter"]
    u = rng.random()
    if u < 0.6:
        return ts.strftime("%m/%d/%Y"), ["month_first"]
    if u < 0.82:
        return f"{m}/{ts.day}/{y}", ["month_first", "no_leading_zero"]
    if u < 0.9:
        return ts.strftime("%Y-%m-%d"), ["iso_date"]
    hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    half = "AM" if hour < 12 else "PM"
    return f"{ts.strftime('%m/%d/%Y')} {(hour % 12) or 12}:{minute:02d} {half}", [
        "month_first",
        "date_time",
    ]


def _fr_day(day: int) -> str:
    return "1er" if day == 1 else str(day)


def _date_jic(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, list[str]]:
    y, m, q = ts.year, ts.month, ts.quarter
    if prec == "month":
        return choice(rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}")), ["partial_month"]
    if prec == "quarter":
        nth = "1er" if q == 1 else f"{q}e"
        return choice(rng, (f"T{q} {y}", f"{nth} trim. {y}", f"{nth} trimestre {y}")), [
            "partial_quarter"
        ]
    u = rng.random()
    if u < 0.5:
        return ts.strftime("%d/%m/%Y"), ["day_first"]
    if u < 0.65:
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts.strftime('%d/%m/%Y')} {hour:02d}h{minute:02d}", ["day_first", "date_time"]
    if u < 0.8:
        return f"{_fr_day(ts.day)} {_FR_MONTHS[m - 1]} {y}", ["month_name"]
    if u < 0.93:
        return ts.strftime("%d/%m/%y"), ["day_first", "two_digit_year"]
    return ts.strftime("%Y-%m-%d"), ["iso_date"]


def _date_apdha(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, list[str]]:
    y, m, q = ts.year, ts.month, ts.quarter
    if prec == "month":
        return choice(
            rng, (f"{_ES_MONTHS[m - 1]} de {y}", f"{_ES_ABBR[m - 1]}. {y}", f"{m:02d}/{y}")
        ), ["partial_month"]
    if prec == "quarter":
        nth = ("1.er", "2.º", "3.er", "4.º")[q - 1]
        return choice(rng, (f"{y}T{q}", f"{q}T {y}", f"{nth} trimestre {y}")), ["partial_quarter"]
    u = rng.random()
    if u < 0.5:
        return ts.strftime("%d/%m/%Y"), ["day_first"]
    if u < 0.65:
        return f"{ts.day}/{m}/{y}", ["day_first", "no_leading_zero"]
    if u < 0.8:
        return f"{ts.day:02d}-{_ES_ABBR[m - 1]}-{y}", ["month_abbr_date"]
    if u < 0.92:
        return f"{ts.day} de {_ES_MONTHS[m - 1]} de {y}", ["month_name"]
    return ts.strftime("%d/%m/%y"), ["day_first", "two_digit_year"]


_TZ = {  # (winter, summer) UTC offsets of the Kobo devices, by detection country
    "GBR": ("+00:00", "+01:00"),
    "GRC": ("+02:00", "+03:00"),
    "PAN": ("-05:00", "-05:00"),
    "USA": ("-06:00", "-05:00"),
}


def _date_unhcr(ts: pd.Timestamp, prec: str, rng: _Rng, country: str) -> tuple[object, list[str]]:
    y, m, q = ts.year, ts.month, ts.quarter
    if prec == "month":
        return choice(rng, (f"{y}-{m:02d}", f"{_EN_MONTHS[m - 1][:3]} {y}")), ["partial_month"]
    if prec == "quarter":
        return choice(rng, (f"{y}-Q{q}", f"Q{q} {y}")), ["partial_quarter"]
    u = rng.random()
    if u < 0.6:
        return ts.strftime("%Y-%m-%d"), ["iso_date"]
    if u < 0.75:
        winter, summer = _TZ.get(country, ("+01:00", "+02:00"))
        tz = summer if 4 <= m <= 10 else winter
        hour, minute = _hhmm(rng)
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00.000{tz}", ["kobo_datetime"]
    if u < 0.9:
        return f"{ts.day} {_EN_MONTHS[m - 1][:3]} {y}", ["month_name"]
    return f"{ts.day:02d}-{_EN_MONTHS[m - 1][:3]}-{y}", ["month_name"]


def _write_date(
    src: Blind30Source, ts: pd.Timestamp, prec: str, rng: _Rng, country: str
) -> tuple[object, list[str]]:
    if src.style == "dij":
        return _date_dij(ts, prec, rng)
    if src.style == "txdps":
        return _date_txdps(ts, prec, rng)
    if src.style == "jic":
        return _date_jic(ts, prec, rng)
    if src.style == "apdha":
        return _date_apdha(ts, prec, rng)
    return _date_unhcr(ts, prec, rng, country)


def _bad_date(src: Blind30Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    y = ts.year
    if kind == "no_date":
        words = {
            "dij": "S/F",
            "txdps": "UNK",
            "jic": "date inconnue",
            "apdha": "s/f",
            "unhcr": None,
        }[src.style]
        return None if rng.random() < 0.6 else words
    if kind == "bad_date":
        if src.style == "txdps":
            return choice(rng, (f"02/30/{y}", f"02/31/{y}", f"04/31/{y}", f"11/31/{y}"))
        if src.style == "unhcr":
            return choice(rng, (f"{y}-02-30", f"{y}-04-31", f"{y}-13-{ts.day:02d}"))
        if src.style == "apdha":
            return choice(rng, (f"29/02/{y}", f"31/06/{y}", f"31/09/{y}"))
        return choice(rng, (f"31/02/{y}", f"30/02/{y}", f"31/04/{y}", f"31/11/{y}"))
    # future_date: a year typed with two digits swapped, or a century ahead
    swapped = _swapped_year(y)
    if src.style == "dij":
        if rng.random() < 0.5:
            return ts.replace(year=y + 100).to_pydatetime()
        return f"{ts.day:02d}/{ts.month:02d}/{swapped}"
    if src.style == "txdps":
        return f"{ts.month:02d}/{ts.day:02d}/{swapped}"
    if src.style == "unhcr":
        return f"{y + 100}-{ts.month:02d}-{ts.day:02d}"
    return f"{ts.day:02d}/{ts.month:02d}/{swapped if rng.random() < 0.5 else y + 100}"


def _note_date(src: Blind30Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the date of its last row)."""
    if src.style == "dij":
        return last.to_pydatetime()
    if src.style == "txdps":
        return last.strftime("%m/%d/%Y")
    if src.style == "unhcr":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries as written
# --------------------------------------------------------------------------------------
def _country(
    src: Blind30Source,
    code: str,
    rng: _Rng,
    *,
    female: bool,
    demonym: bool,
    draw: float | None = None,
) -> str:
    """Write one country as the source does (a demonym when ``demonym`` and known).

    ``draw`` fixes the style draw, so that the countries of one cell share a style.
    """
    a2, _ = iso_codes(code)
    u = rng.random() if draw is None else draw
    if src.style == "dij":
        name = _ES_LATAM.get(code, code)
        if demonym and code in _ES_DEMONYM and u < 0.6:
            return _ES_DEMONYM[code][1]  # "nacionalidad venezolana"
        if u < 0.75:
            return name
        if u < 0.92:
            return _strip_accents(name).upper()
        return code
    if src.style == "txdps":
        name = _EN_NAME.get(code, code)
        if code == "USA":
            return choice(rng, ("USA", "United States", "US", "U.S."))
        if demonym and code in _EN_DEMONYM and u < 0.2:
            return _EN_DEMONYM[code]
        if u < 0.55:
            return name.upper()
        if u < 0.75:
            return a2
        return name
    if src.style == "jic":
        name = _FR_NAME.get(code, code)
        if code == "GBR" and u < 0.3:
            return choice(rng, ("R.-U.", "UK", "Angleterre"))
        if demonym and code in _FR_DEMONYM and u < 0.6:
            return _FR_DEMONYM[code][1 if female else 0]
        if u < 0.85:
            return name
        return code
    if src.style == "apdha":
        name = _ES_NAME.get(code, code)
        if demonym and code in _ES_DEMONYM and u < 0.55:
            return _ES_DEMONYM[code][1 if female else 0]
        if u < 0.9:
            return name
        return name.upper()
    # unhcr
    if u < 0.5:
        return code
    if u < 0.9:
        return _UN_NAME.get(code, code)
    return _EN_NAME.get(code, code)


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _transit(src: Blind30Source, value: object, rng: _Rng) -> tuple[object, list[str]]:
    words = _WORDS[src.style]
    if value is None:
        return choice(rng, tuple(w or "" for w in words.no_transit)) or None, []
    codes = str(value).split("|")
    if src.style == "unhcr" and rng.random() < 0.5:
        return " > ".join(codes), ["transit_codes"]
    if src.style == "txdps" and rng.random() < 0.25:
        return "/".join(iso_codes(c)[0] for c in codes), ["transit_alpha2"]
    draw = float(rng.random())  # one style for the whole cell
    names = [_country(src, c, rng, female=False, demonym=False, draw=draw) for c in codes]
    joins = {
        "dij": (" - ", ", ", " / "),
        "txdps": ("; ", ", "),
        "jic": (", ", " puis ", " > "),
        "apdha": (" - ", ", ", " → "),
        "unhcr": (", ", " - "),
    }[src.style]
    return choice(rng, joins).join(names), ["transit_names"]


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _persons(src: Blind30Source, n: int, rng: _Rng) -> tuple[object, list[str]]:
    u = rng.random()
    big = n >= 1000
    if src.style == "dij":
        if big and u < 0.5:
            return f"{n:,}", ["thousands_sep"]
        if u < 0.06:
            return f"{n} {'persona' if n == 1 else choice(rng, ('personas', 'migrantes'))}", [
                "count_with_word"
            ]
        if u < 0.09 and n >= 10:
            return f"aprox. {n}", ["count_approx"]
        return n, []
    if src.style == "txdps":
        if big and u < 0.8:
            return f"{n:,}", ["thousands_sep"]
        return str(n), []
    if src.style == "jic":
        if big and u < 0.8:
            sep = choice(rng, ("\u00a0", " "))
            return f"{n:,}".replace(",", sep), ["thousands_sep"]
        if u < 0.08:
            return f"{n} pers.", ["count_with_word"]
        return str(n), []
    if src.style == "apdha":
        if big and u < 0.8:
            return f"{n:,}".replace(",", "."), ["thousands_sep"]
        return str(n), []
    if u < 0.04 and n >= 10:
        return f"approx. {n}", ["count_approx"]
    if u < 0.18:
        return str(n), ["count_as_text"]
    return n, []


def _suspects(src: Blind30Source, n: int, rng: _Rng) -> tuple[object, list[str]]:
    words = _WORDS[src.style]
    if n == 0 and rng.random() < 0.35:
        return choice(rng, words.zero), ["zero_word"]
    if src.format == "csv":
        return str(n), []
    return (str(n), ["count_as_text"]) if rng.random() < 0.1 else (n, [])


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float) -> tuple[int, int, int, float]:
    """Degrees, minutes, seconds of ``abs(value)`` and the value they stand for (signed)."""
    total = round(abs(value) * 3600)
    sign = -1.0 if value < 0 else 1.0
    return total // 3600, (total % 3600) // 60, total % 60, sign * total / 3600


def _dm(value: float, decimals: int) -> tuple[int, float, float]:
    """Degrees, decimal minutes of ``abs(value)`` and the value they stand for (signed)."""
    scale = 10**decimals
    total = round(abs(value) * 60 * scale)
    sign = -1.0 if value < 0 else 1.0
    return total // (60 * scale), (total % (60 * scale)) / scale, sign * total / (60 * scale)


def _coords(
    src: Blind30Source, lat: float, lon: float, rng: _Rng
) -> tuple[_Cells, float, float, list[str]]:
    """Write a point as the source does; return (cells, lat read, lon read, tags)."""
    ns = "N" if lat >= 0 else "S"
    u = rng.random()
    if src.style == "dij":
        ew = ("O" if rng.random() < 0.5 else "W") if lon < 0 else "E"
        if u < 0.4:
            d1, m1, s1, la = _dms(lat)
            d2, m2, s2, lo = _dms(lon)
            text = f"{d1}°{m1:02d}'{s1:02d}\"{ns} {d2}°{m2:02d}'{s2:02d}\"{ew}"
            return {"coordinates": text}, la, lo, ["coords_dms"]
        if u < 0.7:
            la, lo = round(lat, 5), round(lon, 5)
            return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, ["coords_decimal"]
        if u < 0.85:
            la, lo = round(lat, 5), round(lon, 5)
            text = f"{ns} {abs(la):.5f} {ew} {abs(lo):.5f}"
            return {"coordinates": text}, la, lo, ["coords_hemisphere"]
        d1, mm1, la = _dm(lat, 2)
        d2, mm2, lo = _dm(lon, 2)
        text = f"{d1}°{mm1:05.2f}'{ns} {d2}°{mm2:05.2f}'{ew}"
        return {"coordinates": text}, la, lo, ["coords_dm"]
    if src.style == "txdps":
        k = int(rng.integers(4, 7))
        la, lo = round(lat, k), round(lon, k)
        lat_cell = f"{la:.{k}f}"
        if u < 0.15 and lo < 0:
            return {"lat": lat_cell, "lon": f"{abs(lo):.{k}f} W"}, la, lo, ["lon_west_letter"]
        if u < 0.25:
            return {"lat": f"{lat_cell}°", "lon": f"{lo:.{k}f}°"}, la, lo, ["degree_sign"]
        return {"lat": lat_cell, "lon": f"{lo:.{k}f}"}, la, lo, ["coords_decimal"]
    if src.style == "jic":
        ew = "W" if lon < 0 else "E"
        if u < 0.5:
            d1, mm1, la = _dm(lat, 1)
            d2, mm2, lo = _dm(lon, 1)
            text = f"{d1:02d}°{mm1:04.1f}'{ns} {d2:03d}°{mm2:04.1f}'{ew}".replace(".", ",")
            return {"coordinates": text}, la, lo, ["coords_dm", "decimal_comma"]
        la, lo = round(lat, 5), round(lon, 5)
        if u < 0.7:
            text = f"{abs(la):.5f} {ns} / {abs(lo):.5f} {ew}".replace(".", ",")
            return {"coordinates": text}, la, lo, ["coords_hemisphere", "decimal_comma"]
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, ["coords_decimal"]
    if src.style == "apdha":
        if u < 0.7:
            la, lo = round(lat, 5), round(lon, 5)
            cells: _Cells = {
                "lat": f"{la:.5f}".replace(".", ","),
                "lon": f"{lo:.5f}".replace(".", ","),
            }
            return cells, la, lo, ["decimal_comma"]
        ew = ("O" if rng.random() < 0.6 else "W") if lon < 0 else "E"
        d1, m1, s1, la = _dms(lat)
        d2, m2, s2, lo = _dms(lon)
        cells = {"lat": f"{d1}º {m1}' {s1}'' {ns}", "lon": f"{d2}º {m2}' {s2}'' {ew}"}
        return cells, la, lo, ["coords_dms", "ordinal_degree_sign"]
    # unhcr: a Kobo geopoint "lat lon altitude accuracy"
    k = int(rng.integers(6, 9))
    la, lo = round(lat, k), round(lon, k)
    alt = choice(rng, ("0", "0.0", f"{rng.uniform(0, 40):.1f}"))
    acc = choice(rng, ("0", "0.0", f"{rng.uniform(3, 25):.1f}"))
    return {"coordinates": f"{la:.{k}f} {lo:.{k}f} {alt} {acc}"}, la, lo, ["kobo_geopoint"]


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _crime(src: Blind30Source, crime: str, ts: pd.Timestamp, rng: _Rng) -> str:
    text = choice(rng, _WORDS[src.style].crime[crime])
    # The CESEDA was recodified on 1 May 2021: L622-1 became L823-1.
    cesa = "L622-1" if ts < pd.Timestamp("2021-05-01") else "L823-1"
    return text.replace("{cesa}", cesa)


def _linked(src: Blind30Source, value: object, rng: _Rng) -> object:
    if value is None:
        return None
    words = _WORDS[src.style]
    kinds = str(value).split("|")
    if src.style == "unhcr" and rng.random() < 0.3:
        return "; ".join(_UN_LINKED_LABEL[k] for k in kinds)
    parts = [choice(rng, words.linked[k]) for k in kinds]
    return choice(rng, words.linked_join).join(parts)


def _fit(text: object, src: Blind30Source) -> object:
    """Keep a cell the file's encoding can hold (accents dropped if it cannot)."""
    if isinstance(text, str) and not fits(text, src):
        return _strip_accents(text).encode(src.encoding, "replace").decode(src.encoding)
    return text


def _render(
    src: Blind30Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    words = _WORDS[src.style]
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    det = str(ev["detection_country"])
    exp: dict[str, object] = {}
    cells: _Cells = {}

    # date
    prec = _precision(src.style, rng, partial_ok)
    cells["event_date"], t = _write_date(src, ts, prec, rng, det)
    tags += t
    period = {
        "day": ts,
        "month": ts.to_period("M").start_time,
        "quarter": ts.to_period("Q").start_time,
    }
    exp["event_date"] = period[prec]
    exp["date_precision"] = prec

    # crime and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _crime(src, crime, ts, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, tuple(w or "" for w in words.no_exploitation)) or None
    else:
        cells["exploitation"] = choice(rng, words.exploitation[str(expl)])
    exp["exploitation"] = expl

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, words.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _persons(src, n, rng)
        exp["n_persons"] = n
        tags += t

    # suspects
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, words.suspects_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"], t = _suspects(src, k, rng)
        exp["n_suspects"] = k
        tags += t

    # gender
    gender = str(ev["gender"])
    female = gender == "female"
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        table = words.gender_one if n == 1 and gender in words.gender_one else words.gender
        cells["gender"] = choice(rng, table[gender])
        exp["gender"] = gender

    # age group
    age = str(ev["age_group"])
    if rng.random() < 0.015:
        cells["age_group"] = choice(rng, words.age_na)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, words.age[age])
        exp["age_group"] = age

    # countries
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, nat, rng, female=female, demonym=True)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        cells[col] = _country(src, code, rng, female=False, demonym=False)
        exp[col] = code
    if src.style == "txdps" and exp["destination_country"] == "USA" and rng.random() < 0.1:
        cells["destination_country"] = choice(rng, _US_CITIES)
        tags.append("destination_city")
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, det, rng, female=False, demonym=False)
        exp["detection_country"] = det
    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    # transport
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"] = choice(rng, words.transport_na)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, words.transport[mode])
        exp["transport_mode"] = mode

    # coordinates
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    point = "coordinates" if "coordinates" in src.headers else "lat"
    u = rng.random()
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif u < 0.03:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif u < 0.04 and words.coords_unknown != ("",):
        cells[point] = choice(rng, words.coords_unknown)
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        written, la, lo, t = _coords(src, lat, lon, rng)
        cells.update(written)
        exp["lat"], exp["lon"] = la, lo
        tags += t

    # linked offences
    cells["linked_offences"] = _linked(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]

    if src.style == "jic":  # a few cells pasted from a UTF-8 system into the cp1252 file
        for col in ("crime_type", "exploitation", "nationality", "origin_country"):
            text = cells.get(col)
            garbled = mojibake(text) if isinstance(text, str) and rng.random() < 0.08 else None
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append("mojibake")
    cells = {c: _fit(v, src) for c, v in cells.items()}
    return cells, exp, tags


_EXAMINER: Examiner[Blind30Source] = Examiner(
    sources=BLIND30_SOURCES,
    primary=_PRIMARY,
    compilation=_UNHCR.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=3030,
    blank_share=0.5,
)


def make_blind30(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind30`` sources would (files ``*_af.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``pn_dij_panama_af.xlsx``, ``txdps_bsoc_af.csv``, ``jic_coquelles_af.csv``,
        ``apdha_frontera_sur_af.csv`` and ``unhcr_protection_monitoring_af.jsonl``, each
        with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind30(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pn_dij_panama_af.xlsx', 'txdps_bsoc_af.csv', 'jic_coquelles_af.csv',
     'apdha_frontera_sur_af.csv', 'unhcr_protection_monitoring_af.jsonl']
    >>> sorted({s.language for s in subs})
    ['en', 'es', 'fr']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
