r"""Examiner sample set ``blind292`` (files ``*_kh.*``): the international-education desks.

Five sources the project had never read, from the university side of the field: the offices
that sponsor international students' visas, vet their enrolments and check their diplomas,
and that learn, case by case, of students who vanished into exploitation or whose bogus
enrolment was the ticket of a smuggling network. Each writes its export as its own tool does:

``unikent_sic_kh.csv``
    University of Kent, Student Immigration Compliance (Canterbury, a few miles from Dover):
    English, UTF-8 with a byte-order mark (Excel's "CSV UTF-8"), comma delimiter. UK day-first
    dates (``17/05/2023``, ``17 May 2023``, ``May 2023``); nationalities as the Sponsor
    Management System writes them (demonyms such as ``Vietnamese`` or ISO alpha-3 codes);
    the place of encounter as ``England`` or ``Scotland``; NRM exploitation words;
    ``Facilitation (s.25 IA 1971)`` for smuggling; routes joined by ``" > "``.
``campusfrance_vigilance_kh.xlsx``
    Campus France, cellule de vigilance (fraude aux inscriptions): French, XLSX with real
    Excel date cells beside a few typed ones (``mai 2023``, ``T2 2023``); French nationality
    adjectives (``afghane``, ``érythréenne``); rows pasted from a UTF-8 file read as cp1252
    (``Ã©rythrÃ©enne``, ``aide Ã  l'entrÃ©e``);
    ``H``/``F``/``H/F`` for sex, ``MNA`` for unaccompanied minors; ``proxénétisme aggravé``;
    counts typed as text with a no-break space; GPS pairs ``"50.95123, 1.85012"``.
``crue_internacionalizacion_kh.csv``
    CRUE Universidades Españolas, Internacionalización y Cooperación (the Spanish
    universities' international-relations offices): Spanish, cp1252, ``;`` delimiter,
    decimal commas, ``.`` thousands. ``Sexo (H/M)`` where ``M`` is *mujer*; Spanish
    nationality adjectives; ``art. 318 bis CP`` for smuggling; ``MENA``; INE quarters
    (``2023T2``); routes joined by ``" - "``.
``up_relaciones_internacionales_kh.csv``
    Universidad de Panamá, Dirección de Relaciones Internacionales: Spanish, UTF-16 with a
    byte-order mark, tab delimiter (Excel's "Texto Unicode"). ``Sexo (M/F)`` where ``M`` is
    *masculino*; ``NNA``; coordinates in degrees, minutes and seconds with ``O`` for west;
    a few dates that lost their format and show as Excel serial numbers; ``1,250``.
``enic_naric_fraud_kh.jsonl``
    The ENIC-NARIC network's credential-fraud working group (CIMEA, DOATAP, ASHE, NAWA, the
    US ENIC), the compilation source: English, JSON lines, ISO dates, ISO alpha-2 codes (the
    EU's ``EL`` and ``UK`` among them), some ISO numeric codes, transit routes as JSON arrays.

The truth expects what a careful analyst reads in each cell: ``M`` is female in the Spanish
universities' file and male in the Panamanian one, as each header says; ``England`` is the
United Kingdom; a count written "not known" keeps the record with no count, while a vague
quantity ("several") is quarantined as a bad count; an empty or "not recorded" cell gives
``unknown`` (vocabularies) or nothing (countries, counts, coordinates).
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

__all__ = ["BLIND292", "SOURCES", "Agency", "make_blind292"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]
_Styles = tuple[tuple[str, float], ...]

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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_PARTIAL = {
    "month_en": "month",
    "month_fr": "month",
    "month_es": "month",
    "iso_month": "month",
    "quarter_fr": "quarter",
    "quarter_ine": "quarter",
}

# --------------------------------------------------------------------------------------
# Countries: names in the three languages, the usual other names, and nationality words
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish)
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
# Other names an officer of that language writes for the same country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Viet Nam",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "IRN": ("Iran (Islamic Republic of)",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "GMB": ("The Gambia",),
        "CHN": ("PRC",),
        "DEU": ("Deutschland",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "Angleterre"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "BLR": ("Bélarus",),
        "IRQ": ("Iraq",),
        "NGA": ("Nigéria",),
        "GIN": ("Guinée-Conakry",),
        "CIV": ("Côte-d'Ivoire",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "EE.UU."),
        "ROU": ("Rumania",),
        "BGD": ("Bangladesh",),
        "GIN": ("Guinea Conakry",),
        "CIV": ("Côte d'Ivoire",),
        "VNM": ("Viet Nam",),
        "GBR": ("Gran Bretaña",),
    },
}
# Nationality words: English demonyms, French and Spanish feminine adjectives (they agree
# with "nationalité" and "nacionalidad"), as the three offices write them.
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
# The EU's own two-letter codes for Greece and the United Kingdom.
_EU_CODES = {"GRC": "EL", "GBR": "UK"}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One of the five offices: what the shared machinery reads, plus its own wording.

    Attributes
    ----------
    dates : tuple of (str, float)
        Date styles of the file and their weights; the first is the file's usual one.
    styles : mapping
        ``"nationality"``, ``"country"`` (origin, destination, transit) and
        ``"detection"`` -> weighted styles of the country cells.
    words : mapping
        Column -> canonical word -> the office's words for it (keys ``"sea@watl"``-like
        name a corridor's or a hotspot's own words).
    unknown : mapping
        Column -> words the office writes when the value is not known.
    not_applicable : tuple of str
        What it writes for the exploitation of a pure smuggling case ("" = blank cell).
    count_unknown, suspects_unknown, zero : tuple of str
        "Not known" words for the persons and the suspects, and words for no suspect.
    count_words : mapping
        Small counts the office sometimes writes in words.
    direct : tuple of str
        What it writes for a route with no transit country ("" = blank cell).
    transit_sep : str
        Separator of the transit countries (``"[]"``: a JSON array).
    offence_sep : str
        Separator of the linked offences.
    coords : str
        ``"columns"``, ``"columns_comma"``, ``"pair"``, ``"dms"`` or ``"json"``.
    thousands : str
        Thousands separator of counts written as text ("" = never).
    places : mapping
        Hotspot -> the text of the office's place column (``"*"``: any other hotspot).
    mojibake_rows : float
        Share of rows pasted in from a UTF-8 file read as cp1252 (every accented cell
        garbled, ``é`` -> ``Ã©``).
    """

    dates: _Styles
    styles: Mapping[str, _Styles]
    words: Mapping[str, _Words]
    unknown: _Words
    not_applicable: tuple[str, ...]
    count_unknown: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    count_words: Mapping[int, tuple[str, ...]]
    direct: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    coords: str
    thousands: str
    places: Mapping[str, str]
    mojibake_rows: float = 0.0


