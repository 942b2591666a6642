"""Examiner sample set ``blind125`` (files ``*_dw.*``): North African and Sahel desks.

Five agencies of the Maghreb and Sahel, or working from there, that see the end of the
routes they watch; none of them was used by an earlier set. Each writes the way its own
tools and clerks do:

``dgfe_tn_dw.xlsx``
    Tunisia, Ministère de l'Intérieur, Direction générale des frontières et des
    étrangers: the Excel sheet its cooperation desk keeps of arrivals and detections in
    Italy notified by the Italian side (readmission and police cooperation). French; real
    Excel dates with some typed in as text; country names and nationality adjectives,
    often in capitals; positions in degrees and decimal minutes with a decimal comma
    (``35°30,20'N - 012°36,00'E``); ``néant`` for no suspect; re-sent rows.
``ccp_tanger_dw.csv``
    The Spanish-Moroccan police cooperation centre in Tanger (Centro de Cooperación
    Policial hispano-marroquí): Spanish officers keep the sheet, Moroccan officers fill in
    some rows in French. cp1252, ``;``, CRLF; ``17/05/2023`` or ``17/05/23``; Spanish
    nationality adjectives (``marroquí``), ``H``/``M`` for hombre/mujer, ``patera`` and
    ``cayuco``; decimal-comma coordinates in two columns; ``1.250``; ``s/d``.
``cmai_tunis_dw.jsonl``
    The General Secretariat of the Council of Arab Interior Ministers (Tunis): its
    incident-sharing database exported as JSON lines by a script that escapes non-ASCII
    text. English keys and words; ISO alpha-3 codes, alpha-2 in the records migrated from
    the 2021 system; ISO dates, a month alone when the day is not known; ``null`` counts; some
    records exported twice.
``oam_rabat_dw.csv``
    The African Union's African Migration Observatory (Rabat): a compilation of partner
    submissions and open sources, saved from Excel as "Unicode text" (UTF-16, tabs).
    English; ``17 May 2023``, ``May 2023``, ``Q2 2023`` and stray Excel serial numbers;
    English names, aliases and UN M49 numeric codes; ``n/a`` and blanks.
``parquet_agadez_dw.csv``
    The prosecutor's office at the Agadez high court (Niger), which follows the cases of
    people who transited Agadez and were later detected in Italy or Spain (letters
    rogatory).
    UTF-8 with BOM, ``,``; legal French: ``deux (02)`` counts, ``17 mai 2023``,
    nationality adjectives (``nigériane``); part of its rows were imported from an older
    register and carry mojibake (``SÃ©nÃ©gal``).

The truth (``expected``) holds what a careful analyst reads from each written cell: a
month or quarter alone gives the first day and its precision, a "not known" count or a
blank gives no value, a blank sex ``unknown``, a ``n/a`` age or transport ``unknown``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["EXAMINER", "SOURCES", "Blind125Source", "make_blind125"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]

# --------------------------------------------------------------------------------------
# Countries: names (English, French, Spanish), aliases, typos, nationality adjectives
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
    "ROU": ("Romania", "Roumanie", "Rumanía"),
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
#: Other names a reader of that language takes for the same country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "GIN": ("Guinea-Conakry",),
        "GMB": ("The Gambia",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "VNM": ("Vietnam",),
        "IRN": ("Iran (Islamic Republic of)",),
        "BIH": ("Bosnia",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "GIN": ("Guinée Conakry",),
        "CIV": ("Cote d'Ivoire",),
        "RUS": ("Fédération de Russie",),
        "DZA": ("Algerie",),
        "EGY": ("Egypte",),
    },
    "es": {
        "GIN": ("Guinea Conakry",),
        "USA": ("EE. UU.",),
        "ESP": ("Espana",),
    },
}
#: Small slips of the keyboard a reader still recognises.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanisatn",
        "PAK": "Pakistna",
        "SYR": "Syira",
        "GRC": "Greeece",
        "DEU": "Germnay",
        "VEN": "Venezula",
        "HND": "Hondruas",
        "GTM": "Guatamala",
        "MEX": "Mexcio",
        "GBR": "United Kindgom",
        "BGR": "Bulgria",
        "ALB": "Albnia",
        "ERI": "Eritria",
        "POL": "Polnad",
        "COL": "Colomiba",
    },
    "fr": {
        "AFG": "Afganistan",
        "TUN": "Tunise",
        "BGD": "Bengladesh",
        "LBY": "Lybie",
        "GIN": "Guinnée",
        "PAK": "Pakistant",
        "ITA": "Itallie",
        "MAR": "Marroc",
        "ERI": "Erythrée",
        "MRT": "Mauritannie",
        "EGY": "Egypt",
    },
    "es": {
        "MAR": "Marrueco",
        "SEN": "Senagal",
        "GIN": "Guniea",
        "MRT": "Mauritana",
        "CIV": "Costa Marfil",
        "FRA": "Fancia",
        "ESP": "Epsaña",
        "ROU": "Rumania",
        "DZA": "Argelía",
    },
}
#: Nationality adjectives (masculine, feminine).
_DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "TUN": ("tunisien", "tunisienne"),
        "EGY": ("égyptien", "égyptienne"),
        "BGD": ("bangladais", "bangladaise"),
        "CIV": ("ivoirien", "ivoirienne"),
        "GIN": ("guinéen", "guinéenne"),
        "SYR": ("syrien", "syrienne"),
        "ERI": ("érythréen", "érythréenne"),
        "PAK": ("pakistanais", "pakistanaise"),
        "NGA": ("nigérian", "nigériane"),
        "ROU": ("roumain", "roumaine"),
        "MAR": ("marocain", "marocaine"),
        "DZA": ("algérien", "algérienne"),
        "MLI": ("malien", "malienne"),
        "SEN": ("sénégalais", "sénégalaise"),
        "GMB": ("gambien", "gambienne"),
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
    "es_abbr": (
        "ene",
        "feb",
        "mar",
        "abr",
        "may",
        "jun",
        "jul",
        "ago",
        "sep",
        "oct",
        "nov",
        "dic",
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
_FR_NUMBERS = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
    "vingt",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Each agency's words (field -> canonical value -> the words it writes)
# --------------------------------------------------------------------------------------
_DGFE_WORDS: _Words = {
    "crime_type": {
        "smuggling": (
            "Trafic illicite de migrants",
            "Organisation de franchissement illicite des frontières",
            "Trafic de migrants",
        ),
        "trafficking": ("Traite des personnes", "Traite des êtres humains"),
        "both": ("Traite des personnes et trafic de migrants",),
    },
    "exploitation": {
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Exploitation dans des activités criminelles",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre forme d'exploitation",),
    },
    "gender": {
        "male": ("Masculin", "M"),
        "female": ("Féminin", "F"),
        "mixed": ("Mixte", "M et F"),
    },
    "age_group": {
        "adult": ("Majeurs", "Adultes"),
        "child": ("Mineurs", "Mineurs non accompagnés"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    "transport_mode": {
        "sea": ("Maritime", "Embarcation", "Barque de pêche"),
        "land": ("Terrestre", "Voie terrestre"),
        "air": ("Aérien", "Voie aérienne"),
    },
    "linked_offences": {
        "document_fraud": ("Faux et usage de faux",),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment d'argent",),
        "illicit_goods": ("Contrebande",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
}
_CCP_WORDS: _Words = {
    "crime_type": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular",
            "Inmigración ilegal",
        ),
        "trafficking": ("Trata de seres humanos", "TSH"),
        "both": ("Trata y tráfico de migrantes",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otros fines",),
    },
    "gender": {
        "male": ("Varón", "Hombres", "H"),
        "female": ("Mujer", "Mujeres", "M"),
        "mixed": ("Mixto", "H y M"),
    },
    "age_group": {
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "transport_mode": {
        "sea": ("Embarcación", "Marítimo"),
        "land": ("Terrestre",),
        "air": ("Aéreo", "Vuelo comercial"),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
}
#: What a Moroccan officer of the Tanger centre writes in French.
_CCP_FR_WORDS: _Words = {
    "crime_type": {
        "smuggling": ("Trafic de migrants", "Immigration clandestine organisée"),
        "trafficking": ("Traite des êtres humains",),
        "both": ("Traite et trafic de migrants",),
    },
    "exploitation": {
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Travail forcé",),
        "forced_criminality": ("Activités criminelles forcées",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    "gender": {
        "male": ("Hommes", "Masculin"),
        "female": ("Femmes", "Féminin"),
        "mixed": ("Mixte",),
    },
    "age_group": {
        "adult": ("Majeurs",),
        "child": ("Mineurs",),
        "mixed": ("Majeurs et mineurs",),
    },
    "transport_mode": {
        "sea": ("Embarcation", "Maritime"),
        "land": ("Terrestre",),
        "air": ("Aérien",),
    },
    "linked_offences": {
        "document_fraud": ("Faux documents",),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Trafic de drogue",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
}
_CMAI_WORDS: _Words = {
    "crime_type": {
        "smuggling": ("Migrant smuggling", "SOM", "Smuggling of migrants"),
        "trafficking": ("Trafficking in persons", "TIP"),
        "both": ("TIP and SOM", "Trafficking and smuggling"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour",),
        "forced_criminality": ("Forced criminal activities",),
        "organ_removal": ("Removal of organs",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other forms",),
    },
    "gender": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed",),
    },
    "age_group": {
        "adult": ("Adult",),
        "child": ("Minor", "Child"),
        "mixed": ("Mixed",),
    },
    "transport_mode": {
        "sea": ("Sea", "Boat"),
        "land": ("Land", "Vehicle", "On foot"),
        "air": ("Air",),
    },
    "linked_offences": {
        "document_fraud": ("Document forgery",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drug trafficking", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
_OAM_WORDS: _Words = {
    "crime_type": {
        "smuggling": ("Smuggling of migrants", "Migrant smuggling"),
        "trafficking": ("Trafficking in persons", "Human trafficking"),
        "both": ("Trafficking and smuggling",),
    },
    "exploitation": {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("Men", "Male"),
        "female": ("Women", "Female"),
        "mixed": ("Mixed", "Men and women"),
    },
    "age_group": {
        "adult": ("Adults",),
        "child": ("Children", "Minors"),
        "mixed": ("Adults and children",),
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
_AGADEZ_WORDS: _Words = {
    "crime_type": {
        "smuggling": ("Trafic illicite de migrants (loi 2015-36)", "Trafic illicite de migrants"),
        "trafficking": ("Traite de personnes (ord. 2010-86)", "Traite de personnes"),
        "both": ("Traite de personnes et trafic illicite de migrants",),
    },
    "exploitation": {
        "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
        "forced_labour": ("Travail forcé",),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autres formes d'exploitation",),
    },
    "gender": {
        "male": ("masculin",),
        "female": ("féminin",),
        "mixed": ("mixte",),
    },
    "age_group": {
        "adult": ("majeur(s)",),
        "child": ("mineur(s)",),
        "mixed": ("majeurs et mineurs",),
    },
    "transport_mode": {
        "sea": ("voie maritime",),
        "land": ("voie terrestre",),
        "air": ("voie aérienne",),
    },
    "linked_offences": {
        "document_fraud": ("faux et usage de faux",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment de capitaux",),
        "illicit_goods": ("trafic de stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}


@dataclass(frozen=True)
class Blind125Source(ExaminerSource):
    """A source of the ``blind125`` set: what the shared machinery reads, and its wording.

    Attributes
    ----------
    words : mapping
        Field -> canonical value -> the words the agency writes for it.
    transit_sep : str
        Separator of the transit countries, written in order.
    offence_sep : str
        Separator of the linked offences.
    """

    words: _Words
    transit_sep: str
    offence_sep: str


def _src(
    source: str,
    fmt: str,
    encoding: str,
    delimiter: str | None,
    language: str,
    ref: str,
    headers: dict[str, str],
    note: str | None,
    total: str,
    bad_count: tuple[str, ...],
    repeats: bool,
    words: _Words,
    transit_sep: str,
    offence_sep: str,
) -> Blind125Source:
    return Blind125Source(
        source=source,
        filename=f"{source}_dw.{fmt}",
        ref=ref,
        format=fmt,
        encoding=encoding,
        delimiter=delimiter,
        language=language,
        headers=headers,
        note=note,
        total=total,
        bad_count=bad_count,
        repeats=repeats,
        words=words,
        transit_sep=transit_sep,
        offence_sep=offence_sep,
    )


_DGFE = _src(
    "dgfe_tn",
    "xlsx",
    "utf-8",
    None,
    "fr",
    "DGFE/{yy:02d}/{seq:05d}",
    {
        "source_ref": "Réf. dossier",
        "event_date": "Date d'interception",
        "place": "Lieu",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre de personnes",
        "n_suspects": "Nbre de passeurs / auteurs",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interception",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées (lat - long)",
        "linked_offences": "Infractions connexes",
    },
    "NB : chiffres provisoires, communiqués par la partie italienne",
    "TOTAL GÉNÉRAL",
    ("plusieurs", "une vingtaine"),
    True,
    _DGFE_WORDS,
    " / ",
    " ; ",
)
_CCP = _src(
    "ccp_tanger",
    "csv",
    "cp1252",
    ";",
    "es",
    "CCP-TNG {seq:04d}/{year}",
    {
        "source_ref": "Nº Diligencias",
        "event_date": "Fecha",
        "place": "Lugar",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Autores detenidos",
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
        "linked_offences": "Otros delitos",
    },
    "Nota: datos provisionales pendientes de validación por la Comisaría General",
    "TOTAL",
    ("varios", "una decena", "numerosos"),
    False,
    _CCP_WORDS,
    " - ",
    ", ",
)
_CMAI = _src(
    "cmai_tunis",
    "jsonl",
    "ascii",
    None,
    "en",
    "AIMC-{year}-{seq:06d}",
    {
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "offence_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality_code",
        "origin_country": "origin_code",
        "transit_countries": "transit_route",
        "destination_country": "destination_code",
        "detection_country": "detected_in",
        "transport_mode": "transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    None,
    "Grand total",
    ("several", "dozens"),
    True,
    _CMAI_WORDS,
    " > ",
    "; ",
)
_OAM = _src(
    "oam_rabat",
    "csv",
    "utf-16",
    "\t",
    "en",
    "OAM{yy:02d}-{seq:04d}",
    {
        "source_ref": "OAM ID",
        "event_date": "Date of event",
        "partner": "Data partner",
        "crime_type": "Type",
        "exploitation": "Form of exploitation",
        "n_persons": "Number of persons",
        "n_suspects": "Facilitators",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit",
        "destination_country": "Destination",
        "detection_country": "Country of detection",
        "transport_mode": "Mode",
        "coordinates": "Coordinates (lat, long)",
        "linked_offences": "Associated crimes",
    },
    "Note: compiled from partner submissions and open sources; figures are provisional",
    "Total",
    ("several", "dozens", "many"),
    False,
    _OAM_WORDS,
    "; ",
    ", ",
)
_AGADEZ = _src(
    "parquet_agadez",
    "csv",
    "utf-8-sig",
    ",",
    "fr",
    "RP N°{seq:03d}/{year}/TGI-AZ",
    {
        "source_ref": "N° RP",
        "event_date": "Date des faits",
        "place": "Lieu des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de victimes / migrants",
        "n_suspects": "Nombre de prévenus",
        "gender": "Sexe des victimes",
        "age_group": "Âge des victimes",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Itinéraire (pays traversés)",
        "destination_country": "Destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Moyen de transport",
        "linked_offences": "Infractions connexes",
    },
    "NB : extrait du registre du parquet, affaires suivies sur commission rogatoire",
    "TOTAL",
    ("plusieurs", "une dizaine"),
    False,
    _AGADEZ_WORDS,
    ", ",
    " et ",
)
#: The five sources, in the order the submissions are returned.
SOURCES: tuple[Blind125Source, ...] = (_DGFE, _CCP, _CMAI, _OAM, _AGADEZ)

# --------------------------------------------------------------------------------------
# Writing one cell
# --------------------------------------------------------------------------------------
_Row = dict[str, object]


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _country(
    src: Blind125Source, iso: str, col: str, ev: _Row, rng: _Rng, row: _Row
) -> tuple[str, list[str]]:
    """Write one country the way the source does; return (cell, tags)."""
    r = rng.random()
    tags: list[str] = []
    female = ev["gender"] == "female"
    if src.source == "cmai_tunis":
        if row["free_text"]:  # typed in by hand instead of picked from the code list
            return _name(iso, "en"), ["country_name"]
        if row["legacy"]:  # records migrated from the 2021 system keep its alpha-2 codes
            return iso_codes(iso)[0], ["iso2"]
        return iso, ["iso3"]
    if src.source == "oam_rabat":
        if row["m49"]:  # a partner's sheet keyed by UN M49 codes
            return iso_codes(iso)[1], ["iso_numeric"]
        text = _name(iso, "en")
        if r < 0.1 and iso in _ALIASES["en"]:
            text, tags = choice(rng, _ALIASES["en"][iso]), ["alias"]
        elif r < 0.14 and iso in _TYPOS["en"]:
            text, tags = _TYPOS["en"][iso], ["typo"]
        s = rng.random()
        if s < 0.04:
            text, tags = text.upper(), [*tags, "upper"]
        elif s < 0.07:
            text, tags = f" {text} ", [*tags, "spacing"]
        return text, tags
    lang = "fr" if row["french"] else src.language
    demonyms = _DEMONYMS[lang]
    share = {"dgfe_tn": 0.5, "ccp_tanger": 0.5, "parquet_agadez": 0.75}[src.source]
    if col == "nationality" and iso in demonyms and r < share:
        text, tags = demonyms[iso][1 if female else 0], ["demonym"]
    elif rng.random() < 0.05 and iso in _TYPOS[lang]:
        text, tags = _TYPOS[lang][iso], ["typo"]
    elif rng.random() < 0.06 and iso in _ALIASES[lang]:
        text, tags = _ALIASES[lang][iso][0], ["alias"]
    elif src.source == "ccp_tanger" and col != "nationality" and rng.random() < 0.04:
        text, tags = iso_codes(iso)[0], ["iso2"]
    else:
        text = _name(iso, lang)
    if row["caps"]:
        text, tags = text.upper(), [*tags, "upper"]
    return text, tags


def _word(src: Blind125Source, field: str, value: str, rng: _Rng, row: _Row) -> str:
    words = _CCP_FR_WORDS if row["french"] else src.words
    text = choice(rng, words[field][value])
    return text.upper() if row["caps"] and field == "crime_type" else text


def _month(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _date(
    src: Blind125Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected day, precision, tags)."""
    r = rng.random()
    p = rng.random()
    name = src.source
    if name == "dgfe_tn":
        if partial_ok and p < 0.05:
            return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}", _month(ts), "month", ["month_only"]
        if r < 0.18:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["date_text"]
        return ts.to_pydatetime(), ts, "day", []
    if name == "ccp_tanger":
        if partial_ok and p < 0.05:
            return f"{_MONTHS['es'][ts.month - 1]} {ts.year}", _month(ts), "month", ["month_only"]
        if r < 0.2:
            return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if name == "cmai_tunis":
        if partial_ok and p < 0.08:
            return ts.strftime("%Y-%m"), _month(ts), "month", ["month_only"]
        if r < 0.1:
            return ts.strftime("%Y-%m-%dT00:00:00"), ts, "day", ["timestamp"]
        return ts.strftime("%Y-%m-%d"), ts, "day", []
    if name == "oam_rabat":
        if partial_ok and p < 0.08:
            quarter = (ts.month - 1) // 3 + 1
            start = pd.Timestamp(year=ts.year, month=3 * quarter - 2, day=1)
            return f"Q{quarter} {ts.year}", start, "quarter", ["quarter_only"]
        if partial_ok and p < 0.16:
            return f"{_MONTHS['en'][ts.month - 1]} {ts.year}", _month(ts), "month", ["month_only"]
        if r < 0.06:
            return str((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
        return f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}", ts, "day", []
    # parquet_agadez: a clerk's dd/mm/yyyy or the judgment's "17 mai 2023"
    if partial_ok and p < 0.05:
        return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}", _month(ts), "month", ["month_only"]
    if r < 0.4:
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS['fr'][ts.month - 1]} {ts.year}", ts, "day", ["date_words"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _fr_count(n: int) -> str:
    return f"{_FR_NUMBERS[n]} ({n:02d})"


