"""Examiner set ``blind103``: five French labour, child-protection and partner files.

A held-out sample set written without looking at the cleaner: five agencies that no
earlier set uses, leaning on French labour-inspection and child-protection bodies, with
an English and a Spanish partner. Files are named ``*_da.*``. Every written value is
one a trained analyst reads unambiguously to the clean value recorded in the truth.

Reader's guide
--------------
``oclti_signalements_da.csv`` -- OCLTI (Office central de lutte contre le travail
    illégal, Gendarmerie nationale), its digest of partner reports (EMPACT THB
    labour-exploitation actions). French, **cp1252**, ``;``, CRLF. The compilation
    source: every event detected in Italy, Spain and Greece (and any other country no
    other source covers), plus second reports of the Vietnamese flow to the UK, the
    Western Balkans and the Belarus-Poland border. Headers in gendarmerie jargon
    (``N° procédure`` = ``PV 00012/2022``, ``Nb MEC`` = *mis en cause*, suspects;
    ``Vecteur`` = transport means; ``Maj./Min.`` = age group). Dates day-first
    ``03/02/2022``, ``03/02/22``, ``03.02.2022``, ``3 févr. 2022``, ``1er mars 2022``;
    partial ``févr. 2022`` / ``02/2022`` (month) and ``T3 2022`` / ``3e trim. 2022``
    (quarter). Offences by legal article (``art. 225-4-1 C. pén.`` trafficking,
    ``L.823-1 CESEDA`` smuggling, the pre-2021 ``L.622-1 CESEDA`` too). Countries in
    French, often as feminine demonyms (``érythréenne``, ``nigériane`` = Nigeria,
    ``guinéenne (Conakry)``), sometimes upper-case, ISO alpha-3, misspelt, or
    double-encoded (``Ã‰rythrÃ©e``). Counts with a no-break-space thousands separator
    (``1 250``) or ``12 pers.``; ``n.c.`` / ``NR`` for unknown; ``néant`` / ``aucun``
    for no suspect. Coordinates in one cell, decimal commas ``37,07550 / 15,28660``,
    maritime degrees and decimal minutes ``N 37°04,530' / E 015°17,196'`` (``O`` =
    west), or ``37.0755, 15.2866``. Transit ``Turquie > Bulgarie > Serbie``, ``via
    Libye``, ``direct`` / ``néant`` for none. A note row and a ``TOTAL GÉNÉRAL`` row.

``ddets62_inspection_da.xlsx`` -- DDETS du Pas-de-Calais, pôle Travail (inspection du
    travail, unité de contrôle du littoral). French, XLSX. Events detected in France,
    plus second reports of Channel events landed in the UK and of the Romanian
    labour-trafficking flow. References are Wiki'T case numbers. Dates are real Excel
    dates, bare Excel serial numbers (``44621``), or text ``12/03/2022``, ``12/03/22``;
    partial ``mars 2022`` / ``03/2022`` and ``T2 2022``. Counts are numbers (some typed
    as text ``1 250``), ``NC`` unknown, ``Aucun`` none. Latitude and longitude in two
    numeric columns (``° déc. WGS84``), some typed as text with decimal commas.
    ``H`` / ``F`` / ``H/F`` for sex, ``majeur`` / ``mineur`` / ``MNA`` for age.
    ISO alpha-2 codes (``FR``, ``GB``) beside French names. Re-sent rows (exact
    repeats), a note row and a ``Total`` row.

``ofmin_mineurs_da.csv`` -- Office mineurs (OFMIN, DNPJ), its liaison table shared
    with UK and partner desks. Bilingual French / English headers
    (``Date des faits / Date of events``) and values (``terrestre / land``),
    **UTF-16** (Excel "texte Unicode": BOM, little-endian), **tab**-delimited. Events
    detected in the UK, Croatia and Poland, plus second reports of Channel events on
    the French coast and of the Nigerian flow to Italy. Dates ``12/03/2022``,
    ``12/03/2022 à 14h30``, ``12/03/2022 21:45``, ``2022-03-12``, ``12 mars 2022``;
    partial ``mars 2022`` / ``03/2022`` and ``2e trimestre 2022`` / ``T2 2022 / Q2 2022``.
    ``inconnu / unknown`` for an unknown count, ``néant / none`` for no suspect; ``MNA /
    UASC`` for unaccompanied children; aggravated trafficking cited as
    ``art. 225-4-2 CP``. Coordinates ``51°07'45.2''N 1°18'52.1''E`` (degrees, minutes,
    seconds) or ``51.12922, 1.31447``; some English country names. No repeats.

``dol_whd_da.jsonl`` -- US Department of Labor, Wage and Hour Division (child-labor
    and labor-trafficking referrals along the Southwest border). English, JSON lines,
    UTF-8, snake-case DOL-style keys (``ee_victim_cnt``, ``subject_cnt``,
    ``ctzn_cntry``). Events detected in the USA. Dates ISO ``2022-03-12``, with a time
    ``2022-03-12T00:00:00``, US month-first ``03/12/2022`` (the whole file is
    month-first when not ISO) or ``Mar 12, 2022``; partial ``2022-03`` / ``March 2022``
    and ``2022-Q1`` / ``Q1 2022``. Counts are JSON numbers or strings (``"1,250"``);
    ``UNK`` unknown. Statutes ``8 U.S.C. § 1324`` (smuggling), ``18 U.S.C. § 1589``
    (forced labor) and ``§ 1591`` (sex trafficking), ``§ 1590`` beside ``1324`` for
    both. Citizenship as ISO alpha-2 codes, upper-case names or demonyms. Location as
    WKT ``POINT (-106.48500 31.76190)`` (longitude first) or ``31.7619,-106.485``. A
    note record and a ``GRAND TOTAL`` record.

``senniaf_darien_da.csv`` -- SENNIAF (Secretaría Nacional de Niñez, Adolescencia y
    Familia, Panamá), its Darién reception-station register. Spanish, **UTF-8 with
    BOM**, ``,``. Events detected in Panama. Dates ``12/03/2022``, ``12-03-2022``,
    ``12/3/22``, ``12 de marzo de 2022``, ``12-mar-2022``; partial ``marzo 2022`` /
    ``mar-2022`` / ``03/2022`` and ``I trimestre 2022`` / ``primer trimestre de 2022``.
    Panamanian numbers: comma thousands (``"1,250"``), decimal point; ``s/d`` / ``N/D``
    unknown, ``ninguno`` none. ``NNA`` (niños, niñas y adolescentes) for children.
    Latitude and longitude in two columns, decimal or ``8°40'19.6"N`` /
    ``77°25'52.3"O``. ``Trata de personas (Ley 79 de 2011)``. Some double-encoded
    names (``MÃ©xico``). Re-sent rows, a note row and a ``TOTAL GENERAL`` row.

Everywhere
----------
Bad rows carry no date, an impossible day (``29/02/2022``, ``31/04/2023``, in the
source's own order), a year typed with two digits swapped (``2202`` for 2022), a
negative count or a vague one (``plusieurs``, ``une vingtaine``, ``several``,
``decenas``). A smuggling row leaves the exploitation empty or says it does not apply
(``sans objet``, ``N/A``, ``No aplica``). Unknown age or transport words (``NC``,
``UNK``, ``s/d``) mean ``unknown``. Second reports of an event (from another source)
may be a day off and may leave one field blank.
"""

