"""Examiner sample set ``blind228`` (files ``*_hv.*``): aviation passenger-data units.

Five agencies that see trafficking and smuggling through air travel (passenger data,
airline security, airport policing) and log the detection events they flag or are told
of, each in its own working language and export tool:

``gta_fr_hv.csv``
    Gendarmerie des transports aériens (France): French, cp1252, ``;``, CRLF; day-first
    dates (``17/05/2023``, ``17/05/23``, ``mai 2023``, ``T2 2023``); decimal-comma
    latitude and longitude; nationality often as the passport's ISO alpha-3 code;
    "aucun"/"néant" for no suspect, "NC" for a count not given.
``nbtc_uk_hv.xlsx``
    UK Border Force National Border Targeting Centre: English; real Excel dates with a
    few typed ones (``17/05/2023``, ``17 May 2023``, ``May 2023``, ``Q2 2023``); Home
    Office wording (Facilitation, MSHT, NRM exploitation types, UASC, HGV); nationality
    as demonyms or ISO alpha-3; numeric coordinates; "Nil", "n/k"; exact re-sent rows.
``iberia_seguridad_hv.csv``
    Iberia, Dirección de Seguridad (Spain): Spanish, UTF-16 with tabs (Excel's "texto
    Unicode"); ``dd/mm/aaaa`` dates, ``05/2023``, ``2T 2023``; upper-case country names;
    ``1.250``; coordinates as one ``lat ; lon`` cell with decimal commas.
``copa_seguridad_hv.csv``
    Copa Airlines, Seguridad Corporativa (Panamá): Spanish, UTF-8 with mojibake cells,
    ``,``; day-first dates mixed with Excel serial numbers and ``17-may-2023``; ISO
    alpha-2 codes; "S/D" coordinates, "N/D" counts.
``airpol_hv.jsonl``
    AIRPOL, the EU network of airport border police (compilation of the members'
    returns): English keys, ISO alpha-2 codes, UTC timestamps (``...T14:05Z``), month and
    quarter returns, ``"12 pax"`` counts, hemisphere coordinates (``35.50123N 12.60456E``),
    UN M49 numbers from one member state, a few returns sent twice.

The set is written from the truth by :func:`trendlib.samples._examiner.make_examined`;
every cell the agencies leave unreadable to a careful analyst is planted on purpose (a
bad row, a blank or ``unknown``) and described in the truth.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND228", "SOURCES", "AirSource", "make_blind228"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_MONTHS = {
    "fr": (
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
    ),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
    "en": (
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
    ),
}
_ROMAN = ("I", "II", "III", "IV")
#: Date styles giving a month or a quarter (the others give the day).
_MONTH_STYLES = ("month_fr", "month_en", "month_slash", "month_iso", "month_es")
_QUARTER_STYLES = ("q_fr", "q_en", "q_es", "q_iso", "q_roman")


@dataclass(frozen=True)
class AirSource(ExaminerSource):
    """One agency of the set: the shared source fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the agency's words for it (first one most used).
    na : mapping
        Column -> the agency's word for "not known" (gender, age group, transport mode,
        exploitation, counts, coordinates), where it writes one.
    zero : tuple of str
        Words the agency writes for "no suspect".
    no_exploitation : str or None
        What the exploitation cell holds on a pure smuggling row.
    dates : mapping
        Date style -> weight.
    country_styles : mapping
        Country-cell style -> weight (origin, destination, detection, transit).
    nat_styles : mapping
        Style -> weight for the nationality cell.
    names : mapping
        ISO alpha-3 -> the agency's own name, where it differs from the usual one.
    typos : mapping
        ISO alpha-3 -> a misspelling the agency's staff makes.
    transit_sep : tuple of str
        Separators of the transit list.
    offence_sep : str
        Separator of the linked offences.
    coords : str
        Coordinate style: ``"comma"``, ``"number"``, ``"pair"``, ``"plain"`` or
        ``"hemisphere"``.
    thousands : tuple of str
        Thousands separators of counts of 1,000 or more (empty: none).
    case_rate : float
        Share of vocabulary and country cells typed in another case or with spaces.
    garble_rate : float
        Share of accented cells that went through a UTF-8 -> cp1252 mix-up (mojibake).
    """

    words: _Words
    na: Mapping[str, str]
    zero: tuple[str, ...]
    no_exploitation: str | None
    dates: Mapping[str, float]
    country_styles: Mapping[str, float]
    nat_styles: Mapping[str, float]
    names: Mapping[str, str]
    typos: Mapping[str, str]
    transit_sep: tuple[str, ...]
    offence_sep: str
    coords: str
    thousands: tuple[str, ...]
    case_rate: float
    garble_rate: float


# --------------------------------------------------------------------------------------
# Wording of the five agencies
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Demonyms the UK targeting centre writes for nationalities (Home Office style).
_DEMONYMS = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HTI": "Haitian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}

#: Other names in common use, by language (UN style, short forms, old names).
_ALIASES: dict[str, dict[str, str]] = {
    "en": {
        "GBR": "UK",
        "USA": "USA",
        "RUS": "Russian Federation",
        "SYR": "Syrian Arab Republic",
        "MKD": "Macedonia",
        "BIH": "Bosnia",
        "CHN": "PRC",
        "GMB": "The Gambia",
        "IRN": "Iran (Islamic Republic of)",
        "VNM": "Viet Nam",
        "TUR": "Türkiye",
    },
}

_GTA = AirSource(
    source="gta_fr",
    filename="gta_fr_hv.csv",
    ref="GTA-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Réf. GTA",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Vecteur",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Diffusion restreinte – données provisoires, non consolidées (extraction GTA)",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "quelques-uns"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "AEI",
                "Aide à l'entrée et au séjour irréguliers",
                "Filière d'immigration irrégulière",
            ),
            "trafficking": ("Traite des êtres humains", "TEH"),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et filière d'immigration"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre forme",),
        },
        "gender": {
            "male": ("Masculin", "H"),
            "female": ("Féminin", "F"),
            "mixed": ("Mixte", "H et F"),
        },
        "age_group": {
            "adult": ("Majeur", "Majeurs"),
            "child": ("Mineur", "MNA", "Mineurs"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Small boat", "Embarcation"),
            "land": ("Terrestre", "Poids lourd", "Routier"),
            "air": ("Aérien", "Vol commercial"),
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
    na={
        "gender": "Non renseigné",
        "age_group": "Non renseigné",
        "transport_mode": "Non précisé",
        "n_persons": "NC",
        "n_suspects": "inconnu",
    },
    zero=("aucun", "néant"),
    no_exploitation="Sans objet",
    dates={"dmy": 0.85, "dmy2": 0.07, "month_fr": 0.05, "q_fr": 0.03},
    country_styles={"name": 0.78, "upper": 0.12, "iso3": 0.05, "typo": 0.05},
    nat_styles={"iso3": 0.5, "name": 0.4, "upper": 0.06, "typo": 0.04},
    names={"VNM": "Vietnam", "CIV": "Côte d'Ivoire", "TUR": "Turquie", "GBR": "Royaume-Uni"},
    typos={
        "AFG": "Afganistan",
        "ERI": "Erythrée",
        "ALB": "Albannie",
        "IRN": "Irann",
        "GBR": "Royaume Uni",
        "DEU": "Allemagen",
        "VNM": "Viet-Nam",
        "IRQ": "Irack",
    },
    transit_sep=(" - ", " / "),
    offence_sep=", ",
    coords="comma",
    thousands=("\u00a0", " "),
    case_rate=0.05,
    garble_rate=0.0,
)

_NBTC = AirSource(
    source="nbtc_uk",
    filename="nbtc_uk_hv.xlsx",
    ref="NBTC/{yy:02d}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "NBTC Ref",
        "event_date": "Encounter Date",
        "crime_type": "Offence Type",
        "exploitation": "Exploitation Type (NRM)",
        "n_persons": "No. of Persons",
        "n_suspects": "No. of Facilitators",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Encounter",
        "transit_countries": "Route",
        "transport_mode": "Mode of Travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offences",
    },
    note="OFFICIAL-SENSITIVE – management information, subject to change",
    total="Grand Total",
    bad_count=("several", "multiple", "a group"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("Facilitation", "OIC - Facilitation", "Section 25 Facilitation"),
            "trafficking": ("MSHT", "Modern Slavery/Human Trafficking"),
            "both": ("OIC & MSHT", "Facilitation + MSHT"),
        },
        "exploitation": {
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Labour", "Labour exploitation"),
            "forced_criminality": ("Criminal", "Criminal exploitation"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "M/F"),
        },
        "age_group": {
            "adult": ("Adult", "18+"),
            "child": ("Minor", "UASC", "U18"),
            "mixed": ("Adult & minor", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Maritime", "Sea"),
            "land": ("HGV", "Land", "Vehicle"),
            "air": ("Air", "Scheduled flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Controlled drugs", "Drugs"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    na={
        "gender": "Not recorded",
        "age_group": "Not stated",
        "transport_mode": "Unknown",
        "exploitation": "Not yet determined",
        "n_persons": "n/k",
        "n_suspects": "Unknown",
    },
    zero=("Nil", "None"),
    no_exploitation="N/A",
    dates={"excel": 0.88, "dmy": 0.05, "long_en": 0.03, "month_en": 0.03, "q_en": 0.01},
    country_styles={"name": 0.78, "alias": 0.08, "iso3": 0.08, "upper": 0.03, "typo": 0.03},
    nat_styles={"demonym": 0.5, "iso3": 0.4, "name": 0.07, "typo": 0.03},
    names={"TUR": "Turkey", "CIV": "Ivory Coast", "VNM": "Vietnam", "SYR": "Syria"},
    typos={
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "ALB": "Albaina",
        "VNM": "Veitnam",
        "IRQ": "Irak",
        "SYR": "Syira",
        "FRA": "Frnace",
        "DEU": "Germnay",
        "GBR": "Untied Kingdom",
    },
    transit_sep=(" > ",),
    offence_sep="; ",
    coords="number",
    thousands=(",",),
    case_rate=0.04,
    garble_rate=0.0,
)

_IBERIA = AirSource(
    source="iberia_seguridad",
    filename="iberia_seguridad_hv.csv",
    ref="IBS/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Informe",
        "event_date": "Fecha detección",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat ; long)",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales - uso interno Seguridad Corporativa",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "Favorecimiento de la inmigración irregular",
                "Tráfico de migrantes",
                "Tráfico ilícito de migrantes",
            ),
            "trafficking": ("Trata de seres humanos", "TSH"),
            "both": ("TSH + tráfico de migrantes", "Trata y favorecimiento"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "Explotación para delinquir"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras finalidades",),
        },
        "gender": {
            "male": ("Varón", "Varones"),
            "female": ("Mujer", "Mujeres"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "adult": ("Mayor de edad", "Adultos"),
            "child": ("Menor de edad", "MENA"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Patera", "Embarcación neumática"),
            "land": ("Terrestre", "Vehículo", "A pie"),
            "air": ("Aéreo", "Vuelo comercial"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas",),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
    },
    na={
        "gender": "No consta",
        "age_group": "No consta",
        "transport_mode": "No consta",
        "n_persons": "s/d",
        "n_suspects": "desconocido",
    },
    zero=("ninguno",),
    no_exploitation="No procede",
    dates={"dmy": 0.82, "dmy_dash": 0.1, "month_slash": 0.05, "q_es": 0.03},
    country_styles={"upper": 0.55, "name": 0.3, "noaccent": 0.08, "iso3": 0.03, "typo": 0.04},
    nat_styles={"upper": 0.6, "name": 0.3, "noaccent": 0.06, "typo": 0.04},
    names={"BGD": "Bangladesh", "GIN": "Guinea Conakry", "ROU": "Rumanía"},
    typos={
        "MAR": "Marruecoss",
        "DZA": "Argelía",
        "SEN": "Senengal",
        "GMB": "Ganbia",
        "CIV": "Costa de Marfíl",
        "MRT": "Mauritana",
        "ROU": "Rumaina",
        "ESP": "Espana",
    },
    transit_sep=(" - ",),
    offence_sep=" / ",
    coords="pair",
    thousands=(".",),
    case_rate=0.03,
    garble_rate=0.0,
)

_COPA = AirSource(
    source="copa_seguridad",
    filename="copa_seguridad_hv.csv",
    ref="CM-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Código reporte",
        "event_date": "Fecha del evento",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de facilitadores",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino final",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos asociados",
    },
    note="Reporte generado automáticamente - información confidencial",
    total="Total",
    bad_count=("varios", "grupo"),
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
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otro",),
        },
        "gender": {
            "male": ("Masculino", "M"),
            "female": ("Femenino", "F"),
            "mixed": ("Mixto",),
        },
        "age_group": {
            "adult": ("Adulto", "Adultos"),
            "child": ("Menor", "NNA"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "A pie (selva)"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Drogas",),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
    },
    na={
        "gender": "N/D",
        "age_group": "N/D",
        "transport_mode": "N/D",
        "n_persons": "N/D",
        "n_suspects": "N/D",
        "coordinates": "S/D",
    },
    zero=("ninguno",),
    no_exploitation=None,
    dates={"dmy": 0.72, "serial": 0.16, "mmm_es": 0.06, "month_es": 0.04, "q_roman": 0.02},
    country_styles={"name": 0.62, "iso2": 0.2, "upper": 0.08, "mojibake": 0.06, "typo": 0.04},
    nat_styles={"name": 0.6, "iso2": 0.25, "mojibake": 0.1, "typo": 0.05},
    names={"USA": "Estados Unidos", "HTI": "Haití", "CHN": "China"},
    typos={
        "VEN": "Venezula",
        "ECU": "Equador",
        "COL": "Colomia",
        "CHN": "Chinna",
        "USA": "Estados Unidso",
        "GTM": "Guatenala",
        "HND": "Hondura",
    },
    transit_sep=(" / ", "/"),
    offence_sep=", ",
    coords="plain",
    thousands=(",",),
    case_rate=0.04,
    garble_rate=0.12,
)

_AIRPOL = AirSource(
    source="airpol",
    filename="airpol_hv.jsonl",
    ref="AIRPOL-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "date",
        "crime_type": "crime_area",
        "exploitation": "exploitation_form",
        "n_persons": "pax",
        "n_suspects": "facilitators",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "reporting_state",
        "transit_countries": "transit",
        "transport_mode": "mode",
        "coordinates": "position",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple pax"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("Migrant smuggling", "SoM", "Facilitation of illegal immigration"),
            "trafficking": ("Trafficking in human beings", "THB"),
            "both": ("THB/SoM", "THB + migrant smuggling"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation", "forced labour"),
            "forced_criminality": ("forced criminality", "forced criminal activities"),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"male": ("male", "M"), "female": ("female", "F"), "mixed": ("mixed",)},
        "age_group": {
            "adult": ("adult",),
            "child": ("minor", "child"),
            "mixed": ("adults+minors",),
        },
        "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air", "flight")},
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    na={
        "gender": "unknown",
        "age_group": "unknown",
        "transport_mode": "unknown",
        "n_persons": "unknown",
        "n_suspects": "unknown",
    },
    zero=("none",),
    no_exploitation=None,
    dates={"iso": 0.66, "zulu": 0.12, "ymd_slash": 0.05, "month_iso": 0.11, "q_iso": 0.06},
    country_styles={"iso2": 0.6, "iso3": 0.2, "name": 0.2},
    nat_styles={"iso2": 0.55, "iso3": 0.3, "name": 0.15},
    names={"TUR": "Türkiye", "VNM": "Viet Nam"},
    typos={},
    transit_sep=("-",),
    offence_sep=", ",
    coords="hemisphere",
    thousands=(),
    case_rate=0.0,
    garble_rate=0.0,
)

#: The five sources, in the order of the submissions.
SOURCES: tuple[AirSource, ...] = (_GTA, _NBTC, _IBERIA, _COPA, _AIRPOL)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array(list(weights.values()), dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(src: AirSource, col: str, value: str, rng: _Rng) -> str:
    """Return the agency's word for a canonical value (usual one 65 %, a variant otherwise)."""
    forms = src.words[col][value]
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return choice(rng, forms[1:])