# --------------------------------------------------------------------------------------
# The five offices
# --------------------------------------------------------------------------------------
UNIKENT = Agency(
    source="unikent_sic",
    filename="unikent_sic_kh.csv",
    ref="SIC-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Incident date",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type (NRM)",
        "n_persons": "No. of individuals",
        "n_suspects": "Facilitators identified",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Location encountered",
        "transit_countries": "Route (transit countries)",
        "transport_mode": "Mode of travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related offences",
    },
    note="Extract from SITS/SMS - OFFICIAL-SENSITIVE - do not forward",
    total="Total individuals",
    bad_count=("several", "a group", "multiple"),
    repeats=False,
    dates=(("dmy", 0.8), ("d_mon_y", 0.14), ("month_en", 0.06)),
    styles={
        "nationality": (
            ("demonym", 0.55),
            ("iso3", 0.22),
            ("name", 0.12),
            ("upper", 0.05),
            ("typo", 0.03),
            ("lower", 0.03),
        ),
        "country": (("name", 0.76), ("alias", 0.12), ("typo", 0.05), ("upper", 0.07)),
        "detection": (("name", 0.45), ("region", 0.35), ("alias", 0.2)),
    },
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
            "smuggling": ("People smuggling", "Facilitation (s.25 IA 1971)"),
            "both": ("MSHT + facilitation", "Smuggling and trafficking"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": (
                "Criminal exploitation",
                "Criminal exploitation (cannabis cultivation)",
            ),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Mixed group"),
        },
        "age_group": {
            "child": ("Under 18", "Minor (U18)"),
            "adult": ("18+", "Adult"),
            "mixed": ("Mixed ages", "Adults and minors"),
        },
        "transport_mode": {
            "sea@channel": ("Small boat",),
            "sea": ("Sea", "Boat"),
            "land": ("HGV/lorry", "Land (vehicle)", "On foot"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False CAS/visa documents"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs (cannabis)", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown={
        "exploitation": ("Not yet determined", "Unknown"),
        "age_group": ("Not recorded", "N/K"),
        "transport_mode": ("Not recorded", "N/K"),
    },
    not_applicable=("N/A", ""),
    count_unknown=("Not known", "N/K"),
    suspects_unknown=("Unknown", "Not known"),
    zero=("None", "None identified"),
    count_words={1: ("one",), 2: ("two",), 3: ("three",)},
    direct=("Direct", ""),
    transit_sep=" > ",
    offence_sep="; ",
    coords="columns",
    thousands=",",
    places={},
)

CAMPUSFRANCE = Agency(
    source="campusfrance_vigilance",
    filename="campusfrance_vigilance_kh.xlsx",
    ref="CF-VIG-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "place": "Lieu",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de passage",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction SI Études en France – diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
    dates=(("excel", 0.8), ("dmy", 0.1), ("month_fr", 0.05), ("quarter_fr", 0.05)),
    styles={
        "nationality": (
            ("demonym", 0.68),
            ("name", 0.1),
            ("mojibake", 0.1),
            ("upper", 0.06),
            ("lower", 0.06),
        ),
        "country": (("name", 0.78), ("mojibake", 0.09), ("alias", 0.07), ("upper", 0.06)),
        "detection": (("name", 0.9), ("upper", 0.1)),
    },
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH"),
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "aide au séjour irrégulier (CESEDA L823-1)",
                "filière d'immigration irrégulière",
            ),
            "both": ("TEH + aide à l'entrée irrégulière",),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": (
                "contrainte à commettre des délits",
                "exploitation à des fins délictuelles",
            ),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femmes"),
            "male": ("H", "hommes"),
            "mixed": ("H/F", "mixte"),
        },
        "age_group": {
            "child": ("mineur(s)", "MNA"),
            "adult": ("majeur(s)",),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea@channel": ("small boat", "embarcation"),
            "sea": ("voie maritime", "embarcation"),
            "land": ("poids lourd", "voie terrestre", "véhicule"),
            "air": ("voie aérienne", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "usage de faux"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown={
        "exploitation": ("non déterminée", "inconnue"),
        "age_group": ("NC", "non renseigné"),
        "transport_mode": ("NC", "non renseigné"),
    },
    not_applicable=("sans objet", ""),
    count_unknown=("inconnu", "NC"),
    suspects_unknown=("NC", "inconnu"),
    zero=("aucun", "néant"),
    count_words={},
    direct=("aucun", "", "direct"),
    transit_sep=" / ",
    offence_sep=", ",
    coords="pair",
    thousands="\u00a0",
    places={
        "Calais": "Calais",
        "Dunkirk/Gravelines": "Gravelines",
        "Dover": "Douvres",
        "London": "Londres",
        "Birmingham": "Birmingham",
        "Glasgow": "Glasgow",
        "Ceuta": "Ceuta",
        "Melilla": "Melilla",
        "Almería": "Almería",
        "Lampedusa": "Lampedusa",
        "Pozzallo": "Pozzallo",
        "Crotone": "Crotone",
        "*": "",
    },
    mojibake_rows=0.08,
)

CRUE = Agency(
    source="crue_internacionalizacion",
    filename="crue_internacionalizacion_kh.csv",
    ref="CRUE-IC/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "place": "Universidad notificante",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo (H/M)",
        "age_group": "Edad",
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
    note="Datos provisionales - fuente: oficinas de relaciones internacionales",
    total="TOTAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=True,
    dates=(("dmy", 0.86), ("month_es", 0.07), ("quarter_ine", 0.07)),
    styles={
        "nationality": (
            ("demonym", 0.6),
            ("name", 0.24),
            ("typo", 0.05),
            ("upper", 0.06),
            ("lower", 0.05),
        ),
        "country": (("name", 0.82), ("alias", 0.05), ("typo", 0.05), ("upper", 0.08)),
        "detection": (("name", 0.92), ("upper", 0.08)),
    },
    words={
        "crime_type": {
            "trafficking": (
                "trata de seres humanos (art. 177 bis CP)",
                "trata de seres humanos",
                "TSH",
            ),
            "smuggling": (
                "favorecimiento de la inmigración irregular (art. 318 bis CP)",
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
            "female": ("M", "mujer", "mujeres"),
            "male": ("H", "hombre", "hombres"),
            "mixed": ("mixto", "H y M"),
        },
        "age_group": {
            "child": ("menor de edad", "menores", "MENA"),
            "adult": ("mayor de edad", "adultos"),
            "mixed": ("mixto", "adultos y menores"),
        },
        "transport_mode": {
            "sea@watl": ("cayuco", "marítimo"),
            "sea": ("patera", "embarcación neumática", "marítimo"),
            "land@Ceuta": ("salto de valla", "terrestre"),
            "land@Melilla": ("salto de valla", "terrestre"),
            "land": ("terrestre", "autobús", "oculto en vehículo"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental", "documentación falsa"),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "exploitation": ("sin determinar", "desconocida"),
        "age_group": ("s/d", "no consta"),
        "transport_mode": ("s/d", "no consta"),
    },
    not_applicable=("no aplica", ""),
    count_unknown=("s/d", "sin datos"),
    suspects_unknown=("desconocido", "s/d"),
    zero=("ninguno", "sin investigados"),
    count_words={},
    direct=("directo", ""),
    transit_sep=" - ",
    offence_sep=" / ",
    coords="columns_comma",
    thousands=".",
    places={
        "Gran Canaria": "Universidad de Las Palmas de Gran Canaria",
        "Lanzarote": "Universidad de Las Palmas de Gran Canaria",
        "Tenerife": "Universidad de La Laguna",
        "El Hierro": "Universidad de La Laguna",
        "Ceuta": "Universidad de Granada (campus de Ceuta)",
        "Melilla": "Universidad de Granada (campus de Melilla)",
        "Almería": "Universidad de Almería",
        "Almería (El Ejido)": "Universidad de Almería",
        "Huelva": "Universidad de Huelva",
        "*": "Universidad Complutense de Madrid",
    },
)

UPANAMA = Agency(
    source="up_relaciones_internacionales",
    filename="up_relaciones_internacionales_kh.csv",
    ref="UP-DRI-{seq:03d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha",
        "place": "Lugar",
        "detection_country": "País",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo (M/F)",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "Destino final",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Fuente: registros de la DRI - cifras preliminares",
    total="Total",
    bad_count=("varios", "grupo numeroso", "muchos"),
    repeats=False,
    dates=(("dmy", 0.88), ("serial", 0.06), ("month_es", 0.06)),
    styles={
        "nationality": (("demonym", 0.72), ("name", 0.18), ("upper", 0.1)),
        "country": (("name", 0.8), ("alias", 0.12), ("upper", 0.08)),
        "detection": (("name", 0.85), ("upper", 0.15)),
    },
    words={
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado", "unión forzada"),
            "other": ("otra",),
        },
        "gender": {
            "female": ("Femenino", "F"),
            "male": ("Masculino", "M"),
            "mixed": ("Mixto", "M y F"),
        },
        "age_group": {
            "child": ("NNA", "menores"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "land@darien": ("a pie", "caminando (selva)", "terrestre"),
            "land": ("terrestre", "autobús"),
            "sea": ("lancha", "marítimo"),
            "air": ("aéreo", "vuelo"),
        },
        "linked_offences": {
            "document_fraud": ("documentos falsos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("drogas", "contrabando"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "exploitation": ("por determinar",),
        "age_group": ("sin dato",),
        "transport_mode": ("sin dato",),
    },
    not_applicable=("N/A", ""),
    count_unknown=("sin dato", "S/D"),
    suspects_unknown=("por determinar",),
    zero=("ninguno", "no se identificaron"),
    count_words={1: ("uno",), 2: ("dos",), 3: ("tres",)},
    direct=("directo", ""),
    transit_sep=", ",
    offence_sep="; ",
    coords="dms",
    thousands=",",
    places={
        "Darién gap": "Tapón del Darién",
        "Bajo Chiquito": "Bajo Chiquito, Darién",
        "Lajas Blancas": "Lajas Blancas, Darién",
        "*": "",
    },
)

ENIC = Agency(
    source="enic_naric_fraud",
    filename="enic_naric_fraud_kh.jsonl",
    ref="ENW-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "place": "reporting_centre",
        "event_date": "incident_date",
        "crime_type": "case_type",
        "exploitation": "exploitation_form",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality_code",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "country_of_detection",
        "transit_countries": "transit_route",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL (all centres)",
    bad_count=("several", "multiple"),
    repeats=True,
    dates=(("iso", 0.85), ("iso_dt", 0.07), ("iso_month", 0.08)),
    styles={
        "nationality": (("iso2", 0.78), ("iso3", 0.12), ("numeric", 0.1)),
        "country": (("iso2", 0.9), ("iso3", 0.1)),
        "detection": (("eu2", 0.6), ("iso2", 0.4)),
    },
    words={
        "crime_type": {
            "trafficking": ("Trafficking in human beings", "THB"),
            "smuggling": ("Migrant smuggling", "SoM"),
            "both": ("THB & SoM",),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("F",), "male": ("M",), "mixed": ("mixed",)},
        "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("document fraud", "false admission letter"),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown={
        "exploitation": ("unknown",),
        "age_group": ("unknown",),
        "transport_mode": ("unknown",),
    },
    not_applicable=("",),
    count_unknown=("unknown",),
    suspects_unknown=("unknown",),
    zero=(),
    count_words={},
    direct=("[]",),
    transit_sep="[]",
    offence_sep=", ",
    coords="json",
    thousands="",
    places={
        "ITA": "CIMEA (IT)",
        "GRC": "DOATAP - Hellenic NARIC (EL)",
        "HRV": "ASHE - Croatian ENIC/NARIC (HR)",
        "POL": "NAWA (PL)",
        "USA": "US ENIC (US)",
        "PAN": "US ENIC (US)",
        "ESP": "ANECA - NARIC España (ES)",
        "*": "ENIC-NARIC secretariat",
    },
)

#: The five sources of the set, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (UNIKENT, CAMPUSFRANCE, CRUE, UPANAMA, ENIC)


# --------------------------------------------------------------------------------------
# Writing one cell
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, styles: _Styles) -> str:
    keys = [k for k, _ in styles]
    w = np.array([p for _, p in styles], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _typo(name: str, rng: _Rng) -> str | None:
    """Slip on the keyboard: swap two letters or drop one (names of 6+ letters only)."""
    if len(name) < 6 or not name.isalpha():
        return None
    i = 2 + int(rng.integers(len(name) - 4))
    if rng.random() < 0.5 and name[i] != name[i + 1]:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return name[:i] + name[i + 1 :]


def _country(src: Agency, iso: str, style: str, rng: _Rng, *, hotspot: str = "") -> tuple[str, str]:
    """Write one country as ``src`` does in ``style``; return (text, style really used)."""
    lang = _LANG[src.language]
    name = _NAMES[iso][lang]
    alpha2, numeric = iso_codes(iso)
    text: str | None
    if style == "demonym":
        text = _DEMONYMS[iso][lang] if iso in _DEMONYMS else None
    elif style == "alias":
        aliases = _ALIASES[src.language].get(iso, ())
        text = choice(rng, aliases) if aliases else None
    elif style == "iso3":
        text = iso
    elif style == "iso2":
        text = alpha2
    elif style == "eu2":
        text = _EU_CODES.get(iso, alpha2)
        style = "eu2" if iso in _EU_CODES else "iso2"
    elif style == "numeric":
        text = numeric
    elif style == "typo":
        text = _typo(name, rng)
    elif style == "mojibake":
        base = _DEMONYMS[iso][lang] if iso in _DEMONYMS and rng.random() < 0.7 else name
        text = mojibake(base)
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "region":  # a UK office names the nation of the place, not the state
        text = None
        if iso == "GBR":
            text = "Scotland" if hotspot == "Glasgow" else "England"
    else:
        text = None
    if text is None or not fits(text, src):
        return name, "name"
    return text, style


def _date(src: Agency, ts: pd.Timestamp, style: str, rng: _Rng) -> tuple[object, pd.Timestamp, str]:
    """Write a date in ``style``; return (cell, date a careful reader takes, precision)."""
    m = ts.month - 1
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    if style == "excel":
        return ts.to_pydatetime(), ts, "day"
    if style == "d_mon_y":
        return f"{ts.day} {MONTHS[m]} {ts.year}", ts, "day"
    if style == "serial":  # a date cell that lost its format on its way to a text export
        return str((ts.normalize() - _EXCEL_EPOCH).days), ts, "day"
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if style == "iso_dt":
        hh, mm = int(rng.integers(6, 19)), int(rng.integers(0, 60))
        return f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:00Z", ts, "day"
    if style == "month_en":
        return f"{MONTHS[m]} {ts.year}", month_start, "month"
    if style == "month_fr":
        return f"{_FR_MONTHS[m]} {ts.year}", month_start, "month"
    if style == "month_es":
        return f"{_ES_MONTHS[m]} {ts.year}", month_start, "month"
    if style == "iso_month":
        return ts.strftime("%Y-%m"), month_start, "month"
    if style == "quarter_fr":
        return f"T{ts.quarter} {ts.year}", quarter_start, "quarter"
    if style == "quarter_ine":
        return f"{ts.year}T{ts.quarter}", quarter_start, "quarter"
    return ts.strftime("%d/%m/%Y"), ts, "day"


def _day_styles(src: Agency) -> _Styles:
    return tuple((k, p) for k, p in src.dates if k not in _PARTIAL)


def _word(src: Agency, column: str, value: str, rng: _Rng, ev: dict[str, object]) -> str:
    words = src.words[column]
    for key in (f"{value}@{ev.get('corridor')}", f"{value}@{ev.get('hotspot')}", value):
        if key in words:
            return choice(rng, words[key])
    raise KeyError(f"{src.source} has no word for {column}={value!r}")


def _count(src: Agency, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons as the office does (number, separator, or word)."""
    if n >= 1000 and src.thousands and (src.format != "xlsx" or rng.random() < 0.5):
        if rng.random() < 0.8:
            tags.append("thousands:n_persons")
            return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    if n in src.count_words and rng.random() < 0.08:
        tags.append("count_word")
        return choice(rng, src.count_words[n])
    if src.format in ("xlsx", "jsonl"):
        return n
    return str(n)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds of ``value``; return (text, the value the text says)."""
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    hemi = pos if value >= 0 else neg
    back = (d + m / 60 + s / 3600) * (1 if value >= 0 else -1)
    return f"{d}°{m:02d}'{s:02d}\"{hemi}", round(back, 6)


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, cells: dict[str, object]
) -> tuple[float, float]:
    """Write the place of detection into ``cells``; return the (lat, lon) it reads as."""
    if src.coords == "dms":
        t_lat, r_lat = _dms(lat, "N", "S")
        t_lon, r_lon = _dms(lon, "E", "O")
        cells["coordinates"] = f"{t_lat} {t_lon}"
        return r_lat, r_lon
    if src.coords == "json":
        cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
        return round(lat, 5), round(lon, 5)
    digits = 4 if src.coords == "columns" and rng.random() < 0.3 else 5
    r_lat, r_lon = round(lat, digits), round(lon, digits)
    t_lat, t_lon = f"{r_lat:.{digits}f}", f"{r_lon:.{digits}f}"
    if src.coords == "pair":
        cells["coordinates"] = f"{t_lat}, {t_lon}"
    elif src.coords == "columns_comma":
        cells["lat"], cells["lon"] = t_lat.replace(".", ","), t_lon.replace(".", ",")
    else:
        cells["lat"], cells["lon"] = t_lat, t_lon
    return r_lat, r_lon


def _text(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _render(
    src: Agency,
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
    hotspot = _text(ev, "hotspot") or ""

    # date
    style = _pick(rng, src.dates if partial_ok else _day_styles(src))
    cells["event_date"], day, prec = _date(src, ts, style, rng)
    exp["event_date"], exp["date_precision"] = day, prec
    if prec != "day":
        tags.append("partial_date")
    elif style == "serial":
        tags.append("excel_serial")

    # place column (no field of the record frame)
    if "place" in src.headers:
        key = hotspot if hotspot in src.places else _text(ev, "detection_country") or ""
        place = src.places.get(key, src.places.get("*", ""))
        cells["place"] = place or hotspot
        if not fits(str(cells["place"]), src):
            cells["place"] = None

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, ev)
    exp["crime_type"] = crime
    expl = _text(ev, "exploitation")
    if expl is None:  # a pure smuggling case
        cells["exploitation"] = choice(rng, src.not_applicable) or None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.unknown["exploitation"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", expl, rng, ev)
        exp["exploitation"] = expl

    # counts
    n = int(str(ev["n_persons"]))
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n
    k = int(str(ev["n_suspects"]))
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif k == 0 and src.zero and r < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    elif r > 0.97:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.suspects_unknown), None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = k if src.format in ("xlsx", "jsonl") else str(k)
        exp["n_suspects"] = k

    # gender, age group, transport mode
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng, ev), gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, src.unknown[col]), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = _word(src, col, value, rng, ev), value

    # countries
    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        text, used = _country(src, nat, _pick(rng, src.styles["nationality"]), rng)
        cells["nationality"], exp["nationality"] = text, nat
        if used != "name":
            tags.append(f"{used}:nationality")
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        text, used = _country(src, iso, _pick(rng, src.styles["country"]), rng)
        cells[col], exp[col] = text, iso
        if used != "name":
            tags.append(f"{used}:{col}")
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        style = _pick(rng, src.styles["detection"])
        text, used = _country(src, det, style, rng, hotspot=hotspot)
        cells["detection_country"], exp["detection_country"] = text, det
        if used != "name":
            tags.append(f"{used}:detection_country")
    transit = _text(ev, "transit_countries")
    exp["transit_countries"] = transit
    if transit is None:
        word = choice(rng, src.direct)
        cells["transit_countries"] = [] if word == "[]" else (word or None)
    else:
        codes = transit.split("|")
        if src.transit_sep == "[]":
            cells["transit_countries"] = [iso_codes(c)[0] for c in codes]
            tags.append("json_list:transit_countries")
        else:
            style = _pick(rng, src.styles["country"])
            if style == "typo":  # one slip in a list is enough
                style = "name"
            parts = [_country(src, c, style, rng)[0] for c in codes]
            cells["transit_countries"] = src.transit_sep.join(parts)

    # place of detection
    lat, lon = float(str(ev["lat"])), float(str(ev["lon"]))
    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    elif rng.random() < 0.04:
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    else:
        exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, cells)
        if src.coords == "dms":
            tags.append("dms_coordinates")
        elif src.coords == "columns_comma":
            tags.append("decimal_comma")

    # linked offences
    offences = _text(ev, "linked_offences")
    exp["linked_offences"] = offences
    if offences is not None:
        words = [_word(src, "linked_offences", o, rng, ev) for o in offences.split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    if src.mojibake_rows and rng.random() < src.mojibake_rows:
        garbled = {k: mojibake(v) for k, v in cells.items() if isinstance(v, str) and "Ã" not in v}
        cells.update({k: v for k, v in garbled.items() if v is not None})
        if any(v is not None for v in garbled.values()):
            tags.append("mojibake_row")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Dates of bad rows and of note rows
# --------------------------------------------------------------------------------------
def _main_style(src: Agency) -> str:
    return src.dates[0][0]


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell to quarantine: empty, impossible, or with the year's digits slipped."""
    if kind == "no_date":
        return None
    style = _main_style(src)
    if kind == "future_date":
        y = ts.year
        slipped = int(str(y)[:2] + str(y)[3] + str(y)[2])  # 2023 -> 2032
        year = slipped if slipped > 2026 else y + 100  # 2021 -> 2121
        day = min(ts.day, 28) if ts.month == 2 else ts.day
        return _date(src, pd.Timestamp(year=year, month=ts.month, day=day), style, rng)[0]
    # a day the month does not have, as typed by hand
    m = ts.month
    d = 31 if m in (4, 6, 9, 11) else 30 if m == 2 else 32
    if style in ("iso", "iso_dt"):
        return f"{ts.year}-{m:02d}-{d:02d}"
    return f"{d:02d}/{m:02d}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date the note row: the day of the extract, a few days after the last case."""
    day = last + pd.Timedelta(days=3)
    style = _main_style(src)
    if style == "excel":
        return day.to_pydatetime()
    if style in ("iso", "iso_dt"):
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


#: The variant: sources, routing of the events and writers.
BLIND292: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": UNIKENT.source,
        "FRA": CAMPUSFRANCE.source,
        "ESP": CRUE.source,
        "PAN": UPANAMA.source,
    },
    compilation=ENIC.source,
    secondary={
        ("channel", "FRA"): UNIKENT.source,
        ("channel", "GBR"): CAMPUSFRANCE.source,
        ("thb_vnm_gbr", "GBR"): CAMPUSFRANCE.source,
        ("wmed", "ESP"): CAMPUSFRANCE.source,
        ("cmed", "ITA"): CAMPUSFRANCE.source,
        ("watl", "ESP"): ENIC.source,
        ("thb_rou_esp", "ESP"): ENIC.source,
        ("thb_rou_esp", "ITA"): CRUE.source,
        ("thb_nga_ita", "ITA"): CRUE.source,
        ("darien", "PAN"): ENIC.source,
        ("us_mex", "USA"): UPANAMA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=292,
    blank_share=0.35,
)


def make_blind292(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five international-education offices of ``blind292``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``unikent_sic_kh.csv``, ``campusfrance_vigilance_kh.xlsx``,
        ``crue_internacionalizacion_kh.csv``, ``up_relaciones_internacionales_kh.csv`` and
        ``enic_naric_fraud_kh.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind292(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['unikent_sic_kh.csv', 'campusfrance_vigilance_kh.xlsx',
     'crue_internacionalizacion_kh.csv', 'up_relaciones_internacionales_kh.csv',
     'enic_naric_fraud_kh.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs][2:4]
    [('cp1252', ';'), ('utf-16', '\t')]
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº expediente', 'Universidad notificante', 'Fecha del hecho']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(BLIND292, truth, seed=seed)
