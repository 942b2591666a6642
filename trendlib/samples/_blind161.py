"""Examiner sample set ``blind161`` (files ``*_fg.*``): cyber-enabled recruitment desks.

Five agencies that trace migrant-smuggling and trafficking events back to recruitment
online (smuggling adverts on social networks, fake job offers, romance lures) write the
events they know of, each in its own working language and export tool:

``ofac_pharos_fg.csv``
    France, Office anti-cybercriminalité (OFAC), PHAROS reporting platform: French,
    cp1252, ``;``, CRLF. Day-first dates (some with the report's time, some two-digit
    years, a few ``05/2023`` months), nationalities as upper-case feminine adjectives
    (``AFGHANE``), a few country names mangled when pasted from the web form (mojibake),
    ``NC`` for an unknown count, ``néant`` for no suspect. Events detected in France.
``nfib_action_fraud_fg.csv``
    United Kingdom, Action Fraud / National Fraud Intelligence Bureau (City of London
    Police): English, UTF-8 with BOM, ``,``. Crime categories ``MSHT`` and ``OIC``,
    ``NFRC`` crime reference numbers, ``17 May 2023`` or ``17/05/2023`` dates and a few
    offence periods ``Q2 2023``, Home Office three-letter nationality codes, routes
    written ``A > B``, a re-sent extract (exact repeats). Events detected in the UK.
``fiscalia_criminalidad_informatica_fg.xlsx``
    Spain, Fiscalía de Sala de Criminalidad Informática: Spanish, Excel. Real Excel dates,
    a few typed ``dd/mm/aaaa`` texts and ``mayo de 2023`` months; offences by article of
    the Código Penal (``art. 318 bis``); feminine nationality adjectives (``marroquí``,
    ``senegalesa``); interception positions copied from the maritime reports in degrees
    and decimal minutes with a decimal comma (``27º 45,3' N - 017º 57,1' W``). Events
    detected in Spain.
``europol_eu_iru_fg.jsonl``
    Europol, EU Internet Referral Unit: English keys, UTF-8 JSON lines. EU two-letter
    country codes (``EL`` for Greece, ``UK`` for the United Kingdom), transit routes and
    connected crimes as JSON arrays, ISO dates or timestamps, ``2023-05`` months and
    ``2023-Q2`` quarters. The compilation: the events detected in Italy, Greece,
    Croatia and Poland, which no other desk of the set reports first.
``sspc_policia_cibernetica_fg.csv``
    Mexico, Policía Cibernética of the Secretaría de Seguridad y Protección Ciudadana:
    Spanish, UTF-16 with BOM and tabs (Excel's "Texto Unicode"), day-first dates and
    Excel serial numbers from a column left in the General format, ``tráfico de personas``
    for smuggling (Mexican law), ``NNA`` for minors, ``EUA`` for the United States,
    ``1,250`` thousands, ``0.000000`` placeholder coordinates, a re-sent extract.
    Events detected in Panama and the United States.

The truth gives what a careful analyst reads from each cell: a blank or "not known"
word is a missing value (``unknown`` in the vocabulary columns), a partial date the start
of its month or quarter, a position its decimal degrees. Bad rows (no date, impossible
or future date, negative or unreadable count), note, total and empty rows are planted
where each agency would have them.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["SOURCES", "Agency", "make_blind161"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of the set with the key of its own wording.

    Attributes
    ----------
    style : str
        Key of the agency's wording in this module's tables (``"pharos"``, ``"nfib"``,
        ``"fiscalia"``, ``"iru"``, ``"sspc"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# Country names (English, French, Spanish), aliases, misspellings and demonyms
# --------------------------------------------------------------------------------------
_LANG = {"en": 0, "fr": 1, "es": 2}
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
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
#: Other names a clerk of that language uses for the same country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Viet Nam",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "IRN": ("Islamic Republic of Iran",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "USA": ("USA",),
        "VNM": ("Viêt Nam",),
        "TUR": ("Türkiye",),
        "MKD": ("Macédoine",),
        "BLR": ("Bélarus",),
    },
    "es": {
        "USA": ("EE. UU.", "EE.UU."),
        "GBR": ("Gran Bretaña",),
        "VNM": ("Viet Nam",),
        "ROU": ("Rumania",),
        "TUR": ("Türkiye",),
        "BLR": ("Belarús",),
        "RUS": ("Federación de Rusia",),
    },
}
#: Misspellings seen in hand-typed cells (other names get two letters swapped).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "VNM": "Veitnam",
        "ALB": "Albaina",
        "GBR": "Untied Kingdom",
        "SYR": "Syira",
        "PAK": "Pakistn",
    },
    "fr": {"AFG": "Afganistan", "ERI": "Erythrée", "LBY": "Lybie", "ALB": "Albani"},
    "es": {
        "VEN": "Venezula",
        "HND": "Hondruas",
        "GTM": "Guatemla",
        "ECU": "Ecudor",
        "MAR": "Marrueco",
        "SEN": "Senegall",
    },
}
#: Demonyms: English, French feminine (« de nationalité afghane »), Spanish feminine
#: (« nacionalidad marroquí »).
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
#: The EU's own two-letter codes where they differ from ISO 3166 (Interinstitutional
#: Style Guide): Europol writes EL for Greece and UK for the United Kingdom.
_EU_CODES = {"GRC": "EL", "GBR": "UK"}

#: How often each agency writes a country cell each way (the rest: the plain name).
_COUNTRY_MIX: dict[str, tuple[tuple[str, float], ...]] = {
    "pharos": (("upper", 0.08), ("alias", 0.05), ("typo", 0.03), ("mojibake", 0.08)),
    "nfib": (("alias", 0.12), ("typo", 0.03), ("upper", 0.03)),
    "fiscalia": (("upper", 0.06), ("plain", 0.06), ("alias", 0.04), ("typo", 0.02)),
    "iru": (("code", 0.92),),
    "sspc": (("upper", 0.05), ("plain", 0.07), ("alias", 0.10), ("typo", 0.03)),
}
#: How each agency writes nationalities (the rest: the country name).
_NATIONALITY_MIX: dict[str, tuple[tuple[str, float], ...]] = {
    "pharos": (("demonym_upper", 0.6), ("demonym", 0.12), ("mojibake_demonym", 0.08)),
    "nfib": (("demonym", 0.55), ("iso3", 0.25)),
    "fiscalia": (("demonym", 0.7), ("demonym_upper", 0.05)),
    "iru": (("code", 0.95),),
    "sspc": (("demonym", 0.72), ("demonym_upper", 0.08)),
}


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _swap(text: str) -> str:
    i = len(text) // 2
    if len(text) < 7 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _draw(rng: _Rng, mix: tuple[tuple[str, float], ...]) -> str:
    r = float(rng.random())
    for kind, p in mix:
        if r < p:
            return kind
        r -= p
    return "name"


def _country(src: Agency, iso: str, col: str, rng: _Rng) -> tuple[object, list[str]]:
    """Write one country cell (a list element for the JSON transit arrays too)."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    demonym = _DEMONYMS[iso][_LANG[lang]] if iso in _DEMONYMS else None
    mix = _NATIONALITY_MIX if col == "nationality" and demonym else _COUNTRY_MIX
    kind = _draw(rng, mix[src.style])
    if kind == "code":
        text = _EU_CODES.get(iso) or iso_codes(iso)[0]
    elif kind == "iso3":
        text = iso
    elif kind == "upper":
        text = name.upper()
    elif kind == "alias":
        text = choice(rng, _ALIASES[lang].get(iso, (name,)))
    elif kind == "typo":
        text = _TYPOS[lang].get(iso) or _swap(name)
    elif kind == "plain":
        text = _strip_accents(name)
    elif kind == "mojibake":
        text = mojibake(name) or name
    elif kind in ("demonym", "demonym_upper", "mojibake_demonym") and demonym:
        text = demonym.upper() if kind == "demonym_upper" else demonym
        if kind == "mojibake_demonym":
            garbled = mojibake(demonym.upper())
            text, kind = (garbled, kind) if garbled else (demonym.upper(), "demonym_upper")
    else:
        text = name
    if not fits(text, src):
        text, kind = name, "name"
    return text, ([] if text == name else [f"{kind}:{col}"])


