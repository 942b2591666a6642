"""Examiner sample set ``blind278`` (files ``*_jt.*``): food-safety inspectorates.

Five agencies whose inspectors meet exploited or smuggled workers while checking
fish-processing plants, slaughterhouses, dairies, packing houses and the lorries that
serve them, each writing its export its own way:

``ddpp_littoral_jt.csv``
    The French *Directions départementales de la protection des populations* of the
    Pas-de-Calais and the Nord (Boulogne-sur-Mer's fish trade, Calais, Dunkirk):
    French, cp1252, ``;``, CRLF, day-first dates (some with the time of the check,
    some with a two-digit year, a few month or quarter only), decimal commas in
    separate latitude / longitude columns, nationalities often written as French
    adjectives (*afghane*), "Angleterre" for the United Kingdom, "néant" for no
    suspect, "NC" for a count not known, a RESYTAL extraction note and a TOTAL row.
``aesan_control_oficial_jt.xlsx``
    Spain's AESAN, compiling what the regional official-control inspectors (Andalucía,
    Canarias, Ceuta, Melilla) report: Spanish, real Excel dates (a few typed as text,
    a few left as serial numbers, some month or quarter only), numeric counts,
    upper-case country names and Spanish adjectives (*marroquí*), "MENA" for an
    unaccompanied minor, "Directo" for no transit country, rows of one old regional
    template garbled by a UTF-8 / cp1252 mix-up (mojibake), and rows sent twice.
``fsa_nfcu_jt.csv``
    The UK Food Standards Agency's National Food Crime Unit intelligence log: English,
    UTF-16 with tabs (Excel's "Unicode text"), UK dates ("17/05/2023", "17 May 2023",
    "17-May-23"), English demonyms (*Vietnamese*), "England" / "Scotland" for the
    country of encounter, routes written ``China > Russia > Poland``, one
    "lat, long" cell, count words ("two") and "nil" suspects.
``mida_dinasa_jt.csv``
    Panama's Ministry of Agricultural Development (MIDA), quarantine checkpoints on the
    Pan-American highway in Darién: Spanish, latin-1, ``,``, dates ``17-05-2023`` or
    ``2023/05/17``, counts with a comma thousands separator (Panama's US-style
    numbers), GPS coordinates in degrees, minutes and seconds, "NNA" (*niños, niñas y
    adolescentes*) for children.
``opson_desk_jt.jsonl``
    The Europol-Interpol OPSON operation desk, compiling its partners' reports of
    every other detection country (Italy, Greece, Croatia, Poland, the United States)
    and a second report of some events: JSON lines, English keys and enumerations
    (``THB``, ``SOM``), ISO codes (alpha-2 for the country of detection, alpha-3 or
    M49 numeric elsewhere), ISO dates with or without time, ``2023-05`` or ``2023-Q2``.

The truth says what a careful analyst reads from each cell: a partial date is the first
day of its month or quarter, a placeholder count is no count, a word for "nobody" is
zero, a blank or "not known" cell is nothing (``unknown`` in a vocabulary column).
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
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND278_SOURCES", "make_blind278"]

_Rng = np.random.Generator
_Weights = tuple[tuple[str, float], ...]

#: Date styles written with a day; the others give a month or a quarter only.
_MONTH_STYLES = ("month_name", "month_num", "ym")
_QUARTER_STYLES = ("quarter_fr", "quarter_es", "quarter_en", "yq")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """One agency of the set: the shared fields plus its own wording."""

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    no_exploitation: tuple[str | None, ...]  # written on a pure smuggling row
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    offence_seps: tuple[str, ...]
    transit_seps: tuple[str, ...]
    transit_style: str  # "name" or "iso3"
    direct: tuple[str, ...]  # written for "no transit country" (none: blank)
    unknown: tuple[str, ...]  # "not known" words
    count_placeholder: tuple[str, ...]
    zero: tuple[str, ...]  # "nobody" words for a count of suspects
    dates: _Weights  # first = the usual style, always with a day
    countries: _Weights  # style weights of origin / destination
    nationality: _Weights
    detection: _Weights
    coords: str  # "comma", "xlsx", "pair", "dms", "json"
    count_words: bool
    thousands: str
    places: Mapping[str, tuple[str, ...]]  # mode -> establishment written


# --------------------------------------------------------------------------------------
# Wording shared by the set
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Nationality adjectives (a careful analyst reads the country).
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
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
    },
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "BGD": "bangladaise",
        "CHN": "chinoise",
        "CIV": "ivoirienne",
        "CMR": "camerounaise",
        "DZA": "algérienne",
        "EGY": "égyptienne",
        "ERI": "érythréenne",
        "GIN": "guinéenne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
        "MLI": "malienne",
        "NGA": "nigériane",
        "PAK": "pakistanaise",
        "ROU": "roumaine",
        "SEN": "sénégalaise",
        "SYR": "syrienne",
        "TUN": "tunisienne",
        "TUR": "turque",
        "VNM": "vietnamienne",
        "YEM": "yéménite",
    },
    "es": {
        "AFG": "afgana",
        "ALB": "albanesa",
        "BGD": "bangladesí",
        "CHN": "china",
        "CIV": "marfileña",
        "CMR": "camerunesa",
        "COL": "colombiana",
        "DZA": "argelina",
        "ECU": "ecuatoriana",
        "EGY": "egipcia",
        "GIN": "guineana",
        "GMB": "gambiana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "HTI": "haitiana",
        "MAR": "marroquí",
        "MEX": "mexicana",
        "MLI": "maliense",
        "NGA": "nigeriana",
        "PAK": "pakistaní",
        "ROU": "rumana",
        "SEN": "senegalesa",
        "SYR": "siria",
        "TUN": "tunecina",
        "VEN": "venezolana",
    },
}

#: Everyday names a clerk writes instead of the official one.
_ALIASES: dict[str, dict[str, str]] = {
    "en": {"GBR": "UK", "USA": "USA", "TUR": "Turkey", "VNM": "Vietnam", "CIV": "Ivory Coast"},
    "fr": {"GBR": "Angleterre", "USA": "USA", "VNM": "Vietnam", "DEU": "RFA"},
    "es": {"GBR": "Inglaterra", "USA": "EE.UU.", "VNM": "Vietnam", "TUR": "Turquía"},
}

#: UK nations of the encounter, by hotspot.
_UK_NATION = {"Glasgow": "Scotland"}

#: Spanish autonomous community (or "Ciudad autónoma") of a hotspot, as AESAN writes it.
_CCAA = {
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
    "Almería": "Andalucía",
    "Almería (El Ejido)": "Andalucía",
    "Huelva": "Andalucía",
    "Gran Canaria": "Canarias",
    "Tenerife": "Canarias",
    "El Hierro": "Canarias",
    "Lanzarote": "Canarias",
}

#: OPSON partner of each detection country.
_PARTNERS = {
    "ITA": "IT - Carabinieri NAS",
    "GRC": "GR - EFET",
    "HRV": "HR - State Inspectorate",
    "POL": "PL - IJHARS",
    "USA": "US - FDA OCI",
    "PAN": "PA - MIDA / SENAFRONT",
    "ESP": "ES - AESAN",
    "GBR": "UK - FSA NFCU",
    "FRA": "FR - DGAL BNEVP",
}

_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
DDPP = _Source(
    source="ddpp_littoral",
    filename="ddpp_littoral_jt.csv",
    ref="{seq:04d}/DDPP-LIT/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du contrôle",
        "establishment": "Type d'établissement",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays du contrôle",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction RESYTAL / signalements art. 40 - données provisoires, diffusion restreinte",
    total="TOTAL",
    bad_count=("#VALEUR!", "#REF!", "x x"),
    repeats=False,
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite (art. 225-4-1 CP)"),
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
            "aide à l'entrée irrégulière (L823-1 CESEDA)",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=(None, None, "sans objet"),
    gender={
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("H/F", "mixte"),
    },
    age={
        "adult": ("majeurs", "majeur", "adultes"),
        "child": ("mineurs", "mineur", "MNA"),
        "mixed": ("majeurs et mineurs", "familles"),
    },
    mode={
        "sea": ("small boat", "embarcation", "canot pneumatique"),
        "land": ("camion frigorifique", "poids lourd", "véhicule utilitaire"),
        "air": ("avion", "voie aérienne"),
    },
    offences={
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande de tabac"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_seps=(" / ", ", "),
    transit_seps=(" - ", ", "),
    transit_style="name",
    direct=(),
    unknown=("inconnu", "NC", "non renseigné"),
    count_placeholder=("NC", "non dénombré"),
    zero=("néant", "aucun"),
    dates=(
        ("dmy", 0.75),
        ("dmy_time", 0.1),
        ("dmy_yy", 0.07),
        ("month_name", 0.05),
        ("quarter_fr", 0.03),
    ),
    countries=(("name", 0.7), ("upper", 0.12), ("alias", 0.1), ("typo", 0.05), ("iso2", 0.03)),
    nationality=(("demonym", 0.45), ("name", 0.4), ("upper", 0.1), ("typo", 0.05)),
    detection=(("name", 0.85), ("upper", 0.1), ("iso2", 0.05)),
    coords="comma",
    count_words=False,
    thousands="\u00a0",
    places={
        "sea": ("halle à marée", "atelier de mareyage", "navire de pêche"),
        "land": ("abattoir", "atelier de découpe", "conserverie", "fumaison", "entrepôt frigo"),
        "air": ("entrepôt frigo", "atelier de découpe"),
    },
)

AESAN = _Source(
    source="aesan_control_oficial",
    filename="aesan_control_oficial_jt.xlsx",
    ref="EXP-{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de inspección",
        "region": "Comunidad autónoma",
        "establishment": "Actividad del establecimiento",
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
    note="Datos provisionales; fuente: comunicaciones de las CC.AA. al SCIRI",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "#REF!", "--?"),
    repeats=True,
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "Trata (art. 177 bis CP)"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular",
            "Inmigración clandestina (art. 318 bis CP)",
        ),
        "both": ("Trata y tráfico de migrantes", "TSH + art. 318 bis"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    no_exploitation=(None, "No procede"),
    gender={
        "male": ("Varones", "Hombres", "H"),
        "female": ("Mujeres", "Mujer"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores", "Familias"),
    },
    mode={
        "sea": ("Patera", "Neumática", "Embarcación"),
        "land": ("Vehículo", "Camión", "A pie", "Furgoneta"),
        "air": ("Avión", "Aéreo"),
    },
    offences={
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_seps=("; ", " y "),
    transit_seps=(", ", " / "),
    transit_style="name",
    direct=("Directo", "Ninguno (directo)"),
    unknown=("Desconocido", "s/d", "N/D"),
    count_placeholder=("s/d", "sin determinar"),
    zero=("ninguno", "Ninguno"),
    dates=(
        ("excel", 0.72),
        ("dmy", 0.12),
        ("serial", 0.05),
        ("month_name", 0.07),
        ("quarter_es", 0.04),
    ),
    countries=(("upper", 0.45), ("name", 0.4), ("alias", 0.05), ("typo", 0.05), ("iso2", 0.05)),
    nationality=(("upper", 0.35), ("demonym", 0.3), ("name", 0.25), ("iso2", 0.05), ("typo", 0.05)),
    detection=(("upper", 0.5), ("name", 0.45), ("iso2", 0.05)),
    coords="xlsx",
    count_words=False,
    thousands=".",
    places={
        "sea": ("Lonja pesquera", "Buque pesquero", "Puerto pesquero (desembarco)"),
        "land": ("Matadero", "Sala de despiece", "Conservera", "Almacén hortofrutícola"),
        "air": ("Industria láctea", "Almacén hortofrutícola"),
    },
)

FSA = _Source(
    source="fsa_nfcu",
    filename="fsa_nfcu_jt.csv",
    ref="NFCU/{yy:02d}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "NFCU Reference",
        "event_date": "Date of Encounter",
        "establishment": "Premises Type",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons",
        "n_suspects": "No. of Suspects",
        "gender": "Sex",
        "age_group": "Adult / Child",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "detection_country": "Country of Encounter",
        "transit_countries": "Route (transit)",
        "transport_mode": "Method of Travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Associated Offences",
    },
    note="OFFICIAL-SENSITIVE - NFCU intelligence log extract - no onward sharing without consent",
    total="Total",
    bad_count=("#VALUE!", "#REF!", "#DIV/0!"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "MSA 2015 s.2"),
        "smuggling": ("Facilitation", "People smuggling", "s.25 Immigration Act 1971"),
        "both": ("Modern slavery + facilitation", "Trafficking & smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour", "Labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=(None, "N/A"),
    gender={
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "M/F"),
    },
    age={
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Child", "Minor", "U18"),
        "mixed": ("Adults and children", "Mixed"),
    },
    mode={
        "sea": ("Small boat", "RHIB", "Boat"),
        "land": ("HGV", "Lorry", "Car"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("document fraud", "false ID documents"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "cannabis cultivation"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_seps=("; ", ", "),
    transit_seps=(" > ",),
    transit_style="name",
    direct=("Direct",),
    unknown=("Unknown", "Not known", "N/K"),
    count_placeholder=("Unknown", "TBC"),
    zero=("nil", "none"),
    dates=(
        ("dmy", 0.5),
        ("d_month_y", 0.25),
        ("d_mon_yy", 0.15),
        ("month_name", 0.06),
        ("quarter_en", 0.04),
    ),
    countries=(("name", 0.75), ("alias", 0.1), ("iso3", 0.1), ("typo", 0.05)),
    nationality=(("demonym", 0.6), ("name", 0.25), ("iso3", 0.1), ("typo", 0.05)),
    detection=(("region", 0.6), ("alias", 0.25), ("name", 0.15)),
    coords="pair",
    count_words=True,
    thousands=",",
    places={
        "sea": ("Fish landing / market", "Fishing vessel"),
        "land": ("Meat cutting plant", "Slaughterhouse", "Shellfish depuration centre", "Dairy"),
        "air": ("Food packing warehouse", "Meat cutting plant"),
    },
)

MIDA = _Source(
    source="mida_dinasa",
    filename="mida_dinasa_jt.csv",
    ref="DINASA-{seq:05d}-{year}",
    format="csv",
    encoding="latin-1",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "N° de acta",
        "event_date": "Fecha",
        "establishment": "Puesto de control",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: información preliminar sujeta a validación por la DINASA",
    total="TOTAL",
    bad_count=("#¡VALOR!", "??", "#REF!"),
    repeats=False,
    crime={
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual comercial", "Sexual"),
        "forced_labour": ("Laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
        "other": ("Otra",),
    },
    no_exploitation=(None,),
    gender={
        "male": ("Masculino", "Masc."),
        "female": ("Femenino", "Fem."),
        "mixed": ("Mixto", "Ambos"),
    },
    age={
        "adult": ("Adultos", "Adulto"),
        "child": ("NNA", "Menores"),
        "mixed": ("Adultos y NNA", "Grupo familiar"),
    },
    mode={
        "sea": ("Lancha", "Marítimo"),
        "land": ("A pie", "Terrestre", "Bus", "Camión"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando", "drogas"),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    offence_seps=(", ",),
    transit_seps=(" - ", ", "),
    transit_style="name",
    direct=(),
    unknown=("No determinado", "S/D", "Desconocida"),
    count_placeholder=("Por determinar", "S/D"),
    zero=("ninguno", "Ninguno"),
    dates=(("dmy_dash", 0.65), ("ymd_slash", 0.3), ("month_num", 0.05)),
    countries=(("name", 0.8), ("upper", 0.15), ("iso2", 0.05)),
    nationality=(("demonym", 0.5), ("name", 0.35), ("upper", 0.1), ("iso2", 0.05)),
    detection=(("name", 0.8), ("upper", 0.2)),
    coords="dms",
    count_words=False,
    thousands=",",
    places={
        "sea": ("PCC Puerto Quimba",),
        "land": ("PCC Agua Fría", "PCC Metetí", "PCC Yaviza"),
        "air": ("Aeropuerto de Tocumen",),
    },
)

OPSON = _Source(
    source="opson_desk",
    filename="opson_desk_jt.jsonl",
    ref="OPS{yy:02d}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "detection_date",
        "partner": "reporting_partner",
        "establishment": "sector",
        "crime_type": "crime_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_identified",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "detection_country_code",
        "transit_countries": "transit_route",
        "transport_mode": "transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associated_crimes",
    },
    note=None,
    total="SUMMARY_TOTAL",
    bad_count=("NaN", "ERR", "n.a.n"),
    repeats=False,
    crime={
        "trafficking": ("THB", "thb"),
        "smuggling": ("SOM", "som"),
        "both": ("THB+SOM", "THB/SOM"),
    },
    exploitation={
        "sexual": ("SEXUAL",),
        "forced_labour": ("LABOUR", "FORCED_LABOUR"),
        "forced_criminality": ("CRIMINALITY",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
    },
    no_exploitation=(None,),
    gender={"male": ("M",), "female": ("F",), "mixed": ("MIXED",)},
    age={"adult": ("ADULT",), "child": ("MINOR",), "mixed": ("MIXED",)},
    mode={"sea": ("SEA", "VESSEL"), "land": ("LAND", "ROAD"), "air": ("AIR",)},
    offences={
        "document_fraud": ("DOC_FRAUD",),
        "corruption": ("CORRUPTION",),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("ILLICIT_GOODS",),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
    offence_seps=(", ",),
    transit_seps=("-",),
    transit_style="iso3",
    direct=(),
    unknown=("UNKNOWN",),
    count_placeholder=("unknown",),
    zero=(),
    dates=(("iso", 0.6), ("iso_time", 0.2), ("ym", 0.12), ("yq", 0.08)),
    countries=(("iso3", 0.8), ("num", 0.12), ("name", 0.08)),
    nationality=(("iso3", 0.85), ("name", 0.1), ("iso2", 0.05)),
    detection=(("iso2", 1.0),),
    coords="json",
    count_words=False,
    thousands="",
    places={
        "sea": ("seafood", "fishing vessel"),
        "land": ("meat", "dairy", "fruit & vegetables", "poultry"),
        "air": ("seafood", "meat"),
    },
)

#: The set's sources, in the order of the submissions.
BLIND278_SOURCES: tuple[_Source, ...] = (DDPP, AESAN, FSA, MIDA, OPSON)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: _Weights) -> str:
    """Draw one key of ``weights`` by its weight."""
    w = np.array([p for _, p in weights], dtype=float)
    return weights[int(rng.choice(len(weights), p=w / w.sum()))][0]


def _safe(src: _Source, text: str) -> str:
    """Replace what the source's encoding cannot hold (a clerk's keyboard would)."""
    if fits(text, src):
        return text
    plain = text.replace("’", "'").replace("\u202f", " ")
    return plain if fits(plain, src) else plain.encode(src.encoding, "replace").decode(src.encoding)


def _swap(text: str) -> str:
    """Two letters of the middle swapped (a typing slip); names of 6+ letters only."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _day_text(style: str, lang: str, y: int, m: int, d: int) -> str:
    """Write a day in the source's usual style from its parts (also impossible ones)."""
    month = _MONTHS[lang][m - 1] if 1 <= m <= 12 else str(m)
    if style in ("dmy", "excel", "serial", "dmy_time"):
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dmy_yy":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == "dmy_dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "ymd_slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style in ("iso", "iso_time"):
        return f"{y}-{m:02d}-{d:02d}"
    if style == "d_month_y":
        return f"{d} {month} {y}"
    if style == "d_mon_yy":
        return f"{d:02d}-{month[:3]}-{y % 100:02d}"
    raise ValueError(f"no day style {style!r}")  # a programming error of this module


