"""Examiner sample set ``blind342`` (files ``*_mf.*``): funeral directors and repatriation.

Five funeral and repatriation-of-remains services, each writing its case export its own
way, report the deaths and the survivors of smuggling journeys and the bodies of
trafficked persons they handle:

``rowland_brothers_intl_mf.jsonl``
    Rowland Brothers International (Croydon, UK), international funeral directors and
    repatriation specialists. JSON lines from its case system, English keys, ISO dates
    (some "17 May 2023", month or quarter only when only the period is known),
    nationality as a demonym ("Vietnamese"), UK spellings and ISO alpha-2 codes for the
    country of recovery. It brings home bodies from Italy, Greece, Croatia and Poland
    as well as handling deaths in the UK, so it is the set's compilation source.
``pfg_rapatriement_mf.csv``
    Pompes Funèbres Générales (PFG, groupe OGF), service rapatriement de corps, Côte
    d'Opale. French, cp1252, ``;``, day-first dates ("17/05/2023", "mai 2023",
    "T2 2023"), nationality as an adjective ("érythréen"), "Angleterre" for the United
    Kingdom, decimal commas, "néant" for no arrest.
``memora_tanatorios_mf.csv``
    Mémora, tanatorios of Algeciras and the Canary Islands. Spanish (Spain), UTF-16 tab
    separated text as Excel saves "Texto Unicode", day-first or year-first dates,
    "patera"/"cayuco", "Varón"/"Mujer", "1.250", coordinates in degrees, minutes and
    seconds in one column.
``gayosso_traslados_mf.csv``
    Grupo Gayosso, traslados internacionales de restos (Mexican repatriation of remains
    of migrants who died crossing into the United States). Spanish (Mexico), UTF-8 with
    BOM, ``,``, upper-case country names with mojibake of a file once opened as ANSI,
    "17/MAY/2023" dates, counts such as "3 (TRES)", "EUA" for the United States.
``funeraria_gasset_pa_mf.xlsx``
    Funeraria Gasset (Panamá), remains recovered in the Darién. Spanish (Panama), Excel
    dates (some as bare serial numbers or typed text), "NNA" for minors, "M"/"F" for
    sex, ISO alpha-3 nationalities.

The truth (``expected``) says what a careful analyst reads in each cell: a partial date
is the first day of its month or quarter, a "not known" word is a missing value (or the
word ``unknown`` in a vocabulary column), the degrees-minutes-seconds of a place are the
decimal degrees they denote.
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
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND342", "SOURCES", "Funeral", "make_blind342"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_MX_MONTHS = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
_ES_NUMBERS = (
    "CERO",
    "UNO",
    "DOS",
    "TRES",
    "CUATRO",
    "CINCO",
    "SEIS",
    "SIETE",
    "OCHO",
    "NUEVE",
    "DIEZ",
    "ONCE",
    "DOCE",
    "TRECE",
    "CATORCE",
    "QUINCE",
    "DIECISÉIS",
    "DIECISIETE",
    "DIECIOCHO",
    "DIECINUEVE",
    "VEINTE",
)
#: Partial-date styles (month or quarter only) and the precision they give.
_PARTIAL = {
    "month_iso": "month",
    "month_fr": "month",
    "month_es": "month",
    "month_es_upper": "month",
    "month_slash": "month",
    "quarter_q": "quarter",
    "quarter_t": "quarter",
}

# English demonyms: how a UK case file writes a nationality.
_DEMONYM_EN = {
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
# French nationality adjectives (masculine), as a French register writes them.
_DEMONYM_FR = {
    "AFG": "afghan",
    "ALB": "albanais",
    "BGD": "bangladais",
    "CHN": "chinois",
    "CIV": "ivoirien",
    "CMR": "camerounais",
    "COL": "colombien",
    "DZA": "algérien",
    "ECU": "équatorien",
    "EGY": "égyptien",
    "ERI": "érythréen",
    "GIN": "guinéen",
    "GMB": "gambien",
    "GTM": "guatémaltèque",
    "HND": "hondurien",
    "HTI": "haïtien",
    "IRN": "iranien",
    "IRQ": "irakien",
    "MAR": "marocain",
    "MEX": "mexicain",
    "MLI": "malien",
    "NGA": "nigérian",
    "PAK": "pakistanais",
    "ROU": "roumain",
    "SEN": "sénégalais",
    "SYR": "syrien",
    "TUN": "tunisien",
    "TUR": "turc",
    "VEN": "vénézuélien",
    "VNM": "vietnamien",
    "YEM": "yéménite",
}
# Other names in common use, per language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "GMB": ("The Gambia",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "BIH": ("Bosnia",),
        "MKD": ("Macedonia",),
        "CHN": ("PRC",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "CIV": ("Cote d'Ivoire",),
        "RUS": ("Fédération de Russie",),
    },
    "es": {
        "USA": ("EUA", "EE.UU."),
        "GBR": ("Gran Bretaña",),
        "VNM": ("Viet Nam",),
        "CIV": ("Côte d'Ivoire",),
        "RUS": ("Federación de Rusia",),
    },
}


@dataclass(frozen=True)
class Funeral(ExaminerSource):
    """A funeral or repatriation service: the shared source fields plus its own wording.

    Attributes
    ----------
    dates : tuple of (str, float)
        Date styles and their weights; the first is the usual full-date style.
    countries : tuple of (str, float)
        Country styles (``name``, ``upper``, ``iso2``, ``iso3``, ``alias``, ``typo``,
        ``mojibake``) and their weights; ``name`` in upper case when ``upper_case``.
    demonym : float
        Share of nationalities written as a demonym (English or French sources).
    words : mapping
        Column -> canonical word -> the agency's words (the first the usual one).
    unknown : str
        The agency's "not known" word (age group, transport, nationality).
    count_placeholder : str
        What it writes when the number of persons is not known.
    zero : tuple of str
        Words for "no suspect".
    no_expl : str
        What it writes in the exploitation column of a smuggling case ("" = blank).
    transit_sep, offence_sep : str
        Separators of the transit and linked-offence lists.
    thousands : str
        Thousands separator of large counts ("" = never).
    coords : str
        ``"numbers"`` (two numeric cells or JSON numbers), ``"comma"`` (two text cells
        with a decimal comma), ``"dms"`` (one cell, degrees-minutes-seconds) or
        ``"pair"`` (one cell, ``lat,lon``).
    coords_placeholder : str
        What it writes when the place was not recorded.
    upper_case : bool
        Whether its clerks type names and words in capitals.
    count_words : float
        Share of small counts written with the number in words, ``"3 (TRES)"``.
    boats : mapping
        Hotspot -> the agency's words for a sea crossing there (a "cayuco" reaches the
        Canaries, a "patera" the Strait; a "small boat" leaves the Côte d'Opale).
    """

    dates: tuple[tuple[str, float], ...]
    countries: tuple[tuple[str, float], ...]
    demonym: float
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: str
    count_placeholder: str
    zero: tuple[str, ...]
    no_expl: str
    transit_sep: str
    offence_sep: str
    thousands: str
    coords: str
    coords_placeholder: str
    upper_case: bool
    count_words: float
    boats: Mapping[str, tuple[str, ...]]


# --------------------------------------------------------------------------------------
# Wording of each agency
# --------------------------------------------------------------------------------------
_WORDS_UK: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("People smuggling", "Smuggling", "Migrant smuggling"),
        "trafficking": ("Modern slavery", "Human trafficking", "Trafficking"),
        "both": ("Trafficking & smuggling", "Smuggling / trafficking"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed group", "Male & female"),
    },
    "age_group": {
        "adult": ("Adult", "Adults"),
        "child": ("Child (under 18)", "Minor"),
        "mixed": ("Adults and children", "Mixed ages"),
    },
    "transport_mode": {
        "sea": ("Small boat", "Boat", "Sea crossing"),
        "land": ("Lorry", "HGV", "Vehicle", "On foot"),
        "air": ("Flight", "Air"),
    },
    "linked_offences": {
        "document_fraud": ("false documents",),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cyber-enabled",),
        "terrorism": ("terrorism",),
    },
}
_WORDS_FR: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants", "Filière de passage"),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("TEH et aide à l'entrée irrégulière", "Traite + trafic de migrants"),
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
        "male": ("Homme", "H", "masculin"),
        "female": ("Femme", "F", "féminin"),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    "age_group": {
        "adult": ("Majeur", "Adulte"),
        "child": ("Mineur", "Enfant"),
        "mixed": ("Majeurs et mineurs", "Adultes et enfants"),
    },
    "transport_mode": {
        "sea": ("Embarcation", "Bateau pneumatique"),
        "land": ("Camion", "Poids lourd", "Véhicule", "A pied"),
        "air": ("Avion", "Voie aérienne"),
    },
    "linked_offences": {
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
}
_WORDS_ES: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": (
            "Favorecimiento de la inmigración ilegal",
            "Tráfico ilícito de migrantes",
            "Delito contra ciudadanos extranjeros (art. 318 bis)",
        ),
        "trafficking": ("Trata de seres humanos", "TSH"),
        "both": ("Trata y tráfico de migrantes",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    "gender": {
        "male": ("Varón", "Varones"),
        "female": ("Mujer", "Mujeres"),
        "mixed": ("Mixto", "Varones y mujeres"),
    },
    "age_group": {
        "adult": ("Adulto", "Mayor de edad"),
        "child": ("Menor", "Menor de edad"),
        "mixed": ("Adultos y menores",),
    },
    "transport_mode": {
        "sea": ("Embarcación", "Neumática"),
        "land": ("Terrestre", "Vehículo", "A pie"),
        "air": ("Avión", "Aéreo"),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
}
_WORDS_MX: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("TRÁFICO DE MIGRANTES", "TRÁFICO DE INDOCUMENTADOS", "Tráfico de migrantes"),
        "trafficking": ("TRATA DE PERSONAS", "Trata de personas"),
        "both": ("TRATA Y TRÁFICO", "Trata y tráfico de migrantes"),
    },
    "exploitation": {
        "sexual": ("EXPLOTACIÓN SEXUAL",),
        "forced_labour": ("TRABAJOS FORZADOS", "EXPLOTACIÓN LABORAL"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS",),
        "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
        "forced_marriage": ("MATRIMONIO FORZADO",),
        "other": ("OTRA",),
    },
    "gender": {
        "male": ("MASCULINO", "Hombre"),
        "female": ("FEMENINO", "Mujer"),
        "mixed": ("MIXTO", "AMBOS SEXOS"),
    },
    "age_group": {
        "adult": ("ADULTO", "MAYOR DE EDAD"),
        "child": ("MENOR", "MENOR DE EDAD"),
        "mixed": ("ADULTOS Y MENORES",),
    },
    "transport_mode": {
        "land": ("A PIE", "TERRESTRE", "TRÁILER", "VEHÍCULO PARTICULAR"),
        "sea": ("LANCHA", "MARÍTIMO"),
        "air": ("AÉREO",),
    },
    "linked_offences": {
        "document_fraud": ("USO DE DOCUMENTO FALSO",),
        "corruption": ("COHECHO",),
        "money_laundering": ("OPERACIONES CON RECURSOS DE PROCEDENCIA ILÍCITA",),
        "illicit_goods": ("NARCOTRÁFICO",),
        "cybercrime": ("DELITOS INFORMÁTICOS",),
        "terrorism": ("TERRORISMO",),
    },
}
_WORDS_PA: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata y tráfico de migrantes",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    "gender": {
        "male": ("Masculino", "M"),
        "female": ("Femenino", "F"),
        "mixed": ("Mixto",),
    },
    "age_group": {
        "adult": ("Adulto", "Adultos"),
        "child": ("NNA", "Menor de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "transport_mode": {
        "land": ("A pie", "Terrestre", "Caminando (selva)"),
        "sea": ("Lancha", "Marítimo"),
        "air": ("Aéreo",),
    },
    "linked_offences": {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico",),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
}

_ALL = (
    "source_ref",
    "event_date",
    "crime_type",
    "exploitation",
    "n_persons",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "lat",
    "lon",
    "linked_offences",
)


def _headers(*words: str, pair: bool = False) -> dict[str, str]:
    keys = [k for k in _ALL if not (pair and k == "lon")]
    if pair:
        keys[keys.index("lat")] = "coordinates"
    return dict(zip(keys, words, strict=True))


ROWLAND = Funeral(
    source="rowland_brothers_intl",
    filename="rowland_brothers_intl_mf.jsonl",
    ref="RBI/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_headers(
        "case_ref",
        "incident_date",
        "case_category",
        "exploitation_type",
        "persons_in_group",
        "arrests_reported",
        "sex",
        "age_band",
        "nationality",
        "country_of_origin",
        "intended_destination",
        "country_of_recovery",
        "route_via",
        "conveyance",
        "recovery_lat",
        "recovery_lng",
        "police_linked_offences",
    ),
    note="Export note: figures provisional pending coroners' inquests",
    total="Totals (export summary)",
    bad_count=("several", "multiple"),
    repeats=False,
    dates=(
        ("iso", 0.72),
        ("long_en", 0.12),
        ("iso_dt", 0.04),
        ("month_iso", 0.07),
        ("quarter_q", 0.05),
    ),
    countries=(("name", 0.7), ("alias", 0.12), ("iso2", 0.12), ("typo", 0.06)),
    demonym=0.65,
    words=_WORDS_UK,
    unknown="not recorded",
    count_placeholder="not known",
    zero=("none", "nil"),
    no_expl="N/A",
    transit_sep=" > ",
    offence_sep="; ",
    thousands="",
    coords="numbers",
    coords_placeholder="not recorded",
    upper_case=False,
    count_words=0.0,
    boats={},
)
PFG = Funeral(
    source="pfg_rapatriement",
    filename="pfg_rapatriement_mf.csv",
    ref="PFG-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=_headers(
        "N° dossier",
        "Date des faits",
        "Nature de l'affaire",
        "Forme d'exploitation",
        "Nb de personnes (groupe)",
        "Nb d'interpellés",
        "Sexe",
        "Tranche d'âge",
        "Nationalité du défunt",
        "Pays d'origine",
        "Pays de destination",
        "Pays de découverte",
        "Pays traversés",
        "Moyen de transport",
        "Latitude",
        "Longitude",
        "Infractions connexes",
    ),
    note="Extraction logiciel — données transmises sous réserve",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    dates=(
        ("dmy", 0.75),
        ("dmy2", 0.05),
        ("long_fr", 0.08),
        ("month_fr", 0.07),
        ("quarter_t", 0.08),
    ),
    countries=(("name", 0.7), ("upper", 0.14), ("alias", 0.1), ("typo", 0.06)),
    demonym=0.6,
    words=_WORDS_FR,
    unknown="non renseigné",
    count_placeholder="N/C",
    zero=("néant", "aucun"),
    no_expl="sans objet",
    transit_sep=", ",
    offence_sep=", ",
    thousands="\u00a0",
    coords="comma",
    coords_placeholder="non relevé",
    upper_case=False,
    count_words=0.0,
    boats={
        "Calais": ("Small boat", "Embarcation"),
        "Dunkirk/Gravelines": ("Small boat", "Embarcation"),
        "Dover": ("Small boat", "Embarcation"),
        "Gran Canaria": ("Pirogue", "Embarcation"),
        "Tenerife": ("Pirogue", "Embarcation"),
        "El Hierro": ("Pirogue", "Embarcation"),
        "Lanzarote": ("Pirogue", "Embarcation"),
    },
)
MEMORA = Funeral(
    source="memora_tanatorios",
    filename="memora_tanatorios_mf.csv",
    ref="TN/{seq:05d}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers=_headers(
        "Nº expediente",
        "Fecha del suceso",
        "Tipo de delito",
        "Finalidad de explotación",
        "Nº personas embarcación/grupo",
        "Detenidos",
        "Sexo",
        "Edad",
        "Nacionalidad",
        "País de origen",
        "País de destino",
        "País del hallazgo",
        "Países de tránsito",
        "Medio de transporte",
        "Coordenadas del hallazgo",
        "Delitos conexos",
        pair=True,
    ),
    note="Datos provisionales - pendiente de informe forense",
    total="TOTAL",
    bad_count=("varios", "varias personas"),
    repeats=True,
    dates=(("dmy", 0.7), ("ymd_slash", 0.15), ("long_es", 0.05), ("month_es", 0.1)),
    countries=(("name", 0.74), ("iso3", 0.1), ("upper", 0.1), ("typo", 0.06)),
    demonym=0.0,
    words=_WORDS_ES,
    unknown="No consta",
    count_placeholder="sin datos",
    zero=("ninguno",),
    no_expl="No procede",
    transit_sep=", ",
    offence_sep="; ",
    thousands=".",
    coords="dms",
    coords_placeholder="s/c",
    upper_case=False,
    count_words=0.0,
    boats={
        "Gran Canaria": ("Cayuco", "Neumática", "Embarcación"),
        "Tenerife": ("Cayuco", "Neumática", "Embarcación"),
        "El Hierro": ("Cayuco", "Embarcación"),
        "Lanzarote": ("Cayuco", "Neumática", "Embarcación"),
        "Ceuta": ("Patera", "Neumática", "Embarcación"),
        "Melilla": ("Patera", "Neumática", "Embarcación"),
        "Almería": ("Patera", "Neumática", "Embarcación"),
    },
)
GAYOSSO = Funeral(
    source="gayosso_traslados",
    filename="gayosso_traslados_mf.csv",
    ref="GAY-TI-{seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers=_headers(
        "Folio",
        "Fecha de hechos",
        "Tipo de caso",
        "Tipo de explotación",
        "Personas",
        "Detenidos",
        "Sexo",
        "Edad",
        "Nacionalidad",
        "País de origen",
        "País de destino",
        "País de localización",
        "Tránsito",
        "Medio",
        "Coordenadas",
        "Otros delitos",
        pair=True,
    ),
    note="NOTA: INFORMACIÓN PROPORCIONADA POR EL CONSULADO, SUJETA A CONFIRMACIÓN",
    total="TOTAL",
    bad_count=("VARIOS", "VARIAS PERSONAS"),
    repeats=True,
    dates=(("dmy", 0.6), ("mx_abbr", 0.28), ("dmy_dash", 0.05), ("month_es_upper", 0.07)),
    countries=(("name", 0.78), ("alias", 0.08), ("mojibake", 0.14)),
    demonym=0.0,
    words=_WORDS_MX,
    unknown="SE DESCONOCE",
    count_placeholder="S/D",
    zero=("NINGUNO", "SIN DETENIDOS"),
    no_expl="N/A",
    transit_sep=", ",
    offence_sep=" / ",
    thousands=",",
    coords="pair",
    coords_placeholder="S/C",
    upper_case=True,
    count_words=0.08,
    boats={},
)
GASSET = Funeral(
    source="funeraria_gasset_pa",
    filename="funeraria_gasset_pa_mf.xlsx",
    ref="FG-{seq:04d}-{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        "No. de caso",
        "Fecha",
        "Delito",
        "Tipo de explotación",
        "Cantidad de personas",
        "Aprehendidos",
        "Sexo",
        "Grupo etario",
        "Nacionalidad",
        "País de origen",
        "País de destino",
        "País de ubicación",
        "Tránsito",
        "Modo",
        "Latitud",
        "Longitud",
        "Delitos relacionados",
    ),
    note="Nota: casos remitidos por SENAFRONT e IMELCF, sujetos a verificación",
    total="Total",
    bad_count=("varios", "grupo"),
    repeats=False,
    dates=(("xl_date", 0.68), ("xl_serial", 0.14), ("dmy", 0.12), ("month_slash", 0.06)),
    countries=(("name", 0.72), ("iso3", 0.2), ("typo", 0.08)),
    demonym=0.0,
    words=_WORDS_PA,
    unknown="N/D",
    count_placeholder="N/D",
    zero=("Ninguno",),
    no_expl="",
    transit_sep=" - ",
    offence_sep=", ",
    thousands="",
    coords="numbers",
    coords_placeholder="s/c",
    upper_case=False,
    count_words=0.0,
    boats={},
)

#: The set's five sources, in the order the submissions are returned.
SOURCES: tuple[Funeral, ...] = (ROWLAND, PFG, MEMORA, GAYOSSO, GASSET)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, options: tuple[str, ...]) -> str:
    """Draw the usual word 60 % of the time, another of the agency's words otherwise."""
    if len(options) == 1 or rng.random() < 0.6:
        return options[0]
    return choice(rng, options[1:])


