"""Examiner sample set ``blind133`` (files ``*_ee.*``): the Algerian route desks.

Five sources that a unit following the Algerian route to the Balearic Islands and
Sardinia (departures from Oran, Mostaganem and Annaba; landings in Almería, the
Balearics and Sardinia) receives from the liaison community in Algiers and the press:

``consejeria_interior_argel_ee.xlsx``
    Consejería de Interior of the Spanish Embassy in Algiers (Spanish, XLSX). Reports
    every detection in Spain. Real Excel dates, a few dates typed as text or left as a
    bare serial number, Spanish police wording (``318 bis``, ``177 bis``, ``MENA``,
    ``patera``), nationalities in the capitals of the police databases or as a region
    (``Subsahariana``, ``Magrebí``, which name no country), positions in degrees and
    decimal minutes (``36º49,8'N 002º27,6'W``), counts with a dot for thousands.
``esperto_algeri_ee.csv``
    Esperto per la Sicurezza of the Italian Embassy in Algiers (French with Italian
    words, cp1252, ``;``). Reports every detection in Italy and the Algerian-route
    landings in Spain. ``dd/mm/yyyy`` and ``dd/mm/yy`` dates, Italian country names
    beside the French ones, names pasted from a UTF-8 system (mojibake), latitude and
    longitude in separate columns with a decimal comma, ``caporalato``, ``MSNA``,
    ``barchino``, ``nessuno``.
``emlo_alger_ee.csv``
    European Migration Liaison Officer of the EU Delegation to Algeria (English, UTF-8
    with BOM, ``,``). Reports the other EU detections (Greece, Croatia, Poland) and
    repeats some Spanish and Italian ones. ``17 May 2023`` and ``17/05/2023`` dates,
    ``Q2 2023`` for quarterly returns, EU country codes (``EL`` for Greece, ``UK``),
    ``UAM``, thousands with commas, a re-sent file (exact repeats).
``ssi_alger_ee.csv``
    Service de sécurité intérieure of the French Embassy in Algiers (French, UTF-16
    text from Excel, tab-delimited). Reports detections in France and some landings
    in the United Kingdom. ``AESI`` / ``TEH`` wording, ISO alpha-3 codes and
    nationality adjectives (``afghan``), ``néant`` for no suspect, ``T2 2023``, GPS
    points pasted as ``50.95123, 1.85234``.
``agence_france_presse_ee.jsonl``
    The unit's press watch on AFP dispatches (French, JSON lines). Reports everything
    no desk does (United Kingdom, Panama, United States) and repeats some landings.
    ISO dates or the month of a round-up, counts as numbers, suspects in words
    (``deux``), vague counts (``plusieurs dizaines``: unreadable, quarantined), no
    coordinates.

The truth expects what a careful analyst reads in each cell: a region instead of a
country, an "unknown" word or a blank is no country; ``directo`` / ``direct`` means no
transit; ``n.c.``, ``s/d``, ``n/k`` leave a count unknown, ``néant``, ``nessuno`` or
``none`` say zero.
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

__all__ = ["BLIND133_SOURCES", "Desk", "make_blind133"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

_MONTHS = {
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
}

# Italian names the Italian desk writes beside the French ones (the others in French).
_ITALIAN = {
    "AFG": "Afghanistan",
    "BGD": "Bangladesh",
    "CIV": "Costa d'Avorio",
    "DEU": "Germania",
    "DZA": "Algeria",
    "EGY": "Egitto",
    "ERI": "Eritrea",
    "ESP": "Spagna",
    "FRA": "Francia",
    "GIN": "Guinea",
    "GMB": "Gambia",
    "ITA": "Italia",
    "LBY": "Libia",
    "MAR": "Marocco",
    "MLI": "Mali",
    "NER": "Niger",
    "NGA": "Nigeria",
    "PAK": "Pakistan",
    "ROU": "Romania",
    "SEN": "Senegal",
    "SYR": "Siria",
    "TUN": "Tunisia",
    "HUN": "Ungheria",
    "AUT": "Austria",
}
# Nationality adjectives of the French desk (masculine, as its forms print them).
_FR_ADJ = {
    "AFG": "afghan",
    "ALB": "albanais",
    "DZA": "algérien",
    "ERI": "érythréen",
    "IRN": "iranien",
    "IRQ": "irakien",
    "MAR": "marocain",
    "SYR": "syrien",
    "VNM": "vietnamien",
    "TUN": "tunisien",
    "EGY": "égyptien",
}
# Short forms each language's writers use (the shared tables' names stay the default).
_ALIASES = {
    "es": {
        "GIN": "Guinea Conakry",
        "USA": "EE. UU.",
        "GBR": "Gran Bretaña",
        "CIV": "C. de Marfil",
        "TUR": "Turquia",
        "MKD": "Macedonia",
    },
    "en": {
        "TUR": "Turkey",
        "CIV": "Ivory Coast",
        "SYR": "Syrian Arab Republic",
        "GBR": "UK",
        "IRN": "Iran (Islamic Republic of)",
        "VNM": "Vietnam",
        "RUS": "Russian Federation",
        "GMB": "The Gambia",
        "BIH": "Bosnia",
    },
    "fr": {
        "CIV": "Côte-d'Ivoire",
        "USA": "Etats-Unis",
        "GBR": "Grande-Bretagne",
        "EGY": "Egypte",
        "ERI": "Erythrée",
        "BIH": "Bosnie",
        "VNM": "Vietnam",
    },
}
# The EU's own two-letter codes where they differ from ISO 3166 (Eurostat usage).
_EU_CODES = {"GRC": "EL", "GBR": "UK"}
# Nationality written as a region by the Spanish desk (no country can be read from it).
_REGION_ES = {
    "GIN": "Subsahariana",
    "MLI": "Subsahariana",
    "SEN": "Subsahariana",
    "GMB": "Subsahariana",
    "CIV": "Subsahariana",
    "CMR": "Subsahariana",
    "NGA": "Subsahariana",
    "MAR": "Magrebí",
    "DZA": "Magrebí",
    "TUN": "Magrebí",
}
_NUMBER_WORDS_FR = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One source of ``blind133``: the shared fields plus the desk's own wording.

    Attributes
    ----------
    words : mapping
        Column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> canonical word -> written variants.
    unknown : tuple of str
        What the desk writes for a value it does not know (gender, nationality, ...).
    not_applicable : tuple of str
        What it writes in the age and transport cells it cannot fill.
    count_unknown : tuple of str
        Count cells saying the count is not known.
    zero : tuple of str
        Words for no suspect.
    direct : tuple of str
        Words for "no transit country".
    transit_sep : str
        Separator of the transit countries, in travel order.
    offence_sep : str
        Separator of the linked offences.
    country_style : mapping
        Style of a country cell -> weight (``name``, ``upper``, ``iso2``, ``iso3``,
        ``eu2``, ``alias``, ``typo``, ``italian``, ``mojibake``, ``adjective``).
    date_style : mapping
        Style of a date cell -> weight (see :func:`_date_cell`).
    coord_style : str
        ``"dmm"``, ``"comma"``, ``"dot"``, ``"pair"`` or ``"none"``.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    direct: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    country_style: Mapping[str, float]
    date_style: Mapping[str, float]
    coord_style: str


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_ES_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": (
            "Favorecimiento inmigración irregular (318 bis)",
            "Inmigración irregular - art. 318 bis CP",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de seres humanos (177 bis)", "TSH", "Trata de personas"),
        "both": ("Trata y favorecimiento (177 bis + 318 bis)", "TSH + 318 bis"),
    },
    "exploitation": {
        "sexual": ("Explotación sexual", "Prostitución coactiva"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Comisión de delitos"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
        "unknown": ("Sin determinar", "En investigación"),
    },
    "gender": {
        "male": ("Varones", "Hombres"),
        "female": ("Mujeres",),
        "mixed": ("Varones y mujeres", "Ambos sexos"),
    },
    "age_group": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores",),
    },
    "transport_mode": {
        "sea": ("Patera", "Neumática", "Embarcación", "Cayuco"),
        "land": ("Terrestre", "Vehículo", "A pie"),
        "air": ("Aérea", "Vuelo comercial"),
    },
    "linked_offences": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
}
_IT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": (
            "aide à l'immigration clandestine",
            "favoreggiamento immigrazione clandestina",
            "trafic de migrants",
        ),
        "trafficking": ("traite des êtres humains", "tratta di persone"),
        "both": ("traite + trafic", "tratta e favoreggiamento"),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "sfruttamento sessuale"),
        "forced_labour": ("travail forcé", "caporalato"),
        "forced_criminality": ("délinquance forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "unknown": ("à préciser", "n.d."),
    },
    "gender": {
        "male": ("hommes", "H"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "H+F"),
    },
    "age_group": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MSNA"),
        "mixed": ("majeurs et mineurs",),
    },
    "transport_mode": {
        "sea": ("barchino", "embarcation", "gommone", "bateau de pêche"),
        "land": ("voie terrestre", "camion", "voiture"),
        "air": ("avion", "vol commercial"),
    },
    "linked_offences": {
        "document_fraud": ("faux documents",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment (riciclaggio)",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_EN_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("Migrant smuggling", "Facilitation of irregular migration"),
        "trafficking": ("Trafficking in human beings", "THB"),
        "both": ("THB / migrant smuggling",),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminality", "Criminal exploitation"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Not specified", "Unknown"),
    },
    "gender": {
        "male": ("Male", "Males"),
        "female": ("Female", "Females"),
        "mixed": ("Mixed", "Male & female"),
    },
    "age_group": {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "UAM"),
        "mixed": ("Adults & minors",),
    },
    "transport_mode": {
        "sea": ("Sea", "Boat", "Rubber dinghy"),
        "land": ("Land", "On foot", "Vehicle"),
        "air": ("Air", "Flight"),
    },
    "linked_offences": {
        "document_fraud": ("Document fraud",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drug trafficking",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
_FR_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("aide à l'entrée et au séjour irréguliers", "AESI"),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH + AESI",),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "prostitution"),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "unknown": ("non déterminée",),
    },
    "gender": {
        "male": ("masculin", "hommes"),
        "female": ("féminin", "femmes"),
        "mixed": ("mixte",),
    },
    "age_group": {
        "adult": ("majeur", "adultes"),
        "child": ("mineur", "MNA"),
        "mixed": ("majeurs et mineurs",),
    },
    "transport_mode": {
        "sea": ("maritime", "small boat", "embarcation"),
        "land": ("terrestre", "poids lourd", "véhicule"),
        "air": ("aérien",),
    },
    "linked_offences": {
        "document_fraud": ("fraude documentaire",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("trafic de stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_PRESS_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("trafic de migrants", "filière de passeurs"),
        "trafficking": ("traite d'êtres humains", "traite"),
        "both": ("traite et trafic de migrants",),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation au travail"),
        "forced_criminality": ("délinquance forcée",),
        "organ_removal": ("trafic d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "unknown": ("non précisée",),
    },
    "gender": {
        "male": ("hommes",),
        "female": ("femmes",),
        "mixed": ("hommes et femmes", "mixte"),
    },
    "age_group": {
        "adult": ("adultes",),
        "child": ("mineurs", "enfants"),
        "mixed": ("adultes et enfants",),
    },
    "transport_mode": {
        "sea": ("embarcation de fortune", "bateau pneumatique", "small boat"),
        "land": ("par la route", "à pied", "camion"),
        "air": ("par avion",),
    },
    "linked_offences": {
        "document_fraud": ("faux papiers",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent",),
        "illicit_goods": ("trafic de drogue",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}

CONSEJERIA = Desk(
    source="consejeria_interior_argel_ee",
    filename="consejeria_interior_argel_ee.xlsx",
    ref="CIA-{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Registro",
        "event_date": "Fecha",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino declarado",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio empleado",
        "coordinates": "Posición",
        "linked_offences": "Otros delitos",
    },
    note="Nota: cifras provisionales, pendientes de validación por la CGEF",
    total="TOTAL",
    bad_count=("varios", "#¡VALOR!", "varias decenas"),
    repeats=False,
    words=_ES_WORDS,
    unknown=("No consta", "Desconocido"),
    not_applicable=("No consta", "N/A"),
    count_unknown=("s/d", "sin determinar"),
    zero=("ninguno", "Ninguno"),
    direct=("Directo",),
    transit_sep=" - ",
    offence_sep=" / ",
    country_style={"name": 0.6, "upper": 0.25, "iso3": 0.06, "alias": 0.05, "typo": 0.04},
    date_style={"excel": 0.82, "text_dmy": 0.1, "serial": 0.05, "month_es": 0.03},
    coord_style="dmm",
)
ESPERTO = Desk(
    source="esperto_algeri_ee",
    filename="esperto_algeri_ee.csv",
    ref="ESP-ALG/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date (sbarco / interception)",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb migrants / victimes",
        "n_suspects": "Scafisti / passeurs arrêtés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "detection_country": "Pays (luogo)",
        "transit_countries": "Itinéraire (transit)",
        "transport_mode": "Moyen",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Autres infractions",
    },
    note="N.B. : données provisoires (fonte : Dipartimento della P.S.)",
    total="Totale / Total",
    bad_count=("plusieurs", "diversi"),
    repeats=False,
    words=_IT_WORDS,
    unknown=("n.d.", "inconnu"),
    not_applicable=("n.d.",),
    count_unknown=("n.c.", "n.d."),
    zero=("aucun", "nessuno"),
    direct=("direct",),
    transit_sep=" > ",
    offence_sep=", ",
    country_style={"name": 0.55, "italian": 0.25, "iso2": 0.08, "mojibake": 0.12},
    date_style={"dmy": 0.75, "dmy2": 0.2, "dotted": 0.05},
    coord_style="comma",
)
EMLO = Desk(
    source="emlo_alger_ee",
    filename="emlo_alger_ee.csv",
    ref="EMLO-DZ-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident ID",
        "event_date": "Date of incident",
        "crime_type": "Type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of persons",
        "n_suspects": "Facilitators arrested",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Main nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Member State",
        "transit_countries": "Route (transit)",
        "transport_mode": "Mode",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Associated crimes",
    },
    note="Note: figures provisional, subject to Member State validation",
    total="Total",
    bad_count=("several", "dozens"),
    repeats=True,
    words=_EN_WORDS,
    unknown=("Unknown", "n/k"),
    not_applicable=("n/a",),
    count_unknown=("n/k", "TBC"),
    zero=("none", "nil"),
    direct=("Direct",),
    transit_sep="; ",
    offence_sep="; ",
    country_style={"name": 0.58, "eu2": 0.2, "alias": 0.12, "upper": 0.05, "typo": 0.05},
    date_style={"long_en": 0.5, "dmy": 0.4, "quarter_q": 0.05, "month_en": 0.05},
    coord_style="dot",
)
SSI = Desk(
    source="ssi_alger_ee",
    filename="ssi_alger_ee.csv",
    ref="SSI-ALG-{yy:02d}-{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf.",
        "event_date": "Date des faits",
        "crime_type": "Infraction",
        "exploitation": "Finalité",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Itinéraire",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires, non consolidés",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "qq dizaines"),
    repeats=False,
    words=_FR_WORDS,
    unknown=("non renseigné", "inconnu"),
    not_applicable=("non renseigné",),
    count_unknown=("NC", "non communiqué"),
    zero=("néant", "Néant"),
    direct=("direct",),
    transit_sep=" / ",
    offence_sep=" + ",
    country_style={"name": 0.5, "iso3": 0.25, "adjective": 0.2, "upper": 0.05},
    date_style={"dmy": 0.7, "long_fr": 0.2, "quarter_t": 0.04, "month_fr": 0.06},
    coord_style="pair",
)
PRESSE = Desk(
    source="agence_france_presse_ee",
    filename="agence_france_presse_ee.jsonl",
    ref="AFP-{year}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "id_depeche",
        "event_date": "date",
        "crime_type": "qualification",
        "exploitation": "exploitation",
        "n_persons": "nombre_personnes",
        "n_suspects": "interpelles",
        "gender": "sexe",
        "age_group": "age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "pays_destination",
        "detection_country": "pays",
        "transit_countries": "transit",
        "transport_mode": "moyen",
        "linked_offences": "infractions_liees",
    },
    note=None,
    total="total",
    bad_count=("plusieurs dizaines", "des centaines"),
    repeats=False,
    words=_PRESS_WORDS,
    unknown=("non précisé",),
    not_applicable=("non précisé",),
    count_unknown=("non précisé",),
    zero=("aucun",),
    direct=(),
    transit_sep=", ",
    offence_sep=", ",
    country_style={"name": 0.7, "alias": 0.25, "typo": 0.05},
    date_style={"iso": 0.85, "slash_ymd": 0.05, "month_iso": 0.1},
    coord_style="none",
)

#: The five sources of ``blind133``, in the order the submissions are returned.
BLIND133_SOURCES: tuple[Desk, ...] = (CONSEJERIA, ESPERTO, EMLO, SSI, PRESSE)
_PRIMARY = {
    "ESP": CONSEJERIA.source,
    "ITA": ESPERTO.source,
    "GRC": EMLO.source,
    "HRV": EMLO.source,
    "POL": EMLO.source,
    "FRA": SSI.source,
}
_SECONDARY = {
    ("wmed", "ESP"): ESPERTO.source,  # Algerian-route landings in Almería
    ("watl", "ESP"): EMLO.source,
    ("thb_rou_esp", "ESP"): EMLO.source,
    ("thb_rou_esp", "ITA"): CONSEJERIA.source,  # the Spanish side of the same networks
    ("thb_nga_ita", "ITA"): EMLO.source,
    ("cmed", "ITA"): PRESSE.source,
    ("emed", "GRC"): PRESSE.source,
    ("wbal", "HRV"): PRESSE.source,
    ("blr_pol", "POL"): PRESSE.source,
    ("channel", "FRA"): PRESSE.source,
    ("channel", "GBR"): SSI.source,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _plain(text: str) -> str:
    """Drop accents (``Túnez`` -> ``Tunez``), as the police databases' capitals do."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).replace("’", "'")


