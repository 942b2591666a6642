"""Examiner sample set ``blind35``: five liaison and humanitarian exports (files ``*_ak.*``).

A held-out set written by an examiner, independently of the cleaner, from five agencies
that no earlier set used. Each source writes its own headers, dates, country names,
legal references, counts, coordinates and placeholders; the shared row machinery of
:mod:`trendlib.samples._examiner` decides which source reports which event, which rows
are bad and which are cross-source duplicates. Reader's guide, source by source:

``bk_joo_vienna_ak.jsonl`` -- Austrian Federal Criminal Police Office (Bundeskriminalamt),
    Joint Operational Office against migrant smuggling (JOO), Vienna
    English JSON lines (UTF-8), camelCase keys (``caseId``, ``detectionDate``,
    ``offenceCategory``, ``migrantsOrVictims`` ...). The liaison platform of the Balkan
    and eastern routes: it reports the detections in Croatia, Poland, Greece and the
    United Kingdom, every detection country no other source covers, and a second time
    some Channel crossings seen from France. Dates: ISO ``2022-03-14``, ISO with time
    and offset ``2022-03-14T06:40:00+01:00``, Austrian dotted ``14.03.2022``,
    ``14 Mar 2022``; partial months ``2022-03`` and quarters ``2022-Q1``. Offences
    as the Austrian statute or EU shorthand: ``SoM``, ``Schlepperei (§ 114 FPG)``,
    ``§ 114 FPG`` (smuggling), ``THB``, ``§ 104a StGB`` (trafficking), both joined.
    Counts are JSON numbers, now and then text (``"12"``, ``"1,240"``, ``"ca. 40"``);
    unknown counts ``n/k``, ``unknown``, ``tbc``; no suspects ``none``/``nil``.
    Citizenship as ISO alpha-2 codes (``AF``), English names or demonyms; the United
    Kingdom as ``UK`` or ``GB``. Transit routes ``TR > BG > RS > BA`` or names joined
    by `` - ``. Location as WKT ``POINT (lon lat)``, sometimes EWKT with
    ``SRID=4326;``. An extra key ``reportingPartner`` names the liaison partner (not the
    place of detection). A summary record closes the file; some records are re-sent.

``dcipf_sbarchi_ak.xlsx`` -- Italian State Police, Central Directorate for Immigration
    and Border Police (DCIPF), liaison extract
    English values under bilingual Italian/English headers (``Data evento / Event
    date``, ``Arrestati / Arrested (n.)`` ...), mostly in capitals. Reports the
    detections in Italy, and a second time some Balkan-route, Aegean and
    Romania-Spain cases its liaison officers follow. Dates: real Excel dates, Excel
    serial numbers left in a General cell (``44634``), text ``14/03/2022`` and
    ``14-Mar-22``; partial ``03/2022``, ``Mar 2022``, ``Q1 2022``, ``1st quarter 2022``.
    Offences by article: ``art. 12 TUI`` / ``ART. 12 D.LGS. 286/98`` (smuggling),
    ``art. 601 c.p.`` (trafficking). Unknowns ``n.d.`` (non disponibile); ages
    ``MSNA (UAM)``; boats ``IRON BOAT (BARCHINO)``. Coordinates in one cell, nautical
    degrees and decimal minutes ``35°30.072'N 012°36.204'E``, degrees-minutes-seconds
    or decimal. An extra ``Località / Place`` column gives the landing place with its
    province code. A note row and a ``TOTALE / TOTAL`` row.

``jirs_lille_ak.csv`` -- Lille specialised interregional court (JIRS), organised-crime
    section of the prosecutor's office, procedures extract
    French, cp1252, ``;``, CRLF. Reports the detections in France (the Channel coast)
    and a second time Channel crossings and Viet Nam - United Kingdom cases followed in
    joint investigations. Dates ``14/03/2022``, ``14/03/22``, ``1er mars 2022``,
    Excel's French ``14-mars-22``, ``lundi 14 mars 2022``; partial ``mars 2022``,
    ``03/2022``, ``1er trim. 2022``, ``T2 2022``, ``3e trimestre 2022``. Offences by
    article: aide à l'entrée irrégulière under ``art. L.622-1 CESEDA`` before May 2021
    and ``art. L.823-1 CESEDA`` after the recodification, ``AESI``; traite des êtres
    humains ``art. 225-4-1 CP``, ``TEH``. Nationalities as French adjectives
    (``afghane``), names or ISO alpha-3 codes, a few typos and mojibake;
    the United Kingdom as ``Angleterre`` or ``R-U`` among destinations. Counts with
    no-break-space thousands, ``env. 40``; unknown ``NC``/``inconnu``; no suspects
    ``néant``/``aucun``; not given ``NR``; ``s.o.`` (sans objet) for no exploitation.
    Coordinates ``50,9631 / 1,8567``, DMS with ``O`` for west, or
    ``N 50°57,786' / E 001°51,402'``. An extra ``Service saisi`` column names the unit.
    A note row (Cassiopée extract) and a ``Total général`` row.

``cruzroja_llegadas_ak.csv`` -- Spanish Red Cross (Cruz Roja Española), humanitarian
    assistance on arrival and anti-trafficking programme, interventions extract
    Spanish, UTF-8 with BOM, ``,``. Reports every detection in Spain: landings on the
    Canaries and Andalusian coasts, Ceuta and Melilla, seasonal-work exploitation in
    Huelva and El Ejido. Dates ``14/03/2022``, ``14-03-2022``, ``14/03/2022 06:40``,
    ``14 de marzo de 2022``, Excel's long ``lunes, 14 de marzo de 2022``; partial
    ``marzo 2022``, ``03/2022``, ``1T 2022``, ``primer trimestre de 2022``. Offences
    ``art. 318 bis CP`` (smuggling), ``art. 177 bis CP``, ``indicios de trata``, ``TSH``
    (trafficking). Counts with ``.`` thousands, ``45 aprox.``; unknown ``s/d``,
    ``desconocido``; no suspects ``ninguno``/``sin detenidos``; ``no consta``.
    Guinea written ``Guinea Conakry``. Latitude and longitude in two columns with
    decimal commas (sometimes points) or degrees with ``º`` and ``O`` for west.
    An extra ``Observaciones`` column names the port or place.

``consejerias_interior_ak.csv`` -- Spanish Ministry of the Interior, International Police
    Cooperation (SGCPI): reports of the Interior attachés (Consejerías de Interior)
    Spanish, UTF-16 with BOM, tab (Excel's "Unicode text"). Reports the detections in
    Panama (Darién) and the United States, and a second time Atlantic, western
    Mediterranean and Italian trafficking cases sent by the posts in Dakar, Nouakchott,
    Rabat and Rome. Dates ``14/03/2022``, ``14-mar-2022``, ``14/03/22``; for the United
    States the English ``March 14, 2022`` copied from US press releases, although the
    header says ``dd/mm/aaaa``; partial ``mar-2022``, ``marzo 2022``, ``03/2022``,
    ``March 2022``; quarters ``II trim. 2022`` (Roman numerals), ``2º trimestre 2022``,
    ``2T 2022``, ``segundo trimestre de 2022``. Offences
    ``TIM`` (tráfico ilícito de migrantes), ``trata de personas``, US statutes
    ``8 U.S.C. § 1324``, ``18 U.S.C. § 1591``/``§ 1589``. Counts ``2.310`` or ``2,310``;
    unknown ``S/D``, ``sin dato``. Nationalities as plural demonyms (``venezolanos``),
    names or ISO alpha-3 codes; the United States as ``EE. UU.``. Coordinates
    ``8.40870, -77.70420``, DMS with ``O`` for west, or ``8,4087 / -77,7042``. An extra
    ``Consejería / Agregaduría`` column names the reporting post (a city, not the place
    of detection). Some rows are re-sent.

Every written cell reads unambiguously to the clean value recorded in the truth.
"""

from __future__ import annotations

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

