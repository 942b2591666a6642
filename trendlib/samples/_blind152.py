"""Examiner sample set ``blind152`` (files ``*_ex.*``): South-East Asian liaison desks.

Five agencies of South-East Asia that forward the cases and interceptions of their
partners abroad, each writing the way its own desk works:

``pctc_manila_ex.jsonl``
    Philippine Center on Transnational Crime (PCTC), international desk, Manila.
    English (Philippine usage: "Trafficking in Persons", "Forced Labor"), JSON lines
    in UTF-8 from its case-management system: ISO alpha-3 (sometimes UN M49 numeric)
    country codes, ISO dates (a month ``2023-05`` or ``Q2 2023`` when the partner
    gave no day), positions in degrees and decimal minutes, counts as numbers or
    ``"45 pax"``. It compiles what no other desk reports (Italy, Greece, Croatia,
    Poland) and re-sends a few records of an earlier batch.
``lao_msp_paris_ex.csv``
    Police attaché of the Lao PDR embassy in Paris (Ministry of Public Security).
    French, cp1252, ``;``; day-first dates (``17/05/2023``, sometimes ``17/05/23``,
    ``mai 2023``, ``T2 2023``); French country names and feminine nationality
    adjectives (``afghane``), some garbled by a UTF-8 paste (``Ã‰rythrÃ©e``);
    decimal commas in separate latitude and longitude columns.
``jim_london_ex.xlsx``
    Immigration Department of Malaysia (Jabatan Imigresen), liaison officer at the
    High Commission in London. An Excel workbook with bilingual Malay / English
    headers and some bilingual values (``Lelaki / Male``); real Excel dates, a few
    typed as text; English country names and demonyms, some ISO alpha-2 codes;
    transit route written ``China > Russia > Poland``; re-sent rows.
``pnp_madrid_ex.csv``
    Police attaché of the Philippine National Police at the embassy in Madrid.
    Spanish (Spain), saved by Excel as "Unicode text": UTF-16 with a BOM, tab
    delimited; day-first dates (``mayo de 2023`` when only the month is known);
    Spanish legal wording (``delito contra los derechos de los ciudadanos
    extranjeros``, ``investigados``, sex ``H``/``M`` = hombre/mujer); ``1.234``
    thousands; one coordinates cell ``36,8312 / -2,4601``.
``imigrasi_mexico_ex.csv``
    Immigration attaché of Indonesia (Direktorat Jenderal Imigrasi) in Mexico City,
    covering Mexico, Central America and Panama. Mexican Spanish with Indonesian
    words (``No. Laporan``, ``TPPO``, ``beberapa``), UTF-8 with a BOM, ``,``;
    dates as Excel serial numbers or ``17/05/2023``; ``NNA`` for minors; ISO
    alpha-2 transit codes ``EC/CO``; ``N/D`` where a value is not available.

The ground truth says what a careful analyst reads in each cell: a count written
``N/D`` or ``n/k`` is no count (the record is kept), ``ninguno`` / ``nil`` suspects
are 0, an unknown or blank sex is ``unknown``, a "not applicable" age group or
transport mode is ``unknown``, a month or quarter is the first day of the period.
"""

from __future__ import annotations

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

__all__ = ["EXAMINER", "SOURCES", "Desk", "make_blind152"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish)
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
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumania"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Other names an agency of that language writes for a country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "IRN": ("Islamic Republic of Iran",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "CHN": ("PRC", "People's Republic of China"),
        "GMB": ("The Gambia",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "DEU": ("Federal Republic of Germany",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "Angleterre"),
        "USA": ("États-Unis d'Amérique", "USA"),
        "VNM": ("Vietnam",),
        "SYR": ("République arabe syrienne",),
        "RUS": ("Fédération de Russie",),
        "MKD": ("Macédoine",),
        "CIV": ("Côte-d'Ivoire",),
        "IRN": ("République islamique d'Iran",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "VNM": ("Viet Nam",),
        "RUS": ("Federación de Rusia",),
        "TUR": ("Türkiye",),
        "CHN": ("República Popular China",),
        "PAN": ("República de Panamá",),
        "CIV": ("Côte d'Ivoire",),
        "ROU": ("Rumanía",),
    },
}

