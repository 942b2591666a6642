"""Examiner sample set ``blind352`` (files ``*_mp.*``): private-security regulators and firms.

Five sources from the private-security world report trafficked and smuggled persons
that guards, guarding companies and their regulators come across (stowaways found by
port and truck-park guards, migrants found in trailers escorted by registered custody
firms, guards who were themselves exploited or hold forged guard licences). Each source
writes in its own working language and the way its tool exports:

``ucsp_policia_es_mp.csv``
    Spain, Policía Nacional, Comisaría General de Seguridad Ciudadana, Unidad Central
    de Seguridad Privada (UCSP): the "Red Azul" communications of private guards at
    ports, fences and farms. Spanish, cp1252, ``;``, CRLF; day-first dates (some with
    the time), nationalities as police demonyms in capitals (``MARROQUÍ``), Spanish
    thousands dots, decimal-comma coordinates, criminal-code articles in the offence
    (``art. 318 bis CP`` = smuggling, ``art. 177 bis CP`` = trafficking), ``DIRECTO``
    for a crossing without transit. Re-sends a few rows.
``diasp_pa_mp.xlsx``
    Panama, Ministerio de Seguridad Pública, Dirección Institucional en Asuntos de
    Seguridad Pública (DIASP), the regulator of private security agencies: reports of
    the guards of the reception stations of Darién. Spanish workbook; real date cells
    and some Excel serial numbers, GPS in one cell (degrees-minutes-seconds or a
    decimal pair), ``NNA`` for minors, ``M``/``F`` for the sex.
``dgsp_sspc_mx_mp.jsonl``
    Mexico, Secretaría de Seguridad y Protección Ciudadana, Dirección General de
    Seguridad Privada (DGSP): notices on registered custody-in-transit firms whose
    escorted trailers were found carrying migrants at US ports of entry. Spanish
    capitals, UTF-8 JSON lines; ISO dates, some with the time, monthly returns dated by
    month only; ``TRÁFICO DE PERSONAS`` is migrant smuggling under Mexican law
    (``TRATA`` is trafficking); feminine demonyms (``GUATEMALTECA``) and ``E.U.A.``;
    ``probables_responsables`` for suspects.
``seris_conformite_fr_mp.csv``
    France, Seris Security, direction conformité et éthique: reports of its port and
    truck-park guards of the Opal Coast. French, UTF-8 with BOM, ``,``; day-first dates
    and "17 mai 2023"; nationality adjectives (``afghane``) and ISO alpha-3 codes read
    off passports; GPS as ``50.95123N, 1.85234E``; a share of the cells went through a
    cp1252 misreading once (mojibake); transit routes joined by ``>``.
``coess_secretariat_mp.xlsx``
    Confederation of European Security Services (CoESS), Brussels: the compilation of
    what its national member associations report from Italy, Greece, Croatia, Poland and
    the United Kingdom (every event no primary source reports). English workbook; date
    cells, day-first text dates, "17 May 2023" and quarterly returns ("Q2 2023");
    English names, ISO alpha-3 codes and common aliases, the country of the incident now
    and then as the EU's own code (``EL`` = Greece, ``UK``). Re-sends a few rows.

Every cell a careful analyst could not read is planted on purpose as a blank or an
"unknown" and said so in the truth (tags ``count_placeholder``, ``suspects_placeholder``,
``blank_*``, ``na_word``, ``coords_missing``, ``coords_placeholder``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND352", "SOURCES", "BlindSource", "make_blind352"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish) names, and the demonyms the agencies use.
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
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
#: Spanish demonyms (masculine, as a police file writes them).
_DEMONYM_ES: dict[str, str] = {
    "AFG": "AFGANO",
    "ALB": "ALBANÉS",
    "AUT": "AUSTRIACO",
    "BGD": "BANGLADESÍ",
    "BGR": "BÚLGARO",
    "BIH": "BOSNIO",
    "BLR": "BIELORRUSO",
    "CHN": "CHINO",
    "CIV": "MARFILEÑO",
    "CMR": "CAMERUNÉS",
    "COL": "COLOMBIANO",
    "DEU": "ALEMÁN",
    "DZA": "ARGELINO",
    "ECU": "ECUATORIANO",
    "EGY": "EGIPCIO",
    "ERI": "ERITREO",
    "ESP": "ESPAÑOL",
    "FRA": "FRANCÉS",
    "GBR": "BRITÁNICO",
    "GIN": "GUINEANO",
    "GMB": "GAMBIANO",
    "GRC": "GRIEGO",
    "GTM": "GUATEMALTECO",
    "HND": "HONDUREÑO",
    "HRV": "CROATA",
    "HTI": "HAITIANO",
    "HUN": "HÚNGARO",
    "IRN": "IRANÍ",
    "IRQ": "IRAQUÍ",
    "ITA": "ITALIANO",
    "LBY": "LIBIO",
    "MAR": "MARROQUÍ",
    "MEX": "MEXICANO",
    "MKD": "MACEDONIO",
    "MLI": "MALIENSE",
    "MRT": "MAURITANO",
    "NER": "NIGERINO",
    "NGA": "NIGERIANO",
    "PAK": "PAKISTANÍ",
    "PAN": "PANAMEÑO",
    "POL": "POLACO",
    "ROU": "RUMANO",
    "RUS": "RUSO",
    "SEN": "SENEGALÉS",
    "SRB": "SERBIO",
    "SYR": "SIRIO",
    "TUN": "TUNECINO",
    "TUR": "TURCO",
    "USA": "ESTADOUNIDENSE",
    "VEN": "VENEZOLANO",
    "VNM": "VIETNAMITA",
    "YEM": "YEMENÍ",
}
#: French nationality adjectives (feminine, as in "de nationalité afghane").
_DEMONYM_FR: dict[str, str] = {
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
#: Common short or official names, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "VNM": ("Vietnam",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "IRN": ("Islamic Republic of Iran",),
        "BIH": ("Bosnia",),
        "GRC": ("Hellas",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "E.U.A."),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "CHN": ("R.P. China",),
        "GBR": ("Gran Bretaña",),
    },
    "fr": {"GBR": ("UK", "Grande-Bretagne"), "USA": ("USA",)},
}

#: The EU's two-letter country codes (Interinstitutional Style Guide), as Brussels writes.
_EU_CODES: dict[str, str] = {
    "GRC": "EL",
    "GBR": "UK",
    "ITA": "IT",
    "HRV": "HR",
    "POL": "PL",
    "ESP": "ES",
    "FRA": "FR",
    "DEU": "DE",
    "AUT": "AT",
}


def _name(iso: str, lang: str) -> str:
    row = _NAMES.get(iso)
    if row is None:  # a code the table does not know: written as the code itself
        return iso
    return row[{"en": 0, "fr": 1, "es": 2}[lang]]


def _feminine_es(demonym: str) -> str:
    """Spanish feminine of a capitalised masculine demonym (MEXICANO -> MEXICANA)."""
    if demonym.endswith("ÉS"):
        return demonym[:-2] + "ESA"
    if demonym.endswith("ÁN"):
        return demonym[:-2] + "ANA"
    if demonym.endswith("O"):
        return demonym[:-1] + "A"
    return demonym


def _swap(text: str) -> str:
    """Two letters of the middle of a long name swapped (a clerk's typo)."""
    if len(text) < 7:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BlindSource(ExaminerSource):
    """A source of ``blind352``: the shared fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the ways the agency writes it (first = usual).
    unknown : tuple of str
        What the agency writes for a value it does not know.
    not_applicable : tuple of str
        The exploitation cell of a pure smuggling row (``""`` = left blank).
    dates : mapping
        Date style -> weight (see :func:`_date_cell`).
    countries : str
        Key of the agency's way of writing countries (see :func:`_country`).
    transit_sep : str
        Separator of the transit countries.
    offence_sep : str
        Separator of the linked offences.
    thousands : str
        Thousands separator of large counts (``""``: none, the count is a number).
    zero : tuple of str
        Words for "no suspect".
    count_unknown : tuple of str
        Words for a count that is not known.
    coords : str
        ``"split_comma"``, ``"dms"``, ``"split_number"`` or ``"hemisphere"``.
    no_coords : tuple of str
        Words for "no coordinates".
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    dates: Mapping[str, float]
    countries: str
    transit_sep: str
    offence_sep: str
    thousands: str
    zero: tuple[str, ...]
    count_unknown: tuple[str, ...]
    coords: str
    no_coords: tuple[str, ...]


_UCSP = BlindSource(
    source="ucsp_policia_es",
    filename="ucsp_policia_es_mp.csv",
    ref="RA-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº comunicación",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas (víctimas/migrantes)",
        "n_suspects": "Detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "detection_country": "País de los hechos",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales Red Azul - pendientes de validación por la UCSP",
    total="TOTAL",
    bad_count=("varios", "VARIOS", "un grupo"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": (
                "Favorecimiento inmigración irregular (art. 318 bis CP)",
                "Inmigración irregular - art. 318 bis",
                "Tráfico ilícito de migrantes",
            ),
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "TSH (177 bis)",
                "Trata de seres humanos",
            ),
            "both": ("TSH + 318 bis", "Trata de seres humanos y favorecimiento inmigración"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Realización de actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras finalidades",),
        },
        "gender": {
            "male": ("Varones", "VARONES", "Hombres"),
            "female": ("Mujeres", "MUJERES"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "adult": ("Mayores de edad", "Adultos"),
            "child": ("Menores", "MENA", "Menores de edad"),
            "mixed": ("Mayores y menores", "Adultos y menores"),
        },
        "transport_mode": {
            "sea": ("Embarcación", "Cayuco", "Patera", "Neumática"),
            "land": ("Terrestre", "Vehículo", "A pie", "Autobús"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental", "Falsificación TIP"),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Contra la salud pública", "Contrabando"),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("No consta", "NO CONSTA", "Desconocido"),
    not_applicable=("", "", "No procede"),
    dates={"dmy": 0.85, "dmy_time": 0.15},
    countries="ucsp",
    transit_sep=" / ",
    offence_sep=", ",
    thousands=".",
    zero=("Ninguno", "NINGUNO"),
    count_unknown=("No consta", "s/d"),
    coords="split_comma",
    no_coords=(),
)

_DIASP = BlindSource(
    source="diasp_pa",
    filename="diasp_pa_mp.xlsx",
    ref="DIASP-{seq:04d}-{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. de informe",
        "event_date": "Fecha del incidente",
        "crime_type": "Tipo de delito",
        "exploitation": "Forma de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del hecho",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
    },
    note="Informe consolidado - cifras preliminares sujetas a verificación",
    total="Total general",
    bad_count=("varios", "grupo grande"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Reclutamiento para actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio servil",),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Masculino", "M"),
            "female": ("Femenino", "F"),
            "mixed": ("Mixto", "Ambos"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("Terrestre", "A pie", "Caminando"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos", "Carné de seguridad falso"),
            "corruption": ("Corrupción de servidores públicos",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Narcotráfico", "Contrabando"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("N/D", "No determinado"),
    not_applicable=("",),
    dates={"cell": 0.8, "serial": 0.2},
    countries="diasp",
    transit_sep=", ",
    offence_sep=" / ",
    thousands="",
    zero=("Ninguno",),
    count_unknown=("N/D",),
    coords="dms",
    no_coords=("Sin coordenadas", "N/D"),
)

_DGSP = BlindSource(
    source="dgsp_sspc_mx",
    filename="dgsp_sspc_mx_mp.jsonl",
    ref="DGSP/{year}/{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_hechos",
        "crime_type": "tipo_delito",
        "exploitation": "modalidad_explotacion",
        "n_persons": "personas_involucradas",
        "n_suspects": "probables_responsables",
        "gender": "sexo",
        "age_group": "rango_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_hechos",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_relacionados",
    },
    note="CORTE PRELIMINAR - CIFRAS SUJETAS A VALIDACION",
    total="TOTAL",
    bad_count=("VARIOS", "SIN CUANTIFICAR"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("TRÁFICO DE PERSONAS", "TRÁFICO ILÍCITO DE MIGRANTES"),
            "trafficking": ("TRATA DE PERSONAS",),
            "both": ("TRATA Y TRÁFICO DE PERSONAS",),
        },
        "exploitation": {
            "sexual": ("EXPLOTACIÓN SEXUAL",),
            "forced_labour": ("TRABAJOS FORZADOS", "EXPLOTACIÓN LABORAL"),
            "forced_criminality": ("ACTIVIDADES DELICTIVAS",),
            "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
            "forced_marriage": ("MATRIMONIO FORZOSO",),
            "other": ("OTRA",),
        },
        "gender": {
            "male": ("HOMBRE", "HOMBRES"),
            "female": ("MUJER", "MUJERES"),
            "mixed": ("MIXTO", "AMBOS"),
        },
        "age_group": {
            "adult": ("ADULTOS", "MAYORES DE EDAD"),
            "child": ("MENORES DE EDAD", "NNA"),
            "mixed": ("MIXTO", "ADULTOS Y NNA"),
        },
        "transport_mode": {
            "land": ("TERRESTRE", "TRACTOCAMIÓN", "A PIE"),
            "sea": ("MARÍTIMO",),
            "air": ("AÉREO",),
        },
        "linked_offences": {
            "document_fraud": ("USO DE DOCUMENTO FALSO", "FALSIFICACIÓN DE DOCUMENTOS"),
            "corruption": ("COHECHO",),
            "money_laundering": ("OPERACIONES CON RECURSOS DE PROCEDENCIA ILÍCITA",),
            "illicit_goods": ("CONTRA LA SALUD", "CONTRABANDO"),
            "cybercrime": ("DELITOS INFORMÁTICOS",),
            "terrorism": ("TERRORISMO",),
        },
    },
    unknown=("NO ESPECIFICADO", "SE DESCONOCE"),
    not_applicable=("NO APLICA",),
    dates={"iso": 0.75, "iso_time": 0.15, "month": 0.10},
    countries="dgsp",
    transit_sep=", ",
    offence_sep=", ",
    thousands="",
    zero=("NINGUNO",),
    count_unknown=("SE DESCONOCE",),
    coords="split_number",
    no_coords=(),
)

_SERIS = BlindSource(
    source="seris_conformite_fr",
    filename="seris_conformite_fr_mp.csv",
    ref="SIG{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Nature des faits",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions associées",
    },
    note="Extraction outil de signalement - données non consolidées",
    total="Total",
    bad_count=("plusieurs", "un groupe"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Filière de passeurs",
                "Trafic de migrants",
            ),
            "trafficking": ("Traite des êtres humains", "TEH"),
            "both": ("TEH + aide à l'entrée irrégulière",),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("Hommes", "H"),
            "female": ("Femmes", "F"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "adult": ("Majeurs", "Adultes"),
            "child": ("Mineurs", "MNA"),
            "mixed": ("Majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation pneumatique", "Maritime"),
            "land": ("Poids lourd", "Camion", "À pied"),
            "air": ("Aérien",),
        },
        "linked_offences": {
            "document_fraud": ("Faux documents", "Carte professionnelle falsifiée"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    unknown=("NC", "inconnu", "Non renseigné"),
    not_applicable=("",),
    dates={"dmy": 0.8, "long_fr": 0.2},
    countries="seris",
    transit_sep=" > ",
    offence_sep=" + ",
    thousands="\u00a0",
    zero=("aucun",),
    count_unknown=("inconnu", "NC"),
    coords="hemisphere",
    no_coords=("NC",),
)

_COESS = BlindSource(
    source="coess_secretariat",
    filename="coess_secretariat_mp.xlsx",
    ref="CoESS-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "CoESS ref.",
        "event_date": "Date of incident",
        "crime_type": "Offence category",
        "exploitation": "Form of exploitation",
        "n_persons": "Persons involved",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Country of destination",
        "detection_country": "Country of incident",
        "transit_countries": "Transit countries",
        "transport_mode": "Mode of transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated offences",
    },
    note="Compiled from member associations' returns - provisional",
    total="Grand total",
    bad_count=("several", "a group"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("Migrant smuggling", "SoM", "Facilitation of illegal immigration"),
            "trafficking": ("Trafficking in human beings", "THB"),
            "both": ("THB and migrant smuggling", "THB/SoM"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Forced criminality", "Exploitation for criminal activities"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "Men"),
            "female": ("Female", "Women"),
            "mixed": ("Mixed",),
        },
        "age_group": {
            "adult": ("Adults", "Adult"),
            "child": ("Minors", "Children"),
            "mixed": ("Adults and minors",),
        },
        "transport_mode": {
            "sea": ("Sea", "Boat"),
            "land": ("Land", "Lorry", "Car"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "Forged security licence"),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not known", "n/k"),
    not_applicable=("", "", "N/A"),
    dates={"cell": 0.5, "dmy": 0.2, "long_en": 0.2, "quarter": 0.1},
    countries="coess",
    transit_sep=", ",
    offence_sep="; ",
    thousands="",
    zero=("None", "nil"),
    count_unknown=("Not known",),
    coords="split_number",
    no_coords=(),
)

#: The five sources, in the order the submissions are returned.
SOURCES: tuple[BlindSource, ...] = (_UCSP, _DIASP, _DGSP, _SERIS, _COESS)

# --------------------------------------------------------------------------------------
# Writing one cell
# --------------------------------------------------------------------------------------
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_PARTIAL = {"month": "month", "quarter": "quarter"}


def _pick_key(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _date_cell(
    src: BlindSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Return (cell, expected date, precision, tag) of a row's date."""
    styles = {k: v for k, v in src.dates.items() if partial_ok or k not in _PARTIAL}
    style = _pick_key(rng, styles)
    if style == "month":
        return ts.strftime("%Y-%m"), ts.to_period("M").start_time, "month", "month_only_date"
    if style == "quarter":
        cell = f"Q{ts.quarter} {ts.year}"
        return cell, ts.to_period("Q").start_time, "quarter", "quarter_date"
    hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    cells: dict[str, object] = {
        "dmy": ts.strftime("%d/%m/%Y"),
        "dmy_time": ts.strftime("%d/%m/%Y") + f" {hour:02d}:{minute:02d}",
        "iso": ts.strftime("%Y-%m-%d"),
        "iso_time": ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00",
        "long_fr": f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}",
        "long_en": f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}",
        "cell": ts.to_pydatetime(),
        "serial": int((ts.normalize() - _EXCEL_EPOCH).days),
    }
    tag = {"serial": "excel_serial", "long_fr": "long_date", "long_en": "long_date"}.get(style)
    return cells[style], ts, "day", tag


