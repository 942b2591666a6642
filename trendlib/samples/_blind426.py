"""Examiner set ``blind426``: furniture and bedding trade desks (files ``*_pl.*``).

Five desks of the furniture and mattress trade, none used before in this project, log the
trafficking and smuggling incidents they see or collect for their members' due diligence:
forced labour and debt bondage in upholstery and bed workshops, people found hidden in
furniture loads at the ports and at the border, and the migration alerts their sourcing
countries raise. Each desk writes in its own working language and its own tool's format:

``nbf_modern_slavery_pl.csv``
    National Bed Federation (UK bed and mattress makers), modern-slavery lead's incident
    log: English, UTF-8 with BOM, ``,``; day-first dates (``17/05/2023``, ``17 May 2023``),
    nationalities as demonyms (``Vietnamese``), routes joined by `` > ``, the location as
    one ``lat, long`` pair, a few counts in words; the log is re-sent with exact repeats.
``ameublement_francais_pl.csv``
    L'Ameublement français (French furniture makers' union), conformité sociale et sûreté
    des entrepôts: French, cp1252, ``;``, CRLF; ``17/05/2023`` and ``17/05/23``, ``mai
    2023``, ``T2 2023``; country names often in capitals, some without accents and some
    garbled (UTF-8 read as cp1252: ``Ã‰RYTHRÃ‰E``); decimal-comma coordinates; counts
    with a no-break space (``1 250``).
``anieme_cumplimiento_pl.xlsx``
    ANIEME (Valencia furniture exporters), área de cumplimiento: Spanish workbook with real
    Excel dates (some typed as text), ``mayo de 2023``, ``2T 2023``; ``Sexo`` written
    ``H``/``M`` (hombre/mujer); numbers as numbers, a few coordinates typed as text with a
    decimal comma; ISO alpha-2 codes beside names.
``afamjal_seguridad_pl.jsonl``
    AFAMJAL (Jalisco furniture makers), seguridad de la cadena de suministro (people found in
    export trailers at the US border): Spanish (Mexico) keys, ISO dates and form
    timestamps, ``2023-05`` months, nationalities as gentilicios (``hondureña``), ``EUA``,
    transit countries as a JSON list; ``tráfico de personas`` is Mexico's word for
    smuggling and ``trata de personas`` for trafficking.
``fira_supply_chain_pl.csv``
    FIRA International (furniture industry research), supply-chain risk alerts compiled for
    members from their sourcing countries (every event no other desk reports): English,
    UTF-16 tab-separated text (Excel's "Unicode text"), ISO alpha-3 codes (origin sometimes
    numeric, the alert country alpha-2), routes as ``TUR-BGR-SRB-BIH``, ISO dates, ``17 May
    2023`` and a few unformatted Excel serials, ``Q2 2023``; sea positions in degrees,
    minutes and seconds.

Whatever a careful analyst cannot read from a cell is planted on purpose and expected as a
blank (``n/k`` counts, ``No consta`` sex, unknown destinations) and tagged in the truth.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pycountry

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["DESKS", "EXAMINER", "Desk", "make_blind426"]

_Rng = np.random.Generator

# iso3: (English, French, Spanish, English demonym)
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "Bosnian"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian"),
    "CHN": ("China", "Chine", "China", "Chinese"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Ivorian"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean"),
    "ESP": ("Spain", "Espagne", "España", "Spanish"),
    "FRA": ("France", "France", "Francia", "French"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi"),
    "ITA": ("Italy", "Italie", "Italia", "Italian"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Macedonian"),
    "MLI": ("Mali", "Mali", "Malí", "Malian"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigerian"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian"),
    "TUR": ("Türkiye", "Turquie", "Turquía", "Turkish"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "American"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam", "Vietnamese"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
# Other names each language's writers use for a country (one of them drawn).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "USA": ("USA", "US"),
        "MKD": ("Macedonia",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "BIH": ("Bosnia",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "VNM": ("Vietnam",),
        "USA": ("USA",),
        "BIH": ("Bosnie",),
        "MKD": ("Macédoine",),
    },
    "es": {
        "GBR": ("Gran Bretaña",),
        "USA": ("EE. UU.", "EEUU"),
        "CIV": ("Côte d'Ivoire",),
        "BIH": ("Bosnia",),
    },
    "mx": {
        "USA": ("EUA", "E.U.A.", "EE.UU."),
        "MEX": ("Méx.",),
    },
}
# Nationalities as Mexican forms write them (feminine, agreeing with "nacionalidad").
_GENTILICIOS = {
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "COL": "colombiana",
    "HTI": "haitiana",
    "CHN": "china",
}
_MONTHS = {
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
    "es": (
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
    ),
}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A desk of this set: the shared source fields plus its own wording.

    Attributes
    ----------
    date_style : str
        How the desk writes dates: ``"uk"``, ``"fr"``, ``"es_xlsx"``, ``"mx_json"`` or
        ``"fira"``.
    country_style : str
        How it writes countries: ``"uk"``, ``"fr"``, ``"es"``, ``"mx"`` or ``"codes"``.
    coord_style : str
        How it writes the place: ``"pair"`` (one ``lat, long`` cell), ``"comma_cols"``,
        ``"xlsx"``, ``"json"`` or ``"fira"`` (pairs, sea positions in degrees, minutes and
        seconds).
    transit_sep : str
        Separator of transit countries (``"list"``: a JSON array).
    crime_words, exploitation_words, gender_words, age_words, mode_words, offence_words
        Canonical value -> the desk's words (the first is its usual one).
    offence_sep : str
        Separator of linked offences.
    not_applicable : tuple
        Exploitation cell of a smuggling row (``None`` = blank).
    unknown_words : tuple of str
        A sex, age or conveyance cell the desk did not know.
    count_unknown : tuple of str
        A count cell the desk did not know (the record stays, with no count).
    zero_words : tuple of str
        No suspects, in words.
    destination_unknown : tuple of str
        Destination cell when the persons did not say.
    number_words : tuple of str
        Counts 0 to 10 in words (empty: never written in words).
    thousands : str
        Thousands separator of counts written as text ("" = none).
    """

    date_style: str
    country_style: str
    coord_style: str
    transit_sep: str
    crime_words: Mapping[str, tuple[str, ...]]
    exploitation_words: Mapping[str, tuple[str, ...]]
    gender_words: Mapping[str, tuple[str, ...]]
    age_words: Mapping[str, tuple[str, ...]]
    mode_words: Mapping[str, tuple[str, ...]]
    offence_words: Mapping[str, tuple[str, ...]]
    offence_sep: str
    not_applicable: tuple[str | None, ...]
    unknown_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    destination_unknown: tuple[str, ...]
    number_words: tuple[str, ...]
    thousands: str