#: Nationality adjectives (a French or Spanish clerk agrees them with "nationalité" /
#: "nacionalidad", feminine).
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "BGD": "Bangladeshi",
        "CHN": "Chinese",
        "CIV": "Ivorian",
        "CMR": "Cameroonian",
        "COL": "Colombian",
        "DZA": "Algerian",
        "ECU": "Ecuadorian",
        "EGY": "Egyptian",
        "ERI": "Eritrean",
        "GIN": "Guinean",
        "GMB": "Gambian",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "HTI": "Haitian",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "MAR": "Moroccan",
        "MEX": "Mexican",
        "MLI": "Malian",
        "NGA": "Nigerian",
        "PAK": "Pakistani",
        "ROU": "Romanian",
        "SEN": "Senegalese",
        "SYR": "Syrian",
        "TUN": "Tunisian",
        "TUR": "Turkish",
        "VEN": "Venezuelan",
        "VNM": "Vietnamese",
        "YEM": "Yemeni",
    },
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "BGD": "bangladaise",
        "CHN": "chinoise",
        "CIV": "ivoirienne",
        "CMR": "camerounaise",
        "DZA": "algérienne",
        "EGY": "égyptienne",
        "ERI": "érythréenne",
        "GIN": "guinéenne",
        "GMB": "gambienne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
        "MLI": "malienne",
        "NGA": "nigériane",
        "PAK": "pakistanaise",
        "ROU": "roumaine",
        "SEN": "sénégalaise",
        "SYR": "syrienne",
        "TUN": "tunisienne",
        "TUR": "turque",
        "VNM": "vietnamienne",
        "YEM": "yéménite",
    },
    "es": {
        "AFG": "afgana",
        "ALB": "albanesa",
        "BGD": "bangladesí",
        "CHN": "china",
        "CIV": "marfileña",
        "CMR": "camerunesa",
        "COL": "colombiana",
        "DZA": "argelina",
        "ECU": "ecuatoriana",
        "EGY": "egipcia",
        "GIN": "guineana",
        "GMB": "gambiana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "HTI": "haitiana",
        "MAR": "marroquí",
        "MEX": "mexicana",
        "MLI": "maliense",
        "NGA": "nigeriana",
        "ROU": "rumana",
        "SEN": "senegalesa",
        "SYR": "siria",
        "VEN": "venezolana",
        "VNM": "vietnamita",
    },
}

#: Small slips of the keyboard a careful reader still reads as the country.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "BGD": "Bangaldesh",
        "ERI": "Eritria",
        "PAK": "Pakisthan",
        "SYR": "Syira",
        "VEN": "Venezuala",
        "IRQ": "Irak",
        "GRC": "Grece",
        "VNM": "Veit Nam",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythree",
        "IRQ": "Iraq",
        "ALB": "Albannie",
        "SYR": "Syrei",
        "GBR": "Royaume Uni",
        "NGA": "Nigeria",
    },
    "es": {
        "VEN": "Venezula",
        "ECU": "Euador",
        "HTI": "Haiti",
        "COL": "Colomiba",
        "MEX": "Mexico",
        "MAR": "Marueccos",
        "ESP": "Espana",
        "GTM": "Guatemla",
        "HND": "Hondruas",
    },
}


# --------------------------------------------------------------------------------------
# Each desk's words: column -> canonical -> written forms (first = the usual one)
# --------------------------------------------------------------------------------------
_Words = dict[str, dict[str, tuple[str, ...]]]