# --------------------------------------------------------------------------------------
# The agencies' words
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]

_CRIME: dict[str, _Words] = {
    "pharos": {
        "trafficking": ("Traite des êtres humains", "TEH", "Traite des êtres humains (225-4-1 CP)"),
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Trafic de migrants",
            "Aide à l'entrée et au séjour irréguliers",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    "nfib": {
        "trafficking": ("Modern Slavery / Human Trafficking", "MSHT", "Modern slavery"),
        "smuggling": ("Organised Immigration Crime", "OIC", "People smuggling (OIC)"),
        "both": ("MSHT & OIC", "Modern slavery and people smuggling"),
    },
    "fiscalia": {
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "Trata de seres humanos",
            "Art. 177 bis CP",
        ),
        "smuggling": (
            "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
            "Contra los derechos de los ciudadanos extranjeros (318 bis)",
            "Inmigración ilegal (318 bis)",
        ),
        "both": ("Arts. 177 bis y 318 bis CP", "Trata y favorecimiento de inmigración ilegal"),
    },
    "iru": {
        "trafficking": ("THB", "trafficking in human beings"),
        "smuggling": ("migrant smuggling", "facilitation of illegal immigration"),
        "both": ("THB / migrant smuggling",),
    },
    "sspc": {
        "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
        "smuggling": ("Tráfico de personas", "Tráfico de indocumentados", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de personas",),
    },
}
_EXPLOITATION: dict[str, _Words] = {
    "pharos": {
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre forme",),
        "unknown": ("Non déterminée", "NR"),
    },
    "nfib": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "County lines"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Not recorded",),
    },
    "fiscalia": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos o servicios forzados"),
        "forced_criminality": ("Realización de actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
        "unknown": ("No consta",),
    },
    "iru": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation",),
        "forced_criminality": ("forced criminal activities",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
        "unknown": ("unknown",),
    },
    "sspc": {
        "sexual": ("Explotación sexual", "Prostitución ajena"),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extirpación de órganos",),
        "forced_marriage": ("Matrimonio forzoso",),
        "other": ("Otra",),
        "unknown": ("N/D",),
    },
}
_GENDER: dict[str, _Words] = {
    "pharos": {
        "female": ("Féminin", "F", "Femmes"),
        "male": ("Masculin", "M", "Hommes"),
        "mixed": ("Mixte", "H/F"),
        "unknown": ("Non renseigné",),
    },
    "nfib": {
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & Female"),
        "unknown": ("Not stated", "Unknown"),
    },
    "fiscalia": {
        "female": ("Mujer", "Mujeres"),
        "male": ("Varón", "Hombres"),
        "mixed": ("Ambos sexos", "Mixto"),
        "unknown": ("No consta",),
    },
    "iru": {
        "female": ("female",),
        "male": ("male",),
        "mixed": ("mixed",),
        "unknown": ("unknown",),
    },
    "sspc": {
        "female": ("Femenino", "Mujeres"),
        "male": ("Masculino", "Hombres"),
        "mixed": ("Mixto", "Hombres y mujeres"),
        "unknown": ("Sin dato",),
    },
}
_AGE: dict[str, _Words] = {
    "pharos": {
        "child": ("Mineur", "MNA"),
        "adult": ("Majeur", "Majeurs"),
        "mixed": ("Majeurs et mineurs",),
        "unknown": ("Non renseigné",),
    },
    "nfib": {
        "child": ("Child (under 18)", "U18", "Child"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & children",),
        "unknown": ("Not recorded",),
    },
    "fiscalia": {
        "child": ("Menor de edad", "MENA"),
        "adult": ("Mayor de edad", "Adulto"),
        "mixed": ("Mayores y menores",),
        "unknown": ("No consta",),
    },
    "iru": {
        "child": ("minor",),
        "adult": ("adult",),
        "mixed": ("adults and minors",),
        "unknown": ("unknown",),
    },
    "sspc": {
        "child": ("NNA", "Menores de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA",),
        "unknown": ("Sin dato",),
    },
}
_TRANSPORT: dict[str, _Words] = {
    "pharos": {
        "sea": ("Small boat", "Voie maritime", "Embarcation"),
        "land": ("Voie routière", "Poids lourd", "PL"),
        "air": ("Voie aérienne", "Avion"),
        "unknown": ("Non déterminé",),
    },
    "nfib": {
        "sea": ("Small boat", "Sea", "RHIB"),
        "land": ("HGV", "Lorry", "Land"),
        "air": ("Air", "Flight"),
        "unknown": ("N/A",),
    },
    "fiscalia": {
        "sea": ("Vía marítima", "Embarcación neumática"),
        "land": ("Vía terrestre", "Oculto en vehículo"),
        "air": ("Vía aérea", "Avión"),
        "unknown": ("No consta",),
    },
    "iru": {
        "sea": ("sea", "boat"),
        "land": ("land", "vehicle"),
        "air": ("air", "flight"),
        "unknown": ("unknown",),
    },
    "sspc": {
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "Tractocamión", "A pie"),
        "air": ("Aéreo", "Vuelo comercial"),
        "unknown": ("N/D",),
    },
}
#: Words that depend on the route: the Spanish prosecutors name the boat of the maritime
#: report; the Mexican desk writes the Darién crossing on foot, the US border by road.
_ROUTE_WORDS: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("fiscalia", "watl", "sea"): ("Cayuco", "Cayuco", "Vía marítima"),
    ("fiscalia", "wmed", "sea"): ("Patera", "Neumática"),
    ("sspc", "darien", "land"): ("A pie", "Terrestre"),
    ("sspc", "us_mex", "land"): ("Terrestre", "Tractocamión", "A pie"),
}
_OFFENCES: dict[str, _Words] = {
    "pharos": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "nfib": {
        "document_fraud": ("Document fraud", "Forgery"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Computer misuse",),
        "terrorism": ("Terrorism",),
    },
    "fiscalia": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contra la salud pública", "Tráfico de drogas"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    "iru": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "sspc": {
        "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Contra la salud",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
}
_OFFENCE_SEP = {"pharos": (", ",), "nfib": ("; ",), "fiscalia": (" / ", "; "), "sspc": (" / ",)}
_TRANSIT_SEP = {
    "pharos": (", ", " / "),
    "nfib": (" > ", ", "),
    "fiscalia": (" - ", "; "),
    "sspc": (", ", " / "),
}
#: Where the recruitment took place online (a column of the agency, not of the record).
_PLATFORMS: dict[str, tuple[str, ...]] = {
    "pharos": ("Facebook", "TikTok", "Snapchat", "Telegram", "WhatsApp", "Instagram", "Leboncoin"),
    "nfib": ("Facebook", "TikTok", "Instagram", "Telegram", "WhatsApp", "Online job advert"),
    "fiscalia": ("Facebook", "TikTok", "Instagram", "WhatsApp", "Telegram", "Portal de empleo"),
    "iru": ("Facebook", "TikTok", "Telegram", "Instagram", "X", "WhatsApp"),
    "sspc": ("Facebook", "TikTok", "WhatsApp", "Instagram", "Telegram", "Bolsa de trabajo"),
}
_COUNT_UNKNOWN = {
    "pharos": ("NC", "inconnu"),
    "nfib": ("Not known", "Unknown"),
    "fiscalia": ("No consta", "s/d"),
    "sspc": ("S/D", "N/D"),
}
_ZERO = {
    "pharos": ("néant", "NEANT", "aucun"),
    "nfib": ("None", "Nil"),
    "fiscalia": ("Ninguno", "ninguno"),
    "sspc": ("Ninguno", "NINGUNO"),
}
_NAT_UNKNOWN = {
    "pharos": ("Indéterminée", "NR"),
    "nfib": ("Not known",),
    "fiscalia": ("No consta", "Sin determinar"),
    "iru": ("unknown",),
    "sspc": ("Se desconoce",),
}
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
#: Impossible days a clerk types (the month has no such day in any year).
_NO_SUCH_DAY = ((31, 2), (30, 2), (31, 4), (31, 6), (31, 9), (31, 11))


def _word(rng: _Rng, words: tuple[str, ...], usual: float = 0.7) -> str:
    """Return the agency's usual word, or one of its other words."""
    if len(words) == 1 or rng.random() < usual:
        return words[0]
    return choice(rng, words[1:])


def _noise(text: str, col: str, rng: _Rng, tags: list[str], rate: float = 0.04) -> str:
    """Change case or spacing of a few hand-typed cells (the meaning stays)."""
    r = float(rng.random())
    if r >= rate:
        return text
    tags.append(f"case:{col}")
    k = int(rng.integers(4))
    return (text.upper(), text.lower(), f" {text}", f"{text}  ")[k]


# --------------------------------------------------------------------------------------
# Dates, counts, places
# --------------------------------------------------------------------------------------
def _excel_serial(ts: pd.Timestamp) -> str:
    return str((ts.normalize() - _EXCEL_EPOCH).days)


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    day = ts.normalize()
    month = day.to_period("M").start_time
    quarter = day.to_period("Q").start_time
    r = float(rng.random())
    hh, mm, ss = int(rng.integers(24)), int(rng.integers(60)), int(rng.integers(60))
    if src.style == "pharos":
        if partial_ok and r < 0.05:
            return day.strftime("%m/%Y"), month, "month", ["partial_date"]
        if r < 0.25:  # the time the report came in
            return f"{day:%d/%m/%Y} {hh:02d}:{mm:02d}", day, "day", ["datetime"]
        if r < 0.32:
            return day.strftime("%d/%m/%y"), day, "day", ["two_digit_year"]
        return day.strftime("%d/%m/%Y"), day, "day", []
    if src.style == "nfib":
        if partial_ok and r < 0.07:  # offence period given as a quarter
            return f"Q{day.quarter} {day.year}", quarter, "quarter", ["partial_date"]
        if r < 0.35:
            return f"{day.day} {MONTHS[day.month - 1]} {day.year}", day, "day", ["long_date"]
        return day.strftime("%d/%m/%Y"), day, "day", []
    if src.style == "fiscalia":
        if partial_ok and r < 0.05:
            cell = f"{_MONTHS_ES[day.month - 1]} de {day.year}"
            return cell, month, "month", ["partial_date"]
        if r < 0.15:  # typed as text over the date format
            return day.strftime("%d/%m/%Y"), day, "day", ["text_date"]
        return day.to_pydatetime(), day, "day", ["excel_date"]
    if src.style == "iru":
        if partial_ok and r < 0.06:
            return day.strftime("%Y-%m"), month, "month", ["partial_date"]
        if partial_ok and r < 0.11:
            return f"{day.year}-Q{day.quarter}", quarter, "quarter", ["partial_date"]
        if r < 0.4:
            return f"{day:%Y-%m-%d}T{hh:02d}:{mm:02d}:{ss:02d}Z", day, "day", ["iso_datetime"]
        return day.strftime("%Y-%m-%d"), day, "day", []
    # sspc: a column partly left in Excel's General format shows serial numbers
    if r < 0.12:
        return _excel_serial(day), day, "day", ["excel_serial"]
    return day.strftime("%d/%m/%Y"), day, "day", []


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, a day that does not exist, or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # 2023 typed 2033
        ahead = ts.normalize().replace(year=ts.year + 10)
        if src.style == "iru":
            return ahead.strftime("%Y-%m-%d")
        if src.style == "fiscalia":
            return ahead.to_pydatetime()
        return ahead.strftime("%d/%m/%Y")
    d, m = _NO_SUCH_DAY[int(rng.integers(len(_NO_SUCH_DAY)))]
    if src.style == "iru":
        return f"{ts.year}-{m:02d}-{d:02d}"
    return f"{d:02d}/{m:02d}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date written on the note row: the day of the extraction, after the last event."""
    day = last.normalize() + pd.Timedelta(days=6)
    if src.style == "fiscalia":
        return day.to_pydatetime()
    if src.style == "iru":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _count(src: Agency, value: int) -> object:
    """Write a count as the agency's tool does (numbers in XLSX and JSON)."""
    if src.format in ("xlsx", "jsonl"):
        return value
    return str(value)


def _persons(
    src: Agency, n: int, ev: dict[str, object], rng: _Rng
) -> tuple[object, object, list[str]]:
    """Write the number of persons; return (cell, expected, tags)."""
    r = float(rng.random())
    if r < 0.025:  # the desk did not know how many
        cell = None if src.style == "iru" else choice(rng, _COUNT_UNKNOWN[src.style])
        return cell, None, ["count_placeholder"]
    if n >= 1000 and src.format == "csv" and r < 0.8:
        sep = {"pharos": "\u00a0", "nfib": ",", "sspc": ","}[src.style]
        return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands:n_persons"]
    if src.style == "fiscalia" and r < 0.08:  # typed with the noun
        noun = "víctimas" if ev["crime_type"] != "smuggling" else "personas"
        return f"{n} {noun}" if n != 1 else "1 " + noun[:-1], n, ["count_words"]
    return _count(src, n), n, []


def _suspects(
    src: Agency, n: int | None, rng: _Rng, forced: bool
) -> tuple[object, object, list[str]]:
    """Write the number of suspects; return (cell, expected, tags)."""
    if forced:
        return None, None, ["blank_n_suspects"]
    if n is None:
        return None, None, ["blank_n_suspects"]
    r = float(rng.random())
    if r < 0.03:
        return None, None, ["blank_n_suspects"]
    if r < 0.05 and src.style != "iru":
        return choice(rng, _COUNT_UNKNOWN[src.style]), None, ["suspects_placeholder"]
    if n == 0 and r < 0.4 and src.style != "iru":  # the referral tool writes 0
        word = choice(rng, _ZERO[src.style])
        return word, 0, ["zero_word"]
    return _count(src, n), n, []


def _dms(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes, decimal comma: ``27º 45,3' N``; and what it reads."""
    tenths = round(abs(value) * 600)  # tenths of a minute
    deg, rest = divmod(tenths, 600)
    hemi = pos if value >= 0 else neg
    text = f"{deg:0{width}d}º {rest // 10:02d},{rest % 10}' {hemi}"
    read = (deg + rest / 600) * (1 if value >= 0 else -1)
    return text, round(read, 6)


def _place(
    src: Agency, ev: dict[str, object], rng: _Rng, forced: bool
) -> tuple[dict[str, object], object, object, list[str]]:
    """Write the location; return (cells, expected lat, expected lon, tags)."""
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if src.style in ("pharos", "nfib"):  # reporting desks: no position recorded
        return {}, None, None, ["blank_coordinates" if forced else "coords_missing"]
    if forced:
        return {}, None, None, ["blank_coordinates"]
    r = float(rng.random())
    if src.style == "fiscalia":  # only the maritime reports give a position
        if ev["transport_mode"] != "sea" or r < 0.15:
            return {}, None, None, ["coords_missing"]
        west = "W" if rng.random() < 0.7 else "O"  # oeste
        t_lat, e_lat = _dms(lat, "N", "S", 2)
        t_lon, e_lon = _dms(lon, "E", west, 3)
        return {"coordinates": f"{t_lat} - {t_lon}"}, e_lat, e_lon, ["coords_dms"]
    if src.style == "iru":
        if r < 0.1:
            return {}, None, None, ["coords_missing"]
        e_lat, e_lon = round(lat, 4), round(lon, 4)
        return {"lat": e_lat, "lon": e_lon}, e_lat, e_lon, []
    if r < 0.08:
        return {}, None, None, ["coords_missing"]
    if r < 0.13:  # the form's default when no position was taken
        return {"lat": "0.000000", "lon": "0.000000"}, None, None, ["coords_placeholder"]
    return {"lat": f"{lat:.6f}", "lon": f"{lon:.6f}"}, round(lat, 6), round(lon, 6), []


def _transit(src: Agency, value: object, rng: _Rng, tags: list[str]) -> object:
    """Write the ordered transit countries with the agency's separator."""
    codes = str(value).split("|") if value else []
    parts = []
    for iso in codes:
        text, t = _country(src, iso, "transit_countries", rng)
        parts.append(text)
        tags.extend(t)
    if src.style == "iru":
        return parts  # a JSON array
    if not parts:
        return None
    return choice(rng, _TRANSIT_SEP[src.style]).join(str(p) for p in parts)


def _offences(src: Agency, value: object, rng: _Rng) -> object:
    """Write the linked offences in the agency's words, in the truth's order."""
    names = str(value).split("|") if value else []
    words = [_word(rng, _OFFENCES[src.style][n]) for n in names]
    if src.style == "iru":
        return words  # a JSON array
    if not words:
        return None
    return choice(rng, _OFFENCE_SEP[src.style]).join(words)


# --------------------------------------------------------------------------------------
# One event as one agency writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    style = src.style
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _noise(_word(rng, _CRIME[style][crime]), "crime_type", rng, tags, 0.02)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.05:
        cells["exploitation"] = _word(rng, _EXPLOITATION[style]["unknown"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(rng, _EXPLOITATION[style][str(expl)])
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _persons(src, n, ev, rng)
    tags += t
    sus = ev["n_suspects"]
    cells["n_suspects"], exp["n_suspects"], t = _suspects(
        src,
        None if sus is None else int(sus),  # type: ignore[call-overload]
        rng,
        forced_blank == "n_suspects",
    )
    tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = _word(rng, _GENDER[style]["unknown"]), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _noise(_word(rng, _GENDER[style][gender]), "gender", rng, tags)
        exp["gender"] = gender

    for col, table in (("age_group", _AGE), ("transport_mode", _TRANSPORT)):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col], exp[col] = _word(rng, table[style]["unknown"]), "unknown"
            tags.append("na_word")
            continue
        words = table[style][value]
        if col == "transport_mode":
            words = _ROUTE_WORDS.get((style, str(ev["corridor"]), value), words)
        cells[col] = _noise(_word(rng, words), col, rng, tags)
        exp[col] = value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.03:
        cells["nationality"], exp["nationality"] = choice(rng, _NAT_UNKNOWN[style]), None
        tags.append("blank_nationality")
    else:
        text, t = _country(src, nat, "nationality", rng)
        cells["nationality"], exp["nationality"] = text, nat
        tags += t
    for col in ("origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if col == "detection_country" and forced_blank == "detection_country":
            cells[col], exp[col] = None, None
            tags.append("blank_detection_country")
            continue
        text, t = _country(src, iso, col, rng)
        if isinstance(text, str) and style != "iru":
            text = _noise(text, col, rng, tags, 0.03)
        cells[col], exp[col] = text, iso
        tags += t

    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    place, exp["lat"], exp["lon"], t = _place(src, ev, rng, forced_blank == "coordinates")
    cells.update(place)
    tags += t

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]
    cells["platform"] = choice(rng, _PLATFORMS[style])
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
PHAROS = Agency(
    source="ofac_pharos",
    filename="ofac_pharos_fg.csv",
    ref="PH{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes (victimes/migrants)",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode de passage",
        "linked_offences": "Infractions connexes",
        "platform": "Plateforme signalée",
    },
    note="Extraction PHAROS – données non consolidées, diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "nombreuses personnes", "un groupe"),
    repeats=False,
    style="pharos",
)
NFIB = Agency(
    source="nfib_action_fraud",
    filename="nfib_action_fraud_fg.csv",
    ref="NFRC{yy:02d}{seq:07d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Crime Reference",
        "event_date": "Date of Offence",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Victims",
        "n_suspects": "No. of Suspects",
        "gender": "Victim Gender",
        "age_group": "Victim Age Band",
        "nationality": "Victim Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Where Detected",
        "transit_countries": "Transit Route",
        "transport_mode": "Method of Travel",
        "linked_offences": "Associated Offences",
        "platform": "Enabler / Platform",
    },
    note="NFIB extract - figures subject to change, OFFICIAL-SENSITIVE",
    total="Total",
    bad_count=("several", "multiple", "a group"),
    repeats=True,
    style="nfib",
)
FISCALIA = Agency(
    source="fiscalia_criminalidad_informatica",
    filename="fiscalia_criminalidad_informatica_fg.xlsx",
    ref="DIP {seq}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Diligencias",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo delictivo",
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
        "coordinates": "Posición (lat. / long.)",
        "linked_offences": "Delitos conexos",
        "platform": "Medio de captación",
    },
    note="Nota: datos provisionales pendientes de calificación",
    total="TOTAL",
    bad_count=("varios", "varias personas", "grupo numeroso"),
    repeats=False,
    style="fiscalia",
)
IRU = Agency(
    source="europol_eu_iru",
    filename="europol_eu_iru_fg.jsonl",
    ref="IRU-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "referral_ref",
        "event_date": "incident_date",
        "crime_type": "crime_area",
        "exploitation": "exploitation_form",
        "n_persons": "no_persons",
        "n_suspects": "no_facilitators",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "origin",
        "destination_country": "intended_destination",
        "detection_country": "detected_in",
        "transit_countries": "route_via",
        "transport_mode": "modus",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "connected_crimes",
        "platform": "online_service",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several"),
    repeats=False,
    style="iru",
)
SSPC = Agency(
    source="sspc_policia_cibernetica",
    filename="sspc_policia_cibernetica_fg.csv",
    ref="PC/{seq:05d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas migrantes / víctimas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos vinculados",
        "platform": "Red social / plataforma",
    },
    note="Nota: información preliminar, sujeta a actualización",
    total="Total general",
    bad_count=("varios", "un grupo"),
    repeats=True,
    style="sspc",
)

