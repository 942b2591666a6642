"""Examiner variant ``blind346``: interpreters' and translators' logs (files ``*_mj.*``).

Five bodies that log the interpreting and sworn-translation work done in hearings and
interviews of trafficked or smuggled persons, each written the way its own tool exports:

``da_languages_uk_mj.csv``
    DA Languages, a provider under UK police interpreting frameworks: its booking-system
    export (English, UTF-8 with BOM, ``,``). Start date and time of the assignment
    (``17/05/2023 14:30``), dropdown case categories ("Modern Slavery / Human
    Trafficking", "Immigration - Facilitation"), nationality as demonyms ("Afghan"),
    venue country as an address writes it ("England", "Scotland", "UK"), venue
    latitude/longitude as one geocoded pair (``0.0, 0.0`` when geocoding failed),
    "Nil" suspects. Multi-interpreter jobs come out twice (exact repeats).
``experts_interpretes_ca_douai_mj.csv``
    The sworn interpreters listed at the cour d'appel de Douai (Calais, Dunkerque):
    their log of réquisitions (French, cp1252, ``;``, CRLF). Day-first dates
    (``17/05/2023``, a few ``17/05/23``), nationality as gendered French adjectives
    ("afghane", "érythréens"), "Angleterre" for the United Kingdom, "néant" for no
    suspect, "NC" for a count not given, counts such as "deux" or "12 pers.",
    ``#VALEUR!`` pasted from the tariff workbook; no coordinates.
``aptij_es_mj.xlsx``
    APTIJ, the Spanish association of court and sworn interpreters: a members' register
    of assignments (Spanish, XLSX). Excel dates, some typed as text, some left as serial
    numbers; Penal Code wording ("art. 318 bis", "177 bis"), demonyms ("marroquí"),
    "MENA" for a lone minor, "salto de valla", "cayuco", "no consta", Latitud/Longitud as
    numbers or text with a decimal comma, big counts typed "1.250".
``apti_pa_mj.csv``
    APTI, the Panamanian association of authorised public translators and interpreters:
    services at the Darién reception stations exported from Excel as "Unicode text"
    (Spanish, UTF-16, tab). Day-first dates, a month only ("mayo 2023") when the service
    sheet is undated, "EE.UU." for the United States, "NNA" for children, GPS
    coordinates in degrees, minutes and seconds, counts in words ("tres").
``fit_legal_interpreting_mj.jsonl``
    The legal-interpreting desk of FIT (Fédération Internationale des Traducteurs):
    member associations' reports merged into one JSON lines file (English keys). ISO
    dates, months (``2023-05``) and quarters (``Q2 2023``) when a member only knew
    those, ISO3 codes mixed with names, some names garbled by a member's UTF-8 file read
    as cp1252 (``TÃ¼rkiye``), routes written ``NER > LBY``, counts such as "approx.
    dozens" that no one can read. It reports every event the four national logs do not
    (Italy, Greece, Croatia, Poland, United States), re-reports some of theirs up to a day
    apart, and holds a few lines merged twice (exact repeats).

Everything a careful analyst cannot read from a cell (a blank, "no consta", "NC",
"Not stated", a ``0.0, 0.0`` pair) is expected as missing (or ``unknown`` in a
vocabulary column), and the row says so in its messiness tags.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["AGENCIES", "Agency", "make_blind346"]

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
_MONTHS_EN = (
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


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One interpreting body and its way of writing a row.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the agency's words for it (``crime_type``,
        ``exploitation``, ``gender``, ``age_group``, ``transport_mode``,
        ``linked_offences``).
    unknown : tuple of str
        What the agency writes when a value is not known.
    not_applicable : tuple of str
        What it writes in the exploitation column of a smuggling case (``""`` = blank).
    names : mapping
        ISO3 -> the agency's usual country name (others from the shared table).
    aliases : mapping
        ISO3 -> other names it uses for a country.
    demonyms : mapping
        ISO3 -> (masculine, feminine, masculine plural, feminine plural) nationality words.
    typos : mapping
        ISO3 -> a misspelt country name seen in the agency's files.
    nat_style, place_style : mapping
        Probabilities of the ways it writes a nationality and a place.
    transit_seps : tuple of str
        Separators of its transit lists.
    direct : tuple of str
        What it writes when the journey had no transit country (``""`` = blank).
    day_styles : mapping
        Probabilities of its styles of a full date.
    partial_styles : mapping
        Probabilities of its styles of a month or quarter (empty: it always has the day).
    partial_rate : float
        Share of its reports dated by month or quarter only.
    thousands : str
        Its thousands separator in a count typed as text.
    count_words : mapping
        Small counts it sometimes writes in words.
    count_unit : str
        A unit it sometimes types after a count (``""``: none).
    placeholders : tuple of str
        What it writes in a count cell when the count is not known.
    zero_words : tuple of str
        Its words for "no suspect".
    coord_style : str
        ``"pair"``, ``"dms"``, ``"columns"`` or ``"none"``.
    requesters : mapping
        Hotspot -> the bodies that requested the interpreter there.
    languages : mapping
        Nationality ISO3 -> languages interpreted.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    names: Mapping[str, str]
    aliases: Mapping[str, tuple[str, ...]]
    demonyms: Mapping[str, tuple[str, str, str, str]]
    typos: Mapping[str, str]
    nat_style: Mapping[str, float]
    place_style: Mapping[str, float]
    transit_seps: tuple[str, ...]
    direct: tuple[str, ...]
    day_styles: Mapping[str, float]
    partial_styles: Mapping[str, float]
    partial_rate: float
    thousands: str
    count_words: Mapping[int, str]
    count_unit: str
    placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    coord_style: str
    requesters: Mapping[str, tuple[str, ...]]
    languages: Mapping[str, tuple[str, ...]]


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_DA = Agency(
    source="da_languages_uk",
    filename="da_languages_uk_mj.csv",
    ref="BK{year}{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Booking Ref",
        "event_date": "Assignment Start",
        "requester": "Requesting Agency",
        "language": "Language",
        "crime_type": "Job Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Service Users",
        "n_suspects": "No. of Suspects",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Route (countries)",
        "destination_country": "Intended Destination",
        "detection_country": "Venue Country",
        "transport_mode": "Mode of Arrival",
        "coordinates": "Venue Lat/Long",
        "linked_offences": "Other Offences",
    },
    note="** Report run by Contract Management - figures provisional, not for onward release **",
    total="TOTAL",
    bad_count=("#VALUE!", "#REF!"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": (
                "Modern Slavery / Human Trafficking",
                "MSHT",
                "Human Trafficking (MSA 2015)",
            ),
            "smuggling": (
                "Immigration - Facilitation",
                "Facilitation (s.25 IA 1971)",
                "People Smuggling",
            ),
            "both": ("MSHT + Facilitation", "Trafficking & Facilitation"),
        },
        "exploitation": {
            "sexual": ("Sexual Exploitation", "Sexual"),
            "forced_labour": ("Labour Exploitation", "Forced Labour"),
            "forced_criminality": (
                "Criminal Exploitation",
                "Criminal Exploitation - cannabis cultivation",
            ),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & Female"),
        },
        "age_group": {
            "child": ("Minor", "Child", "UASC"),
            "adult": ("Adult", "Adults"),
            "mixed": ("Adults & Minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small Boat", "Small boat (RHIB)", "Boat"),
            "land": ("HGV / Lorry", "Lorry", "Vehicle"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Document fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs - cannabis", "Controlled drugs"),
            "cybercrime": ("Cyber-enabled",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not stated", "Not recorded", "N/K"),
    not_applicable=("N/A", ""),
    names={"VNM": "Vietnam", "TUR": "Turkey", "CIV": "Ivory Coast"},
    aliases={"GBR": ("UK", "U.K.")},
    demonyms={
        "AFG": ("Afghan",) * 4,
        "IRN": ("Iranian",) * 4,
        "IRQ": ("Iraqi",) * 4,
        "ALB": ("Albanian",) * 4,
        "ERI": ("Eritrean",) * 4,
        "SYR": ("Syrian",) * 4,
        "VNM": ("Vietnamese",) * 4,
        "SDN": ("Sudanese",) * 4,
    },
    typos={"AFG": "Afganistan", "ERI": "Eritria", "VNM": "Veitnam", "ALB": "Albnia"},
    nat_style={"demonym": 0.75, "name": 0.15, "typo": 0.04, "upper": 0.06},
    place_style={"name": 0.8, "alias": 0.12, "typo": 0.03, "upper": 0.05},
    transit_seps=(", ", " - "),
    direct=("Direct", ""),
    day_styles={"dmy_time": 0.75, "dmy": 0.25},
    partial_styles={},
    partial_rate=0.0,
    thousands=",",
    count_words={},
    count_unit="",
    placeholders=("TBC", "N/K"),
    zero_words=("Nil", "None"),
    coord_style="pair",
    requesters={
        "Dover": ("Border Force - Western Jet Foil", "Kent Police", "Home Office (Manston)"),
        "London": ("Metropolitan Police", "British Transport Police"),
        "Birmingham": ("West Midlands Police",),
        "Glasgow": ("Police Scotland",),
    },
    languages={
        "AFG": ("Pashto", "Dari"),
        "IRN": ("Farsi",),
        "IRQ": ("Kurdish Sorani", "Arabic"),
        "ALB": ("Albanian",),
        "ERI": ("Tigrinya",),
        "SYR": ("Arabic", "Kurdish Kurmanji"),
        "VNM": ("Vietnamese",),
    },
)

_DOUAI = Agency(
    source="experts_interpretes_ca_douai",
    filename="experts_interpretes_ca_douai_mj.csv",
    ref="RQ-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° réquisition",
        "event_date": "Date d'intervention",
        "requester": "Service requérant",
        "language": "Langue",
        "crime_type": "Nature de l'affaire",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes entendues",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays",
        "transport_mode": "Mode de passage",
        "linked_offences": "Infractions connexes",
    },
    note="Relevé établi à partir des mémoires de frais - chiffres provisoires",
    total="TOTAL GÉNÉRAL",
    bad_count=("#VALEUR!", "#REF!"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "traite (art. 225-4-1 CP)"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "aide à l'entrée irrégulière (L823-1 CESEDA)",
                "filière d'immigration irrégulière",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et aide au séjour irrégulier"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femme", "féminin"),
            "male": ("H", "homme", "masculin"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineur", "MNA", "mineurs"),
            "adult": ("majeur", "majeurs"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "land": ("poids lourd", "camion", "PL"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("NC", "inconnu", "non renseigné"),
    not_applicable=("", "sans objet"),
    names={"VNM": "Vietnam", "GBR": "Royaume-Uni"},
    aliases={"GBR": ("Angleterre", "UK", "Grande-Bretagne"), "FRA": ("FR",)},
    demonyms={
        "AFG": ("afghan", "afghane", "afghans", "afghanes"),
        "IRN": ("iranien", "iranienne", "iraniens", "iraniennes"),
        "IRQ": ("irakien", "irakienne", "irakiens", "irakiennes"),
        "ALB": ("albanais", "albanaise", "albanais", "albanaises"),
        "ERI": ("érythréen", "érythréenne", "érythréens", "érythréennes"),
        "SYR": ("syrien", "syrienne", "syriens", "syriennes"),
        "VNM": ("vietnamien", "vietnamienne", "vietnamiens", "vietnamiennes"),
    },
    typos={"AFG": "Afganistan", "ERI": "Erythrée", "SYR": "Sirie", "GBR": "Royaume Uni"},
    nat_style={"demonym": 0.7, "name": 0.18, "upper": 0.07, "typo": 0.05},
    place_style={"name": 0.65, "alias": 0.22, "upper": 0.08, "typo": 0.05},
    transit_seps=(" / ", " - "),
    direct=("direct", ""),
    day_styles={"dmy": 0.8, "dmy2": 0.2},
    partial_styles={},
    partial_rate=0.0,
    thousands="\u00a0",
    count_words=dict(
        enumerate(
            ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
            start=1,
        )
    ),
    count_unit=" pers.",
    placeholders=("NC", "non communiqué"),
    zero_words=("néant", "aucun"),
    coord_style="none",
    requesters={
        "Calais": ("PAF Coquelles", "Commissariat de Calais", "TJ Boulogne-sur-Mer"),
        "Dunkirk/Gravelines": ("Brigade de gendarmerie de Gravelines", "PAF Dunkerque"),
    },
    languages={
        "AFG": ("pachto", "dari"),
        "IRN": ("persan",),
        "IRQ": ("kurde sorani", "arabe"),
        "ALB": ("albanais",),
        "ERI": ("tigrinya",),
        "SYR": ("arabe",),
        "VNM": ("vietnamien",),
    },
)

_APTIJ = Agency(
    source="aptij_es",
    filename="aptij_es_mj.xlsx",
    ref="APTIJ/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº actuación",
        "event_date": "Fecha",
        "requester": "Órgano solicitante",
        "language": "Idioma",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas asistidas",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino",
        "detection_country": "País",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales pendientes de validación por la Junta Directiva",
    total="Total general",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "trata", "TSH"),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
                "inmigración clandestina",
                "art. 318 bis",
            ),
            "both": ("trata + 318 bis", "trata y tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("Mujer", "mujeres", "femenino"),
            "male": ("Hombre", "hombres", "varón"),
            "mixed": ("ambos sexos", "mixto"),
        },
        "age_group": {
            "child": ("menor", "MENA", "menores"),
            "adult": ("adulto", "adultos", "mayor de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("embarcación", "neumática"),
            "land": ("vía terrestre", "camión"),
            "air": ("avión", "vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contra la salud pública", "tráfico de drogas"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("no consta", "desconocido", "s/d"),
    not_applicable=("", "no procede"),
    names={},
    aliases={"ESP": ("ES",), "ROU": ("Rumania",)},
    demonyms={
        "MAR": ("marroquí", "marroquí", "marroquíes", "marroquíes"),
        "DZA": ("argelino", "argelina", "argelinos", "argelinas"),
        "GIN": ("guineano", "guineana", "guineanos", "guineanas"),
        "MLI": ("maliense", "maliense", "malienses", "malienses"),
        "SEN": ("senegalés", "senegalesa", "senegaleses", "senegalesas"),
        "GMB": ("gambiano", "gambiana", "gambianos", "gambianas"),
        "CIV": ("marfileño", "marfileña", "marfileños", "marfileñas"),
        "ROU": ("rumano", "rumana", "rumanos", "rumanas"),
    },
    typos={"MAR": "Marrueco", "SEN": "Senagal", "MLI": "Mali", "GMB": "Ganbia", "MRT": "Mauritana"},
    nat_style={"demonym": 0.55, "name": 0.3, "iso2": 0.05, "upper": 0.05, "typo": 0.05},
    place_style={"name": 0.75, "upper": 0.08, "iso2": 0.07, "alias": 0.05, "typo": 0.05},
    transit_seps=(" - ", ", "),
    direct=("directo", "sin tránsito", ""),
    day_styles={"excel": 0.78, "text_dmy": 0.14, "serial": 0.08},
    partial_styles={},
    partial_rate=0.0,
    thousands=".",
    count_words={},
    count_unit="",
    placeholders=("s/d", "no consta"),
    zero_words=("ninguno", "0 (ninguno)"),
    coord_style="columns",
    requesters={
        "Ceuta": ("Juzgado de Guardia de Ceuta", "Comisaría Provincial de Ceuta"),
        "Melilla": ("Juzgado de Guardia de Melilla", "Jefatura Superior de Melilla"),
        "Almería": ("Comisaría Provincial de Almería", "Salvamento - Puerto de Almería"),
        "Gran Canaria": ("Muelle de Arguineguín (CATE)", "Juzgado de Instrucción de San Bartolomé"),
        "Tenerife": ("Puerto de Los Cristianos", "Juzgado de Instrucción de Arona"),
        "El Hierro": ("Puerto de La Restinga",),
        "Lanzarote": ("CATE Arrecife",),
        "Huelva": ("Inspección de Trabajo Huelva", "Comisaría Provincial de Huelva"),
        "Almería (El Ejido)": ("Guardia Civil El Ejido", "Juzgado de El Ejido"),
    },
    languages={
        "MAR": ("árabe (dariya)", "tamazight"),
        "DZA": ("árabe",),
        "GIN": ("francés", "susu"),
        "MLI": ("bambara",),
        "SEN": ("wólof",),
        "GMB": ("mandinga",),
        "CIV": ("francés",),
        "ROU": ("rumano",),
    },
)

_APTI = Agency(
    source="apti_pa",
    filename="apti_pa_mj.csv",
    ref="APTI-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de servicio",
        "event_date": "Fecha del servicio",
        "requester": "Institución solicitante",
        "language": "Par de idiomas",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas atendidas",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
    },
    note="Corte de información - hojas de servicio recibidas a la fecha",
    total="TOTAL",
    bad_count=("#¡VALOR!", "###"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "explotación sexual comercial"),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("Femenino", "F", "mujeres"),
            "male": ("Masculino", "hombres"),
            "mixed": ("Mixto", "ambos"),
        },
        "age_group": {
            "child": ("NNA", "menores de edad", "menor"),
            "adult": ("adultos", "adulto"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "land": ("terrestre", "a pie", "a pie (selva)", "caminando"),
            "sea": ("lancha", "marítimo"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico", "drogas"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("N/D", "no indica", "desconocido"),
    not_applicable=("", "N/A"),
    names={},
    aliases={
        "USA": ("EE.UU.", "EEUU", "USA"),
        "PAN": ("PANAMA", "Panama"),
        "MEX": ("Mexico",),
    },
    demonyms={
        "VEN": ("venezolano", "venezolana", "venezolanos", "venezolanas"),
        "ECU": ("ecuatoriano", "ecuatoriana", "ecuatorianos", "ecuatorianas"),
        "HTI": ("haitiano", "haitiana", "haitianos", "haitianas"),
        "COL": ("colombiano", "colombiana", "colombianos", "colombianas"),
        "CHN": ("chino", "china", "chinos", "chinas"),
    },
    typos={"VEN": "Venezula", "HTI": "Haiti", "COL": "Colonbia", "ECU": "Equador"},
    nat_style={"demonym": 0.6, "name": 0.25, "upper": 0.1, "typo": 0.05},
    place_style={"name": 0.6, "alias": 0.25, "upper": 0.1, "typo": 0.05},
    transit_seps=(", ", " - "),
    direct=("",),
    day_styles={"dmy": 0.88, "mon_es": 0.12},
    partial_styles={"month_es": 1.0},
    partial_rate=0.06,
    thousands=",",
    count_words=dict(
        enumerate(
            ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
            start=1,
        )
    ),
    count_unit="",
    placeholders=("N/D", "sin dato"),
    zero_words=("ninguno", "no hubo"),
    coord_style="dms",
    requesters={
        "Darién gap": ("SENAFRONT - Puesto de Canaán Membrillo", "Fiscalía Regional de Darién"),
        "Bajo Chiquito": ("SNM - Bajo Chiquito", "SENAFRONT - Bajo Chiquito"),
        "Lajas Blancas": ("SNM - ERM Lajas Blancas", "Fiscalía Regional de Darién"),
    },
    languages={
        "VEN": ("español > inglés",),
        "ECU": ("español > inglés",),
        "COL": ("español > inglés",),
        "HTI": ("criollo haitiano > español", "francés > español"),
        "CHN": ("mandarín > español",),
    },
)

_FIT = Agency(
    source="fit_legal_interpreting",
    filename="fit_legal_interpreting_mj.jsonl",
    ref="FIT-LI-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "report_id",
        "event_date": "assignment_date",
        "requester": "reporting_member",
        "language": "languages",
        "crime_type": "case_type",
        "exploitation": "exploitation_form",
        "n_persons": "persons_interpreted_for",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "interviewee_nationality",
        "origin_country": "origin",
        "transit_countries": "route",
        "destination_country": "destination",
        "detection_country": "country",
        "transport_mode": "travel_mode",
        "lat": "gps_lat",
        "lon": "gps_lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="SUMMARY (all reports)",
    bad_count=("approx. dozens", "see attached"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("trafficking in human beings", "THB", "human trafficking"),
            "smuggling": ("migrant smuggling", "SOM", "smuggling of migrants"),
            "both": ("THB and smuggling", "trafficking + smuggling"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation", "sexual"),
            "forced_labour": ("labour exploitation", "forced labour"),
            "forced_criminality": ("forced criminality", "criminal exploitation"),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "female": ("female", "F", "women"),
            "male": ("male", "M", "men"),
            "mixed": ("mixed", "men and women"),
        },
        "age_group": {
            "child": ("minor", "child", "UAM"),
            "adult": ("adult", "adults"),
            "mixed": ("adults and children", "mixed"),
        },
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("land", "truck", "on foot"),
            "air": ("air", "plane"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown", "not recorded"),
    not_applicable=("", "n/a"),
    names={},
    aliases={"GBR": ("UK",), "USA": ("USA", "U.S."), "TUR": ("Turkey",), "CIV": ("Ivory Coast",)},
    demonyms={},
    typos={"LBY": "Lybia", "EGY": "Egipt", "BGD": "Bangladseh", "MKD": "Macedonia"},
    nat_style={"iso3": 0.6, "name": 0.31, "iso2": 0.05, "typo": 0.04},
    place_style={"iso3": 0.6, "name": 0.31, "iso2": 0.05, "typo": 0.04},
    transit_seps=(" > ", ">"),
    direct=("", "direct"),
    day_styles={"iso": 0.9, "long_en": 0.1},
    partial_styles={"month_iso": 0.55, "quarter_en": 0.45},
    partial_rate=0.1,
    thousands="",
    count_words={},
    count_unit="",
    placeholders=("unknown", "n/k"),
    zero_words=("none",),
    coord_style="columns",
    requesters={},
    languages={},
)

#: The five agencies of the set, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (_DA, _DOUAI, _APTIJ, _APTI, _FIT)

#: FIT member association reporting from each country (the FIT log's first column).
_FIT_MEMBERS: dict[str, tuple[str, ...]] = {
    "ITA": ("AITI (IT)", "Assointerpreti (IT)"),
    "GRC": ("PEEMPIP (GR)",),
    "HRV": ("USST (HR)",),
    "POL": ("TEPIS (PL)",),
    "USA": ("NAJIT (US)", "ATA (US)"),
    "GBR": ("ITI (UK)", "CIOL (UK)"),
    "FRA": ("SFT (FR)",),
    "ESP": ("ASETRAD (ES)",),
    "PAN": ("APTI (PA)",),
}
#: Members whose UTF-8 sheets FIT's desk opened as cp1252: their accented names are garbled.
_GARBLED = frozenset({"AITI (IT)", "USST (HR)"})
_FIT_LANGS: dict[str, tuple[str, ...]] = {
    "TUN": ("Arabic",),
    "EGY": ("Arabic",),
    "BGD": ("Bengali",),
    "CIV": ("French", "Dioula"),
    "GIN": ("French", "Susu"),
    "SYR": ("Arabic",),
    "ERI": ("Tigrinya",),
    "PAK": ("Urdu",),
    "AFG": ("Pashto", "Dari"),
    "IRQ": ("Arabic", "Kurdish Sorani"),
    "IRN": ("Farsi",),
    "CMR": ("French",),
    "MAR": ("Arabic",),
    "DZA": ("Arabic",),
    "MLI": ("Bambara",),
    "SEN": ("Wolof",),
    "GMB": ("Mandinka",),
    "TUR": ("Turkish",),
    "YEM": ("Arabic",),
    "ALB": ("Albanian",),
    "VNM": ("Vietnamese",),
    "NGA": ("English", "Pidgin English", "Edo"),
    "ROU": ("Romanian",),
    "MEX": ("Spanish",),
    "GTM": ("Spanish", "K'iche'", "Mam"),
    "HND": ("Spanish",),
    "VEN": ("Spanish",),
    "ECU": ("Spanish",),
    "HTI": ("Haitian Creole",),
    "COL": ("Spanish",),
    "CHN": ("Mandarin",),
}

_PRIMARY = {"GBR": _DA.source, "FRA": _DOUAI.source, "ESP": _APTIJ.source, "PAN": _APTI.source}
# Member associations of the four national bodies forward some of their cases to FIT.
_SECONDARY: dict[tuple[str, str], str] = {
    (corridor, country): _FIT.source
    for corridor, country in (
        ("channel", "GBR"),
        ("thb_vnm_gbr", "GBR"),
        ("channel", "FRA"),
        ("wmed", "ESP"),
        ("watl", "ESP"),
        ("thb_rou_esp", "ESP"),
        ("darien", "PAN"),
    )
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, probs: Mapping[str, float]) -> str:
    keys = list(probs)
    w = np.array([probs[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _name(src: Agency, iso: str) -> str:
    if iso in src.names:
        return src.names[iso]
    row = COUNTRIES[iso]
    return str(row[{"en": 1, "fr": 2, "es": 3}[src.language]])


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _date_cell(src: Agency, ts: pd.Timestamp, style: str, rng: _Rng) -> object:
    """Write a day (or the month or quarter holding it) in one of the agency's styles."""
    if style == "dmy_time":
        return (
            ts.strftime("%d/%m/%Y")
            + f" {int(rng.integers(0, 24)):02d}:{choice(rng, ('00', '15', '30', '45'))}"
        )
    if style in ("dmy", "text_dmy"):
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "long_en":
        return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}"
    if style == "mon_es":
        return f"{ts.day:02d}-{_MONTHS_ES[ts.month - 1][:3]}-{ts.year}"
    if style == "excel":
        return ts.normalize().to_pydatetime()
    if style == "serial":
        return _excel_serial(ts)
    if style == "month_iso":
        return ts.strftime("%Y-%m")
    if style == "month_es":
        return f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
    if style == "quarter_en":
        return f"Q{ts.quarter} {ts.year}"
    raise ValueError(f"unknown date style {style!r}")  # pragma: no cover - a typo here


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no careful analyst can use: blank, impossible or years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have
        day, month = choice(rng, ("30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if src.source == _FIT.source:
            return f"{ts.year}-{month}-{day}"
        return f"{day}/{month}/{ts.year}"
    # future_date: the decade mistyped (2023 -> 2033)
    ahead = pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))
    if src.format == "xlsx":
        return ahead.to_pydatetime()
    style = next(iter(src.day_styles))
    return _date_cell(src, ahead, style if style not in ("excel", "serial") else "dmy", rng)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date on the agency's note row: the day it ran the export."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.normalize().to_pydatetime()
    return day.strftime("%d/%m/%Y")


