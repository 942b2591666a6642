"""Examiner sample set ``blind271`` (files ``*_jm.*``): insurers' fraud units.

Five sources that no other sample set uses, all from the insurance side, where people
concealed in lorries, trailers and containers, or trafficking behind staged claims,
surface as claims and referrals:

``ifb_uk_jm.csv``
    Insurance Fraud Bureau (United Kingdom): English, UTF-8 with BOM, ``,``. UK
    insurance words ("Clandestine entrants", "MSHT", "HGV"), nationalities as
    demonyms ("Vietnamese"), "England"/"Scotland" for the country of incident, dates
    "17/05/2023" or "17 May 2023" (a few "May 2023"), one "Lat/Long" cell. Its monthly
    cumulative export re-sends a few rows.
``alfa_fraude_jm.csv``
    ALFA, Agence pour la lutte contre la fraude à l'assurance (France): French, cp1252,
    ``;``, CRLF. "aide à l'entrée irrégulière", "passagers clandestins", "PL", "MNA",
    day-first dates (some with two-digit years, a few "mai 2023" or "T2 2023"),
    coordinates with decimal commas, thousands with (no-break) spaces.
``mapfre_fraude_jm.xlsx``
    MAPFRE's corporate fraud investigation area (Spain, Panama, the USA and Italy
    through its local entities): Spanish workbook. Real Excel dates mixed with text
    dates and bare Excel serial numbers, "H"/"M" (hombre/mujer) for sex, "MENA",
    "patera", "cayuco", "a pie", country names garbled by a UTF-8 import read as
    ANSI ("EspaÃ±a"), "1.250" for thousands.
``nicb_jm.jsonl``
    National Insurance Crime Bureau (USA): JSON lines of its case API, camelCase keys,
    US month-first dates ("05/17/2023") or ISO dates, transit countries and related
    offenses as JSON arrays, "Alien Smuggling", "UAC", "Rail (boxcar)", telematics
    positions of 0/0 when no fix, "UNK". The API pages re-send a few cases.
``tt_club_jm.csv``
    TT Club (the transport and logistics mutual insurer, London), compiling its claims
    and cargo surveyors' reports of stowaways: English, UTF-16 (Excel "Unicode text"),
    tab-delimited, "17-May-2023" or "2023/05/17" dates (a few "Q2 2023"), ISO short
    names ("Iran (Islamic Republic of)"), alpha-2, alpha-3 and numeric codes, marine
    positions in degrees and decimal minutes ("35°29.874'N 012°36.221'E").

Every written cell has the value a careful analyst reads from it in the truth; a cell
that says "not known" expects nothing (or ``unknown``), and is tagged so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND271", "SOURCES", "JmSource", "make_blind271"]

_Rng = np.random.Generator
_EXCEL_EPOCH = dt.date(1899, 12, 30)

# --------------------------------------------------------------------------------------
# Countries: (English, French, Spanish) names, written by this examiner.
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
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Other names each language's clerks use for a country (first = the usual one).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "CIV": ("Ivory Coast",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "SYR": ("Syrian Arab Republic",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "Angleterre", "UK"),
        "USA": ("USA",),
        "CIV": ("Côte-d'Ivoire",),
        "VNM": ("Viêt Nam",),
        "DEU": ("RFA",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "CIV": ("Côte d'Ivoire",),
        "VNM": ("Viet Nam",),
    },
}

#: ISO 3166 short names as a claims system's country list holds them (TT Club).
_ISO_SHORT: dict[str, str] = {
    "IRN": "Iran (Islamic Republic of)",
    "SYR": "Syrian Arab Republic",
    "VNM": "Viet Nam",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "TUR": "Türkiye",
    "USA": "United States of America",
    "RUS": "Russian Federation",
    "BOL": "Bolivia (Plurinational State of)",
    "VEN": "Venezuela (Bolivarian Republic of)",
}

#: Small slips of the keyboard a clerk makes in a country name, per language.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "PAK": "Pakistn",
        "BGD": "Bangaldesh",
        "ALB": "Albnia",
        "IRQ": "Irak",
        "TUN": "Tunisa",
        "MAR": "Morroco",
        "NGA": "Nigera",
        "ROU": "Romaina",
        "CMR": "Cameroun",
        "GBR": "United Kingdon",
        "FRA": "Frnace",
        "ITA": "Itlay",
        "GRC": "Greeece",
        "HRV": "Croatai",
        "DEU": "Germnay",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythrée",
        "IRQ": "Iraq",
        "ALB": "Albanei",
        "SYR": "Syire",
        "GBR": "Royaume Uni",
        "FRA": "Frace",
    },
    "es": {
        "MAR": "Marrueco",
        "SEN": "Senegall",
        "VEN": "Venezuala",
        "HTI": "Haiti",
        "ECU": "Equador",
        "ROU": "Rumania",
        "ESP": "Españ",
        "COL": "Columbia",
        "GIN": "Guinea Conakry",
    },
}

#: Nationalities as clerks write them: masculine and feminine demonyms.
_DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "AFG": ("Afghan", "Afghan"),
        "IRN": ("Iranian", "Iranian"),
        "IRQ": ("Iraqi", "Iraqi"),
        "ALB": ("Albanian", "Albanian"),
        "ERI": ("Eritrean", "Eritrean"),
        "SYR": ("Syrian", "Syrian"),
        "VNM": ("Vietnamese", "Vietnamese"),
        "DEU": ("German", "German"),
    },
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
        "MLI": ("maliense", "maliense"),
        "SEN": ("senegalés", "senegalesa"),
        "GMB": ("gambiano", "gambiana"),
        "CIV": ("marfileño", "marfileña"),
        "ROU": ("rumano", "rumana"),
        "VEN": ("venezolano", "venezolana"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "HTI": ("haitiano", "haitiana"),
        "COL": ("colombiano", "colombiana"),
        "CHN": ("chino", "china"),
        "MEX": ("mexicano", "mexicana"),
        "GTM": ("guatemalteco", "guatemalteca"),
        "HND": ("hondureño", "hondureña"),
        "NGA": ("nigeriano", "nigeriana"),
    },
}

_NUMBER_WORDS = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
}
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

Words = Mapping[str, Mapping[str, tuple[str, ...]]]


@dataclass(frozen=True)
class JmSource(ExaminerSource):
    """One source of ``blind271``: the shared fields plus this agency's own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the agency's words for it (first = the usual one).
    unknown : tuple of str
        Words the agency writes when a value is not known.
    not_applicable : tuple of str
        Words written in the exploitation cell of a pure smuggling case ("" = blank).
    direct : tuple of str
        Words written in the transit cell of a direct journey ("" = blank).
    zero : tuple of str
        Words for "no suspects".
    count_unknown : tuple of str
        Count cells saying the number of persons is not known.
    styles : mapping
        Country style -> weight (``name``, ``upper``, ``alias``, ``typo``, ``iso2``,
        ``iso3``, ``numeric``, ``iso_short``, ``mojibake``).
    demonym_share : float
        Share of nationality cells written as a demonym ("Vietnamese").
    transit_sep : tuple of str
        Separators of the transit list (empty: a JSON array).
    offence_sep : tuple of str
        Separators of the linked offences (empty: a JSON array).
    dates : mapping
        Day-precision date style -> weight.
    partial : mapping
        Month or quarter style -> weight, used on ``partial_share`` of the rows.
    partial_share : float
        Share of rows (not in a duplicated pair) dated only by month or quarter.
    coords : str
        ``"pair"``, ``"comma"``, ``"excel"``, ``"json"`` or ``"dm"`` (degrees, decimal
        minutes).
    no_coord_share : float
        Share of rows without a position.
    case_share : float
        Share of text cells with case or spacing changed.
    extra : tuple of str
        The agency's own extra columns (not record fields), in ``headers``.
    """

    words: Words
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    direct: tuple[str, ...]
    zero: tuple[str, ...]
    count_unknown: tuple[str, ...]
    styles: Mapping[str, float]
    demonym_share: float
    transit_sep: tuple[str, ...]
    offence_sep: tuple[str, ...]
    dates: Mapping[str, float]
    partial: Mapping[str, float]
    partial_share: float
    coords: str
    no_coord_share: float
    case_share: float
    extra: tuple[str, ...]


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_IFB = JmSource(
    source="ifb_uk",
    filename="ifb_uk_jm.csv",
    ref="IFB-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "IFB Ref",
        "event_date": "Date of Incident",
        "line_of_business": "Line of Business",
        "crime_type": "Referral Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons Found",
        "n_suspects": "Suspects Identified",
        "gender": "Sex",
        "age_group": "Adult/Minor",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Route (via)",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Incident",
        "transport_mode": "Conveyance",
        "coordinates": "Lat/Long",
        "linked_offences": "Associated Offences",
    },
    note="Extract from the Insurance Fraud Database - provisional, subject to revision",
    total="TOTAL",
    bad_count=("Several", "20-30", "See narrative"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern Slavery / Human Trafficking", "MSHT", "Human trafficking"),
            "smuggling": ("Clandestine entrants", "People smuggling", "Facilitated illegal entry"),
            "both": ("MSHT & people smuggling", "People smuggling + trafficking"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Criminal exploitation (cannabis)"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Minor", "Under 18"),
            "adult": ("Adult", "Over 18"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Sea", "Vessel"),
            "land": ("HGV", "Lorry", "Van", "Road"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("false documents", "document fraud"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods", "drugs"),
            "cybercrime": ("cyber-enabled",),
            "terrorism": ("terrorism",),
        },
        "line_of_business": {
            "sea": ("Marine Cargo", "Goods in Transit"),
            "land": ("Commercial Motor", "Goods in Transit", "Motor"),
            "air": ("Travel",),
        },
    },
    unknown=("Not known", "Unknown", "N/K"),
    not_applicable=("", "", "N/A"),
    direct=("", "Direct"),
    zero=("None", "Nil"),
    count_unknown=("Not known", "TBC"),
    styles={"name": 0.74, "alias": 0.08, "upper": 0.07, "typo": 0.06, "iso2": 0.05},
    demonym_share=0.55,
    transit_sep=(" > ", ", "),
    offence_sep=("; ", ", "),
    dates={"%d/%m/%Y": 0.7, "long": 0.3},
    partial={"month_long": 1.0},
    partial_share=0.04,
    coords="pair",
    no_coord_share=0.15,
    case_share=0.05,
    extra=("line_of_business",),
)

_ALFA = JmSource(
    source="alfa_fraude",
    filename="alfa_fraude_jm.csv",
    ref="ALFA/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier ALFA",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes découvertes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de découverte",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "line_of_business": "Branche",
    },
    note="Extraction ALFA - données provisoires, diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "une vingtaine", "nombreux"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "passagers clandestins",
                "trafic de migrants",
            ),
            "both": ("TEH et aide à l'entrée irrégulière", "traite + trafic de migrants"),
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
            "female": ("F", "femmes", "féminin"),
            "male": ("H", "hommes", "masculin"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineur", "mineurs", "MNA"),
            "adult": ("majeur", "majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("maritime", "small boat", "embarcation"),
            "land": ("routier", "PL", "poids lourd", "camion"),
            "air": ("aérien",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        "line_of_business": {
            "sea": ("Transport de marchandises", "Corps de navire"),
            "land": ("Transport de marchandises", "Automobile flotte"),
            "air": ("Assistance voyage",),
        },
    },
    unknown=("N/C", "non renseigné", "inconnu"),
    not_applicable=("", "sans objet"),
    direct=("", "direct"),
    zero=("aucun", "néant"),
    count_unknown=("N/C", "non communiqué"),
    styles={"name": 0.78, "upper": 0.09, "alias": 0.05, "typo": 0.05, "iso2": 0.03},
    demonym_share=0.45,
    transit_sep=(", ", " / "),
    offence_sep=(", ", " + "),
    dates={"%d/%m/%Y": 0.85, "%d/%m/%y": 0.15},
    partial={"month_fr": 0.5, "quarter_t": 0.5},
    partial_share=0.05,
    coords="comma",
    no_coord_share=0.1,
    case_share=0.05,
    extra=("line_of_business",),
)

_MAPFRE = JmSource(
    source="mapfre_fraude",
    filename="mapfre_fraude_jm.xlsx",
    ref="EXP-{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "entity": "Entidad",
        "line_of_business": "Ramo",
        "event_date": "Fecha del siniestro",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº implicados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País del hallazgo",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales - uso interno",
    total="TOTAL GENERAL",
    bad_count=("varios", "entre 20 y 30", "numerosos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trata de seres humanos", "trata de personas", "TSH"),
            "smuggling": ("tráfico ilícito de migrantes", "inmigración clandestina", "polizones"),
            "both": ("trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("delincuencia forzada",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("Mujer", "mujeres", "M"),
            "male": ("Hombre", "hombres", "H"),
            "mixed": ("mixto", "H/M"),
        },
        "age_group": {
            "child": ("menor", "menores", "MENA"),
            "adult": ("adulto", "adultos", "mayor de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "patera", "cayuco"),
            "land": ("terrestre", "camión", "a pie"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental", "documentación falsa"),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contrabando", "estupefacientes"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
        "line_of_business": {
            "sea": ("Transportes", "Cascos"),
            "land": ("Transportes", "Autos", "Flotas"),
            "air": ("Asistencia en viaje",),
        },
        "entity": {
            "ESP": ("MAPFRE ESPAÑA",),
            "PAN": ("MAPFRE PANAMÁ",),
            "USA": ("MAPFRE USA",),
            "ITA": ("VERTI ITALIA",),
        },
    },
    unknown=("s/d", "desconocido", "N/D"),
    not_applicable=("", "no aplica"),
    direct=("", "directo"),
    zero=("ninguno", "sin implicados"),
    count_unknown=("s/d", "desconocido"),
    styles={
        "name": 0.62,
        "mojibake": 0.16,
        "upper": 0.09,
        "alias": 0.04,
        "typo": 0.05,
        "iso3": 0.04,
    },
    demonym_share=0.3,
    transit_sep=(" / ", " - "),
    offence_sep=("; ", " y "),
    dates={"excel": 0.8, "%d/%m/%Y": 0.12, "serial": 0.08},
    partial={"month_es": 1.0},
    partial_share=0.03,
    coords="excel",
    no_coord_share=0.1,
    case_share=0.0,
    extra=("entity", "line_of_business"),
)

_NICB = JmSource(
    source="nicb",
    filename="nicb_jm.jsonl",
    ref="NICB-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "nicbCaseNumber",
        "event_date": "incidentDate",
        "line_of_business": "lossType",
        "crime_type": "referralType",
        "exploitation": "exploitationType",
        "n_persons": "personsFound",
        "n_suspects": "suspectCount",
        "gender": "sex",
        "age_group": "ageCategory",
        "nationality": "citizenship",
        "origin_country": "countryOfOrigin",
        "transit_countries": "transitCountries",
        "destination_country": "destinationCountry",
        "detection_country": "lossCountry",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedOffenses",
    },
    note=None,
    total="REPORT TOTAL",
    bad_count=("MULTIPLE", "10+"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Human Trafficking", "HT"),
            "smuggling": ("Human Smuggling", "Alien Smuggling"),
            "both": ("Smuggling and Trafficking", "HS + HT"),
        },
        "exploitation": {
            "sexual": ("Sex Trafficking", "Commercial Sex"),
            "forced_labour": ("Labor Trafficking", "Forced Labor"),
            "forced_criminality": ("Forced Criminal Activity",),
            "organ_removal": ("Organ Removal",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Both"),
        },
        "age_group": {
            "child": ("Juvenile", "Minor", "UAC"),
            "adult": ("Adult",),
            "mixed": ("Adult/Juvenile", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Vessel", "Panga boat"),
            "land": (
                "Tractor-Trailer",
                "Passenger Vehicle",
                "Rail (boxcar)",
                "Box Truck",
                "On Foot",
            ),
            "air": ("Aircraft",),
        },
        "linked_offences": {
            "document_fraud": ("Fraudulent Documents",),
            "corruption": ("Public Corruption",),
            "money_laundering": ("Money Laundering",),
            "illicit_goods": ("Narcotics", "Contraband"),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
        "line_of_business": {
            "sea": ("Marine Cargo",),
            "land": ("Cargo Theft", "Vehicle Theft", "Tractor-Trailer Theft", "Staged Accident"),
            "air": ("Cargo Theft",),
        },
    },
    unknown=("UNK", "Unknown"),
    not_applicable=("",),
    direct=("",),
    zero=(),
    count_unknown=("UNK",),
    styles={"name": 0.5, "iso2": 0.3, "iso3": 0.1, "upper": 0.1},
    demonym_share=0.0,
    transit_sep=(),
    offence_sep=(),
    dates={"%m/%d/%Y": 0.8, "%Y-%m-%d": 0.2},
    partial={},
    partial_share=0.0,
    coords="json",
    no_coord_share=0.05,
    case_share=0.0,
    extra=("line_of_business",),
)

_TT = JmSource(
    source="tt_club",
    filename="tt_club_jm.csv",
    ref="TTC/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Claim Ref",
        "event_date": "Date of Loss",
        "line_of_business": "Insured Type",
        "crime_type": "Incident Type",
        "exploitation": "THB Exploitation",
        "n_persons": "Stowaways / Persons",
        "n_suspects": "Suspects",
        "gender": "Gender",
        "age_group": "Age Profile",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "transit_countries": "Transit Route",
        "destination_country": "Destination",
        "detection_country": "Country of Loss",
        "transport_mode": "Mode",
        "coordinates": "Position",
        "linked_offences": "Related Offences",
    },
    note="Figures provisional - claims still open",
    total="Grand Total",
    bad_count=("Several", "20+", "see survey report"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Human trafficking", "THB"),
            "smuggling": ("Migrant smuggling", "Stowaways - people smuggling", "Clandestines"),
            "both": ("Smuggling & THB",),
        },
        "exploitation": {
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Forced labour", "Labour"),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "M+F"),
        },
        "age_group": {
            "child": ("Minor(s)", "Juvenile"),
            "adult": ("Adult(s)", "Adult"),
            "mixed": ("Adults + minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Sea", "Vessel", "Container (sea)", "Small boat"),
            "land": ("Road", "Truck/Trailer", "Rail"),
            "air": ("Air", "Air freight"),
        },
        "linked_offences": {
            "document_fraud": ("Forged documents", "Document fraud"),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Contraband", "Drugs"),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
        "line_of_business": {
            "sea": ("Terminal operator", "Ship operator", "Port authority"),
            "land": ("Haulier", "Freight forwarder", "Logistics operator"),
            "air": ("Freight forwarder",),
        },
    },
    unknown=("n/k", "Unknown", "tbc"),
    not_applicable=("", "n/a"),
    direct=("", "Direct"),
    zero=("Nil", "None"),
    count_unknown=("n/k", "tbc"),
    styles={
        "name": 0.5,
        "iso_short": 0.08,
        "iso2": 0.14,
        "iso3": 0.12,
        "numeric": 0.08,
        "upper": 0.04,
        "typo": 0.04,
    },
    demonym_share=0.0,
    transit_sep=(" -> ", "; "),
    offence_sep=("; ", ", "),
    dates={"dmon": 0.75, "%Y/%m/%d": 0.25},
    partial={"quarter_q": 1.0},
    partial_share=0.03,
    coords="dm",
    no_coord_share=0.1,
    case_share=0.04,
    extra=("line_of_business",),
)

#: The five sources of ``blind271``, in the order of the submissions.
SOURCES: tuple[JmSource, ...] = (_IFB, _ALFA, _MAPFRE, _NICB, _TT)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Draw the usual word 60 % of the time, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


def _noisy(src: JmSource, text: str, rng: _Rng) -> tuple[str, bool]:
    """Change the case or spacing of a text cell now and then (the meaning stays)."""
    if src.case_share <= 0 or rng.random() >= src.case_share:
        return text, False
    kind = int(rng.integers(3))
    out = text.lower() if kind == 0 else f" {text} " if kind == 1 else text.upper()
    return out, out != text


def _country(
    src: JmSource, code: str, rng: _Rng, *, female: bool = False, nationality: bool = False
) -> tuple[str, str | None]:
    """Write an ISO alpha-3 code the agency's way; return (cell, visible style or None)."""
    lang = src.language
    name = _NAMES[code][_LANG[lang]]
    if nationality and src.demonym_share and rng.random() < src.demonym_share:
        dem = _DEMONYMS[lang].get(code)
        if dem is not None:
            return dem[1 if female else 0], "demonym"
    style = _weighted(rng, src.styles)
    if style == "upper":
        return name.upper(), "upper"
    if style == "alias" and code in _ALIASES[lang]:
        return _word(rng, _ALIASES[lang][code]), "alias"
    if style == "typo" and code in _TYPOS[lang]:
        return _TYPOS[lang][code], "typo"
    if style == "iso2":
        return iso_codes(code)[0], "iso2"
    if style == "iso3":
        return code, "iso3"
    if style == "numeric":
        return iso_codes(code)[1], "numeric"
    if style == "iso_short" and code in _ISO_SHORT:
        return _ISO_SHORT[code], "alias"
    if style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None:
            return garbled, "mojibake"
    return name, None


