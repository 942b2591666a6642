"""Examiner sample set ``blind281`` (files ``*_jw.*``): railway and transport police.

Five agencies that police trains, stations and transport hubs, none used before in
this project, each writing in its own working language, file format and habits:

``polfer_it_jw.xlsx``
    Italy's Polizia Ferroviaria (Servizio Polizia Ferroviaria), its return to the
    RAILPOL network written in English by Italian officers: Excel dates, a few Excel
    serial numbers and typed dates, Italian words mixed in (country names, legal
    terms such as *favoreggiamento* and *caporalato*, ``n.d.``), coordinates as
    numbers or typed with a decimal comma. First reports every event detected in Italy.
``spc_police_rail_be_jw.csv``
    Belgium's railway police (Police fédérale, Police des chemins de fer, SPC), its
    French compilation of the RAILPOL partners' returns: cp1252, ``;``, day-first
    dates with a few months (``mai 2023``) and quarters (``T2 2023``), Belgian legal
    wording (``trafic d'êtres humains (art. 77bis)`` is smuggling, ``exploitation
    économique`` is labour exploitation), partner names pasted from UTF-8 files
    (mojibake), decimal-comma coordinates. First reports what no national force of this
    set does (Greece, Croatia, Poland, France, United Kingdom) and re-reports some
    Italian and Spanish returns.
``brimo_transporte_es_jw.csv``
    Spain's Policía Nacional, Brigada Móvil – Policía en el Transporte, an Excel
    "Unicode text" export (UTF-16, tab-separated) in Spanish: atestado numbers, Spanish
    legal wording (``art. 318 bis CP`` is smuggling, ``contra la salud pública`` is a
    drug offence), one coordinates column with decimal pairs or degrees-minutes-seconds,
    thousands with ``.``. First reports every event detected in Spain; re-sends a few rows.
``metro_panama_seguridad_jw.jsonl``
    Metro de Panamá's security department (Gerencia de Seguridad), the JSON lines export
    of its incident application in Spanish: ISO date-times, nationalities as demonyms
    (``venezolana``), ISO numeric codes from the application's code lists, ``NNA`` for
    children, counts as numbers or strings. First reports every event detected in Panama.
``tsa_swb_referrals_jw.csv``
    The US Transportation Security Administration's south-west border referral log in
    American English: UTF-8, ``,``, month-first dates (``05/17/2023``, ``May 17, 2023``),
    US wording (``Alien Smuggling``, ``UAC``, ``Juvenile``), ``1,250``. First reports every
    event detected in the United States.

The truth says what a careful analyst reads from each cell: a country written in any
language, code or common misspelling is its ISO code; a word saying "not known" or "not
applicable" is ``unknown`` (vocabularies) or nothing (counts, countries); a month or a
quarter is its first day; coordinates are what the cell says (a ``0``/``0`` fix is no
place). Cells no analyst can read (an impossible or future date, a negative count, a
count such as ``varios``) make the row one to quarantine.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["BLIND281", "SOURCES", "make_blind281"]

_Rng = np.random.Generator
_Cell = object

# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish, Italian, Spanish demonym (masculine))
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghanistan", "afgano"),
    "ALB": ("Albania", "Albanie", "Albania", "Albania", "albanés"),
    "AUT": ("Austria", "Autriche", "Austria", "Austria", "austriaco"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladesh", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgaria", "búlgaro"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnia-Erzegovina",
        "bosnio",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Bielorussia", "bielorruso"),
    "CHN": ("China", "Chine", "China", "Cina", "chino"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Costa d'Avorio", "marfileño"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Camerun", "camerunés"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombia", "colombiano"),
    "DEU": ("Germany", "Allemagne", "Alemania", "Germania", "alemán"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algeria", "argelino"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuador", "ecuatoriano"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egitto", "egipcio"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrea", "eritreo"),
    "ESP": ("Spain", "Espagne", "España", "Spagna", "español"),
    "FRA": ("France", "France", "Francia", "Francia", "francés"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "Regno Unito", "británico"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinea", "guineano"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambia", "gambiano"),
    "GRC": ("Greece", "Grèce", "Grecia", "Grecia", "griego"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemala", "guatemalteco"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduras", "hondureño"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croazia", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haiti", "haitiano"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Ungheria", "húngaro"),
    "IRN": ("Iran", "Iran", "Irán", "Iran", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraq", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "Italia", "italiano"),
    "LBY": ("Libya", "Libye", "Libia", "Libia", "libio"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Marocco", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "Messico", "mexicano"),
    "MKD": (
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        "Macedonia del Nord",
        "macedonio",
    ),
    "MLI": ("Mali", "Mali", "Malí", "Mali", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritania", "mauritano"),
    "NER": ("Niger", "Niger", "Níger", "Niger", "nigerino"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigeria", "nigeriano"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistan", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "Panama", "panameño"),
    "POL": ("Poland", "Pologne", "Polonia", "Polonia", "polaco"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romania", "rumano"),
    "RUS": ("Russia", "Russie", "Rusia", "Russia", "ruso"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegal", "senegalés"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbia", "serbio"),
    "SYR": ("Syria", "Syrie", "Siria", "Siria", "sirio"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisia", "tunecino"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turchia", "turco"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "Stati Uniti", "estadounidense"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuela", "venezolano"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnam", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemen", "yemení"),
}
_LANG_COL = {"en": 0, "fr": 1, "es": 2, "it": 3}

#: Common other names, by language (a careful analyst reads each as the country).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S.", "United States of America"),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "VNM": ("Viet Nam",),
        "IRN": ("Iran (Islamic Republic of)",),
        "MKD": ("Macedonia",),
        "GMB": ("The Gambia",),
        "BIH": ("Bosnia",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "Angleterre", "UK"),
        "USA": ("USA",),
        "CIV": ("Côte-d'Ivoire",),
        "RUS": ("Fédération de Russie",),
        "MKD": ("Macédoine",),
        "BLR": ("Bélarus",),
        "VNM": ("Vietnam",),
        "GIN": ("Guinée-Conakry",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "EE. UU."),
        "GBR": ("Gran Bretaña",),
        "MKD": ("Macedonia",),
        "VNM": ("Viet Nam",),
        "BLR": ("Belarús",),
        "TUR": ("Türkiye",),
        "GIN": ("Guinea Conakry",),
    },
}

#: Misspellings seen in real returns that still name one country only.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "BGD": "Bangaldesh",
        "ERI": "Eritria",
        "GTM": "Guatamala",
        "HND": "Hondorus",
        "VEN": "Venezula",
        "TUN": "Tunisa",
        "EGY": "Egpyt",
        "MEX": "Mexcio",
        "ECU": "Equador",
        "COL": "Columbia",
        "PAK": "Pakistain",
        "SEN": "Senagal",
        "ALB": "Albnia",
        "ROU": "Rumania",
    },
    "fr": {
        "AFG": "Afganistan",
        "BGD": "Bengladesh",
        "TUN": "Tunsie",
        "IRQ": "Iraq",
        "GIN": "Guinnée",
        "PAK": "Pakistant",
    },
    "es": {
        "VEN": "Venezuala",
        "AFG": "Afganistan",
        "MAR": "Marrueco",
        "ECU": "Equador",
        "GTM": "Guatemal",
        "HND": "Hondura",
        "SEN": "Senegall",
        "ROU": "Romania",
    },
}


def _fold(text: str) -> str:
    """Return ``text`` without its accents (``Sénégal`` -> ``Senegal``)."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _feminine(demonym: str) -> str:
    """Return the feminine form of a Spanish demonym (``venezolano`` -> ``venezolana``)."""
    if demonym.endswith("o"):
        return demonym[:-1] + "a"
    if demonym.endswith("és"):
        return demonym[:-2] + "esa"
    if demonym.endswith("án"):
        return demonym[:-2] + "ana"
    return demonym


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RailSource(ExaminerSource):
    """A source of this set: the shared fields plus the agency's own wording.

    Attributes
    ----------
    names : str
        Language of its country names (``"en"``, ``"fr"``, ``"es"``).
    country_styles : dict
        Style of a country cell -> weight (``name``, ``upper``, ``iso2``, ``iso3``,
        ``numeric``, ``alias``, ``typo``, ``fold``, ``mojibake``, ``italian``,
        ``demonym``).
    words : dict
        Column -> canonical value -> the agency's words (first = the usual one).
    unknown : tuple of str
        Words the agency writes for "not known" or "not applicable".
    count_unknown : tuple of str
        Words written in a count cell when the count is not known.
    zero : tuple of str
        Words for "no suspect".
    transit_sep : str
        Separator of its transit-country lists.
    offence_sep : str
        Separator of its linked offences.
    none_word : str or None
        Word some clerks write in the linked-offences cell when there is none.
    na : str
        Word some clerks write in the exploitation cell of a smuggling case.
    case_rate : float
        Share of text cells with changed case or stray spaces.
    """

    names: str = "en"
    country_styles: dict[str, float] | None = None
    words: dict[str, dict[str, tuple[str, ...]]] | None = None
    unknown: tuple[str, ...] = ()
    count_unknown: tuple[str, ...] = ()
    zero: tuple[str, ...] = ()
    transit_sep: str = ", "
    offence_sep: str = ", "
    none_word: str | None = None
    na: str = "N/A"
    case_rate: float = 0.05


