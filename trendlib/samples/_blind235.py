"""Examiner's held-out sample set ``blind235`` (files ``*_ic.*``): interpreters' logs.

Five sources that sit beside police, courts and asylum services as language providers and
cultural mediators, and that log what migrants and victims disclose in interviews:

``thebigword_uk``
    thebigword, the Home Office's interpreting contractor (asylum intake, Border Force at
    Dover, National Referral Mechanism interviews): its safeguarding-concern log. CSV,
    UTF-8 with BOM, ``,``; English, UK day-first dates, UK statute words ("Modern
    slavery", "Facilitation (s.25)"), NRM exploitation categories, "Age disputed".
``ism_interpretariat``
    ISM Interprétariat (Paris), interpreting for the PAF, the gendarmerie, OFPRA and the
    CNDA: its interpreters' register of reported facts. CSV, cp1252, ``;``, CRLF;
    French, day-first dates and, for facts told in an asylum interview, a month
    ("mai 2023") or a quarter ("T2 2023"); decimal-comma coordinates, "Angleterre",
    names garbled by a UTF-8 form imported into a cp1252 database (mojibake).
``seprotec_interior``
    Seprotec, contract interpreters of the Spanish Ministry of the Interior (CATE arrival
    centres, UCRIF units, duty courts): its service log. XLSX; Spanish, Penal Code
    articles as crime type ("177 bis", "318 bis"), real Excel dates with some typed as
    text or left as serial numbers, Salvamento-style degree-minute positions for sea
    arrivals, Spanish demonyms, "MENA", age pending a bone test.
``languageline_cbp``
    LanguageLine Solutions, over-the-phone interpreting for US Border Patrol stations:
    the calls its interpreters flagged. CSV, UTF-16 (LE, with BOM), tab-delimited, as
    the reporting portal's "Unicode text" export writes; English, US month-first dates,
    CBP's upper-case country names and two-letter codes, "UAC" / "FMUA" / "Single
    Adult", GPS pairs (a few swapped, a few ``0,0`` placeholders).
``respond_crisis_translation``
    Respond Crisis Translation, the volunteer interpreters' network working with legal
    partners in Italy, Greece, Croatia, Poland, Panama and on the US border: its case
    notes. JSON lines, UTF-8; English, ISO dates, and for what people remember only
    roughly a month ("2023-05") or a quarter ("Q2 2023"); counts as JSON numbers.

Each detection country has its first reporter (:data:`PRIMARY`; the JSON-lines network
reports the countries no other source covers) and some corridors a second one
(:data:`SECONDARY`: e.g. West Africans landed in the Canaries or at Lampedusa, later
interviewed by ISM for OFPRA). The truth says what a careful analyst reads from each
cell; a cell that says nothing certain ("Not disclosed", "s/d", "Age disputed", ``0,0``)
is expected blank or ``unknown`` and tagged so.
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

__all__ = ["PRIMARY", "SECONDARY", "SOURCES", "InterpreterSource", "make_blind235"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class InterpreterSource(ExaminerSource):
    """One interpreting agency of the set: the shared source fields plus its habits.

    Attributes
    ----------
    dates : tuple of (str, float)
        Date styles of its day-precise dates and their weights.
    partial_share : float
        Share of its dates (of events reported once) written as a month or a quarter.
    partials : tuple of str
        Its month and quarter styles.
    nat_styles, country_styles : tuple of (str, float)
        How it writes a nationality and another country (``name``, ``upper``,
        ``demonym``, ``iso2``, ``iso3``, ``alias``, ``typo``, ``noaccent``,
        ``mojibake``) and their weights.
    transit_sep : str
        Separator of its transit-country lists.
    direct : str or None
        What it writes for a journey with no transit country.
    offence_sep : str
        Separator of its linked offences.
    coords : str
        Coordinate style: ``pair``, ``fr_cols``, ``dm``, ``gps`` or ``json``.
    coord_share : float
        Share of its rows giving a position.
    """

    dates: tuple[tuple[str, float], ...] = ()
    partial_share: float = 0.0
    partials: tuple[str, ...] = ()
    nat_styles: tuple[tuple[str, float], ...] = ()
    country_styles: tuple[tuple[str, float], ...] = ()
    transit_sep: str = ", "
    direct: str | None = None
    offence_sep: str = ", "
    coords: str = "pair"
    coord_share: float = 0.7


@dataclass(frozen=True)
class _Wording:
    """An agency's words for the vocabularies and for "not known"."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]  # "unknown": not yet determined
    no_exploitation: str | None  # written for a pure smuggling case
    gender: dict[str, tuple[str, ...]]
    gender_blank: tuple[str, ...]
    age: dict[str, tuple[str, ...]]
    age_na: tuple[str, ...]
    transport: dict[str, dict[str, tuple[str, ...]]]  # mode -> corridor ("*" any) -> words
    transport_na: tuple[str, ...]
    offences: dict[str, tuple[str, ...]]
    count_nk: tuple[str, ...]
    suspects_nk: tuple[str, ...]
    zero: tuple[str, ...]
    nat_blank: tuple[str, ...]
    place_blank: tuple[str, ...]
    numbers: tuple[str, ...]  # words for 0, 1, 2, ... (empty: never written in words)
    requester: dict[str, tuple[str, ...]]  # hotspot or detection country ("*" any) -> unit


# --------------------------------------------------------------------------------------
# Countries, as these agencies write them
# --------------------------------------------------------------------------------------
_LANG = {"en": 0, "fr": 1, "es": 2}

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

