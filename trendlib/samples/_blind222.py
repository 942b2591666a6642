"""Examiner set ``blind222`` (files ``*_hp.*``): environmental-crime units meeting THB and SoM.

Five agencies whose day job is nature, forests, wildlife and pollution, and who meet
smuggled migrants and exploited workers on the way: illegal wells and greenhouses in
Huelva and Almería, boat launches in the protected dunes of the Côte d'Opale, logging
and hunting camps on the Darién trails, smuggling trails across the wildlife refuges
of the US south-west. Each writes its export in its own working language and with its
own tools; a fifth, INTERPOL's Environmental Security desk, compiles what the NCBs of
the other detection countries send it.

``seprona_hp.xlsx``
    Guardia Civil, Servicio de Protección de la Naturaleza (SEPRONA), Spain. Spanish
    workbook kept by hand: real Excel dates, some dates pasted as serial numbers or
    typed as ``dd/mm/aaaa`` text; nationality as a demonym (``marroquí``,
    ``guineano``), penal-code wording (``art. 318 bis CP``, ``art. 177 bis CP``),
    ``MENA`` for unaccompanied minors, boat words (``patera``, ``cayuco``), ``no
    procede`` in the exploitation cell of smuggling cases, transit countries joined
    by `` - ``, ``Guinea Conakry``, numeric coordinates (a few typed with a decimal
    comma), Excel error text in a count, and a comandancia column.
``oclaesp_hp.csv``
    Gendarmerie nationale, Office central de lutte contre les atteintes à
    l'environnement et à la santé publique (OCLAESP), France. cp1252, ``;``, CRLF;
    ``dd/mm/yyyy`` dates, a few long dates (``1er mars 2022``) and month or quarter
    only (``mars 2022``, ``T2 2022``); CESEDA wording (``aide à l'entrée et au séjour
    irréguliers``), feminine demonyms (``afghane``), ``Angleterre`` for the United
    Kingdom, ``néant`` for no suspect, ``N/C``, ``H/F`` and ``MNA``, decimal-comma
    latitude and longitude in two columns, transit countries joined by ``, ``; about
    one row in eight was imported from a unit's UTF-8 tool and reads as mojibake
    (``aide Ã  l'entrÃ©e``, ``Ã©rythrÃ©enne``).
``dinapart_pa_hp.csv``
    Policía Nacional de Panamá, Dirección Nacional de Policía Ambiental, Rural y
    Turística (DINAPART). Excel "Unicode text" export: UTF-16 with BOM, tab-separated;
    ``dd/mm/aaaa`` and ``17 de mayo de 2023`` dates, ``Trata de personas``, ``NNA``
    for minors, counts written the police way (``dos (2)``) and with a comma for
    thousands (``1,250``), one coordinates cell in decimal degrees or in degrees,
    minutes and seconds with ``O`` (oeste) for west, ``Ecuador - Colombia`` routes.
``usfws_ole_hp.csv``
    U.S. Fish and Wildlife Service, Office of Law Enforcement, Region 2 (refuges and
    ports of the border). UTF-8, ``,``; US dates ``MM/DD/YYYY`` (and ``May 17, 2023``),
    ``Alien smuggling`` (8 USC 1324), ``Citizenship`` with names, demonyms and ISO-2,
    ``UAC`` and ``Family unit``, ``UNK``, ``None``, one ``lat, long`` cell.
``interpol_ens_hp.jsonl``
    INTERPOL Environmental Security Programme, compiled NCB returns. UTF-8 JSON lines,
    English keys; ISO-3 codes mostly, with ISO-2, numeric (M49) codes and English
    names and aliases; ISO dates, some
    month-only (``2023-05``) or quarter-only (``2023-Q2``); transit countries and linked
    offences as JSON arrays; numeric ``geo_lat``/``geo_lng``; the compilation reports every
    event no primary source does (Italy, Greece, Croatia, Poland, the United Kingdom)
    and re-reports some of the others.

Each file also carries a column of the environmental offence met beside the case
(illegal logging, illegal wells, waste, wildlife): the cleaner must leave it aside.
What a careful analyst would read from each cell is in the truth; cells a careful
analyst cannot read (``varios``, ``#VALUE!``, a 30 February, a year typed ten years
ahead) are bad rows, and a count written "not known" keeps its row with no count.
"""

