"""Examiner-written held-out sample set ``blind11`` (files ``*_m.*``).

Five sources, none used by an earlier sample set, each writing the true events its own
way. The wording below (headers, value words, country names, demonyms, typos, date,
number and coordinate styles) was written from how these agencies write, without
knowledge of the cleaner's tables.

``gdf_aeronavale_m.xlsx``
    Guardia di Finanza, Comando Operativo Aeronavale (Italy), international desk:
    English with Italian slips (``Libia``, ``Turchia``, ``bengalese``), legal bases in
    the offence column (``art. 12 TUI``, ``art. 601 c.p.``, ``caporalato``), protocol
    numbers; real Excel dates, some text ``dd/mm/yyyy`` and ``dd.mm.yyyy`` dates,
    ``03/2022`` and ``Q2 2022`` partial dates; counts as numbers, a few ``1.250``
    thousands; separate numeric latitude/longitude; an extra ``Reporting unit`` column.
    Primary for Italy; second reports of the Aegean, Balkan and Romania-Spain events.
``premar_manche_m.csv``
    Préfecture maritime de la Manche et de la mer du Nord (France): French, UTF-8 with
    BOM, ``;``; ``dd/mm/yyyy`` dates, some with a time (``14/03/2022 04h35``) or the
    month spelt out (``3 mars 2022``), ``mars 2022`` and ``T1 2022`` / ``1er trimestre
    2022`` partial dates; ``1 250`` thousands with a (narrow) no-break space; one
    position cell in degrees and decimal minutes with a decimal comma
    (``50°57,35'N 001°35,20'E``); French names, feminine or masculine demonyms,
    mojibake (``SÃ©nÃ©gal``), ``TEH`` for trafficking, ``néant`` / ``NC`` words and a
    ``Moyen engagé`` column. Primary for France; second reports of the UK Channel events.
``citco_interior_m.csv``
    Spanish Ministry of the Interior, CITCO: Spanish, cp1252, ``;``; ``dd/mm/yyyy`` and
    ``d/m/yy`` dates, ``marzo 2022`` and INE-style ``2022T1`` / ``1.º trimestre 2022``
    partial dates; ``1.250`` thousands; separate latitude/longitude with a decimal comma;
    masculine demonyms, penal-code wording (``art. 318 bis CP``, ``cohecho``), boat words
    (``patera``, ``cayuco``), ``No consta`` placeholders. Primary for Spain; second
    reports of the Romania-Spain events detected in Italy.
``migracion_colombia_m.csv``
    Migración Colombia, binational Darién desk: Spanish (Colombian), latin-1, ``|``;
    ``yyyy/mm/dd`` and ``yyyy-mm-dd`` dates, ``2022/03`` and ``I trimestre 2022``
    partial dates; ``S/D`` placeholders; ``NNA`` for children; ISO alpha-2 codes beside
    country names; one coordinate cell in degrees, minutes, seconds
    (``8°24'56.3"N 77°30'12.1"W``). Primary for Panama.
``unodc_osm_m.jsonl``
    UNODC Observatory on Smuggling of Migrants, incident compilation: English JSON lines
    (UTF-8); ISO dates or ``14 March 2022``, ``2022-03`` and ``2022-Q1`` partial dates;
    ISO alpha-3 codes for citizenship and country of incident, English names elsewhere,
    transit routes as JSON arrays of ISO codes, ``approx. 40`` counts, coordinates
    rounded to four decimals, null or ``n/a`` when not given. Reports every event the
    others do not, and the second reports of the Mediterranean, Atlantic, Channel and
    Darién events.

Every source writes a note row (but the JSON lines export), a total row and an empty row
(CSV); bad rows are those of :data:`trendlib.samples._examiner.BAD_KINDS`. Only the
Channel desk re-sends rows (exact repeats).
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

__all__ = ["BLIND11_SOURCES", "Blind11Source", "make_blind11"]

_Rng = np.random.Generator
Forms = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Blind11Source(ExaminerSource):
    """One ``blind11`` source: the shared fields plus its own wording.

    Attributes
    ----------
    countries : mapping
        ISO alpha-3 code -> the ways the source writes the country's name.
    demonyms : mapping
        ISO alpha-3 code -> the ways it writes a nationality (empty: country names).
    slips : mapping
        ISO alpha-3 code -> a name or demonym slipping in from the clerk's own language.
    typos : mapping
        A correct form -> a realistic misspelling of it.
    vocab : mapping
        Column (``crime_type``, ``exploitation``, ``gender``, ``gender_one``,
        ``age_group``, ``transport_mode``, ``linked_offences``) -> value -> wordings.
    none_words : mapping
        Column (``exploitation``, ``transit_countries``, ``linked_offences``) -> what
        the source writes when there is nothing.
    list_sep : str
        Separator of transit countries (``""``: a JSON array of ISO codes).
    offence_sep : str
        Separator of linked offences.
    count_placeholder : tuple of str
        A count cell saying "not known" (the event stays, with no count).
    zero_words : tuple of str
        A suspects cell saying "none".
    na_words : tuple of str
        An age-group or transport cell saying "not recorded / not applicable".
    date_style : str
        Key of the date writer.
    coord_style : str
        ``"number"``, ``"decimal_comma"``, ``"ddm"``, ``"dms"`` or ``"rounded"``.
    thousands : tuple of str
        Thousands separators of large counts written as text.
    iso_columns : tuple of str
        Country columns written as ISO alpha-3 codes.
    units : tuple of str
        Values of the extra column ``unit`` (if the source has one).
    partial : tuple of float
        Shares of month and quarter dates among rows that may be partial.
    mess : float
        Share of country cells written with a typo, a code, mojibake or in capitals.
    """

    countries: Forms
    demonyms: Forms
    slips: Mapping[str, str]
    typos: Mapping[str, str]
    vocab: Mapping[str, Forms]
    none_words: Forms
    list_sep: str
    offence_sep: str
    count_placeholder: tuple[str, ...]
    zero_words: tuple[str, ...]
    na_words: tuple[str, ...]
    date_style: str
    coord_style: str
    thousands: tuple[str, ...]
    iso_columns: tuple[str, ...]
    units: tuple[str, ...]
    partial: tuple[float, float]
    mess: float


# --------------------------------------------------------------------------------------
# Country names and demonyms
# --------------------------------------------------------------------------------------
_EN: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China", "PR China"),
    "CIV": ("Côte d'Ivoire", "Ivory Coast"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK"),
    "GIN": ("Guinea", "Guinea-Conakry"),
    "GMB": ("Gambia", "The Gambia"),
    "GRC": ("Greece",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IRN": ("Iran",),
    "IRQ": ("Iraq",),
    "ITA": ("Italy",),
    "LBY": ("Libya",),
    "MAR": ("Morocco",),
    "MEX": ("Mexico",),
    "MKD": ("North Macedonia",),
    "MLI": ("Mali",),
    "MRT": ("Mauritania",),
    "NER": ("Niger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Poland",),
    "ROU": ("Romania",),
    "RUS": ("Russia", "Russian Federation"),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("United States", "USA"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan",),
    "ALB": ("Albanian",),
    "BGD": ("Bangladeshi",),
    "CHN": ("Chinese",),
    "CIV": ("Ivorian",),
    "CMR": ("Cameroonian",),
    "COL": ("Colombian",),
    "DZA": ("Algerian",),
    "ECU": ("Ecuadorian",),
    "EGY": ("Egyptian",),
    "ERI": ("Eritrean",),
    "GIN": ("Guinean",),
    "GMB": ("Gambian",),
    "GTM": ("Guatemalan",),
    "HND": ("Honduran",),
    "HTI": ("Haitian",),
    "IRN": ("Iranian",),
    "IRQ": ("Iraqi",),
    "MAR": ("Moroccan",),
    "MEX": ("Mexican",),
    "MLI": ("Malian",),
    "NGA": ("Nigerian",),
    "PAK": ("Pakistani",),
    "ROU": ("Romanian",),
    "SEN": ("Senegalese",),
    "SYR": ("Syrian",),
    "TUN": ("Tunisian",),
    "TUR": ("Turkish",),
    "VEN": ("Venezuelan",),
    "VNM": ("Vietnamese",),
    "YEM": ("Yemeni",),
}
_FR: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire",),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DEU": ("Allemagne",),
    "DZA": ("Algérie",),
    "ECU": ("Équateur",),
    "EGY": ("Égypte",),
    "ERI": ("Érythrée",),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Royaume-Uni", "Angleterre"),
    "GIN": ("Guinée", "Guinée-Conakry"),
    "GMB": ("Gambie",),
    "GRC": ("Grèce",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatie",),
    "HTI": ("Haïti",),
    "HUN": ("Hongrie",),
    "IRN": ("Iran",),
    "IRQ": ("Irak",),
    "ITA": ("Italie",),
    "LBY": ("Libye",),
    "MAR": ("Maroc",),
    "MEX": ("Mexique",),
    "MKD": ("Macédoine du Nord",),
    "MLI": ("Mali",),
    "MRT": ("Mauritanie",),
    "NER": ("Niger",),
    "NGA": ("Nigeria", "Nigéria"),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Pologne",),
    "ROU": ("Roumanie",),
    "RUS": ("Russie",),
    "SEN": ("Sénégal",),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis",),
    "VEN": ("Venezuela", "Vénézuela"),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
_FR_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan", "afghane"),
    "ALB": ("Albanais", "albanaise"),
    "BGD": ("Bangladais", "bangladaise"),
    "CHN": ("Chinois", "chinoise"),
    "CIV": ("Ivoirien", "ivoirienne"),
    "CMR": ("Camerounais", "camerounaise"),
    "COL": ("Colombien", "colombienne"),
    "DZA": ("Algérien", "algérienne"),
    "ECU": ("Équatorien", "équatorienne"),
    "EGY": ("Égyptien", "égyptienne"),
    "ERI": ("Érythréen", "érythréenne"),
    "GIN": ("Guinéen", "guinéenne"),
    "GMB": ("Gambien", "gambienne"),
    "GTM": ("Guatémaltèque",),
    "HND": ("Hondurien", "hondurienne"),
    "HTI": ("Haïtien", "haïtienne"),
    "IRN": ("Iranien", "iranienne"),
    "IRQ": ("Irakien", "irakienne"),
    "MAR": ("Marocain", "marocaine"),
    "MEX": ("Mexicain", "mexicaine"),
    "MLI": ("Malien", "malienne"),
    "NGA": ("Nigérian", "nigériane"),
    "PAK": ("Pakistanais", "pakistanaise"),
    "ROU": ("Roumain", "roumaine"),
    "SEN": ("Sénégalais", "sénégalaise"),
    "SYR": ("Syrien", "syrienne"),
    "TUN": ("Tunisien", "tunisienne"),
    "TUR": ("Turc", "turque"),
    "VEN": ("Vénézuélien", "vénézuélienne"),
    "VNM": ("Vietnamien", "vietnamienne"),
    "YEM": ("Yéménite",),
}
_ES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
    "BLR": ("Bielorrusia",),
    "CHN": ("China",),
    "CIV": ("Costa de Marfil",),
    "CMR": ("Camerún",),
    "COL": ("Colombia",),
    "DEU": ("Alemania",),
    "DZA": ("Argelia",),
    "ECU": ("Ecuador",),
    "EGY": ("Egipto",),
    "ERI": ("Eritrea",),
    "ESP": ("España",),
    "FRA": ("Francia",),
    "GBR": ("Reino Unido",),
    "GIN": ("Guinea", "Guinea Conakry"),
    "GMB": ("Gambia",),
    "GRC": ("Grecia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croacia",),
    "HTI": ("Haití",),
    "HUN": ("Hungría",),
    "IRN": ("Irán",),
    "IRQ": ("Irak",),
    "ITA": ("Italia",),
    "LBY": ("Libia",),
    "MAR": ("Marruecos",),
    "MEX": ("México",),
    "MKD": ("Macedonia del Norte",),
    "MLI": ("Malí",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá",),
    "POL": ("Polonia",),
    "ROU": ("Rumanía", "Rumania"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
_ES_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afgano",),
    "ALB": ("Albanés",),
    "BGD": ("Bangladesí",),
    "CHN": ("Chino",),
    "CIV": ("Marfileño",),
    "CMR": ("Camerunés",),
    "COL": ("Colombiano",),
    "DZA": ("Argelino",),
    "ECU": ("Ecuatoriano",),
    "EGY": ("Egipcio",),
    "ERI": ("Eritreo",),
    "GIN": ("Guineano",),
    "GMB": ("Gambiano",),
    "GTM": ("Guatemalteco",),
    "HND": ("Hondureño",),
    "HTI": ("Haitiano",),
    "IRN": ("Iraní",),
    "IRQ": ("Iraquí",),
    "MAR": ("Marroquí",),
    "MEX": ("Mexicano",),
    "MLI": ("Maliense",),
    "NGA": ("Nigeriano",),
    "PAK": ("Pakistaní",),
    "ROU": ("Rumano",),
    "SEN": ("Senegalés",),
    "SYR": ("Sirio",),
    "TUN": ("Tunecino",),
    "TUR": ("Turco",),
    "VEN": ("Venezolano",),
    "VNM": ("Vietnamita",),
    "YEM": ("Yemení",),
}
#: Colombian forms: "nacionalidad venezolana", so feminine demonyms.
_CO_DEMONYMS: dict[str, tuple[str, ...]] = {
    "CHN": ("china",),
    "COL": ("colombiana",),
    "ECU": ("ecuatoriana",),
    "GTM": ("guatemalteca",),
    "HND": ("hondureña",),
    "HTI": ("haitiana",),
    "MEX": ("mexicana",),
    "VEN": ("venezolana",),
    "AFG": ("afgana",),
    "BGD": ("bangladesí",),
    "CMR": ("camerunesa",),
    "SEN": ("senegalesa",),
}
_GDF_SLIPS = {
    "LBY": "Libia",
    "SYR": "Siria",
    "EGY": "Egitto",
    "MAR": "Marocco",
    "CIV": "Costa d'Avorio",
    "TUR": "Turchia",
    "GRC": "Grecia",
    "DEU": "Germania",
    "FRA": "Francia",
    "ITA": "Italia",
    "GBR": "Regno Unito",
    "ESP": "Spagna",
    "BGD": "bengalese",
    "TUN": "tunisino",
}
_EN_TYPOS = {
    "Afghanistan": "Afganistan",
    "Libya": "Lybia",
    "Tunisia": "Tunisa",
    "Eritrea": "Erithrea",
    "Bangladesh": "Bangaldesh",
    "Venezuela": "Venezuala",
    "Pakistani": "Pakistanii",
    "Eritrean": "Eritrian",
    "Tunisian": "Tunisain",
    "Egyptian": "Egyptain",
    "Bangladeshi": "Bangladeshy",
    "Syrian": "Syrain",
    "Germany": "Germnay",
    "Morocco": "Moroco",
}
_FR_TYPOS = {
    "Afghanistan": "Afganistan",
    "Libye": "Lybie",
    "Érythrée": "Erythrée",
    "Érythréen": "Erythréen",
    "érythréenne": "erythréenne",
    "Irakien": "Iraquien",
    "Royaume-Uni": "Royaume Unis",
    "Allemagne": "Allemange",
    "Vietnamien": "Viêtnamien",
}
_ES_TYPOS = {
    "Marruecos": "Marrruecos",
    "Marroquí": "Marroqui",
    "Senegalés": "Senegales",
    "Guineano": "Guineao",
    "Venezuela": "Venezula",
    "venezolana": "venezolna",
    "Colombia": "Colomiba",
    "Alemania": "Almania",
    "Afganistán": "Afganistan",
}

# --------------------------------------------------------------------------------------
# Value words
# --------------------------------------------------------------------------------------
_GDF_VOCAB: dict[str, Forms] = {
    "crime_type": {
        "smuggling": (
            "Migrant smuggling (art. 12 TUI)",
            "Aiding illegal immigration - art. 12 D.Lgs. 286/98",
            "Smuggling of migrants",
        ),
        "trafficking": (
            "Trafficking in human beings (art. 601 c.p.)",
            "THB - art. 601 c.p.",
            "Human trafficking",
        ),
        "both": (
            "THB + migrant smuggling (artt. 601 c.p. / 12 TUI)",
            "Trafficking and smuggling",
        ),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation", "Sexual exploitation (prostitution)"),
        "forced_labour": ("Labour exploitation (caporalato)", "Forced labour"),
        "forced_criminality": ("Forced criminal activities", "Forced criminality (drug dealing)"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("M/F", "Mixed")},
    "gender_one": {"male": ("M",), "female": ("F",)},
    "age_group": {
        "adult": ("Adults", "Adult"),
        "child": ("Minors", "Minors (incl. unaccompanied)"),
        "mixed": ("Adults + minors", "Mixed (adults/minors)"),
    },
    "transport_mode": {
        "sea": ("Sea", "Sea (rubber boat)", "Sea - fishing boat"),
        "land": ("Land", "Land (lorry)", "Road"),
        "air": ("Air", "Air (Fiumicino)"),
    },
    "linked_offences": {
        "document_fraud": ("Forgery of documents", "False documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband (drugs/tobacco)",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
_PREMAR_VOCAB: dict[str, Forms] = {
    "crime_type": {
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Trafic de migrants",
            "Trafic illicite de migrants",
        ),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("TEH + trafic de migrants", "Traite et trafic de migrants"),
    },
    "exploitation": {
        "sexual": ("Exploitation sexuelle", "Proxénétisme / exploitation sexuelle"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    "gender": {
        "male": ("Hommes", "Masculin"),
        "female": ("Femmes", "Féminin"),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    "gender_one": {"male": ("Homme", "Masculin"), "female": ("Femme", "Féminin")},
    "age_group": {
        "adult": ("Majeurs", "Adultes"),
        "child": ("Mineurs",),
        "mixed": ("Majeurs et mineurs", "Mixte (dont mineurs)"),
    },
    "transport_mode": {
        "sea": ("Maritime (small boat)", "Maritime", "Embarcation pneumatique"),
        "land": ("Terrestre", "Terrestre (poids lourd)"),
        "air": ("Aérien",),
    },
    "linked_offences": {
        "document_fraud": ("Fraude documentaire", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment", "Blanchiment d'argent"),
        "illicit_goods": ("Trafic de marchandises illicites", "Trafic de stupéfiants"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
}
_CITCO_VOCAB: dict[str, Forms] = {
    "crime_type": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Inmigración ilegal (art. 318 bis CP)",
            "Favorecimiento de la inmigración irregular",
        ),
        "trafficking": ("Trata de seres humanos", "TSH (art. 177 bis CP)"),
        "both": ("Trata y tráfico de migrantes", "TSH + inmigración ilegal"),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
    },
    "gender": {
        "male": ("Varones", "Hombres"),
        "female": ("Mujeres",),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    "gender_one": {"male": ("Varón", "Hombre"), "female": ("Mujer",)},
    "age_group": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "Menores (MENA)"),
        "mixed": ("Adultos y menores",),
    },
    "transport_mode": {
        "sea": ("Marítima (patera)", "Marítima (cayuco)", "Marítimo", "Marítima (neumática)"),
        "land": ("Terrestre", "Terrestre (camión)"),
        "air": ("Aérea", "Aéreo (Barajas)"),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
}
_CO_VOCAB: dict[str, Forms] = {
    "crime_type": {
        "smuggling": ("Tráfico de migrantes", "TRAFICO DE MIGRANTES"),
        "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual", "Explotación sexual comercial"),
        "forced_labour": ("Trabajo forzoso", "Servidumbre / trabajo forzoso"),
        "forced_criminality": ("Reclutamiento para actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil",),
        "other": ("Otra",),
    },
    "gender": {
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto",),
    },
    "gender_one": {"male": ("Masculino",), "female": ("Femenino",)},
    "age_group": {
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("NNA", "Menores de edad (NNA)"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "transport_mode": {
        "sea": ("Marítimo", "Marítimo (lancha)"),
        "land": ("Terrestre", "Terrestre (a pie por la selva)"),
        "air": ("Aéreo",),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad en documento público",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
}
_OSM_VOCAB: dict[str, Forms] = {
    "crime_type": {
        "smuggling": ("migrant smuggling", "smuggling of migrants"),
        "trafficking": ("human trafficking", "trafficking in persons"),
        "both": ("smuggling and trafficking", "smuggling/trafficking"),
    },
    "exploitation": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality", "exploitation in criminal activities"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "gender": {
        "male": ("male", "men"),
        "female": ("female", "women"),
        "mixed": ("mixed", "men and women"),
    },
    "gender_one": {"male": ("male",), "female": ("female",)},
    "age_group": {
        "adult": ("adults", "adult"),
        "child": ("children", "minors"),
        "mixed": ("adults and children", "mixed"),
    },
    "transport_mode": {
        "sea": ("sea", "maritime"),
        "land": ("land", "overland"),
        "air": ("air",),
    },
    "linked_offences": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption", "bribery of officials"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("trafficking in illicit goods", "drug trafficking"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}

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
_ROMAN = ("I", "II", "III", "IV")
_EN_ORD = ("1st", "2nd", "3rd", "4th")
_FR_ORD = ("1er", "2e", "3e", "4e")

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_GDF = Blind11Source(
    source="gdf_aeronavale_m",
    filename="gdf_aeronavale_m.xlsx",
    ref="GdF-ROAN/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Prot. no.",
        "event_date": "Date of event",
        "unit": "Reporting unit",
        "crime_type": "Offence (legal basis)",
        "exploitation": "Type of exploitation",
        "n_persons": "Migrants/victims (no.)",
        "n_suspects": "Facilitators arrested/reported",
        "gender": "Sex",
        "age_group": "Adults/minors",
        "nationality": "Nationality (prevalent)",
        "origin_country": "Country of origin",
        "transit_countries": "Transit countries",
        "destination_country": "Declared final destination",
        "detection_country": "Country of interception",
        "transport_mode": "Means of transport",
        "lat": "Lat (WGS84)",
        "lon": "Long (WGS84)",
        "linked_offences": "Related offences",
    },
    note="Data extracted from SDI for the international desk - provisional figures",
    total="Totale",
    bad_count=("several", "many (see report)"),
    repeats=False,
    countries=_EN,
    demonyms=_EN_DEMONYMS,
    slips=_GDF_SLIPS,
    typos=_EN_TYPOS,
    vocab=_GDF_VOCAB,
    none_words={
        "exploitation": ("n/a", "", ""),
        "transit_countries": ("Direct", "", "None"),
        "linked_offences": ("", "", "None"),
    },
    list_sep=" / ",
    offence_sep="; ",
    count_placeholder=("unknown", "n.k."),
    zero_words=("none", "nil"),
    na_words=("n/a",),
    date_style="gdf",
    coord_style="number",
    thousands=(".",),
    iso_columns=(),
    units=(
        "ROAN Palermo",
        "ROAN Cagliari",
        "Stazione Navale Messina",
        "SOS Lampedusa",
        "Gruppo Aeronavale Taranto",
        "GdF Trieste",
    ),
    partial=(0.04, 0.02),
    mess=0.12,
)
_PREMAR = Blind11Source(
    source="premar_manche_m",
    filename="premar_manche_m.csv",
    ref="CROSS-GN/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° événement",
        "event_date": "Date/heure (locale)",
        "unit": "Moyen engagé",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination",
        "detection_country": "Pays de détection",
        "transport_mode": "Vecteur",
        "coordinates": "Position (DDM)",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - source : CROSS Gris-Nez / COM Cherbourg",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    countries=_FR,
    demonyms=_FR_DEMONYMS,
    slips={},
    typos=_FR_TYPOS,
    vocab=_PREMAR_VOCAB,
    none_words={
        "exploitation": ("Sans objet", "", ""),
        "transit_countries": ("Direct", "Aucun", ""),
        "linked_offences": ("Néant", "", ""),
    },
    list_sep=", ",
    offence_sep=", ",
    count_placeholder=("NC", "inconnu"),
    zero_words=("néant", "aucun"),
    na_words=("non renseigné",),
    date_style="premar",
    coord_style="ddm",
    thousands=("\u202f", "\u00a0"),
    iso_columns=(),
    units=(
        "PSP Cormoran",
        "SNSM Calais",
        "SNSM Boulogne",
        "VN Jean Bart",
        "Abeille Normandie",
        "Hélicoptère Dauphin",
    ),
    partial=(0.03, 0.02),
    mess=0.12,
)
_CITCO = Blind11Source(
    source="citco_interior_m",
    filename="citco_interior_m.csv",
    ref="AT-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº atestado",
        "event_date": "Fecha hechos",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas/migrantes",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad (franja)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: CITCO - datos provisionales, sujetos a revisión",
    total="Total general",
    bad_count=("varios", "numerosos"),
    repeats=False,
    countries=_ES,
    demonyms=_ES_DEMONYMS,
    slips={},
    typos=_ES_TYPOS,
    vocab=_CITCO_VOCAB,
    none_words={
        "exploitation": ("No procede", "", ""),
        "transit_countries": ("Directo", "Ninguno", ""),
        "linked_offences": ("Ninguno", "", ""),
    },
    list_sep=" - ",
    offence_sep=" / ",
    count_placeholder=("No consta", "desconocido"),
    zero_words=("ninguno", "sin detenidos"),
    na_words=("No consta",),
    date_style="citco",
    coord_style="decimal_comma",
    thousands=(".",),
    iso_columns=(),
    units=(),
    partial=(0.04, 0.02),
    mess=0.12,
)
_COLOMBIA = Blind11Source(
    source="migracion_colombia_m",
    filename="migracion_colombia_m.csv",
    ref="MC-{year}-{seq:06d}",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "Radicado",
        "event_date": "Fecha del evento (aaaa/mm/dd)",
        "unit": "Puesto de control",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Capturados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (GMS)",
        "linked_offences": "Delitos conexos",
    },
    note="Cifras preliminares sujetas a cambios - Migración Colombia",
    total="TOTAL",
    bad_count=("varios", "varias personas"),
    repeats=False,
    countries=_ES,
    demonyms=_CO_DEMONYMS,
    slips={},
    typos=_ES_TYPOS,
    vocab=_CO_VOCAB,
    none_words={
        "exploitation": ("No aplica", "", ""),
        "transit_countries": ("Ninguno", "", ""),
        "linked_offences": ("No aplica", "", ""),
    },
    list_sep="; ",
    offence_sep="; ",
    count_placeholder=("S/D", "sin dato"),
    zero_words=("ninguno", "cero"),
    na_words=("S/D",),
    date_style="colombia",
    coord_style="dms",
    thousands=(".",),
    iso_columns=(),
    units=(
        "PCM Necoclí",
        "Capurganá",
        "Acandí",
        "Bajo Chiquito (enlace Panamá)",
        "Lajas Blancas (enlace Panamá)",
        "Puerto Obaldía",
    ),
    partial=(0.04, 0.02),
    mess=0.12,
)
_OSM = Blind11Source(
    source="unodc_osm_m",
    filename="unodc_osm_m.jsonl",
    ref="OSM-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "crime_type": "crime_category",
        "exploitation": "exploitation_purpose",
        "n_persons": "persons_involved",
        "n_suspects": "offenders_apprehended",
        "gender": "persons_sex",
        "age_group": "persons_age",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "intended_destination",
        "detection_country": "country_of_incident",
        "transport_mode": "mode_of_travel",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associated_crimes",
        "unit": "information_source",
    },
    note=None,
    total="TOTAL",
    bad_count=("dozens", "multiple"),
    repeats=False,
    countries=_EN,
    demonyms={},
    slips={},
    typos=_EN_TYPOS,
    vocab=_OSM_VOCAB,
    none_words={
        "exploitation": ("",),
        "transit_countries": ("",),
        "linked_offences": ("", "none"),
    },
    list_sep="",
    offence_sep=", ",
    count_placeholder=("unknown", "not reported"),
    zero_words=("none",),
    na_words=("not disaggregated", "not reported"),
    date_style="osm",
    coord_style="rounded",
    thousands=(",",),
    iso_columns=("nationality", "detection_country"),
    units=("media report", "court record", "government press release", "NGO report"),
    partial=(0.1, 0.05),
    mess=0.08,
)

#: The five sources of ``blind11``, in the order the submissions are returned.
BLIND11_SOURCES: tuple[Blind11Source, ...] = (_GDF, _PREMAR, _CITCO, _COLOMBIA, _OSM)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    """Drop the accents of ``text`` (``États-Unis`` -> ``Etats-Unis``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _country(
    src: Blind11Source,
    code: str,
    rng: _Rng,
    tags: list[str],
    *,
    column: str,
    mess: float | None = None,
) -> str:
    """Write one country (a name, a demonym for nationality, or a code) as the source does."""
    if column in src.iso_columns:
        if rng.random() < 0.05:
            tags.append("iso2_code")
            return iso_codes(code)[0]
        return code
    forms = src.countries[code]
    if column == "nationality" and code in src.demonyms:
        forms = src.demonyms[code]
        tags.append("demonym")
    text = choice(rng, forms)
    share = src.mess if mess is None else mess
    r = rng.random()
    if r >= share:
        return text
    kind = int(rng.integers(5))
    if kind == 0 and code in src.slips:
        tags.append("clerk_language")
        return src.slips[code]
    if kind == 1 and text in src.typos:
        tags.append("typo")
        return src.typos[text]
    if kind == 2:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    if kind == 3:
        tags.append("iso_code")
        return code if src.language != "es" or rng.random() < 0.5 else iso_codes(code)[0]
    tags.append("upper_no_accents")
    return _strip_accents(text).upper()


def _word(src: Blind11Source, column: str, value: str, rng: _Rng, tags: list[str]) -> str:
    """Write one vocabulary value; now and then in capitals or with stray spaces."""
    text = choice(rng, src.vocab[column][value])
    r = rng.random()
    if r < 0.03:
        tags.append("case")
        return text.upper() if src.language != "en" or rng.random() < 0.5 else text.lower()
    if r < 0.05 and src.format != "jsonl":
        tags.append("spaces")
        return f" {text}  "
    return text


def _count(src: Blind11Source, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons (large ones often with a thousands separator)."""
    if n >= 1000 and rng.random() < 0.7:
        tags.append("thousands_sep")
        head, tail = divmod(n, 1000)
        return f"{head}{choice(rng, src.thousands)}{tail:03d}"
    if src.format == "jsonl" and n >= 10 and rng.random() < 0.05:
        tags.append("approx_count")
        return f"approx. {n}"
    return n if src.format != "csv" else str(n)


def _date(
    src: Blind11Source, ts: pd.Timestamp, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Write a date; return (cell, expected date, expected precision)."""
    r = rng.random()
    p_month, p_quarter = src.partial
    y, m, d, q = ts.year, ts.month, ts.day, (ts.month - 1) // 3 + 1
    if partial_ok and r < p_month:
        tags.append("partial_month")
        month_start = pd.Timestamp(year=y, month=m, day=1)
        alt = rng.random() < 0.5
        text = {
            "gdf": f"{m:02d}/{y}" if alt else f"{MONTHS[m - 1]} {y}",
            "premar": f"{_FR_MONTHS[m - 1]} {y}" if alt else f"{m:02d}/{y}",
            "citco": f"{_ES_MONTHS[m - 1]} {y}" if alt else f"{_ES_MONTHS[m - 1]} de {y}",
            "colombia": f"{y}/{m:02d}" if alt else f"{_ES_MONTHS[m - 1]} de {y}",
            "osm": f"{y}-{m:02d}" if alt else f"{MONTHS[m - 1]} {y}",
        }[src.date_style]
        return text, month_start, "month"
    if partial_ok and r < p_month + p_quarter:
        tags.append("partial_quarter")
        q_start = pd.Timestamp(year=y, month=3 * q - 2, day=1)
        alt = rng.random() < 0.5
        text = {
            "gdf": f"Q{q} {y}" if alt else f"{_EN_ORD[q - 1]} quarter {y}",
            "premar": f"T{q} {y}" if alt else f"{_FR_ORD[q - 1]} trimestre {y}",
            "citco": f"{y}T{q}" if alt else f"{q}.º trimestre {y}",
            "colombia": f"{_ROMAN[q - 1]} trimestre {y}" if alt else f"trimestre {q} de {y}",
            "osm": f"{y}-Q{q}" if alt else f"Q{q} {y}",
        }[src.date_style]
        return text, q_start, "quarter"
    day = pd.Timestamp(year=y, month=m, day=d)
    r = rng.random()
    style = src.date_style
    cell: object
    if style == "gdf":
        if r < 0.8:
            tags.append("excel_date")
            cell = day.to_pydatetime()
        elif r < 0.92:
            tags.append("text_date")
            cell = f"{d:02d}/{m:02d}/{y}"
        else:
            tags.append("text_date")
            cell = f"{d}.{m}.{y}"
    elif style == "premar":
        if r < 0.7:
            cell = f"{d:02d}/{m:02d}/{y}"
        elif r < 0.9:
            tags.append("time_in_date")
            cell = f"{d:02d}/{m:02d}/{y} {int(rng.integers(24)):02d}h{int(rng.integers(60)):02d}"
        else:
            tags.append("month_name")
            cell = f"{'1er' if d == 1 else d} {_FR_MONTHS[m - 1]} {y}"
    elif style == "citco":
        if r < 0.8:
            cell = f"{d:02d}/{m:02d}/{y}"
        else:
            tags.append("short_year")
            cell = f"{d}/{m}/{y % 100:02d}"
    elif style == "colombia":
        if r < 0.8:
            cell = f"{y}/{m:02d}/{d:02d}"
        else:
            cell = f"{y}-{m:02d}-{d:02d}"
    else:
        if r < 0.8:
            cell = f"{y}-{m:02d}-{d:02d}"
        else:
            tags.append("month_name")
            cell = f"{d} {MONTHS[m - 1]} {y}"
    return cell, day, "day"


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes with a decimal comma; return (text, value read back)."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 60, 2)  # minutes, to the hundredth
    deg, minutes = divmod(total, 60)
    minutes = round(minutes, 2)
    text = f"{int(deg):0{width}d}°{minutes:05.2f}".replace(".", ",") + f"'{hemi}"
    back = (int(deg) + minutes / 60) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (a tenth); return (text, value read back)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemi}"
    back = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _coordinates(
    src: Blind11Source,
    lat: float | None,
    lon: float | None,
    rng: _Rng,
    tags: list[str],
    *,
    blank: bool,
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the location; return (cells, expected lat, expected lon)."""
    two = "coordinates" not in src.headers
    if blank or lat is None or lon is None:
        if blank:
            tags.append("blank_coordinates")
        return ({"lat": None, "lon": None} if two else {"coordinates": None}), None, None
    r = rng.random()
    if r < 0.02:
        tags.append("coords_missing")
        return ({"lat": None, "lon": None} if two else {"coordinates": None}), None, None
    if r < 0.035 and src.format != "xlsx":
        tags.append("coords_placeholder")
        word = {"en": "n/a", "fr": "non relevée", "es": "sin dato"}[src.language]
        if two:
            return {"lat": word, "lon": word}, None, None
        return {"coordinates": word}, None, None
    style = src.coord_style
    if style == "number":
        return {"lat": lat, "lon": lon}, lat, lon
    if style == "rounded":
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo
    if style == "decimal_comma":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    if style == "ddm":
        tags.append("ddm_coords")
        la_t, la = _ddm(lat, "N", "S", 2)
        lo_t, lo = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{la_t} {lo_t}"}, la, lo
    tags.append("dms_coords")
    la_t, la = _dms(lat, "N", "S")
    lo_t, lo = _dms(lon, "E", "W")
    return {"coordinates": f"{la_t} {lo_t}"}, la, lo


def _render(
    src: Blind11Source,
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
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, tags, partial_ok=partial_ok
    )
    if "unit" in src.headers:
        cells["unit"] = choice(rng, src.units)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        word = choice(rng, src.none_words["exploitation"])
        cells["exploitation"] = word or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        tags.append("count_placeholder")
        cells["n_persons"] = choice(rng, src.count_placeholder)
        exp["n_persons"] = None
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n

    sus = ev["n_suspects"]
    if forced_blank == "n_suspects" or sus is None:
        if forced_blank == "n_suspects":
            tags.append("blank_n_suspects")
        cells["n_suspects"] = None
        exp["n_suspects"] = None
    elif rng.random() < 0.015:
        tags.append("suspects_placeholder")
        cells["n_suspects"] = choice(rng, src.count_placeholder)
        exp["n_suspects"] = None
    elif int(sus) == 0 and rng.random() < 0.35:  # type: ignore[call-overload]
        tags.append("zero_word")
        cells["n_suspects"] = choice(rng, src.zero_words)
        exp["n_suspects"] = 0
    else:
        k = int(sus)  # type: ignore[call-overload]
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"] = None
        exp["gender"] = "unknown"
    else:
        column = "gender_one" if n == 1 and gender in ("male", "female") else "gender"
        cells["gender"] = _word(src, column, gender, rng, tags)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.012:
            tags.append("na_word")
            cells[col] = choice(rng, src.na_words)
            exp[col] = "unknown"
        else:
            cells[col] = _word(src, col, value, rng, tags)
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col or code is None:
            if forced_blank == col:
                tags.append(f"blank_{col}")
            cells[col] = None
            exp[col] = None
            continue
        cells[col] = _country(src, str(code), rng, tags, column=col)
        exp[col] = str(code)

    transit = ev["transit_countries"]
    if transit is None:
        if src.list_sep:
            cells["transit_countries"] = choice(rng, src.none_words["transit_countries"]) or None
        else:  # a JSON export: an empty route or null
            cells["transit_countries"] = [] if rng.random() < 0.5 else None
        exp["transit_countries"] = None
    else:
        codes = str(transit).split("|")
        if not src.list_sep:
            cells["transit_countries"] = codes
        else:
            parts = [
                _country(src, c, rng, tags, column="transit_countries", mess=src.mess / 2)
                for c in codes
            ]
            cells["transit_countries"] = src.list_sep.join(parts)
        exp["transit_countries"] = str(transit)

    offences = ev["linked_offences"]
    if offences is None:
        word = choice(rng, src.none_words["linked_offences"])
        cells["linked_offences"] = word or None
        exp["linked_offences"] = None
    else:
        names = [_word(src, "linked_offences", o, rng, tags) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(n.strip() for n in names)
        exp["linked_offences"] = str(offences)

    lat, lon = ev["lat"], ev["lon"]
    coords, exp["lat"], exp["lon"] = _coordinates(
        src,
        None if lat is None else float(lat),  # type: ignore[arg-type]
        None if lon is None else float(lon),  # type: ignore[arg-type]
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(coords)
    return cells, exp, tags


def _bad_date(src: Blind11Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: missing, impossible, or a year typed in the future."""
    y, m, d = ts.year, ts.month, ts.day
    if kind == "no_date":
        return None if src.format != "csv" or rng.random() < 0.5 else ""
    if kind == "bad_date":
        day, month = (31, 4) if rng.random() < 0.5 else (30, 2)
        return {
            "gdf": f"{day:02d}/{month:02d}/{y}",
            "premar": f"{day:02d}/{month:02d}/{y}",
            "citco": f"{day:02d}/{month:02d}/{y}",
            "colombia": f"{y}/{month:02d}/{day:02d}",
            "osm": f"{y}-{month:02d}-{day:02d}",
        }[src.date_style]
    future = y + 10  # 2021 typed as 2031, 2022 as 2032, ...
    return {
        "gdf": pd.Timestamp(year=future, month=m, day=min(d, 28)).to_pydatetime(),
        "premar": f"{d:02d}/{m:02d}/{future}",
        "citco": f"{d:02d}/{m:02d}/{future}",
        "colombia": f"{future}/{m:02d}/{d:02d}",
        "osm": f"{future}-{m:02d}-{d:02d}",
    }[src.date_style]


def _note_date(src: Blind11Source, last: pd.Timestamp) -> object:
    """Write the date on a source's note row (the date of its last row)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.date_style == "colombia":
        return f"{last.year}/{last.month:02d}/{last.day:02d}"
    return f"{last.day:02d}/{last.month:02d}/{last.year}"


_PRIMARY = {"ITA": "gdf_aeronavale_m", "FRA": "premar_manche_m", "ESP": "citco_interior_m"}
_PRIMARY_PAN = {"PAN": "migracion_colombia_m"}
_SECONDARY = {
    ("cmed", "ITA"): "unodc_osm_m",
    ("thb_nga_ita", "ITA"): "unodc_osm_m",
    ("thb_rou_esp", "ITA"): "citco_interior_m",
    ("thb_rou_esp", "ESP"): "gdf_aeronavale_m",
    ("emed", "GRC"): "gdf_aeronavale_m",
    ("wbal", "HRV"): "gdf_aeronavale_m",
    ("channel", "FRA"): "unodc_osm_m",
    ("channel", "GBR"): "premar_manche_m",
    ("watl", "ESP"): "unodc_osm_m",
    ("wmed", "ESP"): "unodc_osm_m",
    ("darien", "PAN"): "unodc_osm_m",
}

_EXAM: Examiner[Blind11Source] = Examiner(
    sources=BLIND11_SOURCES,
    primary={**_PRIMARY, **_PRIMARY_PAN},
    compilation="unodc_osm_m",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=1111,
    blank_share=0.5,
)


def make_blind11(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind11`` sources would (files ``*_m.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``gdf_aeronavale_m.xlsx``, ``premar_manche_m.csv``, ``citco_interior_m.csv``,
        ``migracion_colombia_m.csv`` and ``unodc_osm_m.jsonl``, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind11(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gdf_aeronavale_m.xlsx', 'premar_manche_m.csv', 'citco_interior_m.csv',
     'migracion_colombia_m.csv', 'unodc_osm_m.jsonl']
    """
    return make_examined(_EXAM, truth, seed=seed)
