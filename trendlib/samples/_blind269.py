"""Examiner sample set ``blind269`` (files ``*_jk.*``): seasonal farm-work programmes.

Five sources that never wrote for this project, chosen around agricultural seasonal work
(absconding workers, debt bondage, smuggled workers), each writing its export the way
its own tools and clerks do:

``interfresa_jk.xlsx``
    Interfresa, the Andalusian strawberry growers' interprofessional body (Huelva), its
    ethics and mediation service's incident register (PRELSI) kept in Excel. Spanish;
    real Excel dates with a few typed ones, counts as numbers, nationalities as
    demonyms (feminine for women) or names, some pasted from a UTF-8 file read as
    cp1252 (mojibake), transit countries joined by `` - ``, no coordinates. First
    reports Spain's detections.
``msa_npdc_jk.csv``
    MSA Nord-Pas de Calais (Mutualité sociale agricole), its farm-labour inspectors'
    findings. French, cp1252, ``;``, CRLF; ``dd/mm/yyyy`` dates (a few ``dd/mm/yy``,
    month names and ``T2 2023`` quarters), country names often in capitals,
    ``Angleterre`` for the United Kingdom, ``H``/``F``/``H/F``, ``NC`` for a count not
    given, decimal-comma latitude and longitude. First reports France's detections.
``hops_labour_jk.csv``
    HOPS Labour Solutions, an operator of the UK Seasonal Worker scheme, its welfare
    and compliance incident log. English, UTF-8 with BOM, ``,``; day-first dates
    (``17/05/2023``, ``17 May 2023``, ``17-May-23``, ``May 2023``), demonyms and ISO
    alpha-2 codes, ``TBC`` for a count still to be confirmed, ``>`` between transit
    countries, the location as one ``"lat, long"`` cell. First reports the UK's
    detections.
``stps_sne_jk.csv``
    Mexico's labour ministry (STPS), its national employment service's labour-mobility
    desk (H-2A recruitment follow-up), exported from Excel as "Unicode text": UTF-16,
    tab-delimited. Mexican Spanish: ``Tráfico de personas`` for migrant smuggling,
    ``H``/``M`` for hombre/mujer, ``NNA`` for minors, ``EUA`` for the United States,
    a comma as thousands separator, a few Excel serial dates. First reports the
    United States' detections.
``eti_digest_jk.jsonl``
    The Ethical Trading Initiative's incident digest compiled from member companies'
    supply-chain reports, a JSON-lines export of its database. English; ISO dates (a
    few months, quarters and timestamps), ISO alpha-3 nationalities, UN M49 (ISO
    numeric) origin codes, ISO alpha-2 incident countries, transit countries and
    linked offences as JSON arrays. Reports what no other source does (Italy, Greece,
    Croatia, Poland, Panama) and a second time some events of the others.

The truth says what a careful analyst reads in each cell: a word for "not known"
expects nothing (or ``unknown``), ``H``/``M`` in the Mexican file read hombre/mujer, and
so on; every such cell carries a messiness tag naming it.
"""