def _typo(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more."""
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()) or text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _country(src: Desk, code: str, col: str, rng: _Rng) -> tuple[str, str | None]:
    """Write an ISO alpha-3 code the desk's way; return (text, messiness tag or None)."""
    name = str(COUNTRIES[code][_LANG_COL[src.language]])
    style = _draw(rng, src.country_style)
    text, tag = name, None
    if style == "upper":
        text, tag = _plain(name).upper(), "upper"
    elif style == "iso3":
        text, tag = code, "iso3"
    elif style == "iso2":
        text, tag = iso_codes(code)[0], "iso2"
    elif style == "eu2":
        text, tag = _EU_CODES.get(code, iso_codes(code)[0]), "iso2"
    elif style == "alias" and code in _ALIASES[src.language]:
        text, tag = _ALIASES[src.language][code], "alias"
    elif style == "typo" and _typo(name) != name:
        text, tag = _typo(name), "typo"
    elif style == "italian" and code in _ITALIAN:
        text, tag = _ITALIAN[code], "italian"
    elif style == "adjective" and col == "nationality" and code in _FR_ADJ:
        text, tag = _FR_ADJ[code], "adjective"
    elif style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            text, tag = garbled, "mojibake"
    if not fits(text, src):
        text, tag = _plain(text), tag
    return text, None if tag is None else f"{tag}:{col}"


def _date_cell(src: Desk, ts: pd.Timestamp, style: str) -> tuple[object, str, str | None]:
    """Write a day in ``style``; return (cell, precision, messiness tag or None)."""
    lang = "es" if style.endswith("_es") else "fr" if style.endswith("_fr") else "en"
    month = _MONTHS[lang][ts.month - 1]
    if style == "excel":
        return ts.to_pydatetime(), "day", None
    if style == "serial":
        return int((ts - _EXCEL_EPOCH).days), "day", "excel_serial"
    if style in ("text_dmy", "dmy"):
        return ts.strftime("%d/%m/%Y"), "day", "text_date" if style == "text_dmy" else None
    if style == "dmy2":
        return ts.strftime("%d/%m/%y"), "day", "two_digit_year"
    if style == "dotted":
        return ts.strftime("%d.%m.%Y"), "day", None
    if style == "long_en":
        return f"{ts.day} {month} {ts.year}", "day", None
    if style == "long_fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {month} {ts.year}", "day", None
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), "day", None
    if style == "slash_ymd":
        return ts.strftime("%Y/%m/%d"), "day", None
    if style in ("month_es", "month_en", "month_fr"):
        return f"{month} {ts.year}", "month", "partial_date"
    if style == "month_iso":
        return ts.strftime("%Y-%m"), "month", "partial_date"
    if style == "quarter_q":
        return f"Q{ts.quarter} {ts.year}", "quarter", "partial_date"
    # quarter_t
    return f"T{ts.quarter} {ts.year}", "quarter", "partial_date"


