"""Examiner variant ``blind59``: five regional and international bodies (files ``*_bi.*``).

A held-out sample set written independently of the cleaner. Each file is written the
way its body writes a case table, with its own headers, date styles, country wording,
legal references, placeholders and number formats. The shared machinery of
:mod:`trendlib.samples._examiner` decides which body reports which event, which rows are
cross-source duplicates, bad rows, garbage rows and exact repeats.

Reader's guide
--------------
``interpol_ssv_bi.csv`` -- INTERPOL Regional Bureau for Central America (San Salvador)
    Spanish, **UTF-16** (with BOM), **tab**-delimited (Excel "Unicode text" export).
    Bilingual ``español / English`` headers, an ``Observaciones`` remarks column. First
    reports of events detected in Panama and the United States. Dates mostly
    ``dd/mm/aaaa``, also ``14-ene-2022``, ``14 ENE 2022``, ``14 de enero de 2022``,
    ISO, and month-first ``01/14/2022`` on some US rows (only when the day is above 12);
    partial dates ``ene-2022``, ``enero de 2022``, ``01/2022``, ``I trim. 2022``,
    ``primer trimestre 2022``. Offences in Spanish (``TIM``, ``TdP``, ...) with US Code
    sections (8 U.S.C. § 1324, 18 U.S.C. § 1591 / § 1589) or Panama's Ley 79 de 2011.
    Nationalities as Spanish demonyms (``venezolana``), names, ISO alpha-2 or alpha-3;
    a few mojibake and typos. Counts with comma thousands (``1,250``), sometimes
    ``45 (30 H / 15 M)``; placeholders ``s/d``, ``N/D``, ``por determinar``.
    Coordinates in one cell: ``8.41234, -77.65432``, DMS ``8°24'44.4"N 77°39'15.6"W``
    or degrees-decimal-minutes with Spanish ``O`` for west (``N 8° 24.740' O 77°
    39.259'``); ``s/c`` / ``sin coordenadas`` for none.

``dialogue5p5_bi.csv`` -- Western Mediterranean Dialogue 5+5, migration working group
    French, **cp1252**, **semicolon**, CRLF. Abbreviated French headers (``Nb MEC``,
    ``Maj./Min.``, ``Pays constat.``). First reports of events detected in Spain and
    France; second reports of Channel, Central Mediterranean and Viet Nam-UK events.
    Dates ``14/01/2022``, ``14/01/22``, ``14 janv. 2022``, ``1er mars 2022``,
    ``14.01.2022``, ISO; partial ``janv. 2022``, ``01/2022``, ``1er trimestre 2022``,
    ``T1 2022``. Qualifications such as ``Aide à l'entrée irrégulière (art. L.622-1
    CESEDA)`` before May 2021 and ``art. L.823-1 CESEDA`` after, ``TEH (art. 225-4-1
    CP)``, foreign articles tagged ``[ES]``, ``[IT]``, ``[UK]``. French adjectives of
    nationality (``marocaine``, ``ivoirien``), mojibake (``SÃ©nÃ©gal``). Counts with
    space or no-break-space thousands (``1 250``), ``45 pers.``; zero suspects as
    ``néant``/``aucun``; placeholders ``n.c.``, ``inconnu``. Separate latitude and
    longitude columns with decimal commas or DMS with French ``O`` (ouest) for west.
    Re-sends some rows (exact repeats).

``salzburg_forum_bi.xlsx`` -- Salzburg Forum, joint migration situation picture
    English, XLSX. First reports of events detected in Croatia and Poland; second
    reports of Eastern Mediterranean (Greece) events. Dates as real Excel dates, bare
    Excel serial numbers, ``14.01.2022`` or ISO text; partial ``Jan 2022``,
    ``2022-01``, ``Q1 2022``. National qualifications with articles (``art. 264 § 3
    k.k.``, ``čl. 326 KZ``, ``art. 189a k.k.``, ``art. 323A PC``). Reporting state as
    ISO or EU codes (``EL`` for Greece). Counts and coordinates as numbers, some as
    text (``1,250``, ``53.45671 N``); ``nil``/``none`` for zero suspects; ``n/k``,
    ``tbc`` for unknown counts. A ``Remarks`` column.

``eubam_libya_bi.csv`` -- EUBAM Libya, partner incident matrix
    English, **UTF-8** (no BOM), **pipe**-delimited. First reports of events detected in
    Italy. Dates ``14-Jan-2022``, ``14 January 2022``, ISO, ``14/01/2022`` and military
    date-time groups (``141530ZJAN22``); partial ``January 2022``, ``Q1/2022``. Counts
    sometimes ``45 POB`` (persons on board), ``UNK``/``TBC`` placeholders, ``NIL``
    suspects. Positions as navy degrees-decimal-minutes (``35 29.40N 012 36.10E``),
    with degree signs, or decimal. An extra ``Departure point`` column (``Zuwara``,
    ``Sfax``) that is not an origin country.

``emsc_jltms_bi.jsonl`` -- Joint Liaison Task Force on Migrant Smuggling digest
    English keys, JSON lines (UTF-8). The compilation: first reports of events detected
    elsewhere (United Kingdom, Greece); second reports of most European corridors.
    ISO dates, some with times (``2022-01-14T10:25:00Z``) or UK ``dd/mm/yyyy``; partial
    ``2022-01``, ``2022-Q1``. Europol wording (``FII`` = facilitation of illegal
    immigration, ``THB``). ISO alpha-3 citizenships; reporting country as EU codes
    (``EL``, ``UK``). Counts as JSON numbers or text, ``unknown`` placeholders.
    Location as WKT ``POINT (lon lat)``, ``POINT EMPTY`` when unknown. Re-sends some
    rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

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

__all__ = ["BLIND59_SOURCES", "make_blind59"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_SSV = ExaminerSource(
    source="interpol_ssv_bi",
    filename="interpol_ssv_bi.csv",
    ref="OR-SSV/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Ref. OR-SSV / Ref. No.",
        "event_date": "Fecha del hecho / Date of event",
        "crime_type": "Delito / Offence",
        "exploitation": "Finalidad de explotación / Purpose of exploitation",
        "n_persons": "Nº personas (víctimas o migrantes) / No. of persons",
        "n_suspects": "Nº presuntos responsables / No. of suspects",
        "gender": "Sexo / Sex",
        "age_group": "Grupo etario / Age group",
        "nationality": "Nacionalidad / Nationality",
        "origin_country": "País de origen / Country of origin",
        "destination_country": "País de destino / Destination",
        "detection_country": "País de detección (OCN) / Detecting country (NCB)",
        "transit_countries": "Países de tránsito / Transit countries",
        "transport_mode": "Medio de transporte / Means of transport",
        "coordinates": "Coordenadas (lat, long) / Coordinates",
        "linked_offences": "Delitos conexos / Related offences",
        "remarks": "Observaciones / Remarks",
    },
    note="Nota: información sujeta a confirmación por las OCN; no difundir",
    total="TOTAL GENERAL",
    bad_count=("múltiples", "un grupo", "numerosos"),
    repeats=False,
)
_MED = ExaminerSource(
    source="dialogue5p5_bi",
    filename="dialogue5p5_bi.csv",
    ref="5+5/MIG/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date constat.",
        "detection_country": "Pays constat.",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation (TEH)",
        "n_persons": "Nb pers. (victimes / migrants)",
        "n_suspects": "Nb MEC",
        "gender": "Sexe",
        "age_group": "Maj./Min.",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination finale",
        "transport_mode": "Vecteur",
        "lat": "Lat. (°)",
        "lon": "Long. (°)",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires des points de contact nationaux - diffusion restreinte",
    total="TOTAL (personnes)",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=True,
)
_SALZ = ExaminerSource(
    source="salzburg_forum_bi",
    filename="salzburg_forum_bi.xlsx",
    ref="SF-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case no.",
        "event_date": "Date of apprehension",
        "detection_country": "Reporting MS",
        "crime_type": "Offence (national qualification)",
        "exploitation": "Exploitation type",
        "n_persons": "Persons apprehended/identified (no.)",
        "n_suspects": "Facilitators (no.)",
        "gender": "Sex (M/F)",
        "age_group": "Age cat.",
        "nationality": "Citizenship (ISO-3)",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit countries)",
        "destination_country": "Intended destination",
        "transport_mode": "Modus (means of transport)",
        "lat": "Lat (WGS84, DD)",
        "lon": "Long (WGS84, DD)",
        "linked_offences": "Other offences",
        "remarks": "Remarks",
    },
    note="Note: figures provisional, as reported by national contact points",
    total="Total",
    bad_count=("several", "multiple", "a group"),
    repeats=False,
)
_EUBAM = ExaminerSource(
    source="eubam_libya_bi",
    filename="eubam_libya_bi.csv",
    ref="EUBAM-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="en",
    headers={
        "source_ref": "Incident ID",
        "event_date": "Date (DD-MMM-YYYY)",
        "crime_type": "Crime",
        "exploitation": "Exploitation purpose",
        "n_persons": "Pax / victims",
        "n_suspects": "Suspects",
        "gender": "Gender",
        "age_group": "Adult/Minor",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "departure": "Departure point",
        "transit_countries": "Transit countries",
        "destination_country": "Final destination",
        "detection_country": "Country of interception/detection",
        "transport_mode": "Conveyance",
        "coordinates": "Position (lat/long)",
        "linked_offences": "Related offences",
    },
    note="NB: partner data, not verified by the Mission",
    total="TOTAL",
    bad_count=("MULTIPLE", "several", "numerous"),
    repeats=False,
)
_JLT = ExaminerSource(
    source="emsc_jltms_bi",
    filename="emsc_jltms_bi.jsonl",
    ref="JLT-MS/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "incident_date",
        "crime_type": "crime_area",
        "exploitation": "exploitation_form",
        "n_persons": "persons_count",
        "n_suspects": "suspects_count",
        "gender": "gender",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "country_of_destination",
        "detection_country": "reporting_country",
        "transit_countries": "transit_route",
        "transport_mode": "modus_operandi_transport",
        "coordinates": "location_wkt",
        "linked_offences": "linked_crimes",
    },
    note="Extract of the JLT-MS case register - provisional, handling code H3",
    total="TOTAL persons",
    bad_count=("several", "multiple", "large group"),
    repeats=True,
)

#: The variant's sources, in the order the submissions are returned.
BLIND59_SOURCES: tuple[ExaminerSource, ...] = (_SSV, _MED, _SALZ, _EUBAM, _JLT)

# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
_COUNTRY: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "AFG": ("Afganistán",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladés", "Bangladesh"),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia y Herzegovina",),
        "BLR": ("Bielorrusia", "Belarús"),
        "CHN": ("China", "República Popular China"),
        "CIV": ("Costa de Marfil", "Côte d'Ivoire"),
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
        "HTI": ("Haití", "Haiti"),
        "HUN": ("Hungría",),
        "IRN": ("Irán",),
        "IRQ": ("Irak", "Iraq"),
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
        "PAN": ("Panamá", "República de Panamá"),
        "POL": ("Polonia",),
        "ROU": ("Rumania", "Rumanía"),
        "RUS": ("Rusia", "Federación de Rusia"),
        "SEN": ("Senegal",),
        "SRB": ("Serbia",),
        "SYR": ("Siria",),
        "TUN": ("Túnez",),
        "TUR": ("Turquía",),
        "USA": ("Estados Unidos", "EE.UU.", "EEUU"),
        "VEN": ("Venezuela",),
        "VNM": ("Vietnam",),
        "YEM": ("Yemen",),
    },
    "fr": {
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
        "GIN": ("Guinée", "Guinée Conakry"),
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
        "USA": ("États-Unis", "Etats-Unis"),
        "VEN": ("Venezuela",),
        "VNM": ("Viêt Nam", "Vietnam"),
        "YEM": ("Yémen",),
    },
    "en": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia and Herzegovina", "BiH"),
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
        "PAN": ("Panama",),
        "POL": ("Poland",),
        "ROU": ("Romania",),
        "RUS": ("Russia", "Russian Federation"),
        "SEN": ("Senegal",),
        "SRB": ("Serbia",),
        "SYR": ("Syria",),
        "TUN": ("Tunisia",),
        "TUR": ("Turkey", "Türkiye"),
        "USA": ("USA", "United States"),
        "VEN": ("Venezuela",),
        "VNM": ("Vietnam", "Viet Nam"),
        "YEM": ("Yemen",),
    },
}
#: Adjectives of nationality: (masculine, feminine) in Spanish and French, one in English.
_DEMONYM: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
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
    },
    "fr": {
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
    },
    "en": {
        "AFG": ("Afghan",),
        "ALB": ("Albanian",),
        "BGD": ("Bangladeshi",),
        "CHN": ("Chinese",),
        "CIV": ("Ivorian",),
        "CMR": ("Cameroonian",),
        "COL": ("Colombian",),
        "DZA": ("Algerian",),
        "ECU": ("Ecuadorian",),
        "EGY": ("Egyptian",),
        "ERI": ("Eritrean",),
        "GIN": ("Guinean",),
        "GMB": ("Gambian",),
        "GTM": ("Guatemalan",),
        "HND": ("Honduran",),
        "HTI": ("Haitian",),
        "IRN": ("Iranian",),
        "IRQ": ("Iraqi",),
        "MAR": ("Moroccan",),
        "MEX": ("Mexican",),
        "MLI": ("Malian",),
        "NGA": ("Nigerian",),
        "PAK": ("Pakistani",),
        "ROU": ("Romanian",),
        "SEN": ("Senegalese",),
        "SYR": ("Syrian",),
        "TUN": ("Tunisian",),
        "TUR": ("Turkish",),
        "VEN": ("Venezuelan",),
        "VNM": ("Vietnamese",),
        "YEM": ("Yemeni",),
    },
}
#: Misspellings a clerk makes, by language (each reads unambiguously as its country).
_TYPO: dict[str, dict[str, str]] = {
    "es": {
        "VEN": "Venezeula",
        "GTM": "Guatelama",
        "COL": "Colonbia",
        "ECU": "Ecudor",
        "HND": "Hondruas",
        "AFG": "Afganistan",
    },
    "fr": {
        "SEN": "Senegal",
        "ERI": "Erythree",
        "CIV": "Cote d'Ivoire",
        "MAR": "Marroc",
        "AFG": "Afganistan",
        "DZA": "Algerie",
    },
    "en": {
        "AFG": "Afganistan",
        "SYR": "Syira",
        "ERI": "Eritria",
        "BGD": "Bangaldesh",
        "IRQ": "Irak",
        "PAK": "Pakisatn",
    },
}
#: EU protocol codes where they differ from ISO alpha-2.
_EU_CODE = {"GRC": "EL", "GBR": "UK"}

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "TIM",
            "Tráfico de migrantes",
            "Tráfico ilícito de migrantes (TIM)",
        ),
        "trafficking": ("Trata de personas", "TdP", "Trata de personas (TdP)"),
        "both": (
            "TIM y TdP",
            "Trata de personas y tráfico ilícito de migrantes",
            "Tráfico ilícito de migrantes / Trata de personas",
        ),
    },
    "fr": {
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Trafic illicite de migrants",
            "Aide à l'entrée et au séjour irréguliers",
            "Filière d'immigration irrégulière",
        ),
        "trafficking": ("Traite des êtres humains", "TEH", "Traite d'êtres humains"),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "Traite des êtres humains et trafic de migrants",
            "TEH / trafic de migrants",
        ),
    },
    "en": {
        "smuggling": (
            "Migrant smuggling",
            "SoM",
            "Facilitation of illegal immigration",
            "Smuggling of migrants",
        ),
        "trafficking": ("Trafficking in human beings", "THB", "Human trafficking"),
        "both": ("THB / SoM", "Migrant smuggling and human trafficking", "SoM + THB"),
    },
    "europol": {
        "smuggling": (
            "Facilitation of illegal immigration (FII)",
            "FII",
            "Migrant smuggling",
            "FII - migrant smuggling",
        ),
        "trafficking": ("THB", "Trafficking in human beings", "THB (trafficking)"),
        "both": ("THB + FII", "FII / THB", "Migrant smuggling & THB"),
    },
}
#: Smuggling offences by country of detection (France: see :func:`_law`).
_LAW_SOM: dict[str, tuple[str, ...]] = {
    "USA": ("8 U.S.C. § 1324", "8 USC 1324"),
    "ESP": ("art. 318 bis CP",),
    "ITA": ("art. 12 D.Lgs. 286/1998", "art. 12 TUI"),
    "GBR": ("s.25 Immigration Act 1971",),
    "GRC": ("L. 4251/2014",),
    "HRV": ("čl. 326 KZ",),
    "POL": ("art. 264 § 3 k.k.",),
}
#: Trafficking offences by country of detection (United States: by exploitation).
_LAW_THB: dict[str, tuple[str, ...]] = {
    "ESP": ("art. 177 bis CP",),
    "FRA": ("art. 225-4-1 CP",),
    "ITA": ("art. 601 c.p.",),
    "GBR": ("s.2 Modern Slavery Act 2015", "MSA 2015 s.2"),
    "GRC": ("art. 323A PC",),
    "HRV": ("čl. 106 KZ",),
    "POL": ("art. 189a k.k.",),
    "PAN": ("Ley 79 de 2011",),
}
_LAW_TAG = {"ESP": "ES", "ITA": "IT", "GBR": "UK", "FRA": "FR", "GRC": "EL"}
_CESEDA_RECODED = pd.Timestamp("2021-05-01")  # art. L.622-1 became L.823-1

_EXPL: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "sexual": ("explotación sexual", "explotación sexual comercial", "Explotación sexual"),
        "forced_labour": (
            "trabajo forzoso",
            "trabajos o servicios forzados",
            "explotación laboral",
        ),
        "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "organ_removal": ("extracción de órganos",),
        "other": ("otros fines", "otra finalidad"),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "proxénétisme", "Exploitation sexuelle"),
        "forced_labour": (
            "travail forcé",
            "exploitation par le travail",
            "travail ou services forcés",
        ),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autres formes d'exploitation"),
    },
    "en": {
        "sexual": ("sexual exploitation", "sexual", "prostitution"),
        "forced_labour": ("labour exploitation", "forced labour", "forced labor"),
        "forced_criminality": ("forced criminality", "criminal exploitation"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other", "other forms"),
    },
}
#: What a clerk writes in the exploitation column of a pure smuggling case.
_EXPL_NA = {
    "es": ("N/A", "no aplica", "—"),
    "fr": ("sans objet", "s.o.", "-"),
    "en": ("N/A", "n/a"),
}

#: Gender words: (one person, several persons).
_GENDER: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "es": {
        "female": (("Femenino", "mujer"), ("mujeres", "Femenino")),
        "male": (("Masculino", "hombre"), ("hombres", "Masculino")),
        "mixed": ((), ("mixto", "Mixto", "hombres y mujeres", "ambos sexos")),
    },
    "fr": {
        "female": (("F", "femme", "féminin"), ("femmes", "F")),
        "male": (("H", "homme", "masculin"), ("hommes", "H")),
        "mixed": ((), ("mixte", "H/F", "hommes et femmes")),
    },
    "en": {
        "female": (("F", "female", "woman"), ("F", "female", "women")),
        "male": (("M", "male", "man"), ("M", "male", "men")),
        "mixed": ((), ("mixed", "M/F", "M+F")),
    },
}
_AGE: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "es": {
        "adult": (("adulto", "mayor de edad"), ("adultos", "mayores de edad")),
        "child": (("menor de edad", "NNA", "menor"), ("menores", "NNA", "menores de edad")),
        "mixed": ((), ("adultos y NNA", "mixto", "adultos y menores")),
    },
    "fr": {
        "adult": (("majeur", "adulte"), ("majeurs", "adultes")),
        "child": (("mineur", "MNA"), ("mineurs", "MNA")),
        "mixed": ((), ("majeurs et mineurs", "mixte", "adultes + mineurs")),
    },
    "en": {
        "adult": (("adult", "18+"), ("adults", "adult")),
        "child": (("minor", "child", "UAM"), ("minors", "children", "UAMs")),
        "mixed": ((), ("adults & minors", "mixed", "adults/minors")),
    },
}
#: "Not known / not applicable" words for the age group and the transport mode.
_NA_WORD = {
    "es": ("N/A", "no consta", "sin dato"),
    "fr": ("NR", "non renseigné", "inconnu"),
    "en": ("N/A", "n/k", "unknown"),
}

_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "sea": ("marítimo", "vía marítima", "lancha", "embarcación"),
        "land:darien": ("a pie", "terrestre", "a pie (selva)", "caminata"),
        "land:us_mex": ("terrestre", "tráiler", "camión", "vehículo particular", "a pie"),
        "land": ("terrestre", "autobús", "vehículo"),
        "air": ("aéreo", "vía aérea", "vuelo comercial"),
    },
    "fr": {
        "sea:channel": ("small boat", "embarcation pneumatique", "maritime", "canot pneumatique"),
        "sea:watl": ("pirogue", "cayuco", "maritime", "voie maritime"),
        "sea:wmed": ("patera", "embarcation", "maritime", "jet-ski"),
        "sea": ("embarcation", "maritime", "voie maritime", "bateau"),
        "land:channel": ("poids lourd", "PL", "camion", "terrestre"),
        "land:wmed": ("terrestre", "franchissement de la clôture", "à pied", "véhicule"),
        "land": ("terrestre", "véhicule léger", "autocar", "voie routière"),
        "air": ("aérien", "voie aérienne", "avion (vol commercial)"),
    },
    "en": {
        "sea:emed": ("boat", "dinghy", "sea", "rubber boat", "speedboat"),
        "sea:cmed": ("wooden boat", "fishing vessel", "RHIB", "rubber boat", "metal boat", "sea"),
        "sea:channel": ("small boat", "dinghy", "sea"),
        "sea": ("sea", "by sea", "boat", "ferry"),
        "land:blr_pol": ("on foot", "green border", "car", "van", "land"),
        "land:wbal": ("on foot", "green border", "car", "van", "land"),
        "land:emed": ("on foot", "land", "car"),
        "land:channel": ("lorry", "HGV", "concealed in lorry", "land"),
        "land": ("car", "coach", "land", "train", "van"),
        "air": ("air", "flight", "by air", "commercial flight"),
    },
}

_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "document_fraud": (
            "falsificación documental",
            "uso de documento falso",
            "documentos falsos",
        ),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("lavado de activos", "blanqueo de capitales", "lavado de dinero"),
        "illicit_goods": ("contrabando", "tráfico de mercancías ilícitas"),
        "cybercrime": ("ciberdelito", "delitos informáticos"),
        "terrorism": ("terrorismo",),
    },
    "fr": {
        "document_fraud": ("fraude documentaire", "faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "trafic de marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "en": {
        "document_fraud": ("document fraud", "forged documents", "false documents"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_LINK_SEP = {"es": (", ", " / ", "; "), "fr": (" + ", ", ", " ; "), "en": ("; ", ", ", " / ")}
_TRANSIT_SEP = {"es": (" - ", ", ", " > "), "fr": (" > ", " / ", ", "), "en": (" > ", ", ", " - ")}

_MONTHS_ES = (
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
_MON_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_MONTHS_FR = (
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
_MON_FR = (
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
_ROMAN = ("I", "II", "III", "IV")
_ORD_FR = ("1er", "2e", "3e", "4e")
_ORD_ES = ("primer", "segundo", "tercer", "cuarto")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Impossible (day, month) pairs; no year of the period (2021-2023) is a leap year.
_IMPOSSIBLE = ((31, 4), (31, 6), (31, 9), (31, 11), (30, 2), (29, 2), (31, 2))

_REMARKS_ES = (
    "En investigación",
    "Judicializado",
    "Difusión morada emitida",
    "Información remitida por la OCN",
    "Caso cerrado",
)
_REMARKS_EN = (
    "referred to prosecutor",
    "investigation ongoing",
    "data by national contact point",
    "JIT proposed",
    "suspects in pre-trial detention",
)
_DEPARTURE = {
    "LBY": ("Zuwara", "Sabratha", "Zawiya", "Tobruk", "Benghazi", "Garabulli"),
    "TUN": ("Sfax", "Mahdia", "Kerkennah"),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _p(rng: _Rng, share: float) -> bool:
    return bool(rng.random() < share)


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, ts.month, 1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _weighted(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    w = np.array(list(weights.values()), dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


_Date = tuple[object, pd.Timestamp, str]


def _date_ssv(
    ts: pd.Timestamp, ev: dict[str, object], rng: _Rng, partial_ok: bool, tags: list[str]
) -> _Date:
    if partial_ok and _p(rng, 0.06):
        tags.append("partial_month")
        style = choice(rng, ("mon", "long", "num"))
        cell = {
            "mon": f"{_MON_ES[ts.month - 1]}-{ts.year}",
            "long": f"{_MONTHS_ES[ts.month - 1]} de {ts.year}",
            "num": f"{ts.month:02d}/{ts.year}",
        }[style]
        return cell, _month_start(ts), "month"
    if partial_ok and _p(rng, 0.025):
        tags.append("partial_quarter")
        q = _quarter(ts)
        cell = choice(
            rng, (f"{_ROMAN[q - 1]} trim. {ts.year}", f"{_ORD_ES[q - 1]} trimestre {ts.year}")
        )
        return cell, _quarter_start(ts), "quarter"
    style = _weighted(
        rng, {"dmy": 0.55, "mon": 0.15, "MON": 0.08, "iso": 0.1, "long": 0.07, "mdy": 0.05}
    )
    if style == "mdy" and not (ev["detection_country"] == "USA" and ts.day > 12):
        style = "dmy"
    tags.append(f"date_{style}")
    cell = {
        "dmy": f"{ts.day:02d}/{ts.month:02d}/{ts.year}",
        "mon": f"{ts.day:02d}-{_MON_ES[ts.month - 1]}-{ts.year}",
        "MON": f"{ts.day:02d} {_MON_ES[ts.month - 1].upper()} {ts.year}",
        "iso": ts.strftime("%Y-%m-%d"),
        "long": f"{ts.day} de {_MONTHS_ES[ts.month - 1]} de {ts.year}",
        "mdy": f"{ts.month:02d}/{ts.day:02d}/{ts.year}",
    }[style]
    return cell, ts, "day"


def _fr_day(day: int) -> str:
    return "1er" if day == 1 else str(day)


def _date_med(
    ts: pd.Timestamp, ev: dict[str, object], rng: _Rng, partial_ok: bool, tags: list[str]
) -> _Date:
    if partial_ok and _p(rng, 0.05):
        tags.append("partial_month")
        cell = choice(
            rng,
            (
                f"{_MON_FR[ts.month - 1]} {ts.year}",
                f"{_MONTHS_FR[ts.month - 1]} {ts.year}",
                f"{ts.month:02d}/{ts.year}",
            ),
        )
        return cell, _month_start(ts), "month"
    if partial_ok and _p(rng, 0.025):
        tags.append("partial_quarter")
        q = _quarter(ts)
        cell = choice(rng, (f"{_ORD_FR[q - 1]} trimestre {ts.year}", f"T{q} {ts.year}"))
        return cell, _quarter_start(ts), "quarter"
    style = _weighted(
        rng, {"dmy": 0.5, "dmy2": 0.12, "mon": 0.12, "long": 0.12, "dot": 0.06, "iso": 0.08}
    )
    tags.append(f"date_{style}")
    cell = {
        "dmy": f"{ts.day:02d}/{ts.month:02d}/{ts.year}",
        "dmy2": f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}",
        "mon": f"{_fr_day(ts.day)} {_MON_FR[ts.month - 1]} {ts.year}",
        "long": f"{_fr_day(ts.day)} {_MONTHS_FR[ts.month - 1]} {ts.year}",
        "dot": f"{ts.day:02d}.{ts.month:02d}.{ts.year}",
        "iso": ts.strftime("%Y-%m-%d"),
    }[style]
    return cell, ts, "day"


def _date_salz(
    ts: pd.Timestamp, ev: dict[str, object], rng: _Rng, partial_ok: bool, tags: list[str]
) -> _Date:
    if partial_ok and _p(rng, 0.05):
        tags.append("partial_month")
        month = choice(rng, (f"{MONTHS[ts.month - 1][:3]} {ts.year}", f"{ts.year}-{ts.month:02d}"))
        return month, _month_start(ts), "month"
    if partial_ok and _p(rng, 0.025):
        tags.append("partial_quarter")
        q = _quarter(ts)
        return choice(rng, (f"Q{q} {ts.year}", f"Q{q}/{ts.year}")), _quarter_start(ts), "quarter"
    style = _weighted(rng, {"excel": 0.6, "serial": 0.15, "dot": 0.15, "iso": 0.1})
    tags.append(f"date_{style}")
    cell: object
    if style == "excel":
        cell = dt.datetime(ts.year, ts.month, ts.day)
    elif style == "serial":
        cell = int((ts - _EXCEL_EPOCH).days)
    elif style == "dot":
        cell = f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
    else:
        cell = ts.strftime("%Y-%m-%d")
    return cell, ts, "day"


def _date_eubam(
    ts: pd.Timestamp, ev: dict[str, object], rng: _Rng, partial_ok: bool, tags: list[str]
) -> _Date:
    if partial_ok and _p(rng, 0.05):
        tags.append("partial_month")
        cell = choice(
            rng, (f"{MONTHS[ts.month - 1]} {ts.year}", f"{MONTHS[ts.month - 1][:3]} {ts.year}")
        )
        return cell, _month_start(ts), "month"
    if partial_ok and _p(rng, 0.025):
        tags.append("partial_quarter")
        return f"Q{_quarter(ts)}/{ts.year}", _quarter_start(ts), "quarter"
    style = _weighted(rng, {"dmony": 0.45, "long": 0.15, "iso": 0.15, "dmy": 0.15, "dtg": 0.1})
    tags.append(f"date_{style}")
    mon = MONTHS[ts.month - 1][:3]
    if style == "dtg":
        hhmm = int(rng.integers(0, 24)) * 100 + int(rng.integers(0, 60))
        cell = f"{ts.day:02d}{hhmm:04d}Z{mon.upper()}{ts.year % 100:02d}"
    else:
        cell = {
            "dmony": f"{ts.day:02d}-{mon}-{ts.year}",
            "long": f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}",
            "iso": ts.strftime("%Y-%m-%d"),
            "dmy": f"{ts.day:02d}/{ts.month:02d}/{ts.year}",
        }[style]
    return cell, ts, "day"


def _date_jlt(
    ts: pd.Timestamp, ev: dict[str, object], rng: _Rng, partial_ok: bool, tags: list[str]
) -> _Date:
    if partial_ok and _p(rng, 0.05):
        tags.append("partial_month")
        return f"{ts.year}-{ts.month:02d}", _month_start(ts), "month"
    if partial_ok and _p(rng, 0.025):
        tags.append("partial_quarter")
        q = _quarter(ts)
        return choice(rng, (f"{ts.year}-Q{q}", f"Q{q} {ts.year}")), _quarter_start(ts), "quarter"
    style = _weighted(rng, {"iso": 0.6, "midnight": 0.1, "zulu": 0.1, "dmy": 0.2})
    tags.append(f"date_{style}")
    if style == "zulu":
        hour, minute = int(rng.integers(6, 22)), int(rng.integers(0, 60))
        cell = f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00Z"
    else:
        cell = {
            "iso": ts.strftime("%Y-%m-%d"),
            "midnight": ts.strftime("%Y-%m-%dT00:00:00"),
            "dmy": f"{ts.day:02d}/{ts.month:02d}/{ts.year}",
        }[style]
    return cell, ts, "day"


_DATE: dict[str, Callable[[pd.Timestamp, dict[str, object], _Rng, bool, list[str]], _Date]] = {
    _SSV.source: _date_ssv,
    _MED.source: _date_med,
    _SALZ.source: _date_salz,
    _EUBAM.source: _date_eubam,
    _JLT.source: _date_jlt,
}


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell that must be quarantined, written the source's way."""
    lang = src.language
    if kind == "no_date":
        words = {
            "es": ("s/f", "sin fecha"),
            "fr": ("date inconnue", "nc"),
            "en": ("n/k", "date unknown"),
        }
        return choice(rng, words[lang]) if _p(rng, 0.3) else None
    if kind == "bad_date":
        day, month = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
        if src.source == _SALZ.source:
            return f"{day:02d}.{month:02d}.{ts.year}"
        if src.source in (_EUBAM.source, _JLT.source) and _p(rng, 0.5):
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    year = 2200 + ts.year % 10  # 2022 keyed as 2202
    if src.source == _JLT.source:
        return f"{year}-{ts.month:02d}-{ts.day:02d}"
    if src.source == _SALZ.source:
        return f"{ts.day:02d}.{ts.month:02d}.{year}"
    return f"{ts.day:02d}/{ts.month:02d}/{year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date written on the source's note row: the day of the extraction."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return dt.datetime(day.year, day.month, day.day)
    if src.format == "jsonl":
        return day.strftime("%Y-%m-%d")
    if src.source == _EUBAM.source:
        return f"{day.day:02d}-{MONTHS[day.month - 1][:3]}-{day.year}"
    return day.strftime("%d/%m/%Y")