#: ISO alpha-3 -> (English, French, Spanish) nationality word, as interpreters note it.
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afgano"),
    "ALB": ("Albanian", "albanais", "albanés"),
    "BGD": ("Bangladeshi", "bangladais", "bangladesí"),
    "CHN": ("Chinese", "chinois", "chino"),
    "CIV": ("Ivorian", "ivoirien", "marfileño"),
    "CMR": ("Cameroonian", "camerounais", "camerunés"),
    "COL": ("Colombian", "colombien", "colombiano"),
    "DZA": ("Algerian", "algérien", "argelino"),
    "ECU": ("Ecuadorian", "équatorien", "ecuatoriano"),
    "EGY": ("Egyptian", "égyptien", "egipcio"),
    "ERI": ("Eritrean", "érythréen", "eritreo"),
    "GIN": ("Guinean", "guinéen", "guineano"),
    "GMB": ("Gambian", "gambien", "gambiano"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "HND": ("Honduran", "hondurien", "hondureño"),
    "HTI": ("Haitian", "haïtien", "haitiano"),
    "IRN": ("Iranian", "iranien", "iraní"),
    "IRQ": ("Iraqi", "irakien", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicano"),
    "MLI": ("Malian", "malien", "maliense"),
    "NGA": ("Nigerian", "nigérian", "nigeriano"),
    "PAK": ("Pakistani", "pakistanais", "pakistaní"),
    "ROU": ("Romanian", "roumain", "rumano"),
    "SEN": ("Senegalese", "sénégalais", "senegalés"),
    "SYR": ("Syrian", "syrien", "sirio"),
    "TUN": ("Tunisian", "tunisien", "tunecino"),
    "TUR": ("Turkish", "turc", "turco"),
    "VEN": ("Venezuelan", "vénézuélien", "venezolano"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}

#: Other names in common use, per language.
_ALIASES: dict[str, dict[str, str]] = {
    "en": {
        "CIV": "Ivory Coast",
        "TUR": "Türkiye",
        "GBR": "UK",
        "USA": "USA",
        "VNM": "Viet Nam",
        "BIH": "Bosnia",
        "MKD": "Macedonia",
        "RUS": "Russian Federation",
        "SYR": "Syrian Arab Republic",
        "GMB": "The Gambia",
        "GIN": "Guinea-Conakry",
        "IRN": "Iran, Islamic Republic of",
    },
    "fr": {
        "GBR": "Angleterre",
        "USA": "USA",
        "VNM": "Viêt Nam",
        "BIH": "Bosnie",
        "MKD": "Macédoine",
        "BLR": "Bélarus",
        "GIN": "Guinée-Conakry",
        "TUR": "Türkiye",
    },
    "es": {
        "USA": "EE. UU.",
        "GBR": "Inglaterra",
        "GIN": "Guinea Conakry",
        "BIH": "Bosnia",
        "MKD": "Macedonia",
        "ROU": "Rumania",
        "BLR": "Belarús",
        "VNM": "Viet Nam",
    },
}

#: Small slips of the pen, per language (only where the country stays unmistakable).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "ALB": "Albenia",
        "LBY": "Lybia",
        "MAR": "Morroco",
        "COL": "Columbia",
        "VEN": "Venezuala",
        "ECU": "Equador",
        "GTM": "Guatamala",
        "PAK": "Pakistian",
        "BGD": "Bangaldesh",
        "TUN": "Tunisa",
        "ROU": "Romainia",
        "ITA": "Itlay",
        "GRC": "Greec",
        "SEN": "Senagal",
        "SYR": "Syira",
        "VNM": "Veitnam",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythrée",
        "LBY": "Lybie",
        "MAR": "Marroc",
        "SEN": "Sénagal",
        "GIN": "Guinnée",
        "TUN": "Tunisi",
        "ALB": "Albannie",
        "ITA": "Itallie",
        "DZA": "Algerie",
    },
    "es": {
        "MAR": "Marrucos",
        "DZA": "Argerlia",
        "SEN": "Senegall",
        "MLI": "Mali",
        "ROU": "Rumanái",
        "GMB": "Gambía",
        "GIN": "Guinae",
        "LBY": "Livia",
        "MRT": "Mauritana",
    },
}

#: ISO alpha-3 -> languages spoken in interview (English names).
_SPOKEN: dict[str, tuple[str, ...]] = {
    "AFG": ("Pashto", "Dari"),
    "ALB": ("Albanian",),
    "BGD": ("Bengali", "Sylheti"),
    "CHN": ("Mandarin",),
    "CIV": ("French", "Dioula"),
    "CMR": ("French", "English"),
    "COL": ("Spanish",),
    "DZA": ("Arabic (Darija)",),
    "ECU": ("Spanish", "Kichwa"),
    "EGY": ("Arabic (Egyptian)",),
    "ERI": ("Tigrinya",),
    "GIN": ("Pular", "Susu", "French"),
    "GMB": ("Mandinka", "Wolof"),
    "GTM": ("Spanish", "K'iche'", "Mam"),
    "HND": ("Spanish",),
    "HTI": ("Haitian Creole",),
    "IRN": ("Farsi", "Kurdish Sorani"),
    "IRQ": ("Kurdish Sorani", "Arabic"),
    "MAR": ("Arabic (Darija)", "Tamazight"),
    "MEX": ("Spanish",),
    "MLI": ("Bambara",),
    "NGA": ("Pidgin English", "Edo"),
    "PAK": ("Urdu", "Punjabi"),
    "ROU": ("Romanian", "Romani"),
    "SEN": ("Wolof", "French"),
    "SYR": ("Arabic",),
    "TUN": ("Arabic (Tunisian)",),
    "TUR": ("Turkish", "Kurmanji"),
    "VEN": ("Spanish",),
    "VNM": ("Vietnamese",),
    "YEM": ("Arabic",),
}

