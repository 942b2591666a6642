"""Examiner variant ``blind383``: football's safeguarding and integrity desks (files ``*_nu.*``).

Five bodies of the football world that log trafficked and smuggled young players (and the
wider movements their welfare officers are copied into), each in its own working language,
file format and habits:

``premier_league_safeguarding_nu.xlsx``
    The Premier League's safeguarding team (academies under the EPPP), England. English
    case log kept in Excel: real date cells with a few typed ``17/05/2023`` or ``May 2023``,
    demonyms for nationality (``Albanian``, ``Vietnamese``), ``UK``/``England`` for the
    United Kingdom, routes written ``France > UK``, ``TBC`` for a count not yet known,
    ``None identified`` for no perpetrator, numbers in number cells.
``unfp_service_juridique_nu.csv``
    UNFP (Union nationale des footballeurs professionnels), legal service, France. French,
    cp1252, ``;``, CRLF; ``dd/mm/yyyy`` dates with a few ``mai 2023`` and ``T2 2023``;
    decimal commas in coordinates; ``1 250`` with a no-break space; ``NC`` for a count not
    known, ``aucun`` for none; capitals typed by hand; a share of rows pasted from a UTF-8
    export shows mojibake (``SÃ©nÃ©gal``); ``Angleterre`` for the United Kingdom.
``afe_futbolistas_nu.csv``
    AFE (Asociación de Futbolistas Españoles), legal department, Spain. Spanish, a Google
    Sheets export: UTF-8 without BOM, ``,``, quoted cells; ``17/05/2023`` and ``17/5/2023``
    dates, ``05/2023`` for a month; ``1.250``; ``H``/``M`` (hombre/mujer) for sex; coordinates
    pasted from Google Maps (``28.10341, -15.40123``); ``s/d`` for a count not known.
``ligamx_fuerzas_basicas_nu.jsonl``
    Liga MX, youth-academy (fuerzas básicas) integrity desk, Mexico. JSON lines from a web
    platform, Spanish (Mexican) keys and words: ISO dates with or without a time,
    ``2023-05`` for a month; ``EUA``/``EE.UU.`` for the United States; ``NNA`` for children;
    ``tráfico de personas`` (Mexican law's word for smuggling); ``delitos contra la salud``
    (drug offences); numbers as JSON numbers, ``sin dato`` when not known.
``fifpro_intl_nu.csv``
    FIFPRO (the world players' union), player-protection desk compiling its member unions'
    returns (the events no other source of this set reports). English, UTF-16 with BOM
    (Excel's "Unicode text"), tab; ISO 3166 codes (alpha-3, a few alpha-2 and numeric),
    ``17 May 2023`` and ISO dates, ``Q2 2023`` or ``2023-05`` for partial dates, a few Excel
    serial numbers pasted as text, routes ``TUR-BGR-SRB``; ``n/k`` when not known.

The truth says what a careful analyst reads in each cell: a word for "not known" gives a
missing value (count, country) or ``unknown`` (category), a month or quarter gives its
first day with that precision, a demonym or an alias its country, a mojibake or a typo
the country it spells.
"""

from __future__ import annotations

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

__all__ = ["AGENCIES", "BLIND383", "Agency", "make_blind383"]

_Rng = np.random.Generator
_EPOCH = pd.Timestamp("1899-12-30")  # day 0 of Excel's serial dates
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
_SHORT_MONTHS = tuple(m[:3] for m in MONTHS)

# --------------------------------------------------------------------------------------
# Countries: this examiner's own names, aliases, demonyms and typos
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) names.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d’Ivoire", "Costa de Marfil"),
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
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: language -> ISO alpha-3 -> other names a clerk of that language uses.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "BIH": ("Bosnia", "BiH"),
        "CIV": ("Côte d'Ivoire", "Cote d'Ivoire"),
        "CHN": ("PRC",),
        "GBR": ("UK", "England", "Great Britain"),
        "GIN": ("Guinea-Conakry",),
        "GMB": ("The Gambia",),
        "IRN": ("Islamic Republic of Iran",),
        "MKD": ("Macedonia",),
        "ROU": ("Rumania",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "TUR": ("Türkiye",),
        "USA": ("USA", "US"),
        "VNM": ("Viet Nam",),
    },
    "fr": {
        "BIH": ("Bosnie",),
        "CIV": ("Côte d'Ivoire", "Cote d'Ivoire"),
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "GIN": ("Guinée-Conakry", "Guinée Conakry"),
        "MKD": ("Macédoine",),
        "NGA": ("Nigeria",),
        "RUS": ("Fédération de Russie",),
        "USA": ("USA",),
        "VNM": ("Vietnam", "Viêt-nam"),
    },
    "es": {
        "BIH": ("Bosnia",),
        "CIV": ("Côte d'Ivoire",),
        "GBR": ("Inglaterra", "Gran Bretaña"),
        "GIN": ("Guinea Conakry",),
        "MKD": ("Macedonia",),
        "ROU": ("Rumania",),
        "RUS": ("Federación de Rusia",),
        "TUR": ("Türkiye",),
        "USA": ("EE. UU.", "EUA", "EE.UU.", "Estados Unidos de América"),
        "VNM": ("Viet Nam",),
    },
}

