"""Examiner sample set ``blind95``: five more agencies' case files (files ``*_cs.*``).

A held-out set written without looking at the cleaner. Each source writes the true
events the way that agency's own export looks; the shared machinery of
:mod:`trendlib.samples._examiner` decides which source reports which event, which
reports are cross-source duplicates, bad rows, garbage rows and exact repeats.

Reader's guide to the five files
--------------------------------
``serocu_oic_cs.csv`` -- South East Regional Organised Crime Unit (SEROCU, England),
    organised-immigration-crime desk. English, **cp1252**, ``,`` delimiter, CRLF line
    ends (an Excel "CSV" save). Reports the events detected in the United Kingdom and
    re-reports Channel events detected in France. Kent-style crime reference numbers
    (``46/00012/22``). Headers in police shorthand (``CRN``, ``No. IEs/PVoTs (persons)``,
    ``Suspect Nominals``, ``Method of Entry``, ``Lat`` / ``Long``). Offences as
    legislation (``s.25 Immigration Act 1971``, ``s.2 Modern Slavery Act 2015``), NRM
    exploitation words (``Labour``, ``Criminal (cannabis cultivation)``), UK jargon
    (``UASC``, ``HGV``, ``Small boat (RHIB)``). Dates day-first in several styles
    (``14/03/2022``, ``14-Mar-22``, ``14th March 2022``), month-only dates (``Mar-2022``).
    Counts with thousands commas; ``N/K`` / ``TBC`` placeholders; ``Nil`` suspects.
    Decimal coordinates, a few with hemisphere letters (``4.27487W``). A ``Location``
    column (port or town). Some rows re-sent at the end (exact repeats); a note row
    ("Extracted from Athena ...") and a ``Grand Total`` row.
``swb_prosecutors_cs.jsonl`` -- Southwest border prosecutors' shared case register
    (Texas Border Prosecution Unit with the Pima and Santa Cruz County Attorneys,
    Arizona), a case-management API export. English, UTF-8 JSON lines, UPPER-CASE
    values. Reports the events detected in the United States. Dates mostly US
    **month-first** (``03/14/2022``), also ISO dates and timestamps, ``Mar 14, 2022``,
    month-only ``2022-03``. Offences as Texas Penal Code / U.S. Code citations
    (``SMUGGLING OF PERSONS - PC 20.05``, ``8 USC 1324``). Countries as ISO alpha-2
    codes or upper-case names; transit countries and related charges as **JSON arrays**
    (``[]`` when none). Counts are JSON numbers (``null`` when not known), coordinates
    JSON floats. A ``county`` field. Some records sent twice (exact repeats) and a
    ``TOTAL`` record; no note record.
``rgp_gibraltar_cs.xlsx`` -- Royal Gibraltar Police, cross-border liaison digest with
    the Spanish services. English headers, some bilingual (``Suspects detained /
    Detenidos``), units in headers. Reports the events detected in Spain. Dates as real
    Excel dates, as bare **Excel serial numbers** (a column left in General format), as
    text (``14/03/2022``, ``14 Mar 2022``) and month-only text (``Mar 2022``). Offences
    cited by the Spanish Penal Code (``Art. 318 bis CP``, ``177 bis``), transport in local
    words (``Cayuco``, ``Patera``, ``toy boat``, ``over the fence (valla)``), counts
    sometimes as ``23 pax``. One ``Position (Lat/Long, WGS84)`` column: nautical degrees
    and decimal minutes (``27° 45.32' N, 015° 36.20' W``), DMS or decimal pairs. A
    ``Partner agency`` column. Note row and ``TOTAL`` row.
``parquet_stomer_cs.csv`` -- Parquet de Saint-Omer (tribunal judiciaire), register of
    the prosecutor's cases. French, **UTF-8 with BOM**, ``;`` delimiter. Reports the
    events detected in France and re-reports Channel and Viet Nam--UK events detected
    in the United Kingdom. Qualifications by article (``art. L.823-1 CESEDA``; the old
    numbering ``L.622-1`` for facts before May 2021; ``art. 225-4-1 CP``), ``sans objet``
    for the exploitation of smuggling cases. Dates ``14/03/2022``, ``14/03/22``,
    ``14 mars 2022``, ``lundi 14 mars 2022``, ``1er mars 2022``, ``14/03/2022 à 03h40``,
    month-only (``mars 2022``, ``03/2022``) and quarters (``1er trimestre 2022``,
    ``T3 2022``). Nationalities as French adjectives (``érythréenne``, ``afghan``), some
    mojibake. Counts with a (narrow) no-break space as thousands separator; ``NC``
    placeholders; ``néant`` suspects; ``H``/``F`` sex. Coordinates with decimal commas
    (``50,95981 / 1,84351``) or DMS with ``O`` for west. A ``Service saisi`` column.
``fge_uci_cs.csv`` -- Fiscalía General del Estado (Spain), Unidad de Cooperación
    Internacional, register of incoming requests (IberRed, Eurojust). Spanish,
    **UTF-16** with BOM, **tab** delimiter (Excel's "Unicode text"). The compilation:
    reports every event not detected in the four countries above (Italy, Greece,
    Croatia, Poland, Panama) and re-reports events detected in Spain. Offences by
    Spanish Penal Code article (``art. 318 bis CP``, ``177 bis``), ``no procede`` for the
    exploitation of smuggling cases. Dates ``14/03/2022``, ``14-03-2022``,
    ``14 de marzo de 2022``, ``14-mar-2022``, month-only (``marzo de 2022``) and quarters
    (``1er trimestre de 2022``, ``T2/2022``). Counts with ``.`` thousands separators,
    ``s/d`` placeholders, ``ninguno`` suspects. Coordinates with decimal commas
    (``8,49729; -77,49563``), DMS with ``O`` (oeste) for west, or dot decimals. An
    ``Autoridad requirente`` column. Note row and ``Total general`` row.

Every value is one an analyst reads to exactly one clean value (the truth's
``expected``): a month-only or quarter date reads as its first day with precision
``month`` / ``quarter``; "not known" count words leave the count empty; "none" words for
suspects read as 0; a "not recorded" age or transport word reads as ``unknown``.
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["BLIND95_SOURCES", "Blind95Source", "make_blind95"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Blind95Source(ExaminerSource):
    """A ``blind95`` source: the shared fields plus the key of its writing style.

    Attributes
    ----------
    style : str
        ``"serocu"``, ``"swb"``, ``"rgp"``, ``"stomer"`` or ``"fge"``: which of this
        module's wording tables and cell writers the source uses.
    """

    style: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
SEROCU = Blind95Source(
    source="serocu_oic_cs",
    filename="serocu_oic_cs.csv",
    ref="46/{seq:05d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "CRN",
        "event_date": "Incident Date",
        "x_location": "Location",
        "crime_type": "Offence (Act/Section)",
        "exploitation": "Exploitation Type (NRM)",
        "n_persons": "No. IEs/PVoTs (persons)",
        "n_suspects": "Suspect Nominals",
        "gender": "Sex",
        "age_group": "Adult/Child",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Intended Destination",
        "detection_country": "Country Detected",
        "transport_mode": "Method of Entry",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Linked Offences",
    },
    note="Extracted from Athena – OFFICIAL-SENSITIVE – figures subject to change",
    total="Grand Total",
    bad_count=("several", "multiple", "numerous"),
    repeats=True,
    style="serocu",
)
SWB = Blind95Source(
    source="swb_prosecutors_cs",
    filename="swb_prosecutors_cs.jsonl",
    ref="BPU-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "cause_no",
        "x_county": "county",
        "event_date": "offense_date",
        "crime_type": "offense_desc",
        "exploitation": "trafficking_type",
        "n_persons": "persons_involved",
        "n_suspects": "defendants_charged",
        "gender": "sex",
        "age_group": "age_cat",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "intended_destination",
        "detection_country": "apprehension_country",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_charges",
    },
    note=None,
    total="TOTAL",
    bad_count=("MULTIPLE", "SEVERAL", "NUMEROUS"),
    repeats=True,
    style="swb",
)
RGP = Blind95Source(
    source="rgp_gibraltar_cs",
    filename="rgp_gibraltar_cs.xlsx",
    ref="RGP/OCC/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "RGP Occurrence No.",
        "event_date": "Date of Detection",
        "x_partner": "Partner agency",
        "crime_type": "Offence (Spanish CP ref.)",
        "exploitation": "Type of Exploitation",
        "n_persons": "Persons (migrants / victims)",
        "n_suspects": "Suspects detained / Detenidos",
        "gender": "Gender",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit via",
        "destination_country": "Final Destination",
        "detection_country": "Country of Detection",
        "transport_mode": "Means of Transport",
        "coordinates": "Position (Lat/Long, WGS84)",
        "linked_offences": "Associated Offences",
    },
    note="Compiled by RGP Crime & Protective Services from partner returns – not validated",
    total="TOTAL",
    bad_count=("several", "various", "a group"),
    repeats=False,
    style="rgp",
)
STOMER = Blind95Source(
    source="parquet_stomer_cs",
    filename="parquet_stomer_cs.csv",
    ref="PQ {yy:02d}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° parquet",
        "event_date": "Date des faits",
        "x_service": "Service saisi",
        "crime_type": "Qualification",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nb personnes (migrants/victimes)",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction Cassiopée – données non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "quelques-uns"),
    repeats=False,
    style="stomer",
)
FGE = Blind95Source(
    source="fge_uci_cs",
    filename="fge_uci_cs.csv",
    ref="DI {seq}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Diligencias",
        "x_authority": "Autoridad requirente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (WGS84)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos facilitados por las autoridades requirentes, pendientes de validar",
    total="Total general",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
    style="fge",
)

#: The five ``blind95`` sources, in the order their submissions are returned.
BLIND95_SOURCES: tuple[Blind95Source, ...] = (SEROCU, SWB, RGP, STOMER, FGE)

# --------------------------------------------------------------------------------------
# Countries: names, demonyms, variants (hand-written, one table per language)
# --------------------------------------------------------------------------------------
# code -> (English names, English demonyms)
_EN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "AFG": (("Afghanistan",), ("Afghan",)),
    "ALB": (("Albania",), ("Albanian",)),
    "AUT": (("Austria",), ("Austrian",)),
    "BGD": (("Bangladesh",), ("Bangladeshi",)),
    "BGR": (("Bulgaria",), ("Bulgarian",)),
    "BIH": (("Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia & Herzegovina"), ("Bosnian",)),
    "BLR": (("Belarus",), ("Belarusian",)),
    "CHN": (("China",), ("Chinese",)),
    "CIV": (("Ivory Coast", "Côte d'Ivoire"), ("Ivorian",)),
    "CMR": (("Cameroon",), ("Cameroonian",)),
    "COL": (("Colombia",), ("Colombian",)),
    "DEU": (("Germany",), ("German",)),
    "DZA": (("Algeria",), ("Algerian",)),
    "ECU": (("Ecuador",), ("Ecuadorian",)),
    "EGY": (("Egypt",), ("Egyptian",)),
    "ERI": (("Eritrea",), ("Eritrean",)),
    "ESP": (("Spain",), ("Spanish",)),
    "FRA": (("France",), ("French",)),
    "GBR": (("United Kingdom", "UK", "Great Britain"), ("British",)),
    "GIN": (("Guinea", "Guinea (Conakry)"), ("Guinean",)),
    "GMB": (("The Gambia", "Gambia"), ("Gambian",)),
    "GRC": (("Greece",), ("Greek",)),
    "GTM": (("Guatemala",), ("Guatemalan",)),
    "HND": (("Honduras",), ("Honduran",)),
    "HRV": (("Croatia",), ("Croatian",)),
    "HTI": (("Haiti",), ("Haitian",)),
    "HUN": (("Hungary",), ("Hungarian",)),
    "IRN": (("Iran",), ("Iranian",)),
    "IRQ": (("Iraq",), ("Iraqi",)),
    "ITA": (("Italy",), ("Italian",)),
    "LBY": (("Libya",), ("Libyan",)),
    "MAR": (("Morocco",), ("Moroccan",)),
    "MEX": (("Mexico",), ("Mexican",)),
    "MKD": (("North Macedonia", "N. Macedonia"), ("Macedonian",)),
    "MLI": (("Mali",), ("Malian",)),
    "MRT": (("Mauritania",), ("Mauritanian",)),
    "NER": (("Niger",), ("Nigerien",)),
    "NGA": (("Nigeria",), ("Nigerian",)),
    "PAK": (("Pakistan",), ("Pakistani",)),
    "PAN": (("Panama",), ("Panamanian",)),
    "POL": (("Poland",), ("Polish",)),
    "ROU": (("Romania",), ("Romanian",)),
    "RUS": (("Russia",), ("Russian",)),
    "SEN": (("Senegal",), ("Senegalese",)),
    "SRB": (("Serbia",), ("Serbian",)),
    "SYR": (("Syria",), ("Syrian",)),
    "TUN": (("Tunisia",), ("Tunisian",)),
    "TUR": (("Turkey", "Türkiye"), ("Turkish",)),
    "USA": (("USA", "United States"), ("American",)),
    "VEN": (("Venezuela",), ("Venezuelan",)),
    "VNM": (("Vietnam", "Viet Nam"), ("Vietnamese",)),
    "YEM": (("Yemen",), ("Yemeni",)),
}
# Misspellings a clerk makes (English), country names and demonyms.
_EN_TYPO = {
    "AFG": "Afganistan",
    "ERI": "Eritria",
    "MAR": "Morroco",
    "BGD": "Bangaldesh",
    "VNM": "Veitnam",
    "ALB": "Albainia",
}
_EN_DEM_TYPO = {
    "IRQ": "Iraqui",
    "ERI": "Eritrian",
    "ALB": "Albainian",
    "VNM": "Vietnamise",
    "AFG": "Afgan",
}
# code -> (French names, French nationality adjectives: feminine, masculine)
_FR: dict[str, tuple[tuple[str, ...], tuple[str, str]]] = {
    "AFG": (("Afghanistan",), ("afghane", "afghan")),
    "ALB": (("Albanie",), ("albanaise", "albanais")),
    "AUT": (("Autriche",), ("autrichienne", "autrichien")),
    "BGD": (("Bangladesh",), ("bangladaise", "bangladais")),
    "BGR": (("Bulgarie",), ("bulgare", "bulgare")),
    "BIH": (("Bosnie-Herzégovine",), ("bosnienne", "bosnien")),
    "BLR": (("Biélorussie", "Bélarus"), ("biélorusse", "biélorusse")),
    "CHN": (("Chine",), ("chinoise", "chinois")),
    "CIV": (("Côte d'Ivoire",), ("ivoirienne", "ivoirien")),
    "CMR": (("Cameroun",), ("camerounaise", "camerounais")),
    "COL": (("Colombie",), ("colombienne", "colombien")),
    "DEU": (("Allemagne",), ("allemande", "allemand")),
    "DZA": (("Algérie",), ("algérienne", "algérien")),
    "ECU": (("Équateur",), ("équatorienne", "équatorien")),
    "EGY": (("Égypte",), ("égyptienne", "égyptien")),
    "ERI": (("Érythrée",), ("érythréenne", "érythréen")),
    "ESP": (("Espagne",), ("espagnole", "espagnol")),
    "FRA": (("France",), ("française", "français")),
    "GBR": (("Royaume-Uni", "R-U", "Angleterre"), ("britannique", "britannique")),
    "GIN": (("Guinée", "Guinée-Conakry"), ("guinéenne", "guinéen")),
    "GMB": (("Gambie",), ("gambienne", "gambien")),
    "GRC": (("Grèce",), ("grecque", "grec")),
    "GTM": (("Guatemala",), ("guatémaltèque", "guatémaltèque")),
    "HND": (("Honduras",), ("hondurienne", "hondurien")),
    "HRV": (("Croatie",), ("croate", "croate")),
    "HTI": (("Haïti",), ("haïtienne", "haïtien")),
    "HUN": (("Hongrie",), ("hongroise", "hongrois")),
    "IRN": (("Iran",), ("iranienne", "iranien")),
    "IRQ": (("Irak",), ("irakienne", "irakien")),
    "ITA": (("Italie",), ("italienne", "italien")),
    "LBY": (("Libye",), ("libyenne", "libyen")),
    "MAR": (("Maroc",), ("marocaine", "marocain")),
    "MEX": (("Mexique",), ("mexicaine", "mexicain")),
    "MKD": (("Macédoine du Nord",), ("macédonienne", "macédonien")),
    "MLI": (("Mali",), ("malienne", "malien")),
    "MRT": (("Mauritanie",), ("mauritanienne", "mauritanien")),
    "NER": (("Niger",), ("nigérienne", "nigérien")),
    "NGA": (("Nigeria", "Nigéria"), ("nigériane", "nigérian")),
    "PAK": (("Pakistan",), ("pakistanaise", "pakistanais")),
    "PAN": (("Panama",), ("panaméenne", "panaméen")),
    "POL": (("Pologne",), ("polonaise", "polonais")),
    "ROU": (("Roumanie",), ("roumaine", "roumain")),
    "RUS": (("Russie",), ("russe", "russe")),
    "SEN": (("Sénégal",), ("sénégalaise", "sénégalais")),
    "SRB": (("Serbie",), ("serbe", "serbe")),
    "SYR": (("Syrie",), ("syrienne", "syrien")),
    "TUN": (("Tunisie",), ("tunisienne", "tunisien")),
    "TUR": (("Turquie",), ("turque", "turc")),
    "USA": (("États-Unis", "USA"), ("américaine", "américain")),
    "VEN": (("Venezuela",), ("vénézuélienne", "vénézuélien")),
    "VNM": (("Viêt Nam", "Vietnam"), ("vietnamienne", "vietnamien")),
    "YEM": (("Yémen",), ("yéménite", "yéménite")),
}
# code -> (Spanish names, Spanish nationality adjectives: masculine, feminine)
_ES: dict[str, tuple[tuple[str, ...], tuple[str, str]]] = {
    "AFG": (("Afganistán",), ("afgano", "afgana")),
    "ALB": (("Albania",), ("albanés", "albanesa")),
    "AUT": (("Austria",), ("austriaco", "austriaca")),
    "BGD": (("Bangladés", "Bangladesh"), ("bangladesí", "bangladesí")),
    "BGR": (("Bulgaria",), ("búlgaro", "búlgara")),
    "BIH": (("Bosnia y Herzegovina", "Bosnia-Herzegovina"), ("bosnio", "bosnia")),
    "BLR": (("Bielorrusia",), ("bielorruso", "bielorrusa")),
    "CHN": (("China",), ("chino", "china")),
    "CIV": (("Costa de Marfil",), ("marfileño", "marfileña")),
    "CMR": (("Camerún",), ("camerunés", "camerunesa")),
    "COL": (("Colombia",), ("colombiano", "colombiana")),
    "DEU": (("Alemania",), ("alemán", "alemana")),
    "DZA": (("Argelia",), ("argelino", "argelina")),
    "ECU": (("Ecuador",), ("ecuatoriano", "ecuatoriana")),
    "EGY": (("Egipto",), ("egipcio", "egipcia")),
    "ERI": (("Eritrea",), ("eritreo", "eritrea")),
    "ESP": (("España",), ("español", "española")),
    "FRA": (("Francia",), ("francés", "francesa")),
    "GBR": (("Reino Unido",), ("británico", "británica")),
    "GIN": (("Guinea", "Guinea Conakry"), ("guineano", "guineana")),
    "GMB": (("Gambia",), ("gambiano", "gambiana")),
    "GRC": (("Grecia",), ("griego", "griega")),
    "GTM": (("Guatemala",), ("guatemalteco", "guatemalteca")),
    "HND": (("Honduras",), ("hondureño", "hondureña")),
    "HRV": (("Croacia",), ("croata", "croata")),
    "HTI": (("Haití",), ("haitiano", "haitiana")),
    "HUN": (("Hungría",), ("húngaro", "húngara")),
    "IRN": (("Irán",), ("iraní", "iraní")),
    "IRQ": (("Irak", "Iraq"), ("iraquí", "iraquí")),
    "ITA": (("Italia",), ("italiano", "italiana")),
    "LBY": (("Libia",), ("libio", "libia")),
    "MAR": (("Marruecos",), ("marroquí", "marroquí")),
    "MEX": (("México",), ("mexicano", "mexicana")),
    "MKD": (("Macedonia del Norte",), ("macedonio", "macedonia")),
    "MLI": (("Malí",), ("maliense", "maliense")),
    "MRT": (("Mauritania",), ("mauritano", "mauritana")),
    "NER": (("Níger",), ("nigerino", "nigerina")),
    "NGA": (("Nigeria",), ("nigeriano", "nigeriana")),
    "PAK": (("Pakistán",), ("pakistaní", "pakistaní")),
    "PAN": (("Panamá",), ("panameño", "panameña")),
    "POL": (("Polonia",), ("polaco", "polaca")),
    "ROU": (("Rumanía", "Rumania"), ("rumano", "rumana")),
    "RUS": (("Rusia",), ("ruso", "rusa")),
    "SEN": (("Senegal",), ("senegalés", "senegalesa")),
    "SRB": (("Serbia",), ("serbio", "serbia")),
    "SYR": (("Siria",), ("sirio", "siria")),
    "TUN": (("Túnez",), ("tunecino", "tunecina")),
    "TUR": (("Turquía",), ("turco", "turca")),
    "USA": (("Estados Unidos", "EE.UU.", "EEUU"), ("estadounidense", "estadounidense")),
    "VEN": (("Venezuela",), ("venezolano", "venezolana")),
    "VNM": (("Vietnam",), ("vietnamita", "vietnamita")),
    "YEM": (("Yemen",), ("yemení", "yemení")),
}
_ES_TYPO = {"AFG": "Afganistan", "VEN": "Venezula", "HTI": "Haiti", "PAK": "Paquistán"}
_FR_TYPO = {"AFG": "Afganistan", "DZA": "Algerie", "ERI": "Erythrée", "IRQ": "Iraq"}

# --------------------------------------------------------------------------------------
# Wording tables, by style
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "serocu": {
        "smuggling": (
            "s.25 Immigration Act 1971 – Assisting unlawful immigration",
            "Assisting unlawful immigration (s.25 IA 1971)",
            "Facilitation – s.25 IA71",
            "OIC – facilitating illegal entry (s.25 Immigration Act)",
        ),
        "trafficking": (
            "s.2 Modern Slavery Act 2015 – Human trafficking",
            "Human trafficking (MSA 2015 s.2)",
            "MSA s.1 – Holding a person in slavery/servitude/forced labour",
            "Arranging travel of another with a view to exploitation (s.2 MSA)",
        ),
        "both": (
            "s.25 IA 1971 & s.2 MSA 2015",
            "Facilitation + human trafficking (s.25 IA71 / s.2 MSA15)",
            "Human trafficking and assisting unlawful immigration",
        ),
    },
    "swb": {
        "smuggling": (
            "SMUGGLING OF PERSONS - PC 20.05",
            "SMUGGLING OF PERSONS (TPC §20.05)",
            "ALIEN SMUGGLING - 8 USC 1324",
            "TRANSPORTING ILLEGAL ALIENS - 8 USC 1324(a)(1)(A)(ii)",
        ),
        "trafficking": (
            "TRAFFICKING OF PERSONS - PC 20A.02",
            "CONT TRAFFICKING OF PERSONS - PC 20A.03",
            "HUMAN TRAFFICKING (TPC §20A.02)",
        ),
        "both": (
            "TRAFFICKING OF PERSONS 20A.02 / SMUGGLING OF PERSONS 20.05",
            "HUMAN TRAFFICKING & SMUGGLING OF PERSONS",
        ),
    },
    "rgp": {
        "smuggling": (
            "Art. 318 bis CP – facilitating illegal immigration",
            "Migrant smuggling (art. 318 bis CP)",
            "Smuggling of migrants",
            "Favorecimiento de la inmigración ilegal (318 bis)",
        ),
        "trafficking": (
            "Art. 177 bis CP – trafficking in human beings",
            "THB (art. 177 bis CP)",
            "Trata de seres humanos (177 bis)",
        ),
        "both": (
            "Arts. 177 bis & 318 bis CP",
            "THB + migrant smuggling",
            "Trafficking and smuggling (177 bis / 318 bis CP)",
        ),
    },
    "stomer": {
        "smuggling": (
            "Aide à l'entrée, à la circulation et au séjour irréguliers d'étrangers "
            "(art. {ceseda} CESEDA)",
            "Aide à l'entrée irrégulière d'étrangers en France ({ceseda} CESEDA)",
            "Aide à l'entrée et au séjour irréguliers en bande organisée ({ceseda_bo} CESEDA)",
            "Trafic de migrants – aide à l'entrée irrégulière",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH aggravée (art. 225-4-2 CP)",
            "Traite des êtres humains en bande organisée (225-4-3 CP)",
        ),
        "both": (
            "TEH (225-4-1 CP) et aide à l'entrée irrégulière ({ceseda} CESEDA)",
            "Traite des êtres humains + aide au séjour irrégulier",
        ),
    },
    "fge": {
        "smuggling": (
            "Art. 318 bis CP",
            "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración clandestina",
        ),
        "trafficking": (
            "Art. 177 bis CP",
            "Trata de seres humanos (art. 177 bis CP)",
            "Trata de seres humanos",
        ),
        "both": (
            "Arts. 177 bis y 318 bis CP",
            "Trata de seres humanos y tráfico ilícito de migrantes",
            "177 bis + 318 bis CP",
        ),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "serocu": {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation", "Forced labour"),
        "forced_criminality": (
            "Criminal",
            "Criminal exploitation",
            "Criminal (cannabis cultivation)",
        ),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "none": ("", "", "N/A", "n/a", "Not applicable"),
    },
    "swb": {
        "sexual": ("SEX", "SEX TRAFFICKING", "COMMERCIAL SEX"),
        "forced_labour": ("LABOR", "LABOR TRAFFICKING", "FORCED LABOR"),
        "forced_criminality": ("FORCED CRIMINAL ACTIVITY",),
        "organ_removal": ("ORGAN REMOVAL",),
        "forced_marriage": ("FORCED MARRIAGE",),
        "other": ("OTHER",),
        "none": ("",),
    },
    "rgp": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": (
            "Labour exploitation",
            "Labour exploitation (agriculture)",
            "Forced labour",
        ),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "none": ("", "—", "n/a"),
    },
    "stomer": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "none": ("", "sans objet", "SO"),
    },
    "fge": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("realización de actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
        "none": ("", "no procede", "—"),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "serocu": {
        "male": ("M", "Male", "male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F", "Male & Female", "Both"),
        "none": ("Not stated", "N/K"),
    },
    "swb": {
        "male": ("M", "MALE"),
        "female": ("F", "FEMALE"),
        "mixed": ("M/F", "MIXED", "BOTH"),
        "none": ("UNKNOWN", "U"),
    },
    "rgp": {
        "male": ("Male", "Males", "M"),
        "female": ("Female", "Females", "F"),
        "mixed": ("Mixed", "Male & female"),
        "none": ("n/k", "Not recorded"),
    },
    "stomer": {
        "male": ("H", "homme", "hommes", "masculin"),
        "female": ("F", "femme", "femmes", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
        "none": ("NC", "non renseigné"),
    },
    "fge": {
        "male": ("varón", "hombre", "hombres", "varones"),
        "female": ("mujer", "mujeres"),
        "mixed": ("mixto", "ambos sexos", "hombres y mujeres"),
        "none": ("s/d", "no consta"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "serocu": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Child", "Minor", "U18", "Child (UASC)"),
        "mixed": ("Mixed", "Adults & children", "Adults & minors"),
        "none": ("Not recorded", "N/K"),
    },
    "swb": {
        "adult": ("ADULT",),
        "child": ("JUVENILE", "MINOR", "UAC"),
        "mixed": ("ADULT/JUVENILE", "MIXED", "FAMILY UNIT"),
        "none": ("UNKNOWN",),
    },
    "rgp": {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Minors (unaccompanied)", "Minors"),
        "mixed": ("Mixed", "Adults + minors"),
        "none": ("n/k",),
    },
    "stomer": {
        "adult": ("majeur", "majeurs", "majeur(s)"),
        "child": ("mineur", "mineurs", "MNA", "mineurs non accompagnés"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "none": ("non renseigné", "NC"),
    },
    "fge": {
        "adult": ("adulto", "adultos", "mayor de edad", "mayores de edad"),
        "child": ("menor", "menores", "menor de edad", "menores no acompañados"),
        "mixed": ("adultos y menores", "mixto"),
        "none": ("no consta", "s/d"),
    },
}
# style -> mode -> corridor (or "*") -> words
_MODE: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "serocu": {
        "sea": {
            "channel": (
                "Small boat",
                "Small boat (RHIB)",
                "Small boat – Channel crossing",
                "Dinghy",
                "Inflatable small boat",
            ),
            "*": ("Small boat", "Boat"),
        },
        "land": {
            "channel": ("HGV", "Lorry (clandestine)", "Concealed in HGV", "Van", "Car"),
            "*": ("Lorry", "HGV", "Car", "Coach"),
        },
        "air": {"*": ("Flight", "Air", "Air – LHR")},
        "none": {"*": ("Not known", "N/K")},
    },
    "swb": {
        "land": {
            "*": (
                "VEHICLE",
                "PASSENGER VEHICLE",
                "TRACTOR-TRAILER",
                "ON FOOT",
                "PICKUP TRUCK",
                "FREIGHT TRAIN",
            )
        },
        "sea": {"*": ("BOAT", "VESSEL")},
        "air": {"*": ("COMMERCIAL AIRCRAFT", "AIR")},
        "none": {"*": ("UNKNOWN",)},
    },
    "rgp": {
        "sea": {
            "watl": ("Cayuco", "Cayuco (wooden canoe)", "Pirogue", "Boat"),
            "wmed": (
                "Patera",
                "Inflatable (toy boat)",
                "Semi-rigid (RHIB)",
                "Jet ski",
                "Small boat",
            ),
            "*": ("Boat", "Patera"),
        },
        "land": {
            "wmed": ("Over the fence (valla)", "Hidden in vehicle", "On foot", "Border fence"),
            "thb_rou_esp": ("Coach", "Car", "Minibus"),
            "*": ("Vehicle", "On foot", "Coach"),
        },
        "air": {"*": ("Flight", "Air")},
        "none": {"*": ("Unknown",)},
    },
    "stomer": {
        "sea": {"*": ("small boat", "embarcation pneumatique", "bateau", "small boat (SB)")},
        "land": {"*": ("poids lourd", "PL", "camion", "véhicule léger", "fourgon", "à pied")},
        "air": {"*": ("voie aérienne", "avion")},
        "none": {"*": ("inconnu", "non déterminé")},
    },
    "fge": {
        "sea": {
            "cmed": ("embarcación", "barcaza", "neumática", "pesquero"),
            "emed": ("neumática", "lancha", "embarcación"),
            "watl": ("cayuco",),
            "wmed": ("patera", "neumática", "moto acuática"),
            "*": ("embarcación", "vía marítima"),
        },
        "land": {
            "darien": ("a pie", "caminando (selva)", "por tierra"),
            "*": ("a pie", "camión", "furgoneta", "vehículo", "por tierra"),
        },
        "air": {"*": ("vía aérea", "avión", "vuelo comercial")},
        "none": {"*": ("no consta", "desconocido")},
    },
}
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "serocu": {
        "document_fraud": (
            "Identity Documents Act 2010 offences",
            "False documents (IDA 2010 s.4)",
            "Document fraud",
        ),
        "corruption": ("Bribery Act 2010", "Bribery/corruption"),
        "money_laundering": ("Money laundering (POCA 2002 s.327-329)", "POCA money laundering"),
        "illicit_goods": ("Drugs supply (MDA 1971)", "Cannabis cultivation", "Smuggled tobacco"),
        "cybercrime": ("Computer Misuse Act 1990",),
        "terrorism": ("Terrorism Act 2000",),
        "none": ("Nil", "None"),
    },
    "swb": {
        "document_fraud": (
            "TAMPERING W/ GOVERNMENTAL RECORD - PC 37.10",
            "FRAUD AND MISUSE OF VISAS/PERMITS - 18 USC 1546",
        ),
        "corruption": ("BRIBERY - PC 36.02", "BRIBERY OF PUBLIC OFFICIAL - 18 USC 201"),
        "money_laundering": (
            "MONEY LAUNDERING - PC 34.02",
            "LAUNDERING OF MONETARY INSTRUMENTS - 18 USC 1956",
        ),
        "illicit_goods": (
            "POSS W/ INTENT TO DISTRIBUTE CONTROLLED SUBSTANCE",
            "FIREARMS SMUGGLING - 18 USC 554",
        ),
        "cybercrime": ("BREACH OF COMPUTER SECURITY - PC 33.02",),
        "terrorism": ("MATERIAL SUPPORT TO TERRORISTS - 18 USC 2339A",),
        "none": (),
    },
    "rgp": {
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery", "Corruption of officials"),
        "money_laundering": ("Money laundering (blanqueo)", "Money laundering"),
        "illicit_goods": ("Drug trafficking (hashish)", "Tobacco smuggling"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
        "none": ("—", "None"),
    },
    "stomer": {
        "document_fraud": ("faux et usage de faux documents administratifs", "fraude documentaire"),
        "corruption": ("corruption d'agent public", "corruption"),
        "money_laundering": ("blanchiment", "blanchiment aggravé"),
        "illicit_goods": ("trafic de stupéfiants", "contrebande de tabac"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("association de malfaiteurs terroriste",),
        "none": ("néant",),
    },
    "fge": {
        "document_fraud": ("falsedad documental", "falsificación de documentos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("delito informático", "ciberdelincuencia"),
        "terrorism": ("terrorismo",),
        "none": ("ninguno", "—"),
    },
}
_LINK_SEP = {
    "serocu": ("; ", " / "),
    "rgp": (", ", " / "),
    "stomer": (", ", " + "),
    "fge": (", ", " y "),
}
_TRANSIT_SEP = {
    "serocu": (" > ", ", ", "; "),
    "rgp": ("; ", ", ", " – "),
    "stomer": (", ", " / ", " puis "),
    "fge": (", ", " – ", " / "),
}
_NO_TRANSIT = {
    "serocu": ("Direct", "None"),
    "rgp": ("Direct", "—"),
    "stomer": ("aucun", "direct"),
    "fge": ("ninguno", "directo", "—"),
}
_COUNT_PLACEHOLDER = {
    "serocu": ("N/K", "TBC", "Unknown"),
    "rgp": ("UNK", "n/k", "TBC"),
    "stomer": ("NC", "inconnu", "non communiqué"),
    "fge": ("s/d", "desconocido", "sin datos", "N/D"),
}
_SUSPECT_PLACEHOLDER = {
    "serocu": ("N/K", "TBC"),
    "rgp": ("UNK", "n/k"),
    "stomer": ("NC", "inconnu"),
    "fge": ("s/d", "no consta"),
}
_ZERO = {
    "serocu": ("Nil", "None", "NIL"),
    "rgp": ("Nil", "None"),
    "stomer": ("néant", "aucun"),
    "fge": ("ninguno", "sin investigados"),
}

# Context columns (not part of the record): where, who, which partner.
_LOCATION = {
    "Dover": ("Dover", "Port of Dover", "Dover Eastern Docks", "Dover, Kent"),
    "London": ("London", "London (Met area)"),
    "Birmingham": ("Birmingham", "West Midlands"),
    "Glasgow": ("Glasgow",),
    "Calais": ("Calais", "Coquelles", "Marck"),
    "Dunkirk/Gravelines": ("Gravelines", "Dunkirk", "Loon-Plage"),
}
_COUNTY = {
    "El Paso": ("EL PASO CO., TX",),
    "Rio Grande Valley": ("HIDALGO CO., TX", "CAMERON CO., TX", "STARR CO., TX"),
    "Nogales (Sonora/Arizona)": ("SANTA CRUZ CO., AZ",),
    "Sasabe": ("PIMA CO., AZ",),
}
_PARTNER = {
    "watl": ("Guardia Civil (SIVE)", "Salvamento Marítimo", "Policía Nacional (UCRIF)"),
    "wmed": ("Guardia Civil", "Policía Nacional", "Servicio de Vigilancia Aduanera"),
    "thb_rou_esp": ("Policía Nacional (UCRIF)", "Guardia Civil (EMUME)"),
    "*": ("Guardia Civil", "Policía Nacional"),
}
_SERVICE = {
    "FRA": ("DPAF Coquelles", "BMR 62", "SR Lille", "Cie de gendarmerie de Calais", "OCRIEST"),
    "*": ("DPAF Coquelles (ERI franco-britannique)", "OCRIEST", "Officier de liaison NCA"),
}
_AUTHORITY = {
    "Lampedusa": ("Procura della Repubblica di Agrigento", "Fiscalía de Agrigento (Italia)"),
    "Pozzallo": ("Procura di Ragusa", "Fiscalía de Ragusa (Italia)"),
    "Crotone": ("Procura di Crotone",),
    "Palermo": ("Procura di Palermo – DDA", "Fiscalía de Palermo (Italia)"),
    "Torino": ("Procura di Torino", "Fiscalía de Turín (Italia)"),
    "Castel Volturno": ("Procura di Santa Maria Capua Vetere",),
    "Latina (Agro Pontino)": ("Procura di Latina",),
    "Lesbos": ("Fiscalía de Mitilene (Grecia)",),
    "Samos": ("Fiscalía de Samos (Grecia)",),
    "Evros": ("Fiscalía de Alejandrópolis (Grecia)", "Fiscalía de Orestiada (Grecia)"),
    "Cetingrad (BIH–HRV border)": ("Fiscalía del Condado de Karlovac (Croacia)",),
    "Bajakovo (SRB–HRV border)": ("Fiscalía del Condado de Vukovar (Croacia)",),
    "Kuźnica": ("Prokuratura Okręgowa w Białymstoku", "Fiscalía de Białystok (Polonia)"),
    "Białowieża": ("Fiscalía de Hajnówka (Polonia)",),
    "Michałowo": ("Fiscalía de Białystok (Polonia)",),
    "Darién gap": ("Ministerio Público de Panamá (IberRed)", "Fiscalía Regional de Darién"),
    "Bajo Chiquito": ("Fiscalía Regional de Darién", "Ministerio Público de Panamá (IberRed)"),
    "Lajas Blancas": ("Fiscalía Regional de Darién",),
    "Almería": ("Fiscalía Provincial de Almería",),
    "Almería (El Ejido)": ("Fiscalía Provincial de Almería",),
    "Huelva": ("Fiscalía Provincial de Huelva",),
    "Ceuta": ("Fiscalía de Área de Ceuta",),
    "Melilla": ("Fiscalía de Área de Melilla",),
    "Gran Canaria": ("Fiscalía Provincial de Las Palmas",),
    "Lanzarote": ("Fiscalía Provincial de Las Palmas (Arrecife)",),
    "Tenerife": ("Fiscalía Provincial de Santa Cruz de Tenerife",),
    "El Hierro": ("Fiscalía Provincial de Santa Cruz de Tenerife",),
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ES_QUARTER = ("primer", "segundo", "tercer", "cuarto")
# Share of rows (not in a duplicated pair) dated to the month, then to the quarter.
_PARTIAL = {
    "serocu": (0.05, 0.0),
    "swb": (0.04, 0.0),
    "rgp": (0.04, 0.0),
    "stomer": (0.04, 0.03),
    "fge": (0.04, 0.03),
}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _day_text(style: str, ts: pd.Timestamp, rng: _Rng) -> object:
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    if style == "serocu":
        if r < 0.6:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.75:
            return f"{d:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}"
        if r < 0.85:
            return f"{d} {MONTHS[m - 1]} {y}"
        if r < 0.95:
            return f"{_ordinal(d)} {MONTHS[m - 1]} {y}"
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == "swb":
        if r < 0.65:
            return f"{m:02d}/{d:02d}/{y}"
        if r < 0.85:
            return f"{y}-{m:02d}-{d:02d}"
        if r < 0.95:
            hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00"
        return f"{MONTHS[m - 1][:3]} {d}, {y}"
    if style == "rgp":
        if r < 0.6:
            return dt.datetime(y, m, d)
        if r < 0.8:
            return int((ts.normalize() - _EXCEL_EPOCH).days)  # serial left in General format
        if r < 0.95:
            return f"{d:02d}/{m:02d}/{y}"
        return f"{d} {MONTHS[m - 1][:3]} {y}"
    if style == "stomer":
        month = _FR_MONTHS[m - 1]
        day = "1er" if d == 1 else str(d)
        if r < 0.6:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.7:
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        if r < 0.85:
            return f"{day} {month} {y}"
        if r < 0.9:
            return f"{_FR_DAYS[ts.day_of_week]} {day} {month} {y}"
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{d:02d}/{m:02d}/{y} à {hh:02d}h{mm:02d}"
    # fge
    if r < 0.55:
        return f"{d:02d}/{m:02d}/{y}"
    if r < 0.7:
        return f"{d:02d}-{m:02d}-{y}"
    if r < 0.85:
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
    if r < 0.95:
        return f"{d:02d}-{_ES_ABBR[m - 1]}-{y}"
    return f"{d:02d}/{m:02d}/{y % 100:02d}"


def _month_text(style: str, ts: pd.Timestamp, rng: _Rng) -> str:
    m, y = ts.month, ts.year
    r = rng.random()
    if style == "serocu":
        return f"{MONTHS[m - 1][:3]}-{y}" if r < 0.6 else f"{MONTHS[m - 1]} {y}"
    if style == "swb":
        return f"{y}-{m:02d}" if r < 0.6 else f"{m:02d}/{y}"
    if style == "rgp":
        return f"{MONTHS[m - 1][:3]} {y}" if r < 0.6 else f"{MONTHS[m - 1]} {y}"
    if style == "stomer":
        return f"{_FR_MONTHS[m - 1]} {y}" if r < 0.7 else f"{m:02d}/{y}"
    return f"{_ES_MONTHS[m - 1]} de {y}" if r < 0.7 else f"{_ES_MONTHS[m - 1]} {y}"


def _quarter_text(style: str, ts: pd.Timestamp, rng: _Rng) -> str:
    q, y = ts.quarter, ts.year
    r = rng.random()
    if style == "stomer":
        if r < 0.5:
            return f"{'1er' if q == 1 else f'{q}e'} trimestre {y}"
        return f"T{q} {y}"
    if r < 0.4:
        return f"{'1er' if q == 1 else f'{q}º'} trimestre de {y}"
    if r < 0.7:
        return f"T{q}/{y}"
    return f"{_ES_QUARTER[q - 1]} trimestre de {y}"


def _date_cell(
    style: str, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    month_share, quarter_share = _PARTIAL[style]
    r = rng.random()
    if partial_ok and r < month_share:
        tags.append("month_only_date")
        return _month_text(style, ts, rng), ts.to_period("M").start_time, "month"
    if partial_ok and r < month_share + quarter_share:
        tags.append("quarter_date")
        return _quarter_text(style, ts, rng), ts.to_period("Q").start_time, "quarter"
    cell = _day_text(style, ts, rng)
    if isinstance(cell, int):
        tags.append("excel_serial")
    return cell, ts, "day"


def _fit(src: Blind95Source, text: str, fallback: str) -> str:
    return text if fits(text, src) else fallback


def _country(src: Blind95Source, code: str | None, role: str, rng: _Rng, tags: list[str]) -> object:
    """Write a country (``role``: nat, origin, dest, det) as the source does."""
    if code is None:
        return None
    style = src.style
    r = rng.random()
    if style == "swb":
        a2, _ = iso_codes(code)
        en = _EN.get(code, ((code,), (code,)))[0]
        if role == "det" or role == "dest":
            if code == "USA":
                return choice(rng, ("US", "USA", "UNITED STATES"))
            return a2 if r < 0.6 else en[0].upper()
        if r < 0.6:
            tags.append("iso2_code")
            return a2
        return choice(rng, en).upper()
    if style in ("serocu", "rgp"):
        names, dems = _EN.get(code, ((code,), (code,)))
        if role == "nat":
            if r < 0.04 and code in _EN_DEM_TYPO:
                tags.append("typo")
                return _EN_DEM_TYPO[code]
            if r < 0.75:
                return _fit(src, choice(rng, dems), code)
            if r < 0.92:
                return _fit(src, choice(rng, names), code)
            tags.append("iso3_code")
            return code
        if role == "det" and style == "serocu":
            return _serocu_detection(code, rng)
        if role == "det":
            return _rgp_detection(code, rng)
        if r < 0.03 and code in _EN_TYPO:
            tags.append("typo")
            return _EN_TYPO[code]
        if r < 0.9:
            return _fit(src, choice(rng, names), names[0])
        tags.append("iso3_code")
        return code
    if style == "stomer":
        names, (fem, masc) = _FR.get(code, ((code,), (code, code)))
        if role == "nat":
            if r < 0.5:
                text = fem
            elif r < 0.75:
                text = masc
            elif r < 0.85:
                text = fem.upper()
            else:
                text = choice(rng, names)
        elif role == "det":
            text = choice(rng, ("France", "FRANCE", "FR")) if code == "FRA" else choice(rng, names)
        elif r < 0.03 and code in _FR_TYPO:
            tags.append("typo")
            text = _FR_TYPO[code]
        else:
            text = choice(rng, names)
        return _garble(text, rng, tags)
    # fge
    names, (masc, fem) = _ES.get(code, ((code,), (code, code)))
    if role == "nat":
        if r < 0.45:
            text = masc
        elif r < 0.8:
            text = fem
        else:
            text = choice(rng, names)
    elif r < 0.03 and code in _ES_TYPO:
        tags.append("typo")
        text = _ES_TYPO[code]
    elif r < 0.08:
        tags.append("iso2_code")
        text = iso_codes(code)[0]
    else:
        text = choice(rng, names)
    return _garble(text, rng, tags)


def _garble(text: str, rng: _Rng, tags: list[str]) -> str:
    if rng.random() < 0.03:
        bad = mojibake(text)
        if bad is not None:
            tags.append("mojibake")
            return bad
    return text


def _serocu_detection(code: str, rng: _Rng) -> str:
    if code == "GBR":
        return choice(rng, ("UK", "United Kingdom", "UK", "GB"))
    if code == "FRA":
        return choice(rng, ("France", "FR", "France (juxtaposed controls)"))
    return _EN.get(code, ((code,), (code,)))[0][0]


def _rgp_detection(code: str, rng: _Rng) -> str:
    if code == "ESP":
        return choice(rng, ("Spain", "Spain", "ES", "ESP", "España"))
    return _EN.get(code, ((code,), (code,)))[0][0]


def _transit(src: Blind95Source, value: str | None, rng: _Rng, tags: list[str]) -> object:
    style = src.style
    if style == "swb":
        if value is None:
            return []
        codes = value.split("|")
        if rng.random() < 0.7:
            return [iso_codes(c)[0] for c in codes]
        return [_EN.get(c, ((c,), (c,)))[0][0].upper() for c in codes]
    if value is None:
        return choice(rng, _NO_TRANSIT[style]) if rng.random() < 0.2 else None
    words = [str(_country(src, c, "transit", rng, tags)) for c in value.split("|")]
    return choice(rng, _TRANSIT_SEP[style]).join(words)


def _count(style: str, n: int, rng: _Rng, tags: list[str]) -> object:
    if style == "swb" or (style == "rgp" and (n < 1000 or rng.random() < 0.5)):
        return n
    if n < 1000:
        return str(n)
    tags.append("thousands_separator")
    if style == "rgp":
        return f"{n:,}"
    if style == "serocu":
        return f"{n:,}"
    if style == "stomer":
        sep = choice(rng, ("\u202f", "\u00a0", " "))
        return f"{n:,}".replace(",", sep)
    return f"{n:,}".replace(",", ".")


def _persons(
    src: Blind95Source, ev: dict[str, object], rng: _Rng, exp: dict[str, object], tags: list[str]
) -> object:
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    style = src.style
    if rng.random() < 0.03:
        tags.append("count_placeholder")
        exp["n_persons"] = None
        if style == "swb":
            return None
        return choice(rng, _COUNT_PLACEHOLDER[style])
    if style == "rgp" and ev["transport_mode"] == "sea" and rng.random() < 0.15:
        tags.append("count_unit")
        return f"{n} pax"
    return _count(style, n, rng, tags)


def _suspects(
    src: Blind95Source, ev: dict[str, object], rng: _Rng, exp: dict[str, object], tags: list[str]
) -> object:
    n = int(ev["n_suspects"])  # type: ignore[call-overload]
    style = src.style
    r = rng.random()
    if r < 0.03:
        tags.append("suspects_placeholder")
        exp["n_suspects"] = None
        if style == "swb":
            return None
        return choice(rng, _SUSPECT_PLACEHOLDER[style])
    if n == 0 and style != "swb" and r < 0.45:
        tags.append("zero_word")
        return choice(rng, _ZERO[style])
    return n if style in ("swb", "rgp") else str(n)


def _word(table: dict[str, tuple[str, ...]], key: str, rng: _Rng) -> str:
    return choice(rng, table[key])


def _mode(src: Blind95Source, ev: dict[str, object], rng: _Rng) -> str:
    table = _MODE[src.style][str(ev["transport_mode"])]
    return choice(rng, table.get(str(ev["corridor"]), table["*"]))


def _linked(src: Blind95Source, value: str | None, rng: _Rng) -> object:
    style = src.style
    table = _LINKED[style]
    if value is None:
        if style == "swb":
            return []
        return choice(rng, table["none"]) if rng.random() < 0.15 else None
    words = [choice(rng, table[k]) for k in value.split("|")]
    if len(words) > 1 and rng.random() < 0.5:
        words = words[::-1]  # a set: the order carries no meaning
    if style == "swb":
        return words
    return choice(rng, _LINK_SEP[style]).join(words)


def _crime(src: Blind95Source, ev: dict[str, object], rng: _Rng) -> str:
    text = choice(rng, _CRIME[src.style][str(ev["crime_type"])])
    if src.style == "stomer":
        # the CESEDA was renumbered on 1 May 2021: L.622-1 became L.823-1
        old = pd.Timestamp(ev["event_date"]) < pd.Timestamp("2021-05-01")  # type: ignore[arg-type]
        text = text.format(
            ceseda="L.622-1" if old else "L.823-1", ceseda_bo="L.622-5" if old else "L.823-3"
        )
    return text


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float) -> tuple[int, int, int, float]:
    """Degrees, minutes, seconds of ``abs(value)`` and the value they write."""
    a = abs(value)
    d = int(a)
    m = int((a - d) * 60)
    s = round(((a - d) * 60 - m) * 60)
    if s == 60:
        s, m = 0, m + 1
    if m == 60:
        m, d = 0, d + 1
    back = d + m / 60 + s / 3600
    return d, m, s, back if value >= 0 else -back


def _ddm(value: float) -> tuple[int, float, float]:
    """Degrees and decimal minutes (two decimals) of ``abs(value)``, and the value."""
    a = abs(value)
    d = int(a)
    m = round((a - d) * 60, 2)
    if m >= 60:
        d, m = d + 1, 0.0
    back = d + m / 60
    return d, m, back if value >= 0 else -back


def _coords(
    src: Blind95Source, ev: dict[str, object], rng: _Rng, exp: dict[str, object], tags: list[str]
) -> _Cells:
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    style = src.style
    r = rng.random()
    ns = "N" if lat >= 0 else "S"
    if style == "serocu":
        if r < 0.75:
            a, b = f"{lat:.5f}", f"{lon:.5f}"
            exp["lat"], exp["lon"] = float(a), float(b)
            return {"lat": a, "lon": b}
        if r < 0.9:
            a, b = f"{lat:.4f}", f"{lon:.4f}"
            exp["lat"], exp["lon"] = float(a), float(b)
            return {"lat": a, "lon": b}
        tags.append("hemisphere_letters")
        a, b = f"{abs(lat):.5f}", f"{abs(lon):.5f}"
        exp["lat"] = float(a) if lat >= 0 else -float(a)
        exp["lon"] = float(b) if lon >= 0 else -float(b)
        return {"lat": a + ns, "lon": b + ("E" if lon >= 0 else "W")}
    if style == "swb":
        digits = 5 if r < 0.7 else 6 if r < 0.85 else 4
        exp["lat"], exp["lon"] = round(lat, digits), round(lon, digits)
        return {"lat": exp["lat"], "lon": exp["lon"]}
    west = "O" if style in ("stomer", "fge") else "W"
    ew = "E" if lon >= 0 else west
    if (style == "rgp" and ev["transport_mode"] == "sea" and r < 0.7) or (
        style != "rgp" and r < 0.3
    ):
        if style == "rgp":
            tags.append("coords_ddm")
            d1, m1, exp["lat"] = _ddm(lat)
            d2, m2, exp["lon"] = _ddm(lon)
            return {"coordinates": f"{d1:02d}° {m1:05.2f}' {ns}, {d2:03d}° {m2:05.2f}' {ew}"}
        tags.append("coords_dms")
        d1, mi1, s1, exp["lat"] = _dms(lat)
        d2, mi2, s2, exp["lon"] = _dms(lon)
        sep = " " if style == "stomer" else ", "
        return {"coordinates": f"{d1}°{mi1:02d}'{s1:02d}\" {ns}{sep}{d2}°{mi2:02d}'{s2:02d}\" {ew}"}
    if style == "rgp":
        if r < 0.85:
            a, b = f"{lat:.4f}", f"{lon:.4f}"
            exp["lat"], exp["lon"] = float(a), float(b)
            return {"coordinates": f"{a}, {b}"}
        tags.append("coords_dms")
        d1, mi1, s1, exp["lat"] = _dms(lat)
        d2, mi2, s2, exp["lon"] = _dms(lon)
        return {"coordinates": f"{d1}°{mi1:02d}'{s1:02d}\"{ns} {d2}°{mi2:02d}'{s2:02d}\"{ew}"}
    a, b = f"{lat:.5f}", f"{lon:.5f}"
    exp["lat"], exp["lon"] = float(a), float(b)
    if r < 0.85:
        tags.append("decimal_comma")
        sep = " / " if style == "stomer" else "; "
        return {"coordinates": a.replace(".", ",") + sep + b.replace(".", ",")}
    return {"coordinates": f"{a}, {b}"}


def _no_coords(src: Blind95Source) -> _Cells:
    if "coordinates" in src.headers:
        return {"coordinates": None}
    return {"lat": None, "lon": None}


# --------------------------------------------------------------------------------------
# Context columns
# --------------------------------------------------------------------------------------
def _context(src: Blind95Source, ev: dict[str, object], rng: _Rng) -> _Cells:
    hotspot = str(ev.get("hotspot") or "")
    corridor = str(ev["corridor"])
    if src.style == "serocu":
        return {"x_location": choice(rng, _LOCATION.get(hotspot, (hotspot or "N/K",)))}
    if src.style == "swb":
        return {"x_county": choice(rng, _COUNTY.get(hotspot, ("UNKNOWN",)))}
    if src.style == "rgp":
        return {"x_partner": choice(rng, _PARTNER.get(corridor, _PARTNER["*"]))}
    if src.style == "stomer":
        key = "FRA" if ev["detection_country"] == "FRA" else "*"
        return {"x_service": choice(rng, _SERVICE[key])}
    return {"x_authority": choice(rng, _AUTHORITY.get(hotspot, ("Eurojust",)))}


# --------------------------------------------------------------------------------------
# One event as one source writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Blind95Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Return (cells by canonical column, expected clean values, messiness tags)."""
    style = src.style
    tags: list[str] = []
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: _Cells = _context(src, ev, rng)
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(
        style, ts, rng, partial_ok, tags
    )
    cells["crime_type"] = _crime(src, ev, rng)
    expl = ev["exploitation"]
    if expl is None:
        word = _word(_EXPLOITATION[style], "none", rng)
        cells["exploitation"] = word or None
    else:
        cells["exploitation"] = _word(_EXPLOITATION[style], str(expl), rng)
    cells["n_persons"] = _persons(src, ev, rng, exp, tags)
    blank = forced_blank or ""
    if blank:  # a second report leaves out one field the first gives
        tags.append(f"blank_{blank}")
    if blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        cells["n_suspects"] = _suspects(src, ev, rng, exp, tags)
    # sex and age: an occasional "not recorded" word
    if blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < 0.02:
        tags.append("blank_gender")
        exp["gender"] = "unknown"
        cells["gender"] = _word(_GENDER[style], "none", rng)
    else:
        cells["gender"] = _word(_GENDER[style], str(ev["gender"]), rng)
    na_word = False
    if rng.random() < 0.02:
        na_word = True
        exp["age_group"] = "unknown"
        cells["age_group"] = _word(_AGE[style], "none", rng)
    else:
        cells["age_group"] = _word(_AGE[style], str(ev["age_group"]), rng)
    for col, role in (
        ("nationality", "nat"),
        ("origin_country", "origin"),
        ("transit_countries", "transit"),
        ("destination_country", "dest"),
        ("detection_country", "det"),
    ):
        if col == blank:
            cells[col], exp[col] = None, None
        elif col == "transit_countries":
            cells[col] = _transit(src, _opt(ev[col]), rng, tags)
        else:
            cells[col] = _country(src, _opt(ev[col]), role, rng, tags)
    if rng.random() < 0.02:
        na_word = True
        exp["transport_mode"] = "unknown"
        cells["transport_mode"] = _word(_MODE[style]["none"], "*", rng)
    else:
        cells["transport_mode"] = _mode(src, ev, rng)
    if na_word:
        tags.append("na_word")
    if blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        cells.update(_no_coords(src))
    elif rng.random() < 0.03:
        tags.append("coords_missing")
        exp["lat"] = exp["lon"] = None
        cells.update(_no_coords(src))
    else:
        cells.update(_coords(src, ev, rng, exp, tags))
    cells["linked_offences"] = _linked(src, _opt(ev["linked_offences"]), rng)
    return cells, exp, tags


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


