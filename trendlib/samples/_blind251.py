"""Examiner set ``blind251`` (files ``*_is.*``): domestic workers' protection desks.

Five agencies that never wrote for trendlib before, each in its own working language and
with the habits of its own tools:

``kalayaan_is.csv``
    Kalayaan (London), the charity of migrant domestic workers: an export of its case
    management system, English, UTF-8 with a BOM, ``,``; day-first dates
    (``17/05/2023``, ``17 May 2023``, ``May 2023``, ``Q2 2023``), nationalities as
    demonyms (``Vietnamese``), ``UK``, NRM wording (``Modern slavery``,
    ``Domestic servitude``), routes as ``China > Russia > Poland``, no coordinates.
``ccem_is.xlsx``
    Comité contre l'esclavage moderne (Paris): a workbook of its referrals, French;
    dates as Excel date cells, some typed as text or left as serial numbers, month and
    quarter (``mai 2023``, ``T2 2023``); French demonyms (``vietnamienne``), ``MNA``,
    ``H``/``F``, ``esclavage domestique``, ``aide à l'entrée irrégulière``.
``sedoac_is.csv``
    Servicio Doméstico Activo (SEDOAC, Madrid): a spreadsheet saved as CSV, Spanish,
    cp1252, ``;``, CRLF; ``17/05/2023``, ``17-may-2023``, ``17/05/23``, ``mayo 2023``,
    ``2º trimestre 2023``; mojibake from a UTF-8 web form pasted in (``RumanÃ­a``),
    ``H``/``M`` (hombre/mujer), ``1.234``, ``########`` where Excel's column was narrow.
``conlactraho_is.csv``
    CONLACTRAHO, the Latin American and Caribbean confederation of household workers:
    its affiliates' monitoring sheet saved by Excel as "Unicode text" (UTF-16, tab),
    Spanish; ``17/5/2023``, ``2023-05-17``, ``2023/05/17``, ``05/2023``,
    ``II trimestre 2023``; ``EE. UU.``, ``NNA``, ``coyotaje``, ``F``/``M``
    (femenino/masculino), coordinates with decimal commas.
``idwf_is.jsonl``
    International Domestic Workers Federation: the JSON export of its affiliates' KoBo
    form, English choice names (``trafficking_smuggling``, ``domestic_servitude``,
    ``dont_know``), ISO alpha-3 nationality and origin, ISO alpha-2 destination, UN M49
    numeric detection country, transit as a JSON array, offences space-separated,
    a KoBo geopoint (``lat lon altitude accuracy``). It compiles what its affiliates
    in Italy, Greece, Croatia and Poland report and the desks above do not.

Every cell's expected value is what a careful analyst reads from it; cells that cannot be
read are planted as bad rows, "not known" words as blanks or ``unknown``, and the truth
says so (messiness tags).
"""

from __future__ import annotations

import unicodedata
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["EXAMINER", "SOURCES", "Source251", "make_blind251"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]

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
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Date styles giving only a month or a quarter.
_MONTH_STYLES = ("month_en", "month_fr", "month_es", "month_num", "month_iso")
_QUARTER_STYLES = ("q_en", "q_fr", "q_es", "q_roman", "q_iso")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

