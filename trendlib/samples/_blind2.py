"""The ``blind2`` sample variant: a second examiner's held-out set, written blind.

Written by an examiner who never read the cleaner's header, country or vocabulary tables
nor the earlier variants' wordings, to measure the cleaner on wording it was not tuned
on. Five agencies not used by the other variants report the same kind of true events,
each in its own language, header wording, value wording, country naming, date, number
and encoding style, and only in the ways the cleaning issue promises to handle (files
``*_d.*``):

``gendarmerie_fr_d.csv``
    French Gendarmerie nationale (events detected in France; second reports of Channel
    and Viet Nam network events detected in the United Kingdom). Latin-1, ``;``;
    ``dd/mm/yyyy`` with some ISO, ``2023-05`` and ``T2 2023``; French country names
    (upper case, accents dropped, typos such as ``Lybie``, mojibake such as
    ``SÃ©nÃ©gal``), ISO codes; no-break-space thousands; decimal-comma coordinates;
    ``Sans objet`` exploitation on smuggling rows; legal wording (``Aide à l'entrée
    irrégulière``, ``TEH``, ``Proxénétisme``, ``Mis en cause``).
``citco_es_d.xlsx``
    Spanish intelligence centre CITCO (events detected in Spain; second reports of
    Romanian network events detected in Italy). XLSX: real Excel dates, bare serial
    numbers, text ``dd/mm/yyyy``, ``T3 2022`` and ``2022-07``; counts and coordinates as
    numbers, some as text with a decimal comma; Spanish names and aliases (``Rumania``,
    ``Méjico``), ISO alpha-3; ``Patera``, ``Cayuco``, ``Varones``, ``Menores de edad``.
    Its rows are partly re-sent (exact repeats).
``migracion_co_d.csv``
    Migración Colombia's liaison on Darién crossings (detected in Panama). UTF-8 with
    BOM, ``;``; ``2023/05/17`` and ``17/05/2023``; Latin American wording (``Lavado de
    activos`` is absent: no linked-offence column; ``Grupo etario``, ``A pie``); thin-space
    thousands; decimal-comma coordinates, longitudes written in the latitude column.
``cbp_us_d.jsonl``
    US Customs and Border Protection (events detected in the United States; second
    reports of Darién events). JSON lines with snake_case keys, month-first
    ``05/17/2023`` dates (the file decides the order), ISO numeric country codes
    (``484``), ``Alien smuggling``, ``Labor trafficking``, ``Juvenile``, ``Family unit``,
    ``Conveyance``; counts as JSON numbers.
``liaison_mt_d.csv``
    An EU liaison compilation kept in Valletta (events detected in Italy, Greece,
    Croatia, Poland, the United Kingdom and any other country; second reports of
    Spanish and French events). UTF-8, ``|`` delimiter; ``17 May 2023``, ISO,
    ``Q2 2023``; English names and aliases (``Ivory Coast``, ``UK``, ``Turkey``),
    transit lists joined by ``→`` or ``>``; ``999`` coordinates for "no position";
    narrow no-break-space thousands. Its rows are partly re-sent (exact repeats).

Every row written is described in :attr:`Submission.expected` the way the other
variants do: cross-source duplicates (:data:`DUPLICATE_RATE`, dates ±1 day, some with a
field left blank by one copy), exact repeats, bad rows (:data:`BAD_RATE`, every code of
:data:`trendlib.schema.QUARANTINE_REASONS`) and garbage rows (empty, a note, a total).
A value a careful analyst cannot read (blank, "unknown" words, an impossible position)
is expected as unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError
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

__all__ = ["BLIND2_SOURCES", "make_blind2"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Countries, written by the examiner: English, French and Spanish names, aliases, and
# the misspellings a clerk makes (each still closest to its own country).
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
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG_INDEX = {"en": 0, "fr": 1, "es": 2}
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "CIV": ("Ivory Coast",),
        "GBR": ("UK", "Great Britain", "U.K."),
        "USA": ("USA", "U.S.", "United States of America"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Islamic Republic of Iran",),
        "MKD": ("Macedonia",),
        "GMB": ("The Gambia",),
        "BIH": ("Bosnia",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "BLR": ("Bélarus",),
        "MKD": ("Macédoine",),
        "TUR": ("Türkiye",),
        "CIV": ("Cote d'Ivoire",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "MEX": ("Méjico",),
        "ROU": ("Rumania",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "BLR": ("Belarús",),
    },
}
_TYPOS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "AFG": ("Afganistan", "Afghanistn"),
        "BGD": ("Bangaldesh",),
        "ERI": ("Eritria",),
        "PAK": ("Pakisten",),
        "VEN": ("Venezuala",),
        "GTM": ("Guatamala",),
        "HND": ("Hondouras",),
        "EGY": ("Eygpt",),
        "ALB": ("Albainia",),
        "VNM": ("Veitnam",),
        "ROU": ("Romaina",),
        "MAR": ("Morrocco", "Moroco"),
        "TUN": ("Tunsia",),
        "SEN": ("Sengal",),
        "COL": ("Columbia",),
        "ECU": ("Equador",),
        "MEX": ("Mexcio",),
        "CMR": ("Camaroon",),
        "DZA": ("Algieria",),
        "GRC": ("Greace",),
        "ITA": ("Itlay",),
        "DEU": ("Germnay",),
        "LBY": ("Lybia",),
        "MRT": ("Mauritinia",),
        "BGR": ("Bulgeria",),
        "POL": ("Polnad",),
        "HUN": ("Hungry",),
    },
    "fr": {
        "AFG": ("Afganistan", "Afghanisatn"),
        "ERI": ("Érythré",),
        "SYR": ("Syrrie",),
        "MAR": ("Marroc",),
        "TUN": ("Tunsie",),
        "LBY": ("Lybie",),
        "PAK": ("Pakistant",),
        "BGD": ("Bangladesch",),
        "EGY": ("Egyte",),
        "ALB": ("Albanei",),
        "DEU": ("Allemange",),
        "ITA": ("Itallie",),
        "GRC": ("Gréce",),
        "SEN": ("Sénagal",),
        "ROU": ("Roumanei",),
    },
    "es": {
        "AFG": ("Afganistan",),
        "VEN": ("Venezula",),
        "COL": ("Colmbia",),
        "ECU": ("Ecudor",),
        "GTM": ("Guatamala",),
        "HND": ("Hondurs",),
        "MAR": ("Maruecos",),
        "SEN": ("Sengal",),
        "CIV": ("Costa de Marfíl",),
        "MRT": ("Mauritaina",),
        "ESP": ("Espana",),
        "ITA": ("Itaila",),
        "DEU": ("Alemnia",),
    },
}
_COUNTRY_UNKNOWN = {
    "fr": ("Inconnu", "Indéterminé", "Non renseigné"),
    "es": ("Desconocido", "No consta", "Sin información"),
    "en": ("Unknown", "Not known", "Not recorded"),
}


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Source(ExaminerSource):
    """One agency of the variant: the shared fields and its own wording."""

    words: dict[str, dict[str, tuple[str, ...]]]  # field -> truth value -> wordings
    offences: dict[str, tuple[str, ...]]
    offence_seps: tuple[str, ...]
    transit_seps: tuple[str, ...]
    country_style: dict[str, float]
    not_applicable: tuple[str, ...]  # exploitation cell of smuggling rows ("" = blank)
    no_transit: tuple[str, ...]


_GN = _Source(
    source="gendarmerie_fr_d",
    filename="gendarmerie_fr_d.csv",
    ref="GN-{year}-{seq:05d}",
    format="csv",
    encoding="latin-1",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de procédure",
        "event_date": "Date des faits",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes/migrants",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination finale",
        "detection_country": "Pays d'interception",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    words={
        "crime_type": {
            "trafficking": (
                "Traite des êtres humains",
                "Traite des êtres humains",
                "TEH",
                "traite d'êtres humains",
            ),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Aide à l'entrée et au séjour irréguliers",
                "Trafic de migrants",
                "Trafic de migrants",
                "AIDE A L'ENTREE IRREGULIERE",
            ),
            "both": ("TEH et aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
            "unknown": ("Non déterminé", "Inconnue"),
        },
        "gender": {
            "female": ("Féminin", "F", "Femmes"),
            "male": ("Masculin", "M", "Hommes"),
            "mixed": ("Mixte", "Hommes et femmes"),
            "unknown": ("Non renseigné", "Inconnu"),
        },
        "age_group": {
            "adult": ("Majeur", "Majeurs", "Adultes"),
            "child": ("Mineur", "Mineurs"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
            "unknown": ("Non renseigné", "Inconnu"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Voie maritime", "Bateau"),
            "land": ("Terrestre", "Voie routière", "Camion"),
            "air": ("Aérien", "Voie aérienne", "Avion"),
            "unknown": ("Inconnu", "Non déterminé"),
        },
    },
    offences={
        "document_fraud": ("Fraude documentaire", "Faux documents administratifs"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment", "Blanchiment d'argent"),
        "illicit_goods": ("Contrebande", "Trafic de marchandises illicites"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    offence_seps=(", ", " / ", " ; "),
    transit_seps=(" / ", ", ", " > ", "-"),
    country_style={
        "name": 0.70,
        "iso2": 0.05,
        "iso3": 0.06,
        "alias": 0.03,
        "typo": 0.05,
        "mojibake": 0.04,
        "upper": 0.05,
        "accentless": 0.02,
    },
    note="NB : chiffres provisoires, à consolider",
    total="Total général",
    bad_count=("une dizaine", "plusieurs dizaines"),
    not_applicable=("", "", "Sans objet"),
    no_transit=("", "", "", "Aucun"),
    repeats=False,
)

_CITCO = _Source(
    source="citco_es_d",
    filename="citco_es_d.xlsx",
    ref="{seq:06d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº atestado",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas/migrantes",
        "n_suspects": "Detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Franja de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de intercepción",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata de seres humanos", "TSH"),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal",
                "Tráfico ilícito de migrantes",
                "Tráfico de migrantes",
            ),
            "both": ("Trata y tráfico de migrantes", "TSH y tráfico ilícito de migrantes"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "Obligación de delinquir"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra", "Otras"),
            "unknown": ("Sin determinar", "No consta"),
        },
        "gender": {
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Varones"),
            "mixed": ("Mixto", "Ambos sexos"),
            "unknown": ("No consta",),
        },
        "age_group": {
            "adult": ("Adultos", "Mayor de edad", "Mayores de edad"),
            "child": ("Menores", "Menor de edad", "Menores de edad"),
            "mixed": ("Adultos y menores",),
            "unknown": ("No consta",),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Patera", "Cayuco", "Vía marítima"),
            "land": ("Terrestre", "Por carretera"),
            "air": ("Aéreo", "Vuelo comercial"),
            "unknown": ("No consta", "Desconocido"),
        },
    },
    offences={
        "document_fraud": ("Falsedad documental", "Falsificación de documentos"),
        "corruption": ("Corrupción", "Cohecho"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Ciberdelincuencia", "Delitos informáticos"),
        "terrorism": ("Terrorismo",),
    },
    offence_seps=("; ", ", "),
    transit_seps=(", ", " - ", "; ", "/"),
    country_style={
        "name": 0.72,
        "iso3": 0.08,
        "iso2": 0.03,
        "alias": 0.05,
        "typo": 0.04,
        "mojibake": 0.03,
        "upper": 0.05,
    },
    note="Nota: cifras provisionales pendientes de validación",
    total="TOTAL",
    bad_count=("decenas", "sin cuantificar"),
    not_applicable=("",),
    no_transit=("", "", "", "Ninguno"),
    repeats=True,
)

_MIGCO = _Source(
    source="migracion_co_d",
    filename="migracion_co_d.csv",
    ref="RAD-{year}{seq:06d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "No. radicado",
        "event_date": "Fecha del evento",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de migrantes/víctimas",
        "n_suspects": "Presuntos responsables",
        "gender": "Género",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino final",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Tipo de transporte",
        "lat": "Latitud (grados decimales)",
        "lon": "Longitud (grados decimales)",
    },
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Reclutamiento para actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio servil",),
            "other": ("Otra",),
            "unknown": ("Sin información",),
        },
        "gender": {
            "female": ("Femenino",),
            "male": ("Masculino",),
            "mixed": ("Mixto",),
            "unknown": ("Sin información",),
        },
        "age_group": {
            "adult": ("Adulto", "Adultos"),
            "child": ("Menores de edad", "Menor de edad"),
            "mixed": ("Adultos y menores",),
            "unknown": ("Sin información",),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "A pie", "Terrestre (a pie)"),
            "air": ("Aéreo",),
            "unknown": ("Sin información",),
        },
    },
    offences={},
    offence_seps=(", ",),
    transit_seps=(" - ", ", ", " > "),
    country_style={
        "name": 0.72,
        "iso2": 0.05,
        "iso3": 0.04,
        "alias": 0.05,
        "typo": 0.05,
        "mojibake": 0.04,
        "upper": 0.05,
    },
    note="Nota: información preliminar sujeta a verificación",
    total="TOTAL",
    bad_count=("varias decenas", "sin dato exacto"),
    not_applicable=("",),
    no_transit=("",),
    repeats=False,
)

_CBP = _Source(
    source="cbp_us_d",
    filename="cbp_us_d.jsonl",
    ref="USBP-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "event_number",
        "event_date": "apprehension_date",
        "crime_type": "offense_type",
        "exploitation": "trafficking_type",
        "n_persons": "total_persons",
        "n_suspects": "num_suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "apprehension_country",
        "transit_countries": "countries_transited",
        "transport_mode": "conveyance_mode",
        "lat": "gps_latitude",
        "lon": "gps_longitude",
        "linked_offences": "related_offenses",
    },
    words={
        "crime_type": {
            "trafficking": ("Human trafficking", "Human Trafficking"),
            "smuggling": ("Alien smuggling", "Human smuggling", "Alien Smuggling"),
            "both": ("Human trafficking and smuggling",),
        },
        "exploitation": {
            "sexual": ("Sex trafficking",),
            "forced_labour": ("Labor trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
            "unknown": ("Unknown",),
        },
        "gender": {
            "female": ("F", "Female"),
            "male": ("M", "Male"),
            "mixed": ("Mixed group", "Male and female"),
            "unknown": ("Unknown",),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Juvenile", "Minor", "Juveniles"),
            "mixed": ("Adults and juveniles", "Family unit"),
            "unknown": ("Unknown",),
        },
        "transport_mode": {
            "sea": ("Maritime", "Vessel"),
            "land": ("Land", "On foot", "Vehicle", "Tractor-trailer"),
            "air": ("Air", "Commercial flight"),
            "unknown": ("Unknown",),
        },
    },
    offences={
        "document_fraud": ("Fraudulent documents", "Document fraud"),
        "corruption": ("Bribery", "Public corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband", "Narcotics"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_seps=("; ", ", "),
    transit_seps=(", ", "/", "|", "; "),
    country_style={
        "name": 0.60,
        "iso2": 0.12,
        "iso3": 0.08,
        "num": 0.06,
        "alias": 0.06,
        "typo": 0.04,
        "upper": 0.04,
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "unk"),
    not_applicable=("",),
    no_transit=("",),
    repeats=False,
)

_LIAISON = _Source(
    source="liaison_mt_d",
    filename="liaison_mt_d.csv",
    ref="LO/MT/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="en",
    headers={
        "source_ref": "Liaison ref",
        "event_date": "Date of detection",
        "crime_type": "Offence category",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of persons (victims/migrants)",
        "n_suspects": "No. of facilitators/suspects",
        "gender": "Gender",
        "age_group": "Adult/minor",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination country",
        "detection_country": "Country where detected",
        "transit_countries": "Transit route",
        "transport_mode": "Means of travel",
        "lat": "Lat (WGS84)",
        "lon": "Lon (WGS84)",
        "linked_offences": "Associated offences",
    },
    words={
        "crime_type": {
            "trafficking": ("Trafficking in human beings", "THB", "Human trafficking"),
            "smuggling": (
                "Migrant smuggling",
                "Facilitation of illegal immigration",
                "Smuggling of migrants",
            ),
            "both": ("Trafficking and smuggling", "THB and migrant smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
            "unknown": ("Not known",),
        },
        "gender": {
            "female": ("Female", "Females"),
            "male": ("Male", "Males"),
            "mixed": ("Mixed",),
            "unknown": ("Not recorded",),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Minor", "Minors", "Child"),
            "mixed": ("Adults and minors", "Mixed"),
            "unknown": ("Not recorded",),
        },
        "transport_mode": {
            "sea": ("Sea", "By sea", "Small boat"),
            "land": ("Land", "By road", "Lorry"),
            "air": ("Air", "By air"),
            "unknown": ("Not recorded",),
        },
    },
    offences={
        "document_fraud": ("Document fraud", "Forged documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods", "Contraband goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_seps=(", ", "; "),
    transit_seps=(" → ", " > ", ", ", "; "),
    country_style={
        "name": 0.58,
        "iso3": 0.08,
        "iso3_lower": 0.04,
        "iso2": 0.04,
        "alias": 0.08,
        "typo": 0.05,
        "mojibake": 0.04,
        "upper": 0.04,
        "spaced": 0.05,
    },
    note="NB: figures subject to revision",
    total="Grand total",
    bad_count=("dozens", "a group"),
    not_applicable=("", "", "n/a"),
    no_transit=("", "", "", "None"),
    repeats=True,
)

#: The five sources of the ``blind2`` variant, in file order.
BLIND2_SOURCES: tuple[str, ...] = tuple(s.source for s in (_GN, _CITCO, _MIGCO, _CBP, _LIAISON))
_BY_SOURCE = {s.source: s for s in (_GN, _CITCO, _MIGCO, _CBP, _LIAISON)}
#: Which source first reports an event, by its detection country (else the compilation).
_PRIMARY = {"FRA": "gendarmerie_fr_d", "ESP": "citco_es_d", "PAN": "migracion_co_d"}
_PRIMARY |= {"USA": "cbp_us_d"}
_COMPILATION = "liaison_mt_d"
#: Which source may report it a second time, by (corridor, detection country).
_SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "FRA"): "liaison_mt_d",
    ("channel", "GBR"): "gendarmerie_fr_d",
    ("thb_vnm_gbr", "GBR"): "gendarmerie_fr_d",
    ("wmed", "ESP"): "liaison_mt_d",
    ("watl", "ESP"): "liaison_mt_d",
    ("thb_rou_esp", "ESP"): "liaison_mt_d",
    ("thb_rou_esp", "ITA"): "citco_es_d",
    ("darien", "PAN"): "cbp_us_d",
}
_BLANKABLE = (
    "exploitation",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "transit_countries",
    "transport_mode",
    "coordinates",
    "linked_offences",
)


# --------------------------------------------------------------------------------------
# Rendering one row (a few thousand synthetic rows: a plain loop is fine here)
# --------------------------------------------------------------------------------------
def _country(
    src: _Source, code: str, rng: _Rng, tags: list[str], field: str, *, plain: bool = False
) -> str:
    """Write one ISO alpha-3 code the source's way (name, code, alias, typo, ...)."""
    lang = src.language
    name = _NAMES[code][_LANG_INDEX[lang]]
    if plain:
        return name
    styles = list(src.country_style)
    weights = np.array([src.country_style[s] for s in styles])
    style = styles[int(rng.choice(len(styles), p=weights / weights.sum()))]
    iso2, num = iso_codes(code)
    out: str | None = name
    if style == "iso2":
        out = iso2
    elif style == "iso3":
        out = code
    elif style == "iso3_lower":
        out = code.lower()
    elif style == "num":
        out = num
    elif style == "alias":
        aliases = _ALIASES[lang].get(code)
        out = choice(rng, aliases) if aliases else None
    elif style == "typo":
        typos = _TYPOS[lang].get(code)
        out = choice(rng, typos) if typos else None
    elif style == "mojibake":
        out = mojibake(name)
    elif style == "upper":
        out = name.upper()
    elif style == "accentless":
        out = _strip_accents(name) if _strip_accents(name) != name else None
    elif style == "spaced":
        out = f"  {name.lower()} "
    if out is None or not fits(out, src):
        return name
    if style != "name":
        tags.append(f"{style}:{field}")
    return out


