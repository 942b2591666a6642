"""Examiner set ``blind285`` (files ``*_ka.*``): casino and gaming regulators' desks.

Five gaming regulators and casino compliance desks report the smugglers' cash and the
trafficked workers they meet in gaming venues, each in its own working language and
export tool:

``sccj_courses_jeux_ka.csv``
    France, Service central des courses et jeux (police judiciaire, casino
    supervision on the Channel coast): French, cp1252, ``;``, CRLF, day-first dates,
    decimal commas, nationalities as demonyms (``afghane``), rows pasted from the
    UTF-8 extraction garbled (``AlgÃ©rie``), ``néant`` for no suspect.
``dgoj_es_ka.xlsx``
    Spain, Dirección General de Ordenación del Juego (operators' AML reports): Spanish,
    real Excel dates, some Excel serials and day-first text dates, ``H``/``M`` for
    hombre/mujer, ISO alpha-3 codes, the Penal Code article for smuggling
    (``318 bis CP``), ``No consta``.
``jcj_panama_ka.jsonl``
    Panama, Junta de Control de Juegos (AML compliance unit): Spanish snake_case keys,
    ISO dates (month only when the case file has no day), demonyms (``venezolana``),
    ``NNA`` for children, one ``coordenadas`` string.
``segob_dgjs_mx_ka.csv``
    Mexico, SEGOB Dirección General de Juegos y Sorteos (border casinos and remote
    betting centres): Spanish in capitals without accents, UTF-8 with BOM, ``,``,
    ``17/MAY/2023`` dates, ``EUA``, ``TRAFICO DE PERSONAS`` (the Mexican term for
    smuggling), ``PROBABLES RESPONSABLES``, coordinates written ``X, Y`` (longitude
    first), ``0, 0`` for no place; re-sent rows.
``mga_compliance_ka.csv``
    Malta Gaming Authority, compliance and enforcement (the compilation: licensees'
    suspicious-transaction reports and foreign regulators' referrals): English, Excel's
    "Unicode text" export (UTF-16 with BOM, tab-delimited), day-first and
    ``17 May 2023`` dates, ``Q2 2023`` for quarterly returns, ISO alpha-2 codes,
    ``nil`` for no suspect; re-sent rows.

The truth says what a careful analyst reads from each cell: a placeholder count keeps
the record without a count, an unknown word gives ``unknown`` or nothing, a month or a
quarter gives its first day at that precision.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

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

__all__ = ["SOURCES", "make_blind285"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish), written by hand for this set.
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
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
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
    "GIN": ("Guinea", "Guinée", "Guinea"),
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
    "VNM": ("Viet Nam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Other names an analyst of that language reads without hesitation.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "MKD": ("Macedonia",),
        "GMB": ("The Gambia",),
        "BIH": ("Bosnia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "USA": ("USA",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "VNM": ("Viêt Nam",),
        "DEU": ("RFA",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "VNM": ("Viet Nam",),
        "CIV": ("Côte d'Ivoire",),
        "ROU": ("Rumania",),
    },
    "mx": {
        "USA": ("EUA", "E.U.A.", "ESTADOS UNIDOS DE AMERICA"),
        "GBR": ("GRAN BRETAÑA",),
    },
}

#: Small slips of the pen (one letter lost, doubled or swapped).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "SYR": "Syira",
        "ERI": "Eritria",
        "LBY": "Lybia",
        "ALB": "Albnia",
        "ITA": "Itlay",
        "NGA": "Nigeira",
        "TUN": "Tunesia",
        "EGY": "Egipt",
        "GRC": "Greese",
        "POL": "Polnad",
        "HRV": "Croatai",
    },
    "fr": {
        "AFG": "Afganistan",
        "LBY": "Lybie",
        "MAR": "Marroc",
        "SYR": "Syrei",
        "TUR": "Turqie",
        "ALB": "Albannie",
        "IRN": "Irann",
        "FRA": "Frnace",
        "DEU": "Allemangne",
    },
    "es": {
        "VEN": "Venezuel",
        "COL": "Colonbia",
        "ECU": "Ecudor",
        "MAR": "Marrueco",
        "GTM": "Guatamala",
        "HND": "Hondura",
        "SEN": "Senegall",
        "ESP": "Epaña",
        "PAN": "Panma",
        "USA": "Estados Unidso",
    },
}

#: Nationality as the French police write it (masculine, feminine).
_DEMONYM_FR: dict[str, tuple[str, str]] = {
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
#: Nationality as Panama's case files write it (feminine: "nacionalidad venezolana").
_DEMONYM_ES: dict[str, tuple[str, str]] = {
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
_MONTHS_EN = (
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
#: Mexican forms' month abbreviations (``17/MAY/2023``).
_MES_MX = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_SCCJ = ExaminerSource(
    source="sccj_courses_jeux",
    filename="sccj_courses_jeux_ka.csv",
    ref="SCCJ-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date des faits",
        "venue": "Établissement de jeux",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Personnes concernées",
        "n_suspects": "Mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction SCCJ – chiffres provisoires, non consolidés",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
)
_DGOJ = ExaminerSource(
    source="dgoj_es",
    filename="dgoj_es_ka.xlsx",
    ref="DGOJ/INV/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación por la Subdirección",
    total="TOTAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
)
_JCJ = ExaminerSource(
    source="jcj_panama",
    filename="jcj_panama_ka.jsonl",
    ref="JCJ-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "no_caso",
        "event_date": "fecha_hecho",
        "crime_type": "tipo_delito",
        "exploitation": "modalidad_explotacion",
        "n_persons": "cantidad_personas",
        "n_suspects": "cantidad_imputados",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "coordinates": "coordenadas",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo"),
    repeats=False,
)
_SEGOB = ExaminerSource(
    source="segob_dgjs_mx",
    filename="segob_dgjs_mx_ka.csv",
    ref="DGJS/DV/{seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "FOLIO",
        "event_date": "FECHA DEL EVENTO",
        "venue": "ESTABLECIMIENTO",
        "crime_type": "DELITO",
        "exploitation": "FIN DE EXPLOTACION",
        "n_persons": "NO. PERSONAS",
        "n_suspects": "PROBABLES RESPONSABLES",
        "gender": "SEXO",
        "age_group": "EDAD",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAIS DE ORIGEN",
        "transit_countries": "PAISES DE TRANSITO",
        "destination_country": "PAIS DE DESTINO",
        "detection_country": "PAIS DE DETECCION",
        "transport_mode": "TRANSPORTE",
        "coordinates": "COORDENADAS (X,Y)",
        "linked_offences": "DELITOS VINCULADOS",
    },
    note="NOTA: CIFRAS PRELIMINARES, SUJETAS A CAMBIO",
    total="TOTAL GENERAL",
    bad_count=("VARIOS", "GRUPO"),
    repeats=True,
)
_MGA = ExaminerSource(
    source="mga_compliance",
    filename="mga_compliance_ka.csv",
    ref="MGA-CE-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of event",
        "crime_type": "Offence category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of persons",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit countries",
        "destination_country": "Destination country",
        "detection_country": "Country of detection",
        "transport_mode": "Mode of transport",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Linked offences",
    },
    note="Note: provisional figures compiled from licensee STRs and regulator referrals",
    total="Grand total",
    bad_count=("several", "multiple"),
    repeats=True,
)

#: The sources of the set, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (_SCCJ, _DGOJ, _JCJ, _SEGOB, _MGA)

# --------------------------------------------------------------------------------------
# Each desk's words. Keys of a vocabulary: the design's words; values: the desk's.
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]

_CRIME: dict[str, _Words] = {
    "sccj_courses_jeux": {
        "trafficking": ("traite des êtres humains", "TEH", "traite des êtres humains (225-4-1 CP)"),
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "aide à l'entrée irrégulière",
            "trafic de migrants",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    "dgoj_es": {
        "trafficking": ("Trata de seres humanos", "Trata de seres humanos (177 bis CP)"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular (318 bis CP)",
        ),
        "both": ("Trata y tráfico de migrantes",),
    },
    "jcj_panama": {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    "segob_dgjs_mx": {
        "trafficking": ("TRATA DE PERSONAS",),
        "smuggling": ("TRAFICO DE PERSONAS", "TRAFICO DE INDOCUMENTADOS"),
        "both": ("TRATA Y TRAFICO DE PERSONAS",),
    },
    "mga_compliance": {
        "trafficking": ("Human trafficking", "THB"),
        "smuggling": ("Migrant smuggling", "People smuggling"),
        "both": ("Trafficking & smuggling", "THB / smuggling"),
    },
}
_EXPLOITATION: dict[str, _Words] = {
    "sccj_courses_jeux": {
        "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
        "none": ("", "sans objet"),
    },
    "dgoj_es": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
        "none": ("", "No procede"),
    },
    "jcj_panama": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
        "none": ("",),
    },
    "segob_dgjs_mx": {
        "sexual": ("EXPLOTACION SEXUAL",),
        "forced_labour": ("TRABAJOS FORZADOS", "EXPLOTACION LABORAL"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS",),
        "organ_removal": ("EXTRACCION DE ORGANOS",),
        "forced_marriage": ("MATRIMONIO FORZOSO",),
        "other": ("OTRA",),
        "none": ("NO APLICA", ""),
    },
    "mga_compliance": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "none": ("", "n/a"),
    },
}
#: Gender words; the first tuple is used for one person, the second for a group.
_GENDER: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "sccj_courses_jeux": {
        "female": (("F", "féminin"), ("femmes", "F")),
        "male": (("H", "masculin"), ("hommes", "H")),
        "mixed": (("mixte",), ("mixte", "H/F", "hommes et femmes")),
    },
    "dgoj_es": {
        "female": (("M", "Mujer"), ("Mujeres", "M")),
        "male": (("H", "Hombre"), ("Hombres", "H")),
        "mixed": (("Ambos sexos",), ("Ambos sexos", "Mixto")),
    },
    "jcj_panama": {
        "female": (("femenino", "F"), ("femenino",)),
        "male": (("masculino", "M"), ("masculino",)),
        "mixed": (("mixto",), ("mixto", "ambos")),
    },
    "segob_dgjs_mx": {
        "female": (("MUJER",), ("MUJERES",)),
        "male": (("HOMBRE",), ("HOMBRES",)),
        "mixed": (("MIXTO",), ("MIXTO", "AMBOS")),
    },
    "mga_compliance": {
        "female": (("Female", "F"), ("Female", "Females")),
        "male": (("Male", "M"), ("Male", "Males")),
        "mixed": (("Mixed",), ("Mixed", "M/F")),
    },
}
_AGE: dict[str, _Words] = {
    "sccj_courses_jeux": {
        "adult": ("majeurs", "majeur"),
        "child": ("mineurs", "mineur", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "na": ("NC", "indéterminé"),
    },
    "dgoj_es": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "Menores de edad"),
        "mixed": ("Adultos y menores",),
        "na": ("No consta",),
    },
    "jcj_panama": {
        "adult": ("adultos",),
        "child": ("NNA", "menores de edad"),
        "mixed": ("adultos y NNA", "mixto"),
        "na": ("sin información",),
    },
    "segob_dgjs_mx": {
        "adult": ("ADULTOS", "MAYORES DE EDAD"),
        "child": ("MENORES", "NNA"),
        "mixed": ("ADULTOS Y MENORES", "MIXTO"),
        "na": ("S/D", "SIN DATO"),
    },
    "mga_compliance": {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "U18"),
        "mixed": ("Adults & minors", "Mixed"),
        "na": ("n/k", "not known"),
    },
}
_TRANSPORT: dict[str, _Words] = {
    "sccj_courses_jeux": {
        "sea": ("small boat", "embarcation", "maritime"),
        "land": ("poids lourd", "camion", "véhicule léger", "à pied"),
        "air": ("avion", "aérien"),
        "na": ("NC", "indéterminé"),
    },
    "dgoj_es": {
        "sea": ("Patera", "Cayuco", "Embarcación neumática", "Marítimo"),
        "land": ("Terrestre", "Vehículo", "Camión", "A pie"),
        "air": ("Aéreo", "Avión"),
        "na": ("No consta",),
    },
    "jcj_panama": {
        "sea": ("marítimo", "lancha"),
        "land": ("terrestre", "a pie", "bus"),
        "air": ("aéreo", "vuelo comercial"),
        "na": ("sin información",),
    },
    "segob_dgjs_mx": {
        "sea": ("MARITIMO", "LANCHA"),
        "land": ("TERRESTRE", "TRACTOCAMION", "A PIE", "VEHICULO PARTICULAR"),
        "air": ("AEREO",),
        "na": ("S/D",),
    },
    "mga_compliance": {
        "sea": ("Sea", "Small boat", "Dinghy"),
        "land": ("Land", "HGV", "Car", "On foot"),
        "air": ("Air", "Flight"),
        "na": ("n/k",),
    },
}
_OFFENCES: dict[str, _Words] = {
    "sccj_courses_jeux": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment aggravé"),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
        "sep": (", ",),
    },
    "dgoj_es": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contra la salud pública",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
        "sep": ("; ",),
    },
    "jcj_panama": {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
        "sep": (", ",),
    },
    "segob_dgjs_mx": {
        "document_fraud": ("FALSIFICACION DE DOCUMENTOS",),
        "corruption": ("COHECHO",),
        "money_laundering": ("OPERACIONES CON RECURSOS DE PROCEDENCIA ILICITA",),
        "illicit_goods": ("CONTRA LA SALUD",),
        "cybercrime": ("DELITOS INFORMATICOS",),
        "terrorism": ("TERRORISMO",),
        "sep": (" / ",),
    },
    "mga_compliance": {
        "document_fraud": ("document fraud", "false documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
        "sep": ("; ",),
    },
}
#: Per desk: count not known, suspects not known, no suspect, nationality not known.
_PLACEHOLDERS: dict[str, dict[str, tuple[str, ...]]] = {
    "sccj_courses_jeux": {
        "count": ("NC", "non déterminé"),
        "suspects": ("NC",),
        "zero": ("néant", "aucun"),
        "nationality": ("indéterminée", "NC"),
    },
    "dgoj_es": {
        "count": ("s/d", "No consta"),
        "suspects": ("No consta",),
        "zero": ("ninguno",),
        "nationality": ("No consta",),
    },
    "jcj_panama": {
        "count": ("S/D", "por determinar"),
        "suspects": ("S/D",),
        "zero": ("ninguno",),
        "nationality": ("sin información",),
    },
    "segob_dgjs_mx": {
        "count": ("S/D", "SIN DATO"),
        "suspects": ("S/D",),
        "zero": ("NINGUNO",),
        "nationality": ("S/D", "DESCONOCIDA"),
    },
    "mga_compliance": {
        "count": ("n/k", "not known"),
        "suspects": ("n/k",),
        "zero": ("nil", "none"),
        "nationality": ("n/k", "unknown"),
    },
}
#: The gaming venue named by the desks that supervise casinos, by hotspot of the truth.
_VENUES: dict[str, dict[str, tuple[str, ...]]] = {
    "sccj_courses_jeux": {
        "Calais": ("Casino de Calais", "Cercle de jeux – Calais"),
        "Dunkirk/Gravelines": ("Casino de Dunkerque (Malo-les-Bains)", "Casino de Gravelines"),
    },
    "segob_dgjs_mx": {
        "Nogales (Sonora/Arizona)": ("CASINO - NOGALES, SON.",),
        "Sasabe": ("SALA DE SORTEOS - ALTAR, SON.",),
        "El Paso": ("CASINO - CD. JUAREZ, CHIH.", "SALA DE SORTEOS - CD. JUAREZ, CHIH."),
        "Rio Grande Valley": ("CENTRO DE APUESTAS REMOTAS - REYNOSA, TAMPS.",),
    },
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """Drop the accents (``MÉXICO`` -> ``MEXICO``), as Mexican capital-letter forms do."""
    nfd = unicodedata.normalize("NFD", text)
    return "".join(c for c in nfd if unicodedata.category(c) != "Mn" or c == "\u0303")


def _upper_mx(text: str) -> str:
    """Capitals without accents but with Ñ (``España`` -> ``ESPAÑA``)."""
    return unicodedata.normalize("NFC", _plain(text)).upper()


def _country(src: ExaminerSource, code: str, rng: _Rng, col: str) -> tuple[str, list[str]]:
    """Write one country the desk's way; return (cell, tags)."""
    lang = src.language
    name = _NAMES[code][_LANG[lang]]
    r = rng.random()
    s = src.source
    if s == "segob_dgjs_mx":
        alias = _ALIASES["mx"].get(code, ())
        if alias and r < 0.6:
            return choice(rng, alias), [f"alias:{col}"]
        if r < 0.08:
            return code, [f"iso3:{col}"]
        typo = _TYPOS["es"].get(code)
        if typo is not None and r > 0.96:
            return _upper_mx(typo), [f"typo:{col}"]
        return _upper_mx(name), []
    # (share of ISO alpha-2, ISO alpha-3, alias, typo, upper case)
    shares = {
        "sccj_courses_jeux": (0.06, 0.0, 0.06, 0.03, 0.08),
        "dgoj_es": (0.0, 0.2, 0.05, 0.03, 0.05),
        "jcj_panama": (0.1, 0.0, 0.05, 0.04, 0.03),
        "mga_compliance": (0.2, 0.05, 0.08, 0.03, 0.05),
    }[s]
    edges = np.cumsum(shares)
    if r < edges[0]:
        return iso_codes(code)[0], [f"iso2:{col}"]
    if r < edges[1]:
        return code, [f"iso3:{col}"]
    if r < edges[2]:
        alias = _ALIASES[lang].get(code, ())
        if alias:
            return choice(rng, alias), [f"alias:{col}"]
        return name, []
    if r < edges[3]:
        typo = _TYPOS[lang].get(code)
        return (typo, [f"typo:{col}"]) if typo is not None else (name, [])
    if r < edges[4]:
        return name.upper(), [f"case:{col}"]
    return name, []


