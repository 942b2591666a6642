"""The seventh examiner's held-out sample set (``variant="blind7"``, files ``*_i.*``).

Five submissions from agencies no earlier sample set used, written from this module's own
wordings (headers, country names and aliases, nationality adjectives, typos, value words,
date styles), without reference to the cleaner's tables:

``nca_uk_i.csv``
    UK National Crime Agency export: English, UTF-8 with BOM, ``,``; day-first dates,
    ``N/K`` for "not known", hemisphere letters on some coordinates; re-submitted, so
    some rows appear twice.
``gn_niger_i.csv``
    Gendarmerie nationale du Niger (liaison with Italy): French, latin-1, ``;``;
    day-first dates, ``T2 2023`` quarters, decimal commas, ``néant`` for none.
``pnp_peru_i.xlsx``
    Policía Nacional del Perú (trafficking and smuggling directorate): Spanish
    workbook with real Excel dates, serial numbers and day-first text dates, one
    ``lat, long`` coordinates column, ``s/d`` placeholders.
``siena_digest_i.jsonl``
    A Europol SIENA-style message digest: JSON lines, snake_case English keys, ISO
    codes, ISO dates and partial periods; some member-state rows left untranslated.
``gdbp_bg_i.csv``
    Bulgarian Border Police (GDBP) database export in English: cp1252, tab-separated,
    month-first dates from a US-locale tool, degrees-minutes-seconds coordinates.

The shared machinery (:mod:`trendlib.samples._examiner`) chooses which source reports
which event, the cross-source duplicates, the bad rows and the garbage rows; this
module only says how each agency writes one row.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND7_SOURCES", "Blind7Source", "make_blind7"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind7Source(ExaminerSource):
    """A blind7 agency: the shared attributes plus how it writes dates, counts and places.

    Attributes
    ----------
    key : str
        Short key of the agency's wording tables.
    order : str
        ``"dmy"``, ``"mdy"`` or ``"iso"``: how its all-number dates are written.
    count_na : tuple of str
        Words it writes for a count nobody knows (a missing count).
    zero : tuple of str
        Words it writes for none (zero suspects).
    thousands : tuple of str
        Thousands separators of its large counts.
    list_seps : tuple of str
        Separators of its transit-country lists.
    offence_seps : tuple of str
        Separators of its linked-offence lists.
    coords : str
        ``"columns"``, ``"comma_columns"``, ``"pair"``, ``"json"`` or ``"dms"``.
    typed : bool
        Whether counts may be written as numbers (XLSX, JSON) rather than text.
    """

    key: str
    order: str
    count_na: tuple[str, ...]
    zero: tuple[str, ...]
    thousands: tuple[str, ...]
    list_seps: tuple[str, ...]
    offence_seps: tuple[str, ...]
    coords: str
    typed: bool


# --------------------------------------------------------------------------------------
# Countries: (English, French, Spanish) names, aliases, adjectives and typos
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
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG_POS = {"en": 0, "fr": 1, "es": 2}

#: Other names an analyst meets for a country (any language).
_ALIASES: dict[str, tuple[str, ...]] = {
    "GBR": ("UK", "U.K.", "Great Britain", "Britain"),
    "USA": ("USA", "U.S.A.", "United States of America", "EE.UU.", "EEUU"),
    "CIV": ("Ivory Coast", "Cote d'Ivoire", "République de Côte d'Ivoire"),
    "TUR": ("Türkiye", "Turkiye", "Republic of Türkiye"),
    "IRN": ("Iran, Islamic Republic of", "Islamic Republic of Iran", "Iran (Islamic Rep.)"),
    "SYR": ("Syrian Arab Republic", "Syrian Arab Rep."),
    "VNM": ("Viet Nam", "Socialist Republic of Viet Nam"),
    "VEN": ("Venezuela, Bolivarian Republic of", "Venezuela (Bolivarian Republic of)"),
    "RUS": ("Russian Federation", "Fédération de Russie", "Federación de Rusia"),
    "MKD": ("N. Macedonia", "Republic of North Macedonia"),
    "BIH": ("Bosnia & Herzegovina", "Bosnia-Herzegovina"),
    "GIN": ("Guinea-Conakry", "Guinée Conakry", "Guinée-Conakry"),
    "GMB": ("The Gambia", "Republic of the Gambia"),
    "CHN": ("People's Republic of China", "PR China"),
    "DEU": ("Federal Republic of Germany", "Deutschland"),
    "EGY": ("Arab Republic of Egypt",),
    "BLR": ("Republic of Belarus", "Bélarus"),
    "ESP": ("Kingdom of Spain", "Reino de España"),
    "LBY": ("State of Libya",),
    "MEX": ("United Mexican States", "Estados Unidos Mexicanos"),
}

#: Nationality adjectives: (English, French forms, Spanish forms).
_ADJ: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "AFG": ("Afghan", ("afghan", "afghane"), ("afgano", "afgana")),
    "ALB": ("Albanian", ("albanais", "albanaise"), ("albanés", "albanesa")),
    "BGD": ("Bangladeshi", ("bangladais", "bangladaise"), ("bangladesí",)),
    "CHN": ("Chinese", ("chinois", "chinoise"), ("chino", "china")),
    "CIV": ("Ivorian", ("ivoirien", "ivoirienne"), ("marfileño", "marfileña")),
    "CMR": ("Cameroonian", ("camerounais", "camerounaise"), ("camerunés", "camerunesa")),
    "COL": ("Colombian", ("colombien", "colombienne"), ("colombiano", "colombiana")),
    "DZA": ("Algerian", ("algérien", "algérienne"), ("argelino", "argelina")),
    "ECU": ("Ecuadorian", ("équatorien", "équatorienne"), ("ecuatoriano", "ecuatoriana")),
    "EGY": ("Egyptian", ("égyptien", "égyptienne"), ("egipcio", "egipcia")),
    "ERI": ("Eritrean", ("érythréen", "érythréenne"), ("eritreo", "eritrea")),
    "GIN": ("Guinean", ("guinéen", "guinéenne"), ("guineano", "guineana")),
    "GMB": ("Gambian", ("gambien", "gambienne"), ("gambiano", "gambiana")),
    "GTM": ("Guatemalan", ("guatémaltèque",), ("guatemalteco", "guatemalteca")),
    "HND": ("Honduran", ("hondurien", "hondurienne"), ("hondureño", "hondureña")),
    "HTI": ("Haitian", ("haïtien", "haïtienne"), ("haitiano", "haitiana")),
    "IRN": ("Iranian", ("iranien", "iranienne"), ("iraní",)),
    "IRQ": ("Iraqi", ("irakien", "irakienne"), ("iraquí",)),
    "MAR": ("Moroccan", ("marocain", "marocaine"), ("marroquí",)),
    "MEX": ("Mexican", ("mexicain", "mexicaine"), ("mexicano", "mexicana")),
    "MLI": ("Malian", ("malien", "malienne"), ("maliense",)),
    "NGA": ("Nigerian", ("nigérian", "nigériane"), ("nigeriano", "nigeriana")),
    "PAK": ("Pakistani", ("pakistanais", "pakistanaise"), ("pakistaní",)),
    "ROU": ("Romanian", ("roumain", "roumaine"), ("rumano", "rumana")),
    "SEN": ("Senegalese", ("sénégalais", "sénégalaise"), ("senegalés", "senegalesa")),
    "SYR": ("Syrian", ("syrien", "syrienne"), ("sirio", "siria")),
    "TUN": ("Tunisian", ("tunisien", "tunisienne"), ("tunecino", "tunecina")),
    "TUR": ("Turkish", ("turc", "turque"), ("turco", "turca")),
    "VEN": ("Venezuelan", ("vénézuélien", "vénézuélienne"), ("venezolano", "venezolana")),
    "VNM": ("Vietnamese", ("vietnamien", "vietnamienne"), ("vietnamita",)),
    "YEM": ("Yemeni", ("yéménite",), ("yemení",)),
}

#: Slips of the keyboard a reader still recognises, by language of the name.
_TYPOS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "NGA": ("Nigeira", "Nigerai"),
        "LBY": ("Lybia", "Libiya"),
        "AFG": ("Afganistan", "Afghanisatn"),
        "MAR": ("Morroco", "Moroco"),
        "TUN": ("Tunisa", "Tunsia"),
        "ERI": ("Eritria", "Eritera"),
        "ECU": ("Equador",),
        "VEN": ("Venezuala", "Venezula"),
        "PAK": ("Pakisatn", "Pakistn"),
        "BGD": ("Bangaldesh", "Bangladseh"),
        "GTM": ("Guatamala",),
        "HND": ("Hondouras",),
        "SEN": ("Senagal",),
        "EGY": ("Eygpt", "Egpyt"),
        "MEX": ("Mexcio",),
        "ALB": ("Albnia",),
        "ROU": ("Romaina",),
        "SYR": ("Syira",),
        "IRQ": ("Iarq",),
        "BGR": ("Bulgria",),
        "SRB": ("Serbai",),
        "GRC": ("Greese",),
        "HRV": ("Croatai",),
        "HUN": ("Hungray",),
        "DEU": ("Germnay",),
        "ITA": ("Itlay",),
        "TUR": ("Turky",),
        "COL": ("Colmbia",),
        "GIN": ("Guniea",),
    },
    "fr": {
        "LBY": ("Lybie",),
        "NGA": ("Nigéira",),
        "AFG": ("Afganistan",),
        "TUN": ("Tunsie",),
        "MAR": ("Marroc",),
        "ERI": ("Erytrée",),
        "SEN": ("Sénagal",),
        "ITA": ("Itallie",),
        "GIN": ("Guiné",),
        "ALB": ("Albani",),
        "EGY": ("Egyte",),
        "PAK": ("Pakistant",),
        "SYR": ("Syri",),
        "BGD": ("Bengladesh",),
    },
    "es": {
        "VEN": ("Venezuala",),
        "COL": ("Colomiba",),
        "ECU": ("Ecudor",),
        "HND": ("Hondruas",),
        "HTI": ("Hatí",),
        "GTM": ("Guatemla",),
        "MEX": ("Mexíco",),
        "PAN": ("Pananá",),
        "AFG": ("Afganistan",),
        "CHN": ("Chian",),
        "USA": ("Estados Unidso",),
    },
}


def _plain(text: str) -> str:
    """Drop accents (``Sénégal`` -> ``Senegal``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _case_space(text: str, rng: _Rng) -> str:
    kind = int(rng.integers(4))
    if kind == 0:
        return text.upper()
    if kind == 1:
        return "  " + text.lower()
    if kind == 2:
        return text.upper().replace(" ", "  ") + " "
    return " " + text + "  "


def _country(
    code: str, lang: str, src: Blind7Source, rng: _Rng, weights: dict[str, float]
) -> tuple[str, str]:
    """Write one country as the source does; return (cell, tag or "")."""
    styles = list(weights)
    p = np.array([weights[s] for s in styles], dtype=float)
    style = styles[int(rng.choice(len(styles), p=p / p.sum()))]
    name = _NAMES[code][_LANG_POS[lang]]
    text, tag = name, ""
    if style == "alias" and code in _ALIASES:
        text, tag = choice(rng, _ALIASES[code]), "country_alias"
    elif style == "other":
        others = [n for i, n in enumerate(_NAMES[code]) if i != _LANG_POS[lang] and n != name]
        if others:
            text, tag = choice(rng, others), "country_other_language"
    elif style == "iso2":
        text, tag = iso_codes(code)[0], "country_iso2"
    elif style == "iso3":
        text, tag = code, "country_iso3"
    elif style == "numeric":
        text, tag = iso_codes(code)[1], "country_numeric"
    elif style == "typo" and code in _TYPOS[lang]:
        text, tag = choice(rng, _TYPOS[lang][code]), "country_typo"
    elif style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            text, tag = garbled, "mojibake"
    elif style == "no_accent" and _plain(name) != name:
        text, tag = _plain(name), "no_accent"
    elif style == "case":
        text, tag = _case_space(name, rng), "case_space"
    if tag == "country_iso3" and rng.random() < 0.15:
        text = text.lower()
    if not fits(text, src):
        text, tag = _plain(name), "no_accent"
    return text, tag


def _nationality(
    code: str, lang: str, src: Blind7Source, rng: _Rng, weights: dict[str, float]
) -> tuple[str, str]:
    """Write a nationality: an adjective, or the country as a country cell."""
    if code in _ADJ and rng.random() < weights.get("adjective", 0.0):
        en, fr, es = _ADJ[code]
        text = en if lang == "en" else choice(rng, fr if lang == "fr" else es)
        if rng.random() < 0.3:
            text = text.upper() if lang != "en" else text.lower()
        if not fits(text, src):
            text = _plain(text)
        return text, "nationality_adjective"
    return _country(code, lang, src, rng, weights)


def _transit(codes: str, lang: str, src: Blind7Source, rng: _Rng) -> tuple[str, str]:
    """Write a transit list with one of the source's separators, in order."""
    weights = {"name": 0.6, "iso2": 0.1, "iso3": 0.12, "alias": 0.08, "typo": 0.05}
    weights["no_accent"] = 0.05
    items = [_country(c, lang, src, rng, weights)[0].strip() for c in codes.split("|")]
    sep = choice(rng, src.list_seps)
    if not fits(sep, src):
        sep = " > "
    bare = sep.strip()
    if bare in ("-", "/") and any(("-" in i or "/" in i) for i in items):
        sep = " > "
    if bare == "," and any("," in i for i in items):
        sep = "; "
    return sep.join(items), "transit_list" if len(items) > 1 else ""


# --------------------------------------------------------------------------------------
# Value words per agency (truth word -> ways the agency writes it)
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]

