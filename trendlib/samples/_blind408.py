"""Examiner variant ``blind408``: mountain-tourism desks and their logs (files ``*_ot.*``).

Five sources that have never written for trendlib before, each keeping its own wording,
file format and habits:

``dsf_veille_surete_ot.csv``
    Domaines Skiables de France (the French ski-lift operators' federation), *pôle sûreté
    et saisonniers*: a French watch log of the cases that touch seasonal staff and the
    resorts' corridors, exported from Excel (cp1252, ``;``, day-first dates, decimal
    commas, nationalities written as adjectives, ``NR`` and ``NC`` for what is not known).
    First reports of the events detected in France; second reports of the Channel and
    Viet Nam cases detected in the United Kingdom.
``atudem_seguridad_ot.xlsx``
    ATUDEM (Asociación Turística de Estaciones de Esquí y Montaña: Sierra Nevada, the
    Pyrenees), *comisión de seguridad y recursos humanos de temporada*: a Spanish workbook
    merged from member resorts' sheets (real Excel dates, a few typed dates and serial
    numbers, criminal-code wording, *patera*/*cayuco*, a block of rows pasted from a
    mis-decoded CSV). First reports of Spain; second reports of the Romanian and Nigerian
    trafficking cases detected in Italy.
``sbito_welfare_ot.jsonl``
    SBiTO (Seasonal Businesses in Travel Organisation, the UK ski tour operators' body),
    seasonal-staff welfare and safeguarding case log, exported as JSON lines by its case
    tool (ISO dates, demonyms, ``England``/``Scotland``, ``>`` routes, UK NRM wording).
    First reports of the United Kingdom; second reports of the Channel cases in France.
    The export overlaps its previous batch, so a few cases are sent twice.
``canopy_camp_darien_ot.csv``
    Canopy Camp Darién (an ecotourism lodge on the Darién highway near Yaviza), the
    guides' and security log of migrant groups seen on the trails and the road (Spanish
    of Panama, UTF-8 with BOM from Excel, ``d/m/yyyy``, US-style thousands ``1,250``,
    Garmin ``N8°30.074' W77°30.074'`` positions, ``sin GPS``). First reports of Panama;
    some rows were pasted twice.
``clubmed_surete_ot.csv``
    Club Med, *direction sûreté* (the resort operator whose ski villages employ seasonal
    staff), weekly country watch compiled from open sources and village reports, saved
    as Excel *Texte Unicode* (UTF-16, tab-delimited, ``2023/05/17`` dates, ISO alpha-2
    codes, ``TR/BG/RS`` transit lists, ``lat, lon`` pairs). The compilation: first
    reports of every event no other desk reports (Italy, Greece, Croatia, Poland, the
    United States); second reports of the Romanian cases detected in Spain.

Every row's expected clean values are what a careful analyst reads from its cells: a
word meaning "not known" expects no value (or ``unknown``), a month or a quarter expects
its first day, a position in degrees and decimal minutes expects its decimal degrees.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND408", "SOURCES", "Desk", "make_blind408"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Country names: iso3 -> (English, French, Spanish), as each desk's staff write them.
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

# Nationalities as adjectives (masculine, feminine), where a desk writes them so.
_DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "AFG": ("afghan", "afghane"),
        "IRN": ("iranien", "iranienne"),
        "IRQ": ("irakien", "irakienne"),
        "ALB": ("albanais", "albanaise"),
        "ERI": ("érythréen", "érythréenne"),
        "SYR": ("syrien", "syrienne"),
        "VNM": ("vietnamien", "vietnamienne"),
    },
    "es": {
        "MAR": ("marroquí", "marroquí"),
        "DZA": ("argelino", "argelina"),
        "GIN": ("guineano", "guineana"),
        "MLI": ("maliense", "maliense"),
        "SEN": ("senegalés", "senegalesa"),
        "GMB": ("gambiano", "gambiana"),
        "CIV": ("marfileño", "marfileña"),
        "ROU": ("rumano", "rumana"),
        "NGA": ("nigeriano", "nigeriana"),
        "VEN": ("venezolano", "venezolana"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "HTI": ("haitiano", "haitiana"),
        "COL": ("colombiano", "colombiana"),
        "CHN": ("chino", "china"),
    },
    "en": {
        "AFG": ("Afghan", "Afghan"),
        "IRN": ("Iranian", "Iranian"),
        "IRQ": ("Iraqi", "Iraqi"),
        "ALB": ("Albanian", "Albanian"),
        "ERI": ("Eritrean", "Eritrean"),
        "SYR": ("Syrian", "Syrian"),
        "VNM": ("Vietnamese", "Vietnamese"),
    },
}

_MONTHS = {
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_PARTIAL = ("month_name", "month_iso", "month_slash", "quarter_t", "quarter_q")
_QUARTERS = ("quarter_t", "quarter_q")
_EN_WORDS = {1: "one", 2: "two", 3: "three"}


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One desk of the ``blind408`` set: the shared fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the desk's words for it (first = the usual one).
    unknown : mapping
        Column -> the desk's word for "not known" in it.
    zero : tuple of str
        The desk's words for "no suspect".
    dates : mapping
        Date style -> weight (styles of :func:`_date_cell`).
    countries : mapping
        Country style -> weight (``name``, ``upper``, ``plain``, ``iso2``, ``iso3``,
        ``typo``, ``alias``, ``demonym``).
    aliases : mapping
        ISO alpha-3 code -> other names the desk uses for the country.
    transit : str
        How the desk writes a transit list: a separator between names, or ``"iso2/"``
        for ISO alpha-2 codes joined by ``/``.
    direct : str or None
        What the desk writes when there was no transit country (None: a blank cell).
    coords : str
        ``"split_comma"``, ``"split_float"``, ``"garmin"`` or ``"pair"``.
    thousands : tuple of str
        Separators the desk writes in counts of 1,000 or more (empty: plain numbers).
    mojibake_rate : float
        Share of the rows pasted from a mis-decoded file (accents garbled).
    offence_sep : str
        Separator between the linked offences of a row.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: Mapping[str, str]
    zero: tuple[str, ...]
    dates: Mapping[str, float]
    countries: Mapping[str, float]
    aliases: Mapping[str, tuple[str, ...]]
    transit: str
    direct: str | None
    coords: str
    thousands: tuple[str, ...]
    mojibake_rate: float
    offence_sep: str


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
DSF = Desk(
    source="dsf_veille_surete_ot",
    filename="dsf_veille_surete_ot.csv",
    ref="DSF-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays de départ",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays du constat",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction partielle : fiches en cours de validation par la cellule sûreté",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "groupe"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "Traite (art. 225-4-1 CP)"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Filière d'immigration clandestine",
                "Passage clandestin",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et filière d'immigration"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Exploitation par le travail", "Travail forcé"),
            "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("F", "Femme(s)"),
            "male": ("H", "Homme(s)"),
            "mixed": ("H/F", "Mixte"),
        },
        "age_group": {
            "adult": ("Majeur", "Majeurs"),
            "child": ("Mineur", "MNA"),
            "mixed": ("Majeurs + mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation", "Voie maritime"),
            "land": ("Poids lourd", "Camion", "Véhicule léger", "À pied"),
            "air": ("Aérien", "Avion"),
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
    unknown={
        "exploitation": "NR",
        "gender": "NR",
        "age_group": "NR",
        "transport_mode": "NR",
        "nationality": "NR",
        "n_persons": "NC",
        "n_suspects": "NC",
    },
    offence_sep=" / ",
    zero=("néant", "0"),
    dates={"dmy": 0.82, "dmy2": 0.08, "month_name": 0.07, "quarter_t": 0.03},
    countries={
        "name": 0.62,
        "demonym": 0.18,
        "upper": 0.07,
        "plain": 0.06,
        "alias": 0.04,
        "typo": 0.03,
    },
    aliases={
        "GBR": ("Angleterre", "Grande-Bretagne", "UK"),
        "VNM": ("Vietnam", "Viet-Nam"),
        "ERI": ("Erythrée",),
        "CIV": ("RCI",),
        "DEU": ("RFA",),
    },
    transit=", ",
    direct=None,
    coords="split_comma",
    thousands=("\u00a0", " "),
    mojibake_rate=0.0,
)

ATUDEM = Desk(
    source="atudem_seguridad_ot",
    filename="atudem_seguridad_ot.xlsx",
    ref="ATU/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº detenidos / investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales remitidos por las estaciones asociadas; pendiente de revisión",
    total="TOTAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata (art. 177 bis CP)", "TSH"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Inmigración clandestina (art. 318 bis CP)",
                "Favorecimiento de la inmigración ilegal",
            ),
            "both": ("Trata y tráfico de migrantes", "TSH + 318 bis"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "male": ("Hombre", "Varones"),
            "female": ("Mujer", "Mujeres"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "adult": ("Mayor de edad", "Adultos"),
            "child": ("Menor", "MENA"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Patera", "Neumática", "Embarcación"),
            "land": ("Terrestre", "Vehículo", "A pie", "Autobús"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Contra la salud pública", "Tráfico de drogas"),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown={
        "exploitation": "s/d",
        "gender": "s/d",
        "age_group": "s/d",
        "transport_mode": "s/d",
        "nationality": "s/d",
        "n_persons": "s/d",
        "n_suspects": "s/d",
    },
    offence_sep="; ",
    zero=("ninguno", "0"),
    dates={"excel": 0.78, "dmy": 0.08, "serial": 0.05, "month_name": 0.06, "quarter_t": 0.03},
    countries={
        "name": 0.66,
        "demonym": 0.16,
        "upper": 0.06,
        "iso3": 0.05,
        "alias": 0.04,
        "typo": 0.03,
    },
    aliases={
        "GIN": ("Guinea Conakry", "Guinea-Conakry"),
        "CIV": ("Côte d'Ivoire",),
        "ROU": ("Rumania",),
        "USA": ("EE. UU.",),
        "GBR": ("Gran Bretaña",),
    },
    transit=" / ",
    direct="directo",
    coords="split_float",
    thousands=(),
    mojibake_rate=0.1,
)

SBITO = Desk(
    source="sbito_welfare_ot",
    filename="sbito_welfare_ot.jsonl",
    ref="SW-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "incident_date",
        "crime_type": "concern_type",
        "exploitation": "exploitation_type",
        "n_persons": "people_affected",
        "n_suspects": "suspects_identified",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "route_via",
        "destination_country": "intended_destination",
        "detection_country": "location_country",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="EXPORT TOTAL",
    bad_count=("several", "a few", "multiple"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery / trafficking", "Human trafficking", "MS/HT"),
            "smuggling": ("People smuggling", "Smuggling (facilitated entry)"),
            "both": ("Trafficking + smuggling", "Smuggled then exploited"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "adult": ("Adult", "18+"),
            "child": ("Under 18", "Child"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat", "Ferry"),
            "land": ("Lorry", "HGV", "Car", "Coach"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("false documents", "document fraud"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cyber-enabled crime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown={
        "exploitation": "Not recorded",
        "gender": "Not stated",
        "age_group": "Not stated",
        "transport_mode": "Not recorded",
        "nationality": "Not known",
        "n_persons": "unknown",
        "n_suspects": "not known",
    },
    offence_sep="; ",
    zero=("none", "0"),
    dates={"iso": 0.80, "long_en": 0.10, "month_iso": 0.07, "quarter_q": 0.03},
    countries={"name": 0.70, "demonym": 0.18, "alias": 0.08, "typo": 0.04},
    aliases={
        "GBR": ("UK",),
        "VNM": ("Viet Nam",),
        "IRN": ("Iran (Islamic Republic of)",),
        "SYR": ("Syrian Arab Republic",),
        "TUR": ("Türkiye",),
        "RUS": ("Russian Federation",),
    },
    transit=" > ",
    direct="Direct",
    coords="split_float",
    thousands=(",",),
    mojibake_rate=0.0,
)

CANOPY = Desk(
    source="canopy_camp_darien_ot",
    filename="canopy_camp_darien_ot.csv",
    ref="BIT-{year}-{seq:03d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. reporte",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de migrantes",
        "n_suspects": "Guías / coyotes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países)",
        "destination_country": "Destino declarado",
        "detection_country": "País",
        "transport_mode": "Modalidad",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Otros delitos",
    },
    note="Nota: bitácora interna de guías y seguridad, no es un reporte oficial",
    total="TOTAL",
    bad_count=("varios", "un grupo", "muchos"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("reclutamiento para delinquir",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "male": ("masculino", "hombres"),
            "female": ("femenino", "mujeres"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "adult": ("adultos",),
            "child": ("menores", "NNA"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "land": ("a pie", "caminando", "terrestre"),
            "sea": ("lancha",),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("documentos falsos",),
            "corruption": ("soborno",),
            "money_laundering": ("blanqueo",),
            "illicit_goods": ("drogas", "contrabando"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "exploitation": "sin dato",
        "gender": "sin dato",
        "age_group": "sin dato",
        "transport_mode": "sin dato",
        "nationality": "sin dato",
        "n_persons": "sin dato",
        "n_suspects": "sin dato",
        "coordinates": "sin GPS",
    },
    offence_sep=", ",
    zero=("ninguno", "0"),
    dates={"dmy_nopad": 0.92, "month_name": 0.08},
    countries={"name": 0.60, "demonym": 0.25, "alias": 0.08, "upper": 0.04, "typo": 0.03},
    aliases={
        "USA": ("EE.UU.", "EEUU", "USA", "Estados Unidos de América"),
        "HTI": ("Haiti",),
        "PAN": ("Rep. de Panamá",),
    },
    transit=" - ",
    direct=None,
    coords="garmin",
    thousands=(",",),
    mojibake_rate=0.0,
)

CLUBMED = Desk(
    source="clubmed_surete_ot",
    filename="clubmed_surete_ot.csv",
    ref="VS-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. veille",
        "event_date": "Date événement",
        "crime_type": "Typologie",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb auteurs présumés",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité (code)",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de l'événement",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions associées",
    },
    note="Veille sûreté : synthèse hebdomadaire (sources ouvertes et remontées des villages)",
    total="TOTAL",
    bad_count=("plusieurs", "quelques-uns", "groupe important"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": ("Trafic de migrants", "Passeurs / trafic de migrants"),
            "both": ("Traite + trafic de migrants",),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle",),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Criminalité forcée",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("Hommes", "Masculin"),
            "female": ("Femmes", "Féminin"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "adult": ("Adultes", "Majeurs"),
            "child": ("Mineurs", "Enfants"),
            "mixed": ("Adultes et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Bateau", "Embarcation de fortune"),
            "land": ("Terrestre", "Camion", "À pied"),
            "air": ("Aérien", "Vol commercial"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents",),
            "corruption": ("corruption d'agents publics",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("trafic de stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown={
        "exploitation": "N/C",
        "gender": "N/C",
        "age_group": "N/C",
        "transport_mode": "N/C",
        "nationality": "N/C",
        "n_persons": "N/C",
        "n_suspects": "N/C",
    },
    offence_sep=" ; ",
    zero=("aucun", "0"),
    dates={"ymd_slash": 0.88, "month_slash": 0.07, "quarter_t": 0.05},
    countries={"name": 0.55, "iso2": 0.30, "iso3": 0.05, "upper": 0.05, "typo": 0.05},
    aliases={"MKD": ("Macédoine",), "TUR": ("Türkiye",), "BIH": ("Bosnie",)},
    transit="iso2/",
    direct=None,
    coords="pair",
    thousands=(" ",),
    mojibake_rate=0.0,
)

#: The variant's sources, in the order :func:`make_blind408` returns their submissions.
SOURCES: tuple[Desk, ...] = (DSF, ATUDEM, SBITO, CANOPY, CLUBMED)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: Mapping[str, float]) -> str:
    """Draw a key of ``weights`` with probability proportional to its weight."""
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _one(rng: _Rng, options: tuple[str, ...]) -> str:
    """Draw the usual word (the first) two times in three, another one otherwise."""
    if len(options) == 1 or rng.random() < 2 / 3:
        return options[0]
    return options[1 + int(rng.integers(len(options) - 1))]


def _plain(text: str) -> str:
    """Drop the accents (``Érythrée`` -> ``Erythree``), as a clerk's keyboard may."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _typo(text: str) -> str:
    """Swap two letters in the middle of a long name (``Afghanistan`` -> ``Afghainstan``)."""
    if len(text) < 7:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and a.islower() and b.isalpha() and b.islower()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _case(text: str, rng: _Rng, tags: list[str], col: str, rate: float = 0.03) -> str:
    """Change the case or spacing of ``rate`` of the cells (the meaning stays)."""
    if rng.random() >= rate:
        return text
    kind = int(rng.integers(3))
    out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    if out != text:
        tags.append(f"case:{col}")
    return out