def _persons(src: Blind125Source, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the number of persons; return (cell, expected, tags)."""
    r = rng.random()
    name = src.source
    placeholder = {
        "dgfe_tn": "N/D",
        "ccp_tanger": "s/d",
        "cmai_tunis": None,
        "oam_rabat": choice(rng, ("unknown", "n.k.")),
        "parquet_agadez": "indéterminé",
    }[name]
    if r < (0.03 if name == "oam_rabat" else 0.02):
        return placeholder, None, ["count_placeholder"]
    if name == "cmai_tunis":
        return n, n, []
    if name == "dgfe_tn":
        if n >= 1000 and rng.random() < 0.5:
            return f"{n // 1000} {n % 1000:03d}", n, ["thousands_sep"]
        return n, n, []
    if name == "ccp_tanger":
        if n >= 1000:
            return f"{n // 1000}.{n % 1000:03d}", n, ["thousands_sep"]
        return str(n), n, []
    if name == "oam_rabat":
        if n >= 1000 and rng.random() < 0.7:
            return f"{n:,}", n, ["thousands_sep"]
        return str(n), n, []
    if n <= 20 and rng.random() < 0.6:
        return _fr_count(n), n, ["count_word"]
    return str(n), n, []


def _suspects(src: Blind125Source, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the number of suspects; return (cell, expected, tags)."""
    r = rng.random()
    name = src.source
    if name == "cmai_tunis":
        return (None, None, ["blank_n_suspects"]) if r < 0.03 else (n, n, [])
    if name == "oam_rabat":
        if r < 0.06:
            return None, None, ["blank_n_suspects"]
        if n == 0 and rng.random() < 0.5:
            return "none", 0, ["zero_word"]
        return str(n), n, []
    if name == "dgfe_tn":
        if r < 0.02:
            return "N/D", None, ["suspects_placeholder"]
        if n == 0 and rng.random() < 0.5:
            return "néant", 0, ["zero_word"]
        return n, n, []
    if name == "ccp_tanger":
        if r < 0.02:
            return "s/d", None, ["suspects_placeholder"]
        if n == 0 and rng.random() < 0.4:
            return "ninguno", 0, ["zero_word"]
        return str(n), n, []
    if n == 0:
        return "néant", 0, ["zero_word"]
    if n <= 20 and rng.random() < 0.6:
        return _fr_count(n), n, ["suspects_word"]
    return str(n), n, []


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes with a decimal comma; return (text, value read)."""
    hemi = pos if value >= 0 else neg
    deg = int(abs(value))
    minutes = round((abs(value) - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, minutes - 60
    text = f"{deg:0{width}d}°{minutes:05.2f}'{hemi}".replace(".", ",")
    read = deg + minutes / 60
    return text, round(read if value >= 0 else -read, 6)


def _coords(
    src: Blind125Source, ev: _Row, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place of detection; return (cells, lat, lon, tags)."""
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    name = src.source
    r = rng.random()
    land_case = ev["crime_type"] != "smuggling"
    if name == "parquet_agadez":
        return {}, None, None, ["coords_missing"]
    if name == "dgfe_tn":
        if land_case or r < 0.04:
            return {"coordinates": None}, None, None, ["coords_missing"]
        la, rla = _ddm(lat, "N", "S", 2)
        lo, rlo = _ddm(lon, "E", "O", 3)
        return {"coordinates": f"{la} - {lo}"}, rla, rlo, ["coords_ddm"]
    if name == "ccp_tanger":
        if (land_case and r < 0.6) or r < 0.03:
            return {"lat": None, "lon": None}, None, None, ["coords_missing"]
        la4, lo4 = round(lat, 4), round(lon, 4)
        cells: dict[str, object] = {
            "lat": f"{la4:.4f}".replace(".", ","),
            "lon": f"{lo4:.4f}".replace(".", ","),
        }
        return cells, la4, lo4, ["decimal_comma"]
    if name == "cmai_tunis":
        if r < 0.1:
            return {"lat": None, "lon": None}, None, None, ["coords_missing"]
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), []
    if r < 0.04:
        return {"coordinates": "n/a"}, None, None, ["coords_placeholder"]
    if r < 0.09:
        return {"coordinates": None}, None, None, ["coords_missing"]
    la3, lo3 = round(lat, 3), round(lon, 3)
    return {"coordinates": f"{la3:.3f}, {lo3:.3f}"}, la3, lo3, []


