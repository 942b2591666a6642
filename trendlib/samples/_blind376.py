"""Examiner sample set ``blind376`` (files ``*_nn.*``): insurance counter-fraud desks.

Five agencies that meet trafficking and smuggling networks through the insurance policies,
vehicles and claims those networks use, each writing its export its own way:

``ifed_col_nn.csv``
    City of London Police, Insurance Fraud Enforcement Department (IFED): English, UTF-8
    with BOM, ``,``; UK police wording (``MSHT``, ``s.25 IA 1971``, ``HGV``, ``n/k``,
    ``Nil``), day-first dates, ``17-May-2023`` and ``17 May 2023``, months as ``May 2023``.
``covea_lcf_nn.csv``
    Covéa (MAAF, MMA, GMF), direction de la lutte contre la fraude: French, cp1252, ``;``,
    CRLF; penal wording (``TEH``, ``aide à l'entrée irrégulière``), insurer vehicle words
    (``VL``, ``PL``), upper-case country names, some mojibake left by a UTF-8 export,
    decimal-comma GPS pairs, ``NC``, ``Néant``, ``T2 2023`` and ``mai 2023``.
``icea_antifraude_nn.xlsx``
    ICEA, Servicio de Lucha contra el Fraude (Spain): Spanish workbook; real Excel dates,
    some typed as text or left as serial numbers, quarters ``T2 2023``; Criminal Code
    articles (``art. 177 bis CP``, ``art. 318 bis CP``), ``Varones``, ``No consta``.
``ssrp_panama_nn.csv``
    Superintendencia de Seguros y Reaseguros de Panamá: Spanish, UTF-16 tab-separated
    (Excel's Unicode text), unpadded ``d/m/yyyy`` dates, nationalities as demonyms
    (``venezolanos``), ``NNA`` for minors, US-style thousands (``1,250``), coordinates in
    degrees-minutes-seconds with ``O`` for west.
``iaifa_digest_nn.jsonl``
    International Association of Insurance Fraud Agencies, member case digest: English
    keys, ISO codes (alpha-3, alpha-2 and a few numeric), ISO dates (a few ``2023/05/17``),
    ``2023-05`` and ``2023-Q2``, US wording (``Alien smuggling``, ``Labor trafficking``).
    It compiles the cases of the countries no other source covers, and re-sends a few
    lines.

What a careful analyst cannot read is planted on purpose and said so in the truth: count
placeholders (``n/k``, ``NC``, ``No consta``) keep the record with no count, unreadable
counts (``see MG11``, ``#REF!``) and impossible or future dates are quarantined.
"""

from __future__ import annotations

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

__all__ = ["AGENCIES", "Agency", "make_blind376"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Countries: names in the three working languages, aliases, small typos, demonyms
# --------------------------------------------------------------------------------------
# iso3 -> (English, French, Spanish)
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
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Other names each language's clerks use for a country (all unambiguous).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "IRN": ("Iran, Islamic Republic of",),
        "MKD": ("Macedonia", "FYROM"),
        "BIH": ("Bosnia",),
        "GMB": ("The Gambia",),
        "CHN": ("PRC",),
        "DEU": ("Deutschland",),
    },
    "fr": {
        "USA": ("USA", "Etats-Unis"),
        "GBR": ("Grande-Bretagne", "UK"),
        "CIV": ("Cote d'Ivoire",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "VNM": ("Viêt Nam",),
        "GMB": ("Gambie (la)",),
        "EGY": ("Egypte",),
        "ERI": ("Erythrée",),
        "DZA": ("Algerie",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "TUR": ("Turquia",),
        "VNM": ("Viet Nam",),
        "CIV": ("Côte d'Ivoire",),
        "PAN": ("Panama",),
    },
}

#: A clerk's slip per language and country (long names only; none is another country).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanisthan",
        "ALB": "Albnia",
        "BGD": "Bangaldesh",
        "ERI": "Eritria",
        "PAK": "Pakistn",
        "SYR": "Syira",
        "VNM": "Veitnam",
        "ROU": "Romaina",
        "EGY": "Egpyt",
        "TUN": "Tunisa",
        "MAR": "Morroco",
        "GBR": "United Kingdon",
        "FRA": "Frnace",
        "GRC": "Greeece",
        "ITA": "Itlay",
        "CHN": "Chian",
        "GTM": "Guatamala",
        "HND": "Hondouras",
        "IRQ": "Irak",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythree",
        "SYR": "Syrei",
        "IRQ": "Iraq",
        "VNM": "Vietnma",
        "ALB": "Albanei",
        "IRN": "Irna",
        "GBR": "Royaume Uni",
        "FRA": "Farnce",
        "DEU": "Allemgne",
    },
    "es": {
        "MAR": "Marueccos",
        "DZA": "Argelía",
        "SEN": "Senegall",
        "MLI": "Mali",
        "VEN": "Venezuala",
        "COL": "Columbia",
        "ECU": "Equador",
        "HTI": "Haiti",
        "ROU": "Rumania",
        "ESP": "Espana",
        "GMB": "Gambía",
        "CIV": "Costa de Marfíl",
        "MRT": "Mauritanía",
        "AFG": "Afganistan",
        "PAK": "Paquistán",
    },
}

