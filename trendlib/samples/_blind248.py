"""Examiner sample set ``blind248`` (files ``*_ip.*``): forest, coast and park authorities.

Five agencies that had not written to the project before, each in its own working
language and with its own tools:

``pnn_katios_ip.csv``
    Parques Nacionales Naturales de Colombia, PNN Los Katíos: the park rangers'
    prevention, surveillance and control log of the binational Darién–Katíos area,
    exported from SMART (UTF-8, ``,``, ISO dates with hand-typed ``dd/mm/aaaa`` ones,
    ``X``/``Y`` decimal coordinates, nationalities as demonyms). Spanish.
``usfs_lei_ip.xlsx``
    USDA Forest Service, Law Enforcement & Investigations, Southwestern Region: the
    border-lands incident log of the Coronado National Forest with interagency entries
    (Excel date cells and ``M/D/YYYY`` text, federal fiscal-year quarters, upper-case
    country names, ``UDAs``, degrees-decimal-minutes positions). English.
``onf_littoral_ip.csv``
    Office national des forêts, Nord – Pas-de-Calais agency: its forest guards' reports
    of migrant groups in the state-owned coastal dunes (cp1252, ``;``, ``jj/mm/aaaa`` and
    ``17 mai 2023``, one GPS cell in decimal or sexagesimal degrees, demonyms). French.
``dgcm_costas_ip.xlsx``
    Ministerio para la Transición Ecológica, Dirección General de la Costa y el Mar: the
    incident sheets of its coastal services (Canarias, Ceuta, Melilla, Almería, Huelva)
    on boats and settlements found on the public maritime domain (Excel dates, serial
    numbers and text dates, ``1.250`` counts, decimal-comma and ``36º 49' 48,4'' N``
    positions). Spanish.
``idehpucp_observatorio_ip.jsonl``
    Instituto de Democracia y Derechos Humanos of the Pontificia Universidad Católica
    del Perú, its trafficking and smuggling observatory: a coded dataset compiled from
    press and official reports, exported by its API as JSON lines (ISO and UN M49
    codes, Peruvian abbreviations ``TIM``/``TdP``, arrays of transit codes, mojibake
    in names scraped from mis-decoded feeds, rows re-sent across pages). Spanish.

The truth expects what a careful analyst reads in each cell; a cell that cannot be read
(``subsaharianos``, ``sin dato``) is expected blank or ``unknown`` and tagged.
"""

from __future__ import annotations

from collections.abc import Callable

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

__all__ = ["SOURCES", "make_blind248"]

