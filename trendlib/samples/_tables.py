"""Static tables behind the synthetic data: countries, words, corridors, networks.

Hand-written on purpose: the samples must not depend on the cleaners they test,
and a fixed, small table keeps the generated files stable across library
versions (pycountry's names change between releases).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = [
    "CORRIDORS",
    "COUNTRIES",
    "NETWORKS",
    "UNKNOWN_WORDS",
    "VOCAB_WORDS",
    "Corridor",
    "Hotspot",
    "NetworkSpec",
    "where",
]


def where(cond: Any, yes: Any, no: Any) -> np.ndarray:
    """Return :func:`numpy.where` (typed loosely: the stubs reject ``None`` branches)."""
    return np.asarray(np.where(cond, yes, no))


# iso3: (iso2, English, French, Spanish, aliases (English), typo)
COUNTRIES: dict[str, tuple[str, str, str, str, tuple[str, ...], str]] = {
    "AFG": ("AF", "Afghanistan", "Afghanistan", "Afganistán", ("Afghan",), "Afganistan"),
    "ALB": ("AL", "Albania", "Albanie", "Albania", (), "Albnia"),
    "AUT": ("AT", "Austria", "Autriche", "Austria", (), "Austira"),
    "BGD": ("BD", "Bangladesh", "Bangladesh", "Bangladés", (), "Bangladseh"),
    "BGR": ("BG", "Bulgaria", "Bulgarie", "Bulgaria", (), "Bulgria"),
    "BIH": (
        "BA",
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        ("Bosnia",),
        "Bosnia and Herzegowina",
    ),
    "BLR": ("BY", "Belarus", "Biélorussie", "Bielorrusia", ("Belorussia",), "Belaurs"),
    "CHN": ("CN", "China", "Chine", "China", ("PRC",), "Chnia"),
    "CIV": (
        "CI",
        "Côte d’Ivoire",
        "Côte d’Ivoire",
        "Costa de Marfil",
        ("Ivory Coast",),
        "Cote d Ivoir",
    ),
    "CMR": ("CM", "Cameroon", "Cameroun", "Camerún", (), "Camerron"),
    "COL": ("CO", "Colombia", "Colombie", "Colombia", (), "Columbia"),
    "DEU": ("DE", "Germany", "Allemagne", "Alemania", ("Deutschland",), "Germnay"),
    "DZA": ("DZ", "Algeria", "Algérie", "Argelia", (), "Algeira"),
    "ECU": ("EC", "Ecuador", "Équateur", "Ecuador", (), "Equador"),
    "EGY": ("EG", "Egypt", "Égypte", "Egipto", (), "Egipt"),
    "ERI": ("ER", "Eritrea", "Érythrée", "Eritrea", (), "Eritria"),
    "ESP": ("ES", "Spain", "Espagne", "España", (), "Spian"),
    "FRA": ("FR", "France", "France", "Francia", (), "Frnace"),
    "GBR": (
        "GB",
        "United Kingdom",
        "Royaume-Uni",
        "Reino Unido",
        ("UK", "Great Britain"),
        "United Kingdon",
    ),
    "GIN": ("GN", "Guinea", "Guinée", "Guinea", ("Guinea-Conakry",), "Guniea"),
    "GMB": ("GM", "Gambia", "Gambie", "Gambia", ("The Gambia",), "Gambie"),
    "GRC": ("GR", "Greece", "Grèce", "Grecia", ("Hellas",), "Greese"),
    "GTM": ("GT", "Guatemala", "Guatemala", "Guatemala", (), "Guatamala"),
    "HND": ("HN", "Honduras", "Honduras", "Honduras", (), "Hondura"),
    "HRV": ("HR", "Croatia", "Croatie", "Croacia", ("Hrvatska",), "Croatai"),
    "HTI": ("HT", "Haiti", "Haïti", "Haití", (), "Hati"),
    "HUN": ("HU", "Hungary", "Hongrie", "Hungría", (), "Hungray"),
    "IRN": ("IR", "Iran", "Iran", "Irán", ("Persia",), "Irna"),
    "IRQ": ("IQ", "Iraq", "Irak", "Irak", (), "Iraq."),
    "ITA": ("IT", "Italy", "Italie", "Italia", (), "Itlay"),
    "LBY": ("LY", "Libya", "Libye", "Libia", (), "Lybia"),
    "MAR": ("MA", "Morocco", "Maroc", "Marruecos", (), "Morroco"),
    "MEX": ("MX", "Mexico", "Mexique", "México", (), "Mexcio"),
    "MKD": (
        "MK",
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        ("Macedonia",),
        "North Macedonai",
    ),
    "MLI": ("ML", "Mali", "Mali", "Malí", (), "Maly"),
    "MRT": ("MR", "Mauritania", "Mauritanie", "Mauritania", (), "Mauretania"),
    "NER": ("NE", "Niger", "Niger", "Níger", (), "Nigr"),
    "NGA": ("NG", "Nigeria", "Nigéria", "Nigeria", (), "Nigeira"),
    "PAK": ("PK", "Pakistan", "Pakistan", "Pakistán", (), "Pakistn"),
    "PAN": ("PA", "Panama", "Panama", "Panamá", (), "Panamma"),
    "POL": ("PL", "Poland", "Pologne", "Polonia", (), "Polnad"),
    "ROU": ("RO", "Romania", "Roumanie", "Rumanía", ("Rumania",), "Romaina"),
    "RUS": ("RU", "Russia", "Russie", "Rusia", ("Russian Federation",), "Rusia"),
    "SEN": ("SN", "Senegal", "Sénégal", "Senegal", (), "Senegall"),
    "SRB": ("RS", "Serbia", "Serbie", "Serbia", (), "Serbai"),
    "SYR": ("SY", "Syria", "Syrie", "Siria", ("Syrian Arab Republic",), "Syira"),
    "TUN": ("TN", "Tunisia", "Tunisie", "Túnez", (), "Tunesia"),
    "TUR": ("TR", "Türkiye", "Turquie", "Turquía", ("Turkey",), "Turkye"),
    "USA": (
        "US",
        "United States",
        "États-Unis",
        "Estados Unidos",
        ("USA", "U.S."),
        "Untied States",
    ),
    "VEN": ("VE", "Venezuela", "Venezuela", "Venezuela", (), "Venezuala"),
    "VNM": ("VN", "Viet Nam", "Viêt Nam", "Vietnam", ("Vietnam",), "Vietnma"),
    "YEM": ("YE", "Yemen", "Yémen", "Yemen", (), "Yemem"),
}

#: Words for "unknown" per language (what a clerk writes when a value is not known).
UNKNOWN_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("inconnu", "Inconnu", "N/C", "non renseigné", "?"),
    "es": ("desconocido", "Desconocido", "s/d", "N/D", "sin datos"),
    "en": ("unknown", "Unknown", "n/k", "N/A", "-"),
}

#: column -> language -> canonical word -> written variants (first = the usual one).
VOCAB_WORDS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "crime_type": {
        "fr": {
            "trafficking": ("traite des êtres humains", "Traite", "TEH"),
            "smuggling": (
                "trafic de migrants",
                "Trafic illicite de migrants",
                "aide à l'entrée irrégulière",
            ),
            "both": ("traite et trafic", "les deux"),
        },
        "es": {
            "trafficking": ("trata de seres humanos", "Trata", "TSH"),
            "smuggling": (
                "tráfico ilícito de migrantes",
                "Tráfico de migrantes",
                "favorecimiento de la inmigración ilegal",
            ),
            "both": ("trata y tráfico", "ambos"),
        },
        "en": {
            "trafficking": ("Human trafficking", "THB", "Modern slavery"),
            "smuggling": ("People smuggling", "SOM", "Facilitation"),
            "both": ("THB + SOM", "trafficking and smuggling"),
        },
    },
    "exploitation": {
        "fr": {
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "es": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("criminalidad forzada", "actividades delictivas forzadas"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra", "otras formas"),
        },
        "en": {
            "sexual": ("Sexual exploitation", "sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour", "forced labor"),
            "forced_criminality": ("Criminal exploitation", "forced criminality"),
            "organ_removal": ("Organ harvesting", "organ removal"),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
    },
    "gender": {
        "fr": {
            "female": ("femmes", "féminin", "F"),
            "male": ("hommes", "masculin", "H"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "es": {
            "female": ("mujeres", "femenino", "Mujer"),
            "male": ("hombres", "masculino", "Hombre"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "en": {
            "female": ("Female", "F", "women"),
            "male": ("Male", "M", "men"),
            "mixed": ("Mixed", "mixed group"),
        },
    },
    "age_group": {
        "fr": {
            "child": ("mineurs", "mineur", "enfants"),
            "adult": ("adultes", "majeurs"),
            "mixed": ("mixte", "adultes et mineurs"),
        },
        "es": {
            "child": ("menores", "menor de edad"),
            "adult": ("adultos", "mayor de edad"),
            "mixed": ("mixto", "adultos y menores"),
        },
        "en": {
            "child": ("Minor", "Child", "U18"),
            "adult": ("Adult", "adults", "18+"),
            "mixed": ("Mixed", "adults and minors"),
        },
    },
    "transport_mode": {
        "fr": {
            "sea": ("mer", "maritime", "bateau", "embarcation"),
            "land": ("terre", "routier", "camion", "à pied"),
            "air": ("aérien", "avion"),
        },
        "es": {
            "sea": ("marítimo", "mar", "patera", "cayuco"),
            "land": ("terrestre", "camión", "a pie"),
            "air": ("aéreo", "avión"),
        },
        "en": {
            "sea": ("Sea", "Small boat", "boat", "maritime"),
            "land": ("Land", "Lorry", "HGV", "on foot"),
            "air": ("Air", "flight"),
        },
    },
    "linked_offences": {
        "fr": {
            "document_fraud": ("fraude documentaire", "faux documents"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "marchandises illicites"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        "es": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("drogas", "mercancías ilícitas"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
        "en": {
            "document_fraud": ("document fraud", "false documents"),
            "corruption": ("corruption", "bribery"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "illicit goods"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
}


@dataclass(frozen=True)
class Hotspot:
    """A real place where a corridor's detections cluster."""

    name: str
    lat: float
    lon: float
    country: str
    weight: float
    spread_km: float