from __future__ import annotations

import datetime as dt

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

__all__ = ["BLIND103_SOURCES", "make_blind103"]

_Rng = np.random.Generator

OCLTI = "oclti_signalements_da"
DDETS = "ddets62_inspection_da"
OFMIN = "ofmin_mineurs_da"
DOL = "dol_whd_da"
SENNIAF = "senniaf_darien_da"

#: The five sources, in the order their submissions are returned.
BLIND103_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=OCLTI,
        filename=f"{OCLTI}.csv",
        ref="PV {seq:05d}/{year}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° procédure",
            "event_date": "Date des faits",
            "crime_type": "Qualification pénale",
            "exploitation": "Finalité de l'exploitation",
            "n_persons": "Nb victimes / migrants",
            "n_suspects": "Nb MEC",
            "gender": "Sexe",
            "age_group": "Maj./Min.",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays de transit",
            "transport_mode": "Vecteur",
            "coordinates": "Coord. GPS (lat / long)",
            "linked_offences": "Infractions connexes",
        },
        note="Extraction provisoire — données partenaires non consolidées, ne pas diffuser",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "une vingtaine", "nombreux", "une dizaine"),
        repeats=False,
    ),
    ExaminerSource(
        source=DDETS,
        filename=f"{DDETS}.xlsx",
        ref="WT-62-{year}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "Réf. Wiki'T",
            "event_date": "Date du contrôle",
            "crime_type": "Infraction relevée (fondement)",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb travailleurs / personnes concernés",
            "n_suspects": "Nb employeurs / auteurs présumés",
            "gender": "Sexe (H/F)",
            "age_group": "Âge (majeur / mineur)",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination déclaré",
            "detection_country": "Pays du constat",
            "transit_countries": "Pays traversés",
            "transport_mode": "Mode d'acheminement",
            "lat": "Latitude (° déc. WGS84)",
            "lon": "Longitude (° déc. WGS84)",
            "linked_offences": "Infractions associées",
        },
        note="Données arrêtées à la date ci-contre (source Wiki'T, pôle T)",
        total="Total",
        bad_count=("plusieurs", "une quinzaine", "nombreux"),
        repeats=True,
    ),
    ExaminerSource(
        source=OFMIN,
        filename=f"{OFMIN}.csv",
        ref="OFMIN/{yy:02d}/{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="fr",
        headers={
            "source_ref": "Réf. OFMIN / OFMIN ref.",
            "event_date": "Date des faits / Date of events",
            "crime_type": "Infraction / Offence",
            "exploitation": "Exploitation / Type of exploitation",
            "n_persons": "Nb personnes / No. of persons",
            "n_suspects": "Nb mis en cause / No. of suspects",
            "gender": "Sexe / Sex",
            "age_group": "Âge / Age",
            "nationality": "Nationalité / Nationality",
            "origin_country": "Pays d'origine / Country of origin",
            "destination_country": "Pays de destination / Destination country",
            "detection_country": "Pays de détection / Country of detection",
            "transit_countries": "Pays de transit / Transit countries",
            "transport_mode": "Moyen de transport / Means of transport",
            "coordinates": "Coordonnées / Coordinates (WGS84)",
            "linked_offences": "Infractions liées / Linked offences",
        },
        note="Données provisoires / Provisional data",
        total="TOTAL",
        bad_count=("plusieurs / several", "une dizaine", "quelques-uns / a few"),
        repeats=False,
    ),
    ExaminerSource(
        source=DOL,
        filename=f"{DOL}.jsonl",
        ref="{year}{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "findings_start_date",
            "crime_type": "violation_cat",
            "exploitation": "exploitation_type",
            "n_persons": "ee_victim_cnt",
            "n_suspects": "subject_cnt",
            "gender": "victim_sex",
            "age_group": "victim_age_grp",
            "nationality": "ctzn_cntry",
            "origin_country": "origin_cntry",
            "destination_country": "dest_cntry",
            "detection_country": "detection_cntry",
            "transit_countries": "transit_cntrys",
            "transport_mode": "conveyance",
            "coordinates": "geo_location",
            "linked_offences": "related_offenses",
        },
        note="NOTE: preliminary extract, subject to revision",
        total="GRAND TOTAL",
        bad_count=("several", "multiple", "dozens", "a few"),
        repeats=False,
    ),
    ExaminerSource(
        source=SENNIAF,
        filename=f"{SENNIAF}.csv",
        ref="SENNIAF-DAR-{seq:04d}-{year}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "N° expediente",
            "event_date": "Fecha de detección",
            "crime_type": "Delito",
            "exploitation": "Fin de explotación",
            "n_persons": "Cant. personas",
            "n_suspects": "Cant. presuntos tratantes/traficantes",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: cifras preliminares sujetas a revisión",
        total="TOTAL GENERAL",
        bad_count=("varios", "decenas", "un grupo", "muchos"),
        repeats=True,
    ),
)

# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albanie",),
        "AUT": ("Autriche",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgarie",),
        "BIH": ("Bosnie-Herzégovine", "Bosnie"),
        "BLR": ("Biélorussie", "Bélarus"),
        "CHN": ("Chine",),
        "CIV": ("Côte d'Ivoire", "Côte d’Ivoire"),
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
        "GIN": ("Guinée-Conakry", "Guinée (Conakry)"),
        "GMB": ("Gambie",),
        "GRC": ("Grèce",),
        "GTM": ("Guatemala",),
        "HND": ("Honduras",),
        "HRV": ("Croatie",),
        "HTI": ("Haïti",),
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
        "USA": ("États-Unis",),
        "VEN": ("Venezuela", "Vénézuela"),
        "VNM": ("Vietnam", "Viêt Nam"),
        "YEM": ("Yémen",),
    },
    "en": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia and Herzegovina", "Bosnia"),
        "BLR": ("Belarus",),
        "CHN": ("China",),
        "CIV": ("Cote d'Ivoire", "Ivory Coast"),
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
        "USA": ("United States", "USA"),
        "VEN": ("Venezuela",),
        "VNM": ("Vietnam", "Viet Nam"),
        "YEM": ("Yemen",),
    },
    "es": {
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
        "GIN": ("Guinea",),
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
        "MEX": ("México",),
        "MKD": ("Macedonia del Norte",),
        "MLI": ("Malí",),
        "MRT": ("Mauritania",),
        "NER": ("Níger",),
        "NGA": ("Nigeria",),
        "PAK": ("Pakistán",),
        "PAN": ("Panamá",),
        "POL": ("Polonia",),
        "ROU": ("Rumania", "Rumanía"),
        "RUS": ("Rusia",),
        "SEN": ("Senegal",),
        "SRB": ("Serbia",),
        "SYR": ("Siria",),
        "TUN": ("Túnez",),
        "TUR": ("Turquía",),
        "USA": ("Estados Unidos", "EE. UU.", "EEUU"),
        "VEN": ("Venezuela",),
        "VNM": ("Vietnam",),
        "YEM": ("Yemen",),
    },
}

#: Nationality adjectives (French feminine and masculine, after "nationalité").
_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "AFG": ("afghane", "afghan"),
        "ALB": ("albanaise", "albanais"),
        "BGD": ("bangladaise", "bangladais"),
        "CHN": ("chinoise",),
        "CIV": ("ivoirienne", "ivoirien"),
        "CMR": ("camerounaise", "camerounais"),
        "COL": ("colombienne",),
        "DZA": ("algérienne", "algérien"),
        "ECU": ("équatorienne",),
        "EGY": ("égyptienne", "égyptien"),
        "ERI": ("érythréenne", "érythréen"),
        "GIN": ("guinéenne (Conakry)",),
        "GMB": ("gambienne", "gambien"),
        "GTM": ("guatémaltèque",),
        "HND": ("hondurienne",),
        "HTI": ("haïtienne",),
        "IRN": ("iranienne", "iranien"),
        "IRQ": ("irakienne", "irakien"),
        "MAR": ("marocaine", "marocain"),
        "MEX": ("mexicaine",),
        "MLI": ("malienne", "malien"),
        "NGA": ("nigériane", "nigérian"),
        "PAK": ("pakistanaise", "pakistanais"),
        "ROU": ("roumaine", "roumain"),
        "SEN": ("sénégalaise", "sénégalais"),
        "SYR": ("syrienne", "syrien"),
        "TUN": ("tunisienne", "tunisien"),
        "TUR": ("turque",),
        "VEN": ("vénézuélienne",),
        "VNM": ("vietnamienne", "vietnamien"),
        "YEM": ("yéménite",),
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
        "ECU": ("Ecuadorian", "Ecuadoran"),
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
    "es": {
        "AFG": ("afgana", "afgano"),
        "ALB": ("albanesa",),
        "BGD": ("bangladesí",),
        "CHN": ("china", "chino"),
        "CIV": ("marfileña", "marfileño"),
        "CMR": ("camerunesa",),
        "COL": ("colombiana", "colombiano"),
        "DZA": ("argelina",),
        "ECU": ("ecuatoriana", "ecuatoriano"),
        "EGY": ("egipcia",),
        "ERI": ("eritrea",),
        "GIN": ("guineana",),
        "GMB": ("gambiana",),
        "GTM": ("guatemalteca", "guatemalteco"),
        "HND": ("hondureña", "hondureño"),
        "HTI": ("haitiana", "haitiano"),
        "IRN": ("iraní",),
        "IRQ": ("iraquí",),
        "MAR": ("marroquí",),
        "MEX": ("mexicana", "mexicano"),
        "MLI": ("maliense",),
        "NGA": ("nigeriana",),
        "PAK": ("pakistaní",),
        "ROU": ("rumana",),
        "SEN": ("senegalesa",),
        "SYR": ("siria",),
        "TUN": ("tunecina",),
        "TUR": ("turca",),
        "VEN": ("venezolana", "venezolano"),
        "VNM": ("vietnamita",),
        "YEM": ("yemení",),
    },
}

#: Misspellings a clerk makes, still read at once.
_TYPOS: dict[str, dict[str, str]] = {
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythrée",
        "GIN": "Guinnée-Conakry",
        "PAK": "Pakistant",
        "TUN": "Tunisi",
        "SEN": "Sénegal",
        "ROU": "Roumannie",
        "BGD": "Bengladesh",
    },
    "en": {
        "GTM": "Guatamala",
        "HND": "Hondurus",
        "VEN": "Venezuala",
        "MEX": "Mexcio",
        "ECU": "Equador",
    },
    "es": {
        "VEN": "Venezula",
        "ECU": "Ecudor",
        "COL": "Columbia",
        "HTI": "Haitì",
        "CHN": "Chna",
    },
}

