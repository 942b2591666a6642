"""Examiner sample set ``blind420`` (files ``*_pf.*``): wedding and event-catering desks.

Five safeguarding and compliance desks of the wedding, banqueting and event-catering
trade, none used before in this project, send what their members and their open-source
watch saw of trafficking (forced marriage, exploited kitchen and waiting staff, sexual
exploitation) and of migrant smuggling. Each writes the way such a desk does:

``traiteurs_de_france_pf.csv``
    Traiteurs de France, cellule conformité et vigilance sociale (French caterers'
    association): French, cp1252, ``;``, CRLF, day-first dates (``1er mai 2023``, hours
    on some rows, ``mai 2023`` and ``T2 2023`` when the member gave no day), decimal
    commas in two coordinate columns, numbers above a thousand with a non-breaking
    space, nationalities as adjectives (``afghane``), and mojibake on the rows a member
    pasted from a UTF-8 web form. Reports the detections in France, and again some
    Channel, Nigeria–Italy, Western Mediterranean and Viet Nam–UK cases.
``shiva_foundation_pf.xlsx``
    Shiva Foundation (UK, modern slavery in hospitality; its hotel and venue network
    digest): English, real Excel dates with some typed ones (``17 May 2023``,
    ``May 2023``, ``Q2 2023``), UK words (``Organised immigration crime``, ``HGV``),
    demonyms (``Albanian``), ISO alpha-3 codes copied from partners' data, one
    ``lat, long`` cell. Reports the UK's detections and compiles every event no other
    desk reports (Italy, Greece, Croatia, Poland).
``hosteleria_espana_cumplimiento_pf.csv``
    Hostelería de España, comité de cumplimiento (salones de bodas and catering):
    Spanish, UTF-16 with BOM, tab-separated (Excel's "Texto Unicode"), day-first dates,
    ``1.250`` thousands, ``Art. 318 bis CP``, ``MENA``, ``patera``/``cayuco``,
    coordinates with decimal commas or in degrees, minutes and seconds. Reports Spain.
``canirac_salones_pf.csv``
    CANIRAC delegación Sonora, salones de eventos y banquetes (Mexico): Spanish of
    Mexico, UTF-8, ``,``, ``17/may/2023`` and Excel serials from a sheet saved as
    CSV, ``EUA``/``EE.UU.``, ``NNA``, ``1,250`` thousands, ``Tráfico de indocumentados``,
    longitudes with ``O`` (oeste). Reports the US border detections, and again some
    Darién ones.
``camtur_bodas_pf.jsonl``
    Cámara de Turismo de Panamá, comité de bodas y eventos: a web form's JSON lines,
    Spanish keys, ISO dates (some with the -05:00 offset, some ``2023-05``), counts as
    numbers, transit countries and linked offences as JSON arrays, ISO alpha-3 codes
    from a drop-down on some rows. Reports Panama; its sync job re-sends a few lines.

What a careful analyst cannot read is planted as such and the truth says so: a count
``NC``/``s/d``/``N/D`` keeps the record without a count (``count_placeholder``), an
unknown sex gives ``unknown`` (``blank_gender``), an unknown age or transport word gives
``unknown`` (``na_word``), an unknown nationality gives nothing (``blank_nationality``),
and ``sans objet``/``N/A``/``No procede`` in the exploitation column of a smuggling
case gives nothing.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
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
from trendlib.schema import EVENT_FIELDS

__all__ = ["EXAMINER", "SOURCES", "PfSource", "make_blind420"]

_Rng = np.random.Generator
_Pairs = tuple[tuple[str, float], ...]

_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_MOIS = (
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
_MESES = (
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
_MESES_MX = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_QUARTER_STYLES = ("quarter_fr", "quarter_en", "quarter_es")


@dataclass(frozen=True)
class PfSource(ExaminerSource):
    """One desk of the ``blind420`` set: the shared attributes plus its own wording.

    Attributes
    ----------
    countries : tuple of (str, float)
        Ways of writing a country (``name``, ``upper``, ``lower``, ``iso2``, ``iso3``,
        ``alias``, ``typo``, ``plain``, ``spaced``) and their weights.
    demonym_share : float
        Share of nationality cells written as a demonym or adjective.
    demonyms : mapping
        ISO alpha-3 -> the desk's demonyms of that nationality.
    aliases : mapping
        ISO alpha-3 -> the desk's other names of that country.
    words : mapping
        Column -> canonical word -> the desk's words for it (the first is the usual one).
    unknown : tuple of str
        Words for "not known" (sex, age, transport, nationality).
    count_place : tuple of str
        Count cells saying the count is not known.
    zero_words : tuple of str
        Words for "no suspect".
    count_words : tuple of str
        Small numbers written as words (index = number), empty if the desk never does.
    no_exploitation : tuple of str
        What the desk writes as the exploitation of a smuggling case ("" = blank).
    no_offence : tuple of str
        What the desk writes when no linked offence is known ("" = blank).
    dates : tuple of (str, float)
        Day-precision date styles and their weights.
    partial : tuple of (str, float)
        Month or quarter styles, used when the desk gave no day.
    partial_rate : float
        Share of first reports dated to the month or quarter only.
    no_date : tuple of str
        What stands in a missing date ("" = blank).
    bad_pattern : str
        Pattern of an impossible date, of ``d``, ``m`` and ``y``.
    coords : str
        How the desk writes a place: ``fr_cols``, ``en_pair``, ``es_pair``, ``mx_cols``
        or ``pa_pair``.
    coords_place : tuple of str
        Words standing in a place that was not recorded.
    transit_sep : str
        Separator of transit countries (unused when ``lists``).
    offence_sep : str
        Separator of linked offences (unused when ``lists``).
    thousands : str
        Thousands separator of counts of 1,000 and more ("" = none).
    lists : bool
        Whether transit countries and linked offences are JSON arrays.
    extra : tuple of str
        Values of the desk's own extra column (the kind of event or venue), if any.
    mojibake_rate : float, default=0.0
        Share of rows pasted from a UTF-8 form into a cp1252 sheet (all text garbled).
    """

    countries: _Pairs
    demonym_share: float
    demonyms: Mapping[str, tuple[str, ...]]
    aliases: Mapping[str, tuple[str, ...]]
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    count_place: tuple[str, ...]
    zero_words: tuple[str, ...]
    count_words: tuple[str, ...]
    no_exploitation: tuple[str, ...]
    no_offence: tuple[str, ...]
    dates: _Pairs
    partial: _Pairs
    partial_rate: float
    no_date: tuple[str, ...]
    bad_pattern: str
    coords: str
    coords_place: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    thousands: str
    lists: bool
    extra: tuple[str, ...]
    mojibake_rate: float = 0.0


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_OFFENCES_FR = {
    "document_fraud": ("faux documents", "fraude documentaire"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment",),
    "illicit_goods": ("stupéfiants",),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}

_TDF = PfSource(
    source="traiteurs_de_france",
    filename="traiteurs_de_france_pf.csv",
    ref="TDF-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date du constat",
        "x_extra": "Type de prestation",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction registre de vigilance – données provisoires, non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    countries=(
        ("name", 70),
        ("upper", 10),
        ("iso2", 4),
        ("alias", 4),
        ("typo", 2),
        ("spaced", 4),
    ),
    demonym_share=0.3,
    demonyms={
        "AFG": ("afghane", "afghan"),
        "ALB": ("albanaise", "albanais"),
        "DZA": ("algérienne", "algérien"),
        "ERI": ("érythréenne", "érythréen"),
        "GIN": ("guinéenne", "guinéen"),
        "IRN": ("iranienne", "iranien"),
        "IRQ": ("irakienne", "irakien"),
        "MAR": ("marocaine", "marocain"),
        "MLI": ("malienne", "malien"),
        "NGA": ("nigériane", "nigérian"),
        "SYR": ("syrienne", "syrien"),
        "VNM": ("vietnamienne", "vietnamien"),
    },
    aliases={
        "GBR": ("Grande-Bretagne", "GB"),
        "VNM": ("Vietnam",),
        "CIV": ("Côte d'Ivoire",),
    },
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "trafic de migrants",
                "filière d'immigration irrégulière",
            ),
            "both": ("traite + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": (
                "travail forcé",
                "exploitation par le travail",
                "conditions de travail indignes",
            ),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("femmes", "F", "féminin"),
            "male": ("hommes", "H", "masculin"),
            "mixed": ("mixte", "H/F", "hommes et femmes"),
        },
        "age_group": {
            "child": ("mineurs", "MNA", "mineur"),
            "adult": ("majeurs", "adultes", "majeur"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau pneumatique", "maritime"),
            "land": ("poids lourd", "PL", "voie routière", "camion"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": _OFFENCES_FR,
    },
    unknown=("NC", "inconnu", "non renseigné", "?"),
    count_place=("NC", "non communiqué", "inconnu"),
    zero_words=("aucun", "néant"),
    count_words=("zéro", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit"),
    no_exploitation=("", "", "sans objet"),
    no_offence=("", "", "", "néant"),
    dates=(("dmy", 78), ("dmy_time", 10), ("long_fr", 12)),
    partial=(("month_fr", 3), ("quarter_fr", 2)),
    partial_rate=0.06,
    no_date=("", "", "inconnue", "NC"),
    bad_pattern="{d:02d}/{m:02d}/{y}",
    coords="fr_cols",
    coords_place=("NC", "non relevé"),
    transit_sep=", ",
    offence_sep=", ",
    thousands="\u00a0",
    lists=False,
    extra=("mariage", "réception", "séminaire", "banquet", "cocktail"),
    mojibake_rate=0.06,
)

_SHIVA = PfSource(
    source="shiva_foundation",
    filename="shiva_foundation_pf.xlsx",
    ref="SF/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of incident",
        "crime_type": "Offence category",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of potential victims / migrants",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit route",
        "destination_country": "Intended destination",
        "detection_country": "Country where identified",
        "transport_mode": "Mode of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Associated offences",
        "x_extra": "Referred to",
    },
    note="Compiled from member venue reports and open sources – provisional, not for onward "
    "dissemination",
    total="Total",
    bad_count=("several", "dozens", "multiple"),
    repeats=True,
    countries=(
        ("name", 72),
        ("alias", 10),
        ("iso3", 10),
        ("upper", 3),
        ("typo", 2),
        ("spaced", 3),
    ),
    demonym_share=0.35,
    demonyms={
        "AFG": ("Afghan",),
        "ALB": ("Albanian",),
        "BGD": ("Bangladeshi",),
        "CHN": ("Chinese",),
        "CIV": ("Ivorian",),
        "CMR": ("Cameroonian",),
        "DZA": ("Algerian",),
        "EGY": ("Egyptian",),
        "ERI": ("Eritrean",),
        "GIN": ("Guinean",),
        "IRN": ("Iranian",),
        "IRQ": ("Iraqi",),
        "MAR": ("Moroccan",),
        "MEX": ("Mexican",),
        "GTM": ("Guatemalan",),
        "HND": ("Honduran",),
        "ECU": ("Ecuadorian",),
        "VEN": ("Venezuelan",),
        "NGA": ("Nigerian",),
        "PAK": ("Pakistani",),
        "ROU": ("Romanian",),
        "SYR": ("Syrian",),
        "TUN": ("Tunisian",),
        "TUR": ("Turkish",),
        "VNM": ("Vietnamese",),
        "YEM": ("Yemeni",),
    },
    aliases={
        "GBR": ("UK", "Great Britain"),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "USA": ("USA", "US"),
        "IRN": ("Iran (Islamic Republic of)",),
        "MKD": ("N. Macedonia",),
    },
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "THB"),
            "smuggling": ("Organised immigration crime", "People smuggling", "OIC"),
            "both": ("Trafficking and smuggling", "THB / OIC"),
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
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Child", "Minor", "U18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & children", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Sea", "Boat"),
            "land": ("HGV", "Lorry", "Land", "Vehicle"),
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
    },
    unknown=("Unknown", "n/k", "Not known"),
    count_place=("unknown", "n/k", "TBC"),
    zero_words=("None", "nil"),
    count_words=(),
    no_exploitation=("", "N/A"),
    no_offence=("",),
    dates=(("excel", 80), ("long_en", 12), ("dmy", 8)),
    partial=(("month_en", 3), ("quarter_en", 2)),
    partial_rate=0.05,
    no_date=("", "", "n/k"),
    bad_pattern="{d:02d}/{m:02d}/{y}",
    coords="en_pair",
    coords_place=("not recorded", "n/k"),
    transit_sep=" > ",
    offence_sep="; ",
    thousands="",
    lists=False,
    extra=("Police", "NRM first responder", "Modern Slavery Helpline", "Home Office", ""),
)

_HOSTE = PfSource(
    source="hosteleria_espana_cumplimiento",
    filename="hosteleria_espana_cumplimiento_pf.csv",
    ref="CUMP-{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de los hechos",
        "x_extra": "Tipo de establecimiento",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / personas",
        "n_suspects": "Nº investigados",
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
    },
    note="Nota: datos provisionales pendientes de validación por el comité de cumplimiento",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
    countries=(("name", 78), ("upper", 10), ("alias", 5), ("typo", 3), ("spaced", 4)),
    demonym_share=0.25,
    demonyms={
        "MAR": ("marroquí",),
        "DZA": ("argelina", "argelino"),
        "GIN": ("guineana", "guineano"),
        "MLI": ("maliense",),
        "SEN": ("senegalesa", "senegalés"),
        "GMB": ("gambiana", "gambiano"),
        "CIV": ("marfileña", "marfileño"),
        "ROU": ("rumana", "rumano"),
    },
    aliases={
        "ROU": ("Rumania",),
        "GIN": ("Guinea Conakry",),
        "MAR": ("Reino de Marruecos",),
        "GBR": ("Gran Bretaña",),
        "USA": ("EE.UU.",),
        "CIV": ("Côte d'Ivoire",),
    },
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
            "smuggling": (
                "Favorecimiento de la inmigración irregular",
                "Tráfico ilícito de migrantes",
                "Art. 318 bis CP",
            ),
            "both": ("Trata + favorecimiento inmigración irregular", "Trata y tráfico"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Explotación laboral", "Laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujeres", "Mujer"),
            "male": ("Hombres", "Varón", "Varones"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "child": ("Menores", "MENA", "Menor de edad"),
            "adult": ("Mayores de edad", "Adultos"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Patera", "Neumática", "Marítimo"),
            "land": ("Terrestre", "Vehículo", "Autobús", "A pie"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas", "Contra la salud pública"),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("Desconocido", "s/d", "N/D"),
    count_place=("s/d", "sin determinar", "desconocido"),
    zero_words=("ninguno",),
    count_words=("cero", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho"),
    no_exploitation=("", "No procede"),
    no_offence=("",),
    dates=(("dmy", 80), ("dmy_dash", 10), ("long_es", 10)),
    partial=(("month_es", 3), ("quarter_es", 2)),
    partial_rate=0.05,
    no_date=("", "sin fecha"),
    bad_pattern="{d:02d}/{m:02d}/{y}",
    coords="es_pair",
    coords_place=("s/d",),
    transit_sep=" - ",
    offence_sep=" / ",
    thousands=".",
    lists=False,
    extra=("Salón de bodas", "Catering", "Finca de eventos", "Restaurante", "Hotel"),
)

_CANIRAC = PfSource(
    source="canirac_salones",
    filename="canirac_salones_pf.csv",
    ref="SON-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Número de personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Rango de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos asociados",
        "x_extra": "Giro del establecimiento",
    },
    note="Cifras preliminares – Delegación Sonora",
    total="Total",
    bad_count=("varios", "muchos", "un grupo"),
    repeats=False,
    countries=(("name", 72), ("upper", 10), ("alias", 12), ("plain", 6)),
    demonym_share=0.25,
    demonyms={
        "MEX": ("mexicana", "mexicano"),
        "GTM": ("guatemalteca", "guatemalteco"),
        "HND": ("hondureña", "hondureño"),
        "VEN": ("venezolana", "venezolano"),
        "ECU": ("ecuatoriana", "ecuatoriano"),
        "HTI": ("haitiana", "haitiano"),
        "COL": ("colombiana", "colombiano"),
    },
    aliases={
        "USA": ("EUA", "EE.UU.", "E.U.A.", "Estados Unidos de América"),
        "MEX": ("MEXICO",),
        "PAN": ("Rep. de Panamá",),
    },
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de indocumentados", "Tráfico ilícito de migrantes"),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Mujeres", "Femenino"),
            "male": ("Hombres", "Masculino"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("NNA", "Menores"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "A pie", "Tractocamión", "Vehículo particular"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Uso de documento falso", "Falsificación de documentos"),
            "corruption": ("Cohecho", "Corrupción"),
            "money_laundering": (
                "Operaciones con recursos de procedencia ilícita",
                "Lavado de dinero",
            ),
            "illicit_goods": ("Delitos contra la salud", "Narcotráfico"),
            "cybercrime": ("Delitos cibernéticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("N/D", "Se desconoce", "Sin dato"),
    count_place=("N/D", "Sin dato"),
    zero_words=("Ninguno",),
    count_words=(),
    no_exploitation=("", "No aplica"),
    no_offence=("",),
    dates=(("dmy", 80), ("mx_abbr", 12), ("serial", 8)),
    partial=(("month_mx", 1),),
    partial_rate=0.04,
    no_date=("", "S/F"),
    bad_pattern="{d:02d}/{m:02d}/{y}",
    coords="mx_cols",
    coords_place=("N/D",),
    transit_sep=", ",
    offence_sep="; ",
    thousands=",",
    lists=False,
    extra=("Salón de eventos", "Banquetes", "Jardín de eventos", "Restaurante-bar"),
)

_CAMTUR = PfSource(
    source="camtur_bodas",
    filename="camtur_bodas_pf.jsonl",
    ref="CT{year}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "codigo",
        "event_date": "fecha_hecho",
        "x_extra": "tipo_evento",
        "crime_type": "tipo_delito",
        "exploitation": "tipo_explotacion",
        "n_persons": "cantidad_personas",
        "n_suspects": "cantidad_sospechosos",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "coordinates": "coordenadas",
        "linked_offences": "delitos_relacionados",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "muchos"),
    repeats=True,
    countries=(("name", 70), ("iso3", 18), ("plain", 8), ("alias", 4)),
    demonym_share=0.15,
    demonyms={
        "VEN": ("venezolana", "venezolano"),
        "ECU": ("ecuatoriana", "ecuatoriano"),
        "HTI": ("haitiana", "haitiano"),
        "COL": ("colombiana", "colombiano"),
        "CHN": ("china", "chino"),
    },
    aliases={
        "USA": ("EE.UU.", "Estados Unidos de América"),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "PAN": ("Rep. de Panamá",),
        "CHN": ("Rep. Popular China",),
    },
    words={
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
            "other": ("otra",),
        },
        "gender": {
            "female": ("femenino", "mujeres"),
            "male": ("masculino", "hombres"),
            "mixed": ("mixto",),
        },
        "age_group": {
            "child": ("NNA", "menores de edad"),
            "adult": ("adultos",),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("lancha", "marítimo"),
            "land": ("a pie", "terrestre", "caminata por la selva"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico", "drogas"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("sin dato", "desconocido"),
    count_place=("sin dato",),
    zero_words=(),
    count_words=(),
    no_exploitation=("",),
    no_offence=("",),
    dates=(("iso", 62), ("iso_tz", 28), ("dmy", 10)),
    partial=(("month_iso", 1),),
    partial_rate=0.05,
    no_date=("",),
    bad_pattern="{y}-{m:02d}-{d:02d}",
    coords="pa_pair",
    coords_place=("sin dato",),
    transit_sep=", ",
    offence_sep=", ",
    thousands="",
    lists=True,
    extra=("boda", "boda destino", "quinceañero", "evento corporativo"),
)

#: The five desks, in the order :func:`make_blind420` returns their submissions.
SOURCES: tuple[PfSource, ...] = (_TDF, _SHIVA, _HOSTE, _CANIRAC, _CAMTUR)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, pairs: _Pairs) -> str:
    """Draw one key of ``pairs`` by its weight."""
    w = np.array([p[1] for p in pairs], dtype=float)
    return pairs[int(rng.choice(len(pairs), p=w / w.sum()))][0]


def _word(src: PfSource, column: str, value: str, rng: _Rng) -> str:
    """Return the desk's word for a canonical value (the usual one 60 % of the time)."""
    forms = src.words[column][value]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of seven letters or more."""
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if len(text) < 7 or not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _plain(text: str) -> str:
    """Strip the accents of ``text`` (what one types on a keyboard without them)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _country(src: PfSource, iso: str, rng: _Rng, tags: list[str], *, nationality: bool) -> str:
    """Write one ISO alpha-3 code as the desk does; tag what differs from the plain name."""
    name = str(COUNTRIES[iso][_LANG_COL[src.language]])
    if nationality and iso in src.demonyms and rng.random() < src.demonym_share:
        tags.append("demonym")
        return choice(rng, src.demonyms[iso])
    style = _pick(rng, src.countries)
    text = name
    if style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "alias" and iso in src.aliases:
        text = choice(rng, src.aliases[iso])
    elif style == "typo":
        text = _swap(name)
    elif style == "plain":
        text = _plain(name)
    elif style == "spaced":
        text = f" {name}  "
    if text != name or style in ("iso2", "iso3"):
        tags.append("country_" + style)
    return text