def _weighted(rng: _Rng, table: tuple[tuple[str, float], ...]) -> str:
    w = np.array([p for _, p in table], dtype=float)
    return table[int(rng.choice(len(table), p=w / w.sum()))][0]


def _typo(name: str) -> str:
    """Two neighbouring letters in the middle swapped (names of 7+ letters only)."""
    i = len(name) // 2
    if len(name) < 7 or not (name[i].isalpha() and name[i + 1].isalpha()):
        return name
    if name[i] == name[i + 1]:
        return name
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


def _country(
    src: Funeral, iso: str, rng: _Rng, *, nationality: bool = False, in_list: bool = False
) -> tuple[str, str | None]:
    """Write one ISO3 code as the agency does; return (text, tag of the style or None)."""
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[src.language]])
    plain = name.upper() if src.upper_case else name
    if nationality and src.demonym and rng.random() < src.demonym:
        table = _DEMONYM_EN if src.language == "en" else _DEMONYM_FR
        if iso in table:
            word = table[iso]
            return (word.capitalize() if rng.random() < 0.5 else word), "demonym"
    style = _weighted(rng, src.countries)
    if in_list and style in ("typo", "mojibake", "iso2"):
        style = "name"  # a list is typed out by hand: names, or the codes of a dropdown
    text: str | None = None
    if style == "upper":
        text = name.upper()
    elif style == "iso2":
        text = str(row[0])
    elif style == "iso3":
        text = iso
    elif style == "alias":
        options = _ALIASES[src.language].get(iso)
        text = choice(rng, options) if options else None
        if text is not None and src.upper_case:
            text = text.upper()
    elif style == "typo":
        typo = _typo(plain)
        text = typo if typo != plain else None
    elif style == "mojibake":
        text = mojibake(plain)
    if text is None or not fits(text, src):
        return plain, None
    return text, style


