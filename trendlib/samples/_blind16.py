"""The sixteenth examiner's held-out sample set (variant ``blind16``, files ``*_r.*``).

Written from general knowledge of how these agencies record cases, without reading the
cleaner's tables. Five sources, none used by an earlier set:

``salvamento_maritimo_r.csv`` / Spanish maritime rescue (SASEMAR) with Guardia Civil
    typing: Spanish, cp1252, tab-delimited, ``dd/mm/aaaa`` dates (``marzo de 2022``,
    ``2º trimestre 2022`` when partial), Spanish country names and demonyms
    (``marroquí``, ``guineana (Conakry)``), crime typed by the Penal Code article
    (``art. 318 bis CP``, ``art. 177 bis CP``), ``patera``/``cayuco`` as the vessel,
    nautical positions in degrees and decimal minutes (``36º 07,52' N  005º 21,30' W``),
    ``s/d`` placeholders, ``1.234``-style thousands.
``ameripol_r.xlsx`` / AMERIPOL (police community of the Americas) exchange sheet:
    Spanish (Latin American wording: ``NNA``, ``lavado de activos``, ``Rumania``,
    ``EE.UU.``), real Excel dates mixed with text dates (``15-ene-2022``, ``ene-2022``),
    numbers as numbers, some coordinates as text with decimal commas, mojibake
    (``PanamÃ¡``).
``seepag_r.jsonl`` / SEEPAG-style South-East European prosecutors' exchange: English
    keys, ISO alpha-2 country codes (``GR``, ``AF``), ISO dates (``2022-03``,
    ``2022-Q1`` when partial), ``THB``/``SoM`` abbreviations, transit countries as a
    JSON array of alpha-2 codes, numbers as JSON numbers.
``carabinieri_r.csv`` / Arma dei Carabinieri liaison export in English: UTF-8 with
    BOM, comma-delimited, ``15.03.2022`` and ``15-Mar-22`` dates, English demonyms
    (``Ivorian``, ``Bangladeshi``), Italian legal references (``Art. 12 TUI``,
    ``Art. 601 c.p.``), coordinates as one ``lat, long`` cell, ``1,234`` thousands,
    ``nil``/``unk`` words.
``gendarmerie_nationale_r.csv`` / French Gendarmerie nationale (procès-verbal
    extract): French, latin-1, semicolon-delimited, ``15/03/2022`` or ``15 mars 2022``
    dates (``mars 2022``, ``T1 2022``), French names and demonyms (``afghane``,
    ``ivoirienne``), ``TEH`` and CESEDA wording, decimal-comma coordinates, ``1 234``
    thousands, ``néant``/``NC`` words.

Each source writes an empty row (CSV), a note row and a total row; the Carabinieri file
re-sends some rows. Bad rows are the kinds of :data:`~._examiner.BAD_KINDS`.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["BLIND16_SOURCES", "Blind16Source", "make_blind16"]

_Rng = np.random.Generator
Words = dict[str, tuple[str, ...]]

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_ES = {
    "AFG": "Afganistán", "ALB": "Albania", "AUT": "Austria", "BGD": "Bangladés",
    "BGR": "Bulgaria", "BIH": "Bosnia y Herzegovina", "BLR": "Bielorrusia", "CHN": "China",
    "CIV": "Costa de Marfil", "CMR": "Camerún", "COL": "Colombia", "DEU": "Alemania",
    "DZA": "Argelia", "ECU": "Ecuador", "EGY": "Egipto", "ERI": "Eritrea", "ESP": "España",
    "FRA": "Francia", "GBR": "Reino Unido", "GIN": "Guinea", "GMB": "Gambia",
    "GRC": "Grecia", "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croacia",
    "HTI": "Haití", "HUN": "Hungría", "IRN": "Irán", "IRQ": "Irak", "ITA": "Italia",
    "LBY": "Libia", "MAR": "Marruecos", "MEX": "México", "MKD": "Macedonia del Norte",
    "MLI": "Malí", "MRT": "Mauritania", "NER": "Níger", "NGA": "Nigeria",
    "PAK": "Pakistán", "PAN": "Panamá", "POL": "Polonia", "ROU": "Rumanía",
    "RUS": "Rusia", "SEN": "Senegal", "SRB": "Serbia", "SYR": "Siria", "TUN": "Túnez",
    "TUR": "Turquía", "USA": "Estados Unidos", "VEN": "Venezuela", "VNM": "Vietnam",
    "YEM": "Yemen",
}  # fmt: skip
_ES_AMERICAS = {**_ES, "ROU": "Rumania", "USA": "EE.UU.", "BGD": "Bangladesh"}
_ES_DEMONYM = {
    "MAR": "marroquí", "DZA": "argelina", "SEN": "senegalesa", "GIN": "guineana (Conakry)",
    "MLI": "maliense", "CIV": "marfileña", "GMB": "gambiana", "MRT": "mauritana",
    "CMR": "camerunesa", "ROU": "rumana", "SYR": "siria", "TUN": "tunecina",
    "NGA": "nigeriana", "BGD": "bangladesí", "EGY": "egipcia", "AFG": "afgana",
    "PAK": "pakistaní", "VNM": "vietnamita", "COL": "colombiana", "VEN": "venezolana",
}  # fmt: skip
_FR = {
    "AFG": "Afghanistan", "ALB": "Albanie", "AUT": "Autriche", "BGD": "Bangladesh",
    "BGR": "Bulgarie", "BIH": "Bosnie-Herzégovine", "BLR": "Biélorussie", "CHN": "Chine",
    "CIV": "Côte d'Ivoire", "CMR": "Cameroun", "COL": "Colombie", "DEU": "Allemagne",
    "DZA": "Algérie", "ECU": "Équateur", "EGY": "Égypte", "ERI": "Érythrée",
    "ESP": "Espagne", "FRA": "France", "GBR": "Royaume-Uni", "GIN": "Guinée",
    "GMB": "Gambie", "GRC": "Grèce", "GTM": "Guatemala", "HND": "Honduras",
    "HRV": "Croatie", "HTI": "Haïti", "HUN": "Hongrie", "IRN": "Iran", "IRQ": "Irak",
    "ITA": "Italie", "LBY": "Libye", "MAR": "Maroc", "MEX": "Mexique",
    "MKD": "Macédoine du Nord", "MLI": "Mali", "MRT": "Mauritanie", "NER": "Niger",
    "NGA": "Nigeria", "PAK": "Pakistan", "PAN": "Panama", "POL": "Pologne",
    "ROU": "Roumanie", "RUS": "Russie", "SEN": "Sénégal", "SRB": "Serbie", "SYR": "Syrie",
    "TUN": "Tunisie", "TUR": "Turquie", "USA": "États-Unis", "VEN": "Venezuela",
    "VNM": "Viêt Nam", "YEM": "Yémen",
}  # fmt: skip
_FR_DEMONYM = {
    "AFG": "afghane", "ALB": "albanaise", "DZA": "algérienne", "MAR": "marocaine",
    "TUN": "tunisienne", "SYR": "syrienne", "IRQ": "irakienne", "IRN": "iranienne",
    "ERI": "érythréenne", "VNM": "vietnamienne", "EGY": "égyptienne",
    "PAK": "pakistanaise", "SEN": "sénégalaise", "MLI": "malienne", "CIV": "ivoirienne",
    "GIN": "guinéenne", "NGA": "nigériane", "ROU": "roumaine", "CMR": "camerounaise",
    "BGD": "bangladaise",
}  # fmt: skip
_EN = {
    "AFG": "Afghanistan", "ALB": "Albania", "AUT": "Austria", "BGD": "Bangladesh",
    "BGR": "Bulgaria", "BIH": "Bosnia-Herzegovina", "BLR": "Belarus", "CHN": "China",
    "CIV": "Ivory Coast", "CMR": "Cameroon", "COL": "Colombia", "DEU": "Germany",
    "DZA": "Algeria", "ECU": "Ecuador", "EGY": "Egypt", "ERI": "Eritrea", "ESP": "Spain",
    "FRA": "France", "GBR": "UK", "GIN": "Guinea", "GMB": "The Gambia", "GRC": "Greece",
    "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croatia", "HTI": "Haiti",
    "HUN": "Hungary", "IRN": "Iran", "IRQ": "Iraq", "ITA": "Italy", "LBY": "Libya",
    "MAR": "Morocco", "MEX": "Mexico", "MKD": "North Macedonia", "MLI": "Mali",
    "MRT": "Mauritania", "NER": "Niger", "NGA": "Nigeria", "PAK": "Pakistan",
    "PAN": "Panama", "POL": "Poland", "ROU": "Romania", "RUS": "Russia",
    "SEN": "Senegal", "SRB": "Serbia", "SYR": "Syria", "TUN": "Tunisia",
    "TUR": "Türkiye", "USA": "USA", "VEN": "Venezuela", "VNM": "Vietnam", "YEM": "Yemen",
}  # fmt: skip
_EN_DEMONYM = {
    "AFG": "Afghan", "ALB": "Albanian", "DZA": "Algerian", "BGD": "Bangladeshi",
    "EGY": "Egyptian", "ERI": "Eritrean", "GMB": "Gambian", "GIN": "Guinean",
    "CIV": "Ivorian", "MLI": "Malian", "MAR": "Moroccan", "NGA": "Nigerian",
    "PAK": "Pakistani", "SEN": "Senegalese", "SYR": "Syrian", "TUN": "Tunisian",
    "IRQ": "Iraqi", "IRN": "Iranian", "CMR": "Cameroonian", "ROU": "Romanian",
}  # fmt: skip
#: Typing slips an analyst still reads without doubt.
_TYPOS = {
    "Venezuela": "Venezuala", "Colombia": "Colomiba", "Guatemala": "Guatamala",
    "Pakistán": "Pakistan", "Eritrea": "Eritera", "Bangladesh": "Bangaldesh",
    "Afghanistan": "Afganistan", "Morocco": "Marocco", "Sénégal": "Senégal",
    "Marruecos": "Marrueco", "Syria": "Syira",
}  # fmt: skip


def _plain(text: str) -> str:
    """Drop accents, as a keyboard without them writes (``Túnez`` -> ``Tunez``)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Blind16Source(ExaminerSource):
    """A ``blind16`` source: the shared fields plus its own wording.

    Attributes
    ----------
    names : dict
        ISO alpha-3 -> country name in the source's language.
    demonyms : dict
        ISO alpha-3 -> nationality adjective, used in the nationality column when given.
    country_style : str
        ``"name"`` (names, demonyms for nationality) or ``"iso2"`` (alpha-2 codes).
    date_style : str
        ``"es"``, ``"xl"``, ``"iso"``, ``"it"`` or ``"fr"``: how a day is written.
    words : dict
        Canonical word (``smuggling``, ``sexual``, ``male``, ``sea``, ...) -> choices.
    offences : dict
        Linked offence -> choices.
    joiner : tuple of str
        Joiners of a list cell (transit countries, linked offences).
    none_words : tuple of str
        What the source writes for "no transit country".
    no_offence : tuple of str
        What the source writes for "no linked offence".
    placeholders : tuple of str
        Count cells meaning "not known".
    zero_words : tuple of str
        Suspect counts meaning zero.
    na_words : tuple of str
        "Not stated" words for age group and transport mode.
    thousands : str
        Thousands separator of counts of 1000 or more.
    coords : str
        ``"dm"`` (degrees, decimal minutes), ``"pair"`` (one ``lat, lon`` cell),
        ``"comma"`` (two cells, decimal comma) or ``"num"`` (two numbers).
    coord_none : tuple of str
        Placeholders of an unknown position.
    """

    names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    country_style: str = "name"
    date_style: str = "iso"
    words: Words = field(default_factory=dict)
    offences: Words = field(default_factory=dict)
    joiner: tuple[str, ...] = (", ",)
    none_words: tuple[str, ...] = ("",)
    no_offence: tuple[str, ...] = ("",)
    placeholders: tuple[str, ...] = ()
    zero_words: tuple[str, ...] = ()
    na_words: tuple[str, ...] = ()
    thousands: str = ""
    coords: str = "num"
    coord_none: tuple[str, ...] = ()