# Demonyms: English, French (masculine, feminine), Spanish (masculine, feminine).
_DEMONYMS: dict[str, tuple[str, tuple[str, str], tuple[str, str]]] = {
    "AFG": ("Afghan", ("afghan", "afghane"), ("afgano", "afgana")),
    "ALB": ("Albanian", ("albanais", "albanaise"), ("albanés", "albanesa")),
    "BGD": ("Bangladeshi", ("bangladais", "bangladaise"), ("bangladesí", "bangladesí")),
    "CHN": ("Chinese", ("chinois", "chinoise"), ("chino", "china")),
    "CIV": ("Ivorian", ("ivoirien", "ivoirienne"), ("marfileño", "marfileña")),
    "CMR": ("Cameroonian", ("camerounais", "camerounaise"), ("camerunés", "camerunesa")),
    "COL": ("Colombian", ("colombien", "colombienne"), ("colombiano", "colombiana")),
    "DZA": ("Algerian", ("algérien", "algérienne"), ("argelino", "argelina")),
    "ECU": ("Ecuadorian", ("équatorien", "équatorienne"), ("ecuatoriano", "ecuatoriana")),
    "EGY": ("Egyptian", ("égyptien", "égyptienne"), ("egipcio", "egipcia")),
    "ERI": ("Eritrean", ("érythréen", "érythréenne"), ("eritreo", "eritrea")),
    "GIN": ("Guinean", ("guinéen", "guinéenne"), ("guineano", "guineana")),
    "GMB": ("Gambian", ("gambien", "gambienne"), ("gambiano", "gambiana")),
    "GTM": ("Guatemalan", ("guatémaltèque", "guatémaltèque"), ("guatemalteco", "guatemalteca")),
    "HND": ("Honduran", ("hondurien", "hondurienne"), ("hondureño", "hondureña")),
    "HTI": ("Haitian", ("haïtien", "haïtienne"), ("haitiano", "haitiana")),
    "IRN": ("Iranian", ("iranien", "iranienne"), ("iraní", "iraní")),
    "IRQ": ("Iraqi", ("irakien", "irakienne"), ("iraquí", "iraquí")),
    "MAR": ("Moroccan", ("marocain", "marocaine"), ("marroquí", "marroquí")),
    "MEX": ("Mexican", ("mexicain", "mexicaine"), ("mexicano", "mexicana")),
    "MLI": ("Malian", ("malien", "malienne"), ("maliense", "maliense")),
    "NGA": ("Nigerian", ("nigérian", "nigériane"), ("nigeriano", "nigeriana")),
    "PAK": ("Pakistani", ("pakistanais", "pakistanaise"), ("pakistaní", "pakistaní")),
    "ROU": ("Romanian", ("roumain", "roumaine"), ("rumano", "rumana")),
    "SEN": ("Senegalese", ("sénégalais", "sénégalaise"), ("senegalés", "senegalesa")),
    "SYR": ("Syrian", ("syrien", "syrienne"), ("sirio", "siria")),
    "TUN": ("Tunisian", ("tunisien", "tunisienne"), ("tunecino", "tunecina")),
    "TUR": ("Turkish", ("turc", "turque"), ("turco", "turca")),
    "VEN": ("Venezuelan", ("vénézuélien", "vénézuélienne"), ("venezolano", "venezolana")),
    "VNM": ("Vietnamese", ("vietnamien", "vietnamienne"), ("vietnamita", "vietnamita")),
    "YEM": ("Yemeni", ("yéménite", "yéménite"), ("yemení", "yemení")),
}

# Other names each language's clerks use for a country (beside the table's name).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "U.K."),
        "USA": ("USA", "US"),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "SYR": ("Syrian Arab Republic",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "UK"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "CIV": ("RCI",),
        "RUS": ("Fédération de Russie",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "EE.UU."),
        "GBR": ("Gran Bretaña",),
        "MKD": ("Macedonia",),
        "VNM": ("Viet Nam",),
        "BIH": ("Bosnia",),
        "RUS": ("Federación de Rusia",),
    },
}


