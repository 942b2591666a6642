"""The ``blind`` sample variant: an examiner's held-out set, written without the cleaner's tables.

Five sources write the same kind of true events the way their agencies would, each in its
own language, header wording, value wording, country naming, date, number and encoding
style (files ``*_c.*``):

``dcpaf_fr_c.csv``
    French border police (France and, through the Franco-Italian cooperation centre,
    Italy); cp1252, ``;``, CRLF; ``dd/mm/yyyy``, ``17 mai 2023``, ``1er mars 2023``,
    ``mai 2023``, ``T2 2023``; no-break-space thousands, decimal-comma coordinates;
    nationality adjectives (``Nigériane``, ``SYRIEN``).
``policia_nacional_es_c.csv``
    Spanish national police (UCRIF); latin-1, ``|``; ``dd/mm/yyyy``, with time,
    ``17 de mayo de 2023``, ``mayo de 2023``, ``2.º trimestre 2023``; ``1.234``.
``senafront_pa_c.xlsx``
    Panamanian border service, ALL CAPS without accents; Excel dates, serials and text
    dates, ``MAYO 2023``, ``II TRIMESTRE 2023``; numbers as cells.
``hsi_us_c.txt``
    US investigations, tab-delimited UTF-8; month-first ``MM/DD/YYYY``,
    ``May 17, 2023``; ``1,234``; US terms (*Alien Smuggling*, *Juvenile*, *Labor
    Trafficking*); a few rows exported twice (exact repeats).
``nca_uk_c.csv``
    UK liaison compilation (United Kingdom, Greece, Croatia, Poland); UTF-8 with BOM,
    ``,``, snake_case headers; ``dd/mm/yyyy``, ISO, ``17-May-2023``, ``2023-05``,
    ``Q2 2023``; UK terms (*Organised immigration crime*, *Labour exploitation*).

Planted messiness: unknown words, blanks, typos in country names, mojibake, ISO2/ISO3
codes, official long names and aliases, transit lists with ``, ; | - / > →``, swapped
and out-of-range coordinates, cross-source duplicates (:data:`DUPLICATE_RATE`), bad rows
(:data:`BAD_RATE`, reasons of :data:`trendlib.schema.QUARANTINE_REASONS`) and garbage rows
(empty, note, total). Every value is one a careful analyst maps to the truth without doubt.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._messy import (
    _FIELDS,
    BAD_RATE,
    DUPLICATE_RATE,
    Submission,
    _finish_expected,
)

__all__ = ["make_blind"]

Weighted = tuple[tuple[str, float], ...]

# --- countries: iso3 -> (iso2, English, French, Spanish) ---------------------------------------
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("AF", "Afghanistan", "Afghanistan", "Afganistán"),
    "VEN": ("VE", "Venezuela", "Venezuela", "Venezuela"),
    "SYR": ("SY", "Syria", "Syrie", "Siria"),
    "MEX": ("MX", "Mexico", "Mexique", "México"),
    "IRQ": ("IQ", "Iraq", "Irak", "Irak"),
    "MAR": ("MA", "Morocco", "Maroc", "Marruecos"),
    "NGA": ("NG", "Nigeria", "Nigéria", "Nigeria"),
    "GIN": ("GN", "Guinea", "Guinée", "Guinea"),
    "MLI": ("ML", "Mali", "Mali", "Malí"),
    "VNM": ("VN", "Vietnam", "Viêt Nam", "Vietnam"),
    "ECU": ("EC", "Ecuador", "Équateur", "Ecuador"),
    "SEN": ("SN", "Senegal", "Sénégal", "Senegal"),
    "TUN": ("TN", "Tunisia", "Tunisie", "Túnez"),
    "ROU": ("RO", "Romania", "Roumanie", "Rumanía"),
    "ERI": ("ER", "Eritrea", "Érythrée", "Eritrea"),
    "EGY": ("EG", "Egypt", "Égypte", "Egipto"),
    "PAK": ("PK", "Pakistan", "Pakistan", "Pakistán"),
    "BGD": ("BD", "Bangladesh", "Bangladesh", "Bangladés"),
    "GTM": ("GT", "Guatemala", "Guatemala", "Guatemala"),
    "HTI": ("HT", "Haiti", "Haïti", "Haití"),
    "HND": ("HN", "Honduras", "Honduras", "Honduras"),
    "CIV": ("CI", "Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "ALB": ("AL", "Albania", "Albanie", "Albania"),
    "CHN": ("CN", "China", "Chine", "China"),
    "DZA": ("DZ", "Algeria", "Algérie", "Argelia"),
    "COL": ("CO", "Colombia", "Colombie", "Colombia"),
    "IRN": ("IR", "Iran", "Iran", "Irán"),
    "GMB": ("GM", "Gambia", "Gambie", "Gambia"),
    "TUR": ("TR", "Turkey", "Turquie", "Turquía"),
    "YEM": ("YE", "Yemen", "Yémen", "Yemen"),
    "CMR": ("CM", "Cameroon", "Cameroun", "Camerún"),
    "USA": ("US", "United States", "États-Unis", "Estados Unidos"),
    "ITA": ("IT", "Italy", "Italie", "Italia"),
    "DEU": ("DE", "Germany", "Allemagne", "Alemania"),
    "ESP": ("ES", "Spain", "Espagne", "España"),
    "GBR": ("GB", "United Kingdom", "Royaume-Uni", "Reino Unido"),
    "FRA": ("FR", "France", "France", "Francia"),
    "GRC": ("GR", "Greece", "Grèce", "Grecia"),
    "AUT": ("AT", "Austria", "Autriche", "Austria"),
    "POL": ("PL", "Poland", "Pologne", "Polonia"),
    "PAN": ("PA", "Panama", "Panama", "Panamá"),
    "HRV": ("HR", "Croatia", "Croatie", "Croacia"),
    "LBY": ("LY", "Libya", "Libye", "Libia"),
    "NER": ("NE", "Niger", "Niger", "Níger"),
    "MRT": ("MR", "Mauritania", "Mauritanie", "Mauritania"),
    "BGR": ("BG", "Bulgaria", "Bulgarie", "Bulgaria"),
    "SRB": ("RS", "Serbia", "Serbie", "Serbia"),
    "BIH": ("BA", "Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "MKD": ("MK", "North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "RUS": ("RU", "Russia", "Russie", "Rusia"),
    "BLR": ("BY", "Belarus", "Biélorussie", "Bielorrusia"),
    "HUN": ("HU", "Hungary", "Hongrie", "Hungría"),
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
# Official long names (UN / national usage) for a few countries.
_LONG: dict[str, tuple[str, str, str]] = {
    "SYR": ("Syrian Arab Republic", "République arabe syrienne", "República Árabe Siria"),
    "VEN": (
        "Venezuela (Bolivarian Republic of)",
        "République bolivarienne du Venezuela",
        "República Bolivariana de Venezuela",
    ),
    "IRN": (
        "Iran (Islamic Republic of)",
        "République islamique d'Iran",
        "República Islámica de Irán",
    ),
    "VNM": ("Viet Nam", "République socialiste du Viet Nam", "República Socialista de Vietnam"),
    "MAR": ("Kingdom of Morocco", "Royaume du Maroc", "Reino de Marruecos"),
    "CHN": (
        "People's Republic of China",
        "République populaire de Chine",
        "República Popular China",
    ),
    "RUS": ("Russian Federation", "Fédération de Russie", "Federación de Rusia"),
    "USA": ("United States of America", "États-Unis d'Amérique", "Estados Unidos de América"),
    "GBR": (
        "United Kingdom of Great Britain and Northern Ireland",
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        "Reino Unido de Gran Bretaña e Irlanda del Norte",
    ),
    "MEX": ("United Mexican States", "États-Unis du Mexique", "Estados Unidos Mexicanos"),
    "NGA": (
        "Federal Republic of Nigeria",
        "République fédérale du Nigeria",
        "República Federal de Nigeria",
    ),
    "TUR": ("Republic of Türkiye", "République de Turquie", "República de Turquía"),
}
# Everyday aliases per language.
_ALIAS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "GMB": ("The Gambia",),
        "BIH": ("Bosnia",),
        "CZE": (),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "GIN": ("Guinée-Conakry",),
        "USA": ("USA",),
        "BLR": ("Bélarus",),
        "VNM": ("Vietnam",),
        "NGA": ("Nigeria",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "CIV": ("Côte d'Ivoire",),
        "BGD": ("Bangladesh",),
        "TUR": ("Türkiye",),
        "BLR": ("Belarús",),
    },
}
# Nationality adjectives: iso3 -> (English, French m., French f., Spanish m., Spanish f.).
_ADJ: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afghane", "afgano", "afgana"),
    "VEN": ("Venezuelan", "vénézuélien", "vénézuélienne", "venezolano", "venezolana"),
    "SYR": ("Syrian", "syrien", "syrienne", "sirio", "siria"),
    "MEX": ("Mexican", "mexicain", "mexicaine", "mexicano", "mexicana"),
    "IRQ": ("Iraqi", "irakien", "irakienne", "iraquí", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marocaine", "marroquí", "marroquí"),
    "NGA": ("Nigerian", "nigérian", "nigériane", "nigeriano", "nigeriana"),
    "GIN": ("Guinean", "guinéen", "guinéenne", "guineano", "guineana"),
    "MLI": ("Malian", "malien", "malienne", "maliense", "maliense"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamienne", "vietnamita", "vietnamita"),
    "ECU": ("Ecuadorian", "équatorien", "équatorienne", "ecuatoriano", "ecuatoriana"),
    "SEN": ("Senegalese", "sénégalais", "sénégalaise", "senegalés", "senegalesa"),
    "TUN": ("Tunisian", "tunisien", "tunisienne", "tunecino", "tunecina"),
    "ROU": ("Romanian", "roumain", "roumaine", "rumano", "rumana"),
    "ERI": ("Eritrean", "érythréen", "érythréenne", "eritreo", "eritrea"),
    "EGY": ("Egyptian", "égyptien", "égyptienne", "egipcio", "egipcia"),
    "PAK": ("Pakistani", "pakistanais", "pakistanaise", "pakistaní", "pakistaní"),
    "BGD": ("Bangladeshi", "bangladais", "bangladaise", "bangladesí", "bangladesí"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatémaltèque", "guatemalteco", "guatemalteca"),
    "HTI": ("Haitian", "haïtien", "haïtienne", "haitiano", "haitiana"),
    "HND": ("Honduran", "hondurien", "hondurienne", "hondureño", "hondureña"),
    "CIV": ("Ivorian", "ivoirien", "ivoirienne", "marfileño", "marfileña"),
    "ALB": ("Albanian", "albanais", "albanaise", "albanés", "albanesa"),
    "CHN": ("Chinese", "chinois", "chinoise", "chino", "china"),
    "DZA": ("Algerian", "algérien", "algérienne", "argelino", "argelina"),
    "COL": ("Colombian", "colombien", "colombienne", "colombiano", "colombiana"),
    "IRN": ("Iranian", "iranien", "iranienne", "iraní", "iraní"),
    "GMB": ("Gambian", "gambien", "gambienne", "gambiano", "gambiana"),
    "TUR": ("Turkish", "turc", "turque", "turco", "turca"),
    "YEM": ("Yemeni", "yéménite", "yéménite", "yemení", "yemení"),
    "CMR": ("Cameroonian", "camerounais", "camerounaise", "camerunés", "camerunesa"),
}
# Every written country word, to keep typos from landing on another real name.
_ALL_WORDS = frozenset(
    w.casefold()
    for t in (*_NAMES.values(), *_LONG.values(), *_ADJ.values())
    for w in t
    if len(w) > 2
) | frozenset(w.casefold() for lang in _ALIAS.values() for ws in lang.values() for w in ws)


def _plain(text: str) -> str:
    """Strip accents (``Sénégal`` -> ``Senegal``), as many clerks and systems do."""
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def _pick(rng: np.random.Generator, options: Weighted) -> str:
    w = np.array([p for _, p in options], dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))][0]


def _typo(word: str, rng: np.random.Generator) -> str | None:
    """Return a one-edit typo of a single-word name of 7+ letters, or None."""
    if len(word) < 7 or not word.isalpha():
        return None
    i = int(rng.integers(2, len(word) - 2))
    op = int(rng.integers(3))
    if op == 0:
        out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    elif op == 1:
        out = word[:i] + word[i + 1 :]
    else:
        out = word[:i] + word[i] + word[i:]
    if out == word or out.casefold() in _ALL_WORDS:
        return None
    return out


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _mojibake(text: str, encoding: str) -> str | None:
    """UTF-8 bytes read as cp1252 (``Sénégal`` -> ``SÃ©nÃ©gal``), if writable in the file."""
    if text.isascii():
        return None
    try:
        out = text.encode("utf-8").decode("cp1252")
        out.encode(encoding)
    except (UnicodeDecodeError, UnicodeEncodeError):
        return None
    return out


# --- sources ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Source:
    source: str
    filename: str
    fmt: str
    encoding: str
    delimiter: str | None
    language: str
    headers: dict[str, str]
    ref: str
    extra: tuple[str, ...]
    crime: dict[str, Weighted]
    exploitation: dict[str, Weighted]
    gender: dict[str, Weighted]
    age: dict[str, Weighted]
    transport: dict[str, Weighted]
    offences: dict[str, tuple[str, ...]]
    offence_join: tuple[str, ...]
    no_offence: tuple[str, ...]
    not_applicable: tuple[str, ...]
    unknown: tuple[str, ...]
    unknown_country: tuple[str, ...]
    unknown_count: tuple[str, ...]
    no_transit: tuple[str, ...]
    transit_sep: tuple[str, ...]
    country_style: Weighted
    nat_style: Weighted
    thousands: str
    decimal: str
    total_word: str
    note: str | None
    bad_count: str


def _w(*pairs: tuple[str, float]) -> Weighted:
    return tuple(pairs)


_FR = _Source(
    source="dcpaf_fr_c",
    filename="dcpaf_fr_c.csv",
    fmt="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de procédure",
        "event_date": "Date des faits",
        "crime_type": "Nature de l'infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "_extra": "Service saisi",
    },
    ref="PAF-{year}-{seq:05d}",
    extra=("DDPAF 62 Calais", "BMR Menton", "OCRIEST", "CCPD Vintimille", "DZPAF Sud"),
    crime={
        "trafficking": _w(("Traite des êtres humains", 5), ("TEH", 1)),
        "smuggling": _w(
            ("Aide à l'entrée et au séjour irréguliers", 3),
            ("Trafic de migrants", 3),
            ("Aide au séjour irrégulier", 1),
        ),
        "both": _w(("Traite et trafic de migrants", 2), ("TEH + aide au séjour irrégulier", 1)),
    },
    exploitation={
        "sexual": _w(("Exploitation sexuelle", 4), ("Proxénétisme aggravé", 1)),
        "forced_labour": _w(("Travail forcé", 3), ("Exploitation par le travail", 2)),
        "forced_criminality": _w(
            ("Contrainte à commettre des délits", 2), ("Criminalité forcée", 2)
        ),
        "organ_removal": _w(
            ("Prélèvement d'organes", 1),
        ),
        "forced_marriage": _w(
            ("Mariage forcé", 1),
        ),
        "other": _w(
            ("Autre", 1),
        ),
    },
    gender={
        "male": _w(("Masculin", 3), ("Homme", 1), ("H", 1)),
        "female": _w(("Féminin", 3), ("Femme", 1), ("F", 1)),
        "mixed": _w(("Mixte", 3), ("Hommes et femmes", 1)),
    },
    age={
        "child": _w(("Mineur", 3), ("Mineurs", 1)),
        "adult": _w(("Majeur", 3), ("Adulte", 1)),
        "mixed": _w(("Majeurs et mineurs", 2), ("Mixte", 1)),
    },
    transport={
        "sea": _w(("Maritime", 3), ("Voie maritime", 1), ("Embarcation", 1)),
        "land": _w(("Terrestre", 3), ("Voie routière", 1), ("Poids lourd", 1)),
        "air": _w(("Aérien", 3), ("Voie aérienne", 1)),
    },
    offences={
        "document_fraud": ("Fraude documentaire", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment", "Blanchiment d'argent"),
        "illicit_goods": ("Contrebande",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    offence_join=(", ", " + ", " / "),
    no_offence=("", "", "Néant"),
    not_applicable=("", "", "", "Sans objet"),
    unknown=("Inconnu", "NC", "Non renseigné", ""),
    unknown_country=("Inconnu", "Non renseigné", "Indéterminé", ""),
    unknown_count=("NC", ""),
    no_transit=("", "", "Aucun"),
    transit_sep=(", ", " ; ", " - ", " > ", "/"),
    country_style=_w(
        ("name", 55),
        ("caps", 12),
        ("plain", 8),
        ("iso3", 10),
        ("iso2", 4),
        ("long", 4),
        ("alias", 7),
    ),
    nat_style=_w(("adj", 45), ("adjcaps", 15), ("name", 20), ("iso3", 10), ("caps", 10)),
    thousands="\u00a0",
    decimal=",",
    total_word="TOTAL GÉNÉRAL",
    note="Données provisoires - extraction du fichier de suivi, ne pas diffuser",
    bad_count="plusieurs",
)

_ES = _Source(
    source="policia_nacional_es_c",
    filename="policia_nacional_es_c.csv",
    fmt="csv",
    encoding="latin-1",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha y hora del hecho",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de víctimas/migrantes",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
        "_extra": "Unidad actuante",
    },
    ref="AT-{year}/{seq:06d}",
    extra=("UCRIF Central", "UCRIF Algeciras", "UCRIF Las Palmas", "UCRIF Almería"),
    crime={
        "trafficking": _w(("Trata de seres humanos", 4), ("Trata de personas", 1)),
        "smuggling": _w(
            ("Tráfico ilícito de migrantes", 3),
            ("Favorecimiento de la inmigración irregular", 2),
            ("Delito contra los derechos de los ciudadanos extranjeros", 1),
        ),
        "both": _w(
            ("Trata y tráfico de migrantes", 1),
        ),
    },
    exploitation={
        "sexual": _w(
            ("Explotación sexual", 4),
        ),
        "forced_labour": _w(("Explotación laboral", 3), ("Trabajos forzados", 1)),
        "forced_criminality": _w(
            ("Realización de actividades delictivas", 2), ("Criminalidad forzada", 1)
        ),
        "organ_removal": _w(
            ("Extracción de órganos", 1),
        ),
        "forced_marriage": _w(
            ("Matrimonio forzado", 1),
        ),
        "other": _w(
            ("Otra", 1),
        ),
    },
    gender={
        "male": _w(("Hombre", 3), ("Varón", 1)),
        "female": _w(
            ("Mujer", 3),
        ),
        "mixed": _w(("Ambos sexos", 2), ("Mixto", 1)),
    },
    age={
        "child": _w(("Menor de edad", 3), ("Menor", 1)),
        "adult": _w(("Mayor de edad", 3), ("Adulto", 1)),
        "mixed": _w(
            ("Mayores y menores", 2),
        ),
    },
    transport={
        "sea": _w(("Marítimo", 2), ("Embarcación", 1), ("Patera", 1), ("Cayuco", 1)),
        "land": _w(("Terrestre", 3), ("Vehículo", 1)),
        "air": _w(
            ("Aéreo", 3),
        ),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Corrupción",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    offence_join=(", ", "; ", " / "),
    no_offence=("", "", "Ninguno"),
    not_applicable=("", "", "", "No procede"),
    unknown=("No consta", "Sin determinar", ""),
    unknown_country=("No consta", "Desconocido", ""),
    unknown_count=("No consta", ""),
    no_transit=("", "", "Ninguno"),
    transit_sep=(", ", "; ", " - ", " / ", " > "),
    country_style=_w(
        ("name", 55),
        ("plain", 10),
        ("caps", 8),
        ("iso3", 12),
        ("iso2", 5),
        ("long", 4),
        ("alias", 6),
    ),
    nat_style=_w(("adj", 50), ("name", 25), ("iso3", 10), ("adjcaps", 15)),
    thousands=".",
    decimal=",",
    total_word="Total",
    note=None,
    bad_count="varios",
)

_PA = _Source(
    source="senafront_pa_c",
    filename="senafront_pa_c.xlsx",
    fmt="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "NO. EXPEDIENTE",
        "event_date": "FECHA DE APREHENSION",
        "crime_type": "TIPO DE DELITO",
        "exploitation": "MODALIDAD DE EXPLOTACION",
        "n_persons": "CANTIDAD DE PERSONAS",
        "n_suspects": "APREHENDIDOS",
        "gender": "SEXO",
        "age_group": "GRUPO ETARIO",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAIS DE ORIGEN",
        "destination_country": "PAIS DE DESTINO",
        "detection_country": "PAIS DE INTERCEPCION",
        "transit_countries": "PAISES DE TRANSITO",
        "transport_mode": "VIA DE INGRESO",
        "lat": "LATITUD",
        "lon": "LONGITUD",
        "linked_offences": "DELITOS CONEXOS",
        "_extra": "PUESTO",
    },
    ref="SNF-{year}-{seq:05d}",
    extra=("BAJO CHIQUITO", "LAJAS BLANCAS", "SAN VICENTE", "PUERTO OBALDIA", "METETI"),
    crime={
        "trafficking": _w(
            ("TRATA DE PERSONAS", 1),
        ),
        "smuggling": _w(("TRAFICO ILICITO DE MIGRANTES", 3), ("TRAFICO DE MIGRANTES", 2)),
        "both": _w(
            ("TRATA DE PERSONAS Y TRAFICO DE MIGRANTES", 1),
        ),
    },
    exploitation={
        "sexual": _w(
            ("EXPLOTACION SEXUAL", 1),
        ),
        "forced_labour": _w(("EXPLOTACION LABORAL", 2), ("TRABAJO FORZOSO", 1)),
        "forced_criminality": _w(
            ("DELINCUENCIA FORZADA", 1),
        ),
        "organ_removal": _w(
            ("EXTRACCION DE ORGANOS", 1),
        ),
        "forced_marriage": _w(
            ("MATRIMONIO FORZADO", 1),
        ),
        "other": _w(
            ("OTRA", 1),
        ),
    },
    gender={
        "male": _w(("MASCULINO", 3), ("HOMBRE", 1)),
        "female": _w(("FEMENINO", 3), ("MUJER", 1)),
        "mixed": _w(
            ("MIXTO", 1),
        ),
    },
    age={
        "child": _w(("MENOR DE EDAD", 2), ("NNA", 1)),
        "adult": _w(("ADULTO", 3), ("MAYOR DE EDAD", 1)),
        "mixed": _w(("ADULTOS Y MENORES", 2), ("MIXTO", 1)),
    },
    transport={
        "sea": _w(("MARITIMA", 3), ("LANCHA", 1)),
        "land": _w(("TERRESTRE", 3), ("A PIE", 1)),
        "air": _w(
            ("AEREA", 1),
        ),
    },
    offences={
        "document_fraud": ("FALSIFICACION DE DOCUMENTOS",),
        "corruption": ("CORRUPCION DE SERVIDORES PUBLICOS",),
        "money_laundering": ("BLANQUEO DE CAPITALES",),
        "illicit_goods": ("CONTRABANDO",),
        "cybercrime": ("DELITOS INFORMATICOS",),
        "terrorism": ("TERRORISMO",),
    },
    offence_join=(" / ", ", "),
    no_offence=("",),
    not_applicable=("", "", "N/A"),
    unknown=("SIN DATO", "S/D", ""),
    unknown_country=("SIN DATO", "S/D", ""),
    unknown_count=("S/D", ""),
    no_transit=("",),
    transit_sep=(" - ", ", ", " / ", " → "),
    country_style=_w(("caps", 60), ("capsacc", 8), ("iso3", 20), ("iso2", 4), ("longcaps", 8)),
    nat_style=_w(("adjcaps", 50), ("caps", 35), ("iso3", 10), ("longcaps", 5)),
    thousands=",",
    decimal=".",
    total_word="TOTAL",
    note="FUENTE: SENAFRONT - DATOS PRELIMINARES SUJETOS A REVISION",
    bad_count="VARIOS",
)

_US = _Source(
    source="hsi_us_c",
    filename="hsi_us_c.txt",
    fmt="csv",
    encoding="utf-8",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case Number",
        "event_date": "Encounter Date",
        "crime_type": "Offense Type",
        "exploitation": "Trafficking Type",
        "n_persons": "No. of Individuals",
        "n_suspects": "Suspects Arrested",
        "gender": "Gender",
        "age_group": "Age Group",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Encounter Country",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Entry",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Related Offenses",
        "_extra": "Field Office",
    },
    ref="HSI-{yy:02d}-{seq:06d}",
    extra=("San Diego", "Tucson", "El Paso", "Laredo", "Rio Grande Valley", "Miami"),
    crime={
        "trafficking": _w(
            ("Human Trafficking", 1),
        ),
        "smuggling": _w(("Alien Smuggling", 3), ("Human Smuggling", 3)),
        "both": _w(("Smuggling & Trafficking", 1), ("Human Smuggling/Trafficking", 1)),
    },
    exploitation={
        "sexual": _w(("Sex Trafficking", 3), ("Commercial Sexual Exploitation", 1)),
        "forced_labour": _w(("Labor Trafficking", 3), ("Forced Labor", 2)),
        "forced_criminality": _w(
            ("Forced Criminal Activity", 1),
        ),
        "organ_removal": _w(
            ("Organ Removal", 1),
        ),
        "forced_marriage": _w(
            ("Forced Marriage", 1),
        ),
        "other": _w(
            ("Other", 1),
        ),
    },
    gender={
        "male": _w(("Male", 3), ("M", 2)),
        "female": _w(("Female", 3), ("F", 2)),
        "mixed": _w(("Mixed", 2), ("Male/Female", 1)),
    },
    age={
        "child": _w(("Juvenile", 2), ("Minor", 2)),
        "adult": _w(
            ("Adult", 1),
        ),
        "mixed": _w(("Adults & Juveniles", 2), ("Adults and minors", 1)),
    },
    transport={
        "sea": _w(("Maritime", 2), ("Vessel", 1), ("Sea", 1)),
        "land": _w(("Land", 3), ("Vehicle", 1), ("Pedestrian", 1)),
        "air": _w(("Air", 3), ("Commercial Flight", 1)),
    },
    offences={
        "document_fraud": ("Document Fraud", "Fraudulent Documents"),
        "corruption": ("Public Corruption",),
        "money_laundering": ("Money Laundering",),
        "illicit_goods": ("Contraband",),
        "cybercrime": ("Cyber Crime",),
        "terrorism": ("Terrorism",),
    },
    offence_join=("; ", ", ", " / "),
    no_offence=("", "", "None"),
    not_applicable=("", "", "N/A"),
    unknown=("Unknown", "U", "Not Specified", ""),
    unknown_country=("Unknown", "UNK", ""),
    unknown_count=("Unknown", ""),
    no_transit=("", "", "None"),
    transit_sep=(", ", " > ", " → ", "; ", " / "),
    country_style=_w(
        ("name", 55), ("iso2", 15), ("caps", 12), ("iso3", 6), ("long", 5), ("alias", 7)
    ),
    nat_style=_w(("adj", 40), ("name", 40), ("iso2", 10), ("caps", 10)),
    thousands=",",
    decimal=".",
    total_word="Grand Total",
    note=None,
    bad_count="several",
)

_UK = _Source(
    source="nca_uk_c",
    filename="nca_uk_c.csv",
    fmt="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "date_detected",
        "crime_type": "offence_type",
        "exploitation": "exploitation_type",
        "n_persons": "no_of_persons",
        "n_suspects": "no_of_suspects",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "destination_country",
        "detection_country": "country_detected",
        "transit_countries": "transit_route",
        "transport_mode": "transport_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "linked_crimes",
        "_extra": "reporting_unit",
    },
    ref="NCA/{yy:02d}/{seq:05d}",
    extra=("Border Force Dover", "ILO Athens", "ILO Zagreb", "ILO Warsaw", "MSHT Unit"),
    crime={
        "trafficking": _w(("Human trafficking", 3), ("Modern slavery", 1)),
        "smuggling": _w(("People smuggling", 3), ("Organised immigration crime", 2), ("OIC", 1)),
        "both": _w(
            ("Smuggling and trafficking", 1),
        ),
    },
    exploitation={
        "sexual": _w(
            ("Sexual exploitation", 1),
        ),
        "forced_labour": _w(("Labour exploitation", 3), ("Forced labour", 1)),
        "forced_criminality": _w(
            ("Criminal exploitation", 1),
        ),
        "organ_removal": _w(
            ("Organ harvesting", 1),
        ),
        "forced_marriage": _w(
            ("Forced marriage", 1),
        ),
        "other": _w(
            ("Other", 1),
        ),
    },
    gender={
        "male": _w(("Male", 4), ("male", 1)),
        "female": _w(
            ("Female", 1),
        ),
        "mixed": _w(("Mixed", 2), ("Male & female", 1)),
    },
    age={
        "child": _w(("Child", 2), ("Under 18", 1), ("Minor", 1)),
        "adult": _w(("Adult", 3), ("18+", 1)),
        "mixed": _w(("Adults and children", 2), ("Mixed", 1)),
    },
    transport={
        "sea": _w(("Small boat", 2), ("Maritime", 2), ("Sea", 1)),
        "land": _w(("Land", 2), ("Road", 1), ("HGV", 1)),
        "air": _w(("Air", 3), ("Flight", 1)),
    },
    offences={
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit commodities",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_join=("; ", ", ", " | "),
    no_offence=("", "", "None"),
    not_applicable=("", "", "n/a"),
    unknown=("Not known", "Unknown", "Not stated", ""),
    unknown_country=("Not known", "Unknown", ""),
    unknown_count=("Not known", ""),
    no_transit=("", "", "None"),
    transit_sep=(", ", " > ", " → ", " | ", "; ", " - "),
    country_style=_w(
        ("name", 50), ("iso3", 18), ("iso2", 5), ("caps", 10), ("long", 6), ("alias", 11)
    ),
    nat_style=_w(("adj", 50), ("name", 25), ("iso3", 15), ("caps", 10)),
    thousands=",",
    decimal=".",
    total_word="Total",
    note="Figures are provisional and subject to change",
    bad_count="several",
)

#: The blind variant's sources, in file order.
BLIND_SOURCES: tuple[_Source, ...] = (_FR, _ES, _PA, _US, _UK)
_PRIMARY = {
    "FRA": "dcpaf_fr_c",
    "ITA": "dcpaf_fr_c",
    "ESP": "policia_nacional_es_c",
    "PAN": "senafront_pa_c",
    "USA": "hsi_us_c",
    "GBR": "nca_uk_c",
    "GRC": "nca_uk_c",
    "HRV": "nca_uk_c",
    "POL": "nca_uk_c",
}
# Which other source also reports an event of a corridor (cross-source duplicates).
_SECONDARY = {
    "cmed": "nca_uk_c",
    "thb_nga_ita": "policia_nacional_es_c",
    "thb_rou_esp": "policia_nacional_es_c",
    "wmed": "dcpaf_fr_c",
    "watl": "dcpaf_fr_c",
    "darien": "hsi_us_c",
    "thb_vnm_gbr": "dcpaf_fr_c",
    "emed": "dcpaf_fr_c",
    "wbal": "dcpaf_fr_c",
    "blr_pol": "dcpaf_fr_c",
}
_REPEAT_SOURCE = "hsi_us_c"
_N_REPEATS = 3

# --- dates ---------------------------------------------------------------------------------------
_MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
_ROMAN = ("I", "II", "III", "IV")

DateCell = str | dt.datetime | int


def _date_cell(
    src: _Source, d: pd.Timestamp, rng: np.random.Generator
) -> tuple[DateCell, str, pd.Timestamp]:
    """Return (cell, precision, expected date) for one event date written ``src``'s way."""
    u = rng.random()
    q = (d.month - 1) // 3 + 1
    month_start = pd.Timestamp(d.year, d.month, 1)
    quarter_start = pd.Timestamp(d.year, 3 * q - 2, 1)
    name = _MONTHS[src.language][d.month - 1]
    s = src.source
    if s == "dcpaf_fr_c":
        if u < 0.05:
            return f"{name} {d.year}", "month", month_start
        if u < 0.08:
            return f"T{q} {d.year}", "quarter", quarter_start
        if u < 0.20:
            day = "1er" if d.day == 1 else str(d.day)
            return f"{day} {name} {d.year}", "day", d
        return d.strftime("%d/%m/%Y"), "day", d
    if s == "policia_nacional_es_c":
        if u < 0.04:
            return f"{name} de {d.year}", "month", month_start
        if u < 0.055:
            return f"{q}.º trimestre {d.year}", "quarter", quarter_start
        if u < 0.07:
            return f"T{q} {d.year}", "quarter", quarter_start
        if u < 0.17:
            return f"{d.day} de {name} de {d.year}", "day", d
        if u < 0.40:
            hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{d.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}", "day", d
        return d.strftime("%d/%m/%Y"), "day", d
    if s == "senafront_pa_c":
        if u < 0.03:
            return f"{name.upper()} {d.year}", "month", month_start
        if u < 0.05:
            return f"{_ROMAN[q - 1]} TRIMESTRE {d.year}", "quarter", quarter_start
        if u < 0.20:
            serial = (d - pd.Timestamp("1899-12-30")).days
            return int(serial), "day", d
        if u < 0.30:
            return d.strftime("%d/%m/%Y"), "day", d
        return d.to_pydatetime(), "day", d
    if s == "hsi_us_c":
        if u < 0.03:
            return f"{name} {d.year}", "month", month_start
        if u < 0.05:
            return f"Q{q} {d.year}", "quarter", quarter_start
        if u < 0.18:
            return f"{name[:3]} {d.day}, {d.year}", "day", d
        if u < 0.30:
            return f"{d.month}/{d.day}/{d.year}", "day", d
        return d.strftime("%m/%d/%Y"), "day", d
    # nca_uk_c
    if u < 0.04:
        return d.strftime("%Y-%m"), "month", month_start
    if u < 0.07:
        return f"Q{q} {d.year}", "quarter", quarter_start
    if u < 0.15:
        return f"{d.day} {name} {d.year}", "day", d
    if u < 0.22:
        return d.strftime("%d-%b-%Y"), "day", d
    if u < 0.45:
        return d.strftime("%Y-%m-%d"), "day", d
    return d.strftime("%d/%m/%Y"), "day", d


