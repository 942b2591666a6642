"""Examiner sample set ``blind439`` (files ``*_py.*``): cinema front-of-house desks.

Five sources that never wrote for trendlib before, written from the truth by an examiner
who has not seen the cleaner. Four are the safeguarding or security desks of cinema
operators, whose front-of-house, cleaning and concession staff meet trafficked workers and
smuggled people, and who pass what they log to the authorities; the fifth is their trade
body's European compilation:

``cineworld_safeguarding_py.csv``
    Cineworld Cinemas (UK) safeguarding team. English, UTF-8 with BOM, ``,``. Dates
    ``7 May 2023`` (some ``07/05/2023``, some month only ``May 2023``); nationality as a
    demonym (``Vietnamese``); routes joined by `` > ``; counts with ``,`` thousands and
    small counts in words; ``Nil`` suspects; separate latitude and longitude. Re-sends
    some rows.
``pathe_surete_py.csv``
    Pathé Cinémas, direction de la sûreté (France). French, cp1252, ``;``, CRLF. Dates
    ``07/05/2023`` (some ``07/05/23``, ``mai 2023``, ``T2 2023``); feminine demonyms
    (``afghane``); ``H``/``F``; ``MNA``; decimal-comma coordinates; no-break-space
    thousands; a batch of rows pasted from a UTF-8 web form shows mojibake.
``cinesa_seguridad_py.xlsx``
    Cinesa (Spain), departamento de seguridad. Spanish workbook: real Excel dates (some
    typed as text, some ``mayo 2023``), a single ``Coordenadas`` cell as Google Maps
    copies it (some in degrees, minutes and seconds), ``1.234`` thousands.
``cinepolis_seguridad_py.csv``
    Cinépolis (Mexico) gerencia de seguridad corporativa, for its US and Panama
    complexes. Spanish (Mexican), UTF-16 tab-separated "Unicode text" export. Dates
    ``07/05/2023``, ``07-may-2023``, Excel serials and ``may-2023``; ``EUA``; ``H``/``M``
    (hombre/mujer); ``NNA``; ISO alpha-3 codes. Re-sends some rows.
``unic_safeguarding_py.jsonl``
    UNIC (International Union of Cinemas, Brussels) compilation of its members' returns
    (Italy, Greece, Croatia, Poland and whatever no national desk reports). English keys,
    ISO alpha-3/alpha-2/numeric codes, ISO dates, ``2023-05`` and ``2023-Q2``,
    ``"lat,lon"`` strings.
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
    choice,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND439", "SOURCES", "Desk", "make_blind439"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Countries, the examiner's own wording
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) name.
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

#: Other names an agency of that language uses for a country (unambiguous ones only).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Viet Nam",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "GMB": ("The Gambia",),
        "BIH": ("Bosnia",),
        "IRN": ("Islamic Republic of Iran",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "CIV": ("RCI",),
        "TUR": ("Türkiye",),
        "BIH": ("Bosnie",),
        "NGA": ("Nigéria",),
        "MKD": ("Macédoine",),
    },
    "es": {
        "USA": ("EUA", "EE. UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "BIH": ("Bosnia",),
        "MKD": ("Macedonia",),
        "HTI": ("Haiti",),
        "CIV": ("Côte d'Ivoire",),
    },
}

#: Nationality as a demonym: ISO alpha-3 -> language -> (masculine, feminine).
_DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "TUN": {
        "en": ("Tunisian",) * 2,
        "fr": ("tunisien", "tunisienne"),
        "es": ("tunecino", "tunecina"),
    },
    "EGY": {
        "en": ("Egyptian",) * 2,
        "fr": ("égyptien", "égyptienne"),
        "es": ("egipcio", "egipcia"),
    },
    "BGD": {
        "en": ("Bangladeshi",) * 2,
        "fr": ("bangladais", "bangladaise"),
        "es": ("bangladesí", "bangladesí"),
    },
    "CIV": {
        "en": ("Ivorian",) * 2,
        "fr": ("ivoirien", "ivoirienne"),
        "es": ("marfileño", "marfileña"),
    },
    "GIN": {"en": ("Guinean",) * 2, "fr": ("guinéen", "guinéenne"), "es": ("guineano", "guineana")},
    "SYR": {"en": ("Syrian",) * 2, "fr": ("syrien", "syrienne"), "es": ("sirio", "siria")},
    "ERI": {
        "en": ("Eritrean",) * 2,
        "fr": ("érythréen", "érythréenne"),
        "es": ("eritreo", "eritrea"),
    },
    "PAK": {
        "en": ("Pakistani",) * 2,
        "fr": ("pakistanais", "pakistanaise"),
        "es": ("pakistaní", "pakistaní"),
    },
    "AFG": {"en": ("Afghan",) * 2, "fr": ("afghan", "afghane"), "es": ("afgano", "afgana")},
    "IRQ": {"en": ("Iraqi",) * 2, "fr": ("irakien", "irakienne"), "es": ("iraquí", "iraquí")},
    "CMR": {
        "en": ("Cameroonian",) * 2,
        "fr": ("camerounais", "camerounaise"),
        "es": ("camerunés", "camerunesa"),
    },
    "MAR": {
        "en": ("Moroccan",) * 2,
        "fr": ("marocain", "marocaine"),
        "es": ("marroquí", "marroquí"),
    },
    "DZA": {
        "en": ("Algerian",) * 2,
        "fr": ("algérien", "algérienne"),
        "es": ("argelino", "argelina"),
    },
    "MLI": {"en": ("Malian",) * 2, "fr": ("malien", "malienne"), "es": ("maliense", "maliense")},
    "SEN": {
        "en": ("Senegalese",) * 2,
        "fr": ("sénégalais", "sénégalaise"),
        "es": ("senegalés", "senegalesa"),
    },
    "GMB": {"en": ("Gambian",) * 2, "fr": ("gambien", "gambienne"), "es": ("gambiano", "gambiana")},
    "TUR": {"en": ("Turkish",) * 2, "fr": ("turc", "turque"), "es": ("turco", "turca")},
    "YEM": {"en": ("Yemeni",) * 2, "fr": ("yéménite", "yéménite"), "es": ("yemení", "yemení")},
    "IRN": {"en": ("Iranian",) * 2, "fr": ("iranien", "iranienne"), "es": ("iraní", "iraní")},
    "ALB": {
        "en": ("Albanian",) * 2,
        "fr": ("albanais", "albanaise"),
        "es": ("albanés", "albanesa"),
    },
    "VNM": {
        "en": ("Vietnamese",) * 2,
        "fr": ("vietnamien", "vietnamienne"),
        "es": ("vietnamita", "vietnamita"),
    },
    "VEN": {
        "en": ("Venezuelan",) * 2,
        "fr": ("vénézuélien", "vénézuélienne"),
        "es": ("venezolano", "venezolana"),
    },
    "ECU": {
        "en": ("Ecuadorian",) * 2,
        "fr": ("équatorien", "équatorienne"),
        "es": ("ecuatoriano", "ecuatoriana"),
    },
    "HTI": {"en": ("Haitian",) * 2, "fr": ("haïtien", "haïtienne"), "es": ("haitiano", "haitiana")},
    "COL": {
        "en": ("Colombian",) * 2,
        "fr": ("colombien", "colombienne"),
        "es": ("colombiano", "colombiana"),
    },
    "CHN": {"en": ("Chinese",) * 2, "fr": ("chinois", "chinoise"), "es": ("chino", "china")},
    "MEX": {
        "en": ("Mexican",) * 2,
        "fr": ("mexicain", "mexicaine"),
        "es": ("mexicano", "mexicana"),
    },
    "GTM": {
        "en": ("Guatemalan",) * 2,
        "fr": ("guatémaltèque", "guatémaltèque"),
        "es": ("guatemalteco", "guatemalteca"),
    },
    "HND": {
        "en": ("Honduran",) * 2,
        "fr": ("hondurien", "hondurienne"),
        "es": ("hondureño", "hondureña"),
    },
    "NGA": {
        "en": ("Nigerian",) * 2,
        "fr": ("nigérian", "nigériane"),
        "es": ("nigeriano", "nigeriana"),
    },
    "ROU": {"en": ("Romanian",) * 2, "fr": ("roumain", "roumaine"), "es": ("rumano", "rumana")},
}

_MONTHS: dict[str, tuple[str, ...]] = {
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
}
#: Mexican Excel's three-letter months (``07-may-2023``).
_MX_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EN_NUMBERS = ("zero", "one", "two", "three", "four", "five")


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One cinema desk (or the trade body's compilation) and how it writes its log.

    Attributes
    ----------
    day_styles : tuple of (str, float)
        Styles of a full date (keys of :func:`_day_text`) and their weights.
    month_style, quarter_style : str or None
        How a date known only to the month or the quarter is written (None: never).
    month_share, quarter_share : float
        Shares of single reports whose date is known only to the month / quarter.
    countries : tuple of (str, float)
        Styles of a country cell (``name``, ``upper``, ``lower``, ``alias``, ``typo``,
        ``plain``, ``iso2``, ``iso3``, ``numeric``) and their weights.
    demonym_share : float
        Share of nationality cells written as a demonym (``afghane``, ``Vietnamese``).
    mojibake_share : float
        Share of rows pasted from a UTF-8 form into the agency's cp1252 file.
    transit_sep, offence_sep : str
        Separators of the ordered transit countries and of the linked offences.
    direct : tuple of str
        Words for "no transit country" (``""`` = blank cell).
    coord_style : str
        ``pair`` (two cells), ``gmaps`` (``"lat, lon"``, some in DMS) or ``joined``
        (``"lat,lon"``).
    coord_digits : int
        Decimals of a written coordinate.
    decimal : str
        Decimal mark of a coordinate.
    thousands : tuple of str
        Thousands separators of counts of 1,000 and more (``""``: written plain).
    count_words : bool
        Whether counts of five or less are sometimes written in words (English).
    words : mapping
        Column -> canonical word -> the agency's words (first is the usual one).
    not_applicable : tuple of str
        Words for "exploitation does not apply" on a smuggling row (``""`` = blank).
    zero : tuple of str
        Words for "no suspect".
    unknown_count : tuple of str
        Words for a count that is not known.
    unknown_vocab : tuple of str
        Words for an age group or transport mode that is not known.
    no_offence : tuple of str
        Words for "no linked offence" (``""`` = blank cell).
    coords_missing : float
        Share of rows whose place was not geocoded (blank coordinates).
    """

    day_styles: tuple[tuple[str, float], ...] = ()
    month_style: str | None = None
    quarter_style: str | None = None
    month_share: float = 0.0
    quarter_share: float = 0.0
    countries: tuple[tuple[str, float], ...] = (("name", 1.0),)
    demonym_share: float = 0.0
    mojibake_share: float = 0.0
    transit_sep: str = ", "
    offence_sep: str = ", "
    direct: tuple[str, ...] = ("",)
    coord_style: str = "pair"
    coord_digits: int = 5
    decimal: str = "."
    thousands: tuple[str, ...] = ("",)
    count_words: bool = False
    words: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    not_applicable: tuple[str, ...] = ("",)
    zero: tuple[str, ...] = ("0",)
    unknown_count: tuple[str, ...] = ("unknown",)
    unknown_vocab: tuple[str, ...] = ("unknown",)
    no_offence: tuple[str, ...] = ("",)
    coords_missing: float = 0.0