_VOCAB: dict[str, dict[str, _Words]] = {
    "nca": {
        "crime_type": {
            "trafficking": ("Modern Slavery / THB", "Human Trafficking", "THB"),
            "smuggling": (
                "Organised Immigration Crime",
                "People Smuggling",
                "OIC - facilitation",
                "Facilitation of illegal entry",
            ),
            "both": ("THB & OIC", "Smuggling + Trafficking", "People smuggling and THB"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality (cannabis)"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other", "Other exploitation"),
        },
        "gender": {
            "male": ("Male", "M", "Males"),
            "female": ("Female", "F", "Females"),
            "mixed": ("Mixed", "Males & Females", "Both sexes"),
            "unknown": ("Not stated", "N/K"),
        },
        "age_group": {
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Minor", "Child", "U18"),
            "mixed": ("Mixed (adults & minors)", "Adults and children"),
            "unknown": ("Not known", "N/K"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Maritime", "RHIB", "By sea"),
            "land": ("HGV", "Lorry", "Vehicle", "On foot", "Rail"),
            "air": ("Air", "Commercial flight", "Flight"),
            "unknown": ("Not known", "N/K"),
        },
        "linked": {
            "document_fraud": ("Forged documents", "Document fraud"),
            "corruption": ("Bribery/corruption", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Illicit goods (tobacco)", "Contraband goods"),
            "cybercrime": ("Cyber-enabled crime", "Cybercrime"),
            "terrorism": ("Terrorism",),
        },
    },
    "gn": {
        "crime_type": {
            "trafficking": ("Traite des personnes", "TDP", "traite d'êtres humains"),
            "smuggling": (
                "Trafic illicite de migrants",
                "Trafic de migrants",
                "aide à l'immigration clandestine",
            ),
            "both": ("Traite et trafic de migrants", "TDP / TIM", "traite + trafic illicite"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre", "autres formes"),
        },
        "gender": {
            "male": ("M", "H", "masculin", "hommes"),
            "female": ("F", "féminin", "femmes"),
            "mixed": ("mixte", "H et F", "hommes et femmes"),
            "unknown": ("non précisé", "inconnu"),
        },
        "age_group": {
            "adult": ("majeur", "majeurs", "adultes"),
            "child": ("mineur", "mineurs", "enfants"),
            "mixed": ("mixte", "majeurs et mineurs", "adultes + mineurs"),
            "unknown": ("indéterminé", "inconnu"),
        },
        "transport_mode": {
            "sea": ("voie maritime", "embarcation", "pirogue", "bateau pneumatique"),
            "land": ("voie terrestre", "véhicule", "camion", "pick-up", "à pied"),
            "air": ("voie aérienne", "avion"),
            "unknown": ("inconnu", "non renseigné"),
        },
        "linked": {
            "document_fraud": ("faux documents", "usage de faux", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment", "blanchiment de capitaux"),
            "illicit_goods": ("contrebande", "marchandises illicites"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    "pnp": {
        "crime_type": {
            "trafficking": ("Trata de personas", "TdP", "trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes", "TIM"),
            "both": ("Trata de personas y tráfico de migrantes", "Trata / TIM", "trata y tráfico"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "sexual"),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Criminalidad forzada", "obligado a delinquir"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra", "Otras formas"),
        },
        "gender": {
            "male": ("Masculino", "M", "Varones"),
            "female": ("Femenino", "F", "Mujeres"),
            "mixed": ("Mixto", "Ambos sexos", "Varones y mujeres"),
            "unknown": ("No precisa", "Desconocido"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad", "Adulto"),
            "child": ("Menores de edad", "NNA", "Menor"),
            "mixed": ("Mixto", "Adultos y menores", "Adultos y NNA"),
            "unknown": ("Desconocido", "No precisa"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha", "Embarcación", "Vía marítima"),
            "land": ("Terrestre", "A pie", "Bus", "Vehículo"),
            "air": ("Aéreo", "Vía aérea", "Avión"),
            "unknown": ("Desconocido", "Sin dato"),
        },
        "linked": {
            "document_fraud": ("Falsificación de documentos", "uso de documento falso"),
            "corruption": ("Cohecho", "Corrupción de funcionarios"),
            "money_laundering": ("Lavado de activos",),
            "illicit_goods": ("Contrabando",),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    "siena": {
        "crime_type": {
            "trafficking": ("THB", "Trafficking in human beings"),
            "smuggling": ("Migrant smuggling", "Facilitation of illegal immigration", "FII"),
            "both": ("THB / Migrant smuggling", "Migrant smuggling; THB"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation", "forced labour"),
            "forced_criminality": ("forced criminal activities",),
            "organ_removal": ("removal of organs",),
            "forced_marriage": ("forced marriage",),
            "other": ("other forms",),
        },
        "gender": {
            "male": ("male", "M"),
            "female": ("female", "F"),
            "mixed": ("mixed", "M/F"),
            "unknown": ("unknown",),
        },
        "age_group": {
            "adult": ("adult", "adults"),
            "child": ("minor", "minors", "unaccompanied minors"),
            "mixed": ("adults and minors", "mixed"),
            "unknown": ("unknown", "not reported"),
        },
        "transport_mode": {
            "sea": ("sea", "maritime", "boat"),
            "land": ("land", "road", "truck", "train"),
            "air": ("air", "flight"),
            "unknown": ("unknown", "not reported"),
        },
        "linked": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("trafficking in illicit goods", "excise fraud (cigarettes)"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    "es_ms": {  # a Spanish member state's untranslated part of a SIENA message
        "crime_type": {
            "trafficking": ("Trata de seres humanos",),
            "smuggling": ("Favorecimiento de la inmigración ilegal", "Tráfico de migrantes"),
            "both": ("Trata de seres humanos y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral",),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "male": ("hombre", "varones"),
            "female": ("mujer", "mujeres"),
            "mixed": ("ambos",),
            "unknown": ("desconocido",),
        },
        "age_group": {
            "adult": ("adultos",),
            "child": ("menores",),
            "mixed": ("adultos y menores",),
            "unknown": ("desconocido",),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "embarcación neumática"),
            "land": ("terrestre", "vehículo"),
            "air": ("aéreo",),
            "unknown": ("desconocido",),
        },
        "linked": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contrabando",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    "bg": {
        "crime_type": {
            "trafficking": ("Trafficking in human beings", "Human trafficking"),
            "smuggling": (
                "Migrant smuggling",
                "Smuggling of migrants",
                "Illegal transfer of persons across the border",
            ),
            "both": ("Trafficking and smuggling", "THB and migrant smuggling"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation", "forced prostitution"),
            "forced_labour": ("forced labour", "labour exploitation"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("removal of organs",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "male": ("male", "m", "men"),
            "female": ("female", "f", "women"),
            "mixed": ("mixed", "men and women"),
            "unknown": ("not established",),
        },
        "age_group": {
            "adult": ("adults", "adult"),
            "child": ("minors", "UAM", "children"),
            "mixed": ("adults and minors", "mixed group"),
            "unknown": ("not established",),
        },
        "transport_mode": {
            "sea": ("boat", "by sea"),
            "land": ("truck", "car", "van", "on foot", "train"),
            "air": ("plane", "by air"),
            "unknown": ("not established",),
        },
        "linked": {
            "document_fraud": ("forged documents", "document fraud"),
            "corruption": ("bribery of officials", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("smuggling of goods", "contraband"),
            "cybercrime": ("computer crime",),
            "terrorism": ("terrorism",),
        },
    },
}

#: What each agency writes for "no exploitation" (a smuggling row) and for "none".
_EXPL_NA: dict[str, tuple[str, ...]] = {
    "nca": ("N/A", "n/a"),
    "gn": ("sans objet", "s.o."),
    "pnp": ("No aplica", "N.A."),
    "siena": ("n/a", "not applicable"),
    "es_ms": ("no procede",),
    "bg": ("n/a",),
}
_NONE: dict[str, tuple[str, ...]] = {
    "nca": ("None", "Nil"),
    "gn": ("néant",),
    "pnp": ("Ninguno",),
    "siena": ("none",),
    "es_ms": ("ninguno",),
    "bg": ("none",),
}

_COUNTRY_WEIGHTS: dict[str, dict[str, float]] = {
    "nca": {
        "name": 0.5, "alias": 0.1, "iso2": 0.06, "iso3": 0.06, "numeric": 0.02,
        "typo": 0.06, "case": 0.06, "other": 0.04, "mojibake": 0.04, "no_accent": 0.02,
        "adjective": 0.55,
    },
    "gn": {
        "name": 0.5, "alias": 0.06, "iso2": 0.05, "iso3": 0.07, "numeric": 0.02,
        "typo": 0.06, "case": 0.07, "other": 0.05, "mojibake": 0.06, "no_accent": 0.08,
        "adjective": 0.5,
    },
    "pnp": {
        "name": 0.5, "alias": 0.07, "iso2": 0.05, "iso3": 0.06, "numeric": 0.03,
        "typo": 0.06, "case": 0.07, "other": 0.05, "mojibake": 0.05, "no_accent": 0.07,
        "adjective": 0.55,
    },
    "siena": {
        "name": 0.2, "alias": 0.08, "iso2": 0.32, "iso3": 0.2, "numeric": 0.08,
        "typo": 0.03, "case": 0.04, "other": 0.02, "mojibake": 0.03, "no_accent": 0.01,
        "adjective": 0.15,
    },
    "bg": {
        "name": 0.55, "alias": 0.1, "iso2": 0.04, "iso3": 0.08, "numeric": 0.02,
        "typo": 0.08, "case": 0.08, "other": 0.02, "mojibake": 0.0, "no_accent": 0.03,
        "adjective": 0.6,
    },
}  # fmt: skip

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_MONTHS_FR_ABBR = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
    "sept.", "oct.", "nov.", "déc.",
)  # fmt: skip
_MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_MONTHS_ES_ABBR = (
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic",
)  # fmt: skip
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _pick_style(rng: _Rng, weights: dict[str, float]) -> str:
    styles = list(weights)
    p = np.array([weights[s] for s in styles], dtype=float)
    return styles[int(rng.choice(len(styles), p=p / p.sum()))]


def _day_cell(src: Blind7Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a full date the way the source does; return (cell, tag)."""
    d, m, y = ts.day, ts.month, ts.year
    hh, mm = int(rng.integers(6, 21)), int(rng.integers(60))
    if src.key == "nca":
        style = _pick_style(
            rng, {"dmy": 0.45, "iso": 0.15, "long": 0.15, "short": 0.1, "time": 0.15}
        )
        if style == "dmy":
            return f"{d:02d}/{m:02d}/{y}", "date_dmy_slash"
        if style == "iso":
            return f"{y}-{m:02d}-{d:02d}", "date_iso"
        if style == "long":
            return f"{d} {_MONTHS_EN[m - 1]} {y}", "date_long_en"
        if style == "short":
            return f"{d:02d}-{_MONTHS_EN[m - 1][:3]}-{y % 100:02d}", "date_short_year"
        return f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", "date_dmy_time"
    if src.key == "gn":
        style = _pick_style(
            rng,
            {"dmy": 0.45, "dash": 0.14, "long": 0.16, "short": 0.08, "serial": 0.07, "iso": 0.1},
        )
        if style == "dmy":
            return f"{d:02d}/{m:02d}/{y}", "date_dmy_slash"
        if style == "dash":
            return f"{d:02d}-{m:02d}-{y}", "date_dmy_dash"
        if style == "long":
            day = "1er" if d == 1 else str(d)
            months = _MONTHS_FR_ABBR if rng.random() < 0.3 else _MONTHS_FR
            return f"{day} {months[m - 1]} {y}", "date_long_fr"
        if style == "short":
            return f"{d:02d}/{m:02d}/{y % 100:02d}", "date_short_year"
        if style == "serial":
            return str(_serial(ts)), "date_serial"
        return f"{y}-{m:02d}-{d:02d}", "date_iso"
    if src.key == "pnp":
        style = _pick_style(
            rng,
            {"excel": 0.42, "serial": 0.1, "dmy": 0.2, "long": 0.1, "abbr": 0.08, "ymd": 0.1},
        )
        if style == "excel":
            return ts.normalize().to_pydatetime(), "date_excel"
        if style == "serial":
            return _serial(ts), "date_serial"
        if style == "dmy":
            return f"{d:02d}/{m:02d}/{y}", "date_dmy_slash"
        if style == "long":
            return f"{d} de {_MONTHS_ES[m - 1]} de {y}", "date_long_es"
        if style == "abbr":
            return f"{d:02d}-{_MONTHS_ES_ABBR[m - 1]}-{y}", "date_abbr_es"
        return f"{y}/{m:02d}/{d:02d}", "date_ymd_slash"
    if src.key == "siena":
        style = _pick_style(
            rng, {"iso": 0.55, "time": 0.15, "long": 0.1, "ymd": 0.12, "basic": 0.08}
        )
        if style == "iso":
            return f"{y}-{m:02d}-{d:02d}", "date_iso"
        if style == "time":
            return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00Z", "date_iso_time"
        if style == "long":
            return f"{d} {_MONTHS_EN[m - 1]} {y}", "date_long_en"
        if style == "ymd":
            return f"{y}/{m:02d}/{d:02d}", "date_ymd_slash"
        return f"{y}{m:02d}{d:02d}", "date_iso_basic"
    # bg: a US-locale export tool, month first
    style = _pick_style(rng, {"mdy": 0.45, "time": 0.12, "long": 0.15, "iso": 0.2, "en": 0.08})
    if style == "mdy":
        return f"{m:02d}/{d:02d}/{y}", "date_mdy"
    if style == "time":
        h12 = hh % 12 or 12
        ampm = "AM" if hh < 12 else "PM"
        return f"{m}/{d}/{y} {h12}:{mm:02d} {ampm}", "date_mdy_time"
    if style == "long":
        return f"{_MONTHS_EN[m - 1]} {d}, {y}", "date_long_us"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}", "date_iso"
    return f"{d} {_MONTHS_EN[m - 1][:3]} {y}", "date_long_en"


def _period_cell(src: Blind7Source, ts: pd.Timestamp, rng: _Rng, unit: str) -> str:
    """Write a month or a quarter the way the source does."""
    m, y = ts.month, ts.year
    q = (m - 1) // 3 + 1
    if unit == "month":
        options = {
            "nca": (f"{_MONTHS_EN[m - 1]} {y}", f"{_MONTHS_EN[m - 1][:3]}-{y}"),
            "gn": (f"{_MONTHS_FR[m - 1]} {y}", f"{m:02d}/{y}"),
            "pnp": (f"{_MONTHS_ES[m - 1]} {y}", f"{y}-{m:02d}", f"{_MONTHS_ES[m - 1]} de {y}"),
            "siena": (f"{y}-{m:02d}",),
            "bg": (f"{m:02d}/{y}", f"{_MONTHS_EN[m - 1]} {y}"),
        }[src.key]
        return choice(rng, options)
    quarter = {
        "nca": (f"Q{q} {y}", f"Q{q}/{y}"),
        "gn": (f"T{q} {y}", f"{q}{'er' if q == 1 else 'e'} trimestre {y}"),
        "pnp": (f"T{q} {y}", f"{q}{'er' if q in (1, 3) else 'do' if q == 2 else 'to'} trim. {y}"),
        "siena": (f"{y}-Q{q}", f"Q{q} {y}"),
        "bg": (f"{y} Q{q}", f"Q{q}-{y}"),
    }[src.key]
    return choice(rng, quarter)


def _bad_date(src: Blind7Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell no reader can use: empty, impossible or in the future."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        # Impossible whichever order is assumed: no month 30/31, no 30/31 February,
        # no 31 April.
        if src.order == "mdy":
            return choice(rng, (f"02/30/{y}", f"02/31/{y}", f"04/31/{y}"))
        if src.order == "iso":
            return choice(rng, (f"{y}-02-30", f"{y}-13-07", f"{y}-00-00"))
        return choice(rng, (f"31/02/{y}", f"30/02/{y}", f"31/04/{y}", "00/00/0000"))
    future = ts.replace(year=2031 + int(rng.integers(3)), day=min(ts.day, 28))
    if src.key == "pnp":
        return future.to_pydatetime()
    cell, tag = _day_cell(src, future, rng)
    if tag == "date_short_year":  # a two-digit year could be read as 19xx: write all four
        return future.strftime("%d/%m/%Y")
    if isinstance(cell, int):
        return cell
    return str(cell)


def _note_date(src: Blind7Source, last: pd.Timestamp) -> object:
    """Write the date of the source's note row."""
    if src.key == "pnp":
        return last.normalize().to_pydatetime()
    if src.order == "mdy":
        return f"{last.month:02d}/{last.day:02d}/{last.year}"
    if src.order == "iso":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts, coordinates, words
# --------------------------------------------------------------------------------------
def _count(
    src: Blind7Source, n: int | None, rng: _Rng, *, suspects: bool
) -> tuple[object, int | None, str]:
    """Write a count; return (cell, expected value, tag)."""
    if n is None:
        return None, None, ""
    if rng.random() < (0.03 if suspects else 0.025):
        return (
            choice(rng, src.count_na),
            None,
            ("suspects_placeholder" if suspects else "count_placeholder"),
        )
    if suspects and n == 0 and rng.random() < 0.35:
        return choice(rng, src.zero), 0, "zero_word"
    if n >= 1000 and rng.random() < 0.8:
        sep = choice(rng, src.thousands)
        if not fits(sep, src):
            sep = " "
        return f"{n // 1000}{sep}{n % 1000:03d}", n, "count_grouped"
    if src.typed and rng.random() < 0.85:
        return int(n), n, ""
    return str(n), n, ""


def _fmt(value: float, comma: bool) -> str:
    text = f"{value:.5f}"
    return text.replace(".", ",") if comma else text


def _dms(value: float) -> str:
    sign = "-" if value < 0 else ""
    total = round(abs(value) * 3600, 2)  # hundredths of a second
    deg = int(total // 3600)
    minutes = int((total - deg * 3600) // 60)
    sec = total - deg * 3600 - minutes * 60
    return f"{sign}{deg}°{minutes:02d}'{sec:05.2f}\""


def _dms_value(text: str) -> float:
    sign = -1.0 if text.startswith("-") else 1.0
    body = text.lstrip("-").rstrip('"')
    deg, rest = body.split("°")
    minutes, sec = rest.split("'")
    return sign * round(int(deg) + int(minutes) / 60 + float(sec) / 3600, 7)


def _coords(
    src: Blind7Source, lat: float | None, lon: float | None, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the location; return (cells, expected lat, expected lon, tags)."""
    if blank or lat is None or lon is None:
        return {}, None, None, ["blank_coordinates"] if blank else []
    tags: list[str] = []
    r = rng.random()
    na = {"nca": "N/K", "gn": "n.c.", "pnp": "s/d", "siena": None, "bg": "n/a"}[src.key]
    if r < 0.02:
        if src.coords == "pair":
            return {"coordinates": na}, None, None, ["coords_placeholder"]
        return {"lat": na, "lon": na}, None, None, ["coords_placeholder"]
    swap = src.key != "bg" and rng.random() < 0.035
    if src.coords == "pair":
        style = _pick_style(rng, {"dot": 0.55, "comma": 0.25, "hemi": 0.2})
        a, b = (lon, lat) if swap else (lat, lon)
        if swap:
            tags.append("coords_swapped")
        if style == "comma":
            tags.append("decimal_comma")
            return {"coordinates": f"{_fmt(a, True)}; {_fmt(b, True)}"}, lat, lon, tags
        if style == "hemi" and not swap:
            tags.append("coords_hemisphere")
            ns = "N" if lat >= 0 else "S"
            eo = "E" if lon >= 0 else "O"  # oeste
            text = f"{abs(lat):.5f} {ns}, {abs(lon):.5f} {eo}"
            return {"coordinates": text}, lat, lon, tags
        return {"coordinates": f"{_fmt(a, False)}, {_fmt(b, False)}"}, lat, lon, tags
    a, b = (lon, lat) if swap else (lat, lon)
    if swap:
        tags.append("coords_swapped")
    if src.coords == "json":
        if rng.random() < 0.1:
            tags.append("coords_text")
            return {"lat": _fmt(a, False), "lon": _fmt(b, False)}, lat, lon, tags
        return {"lat": float(a), "lon": float(b)}, lat, lon, tags
    if src.coords == "comma_columns":
        comma = rng.random() < 0.85
        if comma:
            tags.append("decimal_comma")
        return {"lat": _fmt(a, comma), "lon": _fmt(b, comma)}, lat, lon, tags
    if src.coords == "dms":
        if rng.random() < 0.3:
            la, lo = _dms(lat), _dms(lon)
            tags.append("coords_dms")
            return {"lat": la, "lon": lo}, _dms_value(la), _dms_value(lo), tags
        if rng.random() < 0.2:
            tags.append("coords_degree_sign")
            return {"lat": f"{lat:.5f}°", "lon": f"{lon:.5f}°"}, lat, lon, tags
        return {"lat": _fmt(lat, False), "lon": _fmt(lon, False)}, lat, lon, tags
    # nca: dot decimals, sometimes with hemisphere letters
    if not swap and rng.random() < 0.08:
        tags.append("coords_hemisphere")
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "W"
        return {"lat": f"{abs(lat):.5f}{ns}", "lon": f"{abs(lon):.5f}{ew}"}, lat, lon, tags
    return {"lat": _fmt(a, False), "lon": _fmt(b, False)}, lat, lon, tags


def _word(options: tuple[str, ...], rng: _Rng, tags: list[str], src: Blind7Source) -> str:
    text = choice(rng, options)
    r = rng.random()
    if r < 0.05:
        text = text.upper()
        tags.append("vocab_case")
    elif r < 0.09:
        text = text.lower() + " "
        tags.append("vocab_case")
    if not fits(text, src):
        text = _plain(text)
    return text


def _int(value: object) -> int | None:
    return None if value is None else int(str(value))


def _float(value: object) -> float | None:
    return None if value is None else float(str(value))


def _render(
    src: Blind7Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    tags: list[str] = []
    exp: dict[str, object] = {}
    lang, vkey = src.language, src.key
    det = ev["detection_country"]
    if src.key == "siena" and det in ("ESP", "FRA") and rng.random() < 0.3:
        lang, vkey = ("es", "es_ms") if det == "ESP" else ("fr", "gn")
        tags.append(f"row_language_{lang}")
    vocab = _VOCAB[vkey]

    # date
    r = rng.random()
    if partial_ok and r < 0.035:
        cells["event_date"] = _period_cell(src, ts, rng, "month")
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("date_month")
    elif partial_ok and r < 0.06:
        cells["event_date"] = _period_cell(src, ts, rng, "quarter")
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("date_quarter")
    else:
        cells["event_date"], tag = _day_cell(src, ts, rng)
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        tags.append(tag)

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(vocab["crime_type"][crime], rng, tags, src)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    exp["exploitation"] = expl
    if expl is None:
        if rng.random() < 0.3:
            cells["exploitation"] = choice(rng, _EXPL_NA[vkey])
            tags.append("exploitation_na")
    else:
        cells["exploitation"] = _word(vocab["exploitation"][str(expl)], rng, tags, src)

    # counts
    persons = _int(ev["n_persons"])
    cells["n_persons"], exp["n_persons"], tag = _count(src, persons, rng, suspects=False)
    tags.append(tag)
    if forced_blank == "n_suspects":
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    else:
        sus = _int(ev["n_suspects"])
        cells["n_suspects"], exp["n_suspects"], tag = _count(src, sus, rng, suspects=True)
        tags.append(tag)

    # gender, age, transport
    for col in ("gender", "age_group", "transport_mode"):
        value = str(ev[col])
        if col == "gender" and forced_blank == "gender":
            exp[col] = "unknown"
            tags.append("blank_gender")
            continue
        if col != "gender" and rng.random() < 0.015:
            cells[col] = _word(vocab[col]["unknown"], rng, tags, src)
            exp[col] = "unknown"
            tags.append("na_word")
            continue
        cells[col] = _word(vocab[col][value], rng, tags, src)
        exp[col] = value

    # countries
    weights = _COUNTRY_WEIGHTS[src.key]
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col:
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        exp[col] = code
        if code is None:
            continue
        if col == "nationality":
            cells[col], tag = _nationality(str(code), lang, src, rng, weights)
        else:
            cells[col], tag = _country(str(code), lang, src, rng, weights)
        tags.append(tag)
    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is not None:
        cells["transit_countries"], tag = _transit(str(transit), lang, src, rng)
        tags.append(tag)

    # place
    lat, lon = _float(ev["lat"]), _float(ev["lon"])
    place, exp["lat"], exp["lon"], more = _coords(
        src, lat, lon, rng, blank=forced_blank == "coordinates"
    )
    cells.update(place)
    tags += more

    # linked offences
    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        if rng.random() < 0.05:
            cells["linked_offences"] = choice(rng, _NONE[vkey])
            tags.append("offences_none_word")
    else:
        words = [choice(rng, vocab["linked"][o]) for o in str(offences).split("|")]
        sep = choice(rng, src.offence_seps)
        cells["linked_offences"] = sep.join(words)
        if len(words) > 1:
            tags.append("offence_list")
    return cells, exp, [t for t in tags if t]


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_NCA = Blind7Source(
    source="nca_uk_i",
    filename="nca_uk_i.csv",
    ref="NCA/{year}/OIC/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "NCA Ref",
        "event_date": "Date Encountered",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type (THB only)",
        "n_persons": "No. of Potential Victims / Migrants",
        "n_suspects": "Suspects Arrested",
        "gender": "Sex of Subjects",
        "age_group": "Adult / Minor",
        "nationality": "Nationality (Main)",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Route",
        "destination_country": "Intended Destination",
        "detection_country": "Encounter Country",
        "transport_mode": "Method of Travel",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Associated Offending",
    },
    note="NB: management information only - figures subject to change",
    total="Grand Total",
    bad_count=("several", "many", "numerous"),
    repeats=True,
    key="nca",
    order="dmy",
    count_na=("N/K", "unknown", "TBD", "-"),
    zero=("nil", "none"),
    thousands=(",", " "),
    list_seps=(", ", " > ", " / ", "; ", " - "),
    offence_seps=("; ", " + ", ", "),
    coords="columns",
    typed=False,
)

_GN = Blind7Source(
    source="gn_niger_i",
    filename="gn_niger_i.csv",
    ref="{seq:04d}/GN/CTIM/{year}",
    format="csv",
    encoding="latin-1",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date des faits ",
        "crime_type": "QUALIFICATION",
        "exploitation": "Forme d'exploitation",
        "n_persons": "NBRE  DE PERSONNES",
        "n_suspects": "Nbre mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Itinéraire (pays de transit)",
        "destination_country": "Destination finale",
        "detection_country": "Pays d'interception",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données non consolidées - source Gendarmerie nationale",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "beaucoup"),
    repeats=False,
    key="gn",
    order="dmy",
    count_na=("inconnu", "n.c.", "ND", "-"),
    zero=("néant", "aucun"),
    thousands=(" ", "\xa0"),
    list_seps=(" - ", ", ", "/", " > ", " ; "),
    offence_seps=(" / ", ", ", " et "),
    coords="comma_columns",
    typed=False,
)

_PNP = Blind7Source(
    source="pnp_peru_i",
    filename="pnp_peru_i.xlsx",
    ref="IP-{seq:04d}-{year}-DIRCTPTIM",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° Informe Policial",
        "event_date": "FECHA DEL HECHO",
        "crime_type": "Delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Cant. agraviados/migrantes",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino",
        "detection_country": "País de intervención",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: DIRCTPTIM-PNP. Datos preliminares sujetos a variación",
    total="TOTAL",
    bad_count=("varios", "muchos", "numerosos"),
    repeats=False,
    key="pnp",
    order="dmy",
    count_na=("sin dato", "s/d", "N/D", "-"),
    zero=("ninguno", "cero"),
    thousands=(",", " "),
    list_seps=(" - ", ", ", " / ", " → ", "; "),
    offence_seps=(" y ", ", ", " / "),
    coords="pair",
    typed=True,
)

_SIENA = Blind7Source(
    source="siena_digest_i",
    filename="siena_digest_i.jsonl",
    ref="EU{yy:02d}-SIENA-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "msg_ref",
        "event_date": "date_of_event",
        "crime_type": "crime_area",
        "exploitation": "exploitation_form",
        "n_persons": "victims_or_migrants",
        "n_suspects": "suspects_identified",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "final_destination",
        "detection_country": "event_location_country",
        "transport_mode": "means_of_transport",
        "lat": "geo_lat",
        "lon": "geo_lon",
        "linked_offences": "associated_crimes",
    },
    note=None,
    total="TOTAL (all messages)",
    bad_count=("multiple", "several", "lots"),
    repeats=False,
    key="siena",
    order="iso",
    count_na=("n/a", "unknown", "TBD", "-"),
    zero=("none",),
    thousands=("\u2009", "\u202f", " ", ","),
    list_seps=(" > ", "|", " → ", ", ", "/", "-"),
    offence_seps=("; ", " | ", ", "),
    coords="json",
    typed=True,
)

_BG = Blind7Source(
    source="gdbp_bg_i",
    filename="gdbp_bg_i.csv",
    ref="BG-GDBP-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "CASE_NO",
        "event_date": "DETECTION_DATE",
        "crime_type": "CRIME_TYPE",
        "exploitation": "EXPLOITATION_PURPOSE",
        "n_persons": "NUMBER_OF_PERSONS",
        "n_suspects": "FACILITATORS_DETAINED",
        "gender": "GENDER",
        "age_group": "AGE_CATEGORY",
        "nationality": "CITIZENSHIP",
        "origin_country": "COUNTRY_OF_ORIGIN",
        "transit_countries": "TRANSIT_COUNTRIES",
        "destination_country": "FINAL_DESTINATION",
        "detection_country": "DETECTION_COUNTRY",
        "transport_mode": "MEANS_OF_TRANSPORT",
        "lat": "LATITUDE",
        "lon": "LONGITUDE",
        "linked_offences": "RELATED_CRIMES",
    },
    note="Export from the GDBP case register (preliminary data)",
    total="TOTAL:",
    bad_count=("many", "group", "several"),
    repeats=False,
    key="bg",
    order="mdy",
    count_na=("n/a", "unknown", "not established", "-"),
    zero=("none", "nil"),
    thousands=(",",),
    list_seps=(", ", " - ", "; ", " > ", "/"),
    offence_seps=(", ", "; ", " & "),
    coords="dms",
    typed=False,
)

#: Sources of the blind7 set, in the order :func:`make_blind7` returns them.
BLIND7_SOURCES: tuple[str, ...] = (
    "nca_uk_i",
    "gn_niger_i",
    "pnp_peru_i",
    "siena_digest_i",
    "gdbp_bg_i",
)

_EXAMINER: Examiner[Blind7Source] = Examiner(
    sources=(_NCA, _GN, _PNP, _SIENA, _BG),
    primary={
        "GBR": "nca_uk_i",
        "FRA": "nca_uk_i",
        "ITA": "gn_niger_i",
        "PAN": "pnp_peru_i",
        "USA": "pnp_peru_i",
        "GRC": "gdbp_bg_i",
        "HRV": "gdbp_bg_i",
    },
    compilation="siena_digest_i",
    secondary={
        ("channel", "FRA"): "siena_digest_i",
        ("channel", "GBR"): "siena_digest_i",
        ("thb_vnm_gbr", "GBR"): "siena_digest_i",
        ("cmed", "ITA"): "siena_digest_i",
        ("thb_nga_ita", "ITA"): "siena_digest_i",
        ("thb_rou_esp", "ITA"): "gdbp_bg_i",
        ("thb_rou_esp", "ESP"): "gdbp_bg_i",
        ("darien", "PAN"): "siena_digest_i",
        ("emed", "GRC"): "siena_digest_i",
        ("wbal", "HRV"): "siena_digest_i",
        ("watl", "ESP"): "gn_niger_i",
        ("wmed", "ESP"): "gn_niger_i",
        ("blr_pol", "POL"): "nca_uk_i",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=7707,
    blank_share=0.3,
)


def make_blind7(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the blind7 set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``nca_uk_i.csv``, ``gn_niger_i.csv``, ``pnp_peru_i.xlsx``,
        ``siena_digest_i.jsonl`` and ``gdbp_bg_i.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind7(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['nca_uk_i.csv', 'gn_niger_i.csv', 'pnp_peru_i.xlsx', 'siena_digest_i.jsonl',
     'gdbp_bg_i.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