def _nationality(
    src: ExaminerSource, code: str, ev: dict[str, object], rng: _Rng
) -> tuple[str, list[str]]:
    """Write a nationality: demonyms in the French police's and Panama's files."""
    fem = ev["gender"] == "female" or rng.random() < 0.3
    if src.source == "sccj_courses_jeux" and code in _DEMONYM_FR and rng.random() < 0.6:
        return _DEMONYM_FR[code][int(fem)], ["demonym:nationality"]
    if src.source == "jcj_panama" and code in _DEMONYM_ES and rng.random() < 0.8:
        return _DEMONYM_ES[code][1], ["demonym:nationality"]
    return _country(src, code, rng, "nationality")


def _countries(src: ExaminerSource, codes: str, rng: _Rng) -> tuple[str, list[str]]:
    """Write an ordered ``A|B`` transit list with the desk's separator."""
    sep = {
        "sccj_courses_jeux": " / ",
        "dgoj_es": " - ",
        "jcj_panama": ", ",
        "segob_dgjs_mx": ", ",
        "mga_compliance": " > ",
    }[src.source]
    parts: list[str] = []
    tags: list[str] = []
    for code in codes.split("|"):
        text, t = _country(src, code, rng, "transit_countries")
        parts.append(text)
        tags += t
    return sep.join(parts), sorted(set(tags))


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    s = src.source
    m = ts.month - 1
    r = rng.random()
    month_start = ts.to_period("M").start_time
    if partial_ok and r < 0.03:
        month = {
            "sccj_courses_jeux": f"{_MONTHS_FR[m]} {ts.year}",
            "dgoj_es": f"{_MONTHS_ES[m]} {ts.year}",
            "jcj_panama": ts.strftime("%Y-%m"),
            "segob_dgjs_mx": f"{_MONTHS_ES[m].upper()} {ts.year}",
            "mga_compliance": f"{_MONTHS_EN[m]} {ts.year}",
        }[s]
        return month, month_start, "month", ["partial_date"]
    if partial_ok and s == "mga_compliance" and r < 0.08:
        # quarterly returns of the licensees give the quarter only
        return (
            f"Q{ts.quarter} {ts.year}",
            ts.to_period("Q").start_time,
            "quarter",
            ["partial_date", "quarter_date"],
        )
    r = rng.random()
    cell: object
    if s == "sccj_courses_jeux":
        cell = ts.strftime("%d/%m/%Y") if r < 0.88 else ts.strftime("%d/%m/%y")
    elif s == "dgoj_es":
        if r < 0.75:
            cell = ts.to_pydatetime()
        elif r < 0.87:
            cell = int((ts - pd.Timestamp("1899-12-30")).days)  # a date cell typed "General"
            return cell, ts, "day", ["excel_serial"]
        else:
            cell = ts.strftime("%d/%m/%Y")
    elif s == "jcj_panama":
        cell = ts.strftime("%Y-%m-%d") if r < 0.9 else ts.strftime("%Y-%m-%dT%H:%M:%S")
    elif s == "segob_dgjs_mx":
        cell = ts.strftime("%d/%m/%Y") if r < 0.65 else f"{ts.day:02d}/{_MES_MX[m]}/{ts.year}"
    else:
        cell = ts.strftime("%d/%m/%Y") if r < 0.6 else f"{ts.day} {_MONTHS_EN[m]} {ts.year}"
    return cell, ts, "day", []


