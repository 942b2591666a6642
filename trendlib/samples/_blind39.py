"""Examiner sample set ``blind39``: five Caribbean, Guyanese, Central African and Gulf sources.

A held-out set written without looking at the cleaner, from five agencies no earlier set
used. Files are named ``*_ao.*``. Each source writes every event it reports the way that
agency's own export looks; the expected clean value of every cell is the one a
competent analyst reads from it. A reader's guide, source by source:

``jcf_ctoc_ao.csv`` -- Jamaica Constabulary Force, Counter-Terrorism and Organised Crime
    Investigation Branch (C-TOC), Trafficking in Persons unit. English, cp1252 (CRLF),
    ``,``. First reports the events detected in the United States and Panama (liaison
    with the US and the Central American partners) and reports some Channel and
    Viet Nam - UK cases a second time; re-sends a few rows. Header says
    ``(DD/MM/YYYY)``: dates ``14/03/2022`` (some unpadded ``4/3/2022``), ``14-Mar-2022``,
    ``14th March 2022``, ``March 14, 2022``, partial ``Mar-2022`` / ``March 2022`` and
    quarters ``Q1 2022`` / ``1st Qtr 2022``. Offence as the Trafficking in Persons
    (Prevention, Suppression and Punishment) Act 2007 ``s.4`` or ``People smuggling``;
    ``N/A`` exploitation on smuggling rows; ``Nil`` / ``None`` for no one charged and
    ``N/K`` / ``Not known`` / ``Unknown`` for counts nobody knows; thousands with a
    comma (``1,250``); demonyms (``Venezuelan``, sometimes the classic ``Columbian``
    misspelling), names and passport (MRZ) alpha-3 codes; sex ``M`` / ``F`` / ``M/F``;
    one ``Lat/Long (WGS84)`` cell, ``18.0179, -76.8099`` or ``31.42490 N, 110.93579 W``,
    or ``N/A``; ``Direct`` when there is no transit; a ``Location`` column with the place
    name; ``Nil`` related offences; occasional mojibake (``CÃ´te d'Ivoire``).

``ddpaf_guyane_ao.csv`` -- Direction départementale de la police aux frontières de
    Guyane (DDPAF 973), French Guiana's border police, as extracted for the national PAF
    office. French, UTF-8 without BOM, ``;``. First reports the events detected in France
    and the United Kingdom, and reports second some Nigeria - Italy, Western Mediterranean
    and Western Balkans cases. Dates ``14/03/2022``, ``14/03/22``, ``14 mars 2022``
    (``1er mars 2022``), ``lundi 14 mars 2022``, ISO from the procedure software,
    partial ``mars 2022`` / ``03/2022`` and quarters ``T1 2022`` / ``1er trimestre 2022``
    / ``2e trim. 2022``. Qualifications citing the CESEDA (``art. L823-1``, aide à
    l'entrée irrégulière) and the Code pénal (``art. 225-4-1``, traite, ``TEH``);
    ``ESI`` and ``MEC`` (mis en cause) in the headers; ``néant`` for nobody,
    ``NC`` / ``NR`` / ``non renseigné`` for unknown counts; thousands with a
    (narrow) no-break space; gender-agreed demonyms (``vénézuélienne``); ``Angleterre``
    for the United Kingdom; ``Vecteur`` (``maritime``, ``small boat``, ``poids lourd``);
    coordinates in one cell as degrees-minutes-seconds with French ``O`` for west
    (``51°30'27"N 0°07'40"O``), as maritime degrees and decimal minutes with a decimal
    comma (``N 50°57,800' E 001°51,367'``) or as decimal-comma degrees, ``NC`` when
    unknown; some cells garbled UTF-8 read as cp1252 (``Ã‰rythrÃ©e``).

``dgdi_gabon_ao.xlsx`` -- Gabon, Direction Générale de la Documentation et de
    l'Immigration (DGDI), police des frontières division. French, Excel workbook. First
    reports the events detected in Italy (Central Mediterranean, Nigeria - Italy
    trafficking), and reports second some Western African/Atlantic and Eastern
    Mediterranean cases. Dates mostly real Excel dates; some typed as text
    (``14/03/2022``, ``14 mars 2022``), some pasted as bare Excel serial numbers
    (``44634``), partial ``mars 2022`` and quarters ``2e trimestre 2022`` / ``T2-2022``.
    ``Traite d'enfants`` for child victims; counts as numbers, a few typed
    ``12 pers.`` or ``1 250``; ``aucun`` / ``néant`` for no suspect, ``ND`` when not
    known; country names, demonyms and alpha-3 codes; ``Pirogue`` on the Atlantic
    route; latitude and longitude as numbers in decimal degrees, a few as decimal-comma
    text, blank when not taken. No linked-offence column.

``policia_gq_fronteras_ao.csv`` -- Equatorial Guinea, Policía Nacional, Dirección
    General de Fronteras y Extranjería (liaison with the Spanish Canary Islands
    authorities). Spanish, UTF-16 (Excel "Unicode text" export, BOM), tab. First reports
    the events detected in Spain, and reports second some Darién and Belarus - Poland
    cases; re-sends a few rows. Dates ``14/03/2022``, ``14-03-2022``, Excel's Spanish
    ``14-mar-22``, ``14 de marzo de 2022``, ``14/3/22``, partial ``marzo de 2022`` and
    quarters ``2º trim. 2022`` / ``II trimestre 2022``. ``Ley 1/2004`` on smuggling and
    trafficking; ``1.250`` thousands; ``ninguno`` for nobody and ``s/d`` / ``sin datos``
    / ``desconocido`` for unknown; never a bare ``Guinea`` for Guinea-Conakry (that
    would be the reporting country) but ``Guinea Conakry``; ``Varón`` / ``Mujer`` /
    ``H/M`` (never a bare ``M``); ``cayuco`` / ``patera`` / ``neumática``; some rows typed
    in capitals; latitude and longitude with a decimal comma, ``s/d`` when unknown.

``gccpol_digest_ao.jsonl`` -- GCCPOL (the Gulf Cooperation Council police organisation,
    Abu Dhabi), liaison digest of cases shared by partner services. English, JSON lines
    (UTF-8). Reports every event no other source first reports (Greece, Croatia,
    Poland, ...) and second some Channel, Central Mediterranean, US - Mexico and
    Romania - Spain cases. ISO dates, some as local timestamps with the Gulf offset
    (``2022-03-14T09:30:00+04:00``, read as the local day), some ``14/03/2022`` (only
    when the day cannot be a month) or ``14 Mar 2022``, partial ``2022-03`` and
    ``2022-Q1``. Offence codes ``SOM`` / ``THB`` / ``THB/SOM``; upper-case code words;
    counts as JSON numbers (a few big ones as text, ``1,250``), ``N/K`` / ``unknown``
    text when not known and ``NIL`` for nobody; nationality and countries as ISO
    alpha-2 (sometimes lower case), alpha-3 or English names; transit as alpha-2 codes
    joined by ``>`` (``TR>BG>RS``) or alpha-3 joined by ``-``; one ``geo`` string
    ``"39.23073,26.21422"``, null when not taken; no origin field.

Every source writes a note row (but the digest), a total row, an empty row (CSV),
rows to quarantine (no date, an impossible date such as ``31/04/2022``, a date typed ten
years ahead, a negative or unreadable count such as ``several`` / ``plusieurs`` /
``varios``) and second reports of events first reported elsewhere (a day off, in its
own wording, some leaving a field blank).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import cast

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

__all__ = ["BLIND39_SOURCES", "make_blind39"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_JCF = ExaminerSource(
    source="jcf_ctoc_ao",
    filename="jcf_ctoc_ao.csv",
    ref="CTOC/TIP/{seq:04d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "C-TOC Ref.",
        "event_date": "Date of Interception (DD/MM/YYYY)",
        "crime_type": "Offence",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Persons (Victims/Migrants)",
        "n_suspects": "No. Arrested/Charged",
        "gender": "Sex (M/F)",
        "age_group": "Adult/Minor",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Intended Destination",
        "detection_country": "Country Intercepted",
        "place": "Location",
        "transport_mode": "Conveyance",
        "coordinates": "Lat/Long (WGS84)",
        "linked_offences": "Related Offences",
    },
    note="NB: provisional figures, subject to revision - C-TOC TIP Unit",
    total="TOTAL",
    bad_count=("several", "numerous", "a group"),
    repeats=True,
)
_PAF = ExaminerSource(
    source="ddpaf_guyane_ao",
    filename="ddpaf_guyane_ao.csv",
    ref="PAF973/{year}/{seq:06d}",
    format="csv",
    encoding="utf-8",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de procédure",
        "event_date": "Date des faits",
        "crime_type": "Qualification retenue",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nb personnes (ESI / victimes)",
        "n_suspects": "Nb mis en cause (MEC)",
        "gender": "Sexe",
        "age_group": "Majeur / Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays de constatation",
        "place": "Lieu d'interpellation",
        "transport_mode": "Vecteur",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - extraction DDPAF 973 - diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
)
_DGDI = ExaminerSource(
    source="dgdi_gabon_ao",
    filename="dgdi_gabon_ao.xlsx",
    ref="{seq:04d}/DGDI/DPF/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date interpellation",
        "crime_type": "Nature infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre pers.",
        "n_suspects": "Suspects interpellés",
        "gender": "Sexe (M/F)",
        "age_group": "Âge (majeur/mineur)",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interpellation",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude (deg. déc.)",
        "lon": "Longitude (deg. déc.)",
    },
    note="NB : chiffres provisoires DGDI / DPF, non consolidés",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
)
_GNQ = ExaminerSource(
    source="policia_gq_fronteras_ao",
    filename="policia_gq_fronteras_ao.csv",
    ref="AT-{seq:05d}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha hechos",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº personas (víctimas/migrantes)",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad (mayor/menor)",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Países tránsito",
        "destination_country": "País destino",
        "detection_country": "País detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación",
    total="TOTAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=True,
)
_GCC = ExaminerSource(
    source="gccpol_digest_ao",
    filename="gccpol_digest_ao.jsonl",
    ref="GCCPOL-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseRef",
        "event_date": "incidentDate",
        "crime_type": "offenceCategory",
        "exploitation": "exploitationType",
        "n_persons": "personsInvolved",
        "n_suspects": "suspectsArrested",
        "gender": "sex",
        "age_group": "ageBand",
        "nationality": "nationality",
        "destination_country": "destination",
        "transit_countries": "transitRoute",
        "detection_country": "detectedIn",
        "transport_mode": "travelMode",
        "coordinates": "geo",
        "linked_offences": "relatedOffences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "group"),
    repeats=False,
)

#: The sources of ``blind39``, in the order :func:`make_blind39` returns their files.
BLIND39_SOURCES: tuple[ExaminerSource, ...] = (_JCF, _PAF, _DGDI, _GNQ, _GCC)

# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia & Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China", "P.R. China"),
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
    "GBR": ("United Kingdom", "UK", "U.K.", "Great Britain"),
    "GIN": ("Guinea", "Guinea (Conakry)", "Republic of Guinea"),
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
    "PAN": ("Panama", "Rep. of Panama"),
    "POL": ("Poland",),
    "ROU": ("Romania",),
    "RUS": ("Russia", "Russian Federation"),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("USA", "United States", "U.S.A."),
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
#: Misspellings a Jamaican clerk writes now and then.
_EN_TYPOS: dict[str, str] = {"COL": "Columbian", "VEN": "Venezuelian", "HTI": "Hatian"}

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
    "ECU": ("Équateur", "Equateur"),
    "EGY": ("Égypte", "Egypte"),
    "ERI": ("Érythrée", "Erythrée"),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Grande-Bretagne"),
    "GIN": ("Guinée", "Guinée-Conakry"),
    "GMB": ("Gambie",),
    "GRC": ("Grèce",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatie",),
    "HTI": ("Haïti", "Haiti"),
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
    "RUS": ("Russie",),
    "SEN": ("Sénégal",),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis", "Etats-Unis"),
    "VEN": ("Venezuela", "Vénézuela"),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
#: French demonyms, (masculine, feminine).
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
_ES_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
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
    # never a bare "Guinea" in Malabo: that is the reporting country itself
    "GIN": ("Guinea Conakry", "Guinea (Conakry)", "Rep. de Guinea (Conakry)"),
    "GMB": ("Gambia",),
    "GRC": ("Grecia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croacia",),
    "HTI": ("Haití", "Haiti"),
    "HUN": ("Hungría",),
    "IRN": ("Irán",),
    "IRQ": ("Irak",),
    "ITA": ("Italia",),
    "LBY": ("Libia",),
    "MAR": ("Marruecos",),
    "MEX": ("México", "Mexico"),
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
    "USA": ("EE.UU.", "Estados Unidos", "EEUU"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
#: Spanish demonyms, (masculine, feminine).
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
    "GIN": ("guineano (Conakry)", "guineana (Conakry)"),
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
_FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
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
_ROMAN = ("I", "II", "III", "IV")

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "jcf_ctoc_ao": {
        "trafficking": (
            "Trafficking in Persons",
            "TIP (s.4 TPA 2007)",
            "Human trafficking",
            "Trafficking in Persons - s.4 TP(PSP) Act",
        ),
        "smuggling": ("People smuggling", "Migrant smuggling", "Smuggling of migrants"),
        "both": ("TIP / Migrant smuggling", "Smuggling & TIP", "Trafficking and smuggling"),
    },
    "ddpaf_guyane_ao": {
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH (art. 225-4-1 C. pén.)",
            "traite des êtres humains",
        ),
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L823-1 CESEDA)",
            "Aide à l'entrée et au séjour irréguliers d'étrangers",
            "Filière d'immigration irrégulière",
            "trafic de migrants",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "Traite des êtres humains et aide à l'entrée irrégulière (225-4-1 CP / L823-1 CESEDA)",
        ),
    },
    "dgdi_gabon_ao": {
        "trafficking": ("Traite des personnes", "Traite des êtres humains"),
        "smuggling": ("Trafic illicite de migrants", "Trafic de migrants"),
        "both": ("Traite + trafic de migrants", "Traite des personnes et trafic de migrants"),
    },
    "policia_gq_fronteras_ao": {
        "trafficking": ("Trata de personas", "Trata de seres humanos", "Trata (Ley 1/2004)"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes (Ley 1/2004)",
            "tráfico de migrantes",
        ),
        "both": ("Trata y tráfico de migrantes", "Tráfico de migrantes / trata"),
    },
    "gccpol_digest_ao": {
        "trafficking": ("THB", "Human Trafficking"),
        "smuggling": ("SOM", "Migrant Smuggling"),
        "both": ("THB/SOM", "THB + SOM"),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "jcf_ctoc_ao": {
        "sexual": ("Sexual exploitation", "Commercial sexual exploitation", "Sex trafficking"),
        "forced_labour": ("Forced labour", "Labour exploitation", "Forced labor"),
        "forced_criminality": ("Forced criminal activity", "Forced criminality"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "none": ("", "N/A", "n/a", "-"),
    },
    "ddpaf_guyane_ao": {
        "sexual": ("exploitation sexuelle", "Exploitation sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme d'exploitation"),
        "none": ("", "sans objet", "s.o."),
    },
    "dgdi_gabon_ao": {
        "sexual": ("Exploitation sexuelle", "Sexuelle"),
        "forced_labour": ("Travail forcé", "Travaux forcés"),
        "forced_criminality": ("Criminalité forcée", "Activités criminelles forcées"),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
        "none": ("", "—", "Néant"),
    },
    "policia_gq_fronteras_ao": {
        "sexual": ("explotación sexual", "Explotación sexual"),
        "forced_labour": ("trabajos forzados", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas", "otra"),
        "none": ("", "no procede", "N/P"),
    },
    "gccpol_digest_ao": {
        "sexual": ("SEXUAL",),
        "forced_labour": ("FORCED_LABOUR", "LABOUR"),
        "forced_criminality": ("FORCED_CRIMINALITY",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
        "none": ("",),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "jcf_ctoc_ao": {
        "document_fraud": ("Document fraud", "Forged documents", "Uttering forged documents"),
        "corruption": ("Corruption", "Bribery"),
        "money_laundering": ("Money laundering", "Money laundering (POCA)"),
        "illicit_goods": ("Contraband", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
        "none": ("", "Nil", "None"),
        "sep": ("; ", " & ", ", "),
    },
    "ddpaf_guyane_ao": {
        "document_fraud": ("fraude documentaire", "faux et usage de faux", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
        "none": ("", "néant"),
        "sep": (" + ", ", ", " / "),
    },
    "policia_gq_fronteras_ao": {
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("ciberdelito", "delito informático"),
        "terrorism": ("terrorismo",),
        "none": ("", "ninguno", "no constan"),
        "sep": (", ", " / ", " y "),
    },
    "gccpol_digest_ao": {
        "document_fraud": ("DOC_FRAUD",),
        "corruption": ("CORRUPTION",),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("ILLICIT_GOODS",),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
        "none": ("",),
        "sep": (";", ", "),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "jcf_ctoc_ao": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("M/F", "Mixed", "M & F"),
    },
    "ddpaf_guyane_ao": {
        "male": ("M", "masculin", "H", "hommes"),
        "female": ("F", "féminin", "femmes"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    "dgdi_gabon_ao": {
        "male": ("Masculin", "M"),
        "female": ("Féminin", "F"),
        "mixed": ("Mixte", "M/F", "M et F"),
    },
    "policia_gq_fronteras_ao": {
        "male": ("Varón", "Hombre", "Masculino", "H"),
        "female": ("Mujer", "Femenino"),
        "mixed": ("Mixto", "H/M", "Ambos sexos"),
    },
    "gccpol_digest_ao": {
        "male": ("M", "MALE"),
        "female": ("F", "FEMALE"),
        "mixed": ("MIXED", "M/F"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "jcf_ctoc_ao": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "Child", "Under 18"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    "ddpaf_guyane_ao": {
        "adult": ("majeur", "majeurs", "Majeur"),
        "child": ("mineur", "mineurs", "MNA (mineur non accompagné)"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "dgdi_gabon_ao": {
        "adult": ("Adulte", "Majeur"),
        "child": ("Enfant", "Mineur"),
        "mixed": ("Mixte", "Adultes et enfants"),
    },
    "policia_gq_fronteras_ao": {
        "adult": ("Adulto", "Mayor de edad"),
        "child": ("Menor", "Menor de edad"),
        "mixed": ("Mixto", "Adultos y menores"),
    },
    "gccpol_digest_ao": {
        "adult": ("ADULT",),
        "child": ("MINOR", "CHILD"),
        "mixed": ("MIXED",),
    },
}
#: Transport words: generic ones, then corridor-specific extras (``"<mode>:<corridor>"``).
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "jcf_ctoc_ao": {
        "sea": ("Sea", "Maritime", "Vessel", "Boat"),
        "land": ("Land", "Overland", "Motor vehicle"),
        "air": ("Air", "Commercial flight", "Aircraft"),
        "land:darien": ("On foot",),
        "land:us_mex": ("Tractor-trailer", "On foot"),
        "sea:channel": ("Small boat",),
    },
    "ddpaf_guyane_ao": {
        "sea": ("maritime", "voie maritime", "embarcation"),
        "land": ("terrestre", "routier", "véhicule léger"),
        "air": ("aérien", "voie aérienne"),
        "sea:channel": ("small boat", "small boat"),
        "land:channel": ("poids lourd", "PL (poids lourd)"),
        "land:thb_vnm_gbr": ("poids lourd",),
        "land:wbal": ("à pied",),
    },
    "dgdi_gabon_ao": {
        "sea": ("Maritime", "Embarcation", "Bateau"),
        "land": ("Terrestre", "Voie routière", "Camion"),
        "air": ("Aérien", "Avion"),
        "sea:watl": ("Pirogue",),
        "land:wbal": ("À pied",),
    },
    "policia_gq_fronteras_ao": {
        "sea": ("marítimo", "vía marítima", "embarcación"),
        "land": ("terrestre", "vía terrestre", "vehículo"),
        "air": ("aéreo", "vía aérea", "avión"),
        "sea:watl": ("cayuco", "cayuco"),
        "sea:wmed": ("patera", "neumática"),
        "land:wmed": ("a pie", "salto de valla"),
        "land:darien": ("a pie",),
        "land:blr_pol": ("a pie",),
    },
    "gccpol_digest_ao": {
        "sea": ("SEA", "MARITIME"),
        "land": ("LAND", "ROAD"),
        "air": ("AIR",),
    },
}
_NO_DATE_WORD = {
    "jcf_ctoc_ao": "N/K",
    "ddpaf_guyane_ao": "inconnue",
    "dgdi_gabon_ao": "ND",
    "policia_gq_fronteras_ao": "s/f",
    "gccpol_digest_ao": "",
}
# an impossible day (the month has no such day); 29 February is avoided (2024 is leap)
_NO_SUCH_DAY = ((31, 4), (31, 6), (31, 9), (31, 11), (30, 2), (31, 2))


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _text(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int:
    return int(cast(int, ev[key]))


def _float(ev: dict[str, object], key: str) -> float:
    return float(cast(float, ev[key]))


def _fold(text: str) -> str:
    """Spell ``text`` in ASCII (for a cp1252 file): ``Białowieża`` -> ``Bialowieza``."""
    text = text.replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _fit(text: str, src: ExaminerSource) -> str:
    return text if fits(text, src) else _fold(text)


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (_quarter(ts) - 1) + 1, day=1)


def _en_ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _fr_day(day: int) -> str:
    return "1er" if day == 1 else str(day)


def _words(rng: _Rng, table: dict[str, tuple[str, ...]], key: str, corridor: str) -> str:
    """Draw a word of ``table[key]``, corridor-specific words included half the time."""
    special = table.get(f"{key}:{corridor}")
    if special and rng.random() < 0.5:
        return choice(rng, special)
    return choice(rng, table[key])


def _offences(rng: _Rng, table: dict[str, tuple[str, ...]], value: str | None) -> str | None:
    if value is None:
        word = choice(rng, table["none"])
        return word or None
    parts = [choice(rng, table[o]) for o in value.split("|")]
    return choice(rng, table["sep"]).join(parts)


def _country(code: str | None, names: dict[str, tuple[str, ...]], rng: _Rng) -> str | None:
    if code is None:
        return None
    options = names.get(code)
    return choice(rng, options) if options else code  # ISO alpha-3 beyond the table


def _date_expect(exp: _Cells, ts: pd.Timestamp, precision: str) -> None:
    start = {"day": ts, "month": _month_start(ts), "quarter": _quarter_start(ts)}[precision]
    exp["event_date"] = start.normalize()
    exp["date_precision"] = precision


def _base(ev: dict[str, object]) -> _Cells:
    """Return the expected values of the fields written as they are (overridden below)."""
    keys = (
        "crime_type",
        "exploitation",
        "n_persons",
        "n_suspects",
        "gender",
        "age_group",
        "nationality",
        "origin_country",
        "destination_country",
        "detection_country",
        "transit_countries",
        "transport_mode",
        "linked_offences",
    )
    exp: _Cells = {k: ev.get(k) for k in keys}
    exp["lat"] = None
    exp["lon"] = None
    return exp


def _decimal(value: float, places: int) -> tuple[str, float]:
    text = f"{value:.{places}f}"
    return text, float(text)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and whole seconds with a hemisphere letter; and the value read."""
    sign = 1.0 if value >= 0 else -1.0
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    mins, secs = divmod(rest, 60)
    text = f"{deg}°{mins:02d}'{secs:02d}\"{pos if sign > 0 else neg}"
    return text, sign * (deg + mins / 60 + secs / 3600)


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Maritime degrees and decimal minutes (decimal comma); and the value read."""
    sign = 1.0 if value >= 0 else -1.0
    thousandths = round(abs(value) * 60_000)
    deg, rest = divmod(thousandths, 60_000)
    whole, frac = divmod(rest, 1000)
    text = f"{pos if sign > 0 else neg} {deg:0{width}d}°{whole:02d},{frac:03d}'"
    return text, sign * (deg + rest / 60_000)


# --------------------------------------------------------------------------------------
# Jamaica Constabulary Force, C-TOC (English, cp1252, ",")
# --------------------------------------------------------------------------------------
def _jcf_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, exp: _Cells) -> tuple[str, str]:
    r = rng.random()
    month = MONTHS[ts.month - 1]
    if partial_ok and r < 0.05:
        _date_expect(exp, ts, "month")
        return choice(rng, (f"{month[:3]}-{ts.year}", f"{month} {ts.year}")), "month_only"
    if partial_ok and r < 0.085:
        _date_expect(exp, ts, "quarter")
        q = _quarter(ts)
        return choice(rng, (f"Q{q} {ts.year}", f"{_en_ordinal(q)} Qtr {ts.year}")), "quarter"
    _date_expect(exp, ts, "day")
    if r < 0.6:
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    if r < 0.72:
        return f"{ts.day:02d}-{month[:3]}-{ts.year}", "date_d_mon_y"
    if r < 0.82:
        return f"{_en_ordinal(ts.day)} {month} {ts.year}", "date_ordinal"
    if r < 0.9:
        return f"{month} {ts.day}, {ts.year}", "date_month_name"
    return f"{ts.day}/{ts.month}/{ts.year}", "date_unpadded"


def _jcf_nationality(code: str, rng: _Rng) -> tuple[str, str]:
    r = rng.random()
    if code in _EN_TYPOS and r < 0.05:
        return _EN_TYPOS[code], "nat_typo"
    if code in _EN_DEMONYMS and r < 0.6:
        return _EN_DEMONYMS[code], "nat_demonym"
    if r < 0.9:
        return str(_country(code, _EN_NAMES, rng)), "nat_name"
    return code, "nat_alpha3"  # as read off the passport's machine-readable zone


def _render_jcf(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, _Cells, list[str]]:
    exp = _base(ev)
    tags: list[str] = []
    cells: _Cells = {}
    corridor = str(ev["corridor"])
    ts = pd.Timestamp(cast(dt.datetime, ev["event_date"]))
    cells["event_date"], tag = _jcf_date(ts, rng, partial_ok, exp)
    tags.append(tag)
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[src.source][crime])
    expl = _EXPLOITATION[src.source]
    exploitation = _text(ev, "exploitation")
    cells["exploitation"] = choice(rng, expl[exploitation or "none"]) or None
    n = _int(ev, "n_persons")
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = choice(rng, ("Unknown", "N/K", "Not known"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and r < 0.8:
        cells["n_persons"] = f"{n:,}"
        tags.append("thousands_sep")
    else:
        cells["n_persons"] = str(n)
    k = _int(ev, "n_suspects")
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = choice(rng, ("Not known", "N/K"))
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.55:
        cells["n_suspects"] = choice(rng, ("Nil", "None", "NIL"))
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    cells["gender"] = choice(rng, _GENDER[src.source][str(ev["gender"])])
    cells["age_group"] = choice(rng, _AGE[src.source][str(ev["age_group"])])
    nat, tag = _jcf_nationality(str(ev["nationality"]), rng)
    tags.append(tag)
    cells["nationality"] = nat
    cells["origin_country"] = _country(_text(ev, "origin_country"), _EN_NAMES, rng)
    cells["destination_country"] = _country(_text(ev, "destination_country"), _EN_NAMES, rng)
    cells["detection_country"] = _country(_text(ev, "detection_country"), _EN_NAMES, rng)
    transit = _text(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = choice(rng, ("", "Direct", "None")) or None
    else:
        sep = choice(rng, (" > ", ", ", " - "))
        cells["transit_countries"] = sep.join(
            str(_country(c, _EN_NAMES, rng)) for c in transit.split("|")
        )
    if rng.random() < 0.03:  # a cell once saved as UTF-8 and re-read as cp1252
        for col in ("nationality", "origin_country"):
            garbled = mojibake(str(cells[col] or ""))
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append("mojibake")
    cells["place"] = _fit(str(ev["hotspot"]), src)
    cells["transport_mode"] = _words(
        rng, _TRANSPORT[src.source], str(ev["transport_mode"]), corridor
    )
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    r = rng.random()
    if r < 0.07:
        cells["coordinates"] = None
        tags.append("coords_missing")
    elif r < 0.1:
        cells["coordinates"] = "N/A"
        tags.append("coords_placeholder")
    elif r < 0.35:
        la, read_lat = _decimal(abs(lat), 5)
        lo, read_lon = _decimal(abs(lon), 5)
        exp["lat"] = read_lat if lat >= 0 else -read_lat
        exp["lon"] = read_lon if lon >= 0 else -read_lon
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        cells["coordinates"] = f"{la} {ns}, {lo} {ew}"
        tags.append("coords_hemisphere")
    else:
        la, exp["lat"] = _decimal(lat, 4)
        lo, exp["lon"] = _decimal(lon, 4)
        cells["coordinates"] = f"{la}, {lo}"
        tags.append("coords_decimal")
    cells["linked_offences"] = _offences(rng, _OFFENCES[src.source], _text(ev, "linked_offences"))
    cells = {c: (_fit(v, src) if isinstance(v, str) else v) for c, v in cells.items()}
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# DDPAF Guyane (French, UTF-8, ";")
# --------------------------------------------------------------------------------------
def _fr_date_text(ts: pd.Timestamp) -> str:
    return f"{_fr_day(ts.day)} {_FR_MONTHS[ts.month - 1]} {ts.year}"


def _paf_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, exp: _Cells) -> tuple[str, str]:
    r = rng.random()
    if partial_ok and r < 0.05:
        _date_expect(exp, ts, "month")
        text = choice(rng, (f"{_FR_MONTHS[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}"))
        return text, "month_only"
    if partial_ok and r < 0.09:
        _date_expect(exp, ts, "quarter")
        q = _quarter(ts)
        nth = "1er" if q == 1 else f"{q}e"
        text = choice(
            rng, (f"T{q} {ts.year}", f"{nth} trimestre {ts.year}", f"{nth} trim. {ts.year}")
        )
        return text, "quarter"
    _date_expect(exp, ts, "day")
    if r < 0.62:
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    if r < 0.72:
        return ts.strftime("%d/%m/%y"), "date_dmy2"
    if r < 0.82:
        return _fr_date_text(ts), "date_month_name"
    if r < 0.88:
        return f"{_FR_WEEKDAYS[ts.weekday()]} {_fr_date_text(ts)}", "date_weekday"
    return ts.strftime("%Y-%m-%d"), "date_iso"


def _fr_nationality(code: str, female: bool, rng: _Rng, names_share: float) -> tuple[str, str]:
    r = rng.random()
    if code in _FR_DEMONYMS and r > names_share:
        masc, fem = _FR_DEMONYMS[code]
        return (fem if female else masc), "nat_demonym"
    if r < 0.1:
        return code, "nat_alpha3"
    return str(_country(code, _FR_NAMES, rng)), "nat_name"


def _render_paf(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, _Cells, list[str]]:
    exp = _base(ev)
    tags: list[str] = []
    cells: _Cells = {}
    corridor = str(ev["corridor"])
    ts = pd.Timestamp(cast(dt.datetime, ev["event_date"]))
    cells["event_date"], tag = _paf_date(ts, rng, partial_ok, exp)
    tags.append(tag)
    cells["crime_type"] = choice(rng, _CRIME[src.source][str(ev["crime_type"])])
    exploitation = _text(ev, "exploitation")
    cells["exploitation"] = choice(rng, _EXPLOITATION[src.source][exploitation or "none"]) or None
    n = _int(ev, "n_persons")
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = choice(rng, ("NC", "inconnu", "n.c."))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and r < 0.85:
        space = choice(rng, ("\u202f", "\xa0", " "))
        cells["n_persons"] = f"{n:,}".replace(",", space)
        tags.append("thousands_space")
    else:
        cells["n_persons"] = str(n)
    k = _int(ev, "n_suspects")
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = choice(rng, ("NR", "non renseigné"))
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.6:
        cells["n_suspects"] = choice(rng, ("néant", "Néant"))
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    gender = str(ev["gender"])
    cells["gender"] = choice(rng, _GENDER[src.source][gender])
    cells["age_group"] = choice(rng, _AGE[src.source][str(ev["age_group"])])
    nat, tag = _fr_nationality(str(ev["nationality"]), gender == "female", rng, 0.35)
    cells["nationality"] = nat
    tags.append(tag)
    cells["origin_country"] = _country(_text(ev, "origin_country"), _FR_NAMES, rng)
    dest = _text(ev, "destination_country")
    if dest == "GBR" and rng.random() < 0.3:
        cells["destination_country"] = "Angleterre"  # as the migrants in Calais say it
        tags.append("dest_england")
    else:
        cells["destination_country"] = _country(dest, _FR_NAMES, rng)
    cells["detection_country"] = _country(_text(ev, "detection_country"), _FR_NAMES, rng)
    transit = _text(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = choice(rng, ("", "direct", "néant")) or None
    else:
        sep = choice(rng, (" - ", " / ", ", "))
        cells["transit_countries"] = sep.join(
            str(_country(c, _FR_NAMES, rng)) for c in transit.split("|")
        )
    if rng.random() < 0.05:  # a block pasted from a cp1252-read UTF-8 extract
        for col in ("nationality", "origin_country", "transit_countries"):
            garbled = mojibake(str(cells[col] or ""))
            if garbled is not None:
                cells[col] = garbled
                tags.append("mojibake")
    cells["place"] = str(ev["hotspot"])
    cells["transport_mode"] = _words(
        rng, _TRANSPORT[src.source], str(ev["transport_mode"]), corridor
    )
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    r = rng.random()
    if r < 0.05:
        cells["coordinates"] = None
        tags.append("coords_missing")
    elif r < 0.09:
        cells["coordinates"] = choice(rng, ("NC", "non relevées"))
        tags.append("coords_placeholder")
    elif r < 0.45:
        la, exp["lat"] = _dms(lat, "N", "S")
        lo, exp["lon"] = _dms(lon, "E", "O")  # French: O for ouest
        cells["coordinates"] = f"{la} {lo}"
        tags.append("coords_dms")
    elif r < 0.65:
        la, exp["lat"] = _ddm(lat, "N", "S", 2)
        lo, exp["lon"] = _ddm(lon, "E", "O", 3)
        cells["coordinates"] = f"{la} {lo}"
        tags.append("coords_ddm")
    else:
        la, exp["lat"] = _decimal(lat, 5)
        lo, exp["lon"] = _decimal(lon, 5)
        cells["coordinates"] = f"{la.replace('.', ',')} / {lo.replace('.', ',')}"
        tags.append("coords_decimal_comma")
    cells["linked_offences"] = _offences(rng, _OFFENCES[src.source], _text(ev, "linked_offences"))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# DGDI Gabon (French, XLSX)
# --------------------------------------------------------------------------------------
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _dgdi_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, exp: _Cells) -> tuple[object, str]:
    r = rng.random()
    if partial_ok and r < 0.05:
        _date_expect(exp, ts, "month")
        month = _FR_MONTHS[ts.month - 1]
        return choice(rng, (f"{month} {ts.year}", f"{month.capitalize()}-{ts.year}")), "month_only"
    if partial_ok and r < 0.08:
        _date_expect(exp, ts, "quarter")
        q = _quarter(ts)
        nth = "1er" if q == 1 else f"{q}e"
        return choice(rng, (f"{nth} trimestre {ts.year}", f"T{q}-{ts.year}")), "quarter"
    _date_expect(exp, ts, "day")
    if r < 0.7:
        return ts.to_pydatetime(), "excel_date"
    if r < 0.8:
        return ts.strftime("%d/%m/%Y"), "date_text"
    if r < 0.88:
        return int((ts.normalize() - _EXCEL_EPOCH).days), "excel_serial"
    return _fr_date_text(ts), "date_month_name"


def _render_dgdi(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, _Cells, list[str]]:
    exp = _base(ev)
    exp["linked_offences"] = None  # the DGDI sheet has no such column
    tags: list[str] = []
    cells: _Cells = {}
    corridor = str(ev["corridor"])
    ts = pd.Timestamp(cast(dt.datetime, ev["event_date"]))
    cells["event_date"], tag = _dgdi_date(ts, rng, partial_ok, exp)
    tags.append(tag)
    crime = str(ev["crime_type"])
    if crime == "trafficking" and ev["age_group"] == "child" and rng.random() < 0.6:
        cells["crime_type"] = choice(rng, ("Traite d'enfants", "Traite des enfants"))
        tags.append("child_trafficking")
    else:
        cells["crime_type"] = choice(rng, _CRIME[src.source][crime])
    exploitation = _text(ev, "exploitation")
    cells["exploitation"] = choice(rng, _EXPLOITATION[src.source][exploitation or "none"]) or None
    n = _int(ev, "n_persons")
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = choice(rng, ("ND", "inconnu"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif r < 0.05:
        cells["n_persons"] = f"{n:,}".replace(",", "\xa0") + " pers."
        tags.append("count_unit")
    elif n >= 1000 and r < 0.4:
        cells["n_persons"] = f"{n:,}".replace(",", " ")
        tags.append("thousands_space")
    else:
        cells["n_persons"] = n
    k = _int(ev, "n_suspects")
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = "ND"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.45:
        cells["n_suspects"] = choice(rng, ("aucun", "néant", "Aucun"))
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k
    gender = str(ev["gender"])
    cells["gender"] = choice(rng, _GENDER[src.source][gender])
    cells["age_group"] = choice(rng, _AGE[src.source][str(ev["age_group"])])
    nat, tag = _fr_nationality(str(ev["nationality"]), gender == "female", rng, 0.6)
    if tag == "nat_demonym":
        nat = nat.capitalize()
    cells["nationality"] = nat
    tags.append(tag)
    cells["origin_country"] = _country(_text(ev, "origin_country"), _FR_NAMES, rng)
    cells["destination_country"] = _country(_text(ev, "destination_country"), _FR_NAMES, rng)
    cells["detection_country"] = _country(_text(ev, "detection_country"), _FR_NAMES, rng)
    transit = _text(ev, "transit_countries")
    cells["transit_countries"] = (
        None
        if transit is None
        else " / ".join(str(_country(c, _FR_NAMES, rng)) for c in transit.split("|"))
    )
    cells["transport_mode"] = _words(
        rng, _TRANSPORT[src.source], str(ev["transport_mode"]), corridor
    )
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    r = rng.random()
    if r < 0.12:
        tags.append("coords_missing")
    elif r < 0.24:
        la, exp["lat"] = _decimal(lat, 5)
        lo, exp["lon"] = _decimal(lon, 5)
        cells["lat"], cells["lon"] = la.replace(".", ","), lo.replace(".", ",")
        tags.append("coords_decimal_comma")
    else:
        cells["lat"], cells["lon"] = lat, lon
        exp["lat"], exp["lon"] = lat, lon
        tags.append("coords_number")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Policía Nacional de Guinea Ecuatorial, fronteras (Spanish, UTF-16, tab)
# --------------------------------------------------------------------------------------
def _es_date_text(ts: pd.Timestamp) -> str:
    return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"


def _gnq_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, exp: _Cells) -> tuple[str, str]:
    r = rng.random()
    month = _ES_MONTHS[ts.month - 1]
    if partial_ok and r < 0.05:
        _date_expect(exp, ts, "month")
        return choice(rng, (f"{month} {ts.year}", f"{month} de {ts.year}")), "month_only"
    if partial_ok and r < 0.09:
        _date_expect(exp, ts, "quarter")
        q = _quarter(ts)
        text = choice(rng, (f"{q}º trim. {ts.year}", f"{_ROMAN[q - 1]} trimestre {ts.year}"))
        return text, "quarter"
    _date_expect(exp, ts, "day")
    if r < 0.6:
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    if r < 0.7:
        return ts.strftime("%d-%m-%Y"), "date_dmy_dash"
    if r < 0.8:
        return f"{ts.day:02d}-{month[:3]}-{ts.year % 100:02d}", "date_excel_es"
    if r < 0.92:
        return _es_date_text(ts), "date_month_name"
    return f"{ts.day}/{ts.month}/{ts.year % 100:02d}", "date_unpadded"


def _render_gnq(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, _Cells, list[str]]:
    exp = _base(ev)
    tags: list[str] = []
    cells: _Cells = {}
    corridor = str(ev["corridor"])
    ts = pd.Timestamp(cast(dt.datetime, ev["event_date"]))
    cells["event_date"], tag = _gnq_date(ts, rng, partial_ok, exp)
    tags.append(tag)
    cells["crime_type"] = choice(rng, _CRIME[src.source][str(ev["crime_type"])])
    exploitation = _text(ev, "exploitation")
    cells["exploitation"] = choice(rng, _EXPLOITATION[src.source][exploitation or "none"]) or None
    n = _int(ev, "n_persons")
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = choice(rng, ("s/d", "desconocido", "sin datos"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and r < 0.85:
        cells["n_persons"] = f"{n:,}".replace(",", ".")
        tags.append("thousands_dot")
    else:
        cells["n_persons"] = str(n)
    k = _int(ev, "n_suspects")
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = choice(rng, ("s/d", "sin datos"))
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.5:
        cells["n_suspects"] = choice(rng, ("ninguno", "Ninguno"))
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    gender = str(ev["gender"])
    cells["gender"] = choice(rng, _GENDER[src.source][gender])
    cells["age_group"] = choice(rng, _AGE[src.source][str(ev["age_group"])])
    code = str(ev["nationality"])
    r = rng.random()
    if code in _ES_DEMONYMS and r < 0.55:
        masc, fem = _ES_DEMONYMS[code]
        cells["nationality"] = fem if gender == "female" else masc
        tags.append("nat_demonym")
    elif r < 0.94:
        cells["nationality"] = _country(code, _ES_NAMES, rng)
        tags.append("nat_name")
    else:
        cells["nationality"] = iso_codes(code)[0]
        tags.append("nat_alpha2")
    cells["origin_country"] = _country(_text(ev, "origin_country"), _ES_NAMES, rng)
    cells["destination_country"] = _country(_text(ev, "destination_country"), _ES_NAMES, rng)
    cells["detection_country"] = _country(_text(ev, "detection_country"), _ES_NAMES, rng)
    transit = _text(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = choice(rng, ("", "directo", "ninguno")) or None
    else:
        names = [str(_country(c, _ES_NAMES, rng)) for c in transit.split("|")]
        sep = choice(rng, (", ", " - ", " y "))
        if sep == " y " and len(names) > 1:  # "Mauritania y Marruecos", "A, B y C"
            cells["transit_countries"] = ", ".join(names[:-1]) + " y " + names[-1]
        else:
            cells["transit_countries"] = (", " if sep == " y " else sep).join(names)
    if rng.random() < 0.1:  # typed with caps lock on
        for col in ("nationality", "origin_country", "destination_country"):
            if isinstance(cells[col], str):
                cells[col] = str(cells[col]).upper()
        tags.append("upper_case")
    cells["transport_mode"] = _words(
        rng, _TRANSPORT[src.source], str(ev["transport_mode"]), corridor
    )
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    r = rng.random()
    if r < 0.06:
        tags.append("coords_missing")
    elif r < 0.11:
        cells["lat"] = cells["lon"] = choice(rng, ("s/d", "S/D"))
        tags.append("coords_placeholder")
    elif r < 0.2:
        cells["lat"], exp["lat"] = _decimal(lat, 4)
        cells["lon"], exp["lon"] = _decimal(lon, 4)
        tags.append("coords_decimal")
    else:
        la, exp["lat"] = _decimal(lat, 5)
        lo, exp["lon"] = _decimal(lon, 5)
        cells["lat"], cells["lon"] = la.replace(".", ","), lo.replace(".", ",")
        tags.append("coords_decimal_comma")
    cells["linked_offences"] = _offences(rng, _OFFENCES[src.source], _text(ev, "linked_offences"))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# GCCPOL liaison digest (English, JSON lines)
# --------------------------------------------------------------------------------------
def _gcc_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, exp: _Cells) -> tuple[str, str]:
    r = rng.random()
    if partial_ok and r < 0.04:
        _date_expect(exp, ts, "month")
        return ts.strftime("%Y-%m"), "month_only"
    if partial_ok and r < 0.07:
        _date_expect(exp, ts, "quarter")
        return f"{ts.year}-Q{_quarter(ts)}", "quarter"
    _date_expect(exp, ts, "day")
    if r < 0.75:
        return ts.strftime("%Y-%m-%d"), "date_iso"
    if r < 0.85:
        # local time of the reporting service; between 08:00 and 19:59, so the UTC
        # instant falls on the same day
        hour, minute = 8 + int(rng.integers(12)), int(rng.integers(60))
        return f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:00+04:00", "date_timestamp_offset"
    if r < 0.93 and ts.day > 12:  # never a day that could be read as a month
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    return f"{ts.day:02d} {MONTHS[ts.month - 1][:3]} {ts.year}", "date_d_mon_y"


def _gcc_code(code: str | None, rng: _Rng) -> str | None:
    if code is None:
        return None
    r = rng.random()
    if r < 0.75:
        alpha2 = iso_codes(code)[0]
        return alpha2.lower() if r < 0.05 else alpha2
    if r < 0.9:
        return code
    return str(_country(code, _EN_NAMES, rng))


def _render_gcc(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[_Cells, _Cells, list[str]]:
    exp = _base(ev)
    exp["origin_country"] = None  # the digest has no origin field
    tags: list[str] = []
    cells: _Cells = {}
    ts = pd.Timestamp(cast(dt.datetime, ev["event_date"]))
    cells["event_date"], tag = _gcc_date(ts, rng, partial_ok, exp)
    tags.append(tag)
    cells["crime_type"] = choice(rng, _CRIME[src.source][str(ev["crime_type"])])
    exploitation = _text(ev, "exploitation")
    cells["exploitation"] = choice(rng, _EXPLOITATION[src.source][exploitation or "none"]) or None
    n = _int(ev, "n_persons")
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = choice(rng, ("N/K", "unknown"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and r < 0.3:
        cells["n_persons"] = f"{n:,}"
        tags.append("thousands_sep")
    else:
        cells["n_persons"] = n
    k = _int(ev, "n_suspects")
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = "N/K"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.3:
        cells["n_suspects"] = "NIL"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k
    cells["gender"] = choice(rng, _GENDER[src.source][str(ev["gender"])])
    cells["age_group"] = choice(rng, _AGE[src.source][str(ev["age_group"])])
    cells["nationality"] = _gcc_code(_text(ev, "nationality"), rng)
    cells["destination_country"] = _gcc_code(_text(ev, "destination_country"), rng)
    cells["detection_country"] = _gcc_code(_text(ev, "detection_country"), rng)
    transit = _text(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = None
    elif rng.random() < 0.7:
        cells["transit_countries"] = ">".join(iso_codes(c)[0] for c in transit.split("|"))
        tags.append("transit_alpha2")
    else:
        cells["transit_countries"] = "-".join(transit.split("|"))
        tags.append("transit_alpha3")
    cells["transport_mode"] = choice(rng, _TRANSPORT[src.source][str(ev["transport_mode"])])
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if rng.random() < 0.1:
        cells["coordinates"] = None
        tags.append("coords_missing")
    else:
        la, exp["lat"] = _decimal(lat, 5)
        lo, exp["lon"] = _decimal(lon, 5)
        cells["coordinates"] = f"{la},{lo}"
        tags.append("coords_decimal")
    cells["linked_offences"] = _offences(rng, _OFFENCES[src.source], _text(ev, "linked_offences"))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_RENDERERS = {
    _JCF.source: _render_jcf,
    _PAF.source: _render_paf,
    _DGDI.source: _render_dgdi,
    _GNQ.source: _render_gnq,
    _GCC.source: _render_gcc,
}
#: Cells a second report leaves blank, by the field it blanks.
_BLANKED = {
    "nationality": ("nationality",),
    "n_suspects": ("n_suspects",),
    "coordinates": ("coordinates", "lat", "lon"),
    "gender": ("gender",),
    "detection_country": ("detection_country", "place"),
}
#: Tag prefixes that no longer hold once the field is blank.
_STALE = {
    "nationality": ("nat_",),
    "n_suspects": ("zero_word", "suspects_placeholder"),
    "coordinates": ("coords_",),
    "gender": (),
    "detection_country": (),
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one event as ``src`` does: (cells, expected values, messiness tags)."""
    cells, exp, tags = _RENDERERS[src.source](src, ev, rng, partial_ok)
    if forced_blank is not None:
        for col in _BLANKED[forced_blank]:
            cells[col] = None
        stale = _STALE[forced_blank]
        if stale:
            tags = [t for t in tags if not t.startswith(stale)]
        if forced_blank == "coordinates":
            exp["lat"] = exp["lon"] = None
        elif forced_blank == "gender":
            exp["gender"] = "unknown"
        else:
            exp[forced_blank] = None
        tags.append(f"blank_{forced_blank}")
    return cells, exp, tags


