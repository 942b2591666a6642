"""Examiner sample set ``blind387`` (files ``*_ny.*``): civil-status and marriage services.

Five agencies that meet trafficking, forced marriage and smuggling through the civil-status
and marriage desk, each writing its export its own way:

``lrsa_registration_ny.csv``
    Local Registration Services Association (register offices of England and Wales, with
    their Scottish partners): section 24 and safeguarding referrals, kept in a shared
    Excel tracker saved as "Unicode text". English, UTF-16, tab-delimited; UK day-first
    dates (``17/05/2023``, ``17 May 2023``, ``May 2023``);
    nationalities as demonyms (``Vietnamese``); ``England`` / ``Scotland`` for the UK;
    location as one ``lat, long`` cell; small counts sometimes in words; re-sent rows.
``etat_civil_gravelines_ny.csv``
    Mairie de Gravelines, service de l'état civil (signalements au procureur, art. 175-2
    du Code civil). French, cp1252, ``;``, CRLF; ``17/05/2023``, ``17 mai 2023``,
    ``mai 2023``; nationalities as French adjectives (``irakienne``); names pasted from a
    UTF-8 web form show mojibake (``Ã‰rythrÃ©e``); decimal commas; ``néant``; re-sent rows.
``registro_civil_lpgc_ny.xlsx``
    Oficina General del Registro Civil de Las Palmas de Gran Canaria (expedientes
    matrimoniales, inscripciones and their reports to the Fiscalía). Spanish; real Excel
    dates and some typed ``17/05/2023`` or ``mayo de 2023``; gentilicios (``senegalesa``);
    ISO alpha-3 and numeric codes from the registry's code list; one
    ``lat; lon`` cell with decimal commas; ``1.234`` typed as text.
``tahirih_fmi_ny.jsonl``
    Tahirih Justice Center, Forced Marriage Initiative (US): case-management export.
    English keys; US month-first dates (``05/17/2023``), some ISO and ``May 2023``; ISO
    alpha-2 codes; transit countries as a JSON array; JSON numbers and ``null``.
``fmu_gb_ny.csv``
    Forced Marriage Unit (FCDO and Home Office): digest of the cases its posts abroad
    and its partners refer, the set's compilation source. English, UTF-8 with BOM
    (Excel's "CSV UTF-8"), ``,``; ``17/05/2023``, ``17-May-23``, quarters ``Q2 2023``;
    no location.

The truth expects what a careful analyst reads from each cell: a demonym or an
abbreviation is the country, ``England`` is the United Kingdom, a "not known" word is no
value (``unknown`` in a vocabulary column), a word for none is zero, a month or a quarter
is its first day with that precision. Rows an analyst cannot use (no date, an impossible
or future date, a negative or unreadable count, notes, totals, empty lines) are bad rows.
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES_387", "Source387", "make_blind387"]

_Rng = np.random.Generator
_Weights = tuple[tuple[str, float], ...]

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
_CODE_STYLES = ("iso2", "iso3", "numeric")
_DAY_STYLES = ("dmy", "dmy_long", "dmy_mon_yy", "mdy", "iso", "excel")
_MONTH_STYLES = ("month", "month_iso")
_QUARTER_STYLES = ("quarter",)

# Nationality words: iso3 -> (English, French masculine, French feminine,
# Spanish masculine, Spanish feminine).
_DEMONYMS: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afghane", "afgano", "afgana"),
    "ALB": ("Albanian", "albanais", "albanaise", "albanés", "albanesa"),
    "BGD": ("Bangladeshi", "bangladais", "bangladaise", "bangladesí", "bangladesí"),
    "CHN": ("Chinese", "chinois", "chinoise", "chino", "china"),
    "CIV": ("Ivorian", "ivoirien", "ivoirienne", "marfileño", "marfileña"),
    "CMR": ("Cameroonian", "camerounais", "camerounaise", "camerunés", "camerunesa"),
    "COL": ("Colombian", "colombien", "colombienne", "colombiano", "colombiana"),
    "DZA": ("Algerian", "algérien", "algérienne", "argelino", "argelina"),
    "ECU": ("Ecuadorian", "équatorien", "équatorienne", "ecuatoriano", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptien", "égyptienne", "egipcio", "egipcia"),
    "ERI": ("Eritrean", "érythréen", "érythréenne", "eritreo", "eritrea"),
    "GIN": ("Guinean", "guinéen", "guinéenne", "guineano", "guineana"),
    "GMB": ("Gambian", "gambien", "gambienne", "gambiano", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatémaltèque", "guatemalteco", "guatemalteca"),
    "HND": ("Honduran", "hondurien", "hondurienne", "hondureño", "hondureña"),
    "HTI": ("Haitian", "haïtien", "haïtienne", "haitiano", "haitiana"),
    "IRN": ("Iranian", "iranien", "iranienne", "iraní", "iraní"),
    "IRQ": ("Iraqi", "irakien", "irakienne", "iraquí", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marocaine", "marroquí", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicaine", "mexicano", "mexicana"),
    "MLI": ("Malian", "malien", "malienne", "maliense", "maliense"),
    "NGA": ("Nigerian", "nigérian", "nigériane", "nigeriano", "nigeriana"),
    "PAK": ("Pakistani", "pakistanais", "pakistanaise", "pakistaní", "pakistaní"),
    "ROU": ("Romanian", "roumain", "roumaine", "rumano", "rumana"),
    "SEN": ("Senegalese", "sénégalais", "sénégalaise", "senegalés", "senegalesa"),
    "SYR": ("Syrian", "syrien", "syrienne", "sirio", "siria"),
    "TUN": ("Tunisian", "tunisien", "tunisienne", "tunecino", "tunecina"),
    "TUR": ("Turkish", "turc", "turque", "turco", "turca"),
    "VEN": ("Venezuelan", "vénézuélien", "vénézuélienne", "venezolano", "venezolana"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamienne", "vietnamita", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yéménite", "yemení", "yemení"),
}

# Everyday short names each language uses beside the official one.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "GMB": ("The Gambia",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "Angleterre"),
        "USA": ("USA", "Etats-Unis d'Amérique"),
        "CIV": ("Cote d'Ivoire",),
        "VNM": ("Vietnam",),
        "BIH": ("Bosnie",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Inglaterra", "R. Unido"),
        "VNM": ("Viet Nam",),
        "BIH": ("Bosnia",),
    },
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Columns whose cells are country names or codes.
_COUNTRY_COLS = ("nationality", "origin_country", "destination_country", "detection_country")


@dataclass(frozen=True)
class Source387(ExaminerSource):
    """A ``blind387`` source: the shared fields plus how this agency writes its cells.

    Attributes
    ----------
    dates : tuple of (str, float)
        Date styles and their weights (``dmy``, ``dmy_long``, ``dmy_mon_yy``, ``mdy``,
        ``iso``, ``excel``, ``month``, ``month_iso``, ``quarter``).
    words : mapping
        Column -> canonical word -> the agency's words for it (first = the usual one).
    unknown : tuple of str
        What the agency writes for "not known".
    zero : tuple of str
        Words for no suspects (read as 0).
    no_exploitation : tuple of str
        What it writes in the exploitation column of a pure smuggling case (``""`` = blank).
    direct : tuple of str
        What it writes as transit for a direct journey (``""`` = blank).
    countries : mapping
        Column (or ``"transit"``) -> country styles and weights (``name``, ``upper``,
        ``lower``, ``iso2``, ``iso3``, ``numeric``, ``alias``, ``typo``, ``noaccent``,
        ``mojibake``, ``demonym``, ``subnational``).
    transit_sep : str
        Separator of transit countries (``"[]"``: a JSON array).
    offence_sep : str
        Separator of linked offences (``" y "``: a Spanish list, ``a, b y c``).
    coords : str
        ``pair_dot``, ``pair_comma``, ``cols_comma``, ``json`` or ``none``.
    decimals : int
        Decimals of the written coordinates.
    count_words : bool
        Whether small counts are sometimes written in words.
    thousands : str
        Thousands separator typed in large counts (``""``: never).
    mojibake_rows : float, default=0.0
        Share of rows that came in through a UTF-8 web form and were imported into the
        agency's cp1252 software: every accented cell of the row shows mojibake.
    """

    dates: _Weights
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    no_exploitation: tuple[str, ...]
    direct: tuple[str, ...]
    countries: Mapping[str, _Weights]
    transit_sep: str
    offence_sep: str
    coords: str
    decimals: int
    count_words: bool
    thousands: str
    mojibake_rows: float = 0.0


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_LRSA = Source387(
    source="lrsa_registration",
    filename="lrsa_registration_ny.csv",
    ref="RO-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Referral ID",
        "event_date": "Date identified",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of individuals",
        "n_suspects": "No. of suspected perpetrators",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country identified in",
        "transit_countries": "Route (countries transited)",
        "transport_mode": "Mode of arrival",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Linked offences",
    },
    note="Extract from LRSA s24/safeguarding referral tracker - OFFICIAL-SENSITIVE",
    total="Total",
    bad_count=("several", "see narrative", "multiple"),
    repeats=True,
    dates=(("dmy", 0.75), ("dmy_long", 0.15), ("month", 0.10)),
    words={
        "crime_type": {
            "trafficking": ("Modern slavery / human trafficking", "MSHT", "Human trafficking"),
            "smuggling": ("Organised immigration crime (facilitation)", "Facilitation"),
            "both": ("MSHT and facilitation", "Trafficking & smuggling"),
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
            "child": ("Under 18", "Child", "Minor"),
            "adult": ("18+", "Adult"),
            "mixed": ("Adults and children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Sea"),
            "land": ("Lorry / HGV", "Land", "Vehicle"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Cyber-enabled",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not known", "N/K"),
    zero=("None", "Nil"),
    no_exploitation=("", "N/A"),
    direct=("", "Direct"),
    countries={
        "nationality": (("demonym", 0.75), ("name", 0.15), ("alias", 0.05), ("typo", 0.05)),
        "origin_country": (("name", 0.8), ("alias", 0.1), ("upper", 0.05), ("typo", 0.05)),
        "destination_country": (("name", 0.75), ("alias", 0.2), ("lower", 0.05)),
        "detection_country": (("name", 0.5), ("alias", 0.3), ("subnational", 0.2)),
        "transit": (("name", 0.9), ("alias", 0.1)),
    },
    transit_sep=" > ",
    offence_sep="; ",
    coords="pair_dot",
    decimals=4,
    count_words=True,
    thousands=",",
)

_GRAVELINES = Source387(
    source="etat_civil_gravelines",
    filename="etat_civil_gravelines_ny.csv",
    ref="EC{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction logiciel état civil - données provisoires, ne pas diffuser",
    total="TOTAL",
    bad_count=("plusieurs", "voir PV", "nombreux"),
    repeats=True,
    dates=(("dmy", 0.80), ("dmy_long", 0.08), ("month", 0.12)),
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("Femmes", "F"),
            "male": ("Hommes", "Masculin", "H"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "child": ("Mineurs", "MNA", "Mineur"),
            "adult": ("Majeurs", "Adultes"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation", "Maritime"),
            "land": ("Poids lourd", "Routier", "Camion"),
            "air": ("Aérien",),
        },
        "linked_offences": {
            "document_fraud": ("Faux documents", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    unknown=("Non renseigné", "Inconnu", "NC"),
    zero=("Néant", "Aucun"),
    no_exploitation=("", "Sans objet"),
    direct=("", "Direct"),
    countries={
        "nationality": (("demonym", 0.75), ("name", 0.13), ("upper", 0.06), ("noaccent", 0.06)),
        "origin_country": (("name", 0.75), ("upper", 0.1), ("noaccent", 0.1), ("typo", 0.05)),
        "destination_country": (("name", 0.7), ("alias", 0.2), ("upper", 0.1)),
        "detection_country": (("name", 0.85), ("upper", 0.1), ("iso2", 0.05)),
        "transit": (("name", 0.9), ("upper", 0.1)),
    },
    transit_sep=" - ",
    offence_sep=", ",
    coords="cols_comma",
    decimals=5,
    count_words=False,
    thousands="\u00a0",
    mojibake_rows=0.1,
)

_LPGC = Source387(
    source="registro_civil_lpgc",
    filename="registro_civil_lpgc_ny.xlsx",
    ref="{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "coordinates": "Coordenadas (lat; lon)",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales, pendientes de validación por el Encargado",
    total="TOTAL",
    bad_count=("varios", "ver atestado", "grupo"),
    repeats=False,
    dates=(("excel", 0.72), ("dmy", 0.18), ("month", 0.10)),
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata"),
            "smuggling": (
                "Inmigración ilegal (art. 318 bis CP)",
                "Favorecimiento de la inmigración irregular",
                "Tráfico ilícito de migrantes",
            ),
            "both": ("Trata y tráfico de migrantes", "Arts. 177 bis y 318 bis CP"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Varones"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "child": ("Menores", "Menor de edad"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Cayuco", "Patera", "Marítimo"),
            "land": ("Terrestre", "Vehículo"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("No consta", "s/d"),
    zero=("ninguno",),
    no_exploitation=("", "No procede"),
    direct=("", "Directo"),
    countries={
        "nationality": (("demonym", 0.65), ("name", 0.15), ("iso3", 0.15), ("noaccent", 0.05)),
        "origin_country": (
            ("name", 0.7),
            ("iso3", 0.12),
            ("numeric", 0.03),
            ("lower", 0.1),
            ("typo", 0.05),
        ),
        "destination_country": (("name", 0.8), ("iso3", 0.15), ("alias", 0.05)),
        "detection_country": (("name", 0.85), ("iso3", 0.15)),
        "transit": (("name", 0.85), ("iso3", 0.15)),
    },
    transit_sep=" / ",
    offence_sep=" y ",
    coords="pair_comma",
    decimals=4,
    count_words=False,
    thousands=".",
)

_TAHIRIH = Source387(
    source="tahirih_fmi",
    filename="tahirih_fmi_ny.jsonl",
    ref="TJC-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "matter_type",
        "exploitation": "trafficking_type",
        "n_persons": "individuals",
        "n_suspects": "perpetrators",
        "gender": "gender",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "destination_country",
        "detection_country": "encounter_country",
        "transit_countries": "transit_countries",
        "transport_mode": "entry_method",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "see notes"),
    repeats=False,
    dates=(("mdy", 0.80), ("iso", 0.10), ("month", 0.10)),
    words={
        "crime_type": {
            "trafficking": ("Human Trafficking", "Trafficking (T visa)"),
            "smuggling": ("Smuggling", "Smuggled entry"),
            "both": ("Trafficking & Smuggling",),
        },
        "exploitation": {
            "sexual": ("Sex trafficking",),
            "forced_labour": ("Labor trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "Women"),
            "male": ("Male", "Men"),
            "mixed": ("Mixed",),
        },
        "age_group": {
            "child": ("Minor", "Child"),
            "adult": ("Adult",),
            "mixed": ("Adults & minors", "Family unit"),
        },
        "transport_mode": {
            "sea": ("Boat",),
            "land": ("On foot / land", "Land", "Vehicle"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Bribery of officials",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drug smuggling",),
            "cybercrime": ("Online exploitation",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Unknown", "N/A"),
    zero=(),
    no_exploitation=("",),
    direct=("[]",),
    countries={
        "nationality": (("name", 0.6), ("iso2", 0.35), ("typo", 0.05)),
        "origin_country": (("name", 0.6), ("iso2", 0.4)),
        "destination_country": (("name", 0.5), ("alias", 0.3), ("iso2", 0.2)),
        "detection_country": (("alias", 0.6), ("name", 0.3), ("iso2", 0.1)),
        "transit": (("name", 0.8), ("iso2", 0.2)),
    },
    transit_sep="[]",
    offence_sep=", ",
    coords="json",
    decimals=5,
    count_words=False,
    thousands="",
)

_FMU = Source387(
    source="fmu_gb",
    filename="fmu_gb_ny.csv",
    ref="FMU/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "FMU ref",
        "event_date": "Date reported",
        "crime_type": "Case category",
        "exploitation": "Abuse type",
        "n_persons": "Persons involved",
        "n_suspects": "Perpetrators",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Destination",
        "detection_country": "Country where reported",
        "transit_countries": "Transit countries",
        "transport_mode": "Travel mode",
        "linked_offences": "Other offences",
    },
    note="Management information - figures subject to change",
    total="Total",
    bad_count=("several", "various"),
    repeats=False,
    dates=(("dmy", 0.55), ("dmy_mon_yy", 0.25), ("quarter", 0.15), ("month_iso", 0.05)),
    words={
        "crime_type": {
            "trafficking": ("Trafficking", "Modern slavery"),
            "smuggling": ("Smuggling", "Facilitated irregular migration"),
            "both": ("Trafficking/smuggling",),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation",),
            "forced_criminality": ("Criminal exploitation",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage (FM)", "Forced marriage"),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Both"),
        },
        "age_group": {
            "child": ("Under 18", "U18"),
            "adult": ("18 and over", "Adult"),
            "mixed": ("Mixed", "Adults & U18s"),
        },
        "transport_mode": {
            "sea": ("Sea", "Boat"),
            "land": ("Land", "Overland"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Illicit goods",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not known", "Unknown"),
    zero=("None",),
    no_exploitation=("", "N/A"),
    direct=("",),
    countries={
        "nationality": (("name", 0.7), ("iso3", 0.15), ("alias", 0.1), ("upper", 0.05)),
        "origin_country": (("name", 0.8), ("iso3", 0.15), ("typo", 0.05)),
        "destination_country": (("name", 0.7), ("alias", 0.2), ("iso3", 0.1)),
        "detection_country": (("name", 0.85), ("iso3", 0.1), ("alias", 0.05)),
        "transit": (("name", 0.9), ("iso3", 0.1)),
    },
    transit_sep="; ",
    offence_sep=", ",
    coords="none",
    decimals=0,
    count_words=False,
    thousands=",",
)

#: The set's sources, in the order the submissions are returned.
SOURCES_387: tuple[Source387, ...] = (_LRSA, _GRAVELINES, _LPGC, _TAHIRIH, _FMU)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: _Weights) -> str:
    keys = [k for k, _ in options]
    w = np.array([p for _, p in options], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Pick the usual word 60 % of the time, another variant otherwise."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _swap_typo(text: str) -> str:
    """Two neighbouring letters in the middle swapped (names of 7+ letters only)."""
    i = len(text) // 2
    if len(text) < 7 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    if text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _country(
    src: Source387, iso: str, style: str, ev: Mapping[str, object], rng: _Rng
) -> tuple[str, str | None]:
    """Write one ISO3 code in ``style``; return (cell, visible style or None if plain)."""
    lang = src.language
    name = str(COUNTRIES[iso][_LANG_COL[lang]])
    text: str | None = None
    if style == "demonym" and iso in _DEMONYMS:
        dem = _DEMONYMS[iso]
        female = ev.get("gender") == "female"
        text = {"en": dem[0], "fr": dem[2] if female else dem[1]}.get(
            lang, dem[4] if female else dem[3]
        )
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "numeric":
        text = iso_codes(iso)[1]
    elif style == "alias" and iso in _ALIASES[lang]:
        text = choice(rng, _ALIASES[lang][iso])
    elif style == "typo":
        text = _swap_typo(name)
    elif style == "noaccent":
        text = _strip_accents(name)
    elif style == "mojibake":
        text = mojibake(name)
    elif style == "subnational" and iso == "GBR":
        text = "Scotland" if ev.get("hotspot") == "Glasgow" else "England"
    if text is None or text == name or not fits(text, src):
        return name, None
    return text, style


def _date(src: Source387, ts: pd.Timestamp, style: str) -> tuple[object, pd.Timestamp, str]:
    """Write a date in ``style``; return (cell, expected date, precision)."""
    lang = src.language
    m = ts.month - 1
    month_word = {"fr": _MONTHS_FR, "es": _MONTHS_ES}.get(lang, MONTHS)[m]
    if style in _MONTH_STYLES:
        first = ts.to_period("M").start_time
        if style == "month_iso":
            return ts.strftime("%Y-%m"), first, "month"
        text = f"{month_word} de {ts.year}" if lang == "es" else f"{month_word} {ts.year}"
        return text, first, "month"
    if style in _QUARTER_STYLES:
        return f"Q{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    day = ts.normalize()
    cell: object
    if style == "excel":
        cell = day.to_pydatetime()
    elif style == "dmy_long":
        day_word = "1er" if lang == "fr" and ts.day == 1 else str(ts.day)
        cell = (
            f"{ts.day} de {month_word} de {ts.year}"
            if lang == "es"
            else f"{day_word} {month_word} {ts.year}"
        )
    elif style == "dmy_mon_yy":
        cell = f"{ts.day:02d}-{MONTHS[m][:3]}-{ts.year % 100:02d}"
    elif style == "mdy":
        cell = ts.strftime("%m/%d/%Y")
    elif style == "iso":
        cell = ts.strftime("%Y-%m-%d")
    else:
        cell = ts.strftime("%d/%m/%Y")
    return cell, day, "day"


_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _count(src: Source387, value: int, rng: _Rng, col: str, tags: list[str]) -> object:
    """Write a count as the agency types it (digits, thousands separator, words)."""
    if src.thousands and value >= 1000 and rng.random() < 0.5:
        tags.append(f"thousands:{col}")
        return f"{value // 1000}{src.thousands}{value % 1000:03d}"
    if src.count_words and 1 <= value <= len(_NUMBER_WORDS) and rng.random() < 0.06:
        tags.append(f"count_word:{col}")
        word = _NUMBER_WORDS[value - 1]
        return word.capitalize() if rng.random() < 0.5 else word
    return value if src.format != "csv" else str(value)


def _list_join(parts: list[str], sep: str) -> str:
    if sep == " y " and len(parts) > 2:
        return ", ".join(parts[:-1]) + " y " + parts[-1]
    return sep.join(parts)


def _coords(src: Source387, lat: float, lon: float) -> tuple[dict[str, object], float, float]:
    """Write a point as the agency does; return (cells, expected lat, expected lon)."""
    d = src.decimals
    rlat, rlon = round(lat, d), round(lon, d)
    if src.coords == "pair_dot":
        return {"coordinates": f"{rlat:.{d}f}, {rlon:.{d}f}"}, rlat, rlon
    if src.coords == "pair_comma":
        text = f"{rlat:.{d}f}; {rlon:.{d}f}".replace(".", ",")
        return {"coordinates": text}, rlat, rlon
    if src.coords == "cols_comma":
        return (
            {"lat": f"{rlat:.{d}f}".replace(".", ","), "lon": f"{rlon:.{d}f}".replace(".", ",")},
            rlat,
            rlon,
        )
    return {"lat": rlat, "lon": rlon}, rlat, rlon


def _render(
    src: Source387,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    words = src.words

    # Date: a second report of a duplicated event always gives the day.
    options = src.dates
    if not partial_ok:
        options = tuple((k, p) for k, p in options if k in _DAY_STYLES)
    style = _weighted(rng, options)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(src, ts, style)
    if exp["date_precision"] != "day":
        tags.append("partial_date")
    elif style not in ("dmy", "excel", "mdy"):
        tags.append(f"date_{style}")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, words["crime_type"][crime])
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.no_exploitation) or None
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(rng, words["exploitation"][str(expl)])
        exp["exploitation"] = expl

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, persons, rng, "n_persons", tags)
        exp["n_persons"] = persons

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = choice(rng, src.unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and src.zero and r < 0.45:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, suspects, rng, "n_suspects", tags)
        exp["n_suspects"] = suspects

    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif r < 0.02:
        cells["gender"] = choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender:word")
    else:
        cells["gender"] = _word(rng, words["gender"][gender])
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col] = choice(rng, src.unknown)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _word(rng, words[col][value])
            exp[col] = value

    for col in _COUNTRY_COLS:
        iso = ev[col]
        r = rng.random()
        if forced_blank == col:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if col == "nationality" and r < 0.02:
            cells[col] = choice(rng, src.unknown)
            exp[col] = None
            tags.append("blank_nationality:word")
            continue
        if col in ("origin_country", "destination_country") and r < 0.04:
            if r < 0.02:
                cells[col] = None
                tags.append(f"empty:{col}")
            else:
                cells[col] = choice(rng, src.unknown)
                tags.append(f"unknown:{col}")
            exp[col] = None
            continue
        text, seen = _country(src, str(iso), _weighted(rng, src.countries[col]), ev, rng)
        if seen is not None:
            tags.append(f"{seen}:{col}")
        if rng.random() < 0.04 and seen not in _CODE_STYLES:
            text = f" {text}  " if rng.random() < 0.5 else text.lower()
            tags.append(f"case:{col}")
        cells[col] = text
        exp[col] = iso

    transit = ev["transit_countries"]
    if transit is None:
        direct = choice(rng, src.direct)
        if src.transit_sep == "[]":
            cells["transit_countries"] = []  # an empty JSON array
        elif direct:
            cells["transit_countries"] = direct
            tags.append("direct_word")
        else:
            cells["transit_countries"] = None
    else:
        parts = []
        for code in str(transit).split("|"):
            style = _weighted(rng, src.countries["transit"])
            text, seen = _country(src, code, style, ev, rng)
            parts.append(text)
            if seen is not None and f"{seen}:transit_countries" not in tags:
                tags.append(f"{seen}:transit_countries")
        joined: object = parts if src.transit_sep == "[]" else src.transit_sep.join(parts)
        cells["transit_countries"] = joined
    exp["transit_countries"] = transit

    if src.coords == "none":
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.03:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        pts, exp["lat"], exp["lon"] = _coords(src, float(ev["lat"]), float(ev["lon"]))  # type: ignore[arg-type]
        cells.update(pts)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        names = [_word(rng, words["linked_offences"][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = _list_join(names, src.offence_sep)
    exp["linked_offences"] = offences
    if src.mojibake_rows and rng.random() < src.mojibake_rows:
        garbled = False
        for col, cell in cells.items():
            bad = mojibake(cell) if isinstance(cell, str) else None
            if bad is not None and fits(bad, src):
                cells[col] = bad
                garbled = True
        if garbled:
            tags.append("mojibake:row")
    return cells, exp, tags


def _bad_date(src: Source387, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have, in the agency's order
        month = (2, 4, 6, 9, 11)[int(rng.integers(5))]
        day = 30 if month == 2 else 31
        if src.format == "jsonl":
            return f"{month:02d}/{day:02d}/{ts.year}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    future = ts + pd.DateOffset(years=10)  # the decade typed wrong: 2023 -> 2033
    if src.format == "xlsx":
        return future.to_pydatetime()
    return future.strftime("%m/%d/%Y" if src.format == "jsonl" else "%d/%m/%Y")


def _note_date(src: Source387, last: pd.Timestamp) -> object:
    """Write the date of the agency's note row (the day of its last case)."""
    if src.format == "xlsx":
        return last.normalize().to_pydatetime()
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Source387] = Examiner(
    sources=SOURCES_387,
    primary={
        "GBR": _LRSA.source,
        "FRA": _GRAVELINES.source,
        "ESP": _LPGC.source,
        "USA": _TAHIRIH.source,
    },
    compilation=_FMU.source,
    secondary={
        ("channel", "GBR"): _GRAVELINES.source,
        ("channel", "FRA"): _FMU.source,
        ("thb_vnm_gbr", "GBR"): _FMU.source,
        ("darien", "PAN"): _TAHIRIH.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=387,
    blank_share=0.5,
)


def make_blind387(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the ``blind387`` set: five civil-status and marriage desks.

    The register offices (``lrsa_registration``) report the events detected in the
    United Kingdom, the état civil of Gravelines those in France, the Registro Civil of
    Las Palmas those in Spain, the Tahirih Justice Center those in the United States and
    the Forced Marriage Unit (``fmu_gb``) every other one. Channel cases are reported a
    second time across the Channel, Viet Nam cases by the FMU and Darién crossings by
    Tahirih's clients' intake.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``lrsa_registration_ny.csv``, ``etat_civil_gravelines_ny.csv``,
        ``registro_civil_lpgc_ny.xlsx``, ``tahirih_fmi_ny.jsonl`` and ``fmu_gb_ny.csv``,
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind387(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['lrsa_registration_ny.csv', 'etat_civil_gravelines_ny.csv',
     'registro_civil_lpgc_ny.xlsx', 'tahirih_fmi_ny.jsonl', 'fmu_gb_ny.csv']
    >>> [(s.encoding, s.delimiter) for s in subs][:2]
    [('utf-16', '\t'), ('cp1252', ';')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° de signalement', 'Date des faits', 'Qualification']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