def _count(src: ExaminerSource, n: int) -> object:
    """Write a count of persons as the desk's tool holds it."""
    if src.format in ("xlsx", "jsonl"):
        return n
    if n >= 1000:
        sep = {"sccj_courses_jeux": "\u00a0", "segob_dgjs_mx": ",", "mga_compliance": ","}[
            src.source
        ]
        return f"{n // 1000}{sep}{n % 1000:03d}"
    return str(n)


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], list[str]]:
    """Write a place the desk's way (lat/lon columns or one pair, its decimal mark)."""
    s = src.source
    if s == "sccj_courses_jeux":
        return {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }, ["decimal_comma"]
    if s == "dgoj_es":
        if rng.random() < 0.15:  # typed in as text with the Spanish decimal comma
            return {
                "lat": f"{lat:.5f}".replace(".", ","),
                "lon": f"{lon:.5f}".replace(".", ","),
            }, ["decimal_comma"]
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, []
    if s == "jcj_panama":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, []
    if s == "segob_dgjs_mx":
        return {"coordinates": f"{lon:.5f}, {lat:.5f}"}, ["coords_xy"]
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, []


def _noise(text: str, rng: _Rng, rate: float) -> tuple[str, bool]:
    """Change the case or the spacing of a cell now and then (the meaning stays)."""
    if not text or rng.random() >= rate:
        return text, False
    k = int(rng.integers(3))
    return (text.lower() if k == 0 else f" {text}  " if k == 1 else text.upper()), True


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    s = src.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    case_rate = 0.0 if s == "segob_dgjs_mx" else 0.05

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    if "venue" in src.headers:
        venues = _VENUES[s].get(str(ev["hotspot"]), ())
        cells["venue"] = choice(rng, venues) if venues and rng.random() < 0.45 else None

    crime = str(ev["crime_type"])
    word, noisy = _noise(choice(rng, _CRIME[s][crime]), rng, case_rate)
    cells["crime_type"] = word
    tags += ["case:crime_type"] if noisy else []
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    words = _EXPLOITATION[s]
    if expl is None:
        blank = choice(rng, words["none"])
        cells["exploitation"] = blank or None
        exp["exploitation"] = None
    else:
        word, noisy = _noise(choice(rng, words[str(expl)]), rng, case_rate)
        cells["exploitation"] = word
        tags += ["case:exploitation"] if noisy else []
        exp["exploitation"] = expl

    holders = _PLACEHOLDERS[s]
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, holders["count"])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n)
        exp["n_persons"] = n
        if n >= 1000:
            tags.append("thousands:n_persons")

    sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.03:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.05:
        cells["n_suspects"] = choice(rng, holders["suspects"])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif sus == 0 and r < 0.5:
        cells["n_suspects"] = choice(rng, holders["zero"])
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = sus if src.format != "csv" else str(sus)
        exp["n_suspects"] = sus

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        one, group = _GENDER[s][gender]
        cells["gender"] = choice(rng, one if n == 1 else group)
        exp["gender"] = gender

    for col, table in (("age_group", _AGE[s]), ("transport_mode", _TRANSPORT[s])):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col] = choice(rng, table["na"])
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            word, noisy = _noise(choice(rng, table[value]), rng, case_rate)
            cells[col] = word
            tags += [f"case:{col}"] if noisy else []
            exp[col] = value

    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality" or r < 0.02:
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif r < 0.035:
        cells["nationality"] = choice(rng, holders["nationality"])
        exp["nationality"] = None
        tags += ["blank_nationality", "unknown_word:nationality"]
    else:
        cells["nationality"], t = _nationality(src, nat, ev, rng)
        exp["nationality"] = nat
        tags += t

    for col in ("origin_country", "destination_country"):
        cells[col], t = _country(src, str(ev[col]), rng, col)
        exp[col] = ev[col]
        tags += t

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
        exp["transit_countries"] = None
    else:
        cells["transit_countries"], t = _countries(src, str(transit), rng)
        exp["transit_countries"] = transit
        tags += t

    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        det = str(ev["detection_country"])
        cells["detection_country"], t = _country(src, det, rng, "detection_country")
        exp["detection_country"] = det
        tags += t

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif r < 0.04:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.06 and s == "segob_dgjs_mx":
        cells["coordinates"] = "0, 0"  # the GIS layer's default point: no place known
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        place, t = _coords(src, lat, lon, rng)
        cells.update(place)
        exp["lat"], exp["lon"] = lat, lon
        tags += t

    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        words = _OFFENCES[s]
        cells["linked_offences"] = words["sep"][0].join(
            choice(rng, words[o]) for o in str(off).split("|")
        )
        exp["linked_offences"] = off
    if s == "sccj_courses_jeux" and rng.random() < 0.1:
        tags += _garble_row(src, cells)
    return cells, exp, tags


