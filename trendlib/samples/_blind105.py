"""Examiner sample set ``blind105`` (files ``*_dc.*``), from five unseen agencies.

Three Mexican services, a French sub-prefecture and a customs intelligence compilation:
a held-out set written independently of the cleaner, for measuring how it generalises
to wording it was never tuned on. Five sources, as a reader's guide:

``fgjnl_uetp_dc.csv`` -- Fiscalía General de Justicia del Estado de Nuevo León, Unidad
    Especializada en Trata de Personas; register of binational cases (events detected on
    the US side with a Nuevo León investigation). Spanish (Mexico), UTF-8 with BOM, ``,``.
    First reporter of every event detected in the USA. Upper-case headers with units
    (``LATITUD (GD)``: decimal degrees) and format hints (``(DD/MM/AAAA)``); values in
    capitals, a third of them without accents (``TRAFICO``, ``PANAMA``) but keeping
    ``Ñ``; dates day-first ``15/03/2022``, Oracle-style ``15-MAR-2022`` with Spanish
    month abbreviations (``ENE``, ``ABR``, ``AGO``, ``DIC``), ``15 DE MARZO DE 2022``, and
    now and then only ``MARZO 2022`` or ``1ER. TRIMESTRE 2022``; crime types with Mexican
    legal references (``ART. 159 LEY DE MIGRACIÓN`` = migrant smuggling, ``ART. 10
    LGPSEDMTP`` = trafficking; both written only as articles in some rows), and the
    Mexican sense of ``TRÁFICO DE PERSONAS`` (smuggling, always with the article);
    feminine demonyms (``HONDUREÑA``), ``EUA``/``E.U.A.``/``EE.UU.``, ``NNA`` (children),
    singular words for a single person (``HOMBRE``, ``MENOR DE EDAD``), counts with comma
    thousands (``1,250``), ``S/D``/``N/D``/``SIN DATO`` for unknowns, ``NINGUNO`` for no
    suspect, ``ORPI`` and ``COHECHO`` among linked offences, a little mojibake
    (``MÃ‰XICO``), a note row and a ``TOTAL GENERAL`` row.
``ioam_oaxaca_dc.xlsx`` -- Instituto Oaxaqueño de Atención al Migrante: events on the
    route declared by the people it assists (Darién crossings; repatriated Oaxacans
    caught in the USA). Spanish, XLSX. First reporter of every event detected in Panama,
    second reporter of some US-Mexico events. Real Excel dates, a few bare Excel serial
    numbers (``44635``) and text dates; the most partial dates of the set (``marzo de
    2022``, ``1er trimestre 2022``, ``enero-marzo 2022``); approximate counts (``aprox.
    40``, ``unas 40``) and ``No recuerda``/``No sabe``; ``Coyotaje`` for smuggling;
    nationality as a country name or a demonym; transit routes with arrows (``Ecuador →
    Colombia``); coordinates in degrees-minutes(-seconds) with ``O`` (oeste) for west
    (``8°14'44"N, 77°42'10"O``); some rows re-sent.
``fgever_feam_dc.csv`` -- Fiscalía General del Estado de Veracruz, Fiscalía Especializada
    en Atención a Migrantes: second reports of Darién events (migrants later found in
    Veracruz, and their statements). Spanish, Latin-1, ``|``. Title-case legal wording
    (``Tráfico de Indocumentados``, ``Total Agraviados``), ``Masculino``/``Femenino``/``Ambos``,
    ``Mayores``/``Menores``, dates ``15/03/2022``, ``15/mar/2022`` and with the weekday
    (``martes, 15 de marzo de 2022``), coordinates as one ``lat, long`` cell, mojibake
    in some country names (``PanamÃ¡``).
``spdunkerque_dc.csv`` -- Sous-préfecture de Dunkerque, cellule littoral (Franco-British
    exchange sheet). French with bilingual French / English headers, cp1252, ``;``,
    CRLF. First reporter of every event detected in France, second reporter of some
    Channel events detected in the UK. Dates ``15/03/2022``, ``15/03/22``, ``15 mars
    2022``, ``mardi 15 mars 2022``, ``mars 2022``, ``1er trimestre 2022``, ``T1 2022``;
    CESEDA and penal-code articles (``art. L823-1 CESEDA``, ``art. 225-4-1 CP``), ``TEH``
    and ``AESI``; ``small boat``, ``poids lourd``, ``véhicule léger``; ``MNA``; ``néant``
    for no suspect; ``NC`` (non communiqué) and ``inconnu`` for unknowns; ``Angleterre``
    for the UK as a destination; decimal-comma coordinates; counts with a (non-breaking)
    space as thousands separator; some rows re-sent.
``wco_rilo_we_dc.jsonl`` -- World Customs Organization, RILO Western Europe: nCEN extract
    of human-smuggling and THB detections passed on by customs services. English, JSON
    lines with camelCase keys, UTF-8. Reports every other event (Spain, Italy, Greece,
    the UK, Croatia, Poland) and second reports of some Channel events detected in France.
    ISO alpha-2 codes (``AF``, ``UK`` or ``GB``) or dropdown labels (``AF - Afghanistan``),
    transit itineraries ``TR-BG-RS``; dates ISO, ``15-MAR-2022``, ``2022-03-15T00:00:00Z``,
    ``2022-03``, ``2022-Q1`` and ``Q1 2022``; customs conveyance words (``Road - HGV``,
    ``Rail - freight train``, ``Sea - rubber boat``); ``UAM`` (unaccompanied minors);
    ``nil`` for no suspect and ``n/k`` for not known; one ``position`` field, in degrees
    and decimal minutes for sea events (``35°30.740'N 012°36.007'E``) and decimal degrees
    for land ones.

Every source also writes bad rows (no date, an impossible date such as ``31/04/2022``,
a date in the far future from a transposed year such as ``2202``, a negative count, a
count such as ``varios``/``plusieurs``/``several``), an empty row (CSV), a note row with a
date (all but the JSON file) and a total row.
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

__all__ = ["BLIND105_SOURCES", "Blind105Source", "make_blind105"]

_Rng = np.random.Generator
_Words = tuple[str, ...]


@dataclass(frozen=True)
class Blind105Source(ExaminerSource):
    """A ``blind105`` source: the shared attributes plus its writing style.

    Attributes
    ----------
    style : str
        Key of the source's wording tables (``"nl"``, ``"oax"``, ``"ver"``, ``"dk"``,
        ``"wco"``).
    partial_share : float
        Share of rows (outside duplicated events) whose date is only a month or quarter.
    """

    style: str = ""
    partial_share: float = 0.0


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_NL = Blind105Source(
    source="fgjnl_uetp_dc",
    filename="fgjnl_uetp_dc.csv",
    ref="CI/UETP/{seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "NÚM. CARPETA DE INVESTIGACIÓN",
        "event_date": "FECHA DE HECHOS (DD/MM/AAAA)",
        "crime_type": "DELITO (FUNDAMENTO LEGAL)",
        "exploitation": "FIN DE EXPLOTACIÓN",
        "n_persons": "NÚM. DE VÍCTIMAS / MIGRANTES",
        "n_suspects": "NÚM. DE IMPUTADOS",
        "gender": "SEXO",
        "age_group": "RANGO DE EDAD",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAÍS DE ORIGEN",
        "destination_country": "PAÍS DE DESTINO",
        "detection_country": "PAÍS DE DETECCIÓN",
        "transit_countries": "PAÍSES DE TRÁNSITO",
        "transport_mode": "MEDIO DE TRANSPORTE",
        "lat": "LATITUD (GD)",
        "lon": "LONGITUD (GD)",
        "linked_offences": "DELITOS CONEXOS",
    },
    note="NOTA: CIFRAS PRELIMINARES, SUJETAS A VALIDACIÓN DE LA UNIDAD",
    total="TOTAL GENERAL",
    bad_count=("VARIOS", "GRUPO"),
    repeats=False,
    style="nl",
    partial_share=0.04,
)
_OAX = Blind105Source(
    source="ioam_oaxaca_dc",
    filename="ioam_oaxaca_dc.xlsx",
    ref="IOAM-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Folio IOAM",
        "event_date": "Fecha del hecho (aprox.)",
        "crime_type": "Tipo de hecho",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Personas en el grupo",
        "n_suspects": "Guías / presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino final",
        "detection_country": "País donde ocurrió",
        "transit_countries": "Países de tránsito (en orden)",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Coordenadas (GMS)",
        "linked_offences": "Otros delitos asociados",
    },
    note="Nota: información declarada por las personas atendidas; fechas aproximadas.",
    total="Total",
    bad_count=("varios", "un grupo grande"),
    repeats=True,
    style="oax",
    partial_share=0.15,
)
_VER = Blind105Source(
    source="fgever_feam_dc",
    filename="fgever_feam_dc.csv",
    ref="IM/FEAM/{seq:03d}/{year}",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "Investigación Ministerial",
        "event_date": "Fecha de los Hechos",
        "crime_type": "Delito",
        "exploitation": "Modalidad de Explotación",
        "n_persons": "Total Agraviados",
        "n_suspects": "Detenidos",
        "gender": "Género",
        "age_group": "Mayores/Menores",
        "nationality": "Nacionalidad",
        "origin_country": "País de Procedencia",
        "destination_country": "País de Destino",
        "detection_country": "País de Detección",
        "transit_countries": "Ruta (Tránsito)",
        "transport_mode": "Medio de Transporte",
        "coordinates": "Coordenadas (Lat, Long)",
        "linked_offences": "Delitos Concurrentes",
    },
    note="Información reservada conforme al art. 113 de la LFTAIP",
    total="TOTAL",
    bad_count=("Varios",),
    repeats=False,
    style="ver",
    partial_share=0.0,
)
_DK = Blind105Source(
    source="spdunkerque_dc",
    filename="spdunkerque_dc.csv",
    ref="SPD-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche / Ref.",
        "event_date": "Date des faits / Date of incident",
        "crime_type": "Qualification / Offence",
        "exploitation": "Forme d'exploitation / Type of exploitation",
        "n_persons": "Nb personnes / No. of persons",
        "n_suspects": "Passeurs interpellés / Smugglers arrested",
        "gender": "Sexe / Sex",
        "age_group": "Majeurs-mineurs / Adults-minors",
        "nationality": "Nationalité / Nationality",
        "origin_country": "Pays d'origine / Country of origin",
        "destination_country": "Destination",
        "detection_country": "Pays de constatation / Country of detection",
        "transit_countries": "Pays traversés / Transit countries",
        "transport_mode": "Mode de transport / Means of transport",
        "lat": "Latitude (°N)",
        "lon": "Longitude (°E)",
        "linked_offences": "Infractions connexes / Related offences",
    },
    note="Données provisoires – ne pas diffuser",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe"),
    repeats=True,
    style="dk",
    partial_share=0.08,
)
_WCO = Blind105Source(
    source="wco_rilo_we_dc",
    filename="wco_rilo_we_dc.jsonl",
    ref="RILO-WE/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseRef",
        "event_date": "detectionDate",
        "crime_type": "offenceType",
        "exploitation": "exploitationForm",
        "n_persons": "personsDetected",
        "n_suspects": "suspectsArrested",
        "gender": "sex",
        "age_group": "ageCategory",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "destination_country": "intendedDestination",
        "detection_country": "detectionCountry",
        "transit_countries": "transitCountries",
        "transport_mode": "transportMode",
        "coordinates": "position",
        "linked_offences": "relatedOffences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "group"),
    repeats=False,
    style="wco",
    partial_share=0.10,
)

#: The five sources of the ``blind105`` set, in the order their submissions are returned.
BLIND105_SOURCES: tuple[Blind105Source, ...] = (_NL, _OAX, _VER, _DK, _WCO)

_PRIMARY = {"USA": _NL.source, "PAN": _OAX.source, "FRA": _DK.source}
_SECONDARY = {
    ("us_mex", "USA"): _OAX.source,
    ("darien", "PAN"): _VER.source,
    ("channel", "GBR"): _DK.source,
    ("channel", "FRA"): _WCO.source,
}

# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
#: Spanish country names (first = usual form).
_ES_NAMES: dict[str, _Words] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
    "BLR": ("Bielorrusia", "Belarús"),
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
    "GBR": ("Reino Unido", "Gran Bretaña"),
    "GIN": ("Guinea", "Guinea Conakry"),
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
    "MLI": ("Malí", "Mali"),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá",),
    "POL": ("Polonia",),
    "ROU": ("Rumania", "Rumanía"),
    "RUS": ("Rusia", "Federación de Rusia"),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "Estados Unidos de América", "EE. UU."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
#: Spanish nationalities, feminine as after "nacionalidad".
_ES_DEMONYMS: dict[str, str] = {
    "AFG": "afgana",
    "ALB": "albanesa",
    "AUT": "austriaca",
    "BGD": "bangladesí",
    "BGR": "búlgara",
    "BIH": "bosnia",
    "BLR": "bielorrusa",
    "CHN": "china",
    "CIV": "marfileña",
    "CMR": "camerunesa",
    "COL": "colombiana",
    "DEU": "alemana",
    "DZA": "argelina",
    "ECU": "ecuatoriana",
    "EGY": "egipcia",
    "ERI": "eritrea",
    "ESP": "española",
    "FRA": "francesa",
    "GBR": "británica",
    "GIN": "guineana",
    "GMB": "gambiana",
    "GRC": "griega",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "HRV": "croata",
    "HTI": "haitiana",
    "HUN": "húngara",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "ITA": "italiana",
    "LBY": "libia",
    "MAR": "marroquí",
    "MEX": "mexicana",
    "MKD": "macedonia",
    "MLI": "maliense",
    "MRT": "mauritana",
    "NER": "nigerina",
    "NGA": "nigeriana",
    "PAK": "pakistaní",
    "PAN": "panameña",
    "POL": "polaca",
    "ROU": "rumana",
    "RUS": "rusa",
    "SEN": "senegalesa",
    "SRB": "serbia",
    "SYR": "siria",
    "TUN": "tunecina",
    "TUR": "turca",
    "USA": "estadounidense",
    "VEN": "venezolana",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
#: French country names (first = usual form).
_FR_NAMES: dict[str, _Words] = {
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
    "GBR": ("Royaume-Uni", "Grande-Bretagne"),
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
#: French nationalities, feminine as after "nationalité".
_FR_DEMONYMS: dict[str, str] = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "AUT": "autrichienne",
    "BGD": "bangladaise",
    "BGR": "bulgare",
    "BIH": "bosnienne",
    "BLR": "biélorusse",
    "CHN": "chinoise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "COL": "colombienne",
    "DEU": "allemande",
    "DZA": "algérienne",
    "ECU": "équatorienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "ESP": "espagnole",
    "FRA": "française",
    "GBR": "britannique",
    "GIN": "guinéenne",
    "GMB": "gambienne",
    "GRC": "grecque",
    "GTM": "guatémaltèque",
    "HND": "hondurienne",
    "HRV": "croate",
    "HTI": "haïtienne",
    "HUN": "hongroise",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ITA": "italienne",
    "LBY": "libyenne",
    "MAR": "marocaine",
    "MEX": "mexicaine",
    "MKD": "macédonienne",
    "MLI": "malienne",
    "MRT": "mauritanienne",
    "NER": "nigérienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "PAN": "panaméenne",
    "POL": "polonaise",
    "ROU": "roumaine",
    "RUS": "russe",
    "SEN": "sénégalaise",
    "SRB": "serbe",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "TUR": "turque",
    "USA": "américaine",
    "VEN": "vénézuélienne",
    "VNM": "vietnamienne",
    "YEM": "yéménite",
}
#: English country names, as in a customs system's dropdown labels.
_EN_NAMES: dict[str, str] = {
    "AFG": "Afghanistan",
    "ALB": "Albania",
    "AUT": "Austria",
    "BGD": "Bangladesh",
    "BGR": "Bulgaria",
    "BIH": "Bosnia and Herzegovina",
    "BLR": "Belarus",
    "CHN": "China",
    "CIV": "Côte d'Ivoire",
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
    "TUR": "Türkiye",
    "USA": "United States",
    "VEN": "Venezuela",
    "VNM": "Viet Nam",
    "YEM": "Yemen",
}
#: How some sources write the detection country (others use their country names).
_DETECTION: dict[str, dict[str, _Words]] = {
    "nl": {"USA": ("ESTADOS UNIDOS", "EUA", "E.U.A.", "EE.UU."), "PAN": ("PANAMÁ",)},
    "oax": {"PAN": ("Panamá", "Panamá (Darién)", "PANAMÁ"), "USA": ("Estados Unidos", "EE. UU.")},
    "ver": {
        "USA": ("Estados Unidos de América", "E.U.A."),
        "PAN": ("Panamá", "República de Panamá"),
    },
    "dk": {"FRA": ("France", "FRANCE"), "GBR": ("Royaume-Uni", "Royaume-Uni (côte du Kent)")},
}

# --------------------------------------------------------------------------------------
# Value words, by source style
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, _Words]] = {
    "nl": {
        "smuggling": (
            "TRÁFICO DE PERSONAS (ART. 159 LEY DE MIGRACIÓN)",
            "TRÁFICO DE INDOCUMENTADOS",
            "TRÁFICO DE PERSONAS, ART. 159 FRACC. I L.M.",
            "TRÁFICO ILÍCITO DE MIGRANTES",
        ),
        "trafficking": (
            "TRATA DE PERSONAS (ART. 10 LGPSEDMTP)",
            "TRATA DE PERSONAS",
            "TRATA DE PERSONAS - LEY GENERAL EN MATERIA DE TRATA (ART. 10)",
        ),
        "both": (
            "TRATA DE PERSONAS Y TRÁFICO DE INDOCUMENTADOS",
            "ART. 10 LGPSEDMTP / ART. 159 L.M.",
            "TRÁFICO ILÍCITO DE MIGRANTES Y TRATA DE PERSONAS",
        ),
    },
    "oax": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Coyotaje (tráfico ilícito de migrantes)",
            "Tráfico de migrantes",
        ),
        "trafficking": ("Trata de personas", "Probable trata de personas"),
        "both": (
            "Tráfico ilícito de migrantes y trata de personas",
            "Trata y tráfico de personas migrantes",
        ),
    },
    "ver": {
        "smuggling": (
            "Tráfico de Personas (Art. 159 Ley de Migración)",
            "Tráfico de Indocumentados",
            "Tráfico Ilícito de Migrantes (Art. 159 L.M.)",
        ),
        "trafficking": ("Trata de Personas (Ley General, Art. 10)", "Trata de Personas"),
        "both": (
            "Trata de Personas y Tráfico de Indocumentados",
            "Tráfico de Indocumentados y Trata de Personas",
        ),
    },
    "dk": {
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L823-1 CESEDA)",
            "Aide à l'entrée et au séjour irréguliers",
            "AESI en bande organisée",
            "Passage organisé – aide à l'entrée irrégulière",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "Traite des êtres humains",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "Traite des êtres humains et AESI",
            "Aide au séjour irrégulier et traite des êtres humains",
        ),
    },
    "wco": {
        "smuggling": (
            "Migrant smuggling",
            "Smuggling of migrants",
            "Facilitation of illegal immigration",
            "SoM",
        ),
        "trafficking": ("Trafficking in human beings", "THB", "Human trafficking"),
        "both": ("THB / migrant smuggling", "Smuggling of migrants & THB", "SoM + THB"),
    },
}
_EXPLOITATION: dict[str, dict[str, _Words]] = {
    "nl": {
        "sexual": ("EXPLOTACIÓN SEXUAL", "PROSTITUCIÓN AJENA U OTRAS FORMAS DE EXPLOTACIÓN SEXUAL"),
        "forced_labour": ("TRABAJOS O SERVICIOS FORZADOS", "EXPLOTACIÓN LABORAL"),
        "forced_criminality": ("UTILIZACIÓN EN ACTIVIDADES DELICTIVAS",),
        "forced_marriage": ("MATRIMONIO FORZOSO O SERVIL",),
        "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
        "other": ("OTRA FORMA DE EXPLOTACIÓN",),
        "unknown": ("SE DESCONOCE",),
        "none": ("", "NO APLICA", "N/A"),
    },
    "oax": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajo forzado"),
        "forced_criminality": (
            "Obligados a cometer delitos",
            "Reclutamiento forzado para actividades delictivas",
        ),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra",),
        "unknown": ("No sabe",),
        "none": ("", "No aplica"),
    },
    "ver": {
        "sexual": ("Explotación Sexual",),
        "forced_labour": ("Trabajos Forzados",),
        "forced_criminality": ("Actividades Delictivas",),
        "forced_marriage": ("Matrimonio Forzoso",),
        "organ_removal": ("Tráfico de Órganos",),
        "other": ("Otras",),
        "unknown": ("N/D",),
        "none": ("", "No Aplica"),
    },
    "dk": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre forme d'exploitation",),
        "unknown": ("NC",),
        "none": ("", "sans objet"),
    },
    "wco": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminality", "Forced criminal activities"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
        "unknown": ("Unknown",),
        "none": ("", "N/A"),
    },
}
#: Gender words; ``male1``/``female1`` are used for a single person.
_GENDER: dict[str, dict[str, _Words]] = {
    "nl": {
        "male": ("HOMBRES", "MASCULINO"),
        "male1": ("HOMBRE", "MASCULINO"),
        "female": ("MUJERES", "FEMENINO"),
        "female1": ("MUJER", "FEMENINO"),
        "mixed": ("AMBOS SEXOS", "HOMBRES Y MUJERES", "MIXTO"),
        "unknown": ("NO ESPECIFICADO", "S/D"),
    },
    "oax": {
        "male": ("Hombres",),
        "male1": ("Hombre",),
        "female": ("Mujeres",),
        "female1": ("Mujer",),
        "mixed": ("Mixto", "Hombres y mujeres", "Grupo mixto"),
        "unknown": ("No especificado", "s/d"),
    },
    "ver": {
        "male": ("Masculino",),
        "male1": ("Masculino",),
        "female": ("Femenino",),
        "female1": ("Femenino",),
        "mixed": ("Ambos",),
        "unknown": ("N/D",),
    },
    "dk": {
        "male": ("Hommes", "H"),
        "male1": ("Homme", "H"),
        "female": ("Femmes", "F"),
        "female1": ("Femme", "F"),
        "mixed": ("Mixte", "Hommes et femmes"),
        "unknown": ("NC", "inconnu"),
    },
    "wco": {
        "male": ("Male", "M"),
        "male1": ("Male", "M"),
        "female": ("Female", "F"),
        "female1": ("Female", "F"),
        "mixed": ("Mixed", "Male & female"),
        "unknown": ("Unknown", "n/k"),
    },
}
#: Age words; ``adult1``/``child1`` are used for a single person.
_AGE: dict[str, dict[str, _Words]] = {
    "nl": {
        "adult": ("ADULTOS", "MAYORES DE EDAD"),
        "adult1": ("ADULTO", "MAYOR DE EDAD"),
        "child": ("NNA", "MENORES DE EDAD"),
        "child1": ("MENOR DE EDAD", "NNA"),
        "mixed": ("ADULTOS Y NNA", "MAYORES Y MENORES DE EDAD"),
        "unknown": ("S/D", "SIN DATO"),
    },
    "oax": {
        "adult": ("Adultos", "Personas adultas"),
        "adult1": ("Adulto/a", "Persona adulta"),
        "child": ("NNA", "Niñas, niños y adolescentes", "NNA no acompañados"),
        "child1": ("NNA", "Adolescente no acompañado"),
        "mixed": ("Adultos con NNA", "Familias con NNA"),
        "unknown": ("s/d", "No se registró"),
    },
    "ver": {
        "adult": ("Mayores",),
        "adult1": ("Mayor de Edad",),
        "child": ("Menores",),
        "child1": ("Menor de Edad",),
        "mixed": ("Mayores y Menores",),
        "unknown": ("N/D",),
    },
    "dk": {
        "adult": ("Majeurs", "Adultes"),
        "adult1": ("Majeur",),
        "child": ("Mineurs", "MNA"),
        "child1": ("Mineur", "MNA"),
        "mixed": ("Majeurs et mineurs", "Familles (adultes et enfants)"),
        "unknown": ("NC", "inconnu"),
    },
    "wco": {
        "adult": ("Adult", "Adults"),
        "adult1": ("Adult",),
        "child": ("Minor", "Minors", "UAM"),
        "child1": ("Minor", "UAM"),
        "mixed": ("Adults & minors", "Mixed"),
        "unknown": ("Unknown", "n/k"),
    },
}
#: Transport words; ``"<mode> <country>"`` keys are the words for one detection country.
_TRANSPORT: dict[str, dict[str, _Words]] = {
    "nl": {
        "land": (
            "TRACTOCAMIÓN",
            "CAJA SECA DE TRACTOCAMIÓN",
            "VEHÍCULO PARTICULAR",
            "A PIE",
            "TERRESTRE",
            "AUTOBÚS DE PASAJEROS",
        ),
        "sea": ("MARÍTIMO", "EMBARCACIÓN MENOR"),
        "air": ("AÉREO", "VUELO COMERCIAL"),
        "unknown": ("S/D", "SE DESCONOCE"),
    },
    "oax": {
        "land": ("Caminando", "Terrestre"),
        "land PAN": ("A pie (selva)", "Caminando", "Terrestre", "A pie y en autobús"),
        "land USA": ("A pie (desierto)", "Caminando", "Terrestre", "En camioneta"),
        "sea": ("Lancha", "Marítimo (lancha)"),
        "air": ("Avión", "Vía aérea"),
        "unknown": ("No sabe",),
    },
    "ver": {
        "land": ("Terrestre (Tractocamión)", "Terrestre", "Tráiler", "Camioneta"),
        "land PAN": ("Terrestre", "A pie", "Terrestre (a pie por la selva)"),
        "sea": ("Marítimo",),
        "air": ("Aéreo",),
        "unknown": ("N/D",),
    },
    "dk": {
        "land": ("poids lourd", "camion (PL)", "véhicule léger", "voie terrestre", "à pied"),
        "sea": (
            "small boat",
            "embarcation pneumatique",
            "voie maritime",
            "small boat (canot pneumatique)",
        ),
        "air": ("voie aérienne", "avion"),
        "unknown": ("NC", "inconnu"),
    },
    "wco": {
        "land": ("Road - HGV", "Road - car", "Road", "Rail - freight train", "On foot"),
        "sea": ("Sea - rubber boat", "Sea - wooden boat", "Sea - sailing yacht", "Maritime"),
        "sea ESP": ("Sea - wooden boat", "Sea - rubber boat", "Maritime"),
        "sea GBR": ("Sea - small boat", "Sea - rubber boat", "Maritime"),
        "sea FRA": ("Sea - small boat", "Sea - rubber boat", "Maritime"),
        "air": ("Air - commercial flight", "Air"),
        "unknown": ("Unknown",),
    },
}
_OFFENCES: dict[str, dict[str, _Words]] = {
    "nl": {
        "document_fraud": ("USO DE DOCUMENTO FALSO", "FALSIFICACIÓN DE DOCUMENTOS"),
        "corruption": ("COHECHO",),
        "money_laundering": ("OPERACIONES CON RECURSOS DE PROCEDENCIA ILÍCITA", "ORPI"),
        "illicit_goods": ("CONTRABANDO", "DELITOS CONTRA LA SALUD (NARCOMENUDEO)"),
        "cybercrime": ("DELITOS INFORMÁTICOS",),
        "terrorism": ("TERRORISMO",),
        "none": ("", "NINGUNO"),
    },
    "oax": {
        "document_fraud": ("Documentos falsos",),
        "corruption": ("Soborno a autoridades", "Cohecho"),
        "money_laundering": ("Lavado de dinero",),
        "illicit_goods": ("Transporte de droga", "Contrabando"),
        "cybercrime": ("Delito cibernético",),
        "terrorism": ("Terrorismo",),
        "none": ("",),
    },
    "ver": {
        "document_fraud": ("Falsificación de Documentos",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con Recursos de Procedencia Ilícita",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Delitos Informáticos",),
        "terrorism": ("Terrorismo",),
        "none": ("", "Ninguno"),
    },
    "dk": {
        "document_fraud": ("faux documents", "usage de faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("contrebande", "trafic de stupéfiants"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
        "none": ("", "néant"),
    },
    "wco": {
        "document_fraud": ("Document fraud", "Forged documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Contraband tobacco"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
        "none": ("",),
    },
}
#: Count cells saying "not known" (the record is kept, with no count).
_COUNT_UNKNOWN: dict[str, _Words] = {
    "nl": ("S/D", "N/D", "SIN DATO"),
    "oax": ("No sabe", "s/d", "No recuerda"),
    "ver": ("N/D",),
    "dk": ("NC", "inconnu"),
    "wco": ("unknown", "n/k"),
}
#: Suspect cells saying "none" (zero) and "not known".
_SUSPECTS_ZERO: dict[str, _Words] = {
    "nl": ("NINGUNO",),
    "oax": ("ninguno",),
    "ver": ("Ninguno",),
    "dk": ("néant", "aucun"),
    "wco": ("nil", "none"),
}
_SUSPECTS_UNKNOWN: dict[str, _Words] = {
    "nl": ("SE DESCONOCE", "S/D"),
    "oax": ("no sabe", "s/d"),
    "ver": ("N/D",),
    "dk": ("NC", "indéterminé"),
    "wco": ("n/k", "unknown"),
}
#: Nationality cells saying "not known".
_NAT_UNKNOWN: dict[str, _Words] = {
    "nl": ("S/D", "NO ESPECIFICADA"),
    "oax": ("No proporcionó",),
    "ver": ("N/D",),
    "dk": ("inconnue", "NC"),
    "wco": ("n/k",),
}
#: Coordinate cells saying "not known".
_COORDS_UNKNOWN: dict[str, _Words] = {
    "nl": ("S/D",),
    "oax": ("Sin referencia",),
    "ver": ("N/D",),
    "dk": ("NC",),
    "wco": ("n/k",),
}
#: Transit cells of a direct journey (no transit country).
_NO_TRANSIT: dict[str, _Words] = {
    "nl": ("", "N/A"),
    "oax": ("", "Ninguno"),
    "ver": ("", "Ninguno"),
    "dk": ("", "—"),
    "wco": ("",),
}

# --------------------------------------------------------------------------------------
# Dates
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
_ES_ABBR = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
_ES_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_ES_ORD = ("1er", "2º", "3er", "4º")
_ES_QUARTER_SPAN = ("enero-marzo", "abril-junio", "julio-septiembre", "octubre-diciembre")
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
_FR_ORD = ("1er", "2e", "3e", "4e")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Days and months that do not exist together (impossible dates of bad rows).
_IMPOSSIBLE = ((31, 2), (30, 2), (31, 4), (31, 6), (31, 9), (31, 11))


def _quarter(ts: pd.Timestamp) -> int:
    """Return the quarter (0-3) of a date."""
    return (ts.month - 1) // 3


def _day_text(src: Blind105Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a full date the source's way; return (cell, tag)."""
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    if src.style == "nl":
        if r < 0.70:
            return f"{d:02d}/{m:02d}/{y}", "dmy_date"
        if r < 0.86:
            return f"{d:02d}-{_ES_ABBR[m - 1]}-{y}", "month_abbr_date"
        return f"{d} DE {_ES_MONTHS[m - 1].upper()} DE {y}", "month_name_date"
    if src.style == "oax":
        if r < 0.65:
            return dt.datetime(y, m, d), "excel_date"
        if r < 0.75:
            return int((ts.normalize() - _EXCEL_EPOCH).days), "excel_serial"
        if r < 0.92:
            return f"{d:02d}/{m:02d}/{y}", "dmy_date"
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}", "month_name_date"
    if src.style == "ver":
        if r < 0.60:
            return f"{d:02d}/{m:02d}/{y}", "dmy_date"
        if r < 0.80:
            return f"{d:02d}/{_ES_ABBR[m - 1].lower()}/{y}", "month_abbr_date"
        day = _ES_DAYS[ts.day_of_week]
        return f"{day}, {d} de {_ES_MONTHS[m - 1]} de {y}", "weekday_date"
    if src.style == "dk":
        if r < 0.60:
            return f"{d:02d}/{m:02d}/{y}", "dmy_date"
        if r < 0.75:
            return f"{d:02d}/{m:02d}/{y % 100:02d}", "short_year_date"
        if r < 0.92:
            return f"{d} {_FR_MONTHS[m - 1]} {y}", "month_name_date"
        return f"{_FR_DAYS[ts.day_of_week]} {d} {_FR_MONTHS[m - 1]} {y}", "weekday_date"
    if r < 0.65:
        return f"{y}-{m:02d}-{d:02d}", "iso_date"
    if r < 0.85:
        return f"{d:02d}-{MONTHS[m - 1][:3].upper()}-{y}", "month_abbr_date"
    return f"{y}-{m:02d}-{d:02d}T00:00:00Z", "iso_datetime"