# --- counts ---------------------------------------------------------------------------
_COUNT_PLACEHOLDER = {
    _SSV.source: ("s/d", "N/D", "por determinar", "desconocido"),
    _MED.source: ("n.c.", "inconnu", "ND"),
    _SALZ.source: ("n/k", "unknown", "tbc"),
    _EUBAM.source: ("UNK", "not known", "TBC"),
    _JLT.source: ("unknown", "n/a"),
}
_ZERO_WORD = {
    _SSV.source: ("ninguno", "Ninguno"),
    _MED.source: ("néant", "aucun", "Néant"),
    _SALZ.source: ("nil", "none"),
    _EUBAM.source: ("NIL", "none"),
    _JLT.source: ("none", "nil"),
}


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _persons(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, in_pair: bool, tags: list[str]
) -> tuple[object, int | None]:
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    name = src.source
    if not in_pair and _p(rng, 0.02):
        tags.append("count_placeholder")
        return choice(rng, _COUNT_PLACEHOLDER[name]), None
    if n >= 1000 and _p(rng, 0.7):
        tags.append("thousands_sep")
        sep = {_SSV.source: ",", _MED.source: choice(rng, (" ", "\u00a0")), _JLT.source: ","}.get(
            name, ","
        )
        return _thousands(n, sep), n
    if name == _SSV.source and ev["gender"] == "mixed" and n >= 2 and _p(rng, 0.08):
        tags.append("count_breakdown")
        men = int(rng.integers(1, n))
        return f"{n} ({men} H / {n - men} M)", n
    if name == _MED.source and _p(rng, 0.05):
        tags.append("count_unit")
        return f"{n} pers.", n
    if name == _EUBAM.source and ev["transport_mode"] == "sea" and _p(rng, 0.15):
        tags.append("count_unit")
        return f"{n} POB", n
    if src.format == "xlsx":
        return (str(n) if _p(rng, 0.08) else n), n
    if src.format == "jsonl":
        return (str(n) if _p(rng, 0.1) else n), n
    return str(n), n


