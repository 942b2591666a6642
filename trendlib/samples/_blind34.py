"""Examiner sample set ``blind34``: five more agencies' files (``*_aj.*``).

Written from the examiner's own knowledge of how these agencies keep their registers,
independently of the cleaner. Every cell is one a competent analyst reads to a single
clean value, which ``truth_rows.csv`` records. A reader's guide to the five files:

``senan_pa_aj.csv`` -- Panama, Servicio Nacional Aeronaval (SENAN), interdiction log
    Spanish (Panama), cp1252, ``,`` delimiter, CRLF line ends, exported from Excel.
    Dates day-first: ``17/05/2023``, ``17-may-2023``, ``17 de mayo de 2023``,
    ``17/05/23``; partial dates as ``mayo 2023``, ``may-2023``, ``MAYO/2023`` and
    quarters in Roman numerals or ordinals (``II trimestre 2023``, ``2do trimestre
    2023``). Crime as ``Tráfico ilícito de migrantes``, ``TIM``, ``Trata de personas``,
    ``TdP``, ``TIM y TdP``. Sex ``M``/``F`` (masculino/femenino), ``Ambos``; age group
    ``NNA`` (niños, niñas y adolescentes), ``Adultos y NNA``. Nationalities as Spanish
    demonyms agreeing in gender and number (``venezolanas``, ``haitianos``), some in
    capitals, a few with the Latin-American seseo typo (``venesolanos``); ``EE.UU.``.
    Positions as a naval officer writes them: degrees-minutes-seconds
    (``08°30'18.4"N 077°29'09.1"W``), degrees and decimal minutes
    (``08°30.307'N 077°29.151'W``) or decimal degrees. Counts with ``,`` thousands,
    sometimes ``23 PAX``; unknowns ``S/D``, ``N/D``; undated rows ``S/F``. Re-sends some
    rows; a note row (``NOTA: ...``) and a ``TOTAL GENERAL`` row.

``hstc_us_aj.jsonl`` -- US Human Smuggling and Trafficking Center (HSTC) case feed
    English (US), UTF-8 JSON lines, snake_case keys. Dates ISO, month-first
    (``05/17/2023``), Oracle ``17-MAY-23`` and ``May 17, 2023``; partial ``2023-05``,
    ``May 2023``, quarters ``Q2 CY2023`` or federal fiscal-year quarters
    (``FY2023 Q3`` = April-June 2023). Offences by statute (``8 U.S.C. § 1324``,
    ``18 U.S.C. § 1591``, ``18 U.S.C. § 1589``) or as ``HS``/``HT``/``HS/HT nexus``.
    Counts are JSON numbers, some strings (``"1,204"``), unknown ``UNK``. Citizenship as
    ISO alpha-2 (``GT``), capitals (``GUATEMALA``) or demonyms; age categories in
    CBP words (``SA`` single adults, ``UAC``, ``FMUA`` family units). Latitude and
    longitude as numbers or as strings with hemisphere letters (``110.94127W``). Also
    reports Darién events a second time. No note row; a closing ``TOTAL PERSONS``
    record.

``defensor_pueblo_es_aj.xlsx`` -- Spain, Defensor del Pueblo (MNP arrivals register)
    Spanish (Spain), XLSX. Dates as real Excel dates, bare Excel serial numbers,
    ``17/05/2023``, ``17-05-2023`` and ``17 de mayo de 2023``; partial ``mayo de
    2023``, ``05/2023`` and INE-style quarters (``2023T2``, ``2.º trimestre 2023``).
    Crime by Spanish Penal Code article (``art. 318 bis CP`` smuggling, ``art. 177 bis
    CP`` trafficking); drug offences as ``delito contra la salud pública``. Sex ``H``
    (hombre) / ``M`` (mujer!). Ages ``MENA``. Boats as ``patera``, ``cayuco``,
    ``neumática``, land as ``salto de valla``. Coordinates as numbers, as text with
    decimal comma (``28,09542``) or DMS with the ordinal sign and ``O`` for west
    (``15º 24' 48,1'' O``). Counts as numbers or text ``1.234``; unknowns ``s.d.``.

``msoic_uk_aj.csv`` -- UK, NPCC Modern Slavery and Organised Immigration Crime Unit
    English (UK), UTF-8, ``|`` delimiter (a records-system export). Dates day-first
    (``17/05/2023``, ``17/05/23``, ``17 May 2023``, ``17th May 2023``, ``17-May-2023``,
    ``2023-05-17T00:00:00``); partial ``May 2023``, ``05/2023``. Offences as ``s.25
    Immigration Act 1971`` (facilitation), ``MSA 2015 s.2`` (trafficking), ``MSHT``,
    ``OIC``; exploitation in NRM words (``Labour``, ``Criminal``). Location country as
    ``England``/``Scotland``; ``Small boat (RHIB)``, ``HGV``; counts ``TBC``, suspects
    ``Nil``; one ``Lat/Long`` cell. Also reports French Channel events a second time.
    Re-sends some rows; a note row and a ``Grand Total`` row.

``myria_be_aj.csv`` -- Belgium, Myria (federal migration centre, national rapporteur)
    French (Belgium), UTF-8 with BOM, ``;`` delimiter. Compiles judicial case files on
    events detected in Italy, Greece, Croatia, Poland, France and (second reports)
    the UK and Spain. Dates ``17/05/2023``, ``17.05.2023``, ``17 mai 2023``,
    ``1er mai 2023``, ``17/05/23``; partial ``mai 2023``, ``05/2023``, ``2e trimestre
    2023``, ``T2 2023``. Crime under Belgian law: ``traite des êtres humains (art.
    433quinquies C.pén.)`` is trafficking and ``trafic d'êtres humains (art. 77bis loi
    du 15/12/1980)`` is smuggling. Exploitation ``économique`` = labour. Demonyms agree
    (``syriennes``); a few cells in mojibake (``Ã‰rythrÃ©e``). Counts with a
    narrow no-break space for thousands (``1 234``), ``n.c.``; suspects ``néant``.
    Latitude and longitude with decimal comma, some in DMS with ``O`` for west.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

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

__all__ = ["BLIND34_SOURCES", "make_blind34"]

_Rng = np.random.Generator
_Cells = dict[str, object]

_SENAN = "senan_pa"
_HSTC = "hstc_us"
_DEFENSOR = "defensor_pueblo_es"
_MSOIC = "msoic_uk"
_MYRIA = "myria_be"

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_SENAN_SRC = ExaminerSource(
    source=_SENAN,
    filename="senan_pa_aj.csv",
    ref="SENAN-DIROP-{seq:04d}-{year}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "N° de Informe",
        "event_date": "Fecha",
        "detection_country": "País",
        "coordinates": "Posición (Lat/Long)",
        "transport_mode": "Medio de transporte",
        "crime_type": "Delito",
        "exploitation": "Finalidad (trata)",
        "n_persons": "Cant. migrantes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino final",
        "n_suspects": "Aprehendidos",
        "linked_offences": "Delitos conexos",
    },
    note="NOTA: Información preliminar sujeta a verificación (DIROP/SENAN)",
    total="TOTAL GENERAL",
    bad_count=("varios", "múltiples", "grupo"),
    repeats=True,
)
_HSTC_SRC = ExaminerSource(
    source=_HSTC,
    filename="hstc_us_aj.jsonl",
    ref="HSTC-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "hstc_case_id",
        "event_date": "encounter_date",
        "crime_type": "offense_category",
        "exploitation": "trafficking_type",
        "n_persons": "num_persons",
        "n_suspects": "num_subjects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "intended_destination",
        "detection_country": "encounter_country",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associated_offenses",
    },
    note=None,
    total="TOTAL PERSONS",
    bad_count=("multiple", "several", "group"),
    repeats=False,
)
_DEFENSOR_SRC = ExaminerSource(
    source=_DEFENSOR,
    filename="defensor_pueblo_es_aj.xlsx",
    ref="{yy:02d}{seq:06d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha llegada / detección",
        "detection_country": "País",
        "lat": "Latitud",
        "lon": "Longitud",
        "transport_mode": "Tipo de embarcación / medio",
        "n_persons": "Nº de personas",
        "gender": "Sexo (H/M)",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta / países de tránsito",
        "destination_country": "Destino final declarado",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad de explotación",
        "n_suspects": "Detenidos",
        "linked_offences": "Otros delitos",
    },
    note="Fuente: MNP - Defensor del Pueblo. Datos provisionales, no consolidados.",
    total="Total general",
    bad_count=("varios", "numerosos"),
    repeats=False,
)
_MSOIC_SRC = ExaminerSource(
    source=_MSOIC,
    filename="msoic_uk_aj.csv",
    ref="MSOIC/{year}/{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="en",
    headers={
        "source_ref": "URN",
        "event_date": "Date Recorded",
        "crime_type": "Offence Type",
        "exploitation": "Exploitation Type",
        "n_persons": "No. PVs / Migrants",
        "n_suspects": "No. Suspects",
        "gender": "Gender",
        "age_group": "Adult / Child",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Route",
        "destination_country": "Intended Destination",
        "detection_country": "Location (Country)",
        "coordinates": "Lat/Long (WGS84)",
        "transport_mode": "Method of Entry",
        "linked_offences": "Linked Offences",
    },
    note="Data correct at time of extraction and subject to change - OFFICIAL-SENSITIVE",
    total="Grand Total",
    bad_count=("several", "multiple", "many"),
    repeats=True,
)
_MYRIA_SRC = ExaminerSource(
    source=_MYRIA,
    filename="myria_be_aj.csv",
    ref="{seq:04d}/{yy:02d}/MYR",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Réf. dossier",
        "event_date": "Date des faits",
        "crime_type": "Qualification / prévention",
        "exploitation": "Secteur d'exploitation",
        "n_persons": "Nbre victimes / migrants",
        "n_suspects": "Nbre prévenus",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interception",
        "lat": "Latitude (°)",
        "lon": "Longitude (°)",
        "transport_mode": "Mode de transport",
        "linked_offences": "Préventions connexes",
    },
    note="Remarque : relevé non exhaustif établi à partir des dossiers judiciaires analysés",
    total="Total général",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
)
#: The variant's five sources, in the order the submissions are returned.
BLIND34_SOURCES: tuple[ExaminerSource, ...] = (
    _SENAN_SRC,
    _HSTC_SRC,
    _DEFENSOR_SRC,
    _MSOIC_SRC,
    _MYRIA_SRC,
)

# --------------------------------------------------------------------------------------
# Wording tables
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
_ROMAN = ("I", "II", "III", "IV")
_ES_QORD = ("1er", "2do", "3er", "4to")

#: ISO alpha-3 -> Spanish country names (first = the usual one).
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
    "GIN": ("Guinea Conakry", "Guinea (Conakry)"),
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
    "MLI": ("Malí",),
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
    "USA": ("Estados Unidos",),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
#: Panamanian usage where it differs from Spain's.
_PA_NAMES: dict[str, tuple[str, ...]] = {
    "USA": ("EE.UU.", "Estados Unidos", "EE. UU."),
    "ROU": ("Rumania",),
    "PAN": ("Panamá", "PANAMÁ", "Rep. de Panamá"),
    "HTI": ("Haití", "Haiti"),
}
#: ISO alpha-3 -> French country names.
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
#: ISO alpha-3 -> English country names.
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia"),
    "BLR": ("Belarus",),
    "CHN": ("China",),
    "CIV": ("Ivory Coast", "Cote d'Ivoire"),
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
    "USA": ("United States", "USA"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
#: Spanish demonyms: (masc. sing., fem. sing., masc. plural, fem. plural).
_ES_DEMONYMS: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("afgano", "afgana", "afganos", "afganas"),
    "ALB": ("albanés", "albanesa", "albaneses", "albanesas"),
    "BGD": ("bangladesí", "bangladesí", "bangladesíes", "bangladesíes"),
    "CHN": ("chino", "china", "chinos", "chinas"),
    "CIV": ("marfileño", "marfileña", "marfileños", "marfileñas"),
    "CMR": ("camerunés", "camerunesa", "cameruneses", "camerunesas"),
    "COL": ("colombiano", "colombiana", "colombianos", "colombianas"),
    "DZA": ("argelino", "argelina", "argelinos", "argelinas"),
    "ECU": ("ecuatoriano", "ecuatoriana", "ecuatorianos", "ecuatorianas"),
    "EGY": ("egipcio", "egipcia", "egipcios", "egipcias"),
    "ERI": ("eritreo", "eritrea", "eritreos", "eritreas"),
    "GIN": (
        "guineano (Conakry)",
        "guineana (Conakry)",
        "guineanos (Conakry)",
        "guineanas (Conakry)",
    ),
    "GMB": ("gambiano", "gambiana", "gambianos", "gambianas"),
    "GTM": ("guatemalteco", "guatemalteca", "guatemaltecos", "guatemaltecas"),
    "HND": ("hondureño", "hondureña", "hondureños", "hondureñas"),
    "HTI": ("haitiano", "haitiana", "haitianos", "haitianas"),
    "IRN": ("iraní", "iraní", "iraníes", "iraníes"),
    "IRQ": ("iraquí", "iraquí", "iraquíes", "iraquíes"),
    "MAR": ("marroquí", "marroquí", "marroquíes", "marroquíes"),
    "MEX": ("mexicano", "mexicana", "mexicanos", "mexicanas"),
    "MLI": ("maliense", "maliense", "malienses", "malienses"),
    "NGA": ("nigeriano", "nigeriana", "nigerianos", "nigerianas"),
    "PAK": ("pakistaní", "pakistaní", "pakistaníes", "pakistaníes"),
    "ROU": ("rumano", "rumana", "rumanos", "rumanas"),
    "SEN": ("senegalés", "senegalesa", "senegaleses", "senegalesas"),
    "SYR": ("sirio", "siria", "sirios", "sirias"),
    "TUN": ("tunecino", "tunecina", "tunecinos", "tunecinas"),
    "TUR": ("turco", "turca", "turcos", "turcas"),
    "VEN": ("venezolano", "venezolana", "venezolanos", "venezolanas"),
    "VNM": ("vietnamita", "vietnamita", "vietnamitas", "vietnamitas"),
    "YEM": ("yemení", "yemení", "yemeníes", "yemeníes"),
}
#: French demonyms: (masc. sing., fem. sing., masc. plural, fem. plural).
_FR_DEMONYMS: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("afghan", "afghane", "afghans", "afghanes"),
    "ALB": ("albanais", "albanaise", "albanais", "albanaises"),
    "BGD": ("bangladais", "bangladaise", "bangladais", "bangladaises"),
    "CHN": ("chinois", "chinoise", "chinois", "chinoises"),
    "CIV": ("ivoirien", "ivoirienne", "ivoiriens", "ivoiriennes"),
    "CMR": ("camerounais", "camerounaise", "camerounais", "camerounaises"),
    "COL": ("colombien", "colombienne", "colombiens", "colombiennes"),
    "DZA": ("algérien", "algérienne", "algériens", "algériennes"),
    "ECU": ("équatorien", "équatorienne", "équatoriens", "équatoriennes"),
    "EGY": ("égyptien", "égyptienne", "égyptiens", "égyptiennes"),
    "ERI": ("érythréen", "érythréenne", "érythréens", "érythréennes"),
    "GIN": ("guinéen", "guinéenne", "guinéens", "guinéennes"),
    "GMB": ("gambien", "gambienne", "gambiens", "gambiennes"),
    "GTM": ("guatémaltèque", "guatémaltèque", "guatémaltèques", "guatémaltèques"),
    "HND": ("hondurien", "hondurienne", "honduriens", "honduriennes"),
    "HTI": ("haïtien", "haïtienne", "haïtiens", "haïtiennes"),
    "IRN": ("iranien", "iranienne", "iraniens", "iraniennes"),
    "IRQ": ("irakien", "irakienne", "irakiens", "irakiennes"),
    "MAR": ("marocain", "marocaine", "marocains", "marocaines"),
    "MEX": ("mexicain", "mexicaine", "mexicains", "mexicaines"),
    "MLI": ("malien", "malienne", "maliens", "maliennes"),
    "NGA": ("nigérian", "nigériane", "nigérians", "nigérianes"),
    "PAK": ("pakistanais", "pakistanaise", "pakistanais", "pakistanaises"),
    "ROU": ("roumain", "roumaine", "roumains", "roumaines"),
    "SEN": ("sénégalais", "sénégalaise", "sénégalais", "sénégalaises"),
    "SYR": ("syrien", "syrienne", "syriens", "syriennes"),
    "TUN": ("tunisien", "tunisienne", "tunisiens", "tunisiennes"),
    "TUR": ("turc", "turque", "turcs", "turques"),
    "VEN": ("vénézuélien", "vénézuélienne", "vénézuéliens", "vénézuéliennes"),
    "VNM": ("vietnamien", "vietnamienne", "vietnamiens", "vietnamiennes"),
    "YEM": ("yéménite", "yéménite", "yéménites", "yéménites"),
}
#: English demonyms.
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
#: Clerks' misspellings an analyst still reads at once (tagged ``typo``).
_TYPOS: dict[str, dict[str, str]] = {
    _SENAN: {
        "venezolanos": "venesolanos",
        "venezolanas": "venesolanas",
        "venezolano": "venesolano",
        "ecuatorianos": "equatorianos",
        "haitianos": "haitianoz",
    },
    _MSOIC: {
        "Eritrean": "Eritrian",
        "Vietnamese": "Vietnamise",
        "Iraqi": "Iraqui",
        "Afghan": "Afgan",
        "Albanian": "Albainian",
    },
}

#: Crime wording: source -> crime type -> options.
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _SENAN: {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "TRÁFICO ILÍCITO DE MIGRANTES",
            "Tráf. ilícito de migrantes",
            "TIM",
            "Tráfico de migrantes",
        ),
        "trafficking": ("Trata de personas", "TRATA DE PERSONAS", "TdP"),
        "both": (
            "Trata de personas y tráfico ilícito de migrantes",
            "TIM y TdP",
            "TIM / Trata de personas",
        ),
    },
    _HSTC: {
        "smuggling": (
            "Alien Smuggling (8 U.S.C. § 1324)",
            "8 USC 1324",
            "Human Smuggling",
            "HS",
            "Bringing in and harboring aliens - 8 U.S.C. 1324(a)",
        ),
        "trafficking": ("Human Trafficking", "HT", "Trafficking in persons (TVPA)"),
        "both": ("HS/HT nexus", "Human smuggling w/ trafficking nexus", "8 USC 1324 + HT"),
    },
    _DEFENSOR: {
        "smuggling": (
            "Art. 318 bis CP",
            "318 bis CP",
            "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
            "Delito contra los derechos de los ciudadanos extranjeros",
        ),
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "Art. 177 bis CP",
            "TSH",
            "Trata de seres humanos",
        ),
        "both": (
            "Arts. 177 bis y 318 bis CP",
            "TSH + 318 bis",
            "Trata de seres humanos y favorecimiento de la inmigración ilegal",
        ),
    },
    _MSOIC: {
        "smuggling": (
            "OIC - Facilitation (s.25 Immigration Act 1971)",
            "s25 IA 1971",
            "Facilitation",
            "Organised Immigration Crime",
            "Assisting unlawful immigration (s.25 IA71)",
        ),
        "trafficking": (
            "Human Trafficking (s.2 MSA 2015)",
            "MSHT",
            "Modern Slavery - Human Trafficking",
            "MSA 2015 s.2",
        ),
        "both": (
            "MSHT / OIC",
            "Trafficking & facilitation (s.2 MSA / s.25 IA71)",
            "MS + OIC facilitation",
        ),
    },
    _MYRIA: {
        "smuggling": (
            "Trafic d'êtres humains (art. 77bis loi du 15/12/1980)",
            "art. 77bis L. 15.12.1980",
            "Trafic de migrants (art. 77bis)",
            "Trafic de migrants",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 433quinquies C.pén.)",
            "art. 433quinquies C.p.",
            "TEH",
            "Traite des êtres humains",
        ),
        "both": (
            "TEH + trafic (art. 433quinquies et 77bis)",
            "Traite des êtres humains et trafic de migrants",
            "Traite (433quinquies) / trafic (77bis)",
        ),
    },
}
#: Statute wording of trafficking by its form (HSTC, MSOIC).
_CRIME_BY_FORM: dict[str, dict[str, tuple[str, ...]]] = {
    _HSTC: {
        "sexual": ("Sex Trafficking (18 U.S.C. § 1591)", "18 USC 1591"),
        "forced_labour": ("Forced Labor (18 U.S.C. § 1589)", "18 USC 1589 - Labor trafficking"),
    },
    _MSOIC: {"forced_labour": ("MSA 2015 s.1 - Forced or compulsory labour",)},
}
#: Exploitation wording: source -> form -> options.
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    _SENAN: {
        "sexual": ("Explotación sexual", "Expl. sexual", "EXPLOTACIÓN SEXUAL"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas", "Delitos forzados"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "other": ("Otra", "Otros fines"),
    },
    _HSTC: {
        "sexual": ("Sex", "Commercial sex"),
        "forced_labour": ("Labor", "Forced labor"),
        "forced_criminality": ("Forced criminality", "Compelled criminal activity"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    _DEFENSOR: {
        "sexual": ("explotación sexual", "Explotación sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "explotación para actividades delictivas"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas", "otra"),
    },
    _MSOIC: {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal", "Criminal exploitation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    _MYRIA: {
        "sexual": ("exploitation sexuelle", "sexuelle"),
        "forced_labour": ("exploitation économique", "exploitation par le travail"),
        "forced_criminality": ("criminalité forcée", "commission forcée de délits"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme"),
    },
}
#: What a source writes in the exploitation column of a smuggling row (None: blank).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    _SENAN: (None, None, "N/A", "No aplica"),
    _HSTC: (None, None, "N/A"),
    _DEFENSOR: (None, None, "-"),
    _MSOIC: (None, None, "N/A"),
    _MYRIA: (None, None, "sans objet"),
}
#: Count placeholders meaning "not known" (the record stays, with no count).
_COUNT_PLACEHOLDER: dict[str, tuple[str, ...]] = {
    _SENAN: ("S/D", "N/D"),
    _HSTC: ("UNK", "Unknown"),
    _DEFENSOR: ("s.d.", "desconocido"),
    _MSOIC: ("TBC", "Not known"),
    _MYRIA: ("n.c.", "inconnu"),
}
#: Words for "no suspects" (zero).
_ZERO: dict[str, tuple[str, ...]] = {
    _SENAN: ("ninguno", "Ninguno", "sin aprehendidos"),
    _HSTC: ("none", "None"),
    _DEFENSOR: ("ninguno", "sin detenidos"),
    _MSOIC: ("Nil", "None"),
    _MYRIA: ("néant", "aucun"),
}
#: Gender wording: source -> gender -> (singular options, plural options).
_GENDER: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    _SENAN: {
        "male": (("Masculino", "M", "Hombre"), ("Masculino", "M", "Hombres")),
        "female": (("Femenino", "F", "Mujer"), ("Femenino", "F", "Mujeres")),
        "mixed": (("Ambos",), ("Ambos", "Mixto", "M/F", "Ambos sexos")),
    },
    _HSTC: {
        "male": (("M", "Male"), ("M", "Male")),
        "female": (("F", "Female"), ("F", "Female")),
        "mixed": (("Mixed",), ("Mixed", "M/F", "Both")),
    },
    _DEFENSOR: {
        "male": (("H", "Hombre", "hombre"), ("H", "Hombres", "hombres")),
        "female": (("M", "Mujer", "mujer"), ("M", "Mujeres", "mujeres")),
        "mixed": (("H/M",), ("H/M", "Mixto", "ambos sexos", "hombres y mujeres")),
    },
    _MSOIC: {
        "male": (("Male", "M"), ("Male", "M", "Males")),
        "female": (("Female", "F"), ("Female", "F", "Females")),
        "mixed": (("Mixed",), ("Mixed", "M/F", "Male & Female")),
    },
    _MYRIA: {
        "male": (("H", "homme", "masculin"), ("H", "hommes", "masculin")),
        "female": (("F", "femme", "féminin"), ("F", "femmes", "féminin")),
        "mixed": (("mixte",), ("mixte", "H/F", "hommes et femmes")),
    },
}
#: Age-group wording: source -> age group -> (singular options, plural options).
_AGE: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    _SENAN: {
        "adult": (("Adulto", "Mayor de edad"), ("Adultos", "Mayores de edad")),
        "child": (("NNA", "Menor de edad"), ("NNA", "Menores de edad", "Menores")),
        "mixed": (("Mixto",), ("Adultos y NNA", "Mixto")),
    },
    _HSTC: {
        "adult": (("Adult", "SA"), ("Adult", "SA", "Adults")),
        "child": (("Juvenile", "Minor", "UAC"), ("Juvenile", "Minors", "UAC")),
        "mixed": (("Mixed",), ("Mixed", "FMUA", "Adults & juveniles")),
    },
    _DEFENSOR: {
        "adult": (("adulto", "mayor de edad"), ("adultos", "mayores de edad")),
        "child": (("menor", "MENA"), ("menores", "MENA")),
        "mixed": (("mixto",), ("adultos y menores", "mixto")),
    },
    _MSOIC: {
        "adult": (("Adult",), ("Adult", "Adults")),
        "child": (("Child", "Minor", "U18"), ("Child", "Children", "U18")),
        "mixed": (("Mixed",), ("Mixed", "Adults & children", "Both")),
    },
    _MYRIA: {
        "adult": (("majeur",), ("majeurs", "majeur(s)")),
        "child": (("mineur", "MENA"), ("mineurs", "MENA", "mineur(s)")),
        "mixed": (("mixte",), ("mixte", "majeurs et mineurs")),
    },
}
#: "Not applicable / not known" words for the age group and the transport mode.
_NA_WORD: dict[str, tuple[str, ...]] = {
    _SENAN: ("No aplica", "N/A"),
    _HSTC: ("N/A",),
    _DEFENSOR: ("no consta",),
    _MSOIC: ("N/K", "Not known"),
    _MYRIA: ("indéterminé",),
}
#: Transport wording: source -> mode -> options.
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    _SENAN: {
        "land": ("Terrestre", "A pie", "Vía terrestre", "Trocha (a pie)"),
        "sea": ("Marítimo", "Embarcación", "Lancha", "Vía marítima"),
        "air": ("Aéreo", "Vía aérea"),
    },
    _HSTC: {
        "land": ("Land", "On foot", "Pedestrian", "Vehicle", "Tractor-trailer"),
        "sea": ("Maritime", "Vessel", "Panga"),
        "air": ("Air", "Commercial air"),
    },
    _DEFENSOR: {
        "land": ("vía terrestre", "a pie", "oculto en vehículo", "autobús"),
        "sea": ("patera", "neumática", "embarcación", "lancha"),
        "air": ("avión", "vía aérea"),
    },
    _MSOIC: {
        "land": ("HGV", "Concealed in lorry", "Vehicle", "Land"),
        "sea": ("Small boat", "Small boat (RHIB)", "Dinghy", "Maritime"),
        "air": ("Air", "Flight", "Scheduled flight"),
    },
    _MYRIA: {
        "land": ("voie terrestre", "camion", "à pied", "véhicule", "poids lourd"),
        "sea": ("voie maritime", "bateau", "embarcation pneumatique"),
        "air": ("voie aérienne", "avion"),
    },
}
#: Linked-offence wording: source -> offence -> options.
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    _SENAN: {
        "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
        "corruption": ("Corrupción de servidores públicos", "Cohecho"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando", "Tráfico de drogas"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    _HSTC: {
        "document_fraud": ("Document fraud", "Fraudulent documents"),
        "corruption": ("Public corruption", "Bribery of public official"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics", "Contraband"),
        "cybercrime": ("Cyber-enabled crime", "Cybercrime"),
        "terrorism": ("Terrorism nexus",),
    },
    _DEFENSOR: {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contra la salud pública", "contrabando"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    _MSOIC: {
        "document_fraud": ("Document fraud", "False ID documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering (POCA)", "Money laundering"),
        "illicit_goods": ("Drugs", "Drugs supply"),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
    _MYRIA: {
        "document_fraud": ("faux documents", "faux et usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("trafic de stupéfiants", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_LINKED_JOIN: dict[str, tuple[str, ...]] = {
    _SENAN: (", ", " / "),
    _HSTC: ("; ",),
    _DEFENSOR: (", ", " + "),
    _MSOIC: (", ", " / "),
    _MYRIA: (", ", " + "),
}
#: What a source writes for "no linked offence" (None: blank).
_NO_LINKED: dict[str, tuple[str | None, ...]] = {
    _SENAN: (None, None, None, "Ninguno"),
    _HSTC: (None, None, None, "None"),
    _DEFENSOR: (None, None, None, "-"),
    _MSOIC: (None, None, None, "N/A"),
    _MYRIA: (None, None, None, "néant"),
}
#: What a source writes for "no transit country" (None: blank).
_NO_TRANSIT: dict[str, tuple[str | None, ...]] = {
    _SENAN: (None, "Directo"),
    _HSTC: (None, "Direct"),
    _DEFENSOR: (None, "directo"),
    _MSOIC: (None, "Direct"),
    _MYRIA: (None, "direct"),
}
_TRANSIT_JOIN: dict[str, tuple[str, ...]] = {
    _SENAN: (" - ", ", "),
    _HSTC: (" > ", ", "),
    _DEFENSOR: (", ", " - "),
    _MSOIC: (" > ", " - "),
    _MYRIA: (" - ", ", "),
}
_COORD_PLACEHOLDER: dict[str, tuple[str, ...]] = {
    _SENAN: ("S/D",),
    _HSTC: ("UNK",),
    _DEFENSOR: ("s.d.",),
    _MSOIC: ("N/K",),
    _MYRIA: ("n.c.",),
}
_NO_DATE: dict[str, tuple[str | None, ...]] = {
    _SENAN: (None, None, "S/F"),
    _HSTC: (None,),
    _DEFENSOR: (None, None, "sin fecha"),
    _MSOIC: (None, None, "N/K"),
    _MYRIA: (None, None, "inconnue"),
}
_PARTIAL_RATE = {_SENAN: 0.05, _HSTC: 0.05, _DEFENSOR: 0.06, _MSOIC: 0.04, _MYRIA: 0.05}
_QUARTER_SHARE = {_SENAN: 0.35, _HSTC: 0.4, _DEFENSOR: 0.4, _MSOIC: 0.0, _MYRIA: 0.35}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: Sequence[str], weights: Sequence[float]) -> str:
    w = np.asarray(weights, dtype=float)
    return str(options[int(rng.choice(len(options), p=w / w.sum()))])


def _maybe(rng: _Rng, options: Sequence[str | None]) -> str | None:
    return options[int(rng.integers(len(options)))]


def _fit(text: str, src: ExaminerSource) -> str:
    """Return ``text`` if the source's file can hold it, else its ASCII letters."""
    if fits(text, src):
        return text
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