_CINEWORLD = Desk(
    source="cineworld_safeguarding",
    filename="cineworld_safeguarding_py.csv",
    ref="CW-SG-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Concern Ref",
        "event_date": "Date of Incident",
        "crime_type": "Concern Type",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Individuals",
        "n_suspects": "No. of Suspected Perpetrators",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Where Identified",
        "transit_countries": "Route Taken (if known)",
        "transport_mode": "Method of Travel",
        "lat": "Incident Location (Lat)",
        "lon": "Incident Location (Long)",
        "linked_offences": "Associated Offences",
    },
    note="NB: figures provisional - NRM and police outcomes pending",
    total="TOTAL",
    bad_count=("several", "see notes", "multiple"),
    repeats=True,
    day_styles=(("en_long", 0.8), ("dmy", 0.2)),
    month_style="en_month",
    month_share=0.05,
    countries=(("name", 0.72), ("alias", 0.12), ("upper", 0.08), ("typo", 0.08)),
    demonym_share=0.6,
    transit_sep=" > ",
    offence_sep="; ",
    direct=("", "Direct"),
    coord_style="pair",
    coord_digits=5,
    thousands=(",",),
    count_words=True,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery / trafficking"),
            "smuggling": ("People smuggling", "Organised immigration crime", "Facilitation"),
            "both": ("Trafficking and smuggling", "Modern slavery + people smuggling"),
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
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Child", "Under 18", "Minor"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry", "HGV", "Car", "On foot", "Coach"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False ID"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    not_applicable=("", "N/A"),
    zero=("Nil", "None", "0"),
    unknown_count=("Unknown", "TBC"),
    unknown_vocab=("Not known",),
    no_offence=("", "None"),
    coords_missing=0.06,
)