_ES_WORDS: Words = {
    "smuggling": (
        "Tráfico ilícito de migrantes",
        "inmigración irregular (art. 318 bis CP)",
        "art. 318 bis CP",
        "favorecimiento de la inmigración clandestina",
    ),
    "trafficking": ("Trata de seres humanos", "trata (art. 177 bis CP)", "art. 177 bis CP"),
    "both": ("Trata y tráfico de migrantes", "arts. 177 bis y 318 bis CP"),
    "sexual": ("explotación sexual", "prostitución forzada"),
    "forced_labour": ("explotación laboral", "trabajos forzados"),
    "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
    "organ_removal": ("extracción de órganos",),
    "forced_marriage": ("matrimonio forzado",),
    "other": ("otras formas de explotación", "otra"),
    "male": ("Hombres", "masculino", "varones"),
    "female": ("Mujeres", "femenino"),
    "mixed": ("Mixto", "hombres y mujeres", "ambos sexos"),
    "child": ("Menores", "menores de edad"),
    "adult": ("Adultos", "mayores de edad"),
    "mixed_age": ("adultos y menores", "mixto"),
    "sea": ("marítimo", "embarcación"),
    "land": ("terrestre", "por carretera"),
    "air": ("aéreo", "vuelo comercial"),
    "no_exploitation": ("", "no procede"),
}
_SASEMAR_WORDS: Words = {**_ES_WORDS, "sea": ("patera", "cayuco", "neumática", "marítimo")}
_AMERIPOL_WORDS: Words = {
    **_ES_WORDS,
    "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes", "TIM"),
    "trafficking": ("Trata de personas", "Trata de personas (Protocolo de Palermo)"),
    "both": ("Trata de personas y tráfico de migrantes", "Trata / TIM"),
    "child": ("NNA", "niñas, niños y adolescentes", "menores"),
    "mixed_age": ("adultos y NNA", "mixto"),
    "male": ("Masculino", "hombres"),
    "female": ("Femenino", "mujeres"),
    "mixed": ("Ambos", "mixto"),
    "land": ("terrestre", "a pie (selva)", "bus"),
    "sea": ("marítima", "lancha"),
    "air": ("aérea",),
    "no_exploitation": ("", "N/A"),
}
_ES_OFFENCES: Words = {
    "document_fraud": ("falsedad documental", "documentación falsa"),
    "corruption": ("cohecho", "corrupción"),
    "money_laundering": ("blanqueo de capitales",),
    "illicit_goods": ("contrabando", "tráfico de drogas"),
    "cybercrime": ("ciberdelito",),
    "terrorism": ("terrorismo",),
}
_AMERIPOL_OFFENCES: Words = {**_ES_OFFENCES, "money_laundering": ("lavado de activos",)}
_SEEPAG_WORDS: Words = {
    "smuggling": ("SoM", "smuggling of migrants"),
    "trafficking": ("THB", "trafficking in human beings"),
    "both": ("THB/SoM", "THB + SoM"),
    "sexual": ("sexual exploitation", "SE"),
    "forced_labour": ("labour exploitation", "forced labour"),
    "forced_criminality": ("forced criminality", "criminal exploitation"),
    "organ_removal": ("organ removal",),
    "forced_marriage": ("forced marriage",),
    "other": ("other",),
    "male": ("M", "male"),
    "female": ("F", "female"),
    "mixed": ("M/F", "mixed"),
    "child": ("minor", "U18"),
    "adult": ("adult", "18+"),
    "mixed_age": ("adults+minors", "mixed"),
    "sea": ("sea", "boat"),
    "land": ("land", "truck", "car"),
    "air": ("air",),
    "no_exploitation": ("", "n/a"),
}
_EN_OFFENCES: Words = {
    "document_fraud": ("document fraud", "forged documents"),
    "corruption": ("bribery", "corruption"),
    "money_laundering": ("money laundering",),
    "illicit_goods": ("contraband", "drug trafficking"),
    "cybercrime": ("cybercrime",),
    "terrorism": ("terrorism",),
}
_CARAB_WORDS: Words = {
    **_SEEPAG_WORDS,
    "smuggling": (
        "Migrant smuggling",
        "Facilitation of illegal immigration (Art. 12 TUI)",
        "Art. 12 D.Lgs. 286/1998",
    ),
    "trafficking": ("Human trafficking", "Trafficking in persons (Art. 601 c.p.)"),
    "both": ("Trafficking & smuggling", "Art. 601 c.p. + Art. 12 TUI"),
    "male": ("Male", "M", "men"),
    "female": ("Female", "F", "women"),
    "mixed": ("Mixed", "men & women"),
    "child": ("Minors", "juveniles", "UAM"),
    "adult": ("Adults", "adult"),
    "mixed_age": ("Adults & minors", "mixed"),
    "sea": ("Sea", "vessel", "fishing boat"),
    "land": ("Land", "road", "lorry"),
    "air": ("Air", "flight"),
}
_FR_WORDS: Words = {
    "smuggling": (
        "Aide à l'entrée et au séjour irréguliers",
        "trafic de migrants",
        "aide au séjour irrégulier (art. L823-1 CESEDA)",
    ),
    "trafficking": ("Traite des êtres humains", "TEH", "TEH (art. 225-4-1 CP)"),
    "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
    "forced_labour": ("travail forcé", "exploitation par le travail"),
    "forced_criminality": ("contrainte à commettre des délits",),
    "organ_removal": ("prélèvement d'organes",),
    "forced_marriage": ("mariage forcé",),
    "other": ("autre",),
    "male": ("Hommes", "masculin", "H"),
    "female": ("Femmes", "féminin", "F"),
    "mixed": ("Mixte", "H/F", "hommes et femmes"),
    "child": ("Mineurs", "mineur(s)"),
    "adult": ("Majeurs", "adultes"),
    "mixed_age": ("majeurs et mineurs", "mixte"),
    "sea": ("maritime", "embarcation", "small boat"),
    "land": ("terrestre", "camion", "véhicule léger"),
    "air": ("aérien", "vol commercial"),
    "no_exploitation": ("", "sans objet"),
}
_FR_OFFENCES: Words = {
    "document_fraud": ("faux documents", "fraude documentaire"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment",),
    "illicit_goods": ("contrebande", "trafic de stupéfiants"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}

_ISO2 = {c: iso_codes(c)[0] for c in _EN}

SASEMAR = Blind16Source(
    source="salvamento_maritimo",
    filename="salvamento_maritimo_r.csv",
    ref="SM-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha del suceso",
        "crime_type": "Tipificación",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Personas a bordo",
        "n_suspects": "Patrones / facilitadores detenidos",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad declarada",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País de la intervención",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio empleado",
        "coordinates": "Posición (lat / long)",
        "linked_offences": "Otros delitos conexos",
    },
    note="Datos provisionales, pendientes de validación por el CCS",
    total="TOTAL",
    bad_count=("varios", "numerosos", "ver atestado"),
    repeats=False,
    names=_ES,
    demonyms=_ES_DEMONYM,
    date_style="es",
    words=_SASEMAR_WORDS,
    offences=_ES_OFFENCES,
    joiner=(", ", " - ", " y "),
    none_words=("", "ninguno", "directo"),
    no_offence=("", "ninguno"),
    placeholders=("s/d", "sin datos", "desconocido"),
    zero_words=("ninguno", "0 (ninguno)"),
    na_words=("no consta",),
    thousands=".",
    coords="dm",
    coord_none=("s/d", "sin posición"),
)
AMERIPOL = Blind16Source(
    source="ameripol",
    filename="ameripol_r.xlsx",
    ref="AMP/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Código caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cantidad víctimas / migrantes",
        "n_suspects": "Cant. imputados",
        "gender": "Género",
        "age_group": "Rango etario",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Vía",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos asociados",
    },
    note="Fuente: AMERIPOL. Datos sujetos a revisión",
    total="Total general",
    bad_count=("varios", "sin cuantificar", "grupo familiar"),
    repeats=False,
    names=_ES_AMERICAS,
    date_style="xl",
    words=_AMERIPOL_WORDS,
    offences=_AMERIPOL_OFFENCES,
    joiner=(" - ", ", ", " / "),
    none_words=("", "Directo", "no registra"),
    no_offence=("", "no registra"),
    placeholders=("S/D", "sin dato", "no determinado"),
    zero_words=("ninguno", "sin imputados"),
    na_words=("sin dato",),
    thousands="",
    coords="num",
    coord_none=("S/D",),
)
SEEPAG = Blind16Source(
    source="seepag",
    filename="seepag_r.jsonl",
    ref="SEEPAG-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_no",
        "event_date": "incident_dt",
        "crime_type": "offence",
        "exploitation": "exploitation_purpose",
        "n_persons": "persons_total",
        "n_suspects": "facilitators",
        "gender": "sex",
        "age_group": "age_cat",
        "nationality": "citizenship",
        "origin_country": "country_from",
        "destination_country": "country_to",
        "detection_country": "reporting_country",
        "transit_countries": "route_via",
        "transport_mode": "means_of_transport",
        "lat": "gps_lat",
        "lon": "gps_long",
        "linked_offences": "related_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "see narrative"),
    repeats=False,
    country_style="iso2",
    date_style="iso",
    words=_SEEPAG_WORDS,
    offences=_EN_OFFENCES,
    joiner=("; ",),
    none_words=("",),
    placeholders=("unknown", "n/k"),
    zero_words=("none", "nil"),
    na_words=("n/k",),
    coords="num",
    coord_none=("n/k",),
)
CARABINIERI = Blind16Source(
    source="carabinieri",
    filename="carabinieri_r.csv",
    ref="CC-{year}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Ref. No.",
        "event_date": "Date of interception",
        "crime_type": "Offence category",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of persons involved",
        "n_suspects": "No. of suspects arrested",
        "gender": "Gender",
        "age_group": "Age bracket",
        "nationality": "Nationality (declared)",
        "origin_country": "Country of departure",
        "destination_country": "Intended destination",
        "detection_country": "Country of detection",
        "transit_countries": "Transit countries",
        "transport_mode": "Mode of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Associated offences",
    },
    note="Note: figures provisional, subject to judicial confirmation",
    total="Grand total",
    bad_count=("several", "approx. dozens", "see report"),
    repeats=True,
    names=_EN,
    demonyms=_EN_DEMONYM,
    date_style="it",
    words=_CARAB_WORDS,
    offences=_EN_OFFENCES,
    joiner=(" -> ", ", ", "; "),
    none_words=("", "none", "direct"),
    no_offence=("", "none", "nil"),
    placeholders=("unk", "tbc", "not known"),
    zero_words=("nil", "none"),
    na_words=("not stated",),
    thousands=",",
    coords="pair",
    coord_none=("unk", "not recorded"),
)
GENDARMERIE = Blind16Source(
    source="gendarmerie_nationale",
    filename="gendarmerie_nationale_r.csv",
    ref="PV {seq:05d}/{year}",
    format="csv",
    encoding="latin-1",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de procédure",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, extraction du fichier de procédures",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "voir PV"),
    repeats=False,
    names=_FR,
    demonyms=_FR_DEMONYM,
    date_style="fr",
    words=_FR_WORDS,
    offences=_FR_OFFENCES,
    joiner=(" / ", ", ", " puis "),
    none_words=("", "néant", "aucun"),
    no_offence=("", "néant", "aucune"),
    placeholders=("NC", "inconnu", "non communiqué"),
    zero_words=("néant", "aucun"),
    na_words=("non renseigné",),
    thousands=" ",
    coords="comma",
    coord_none=("NC",),
)