def _plural(n: object) -> bool:
    return not isinstance(n, int) or n != 1


def _country(src: ExaminerSource, code: str, rng: _Rng) -> str:
    """Return a country name as the source writes it (ISO alpha-3 in, text out)."""
    if src.source == _SENAN:
        return choice(rng, _PA_NAMES.get(code, _ES_NAMES[code]))
    if src.source == _DEFENSOR:
        return choice(rng, _ES_NAMES[code])
    if src.source == _MYRIA:
        if code == "GBR" and rng.random() < 0.2:
            return "Angleterre"
        return choice(rng, _FR_NAMES[code])
    if src.source == _HSTC:
        if rng.random() < 0.4:
            return iso_codes(code)[0]
        name = choice(rng, _EN_NAMES[code])
        return name.upper() if rng.random() < 0.5 else name
    if code == "GBR":
        return choice(rng, ("UK", "United Kingdom", "UK"))
    return choice(rng, _EN_NAMES[code])


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _ordinal(day: int) -> str:
    if day in (11, 12, 13):
        return f"{day}th"
    return f"{day}" + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _day_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Return the source's cell for a full date."""
    d, m, y = ts.day, ts.month, ts.year
    key = src.source
    if key == _SENAN:
        style = _weighted(rng, ("slash", "abbr", "long", "short"), (0.55, 0.2, 0.1, 0.15))
        if style == "abbr":
            return f"{d:02d}-{_ES_ABBR[m - 1]}-{y}"
        if style == "long":
            return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
        if style == "short":
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        return f"{d:02d}/{m:02d}/{y}"
    if key == _HSTC:
        style = _weighted(rng, ("iso", "us", "oracle", "long"), (0.35, 0.35, 0.15, 0.15))
        if style == "us":
            tags.append("us_date")
            return f"{m:02d}/{d:02d}/{y}"
        if style == "oracle":
            tags.append("oracle_date")
            return f"{d:02d}-{MONTHS[m - 1][:3].upper()}-{y % 100:02d}"
        if style == "long":
            return f"{MONTHS[m - 1]} {d}, {y}"
        return f"{y}-{m:02d}-{d:02d}"
    if key == _DEFENSOR:
        style = _weighted(
            rng, ("excel", "serial", "slash", "long", "dash"), (0.6, 0.12, 0.13, 0.07, 0.08)
        )
        if style == "excel":
            return ts.to_pydatetime()
        if style == "serial":
            tags.append("serial_date")
            return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)
        if style == "long":
            return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
        if style == "dash":
            return f"{d:02d}-{m:02d}-{y}"
        return f"{d:02d}/{m:02d}/{y}"
    if key == _MSOIC:
        style = _weighted(
            rng,
            ("slash", "short", "long", "ordinal", "isotime", "abbr"),
            (0.45, 0.1, 0.15, 0.1, 0.1, 0.1),
        )
        if style == "short":
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        if style == "long":
            return f"{d} {MONTHS[m - 1]} {y}"
        if style == "ordinal":
            return f"{_ordinal(d)} {MONTHS[m - 1]} {y}"
        if style == "isotime":
            return f"{y}-{m:02d}-{d:02d}T00:00:00"
        if style == "abbr":
            return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}"
        return f"{d:02d}/{m:02d}/{y}"
    style = _weighted(rng, ("slash", "dot", "long", "short"), (0.5, 0.15, 0.2, 0.15))
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "long":
        return f"{'1er' if d == 1 else d} {_FR_MONTHS[m - 1]} {y}"
    if style == "short":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    return f"{d:02d}/{m:02d}/{y}"