@dataclass(frozen=True)
class Source251(ExaminerSource):
    """One agency of the set: the shared fields plus its own ways of writing.

    Attributes
    ----------
    date_styles : mapping
        Date style -> weight (see :func:`_date_cell`); month and quarter styles are
        used only where a partial date is allowed.
    country_styles : mapping
        Country column (or ``"*"`` for the others) -> style -> weight; styles are
        ``name``, ``alias``, ``demonym``, ``noaccent``, ``typo``, ``upper``, ``mojibake``,
        ``iso2``, ``iso3`` and ``m49``.
    vocab : mapping
        Column -> canonical word -> the agency's words for it.
    unknown : tuple of str
        Words the agency writes when a value is not known.
    na_exploitation : tuple of str
        Words in the exploitation column of a pure smuggling case (None: blank).
    direct : tuple of str
        Words in the transit column when the journey was direct (None: blank).
    transit_sep : str
        Separator of transit countries (``"json"``: a JSON array of codes).
    offence_sep : str
        Separator of linked offences (``"y"``: a Spanish list ``a, b y c``).
    count_unknown : tuple of str
        Count cells saying the number is not known (empty: a null cell).
    zero_words : tuple of str
        Words for "no suspect" (empty: the number 0).
    thousands : str
        Thousands separator of large counts (empty: none).
    coords : str
        ``"none"`` (no coordinates), ``"comma_cols"`` (two columns, decimal comma) or
        ``"kobo"`` (one geopoint cell, ``lat lon altitude accuracy``).
    rates : mapping
        Rates of the agency's habits: ``unknown``, ``case``, ``partial``, ``zero``,
        ``count_unknown``, ``suspects_unknown``, ``no_coords``, ``coords_word``.
    """

    date_styles: Mapping[str, float]
    country_styles: Mapping[str, Mapping[str, float]]
    vocab: Mapping[str, _Words]
    unknown: tuple[str, ...]
    na_exploitation: tuple[str | None, ...]
    direct: tuple[str | None, ...]
    transit_sep: str
    offence_sep: str
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    thousands: str
    coords: str
    rates: Mapping[str, float]


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_KALAYAAN = Source251(
    source="kalayaan",
    filename="kalayaan_is.csv",
    ref="KAL/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date identified",
        "crime_type": "Case type",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of people",
        "n_suspects": "Alleged perpetrators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries transited)",
        "destination_country": "Intended destination",
        "detection_country": "Country identified in",
        "transport_mode": "Mode of travel",
        "linked_offences": "Other offences",
    },
    note="Extract from case management system - figures provisional, not for publication",
    total="TOTAL",
    bad_count=("#VALUE!", "see case notes"),
    repeats=True,
    date_styles={"dmy": 0.6, "long_en": 0.25, "month_en": 0.08, "q_en": 0.07},
    country_styles={
        "nationality": {"demonym": 0.55, "name": 0.3, "alias": 0.06, "typo": 0.05, "upper": 0.04},
        "detection_country": {"alias": 0.55, "name": 0.45},
        "*": {"name": 0.8, "alias": 0.1, "typo": 0.05, "upper": 0.05},
    },
    vocab={
        "crime_type": {
            "trafficking": ("Modern slavery", "Trafficking", "THB - NRM referral"),
            "smuggling": ("Smuggling", "Facilitated illegal entry"),
            "both": ("Trafficking & smuggling", "Smuggled then trafficked"),
        },
        "exploitation": {
            "forced_labour": ("Domestic servitude", "Labour exploitation", "Forced labour"),
            "sexual": ("Sexual exploitation",),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Under 18", "Minor", "Child"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat", "Sea"),
            "land": ("Lorry", "Car", "Coach", "Land"),
            "air": ("Flight", "Air", "Plane"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Cannabis cultivation", "Drugs"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not recorded", "Unknown", "N/K"),
    na_exploitation=("N/A", None, None),
    direct=("Direct", None),
    transit_sep=" > ",
    offence_sep="; ",
    count_unknown=("Not known", "N/K"),
    zero_words=("None", "nil"),
    thousands=",",
    coords="none",
    rates={
        "unknown": 0.03,
        "case": 0.04,
        "partial": 1.0,
        "zero": 0.35,
        "count_unknown": 0.012,
        "suspects_unknown": 0.05,
    },
)