_Rng = np.random.Generator
_Out = tuple[dict[str, object], dict[str, object], list[str]]

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

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
PNN = ExaminerSource(
    source="pnn_katios",
    filename="pnn_katios_ip.csv",
    ref="KAT-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "ID Observación",
        "event_date": "Fecha",
        "place": "Lugar",
        "crime_type": "Tipo de hecho",
        "exploitation": "Finalidad de explotación",
        "n_persons": "N.º personas",
        "n_suspects": "N.º guías / coyotes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "Destino declarado",
        "detection_country": "País",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de desplazamiento",
        "lon": "X",
        "lat": "Y",
        "linked_offences": "Otras conductas",
    },
    note="Nota: registros SMART preliminares, sin validar por la Dirección Territorial",
    total="TOTAL",
    bad_count=("#¡VALOR!", "ver bitácora", "x"),
    repeats=False,
)
USFS = ExaminerSource(
    source="usfs_lei",
    filename="usfs_lei_ip.xlsx",
    ref="R3{yy:02d}{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Incident No.",
        "event_date": "Incident Date",
        "place": "Forest / Unit",
        "crime_type": "Offense",
        "exploitation": "Trafficking Type",
        "n_persons": "# UDAs",
        "n_suspects": "# Guides/Drivers Arrested",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Destination",
        "detection_country": "Country",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offenses",
    },
    note="Data as of report date; preliminary - Law Enforcement Sensitive",
    total="Grand Total",
    bad_count=("#VALUE!", "see narrative"),
    repeats=False,
)
ONF = ExaminerSource(
    source="onf_littoral",
    filename="onf_littoral_ip.csv",
    ref="FC{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date constat",
        "place": "Forêt / site",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb passeurs",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "detection_country": "Pays du constat",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="NB : constats transmis à la PAF de Coquelles ; chiffres non consolidés",
    total="TOTAL",
    bad_count=("#VALEUR!", "cf. PV", "??"),
    repeats=False,
)
COSTAS = ExaminerSource(
    source="dgcm_costas",
    filename="dgcm_costas_ip.xlsx",
    ref="{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha",
        "place": "Servicio / tramo de costa",
        "crime_type": "Hecho",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº ocupantes / personas",
        "n_suspects": "Patrones / detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino",
        "detection_country": "País",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales. Fuente: partes de incidencias de los Servicios de Costas",
    total="TOTAL",
    bad_count=("#¡REF!", "ver parte"),
    repeats=False,
)
OBS = ExaminerSource(
    source="idehpucp_observatorio",
    filename="idehpucp_observatorio_ip.jsonl",
    ref="OBS-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id",
        "event_date": "fecha",
        "press": "fuente",
        "place": "lugar",
        "crime_type": "tipo_delito",
        "exploitation": "finalidad_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_presuntos_autores",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion_m49",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("decenas", "centenares"),
    repeats=True,
)
#: The set's sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (PNN, USFS, ONF, COSTAS, OBS)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
# ISO3 -> Spanish name (the observatory's and the Spanish services' usual form)
_ES_NAMES: dict[str, str] = {
    "AFG": "Afganistán",
    "ALB": "Albania",
    "AUT": "Austria",
    "BGD": "Bangladés",
    "BGR": "Bulgaria",
    "BIH": "Bosnia y Herzegovina",
    "BLR": "Bielorrusia",
    "CHN": "China",
    "CIV": "Costa de Marfil",
    "CMR": "Camerún",
    "COL": "Colombia",
    "DEU": "Alemania",
    "DZA": "Argelia",
    "ECU": "Ecuador",
    "EGY": "Egipto",
    "ERI": "Eritrea",
    "ESP": "España",
    "FRA": "Francia",
    "GBR": "Reino Unido",
    "GIN": "Guinea Conakry",
    "GMB": "Gambia",
    "GRC": "Grecia",
    "GTM": "Guatemala",
    "HND": "Honduras",
    "HRV": "Croacia",
    "HTI": "Haití",
    "HUN": "Hungría",
    "IRN": "Irán",
    "IRQ": "Irak",
    "ITA": "Italia",
    "LBY": "Libia",
    "MAR": "Marruecos",
    "MEX": "México",
    "MKD": "Macedonia del Norte",
    "MLI": "Malí",
    "MRT": "Mauritania",
    "NER": "Níger",
    "NGA": "Nigeria",
    "PAK": "Pakistán",
    "PAN": "Panamá",
    "POL": "Polonia",
    "ROU": "Rumanía",
    "RUS": "Rusia",
    "SEN": "Senegal",
    "SRB": "Serbia",
    "SYR": "Siria",
    "TUN": "Túnez",
    "TUR": "Turquía",
    "USA": "Estados Unidos",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "YEM": "Yemen",
}
# Spanish demonyms (plural) the rangers and coastal services write for a nationality
_ES_DEMONYMS: dict[str, tuple[str, ...]] = {
    "VEN": ("venezolanos", "venezolana"),
    "ECU": ("ecuatorianos", "ecuatoriana"),
    "HTI": ("haitianos",),
    "COL": ("colombianos",),
    "CHN": ("chinos", "ciudadanos chinos"),
    "MAR": ("marroquíes",),
    "DZA": ("argelinos",),
    "SEN": ("senegaleses",),
    "MLI": ("malienses",),
    "GMB": ("gambianos",),
    "CIV": ("marfileños",),
    "ROU": ("rumanos", "rumanas"),
}
_ES_TYPOS: dict[str, str] = {
    "VEN": "Venezuea",
    "ECU": "Equador",
    "COL": "Colmbia",
    "MAR": "Marrueco",
    "SEN": "Senegall",
    "MLI": "Mali",
    "ROU": "Rumania",
    "MRT": "Mauritana",
}
_FR_NAMES: dict[str, str] = {
    "AFG": "Afghanistan",
    "IRN": "Iran",
    "IRQ": "Irak",
    "ALB": "Albanie",
    "ERI": "Érythrée",
    "SYR": "Syrie",
    "VNM": "Viêt Nam",
    "GBR": "Royaume-Uni",
    "FRA": "France",
    "DEU": "Allemagne",
}
_FR_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("afghans",),
    "IRN": ("iraniens",),
    "IRQ": ("irakiens", "Kurdes irakiens"),
    "ALB": ("albanais",),
    "ERI": ("érythréens", "Erythréens"),
    "SYR": ("syriens",),
    "VNM": ("vietnamiens",),
}
_FR_TYPOS: dict[str, str] = {
    "AFG": "Afganistan",
    "ERI": "Erythree",
    "ALB": "Albannie",
    "IRN": "Irann",
}
_EN_NAMES: dict[str, str] = {
    "MEX": "MEXICO",
    "GTM": "GUATEMALA",
    "HND": "HONDURAS",
    "VEN": "VENEZUELA",
    "ECU": "ECUADOR",
    "USA": "UNITED STATES",
}
_EN_TYPOS: dict[str, str] = {"GTM": "GUATAMALA", "HND": "HONDORAS", "VEN": "VENEZUELA."}