def _month_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> str:
    m, y = ts.month, ts.year
    key = src.source
    if key == _SENAN:
        return choice(
            rng,
            (
                f"{_ES_MONTHS[m - 1]} {y}",
                f"{_ES_ABBR[m - 1]}-{y}",
                f"{_ES_MONTHS[m - 1].upper()}/{y}",
            ),
        )
    if key == _HSTC:
        return choice(rng, (f"{y}-{m:02d}", f"{MONTHS[m - 1]} {y}"))
    if key == _DEFENSOR:
        return choice(rng, (f"{_ES_MONTHS[m - 1]} de {y}", f"{m:02d}/{y}"))
    if key == _MSOIC:
        return choice(rng, (f"{MONTHS[m - 1]} {y}", f"{m:02d}/{y}"))
    return choice(rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"))


def _quarter_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> str:
    q, y = (ts.month - 1) // 3 + 1, ts.year
    key = src.source
    if key == _SENAN:
        return choice(rng, (f"{_ROMAN[q - 1]} trimestre {y}", f"{_ES_QORD[q - 1]} trimestre {y}"))
    if key == _HSTC:
        if rng.random() < 0.5:  # the US federal fiscal year starts on 1 October
            tags.append("fy_quarter")
            fy = y + 1 if ts.month >= 10 else y
            fq = ((ts.month - 10) % 12) // 3 + 1
            return f"FY{fy} Q{fq}"
        return f"Q{q} CY{y}"
    if key == _DEFENSOR:
        return choice(rng, (f"{y}T{q}", f"{q}.º trimestre {y}"))
    return choice(rng, (f"{q}{'er' if q == 1 else 'e'} trimestre {y}", f"T{q} {y}"))


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    if partial_ok and rng.random() < _PARTIAL_RATE[src.source]:
        if rng.random() < _QUARTER_SHARE[src.source]:
            tags.append("partial_quarter")
            start = pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)
            return _quarter_cell(src, ts, rng, tags), start, "quarter"
        tags.append("partial_month")
        return _month_cell(src, ts, rng), pd.Timestamp(ts.year, ts.month, 1), "month"
    return _day_cell(src, ts, rng, tags), ts.normalize(), "day"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine (no, impossible or future date)."""
    if kind == "no_date":
        return _maybe(rng, _NO_DATE[src.source])
    y = ts.year
    if kind == "bad_date":
        # 2021-2023 are not leap years: 29 February does not exist either
        day, month = choice(rng, ("31/02", "30/02", "29/02", "31/04", "31/06", "31/09")).split("/")
        if src.source == _HSTC:
            return choice(rng, (f"{month}/{day}/{y}", f"{y}-{month}-{day}"))
        if src.source == _MYRIA and rng.random() < 0.3:
            return f"{day}.{month}.{y}"
        return f"{day}/{month}/{y}"
    future = ts.replace(year=y + 100)  # a slip of the finger: 2022 -> 2122
    if src.source == _DEFENSOR:
        return future.to_pydatetime()
    if src.source == _HSTC:
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date on the note row: the extraction, a week after the last row."""
    day = last + pd.Timedelta(days=7)
    if src.source == _DEFENSOR:
        return day.to_pydatetime()
    if src.source == _HSTC:
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _thousands(src: ExaminerSource, n: int, rng: _Rng) -> object:
    if src.source == _DEFENSOR:
        return f"{n:,}".replace(",", ".") if rng.random() < 0.6 else n
    if src.source == _MYRIA:
        return f"{n:,}".replace(",", choice(rng, ("\u202f", "\xa0", " ")))
    if src.source == _HSTC and rng.random() < 0.4:
        return n
    return f"{n:,}"