def _word(src: BlindSource, column: str, value: str, rng: _Rng) -> str:
    forms = src.words[column][value]
    return forms[0] if rng.random() < 0.6 or len(forms) == 1 else choice(rng, forms[1:])


def _country(src: BlindSource, column: str, iso: str, rng: _Rng) -> tuple[str, str | None]:
    """Write one country the agency's way; return (text, tag of what shows)."""
    r = float(rng.random())
    lang = src.language
    name = _name(iso, lang)
    alias = _ALIASES[lang].get(iso, ())
    if src.countries == "ucsp":
        if column == "detection_country":
            return (name.upper(), None) if r < 0.85 else (name, None)
        if column == "nationality" and iso in _DEMONYM_ES:
            dem = _DEMONYM_ES[iso]
            if r < 0.7:
                return dem, "demonym:nationality"
            if r < 0.85:
                return dem.capitalize(), "demonym:nationality"
            r = (r - 0.85) / 0.15  # the rest: the country's name
        if r < 0.75:
            return name.upper(), None
        if r < 0.95 or _swap(name) == name:
            return name, None
        return _swap(name).upper(), f"typo:{column}"
    if src.countries == "diasp":
        if column == "detection_country":
            return (name, None) if r < 0.9 else (name.upper(), None)
        if column == "nationality" and r < 0.1:
            return iso, f"iso3:{column}"
        if r < 0.7:
            return name, None
        if r < 0.8:
            return name.upper(), None
        if r < 0.9 and alias:
            return choice(rng, alias), f"alias:{column}"
        if _swap(name) != name:
            return _swap(name), f"typo:{column}"
        return name, None
    if src.countries == "dgsp":
        if iso == "USA":
            forms = ("ESTADOS UNIDOS DE AMÉRICA", "E.U.A.", "ESTADOS UNIDOS", "EUA")
            return choice(rng, forms), "alias:" + column
        if column == "nationality" and iso in _DEMONYM_ES and r < 0.6:
            return _feminine_es(_DEMONYM_ES[iso]), "demonym:nationality"
        return name.upper(), None
    if src.countries == "seris":
        if column == "nationality" and iso in _DEMONYM_FR:
            if r < 0.45:
                return _DEMONYM_FR[iso], "demonym:nationality"
            if r < 0.6:
                return iso, "iso3:nationality"
            r = (r - 0.6) / 0.4
        if column != "nationality" and alias and r < 0.15:
            return choice(rng, alias), f"alias:{column}"
        return (name, None) if r < 0.85 else (name.upper(), None)
    # coess: English names, ISO alpha-3 codes and aliases, as the members write them; the
    # country of a member association sometimes as the EU's own code (EL = Greece, UK)
    if column == "detection_country" and iso in _EU_CODES and r < 0.12:
        return _EU_CODES[iso], f"eu_code:{column}"
    if r < 0.72:
        return name, None
    if r < 0.84:
        return iso, f"iso3:{column}"
    if r < 0.94 and alias:
        return choice(rng, alias), f"alias:{column}"
    return name.lower(), f"case:{column}"