def _partial_text(src: Blind105Source, ts: pd.Timestamp, quarter: bool, rng: _Rng) -> str:
    """Write only the month or the quarter of a date, the source's way."""
    m, y, q = ts.month, ts.year, _quarter(ts)
    if src.style == "nl":
        if quarter:
            return f"{_ES_ORD[q].upper()}. TRIMESTRE {y}"
        return f"{_ES_MONTHS[m - 1].upper()} {y}"
    if src.style in ("oax", "ver"):
        if quarter:
            return choice(rng, (f"{_ES_ORD[q]} trimestre {y}", f"{_ES_QUARTER_SPAN[q]} {y}"))
        return choice(rng, (f"{_ES_MONTHS[m - 1]} de {y}", f"{_ES_MONTHS[m - 1]} {y}"))
    if src.style == "dk":
        if quarter:
            return choice(rng, (f"{_FR_ORD[q]} trimestre {y}", f"T{q + 1} {y}"))
        return f"{_FR_MONTHS[m - 1]} {y}"
    if quarter:
        return choice(rng, (f"{y}-Q{q + 1}", f"Q{q + 1} {y}"))
    return f"{y}-{m:02d}"


def _date(
    src: Blind105Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, expected precision) of an event's date."""
    if partial_ok and rng.random() < src.partial_share:
        quarter = rng.random() < 0.4
        tags.append("partial_quarter" if quarter else "partial_month")
        text = _partial_text(src, ts, quarter, rng)
        if quarter:
            return text, ts.to_period("Q").start_time, "quarter"
        return text, ts.to_period("M").start_time, "month"
    cell, tag = _day_text(src, ts, rng)
    tags.append(tag)
    return cell, ts.normalize(), "day"


