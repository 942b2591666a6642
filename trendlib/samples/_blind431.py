"""Examiner sample set ``blind431`` (files ``*_pq.*``): coffee and spice sourcing desks.

Five sourcing-compliance desks of the coffee and spice trade keep logs of the forced
labour, trafficking and smuggling cases they hear of on their supply routes and send
them in their own formats:

``bca_ethical_trade_pq.xlsx``
    British Coffee Association, ethical-trade lead of the UK roasters and spice
    importers: an English "horizon scan" workbook with real Excel dates, numbers as
    numbers, nationalities often as demonyms ("Vietnamese"), "Lat / long" in one cell.
    It reports the UK detections and compiles every case no other desk reports
    (Italy, Greece, Croatia, Poland).
``sfcafe_vigilance_pq.csv``
    Syndicat français du café (torréfacteurs et importateurs d'épices), cellule devoir de
    vigilance: cp1252, ``;``, day-first dates, "T2 2023" quarters, country names in
    capitals or as French adjectives ("afghane"), decimal commas. Reports France.
``fecafe_cumplimiento_pq.csv``
    Federación Española del Café (tostadores e importadores de especias), comité de
    cumplimiento: Excel "CSV UTF-8" (BOM, ``;``), "1.250" thousands, a share of rows
    pasted from a UTF-8 file opened as ANSI ("EspaÃ±a"), Google Maps DMS coordinates.
    Reports Spain.
``amecafe_trazabilidad_pq.jsonl``
    AMECAFE (cafeticultores de Chiapas y Veracruz), plataforma de trazabilidad: JSON
    lines with ISO alpha-3 codes and ISO numeric catalogue codes ("840"), Mexican legal
    words ("tráfico de personas" = smuggling, "NNA" = minors, ``H``/``M`` sex).
    Reports the US detections.
``scap_cumplimiento_pq.csv``
    Specialty Coffee Association of Panama (exportadores de Boquete), comité de
    cumplimiento social: Excel "Unicode text" (UTF-16, tab), Excel serial dates, "1,250"
    thousands, GPS degrees and decimal minutes ("N8 30.074 W77 30.193"). Reports Panama.

The shared machinery (:mod:`trendlib.samples._examiner`) chooses which desk reports which
event, the cross-source duplicates, the bad rows and the garbage rows; this module writes
each cell the desk's way and says what a careful analyst reads from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND431", "SOURCES", "Desk", "make_blind431"]

_Rng = np.random.Generator

# iso3: (English, French, Spanish, English demonym, French demonym, Spanish demonym)
_NAMES: dict[str, tuple[str, str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan", "afghane", "afgano"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian", "albanaise", "albanés"),
    "AUT": ("Austria", "Autriche", "Austria", "", "", ""),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi", "bangladaise", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "", "", ""),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "", "", ""),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "", "", ""),
    "CHN": ("China", "Chine", "China", "Chinese", "chinoise", "chino"),
    "CIV": (
        "Côte d'Ivoire",
        "Côte d’Ivoire",
        "Costa de Marfil",
        "Ivorian",
        "ivoirienne",
        "marfileño",
    ),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian", "camerounaise", "camerunés"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian", "colombienne", "colombiano"),
    "DEU": ("Germany", "Allemagne", "Alemania", "", "", ""),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian", "algérienne", "argelino"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian", "équatorienne", "ecuatoriano"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian", "égyptienne", "egipcio"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean", "érythréenne", "eritreo"),
    "ESP": ("Spain", "Espagne", "España", "", "", ""),
    "FRA": ("France", "France", "Francia", "", "", ""),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "", "", ""),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean", "guinéenne", "guineano"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian", "gambienne", "gambiano"),
    "GRC": ("Greece", "Grèce", "Grecia", "", "", ""),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatémaltèque", "guatemalteco"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran", "hondurienne", "hondureño"),
    "HRV": ("Croatia", "Croatie", "Croacia", "", "", ""),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian", "haïtienne", "haitiano"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "", "", ""),
    "IRN": ("Iran", "Iran", "Irán", "Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi", "irakienne", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "", "", ""),
    "LBY": ("Libya", "Libye", "Libia", "", "", ""),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican", "mexicaine", "mexicano"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "", "", ""),
    "MLI": ("Mali", "Mali", "Malí", "Malian", "malienne", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "", "", ""),
    "NER": ("Niger", "Niger", "Níger", "", "", ""),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigerian", "nigériane", "nigeriano"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistanaise", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "", "", ""),
    "POL": ("Poland", "Pologne", "Polonia", "", "", ""),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian", "roumaine", "rumano"),
    "RUS": ("Russia", "Russie", "Rusia", "", "", ""),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese", "sénégalaise", "senegalés"),
    "SRB": ("Serbia", "Serbie", "Serbia", "", "", ""),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian", "syrienne", "sirio"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian", "tunisienne", "tunecino"),
    "TUR": ("Türkiye", "Turquie", "Turquía", "Turkish", "turque", "turco"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "", "", ""),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan", "vénézuélienne", "venezolano"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam", "Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni", "yéménite", "yemení"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Other names a desk of that language uses for a country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "IRN": ("Islamic Republic of Iran",),
        "RUS": ("Russian Federation",),
        "BIH": ("Bosnia",),
        "CHN": ("PRC",),
        "GMB": ("The Gambia",),
        "SYR": ("Syrian Arab Republic",),
    },
    "fr": {
        "GBR": ("Angleterre", "R-U"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "GIN": ("Guinée-Conakry",),
        "BIH": ("Bosnie",),
        "RUS": ("Fédération de Russie",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("R. Unido",),
        "VNM": ("Viet Nam",),
        "GIN": ("Guinea Conakry",),
        "BIH": ("Bosnia",),
    },
}

_EN_NUMBERS = (
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Date styles that give only the month or the quarter.
_MONTH_STYLES = ("month_en", "month_fr", "month_es", "month_iso")
_QUARTER_STYLES = ("quarter_en", "quarter_fr", "quarter_es")

Words = Mapping[str, Mapping[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A sourcing-compliance desk: the shared fields plus how it writes its cells.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the desk's words for it (first = the usual one).
    unknown : tuple of str
        What the desk writes for a value it does not know.
    zero : tuple of str
        Words for "no suspect".
    not_applicable : tuple of str
        What it may write as the exploitation of a pure smuggling case.
    dates : mapping
        Date style -> weight; the first style is the desk's usual one.
    country : mapping
        Country style -> weight (``name``, ``upper``, ``lower``, ``iso3``, ``iso2``,
        ``num``, ``alias``, ``demonym``, ``typo``).
    country_by_column : mapping
        Column -> country styles overriding ``country`` for that column.
    transit_sep, offence_sep : str
        Separators of the transit-country and linked-offence lists.
    coords : str
        ``pair`` (``"51.5074, -0.1278"``), ``comma`` (two columns, decimal comma),
        ``dms`` (``36°49'48.4"N 2°27'36.4"W``), ``numbers`` (two numeric columns) or
        ``ddm`` (``N8 30.074 W77 30.193``).
    thousands : str
        Thousands separator of counts written as text (``""``: none).
    case_rate, mojibake_rate : float
        Shares of vocabulary cells with changed case or spacing, and of rows pasted
        from a UTF-8 file read as cp1252.
    commodity : tuple of str
        Values of the desk's own supply-chain column (no canonical meaning).
    """

    words: Words
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    not_applicable: tuple[str, ...]
    dates: Mapping[str, float]
    country: Mapping[str, float]
    country_by_column: Mapping[str, Mapping[str, float]]
    transit_sep: str
    offence_sep: str
    coords: str
    thousands: str
    case_rate: float
    mojibake_rate: float
    commodity: tuple[str, ...]