#: English demonyms, as a UK case log gives nationality.
_DEMONYMS: dict[str, str] = {
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
}

#: language -> ISO alpha-3 -> a slip of the keyboard (or a lost accent) seen in the files.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanstan",
        "COL": "Columbia",
        "ECU": "Equador",
        "ERI": "Eritria",
        "LBY": "Lybia",
        "MAR": "Morrocco",
        "PAK": "Pakistain",
        "VEN": "Venezuala",
        "ITA": "Itlay",
        "BGD": "Bangaldesh",
        "ALB": "Albainia",
    },
    "fr": {
        "AFG": "Afganistan",
        "DZA": "Algerie",
        "EGY": "Egypte",
        "ERI": "Erythrée",
        "GRC": "Grece",
        "SEN": "Senegal",
        "BGD": "Bengladesh",
        "ALB": "Albannie",
        "MAR": "Marroc",
    },
    "es": {
        "AFG": "Afganistan",
        "ESP": "Espana",
        "MLI": "Mali",
        "HTI": "Haiti",
        "TUN": "Tunez",
        "CMR": "Camerun",
        "PAN": "Panama",
        "VEN": "Venezuala",
        "ROU": "Rumania.",
        "MAR": "Marrueco",
    },
}

# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
Words = Mapping[str, Mapping[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One football body of the set: what the machinery reads plus how its clerks write.

    Attributes
    ----------
    dates : mapping
        Date style -> weight. Day styles: ``cell`` (a real Excel date), ``dmy``
        (``17/05/2023``), ``dmy_nopad`` (``17/5/2023``), ``iso``, ``iso_time``, ``long``
        (``17 May 2023``), ``serial`` (an Excel serial number as text). Partial styles
        (only where both reports of a pair need not give the day): ``month_en``
        (``May 2023``), ``month_fr`` (``mai 2023``), ``month_slash`` (``05/2023``),
        ``month_iso`` (``2023-05``), ``quarter_en`` (``Q2 2023``), ``quarter_fr``
        (``T2 2023``).
    countries : mapping
        Country style -> weight for origin, destination and detection: ``name``,
        ``alias``, ``typo``, ``iso3``, ``iso2``, ``numeric``.
    nationality : mapping
        The same for nationality, plus ``demonym``.
    transit : mapping
        The same for every country of a transit list (one style per list).
    transit_seps : tuple of str
        Separators of a transit list (one per list).
    direct : str or None
        What the agency writes for a direct journey (no transit), or None for a blank.
    offence_sep : str
        Separator of linked offences.
    coords : str
        ``number`` (two number cells), ``comma`` (two text cells, decimal comma),
        ``dot4`` (two text cells, four decimals) or ``maps`` (one ``lat, lon`` cell).
    words : mapping
        Column -> canonical word -> the agency's words (the first is the usual one).
    not_known : mapping
        Column -> the word the agency writes when the value is not known.
    not_applicable : str or None
        The exploitation cell of a pure smuggling case (None: left blank).
    count_unknown : str
        A count cell saying the number is not known.
    zero_word : str or None
        The word for no suspect.
    number_words : mapping
        Small counts the clerks sometimes write in words.
    thousands : str
        Thousands separator of large counts (``""``: numbers, never grouped).
    case_rate : float
        Share of word cells typed in capitals, lower case or with stray spaces.
    mojibake_rate : float
        Share of rows pasted from a UTF-8 export read as cp1252.
    numbers : bool
        Whether counts and coordinates are written as numbers (XLSX, JSON).
    """

    dates: Mapping[str, float]
    countries: Mapping[str, float]
    nationality: Mapping[str, float]
    transit: Mapping[str, float]
    transit_seps: tuple[str, ...]
    direct: str | None
    offence_sep: str
    coords: str
    words: Words
    not_known: Mapping[str, str]
    not_applicable: str | None
    count_unknown: str
    zero_word: str | None
    number_words: Mapping[int, str]
    thousands: str
    case_rate: float
    mojibake_rate: float
    numbers: bool


_PL_WORDS: Words = {
    "crime_type": {
        "trafficking": (
            "Modern slavery / human trafficking",
            "Modern slavery",
            "Human trafficking",
        ),
        "smuggling": ("Facilitation of illegal entry", "People smuggling"),
        "both": ("Trafficking and smuggling", "Modern slavery + facilitation"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal exploitation (county lines)"),
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
        "child": ("U18", "Under 18", "Child"),
        "adult": ("18+", "Adult"),
        "mixed": ("Mixed (U18 and adults)", "Mixed"),
    },
    "transport_mode": {
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry", "Vehicle", "Land"),
        "air": ("Flight", "Air"),
    },
    "linked_offences": {
        "document_fraud": ("Document fraud", "False ID documents"),
        "corruption": ("Bribery/corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs supply",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}

_UNFP_WORDS: Words = {
    "crime_type": {
        "trafficking": ("traite des êtres humains", "TEH", "Traite"),
        "smuggling": (
            "aide à l'entrée irrégulière",
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
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
        "female": ("féminin", "F", "femmes"),
        "male": ("masculin", "M", "hommes"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    "age_group": {
        "child": ("mineur", "mineurs", "MNA"),
        "adult": ("majeur", "majeurs"),
        "mixed": ("majeurs et mineurs",),
    },
    "transport_mode": {
        "sea": ("maritime", "embarcation"),
        "land": ("routier", "poids lourd", "voiture"),
        "air": ("aérien", "avion"),
    },
    "linked_offences": {
        "document_fraud": ("faux et usage de faux", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("trafic de stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}

_AFE_WORDS: Words = {
    "crime_type": {
        "trafficking": ("trata de seres humanos", "trata"),
        "smuggling": (
            "inmigración clandestina (318 bis CP)",
            "tráfico ilícito de migrantes",
            "favorecimiento de la inmigración irregular",
        ),
        "both": ("trata y tráfico de migrantes", "trata + inmigración clandestina"),
    },
    "exploitation": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("realización de actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "gender": {
        "female": ("mujer", "M", "mujeres"),
        "male": ("hombre", "H", "hombres"),
        "mixed": ("mixto", "ambos sexos"),
    },
    "age_group": {
        "child": ("menor", "menores"),
        "adult": ("adulto", "mayor de edad"),
        "mixed": ("adultos y menores",),
    },
    "transport_mode": {
        "sea": ("embarcación", "cayuco", "patera"),
        "land": ("terrestre", "vehículo"),
        "air": ("aéreo", "vuelo"),
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

_LMX_WORDS: Words = {
    "crime_type": {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico de personas", "Tráfico de indocumentados"),
        "both": ("Trata y tráfico de personas",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzado", "Explotación laboral"),
        "forced_criminality": ("Utilización en actividades delictivas",),
        "organ_removal": ("Extirpación de órganos",),
        "forced_marriage": ("Matrimonio forzoso",),
        "other": ("Otra",),
    },
    "gender": {
        "female": ("Femenino", "Mujer"),
        "male": ("Masculino", "Hombre"),
        "mixed": ("Mixto", "Ambos"),
    },
    "age_group": {
        "child": ("Menor de edad", "NNA"),
        "adult": ("Mayor de edad",),
        "mixed": ("Mixto",),
    },
    "transport_mode": {
        "sea": ("Marítimo",),
        "land": ("Terrestre", "Tráiler", "A pie"),
        "air": ("Aéreo",),
    },
    "linked_offences": {
        "document_fraud": ("uso de documento falso",),
        "corruption": ("cohecho",),
        "money_laundering": ("operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("delitos contra la salud", "narcotráfico"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
}

_FP_WORDS: Words = {
    "crime_type": {
        "trafficking": ("Trafficking", "THB"),
        "smuggling": ("Smuggling", "Migrant smuggling"),
        "both": ("Trafficking/Smuggling",),
    },
    "exploitation": {
        "sexual": ("Sexual",),
        "forced_labour": ("Labour", "Forced labour"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "female": ("F", "Female"),
        "male": ("M", "Male"),
        "mixed": ("Mixed", "M/F"),
    },
    "age_group": {
        "child": ("Minor", "U18"),
        "adult": ("Adult",),
        "mixed": ("Mixed",),
    },
    "transport_mode": {
        "sea": ("Sea",),
        "land": ("Land",),
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
}


def _headers(*names: str) -> dict[str, str]:
    keys = (
        "source_ref",
        "event_date",
        "crime_type",
        "exploitation",
        "n_persons",
        "n_suspects",
        "gender",
        "age_group",
        "nationality",
        "origin_country",
        "destination_country",
        "detection_country",
        "transit_countries",
        "transport_mode",
    )
    out = dict(zip(keys, names[: len(keys)], strict=True))
    rest = names[len(keys) :]
    if len(rest) == 3:  # latitude, longitude, offences
        out.update({"lat": rest[0], "lon": rest[1], "linked_offences": rest[2]})
    else:  # one coordinates cell, offences
        out.update({"coordinates": rest[0], "linked_offences": rest[1]})
    return out


PREMIER_LEAGUE = Agency(
    source="premier_league_safeguarding",
    filename="premier_league_safeguarding_nu.xlsx",
    ref="PLS-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_headers(
        "Case ref",
        "Date concern identified",
        "Concern type",
        "Exploitation category",
        "No. of individuals",
        "No. of alleged perpetrators",
        "Sex",
        "Age band",
        "Nationality",
        "Country of origin",
        "Intended destination",
        "Country identified in",
        "Transit route",
        "Method of travel",
        "Latitude",
        "Longitude",
        "Associated offences",
    ),
    note="Extract from the safeguarding case management system - provisional, under review",
    total="Total",
    bad_count=("several", "a number of"),
    repeats=False,
    dates={"cell": 0.8, "dmy": 0.1, "long": 0.04, "month_en": 0.06},
    countries={"name": 0.78, "alias": 0.17, "typo": 0.05},
    nationality={"demonym": 0.55, "name": 0.37, "alias": 0.04, "typo": 0.04},
    transit={"name": 0.85, "alias": 0.1, "typo": 0.05},
    transit_seps=(" > ",),
    direct="Direct",
    offence_sep="; ",
    coords="number",
    words=_PL_WORDS,
    not_known={
        "exploitation": "Not known",
        "age_group": "Not recorded",
        "transport_mode": "Not known",
        "origin_country": "Not known",
        "destination_country": "Not known",
        "n_suspects": "Unknown",
    },
    not_applicable="Not applicable",
    count_unknown="TBC",
    zero_word="None identified",
    number_words={},
    thousands="",
    case_rate=0.03,
    mojibake_rate=0.0,
    numbers=True,
)

UNFP = Agency(
    source="unfp_service_juridique",
    filename="unfp_service_juridique_nu.csv",
    ref="UNFP/DJ/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=_headers(
        "N° dossier",
        "Date des faits",
        "Nature des faits",
        "Forme d'exploitation",
        "Nb personnes concernées",
        "Nb mis en cause",
        "Sexe",
        "Âge",
        "Nationalité",
        "Pays d'origine",
        "Pays de destination",
        "Pays de constatation",
        "Pays de transit",
        "Mode de transport",
        "Latitude",
        "Longitude",
        "Infractions connexes",
    ),
    note="Extraction service juridique UNFP - chiffres provisoires, ne pas diffuser",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine"),
    repeats=False,
    dates={"dmy": 0.9, "month_fr": 0.05, "quarter_fr": 0.05},
    countries={"name": 0.85, "alias": 0.08, "typo": 0.05, "iso2": 0.02},
    nationality={"name": 0.88, "alias": 0.05, "typo": 0.07},
    transit={"name": 0.9, "alias": 0.05, "typo": 0.05},
    transit_seps=(", ", " / "),
    direct=None,
    offence_sep=", ",
    coords="comma",
    words=_UNFP_WORDS,
    not_known={
        "exploitation": "non déterminée",
        "age_group": "non précisé",
        "transport_mode": "non renseigné",
        "origin_country": "inconnu",
        "destination_country": "inconnu",
        "n_suspects": "inconnu",
    },
    not_applicable=None,
    count_unknown="NC",
    zero_word="aucun",
    number_words={1: "un", 2: "deux", 3: "trois"},
    thousands="\u00a0",
    case_rate=0.12,
    mojibake_rate=0.12,
    numbers=False,
)

AFE = Agency(
    source="afe_futbolistas",
    filename="afe_futbolistas_nu.csv",
    ref="AFE-PJ-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers=_headers(
        "Nº expediente",
        "Fecha detección",
        "Tipo delito",
        "Finalidad explotación",
        "Nº personas",
        "Nº investigados",
        "Sexo",
        "Edad",
        "Nacionalidad",
        "País origen",
        "País destino",
        "País detección",
        "Países tránsito",
        "Medio transporte",
        "Coordenadas (Google Maps)",
        "Delitos conexos",
    ),
    note="Nota: datos provisionales a fecha de extracción",
    total="Total general",
    bad_count=("varios", "numerosos"),
    repeats=True,
    dates={"dmy": 0.6, "dmy_nopad": 0.34, "month_slash": 0.06},
    countries={"name": 0.84, "alias": 0.08, "typo": 0.06, "iso2": 0.02},
    nationality={"name": 0.9, "alias": 0.03, "typo": 0.07},
    transit={"name": 0.9, "alias": 0.05, "typo": 0.05},
    transit_seps=(" - ",),
    direct="directo",
    offence_sep="; ",
    coords="maps",
    words=_AFE_WORDS,
    not_known={
        "exploitation": "sin determinar",
        "age_group": "no consta",
        "transport_mode": "no consta",
        "origin_country": "no consta",
        "destination_country": "no consta",
        "n_suspects": "s/d",
    },
    not_applicable="no procede",
    count_unknown="s/d",
    zero_word="ninguno",
    number_words={1: "uno", 2: "dos", 3: "tres"},
    thousands=".",
    case_rate=0.05,
    mojibake_rate=0.0,
    numbers=False,
)

LIGA_MX = Agency(
    source="ligamx_fuerzas_basicas",
    filename="ligamx_fuerzas_basicas_nu.jsonl",
    ref="LMX-FB-{yy:02d}{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        "folio",
        "fecha_hechos",
        "tipo_caso",
        "modalidad_explotacion",
        "personas_involucradas",
        "probables_responsables",
        "sexo",
        "grupo_edad",
        "nacionalidad",
        "pais_origen",
        "pais_destino",
        "pais_deteccion",
        "paises_transito",
        "medio_transporte",
        "latitud",
        "longitud",
        "delitos_asociados",
    ),
    note=None,
    total="TOTAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    dates={"iso": 0.62, "iso_time": 0.33, "month_iso": 0.05},
    countries={"name": 0.8, "alias": 0.15, "typo": 0.05},
    nationality={"name": 0.93, "typo": 0.07},
    transit={"name": 0.92, "typo": 0.08},
    transit_seps=(", ",),
    direct=None,
    offence_sep=", ",
    coords="number",
    words=_LMX_WORDS,
    not_known={
        "exploitation": "Sin dato",
        "age_group": "Sin dato",
        "transport_mode": "Sin dato",
        "origin_country": "Sin dato",
        "destination_country": "Sin dato",
        "n_suspects": "sin dato",
    },
    not_applicable=None,
    count_unknown="sin dato",
    zero_word=None,
    number_words={},
    thousands="",
    case_rate=0.0,
    mojibake_rate=0.0,
    numbers=True,
)

FIFPRO = Agency(
    source="fifpro_intl",
    filename="fifpro_intl_nu.csv",
    ref="FP-PPD-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers=_headers(
        "Case no.",
        "Incident date",
        "Case type",
        "Form of exploitation",
        "Persons affected",
        "Suspects",
        "Gender",
        "Age",
        "Nationality (ISO)",
        "Origin (ISO)",
        "Destination (ISO)",
        "Reported from (ISO)",
        "Transit (ISO)",
        "Transport",
        "Lat",
        "Long",
        "Linked offences",
    ),
    note="Compiled from member unions' returns - not for publication",
    total="Grand total",
    bad_count=("several", "multiple"),
    repeats=True,
    dates={"long": 0.62, "iso": 0.2, "serial": 0.04, "quarter_en": 0.08, "month_iso": 0.06},
    countries={"iso3": 0.84, "iso2": 0.1, "numeric": 0.04, "name": 0.02},
    nationality={"iso3": 0.86, "iso2": 0.1, "numeric": 0.04},
    transit={"iso3": 0.95, "iso2": 0.05},
    transit_seps=("-", " > "),
    direct="none",
    offence_sep=" / ",
    coords="dot4",
    words=_FP_WORDS,
    not_known={
        "exploitation": "unknown",
        "age_group": "n/k",
        "transport_mode": "n/k",
        "origin_country": "n/k",
        "destination_country": "n/k",
        "n_suspects": "n/k",
        "coordinates": "n/k",
    },
    not_applicable="n/a",
    count_unknown="n/k",
    zero_word="none",
    number_words={},
    thousands=",",
    case_rate=0.02,
    mojibake_rate=0.0,
    numbers=False,
)

#: The five sources, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (PREMIER_LEAGUE, UNFP, AFE, LIGA_MX, FIFPRO)

# --------------------------------------------------------------------------------------
# Writing one cell
# --------------------------------------------------------------------------------------
_PARTIAL = {
    "month_en": "month",
    "month_fr": "month",
    "month_slash": "month",
    "month_iso": "month",
    "quarter_en": "quarter",
    "quarter_fr": "quarter",
}
# Shares of cells a clerk leaves "not known" or blank (drawn per row and column).
_NOT_KNOWN_RATE = {
    "exploitation": 0.03,
    "age_group": 0.02,
    "transport_mode": 0.02,
    "origin_country": 0.02,
    "destination_country": 0.015,
    "n_suspects": 0.03,
}
_BLANK_GENDER_RATE = 0.015
_BLANK_NATIONALITY_RATE = 0.01
_COUNT_UNKNOWN_RATE = 0.012
_NO_COORDS_RATE = 0.03
_ZERO_WORD_RATE = 0.6
_NUMBER_WORD_RATE = 0.15


def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word (the first) 65 % of the time, another form otherwise."""
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return choice(rng, forms[1:])


def _day_text(src: Agency, ts: pd.Timestamp, style: str, rng: _Rng | None = None) -> object:
    if style == "cell":
        return ts.to_pydatetime()
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy_nopad":
        return f"{ts.day}/{ts.month}/{ts.year}"
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_time":
        hour, minute = (8, 30) if rng is None else (int(rng.integers(0, 24)), int(rng.integers(60)))
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00"
    if style == "long":
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    if style == "serial":
        return str((ts.normalize() - _EPOCH).days)
    raise ValueError(f"unknown day style {style!r} of {src.source}")


def _partial_text(ts: pd.Timestamp, style: str) -> str:
    if style == "month_en":
        return f"{MONTHS[ts.month - 1]} {ts.year}"
    if style == "month_fr":
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
    if style == "month_slash":
        return f"{ts.month:02d}/{ts.year}"
    if style == "month_iso":
        return f"{ts.year}-{ts.month:02d}"
    if style == "quarter_en":
        return f"Q{ts.quarter} {ts.year}"
    return f"T{ts.quarter} {ts.year}"  # quarter_fr


def _main_day_style(src: Agency) -> str:
    day = {k: w for k, w in src.dates.items() if k not in _PARTIAL}
    return max(day, key=lambda k: day[k])


def _date_cell(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    styles = (
        dict(src.dates) if partial_ok else {k: w for k, w in src.dates.items() if k not in _PARTIAL}
    )
    style = _draw(rng, styles)
    if style in _PARTIAL:
        precision = _PARTIAL[style]
        start = ts.to_period("M" if precision == "month" else "Q").start_time
        return _partial_text(ts, style), start, precision, f"partial_date:{style}"
    tag = {"serial": "serial_date", "dmy_nopad": "date_no_padding", "iso_time": "date_time"}
    return _day_text(src, ts, style, rng), ts.normalize(), "day", tag.get(style)


def _country_form(src: Agency, iso: str, style: str) -> str:
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    if style == "alias":
        return _ALIASES[lang].get(iso, (name,))[0]
    if style == "typo":
        return _TYPOS[lang].get(iso, name)
    if style == "demonym":
        return _DEMONYMS.get(iso, name)
    if style == "iso3":
        return iso
    if style == "iso2":
        return iso_codes(iso)[0]
    if style == "numeric":
        return iso_codes(iso)[1]
    return name


def _country(
    src: Agency, iso: str, weights: Mapping[str, float], rng: _Rng, col: str
) -> tuple[str, str | None]:
    style = _draw(rng, weights)
    lang = src.language
    if style == "alias":  # several aliases: any of them
        aliases = _ALIASES[lang].get(iso, ())
        text = choice(rng, aliases) if aliases else _NAMES[iso][_LANG[lang]]
    else:
        text = _country_form(src, iso, style)
    plain = _NAMES[iso][_LANG[lang]]
    return text, (f"{style}:{col}" if text != plain or style in ("iso3", "iso2") else None)


def _count_text(src: Agency, n: int, rng: _Rng) -> tuple[object, str | None]:
    if n in src.number_words and rng.random() < _NUMBER_WORD_RATE:
        return src.number_words[n], "count_word"
    if n >= 1000 and src.thousands:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", "thousands:n_persons"
    return (n if src.numbers else str(n)), None


def _coord_text(src: Agency, value: float) -> object:
    if src.coords == "number":
        return round(value, 5)
    if src.coords == "dot4":
        return f"{value:.4f}"
    return repr(round(value, 5)).replace(".", ",")  # comma


def _render(
    src: Agency,
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

    def add(tag: str | None) -> None:
        if tag:
            tags.append(tag)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], date_tag = _date_cell(
        src, ts, rng, partial_ok
    )
    add(date_tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, words["crime_type"][crime])
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: no form of exploitation
        cells["exploitation"] = src.not_applicable
        exp["exploitation"] = None
    elif rng.random() < _NOT_KNOWN_RATE["exploitation"]:
        cells["exploitation"] = src.not_known["exploitation"]
        exp["exploitation"] = "unknown"
        add("unknown:exploitation")
    else:
        cells["exploitation"] = _word(rng, words["exploitation"][str(expl)])
        exp["exploitation"] = str(expl)

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < _COUNT_UNKNOWN_RATE:
        cells["n_persons"], exp["n_persons"] = src.count_unknown, None
        add("count_placeholder")
    else:
        cells["n_persons"], count_tag = _count_text(src, persons, rng)
        exp["n_persons"] = persons
        add(count_tag)

    suspects = ev["n_suspects"]
    if forced_blank == "n_suspects" or suspects is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
        add("blank_n_suspects")
    elif rng.random() < _NOT_KNOWN_RATE["n_suspects"]:
        cells["n_suspects"], exp["n_suspects"] = src.not_known["n_suspects"], None
        add("suspects_placeholder")
    else:
        k = int(suspects)  # type: ignore[call-overload]
        exp["n_suspects"] = k
        if k == 0 and src.zero_word is not None and rng.random() < _ZERO_WORD_RATE:
            cells["n_suspects"] = src.zero_word
            add("zero_word")
        else:
            cells["n_suspects"] = k if src.numbers else str(k)

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < _BLANK_GENDER_RATE:
        cells["gender"], exp["gender"] = None, "unknown"
        add("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(rng, words["gender"][gender]), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < _NOT_KNOWN_RATE[col]:
            cells[col], exp[col] = src.not_known[col], "unknown"
            add(f"na_word:{col}")
        else:
            cells[col], exp[col] = _word(rng, words[col][value]), value

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None or rng.random() < _BLANK_NATIONALITY_RATE:
        cells["nationality"], exp["nationality"] = None, None
        add("blank_nationality")
    else:
        cells["nationality"], tag = _country(src, str(nat), src.nationality, rng, "nationality")
        exp["nationality"] = str(nat)
        add(tag)

    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
        elif rng.random() < _NOT_KNOWN_RATE[col]:
            cells[col], exp[col] = src.not_known[col], None
            add(f"unknown:{col}")
        else:
            cells[col], tag = _country(src, str(iso), src.countries, rng, col)
            exp[col] = str(iso)
            add(tag)

    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        cells["detection_country"], exp["detection_country"] = None, None
        add("blank_detection_country")
    else:
        cells["detection_country"], tag = _country(
            src, str(det), src.countries, rng, "detection_country"
        )
        exp["detection_country"] = str(det)
        add(tag)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = src.direct
        exp["transit_countries"] = None
        if src.direct is not None:
            add("direct_word")
    else:
        style = _draw(rng, src.transit)
        parts = [_country_form(src, c, style) for c in str(transit).split("|")]
        cells["transit_countries"] = choice(rng, src.transit_seps).join(parts)
        exp["transit_countries"] = str(transit)
        if style in ("typo", "alias") and any(
            p != _NAMES[c][_LANG[src.language]]
            for p, c in zip(parts, str(transit).split("|"), strict=True)
        ):
            add(f"{style}:transit_countries")

    lat, lon = ev["lat"], ev["lon"]
    no_place = lat is None or lon is None
    if forced_blank == "coordinates" or no_place:
        cells.update(dict.fromkeys(("lat", "lon", "coordinates")))
        exp["lat"] = exp["lon"] = None
        add("blank_coordinates")
    elif rng.random() < _NO_COORDS_RATE:
        word = src.not_known.get("coordinates")
        cells.update(dict.fromkeys(("lat", "lon", "coordinates"), word))
        exp["lat"] = exp["lon"] = None
        add("coords_placeholder" if word else "coords_missing")
    else:
        y, x = float(lat), float(lon)  # type: ignore[arg-type]
        if src.coords == "maps":
            cells["coordinates"] = f"{round(y, 5)!r}, {round(x, 5)!r}"
        else:
            cells["lat"], cells["lon"] = _coord_text(src, y), _coord_text(src, x)
            if src.coords == "comma":
                add("decimal_comma")
        exp["lat"], exp["lon"] = y, x

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        names = [_word(rng, words["linked_offences"][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(names)
        exp["linked_offences"] = str(offences)

    _noise(src, cells, rng, tags)
    return cells, exp, tags


_WORD_COLUMNS = (
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


def _noise(src: Agency, cells: dict[str, object], rng: _Rng, tags: list[str]) -> None:
    """Case and spacing slips, and the rows pasted from a UTF-8 export (mojibake)."""
    for col in _WORD_COLUMNS:
        value = cells.get(col)
        if not isinstance(value, str) or rng.random() >= src.case_rate:
            continue
        kind = int(rng.integers(0, 3))
        noisy = value.upper() if kind == 0 else value.lower() if kind == 1 else f" {value}  "
        if noisy != value:
            cells[col] = noisy
            tags.append(f"case:{col}")
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        for col in (*_WORD_COLUMNS, "linked_offences"):
            value = cells.get(col)
            if not isinstance(value, str):
                continue
            garbled = mojibake(value)
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append(f"mojibake:{col}")


# --------------------------------------------------------------------------------------
# Bad dates, note dates, routing
# --------------------------------------------------------------------------------------
def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: none, impossible or in the future."""
    if kind == "no_date":
        return None
    style = _main_day_style(src)
    if kind == "bad_date":  # a day the month does not have
        day = 30 + int(rng.integers(0, 2))
        if style in ("iso", "iso_time"):
            return f"{ts.year}-02-{day}"
        if style in ("long", "serial"):
            return f"{day} Feb {ts.year}"
        return f"{day}/02/{ts.year}"
    future = ts.replace(year=ts.year + 100)  # one digit slipped: 2023 -> 2123
    return _day_text(src, future, style)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the extraction date written on the note row: the day after the last case."""
    return _day_text(src, last + pd.Timedelta(days=1), _main_day_style(src))


_PL, _UNFP, _AFE, _LMX, _FP = (a.source for a in AGENCIES)

#: The variant: its sources, who reports what first and second, and how it writes.
BLIND383: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={"GBR": _PL, "FRA": _UNFP, "ESP": _AFE, "USA": _LMX, "PAN": _LMX},
    compilation=_FP,
    secondary={
        ("channel", "FRA"): _PL,
        ("channel", "GBR"): _UNFP,
        ("thb_vnm_gbr", "GBR"): _FP,
        ("watl", "ESP"): _FP,
        ("wmed", "ESP"): _UNFP,
        ("thb_rou_esp", "ESP"): _FP,
        ("thb_rou_esp", "ITA"): _AFE,
        ("thb_nga_ita", "ITA"): _AFE,
        ("cmed", "ITA"): _UNFP,
        ("darien", "PAN"): _FP,
        ("us_mex", "USA"): _FP,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=383,
    blank_share=0.35,
)


def make_blind383(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five football bodies of ``blind383`` would.

    The Premier League's safeguarding team reports the events detected in the United
    Kingdom, the UNFP those in France, the AFE those in Spain, Liga MX's youth-academy
    desk those in the United States and Panama, and FIFPRO compiles every other event
    from its member unions. About 4 % of the events are reported a second time by another
    of them (dates a day apart, some fields left blank); AFE and FIFPRO re-send a few of
    their rows; about 1.5 % of the rows must be quarantined.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``premier_league_safeguarding_nu.xlsx``, ``unfp_service_juridique_nu.csv``,
        ``afe_futbolistas_nu.csv``, ``ligamx_fuerzas_basicas_nu.jsonl`` and
        ``fifpro_intl_nu.csv``, each with the expected reading of every row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind383(make_truth(seed=1, n_events=300), seed=1)
    >>> [(s.filename, s.encoding, s.delimiter) for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    [('premier_league_safeguarding_nu.xlsx', 'utf-8', None),
     ('unfp_service_juridique_nu.csv', 'cp1252', ';'),
     ('afe_futbolistas_nu.csv', 'utf-8', ','),
     ('ligamx_fuerzas_basicas_nu.jsonl', 'utf-8', None),
     ('fifpro_intl_nu.csv', 'utf-16', '\t')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Nature des faits']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND383, truth, seed=seed)
