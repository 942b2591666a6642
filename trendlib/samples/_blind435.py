"""Examiner sample set ``blind435`` (files ``*_pu.*``): nightlife and entertainment desks.

Five safeguarding and compliance desks of the night-time and entertainment sector, none of
them used before in the project, each writing its export its own way:

``ntia_safeguarding_pu.csv``
    Night Time Industries Association (United Kingdom), safeguarding and intelligence desk
    for member clubs, promoters and sponsors of artists on creative-worker visas. English,
    UTF-8 with BOM, ``,``; British day-first dates (``17/05/2023``, ``17 May 2023``, CRM
    time stamps, month only), Home Office words (``MSHT``, ``OIC``), demonyms as
    nationalities, "England"/"Scotland" for the country, ``Nil`` suspects, one
    ``lat, long`` cell.
``cscad_conformite_pu.csv``
    Chambre syndicale des cabarets artistiques et discothèques (France), conformité desk.
    French, cp1252, ``;``; ``jj/mm/aaaa`` dates, ``17 mai 2023``, quarters ``T2 2023``;
    upper-case country names and feminine nationality adjectives (``afghane``), ``MNA``
    for unaccompanied minors, decimal commas in two coordinate columns, non-breaking space
    thousands, ``aucun`` suspects. Re-sent with a few exact repeats.
``spain_nightlife_cumplimiento_pu.xlsx``
    Spain Nightlife (Spain), compliance desk of salas de fiestas and clubs. Spanish XLSX;
    real Excel dates, a few dates typed as text and a few Excel serial numbers; Criminal
    Code words (``art. 177 bis``, ``318 bis``, ``contra la salud pública``), ``patera``,
    ``cayuco``, ``salto de valla``; coordinates in degrees, minutes and seconds with ``O``
    for west; country names garbled by a wrong import (``EspaÃ±a``).
``ina_nightlife_alerts_pu.jsonl``
    International Nightlife Association, members' alert feed (European detections).
    English keys and codes; ISO dates, time stamps, months (``2023-05``) and quarters
    (``2023-Q2``); ISO alpha-2 countries with the EU's ``EL`` and ``UK`` and a few ISO
    numeric codes; numbers as JSON numbers. Re-delivers a few alerts.
``catwlac_casos_pu.csv``
    Coalición Regional contra el Tráfico de Mujeres y Niñas en América Latina y el Caribe
    (Mexico City), case compilation of every other detection (Darién, US-Mexico border).
    Spanish, UTF-16 with BOM, tab-delimited (Excel "Unicode text"); Mexican comma
    thousands, ``EUA`` for the United States, feminine/masculine demonyms, ``NNA`` for
    children, Mexican legal words (``probables responsables``, ``operaciones con recursos
    de procedencia ilícita``), small counts written as words.

Every cell a careful analyst could not read is planted on purpose and the truth says so:
unreadable or future dates and counts are bad rows, "not known" counts keep the record with
no count, unknown words give ``unknown`` or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

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

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind435"]

_Rng = np.random.Generator
_Weights = tuple[tuple[str, float], ...]

_MONTHS: dict[str, tuple[str, ...]] = {
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
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = dt.date(1899, 12, 30)

#: iso3 -> (English, French feminine, Spanish feminine, Spanish masculine) demonyms.
_DEMONYMS: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgana", "afgano"),
    "ALB": ("Albanian", "albanaise", "albanesa", "albanés"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "china", "chino"),
    "CIV": ("Ivorian", "ivoirienne", "marfileña", "marfileño"),
    "CMR": ("Cameroonian", "camerounaise", "camerunesa", "camerunés"),
    "COL": ("Colombian", "colombienne", "colombiana", "colombiano"),
    "DZA": ("Algerian", "algérienne", "argelina", "argelino"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriana", "ecuatoriano"),
    "EGY": ("Egyptian", "égyptienne", "egipcia", "egipcio"),
    "ERI": ("Eritrean", "érythréenne", "eritrea", "eritreo"),
    "GIN": ("Guinean", "guinéenne", "guineana", "guineano"),
    "GMB": ("Gambian", "gambienne", "gambiana", "gambiano"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteca", "guatemalteco"),
    "HND": ("Honduran", "hondurienne", "hondureña", "hondureño"),
    "HTI": ("Haitian", "haïtienne", "haitiana", "haitiano"),
    "IRN": ("Iranian", "iranienne", "iraní", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicana", "mexicano"),
    "MLI": ("Malian", "malienne", "maliense", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriana", "nigeriano"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumana", "rumano"),
    "SEN": ("Senegalese", "sénégalaise", "senegalesa", "senegalés"),
    "SYR": ("Syrian", "syrienne", "siria", "sirio"),
    "TUN": ("Tunisian", "tunisienne", "tunecina", "tunecino"),
    "TUR": ("Turkish", "turque", "turca", "turco"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolana", "venezolano"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení", "yemení"),
}

#: The EU's own two-letter codes where they differ from ISO (Eurostat, EU documents).
_EU_CODES = {"GRC": "EL", "GBR": "UK"}

_ES_NUMBER_WORDS = (
    "",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
)

_PARTIAL = {"month_en", "month_es", "month_iso", "quarter_fr", "quarter_iso"}
_QUARTERS = {"quarter_fr", "quarter_iso"}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One desk of the set: the shared source fields plus how it words each cell.

    Attributes
    ----------
    words : dict
        Column -> canonical value -> the desk's words (first = the usual one) for
        ``crime_type``, ``exploitation``, ``gender``, ``age_group``, ``transport_mode`` and
        ``linked_offences``.
    unknown : dict
        Column -> the desk's words for "not known" (``gender``, ``age_group``,
        ``transport_mode``, ``exploitation``, ``nationality``, ``n_persons``,
        ``n_suspects``, ``coordinates``).
    dates : tuple of (style, weight)
        Date styles of the file (see :func:`write_date`); partial styles are used only
        where the event may be given without its day.
    country_styles : tuple of (style, weight)
        How countries are written (``name``, ``upper``, ``iso2``, ``iso3``, ``eu2``,
        ``numeric``, ``typo``).
    nationality_styles : tuple of (style, weight)
        The same for nationalities, plus ``demonym``.
    coords : str
        ``pair`` (one ``lat, lon`` cell), ``comma_cols`` (two columns with decimal
        commas), ``dms`` (degrees, minutes, seconds) or ``number_cols`` (two numbers).
    transit_sep : str
        Separator of the transit-country list.
    offence_sep : str
        Separator of the linked offences.
    direct : str or None
        What the desk writes when the route has no transit country.
    smuggling_exploitation : str or None
        What the desk writes under exploitation for a pure smuggling case.
    zero_words : tuple of str
        Words for "no suspect".
    thousands : str
        Thousands separator of counts of 1,000 and more ("" = none).
    numeric : bool
        Counts (and coordinates of ``number_cols``) as numbers, not text.
    case_rate, typo_rate, mojibake_rate : float
        Shares of country and wording cells written in another case or spacing, with a
        typo, or garbled by a wrong import.
    count_word_rate : float
        Share of counts of 1-12 written as a word.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    unknown: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    dates: _Weights = ()
    country_styles: _Weights = (("name", 1.0),)
    nationality_styles: _Weights = (("name", 1.0),)
    coords: str = "pair"
    transit_sep: str = ", "
    offence_sep: str = ", "
    direct: str | None = None
    smuggling_exploitation: str | None = None
    zero_words: tuple[str, ...] = ()
    thousands: str = ""
    numeric: bool = False
    case_rate: float = 0.0
    typo_rate: float = 0.0
    mojibake_rate: float = 0.0
    count_word_rate: float = 0.0


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
NTIA = Agency(
    source="ntia_safeguarding",
    filename="ntia_safeguarding_pu.csv",
    ref="SG/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident Ref",
        "event_date": "Date of Incident",
        "crime_type": "Incident Category",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons Involved",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "detection_country": "Country",
        "transit_countries": "Route (via)",
        "transport_mode": "Mode of Travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Linked Offences",
    },
    note="NB: extract from the safeguarding CRM - figures provisional, not for onward sharing",
    total="Total persons",
    bad_count=("several", "a group", "multiple"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("MSHT", "Modern slavery / human trafficking", "Human trafficking"),
            "smuggling": ("OIC", "Organised immigration crime", "People smuggling"),
            "both": ("MSHT & OIC", "Trafficking + smuggling"),
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
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Child (U18)", "Under 18", "Minor"),
            "adult": ("Adult", "Adults"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat", "RHIB"),
            "land": ("HGV", "Lorry", "Vehicle"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cyber-enabled",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown={
        "gender": ("Not recorded", "Unknown"),
        "age_group": ("Not known", "Unknown"),
        "transport_mode": ("Not known",),
        "exploitation": ("Not yet known", "TBC"),
        "nationality": ("Not known", "Unknown", "Nationality TBC"),
        "n_persons": ("Not known", "TBC"),
        "n_suspects": ("n/k", "Unknown"),
        "coordinates": ("",),
    },
    dates=(
        ("dmy", 0.62),
        ("long_en", 0.2),
        ("dmy_time", 0.12),
        ("month_en", 0.06),
    ),
    country_styles=(("name", 0.55), ("alias", 0.35), ("upper", 0.05), ("typo", 0.05)),
    nationality_styles=(("demonym", 0.6), ("name", 0.3), ("iso3", 0.05), ("typo", 0.05)),
    coords="pair",
    transit_sep=" > ",
    offence_sep="; ",
    direct="Direct",
    smuggling_exploitation="N/A",
    zero_words=("Nil", "None"),
    thousands=",",
    case_rate=0.03,
)

CSCAD = Agency(
    source="cscad_conformite",
    filename="cscad_conformite_pu.csv",
    ref="{seq:04d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
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
    note="Extraction provisoire - diffusion restreinte aux adhérents",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Trafic de migrants",
                "Aide à l'entrée irrégulière",
            ),
            "both": ("TEH + trafic de migrants", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Prostitution contrainte"),
            "forced_labour": ("Exploitation par le travail", "Travail forcé"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre forme",),
        },
        "gender": {
            "female": ("F", "Femme(s)"),
            "male": ("H", "Homme(s)"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "child": ("Mineur(s)", "MNA"),
            "adult": ("Majeur(s)",),
            "mixed": ("Majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation", "Maritime"),
            "land": ("Poids lourd", "Routier", "Véhicule léger"),
            "air": ("Aérien", "Avion"),
        },
        "linked_offences": {
            "document_fraud": ("Faux documents", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    unknown={
        "gender": ("N.C.", "Inconnu"),
        "age_group": ("N.C.", "Inconnu"),
        "transport_mode": ("N.C.",),
        "exploitation": ("À déterminer", "N.C."),
        "nationality": ("N.C.", "Inconnue", "Indéterminée"),
        "n_persons": ("N.C.", "inconnu"),
        "n_suspects": ("N.C.",),
        "coordinates": ("N.C.",),
    },
    dates=(("dmy", 0.78), ("dmy2", 0.07), ("long_fr", 0.1), ("quarter_fr", 0.05)),
    country_styles=(("name", 0.5), ("upper", 0.42), ("typo", 0.04), ("iso3", 0.04)),
    nationality_styles=(("demonym", 0.45), ("upper", 0.3), ("name", 0.2), ("typo", 0.05)),
    coords="comma_cols",
    transit_sep=", ",
    offence_sep=" / ",
    direct=None,
    smuggling_exploitation=None,
    zero_words=("aucun", "néant"),
    thousands="\u00a0",
    case_rate=0.04,
)

SPAIN_NIGHTLIFE = Agency(
    source="spain_nightlife_cumplimiento",
    filename="spain_nightlife_cumplimiento_pu.xlsx",
    ref="SN-CUMP-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas / personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (GMS)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, uso interno de la asociación",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata"),
            "smuggling": (
                "Contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
                "Inmigración irregular (318 bis)",
                "Favorecimiento de la inmigración irregular",
            ),
            "both": ("Trata + 318 bis", "Trata y tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujer", "Femenino"),
            "male": ("Hombre", "Masculino"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "child": ("Menores", "Menor de edad"),
            "adult": ("Adultos", "Mayor de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Embarcación neumática"),
            "land": ("Terrestre", "Vehículo", "Salto de valla"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Contra la salud pública",),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown={
        "gender": ("Sin determinar", "s/d"),
        "age_group": ("Sin determinar", "s/d"),
        "transport_mode": ("s/d",),
        "exploitation": ("Pendiente de determinar",),
        "nationality": ("Desconocida", "s/d"),
        "n_persons": ("sin determinar", "s/d"),
        "n_suspects": ("s/d",),
        "coordinates": ("",),
    },
    dates=(("xl_date", 0.8), ("dmy", 0.1), ("dmy_dash", 0.05), ("xl_serial", 0.05)),
    country_styles=(("name", 0.6), ("upper", 0.3), ("iso3", 0.05), ("typo", 0.05)),
    nationality_styles=(("name", 0.6), ("upper", 0.3), ("demonym", 0.05), ("typo", 0.05)),
    coords="dms",
    transit_sep=" - ",
    offence_sep=" + ",
    direct="Directo",
    smuggling_exploitation=None,
    zero_words=("ninguno",),
    numeric=True,
    case_rate=0.03,
    mojibake_rate=0.12,
)

INA = Agency(
    source="ina_nightlife_alerts",
    filename="ina_nightlife_alerts_pu.jsonl",
    ref="INA-ALR-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "alert_id",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality_iso",
        "origin_country": "origin_iso",
        "destination_country": "destination_iso",
        "detection_country": "country_iso",
        "transit_countries": "transit_via",
        "transport_mode": "transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="_summary",
    bad_count=("multiple", "several", "large group"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("THB",),
            "smuggling": ("SOM",),
            "both": ("THB_SOM",),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour",),
            "forced_criminality": ("criminal",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("document_fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cyber",),
            "terrorism": ("terrorism",),
        },
    },
    unknown={
        "gender": ("unknown",),
        "age_group": ("unknown",),
        "transport_mode": ("unknown",),
        "exploitation": ("unknown",),
        "nationality": ("XX", "unknown"),
        "n_persons": ("unknown",),
        "n_suspects": ("unknown",),
        "coordinates": ("",),
    },
    dates=(("iso", 0.7), ("iso_dt", 0.15), ("month_iso", 0.1), ("quarter_iso", 0.05)),
    country_styles=(("eu2", 0.8), ("iso3", 0.15), ("numeric", 0.05)),
    nationality_styles=(("iso2", 0.85), ("iso3", 0.15)),
    coords="number_cols",
    transit_sep="-",
    offence_sep=",",
    direct=None,
    smuggling_exploitation=None,
    numeric=True,
)

CATWLAC = Agency(
    source="catwlac_casos",
    filename="catwlac_casos_pu.csv",
    ref="F-{seq:04d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Personas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Ruta (tránsito)",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos vinculados",
    },
    note="Nota: compilación hemerográfica y de canalizaciones, cifras preliminares",
    total="Total",
    bad_count=("varias", "un grupo", "muchas"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajos o servicios forzados",),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Tráfico de órganos",),
            "forced_marriage": ("Matrimonio forzoso o servil",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Mujeres",),
            "male": ("Hombres",),
            "mixed": ("Mujeres y hombres", "Mixto"),
        },
        "age_group": {
            "child": ("NNA", "Niñas, niños y adolescentes"),
            "adult": ("Personas adultas", "Adultos"),
            "mixed": ("Adultos y NNA",),
        },
        "transport_mode": {
            "sea": ("Lancha", "Marítimo"),
            "land": ("Terrestre", "A pie", "Tráiler", "Autobús"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("Delitos contra la salud",),
            "cybercrime": ("Delitos cibernéticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown={
        "gender": ("Se desconoce", "N/D"),
        "age_group": ("Se desconoce", "N/D"),
        "transport_mode": ("N/D",),
        "exploitation": ("Por determinar",),
        "nationality": ("Se desconoce", "N/D"),
        "n_persons": ("se desconoce", "N/D"),
        "n_suspects": ("N/D", "se desconoce"),
        "coordinates": ("N/D",),
    },
    dates=(
        ("dmy", 0.6),
        ("long_es", 0.18),
        ("ymd_slash", 0.05),
        ("xl_serial", 0.05),
        ("month_es", 0.12),
    ),
    country_styles=(("name", 0.8), ("upper", 0.05), ("iso3", 0.05), ("alias", 0.1)),
    nationality_styles=(("demonym", 0.65), ("name", 0.25), ("iso3", 0.05), ("typo", 0.05)),
    coords="pair",
    transit_sep=" / ",
    offence_sep="; ",
    direct=None,
    smuggling_exploitation="No aplica",
    zero_words=("ninguno", "0"),
    thousands=",",
    case_rate=0.05,
    count_word_rate=0.08,
)

#: The set's desks, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (NTIA, CSCAD, SPAIN_NIGHTLIFE, INA, CATWLAC)

#: Desk-specific aliases of countries (beside the names of the shared table).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "ntia_safeguarding": {"GBR": ("UK",), "USA": ("USA",), "DEU": ("Germany",)},
    "catwlac_casos": {"USA": ("EUA", "EE. UU."), "PAN": ("Panamá",), "MEX": ("México",)},
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: _Weights) -> str:
    keys = [k for k, _ in options]
    w = np.array([v for _, v in options], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _swap_typo(text: str) -> str:
    """Swap two letters in the middle of a word of 7+ letters (``Sénégal`` -> ``Sénéagl``)."""
    if len(text) < 7:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def write_date(src: Agency, ts: pd.Timestamp, style: str, rng: _Rng) -> object:
    """Write a date in one of the desks' styles.

    Parameters
    ----------
    src : Agency
        The desk (its language and file format).
    ts : Timestamp
        The date.
    style : str
        ``dmy`` (``17/05/2023``), ``dmy2`` (``17/05/23``), ``dmy_dash`` (``17-05-2023``),
        ``dmy_time`` (``17/05/2023 23:40``), ``long_en``/``long_fr``/``long_es``
        (``17 May 2023``, ``17 mai 2023``, ``17 de mayo de 2023``), ``iso``, ``iso_dt``
        (``2023-05-17T23:40:00Z``), ``ymd_slash`` (``2023/05/17``), ``xl_date`` (a real
        Excel date), ``xl_serial`` (the Excel day number), ``month_en``, ``month_es``,
        ``month_iso`` (``May 2023``, ``mayo de 2023``, ``2023-05``), ``quarter_fr``
        (``T2 2023``) or ``quarter_iso`` (``2023-Q2``).
    rng : numpy.random.Generator
        Generator of the time of day of time stamps.

    Returns
    -------
    object
        Text, or a :class:`datetime.datetime` / ``int`` in an XLSX file.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> write_date(NTIA, pd.Timestamp("2023-05-17"), "long_en", rng)
    '17 May 2023'
    >>> write_date(CATWLAC, pd.Timestamp("2023-05-17"), "long_es", rng)
    '17 de mayo de 2023'
    >>> write_date(CSCAD, pd.Timestamp("2023-05-17"), "quarter_fr", rng)
    'T2 2023'
    """
    m = ts.month - 1
    months = _MONTHS[src.language]
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if style in ("dmy_time", "iso_dt"):
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        if style == "dmy_time":
            return ts.strftime("%d/%m/%Y") + f" {hour:02d}:{minute:02d}"
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00Z"
    if style == "long_en" or style == "long_fr":
        return f"{ts.day} {months[m]} {ts.year}"
    if style == "long_es":
        return f"{ts.day} de {months[m]} de {ts.year}"
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "ymd_slash":
        return ts.strftime("%Y/%m/%d")
    if style == "xl_date":
        return dt.datetime(ts.year, ts.month, ts.day)
    if style == "xl_serial":
        serial = (ts.date() - _EXCEL_EPOCH).days
        return serial if src.format == "xlsx" else str(serial)
    if style == "month_en":
        return f"{months[m]} {ts.year}"
    if style == "month_es":
        return f"{months[m]} de {ts.year}"
    if style == "month_iso":
        return ts.strftime("%Y-%m")
    if style == "quarter_fr":
        return f"T{ts.quarter} {ts.year}"
    if style == "quarter_iso":
        return f"{ts.year}-Q{ts.quarter}"
    raise ValueError(f"unknown date style {style!r}")


def _main_style(src: Agency) -> str:
    return max(src.dates, key=lambda kv: kv[1])[0]


def _country(src: Agency, iso: str, style: str, pick: int = 0) -> str:
    """Write a country in a style; falls back to the name where the style has no form."""
    row = COUNTRIES.get(iso)
    name = str(row[_LANG_COL[src.language]]) if row else iso
    if style == "upper":
        return name.upper()
    if style == "iso3":
        return iso
    if style == "iso2":
        return iso_codes(iso)[0]
    if style == "eu2":
        return _EU_CODES.get(iso, iso_codes(iso)[0])
    if style == "numeric":
        return iso_codes(iso)[1]
    if style == "alias":
        aliases = _ALIASES.get(src.source, {}).get(iso)
        if aliases:
            return aliases[pick % len(aliases)]
        return name
    if style == "typo":
        if src.language == "en" and row:
            return str(row[5])
        return _swap_typo(name)
    if style == "demonym":
        forms = _DEMONYMS.get(iso)
        if forms is None:
            return name
        return {"en": forms[0], "fr": forms[1], "es": forms[2]}[src.language]
    return name


def _noise(
    src: Agency, text: str, col: str, rng: _Rng, tags: list[str], *, case: bool = True
) -> str:
    """Change the case or spacing of a text cell, tagging it."""
    if case and src.case_rate and rng.random() < src.case_rate:
        kind = int(rng.integers(0, 3))
        out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
        if out != text:
            tags.append(f"case:{col}")
        return out
    return text


def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    forms = src.words[col][value]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(0, len(forms) - 1))]


def _count(src: Agency, n: int, rng: _Rng, tags: list[str], col: str) -> object:
    """Write a count the desk's way (number, text, thousands separator or word)."""
    if src.count_word_rate and 1 <= n <= 12 and rng.random() < src.count_word_rate:
        tags.append(f"count_word:{col}")
        return _ES_NUMBER_WORDS[n]
    if src.numeric:
        return n
    if n >= 1000 and src.thousands and rng.random() < 0.8:
        tags.append(f"thousands:{col}")
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return str(n)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds of a coordinate, and the value they say."""
    sign = -1.0 if value < 0 else 1.0
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{d}°{m:02d}'{s:02d}\"{pos if sign > 0 else neg}", sign * total / 3600


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, blank: bool, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place the desk's way; return cells, expected lat and lon."""
    if blank:
        tags.append("blank_coordinates")
        cells: dict[str, object] = dict.fromkeys(
            ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
        )
        return cells, None, None
    r = rng.random()
    if r < 0.04:  # not recorded
        word = choice(rng, src.unknown["coordinates"])
        tags.append("coords_placeholder" if word else "coords_missing")
        value = word or None
        if "coordinates" in src.headers:
            return {"coordinates": value}, None, None
        return {"lat": value, "lon": value}, None, None
    if src.coords == "pair":
        sep = ", " if src.source == "ntia_safeguarding" else ","
        return {"coordinates": f"{lat:.5f}{sep}{lon:.5f}"}, lat, lon
    if src.coords == "comma_cols":
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    if src.coords == "dms":
        t_lat, e_lat = _dms(lat, "N", "S")
        t_lon, e_lon = _dms(lon, "E", "O")
        tags.append("coords_dms")
        return {"coordinates": f"{t_lat} {t_lon}"}, round(e_lat, 5), round(e_lon, 5)
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon


def render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does.

    Parameters
    ----------
    src : Agency
        The desk.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be given without its day.
    forced_blank : str or None
        Field this report leaves blank (a second report of a duplicated event).

    Returns
    -------
    cells : dict
        Cells by canonical column (``coordinates`` for a one-cell place).
    expected : dict
        The clean values a careful analyst reads from the cells.
    tags : list of str
        The messiness planted.

    Examples
    --------
    >>> ev = {"event_date": pd.Timestamp("2023-05-17"), "crime_type": "smuggling",
    ...       "exploitation": None, "n_persons": 41, "n_suspects": 0, "gender": "mixed",
    ...       "age_group": "adult", "nationality": "AFG", "origin_country": "AFG",
    ...       "destination_country": "GBR", "detection_country": "FRA",
    ...       "transit_countries": "DEU|FRA", "transport_mode": "sea", "lat": 50.95,
    ...       "lon": 1.85, "linked_offences": None, "hotspot": "Calais"}
    >>> cells, exp, tags = render(INA, ev, np.random.default_rng(3), partial_ok=False,
    ...                           forced_blank="gender")
    >>> cells["gender"], exp["gender"], "blank_gender" in tags
    (None, 'unknown', True)
    >>> exp["n_persons"], exp["transit_countries"], exp["date_precision"]
    (41, 'DEU|FRA', 'day')
    """
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    has = set(src.headers)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    options = src.dates if partial_ok else tuple(kv for kv in src.dates if kv[0] not in _PARTIAL)
    style = _weighted(rng, options)
    cells["event_date"] = write_date(src, ts, style, rng)
    if style in _QUARTERS:
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_date")
    elif style in _PARTIAL:
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_date")
    else:
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        tags.append(f"date:{style}")

    # crime type and exploitation
    crime = str(ev["crime_type"])
    exp["crime_type"] = crime
    cells["crime_type"] = _noise(src, _word(src, "crime_type", crime, rng), "crime_type", rng, tags)
    if crime == "smuggling":
        exp["exploitation"] = None
        cells["exploitation"] = src.smuggling_exploitation
    elif rng.random() < 0.05:
        exp["exploitation"] = "unknown"
        cells["exploitation"] = choice(rng, src.unknown["exploitation"])
        tags.append("unknown:exploitation")
    else:
        form = str(ev["exploitation"])
        exp["exploitation"] = form
        word = _word(src, "exploitation", form, rng)
        cells["exploitation"] = _noise(src, word, "exploitation", rng, tags)

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        exp["n_persons"] = None
        cells["n_persons"] = choice(rng, src.unknown["n_persons"])
        tags.append("count_placeholder")
    else:
        exp["n_persons"] = n
        cells["n_persons"] = _count(src, n, rng, tags, "n_persons")
    k = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or k is None or r < 0.04:
        exp["n_suspects"], cells["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.07:
        exp["n_suspects"] = None
        cells["n_suspects"] = choice(rng, src.unknown["n_suspects"])
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero_words and rng.random() < 0.45:
        exp["n_suspects"] = 0
        cells["n_suspects"] = choice(rng, src.zero_words)
        tags.append("zero_word")
    else:
        exp["n_suspects"] = k
        cells["n_suspects"] = _count(src, k, rng, tags, "n_suspects")

    # gender, age group, transport
    n_people = n
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        exp["gender"] = "unknown"
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.unknown["gender"])
        tags.append("blank_gender")
    else:
        exp["gender"] = gender
        word = _word(src, "gender", gender, rng)
        if src.source == "catwlac_casos" and n_people == 1 and gender != "mixed":
            word = "Mujer" if gender == "female" else "Hombre"  # one person: singular
        cells["gender"] = _noise(src, word, "gender", rng, tags)
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            exp[col] = "unknown"
            cells[col] = choice(rng, src.unknown[col])
            tags.append(f"na_word:{col}")
            continue
        exp[col] = value
        word = _word(src, col, value, rng)
        if col == "transport_mode":
            word = _transport_word(src, ev, value, word, rng)
        cells[col] = _noise(src, word, col, rng, tags)

    # countries
    nat = ev["nationality"]
    r = rng.random()
    if forced_blank == "nationality" or nat is None or r < 0.025:
        exp["nationality"] = None
        cells["nationality"] = (
            choice(rng, src.unknown["nationality"]) if r < 0.015 and nat is not None else None
        )
        tags.append("blank_nationality")
    else:
        exp["nationality"] = nat
        cells["nationality"] = _nationality(src, str(nat), gender, rng, tags)
    for col in ("origin_country", "destination_country"):
        raw = ev[col]
        if col not in has:
            exp[col] = None
            continue
        if raw is None or rng.random() < 0.05:
            exp[col], cells[col] = None, None
            tags.append(f"empty:{col}")
            continue
        exp[col] = raw
        cells[col] = _country_cell(src, str(raw), col, rng, tags)
    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        exp["detection_country"], cells["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        exp["detection_country"] = det
        cells["detection_country"] = _detection_cell(src, ev, str(det), rng, tags)
    transit = ev["transit_countries"]
    if transit is None:
        exp["transit_countries"] = None
        cells["transit_countries"] = src.direct
    elif rng.random() < 0.04:
        exp["transit_countries"], cells["transit_countries"] = None, None
        tags.append("empty:transit_countries")
    else:
        exp["transit_countries"] = transit
        parts = [
            _country_cell(src, code, "transit_countries", rng, tags)
            for code in str(transit).split("|")
        ]
        cells["transit_countries"] = src.transit_sep.join(parts)

    # place
    place, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
        tags,
    )
    cells.update(place)

    # linked offences (written in the truth's order)
    off = ev["linked_offences"]
    exp["linked_offences"] = off
    if off is None:
        cells["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(off).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        # rows pasted in from a UTF-8 export opened as cp1252: every accent garbled
        for col, cell in list(cells.items()):
            bad = mojibake(cell) if isinstance(cell, str) and col != "event_date" else None
            if bad is not None:
                cells[col] = bad
                tags.append(f"mojibake:{col}")
    for col, cell in list(cells.items()):
        if isinstance(cell, str) and not fits(cell, src):  # keep to the file's encoding
            cells[col] = cell.encode(src.encoding, "replace").decode(src.encoding)
            tags.append(f"encoding:{col}")
    return cells, exp, tags


def _transport_word(src: Agency, ev: Mapping[str, object], mode: str, word: str, rng: _Rng) -> str:
    """Return the desk's word for the way of travel where the place tells more (fence)."""
    hotspot = str(ev.get("hotspot") or "")
    if src.source == "spain_nightlife_cumplimiento":
        if mode == "land" and hotspot in ("Ceuta", "Melilla") and rng.random() < 0.5:
            return "Salto de valla"
        if mode == "land" and word == "Salto de valla":
            return "Terrestre"  # no fence outside Ceuta and Melilla
        if mode == "sea" and hotspot in ("Gran Canaria", "Tenerife", "El Hierro", "Lanzarote"):
            return "Cayuco" if rng.random() < 0.7 else word
    if src.source == "catwlac_casos" and mode == "land":
        if hotspot in ("Darién gap", "Bajo Chiquito", "Lajas Blancas"):
            return "A pie (selva)" if rng.random() < 0.5 else "Terrestre"
        if word in ("A pie", "Tráiler") and rng.random() < 0.5:
            return "Terrestre"
    return word