def _suspects(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, in_pair: bool, tags: list[str]
) -> tuple[object, int | None]:
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if not in_pair and _p(rng, 0.03):
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_PLACEHOLDER[src.source]), None
    if not in_pair and _p(rng, 0.02):
        tags.append("blank_n_suspects")
        return None, None
    if k == 0 and _p(rng, 0.35):
        tags.append("zero_word")
        return choice(rng, _ZERO_WORD[src.source]), 0
    if src.format in ("xlsx", "jsonl"):
        return k, k
    return str(k), k


# --- coordinates ----------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str, sec_dp: int) -> tuple[str, float]:
    """Return ``D°M'S"H`` and the value it reads as."""
    scale = 3600 * 10**sec_dp
    units = round(abs(value) * scale)
    deg, rest = divmod(units, scale)
    minutes, sec_units = divmod(rest, 60 * 10**sec_dp)
    sec = sec_units / 10**sec_dp
    sec_txt = f"{sec:0{3 + sec_dp}.{sec_dp}f}" if sec_dp else f"{int(sec):02d}"
    hemi = pos if value >= 0 else neg
    read = units / scale * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{sec_txt}\"{hemi}", round(read, 6)


def _ddm(value: float, dec: int) -> tuple[int, str, float]:
    """Return (degrees, minutes text, value read) of degrees and decimal minutes."""
    scale = 60 * 10**dec
    units = round(abs(value) * scale)
    deg, min_units = divmod(units, scale)
    minutes = min_units / 10**dec
    read = units / scale * (1 if value >= 0 else -1)
    return deg, f"{minutes:0{3 + dec}.{dec}f}", round(read, 6)