from __future__ import annotations

import datetime as dt

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

__all__ = ["EXAMINER", "SOURCES", "make_blind222"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_SEPRONA = ExaminerSource(
    source="seprona",
    filename="seprona_hp.xlsx",
    ref="{year}-SEPRONA-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Diligencias",
        "event_date": "Fecha hecho",
        "unit": "Comandancia",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Detenidos / investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
        "env": "Infracción medioambiental",
    },
    note="Nota: datos provisionales pendientes de validación por la Jefatura del SEPRONA",
    total="TOTAL GENERAL",
    bad_count=("varios", "#¡VALOR!", "grupo numeroso"),
    repeats=True,
)
_OCLAESP = ExaminerSource(
    source="oclaesp",
    filename="oclaesp_hp.csv",
    ref="{seq:05d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date des faits",
        "unit": "Commune",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "env": "Atteinte à l'environnement",
    },
    note="Données provisoires – extraction LRPGN, diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "#VALEUR!", "nombreux"),
    repeats=False,
)
_DINAPART = ExaminerSource(
    source="dinapart_pa",
    filename="dinapart_pa_hp.csv",
    ref="DINAPART-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Informe",
        "event_date": "Fecha",
        "unit": "Lugar",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino",
        "detection_country": "País del hecho",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
        "env": "Delito ambiental",
    },
    note="Nota: información preliminar sujeta a verificación",
    total="TOTAL",
    bad_count=("varios", "un grupo", "#¡VALOR!"),
    repeats=False,
)
_USFWS = ExaminerSource(
    source="usfws_ole",
    filename="usfws_ole_hp.csv",
    ref="R2-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Number",
        "event_date": "Incident Date",
        "unit": "Refuge / Port",
        "crime_type": "Offense Type",
        "exploitation": "Trafficking Type",
        "n_persons": "Migrants Encountered",
        "n_suspects": "Smugglers / Guides Arrested",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Incident",
        "transport_mode": "Mode",
        "coordinates": "Lat/Long",
        "linked_offences": "Related Charges",
        "env": "Resource Violation",
    },
    note="Preliminary data - subject to change (LEMIS extract)",
    total="Total",
    bad_count=("multiple", "#VALUE!", "several"),
    repeats=False,
)
_INTERPOL = ExaminerSource(
    source="interpol_ens",
    filename="interpol_ens_hp.jsonl",
    ref="ENS-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "date_of_event",
        "unit": "reporting_ncb",
        "crime_type": "offence_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "country_of_destination",
        "detection_country": "country_of_detection",
        "transport_mode": "transport",
        "lat": "geo_lat",
        "lon": "geo_lng",
        "linked_offences": "linked_crimes",
        "env": "environmental_nexus",
    },
    note=None,
    total="TOTAL (all NCB returns)",
    bad_count=("several", "multiple"),
    repeats=True,
)

#: The five sources of the set, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (_SEPRONA, _OCLAESP, _DINAPART, _USFWS, _INTERPOL)