def _future_cell(src: _Source, d: pd.Timestamp) -> DateCell:
    """Return a date whose year has two digits swapped (2023 -> 2203): in the future."""
    y = str(d.year)
    year = int(y[0] + y[2] + y[1] + y[3])
    day = min(d.day, 28)
    if src.source == "hsi_us_c":
        return f"{d.month:02d}/{day:02d}/{year}"
    if src.source == "nca_uk_c":
        return f"{year}-{d.month:02d}-{day:02d}"
    return f"{day:02d}/{d.month:02d}/{year}"


def _bad_date_cell(src: _Source, d: pd.Timestamp) -> str:
    """Return an impossible calendar date."""
    if src.source == "hsi_us_c":
        return f"02/30/{d.year}"
    if src.source == "nca_uk_c":
        return f"{d.year}-02-30"
    return f"31/02/{d.year}"


# --- cells ---------------------------------------------------------------------------------------
def _count_text(src: _Source, value: int) -> str:
    text = f"{value:,}"
    return text.replace(",", src.thousands) if src.thousands != "," else text


def _coord_text(src: _Source, value: float) -> str:
    text = f"{value:.5f}"
    return text.replace(".", src.decimal)


def _vocab(options: dict[str, Weighted], value: str, rng: np.random.Generator) -> str:
    return _pick(rng, options[value])