# --------------------------------------------------------------------------------------
# Bad dates and note rows
# --------------------------------------------------------------------------------------
def _future_year(year: int, rng: _Rng) -> int:
    """Return the year as a keying slip puts it in the future: 2022 -> 2202, 2023 -> 2032."""
    text = str(year)
    if text[2:] == "23" and rng.random() < 0.5:
        return 2032
    return int(text[0] + text[2] + text[1] + text[3])


def _bad_date(src: Blind95Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    style = src.style
    y = ts.year
    if kind == "no_date":
        return None
    if kind == "bad_date":
        d, m = choice(rng, ("29/02", "30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if style == "swb":
            return f"{m}/{d}/{y}"
        if style == "stomer" and rng.random() < 0.4:
            return f"{int(d)} {_FR_MONTHS[int(m) - 1]} {y}"
        if style == "fge" and rng.random() < 0.4:
            return f"{int(d)} de {_ES_MONTHS[int(m) - 1]} de {y}"
        return f"{d}/{m}/{y}"
    fy = _future_year(y, rng)
    if style == "swb":
        return f"{ts.month:02d}/{ts.day:02d}/{fy}"
    if style == "rgp" and rng.random() < 0.5:
        return dt.datetime(fy, ts.month, min(ts.day, 28))
    return f"{ts.day:02d}/{ts.month:02d}/{fy}"


def _note_date(src: Blind95Source, last: pd.Timestamp) -> object:
    """Return the date written on the note row: the day the file was extracted."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return dt.datetime(day.year, day.month, day.day)
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


_EXAMINER: Examiner[Blind95Source] = Examiner(
    sources=BLIND95_SOURCES,
    primary={"GBR": SEROCU.source, "USA": SWB.source, "ESP": RGP.source, "FRA": STOMER.source},
    compilation=FGE.source,
    secondary={
        ("channel", "FRA"): SEROCU.source,
        ("channel", "GBR"): STOMER.source,
        ("thb_vnm_gbr", "GBR"): STOMER.source,
        ("wmed", "ESP"): FGE.source,
        ("watl", "ESP"): FGE.source,
        ("thb_rou_esp", "ESP"): FGE.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=9505,
    blank_share=0.35,
)


def make_blind95(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind95`` sources' submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``serocu_oic_cs.csv``, ``swb_prosecutors_cs.jsonl``, ``rgp_gibraltar_cs.xlsx``,
        ``parquet_stomer_cs.csv`` and ``fge_uci_cs.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind95(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['serocu_oic_cs.csv', 'swb_prosecutors_cs.jsonl', 'rgp_gibraltar_cs.xlsx',
     'parquet_stomer_cs.csv', 'fge_uci_cs.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