_WORDS: dict[str, _Words] = {
    "pctc_manila": {
        "crime_type": {
            "trafficking": ("Trafficking in Persons", "TIP", "Qualified Trafficking in Persons"),
            "smuggling": ("Migrant Smuggling", "Smuggling of Migrants", "SOM"),
            "both": ("TIP / Migrant Smuggling", "TIP and SOM"),
        },
        "exploitation": {
            "sexual": ("Sexual Exploitation", "Prostitution"),
            "forced_labour": ("Forced Labor", "Labor Exploitation"),
            "forced_criminality": ("Forced Criminality", "Forced to commit crimes"),
            "organ_removal": ("Organ Removal", "Organ Trafficking"),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Others", "Other"),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & Female"),
        },
        "age_group": {
            "child": ("Minor", "Child"),
            "adult": ("Adult", "Adults"),
            "mixed": ("Adult & Minor", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Sea", "Maritime", "Sea (banca/boat)"),
            "land": ("Land", "Overland"),
            "air": ("Air", "By air"),
        },
        "linked_offences": {
            "document_fraud": ("Falsified travel documents", "Document fraud"),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering", "AMLA violation"),
            "illicit_goods": ("Illegal drugs", "Contraband"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    "lao_msp_paris": {
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": ("trafic de migrants", "aide à l'entrée irrégulière"),
            "both": ("traite et trafic de migrants", "TEH + trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("femmes", "F", "féminin"),
            "male": ("hommes", "H", "masculin"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineurs", "MNA", "mineur"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("maritime", "small boat", "embarcation"),
            "land": ("routier", "poids lourd", "à pied"),
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
    "jim_london": {
        "crime_type": {
            "trafficking": (
                "Trafficking in persons (ATIPSOM)",
                "Pemerdagangan orang / TIP",
                "TIP",
            ),
            "smuggling": (
                "Smuggling of migrants (ATIPSOM)",
                "Penyeludupan migran / SOM",
                "SOM",
            ),
            "both": ("TIP & SOM", "Pemerdagangan & penyeludupan / TIP & SOM"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Eksploitasi seks / Sexual"),
            "forced_labour": (
                "Forced labour",
                "Buruh paksa / Forced labour",
                "Labour exploitation",
            ),
            "forced_criminality": (
                "Forced criminality",
                "Forced criminality (cannabis cultivation)",
            ),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other", "Lain-lain / Other"),
        },
        "gender": {
            "female": ("Female", "Perempuan / Female", "F"),
            "male": ("Male", "Lelaki / Male", "M"),
            "mixed": ("Mixed", "Campuran / Mixed"),
        },
        "age_group": {
            "child": ("Minor", "Kanak-kanak / Child", "Under 18"),
            "adult": ("Adult", "Dewasa / Adult"),
            "mixed": ("Mixed", "Adults and minors"),
        },
        "transport_mode": {
            "sea": ("Sea", "Small boat", "Laut / Sea"),
            "land": ("Land", "Lorry", "Darat / Land"),
            "air": ("Air", "Udara / Air"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "forged documents"),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    "pnp_madrid": {
        "crime_type": {
            "trafficking": ("trata de seres humanos", "TSH", "trata"),
            "smuggling": (
                "favorecimiento de la inmigración irregular",
                "delito contra los derechos de los ciudadanos extranjeros",
                "tráfico ilícito de migrantes",
            ),
            "both": ("trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("mujeres", "M", "femenino"),
            "male": ("hombres", "H", "masculino"),
            "mixed": ("mixto", "H/M"),
        },
        "age_group": {
            "child": ("menores", "MENA", "menor de edad"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "patera", "cayuco", "neumática"),
            "land": ("terrestre", "a pie", "vehículo"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    "imigrasi_mexico": {
        "crime_type": {
            "trafficking": ("trata de personas", "trata de personas (TPPO)"),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes (penyelundupan)"),
            "both": ("trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otro",),
        },
        "gender": {
            "female": ("mujer", "femenino", "F"),
            "male": ("hombre", "masculino"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "child": ("menores", "NNA"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "lancha"),
            "land": ("terrestre", "tractocamión", "a pie", "autobús"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("uso de documento falso", "falsificación de documentos"),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delitos cibernéticos",),
            "terrorism": ("terrorismo",),
        },
    },
}


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One desk: what the shared machinery reads, plus how the desk writes its cells.

    Attributes
    ----------
    day_styles : tuple of (str, float)
        How a full date is written, with weights: ``"dmy"`` (``17/05/2023``),
        ``"dmy2"`` (``17/05/23``), ``"iso"``, ``"xl"`` (a real Excel date),
        ``"serial"`` (Excel serial number as text).
    month_style, quarter_style : str
        :meth:`str.format` patterns of a month-only or quarter-only date (fields
        ``y``, ``m`` (number), ``month`` (name in the desk's language), ``q``);
        an empty pattern means the desk never writes one.
    month_share, quarter_share : float
        Shares of rows dated by month or quarter only (never both reports of a
        duplicated event).
    country_styles, nationality_styles : tuple of (str, float)
        How a country is written (``"name"``, ``"upper"``, ``"lower"``, ``"iso3"``,
        ``"iso2"``, ``"numeric"``, ``"alias"``, ``"typo"``, ``"mojibake"``,
        ``"demonym"``), with weights.
    transit_style, transit_sep : str
        Style and separator of the transit countries, in route order.
    offence_sep : str
        Separator of linked offences.
    coords : str
        ``"ddm"`` (one cell, degrees and decimal minutes), ``"comma_cols"`` (two
        columns, decimal comma), ``"num_cols"`` (two numeric columns),
        ``"pair_comma"`` (one cell ``lat / lon`` with decimal commas) or
        ``"dot_cols"`` (two text columns, decimal point).
    thousands : str
        Thousands separator of counts of 1,000 and more.
    unknown, na_words, count_placeholders, zero_words : tuple of str
        Words for an unknown sex or nationality, a "not applicable" category, a
        count not known, and no suspects.
    coord_placeholder : str or None
        Word written in the coordinates when they are not available.
    expl_na : str or None
        What the desk writes as exploitation of a pure smuggling case (None: blank).
    """

    day_styles: tuple[tuple[str, float], ...]
    month_style: str
    quarter_style: str
    month_share: float
    quarter_share: float
    country_styles: tuple[tuple[str, float], ...]
    nationality_styles: tuple[tuple[str, float], ...]
    transit_style: str
    transit_sep: str
    offence_sep: str
    coords: str
    thousands: str
    unknown: tuple[str, ...]
    na_words: tuple[str, ...]
    count_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    coord_placeholder: str | None
    expl_na: str | None


_EN_MONTHS = MONTHS
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
_MONTH_NAMES = {"en": _EN_MONTHS, "fr": _FR_MONTHS, "es": _ES_MONTHS}

PCTC = Desk(
    source="pctc_manila",
    filename="pctc_manila_ex.jsonl",
    ref="PCTC-IDS-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "pctc_ref",
        "event_date": "incident_date",
        "crime_type": "offense",
        "exploitation": "exploitation_type",
        "n_persons": "victims_or_migrants",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_bracket",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country_of_interception",
        "transit_countries": "transit_route",
        "transport_mode": "mode_of_travel",
        "coordinates": "position",
        "linked_offences": "related_offenses",
    },
    note="NOTE: consolidated from partner notifications; subject to validation",
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=True,
    day_styles=(("iso", 1.0),),
    month_style="{y}-{m:02d}",
    quarter_style="Q{q} {y}",
    month_share=0.05,
    quarter_share=0.03,
    country_styles=(
        ("iso3", 0.7),
        ("upper", 0.15),
        ("numeric", 0.05),
        ("alias", 0.05),
        ("name", 0.05),
    ),
    nationality_styles=(
        ("iso3", 0.55),
        ("upper", 0.2),
        ("demonym", 0.15),
        ("alias", 0.05),
        ("typo", 0.05),
    ),
    transit_style="iso3",
    transit_sep="-",
    offence_sep="; ",
    coords="ddm",
    thousands=",",
    unknown=("Unknown", "UNK"),
    na_words=("N/A", "Not applicable"),
    count_placeholders=("UNK", "TBD"),
    zero_words=("NIL", "None"),
    coord_placeholder=None,
    expl_na="N/A",
)

LAO = Desk(
    source="lao_msp_paris",
    filename="lao_msp_paris_ex.csv",
    ref="MSP/PAR/{seq:03d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de dossier",
        "event_date": "Date des faits",
        "crime_type": "Nature de l'infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    note="Renseignements transmis par les services partenaires - diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "une dizaine"),
    repeats=False,
    day_styles=(("dmy", 0.88), ("dmy2", 0.12)),
    month_style="{month} {y}",
    quarter_style="T{q} {y}",
    month_share=0.06,
    quarter_share=0.03,
    country_styles=(
        ("name", 0.72),
        ("upper", 0.1),
        ("mojibake", 0.1),
        ("alias", 0.04),
        ("typo", 0.04),
    ),
    nationality_styles=(
        ("demonym", 0.5),
        ("name", 0.25),
        ("mojibake", 0.12),
        ("upper", 0.08),
        ("typo", 0.05),
    ),
    transit_style="name",
    transit_sep=", ",
    offence_sep=" + ",
    coords="comma_cols",
    thousands="\u00a0",
    unknown=("inconnu", "NC"),
    na_words=("sans objet", "s.o."),
    count_placeholders=("NC", "inconnu"),
    zero_words=("aucun", "néant"),
    coord_placeholder=None,
    expl_na=None,
)

JIM = Desk(
    source="jim_london",
    filename="jim_london_ex.xlsx",
    ref="JIM/LDN/{year}/{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "No. Rujukan / Ref. No.",
        "event_date": "Tarikh Kejadian / Date of Incident",
        "crime_type": "Jenis Kesalahan / Offence",
        "exploitation": "Bentuk Eksploitasi / Exploitation",
        "n_persons": "Bil. Mangsa atau Migran / No. of Victims or Migrants",
        "n_suspects": "Bil. Suspek / No. of Suspects",
        "gender": "Jantina / Sex",
        "age_group": "Kategori Umur / Age Group",
        "nationality": "Warganegara / Nationality",
        "origin_country": "Negara Asal / Country of Origin",
        "destination_country": "Destinasi / Destination",
        "detection_country": "Negara Pengesanan / Country of Detection",
        "transit_countries": "Laluan Transit / Transit Route",
        "transport_mode": "Mod Pengangkutan / Mode of Transport",
        "lat": "Latitud / Latitude",
        "lon": "Longitud / Longitude",
        "linked_offences": "Kesalahan Berkaitan / Related Offences",
    },
    note="Sumber: agensi rakan UK / Source: UK partner agencies. Provisional figures.",
    total="Jumlah / Total",
    bad_count=("several", "ramai / many"),
    repeats=True,
    day_styles=(("xl", 0.85), ("dmy", 0.15)),
    month_style="{month} {y}",
    quarter_style="Q{q} {y}",
    month_share=0.05,
    quarter_share=0.03,
    country_styles=(
        ("name", 0.75),
        ("alias", 0.1),
        ("iso2", 0.08),
        ("upper", 0.04),
        ("typo", 0.03),
    ),
    nationality_styles=(
        ("demonym", 0.6),
        ("name", 0.25),
        ("alias", 0.05),
        ("typo", 0.05),
        ("upper", 0.05),
    ),
    transit_style="name",
    transit_sep=" > ",
    offence_sep=", ",
    coords="num_cols",
    thousands=",",
    unknown=("Not known", "Tidak diketahui / Unknown"),
    na_words=("N/A", "Tidak berkenaan / N/A"),
    count_placeholders=("n/k", "Not known"),
    zero_words=("nil", "Tiada / nil"),
    coord_placeholder=None,
    expl_na=None,
)

PNP = Desk(
    source="pnp_madrid",
    filename="pnp_madrid_ex.csv",
    ref="AGR-MAD-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Ref.",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales facilitados por las autoridades españolas",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    day_styles=(("dmy", 1.0),),
    month_style="{month} de {y}",
    quarter_style="",
    month_share=0.07,
    quarter_share=0.0,
    country_styles=(
        ("name", 0.78),
        ("upper", 0.1),
        ("alias", 0.05),
        ("typo", 0.04),
        ("iso3", 0.03),
    ),
    nationality_styles=(("demonym", 0.55), ("name", 0.3), ("upper", 0.08), ("typo", 0.07)),
    transit_style="name",
    transit_sep=" - ",
    offence_sep=" / ",
    coords="pair_comma",
    thousands=".",
    unknown=("desconocido", "s/d"),
    na_words=("no procede", "N/P"),
    count_placeholders=("s/d", "sin determinar"),
    zero_words=("ninguno", "sin investigados"),
    coord_placeholder="s/d",
    expl_na=None,
)

IMIGRASI = Desk(
    source="imigrasi_mexico",
    filename="imigrasi_mexico_ex.csv",
    ref="IMI-MEX/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. Laporan (Folio)",
        "event_date": "Fecha del evento",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Núm. de personas",
        "n_suspects": "Núm. de probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Catatan / Nota: cifras preliminares, sujetas a validación",
    total="Total",
    bad_count=("varios", "beberapa"),
    repeats=False,
    day_styles=(("serial", 0.65), ("dmy", 0.35)),
    month_style="{m:02d}/{y}",
    quarter_style="",
    month_share=0.05,
    quarter_share=0.0,
    country_styles=(
        ("name", 0.7),
        ("iso2", 0.12),
        ("upper", 0.08),
        ("alias", 0.05),
        ("typo", 0.05),
    ),
    nationality_styles=(("demonym", 0.5), ("name", 0.3), ("upper", 0.1), ("typo", 0.1)),
    transit_style="iso2",
    transit_sep="/",
    offence_sep=", ",
    coords="dot_cols",
    thousands=",",
    unknown=("N/D", "se desconoce"),
    na_words=("no aplica",),
    count_placeholders=("N/D", "por confirmar"),
    zero_words=("ninguno",),
    coord_placeholder="N/D",
    expl_na=None,
)

#: The five desks, in the order of the submissions.
SOURCES: tuple[Desk, ...] = (PCTC, LAO, JIM, PNP, IMIGRASI)

# Shares of rows carrying each kind of gap or wording.
_COUNT_PLACEHOLDER = 0.015
_SUSPECTS_PLACEHOLDER = 0.015
_ZERO_WORD = 0.5
_UNKNOWN_SEX = 0.015
_UNKNOWN_NATIONALITY = 0.01
_NA_WORD = 0.012
_NO_COORDS = 0.04
_COORD_PLACEHOLDER = 0.02
_CASE = 0.04
_SPACING = 0.03
_PAX = 0.05
#: Desk -> share of its rows pasted in from a partner's UTF-8 export read as cp1252
#: (every accented cell of the row garbled: ``aide Ã  l'entrÃ©e irrÃ©guliÃ¨re``).
_GARBLED_ROWS = {"lao_msp_paris": 0.12}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    keys = [k for k, _ in options]
    w = np.array([p for _, p in options], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual form 60 % of the time, another one otherwise."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _country(src: Desk, iso: str, style: str) -> tuple[str, str | None]:
    """Write a country in ``style``; return (text, tag or None if plain)."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    text: str | None
    if style == "iso3":
        text = iso
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "numeric":
        text = iso_codes(iso)[1]
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "alias":
        forms = _ALIASES[lang].get(iso)
        text = forms[0] if forms else None
    elif style == "typo":
        text = _TYPOS[lang].get(iso)
    elif style == "mojibake":
        text = mojibake(name)
    elif style == "demonym":
        text = _DEMONYMS[lang].get(iso)
    else:
        text = None
    if text is None or not fits(text, src):
        return name, None
    return text, (None if style == "name" else style)


def _country_cell(
    src: Desk, iso: str, rng: _Rng, tags: list[str], styles: tuple[tuple[str, float], ...]
) -> str:
    style = _weighted(rng, styles)
    if style == "alias":  # pick among the desk's aliases
        forms = _ALIASES[src.language].get(iso, ())
        if len(forms) > 1:
            text = forms[int(rng.integers(len(forms)))]
            tags.append("alias")
            return _spacing(text, rng, tags)
    text, tag = _country(src, iso, style)
    if tag is not None:
        tags.append(tag)
    return _spacing(text, rng, tags)


def _spacing(text: str, rng: _Rng, tags: list[str]) -> str:
    if rng.random() < _SPACING:
        tags.append("spacing")
        return choice(rng, (f" {text}", f"{text} ", f"  {text}"))
    return text


def _vocab(src: Desk, column: str, value: str, rng: _Rng, tags: list[str]) -> str:
    text = _word(rng, _WORDS[src.source][column][value])
    r = rng.random()
    if r < _CASE / 2:
        tags.append("case")
        return text.upper()
    if r < _CASE:
        tags.append("case")
        return text.lower()
    return text


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _day_cell(src: Desk, ts: pd.Timestamp, style: str) -> object:
    if style == "xl":
        return ts.to_pydatetime()
    if style == "serial":
        return str(_excel_serial(ts))
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    return ts.strftime("%d/%m/%Y")


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    r = rng.random()
    names = _MONTH_NAMES[src.language]
    fields = {"y": ts.year, "m": ts.month, "month": names[ts.month - 1], "q": ts.quarter}
    if partial_ok and src.month_style and r < src.month_share:
        tags.append("month_only")
        return src.month_style.format(**fields), ts.to_period("M").start_time, "month"
    if partial_ok and src.quarter_style and r < src.month_share + src.quarter_share:
        tags.append("quarter_only")
        return src.quarter_style.format(**fields), ts.to_period("Q").start_time, "quarter"
    style = _weighted(rng, src.day_styles)
    if style in ("serial", "dmy2"):
        tags.append("excel_serial" if style == "serial" else "two_digit_year")
    return _day_cell(src, ts, style), ts.normalize(), "day"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        y = ts.year
        return {
            "pctc_manila": f"{y}-02-30",
            "lao_msp_paris": f"30/02/{y}",
            "jim_london": f"31/04/{y}",
            "pnp_madrid": f"30/02/{y}",
            "imigrasi_mexico": "#¡VALOR!",
        }[src.source]
    # the year keyed one decade on (2023 -> 2033)
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    future = pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)
    style = src.day_styles[0][0]
    return _day_cell(src, future, style)


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the date written on the desk's note row: the day of its last row."""
    return _day_cell(src, last, src.day_styles[0][0])


def _count_cell(src: Desk, value: int) -> object:
    """Return a count as the desk's tool stores it: a number (workbook, JSON) or text."""
    if src.format in ("xlsx", "jsonl"):
        return value
    if value >= 1000:
        return f"{value:,}".replace(",", src.thousands)
    return str(value)


def _persons(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    if rng.random() < _COUNT_PLACEHOLDER:
        tags.append("count_placeholder")
        return choice(rng, src.count_placeholders), None
    if n >= 1000 and src.format == "csv":
        tags.append("thousands")
    if src.source == "pctc_manila" and rng.random() < _PAX:  # typed in by hand
        tags.append("count_unit")
        return f"{n:,} pax" if n >= 1000 else f"{n} pax", n
    return _count_cell(src, n), n


def _suspects(
    src: Desk, n: int | None, rng: _Rng, forced: str | None, tags: list[str]
) -> tuple[object, int | None]:
    if forced == "n_suspects":
        tags.append("blank_n_suspects")
        return None, None
    if n is None:
        return None, None
    if rng.random() < _SUSPECTS_PLACEHOLDER:
        tags.append("suspects_placeholder")
        return choice(rng, src.count_placeholders), None
    if n == 0 and rng.random() < _ZERO_WORD:
        tags.append("zero_word")
        return choice(rng, src.zero_words), 0
    return _count_cell(src, n), n


def _minutes(value: float, pos: str, neg: str, width: int) -> str:
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    return f"{deg:0{width}d}°{minutes:05.2f}'{hemi}"


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, forced: str | None, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    both = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    if forced == "coordinates":
        tags.append("blank_coordinates")
        return dict.fromkeys(both), None, None
    r = rng.random()
    if r < _NO_COORDS:
        tags.append("coords_missing")
        return dict.fromkeys(both), None, None
    if src.coord_placeholder is not None and r < _NO_COORDS + _COORD_PLACEHOLDER:
        tags.append("coords_placeholder")
        return dict.fromkeys(both, src.coord_placeholder), None, None
    if src.coords == "ddm":
        tags.append("ddm")
        text = f"{_minutes(lat, 'N', 'S', 2)} {_minutes(lon, 'E', 'W', 3)}"
        la, lo = _ddm_value(lat), _ddm_value(lon)
        return {"coordinates": text}, la, lo
    if src.coords == "pair_comma":
        la, lo = round(lat, 4), round(lon, 4)
        tags.append("decimal_comma")
        text = f"{la:.4f} / {lo:.4f}".replace(".", ",")
        return {"coordinates": text}, la, lo
    la, lo = round(lat, 4), round(lon, 4)
    if src.coords == "num_cols":
        return {"lat": la, "lon": lo}, la, lo
    if src.coords == "comma_cols":
        tags.append("decimal_comma")
        return {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")}, la, lo
    return {"lat": f"{la:.4f}", "lon": f"{lo:.4f}"}, la, lo


def _ddm_value(value: float) -> float:
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 2)
    out = deg + minutes / 60
    return round(out if value >= 0 else -out, 6)


def _transit(src: Desk, route: str, rng: _Rng, tags: list[str]) -> str:
    parts = []
    for iso in route.split("|"):
        if src.transit_style == "iso3":
            parts.append(iso)
        elif src.transit_style == "iso2":
            parts.append(iso_codes(iso)[0])
        else:
            parts.append(_NAMES[iso][_LANG[src.language]])
    tags.append(f"transit_{src.transit_style}")
    return src.transit_sep.join(parts)


def _offences(src: Desk, value: str, rng: _Rng) -> str:
    words = _WORDS[src.source]["linked_offences"]
    return src.offence_sep.join(_word(rng, words[v]) for v in value.split("|"))


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.expl_na
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _vocab(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"] = _persons(
        src,
        int(ev["n_persons"]),  # type: ignore[call-overload]
        rng,
        tags,
    )
    sus = ev["n_suspects"]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        None if sus is None else int(sus),  # type: ignore[call-overload]
        rng,
        forced_blank,
        tags,
    )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < _UNKNOWN_SEX:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
    else:
        cells["gender"], exp["gender"] = _vocab(src, "gender", gender, rng, tags), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < _NA_WORD:
            tags.append("na_word")
            cells[col], exp[col] = choice(rng, src.na_words), "unknown"
        else:
            cells[col], exp[col] = _vocab(src, col, value, rng, tags), value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif rng.random() < _UNKNOWN_NATIONALITY:
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
    else:
        cells["nationality"] = _country_cell(src, nat, rng, tags, src.nationality_styles)
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        cells[col] = _country_cell(src, iso, rng, tags, src.country_styles)
        exp[col] = iso

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country_cell(src, det, rng, tags, src.country_styles)
        exp["detection_country"] = det

    route = ev["transit_countries"]
    cells["transit_countries"] = None if route is None else _transit(src, str(route), rng, tags)
    exp["transit_countries"] = route

    mode_cells, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank,
        tags,
    )
    cells.update(mode_cells)

    offences = ev["linked_offences"]
    cells["linked_offences"] = None if offences is None else _offences(src, str(offences), rng)
    exp["linked_offences"] = offences
    if rng.random() < _GARBLED_ROWS.get(src.source, 0.0):
        garbled = {k: mojibake(v) for k, v in cells.items() if isinstance(v, str)}
        cells.update({k: v for k, v in garbled.items() if v is not None})
        if any(v is not None for v in garbled.values()) and "mojibake" not in tags:
            tags.append("mojibake")
    return cells, exp, tags


#: Detection country -> the desk that first reports its events.
_PRIMARY = {
    "FRA": "lao_msp_paris",
    "GBR": "jim_london",
    "ESP": "pnp_madrid",
    "PAN": "imigrasi_mexico",
    "USA": "imigrasi_mexico",
}
#: (corridor, detection country) -> the desk that may report the event again.
_SECONDARY = {
    ("channel", "FRA"): "jim_london",
    ("channel", "GBR"): "lao_msp_paris",
    ("thb_vnm_gbr", "GBR"): "pctc_manila",
    ("thb_nga_ita", "ITA"): "lao_msp_paris",
    ("thb_rou_esp", "ITA"): "pnp_madrid",
    ("thb_rou_esp", "ESP"): "pctc_manila",
    ("wmed", "ESP"): "pctc_manila",
    ("watl", "ESP"): "pctc_manila",
    ("darien", "PAN"): "pctc_manila",
    ("us_mex", "USA"): "pctc_manila",
}

#: The variant: its desks, routing and way of writing a cell.
EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="pctc_manila",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=152,
    blank_share=0.3,
)


def make_blind152(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five South-East Asian liaison desks' submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``pctc_manila_ex.jsonl`` (English, UTF-8), ``lao_msp_paris_ex.csv`` (French,
        cp1252, ``;``), ``jim_london_ex.xlsx`` (Malay / English), ``pnp_madrid_ex.csv``
        (Spanish, UTF-16, tab) and ``imigrasi_mexico_ex.csv`` (Spanish, UTF-8 with BOM,
        ``,``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind152(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pctc_manila_ex.jsonl', 'lao_msp_paris_ex.csv', 'jim_london_ex.xlsx',
     'pnp_madrid_ex.csv', 'imigrasi_mexico_ex.csv']
    >>> [s.encoding for s in subs[3:]], subs[4].delimiter
    (['utf-16', 'utf-8-sig'], ',')
    >>> subs[1].frame.columns[:2].tolist()
    ['N° de dossier', 'Date des faits']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