_CCP_SEA = {
    "watl": ("Cayuco", "Neumática", "Cayuco"),
    "wmed": ("Patera", "Neumática", "Moto de agua"),
}
#: Ways over the land borders of Ceuta and Melilla; elsewhere a stowaway in a vehicle.
_CCP_FENCE = ("Salto de valla", "Oculto en vehículo", "Paso fronterizo")


def _transport(src: Blind125Source, ev: _Row, rng: _Rng, row: _Row) -> tuple[str, str, list[str]]:
    """Write the transport mode; return (cell, expected, tags)."""
    mode = str(ev["transport_mode"])
    corridor = str(ev["corridor"])
    r = rng.random()
    if src.source == "oam_rabat" and r < 0.04:
        return "n/a", "unknown", ["na_word"]
    if src.source == "dgfe_tn" and r < 0.02:
        return "Non déterminé", "unknown", ["na_word"]
    if src.source == "ccp_tanger" and not row["french"]:
        if mode == "sea" and corridor in _CCP_SEA and r < 0.7:
            return choice(rng, _CCP_SEA[corridor]), mode, ["boat_word"]
        if mode == "land" and corridor == "wmed" and r < 0.6:
            fence = str(ev["hotspot"]) in ("Ceuta", "Melilla")
            words = _CCP_FENCE if fence else ("Oculto en vehículo",)
            return choice(rng, words), mode, ["land_word"]
    return _word(src, "transport_mode", mode, rng, row), mode, []


