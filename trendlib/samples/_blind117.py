"""Examiner sample set ``blind117`` (files ``*_do.*``): the Balkan route seen from Vienna.

Five agencies that write about the Western Balkans route from its northern end and its
countries of transit, each in its own working language and with its own tools:

``joo_wien_do.jsonl``
    Joint Operational Office against migrant smuggling and trafficking in human beings
    (JOO), Bundeskriminalamt, Vienna. A case-database export: JSON lines, UTF-8, English
    keys with the odd German word (``Schlepperei``, ``Menschenhandel``, ``LKW``, German
    country names), ISO alpha-3 codes or EU-style alpha-2 codes (``EL`` for Greece),
    ISO dates (some with a time, some ``17.05.2023``, a few month-only ``2023-05``),
    routes as ``TUR > BGR > SRB``. First reporter of the detections in Croatia and
    Greece.
``consejeria_interior_viena_do.xlsx``
    Consejería de Interior of Spain's Permanent Representation to the international
    organisations in Vienna: a compiled incident list in Spanish for Madrid. Real Excel
    dates, a few typed dates, Excel serials pasted as numbers, ``mayo de 2023`` and
    ``T2 2023``; Spanish country names, nationality adjectives (``marroquí``), ``H``/``M``
    for hombres/mujeres, ``318 bis CP`` / ``177 bis CP`` for Spanish cases, ``1.250`` pasted
    as text, ``aprox. 40``, ``s/d``, ``directo`` for no transit. First reporter of every
    other event; re-sends a few rows.
``tdh_lausanne_do.csv``
    Terre des hommes (Lausanne), its Europe office's case sheet, in French: cp1252,
    ``;``, ``dd/mm/yyyy``, feminine nationality adjectives (``afghane``), ``MNA``,
    ``NC`` (non communiqué), GPS points in degrees-minutes-seconds and a batch of rows
    pasted from a UTF-8 extract (mojibake, ``GrÃ¨ce``). Second reports only.
``no_name_kitchen_do.csv``
    No Name Kitchen, the Spanish-founded NGO in Velika Kladuša and Šid, logging groups
    intercepted by the Croatian police: UTF-8 with BOM, ``;``, ``17/5/2023``, ``CRO``,
    ``BiH``, ``Bosnia``, ``GPS`` pairs; no crime type. Second reports only.
``ays_zagreb_do.csv``
    Are You Syrious? (Zagreb), its daily-digest incident sheet in English: UTF-8, ``,``,
    ``17 May 2023``, demonyms (``Afghan``), ``~40`` for approximate counts, ``none``.
    Second reports only.

The truth of each row says what a careful analyst reads from its cells; where a cell says
nothing (``s/d``, ``NC``, ``n.k.``, blank) the truth expects nothing (or ``unknown``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["COUNTRY_NAMES", "SOURCES", "Agency", "make_blind117"]

_Rng = np.random.Generator

#: ISO alpha-3 -> (English, French, Spanish, German) name, as these agencies write them.
COUNTRY_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghanistan"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanien"),
    "AUT": ("Austria", "Autriche", "Austria", "Österreich"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladesch"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarien"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnien und Herzegowina",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarus"),
    "CHN": ("China", "Chine", "China", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Elfenbeinküste"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Kamerun"),
    "COL": ("Colombia", "Colombie", "Colombia", "Kolumbien"),
    "DEU": ("Germany", "Allemagne", "Alemania", "Deutschland"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerien"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Ägypten"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spanien"),
    "FRA": ("France", "France", "Francia", "Frankreich"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "Vereinigtes Königreich"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia", "Griechenland"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Kroatien"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haiti"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Ungarn"),
    "IRN": ("Iran", "Iran", "Irán", "Iran"),
    "IRQ": ("Iraq", "Irak", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia", "Italien"),
    "LBY": ("Libya", "Libye", "Libia", "Libyen"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Marokko"),
    "MEX": ("Mexico", "Mexique", "México", "Mexiko"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Nordmazedonien"),
    "MLI": ("Mali", "Mali", "Malí", "Mali"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauretanien"),
    "NER": ("Niger", "Niger", "Níger", "Niger"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistan"),
    "PAN": ("Panama", "Panama", "Panamá", "Panama"),
    "POL": ("Poland", "Pologne", "Polonia", "Polen"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Rumänien"),
    "RUS": ("Russia", "Russie", "Rusia", "Russland"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbien"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrien"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunesien"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Türkei"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "USA"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Jemen"),
}
_LANG_COL = {"en": 0, "fr": 1, "es": 2, "de": 3}

# Common short names each language uses for a country.
_ALIASES: dict[str, dict[str, str]] = {
    "en": {"BIH": "Bosnia", "MKD": "Macedonia", "GBR": "UK", "USA": "US", "TUR": "Türkiye"},
    "fr": {"BIH": "Bosnie", "MKD": "Macédoine", "GBR": "Angleterre", "USA": "USA"},
    "es": {
        "BIH": "Bosnia",
        "MKD": "Macedonia",
        "USA": "EE. UU.",
        "GIN": "Guinea Conakry",
        "GBR": "R. Unido",
    },
}
# Small typing slips, one per country where a clerk would make it.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {"AFG": "Afganistan", "ERI": "Eritria", "IRQ": "Irak", "SYR": "Syira", "YEM": "Yemem"},
    "fr": {"AFG": "Afganistan", "PAK": "Pakistant", "IRQ": "Iraq", "ROU": "Romanie"},
    "es": {
        "AFG": "Afganistan",
        "MAR": "Marrueco",
        "PAK": "Paquistán",
        "SYR": "Sirya",
        "VEN": "Venezuala",
        "COL": "Colonbia",
        "SEN": "Senegall",
        "TUN": "Tunez",
    },
}
# Nationality as an adjective, as the Spanish and French desks write it.
_ADJECTIVES: dict[str, dict[str, str]] = {
    "es": {
        "AFG": "afgano",
        "ALB": "albanés",
        "BGD": "bangladesí",
        "CHN": "chino",
        "CIV": "marfileño",
        "CMR": "camerunés",
        "COL": "colombiano",
        "DZA": "argelino",
        "ECU": "ecuatoriano",
        "EGY": "egipcio",
        "ERI": "eritreo",
        "GIN": "guineano",
        "GMB": "gambiano",
        "GTM": "guatemalteco",
        "HND": "hondureño",
        "HTI": "haitiano",
        "IRN": "iraní",
        "IRQ": "iraquí",
        "MAR": "marroquí",
        "MEX": "mexicano",
        "MLI": "maliense",
        "NGA": "nigeriano",
        "PAK": "pakistaní",
        "ROU": "rumano",
        "SEN": "senegalés",
        "SYR": "sirio",
        "TUN": "tunecino",
        "TUR": "turco",
        "VEN": "venezolano",
        "VNM": "vietnamita",
        "YEM": "yemení",
    },
    "fr": {
        "AFG": "afghane",
        "CMR": "camerounaise",
        "IRQ": "irakienne",
        "PAK": "pakistanaise",
        "ROU": "roumaine",
        "SYR": "syrienne",
    },
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
        "YEM": "Yemeni",
    },
}
_EU_CODES = {"GRC": "EL", "GBR": "UK"}  # EU institutions' own two-letter codes
_MONTHS_FR = (
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_THB = ("trafficking", "both")
_TEXT_COLUMNS = (
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
)

Words = Mapping[str, Mapping[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared fields plus its own wording.

    Attributes
    ----------
    style : str
        Key of the agency's writers of dates, counts and places.
    words : mapping
        Column -> canonical word -> the agency's words (first = the usual one).
    unknown : tuple of str
        What the agency writes for a value it does not know.
    na : tuple of str
        What it writes for the form of exploitation of a smuggling case.
    zero : tuple of str
        Words it writes for no suspects.
    placeholder : str
        What it writes for a count it does not know.
    country_style : mapping
        Country writing style -> weight (``name``, ``iso3``, ``iso2``, ``alias``,
        ``typo``, ``noaccent``, ``upper``, ``german``).
    nat_style : mapping
        The same for the nationality column (may add ``adjective``).
    transit_seps : tuple of str
        Separators of its transit lists.
    offence_seps : tuple of str
        Separators of its linked-offence lists.
    eu_codes : bool
        Whether its two-letter codes are the EU's (``EL`` for Greece, ``UK``).
    case_rate : float
        Share of text cells typed in another case or with stray spaces.
    no_coords : float
        Share of rows without a location.
    """

    style: str = ""
    words: Words = field(default_factory=dict)
    unknown: tuple[str, ...] = ()
    na: tuple[str, ...] = ()
    zero: tuple[str, ...] = ()
    placeholder: str = ""
    country_style: Mapping[str, float] = field(default_factory=dict)
    nat_style: Mapping[str, float] = field(default_factory=dict)
    transit_seps: tuple[str, ...] = (", ",)
    offence_seps: tuple[str, ...] = (", ",)
    eu_codes: bool = False
    case_rate: float = 0.0
    no_coords: float = 0.05


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_JOO = Agency(
    source="joo_wien",
    filename="joo_wien_do.jsonl",
    ref="JOO-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_no",
        "event_date": "date_apprehension",
        "detection_country": "country_apprehension",
        "place": "location",
        "crime_type": "offence_type",
        "exploitation": "exploitation_form",
        "n_persons": "persons_involved",
        "n_suspects": "facilitators_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "main_nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "route_transit",
        "destination_country": "intended_destination",
        "transport_mode": "means_of_transport",
        "lat": "lat_wgs84",
        "lon": "lon_wgs84",
        "linked_offences": "associated_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "large group"),
    repeats=False,
    style="joo",
    words={
        "crime_type": {
            "smuggling": ("migrant smuggling", "smuggling", "Schlepperei", "SoM"),
            "trafficking": ("THB", "trafficking in human beings", "Menschenhandel"),
            "both": ("THB / smuggling", "smuggling + THB"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation", "sexual"),
            "forced_labour": ("labour exploitation", "forced labour", "Arbeitsausbeutung"),
            "forced_criminality": ("forced criminality", "exploitation of criminal activities"),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("organ removal",),
            "other": ("other",),
        },
        "gender": {
            "male": ("male", "M"),
            "female": ("female", "F"),
            "mixed": ("mixed", "M/F"),
        },
        "age_group": {
            "adult": ("adult", "adults"),
            "child": ("minor", "UAM", "minors"),
            "mixed": ("mixed", "adults+minors"),
        },
        "transport_mode": {
            "land": ("land", "on foot", "car", "van", "LKW", "truck"),
            "sea": ("sea", "boat", "rubber dinghy"),
            "air": ("air", "flight"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "Urkundenfälschung"),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown", "n.k."),
    na=(),
    zero=(),
    placeholder="n.k.",
    country_style={"iso3": 70, "iso2": 14, "name": 10, "german": 6},
    nat_style={"iso3": 70, "iso2": 12, "name": 12, "german": 6},
    transit_seps=(" > ",),
    offence_seps=("; ",),
    eu_codes=True,
    case_rate=0.0,
    no_coords=0.05,
)

_VIE = Agency(
    source="consejeria_interior_viena",
    filename="consejeria_interior_viena_do.xlsx",
    ref="VIE-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Reg.",
        "event_date": "Fecha hecho",
        "detection_country": "País detección",
        "place": "Lugar",
        "crime_type": "Tipología",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº personas (víctimas/migrantes)",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: relación compilada de fuentes abiertas y de socios; cifras provisionales",
    total="TOTAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=True,
    style="vie",
    words={
        "crime_type": {
            "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes"),
            "trafficking": ("Trata de seres humanos", "TSH", "trata"),
            "both": ("Trata y tráfico", "TSH + tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "forced_marriage": ("matrimonio forzado",),
            "organ_removal": ("extracción de órganos",),
            "other": ("otras", "otros fines"),
        },
        "gender": {
            "male": ("hombres", "H", "varones"),
            "female": ("mujeres", "M"),
            "mixed": ("mixto", "ambos sexos", "H/M"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "MENA"),
            "mixed": ("mixto", "adultos y menores"),
        },
        "transport_mode": {
            "land": ("terrestre", "a pie", "vehículo"),
            "sea": ("marítimo", "patera", "embarcación neumática"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("desconocido", "s/d"),
    na=("No aplica", "—"),
    zero=("ninguno", "0 detenidos"),
    placeholder="s/d",
    country_style={
        "name": 72,
        "noaccent": 10,
        "iso3": 5,
        "iso2": 4,
        "upper": 4,
        "typo": 3,
        "alias": 2,
    },
    nat_style={"adjective": 30, "name": 52, "noaccent": 8, "iso3": 4, "typo": 3, "upper": 3},
    transit_seps=(" - ", ", "),
    offence_seps=(", ", " y "),
    eu_codes=False,
    case_rate=0.04,
    no_coords=0.08,
)

_TDH = Agency(
    source="tdh_lausanne",
    filename="tdh_lausanne_do.csv",
    ref="TDH/{year}/{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date de l'interception",
        "detection_country": "Pays d'interception",
        "place": "Lieu",
        "crime_type": "Type de cas",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Passeurs/trafiquants interpellés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions liées",
    },
    note="Données provisoires - extraction de la base Tdh (Lausanne)",
    total="Total",
    bad_count=("plusieurs",),
    repeats=False,
    style="tdh",
    words={
        "crime_type": {
            "smuggling": ("trafic de migrants", "trafic illicite de migrants"),
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "both": ("traite + trafic", "TEH et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("délinquance forcée", "contrainte à commettre des délits"),
            "forced_marriage": ("mariage forcé",),
            "organ_removal": ("prélèvement d'organes",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("hommes", "H", "masculin"),
            "female": ("femmes", "F", "féminin"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA"),
            "mixed": ("mixte", "majeurs et mineurs"),
        },
        "transport_mode": {
            "land": ("terrestre", "à pied", "voiture", "camion"),
            "sea": ("maritime", "bateau", "zodiac"),
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
    unknown=("inconnu", "NC"),
    na=("sans objet",),
    zero=("aucun", "0"),
    placeholder="NC",
    country_style={"name": 80, "noaccent": 8, "alias": 4, "upper": 4, "typo": 4},
    nat_style={"adjective": 35, "name": 55, "noaccent": 5, "typo": 5},
    transit_seps=(" / ", ", "),
    offence_seps=(" / ", ", "),
    eu_codes=False,
    case_rate=0.05,
    no_coords=0.12,
)

_NNK = Agency(
    source="no_name_kitchen",
    filename="no_name_kitchen_do.csv",
    ref="NNK-{yy:02d}-{seq:03d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Ref. testimonio",
        "event_date": "Fecha",
        "place": "Lugar",
        "detection_country": "País interceptación",
        "n_persons": "Nº personas grupo",
        "gender": "Sexo",
        "age_group": "Edades",
        "nationality": "Nacionalidad(es)",
        "transit_countries": "Ruta",
        "destination_country": "Destino",
        "transport_mode": "Cómo cruzaron",
        "coordinates": "GPS",
    },
    note="Nota: testimonios recogidos en Velika Kladuša y Šid; datos no verificados",
    total="TOTAL",
    bad_count=("varios",),
    repeats=False,
    style="nnk",
    words={
        "gender": {
            "male": ("hombres", "chicos"),
            "female": ("mujeres",),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "adult": ("adultos",),
            "child": ("menores", "menores solos"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "land": ("a pie", "coche", "furgoneta", "camión", "taxi"),
            "sea": ("barca",),
            "air": ("avión",),
        },
    },
    unknown=("?", "no sabe"),
    na=(),
    zero=(),
    placeholder="s/d",
    country_style={"name": 62, "noaccent": 10, "alias": 10, "code_cro": 14, "lower": 4},
    nat_style={"name": 80, "noaccent": 12, "lower": 8},
    transit_seps=(" > ", " - "),
    offence_seps=(", ",),
    eu_codes=False,
    case_rate=0.05,
    no_coords=0.35,
)

_AYS = Agency(
    source="ays_zagreb",
    filename="ays_zagreb_do.csv",
    ref="AYS {year}/{seq:03d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Entry",
        "event_date": "Date",
        "detection_country": "Country of incident",
        "crime_type": "Category",
        "exploitation": "Exploitation",
        "n_persons": "People",
        "n_suspects": "Smugglers arrested",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "transit_countries": "Route",
        "destination_country": "Heading to",
        "transport_mode": "Means",
    },
    note="Note: compiled from the AYS Daily Digest; numbers as reported",
    total="Total",
    bad_count=("several",),
    repeats=False,
    style="ays",
    words={
        "crime_type": {
            "smuggling": ("smuggling", "people smuggling"),
            "trafficking": ("trafficking", "human trafficking"),
            "both": ("smuggling & trafficking",),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour", "forced labour"),
            "forced_criminality": ("forced criminality",),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("organ removal",),
            "other": ("other",),
        },
        "gender": {
            "male": ("men", "male"),
            "female": ("women", "female"),
            "mixed": ("mixed", "men & women"),
        },
        "age_group": {
            "adult": ("adults",),
            "child": ("children", "minors"),
            "mixed": ("adults and children", "mixed"),
        },
        "transport_mode": {
            "land": ("on foot", "car", "lorry", "land"),
            "sea": ("small boat", "dinghy", "boat"),
            "air": ("plane",),
        },
    },
    unknown=("unknown", "n/k"),
    na=("n/a",),
    zero=("none", "0"),
    placeholder="n/k",
    country_style={"name": 80, "alias": 6, "iso2": 6, "typo": 4, "lower": 4},
    nat_style={"adjective": 55, "name": 35, "typo": 5, "lower": 5},
    transit_seps=(", ", " -> "),
    offence_seps=(", ",),
    eu_codes=False,
    case_rate=0.04,
    no_coords=1.0,
)

#: The set's agencies, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (_JOO, _VIE, _TDH, _NNK, _AYS)

_PRIMARY = {"HRV": _JOO.source, "GRC": _JOO.source}
_SECONDARY = {
    ("wbal", "HRV"): _NNK.source,
    ("emed", "GRC"): _TDH.source,
    ("thb_rou_esp", "ESP"): _TDH.source,
    ("thb_rou_esp", "ITA"): _TDH.source,
    ("blr_pol", "POL"): _AYS.source,
    ("channel", "FRA"): _AYS.source,
}

# Place names by hotspot, where the agency's word differs from the hotspot's own.
_PLACES: dict[str, dict[str, str]] = {
    "es": {
        "Dunkirk/Gravelines": "Dunkerque/Gravelines",
        "Darién gap": "Tapón del Darién",
        "Dover": "Dover",
        "Lesbos": "Lesbos",
        "London": "Londres",
        "Torino": "Turín",
        "Nogales (Sonora/Arizona)": "Nogales (Arizona)",
        "Rio Grande Valley": "Valle del Río Grande",
    },
    "fr": {"Lesbos": "Lesbos (Mytilène)", "Evros": "Évros"},
    "en": {},
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _str(ev: Mapping[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: Mapping[str, object], key: str) -> int | None:
    value = ev.get(key)
    return None if value is None else int(str(value))


def _float(ev: Mapping[str, object], key: str) -> float | None:
    value = ev.get(key)
    return None if value is None else float(str(value))


def _weighted(rng: _Rng, probs: Mapping[str, float]) -> str:
    keys = list(probs)
    w = np.array([probs[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, options: tuple[str, ...]) -> str:
    """Pick the usual word two times in three, another one otherwise."""
    if len(options) == 1 or rng.random() < 0.65:
        return options[0]
    return options[1 + int(rng.integers(len(options) - 1))]


def _fold(text: str) -> str:
    """Drop the accents (``Afganistán`` -> ``Afganistan``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _country(src: Agency, iso: str, style: str) -> tuple[str, str]:
    """Write one country as the agency does; return (text, style actually visible)."""
    lang = src.language
    name = COUNTRY_NAMES[iso][_LANG_COL[lang]]
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        code = iso_codes(iso)[0]
        return (_EU_CODES.get(iso, code) if src.eu_codes else code), "iso2"
    if style == "german":
        german = COUNTRY_NAMES[iso][3]
        return german, ("german" if german != COUNTRY_NAMES[iso][0] else "name")
    if style == "alias" and iso in _ALIASES[lang]:
        return _ALIASES[lang][iso], "alias"
    if style == "code_cro" and iso == "HRV":
        return "CRO", "alias"  # the sports code every volunteer writes for Croatia
    if style == "code_cro" and iso == "BIH":
        return "BiH", "alias"
    if style == "typo" and iso in _TYPOS[lang]:
        return _TYPOS[lang][iso], "typo"
    if style == "adjective" and iso in _ADJECTIVES[lang]:
        return _ADJECTIVES[lang][iso], "adjective"
    if style == "noaccent" and _fold(name) != name:
        return _fold(name), "noaccent"
    if style == "upper":
        return name.upper(), "upper"
    if style == "lower":
        return name.lower(), "lower"
    return name, "name"


def _date_cell(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Write the date the agency's way; return (cell, expected date, precision)."""
    r = float(rng.random())
    month_start = ts.to_period("M").start_time
    if src.style == "joo":
        if partial_ok and r < 0.03:
            return ts.strftime("%Y-%m"), month_start, "month"
        if r < 0.80:
            return ts.strftime("%Y-%m-%d"), ts, "day"
        if r < 0.90:
            hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return ts.strftime("%Y-%m-%d") + f"T{hh:02d}:{mm:02d}:00", ts, "day"
        return ts.strftime("%d.%m.%Y"), ts, "day"
    if src.style == "vie":
        if partial_ok and r < 0.04:
            word = _MONTHS_ES[ts.month - 1]
            text = f"{word} de {ts.year}" if r < 0.03 else f"{word.capitalize()} {ts.year}"
            return text, month_start, "month"
        if partial_ok and r < 0.06:
            return f"T{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
        if r < 0.78:
            return ts.to_pydatetime(), ts, "day"
        if r < 0.94:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        return int((ts - _EXCEL_EPOCH).days), ts, "day"  # a date pasted as its number
    if src.style == "tdh":
        if r < 0.85:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.95:
            return ts.strftime("%d/%m/%y"), ts, "day"
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS_FR[ts.month - 1]} {ts.year}", ts, "day"
    if src.style == "nnk":
        if r < 0.65:
            return f"{ts.day}/{ts.month}/{ts.year}", ts, "day"
        if r < 0.85:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        return f"{ts.day}/{ts.month}/{ts.year % 100:02d}", ts, "day"
    # ays
    if r < 0.65:
        return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", ts, "day"
    if r < 0.90:
        return ts.strftime("%Y-%m-%d"), ts, "day"
    return ts.strftime("%d/%m/%Y"), ts, "day"


def _count_cell(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write a count of persons; return (cell, expected count, tags)."""
    r = float(rng.random())
    if r < 0.015:
        return src.placeholder, None, ["count_placeholder"]
    if src.format == "jsonl":
        return n, n, []
    if src.style == "vie":
        if n >= 1000 and r < 0.45:
            return f"{n // 1000}.{n % 1000:03d}", n, ["thousands:n_persons"]
        if n >= 10 and r > 0.98:
            return f"aprox. {n}", n, ["approx_count"]
        return n, n, []
    if src.style == "ays":
        if n >= 1000:
            return f"{n:,}", n, ["thousands:n_persons"]
        if n >= 5 and r > 0.92:
            return f"~{n}", n, ["approx_count"]
    return str(n), n, []


def _suspects_cell(
    src: Agency, n: int | None, rng: _Rng, blank: bool
) -> tuple[object, int | None, list[str]]:
    if blank:
        return None, None, ["blank_n_suspects"]
    if n is None:
        return None, None, []
    r = float(rng.random())
    if r < 0.03:
        return src.placeholder, None, ["suspects_placeholder"]
    if n == 0 and src.zero and r < 0.55:
        word = src.zero[0] if r < 0.45 else src.zero[-1]
        return word, 0, (["zero_word"] if not word.isdigit() else [])
    return (n if src.format != "csv" else str(n)), n, []


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    v = abs(value)
    deg = int(v)
    minutes_f = (v - deg) * 60
    minute = int(minutes_f)
    sec = round((minutes_f - minute) * 60, 1)
    if sec >= 60:
        sec, minute = 0.0, minute + 1
    if minute >= 60:
        minute, deg = 0, deg + 1
    return f"{deg}°{minute:02d}'{sec:04.1f}\"{hemi}"


def _coord_cells(
    src: Agency, lat: float | None, lon: float | None, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    has_pair = "coordinates" in src.headers
    if not has_pair and "lat" not in src.headers:
        return {}, None, None, []
    empty: dict[str, object] = {"coordinates": None} if has_pair else {"lat": None, "lon": None}
    if blank:
        return empty, None, None, ["blank_coordinates"]
    if lat is None or lon is None or rng.random() < src.no_coords:
        return empty, None, None, (["coords_missing"] if lat is not None else [])
    if src.style == "tdh":
        text = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
        return {"coordinates": text}, lat, lon, ["coords_dms"]
    if src.style == "nnk":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []
    if src.style == "vie" and rng.random() < 0.15:
        cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return dict(cells), lat, lon, ["coords_comma"]
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, []


def _place(src: Agency, hotspot: str | None) -> str | None:
    if hotspot is None:
        return None
    own = _PLACES[src.language].get(hotspot)
    if own is not None:
        return own
    return hotspot.split(" (")[0]


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    has = set(src.headers)
    cells: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(str(ev["event_date"]))
    cells["event_date"], day, precision = _date_cell(src, ts, rng, partial_ok)
    if precision != "day":
        tags.append("partial_date")
    exp: dict[str, object] = {"event_date": day, "date_precision": precision}

    # crime type and form of exploitation
    crime = _str(ev, "crime_type") or "unknown"
    detection = _str(ev, "detection_country")
    if "crime_type" in has:
        if src.style == "vie" and detection == "ESP" and crime != "both" and rng.random() < 0.15:
            cells["crime_type"] = "art. 318 bis CP" if crime == "smuggling" else "art. 177 bis CP"
            tags.append("penal_code")
        else:
            cells["crime_type"] = _word(rng, src.words["crime_type"][crime])
        exp["crime_type"] = crime
    else:
        exp["crime_type"] = "unknown"
    expl = _str(ev, "exploitation")
    if "exploitation" in has:
        if exp["crime_type"] in _THB and expl is not None:
            r = float(rng.random())
            if r < 0.03:
                cells["exploitation"], exp["exploitation"] = None, "unknown"
                tags.append("empty:exploitation")
            elif r < 0.05 and src.unknown:
                cells["exploitation"], exp["exploitation"] = src.unknown[0], "unknown"
                tags.append("unknown:exploitation")
            else:
                cells["exploitation"] = _word(rng, src.words["exploitation"][expl])
                exp["exploitation"] = expl
        else:
            na = src.na and rng.random() < 0.4
            cells["exploitation"] = _word(rng, src.na) if na else None
            exp["exploitation"] = None
    else:
        exp["exploitation"] = "unknown" if exp["crime_type"] in _THB else None

    # counts
    n_persons = _int(ev, "n_persons") or 0
    cells["n_persons"], exp["n_persons"], more = _count_cell(src, n_persons, rng)
    tags += more
    if "n_suspects" in has:
        cells["n_suspects"], exp["n_suspects"], more = _suspects_cell(
            src, _int(ev, "n_suspects"), rng, forced_blank == "n_suspects"
        )
        tags += more
    else:
        exp["n_suspects"] = None

    # categories of the persons and the transport
    for col in ("gender", "age_group", "transport_mode"):
        value = _str(ev, col)
        if col not in has or value is None:
            exp[col] = "unknown"
            continue
        if col == "gender" and forced_blank == "gender":
            cells[col], exp[col] = None, "unknown"
            tags.append("blank_gender")
            continue
        r = float(rng.random())
        if r < 0.02:
            cells[col], exp[col] = None, "unknown"
            tags.append(f"empty:{col}")
        elif r < 0.04 and src.unknown:
            cells[col], exp[col] = _word(rng, src.unknown), "unknown"
            tags.append(f"unknown:{col}")
        else:
            word = _word(rng, src.words[col][value])
            cells[col], exp[col] = word, value
            if src.style == "vie" and col == "gender" and word in ("H", "M"):
                tags.append("hm_code")

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = _str(ev, col)
        if col not in has or iso is None:
            exp[col] = None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        r = float(rng.random())
        if col != "detection_country" and r < 0.03:
            cells[col], exp[col] = None, None
            tags.append(f"empty:{col}")
            continue
        if col != "detection_country" and r < 0.05 and src.unknown:
            cells[col], exp[col] = _word(rng, src.unknown), None
            tags.append(f"unknown:{col}")
            continue
        style = _weighted(rng, src.nat_style if col == "nationality" else src.country_style)
        cells[col], seen = _country(src, iso, style)
        exp[col] = iso
        if seen != "name":
            tags.append(f"{seen}:{col}")

    # transit countries, in order
    transit = _str(ev, "transit_countries")
    if "transit_countries" in has:
        if transit is None:
            direct = src.style == "vie" and rng.random() < 0.25
            cells["transit_countries"] = "directo" if direct else None
            if direct:
                tags.append("direct_word")
        elif rng.random() < 0.03:
            cells["transit_countries"], transit = None, None
            tags.append("empty:transit_countries")
        else:
            style = _weighted(rng, src.country_style)
            parts = [_country(src, iso, style) for iso in transit.split("|")]
            sep = src.transit_seps[int(rng.integers(len(src.transit_seps)))]
            cells["transit_countries"] = sep.join(p[0] for p in parts)
            styles = {p[1] for p in parts} - {"name"}
            tags += [f"{s}:transit_countries" for s in sorted(styles)]
        exp["transit_countries"] = transit
    else:
        exp["transit_countries"] = None

    # place and location
    if "place" in has:
        cells["place"] = _place(src, _str(ev, "hotspot"))
    coords, exp["lat"], exp["lon"], more = _coord_cells(
        src, _float(ev, "lat"), _float(ev, "lon"), rng, forced_blank == "coordinates"
    )
    cells.update(coords)
    tags += more

    # linked offences
    offences = _str(ev, "linked_offences")
    if "linked_offences" in has:
        if offences is not None:
            words = [_word(rng, src.words["linked_offences"][o]) for o in offences.split("|")]
            sep = src.offence_seps[int(rng.integers(len(src.offence_seps)))]
            cells["linked_offences"] = sep.join(words)
        else:
            cells["linked_offences"] = None
        exp["linked_offences"] = offences
    else:
        exp["linked_offences"] = None

    _noise(src, cells, tags, rng)
    return cells, exp, tags


def _noise(src: Agency, cells: dict[str, object], tags: list[str], rng: _Rng) -> None:
    """Case and spacing slips; a batch pasted from a UTF-8 extract; the file's encoding."""
    for col in _TEXT_COLUMNS:
        value = cells.get(col)
        if isinstance(value, str) and src.case_rate and rng.random() < src.case_rate:
            kind = int(rng.integers(3))
            new = value.upper() if kind == 0 else value.lower() if kind == 1 else f" {value}  "
            if new != value:
                cells[col] = new
                tags.append(f"case:{col}")
    if src.style == "tdh" and rng.random() < 0.1:
        garbled = False
        for col, value in list(cells.items()):
            if col in ("event_date", "source_ref") or not isinstance(value, str):
                continue
            bad = mojibake(value)
            if bad is not None:
                cells[col] = bad
                garbled = True
        if garbled:
            tags.append("mojibake")
    for col, value in list(cells.items()):
        if isinstance(value, str) and not fits(value, src):
            cells[col] = _fold(value)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that must be quarantined: missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.style == "joo":
            return f"{ts.year}-02-30"
        if src.style == "vie":
            return f"31/06/{ts.year}" if rng.random() < 0.5 else f"30/02/{ts.year}"
        return f"31/02/{ts.year}"
    year = str(ts.year)
    future = int(year[0] + year[2] + year[1] + year[3])  # 2023 typed as 2203
    day = ts.replace(year=future, day=min(ts.day, 28))
    if src.style == "vie":
        return day.to_pydatetime()
    if src.style == "joo":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the agency's note row (the day of its last row)."""
    if src.style == "vie":
        return last.to_pydatetime()
    if src.style == "nnk":
        return f"{last.day}/{last.month}/{last.year}"
    if src.style == "ays":
        return f"{last.day} {_MONTHS_EN[last.month - 1]} {last.year}"
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=_VIE.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=117,
    blank_share=0.3,
)


def make_blind117(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five agencies of the ``blind117`` set would.

    The JOO (Vienna) first reports the detections in Croatia and Greece, the Spanish
    Consejería de Interior in Vienna every other event; Terre des hommes, No Name Kitchen
    and Are You Syrious? report some of them a second time (their dates a day off, a field
    sometimes left blank). See the module docstring for each agency's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``joo_wien_do.jsonl``, ``consejeria_interior_viena_do.xlsx``,
        ``tdh_lausanne_do.csv``, ``no_name_kitchen_do.csv`` and ``ays_zagreb_do.csv``,
        with the expected clean value of every row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind117(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['joo_wien_do.jsonl', 'consejeria_interior_viena_do.xlsx', 'tdh_lausanne_do.csv',
     'no_name_kitchen_do.csv', 'ays_zagreb_do.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8', 'cp1252', 'utf-8-sig', 'utf-8']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
