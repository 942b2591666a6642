"""Examiner sample set ``blind288`` (files ``*_kd.*``): sanitary and phytosanitary border posts.

Five agencies that inspect animals, meat, fruit and plants at borders, and that find
people hidden in consignments, or exploited farm and abattoir workers, while doing so:

``apha_bcp_kd.xlsx``
    UK Animal and Plant Health Agency, border control posts and field inspectors
    (English, an Excel workbook: real Excel dates with a few typed as text, demonyms in
    the nationality column, "England"/"Scotland" as the country where found, route lists
    joined by ``>``). First reporter of the events found in the United Kingdom; reports
    again some Channel events found on the French side.
``sivep_pcf_kd.csv``
    French SIVEP (service d'inspection vétérinaire et phytosanitaire aux frontières),
    border posts of Calais and Dunkerque (French, cp1252, ``;``, day-first dates with a
    few months ("mai 2023") and quarters ("T2 2023"), decimal commas, ``NC`` for what
    is not known, "néant" for no suspect). First reporter in France; reports again some
    Channel events found at Dover.
``senasica_oisa_kd.csv``
    Mexico's SENASICA inspection offices (OISA) at the northern border crossings, which
    log the loads in which people were found on the US side of the crossing (Mexican
    Spanish, UTF-8 with BOM, ``,``, "tráfico de personas" for smuggling, "NNA" for
    minors, "EUA" for the United States, coordinates as a pair, some in degrees, minutes
    and seconds, and a share of rows garbled by an old cp1252 import). First reporter of
    the events found in the United States.
``aupsa_darien_kd.csv``
    Panama's food-safety authority AUPSA, quarantine posts on the Darién road and at the
    migrant reception stations (Panamanian Spanish, UTF-16 tab-separated text as Excel's
    "Unicode text" export writes it, ISO alpha-3 codes copied from passports, thousands
    with a comma, Excel serial numbers where a date cell lost its format). First reporter in Panama.
``sante_bcp_digest_kd.jsonl``
    The European Commission's digest of what the member states' border control posts
    notify (English JSON lines: ISO alpha-2 codes with the EU's ``EL`` for Greece, ISO
    dates, coded vocabularies). Reports every event no other source first reports.

Every cell is written from the true event, and the expected clean value is what a careful
analyst reads in it: an "unknown" word or a blank leaves the field unknown (and is tagged
so), a demonym, alias, code, typo or garbled name still names its country, a month or a
quarter gives its first day with that precision.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "KdSource", "make_blind288"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]

# Shares of the messiness (per cell unless said otherwise).
_UNKNOWN_RATE = 0.03  # a vocabulary or nationality cell says "not known"
_COUNT_PLACEHOLDER_RATE = 0.012  # the persons cell says "not known"
_SUSPECTS_PLACEHOLDER_RATE = 0.04
_ZERO_WORD_RATE = 0.5  # of the rows with no suspect, where the agency has a word for it
_COUNT_WORD_RATE = 0.04  # "12 pers.", "7 personas"
_CASE_RATE = 0.05
_TYPO_RATE = 0.03
_NO_COORD_RATE = 0.04
_EXTRA_RATE = 0.7  # a site or goods cell is filled

_NAME_COL = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_PARTIAL = ("month_name", "month_num", "month_iso", "quarter")


@dataclass(frozen=True)
class KdSource(ExaminerSource):
    """One agency of the ``blind288`` set: the shared fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the agency's words for it (first = the usual one).
    unknown : tuple of str
        What the agency writes for a value it does not know.
    not_applicable : tuple of str or None
        The exploitation cell of a pure smuggling case (``None`` = left blank).
    direct : tuple of str or None
        The transit cell of a direct journey (``None`` = left blank).
    count_unknown : tuple of str or None
        The persons cell when the number is not known.
    zero : tuple of str
        Words for "no suspect" (empty: the agency writes 0).
    count_words : tuple of str
        Patterns of a count written with its noun (``{n}`` = the number).
    thousands : tuple of str
        Thousands separators of counts >= 1000 (empty: never).
    names : mapping
        ISO alpha-3 -> the agency's usual name, where it is not the table's name.
    aliases : mapping
        ISO alpha-3 -> other names the agency uses.
    demonyms : mapping
        ISO alpha-3 -> the nationality adjective written in the nationality column.
    demonym_share : float
        Share of the nationality cells written as a demonym.
    codes : mapping
        ISO alpha-3 -> the agency's two-letter code, where it is not ISO alpha-2.
    country_style : mapping
        ``name``, ``upper``, ``iso2``, ``iso3``, ``alias`` or ``typo`` -> weight.
    transit_sep, offence_sep : str
        Separators of the transit and linked-offence lists.
    dates : mapping
        Date style -> weight (see :func:`_date_cell`).
    coords : str
        ``"num"`` (numbers), ``"comma"`` (text, decimal comma), ``"dot"`` (text),
        ``"pair"`` (one cell, decimal or degrees-minutes-seconds).
    coord_digits : int
        Decimals written.
    coord_unknown : str or None
        Word of a missing location (``None`` = left blank).
    sites : mapping
        Hotspot of the truth -> names of the agency's post or place.
    goods : tuple of str
        Consignments the agency writes in its goods column.
    mojibake_share : float
        Share of rows garbled by a cp1252 import of UTF-8 text.
    """

    words: Mapping[str, _Words]
    unknown: tuple[str, ...]
    not_applicable: tuple[str | None, ...]
    direct: tuple[str | None, ...]
    count_unknown: tuple[str | None, ...]
    zero: tuple[str, ...]
    count_words: tuple[str, ...]
    thousands: tuple[str, ...]
    names: Mapping[str, str]
    aliases: Mapping[str, tuple[str, ...]]
    demonyms: Mapping[str, str]
    demonym_share: float
    codes: Mapping[str, str]
    country_style: Mapping[str, float]
    transit_sep: str
    offence_sep: str
    dates: Mapping[str, float]
    coords: str
    coord_digits: int
    coord_unknown: str | None
    sites: Mapping[str, tuple[str, ...]]
    goods: tuple[str, ...]
    mojibake_share: float


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_APHA = KdSource(
    source="apha_bcp",
    filename="apha_bcp_kd.xlsx",
    ref="APHA/BCP/{yy:02d}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "APHA ref",
        "event_date": "Date found",
        "site": "BCP / site",
        "goods": "Commodity",
        "crime_type": "Incident type",
        "exploitation": "Exploitation type (NRM)",
        "n_persons": "No. of persons found",
        "n_suspects": "No. arrested",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries transited)",
        "destination_country": "Intended destination",
        "detection_country": "Country where found",
        "transport_mode": "Conveyance",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated offences",
    },
    note="Provisional figures extracted from the BCP incident log; not official statistics",
    total="Total",
    bad_count=("several", "multiple", "a number of"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
            "smuggling": ("Clandestine entry", "Facilitation (s.25)", "Clandestine entrants"),
            "both": ("Facilitation + modern slavery", "Clandestine entry / trafficking"),
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
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "M/F"),
        },
        "age_group": {
            "child": ("Minor", "Under 18", "Child"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Vessel", "Sea"),
            "land": ("HGV", "Lorry", "Van", "Road"),
            "air": ("Air", "Air freight"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "false ID documents"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "cannabis cultivation"),
            "cybercrime": ("cyber-enabled",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("Not known", "Not recorded", "n/k"),
    not_applicable=("N/A", None),
    direct=(None, "Direct"),
    count_unknown=("n/k", "not known"),
    zero=("None", "Nil"),
    count_words=(),
    thousands=(),
    names={"VNM": "Vietnam", "GBR": "United Kingdom"},
    aliases={
        "GBR": ("UK", "Great Britain"),
        "IRN": ("Islamic Republic of Iran",),
        "SYR": ("Syrian Arab Republic",),
        "DEU": ("Deutschland",),
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
    demonym_share=0.6,
    codes={},
    country_style={"name": 0.8, "upper": 0.05, "iso2": 0.05, "alias": 0.07, "typo": 0.03},
    transit_sep=" > ",
    offence_sep="; ",
    dates={"excel": 0.82, "long": 0.08, "dmy": 0.05, "month_name": 0.05},
    coords="num",
    coord_digits=5,
    coord_unknown=None,
    sites={
        "Dover": ("Dover Western Docks BCP", "Sevington IBF", "Port of Dover"),
        "Calais": ("Calais (juxtaposed controls)", "Coquelles - Eurotunnel"),
        "Dunkirk/Gravelines": ("Dunkerque port",),
        "London": ("London Gateway BCP", "Heathrow BCP", "Hounslow - field visit"),
        "Birmingham": ("West Midlands - farm inspection", "Birmingham - abattoir visit"),
        "Glasgow": ("Glasgow - abattoir visit", "Lanarkshire - farm inspection"),
    },
    goods=(
        "Chilled lamb carcasses",
        "Live sheep",
        "Plants for planting",
        "Cut flowers",
        "Fresh fish",
        "Frozen poultry",
        "Soft fruit",
        "Empty livestock trailer",
    ),
    mojibake_share=0.0,
)

_SIVEP = KdSource(
    source="sivep_pcf",
    filename="sivep_pcf_kd.csv",
    ref="SIVEP-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du constat",
        "site": "Poste de contrôle",
        "goods": "Nature du lot",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes découvertes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "transit_countries": "Pays traversés",
        "detection_country": "Pays du constat",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction SIVEP - données provisoires, non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "groupe", "qq personnes"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH"),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "aide à l'entrée et au séjour irréguliers",
                "trafic de migrants",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femme(s)"),
            "male": ("H", "homme(s)"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineur(s)", "MNA"),
            "adult": ("majeur(s)", "adulte(s)"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("maritime", "embarcation", "small boat"),
            "land": ("routier", "poids lourd", "PL"),
            "air": ("aérien",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("NC", "non renseigné", "inconnu"),
    not_applicable=("sans objet", None),
    direct=(None, "direct"),
    count_unknown=("NC", "inconnu"),
    zero=("néant", "aucun"),
    count_words=("{n} pers.",),
    thousands=("\u00a0", " "),
    names={"VNM": "Vietnam"},
    aliases={"GBR": ("RU", "Grande-Bretagne"), "DEU": ("RFA",)},
    demonyms={
        "AFG": "afghan",
        "IRN": "iranien",
        "IRQ": "irakien",
        "ALB": "albanais",
        "ERI": "érythréen",
        "SYR": "syrien",
        "VNM": "vietnamien",
    },
    demonym_share=0.3,
    codes={},
    country_style={"name": 0.74, "upper": 0.12, "iso3": 0.04, "alias": 0.06, "typo": 0.04},
    transit_sep=" / ",
    offence_sep=", ",
    dates={"dmy": 0.78, "dmy2": 0.08, "long": 0.06, "month_name": 0.04, "quarter": 0.04},
    coords="comma",
    coord_digits=5,
    coord_unknown="NC",
    sites={
        "Calais": ("PCF Calais port", "PCF Calais Tunnel (Coquelles)"),
        "Dunkirk/Gravelines": ("PCF Dunkerque", "Gravelines"),
        "Dover": ("Douvres (RU)",),
        "London": ("Londres (RU)",),
        "Birmingham": ("Birmingham (RU)",),
        "Glasgow": ("Glasgow (RU)",),
    },
    goods=(
        "viande bovine réfrigérée",
        "fruits et légumes",
        "animaux vivants (ovins)",
        "produits de la pêche",
        "végétaux",
        "remorque frigorifique vide",
    ),
    mojibake_share=0.0,
)

_SENASICA = KdSource(
    source="senasica_oisa",
    filename="senasica_oisa_kd.csv",
    ref="DGIF-OISA/{year}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha de detección",
        "site": "Punto de cruce",
        "goods": "Mercancía inspeccionada",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar sujeta a validación",
    total="TOTAL",
    bad_count=("varios", "un grupo", "grupo numeroso"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": (
                "tráfico de personas",
                "tráfico de migrantes",
                "tráfico de indocumentados",
            ),
            "both": ("trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajo forzado", "explotación laboral"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzoso",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Hombres"),
            "mixed": ("Mixto", "Ambos"),
        },
        "age_group": {
            "child": ("NNA", "Menores"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("terrestre", "tractocamión", "a pie", "caja seca"),
            "sea": ("marítimo",),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("contrabando", "narcóticos"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("S/D", "Sin dato"),
    not_applicable=("No aplica", None),
    direct=(None, "Ninguno"),
    count_unknown=("S/D", "sin dato"),
    zero=("Ninguno", "ninguno"),
    count_words=("{n} personas",),
    thousands=(",",),
    names={"USA": "Estados Unidos", "MEX": "México"},
    aliases={"USA": ("EUA", "E.U.A.", "EE. UU."), "GTM": ("Guate",)},
    demonyms={
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
    },
    demonym_share=0.4,
    codes={},
    country_style={"name": 0.8, "upper": 0.08, "alias": 0.08, "typo": 0.04},
    transit_sep=", ",
    offence_sep="; ",
    dates={"dmy": 0.74, "dmon": 0.15, "long": 0.06, "month_name": 0.05},
    coords="pair",
    coord_digits=5,
    coord_unknown="S/D",
    sites={
        "Nogales (Sonora/Arizona)": ("Nogales-Mariposa (lado EUA)", "Nogales, Ariz."),
        "Sasabe": ("Sásabe, Ariz.",),
        "El Paso": ("Puente Zaragoza-Ysleta (El Paso)", "El Paso, Tex."),
        "Rio Grande Valley": ("Puente Pharr-Reynosa (Pharr, Tex.)", "Hidalgo, Tex."),
    },
    goods=(
        "aguacate",
        "jitomate",
        "berries",
        "ganado bovino en pie",
        "chile verde",
        "caja seca vacía",
    ),
    mojibake_share=0.07,
)

_AUPSA = KdSource(
    source="aupsa_darien",
    filename="aupsa_darien_kd.csv",
    ref="AUPSA-DR-{seq:05d}-{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de informe",
        "event_date": "Fecha",
        "site": "Puesto de control",
        "goods": "Producto inspeccionado",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "Cant. personas",
        "n_suspects": "Cant. sospechosos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "transit_countries": "Ruta (países de tránsito)",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos preliminares, sujetos a revisión",
    total="Total general",
    bad_count=("varios", "grupo grande"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("criminalidad forzada",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("Femenino", "F"),
            "male": ("Masculino", "M"),
            "mixed": ("Mixto", "M/F"),
        },
        "age_group": {
            "child": ("Menores de edad", "Menor"),
            "adult": ("Adultos", "Mayor de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "land": ("terrestre", "a pie", "bus"),
            "sea": ("marítimo", "lancha"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contrabando",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("N/D", "No determinado"),
    not_applicable=(None, "N/A"),
    direct=(None, "-"),
    count_unknown=("N/D", "por confirmar"),
    zero=("ninguno",),
    count_words=("{n} migrantes",),
    thousands=(",",),
    names={"PAN": "Panamá", "USA": "Estados Unidos"},
    aliases={"USA": ("EE.UU.", "EEUU"), "CHN": ("R.P. China",), "PAN": ("Rep. de Panamá",)},
    demonyms={},
    demonym_share=0.0,
    codes={},
    country_style={"name": 0.6, "iso3": 0.25, "upper": 0.06, "alias": 0.06, "typo": 0.03},
    transit_sep=" - ",
    offence_sep=" / ",
    dates={"dmy": 0.7, "serial": 0.25, "month_num": 0.05},
    coords="dot",
    coord_digits=5,
    coord_unknown=None,
    sites={
        "Darién gap": ("Puesto cuarentenario de Yaviza", "Metetí", "Darién (sector selva)"),
        "Bajo Chiquito": ("Bajo Chiquito",),
        "Lajas Blancas": ("ERM Lajas Blancas",),
    },
    goods=("banano", "ganado bovino", "plátano", "alimentos donados", "piña"),
    mojibake_share=0.0,
)

_SANTE = KdSource(
    source="sante_bcp_digest",
    filename="sante_bcp_digest_kd.jsonl",
    ref="BCPN.{year}.{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "notification_id",
        "event_date": "event_date",
        "site": "bcp_code",
        "goods": "cn_code",
        "crime_type": "case_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_found",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "country_of_destination",
        "transit_countries": "transit_countries",
        "detection_country": "country_of_detection",
        "transport_mode": "means_of_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("MULTIPLE", "SEVERAL"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("THB",),
            "smuggling": ("SOM",),
            "both": ("THB/SOM",),
        },
        "exploitation": {
            "sexual": ("SEXUAL",),
            "forced_labour": ("LABOUR",),
            "forced_criminality": ("CRIMINALITY",),
            "organ_removal": ("ORGAN_REMOVAL",),
            "forced_marriage": ("FORCED_MARRIAGE",),
            "other": ("OTHER",),
        },
        "gender": {"female": ("F",), "male": ("M",), "mixed": ("MIXED",)},
        "age_group": {"child": ("MINOR",), "adult": ("ADULT",), "mixed": ("MIXED",)},
        "transport_mode": {
            "sea": ("VESSEL",),
            "land": ("ROAD_VEHICLE", "ON_FOOT"),
            "air": ("AIRPLANE",),
        },
        "linked_offences": {
            "document_fraud": ("DOCUMENT_FRAUD",),
            "corruption": ("CORRUPTION",),
            "money_laundering": ("MONEY_LAUNDERING",),
            "illicit_goods": ("ILLICIT_GOODS",),
            "cybercrime": ("CYBERCRIME",),
            "terrorism": ("TERRORISM",),
        },
    },
    unknown=("UNKNOWN",),
    not_applicable=(None,),
    direct=(None,),
    count_unknown=(None,),
    zero=(),
    count_words=(),
    thousands=(),
    names={},
    aliases={},
    demonyms={},
    demonym_share=0.0,
    codes={"GRC": "EL", "GBR": "UK"},
    country_style={"iso2": 0.9, "name": 0.1},
    transit_sep=",",
    offence_sep=",",
    dates={"iso": 0.72, "iso_dt": 0.2, "month_iso": 0.04, "quarter": 0.04},
    coords="num",
    coord_digits=4,
    coord_unknown=None,
    sites={
        "Lampedusa": ("ITLMP",),
        "Pozzallo": ("ITPZL",),
        "Crotone": ("ITCRV",),
        "Lesbos": ("GRMJT",),
        "Samos": ("GRSMI",),
        "Evros": ("GRKPI",),
        "Ceuta": ("ESCEU",),
        "Melilla": ("ESMLN",),
        "Almería": ("ESLEI",),
        "Gran Canaria": ("ESLPA",),
        "Tenerife": ("ESSCT",),
        "El Hierro": ("ESVDE",),
        "Lanzarote": ("ESACE",),
        "Cetingrad (BIH–HRV border)": ("HRCET",),
        "Bajakovo (SRB–HRV border)": ("HRBJK",),
        "Kuźnica": ("PLKUZ",),
        "Białowieża": ("PLBIA",),
        "Michałowo": ("PLMCH",),
        "Castel Volturno": ("ITCVO",),
        "Torino": ("ITTRN",),
        "Palermo": ("ITPMO",),
        "Huelva": ("ESHUV",),
        "Almería (El Ejido)": ("ESLEI",),
        "Latina (Agro Pontino)": ("ITLTA",),
    },
    goods=("0201", "0204", "0302", "0702", "0803", "0805", "0810", "0106", "0603"),
    mojibake_share=0.0,
)

#: The set's five agencies, in the order their submissions are returned.
SOURCES: tuple[KdSource, ...] = (_APHA, _SIVEP, _SENASICA, _AUPSA, _SANTE)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _pick(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    return options[int(rng.integers(len(options)))]


def _as_int(value: object) -> int:
    return int(str(value))


def _typo(name: str) -> str:
    """Swap two letters in the middle of a name of 6+ letters (``Nigeria`` -> ``Niegria``)."""
    if len(name) < 6:
        return name
    i = len(name) // 2
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return name
    return name[: i - 1] + b + a + name[i + 1 :]


def _name(src: KdSource, iso: str) -> str:
    return src.names.get(iso) or str(COUNTRIES[iso][_NAME_COL[src.language]])


def _country(
    src: KdSource, iso: str, col: str, rng: _Rng, tags: list[str], *, hotspot: str = ""
) -> str:
    """Write one country the agency's way; tag what is not its plain name."""
    if col == "nationality" and iso in src.demonyms and rng.random() < src.demonym_share:
        tags.append("demonym:nationality")
        return src.demonyms[iso]
    if col == "detection_country" and src.source == "apha_bcp" and iso == "GBR":
        if rng.random() < 0.15:  # UK staff write the nation of the UK where the find was made
            tags.append("alias:detection_country")
            return "Scotland" if hotspot == "Glasgow" else "England"
    style = _draw(rng, src.country_style)
    name = _name(src, iso)
    if style == "iso2":
        tags.append(f"iso2:{col}")
        return src.codes.get(iso) or iso_codes(iso)[0]
    if style == "iso3":
        tags.append(f"iso3:{col}")
        return iso
    if style == "alias" and src.aliases.get(iso):
        tags.append(f"alias:{col}")
        return choice(rng, src.aliases[iso])
    if style == "typo" and _typo(name) != name:
        tags.append(f"typo:{col}")
        return _typo(name)
    if style == "upper" and name.upper() != name:
        tags.append(f"case:{col}")
        return name.upper()
    return name


