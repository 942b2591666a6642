"""Examiner sample set ``blind402`` (files ``*_on.*``): pawnbrokers' and gold buyers' AML desks.

Five sources never used before in this project, written from the truth the way their
compliance desks keep their logs of trafficking- and smuggling-linked pledges and sellers:

``ramsdens_mlro_on.csv``
    Ramsdens Holdings PLC (UK pawnbroker, foreign exchange and precious-metals buyer),
    the MLRO's internal suspicious-activity log. English, UTF-8 with BOM (Excel's
    "CSV UTF-8"), ``,``. UK wording (Modern Slavery, Organised Immigration Crime / OIC,
    HGV, small boat), nationalities as demonyms ("Vietnamese", "Afghan"), day-first
    dates (``17/05/2023``, ``17-May-2023``, a time from the case system), ``Nil`` for no
    subject, ``n/k`` for a count not known, no coordinates (a pawnbroker has none).
``cnor_lcbft_on.csv``
    Comptoir National de l'Or (French gold-buying network), cellule LCB-FT register.
    French, cp1252, ``;``, CRLF. French legal wording (TEH, aide à l'entrée et au séjour
    irréguliers, proxénétisme, recel), ``néant`` for no suspect, ``NC`` for not known,
    decimal-comma coordinates, thousands with a no-break space, country names pasted
    from a UTF-8 portal now and then (mojibake), day-first dates and ``17 mai 2023``.
``quickgold_pbc_on.xlsx``
    Quickgold (Spanish compro-oro chain), unidad de prevención del blanqueo de
    capitales. Spanish. Real Excel dates, some typed as text, some cells that lost
    their date format (Excel serial numbers); Spanish Código Penal wording
    (favorecimiento de la inmigración ilegal, TSH), sex as ``H``/``M`` (hombre/mujer),
    patera/cayuco, ``s/d``, coordinates as one ``lat; lon`` cell with decimal commas.
``fundacion_donde_pld_on.csv``
    Fundación Rafael Dondé (Mexican pawnshop I.A.P., Profeco-registered), oficial de
    cumplimiento, avisos antilavado. Mexican Spanish, latin-1, ``|`` (the pipe layout of
    the SAT/UIF files), dates ``AAAAMMDD`` as in the avisos or ``dd/mm/aaaa``, countries
    as ISO alpha-2 catalogue codes or names (``EUA`` for the United States), ``NNA``
    for minors, trata / tráfico de personas, ORPI for money laundering, many rows in
    capitals (captured by the system), a few latitude/longitude pairs typed swapped.
``interpol_ifcacc_on.jsonl``
    INTERPOL Financial Crime and Anti-Corruption Centre, compilation of member
    countries' notifications (every detection country no other source covers: Italy,
    Greece, Croatia, Poland, Panama). English keys, UTF-8 JSON lines, ISO alpha-3 codes
    (some alpha-2 or numeric), THB / SOM / THB/SOM, ``UNK``, counts and coordinates as
    JSON numbers, dates ISO or only a month (``2023-05``) or a quarter (``Q2 2023``).

The truth says what a careful analyst reads from each cell: a demonym or a code is the
country, ``Nil`` / ``néant`` / ``ninguno`` is zero, ``n/k`` / ``NC`` / ``s/d`` / ``UNK``
is not known (no value, or ``unknown`` in a vocabulary column), an obviously swapped
latitude/longitude pair is the place, a month or a quarter is its first day with that
precision; an impossible or far-future date, a negative count or a count in words
("several") makes the row one to quarantine.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

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

__all__ = ["make_blind402"]

_Rng = np.random.Generator
Weights = tuple[tuple[str, float], ...]
Words = dict[str, tuple[str, ...]]

_LANG = {"en": 0, "fr": 1, "es": 2}
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

# iso3 -> (English, French, Spanish), as these desks spell them
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

# Nationalities as a UK desk writes them (the adjective, as on an NRM or SAR form).
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
_DEMONYM_TYPOS = {
    "AFG": "Afghani",
    "ALB": "Albainian",
    "ERI": "Eritrian",
    "IRN": "Irainian",
    "IRQ": "Iraqui",
    "SYR": "Syrain",
    "VNM": "Vietnamise",
}

# Small misspellings a careful reader still reads, per language.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ALB": "Albnia",
        "DEU": "Germnay",
        "ERI": "Eritria",
        "FRA": "Frnace",
        "GBR": "Untied Kingdom",
        "LBY": "Lybia",
        "VNM": "Veitnam",
    },
    "fr": {
        "AFG": "Afganistan",
        "ALB": "Albannie",
        "DEU": "Allemange",
        "ESP": "Espange",
        "GBR": "Royaume Uni",
        "ITA": "Itallie",
        "LBY": "Lybie",
        "MAR": "Marroc",
    },
    "es": {
        "CIV": "Costa Marfil",
        "FRA": "Fancia",
        "MAR": "Marrueco",
        "MRT": "Mauritana",
        "SEN": "Senegall",
        "VEN": "Venezuala",
    },
}

# Other names in use, per language ("mx" = the Mexican desk).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "BIH": ("Bosnia",),
        "CIV": ("Ivory Coast",),
        "GBR": ("UK", "Great Britain"),
        "IRN": ("Iran (Islamic Republic of)",),
        "MKD": ("Macedonia",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "TUR": ("Türkiye",),
        "USA": ("USA", "US"),
        "VNM": ("Viet Nam",),
    },
    "fr": {
        "BIH": ("Bosnie",),
        "GBR": ("Angleterre",),
        "MKD": ("Macédoine",),
        "TUR": ("Türkiye",),
        "USA": ("USA",),
    },
    "es": {
        "BIH": ("Bosnia",),
        "GBR": ("Gran Bretaña",),
        "GIN": ("Guinea Conakry",),
        "MKD": ("Macedonia",),
        "USA": ("EE. UU.", "EEUU"),
        "VNM": ("Viet Nam",),
    },
    "mx": {
        "GBR": ("Gran Bretaña",),
        "USA": ("EUA", "EE.UU.", "Estados Unidos de América"),
    },
}


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One AML desk of the set: the shared fields plus its own wording and habits.

    Attributes
    ----------
    dates : tuple of (str, float)
        Date styles of its rows and their weights (a style of :func:`_date_cell`).
    partial : tuple of (str, float)
        Month or quarter styles and their weights, for rows that may give no day.
    partial_share : float
        Share of the rows that may give no day written with a ``partial`` style.
    countries : tuple of (str, float)
        Country styles (``name``, ``upper``, ``noaccent``, ``typo``, ``alias``,
        ``mojibake``, ``iso2``, ``iso3``, ``numeric``) and their weights.
    nationalities : tuple of (str, float)
        Styles of the nationality column (adds ``demonym`` and ``demonym_typo``).
    alias_key : str
        Key of :data:`_ALIASES` (its language, or ``"mx"``).
    crime, exploitation, gender, age, transport, offences : dict
        Canonical word -> the desk's words (first = the usual one).
    unknown : tuple of str
        Words for a value not known (a blank cell is as likely).
    not_applicable : tuple of str
        Words written for the exploitation of a smuggling case (may be empty).
    direct : tuple of str
        Words written for a route with no transit country (may be empty).
    no_offence : tuple of str
        Words written when no offence is linked (may be empty).
    zero : tuple of str
        Words for no suspect at all.
    placeholder : tuple of str
        Words for a count not known.
    transit_sep, offence_sep : tuple of str
        Separators of the transit countries and of the linked offences.
    thousands : tuple of str
        Thousands separators of the counts written as text.
    coords : str
        ``"none"``, ``"comma_cols"``, ``"dot_cols"``, ``"pair"`` or ``"numbers"``.
    case_rate : float
        Share of the text cells typed in other case or with stray spaces.
    upper_rows : float
        Share of the rows written all in capitals (captured by a system).
    """

    dates: Weights
    partial: Weights
    partial_share: float
    countries: Weights
    nationalities: Weights
    alias_key: str
    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    transport: Words
    offences: Words
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    direct: tuple[str, ...]
    no_offence: tuple[str, ...]
    zero: tuple[str, ...]
    placeholder: tuple[str, ...]
    transit_sep: tuple[str, ...]
    offence_sep: tuple[str, ...]
    thousands: tuple[str, ...]
    coords: str
    case_rate: float
    upper_rows: float


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
RAMSDENS = Desk(
    source="ramsdens_mlro",
    filename="ramsdens_mlro_on.csv",
    ref="RAM-SAR-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Internal SAR Ref",
        "event_date": "Date of Incident",
        "crime_type": "Offence Type",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "No. of Subjects",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Where Detected",
        "transit_countries": "Route (Transit Countries)",
        "transport_mode": "Method of Travel",
        "linked_offences": "Linked Offences",
    },
    note="Extract from MLRO SAR log - figures provisional, not for onward disclosure",
    total="Total",
    bad_count=("several", "multiple", "see narrative"),
    repeats=True,
    dates=(("%d/%m/%Y", 0.75), ("%d/%m/%Y %H:%M", 0.1), ("%d-%b-%Y", 0.15)),
    partial=(),
    partial_share=0.0,
    countries=(("name", 0.8), ("upper", 0.07), ("alias", 0.08), ("typo", 0.05)),
    nationalities=(("demonym", 0.8), ("demonym_typo", 0.05), ("name", 0.1), ("upper", 0.05)),
    alias_key="en",
    crime={
        "trafficking": ("Modern Slavery", "Human Trafficking", "MS/HT"),
        "smuggling": ("Organised Immigration Crime", "OIC", "People smuggling"),
        "both": ("Modern Slavery & OIC", "OIC / Modern Slavery"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal exploitation (cannabis)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Under 18", "Minor", "Child"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    transport={
        "sea": ("Small boat", "RHIB", "Sea"),
        "land": ("HGV", "Lorry", "Road"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering", "ML"),
        "illicit_goods": ("Drugs", "Stolen goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorist financing",),
    },
    unknown=("Not known", "n/k", "Unknown"),
    not_applicable=("N/A",),
    direct=("Direct",),
    no_offence=("None",),
    zero=("Nil", "nil"),
    placeholder=("n/k", "TBC"),
    transit_sep=(" > ", ", "),
    offence_sep=("; ", " & "),
    thousands=(",",),
    coords="none",
    case_rate=0.03,
    upper_rows=0.0,
)

CNOR = Desk(
    source="cnor_lcbft",
    filename="cnor_lcbft_on.csv",
    ref="LCB/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° déclaration",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    note="Extraction registre LCB-FT - données provisoires, diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "nombreux"),
    repeats=False,
    dates=(("%d/%m/%Y", 0.85), ("long_fr", 0.15)),
    partial=(),
    partial_share=0.0,
    countries=(
        ("name", 0.66),
        ("upper", 0.1),
        ("mojibake", 0.12),
        ("noaccent", 0.05),
        ("typo", 0.04),
        ("alias", 0.03),
    ),
    nationalities=(
        ("name", 0.66),
        ("upper", 0.1),
        ("mojibake", 0.12),
        ("noaccent", 0.05),
        ("typo", 0.04),
        ("alias", 0.03),
    ),
    alias_key="fr",
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "traite"),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "Trafic de migrants",
            "Filière d'immigration clandestine",
        ),
        "both": ("TEH et aide au séjour irrégulier", "Traite + trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "female": ("Féminin", "F", "femmes"),
        "male": ("Masculin", "H", "hommes"),
        "mixed": ("Mixte", "H/F"),
    },
    age={
        "child": ("Mineur(s)", "mineurs"),
        "adult": ("Majeur(s)", "majeurs"),
        "mixed": ("Majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("maritime", "small boat", "embarcation"),
        "land": ("routier", "poids lourd", "camion"),
        "air": ("aérien", "avion"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("recel", "stupéfiants"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("financement du terrorisme",),
    },
    unknown=("NC", "inconnu", "non renseigné"),
    not_applicable=("sans objet",),
    direct=(),
    no_offence=(),
    zero=("néant", "Néant"),
    placeholder=("NC", "non communiqué"),
    transit_sep=(" / ", ", "),
    offence_sep=(", ", " + "),
    thousands=("\u00a0", " "),
    coords="comma_cols",
    case_rate=0.06,
    upper_rows=0.0,
)

QUICKGOLD = Desk(
    source="quickgold_pbc",
    filename="quickgold_pbc_on.xlsx",
    ref="QG-PBC-{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
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
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales a fecha de extracción. Uso interno OCI",
    total="TOTAL",
    bad_count=("varios", "numerosos", "grupo"),
    repeats=False,
    dates=(("excel", 0.7), ("%d/%m/%Y", 0.2), ("serial", 0.1)),
    partial=(),
    partial_share=0.0,
    countries=(
        ("name", 0.7),
        ("upper", 0.12),
        ("noaccent", 0.09),
        ("typo", 0.04),
        ("alias", 0.02),
        ("iso3", 0.03),
    ),
    nationalities=(
        ("name", 0.7),
        ("upper", 0.12),
        ("noaccent", 0.09),
        ("typo", 0.04),
        ("alias", 0.02),
        ("iso3", 0.03),
    ),
    alias_key="es",
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
        "smuggling": (
            "Favorecimiento de la inmigración ilegal",
            "Inmigración ilegal",
            "Tráfico ilícito de migrantes",
        ),
        "both": ("TSH e inmigración ilegal", "Trata y tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "explotación para delinquir"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    gender={
        "female": ("Mujer", "M", "mujeres"),
        "male": ("Hombre", "H", "hombres"),
        "mixed": ("Mixto", "H y M"),
    },
    age={
        "child": ("Menor", "menores de edad"),
        "adult": ("Mayor de edad", "adultos"),
        "mixed": ("Mayores y menores", "mixto"),
    },
    transport={
        "sea": ("Patera", "Cayuco", "Neumática", "Marítimo"),
        "land": ("Terrestre", "Vehículo", "Camión"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("receptación", "tráfico de drogas"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("financiación del terrorismo",),
    },
    unknown=("s/d", "Desconocido", "Sin datos"),
    not_applicable=(),
    direct=("Ninguno",),
    no_offence=(),
    zero=("ninguno", "Ninguno"),
    placeholder=("s/d", "sin determinar"),
    transit_sep=(" - ", ", "),
    offence_sep=(", ", " y "),
    thousands=(),
    coords="pair",
    case_rate=0.06,
    upper_rows=0.0,
)

DONDE = Desk(
    source="fundacion_donde_pld",
    filename="fundacion_donde_pld_on.csv",
    ref="FRD-PLD-{year}{seq:06d}",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Personas involucradas",
        "n_suspects": "Probables responsables",
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
        "linked_offences": "Delitos vinculados",
    },
    note="Nota: información preliminar, sujeta a validación del Oficial de Cumplimiento",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo", "muchos"),
    repeats=True,
    dates=(("%Y%m%d", 0.65), ("%d/%m/%Y", 0.35)),
    partial=(),
    partial_share=0.0,
    countries=(("iso2", 0.65), ("name", 0.25), ("alias", 0.06), ("noaccent", 0.04)),
    nationalities=(("iso2", 0.7), ("name", 0.22), ("alias", 0.04), ("noaccent", 0.04)),
    alias_key="mx",
    crime={
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico de personas", "Tráfico de indocumentados", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de personas",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajos forzados", "explotación laboral"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzoso",),
        "other": ("otra",),
    },
    gender={
        "female": ("Mujer", "Femenino"),
        "male": ("Hombre", "Masculino"),
        "mixed": ("Mixto", "Ambos"),
    },
    age={
        "child": ("NNA", "Menores"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie", "Tractocamión"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("uso de documento falso", "falsificación de documentos"),
        "corruption": ("cohecho",),
        "money_laundering": ("operaciones con recursos de procedencia ilícita", "ORPI"),
        "illicit_goods": ("contra la salud", "narcomenudeo"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("financiamiento al terrorismo",),
    },
    unknown=("Sin dato", "N/D", "Se desconoce"),
    not_applicable=(),
    direct=(),
    no_offence=(),
    zero=("ninguno", "Ninguno"),
    placeholder=("sin dato", "N/D"),
    transit_sep=(", ", " - "),
    offence_sep=(", ", " / "),
    thousands=(",",),
    coords="dot_cols",
    case_rate=0.0,
    upper_rows=0.35,
)

IFCACC = Desk(
    source="interpol_ifcacc",
    filename="interpol_ifcacc_on.jsonl",
    ref="IFCACC/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "incident_date",
        "crime_type": "crime_area",
        "exploitation": "exploitation_purpose",
        "n_persons": "persons_concerned",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "country_of_destination",
        "detection_country": "country_of_detection",
        "transit_countries": "transit_route",
        "transport_mode": "transport_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associated_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "dozens"),
    repeats=False,
    dates=(("%Y-%m-%d", 1.0),),
    partial=(("month", 0.6), ("quarter", 0.4)),
    partial_share=0.15,
    countries=(("iso3", 0.72), ("iso2", 0.12), ("numeric", 0.06), ("name", 0.1)),
    nationalities=(("iso3", 0.72), ("iso2", 0.12), ("numeric", 0.06), ("name", 0.1)),
    alias_key="en",
    crime={
        "trafficking": ("THB", "Trafficking in human beings"),
        "smuggling": ("SOM", "Smuggling of migrants", "People smuggling"),
        "both": ("THB/SOM", "THB & SOM"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour",),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Removal of organs",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"female": ("F", "Female"), "male": ("M", "Male"), "mixed": ("Mixed", "M/F")},
    age={
        "child": ("Minor", "Child"),
        "adult": ("Adult",),
        "mixed": ("Adults and minors", "Mixed"),
    },
    transport={"sea": ("Sea", "Maritime"), "land": ("Land", "Road"), "air": ("Air",)},
    offences={
        "document_fraud": ("Document fraud",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods trafficking", "Drug trafficking"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    unknown=("UNK", "Unknown"),
    not_applicable=(),
    direct=(),
    no_offence=(),
    zero=(),
    placeholder=("UNK",),
    transit_sep=(" > ",),
    offence_sep=("; ",),
    thousands=(),
    coords="numbers",
    case_rate=0.0,
    upper_rows=0.0,
)

SOURCES: tuple[Desk, ...] = (RAMSDENS, CNOR, QUICKGOLD, DONDE, IFCACC)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: Weights) -> str:
    keys = [k for k, _ in weights]
    w = np.array([v for _, v in weights], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Draw the usual word most of the time, another one otherwise."""
    return words[0] if rng.random() < 0.6 else choice(rng, words)


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _country(src: Desk, iso: str, style: str) -> tuple[str, str]:
    """Write one country in ``style``; return the text and the style actually visible."""
    name = _NAMES[iso][_LANG[src.language]]
    if style == "demonym" and iso in _DEMONYMS:
        return _DEMONYMS[iso], "demonym"
    if style == "demonym_typo" and iso in _DEMONYM_TYPOS:
        return _DEMONYM_TYPOS[iso], "typo"
    if style == "upper":
        return name.upper(), "upper"
    if style == "noaccent" and _strip_accents(name) != name:
        return _strip_accents(name), "noaccent"
    if style == "typo" and iso in _TYPOS[src.language]:
        return _TYPOS[src.language][iso], "typo"
    if style == "alias" and iso in _ALIASES[src.alias_key]:
        return _ALIASES[src.alias_key][iso][0], "alias"
    if style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            return garbled, "mojibake"
    if style in ("iso2", "numeric"):
        alpha2, numeric = iso_codes(iso)
        return (alpha2 if style == "iso2" else numeric), style
    if style == "iso3":
        return iso, "iso3"
    return name, "name"


def _date_cell(src: Desk, ts: pd.Timestamp, style: str) -> object:
    """Write a day in one of the desk's styles."""
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "long_fr":
        return f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}"
    if style == "%d-%b-%Y":
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}"
    if style == "%d/%m/%Y %H:%M":
        # the case system's time of entry: any time of the day
        return ts.strftime("%d/%m/%Y") + f" {(ts.day * 7) % 24:02d}:{(ts.day * 13) % 60:02d}"
    if style == "month":
        return f"{ts.year}-{ts.month:02d}"
    if style == "quarter":
        return f"Q{ts.quarter} {ts.year}"
    return ts.strftime(style)


def _count_cell(src: Desk, value: int, rng: _Rng, tags: list[str], col: str) -> object:
    if src.format != "csv":
        return int(value)
    if value >= 1000 and src.thousands and rng.random() < 0.7:
        tags.append(f"thousands:{col}")
        return f"{value // 1000}{choice(rng, src.thousands)}{value % 1000:03d}"
    return str(value)


def _noisy(text: str, rng: _Rng) -> str:
    kind = int(rng.integers(0, 4))
    if kind == 0:
        return text.upper()
    if kind == 1:
        return text.lower()
    if kind == 2:
        return f" {text}"
    return f"{text}  "


def _unknown_cell(src: Desk, rng: _Rng) -> str | None:
    """Write a value not known: a blank cell or the desk's word for it."""
    return choice(rng, src.unknown) if rng.random() < 0.5 else None


def _coordinates(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    forced_blank: str | None,
    cells: dict[str, object],
    tags: list[str],
) -> tuple[float | None, float | None]:
    """Write the place of detection; return the (lat, lon) a careful reader takes."""
    if src.coords == "none":
        return None, None
    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if forced_blank == "coordinates" or r < 0.04:
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
        return None, None
    if r < 0.05:  # a filler instead of a place
        tags.append("coords_placeholder")
        if src.coords == "comma_cols":
            cells["lat"] = cells["lon"] = "NC"
        elif src.coords == "pair":
            cells["coordinates"] = "s/d"
        elif src.coords == "dot_cols":
            cells["lat"] = cells["lon"] = "0"
        else:
            cells["lat"] = cells["lon"] = 0.0
        return None, None
    if src.coords == "numbers":
        lat, lon = round(lat, 4), round(lon, 4)
        cells["lat"], cells["lon"] = lat, lon
        return lat, lon
    w_lat, w_lon = f"{lat:.5f}", f"{lon:.5f}"
    if src.coords == "comma_cols":
        tags.append("decimal_comma")
        cells["lat"], cells["lon"] = w_lat.replace(".", ","), w_lon.replace(".", ",")
    elif src.coords == "pair":
        tags.append("decimal_comma")
        cells["coordinates"] = f"{w_lat.replace('.', ',')}; {w_lon.replace('.', ',')}"
    elif abs(lon) > 90 and r > 0.95:  # typed the other way round, which no latitude can be
        tags.append("coords_swapped")
        cells["lat"], cells["lon"] = w_lon, w_lat
    else:
        cells["lat"], cells["lon"] = w_lat, w_lon
    return float(w_lat), float(w_lon)


def _render(
    src: Desk,
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

    # date of the event
    if partial_ok and src.partial and rng.random() < src.partial_share:
        style = _pick(rng, src.partial)
        tags.append("partial_date")
        period = "M" if style == "month" else "Q"
        exp["event_date"] = ts.to_period(period).start_time
        exp["date_precision"] = "month" if style == "month" else "quarter"
    else:
        style = _pick(rng, src.dates)
        exp["event_date"] = ts.normalize()
        exp["date_precision"] = "day"
        if style in ("excel", "serial"):
            tags.append(f"{style}_date")
    cells["event_date"] = _date_cell(src, ts, style)

    # what kind of crime, and which exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, src.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        exp["exploitation"] = None
        if src.not_applicable and rng.random() < 0.5:
            cells["exploitation"] = choice(rng, src.not_applicable)
            tags.append("na_exploitation")
    elif rng.random() < 0.05:
        cells["exploitation"] = _unknown_cell(src, rng)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(rng, src.exploitation[str(expl)])
        exp["exploitation"] = str(expl)

    # counts
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.placeholder)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_cell(src, persons, rng, tags, "n_persons")
        exp["n_persons"] = persons
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = choice(rng, src.placeholder)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and src.zero and r < 0.6:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count_cell(src, suspects, rng, tags, "n_suspects")
        exp["n_suspects"] = suspects

    # who
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        cells["gender"] = None if forced_blank == "gender" else _unknown_cell(src, rng)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, src.gender[gender])
        exp["gender"] = gender
    for col, words, rate in (("age_group", src.age, 0.04), ("transport_mode", src.transport, 0.03)):
        value = str(ev[col])
        if rng.random() < rate:
            cells[col] = _unknown_cell(src, rng)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _word(rng, words[value])
            exp[col] = value

    # countries
    rates = {"nationality": 0.03, "origin_country": 0.04, "destination_country": 0.05}
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        if iso is None or rng.random() < rates.get(col, 0.0):
            cells[col] = _unknown_cell(src, rng)
            exp[col] = None
            tags.append("blank_nationality" if col == "nationality" else f"unknown:{col}")
            continue
        weights = src.nationalities if col == "nationality" else src.countries
        text, shown = _country(src, str(iso), _pick(rng, weights))
        if shown != "name":
            tags.append(f"{shown}:{col}")
        cells[col] = text
        exp[col] = str(iso)
    transit = ev["transit_countries"]
    if transit is None:
        exp["transit_countries"] = None
        if src.direct and rng.random() < 0.3:
            cells["transit_countries"] = choice(rng, src.direct)
            tags.append("direct_word")
    else:
        style = _pick(rng, src.countries)
        parts = [_country(src, iso, style) for iso in str(transit).split("|")]
        cells["transit_countries"] = choice(rng, src.transit_sep).join(t for t, _ in parts)
        visible = {s for _, s in parts} - {"name"}
        tags.extend(f"{s}:transit_countries" for s in sorted(visible))
        exp["transit_countries"] = str(transit)

    # where
    exp["lat"], exp["lon"] = _coordinates(src, ev, rng, forced_blank, cells, tags)

    # linked offences, in the order the case gives them
    offences = ev["linked_offences"]
    if offences is None:
        exp["linked_offences"] = None
        if src.no_offence and rng.random() < 0.15:
            cells["linked_offences"] = choice(rng, src.no_offence)
            tags.append("none_word:linked_offences")
    else:
        written = [_word(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_sep).join(written)
        exp["linked_offences"] = str(offences)

    # typing habits: stray case or spaces, rows in capitals
    texts = (
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
    upper = src.upper_rows > 0 and rng.random() < src.upper_rows
    if upper:
        tags.append("upper_row")
    for col in texts:
        cell = cells.get(col)
        if not isinstance(cell, str):
            continue
        if upper:
            cells[col] = cell.upper()
        elif src.case_rate and rng.random() < src.case_rate:
            cells[col] = _noisy(cell, rng)
            tags.append(f"case:{col}")
    for col in list(cells):  # the file's encoding must hold every cell
        cell = cells[col]
        if isinstance(cell, str) and not fits(cell, src):
            cells[col] = _strip_accents(cell)
    return cells, exp, tags


def _future_year(year: int) -> int:
    """Return the year typed with two digits swapped (2023 -> 2203), always far ahead."""
    text = str(year)
    swapped = int(text[0] + text[2] + text[1] + text[3])
    return swapped if swapped > 2100 else year + 200


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: none, impossible or far in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day = choice(rng, ("30", "31"))
        if src.format == "jsonl":
            return f"{ts.year}-02-{day}"
        if src.source == DONDE.source:
            return f"{ts.year}02{day}"
        return f"{day}/02/{ts.year}"
    year = _future_year(ts.year)
    if src.format == "jsonl":
        return f"{year}-{ts.month:02d}-{ts.day:02d}"
    if src.source == DONDE.source:
        return f"{year}{ts.month:02d}{ts.day:02d}"
    return f"{ts.day:02d}/{ts.month:02d}/{year}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the note row: the day of the extract (the last row's day)."""
    if src.format == "xlsx":
        return datetime(last.year, last.month, last.day)
    if src.source == DONDE.source:
        return last.strftime("%Y%m%d")
    return last.strftime("%d/%m/%Y")


EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": RAMSDENS.source,
        "FRA": CNOR.source,
        "ESP": QUICKGOLD.source,
        "USA": DONDE.source,
    },
    compilation=IFCACC.source,
    secondary={
        ("channel", "FRA"): RAMSDENS.source,
        ("channel", "GBR"): CNOR.source,
        ("wmed", "ESP"): CNOR.source,
        ("thb_rou_esp", "ITA"): QUICKGOLD.source,
        ("thb_rou_esp", "ESP"): IFCACC.source,
        ("thb_vnm_gbr", "GBR"): IFCACC.source,
        ("watl", "ESP"): IFCACC.source,
        ("us_mex", "USA"): IFCACC.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=40202,
    blank_share=0.3,
)


def make_blind402(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind402`` set: five AML desks' submissions.

    Ramsdens (UK pawnbroker, MLRO log: English CSV, UTF-8 with BOM, ``,``), Comptoir
    National de l'Or (French gold buyer, LCB-FT register: CSV, cp1252, ``;``), Quickgold
    (Spanish compro oro, PBC unit: XLSX), Fundación Rafael Dondé (Mexican pawnshop,
    avisos antilavado: CSV, latin-1, ``|``) and INTERPOL's Financial Crime and
    Anti-Corruption Centre (compilation: JSON lines). Each event is first reported by
    the desk of its detection country (INTERPOL for Italy, Greece, Croatia, Poland and
    Panama); some are reported again by a second desk (cross-source duplicates); some
    rows must be quarantined; the Ramsdens and Dondé files re-send a few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per desk, in the order above, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind402(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ramsdens_mlro_on.csv', 'cnor_lcbft_on.csv', 'quickgold_pbc_on.xlsx',
     'fundacion_donde_pld_on.csv', 'interpol_ifcacc_on.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:2]]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha del hecho', 'Delito']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