def _age(src: Blind125Source, ev: _Row, rng: _Rng, row: _Row) -> tuple[str, str, list[str]]:
    age = str(ev["age_group"])
    r = rng.random()
    if src.source == "oam_rabat" and r < 0.05:
        return "n/a", "unknown", ["na_word"]
    if src.source == "dgfe_tn" and r < 0.02:
        return "Non déterminé", "unknown", ["na_word"]
    return _word(src, "age_group", age, rng, row), age, []


def _gender(src: Blind125Source, ev: _Row, rng: _Rng, row: _Row) -> tuple[object, str, list[str]]:
    gender = str(ev["gender"])
    if src.source == "oam_rabat" and rng.random() < 0.05:
        return None, "unknown", ["blank_gender"]
    return _word(src, "gender", gender, rng, row), gender, []


def _place(src: Blind125Source, ev: _Row) -> str:
    spot = str(ev["hotspot"])
    if src.source == "parquet_agadez":
        return f"{spot} ({_name(str(ev['detection_country']), 'fr')})"
    return spot


#: Prefixes of the tags a field's cell may carry (dropped when the field is left blank).
_TAGS_OF: dict[str, tuple[str, ...]] = {
    "nationality": ("nationality:",),
    "detection_country": ("detection_country:",),
    "n_suspects": ("zero_word", "suspects_", "blank_n_suspects"),
    "gender": ("blank_gender",),
    "coordinates": ("coords_", "decimal_comma"),
}