__all__ = ["BLIND35_SOURCES", "make_blind35"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_BK = "bk_joo_vienna_ak"
_DCIPF = "dcipf_sbarchi_ak"
_JIRS = "jirs_lille_ak"
_CRE = "cruzroja_llegadas_ak"
_SGCPI = "consejerias_interior_ak"

#: The variant's sources, in the order :func:`make_blind35` returns them.
BLIND35_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_BK,
        filename=f"{_BK}.jsonl",
        ref="JOO-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "caseId",
            "event_date": "detectionDate",
            "crime_type": "offenceCategory",
            "exploitation": "formOfExploitation",
            "n_persons": "migrantsOrVictims",
            "n_suspects": "suspectsApprehended",
            "gender": "sex",
            "age_group": "ageCategory",
            "nationality": "citizenship",
            "origin_country": "countryOfOrigin",
            "destination_country": "intendedDestination",
            "detection_country": "countryOfApprehension",
            "transit_countries": "transitRoute",
            "transport_mode": "meansOfTransport",
            "coordinates": "geom",
            "linked_offences": "associatedCrimes",
            "_partner": "reportingPartner",
        },
        note=None,
        total="SUMMARY - all cases",
        bad_count=("several", "multiple", "a group"),
        repeats=True,
    ),
    ExaminerSource(
        source=_DCIPF,
        filename=f"{_DCIPF}.xlsx",
        ref="{seq:04d}/DCIPF/{yy:02d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Prot. n. / Ref.",
            "event_date": "Data evento / Event date",
            "crime_type": "Reato / Offence",
            "exploitation": "Sfruttamento / Exploitation",
            "n_persons": "Migranti-vittime / Migrants-victims (n.)",
            "n_suspects": "Arrestati / Arrested (n.)",
            "gender": "Sesso / Sex",
            "age_group": "Età / Age",
            "nationality": "Nazionalità / Nationality",
            "origin_country": "Paese di origine / Country of origin",
            "destination_country": "Destinazione / Destination",
            "detection_country": "Paese rintraccio / Country of detection",
            "transit_countries": "Transito / Transit",
            "transport_mode": "Mezzo / Means of transport",
            "coordinates": "Coordinate WGS84 / Coordinates",
            "linked_offences": "Reati connessi / Related offences",
            "_place": "Località / Place",
        },
        note="Dati provvisori / provisional figures, not consolidated",
        total="TOTALE / TOTAL",
        bad_count=("several", "numerous", "multiple"),
        repeats=False,
    ),
    ExaminerSource(
        source=_JIRS,
        filename=f"{_JIRS}.csv",
        ref="JIRS-LIL {year}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° procédure",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Finalité d'exploitation",
            "n_persons": "Nb victimes / migrants",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays traversés",
            "transport_mode": "Mode opératoire (transport)",
            "coordinates": "Coordonnées GPS",
            "linked_offences": "Infractions connexes",
            "_unit": "Service saisi",
        },
        note="Extraction Cassiopée - données non consolidées, diffusion restreinte",
        total="Total général",
        bad_count=("plusieurs", "nombreux", "un groupe"),
        repeats=False,
    ),
    ExaminerSource(
        source=_CRE,
        filename=f"{_CRE}.csv",
        ref="CRE-{yy:02d}-{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "Nº intervención",
            "event_date": "Fecha",
            "crime_type": "Indicios (tipo delictivo)",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº personas atendidas",
            "n_suspects": "Nº presuntos patrones / tratantes (dato policial)",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad (declarada)",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de llegada",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Otros delitos",
            "_obs": "Observaciones",
        },
        note="Datos provisionales - fuente: aplicación de Atención Humanitaria (CRE)",
        total="TOTAL ATENDIDOS",
        bad_count=("varios", "numerosos", "un grupo"),
        repeats=False,
    ),
    ExaminerSource(
        source=_SGCPI,
        filename=f"{_SGCPI}.csv",
        ref="NI {seq:04d}/{yy:02d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Ref. NI",
            "event_date": "Fecha del hecho (dd/mm/aaaa)",
            "crime_type": "Tipología delictiva",
            "exploitation": "Fin de explotación",
            "n_persons": "Nº migrantes / víctimas",
            "n_suspects": "Nº detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País origen",
            "destination_country": "País destino",
            "detection_country": "País detección",
            "transit_countries": "Países tránsito",
            "transport_mode": "Medio transporte",
            "coordinates": "Coordenadas (lat, long)",
            "linked_offences": "Delitos conexos",
            "_post": "Consejería / Agregaduría",
        },
        note="Información remitida por las Consejerías de Interior - uso policial exclusivo",
        total="TOTAL",
        bad_count=("varios", "numerosos", "decenas"),
        repeats=True,
    ),
)

_PRIMARY = {
    "HRV": _BK,
    "POL": _BK,
    "GRC": _BK,
    "GBR": _BK,
    "ITA": _DCIPF,
    "FRA": _JIRS,
    "ESP": _CRE,
    "PAN": _SGCPI,
    "USA": _SGCPI,
}
_SECONDARY = {
    ("channel", "FRA"): _BK,
    ("channel", "GBR"): _JIRS,
    ("thb_vnm_gbr", "GBR"): _JIRS,
    ("wbal", "HRV"): _DCIPF,
    ("emed", "GRC"): _DCIPF,
    ("thb_rou_esp", "ESP"): _DCIPF,
    ("watl", "ESP"): _SGCPI,
    ("wmed", "ESP"): _SGCPI,
    ("thb_rou_esp", "ITA"): _SGCPI,
    ("thb_nga_ita", "ITA"): _SGCPI,
}

# --------------------------------------------------------------------------------------
# Wording tables (this examiner's own)
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish name, English demonym, French adjective
#: (feminine, as "nationalité afghane"), Spanish adjective (feminine), Spanish plural);
#: a line ending in "|" goes on on the next, indented one.
_COUNTRY_TABLE = """
AFG|Afghanistan|Afghanistan|Afganistán|Afghan|afghane|afgana|afganos
ALB|Albania|Albanie|Albania|Albanian|albanaise|albanesa|albaneses
BGD|Bangladesh|Bangladesh|Bangladés|Bangladeshi|bangladaise|bangladesí|bangladesíes
CHN|China|Chine|China|Chinese|chinoise|china|chinos
CIV|Côte d'Ivoire|Côte d'Ivoire|Costa de Marfil|Ivorian|ivoirienne|marfileña|marfileños
CMR|Cameroon|Cameroun|Camerún|Cameroonian|camerounaise|camerunesa|cameruneses
COL|Colombia|Colombie|Colombia|Colombian|colombienne|colombiana|colombianos
DZA|Algeria|Algérie|Argelia|Algerian|algérienne|argelina|argelinos
ECU|Ecuador|Équateur|Ecuador|Ecuadorian|équatorienne|ecuatoriana|ecuatorianos
EGY|Egypt|Égypte|Egipto|Egyptian|égyptienne|egipcia|egipcios
ERI|Eritrea|Érythrée|Eritrea|Eritrean|érythréenne|eritrea|eritreos
GIN|Guinea|Guinée|Guinea Conakry|Guinean|guinéenne|guineana (Conakry)|guineanos (Conakry)
GMB|Gambia|Gambie|Gambia|Gambian|gambienne|gambiana|gambianos
GTM|Guatemala|Guatemala|Guatemala|Guatemalan|guatémaltèque|guatemalteca|guatemaltecos
HND|Honduras|Honduras|Honduras|Honduran|hondurienne|hondureña|hondureños
HTI|Haiti|Haïti|Haití|Haitian|haïtienne|haitiana|haitianos
IRN|Iran|Iran|Irán|Iranian|iranienne|iraní|iraníes
IRQ|Iraq|Irak|Irak|Iraqi|irakienne|iraquí|iraquíes
MAR|Morocco|Maroc|Marruecos|Moroccan|marocaine|marroquí|marroquíes
MEX|Mexico|Mexique|México|Mexican|mexicaine|mexicana|mexicanos
MLI|Mali|Mali|Malí|Malian|malienne|maliense|malienses
NGA|Nigeria|Nigeria|Nigeria|Nigerian|nigériane|nigeriana|nigerianos
PAK|Pakistan|Pakistan|Pakistán|Pakistani|pakistanaise|pakistaní|pakistaníes
ROU|Romania|Roumanie|Rumanía|Romanian|roumaine|rumana|rumanos
SEN|Senegal|Sénégal|Senegal|Senegalese|sénégalaise|senegalesa|senegaleses
SYR|Syria|Syrie|Siria|Syrian|syrienne|siria|sirios
TUN|Tunisia|Tunisie|Túnez|Tunisian|tunisienne|tunecina|tunecinos
TUR|Türkiye|Turquie|Turquía|Turkish|turque|turca|turcos
VEN|Venezuela|Venezuela|Venezuela|Venezuelan|vénézuélienne|venezolana|venezolanos
VNM|Viet Nam|Viêt Nam|Vietnam|Vietnamese|vietnamienne|vietnamita|vietnamitas
YEM|Yemen|Yémen|Yemen|Yemeni|yéménite|yemení|yemeníes
USA|United States|États-Unis|Estados Unidos|American|américaine|estadounidense|estadounidenses
DEU|Germany|Allemagne|Alemania|German|allemande|alemana|alemanes
ITA|Italy|Italie|Italia|Italian|italienne|italiana|italianos
ESP|Spain|Espagne|España|Spanish|espagnole|española|españoles
GBR|United Kingdom|Royaume-Uni|Reino Unido|British|britannique|británica|británicos
FRA|France|France|Francia|French|française|francesa|franceses
GRC|Greece|Grèce|Grecia|Greek|grecque|griega|griegos
AUT|Austria|Autriche|Austria|Austrian|autrichienne|austriaca|austriacos
POL|Poland|Pologne|Polonia|Polish|polonaise|polaca|polacos
HRV|Croatia|Croatie|Croacia|Croatian|croate|croata|croatas
PAN|Panama|Panama|Panamá|Panamanian|panaméenne|panameña|panameños
LBY|Libya|Libye|Libia|Libyan|libyenne|libia|libios
MRT|Mauritania|Mauritanie|Mauritania|Mauritanian|mauritanienne|mauritana|mauritanos
RUS|Russia|Russie|Rusia|Russian|russe|rusa|rusos
BLR|Belarus|Biélorussie|Bielorrusia|Belarusian|biélorusse|bielorrusa|bielorrusos
BGR|Bulgaria|Bulgarie|Bulgaria|Bulgarian|bulgare|búlgara|búlgaros
SRB|Serbia|Serbie|Serbia|Serbian|serbe|serbia|serbios
BIH|Bosnia and Herzegovina|Bosnie-Herzégovine|Bosnia y Herzegovina|Bosnian|bosnienne|bosnia|bosnios
NER|Niger|Niger|Níger|Nigerien|nigérienne|nigerina|nigerinos
HUN|Hungary|Hongrie|Hungría|Hungarian|hongroise|húngara|húngaros
MKD|North Macedonia|Macédoine du Nord|Macedonia del Norte|
    Macedonian|macédonienne|macedonia|macedonios
"""
_COUNTRY: dict[str, tuple[str, str, str, str, str, str, str]] = {
    line.split("|")[0]: tuple(line.split("|")[1:])  # type: ignore[misc]
    for line in _COUNTRY_TABLE.replace("|\n    ", "|").strip().splitlines()
}
_LANG_COL = {"en": 0, "fr": 1, "es": 2}
#: Other names a clerk of that language writes for a country.
_ALT: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
        "GMB": ("The Gambia",),
        "RUS": ("Russian Federation",),
        "BIH": ("Bosnia-Herzegovina",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "CIV": ("Côte-d'Ivoire",),
        "VNM": ("Vietnam",),
        "BLR": ("Bélarus",),
        "GIN": ("Guinée-Conakry",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("R. Unido", "Gran Bretaña"),
        "VNM": ("Viet Nam",),
        "BGD": ("Bangladesh",),
        "IRQ": ("Iraq",),
        "GIN": ("Guinea-Conakry",),
    },
}
#: Slips of the keyboard, by language (each still plainly the country).
_TYPO: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanisthan",
        "BGD": "Bangaldesh",
        "ERI": "Eritera",
        "PAK": "Pakisthan",
        "VEN": "Venezeula",
        "SYR": "Syira",
        "GTM": "Guatamala",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythree",
        "SEN": "Senegal",
        "IRQ": "Iraq",
        "SYR": "Syrie ",
        "ALB": "Albannie",
    },
    "es": {
        "VEN": "Venezeula",
        "GTM": "Guatamala",
        "ECU": "Ecudor",
        "HTI": "Haiti",
        "SEN": "Senagal",
        "MAR": "Marrueco",
        "COL": "Colômbia",
    },
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
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
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
_ES_MONTHS_ABBR = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "oct",
    "nov",
    "dic",
)
_ES_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_ROMAN = ("I", "II", "III", "IV")