def _write_date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    style = _draw(rng, src.date_style)
    cell, precision, tag = _date_cell(src, ts, style)
    if precision != "day" and not partial_ok:  # both reports of a duplicate give the day
        day_styles = {k: w for k, w in src.date_style.items() if not _is_partial(k)}
        cell, precision, tag = _date_cell(src, ts, _draw(rng, day_styles))
    day = ts.normalize()
    if precision == "month":
        day = day.to_period("M").start_time
    elif precision == "quarter":
        day = day.to_period("Q").start_time
    return cell, day, precision, [] if tag is None else [tag]


def _is_partial(style: str) -> bool:
    return style.startswith(("month", "quarter"))


def _future_year(ts: pd.Timestamp) -> pd.Timestamp:
    """Swap the year's two middle digits (``2023`` -> ``2203``), a typing slip."""
    y = str(ts.year)
    year = int(y[0] + y[2] + y[1] + y[3])
    return ts.replace(year=year, day=min(ts.day, 28) if ts.month == 2 else ts.day)


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the bad date of a row to quarantine, in the desk's style."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = _future_year(ts)
        if src.format == "xlsx":
            return later.to_pydatetime()
        if src.format == "jsonl":
            return later.strftime("%Y-%m-%d")
        if src.language == "en" and rng.random() < 0.5:
            return f"{later.day} {_MONTHS['en'][later.month - 1]} {later.year}"
        return later.strftime("%d/%m/%Y")
    day = choice(rng, ("30", "31")) if rng.random() < 0.7 else "00"
    month = "02" if day != "00" else f"{ts.month:02d}"
    if src.format == "jsonl":
        return f"{ts.year}-{month}-{day}"
    if src.language == "en" and day != "00":
        return f"{day} February {ts.year}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the date written on the desk's note row (the day of its last row)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