@dataclass(frozen=True)
class Corridor:
    """One ground-truth corridor and the distributions of its events."""

    corridor: str
    route_name: str
    weight: float
    season: float  # amplitude of the summer peak (0 = flat)
    trend: float  # log growth per year
    shape: str  # "steady", "emerging" or "declining"
    crime: dict[str, float]
    exploitation: dict[str, float]
    nationality: dict[str, float]
    transit: dict[str, float]  # "" = direct
    destination: dict[str, float]
    hotspots: tuple[Hotspot, ...]
    mode: dict[str, float]
    persons: tuple[float, float]  # lognormal median, sigma
    big_share: float  # share of "daily landings" totals >= 1000
    suspects: float  # Poisson mean
    gender: dict[str, float]
    age: dict[str, float]
    offences: dict[str, float] = field(default_factory=dict)


_SMUG = {"smuggling": 0.94, "both": 0.04, "trafficking": 0.02}
_SMUG_EXPL = {"forced_labour": 0.5, "sexual": 0.3, "forced_criminality": 0.1, "other": 0.1}
_MIXED_G = {"male": 0.62, "mixed": 0.33, "female": 0.05}
_MIXED_A = {"adult": 0.6, "mixed": 0.32, "child": 0.08}

CORRIDORS: tuple[Corridor, ...] = (
    Corridor(
        "cmed",
        "Central Mediterranean",
        1.0,
        0.6,
        0.10,
        "steady",
        _SMUG,
        _SMUG_EXPL,
        {"TUN": 3, "EGY": 2, "BGD": 2, "CIV": 1.5, "GIN": 1.5, "SYR": 1, "ERI": 1, "PAK": 1},
        {"LBY": 6, "TUN": 3, "": 1},
        {"ITA": 6, "DEU": 2, "FRA": 2},
        (
            Hotspot("Lampedusa", 35.50, 12.60, "ITA", 6, 4),
            Hotspot("Pozzallo", 36.73, 14.85, "ITA", 2, 6),
            Hotspot("Crotone", 39.08, 17.13, "ITA", 1, 8),
        ),
        {"sea": 1.0},
        (45, 0.7),
        0.03,
        1.2,
        _MIXED_G,
        _MIXED_A,
        {"document_fraud": 0.04, "money_laundering": 0.02},
    ),
    Corridor(
        "emed",
        "Eastern Mediterranean",
        0.7,
        0.5,
        0.0,
        "steady",
        _SMUG,
        _SMUG_EXPL,
        {"SYR": 3, "AFG": 3, "IRQ": 1.5, "PAK": 1, "CMR": 0.5},
        {"TUR": 8, "IRN|TUR": 2},
        {"GRC": 3, "DEU": 4, "AUT": 1},
        (
            Hotspot("Lesbos", 39.20, 26.30, "GRC", 4, 8),
            Hotspot("Samos", 37.75, 26.95, "GRC", 2, 5),
            Hotspot("Evros", 41.10, 26.20, "GRC", 2, 10),
        ),
        {"sea": 0.75, "land": 0.25},
        (25, 0.6),
        0.0,
        1.0,
        _MIXED_G,
        _MIXED_A,
        {"document_fraud": 0.06},
    ),
    Corridor(
        "wmed",
        "Western Mediterranean",
        0.45,
        0.4,
        0.0,
        "steady",
        _SMUG,
        _SMUG_EXPL,
        {"MAR": 4, "DZA": 3, "GIN": 1, "MLI": 1},
        {"": 6, "MAR": 3, "DZA|MAR": 1},
        {"ESP": 5, "FRA": 3},
        (
            Hotspot("Ceuta", 35.89, -5.32, "ESP", 2, 2),
            Hotspot("Melilla", 35.29, -2.94, "ESP", 2, 2),
            Hotspot("Almería", 36.83, -2.46, "ESP", 2, 10),
        ),
        {"sea": 0.7, "land": 0.3},
        (12, 0.8),
        0.0,
        1.0,
        _MIXED_G,
        _MIXED_A,
        {"illicit_goods": 0.05},
    ),
    Corridor(
        "watl",
        "Western African/Atlantic",
        0.6,
        0.35,
        0.15,
        "steady",
        _SMUG,
        _SMUG_EXPL,
        {"SEN": 3, "MLI": 2.5, "MAR": 2, "GMB": 1, "GIN": 1, "CIV": 0.5},
        {"MRT": 5, "MAR": 3, "": 2},
        {"ESP": 6, "FRA": 2},
        (
            Hotspot("Gran Canaria", 28.10, -15.40, "ESP", 3, 8),
            Hotspot("Tenerife", 28.05, -16.60, "ESP", 2, 8),
            Hotspot("El Hierro", 27.75, -17.95, "ESP", 2, 5),
            Hotspot("Lanzarote", 29.00, -13.60, "ESP", 1, 6),
        ),
        {"sea": 1.0},
        (60, 0.6),
        0.03,
        1.5,
        _MIXED_G,
        _MIXED_A,
        {"money_laundering": 0.02},
    ),
    Corridor(
        "wbal",
        "Western Balkans",
        0.7,
        0.3,
        0.0,
        "declining",
        _SMUG,
        _SMUG_EXPL,
        {"AFG": 3, "SYR": 2, "PAK": 2, "MAR": 1, "TUR": 1},
        {"TUR|BGR|SRB|BIH": 5, "TUR|GRC|MKD|SRB": 2, "TUR|BGR|SRB": 2},
        {"DEU": 5, "AUT": 2, "ITA": 1},
        (
            Hotspot("Cetingrad (BIH–HRV border)", 45.15, 15.74, "HRV", 3, 6),
            Hotspot("Bajakovo (SRB–HRV border)", 45.05, 19.10, "HRV", 2, 4),
        ),
        {"land": 1.0},
        (8, 0.7),
        0.0,
        1.3,
        _MIXED_G,
        _MIXED_A,
        {"document_fraud": 0.05, "corruption": 0.02},
    ),
    Corridor(
        "blr_pol",
        "Eastern land border (Belarus–Poland)",
        0.0,
        0.1,
        0.0,
        "emerging",
        _SMUG,
        _SMUG_EXPL,
        {"IRQ": 3, "SYR": 2, "AFG": 1.5, "YEM": 1},
        {"RUS|BLR": 4, "BLR": 5},
        {"DEU": 6, "POL": 1},
        (
            Hotspot("Kuźnica", 53.51, 23.65, "POL", 2, 6),
            Hotspot("Białowieża", 52.70, 23.87, "POL", 2, 8),
            Hotspot("Michałowo", 53.03, 23.62, "POL", 1, 6),
        ),
        {"land": 1.0},
        (10, 0.7),
        0.0,
        1.0,
        _MIXED_G,
        _MIXED_A,
        {"document_fraud": 0.08, "corruption": 0.02},
    ),
    Corridor(
        "channel",
        "English Channel",
        0.55,
        0.55,
        0.05,
        "steady",
        _SMUG,
        _SMUG_EXPL,
        {"AFG": 2, "IRN": 2, "IRQ": 2, "ALB": 1.5, "ERI": 1, "SYR": 1, "VNM": 0.5},
        {"FRA": 7, "DEU|FRA": 1},
        {"GBR": 1},
        (
            Hotspot("Calais", 50.95, 1.85, "FRA", 3, 6),
            Hotspot("Dunkirk/Gravelines", 51.00, 2.15, "FRA", 2, 6),
            Hotspot("Dover", 51.12, 1.32, "GBR", 4, 5),
        ),
        {"sea": 0.85, "land": 0.15},
        (40, 0.5),
        0.0,
        1.0,
        _MIXED_G,
        _MIXED_A,
        {"document_fraud": 0.05, "money_laundering": 0.02},
    ),
    Corridor(
        "darien",
        "Darién",
        0.9,
        0.25,
        0.2,
        "steady",
        _SMUG,
        _SMUG_EXPL,
        {"VEN": 5, "ECU": 2, "HTI": 1.5, "COL": 1, "CHN": 0.7},
        {"COL": 8, "ECU|COL": 2},
        {"USA": 9, "MEX": 1},
        (
            Hotspot("Darién gap", 8.50, -77.50, "PAN", 3, 15),
            Hotspot("Bajo Chiquito", 8.06, -77.57, "PAN", 2, 5),
            Hotspot("Lajas Blancas", 8.28, -77.80, "PAN", 2, 5),
        ),
        {"land": 1.0},
        (30, 0.8),
        0.02,
        0.6,
        _MIXED_G,
        _MIXED_A,
        {"illicit_goods": 0.03},
    ),
    Corridor(
        "us_mex",
        "US–Mexico",
        0.9,
        0.2,
        0.05,
        "steady",
        _SMUG,
        _SMUG_EXPL,
        {"MEX": 5, "GTM": 2, "HND": 2, "VEN": 1, "ECU": 1},
        {"MEX": 6, "GTM|MEX": 4},
        {"USA": 1},
        (
            Hotspot("Nogales (Sonora/Arizona)", 31.34, -110.94, "USA", 3, 10),
            Hotspot("Sasabe", 31.48, -111.54, "USA", 1, 8),
            Hotspot("El Paso", 31.76, -106.49, "USA", 2, 10),
            Hotspot("Rio Grande Valley", 26.20, -98.23, "USA", 3, 15),
        ),
        {"land": 1.0},
        (6, 0.9),
        0.0,
        1.0,
        _MIXED_G,
        _MIXED_A,
        {"illicit_goods": 0.08, "corruption": 0.01},
    ),
    Corridor(
        "thb_nga_ita",
        "Nigeria–Libya–Italy (sexual exploitation)",
        0.25,
        0.15,
        0.0,
        "steady",
        {"trafficking": 0.85, "both": 0.15},
        {"sexual": 0.85, "forced_criminality": 0.1, "other": 0.05},
        {"NGA": 1},
        {"NER|LBY": 7, "LBY": 3},
        {"ITA": 5, "FRA": 1, "ESP": 1},
        (
            Hotspot("Castel Volturno", 41.03, 13.94, "ITA", 3, 4),
            Hotspot("Torino", 45.07, 7.69, "ITA", 2, 5),
            Hotspot("Palermo", 38.12, 13.36, "ITA", 2, 4),
        ),
        {"sea": 0.6, "land": 0.3, "air": 0.1},
        (2, 0.6),
        0.0,
        2.0,
        {"female": 0.92, "mixed": 0.08},
        {"adult": 0.6, "child": 0.25, "mixed": 0.15},
        {"money_laundering": 0.2, "document_fraud": 0.25, "cybercrime": 0.05, "corruption": 0.03},
    ),
    Corridor(
        "thb_vnm_gbr",
        "Viet Nam–United Kingdom (forced labour)",
        0.2,
        0.05,
        0.05,
        "steady",
        {"trafficking": 0.8, "both": 0.2},
        {"forced_labour": 0.6, "forced_criminality": 0.35, "sexual": 0.05},
        {"VNM": 1},
        {"CHN|RUS|POL|DEU|FRA": 5, "RUS|BLR|POL|DEU|FRA": 3, "FRA": 2},
        {"GBR": 1},
        (
            Hotspot("London", 51.51, -0.13, "GBR", 3, 10),
            Hotspot("Birmingham", 52.48, -1.90, "GBR", 2, 8),
            Hotspot("Glasgow", 55.86, -4.25, "GBR", 1, 6),
        ),
        {"land": 0.7, "air": 0.2, "sea": 0.1},
        (2, 0.7),
        0.0,
        1.5,
        {"male": 0.6, "female": 0.25, "mixed": 0.15},
        {"adult": 0.5, "child": 0.35, "mixed": 0.15},
        {"illicit_goods": 0.3, "money_laundering": 0.15, "document_fraud": 0.2},
    ),
    Corridor(
        "thb_rou_esp",
        "Romania–Spain/Italy (labour and sexual exploitation)",
        0.2,
        0.3,
        0.0,
        "steady",
        {"trafficking": 1.0},
        {"forced_labour": 0.5, "sexual": 0.4, "forced_criminality": 0.05, "forced_marriage": 0.05},
        {"ROU": 1},
        {"HUN|AUT|ITA|FRA": 4, "": 6},
        {"ESP": 6, "ITA": 4},
        (
            Hotspot("Huelva", 37.26, -6.95, "ESP", 3, 10),
            Hotspot("Almería (El Ejido)", 36.78, -2.81, "ESP", 2, 6),
            Hotspot("Latina (Agro Pontino)", 41.47, 12.90, "ITA", 2, 8),
        ),
        {"land": 0.6, "air": 0.4},
        (3, 0.7),
        0.0,
        1.8,
        {"female": 0.45, "male": 0.4, "mixed": 0.15},
        {"adult": 0.85, "mixed": 0.1, "child": 0.05},
        {"money_laundering": 0.2, "document_fraud": 0.1, "corruption": 0.05},
    ),
)