# --------------------------------------------------------------------------------------
# Countries: ISO-3 -> (English, French, Spanish) names, demonyms, aliases, typos
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d’Ivoire", "Côte d’Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea Conakry"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: How each language writes a national of a country (Spanish masculine singular, French
#: feminine, agreeing with "nationalité"); only the nationalities of the corridors.
_DEMONYMS: dict[str, dict[str, str]] = {
    "es": {
        "MAR": "marroquí",
        "DZA": "argelino",
        "GIN": "guineano",
        "MLI": "maliense",
        "SEN": "senegalés",
        "GMB": "gambiano",
        "CIV": "marfileño",
        "ROU": "rumano",
        "VEN": "venezolano",
        "ECU": "ecuatoriano",
        "HTI": "haitiano",
        "COL": "colombiano",
        "CHN": "chino",
    },
    "fr": {
        "AFG": "afghane",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    "en": {
        "MEX": "Mexican",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "VEN": "Venezuelan",
        "ECU": "Ecuadorian",
    },
}

#: Other names an agency uses for a country (its own habits).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "seprona": {"ROU": ("Rumania",), "GIN": ("Guinea-Conakry",), "GBR": ("Gran Bretaña",)},
    "oclaesp": {"GBR": ("Angleterre", "Grande-Bretagne", "UK"), "DEU": ("RFA",)},
    "dinapart_pa": {"USA": ("EE.UU.", "EEUU"), "CHN": ("Rep. Popular China",)},
    "usfws_ole": {"USA": ("USA", "U.S."), "MEX": ("Mex.",)},
    "interpol_ens": {
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
        "GBR": ("UK",),
        "USA": ("USA",),
        "RUS": ("Russian Federation",),
    },
}

#: Small slips of the keyboard a careful analyst still reads.
_TYPOS: dict[str, dict[str, str]] = {
    "es": {
        "MAR": "Marrucos",
        "DZA": "Agelia",
        "SEN": "Senagal",
        "MLI": "Mali",
        "GMB": "Gambía",
        "ROU": "Ruamnía",
        "VEN": "Venezula",
        "ECU": "Ecudor",
        "COL": "Colmbia",
        "HTI": "Haiti",
        "ESP": "Espana",
        "USA": "Estados Unido",
        "MEX": "Mexico",
        "FRA": "Fancia",
        "ITA": "Itaila",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythrée",
        "IRQ": "Iraq",
        "SYR": "Syrye",
        "ALB": "Albannie",
        "IRN": "Irann",
        "VNM": "Vietnam",
        "GBR": "Royaume Uni",
    },
    "en": {
        "MEX": "Mexcio",
        "GTM": "Guatamala",
        "HND": "Hondurus",
        "VEN": "Venezula",
        "ECU": "Equador",
        "USA": "Untied States",
    },
}

#: Country styles by source: (nationality styles, other-country styles) as weights.
_COUNTRY_STYLES: dict[str, tuple[dict[str, float], dict[str, float]]] = {
    "seprona": (
        {"demonym": 0.45, "name": 0.3, "upper": 0.1, "typo": 0.05, "spacing": 0.05, "alias": 0.05},
        {"name": 0.8, "upper": 0.1, "typo": 0.04, "spacing": 0.03, "alias": 0.03},
    ),
    "oclaesp": (
        {"demonym": 0.55, "name": 0.25, "upper": 0.1, "typo": 0.05, "lower": 0.05},
        {"name": 0.7, "upper": 0.1, "alias": 0.15, "typo": 0.05},
    ),
    "dinapart_pa": (
        {"name": 0.68, "upper": 0.15, "typo": 0.06, "spacing": 0.06, "demonym": 0.05},
        {"name": 0.72, "upper": 0.1, "alias": 0.12, "typo": 0.06},
    ),
    "usfws_ole": (
        {"name": 0.55, "upper": 0.15, "demonym": 0.15, "iso2": 0.05, "typo": 0.05, "alias": 0.05},
        {"name": 0.65, "upper": 0.1, "alias": 0.15, "iso3": 0.05, "typo": 0.05},
    ),
    "interpol_ens": (
        {
            "iso3": 0.58,
            "iso2": 0.1,
            "name": 0.19,
            "alias": 0.05,
            "numeric": 0.05,
            "lower": 0.03,
        },
        {"iso3": 0.7, "iso2": 0.1, "name": 0.12, "alias": 0.04, "numeric": 0.04},
    ),
}

# --------------------------------------------------------------------------------------
# Words of each agency (canonical word -> what it writes)
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]