#: English language name -> (French, Spanish).
_SPOKEN_WORDS: dict[str, tuple[str, str]] = {
    "Pashto": ("pachto", "pastún"),
    "Dari": ("dari", "dari"),
    "Albanian": ("albanais", "albanés"),
    "Bengali": ("bengali", "bengalí"),
    "Sylheti": ("sylheti", "sylheti"),
    "Mandarin": ("mandarin", "chino mandarín"),
    "French": ("français", "francés"),
    "Dioula": ("dioula", "diula"),
    "English": ("anglais", "inglés"),
    "Spanish": ("espagnol", "español"),
    "Kichwa": ("kichwa", "kichwa"),
    "Arabic (Darija)": ("arabe dialectal (darija)", "árabe dariya"),
    "Arabic (Egyptian)": ("arabe égyptien", "árabe egipcio"),
    "Arabic (Tunisian)": ("arabe tunisien", "árabe tunecino"),
    "Arabic": ("arabe", "árabe"),
    "Tigrinya": ("tigrigna", "tigriña"),
    "Pular": ("peul (pular)", "fula (pular)"),
    "Susu": ("soussou", "susu"),
    "Mandinka": ("mandingue", "mandinga"),
    "Wolof": ("wolof", "wólof"),
    "K'iche'": ("k'iche'", "k'iche'"),
    "Mam": ("mam", "mam"),
    "Haitian Creole": ("créole haïtien", "criollo haitiano"),
    "Farsi": ("farsi", "farsi"),
    "Kurdish Sorani": ("kurde sorani", "kurdo sorani"),
    "Tamazight": ("tamazight", "tamazight"),
    "Bambara": ("bambara", "bambara"),
    "Pidgin English": ("pidgin nigérian", "pidgin nigeriano"),
    "Edo": ("edo", "edo"),
    "Urdu": ("ourdou", "urdu"),
    "Punjabi": ("pendjabi", "panyabí"),
    "Romanian": ("roumain", "rumano"),
    "Romani": ("romani", "romaní"),
    "Turkish": ("turc", "turco"),
    "Kurmanji": ("kurde kurmandji", "kurdo kurmanji"),
    "Vietnamese": ("vietnamien", "vietnamita"),
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
THEBIGWORD = InterpreterSource(
    source="thebigword_uk",
    filename="thebigword_uk_ic.csv",
    ref="SG-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Job ref",
        "event_date": "Date of encounter",
        "detection_country": "Country of encounter",
        "coordinates": "Encounter lat/long",
        "language": "Language",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type (NRM)",
        "n_persons": "No. of individuals",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Nationality (as stated)",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries transited)",
        "destination_country": "Intended destination",
        "transport_mode": "Mode of entry",
        "n_suspects": "Facilitators/exploiters named",
        "linked_offences": "Other offences disclosed",
    },
    note="OFFICIAL-SENSITIVE - extract of interpreter safeguarding concerns, not verified",
    total="TOTAL",
    bad_count=("several", "a few", "multiple"),
    repeats=True,
    dates=(("dmy", 0.7), ("d_month_y", 0.2), ("dmy_time", 0.1)),
    nat_styles=(("demonym", 0.6), ("name", 0.22), ("iso3", 0.08), ("alias", 0.05), ("typo", 0.05)),
    country_styles=(("name", 0.8), ("alias", 0.1), ("typo", 0.05), ("iso2", 0.05)),
    transit_sep=" > ",
    direct="Direct",
    offence_sep="; ",
    coords="pair",
    coord_share=0.75,
)

ISM = InterpreterSource(
    source="ism_interpretariat",
    filename="ism_interpretariat_ic.csv",
    ref="{year}-ISM-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° intervention",
        "requester": "Donneur d'ordre",
        "event_date": "Date des faits",
        "language": "Langue",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de passeurs / exploiteurs",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination finale",
        "detection_country": "Pays d'interpellation",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - extraction du registre des signalements interprètes",
    total="Total général",
    bad_count=("plusieurs", "une dizaine", "nombreux"),
    repeats=False,
    dates=(("dmy", 0.85), ("dmy_dash", 0.15)),
    partial_share=0.14,
    partials=("month_fr", "quarter_fr"),
    nat_styles=(
        ("name", 0.55),
        ("demonym", 0.2),
        ("mojibake", 0.1),
        ("noaccent", 0.07),
        ("typo", 0.05),
        ("alias", 0.03),
    ),
    country_styles=(
        ("name", 0.7),
        ("mojibake", 0.08),
        ("noaccent", 0.08),
        ("alias", 0.09),
        ("typo", 0.05),
    ),
    transit_sep=" - ",
    direct=None,
    offence_sep=" / ",
    coords="fr_cols",
    coord_share=0.65,
)

SEPROTEC = InterpreterSource(
    source="seprotec_interior",
    filename="seprotec_interior_ic.xlsx",
    ref="SPT{yy:02d}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº de servicio",
        "event_date": "Fecha del hecho",
        "requester": "Unidad solicitante",
        "language": "Idioma",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de interceptación",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos a fecha de extracción, pendientes de validación por la unidad",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
    dates=(("excel", 0.75), ("dmy", 0.15), ("serial", 0.1)),
    nat_styles=(("demonym", 0.55), ("upper", 0.25), ("name", 0.1), ("typo", 0.05), ("alias", 0.05)),
    country_styles=(
        ("name", 0.7),
        ("upper", 0.15),
        ("noaccent", 0.07),
        ("alias", 0.05),
        ("typo", 0.03),
    ),
    transit_sep=" / ",
    direct="directo",
    offence_sep=", ",
    coords="dm",
    coord_share=0.8,
)