_PATHE = Desk(
    source="pathe_surete",
    filename="pathe_surete_py.csv",
    ref="PSU-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires – extraction main courante sûreté",
    total="TOTAL",
    bad_count=("plusieurs", "voir PV"),
    repeats=False,
    day_styles=(("dmy", 0.85), ("dmy2", 0.15)),
    month_style="fr_month",
    quarter_style="fr_quarter",
    month_share=0.03,
    quarter_share=0.03,
    countries=(("name", 0.7), ("upper", 0.14), ("alias", 0.06), ("iso3", 0.05), ("typo", 0.05)),
    demonym_share=0.55,
    mojibake_share=0.07,
    transit_sep=", ",
    offence_sep=" / ",
    direct=("", "direct"),
    coord_style="pair",
    coord_digits=5,
    decimal=",",
    thousands=("\u00a0", " "),
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "traite"),
            "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants"),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        "gender": {
            "female": ("F", "femme(s)"),
            "male": ("H", "homme(s)"),
            "mixed": ("H/F", "mixte"),
        },
        "age_group": {
            "child": ("mineur(s)", "MNA"),
            "adult": ("majeur(s)", "adulte(s)"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "land": ("poids lourd", "camion", "véhicule léger", "à pied"),
            "air": ("avion", "voie aérienne"),
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
    not_applicable=("", "sans objet"),
    zero=("aucun", "néant", "0"),
    unknown_count=("NC", "inconnu"),
    unknown_vocab=("NC",),
    no_offence=("",),
    coords_missing=0.05,
)

_CINESA = Desk(
    source="cinesa_seguridad",
    filename="cinesa_seguridad_py.xlsx",
    ref="CIN-SEG/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del incidente",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº implicados",
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
    note="Nota: datos provisionales, pendientes de validación por Seguridad Corporativa",
    total="Total general",
    bad_count=("varios", "ver atestado"),
    repeats=False,
    day_styles=(("excel", 0.85), ("dmy", 0.15)),
    month_style="es_month",
    month_share=0.05,
    countries=(
        ("name", 0.68),
        ("upper", 0.1),
        ("iso2", 0.08),
        ("alias", 0.04),
        ("plain", 0.05),
        ("typo", 0.05),
    ),
    demonym_share=0.45,
    transit_sep=" / ",
    offence_sep=", ",
    direct=("", "directo"),
    coord_style="gmaps",
    coord_digits=5,
    thousands=(".",),
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
            "smuggling": ("Tráfico de migrantes", "Favorecimiento de la inmigración ilegal"),
            "both": ("Trata + tráfico de migrantes", "TSH y tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("Mujer", "Femenino"),
            "male": ("Hombre", "Varón"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "child": ("Menor", "Menores"),
            "adult": ("Adulto", "Mayor de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
            "land": ("Terrestre", "A pie", "Vehículo", "Camión"),
            "air": ("Avión", "Aéreo"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    not_applicable=("", "no aplica"),
    zero=("ninguno", "0"),
    unknown_count=("s/d", "sin determinar"),
    unknown_vocab=("N/C",),
    no_offence=("",),
    coords_missing=0.05,
)

_CINEPOLIS = Desk(
    source="cinepolis_seguridad",
    filename="cinepolis_seguridad_py.csv",
    ref="CPX-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "No. de víctimas/migrantes",
        "n_suspects": "No. de probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: información preliminar sujeta a validación",
    total="TOTAL GENERAL",
    bad_count=("varios", "ver reporte"),
    repeats=True,
    day_styles=(("dmy", 0.7), ("mx_short", 0.2), ("serial", 0.1)),
    month_style="mx_month",
    month_share=0.04,
    countries=(("iso3", 0.35), ("name", 0.45), ("alias", 0.1), ("lower", 0.05), ("typo", 0.05)),
    demonym_share=0.4,
    transit_sep=" - ",
    offence_sep=" + ",
    direct=("", "Directo"),
    coord_style="pair",
    coord_digits=6,
    thousands=(",",),
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": (
                "Tráfico de personas",
                "Tráfico de migrantes",
                "Tráfico de indocumentados",
            ),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajos forzados", "Explotación laboral"),
            "forced_criminality": ("Utilización en actividades delictivas",),
            "organ_removal": ("Tráfico de órganos",),
            "forced_marriage": ("Matrimonio forzoso",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Mujer", "M", "Femenino"),
            "male": ("Hombre", "H", "Masculino"),
            "mixed": ("Mixto", "H y M"),
        },
        "age_group": {
            "child": ("NNA", "Menor de edad"),
            "adult": ("Adulto", "Mayor de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Lancha", "Marítimo"),
            "land": ("Terrestre", "A pie", "Autobús", "Tractocamión"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Cohecho",),
            "money_laundering": (
                "Operaciones con recursos de procedencia ilícita",
                "Lavado de dinero",
            ),
            "illicit_goods": ("Delitos contra la salud (drogas)",),
            "cybercrime": ("Delitos cibernéticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    not_applicable=("N/A", ""),
    zero=("Ninguno", "0"),
    unknown_count=("Se desconoce", "Por confirmar"),
    unknown_vocab=("Sin dato",),
    no_offence=("",),
    coords_missing=0.04,
)

_UNIC = Desk(
    source="unic_safeguarding",
    filename="unic_safeguarding_py.jsonl",
    ref="UNIC/{yy:02d}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "date",
        "crime_type": "category",
        "exploitation": "exploitation_form",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "country_of_destination",
        "detection_country": "country_of_detection",
        "transit_countries": "transit",
        "transport_mode": "transport",
        "coordinates": "location",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("n.a.", "multiple"),
    repeats=False,
    day_styles=(("iso", 1.0),),
    month_style="iso_month",
    quarter_style="iso_quarter",
    month_share=0.06,
    quarter_share=0.03,
    countries=(("iso3", 0.62), ("iso2", 0.14), ("numeric", 0.09), ("name", 0.15)),
    transit_sep=", ",
    offence_sep=", ",
    direct=("",),
    coord_style="joined",
    coord_digits=5,
    words={
        "crime_type": {
            "trafficking": ("THB", "trafficking"),
            "smuggling": ("SoM", "migrant smuggling"),
            "both": ("THB/SoM",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female", "F"), "male": ("male", "M"), "mixed": ("mixed",)},
        "age_group": {"child": ("minor", "child"), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("land", "road"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    not_applicable=("",),
    zero=("0", "none"),
    unknown_count=("unknown",),
    unknown_vocab=("not recorded",),
    no_offence=("",),
    coords_missing=0.03,
)

#: The five sources, in the order their submissions are returned.
SOURCES: tuple[Desk, ...] = (_CINEWORLD, _PATHE, _CINESA, _CINEPOLIS, _UNIC)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    """Draw one key of ``(key, weight)`` pairs."""
    w = np.array([p for _, p in options], dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))][0]


def _serial(ts: pd.Timestamp) -> int:
    """Excel's day number of ``ts`` (1900 date system)."""
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _day_text(style: str, ts: pd.Timestamp) -> object:
    """Write a full date in one of the desks' styles."""
    if style == "en_long":
        return f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}"
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "mx_short":
        return f"{ts.day:02d}-{_MX_ABBR[ts.month - 1]}-{ts.year}"
    if style == "serial":
        return str(_serial(ts))
    return ts.normalize().to_pydatetime()  # "excel": a real spreadsheet date


def _partial_text(style: str, ts: pd.Timestamp) -> str:
    """Write a date known only to the month or the quarter."""
    m = ts.month - 1
    q = (ts.month - 1) // 3 + 1
    texts = {
        "en_month": f"{_MONTHS['en'][m]} {ts.year}",
        "fr_month": f"{_MONTHS['fr'][m]} {ts.year}",
        "es_month": f"{_MONTHS['es'][m]} {ts.year}",
        "mx_month": f"{_MX_ABBR[m]}-{ts.year}",
        "iso_month": ts.strftime("%Y-%m"),
        "fr_quarter": f"T{q} {ts.year}",
        "iso_quarter": f"{ts.year}-Q{q}",
    }
    return texts[style]


def _typo(name: str) -> str:
    """Swap two neighbouring letters in the middle of a name (``Afghanistan`` -> ``Afghainstan``).

    Names shorter than seven letters, or whose middle letters are equal, stay as they are.
    """
    mid = len(name) // 2
    a, b = name[mid - 1], name[mid]
    if len(name) < 7 or a == b or not (a.isalpha() and b.isalpha()):
        return name
    return name[: mid - 1] + b + a + name[mid + 1 :]


def _plain(text: str) -> str:
    """Drop the accents (``Rumanía`` -> ``Rumania``), as a keyboard without them writes."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _country(src: Desk, iso: str, style: str, rng: _Rng) -> tuple[str, str | None]:
    """Write one country in ``style``; return (text, tag or None)."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    if style == "alias" and iso in _ALIASES[lang]:
        return choice(rng, _ALIASES[lang][iso]), "country_alias"
    if style == "upper":
        return name.upper(), "country_upper"
    if style == "lower":
        return name.lower(), "country_lower"
    if style == "typo" and _typo(name) != name:
        return _typo(name), "country_typo"
    if style == "plain" and _plain(name) != name:
        return _plain(name), "country_no_accent"
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "numeric":
        return iso_codes(iso)[1], "iso_numeric"
    return name, None


def _word(src: Desk, column: str, value: str, rng: _Rng) -> str:
    """Return the desk's word for a canonical vocabulary value (the usual one 70 % of the time)."""
    options = src.words[column][value]
    return options[0] if rng.random() < 0.7 or len(options) == 1 else choice(rng, options[1:])


def _count_text(src: Desk, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons as the desk does."""
    if src.count_words and n <= 5 and rng.random() < 0.25:
        tags.append("count_word")
        return _EN_NUMBERS[n]
    if n >= 1000:
        sep = choice(rng, src.thousands)
        if sep:
            tags.append("thousands_sep")
            return f"{n // 1000}{sep}{n % 1000:03d}"
    return n if src.format != "csv" else str(n)


def _number(src: Desk, value: float) -> object:
    """Write one coordinate of a two-cell pair."""
    if src.format == "xlsx":
        return round(value, src.coord_digits)
    text = f"{value:.{src.coord_digits}f}"
    return text.replace(".", src.decimal)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (one decimal) and the value they say."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, secs = divmod(rest, 600)
    said = (deg + minutes / 60 + secs / 36000) * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{secs / 10:04.1f}\"{hemi}", said


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected clean values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    lang = src.language

    # --- date: the day, or only the month or quarter when the desk did not know it
    r = rng.random()
    if partial_ok and src.month_style and r < src.month_share:
        cells["event_date"] = _partial_text(src.month_style, ts)
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("month_only")
    elif partial_ok and src.quarter_style and r < src.month_share + src.quarter_share:
        cells["event_date"] = _partial_text(src.quarter_style, ts)
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("quarter_only")
    else:
        style = _weighted(rng, src.day_styles)
        cells["event_date"] = _day_text(style, ts)
        exp["event_date"], exp["date_precision"] = ts, "day"
        tags.append(f"date_{style}")

    # --- crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.not_applicable) or None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
    exp["exploitation"] = expl

    # --- counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.unknown_count)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_text(src, n, rng, tags)
        exp["n_persons"] = n
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, src.unknown_count)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < 0.5:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        if not str(cells["n_suspects"]).isdigit():
            tags.append("zero_word")
        elif src.format != "csv":
            cells["n_suspects"] = 0
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    # --- who
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng)
        exp["gender"] = gender
        if src.source == "cinepolis_seguridad" and cells["gender"] in ("H", "M"):
            tags.append("sex_letter_hm")
    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = choice(rng, src.unknown_vocab), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = _word(src, "age_group", age, rng), age

    # --- countries: one style per row, as one clerk writes the row; a slip of the keys
    # (a typo) hits one cell of the row, the others keep the plain name
    style = _weighted(rng, src.countries)
    typo_col = ""
    if style == "typo":
        typo_col = choice(
            rng, ("nationality", "origin_country", "destination_country", "transit_countries")
        )
        style = "name"
    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"], exp["nationality"] = None, None
        if forced_blank == "nationality":
            tags.append("blank_nationality")
    else:
        nat_iso = str(nat)
        forms = _DEMONYMS.get(nat_iso, {}).get(lang)
        if forms is not None and rng.random() < src.demonym_share:
            text = forms[1] if gender == "female" else forms[0]
            cells["nationality"] = text.capitalize() if lang == "en" else text
            tags.append("demonym")
        else:
            nat_style = "typo" if typo_col == "nationality" else style
            cells["nationality"], tag = _country(src, nat_iso, nat_style, rng)
            if tag:
                tags.append(tag)
        exp["nationality"] = nat_iso
    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        cells[col], tag = _country(src, str(iso), "typo" if typo_col == col else style, rng)
        exp[col] = str(iso)
        if tag:
            tags.append(tag)
    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        cells["detection_country"], exp["detection_country"] = None, None
        if forced_blank == "detection_country":
            tags.append("blank_detection_country")
    else:
        cells["detection_country"], tag = _country(src, str(det), style, rng)
        exp["detection_country"] = str(det)
        if tag:
            tags.append(tag)
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, src.direct) or None
        exp["transit_countries"] = None
    else:
        isos = str(transit).split("|")
        slip = int(rng.integers(len(isos))) if typo_col == "transit_countries" else -1
        parts = [_country(src, t, "typo" if i == slip else style, rng) for i, t in enumerate(isos)]
        cells["transit_countries"] = src.transit_sep.join(text for text, _ in parts)
        exp["transit_countries"] = str(transit)
        tags.append("transit_list")
        tags.extend(sorted({tag for _, tag in parts if tag}))

    # --- how
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.unknown_vocab), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _word(src, "transport_mode", mode, rng)
        exp["transport_mode"] = mode

    # --- where
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
        _place(src, cells, None, None)
    elif rng.random() < src.coords_missing:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
        _place(src, cells, None, None)
    elif src.coord_style == "gmaps" and rng.random() < 0.2:
        lat_text, lat_said = _dms(lat, "N", "S")
        lon_text, lon_said = _dms(lon, "E", "W")
        cells["coordinates"] = f"{lat_text} {lon_text}"
        exp["lat"], exp["lon"] = round(lat_said, 6), round(lon_said, 6)
        tags.append("coords_dms")
    else:
        exp["lat"], exp["lon"] = round(lat, src.coord_digits), round(lon, src.coord_digits)
        _place(src, cells, lat, lon)
        if src.decimal == ",":
            tags.append("decimal_comma")

    # --- linked offences
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = choice(rng, src.no_offence) or None
        exp["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)

    # --- a batch of rows pasted from a UTF-8 web form into the cp1252 file
    if src.mojibake_share and rng.random() < src.mojibake_share:
        garbled = False
        for col, val in cells.items():
            if isinstance(val, str) and col != "event_date":
                bad = mojibake(val)
                if bad is not None and fits(bad, src):
                    cells[col] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")
    for col, val in cells.items():  # the file's encoding must hold every cell
        if isinstance(val, str) and not fits(val, src):
            cells[col] = _plain(val)
    return cells, exp, tags


def _place(src: Desk, cells: dict[str, object], lat: float | None, lon: float | None) -> None:
    """Write the place of detection (or blanks) in the desk's coordinate cells."""
    if src.coord_style == "pair":
        cells["lat"] = None if lat is None else _number(src, lat)
        cells["lon"] = None if lon is None else _number(src, lon)
    elif lat is None or lon is None:
        cells["coordinates"] = None
    elif src.coord_style == "gmaps":
        cells["coordinates"] = f"{lat:.{src.coord_digits}f}, {lon:.{src.coord_digits}f}"
    else:
        cells["coordinates"] = f"{lat:.{src.coord_digits}f},{lon:.{src.coord_digits}f}"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date no analyst can use: blank, impossible, or a century ahead (mistyped year)."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.language == "en" and src.format == "csv":
            return choice(rng, (f"31 February {ts.year}", f"30 February {ts.year}"))
        if src.format == "jsonl":
            return f"{ts.year}-02-30"
        return choice(rng, (f"31/02/{ts.year}", f"00/{ts.month:02d}/{ts.year}"))
    future = ts.replace(year=ts.year + 100)  # 2023 typed 2123
    style = src.day_styles[0][0]
    return _day_text(style, future)


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the date written on the desk's note row: the day of its last row."""
    return _day_text(src.day_styles[0][0], last)


#: Detection country -> the desk that first reports its events (others: UNIC's compilation).
_PRIMARY: dict[str, str] = {
    "GBR": "cineworld_safeguarding",
    "FRA": "pathe_surete",
    "ESP": "cinesa_seguridad",
    "USA": "cinepolis_seguridad",
    "PAN": "cinepolis_seguridad",
}
#: (corridor, detection country) -> the desk that may report the event a second time.
_SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "FRA"): "cineworld_safeguarding",
    ("channel", "GBR"): "pathe_surete",
    ("thb_vnm_gbr", "GBR"): "unic_safeguarding",
    ("wmed", "ESP"): "pathe_surete",
    ("watl", "ESP"): "unic_safeguarding",
    ("thb_rou_esp", "ESP"): "unic_safeguarding",
    ("thb_rou_esp", "ITA"): "cinesa_seguridad",
    ("cmed", "ITA"): "pathe_surete",
    ("thb_nga_ita", "ITA"): "cinesa_seguridad",
}

#: The variant: its desks, routing and way of writing.
BLIND439: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="unic_safeguarding",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=439_043,
    blank_share=0.35,
)


def make_blind439(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind439`` desks' submissions (files ``*_py.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``cineworld_safeguarding_py.csv`` (English, UTF-8 with BOM, ``,``),
        ``pathe_surete_py.csv`` (French, cp1252, ``;``), ``cinesa_seguridad_py.xlsx``
        (Spanish), ``cinepolis_seguridad_py.csv`` (Mexican Spanish, UTF-16, tab) and
        ``unic_safeguarding_py.jsonl`` (English compilation), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind439(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cineworld_safeguarding_py.csv', 'pathe_surete_py.csv', 'cinesa_seguridad_py.xlsx',
     'cinepolis_seguridad_py.csv', 'unic_safeguarding_py.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs][:2]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Nature des faits']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND439, truth, seed=seed)