#: The five sources of ``blind16``, in the order of the submissions.
BLIND16_SOURCES: tuple[Blind16Source, ...] = (SASEMAR, AMERIPOL, SEEPAG, CARABINIERI, GENDARMERIE)

_PRIMARY = {
    "ESP": "salvamento_maritimo",
    "PAN": "ameripol",
    "USA": "ameripol",
    "GRC": "seepag",
    "HRV": "seepag",
    "POL": "seepag",
    "ITA": "carabinieri",
}
_SECONDARY = {
    ("cmed", "ITA"): "seepag",
    ("emed", "GRC"): "carabinieri",
    ("watl", "ESP"): "gendarmerie_nationale",
}

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_MONTH_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_MONTH_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_MONTH_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
             "Dec")  # fmt: skip


def _day(src: Blind16Source, ts: pd.Timestamp, rng: _Rng) -> object:
    style = src.date_style
    if style == "es":
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if style == "xl":
        if rng.random() < 0.7:
            return ts.to_pydatetime()
        return f"{ts.day:02d}-{_MONTH_ES[ts.month - 1][:3]}-{ts.year}"
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "it":
        if rng.random() < 0.7:
            return ts.strftime("%d.%m.%Y")
        return f"{ts.day:02d}-{_MONTH_EN[ts.month - 1]}-{ts.year % 100:02d}"
    if rng.random() < 0.75:
        return ts.strftime("%d/%m/%Y")
    return f"{ts.day} {_MONTH_FR[ts.month - 1]} {ts.year}"