def _date_like(src: ExaminerSource, ts: pd.Timestamp) -> object:
    """Write ``ts`` in the source's commonest style."""
    if src.format == "xlsx":
        return ts.to_pydatetime()
    if src.format == "jsonl":
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a missing, impossible or future date as the source would."""
    if kind == "no_date":
        word = _NO_DATE_WORD[src.source]
        return word if word and rng.random() < 0.35 else None
    if kind == "bad_date":
        day, month = _NO_SUCH_DAY[int(rng.integers(len(_NO_SUCH_DAY)))]
        if src.format == "jsonl":
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    # future: the year typed a decade ahead (2022 -> 2032)
    return _date_like(src, ts.replace(year=ts.year + 10))


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the note row's date: the day of the extract's last case."""
    return _date_like(src, last)


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND39_SOURCES,
    primary={
        "USA": _JCF.source,
        "PAN": _JCF.source,
        "FRA": _PAF.source,
        "GBR": _PAF.source,
        "ITA": _DGDI.source,
        "ESP": _GNQ.source,
    },
    compilation=_GCC.source,
    secondary={
        ("channel", "GBR"): _JCF.source,
        ("thb_vnm_gbr", "GBR"): _JCF.source,
        ("channel", "FRA"): _GCC.source,
        ("thb_nga_ita", "ITA"): _PAF.source,
        ("wmed", "ESP"): _PAF.source,
        ("wbal", "HRV"): _PAF.source,
        ("watl", "ESP"): _DGDI.source,
        ("emed", "GRC"): _DGDI.source,
        ("darien", "PAN"): _GNQ.source,
        ("blr_pol", "POL"): _GNQ.source,
        ("cmed", "ITA"): _GCC.source,
        ("us_mex", "USA"): _GCC.source,
        ("thb_rou_esp", "ESP"): _GCC.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=3939,
    blank_share=0.5,
)


def make_blind39(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind39`` sources would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``jcf_ctoc_ao.csv``, ``ddpaf_guyane_ao.csv``, ``dgdi_gabon_ao.xlsx``,
        ``policia_gq_fronteras_ao.csv`` and ``gccpol_digest_ao.jsonl``, each with the
        expected clean value of every row it writes.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind39(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['jcf_ctoc_ao.csv', 'ddpaf_guyane_ao.csv', 'dgdi_gabon_ao.xlsx',
     'policia_gq_fronteras_ao.csv', 'gccpol_digest_ao.jsonl']
    >>> [s.language for s in subs]
    ['en', 'fr', 'fr', 'es', 'en']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