#: Spanish demonyms (masculine singular, feminine singular, masculine plural, feminine
#: plural), as Panama's reports write nationalities.
_DEMONYMS: dict[str, tuple[str, str, str, str]] = {
    "VEN": ("venezolano", "venezolana", "venezolanos", "venezolanas"),
    "ECU": ("ecuatoriano", "ecuatoriana", "ecuatorianos", "ecuatorianas"),
    "HTI": ("haitiano", "haitiana", "haitianos", "haitianas"),
    "COL": ("colombiano", "colombiana", "colombianos", "colombianas"),
    "CHN": ("chino", "china", "chinos", "chinas"),
}


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One insurance counter-fraud desk of the set: the shared fields and its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : dict
        Canonical word -> the words the agency writes for it (drawn at random).
    smuggling_expl : tuple of str
        What an exploitation cell holds on a pure smuggling row (``""`` = blank).
    unknown : tuple of str
        Words for a value not known (gender, nationality, origin, destination,
        exploitation).
    na_words : tuple of str
        Words for age group and transport mode not recorded.
    count_unknown, zero_words, suspects_unknown : tuple of str
        Count not known, no suspect, number of suspects not known.
    no_transit, no_offence : tuple of str
        What a transit or linked-offences cell holds when there is none.
    transit_sep, offence_sep : tuple of str
        Separators of lists, drawn once per row.
    country_styles : dict
        Column (or ``"*"``) -> style -> weight; styles are ``name``, ``upper``,
        ``lower``, ``alias``, ``typo``, ``mojibake``, ``iso2``, ``iso3``, ``numeric``,
        ``demonym``.
    vocab_mojibake : float
        Share of vocabulary cells garbled by a UTF-8 export read as cp1252.
    """

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    mode: dict[str, tuple[str, ...]]
    offences: dict[str, tuple[str, ...]]
    smuggling_expl: tuple[str, ...]
    unknown: tuple[str, ...]
    na_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    no_transit: tuple[str, ...]
    no_offence: tuple[str, ...]
    transit_sep: tuple[str, ...]
    offence_sep: tuple[str, ...]
    country_styles: dict[str, dict[str, float]]
    vocab_mojibake: float


_IFED = Agency(
    source="ifed_col",
    filename="ifed_col_nn.csv",
    ref="IFED-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Crime Reference",
        "event_date": "Date of Offence",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Victims / Migrants",
        "n_suspects": "No. of Suspects",
        "gender": "Victim Sex",
        "age_group": "Age Band",
        "nationality": "Victim Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Where Detected",
        "transit_countries": "Transit Countries",
        "transport_mode": "Method of Conveyance",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offences",
    },
    note="OFFICIAL-SENSITIVE: extract from IFED case management, figures subject to change",
    total="Total",
    bad_count=("see MG11", "#REF!"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery / human trafficking", "MSHT", "Human trafficking"),
        "smuggling": (
            "Assisting unlawful immigration (s.25 IA 1971)",
            "People smuggling",
            "Facilitation",
        ),
        "both": ("MSHT + facilitation", "Trafficking and smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Child (U18)", "Minor", "U18"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & children", "Mixed ages"),
    },
    mode={
        "sea": ("Small boat", "Vessel", "RHIB"),
        "land": ("HGV", "Car", "Van", "Coach"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Controlled drugs"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    smuggling_expl=("", "", "N/A"),
    unknown=("Not known", "Unknown", "Not stated"),
    na_words=("N/A", "Not recorded"),
    count_unknown=("n/k", "Not known"),
    zero_words=("Nil", "None"),
    suspects_unknown=("n/k",),
    no_transit=("", "", "Direct"),
    no_offence=("",),
    transit_sep=(", ", " > "),
    offence_sep=(", ", "; ", " / "),
    country_styles={
        "*": {"name": 0.72, "upper": 0.05, "lower": 0.03, "alias": 0.12, "typo": 0.04, "iso2": 0.04}
    },
    vocab_mojibake=0.0,
)

_COVEA = Agency(
    source="covea_lcf",
    filename="covea_lcf_nn.csv",
    ref="LCF-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction outil de suivi DLCF - document interne, ne pas diffuser",
    total="TOTAL GÉNÉRAL",
    bad_count=("voir PV", "#VALEUR!"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "Aide à l'entrée irrégulière",
            "Trafic de migrants",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    gender={
        "female": ("F", "Femmes", "Féminin"),
        "male": ("H", "Hommes", "Masculin"),
        "mixed": ("Mixte", "H/F"),
    },
    age={
        "child": ("Mineurs", "Mineur(s)"),
        "adult": ("Majeurs", "Majeur(s)"),
        "mixed": ("Majeurs et mineurs",),
    },
    mode={
        "sea": ("Maritime", "Small boat", "Embarcation"),
        "land": ("Routier - PL", "VL", "Routier"),
        "air": ("Aérien",),
    },
    offences={
        "document_fraud": ("Faux documents", "Fraude documentaire", "Usage de faux"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    smuggling_expl=("", "Sans objet"),
    unknown=("NC", "Non renseigné", "Inconnu"),
    na_words=("NR",),
    count_unknown=("NC", "Inconnu"),
    zero_words=("Aucun", "Néant"),
    suspects_unknown=("NC",),
    no_transit=("",),
    no_offence=("", "", "Néant"),
    transit_sep=(" / ", ", "),
    offence_sep=(" ; ", ", ", " + "),
    country_styles={
        "*": {
            "name": 0.66,
            "upper": 0.14,
            "mojibake": 0.06,
            "alias": 0.06,
            "typo": 0.04,
            "iso2": 0.04,
        }
    },
    vocab_mojibake=0.04,
)

_ICEA = Agency(
    source="icea_antifraude",
    filename="icea_antifraude_nn.xlsx",
    ref="SLF/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de investigados",
        "gender": "Sexo",
        "age_group": "Edad",
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
    note="Fuente: ICEA, Servicio de Lucha contra el Fraude. Datos provisionales.",
    total="Total general",
    bad_count=("#¡VALOR!", "ver atestado"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos", "Trata de seres humanos (art. 177 bis CP)"),
        "smuggling": (
            "Inmigración clandestina",
            "Contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
            "Favorecimiento de la inmigración irregular",
        ),
        "both": ("Trata e inmigración clandestina", "Arts. 177 bis y 318 bis CP"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Realización de actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    gender={
        "female": ("Mujer", "Mujeres"),
        "male": ("Hombre", "Varones"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "child": ("Menores", "Menor de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y menores",),
    },
    mode={
        "sea": ("Patera", "Cayuco", "Embarcación neumática", "Marítimo"),
        "land": ("Camión", "Vehículo turismo", "Furgoneta", "Terrestre"),
        "air": ("Avión", "Aéreo"),
    },
    offences={
        "document_fraud": ("Falsedad documental", "Falsificación de documentos"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    smuggling_expl=("", "No aplica"),
    unknown=("No consta", "Desconocido"),
    na_words=("No consta",),
    count_unknown=("Sin determinar", "No consta"),
    zero_words=("Ninguno",),
    suspects_unknown=("No consta",),
    no_transit=("", "", "Directo"),
    no_offence=("",),
    transit_sep=(" - ", ", "),
    offence_sep=("; ", " / "),
    country_styles={
        "*": {
            "name": 0.6,
            "upper": 0.2,
            "iso3": 0.07,
            "alias": 0.05,
            "typo": 0.05,
            "lower": 0.03,
        }
    },
    vocab_mojibake=0.0,
)

_SSRP = Agency(
    source="ssrp_panama",
    filename="ssrp_panama_nn.csv",
    ref="SSRP-DPCOI-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Información suministrada a la SSRP por las aseguradoras. Uso oficial.",
    total="TOTAL",
    bad_count=("ver informe", "#¡REF!"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual comercial", "Explotación sexual"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción ilícita de órganos",),
        "forced_marriage": ("Matrimonio servil",),
        "other": ("Otra",),
    },
    gender={
        "female": ("Femenino", "Mujeres"),
        "male": ("Masculino", "Hombres"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={
        "child": ("NNA", "Menores de edad"),
        "adult": ("Adultos",),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={
        "sea": ("Lancha", "Marítimo"),
        "land": ("A pie", "Terrestre", "Autobús"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico", "Contrabando"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    smuggling_expl=("", "N/A"),
    unknown=("S/D", "N/D"),
    na_words=("N/D",),
    count_unknown=("N/D", "Por determinar"),
    zero_words=("Ninguno", "Sin aprehendidos"),
    suspects_unknown=("N/D",),
    no_transit=("",),
    no_offence=("",),
    transit_sep=(" - ",),
    offence_sep=(", ",),  # the last item joined with " y ", as Spanish prose does
    country_styles={
        "*": {"name": 0.82, "upper": 0.05, "alias": 0.06, "typo": 0.04, "lower": 0.03},
        "nationality": {"demonym": 0.55, "name": 0.37, "upper": 0.04, "typo": 0.04},
    },
    vocab_mojibake=0.0,
)

_IAIFA = Agency(
    source="iaifa_digest",
    filename="iaifa_digest_nn.jsonl",
    ref="IAIFA-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "offense_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "subjects_identified",
        "gender": "gender",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "origin_country",
        "destination_country": "destination_country",
        "detection_country": "country_detected",
        "transit_countries": "transit_route",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offenses",
    },
    note=None,
    total="TOTAL",
    bad_count=("see attachment", "ERR"),
    repeats=True,
    crime={
        "trafficking": ("Human trafficking", "HT"),
        "smuggling": ("Migrant smuggling", "Alien smuggling"),
        "both": ("Human trafficking / migrant smuggling", "HT & smuggling"),
    },
    exploitation={
        "sexual": ("Sex trafficking", "Sexual exploitation"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed",)},
    age={
        "child": ("Minor", "Juvenile"),
        "adult": ("Adult",),
        "mixed": ("Adults and minors", "Mixed"),
    },
    mode={
        "sea": ("Maritime", "Boat"),
        "land": ("Land", "Vehicle", "Tractor-trailer", "On foot"),
        "air": ("Air",),
    },
    offences={
        "document_fraud": ("Document fraud", "Fraudulent documents"),
        "corruption": ("Corruption", "Bribery"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics", "Contraband"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    smuggling_expl=("",),
    unknown=("unknown", "Unknown"),
    na_words=("unknown",),
    count_unknown=("unknown",),
    zero_words=("none",),
    suspects_unknown=("unknown",),
    no_transit=("",),
    no_offence=("",),
    transit_sep=(";",),
    offence_sep=("; ",),
    country_styles={
        "nationality": {"iso3": 0.7, "name": 0.25, "iso2": 0.05},
        "origin_country": {"iso2": 0.6, "name": 0.3, "iso3": 0.1},
        "destination_country": {"iso2": 0.6, "name": 0.3, "iso3": 0.1},
        "detection_country": {"iso2": 0.5, "name": 0.35, "numeric": 0.15},
        "transit_countries": {"iso3": 1.0},
    },
    vocab_mojibake=0.0,
)

#: The five agencies of the set, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (_IFED, _COVEA, _ICEA, _SSRP, _IAIFA)

_PRIMARY = {"GBR": "ifed_col", "FRA": "covea_lcf", "ESP": "icea_antifraude", "PAN": "ssrp_panama"}
_SECONDARY = {
    ("channel", "FRA"): "ifed_col",
    ("channel", "GBR"): "covea_lcf",
    ("thb_vnm_gbr", "GBR"): "iaifa_digest",
    ("wmed", "ESP"): "covea_lcf",
    ("watl", "ESP"): "iaifa_digest",
    ("thb_rou_esp", "ESP"): "iaifa_digest",
    ("thb_rou_esp", "ITA"): "icea_antifraude",
    ("thb_nga_ita", "ITA"): "icea_antifraude",
    ("darien", "PAN"): "iaifa_digest",
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _garble(src: Agency, text: str, rng: _Rng) -> tuple[str, bool]:
    """Garble a vocabulary cell as a UTF-8 export read as cp1252, at the agency's rate."""
    if src.vocab_mojibake <= 0 or rng.random() >= src.vocab_mojibake:
        return text, False
    bad = mojibake(text)
    if bad is None or not fits(bad, src):
        return text, False
    return bad, True


