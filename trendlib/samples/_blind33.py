"""Thirty-third examiner's held-out sample set (variant ``blind33``, files ``*_ai.*``).

Five agencies far from the routes' shores, each writing cases shared with it by liaison
officers, in its own forms, wording and file habits. The rows come from
:mod:`trendlib.samples._examiner`; this module holds only the wording and the way each
agency writes a cell. A reader's guide:

``cid_bangladesh_ai.csv`` -- Bangladesh Police, Criminal Investigation Department
    (Human Trafficking & Organised Crime wing), liaison desks in Rome and Athens.
    English, UTF-8 (no BOM), ``,``. Case numbers ``CID/HT&OC/0012/2022``. Dates
    day-first with dots (``12.03.2022``), slashes, ``12-Mar-2022`` and ordinals
    (``12th March, 2022``); partial dates as ``March, 2022`` or quarters as
    ``Jan-Mar 2022``/``Q1 2022``. Offence as ``HT``/``MS``/``HT & MS``, with section
    references (``HT u/s 6/7 PSHTA-2012``) and ``dalal`` (broker) wording. Counts
    zero-padded and spelt out (``05 (five)``), thousands with commas, ``N/K`` when not
    known; no arrest written ``Nil``. Sex with split counts (``M-12, F-3``). Demonyms
    (``Bangladeshi``, ``Afghani``), the odd typo (``Itlay``). No coordinates: a free-text
    ``Place of Occurrence`` (hotspot, country) instead. Re-sent rows at the end.
``dsi_thailand_ai.csv`` -- Thailand Department of Special Investigation, Bureau of
    Human Trafficking Crime, foreign liaison returns (United Kingdom and France).
    English values under bilingual Thai / English headers; Excel "Unicode text" export:
    UTF-16 with BOM, tab-delimited. Dates ``12 Mar 2022``, ``12/03/2022``, ISO, and a
    share in the Buddhist Era, always marked (``12/03/2565 (B.E.)``,
    ``12 Mar B.E. 2565``); partial ``Mar 2022``, ``Q1/2022``. ``TIP`` with the Anti-TIP
    Act B.E. 2551, "people smuggling". Latitude and longitude in two columns, sometimes
    with hemisphere letters (``1.8904 W``); ``0.000000`` pairs for no fix. ISO alpha-3
    codes mixed with names and demonyms.
``gn_mauritanie_ai.csv`` -- Gendarmerie nationale mauritanienne (Groupement de
    Nouadhibou, joint team with the Guardia Civil), interceptions off the Canaries and
    on the Spanish coasts. French, cp1252, ``;``, CRLF. ``N° PV``. Dates ``12/03/2022``,
    ``12-03-2022``, ``12 mars 2022``, Excel French ``12-avr.-22``; partial ``mars 2022``,
    ``03/2022``, ``T1 2022``, ``1er trimestre 2022``. Offence words with the laws
    (``TIM (loi n°2010-021)``, ``Traite des personnes (loi n°2020-017)``,
    ``Organisation de l'émigration clandestine``). ``Pirogue``. Counts with a
    no-break space as thousands separator, ``ND`` when not known, ``Néant`` for no
    suspect. Feminine demonyms (``Sénégalaise``), accents dropped, upper case, and
    mojibake (``SÃ©nÃ©gal``) from a pasted UTF-8 extract. Positions in degrees and
    decimal minutes with ``O`` for west (``27°45,20' N / 015°32,13' O``), DMS, or
    decimal commas; the country of interception sometimes with the landing place
    (``Espagne (Gran Canaria)``).
``cicpc_venezuela_ai.xlsx`` -- Cuerpo de Investigaciones Científicas, Penales y
    Criminalísticas (Venezuela), División contra la Delincuencia Organizada: Darién and
    United States border cases of its liaison officers. Spanish XLSX. Dates as real
    Excel dates, Excel serial numbers (General-formatted cells), ``12/03/2022``,
    ``12-mar-2022`` and ``12 de marzo de 2022``; partial ``marzo 2022``, ``03/2022``,
    ``I trimestre 2022``. ``Trata de personas (art. 41 LOCDOFT)``, ``Tráfico ilícito de
    migrantes``. Counts as numbers, or text with dot thousands (``1.250``), ``S/I`` when
    not known, ``Ninguno``/``Sin aprehendidos`` for no arrest. ``NNA`` for children.
    ``EE.UU.``; ``Legitimación de capitales``, ``Forjamiento de documentos``. Latitude and
    longitude as numbers, decimal-comma text or DMS with ``O``. Re-sent rows at the end.
``bali_process_rso_ai.jsonl`` -- Bali Process Regional Support Office (Bangkok),
    digest of partner-shared cases, the compilation for every other country (Croatia,
    Poland) and a second report of many cases. JSON lines from an API, camelCase keys,
    ISO alpha-2 codes (``UK`` for the United Kingdom) with some alpha-3, transit routes
    and linked crimes as JSON arrays, ISO dates, timestamps with a ``+07:00`` offset,
    epoch milliseconds, ``2022-03``/``2022-Q1`` partial dates, WKT points
    (``POINT (lon lat)``, ``POINT EMPTY``), ``null`` for unknowns.
"""

from __future__ import annotations

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