def _date(src: Funeral, ts: pd.Timestamp, style: str) -> tuple[object, pd.Timestamp, str]:
    """Write a date in ``style``; return (cell, date an analyst reads, precision)."""
    day = ts.normalize()
    month = day.to_period("M").start_time
    quarter = day.to_period("Q").start_time
    q = (day.month - 1) // 3 + 1
    lang_months = _MONTHS[src.language]
    forms: dict[str, tuple[object, pd.Timestamp, str]] = {
        "iso": (day.strftime("%Y-%m-%d"), day, "day"),
        "iso_dt": (day.strftime("%Y-%m-%dT00:00:00"), day, "day"),
        "dmy": (day.strftime("%d/%m/%Y"), day, "day"),
        "dmy2": (day.strftime("%d/%m/%y"), day, "day"),
        "dmy_dash": (day.strftime("%d-%m-%Y"), day, "day"),
        "ymd_slash": (day.strftime("%Y/%m/%d"), day, "day"),
        "long_en": (f"{day.day} {lang_months[day.month - 1]} {day.year}", day, "day"),
        "long_fr": (f"{day.day} {lang_months[day.month - 1]} {day.year}", day, "day"),
        "long_es": (f"{day.day} de {lang_months[day.month - 1]} de {day.year}", day, "day"),
        "mx_abbr": (f"{day.day:02d}/{_MX_MONTHS[day.month - 1]}/{day.year}", day, "day"),
        "xl_date": (day.to_pydatetime(), day, "day"),
        "xl_serial": ((day - _EXCEL_EPOCH).days, day, "day"),
        "month_iso": (day.strftime("%Y-%m"), month, "month"),
        "month_fr": (f"{lang_months[day.month - 1]} {day.year}", month, "month"),
        "month_es": (f"{lang_months[day.month - 1]} {day.year}", month, "month"),
        "month_es_upper": (f"{lang_months[day.month - 1].upper()} {day.year}", month, "month"),
        "month_slash": (day.strftime("%m/%Y"), month, "month"),
        "quarter_q": (f"Q{q} {day.year}", quarter, "quarter"),
        "quarter_t": (f"T{q} {day.year}", quarter, "quarter"),
    }
    return forms[style]