def _country(
    src: Desk, iso: str, col: str, rng: _Rng, tags: list[str], *, hotspot: str = ""
) -> str:
    """Write one country as the desk does; tag the form when it is not the plain name."""
    name = _NAMES[iso][_LANG[src.language]]
    styles = dict(src.countries)
    if src.source == CLUBMED.source and col == "nationality":
        styles = {"iso2": 0.7, "iso3": 0.1, "name": 0.2}  # the column asks for a code
    if col != "nationality" or iso not in _DEMONYMS[src.language]:
        styles.pop("demonym", None)
    if iso not in src.aliases:
        styles.pop("alias", None)
    if src.source == SBITO.source and col == "detection_country" and iso == "GBR":
        styles["nation"] = 0.3  # welfare staff write the nation of the UK they were in
    style = _pick(rng, styles)
    if style == "nation":
        tags.append(f"alias:{col}")
        return "Scotland" if hotspot.startswith("Glasgow") else "England"
    if style == "demonym":
        masc, fem = _DEMONYMS[src.language][iso]
        tags.append(f"demonym:{col}")
        return fem if rng.random() < 0.7 else masc
    if style == "alias":
        tags.append(f"alias:{col}")
        return _one(rng, src.aliases[iso])
    if style in ("iso2", "iso3"):
        tags.append(f"{style}:{col}")
        return iso_codes(iso)[0] if style == "iso2" else iso
    if style == "upper":
        tags.append(f"case:{col}")
        return name.upper()
    if style == "plain" and _plain(name) != name:
        tags.append(f"no_accent:{col}")
        return _plain(name)
    if style == "typo" and _typo(name) != name:
        tags.append(f"typo:{col}")
        return _typo(name)
    return _case(name, rng, tags, col)