def _transit(src: _Source, value: str, rng: _Rng, tags: list[str]) -> str:
    codes = value.split("|")
    sep = choice(rng, src.transit_seps)
    if sep == "-":  # a bare hyphen: clerks use it between codes only
        tags.append("iso3:transit_countries")
        return "-".join(codes)
    parts = [_country(src, c, rng, tags, "transit_countries") for c in codes]
    if "-" in sep and any("-" in p for p in parts):  # "Bosnie-Herzégovine - Serbie"
        sep = ", "
    return sep.join(parts)


def _date(
    src: _Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Return (cell, expected date, precision, tag) for a true date ``ts``."""
    u = rng.random()
    quarter = (ts.month - 1) // 3 + 1
    q_start = pd.Timestamp(year=ts.year, month=3 * quarter - 2, day=1)
    m_start = pd.Timestamp(year=ts.year, month=ts.month, day=1)
    if partial_ok and u < 0.05:
        if rng.random() < 0.5 and src.source != "cbp_us_d":
            word = "Q" if src.language == "en" else "T"
            return f"{word}{quarter} {ts.year}", q_start, "quarter", "partial_date"
        return f"{ts.year}-{ts.month:02d}", m_start, "month", "partial_date"
    u = rng.random()
    dmy = f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    iso = ts.strftime("%Y-%m-%d")
    if src.source == "gendarmerie_fr_d":
        return (iso if u < 0.08 else dmy), ts, "day", None
    if src.source == "citco_es_d":
        if u < 0.08:
            serial = int((ts - pd.Timestamp("1899-12-30")).days)
            return serial, ts, "day", "excel_serial"
        if u < 0.16:
            return dmy, ts, "day", None
        return ts.to_pydatetime(), ts, "day", None
    if src.source == "migracion_co_d":
        return (f"{ts.year}/{ts.month:02d}/{ts.day:02d}" if u < 0.6 else dmy), ts, "day", None
    if src.source == "cbp_us_d":
        if u < 0.08:
            return iso, ts, "day", None
        return f"{ts.month:02d}/{ts.day:02d}/{ts.year}", ts, "day", "month_first"
    # the liaison compilation
    if u < 0.42:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", None
    if u < 0.86:
        return iso, ts, "day", None
    return dmy, ts, "day", None


def _count(src: _Source, value: int, rng: _Rng, tags: list[str]) -> object:
    if src.format == "xlsx":
        return str(value) if rng.random() < 0.05 else int(value)
    if src.format == "jsonl":
        return int(value)
    if value >= 1000:
        spaces = {
            "gendarmerie_fr_d": ("\u00a0", " "),
            "migracion_co_d": ("\u2009", " "),
            "liaison_mt_d": ("\u202f", "\u2009", " "),
        }[src.source]
        tags.append("thousands:n_persons")
        head, tail = divmod(value, 1000)
        return f"{head}{choice(rng, spaces)}{tail:03d}"
    return str(value)


def _coord(src: _Source, value: float, rng: _Rng, digits: int) -> object:
    if src.format == "xlsx":
        if rng.random() < 0.1:
            return f"{value:.{digits}f}".replace(".", ",")
        return float(round(value, digits))
    if src.format == "jsonl":
        return float(round(value, digits))
    text = f"{value:.{digits}f}"
    if src.source in ("gendarmerie_fr_d", "migracion_co_d"):
        text = text.replace(".", ",")
    return text


_DIGITS = {
    "gendarmerie_fr_d": 5,
    "citco_es_d": 4,
    "migracion_co_d": 5,
    "cbp_us_d": 4,
    "liaison_mt_d": 5,
}


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Render one true event as the source writes it; return (cells, expected, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    words = src.words

    def blank(field: str) -> str | None:
        """``"blank"``, ``"unknown"`` or None: how the row hides this field."""
        if forced_blank == field:
            tags.append(f"dup_blank:{field}")
            return "blank"
        u = rng.random()
        if u < 0.03:
            tags.append(f"empty:{field}")
            return "blank"
        if u < 0.05 and field not in ("n_suspects", "coordinates", "linked_offences"):
            tags.append(f"unknown:{field}")
            return "unknown"
        return None

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], tag = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    if tag:
        tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, words["crime_type"][crime])
    exp["crime_type"] = crime

    if crime == "smuggling":
        na = choice(rng, src.not_applicable)
        cells["exploitation"] = na or None
        exp["exploitation"] = None
    else:
        how = blank("exploitation")
        if how == "blank":
            cells["exploitation"], exp["exploitation"] = None, "unknown"
        elif how == "unknown":
            cells["exploitation"] = choice(rng, words["exploitation"]["unknown"])
            exp["exploitation"] = "unknown"
        else:
            expl = str(ev["exploitation"])
            cells["exploitation"] = choice(rng, words["exploitation"][expl])
            exp["exploitation"] = expl

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"] = _count(src, persons, rng, tags)
    exp["n_persons"] = persons

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if blank("n_suspects") == "blank":
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        cells["n_suspects"] = suspects if src.format != "csv" else str(suspects)
        exp["n_suspects"] = suspects

    for field in ("gender", "age_group", "transport_mode"):
        how = blank(field)
        value = str(ev[field])
        if how == "blank":
            cells[field], exp[field] = None, "unknown"
        elif how == "unknown":
            cells[field], exp[field] = choice(rng, words[field]["unknown"]), "unknown"
        else:
            cells[field], exp[field] = choice(rng, words[field][value]), value

    for field in ("nationality", "origin_country", "destination_country"):
        how = blank(field)
        if how == "blank":
            cells[field], exp[field] = None, None
        elif how == "unknown":
            cells[field], exp[field] = choice(rng, _COUNTRY_UNKNOWN[src.language]), None
        else:
            code = str(ev[field])
            cells[field], exp[field] = _country(src, code, rng, tags, field), code

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("dup_blank:detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country(src, det, rng, tags, "detection_country")
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    how = blank("transit_countries")
    if how == "blank" or (transit is None and how is None):
        word = choice(rng, src.no_transit) if transit is None else ""
        cells["transit_countries"], exp["transit_countries"] = word or None, None
    elif how == "unknown":
        cells["transit_countries"] = choice(rng, _COUNTRY_UNKNOWN[src.language])
        exp["transit_countries"] = None
    else:
        cells["transit_countries"] = _transit(src, str(transit), rng, tags)
        exp["transit_countries"] = transit

    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    digits = _DIGITS[src.source]
    lat_r, lon_r = round(lat, digits), round(lon, digits)
    if blank("coordinates") == "blank":
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
    else:
        u = rng.random()
        exp["lat"], exp["lon"] = lat_r, lon_r
        if u < 0.04 and cells["detection_country"] is not None:
            tags.append("coords_swapped")
            cells["lat"] = _coord(src, lon, rng, digits)
            cells["lon"] = _coord(src, lat, rng, digits)
        elif u < 0.06 and src.source == "liaison_mt_d":
            tags.append("coords_out_of_range")
            cells["lat"] = cells["lon"] = "999"
            exp["lat"] = exp["lon"] = None
        else:
            cells["lat"] = _coord(src, lat, rng, digits)
            cells["lon"] = _coord(src, lon, rng, digits)

    offences = ev["linked_offences"]
    if "linked_offences" not in src.headers:
        exp["linked_offences"] = None
    elif offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    elif blank("linked_offences") == "blank":
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        parts = [choice(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_seps).join(parts)
        exp["linked_offences"] = offences

    for key, cell in cells.items():
        if isinstance(cell, str) and not fits(cell, src):
            raise DataContractError(  # a bug in the tables above, never in user data
                f"{src.filename}: {key} value {cell!r} cannot be written in {src.encoding}."
            )
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad and garbage rows
# --------------------------------------------------------------------------------------
def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, (f"31/02/{ts.year}", f"{ts.year}-02-30", f"30/02/{ts.year}"))
    future = ts.replace(year=ts.year + 20)
    if src.source == "cbp_us_d":
        return f"{future.month:02d}/{future.day:02d}/{future.year}"
    if src.source == "liaison_mt_d":
        return future.strftime("%Y-%m-%d")
    return f"{future.day:02d}/{future.month:02d}/{future.year}"


def _last_date_text(src: _Source, ts: pd.Timestamp) -> object:
    if src.format == "xlsx":
        return ts.to_pydatetime()
    if src.source == "liaison_mt_d":
        return ts.strftime("%Y-%m-%d")
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER = Examiner(
    sources=tuple(_BY_SOURCE.values()),
    primary=_PRIMARY,
    compilation=_COMPILATION,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_last_date_text,
    salt=31,
    blank_share=0.35,
)


def make_blind2(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind2`` variant's five submissions (module notes).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND2_SOURCES`, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind2(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gendarmerie_fr_d.csv', 'citco_es_d.xlsx', 'migracion_co_d.csv', 'cbp_us_d.jsonl',
     'liaison_mt_d.csv']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° de procédure', 'Date des faits', 'Qualification pénale']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