def _bad_date(src: Blind105Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, impossible, or far in the future."""
    if kind == "no_date":
        words = {"nl": "S/F", "oax": "sin fecha", "dk": "date inconnue", "wco": "unknown"}
        if src.style in words and rng.random() < 0.35:
            return words[src.style]
        return None
    if kind == "bad_date":
        d, m = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
        if src.style == "wco":
            return f"{ts.year}-{m:02d}-{d:02d}"
        if src.style == "nl" and rng.random() < 0.4:
            return f"{d:02d}-{_ES_ABBR[m - 1]}-{ts.year}"
        if src.style == "dk" and rng.random() < 0.4:
            return f"{d} {_FR_MONTHS[m - 1]} {ts.year}"
        return f"{d:02d}/{m:02d}/{ts.year}"
    # a transposed year: 2022 -> 2202
    year = str(ts.year)
    future = int(year[0] + year[2] + year[1] + year[3])
    if future <= ts.year + 50:  # not transposable into the far future (e.g. 2000)
        future = ts.year + 200
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    if src.style == "oax":
        return dt.datetime(future, ts.month, day)
    if src.style == "wco":
        return f"{future}-{ts.month:02d}-{day:02d}"
    return f"{day:02d}/{ts.month:02d}/{future}"


def _note_date(src: Blind105Source, last: pd.Timestamp) -> object:
    """Date written on a source's note row (its extraction date: the last event's)."""
    if src.style == "oax":
        return dt.datetime(last.year, last.month, last.day)
    if src.style == "wco":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    """Drop accents as an upper-case Mexican system does, keeping the letter Ñ."""
    out = []
    for ch in text:
        if ch in "Ññ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def _style_text(src: Blind105Source, text: str, rng: _Rng, tags: list[str]) -> str:
    """Apply the source's habits to a word cell (accents dropped, mojibake)."""
    if not text:
        return text
    if src.style == "nl":
        text = text.upper()
        if rng.random() < 0.3:
            plain = _strip_accents(text)
            if plain != text:
                tags.append("no_accents")
                text = plain
    return text