def _date_cell(
    src: _Source, ts: pd.Timestamp, style: str, rng: _Rng
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write a date; return (cell, expected date, precision, tag)."""
    lang = src.language
    month = _MONTHS[lang][ts.month - 1]
    if style in _MONTH_STYLES:
        if style == "month_name":
            text = f"{month} de {ts.year}" if lang == "es" else f"{month} {ts.year}"
        elif style == "month_num":
            text = f"{ts.month:02d}/{ts.year}"
        else:
            text = f"{ts.year}-{ts.month:02d}"
        return text, ts.to_period("M").start_time, "month", "partial_date"
    if style in _QUARTER_STYLES:
        q = ts.quarter
        text = {
            "quarter_fr": f"T{q} {ts.year}",
            "quarter_es": f"{q}º trimestre {ts.year}",
            "quarter_en": f"Q{q} {ts.year}",
            "yq": f"{ts.year}-Q{q}",
        }[style]
        return text, ts.to_period("Q").start_time, "quarter", "partial_date"
    day = ts.normalize()
    if style == "excel":
        return day.to_pydatetime(), day, "day", None
    if style == "serial":
        return int((day - _EXCEL_EPOCH).days), day, "day", "excel_serial"
    if style == "dmy_time":
        clock = f"{int(rng.integers(0, 24)):02d}:{5 * int(rng.integers(0, 12)):02d}"
        return f"{day:%d/%m/%Y} {clock}", day, "day", "date_time"
    if style == "iso_time":
        clock = f"{int(rng.integers(0, 24)):02d}:{5 * int(rng.integers(0, 12)):02d}:00"
        return f"{day:%Y-%m-%d}T{clock}", day, "day", "date_time"
    text = _day_text(style, lang, day.year, day.month, day.day)
    tag = "month_name_date" if style in ("d_month_y", "d_mon_yy") else None
    return text, day, "day", tag


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: blank, impossible, or a decade ahead (a slip)."""
    style = src.dates[0][0]
    if kind == "no_date":
        return None
    if kind == "bad_date":
        m, d = ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31))[int(rng.integers(6))]
        return _day_text(style, src.language, ts.year, m, d)
    ahead = pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))
    if style == "excel":
        return ahead.to_pydatetime()
    return _day_text(style, src.language, ahead.year, ahead.month, ahead.day)


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Date of the note row: the day of the extraction, after the last row."""
    day = (last + pd.Timedelta(days=17)).normalize()
    style = src.dates[0][0]
    if style == "excel":
        return day.to_pydatetime()
    return _day_text(style, src.language, day.year, day.month, day.day)


def _country(
    src: _Source, iso: str, weights: _Weights, rng: _Rng, *, hotspot: str | None = None
) -> tuple[str, str | None]:
    """Write one country the source's way; return (text, messiness tag)."""
    lang = src.language
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[lang]])
    style = _draw(rng, weights)
    if style == "name":
        return _safe(src, name), None
    if style == "upper":
        return _safe(src, name.upper()), "case"
    if style == "demonym" and iso in _DEMONYMS[lang]:
        return _safe(src, _DEMONYMS[lang][iso]), "demonym"
    if style == "alias" and iso in _ALIASES[lang]:
        return _safe(src, _ALIASES[lang][iso]), "alias"
    if style == "region" and iso == "GBR":
        return _UK_NATION.get(hotspot or "", "England"), "alias"
    if style == "typo" and _swap(name) != name:
        return _safe(src, _swap(name)), "typo"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "num":
        return iso_codes(iso)[1], "numeric_code"
    return _safe(src, name), None