# Offence wording -----------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _BK: {
        "smuggling": (
            "SoM",
            "Migrant smuggling (§ 114 FPG)",
            "Schlepperei (§ 114 FPG)",
            "§ 114 FPG",
            "smuggling of migrants",
        ),
        "trafficking": ("THB", "THB (§ 104a StGB)", "Trafficking in human beings", "§ 104a StGB"),
        "both": ("SoM + THB", "§ 114 FPG / § 104a StGB", "THB and migrant smuggling"),
    },
    _DCIPF: {
        "smuggling": (
            "FACILITATION OF ILLEGAL IMMIGRATION (ART. 12 D.LGS. 286/98)",
            "Smuggling - art. 12 TUI",
            "art. 12 TUI",
            "SMUGGLING OF MIGRANTS",
        ),
        "trafficking": (
            "TRAFFICKING IN PERSONS (ART. 601 C.P.)",
            "art. 601 c.p.",
            "Trafficking - art. 601 c.p.",
            "THB",
        ),
        "both": ("art. 12 TUI + art. 601 c.p.", "SMUGGLING AND TRAFFICKING", "THB / SOM"),
    },
    _JIRS: {
        "smuggling": (
            "Aide à l'entrée irrégulière en bande organisée",
            "aide à l'entrée et au séjour irréguliers (AESI)",
            "trafic de migrants",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "traite des êtres humains aggravée",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "Traite des êtres humains et aide à l'entrée irrégulière",
        ),
    },
    _CRE: {
        "smuggling": (
            "tráfico ilícito de migrantes",
            "favorecimiento de la inmigración irregular (art. 318 bis CP)",
            "art. 318 bis CP",
        ),
        "trafficking": (
            "trata de seres humanos (art. 177 bis CP)",
            "indicios de trata",
            "TSH",
        ),
        "both": (
            "trata y tráfico",
            "art. 177 bis + art. 318 bis CP",
            "indicios de trata y tráfico",
        ),
    },
    _SGCPI: {
        "smuggling": ("TIM", "tráfico ilícito de migrantes", "tráfico de migrantes"),
        "trafficking": ("trata de personas", "trata de seres humanos", "TSH"),
        "both": ("TIM y trata", "tráfico y trata de personas"),
    },
}
_EXPL: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sexual": ("sexual exploitation", "sexual", "prostitution"),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality", "forced criminal activities"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other", "other form of exploitation"),
    },
    "it": {
        "sexual": ("SEXUAL", "SEXUAL EXPLOITATION"),
        "forced_labour": ("LABOUR", "LABOUR EXPLOITATION (CAPORALATO)"),
        "forced_criminality": ("FORCED CRIMINALITY",),
        "forced_marriage": ("FORCED MARRIAGE",),
        "organ_removal": ("ORGAN REMOVAL",),
        "other": ("OTHER",),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "proxénétisme", "prostitution"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
    },
    "es": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otros fines", "otra"),
    },
}
_CANNABIS = {"en": "cannabis cultivation", "fr": "culture de cannabis", "es": "cultivo de cannabis"}

_OFFENCE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "document_fraud": ("document fraud", "forged documents", "false passports"),
        "corruption": ("corruption", "bribery of officials"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "drugs", "cigarette smuggling"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "fr": {
        "document_fraud": ("fraude documentaire", "faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("marchandises illicites", "stupéfiants", "contrebande de tabac"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("contrabando", "tráfico de drogas", "mercancías ilícitas"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
}

# People ---------------------------------------------------------------------------------
_SEX: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"male": ("male", "M", "males"), "female": ("female", "F"), "mixed": ("mixed", "M/F")},
    "it": {"male": ("M", "MALE"), "female": ("F", "FEMALE"), "mixed": ("M+F", "MIXED")},
    "fr": {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    "es": {
        "male": ("hombres", "H", "varones", "masculino"),
        "female": ("mujeres", "femenino"),
        "mixed": ("mixto", "ambos sexos", "hombres y mujeres"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "adult": ("adults", "adult"),
        "child": ("minors", "UAM"),
        "mixed": ("adults+minors", "mixed"),
        "unknown": ("n/k",),
    },
    "it": {
        "adult": ("ADULTS", "ADULT"),
        "child": ("MINORS", "MSNA (UAM)"),
        "mixed": ("ADULTS + MINORS", "MIXED"),
        "unknown": ("n.d.",),
    },
    "fr": {
        "adult": ("majeurs", "majeur"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "unknown": ("NR",),
    },
    "es": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "menores no acompañados"),
        "mixed": ("adultos y menores", "familias (adultos y menores)"),
        "unknown": ("no consta",),
    },
}

# Transport ------------------------------------------------------------------------------
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    _BK: {
        "land": (
            "on foot (green border)",
            "lorry",
            "truck (concealed in cargo)",
            "van",
            "car",
            "train",
        ),
        "sea": ("rubber boat", "dinghy", "sailing boat", "speedboat", "wooden boat"),
        "air": ("flight", "by air"),
        "unknown": ("n/k",),
    },
    _DCIPF: {
        "land": ("CAR", "VAN", "BUS", "TRAIN", "ON FOOT"),
        "sea": (
            "RUBBER BOAT",
            "WOODEN BOAT",
            "FISHING BOAT",
            "IRON BOAT (BARCHINO)",
            "SAILING BOAT",
        ),
        "air": ("FLIGHT", "BY AIR"),
        "unknown": ("n.d.",),
    },
    _JIRS: {
        "land": (
            "poids lourd",
            "camion (dissimulation)",
            "véhicule léger (VL)",
            "à pied",
            "voie terrestre",
        ),
        "sea": (
            "small boat",
            "embarcation pneumatique",
            "bateau pneumatique",
            "taxi-boat",
            "voie maritime",
        ),
        "air": ("avion", "voie aérienne"),
        "unknown": ("NR",),
    },
    _CRE: {
        "land": ("vía terrestre", "furgoneta", "autobús", "coche"),
        "sea": ("cayuco", "patera", "neumática", "embarcación neumática", "lancha"),
        "air": ("avión", "vía aérea"),
        "unknown": ("no consta",),
    },
    _SGCPI: {
        "land": ("terrestre", "vehículo", "tractocamión", "oculto en tráiler", "a pie"),
        "sea": ("lancha", "embarcación", "cayuco", "patera"),
        "air": ("vuelo comercial", "aérea"),
        "unknown": ("no consta",),
    },
}
_CRE_FENCE = ("salto de valla", "a pie", "oculto en vehículo")
_DARIEN_FOOT = ("a pie (selva)", "caminando", "terrestre", "a pie")

