"""Examiner variant ``blind357``: seasonal-work and migrant-rights desks (files ``*_mu.*``).

Five agencies, each writing the way its own tools and clerks do, report the true events
of :func:`trendlib.samples.make_truth`:

``iasc_uk_mu.xlsx``
    The UK Independent Anti-Slavery Commissioner's partner data return (English, Excel).
    Real Excel dates with some typed as text (day first) and a few quarters ("Q2 2023")
    where a partner only gave the reporting quarter; Home Office words ("Modern slavery",
    "OIC" for organised immigration crime); nationalities as demonyms ("Vietnamese");
    the part of the UK as the place identified ("England", "Scotland"); routes joined by
    ``" > "``; latitude and longitude in one "Lat / Long" cell.
``crf_littoral_mu.csv``
    The French Red Cross's Littoral mission (Calais, Dunkirk), an export of its field
    log (French, cp1252, ``;``, CRLF): day-first dates, decimal commas, "MNA" for
    unaccompanied minors, "Angleterre" for the United Kingdom, "small boat" as the
    teams say it, "NR" (non renseigné) for what was not asked, no column of linked
    offences.
``atime_mu.csv``
    The association of Moroccan migrant workers in Spain (ATIME): pateras, cayucos and
    the strawberry and wine harvests (Spanish, UTF-8 with BOM as Excel's "CSV UTF-8"
    writes it with the Spanish list separator ``;``). Demonyms ("marroquí", "rumano"),
    "Guinea Conakry", "directo" for a crossing with no transit, "s/d" for unknown, long
    Spanish dates and a few months only ("mayo 2023"); no coordinates.
``humanrights360_mu.jsonl``
    HumanRights360's case database (Greece; Evros, Lesvos, Samos, and the Manolada
    strawberry fields), exported as JSON lines (English keys and words): ISO dates, some
    timestamps, months only for incidents known from testimony, ISO alpha-2 codes,
    numbers as JSON numbers.
``infobae_migraciones_mu.xlsx``
    A Spanish-language news desk's shared migration tracker (Google Sheets exported to
    Excel), the compilation: every event no agency above reports, plus second reports of
    theirs (often dated a day off, as news is). Real dates, dates typed as text, a few Excel serial
    numbers and month-only dates; "EE.UU."; mojibake in country names pasted from a
    mis-decoded feed; counts with ``.`` thousands; coordinates geocoded to 3 decimals.

The truth (``truth_rows.csv``) expects what a careful analyst reads from each cell: a
demonym is the country, "England" is the United Kingdom, a quarter is the quarter's
first day, a "not known" count is no count, "aucun" suspect is zero, "directo" is no
transit country, coordinates are the written ones. Cells an analyst cannot read (an
impossible date, "plusieurs" persons) are bad rows.
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
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["AGENCIES", "Agency", "make_blind357"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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
}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: The sex of one person, as a clerk writes it.
_SINGULAR = {
    "en": {"female": "Woman", "male": "Man"},
    "fr": {"female": "femme", "male": "homme"},
    "es": {"female": "Mujer", "male": "Hombre"},
}

# --------------------------------------------------------------------------------------
# Wording shared by the agencies of one language
# --------------------------------------------------------------------------------------
#: Nationality adjectives as each agency's clerks write them (the feminine in French:
#: "nationalité afghane").
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
    "es": {
        "AFG": "afgano",
        "ALB": "albanés",
        "BGD": "bangladesí",
        "CHN": "chino",
        "CIV": "marfileño",
        "CMR": "camerunés",
        "COL": "colombiano",
        "DZA": "argelino",
        "ECU": "ecuatoriano",
        "EGY": "egipcio",
        "ERI": "eritreo",
        "GMB": "gambiano",
        "GTM": "guatemalteco",
        "HND": "hondureño",
        "HTI": "haitiano",
        "IRN": "iraní",
        "IRQ": "iraquí",
        "MAR": "marroquí",
        "MEX": "mexicano",
        "MLI": "maliense",
        "NGA": "nigeriano",
        "PAK": "pakistaní",
        "ROU": "rumano",
        "SEN": "senegalés",
        "SYR": "sirio",
        "TUN": "tunecino",
        "TUR": "turco",
        "VEN": "venezolano",
        "VNM": "vietnamita",
        "YEM": "yemení",
    },
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "BGD": "bangladaise",
        "CHN": "chinoise",
        "CIV": "ivoirienne",
        "CMR": "camerounaise",
        "COL": "colombienne",
        "DZA": "algérienne",
        "ECU": "équatorienne",
        "EGY": "égyptienne",
        "ERI": "érythréenne",
        "GMB": "gambienne",
        "GTM": "guatémaltèque",
        "HND": "hondurienne",
        "HTI": "haïtienne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
        "MEX": "mexicaine",
        "MLI": "malienne",
        "NGA": "nigériane",
        "PAK": "pakistanaise",
        "ROU": "roumaine",
        "SEN": "sénégalaise",
        "SYR": "syrienne",
        "TUN": "tunisienne",
        "TUR": "turque",
        "VEN": "vénézuélienne",
        "VNM": "vietnamienne",
        "YEM": "yéménite",
    },
}
#: Other names the clerks use for a country, by language (all read unambiguously).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "GMB": ("The Gambia",),
        "SYR": ("Syrian Arab Republic",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "EE. UU."),
        "ROU": ("Rumania",),
        "GIN": ("Guinea Conakry", "Guinea-Conakry"),
        "VNM": ("Viet Nam",),
        "BGD": ("Bangladesh",),
        "IRQ": ("Iraq",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "GBR": ("Gran Bretaña",),
    },
    "fr": {
        "GBR": ("Angleterre", "UK"),
        "VNM": ("Vietnam",),
        "GIN": ("Guinée Conakry",),
        "USA": ("USA",),
        "MKD": ("Macédoine",),
    },
}
#: Small slips of the pen, by language (the rest of the names are written right).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {iso: row[5] for iso, row in COUNTRIES.items() if iso not in ("RUS", "GMB", "IRQ")},
    "es": {
        "MAR": "Marrueco",
        "DZA": "Argeria",
        "SEN": "Senegall",
        "ROU": "Rumanìa",
        "VEN": "Venezuel",
        "COL": "Colomiba",
        "ECU": "Ecaudor",
        "AFG": "Afganistan",
        "PAK": "Pakistan",
        "MLI": "Mali",
        "HTI": "Haiti",
        "ITA": "Itaila",
        "PAN": "Panama",
        "MEX": "Mexico",
    },
    "fr": {
        "AFG": "Afghanisthan",
        "ERI": "Erythree",
        "IRQ": "Iraq",
        "SYR": "Syrie ",
        "ALB": "Albanie ",
        "VNM": "Viet-nam",
    },
}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of ``blind357``: its file (from :class:`ExaminerSource`) and its wording.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : mapping
        Canonical word -> the agency's words for it (the first is its usual one).
    no_exploitation : tuple
        What the agency writes as the form of exploitation of a pure smuggling case
        (``None`` = an empty cell); read as no form of exploitation.
    unknown : tuple of str
        Words for a value not known.
    count_unknown : tuple of str
        Words for a count not known (the record stays, with no count).
    zero_words : tuple of str
        Words for zero suspects (``()`` = the agency writes 0).
    dates : mapping
        Date style -> weight (``excel``, ``serial``, ``dmy``, ``dmy2``, ``dmy_dash``,
        ``iso``, ``iso_time``, ``long``, ``month``, ``quarter``).
    nationality, countries, detection : mapping
        Country style -> weight for the nationality, the other country columns and the
        detection country (``name``, ``demonym``, ``alias``, ``iso2``, ``iso3``,
        ``typo``, ``mojibake``, ``upper``, ``region``).
    transit_sep : str
        Separator of the transit countries, written in order.
    no_transit : tuple
        What the agency writes for a journey with no transit country.
    offence_sep : str
        Separator of the linked offences.
    coords : str
        ``"pair"`` (``"lat, lon"`` in one cell), ``"comma"`` (two cells, decimal
        comma), ``"number"`` (two numeric cells) or ``"none"``.
    decimals : int
        Decimals of the written coordinates.
    thousands : str
        Thousands separator of counts of 1,000 or more.
    """

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    no_exploitation: tuple[str | None, ...]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    transport: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    dates: Mapping[str, float]
    nationality: Mapping[str, float]
    countries: Mapping[str, float]
    detection: Mapping[str, float]
    transit_sep: str
    no_transit: tuple[str | None, ...]
    offence_sep: str
    coords: str
    decimals: int
    thousands: str