def _garble_row(src: ExaminerSource, cells: dict[str, object]) -> list[str]:
    """Garble a row pasted from the UTF-8 extraction into the cp1252 sheet, in place.

    Every accented text cell of the row reads as UTF-8 bytes seen as cp1252
    (``Algérie`` -> ``AlgÃ©rie``); the meaning, and so the truth, is unchanged.
    """
    tags: list[str] = []
    for col, value in cells.items():
        if col in ("event_date", "source_ref") or not isinstance(value, str):
            continue
        garbled = mojibake(value)
        if garbled is not None and fits(garbled, src):
            cells[col] = garbled
            tags.append(f"mojibake:{col}")
    return tags


def _transposed(ts: pd.Timestamp) -> dt.datetime:
    """Swap the middle digits of the year (2023 -> 2203): a date in the future."""
    y = str(ts.year)
    return ts.to_pydatetime().replace(year=int(y[0] + y[2] + y[1] + y[3]))


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that cannot be used: blank, impossible or in the future."""
    if kind == "no_date":
        return None
    s = src.source
    if kind == "bad_date":
        return {
            "sccj_courses_jeux": f"31/02/{ts.year}",
            "dgoj_es": f"30/02/{ts.year}",
            "jcj_panama": f"{ts.year}-02-30",
            "segob_dgjs_mx": f"31/FEB/{ts.year}",
            "mga_compliance": f"31/02/{ts.year}",
        }[s]
    future = _transposed(ts)
    if s == "dgoj_es":
        return future
    if s == "jcj_panama":
        return future.strftime("%Y-%m-%d")
    if s == "segob_dgjs_mx":
        return f"{future.day:02d}/{_MES_MX[future.month - 1]}/{future.year}"
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row (the extraction date)."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.source == "mga_compliance":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return day.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": "sccj_courses_jeux",
        "ESP": "dgoj_es",
        "PAN": "jcj_panama",
        "USA": "segob_dgjs_mx",
    },
    compilation="mga_compliance",
    secondary={
        # Channel crossings: the casino desks of both shores hear of the same boats.
        ("channel", "GBR"): "sccj_courses_jeux",
        ("channel", "FRA"): "mga_compliance",
        ("thb_vnm_gbr", "GBR"): "sccj_courses_jeux",
        # Romanian and West African networks paying through Spanish and Maltese accounts.
        ("thb_rou_esp", "ESP"): "mga_compliance",
        ("thb_rou_esp", "ITA"): "dgoj_es",
        ("wmed", "ESP"): "mga_compliance",
        ("thb_nga_ita", "ITA"): "dgoj_es",
        # Darién migrants met again in Mexico's border casinos' reports.
        ("darien", "PAN"): "segob_dgjs_mx",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=285_7,
    blank_share=0.4,
)


def make_blind285(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five gaming desks of set ``blind285`` would.

    Events detected in France go to the SCCJ, in Spain to the DGOJ, in Panama to the
    Junta de Control de Juegos, in the United States to SEGOB's gaming directorate
    (border casinos on the Mexican side), and all others to the Malta Gaming
    Authority's compilation; about 4 % are reported a second time by another desk.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``sccj_courses_jeux_ka.csv``, ``dgoj_es_ka.xlsx``, ``jcj_panama_ka.jsonl``,
        ``segob_dgjs_mx_ka.csv`` and ``mga_compliance_ka.csv``, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind285(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sccj_courses_jeux_ka.csv', 'dgoj_es_ka.xlsx', 'jcj_panama_ka.jsonl',
     'segob_dgjs_mx_ka.csv', 'mga_compliance_ka.csv']
    >>> [(s.encoding, s.delimiter) for s in subs][3:]
    [('utf-8-sig', ','), ('utf-16', '\t')]
    >>> subs[0].frame.columns[:3].tolist()
    ['N° procédure', 'Date des faits', 'Établissement de jeux']
    >>> all(s.expected["expected_status"].eq("record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