def _case(text: str, rng: _Rng) -> str:
    k = int(rng.integers(0, 4))
    return (
        text.upper()
        if k == 0
        else text.lower()
        if k == 1
        else f" {text}"
        if k == 2
        else f"{text}  "
    )


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    v = abs(value)
    deg = int(v)
    minutes = int((v - deg) * 60)
    seconds = (v - deg - minutes / 60) * 3600
    if round(seconds, 1) >= 60.0:  # carry
        minutes, seconds = minutes + 1, 0.0
    return f"{deg}°{minutes:02d}'{seconds:04.1f}\"{hemi}"


@dataclass
class _Row:
    """One row being written: its cells, expected values and tags."""

    cells: dict[str, object]
    exp: dict[str, object]
    tags: list[str]


def _country(
    src: Agency,
    iso: str,
    rng: _Rng,
    styles: Mapping[str, float] | str,
    col: str,
    row: _Row,
    form: int,
) -> str:
    """Write one country as the agency does (``styles``: probabilities or one style)."""
    style = styles if isinstance(styles, str) else _pick(rng, styles)
    name = _name(src, iso)
    text = name
    if style == "demonym" and iso in src.demonyms:
        text = src.demonyms[iso][form]
    elif style == "iso3":
        text = iso
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "upper":
        text = name.upper()
    elif style == "typo" and iso in src.typos:
        text = src.typos[iso]
    elif style == "alias" and iso in src.aliases:
        text = choice(rng, src.aliases[iso])
    if text == name and row.cells.get("requester") in _GARBLED:
        text = mojibake(name) or name  # that member's UTF-8 sheet was read as cp1252
        style = "mojibake"
    if text != name or style in ("iso3", "iso2"):
        row.tags.append(f"{style}:{col}")
    return text