_CCEM = Source251(
    source="ccem",
    filename="ccem_is.xlsx",
    ref="CCEM-{year}-{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date de repérage",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de repérage",
        "transport_mode": "Moyen de transport",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction du tableau de suivi – données provisoires, diffusion restreinte",
    total="Total général",
    bad_count=("#REF!", "plusieurs"),
    repeats=False,
    date_styles={"xl_date": 0.66, "dmy": 0.14, "xl_serial": 0.08, "month_fr": 0.06, "q_fr": 0.06},
    country_styles={
        "nationality": {
            "demonym": 0.62,
            "name": 0.26,
            "noaccent": 0.06,
            "typo": 0.03,
            "upper": 0.03,
        },
        "*": {"name": 0.78, "noaccent": 0.08, "alias": 0.06, "typo": 0.04, "upper": 0.04},
    },
    vocab={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": ("aide à l'entrée irrégulière", "trafic de migrants"),
            "both": ("TEH et trafic de migrants", "traite + aide à l'entrée irrégulière"),
        },
        "exploitation": {
            "forced_labour": (
                "esclavage domestique",
                "servitude domestique",
                "travail forcé",
                "exploitation par le travail",
            ),
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femme", "femmes"),
            "male": ("H", "homme", "hommes"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineur", "mineurs", "MNA"),
            "adult": ("majeur", "majeurs", "adulte"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau"),
            "land": ("camion", "poids lourd", "voiture", "route"),
            "air": ("avion", "voie aérienne"),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire", "faux papiers"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("NC", "non renseigné", "inconnu"),
    na_exploitation=("sans objet", None, None),
    direct=("direct", "aucun", None),
    transit_sep=" - ",
    offence_sep=", ",
    count_unknown=("NC",),
    zero_words=("aucun", "néant"),
    thousands="",
    coords="none",
    rates={
        "unknown": 0.03,
        "case": 0.03,
        "partial": 1.0,
        "zero": 0.4,
        "count_unknown": 0.012,
        "suspects_unknown": 0.05,
    },
)

_SEDOAC = Source251(
    source="sedoac",
    filename="sedoac_is.csv",
    ref="SDA-{seq:04d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales a fecha de extracción",
    total="TOTAL",
    bad_count=("#¡VALOR!", "varios"),
    repeats=True,
    date_styles={"dmy": 0.55, "abbr_es": 0.2, "dmy2": 0.1, "month_es": 0.08, "q_es": 0.07},
    country_styles={
        "nationality": {
            "demonym": 0.55,
            "name": 0.26,
            "mojibake": 0.08,
            "noaccent": 0.06,
            "typo": 0.05,
        },
        "*": {"name": 0.72, "mojibake": 0.08, "noaccent": 0.08, "alias": 0.06, "typo": 0.06},
    },
    vocab={
        "crime_type": {
            "trafficking": ("trata de seres humanos", "trata", "TSH"),
            "smuggling": (
                "tráfico ilícito de migrantes",
                "favorecimiento de la inmigración irregular",
            ),
            "both": ("trata y tráfico", "trata + tráfico de migrantes"),
        },
        "exploitation": {
            "forced_labour": ("servidumbre doméstica", "explotación laboral", "trabajo forzoso"),
            "sexual": ("explotación sexual",),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("mujer", "mujeres", "M"),
            "male": ("hombre", "hombres", "H"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "child": ("menor", "menores", "menor de edad"),
            "adult": ("mayor de edad", "adulto", "adultos"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "embarcación", "neumática"),
            "land": ("terrestre", "salto de valla", "vehículo", "autobús"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales", "blanqueo"),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("desconocido", "s/d", "no consta"),
    na_exploitation=("no aplica", None, None),
    direct=("directo", "ninguno", None),
    transit_sep=" / ",
    offence_sep="y",
    count_unknown=("s/d", "desconocido"),
    zero_words=("ninguno",),
    thousands=".",
    coords="none",
    rates={
        "unknown": 0.03,
        "case": 0.05,
        "partial": 1.0,
        "zero": 0.35,
        "count_unknown": 0.012,
        "suspects_unknown": 0.05,
        "mojibake_words": 0.06,
    },
)

_CONLACTRAHO = Source251(
    source="conlactraho",
    filename="conlactraho_is.csv",
    ref="CLT-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Código",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Fuente: registros de las organizaciones afiliadas. Datos preliminares.",
    total="Total",
    bad_count=("#¡VALOR!", "varias personas"),
    repeats=False,
    date_styles={
        "dmy_nopad": 0.5,
        "iso": 0.3,
        "ymd_slash": 0.1,
        "month_num": 0.05,
        "q_roman": 0.05,
    },
    country_styles={
        "nationality": {
            "demonym": 0.45,
            "name": 0.4,
            "noaccent": 0.08,
            "upper": 0.04,
            "typo": 0.03,
        },
        "*": {"name": 0.68, "alias": 0.14, "noaccent": 0.1, "upper": 0.04, "typo": 0.04},
    },
    vocab={
        "crime_type": {
            "trafficking": ("trata de personas", "trata"),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes", "coyotaje"),
            "both": ("trata y tráfico",),
        },
        "exploitation": {
            "forced_labour": ("trabajo forzoso", "explotación laboral", "servidumbre doméstica"),
            "sexual": ("explotación sexual", "explotación sexual comercial"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado", "unión forzada"),
            "other": ("otra",),
        },
        "gender": {
            "female": ("femenino", "mujeres", "F"),
            "male": ("masculino", "hombres", "M"),
            "mixed": ("mixto", "ambos sexos"),
        },
        "age_group": {
            "child": ("NNA", "menor de edad"),
            "adult": ("adulto", "mayor de edad", "adultos"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "lancha"),
            "land": ("terrestre", "a pie", "autobús"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción", "soborno"),
            "money_laundering": ("lavado de dinero", "lavado de activos"),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("s/d", "sin dato", "N/D"),
    na_exploitation=("no aplica", None),
    direct=("ninguno", None),
    transit_sep=", ",
    offence_sep="; ",
    count_unknown=("s/d", "sin dato"),
    zero_words=("ninguno",),
    thousands=".",
    coords="comma_cols",
    rates={
        "unknown": 0.03,
        "case": 0.04,
        "partial": 1.0,
        "zero": 0.3,
        "count_unknown": 0.012,
        "suspects_unknown": 0.05,
        "no_coords": 0.06,
        "coords_word": 0.02,
    },
)

_IDWF = Source251(
    source="idwf",
    filename="idwf_is.jsonl",
    ref="IDWF-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_code",
        "event_date": "incident_date",
        "crime_type": "case_type",
        "exploitation": "exploitation_type",
        "n_persons": "persons_affected",
        "n_suspects": "perpetrators",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "nationality_iso3",
        "origin_country": "origin_iso3",
        "transit_countries": "transit_iso3",
        "destination_country": "destination_iso2",
        "detection_country": "country_m49",
        "transport_mode": "transport",
        "coordinates": "gps",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many"),
    repeats=False,
    date_styles={"iso": 0.85, "month_iso": 0.08, "q_iso": 0.07},
    country_styles={
        "destination_country": {"iso2": 1.0},
        "detection_country": {"m49": 1.0},
        "*": {"iso3": 1.0},
    },
    vocab={
        "crime_type": {
            "trafficking": ("trafficking",),
            "smuggling": ("smuggling",),
            "both": ("trafficking_smuggling",),
        },
        "exploitation": {
            "forced_labour": ("domestic_servitude", "forced_labour"),
            "sexual": ("sexual",),
            "forced_criminality": ("forced_criminality",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("boat",), "land": ("road", "foot"), "air": ("air",)},
        "linked_offences": {
            k: (k,)
            for k in (
                "document_fraud",
                "corruption",
                "money_laundering",
                "illicit_goods",
                "cybercrime",
                "terrorism",
            )
        },
    },
    unknown=("dont_know", "unknown"),
    na_exploitation=(None,),
    direct=(None,),
    transit_sep="json",
    offence_sep=" ",
    count_unknown=(),
    zero_words=(),
    thousands="",
    coords="kobo",
    rates={
        "unknown": 0.03,
        "case": 0.0,
        "partial": 1.0,
        "zero": 0.0,
        "count_unknown": 0.01,
        "suspects_unknown": 0.04,
        "no_coords": 0.08,
    },
)

#: The five agencies, in the order of the submissions.
SOURCES: tuple[Source251, ...] = (_KALAYAAN, _CCEM, _SEDOAC, _CONLACTRAHO, _IDWF)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _typo(text: str, rng: _Rng) -> str | None:
    """Make a small keyboard slip in a name of 7+ letters, or return None.

    A letter dropped or doubled, or two neighbours swapped; None if the name is too short.
    """
    if len(text) < 7 or not text.isalpha():
        return None
    i = int(rng.integers(2, len(text) - 2))
    kind = int(rng.integers(3))
    if kind == 0:
        out = text[:i] + text[i + 1 :]
    elif kind == 1:
        out = text[:i] + text[i] + text[i:]
    else:
        out = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return out if out != text else None


def _date_cell(src: Source251, ts: pd.Timestamp, style: str) -> tuple[object, str]:
    """Write ``ts`` in ``style``; return the cell and its precision."""
    m = ts.month - 1
    q = (ts.month - 1) // 3 + 1
    forms: dict[str, object] = {
        "dmy": ts.strftime("%d/%m/%Y"),
        "dmy2": ts.strftime("%d/%m/%y"),
        "dmy_nopad": f"{ts.day}/{ts.month}/{ts.year}",
        "iso": ts.strftime("%Y-%m-%d"),
        "ymd_slash": ts.strftime("%Y/%m/%d"),
        "long_en": f"{ts.day} {_MONTHS['en'][m]} {ts.year}",
        "abbr_es": f"{ts.day:02d}-{_MONTHS['es'][m][:3]}-{ts.year}",
        "xl_date": ts.to_pydatetime(),
        "xl_serial": int((ts.normalize() - _EXCEL_EPOCH).days),
        "month_en": f"{_MONTHS['en'][m]} {ts.year}",
        "month_fr": f"{_MONTHS['fr'][m]} {ts.year}",
        "month_es": f"{_MONTHS['es'][m]} {ts.year}",
        "month_num": f"{ts.month:02d}/{ts.year}",
        "month_iso": ts.strftime("%Y-%m"),
        "q_en": f"Q{q} {ts.year}",
        "q_fr": f"T{q} {ts.year}",
        "q_es": f"{q}º trimestre {ts.year}",
        "q_roman": f"{_ROMAN[q - 1]} trimestre {ts.year}",
        "q_iso": f"{ts.year}-Q{q}",
    }
    if style in _MONTH_STYLES:
        return forms[style], "month"
    if style in _QUARTER_STYLES:
        return forms[style], "quarter"
    return forms[style], "day"


def _country(
    src: Source251, iso: str, col: str, rng: _Rng, *, feminine: bool = False
) -> tuple[object, str | None]:
    """Write one country as the agency does; return the cell and a tag (None: plain)."""
    styles = src.country_styles.get(col, src.country_styles["*"])
    style = _weighted(rng, styles)
    lang = src.language
    name = str(COUNTRIES[iso][_LANG_COL[lang]])
    if lang == "en" and iso == "TUR":
        name = "Turkey" if rng.random() < 0.5 else name
    alpha2, numeric = iso_codes(iso)
    text: str | None
    if style == "iso3":
        text = iso
    elif style == "iso2":
        text = alpha2
    elif style == "m49":
        text = numeric
    elif style == "alias":
        aliases = _ALIASES[lang].get(iso)
        text = choice(rng, aliases) if aliases else None
    elif style == "demonym":
        dem = _DEMONYMS.get(iso)
        if dem is None:
            text = None
        elif lang == "en":
            text = dem[0]
        else:
            pair = dem[1] if lang == "fr" else dem[2]
            text = pair[1] if feminine else pair[0]
    elif style == "noaccent":
        text = _strip_accents(name)
    elif style == "typo":
        text = _typo(name, rng)
    elif style == "upper":
        text = name.upper()
    elif style == "mojibake":
        text = mojibake(name)
    else:
        text = name
    if text is None or text == name or not fits(text, src):
        return name, None
    return text, style


def _word(src: Source251, col: str, value: str, rng: _Rng) -> str:
    """Return the agency's word for a canonical value (its usual word most often)."""
    words = src.vocab[col][value]
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


def _noise(src: Source251, text: str, rng: _Rng) -> tuple[str, bool]:
    """Change the case or spacing of a cell at the agency's rate (the meaning stays)."""
    if rng.random() >= src.rates.get("case", 0.0):
        return text, False
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]
    return out, out != text


def _count(src: Source251, n: int, rng: _Rng) -> tuple[object, bool]:
    """Write a count: a number in XLSX and JSON, text in CSV (thousands separated)."""
    if src.format != "csv":
        return n, False
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", True
    return str(n), False


def _join_offences(src: Source251, words: list[str]) -> str:
    if src.offence_sep == "y":  # a Spanish list: "a, b y c"
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " y " + words[-1]
    return src.offence_sep.join(words)


# --------------------------------------------------------------------------------------
# One event as one agency writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Source251,
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
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    unknown_rate = src.rates.get("unknown", 0.0)

    # Date: a month or a quarter only where the event is not reported twice.
    styles = {
        k: w
        for k, w in src.date_styles.items()
        if partial_ok or (k not in _MONTH_STYLES and k not in _QUARTER_STYLES)
    }
    style = _weighted(rng, styles)
    cells["event_date"], precision = _date_cell(src, ts, style)
    if precision == "month":
        exp["event_date"] = ts.to_period("M").start_time
    elif precision == "quarter":
        exp["event_date"] = ts.to_period("Q").start_time
    else:
        exp["event_date"] = ts.normalize()
    exp["date_precision"] = precision
    if precision != "day":
        tags.append("partial_date")
    if style in ("xl_serial", "dmy2", "dmy_nopad", "abbr_es", "long_en", "ymd_slash"):
        tags.append(f"date_style:{style}")

    # Crime type (always classified) and form of exploitation.
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None or crime == "smuggling":
        na_cell = src.na_exploitation[int(rng.integers(len(src.na_exploitation)))]
        cells["exploitation"] = na_cell
        exp["exploitation"] = None
        if cells["exploitation"] is not None:
            tags.append("not_applicable:exploitation")
    elif rng.random() < unknown_rate:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    # Persons: a number, or a word saying it is not known.
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if partial_ok and rng.random() < src.rates.get("count_unknown", 0.0):
        cells["n_persons"] = choice(rng, src.count_unknown) if src.count_unknown else None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], big = _count(src, n, rng)
        exp["n_persons"] = n
        if big:
            tags.append("thousands:n_persons")

    # Suspects: a number, a word for none, or a word saying not known.
    ns = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif ns is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < src.rates.get("suspects_unknown", 0.0):
        if src.count_unknown:
            cells["n_suspects"] = choice(rng, src.count_unknown)
            tags.append("suspects_placeholder")
        else:
            cells["n_suspects"] = None
            tags.append("blank_n_suspects")
        exp["n_suspects"] = None
    elif ns == 0 and src.zero_words and rng.random() < src.rates.get("zero", 0.0):
        cells["n_suspects"] = choice(rng, src.zero_words)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, ns, rng)[0]
        exp["n_suspects"] = ns

    # Sex, age group, mode of travel.
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < unknown_rate:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender
        if len(str(cells["gender"])) <= 3:
            tags.append("gender_letter")
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < unknown_rate:
            cells[col], exp[col] = choice(rng, src.unknown), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = _word(src, col, value, rng), value

    # Countries.
    feminine = gender == "female"
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        blank = forced_blank == col
        lost = blank or (col != "detection_country" and rng.random() < unknown_rate)
        if iso is None or lost:
            if blank or iso is None or col == "detection_country":
                cells[col] = None
            else:
                cells[col] = choice(rng, src.unknown) if rng.random() < 0.6 else None
            exp[col] = None
            if col in ("nationality", "detection_country"):
                tags.append(f"blank_{col}")
            else:
                tags.append(f"unknown:{col}")
            continue
        text, tag = _country(src, str(iso), col, rng, feminine=feminine)
        cells[col], exp[col] = text, str(iso)
        if tag is not None:
            tags.append(f"{tag}:{col}")

    # Transit countries, in order.
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = src.direct[int(rng.integers(len(src.direct)))]
        exp["transit_countries"] = None
        if cells["transit_countries"] is not None:
            tags.append("direct_word")
    elif rng.random() < unknown_rate and src.transit_sep != "json":
        cells["transit_countries"] = choice(rng, src.unknown)
        exp["transit_countries"] = None
        tags.append("unknown:transit_countries")
    else:
        codes = str(transit).split("|")
        if src.transit_sep == "json":
            cells["transit_countries"] = list(codes)
            tags.append("json_array:transit_countries")
        else:
            parts = []
            for code in codes:
                text, tag = _country(src, code, "transit_countries", rng)
                parts.append(str(text))
                if tag is not None:
                    tags.append(f"{tag}:transit_countries")
            cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    # Linked offences, in the agency's words.
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = _join_offences(src, words)
        exp["linked_offences"] = str(offences)

    # Case and spacing slips in the text cells.
    for col in (
        "crime_type",
        "exploitation",
        "gender",
        "age_group",
        "transport_mode",
        "nationality",
        "origin_country",
        "destination_country",
        "detection_country",
    ):
        cell = cells.get(col)
        if isinstance(cell, str) and src.format != "jsonl":
            cells[col], changed = _noise(src, cell, rng)
            if changed:
                tags.append(f"case:{col}")
    if src.source == "sedoac":  # words pasted from a UTF-8 web form, read as cp1252
        for col in ("crime_type", "exploitation", "transport_mode"):
            cell = cells.get(col)
            if isinstance(cell, str) and rng.random() < src.rates.get("mojibake_words", 0.0):
                garbled = mojibake(cell)
                if garbled is not None and fits(garbled, src):
                    cells[col] = garbled
                    tags.append(f"mojibake:{col}")

    # Where: the agency's coordinates, if it records any.
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"] = exp["lon"] = None
    if src.coords == "none":
        tags.append("coords_missing")
    elif forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif rng.random() < src.rates.get("no_coords", 0.0):
        tags.append("coords_missing")
    elif src.coords == "comma_cols":
        if rng.random() < src.rates.get("coords_word", 0.0):
            cells["lat"] = cells["lon"] = choice(rng, src.unknown)
            tags.append("coords_placeholder")
        else:
            la, lo = round(lat, 4), round(lon, 4)
            cells["lat"] = f"{la:.4f}".replace(".", ",")
            cells["lon"] = f"{lo:.4f}".replace(".", ",")
            exp["lat"], exp["lon"] = la, lo
            tags.append("decimal_comma")
    else:  # a KoBo geopoint: latitude, longitude, altitude, accuracy
        alt = round(float(rng.uniform(0, 40)), 1)
        acc = round(float(rng.uniform(3, 25)), 1)
        cells["coordinates"] = f"{lat:.5f} {lon:.5f} {alt} {acc}"
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        tags.append("geopoint")
    if forced_blank == "coordinates" and "blank_coordinates" not in tags:
        tags.append("blank_coordinates")
    return cells, exp, tags


def _bad_date(src: Source251, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slip of the year: ten years ahead
        later = ts.replace(year=ts.year + 10)
        style = next(iter(src.date_styles))
        return _date_cell(src, later, style)[0]
    # an impossible date in the agency's own style, or what its spreadsheet showed
    y = ts.year
    options = {
        "kalayaan": (f"31/02/{y}", f"30/02/{y}", f"31/06/{y}"),
        "ccem": (f"31/09/{y}", f"30/02/{y}", f"00/{ts.month:02d}/{y}"),
        "sedoac": ("########", f"29/02/{y}", f"31/11/{y}"),
        "conlactraho": (f"31/6/{y}", f"30/2/{y}", "#¡VALOR!"),
        "idwf": (f"{y}-02-30", f"{y}-13-{ts.day:02d}", f"{y}-04-31"),
    }[src.source]
    return choice(rng, options)


def _note_date(src: Source251, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row: the day of its last case."""
    style = next(iter(src.date_styles))
    return _date_cell(src, last, style)[0]


#: The set: primary desks by detection country, the federation compiling the rest,
#: and the desks that report an event a second time.
EXAMINER: Examiner[Source251] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "kalayaan",
        "FRA": "ccem",
        "ESP": "sedoac",
        "PAN": "conlactraho",
        "USA": "conlactraho",
    },
    compilation="idwf",
    secondary={
        ("channel", "FRA"): "kalayaan",
        ("channel", "GBR"): "ccem",
        ("thb_vnm_gbr", "GBR"): "ccem",
        ("thb_nga_ita", "ITA"): "ccem",
        ("thb_rou_esp", "ITA"): "sedoac",
        ("thb_rou_esp", "ESP"): "idwf",
        ("watl", "ESP"): "idwf",
        ("wmed", "ESP"): "idwf",
        ("darien", "PAN"): "idwf",
        ("us_mex", "USA"): "idwf",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=251,
    blank_share=0.3,
)


def make_blind251(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five domestic workers' desks of set ``blind251``.

    Kalayaan (UK) reports the events detected in the United Kingdom, the CCEM those in
    France, SEDOAC those in Spain, CONLACTRAHO those in Panama and the United States, and
    the IDWF compiles the others (Italy, Greece, Croatia, Poland). About 4 % of the
    events are reported a second time by another desk (a day apart at most, sometimes
    leaving blank a field the first report gives); 1.5 % of the events become rows to
    quarantine; Kalayaan and SEDOAC re-send a few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``kalayaan_is.csv``, ``ccem_is.xlsx``, ``sedoac_is.csv``, ``conlactraho_is.csv``
        and ``idwf_is.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind251(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['kalayaan_is.csv', 'ccem_is.xlsx', 'sedoac_is.csv', 'conlactraho_is.csv',
     'idwf_is.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'utf-8', 'cp1252', 'utf-16', 'utf-8']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[0].frame.columns[:3].tolist()
    ['Case ID', 'Date identified', 'Case type']
    """
    return make_examined(EXAMINER, truth, seed=seed)