def _count_cell(src: Desk, value: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons as the desk does (numbers in XLSX and JSON)."""
    if value >= 1000 and src.format != "jsonl" and rng.random() < 0.7:
        head, tail = divmod(value, 1000)
        sep = {"es": ".", "en": ","}.get(src.language, choice(rng, (" ", "\u00a0")))
        return f"{head}{sep}{tail:03d}", ["thousands:n_persons"]
    if src.format in ("xlsx", "jsonl"):
        return int(value), []
    return str(value), []


def _dmm(value: float, positive: str, negative: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``36º49,8'N``); return (text, value it reads as)."""
    hemi = positive if value >= 0 else negative
    tenths = round(abs(value) * 600)  # tenths of a minute
    deg, rest = divmod(tenths, 600)
    text = f"{deg:0{width}d}º{rest // 10:02d},{rest % 10}'{hemi}"
    read = deg + rest / 600
    return text, read if value >= 0 else -read


def _coords(src: Desk, lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], float, float]:
    """Write a location; return (cells, latitude read, longitude read)."""
    if src.coord_style == "dmm":
        t_lat, r_lat = _dmm(lat, "N", "S", 2)
        t_lon, r_lon = _dmm(lon, "E", "W", 3)
        return {"coordinates": f"{t_lat} {t_lon}"}, r_lat, r_lon
    if src.coord_style == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    digits = 5 if rng.random() < 0.8 else 4
    r_lat, r_lon = round(lat, digits), round(lon, digits)
    t_lat, t_lon = f"{r_lat:.{digits}f}", f"{r_lon:.{digits}f}"
    if src.coord_style == "comma":
        t_lat, t_lon = t_lat.replace(".", ","), t_lon.replace(".", ",")
    return {"lat": t_lat, "lon": t_lon}, r_lat, r_lon