def _style(src: Agency, col: str, rng: _Rng) -> str:
    """Draw how the agency writes a country in ``col`` (one draw per cell)."""
    return _pick(rng, src.country_styles.get(col, src.country_styles.get("*", {"name": 1.0})))


def _country(
    src: Agency, iso: str, col: str, style: str, rng: _Rng, ev: dict[str, object]
) -> tuple[str, str | None]:
    """Write one country in ``style``; return (text, tag of the visible style)."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    text: str | None = None
    if style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "alias" and iso in _ALIASES[lang]:
        text = choice(rng, _ALIASES[lang][iso])
    elif style == "typo" and iso in _TYPOS[lang] and _TYPOS[lang][iso] != name:
        text = _TYPOS[lang][iso]
    elif style == "mojibake":
        text = mojibake(name)
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "numeric":
        text = iso_codes(iso)[1]
    elif style == "demonym" and iso in _DEMONYMS:
        forms = _DEMONYMS[iso]
        many = int(ev["n_persons"] or 1) > 1  # type: ignore[call-overload]
        female = ev["gender"] == "female"
        text = forms[(2 if many else 0) + (1 if female else 0)]
        if rng.random() < 0.3:
            text = text.capitalize()
    if text is None or not fits(text, src) or text == name:
        return name, None
    return text, f"{style}:{col}"


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write a date the agency's way; return (cell, expected date, precision, tag)."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    m = ts.month - 1
    name = src.source
    if name == "ifed_col":
        if partial_ok and r < 0.07:
            return f"{MONTHS[m]} {ts.year}", month, "month", "month_only"
        if r < 0.2:
            return f"{ts.day:02d}-{MONTHS[m][:3]}-{ts.year}", ts, "day", "date_dd_mon_yyyy"
        if r < 0.3:
            return f"{ts.day} {MONTHS[m]} {ts.year}", ts, "day", "date_long"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if name == "covea_lcf":
        if partial_ok and r < 0.05:
            return f"{_FR_MONTHS[m]} {ts.year}", month, "month", "month_only"
        if partial_ok and r < 0.09:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", "quarter_only"
        if r < 0.2:
            return ts.strftime("%d/%m/%y"), ts, "day", "two_digit_year"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if name == "icea_antifraude":
        if partial_ok and r < 0.06:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", "quarter_only"
        if r < 0.11:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
        if r < 0.25:
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_as_text"
        return ts.to_pydatetime(), ts, "day", None
    if name == "ssrp_panama":
        if partial_ok and r < 0.06:
            return f"{_ES_MONTHS[m]} de {ts.year}", month, "month", "month_only"
        if r < 0.3:
            return f"{ts.day:02d}-{_ES_MONTHS[m][:3]}-{ts.year}", ts, "day", "date_dd_mmm_yyyy"
        return f"{ts.day}/{ts.month}/{ts.year}", ts, "day", None
    # iaifa_digest
    if partial_ok and r < 0.06:
        return ts.strftime("%Y-%m"), month, "month", "month_only"
    if partial_ok and r < 0.1:
        return f"{ts.year}-Q{ts.quarter}", quarter, "quarter", "quarter_only"
    if r < 0.2:  # a member whose system writes year/month/day
        return ts.strftime("%Y/%m/%d"), ts, "day", "date_ymd_slash"
    return ts.strftime("%Y-%m-%d"), ts, "day", None


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell no analyst can use: empty, impossible, or ten years on."""
    if kind == "no_date":
        return None
    name = src.source
    if kind == "bad_date":
        if name == "ifed_col":
            return f"31/02/{ts.year}"
        if name == "covea_lcf":
            return f"00/{ts.month:02d}/{ts.year}"
        if name == "icea_antifraude":
            return f"30/02/{ts.year}"
        if name == "ssrp_panama":
            return f"31/4/{ts.year}"
        return f"{ts.year}-02-30"
    future = ts.replace(year=ts.year + 10)  # a slip of the year's third digit
    if name == "icea_antifraude":
        return future.to_pydatetime()
    if name == "ssrp_panama":
        return f"{future.day}/{future.month}/{future.year}"
    if name == "iaifa_digest":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row (the day of the extract)."""
    day = last + pd.Timedelta(days=6)
    if src.source == "icea_antifraude":
        return day.to_pydatetime()
    if src.source == "ssrp_panama":
        return f"{day.day}/{day.month}/{day.year}"
    if src.source == "iaifa_digest":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _count(src: Agency, value: int) -> object:
    """Write a count as the agency does (numbers in the workbook and the feed)."""
    if src.format != "csv":
        return value
    if value >= 1000 and src.source == "ssrp_panama":
        return f"{value:,}"  # Panama writes thousands with a comma
    if value >= 1000 and src.source == "covea_lcf":
        return f"{value // 1000} {value % 1000:03d}"
    return str(value)


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes, seconds (tenths) with a hemisphere letter."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{hemi}"


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write the place; return (cells, expected lat, expected lon, tag)."""
    single = "coordinates" in src.headers
    if blank:
        cells: dict[str, object] = {"coordinates": None} if single else {"lat": None, "lon": None}
        return cells, None, None, "blank_coordinates"
    r = rng.random()
    placeholder = {
        "covea_lcf": "NC",
        "icea_antifraude": "No consta",
        "ssrp_panama": "N/D",
    }.get(src.source)
    if r < 0.03:
        cells = {"coordinates": None} if single else {"lat": None, "lon": None}
        return cells, None, None, "coords_missing"
    if r < 0.05 and placeholder is not None:
        cells = {"coordinates": placeholder} if single else {"lat": placeholder, "lon": placeholder}
        return cells, None, None, "coords_placeholder"
    tag: str | None = None
    if src.source == "covea_lcf":
        text = f"{lat:.5f} / {lon:.5f}".replace(".", ",")
        return {"coordinates": text}, lat, lon, "decimal_comma_coords"
    if src.source == "ssrp_panama":
        if rng.random() < 0.45:
            text = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'O')}"
            tag = "dms_coords"
        else:
            text = f"{lat:.5f}, {lon:.5f}"
        return {"coordinates": text}, lat, lon, tag
    if src.format == "csv":
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon, None
    return {"lat": round(lat, 6), "lon": round(lon, 6)}, lat, lon, None