def _word(src: KdSource, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    """Write a vocabulary word; the usual one 65 % of the time, with some case noise."""
    forms = src.words[col][value]
    word = forms[0] if len(forms) == 1 or rng.random() < 0.65 else choice(rng, forms[1:])
    if src.format != "jsonl" and rng.random() < _CASE_RATE:
        kind = int(rng.integers(3))
        word = word.upper() if kind == 0 else word.lower() if kind == 1 else f" {word}  "
        tags.append(f"case:{col}")
    return word


def _long(ts: pd.Timestamp, lang: str) -> str:
    month = _MONTHS[lang][ts.month - 1]
    if lang == "es":
        return f"{ts.day} de {month} de {ts.year}"
    if lang == "fr":
        return f"{'1er' if ts.day == 1 else ts.day} {month} {ts.year}"
    return f"{ts.day} {month} {ts.year}"


def _date_cell(src: KdSource, ts: pd.Timestamp, style: str) -> object:
    """Write a date in one of the agency's styles."""
    lang = src.language
    month = _MONTHS[lang][ts.month - 1]
    if style == "excel":
        return dt.datetime(ts.year, ts.month, ts.day)
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_dt":  # office hours, so the UTC time keeps the day
        return ts.strftime("%Y-%m-%d") + f"T{7 + ts.day % 11:02d}:{ts.day_of_year % 60:02d}:00Z"
    if style == "long":
        return _long(ts, lang)
    if style == "dmon":  # Mexican short month: 07-sep-2023
        return f"{ts.day:02d}-{month[:3]}-{ts.year}"
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "month_name":
        return f"{month} de {ts.year}" if lang == "es" else f"{month} {ts.year}"
    if style == "month_num":
        return ts.strftime("%m/%Y")
    if style == "month_iso":
        return ts.strftime("%Y-%m")
    if style == "quarter":
        return f"{ts.year}-Q{ts.quarter}" if src.format == "jsonl" else f"T{ts.quarter} {ts.year}"
    raise ValueError(f"unknown date style {style!r}")  # pragma: no cover - fixed tables


def _date(
    src: KdSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    styles = dict(src.dates)
    if not partial_ok:
        styles = {k: w for k, w in styles.items() if k not in _PARTIAL}
    style = _draw(rng, styles)
    cell = _date_cell(src, ts, style)
    if style.startswith("month"):
        tags.append("partial_date")
        return cell, ts.to_period("M").start_time, "month"
    if style == "quarter":
        tags.append("partial_date")
        return cell, ts.to_period("Q").start_time, "quarter"
    if style in ("serial", "dmon", "long", "dmy2", "iso_dt"):
        tags.append(f"date_{style}")
    return cell, ts.normalize(), "day"


def _count(src: KdSource, n: int, rng: _Rng, tags: list[str]) -> object:
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}"
    if src.count_words and rng.random() < _COUNT_WORD_RATE:
        tags.append("count_word")
        return choice(rng, src.count_words).format(n=n)
    return n if src.format != "csv" else str(n)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (0.1") of a coordinate, and the value they denote."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    hemi = pos if value >= 0 else neg
    text = f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemi}"
    sign = 1.0 if value >= 0 else -1.0
    return text, sign * (deg + minutes / 60 + sec10 / 36000)


def _coords(
    src: KdSource, lat: float, lon: float, rng: _Rng, blank: bool, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    key = ("coordinates",) if src.coords == "pair" else ("lat", "lon")
    if blank:
        tags.append("blank_coordinates")
        return dict.fromkeys(key), None, None
    if rng.random() < _NO_COORD_RATE:
        if src.coord_unknown is None:
            tags.append("coords_missing")
            return dict.fromkeys(key), None, None
        tags.append("coords_placeholder")
        return dict.fromkeys(key, src.coord_unknown), None, None
    d = src.coord_digits
    y, x = round(lat, d), round(lon, d)
    if src.coords == "num":
        return {"lat": y, "lon": x}, y, x
    ty, tx = f"{y:.{d}f}", f"{x:.{d}f}"
    if src.coords == "comma":
        return {"lat": ty.replace(".", ","), "lon": tx.replace(".", ",")}, y, x
    if src.coords == "dot":
        return {"lat": ty, "lon": tx}, y, x
    if rng.random() < 0.3:  # read off a hand-held GPS in degrees, minutes and seconds
        sy, vy = _dms(lat, "N", "S")
        sx, vx = _dms(lon, "E", "W")
        tags.append("coords_dms")
        return {"coordinates": f"{sy} {sx}"}, round(vy, 6), round(vx, 6)
    return {"coordinates": f"{ty}, {tx}"}, y, x


def _render(
    src: KdSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = _pick(rng, src.not_applicable), None
    elif rng.random() < _UNKNOWN_RATE:
        cells["exploitation"], exp["exploitation"] = choice(rng, src.unknown), "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    n = _as_int(ev["n_persons"])
    if rng.random() < _COUNT_PLACEHOLDER_RATE:
        cells["n_persons"], exp["n_persons"] = _pick(rng, src.count_unknown), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, n, rng, tags), n

    s = _as_int(ev["n_suspects"])
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < _SUSPECTS_PLACEHOLDER_RATE:
        word = choice(rng, src.unknown) if src.format != "jsonl" else None
        cells["n_suspects"], exp["n_suspects"] = word, None
        tags.append("suspects_placeholder")
    elif s == 0 and src.zero and rng.random() < _ZERO_WORD_RATE:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = s if src.format != "csv" else str(s), s

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < _UNKNOWN_RATE:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng, tags), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < _UNKNOWN_RATE:
            cells[col], exp[col] = choice(rng, src.unknown), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = _word(src, col, value, rng, tags), value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < _UNKNOWN_RATE:
        cells["nationality"] = choice(rng, src.unknown) if src.format != "jsonl" else None
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, nat, "nationality", rng, tags)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        cells[col] = _country(src, str(ev[col]), col, rng, tags)
        exp[col] = str(ev[col])
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(
            src, det, "detection_country", rng, tags, hotspot=str(ev["hotspot"])
        )
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = _pick(rng, src.direct), None
    else:
        hops = str(transit).split("|")
        if src.format == "jsonl":  # the notification system stores a list of codes
            parts = [src.codes.get(c) or iso_codes(c)[0] for c in hops]
        else:
            parts = [_country(src, c, "transit_countries", rng, tags) for c in hops]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    place, exp["lat"], exp["lon"] = _coords(
        src,
        float(str(ev["lat"])),
        float(str(ev["lon"])),
        rng,
        forced_blank == "coordinates",
        tags,
    )
    cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [_word(src, "linked_offences", o, rng, tags) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)

    sites = src.sites.get(str(ev["hotspot"]))
    if sites and rng.random() < _EXTRA_RATE:
        cells["site"] = choice(rng, sites)
    # the consignment the people were found in (a lorry's or a container's load)
    if ev["transport_mode"] != "sea" and rng.random() < _EXTRA_RATE:
        cells["goods"] = choice(rng, src.goods)

    if src.mojibake_share and rng.random() < src.mojibake_share:
        garbled = False
        for col, cell in list(cells.items()):
            if col != "event_date" and isinstance(cell, str) and mojibake(cell) is not None:
                cells[col] = mojibake(cell)
                garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, tags