#: Share of cells written as ISO codes, demonyms, typos, double-encoded, upper-case.
_COUNTRY_STYLE: dict[str, dict[str, float]] = {
    OCLTI: {"iso3": 0.06, "iso2": 0.0, "demonym": 0.45, "english": 0.0, "typo": 0.03,
            "mojibake": 0.03, "upper": 0.12},
    DDETS: {"iso3": 0.0, "iso2": 0.12, "demonym": 0.3, "english": 0.0, "typo": 0.02,
            "mojibake": 0.0, "upper": 0.05},
    OFMIN: {"iso3": 0.05, "iso2": 0.0, "demonym": 0.3, "english": 0.2, "typo": 0.02,
            "mojibake": 0.0, "upper": 0.0},
    DOL: {"iso3": 0.0, "iso2": 0.3, "demonym": 0.35, "english": 0.0, "typo": 0.03,
          "mojibake": 0.0, "upper": 0.25},
    SENNIAF: {"iso3": 0.05, "iso2": 0.0, "demonym": 0.45, "english": 0.0, "typo": 0.03,
              "mojibake": 0.04, "upper": 0.08},
}  # fmt: skip


def _name(lang: str, code: str, rng: _Rng) -> str:
    names = _NAMES[lang].get(code)
    return choice(rng, names) if names else code  # a code outside the tables: ISO alpha-3


def _country(
    src: ExaminerSource, code: str, rng: _Rng, tags: list[str], *, nationality: bool = False
) -> str:
    """Return one country cell: a name, a demonym (nationality only) or a code."""
    style = _COUNTRY_STYLE[src.source]
    lang = src.language
    r = rng.random()
    if r < style["iso3"]:
        tags.append("iso3")
        return code
    r -= style["iso3"]
    if r < style["iso2"]:
        tags.append("iso2")
        return iso_codes(code)[0]
    r -= style["iso2"]
    demonyms = _DEMONYMS[lang].get(code)
    if nationality and demonyms and r < style["demonym"]:
        tags.append("demonym")
        text = choice(rng, demonyms)
    elif rng.random() < style["english"]:
        tags.append("english_name")
        text = _name("en", code, rng)
    else:
        text = _name(lang, code, rng)
    r = rng.random()
    typo = _TYPOS[lang].get(code)
    if typo is not None and r < style["typo"]:
        tags.append("typo")
        return typo
    garbled = mojibake(text)
    if garbled is not None and fits(garbled, src) and r < style["typo"] + style["mojibake"]:
        tags.append("mojibake")
        return garbled
    if rng.random() < style["upper"]:
        tags.append("upper_case")
        return text.upper()
    return text


_TRANSIT_JOIN: dict[str, tuple[str, ...]] = {
    OCLTI: (" > ", ", ", " - ", "/"),
    DDETS: (", ", " puis ", " > "),
    OFMIN: (" > ", ", ", " -> "),
    DOL: (" > ", "; ", ", "),
    SENNIAF: (" - ", ", ", " → "),
}
_NO_TRANSIT: dict[str, tuple[str, ...]] = {
    OCLTI: ("néant", "direct"),
    DDETS: ("aucun",),
    OFMIN: ("aucun / none", "direct"),
    DOL: ("None", "N/A - direct"),
    SENNIAF: ("Ninguno", "Directo"),
}


def _transit(src: ExaminerSource, value: object, rng: _Rng, tags: list[str]) -> str | None:
    if value is None:
        if rng.random() < 0.3:
            tags.append("transit_none_word")
            return choice(rng, _NO_TRANSIT[src.source])
        return None
    codes = str(value).split("|")
    lang = src.language
    if src.source == DOL and rng.random() < 0.4:
        tags.append("iso2")
        parts = [iso_codes(c)[0] for c in codes]
    elif src.source == OCLTI and rng.random() < 0.1:
        tags.append("iso3")
        parts = codes
    else:
        parts = [_name(lang, c, rng) for c in codes]
    if len(parts) == 1 and src.source in (OCLTI, OFMIN) and rng.random() < 0.3:
        return f"via {parts[0]}"
    joiners = [j for j in _TRANSIT_JOIN[src.source] if fits(j, src)]
    if len(parts) > 1:
        tags.append("transit_list")
    return choice(rng, joiners).join(parts)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_FR_ABBR = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc.",
)  # fmt: skip
_ES_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_ES_ABBR = (
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic",
)  # fmt: skip
_ROMAN = ("I", "II", "III", "IV")
_ES_ORDINAL = ("primer", "segundo", "tercer", "cuarto")
_FR_ORDINAL = ("1er", "2e", "3e", "4e")
#: Chance that a row not paired with a duplicate gives only the month or the quarter.
_P_MONTH = 0.04
_P_QUARTER = 0.02


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)


def _fr_day(ts: pd.Timestamp) -> str:
    return "1er" if ts.day == 1 else str(ts.day)


