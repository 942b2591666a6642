"""Examiner set ``blind384`` (files ``*_nv.*``): ethical-trade auditors and their risk desks.

Five bodies that audit farms and food-processing sites for the supermarkets that buy
from them, and that keep a register of the labour-exploitation and migrant-smuggling
incidents found in, or reported around, the regions they source from. None of them was
used before in this project. Each writes its register its own way:

``applus_auditoria_social_nv.csv``
    Applus+ Certification (Spain), social audits (GRASP, SMETA) of Huelva's berry farms,
    Almería's greenhouses and the Canaries' banana farms: Spanish, cp1252, ``;``, CRLF,
    day-first dates (``17/05/2023``, a few ``17/05/23``, month only ``05/2023``), Spanish
    country names (often in capitals), ``1.250`` thousands, decimal-comma latitude and
    longitude columns, "H"/"M" for men/women beside the words, ``MENA`` for minors.
``ics_audits_sociaux_nv.csv``
    Initiative for Compliance and Sustainability (ICS, the French retailers' social-audit
    initiative), incident watch of its suppliers' regions (France, Italy, Greece):
    French, Excel's "Unicode text" export (UTF-16 with BOM, tab-delimited), ``17/05/2023``,
    ``mai 2023``, ``T2 2023``, French names or ISO alpha-3 codes, ``1 250`` with a
    (narrow) no-break space, one "Coordonnées GPS" cell ``50,95123 / 1,85012``, transit
    lists joined by ``>``.
``fnet_horizon_scan_nv.jsonl``
    Food Network for Ethical Trade (UK), horizon scanning of labour exploitation and
    smuggling news for its members; the compilation source (the UK, Croatia, Poland):
    English JSON lines, ``17 May 2023``, ``May 2023``, ``Q2 2023``, aliases (``UK``,
    ``Vietnam``, ``Turkey``) and ISO alpha-3 codes, small counts in words, ``lat``/``lng``.
``ahifores_verificacion_nv.csv``
    AHIFORES (Mexico's fresh-produce social-responsibility alliance), incidents around
    the export farms of Sonora, Chihuahua and Tamaulipas reported at the US border:
    Spanish of Mexico, UTF-8, ``,``, ISO dates and ``2023-05``, ``NNA`` for minors,
    ``EUA``/``EE. UU.`` for the United States, mojibake (``MÃ©xico``) from an earlier
    mis-read, one "Coordenadas" cell ``31.34012, -110.94123``.
``flocert_pa_incidents_nv.xlsx``
    FLOCERT (Fairtrade's certifier), allegations and incidents logged by its auditors
    of Panama's banana and coffee producers (Darién): English headers, country names in
    English or Spanish (local auditors) or ISO alpha-2, dates as Excel dates, bare Excel
    serial numbers or ``17.05.2023`` text, numeric latitude and longitude cells.

Every cell is written from the true event; the truth expects what a careful analyst
reads from it. A cell that says "not known" expects nothing (``unknown`` for a
vocabulary field); a count no analyst can read is a bad row (see :data:`BAD_KINDS`).
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["AGENCIES", "BLIND384", "make_blind384"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_PARTIAL = ("month_slash", "month_name", "month_iso", "quarter_t", "quarter_q")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared fields plus its own way of writing.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the agency's words (first = the usual one).
    na_words : tuple of str
        What the agency writes for an age group or transport mode it does not know.
    not_applicable : tuple of str
        What it writes as the form of exploitation of a pure smuggling case
        (``""`` = the cell is left blank).
    unknown_exploitation : tuple of str
        What it writes when the form of exploitation of a trafficking case is not known.
    count_unknown : tuple of str
        What it writes when the number of persons (or suspects) is not known.
    zero_words : tuple of str
        What it writes for no suspect at all.
    date_styles : mapping
        Date style -> weight; see :func:`date_cell`.
    country_styles : mapping
        Country style -> weight; see :func:`country_cell`.
    aliases : mapping
        ISO alpha-3 -> the agency's other names of that country.
    coord_style : str
        ``"comma_cols"``, ``"slash_pair"``, ``"float_cols"`` or ``"dot_pair"``.
    transit_sep : str
        Separator of its transit-country lists.
    direct_words : tuple of str
        What it writes when the route had no transit country (``""`` = blank).
    offence_sep : str
        Separator of its linked offences.
    places : mapping
        Truth hotspot -> the agency's name of the place.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    na_words: tuple[str, ...]
    not_applicable: tuple[str, ...]
    unknown_exploitation: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    date_styles: Mapping[str, float]
    country_styles: Mapping[str, float]
    aliases: Mapping[str, tuple[str, ...]]
    coord_style: str
    transit_sep: str
    direct_words: tuple[str, ...]
    offence_sep: str
    places: Mapping[str, str]


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_ES_OFFENCES = {
    "document_fraud": ("Falsedad documental", "Documentación falsa"),
    "corruption": ("Cohecho", "Corrupción"),
    "money_laundering": ("Blanqueo de capitales",),
    "illicit_goods": ("Tráfico de drogas", "Contrabando"),
    "cybercrime": ("Ciberdelito",),
    "terrorism": ("Terrorismo",),
}
_MX_OFFENCES = {
    "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
    "corruption": ("Cohecho", "Corrupción"),
    "money_laundering": ("Operaciones con recursos de procedencia ilícita", "Lavado de dinero"),
    "illicit_goods": ("Contra la salud (narcóticos)", "Contrabando"),
    "cybercrime": ("Delito informático",),
    "terrorism": ("Terrorismo",),
}
_FR_OFFENCES = {
    "document_fraud": ("faux documents", "fraude documentaire"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment",),
    "illicit_goods": ("stupéfiants", "contrebande"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}
_EN_OFFENCES = {
    "document_fraud": ("Document fraud", "False documents"),
    "corruption": ("Bribery", "Corruption"),
    "money_laundering": ("Money laundering",),
    "illicit_goods": ("Drugs", "Illicit goods"),
    "cybercrime": ("Cybercrime",),
    "terrorism": ("Terrorism",),
}

_APPLUS_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular",
            "Tráfico de migrantes",
        ),
        "both": ("Trata y tráfico de migrantes", "TSH + tráfico"),
    },
    "exploitation": {
        "forced_labour": ("Explotación laboral", "Laboral", "Trabajos forzados"),
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_criminality": ("Actividades delictivas",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
    },
    "gender": {
        "male": ("Hombres", "H", "Varones"),
        "female": ("Mujeres", "M"),
        "mixed": ("Mixto", "Hombres y mujeres", "H/M"),
    },
    "age_group": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA", "Menores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "transport_mode": {
        "sea": ("Marítimo", "Patera", "Embarcación neumática"),
        "land": ("Terrestre", "Vehículo", "Autobús"),
        "air": ("Aéreo", "Vuelo"),
    },
    "linked_offences": _ES_OFFENCES,
}
_ICS_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "Trafic de migrants",
            "Filière de passeurs",
        ),
        "both": ("Traite et trafic de migrants", "TEH + aide à l'entrée irrégulière"),
    },
    "exploitation": {
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    "gender": {
        "male": ("Hommes", "H", "Masculin"),
        "female": ("Femmes", "F", "Féminin"),
        "mixed": ("Mixte", "H/F"),
    },
    "age_group": {
        "adult": ("Majeurs", "Adultes"),
        "child": ("Mineurs", "MNA"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    "transport_mode": {
        "sea": ("Maritime", "Small boat", "Embarcation pneumatique"),
        "land": ("Terrestre", "Poids lourd", "Véhicule léger"),
        "air": ("Aérien", "Avion"),
    },
    "linked_offences": _FR_OFFENCES,
}
_FNET_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery (MSHT)"),
        "smuggling": ("People smuggling", "Facilitated illegal entry"),
        "both": ("Smuggling & trafficking", "Modern slavery + smuggling"),
    },
    "exploitation": {
        "forced_labour": ("Labour exploitation", "Forced labour", "Debt bondage"),
        "sexual": ("Sexual exploitation",),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("Male", "Men"),
        "female": ("Female", "Women"),
        "mixed": ("Mixed", "Male & female"),
    },
    "age_group": {
        "adult": ("Adults", "18+", "Adult"),
        "child": ("Minors", "Under 18", "Child"),
        "mixed": ("Adults & minors", "Mixed ages"),
    },
    "transport_mode": {
        "sea": ("Small boat", "Sea", "RIB"),
        "land": ("Land", "Lorry", "HGV", "Van"),
        "air": ("Air", "Flight"),
    },
    "linked_offences": _EN_OFFENCES,
}
_AHIFORES_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes", "Polleros"),
        "both": ("Trata y tráfico", "Tráfico y trata de personas"),
    },
    "exploitation": {
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "sexual": ("Explotación sexual",),
        "forced_criminality": ("Actividades delictivas",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    "gender": {
        "male": ("Hombres", "Masculino"),
        "female": ("Mujeres", "Femenino"),
        "mixed": ("Ambos", "Mixto"),
    },
    "age_group": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "transport_mode": {
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie", "Tractocamión", "Autobús"),
        "air": ("Aéreo",),
    },
    "linked_offences": _MX_OFFENCES,
}
_FLOCERT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Human trafficking", "Trafficking"),
        "smuggling": ("Migrant smuggling", "Smuggling of migrants"),
        "both": ("Smuggling + trafficking",),
    },
    "exploitation": {
        "forced_labour": ("Forced labour", "Forced labor"),
        "sexual": ("Sexual exploitation",),
        "forced_criminality": ("Forced criminality",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F"),
    },
    "age_group": {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Child (<18)"),
        "mixed": ("Mixed", "Adults and minors"),
    },
    "transport_mode": {
        "sea": ("Boat", "Sea"),
        "land": ("On foot", "Land", "Overland"),
        "air": ("Air",),
    },
    "linked_offences": _EN_OFFENCES,
}

# The Spanish, French and English names of the truth come from the shared table; these
# are each agency's other names of a country.
_ES_ALIASES = {
    "USA": ("EE. UU.", "EEUU"),
    "GBR": ("Gran Bretaña",),
    "GIN": ("Guinea Conakry",),
}
_FR_ALIASES = {
    "GBR": ("Grande-Bretagne", "RU"),
    "CIV": ("Côte d'Ivoire",),
    "VNM": ("Vietnam",),
    "GIN": ("Guinée-Conakry",),
    "USA": ("USA",),
}
_EN_ALIASES = {
    "GBR": ("UK", "Great Britain"),
    "VNM": ("Vietnam",),
    "TUR": ("Turkey",),
    "CIV": ("Ivory Coast",),
    "USA": ("US", "USA"),
    "SYR": ("Syrian Arab Republic",),
    "RUS": ("Russian Federation",),
}
_MX_ALIASES = {
    "USA": ("EUA", "EE. UU.", "Estados Unidos de América"),
    "GTM": ("Guate",),
    "VEN": ("República Bolivariana de Venezuela",),
}

_ES_PLACES = {
    "Almería": "Almería (Poniente)",
    "Almería (El Ejido)": "El Ejido",
    "Huelva": "Huelva (Condado)",
    "Gran Canaria": "Gran Canaria",
    "Tenerife": "Tenerife",
    "El Hierro": "El Hierro (La Restinga)",
    "Lanzarote": "Lanzarote",
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
}
_FR_PLACES = {
    "Calais": "Calais",
    "Dunkirk/Gravelines": "Gravelines (Nord)",
    "Dover": "Douvres",
    "Lampedusa": "Lampedusa",
    "Pozzallo": "Pozzallo (Sicile)",
    "Crotone": "Crotone (Calabre)",
    "Castel Volturno": "Castel Volturno (Campanie)",
    "Torino": "Turin",
    "Palermo": "Palerme",
    "Latina (Agro Pontino)": "Latina (Agro Pontino)",
    "Lesbos": "Lesbos",
    "Samos": "Samos",
    "Evros": "Évros",
    "Huelva": "Huelva",
    "Almería (El Ejido)": "El Ejido",
}
_MX_PLACES = {
    "Nogales (Sonora/Arizona)": "Nogales, Son.",
    "Sasabe": "Sásabe, Son.",
    "El Paso": "Cd. Juárez / El Paso",
    "Rio Grande Valley": "Reynosa / Valle del Río Bravo",
    "Darién gap": "Tapón del Darién",
    "Bajo Chiquito": "Bajo Chiquito",
    "Lajas Blancas": "Lajas Blancas",
}
_PA_PLACES = {
    "Darién gap": "Darién (Tapón)",
    "Bajo Chiquito": "Bajo Chiquito, Darién",
    "Lajas Blancas": "Lajas Blancas ETM",
    "Nogales (Sonora/Arizona)": "Nogales AZ",
}

# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
APPLUS = Agency(
    source="applus_auditoria_social_nv",
    filename="applus_auditoria_social_nv.csv",
    ref="ALR-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº alerta",
        "event_date": "Fecha detección",
        "crime_type": "Tipología",
        "exploitation": "Forma de explotación",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "place": "Zona / municipio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: registro provisional, pendiente de validación por la Dirección de Sostenibilidad",
    total="TOTAL",
    bad_count=("varios", "grupo", "ver anexo"),
    repeats=False,
    words=_APPLUS_WORDS,
    na_words=("No consta", "s/d"),
    not_applicable=("", "", "No procede"),
    unknown_exploitation=("No consta", "Sin determinar"),
    count_unknown=("s/d", "sin datos"),
    zero_words=("ninguno", "ninguno"),
    date_styles={"dmy": 0.82, "dmy2": 0.1, "month_slash": 0.08},
    country_styles={"name": 0.7, "upper": 0.16, "lower": 0.04, "alias": 0.05, "typo": 0.05},
    aliases=_ES_ALIASES,
    coord_style="comma_cols",
    transit_sep=" - ",
    direct_words=("", "", "Directo"),
    offence_sep=" / ",
    places=_ES_PLACES,
)
ICS = Agency(
    source="ics_audits_sociaux_nv",
    filename="ics_audits_sociaux_nv.csv",
    ref="ICS-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° alerte",
        "event_date": "Date du constat",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "place": "Lieu",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction plateforme ICS : données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "groupe", "voir PV"),
    repeats=True,
    words=_ICS_WORDS,
    na_words=("NC", "Non renseigné"),
    not_applicable=("", "Sans objet"),
    unknown_exploitation=("NC", "À déterminer"),
    count_unknown=("NC", "inconnu"),
    zero_words=("aucun", "néant"),
    date_styles={"dmy": 0.85, "month_name": 0.08, "quarter_t": 0.07},
    country_styles={"name": 0.66, "iso3": 0.16, "upper": 0.08, "alias": 0.05, "typo": 0.05},
    aliases=_FR_ALIASES,
    coord_style="slash_pair",
    transit_sep=" > ",
    direct_words=("", "Direct", "Aucun"),
    offence_sep=", ",
    places=_FR_PLACES,
)
FNET = Agency(
    source="fnet_horizon_scan_nv",
    filename="fnet_horizon_scan_nv.jsonl",
    ref="FNET-HS-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "alert_id",
        "event_date": "incident_date",
        "crime_type": "issue_type",
        "exploitation": "exploitation_type",
        "n_persons": "people_affected",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country_of_incident",
        "transit_countries": "transit_route",
        "transport_mode": "transport",
        "place": "location",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "a group", "see report"),
    repeats=False,
    words=_FNET_WORDS,
    na_words=("not recorded", "unknown"),
    not_applicable=("", "N/A"),
    unknown_exploitation=("not known", "TBC"),
    count_unknown=("not known", "unknown"),
    zero_words=("none", "nil"),
    date_styles={"long_en": 0.8, "month_name": 0.1, "quarter_q": 0.1},
    country_styles={"name": 0.6, "alias": 0.2, "iso3": 0.15, "typo": 0.05},
    aliases=_EN_ALIASES,
    coord_style="float_cols",
    transit_sep=", ",
    direct_words=("", "direct"),
    offence_sep="; ",
    places={},
)
AHIFORES = Agency(
    source="ahifores_verificacion_nv",
    filename="ahifores_verificacion_nv.csv",
    ref="AHF/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del hallazgo",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas involucradas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "place": "Municipio / punto de cruce",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: información preliminar, sujeta a verificación en campo",
    total="TOTAL",
    bad_count=("varios", "grupo familiar"),
    repeats=True,
    words=_AHIFORES_WORDS,
    na_words=("N/D", "Se desconoce"),
    not_applicable=("", "No aplica"),
    unknown_exploitation=("Se desconoce", "Por determinar"),
    count_unknown=("N/D", "Sin dato"),
    zero_words=("ninguno", "Ninguno"),
    date_styles={"iso": 0.9, "month_iso": 0.1},
    country_styles={"name": 0.6, "mojibake": 0.22, "upper": 0.08, "alias": 0.06, "typo": 0.04},
    aliases=_MX_ALIASES,
    coord_style="dot_pair",
    transit_sep=" / ",
    direct_words=("", "Ninguno"),
    offence_sep=", ",
    places=_MX_PLACES,
)
FLOCERT = Agency(
    source="flocert_pa_incidents_nv",
    filename="flocert_pa_incidents_nv.xlsx",
    ref="FLO-PA-{yy:02d}{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of finding",
        "crime_type": "Issue category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of persons",
        "n_suspects": "Alleged perpetrators",
        "gender": "Gender",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Country of destination",
        "detection_country": "Country of finding",
        "transit_countries": "Transit countries",
        "transport_mode": "Mode of transport",
        "place": "Site / locality",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related offences",
    },
    note="Note: figures as reported by auditors, not verified by the Integrity unit",
    total="Total",
    bad_count=("several", "group", "see annex"),
    repeats=False,
    words=_FLOCERT_WORDS,
    na_words=("n/k", "unknown"),
    not_applicable=("", "N/A"),
    unknown_exploitation=("n/k", "under investigation"),
    count_unknown=("n/k", "tbc"),
    zero_words=("none",),
    date_styles={"excel_dt": 0.7, "serial": 0.2, "dot": 0.1},
    country_styles={"name": 0.45, "spanish": 0.3, "iso2": 0.2, "typo": 0.05},
    aliases={},
    coord_style="float_cols",
    transit_sep=" - ",
    direct_words=("", "none"),
    offence_sep="; ",
    places=_PA_PLACES,
)

#: The five agencies, in the order their submissions are returned.
AGENCIES: tuple[Agency, ...] = (APPLUS, ICS, FNET, AHIFORES, FLOCERT)

_COUNT_WORDS_EN = (
    "zero",
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
    "eleven",
    "twelve",
)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word (first) 60 % of the time, another form otherwise."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _typo(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def date_cell(src: Agency, ts: pd.Timestamp, style: str) -> tuple[object, pd.Timestamp, str]:
    """Write a date in one of the agency's styles.

    Parameters
    ----------
    src : Agency
        The agency (its language names the months).
    ts : Timestamp
        The day.
    style : str
        ``dmy`` (``17/05/2023``), ``dmy2`` (``17/05/23``), ``dot`` (``17.05.2023``),
        ``iso`` (``2023-05-17``), ``long_en`` (``17 May 2023``), ``excel_dt`` (an Excel
        date), ``serial`` (an Excel serial number), or the partial ``month_slash``
        (``05/2023``), ``month_name`` (``mai 2023``), ``month_iso`` (``2023-05``),
        ``quarter_t`` (``T2 2023``), ``quarter_q`` (``Q2 2023``).

    Returns
    -------
    tuple
        ``(cell, expected date, precision)``.

    Examples
    --------
    >>> date_cell(ICS, pd.Timestamp("2023-05-17"), "month_name")
    ('mai 2023', Timestamp('2023-05-01 00:00:00'), 'month')
    >>> date_cell(FLOCERT, pd.Timestamp("2023-05-17"), "serial")[0]
    45063
    """
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    name = _MONTHS[src.language][ts.month - 1]
    cells: dict[str, tuple[object, pd.Timestamp, str]] = {
        "dmy": (ts.strftime("%d/%m/%Y"), ts, "day"),
        "dmy2": (ts.strftime("%d/%m/%y"), ts, "day"),
        "dot": (ts.strftime("%d.%m.%Y"), ts, "day"),
        "iso": (ts.strftime("%Y-%m-%d"), ts, "day"),
        "long_en": (f"{ts.day} {name} {ts.year}", ts, "day"),
        "excel_dt": (dt.datetime(ts.year, ts.month, ts.day), ts, "day"),
        "serial": (int((ts.normalize() - _EXCEL_EPOCH).days), ts, "day"),
        "month_slash": (ts.strftime("%m/%Y"), month, "month"),
        "month_name": (f"{name} {ts.year}", month, "month"),
        "month_iso": (ts.strftime("%Y-%m"), month, "month"),
        "quarter_t": (f"T{ts.quarter} {ts.year}", quarter, "quarter"),
        "quarter_q": (f"Q{ts.quarter} {ts.year}", quarter, "quarter"),
    }
    return cells[style]


def country_cell(src: Agency, iso3: str, style: str) -> tuple[str, str | None]:
    """Write a country the agency's way; return the cell and its messiness tag.

    Parameters
    ----------
    src : Agency
        The agency.
    iso3 : str
        ISO alpha-3 code of the country.
    style : str
        ``name``, ``upper``, ``lower``, ``alias``, ``typo``, ``iso3``, ``iso2``,
        ``mojibake`` (UTF-8 read as cp1252) or ``spanish`` (the Spanish name in an
        English file).

    Returns
    -------
    tuple
        ``(cell, tag or None)``; a style that changes nothing gives the plain name.

    Examples
    --------
    >>> country_cell(AHIFORES, "MEX", "mojibake")
    ('MÃ©xico', 'mojibake')
    >>> country_cell(FNET, "GBR", "alias")
    ('UK', 'alias')
    """
    row = COUNTRIES[iso3]
    name = str(row[_LANG_COL[src.language]])
    if style == "upper":
        return name.upper(), "case"
    if style == "lower":
        return name.lower(), "case"
    if style == "alias" and src.aliases.get(iso3):
        return src.aliases[iso3][0], "alias"
    if style == "typo" and _typo(name) != name:
        return _typo(name), "typo"
    if style == "iso3":
        return iso3, "iso3"
    if style == "iso2":
        return iso_codes(iso3)[0], "iso2"
    if style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            return garbled, "mojibake"
    if style == "spanish":
        return str(row[3]), "spanish_name"
    return name, None


def _coords(src: Agency, lat: float, lon: float) -> dict[str, object]:
    la, lo = round(lat, 5), round(lon, 5)
    if src.coord_style == "comma_cols":
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}
    if src.coord_style == "slash_pair":
        text = f"{la:.5f} / {lo:.5f}".replace(".", ",")
        return {"coordinates": text}
    if src.coord_style == "dot_pair":
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}
    return {"lat": la, "lon": lo}


def _count(src: Agency, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons (a number in XLSX and JSON, text in CSV)."""
    if src.format == "jsonl" and n <= 12 and rng.random() < 0.08:
        tags.append("count_word")
        return _COUNT_WORDS_EN[n]
    if n >= 1000 and src.format == "csv" and rng.random() < 0.75:
        tags.append("thousands:n_persons")
        hi, lo = divmod(n, 1000)
        if src is ICS:  # French: a space, often Excel's no-break one
            sep = choice(rng, ("\u00a0", "\u202f", " "))
        else:  # Spain writes 1.250, Mexico 1,250
            sep = "." if src is APPLUS else ","
        return f"{hi}{sep}{lo:03d}"
    return str(n) if src.format == "csv" else n


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
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date: a partial date only where the event is not reported twice
    style = _draw(rng, src.date_styles)
    if style in _PARTIAL and not partial_ok:
        style = next(s for s in src.date_styles if s not in _PARTIAL)
    cells["event_date"], exp["event_date"], exp["date_precision"] = date_cell(src, ts, style)
    if style in _PARTIAL:
        tags.append("partial_date")
    elif style in ("serial", "excel_dt", "dmy2", "dot"):
        tags.append(f"date_{style}")

    def vocab(col: str, value: str) -> str:
        word = _word(rng, src.words[col][value])
        if rng.random() < 0.06:  # a clerk's capitals or stray spaces
            word = word.upper() if rng.random() < 0.5 else f" {word}  "
            tags.append(f"case:{col}")
        return word

    crime = str(ev["crime_type"])
    cells["crime_type"] = vocab("crime_type", crime)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: nothing to say, or "not applicable"
        word = choice(rng, src.not_applicable)
        cells["exploitation"] = word or None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.unknown_exploitation)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = vocab("exploitation", str(expl))
        exp["exploitation"] = expl

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n_persons, rng, tags)
        exp["n_persons"] = n_persons

    n_susp = ev["n_suspects"]
    r = rng.random()
    if forced_blank == "n_suspects" or n_susp is None:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(n_susp) == 0 and r < 0.4:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, src.zero_words)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        k = int(n_susp)  # type: ignore[call-overload]
        cells["n_suspects"] = str(k) if src.format == "csv" else k
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.025:
        cells["gender"] = choice(rng, src.na_words)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = vocab("gender", gender)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = choice(rng, src.na_words)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _transport(src, ev, rng, tags) if col == "transport_mode" else None
            if cells[col] is None:
                cells[col] = vocab(col, value)
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        blank_ok = col in ("nationality", "detection_country")
        if iso is None or (blank_ok and forced_blank == col):
            cells[col] = None
            exp[col] = None
            if iso is not None:
                tags.append(f"blank_{col}")
            continue
        if col == "nationality" and rng.random() < 0.03:
            cells[col] = choice(rng, src.na_words)
            exp[col] = None
            tags.append("blank_nationality")
            continue
        text, tag = country_cell(src, str(iso), _draw(rng, src.country_styles))
        if tag is not None:
            tags.append(f"{tag}:{col}")
        cells[col] = text
        exp[col] = iso

    transit = ev["transit_countries"]
    if transit is None:
        word = choice(rng, src.direct_words)
        cells["transit_countries"] = word or None
        if word:
            tags.append("direct_word")
    else:
        style = _draw(rng, src.country_styles)
        parts = []
        for iso in str(transit).split("|"):
            text, tag = country_cell(src, iso, style)
            parts.append(text)
            if tag is not None and f"{tag}:transit_countries" not in tags:
                tags.append(f"{tag}:transit_countries")
        cells["transit_countries"] = src.transit_sep.join(parts)
    exp["transit_countries"] = transit

    cells["place"] = src.places.get(str(ev["hotspot"]), str(ev["hotspot"]))

    lat, lon = ev["lat"], ev["lon"]
    r = rng.random()
    if forced_blank == "coordinates" or lat is None or lon is None:
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif r < 0.06:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.08 and src.format != "jsonl":
        word = choice(rng, src.na_words)
        key = "coordinates" if "coordinates" in src.headers else "lat"
        cells[key] = word
        if key == "lat":
            cells["lon"] = word
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        la, lo = float(lat), float(lon)  # type: ignore[arg-type]
        cells.update(_coords(src, la, lo))
        if src.format == "xlsx" and rng.random() < 0.08:  # typed by a Spanish speaker
            cells["lat"] = f"{round(la, 5):.5f}".replace(".", ",")
            cells["lon"] = f"{round(lo, 5):.5f}".replace(".", ",")
            tags.append("decimal_comma")
        exp["lat"], exp["lon"] = round(la, 5), round(lo, 5)

    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = None
    else:
        cells["linked_offences"] = src.offence_sep.join(
            _word(rng, src.words["linked_offences"][o]) for o in str(off).split("|")
        )
    exp["linked_offences"] = off

    if src is AHIFORES:  # the register went once through a cp1252 editor: some cells garbled
        for col in ("crime_type", "exploitation", "transport_mode", "linked_offences"):
            cell = cells.get(col)
            if isinstance(cell, str) and rng.random() < 0.2:
                garbled = mojibake(cell)
                if garbled is not None:
                    cells[col] = garbled
                    tags.append(f"mojibake:{col}")
    return cells, exp, tags