def _blank_word(src: Agency, rng: _Rng) -> str | None:
    word = choice(rng, (*src.unknown, ""))
    return word or None


def _word(src: Agency, col: str, value: str, rng: _Rng, row: _Row) -> str:
    text = choice(rng, src.words[col][value])
    if rng.random() < 0.04:
        text = _case(text, rng)
        row.tags.append(f"case:{col}")
    return text


def _count(src: Agency, value: int, rng: _Rng, row: _Row) -> object:
    """Write a count of persons as the agency does."""
    if value >= 1000 and src.thousands and rng.random() < 0.7:
        row.tags.append("thousands:n_persons")
        return f"{value // 1000}{src.thousands}{value % 1000:03d}"
    if value in src.count_words and rng.random() < 0.25:
        row.tags.append("count_word")
        return src.count_words[value]
    if src.count_unit and rng.random() < 0.04:
        row.tags.append("count_unit")
        return f"{value}{src.count_unit}"
    return value if src.format != "csv" else str(value)


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    row = _Row({}, {}, [])
    cells, exp, tags = row.cells, row.exp, row.tags
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    crime = str(ev["crime_type"])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    gender = str(ev["gender"])
    form = (1 if gender == "female" else 0) + (2 if n > 1 else 0)
    hotspot = str(ev["hotspot"])
    nat = str(ev["nationality"])
    det = str(ev["detection_country"])

    # date
    if partial_ok and src.partial_styles and rng.random() < src.partial_rate:
        style = _pick(rng, src.partial_styles)
        cells["event_date"] = _date_cell(src, ts, style, rng)
        quarter = style.startswith("quarter")
        exp["event_date"] = ts.to_period("Q" if quarter else "M").start_time
        exp["date_precision"] = "quarter" if quarter else "month"
        tags.append("partial_date")
    else:
        style = _pick(rng, src.day_styles)
        cells["event_date"] = _date_cell(src, ts, style, rng)
        exp["event_date"] = ts.normalize()
        exp["date_precision"] = "day"
        if style == "serial":
            tags.append("excel_serial")
        elif style == "text_dmy":
            tags.append("text_date")
        elif style in ("mon_es", "long_en"):
            tags.append("month_name_date")

    # who asked and in which language
    if src.source == _FIT.source:
        cells["requester"] = choice(rng, _FIT_MEMBERS.get(det, ("FIT secretariat",)))
        cells["language"] = choice(rng, _FIT_LANGS.get(nat, ("English",)))
    else:
        cells["requester"] = choice(rng, src.requesters.get(hotspot, ("-",)))
        cells["language"] = choice(rng, src.languages.get(nat, ("-",)))

    # crime and exploitation
    cells["crime_type"] = _word(src, "crime_type", crime, rng, row)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        cells["exploitation"] = choice(rng, src.not_applicable) or None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = _blank_word(src, rng)
        exp["exploitation"] = "unknown"
        tags.append("blank_exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, row)
        exp["exploitation"] = str(expl)

    # counts
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, src.placeholders)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, row)
        exp["n_persons"] = n
    sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, src.placeholders) if rng.random() < 0.6 else None
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif sus == 0 and rng.random() < 0.35:
        cells["n_suspects"] = choice(rng, src.zero_words)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = sus if src.format != "csv" else str(sus)
        exp["n_suspects"] = sus

    # sex, age, mode
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = None if forced_blank == "gender" else _blank_word(src, rng)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng, row)
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.025:
        cells["age_group"] = _blank_word(src, rng)
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    else:
        words = src.words["age_group"][age]
        if n > 1 and age == "child":  # a lone-minor word is not written for a group
            words = tuple(w for w in words if w not in ("UASC", "MENA", "MNA", "UAM")) or words
        cells["age_group"] = choice(rng, words)
        exp["age_group"] = age
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = _blank_word(src, rng)
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        cells["transport_mode"] = _mode_word(src, ev, mode, rng)
        exp["transport_mode"] = mode

    # countries
    if forced_blank == "nationality" or rng.random() < 0.02:
        cells["nationality"] = None if forced_blank == "nationality" else _blank_word(src, rng)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, nat, rng, src.nat_style, "nationality", row, form)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        if rng.random() < 0.04:
            cells[col] = _blank_word(src, rng)
            exp[col] = None
            tags.append(f"blank_{col}")
        else:
            cells[col] = _country(src, iso, rng, src.place_style, col, row, 0)
            exp[col] = iso
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _detection(src, det, hotspot, rng, row)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, src.direct) or None
        exp["transit_countries"] = None
        if cells["transit_countries"]:
            tags.append("direct_word")
    elif rng.random() < 0.03:
        cells["transit_countries"] = _blank_word(src, rng)
        exp["transit_countries"] = None
        tags.append("blank_transit_countries")
    else:
        style = _pick(rng, src.place_style)  # one clerk writes the whole route one way
        parts = [
            _country(src, iso, rng, style, "transit_countries", row, 0)
            for iso in str(transit).split("|")
        ]
        cells["transit_countries"] = choice(rng, src.transit_seps).join(parts)
        exp["transit_countries"] = str(transit)

    # place
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    _place(src, lat, lon, rng, row, blank=forced_blank == "coordinates")

    # linked offences
    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = None
    else:
        sep = {"en": "; ", "fr": " + ", "es": " / "}[src.language]
        if src.source == _FIT.source:
            sep = ", "
        cells["linked_offences"] = sep.join(
            choice(rng, src.words["linked_offences"][o]) for o in str(off).split("|")
        )
    exp["linked_offences"] = off
    return cells, exp, list(dict.fromkeys(tags))