IASC = Agency(
    source="iasc_uk_mu",
    filename="iasc_uk_mu.xlsx",
    ref="IASC/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "IASC ref",
        "event_date": "Date identified",
        "crime_type": "Crime type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of PVoTs / migrants",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Identified in",
        "transit_countries": "Route (transit)",
        "transport_mode": "Method of travel",
        "coordinates": "Lat / Long",
        "linked_offences": "Linked offending",
    },
    note="Figures provisional: partner returns not yet reconciled with NRM outcomes",
    total="Total",
    bad_count=("several", "multiple"),
    repeats=True,
    crime={
        "trafficking": ("Modern slavery", "MS", "Human trafficking"),
        "smuggling": ("Organised immigration crime", "OIC", "Facilitation"),
        "both": ("MS / OIC", "Modern slavery & OIC"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Labour", "Labour exploitation (agriculture)"),
        "forced_criminality": ("Criminal exploitation", "Criminal (cannabis cultivation)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=("N/A", "N/A", None),
    gender={
        "female": ("Female", "F", "All female"),
        "male": ("Male", "M", "All male"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Minor", "Child", "U18"),
        "adult": ("Adult", "Adults", "18+"),
        "mixed": ("Mixed", "Adults & minors"),
    },
    transport={
        "sea": ("Small boat", "Small boat", "RHIB", "Boat"),
        "land": ("Lorry", "HGV", "Vehicle", "On foot"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Drugs supply"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    unknown=("Not known", "n/k", "Unknown"),
    count_unknown=("n/k", "Not known"),
    zero_words=("None", "Nil"),
    dates={"excel": 0.74, "dmy": 0.13, "long": 0.08, "quarter": 0.05},
    nationality={"demonym": 0.72, "name": 0.2, "typo": 0.04, "upper": 0.04},
    countries={"name": 0.8, "alias": 0.12, "typo": 0.04, "upper": 0.04},
    detection={"region": 0.5, "alias": 0.3, "name": 0.2},
    transit_sep=" > ",
    no_transit=(None,),
    offence_sep="; ",
    coords="pair",
    decimals=4,
    thousands=",",
)

CRF = Agency(
    source="crf_littoral_mu",
    filename="crf_littoral_mu.csv",
    ref="ML-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date intervention",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Passeurs signalés",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination souhaitée",
        "detection_country": "Pays d'intervention",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode de passage",
        "lat": "Latitude",
        "lon": "Longitude",
    },
    note="Données provisoires – extraction du logiciel de suivi Mission Littoral",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "nombreux"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "Suspicion de traite"),
        "smuggling": ("Trafic de migrants", "Aide à l'entrée irrégulière", "Passage (filière)"),
        "both": ("TEH + trafic de migrants", "Traite et passage"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": (
            "travail forcé",
            "exploitation par le travail",
            "exploitation par le travail (saisonniers agricoles)",
        ),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=(None, None, "sans objet"),
    gender={
        "female": ("F", "Femmes"),
        "male": ("H", "Hommes"),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    age={
        "child": ("Mineurs", "MNA", "mineur"),
        "adult": ("Majeurs", "Adultes"),
        "mixed": ("Mixte", "Familles", "Adultes + mineurs"),
    },
    transport={
        "sea": ("small boat", "bateau", "small boat", "embarcation"),
        "land": ("camion", "poids lourd", "à pied", "véhicule"),
        "air": ("avion",),
    },
    offences={},
    unknown=("NR", "inconnu", "non renseigné"),
    count_unknown=("NR", "inconnu"),
    zero_words=("aucun", "0"),
    dates={"dmy": 0.85, "dmy2": 0.15},
    nationality={"name": 0.66, "demonym": 0.18, "typo": 0.04, "upper": 0.06, "alias": 0.06},
    countries={"name": 0.7, "alias": 0.2, "upper": 0.05, "typo": 0.05},
    detection={"name": 0.85, "iso2": 0.1, "upper": 0.05},
    transit_sep=", ",
    no_transit=(None,),
    offence_sep=", ",
    coords="comma",
    decimals=4,
    thousands=" ",
)

ATIME = Agency(
    source="atime_mu",
    filename="atime_mu.csv",
    ref="ATIME/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales, pendientes de revisión por la coordinadora",
    total="TOTAL",
    bad_count=("varios", "decenas", "numerosos"),
    repeats=False,
    crime={
        "trafficking": ("Trata", "trata de personas", "TSH"),
        "smuggling": (
            "Tráfico de migrantes",
            "tráfico ilícito de migrantes",
            "favorecimiento inmigración irregular",
        ),
        "both": ("Trata y tráfico", "trata + tráfico"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": (
            "explotación laboral",
            "explotación laboral agrícola",
            "trabajo forzoso",
            "explotación laboral (campaña de la fresa)",
        ),
        "forced_criminality": ("delincuencia forzada", "actividades delictivas forzadas"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    no_exploitation=("No procede", "No procede", None),
    gender={
        "female": ("Mujeres", "mujeres"),
        "male": ("Hombres", "Varones"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={
        "child": ("Menores", "Menores no acompañados", "menor"),
        "adult": ("Adultos", "mayores de edad"),
        "mixed": ("Mixto", "Adultos y menores"),
    },
    transport={
        "sea": ("Patera", "Cayuco", "Neumática", "patera"),
        "land": ("Terrestre", "A pie (valla)", "Autobús", "Camión"),
        "air": ("Avión", "Aérea"),
    },
    offences={
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("tráfico de drogas", "hachís"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    unknown=("s/d", "desconocido", "sin datos"),
    count_unknown=("s/d", "sin datos"),
    zero_words=("ninguno", "0"),
    dates={"dmy": 0.7, "dmy_dash": 0.15, "long": 0.1, "month": 0.05},
    nationality={"demonym": 0.58, "name": 0.3, "alias": 0.06, "typo": 0.03, "upper": 0.03},
    countries={"name": 0.84, "alias": 0.08, "typo": 0.04, "upper": 0.04},
    detection={"name": 0.9, "upper": 0.1},
    transit_sep=" - ",
    no_transit=("directo", None),
    offence_sep=", ",
    coords="none",
    decimals=0,
    thousands=".",
)

HR360 = Agency(
    source="humanrights360_mu",
    filename="humanrights360_mu.jsonl",
    ref="HR360-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "case_type",
        "exploitation": "exploitation_form",
        "n_persons": "persons_affected",
        "n_suspects": "suspected_facilitators",
        "gender": "sex",
        "age_group": "age_profile",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "location_country",
        "transit_countries": "transit_route",
        "transport_mode": "means_of_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("many", "group", "several"),
    repeats=False,
    crime={
        "trafficking": ("trafficking", "THB"),
        "smuggling": ("smuggling", "SoM"),
        "both": ("trafficking+smuggling",),
    },
    exploitation={
        "sexual": ("sexual",),
        "forced_labour": ("labour", "labour (agriculture)"),
        "forced_criminality": ("criminal activities",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    no_exploitation=(None,),
    gender={"female": ("female", "women"), "male": ("male", "men"), "mixed": ("mixed",)},
    age={
        "child": ("minors", "UAM"),
        "adult": ("adults",),
        "mixed": ("mixed", "families"),
    },
    transport={
        "sea": ("sea", "boat", "dinghy"),
        "land": ("land", "on foot", "car"),
        "air": ("air",),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    unknown=("unknown",),
    count_unknown=("unknown",),
    zero_words=(),
    dates={"iso": 0.8, "iso_time": 0.12, "month": 0.08},
    nationality={"iso2": 0.7, "name": 0.3},
    countries={"iso2": 0.55, "name": 0.45},
    detection={"iso2": 0.85, "name": 0.12, "alias_hellas": 0.03},
    transit_sep=", ",
    no_transit=(None,),
    offence_sep=", ",
    coords="number",
    decimals=5,
    thousands="",
)

INFOBAE = Agency(
    source="infobae_migraciones_mu",
    filename="infobae_migraciones_mu.xlsx",
    ref="IB-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "ID",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas (víctimas o migrantes)",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "Origen",
        "destination_country": "Destino",
        "detection_country": "País del hecho",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: elaboración propia con datos oficiales, de ONG y de prensa",
    total="Total general",
    bad_count=("cientos", "decenas", "varios"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
        "both": ("Trata y tráfico de migrantes", "Trata y tráfico"),
    },
    exploitation={
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": (
            "explotación laboral",
            "trabajo forzoso",
            "explotación laboral (jornaleros)",
        ),
        "forced_criminality": ("delitos forzados", "criminalidad forzada"),
        "organ_removal": ("tráfico de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    no_exploitation=("-", None),
    gender={
        "female": ("Mujeres", "femenino"),
        "male": ("Hombres", "masculino"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={
        "child": ("Menores", "Niños, niñas y adolescentes"),
        "adult": ("Adultos",),
        "mixed": ("Mixto", "Adultos y menores"),
    },
    transport={
        "sea": ("Marítimo", "Embarcación", "Lancha"),
        "land": ("Terrestre", "A pie", "Camión"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": ("lavado de dinero", "lavado de activos"),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    unknown=("s/d", "sin dato"),
    count_unknown=("s/d", "sin cifra"),
    zero_words=("ninguno", "sin detenidos"),
    dates={"excel": 0.66, "dmy": 0.2, "serial": 0.05, "month": 0.06, "long": 0.03},
    nationality={"name": 0.68, "demonym": 0.14, "mojibake": 0.1, "alias": 0.04, "upper": 0.04},
    countries={"name": 0.8, "mojibake": 0.1, "alias": 0.06, "upper": 0.04},
    detection={"name": 0.78, "mojibake": 0.12, "alias": 0.1},
    transit_sep=" / ",
    no_transit=(None, "directa"),
    offence_sep=" / ",
    coords="number",
    decimals=3,
    thousands=".",
)

#: The five agencies of the variant, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (IASC, CRF, ATIME, HR360, INFOBAE)

_PRIMARY = {"GBR": IASC.source, "FRA": CRF.source, "ESP": ATIME.source, "GRC": HR360.source}
# The news desk reports again what the agencies' own releases announce.
_SECONDARY = {
    ("channel", "FRA"): INFOBAE.source,
    ("channel", "GBR"): INFOBAE.source,
    ("thb_vnm_gbr", "GBR"): INFOBAE.source,
    ("emed", "GRC"): INFOBAE.source,
    ("wmed", "ESP"): INFOBAE.source,
    ("watl", "ESP"): INFOBAE.source,
    ("thb_rou_esp", "ESP"): INFOBAE.source,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word 60 % of the time, one of the others otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


def _country(src: Agency, iso: str, style: str, *, hotspot: str = "") -> tuple[str, str]:
    """Write one country the agency's way; return (text, the style really visible)."""
    lang = src.language
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[lang]])
    if style == "demonym" and iso in _DEMONYMS[lang]:
        return _DEMONYMS[lang][iso], "demonym"
    if style == "alias" and iso in _ALIASES[lang]:
        aliases = _ALIASES[lang][iso]
        return aliases[len(hotspot) % len(aliases)], "alias"
    if style == "alias_hellas" and iso == "GRC":
        return "Hellas", "alias"
    if style == "iso2":
        return str(row[0]), "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "typo" and iso in _TYPOS[lang] and _TYPOS[lang][iso] != name:
        return _TYPOS[lang][iso], "typo"
    if style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None:
            return garbled, "mojibake"
    if style == "upper":
        return name.upper(), "case"
    if style == "region" and iso == "GBR":
        return ("Scotland" if hotspot == "Glasgow" else "England"), "region"
    return name, "name"


def _fit(src: Agency, text: str, iso: str) -> str:
    """Return the cell as the file's encoding holds it (cp1252 CSV: else the ISO3)."""
    return text if fits(text, src) else iso


def _count(src: Agency, n: int) -> object:
    if n >= 1000 and src.thousands:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return str(n) if src.format == "csv" else n


def _date_cell(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write a date; return (cell, expected date, precision, tags)."""
    style = _draw(rng, src.dates)
    if style in ("month", "quarter") and not partial_ok:
        style = "dmy" if "dmy" in src.dates else ("iso" if "iso" in src.dates else "excel")
    lang = src.language
    month = _MONTHS[lang][ts.month - 1]
    day = ts.normalize()
    if style == "month":
        first = day.to_period("M").start_time
        if src.format == "jsonl":
            return ts.strftime("%Y-%m"), first, "month", ["partial_date"]
        return f"{month} {ts.year}", first, "month", ["partial_date", "month_name"]
    if style == "quarter":
        first = day.to_period("Q").start_time
        return f"Q{ts.quarter} {ts.year}", first, "quarter", ["partial_date", "quarter"]
    if style == "excel":
        return day.to_pydatetime(), day, "day", ["excel_date"]
    if style == "serial":
        serial = int((day - _EXCEL_EPOCH).days)
        return serial, day, "day", ["excel_serial"]
    if style == "dmy2":
        return ts.strftime("%d/%m/%y"), day, "day", ["two_digit_year"]
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y"), day, "day", []
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), day, "day", []
    if style == "iso_time":
        stamp = f"T{(ts.day_of_year * 7) % 24:02d}:{(ts.day * 13) % 60:02d}:00"
        return ts.strftime("%Y-%m-%d") + stamp, day, "day", ["timestamp"]
    if style == "long":
        text = (
            f"{ts.day} de {month} de {ts.year}" if lang == "es" else f"{ts.day} {month} {ts.year}"
        )
        return text, day, "day", ["long_date"]
    text = ts.strftime("%d/%m/%Y")
    return text, day, "day", (["text_date"] if src.format == "xlsx" else [])


def _render(
    src: Agency,
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
    csv = src.format == "csv"
    hotspot = str(ev.get("hotspot") or "")

    # Date
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], dtags = _date_cell(
        src, ts, rng, partial_ok
    )
    tags += dtags

    # Crime type and form of exploitation
    crime = str(ev["crime_type"])
    word = _word(rng, src.crime[crime])
    if src is INFOBAE and crime == "smuggling" and ev["corridor"] == "us_mex":
        word = "Coyotaje" if rng.random() < 0.3 else word  # the border desk's word
    if rng.random() < 0.03:
        word = word.upper() if rng.random() < 0.5 else f" {word} "
        tags.append("case:crime_type")
    cells["crime_type"], exp["crime_type"] = word, crime
    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        cells["exploitation"] = src.no_exploitation[int(rng.integers(len(src.no_exploitation)))]
        exp["exploitation"] = None
        if crime != "smuggling":  # trafficking with no recorded form: cannot happen
            exp["exploitation"] = "unknown"
    elif rng.random() < 0.05:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(rng, src.exploitation[str(expl)])
        exp["exploitation"] = str(expl)

    # Counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"], exp["n_persons"] = choice(rng, src.count_unknown), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, n), n
        if n >= 1000 and src.thousands:
            tags.append("thousands:n_persons")
        elif src.language == "fr" and n > 1 and rng.random() < 0.06:
            cells["n_persons"] = f"{n} pers."
            tags.append("count_unit")
    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.05:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.unknown), None
        tags.append("suspects_placeholder")
    elif s == 0 and src.zero_words and rng.random() < 0.5:
        zero = choice(rng, src.zero_words)
        cells["n_suspects"], exp["n_suspects"] = zero, 0
        if zero != "0":
            tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = (str(s) if csv else s), s

    # Gender, age group, transport mode
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(rng, src.gender[gender]), gender
        one = n == 1 and src.format != "jsonl" and gender in _SINGULAR[src.language]
        if one and rng.random() < 0.5:
            cells["gender"] = _SINGULAR[src.language][gender]  # one person: "Mujer"
    for col, table in (("age_group", src.age), ("transport_mode", src.transport)):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.unknown), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = _word(rng, table[value]), value

    # Countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        blank_tag = f"blank_{col}"
        if iso is None or forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(blank_tag)
            continue
        if col != "detection_country" and rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.unknown), None
            tags.append(blank_tag if col == "nationality" else f"unknown:{col}")
            continue
        weights = (
            src.nationality
            if col == "nationality"
            else src.detection
            if col == "detection_country"
            else src.countries
        )
        text, seen = _country(src, str(iso), _draw(rng, weights), hotspot=hotspot)
        text = _fit(src, text, str(iso))
        if seen != "name":
            tags.append(f"{seen}:{col}")
        cells[col], exp[col] = text, str(iso)

    # Transit countries, in order
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = src.no_transit[int(rng.integers(len(src.no_transit)))]
        exp["transit_countries"] = None
        if cells["transit_countries"] is not None:
            tags.append("direct_word")
    else:
        parts = []
        style = "iso2" if src.countries.get("iso2", 0) >= 0.5 else "name"
        for code in str(transit).split("|"):
            text, seen = _country(src, code, style)
            if style == "name" and src.language == "es" and rng.random() < 0.05:
                text, seen = _country(src, code, "mojibake" if src is INFOBAE else "name")
            if seen == "mojibake":
                tags.append("mojibake:transit_countries")
            parts.append(_fit(src, text, code))
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    # Coordinates
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"] = exp["lon"] = None
    if src.coords == "none":
        tags.append("coords_missing")
    elif forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif rng.random() < 0.05:
        tags.append("coords_missing")
    else:
        d = src.decimals
        exp["lat"], exp["lon"] = round(lat, d), round(lon, d)
        if src.coords == "pair":
            cells["coordinates"] = f"{lat:.{d}f}, {lon:.{d}f}"
        elif src.coords == "comma":
            cells["lat"] = f"{lat:.{d}f}".replace(".", ",")
            cells["lon"] = f"{lon:.{d}f}".replace(".", ",")
            tags.append("decimal_comma")
        else:
            cells["lat"], cells["lon"] = round(lat, d), round(lon, d)

    # Linked offences
    offences = ev["linked_offences"]
    if not src.offences:
        exp["linked_offences"] = None
    elif offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [_word(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


def _future_year(year: int) -> int:
    """Slip on the tens digit of the year (2021 -> 2031): a date years ahead."""
    return year + 10


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = ts.replace(year=_future_year(ts.year))
        if src.format == "xlsx":
            return later.to_pydatetime()
        return later.strftime("%Y-%m-%d" if src.format == "jsonl" else "%d/%m/%Y")
    y = ts.year
    impossible = {
        IASC.source: (f"31/02/{y}", f"31/09/{y}"),
        CRF.source: (f"31/02/{y}", f"30/02/{y}", f"32/{ts.month:02d}/{y}"),
        ATIME.source: (f"31/04/{y}", f"30/02/{y}"),
        HR360.source: (f"{y}-02-30", f"{y}-04-31"),
        INFOBAE.source: (f"31/06/{y}", f"30/02/{y}"),
    }[src.source]
    return choice(rng, impossible)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the note row: the day of the extract, after the last event."""
    day = (last + pd.Timedelta(days=3)).normalize()
    if src.format == "xlsx":
        return dt.datetime(day.year, day.month, day.day)
    return day.strftime("%Y-%m-%d" if src.format == "jsonl" else "%d/%m/%Y")


_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary=_PRIMARY,
    compilation=INFOBAE.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=357,
    blank_share=0.35,
)


def make_blind357(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind357`` agencies would send them.

    The events detected in the United Kingdom go to the Independent Anti-Slavery
    Commissioner's partner return, those in France to the French Red Cross's Littoral
    mission, those in Spain to ATIME, those in Greece to HumanRights360, and every other
    event to the Infobae migration tracker, which also reports again about 4 % of the
    events of the others (Channel, Aegean, Spanish and UK trafficking cases), often dated
    a day off. About 1.5 % of the events become rows to quarantine (every reason), each
    file but the JSON lines has a note row, each has a total row, the CSV files an
    empty row, and the UK return and the tracker re-send a few rows unchanged.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``iasc_uk_mu.xlsx``, ``crf_littoral_mu.csv``, ``atime_mu.csv``,
        ``humanrights360_mu.jsonl`` and ``infobae_migraciones_mu.xlsx``, each with the
        rows the truth expects of it.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind357(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['iasc_uk_mu.xlsx', 'crf_littoral_mu.csv', 'atime_mu.csv',
     'humanrights360_mu.jsonl', 'infobae_migraciones_mu.xlsx']
    >>> [(s.encoding, s.delimiter) for s in subs[1:3]]
    [('cp1252', ';'), ('utf-8-sig', ';')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date intervention', 'Qualification']
    >>> all(len(s.expected) > 0 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