_NBF = Desk(
    source="nbf_modern_slavery",
    filename="nbf_modern_slavery_pl.csv",
    ref="NBF/MS/{year}/{seq:03d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Log ref",
        "event_date": "Date identified",
        "detection_country": "Country identified",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of persons",
        "gender": "Sex",
        "age_group": "Adult / child",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route via",
        "destination_country": "Intended destination",
        "transport_mode": "Conveyance",
        "coordinates": "Location (lat, long)",
        "n_suspects": "Suspects identified",
        "linked_offences": "Associated offences",
    },
    note="NOTE: provisional – member returns for the quarter still outstanding",
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=True,
    date_style="uk",
    country_style="uk",
    coord_style="pair",
    transit_sep=" > ",
    crime_words={
        "trafficking": ("Modern slavery", "MS / human trafficking"),
        "smuggling": ("Clandestine entry", "People smuggling"),
        "both": ("Modern slavery & smuggling", "MS + clandestine entry"),
    },
    exploitation_words={
        "forced_labour": ("Labour exploitation", "Debt bondage", "Forced labour"),
        "sexual": ("Sexual exploitation",),
        "forced_criminality": ("Criminal exploitation", "Cannabis cultivation (forced)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender_words={
        "female": ("Female", "F", "Females"),
        "male": ("Male", "M", "Males"),
        "mixed": ("Mixed", "M & F"),
    },
    age_words={
        "adult": ("Adult", "18+", "Adults"),
        "child": ("Child", "Minor", "U18"),
        "mixed": ("Adults & children", "Mixed ages"),
    },
    mode_words={
        "land": ("HGV", "HGV – furniture load", "Curtain-sider", "Van"),
        "sea": ("Small boat", "RHIB", "Dinghy"),
        "air": ("Air", "Flight"),
    },
    offence_words={
        "document_fraud": ("Document fraud", "False docs"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Illicit goods"),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    not_applicable=(None, "N/A"),
    unknown_words=("Not recorded", "n/k"),
    count_unknown=("n/k", "TBC"),
    zero_words=("None", "nil"),
    destination_unknown=("Unknown",),
    number_words=(
        "none",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    ),
    thousands=",",
)

_AF = Desk(
    source="ameublement_francais",
    filename="ameublement_francais_pl.csv",
    ref="AF-CS-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du constat",
        "detection_country": "Pays du constat",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination déclarée",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire – données non consolidées (adhérents)",
    total="Total général",
    bad_count=("plusieurs", "une dizaine"),
    repeats=False,
    date_style="fr",
    country_style="fr",
    coord_style="comma_cols",
    transit_sep=" / ",
    crime_words={
        "trafficking": ("traite des êtres humains", "TEH"),
        "smuggling": ("aide à l'entrée irrégulière", "aide au passage (passeurs)"),
        "both": ("TEH et aide à l'entrée irrégulière", "traite + aide au passage"),
    },
    exploitation_words={
        "forced_labour": ("travail forcé", "servitude pour dettes", "exploitation par le travail"),
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender_words={
        "female": ("F", "femmes", "féminin"),
        "male": ("H", "hommes", "masculin"),
        "mixed": ("mixte", "H/F"),
    },
    age_words={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA", "mineur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode_words={
        "land": ("poids lourd", "semi-remorque (chargement de meubles)", "fourgon"),
        "sea": ("small boat", "embarcation pneumatique", "bateau"),
        "air": ("aérien", "avion"),
    },
    offence_words={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=", ",
    not_applicable=(None, "sans objet"),
    unknown_words=("NC", "inconnu"),
    count_unknown=("NC", "inconnu"),
    zero_words=("aucun", "néant"),
    destination_unknown=("inconnue", "NC"),
    number_words=(
        "zéro",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
    ),
    thousands="\u00a0",
)

_ANIEME = Desk(
    source="anieme_cumplimiento",
    filename="anieme_cumplimiento_pl.xlsx",
    ref="EXP-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "transit_countries": "Países de tránsito",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales facilitados por las empresas asociadas",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo"),
    repeats=False,
    date_style="es_xlsx",
    country_style="es",
    coord_style="xlsx",
    transit_sep=", ",
    crime_words={
        "trafficking": ("trata de seres humanos", "TSH"),
        "smuggling": ("tráfico ilícito de migrantes", "favorecimiento de la inmigración ilegal"),
        "both": ("trata y tráfico de migrantes",),
    },
    exploitation_words={
        "forced_labour": ("explotación laboral", "servidumbre por deudas", "trabajos forzados"),
        "sexual": ("explotación sexual",),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    gender_words={
        "female": ("Mujeres", "M", "Mujer"),
        "male": ("Hombres", "H", "Hombre"),
        "mixed": ("Mixto", "H y M"),
    },
    age_words={
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "menores no acompañados"),
        "mixed": ("adultos y menores",),
    },
    mode_words={
        "land": ("camión", "tráiler (carga de muebles)", "furgoneta", "a pie"),
        "sea": ("patera", "cayuco", "neumática"),
        "air": ("avión", "aéreo"),
    },
    offence_words={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    not_applicable=(None, "No aplica"),
    unknown_words=("No consta",),
    count_unknown=("No consta", "s/d"),
    zero_words=("ninguno",),
    destination_unknown=("desconocido",),
    number_words=(),
    thousands="",
)

_AFAMJAL = Desk(
    source="afamjal_seguridad",
    filename="afamjal_seguridad_pl.jsonl",
    ref="AFJ{yy:02d}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_hallazgo",
        "detection_country": "pais_hallazgo",
        "crime_type": "tipo_delito",
        "exploitation": "finalidad",
        "n_persons": "personas_localizadas",
        "n_suspects": "personas_detenidas",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_asociados",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=True,
    date_style="mx_json",
    country_style="mx",
    coord_style="json",
    transit_sep="list",
    crime_words={
        "trafficking": ("trata de personas",),
        "smuggling": ("tráfico de personas", "tráfico de indocumentados"),
        "both": ("trata y tráfico de personas",),
    },
    exploitation_words={
        "forced_labour": ("trabajo forzoso", "explotación laboral", "servidumbre por deudas"),
        "sexual": ("explotación sexual",),
        "forced_criminality": ("obligados a cometer delitos",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    gender_words={
        "female": ("Mujer", "Femenino"),
        "male": ("Hombre", "Masculino"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age_words={
        "adult": ("adultos", "mayores de edad"),
        "child": ("NNA", "menores de edad"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    mode_words={
        "land": ("tractocamión", "caja seca", "tráiler con muebles", "a pie"),
        "sea": ("lancha", "embarcación"),
        "air": ("vía aérea",),
    },
    offence_words={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("cohecho",),
        "money_laundering": ("operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("delitos contra la salud", "contrabando"),
        "cybercrime": ("delitos cibernéticos",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    not_applicable=(None, "no aplica"),
    unknown_words=("s/d", "se desconoce"),
    count_unknown=("s/d", "n/d"),
    zero_words=("ninguno",),
    destination_unknown=("s/d",),
    number_words=(),
    thousands="",
)

_FIRA = Desk(
    source="fira_supply_chain",
    filename="fira_supply_chain_pl.csv",
    ref="FIRA-SCA-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Alert ID",
        "event_date": "Incident date",
        "detection_country": "Country (ISO)",
        "crime_type": "Category",
        "exploitation": "Exploitation",
        "n_persons": "Persons involved",
        "n_suspects": "Offenders",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "destination_country": "Destination",
        "transit_countries": "Transit route",
        "transport_mode": "Mode",
        "coordinates": "Coordinates",
        "linked_offences": "Related offences",
    },
    note="Compiled from member reports and open sources; figures as first published",
    total="Grand total",
    bad_count=("several", "dozens"),
    repeats=False,
    date_style="fira",
    country_style="codes",
    coord_style="fira",
    transit_sep="-",
    crime_words={
        "trafficking": ("Human trafficking", "THB"),
        "smuggling": ("Migrant smuggling", "SoM"),
        "both": ("THB + SoM", "Trafficking and smuggling"),
    },
    exploitation_words={
        "forced_labour": ("Forced labour", "Debt bondage", "Labour exploitation"),
        "sexual": ("Sexual exploitation",),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender_words={
        "female": ("F", "Female"),
        "male": ("M", "Male"),
        "mixed": ("Mixed",),
    },
    age_words={
        "adult": ("Adult", "Adults"),
        "child": ("Child", "Minor"),
        "mixed": ("Mixed",),
    },
    mode_words={
        "land": ("Land", "Road (truck)", "On foot"),
        "sea": ("Sea", "Boat"),
        "air": ("Air",),
    },
    offence_words={
        "document_fraud": ("Document fraud",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep=" | ",
    not_applicable=(None, "n/a"),
    unknown_words=("Unknown",),
    count_unknown=("Unknown", "not reported"),
    zero_words=("none",),
    destination_unknown=("",),
    number_words=(),
    thousands=",",
)

#: The set's desks, in the order :func:`make_blind426` returns their submissions.
DESKS: tuple[Desk, ...] = (_NBF, _AF, _ANIEME, _AFAMJAL, _FIRA)


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _int(value: object) -> int:
    if isinstance(value, (int, np.integer)):
        return int(value)
    return int(float(str(value)))


def _float(value: object) -> float:
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    return float(str(value))


def _word(options: tuple[str, ...], rng: _Rng) -> str:
    """Return the desk's usual word two times in three, another of its words otherwise."""
    if len(options) == 1 or rng.random() < 0.65:
        return options[0]
    return options[1 + int(rng.integers(len(options) - 1))]


def _strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _fit(text: str, src: Desk) -> str:
    return text if fits(text, src) else _strip_accents(text)


def _typo(name: str, rng: _Rng) -> str | None:
    """Return a keyboard slip of ``name``: two inner letters swapped or one doubled."""
    if len(name) < 6 or not name.isalpha():
        return None
    i = 1 + int(rng.integers(len(name) - 3))
    if rng.random() < 0.5 and name[i] != name[i + 1]:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return name[: i + 1] + name[i] + name[i + 1 :]


def _name(iso: str, lang: str) -> str:
    row = _NAMES.get(iso)
    if row is not None:
        return row[_LANG[lang]]
    country = pycountry.countries.get(alpha_3=iso)
    return str(country.name) if country is not None else iso


def _country(src: Desk, iso: str, col: str, rng: _Rng) -> tuple[object, list[str]]:
    """Write one country the desk's way; return the cell and its tags."""
    style = src.country_style
    r = rng.random()
    if style == "codes":
        country = pycountry.countries.get(alpha_3=iso)
        if col == "detection_country":
            return (str(country.alpha_2) if country else iso), ["iso2:" + col]
        if col == "origin_country" and r < 0.08 and country is not None:
            return str(country.numeric), ["numeric:" + col]
        if r > 0.93:
            return _name(iso, "en"), []
        return iso, ["iso3:" + col]
    lang = {"uk": "en", "fr": "fr", "es": "es", "mx": "es"}[style]
    name = _name(iso, lang)
    aliases = _ALIASES["mx" if style == "mx" else lang].get(iso, ())
    if style == "uk" and col == "nationality" and r < 0.7:
        return _NAMES[iso][3] if iso in _NAMES else name, ["demonym:" + col]
    if style == "mx" and col == "nationality" and iso in _GENTILICIOS and r < 0.6:
        return _GENTILICIOS[iso], ["demonym:" + col]
    r2 = rng.random()
    if aliases and r2 < 0.12:
        return choice(rng, aliases), ["alias:" + col]
    if r2 > 0.965:
        typo = _typo(name, rng)
        if typo is not None:
            return typo, ["typo:" + col]
    if style == "fr":
        r3 = rng.random()
        if r3 > 0.7:
            return name.upper(), ["upper:" + col]
        if r3 > 0.64 and _strip_accents(name) != name:
            return _strip_accents(name), ["no_accent:" + col]
    if style == "es" and r2 < 0.2:
        country = pycountry.countries.get(alpha_3=iso)
        if country is not None:
            return str(country.alpha_2), ["iso2:" + col]
    if style == "mx" and rng.random() < 0.1 and _strip_accents(name) != name:
        return _strip_accents(name), ["no_accent:" + col]
    if rng.random() < 0.03:
        return name.lower() + " ", ["case:" + col]
    return _fit(name, src), []


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _day_text(src: Desk, ts: pd.Timestamp, rng: _Rng) -> object:
    month = _MONTHS[src.language][ts.month - 1]
    r = rng.random()
    if src.date_style == "uk":
        return ts.strftime("%d/%m/%Y") if r < 0.75 else f"{ts.day} {month[:3]} {ts.year}"
    if src.date_style == "fr":
        return ts.strftime("%d/%m/%Y") if r < 0.85 else ts.strftime("%d/%m/%y")
    if src.date_style == "es_xlsx":
        if r < 0.8:
            return ts.to_pydatetime()
        return ts.strftime("%d/%m/%Y") if r < 0.92 else ts.strftime("%d-%m-%Y")
    if src.date_style == "mx_json":
        if r < 0.7:
            return ts.strftime("%Y-%m-%d")
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00"
    # fira: ISO, "17 May 2023", or an Excel serial left unformatted
    if r < 0.55:
        return ts.strftime("%Y-%m-%d")
    if r < 0.88:
        return f"{ts.day} {month} {ts.year}"
    return str((ts.normalize() - _EXCEL_EPOCH).days)


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    r = rng.random()
    q = (ts.month - 1) // 3 + 1
    month = _MONTHS[src.language][ts.month - 1]
    if partial_ok and r < 0.06:
        cell: object = {
            "uk": f"{month} {ts.year}",
            "fr": f"{month} {ts.year}",
            "es_xlsx": f"{month} de {ts.year}",
            "mx_json": ts.strftime("%Y-%m"),
            "fira": f"{month} {ts.year}" if r < 0.03 else ts.strftime("%Y-%m"),
        }[src.date_style]
        return cell, ts.to_period("M").start_time, "month", ["partial_date", "month_only"]
    if partial_ok and r < 0.1:
        cell = {
            "uk": f"Q{q} {ts.year}",
            "fr": f"T{q} {ts.year}",
            "es_xlsx": f"{q}T {ts.year}" if r < 0.08 else f"{q}.º trimestre {ts.year}",
            "mx_json": f"T{q} {ts.year}",
            "fira": f"Q{q} {ts.year}",
        }[src.date_style]
        return cell, ts.to_period("Q").start_time, "quarter", ["partial_date", "quarter_only"]
    cell = _day_text(src, ts, rng)
    tags = []
    if isinstance(cell, str) and src.date_style == "fira" and cell.isdigit():
        tags.append("excel_serial")
    if isinstance(cell, str) and src.date_style == "es_xlsx":
        tags.append("date_as_text")
    return cell, ts.normalize(), "day", tags


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date no analyst can use: missing, impossible, or mistyped as future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return {
            "uk": f"31/02/{ts.year}",
            "fr": f"30/02/{ts.year}",
            "es_xlsx": f"31/02/{ts.year}",
            "mx_json": f"{ts.year}-02-30",
            "fira": f"31 February {ts.year}",
        }[src.date_style]
    # future_date: the decade key slipped (2023 -> 2033)
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    future = pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)
    if src.date_style == "es_xlsx":
        return future.to_pydatetime()
    if src.date_style in ("mx_json", "fira"):
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the extraction date of a note row (the day after the last event)."""
    day = last.normalize() + pd.Timedelta(days=1)
    if src.date_style == "es_xlsx":
        return day.to_pydatetime()
    if src.date_style in ("mx_json", "fira"):
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _count(src: Desk, n: int) -> object:
    if src.format != "csv":
        return n
    if n >= 1000 and src.thousands:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return str(n)


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minute, sec = divmod(rest, 60)
    return f"{deg}°{minute:02d}'{sec:02d}\"{hemi}"


def _coords(
    src: Desk, lat: float, lon: float, mode: str, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place; return (cells, expected lat, expected lon, tags)."""
    r = rng.random()
    pair = src.coord_style in ("pair", "fira")
    if r < 0.06:
        cells: dict[str, object] = {"coordinates": None} if pair else {"lat": None, "lon": None}
        return cells, None, None, ["coords_missing"]
    if src.coord_style == "pair":
        if r < 0.075:
            return {"coordinates": "n/k"}, None, None, ["coords_placeholder"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []
    if src.coord_style == "fira":
        if mode == "sea" and r < 0.55:
            text = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
            return {"coordinates": text}, lat, lon, ["coords_dms"]
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}, lat, lon, []
    if src.coord_style == "comma_cols":
        cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return cells, lat, lon, ["decimal_comma"]
    if src.coord_style == "xlsx" and r > 0.9:
        cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return cells, lat, lon, ["coords_text"]
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, []


# --------------------------------------------------------------------------------------
# One event as a desk writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: ``(cells, expected values, tags)``."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _fit(_word(src.crime_words[crime], rng), src)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.not_applicable[int(rng.integers(len(src.not_applicable)))]
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _fit(_word(src.exploitation_words[str(expl)], rng), src)
        exp["exploitation"] = str(expl)

    n = _int(ev["n_persons"])
    r = rng.random()
    if r < 0.015:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif r < 0.045 and src.number_words and n < len(src.number_words):
        cells["n_persons"] = _fit(src.number_words[n], src)
        exp["n_persons"] = n
        tags.append("count_word")
    else:
        cells["n_persons"] = _count(src, n)
        exp["n_persons"] = n
        if n >= 1000 and src.thousands and src.format == "csv":
            tags.append("thousands:n_persons")

    k = _int(ev["n_suspects"])
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.5:
        cells["n_suspects"] = _fit(choice(rng, src.zero_words), src)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if rng.random() < 0.03:
        cells["gender"] = choice(rng, src.unknown_words)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        word = _word(src.gender_words[gender], rng)
        cells["gender"] = _fit(word, src)
        exp["gender"] = gender
        if src.source == "anieme_cumplimiento" and word in ("H", "M"):
            tags.append("sexo_h_m")
    for col, table in (("age_group", src.age_words), ("transport_mode", src.mode_words)):
        value = str(ev[col])
        if rng.random() < 0.025:
            cells[col] = choice(rng, src.unknown_words)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _fit(_word(table[value], rng), src)
            exp[col] = value
            if rng.random() < 0.03:
                cells[col] = str(cells[col]).upper() if rng.random() < 0.5 else f" {cells[col]} "
                tags.append("case:" + col)

    for col in ("nationality", "origin_country", "detection_country"):
        cells[col], t = _country(src, str(ev[col]), col, rng)
        exp[col] = str(ev[col])
        tags += t
    if rng.random() < 0.02:
        cells["nationality"] = choice(rng, src.destination_unknown) or None
        exp["nationality"] = None
        tags.append("blank_nationality")
    dest = str(ev["destination_country"])
    if rng.random() < 0.06:
        cells["destination_country"] = choice(rng, src.destination_unknown) or None
        exp["destination_country"] = None
        tags.append("unknown:destination_country")
    else:
        cells["destination_country"], t = _country(src, dest, "destination_country", rng)
        exp["destination_country"] = dest
        tags += t

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = None
    else:
        parts = [_country(src, code, "transit_countries", rng) for code in str(transit).split("|")]
        names = [str(p[0]) for p in parts]
        tags += sorted({t for p in parts for t in p[1] if t.startswith(("typo", "mojibake"))})
        cells["transit_countries"] = (
            names if src.transit_sep == "list" else src.transit_sep.join(names)
        )

    place, exp["lat"], exp["lon"], t = _coords(
        src, _float(ev["lat"]), _float(ev["lon"]), str(ev["transport_mode"]), rng
    )
    cells.update(place)
    tags += t

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_fit(_word(src.offence_words[o], rng), src) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)

    if src.country_style == "fr" and rng.random() < 0.2:
        # rows keyed into the members' web form reach the log as UTF-8 read as cp1252
        for col, cell in cells.items():
            garbled = mojibake(cell) if isinstance(cell, str) and col in _GARBLED else None
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append("mojibake:" + col)

    if forced_blank is not None:  # a second report leaves out a field the first one gives
        tags = [t for t in tags if not _about(t, forced_blank)]
        if forced_blank == "coordinates":
            for key in list(place):
                cells[key] = None
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
        tags.append("blank_" + forced_blank)
    return cells, exp, tags


def _about(tag: str, field: str) -> bool:
    """Tell whether a messiness tag describes ``field``'s cell."""
    own = {
        "n_suspects": ("zero_word", "suspects_placeholder"),
        "gender": ("blank_gender", "sexo_h_m"),
        "coordinates": ("coords_", "decimal_comma"),
        "nationality": ("blank_nationality",),
    }.get(field, ())
    return tag.endswith(":" + field) or tag.startswith(own)


#: Text columns a garbled row of the French log shows garbled.
_GARBLED = frozenset(
    {
        "crime_type",
        "exploitation",
        "gender",
        "age_group",
        "transport_mode",
        "nationality",
        "origin_country",
        "destination_country",
        "transit_countries",
        "linked_offences",
    }
)

#: Detection country -> the desk that first reports its events.
_PRIMARY = {
    "GBR": "nbf_modern_slavery",
    "FRA": "ameublement_francais",
    "ESP": "anieme_cumplimiento",
    "USA": "afamjal_seguridad",
}
#: (corridor, detection country) -> the desk that may report the event a second time.
_SECONDARY = {
    ("channel", "FRA"): "nbf_modern_slavery",  # loads bound for UK members, found at Calais
    ("channel", "GBR"): "ameublement_francais",  # French hauliers' trailers found at Dover
    ("thb_vnm_gbr", "GBR"): "fira_supply_chain",
    ("thb_rou_esp", "ESP"): "fira_supply_chain",
    ("thb_rou_esp", "ITA"): "anieme_cumplimiento",
    ("us_mex", "USA"): "fira_supply_chain",
}

#: The examiner of this set: its desks, routing and way of writing.
EXAMINER: Examiner[Desk] = Examiner(
    sources=DESKS,
    primary=_PRIMARY,
    compilation="fira_supply_chain",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=426_1707,
    blank_share=0.5,
)


def make_blind426(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five furniture and bedding desks of ``blind426``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``nbf_modern_slavery_pl.csv``, ``ameublement_francais_pl.csv``,
        ``anieme_cumplimiento_pl.xlsx``, ``afamjal_seguridad_pl.jsonl`` and
        ``fira_supply_chain_pl.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind426(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['nbf_modern_slavery_pl.csv', 'ameublement_francais_pl.csv',
     'anieme_cumplimiento_pl.xlsx', 'afamjal_seguridad_pl.jsonl',
     'fira_supply_chain_pl.csv']
    >>> [(s.encoding, s.delimiter) for s in subs if s.format == "csv"]
    [('utf-8-sig', ','), ('cp1252', ';'), ('utf-16', '\t')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date du constat', 'Pays du constat']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