def _persons(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected) for the number of persons."""
    if rng.random() < 0.015:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_PLACEHOLDER[src.source]), None
    if n >= 1000:
        tags.append("thousands")
        return _thousands(src, n, rng), n
    if src.source == _SENAN and rng.random() < 0.05:
        tags.append("count_unit")
        return f"{n} {choice(rng, ('PAX', 'pax'))}", n
    if src.source == _MYRIA and rng.random() < 0.04:
        tags.append("count_unit")
        return f"{n} pers.", n
    if src.format == "csv":
        return str(n), n
    if src.format == "jsonl" and rng.random() < 0.1:
        return str(n), n
    if src.format == "xlsx" and rng.random() < 0.05:
        return str(n), n  # a number stored as text
    return n, n


def _suspects(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected) for the number of suspects."""
    if rng.random() < 0.02:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_PLACEHOLDER[src.source]), None
    if n == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, _ZERO[src.source]), 0
    return (str(n) if src.format == "csv" else n), n


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, tenths: bool) -> tuple[int, int, float, float]:
    """Degrees, minutes, seconds of ``|value|`` (to a tenth of a second or a second)."""
    unit = 36000 if tenths else 3600
    total = round(abs(value) * unit)
    deg, rest = divmod(total, unit)
    minutes, secs = divmod(rest, unit // 60)
    return int(deg), int(minutes), secs / (10 if tenths else 1), total / unit


def _dm(value: float) -> tuple[int, float, float]:
    """Degrees and decimal minutes (three decimals) of ``|value|``."""
    total = round(abs(value) * 60000)
    deg, rest = divmod(total, 60000)
    return int(deg), rest / 1000, total / 60000


def _sign(value: float) -> float:
    return -1.0 if value < 0 else 1.0


def _senan_position(lat: float, lon: float, rng: _Rng, tags: list[str]) -> tuple[str, float, float]:
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    style = _weighted(rng, ("dms", "dm", "dec"), (0.4, 0.35, 0.25))
    if style == "dms":
        tags.append("dms")
        d1, m1, s1, a = _dms(lat, True)
        d2, m2, s2, b = _dms(lon, True)
        text = f"{d1:02d}°{m1:02d}'{s1:04.1f}\"{ns} {d2:03d}°{m2:02d}'{s2:04.1f}\"{ew}"
        return text, _sign(lat) * a, _sign(lon) * b
    if style == "dm":
        tags.append("decimal_minutes")
        g1, mins1, a = _dm(lat)
        g2, mins2, b = _dm(lon)
        text = f"{g1:02d}°{mins1:06.3f}'{ns} {g2:03d}°{mins2:06.3f}'{ew}"
        return text, _sign(lat) * a, _sign(lon) * b
    la, lo = round(lat, 5), round(lon, 5)
    return f"{la:.5f}, {lo:.5f}", la, lo


def _hstc_coord(value: float, is_lat: bool, style: str) -> tuple[object, float]:
    if style == "num":
        v = round(value, 5)
        return v, v
    if style == "hemi":
        v = round(abs(value), 5)
        letter = ("N" if value >= 0 else "S") if is_lat else ("E" if value >= 0 else "W")
        return f"{v:.5f}{letter}", _sign(value) * v
    v = round(value, 4)
    return f"{v:.4f}", v


def _defensor_coord(
    value: float, is_lat: bool, style: str, tags: list[str]
) -> tuple[object, float]:
    if style == "num":
        v = round(value, 5)
        return v, v
    if style == "comma":
        v = round(value, 5)
        return f"{v:.5f}".replace(".", ","), v
    d, m, s, a = _dms(value, True)
    letter = ("N" if value >= 0 else "S") if is_lat else ("E" if value >= 0 else "O")
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}º {m:02d}' {sec}'' {letter}", _sign(value) * a