def _partial(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, kind: str) -> str:
    """Write a month-only or quarter-only date as the source does."""
    m, y, q = ts.month, ts.year, (ts.month - 1) // 3
    if kind == "month":
        if src.source == OCLTI:
            return choice(
                rng, (f"{_FR_ABBR[m - 1]} {y}", f"{m:02d}/{y}", f"{_FR_MONTHS[m - 1]} {y}")
            )
        if src.source == DDETS:
            return choice(rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"))
        if src.source == OFMIN:
            return choice(rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"))
        if src.source == DOL:
            return choice(rng, (f"{y}-{m:02d}", f"{MONTHS[m - 1]} {y}"))
        return choice(rng, (f"{_ES_MONTHS[m - 1]} {y}", f"{_ES_ABBR[m - 1]}-{y}", f"{m:02d}/{y}"))
    if src.source == OCLTI:
        return choice(rng, (f"T{q + 1} {y}", f"{_FR_ORDINAL[q]} trim. {y}"))
    if src.source == DDETS:
        return choice(rng, (f"T{q + 1} {y}", f"{_FR_ORDINAL[q]} trimestre {y}"))
    if src.source == OFMIN:
        return choice(rng, (f"{_FR_ORDINAL[q]} trimestre {y}", f"T{q + 1} {y} / Q{q + 1} {y}"))
    if src.source == DOL:
        return choice(rng, (f"{y}-Q{q + 1}", f"Q{q + 1} {y}"))
    return choice(rng, (f"{_ROMAN[q]} trimestre {y}", f"{_ES_ORDINAL[q]} trimestre de {y}"))


def _day(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a full date as the source does."""
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    if src.source == OCLTI:
        if r < 0.6:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.7:
            tags.append("two_digit_year")
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        if r < 0.77:
            return f"{d:02d}.{m:02d}.{y}"
        tags.append("month_name")
        if r < 0.9:
            return f"{_fr_day(ts)} {_FR_ABBR[m - 1]} {y}"
        return f"{_fr_day(ts)} {_FR_MONTHS[m - 1]} {y}"
    if src.source == DDETS:
        if r < 0.65:
            return dt.datetime(y, m, d)
        if r < 0.77:
            tags.append("excel_serial")
            return _excel_serial(ts)
        tags.append("date_as_text")
        if r < 0.92:
            return f"{d:02d}/{m:02d}/{y}"
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if src.source == OFMIN:
        if r < 0.5:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.7:
            tags.append("date_time")
            hh, mm = int(rng.integers(0, 24)), int(rng.choice([0, 15, 30, 45]))
            if rng.random() < 0.5:
                return f"{d:02d}/{m:02d}/{y} à {hh}h{mm:02d}"
            return f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}"
        if r < 0.85:
            return f"{y}-{m:02d}-{d:02d}"
        tags.append("month_name")
        return f"{_fr_day(ts)} {_FR_MONTHS[m - 1]} {y}"
    if src.source == DOL:
        if r < 0.45:
            return f"{y}-{m:02d}-{d:02d}"
        if r < 0.65:
            tags.append("date_time")
            return f"{y}-{m:02d}-{d:02d}T00:00:00"
        if r < 0.9:
            tags.append("month_first")
            return f"{m:02d}/{d:02d}/{y}"
        tags.append("month_name")
        return f"{MONTHS[m - 1][:3]} {d}, {y}"
    if r < 0.55:
        return f"{d:02d}/{m:02d}/{y}"
    if r < 0.7:
        return f"{d:02d}-{m:02d}-{y}"
    if r < 0.8:
        tags.append("two_digit_year")
        return f"{d}/{m}/{y % 100:02d}"
    tags.append("month_name")
    if r < 0.9:
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
    return f"{d:02d}-{_ES_ABBR[m - 1]}-{y}"


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    r = rng.random()
    if partial_ok and r < _P_MONTH:
        tags.append("partial_month")
        return _partial(src, ts, rng, "month"), ts.to_period("M").start_time, "month"
    if partial_ok and r < _P_MONTH + _P_QUARTER:
        tags.append("partial_quarter")
        return _partial(src, ts, rng, "quarter"), ts.to_period("Q").start_time, "quarter"
    return _day(src, ts, rng, tags), ts.normalize(), "day"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write an unusable date: none, an impossible day, or a year typed wrong (far ahead)."""
    if kind == "no_date":
        return None
    m, y = ts.month, ts.year
    if kind == "bad_date":
        d = ts.days_in_month + 1  # 29/02 of a common year, 31/04, 32/01 ...
        if src.source == DOL:
            return choice(rng, (f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}"))
        if src.source == SENNIAF:
            return choice(rng, (f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}"))
        return f"{d:02d}/{m:02d}/{y}"
    digits = str(y)
    typed = int(digits[0] + digits[2] + digits[1] + digits[3])  # 2022 -> 2202
    year = typed if typed > 2100 else y + 200
    far = (
        ts.replace(year=year)
        if not (ts.month == 2 and ts.day == 29)
        else ts.replace(day=28, year=year)
    )
    if src.source == DDETS:
        return (
            dt.datetime(far.year, far.month, far.day)
            if rng.random() < 0.5
            else far.strftime("%d/%m/%Y")
        )
    if src.source == DOL:
        return far.strftime("%Y-%m-%d")
    return far.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    if src.source == DDETS:
        return dt.datetime(last.year, last.month, last.day)
    if src.source == DOL:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    OCLTI: {
        "trafficking": (
            "Traite des êtres humains",
            "TEH (art. 225-4-1 CP)",
            "art. 225-4-1 C. pén.",
            "traite des êtres humains",
        ),
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L.823-1 CESEDA)",
            "aide à l'entrée et au séjour irréguliers",
            "L.823-1 CESEDA",
            "L.622-1 CESEDA (anc. num.)",
            "trafic de migrants",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "225-4-1 CP / L.823-1 CESEDA",
            "traite et trafic de migrants",
        ),
    },
    DDETS: {
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 C. pén.)",
            "TEH",
            "Traite des êtres humains",
        ),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers (art. L.823-1 CESEDA)",
            "Aide à l'entrée irrégulière",
            "L.823-1 CESEDA",
        ),
        "both": (
            "TEH + aide à l'entrée et au séjour irréguliers",
            "225-4-1 C. pén. et L.823-1 CESEDA",
        ),
    },
    OFMIN: {
        "trafficking": (
            "Traite des êtres humains / Trafficking in human beings",
            "TEH / THB",
            "art. 225-4-1 CP (TEH)",
        ),
        "smuggling": (
            "Aide à l'entrée irrégulière / Migrant smuggling",
            "Trafic de migrants / Smuggling",
            "L.823-1 CESEDA (aide à l'entrée irrégulière)",
        ),
        "both": (
            "TEH + trafic de migrants / THB + smuggling",
            "Traite et trafic de migrants / Trafficking and smuggling",
        ),
    },
    DOL: {
        "trafficking": (
            "Human trafficking",
            "Trafficking in persons (TVPA, 22 U.S.C. § 7102)",
            "TIP",
        ),
        "smuggling": (
            "Alien smuggling (8 U.S.C. § 1324)",
            "Human smuggling",
            "8 USC 1324",
            "Bringing in and harboring aliens - 8 U.S.C. 1324(a)",
        ),
        "both": (
            "Smuggling & trafficking",
            "8 U.S.C. § 1324 / 18 U.S.C. § 1590",
            "Human smuggling + trafficking in persons",
        ),
    },
    SENNIAF: {
        "trafficking": (
            "Trata de personas",
            "Trata de personas (Ley 79 de 2011)",
            "TRATA DE PERSONAS",
        ),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
            "TRÁFICO DE MIGRANTES",
        ),
        "both": (
            "Trata de personas y tráfico de migrantes",
            "Trata / tráfico ilícito de migrantes",
        ),
    },
}
#: Trafficking statutes of 18 U.S.C. by form of exploitation (DOL crime cells).
_US_STATUTE = {
    "sexual": "Sex trafficking (18 U.S.C. § 1591)",
    "forced_labour": "Forced labor (18 U.S.C. § 1589)",
}