def _mode_word(src: Agency, ev: dict[str, object], mode: str, rng: _Rng) -> str:
    """Return the agency's word for how the persons travelled (some fit one place only)."""
    hotspot = str(ev["hotspot"])
    if src.source == _APTIJ.source:
        if mode == "sea":
            return choice(
                rng,
                ("cayuco", "embarcación")
                if ev["corridor"] == "watl"
                else ("patera", "neumática", "embarcación"),
            )
        if mode == "land" and hotspot in ("Ceuta", "Melilla"):
            return choice(rng, ("salto de valla", "vía terrestre", "bajos de camión"))
        if mode == "land" and ev["corridor"] == "thb_rou_esp":
            return choice(rng, ("autobús", "vía terrestre", "furgoneta"))
    return choice(rng, src.words["transport_mode"][mode])


def _detection(src: Agency, det: str, hotspot: str, rng: _Rng, row: _Row) -> str:
    """Where the interpreting took place, as the agency writes the country."""
    if src.source == _DA.source and rng.random() < 0.25:
        row.tags.append("alias:detection_country")
        return "Scotland" if hotspot == "Glasgow" else "England"
    return _country(src, det, rng, src.place_style, "detection_country", row, 0)


def _place(src: Agency, lat: float, lon: float, rng: _Rng, row: _Row, *, blank: bool) -> None:
    """Write the place of the interview in the agency's coordinate style."""
    cells, exp, tags = row.cells, row.exp, row.tags
    exp["lat"] = exp["lon"] = None
    if src.coord_style == "none":
        tags.append("coords_missing")
        return
    if blank:
        tags.append("blank_coordinates")
        return
    r = rng.random()
    if r < 0.04:
        tags.append("coords_missing")
        return
    if src.coord_style == "pair":
        if r < 0.055:  # the booking system could not geocode the venue
            cells["coordinates"] = "0.0, 0.0"
            tags.append("coords_placeholder")
            return
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
    elif src.coord_style == "dms":
        cells["coordinates"] = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
        tags.append("dms")
    elif src.format == "xlsx" and r < 0.15:  # typed in by hand: decimal comma
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")
        tags.append("decimal_comma")
    else:
        cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
    exp["lat"], exp["lon"] = lat, lon


_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary=_PRIMARY,
    compilation=_FIT.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=346,
    blank_share=0.5,
)


def make_blind346(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five interpreting bodies of ``blind346`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``da_languages_uk_mj.csv``, ``experts_interpretes_ca_douai_mj.csv``,
        ``aptij_es_mj.xlsx``, ``apti_pa_mj.csv`` and ``fit_legal_interpreting_mj.jsonl``,
        each with the expected reading of every row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind346(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['da_languages_uk_mj.csv', 'experts_interpretes_ca_douai_mj.csv', 'aptij_es_mj.xlsx',
     'apti_pa_mj.csv', 'fit_legal_interpreting_mj.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° réquisition', "Date d'intervention", 'Service requérant']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