def _word(src: Desk, col: str, value: str, rng: _Rng) -> str:
    return choice(rng, src.words[col][value])


def _noise(text: str, rng: _Rng) -> tuple[str, bool]:
    """Change the case or the spacing of one cell in twenty (the meaning stays)."""
    if rng.random() >= 0.05:
        return text, False
    k = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[k]
    return out, out != text


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
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _write_date(
        src, ts, rng, partial_ok=partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _word(src, "crime_type", crime, rng), crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.05:  # the form is still being established
        cells["exploitation"], exp["exploitation"] = (
            _word(src, "exploitation", "unknown", rng),
            ("unknown"),
        )
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl

    # persons
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"], exp["n_persons"] = choice(rng, src.count_unknown), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count_cell(src, persons, rng)
        exp["n_persons"] = persons
        tags += t

    # suspects
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.count_unknown), None
        tags.append("suspects_placeholder")
    elif r < 0.05:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif suspects == 0 and r < 0.45:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    elif src.format == "jsonl" and 1 <= suspects <= 10 and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = _NUMBER_WORDS_FR[suspects - 1], suspects
        tags.append("count_word")
    else:
        cells["n_suspects"] = suspects if src.format in ("xlsx", "jsonl") else str(suspects)
        exp["n_suspects"] = suspects

    # gender
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender

    # age group and transport mode
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.not_applicable), "unknown"
            tags += ["na_word", f"unknown:{col}"]
        else:
            cells[col], exp[col] = _word(src, col, value, rng), value

    # countries
    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif src is CONSEJERIA and nat in _REGION_ES and r < 0.08:
        cells["nationality"], exp["nationality"] = _REGION_ES[nat], None
        tags += ["blank_nationality", "region_word:nationality"]
    elif r < 0.025:
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
        tags += ["blank_nationality", "unknown:nationality"]
    else:
        cells["nationality"], tag = _country(src, nat, "nationality", rng)
        exp["nationality"] = nat
        tags += [] if tag is None else [tag]
    cells["origin_country"], tag = _country(src, str(ev["origin_country"]), "origin_country", rng)
    exp["origin_country"] = ev["origin_country"]
    tags += [] if tag is None else [tag]
    dest = str(ev["destination_country"])
    if rng.random() < 0.03:
        cells["destination_country"], exp["destination_country"] = choice(rng, src.unknown), None
        tags.append("unknown:destination_country")
    else:
        cells["destination_country"], tag = _country(src, dest, "destination_country", rng)
        exp["destination_country"] = dest
        tags += [] if tag is None else [tag]
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        det = str(ev["detection_country"])
        cells["detection_country"], tag = _country(src, det, "detection_country", rng)
        exp["detection_country"] = det
        tags += [] if tag is None else [tag]

    transit = ev["transit_countries"]
    if transit is None:
        if src.direct and rng.random() < 0.5:
            cells["transit_countries"] = choice(rng, src.direct)
            tags.append("direct_word")
        else:
            cells["transit_countries"] = None
    else:
        parts = []
        for code in str(transit).split("|"):
            text, tag = _country(src, code, "transit_countries", rng)
            parts.append(text)
            tags += [] if tag is None else [tag]
        cells["transit_countries"] = src.transit_sep.join(parts)
    exp["transit_countries"] = transit

    # location
    if src.coord_style == "none":
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif ev["lat"] is None or rng.random() < (0.04 if ev["transport_mode"] == "sea" else 0.12):
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        place, exp["lat"], exp["lon"] = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(place)

    offences = ev["linked_offences"]
    cells["linked_offences"] = (
        None
        if offences is None
        else src.offence_sep.join(
            _word(src, "linked_offences", o, rng) for o in str(offences).split("|")
        )
    )
    exp["linked_offences"] = offences

    for col in (
        "crime_type",
        "exploitation",
        "gender",
        "age_group",
        "transport_mode",
        "nationality",
        "origin_country",
        "destination_country",
    ):
        cell = cells.get(col)
        if isinstance(cell, str) and f"mojibake:{col}" not in tags:  # garbled after typing
            cells[col], changed = _noise(cell, rng)
            if changed:
                tags.append(f"case:{col}")
    return cells, exp, tags


_EXAMINER: Examiner[Desk] = Examiner(
    sources=BLIND133_SOURCES,
    primary=_PRIMARY,
    compilation=PRESSE.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=133,
    blank_share=0.35,
)


def make_blind133(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind133`` submissions (files ``*_ee.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``consejeria_interior_argel_ee.xlsx`` (Spanish), ``esperto_algeri_ee.csv``
        (French with Italian words, cp1252, ``;``), ``emlo_alger_ee.csv`` (English, UTF-8
        with BOM, ``,``), ``ssi_alger_ee.csv`` (French, UTF-16, tab) and
        ``agence_france_presse_ee.jsonl`` (French), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind133(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['consejeria_interior_argel_ee.xlsx', 'esperto_algeri_ee.csv', 'emlo_alger_ee.csv',
     'ssi_alger_ee.csv', 'agence_france_presse_ee.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> subs[3].frame.columns[:3].tolist()
    ['Réf.', 'Date des faits', 'Infraction']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