_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "sexual": ("exploitation sexuelle", "Exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail", "Travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autre forme d'exploitation"),
    },
    "en": {
        "sexual": ("Sexual exploitation", "Sex trafficking", "Commercial sexual exploitation"),
        "forced_labour": ("Forced labor", "Labor trafficking", "Labor exploitation"),
        "forced_criminality": ("Forced criminality", "Forced criminal activity"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
    },
    "es": {
        "sexual": ("Explotación sexual", "explotación sexual"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral", "trabajos forzados"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra", "Otras formas"),
    },
}
#: Bilingual exploitation cells of the OFMIN liaison table.
_OFMIN_EXPLOITATION = {
    "sexual": "exploitation sexuelle / sexual exploitation",
    "forced_labour": "travail forcé / forced labour",
    "forced_criminality": "contrainte à commettre des délits / forced criminality",
    "forced_marriage": "mariage forcé / forced marriage",
    "organ_removal": "prélèvement d'organes / organ removal",
    "other": "autre / other",
}
_NOT_APPLICABLE: dict[str, tuple[str, ...]] = {
    OCLTI: ("sans objet", "-"),
    DDETS: ("sans objet",),
    OFMIN: ("sans objet / n/a",),
    DOL: ("N/A",),
    SENNIAF: ("No aplica", "N/A"),
}

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    OCLTI: {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H et F", "hommes et femmes"),
    },
    DDETS: {
        "male": ("H", "Homme(s)"),
        "female": ("F", "Femme(s)"),
        "mixed": ("H/F", "H+F", "Mixte"),
    },
    OFMIN: {
        "male": ("masculin / male", "M"),
        "female": ("féminin / female", "F"),
        "mixed": ("mixte / mixed", "M+F"),
    },
    DOL: {
        "male": ("M", "Male", "MALE"),
        "female": ("F", "Female", "FEMALE"),
        "mixed": ("Both", "Mixed", "M & F"),
    },
    SENNIAF: {
        "male": ("Masculino", "Hombres", "MASCULINO"),
        "female": ("Femenino", "Mujeres", "FEMENINO"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    OCLTI: {
        "adult": ("majeur", "majeurs", "adultes"),
        "child": ("mineur", "mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte", "maj. + min."),
    },
    DDETS: {
        "adult": ("majeur", "18 ans et plus"),
        "child": ("mineur", "moins de 18 ans", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    OFMIN: {
        "adult": ("majeur / adult", "adulte(s) / adult(s)"),
        "child": ("mineur / minor", "MNA / UASC", "mineurs non accompagnés / unaccompanied minors"),
        "mixed": ("majeurs et mineurs / adults and minors", "mixte / mixed"),
    },
    DOL: {
        "adult": ("Adult", "ADULT", "18+"),
        "child": ("Minor", "Under 18", "MINOR"),
        "mixed": ("Adults & minors", "Mixed ages", "BOTH"),
    },
    SENNIAF: {
        "adult": ("Adulto", "Adultos", "Mayor de edad"),
        "child": ("NNA", "Menor de edad", "Menores"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    OCLTI: {
        "sea": ("maritime", "vecteur maritime", "embarcation de fortune", "canot pneumatique",
                "navire", "bateau de pêche"),
        "land": ("terrestre", "vecteur terrestre", "poids lourd", "véhicule léger", "autocar",
                 "à pied", "train"),
        "air": ("aérien", "vecteur aérien", "vol commercial"),
    },
    DDETS: {
        "sea": ("maritime", "small boat", "bateau"),
        "land": ("routier", "camionnette", "véhicule de l'employeur", "car", "train", "à pied"),
        "air": ("avion", "aérien"),
    },
    OFMIN: {
        "sea": ("maritime / sea", "small boat", "embarcation / boat"),
        "land": ("terrestre / land", "poids lourd / lorry", "train", "à pied / on foot",
                 "véhicule / vehicle"),
        "air": ("aérien / air", "avion / plane"),
    },
    DOL: {
        "sea": ("Maritime", "Boat", "Vessel"),
        "land": ("Land", "Vehicle", "Tractor-trailer", "On foot", "Bus", "Pickup truck"),
        "air": ("Air", "Commercial flight"),
    },
    SENNIAF: {
        "sea": ("Marítimo", "Lancha", "Embarcación"),
        "land": ("Terrestre", "A pie", "Caminando (selva)", "Bus", "Vehículo"),
        "air": ("Aéreo", "Avión"),
    },
}  # fmt: skip
#: Words saying the age or the transport is not known (the clean value is "unknown").
_NA_WORDS: dict[str, tuple[str, ...]] = {
    OCLTI: ("NC", "indéterminé", "non renseigné"),
    DDETS: ("NC", "non déterminé"),
    OFMIN: ("inconnu / unknown", "NC"),
    DOL: ("UNK", "Unknown", "Not recorded"),
    SENNIAF: ("s/d", "Desconocido", "No consta"),
}
_COUNT_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    OCLTI: ("n.c.", "NR", "inconnu", "non communiqué"),
    DDETS: ("NC", "non déterminé"),
    OFMIN: ("inconnu / unknown", "NC"),
    DOL: ("UNK", "unknown"),
    SENNIAF: ("s/d", "N/D", "sin dato"),
}
_ZERO_WORDS: dict[str, tuple[str, ...]] = {
    OCLTI: ("néant", "aucun"),
    DDETS: ("Aucun",),
    OFMIN: ("néant / none", "aucun"),
    DOL: ("none", "NONE"),
    SENNIAF: ("ninguno", "Ninguno"),
}

_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "document_fraud": ("fraude documentaire", "faux et usage de faux", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "en": {
        "document_fraud": ("Document fraud", "Fraudulent documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering", "Money laundering (18 U.S.C. § 1956)"),
        "illicit_goods": ("Contraband", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "es": {
        "document_fraud": ("falsificación de documentos", "documentos falsos"),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": ("blanqueo de capitales", "lavado de dinero"),
        "illicit_goods": ("contrabando", "mercancía ilícita"),
        "cybercrime": ("ciberdelito", "delito informático"),
        "terrorism": ("terrorismo",),
    },
}
_OFFENCE_JOIN: dict[str, tuple[str, ...]] = {
    OCLTI: (" + ", ", ", " / "),
    DDETS: (", ", " ; "),
    OFMIN: (" + ", ", "),
    DOL: ("; ", ", "),
    SENNIAF: (", ", " / "),
}
_NO_OFFENCE: dict[str, tuple[str, ...]] = {
    OCLTI: ("néant",),
    DDETS: ("aucune",),
    OFMIN: ("néant / none",),
    DOL: ("None",),
    SENNIAF: ("Ninguno",),
}


def _offences(src: ExaminerSource, value: object, rng: _Rng, tags: list[str]) -> str | None:
    if value is None:
        if rng.random() < 0.2:
            tags.append("offence_none_word")
            return choice(rng, _NO_OFFENCE[src.source])
        return None
    words = _OFFENCES[src.language]
    if src.source == OFMIN and rng.random() < 0.4:  # the liaison desk writes them in English
        words = _OFFENCES["en"]
    parts = [choice(rng, words[k]) for k in str(value).split("|")]
    if len(parts) > 1:
        tags.append("offence_list")
    return choice(rng, _OFFENCE_JOIN[src.source]).join(parts)


# --------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------
def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _count(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the persons cell and its clean value (None for an 'unknown' word)."""
    if rng.random() < 0.02:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_PLACEHOLDERS[src.source]), None
    big = n >= 1000
    r = rng.random()
    if src.source == OCLTI:
        if big and r < 0.7:
            tags.append("thousands_sep")
            return _grouped(n, choice(rng, ("\xa0", " "))), n
        if r < 0.06:
            tags.append("count_unit")
            return f"{n} pers.", n
        return str(n), n
    if src.source == DDETS:
        if big and r < 0.35:
            tags.append("thousands_sep")
            return _grouped(n, " "), n
        return n, n
    if src.source == OFMIN:
        if big and r < 0.7:
            tags.append("thousands_sep")
            return _grouped(n, choice(rng, ("\u202f", " "))), n
        return str(n), n
    if src.source == DOL:
        if big and r < 0.5:
            tags.append("thousands_sep")
            return _grouped(n, ","), n
        return (n if r < 0.85 else str(n)), n
    if big and r < 0.6:
        tags.append("thousands_sep")
        return _grouped(n, ","), n
    return str(n), n


def _suspects(
    src: ExaminerSource, n: int | None, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[object, int | None]:
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    if n is None:  # not in the truth: left empty
        return None, None
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_PLACEHOLDERS[src.source]), None
    if n == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORDS[src.source]), 0
    if src.format == "csv":
        return str(n), n
    if src.source == DOL and rng.random() < 0.2:
        return str(n), n
    return n, n


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str, second: str) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth: ``51°07'45.2''N``; and the value read."""
    t = round(abs(value) * 36000)
    d, m, s10 = t // 36000, (t % 36000) // 600, t % 600
    hemi = pos if value >= 0 else neg
    read = (1 if value >= 0 else -1) * t / 36000
    return f"{d}°{m:02d}'{s10 // 10:02d}.{s10 % 10}{second}{hemi}", round(read, 6)


def _dmm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Maritime degrees and decimal minutes: ``N 37°04,530'``; and the value read."""
    t = round(abs(value) * 60000)
    d, mm = t // 60000, t % 60000
    hemi = pos if value >= 0 else neg
    read = (1 if value >= 0 else -1) * t / 60000
    return f"{hemi} {d:0{width}d}°{mm // 1000:02d},{mm % 1000:03d}'", round(read, 6)


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Cells (``coordinates`` or ``lat`` and ``lon``) and the point they give."""
    r = rng.random()
    if src.source == OCLTI:
        if r < 0.6:
            tags.append("decimal_comma")
            text = f"{lat:.5f} / {lon:.5f}".replace(".", ",")
            return {"coordinates": text}, round(lat, 5), round(lon, 5)
        if r < 0.82:
            tags.append("coords_dmm")
            la, la_v = _dmm(lat, "N", "S", 2)
            lo, lo_v = _dmm(lon, "E", choice(rng, ("O", "W")), 3)
            return {"coordinates": f"{la} / {lo}"}, la_v, lo_v
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}, round(lat, 4), round(lon, 4)
    if src.source == DDETS:
        if r < 0.8:
            return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)
        tags.append("decimal_comma")
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, round(lat, 5), round(lon, 5)
    if src.source == OFMIN:
        if r < 0.5:
            tags.append("coords_dms")
            second = choice(rng, ("''", '"'))
            la, la_v = _dms(lat, "N", "S", second)
            lo, lo_v = _dms(lon, "E", choice(rng, ("W", "O")), second)
            return {"coordinates": f"{la} {lo}"}, la_v, lo_v
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    if src.source == DOL:
        if r < 0.5:
            tags.append("wkt_lon_first")
            return {"coordinates": f"POINT ({lon:.5f} {lat:.5f})"}, round(lat, 5), round(lon, 5)
        return {"coordinates": f"{lat:.4f},{lon:.4f}"}, round(lat, 4), round(lon, 4)
    if r < 0.75:
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, round(lat, 5), round(lon, 5)
    tags.append("coords_dms")
    la, la_v = _dms(lat, "N", "S", '"')
    lo, lo_v = _dms(lon, "E", "O", '"')
    return {"lat": la, "lon": lo}, la_v, lo_v


_COORD_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    OCLTI: ("NC", "non relevées"),
    DDETS: ("NC",),
    OFMIN: ("inconnues / unknown",),
    DOL: ("UNK",),
    SENNIAF: ("s/d", "sin coordenadas"),
}


def _coord_keys(src: ExaminerSource) -> tuple[str, ...]:
    return ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _crime_cell(src: ExaminerSource, crime: str, expl: object, rng: _Rng, tags: list[str]) -> str:
    if src.source == DOL and crime == "trafficking" and expl in _US_STATUTE and rng.random() < 0.4:
        tags.append("legal_article")
        return _US_STATUTE[str(expl)]
    if src.source == OFMIN and crime == "trafficking" and rng.random() < 0.3:
        tags.append("legal_article")
        return "art. 225-4-2 CP (TEH aggravée) / THB"
    word = choice(rng, _CRIME[src.source][crime])
    if any(ch.isdigit() for ch in word):
        tags.append("legal_article")
    return word


def _exploitation_cell(src: ExaminerSource, expl: object, rng: _Rng, tags: list[str]) -> str | None:
    if expl is None:  # pure smuggling: the column is empty or says "not applicable"
        if rng.random() < 0.4:
            tags.append("not_applicable_word")
            return choice(rng, _NOT_APPLICABLE[src.source])
        return None
    if src.source == OFMIN:
        return _OFMIN_EXPLOITATION[str(expl)]
    return choice(rng, _EXPLOITATION[src.language][str(expl)])


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: ``(cells, expected, tags)``."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], day, precision = _date(src, ts, rng, partial_ok, tags)
    exp["event_date"], exp["date_precision"] = day, precision

    crime = str(ev["crime_type"])
    expl = ev["exploitation"]
    cells["crime_type"] = _crime_cell(src, crime, expl, rng, tags)
    exp["crime_type"] = crime
    cells["exploitation"] = _exploitation_cell(src, expl, rng, tags)
    exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _count(src, n, rng, tags)
    sus = ev["n_suspects"]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        None if sus is None else int(sus),  # type: ignore[call-overload]
        rng,
        tags,
        blank=forced_blank == "n_suspects",
    )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[src.source][gender]), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, _NA_WORDS[src.source]), "unknown"
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[src.source][age]), age

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        if nat is not None:
            tags.append("blank_nationality")
        cells["nationality"] = None
    else:
        cells["nationality"] = _country(src, str(nat), rng, tags, nationality=True)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        code = ev[col]
        cells[col] = None if code is None else _country(src, str(code), rng, tags)
        exp[col] = code
    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        if det is not None:
            tags.append("blank_detection_country")
        cells["detection_country"] = None
    else:
        cells["detection_country"] = _country(src, str(det), rng, tags)
        exp["detection_country"] = det
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = (
            choice(rng, _NA_WORDS[src.source]),
            "unknown",
        )
    else:
        cells["transport_mode"] = choice(rng, _TRANSPORT[src.source][mode])
        exp["transport_mode"] = mode

    keys = _coord_keys(src)
    lat, lon = ev["lat"], ev["lon"]
    r = rng.random()
    if forced_blank == "coordinates" or lat is None or lon is None:
        if lat is not None:
            tags.append("blank_coordinates")
        cells.update(dict.fromkeys(keys))
    elif r < 0.04:
        tags.append("coords_missing")
        cells.update(dict.fromkeys(keys))
    elif r < 0.06:
        tags.append("coords_placeholder")
        word = choice(rng, _COORD_PLACEHOLDERS[src.source])
        cells.update(dict.fromkeys(keys, word))
    else:
        coord_cells, exp["lat"], exp["lon"] = _coords(
            src,
            float(lat),  # type: ignore[arg-type]
            float(lon),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(coord_cells)

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng, tags)
    exp["linked_offences"] = ev["linked_offences"]
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND103_SOURCES,
    primary={
        "FRA": DDETS,
        "GBR": OFMIN,
        "HRV": OFMIN,
        "POL": OFMIN,
        "USA": DOL,
        "PAN": SENNIAF,
    },
    compilation=OCLTI,
    secondary={
        ("channel", "FRA"): OFMIN,
        ("channel", "GBR"): DDETS,
        ("thb_vnm_gbr", "GBR"): OCLTI,
        ("thb_nga_ita", "ITA"): OFMIN,
        ("thb_rou_esp", "ESP"): DDETS,
        ("thb_rou_esp", "ITA"): DDETS,
        ("wbal", "HRV"): OCLTI,
        ("blr_pol", "POL"): OCLTI,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=103,
    blank_share=0.5,
)


def make_blind103(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind103`` examiner set (files ``*_da.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``oclti_signalements_da.csv`` (French, cp1252, ``;``),
        ``ddets62_inspection_da.xlsx`` (French), ``ofmin_mineurs_da.csv`` (French and
        English, UTF-16, tab), ``dol_whd_da.jsonl`` (English) and
        ``senniaf_darien_da.csv`` (Spanish, UTF-8 with BOM, ``,``), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind103(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['oclti_signalements_da.csv', 'ddets62_inspection_da.xlsx', 'ofmin_mineurs_da.csv',
     'dol_whd_da.jsonl', 'senniaf_darien_da.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