def _count(src: BlindSource, value: int) -> tuple[object, str | None]:
    """Write a count: a number in XLSX/JSON, text with the agency's separator in CSV."""
    if src.format != "csv":
        return value, None
    if value >= 1000 and src.thousands:
        return f"{value // 1000}{src.thousands}{value % 1000:03d}", "thousands:n_persons"
    return str(value), None


def _dms(value: float, pos: str, neg: str) -> str:
    tenths = round(abs(value) * 36000)
    deg, rem = divmod(tenths, 36000)
    minutes, sec = divmod(rem, 600)
    return f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{pos if value >= 0 else neg}"


def _coordinates(src: BlindSource, lat: float, lon: float, rng: _Rng) -> dict[str, object]:
    """Write a point the agency's way (cells by canonical column)."""
    if src.coords == "split_comma":
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    if src.coords == "split_number":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}
    if src.coords == "dms":
        if rng.random() < 0.6:
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    return {"coordinates": f"{abs(lat):.5f}{ns}, {abs(lon):.5f}{ew}"}


def _render(
    src: BlindSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    has = set(src.headers)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], tag = _date_cell(
        src, ts, rng, partial_ok
    )
    if tag:
        tags.append(tag)
    if exp["date_precision"] != "day":
        tags.append("partial_date")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        na = choice(rng, src.not_applicable)
        cells["exploitation"] = na or None
        exp["exploitation"] = None
        if na:
            tags.append("not_applicable:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count(src, persons)
        exp["n_persons"] = persons
        if tag:
            tags.append(tag)

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = float(rng.random())
    if forced_blank == "n_suspects" or r < 0.02:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.05:
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and r < 0.4:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, suspects)[0]
        exp["n_suspects"] = suspects

    r = float(rng.random())
    if forced_blank == "gender" or r < 0.03:
        cells["gender"] = (
            None if forced_blank == "gender" or r < 0.015 else choice(rng, src.unknown)
        )
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", str(ev["gender"]), rng)
        exp["gender"] = str(ev["gender"])
    for col, rate in (("age_group", 0.03), ("transport_mode", 0.02)):
        r = float(rng.random())
        if r < rate:
            cells[col] = choice(rng, src.unknown) if r < rate / 2 else None
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _word(src, col, str(ev[col]), rng)
            exp[col] = str(ev[col])

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if col not in has:
            exp[col] = None
            continue
        r = float(rng.random())
        if iso is None:
            cells[col], exp[col] = None, None
        elif forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif col != "detection_country" and r < 0.03:
            cells[col] = choice(rng, src.unknown) if r < 0.02 else None
            exp[col] = None
            tags.append(f"blank_{col}")
        else:
            cells[col], tag = _country(src, col, str(iso), rng)
            exp[col] = str(iso)
            if tag:
                tags.append(tag)

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        direct = src.source == _UCSP.source and rng.random() < 0.35
        cells["transit_countries"] = "DIRECTO" if direct else None
        if direct:
            tags.append("direct:transit_countries")
    else:
        parts = [_country(src, "transit_countries", c, rng)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)

    r = float(rng.random())
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates" or r < 0.04:
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    elif r < 0.05 and src.no_coords:
        cells["coordinates"] = choice(rng, src.no_coords)
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        cells.update(_coordinates(src, lat, lon, rng))
        exp["lat"], exp["lon"] = lat, lon

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is not None:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)

    if src.source == _SERIS.source:  # a share of the cells once went through cp1252
        for col in (
            "crime_type",
            "exploitation",
            "nationality",
            "destination_country",
            "transport_mode",
            "linked_offences",
        ):
            text = cells.get(col)
            if isinstance(text, str) and rng.random() < 0.1:
                garbled = mojibake(text)
                if garbled is not None:
                    cells[col] = garbled
                    tags.append(f"mojibake:{col}")
    if src.source == _UCSP.source:  # fixed-width fields of the police database
        for col in ("nationality", "origin_country", "gender"):
            text = cells.get(col)
            if isinstance(text, str) and rng.random() < 0.05:
                cells[col] = text + "   "
                tags.append(f"spacing:{col}")
    return cells, exp, tags