def _render(
    src: Blind125Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    row: _Row = {
        "french": src.source == "ccp_tanger" and rng.random() < 0.2,
        "caps": src.source == "dgfe_tn" and rng.random() < 0.3,
        "legacy": ts.year == 2021,
        "m49": src.source == "oam_rabat" and rng.random() < 0.1,
        "free_text": src.source == "cmai_tunis" and rng.random() < 0.04,
    }
    tags: list[str] = ["fr_words"] if row["french"] else []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t
    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _word(src, "crime_type", crime, rng, row), crime
    expl = ev["exploitation"]
    cells["exploitation"] = (
        None if expl is None else _word(src, "exploitation", str(expl), rng, row)
    )
    exp["exploitation"] = expl
    cells["n_persons"], exp["n_persons"], t = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects(src, int(ev["n_suspects"]), rng)  # type: ignore[call-overload]
    tags += t
    cells["gender"], exp["gender"], t = _gender(src, ev, rng, row)
    tags += t
    cells["age_group"], exp["age_group"], t = _age(src, ev, rng, row)
    tags += t
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        cells[col], t = _country(src, str(iso), col, ev, rng, row)
        exp[col] = iso
        tags += [f"{col}:{x}" for x in t]
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, t = _country(src, iso, "transit", ev, rng, row)
            parts.append(text.strip())
            tags += [f"transit:{x}" for x in t if x != "spacing"]
        cells["transit_countries"] = src.transit_sep.join(parts)
    exp["transit_countries"] = transit
    cells["transport_mode"], exp["transport_mode"], t = _transport(src, ev, rng, row)
    tags += t
    coord_cells, exp["lat"], exp["lon"], t = _coords(src, ev, rng)
    cells.update(coord_cells)
    tags += t
    offences = ev["linked_offences"]
    cells["linked_offences"] = (
        None
        if offences is None
        else src.offence_sep.join(
            _word(src, "linked_offences", o, rng, row) for o in str(offences).split("|")
        )
    )
    exp["linked_offences"] = offences
    if "place" in src.headers:
        cells["place"] = _place(src, ev)
    if "partner" in src.headers:
        cells["partner"] = choice(rng, ("Member State", "Open sources", "Partner organisation"))

    if forced_blank is not None:  # the second report leaves the field blank
        tags = [t for t in tags if not t.startswith(_TAGS_OF[forced_blank])]
        if forced_blank == "coordinates":
            for key in ("coordinates", "lat", "lon"):
                if key in src.headers:
                    cells[key] = None
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
        tags.append(f"blank_{forced_blank}")

    if src.source == "parquet_agadez" and rng.random() < 0.3:  # rows of the older register
        garbled = False
        for key, value in cells.items():
            if isinstance(value, str) and (bad := mojibake(value)) is not None:
                cells[key] = bad
                garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad dates, note dates and the variant
# --------------------------------------------------------------------------------------
_IMPOSSIBLE = ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31))


