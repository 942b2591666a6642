"""Examiner set ``blind407`` (files ``*_os.*``): industrial bakeries' labour-compliance desks.

Five desks that meet forced labour, debt bondage and smuggled workers in the bakery supply
chain write the true events their own way:

``hovis_ethical_trade_os.xlsx``
    Hovis Ltd's ethical-trade and modern-slavery team (UK plant bakery), English. An
    Excel case log: real Excel dates, a few pasted as bare serial numbers or typed as
    text (day first), audit quarters ("Q2 2023"); UK HR wording ("Modern slavery",
    "Debt bondage", "Cannabis cultivation"), nationalities as demonyms ("Vietnamese"),
    small counts sometimes in words, transit routes joined by ``" > "``. Re-sent rows.
``pasquier_conformite_sociale_os.csv``
    Brioche Pasquier's conformité sociale / devoir de vigilance desk, French, cp1252,
    ``;``. Day-first dates (``17/05/2023``, ``17/05/23``, ``mai 2023``, ``T2 2023``),
    decimal commas, legal wording ("Aide à l'entrée irrégulière", "Servitude pour
    dettes"), names in capitals, cells pasted from a UTF-8 tool (mojibake).
``europastry_cumplimiento_os.csv``
    Europastry's canal ético / cumplimiento laboral (Spanish panificadora), Spanish,
    UTF-8 with BOM (Excel "CSV UTF-8"), ``;``. Dates ``17/05/2023``, ``17-may-2023``,
    ``mayo 2023``, ``2T 2023``; counts with ``.`` thousands; one "Coordenadas" cell
    ``36,83121; -2,45873``; patera, cayuco and "salto de valla".
``bimbo_linea_etica_os.csv``
    Grupo Bimbo's línea ética (Mexican panificadora, plants in the US and Panama),
    Spanish of Mexico, UTF-16 tab-separated (Excel's "Unicode text"). Nationalities as
    demonyms ("hondureña"), ``EUA`` for the United States, SAP country keys (``US``,
    ``PA``) for the plant's country, ``NNA`` for minors, counts with ``,`` thousands,
    Mexican legal words ("Tráfico de personas" is smuggling there). Re-sent rows.
``effat_food_casework_os.jsonl``
    EFFAT (European food, agriculture and tourism trade unions) casework tracker, the
    compilation of its affiliates' reports from Italy, Greece, Croatia and Poland,
    English keys, ISO codes, ISO dates with month-only and ``2023-Q2`` entries.

Cells that a careful analyst cannot read are planted on purpose and the truth says so:
counts "tbc" / "à préciser" / "S/D" (a record with no count), blank or "not known"
cells (``unknown`` or nothing), vague counts ("several": quarantined).
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

__all__ = ["BLIND407", "SOURCES", "BakeryDesk", "make_blind407"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Wording shared by the desks
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) names, as these desks write them.
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
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
#: ISO alpha-3 -> alpha-2 (the codes these desks' HR and SAP systems store).
_ISO2: dict[str, str] = {
    "AFG": "AF", "ALB": "AL", "AUT": "AT", "BGD": "BD", "BGR": "BG", "BIH": "BA", "BLR": "BY",
    "CHN": "CN", "CIV": "CI", "CMR": "CM", "COL": "CO", "DEU": "DE", "DZA": "DZ", "ECU": "EC",
    "EGY": "EG", "ERI": "ER", "ESP": "ES", "FRA": "FR", "GBR": "GB", "GIN": "GN", "GMB": "GM",
    "GRC": "GR", "GTM": "GT", "HND": "HN", "HRV": "HR", "HTI": "HT", "HUN": "HU", "IRN": "IR",
    "IRQ": "IQ", "ITA": "IT", "LBY": "LY", "MAR": "MA", "MEX": "MX", "MKD": "MK", "MLI": "ML",
    "MRT": "MR", "NER": "NE", "NGA": "NG", "PAK": "PK", "PAN": "PA", "POL": "PL", "ROU": "RO",
    "RUS": "RU", "SEN": "SN", "SRB": "RS", "SYR": "SY", "TUN": "TN", "TUR": "TR", "USA": "US",
    "VEN": "VE", "VNM": "VN", "YEM": "YE",
}  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_MONTH_NAMES = {"en": _MONTHS_EN, "fr": _MONTHS_FR, "es": _MONTHS_ES}
#: Small counts in words, as a case handler types them into a free-text cell.
_NUMBER_WORDS = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
}
#: The desks' words for debt bondage (a form of forced labour), lower case.
_DEBT_BONDAGE = frozenset({"debt bondage", "servitude pour dettes", "servidumbre por deudas"})
#: Corridor -> the Spanish word for its boats (Alboran pateras, Atlantic cayucos).
_BOATS = {"wmed": "Patera", "watl": "Cayuco"}
#: Date styles that give only the month or the quarter.
_MONTH_STYLES = ("month", "month_iso")
_QUARTER_STYLES = ("quarter",)


@dataclass(frozen=True)
class BakeryDesk(ExaminerSource):
    """One compliance desk of the set and its own way of writing a case.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the desk's words for it (one drawn per row).
    not_applicable : tuple of str or None
        What the desk writes as the form of exploitation of a pure smuggling case.
    unknown : tuple of str or None
        What it writes in a category cell it does not know (None: a blank).
    zero : tuple of str
        Its words for "no suspect".
    placeholder : tuple of str
        Its words for a count not known yet (the record keeps no count).
    direct : tuple of str or None
        What it writes as the transit of a direct journey.
    transit_sep : str
        Separator of its transit lists.
    offence_sep : str
        Separator of its linked offences.
    dates : mapping
        Date style -> weight (see :func:`_date_cell`).
    countries : mapping
        Country style (``name``, ``alias``, ``typo``, ``iso2``, ``iso3``, ``upper``,
        ``mojibake``) -> weight.
    aliases : mapping
        ISO alpha-3 -> the desk's other names of the country.
    typos : mapping
        ISO alpha-3 -> a misspelling seen in the desk's files.
    demonyms : mapping
        ISO alpha-3 -> the nationality word, for a desk writing nationalities that way.
    demonym_share : float
        Share of nationality cells written as a demonym.
    detection_style : str
        ``"as_countries"`` or ``"iso2"`` (a SAP country key in every row).
    coords : str
        ``"numbers"`` (two numeric cells), ``"comma_text"`` (two text cells, decimal
        comma), ``"dot_text"`` (two text cells, decimal point) or ``"pair"`` (one cell
        ``lat; lon`` with decimal commas).
    thousands : str or None
        Thousands separator of counts from 1,000 on (None: written plainly).
    word_share : float
        Share of counts up to ten written in words.
    case_share : float
        Share of text cells in capitals or with stray spaces.
    """

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    not_applicable: tuple[str | None, ...]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    unknown: tuple[str | None, ...]
    zero: tuple[str, ...]
    placeholder: tuple[str, ...]
    direct: tuple[str | None, ...]
    transit_sep: str
    offence_sep: str
    dates: Mapping[str, float]
    countries: Mapping[str, float]
    aliases: Mapping[str, tuple[str, ...]]
    typos: Mapping[str, str]
    demonyms: Mapping[str, str]
    demonym_share: float
    detection_style: str
    coords: str
    thousands: str | None
    word_share: float
    case_share: float


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
HOVIS = BakeryDesk(
    source="hovis_ethical_trade",
    filename="hovis_ethical_trade_os.xlsx",
    ref="HOV-MS-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Date identified",
        "crime_type": "Issue type",
        "exploitation": "Exploitation type",
        "n_persons": "Workers affected",
        "n_suspects": "Alleged perpetrators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country where identified",
        "transit_countries": "Route (transit countries)",
        "transport_mode": "Mode of travel",
        "lat": "Site latitude",
        "lon": "Site longitude",
        "linked_offences": "Other offences flagged",
    },
    note="Extract from Ethical Trade case log - figures provisional, internal use only",
    total="Total workers",
    bad_count=("several", "a number of workers"),
    repeats=True,
    crime={
        "trafficking": ("Modern slavery", "Modern slavery - trafficking", "Human trafficking"),
        "smuggling": ("People smuggling", "Facilitated illegal entry", "Smuggled worker"),
        "both": ("Modern slavery + smuggling", "Trafficking & smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour", "Debt bondage", "Labour exploitation"),
        "forced_criminality": ("Criminal exploitation", "Cannabis cultivation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    not_applicable=("N/A", None, "n/a"),
    gender={
        "female": ("Female", "F", "Women"),
        "male": ("Male", "M", "Men"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Under 18", "Minor"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & minors", "Mixed ages"),
    },
    mode={
        "sea": ("Small boat", "Sea"),
        "land": ("Lorry", "HGV", "Road"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("Document fraud", "False ID"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Illicit goods"),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism",),
    },
    unknown=("Not known", None, "n/k"),
    zero=("None", "none identified"),
    placeholder=("tbc", "Not known"),
    direct=("Direct", None),
    transit_sep=" > ",
    offence_sep="; ",
    dates={"excel": 0.72, "serial": 0.05, "dmy": 0.1, "long": 0.05, "month": 0.04, "quarter": 0.04},
    countries={"name": 0.8, "alias": 0.1, "typo": 0.04, "upper": 0.06},
    aliases={
        "GBR": ("UK", "Great Britain"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
        "CIV": ("Ivory Coast",),
        "CHN": ("PRC",),
    },
    typos={
        "AFG": "Afghanistn",
        "ERI": "Eriteria",
        "ALB": "Albainia",
        "VNM": "Vietnan",
        "GBR": "United Kingdon",
        "POL": "Polland",
        "DEU": "Gemany",
        "FRA": "Farnce",
        "SYR": "Sryia",
    },
    demonyms={
        "AFG": "Afghan",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
    },
    demonym_share=0.6,
    detection_style="as_countries",
    coords="numbers",
    thousands=None,
    word_share=0.05,
    case_share=0.04,
)

PASQUIER = BakeryDesk(
    source="pasquier_conformite_sociale",
    filename="pasquier_conformite_sociale_os.csv",
    ref="VIG-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° alerte",
        "event_date": "Date du constat",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes concernées",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    note="Extraction registre des alertes - données provisoires, diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants"),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Travail forcé", "Servitude pour dettes", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    not_applicable=("Sans objet", None),
    gender={
        "female": ("Femmes", "F"),
        "male": ("Hommes", "H"),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    age={
        "child": ("Mineurs", "Mineur"),
        "adult": ("Majeurs", "Adultes"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    mode={
        "sea": ("Small boat", "Embarcation", "Maritime"),
        "land": ("Poids lourd", "Routier"),
        "air": ("Aérien", "Avion"),
    },
    offences={
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    unknown=("Non renseigné", "NC", None),
    zero=("Néant", "aucun"),
    placeholder=("à préciser", "NC"),
    direct=("Direct", None),
    transit_sep=" / ",
    offence_sep=", ",
    dates={"dmy": 0.8, "dmy2": 0.1, "month": 0.05, "quarter": 0.05},
    countries={"name": 0.83, "upper": 0.1, "alias": 0.04, "typo": 0.03},
    aliases={
        "GBR": ("Grande-Bretagne", "UK"),
        "GIN": ("Guinée-Conakry", "Guinée Conakry"),
        "VNM": ("Viêt Nam",),
        "NGA": ("Nigéria",),
        "USA": ("USA",),
        "TUR": ("Türkiye",),
    },
    typos={
        "AFG": "Afganistan",
        "ERI": "Erythree",
        "DZA": "Algerie",
        "SEN": "Senegal",
        "MAR": "Marroc",
        "ALB": "Albannie",
        "GBR": "Royaume Uni",
        "TUN": "Tunsie",
    },
    demonyms={},
    demonym_share=0.0,
    detection_style="as_countries",
    coords="comma_text",
    thousands="\u00a0",
    word_share=0.03,
    case_share=0.05,
)

EUROPASTRY = BakeryDesk(
    source="europastry_cumplimiento",
    filename="europastry_cumplimiento_os.csv",
    ref="CE-{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de detección",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: Canal Ético - datos provisionales, uso interno",
    total="Total",
    bad_count=("varios", "numerosos"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos", "TSH"),
        "smuggling": ("Inmigración clandestina", "Tráfico ilícito de migrantes"),
        "both": ("Trata + tráfico de migrantes", "Trata e inmigración clandestina"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos forzados", "Servidumbre por deudas", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    not_applicable=("No aplica", None),
    gender={
        "female": ("Mujeres", "Mujer"),
        "male": ("Hombres", "Hombre"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={
        "child": ("Menores", "Menor de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y menores",),
    },
    mode={
        "sea": ("Marítimo", "Embarcación"),
        "land": ("Terrestre", "Vehículo", "Autobús"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    unknown=("Sin datos", "Desconocido", None),
    zero=("Ninguno",),
    placeholder=("pendiente", "s/d"),
    direct=("Directo", None),
    transit_sep=" - ",
    offence_sep=" / ",
    dates={"dmy": 0.65, "mmm": 0.15, "month": 0.1, "quarter": 0.1},
    countries={"name": 0.78, "iso2": 0.08, "alias": 0.05, "typo": 0.04, "upper": 0.05},
    aliases={
        "GBR": ("R. Unido", "Gran Bretaña"),
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "USA": ("EE. UU.",),
        "MLI": ("Mali",),
    },
    typos={
        "MAR": "Marrueco",
        "GMB": "Ganbia",
        "MRT": "Mauritana",
        "SEN": "Senegall",
        "DZA": "Algelia",
        "ROU": "Rumaní",
        "NGA": "Nigerai",
    },
    demonyms={},
    demonym_share=0.0,
    detection_style="as_countries",
    coords="pair",
    thousands=".",
    word_share=0.0,
    case_share=0.04,
)

BIMBO = BakeryDesk(
    source="bimbo_linea_etica",
    filename="bimbo_linea_etica_os.csv",
    ref="LE-{yy:02d}{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha de detección",
        "crime_type": "Tipo de caso",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Personas involucradas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País destino",
        "detection_country": "Clave país planta",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: información preliminar, sujeta a validación del Comité de Ética",
    total="Total general",
    bad_count=("varios", "grupo"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico de personas", "Tráfico ilícito de migrantes"),
        "both": ("Trata y tráfico de personas",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzado", "Servidumbre por deudas", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    not_applicable=("N/A", None),
    gender={
        "female": ("Femenino", "Mujeres"),
        "male": ("Masculino", "Hombres"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "child": ("NNA", "Menores de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "Tractocamión", "Autobús", "A pie"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Narcotráfico", "Contrabando"),
        "cybercrime": ("Delitos cibernéticos",),
        "terrorism": ("Terrorismo",),
    },
    unknown=("S/D", "No especificado", None),
    zero=("Ninguno", "0 (cero)"),
    placeholder=("S/D", "Por determinar"),
    direct=(None,),
    transit_sep=", ",
    offence_sep=", ",
    dates={"dmy": 0.8, "iso": 0.1, "month": 0.1},
    countries={"name": 0.82, "alias": 0.1, "typo": 0.04, "upper": 0.04},
    aliases={
        "USA": ("EUA", "E.U.A.", "EE.UU."),
        "MEX": ("Mexico",),
        "CHN": ("República Popular China",),
        "HTI": ("Haiti",),
    },
    typos={
        "COL": "Columbia",
        "VEN": "Venezuala",
        "HND": "Hondura",
        "ECU": "Equador",
        "GTM": "Guatemal",
    },
    demonyms={
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
    },
    demonym_share=0.6,
    detection_style="iso2",
    coords="dot_text",
    thousands=",",
    word_share=0.0,
    case_share=0.04,
)

EFFAT = BakeryDesk(
    source="effat_food_casework",
    filename="effat_food_casework_os.jsonl",
    ref="EFFAT/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_no",
        "event_date": "date_identified",
        "crime_type": "case_type",
        "exploitation": "exploitation_form",
        "n_persons": "workers_involved",
        "n_suspects": "perpetrators",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country",
        "transit_countries": "transit",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL (all affiliates)",
    bad_count=("several", "dozens"),
    repeats=False,
    crime={
        "trafficking": ("human trafficking", "trafficking"),
        "smuggling": ("migrant smuggling", "smuggling"),
        "both": ("trafficking + smuggling",),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour", "debt bondage", "labour exploitation"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    not_applicable=(None,),
    gender={"female": ("female", "women"), "male": ("male", "men"), "mixed": ("mixed",)},
    age={"child": ("minor", "child"), "adult": ("adult",), "mixed": ("mixed",)},
    mode={"sea": ("sea", "boat"), "land": ("land", "road", "truck"), "air": ("air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    unknown=("unknown", None),
    zero=("none",),
    placeholder=("n/k", "unknown"),
    direct=(None, ""),
    transit_sep=";",
    offence_sep=", ",
    dates={"iso": 0.8, "month_iso": 0.1, "quarter": 0.05, "long": 0.05},
    countries={"iso3": 0.8, "iso2": 0.08, "name": 0.12},
    aliases={},
    typos={},
    demonyms={},
    demonym_share=0.0,
    detection_style="as_countries",
    coords="numbers",
    thousands=None,
    word_share=0.0,
    case_share=0.0,
)

#: The five desks, in the order of the submissions.
SOURCES: tuple[BakeryDesk, ...] = (HOVIS, PASQUIER, EUROPASTRY, BIMBO, EFFAT)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _any(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    return options[int(rng.integers(len(options)))]


def _date_cell(src: BakeryDesk, ts: pd.Timestamp, style: str) -> object:
    """Write a date in one of the desk's styles.

    Parameters
    ----------
    src : BakeryDesk
        The desk (its language picks the month names and the quarter's form).
    ts : Timestamp
        The date.
    style : str
        ``excel`` (a real Excel date), ``serial`` (an Excel serial number), ``dmy``
        (``17/05/2023``), ``dmy2`` (``17/05/23``), ``iso`` (``2023-05-17``), ``long``
        (``17 May 2023``), ``mmm`` (``17-may-2023``), ``month`` (``May 2023``),
        ``month_iso`` (``2023-05``) or ``quarter`` (``Q2 2023``, ``T2 2023``,
        ``2T 2023`` or ``2023-Q2``).

    Returns
    -------
    object
        The cell: text, a ``datetime`` or an ``int``.

    Examples
    --------
    >>> _date_cell(PASQUIER, pd.Timestamp("2023-05-17"), "quarter")
    'T2 2023'
    >>> _date_cell(EUROPASTRY, pd.Timestamp("2023-09-02"), "mmm")
    '02-sep-2023'
    >>> _date_cell(HOVIS, pd.Timestamp("2023-05-17"), "serial")
    45063
    """
    months = _MONTH_NAMES[src.language]
    name = months[ts.month - 1]
    if style == "excel":
        return dt.datetime(ts.year, ts.month, ts.day)
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "long":
        return f"{ts.day} {name} {ts.year}"
    if style == "mmm":
        return f"{ts.day:02d}-{name[:3]}-{ts.year}"
    if style == "month":
        return f"{name} {ts.year}"
    if style == "month_iso":
        return ts.strftime("%Y-%m")
    if src.format == "jsonl":
        return f"{ts.year}-Q{ts.quarter}"
    if src.language == "fr":
        return f"T{ts.quarter} {ts.year}"
    if src.language == "es":
        return f"{ts.quarter}T {ts.year}"
    return f"Q{ts.quarter} {ts.year}"


def _country(src: BakeryDesk, iso: str, rng: _Rng, col: str) -> tuple[str, list[str]]:
    """Write one country the desk's way; return the cell and its messiness tags."""
    name = _NAMES[iso][_LANG[src.language]]
    if col == "detection_country" and src.detection_style == "iso2":
        return _ISO2[iso], [f"iso2:{col}"]
    if col == "nationality" and iso in src.demonyms and rng.random() < src.demonym_share:
        return src.demonyms[iso], [f"demonym:{col}"]
    style = _pick(rng, src.countries)
    text: str | None = name
    if style == "alias" and iso in src.aliases:
        text = choice(rng, src.aliases[iso])
    elif style == "typo" and iso in src.typos:
        text = src.typos[iso]
    elif style == "iso2":
        text = _ISO2[iso]
    elif style == "iso3":
        text = iso
    elif style == "upper":
        text = name.upper()
    elif style == "mojibake":
        text = mojibake(name)
    if text is None or not fits(text, src):
        text = name
    tags = [] if text == name else [f"{style}:{col}"]
    return text, tags


def _transit(src: BakeryDesk, value: str | None, rng: _Rng) -> tuple[str | None, list[str]]:
    """Write a ``|``-joined transit list with the desk's separator, in order."""
    if value is None:
        return _any(rng, src.direct), ["direct_transit"]
    parts: list[str] = []
    tags: list[str] = []
    for iso in value.split("|"):
        text, t = _country(src, iso, rng, "transit_countries")
        parts.append(text)
        tags += t
    return src.transit_sep.join(parts), sorted(set(tags))


def _count(src: BakeryDesk, n: int, rng: _Rng, col: str) -> tuple[object, list[str]]:
    """Write a count: numbers in a spreadsheet or JSON, text in a CSV file."""
    if n >= 1000 and src.thousands is not None:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", [f"thousands:{col}"]
    if 1 <= n <= 10 and src.language in _NUMBER_WORDS and rng.random() < src.word_share:
        return _NUMBER_WORDS[src.language][n - 1], [f"count_word:{col}"]
    if src.format in ("xlsx", "jsonl"):
        return n, []
    return str(n), []


def _coords(src: BakeryDesk, lat: float, lon: float) -> tuple[dict[str, object], float, float]:
    """Write a point the desk's way; return the cells and the point they say."""
    if src.coords == "numbers":
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo
    la, lo = round(lat, 5), round(lon, 5)
    if src.coords == "dot_text":
        return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo
    t_lat, t_lon = f"{la:.5f}".replace(".", ","), f"{lo:.5f}".replace(".", ",")
    if src.coords == "pair":
        return {"coordinates": f"{t_lat}; {t_lon}"}, la, lo
    return {"lat": t_lat, "lon": t_lon}, la, lo


def _no_coords(src: BakeryDesk, cell: object = None) -> dict[str, object]:
    if src.coords == "pair":
        return {"coordinates": cell}
    return {"lat": cell, "lon": cell}


def _noise(src: BakeryDesk, text: object, rng: _Rng) -> tuple[object, bool]:
    """Capitals or stray spaces in a few text cells (the meaning stays)."""
    if not isinstance(text, str) or rng.random() >= src.case_share:
        return text, False
    kind = int(rng.integers(3))
    out = text.upper() if kind == 0 else f" {text}" if kind == 1 else f"{text}  "
    return out, out != text


def _mojibake_cell(src: BakeryDesk, text: object) -> tuple[object, bool]:
    """Garble a cell of a row pasted from a UTF-8 tool into the desk's cp1252 sheet."""
    if not isinstance(text, str):
        return text, False
    garbled = mojibake(text)
    if garbled is None or not fits(garbled, src):
        return text, False
    return garbled, True


def _render(
    src: BakeryDesk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # Date: the whole day, or (not for an event two desks report) its month or quarter.
    style = _pick(rng, src.dates)
    while not partial_ok and style in (*_MONTH_STYLES, *_QUARTER_STYLES):
        style = _pick(rng, src.dates)
    cells["event_date"] = _date_cell(src, ts, style)
    if style in _MONTH_STYLES:
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_date")
    elif style in _QUARTER_STYLES:
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_date")
    else:
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        if style in ("serial", "long", "mmm", "dmy2"):
            tags.append(f"date_{style}")

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _any(rng, src.not_applicable)
        exp["exploitation"] = None
    else:
        word = choice(rng, src.exploitation[str(expl)])
        cells["exploitation"] = word
        exp["exploitation"] = str(expl)
        if word.lower() in _DEBT_BONDAGE:
            tags.append("debt_bondage")

    # Counts: persons (a few "not known yet"), suspects (zero words, a few unknown).
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, src.placeholder)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n_persons, rng, "n_persons")
        exp["n_persons"] = n_persons
        tags += t
    suspects = ev["n_suspects"]
    r = rng.random()
    if suspects is None or r < 0.03:
        cells["n_suspects"] = choice(rng, src.placeholder)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(suspects) == 0 and r < 0.5:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], t = _count(src, int(suspects), rng, "n_suspects")  # type: ignore[call-overload]
        exp["n_suspects"] = int(suspects)  # type: ignore[call-overload]
        tags += t

    # Categories: the desk's words; a few not known (blank or its "unknown" word).
    for col, words in (
        ("gender", src.gender),
        ("age_group", src.age),
        ("transport_mode", src.mode),
    ):
        value = str(ev[col])
        r = rng.random()
        if r < (0.03 if col == "gender" else 0.02):
            cells[col] = _any(rng, src.unknown)
            exp[col] = "unknown"
            tags.append("blank_gender" if col == "gender" else f"na_word;unknown:{col}")
        else:
            cells[col] = choice(rng, words[value])
            exp[col] = value
    corridor = str(ev["corridor"])
    # Europastry's plants in the south name the boat (patera, cayuco) or the fence.
    boat = _BOATS.get(corridor) if exp["transport_mode"] == "sea" else None
    fence = exp["transport_mode"] == "land" and ev.get("hotspot") in ("Ceuta", "Melilla")
    if src is EUROPASTRY and boat is not None and rng.random() < 0.6:
        cells["transport_mode"] = boat
        tags.append("boat_word")
    elif src is EUROPASTRY and fence and rng.random() < 0.4:
        cells["transport_mode"] = "Salto de valla"
        tags.append("fence_word")

    # Countries.
    for col, blank_rate in (
        ("nationality", 0.02),
        ("origin_country", 0.04),
        ("destination_country", 0.03),
        ("detection_country", 0.0),
    ):
        iso = ev[col]
        if iso is None or rng.random() < blank_rate:
            cells[col] = _any(rng, src.unknown)
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        cells[col], t = _country(src, str(iso), rng, col)
        exp[col] = str(iso)
        tags += t
    transit = ev["transit_countries"]
    cells["transit_countries"], t = _transit(src, None if transit is None else str(transit), rng)
    exp["transit_countries"] = transit
    tags += t

    # Place.
    lat, lon = ev["lat"], ev["lon"]
    r = rng.random()
    if lat is None or lon is None or r < 0.04:
        cells.update(_no_coords(src))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif src.coords == "pair" and r < 0.05:
        cells.update(_no_coords(src, "s/d"))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        point, exp["lat"], exp["lon"] = _coords(src, float(lat), float(lon))  # type: ignore[arg-type]
        cells.update(point)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words_of = [choice(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words_of)
    exp["linked_offences"] = offences

    # A second report may leave out a field the first one gives.
    if forced_blank is not None:
        gone = {
            "n_suspects": ("zero_word", "suspects_placeholder"),
            "coordinates": ("coords_missing", "coords_placeholder"),
        }.get(forced_blank, ())
        tags = [
            t
            for t in tags
            if t not in gone and t != f"blank_{forced_blank}" and not t.endswith(f":{forced_blank}")
        ]
        if forced_blank == "coordinates":
            cells.update(_no_coords(src))
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
        tags.append(f"blank_{forced_blank}")

    # Hand-typed noise: capitals, stray spaces; rows pasted from a UTF-8 tool (cp1252).
    pasted = src.encoding == "cp1252" and rng.random() < 0.1
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
        "transit_countries",
        "linked_offences",
    ):
        if col == "detection_country" and src.detection_style == "iso2":
            continue
        if pasted:
            cells[col], moj = _mojibake_cell(src, cells.get(col))
            if moj:
                tags.append(f"mojibake:{col}")
        if col in ("transit_countries", "linked_offences"):
            continue
        cells[col], changed = _noise(src, cells.get(col), rng)
        if changed:
            tags.append(f"case:{col}")
    return cells, exp, tags