def _country_word(
    src: _Source,
    iso3: str,
    rng: np.random.Generator,
    *,
    nat: bool,
    female: bool,
    style: str | None = None,
) -> tuple[str, str]:
    """Return (text, style) for a country or nationality written ``src``'s way."""
    if style is None:
        style = _pick(rng, src.nat_style if nat else src.country_style)
    lang = src.language
    name = _NAMES[iso3][_LANG_COL[lang]]
    if style in ("adj", "adjcaps") and iso3 in _ADJ:
        adj = _ADJ[iso3]
        if lang == "en":
            word = adj[0]
        else:
            base = 1 if lang == "fr" else 3
            word = adj[base + int(female)]
            word = word[0].upper() + word[1:]
        return (_plain(word).upper(), "adjcaps") if style == "adjcaps" else (word, "adj")
    if style in ("long", "longcaps") and iso3 in _LONG:
        long = _LONG[iso3][_LANG_COL[lang] - 1]
        return (_plain(long).upper(), "long") if style == "longcaps" else (long, "long")
    if style == "alias" and _ALIAS[lang].get(iso3):
        aliases = _ALIAS[lang][iso3]
        return aliases[int(rng.integers(len(aliases)))], "alias"
    if style == "iso3":
        return iso3, "iso3"
    if style == "iso2":
        return _NAMES[iso3][0], "iso2"
    if style == "caps":
        return _plain(name).upper(), "caps"
    if style == "capsacc":
        return name.upper(), "case"
    if style == "plain":
        return _plain(name), "plain"
    return name, "name"