def _garble(src: Blind105Source, text: str, rng: _Rng, tags: list[str], rate: float) -> str:
    """Garble a country cell into mojibake at ``rate``, if the file can hold it."""
    if rng.random() < rate:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    return text


def _country(src: Blind105Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country (origin, destination, transit) as the source does."""
    st = src.style
    if st == "wco":
        alpha2, _ = iso_codes(code)
        if alpha2 == "GB" and rng.random() < 0.5:
            alpha2 = "UK"
        if rng.random() < 0.3:
            tags.append("code_label")
            return f"{alpha2} - {_EN_NAMES[code]}"
        tags.append("iso2_code")
        return alpha2
    if st == "dk":
        names = _FR_NAMES[code]
        return choice(rng, names)
    name = choice(rng, _ES_NAMES[code])
    if st == "nl":
        return _garble(src, _style_text(src, name, rng, tags), rng, tags, 0.03)
    if st == "ver":
        return _garble(src, name, rng, tags, 0.06)
    return name


def _destination(src: Blind105Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write the destination country; Calais speaks of England for the UK."""
    if src.style == "dk" and code == "GBR" and rng.random() < 0.35:
        tags.append("england_for_uk")
        return "Angleterre"
    return _country(src, code, rng, tags)


def _nationality(src: Blind105Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality as the source does (demonym, country name or code)."""
    st = src.style
    if st == "wco":
        return _country(src, code, rng, tags)
    if st == "dk":
        tags.append("demonym")
        return _FR_DEMONYMS[code]
    if st == "oax":
        if rng.random() < 0.5:
            tags.append("demonym")
            return _ES_DEMONYMS[code]
        return choice(rng, _ES_NAMES[code])
    tags.append("demonym")
    word = _ES_DEMONYMS[code]
    if st == "nl":
        return _garble(src, _style_text(src, word, rng, tags), rng, tags, 0.03)
    return _garble(src, word.capitalize(), rng, tags, 0.06)


def _detection(src: Blind105Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write the detection country as the source does."""
    own = _DETECTION.get(src.style, {}).get(code)
    if own is None:
        return _country(src, code, rng, tags)
    word = choice(rng, own)
    if src.style == "nl":
        return _style_text(src, word, rng, tags)
    if src.style == "ver":
        return _garble(src, word, rng, tags, 0.06)
    return word


def _transit(src: Blind105Source, codes: str | None, rng: _Rng, tags: list[str]) -> str | None:
    """Write the ordered transit countries, or a direct-journey word."""
    if codes is None:
        word = choice(rng, _NO_TRANSIT[src.style])
        return word or None
    parts = codes.split("|")
    st = src.style
    if st == "wco":
        alpha2 = [iso_codes(c)[0] for c in parts]
        return choice(rng, ("-", ", ")).join(alpha2)
    names = [_country(src, c, rng, tags) for c in parts]
    if st == "oax":
        return choice(rng, (" → ", ", ")).join(names)
    if st == "ver":
        return " / ".join(names)
    if st == "dk":
        return choice(rng, (", ", " > ")).join(names)
    return choice(rng, (", ", " - ")).join(names)


def _word(src: Blind105Source, table: dict[str, dict[str, _Words]], key: str, rng: _Rng) -> str:
    """Draw one of the source's words for a value."""
    return choice(rng, table[src.style][key])


def _thousands(n: int, style: str, rng: _Rng) -> str:
    """Write a count with the source's thousands separator."""
    if style == "dk":
        sep = choice(rng, ("\u00a0", " "))
        return f"{n:,}".replace(",", sep)
    return f"{n:,}"


def _persons(src: Blind105Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected count) of the persons."""
    st = src.style
    if rng.random() < 0.025:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[st]), None
    if st == "oax" and n >= 10 and rng.random() < 0.07:
        tags.append("approx_count")
        return choice(rng, (f"aprox. {n}", f"unas {n}")), n
    if n >= 1000 and (src.format == "csv" or rng.random() < 0.5):
        tags.append("thousands_sep")
        return _thousands(n, st, rng), n
    return (n if src.format != "csv" else str(n)), n


def _suspects(
    src: Blind105Source, k: int | None, rng: _Rng, tags: list[str], blank: bool
) -> tuple[object, int | None]:
    """Return (cell, expected count) of the suspects."""
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    if k is None or rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _SUSPECTS_UNKNOWN[src.style]), None
    if k == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, _SUSPECTS_ZERO[src.style]), 0
    return (k if src.format != "csv" else str(k)), k


def _decimal(value: float, places: int, comma: bool) -> tuple[str, float]:
    """Write a decimal degree; return (text, the value written)."""
    text = f"{value:.{places}f}"
    return (text.replace(".", ",") if comma else text), round(value, places)


def _dms(value: float, pos: str, neg: str, seconds: bool) -> tuple[str, float]:
    """Write degrees, minutes (and seconds) with a hemisphere letter."""
    hemi = pos if value >= 0 else neg
    sign = 1.0 if value >= 0 else -1.0
    if seconds:
        total = round(abs(value) * 3600)
        deg, rest = divmod(total, 3600)
        mins, secs = divmod(rest, 60)
        return f"{deg}°{mins:02d}'{secs:02d}\"{hemi}", sign * total / 3600
    total = round(abs(value) * 60)
    deg, mins = divmod(total, 60)
    return f"{deg}°{mins:02d}'{hemi}", sign * total / 60


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Write degrees and decimal minutes (three decimals), as a maritime position."""
    hemi = pos if value >= 0 else neg
    sign = 1.0 if value >= 0 else -1.0
    total = round(abs(value) * 60000)  # thousandths of a minute
    deg, rest = divmod(total, 60000)
    return (
        f"{deg:0{width}d}°{rest // 1000:02d}.{rest % 1000:03d}'{hemi}",
        sign * total / 60000,
    )


def _coords(
    src: Blind105Source,
    lat: float | None,
    lon: float | None,
    mode: str,
    rng: _Rng,
    tags: list[str],
    blank: bool,
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the place of detection."""
    split = "lat" in src.headers
    st = src.style
    if blank or lat is None or lon is None:
        tags.append("blank_coordinates" if blank else "coords_missing")
        return ({"lat": None, "lon": None} if split else {"coordinates": None}), None, None
    if rng.random() < 0.02:
        tags.append("coords_placeholder")
        word = choice(rng, _COORDS_UNKNOWN[st])
        cells: dict[str, object] = {"lat": word, "lon": word} if split else {"coordinates": word}
        return cells, None, None
    if st in ("nl", "dk"):
        places = int(rng.integers(4, 7)) if st == "nl" else int(rng.integers(4, 6))
        comma = st == "dk"
        if comma:
            tags.append("decimal_comma")
        la_t, la = _decimal(lat, places, comma)
        lo_t, lo = _decimal(lon, places, comma)
        return {"lat": la_t, "lon": lo_t}, la, lo
    if st == "oax":
        seconds = rng.random() < 0.6
        tags.append("dms_coords")
        la_t, la = _dms(lat, "N", "S", seconds)
        lo_t, lo = _dms(lon, "E", "O", seconds)
        return {"coordinates": f"{la_t}, {lo_t}"}, la, lo
    if st == "ver":
        la_t, la = _decimal(lat, 5, False)
        lo_t, lo = _decimal(lon, 5, False)
        return {"coordinates": f"{la_t}, {lo_t}"}, la, lo
    if mode == "sea":
        tags.append("ddm_coords")
        la_t, la = _ddm(lat, "N", "S", 2)
        lo_t, lo = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{la_t} {lo_t}"}, la, lo
    la_t, la = _decimal(lat, 5, False)
    lo_t, lo = _decimal(lon, 5, False)
    return {"coordinates": f"{la_t},{lo_t}"}, la, lo


def _offences(src: Blind105Source, offences: str | None, rng: _Rng, tags: list[str]) -> str | None:
    """Write the linked offences in the source's words."""
    table = _OFFENCES[src.style]
    if offences is None:
        return choice(rng, table["none"]) or None
    words = [_style_text(src, choice(rng, table[o]), rng, tags) for o in offences.split("|")]
    if src.style == "ver" and len(words) > 1:
        return ", ".join(words[:-1]) + " y " + words[-1]
    seps = {
        "nl": (", ", " / "),
        "oax": ("; ",),
        "ver": (", ",),
        "dk": (" + ", ", "),
        "wco": ("; ",),
    }
    return choice(rng, seps[src.style]).join(words)


def _render(
    src: Blind105Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    st = src.style
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _style_text(src, _word(src, _CRIME, crime, rng), rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    key = "none" if expl is None else str(expl)
    word = _word(src, _EXPLOITATION, key, rng)
    cells["exploitation"] = _style_text(src, word, rng, tags) or None
    exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n, rng, tags)
    k = ev["n_suspects"]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        None if k is None else int(k),  # type: ignore[call-overload]
        rng,
        tags,
        forced_blank == "n_suspects",
    )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < 0.02:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = _word(src, _GENDER, "unknown", rng), "unknown"
    else:
        one = n == 1 and gender in ("male", "female")
        word = _word(src, _GENDER, gender + ("1" if one else ""), rng)
        cells["gender"], exp["gender"] = _style_text(src, word, rng, tags), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = _word(src, _AGE, "unknown", rng), "unknown"
    else:
        one = n == 1 and age in ("adult", "child")
        word = _word(src, _AGE, age + ("1" if one else ""), rng)
        cells["age_group"], exp["age_group"] = _style_text(src, word, rng, tags), age

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif rng.random() < 0.015:
        tags.append("blank_nationality")
        cells["nationality"] = choice(rng, _NAT_UNKNOWN[st])
        exp["nationality"] = None
    else:
        cells["nationality"], exp["nationality"] = _nationality(src, nat, rng, tags), nat

    origin = str(ev["origin_country"])
    cells["origin_country"], exp["origin_country"] = _country(src, origin, rng, tags), origin
    dest = str(ev["destination_country"])
    cells["destination_country"] = _destination(src, dest, rng, tags)
    exp["destination_country"] = dest
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _detection(src, det, rng, tags)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit(src, None if transit is None else str(transit), rng, tags)
    exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"] = _word(src, _TRANSPORT, "unknown", rng)
        exp["transport_mode"] = "unknown"
    else:
        words = _TRANSPORT[st]
        word = choice(rng, words.get(f"{mode} {det}", words[mode]))
        cells["transport_mode"], exp["transport_mode"] = _style_text(src, word, rng, tags), mode

    lat, lon = ev["lat"], ev["lon"]
    place, exp["lat"], exp["lon"] = _coords(
        src,
        None if lat is None else float(lat),  # type: ignore[arg-type]
        None if lon is None else float(lon),  # type: ignore[arg-type]
        mode,
        rng,
        tags,
        forced_blank == "coordinates",
    )
    cells.update(place)
    offences = ev["linked_offences"]
    cells["linked_offences"] = _offences(
        src, None if offences is None else str(offences), rng, tags
    )
    exp["linked_offences"] = offences
    return cells, exp, list(dict.fromkeys(tags))


_EXAMINER: Examiner[Blind105Source] = Examiner(
    sources=BLIND105_SOURCES,
    primary=_PRIMARY,
    compilation=_WCO.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=105,
    blank_share=0.35,
)


def make_blind105(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind105`` examiner set (files ``*_dc.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``fgjnl_uetp_dc.csv``, ``ioam_oaxaca_dc.xlsx``, ``fgever_feam_dc.csv``,
        ``spdunkerque_dc.csv`` and ``wco_rilo_we_dc.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind105(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['fgjnl_uetp_dc.csv', 'ioam_oaxaca_dc.xlsx', 'fgever_feam_dc.csv',
     'spdunkerque_dc.csv', 'wco_rilo_we_dc.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