from __future__ import annotations

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["AGENCIES", "Agency", "make_blind269"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_MONTHS_ES = (
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
_MONTHS_FR = (
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
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Spanish demonyms (masculine, feminine) of the truth's nationalities.
_DEMONYM_ES: dict[str, tuple[str, str]] = {
    "AFG": ("afgano", "afgana"),
    "ALB": ("albanés", "albanesa"),
    "BGD": ("bangladesí", "bangladesí"),
    "CHN": ("chino", "china"),
    "CIV": ("marfileño", "marfileña"),
    "CMR": ("camerunés", "camerunesa"),
    "COL": ("colombiano", "colombiana"),
    "DZA": ("argelino", "argelina"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "EGY": ("egipcio", "egipcia"),
    "ERI": ("eritreo", "eritrea"),
    "GMB": ("gambiano", "gambiana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "HTI": ("haitiano", "haitiana"),
    "IRN": ("iraní", "iraní"),
    "IRQ": ("iraquí", "iraquí"),
    "MAR": ("marroquí", "marroquí"),
    "MEX": ("mexicano", "mexicana"),
    "MLI": ("maliense", "maliense"),
    "NGA": ("nigeriano", "nigeriana"),
    "PAK": ("pakistaní", "pakistaní"),
    "ROU": ("rumano", "rumana"),
    "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"),
    "TUN": ("tunecino", "tunecina"),
    "TUR": ("turco", "turca"),
    "VEN": ("venezolano", "venezolana"),
    "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}
#: English demonyms of the truth's nationalities.
_DEMONYM_EN: dict[str, str] = {
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


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One source of ``blind269`` and its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : mapping
        Canonical word -> the agency's words for it (first = the usual one). ``transport``
        keys are ``"<mode>"`` or ``"<mode>:<corridor>"`` (a corridor's own words).
    not_applicable : tuple of str or None
        What an exploitation cell of a pure smuggling case holds.
    unknown : tuple of str
        The agency's words for "not known".
    zero : tuple of str
        Its words for "none" in a count of suspects.
    names : mapping
        ISO alpha-3 -> the agency's own country names (overrides the usual name).
    styles : mapping
        Column (``"*"`` = any other) -> country style -> weight.
    transit_sep : str
        Separator of the transit countries (``""``: a JSON array).
    direct : tuple of str or None
        What a transit cell holds when there was no transit country.
    offence_sep : str
        Separator of the linked offences (``""``: a JSON array).
    dates : mapping
        Date style -> weight (partial styles only where a partial date is allowed).
    coords : str
        ``"none"``, ``"comma"`` (decimal comma), ``"dot"``, ``"pair"`` or ``"json"``.
    count_unit : str or None
        Word that a clerk sometimes types after a count (``"12 personas"``).
    case_rate : float
        Share of typed words written in another case or with stray spaces.
    """

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    not_applicable: tuple[str | None, ...]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    transport: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    names: Mapping[str, tuple[str, ...]]
    styles: Mapping[str, Mapping[str, float]]
    transit_sep: str
    direct: tuple[str | None, ...]
    offence_sep: str
    dates: Mapping[str, float]
    coords: str
    count_unit: str | None
    case_rate: float


_INTERFRESA = Agency(
    source="interfresa_jk",
    filename="interfresa_jk.xlsx",
    ref="PRELSI-{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha incidencia",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "Nº trabajadores/as afectados",
        "n_suspects": "Nº intermediarios / conseguidores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino previsto",
        "detection_country": "País",
        "transport_mode": "Medio de llegada",
        "linked_offences": "Otros delitos",
    },
    note="Nota: incidencias pendientes de validar por la Comisión de Seguimiento",
    total="TOTAL CAMPAÑA",
    bad_count=("varios", "una cuadrilla", "?"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos", "Trata", "TSH"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento inmigración irregular (318 bis)",
        ),
        "both": ("Trata y tráfico", "Trata + tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Servidumbre por deudas", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    not_applicable=(None, None, "No procede"),
    gender={
        "female": ("Mujeres",),
        "male": ("Hombres",),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
    },
    age={
        "child": ("Menores", "Menor de edad"),
        "adult": ("Mayores de edad", "Adultos"),
        "mixed": ("Adultos y menores",),
    },
    transport={
        "sea": ("Marítima", "Embarcación"),
        "sea:watl": ("Cayuco", "Cayuco", "Marítima"),
        "sea:wmed": ("Patera", "Neumática", "Marítima"),
        "land": ("Terrestre",),
        "land:thb_rou_esp": ("Autobús", "Furgoneta", "Terrestre"),
        "land:wmed": ("Terrestre", "A pie (perímetro fronterizo)"),
        "air": ("Avión", "Aérea"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    unknown=("N/C", "desconocido", "sin datos"),
    zero=("ninguno", "Ninguno", "0"),
    names={"GIN": ("Guinea Conakry", "Guinea"), "USA": ("EE.UU.", "Estados Unidos")},
    styles={
        "nationality": {
            "name": 0.4,
            "demonym": 0.36,
            "upper": 0.05,
            "mojibake": 0.12,
            "typo": 0.04,
            "iso2": 0.03,
        },
        "detection_country": {"name": 0.92, "iso2": 0.08},
        "*": {"name": 0.85, "upper": 0.04, "mojibake": 0.06, "typo": 0.03, "iso2": 0.02},
    },
    transit_sep=" - ",
    direct=(None, None, None, "Directo"),
    offence_sep=", ",
    dates={"excel": 0.84, "%d/%m/%Y": 0.1, "month_es": 0.06},
    coords="none",
    count_unit="personas",
    case_rate=0.04,
)

_MSA = Agency(
    source="msa_npdc_jk",
    filename="msa_npdc_jk.csv",
    ref="NPDC/{yy:02d}/CT{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Réf. contrôle",
        "event_date": "Date du constat",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de travailleurs concernés",
        "n_suspects": "Nb d'employeurs / intermédiaires en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transport_mode": "Mode d'acheminement",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire – données non consolidées (service contrôle MSA)",
    total="Total général",
    bad_count=("plusieurs", "une dizaine", "?"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "Traite des êtres humains (225-4-1 CP)"),
        "smuggling": ("Aide à l'entrée irrégulière", "Aide à l'entrée et au séjour irréguliers"),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et aide à l'entrée irrégulière"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Travail forcé", "Servitude pour dettes", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    not_applicable=(None, "Sans objet", "sans objet"),
    gender={"female": ("F", "Femmes"), "male": ("H", "Hommes"), "mixed": ("H/F", "Mixte")},
    age={
        "child": ("Mineurs", "Mineur"),
        "adult": ("Majeurs", "Adultes"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    transport={
        "sea": ("Small boat", "Embarcation", "Voie maritime"),
        "land": ("Poids lourd", "Camion", "Voie routière"),
        "air": ("Voie aérienne", "Avion"),
    },
    offences={
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    unknown=("NC", "non renseigné", "inconnu"),
    zero=("aucun", "0", "néant"),
    names={"GBR": ("Royaume-Uni", "Angleterre", "Royaume-Uni"), "CIV": ("Côte d'Ivoire",)},
    styles={
        "nationality": {"upper": 0.45, "name": 0.4, "lower": 0.04, "typo": 0.06, "iso2": 0.05},
        "detection_country": {"name": 0.7, "upper": 0.2, "iso2": 0.1},
        "*": {"name": 0.6, "upper": 0.3, "typo": 0.05, "iso2": 0.05},
    },
    transit_sep=" / ",
    direct=(None, None, "sans transit"),
    offence_sep=" / ",
    dates={"%d/%m/%Y": 0.86, "%d/%m/%y": 0.05, "month_fr": 0.04, "quarter_fr": 0.05},
    coords="comma",
    count_unit=None,
    case_rate=0.03,
)

_HOPS = Agency(
    source="hops_labour_jk",
    filename="hops_labour_jk.csv",
    ref="HLS-W{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident no.",
        "event_date": "Date reported",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "Workers involved",
        "n_suspects": "Suspected gangmasters / facilitators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Home country",
        "transit_countries": "Route via",
        "destination_country": "Destination",
        "detection_country": "Country of incident",
        "transport_mode": "Travel mode",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Other offences",
    },
    note="Note: figures subject to GLAA / NRM referral outcome",
    total="Total",
    bad_count=("several", "multiple", "a van load"),
    repeats=True,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking"),
        "smuggling": ("People smuggling", "Facilitated illegal entry"),
        "both": ("Trafficking + smuggling", "Modern slavery & smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Debt bondage", "Forced labour"),
        "forced_criminality": ("Criminal exploitation",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    not_applicable=(None, "N/A", "n/a"),
    gender={"female": ("F", "Female"), "male": ("M", "Male"), "mixed": ("Mixed", "M/F")},
    age={
        "child": ("Under 18", "Minor"),
        "adult": ("18+", "Adult"),
        "mixed": ("Mixed ages", "Adults & minors"),
    },
    transport={
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry", "HGV", "Coach", "Car"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    unknown=("n/k", "unknown", "not known"),
    zero=("none", "nil", "0"),
    names={
        "GBR": ("UK", "United Kingdom", "Great Britain"),
        "VNM": ("Vietnam", "Viet Nam"),
        "TUR": ("Turkey", "Türkiye"),
        "CIV": ("Ivory Coast", "Côte d'Ivoire"),
    },
    styles={
        "nationality": {"demonym": 0.45, "name": 0.35, "iso2": 0.12, "typo": 0.04, "upper": 0.04},
        "detection_country": {"name": 1.0},
        "*": {"name": 0.85, "iso2": 0.08, "typo": 0.04, "lower": 0.03},
    },
    transit_sep=" > ",
    direct=(None, None, "direct"),
    offence_sep="; ",
    dates={"%d/%m/%Y": 0.55, "long_en": 0.3, "short_en": 0.1, "month_en": 0.05},
    coords="pair",
    count_unit=None,
    case_rate=0.03,
)

_STPS = Agency(
    source="stps_sne_jk",
    filename="stps_sne_jk.csv",
    ref="SNE-MML/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Tipo de delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Núm. personas involucradas",
        "n_suspects": "Núm. presuntos responsables (reclutadores / polleros)",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde ocurrió",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a validación de la Unidad del SNE",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo", "S/N"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas", "Delito en materia de trata de personas"),
        "smuggling": ("Tráfico de personas", "Tráfico ilícito de migrantes"),
        "both": ("Trata y tráfico de personas",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos forzados", "Servidumbre por deudas", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzoso",),
        "other": ("Otra",),
    },
    not_applicable=(None, "No aplica"),
    gender={
        "female": ("Mujeres", "M"),
        "male": ("Hombres", "H"),
        "mixed": ("Mixto", "H y M"),
    },
    age={
        "child": ("NNA", "Menores de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "land": ("Terrestre", "Tractocamión", "A pie", "Autobús"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo", "Vuelo comercial"),
    },
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Delitos contra la salud (narcóticos)",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    unknown=("Sin dato", "S/D", "N/D"),
    zero=("0", "Ninguno", "0"),
    names={"USA": ("Estados Unidos", "EUA", "E.U.A."), "GIN": ("Guinea",)},
    styles={
        "nationality": {"name": 0.55, "iso3": 0.25, "upper": 0.1, "demonym": 0.1},
        "detection_country": {"name": 0.9, "iso3": 0.1},
        "*": {"name": 0.8, "iso3": 0.15, "upper": 0.05},
    },
    transit_sep=", ",
    direct=(None, "Ninguno"),
    offence_sep=" / ",
    dates={"%d/%m/%Y": 0.84, "serial": 0.06, "%Y-%m-%d": 0.05, "month_num": 0.05},
    coords="dot",
    count_unit="personas",
    case_rate=0.04,
)

_ETI = Agency(
    source="eti_digest_jk",
    filename="eti_digest_jk.jsonl",
    ref="ETI-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "reported_on",
        "crime_type": "issue",
        "exploitation": "exploitation_type",
        "n_persons": "workers_affected",
        "n_suspects": "alleged_perpetrators",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality_iso3",
        "origin_country": "origin_m49",
        "transit_countries": "route_via",
        "destination_country": "destination_iso3",
        "detection_country": "incident_country",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "linked_crimes",
    },
    note=None,
    total="Total",
    bad_count=("several", "multiple"),
    repeats=False,
    crime={
        "trafficking": ("Human trafficking",),
        "smuggling": ("Migrant smuggling",),
        "both": ("Trafficking and smuggling",),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour", "Debt bondage"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    not_applicable=(None,),
    gender={"female": ("Female",), "male": ("Male",), "mixed": ("Mixed",)},
    age={"child": ("Minor",), "adult": ("Adult",), "mixed": ("Adults and minors",)},
    transport={"sea": ("Sea",), "land": ("Land",), "air": ("Air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    unknown=("Unknown", "unknown"),
    zero=("0",),
    names={},
    styles={
        "nationality": {"iso3": 1.0},
        "origin_country": {"numeric": 1.0},
        "detection_country": {"iso2": 1.0},
        "*": {"iso3": 1.0},
    },
    transit_sep="",
    direct=(None,),
    offence_sep="",
    dates={"%Y-%m-%d": 0.78, "timestamp": 0.06, "month_iso": 0.08, "quarter_en": 0.08},
    coords="json",
    count_unit=None,
    case_rate=0.0,
)

#: The five sources of ``blind269``, in the order the submissions are returned.
AGENCIES: tuple[Agency, ...] = (_INTERFRESA, _MSA, _HOPS, _STPS, _ETI)

_PARTIAL = {
    "month_es": "month",
    "month_fr": "month",
    "month_en": "month",
    "month_num": "month",
    "month_iso": "month",
    "quarter_fr": "quarter",
    "quarter_en": "quarter",
}
_DAY_FALLBACK = {
    "interfresa_jk": "excel",
    "msa_npdc_jk": "%d/%m/%Y",
    "hops_labour_jk": "%d/%m/%Y",
    "stps_sne_jk": "%d/%m/%Y",
    "eti_digest_jk": "%Y-%m-%d",
}
_COUNT_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "interfresa_jk": ("sin determinar", "N/C", "pendiente"),
    "msa_npdc_jk": ("NC", "non communiqué", "inconnu"),
    "hops_labour_jk": ("TBC", "n/k", "unknown"),
    "stps_sne_jk": ("S/D", "Sin dato", "N/D"),
    "eti_digest_jk": ("unknown", "not disclosed"),
}
_SINGULAR = {"Mujeres": "Mujer", "Hombres": "Hombre", "Femmes": "Femme", "Hommes": "Homme"}
_ALL_NAMES = {
    str(v).lower() for row in COUNTRIES.values() for v in (row[1], row[2], row[3], *row[4], row[5])
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _date_cell(src: Agency, ts: pd.Timestamp, style: str) -> object:
    """Write ``ts`` in one of the agency's date styles."""
    m = ts.month - 1
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "long_en":
        return f"{ts.day} {MONTHS[m]} {ts.year}"
    if style == "short_en":
        return f"{ts.day:02d}-{MONTHS[m][:3]}-{ts.year % 100:02d}"
    if style == "timestamp":
        return ts.strftime("%Y-%m-%dT00:00:00Z")
    if style == "month_es":
        return f"{_MONTHS_ES[m]} {ts.year}"
    if style == "month_fr":
        return f"{_MONTHS_FR[m]} {ts.year}"
    if style == "month_en":
        return f"{MONTHS[m]} {ts.year}"
    if style == "month_num":
        return ts.strftime("%m/%Y")
    if style == "month_iso":
        return ts.strftime("%Y-%m")
    if style == "quarter_fr":
        return f"T{ts.quarter} {ts.year}"
    if style == "quarter_en":
        return f"Q{ts.quarter} {ts.year}"
    return ts.strftime(style)


def _name(src: Agency, iso: str) -> str:
    own = src.names.get(iso)
    return own[0] if own else str(COUNTRIES[iso][_LANG_COL[src.language]])


def _typo(name: str) -> str | None:
    """Drop one inner letter of a long name (still readable, no other country's name)."""
    letters = [i for i, ch in enumerate(name) if ch.isalpha()]
    if len(name) < 7 or len(letters) < 7:
        return None
    i = letters[len(letters) // 2]
    out = name[:i] + name[i + 1 :]
    return None if out.lower() in _ALL_NAMES else out


def _country(
    src: Agency, iso: str, col: str, rng: _Rng, tags: list[str], *, female: bool = False
) -> object:
    """Write one ISO alpha-3 country in the agency's style for ``col``; tag what shows."""
    style = _weighted(rng, src.styles.get(col, src.styles["*"]))
    name = _name(src, iso)
    own = src.names.get(iso)
    if own and len(own) > 1 and style == "name" and rng.random() < 0.4:
        name = choice(rng, own[1:])
        tags.append(f"alias:{col}")
    text: str | None = None
    if style == "name":
        text = name
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "iso3":
        text = iso
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "numeric":
        text = iso_codes(iso)[1]
    elif style == "demonym":
        if src.language == "es" and iso in _DEMONYM_ES:
            text = _DEMONYM_ES[iso][1 if female else 0]
        elif src.language == "en" and iso in _DEMONYM_EN:
            text = _DEMONYM_EN[iso]
    elif style == "typo":
        text = _typo(name)
    elif style == "mojibake":
        base = name
        if src.language == "es" and iso in _DEMONYM_ES and rng.random() < 0.5:
            base = _DEMONYM_ES[iso][1 if female else 0]
        text = mojibake(base)
    if text is None or not fits(text, src):
        return name
    if style not in ("name", "upper", "lower"):
        tags.append(f"{style}:{col}")
    return text


def _word(src: Agency, table: Mapping[str, tuple[str, ...]], key: str, rng: _Rng) -> str:
    words = table[key]
    return words[0] if rng.random() < 0.6 else choice(rng, words)


def _case(text: str, rng: _Rng, col: str, tags: list[str], rate: float) -> str:
    if rate <= 0 or rng.random() >= rate:
        return text
    k = int(rng.integers(3))
    tags.append(f"case:{col}")
    return text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "


def _count(src: Agency, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons as the agency does (numbers, separators, a unit)."""
    if n >= 1000:
        sep = {
            "interfresa_jk": ".",
            "msa_npdc_jk": choice(rng, ("\u00a0", " ")),
            "hops_labour_jk": ",",
            "stps_sne_jk": ",",
        }.get(src.source)
        if sep is not None and rng.random() < 0.8:
            tags.append("thousands:n_persons")
            return f"{n // 1000}{sep}{n % 1000:03d}"
    if src.count_unit is not None and rng.random() < 0.04:
        tags.append("count_unit")
        return f"{n} {src.count_unit}"
    return n if src.format != "csv" else str(n)


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the point of detection; return (cells, expected lat, expected lon)."""
    if src.coords == "none":
        tags.append("coords_missing")
        return {}, None, None
    if rng.random() < 0.04:
        tags.append("coords_missing")
        return {}, None, None
    if src.coords == "comma":
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    if src.coords == "pair":
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}, lat, lon
    if src.coords == "json":
        return {"lat": round(lat, 4), "lon": round(lon, 4)}, lat, lon
    if abs(lon) > 90 and rng.random() < 0.02:  # typed the wrong way round (lat out of range)
        tags.append("coords_swapped")
        return {"lat": f"{lon:.5f}", "lon": f"{lat:.5f}"}, lat, lon
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon


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
    corridor = str(ev["corridor"])

    # date
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    dates = {k: w for k, w in src.dates.items() if partial_ok or k not in _PARTIAL}
    style = _weighted(rng, dates)
    cells["event_date"] = _date_cell(src, ts, style)
    precision = _PARTIAL.get(style, "day")
    if precision == "month":
        exp["event_date"] = ts.to_period("M").start_time
    elif precision == "quarter":
        exp["event_date"] = ts.to_period("Q").start_time
    else:
        exp["event_date"] = ts.normalize()
    exp["date_precision"] = precision
    if precision != "day":
        tags.append("partial_date")
    elif style == "serial":
        tags.append("excel_serial")

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    exp["crime_type"] = crime
    cells["crime_type"] = _case(
        _word(src, src.crime, crime, rng), rng, "crime_type", tags, src.case_rate
    )
    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        cells["exploitation"] = choice(rng, [w or "" for w in src.not_applicable]) or None
        exp["exploitation"] = None if crime == "smuggling" else "unknown"
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.unknown) if rng.random() < 0.5 else None
        exp["exploitation"] = "unknown"
        tags.append("blank_exploitation")
    else:
        cells["exploitation"] = _case(
            _word(src, src.exploitation, str(expl), rng), rng, "exploitation", tags, 0.03
        )
        exp["exploitation"] = str(expl)

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, _COUNT_PLACEHOLDERS[src.source])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.unknown), None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        if cells["n_suspects"] != "0":
            tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k
    if cells["n_suspects"] == "0" and src.format != "csv":
        cells["n_suspects"] = 0

    # gender and age group
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        blank = forced_blank == "gender" or rng.random() < 0.5
        cells["gender"] = None if blank else choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        word = _word(src, src.gender, gender, rng)
        if n == 1:
            word = _SINGULAR.get(word, word)  # one person: "Mujer", "Hombre"
        cells["gender"] = _case(word, rng, "gender", tags, src.case_rate)
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"] = choice(rng, src.unknown) if rng.random() < 0.6 else None
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _case(
            _word(src, src.age, age, rng), rng, "age_group", tags, src.case_rate
        )
        exp["age_group"] = age

    # countries
    female = gender == "female"
    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, str(nat), "nationality", rng, tags, female=female)
        exp["nationality"] = str(nat)
    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        if iso is None or rng.random() < 0.025:
            cells[col] = None if iso is None or rng.random() < 0.5 else choice(rng, src.unknown)
            exp[col] = None
            tags.append(f"blank_{col}")
        else:
            cells[col] = _country(src, str(iso), col, rng, tags)
            exp[col] = str(iso)
    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, str(det), "detection_country", rng, tags)
        exp["detection_country"] = str(det)
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = (
            [] if src.transit_sep == "" else choice(rng, [d or "" for d in src.direct]) or None
        )
        exp["transit_countries"] = None
    else:
        codes = str(transit).split("|")
        if src.transit_sep == "":
            cells["transit_countries"] = codes
        else:
            parts = [_country(src, c, "transit_countries", rng, tags) for c in codes]
            cells["transit_countries"] = src.transit_sep.join(str(p) for p in parts)
        exp["transit_countries"] = str(transit)

    # transport
    mode = str(ev["transport_mode"])
    if rng.random() < 0.025:
        cells["transport_mode"] = choice(rng, src.unknown) if rng.random() < 0.6 else None
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        words = src.transport.get(f"{mode}:{corridor}", src.transport[mode])
        cells["transport_mode"] = _case(
            words[0] if rng.random() < 0.5 else choice(rng, words),
            rng,
            "transport_mode",
            tags,
            src.case_rate,
        )
        exp["transport_mode"] = mode

    # place
    if forced_blank == "coordinates" and src.coords != "none":
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"] = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(place)

    # linked offences, in the truth's order
    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = [] if src.offence_sep == "" else None
    else:
        words_ = [_word(src, src.offences, o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = words_ if src.offence_sep == "" else src.offence_sep.join(words_)
    return cells, exp, tags


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Type the year wrong into the future: digits swapped (2023 -> 2032) or a century on."""
    y = str(ts.year)
    swapped = int(y[:2] + y[3] + y[2])
    year = swapped if swapped > ts.year + 5 else ts.year + 100
    return ts.replace(year=year, day=min(ts.day, 28))


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _date_cell(src, _future(ts), _DAY_FALLBACK[src.source])
    if src.source == "eti_digest_jk":
        return choice(rng, (f"{ts.year}-02-31", f"{ts.year}-13-{ts.day:02d}"))
    if src.source == "hops_labour_jk":
        return choice(rng, (f"31 February {ts.year}", f"31/02/{ts.year}"))
    return choice(rng, (f"31/02/{ts.year}", f"{ts.day:02d}/13/{ts.year}"))


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the note row's date: the last date of the extract, in the agency's style."""
    return _date_cell(src, last, _DAY_FALLBACK[src.source])


_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "ESP": "interfresa_jk",
        "FRA": "msa_npdc_jk",
        "GBR": "hops_labour_jk",
        "USA": "stps_sne_jk",
    },
    compilation="eti_digest_jk",
    secondary={
        ("channel", "FRA"): "hops_labour_jk",
        ("channel", "GBR"): "msa_npdc_jk",
        ("thb_vnm_gbr", "GBR"): "eti_digest_jk",
        ("thb_rou_esp", "ESP"): "eti_digest_jk",
        ("thb_rou_esp", "ITA"): "interfresa_jk",
        ("us_mex", "USA"): "eti_digest_jk",
        ("wmed", "ESP"): "eti_digest_jk",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=269_0269,
    blank_share=0.3,
)


def make_blind269(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five ``blind269`` sources would (files ``*_jk.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``interfresa_jk.xlsx``, ``msa_npdc_jk.csv``, ``hops_labour_jk.csv``,
        ``stps_sne_jk.csv`` and ``eti_digest_jk.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind269(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['interfresa_jk.xlsx', 'msa_npdc_jk.csv', 'hops_labour_jk.csv', 'stps_sne_jk.csv',
     'eti_digest_jk.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('cp1252', ';'), ('utf-8-sig', ','), ('utf-16', '\t')]
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha del evento', 'Tipo de delito']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
