"""Examiner variant ``blind366``: casinos' anti-money-laundering desks (files ``*_nd.*``).

Five sources never used before in this project, all from the gambling sector, where
trafficking and smuggling networks launder their takings at the tables and the
compliance officers who spot them pass on what the police told them about the event
behind the money:

``rank_grosvenor_mlro_nd.xlsx``
    The Rank Group's Grosvenor Casinos (London, Birmingham, Glasgow), the money
    laundering reporting officer's log of suspicious activity reports (English, Excel:
    real date cells mostly, some typed dates, demonyms for nationality, routes written
    ``A > B``). First reports of events detected in the United Kingdom.
``partouche_lcbft_nd.csv``
    Groupe Partouche's anti-money-laundering unit (cellule LCB-FT, Tracfin
    declarations; casinos of Calais and Boulogne-sur-Mer). French, cp1252, ``;``, CRLF;
    day-first dates with four- or two-digit years, ``T2 2023`` quarters, decimal-comma
    coordinates, French adjectives of nationality, legal article references in the
    offence, "small boat" for the Channel crossings, a few rows pasted from a UTF-8
    extract (mojibake). First reports of events detected in France.
``cirsa_upbc_nd.csv``
    CIRSA's unidad de prevención del blanqueo de capitales (Spain). Spanish, the Excel
    "Unicode text" export: UTF-16 with a byte-order mark, tab-delimited; ``2023/05/17``
    system dates and typed ``17/05/2023`` ones, ``mayo de 2023`` months, ``.`` thousands,
    ``lat; lon`` coordinates with decimal commas, Spanish Penal Code articles (177 bis,
    318 bis), boats as ``patera``/``cayuco``. First reports of events detected in Spain.
``crown_casinos_pa_nd.csv``
    Crown Casinos Panamá, the compliance officer's register of suspicious-operation
    reports (ROS) sent to Panama's financial intelligence unit. Spanish (Panama), UTF-8
    with BOM, ``,``; Excel serial dates beside typed day-first ones, ``,`` thousands,
    ``NNA`` for minors, ``EE.UU.``; some rows re-sent. First reports of events detected
    in Panama.
``iagr_exchange_nd.jsonl``
    The International Association of Gaming Regulators' intelligence exchange, the
    compilation: member regulators' notices on every other event (Italy, Greece,
    Croatia, Poland, the United States) and second reports of Spanish and Panamanian
    ones. English codes: ISO alpha-3 (some alpha-2, numeric or names), ``THB``/``SOM``,
    ISO dates with ``2023-05`` months and ``2023-Q2`` quarters, numbers as numbers,
    ``0, 0`` for a place not given; some notices pushed twice.

The truth says what a careful analyst reads from each cell: a count written "not known"
keeps the record with no count, a blank or "not known" sex is ``unknown``, a "not
applicable" age or means of travel is ``unknown``, a partial date starts its month or
quarter, an unknown nationality or country is missing. Rows that cannot be read (no
date, an impossible or future date, a negative or worded count) are quarantined.
"""

from __future__ import annotations

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

__all__ = ["SOURCES", "Desk", "make_blind366"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]

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