_Coords = tuple[dict[str, object], float | None, float | None]


def _coords_ssv(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _Coords:
    style = _weighted(rng, {"dec5": 0.6, "dec4": 0.15, "dms": 0.13, "ddm": 0.12})
    tags.append(f"coords_{style}")
    if style in ("dec5", "dec4"):
        d = 5 if style == "dec5" else 4
        sep = ", " if style == "dec5" else ","
        return {"coordinates": f"{lat:.{d}f}{sep}{lon:.{d}f}"}, round(lat, d), round(lon, d)
    if style == "dms":
        la, rla = _dms(lat, "N", "S", 1)
        lo, rlo = _dms(lon, "E", "W", 1)
        return {"coordinates": f"{la} {lo}"}, rla, rlo
    dla, mla, rla = _ddm(lat, 3)
    dlo, mlo, rlo = _ddm(lon, 3)
    hla = "N" if lat >= 0 else "S"
    hlo = "E" if lon >= 0 else "O"  # oeste
    return {"coordinates": f"{hla} {dla}° {mla}' {hlo} {dlo}° {mlo}'"}, rla, rlo


def _fr_decimal(value: float, d: int) -> str:
    return f"{value:.{d}f}".replace(".", ",")


def _coords_med(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _Coords:
    style = _weighted(rng, {"dec5": 0.65, "dec4": 0.15, "dms": 0.2})
    tags.append(f"coords_{style}")
    if style == "dms":
        la, rla = _dms(lat, " N", " S", 0)
        lo, rlo = _dms(lon, " E", " O", 0)
        return {"lat": la, "lon": lo}, rla, rlo
    d = 5 if style == "dec5" else 4
    return {"lat": _fr_decimal(lat, d), "lon": _fr_decimal(lon, d)}, round(lat, d), round(lon, d)


def _coords_salz(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _Coords:
    if _p(rng, 0.07):
        tags.append("coords_hemisphere_text")
        hla = "N" if lat >= 0 else "S"
        hlo = "E" if lon >= 0 else "W"
        return (
            {"lat": f"{abs(lat):.5f} {hla}", "lon": f"{abs(lon):.5f} {hlo}"},
            round(lat, 5),
            round(lon, 5),
        )
    tags.append("coords_number")
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)


def _coords_eubam(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _Coords:
    style = _weighted(rng, {"navy": 0.45, "ddm": 0.25, "dec": 0.3})
    tags.append(f"coords_{style}")
    if style == "dec":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    dla, mla, rla = _ddm(lat, 2)
    dlo, mlo, rlo = _ddm(lon, 2)
    hla = "N" if lat >= 0 else "S"
    hlo = "E" if lon >= 0 else "W"
    if style == "navy":
        return {"coordinates": f"{dla:02d} {mla}{hla} {dlo:03d} {mlo}{hlo}"}, rla, rlo
    return {"coordinates": f"{dla:02d}°{mla}'{hla} {dlo:03d}°{mlo}'{hlo}"}, rla, rlo


def _coords_jlt(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _Coords:
    tags.append("coords_wkt")
    return {"coordinates": f"POINT ({lon:.5f} {lat:.5f})"}, round(lat, 5), round(lon, 5)


_COORDS: dict[str, Callable[[float, float, _Rng, list[str]], _Coords]] = {
    _SSV.source: _coords_ssv,
    _MED.source: _coords_med,
    _SALZ.source: _coords_salz,
    _EUBAM.source: _coords_eubam,
    _JLT.source: _coords_jlt,
}
_COORD_PLACEHOLDER = {
    _SSV.source: ("s/c", "sin coordenadas", "N/D"),
    _MED.source: ("nc", "n.c."),
    _SALZ.source: ("n/a",),
    _EUBAM.source: ("UNK", "N/K"),
    _JLT.source: ("POINT EMPTY",),
}


def _coordinates(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    in_pair: bool,
    blank: bool,
    tags: list[str],
) -> _Coords:
    keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    if blank:
        tags.append("blank_coordinates")
        return dict.fromkeys(keys), None, None
    if not in_pair and _p(rng, 0.04):
        tags.append("coords_missing")
        return dict.fromkeys(keys), None, None
    if not in_pair and _p(rng, 0.03):
        tags.append("coords_placeholder")
        word = choice(rng, _COORD_PLACEHOLDER[src.source])
        return dict.fromkeys(keys, word), None, None
    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    return _COORDS[src.source](lat, lon, rng, tags)


# --- countries ------------------------------------------------------------------------
def _name(lang: str, code: str, rng: _Rng, src: ExaminerSource, tags: list[str]) -> str:
    """Return a country's name in the language, now and then misspelt or garbled."""
    if _p(rng, 0.02) and code in _TYPO[lang]:
        tags.append("typo")
        return _TYPO[lang][code]
    text = choice(rng, _COUNTRY[lang][code])
    if _p(rng, 0.03):
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    return text


def _nationality(src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    code = str(ev["nationality"])
    lang = src.language
    female = ev["gender"] == "female"
    weights = {
        _SSV.source: {"demonym": 0.45, "name": 0.3, "a2": 0.15, "a3": 0.1},
        _MED.source: {"demonym": 0.55, "name": 0.3, "a2": 0.1, "a3": 0.05},
        _SALZ.source: {"a3": 0.7, "name": 0.15, "demonym": 0.1, "a2": 0.05},
        _EUBAM.source: {"demonym": 0.5, "name": 0.3, "a3": 0.2},
        _JLT.source: {"a3": 0.8, "a2": 0.1, "name": 0.1},
    }[src.source]
    style = _weighted(rng, weights)
    tags.append(f"nationality_{style}")
    if style == "a2":
        return iso_codes(code)[0]
    if style == "a3":
        return code
    if style == "name":
        return _name(lang, code, rng, src, tags)
    forms = _DEMONYM[lang][code]
    word = forms[1] if (female and len(forms) > 1) else forms[0]
    if lang == "en" or _p(rng, 0.5):
        return word
    return word.capitalize() if _p(rng, 0.5) else word.upper()


def _country(
    src: ExaminerSource, code: str, rng: _Rng, tags: list[str], *, code_share: float
) -> str:
    if _p(rng, code_share):
        if src.source in (_SALZ.source, _JLT.source) and code in _EU_CODE and _p(rng, 0.6):
            tags.append("eu_code")
            return _EU_CODE[code]
        return iso_codes(code)[0] if _p(rng, 0.6) else code
    return _name(src.language, code, rng, src, tags)


_CODE_SHARE = {
    _SSV.source: 0.2,
    _MED.source: 0.1,
    _SALZ.source: 0.45,
    _EUBAM.source: 0.15,
    _JLT.source: 0.8,
}


def _transit(src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str | None:
    value = ev["transit_countries"]
    if value is None:
        return None
    codes = str(value).split("|")
    share = _CODE_SHARE[src.source]
    as_codes = _p(rng, share)
    parts = [c if as_codes else _name(src.language, c, rng, src, tags) for c in codes]
    sep = "-" if (as_codes and _p(rng, 0.5)) else choice(rng, _TRANSIT_SEP[src.language])
    return sep.join(parts)


# --- words ----------------------------------------------------------------------------
def _law(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str | None:
    det = str(ev["detection_country"])
    crime = str(ev["crime_type"])
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    parts: list[str] = []
    if crime in ("smuggling", "both"):
        if det == "FRA":
            parts.append("art. L.622-1 CESEDA" if ts < _CESEDA_RECODED else "art. L.823-1 CESEDA")
        elif det in _LAW_SOM:
            parts.append(choice(rng, _LAW_SOM[det]))
    if crime in ("trafficking", "both"):
        if det == "USA":
            usc = {"sexual": "18 U.S.C. § 1591", "forced_labour": "18 U.S.C. § 1589"}
            if ev["exploitation"] in usc:
                parts.append(usc[str(ev["exploitation"])])
        elif det in _LAW_THB:
            parts.append(choice(rng, _LAW_THB[det]))
    if not parts:
        return None
    if src.source == _MED.source and det in _LAW_TAG and det != "FRA":
        parts = [f"{p} [{_LAW_TAG[det]}]" for p in parts]
    text = " ; ".join(parts) if src.language == "fr" else " / ".join(parts)
    return text if fits(text, src) else None


_LAW_SHARE = {
    _SSV.source: 0.4,
    _MED.source: 0.5,
    _SALZ.source: 0.6,
    _EUBAM.source: 0.2,
    _JLT.source: 0.25,
}


def _crime(src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    table = "europol" if src.source == _JLT.source else src.language
    word = choice(rng, _CRIME[table][str(ev["crime_type"])])
    law = _law(src, ev, rng) if _p(rng, _LAW_SHARE[src.source]) else None
    if law is None:
        return word
    tags.append("legal_article")
    if src.source == _SALZ.source and _p(rng, 0.5):
        return f"{law} – {word}"
    if word.endswith(")") or _p(rng, 0.3):
        return f"{word} - {law}"
    return f"{word} ({law})"


def _exploitation(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> str | None:
    form = ev["exploitation"]
    if form is None:
        if _p(rng, 0.15):
            tags.append("exploitation_na")
            return choice(rng, _EXPL_NA[src.language])
        return None
    return choice(rng, _EXPL[src.language][str(form)])


def _counted(
    table: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]],
    lang: str,
    value: str,
    n: int,
    rng: _Rng,
) -> str:
    one, many = table[lang][value]
    return choice(rng, one if (n == 1 and one) else many)


def _transport(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str:
    mode = str(ev["transport_mode"])
    table = _TRANSPORT[src.language]
    key = f"{mode}:{ev['corridor']}"
    return choice(rng, table[key] if key in table else table[mode])


def _linked(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str | None:
    value = ev["linked_offences"]
    if value is None:
        return None
    words = [choice(rng, _LINKED[src.language][o]) for o in str(value).split("|")]
    order = rng.permutation(len(words))
    return choice(rng, _LINK_SEP[src.language]).join(words[int(i)] for i in order)


# --------------------------------------------------------------------------------------
# The renderer
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
    in_pair = not partial_ok  # both reports of a duplicated event: full, comparable rows
    tags: list[str] = []
    cells: _Cells = {}
    lang = src.language
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    date_cell, day, precision = _DATE[src.source](ts, ev, rng, partial_ok, tags)
    cells["event_date"] = date_cell
    exp: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": ev["crime_type"],
        "exploitation": ev["exploitation"],
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "transit_countries": ev["transit_countries"],
        "linked_offences": ev["linked_offences"],
    }
    cells["crime_type"] = _crime(src, ev, rng, tags)
    cells["exploitation"] = _exploitation(src, ev, rng, tags)
    cells["n_persons"], exp["n_persons"] = _persons(src, ev, rng, in_pair, tags)
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, ev, rng, in_pair, tags)

    gender = str(ev["gender"])
    if forced_blank == "gender" or (not in_pair and _p(rng, 0.02)):
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells["gender"], exp["gender"] = _counted(_GENDER, lang, gender, n, rng), gender

    age = str(ev["age_group"])
    if not in_pair and _p(rng, 0.02):
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, _NA_WORD[lang]), "unknown"
    else:
        cells["age_group"], exp["age_group"] = _counted(_AGE, lang, age, n, rng), age

    if forced_blank == "nationality" or (not in_pair and _p(rng, 0.02)):
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    else:
        cells["nationality"] = _nationality(src, ev, rng, tags)
        exp["nationality"] = ev["nationality"]

    share = _CODE_SHARE[src.source]
    cells["origin_country"] = _country(src, str(ev["origin_country"]), rng, tags, code_share=share)
    cells["destination_country"] = _country(
        src, str(ev["destination_country"]), rng, tags, code_share=share
    )
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        det_share = 0.9 if src.source == _JLT.source else share
        cells["detection_country"] = _country(
            src, str(ev["detection_country"]), rng, tags, code_share=det_share
        )
        exp["detection_country"] = ev["detection_country"]
    cells["transit_countries"] = _transit(src, ev, rng, tags)

    mode = str(ev["transport_mode"])
    if not in_pair and _p(rng, 0.02):
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _NA_WORD[lang]), "unknown"
    else:
        cells["transport_mode"], exp["transport_mode"] = _transport(src, ev, rng), mode

    place, exp["lat"], exp["lon"] = _coordinates(
        src, ev, rng, in_pair, forced_blank == "coordinates", tags
    )
    cells.update(place)
    cells["linked_offences"] = _linked(src, ev, rng)

    if "remarks" in src.headers and _p(rng, 0.3):
        remarks = _REMARKS_ES if lang == "es" else _REMARKS_EN
        cells["remarks"] = choice(rng, remarks)
    if "departure" in src.headers and mode == "sea" and ev["transit_countries"] is not None:
        last = str(ev["transit_countries"]).split("|")[-1]
        if last in _DEPARTURE and _p(rng, 0.6):
            town = choice(rng, _DEPARTURE[last])
            cells["departure"] = f"{town} ({last})" if _p(rng, 0.4) else town
            tags.append("departure_point")
    return cells, exp, tags


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND59_SOURCES,
    primary={
        "PAN": _SSV.source,
        "USA": _SSV.source,
        "ESP": _MED.source,
        "FRA": _MED.source,
        "HRV": _SALZ.source,
        "POL": _SALZ.source,
        "ITA": _EUBAM.source,
    },
    compilation=_JLT.source,
    secondary={
        ("channel", "FRA"): _JLT.source,
        ("channel", "GBR"): _MED.source,
        ("thb_vnm_gbr", "GBR"): _MED.source,
        ("cmed", "ITA"): _MED.source,
        ("thb_nga_ita", "ITA"): _JLT.source,
        ("thb_rou_esp", "ESP"): _JLT.source,
        ("thb_rou_esp", "ITA"): _JLT.source,
        ("watl", "ESP"): _JLT.source,
        ("wmed", "ESP"): _JLT.source,
        ("emed", "GRC"): _SALZ.source,
        ("wbal", "HRV"): _JLT.source,
        ("blr_pol", "POL"): _JLT.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=5959,
    blank_share=0.35,
)


def make_blind59(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind59`` submissions (files ``*_bi.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``interpol_ssv_bi.csv`` (Spanish, UTF-16, tab), ``dialogue5p5_bi.csv`` (French,
        cp1252, ``;``), ``salzburg_forum_bi.xlsx`` (English), ``eubam_libya_bi.csv``
        (English, UTF-8, ``|``) and ``emsc_jltms_bi.jsonl`` (English keys), each with
        its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind59(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['interpol_ssv_bi.csv', 'dialogue5p5_bi.csv', 'salzburg_forum_bi.xlsx',
     'eubam_libya_bi.csv', 'emsc_jltms_bi.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
