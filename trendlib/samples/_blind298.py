"""Examiner sample set ``blind298`` (files ``*_kn.*``): staffing-industry compliance desks.

Five compliance or anti-fraud desks of the temporary-work and recruitment industry send
what their member agencies reported: workers placed with forged papers, debt-bonded,
trafficked or smuggled. Each writes in its own working language and tool:

``rec_compliance_kn.csv``
    The UK Recruitment & Employment Confederation's compliance desk (safeguarding
    concern log): English, UTF-8 with BOM, ``,``; day-first dates, some written out
    ("17 May 2023") or month-only; nationalities as demonyms ("Albanian"); count words
    for small numbers; routes joined by ``" > "``; no coordinates, no destination.
``prismemploi_fraude_kn.csv``
    Prism'emploi's anti-fraud cell (French federation of temp-work agencies): French,
    cp1252, ``;``, CRLF; ``dd/mm/yyyy`` and ``dd/mm/yy`` dates, a few quarters
    ("T2 2023"); decimal-comma coordinates; thousands with a (no-break) space; some
    country names garbled by a member's UTF-8 export pasted in (mojibake).
``asempleo_cumplimiento_kn.xlsx``
    Asempleo's compliance desk (Spanish association of temp-work agencies, ETT):
    Spanish workbook; real Excel dates, a few typed as text or left as bare serial
    numbers; numeric counts and coordinates; legal wording (art. 318 bis).
``amech_observatorio_kn.csv``
    AMECH's observatory (Mexican association of human-capital firms): Mexican Spanish,
    UTF-16 with tabs (Excel's "Unicode text"); nationalities as demonyms
    ("guatemalteca"); "NNA" for minors; coordinates as one ``"lat, lon"`` cell.
``wec_members_digest_kn.jsonl``
    The World Employment Confederation's digest of its members' reports: English keys,
    ISO alpha-3 codes, detection country as the Eurostat-style two-letter code
    (``EL`` Greece, ``UK``), transit routes and offences as JSON lists, ISO dates with
    month- and quarter-only dates from members' periodic returns. It reports every
    event no national desk reports (Italy, Greece, Croatia, Poland, Panama).

The truth expects what a careful analyst reads in each cell: a demonym is its country,
"N/A" in an exploitation cell of a smuggling case is no exploitation, "Not known" in a
count keeps the record with no count, and a vague quantity ("several") is unreadable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["SOURCES", "KnSource", "make_blind298"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Country wording, written for this set (not the shared tables): iso3 -> (en, fr, es).
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
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
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
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
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
_ISO2: dict[str, str] = {
    "AFG": "AF", "ALB": "AL", "AUT": "AT", "BGD": "BD", "BGR": "BG", "BIH": "BA",
    "BLR": "BY", "CHN": "CN", "CIV": "CI", "CMR": "CM", "COL": "CO", "DEU": "DE",
    "DZA": "DZ", "ECU": "EC", "EGY": "EG", "ERI": "ER", "ESP": "ES", "FRA": "FR",
    "GBR": "GB", "GIN": "GN", "GMB": "GM", "GRC": "GR", "GTM": "GT", "HND": "HN",
    "HRV": "HR", "HTI": "HT", "HUN": "HU", "IRN": "IR", "IRQ": "IQ", "ITA": "IT",
    "LBY": "LY", "MAR": "MA", "MEX": "MX", "MKD": "MK", "MLI": "ML", "MRT": "MR",
    "NER": "NE", "NGA": "NG", "PAK": "PK", "PAN": "PA", "POL": "PL", "ROU": "RO",
    "RUS": "RU", "SEN": "SN", "SRB": "RS", "SYR": "SY", "TUN": "TN", "TUR": "TR",
    "USA": "US", "VEN": "VE", "VNM": "VN", "YEM": "YE",
}  # fmt: skip
#: Eurostat's two-letter codes differ from ISO for Greece and the United Kingdom.
_EU_CODE = {"GRC": "EL", "GBR": "UK"}
#: Other names agencies use, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Viet Nam",),
        "CIV": ("Côte d'Ivoire",),
        "TUR": ("Türkiye",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
    },
    "fr": {"GBR": ("Grande-Bretagne",), "USA": ("USA",), "VNM": ("Viêt Nam",)},
    "es": {"USA": ("EE. UU.", "EUA", "EEUU"), "GBR": ("Gran Bretaña",), "VNM": ("Viet Nam",)},
}
#: Nationality as a demonym (English; Mexican forms agree with "nacionalidad").
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
        "ROU": "Romanian",
        "NGA": "Nigerian",
    },
    "es": {
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
    },
}
_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre",
    ),
}  # fmt: skip
_COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_PARTIAL = ("month_en", "month_es", "month_iso", "quarter_fr", "quarter_en")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class KnSource(ExaminerSource):
    """A source of ``blind298``: the shared fields plus this desk's own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the desk's words (first = the usual one).
    unknown_words : tuple of str
        What the desk writes when a value is not known.
    not_applicable : tuple of str
        What it writes in the exploitation cell of a pure smuggling case.
    date_styles : mapping
        Date style -> weight (styles of :func:`_date_cell`); the first is the desk's
        day style, used when a partial date is not allowed.
    country_styles : mapping
        Style -> weight for nationality, origin and destination cells.
    detection_styles : mapping
        Style -> weight for the detection-country cell.
    transit_style : str
        Style of the countries of a transit list.
    transit_sep : str or None
        Separator of a transit list (None: a JSON list).
    direct_words : tuple of str
        What the desk writes for a direct route (besides an empty cell).
    offence_sep : str or None
        Separator of linked offences (None: a JSON list).
    count_placeholders, zero_words, suspect_placeholders : tuple of str
        "Not known" for a count of persons, "none" for no suspect, "not known" for the
        suspects.
    count_words : bool
        Whether small counts are sometimes written as English words.
    thousands : tuple of str
        Thousands separators of counts written as text.
    coords : str
        ``"none"``, ``"comma"`` (decimal-comma text), ``"float"`` (numbers) or
        ``"pair"`` (one ``"lat, lon"`` cell).
    coord_decimals : int
        Decimals written.
    coord_placeholder : str or None
        What the desk writes when it has no location.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown_words: tuple[str, ...]
    not_applicable: tuple[str, ...]
    date_styles: Mapping[str, float]
    country_styles: Mapping[str, float]
    detection_styles: Mapping[str, float]
    transit_style: str
    transit_sep: str | None
    direct_words: tuple[str, ...]
    offence_sep: str | None
    count_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    suspect_placeholders: tuple[str, ...]
    count_words: bool
    thousands: tuple[str, ...]
    coords: str
    coord_decimals: int
    coord_placeholder: str | None


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_REC = KnSource(
    source="rec_compliance_kn",
    filename="rec_compliance_kn.csv",
    ref="REC-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Concern ID",
        "event_date": "Date identified",
        "crime_type": "Concern category",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of workers affected",
        "n_suspects": "Suspected perpetrators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "detection_country": "Country identified in",
        "transit_countries": "Known route (via)",
        "transport_mode": "Means of entry",
        "linked_offences": "Related offences",
    },
    note="Note: provisional - member returns for the quarter still outstanding",
    total="TOTAL",
    bad_count=("several", "a number of workers", "multiple"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery / trafficking", "Human trafficking", "Modern slavery"),
            "smuggling": ("Facilitated illegal entry", "People smuggling"),
            "both": ("Trafficking & smuggling", "Modern slavery + facilitation"),
        },
        "exploitation": {
            "forced_labour": ("Labour exploitation", "Forced labour", "Debt bondage"),
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
            "child": ("Under 18", "Child"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry", "HGV", "Car"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Right to work document fraud", "False documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Cannabis cultivation"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown_words=("Not known", "N/K", "Unknown", "Not recorded"),
    not_applicable=("N/A", "n/a"),
    date_styles={"dmy": 0.68, "long_en": 0.27, "month_en": 0.05},
    country_styles={
        "name": 0.66,
        "demonym": 0.2,
        "alias": 0.04,
        "typo": 0.04,
        "upper": 0.03,
        "space": 0.03,
    },
    detection_styles={"alias": 0.55, "name": 0.35, "iso2": 0.1},
    transit_style="name",
    transit_sep=" > ",
    direct_words=("Direct", "direct"),
    offence_sep="; ",
    count_placeholders=("Not known", "TBC"),
    zero_words=("None", "none", "nil"),
    suspect_placeholders=("N/K", "not known"),
    count_words=True,
    thousands=(",",),
    coords="none",
    coord_decimals=5,
    coord_placeholder=None,
)

_PRISM = KnSource(
    source="prismemploi_fraude_kn",
    filename="prismemploi_fraude_kn.csv",
    ref="PE{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb intérimaires concernés",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - cellule anti-fraude, hors signalements en cours de vérification",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants"),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "forced_labour": (
                "Exploitation par le travail",
                "Travail forcé",
                "Servitude pour dettes",
            ),
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("F", "Femmes"),
            "male": ("H", "Hommes"),
            "mixed": ("H/F", "Mixte"),
        },
        "age_group": {
            "child": ("Mineurs", "Mineur"),
            "adult": ("Majeurs", "Adultes"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Embarcation"),
            "land": ("Routier", "Poids lourd", "Voiture"),
            "air": ("Aérien", "Avion"),
        },
        "linked_offences": {
            "document_fraud": ("Fraude documentaire", "Faux papiers"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    unknown_words=("NC", "Inconnu", "Non renseigné"),
    not_applicable=("Sans objet",),
    date_styles={"dmy": 0.82, "dmy2": 0.12, "quarter_fr": 0.06},
    country_styles={
        "name": 0.66,
        "upper": 0.08,
        "iso2": 0.05,
        "mojibake": 0.15,
        "typo": 0.03,
        "lower": 0.03,
    },
    detection_styles={"name": 0.75, "upper": 0.15, "iso2": 0.1},
    transit_style="name",
    transit_sep=" / ",
    direct_words=(),
    offence_sep=" + ",
    count_placeholders=("NC",),
    zero_words=("aucun", "Aucun"),
    suspect_placeholders=("NC", "inconnu"),
    count_words=False,
    thousands=("\u00a0", " "),
    coords="comma",
    coord_decimals=5,
    coord_placeholder="NC",
)

_ASEMPLEO = KnSource(
    source="asempleo_cumplimiento_kn",
    filename="asempleo_cumplimiento_kn.xlsx",
    ref="ASE/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de detección",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Trabajadores afectados",
        "n_suspects": "Investigados",
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
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales pendientes de validación por las ETT asociadas",
    total="TOTAL",
    bad_count=("varios", "un grupo", "decenas"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata (art. 177 bis)"),
            "smuggling": ("Inmigración clandestina (art. 318 bis)", "Tráfico ilícito de migrantes"),
            "both": ("Trata y tráfico de migrantes",),
        },
        "exploitation": {
            "forced_labour": ("Explotación laboral", "Laboral", "Trabajo forzoso"),
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujeres", "Mujer"),
            "male": ("Hombres", "Hombre"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "child": ("Menores", "Menor de edad"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Embarcación neumática", "Marítimo"),
            "land": ("Terrestre", "Vehículo", "Camión"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental", "Documentación falsa"),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas",),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown_words=("Desconocido", "No consta", "s/d"),
    not_applicable=("No procede",),
    date_styles={"excel": 0.82, "dmy": 0.11, "serial": 0.07},
    country_styles={"name": 0.78, "iso3": 0.1, "upper": 0.06, "typo": 0.04, "space": 0.02},
    detection_styles={"name": 0.9, "upper": 0.05, "iso3": 0.05},
    transit_style="name",
    transit_sep=" - ",
    direct_words=("Directo",),
    offence_sep=", ",
    count_placeholders=("s/d", "No consta"),
    zero_words=("Ninguno", "ninguno"),
    suspect_placeholders=("No consta",),
    count_words=False,
    thousands=(),
    coords="float",
    coord_decimals=5,
    coord_placeholder=None,
)

_AMECH = KnSource(
    source="amech_observatorio_kn",
    filename="amech_observatorio_kn.csv",
    ref="OBS-{seq:04d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo de caso",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Número de personas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: cifras preliminares del Observatorio",
    total="Total general",
    bad_count=("varios", "un grupo", "muchos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": (
                "Tráfico de migrantes",
                "Tráfico ilícito de migrantes",
                "Tráfico de personas",
            ),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "forced_labour": ("Trabajo forzado", "Explotación laboral"),
            "sexual": ("Explotación sexual",),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Mujeres",),
            "male": ("Hombres",),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("NNA", "Menores de edad"),
            "adult": ("Adultos",),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "Tractocamión", "A pie", "Autobús"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Uso de documentos falsos",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("Narcotráfico",),
            "cybercrime": ("Delitos cibernéticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown_words=("Se desconoce", "Sin dato", "N/D"),
    not_applicable=("No aplica",),
    date_styles={"dmy": 0.8, "ymd_slash": 0.15, "month_es": 0.05},
    country_styles={"name": 0.5, "demonym": 0.4, "iso3": 0.04, "typo": 0.03, "upper": 0.03},
    detection_styles={"name": 0.5, "alias": 0.45, "iso3": 0.05},
    transit_style="name",
    transit_sep=", ",
    direct_words=(),
    offence_sep="; ",
    count_placeholders=("Sin dato",),
    zero_words=("Ninguno",),
    suspect_placeholders=("Se desconoce",),
    count_words=False,
    thousands=(",",),
    coords="pair",
    coord_decimals=4,
    coord_placeholder="Sin coordenadas",
)

_WEC = KnSource(
    source="wec_members_digest_kn",
    filename="wec_members_digest_kn.jsonl",
    ref="WEC-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseRef",
        "event_date": "dateOfDetection",
        "crime_type": "caseCategory",
        "exploitation": "exploitationType",
        "n_persons": "workersConcerned",
        "n_suspects": "suspectedFacilitators",
        "gender": "sex",
        "age_group": "ageBand",
        "nationality": "nationalityCode",
        "origin_country": "originCode",
        "destination_country": "destinationCode",
        "detection_country": "detectedIn",
        "transit_countries": "transitRoute",
        "transport_mode": "travelMode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedOffences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("THB", "trafficking in human beings"),
            "smuggling": ("migrant smuggling", "smuggling of migrants"),
            "both": ("THB/smuggling",),
        },
        "exploitation": {
            "forced_labour": ("labour", "forced labour"),
            "sexual": ("sexual",),
            "forced_criminality": ("criminal activities",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "female": ("female", "F"),
            "male": ("male", "M"),
            "mixed": ("mixed",),
        },
        "age_group": {
            "child": ("minor",),
            "adult": ("adult",),
            "mixed": ("mixed",),
        },
        "transport_mode": {
            "sea": ("sea",),
            "land": ("land",),
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
    unknown_words=("unknown",),
    not_applicable=(),
    date_styles={"iso": 0.8, "month_iso": 0.12, "quarter_en": 0.08},
    country_styles={"iso3": 0.92, "lower_iso3": 0.04, "name": 0.04},
    detection_styles={"eu": 1.0},
    transit_style="iso3",
    transit_sep=None,
    direct_words=(),
    offence_sep=None,
    count_placeholders=(),
    zero_words=(),
    suspect_placeholders=(),
    count_words=False,
    thousands=(),
    coords="float",
    coord_decimals=5,
    coord_placeholder=None,
)

#: The set's five sources, in the order the submissions are returned.
SOURCES: tuple[KnSource, ...] = (_REC, _PRISM, _ASEMPLEO, _AMECH, _WEC)

_PRIMARY = {
    "GBR": _REC.source,
    "FRA": _PRISM.source,
    "ESP": _ASEMPLEO.source,
    "USA": _AMECH.source,
}
_SECONDARY = {
    ("channel", "FRA"): _REC.source,
    ("channel", "GBR"): _PRISM.source,
    ("thb_vnm_gbr", "GBR"): _WEC.source,
    ("cmed", "ITA"): _PRISM.source,
    ("wmed", "ESP"): _PRISM.source,
    ("watl", "ESP"): _WEC.source,
    ("thb_rou_esp", "ESP"): _WEC.source,
    ("thb_rou_esp", "ITA"): _ASEMPLEO.source,
    ("thb_nga_ita", "ITA"): _ASEMPLEO.source,
    ("us_mex", "USA"): _WEC.source,
    ("darien", "PAN"): _AMECH.source,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _pick(rng: _Rng, options: tuple[str, ...]) -> str:
    """Draw the usual word 60 % of the time, another one otherwise."""
    if len(options) == 1 or rng.random() < 0.6:
        return options[0]
    return options[1 + int(rng.integers(len(options) - 1))]


def _swap(text: str) -> str:
    """Two letters in the middle of a long name swapped (``Marruecos`` -> ``Marreucos``)."""
    i = len(text) // 2
    if len(text) < 7 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    if text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _country(src: KnSource, iso: str, style: str, col: str, rng: _Rng) -> tuple[str, str | None]:
    """Write one country the desk's way; return (text, messiness tag or None)."""
    name = _NAMES[iso][_LANG[src.language]]
    if style == "iso3":
        return iso, f"iso3:{col}"
    if style == "lower_iso3":
        return iso.lower(), f"case:{col}"
    if style == "iso2":
        return _ISO2[iso], f"iso2:{col}"
    if style == "eu":
        code = _EU_CODE.get(iso, _ISO2[iso])
        return code, f"eu_code:{col}" if iso in _EU_CODE else f"iso2:{col}"
    if style == "upper":
        return name.upper(), f"case:{col}"
    if style == "lower":
        return name.lower(), f"case:{col}"
    if style == "space":
        return f" {name}  ", f"spacing:{col}"
    if style == "demonym" and iso in _DEMONYMS.get(src.language, {}):
        return _DEMONYMS[src.language][iso], f"demonym:{col}"
    if style == "alias" and iso in _ALIASES[src.language]:
        options = _ALIASES[src.language][iso]
        return options[int(rng.integers(len(options)))], f"alias:{col}"
    if style == "typo":
        typo = _swap(name)
        if typo != name:
            return typo, f"typo:{col}"
    if style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            return garbled, f"mojibake:{col}"
    return name, None


def _date_cell(src: KnSource, ts: pd.Timestamp, style: str) -> tuple[object, pd.Timestamp, str]:
    """Write a date in ``style``; return (cell, expected date, precision)."""
    month_start = ts.to_period("M").start_time
    if style == "dmy":
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if style == "dmy2":
        return ts.strftime("%d/%m/%y"), ts, "day"
    if style == "long_en":
        return f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}", ts, "day"
    if style == "ymd_slash":
        return ts.strftime("%Y/%m/%d"), ts, "day"
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if style == "excel":
        return ts.to_pydatetime(), ts, "day"
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days), ts, "day"
    if style == "month_en":
        return f"{_MONTHS['en'][ts.month - 1]} {ts.year}", month_start, "month"
    if style == "month_es":
        return f"{_MONTHS['es'][ts.month - 1]} {ts.year}", month_start, "month"
    if style == "month_iso":
        return ts.strftime("%Y-%m"), month_start, "month"
    quarter_start = ts.to_period("Q").start_time
    if style == "quarter_fr":
        return f"T{ts.quarter} {ts.year}", quarter_start, "quarter"
    return f"Q{ts.quarter} {ts.year}", quarter_start, "quarter"  # quarter_en


def _count(src: KnSource, n: int, rng: _Rng, tags: list[str], col: str) -> object:
    """Write a count as the desk does (a number in a workbook or JSON, text in a CSV)."""
    if src.format != "csv":
        return n
    if src.count_words and 1 <= n <= len(_COUNT_WORDS) and rng.random() < 0.08:
        tags.append(f"count_word:{col}")
        return _COUNT_WORDS[n - 1]
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        tags.append(f"thousands:{col}")
        sep = src.thousands[int(rng.integers(len(src.thousands)))]
        return f"{n // 1000}{sep}{n % 1000:03d}"
    return str(n)


def _coord_text(src: KnSource, value: float) -> str:
    text = f"{value:.{src.coord_decimals}f}"
    return text.replace(".", ",") if src.coords == "comma" else text


def _render(
    src: KnSource,
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
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # Date: a partial date only when no other report of the event gives the day.
    style = _draw(rng, src.date_styles)
    if style in _PARTIAL and not partial_ok:
        style = next(iter(src.date_styles))
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(src, ts, style)
    if style in _PARTIAL:
        tags.append("partial_date")
    elif style != next(iter(src.date_styles)):
        tags.append(f"date_style:{style}")

    def word(col: str, value: str) -> str:
        text = _pick(rng, src.words[col][value])
        r = rng.random()
        if src.format != "jsonl" and r < 0.03:
            tags.append(f"case:{col}")
            return text.upper() if r < 0.015 else text.lower()
        return text

    def unknown() -> str | None:
        return src.unknown_words[int(rng.integers(len(src.unknown_words)))]

    # Crime type and form of exploitation.
    crime = str(ev["crime_type"])
    cells["crime_type"] = word("crime_type", crime)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        cells["exploitation"] = None
        if src.not_applicable and rng.random() < 0.4:
            cells["exploitation"] = _pick(rng, src.not_applicable)
            tags.append("not_applicable:exploitation")
        exp["exploitation"] = None
    else:
        r = rng.random()
        if r < 0.04:
            cells["exploitation"] = unknown() if r < 0.02 else None
            exp["exploitation"] = "unknown"
            tags.append("unknown:exploitation")
        else:
            cells["exploitation"] = word("exploitation", str(expl))
            exp["exploitation"] = expl

    # Counts.
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if src.count_placeholders and rng.random() < 0.015:
        cells["n_persons"] = _pick(rng, src.count_placeholders)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags, "n_persons")
        exp["n_persons"] = n
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif src.suspect_placeholders and r < 0.03:
        cells["n_suspects"] = _pick(rng, src.suspect_placeholders)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif src.format == "jsonl" and r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif k == 0 and src.zero_words and r < 0.5:
        cells["n_suspects"] = _pick(rng, src.zero_words)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, k, rng, tags, "n_suspects")
        exp["n_suspects"] = k

    # Sex, age group, means of transport.
    r = rng.random()
    if forced_blank == "gender" or r < 0.02:
        cells["gender"] = None if forced_blank == "gender" or r < 0.01 else unknown()
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = word("gender", str(ev["gender"]))
        exp["gender"] = ev["gender"]
    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.03:
            cells[col] = unknown() if src.format != "jsonl" else None
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = word(col, str(ev[col]))
            exp[col] = ev[col]

    # Countries.
    for col in ("nationality", "origin_country", "destination_country"):
        if col not in src.headers:
            exp[col] = None
            continue
        iso = str(ev[col])
        r = rng.random()
        if (col == "nationality" and forced_blank == "nationality") or r < 0.025:
            cells[col] = None if forced_blank == col or r < 0.012 else unknown()
            exp[col] = None
            tags.append("blank_nationality" if col == "nationality" else f"unknown:{col}")
            continue
        style = _draw(rng, src.country_styles)
        if style == "demonym" and col != "nationality":
            style = "name"
        cells[col], tag = _country(src, iso, style, col, rng)
        exp[col] = iso
        if tag:
            tags.append(tag)
    iso = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        style = _draw(rng, src.detection_styles)
        cells["detection_country"], tag = _country(src, iso, style, "detection_country", rng)
        exp["detection_country"] = iso
        if tag:
            tags.append(tag)

    # Transit countries, in order.
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
        if src.direct_words and rng.random() < 0.35:
            cells["transit_countries"] = _pick(rng, src.direct_words)
            tags.append("direct_word:transit_countries")
        exp["transit_countries"] = None
    elif rng.random() < 0.02:
        cells["transit_countries"] = unknown() if src.transit_sep is not None else None
        exp["transit_countries"] = None
        tags.append("unknown:transit_countries")
    else:
        parts = [
            _country(src, p, src.transit_style, "transit_countries", rng)[0]
            for p in str(transit).split("|")
        ]
        sep = src.transit_sep
        cells["transit_countries"] = parts if sep is None else sep.join(parts)
        exp["transit_countries"] = transit

    # Location of detection.
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"] = exp["lon"] = None
    r = rng.random()
    if src.coords == "none":
        tags.append("coords_missing")
    elif forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif r < 0.05:
        tags.append("coords_missing")
    elif src.coord_placeholder is not None and r < 0.07:
        key = "coordinates" if src.coords == "pair" else "lat"
        cells[key] = src.coord_placeholder
        tags.append("coords_placeholder")
    else:
        exp["lat"] = round(lat, src.coord_decimals)
        exp["lon"] = round(lon, src.coord_decimals)
        if src.coords == "pair":
            cells["coordinates"] = f"{_coord_text(src, lat)}, {_coord_text(src, lon)}"
        elif src.coords == "float":
            cells["lat"], cells["lon"] = exp["lat"], exp["lon"]
        else:
            cells["lat"], cells["lon"] = _coord_text(src, lat), _coord_text(src, lon)
            tags.append("decimal_comma")

    # Linked offences, in the truth's order.
    off = ev["linked_offences"]
    exp["linked_offences"] = off
    if off is None:
        cells["linked_offences"] = None
    else:
        words = [_pick(rng, src.words["linked_offences"][o]) for o in str(off).split("|")]
        cells["linked_offences"] = words if src.offence_sep is None else src.offence_sep.join(words)
    return cells, exp, tags


def _bad_date(src: KnSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date a careful analyst cannot use: missing, impossible or mistyped year."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # "2123" typed for "2023"
        future = ts.replace(year=ts.year + 100)
        if src.format == "xlsx":
            return future.to_pydatetime()
        return future.strftime("%Y-%m-%d" if src.format == "jsonl" else "%d/%m/%Y")
    day = 30 + int(rng.integers(2))
    if src.format == "jsonl":
        return f"{ts.year}-02-{day}"
    if rng.random() < 0.5:
        return f"{day}/02/{ts.year}"
    # the 31st of a 30-day month: impossible whichever way day and month are read
    return f"31/{(4, 6, 9, 11)[int(rng.integers(4))]:02d}/{ts.year}"


def _note_date(src: KnSource, last: pd.Timestamp) -> object:
    """Write the date of the note row in the desk's day style."""
    return _date_cell(src, last, next(iter(src.date_styles)))[0]


_EXAMINER: Examiner[KnSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=_WEC.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=298,
    blank_share=0.3,
)


def make_blind298(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five staffing-industry desks of ``blind298`` send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``rec_compliance_kn.csv``, ``prismemploi_fraude_kn.csv``,
        ``asempleo_cumplimiento_kn.xlsx``, ``amech_observatorio_kn.csv`` and
        ``wec_members_digest_kn.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind298(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['rec_compliance_kn.csv', 'prismemploi_fraude_kn.csv', 'asempleo_cumplimiento_kn.xlsx',
     'amech_observatorio_kn.csv', 'wec_members_digest_kn.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:2]]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha de los hechos', 'Tipo de caso']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