def _detection(src: JmSource, ev: Mapping[str, object], rng: _Rng) -> tuple[str, str | None]:
    code = str(ev["detection_country"])
    if src.source == "ifb_uk" and code == "GBR" and rng.random() < 0.5:
        # a UK clerk names the home nation of the incident
        return ("Scotland" if str(ev["hotspot"]) == "Glasgow" else "England"), "alias"
    return _country(src, code, rng)


def _day_text(style: str, ts: pd.Timestamp) -> object:
    """Write a day-precision date in one of the agencies' styles."""
    if style == "long":
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    if style == "dmon":
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}"
    if style == "excel":
        return dt.datetime(ts.year, ts.month, ts.day)
    if style == "serial":
        return (dt.date(ts.year, ts.month, ts.day) - _EXCEL_EPOCH).days
    return ts.strftime(style)


def _partial_text(style: str, ts: pd.Timestamp) -> tuple[str, str]:
    """Write a month or quarter date; return (cell, precision)."""
    q = (ts.month - 1) // 3 + 1
    if style == "month_long":
        return f"{MONTHS[ts.month - 1]} {ts.year}", "month"
    if style == "month_fr":
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", "month"
    if style == "month_es":
        return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", "month"
    if style == "quarter_t":
        return f"T{q} {ts.year}", "quarter"
    return f"Q{q} {ts.year}", "quarter"