def _strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _name(src: AirSource, iso: str) -> str:
    return src.names.get(iso) or str(COUNTRIES[iso][_LANG_COL[src.language]])


def _country(src: AirSource, iso: str, style: str) -> tuple[str, str | None]:
    """Write one country as the agency does; return (cell, tag kind or None)."""
    name = _name(src, iso)
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "numeric":
        return iso_codes(iso)[1], "numeric"
    if style == "demonym" and iso in _DEMONYMS:
        return _DEMONYMS[iso], "demonym"
    if style == "alias" and iso in _ALIASES.get(src.language, {}):
        return _ALIASES[src.language][iso], "alias"
    if style == "typo" and iso in src.typos:
        return src.typos[iso], "typo"
    if style == "upper":
        return name.upper(), "upper"
    if style == "noaccent" and _strip_accents(name) != name:
        return _strip_accents(name).upper(), "no_accent"
    if style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None:
            return garbled, "mojibake"
    return name, None


def _date_cell(src: AirSource, style: str, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a day, month or quarter in one of the agency's styles."""
    m = ts.month - 1
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "ymd_slash":
        return ts.strftime("%Y/%m/%d")
    if style == "zulu":
        return f"{ts:%Y-%m-%d}T{int(rng.integers(24)):02d}:{int(rng.integers(60)):02d}Z"
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "long_en":
        return f"{ts.day} {_MONTHS['en'][m]} {ts.year}"
    if style == "mmm_es":
        return f"{ts.day:02d}-{_MONTHS['es'][m]}-{ts.year}"
    if style == "month_fr":
        return f"{_MONTHS['fr'][m]} {ts.year}"
    if style == "month_en":
        return f"{_MONTHS['en'][m]} {ts.year}"
    if style == "month_slash":
        return ts.strftime("%m/%Y")
    if style == "month_iso":
        return ts.strftime("%Y-%m")
    if style == "month_es":
        return f"{_MONTHS['es'][m]}-{ts.year}"
    q = ts.quarter
    if style == "q_fr":
        return f"T{q} {ts.year}"
    if style == "q_en":
        return f"Q{q} {ts.year}"
    if style == "q_es":
        return f"{q}T {ts.year}"
    if style == "q_iso":
        return f"{ts.year}-Q{q}"
    return f"{_ROMAN[q - 1]} trim. {ts.year}"  # q_roman


def _count_cell(src: AirSource, value: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons as the agency does; return (cell, tag or None)."""
    if value >= 1000 and src.thousands and rng.random() < 0.7:
        sep = choice(rng, src.thousands)
        return f"{value // 1000}{sep}{value % 1000:03d}", "thousands:n_persons"
    if src.source == "airpol" and rng.random() < 0.3:
        return f"{value} pax", "pax_word"
    if src.format == "csv":
        return str(value), None
    return value, None


def _coord_text(src: AirSource, lat: float, lon: float) -> dict[str, object]:
    """Write the point in the agency's coordinate style (cells by column)."""
    if src.coords == "comma":
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    if src.coords == "number":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}
    if src.coords == "plain":
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}
    if src.coords == "pair":
        a = f"{lat:.5f}".replace(".", ",")
        b = f"{lon:.5f}".replace(".", ",")
        return {"coordinates": f"{a} ; {b}"}
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    return {"coordinates": f"{abs(lat):.5f}{ns} {abs(lon):.5f}{ew}"}