def _bad_date(src: KdSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row that must be quarantined."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have
        day = 31 if ts.month in (2, 4, 6, 9, 11) else 32
        day = 30 if ts.month == 2 else day
        if src.format == "jsonl":
            return f"{ts.year}-{ts.month:02d}-{day}"
        return f"{day}/{ts.month:02d}/{ts.year}"
    # a future date: the right day with a mistyped decade (2023 -> 2033)
    future = ts.replace(year=ts.year + 10, day=min(ts.day, 28 if ts.month == 2 else 31))
    if src.format == "xlsx":
        return dt.datetime(future.year, future.month, future.day)
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: KdSource, last: pd.Timestamp) -> object:
    """Return the extraction date the agency writes on its note row."""
    day = last + pd.Timedelta(days=9)
    if src.format == "xlsx":
        return dt.datetime(day.year, day.month, day.day)
    return day.strftime("%d/%m/%Y")


_EXAMINER = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "apha_bcp",
        "FRA": "sivep_pcf",
        "USA": "senasica_oisa",
        "PAN": "aupsa_darien",
    },
    compilation="sante_bcp_digest",
    secondary={
        ("channel", "FRA"): "apha_bcp",
        ("channel", "GBR"): "sivep_pcf",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=288_4021,
    blank_share=0.3,
)


def make_blind288(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind288`` set: five sanitary border agencies.

    The UK's APHA (English XLSX), France's SIVEP (French cp1252 CSV, ``;``), Mexico's
    SENASICA (Spanish UTF-8-with-BOM CSV, ``,``), Panama's AUPSA (Spanish UTF-16
    tab-separated text) and the European Commission's digest of the border control posts'
    notifications (English JSON lines) each first report the events of their countries;
    APHA and SIVEP report again some Channel events found across the strait.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per agency of :data:`SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind288(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['apha_bcp_kd.xlsx', 'sivep_pcf_kd.csv', 'senasica_oisa_kd.csv',
     'aupsa_darien_kd.csv', 'sante_bcp_digest_kd.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date du constat', 'Poste de contrôle']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