@dataclass(frozen=True)
class NetworkSpec:
    """A planted criminal network: where it works and who is in it."""

    network_id: str
    corridors: tuple[str, ...]
    share: float  # share of those corridors' events in its active window
    first_month: float  # active window as fractions of the period
    last_month: float
    culture: str  # name pool
    phone_countries: tuple[str, ...]
    bank_countries: tuple[str, ...]
    plate_countries: tuple[str, ...]


NETWORKS: tuple[NetworkSpec, ...] = (
    NetworkSpec(
        "N01",
        ("thb_nga_ita", "watl"),
        0.15,
        0.0,
        0.8,
        "nga",
        ("NGA", "ITA", "ESP"),
        ("ITA", "ESP"),
        ("ITA",),
    ),
    NetworkSpec(
        "N02", ("cmed",), 0.03, 0.2, 1.0, "arab", ("LBY", "ITA", "TUN"), ("ITA",), ("ITA",)
    ),
    NetworkSpec(
        "N03",
        ("channel",),
        0.12,
        0.1,
        0.9,
        "kurd",
        ("IRQ", "GBR", "FRA", "DEU"),
        ("GBR", "DEU"),
        ("FRA", "DEU"),
    ),
    NetworkSpec(
        "N04",
        ("thb_vnm_gbr", "channel"),
        0.2,
        0.0,
        1.0,
        "vnm",
        ("VNM", "GBR", "FRA"),
        ("GBR",),
        ("GBR", "FRA"),
    ),
    NetworkSpec(
        "N05",
        ("thb_rou_esp",),
        0.4,
        0.0,
        1.0,
        "rou",
        ("ROU", "ESP", "ITA"),
        ("ROU", "ESP"),
        ("ROU",),
    ),
    NetworkSpec(
        "N06", ("watl", "wmed"), 0.04, 0.3, 1.0, "wafr", ("SEN", "MAR", "ESP"), ("ESP",), ("ESP",)
    ),
    NetworkSpec(
        "N07",
        ("cmed", "thb_nga_ita"),
        0.05,
        0.5,
        1.0,
        "arab",
        ("LBY", "ITA", "EGY"),
        ("ITA",),
        ("ITA",),
    ),
)