def _noisy(text: str, rng: _Rng) -> str:
    k = int(rng.integers(3))
    return text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "


def _render(
    src: AirSource,
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
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # Date: a month or quarter only where the event is not reported twice.
    styles = dict(src.dates)
    if not partial_ok:
        styles = {k: v for k, v in styles.items() if k not in (*_MONTH_STYLES, *_QUARTER_STYLES)}
    style = _pick(rng, styles)
    cells["event_date"] = _date_cell(src, style, ts, rng)
    if style in _MONTH_STYLES:
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_date")
    elif style in _QUARTER_STYLES:
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_date")
    else:
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        if style in ("serial", "dmy2", "zulu", "long_en", "mmm_es"):
            tags.append(f"date_{style}")

    # Vocabulary.
    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _word(src, "crime_type", crime, rng), crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = src.no_exploitation, None
    elif "exploitation" in src.na and rng.random() < 0.15:
        cells["exploitation"], exp["exploitation"] = src.na["exploitation"], "unknown"
        tags.append("unknown_exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl

    # Counts.
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"], exp["n_persons"] = src.na["n_persons"], None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count_cell(src, persons, rng)
        exp["n_persons"] = persons
        if tag:
            tags.append(tag)
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.03:
        cells["n_suspects"], exp["n_suspects"] = src.na["n_suspects"], None
        tags.append("suspects_placeholder")
    elif suspects == 0 and rng.random() < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(suspects) if src.format == "csv" else suspects
        exp["n_suspects"] = suspects

    # Gender, age group, transport mode.
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = src.na["gender"], "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.025:
            cells[col], exp[col] = src.na[col], "unknown"
            tags.append("na_word")
            continue
        if col == "transport_mode" and src.source == "iberia_seguridad" and value == "sea":
            # the Canary Islands' landings are "cayucos", the Strait's "pateras"
            boat = "Cayuco" if ev["corridor"] == "watl" else "Patera"
            cells[col] = boat if rng.random() < 0.4 else _word(src, col, value, rng)
        else:
            cells[col] = _word(src, col, value, rng)
        exp[col] = value

    # Countries.
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col or iso is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        if col == "detection_country" and src.source == "airpol" and rng.random() < 0.05:
            style = "numeric"  # one member state returns UN M49 codes
        else:
            style = _pick(rng, src.nat_styles if col == "nationality" else src.country_styles)
        text, kind = _country(src, str(iso), style)
        if not fits(text, src):
            text, kind = _strip_accents(text), "no_accent"
        cells[col], exp[col] = text, iso
        if kind:
            tags.append(f"{kind}:{col}")
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        style = _pick(rng, src.country_styles)
        parts = [_country(src, c, style) for c in str(transit).split("|")]
        sep = choice(rng, src.transit_sep)
        if src.source == "airpol" and style == "name":
            sep = ", "  # names are listed with commas, codes with hyphens
        cells["transit_countries"] = sep.join(p[0] for p in parts)
        exp["transit_countries"] = transit
        kinds = {p[1] for p in parts if p[1]}
        tags.extend(f"{k}:transit_countries" for k in sorted(kinds))

    # Coordinates.
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    coord_cols = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    r = rng.random()
    if forced_blank == "coordinates" or r < 0.04:
        cells.update(dict.fromkeys(coord_cols))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    elif "coordinates" in src.na and r < 0.07:
        cells.update(dict.fromkeys(coord_cols, src.na["coordinates"]))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        cells.update(_coord_text(src, lat, lon))
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)

    # Linked offences, in the truth's order.
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = offences

    # Typing habits: case and spacing, and (Copa) cells garbled by an encoding mix-up.
    for col in ("crime_type", "exploitation", "gender", "age_group", "transport_mode"):
        cell = cells.get(col)
        if not isinstance(cell, str) or col not in src.headers:
            continue
        if src.garble_rate and rng.random() < src.garble_rate:
            garbled = mojibake(cell)
            if garbled is not None:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
                continue
        if src.case_rate and rng.random() < src.case_rate:
            cells[col] = _noisy(cell, rng)
            tags.append(f"case:{col}")
    return cells, exp, tags


def _bad_date(src: AirSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell that cannot be kept: blank, impossible, or typed years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        future = ts.replace(year=ts.year + 10, day=min(ts.day, 28))
        if src.format == "xlsx":
            return future.to_pydatetime()
        return future.strftime("%Y-%m-%d" if src.format == "jsonl" else "%d/%m/%Y")
    day, month = choice(rng, ("30-02", "31-02", "31-04", "00-05", "31-06", "31-09")).split("-")
    if src.format == "jsonl":
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: AirSource, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row (the day of the extraction)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return last.strftime("%Y-%m-%d" if src.format == "jsonl" else "%d/%m/%Y")


#: The variant: who reports what first, and who reports it again.
BLIND228: Examiner[AirSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": "gta_fr",
        "GBR": "nbtc_uk",
        "ESP": "iberia_seguridad",
        "PAN": "copa_seguridad",
    },
    compilation="airpol",
    secondary={
        ("channel", "FRA"): "nbtc_uk",
        ("channel", "GBR"): "gta_fr",
        ("thb_vnm_gbr", "GBR"): "airpol",
        ("thb_rou_esp", "ESP"): "airpol",
        ("thb_rou_esp", "ITA"): "iberia_seguridad",
        ("thb_nga_ita", "ITA"): "gta_fr",
        ("cmed", "ITA"): "gta_fr",
        ("wmed", "ESP"): "gta_fr",
        ("watl", "ESP"): "airpol",
        ("emed", "GRC"): "nbtc_uk",
        ("darien", "PAN"): "iberia_seguridad",
        ("us_mex", "USA"): "copa_seguridad",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=228,
    blank_share=0.5,
)


def make_blind228(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five aviation agencies of ``blind228`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``gta_fr_hv.csv`` (French, cp1252, ``;``), ``nbtc_uk_hv.xlsx`` (English),
        ``iberia_seguridad_hv.csv`` (Spanish, UTF-16, tab), ``copa_seguridad_hv.csv``
        (Spanish, UTF-8, ``,``) and ``airpol_hv.jsonl`` (English keys, the compilation),
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind228(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gta_fr_hv.csv', 'nbtc_uk_hv.xlsx', 'iberia_seguridad_hv.csv',
     'copa_seguridad_hv.csv', 'airpol_hv.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:4]]
    [('cp1252', ';'), ('utf-8', None), ('utf-16', '\t'), ('utf-8', ',')]
    >>> subs[0].frame.columns[:3].tolist()
    ['Réf. GTA', 'Date des faits', 'Qualification']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(BLIND228, truth, seed=seed)
