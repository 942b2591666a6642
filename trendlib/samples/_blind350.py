"""Examiner sample set ``blind350`` (files ``*_mn.*``): garment-sector inspectors' exports.

Five agencies that meet exploited and smuggled workers in the garment and textile trade
write the true events their own way:

``op_tacit_leicester_mn.csv``
    Operation Tacit, the Leicester garment-factory task force (GLAA, HMRC, HSE, police and
    the city council working together): English, UTF-8 with BOM, ``,``; visit dates
    day-first (``17/05/2023``, ``17 May 2023``), Home Office ISO3 codes among the names,
    a "Location (lat, long)" pair, "N/K" and "Nil" words; it re-sends some rows.
``codaf_paris_sentier_mn.csv``
    CODAF de Paris (comité opérationnel départemental anti-fraude), joint inspections of
    the Sentier ateliers: French, cp1252, ``;``; ``17/05/2023`` and ``17 mai 2023``,
    quarterly ``T2 2023`` and monthly ``mai 2023`` rows, decimal commas, counts with
    spaces (``1 250``) and country names garbled by a UTF-8 paste (``SÃ©nÃ©gal``).
``itc_catalunya_mn.xlsx``
    Inspecció de Treball de Catalunya (textile workshops): Spanish headers and values with
    Catalan slips (``Marroc``, ``desconegut``, ``homes``), real Excel dates and numbers,
    ISO alpha-2 codes, some dates and coordinates typed as text.
``zlc_colon_inspeccion_mn.csv``
    Labour inspection office of the Colón Free Zone (Panama): Spanish in capitals, an
    Excel "Unicode text" export (UTF-16, tab-delimited), Excel serial dates among
    ``17/5/2023``, GPS points in degrees-minutes-seconds, "N/D" words; it re-sends
    some rows.
``wrc_factory_cases_mn.jsonl``
    Worker Rights Consortium case database, the compilation: English keys, ISO3 codes
    (a few ISO numeric and alpha-2 codes), ISO dates with ``2023-05`` and ``Q2 2023``
    partial dates, plain JSON numbers.

Every written row's expected clean values are what a careful analyst reads from its
cells: a cell saying "not known" expects nothing (``unknown`` in a vocabulary column),
a count that cannot be read or is negative, a missing, impossible or future date makes
the row a bad row, and note, total and empty rows are quarantined.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

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

__all__ = ["AGENCIES", "BLIND350", "Agency", "make_blind350"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# iso3 -> (English, French, Spanish) names, as these agencies spell them.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

# Other names a clerk of that language uses for the same country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Islamic Republic of Iran",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "CHN": ("PRC",),
        "GMB": ("The Gambia",),
        "GIN": ("Guinea-Conakry",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "CIV": ("RCI",),
        "GIN": ("Guinée-Conakry",),
        "RUS": ("Fédération de Russie",),
        "TUR": ("Türkiye",),
        "MKD": ("Macédoine",),
        "BLR": ("Bélarus",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "GIN": ("Guinea Conakry",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "RUS": ("Federación de Rusia",),
        "BLR": ("Belarús",),
        "MKD": ("Macedonia",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "CHN": ("Rep. Popular China",),
        "ROU": ("Rumania",),
    },
}

# Slips of the keyboard (or of the ear) that a reader still recognises.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "VNM": "Vietman",
        "ALB": "Albainia",
        "ERI": "Eritria",
        "SYR": "Syira",
        "IRQ": "Irag",
        "GBR": "United Kingdon",
        "FRA": "Frnace",
        "CHN": "Chian",
        "POL": "Poalnd",
        "DEU": "Germnay",
        "IRN": "Irna",
    },
    "fr": {
        "AFG": "Afghanistant",
        "IRQ": "Iraq",
        "ERI": "Erythrée",
        "ALB": "Albannie",
        "VNM": "Viet-nam",
        "GBR": "Royaume Uni",
        "DEU": "Allemange",
        "SEN": "Senegal",
        "CIV": "Cote d'Ivoire",
        "EGY": "Egypte",
        "IRN": "Irann",
    },
    "es": {
        "VEN": "Venezula",
        "COL": "Colonbia",
        "ECU": "Equador",
        "MAR": "Maruecos",
        "MLI": "Mali",
        "GIN": "Ginea",
        "CHN": "Chian",
        "ESP": "Espana",
        "MEX": "Mexico",
        "PAN": "Panama",
        "HTI": "Haiti",
        "ROU": "Rumanìa",
        "SEN": "Senegall",
    },
}

# Catalan names slipping into the Catalan inspectorate's Spanish export.
_CATALAN: dict[str, str] = {
    "MAR": "Marroc",
    "DZA": "Algèria",
    "GMB": "Gàmbia",
    "CIV": "Costa d'Ivori",
    "ESP": "Espanya",
    "FRA": "França",
    "ITA": "Itàlia",
    "HUN": "Hongria",
    "AUT": "Àustria",
    "MRT": "Mauritània",
    "NGA": "Nigèria",
    "DEU": "Alemanya",
    "GBR": "Regne Unit",
    "CHN": "Xina",
    "TUN": "Tunísia",
    "SYR": "Síria",
    "EGY": "Egipte",
    "LBY": "Líbia",
    "TUR": "Turquia",
    "GRC": "Grècia",
}

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


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared fields plus its own way of writing cells.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the agency's words for it (first = the usual one).
    unknown : tuple of str
        What its clerks write when a value is not known.
    not_applicable : str or None
        What it writes in the exploitation cell of a pure smuggling case (None: blank).
    zero : tuple of str
        Words for "no suspect".
    days : mapping
        Day-precision date style -> weight.
    partial : mapping
        Month or quarter date style -> weight.
    partial_rate : float
        Share of the rows dated by month or quarter only (when the event allows it).
    countries : mapping
        Country style -> weight (``name``, ``upper``, ``lower``, ``iso3``, ``iso2``,
        ``numeric``, ``alias``, ``typo``, ``catalan``, ``spaced``).
    transit_sep : str
        Separator of the transit countries, written in route order.
    offence_sep : str
        Separator of the linked offences.
    coords : str
        ``"pair"``, ``"comma"``, ``"excel"``, ``"dms"`` or ``"json"``.
    thousands : str or None
        Thousands separator of large counts (None: plain digits).
    count_placeholder : tuple of str
        Count cells saying the number of persons is not known.
    coord_placeholder : str or None
        What the coordinate cell says when no point was taken (None: left blank).
    upper_rate : float
        Share of vocabulary cells typed in capitals.
    row_style : bool
        Whether one country style holds for a whole row (a partner's database
        convention) instead of varying cell by cell (a clerk typing).
    mojibake_rows : float
        Share of the rows pasted from a UTF-8 export into a cp1252 sheet, their
        accented words garbled (``Sénégal`` -> ``SÃ©nÃ©gal``).
    """

    words: _Words
    unknown: tuple[str, ...]
    not_applicable: str | None
    zero: tuple[str, ...]
    days: Mapping[str, float]
    partial: Mapping[str, float]
    partial_rate: float
    countries: Mapping[str, float]
    transit_sep: str
    offence_sep: str
    coords: str
    thousands: str | None
    count_placeholder: tuple[str, ...]
    coord_placeholder: str | None
    upper_rate: float
    row_style: bool = False
    mojibake_rows: float = 0.0


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_TACIT = Agency(
    source="op_tacit_leicester",
    filename="op_tacit_leicester_mn.csv",
    ref="TACIT/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Tacit ref",
        "event_date": "Date of visit",
        "crime_type": "Offence type",
        "exploitation": "Exploitation type",
        "n_persons": "Persons encountered",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country encountered",
        "transit_countries": "Route (transit countries)",
        "transport_mode": "Mode of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Other offences",
    },
    note="Figures provisional - NRM outcomes pending. OFFICIAL-SENSITIVE",
    total="TOTAL",
    bad_count=("several", "a number of"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery / trafficking", "MSA s.2 trafficking"),
            "smuggling": ("Facilitation (s.25 IA 1971)", "People smuggling"),
            "both": ("Trafficking + facilitation", "MSA s.2 & s.25 IA 1971"),
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
            "mixed": ("Mixed", "M/F"),
        },
        "age_group": {
            "child": ("Child", "U18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & children", "Mixed"),
        },
        "transport_mode": {
            "land": ("Road", "Lorry", "Van"),
            "sea": ("Small boat", "Sea"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False ID documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Counterfeit goods", "Drugs"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("N/K", "Not known", "Unknown"),
    not_applicable="N/A",
    zero=("Nil", "None identified"),
    days={"%d/%m/%Y": 0.78, "long": 0.18, "%d/%m/%y": 0.04},
    partial={"month_long": 1.0},
    partial_rate=0.03,
    countries={
        "name": 0.74,
        "iso3": 0.08,
        "alias": 0.06,
        "upper": 0.04,
        "typo": 0.03,
        "spaced": 0.03,
        "lower": 0.02,
    },
    transit_sep=" > ",
    offence_sep="; ",
    coords="pair",
    thousands=",",
    count_placeholder=("Not known", "N/K"),
    coord_placeholder="N/K",
    upper_rate=0.03,
)

_CODAF = Agency(
    source="codaf_paris_sentier",
    filename="codaf_paris_sentier_mn.csv",
    ref="CODAF75-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Réf. CODAF",
        "event_date": "Date du contrôle",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du contrôle",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - CODAF 75 - ne pas diffuser",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH"),
            "smuggling": ("aide à l'entrée et au séjour irréguliers", "trafic de migrants"),
            "both": ("TEH + aide au séjour irrégulier", "traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femmes"),
            "male": ("H", "hommes"),
            "mixed": ("H/F", "mixte"),
        },
        "age_group": {
            "child": ("mineurs", "mineur"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "land": ("routier", "camion", "voiture"),
            "sea": ("maritime", "small boat", "embarcation"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("contrefaçon", "stupéfiants"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("inconnu", "n.c.", "non renseigné"),
    not_applicable="sans objet",
    zero=("aucun", "néant"),
    days={"%d/%m/%Y": 0.86, "long": 0.14},
    partial={"quarter_t": 0.6, "month_long": 0.4},
    partial_rate=0.05,
    countries={
        "name": 0.76,
        "upper": 0.1,
        "iso2": 0.05,
        "alias": 0.03,
        "typo": 0.04,
        "lower": 0.02,
    },
    transit_sep=", ",
    offence_sep=" + ",
    coords="comma",
    thousands="\u00a0",
    count_placeholder=("n.c.", "inconnu"),
    coord_placeholder=None,
    upper_rate=0.02,
    mojibake_rows=0.1,
)

_ITC = Agency(
    source="itc_catalunya",
    filename="itc_catalunya_mn.xlsx",
    ref="OS {year}/{seq:06d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Orden de Servicio",
        "event_date": "Fecha actuación",
        "crime_type": "Tipo delictivo",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
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
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales; actas en tramitación",
    total="TOTAL",
    bad_count=("varios", "algunos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trata de seres humanos", "trata (art. 177 bis CP)"),
            "smuggling": ("favorecimiento inmigración irregular (318 bis)", "tráfico de migrantes"),
            "both": ("trata + 318 bis", "trata y tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("mujeres", "dones"),
            "male": ("hombres", "homes"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "child": ("menores", "menor de edad"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "land": ("terrestre", "carretera", "autobús"),
            "sea": ("marítimo", "patera", "cayuco"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contrabando", "drogas"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("desconocido", "s/d", "desconegut"),
    not_applicable=None,
    zero=("ninguno", "cap"),
    days={"excel": 0.82, "%d/%m/%Y": 0.13, "%d-%m-%Y": 0.05},
    partial={"month_slash": 1.0},
    partial_rate=0.03,
    countries={
        "name": 0.7,
        "iso2": 0.1,
        "catalan": 0.08,
        "upper": 0.04,
        "alias": 0.04,
        "typo": 0.04,
    },
    transit_sep=" / ",
    offence_sep=", ",
    coords="excel",
    thousands=None,
    count_placeholder=("s/d",),
    coord_placeholder="s/d",
    upper_rate=0.03,
)

_ZLC = Agency(
    source="zlc_colon_inspeccion",
    filename="zlc_colon_inspeccion_mn.csv",
    ref="ZLC-DIL-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha de detección",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares sujetas a verificación",
    total="TOTAL GENERAL",
    bad_count=("VARIOS", "GRUPO"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("TRATA DE PERSONAS", "Trata de personas"),
            "smuggling": ("TRÁFICO ILÍCITO DE MIGRANTES", "Tráfico de migrantes"),
            "both": ("TRATA Y TRÁFICO", "TRATA DE PERSONAS Y TRÁFICO DE MIGRANTES"),
        },
        "exploitation": {
            "sexual": ("EXPLOTACIÓN SEXUAL",),
            "forced_labour": ("EXPLOTACIÓN LABORAL", "TRABAJO FORZOSO"),
            "forced_criminality": ("ACTIVIDADES ILÍCITAS FORZADAS",),
            "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
            "forced_marriage": ("MATRIMONIO FORZADO",),
            "other": ("OTRA",),
        },
        "gender": {
            "female": ("FEMENINO", "MUJERES"),
            "male": ("MASCULINO", "HOMBRES"),
            "mixed": ("AMBOS", "MIXTO"),
        },
        "age_group": {
            "child": ("NNA", "MENORES DE EDAD"),
            "adult": ("ADULTOS", "MAYORES DE EDAD"),
            "mixed": ("ADULTOS Y NNA", "MIXTO"),
        },
        "transport_mode": {
            "land": ("TERRESTRE", "A PIE", "BUS"),
            "sea": ("MARÍTIMO", "LANCHA"),
            "air": ("AÉREO",),
        },
        "linked_offences": {
            "document_fraud": ("FALSIFICACIÓN DE DOCUMENTOS",),
            "corruption": ("CORRUPCIÓN",),
            "money_laundering": ("BLANQUEO DE CAPITALES",),
            "illicit_goods": ("CONTRABANDO", "DROGAS"),
            "cybercrime": ("DELITO INFORMÁTICO",),
            "terrorism": ("TERRORISMO",),
        },
    },
    unknown=("N/D", "SIN DATO", "DESCONOCIDO"),
    not_applicable="N/A",
    zero=("NINGUNO",),
    days={"%d/%m/%Y_nopad": 0.6, "serial": 0.36, "%Y/%m/%d": 0.04},
    partial={"month_long": 1.0},
    partial_rate=0.03,
    countries={
        "upper": 0.55,
        "name": 0.3,
        "iso3": 0.05,
        "typo": 0.05,
        "alias": 0.05,
    },
    transit_sep=" - ",
    offence_sep=" / ",
    coords="dms",
    thousands=",",
    count_placeholder=("N/D", "SIN DATO"),
    coord_placeholder="SIN COORDENADAS",
    upper_rate=0.0,
)

_WRC = Agency(
    source="wrc_factory_cases",
    filename="wrc_factory_cases_mn.jsonl",
    ref="WRC-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "case_type",
        "exploitation": "abuse_type",
        "n_persons": "workers_affected",
        "n_suspects": "perpetrators",
        "gender": "sex",
        "age_group": "age_bracket",
        "nationality": "worker_nationality",
        "origin_country": "home_country",
        "destination_country": "destination",
        "detection_country": "country",
        "transit_countries": "route",
        "transport_mode": "travel_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL (export)",
    bad_count=("multiple", "several"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trafficking", "forced labor/trafficking"),
            "smuggling": ("smuggling",),
            "both": ("trafficking+smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labor", "labor exploitation"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "female": ("female",),
            "male": ("male",),
            "mixed": ("mixed",),
        },
        "age_group": {
            "child": ("minor",),
            "adult": ("adult",),
            "mixed": ("mixed",),
        },
        "transport_mode": {
            "land": ("land", "overland"),
            "sea": ("sea", "boat"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown",),
    not_applicable=None,
    zero=(),
    days={"%Y-%m-%d": 0.9, "iso_t": 0.1},
    partial={"month_iso": 0.6, "quarter_q": 0.4},
    partial_rate=0.06,
    countries={"iso3": 0.62, "name": 0.24, "numeric": 0.05, "iso2": 0.05, "alias": 0.04},
    transit_sep=", ",
    offence_sep=", ",
    coords="json",
    thousands=None,
    count_placeholder=(),
    coord_placeholder=None,
    upper_rate=0.0,
    row_style=True,
)

#: The set's agencies, in the order :func:`make_blind350` returns their submissions.
AGENCIES: tuple[Agency, ...] = (_TACIT, _CODAF, _ITC, _ZLC, _WRC)

# Rates of the cells a clerk leaves unknown (per vocabulary or country cell).
_UNKNOWN_RATE = 0.02
_PLACEHOLDER_RATE = 0.008
_SUSPECT_UNKNOWN_RATE = 0.02
_ZERO_WORD_RATE = 0.5
_NO_POINT_RATE = 0.05
_USUAL_WORD = 0.65
# Cells holding words or country names (what a paste from another encoding garbles).
_WORD_COLUMNS = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "linked_offences",
)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(src: Agency, column: str, value: str, rng: _Rng) -> str:
    forms = src.words[column][value]
    if len(forms) == 1 or rng.random() < _USUAL_WORD:
        text = forms[0]
    else:
        text = forms[1 + int(rng.integers(len(forms) - 1))]
    if src.upper_rate and rng.random() < src.upper_rate:
        text = text.upper()
    return text


def _country(
    src: Agency, iso: str, rng: _Rng, tags: list[str], column: str, style: str | None
) -> str:
    """Write one country the agency's way; tag what a reader must see through."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    if style is None:
        style = _draw(rng, src.countries)
    text = name
    if style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "spaced":
        text = f" {name}  "
    elif style == "iso3":
        text = iso
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "numeric":
        text = iso_codes(iso)[1]
    elif style == "alias" and iso in _ALIASES[lang]:
        text = choice(rng, _ALIASES[lang][iso])
    elif style == "typo" and iso in _TYPOS[lang]:
        text = _TYPOS[lang][iso]
    elif style == "catalan" and iso in _CATALAN:
        text = _CATALAN[iso]
    if text != name:
        kind = "case" if style in ("upper", "lower", "spaced") else style
        tags.append(f"{kind}:{column}")
    return text


def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _day_cell(src: Agency, ts: pd.Timestamp, style: str) -> object:
    month = _MONTHS[src.language][ts.month - 1]
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return str(_serial(ts))
    if style == "long":  # a French clerk writes the first of the month "1er"
        first = "1er" if ts.day == 1 and src.language == "fr" else str(ts.day)
        return f"{first} {month} {ts.year}"
    if style == "iso_t":
        return ts.strftime("%Y-%m-%dT00:00:00")
    if style == "%d/%m/%Y_nopad":
        return f"{ts.day}/{ts.month}/{ts.year}"
    return ts.strftime(style)


def _partial_cell(src: Agency, ts: pd.Timestamp, style: str) -> tuple[str, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of a month- or quarter-only date."""
    quarter = pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)
    month_start = pd.Timestamp(year=ts.year, month=ts.month, day=1)
    month = _MONTHS[src.language][ts.month - 1]
    if style == "quarter_t":
        return f"T{ts.quarter} {ts.year}", quarter, "quarter"
    if style == "quarter_q":
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter"
    if style == "month_iso":
        return ts.strftime("%Y-%m"), month_start, "month"
    if style == "month_slash":
        return ts.strftime("%m/%Y"), month_start, "month"
    return f"{month.upper() if src.language == 'es' else month} {ts.year}", month_start, "month"


def _count_cell(src: Agency, n: int, tags: list[str], column: str) -> object:
    if src.format != "csv":
        return n
    if n >= 1000 and src.thousands is not None:
        tags.append(f"thousands:{column}")
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return str(n)


def _comma(value: float) -> str:
    return f"{value:.5f}".replace(".", ",")


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (0.1") of ``value``; return the text and its value."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec_tenths = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec_tenths / 10:04.1f}\"{pos if value >= 0 else neg}"
    read = (deg + minutes / 60 + sec_tenths / 36000) * (1 if value >= 0 else -1)
    return text, round(read, 7)


def _coord_cells(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the point the agency's way; return cells and the point a reader gets."""
    if src.coords == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if src.coords == "comma":
        return {"lat": _comma(lat), "lon": _comma(lon)}, lat, lon
    if src.coords == "excel":
        if rng.random() < 0.15:  # typed as text, with the Spanish decimal comma
            tags.append("coords_text")
            return {"lat": _comma(lat), "lon": _comma(lon)}, lat, lon
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon
    if src.coords == "dms":
        t_lat, r_lat = _dms(lat, "N", "S")
        t_lon, r_lon = _dms(lon, "E", "W")
        tags.append("coords_dms")
        return {"coordinates": f"{t_lat} {t_lon}"}, r_lat, r_lon
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    if forced_blank is not None:
        tags.append(f"blank_{forced_blank}")

    # Date of the detection (a second report of an event always gives the day).
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    if partial_ok and rng.random() < src.partial_rate:
        text, day, precision = _partial_cell(src, ts, _draw(rng, src.partial))
        cells["event_date"] = text
        tags.append("partial_date")
    else:
        style = _draw(rng, src.days)
        cells["event_date"] = _day_cell(src, ts, style)
        day, precision = ts.normalize(), "day"
        if style == "serial":
            tags.append("serial_date")
    exp["event_date"], exp["date_precision"] = day, precision

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # a pure smuggling case
        cells["exploitation"] = src.not_applicable
        exp["exploitation"] = None
    elif rng.random() < _UNKNOWN_RATE:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if src.count_placeholder and rng.random() < _PLACEHOLDER_RATE:
        cells["n_persons"] = choice(rng, src.count_placeholder)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_cell(src, n_persons, tags, "n_persons")
        exp["n_persons"] = n_persons

    n_suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
    elif rng.random() < _SUSPECT_UNKNOWN_RATE:
        cells["n_suspects"] = choice(rng, src.unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif n_suspects == 0 and src.zero and rng.random() < _ZERO_WORD_RATE:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count_cell(src, n_suspects, tags, "n_suspects")
        exp["n_suspects"] = n_suspects

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < _UNKNOWN_RATE:  # "not known" is as good as a blank
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < _UNKNOWN_RATE:
            cells[col], exp[col] = choice(rng, src.unknown), "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col], exp[col] = _word(src, col, value, rng), value

    row_style = _draw(rng, src.countries) if src.row_style else None
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
    elif rng.random() < _UNKNOWN_RATE:
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, nat, rng, tags, "nationality", row_style)
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        cells[col], exp[col] = _country(src, iso, rng, tags, col, row_style), iso

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country(src, det, rng, tags, "detection_country", row_style)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        legs = str(transit).split("|")
        leg_style = row_style or _draw(rng, src.countries)  # one way of writing a route
        written = [_country(src, iso, rng, tags, "transit_countries", leg_style) for iso in legs]
        cells["transit_countries"] = src.transit_sep.join(w.strip() for w in written)
        exp["transit_countries"] = str(transit)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    coord_cols = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    r = rng.random()
    if forced_blank == "coordinates":
        cells.update(dict.fromkeys(coord_cols))
        exp["lat"], exp["lon"] = None, None
    elif r < _NO_POINT_RATE:
        if src.coord_placeholder is not None and r < _NO_POINT_RATE / 3:
            cells.update(dict.fromkeys(coord_cols, src.coord_placeholder))
            tags.append("coords_placeholder")
        else:
            cells.update(dict.fromkeys(coord_cols))
            tags.append("coords_missing")
        exp["lat"], exp["lon"] = None, None
    else:
        point, exp["lat"], exp["lon"] = _coord_cells(src, lat, lon, rng, tags)
        cells.update(point)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)

    if src.mojibake_rows and rng.random() < src.mojibake_rows:
        for col in _WORD_COLUMNS:  # the words only: dates and counts were retyped
            cell = cells.get(col)
            garbled = mojibake(cell) if isinstance(cell, str) else None
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


def _impossible(src: Agency, ts: pd.Timestamp) -> str:
    """Return a day that no calendar has, in the agency's date style."""
    day, month = (30, 2) if ts.month <= 6 else (31, 4 + 5 * (ts.month % 2))
    if src.language == "en" and src.format == "jsonl":
        return f"{ts.year}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: blank, impossible, or keyed ten years on."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return _impossible(src, ts)
    future = ts.replace(year=ts.year + 10, day=min(ts.day, 28) if ts.month == 2 else ts.day)
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date a clerk writes on the note row: the extract's last day."""
    if src.format == "xlsx":
        return datetime(last.year, last.month, last.day)
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: The variant: who first reports which detection country, who reports it a second time.
BLIND350: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": "op_tacit_leicester",
        "FRA": "codaf_paris_sentier",
        "ESP": "itc_catalunya",
        "PAN": "zlc_colon_inspeccion",
    },
    compilation="wrc_factory_cases",
    secondary={
        ("thb_vnm_gbr", "GBR"): "codaf_paris_sentier",
        ("thb_nga_ita", "ITA"): "codaf_paris_sentier",
        ("thb_rou_esp", "ITA"): "itc_catalunya",
        ("thb_rou_esp", "ESP"): "wrc_factory_cases",
        ("darien", "PAN"): "wrc_factory_cases",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=350_035,
    blank_share=0.3,
)


def make_blind350(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five garment-sector agencies of ``blind350`` do.

    Operation Tacit (Leicester) reports the events detected in the United Kingdom, the
    CODAF de Paris those in France, the Inspecció de Treball de Catalunya those in Spain,
    the Colón Free Zone labour inspection those in Panama, and the Worker Rights
    Consortium's case database every other one. A few events are reported a second
    time by another of them (the Viet Nam, Nigeria and Romania trafficking flows and the
    Darién crossings), dated a day apart at most.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same cells.

    Returns
    -------
    list of Submission
        ``op_tacit_leicester_mn.csv``, ``codaf_paris_sentier_mn.csv``,
        ``itc_catalunya_mn.xlsx``, ``zlc_colon_inspeccion_mn.csv`` and
        ``wrc_factory_cases_mn.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind350(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['op_tacit_leicester_mn.csv', 'codaf_paris_sentier_mn.csv', 'itc_catalunya_mn.xlsx',
     'zlc_colon_inspeccion_mn.csv', 'wrc_factory_cases_mn.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:2]]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[:3].tolist()
    ['No. de caso', 'Fecha de detección', 'Delito']
    >>> all(len(s.expected) > 5 for s in subs)
    True
    """
    return make_examined(BLIND350, truth, seed=seed)