def _dirty_country(
    src: _Source,
    iso3: str,
    text: str,
    style: str,
    rng: np.random.Generator,
    tags: list[str],
    col: str,
) -> str:
    """Plant a typo or mojibake in a written country name, now and then.

    No typos in nationality adjectives (``nigériane`` is one letter from ``nigérienne``)
    nor in Niger / Nigeria, where one letter may point at the other.
    """
    u = rng.random()
    if style in ("name", "plain", "caps") and iso3 not in ("NGA", "NER") and u < 0.04:
        typo = _typo(text, rng)
        if typo is not None:
            tags.append(f"typo:{col}")
            return typo
    if u > 0.97:
        moji = _mojibake(text, src.encoding)
        if moji is not None:
            tags.append(f"mojibake:{col}")
            return moji
    if style != "name":
        tags.append(f"{style}:{col}")
    return text


def _render_row(
    src: _Source, ev: dict[str, object], rng: np.random.Generator
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one event; return (cells by field, expected clean values, messiness tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    caps = src.source == "senafront_pa_c"

    date = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, precision, exp_date = _date_cell(src, date, rng)
    cells["event_date"] = cell
    exp["event_date"] = exp_date
    exp["date_precision"] = precision
    if precision != "day":
        tags.append("partial_date")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(src.crime, crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        cells["exploitation"] = src.not_applicable[int(rng.integers(len(src.not_applicable)))]
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = src.unknown[int(rng.integers(len(src.unknown)))]
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _vocab(src.exploitation, str(expl), rng)
        exp["exploitation"] = expl

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    exp["n_persons"] = persons
    if src.fmt == "xlsx" and (persons < 1000 or rng.random() < 0.6):
        cells["n_persons"] = persons
    else:
        cells["n_persons"] = _count_text(src, persons)
        if persons >= 1000:
            tags.append("thousands:n_persons")
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if rng.random() < 0.05:
        cells["n_suspects"] = src.unknown_count[int(rng.integers(len(src.unknown_count)))]
        exp["n_suspects"] = None
        tags.append("unknown:n_suspects")
    else:
        cells["n_suspects"] = suspects if src.fmt == "xlsx" else str(suspects)
        exp["n_suspects"] = suspects

    for col, options in (
        ("gender", src.gender),
        ("age_group", src.age),
        ("transport_mode", src.transport),
    ):
        if rng.random() < 0.04:
            cells[col] = src.unknown[int(rng.integers(len(src.unknown)))]
            exp[col] = "unknown"
            tags.append(f"unknown:{col}")
        else:
            word = _vocab(options, str(ev[col]), rng)
            if not caps and rng.random() < 0.05:
                word = word.upper() if rng.random() < 0.5 else word.lower()
                tags.append(f"case:{col}")
            cells[col] = word
            exp[col] = ev[col]

    female = ev["gender"] == "female"
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        unknown_rate = 0.0 if col == "detection_country" else 0.035
        if iso is None or rng.random() < unknown_rate:
            opts = src.unknown_country
            cells[col] = opts[int(rng.integers(len(opts)))]
            exp[col] = None
            tags.append(f"unknown:{col}")
            continue
        text, style = _country_word(
            src, str(iso), rng, nat=col == "nationality", female=bool(female)
        )
        cells[col] = _dirty_country(src, str(iso), text, style, rng, tags, col)
        exp[col] = iso

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = src.no_transit[int(rng.integers(len(src.no_transit)))]
        exp["transit_countries"] = None
    elif rng.random() < 0.03:
        opts = src.unknown_country
        cells["transit_countries"] = opts[int(rng.integers(len(opts)))]
        exp["transit_countries"] = None
        tags.append("unknown:transit_countries")
    else:
        codes = str(transit).split("|")
        seps = [s for s in src.transit_sep if _encodable(s, src.encoding)]
        style = _pick(rng, src.country_style)  # a clerk writes one list one way
        words = []
        for code in codes:
            text, kind = _country_word(src, code, rng, nat=False, female=False, style=style)
            words.append(_dirty_country(src, code, text, kind, rng, tags, "transit_countries"))
        sep = seps[int(rng.integers(len(seps)))]
        if "-" in sep and any("-" in w for w in words):
            sep = ", "
        cells["transit_countries"] = sep.join(words)
        exp["transit_countries"] = transit
        if len(codes) > 1:
            tags.append("list:transit_countries")

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    u = rng.random()
    if u < 0.05:
        cells["lat"], cells["lon"] = "", ""
        exp["lat"], exp["lon"] = None, None
        tags.append("empty:coordinates")
    elif u < 0.065:
        # a placeholder a system writes for "no fix": out of range, so no location
        bad = -999.0 if rng.random() < 0.5 else 999.0
        if rng.random() < 0.5:
            lat_w, lon_w = bad, lon
        else:
            lat_w, lon_w = lat, bad
        cells["lat"], cells["lon"] = _coord_pair(src, lat_w, lon_w)
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_out_of_range")
    elif u < 0.09:
        cells["lat"], cells["lon"] = _coord_pair(src, lon, lat)
        exp["lat"], exp["lon"] = lat, lon
        tags.append("coords_swapped")
    else:
        cells["lat"], cells["lon"] = _coord_pair(src, lat, lon)
        exp["lat"], exp["lon"] = lat, lon

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = src.no_offence[int(rng.integers(len(src.no_offence)))]
        exp["linked_offences"] = None
    else:
        parts = []
        for off in str(offences).split("|"):
            opts = src.offences[off]
            parts.append(opts[int(rng.integers(len(opts)))])
        join = src.offence_join[int(rng.integers(len(src.offence_join)))]
        cells["linked_offences"] = join.join(parts)
        exp["linked_offences"] = offences

    cells["_extra"] = src.extra[int(rng.integers(len(src.extra)))]
    for key, value in cells.items():
        if value == "":
            cells[key] = None
    return cells, exp, tags


def _coord_pair(src: _Source, lat: float, lon: float) -> tuple[object, object]:
    if src.fmt == "xlsx":
        return round(lat, 5), round(lon, 5)
    return _coord_text(src, lat), _coord_text(src, lon)


# --- assembling the files -------------------------------------------------------------------------
def _garbage(src: _Source, total: int, last: pd.Timestamp) -> list[tuple[dict[str, object], str]]:
    rows: list[tuple[dict[str, object], str]] = []
    if src.fmt == "csv":
        rows.append(({}, "empty_row"))
    if src.note is not None:
        cell, _, _ = _date_cell(src, last, np.random.default_rng(0))
        if isinstance(cell, str) and not cell[:1].isdigit():
            cell = last.strftime("%m/%d/%Y" if src.source == "hsi_us_c" else "%d/%m/%Y")
        rows.append(({"source_ref": src.note, "event_date": cell}, "no_content"))
    rows.append(
        (
            {
                "source_ref": src.total_word,
                "n_persons": total if src.fmt == "xlsx" else _count_text(src, total),
            },
            "no_date",
        )
    )
    return rows


_BAD_KINDS = ("no_date", "bad_date", "future_date", "negative_count", "bad_count")
_BAD_EXTRA = ("no_date", "future_date", "negative_count", "bad_date", "no_date")


def make_blind(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the blind variant's five submissions (see module notes).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND_SOURCES`, with its expected rows.
    """
    rng = np.random.default_rng([seed, 29])
    tr = truth.reset_index(drop=True)
    n = len(tr)
    events: list[dict[str, object]] = []
    for rec in tr.astype(object).where(tr.notna(), None).to_dict("records"):
        events.append({str(k): v for k, v in rec.items()})
    primary = np.array([_PRIMARY[str(e["detection_country"])] for e in events], dtype=object)
    secondary = np.array(
        [
            (
                ("nca_uk_c" if p == "dcpaf_fr_c" else "dcpaf_fr_c")
                if e["corridor"] == "channel"
                else _SECONDARY.get(str(e["corridor"]))
            )
            for e, p in zip(events, primary, strict=True)
        ],
        dtype=object,
    )
    eligible = np.flatnonzero(
        np.array([s is not None and s != p for s, p in zip(secondary, primary, strict=True)])
    )
    n_dup = min(round(DUPLICATE_RATE * n), len(eligible))
    dup_idx = set(rng.choice(eligible, size=n_dup, replace=False).tolist())
    n_garbage = sum(len(_garbage(s, 0, pd.Timestamp("2021-01-01"))) for s in BLIND_SOURCES)
    n_bad = max(round(BAD_RATE * n) - n_garbage, 0)
    free = np.setdiff1d(np.arange(n), np.array(sorted(dup_idx), dtype=int))
    bad_idx = rng.choice(free, size=min(n_bad, len(free)), replace=False).tolist()
    # every kind appears once there are five bad rows; no dates and counts come more often
    pattern = [*_BAD_KINDS, *_BAD_EXTRA]
    bad_kind = {int(i): pattern[k % len(pattern)] for k, i in enumerate(bad_idx)}
    shift = rng.choice([-1, 0, 1], size=n, p=[0.35, 0.3, 0.35])

    subs: list[Submission] = []
    first_row: dict[str, str] = {}
    pending_dups: list[tuple[int, int]] = []  # (sub index, row position) of cross-source rows
    for src in BLIND_SOURCES:
        own = [(i, "record") for i in range(n) if primary[i] == src.source]
        dups = [(i, "duplicate") for i in sorted(dup_idx) if secondary[i] == src.source]
        items = []
        for i, role in own + dups:
            d = pd.Timestamp(events[i]["event_date"])  # type: ignore[arg-type]
            if role == "duplicate":
                d = d + pd.Timedelta(days=int(shift[i]))
            items.append((d, i, role))
        items.sort(key=lambda t: (t[0], t[1]))
        body: list[dict[str, object]] = []
        meta: list[dict[str, object]] = []
        year_seq: dict[int, int] = {}
        total = 0
        for d, i, role in items:
            ev = dict(events[i])
            ev["event_date"] = d
            cells, exp, tags = _render_row(src, ev, rng)
            year_seq[d.year] = year_seq.get(d.year, 0) + 1
            ref = src.ref.format(year=d.year, yy=d.year % 100, seq=year_seq[d.year])
            cells["source_ref"] = ref
            status, reason = role, ("cross_source" if role == "duplicate" else None)
            kind = bad_kind.get(i) if role == "record" else None
            if kind is not None:
                status, reason = "quarantine", kind
                tags.append("bad_row")
                exp = {}
                if kind == "no_date":
                    cells["event_date"] = None
                elif kind == "bad_date":
                    cells["event_date"] = _bad_date_cell(src, d)
                elif kind == "future_date":
                    cells["event_date"] = _future_cell(src, d)
                elif kind == "negative_count":
                    cells["n_persons"] = f"-{int(ev['n_persons'])}"  # type: ignore[call-overload]
                else:
                    cells["n_persons"] = src.bad_count
            else:
                total += int(ev["n_persons"])  # type: ignore[call-overload]
            body.append(cells)
            meta.append(
                {
                    "event_id": ev["event_id"],
                    "expected_status": status,
                    "expected_reason": reason,
                    "messiness": ";".join(dict.fromkeys(tags)),
                    "source_ref": ref,
                    **{f: exp.get(f) for f in _FIELDS},
                }
            )
        last = items[-1][0] if items else pd.Timestamp("2021-01-01")
        for g_cells, g_reason in _garbage(src, total, last):
            is_total = g_reason == "no_date"
            pos = len(body) if is_total else int(rng.integers(1, max(len(body), 2)))
            body.insert(pos, g_cells)
            meta.insert(
                pos,
                {
                    "event_id": None,
                    "expected_status": "quarantine",
                    "expected_reason": g_reason,
                    "messiness": "garbage_row",
                    "source_ref": g_cells.get("source_ref"),
                    **dict.fromkeys(_FIELDS),
                },
            )
        first = 2  # header = row 1 in CSV and XLSX
        for k, m in enumerate(meta):
            m["source_row"] = first + k
            m["duplicate_of"] = None
        if src.source == _REPEAT_SOURCE:
            cand = [k for k, m in enumerate(meta) if m["expected_status"] == "record"]
            picks = sorted(rng.choice(len(cand), size=min(_N_REPEATS, len(cand)), replace=False))
            for p in picks:
                k = cand[int(p)]
                body.append(dict(body[k]))
                m = dict(meta[k])
                m.update(
                    expected_status="duplicate",
                    expected_reason="exact_repeat",
                    messiness="exact_repeat",
                    duplicate_of=f"{src.filename}:{meta[k]['source_row']}",
                    source_row=first + len(meta),
                )
                meta.append(m)
        for k, m in enumerate(meta):
            m["source"] = src.source
            m["source_file"] = src.filename
            if m["expected_reason"] == "cross_source":
                pending_dups.append((len(subs), k))
            elif m["event_id"] is not None and m["expected_status"] != "duplicate":
                first_row[str(m["event_id"])] = f"{src.filename}:{m['source_row']}"
        columns = list(src.headers)
        frame = pd.DataFrame(
            [[row.get(c) for c in columns] for row in body], columns=columns, dtype=object
        )
        frame.columns = [src.headers[c] for c in columns]
        expected = pd.DataFrame(meta, dtype=object)
        subs.append(
            Submission(
                filename=src.filename,
                frame=frame,
                format=src.fmt,
                encoding=src.encoding,
                delimiter=src.delimiter,
                language=src.language,
                source=src.source,
                expected=expected,
                entities=pd.DataFrame(
                    columns=[
                        "source_file",
                        "source_row",
                        "column",
                        "raw",
                        "entity_id",
                        "kind",
                        "network_id",
                        "canonical",
                    ]
                ),
            )
        )
    out: list[Submission] = []
    for j, sub in enumerate(subs):
        exp_frame = sub.expected.copy()
        for sj, k in pending_dups:
            if sj == j:
                exp_frame.loc[k, "duplicate_of"] = first_row[str(exp_frame.loc[k, "event_id"])]
        out.append(
            Submission(
                filename=sub.filename,
                frame=sub.frame,
                format=sub.format,
                encoding=sub.encoding,
                delimiter=sub.delimiter,
                language=sub.language,
                source=sub.source,
                expected=_finish_expected(exp_frame),
                entities=sub.entities,
            )
        )
    return out