def _bad_date(src: BlindSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: blank, impossible, or a typed-in future year."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.format == "jsonl":
            return f"{ts.year}-02-30"
        return choice(rng, (f"31/02/{ts.year}", f"30/02/{ts.year}"))
    y = str(ts.year)
    future = ts.replace(year=int(y[0] + y[2] + y[1] + y[3]) if y[1] != y[2] else ts.year + 200)
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    if src.format == "xlsx":
        return future.to_pydatetime()
    return future.strftime("%d/%m/%Y")


def _note_date(src: BlindSource, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the date of its extraction)."""
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    if src.format == "xlsx":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


#: The examiner's variant: sources, routing and writers.
BLIND352: Examiner[BlindSource] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": _UCSP.source,
        "PAN": _DIASP.source,
        "USA": _DGSP.source,
        "FRA": _SERIS.source,
    },
    compilation=_COESS.source,
    secondary={
        ("channel", "FRA"): _COESS.source,
        ("channel", "GBR"): _SERIS.source,
        ("wmed", "ESP"): _COESS.source,
        ("thb_rou_esp", "ESP"): _COESS.source,
        ("thb_rou_esp", "ITA"): _UCSP.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=352,
    blank_share=0.5,
)


def make_blind352(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five private-security sources of ``blind352``.

    Spain's UCSP reports the events detected in Spain, Panama's DIASP those of Panama,
    Mexico's DGSP those found at US ports of entry, Seris those of France, and CoESS
    compiles every other event (Italy, Greece, Croatia, Poland, the United Kingdom). A
    share of the Channel, Western Mediterranean and Romania-Spain/Italy events is
    reported a second time by another of them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ucsp_policia_es_mp.csv``, ``diasp_pa_mp.xlsx``, ``dgsp_sspc_mx_mp.jsonl``,
        ``seris_conformite_fr_mp.csv`` and ``coess_secretariat_mp.xlsx``, each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind352(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ucsp_policia_es_mp.csv', 'diasp_pa_mp.xlsx', 'dgsp_sspc_mx_mp.jsonl',
     'seris_conformite_fr_mp.csv', 'coess_secretariat_mp.xlsx']
    >>> subs[0].frame.columns[:2].tolist()
    ['Nº comunicación', 'Fecha de los hechos']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND352, truth, seed=seed)
