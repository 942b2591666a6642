"""Examiner sample set ``blind361`` (files ``*_my.*``): language schools' compliance desks.

Five sources that follow up students who enrolled on a language course or a
student-visa programme, never attended, and turned up in a smuggling or trafficking
case. Each writes in its own language and with its own tools:

``english_uk_compliance_my.csv``
    English UK (the national association of accredited English-language centres),
    member compliance and safeguarding alerts. CSV exported by Excel as "CSV UTF-8"
    (UTF-8 with BOM, ``,``); English; UK day-first dates and "17 May 2023"; month-only
    dates ("May 2023"); nationality as a demonym ("Afghan") or the passport code;
    "England" / "Scotland" for the country where found; transit "France > Germany";
    "none" / "nil" facilitators; location as one "lat, long" cell. Re-sends rows.
``alliance_francaise_vigilance_my.xlsx``
    Fondation des Alliances Françaises, network vigilance desk (Paris): the network's
    compilation (the events no other source reports) and France. Excel workbook,
    French; real Excel dates with a few typed ones, quarters ("T2 2023",
    "2e trimestre 2023") and months ("mai 2023"); French names and nationalities
    ("afghane"), accents dropped, ISO alpha-2 codes; "MNA" for a minor; counts typed
    with a narrow no-break space ("1 250"); a few coordinates typed with a decimal
    comma.
``fedele_academias_my.csv``
    FEDELE (federation of Spain's schools of Spanish for foreigners), alerts of its
    member academias. CSV from a Spanish Excel: cp1252, ``;``, CRLF; "17/05/2023" and
    "17-may-2023", months as "05/2023"; "H" / "M" for hombre / mujer; nationality
    adjectives ("marroquí"); upper-case names; "1.234" thousands; decimal commas.
``cepe_unam_control_escolar_my.jsonl``
    CEPE-UNAM (Mexico City's centre teaching Spanish to foreigners), school-records
    office: students holding a student residence card reported by INM, found at the US
    border. JSON lines from its school system: Mexican Spanish keys and words ("trata
    de personas", "tráfico de personas" for smuggling, "NNA" for minors, "probables
    responsables"), ISO dates and date-times, nationality as ISO alpha-2, "EUA" for
    the United States, counts sometimes as strings.
``usma_estudiantes_internacionales_my.csv``
    Universidad Católica Santa María La Antigua (Panama), international students'
    office. Excel "Unicode text": UTF-16 with BOM, tab-delimited; Panamanian Spanish;
    day-first dates and Excel serial numbers, months as "mayo 2023"; "M" / "F" for
    masculino / femenino; "EE.UU."; coordinates in degrees, minutes and seconds;
    mojibake in some country names copied from a web form. Re-sends rows.

Each cell's expected clean value is what a careful analyst reads in it; a cell that
says nothing (blank, "N/K", "s/d") expects nothing, or ``unknown`` in a vocabulary
column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES
from trendlib.schema import EVENT_FIELDS

__all__ = ["SOURCES", "Agency", "make_blind361"]

_Rng = np.random.Generator

_MOIS = (
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
_MESES = (
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
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
# Impossible calendar days (day, month) a clerk may type.
_IMPOSSIBLE = ((31, 4), (31, 6), (31, 9), (31, 11), (30, 2), (29, 2))


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One source of the set: what :class:`ExaminerSource` holds plus the agency's words.

    Attributes
    ----------
    day_styles : mapping
        Date style -> weight, for dates written to the day.
    partial_styles : mapping
        Date style -> weight, for dates written to the month or quarter only.
    partial_rate : float
        Share of rows (outside duplicated events) whose date is partial.
    words : mapping
        Column -> canonical value -> the agency's words (the first is the usual one).
    not_applicable : tuple of str
        What the agency writes in the exploitation cell of a smuggling case.
    unknown : tuple of str
        Words for "not known" (counts, nationality, age group, transport).
    zero : tuple of str
        Words for "no suspect".
    no_date : tuple of str
        Words written in place of a date that is not known.
    names : mapping
        ISO alpha-3 -> the agency's usual country name (else the table's name).
    aliases : mapping
        ISO alpha-3 -> other names the agency uses.
    typos : mapping
        ISO alpha-3 -> a misspelling the agency's clerks make.
    demonyms : mapping
        ISO alpha-3 -> nationality adjective.
    styles : mapping
        ``"nationality"``, ``"country"`` or ``"transit"`` -> country style -> weight.
    transit_sep : tuple of str
        Separators of transit countries.
    direct : tuple of str
        Words for a journey without transit.
    offence_sep : tuple of str
        Separators of linked offences.
    coords : str
        ``"pair"``, ``"xlsx"``, ``"comma"``, ``"json"`` or ``"dms"``.
    thousands : str
        Thousands separator of large counts (``""``: none).
    """

    day_styles: Mapping[str, float]
    partial_styles: Mapping[str, float]
    partial_rate: float
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    not_applicable: tuple[str, ...]
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    no_date: tuple[str, ...]
    names: Mapping[str, str]
    aliases: Mapping[str, tuple[str, ...]]
    typos: Mapping[str, str]
    demonyms: Mapping[str, str]
    styles: Mapping[str, Mapping[str, float]]
    transit_sep: tuple[str, ...]
    direct: tuple[str, ...]
    offence_sep: tuple[str, ...]
    coords: str
    thousands: str


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_UK = Agency(
    source="english_uk_compliance",
    filename="english_uk_compliance_my.csv",
    ref="EUK-SA-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Alert ref",
        "event_date": "Incident date",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of individuals",
        "n_suspects": "Facilitators identified",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Home country",
        "destination_country": "Intended destination",
        "detection_country": "Country where found",
        "transit_countries": "Route (via)",
        "transport_mode": "Mode of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Linked offences",
    },
    note="Note: figures provisional - compiled from member centres' alerts, not for onward "
    "dissemination",
    total="TOTAL",
    bad_count=("Several", "A group", "Multiple"),
    repeats=True,
    day_styles={"dmy": 0.8, "d_month_en": 0.2},
    partial_styles={"month_en": 1.0},
    partial_rate=0.05,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery / trafficking"),
            "smuggling": ("People smuggling", "Facilitation", "Smuggling"),
            "both": ("Smuggling & modern slavery", "Trafficking + smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": (
                "Labour exploitation",
                "Labour exploitation (nail bar)",
                "Forced labour",
            ),
            "forced_criminality": (
                "Criminal exploitation",
                "Criminal exploitation (cannabis cultivation)",
            ),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Under 18", "U18", "Minor"),
            "adult": ("Adult", "18+"),
            "mixed": ("Mixed ages", "Adults & minors"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry", "HGV", "Vehicle"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cyber crime",),
            "terrorism": ("Terrorism",),
        },
    },
    not_applicable=("N/A", "n/a"),
    unknown=("N/K", "Not known", "Unknown"),
    zero=("None", "Nil"),
    no_date=("TBC", "N/K"),
    names={"VNM": "Vietnam", "TUR": "Turkey", "CIV": "Ivory Coast"},
    aliases={"GBR": ("UK", "Great Britain"), "VNM": ("Viet Nam",), "DEU": ("Germany",)},
    typos={
        "AFG": "Afghanstan",
        "ERI": "Eritera",
        "ALB": "Albaina",
        "VNM": "Veitnam",
        "IRQ": "Irak",
        "FRA": "Farnce",
        "GBR": "Untied Kingdom",
        "DEU": "Gemany",
    },
    demonyms={
        "AFG": "Afghan",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
    },
    styles={
        "nationality": {"demonym": 0.6, "iso3": 0.25, "name": 0.1, "typo": 0.05},
        "country": {"name": 0.8, "alias": 0.08, "typo": 0.05, "upper": 0.04, "iso3": 0.03},
        "transit": {"name": 0.9, "typo": 0.05, "alias": 0.05},
    },
    transit_sep=(" > ",),
    direct=("Direct", "direct"),
    offence_sep=("; ",),
    coords="pair",
    thousands=",",
)