# --------------------------------------------------------------------------------------
# Countries, written the desks' way (hand-written: the samples must not lean on the
# cleaner's lookups). iso3 -> (English, French, Spanish).
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
    "CIV": ("Cote d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
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
# Nationality as a person's adjective (French feminine and Spanish feminine agree with
# "nationalité" / "nacionalidad", as the clerks write them).
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgana"),
    "ALB": ("Albanian", "albanaise", "albanesa"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "china"),
    "CIV": ("Ivorian", "ivoirienne", "marfileña"),
    "CMR": ("Cameroonian", "camerounaise", "camerunesa"),
    "COL": ("Colombian", "colombienne", "colombiana"),
    "DZA": ("Algerian", "algérienne", "argelina"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptienne", "egipcia"),
    "ERI": ("Eritrean", "érythréenne", "eritrea"),
    "GIN": ("Guinean", "guinéenne", "guineana"),
    "GMB": ("Gambian", "gambienne", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduran", "hondurienne", "hondureña"),
    "HTI": ("Haitian", "haïtienne", "haitiana"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicana"),
    "MLI": ("Malian", "malienne", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriana"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumana"),
    "SEN": ("Senegalese", "sénégalaise", "senegalesa"),
    "SYR": ("Syrian", "syrienne", "siria"),
    "TUN": ("Tunisian", "tunisienne", "tunecina"),
    "TUR": ("Turkish", "turque", "turca"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolana"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Türkiye",),
        "CIV": ("Ivory Coast",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "VNM": ("Viet Nam",),
        "MKD": ("Macedonia",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA", "Etats-Unis d'Amérique"),
        "VNM": ("Viêt Nam",),
        "SYR": ("République arabe syrienne",),
        "MKD": ("Macédoine",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "VEN": ("Venezuela (Rep. Bolivariana)",),
        "CHN": ("República Popular China",),
        "ROU": ("Rumania",),
    },
}
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanastan",
        "ALB": "Albenia",
        "ERI": "Erithrea",
        "SYR": "Sryia",
        "VNM": "Veitnam",
        "GBR": "Untied Kingdom",
        "FRA": "Farnce",
        "DEU": "Gemany",
        "POL": "Polland",
        "RUS": "Russsia",
    },
    "fr": {
        "AFG": "Afganistan",
        "ALB": "Albnie",
        "SYR": "Sirie",
        "IRQ": "Iraq",
        "GBR": "Royaume Uni",
        "FRA": "Farnce",
        "DEU": "Allemange",
        "BGR": "Bulgairie",
        "ITA": "Itallie",
        "VNM": "Viet-Nam",
    },
    "es": {
        "VEN": "Venezula",
        "ECU": "Ecaudor",
        "COL": "Colmbia",
        "MAR": "Marrueco",
        "SEN": "Senegall",
        "USA": "Estado Unidos",
        "GIN": "Ginea",
        "HTI": "Haity",
    },
}
_LANG = {"en": 0, "fr": 1, "es": 2}


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A casino or regulator desk: the shared source fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> canonical word -> the desk's words
        (the first is its usual one).
    modes : mapping
        Corridor -> canonical transport mode -> the desk's words for that route
        (``patera`` in the Strait, ``cayuco`` off the Canaries); falls back to ``words``.
    unknown : tuple of str
        What the desk writes for a value it does not know.
    not_applicable : tuple of str
        What it writes in the age or means-of-travel column when it has nothing.
    count_unknown : tuple of str
        A count cell saying the number is not known (the record is kept).
    zero : tuple of str
        Words for no suspect at all.
    thousands : tuple of str
        Thousands separators of its counts ((): none).
    transit_sep : tuple of str
        Separators of its transit lists.
    offence_sep : tuple of str
        Separators of its linked offences.
    dates : tuple of (str, float)
        Date styles and their weights (the first one is a day style).
    nat_styles, place_styles : tuple of (str, float)
        How it writes a nationality, and any other country.
    coords : str or None
        ``"split_comma"``, ``"pair_comma"``, ``"float"`` or None (no place columns).
    no_exploitation : str or None
        What it may write as the exploitation of a smuggling case.
    direct : str or None
        What it may write in the transit column of a direct route.
    case_rate : float
        Share of its text cells typed in another case or with stray spaces.
    pasted_rate : float
        Share of its rows pasted from a UTF-8 extract into its file, every accented
        letter garbled (mojibake).
    """

    words: Mapping[str, _Words]
    modes: Mapping[str, _Words]
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    thousands: tuple[str, ...]
    transit_sep: tuple[str, ...]
    offence_sep: tuple[str, ...]
    dates: tuple[tuple[str, float], ...]
    nat_styles: tuple[tuple[str, float], ...]
    place_styles: tuple[tuple[str, float], ...]
    coords: str | None
    no_exploitation: str | None
    direct: str | None
    case_rate: float
    pasted_rate: float


_RANK = Desk(
    source="rank_grosvenor_mlro_nd",
    filename="rank_grosvenor_mlro_nd.xlsx",
    ref="GRV/SAR/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "SAR ref",
        "event_date": "Date of event",
        "crime_type": "Suspected predicate offence",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of victims / migrants",
        "n_suspects": "No. of subjects",
        "gender": "Sex",
        "age_group": "Adult / minor",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country where detected",
        "transit_countries": "Route",
        "transport_mode": "Mode of travel",
        "linked_offences": "Other offences noted",
    },
    note="Note: figures provisional, subject to MLRO review",
    total="TOTAL",
    bad_count=("Several", "multiple"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": (
                "Modern slavery / human trafficking",
                "Human trafficking",
                "Modern slavery",
                "Suspected human trafficking",
            ),
            "smuggling": (
                "People smuggling",
                "Facilitation of illegal immigration",
                "Suspected people smuggling",
                "Immigration offences (facilitation)",
            ),
            "both": ("Human trafficking & people smuggling", "MSHT + facilitation"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": (
                "Criminal exploitation",
                "Forced criminality (cannabis cultivation)",
            ),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Males & females"),
        },
        "age_group": {
            "child": ("Minor", "Under 18", "U18"),
            "adult": ("Adult", "Adults"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Sea", "Boat"),
            "land": ("Land", "Car"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("false documents", "document fraud"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "cannabis"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    modes={
        "channel": {"sea": ("Small boat", "small boat"), "land": ("Lorry", "HGV")},
        "thb_vnm_gbr": {"land": ("Lorry", "Car", "Coach"), "sea": ("Ferry", "Sea")},
    },
    unknown=("Not known", "N/K"),
    not_applicable=("N/A", "Not known"),
    count_unknown=("Not known", "TBC"),
    zero=("None", "Nil"),
    thousands=(),
    transit_sep=(" > ",),
    offence_sep=(", ", " / "),
    dates=(("excel", 0.8), ("dmy", 0.08), ("long_en", 0.07), ("month_en", 0.05)),
    nat_styles=(
        ("name", 0.5),
        ("demonym", 0.3),
        ("alias", 0.06),
        ("upper", 0.05),
        ("iso2", 0.03),
        ("typo", 0.06),
    ),
    place_styles=(("name", 0.8), ("alias", 0.1), ("upper", 0.04), ("typo", 0.06)),
    coords=None,
    no_exploitation="N/A",
    direct="Direct",
    case_rate=0.03,
    pasted_rate=0.0,
)

_PARTOUCHE = Desk(
    source="partouche_lcbft_nd",
    filename="partouche_lcbft_nd.csv",
    ref="DS{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier LCB-FT",
        "event_date": "Date des faits",
        "crime_type": "Infraction d'origine",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction cellule LCB-FT - données provisoires, ne pas diffuser",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": (
                "Traite des êtres humains",
                "TEH",
                "Traite des êtres humains (art. 225-4-1 CP)",
            ),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Aide à l'entrée irrégulière (art. L823-1 CESEDA)",
                "Trafic de migrants",
                "Filière d'immigration irrégulière",
            ),
            "both": ("TEH et aide au séjour irrégulier", "Traite + trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femme", "féminin"),
            "male": ("H", "homme", "masculin"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineur", "mineurs"),
            "adult": ("majeur", "majeurs"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("maritime", "embarcation"),
            "land": ("routier", "véhicule"),
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
    modes={
        "channel": {
            "sea": ("small boat", "embarcation", "traversée en small boat"),
            "land": ("poids lourd", "camion"),
        },
    },
    unknown=("inconnu", "NC", "non renseigné"),
    not_applicable=("NC", "sans objet"),
    count_unknown=("NC", "inconnu"),
    zero=("néant", "aucun"),
    thousands=("\u00a0", " "),
    transit_sep=(", ", " - "),
    offence_sep=(" / ", ", "),
    dates=(("dmy", 0.8), ("dmy2", 0.15), ("quarter_fr", 0.05)),
    nat_styles=(
        ("name", 0.45),
        ("demonym", 0.25),
        ("upper", 0.08),
        ("noaccent_upper", 0.07),
        ("iso2", 0.03),
        ("typo", 0.06),
    ),
    place_styles=(
        ("name", 0.7),
        ("upper", 0.08),
        ("noaccent_upper", 0.07),
        ("alias", 0.03),
        ("typo", 0.06),
    ),
    coords="split_comma",
    no_exploitation="sans objet",
    direct=None,
    case_rate=0.05,
    pasted_rate=0.06,
)

_CIRSA = Desk(
    source="cirsa_upbc_nd",
    filename="cirsa_upbc_nd.csv",
    ref="UPBC-{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Delito subyacente",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (según atestado)",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de validación por el órgano de control interno",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": (
                "Trata de seres humanos",
                "Trata de seres humanos (art. 177 bis CP)",
                "TSH",
            ),
            "smuggling": (
                "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
                "Favorecimiento de la inmigración ilegal",
                "Tráfico ilícito de migrantes",
                "Inmigración clandestina (318 bis)",
            ),
            "both": ("Trata y 318 bis", "Trata de seres humanos e inmigración clandestina"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("realización de actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otros fines",),
        },
        "gender": {
            "female": ("mujer", "mujeres"),
            "male": ("varón", "hombre", "varones"),
            "mixed": ("ambos sexos", "mixto"),
        },
        "age_group": {
            "child": ("menor", "menores de edad"),
            "adult": ("mayor de edad", "adultos"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("embarcación", "marítimo"),
            "land": ("terrestre", "vehículo"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    modes={
        "watl": {"sea": ("cayuco", "neumática", "cayuco")},
        "wmed": {
            "sea": ("patera", "neumática", "moto acuática"),
            "land": ("a pie", "salto de valla", "oculto en vehículo"),
        },
        "thb_rou_esp": {"land": ("autobús", "furgoneta", "terrestre"), "air": ("avión",)},
    },
    unknown=("desconocido", "no consta", "s/d"),
    not_applicable=("no consta",),
    count_unknown=("no consta", "sin determinar"),
    zero=("ninguno", "sin investigados"),
    thousands=(".",),
    transit_sep=(" - ", "/"),
    offence_sep=(" y ", ", "),
    dates=(("ymd_slash", 0.72), ("dmy", 0.23), ("month_es", 0.05)),
    nat_styles=(
        ("name", 0.55),
        ("demonym", 0.15),
        ("upper", 0.1),
        ("noaccent", 0.07),
        ("iso2", 0.04),
        ("alias", 0.04),
        ("typo", 0.05),
    ),
    place_styles=(
        ("name", 0.7),
        ("upper", 0.1),
        ("noaccent", 0.07),
        ("alias", 0.05),
        ("iso2", 0.03),
        ("typo", 0.05),
    ),
    coords="pair_comma",
    no_exploitation=None,
    direct="directo",
    case_rate=0.04,
    pasted_rate=0.0,
)

_CROWN = Desk(
    source="crown_casinos_pa_nd",
    filename="crown_casinos_pa_nd.csv",
    ref="ROS-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. ROS",
        "event_date": "Fecha",
        "crime_type": "Delito precedente",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Implicados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta de tránsito",
        "transport_mode": "Vía",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a verificación",
    total="Total general",
    bad_count=("varios", "un grupo"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "Trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico de migrantes", "Trata / tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual comercial", "explotación sexual"),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("Femenino", "F"),
            "male": ("Masculino", "M"),
            "mixed": ("Mixto", "Ambos"),
        },
        "age_group": {
            "child": ("Menor de edad", "NNA"),
            "adult": ("Adulto", "Mayor de edad"),
            "mixed": ("Mixto", "Adultos y NNA"),
        },
        "transport_mode": {
            "sea": ("Marítima", "Lancha"),
            "land": ("Terrestre", "A pie"),
            "air": ("Aérea",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    modes={"darien": {"land": ("Terrestre", "A pie (selva)", "Trocha")}},
    unknown=("N/D", "Desconocido", "sin información"),
    not_applicable=("N/D",),
    count_unknown=("N/D", "por determinar"),
    zero=("ninguno",),
    thousands=(",",),
    transit_sep=(" - ", ", "),
    offence_sep=("; ",),
    dates=(("serial", 0.65), ("dmy", 0.35)),
    nat_styles=(
        ("name", 0.55),
        ("demonym", 0.15),
        ("upper", 0.1),
        ("noaccent", 0.05),
        ("alias", 0.05),
        ("iso2", 0.04),
        ("typo", 0.06),
    ),
    place_styles=(
        ("name", 0.7),
        ("upper", 0.08),
        ("noaccent", 0.05),
        ("alias", 0.1),
        ("typo", 0.07),
    ),
    coords=None,
    no_exploitation="N/A",
    direct=None,
    case_rate=0.05,
    pasted_rate=0.0,
)

_IAGR = Desk(
    source="iagr_exchange_nd",
    filename="iagr_exchange_nd.jsonl",
    ref="IAGR-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "notice_id",
        "event_date": "incident_date",
        "crime_type": "offence_category",
        "exploitation": "exploitation_form",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "detected_in",
        "transit_countries": "transit",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "associated_offences",
    },
    note=None,
    total="SUMMARY",
    bad_count=("MULTIPLE", "SEVERAL"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("THB", "Trafficking in persons"),
            "smuggling": ("SOM", "Migrant smuggling"),
            "both": ("THB+SOM", "THB/SOM"),
        },
        "exploitation": {
            "sexual": ("SEXUAL",),
            "forced_labour": ("LABOUR",),
            "forced_criminality": ("FORCED_CRIMINALITY",),
            "organ_removal": ("ORGAN_REMOVAL",),
            "forced_marriage": ("FORCED_MARRIAGE",),
            "other": ("OTHER",),
        },
        "gender": {"female": ("F",), "male": ("M",), "mixed": ("MIXED",)},
        "age_group": {"child": ("MINOR",), "adult": ("ADULT",), "mixed": ("MIXED",)},
        "transport_mode": {"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
        "linked_offences": {
            "document_fraud": ("DOC_FRAUD",),
            "corruption": ("CORRUPTION",),
            "money_laundering": ("MONEY_LAUNDERING",),
            "illicit_goods": ("DRUGS",),
            "cybercrime": ("CYBER",),
            "terrorism": ("TERRORISM",),
        },
    },
    modes={},
    unknown=("UNKNOWN",),
    not_applicable=("UNKNOWN",),
    count_unknown=("UNKNOWN",),
    zero=(),
    thousands=(),
    transit_sep=(",",),
    offence_sep=(",",),
    dates=(("iso", 0.85), ("month_iso", 0.08), ("quarter_iso", 0.07)),
    nat_styles=(("iso3", 0.8), ("iso2", 0.1), ("numeric", 0.05), ("name", 0.05)),
    place_styles=(("iso3", 0.88), ("iso2", 0.07), ("numeric", 0.05)),
    coords="float",
    no_exploitation=None,
    direct=None,
    case_rate=0.0,
    pasted_rate=0.0,
)

#: The variant's sources, in the order of the submissions.
SOURCES: tuple[Desk, ...] = (_RANK, _PARTOUCHE, _CIRSA, _CROWN, _IAGR)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    names = [o[0] for o in options]
    w = np.array([o[1] for o in options], dtype=float)
    return names[int(rng.choice(len(names), p=w / w.sum()))]


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_DAY_STYLES = ("excel", "serial", "dmy", "dmy2", "ymd_slash", "iso", "long_en")
_MONTH_STYLES = ("month_en", "month_es", "month_iso")
_QUARTER_STYLES = ("quarter_fr", "quarter_iso")


def _date_cell(style: str, ts: pd.Timestamp) -> object:
    """Write a day (or its month or quarter) in one of the desks' styles."""
    q = (ts.month - 1) // 3 + 1
    cells: dict[str, object] = {
        "serial": str((ts.normalize() - _EXCEL_EPOCH).days),
        "dmy": ts.strftime("%d/%m/%Y"),
        "dmy2": ts.strftime("%d/%m/%y"),
        "ymd_slash": ts.strftime("%Y/%m/%d"),
        "iso": ts.strftime("%Y-%m-%d"),
        "long_en": f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}",
        "month_en": f"{MONTHS[ts.month - 1]} {ts.year}",
        "month_es": f"{_ES_MONTHS[ts.month - 1]} de {ts.year}",
        "month_iso": ts.strftime("%Y-%m"),
        "quarter_fr": f"T{q} {ts.year}",
        "quarter_iso": f"{ts.year}-Q{q}",
    }
    if style == "excel":
        return ts.normalize().to_pydatetime()
    return cells[style]


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    style = _weighted(rng, src.dates)
    if not partial_ok and style not in _DAY_STYLES:
        style = src.dates[0][0]
    cell = _date_cell(style, ts)
    if style in _MONTH_STYLES:
        return cell, ts.to_period("M").start_time, "month", ["partial_date:month"]
    if style in _QUARTER_STYLES:
        return cell, ts.to_period("Q").start_time, "quarter", ["partial_date:quarter"]
    tag = {"excel": "excel_date", "serial": "excel_serial"}.get(style, f"date:{style}")
    return cell, ts.normalize(), "day", [tag]


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no careful analyst can use: none, impossible, a decade ahead (typo)."""
    if kind == "no_date":
        return None
    main = src.dates[0][0]
    if kind == "future_date":
        ahead = pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))
        return _date_cell(main, ahead)
    day, month = [(31, 2), (30, 2), (31, 4), (31, 6), (ts.day, 13)][int(rng.integers(5))]
    if main in ("ymd_slash",):
        return f"{ts.year}/{month:02d}/{day:02d}"
    if main == "iso":
        return f"{ts.year}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{ts.year}"  # typed over a date or serial cell


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the extraction date of a desk's note row (the day after its last row)."""
    day = last + pd.Timedelta(days=1)
    main = src.dates[0][0]
    return _date_cell("dmy" if main == "serial" else main, day)


def _country(
    src: Desk, iso: str, col: str, rng: _Rng, style: str | None = None
) -> tuple[str, str | None]:
    """Write one country the desk's way; return (text, tag of the visible style)."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    if style is None:
        style = _weighted(rng, src.nat_styles if col == "nationality" else src.place_styles)
    text = name
    if style == "iso3":
        text = iso
    elif style in ("iso2", "numeric"):
        alpha2, numeric = iso_codes(iso)
        text = alpha2 if style == "iso2" else numeric
    elif style == "upper":
        text = name.upper()
    elif style == "noaccent":
        text = _strip_accents(name)
    elif style == "noaccent_upper":
        text = _strip_accents(name).upper()
    elif style == "demonym" and iso in _DEMONYMS:
        text = _DEMONYMS[iso][_LANG[lang]]
    elif style == "alias" and iso in _ALIASES[lang]:
        text = choice(rng, _ALIASES[lang][iso])
    elif style == "typo" and iso in _TYPOS[lang]:
        text = _TYPOS[lang][iso]
    if not fits(text, src):
        text = name
    if style == "name" or (text == name and style != "upper"):
        return text, None
    return text, f"{style}:{col}"


def _word(src: Desk, col: str, value: str, rng: _Rng, corridor: str = "") -> str:
    forms = src.words[col][value]
    if col == "transport_mode":
        forms = src.modes.get(corridor, {}).get(value, forms)
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _count(src: Desk, n: int, rng: _Rng) -> tuple[object, list[str]]:
    if src.format != "csv":
        return n, []
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}", ["thousands"]
    return str(n), []


def _case(src: Desk, text: object, rng: _Rng) -> tuple[object, bool]:
    if not isinstance(text, str) or rng.random() >= src.case_rate:
        return text, False
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text} ", f"{text}  ")[kind]
    return out, out != text


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    if src.coords is None:
        return {}, None, None, ["coords_missing"]
    keys = ("coordinates",) if src.coords == "pair_comma" else ("lat", "lon")
    if blank:
        return dict.fromkeys(keys), None, None, ["blank_coordinates"]
    r = rng.random()
    if r < 0.04:
        return dict.fromkeys(keys), None, None, ["coords_missing"]
    if src.coords == "float":
        if r < 0.06:  # the platform's "no place given"
            return {"lat": 0.0, "lon": 0.0}, None, None, ["coords_placeholder"]
        return {"lat": lat, "lon": lon}, lat, lon, []
    t_lat = f"{lat:.5f}".replace(".", ",")
    t_lon = f"{lon:.5f}".replace(".", ",")
    if src.coords == "pair_comma":
        return {"coordinates": f"{t_lat}; {t_lon}"}, lat, lon, ["decimal_comma"]
    return {"lat": t_lat, "lon": t_lon}, lat, lon, ["decimal_comma"]


def _render(
    src: Desk,
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
    corridor = str(ev["corridor"])
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        exp["exploitation"] = None
        if src.no_exploitation is not None and rng.random() < 0.3:
            cells["exploitation"] = src.no_exploitation
            tags.append("not_applicable:exploitation")
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        word = choice(rng, src.count_unknown)
        cells["n_persons"] = None if src.format == "jsonl" and rng.random() < 0.5 else word
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, rng)
        exp["n_persons"] = n
        tags += [f"{x}:n_persons" for x in t]

    sus = ev["n_suspects"]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif sus is None or r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.unknown), None
        tags.append("suspects_placeholder")
    elif int(sus) == 0 and src.zero and r < 0.55:  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], t = _count(src, int(sus), rng)  # type: ignore[call-overload]
        exp["n_suspects"] = int(sus)  # type: ignore[call-overload]

    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", str(ev["gender"]), rng)
        exp["gender"] = str(ev["gender"])

    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.025:
            cells[col], exp[col] = choice(rng, src.not_applicable), "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _word(src, col, str(ev[col]), rng, corridor)
            exp[col] = str(ev[col])

    nat = ev["nationality"]
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif nat is None or rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
        tags.append("blank_nationality")
    else:
        cells["nationality"], tag = _country(src, str(nat), "nationality", rng)
        exp["nationality"] = str(nat)
        tags += [tag] if tag else []

    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        if iso is None or rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, src.unknown), None
            tags.append(f"unknown:{col}")
        else:
            cells[col], tag = _country(src, str(iso), col, rng)
            exp[col] = str(iso)
            tags += [tag] if tag else []

    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        det = str(ev["detection_country"])
        cells["detection_country"], tag = _country(src, det, "detection_country", rng)
        exp["detection_country"] = det
        tags += [tag] if tag else []

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        if src.direct is not None and rng.random() < 0.5:
            cells["transit_countries"] = src.direct
            tags.append("direct_word")
    else:
        sep = choice(rng, src.transit_sep)
        style = _weighted(rng, src.place_styles)  # one clerk, one way of writing the list
        parts = []
        for iso in str(transit).split("|"):
            text, tag = _country(src, iso, "transit_countries", rng, style)
            parts.append(text)
            tags += [tag] if tag else []
        cells["transit_countries"] = sep.join(parts)

    place, exp["lat"], exp["lon"], t = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(place)
    tags += t

    off = ev["linked_offences"]
    exp["linked_offences"] = off
    if off is not None:
        words = [_word(src, "linked_offences", o, rng) for o in str(off).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_sep).join(words)

    pasted = rng.random() < src.pasted_rate
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
        if col != "linked_offences":
            cells[col], changed = _case(src, cells.get(col), rng)
            if changed:
                tags.append(f"case:{col}")
        value = cells.get(col)
        if pasted and isinstance(value, str):
            garbled = mojibake(value)
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


_EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _RANK.source,
        "FRA": _PARTOUCHE.source,
        "ESP": _CIRSA.source,
        "PAN": _CROWN.source,
    },
    compilation=_IAGR.source,
    secondary={
        ("channel", "FRA"): _RANK.source,
        ("channel", "GBR"): _PARTOUCHE.source,
        ("thb_vnm_gbr", "GBR"): _PARTOUCHE.source,
        ("wmed", "ESP"): _IAGR.source,
        ("watl", "ESP"): _IAGR.source,
        ("thb_rou_esp", "ESP"): _IAGR.source,
        ("thb_rou_esp", "ITA"): _CIRSA.source,
        ("darien", "PAN"): _IAGR.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=366,
    blank_share=0.35,
)


def make_blind366(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five casino and gaming-regulator desks would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``rank_grosvenor_mlro_nd.xlsx`` (English), ``partouche_lcbft_nd.csv`` (French,
        cp1252, ``;``), ``cirsa_upbc_nd.csv`` (Spanish, UTF-16, tab),
        ``crown_casinos_pa_nd.csv`` (Spanish, UTF-8 with BOM, ``,``) and
        ``iagr_exchange_nd.jsonl`` (English codes, the compilation), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind366(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['rank_grosvenor_mlro_nd.xlsx', 'partouche_lcbft_nd.csv', 'cirsa_upbc_nd.csv',
     'crown_casinos_pa_nd.csv', 'iagr_exchange_nd.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8-sig', 'utf-8']
    >>> [s.delimiter for s in subs[1:4]] == [";", chr(9), ","]
    True
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