def _nationality(src: Agency, iso: str, gender: str, rng: _Rng, tags: list[str]) -> str:
    style = _weighted(rng, src.nationality_styles)
    text = _country(src, iso, style)
    if style == "demonym" and src.source == "catwlac_casos" and gender != "female":
        text = _DEMONYMS.get(iso, ("", "", "", text))[3] or text
    if style != "name" and text != _country(src, iso, "name"):
        tags.append(f"{style}:nationality")
    return _noise(src, text, "nationality", rng, tags, case=style not in ("iso2", "iso3"))


def _country_cell(src: Agency, iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    style = _weighted(rng, src.country_styles)
    if style == "numeric" and col == "transit_countries":
        style = "eu2"  # numbers in a dashed list would read as one code
    text = _country(src, iso, style, int(rng.integers(0, 2)))
    if style != "name" and text != _country(src, iso, "name"):
        tags.append(f"{style}:{col}")
    codes = ("iso2", "iso3", "eu2", "numeric")
    return _noise(src, text, col, rng, tags, case=style not in codes)


def _detection_cell(
    src: Agency, ev: Mapping[str, object], iso: str, rng: _Rng, tags: list[str]
) -> str:
    """Write the country of detection; the UK desk often names the nation (England)."""
    if src.source == "ntia_safeguarding" and iso == "GBR" and rng.random() < 0.3:
        tags.append("nation:detection_country")
        return "Scotland" if ev.get("hotspot") == "Glasgow" else "England"
    return _country_cell(src, iso, "detection_country", rng, tags)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, impossible (30 February) or ten years ahead."""
    style = _main_style(src)
    if kind == "no_date":
        words = {
            "ntia_safeguarding": ("TBC",),
            "cscad_conformite": ("non renseignée",),
            "spain_nightlife_cumplimiento": ("s/f",),
            "catwlac_casos": ("s/f", "sin fecha"),
        }.get(src.source)
        return choice(rng, words) if words and rng.random() < 0.3 else None
    if kind == "bad_date":
        day, month = choice(rng, ("30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if src.format == "jsonl":
            return f"{ts.year}-{month}-{day}"
        return f"{day}/{month}/{ts.year}"
    try:  # a slip of the year key: 2023 -> 2033
        ahead = ts.replace(year=ts.year + 10)
    except ValueError:  # 29 February
        ahead = ts.replace(year=ts.year + 10, day=28)
    return write_date(src, ahead, style, rng)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the extraction date of the note row (a few days after the last case)."""
    return write_date(src, last + pd.Timedelta(days=4), _main_style(src), np.random.default_rng(0))


#: The variant: routing by detection country; the Latin-American compilation reports the
#: rest (Panama, United States); second reports where two desks hear of the same case.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": NTIA.source,
        "FRA": CSCAD.source,
        "ESP": SPAIN_NIGHTLIFE.source,
        "ITA": INA.source,
        "GRC": INA.source,
        "HRV": INA.source,
        "POL": INA.source,
    },
    compilation=CATWLAC.source,
    secondary={
        ("channel", "GBR"): CSCAD.source,
        ("channel", "FRA"): NTIA.source,
        ("thb_vnm_gbr", "GBR"): INA.source,
        ("thb_rou_esp", "ESP"): INA.source,
        ("thb_rou_esp", "ITA"): SPAIN_NIGHTLIFE.source,
        ("thb_nga_ita", "ITA"): CSCAD.source,
        ("wmed", "ESP"): INA.source,
        ("darien", "PAN"): INA.source,
        ("us_mex", "USA"): INA.source,
    },
    render=render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=435,
    blank_share=0.3,
)


def make_blind435(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five nightlife and entertainment desks of ``blind435``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ntia_safeguarding_pu.csv`` (English, UTF-8 with BOM, ``,``),
        ``cscad_conformite_pu.csv`` (French, cp1252, ``;``),
        ``spain_nightlife_cumplimiento_pu.xlsx`` (Spanish),
        ``ina_nightlife_alerts_pu.jsonl`` (English keys, ISO codes) and
        ``catwlac_casos_pu.csv`` (Spanish, UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind435(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ntia_safeguarding_pu.csv', 'cscad_conformite_pu.csv',
     'spain_nightlife_cumplimiento_pu.xlsx', 'ina_nightlife_alerts_pu.jsonl',
     'catwlac_casos_pu.csv']
    >>> [(s.encoding, s.delimiter) for s in subs if s.format == "csv"]
    [('utf-8-sig', ','), ('cp1252', ';'), ('utf-16', '\t')]
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