# vocabularies: canonical word -> the agency's words
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "pnn_katios": {
        "smuggling": ("Tráfico de migrantes", "Tránsito irregular con guía (tráfico de migrantes)"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata y tráfico de migrantes",),
    },
    "usfs_lei": {
        "smuggling": ("Alien Smuggling (8 USC 1324)", "Human Smuggling"),
        "trafficking": ("Human Trafficking",),
        "both": ("Human Smuggling / Trafficking",),
    },
    "onf_littoral": {
        "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants"),
        "trafficking": ("Traite des êtres humains",),
        "both": ("Traite + aide à l'entrée irrégulière",),
    },
    "dgcm_costas": {
        "smuggling": ("Favorecimiento de la inmigración irregular", "Tráfico ilícito de migrantes"),
        "trafficking": ("Trata de seres humanos",),
        "both": ("Trata y tráfico",),
    },
    "idehpucp_observatorio": {
        "smuggling": ("tráfico ilícito de migrantes", "TIM"),
        "trafficking": ("trata de personas", "TdP"),
        "both": ("trata de personas y TIM", "TdP / TIM"),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "pnn_katios": {
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "sexual": ("Explotación sexual",),
        "forced_criminality": ("Reclutamiento para actividades ilícitas",),
        "forced_marriage": ("Matrimonio servil",),
        "other": ("Otra",),
    },
    "usfs_lei": {
        "forced_labour": ("Labor", "Forced Labor"),
        "sexual": ("Sex", "Sex Trafficking"),
        "forced_criminality": ("Forced Criminal Activity",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
    },
    "onf_littoral": {
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "sexual": ("exploitation sexuelle",),
        "forced_criminality": ("contrainte à commettre des délits",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "dgcm_costas": {
        "forced_labour": ("laboral", "explotación laboral"),
        "sexual": ("sexual", "explotación sexual"),
        "forced_criminality": ("actividades delictivas",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "idehpucp_observatorio": {
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "sexual": ("explotación sexual",),
        "forced_criminality": ("actividades delictivas forzadas",),
        "forced_marriage": ("matrimonio servil",),
        "other": ("otras formas de explotación",),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "pnn_katios": {
        "male": ("Hombres", "Masculino"),
        "female": ("Mujeres", "Femenino"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    "usfs_lei": {"male": ("M",), "female": ("F",), "mixed": ("Mixed", "M/F")},
    "onf_littoral": {"male": ("H",), "female": ("F",), "mixed": ("mixte", "H/F")},
    "dgcm_costas": {
        "male": ("varones",),
        "female": ("mujeres",),
        "mixed": ("ambos sexos", "mixto"),
    },
    "idehpucp_observatorio": {
        "male": ("masculino",),
        "female": ("femenino",),
        "mixed": ("mixto",),
    },
}
_GENDER_UNKNOWN = {
    "pnn_katios": "Sin dato",
    "usfs_lei": "U",
    "onf_littoral": "NR",
    "dgcm_costas": "s/d",
    "idehpucp_observatorio": "s.d.",
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "pnn_katios": {
        "adult": ("Adultos",),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Grupo familiar con NNA"),
    },
    "usfs_lei": {
        "adult": ("Adult",),
        "child": ("Juvenile",),
        "mixed": ("Adult/Juvenile", "Mixed"),
    },
    "onf_littoral": {
        "adult": ("majeurs",),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "familles"),
    },
    "dgcm_costas": {
        "adult": ("adultos",),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores",),
    },
    "idehpucp_observatorio": {
        "adult": ("adultos",),
        "child": ("NNA",),
        "mixed": ("mixto", "adultos y NNA"),
    },
}
_NA_WORD = {
    "pnn_katios": "No aplica",
    "usfs_lei": "N/A",
    "onf_littoral": "sans objet",
    "dgcm_costas": "no procede",
    "idehpucp_observatorio": "no aplica",
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "pnn_katios": {"land": ("A pie", "Caminando por trocha", "Terrestre")},
    "usfs_lei": {"land": ("Foot", "On foot", "Vehicle")},
    "onf_littoral": {
        "sea": ("small boat", "embarcation pneumatique", "bateau"),
        "land": ("poids lourd", "à pied", "camion"),
    },
    "dgcm_costas": {
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "land": ("terrestre", "a pie"),
        "air": ("aérea", "avión"),
    },
    "idehpucp_observatorio": {
        "sea": ("marítimo",),
        "land": ("terrestre",),
        "air": ("aéreo",),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "pnn_katios": {
        "document_fraud": ("Falsedad en documento",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Estupefacientes", "Narcotráfico"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    "usfs_lei": {
        "document_fraud": ("Fraudulent documents",),
        "corruption": ("Bribery of public official",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics", "Marijuana (backpack loads)"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "onf_littoral": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "dgcm_costas": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("hachís", "tráfico de drogas"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    "idehpucp_observatorio": {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción",),
        "money_laundering": ("lavado de activos",),
        "illicit_goods": ("TID",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
}
_OFFENCE_SEP = {
    "pnn_katios": "; ",
    "usfs_lei": ", ",
    "onf_littoral": " + ",
    "dgcm_costas": ", ",
    "idehpucp_observatorio": " / ",
}
# hotspot (truth) -> the agency's own name of the place
_PLACES: dict[str, str] = {
    "Darién gap": "Límite binacional Darién – Katíos",
    "Bajo Chiquito": "Bajo Chiquito (PA)",
    "Lajas Blancas": "Lajas Blancas (PA)",
    "Nogales (Sonora/Arizona)": "Coronado NF - Nogales RD",
    "Sasabe": "Coronado NF - Sasabe / Altar Valley",
    "El Paso": "Interagency - USBP El Paso Sector",
    "Rio Grande Valley": "Interagency - USBP RGV Sector",
    "Calais": "Dunes du Fort-Vert (Marck)",
    "Dunkirk/Gravelines": "Dunes de Gravelines / Platier d'Oye",
    "Ceuta": "Servicio de Costas en Ceuta",
    "Melilla": "Demarcación de Costas en Melilla",
    "Almería": "Servicio Provincial de Costas en Almería",
    "Almería (El Ejido)": "Servicio Provincial de Costas en Almería (Poniente)",
    "Huelva": "Servicio Provincial de Costas en Huelva",
    "Gran Canaria": "Demarcación de Costas de Canarias - Gran Canaria",
    "Tenerife": "Demarcación de Costas de Canarias - Tenerife",
    "El Hierro": "Demarcación de Costas de Canarias - El Hierro",
    "Lanzarote": "Demarcación de Costas de Canarias - Lanzarote",
}
# detection country -> the press the observatory cites
_PRESS: dict[str, tuple[str, ...]] = {
    "ITA": ("ANSA", "Avvenire", "EFE"),
    "GRC": ("Kathimerini", "EFE", "AP"),
    "HRV": ("Index.hr", "HINA", "EFE"),
    "POL": ("TVN24", "PAP", "Reuters"),
    "GBR": ("BBC News", "The Guardian", "Reuters"),
    "ESP": ("EFE", "Europa Press"),
    "FRA": ("AFP", "La Voix du Nord"),
    "PAN": ("La Prensa (Panamá)", "EFE", "Servicio Nacional de Migración"),
    "USA": ("CBP", "AP", "Univision"),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _text(ev: dict[str, object], key: str) -> str | None:
    """Return a text field of an event (None if missing)."""
    value = ev.get(key)
    return None if value is None else str(value)


def _count(ev: dict[str, object], key: str) -> int:
    """Return a count field of an event."""
    return int(ev[key])  # type: ignore[call-overload]


def _float(ev: dict[str, object], key: str) -> float:
    """Return a float field of an event."""
    return float(ev[key])  # type: ignore[arg-type]


def _expected(ev: dict[str, object]) -> dict[str, object]:
    """Return the event's values as the truth expects them of a fully written row."""
    return {
        "event_date": pd.Timestamp(ev["event_date"]),  # type: ignore[arg-type]
        "date_precision": "day",
        "crime_type": ev["crime_type"],
        "exploitation": ev["exploitation"],
        "n_persons": ev["n_persons"],
        "n_suspects": ev["n_suspects"],
        "gender": ev["gender"],
        "age_group": ev["age_group"],
        "nationality": ev["nationality"],
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": ev["detection_country"],
        "transit_countries": ev["transit_countries"],
        "transport_mode": ev["transport_mode"],
        "lat": ev["lat"],
        "lon": ev["lon"],
        "linked_offences": ev["linked_offences"],
    }


def _word(table: dict[str, tuple[str, ...]], value: str, rng: _Rng) -> str:
    """Return the usual word of ``value`` (65 %) or one of its variants."""
    words = table[value]
    return words[0] if len(words) == 1 or rng.random() < 0.65 else choice(rng, words[1:])


def _offences(src: ExaminerSource, value: str | None, rng: _Rng) -> str | None:
    """Write ``a|b`` linked offences in the agency's words, in order."""
    if value is None:
        return None
    table = _OFFENCES[src.source]
    return _OFFENCE_SEP[src.source].join(_word(table, v, rng) for v in value.split("|"))


def _vocab(
    src: ExaminerSource,
    ev: dict[str, object],
    exp: dict[str, object],
    cells: dict[str, object],
    tags: list[str],
    rng: _Rng,
    *,
    na_rate: float = 0.01,
    unknown_gender_rate: float = 0.015,
) -> None:
    """Write crime type, exploitation, gender, age group and transport mode."""
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(_CRIME[src.source], crime, rng)
    expl = _text(ev, "exploitation")
    cells["exploitation"] = (
        _word(_EXPLOITATION[src.source], expl, rng) if expl is not None else None
    )
    gender = str(ev["gender"])
    if rng.random() < unknown_gender_rate:
        cells["gender"] = _GENDER_UNKNOWN[src.source]
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(_GENDER[src.source], gender, rng)
    age = str(ev["age_group"])
    if rng.random() < na_rate:
        cells["age_group"] = _NA_WORD[src.source]
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"] = _word(_AGE[src.source], age, rng)
    mode = str(ev["transport_mode"])
    if rng.random() < na_rate:
        cells["transport_mode"] = _NA_WORD[src.source]
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        cells["transport_mode"] = _word(_MODE[src.source], mode, rng)
    cells["linked_offences"] = _offences(src, _text(ev, "linked_offences"), rng)


def _sexagesimal(
    value: float, pos: str, neg: str, *, degree: str, decimal: str, seconds: str, space: str
) -> tuple[str, float]:
    """Write degrees, minutes and seconds (tenths); return the text and the value read."""
    sign = 1.0 if value >= 0 else -1.0
    tenths = round(abs(value) * 36000)  # whole tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    sec = f"{sec10 // 10:02d}{decimal}{sec10 % 10}"
    hemi = pos if sign > 0 else neg
    text = f"{deg}{degree}{space}{minutes:02d}'{space}{sec}{seconds}{space}{hemi}"
    return text, sign * tenths / 36000


def _decimal_minutes(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write degrees and decimal minutes (``31°20.456'N``); return text and value read."""
    sign = 1.0 if value >= 0 else -1.0
    thousandths = round(abs(value) * 60000)  # thousandths of a minute
    deg, rest = divmod(thousandths, 60000)
    text = f"{deg}°{rest // 1000:02d}.{rest % 1000:03d}'{pos if sign > 0 else neg}"
    return text, sign * thousandths / 60000


def _date_iso(ts: pd.Timestamp) -> str:
    return ts.strftime("%Y-%m-%d")


def _partial(
    exp: dict[str, object], tags: list[str], ts: pd.Timestamp, precision: str
) -> pd.Timestamp:
    """Mark the row's date as a month or quarter; return the period's first day."""
    start = ts.to_period("M" if precision == "month" else "Q").start_time
    exp["event_date"] = start
    exp["date_precision"] = precision
    tags.append("partial_date")
    return start


# --------------------------------------------------------------------------------------
# The agencies' writers
# --------------------------------------------------------------------------------------
def _es_country(
    iso: str, rng: _Rng, *, demonym: float, typo: float, upper: float
) -> tuple[str, str | None]:
    """Write a Spanish country cell; return the text and its tag kind (or None)."""
    r = rng.random()
    if iso in _ES_DEMONYMS and r < demonym:
        return choice(rng, _ES_DEMONYMS[iso]), "demonym"
    r2 = rng.random()
    if iso in _ES_TYPOS and r2 < typo:
        return _ES_TYPOS[iso], "typo"
    name = _ES_NAMES[iso]
    if r2 > 1 - upper:
        return name.upper(), "case"
    return name, None


def _pnn(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    """PNN Los Katíos: SMART export of the rangers' patrol observations."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev)
    cells: dict[str, object] = {}
    tags: list[str] = []
    r = rng.random()
    if partial_ok and r < 0.04:  # a community report of the month, typed by hand
        start = _partial(exp, tags, ts, "month")
        cells["event_date"] = f"{_ES_MONTHS[start.month - 1]} de {start.year}"
    elif r < 0.3:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
        tags.append("date_dmy")
    else:
        cells["event_date"] = _date_iso(ts)
    cells["place"] = _PLACES.get(str(ev["hotspot"]), str(ev["hotspot"]))
    _vocab(src, ev, exp, cells, tags, rng)
    n = _count(ev, "n_persons")
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, ("SD", "sin dato"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and rng.random() < 0.5:
        cells["n_persons"] = f"{n // 1000}.{n % 1000:03d}"
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = str(n)
    k = _count(ev, "n_suspects")
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = "SD"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder:n_suspects")
    elif k == 0 and r < 0.4:
        cells["n_suspects"] = choice(rng, ("ninguno", "Ninguno"))
        tags.append("zero_word:n_suspects")
    else:
        cells["n_suspects"] = str(k)
    nat = str(ev["nationality"])
    if rng.random() < 0.02:
        cells["nationality"] = "sin dato"
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"], kind = _es_country(nat, rng, demonym=0.6, typo=0.04, upper=0.05)
        if kind:
            tags.append(f"{kind}:nationality")
    cells["origin_country"], kind = _es_country(
        str(ev["origin_country"]), rng, demonym=0.0, typo=0.03, upper=0.05
    )
    if kind:
        tags.append(f"{kind}:origin_country")
    dest = str(ev["destination_country"])
    if rng.random() < 0.04:
        cells["destination_country"] = "no informa"
        exp["destination_country"] = None
        tags.append("blank_destination_country")
    elif dest == "USA":
        cells["destination_country"] = choice(rng, ("Estados Unidos", "EE.UU.", "EEUU", "USA"))
        tags.append("alias:destination_country")
    else:
        cells["destination_country"] = _ES_NAMES[dest]
    cells["detection_country"] = choice(rng, ("Panamá", "Panamá", "PANAMÁ", "Panama"))
    transit = _text(ev, "transit_countries")
    cells["transit_countries"] = (
        None if transit is None else " - ".join(_ES_NAMES[c] for c in transit.split("|"))
    )
    if rng.random() < 0.04:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        lat, lon = round(_float(ev, "lat"), 6), round(_float(ev, "lon"), 6)
        cells["lat"], cells["lon"] = f"{lat:.6f}", f"{lon:.6f}"
        exp["lat"], exp["lon"] = lat, lon
    return cells, exp, tags


def _fiscal_quarter(ts: pd.Timestamp) -> str:
    """US federal fiscal-year quarter (``FY23 Q3`` = April to June 2023)."""
    fy = ts.year + 1 if ts.month >= 10 else ts.year
    q = ((ts.month - 10) % 12) // 3 + 1
    return f"FY{fy % 100:02d} Q{q}"


def _usfs(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    """USFS LEI Southwestern Region: an Excel incident log of the border lands."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev)
    cells: dict[str, object] = {}
    tags: list[str] = []
    r = rng.random()
    if partial_ok and r < 0.02:
        start = _partial(exp, tags, ts, "quarter")
        cells["event_date"] = _fiscal_quarter(start)
        tags.append("fiscal_quarter")
    elif partial_ok and r < 0.05:
        start = _partial(exp, tags, ts, "month")
        cells["event_date"] = f"{_EN_MONTHS[start.month - 1]} {start.year}"
    elif r < 0.27:
        cells["event_date"] = f"{ts.month}/{ts.day}/{ts.year}"
        tags.append("date_mdy_text")
    else:
        cells["event_date"] = ts.to_pydatetime()
    cells["place"] = _PLACES.get(str(ev["hotspot"]), str(ev["hotspot"]))
    _vocab(src, ev, exp, cells, tags, rng)
    if rng.random() < 0.02:
        cells["n_persons"] = "UNK"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(ev, "n_persons")
    k = _count(ev, "n_suspects")
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = "UNK"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder:n_suspects")
    elif k == 0 and r < 0.25:
        cells["n_suspects"] = "None"
        tags.append("zero_word:n_suspects")
    else:
        cells["n_suspects"] = k
    for col in ("nationality", "origin_country"):
        iso = str(ev[col])
        r = rng.random()
        if col == "nationality" and r < 0.02:
            cells[col] = "UNK"
            exp[col] = None
            tags.append("blank_nationality")
        elif iso in _EN_TYPOS and r < 0.06:
            cells[col] = _EN_TYPOS[iso]
            tags.append(f"typo:{col}")
        elif r < 0.15:
            cells[col] = _EN_NAMES[iso].title()
            tags.append(f"case:{col}")
        else:
            cells[col] = _EN_NAMES[iso]
    r = rng.random()
    if r < 0.12:  # where the group said it was going
        cells["destination_country"] = choice(
            rng, ("PHOENIX, AZ", "HOUSTON, TX", "LOS ANGELES, CA", "ATLANTA, GA")
        )
        tags.append("city:destination_country")
    else:
        cells["destination_country"] = choice(rng, ("USA", "US", "UNITED STATES"))
    cells["detection_country"] = choice(rng, ("USA", "US"))
    transit = _text(ev, "transit_countries")
    cells["transit_countries"] = (
        None if transit is None else ", ".join(_EN_NAMES[c] for c in transit.split("|"))
    )
    r = rng.random()
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if r < 0.05:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.17:  # read off a handheld GPS
        cells["lat"], exp["lat"] = _decimal_minutes(lat, "N", "S")
        cells["lon"], exp["lon"] = _decimal_minutes(lon, "E", "W")
        tags.append("ddm:coordinates")
    else:
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        cells["lat"], cells["lon"] = exp["lat"], exp["lon"]
    return cells, exp, tags


def _onf(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    """ONF Nord – Pas-de-Calais: forest guards' reports from the coastal dunes."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev)
    cells: dict[str, object] = {}
    tags: list[str] = []
    r = rng.random()
    if partial_ok and r < 0.03:
        start = _partial(exp, tags, ts, "month")
        cells["event_date"] = f"{_FR_MONTHS[start.month - 1]} {start.year}"
    elif r < 0.2:
        cells["event_date"] = f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        tags.append("date_long")
    else:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    cells["place"] = _PLACES.get(str(ev["hotspot"]), str(ev["hotspot"]))
    _vocab(src, ev, exp, cells, tags, rng)
    if rng.random() < 0.03:
        cells["n_persons"] = "NC"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = str(_count(ev, "n_persons"))
    k = _count(ev, "n_suspects")
    r = rng.random()
    if r < 0.04:
        cells["n_suspects"] = "NC"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder:n_suspects")
    elif k == 0 and r < 0.5:
        cells["n_suspects"] = "aucun"
        tags.append("zero_word:n_suspects")
    else:
        cells["n_suspects"] = str(k)
    nat = str(ev["nationality"])
    r = rng.random()
    if r < 0.02:
        cells["nationality"] = "NR"
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif r < 0.55:
        cells["nationality"] = choice(rng, _FR_DEMONYMS[nat])
        tags.append("demonym:nationality")
    elif nat in _FR_TYPOS and r < 0.6:
        cells["nationality"] = _FR_TYPOS[nat]
        tags.append("typo:nationality")
    else:
        cells["nationality"] = _FR_NAMES[nat]
    org = str(ev["origin_country"])
    if org in _FR_TYPOS and rng.random() < 0.05:
        cells["origin_country"] = _FR_TYPOS[org]
        tags.append("typo:origin_country")
    else:
        cells["origin_country"] = _FR_NAMES[org]
    cells["destination_country"] = choice(rng, ("Royaume-Uni", "Angleterre", "UK", "GB"))
    cells["detection_country"] = choice(rng, ("France", "France", "FR"))
    transit = _text(ev, "transit_countries")
    cells["transit_countries"] = (
        None if transit is None else " / ".join(_FR_NAMES[c] for c in transit.split("|"))
    )
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    r = rng.random()
    if r < 0.05:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.3:  # copied from the phone's map
        t_lat, exp["lat"] = _sexagesimal(
            lat, "N", "S", degree="°", decimal=".", seconds='"', space=""
        )
        t_lon, exp["lon"] = _sexagesimal(
            lon, "E", "W", degree="°", decimal=".", seconds='"', space=""
        )
        cells["coordinates"] = f"{t_lat} {t_lon}"
        tags.append("dms:coordinates")
    else:
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
    return cells, exp, tags


_SUBSAHARAN = ("SEN", "MLI", "GMB", "GIN", "CIV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _costas(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    """Costas (MITECO): incident sheets of the coastal services."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev)
    cells: dict[str, object] = {}
    tags: list[str] = []
    r = rng.random()
    if partial_ok and r < 0.02:
        start = _partial(exp, tags, ts, "month")
        cells["event_date"] = start.strftime("%m/%Y")
    elif r < 0.22:  # a column left in "General" format shows the serial number
        cells["event_date"] = int((ts.normalize() - _EXCEL_EPOCH).days)
        tags.append("excel_serial")
    elif r < 0.45:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
        tags.append("date_dmy_text")
    else:
        cells["event_date"] = ts.to_pydatetime()
    cells["place"] = _PLACES.get(str(ev["hotspot"]), str(ev["hotspot"]))
    _vocab(src, ev, exp, cells, tags, rng)
    n = _count(ev, "n_persons")
    if rng.random() < 0.02:
        cells["n_persons"] = "s/d"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = f"{n // 1000}.{n % 1000:03d}"
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = n
    k = _count(ev, "n_suspects")
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = "s/d"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder:n_suspects")
    elif k == 0 and r < 0.3:
        cells["n_suspects"] = "ninguno"
        tags.append("zero_word:n_suspects")
    else:
        cells["n_suspects"] = k
    nat = str(ev["nationality"])
    r = rng.random()
    if nat in _SUBSAHARAN and r < 0.12:  # no country can be read from it
        cells["nationality"] = choice(rng, ("subsaharianos", "subsahariana"))
        exp["nationality"] = None
        tags.append("vague:nationality;blank_nationality")
    elif nat in ("MAR", "DZA") and r < 0.05:
        cells["nationality"] = "magrebíes"
        exp["nationality"] = None
        tags.append("vague:nationality;blank_nationality")
    else:
        cells["nationality"], kind = _es_country(nat, rng, demonym=0.5, typo=0.04, upper=0.1)
        if kind:
            tags.append(f"{kind}:nationality")
    cells["origin_country"], kind = _es_country(
        str(ev["origin_country"]), rng, demonym=0.0, typo=0.04, upper=0.1
    )
    if kind:
        tags.append(f"{kind}:origin_country")
    cells["destination_country"] = _ES_NAMES[str(ev["destination_country"])]
    cells["detection_country"] = choice(rng, ("España", "España", "ESPAÑA", "ES"))
    transit = _text(ev, "transit_countries")
    cells["transit_countries"] = (
        None if transit is None else ", ".join(_ES_NAMES[c] for c in transit.split("|"))
    )
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    r = rng.random()
    if r < 0.05:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.25:  # sexagesimal, "º" and "O" (oeste) as Spanish forms write them
        cells["lat"], exp["lat"] = _sexagesimal(
            lat, "N", "S", degree="º", decimal=",", seconds="''", space=" "
        )
        cells["lon"], exp["lon"] = _sexagesimal(
            lon, "E", "O", degree="º", decimal=",", seconds="''", space=" "
        )
        tags.append("dms:coordinates")
    else:
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")
        tags.append("decimal_comma:coordinates")
    return cells, exp, tags


def _obs_name(iso: str, rng: _Rng, tags: list[str], col: str, *, garble: float) -> str:
    """Write a Spanish name as the observatory's coders typed or scraped it."""
    name = _ES_NAMES[iso]
    bad = mojibake(name)
    if bad is not None and rng.random() < garble:
        tags.append(f"mojibake:{col}")
        return bad
    return name


def _obs(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    """IDEHPUCP observatory: coded press and official reports, as JSON lines."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev)
    cells: dict[str, object] = {}
    tags: list[str] = []
    r = rng.random()
    if partial_ok and r < 0.08:
        start = _partial(exp, tags, ts, "month")
        cells["event_date"] = start.strftime("%Y-%m")
    elif partial_ok and r < 0.12:
        start = _partial(exp, tags, ts, "quarter")
        cells["event_date"] = f"T{start.quarter} {start.year}"
    elif r < 0.3:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
        tags.append("date_dmy")
    else:
        cells["event_date"] = _date_iso(ts)
    det = str(ev["detection_country"])
    cells["press"] = choice(rng, _PRESS.get(det, ("EFE",)))
    cells["place"] = str(ev["hotspot"])
    _vocab(src, ev, exp, cells, tags, rng, unknown_gender_rate=0.03)
    for col in ("exploitation", "transport_mode"):
        value = cells[col]
        if isinstance(value, str) and rng.random() < 0.1:
            bad = mojibake(value)
            if bad is not None:
                cells[col] = bad
                tags.append(f"mojibake:{col}")
    if rng.random() < 0.03:
        cells["n_persons"] = choice(rng, ("s.d.", "n.d."))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(ev, "n_persons")
    if rng.random() < 0.12:  # the press did not say
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"] = _count(ev, "n_suspects")
    nat = str(ev["nationality"])
    r = rng.random()
    if r < 0.55:
        cells["nationality"] = nat
        tags.append("iso3:nationality")
    elif r < 0.7:
        cells["nationality"] = iso_codes(nat)[0]
        tags.append("iso2:nationality")
    else:
        cells["nationality"] = _obs_name(nat, rng, tags, "nationality", garble=0.3)
    cells["origin_country"] = _obs_name(str(ev["origin_country"]), rng, tags, "origin", garble=0.2)
    dest = str(ev["destination_country"])
    if rng.random() < 0.5:
        cells["destination_country"] = dest
        tags.append("iso3:destination_country")
    else:
        cells["destination_country"] = _obs_name(dest, rng, tags, "destination", garble=0.2)
    cells["detection_country"] = int(iso_codes(det)[1])
    tags.append("m49:detection_country")
    transit = _text(ev, "transit_countries")
    cells["transit_countries"] = [] if transit is None else transit.split("|")
    if rng.random() < 0.08:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:  # geocoded to two decimals
        exp["lat"], exp["lon"] = round(_float(ev, "lat"), 2), round(_float(ev, "lon"), 2)
        cells["lat"], cells["lon"] = exp["lat"], exp["lon"]
    if rng.random() < 0.04:
        cells["nationality"] = f"{cells['nationality']} "
        tags.append("space:nationality")
    return cells, exp, tags


_WRITERS: dict[str, Callable[[ExaminerSource, dict[str, object], _Rng, bool], _Out]] = {
    "pnn_katios": _pnn,
    "usfs_lei": _usfs,
    "onf_littoral": _onf,
    "dgcm_costas": _costas,
    "idehpucp_observatorio": _obs,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    """Write one event as ``src`` does; a second report may leave one field blank."""
    cells, exp, tags = _WRITERS[src.source](src, ev, rng, partial_ok)
    if forced_blank is not None:
        if forced_blank == "coordinates":
            for key in ("lat", "lon", "coordinates"):
                if key in cells:
                    cells[key] = None
            exp["lat"] = exp["lon"] = None
            tags = [t for t in tags if "coord" not in t]
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
            tags = [t for t in tags if forced_blank not in t]
        tags.append(f"blank_{forced_blank}")
    for key, value in cells.items():  # the CSV's encoding must hold every cell
        if isinstance(value, str) and not fits(value, src):
            raise ValueError(f"{src.filename}: {key} {value!r} does not fit {src.encoding}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad rows and notes
# --------------------------------------------------------------------------------------
def _write_day(src: ExaminerSource, ts: pd.Timestamp) -> object:
    """Write a full date in the agency's usual style."""
    if src.source == "usfs_lei":
        return ts.to_pydatetime()
    if src.source == "dgcm_costas":
        return ts.to_pydatetime()
    if src.source == "onf_littoral":
        return ts.strftime("%d/%m/%Y")
    return _date_iso(ts)


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date cannot be used."""
    if kind == "no_date":
        words = {"pnn_katios": "s/f", "onf_littoral": "NC", "dgcm_costas": "s/f"}
        return words.get(src.source) if rng.random() < 0.5 else None
    if kind == "future_date":  # a keying slip of the year
        return _write_day(src, ts.replace(year=ts.year + 10))
    day = choice(rng, ("30", "31"))
    if src.source == "usfs_lei":
        return f"2/{day}/{ts.year}"
    if src.source in ("onf_littoral", "dgcm_costas"):
        return f"{day}/02/{ts.year}"
    return f"{ts.year}-02-{day}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of the agency's note row (the day after its last row)."""
    return _write_day(src, last + pd.Timedelta(days=1))


def _examiner() -> Examiner[ExaminerSource]:
    """Return the set's sources, routing and writers."""
    obs = OBS.source
    return Examiner(
        sources=SOURCES,
        primary={
            "PAN": PNN.source,
            "USA": USFS.source,
            "FRA": ONF.source,
            "ESP": COSTAS.source,
        },
        compilation=obs,
        secondary={
            ("darien", "PAN"): obs,
            ("us_mex", "USA"): obs,
            ("channel", "FRA"): obs,
            ("watl", "ESP"): obs,
            ("wmed", "ESP"): obs,
            ("thb_rou_esp", "ESP"): obs,
        },
        render=_render,
        bad_date=_bad_date,
        note_date=_note_date,
        salt=248,
        blank_share=0.3,
    )


def make_blind248(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind248`` set's five submissions (files ``*_ip.*``).

    Colombia's national parks (PNN Los Katíos, Darién), the US Forest Service (border
    forests of Arizona, with interagency entries), France's forest office (coastal dunes
    of the Channel), Spain's coastal authority (Canarias, Ceuta, Melilla, Andalucía) and
    a Peruvian university observatory compiling everything else from press and official
    reports; the observatory also reports some events a second time.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``pnn_katios_ip.csv``, ``usfs_lei_ip.xlsx``, ``onf_littoral_ip.csv``,
        ``dgcm_costas_ip.xlsx`` and ``idehpucp_observatorio_ip.jsonl``, each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind248(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pnn_katios_ip.csv', 'usfs_lei_ip.xlsx', 'onf_littoral_ip.csv',
     'dgcm_costas_ip.xlsx', 'idehpucp_observatorio_ip.jsonl']
    >>> subs[2].encoding, subs[2].delimiter, subs[2].frame.columns[1]
    ('cp1252', ';', 'Date constat')
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_examiner(), truth, seed=seed)