LANGUAGELINE = InterpreterSource(
    source="languageline_cbp",
    filename="languageline_cbp_ic.csv",
    ref="LL{yy:02d}{seq:06d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Call ID",
        "event_date": "Encounter Date",
        "requester": "Requesting Station",
        "language": "Language",
        "crime_type": "Referral Category",
        "exploitation": "Trafficking Type",
        "n_persons": "# Subjects",
        "n_suspects": "# Smugglers/Guides",
        "gender": "Gender",
        "age_group": "Demographic",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "transit_countries": "Countries Transited",
        "destination_country": "Final Destination",
        "detection_country": "Encounter Country",
        "transport_mode": "Mode",
        "coordinates": "Apprehension GPS",
        "linked_offences": "Associated Violations",
    },
    note="CONFIDENTIAL - interpreter-flagged calls only, export of the reporting portal",
    total="Grand Total",
    bad_count=("several", "multiple", "group"),
    repeats=False,
    dates=(("mdy", 0.8), ("mdy_nopad", 0.2)),
    nat_styles=(("upper", 0.8), ("iso2", 0.15), ("typo", 0.05)),
    country_styles=(("upper", 0.85), ("iso2", 0.15)),
    transit_sep=", ",
    direct=None,
    offence_sep=", ",
    coords="gps",
    coord_share=0.85,
)

RCT = InterpreterSource(
    source="respond_crisis_translation",
    filename="respond_crisis_translation_ic.jsonl",
    ref="RCT-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "detection_country": "country_of_incident",
        "lat": "gps_lat",
        "lon": "gps_lng",
        "language": "interview_language",
        "crime_type": "case_type",
        "exploitation": "exploitation_type",
        "n_persons": "people_affected",
        "n_suspects": "perpetrators_identified",
        "gender": "gender",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "route",
        "destination_country": "intended_destination",
        "transport_mode": "means_of_travel",
        "linked_offences": "other_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "a group", "many"),
    repeats=True,
    dates=(("iso", 1.0),),
    partial_share=0.15,
    partials=("month_iso", "quarter_en"),
    nat_styles=(("name", 0.75), ("demonym", 0.1), ("iso2", 0.1), ("typo", 0.05)),
    country_styles=(("name", 0.85), ("iso2", 0.1), ("alias", 0.05)),
    transit_sep=" -> ",
    direct=None,
    offence_sep=", ",
    coords="json",
    coord_share=0.45,
)

#: The set's sources, in the order of the submissions.
SOURCES: tuple[InterpreterSource, ...] = (THEBIGWORD, ISM, SEPROTEC, LANGUAGELINE, RCT)

#: Detection country -> the agency that first reports its events (others: the network).
PRIMARY: dict[str, str] = {
    "GBR": THEBIGWORD.source,
    "FRA": ISM.source,
    "ESP": SEPROTEC.source,
    "USA": LANGUAGELINE.source,
}

#: (corridor, detection country) -> the agency that may report the event a second time.
SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "FRA"): THEBIGWORD.source,  # Home Office intake after the crossing
    ("channel", "GBR"): ISM.source,
    ("cmed", "ITA"): ISM.source,  # West Africans later heard by OFPRA
    ("thb_nga_ita", "ITA"): ISM.source,
    ("watl", "ESP"): ISM.source,
    ("wmed", "ESP"): ISM.source,
    ("thb_rou_esp", "ITA"): SEPROTEC.source,
    ("us_mex", "USA"): RCT.source,
    ("darien", "PAN"): LANGUAGELINE.source,
}

_SEA_EN = {"channel": ("Small boat", "Small boat (RHIB)", "Dinghy"), "*": ("Boat", "Sea")}