def _with_case(text: str, rng: _Rng, tags: list[str], rate: float = 0.04) -> str:
    """Write a vocabulary word in capitals or lower case now and then."""
    r = rng.random()
    if r < rate / 2:
        tags.append("case")
        return text.upper()
    if r < rate and text != text.lower():
        tags.append("case")
        return text.lower()
    return text


def _thousands(n: int, sep: str) -> str:
    """Write ``n`` with a thousands separator."""
    return f"{n:,}".replace(",", sep)


def _persons(src: PfSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Count of persons as the desk writes it, and what a careful analyst reads."""
    r = rng.random()
    if r < 0.015:
        tags.append("count_placeholder")
        return choice(rng, src.count_place), None
    if n >= 1000 and src.thousands:
        tags.append("thousands")
        return _thousands(n, src.thousands), n
    if src.count_words and n < len(src.count_words) and r > 0.97:
        tags.append("count_word")
        return src.count_words[n], n
    return (str(n) if src.format == "csv" else n), n


def _suspects(src: PfSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Count of suspects as the desk writes it, and what a careful analyst reads."""
    r = rng.random()
    if r < 0.02:
        tags.append("suspects_placeholder")
        return choice(rng, src.unknown), None
    if r < 0.035:
        tags.append("blank_n_suspects")
        return None, None
    if n == 0 and src.zero_words and r > 0.6:
        tags.append("zero_word")
        return choice(rng, src.zero_words), 0
    return (str(n) if src.format == "csv" else n), n


def _day_text(style: str, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a day in one of the desks' styles (hours drawn in office hours)."""
    m = ts.month - 1
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if style == "dmy_time":
        hour, minute = int(rng.integers(7, 20)), int(rng.integers(60))
        return ts.strftime("%d/%m/%Y") + f" {hour:02d}:{minute:02d}"
    if style == "long_fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MOIS[m]} {ts.year}"
    if style == "long_en":
        return f"{ts.day} {MONTHS[m]} {ts.year}"
    if style == "long_es":
        return f"{ts.day} de {_MESES[m]} de {ts.year}"
    if style == "mx_abbr":
        return f"{ts.day:02d}/{_MESES_MX[m]}/{ts.year}"
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "excel":
        return dt.datetime(ts.year, ts.month, ts.day)
    if style == "iso_tz":
        hour, minute = int(rng.integers(8, 19)), int(rng.integers(60))
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00-05:00"
    return ts.strftime("%Y-%m-%d")  # "iso"


def _partial_text(style: str, ts: pd.Timestamp) -> str:
    """Write the month or quarter of a day in one of the desks' styles."""
    m = ts.month - 1
    if style == "month_fr":
        return f"{_MOIS[m]} {ts.year}"
    if style == "month_en":
        return f"{MONTHS[m]} {ts.year}"
    if style == "month_es":
        return f"{_MESES[m]} de {ts.year}"
    if style == "month_mx":
        return f"{_MESES[m]} {ts.year}"
    if style == "month_iso":
        return ts.strftime("%Y-%m")
    if style == "quarter_en":
        return f"Q{ts.quarter} {ts.year}"
    return f"T{ts.quarter} {ts.year}"  # quarter_fr, quarter_es


def _date(
    src: PfSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Date cell, expected date and precision."""
    if partial_ok and rng.random() < src.partial_rate:
        style = _pick(rng, src.partial)
        tags.append("partial_date")
        if style in _QUARTER_STYLES:
            return _partial_text(style, ts), ts.to_period("Q").start_time, "quarter"
        return _partial_text(style, ts), ts.to_period("M").start_time, "month"
    style = _pick(rng, src.dates)
    if style != src.dates[0][0]:
        tags.append("date_" + style)
    return _day_text(style, ts, rng), ts, "day"


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes and seconds (a tenth of a second) with a hemisphere letter."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{hemi}"


def _coords(
    src: PfSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Place cells, expected lat and lon."""
    r = rng.random()
    keys = ("lat", "lon") if src.coords in ("fr_cols", "mx_cols") else ("coordinates",)
    if r < 0.03:
        tags.append("coords_missing")
        return dict.fromkeys(keys), None, None
    if r < 0.04:
        tags.append("coords_placeholder")
        word = choice(rng, src.coords_place)
        return {k: word for k in keys}, None, None
    la, lo = f"{lat:.5f}", f"{lon:.5f}"
    if src.coords == "fr_cols":
        return {"lat": la.replace(".", ","), "lon": lo.replace(".", ",")}, lat, lon
    if src.coords == "mx_cols":
        if r > 0.85:
            tags.append("coords_hemisphere")
            lat_txt = f"{abs(lat):.5f} {'N' if lat >= 0 else 'S'}"
            lon_txt = f"{abs(lon):.5f} {'E' if lon >= 0 else 'O'}"
            return {"lat": lat_txt, "lon": lon_txt}, lat, lon
        return {"lat": la, "lon": lo}, lat, lon
    if src.coords == "es_pair":
        if r > 0.7:
            tags.append("coords_dms")
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, lat, lon
        return {"coordinates": f"{la.replace('.', ',')} / {lo.replace('.', ',')}"}, lat, lon
    if src.coords == "pa_pair" and r > 0.75:
        tags.append("coords_dms")
        return {"coordinates": f"{_dms(lat, 'N', 'S')}, {_dms(lon, 'E', 'W')}"}, lat, lon
    return {"coordinates": f"{la}, {lo}"}, lat, lon


def _sea_word(src: PfSource, corridor: str, rng: _Rng) -> str:
    """Spanish desks call an Atlantic boat a cayuco and a Strait one a patera."""
    if src.source == _HOSTE.source and corridor == "watl" and rng.random() < 0.6:
        return "Cayuco"
    return _word(src, "transport_mode", "sea", rng)


def _render(
    src: PfSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk ``src`` does: (cells, expected values, tags)."""
    tags: list[str] = []
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS if f != "date_precision"}
    cells: dict[str, object] = {}
    ts = pd.Timestamp(str(ev["event_date"]))
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    if src.extra:
        extra = choice(rng, src.extra)
        if src.source == _SHIVA.source and ev["detection_country"] != "GBR":
            extra = choice(rng, ("Open source", "Partner digest"))  # compiled, not referred
        cells["x_extra"] = extra or None
    crime = _word(src, "crime_type", str(ev["crime_type"]), rng)
    cells["crime_type"] = _with_case(crime, rng, tags)
    if ev["exploitation"] is None:
        cells["exploitation"] = choice(rng, src.no_exploitation) or None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(ev["exploitation"]), rng)
    persons, suspects = int(str(ev["n_persons"])), int(str(ev["n_suspects"]))
    cells["n_persons"], exp["n_persons"] = _persons(src, persons, rng, tags)
    cells["n_suspects"], exp["n_suspects"] = _suspects(src, suspects, rng, tags)
    if rng.random() < 0.015:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
    else:
        cells["gender"] = _with_case(_word(src, "gender", str(ev["gender"]), rng), rng, tags)
    if rng.random() < 0.015:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, src.unknown), "unknown"
    else:
        cells["age_group"] = _word(src, "age_group", str(ev["age_group"]), rng)
    if rng.random() < 0.015:
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
    else:
        cells["nationality"] = _country(src, str(ev["nationality"]), rng, tags, nationality=True)
    for col in ("origin_country", "destination_country", "detection_country"):
        cells[col] = _country(src, str(ev[col]), rng, tags, nationality=False)
    transit = str(ev["transit_countries"]).split("|") if ev["transit_countries"] else []
    names = [_country(src, c, rng, tags, nationality=False).strip() for c in transit]
    if src.lists:
        cells["transit_countries"] = names
    else:
        cells["transit_countries"] = src.transit_sep.join(names) or None
    if rng.random() < 0.01:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.unknown), "unknown"
    elif ev["transport_mode"] == "sea":
        cells["transport_mode"] = _sea_word(src, str(ev["corridor"]), rng)
    else:
        cells["transport_mode"] = _word(src, "transport_mode", str(ev["transport_mode"]), rng)
    lat, lon = float(str(ev["lat"])), float(str(ev["lon"]))
    place, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, tags)
    cells.update(place)
    offences = str(ev["linked_offences"]).split("|") if ev["linked_offences"] else []
    words = [_word(src, "linked_offences", o, rng) for o in offences]
    if src.lists:
        cells["linked_offences"] = words
    elif words:
        cells["linked_offences"] = src.offence_sep.join(words)
    else:
        none_word = choice(rng, src.no_offence)
        if none_word:
            tags.append("none_word")
        cells["linked_offences"] = none_word or None
    if forced_blank is not None:
        _blank(src, forced_blank, cells, exp, tags)
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        _garble(src, cells, tags)
    return cells, exp, tags


def _garble(src: PfSource, cells: dict[str, object], tags: list[str]) -> None:
    """Garble every text cell of a row pasted from a UTF-8 form (``é`` -> ``Ã©``)."""
    for key, value in cells.items():
        if isinstance(value, str):
            garbled = mojibake(value)
            if garbled is not None and fits(garbled, src):
                cells[key] = garbled
                if "mojibake" not in tags:
                    tags.append("mojibake")


#: Tags of what a cell showed, dropped when a second report leaves the field blank.
_FIELD_TAGS: dict[str, tuple[str, ...]] = {
    "n_suspects": ("zero_word", "suspects_placeholder", "blank_n_suspects"),
    "coordinates": ("coords_missing", "coords_placeholder", "coords_hemisphere", "coords_dms"),
    "gender": ("blank_gender",),
    "nationality": ("blank_nationality", "demonym"),
}


def _blank(
    src: PfSource, field: str, cells: dict[str, object], exp: dict[str, object], tags: list[str]
) -> None:
    """Leave ``field`` blank in a second report (the first report gives it)."""
    # what was planted in the cell goes with it
    gone = _FIELD_TAGS.get(field, ())
    tags[:] = [t for t in tags if t not in gone]
    tags.append("blank_" + field)
    if field == "coordinates":
        for key in ("lat", "lon", "coordinates"):
            cells.pop(key, None)
        exp["lat"] = exp["lon"] = None
    elif field == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells[field], exp[field] = None, None


def _bad_date(src: PfSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Date cell of a row to quarantine: missing, impossible or years ahead."""
    if kind == "no_date":
        return choice(rng, src.no_date) or None
    if kind == "future_date":  # a slip of one key: 2023 -> 2033
        ahead = pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))
        return _day_text(src.dates[0][0], ahead, rng)
    day, month = (30, 2) if rng.random() < 0.5 else (31, choice(rng, ("4", "6", "9", "11")))
    return src.bad_pattern.format(d=day, m=int(month), y=ts.year)


def _note_date(src: PfSource, last: pd.Timestamp) -> object:
    """Date of the note row: the extraction, a fortnight after the last case."""
    return _day_text(src.dates[0][0], last + pd.Timedelta(days=14), np.random.default_rng(0))


#: The ``blind420`` examiner: its desks, who reports what, and how a cell is written.
EXAMINER: Examiner[PfSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": _TDF.source,
        "GBR": _SHIVA.source,
        "ESP": _HOSTE.source,
        "USA": _CANIRAC.source,
        "PAN": _CAMTUR.source,
    },
    compilation=_SHIVA.source,
    secondary={
        ("channel", "FRA"): _SHIVA.source,
        ("channel", "GBR"): _TDF.source,
        ("thb_vnm_gbr", "GBR"): _TDF.source,
        ("thb_nga_ita", "ITA"): _TDF.source,
        ("wmed", "ESP"): _TDF.source,
        ("thb_rou_esp", "ESP"): _SHIVA.source,
        ("thb_rou_esp", "ITA"): _HOSTE.source,
        ("us_mex", "USA"): _SHIVA.source,
        ("darien", "PAN"): _CANIRAC.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=420,
    blank_share=0.35,
)


def make_blind420(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind420`` set: five wedding and catering desks.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``traiteurs_de_france_pf.csv`` (French, cp1252, ``;``),
        ``shiva_foundation_pf.xlsx`` (English),
        ``hosteleria_espana_cumplimiento_pf.csv`` (Spanish, UTF-16, tab),
        ``canirac_salones_pf.csv`` (Spanish of Mexico, UTF-8, ``,``) and
        ``camtur_bodas_pf.jsonl`` (Spanish of Panama), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind420(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['traiteurs_de_france_pf.csv', 'shiva_foundation_pf.xlsx',
     'hosteleria_espana_cumplimiento_pf.csv', 'canirac_salones_pf.csv',
     'camtur_bodas_pf.jsonl']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° signalement', 'Date du constat', 'Type de prestation']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