#: The set's agencies, in the order their submissions are returned.
SOURCES: tuple[Agency, ...] = (PHAROS, NFIB, FISCALIA, IRU, SSPC)

_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": PHAROS.source,
        "GBR": NFIB.source,
        "ESP": FISCALIA.source,
        "PAN": SSPC.source,
        "USA": SSPC.source,
    },
    compilation=IRU.source,
    secondary={
        ("channel", "FRA"): NFIB.source,
        ("channel", "GBR"): PHAROS.source,
        ("cmed", "ITA"): PHAROS.source,
        ("thb_nga_ita", "ITA"): PHAROS.source,
        ("thb_vnm_gbr", "GBR"): IRU.source,
        ("wmed", "ESP"): IRU.source,
        ("watl", "ESP"): IRU.source,
        ("thb_rou_esp", "ESP"): IRU.source,
        ("thb_rou_esp", "ITA"): FISCALIA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=161,
    blank_share=0.3,
)


def make_blind161(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the ``blind161`` set: five cyber-enabled recruitment desks.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``ofac_pharos_fg.csv`` (French, cp1252, ``;``), ``nfib_action_fraud_fg.csv``
        (English, UTF-8 with BOM, ``,``), ``fiscalia_criminalidad_informatica_fg.xlsx``
        (Spanish), ``europol_eu_iru_fg.jsonl`` (English keys, EU country codes) and
        ``sspc_policia_cibernetica_fg.csv`` (Spanish, UTF-16, tab), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind161(make_truth(seed=2, n_events=300), seed=2)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ofac_pharos_fg.csv', 'nfib_action_fraud_fg.csv',
     'fiscalia_criminalidad_informatica_fg.xlsx', 'europol_eu_iru_fg.jsonl',
     'sspc_policia_cibernetica_fg.csv']
    >>> [(s.encoding, s.delimiter) for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    [('cp1252', ';'), ('utf-8-sig', ','), ('utf-8', None), ('utf-8', None),
     ('utf-16', '\t')]
    >>> subs[0].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