def _month(src: Blind16Source, ts: pd.Timestamp) -> str:
    style = src.date_style
    if style == "es":
        return f"{_MONTH_ES[ts.month - 1]} de {ts.year}"
    if style == "xl":
        return f"{_MONTH_ES[ts.month - 1][:3]}-{ts.year}"
    if style == "iso":
        return f"{ts.year}-{ts.month:02d}"
    if style == "it":
        return f"{_MONTH_EN[ts.month - 1]} {ts.year}"
    return f"{_MONTH_FR[ts.month - 1]} {ts.year}"


def _quarter(src: Blind16Source, ts: pd.Timestamp) -> str:
    q = (ts.month - 1) // 3 + 1
    style = src.date_style
    if style in ("es", "xl"):
        return f"{q}º trimestre {ts.year}"
    if style == "iso":
        return f"{ts.year}-Q{q}"
    if style == "it":
        return f"Q{q} {ts.year}"
    return f"T{q} {ts.year}"


def _bad_date(src: Blind16Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _day(src, ts + pd.DateOffset(years=7), rng)
    if src.date_style == "iso":
        return f"{ts.year}-{ts.month:02d}-3{int(rng.integers(2, 10))}"
    if src.date_style == "fr":
        return choice(rng, (f"31/02/{ts.year}", f"{ts.day:02d}/13/{ts.year}"))
    sep = "." if src.date_style == "it" else "/"
    return choice(rng, (f"31{sep}02{sep}{ts.year}", f"00{sep}{ts.month:02d}{sep}{ts.year}"))


def _note_date(src: Blind16Source, last: pd.Timestamp) -> object:
    return _day(src, last + pd.Timedelta(days=3), np.random.default_rng(0))


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _country(src: Blind16Source, code: str, rng: _Rng, tags: list[str], *, nat: bool) -> str:
    if src.country_style == "iso2":
        return _ISO2[code] if rng.random() < 0.9 else _ISO2[code].lower()
    text = src.names[code]
    if nat and code in src.demonyms and rng.random() < 0.6:
        text = src.demonyms[code]
    r = rng.random()
    if r < 0.04 and text in _TYPOS:
        text = _TYPOS[text]
        tags.append("typo")
    elif r < 0.10 and _plain(text) != text:
        text = _plain(text)
        tags.append("no_accent")
    elif r < 0.13 and src.format != "csv":
        garbled = mojibake(text)
        if garbled is not None:
            text = garbled
            tags.append("mojibake")
    elif r < 0.16 and src.country_style == "name":
        text = text.upper()
    return text if fits(text, src) else _plain(text)


def _count(src: Blind16Source, n: int) -> object:
    if src.format != "csv":
        return int(n)
    if n >= 1000 and src.thousands:
        return f"{n:,}".replace(",", src.thousands)
    return str(n)


def _coords(src: Blind16Source, lat: float, lon: float) -> tuple[dict[str, object], float, float]:
    """Cells of a position and the position they say (what a reader gets back)."""
    if src.coords == "dm":
        out = []
        vals = []
        for v, pos, neg, width in ((lat, "N", "S", 2), (lon, "E", "W", 3)):
            deg = int(abs(v))
            minutes = round((abs(v) - deg) * 60, 2)
            if minutes >= 60:
                deg, minutes = deg + 1, 0.0
            hemi = pos if v >= 0 else neg
            out.append(f"{deg:0{width}d}º {minutes:05.2f}' {hemi}".replace(".", ","))
            val = deg + minutes / 60
            vals.append(val if v >= 0 else -val)
        return {"coordinates": f"{out[0]}  {out[1]}"}, round(vals[0], 6), round(vals[1], 6)
    la, lo = round(lat, 5), round(lon, 5)
    if src.coords == "pair":
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if src.coords == "comma":
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    return {"lat": la, "lon": lo}, la, lo


def _render(
    src: Blind16Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    tags: list[str] = []
    exp: dict[str, object] = {k: ev.get(k) for k in (
        "crime_type", "exploitation", "n_persons", "n_suspects", "gender", "age_group",
        "nationality", "origin_country", "destination_country", "detection_country",
        "transit_countries", "transport_mode", "lat", "lon", "linked_offences",
    )}  # fmt: skip
    words = src.words

    # date
    r = rng.random()
    if partial_ok and r < 0.05:
        cells["event_date"] = _month(src, ts)
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("month_date")
    elif partial_ok and r < 0.07:
        cells["event_date"] = _quarter(src, ts)
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        tags.append("quarter_date")
    else:
        cells["event_date"] = _day(src, ts, rng)
        exp["event_date"] = ts.normalize()
        exp["date_precision"] = "day"

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, words[crime])
    expl = ev.get("exploitation")
    cells["exploitation"] = (
        choice(rng, words[str(expl)]) if expl is not None else choice(rng, words["no_exploitation"])
    ) or None

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.placeholders)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n)
        if n >= 1000 and src.format == "csv" and src.thousands:
            tags.append("thousands")
    sus = ev.get("n_suspects")
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif sus is not None and int(sus) == 0 and rng.random() < 0.3:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, src.zero_words)
        tags.append("zero_word")
    elif rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, src.placeholders)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = _count(src, int(sus)) if sus is not None else None  # type: ignore[call-overload]

    # gender, age group, transport
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, words[str(ev["gender"])])
    age = str(ev["age_group"])
    if rng.random() < 0.015:
        cells["age_group"] = choice(rng, src.na_words)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, words["mixed_age" if age == "mixed" else age])
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"] = choice(rng, src.na_words)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, words[mode])

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev.get(col)
        if forced_blank == col:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
        elif code is not None:
            cells[col] = _country(src, str(code), rng, tags, nat=col == "nationality")
    transit = ev.get("transit_countries")
    if transit is None:
        cells["transit_countries"] = choice(rng, src.none_words) or None
    else:
        parts = [_country(src, c, rng, tags, nat=False) for c in str(transit).split("|")]
        if src.format == "jsonl":
            cells["transit_countries"] = parts  # a JSON array
        else:
            cells["transit_countries"] = choice(rng, src.joiner).join(parts)

    # linked offences
    linked = ev.get("linked_offences")
    if linked is None:
        cells["linked_offences"] = choice(rng, src.no_offence) or None
    else:
        names = [choice(rng, src.offences[o]) for o in str(linked).split("|")]
        cells["linked_offences"] = choice(rng, src.joiner).join(names)

    # position
    lat, lon = ev.get("lat"), ev.get("lon")
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif lat is None or lon is None or rng.random() < 0.02:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif rng.random() < 0.015:
        word = choice(rng, src.coord_none)
        keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
        cells.update(dict.fromkeys(keys, word))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        pos, exp["lat"], exp["lon"] = _coords(src, float(lat), float(lon))  # type: ignore[arg-type]
        if src.format == "xlsx" and rng.random() < 0.15:  # typed in as text, decimal comma
            pos = {k: str(v).replace(".", ",") for k, v in pos.items()}
            tags.append("coords_text")
        cells.update(pos)
    return cells, exp, tags


_EXAMINER: Examiner[Blind16Source] = Examiner(
    sources=BLIND16_SOURCES,
    primary=_PRIMARY,
    compilation="gendarmerie_nationale",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=1616,
    blank_share=0.4,
)


def make_blind16(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind16`` sources would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``salvamento_maritimo_r.csv``, ``ameripol_r.xlsx``, ``seepag_r.jsonl``,
        ``carabinieri_r.csv`` and ``gendarmerie_nationale_r.csv``, with their expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind16(make_truth(seed=3, n_events=200), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['salvamento_maritimo_r.csv', 'ameripol_r.xlsx', 'seepag_r.jsonl',
     'carabinieri_r.csv', 'gendarmerie_nationale_r.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