# Extra columns --------------------------------------------------------------------------
_IT_PLACE = {
    "Lampedusa": "Lampedusa (AG)",
    "Pozzallo": "Pozzallo (RG)",
    "Crotone": "Crotone (KR)",
    "Palermo": "Palermo (PA)",
    "Castel Volturno": "Castel Volturno (CE)",
    "Torino": "Torino (TO)",
    "Latina (Agro Pontino)": "Latina (LT)",
}
_CRE_OBS = {
    "Gran Canaria": ("Llegada a Arguineguín", "Muelle de Arguineguín", "Puerto de Arinaga"),
    "Tenerife": ("Puerto de Los Cristianos", "Llegada a Los Cristianos"),
    "El Hierro": ("Puerto de La Restinga", "Llegada a La Restinga"),
    "Lanzarote": ("Puerto de Arrecife", "Playa de Órzola"),
    "Almería": ("Puerto de Almería", "Atención en puerto"),
    "Ceuta": ("Espigón del Tarajal", "CETI de Ceuta"),
    "Melilla": ("Perímetro fronterizo", "CETI de Melilla"),
    "Huelva": ("Asentamiento de Lepe", "Programa de trata - Huelva"),
    "Almería (El Ejido)": ("Invernaderos de El Ejido", "Asentamiento de Níjar"),
}
_JIRS_UNITS = ("DZPAF Coquelles", "BMR Calais", "SR Lille (gendarmerie)", "OLTIM")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _text(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int | None:
    value = ev.get(key)
    return None if value is None else int(value)  # type: ignore[call-overload]


def _float(ev: dict[str, object], key: str) -> float | None:
    value = ev.get(key)
    return None if value is None else float(value)  # type: ignore[arg-type]


def _codes(value: str | None) -> list[str]:
    return [] if not value else value.split("|")


def _name(code: str, lang: str) -> str:
    row = _COUNTRY.get(code)
    if row is None:  # a country of no table here: its ISO code, as clerks write it
        return code
    return row[_LANG_COL[lang]]


def _alt_name(code: str, lang: str, rng: _Rng, p_alt: float = 0.3) -> str:
    alts = _ALT[lang].get(code)
    if alts and rng.random() < p_alt:
        return choice(rng, alts)
    return _name(code, lang)


def _demonym(code: str, lang: str, plural: bool = False) -> str:
    row = _COUNTRY.get(code)
    if row is None:
        return code
    if lang == "en":
        return row[3]
    if lang == "fr":
        return row[4]
    return row[6] if plural else row[5]


def _iso2(code: str) -> str:
    return iso_codes(code)[0]


def _dms(value: float, hemis: tuple[str, str], fmt: str, *, sec_dec: int = 0) -> tuple[str, float]:
    """Degrees, minutes, seconds of ``value`` written with ``fmt``; (text, value read)."""
    scale = 10**sec_dec
    units = round(abs(value) * 3600 * scale)
    deg, rest = divmod(units, 3600 * scale)
    mins, sec_units = divmod(rest, 60 * scale)
    sec = sec_units / scale
    width = 3 + sec_dec if sec_dec else 2
    text = fmt.format(
        d=deg, d3=f"{deg:03d}", m=f"{mins:02d}", s=f"{sec:0{width}.{sec_dec}f}",
        h=hemis[0] if value >= 0 else hemis[1],
    )  # fmt: skip
    read = (deg + mins / 60 + sec / 3600) * (1 if value >= 0 else -1)
    return text, round(read, 7)


def _dm(
    value: float, hemis: tuple[str, str], fmt: str, *, comma: bool = False
) -> tuple[str, float]:
    """Degrees and decimal minutes (3 decimals) of ``value``; (text, value read)."""
    units = round(abs(value) * 60 * 1000)
    deg, min_units = divmod(units, 60 * 1000)
    mins = min_units / 1000
    m_text = f"{mins:06.3f}"
    if comma:
        m_text = m_text.replace(".", ",")
    text = fmt.format(
        d=deg, d2=f"{deg:02d}", d3=f"{deg:03d}", m=m_text, h=hemis[0] if value >= 0 else hemis[1]
    )
    read = (deg + mins / 60) * (1 if value >= 0 else -1)
    return text, round(read, 7)


def _dec(value: float, places: int, *, comma: bool = False) -> tuple[str, float]:
    read = round(value, places)
    text = f"{read:.{places}f}"
    return (text.replace(".", ",") if comma else text), read


def _partial(rng: _Rng, partial_ok: bool, p_month: float, p_quarter: float) -> str:
    """Draw whether a date is written whole (``day``), as a month or as a quarter."""
    u = rng.random()
    if not partial_ok:
        return "day"
    if u < p_month:
        return "month"
    if u < p_month + p_quarter:
        return "quarter"
    return "day"


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _safe_future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the same day ten years on (a mistyped decade), 28 February for a leap day."""
    day = 28 if (ts.month == 2 and ts.day == 29) else ts.day
    return pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)


class _Row:
    """Cells, expected values and tags of one rendered row, tags kept by field."""

    def __init__(self, ev: dict[str, object]) -> None:
        ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
        self.ts = ts
        self.cells: dict[str, object] = {}
        self.exp: dict[str, object] = {
            "event_date": ts,
            "date_precision": "day",
            "crime_type": _text(ev, "crime_type"),
            "exploitation": _text(ev, "exploitation"),
            "n_persons": _int(ev, "n_persons"),
            "n_suspects": _int(ev, "n_suspects"),
            "gender": _text(ev, "gender"),
            "age_group": _text(ev, "age_group"),
            "nationality": _text(ev, "nationality"),
            "origin_country": _text(ev, "origin_country"),
            "destination_country": _text(ev, "destination_country"),
            "detection_country": _text(ev, "detection_country"),
            "transit_countries": _text(ev, "transit_countries"),
            "transport_mode": _text(ev, "transport_mode"),
            "lat": _float(ev, "lat"),
            "lon": _float(ev, "lon"),
            "linked_offences": _text(ev, "linked_offences"),
        }
        self._tags: dict[str, list[str]] = {}

    def tag(self, field: str, tag: str) -> None:
        self._tags.setdefault(field, []).append(tag)

    def date(self, cell: object, precision: str, tag: str) -> None:
        self.cells["event_date"] = cell
        if precision == "month":
            self.exp["event_date"] = _month_start(self.ts)
            self.tag("event_date", "partial_month")
        elif precision == "quarter":
            self.exp["event_date"] = _quarter_start(self.ts)
            self.tag("event_date", "partial_quarter")
        self.exp["date_precision"] = precision
        self.tag("event_date", tag)

    def no_place(self, tag: str) -> None:
        self.exp["lat"] = None
        self.exp["lon"] = None
        self.tag("coordinates", tag)

    def place(self, lat: float, lon: float, tag: str) -> None:
        self.exp["lat"] = lat
        self.exp["lon"] = lon
        self.tag("coordinates", tag)

    def finish(
        self, src: ExaminerSource, forced_blank: str | None
    ) -> tuple[dict[str, object], dict[str, object], list[str]]:
        if forced_blank is not None:
            if forced_blank == "coordinates":
                for key in ("coordinates", "lat", "lon"):
                    if key in src.headers:
                        self.cells[key] = None
                self.exp["lat"] = None
                self.exp["lon"] = None
            else:
                self.cells[forced_blank] = None
                self.exp[forced_blank] = "unknown" if forced_blank == "gender" else None
            self._tags[forced_blank] = [f"blank_{forced_blank}"]
        tags = [t for field in self._tags for t in self._tags[field]]
        return self.cells, self.exp, tags


# --------------------------------------------------------------------------------------
# Shared field writers (wording by language or source)
# --------------------------------------------------------------------------------------
def _crime(src: ExaminerSource, rng: _Rng, crime: str) -> str:
    return choice(rng, _CRIME[src.source][crime])


def _exploitation(
    row: _Row, ev: dict[str, object], rng: _Rng, words: str, none_words: tuple[str | None, ...]
) -> object:
    form = _text(ev, "exploitation")
    if form is None:
        cell = none_words[int(rng.integers(len(none_words)))]
        if cell is not None:
            row.tag("exploitation", "not_applicable_word")
        return cell
    if form == "forced_criminality" and ev.get("nationality") == "VNM" and words in _CANNABIS:
        if rng.random() < 0.5:
            row.tag("exploitation", "cannabis_farm")
            return _CANNABIS[words]
    return choice(rng, _EXPL[words][form])


def _sex(row: _Row, ev: dict[str, object], rng: _Rng, words: str) -> str:
    gender = str(ev["gender"])
    n = _int(ev, "n_persons") or 0
    if words == "fr" and n == 1 and gender in ("male", "female") and rng.random() < 0.4:
        return "homme" if gender == "male" else "femme"
    if words == "es" and n == 1 and gender in ("male", "female") and rng.random() < 0.4:
        return "hombre" if gender == "male" else "mujer"
    return choice(rng, _SEX[words][gender])


def _age(row: _Row, ev: dict[str, object], rng: _Rng, words: str) -> str:
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        row.exp["age_group"] = "unknown"
        row.tag("age_group", "na_word")
        return choice(rng, _AGE[words]["unknown"])
    return choice(rng, _AGE[words][age])


def _mode(
    row: _Row, src: ExaminerSource, ev: dict[str, object], rng: _Rng, words: tuple[str, ...] | None
) -> str:
    mode = str(ev["transport_mode"])
    table = _MODE[src.source]
    if rng.random() < 0.02:
        row.exp["transport_mode"] = "unknown"
        row.tag("transport_mode", "na_word")
        return choice(rng, table["unknown"])
    if words is not None:
        return choice(rng, words)
    return choice(rng, table[mode])


def _offences(
    row: _Row, ev: dict[str, object], rng: _Rng, lang: str, joins: tuple[str, ...], upper: bool
) -> str | None:
    names = _codes(_text(ev, "linked_offences"))
    if not names:
        return None
    words = [choice(rng, _OFFENCE[lang][n]) for n in names]
    if upper:
        words = [w.upper() for w in words]
    if len(words) > 1:
        row.tag("linked_offences", "offence_list")
    return choice(rng, joins).join(words)


def _count_text(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


# --------------------------------------------------------------------------------------
# Source 1: Austrian BK, JOO Vienna (English JSON lines)
# --------------------------------------------------------------------------------------
def _bk(src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row, partial_ok: bool) -> None:
    ts = row.ts
    kind = _partial(rng, partial_ok, 0.05, 0.03)
    if kind == "month":
        row.date(f"{ts:%Y-%m}", "month", "iso_month")
    elif kind == "quarter":
        row.date(f"{ts.year}-Q{ts.quarter}", "quarter", "iso_quarter")
    else:
        u = rng.random()
        if u < 0.42:
            row.date(f"{ts:%Y-%m-%d}", "day", "iso_date")
        elif u < 0.64:
            hour, minute = int(rng.integers(5, 22)), int(rng.integers(0, 60))
            offset = "+02:00" if 4 <= ts.month <= 10 else "+01:00"
            row.date(f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:00{offset}", "day", "iso_datetime")
        elif u < 0.88:
            row.date(f"{ts:%d.%m.%Y}", "day", "dotted_date")
        else:
            row.date(f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}", "day", "month_name")

    row.cells["crime_type"] = _crime(src, rng, str(ev["crime_type"]))
    row.cells["exploitation"] = _exploitation(row, ev, rng, "en", (None, None, "n/a"))

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    u = rng.random()
    if u < 0.03:
        row.cells["n_persons"] = choice(rng, ("n/k", "unknown", "tbc"))
        row.exp["n_persons"] = None
        row.tag("n_persons", "count_placeholder")
    elif n >= 1000:
        row.cells["n_persons"] = _count_text(n, ",") if u < 0.6 else n
        row.tag("n_persons", "thousands_sep" if u < 0.6 else "big_count")
    elif u < 0.055 and n >= 10:
        row.cells["n_persons"] = f"ca. {n}"
        row.tag("n_persons", "approx_count")
    elif u < 0.16:
        row.cells["n_persons"] = str(n)
        row.tag("n_persons", "count_as_text")
    else:
        row.cells["n_persons"] = n

    k = _int(ev, "n_suspects")
    u = rng.random()
    if u < 0.03 or k is None:
        row.cells["n_suspects"] = "n/k"
        row.exp["n_suspects"] = None
        row.tag("n_suspects", "suspects_placeholder")
    elif k == 0 and u < 0.45:
        row.cells["n_suspects"] = choice(rng, ("none", "nil"))
        row.tag("n_suspects", "zero_word")
    else:
        row.cells["n_suspects"] = k

    row.cells["gender"] = _sex(row, ev, rng, "en")
    row.cells["age_group"] = _age(row, ev, rng, "en")

    nat = str(ev["nationality"])
    u = rng.random()
    if u < 0.55:
        row.cells["nationality"] = _iso2(nat)
        row.tag("nationality", "iso2")
    elif u < 0.78:
        row.cells["nationality"] = _alt_name(nat, "en", rng)
    elif u < 0.95:
        row.cells["nationality"] = _demonym(nat, "en")
        row.tag("nationality", "demonym")
    else:
        row.cells["nationality"] = _TYPO["en"].get(nat, _name(nat, "en"))
        row.tag("nationality", "typo")

    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        if rng.random() < 0.4:
            row.cells[col] = "UK" if code == "GBR" else _iso2(code)
            row.tag(col, "iso2")
        else:
            row.cells[col] = _alt_name(code, "en", rng)

    det = str(ev["detection_country"])
    u = rng.random()
    if u < 0.7:
        row.cells["detection_country"] = (
            ("UK" if u < 0.35 else "GB") if det == "GBR" else _iso2(det)
        )
        row.tag("detection_country", "iso2")
    else:
        row.cells["detection_country"] = _alt_name(det, "en", rng)

    transit = _codes(_text(ev, "transit_countries"))
    u = rng.random()
    if not transit:
        row.cells["transit_countries"] = None if u < 0.6 else choice(rng, ("direct", "none"))
    elif u < 0.5:
        row.cells["transit_countries"] = " > ".join(_iso2(c) for c in transit)
        row.tag("transit_countries", "iso2_route")
    elif u < 0.8:
        row.cells["transit_countries"] = " - ".join(_name(c, "en") for c in transit)
    else:
        row.cells["transit_countries"] = ", ".join(_name(c, "en") for c in transit)

    row.cells["transport_mode"] = _mode(row, src, ev, rng, None)

    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    u = rng.random()
    if lat is None or lon is None or u < 0.04:
        row.cells["coordinates"] = None
        row.no_place("coords_missing")
    else:
        (lat_t, lat_v), (lon_t, lon_v) = _dec(lat, 5), _dec(lon, 5)
        if u < 0.75:
            row.cells["coordinates"] = f"POINT ({lon_t} {lat_t})"
            row.place(lat_v, lon_v, "wkt")
        else:
            row.cells["coordinates"] = f"SRID=4326;POINT({lon_t} {lat_t})"
            row.place(lat_v, lon_v, "ewkt")

    offences = _offences(row, ev, rng, "en", (", ", "; "), upper=False)
    row.cells["linked_offences"] = offences
    if offences is None and rng.random() < 0.25:
        row.cells["linked_offences"] = "none"

    partner = "UK" if det == "GBR" else _iso2(det)
    row.cells["_partner"] = partner if rng.random() < 0.8 else "AT"


# --------------------------------------------------------------------------------------
# Source 2: Italian DCIPF liaison extract (XLSX, English under bilingual headers)
# --------------------------------------------------------------------------------------
def _upper_name(code: str, rng: _Rng) -> str:
    return _alt_name(code, "en", rng, p_alt=0.15).upper()


def _dcipf(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row, partial_ok: bool
) -> None:
    ts = row.ts
    kind = _partial(rng, partial_ok, 0.04, 0.03)
    if kind == "month":
        if rng.random() < 0.5:
            row.date(f"{ts:%m/%Y}", "month", "month_slash_year")
        else:
            row.date(f"{MONTHS[ts.month - 1][:3]} {ts.year}", "month", "month_name")
    elif kind == "quarter":
        if rng.random() < 0.5:
            row.date(f"Q{ts.quarter} {ts.year}", "quarter", "q_quarter")
        else:
            nth = ("1st", "2nd", "3rd", "4th")[ts.quarter - 1]
            row.date(f"{nth} quarter {ts.year}", "quarter", "quarter_words")
    else:
        u = rng.random()
        if u < 0.55:
            row.date(ts.to_pydatetime(), "day", "excel_date")
        elif u < 0.72:
            row.date(int((ts - pd.Timestamp("1899-12-30")).days), "day", "excel_serial")
        elif u < 0.9:
            row.date(f"{ts:%d/%m/%Y}", "day", "text_date")
        else:
            row.date(f"{ts:%d}-{MONTHS[ts.month - 1][:3]}-{ts:%y}", "day", "excel_text_date")

    row.cells["crime_type"] = _crime(src, rng, str(ev["crime_type"]))
    row.cells["exploitation"] = _exploitation(row, ev, rng, "it", (None, "-", "N/A"))

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        row.cells["n_persons"] = choice(rng, ("n.d.", "N.D."))
        row.exp["n_persons"] = None
        row.tag("n_persons", "count_placeholder")
    else:
        row.cells["n_persons"] = n

    k = _int(ev, "n_suspects")
    u = rng.random()
    if u < 0.03 or k is None:
        row.cells["n_suspects"] = "n.d."
        row.exp["n_suspects"] = None
        row.tag("n_suspects", "suspects_placeholder")
    elif k == 0 and u < 0.3:
        row.cells["n_suspects"] = "nil"
        row.tag("n_suspects", "zero_word")
    else:
        row.cells["n_suspects"] = k

    row.cells["gender"] = _sex(row, ev, rng, "it")
    row.cells["age_group"] = _age(row, ev, rng, "it")

    nat = str(ev["nationality"])
    u = rng.random()
    if u < 0.45:
        row.cells["nationality"] = _demonym(nat, "en").upper()
        row.tag("nationality", "demonym")
    elif u < 0.8:
        row.cells["nationality"] = _upper_name(nat, rng)
    else:
        row.cells["nationality"] = nat
        row.tag("nationality", "iso3")

    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        if rng.random() < 0.2:
            row.cells[col] = code
            row.tag(col, "iso3")
        else:
            row.cells[col] = _upper_name(code, rng)

    det = str(ev["detection_country"])
    u = rng.random()
    if u < 0.2:
        row.cells["detection_country"] = det
        row.tag("detection_country", "iso3")
    elif u < 0.3:
        row.cells["detection_country"] = _iso2(det)
        row.tag("detection_country", "iso2")
    else:
        row.cells["detection_country"] = _name(det, "en").upper()

    transit = _codes(_text(ev, "transit_countries"))
    if not transit:
        row.cells["transit_countries"] = choice(rng, ("-", "", "NONE"))
        if row.cells["transit_countries"] == "":
            row.cells["transit_countries"] = None
    else:
        row.cells["transit_countries"] = " / ".join(_name(c, "en").upper() for c in transit)

    row.cells["transport_mode"] = _mode(row, src, ev, rng, None)

    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    u = rng.random()
    if lat is None or lon is None or u < 0.03:
        if u < 0.015:
            row.cells["coordinates"] = "n.d."
            row.no_place("coords_placeholder")
        else:
            row.cells["coordinates"] = None
            row.no_place("coords_missing")
    elif u < 0.45:
        lat_t, lat_v = _dm(lat, ("N", "S"), "{d2}°{m}'{h}")
        lon_t, lon_v = _dm(lon, ("E", "W"), "{d3}°{m}'{h}")
        row.cells["coordinates"] = f"{lat_t} {lon_t}"
        row.place(lat_v, lon_v, "nautical_dm")
    elif u < 0.7:
        lat_t, lat_v = _dms(lat, ("N", "S"), "{d}°{m}'{s}\"{h}", sec_dec=1)
        lon_t, lon_v = _dms(lon, ("E", "W"), "{d}°{m}'{s}\"{h}", sec_dec=1)
        row.cells["coordinates"] = f"{lat_t} {lon_t}"
        row.place(lat_v, lon_v, "dms")
    else:
        (lat_t, lat_v), (lon_t, lon_v) = _dec(lat, 4), _dec(lon, 4)
        row.cells["coordinates"] = f"{lat_t}, {lon_t}"
        row.place(lat_v, lon_v, "decimal")

    row.cells["linked_offences"] = _offences(row, ev, rng, "en", (" / ",), upper=True)

    hotspot = str(ev.get("hotspot") or "")
    row.cells["_place"] = _IT_PLACE.get(hotspot, hotspot) if rng.random() < 0.85 else None


# --------------------------------------------------------------------------------------
# Source 3: JIRS Lille (French CSV, cp1252, ";")
# --------------------------------------------------------------------------------------
def _fr_day(ts: pd.Timestamp) -> str:
    return "1er" if ts.day == 1 else str(ts.day)


def _fr_text(text: str, src: ExaminerSource, row: _Row, field: str, rng: _Rng) -> str:
    """Return a French cell, now and then garbled (a paste from a UTF-8 export)."""
    garbled = mojibake(text)
    if garbled is not None and rng.random() < 0.05 and fits(garbled, src):
        row.tag(field, "mojibake")
        return garbled
    return text if fits(text, src) else text.encode(src.encoding, "replace").decode(src.encoding)


def _jirs(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row, partial_ok: bool
) -> None:
    ts = row.ts
    kind = _partial(rng, partial_ok, 0.04, 0.03)
    if kind == "month":
        if rng.random() < 0.6:
            row.date(f"{_FR_MONTHS[ts.month - 1]} {ts.year}", "month", "month_name")
        else:
            row.date(f"{ts:%m/%Y}", "month", "month_slash_year")
    elif kind == "quarter":
        q = ts.quarter
        words = (
            f"{'1er' if q == 1 else f'{q}e'} trim. {ts.year}",
            f"T{q} {ts.year}",
            f"{'1er' if q == 1 else f'{q}e'} trimestre {ts.year}",
        )
        row.date(choice(rng, words), "quarter", "quarter_words")
    else:
        u = rng.random()
        if u < 0.45:
            row.date(f"{ts:%d/%m/%Y}", "day", "dmy")
        elif u < 0.6:
            row.date(f"{ts:%d/%m/%y}", "day", "dmy_short_year")
        elif u < 0.78:
            row.date(f"{_fr_day(ts)} {_FR_MONTHS[ts.month - 1]} {ts.year}", "day", "month_name")
        elif u < 0.92:
            row.date(f"{ts:%d}-{_FR_MONTHS_XL[ts.month - 1]}-{ts:%y}", "day", "excel_fr_date")
        else:
            day = _FR_DAYS[ts.day_of_week]
            row.date(
                f"{day} {_fr_day(ts)} {_FR_MONTHS[ts.month - 1]} {ts.year}", "day", "long_date"
            )

    crime = str(ev["crime_type"])
    u = rng.random()
    if crime == "smuggling" and u < 0.5:
        article = "L.622-1" if ts < pd.Timestamp("2021-05-01") else "L.823-1"
        row.cells["crime_type"] = f"Aide à l'entrée irrégulière (art. {article} CESEDA)"
        row.tag("crime_type", "legal_article")
    else:
        row.cells["crime_type"] = _crime(src, rng, crime)
    row.cells["exploitation"] = _exploitation(row, ev, rng, "fr", (None, "s.o.", "sans objet"))

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    u = rng.random()
    if u < 0.03:
        row.cells["n_persons"] = choice(rng, ("NC", "inconnu"))
        row.exp["n_persons"] = None
        row.tag("n_persons", "count_placeholder")
    elif n >= 1000:
        row.cells["n_persons"] = _count_text(n, "\u00a0")
        row.tag("n_persons", "thousands_sep")
    elif u < 0.05 and n >= 10:
        row.cells["n_persons"] = f"env. {n}"
        row.tag("n_persons", "approx_count")
    else:
        row.cells["n_persons"] = str(n)

    k = _int(ev, "n_suspects")
    u = rng.random()
    if u < 0.03 or k is None:
        row.cells["n_suspects"] = choice(rng, ("NC", "inconnus"))
        row.exp["n_suspects"] = None
        row.tag("n_suspects", "suspects_placeholder")
    elif k == 0 and u < 0.45:
        row.cells["n_suspects"] = choice(rng, ("néant", "aucun"))
        row.tag("n_suspects", "zero_word")
    else:
        row.cells["n_suspects"] = str(k)

    row.cells["gender"] = _sex(row, ev, rng, "fr")
    row.cells["age_group"] = _age(row, ev, rng, "fr")

    nat = str(ev["nationality"])
    u = rng.random()
    if u < 0.4:
        text = _demonym(nat, "fr")
        row.tag("nationality", "demonym")
    elif u < 0.75:
        text = _alt_name(nat, "fr", rng)
    elif u < 0.92:
        text = nat
        row.tag("nationality", "iso3")
    else:
        text = _TYPO["fr"].get(nat, _name(nat, "fr"))
        row.tag("nationality", "typo")
    row.cells["nationality"] = _fr_text(text, src, row, "nationality", rng)

    origin = str(ev["origin_country"])
    row.cells["origin_country"] = _fr_text(_alt_name(origin, "fr", rng), src, row, "origin", rng)
    dest = str(ev["destination_country"])
    if dest == "GBR":
        row.cells["destination_country"] = choice(rng, ("Royaume-Uni", "Angleterre", "R-U", "GB"))
        row.tag("destination_country", "uk_words")
    else:
        row.cells["destination_country"] = _fr_text(_name(dest, "fr"), src, row, "destination", rng)

    det = str(ev["detection_country"])
    u = rng.random()
    if u < 0.25:
        row.cells["detection_country"] = _iso2(det)
        row.tag("detection_country", "iso2")
    else:
        row.cells["detection_country"] = _name(det, "fr")

    transit = _codes(_text(ev, "transit_countries"))
    if not transit:
        row.cells["transit_countries"] = None if rng.random() < 0.7 else "direct"
    else:
        sep = choice(rng, (", ", " / ", " puis "))
        joined = sep.join(_name(c, "fr") for c in transit)
        row.cells["transit_countries"] = _fr_text(joined, src, row, "transit", rng)

    row.cells["transport_mode"] = _mode(row, src, ev, rng, None)

    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    u = rng.random()
    if lat is None or lon is None or u < 0.04:
        row.cells["coordinates"] = None
        row.no_place("coords_missing")
    elif u < 0.45:
        (lat_t, lat_v), (lon_t, lon_v) = _dec(lat, 4, comma=True), _dec(lon, 4, comma=True)
        row.cells["coordinates"] = f"{lat_t} / {lon_t}"
        row.place(lat_v, lon_v, "decimal_comma")
    elif u < 0.75:
        lat_t, lat_v = _dms(lat, ("N", "S"), "{d}°{m}'{s}\"{h}")
        lon_t, lon_v = _dms(lon, ("E", "O"), "{d}°{m}'{s}\"{h}")
        row.cells["coordinates"] = f"{lat_t} {lon_t}"
        row.place(lat_v, lon_v, "dms")
    else:
        lat_t, lat_v = _dm(lat, ("N", "S"), "{h} {d2}°{m}'", comma=True)
        lon_t, lon_v = _dm(lon, ("E", "O"), "{h} {d3}°{m}'", comma=True)
        row.cells["coordinates"] = f"{lat_t} / {lon_t}"
        row.place(lat_v, lon_v, "nautical_dm")

    offences = _offences(row, ev, rng, "fr", (" + ", ", "), upper=False)
    row.cells["linked_offences"] = offences
    if offences is None and rng.random() < 0.3:
        row.cells["linked_offences"] = "néant"

    if ev["crime_type"] == "trafficking":
        row.cells["_unit"] = choice(rng, ("OCRTEH", "SR Lille (gendarmerie)"))
    else:
        row.cells["_unit"] = choice(rng, _JIRS_UNITS)


# --------------------------------------------------------------------------------------
# Source 4: Spanish Red Cross (Spanish CSV, UTF-8 with BOM, ",")
# --------------------------------------------------------------------------------------
def _es_partial(ts: pd.Timestamp, kind: str, rng: _Rng, row: _Row) -> None:
    if kind == "month":
        if rng.random() < 0.6:
            row.date(f"{_ES_MONTHS[ts.month - 1]} {ts.year}", "month", "month_name")
        else:
            row.date(f"{ts:%m/%Y}", "month", "month_slash_year")
    else:
        q = ts.quarter
        ordinal = ("primer", "segundo", "tercer", "cuarto")[q - 1]
        words = (
            f"{q}T {ts.year}",
            f"{ordinal} trimestre de {ts.year}",
            f"{_ROMAN[q - 1]} trim. {ts.year}",
            f"{q}º trimestre {ts.year}",
        )
        row.date(choice(rng, words), "quarter", "quarter_words")


def _es_nationality(nat: str, rng: _Rng, row: _Row, p: tuple[float, float, float]) -> str:
    u = rng.random()
    if u < p[0]:
        row.tag("nationality", "demonym")
        return _demonym(nat, "es")
    if u < p[1]:
        row.tag("nationality", "demonym_plural")
        return _demonym(nat, "es", plural=True)
    if u < p[2]:
        return _alt_name(nat, "es", rng)
    if u < 0.96:
        row.tag("nationality", "iso3")
        return nat
    row.tag("nationality", "typo")
    return _TYPO["es"].get(nat, _name(nat, "es"))


def _cre(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row, partial_ok: bool
) -> None:
    ts = row.ts
    kind = _partial(rng, partial_ok, 0.04, 0.03)
    if kind != "day":
        _es_partial(ts, kind, rng, row)
    else:
        u = rng.random()
        if u < 0.5:
            row.date(f"{ts:%d/%m/%Y}", "day", "dmy")
        elif u < 0.65:
            row.date(f"{ts:%d-%m-%Y}", "day", "dmy_dash")
        elif u < 0.78:
            hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            row.date(f"{ts:%d/%m/%Y} {hour:02d}:{minute:02d}", "day", "dmy_time")
        elif u < 0.92:
            row.date(f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", "day", "month_name")
        else:
            day = _ES_DAYS[ts.day_of_week]
            row.date(
                f"{day}, {ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", "day", "long_date"
            )

    row.cells["crime_type"] = _crime(src, rng, str(ev["crime_type"]))
    row.cells["exploitation"] = _exploitation(row, ev, rng, "es", (None, None, "no procede"))

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    u = rng.random()
    if u < 0.03:
        row.cells["n_persons"] = choice(rng, ("s/d", "desconocido"))
        row.exp["n_persons"] = None
        row.tag("n_persons", "count_placeholder")
    elif n >= 1000:
        row.cells["n_persons"] = _count_text(n, ".")
        row.tag("n_persons", "thousands_sep")
    elif u < 0.05 and n >= 10:
        row.cells["n_persons"] = f"{n} aprox."
        row.tag("n_persons", "approx_count")
    else:
        row.cells["n_persons"] = str(n)

    k = _int(ev, "n_suspects")
    u = rng.random()
    if u < 0.03 or k is None:
        row.cells["n_suspects"] = "no consta"
        row.exp["n_suspects"] = None
        row.tag("n_suspects", "suspects_placeholder")
    elif k == 0 and u < 0.45:
        row.cells["n_suspects"] = choice(rng, ("ninguno", "sin detenidos"))
        row.tag("n_suspects", "zero_word")
    else:
        row.cells["n_suspects"] = str(k)

    row.cells["gender"] = _sex(row, ev, rng, "es")
    row.cells["age_group"] = _age(row, ev, rng, "es")
    nat = str(ev["nationality"])
    text = _es_nationality(nat, rng, row, (0.35, 0.5, 0.85))
    garbled = mojibake(text)
    if garbled is not None and rng.random() < 0.04:
        text = garbled
        row.tag("nationality", "mojibake")
    row.cells["nationality"] = text

    for col in ("origin_country", "destination_country"):
        row.cells[col] = _alt_name(str(ev[col]), "es", rng)

    det = str(ev["detection_country"])
    hotspot = str(ev.get("hotspot") or "")
    u = rng.random()
    if u < 0.15:
        row.cells["detection_country"] = _iso2(det)
        row.tag("detection_country", "iso2")
    elif u < 0.25 and det == "ESP" and hotspot in ("Ceuta", "Melilla"):
        row.cells["detection_country"] = f"España ({hotspot})"
        row.tag("detection_country", "with_place")
    else:
        row.cells["detection_country"] = _name(det, "es")

    transit = _codes(_text(ev, "transit_countries"))
    if not transit:
        u = rng.random()
        row.cells["transit_countries"] = None if u < 0.6 else choice(rng, ("directo", "ninguno"))
    else:
        names = [_name(c, "es") for c in transit]
        if len(names) > 1 and rng.random() < 0.4:
            row.cells["transit_countries"] = ", ".join(names[:-1]) + " y " + names[-1]
        else:
            row.cells["transit_countries"] = ", ".join(names)

    mode = str(ev["transport_mode"])
    fence = mode == "land" and hotspot in ("Ceuta", "Melilla")
    row.cells["transport_mode"] = _mode(row, src, ev, rng, _CRE_FENCE if fence else None)

    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    u = rng.random()
    if lat is None or lon is None or u < 0.05:
        row.cells["lat"] = None
        row.cells["lon"] = None
        row.no_place("coords_missing")
    elif u < 0.6:
        (lat_t, lat_v), (lon_t, lon_v) = _dec(lat, 5, comma=True), _dec(lon, 5, comma=True)
        row.cells["lat"], row.cells["lon"] = lat_t, lon_t
        row.place(lat_v, lon_v, "decimal_comma")
    elif u < 0.78:
        (lat_t, lat_v), (lon_t, lon_v) = _dec(lat, 5), _dec(lon, 5)
        row.cells["lat"], row.cells["lon"] = lat_t, lon_t
        row.place(lat_v, lon_v, "decimal")
    else:
        lat_t, lat_v = _dms(lat, ("N", "S"), "{d}º {m}' {s}'' {h}")
        lon_t, lon_v = _dms(lon, ("E", "O"), "{d}º {m}' {s}'' {h}")
        row.cells["lat"], row.cells["lon"] = lat_t, lon_t
        row.place(lat_v, lon_v, "dms_ordinal_sign")

    row.cells["linked_offences"] = _offences(row, ev, rng, "es", (", ", " y "), upper=False)
    obs = _CRE_OBS.get(hotspot)
    row.cells["_obs"] = choice(rng, obs) if obs and rng.random() < 0.5 else None


# --------------------------------------------------------------------------------------
# Source 5: Spanish Interior attachés, SGCPI (Spanish CSV, UTF-16, tab)
# --------------------------------------------------------------------------------------
_POSTS = {
    "PAN": ("Panamá",),
    "USA": ("Washington", "México"),
    "ITA": ("Roma",),
}
_POSTS_BY_CORRIDOR = {"watl": ("Dakar", "Nuakchot"), "wmed": ("Rabat",)}


def _sgcpi_crime(ev: dict[str, object], rng: _Rng, src: ExaminerSource, row: _Row) -> str:
    crime = str(ev["crime_type"])
    form = _text(ev, "exploitation")
    if ev["detection_country"] == "USA" and rng.random() < 0.6:
        statute = None
        if crime == "smuggling":
            statute = choice(
                rng, ("tráfico de migrantes (8 U.S.C. § 1324)", "alien smuggling (8 USC 1324)")
            )
        elif crime == "trafficking" and form == "sexual":
            statute = "trata con fines sexuales (18 U.S.C. § 1591)"
        elif crime == "trafficking" and form == "forced_labour":
            statute = "trata laboral (18 U.S.C. § 1589)"
        if statute is not None:
            row.tag("crime_type", "us_statute")
            return statute
    return _crime(src, rng, crime)


def _sgcpi(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row, partial_ok: bool
) -> None:
    ts = row.ts
    det = str(ev["detection_country"])
    us = det == "USA"
    kind = _partial(rng, partial_ok, 0.04, 0.03)
    if kind == "month" and us and rng.random() < 0.5:
        row.date(f"{MONTHS[ts.month - 1]} {ts.year}", "month", "english_month")
    elif kind == "month" and rng.random() < 0.5:
        row.date(f"{_ES_MONTHS_ABBR[ts.month - 1]}-{ts.year}", "month", "month_abbr")
    elif kind != "day":
        _es_partial(ts, kind, rng, row)
    else:
        u = rng.random()
        if us and u < 0.45:
            row.date(f"{MONTHS[ts.month - 1]} {ts.day}, {ts.year}", "day", "us_month_name")
        elif us and u < 0.65:
            row.date(f"{MONTHS[ts.month - 1][:3]} {ts.day}, {ts.year}", "day", "us_month_abbr")
        elif u < 0.7:
            row.date(f"{ts:%d/%m/%Y}", "day", "dmy")
        elif u < 0.88:
            row.date(f"{ts.day:02d}-{_ES_MONTHS_ABBR[ts.month - 1]}-{ts.year}", "day", "abbr")
        else:
            row.date(f"{ts:%d/%m/%y}", "day", "dmy_short_year")

    row.cells["crime_type"] = _sgcpi_crime(ev, rng, src, row)
    row.cells["exploitation"] = _exploitation(row, ev, rng, "es", (None, "no aplica", "N/A"))

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    u = rng.random()
    if u < 0.03:
        row.cells["n_persons"] = choice(rng, ("S/D", "sin dato"))
        row.exp["n_persons"] = None
        row.tag("n_persons", "count_placeholder")
    elif n >= 1000:
        row.cells["n_persons"] = _count_text(n, "." if u < 0.6 else ",")
        row.tag("n_persons", "thousands_sep")
    else:
        row.cells["n_persons"] = str(n)

    k = _int(ev, "n_suspects")
    u = rng.random()
    if u < 0.03 or k is None:
        row.cells["n_suspects"] = choice(rng, ("no consta", "S/D"))
        row.exp["n_suspects"] = None
        row.tag("n_suspects", "suspects_placeholder")
    elif k == 0 and u < 0.4:
        row.cells["n_suspects"] = choice(rng, ("ninguno", "sin detenidos"))
        row.tag("n_suspects", "zero_word")
    else:
        row.cells["n_suspects"] = str(k)

    row.cells["gender"] = _sex(row, ev, rng, "es")
    row.cells["age_group"] = _age(row, ev, rng, "es")
    row.cells["nationality"] = _es_nationality(str(ev["nationality"]), rng, row, (0.2, 0.55, 0.8))

    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        if rng.random() < 0.15:
            row.cells[col] = code
            row.tag(col, "iso3")
        else:
            row.cells[col] = _alt_name(code, "es", rng, p_alt=0.5)

    u = rng.random()
    if u < 0.2:
        row.cells["detection_country"] = det
        row.tag("detection_country", "iso3")
    else:
        row.cells["detection_country"] = _alt_name(det, "es", rng, p_alt=0.6)

    transit = _codes(_text(ev, "transit_countries"))
    u = rng.random()
    if not transit:
        row.cells["transit_countries"] = None if u < 0.7 else "directo"
    elif u < 0.6:
        row.cells["transit_countries"] = " - ".join(_name(c, "es") for c in transit)
    elif u < 0.85:
        row.cells["transit_countries"] = "-".join(transit)
        row.tag("transit_countries", "iso3_route")
    else:
        row.cells["transit_countries"] = " / ".join(_name(c, "es") for c in transit)

    mode = str(ev["transport_mode"])
    darien = mode == "land" and ev.get("corridor") == "darien"
    row.cells["transport_mode"] = _mode(row, src, ev, rng, _DARIEN_FOOT if darien else None)

    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    u = rng.random()
    if lat is None or lon is None or u < 0.05:
        if u < 0.02:
            row.cells["coordinates"] = "sin coordenadas"
            row.no_place("coords_placeholder")
        else:
            row.cells["coordinates"] = None
            row.no_place("coords_missing")
    elif u < 0.55:
        (lat_t, lat_v), (lon_t, lon_v) = _dec(lat, 5), _dec(lon, 5)
        row.cells["coordinates"] = f"{lat_t}, {lon_t}"
        row.place(lat_v, lon_v, "decimal")
    elif u < 0.8:
        lat_t, lat_v = _dms(lat, ("N", "S"), "{d}°{m}'{s}\"{h}")
        lon_t, lon_v = _dms(lon, ("E", "O"), "{d}°{m}'{s}\"{h}")
        row.cells["coordinates"] = f"{lat_t} {lon_t}"
        row.place(lat_v, lon_v, "dms")
    else:
        (lat_t, lat_v), (lon_t, lon_v) = _dec(lat, 4, comma=True), _dec(lon, 4, comma=True)
        row.cells["coordinates"] = f"{lat_t} / {lon_t}"
        row.place(lat_v, lon_v, "decimal_comma")

    row.cells["linked_offences"] = _offences(row, ev, rng, "es", (" y ", ", "), upper=False)
    posts = _POSTS_BY_CORRIDOR.get(str(ev.get("corridor"))) or _POSTS.get(det, ("Madrid",))
    row.cells["_post"] = choice(rng, posts)


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_RENDERERS = {_BK: _bk, _DCIPF: _dcipf, _JIRS: _jirs, _CRE: _cre, _SGCPI: _sgcpi}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    row = _Row(ev)
    _RENDERERS[src.source](src, ev, rng, row, partial_ok)
    return row.finish(src, forced_blank)


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    y, d = ts.year, ts.day
    if kind == "no_date":
        words = {
            _BK: "n/k",
            _DCIPF: None,
            _JIRS: "date inconnue",
            _CRE: "s/f",
            _SGCPI: "sin fecha",
        }
        return words[src.source] if rng.random() < 0.3 else None
    if kind == "bad_date":
        options = {
            _BK: (f"{y}-02-30", f"31.04.{y}", f"{y}-13-{d:02d}"),
            _DCIPF: (f"31/04/{y}", f"30/02/{y}"),
            _JIRS: (f"30/02/{y}", f"31/06/{y}", f"31 avril {y}"),
            _CRE: (f"31/09/{y}", f"30/02/{y}"),
            _SGCPI: (f"31/11/{y}", f"30/02/{y}"),
        }
        return choice(rng, options[src.source])
    fut = _safe_future(ts)
    if src.source == _BK:
        return f"{fut:%Y-%m-%d}"
    if src.source == _DCIPF:
        return fut.to_pydatetime()
    return f"{fut:%d/%m/%Y}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    if src.format == "xlsx":
        return last.to_pydatetime()
    return f"{last:%d/%m/%Y}"


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND35_SOURCES,
    primary=_PRIMARY,
    compilation=_BK,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=3535,
    blank_share=0.4,
)


def make_blind35(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind35`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness (independent of the truth's seed).

    Returns
    -------
    list of Submission
        ``bk_joo_vienna_ak.jsonl``, ``dcipf_sbarchi_ak.xlsx``, ``jirs_lille_ak.csv``,
        ``cruzroja_llegadas_ak.csv`` and ``consejerias_interior_ak.csv``, each with its
        expected rows (see the module docstring for how each source writes).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind35(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bk_joo_vienna_ak.jsonl', 'dcipf_sbarchi_ak.xlsx', 'jirs_lille_ak.csv',
     'cruzroja_llegadas_ak.csv', 'consejerias_interior_ak.csv']
    >>> sorted({s.language for s in subs})
    ['en', 'es', 'fr']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