def _transport(src: Agency, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str | None:
    """Return a word tied to a route (cayucos to the Canaries, the fence at Ceuta), or None."""
    mode, corridor = ev["transport_mode"], ev["corridor"]
    if src is APPLUS and mode == "sea" and corridor == "watl":
        return choice(rng, ("Cayuco", "Cayuco", "Neumática"))
    if src is APPLUS and mode == "land" and ev["hotspot"] in ("Ceuta", "Melilla"):
        return choice(rng, ("Salto de valla", "Terrestre", "Perímetro fronterizo"))
    if src is FLOCERT and mode == "land" and corridor == "darien":
        return choice(rng, ("On foot", "On foot", "Overland (jungle trail)"))
    return None


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return an empty date, an impossible day or a mistyped year, the agency's way."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if src is AHIFORES:
            return f"{ts.year}-{month}-{day}"
        if src is FLOCERT:
            return f"{day}.{month}.{ts.year}"
        if src is FNET:
            return f"{day} {_MONTHS['en'][int(month) - 1]} {ts.year}"
        return f"{day}/{month}/{ts.year}"
    future = ts.replace(year=ts.year + 180)  # 2023 typed 2203
    if src is AHIFORES:
        return future.strftime("%Y-%m-%d")
    if src is FLOCERT:
        return future.strftime("%d.%m.%Y")
    if src is FNET:
        return f"{future.day} {_MONTHS['en'][future.month - 1]} {future.year}"
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date of the extraction, written on the note row."""
    day = last + pd.Timedelta(days=3)
    if src is AHIFORES:
        return day.strftime("%Y-%m-%d")
    if src is FLOCERT:
        return dt.datetime(day.year, day.month, day.day)
    return day.strftime("%d/%m/%Y")


_PRIMARY = {
    "ESP": APPLUS.source,
    "FRA": ICS.source,
    "ITA": ICS.source,
    "GRC": ICS.source,
    "USA": AHIFORES.source,
    "PAN": FLOCERT.source,
}
_SECONDARY = {
    ("channel", "FRA"): FNET.source,
    ("channel", "GBR"): ICS.source,
    ("thb_vnm_gbr", "GBR"): ICS.source,
    ("thb_rou_esp", "ESP"): ICS.source,
    ("thb_rou_esp", "ITA"): APPLUS.source,
    ("wmed", "ESP"): FNET.source,
    ("watl", "ESP"): FNET.source,
    ("cmed", "ITA"): FNET.source,
    ("thb_nga_ita", "ITA"): FNET.source,
    ("emed", "GRC"): FNET.source,
    ("wbal", "HRV"): ICS.source,
    ("blr_pol", "POL"): ICS.source,
    ("us_mex", "USA"): FLOCERT.source,
    ("darien", "PAN"): AHIFORES.source,
}

#: The examiner variant: agencies, routing and writers.
BLIND384: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary=_PRIMARY,
    compilation=FNET.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=384,
    blank_share=0.35,
)


def make_blind384(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ethical-trade registers of set ``blind384``.

    Spain's events go to Applus+'s social-audit alert register, France's, Italy's and
    Greece's to ICS's incident watch, the United States' to AHIFORES, Panama's to
    FLOCERT's Panama log, and every other event to FNET's horizon scan (the compilation).
    A few events are reported a second time by another of them (a day off at most,
    perhaps leaving one field blank); bad rows of every quarantine reason, note, total
    and empty rows and exact repeats (ICS and AHIFORES re-sent rows) are planted.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        One per agency of :data:`AGENCIES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind384(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['applus_auditoria_social_nv.csv', 'ics_audits_sociaux_nv.csv',
     'fnet_horizon_scan_nv.jsonl', 'ahifores_verificacion_nv.csv',
     'flocert_pa_incidents_nv.xlsx']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-16', 'utf-8', 'utf-8', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° alerte', 'Date du constat', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND384, truth, seed=seed)