_FR = Agency(
    source="alliance_francaise_vigilance",
    filename="alliance_francaise_vigilance_my.xlsx",
    ref="FAF/VIG/{yy:02d}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires transmises par les Alliances du réseau - diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
    day_styles={"xl": 0.85, "dmy": 0.15},
    partial_styles={"quarter_fr": 0.4, "quarter_fr_long": 0.2, "month_fr": 0.4},
    partial_rate=0.07,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH"),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "trafic de migrants",
                "filière d'immigration irrégulière",
            ),
            "both": ("TEH et trafic de migrants", "traite + aide à l'entrée irrégulière"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution contrainte"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("femme", "F", "féminin"),
            "male": ("homme", "H", "masculin"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineur", "MNA", "mineurs"),
            "adult": ("majeur", "adulte"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("maritime", "embarcation", "bateau"),
            "land": ("terrestre", "poids lourd", "véhicule léger", "à pied"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire", "faux documents"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    not_applicable=("sans objet", "SO"),
    unknown=("NC", "non précisé", "inconnu"),
    zero=("aucun", "néant"),
    no_date=("NC", "non datée"),
    names={"VNM": "Vietnam", "CIV": "Côte d'Ivoire"},
    aliases={
        "GBR": ("Angleterre", "UK"),
        "USA": ("USA",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "CIV": ("Côte d’Ivoire",),
    },
    typos={
        "EGY": "Egypte",
        "ERI": "Erythrée",
        "DZA": "Algerie",
        "SEN": "Senegal",
        "GIN": "Guinee",
        "GRC": "Grece",
        "CIV": "Cote d'Ivoire",
        "NGA": "Nigeria",
        "LBY": "Lybie",
        "BGD": "Bangaldesh",
        "PAK": "Pakitsan",
        "AFG": "Afghanisatn",
        "ITA": "Itallie",
        "IRQ": "Iraq",
        "MAR": "Marroc",
        "CMR": "Cameroon",
        "TUR": "Turquis",
        "DEU": "Allemagen",
    },
    demonyms={
        "TUN": "tunisienne",
        "EGY": "égyptienne",
        "BGD": "bangladaise",
        "CIV": "ivoirienne",
        "GIN": "guinéenne",
        "SYR": "syrienne",
        "ERI": "érythréenne",
        "PAK": "pakistanaise",
        "AFG": "afghane",
        "IRQ": "irakienne",
        "IRN": "iranienne",
        "CMR": "camerounaise",
        "MAR": "marocaine",
        "TUR": "turque",
        "YEM": "yéménite",
        "ALB": "albanaise",
        "VNM": "vietnamienne",
        "NGA": "nigériane",
        "ROU": "roumaine",
        "DZA": "algérienne",
        "MLI": "malienne",
        "SEN": "sénégalaise",
        "GMB": "gambienne",
    },
    styles={
        "nationality": {"demonym": 0.45, "name": 0.4, "typo": 0.07, "iso2": 0.05, "upper": 0.03},
        "country": {"name": 0.8, "typo": 0.08, "iso2": 0.05, "alias": 0.04, "upper": 0.03},
        "transit": {"name": 0.85, "iso2": 0.1, "typo": 0.05},
    },
    transit_sep=(", ", " / "),
    direct=("direct",),
    offence_sep=(" ; ", ", "),
    coords="xlsx",
    thousands="\u202f",
)

_ES = Agency(
    source="fedele_academias",
    filename="fedele_academias_my.csv",
    ref="FED-{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología delictiva",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de investigados",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
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
    note="Nota: datos provisionales facilitados por los centros asociados",
    total="TOTAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    day_styles={"dmy": 0.75, "d_mon_es": 0.25},
    partial_styles={"month_slash": 1.0},
    partial_rate=0.04,
    words={
        "crime_type": {
            "trafficking": ("trata de seres humanos", "TSH"),
            "smuggling": (
                "favorecimiento de la inmigración ilegal",
                "tráfico ilícito de migrantes",
                "inmigración clandestina",
            ),
            "both": ("trata y tráfico de migrantes", "TSH + inmigración ilegal"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("mujer", "M", "femenino"),
            "male": ("hombre", "H", "masculino"),
            "mixed": ("ambos sexos", "mixto"),
        },
        "age_group": {
            "child": ("menor", "menores de edad"),
            "adult": ("adulto", "mayor de edad"),
            "mixed": ("adultos y menores",),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "embarcación neumática", "marítimo"),
            "land": ("terrestre", "vehículo", "a pie"),
            "air": ("aéreo", "vuelo comercial"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    not_applicable=("no procede",),
    unknown=("s/d", "no consta"),
    zero=("ninguno",),
    no_date=("s/f",),
    names={},
    aliases={
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "GBR": ("Gran Bretaña",),
        "USA": ("EE. UU.",),
    },
    typos={
        "MAR": "Marueccos",
        "DZA": "Argelía",
        "SEN": "Senegla",
        "MRT": "Mauritaina",
        "NGA": "Nigéria",
        "ITA": "Itaila",
        "FRA": "Fancia",
        "HUN": "Hungria",
        "AUT": "Autria",
        "ESP": "Espña",
    },
    demonyms={
        "MAR": "marroquí",
        "DZA": "argelina",
        "GIN": "guineana",
        "MLI": "maliense",
        "SEN": "senegalesa",
        "GMB": "gambiana",
        "CIV": "marfileña",
        "ROU": "rumana",
        "NGA": "nigeriana",
    },
    styles={
        "nationality": {"demonym": 0.6, "name": 0.3, "typo": 0.05, "upper": 0.05},
        "country": {"name": 0.82, "upper": 0.08, "typo": 0.05, "alias": 0.05},
        "transit": {"name": 0.9, "upper": 0.1},
    },
    transit_sep=("-", ", "),
    direct=("directo",),
    offence_sep=(" / ",),
    coords="comma",
    thousands=".",
)

_MX = Agency(
    source="cepe_unam_control_escolar",
    filename="cepe_unam_control_escolar_my.jsonl",
    ref="CEPE-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_evento",
        "crime_type": "tipo_delito",
        "exploitation": "modalidad_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_probables_responsables",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "delitos_vinculados",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "grupo"),
    repeats=False,
    day_styles={"iso": 0.7, "iso_time": 0.3},
    partial_styles={"month_iso": 1.0},
    partial_rate=0.04,
    words={
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico de personas", "tráfico de indocumentados"),
            "both": ("trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos o servicios forzados", "explotación laboral"),
            "forced_criminality": ("utilización en actividades delictivas",),
            "organ_removal": ("tráfico de órganos",),
            "forced_marriage": ("matrimonio forzoso",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("mujer", "femenino"),
            "male": ("hombre", "masculino"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "child": ("NNA", "menor de edad"),
            "adult": ("adulto", "mayor de edad"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "lancha"),
            "land": ("terrestre", "tractocamión", "a pie", "autobús"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("uso de documento falso", "falsificación de documentos"),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("delitos contra la salud",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    not_applicable=(),
    unknown=("sin dato", "S/D"),
    zero=("ninguno",),
    no_date=(),
    names={"USA": "Estados Unidos"},
    aliases={"USA": ("EUA", "E.U.A.", "Estados Unidos de América")},
    typos={},
    demonyms={},
    styles={
        "nationality": {"iso2": 0.85, "name": 0.15},
        "country": {"name": 0.85, "alias": 0.1, "iso2": 0.05},
        "transit": {"name": 0.7, "iso2": 0.3},
    },
    transit_sep=(", ",),
    direct=(),
    offence_sep=(", ",),
    coords="json",
    thousands="",
)

_PA = Agency(
    source="usma_estudiantes_internacionales",
    filename="usma_estudiantes_internacionales_my.csv",
    ref="USMA-OEI-{seq:04d}-{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Forma de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de implicados",
        "gender": "Sexo",
        "age_group": "Rango de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino final",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: información preliminar, sujeta a verificación con Migración",
    total="Total",
    bad_count=("varios", "grupo grande"),
    repeats=True,
    day_styles={"dmy": 0.75, "serial": 0.25},
    partial_styles={"month_es": 1.0},
    partial_rate=0.04,
    words={
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual comercial", "explotación sexual"),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("femenino", "F"),
            "male": ("masculino", "M"),
            "mixed": ("ambos", "mixto"),
        },
        "age_group": {
            "child": ("menor de edad", "NNA"),
            "adult": ("adulto", "mayor de edad"),
            "mixed": ("mixto", "adultos y menores"),
        },
        "transport_mode": {
            "sea": ("marítimo", "lancha"),
            "land": ("terrestre", "a pie"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    not_applicable=("N/A",),
    unknown=("S/D", "sin información"),
    zero=("ninguno",),
    no_date=("S/F",),
    names={},
    aliases={
        "USA": ("EE.UU.", "Estados Unidos de América"),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "PAN": ("Rep. de Panamá",),
        "CHN": ("Rep. Popular China",),
    },
    typos={"VEN": "Venezula", "COL": "Colmbia", "ECU": "Ecaudor", "HTI": "Haiti"},
    demonyms={},
    styles={
        "nationality": {"name": 0.85, "mojibake": 0.1, "typo": 0.05},
        "country": {"name": 0.85, "mojibake": 0.08, "alias": 0.07},
        "transit": {"name": 0.95, "typo": 0.05},
    },
    transit_sep=(" / ",),
    direct=(),
    offence_sep=("; ",),
    coords="dms",
    thousands=",",
)

#: The set's sources, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (_UK, _FR, _ES, _MX, _PA)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _date_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> tuple[object, pd.Timestamp, str]:
    """Write ``ts`` in ``style``; return (cell, expected date, precision)."""
    m = ts.month - 1
    day_cells: dict[str, object] = {
        "dmy": ts.strftime("%d/%m/%Y"),
        "d_month_en": f"{ts.day} {MONTHS[m]} {ts.year}",
        "d_mon_es": f"{ts.day:02d}-{_MESES[m][:3]}-{ts.year}",
        "iso": ts.strftime("%Y-%m-%d"),
        "serial": str((ts.normalize() - _EXCEL_EPOCH).days),
    }
    if style in day_cells:
        return day_cells[style], ts, "day"
    if style == "xl":
        return ts.to_pydatetime(), ts, "day"
    if style == "iso_time":
        hour, minute = int(rng.integers(7, 23)), int(rng.integers(0, 60))
        return f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:00", ts, "day"
    month_start = ts.to_period("M").start_time
    month_cells = {
        "month_en": f"{MONTHS[m]} {ts.year}",
        "month_fr": f"{_MOIS[m]} {ts.year}",
        "month_es": f"{_MESES[m]} {ts.year}",
        "month_slash": f"{ts.month:02d}/{ts.year}",
        "month_iso": f"{ts.year}-{ts.month:02d}",
    }
    if style in month_cells:
        return month_cells[style], month_start, "month"
    q = ts.quarter
    quarter_start = ts.to_period("Q").start_time
    if style == "quarter_fr":
        return f"T{q} {ts.year}", quarter_start, "quarter"
    return f"{q}{'er' if q == 1 else 'e'} trimestre {ts.year}", quarter_start, "quarter"


def _word(src: Agency, column: str, value: str, rng: _Rng) -> str:
    """Return the agency's word for a canonical value (the usual one 65 % of the time)."""
    forms = src.words[column][value]
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _country(
    src: Agency, kind: str, iso: str, rng: _Rng, style: str | None = None
) -> tuple[str, str]:
    """Write one country as the agency does in a column of ``kind``; return (cell, style)."""
    name = src.names.get(iso) or str(COUNTRIES[iso][_LANG_COL[src.language]])
    style = style or _weighted(rng, src.styles[kind])
    alpha2, _ = iso_codes(iso)
    forms = {
        "name": name,
        "upper": name.upper(),
        "iso3": iso,
        "iso2": alpha2,
        "typo": src.typos.get(iso, name),
        "demonym": src.demonyms.get(iso, name),
        "mojibake": mojibake(name) or name,
        "alias": choice(rng, src.aliases[iso]) if iso in src.aliases else name,
    }
    cell = forms[style]
    return cell, style if cell != name or style in ("iso2", "iso3") else "name"


def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, bool]:
    """Write a count as the agency does; return (cell, thousands separator used)."""
    if src.format == "xlsx":
        if n >= 1000 and rng.random() < 0.8:  # pasted from a report: text, not a number
            return f"{n // 1000}{src.thousands}{n % 1000:03d}", True
        return n, False
    if src.format == "jsonl":
        return (str(n) if rng.random() < 0.15 else n), False
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", True
    return str(n), False


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds (a tenth of a second) and the value they say."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    hemi = pos if value >= 0 else neg
    said = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}", said


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float]:
    """Write a point in the agency's style; return (cells, expected lat, expected lon)."""
    if src.coords == "pair":
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo
    if src.coords == "dms":
        t_lat, la = _dms(lat, "N", "S")
        t_lon, lo = _dms(lon, "E", "W")
        return {"coordinates": f"{t_lat} {t_lon}"}, round(la, 6), round(lo, 6)
    la, lo = round(lat, 5), round(lon, 5)
    if src.coords == "comma" or (src.coords == "xlsx" and rng.random() < 0.15):
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    return {"lat": la, "lon": lo}, la, lo


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    if partial_ok and rng.random() < src.partial_rate:
        style = _weighted(rng, src.partial_styles)
        tags.append("partial_date")
    else:
        style = _weighted(rng, src.day_styles)
        if style == "serial":
            tags.append("excel_serial")
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(style, ts, rng)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        if src.not_applicable and rng.random() < 0.35:
            cells["exploitation"] = choice(rng, src.not_applicable)
            tags.append("not_applicable:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, src.unknown)
        tags.append("count_placeholder")
    else:
        cells["n_persons"], big = _count(src, n, rng)
        exp["n_persons"] = n
        if big:
            tags.append("thousands:n_persons")

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.03:
        tags.append("blank_n_suspects")
    elif r < 0.06:
        cells["n_suspects"] = choice(rng, src.unknown)
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero and rng.random() < 0.5:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, k, rng)[0]
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng)
        exp["gender"] = gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = choice(rng, src.unknown)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _word(src, col, value, rng)
            exp[col] = value

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.03:
        if rng.random() < 0.5:
            cells["nationality"] = choice(rng, src.unknown)
        tags.append("blank_nationality")
    else:
        cells["nationality"], seen = _country(src, "nationality", nat, rng)
        exp["nationality"] = nat
        if seen != "name":
            tags.append(f"{seen}:nationality")
    for col in ("origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if col == "detection_country" and forced_blank == "detection_country":
            tags.append("blank_detection_country")
            continue
        if col == "detection_country" and src is _UK and iso == "GBR" and rng.random() < 0.15:
            # UK members name the nation where the student was found
            cells[col] = "Scotland" if ev.get("hotspot") == "Glasgow" else "England"
            tags.append("uk_nation:detection_country")
        else:
            cells[col], seen = _country(src, "country", iso, rng)
            if seen != "name":
                tags.append(f"{seen}:{col}")
        exp[col] = iso

    transit = ev["transit_countries"]
    if transit is None:
        if src.direct and rng.random() < 0.4:
            cells["transit_countries"] = choice(rng, src.direct)
            tags.append("direct_word")
    else:
        # one way of writing the whole list, as a clerk or a drop-down list does
        style = _weighted(rng, src.styles["transit"])
        parts = [_country(src, "transit", c, rng, style) for c in str(transit).split("|")]
        cells["transit_countries"] = choice(rng, src.transit_sep).join(p[0] for p in parts)
        exp["transit_countries"] = str(transit)
        if any(p[1] != "name" for p in parts):
            tags.append("styled:transit_countries")

    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif rng.random() < 0.04:
        tags.append("coords_missing")
    else:
        point, exp["lat"], exp["lon"] = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(point)

    offences = ev["linked_offences"]
    if offences is not None:
        written = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_sep).join(written)
        exp["linked_offences"] = str(offences)

    # A few cells typed in capitals, lower case or with stray spaces (the meaning stays).
    for col in ("crime_type", "gender", "origin_country", "destination_country"):
        cell = cells.get(col)
        if isinstance(cell, str) and rng.random() < 0.04:
            kind = int(rng.integers(3))
            cells[col] = cell.upper() if kind == 0 else cell.lower() if kind == 1 else f" {cell}  "
            if cells[col] != cell:
                tags.append(f"case:{col}")
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell that cannot be used: missing, impossible or in the future."""
    if kind == "no_date":
        if src.no_date and rng.random() < 0.35:
            return choice(rng, src.no_date)
        return None
    if kind == "bad_date":
        leap = ts.year % 4 == 0
        options = [dm for dm in _IMPOSSIBLE if not (leap and dm == (29, 2))]
        day, month = options[int(rng.integers(len(options)))]
        if src.format == "jsonl":
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    # future: the tens digit of the year mistyped (2023 -> 2033)
    future = ts.replace(year=ts.year + 10, day=min(ts.day, 28) if ts.month == 2 else ts.day)
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date on the note row: the day of the extract's last case."""
    if src.format == "xlsx":
        return dt.datetime(last.year, last.month, last.day)
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _UK.source,
        "FRA": _FR.source,
        "ESP": _ES.source,
        "USA": _MX.source,
        "PAN": _PA.source,
    },
    compilation=_FR.source,
    secondary={
        ("channel", "FRA"): _UK.source,
        ("channel", "GBR"): _FR.source,
        ("thb_vnm_gbr", "GBR"): _FR.source,
        ("wmed", "ESP"): _FR.source,
        ("watl", "ESP"): _FR.source,
        ("thb_rou_esp", "ESP"): _FR.source,
        ("thb_rou_esp", "ITA"): _ES.source,
        ("thb_nga_ita", "ITA"): _ES.source,
        ("darien", "PAN"): _MX.source,
        ("us_mex", "USA"): _PA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=361,
    blank_share=0.35,
)


def make_blind361(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five compliance desks of set ``blind361`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        English UK (CSV, UTF-8 with BOM), the Fondation des Alliances Françaises
        (XLSX), FEDELE (CSV, cp1252, ``;``), CEPE-UNAM (JSON lines) and USMA Panama
        (CSV, UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind361(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['english_uk_compliance_my.csv', 'alliance_francaise_vigilance_my.xlsx',
     'fedele_academias_my.csv', 'cepe_unam_control_escolar_my.jsonl',
     'usma_estudiantes_internacionales_my.csv']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'utf-8', 'cp1252', 'utf-8', 'utf-16']
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº expediente', 'Fecha de los hechos', 'Tipología delictiva']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