def _count(src: _Source, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons as the source does; return (cell, tag)."""
    if src.format != "csv":
        return n, None
    if src.count_words and 1 <= n <= len(_NUMBER_WORDS) and rng.random() < 0.1:
        return _NUMBER_WORDS[n - 1], "count_word"
    if n >= 1000:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", "thousands"
    return str(n), None


def _coords(
    src: _Source, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float, str | None]:
    """Write a point; return (cells, expected lat, expected lon, tag)."""
    if src.coords == "dms":
        cells = []
        values = []
        for v, pos, neg in ((lat, "N", "S"), (lon, "E", "W")):
            a = abs(v)
            deg = int(a)
            minutes = int((a - deg) * 60)
            sec = round((a - deg - minutes / 60) * 3600, 1)
            if sec >= 60:  # rounding up to the next minute
                sec, minutes = 0.0, minutes + 1
            if minutes >= 60:
                minutes, deg = 0, deg + 1
            cells.append(f"{deg}°{minutes:02d}'{sec:04.1f}\"{pos if v >= 0 else neg}")
            values.append((deg + minutes / 60 + sec / 3600) * (1 if v >= 0 else -1))
        return {"coordinates": " ".join(cells)}, values[0], values[1], "dms"
    if src.coords == "pair":
        digits = 4 if rng.random() < 0.3 else 5
        la, lo = round(lat, digits), round(lon, digits)
        return {"coordinates": f"{la:.{digits}f}, {lo:.{digits}f}"}, la, lo, None
    la, lo = round(lat, 5), round(lon, 5)
    if src.coords == "comma":
        return (
            {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
            la,
            lo,
            "decimal_comma",
        )
    if src.coords == "xlsx" and rng.random() < 0.15:  # typed as text, Spanish decimal comma
        return (
            {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
            la,
            lo,
            "decimal_comma",
        )
    return {"lat": la, "lon": lo}, la, lo, None


def _words(src: _Source, table: Mapping[str, tuple[str, ...]], value: str, rng: _Rng) -> str:
    """One of the source's words for a canonical value (the usual one more often)."""
    forms = table[value]
    if len(forms) == 1 or rng.random() < 0.6:
        return _safe(src, forms[0])
    return _safe(src, forms[1 + int(rng.integers(len(forms) - 1))])


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    has = set(src.headers)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    mode = str(ev["transport_mode"])
    hotspot = str(ev["hotspot"]) if ev.get("hotspot") is not None else None

    def unknown_word() -> str | None:
        return choice(rng, src.unknown) if rng.random() < 0.6 else None

    # -- date ---------------------------------------------------------------------------
    style = _draw(rng, src.dates)
    if not partial_ok and style in (*_MONTH_STYLES, *_QUARTER_STYLES):
        style = src.dates[0][0]
    cell, day, precision, tag = _date_cell(src, ts, style, rng)
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    if tag:
        tags.append(tag)

    # -- the agency's own columns (not record fields) --------------------------------------
    if "establishment" in has:
        cells["establishment"] = _safe(src, choice(rng, src.places[mode]))
    if "region" in has:
        region = _CCAA.get(hotspot or "")
        cells["region"] = region or f"Cooperación UE ({COUNTRIES[str(ev['detection_country'])][3]})"
    if "partner" in has:
        cells["partner"] = _PARTNERS.get(str(ev["detection_country"]), "EU - Europol")

    # -- crime type and exploitation ------------------------------------------------------
    crime = str(ev["crime_type"])
    cells["crime_type"] = _words(src, src.crime, crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        na = src.no_exploitation[int(rng.integers(len(src.no_exploitation)))]
        cells["exploitation"] = _safe(src, na) if na else None
        exp["exploitation"] = None if crime == "smuggling" else "unknown"
    elif rng.random() < 0.05:
        cells["exploitation"] = unknown_word()
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _words(src, src.exploitation, str(expl), rng)
        exp["exploitation"] = str(expl)

    # -- counts ------------------------------------------------------------------------
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = _safe(src, choice(rng, src.count_placeholder))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count(src, n, rng)
        exp["n_persons"] = n
        if tag:
            tags.append(tag)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.04:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.06:
        cells["n_suspects"] = _safe(src, choice(rng, src.count_placeholder))
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero and rng.random() < 0.5:
        cells["n_suspects"] = _safe(src, choice(rng, src.zero))
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if src.format == "csv" else k
        exp["n_suspects"] = k

    # -- gender, age, transport --------------------------------------------------------
    if forced_blank == "gender" or rng.random() < 0.03:
        cells["gender"] = None if forced_blank == "gender" else unknown_word()
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _words(src, src.gender, str(ev["gender"]), rng)
        exp["gender"] = str(ev["gender"])
    for col, table in (("age_group", src.age), ("transport_mode", src.mode)):
        if rng.random() < 0.03:
            cells[col] = unknown_word()
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            value = str(ev[col])
            if (
                col == "transport_mode"
                and src is AESAN
                and value == "sea"
                and (ev["corridor"] == "watl")
            ):
                cells[col] = choice(rng, ("Cayuco", "cayuco", "Embarcación"))  # Atlantic route
            else:
                cells[col] = _words(src, table, value, rng)
            exp[col] = value

    # -- countries ---------------------------------------------------------------------
    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None or rng.random() < 0.03:
        cells["nationality"] = None if forced_blank == "nationality" else unknown_word()
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"], tag = _country(src, str(nat), src.nationality, rng)
        exp["nationality"] = str(nat)
        if tag:
            tags.append(f"{tag}:nationality")
    for col in ("origin_country", "destination_country"):
        country = ev[col]
        if col not in has:
            exp[col] = None
        elif country is None or rng.random() < 0.03:
            cells[col] = unknown_word()
            exp[col] = None
            tags.append(f"unknown:{col}")
        else:
            cells[col], tag = _country(src, str(country), src.countries, rng)
            exp[col] = str(country)
            if tag:
                tags.append(f"{tag}:{col}")
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], tag = _country(src, det, src.detection, rng, hotspot=hotspot)
        exp["detection_country"] = det
        if tag:
            tags.append(f"{tag}:detection_country")

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = (
            choice(rng, src.direct) if src.direct and rng.random() < 0.3 else None
        )
        exp["transit_countries"] = None
        if cells["transit_countries"] is not None:
            tags.append("direct_word")
    elif rng.random() < 0.03:
        cells["transit_countries"] = unknown_word()
        exp["transit_countries"] = None
        tags.append("unknown:transit_countries")
    else:
        codes = str(transit).split("|")
        if src.transit_style == "iso3":
            names = codes
        else:
            names = [_safe(src, str(COUNTRIES[c][_LANG_COL[src.language]])) for c in codes]
            if rng.random() < 0.1:
                names = [x.upper() for x in names]
                tags.append("case:transit_countries")
        cells["transit_countries"] = choice(rng, src.transit_seps).join(names)
        exp["transit_countries"] = str(transit)

    # -- place -------------------------------------------------------------------------
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates" or rng.random() < 0.06:
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    else:
        place, exp["lat"], exp["lon"], tag = _coords(src, lat, lon, rng)
        cells.update(place)
        if tag:
            tags.append(tag)

    # -- linked offences ---------------------------------------------------------------
    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        words = [_words(src, src.offences, o, rng) for o in str(off).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_seps).join(words)
        exp["linked_offences"] = str(off)

    # -- rows of one old regional template, read with the wrong code page -------------
    if src is AESAN and cells.get("region") == "Canarias" and rng.random() < 0.3:
        garbled = False
        for col, cell in cells.items():
            if col != "event_date" and isinstance(cell, str):
                bad = mojibake(cell)
                if bad is not None:
                    cells[col] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")

    # -- spacing slips (a trailing space after a pasted value) ---------------------------
    if src.format != "jsonl" and rng.random() < 0.05:
        col = choice(rng, ("nationality", "crime_type", "gender", "transport_mode"))
        if isinstance(cells.get(col), str):
            cells[col] = f"{cells[col]} "
            tags.append(f"spacing:{col}")

    return {c: v for c, v in cells.items() if c in has}, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[_Source] = Examiner(
    sources=BLIND278_SOURCES,
    primary={"FRA": DDPP.source, "ESP": AESAN.source, "GBR": FSA.source, "PAN": MIDA.source},
    compilation=OPSON.source,
    secondary={
        ("channel", "FRA"): FSA.source,
        ("channel", "GBR"): DDPP.source,
        ("thb_vnm_gbr", "GBR"): OPSON.source,
        ("darien", "PAN"): OPSON.source,
        ("watl", "ESP"): OPSON.source,
        ("thb_rou_esp", "ESP"): OPSON.source,
        ("thb_rou_esp", "ITA"): AESAN.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=278,
    blank_share=0.3,
)


def make_blind278(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five food-safety inspectorates of ``blind278`` do.

    France's DDPP (cp1252 CSV), Spain's AESAN (XLSX), the UK FSA's National Food Crime
    Unit (UTF-16 tab-separated text), Panama's MIDA (latin-1 CSV) and the OPSON desk
    (JSON lines) each report the events of their detection countries (OPSON every
    other one) and a second report of a few events of another agency.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per agency, in the order of :data:`BLIND278_SOURCES`, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind278(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ddpp_littoral_jt.csv', 'aesan_control_oficial_jt.xlsx', 'fsa_nfcu_jt.csv',
     'mida_dinasa_jt.csv', 'opson_desk_jt.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-16', 'latin-1', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° fiche', 'Date du contrôle', "Type d'établissement"]
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