def _transit(src: Desk, codes: str | None, rng: _Rng, tags: list[str]) -> str | None:
    """Write the ordered transit list in the desk's way."""
    if codes is None:
        if src.direct is not None:
            tags.append("direct_word")
        return src.direct
    parts = codes.split("|")
    if src.transit == "iso2/":
        if rng.random() < 0.75:
            tags.append("iso2:transit_countries")
            return "/".join(iso_codes(p)[0] for p in parts)
        return ", ".join(_NAMES[p][_LANG[src.language]] for p in parts)
    return src.transit.join(_country(src, p, "transit_countries", rng, tags) for p in parts)


def _date_cell(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event's date in one of the desk's styles; return (cell, expected, precision)."""
    styles = {k: w for k, w in src.dates.items() if partial_ok or k not in _PARTIAL}
    style = _pick(rng, styles)
    month = _MONTHS[src.language][ts.month - 1]
    cell: object
    if style == "dmy":
        cell = ts.strftime("%d/%m/%Y")
    elif style == "dmy2":
        cell = ts.strftime("%d/%m/%y")
    elif style == "dmy_nopad":
        cell = f"{ts.day}/{ts.month}/{ts.year}"
    elif style == "ymd_slash":
        cell = ts.strftime("%Y/%m/%d")
    elif style == "iso":
        cell = ts.strftime("%Y-%m-%d")
    elif style == "long_en":
        cell = f"{ts.day} {month} {ts.year}"
    elif style == "excel":
        cell = ts.to_pydatetime()
    elif style == "serial":
        cell = int((ts.normalize() - _EXCEL_EPOCH).days)
        tags.append("excel_serial")
    elif style == "month_name":
        cell = f"{month} de {ts.year}" if src.language == "es" else f"{month} {ts.year}"
    elif style == "month_iso":
        cell = ts.strftime("%Y-%m")
    elif style == "month_slash":
        cell = ts.strftime("%Y/%m")
    elif style == "quarter_t":
        cell = f"T{ts.quarter} {ts.year}"
    else:  # quarter_q
        cell = f"Q{ts.quarter} {ts.year}"
    if style in _QUARTERS:
        tags.append("partial_date")
        return cell, ts.to_period("Q").start_time, "quarter"
    if style in _PARTIAL:
        tags.append("partial_date")
        return cell, ts.to_period("M").start_time, "month"
    return cell, ts.normalize(), "day"


def _count_cell(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write a count of persons; return (cell, expected count)."""
    if rng.random() < 0.015:
        tags.append("count_placeholder")
        return src.unknown["n_persons"], None
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{_one(rng, src.thousands)}{n % 1000:03d}", n
    if src.source == SBITO.source and n in _EN_WORDS and rng.random() < 0.15:
        tags.append("count_word")
        return _EN_WORDS[n], n
    if src.source == CANOPY.source and n >= 10 and rng.random() < 0.08:
        tags.append("approx_count")
        return f"{n} aprox.", n
    return (n if src.format != "csv" else str(n)), n


def _suspects_cell(
    src: Desk, n: int, rng: _Rng, tags: list[str], blank: bool
) -> tuple[object, int | None]:
    """Write a count of suspects; return (cell, expected count)."""
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return src.unknown["n_suspects"], None
    if n == 0 and rng.random() < 0.5:
        tags.append("zero_word")
        return src.zero[0], 0
    return (n if src.format != "csv" else str(n)), n


def _dm(value: float, pos: str, neg: str) -> str:
    """Degrees and decimal minutes as a Garmin shows them: ``N8°30.074'``."""
    thousandths = round(abs(value) * 60_000)  # minutes to three decimals
    deg, rest = divmod(thousandths, 60_000)
    return f"{pos if value >= 0 else neg}{deg}°{rest / 1000:06.3f}'"


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, tags: list[str], blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    if blank or rng.random() < 0.04:
        if blank:
            tags.append("blank_coordinates")
            return {}, None, None
        if src.coords == "garmin":
            tags.append("coords_placeholder")
            return {"coordinates": src.unknown["coordinates"]}, None, None
        tags.append("coords_missing")
        return {}, None, None
    if src.coords == "split_comma":
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    if src.coords == "split_float":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon
    if src.coords == "garmin":
        tags.append("dm_coords")
        return {"coordinates": f"{_dm(lat, 'N', 'S')} {_dm(lon, 'E', 'W')}"}, lat, lon
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon


def _mode_words(src: Desk, mode: str, corridor: str) -> tuple[str, ...]:
    """Return the desk's words for a transport mode (ATUDEM names the Canaries' boat)."""
    if src.source == ATUDEM.source and mode == "sea" and corridor == "watl":
        return ("Cayuco", "Embarcación")
    return src.words["transport_mode"][mode]


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _case(_one(rng, src.words["crime_type"][crime]), rng, tags, "crime")
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.04:
        tags.append("unknown:exploitation")
        cells["exploitation"], exp["exploitation"] = src.unknown["exploitation"], "unknown"
    else:
        cells["exploitation"] = _one(rng, src.words["exploitation"][str(expl)])
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"] = _count_cell(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects_cell(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        tags,
        forced_blank == "n_suspects",
    )

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        tags.append("blank_gender")
        cells["gender"] = None if forced_blank == "gender" else src.unknown["gender"]
        exp["gender"] = "unknown"
    else:
        cells["gender"] = _case(_one(rng, src.words["gender"][gender]), rng, tags, "gender")
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.02:
            tags.append("na_word")
            cells[col], exp[col] = src.unknown[col], "unknown"
            continue
        words = (
            _mode_words(src, value, str(ev["corridor"]))
            if col == "transport_mode"
            else src.words[col][value]
        )
        cells[col], exp[col] = _case(_one(rng, words), rng, tags, col), value

    hotspot = str(ev.get("hotspot") or "")
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif rng.random() < 0.02:
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = src.unknown["nationality"], None
    else:
        cells["nationality"] = _country(src, nat, "nationality", rng, tags)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        cells[col] = _country(src, str(ev[col]), col, rng, tags)
        exp[col] = str(ev[col])
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country(
            src, det, "detection_country", rng, tags, hotspot=hotspot
        )
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit(src, None if transit is None else str(transit), rng, tags)
    exp["transit_countries"] = transit

    place, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        forced_blank == "coordinates",
    )
    cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        offence_words = src.words["linked_offences"]
        cells["linked_offences"] = src.offence_sep.join(
            _one(rng, offence_words[o]) for o in str(offences).split("|")
        )
    exp["linked_offences"] = offences

    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        garbled = False
        for col, cell in cells.items():
            if col != "event_date" and isinstance(cell, str):
                bad = mojibake(cell)
                if bad is not None:
                    cells[col], garbled = bad, True
        if garbled:
            tags.append("mojibake")
    return cells, exp, tags


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: blank, impossible, or a year mistyped (future)."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.source == SBITO.source:
            return f"{ts.year}-02-30"
        if src.source == CLUBMED.source:
            return f"{ts.year}/02/31"
        if src.source == CANOPY.source:
            return f"31/2/{ts.year}"
        return f"31/02/{ts.year}"
    digits = str(ts.year)
    year = int(digits[0] + digits[2] + digits[1] + digits[3])  # 2023 typed 2203
    if year <= ts.year:
        year = ts.year + 100
    future = ts.replace(year=year)
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.source == SBITO.source:
        return future.strftime("%Y-%m-%d")
    if src.source == CLUBMED.source:
        return future.strftime("%Y/%m/%d")
    if src.source == CANOPY.source:
        return f"{future.day}/{future.month}/{future.year}"
    return future.strftime("%d/%m/%Y")


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row (the day of its last case)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.source == CLUBMED.source:
        return last.strftime("%Y/%m/%d")
    if src.source == CANOPY.source:
        return f"{last.day}/{last.month}/{last.year}"
    return last.strftime("%d/%m/%Y")


