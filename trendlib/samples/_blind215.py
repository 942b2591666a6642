"""Held-out examiner sample set ``blind215`` (files ``*_hi.*``): telecom and mobile-money desks.

Five sources that have not written for trendlib before, each the fraud, compliance or
lawful-request desk of a telephone operator, a mobile-money provider or their industry
body, answering the police of its country about the numbers, SIM cards and wallets used
by smugglers and traffickers, and logging the event each request was about:

``telefonica_es_fraude_hi.xlsx``
    Telefónica España, requests desk of its fraud and security unit (Spanish), answering
    the Policía Nacional (UCRIF), the Guardia Civil and the courts about events detected
    in Spain. Real Excel dates, a few typed as text or left as serial numbers, Spanish
    legal wording (art. 318 bis / 177 bis CP), masculine demonyms ("marroquí",
    "senegalés"), transit countries joined by `` - ``, counts as numbers.
``orange_requisitions_hi.csv``
    Orange, legal-obligations and fraud desk (French), with the Orange Money wallets of
    its West African subsidiaries: cp1252, ``;``, CRLF, day-first dates (some with the
    time of the extraction, some month or quarter only), French legal wording (AESI,
    TEH), decimal commas in the coordinates, thousands with spaces, "Angleterre" for
    the United Kingdom, and mojibake where cells came from the UTF-8 platform of the
    African subsidiaries. The file is re-sent with some rows twice.
``telcel_autoridades_hi.csv``
    Telcel, desk answering the authorities (Mexican Spanish): UTF-8 with BOM, ``,``,
    day-first dates and Oracle ``DD-MON-YY`` exports with Spanish month abbreviations,
    "tráfico de indocumentados" and "tráfico de personas" (Mexican law: smuggling),
    "H"/"M" for hombre/mujer, "NNA" for minors, feminine demonyms ("GUATEMALTECA"),
    "EUA" for the United States, coordinates in one cell, Mexican names of offences
    ("contra la salud", "operaciones con recursos de procedencia ilícita"). Its
    cumulative extraction also sends some rows twice.
``nequi_sarlaft_hi.jsonl``
    Nequi (Bancolombia's mobile wallet), anti-money-laundering compliance (Colombian
    Spanish): JSON lines from its case tool, snake-case keys, upper-case codes, ISO
    alpha-2 and numeric country codes, transit countries and linked offences as JSON
    arrays, ISO dates with the time and offset of the alert, "M"/"F" for
    masculino/femenino.
``gsma_fasg_hi.csv``
    GSMA Fraud and Security Group, members' incident-sharing register (English), the
    compilation: every event no other desk reports first (Italy, Greece, Croatia,
    Poland, the United Kingdom). Excel's "Unicode text" export: UTF-16 with BOM, tab
    delimited; "17 May 2023" dates, ISO alpha-2 codes and demonyms, transit countries
    joined by `` > `` in their order, "UASC" for unaccompanied children.

Cells a careful analyst cannot read are planted on purpose and said so in the truth:
"s/d", "NC", "N/D", "n/k" or an empty count keep the record with no count; "varios",
"plusieurs" or "several" are bad counts; "No consta" words leave a value unknown.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
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

__all__ = ["BLIND215", "SOURCES", "make_blind215"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]
_Weights = tuple[tuple[str, float], ...]

# --------------------------------------------------------------------------------------
# Country wording (this examiner's own table)
# --------------------------------------------------------------------------------------
#: iso3 -> (English, French, Spanish) name.
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
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
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
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG_POS = {"en": 0, "fr": 1, "es": 2}

#: Nationality words: language (``es_m`` masculine, ``es_f`` feminine) -> iso3 -> word.
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "BGD": "Bangladeshi",
        "CIV": "Ivorian",
        "CMR": "Cameroonian",
        "EGY": "Egyptian",
        "ERI": "Eritrean",
        "GIN": "Guinean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "MAR": "Moroccan",
        "NGA": "Nigerian",
        "PAK": "Pakistani",
        "ROU": "Romanian",
        "SYR": "Syrian",
        "TUN": "Tunisian",
        "TUR": "Turkish",
        "VNM": "Vietnamese",
        "YEM": "Yemeni",
    },
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "BGD": "bangladaise",
        "CIV": "ivoirienne",
        "DZA": "algérienne",
        "EGY": "égyptienne",
        "ERI": "érythréenne",
        "GIN": "guinéenne",
        "GMB": "gambienne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
        "MLI": "malienne",
        "PAK": "pakistanaise",
        "SEN": "sénégalaise",
        "SYR": "syrienne",
        "TUN": "tunisienne",
        "VNM": "vietnamienne",
    },
    "es_m": {
        "CIV": "marfileño",
        "DZA": "argelino",
        "GIN": "guineano",
        "GMB": "gambiano",
        "MAR": "marroquí",
        "MLI": "maliense",
        "ROU": "rumano",
        "SEN": "senegalés",
    },
    "es_f": {
        "CHN": "china",
        "COL": "colombiana",
        "ECU": "ecuatoriana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "HTI": "haitiana",
        "MEX": "mexicana",
        "VEN": "venezolana",
    },
}

#: Common other names, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "VNM": ("Viet Nam",),
        "MKD": ("Macedonia",),
        "IRN": ("Iran (Islamic Republic of)",),
        "RUS": ("Russian Federation",),
        "GMB": ("The Gambia",),
        "BIH": ("Bosnia",),
        "SYR": ("Syrian Arab Republic",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne", "UK"),
        "GIN": ("Guinée-Conakry", "Guinée Conakry"),
        "CIV": ("Cote d'Ivoire",),
        "VNM": ("Vietnam",),
    },
    "es": {
        "USA": ("EUA", "EE.UU.", "EEUU"),
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "GBR": ("Inglaterra",),
    },
}

#: Small slips of the keyboard, by language (still readable).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "PAK": "Pakistn",
        "NGA": "Nigera",
        "SYR": "Syra",
        "ITA": "Itlay",
        "GRC": "Greeece",
        "IRQ": "Irak",
    },
    "fr": {"AFG": "Afganistan", "ERI": "Erythree", "ALB": "Albanié", "SYR": "Syie"},
    "es": {
        "MAR": "Marrueco",
        "DZA": "Algelia",
        "SEN": "Senagal",
        "VEN": "Venezula",
        "GTM": "Guatamala",
        "HND": "Hondura",
        "ECU": "Ecudor",
    },
}


def _plain(text: str) -> str:
    """Drop the accents (``Túnez`` -> ``Tunez``), as many legacy systems do."""
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(c for c in nfkd if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Agency(ExaminerSource):
    """One desk of this set: the shared fields plus its own way of writing.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the desk's spellings (first = the usual one).
    mode_words : mapping
        ``(corridor, mode)`` -> the desk's words for that mode on that corridor.
    unknown : mapping
        Column -> the desk's words for "not known" (``""`` = left empty).
    date_styles, country_styles, nationality_styles : tuple of (str, float)
        Weighted styles of the date and country cells.
    transit_sep, offence_sep : str
        Separators of lists (``"json"``: a JSON array).
    direct : tuple of str
        What the desk writes when there is no transit country (``""`` = empty).
    coord_style : str
        ``"columns"`` (numbers), ``"comma"`` (text with decimal commas), ``"pair"``.
    thousands : str
        Thousands separator of counts written as text (``""``: counts are numbers).
    zero_words, count_placeholders, suspect_placeholders : tuple of str
        "none" words, and the words of a count not known.
    places : mapping
        Truth hotspot -> the desk's name of the place (an extra column).
    extras : mapping
        Extra column key -> detection country -> values (the desk's context columns).
    demonym : str
        Key of :data:`_DEMONYMS` the desk uses.
    rates : mapping
        Rates of unknown values, placeholders, missing coordinates and case noise.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    mode_words: Mapping[tuple[str, str], tuple[str, ...]]
    unknown: Mapping[str, tuple[str, ...]]
    date_styles: _Weights
    country_styles: _Weights
    nationality_styles: _Weights
    transit_sep: str
    offence_sep: str
    direct: tuple[str, ...]
    coord_style: str
    thousands: str
    zero_words: tuple[str, ...]
    count_placeholders: tuple[str, ...]
    suspect_placeholders: tuple[str, ...]
    places: Mapping[str, str]
    extras: Mapping[str, Mapping[str, tuple[str, ...]]]
    demonym: str
    rates: Mapping[str, float]


_TELEFONICA = _Agency(
    source="telefonica_es_fraude",
    filename="telefonica_es_fraude_hi.xlsx",
    ref="REQ-TDE-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "x_authority": "Autoridad requirente",
        "x_request": "Tipo de requerimiento",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "detection_country": "País del hecho",
        "x_place": "Lugar",
        "transport_mode": "Medio empleado",
        "lat": "Latitud celda",
        "lon": "Longitud celda",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos extraídos de la herramienta de requerimientos, pendientes de validar",
    total="Total general",
    bad_count=("varios", "decenas"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "Favorecimiento de la inmigración irregular",
                "Tráfico ilícito de migrantes",
                "Inmigración ilegal (art. 318 bis CP)",
            ),
            "trafficking": ("Trata de seres humanos", "Trata de seres humanos (art. 177 bis CP)"),
            "both": ("Trata y tráfico de migrantes", "Trata + 318 bis"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Prostitución coactiva"),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "male": ("Varones", "Hombres"),
            "female": ("Mujeres",),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("Menores", "MENA", "Menor de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Embarcación", "Patera", "Marítimo"),
            "land": ("Terrestre", "Vehículo", "Autobús"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Contra la salud pública",),
            "cybercrime": ("Delito informático",),
            "terrorism": ("Terrorismo",),
        },
    },
    mode_words={
        ("watl", "sea"): ("Cayuco", "Neumática", "Marítimo"),
        ("wmed", "sea"): ("Patera", "Neumática", "Moto de agua"),
        ("wmed", "land"): ("Salto de valla", "Oculto en vehículo", "Terrestre"),
    },
    unknown={
        "exploitation": ("No consta",),
        "gender": ("No consta", ""),
        "age_group": ("No consta",),
        "transport_mode": ("No consta",),
        "country": ("No consta", "Desconocida"),
        "smuggling_exploitation": ("", "", "No aplica"),
    },
    date_styles=(
        ("excel", 0.78),
        ("dmy", 0.1),
        ("serial", 0.05),
        ("month_es", 0.05),
        ("quarter_t", 0.02),
    ),
    country_styles=(
        ("name", 0.8),
        ("upper", 0.08),
        ("plain", 0.06),
        ("alias", 0.04),
        ("typo", 0.02),
    ),
    nationality_styles=(
        ("name", 0.55),
        ("demonym", 0.3),
        ("upper", 0.07),
        ("plain", 0.05),
        ("typo", 0.03),
    ),
    transit_sep=" - ",
    offence_sep="; ",
    direct=("", "", "Directo"),
    coord_style="columns",
    thousands="",
    zero_words=("Ninguno",),
    count_placeholders=("s/d", "sin determinar"),
    suspect_placeholders=("s/d", "No consta"),
    places={
        "Ceuta": "Ceuta",
        "Melilla": "Melilla",
        "Almería": "Almería",
        "Almería (El Ejido)": "El Ejido (Almería)",
        "Gran Canaria": "Las Palmas de Gran Canaria",
        "Tenerife": "Santa Cruz de Tenerife",
        "El Hierro": "La Restinga (El Hierro)",
        "Lanzarote": "Arrecife (Lanzarote)",
        "Huelva": "Huelva",
    },
    extras={
        "x_authority": {
            "ESP": (
                "Policía Nacional - UCRIF Central",
                "Policía Nacional - UCRIF Canarias",
                "Guardia Civil - EDATI",
                "Guardia Civil - UCO",
                "Juzgado de Instrucción",
            ),
        },
        "x_request": {
            "ESP": (
                "Identificación de titular",
                "Localización de celda (BTS)",
                "Conservación de datos (Ley 25/2007)",
                "Tráfico histórico de llamadas",
            ),
        },
    },
    demonym="es_m",
    rates={
        "unknown": 0.03,
        "suspects_blank": 0.04,
        "count_placeholder": 0.012,
        "suspects_placeholder": 0.02,
        "zero_word": 0.3,
        "na": 0.03,
        "coords_missing": 0.06,
        "case": 0.04,
        "exploitation_unknown": 0.08,
    },
)

_ORANGE = _Agency(
    source="orange_requisitions",
    filename="orange_requisitions_hi.csv",
    ref="OL{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° réquisition",
        "event_date": "Date des faits",
        "x_authority": "Service requérant",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de passage",
        "lat": "Latitude relais",
        "lon": "Longitude relais",
        "linked_offences": "Infractions connexes",
        "x_lines": "Nb lignes / comptes OM",
    },
    note="Extraction OL - données non consolidées, diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "quelques-uns"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "AESI",
                "Trafic de migrants",
                "Filière d'immigration irrégulière",
            ),
            "trafficking": ("Traite des êtres humains", "TEH"),
            "both": ("TEH + AESI", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("Hommes", "H", "Masculin"),
            "female": ("Femmes", "F"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "adult": ("Majeurs", "Adultes"),
            "child": ("Mineurs", "MNA"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Embarcation", "Voie maritime", "Bateau pneumatique"),
            "land": ("Poids lourd", "Voie routière", "Véhicule léger"),
            "air": ("Voie aérienne", "Avion"),
        },
        "linked_offences": {
            "document_fraud": ("Fraude documentaire", "Faux documents"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    mode_words={
        ("channel", "sea"): ("Small boat", "Embarcation", "Bateau pneumatique"),
        ("channel", "land"): ("Poids lourd", "Camion", "Voie routière"),
        ("watl", "sea"): ("Pirogue", "Embarcation"),
    },
    unknown={
        "exploitation": ("NC",),
        "gender": ("NC", "Non renseigné", ""),
        "age_group": ("Non déterminé", "NC"),
        "transport_mode": ("NC",),
        "country": ("NC", "Inconnu", "Non renseigné"),
        "smuggling_exploitation": ("", "", "", "Sans objet"),
    },
    date_styles=(
        ("dmy", 0.68),
        ("dmy_hm", 0.2),
        ("month_fr", 0.08),
        ("quarter_t", 0.04),
    ),
    country_styles=(
        ("name", 0.78),
        ("upper", 0.08),
        ("plain", 0.04),
        ("alias", 0.04),
        ("mojibake", 0.04),
        ("iso2", 0.02),
    ),
    nationality_styles=(
        ("name", 0.55),
        ("demonym", 0.25),
        ("upper", 0.06),
        ("mojibake", 0.06),
        ("plain", 0.04),
        ("typo", 0.04),
    ),
    transit_sep=" / ",
    offence_sep=", ",
    direct=("", "", "Aucun"),
    coord_style="comma",
    thousands="\u00a0",
    zero_words=("aucun", "Aucun"),
    count_placeholders=("NC", "N/C"),
    suspect_placeholders=("NC",),
    places={},
    extras={
        "x_authority": {
            "FRA": ("OCLTI", "DZPAF Pas-de-Calais", "SR Lille", "GIR Nord", "BMR Calais"),
            "GBR": ("OCLTI (liaison NCA)", "JIC Coquelles"),
            "ESP": ("DIC Dakar", "Division spéciale de cybersécurité (SN)", "OCRTIS Mali"),
            "ITA": ("Garde nationale (TN)", "PJ Abidjan", "DCPJ Conakry"),
        },
        "x_lines": {"": ("1", "1", "2", "2", "3", "4", "7")},
    },
    demonym="fr",
    rates={
        "unknown": 0.035,
        "suspects_blank": 0.05,
        "count_placeholder": 0.015,
        "suspects_placeholder": 0.03,
        "zero_word": 0.35,
        "na": 0.04,
        "coords_missing": 0.08,
        "case": 0.05,
        "exploitation_unknown": 0.1,
    },
)

_TELCEL = _Agency(
    source="telcel_autoridades",
    filename="telcel_autoridades_hi.csv",
    ref="UAA-{year}-{seq:06d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Folio",
        "x_authority": "Autoridad solicitante",
        "event_date": "Fecha de los hechos",
        "crime_type": "Delito",
        "n_persons": "Personas migrantes",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino",
        "detection_country": "País de detección",
        "x_place": "Municipio / punto",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos relacionados",
        "x_lines": "Líneas involucradas",
    },
    note="Nota: información proporcionada en términos de los arts. 189 y 190 de la LFTR",
    total="Total",
    bad_count=("varios", "un grupo"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": (
                "Tráfico de indocumentados",
                "Tráfico de personas (art. 159 LM)",
                "TRAFICO DE INDOCUMENTADOS",
            ),
            "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
            "both": ("Trata de personas y tráfico de indocumentados",),
        },
        "gender": {
            "male": ("Hombres", "H", "HOMBRES"),
            "female": ("Mujeres", "M", "MUJERES"),
            "mixed": ("Mixto", "H y M"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("Terrestre", "Tractocamión", "Caja seca de tráiler", "Vehículo particular"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
            "corruption": ("Cohecho",),
            "money_laundering": ("Operaciones con recursos de procedencia ilícita", "ORPI"),
            "illicit_goods": ("Contra la salud",),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    mode_words={
        ("darien", "land"): ("A pie", "Terrestre"),
        ("us_mex", "land"): (
            "Terrestre",
            "Tractocamión",
            "Caja seca de tráiler",
            "Vehículo particular",
            "A pie",
        ),
    },
    unknown={
        "gender": ("N/D", "Se desconoce"),
        "age_group": ("N/D",),
        "transport_mode": ("N/D",),
        "country": ("N/D", "Se desconoce"),
        "coordinates": ("Sin georreferencia",),
    },
    date_styles=(("dmy", 0.72), ("oracle_es", 0.28)),
    country_styles=(
        ("name", 0.6),
        ("upper", 0.22),
        ("alias", 0.12),
        ("plain", 0.04),
        ("typo", 0.02),
    ),
    nationality_styles=(
        ("demonym_upper", 0.35),
        ("demonym", 0.2),
        ("name", 0.25),
        ("upper", 0.15),
        ("typo", 0.05),
    ),
    transit_sep=", ",
    offence_sep=" / ",
    direct=("", "Ninguno"),
    coord_style="pair",
    thousands=",",
    zero_words=("Ninguno", "0 (ninguno)"),
    count_placeholders=("N/D", "Se desconoce"),
    suspect_placeholders=("N/D",),
    places={
        "Nogales (Sonora/Arizona)": "Nogales, AZ",
        "Sasabe": "Sasabe, AZ",
        "El Paso": "El Paso, TX",
        "Rio Grande Valley": "Valle del Río Bravo, TX",
        "Darién gap": "Darién (PA)",
        "Bajo Chiquito": "Bajo Chiquito (PA)",
        "Lajas Blancas": "Lajas Blancas (PA)",
    },
    extras={
        "x_authority": {
            "USA": ("FGR - UEITMPO", "FGR - AIC", "Guardia Nacional", "INM", "Agregaduría HSI"),
            "PAN": ("FGR - UEITMPO", "Agregaduría SENAFRONT", "INM"),
        },
        "x_lines": {"USA": ("1", "2", "3", "4", "6"), "PAN": ("1", "2", "3")},
    },
    demonym="es_f",
    rates={
        "unknown": 0.03,
        "suspects_blank": 0.03,
        "count_placeholder": 0.015,
        "suspects_placeholder": 0.03,
        "zero_word": 0.3,
        "na": 0.03,
        "coords_missing": 0.08,
        "coords_placeholder": 0.03,
        "case": 0.03,
        "exploitation_unknown": 0.0,
    },
)

_NEQUI = _Agency(
    source="nequi_sarlaft",
    filename="nequi_sarlaft_hi.jsonl",
    ref="ROS-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "radicado_ros",
        "event_date": "fecha_evento",
        "crime_type": "tipologia",
        "exploitation": "finalidad",
        "n_persons": "personas",
        "n_suspects": "vinculados",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_asociados",
        "x_amount": "monto_cop",
    },
    note=None,
    total="TOTAL_LOTE",
    bad_count=("varios", "grupo familiar"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("TRAFICO_MIGRANTES",),
            "trafficking": ("TRATA_PERSONAS",),
            "both": ("TRATA_Y_TRAFICO",),
        },
        "exploitation": {
            "sexual": ("EXPLOTACION_SEXUAL",),
            "forced_labour": ("TRABAJO_FORZADO",),
            "forced_criminality": ("ACTIVIDADES_ILICITAS_FORZADAS",),
            "organ_removal": ("EXTRACCION_ORGANOS",),
            "forced_marriage": ("MATRIMONIO_SERVIL",),
            "other": ("OTRA",),
        },
        "gender": {"male": ("M",), "female": ("F",), "mixed": ("MIXTO",)},
        "age_group": {"adult": ("ADULTO",), "child": ("NNA",), "mixed": ("MIXTO",)},
        "transport_mode": {
            "land": ("TERRESTRE", "A_PIE"),
            "sea": ("MARITIMO",),
            "air": ("AEREO",),
        },
        "linked_offences": {
            "document_fraud": ("FALSEDAD_DOCUMENTAL",),
            "corruption": ("COHECHO",),
            "money_laundering": ("LAVADO_ACTIVOS",),
            "illicit_goods": ("NARCOTRAFICO",),
            "cybercrime": ("DELITO_INFORMATICO",),
            "terrorism": ("FINANCIACION_TERRORISMO",),
        },
    },
    mode_words={},
    unknown={
        "exploitation": ("ND",),
        "gender": ("ND", ""),
        "age_group": ("ND",),
        "transport_mode": ("ND",),
        "country": ("ND", ""),
        "smuggling_exploitation": ("",),
    },
    date_styles=(("iso", 0.55), ("iso_tz", 0.37), ("month_iso", 0.08)),
    country_styles=(("iso2", 0.8), ("iso3", 0.1), ("numeric", 0.1)),
    nationality_styles=(("iso2", 0.88), ("iso3", 0.12)),
    transit_sep="json",
    offence_sep="json",
    direct=("json",),
    coord_style="columns",
    thousands="",
    zero_words=(),
    count_placeholders=(),  # a JSON null
    suspect_placeholders=(),
    places={},
    extras={},
    demonym="es_f",
    rates={
        "unknown": 0.025,
        "suspects_blank": 0.0,
        "count_placeholder": 0.02,
        "suspects_placeholder": 0.04,
        "zero_word": 0.0,
        "na": 0.025,
        "coords_missing": 0.1,
        "case": 0.0,
        "exploitation_unknown": 0.06,
    },
)

_GSMA = _Agency(
    source="gsma_fasg",
    filename="gsma_fasg_hi.csv",
    ref="FASG-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Incident ID",
        "x_member": "Reporting member",
        "event_date": "Incident date",
        "detection_country": "Country of detection",
        "crime_type": "Category",
        "exploitation": "Exploitation type",
        "n_persons": "Persons involved",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit route",
        "destination_country": "Intended destination",
        "transport_mode": "Mode",
        "coordinates": "Location (lat, lon)",
        "x_place": "Area",
        "linked_offences": "Linked offences",
        "x_lines": "Numbers flagged",
    },
    note="Note: TLP:AMBER - shared under the FASG information-sharing rules",
    total="Total",
    bad_count=("several", "multiple"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("Migrant smuggling", "People smuggling", "Facilitated illegal entry"),
            "trafficking": ("Human trafficking", "THB", "Modern slavery"),
            "both": ("Trafficking & smuggling", "THB/SOM"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M", "Men"),
            "female": ("Female", "F", "Women"),
            "mixed": ("Mixed", "M/F"),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Minor", "Child", "UASC"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Sea", "Boat", "Rubber dinghy"),
            "land": ("Land", "Vehicle", "Lorry", "On foot"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Corruption", "Bribery"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    mode_words={
        ("channel", "sea"): ("Small boat", "Sea", "Rubber dinghy"),
        ("wbal", "land"): ("On foot", "Land", "Vehicle"),
        ("blr_pol", "land"): ("On foot", "Land"),
        ("cmed", "sea"): ("Sea", "Boat", "Fishing vessel"),
        ("emed", "sea"): ("Sea", "Rubber dinghy", "Boat"),
    },
    unknown={
        "exploitation": ("n/k", "Unknown"),
        "gender": ("n/k", "Unknown", ""),
        "age_group": ("n/k", "Unknown"),
        "transport_mode": ("n/k",),
        "country": ("n/k", "Unknown", "TBC"),
        "smuggling_exploitation": ("", "", "N/A"),
        "coordinates": ("n/k",),
    },
    date_styles=(
        ("long_en", 0.5),
        ("iso", 0.36),
        ("month_en", 0.09),
        ("quarter_q", 0.05),
    ),
    country_styles=(("name", 0.68), ("iso2", 0.16), ("alias", 0.1), ("iso3", 0.04), ("typo", 0.02)),
    nationality_styles=(
        ("name", 0.5),
        ("demonym", 0.28),
        ("iso2", 0.1),
        ("alias", 0.07),
        ("typo", 0.05),
    ),
    transit_sep=" > ",
    offence_sep="; ",
    direct=("", "", "Direct"),
    coord_style="pair",
    thousands=",",
    zero_words=("None", "nil"),
    count_placeholders=("n/k", "unknown"),
    suspect_placeholders=("n/k",),
    places={
        "Cetingrad (BIH–HRV border)": "Cetingrad",
        "Bajakovo (SRB–HRV border)": "Bajakovo",
        "Dunkirk/Gravelines": "Gravelines",
        "Kuźnica": "Kuznica",
        "Białowieża": "Bialowieza",
        "Michałowo": "Michalowo",
        "Latina (Agro Pontino)": "Latina",
        "Almería (El Ejido)": "El Ejido",
    },
    extras={
        "x_member": {
            "ITA": ("TIM", "Vodafone Italia", "WINDTRE", "Iliad Italia"),
            "GRC": ("Cosmote", "Vodafone Greece", "Nova"),
            "HRV": ("A1 Hrvatska", "Hrvatski Telekom", "Telemach Hrvatska"),
            "POL": ("Orange Polska", "Play", "Plus", "T-Mobile Polska"),
            "GBR": ("EE", "Vodafone UK", "Virgin Media O2", "Three UK"),
            "FRA": ("EE", "Vodafone UK", "Bouygues Telecom", "SFR"),
            "ESP": ("Orange Romania", "Vodafone Romania"),
        },
        "x_lines": {"": ("1", "1", "2", "3", "4", "5", "8")},
    },
    demonym="en",
    rates={
        "unknown": 0.03,
        "suspects_blank": 0.04,
        "count_placeholder": 0.012,
        "suspects_placeholder": 0.03,
        "zero_word": 0.25,
        "na": 0.03,
        "coords_missing": 0.07,
        "coords_placeholder": 0.02,
        "case": 0.04,
        "exploitation_unknown": 0.1,
    },
)

#: The five desks, in the order their submissions are returned.
SOURCES: tuple[_Agency, ...] = (_TELEFONICA, _ORANGE, _TELCEL, _NEQUI, _GSMA)

# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
_ES_ABBR = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
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
_MONTH_STYLES = ("month_es", "month_fr", "month_en", "month_iso")
_QUARTER_STYLES = ("quarter_t", "quarter_q")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _pick(rng: _Rng, weighted: _Weights) -> str:
    """Draw one key of ``weighted`` by its weight."""
    w = np.array([p for _, p in weighted], dtype=float)
    return weighted[int(rng.choice(len(weighted), p=w / w.sum()))][0]


def _word(rng: _Rng, variants: tuple[str, ...]) -> str:
    """Return the usual spelling 65 % of the time, another one otherwise."""
    if len(variants) == 1 or rng.random() < 0.65:
        return variants[0]
    return choice(rng, variants[1:])


def _date_cell(ts: pd.Timestamp, style: str, rng: _Rng) -> tuple[object, pd.Timestamp, str]:
    """Write a date in ``style``; return (cell, expected date, precision).

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> _date_cell(pd.Timestamp("2023-05-17"), "oracle_es", rng)[0]
    '17-MAY-23'
    >>> cell, day, prec = _date_cell(pd.Timestamp("2023-05-17"), "quarter_t", rng)
    >>> cell, str(day.date()), prec
    ('T2 2023', '2023-04-01', 'quarter')
    """
    m = ts.month - 1
    if style in _MONTH_STYLES:
        texts = {
            "month_es": f"{_ES_MONTHS[m]} {ts.year}",
            "month_fr": f"{_FR_MONTHS[m]} {ts.year}"
            if rng.random() < 0.6
            else ts.strftime("%m/%Y"),
            "month_en": f"{MONTHS[m]} {ts.year}",
            "month_iso": ts.strftime("%Y-%m"),
        }
        return texts[style], ts.to_period("M").start_time, "month"
    if style in _QUARTER_STYLES:
        prefix = "T" if style == "quarter_t" else "Q"
        return f"{prefix}{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    day = ts.normalize()
    if style == "excel":
        return day.to_pydatetime(), day, "day"
    if style == "serial":
        return int((day - _EXCEL_EPOCH).days), day, "day"
    if style == "oracle_es":
        return f"{day.day:02d}-{_ES_ABBR[m]}-{day.year % 100:02d}", day, "day"
    if style == "long_en":
        return f"{day.day} {MONTHS[m]} {day.year}", day, "day"
    if style == "iso":
        return day.strftime("%Y-%m-%d"), day, "day"
    hour, minute = int(rng.integers(7, 19)), int(rng.integers(0, 60))
    if style == "iso_tz":
        return f"{day:%Y-%m-%d}T{hour:02d}:{minute:02d}:00-05:00", day, "day"
    if style == "dmy_hm":
        return f"{day:%d/%m/%Y} {hour:02d}:{minute:02d}", day, "day"
    return day.strftime("%d/%m/%Y"), day, "day"  # "dmy"


def _country_cell(
    src: _Agency, iso: str, rng: _Rng, *, nationality: bool = False, style: str | None = None
) -> tuple[str, str | None]:
    """Write one country as the desk does; return (cell, style shown or None if the name).

    ``style`` forces the style (one style for every country of a row or of a list).
    """
    lang = src.language
    name = _NAMES[iso][_LANG_POS[lang]]
    if style is None:
        style = _pick(rng, src.nationality_styles if nationality else src.country_styles)
    demonyms = _DEMONYMS[src.demonym]
    out: str = name
    if style in ("demonym", "demonym_upper") and iso in demonyms:
        word = demonyms[iso]
        if src.demonym != "fr" or rng.random() < 0.5:
            word = word[0].upper() + word[1:]
        out = word.upper() if style == "demonym_upper" else word
        style = "demonym"
    elif style == "upper":
        out = _plain(name).upper() if src.format == "csv" and lang == "es" else name.upper()
    elif style == "plain":
        out = _plain(name)
    elif style == "iso2":
        out = iso_codes(iso)[0]
    elif style == "iso3":
        out = iso
    elif style == "numeric":
        out = iso_codes(iso)[1]
    elif style == "alias" and iso in _ALIASES[lang]:
        out = choice(rng, _ALIASES[lang][iso])
    elif style == "typo" and iso in _TYPOS[lang]:
        out = _TYPOS[lang][iso]
    elif style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            out = garbled
    else:
        style = "name"
    if not fits(out, src):
        out, style = _plain(name), "plain"
    return out, (None if out == name else style)


def _unknown(src: _Agency, key: str, rng: _Rng) -> str | None:
    """One of the desk's "not known" words for ``key`` (None for an empty cell)."""
    words = src.unknown.get(key, ("",))
    word = choice(rng, words)
    return word or None


def _count(src: _Agency, n: int) -> object:
    """Write a count as the desk does (a number in XLSX/JSON, text in CSV)."""
    if src.format != "csv":
        return n
    if n >= 1000 and src.thousands:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return str(n)


def _noise(src: _Agency, text: object, rng: _Rng) -> tuple[object, bool]:
    """Change the case or spacing of some text cells (the meaning stays)."""
    if not isinstance(text, str) or not text or rng.random() >= src.rates["case"]:
        return text, False
    kind = int(rng.integers(0, 3))
    if kind == 0:
        return text.upper(), text.upper() != text
    if kind == 1:
        return text.lower(), text.lower() != text
    return f" {text} ", True


def _coordinates(
    src: _Agency, lat: float, lon: float, rng: _Rng, forced: bool
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write the place of detection; return (cells, expected lat, lon, tag)."""
    keys = ("coordinates",) if src.coord_style == "pair" else ("lat", "lon")
    if forced:
        return dict.fromkeys(keys), None, None, "blank_coordinates"
    r = rng.random()
    if r < src.rates["coords_missing"]:
        return dict.fromkeys(keys), None, None, "coords_missing"
    if r < src.rates["coords_missing"] + src.rates.get("coords_placeholder", 0.0):
        return {keys[0]: _unknown(src, "coordinates", rng)}, None, None, "coords_placeholder"
    la, lo = round(lat, 4), round(lon, 4)
    if src.coord_style == "pair":
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, None
    if src.coord_style == "comma":
        return (
            {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")},
            la,
            lo,
            "decimal_comma",
        )
    return {"lat": la, "lon": lo}, la, lo, None


def _extra(src: _Agency, key: str, detection: str, rng: _Rng) -> object:
    """Write a context cell of the desk (requesting authority, member, lines flagged)."""
    table = src.extras.get(key, {})
    values = table.get(detection) or table.get("")
    return choice(rng, values) if values else None


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: _Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    has = set(src.headers)
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    rates = src.rates
    corridor = str(ev["corridor"])
    detection = str(ev["detection_country"])

    # Context columns the desk keeps beside the event.
    for key in ("x_authority", "x_request", "x_member", "x_lines"):
        if key in has:
            cells[key] = _extra(src, key, detection, rng)
    if "x_place" in has:
        hotspot = str(ev["hotspot"])
        cells["x_place"] = src.places.get(hotspot, hotspot)

    # Date: partial dates only where the event is not reported twice.
    style = _pick(rng, src.date_styles)
    if not partial_ok and style in (*_MONTH_STYLES, *_QUARTER_STYLES):
        style = src.date_styles[0][0]
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(ts, style, rng)
    if exp["date_precision"] != "day":
        tags.append("partial_date")
    elif style in ("serial", "oracle_es", "iso_tz", "dmy_hm"):
        tags.append(f"date_{style}")

    # Crime and form of exploitation.
    crime = str(ev["crime_type"])
    cells["crime_type"], noisy = _noise(src, _word(rng, src.words["crime_type"][crime]), rng)
    exp["crime_type"] = crime
    if noisy:
        tags.append("case:crime_type")
    thb = crime in ("trafficking", "both")
    if "exploitation" not in has:
        exp["exploitation"] = "unknown" if thb else None
    elif thb and ev["exploitation"] is not None:
        if rng.random() < rates["exploitation_unknown"]:
            cells["exploitation"] = _unknown(src, "exploitation", rng)
            exp["exploitation"] = "unknown"
            tags.append("unknown:exploitation")
        else:
            word = _word(rng, src.words["exploitation"][str(ev["exploitation"])])
            cells["exploitation"], _ = _noise(src, word, rng)
            exp["exploitation"] = ev["exploitation"]
    else:
        cells["exploitation"] = _unknown(src, "smuggling_exploitation", rng)
        exp["exploitation"] = "unknown" if thb else None

    # Counts.
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < rates["count_placeholder"]:
        cells["n_persons"] = choice(rng, src.count_placeholders) if src.format != "jsonl" else None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n)
        exp["n_persons"] = n
        if n >= 1000 and src.thousands:
            tags.append("thousands:n_persons")
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < rates["suspects_placeholder"]:
        cells["n_suspects"] = (
            choice(rng, src.suspect_placeholders) if src.format != "jsonl" else None
        )
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif r < rates["suspects_placeholder"] + rates["suspects_blank"]:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif k == 0 and src.zero_words and rng.random() < rates["zero_word"]:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, k), k

    # Sex, age group, mode of transport.
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < rates["unknown"]:
        cells["gender"] = None if forced_blank == "gender" else _unknown(src, "gender", rng)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], noisy = _noise(src, _word(rng, src.words["gender"][gender]), rng)
        exp["gender"] = gender
        if noisy:
            tags.append("case:gender")
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < rates["na"]:
            cells[col] = _unknown(src, col, rng)
            exp[col] = "unknown"
            tags.append("na_word")
            continue
        variants = src.words[col][value]
        if col == "transport_mode":
            variants = src.mode_words.get((corridor, value), variants)
        cells[col], noisy = _noise(src, _word(rng, variants), rng)
        exp[col] = value
        if noisy:
            tags.append(f"case:{col}")

    # Countries: the wallet tool writes every country of an alert in the same code list.
    row_style = _pick(rng, src.country_styles) if src.format == "jsonl" else None
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if col not in has:
            exp[col] = None
            continue
        blank = forced_blank == col
        if iso is None or blank or (col != "detection_country" and rng.random() < rates["unknown"]):
            cells[col] = None if blank or iso is None else _unknown(src, "country", rng)
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        cell, tag = _country_cell(
            src, str(iso), rng, nationality=col == "nationality", style=row_style
        )
        cells[col], noisy = _noise(src, cell, rng)
        exp[col] = iso
        if tag:
            tags.append(f"{tag}:{col}")
        if noisy:
            tags.append(f"case:{col}")

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = [] if src.transit_sep == "json" else _direct(src, rng)
        exp["transit_countries"] = None
    else:
        codes = str(transit).split("|")
        # one style for the whole list, as the clerk (or the system) writes it
        list_style = row_style or _pick(rng, src.country_styles)
        parts = [_country_cell(src, c, rng, style=list_style)[0] for c in codes]
        cells["transit_countries"] = (
            parts if src.transit_sep == "json" else src.transit_sep.join(str(p) for p in parts)
        )
        exp["transit_countries"] = transit
        tags.append("transit_list")

    # Place of detection.
    place, exp["lat"], exp["lon"], tag = _coordinates(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(place)
    if tag:
        tags.append(tag)

    # Linked offences, in the order of the case file.
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = [] if src.offence_sep == "json" else None
        exp["linked_offences"] = None
    else:
        words = [_word(rng, src.words["linked_offences"][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = (
            words if src.offence_sep == "json" else src.offence_sep.join(words)
        )
        exp["linked_offences"] = offences

    if "x_amount" in has:  # amount of the wallet's suspicious payments, pesos
        cells["x_amount"] = int(rng.integers(6, 40)) * 25_000 * max(1, min(n, 60))
    return cells, exp, tags


def _direct(src: _Agency, rng: _Rng) -> str | None:
    """Write what the desk puts when the journey had no transit country."""
    word = choice(rng, src.direct)
    return word or None


def _plus_years(ts: pd.Timestamp, years: int) -> pd.Timestamp:
    """``ts`` some years later (28 February for a 29 February)."""
    try:
        return ts.replace(year=ts.year + years)
    except ValueError:
        return ts.replace(year=ts.year + years, day=28)


def _bad_date(src: _Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that cannot be used: empty, impossible, or a slip into the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day = choice(rng, ("30", "31")) if ts.month != 2 else "30"
        if src.format == "jsonl":
            return f"{ts.year}-02-{day}"
        if src.language == "en":
            return f"{day} February {ts.year}"
        return f"{day}/02/{ts.year}"
    later = _plus_years(ts.normalize(), 10)  # 2023 typed as 2033
    return _note_cell(src, later)


def _note_cell(src: _Agency, day: pd.Timestamp) -> object:
    """Write a plain date in the desk's usual style."""
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.format == "jsonl":
        return day.strftime("%Y-%m-%d")
    if src.language == "en":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return day.strftime("%d/%m/%Y")


def _note_date(src: _Agency, last: pd.Timestamp) -> object:
    """Write the extraction date of a note row (a few days after the last event)."""
    return _note_cell(src, last.normalize() + pd.Timedelta(days=6))


#: The variant: who reports what first, and who reports it again.
BLIND215: Examiner[_Agency] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": "telefonica_es_fraude",
        "FRA": "orange_requisitions",
        "USA": "telcel_autoridades",
        "PAN": "nequi_sarlaft",
    },
    compilation="gsma_fasg",
    secondary={
        ("watl", "ESP"): "orange_requisitions",  # Orange Money wallets of the pirogue crews
        ("wmed", "ESP"): "orange_requisitions",  # Orange Maroc numbers of the organisers
        ("cmed", "ITA"): "orange_requisitions",  # Orange Tunisie / Côte d'Ivoire wallets
        ("channel", "GBR"): "orange_requisitions",  # French numbers of the crossing crews
        ("channel", "FRA"): "gsma_fasg",  # UK members flag the same numbers
        ("thb_rou_esp", "ESP"): "gsma_fasg",  # Romanian members flag the recruiters
        ("darien", "PAN"): "telcel_autoridades",  # Mexican lines coordinating the route
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=215,
    blank_share=0.3,
)


def make_blind215(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five telecom and mobile-money desks of ``blind215``.

    Telefónica España (XLSX, Spanish) reports the events detected in Spain, Orange
    (cp1252 CSV, ``;``, French) those in France, Telcel (UTF-8 with BOM CSV, ``,``,
    Mexican Spanish) those in the United States, Nequi (JSON lines, Colombian Spanish
    codes) those in Panama, and the GSMA Fraud and Security Group register (UTF-16 tab
    delimited, English) every other one. Orange, the GSMA and Telcel report some events
    a second time (cross-source duplicates); Orange and Telcel re-send some rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per desk, in the order of :data:`SOURCES`, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind215(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['telefonica_es_fraude_hi.xlsx', 'orange_requisitions_hi.csv',
     'telcel_autoridades_hi.csv', 'nequi_sarlaft_hi.jsonl', 'gsma_fasg_hi.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8-sig', 'utf-8', 'utf-16']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[1].frame.columns[:3].tolist()
    ['N° réquisition', 'Date des faits', 'Service requérant']
    """
    return make_examined(BLIND215, truth, seed=seed)