def _bad_date(src: Blind125Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date that must be quarantined (none, impossible, or in the future)."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # the decade typed wrong: 2023 -> 2033
        fut = ts.replace(year=ts.year + 10)
        if src.source == "dgfe_tn":
            return fut.to_pydatetime()
        if src.source == "cmai_tunis":
            return fut.strftime("%Y-%m-%d")
        if src.source == "oam_rabat":
            return f"{fut.day} {_MONTHS['en'][fut.month - 1]} {fut.year}"
        return fut.strftime("%d/%m/%Y")
    month, day = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
    if src.source == "cmai_tunis":
        return f"{ts.year}-{month:02d}-{day:02d}"
    if src.source == "oam_rabat":
        return f"{day} {_MONTHS['en'][month - 1]} {ts.year}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: Blind125Source, last: pd.Timestamp) -> object:
    """Write the date of the note row: a few days after the last event."""
    day = last + pd.Timedelta(days=5)
    if src.source == "dgfe_tn":
        return day.to_pydatetime()
    if src.source == "oam_rabat":
        return f"{day.day} {_MONTHS['en'][day.month - 1]} {day.year}"
    return day.strftime("%d/%m/%Y")


#: The variant: who reports what first, and who may report it again.
EXAMINER: Examiner[Blind125Source] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": "dgfe_tn",
        "ESP": "ccp_tanger",
        "GRC": "cmai_tunis",
        "HRV": "cmai_tunis",
        "POL": "cmai_tunis",
    },
    compilation="oam_rabat",
    secondary={
        ("cmed", "ITA"): "parquet_agadez",
        ("thb_nga_ita", "ITA"): "parquet_agadez",
        ("wmed", "ESP"): "parquet_agadez",
        ("watl", "ESP"): "oam_rabat",
        ("emed", "GRC"): "oam_rabat",
        ("wbal", "HRV"): "oam_rabat",
        ("blr_pol", "POL"): "oam_rabat",
        ("channel", "FRA"): "cmai_tunis",
        ("channel", "GBR"): "cmai_tunis",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=125,
    blank_share=0.35,
)


def make_blind125(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind125`` agencies would (files ``*_dw.*``).

    Italy's detections are first reported by Tunisia's border directorate (XLSX,
    French), Spain's by the Spanish-Moroccan police centre in Tanger (CSV, cp1252,
    Spanish with French rows), Greece's, Croatia's and Poland's by the Council of Arab
    Interior Ministers' database (JSON lines, ASCII, English codes); the African
    Migration Observatory's compilation (CSV, UTF-16, tabs, English) reports every other
    event, and the Agadez prosecutor (CSV, UTF-8 with BOM, legal French) reports again
    some of the central and western Mediterranean and Nigerian trafficking events.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per agency, in the order of :data:`SOURCES`, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind125(make_truth(seed=125, n_events=300), seed=125)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dgfe_tn_dw.xlsx', 'ccp_tanger_dw.csv', 'cmai_tunis_dw.jsonl', 'oam_rabat_dw.csv',
     'parquet_agadez_dw.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'ascii', 'utf-16', 'utf-8-sig']
    >>> subs[1].frame.columns[:3].tolist()
    ['Nº Diligencias', 'Fecha', 'Lugar']
    >>> all((s.expected["expected_status"] != "quarantine").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