__all__ = ["BLIND33", "BLIND33_SOURCES", "Blind33Source", "make_blind33"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Blind33Source(ExaminerSource):
    """An agency of the ``blind33`` set: the shared fields plus its writing style.

    Attributes
    ----------
    style : str
        Key of the agency's wording and cell writers (``"cid"``, ``"dsi"``, ``"gn"``,
        ``"cicpc"``, ``"rso"``).

    Notes
    -----
    ``headers`` may hold, besides the canonical columns, ``"place"``: a free-text place
    of occurrence that maps to no record field.
    """

    style: str


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_CID = Blind33Source(
    source="cid_bangladesh_ai",
    filename="cid_bangladesh_ai.csv",
    ref="CID/HT&OC/{seq:04d}/{year}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of Occurrence",
        "crime_type": "Nature of Offence (HT/MS)",
        "exploitation": "Purpose of Exploitation",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "Accused Arrested",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Route (Transit Countries)",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Detection",
        "place": "Place of Occurrence",
        "transport_mode": "Mode of Travel",
        "linked_offences": "Other Offences",
    },
    note="N.B.: Figures are provisional and subject to verification by CID HQ, Malibagh",
    total="Grand Total",
    bad_count=("several", "many", "a group"),
    repeats=True,
    style="cid",
)
_DSI = Blind33Source(
    source="dsi_thailand_ai",
    filename="dsi_thailand_ai.csv",
    ref="DSI-BHT {seq:03d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "เลขคดีพิเศษ / Special Case No.",
        "event_date": "วันที่เกิดเหตุ / Date of Incident",
        "crime_type": "ฐานความผิด / Offence",
        "exploitation": "รูปแบบการแสวงประโยชน์ / Form of Exploitation",
        "n_persons": "จำนวนผู้เสียหาย/ผู้ถูกลักลอบขน (คน) / No. of Victims or Smuggled Persons",
        "n_suspects": "จำนวนผู้ต้องหา / No. of Alleged Offenders",
        "gender": "เพศ / Sex",
        "age_group": "กลุ่มอายุ / Age Group",
        "nationality": "สัญชาติ / Nationality",
        "origin_country": "ประเทศต้นทาง / Country of Origin",
        "transit_countries": "ประเทศทางผ่าน / Transit Countries",
        "destination_country": "ประเทศปลายทาง / Country of Destination",
        "detection_country": "ประเทศที่ตรวจพบ / Country of Detection",
        "transport_mode": "พาหนะ / Means of Transport",
        "lat": "ละติจูด / Latitude",
        "lon": "ลองจิจูด / Longitude",
        "linked_offences": "ความผิดอื่นที่เกี่ยวข้อง / Related Offences",
    },
    note="Remark: preliminary data from the DSI foreign liaison desk - not for publication",
    total="Total",
    bad_count=("several", "a number of", "many"),
    repeats=False,
    style="dsi",
)
_GN = Blind33Source(
    source="gn_mauritanie_ai",
    filename="gn_mauritanie_ai.csv",
    ref="PV N°{seq:04d}/{year}/GN",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date des faits",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre de personnes (migrants/victimes)",
        "n_suspects": "Nbre de mis en cause",
        "gender": "Sexe",
        "age_group": "Âge (majeur/mineur)",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Itinéraire (pays de transit)",
        "destination_country": "Destination finale",
        "detection_country": "Pays d'interception",
        "transport_mode": "Moyen de transport",
        "coordinates": "Position GPS",
        "linked_offences": "Infractions connexes",
    },
    note="NB : situation provisoire arrêtée à la date ci-contre (Groupement de Nouadhibou)",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    style="gn",
)
_CICPC = Blind33Source(
    source="cicpc_venezuela_ai",
    filename="cicpc_venezuela_ai.xlsx",
    ref="K-{yy:02d}-0072-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nro. Expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cant. víctimas / migrantes",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a revisión por la División contra la DO",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=True,
    style="cicpc",
)
_RSO = Blind33Source(
    source="bali_process_rso_ai",
    filename="bali_process_rso_ai.jsonl",
    ref="RSO-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseRef",
        "event_date": "incidentDate",
        "crime_type": "crimeCategory",
        "exploitation": "exploitationType",
        "n_persons": "personsInvolved",
        "n_suspects": "suspectsArrested",
        "gender": "sex",
        "age_group": "ageCategory",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "transit_countries": "transitRoute",
        "destination_country": "intendedDestination",
        "detection_country": "detectionCountry",
        "transport_mode": "transportMode",
        "coordinates": "geom",
        "linked_offences": "associatedCrimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several"),
    repeats=False,
    style="rso",
)

#: The five sources of the ``blind33`` set, in the order of their submissions.
BLIND33_SOURCES: tuple[Blind33Source, ...] = (_CID, _DSI, _GN, _CICPC, _RSO)

# --------------------------------------------------------------------------------------
# Country names and demonyms (the set's own tables)
# --------------------------------------------------------------------------------------
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia & Herzegovina", "BiH"),
    "BLR": ("Belarus",),
    "CHN": ("China", "PR China"),
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
}
_EN_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan", "Afghani"),
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
}
#: Typing slips of the Bangladeshi desk (read without doubt by an analyst).
_EN_TYPOS: dict[str, str] = {
    "ITA": "Itlay",
    "GRC": "Greec",
    "AFG": "Afganistan",
    "PAK": "Pakisthan",
    "BGD": "Bangaldesh",
    "EGY": "Eygpt",
    "LBY": "Lybia",
    "TUN": "Tunisa",
    "ERI": "Eritria",
    "TUR": "Turky",
    "DEU": "Germnay",
    "HRV": "Croatai",
}
_EN_DEMONYM_TYPOS: dict[str, str] = {
    "BGD": "Bangladesi",
    "PAK": "Pakistni",
    "SYR": "Syiran",
    "EGY": "Egyptain",
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
    "GBR": ("Royaume-Uni",),
    "GIN": ("Guinée", "Guinée (Conakry)", "Guinée-Conakry"),
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
    "VNM": ("Viet Nam",),
    "YEM": ("Yémen",),
}
#: French demonyms, masculine then feminine (a "nationalité" is often written feminine).
_FR_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan", "Afghane"),
    "ALB": ("Albanais", "Albanaise"),
    "BGD": ("Bangladais", "Bangladaise"),
    "CHN": ("Chinois", "Chinoise"),
    "CIV": ("Ivoirien", "Ivoirienne"),
    "CMR": ("Camerounais", "Camerounaise"),
    "COL": ("Colombien", "Colombienne"),
    "DZA": ("Algérien", "Algérienne"),
    "ECU": ("Équatorien", "Équatorienne"),
    "EGY": ("Égyptien", "Égyptienne"),
    "ERI": ("Érythréen", "Érythréenne"),
    "GIN": ("Guinéen", "Guinéenne"),
    "GMB": ("Gambien", "Gambienne"),
    "GTM": ("Guatémaltèque",),
    "HND": ("Hondurien", "Hondurienne"),
    "HTI": ("Haïtien", "Haïtienne"),
    "IRN": ("Iranien", "Iranienne"),
    "IRQ": ("Irakien", "Irakienne"),
    "MAR": ("Marocain", "Marocaine"),
    "MEX": ("Mexicain", "Mexicaine"),
    "MLI": ("Malien", "Malienne"),
    "NGA": ("Nigérian", "Nigériane"),
    "PAK": ("Pakistanais", "Pakistanaise"),
    "ROU": ("Roumain", "Roumaine"),
    "SEN": ("Sénégalais", "Sénégalaise"),
    "SYR": ("Syrien", "Syrienne"),
    "TUN": ("Tunisien", "Tunisienne"),
    "TUR": ("Turc", "Turque"),
    "VEN": ("Vénézuélien", "Vénézuélienne"),
    "VNM": ("Vietnamien", "Vietnamienne"),
    "YEM": ("Yéménite",),
}
_FR_TYPOS: dict[str, str] = {
    "ESP": "Espagen",
    "SEN": "Sénagal",
    "MAR": "Marroc",
    "MRT": "Mauritannie",
    "GMB": "Gambbie",
    "FRA": "Frace",
    "ITA": "Itallie",
    "DEU": "Allemange",
}