def _count(src: Funeral, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons; return (cell, tag)."""
    if src.count_words and n <= 20 and rng.random() < src.count_words:
        return f"{n} ({_ES_NUMBERS[n]})", "count_words"
    if src.thousands and n >= 1000 and rng.random() < 0.7:
        return f"{n:,}".replace(",", src.thousands), "thousands"
    if src.format != "csv":
        return n, None
    return str(n), None


def _dms(value: float, pos: str, neg: str, rng: _Rng) -> tuple[str, float]:
    """Degrees, minutes and seconds (tenths) of a coordinate; return (text, value read)."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    mins, sec10 = divmod(rest, 600)
    sign = "º" if rng.random() < 0.3 else "°"
    text = f"{deg}{sign}{mins:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{pos if value >= 0 else neg}"
    read = (deg + mins / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, round(read, 6)


def _coords(
    src: Funeral, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float, str | None]:
    """Write a place; return (cells, lat read, lon read, tag)."""
    if src.coords == "numbers":
        return {"lat": lat, "lon": lon}, lat, lon, None
    if src.coords == "comma":
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, lat, lon, "decimal_comma"
    if src.coords == "dms":
        lat_text, lat_read = _dms(lat, "N", "S", rng)
        lon_text, lon_read = _dms(lon, "E", "W", rng)
        return {"coordinates": f"{lat_text} {lon_text}"}, lat_read, lon_read, "dms"
    sep = "," if rng.random() < 0.6 else ", "
    return {"coordinates": f"{lat:.5f}{sep}{lon:.5f}"}, lat, lon, "coords_pair"


def _coord_cells(src: Funeral, value: object) -> dict[str, object]:
    if src.coords in ("dms", "pair"):
        return {"coordinates": value}
    return {"lat": value, "lon": value}


def render(
    src: Funeral,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does.

    Parameters
    ----------
    src : Funeral
        The source.
    ev : dict
        The event (its ``event_date`` already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or quarter only.
    forced_blank : str or None
        Field a second report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (``coordinates`` for a one-column place).
    expected : dict
        What a careful analyst reads: the record fields.
    tags : list of str
        Messiness planted in the row.
    """
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    upper = src.upper_case

    def tag(name: str | None) -> None:
        if name is not None and name not in tags:
            tags.append(name)

    # Date
    style = _weighted(rng, src.dates)
    if style in _PARTIAL and not partial_ok:
        style = src.dates[0][0]
    cell, day, precision = _date(src, pd.Timestamp(ev["event_date"]), style)  # type: ignore[arg-type]
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    tag({"month": "partial_month", "quarter": "partial_quarter"}.get(precision))
    tag({"xl_serial": "excel_serial", "mx_abbr": "month_abbr"}.get(style))
    if style.startswith("long"):
        tag("long_date")

    # Crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, src.words["crime_type"][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = (src.no_expl or None) if rng.random() < 0.5 else None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(rng, src.words["exploitation"][str(expl)])
        exp["exploitation"] = str(expl)

    # Counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = src.count_placeholder
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"], count_tag = _count(src, n, rng)
        exp["n_persons"] = n
        tag(count_tag)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    number: object = k if src.format != "csv" else str(k)
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"], exp["n_suspects"] = src.count_placeholder, None
        tag("suspects_placeholder")
    elif k == 0 and rng.random() < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tag("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = number, k

    # Gender and age group
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(rng, src.words["gender"][gender]), gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = src.unknown, "unknown"
        tag("na_word")
    else:
        cells["age_group"], exp["age_group"] = _word(rng, src.words["age_group"][age]), age

    # Countries
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tag("blank_nationality")
    elif rng.random() < 0.015:
        cells["nationality"], exp["nationality"] = src.unknown, None
        tag("blank_nationality")
        tag("unknown_word")
    else:
        cells["nationality"], style_tag = _country(src, nat, rng, nationality=True)
        exp["nationality"] = nat
        tag(style_tag)
    for col in ("origin_country", "destination_country"):
        cells[col], style_tag = _country(src, str(ev[col]), rng)
        exp[col] = str(ev[col])
        tag(style_tag)
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tag("blank_detection_country")
    else:
        det = str(ev["detection_country"])
        cells["detection_country"], style_tag = _country(src, det, rng)
        exp["detection_country"] = det
        tag(style_tag)
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        names = [_country(src, c, rng, in_list=True)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(names)
        exp["transit_countries"] = str(transit)
        if len(names) > 1:
            tag("transit_list")

    # Transport
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = src.unknown, "unknown"
        tag("na_word")
    else:
        boats = src.boats.get(str(ev.get("hotspot")))
        words = boats if mode == "sea" and boats else src.words["transport_mode"][mode]
        cells["transport_mode"] = _word(rng, words)
        exp["transport_mode"] = mode

    # Place
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    roll = rng.random()
    if forced_blank == "coordinates":
        cells.update(_coord_cells(src, None))
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates")
    elif roll < 0.04:
        cells.update(_coord_cells(src, None))
        exp["lat"], exp["lon"] = None, None
        tag("coords_missing")
    elif roll < 0.05:
        cells.update(_coord_cells(src, src.coords_placeholder))
        exp["lat"], exp["lon"] = None, None
        tag("coords_placeholder")
    else:
        place, lat_read, lon_read, coord_tag = _coords(src, lat, lon, rng)
        cells.update(place)
        exp["lat"], exp["lon"] = lat_read, lon_read
        tag(coord_tag)

    # Linked offences
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        listed = [src.words["linked_offences"][o][0] for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(listed)
        exp["linked_offences"] = str(offences)
    if upper:
        tag("upper_case")
    return cells, exp, tags


def _day_text(src: Funeral, ts: pd.Timestamp) -> object:
    """Return the source's usual full-date cell for ``ts``."""
    return _date(src, ts, src.dates[0][0])[0]


def bad_date(src: Funeral, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: blank, impossible or in the future.

    Parameters
    ----------
    src : Funeral
        The source.
    ts : Timestamp
        The event's true date.
    kind : str
        ``"no_date"``, ``"bad_date"`` or ``"future_date"``.
    rng : numpy.random.Generator
        Unused; kept for the shared signature.

    Returns
    -------
    object
        The cell: None, a day that does not exist, or the date with the decade mistyped.

    Examples
    --------
    >>> bad_date(PFG, pd.Timestamp("2022-03-04"), "bad_date", np.random.default_rng(0))
    '31/02/2022'
    >>> bad_date(GAYOSSO, pd.Timestamp("2022-03-04"), "future_date", np.random.default_rng(0))
    '04/03/2032'
    """
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        impossible = {
            "rowland_brothers_intl": f"{y}-02-30",
            "pfg_rapatriement": f"31/02/{y}",
            "memora_tanatorios": f"31/06/{y}",
            "gayosso_traslados": f"31/ABR/{y}",
            "funeraria_gasset_pa": f"30/02/{y}",
        }
        return impossible.get(src.source, f"31/02/{y}")
    future = ts.replace(year=y + 10, day=min(ts.day, 28) if ts.month == 2 else ts.day)
    return _day_text(src, future)


def note_date(src: Funeral, last: pd.Timestamp) -> object:
    """Return the date of the source's note row: the extraction day after its last case.

    Parameters
    ----------
    src : Funeral
        The source.
    last : Timestamp
        Date of its last row.

    Returns
    -------
    object
        A date cell in the source's usual style.

    Examples
    --------
    >>> note_date(MEMORA, pd.Timestamp("2023-12-20"))
    '04/01/2024'
    """
    return _day_text(src, last + pd.Timedelta(days=15))


#: The set: who first reports which detection country, and who may report it again.
BLIND342: Examiner[Funeral] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": PFG.source,
        "ESP": MEMORA.source,
        "USA": GAYOSSO.source,
        "PAN": GASSET.source,
    },
    compilation=ROWLAND.source,
    secondary={
        ("channel", "FRA"): ROWLAND.source,
        ("channel", "GBR"): PFG.source,
        ("wmed", "ESP"): PFG.source,
        ("watl", "ESP"): PFG.source,
    },
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=34217,
    blank_share=0.3,
)


def make_blind342(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five funeral and repatriation services would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        Rowland Brothers International (JSON lines, English), PFG rapatriement (CSV,
        cp1252, ``;``, French), Mémora tanatorios (CSV, UTF-16, tab, Spanish), Gayosso
        traslados (CSV, UTF-8 with BOM, ``,``, Mexican Spanish) and Funeraria Gasset
        (XLSX, Panamanian Spanish), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind342(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['rowland_brothers_intl_mf.jsonl', 'pfg_rapatriement_mf.csv',
     'memora_tanatorios_mf.csv', 'gayosso_traslados_mf.csv',
     'funeraria_gasset_pa_mf.xlsx']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', "Nature de l'affaire"]
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND342, truth, seed=seed)