_POLFER = RailSource(
    source="polfer_it",
    filename="polfer_it_jw.xlsx",
    ref="POLFER/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Prot. No.",
        "event_date": "Date of detection",
        "detection_country": "Country",
        "crime_type": "Offence",
        "exploitation": "Form of exploitation",
        "n_persons": "No. victims / migrants",
        "n_suspects": "Arrested / reported (arrestati/denunciati)",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit countries",
        "destination_country": "Final destination",
        "transport_mode": "Means of transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related offences",
    },
    note="Note: provisional data, Servizio Polizia Ferroviaria - RAILPOL return",
    total="TOTAL",
    bad_count=("various", "several", "vari"),
    repeats=False,
    names="en",
    country_styles={
        "name": 55,
        "italian": 20,
        "upper": 5,
        "iso3": 7,
        "iso2": 5,
        "typo": 5,
        "alias": 3,
    },
    words={
        "crime_type": {
            "trafficking": (
                "THB",
                "Trafficking in human beings",
                "Tratta di persone (art. 601 c.p.)",
            ),
            "smuggling": (
                "Migrant smuggling",
                "Facilitation of illegal immigration",
                "Favoreggiamento imm. clandestina (art. 12 TUI)",
            ),
            "both": ("THB + smuggling", "Tratta e favoreggiamento"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sfruttamento sessuale", "Forced prostitution"),
            "forced_labour": ("Labour exploitation", "Caporalato", "Forced labour"),
            "forced_criminality": ("Forced criminal activities", "Forced criminality"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage", "Matrimonio forzato"),
            "other": ("Other",),
        },
        "gender": {
            "male": ("M", "Male", "maschi"),
            "female": ("F", "Female", "femmine"),
            "mixed": ("M/F", "Mixed", "misto"),
        },
        "age_group": {
            "adult": ("Adult", "Adults", "maggiorenni"),
            "child": ("Minor", "MSNA", "minorenne", "U18"),
            "mixed": ("Adults and minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Boat", "Sea", "Ferry", "barcone"),
            "land": ("Train", "Rail", "Bus", "Car", "On foot"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "falso documentale", "false documents"),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering", "riciclaggio"),
            "illicit_goods": ("drugs", "stupefacenti"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("n.d.", "N/A", "unknown"),
    count_unknown=("n.d.", "unknown"),
    zero=("none", "nessuno"),
    transit_sep=" > ",
    offence_sep=", ",
    none_word="none",
)

_SPC = RailSource(
    source="spc_police_rail_be",
    filename="spc_police_rail_be_jw.csv",
    ref="SPC.{seq:06d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date des faits",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nbre victimes/migrants",
        "n_suspects": "Nbre auteurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note="Remarque : relevé provisoire, retours des partenaires RAILPOL incomplets",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=True,
    names="fr",
    country_styles={
        "name": 55,
        "upper": 8,
        "mojibake": 12,
        "iso2": 10,
        "iso3": 4,
        "fold": 6,
        "typo": 3,
        "alias": 2,
    },
    words={
        "crime_type": {
            "trafficking": (
                "traite des êtres humains",
                "TEH",
                "traite des êtres humains (art. 433quinquies)",
            ),
            "smuggling": (
                "trafic des êtres humains (art. 77bis)",
                "trafic de migrants",
                "trafic d'êtres humains",
                "aide à l'entrée et au séjour irréguliers",
            ),
            "both": ("traite et trafic des êtres humains", "TEH + trafic"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "exploitation de la prostitution"),
            "forced_labour": ("exploitation économique", "travail forcé"),
            "forced_criminality": (
                "contrainte à commettre un crime ou un délit",
                "criminalité forcée",
            ),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("H", "hommes", "masculin"),
            "female": ("F", "femmes", "féminin"),
            "mixed": ("H/F", "mixte"),
        },
        "age_group": {
            "adult": ("majeur", "majeurs"),
            "child": ("mineur", "mineurs", "MENA"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("bateau", "embarcation", "ferry", "maritime"),
            "land": ("train", "ferroviaire", "voiture", "camion", "à pied", "bus"),
            "air": ("avion", "aérien"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire", "usage de faux"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("criminalité informatique",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("inconnu", "N.C.", "sans objet"),
    count_unknown=("N.C.", "inconnu"),
    zero=("aucun", "néant"),
    transit_sep=", ",
    offence_sep=" / ",
    none_word="néant",
    na="sans objet",
)

_BRIMO = RailSource(
    source="brimo_transporte_es",
    filename="brimo_transporte_es_jw.csv",
    ref="{seq:05d}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / inmigrantes",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales pendientes de validación",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=True,
    names="es",
    country_styles={"name": 60, "upper": 12, "iso3": 8, "fold": 10, "typo": 5, "alias": 5},
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata (art. 177 bis CP)"),
            "smuggling": (
                "Inmigración ilegal (art. 318 bis CP)",
                "Favorecimiento de la inmigración ilegal",
                "Tráfico ilícito de migrantes",
                "Delito contra los derechos de los ciudadanos extranjeros",
            ),
            "both": ("TSH e inmigración ilegal", "Arts. 177 bis y 318 bis CP"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": (
                "Actividades delictivas",
                "Realización de actividades delictivas",
            ),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "male": ("Varón", "Hombre", "Varones"),
            "female": ("Mujer", "Mujeres"),
            "mixed": ("Ambos sexos", "Ambos", "Mixto"),
        },
        "age_group": {
            "adult": ("Mayor de edad", "Adulto", "Mayores de edad"),
            "child": ("Menor", "Menores", "MENA"),
            "mixed": ("Mayores y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Neumática", "Embarcación", "Ferry", "Marítimo"),
            "land": ("Tren", "Ferrocarril", "Autobús", "Turismo", "A pie", "Camión"),
            "air": ("Avión", "Aéreo"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental", "Uso de documento falso"),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas", "Contra la salud pública"),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("Sin determinar", "No procede", "S/D"),
    count_unknown=("S/D", "sin determinar"),
    zero=("ninguno", "0 (ninguno)"),
    transit_sep=" / ",
    offence_sep="; ",
    none_word=None,
    na="No procede",
)

_METRO = RailSource(
    source="metro_panama_seguridad",
    filename="metro_panama_seguridad_jw.jsonl",
    ref="MPSA-SEG-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "numero_reporte",
        "event_date": "fecha_hora_incidente",
        "crime_type": "tipo_delito",
        "exploitation": "tipo_explotacion",
        "n_persons": "cantidad_personas",
        "n_suspects": "cantidad_sospechosos",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_procedencia",
        "transit_countries": "ruta_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL PERIODO",
    bad_count=("grupo", "varios", "muchos"),
    repeats=False,
    names="es",
    country_styles={"name": 52, "demonym": 20, "iso3": 10, "numeric": 7, "upper": 6, "fold": 5},
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual comercial", "explotación sexual"),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil", "matrimonio forzado"),
            "other": ("otra",),
        },
        "gender": {
            "male": ("masculino", "hombres"),
            "female": ("femenino", "mujeres"),
            "mixed": ("mixto", "ambos"),
        },
        "age_group": {
            "adult": ("adultos", "adulto"),
            "child": ("NNA", "menores de edad"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "lancha", "bote"),
            "land": ("terrestre", "bus", "metro", "a pie", "vehículo"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("drogas", "posesión de drogas"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("no determinado", "no aplica", "no registrado"),
    count_unknown=("sin dato", "por determinar"),
    zero=("ninguno",),
    transit_sep=" - ",
    offence_sep=", ",
    none_word=None,
    na="no aplica",
)

_TSA = RailSource(
    source="tsa_swb_referrals",
    filename="tsa_swb_referrals_jw.csv",
    ref="SWB-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident No.",
        "event_date": "Incident Date",
        "crime_type": "Incident Type",
        "exploitation": "Exploitation Type",
        "n_persons": "# Individuals",
        "n_suspects": "# Suspects",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Final Destination",
        "detection_country": "Country of Encounter",
        "transport_mode": "Mode of Travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offenses",
    },
    note="Note: preliminary data, subject to change (FOUO)",
    total="Grand Total",
    bad_count=("multiple", "several", "group"),
    repeats=False,
    names="en",
    country_styles={"name": 55, "upper": 15, "iso2": 12, "alias": 8, "typo": 5, "iso3": 5},
    words={
        "crime_type": {
            "trafficking": ("Human Trafficking", "HT"),
            "smuggling": ("Human Smuggling", "Alien Smuggling", "HS"),
            "both": ("HT/HS", "Trafficking & Smuggling"),
        },
        "exploitation": {
            "sexual": ("Sex trafficking", "Commercial sex"),
            "forced_labour": ("Labor trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "M/F", "Both"),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Juvenile", "UAC", "Minor"),
            "mixed": ("Adults & Juveniles", "Family unit"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Vessel", "Boat"),
            "land": ("Land", "Vehicle", "Bus", "Rail", "Pedestrian", "Tractor-trailer"),
            "air": ("Air", "Commercial flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "Fraudulent documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Narcotics", "Drug smuggling"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Unknown", "N/A", "UNK"),
    count_unknown=("UNK", "Unknown"),
    zero=("None",),
    transit_sep="; ",
    offence_sep="; ",
    none_word="None",
)

#: The set's sources, in the order of the submissions.
SOURCES: tuple[RailSource, ...] = (_POLFER, _SPC, _BRIMO, _METRO, _TSA)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: dict[str, float]) -> str:
    """Draw a key of ``weights`` with probability proportional to its weight."""
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(src: RailSource, column: str, value: str, rng: _Rng) -> str:
    """Return the agency's word for a value: the usual one 60 %, a variant otherwise."""
    forms = (src.words or {})[column][value]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _case(src: RailSource, text: str, rng: _Rng, tags: list[str], column: str) -> str:
    """Change the case or spacing of some cells (the meaning stays)."""
    if rng.random() >= src.case_rate:
        return text
    kind = int(rng.integers(3))
    out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    if out != text:
        tags.append(f"case:{column}")
    return out


def _country(
    src: RailSource,
    iso: str,
    column: str,
    rng: _Rng,
    tags: list[str],
    *,
    female: bool = False,
    styles: dict[str, float] | None = None,
) -> str:
    """Write one ISO3 code as the agency would; tag the visible style."""
    names = _NAMES[iso]
    name = names[_LANG_COL[src.names]]
    style = _pick(rng, styles or src.country_styles or {"name": 1.0})
    text = name
    if style == "upper":
        text = name.upper()
    elif style == "iso3":
        text = iso
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "numeric":
        text = iso_codes(iso)[1]
    elif style == "alias":
        text = choice(rng, _ALIASES[src.names].get(iso, (name,)))
    elif style == "typo":
        text = _TYPOS[src.names].get(iso, _fold(name))
    elif style == "fold":
        text = _fold(name)
    elif style == "mojibake":
        text = mojibake(name) or name
    elif style == "italian":
        text = names[_LANG_COL["it"]]
    elif style == "demonym":
        text = _feminine(names[4]) if female else names[4]
        if column != "nationality":
            text = name
    if not fits(text, src):
        text = _fold(text)
    if text != name or style in ("iso2", "iso3", "numeric"):
        tags.append(f"{style}:{column}")
    return _case(src, text, rng, tags, column)


def _date_cell(
    src: RailSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[_Cell, pd.Timestamp, str]:
    """Write the event date as the agency does; return (cell, expected date, precision)."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    name = src.source
    if name == "polfer_it":
        if partial_ok and r < 0.03:
            tags.append("partial_date")
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month"
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return f"Q{ts.quarter} {ts.year}", quarter, "quarter"
        if r < 0.75:
            tags.append("excel_date")
            return ts.to_pydatetime(), ts, "day"
        if r < 0.87:
            tags.append("excel_serial")
            return int((ts - pd.Timestamp("1899-12-30")).days), ts, "day"
        tags.append("text_date")
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if name == "spc_police_rail_be":
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month, "month"
        if partial_ok and r < 0.09:
            tags.append("partial_date")
            return f"T{ts.quarter} {ts.year}", quarter, "quarter"
        if r < 0.80:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.92:
            return ts.strftime("%d/%m/%y"), ts, "day"
        return f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}", ts, "day"
    if name == "brimo_transporte_es":
        if partial_ok and r < 0.02:
            tags.append("partial_date")
            return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", month, "month"
        if r < 0.78:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.90:
            return ts.strftime("%d-%m-%Y"), ts, "day"
        return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", ts, "day"
    if name == "metro_panama_seguridad":
        if partial_ok and r < 0.04:
            tags.append("partial_date")
            return ts.strftime("%Y-%m"), month, "month"
        if r < 0.88:
            hour, minute = 5 + int(rng.integers(18)), int(rng.integers(60))
            return f"{ts:%Y-%m-%d} {hour:02d}:{minute:02d}:00", ts, "day"
        return ts.strftime("%Y-%m-%d"), ts, "day"
    # tsa_swb_referrals: American month-first dates throughout
    if partial_ok and r < 0.02:
        tags.append("partial_date")
        return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month"
    if r < 0.78:
        return ts.strftime("%m/%d/%Y"), ts, "day"
    if r < 0.90:
        return f"{ts.month}/{ts.day}/{ts.year}", ts, "day"
    return f"{MONTHS[ts.month - 1]} {ts.day}, {ts.year}", ts, "day"


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


def _count_cell(src: RailSource, value: int) -> _Cell:
    """Write a count as the agency does (numbers in XLSX and JSON, separators in text)."""
    if src.format == "xlsx":
        return value
    if src.format == "jsonl":
        return value
    if value < 1000:
        return str(value)
    sep = {"fr": " ", "es": ".", "en": ","}[src.language]
    return f"{value // 1000}{sep}{value % 1000:03d}"


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds of a coordinate; return (text, value it reads as)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemi}"
    read = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, round(read, 6)


def _coord_cells(
    src: RailSource, lat: float, lon: float, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[dict[str, _Cell], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    name = src.source
    key_pair = "coordinates" in src.headers
    if blank:
        tags.append("blank_coordinates")
        return ({"coordinates": None} if key_pair else {"lat": None, "lon": None}), None, None
    r = rng.random()
    if r < 0.04:
        tags.append("coords_missing")
        return ({"coordinates": None} if key_pair else {"lat": None, "lon": None}), None, None
    if r < 0.055 and name in ("polfer_it", "metro_panama_seguridad"):
        tags.append("coords_placeholder")  # a fix of 0, 0: no place
        zero: _Cell = 0 if name == "polfer_it" else 0.0
        return {"lat": zero, "lon": zero}, None, None
    if name == "polfer_it":
        la, lo = round(lat, 5), round(lon, 5)
        if rng.random() < 0.12:
            tags.append("decimal_comma")
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
            )
        return {"lat": la, "lon": lo}, la, lo
    if name == "spc_police_rail_be":
        la, lo = round(lat, 5), round(lon, 5)
        tags.append("decimal_comma")
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    if name == "brimo_transporte_es":
        if rng.random() < 0.25:
            t_lat, la = _dms(lat, "N", "S")
            t_lon, lo = _dms(lon, "E", "W")
            tags.append("coords_dms")
            return {"coordinates": f"{t_lat} {t_lon}"}, la, lo
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    la, lo = round(lat, 6), round(lon, 6)
    if name == "metro_panama_seguridad":
        return {"lat": la, "lon": lo}, la, lo
    return {"lat": f"{la:.6f}", "lon": f"{lo:.6f}"}, la, lo


def _render(
    src: RailSource,
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
    cells["event_date"], day, exp["date_precision"] = _date_cell(src, ts, rng, partial_ok, tags)
    exp["event_date"] = day

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    exp["crime_type"] = crime
    cells["crime_type"] = _case(src, _word(src, "crime_type", crime, rng), rng, tags, "crime_type")
    if crime == "smuggling":
        exp["exploitation"] = None
        if rng.random() < 0.1:  # some clerks fill the cell anyway
            cells["exploitation"] = src.na
            tags.append("na_exploitation")
    elif rng.random() < 0.05:
        exp["exploitation"] = "unknown"
        cells["exploitation"] = choice(rng, src.unknown)
        tags.append("unknown:exploitation")
    else:
        form = str(ev["exploitation"])
        exp["exploitation"] = form
        cells["exploitation"] = _case(
            src, _word(src, "exploitation", form, rng), rng, tags, "exploitation"
        )

    # counts
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        exp["n_persons"] = persons
        cells["n_persons"] = _count_cell(src, persons)
        if persons >= 1000 and src.format == "csv":
            tags.append("thousands:n_persons")
        elif src.format == "jsonl" and rng.random() < 0.1:
            cells["n_persons"] = str(persons)  # typed in a free-text field of the form
            tags.append("count_as_text")
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and r < 0.55:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count_cell(src, suspects)
        exp["n_suspects"] = suspects

    # who
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = src.unknown[0], "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _case(src, _word(src, "gender", gender, rng), rng, tags, "gender")
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = choice(rng, src.unknown), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _case(src, _word(src, "age_group", age, rng), rng, tags, "age_group")
        exp["age_group"] = age

    # countries
    female = gender == "female"
    nat = ev["nationality"]
    r = rng.random()
    if forced_blank == "nationality" or nat is None or r < 0.02:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif r < 0.045:
        cells["nationality"], exp["nationality"] = src.unknown[0], None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, str(nat), "nationality", rng, tags, female=female)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        r = rng.random()
        if iso is None or r < 0.04:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif r < 0.06:
            cells[col], exp[col] = src.unknown[0], None
            tags.append(f"blank_{col}")
        else:
            cells[col] = _country(src, str(iso), col, rng, tags)
            exp[col] = iso
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
        if src.source == "polfer_it" and rng.random() < 0.3:
            cells["transit_countries"] = "direct"
            tags.append("direct_word")
    elif rng.random() < 0.04:
        cells["transit_countries"], exp["transit_countries"] = None, None
        tags.append("blank_transit_countries")
    else:
        parts = [
            _country(src, code, "transit_countries", rng, tags) for code in str(transit).split("|")
        ]
        cells["transit_countries"] = src.transit_sep.join(p.strip() for p in parts)
        exp["transit_countries"] = transit
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _detection(src, det, ev, rng, tags)
        exp["detection_country"] = det

    # how
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.unknown), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _case(
            src, _word(src, "transport_mode", mode, rng), rng, tags, "transport_mode"
        )
        exp["transport_mode"] = mode

    coords, exp["lat"], exp["lon"] = _coord_cells(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(coords)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = None
        if src.none_word is not None and rng.random() < 0.2:
            cells["linked_offences"] = src.none_word
            tags.append("none_word:linked_offences")
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    return cells, exp, tags


def _detection(src: RailSource, iso: str, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    """Write the country of detection (each agency names its own country its own way)."""
    name = src.source
    if name == "brimo_transporte_es" and str(ev.get("corridor")) == "watl" and rng.random() < 0.2:
        tags.append("region:detection_country")
        return "España (Canarias)"
    styles: dict[str, dict[str, float]] = {
        "polfer_it": {"name": 50, "italian": 25, "iso2": 15, "upper": 10},
        "spc_police_rail_be": {"name": 50, "iso2": 25, "mojibake": 15, "alias": 5, "upper": 5},
        "brimo_transporte_es": {"name": 60, "upper": 20, "iso2": 10, "fold": 10},
        "metro_panama_seguridad": {"name": 60, "fold": 15, "iso2": 10, "numeric": 5, "upper": 10},
        "tsa_swb_referrals": {"alias": 60, "iso2": 25, "name": 15},
    }
    return _country(src, iso, "detection_country", rng, tags, styles=styles[name])


def _bad_date(src: RailSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Date cell of a row to quarantine: blank, impossible, or a year typed ten years on."""
    if kind == "no_date":
        return None
    name = src.source
    if kind == "bad_date":
        day, month = choice(rng, ("30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if name == "metro_panama_seguridad":
            return f"{ts.year}-{month}-{day} 10:15:00"
        if name == "tsa_swb_referrals":
            return f"{month}/{day}/{ts.year}"
        return f"{day}/{month}/{ts.year}"
    future = ts.replace(year=ts.year + 10)  # 2023 typed as 2033
    if name == "polfer_it":
        return future.to_pydatetime()
    if name == "metro_panama_seguridad":
        return f"{future:%Y-%m-%d} 08:40:00"
    if name == "tsa_swb_referrals":
        return future.strftime("%m/%d/%Y")
    return future.strftime("%d/%m/%Y")


def _note_date(src: RailSource, last: pd.Timestamp) -> object:
    """Date written on the note row: the day the return was closed."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.source == "tsa_swb_referrals":
        return last.strftime("%m/%d/%Y")
    return last.strftime("%d/%m/%Y")


#: The variant: who reports what, and how each source writes.
BLIND281: Examiner[RailSource] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": "polfer_it",
        "ESP": "brimo_transporte_es",
        "PAN": "metro_panama_seguridad",
        "USA": "tsa_swb_referrals",
    },
    compilation="spc_police_rail_be",
    secondary={
        ("cmed", "ITA"): "spc_police_rail_be",
        ("thb_nga_ita", "ITA"): "spc_police_rail_be",
        ("wmed", "ESP"): "spc_police_rail_be",
        ("thb_rou_esp", "ESP"): "polfer_it",
        ("thb_rou_esp", "ITA"): "brimo_transporte_es",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=281,
    blank_share=0.3,
)


def make_blind281(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind281`` set: five railway and transport police.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``polfer_it_jw.xlsx`` (English with Italian words), ``spc_police_rail_be_jw.csv``
        (French, cp1252, ``;``), ``brimo_transporte_es_jw.csv`` (Spanish, UTF-16, tab),
        ``metro_panama_seguridad_jw.jsonl`` (Spanish keys) and
        ``tsa_swb_referrals_jw.csv`` (American English, UTF-8, ``,``), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind281(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['polfer_it_jw.xlsx', 'spc_police_rail_be_jw.csv', 'brimo_transporte_es_jw.csv',
     'metro_panama_seguridad_jw.jsonl', 'tsa_swb_referrals_jw.csv']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° PV', 'Date des faits', 'Pays de constatation']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND281, truth, seed=seed)