_ES_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
    "BLR": ("Bielorrusia",),
    "CHN": ("China", "Rep. Popular China"),
    "CIV": ("Costa de Marfil",),
    "CMR": ("Camerún",),
    "COL": ("Colombia", "Rep. de Colombia"),
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
    "USA": ("EE.UU.", "EEUU", "Estados Unidos", "Estados Unidos de América"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
#: Spanish demonyms, feminine ("nacionalidad venezolana") then masculine.
_ES_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afgana", "Afgano"),
    "ALB": ("Albanesa", "Albanés"),
    "BGD": ("Bangladesí",),
    "CHN": ("China", "Chino"),
    "CIV": ("Marfileña", "Marfileño"),
    "CMR": ("Camerunesa", "Camerunés"),
    "COL": ("Colombiana", "Colombiano"),
    "DZA": ("Argelina", "Argelino"),
    "ECU": ("Ecuatoriana", "Ecuatoriano"),
    "EGY": ("Egipcia", "Egipcio"),
    "ERI": ("Eritrea", "Eritreo"),
    "GIN": ("Guineana", "Guineano"),
    "GMB": ("Gambiana", "Gambiano"),
    "GTM": ("Guatemalteca", "Guatemalteco"),
    "HND": ("Hondureña", "Hondureño"),
    "HTI": ("Haitiana", "Haitiano"),
    "IRN": ("Iraní",),
    "IRQ": ("Iraquí",),
    "MAR": ("Marroquí",),
    "MEX": ("Mexicana", "Mexicano"),
    "MLI": ("Maliense",),
    "NGA": ("Nigeriana", "Nigeriano"),
    "PAK": ("Pakistaní",),
    "ROU": ("Rumana", "Rumano"),
    "SEN": ("Senegalesa", "Senegalés"),
    "SYR": ("Siria", "Sirio"),
    "TUN": ("Tunecina", "Tunecino"),
    "TUR": ("Turca", "Turco"),
    "VEN": ("Venezolana", "Venezolano"),
    "VNM": ("Vietnamita",),
    "YEM": ("Yemení",),
}
_ES_TYPOS: dict[str, str] = {
    "VEN": "Venzuela",
    "COL": "Colobia",
    "ECU": "Equador",
    "PAN": "Panamà",
    "GTM": "Guatamala",
    "HND": "Hondruas",
    "MEX": "Mexíco",
}

# --------------------------------------------------------------------------------------
# Value words of each agency
# --------------------------------------------------------------------------------------
_W = dict[str, tuple[str, ...]]