def _bad_date(src: BakeryDesk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: blank, impossible or a mistyped year."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = ts.replace(year=2200 + ts.year % 100)  # "2223" for "2023": one digit slipped
        if src.format == "xlsx":
            return dt.datetime(later.year, later.month, later.day)
        return _date_cell(src, later, "iso" if src.format == "jsonl" else "dmy")
    day = 31 if ts.month in (4, 6, 9, 11) else 30
    month = ts.month if ts.month in (4, 6, 9, 11) else 2
    if src.format == "jsonl":
        return f"{ts.year}-{month:02d}-{day}"
    return f"{day}/{month:02d}/{ts.year}"


def _note_date(src: BakeryDesk, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row (the extraction date: its last case)."""
    if src.format == "xlsx":
        return dt.datetime(last.year, last.month, last.day)
    return _date_cell(src, last, "iso" if src.format == "jsonl" else "dmy")


#: The variant: desks, routing of events to desks, and the desks' writing.
BLIND407: Examiner[BakeryDesk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": HOVIS.source,
        "FRA": PASQUIER.source,
        "ESP": EUROPASTRY.source,
        "USA": BIMBO.source,
        "PAN": BIMBO.source,
    },
    compilation=EFFAT.source,
    secondary={
        ("channel", "FRA"): HOVIS.source,
        ("channel", "GBR"): PASQUIER.source,
        ("thb_vnm_gbr", "GBR"): EFFAT.source,
        ("cmed", "ITA"): PASQUIER.source,
        ("thb_nga_ita", "ITA"): EUROPASTRY.source,
        ("thb_rou_esp", "ITA"): EUROPASTRY.source,
        ("thb_rou_esp", "ESP"): EFFAT.source,
        ("wmed", "ESP"): PASQUIER.source,
        ("watl", "ESP"): EFFAT.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=407_0407,
    blank_share=0.3,
)


def make_blind407(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five bakery compliance desks' submissions (``*_os.*``).

    Hovis (UK, XLSX), Brioche Pasquier (France, cp1252 ``;`` CSV), Europastry (Spain,
    UTF-8-BOM ``;`` CSV), Grupo Bimbo (Mexico, UTF-16 tab-separated CSV) each report
    the events detected in their countries (Bimbo: the United States and Panama);
    EFFAT's casework tracker (JSON lines) compiles the rest. Some events are reported
    a second time by another desk; bad rows, note and total rows and re-sent rows are
    planted as the shared machinery does (:func:`make_examined`).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per desk, in the order of :data:`SOURCES`.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind407(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['hovis_ethical_trade_os.xlsx', 'pasquier_conformite_sociale_os.csv',
     'europastry_cumplimiento_os.csv', 'bimbo_linea_etica_os.csv',
     'effat_food_casework_os.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° alerte', 'Date du constat', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND407, truth, seed=seed)