#: The ``blind408`` examiner: sources, routing and writers.
BLIND408: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": DSF.source,
        "ESP": ATUDEM.source,
        "GBR": SBITO.source,
        "PAN": CANOPY.source,
    },
    compilation=CLUBMED.source,
    secondary={
        ("channel", "FRA"): SBITO.source,
        ("channel", "GBR"): DSF.source,
        ("thb_vnm_gbr", "GBR"): DSF.source,
        ("thb_rou_esp", "ESP"): CLUBMED.source,
        ("thb_rou_esp", "ITA"): ATUDEM.source,
        ("thb_nga_ita", "ITA"): ATUDEM.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=408_408,
    blank_share=0.3,
)


def make_blind408(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind408`` desks would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``dsf_veille_surete_ot.csv`` (French, cp1252, ``;``),
        ``atudem_seguridad_ot.xlsx`` (Spanish), ``sbito_welfare_ot.jsonl`` (English,
        UTF-8), ``canopy_camp_darien_ot.csv`` (Spanish, UTF-8 with BOM, ``,``) and
        ``clubmed_surete_ot.csv`` (French, UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind408(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dsf_veille_surete_ot.csv', 'atudem_seguridad_ot.xlsx', 'sbito_welfare_ot.jsonl',
     'canopy_camp_darien_ot.csv', 'clubmed_surete_ot.csv']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(BLIND408, truth, seed=seed)