_CRIME: dict[str, _W] = {
    "cid": {
        "trafficking": (
            "HT",
            "Human Trafficking",
            "HT u/s 6/7 PSHTA-2012",
            "Trafficking in persons (PSHT Act 2012)",
            "Human trafficking u/s 6 PSHT Act, 2012",
        ),
        "smuggling": (
            "MS",
            "Migrant Smuggling",
            "Smuggling of migrants",
            "MS (through dalal)",
            "Migrant smuggling by dalal network",
        ),
        "both": ("HT & MS", "HT cum MS", "Human trafficking and migrant smuggling"),
    },
    "dsi": {
        "trafficking": (
            "TIP",
            "Trafficking in persons",
            "TIP - s.6 Anti-TIP Act B.E. 2551",
            "Human trafficking (Anti-Trafficking in Persons Act B.E. 2551)",
        ),
        "smuggling": (
            "People smuggling",
            "Migrant smuggling",
            "Smuggling of migrants (Immigration Act B.E. 2522)",
        ),
        "both": ("TIP + people smuggling", "Trafficking & migrant smuggling"),
    },
    "gn": {
        "trafficking": (
            "Traite des personnes",
            "Traite des personnes (loi n°2020-017)",
            "Traite de personnes",
        ),
        "smuggling": (
            "Trafic illicite de migrants",
            "TIM (loi n°2010-021)",
            "Organisation de l'émigration clandestine",
            "Trafic de migrants",
        ),
        "both": ("Traite et trafic de migrants", "Traite des personnes + TIM"),
    },
    "cicpc": {
        "trafficking": (
            "Trata de personas",
            "Trata de Personas (art. 41 LOCDOFT)",
            "TRATA DE PERSONAS",
        ),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
            "TRÁFICO ILÍCITO DE MIGRANTES",
        ),
        "both": (
            "Trata de personas y tráfico de migrantes",
            "Trata / tráfico ilícito de migrantes",
        ),
    },
    "rso": {
        "trafficking": ("Trafficking in persons", "TIP"),
        "smuggling": ("People smuggling", "SOM"),
        "both": ("TIP + people smuggling", "TIP/SOM"),
    },
}
#: Forms of exploitation; ``none`` is what a smuggling row holds in the column.
_EXPLOITATION: dict[str, _W] = {
    "cid": {
        "sexual": ("Sexual exploitation", "Forced prostitution", "Sexual"),
        "forced_labour": ("Forced labour", "Bonded labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality", "Forced to commit crime"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal (kidney)",),
        "other": ("Others", "Other purpose"),
        "none": ("N/A", "--", ""),
    },
    "dsi": {
        "sexual": ("Sexual exploitation", "Prostitution", "Sexual exploitation (sex work)"),
        "forced_labour": ("Forced labour or services", "Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality", "Forced to commit crimes"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Removal of organs",),
        "other": ("Other", "Other forms"),
        "none": ("-", "N/A", ""),
    },
    "gn": {
        "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Criminalité forcée", "Contrainte à commettre des délits"),
        "forced_marriage": ("Mariage forcé",),
        "organ_removal": ("Prélèvement d'organes",),
        "other": ("Autre", "Autres formes"),
        "none": ("Sans objet", "S.O.", ""),
    },
    "cicpc": {
        "sexual": ("Explotación sexual", "Prostitución forzada"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Comisión forzada de delitos", "Actividades delictivas forzadas"),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra", "Otros fines"),
        "none": ("No aplica", "N/A", ""),
    },
    "rso": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour",),
        "forced_criminality": ("forced criminality",),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
        "none": ("",),
    },
}
_GENDER: dict[str, _W] = {
    "cid": {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("Male & Female",)},
    "dsi": {
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Male/Female", "Mixed", "M+F"),
    },
    "gn": {
        "male": ("Masculin", "M", "Hommes"),
        "female": ("Féminin", "F", "Femmes"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes"),
    },
    "cicpc": {
        "male": ("Masculino", "M"),
        "female": ("Femenino", "F"),
        "mixed": ("Mixto", "Ambos sexos", "M/F"),
    },
    "rso": {"male": ("M",), "female": ("F",), "mixed": ("MIXED",)},
}
_AGE: dict[str, _W] = {
    "cid": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "Child", "Below 18"),
        "mixed": ("Adult & Minor", "Adults and children"),
        "na": ("N/A", "Not known"),
    },
    "dsi": {
        "adult": ("Adult", "Adults"),
        "child": ("Child", "Minor (under 18)", "Children"),
        "mixed": ("Adult/Child", "Adults & minors"),
        "na": ("Not specified", "N/A"),
    },
    "gn": {
        "adult": ("Majeur(s)", "Adultes", "Majeurs"),
        "child": ("Mineur(s)", "Mineurs", "MNA"),
        "mixed": ("Mixte", "Majeurs et mineurs"),
        "na": ("Non renseigné", "NR"),
    },
    "cicpc": {
        "adult": ("Adulto", "Adultos", "Mayor de edad"),
        "child": ("NNA", "Menor de edad", "Menores"),
        "mixed": ("Adultos y NNA", "Mixto"),
        "na": ("S/I", "No aplica"),
    },
    "rso": {
        "adult": ("ADULT",),
        "child": ("MINOR",),
        "mixed": ("MIXED",),
        "na": ("UNKNOWN",),
    },
}
_TRANSPORT: dict[str, _W] = {
    "cid": {
        "sea": ("Boat", "By sea", "Sea route (boat)", "Fishing trawler"),
        "land": ("By road", "Land route", "Truck/Lorry", "On foot"),
        "air": ("By air", "Air (flight)"),
        "na": ("N/A", "Not known"),
    },
    "dsi": {
        "sea": ("Sea", "Boat", "Small boat", "Maritime"),
        "land": ("Land", "Lorry", "Overland (truck)", "Car"),
        "air": ("Air", "Flight", "By air"),
        "na": ("Not specified",),
    },
    "gn": {
        "sea": ("Pirogue", "Voie maritime", "Embarcation pneumatique", "Mer"),
        "land": ("Voie terrestre", "Camion", "Véhicule", "À pied"),
        "air": ("Voie aérienne", "Avion"),
        "na": ("Non renseigné", "NR"),
    },
    "cicpc": {
        "sea": ("Marítimo", "Lancha", "Embarcación"),
        "land": ("Terrestre", "A pie", "Autobús", "Vehículo"),
        "air": ("Aéreo", "Vía aérea"),
        "na": ("N/A", "S/I"),
    },
    "rso": {"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",), "na": ("UNKNOWN",)},
}
#: Linked offences; ``none`` is what a row without any holds.
_OFFENCES: dict[str, _W] = {
    "cid": {
        "document_fraud": ("Passport forgery", "Fake visa/passport"),
        "corruption": ("Bribery of officials",),
        "money_laundering": ("Money laundering (MLPA 2012)", "Hundi / money laundering"),
        "illicit_goods": ("Drug trafficking (yaba)", "Smuggling of goods"),
        "cybercrime": ("Cyber crime (DSA 2018)",),
        "terrorism": ("Terrorism (ATA 2009)",),
        "none": ("", "Nil"),
    },
    "dsi": {
        "document_fraud": ("Document forgery", "Forged passports"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering (AMLA)", "Money laundering"),
        "illicit_goods": ("Drug offences", "Contraband"),
        "cybercrime": ("Cybercrime", "Computer crime"),
        "terrorism": ("Terrorism",),
        "none": ("", "-"),
    },
    "gn": {
        "document_fraud": ("Faux et usage de faux", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment de capitaux", "Blanchiment"),
        "illicit_goods": ("Trafic de drogue", "Contrebande"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
        "none": ("", "Néant"),
    },
    "cicpc": {
        "document_fraud": ("Forjamiento de documentos", "Falsificación de documentos"),
        "corruption": ("Corrupción",),
        "money_laundering": ("Legitimación de capitales",),
        "illicit_goods": ("Contrabando", "Tráfico de drogas"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
        "none": ("", "Ninguno"),
    },
    "rso": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
        "none": (),
    },
}
#: Placeholders of each agency: count not known, suspects not known, nationality not
#: known, zero suspects in words, no transit country.
_COUNT_UNKNOWN: _W = {
    "cid": ("N/K", "Not known"),
    "dsi": ("unknown", "n/k"),
    "gn": ("ND", "Indéterminé", "inconnu"),
    "cicpc": ("S/I", "Desconocido", "s/d"),
    "rso": (),
}
_SUSPECTS_UNKNOWN: _W = {
    "cid": ("N/K", "Not known"),
    "dsi": ("unknown", "n/k"),
    "gn": ("ND", "inconnu"),
    "cicpc": ("S/I", "Por determinar"),
    "rso": (),
}
_SUSPECTS_ZERO: _W = {
    "cid": ("Nil", "Nil", "None"),
    "dsi": ("None", "Nil"),
    "gn": ("Néant", "Néant", "Aucun"),
    "cicpc": ("Ninguno", "Sin aprehendidos"),
    "rso": (),
}
_NAT_UNKNOWN: _W = {
    "cid": ("N/K", "Not known"),
    "dsi": ("Unknown", "n/k"),
    "gn": ("Inconnue", "ND"),
    "cicpc": ("S/I", "Sin información"),
    "rso": (),
}
_NO_TRANSIT: _W = {
    "cid": ("Direct", "", "Nil"),
    "dsi": ("Direct", "-", ""),
    "gn": ("Direct", "Aucun", ""),
    "cicpc": ("Directo", "Ninguno", ""),
    "rso": (),
}
_EN_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_FR_MONTHS_XL = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
_ES_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_ES_MONTHS_SHORT = "ene feb mar abr may jun jul ago sept oct nov dic".split()
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_BE_OFFSET = 543  # Buddhist Era year = Common Era year + 543


# --------------------------------------------------------------------------------------
# Small writers
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    """Drop the accents of ``text`` (``Sénégal`` -> ``Senegal``)."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _ordinal(day: int) -> str:
    """Return ``1st``, ``2nd``, ``3rd``, ``4th`` ... ``31st``."""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _thousands(n: int, sep: str) -> str:
    """Write ``n`` with ``sep`` between groups of three digits."""
    return f"{n:,}".replace(",", sep)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    """First day of the quarter of ``ts``."""
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _dms(x: float) -> tuple[int, int, int]:
    """Degrees, minutes and whole seconds of ``abs(x)``."""
    a = abs(x)
    d = int(a)
    m_f = (a - d) * 60
    m = int(m_f)
    s = round((m_f - m) * 60)
    if s == 60:
        s, m = 0, m + 1
    if m == 60:
        m, d = 0, d + 1
    return d, m, s


def _ddm(x: float) -> tuple[int, float]:
    """Degrees and decimal minutes (two decimals) of ``abs(x)``."""
    a = abs(x)
    d = int(a)
    m = round((a - d) * 60, 2)
    if m >= 60:
        d, m = d + 1, 0.0
    return d, m


def _pick_fit(src: Blind33Source, rng: _Rng, options: tuple[str, ...], fallback: str) -> str:
    """Draw one of ``options`` that the source's file can hold, else ``fallback``."""
    ok = tuple(o for o in options if fits(o, src))
    return choice(rng, ok) if ok else fallback


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _day_cell(src: Blind33Source, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a full date as the agency does."""
    d, m, y = ts.day, ts.month, ts.year
    mon = MONTHS[m - 1]
    u = rng.random()
    if src.style == "cid":
        if u < 0.4:
            return f"{d:02d}.{m:02d}.{y}"
        if u < 0.65:
            return f"{d:02d}/{m:02d}/{y}"
        if u < 0.85:
            tags.append("month_name")
            return f"{d:02d}-{mon[:3]}-{y}"
        tags.append("ordinal_date")
        return f"{_ordinal(d)} {mon}, {y}"
    if src.style == "dsi":
        if u < 0.18:
            tags.append("buddhist_era")
            return f"{d:02d}/{m:02d}/{y + _BE_OFFSET} (B.E.)"
        if u < 0.26:
            tags.append("buddhist_era")
            return f"{d} {mon[:3]} B.E. {y + _BE_OFFSET}"
        if u < 0.5:
            tags.append("month_name")
            return f"{d} {mon[:3]} {y}"
        if u < 0.62:
            tags.append("month_name")
            return f"{d} {mon} {y}"
        if u < 0.85:
            return f"{d:02d}/{m:02d}/{y}"
        return ts.strftime("%Y-%m-%d")
    if src.style == "gn":
        if u < 0.45:
            return f"{d:02d}/{m:02d}/{y}"
        if u < 0.6:
            return f"{d:02d}-{m:02d}-{y}"
        if u < 0.8:
            tags.append("month_name")
            return f"{d} {_FR_MONTHS[m - 1]} {y}"
        tags.append("month_name")
        return f"{d:02d}-{_FR_MONTHS_XL[m - 1]}-{y % 100:02d}"
    if src.style == "cicpc":
        if u < 0.5:
            tags.append("excel_date")
            return ts.to_pydatetime()
        if u < 0.62:
            tags.append("excel_serial")
            return int((ts - _EXCEL_EPOCH).days)
        if u < 0.82:
            return f"{d:02d}/{m:02d}/{y}"
        if u < 0.92:
            tags.append("month_name")
            return f"{d:02d}-{_ES_MONTHS_SHORT[m - 1]}-{y}"
        tags.append("month_name")
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
    # rso
    if u < 0.7:
        return ts.strftime("%Y-%m-%d")
    if u < 0.9:
        tags.append("iso_timestamp")
        hour, minute = int(rng.integers(8, 21)), int(rng.integers(0, 60))
        return f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:00+07:00"
    tags.append("epoch_ms")
    return int((ts - pd.Timestamp("1970-01-01")).total_seconds()) * 1000


def _month_cell(src: Blind33Source, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a month (the day not known) as the agency does."""
    m, y = ts.month, ts.year
    u = rng.random()
    if src.style == "cid":
        return f"{MONTHS[m - 1]}, {y}" if u < 0.6 else f"{MONTHS[m - 1][:3]}-{y}"
    if src.style == "dsi":
        if u < 0.25:
            tags.append("buddhist_era")
            return f"{MONTHS[m - 1]} B.E. {y + _BE_OFFSET}"
        return f"{MONTHS[m - 1][:3]} {y}"
    if src.style == "gn":
        return f"{_FR_MONTHS[m - 1]} {y}" if u < 0.6 else f"{m:02d}/{y}"
    if src.style == "cicpc":
        if u < 0.45:
            return f"{_ES_MONTHS[m - 1]} {y}"
        if u < 0.7:
            return f"{_ES_MONTHS[m - 1]} de {y}"
        return f"{m:02d}/{y}"
    return f"{y}-{m:02d}"


def _quarter_cell(src: Blind33Source, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a quarter (the month not known) as the agency does."""
    q, y = (ts.month - 1) // 3 + 1, ts.year
    u = rng.random()
    if src.style == "cid":
        first, last = MONTHS[3 * q - 3][:3], MONTHS[3 * q - 1][:3]
        return f"{first}-{last} {y}" if u < 0.6 else f"Q{q} {y}"
    if src.style == "dsi":
        nth = ("1st", "2nd", "3rd", "4th")[q - 1]
        return f"Q{q}/{y}" if u < 0.6 else f"{nth} quarter {y}"
    if src.style == "gn":
        nth = ("1er", "2e", "3e", "4e")[q - 1]
        return f"T{q} {y}" if u < 0.5 else f"{nth} trimestre {y}"
    if src.style == "cicpc":
        nth = ("1er", "2do", "3er", "4to")[q - 1]
        return f"{_ROMAN[q - 1]} trimestre {y}" if u < 0.6 else f"{nth} trim. {y}"
    return f"{y}-Q{q}"


def _date(
    src: Blind33Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    u = rng.random() if partial_ok else 1.0
    if u < 0.035:
        tags.append("partial_month")
        return _month_cell(src, ts, rng, tags), ts.to_period("M").start_time, "month"
    if u < 0.06:
        tags.append("partial_quarter")
        return _quarter_cell(src, ts, rng), _quarter_start(ts), "quarter"
    return _day_cell(src, ts, rng, tags), ts, "day"


def _bad_date(src: Blind33Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine (no date, impossible date, future date)."""
    if kind == "no_date":
        return None
    y, m, d = ts.year, ts.month, ts.day
    if kind == "bad_date":
        # the 31st of a 30-day month, or the 30th of February: no such day
        month = choice(rng, ("02", "04", "06", "09", "11"))
        day = "30" if month == "02" else "31"
        if src.style == "cid":
            return f"{day}.{month}.{y}"
        if src.style == "rso":
            return f"{y}-{month}-{day}"
        return f"{day}/{month}/{y}"
    # future: the clerk typed 21xx for 20xx
    fy = y + 100
    if src.style == "cid":
        return f"{d:02d}.{m:02d}.{fy}"
    if src.style == "cicpc":
        return pd.Timestamp(year=fy, month=m, day=d).to_pydatetime()
    if src.style == "rso":
        return f"{fy}-{m:02d}-{d:02d}"
    return f"{d:02d}/{m:02d}/{fy}"


def _note_date(src: Blind33Source, last: pd.Timestamp) -> object:
    """Return the date written beside the agency's note row."""
    if src.style == "cid":
        return last.strftime("%d.%m.%Y")
    if src.style == "dsi":
        return f"{last.day} {MONTHS[last.month - 1][:3]} {last.year}"
    if src.style == "cicpc":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _persons(
    src: Blind33Source, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    """Return (cell, expected) of the number of persons."""
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    st = src.style
    if _COUNT_UNKNOWN[st] and rng.random() < 0.025:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[st]), None
    if st == "rso" and rng.random() < 0.02:
        tags.append("count_placeholder")
        return None, None
    u = rng.random()
    if st == "cid":
        if n >= 1000:
            tags.append("thousands_sep")
            return (_thousands(n, ",") if u < 0.85 else str(n)), n
        if n <= 20 and u < 0.2:
            tags.append("count_words")
            return f"{n:02d} ({_EN_NUMBERS[n]})", n
        if n < 10 and u < 0.6:
            tags.append("zero_padded")
            return f"{n:02d}", n
        return str(n), n
    if st == "dsi":
        if n >= 1000:
            tags.append("thousands_sep")
            return _thousands(n, ","), n
        if u < 0.1:
            tags.append("count_unit")
            return f"{n} persons" if n > 1 else "1 person", n
        return str(n), n
    if st == "gn":
        if n >= 1000:
            tags.append("thousands_sep")
            return _thousands(n, "\xa0" if u < 0.6 else " "), n
        if u < 0.1:
            tags.append("count_unit")
            crime = str(ev["crime_type"])
            noun = {"smuggling": "migrants", "trafficking": "victimes"}.get(crime, "personnes")
            return f"{n} {noun}" if n > 1 else f"1 {noun[:-1]}", n
        return str(n), n
    if st == "cicpc":
        if n >= 1000 and u < 0.5:
            tags.append("thousands_sep")
            return _thousands(n, "."), n
        if u < 0.12:
            tags.append("number_as_text")
            return str(n), n
        return n, n
    if u < 0.05:
        tags.append("number_as_text")
        return str(n), n
    return n, n


def _suspects(
    src: Blind33Source, ev: dict[str, object], rng: _Rng, tags: list[str], blank: bool
) -> tuple[object, int | None]:
    """Return (cell, expected) of the number of suspects."""
    st = src.style
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return (choice(rng, _SUSPECTS_UNKNOWN[st]) if _SUSPECTS_UNKNOWN[st] else None), None
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    numeric = src.format != "csv"
    if k == 0 and _SUSPECTS_ZERO[st] and rng.random() < 0.55:
        tags.append("zero_word")
        return choice(rng, _SUSPECTS_ZERO[st]), 0
    if st == "cid" and rng.random() < 0.5:
        return f"{k:02d}", k
    return (k if numeric else str(k)), k


# --------------------------------------------------------------------------------------
# Categories
# --------------------------------------------------------------------------------------
def _gender(
    src: Blind33Source,
    ev: dict[str, object],
    n_written: int | None,
    rng: _Rng,
    tags: list[str],
    blank: bool,
) -> tuple[object, str]:
    """Return (cell, expected) of the sex of the persons."""
    if blank:
        tags.append("blank_gender")
        return None, "unknown"
    g = str(ev["gender"])
    if src.style == "cid" and n_written is not None and rng.random() < 0.3:
        tags.append("gender_split")
        if g == "mixed":
            males = int(rng.integers(1, n_written))
            return f"M-{males:02d}, F-{n_written - males:02d}", g
        word = "Male" if g == "male" else "Female"
        return f"{word}-{n_written:02d}", g
    return choice(rng, _GENDER[src.style][g]), g


def _vocab(
    src: Blind33Source,
    table: dict[str, _W],
    value: str,
    rng: _Rng,
    tags: list[str],
    na_rate: float,
) -> tuple[object, str]:
    """Return (cell, expected) of an age group or transport mode."""
    words = table[src.style]
    if rng.random() < na_rate:
        tags.append("na_word")
        return choice(rng, words["na"]), "unknown"
    cell = choice(rng, words[value])
    if src.style in ("cid", "dsi", "gn") and rng.random() < 0.03:
        tags.append("case_space")
        cell = f" {cell.upper()} "
    return cell, value


def _crime(src: Blind33Source, crime: str, rng: _Rng, tags: list[str]) -> str:
    """Write the crime type."""
    cell = choice(rng, _CRIME[src.style][crime])
    if any(k in cell for k in ("u/s", "Act", "loi", "LOCDOFT")):
        tags.append("legal_ref")
    return cell


def _exploitation(src: Blind33Source, form: object, rng: _Rng) -> object:
    """Write the form of exploitation (the "none" word of a smuggling row)."""
    words = _EXPLOITATION[src.style]
    if form is None:
        cell = choice(rng, words["none"])
        return cell or None
    return choice(rng, words[str(form)])


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _names(src: Blind33Source) -> dict[str, tuple[str, ...]]:
    return {"fr": _FR_NAMES, "es": _ES_NAMES}.get(src.language, _EN_NAMES)


def _demonyms(src: Blind33Source) -> dict[str, tuple[str, ...]]:
    return {"fr": _FR_DEMONYMS, "es": _ES_DEMONYMS}.get(src.language, _EN_DEMONYMS)


def _typos(src: Blind33Source) -> dict[str, str]:
    return {"fr": _FR_TYPOS, "es": _ES_TYPOS}.get(src.language, _EN_TYPOS)


def _country(
    src: Blind33Source, code: str, rng: _Rng, tags: list[str], *, nationality: bool = False
) -> object:
    """Write one country (or, for ``nationality``, a nationality) as the agency does."""
    st = src.style
    alpha2, _ = iso_codes(code)
    if st == "rso":
        if rng.random() < 0.15:
            tags.append("iso3")
            return code
        tags.append("iso2")
        return "UK" if code == "GBR" and rng.random() < 0.4 else alpha2
    u = rng.random()
    if st == "dsi" and u < 0.15:
        tags.append("iso3")
        return code
    if st == "cid" and u < 0.04:
        tags.append("iso3")
        return code
    names = _names(src)[code]
    demonyms = _demonyms(src).get(code)
    if nationality and demonyms is not None and rng.random() < 0.85:
        cell = _pick_fit(src, rng, demonyms, names[0])
        tags.append("demonym")
        if st == "cid" and code in _EN_DEMONYM_TYPOS and rng.random() < 0.03:
            tags.append("typo")
            return _EN_DEMONYM_TYPOS[code]
    else:
        cell = _pick_fit(src, rng, names, names[0])
        typo = _typos(src).get(code)
        if typo is not None and st != "dsi" and rng.random() < 0.015 and fits(typo, src):
            tags.append("typo")
            return typo
    v = rng.random()
    if st == "gn":
        garbled = mojibake(cell)
        if garbled is not None and v < 0.03 and fits(garbled, src):
            tags.append("mojibake")
            return garbled
        if v < 0.08 and _strip_accents(cell) != cell:
            tags.append("no_accents")
            return _strip_accents(cell)
        if v < 0.13:
            tags.append("case_space")
            return cell.upper() if v < 0.11 else _strip_accents(cell).upper()
    if st == "cicpc" and v < 0.06 and _strip_accents(cell) != cell:
        tags.append("no_accents")
        return _strip_accents(cell)
    if st in ("cid", "cicpc") and v > 0.975:
        tags.append("case_space")
        return f"{cell.upper()} " if st == "cid" else f" {cell}"
    return cell


def _transit(src: Blind33Source, value: object, rng: _Rng, tags: list[str]) -> object:
    """Write the ordered transit countries."""
    if value is None:
        if src.style == "rso":
            return [] if rng.random() < 0.7 else None
        cell = choice(rng, _NO_TRANSIT[src.style])
        return cell or None
    codes = str(value).split("|")
    if src.style == "rso":
        return [iso_codes(c)[0] for c in codes]
    names = [str(_country(src, c, rng, tags)) for c in codes]
    if len(names) == 1:
        return f"via {names[0]}" if src.style == "cid" and rng.random() < 0.3 else names[0]
    seps = {
        "cid": (" - ", ", ", " → "),
        "dsi": (" > ", ", "),
        "gn": (" - ", " / ", ", "),
        "cicpc": (" - ", ", "),
    }[src.style]
    sep = choice(rng, seps)
    if any(sep.strip() and sep.strip() in n for n in names):  # "Bosnie-Herzégovine"
        sep = ", "
    if any("," in n for n in names):
        sep = " / "
    tags.append("transit_list")
    return sep.join(names)


def _offences(src: Blind33Source, value: object, rng: _Rng) -> object:
    """Write the linked offences (any order)."""
    words = _OFFENCES[src.style]
    if value is None:
        if src.style == "rso":
            return [] if rng.random() < 0.8 else None
        return choice(rng, words["none"]) or None
    kinds = str(value).split("|")
    cells = [choice(rng, words[k]) for k in kinds]
    if len(cells) > 1 and rng.random() < 0.5:
        cells = cells[::-1]
    if src.style == "rso":
        return cells
    sep = {"cid": "; ", "dsi": " / ", "gn": " + ", "cicpc": ", "}[src.style]
    return sep.join(cells)


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _coordinates(
    src: Blind33Source,
    ev: dict[str, object],
    rng: _Rng,
    tags: list[str],
    blank: bool,
) -> tuple[_Cells, float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the place of detection."""
    st = src.style
    if st == "cid":  # no GPS: the place is written in words
        tags.append("coords_missing")
        if blank:
            tags.append("blank_coordinates")
        return {}, None, None
    if blank:
        tags.append("blank_coordinates")
        return {}, None, None
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    u = rng.random()
    if st == "dsi":
        if u < 0.03:
            tags.append("coords_placeholder")
            return {"lat": "0.000000", "lon": "0.000000"}, None, None
        if u < 0.3:
            tags.append("hemisphere_letter")
            ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
            la, lo = round(abs(lat), 4), round(abs(lon), 4)
            deg = "°" if rng.random() < 0.5 else ""
            cells: _Cells = {"lat": f"{la:.4f}{deg} {ns}", "lon": f"{lo:.4f}{deg} {ew}"}
            return cells, (la if lat >= 0 else -la), (lo if lon >= 0 else -lo)
        la, lo = round(lat, 6), round(lon, 6)
        return {"lat": f"{la:.6f}", "lon": f"{lo:.6f}"}, la, lo
    if st == "gn":
        if u < 0.03:
            tags.append("coords_placeholder")
            return {"coordinates": choice(rng, ("NR", "Non relevée"))}, None, None
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        sla, slo = (1 if lat >= 0 else -1), (1 if lon >= 0 else -1)
        if u < 0.55:
            tags.append("ddm")
            (dla, mla), (dlo, mlo) = _ddm(lat), _ddm(lon)
            text = f"{dla:02d}°{mla:05.2f}' {ns} / {dlo:03d}°{mlo:05.2f}' {ew}".replace(".", ",")
            return {"coordinates": text}, sla * (dla + mla / 60), slo * (dlo + mlo / 60)
        if u < 0.8:
            tags.append("dms")
            (a, b, c), (e, f, g) = _dms(lat), _dms(lon)
            text = f"{a}°{b:02d}'{c:02d}\" {ns} {e}°{f:02d}'{g:02d}\" {ew}"
            return (
                {"coordinates": text},
                sla * (a + b / 60 + c / 3600),
                slo * (e + f / 60 + g / 3600),
            )
        tags.append("decimal_comma")
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f} / {lo:.5f}".replace(".", ",")}, la, lo
    if st == "cicpc":
        if u < 0.03:
            tags.append("coords_placeholder")
            return {"lat": "S/I", "lon": "S/I"}, None, None
        if u < 0.2:
            tags.append("decimal_comma")
            la, lo = round(lat, 5), round(lon, 5)
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
            )
        if u < 0.35:
            tags.append("dms")
            ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
            sla, slo = (1 if lat >= 0 else -1), (1 if lon >= 0 else -1)
            (a, b, c), (e, f, g) = _dms(lat), _dms(lon)
            dms: _Cells = {"lat": f"{a}°{b:02d}'{c:02d}\"{ns}", "lon": f"{e}°{f:02d}'{g:02d}\"{ew}"}
            return dms, sla * (a + b / 60 + c / 3600), slo * (e + f / 60 + g / 3600)
        la, lo = round(lat, 6), round(lon, 6)
        return {"lat": la, "lon": lo}, la, lo
    # rso: WKT, longitude first
    if u < 0.03:
        tags.append("coords_placeholder")
        return {"coordinates": "POINT EMPTY"}, None, None
    tags.append("wkt")
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"POINT ({lo:.5f} {la:.5f})"}, la, lo


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Blind33Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as the agency does: (cells, expected values, tags).

    Parameters
    ----------
    src : Blind33Source
        The agency.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter.
    forced_blank : str or None
        Field this (second) report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (``coordinates`` or ``lat``/``lon``, ``place``).
    expected : dict
        Expected clean value of every record field.
    tags : list of str
        Messiness planted in the row.
    """
    tags: list[str] = []
    st = src.style
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: _Cells = {}
    exp: dict[str, object] = {}

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    crime = str(ev["crime_type"])
    cells["crime_type"] = _crime(src, crime, rng, tags)
    exp["crime_type"] = crime
    cells["exploitation"] = _exploitation(src, ev["exploitation"], rng)
    exp["exploitation"] = ev["exploitation"]

    cells["n_persons"], exp["n_persons"] = _persons(src, ev, rng, tags)
    n_written = exp["n_persons"]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src, ev, rng, tags, forced_blank == "n_suspects"
    )
    cells["gender"], exp["gender"] = _gender(
        src,
        ev,
        n_written if isinstance(n_written, int) else None,
        rng,
        tags,
        forced_blank == "gender",
    )
    cells["age_group"], exp["age_group"] = _vocab(src, _AGE, str(ev["age_group"]), rng, tags, 0.02)

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif _NAT_UNKNOWN[st] and rng.random() < 0.015:
        tags.extend(["blank_nationality", "nationality_placeholder"])
        cells["nationality"], exp["nationality"] = choice(rng, _NAT_UNKNOWN[st]), None
    else:
        cells["nationality"] = _country(src, nat, rng, tags, nationality=True)
        exp["nationality"] = nat
    cells["origin_country"] = _country(src, str(ev["origin_country"]), rng, tags)
    exp["origin_country"] = ev["origin_country"]
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]
    cells["destination_country"] = _country(src, str(ev["destination_country"]), rng, tags)
    exp["destination_country"] = ev["destination_country"]

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country(src, det, rng, tags)
        if st == "gn" and rng.random() < 0.25:  # the gendarme names the landing place
            tags.append("place_in_country")
            place = str(ev["hotspot"]).split(" (")[0]
            cells["detection_country"] = f"{cells['detection_country']} ({place})"
        exp["detection_country"] = det
        if st == "cid":
            cells["place"] = f"{ev['hotspot']}, {_EN_NAMES[det][0]}"

    cells["transport_mode"], exp["transport_mode"] = _vocab(
        src, _TRANSPORT, str(ev["transport_mode"]), rng, tags, 0.02
    )
    coords, exp["lat"], exp["lon"] = _coordinates(src, ev, rng, tags, forced_blank == "coordinates")
    cells.update(coords)
    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
#: The ``blind33`` examiner: who reports which events, and how a cell is written.
BLIND33: Examiner[Blind33Source] = Examiner(
    sources=BLIND33_SOURCES,
    primary={
        "ITA": _CID.source,
        "GRC": _CID.source,
        "GBR": _DSI.source,
        "FRA": _DSI.source,
        "ESP": _GN.source,
        "PAN": _CICPC.source,
        "USA": _CICPC.source,
    },
    compilation=_RSO.source,
    secondary={
        ("cmed", "ITA"): _RSO.source,
        ("emed", "GRC"): _RSO.source,
        ("thb_vnm_gbr", "GBR"): _RSO.source,
        ("channel", "FRA"): _RSO.source,
        ("darien", "PAN"): _RSO.source,
        ("us_mex", "USA"): _RSO.source,
        ("wbal", "HRV"): _CID.source,
        ("blr_pol", "POL"): _CID.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=33_0331,
    blank_share=0.35,
)


def make_blind33(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind33`` agencies' submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND33_SOURCES`, in that order: the Bangladeshi CID's
        CSV, the Thai DSI's UTF-16 tab-delimited file, the Mauritanian gendarmerie's
        cp1252 CSV, the Venezuelan CICPC's workbook and the Bali Process RSO's JSON lines.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind33(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cid_bangladesh_ai.csv', 'dsi_thailand_ai.csv', 'gn_mauritanie_ai.csv',
     'cicpc_venezuela_ai.xlsx', 'bali_process_rso_ai.jsonl']
    """
    return make_examined(BLIND33, truth, seed=seed)