def _msoic_position(lat: float, lon: float, rng: _Rng, tags: list[str]) -> tuple[str, float, float]:
    style = _weighted(rng, ("space", "tight", "hemi"), (0.6, 0.2, 0.2))
    if style == "hemi":
        tags.append("hemisphere_letters")
        la, lo = round(abs(lat), 4), round(abs(lon), 4)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        return f"{la:.4f}{ns} {lo:.4f}{ew}", _sign(lat) * la, _sign(lon) * lo
    la, lo = round(lat, 5), round(lon, 5)
    return (f"{la:.5f}, {lo:.5f}" if style == "space" else f"{la:.5f},{lo:.5f}"), la, lo


def _myria_coord(value: float, is_lat: bool, style: str, tags: list[str]) -> tuple[str, float]:
    if style == "dms":
        d, m, s, a = _dms(value, False)
        letter = ("N" if value >= 0 else "S") if is_lat else ("E" if value >= 0 else "O")
        return f"{d}°{m:02d}'{int(s):02d}\" {letter}", _sign(value) * a
    v = round(value, 5)
    return (f"{v:.5f}".replace(".", ",") if style == "comma" else f"{v:.5f}"), v


def _coordinates(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, blank: bool, tags: list[str]
) -> tuple[_Cells, float | None, float | None]:
    """Return (cells, expected lat, expected lon)."""
    key = src.source
    single = "coordinates" in src.headers
    if blank or rng.random() < 0.05:
        if not blank:
            tags.append("coords_missing")
        return {}, None, None
    if rng.random() < 0.012:
        tags.append("coords_placeholder")
        word = choice(rng, _COORD_PLACEHOLDER[key])
        cells: _Cells = {"coordinates": word} if single else {"lat": word, "lon": word}
        return cells, None, None
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if key == _SENAN:
        text, la, lo = _senan_position(lat, lon, rng, tags)
        return {"coordinates": text}, la, lo
    if key == _MSOIC:
        text, la, lo = _msoic_position(lat, lon, rng, tags)
        return {"coordinates": text}, la, lo
    if key == _HSTC:
        style = _weighted(rng, ("num", "hemi", "text"), (0.6, 0.25, 0.15))
        if style == "hemi":
            tags.append("hemisphere_letters")
        c1, la = _hstc_coord(lat, True, style)
        c2, lo = _hstc_coord(lon, False, style)
        return {"lat": c1, "lon": c2}, la, lo
    if key == _DEFENSOR:
        style = _weighted(rng, ("num", "comma", "dms"), (0.55, 0.25, 0.2))
        if style == "dms":
            tags.append("dms")
        elif style == "comma":
            tags.append("decimal_comma")
        c1, la = _defensor_coord(lat, True, style, tags)
        c2, lo = _defensor_coord(lon, False, style, tags)
        return {"lat": c1, "lon": c2}, la, lo
    style = _weighted(rng, ("comma", "dms", "dot"), (0.7, 0.15, 0.15))
    tags.append({"comma": "decimal_comma", "dms": "dms", "dot": "decimal_point"}[style])
    c1, la = _myria_coord(lat, True, style, tags)
    c2, lo = _myria_coord(lon, False, style, tags)
    return {"lat": c1, "lon": c2}, la, lo


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
def _nationality(
    src: ExaminerSource, code: str, gender: str, n: object, rng: _Rng, tags: list[str]
) -> str:
    key = src.source
    plural = _plural(n)
    if key in (_SENAN, _DEFENSOR, _MYRIA):
        share = {_SENAN: 0.6, _DEFENSOR: 0.7, _MYRIA: 0.65}[key]
        if rng.random() >= share:
            text = _country(src, code, rng)
        else:
            table = _FR_DEMONYMS if key == _MYRIA else _ES_DEMONYMS
            forms = table[code]
            fem = gender == "female"
            text = forms[(2 if plural else 0) + (1 if fem else 0)]
            if key == _SENAN and rng.random() < 0.3:
                text = text.upper()
            elif key == _SENAN:
                text = text[0].upper() + text[1:]
        if key == _SENAN and text in _TYPOS[_SENAN] and rng.random() < 0.15:
            tags.append("typo")
            text = _TYPOS[_SENAN][text]
        if key == _MYRIA and rng.random() < 0.05:
            garbled = mojibake(text)
            if garbled is not None:
                tags.append("mojibake")
                text = garbled
        return _fit(text, src)
    if key == _HSTC:
        style = _weighted(rng, ("iso2", "name", "demonym"), (0.4, 0.35, 0.25))
        if style == "iso2":
            tags.append("iso2")
            return iso_codes(code)[0]
        if style == "name":
            return choice(rng, _EN_NAMES[code]).upper()
        return _EN_DEMONYMS[code]
    style = _weighted(rng, ("demonym", "name", "iso3"), (0.6, 0.25, 0.15))
    if style == "iso3":
        tags.append("iso3")
        return code
    if style == "name":
        return choice(rng, _EN_NAMES[code])
    text = _EN_DEMONYMS[code]
    if code == "IRQ" and rng.random() < 0.3:
        text = "Iraqi (Kurdish)"
    if text in _TYPOS[_MSOIC] and rng.random() < 0.08:
        tags.append("typo")
        text = _TYPOS[_MSOIC][text]
    return text