def _join(words: list[str], rng: _Rng, seps: tuple[str, ...], *, prose: bool = False) -> str:
    """Join a list with one separator drawn for the row (``a, b y c`` in Spanish prose)."""
    if prose and len(words) > 1:
        return ", ".join(words[:-1]) + " y " + words[-1].lower()
    return choice(rng, seps).join(words)


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def note(tag: str | None) -> None:
        if tag:
            tags.append(tag)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], tag = _date(
        src, ts, rng, partial_ok
    )
    note(tag)

    crime = str(ev["crime_type"])
    text, garbled = _garble(src, choice(rng, src.crime[crime]), rng)
    cells["crime_type"], exp["crime_type"] = text, crime
    note("mojibake:crime_type" if garbled else None)

    expl = ev["exploitation"]
    if expl is None:
        word = choice(rng, src.smuggling_expl)
        cells["exploitation"], exp["exploitation"] = (word or None), None
        note("na_exploitation" if word else None)
    elif rng.random() < 0.05:
        cells["exploitation"], exp["exploitation"] = choice(rng, src.unknown), "unknown"
        tags.append("unknown:exploitation")
    else:
        text, garbled = _garble(src, choice(rng, src.exploitation[str(expl)]), rng)
        cells["exploitation"], exp["exploitation"] = text, expl
        note("mojibake:exploitation" if garbled else None)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"], exp["n_persons"] = choice(rng, src.count_unknown), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, n), n
        note("thousands:n_persons" if cells["n_persons"] not in (n, str(n)) else None)

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.suspects_unknown), None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.35:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, k), k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, src.gender[gender]), gender

    for col, table in (("age_group", src.age), ("transport_mode", src.mode)):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, src.na_words), "unknown"
            tags.append("na_word")
        else:
            text, garbled = _garble(src, choice(rng, table[value]), rng)
            cells[col], exp[col] = text, value
            note(f"mojibake:{col}" if garbled else None)

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif iso is None:
            cells[col], exp[col] = None, None
        elif col != "detection_country" and rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, src.unknown), None
            tags.append("blank_nationality" if col == "nationality" else f"unknown:{col}")
        else:
            cells[col], tag = _country(src, str(iso), col, _style(src, col, rng), rng, ev)
            exp[col] = iso
            note(tag)

    transit = ev["transit_countries"]
    if transit is None:
        word = choice(rng, src.no_transit)
        cells["transit_countries"], exp["transit_countries"] = (word or None), None
        note("direct_word" if word else None)
    else:
        parts = []
        style = _style(src, "transit_countries", rng)  # a clerk writes a list one way
        for iso in str(transit).split("|"):
            text, tag = _country(src, iso, "transit_countries", style, rng, ev)
            parts.append(text)
            note(tag)
        cells["transit_countries"] = _join(parts, rng, src.transit_sep)
        exp["transit_countries"] = transit

    coords, exp["lat"], exp["lon"], tag = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(coords)
    note(tag)

    offences = ev["linked_offences"]
    if offences is None:
        word = choice(rng, src.no_offence)
        cells["linked_offences"], exp["linked_offences"] = (word or None), None
        note("none_word:linked_offences" if word else None)
    else:
        words = [choice(rng, src.offences[o]) for o in str(offences).split("|")]
        prose = src.source == "ssrp_panama"  # Panama's reports list offences as prose
        cells["linked_offences"] = _join(words, rng, src.offence_sep, prose=prose)
        exp["linked_offences"] = offences

    if src.source in ("ssrp_panama", "icea_antifraude"):  # padded or re-cased cells
        for col in ("gender", "age_group", "transport_mode", "nationality"):
            cell = cells.get(col)
            if isinstance(cell, str) and cell and rng.random() < 0.04:
                cells[col] = f"{cell} " if src.source == "ssrp_panama" else cell.upper()
                tags.append(f"case:{col}")
    return cells, exp, tags


_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary=_PRIMARY,
    compilation="iaifa_digest",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=376,
    blank_share=0.3,
)


def make_blind376(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five insurance counter-fraud desks of ``blind376``.

    The City of London Police's IFED reports the events detected in the United Kingdom,
    Covéa's fraud directorate those in France, ICEA those in Spain, Panama's insurance
    supervisor (SSRP) those in Panama, and the IAIFA member digest compiles every other
    event (Italy, Greece, Croatia, Poland, the United States). Some events are reported a
    second time by another desk (Channel crossings on both sides, Spanish and Darién
    events in the digest, Romanian and Nigerian networks' Italian cases at ICEA).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ifed_col_nn.csv``, ``covea_lcf_nn.csv``, ``icea_antifraude_nn.xlsx``,
        ``ssrp_panama_nn.csv`` and ``iaifa_digest_nn.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind376(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ifed_col_nn.csv', 'covea_lcf_nn.csv', 'icea_antifraude_nn.xlsx',
     'ssrp_panama_nn.csv', 'iaifa_digest_nn.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    [('utf-8-sig', ','), ('cp1252', ';'), ('utf-8', None), ('utf-16', '\t'),
     ('utf-8', None)]
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