_WORDS: dict[str, _Wording] = {
    THEBIGWORD.source: _Wording(
        crime={
            "trafficking": ("Modern slavery", "Modern slavery / THB", "MS - potential victim"),
            "smuggling": ("Facilitation (s.25)", "People smuggling", "Facilitation"),
            "both": ("Modern slavery + facilitation", "MS & smuggling"),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Labour"),
            "forced_criminality": ("Criminal exploitation", "Criminal"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
            "unknown": ("Not yet determined", "Unknown"),
        },
        no_exploitation="N/A",
        gender={
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Mixed group"),
        },
        gender_blank=("Not recorded",),
        age={
            "child": ("Child (U18)", "Minor", "UASC"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        age_na=("Age disputed", "Age dispute - pending assessment"),
        transport={
            "sea": _SEA_EN,
            "land": {"*": ("Lorry", "HGV", "Vehicle (concealed)")},
            "air": {"*": ("Flight", "Air")},
        },
        transport_na=("Not stated", "N/K"),
        offences={
            "document_fraud": ("False documents", "Document fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Online / cyber",),
            "terrorism": ("Terrorism",),
        },
        count_nk=("N/K", "Not known"),
        suspects_nk=("N/K", "Unknown"),
        zero=("None", "Nil"),
        nat_blank=("Not disclosed", "Unknown"),
        place_blank=("Not disclosed", "N/K"),
        numbers=(),
        requester={},
    ),
    ISM.source: _Wording(
        crime={
            "trafficking": ("Traite des êtres humains", "TEH", "traite (art. 225-4-1 CP)"),
            "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants", "passeurs"),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
            "unknown": ("à déterminer", "NC"),
        },
        no_exploitation=None,
        gender={
            "female": ("Femme", "F"),
            "male": ("Homme", "H"),
            "mixed": ("Mixte", "H/F"),
        },
        gender_blank=("NC",),
        age={
            "child": ("Mineur", "MNA"),
            "adult": ("Majeur", "Adulte"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        age_na=("âge contesté", "minorité contestée"),
        transport={
            "sea": {
                "channel": ("small boat", "bateau pneumatique"),
                "*": ("embarcation", "bateau"),
            },
            "land": {"*": ("camion", "poids lourd", "voiture")},
            "air": {"*": ("avion", "voie aérienne")},
        },
        transport_na=("NC", "non précisé"),
        offences={
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        count_nk=("NC", "inconnu"),
        suspects_nk=("NC", "?"),
        zero=("aucun", "néant"),
        nat_blank=("non déclarée", "inconnue"),
        place_blank=("NC", "inconnu"),
        numbers=("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
        requester={
            "Calais": ("PAF Coquelles", "Commissariat de Calais", "CRA de Coquelles"),
            "Dunkirk/Gravelines": ("Brigade de gendarmerie de Gravelines", "PAF Dunkerque"),
            "*": ("OFPRA", "CNDA", "Préfecture du Nord - guichet asile"),
        },
    ),
    SEPROTEC.source: _Wording(
        crime={
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata", "177 bis"),
            "smuggling": (
                "Favorecimiento de la inmigración irregular (art. 318 bis CP)",
                "Inmigración ilegal",
                "318 bis",
            ),
            "both": ("177 bis y 318 bis", "Trata e inmigración ilegal"),
        },
        exploitation={
            "sexual": ("explotación sexual", "sexual"),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
            "unknown": ("sin determinar",),
        },
        no_exploitation=None,
        gender={
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Varón"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        gender_blank=("No consta",),
        age={
            "child": ("Menor", "Menor de edad", "MENA"),
            "adult": ("Adulto", "Mayor de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        age_na=("Pendiente prueba ósea", "Edad en determinación"),
        transport={
            "sea": {
                "watl": ("Cayuco", "Embarcación"),
                "wmed": ("Patera", "Neumática", "Embarcación"),
                "*": ("Embarcación", "Marítimo"),
            },
            "land": {
                "wmed": ("Salto de valla", "A pie", "Oculto en vehículo"),
                "*": ("Autobús", "Furgoneta", "Terrestre"),
            },
            "air": {"*": ("Vuelo", "Aéreo")},
        },
        transport_na=("N/C",),
        offences={
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
        count_nk=("s/d", "desconocido"),
        suspects_nk=("s/d", "desconocido"),
        zero=("ninguno",),
        nat_blank=("No consta", "Indocumentado, sin acreditar"),
        place_blank=("No consta", "s/d"),
        numbers=(),
        requester={
            "Ceuta": ("Jefatura Superior de Ceuta - UCRIF",),
            "Melilla": ("Jefatura Superior de Melilla - UCRIF",),
            "Almería": ("Comisaría Provincial de Almería - UCRIF",),
            "Almería (El Ejido)": ("Comisaría de El Ejido", "UCRIF Almería"),
            "Gran Canaria": ("CATE Arguineguín", "Juzgado de guardia Las Palmas"),
            "Tenerife": ("CATE Tenerife",),
            "El Hierro": ("CATE El Hierro",),
            "Lanzarote": ("CATE Arrecife",),
            "Huelva": ("UCRIF Huelva", "Inspección de Trabajo Huelva"),
            "*": ("UCRIF Central - CGEF",),
        },
    ),
    LANGUAGELINE.source: _Wording(
        crime={
            "trafficking": ("Human Trafficking", "HT - TVPA"),
            "smuggling": ("Alien Smuggling", "Smuggling (8 USC 1324)"),
            "both": ("Smuggling/Trafficking", "HT + Smuggling"),
        },
        exploitation={
            "sexual": ("Sex Trafficking", "Sex"),
            "forced_labour": ("Labor Trafficking", "Labor"),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
            "unknown": ("Undetermined",),
        },
        no_exploitation="N/A",
        gender={
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "M/F"),
        },
        gender_blank=("U",),
        age={
            "child": ("UAC", "Juvenile"),
            "adult": ("Single Adult", "Adult"),
            "mixed": ("FMUA", "Family Unit"),
        },
        age_na=("Age unverified",),
        transport={
            "sea": {"*": ("Boat", "Raft")},
            "land": {"*": ("On foot", "Vehicle", "Tractor-trailer")},
            "air": {"*": ("Air",)},
        },
        transport_na=("N/A",),
        offences={
            "document_fraud": ("Fraudulent documents",),
            "corruption": ("Bribery of official",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Narcotics",),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
        count_nk=("UNK", "Unknown"),
        suspects_nk=("UNK",),
        zero=("None",),
        nat_blank=("UNKNOWN",),
        place_blank=("UNKNOWN", "UNK"),
        numbers=(),
        requester={
            "Nogales (Sonora/Arizona)": ("Nogales Station - Tucson Sector",),
            "Sasabe": ("Tucson Station - Tucson Sector",),
            "El Paso": ("El Paso Station - El Paso Sector", "Santa Teresa Station"),
            "Rio Grande Valley": ("McAllen Station - RGV Sector", "Weslaco Station - RGV"),
            "*": ("El Paso Sector", "RGV Sector", "Tucson Sector"),
        },
    ),
    RCT.source: _Wording(
        crime={
            "trafficking": ("trafficking", "human trafficking"),
            "smuggling": ("smuggling", "smuggling/facilitation"),
            "both": ("trafficking & smuggling",),
        },
        exploitation={
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labor", "labor exploitation"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
            "unknown": ("unclear",),
        },
        no_exploitation=None,
        gender={
            "female": ("female", "women"),
            "male": ("male", "men"),
            "mixed": ("mixed",),
        },
        gender_blank=("not recorded",),
        age={
            "child": ("minor", "child"),
            "adult": ("adult",),
            "mixed": ("adults and children", "mixed ages"),
        },
        age_na=("not asked",),
        transport={
            "sea": {"cmed": ("boat", "rubber boat"), "*": ("boat", "sea")},
            "land": {
                "darien": ("on foot (jungle)", "walked"),
                "wbal": ("on foot", "car", "truck"),
                "*": ("on foot", "car", "walked"),
            },
            "air": {"*": ("plane",)},
        },
        transport_na=("n/a",),
        offences={
            "document_fraud": ("document fraud",),
            "corruption": ("corruption/bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        count_nk=("unknown",),
        suspects_nk=("unknown", "not sure"),
        zero=("none",),
        nat_blank=("not disclosed",),
        place_blank=("unknown",),
        numbers=("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
        requester={},
    ),
}

# Rates of the habits planted in the cells.
_CASE = 0.04  # a vocabulary or country cell in another case or with stray spaces
_COUNT_NK = 0.02  # "not known" in the count of persons
_SUSPECTS_NK = 0.04  # "not known" in the count of suspects
_ZERO_WORD = 0.35  # a zero count of suspects written as a word
_COUNT_WORD = 0.06  # a small count written as a word (sources with words)
_GENDER_BLANK = 0.02
_AGE_NA = 0.03
_TRANSPORT_NA = 0.015
_NAT_BLANK = 0.02
_PLACE_BLANK = 0.03  # origin, destination or route not known
_EXPL_UNKNOWN = 0.06
_SWAP = 0.03  # GPS pair written lon, lat (only where |lon| > 90 shows it)
_ZERO_GPS = 0.02  # "0,0" GPS placeholder


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, pairs: tuple[tuple[str, float], ...]) -> str:
    w = np.array([p for _, p in pairs], dtype=float)
    return pairs[int(rng.choice(len(pairs), p=w / w.sum()))][0]


def _plain(text: str) -> str:
    """Strip accents (``Érythrée`` -> ``Erythree``); keep other characters."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _noisy(text: str, rng: _Rng) -> str:
    kind = int(rng.integers(4))
    if kind == 0:
        return text.upper()
    if kind == 1:
        return text.lower()
    if kind == 2:
        return f" {text}"
    return f"{text}  "


def _word(
    src: InterpreterSource, words: tuple[str, ...], col: str, rng: _Rng, tags: list[str]
) -> str:
    """Draw one of an agency's words; now and then with another case or stray spaces."""
    text = words[0] if len(words) == 1 or rng.random() < 0.6 else choice(rng, words[1:])
    if src.source != LANGUAGELINE.source and rng.random() < _CASE:
        text = _noisy(text, rng)
        tags.append(f"case:{col}")
    return text


def _country(
    src: InterpreterSource,
    iso: str,
    col: str,
    rng: _Rng,
    styles: tuple[tuple[str, float], ...],
) -> tuple[str, str | None]:
    """Write one country the agency's way; return the cell and its tag (None: plain)."""
    style = _pick(rng, styles)
    name = _NAMES[iso][_LANG[src.language]]
    text: str | None
    if style == "name":
        text = name
    elif style == "upper":  # CBP and Spanish police systems: capitals without accents
        plain = _plain(name)
        text = plain.upper() if src.language == "en" else name.upper()
    elif style == "demonym":
        dem = _DEMONYMS.get(iso)
        text = dem[_LANG[src.language]] if dem else None
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "alias":
        text = _ALIASES[src.language].get(iso)
    elif style == "typo":
        text = _TYPOS[src.language].get(iso)
    elif style == "noaccent":
        text = _plain(name) if _plain(name) != name else None
    else:  # mojibake
        text = mojibake(name)
    if text is None or text == name or not fits(text, src):
        return (name.upper() if style == "upper" else name), None
    return text, f"{style}:{col}"


def _date_cell(
    src: InterpreterSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write an event date; return (cell, expected date, precision, tag)."""
    if partial_ok and src.partials and rng.random() < src.partial_share:
        style = choice(rng, src.partials)
        month = ts.to_period("M").start_time
        quarter = ts.to_period("Q").start_time
        if style == "month_fr":
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month, "month", "partial_date"
        if style == "month_iso":
            return f"{ts.year}-{ts.month:02d}", month, "month", "partial_date"
        if style == "quarter_fr":
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
    style = _pick(rng, src.dates)
    day = ts.normalize()
    if style == "dmy":
        cell: object = day.strftime("%d/%m/%Y")
        tag = "text_date" if src.format == "xlsx" else None
        return cell, day, "day", tag
    if style == "dmy_dash":
        return day.strftime("%d-%m-%Y"), day, "day", None
    if style == "d_month_y":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}", day, "day", "long_date"
    if style == "dmy_time":
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{day.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}", day, "day", "datetime"
    if style == "mdy":
        return day.strftime("%m/%d/%Y"), day, "day", "us_date"
    if style == "mdy_nopad":
        return f"{day.month}/{day.day}/{day.year}", day, "day", "us_date"
    if style == "excel":
        return day.to_pydatetime(), day, "day", None
    if style == "serial":
        return int((day - _EXCEL_EPOCH).days), day, "day", "excel_serial"
    return day.strftime("%Y-%m-%d"), day, "day", None  # iso


def _main_date(src: InterpreterSource, day: pd.Timestamp) -> object:
    """Write a date in the agency's usual style (note rows, mistyped years)."""
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.source == LANGUAGELINE.source:
        return day.strftime("%m/%d/%Y")
    if src.format == "jsonl":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _bad_date(src: InterpreterSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: blank, impossible or its year mistyped."""
    if kind == "no_date":
        return None
    y, m, d = ts.year, ts.month, ts.day
    if kind == "future_date":  # one digit of the year mistyped: 2023 -> 2033
        return _main_date(src, pd.Timestamp(year=y + 10, month=m, day=min(d, 28)))
    options = {
        THEBIGWORD.source: (f"31/02/{y}", "TBC", f"{d:02d}/13/{y}"),
        ISM.source: (f"30/02/{y}", f"00/{m:02d}/{y}"),
        SEPROTEC.source: (f"31/04/{y}", f"31/06/{y}"),
        LANGUAGELINE.source: (f"02/30/{y}", f"{m:02d}/32/{y}"),
        RCT.source: (f"{y}-02-30", f"{y}-{m:02d}-32"),
    }
    return choice(rng, options[src.source])


def _note_date(src: InterpreterSource, last: pd.Timestamp) -> object:
    """Write the extraction date of the agency's note row."""
    return _main_date(src, last.normalize() + pd.Timedelta(days=3))


def _count_cell(
    src: InterpreterSource, wording: _Wording, n: int, rng: _Rng, tags: list[str]
) -> object:
    """Write a count of persons the agency's way (thousands separators, small words)."""
    if wording.numbers and 2 <= n < len(wording.numbers) and rng.random() < _COUNT_WORD:
        tags.append("count_word")
        return wording.numbers[n]
    if src.format == "jsonl":
        return n
    if src.format == "xlsx":
        if n >= 1000 and rng.random() < 0.5:  # typed as text with the Spanish separator
            tags.append("thousands:n_persons")
            return f"{n // 1000}.{n % 1000:03d}"
        return n
    if n >= 1000:
        sep = {"fr": choice(rng, ("\u00a0", " ")), "es": "."}.get(src.language, ",")
        tags.append("thousands:n_persons")
        return f"{n // 1000}{sep}{n % 1000:03d}"
    return str(n)


def _as_written(src: InterpreterSource, n: int) -> object:
    return str(n) if src.format == "csv" else n


def _dm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes as Salvamento Marítimo writes them, and their value."""
    tenths = round(abs(value) * 600)  # tenths of a minute
    deg, rest = divmod(tenths, 600)
    minutes = rest / 10
    text = f"{deg:0{width}d}º{minutes:04.1f}'".replace(".", ",") + (pos if value >= 0 else neg)
    exact = (deg + minutes / 60) * (1 if value >= 0 else -1)
    return text, round(exact, 6)


def _coords(
    src: InterpreterSource,
    ev: dict[str, object],
    rng: _Rng,
    blank: bool,
    tags: list[str],
) -> tuple[_Cells, float | None, float | None]:
    """Write the position of the detection; return (cells, expected lat, expected lon)."""
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if blank:
        tags.append("blank_coordinates")
        return {}, None, None
    if rng.random() >= src.coord_share:
        tags.append("coords_missing")
        return {}, None, None
    if src.coords == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    if src.coords == "fr_cols":
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            round(lat, 5),
            round(lon, 5),
        )
    if src.coords == "dm":
        if ev["transport_mode"] == "sea":  # sea positions in degrees and minutes
            t_lat, e_lat = _dm(lat, "N", "S", 2)
            t_lon, e_lon = _dm(lon, "E", "W", 3)
            tags.append("coords_dm")
            return {"coordinates": f"{t_lat} {t_lon}"}, e_lat, e_lon
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    if src.coords == "gps":
        r = rng.random()
        if r < _ZERO_GPS:
            tags.append("coords_placeholder")
            return {"coordinates": "0.000000,0.000000"}, None, None
        if r < _ZERO_GPS + _SWAP and abs(lon) > 90:  # lon, lat: the first cannot be a lat
            tags.append("coords_swapped")
            return {"coordinates": f"{lon:.6f},{lat:.6f}"}, round(lat, 6), round(lon, 6)
        return {"coordinates": f"{lat:.6f},{lon:.6f}"}, round(lat, 6), round(lon, 6)
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, round(lat, 4), round(lon, 4)


def _place(
    src: InterpreterSource,
    wording: _Wording,
    iso: object,
    col: str,
    rng: _Rng,
    tags: list[str],
) -> tuple[str | None, str | None]:
    """Write an origin or destination; return (cell, expected ISO code)."""
    if iso is None:
        return None, None
    if rng.random() < _PLACE_BLANK:
        tags.append(f"unknown:{col}")
        return choice(rng, wording.place_blank), None
    text, tag = _country(src, str(iso), col, rng, src.country_styles)
    if tag:
        tags.append(tag)
    if rng.random() < _CASE and src.source != LANGUAGELINE.source:
        text = _noisy(text, rng)
        tags.append(f"case:{col}")
    return text, str(iso)


def _transit(
    src: InterpreterSource, wording: _Wording, value: object, rng: _Rng, tags: list[str]
) -> tuple[str | None, str | None]:
    """Write the transit countries in order; return (cell, expected ``|``-joined codes)."""
    if value is None:
        return src.direct, None
    if rng.random() < _PLACE_BLANK:
        tags.append("unknown:transit_countries")
        return choice(rng, wording.place_blank), None
    parts = []
    for iso in str(value).split("|"):
        text, tag = _country(src, iso, "transit_countries", rng, src.country_styles)
        parts.append(text)
        if tag and tag not in tags:
            tags.append(tag)
    return src.transit_sep.join(parts), str(value)


def _transport(wording: _Wording, mode: str, corridor: str) -> tuple[str, ...]:
    by_corridor = wording.transport[mode]
    return by_corridor.get(corridor, by_corridor["*"])


def _render(
    src: InterpreterSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as the agency does: (cells, expected values, tags)."""
    wording = _WORDS[src.source]
    tags: list[str] = []
    cells: _Cells = {}
    exp: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    corridor = str(ev["corridor"])

    cell, day, precision, tag = _date_cell(src, ts, rng, partial_ok=partial_ok)
    cells["event_date"] = cell
    exp["event_date"], exp["date_precision"] = day, precision
    if tag:
        tags.append(tag)

    nat = str(ev["nationality"])
    spoken = choice(rng, _SPOKEN[nat])
    cells["language"] = (
        spoken if src.language == "en" else _SPOKEN_WORDS[spoken][_LANG[src.language] - 1]
    )
    if wording.requester:
        units = wording.requester.get(str(ev["hotspot"])) or wording.requester["*"]
        cells["requester"] = choice(rng, units)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, wording.crime[crime], "crime_type", rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = wording.no_exploitation, None
    elif rng.random() < _EXPL_UNKNOWN:
        cells["exploitation"] = choice(rng, wording.exploitation["unknown"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        words = wording.exploitation[str(expl)]
        cells["exploitation"] = _word(src, words, "exploitation", rng, tags)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < _COUNT_NK:
        cells["n_persons"], exp["n_persons"] = choice(rng, wording.count_nk), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], exp["n_persons"] = _count_cell(src, wording, n, rng, tags), n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < _SUSPECTS_NK:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, wording.suspects_nk), None
        tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < _ZERO_WORD:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, wording.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _as_written(src, k), k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < _GENDER_BLANK:
        cells["gender"], exp["gender"] = choice(rng, wording.gender_blank), "unknown"
        tags.append("blank_gender")
    else:  # the plural words ("women", "Mujeres") only for a group
        plural = src.source in (RCT.source, SEPROTEC.source) and n == 1
        words = wording.gender[gender][:1] if plural else wording.gender[gender]
        cells["gender"] = _word(src, words, "gender", rng, tags)
        exp["gender"] = gender

    age = str(ev["age_group"])
    if rng.random() < _AGE_NA:
        cells["age_group"], exp["age_group"] = choice(rng, wording.age_na), "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"] = _word(src, wording.age[age], "age_group", rng, tags)
        exp["age_group"] = age

    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < _NAT_BLANK:
        cells["nationality"], exp["nationality"] = choice(rng, wording.nat_blank), None
        tags.append("blank_nationality")
    else:
        text, tag = _country(src, nat, "nationality", rng, src.nat_styles)
        if tag:
            tags.append(tag)
        if rng.random() < _CASE and src.source != LANGUAGELINE.source:
            text = _noisy(text, rng)
            tags.append("case:nationality")
        cells["nationality"], exp["nationality"] = text, nat

    for col in ("origin_country", "destination_country"):
        cells[col], exp[col] = _place(src, wording, ev[col], col, rng, tags)
    cells["transit_countries"], exp["transit_countries"] = _transit(
        src, wording, ev["transit_countries"], rng, tags
    )

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        text, tag = _country(src, det, "detection_country", rng, src.country_styles)
        if tag:
            tags.append(tag)
        cells["detection_country"], exp["detection_country"] = text, det

    mode = str(ev["transport_mode"])
    if rng.random() < _TRANSPORT_NA:
        cells["transport_mode"] = choice(rng, wording.transport_na)
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        words = _transport(wording, mode, corridor)
        cells["transport_mode"] = _word(src, words, "transport_mode", rng, tags)
        exp["transport_mode"] = mode

    place, exp["lat"], exp["lon"] = _coords(src, ev, rng, forced_blank == "coordinates", tags)
    cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        names = [
            _word(src, wording.offences[o], "linked_offences", rng, tags)
            for o in str(offences).split("|")
        ]
        cells["linked_offences"] = src.offence_sep.join(names)
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


_EXAMINER: Examiner[InterpreterSource] = Examiner(
    sources=SOURCES,
    primary=PRIMARY,
    compilation=RCT.source,
    secondary=SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=235,
    blank_share=0.3,
)


def make_blind235(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as five interpreting agencies' logs (variant ``blind235``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        thebigword's safeguarding log (CSV, UTF-8 with BOM, ``,``, English), ISM
        Interprétariat's register (CSV, cp1252, ``;``, French), Seprotec's service log
        (XLSX, Spanish), LanguageLine's flagged calls (CSV, UTF-16, tab, English) and
        Respond Crisis Translation's case notes (JSON lines, English), each with the
        expected reading of every row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind235(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['thebigword_uk_ic.csv', 'ism_interpretariat_ic.csv', 'seprotec_interior_ic.xlsx',
     'languageline_cbp_ic.csv', 'respond_crisis_translation_ic.jsonl']
    >>> subs[3].encoding, subs[3].delimiter
    ('utf-16', '\t')
    >>> subs[1].frame.columns[:3].tolist()
    ['N° intervention', "Donneur d'ordre", 'Date des faits']
    >>> all((s.expected["expected_status"] == "record").sum() > 5 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