def _main_style(src: JmSource) -> str:
    return max(src.dates, key=lambda k: src.dates[k])


def _bad_date(src: JmSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date a careful analyst cannot use: missing, impossible or years ahead."""
    if kind == "no_date":
        return None
    style = _main_style(src)
    if kind == "future_date":  # a slipped key in the decade: 2023 -> 2033
        return _day_text(style, ts + pd.DateOffset(years=10))
    day = choice(rng, ("30", "31"))
    if style == "%m/%d/%Y":
        return f"02/{day}/{ts.year}"
    if style == "long":
        return f"{day} February {ts.year}"
    if style == "dmon":
        return f"{day}-Feb-{ts.year}"
    if style == "%Y-%m-%d":
        return f"{ts.year}-02-{day}"
    return f"{day}/02/{ts.year}"  # day-first text, also the workbook's typed-in dates


def _note_date(src: JmSource, last: pd.Timestamp) -> object:
    """Return the date of the extract written on the note row."""
    return _day_text(_main_style(src), last + pd.Timedelta(days=3))


def _count(src: JmSource, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons as the agency does; return (cell, tag)."""
    lang = src.language
    if src.format == "csv" and 1 <= n <= 10 and lang in _NUMBER_WORDS and rng.random() < 0.04:
        return _NUMBER_WORDS[lang][n - 1], "count_word"
    if n >= 1000 and src.format != "jsonl" and rng.random() < 0.7:
        sep = {"en": ",", "fr": choice(rng, ("\u00a0", " ")), "es": "."}[lang]
        return f"{n // 1000}{sep}{n % 1000:03d}", "thousands:n_persons"
    return (n if src.format != "csv" else str(n)), None


def _coords(
    src: JmSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Cells of the position, the expected (lat, lon) and a tag."""
    if src.coords == "json":
        if rng.random() < 0.05:  # telematics without a fix
            return {"lat": 0.0, "lon": 0.0}, None, None, "coords_placeholder"
        a, b = round(lat, 5), round(lon, 5)
        return {"lat": a, "lon": b}, a, b, None
    if src.coords == "pair":
        a, b = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{a:.5f}, {b:.5f}"}, a, b, None
    if src.coords == "comma":
        places = 5 if rng.random() < 0.7 else 4
        a, b = round(lat, places), round(lon, places)
        cells: dict[str, object] = {
            "lat": f"{a:.{places}f}".replace(".", ","),
            "lon": f"{b:.{places}f}".replace(".", ","),
        }
        return cells, a, b, "decimal_comma"
    if src.coords == "excel":
        a, b = round(lat, 5), round(lon, 5)
        if rng.random() < 0.15:  # typed in as text with the Spanish decimal comma
            return (
                {"lat": f"{a:.5f}".replace(".", ","), "lon": f"{b:.5f}".replace(".", ",")},
                a,
                b,
                "decimal_comma",
            )
        return {"lat": a, "lon": b}, a, b, None
    # degrees and decimal minutes, as marine surveyors note a position
    parts = []
    values = []
    for value, hemis, width in ((lat, "NS", 2), (lon, "EW", 3)):
        deg = int(abs(value))
        minutes = round((abs(value) - deg) * 60, 3)
        if minutes >= 60:
            deg, minutes = deg + 1, 0.0
        hemi = hemis[0] if value >= 0 else hemis[1]
        parts.append(f"{deg:0{width}d}°{minutes:06.3f}'{hemi}")
        values.append((deg + minutes / 60) * (1 if value >= 0 else -1))
    return {"coordinates": " ".join(parts)}, round(values[0], 6), round(values[1], 6), "dm_coords"


def _render(
    src: JmSource,
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
    csv = src.format == "csv"
    female = ev["gender"] == "female"
    mode = str(ev["transport_mode"])

    def text(col: str, value: str) -> str:
        out, changed = _noisy(src, value, rng)
        if changed:
            tags.append(f"case:{col}")
        return out

    def blank_word() -> str:
        return choice(rng, src.unknown)

    # date
    if partial_ok and src.partial and rng.random() < src.partial_share:
        cell, precision = _partial_text(_weighted(rng, src.partial), ts)
        cells["event_date"] = cell
        period = "M" if precision == "month" else "Q"
        exp["event_date"] = ts.to_period(period).start_time
        exp["date_precision"] = precision
        tags.append("partial_date")
    else:
        date_style = _weighted(rng, src.dates)
        cells["event_date"] = _day_text(date_style, ts)
        exp["event_date"] = ts.normalize()
        exp["date_precision"] = "day"
        if date_style == "serial":
            tags.append("excel_serial")
        elif date_style == "%m/%d/%Y":
            tags.append("month_first_date")

    # the agency's own columns (not record fields)
    words = src.words
    if "line_of_business" in src.extra:
        cells["line_of_business"] = _word(rng, words["line_of_business"][mode])
    if "entity" in src.extra:
        cells["entity"] = words["entity"][str(ev["detection_country"])][0]

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = text("crime_type", _word(rng, words["crime_type"][crime]))
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        na = choice(rng, src.not_applicable)
        cells["exploitation"] = na or None
        exp["exploitation"] = None
    elif rng.random() < 0.05:
        cells["exploitation"] = None if rng.random() < 0.5 else blank_word()
        exp["exploitation"] = "unknown"
        tags.append("blank_exploitation")
    else:
        cells["exploitation"] = text("exploitation", _word(rng, words["exploitation"][str(expl)]))
        exp["exploitation"] = str(expl)

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count(src, n, rng)
        exp["n_persons"] = n
        if tag:
            tags.append(tag)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.05:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.08:
        cells["n_suspects"] = choice(rng, src.unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero and r < 0.4:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if csv else k
        exp["n_suspects"] = k

    # gender and age group
    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.03:
        cells["gender"] = None
        tags.append("blank_gender")
        exp["gender"] = "unknown"
    elif r < 0.05:
        cells["gender"] = blank_word()
        tags.append("blank_gender_word")
        exp["gender"] = "unknown"
    else:
        cells["gender"] = text("gender", _word(rng, words["gender"][gender]))
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"] = blank_word()
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"] = text("age_group", _word(rng, words["age_group"][age]))
        exp["age_group"] = age

    # countries
    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality" or r < 0.03:
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif r < 0.05:
        cells["nationality"] = blank_word()
        exp["nationality"] = None
        tags.append("blank_nationality_word")
    else:
        cell, style = _country(src, nat, rng, female=female, nationality=True)
        cells["nationality"] = text("nationality", cell)
        exp["nationality"] = nat
        if style:
            tags.append(f"{style}:nationality")
    origin = str(ev["origin_country"])
    if rng.random() < 0.04:
        cells["origin_country"] = None
        exp["origin_country"] = None
        tags.append("blank_origin_country")
    else:
        cell, style = _country(src, origin, rng)
        cells["origin_country"] = text("origin_country", cell)
        exp["origin_country"] = origin
        if style:
            tags.append(f"{style}:origin_country")
    transit = ev["transit_countries"]
    if transit is None:
        word = choice(rng, src.direct)
        cells["transit_countries"] = ([] if not src.transit_sep else None) if not word else word
        exp["transit_countries"] = None
        if word:
            tags.append("transit_direct_word")
    else:
        names = []
        for code in str(transit).split("|"):
            cell, style = _country(src, code, rng)
            if style:
                tags.append(f"{style}:transit_countries")
            names.append(cell)
        if src.transit_sep:
            cells["transit_countries"] = choice(rng, src.transit_sep).join(names)
        else:
            cells["transit_countries"] = names  # a JSON array
        exp["transit_countries"] = str(transit)
    dest = str(ev["destination_country"])
    cell, style = _country(src, dest, rng)
    cells["destination_country"] = text("destination_country", cell)
    exp["destination_country"] = dest
    if style:
        tags.append(f"{style}:destination_country")
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cell, style = _detection(src, ev, rng)
        cells["detection_country"] = text("detection_country", cell)
        exp["detection_country"] = str(ev["detection_country"])
        if style:
            tags.append(f"{style}:detection_country")

    # transport mode
    if rng.random() < 0.03:
        cells["transport_mode"] = blank_word()
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        cells["transport_mode"] = text("transport_mode", _word(rng, words["transport_mode"][mode]))
        exp["transport_mode"] = mode

    # position
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < src.no_coord_share:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        pos, exp["lat"], exp["lon"], tag = _coords(src, lat, lon, rng)
        cells.update(pos)
        if tag:
            tags.append(tag)

    # linked offences, in the order the case file lists them
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None if src.offence_sep else []
        exp["linked_offences"] = None
    else:
        parts = [_word(rng, words["linked_offences"][o]) for o in str(offences).split("|")]
        if src.offence_sep:
            cells["linked_offences"] = choice(rng, src.offence_sep).join(parts)
        else:
            cells["linked_offences"] = parts  # a JSON array
        exp["linked_offences"] = str(offences)

    if src.format == "xlsx":  # a workbook filled from a UTF-8 file opened as ANSI
        for col in ("crime_type", "exploitation", "transport_mode", "age_group"):
            value = cells.get(col)
            if isinstance(value, str) and rng.random() < 0.12:
                garbled = mojibake(value)
                if garbled is not None:
                    cells[col] = garbled
                    tags.append(f"mojibake:{col}")
    return cells, exp, tags


#: The variant: five insurers' fraud units, who reports what, and how they write.
BLIND271: Examiner[JmSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "ifb_uk",
        "FRA": "alfa_fraude",
        "ESP": "mapfre_fraude",
        "PAN": "mapfre_fraude",
        "USA": "nicb",
    },
    compilation="tt_club",  # Italy, Greece, Croatia and Poland: the surveyors' reports
    secondary={
        ("channel", "FRA"): "ifb_uk",  # the British haulier's insurer
        ("channel", "GBR"): "alfa_fraude",  # the French haulier's insurer
        ("us_mex", "USA"): "mapfre_fraude",  # MAPFRE USA
        ("darien", "PAN"): "nicb",  # NICB's Latin American vehicle and cargo desk
        ("thb_rou_esp", "ITA"): "mapfre_fraude",  # Verti Italia
        ("thb_vnm_gbr", "GBR"): "tt_club",  # trailers crossing into the UK
        ("wmed", "ESP"): "tt_club",  # Algeciras and Ceuta terminals
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=271,
    blank_share=0.3,
)


def make_blind271(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five insurers' fraud units of ``blind271`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ifb_uk_jm.csv`` (English, UTF-8 with BOM, ``,``), ``alfa_fraude_jm.csv``
        (French, cp1252, ``;``), ``mapfre_fraude_jm.xlsx`` (Spanish),
        ``nicb_jm.jsonl`` (English keys, US dates, JSON arrays) and ``tt_club_jm.csv``
        (English, UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind271(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ifb_uk_jm.csv', 'alfa_fraude_jm.csv', 'mapfre_fraude_jm.xlsx', 'nicb_jm.jsonl',
     'tt_club_jm.csv']
    >>> [(s.encoding, s.delimiter) for s in subs][:2]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier ALFA', 'Date des faits', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND271, truth, seed=seed)