def _place_country(src: ExaminerSource, code: str, rng: _Rng, tags: list[str]) -> str:
    """Return a country cell (origin, destination, transit), now and then in mojibake."""
    text = _country(src, code, rng)
    if src.source == _MYRIA and rng.random() < 0.03:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append("mojibake")
            text = garbled
    return _fit(text, src)


def _detection(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str:
    code = str(ev["detection_country"])
    if src.source == _MSOIC and code == "GBR":
        nation = "Scotland" if ev.get("hotspot") == "Glasgow" else "England"
        return choice(rng, (nation, nation, "UK", "United Kingdom"))
    if src.source == _MSOIC and code == "FRA":
        return choice(rng, ("France", "France", "FR"))
    if src.source == _HSTC:
        iso2 = iso_codes(code)[0]
        return choice(rng, (iso2, iso2, _EN_NAMES[code][0], "USA" if code == "USA" else iso2))
    if src.source == _DEFENSOR:
        return choice(rng, ("España", "ESPAÑA", "España"))
    return _fit(_country(src, code, rng), src)


def _transit(
    src: ExaminerSource, value: object, rng: _Rng, tags: list[str]
) -> tuple[str | None, str | None]:
    if value is None:
        word = _maybe(rng, _NO_TRANSIT[src.source])
        if word is not None:
            tags.append("no_transit_word")
        return word, None
    codes = str(value).split("|")
    if src.source == _HSTC:  # all ISO alpha-2 codes, or all names
        iso = rng.random() < 0.5
        names = [iso_codes(c)[0] if iso else choice(rng, _EN_NAMES[c]).upper() for c in codes]
    else:
        names = [_place_country(src, c, rng, tags) for c in codes]
    sep = choice(rng, _TRANSIT_JOIN[src.source])
    if src.source == _DEFENSOR and len(names) > 1 and sep == ", ":
        text = ", ".join(names[:-1]) + " y " + names[-1]
    else:
        text = sep.join(names)
    return text, str(value)


def _transport(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> tuple[str, str]:
    mode = str(ev["transport_mode"])
    if rng.random() < 0.012:
        tags.append("na_word")
        return choice(rng, _NA_WORD[src.source]), "unknown"
    corridor = ev.get("corridor")
    if src.source == _DEFENSOR:
        if mode == "sea" and corridor == "watl":
            return choice(rng, ("cayuco", "cayuco", "neumática", "embarcación")), mode
        if mode == "land" and ev.get("hotspot") in ("Ceuta", "Melilla"):
            return choice(rng, ("salto de valla", "oculto en vehículo", "a pie")), mode
    if src.source == _HSTC and mode == "land" and ev.get("detection_country") == "PAN":
        return choice(rng, ("Land", "On foot", "Foot (jungle trek)")), mode
    if src.source == _MYRIA and mode == "sea" and corridor == "channel":
        return choice(rng, ("small boat", "embarcation pneumatique", "voie maritime")), mode
    return _fit(choice(rng, _TRANSPORT[src.source][mode]), src), mode


def _linked(src: ExaminerSource, value: object, rng: _Rng) -> tuple[str | None, str | None]:
    if value is None:
        return _maybe(rng, _NO_LINKED[src.source]), None
    items = str(value).split("|")
    words = [choice(rng, _LINKED[src.source][i]) for i in items]
    return _fit(choice(rng, _LINKED_JOIN[src.source]).join(words), src), str(value)


def _crime(src: ExaminerSource, crime: str, form: object, rng: _Rng) -> str:
    by_form = _CRIME_BY_FORM.get(src.source, {})
    if crime == "trafficking" and form in by_form and rng.random() < 0.5:
        return choice(rng, by_form[str(form)])
    return _fit(choice(rng, _CRIME[src.source][crime]), src)


def _worded(
    table: dict[str, tuple[tuple[str, ...], tuple[str, ...]]], value: str, n: object, rng: _Rng
) -> str:
    singular, plural = table[value]
    return choice(rng, plural if _plural(n) else singular)


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    key = src.source
    tags: list[str] = []
    cells: _Cells = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    crime, form = str(ev["crime_type"]), ev["exploitation"]
    cells["crime_type"] = _crime(src, crime, form, rng)
    exp["crime_type"] = crime
    if form is None:
        cells["exploitation"] = _maybe(rng, _NO_EXPLOITATION[key])
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _fit(choice(rng, _EXPLOITATION[key][str(form)]), src)
        exp["exploitation"] = str(form)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n, rng, tags)
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        k = int(ev["n_suspects"])  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, k, rng, tags)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells["gender"] = _fit(_worded(_GENDER[key], gender, n, rng), src)
        if key == _DEFENSOR and cells["gender"] in ("H", "M"):
            tags.append("h_m_sex")
        exp["gender"] = gender
    if rng.random() < 0.01:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, _NA_WORD[key]), "unknown"
    else:
        age = str(ev["age_group"])
        cells["age_group"] = _fit(_worded(_AGE[key], age, n, rng), src)
        exp["age_group"] = age

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    else:
        cells["nationality"] = _nationality(src, nat, gender, n, rng, tags)
        exp["nationality"] = nat
    origin = str(ev["origin_country"])
    cells["origin_country"] = _place_country(src, origin, rng, tags)
    exp["origin_country"] = origin
    dest = str(ev["destination_country"])
    cells["destination_country"] = _place_country(src, dest, rng, tags)
    exp["destination_country"] = dest
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _detection(src, ev, rng)
        exp["detection_country"] = str(ev["detection_country"])
    cells["transit_countries"], exp["transit_countries"] = _transit(
        src, ev["transit_countries"], rng, tags
    )
    cells["transport_mode"], exp["transport_mode"] = _transport(src, ev, rng, tags)

    blank_place = forced_blank == "coordinates"
    if blank_place:
        tags.append("blank_coordinates")
    place, exp["lat"], exp["lon"] = _coordinates(src, ev, rng, blank_place, tags)
    cells.update(place)
    cells["linked_offences"], exp["linked_offences"] = _linked(src, ev["linked_offences"], rng)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND34_SOURCES,
    primary={"PAN": _SENAN, "USA": _HSTC, "ESP": _DEFENSOR, "GBR": _MSOIC},
    compilation=_MYRIA,
    secondary={
        ("darien", "PAN"): _HSTC,
        ("channel", "FRA"): _MSOIC,
        ("channel", "GBR"): _MYRIA,
        ("thb_vnm_gbr", "GBR"): _MYRIA,
        ("thb_rou_esp", "ESP"): _MYRIA,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=34_034,
    blank_share=0.35,
)


def make_blind34(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind34`` examiner set (files ``*_aj.*``).

    Five sources: Panama's SENAN (Spanish CSV, cp1252), the US HSTC (English JSON
    lines), Spain's Defensor del Pueblo (Spanish XLSX), the UK NPCC MSOIC unit (English
    CSV, ``|``) and Belgium's Myria (French CSV, UTF-8 with BOM, ``;``); see the module
    docstring for each one's wording.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND34_SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind34(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['senan_pa_aj.csv', 'hstc_us_aj.jsonl', 'defensor_pueblo_es_aj.xlsx',
     'msoic_uk_aj.csv', 'myria_be_aj.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