# --------------------------------------------------------------------------------------
# The desks' words
# --------------------------------------------------------------------------------------
_BCA_WORDS: Words = {
    "crime_type": {
        "trafficking": ("Modern slavery", "Human trafficking", "THB"),
        "smuggling": ("People smuggling", "Facilitation", "Smuggling"),
        "both": ("Smuggling & trafficking", "Trafficking and smuggling"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour", "Debt bondage"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "female": ("Female", "Women", "F"),
        "male": ("Male", "Men", "M"),
        "mixed": ("Mixed", "Male & female"),
    },
    "age_group": {
        "child": ("Minor", "Under 18", "Child"),
        "adult": ("Adult", "Adults", "18+"),
        "mixed": ("Adults & minors", "Mixed ages"),
    },
    "transport_mode": {
        "sea": ("Small boat", "Sea", "Boat"),
        "land": ("Land", "Lorry / HGV", "On foot", "Road"),
        "air": ("Air", "Flight"),
    },
    "linked_offences": {
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}

_SFC_WORDS: Words = {
    "crime_type": {
        "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Trafic de migrants",
            "Trafic illicite de migrants",
        ),
        "both": ("TEH et trafic de migrants", "Traite + trafic"),
    },
    "exploitation": {
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail", "Servitude"),
        "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    "gender": {
        "female": ("Femmes", "F", "Féminin"),
        "male": ("Hommes", "H", "Masculin"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes"),
    },
    "age_group": {
        "child": ("Mineurs", "MNA", "Mineur"),
        "adult": ("Majeurs", "Adultes"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    "transport_mode": {
        "sea": ("Small boat", "Embarcation", "Maritime"),
        "land": ("Poids lourd", "Routier", "À pied"),
        "air": ("Aérien", "Avion"),
    },
    "linked_offences": {
        "document_fraud": ("Fraude documentaire", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
}

_FEC_WORDS: Words = {
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
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados", "Servidumbre"),
        "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
    },
    "gender": {
        "female": ("Mujeres", "Mujer"),
        "male": ("Hombres", "Varones", "Hombre"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    "age_group": {
        "child": ("Menores", "Menores no acompañados", "Menor"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "transport_mode": {
        "sea": ("Patera", "Marítimo", "Cayuco", "Neumática"),
        "land": ("Terrestre", "Furgoneta", "A pie"),
        "air": ("Aéreo", "Avión"),
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

_AMECAFE_WORDS: Words = {
    "crime_type": {
        "trafficking": ("trata de personas",),
        "smuggling": ("tráfico de personas", "coyotaje", "tráfico de migrantes"),
        "both": ("trata y tráfico de personas",),
    },
    "exploitation": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzado", "explotación laboral"),
        "forced_criminality": ("actividades delictivas", "delincuencia forzada"),
        "organ_removal": ("tráfico de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    "gender": {
        "female": ("M", "mujeres", "Mujer"),
        "male": ("H", "hombres", "Hombre"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    "age_group": {
        "child": ("NNA", "menores de edad"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    "transport_mode": {
        "land": ("terrestre", "a pie", "tractocamión", "autobús"),
        "sea": ("marítimo", "lancha"),
        "air": ("aéreo", "avión"),
    },
    "linked_offences": {
        "document_fraud": ("uso de documentos falsos",),
        "corruption": ("cohecho",),
        "money_laundering": ("operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("narcotráfico",),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
}

_SCAP_WORDS: Words = {
    "crime_type": {
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
        "both": ("Trata y tráfico",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    "gender": {
        "female": ("Femenino", "Mujeres"),
        "male": ("Masculino", "Hombres"),
        "mixed": ("Mixto", "Ambos"),
    },
    "age_group": {
        "child": ("Menores", "Niños"),
        "adult": ("Adultos",),
        "mixed": ("Adultos y menores", "Familias"),
    },
    "transport_mode": {
        "land": ("Terrestre", "A pie", "Caminando"),
        "sea": ("Lancha", "Marítimo"),
        "air": ("Aéreo",),
    },
    "linked_offences": {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Drogas",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
}

# --------------------------------------------------------------------------------------
# The desks
# --------------------------------------------------------------------------------------
BCA = Desk(
    source="bca_ethical_trade",
    filename="bca_ethical_trade_pq.xlsx",
    ref="HS-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Log ref",
        "event_date": "Incident date",
        "crime_type": "Issue category",
        "exploitation": "Type of exploitation",
        "n_persons": "People affected",
        "n_suspects": "Alleged perpetrators",
        "gender": "Sex",
        "age_group": "Age (adult/minor)",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit route",
        "destination_country": "Intended destination",
        "detection_country": "Country identified in",
        "transport_mode": "Mode of transport",
        "coordinates": "Lat / long",
        "linked_offences": "Linked offences",
        "commodity": "Supply-chain link",
    },
    note="Note: compiled from supplier grievance reports, NGO alerts and press; provisional",
    total="Total people affected",
    bad_count=("several", "a number of", "dozens"),
    repeats=True,
    words=_BCA_WORDS,
    unknown=("Not known", "TBC", "n/k"),
    zero=("None", "None identified", "nil"),
    not_applicable=("n/a", "N/A"),
    dates={"excel": 0.72, "long_en": 0.12, "dmy": 0.05, "month_en": 0.07, "quarter_en": 0.04},
    country={
        "name": 0.6,
        "demonym": 0.2,
        "alias": 0.08,
        "upper": 0.04,
        "iso2": 0.04,
        "typo": 0.04,
    },
    country_by_column={},
    transit_sep=" > ",
    offence_sep="; ",
    coords="pair",
    thousands=",",
    case_rate=0.04,
    mojibake_rate=0.0,
    commodity=(
        "Coffee - green bean imports",
        "Coffee - contract packing",
        "Spices - black pepper",
        "Spices - processing site",
        "Tea",
        "Not linked",
    ),
)

SFC = Desk(
    source="sfcafe_vigilance",
    filename="sfcafe_vigilance_pq.csv",
    ref="SFC-{yy:02d}/{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "commodity": "Filière",
    },
    note="Extraction du registre de vigilance – données provisoires",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    words=_SFC_WORDS,
    unknown=("inconnu", "NC", "non renseigné"),
    zero=("aucun", "néant"),
    not_applicable=("sans objet",),
    dates={"dmy": 0.8, "long_fr": 0.07, "month_fr": 0.08, "quarter_fr": 0.05},
    country={
        "name": 0.55,
        "upper": 0.2,
        "demonym": 0.15,
        "alias": 0.04,
        "typo": 0.03,
        "iso2": 0.03,
    },
    country_by_column={},
    transit_sep=", ",
    offence_sep=" / ",
    coords="comma",
    thousands="\u00a0",
    case_rate=0.05,
    mojibake_rate=0.0,
    commodity=("café vert", "épices", "poivre", "vanille", "hors filière"),
)

FEC = Desk(
    source="fecafe_cumplimiento",
    filename="fecafe_cumplimiento_pq.csv",
    ref="FEC/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
        "commodity": "Cadena de suministro",
    },
    note="Nota: datos provisionales a fecha de extracción",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
    words=_FEC_WORDS,
    unknown=("Desconocido", "No consta", "S/D"),
    zero=("Ninguno", "ninguno"),
    not_applicable=("No aplica",),
    dates={"dmy": 0.72, "dmy2": 0.12, "month_es": 0.1, "quarter_es": 0.06},
    country={"name": 0.7, "iso3": 0.12, "demonym": 0.1, "typo": 0.04, "alias": 0.04},
    country_by_column={},
    transit_sep=", ",
    offence_sep=", ",
    coords="dms",
    thousands=".",
    case_rate=0.05,
    mojibake_rate=0.12,
    commodity=("café verde", "pimentón", "azafrán", "pimienta", "sin vínculo"),
)

AMECAFE = Desk(
    source="amecafe_trazabilidad",
    filename="amecafe_trazabilidad_pq.jsonl",
    ref="AMC-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_evento",
        "crime_type": "tipo_delito",
        "exploitation": "modalidad_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_presuntos_responsables",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_vinculados",
        "commodity": "region_cafetalera",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    words=_AMECAFE_WORDS,
    unknown=("sin dato", "s/d", "N/D"),
    zero=("ninguno",),
    not_applicable=("no aplica",),
    dates={"iso": 0.85, "ymd_slash": 0.08, "month_iso": 0.07},
    country={"iso3": 0.8, "name": 0.12, "demonym": 0.08},
    country_by_column={
        "detection_country": {"num": 0.55, "iso3": 0.45},
        "destination_country": {"num": 0.55, "iso3": 0.45},
    },
    transit_sep=", ",
    offence_sep="; ",
    coords="numbers",
    thousands="",
    case_rate=0.0,
    mojibake_rate=0.0,
    commodity=("Soconusco, Chis.", "Coatepec, Ver.", "Huatusco, Ver.", "Sierra Norte, Pue."),
)

SCAP = Desk(
    source="scap_cumplimiento",
    filename="scap_cumplimiento_pq.csv",
    ref="SCAP-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Código",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Tránsito",
        "destination_country": "Destino final",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información recopilada por el comité de cumplimiento social",
    total="Total general",
    bad_count=("varios", "muchos", "grupo grande"),
    repeats=True,
    words=_SCAP_WORDS,
    unknown=("N/D", "Sin información"),
    zero=("Ninguno",),
    not_applicable=("No aplica",),
    dates={"serial": 0.62, "dmy": 0.3, "month_es": 0.08},
    country={"name": 0.6, "demonym": 0.2, "iso2": 0.1, "lower": 0.06, "typo": 0.04},
    country_by_column={},
    transit_sep=" / ",
    offence_sep=" / ",
    coords="ddm",
    thousands=",",
    case_rate=0.05,
    mojibake_rate=0.0,
    commodity=(),
)

#: The five desks, in the order of the submissions.
SOURCES: tuple[Desk, ...] = (BCA, SFC, FEC, AMECAFE, SCAP)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(src: Desk, col: str, value: str, rng: _Rng) -> str:
    forms = src.words[col][value]
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _typo(text: str) -> str | None:
    """Swap two letters in the middle of a name of 7+ letters (None if it cannot)."""
    if len(text) < 7:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _plural(demonym: str) -> str:
    """Spanish plural of a demonym ending in a vowel o/a (others kept as written)."""
    return demonym + "s" if demonym.endswith(("o", "a")) else demonym


def _country(src: Desk, iso: str, col: str, rng: _Rng) -> tuple[str, str | None]:
    """Write one country the desk's way; return (cell, messiness tag or None)."""
    lang = _LANG[src.language]
    name = _NAMES[iso][lang]
    style = _draw(rng, src.country_by_column.get(col, src.country))
    if style == "demonym":
        dem = _NAMES[iso][3 + lang] if col == "nationality" else ""
        if not dem:
            return name, None
        if src.source == SCAP.source:
            dem = _plural(dem)
        return dem, f"demonym:{col}"
    if style == "alias":
        aliases = _ALIASES[src.language].get(iso, ())
        return (choice(rng, aliases), f"alias:{col}") if aliases else (name, None)
    if style == "typo":
        typo = _typo(name)
        return (typo, f"typo:{col}") if typo else (name, None)
    if style == "upper":
        return name.upper(), f"case:{col}"
    if style == "lower":
        return name.lower(), f"case:{col}"
    if style == "iso3":
        return iso, f"iso3:{col}"
    if style == "iso2":
        return iso_codes(iso)[0], f"iso2:{col}"
    if style == "num":
        return iso_codes(iso)[1], f"numeric:{col}"
    return name, None


def _transit(src: Desk, codes: str, rng: _Rng) -> tuple[str, str | None]:
    """Write an ordered ``A|B`` transit list with one style for the whole cell."""
    lang = _LANG[src.language]
    style = _draw(rng, src.country)
    parts = codes.split("|")
    if style in ("iso3", "iso2"):
        out = [p if style == "iso3" else iso_codes(p)[0] for p in parts]
        return src.transit_sep.join(out), f"{style}:transit_countries"
    names = [_NAMES[p][lang] for p in parts]
    if style == "upper":
        return src.transit_sep.join(n.upper() for n in names), "case:transit_countries"
    if style == "lower":
        return src.transit_sep.join(n.lower() for n in names), "case:transit_countries"
    return src.transit_sep.join(names), None


def _day_cell(style: str, ts: pd.Timestamp, lang: str) -> object:
    """Write a full date in a day-precision style."""
    if style == "excel":
        return dt.datetime(ts.year, ts.month, ts.day)
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "ymd_slash":
        return ts.strftime("%Y/%m/%d")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "long_en":
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    if style == "long_fr":
        return f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
    return ts.strftime("%d/%m/%Y")


def _date_cell(style: str, ts: pd.Timestamp, lang: str) -> tuple[object, str, pd.Timestamp]:
    """Return (cell, precision, the date a careful analyst reads)."""
    if style in _MONTH_STYLES:
        m = ts.month - 1
        text = {
            "month_en": f"{MONTHS[m]} {ts.year}",
            "month_fr": f"{_FR_MONTHS[m]} {ts.year}",
            "month_es": f"{_ES_MONTHS[m]} {ts.year}",
            "month_iso": ts.strftime("%Y-%m"),
        }[style]
        return text, "month", ts.to_period("M").start_time
    if style in _QUARTER_STYLES:
        q = ts.quarter
        text = {
            "quarter_en": f"Q{q} {ts.year}",
            "quarter_fr": f"T{q} {ts.year}",
            "quarter_es": f"{q}º trimestre de {ts.year}",
        }[style]
        return text, "quarter", ts.to_period("Q").start_time
    return _day_cell(style, ts, lang), "day", ts.normalize()


def _main_style(src: Desk) -> str:
    return next(iter(src.dates))


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: blank, impossible (31 April) or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day = 30 if ts.month == 2 else 31 if ts.month in (4, 6, 9, 11) else 32
        if _main_style(src) in ("iso", "ymd_slash"):
            return f"{ts.year}-{ts.month:02d}-{day}"
        return f"{day}/{ts.month:02d}/{ts.year}"
    later = pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))
    return _day_cell(_main_style(src), later, src.language)


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the extraction date of the note row, nine days after the last case."""
    return _day_cell(_main_style(src), last + pd.Timedelta(days=9), src.language)


def _count_text(src: Desk, n: int) -> str:
    if n >= 1000 and src.thousands:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return str(n)


def _count(src: Desk, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons or suspects; return (cell, tag or None)."""
    if src.format == "jsonl":
        return n, None
    if src.format == "xlsx":
        if 1 <= n <= len(_EN_NUMBERS) and rng.random() < 0.05:
            return _EN_NUMBERS[n - 1], "count_word"
        return n, None
    text = _count_text(src, n)
    return text, ("thousands" if text != str(n) else None)


def _dms(value: float, pos: str, neg: str) -> str:
    tenths = round(abs(value) * 36000)  # tenths of an arc second
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{pos if value >= 0 else neg}"


def _ddm(value: float, pos: str, neg: str) -> str:
    thousandths = round(abs(value) * 60000)  # thousandths of a minute
    deg, rest = divmod(thousandths, 60000)
    return f"{pos if value >= 0 else neg}{deg} {rest / 1000:06.3f}"


def _coords(src: Desk, lat: float, lon: float) -> dict[str, object]:
    if src.coords == "pair":
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}
    if src.coords == "comma":
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    if src.coords == "dms":
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
    if src.coords == "ddm":
        return {"coordinates": f"{_ddm(lat, 'N', 'S')} {_ddm(lon, 'E', 'W')}"}
    return {"lat": round(lat, 5), "lon": round(lon, 5)}


def _case(text: str, rng: _Rng) -> str:
    k = int(rng.integers(3))
    return text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "


# --------------------------------------------------------------------------------------
# One event as a desk writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags).

    The expected values are what a careful analyst reads from the cells: a blank or an
    "unknown" word gives nothing (``unknown`` in vocabulary columns), a month or a
    quarter gives its first day, every readable spelling gives the true value.
    """
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    style = _draw(rng, src.dates)
    if not partial_ok and style in (*_MONTH_STYLES, *_QUARTER_STYLES):
        style = _main_style(src)
    cells["event_date"], exp["date_precision"], exp["event_date"] = _date_cell(
        style, ts, src.language
    )
    if exp["date_precision"] != "day":
        tags.append("partial_date")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: nothing to say, or "n/a"
        exp["exploitation"] = None
        cells["exploitation"] = choice(rng, src.not_applicable) if rng.random() < 0.3 else None
    elif rng.random() < 0.03:
        exp["exploitation"] = "unknown"
        cells["exploitation"] = choice(rng, src.unknown)
        tags.append("unknown:exploitation")
    else:
        exp["exploitation"] = str(expl)
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:  # the desk did not know how many
        cells["n_persons"], exp["n_persons"] = choice(rng, src.unknown), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count(src, n, rng)
        exp["n_persons"] = n
        if tag:
            tags.append(f"{tag}:n_persons" if tag == "thousands" else tag)

    k = ev["n_suspects"]
    r = rng.random()
    if forced_blank == "n_suspects" or k is None or r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.06:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.unknown), None
        tags.append("suspects_placeholder")
    elif int(k) == 0 and rng.random() < 0.5:  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], _ = _count(src, int(k), rng)  # type: ignore[call-overload]
        exp["n_suspects"] = int(k)  # type: ignore[call-overload]

    r = rng.random()
    if forced_blank == "gender" or r < 0.03:
        cells["gender"] = (
            None if forced_blank == "gender" or r < 0.015 else choice(rng, src.unknown)
        )
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", str(ev["gender"]), rng)
        exp["gender"] = str(ev["gender"])

    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.unknown), "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _word(src, col, str(ev[col]), rng)
            exp[col] = str(ev[col])

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        blank = forced_blank == col or (col == "nationality" and rng.random() < 0.03)
        if iso is None or blank:
            word = rng.random() < 0.5 and col == "nationality" and forced_blank != col
            cells[col] = choice(rng, src.unknown) if word else None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        cells[col], tag = _country(src, str(iso), col, rng)
        exp[col] = str(iso)
        if tag:
            tags.append(tag)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        cells["transit_countries"], tag = _transit(src, str(transit), rng)
        exp["transit_countries"] = str(transit)
        if tag:
            tags.append(tag)

    lat, lon = ev["lat"], ev["lon"]
    if forced_blank == "coordinates" or lat is None or lon is None:
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.06:  # the case came without a place
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells.update(_coords(src, float(lat), float(lon)))  # type: ignore[arg-type]
        exp["lat"], exp["lon"] = float(lat), float(lon)  # type: ignore[arg-type]

    offences = ev["linked_offences"]
    exp["linked_offences"] = None if offences is None else str(offences)
    if offences is not None:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)

    if src.commodity:
        cells["commodity"] = choice(rng, src.commodity)

    text_cols = ("crime_type", "exploitation", "gender", "age_group", "transport_mode")
    for col in text_cols:
        value = cells.get(col)
        if isinstance(value, str) and len(value) > 1 and rng.random() < src.case_rate:
            cells[col] = _case(value, rng)
            tags.append(f"case:{col}")
    if src.mojibake_rate and rng.random() < src.mojibake_rate:  # pasted from a UTF-8 file
        countries = ("nationality", "origin_country", "destination_country", "detection_country")
        for col in (*text_cols, *countries, "transit_countries"):
            value = cells.get(col)
            garbled = mojibake(value) if isinstance(value, str) else None
            if garbled is not None:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
#: The examiner's variant: desks, routing, wording.
BLIND431: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": BCA.source,
        "FRA": SFC.source,
        "ESP": FEC.source,
        "USA": AMECAFE.source,
        "PAN": SCAP.source,
    },
    compilation=BCA.source,
    secondary={
        ("channel", "FRA"): BCA.source,
        ("channel", "GBR"): SFC.source,
        ("thb_vnm_gbr", "GBR"): SFC.source,
        ("wmed", "ESP"): SFC.source,
        ("thb_rou_esp", "ITA"): FEC.source,
        ("darien", "PAN"): AMECAFE.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=4310431,
    blank_share=0.3,
)


def make_blind431(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five coffee and spice sourcing desks send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``bca_ethical_trade_pq.xlsx`` (English), ``sfcafe_vigilance_pq.csv`` (French,
        cp1252, ``;``), ``fecafe_cumplimiento_pq.csv`` (Spanish, UTF-8 with BOM, ``;``),
        ``amecafe_trazabilidad_pq.jsonl`` (Spanish keys, UTF-8) and
        ``scap_cumplimiento_pq.csv`` (Spanish, UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind431(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bca_ethical_trade_pq.xlsx', 'sfcafe_vigilance_pq.csv', 'fecafe_cumplimiento_pq.csv',
     'amecafe_trazabilidad_pq.jsonl', 'scap_cumplimiento_pq.csv']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND431, truth, seed=seed)