_CRIME: dict[str, _Words] = {
    "seprona": {
        "smuggling": (
            "favorecimiento de la inmigración ilegal",
            "art. 318 bis CP",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("trata de seres humanos", "TSH", "art. 177 bis CP"),
        "both": ("TSH + art. 318 bis", "trata y favorecimiento de la inmigración ilegal"),
    },
    "oclaesp": {
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "aide à l'entrée irrégulière",
            "trafic de migrants",
        ),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH et aide à l'entrée irrégulière", "traite + trafic de migrants"),
    },
    "dinapart_pa": {
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata de personas / tráfico de migrantes",),
    },
    "usfws_ole": {
        "smuggling": ("Alien smuggling", "Alien smuggling (8 USC 1324)", "Human smuggling"),
        "trafficking": ("Human trafficking", "Trafficking (TVPA)"),
        "both": ("Smuggling + trafficking",),
    },
    "interpol_ens": {
        "smuggling": ("Migrant smuggling", "SOM"),
        "trafficking": ("Trafficking in human beings", "THB"),
        "both": ("THB/SOM", "THB and migrant smuggling"),
    },
}

_EXPLOITATION: dict[str, _Words] = {
    "seprona": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos o servicios forzados"),
        "forced_criminality": ("realización de actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "oclaesp": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": (
            "travail forcé",
            "conditions de travail indignes",
        ),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "dinapart_pa": {
        "sexual": ("explotación sexual comercial", "explotación sexual"),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("comisión forzada de delitos",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado o servil",),
        "other": ("otra",),
    },
    "usfws_ole": {
        "sexual": ("Sex trafficking",),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "interpol_ens": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
}
#: What a clerk writes in the exploitation cell of a pure smuggling case (None = blank).
_NOT_APPLICABLE: dict[str, tuple[str | None, float]] = {
    "seprona": ("no procede", 0.3),
    "oclaesp": (None, 0.0),
    "dinapart_pa": ("N/A", 0.15),
    "usfws_ole": ("N/A", 0.2),
    "interpol_ens": (None, 0.0),
}

_GENDER: dict[str, _Words] = {
    "seprona": {
        "male": ("varones", "hombres"),
        "female": ("mujeres",),
        "mixed": ("ambos sexos", "mixto"),
    },
    "oclaesp": {
        "male": ("hommes", "masculin"),
        "female": ("femmes", "féminin"),
        "mixed": ("mixte", "H/F"),
    },
    "dinapart_pa": {
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    "usfws_ole": {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("Mixed", "M/F")},
    "interpol_ens": {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("Mixed",)},
}

_AGE: dict[str, _Words] = {
    "seprona": {
        "adult": ("mayores de edad", "adultos"),
        "child": ("menores",),
        "mixed": ("adultos y menores", "mixto"),
    },
    "oclaesp": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "dinapart_pa": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "usfws_ole": {
        "adult": ("Adult", "Adults"),
        "child": ("Juvenile", "UAC"),
        "mixed": ("Family unit", "Adults & juveniles"),
    },
    "interpol_ens": {
        "adult": ("Adult",),
        "child": ("Minor",),
        "mixed": ("Mixed", "Adults and minors"),
    },
}

#: Transport words by source, corridor (``""`` = any other) and mode.
_MODE: dict[str, dict[str, _Words]] = {
    "seprona": {
        "wmed": {
            "sea": ("patera", "neumática", "moto de agua"),
            "land": ("a pie", "salto de valla", "oculto en vehículo"),
        },
        "watl": {"sea": ("cayuco", "neumática")},
        "": {
            "sea": ("embarcación",),
            "land": ("autobús", "furgoneta", "vehículo particular"),
            "air": ("avión", "vuelo regular"),
        },
    },
    "oclaesp": {
        "": {
            "sea": ("small boat", "embarcation pneumatique", "canot"),
            "land": ("poids lourd", "PL", "véhicule léger"),
            "air": ("avion",),
        },
    },
    "dinapart_pa": {"": {"land": ("A pie", "Terrestre", "A pie (trocha)")}},
    "usfws_ole": {"": {"land": ("On foot", "Vehicle", "Tractor-trailer")}},
    "interpol_ens": {
        "": {"sea": ("Sea", "Maritime"), "land": ("Land",), "air": ("Air",)},
    },
}

_OFFENCES: dict[str, _Words] = {
    "seprona": {
        "document_fraud": ("falsedad documental", "uso de documento falso"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando", "tráfico de drogas"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "oclaesp": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "dinapart_pa": {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    "usfws_ole": {
        "document_fraud": ("Fraudulent documents",),
        "corruption": ("Bribery of public official",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics", "Drug smuggling"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "interpol_ens": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP = {"seprona": ", ", "oclaesp": " / ", "dinapart_pa": "; ", "usfws_ole": ", "}
_TRANSIT_SEP = {"seprona": " - ", "oclaesp": ", ", "dinapart_pa": " - ", "usfws_ole": "; "}

#: "Not known" words: for an unknown vocabulary cell, and for a count.
_UNKNOWN: dict[str, tuple[str, ...]] = {
    "seprona": ("s/d", "desconocido"),
    "oclaesp": ("N/C", "inconnu"),
    "dinapart_pa": ("S/D", "Por determinar"),
    "usfws_ole": ("UNK", "Unknown"),
    "interpol_ens": ("unknown", "not reported"),
}
#: Words for "no suspect".
_ZERO: dict[str, tuple[str, ...]] = {
    "seprona": ("ninguno",),
    "oclaesp": ("néant", "aucun"),
    "dinapart_pa": ("Ninguno",),
    "usfws_ole": ("None",),
    "interpol_ens": ("none",),
}
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

#: The environmental offence met beside the case, by source and corridor.
_ENV: dict[str, dict[str, tuple[str, ...]]] = {
    "seprona": {
        "thb_rou_esp": (
            "captación ilegal de aguas",
            "pozo ilegal",
            "uso de fitosanitarios prohibidos",
            "quema de residuos agrícolas",
        ),
        "": ("abandono de embarcación", "vertido de combustible", "residuos en espacio protegido"),
    },
    "oclaesp": {
        "": (
            "dégradation d'espace naturel protégé",
            "abandon de déchets",
            "pollution par hydrocarbures",
            "néant",
        ),
    },
    "dinapart_pa": {
        "": (
            "tala ilegal",
            "cacería ilegal",
            "minería ilegal",
            "tráfico de fauna silvestre",
            "N/A",
        ),
    },
    "usfws_ole": {
        "": (
            "Trespass on NWR",
            "Damage to refuge property",
            "Lacey Act",
            "Wildlife disturbance",
            "None",
        ),
    },
    "interpol_ens": {
        "cmed": ("illegal fishing", "fuel smuggling", "none"),
        "thb_nga_ita": ("waste trafficking", "none"),
        "thb_vnm_gbr": ("cannabis cultivation on forest land", "wildlife trafficking", "none"),
        "": ("illegal logging", "waste trafficking", "wildlife trafficking", "none"),
    },
}

#: Where the case was met, by hotspot of the truth (the unit's own place names).
_UNIT: dict[str, dict[str, tuple[str, ...]]] = {
    "seprona": {
        "Ceuta": ("Ceuta",),
        "Melilla": ("Melilla",),
        "Almería": ("Almería",),
        "Almería (El Ejido)": ("Almería",),
        "Huelva": ("Huelva",),
        "Gran Canaria": ("Las Palmas",),
        "Lanzarote": ("Las Palmas",),
        "Tenerife": ("Santa Cruz de Tenerife",),
        "El Hierro": ("Santa Cruz de Tenerife",),
        "": ("Enlace Europol",),
    },
    "oclaesp": {
        "Calais": ("Calais", "Sangatte", "Marck"),
        "Dunkirk/Gravelines": ("Gravelines", "Loon-Plage", "Grande-Synthe"),
        "Dover": ("Douvres (UK)",),
        "": ("",),
    },
    "dinapart_pa": {
        "Darién gap": ("Selva del Darién", "Yaviza", "Metetí"),
        "Bajo Chiquito": ("Bajo Chiquito",),
        "Lajas Blancas": ("Lajas Blancas",),
        "": ("",),
    },
    "usfws_ole": {
        "Nogales (Sonora/Arizona)": ("Nogales POE",),
        "Sasabe": ("Buenos Aires NWR",),
        "El Paso": ("El Paso POE",),
        "Rio Grande Valley": ("Lower Rio Grande Valley NWR", "Santa Ana NWR"),
        "": ("",),
    },
}
_NCB = {
    "ITA": "NCB Rome",
    "GRC": "NCB Athens",
    "HRV": "NCB Zagreb",
    "POL": "NCB Warsaw",
    "GBR": "NCB Manchester",
    "ESP": "NCB Madrid",
    "FRA": "NCB Paris",
    "PAN": "NCB Panama",
    "USA": "NCB Washington",
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Impossible days (month, day) a clerk types.
_IMPOSSIBLE = ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31))
#: Share of the OCLAESP rows imported from a UTF-8 tool and read as cp1252 (mojibake).
_IMPORTED_SHARE = 0.12


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(
    src: ExaminerSource, iso: str, rng: _Rng, tags: list[str], *, nationality: bool
) -> object:
    """Write one country as the source does; tag what is visible."""
    styles = _COUNTRY_STYLES[src.source][0 if nationality else 1]
    style = _draw(rng, styles)
    name = _NAMES[iso][_LANG[src.language]]
    text: str | None = None
    if style == "demonym":
        text = _DEMONYMS[src.language].get(iso)
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower() if src.source != "interpol_ens" else iso.lower()
    elif style == "typo":
        text = _TYPOS[src.language].get(iso)
    elif style == "spacing":
        text = f"  {name} "
    elif style == "alias":
        aliases = _ALIASES[src.source].get(iso)
        text = choice(rng, aliases) if aliases else None
    elif style == "iso3":
        text = iso
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "numeric":
        text = iso_codes(iso)[1]
    if text is None or text == name or not fits(text, src):
        if src.source == "interpol_ens" and style not in ("name", "alias"):
            return iso
        return name
    tags.append({"upper": "case", "lower": "case", "iso3": "iso3"}.get(style, style))
    return text


def _transit(src: ExaminerSource, value: object, tags: list[str]) -> object:
    if value is None:
        return None
    codes = str(value).split("|")
    if src.source == "interpol_ens":
        tags.append("json_array")
        return codes
    name = _LANG[src.language]
    return _TRANSIT_SEP[src.source].join(_NAMES[c][name] for c in codes)


def _offences(src: ExaminerSource, value: object, rng: _Rng) -> object:
    if value is None:
        return None
    words = [choice(rng, _OFFENCES[src.source][o]) for o in str(value).split("|")]
    return words if src.source == "interpol_ens" else _OFFENCE_SEP[src.source].join(words)


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word two times in three, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


def _mode_words(src: ExaminerSource, corridor: str, mode: str) -> tuple[str, ...]:
    table = _MODE[src.source]
    return table.get(corridor, {}).get(mode) or table[""][mode]


def _es_long(ts: pd.Timestamp) -> str:
    return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"


def _fr_long(ts: pd.Timestamp) -> str:
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, tags: list[str], partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    r = rng.random()
    name = src.source
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    if name == "seprona":
        if r < 0.7:
            tags.append("excel_date")
            return dt.datetime(ts.year, ts.month, ts.day), ts, "day"
        if r < 0.85:
            tags.append("excel_serial")
            return int((ts - _EXCEL_EPOCH).days), ts, "day"
        tags.append("text_date")
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if name == "oclaesp":
        if partial_ok and r < 0.04:
            tags.append("month_only")
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month_start, "month"
        if partial_ok and r < 0.07:
            tags.append("quarter_only")
            return f"T{ts.quarter} {ts.year}", quarter_start, "quarter"
        if r < 0.17:
            tags.append("long_date")
            return _fr_long(ts), ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if name == "dinapart_pa":
        if r < 0.15:
            tags.append("long_date")
            return _es_long(ts), ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if name == "usfws_ole":
        if r < 0.1:
            tags.append("long_date")
            return f"{_EN_MONTHS[ts.month - 1]} {ts.day}, {ts.year}", ts, "day"
        tags.append("us_date")
        return ts.strftime("%m/%d/%Y"), ts, "day"
    # interpol_ens
    if partial_ok and r < 0.06:
        tags.append("month_only")
        return ts.strftime("%Y-%m"), month_start, "month"
    if partial_ok and r < 0.1:
        tags.append("quarter_only")
        return f"{ts.year}-Q{ts.quarter}", quarter_start, "quarter"
    if r < 0.2:
        tags.append("iso_datetime")
        return ts.strftime("%Y-%m-%dT00:00:00Z"), ts, "day"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _count(
    src: ExaminerSource, n: int, rng: _Rng, tags: list[str], *, words: bool
) -> tuple[object, int]:
    """Write a count of persons (or suspects when ``words``); return (cell, value)."""
    name = src.source
    if name == "dinapart_pa" and words and n <= 20 and rng.random() < 0.3:
        tags.append("count_words")
        return f"{_ES_NUMBERS[n]} ({n})", n
    if n >= 1000:
        if name == "dinapart_pa":
            tags.append("thousands")
            return f"{n:,}", n
        if name == "seprona" and rng.random() < 0.4:
            tags.append("thousands")
            return f"{n:,}".replace(",", "."), n
        if name == "oclaesp":
            tags.append("thousands")
            return f"{n:,}".replace(",", "\u00a0"), n
    if src.format == "csv":
        return str(n), n
    return n, n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (tenths) of a coordinate; return (text, value read)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    read = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, read


def _place(
    src: ExaminerSource,
    lat: float,
    lon: float,
    rng: _Rng,
    tags: list[str],
    cells: dict[str, object],
) -> tuple[float | None, float | None]:
    """Write the location cells; return the (lat, lon) a careful analyst reads."""
    r = rng.random()
    name = src.source
    if r < 0.05:
        tags.append("coords_missing")
        return None, None
    if name == "seprona":
        if r < 0.1:
            tags.append("decimal_comma")
            cells["lat"] = f"{lat:.5f}".replace(".", ",")
            cells["lon"] = f"{lon:.5f}".replace(".", ",")
        else:
            cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
        return round(lat, 5), round(lon, 5)
    if name == "oclaesp":
        if r < 0.08:
            tags.append("coords_placeholder")
            cells["lat"] = cells["lon"] = "N/C"
            return None, None
        tags.append("decimal_comma")
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")
        return round(lat, 5), round(lon, 5)
    if name == "dinapart_pa":
        if r < 0.2:
            tags.append("dms")
            lat_text, lat_read = _dms(lat, "N", "S")
            lon_text, lon_read = _dms(lon, "E", "O")
            cells["coordinates"] = f"{lat_text} {lon_text}"
            return lat_read, lon_read
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        return round(lat, 5), round(lon, 5)
    if name == "usfws_ole":
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        return round(lat, 5), round(lon, 5)
    cells["lat"], cells["lon"] = round(lat, 4), round(lon, 4)
    return round(lat, 4), round(lon, 4)


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    name = src.source
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    corridor = str(ev["corridor"])
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, tags, partial_ok
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, _CRIME[name][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        word, share = _NOT_APPLICABLE[name]
        if word is not None and rng.random() < share:
            cells["exploitation"] = word
            tags.append("not_applicable")
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(rng, _EXPLOITATION[name][str(expl)])
        exp["exploitation"] = str(expl)

    # persons: a "not known" word now and then keeps the row with no count
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, _UNKNOWN[name])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, n_persons, rng, tags, words=False)

    n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = choice(rng, _UNKNOWN[name])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif n_sus == 0 and r < 0.45:
        cells["n_suspects"] = choice(rng, _ZERO[name])
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, n_sus, rng, tags, words=True)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"] = choice(rng, _UNKNOWN[name])
        exp["gender"] = "unknown"
        tags += ["unknown_word", "blank_gender"]
    else:
        cells["gender"] = _word(rng, _GENDER[name][gender])
        exp["gender"] = gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, _UNKNOWN[name])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        words = _AGE[name][age]
        if name == "seprona" and age == "child" and corridor in ("wmed", "watl"):
            words = ("menores", "MENA")  # unaccompanied foreign minors
        cells["age_group"] = _word(rng, words)
        exp["age_group"] = age

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col:
            exp[col] = None
            tags.append(f"blank_{col}")
        elif iso is None:
            exp[col] = None
        else:
            cells[col] = _country(src, str(iso), rng, tags, nationality=col == "nationality")
            exp[col] = str(iso)
    cells["transit_countries"] = _transit(src, ev["transit_countries"], tags)
    exp["transit_countries"] = ev["transit_countries"]

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"] = choice(rng, _UNKNOWN[name])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _word(rng, _mode_words(src, corridor, mode))
        exp["transport_mode"] = mode

    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        exp["lat"], exp["lon"] = _place(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
            cells,
        )
    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]

    if name == "interpol_ens":
        cells["unit"] = _NCB.get(str(ev["detection_country"]), "NCB Lyon")
    else:
        places = _UNIT[name]
        cells["unit"] = choice(rng, places.get(str(ev["hotspot"]), places[""])) or None
    env = _ENV[name]
    cells["env"] = choice(rng, env.get(corridor, env[""]))
    if name == "oclaesp" and rng.random() < _IMPORTED_SHARE:
        # rows a unit imported from a UTF-8 tool into the cp1252 workbook
        garbled = {k: mojibake(v) for k, v in cells.items() if isinstance(v, str)}
        cells.update({k: v for k, v in garbled.items() if v is not None})
        if any(v is not None for v in garbled.values()):
            tags.append("mojibake")
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell a careful analyst cannot use: blank, impossible, ten years on."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # one key off in the year: 2023 -> 2033
        ahead = dt.datetime(ts.year + 10, ts.month, min(ts.day, 28))
        if src.format == "xlsx":
            return ahead
        return _written(src, pd.Timestamp(ahead))
    month, day = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
    if src.source == "usfws_ole":
        return f"{month:02d}/{day:02d}/{ts.year}"
    if src.source == "interpol_ens":
        return f"{ts.year}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _written(src: ExaminerSource, ts: pd.Timestamp) -> str:
    """Return a full date in the source's usual text style."""
    if src.source == "usfws_ole":
        return ts.strftime("%m/%d/%Y")
    if src.source == "interpol_ens":
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the extraction date of the note row (ten days after the last case)."""
    day = last + pd.Timedelta(days=10)
    if src.format == "xlsx":
        return dt.datetime(day.year, day.month, day.day)
    return _written(src, day)


#: The variant: sources, who first reports which event, who re-reports it, and how.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"ESP": "seprona", "FRA": "oclaesp", "PAN": "dinapart_pa", "USA": "usfws_ole"},
    compilation="interpol_ens",
    secondary={
        ("wmed", "ESP"): "interpol_ens",
        ("watl", "ESP"): "interpol_ens",
        ("thb_rou_esp", "ESP"): "interpol_ens",
        ("thb_rou_esp", "ITA"): "seprona",
        ("channel", "FRA"): "interpol_ens",
        ("channel", "GBR"): "oclaesp",
        ("darien", "PAN"): "interpol_ens",
        ("us_mex", "USA"): "interpol_ens",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=222,
    blank_share=0.3,
)


def make_blind222(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five environmental-crime sources of ``blind222``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``seprona_hp.xlsx`` (Spanish), ``oclaesp_hp.csv`` (French, cp1252, ``;``),
        ``dinapart_pa_hp.csv`` (Spanish, UTF-16, tab), ``usfws_ole_hp.csv`` (English,
        UTF-8, ``,``) and ``interpol_ens_hp.jsonl`` (English keys), each with the
        expected clean value of every row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind222(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['seprona_hp.xlsx', 'oclaesp_hp.csv', 'dinapart_pa_hp.csv', 'usfws_ole_hp.csv',
     'interpol_ens_hp.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8', 'utf-8']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° procédure', 'Date des faits', 'Commune']
    """
    return make_examined(EXAMINER, truth, seed=seed)
