"""The examiner's held-out sample set ``blind158`` (files ``*_fd.*``).

Five agencies that never wrote a sample set of this project before, around the pirogue
route from Senegal, the Gambia and Guinea-Bissau to the Canary Islands, and the desks
that relay the records of the other corridors:

``obiten_ull_fd.xlsx``
    Observatorio de la Inmigración de Tenerife (Universidad de La Laguna). Spanish.
    An observatory's coding sheet of every event in Spain it finds in the press notes of
    the Ministry of the Interior, the Guardia Civil and the Policía Nacional: penal-code
    wording (``art. 318 bis CP``), nationalities as demonyms, ``cayuco`` / ``patera`` /
    ``salto de valla``, real Excel dates mixed with pasted serial numbers, typed
    ``dd/mm/yyyy`` text, a month or a quarter when only that is known, numeric
    latitude and longitude. First reports of the events detected in Spain.
``atpol_senegal_rome_fd.csv``
    Attaché de police, Ambassade du Sénégal en Italie (Rome). French with the Italian
    words of the records it relays (``barcone``, ``favoreggiamento``, ``Egitto``);
    cp1252, ``;``, CRLF; ``dd/mm/yyyy``; counts with a (non-breaking) space between
    thousands; coordinates in degrees and decimal minutes (``35°30,0'N 12°36,0'E``);
    transit countries joined by ``/``. First reports of the events detected in Italy.
``hba_border_log_fd.csv``
    Haitian Bridge Alliance (San Diego), intake log of its border monitoring. English;
    UTF-8 with BOM, ``,``; US month-first dates (``5/17/2023``); demonyms; ``U.S.``;
    ``UAC`` and ``family units``; ``GPS`` as ``lat, lon``; routes joined by ``>``.
    First reports of the events detected in the United States, second reports of
    some Darién crossings.
``cicr_mexico_ca_fd.csv``
    Comité Internacional de la Cruz Roja, Delegación Regional para México y América
    Central. Spanish; latin-1, tab-delimited; ``17-may-2023``; ``NNA``; origin as ISO
    alpha-3 or numeric codes; ``EE. UU.``; decimal commas in the coordinates; ``1.250``.
    First reports of the Darién events (Panama), second reports of some crossings into
    the United States.
``panapress_dakar_fd.jsonl``
    PANAPRESS (Agence panafricaine d'information, Dakar), its migration monitoring feed.
    French JSON lines; long French dates (``1er mai 2023``) or ISO from the wire;
    country names double-encoded by the feed (``SÃ©nÃ©gal``); small numbers in words;
    transit countries and linked offences as JSON lists; no coordinates. It compiles
    what no desk above reports (Greece, the Western Balkans, Poland, the Channel, the
    United Kingdom) and reports again some pirogue landings in the Canaries and some
    landings in Italy.

Every written cell is what a careful analyst reads: a cell that does not say the value
(``s/d``, ``N/C``, ``unk``, ``sin dato``, ``non précisé``, ``no consta``, ``NR``) is
expected blank (counts, coordinates) or ``unknown`` (age group, transport mode), and
tagged so in the truth's ``messiness``.
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["SOURCES", "make_blind158"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Source158(ExaminerSource):
    """A source of ``blind158``: the shared fields plus the name of its voice.

    Attributes
    ----------
    voice : str
        Key of the way the agency writes its cells (``"obiten"``, ``"atpol"``,
        ``"hba"``, ``"icrc"``, ``"pana"``).
    """

    voice: str


# --------------------------------------------------------------------------------------
# Country names (written for this set; codes from pycountry through iso_codes)
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

# Other names an agency uses for a country (one drawn at random).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "USA": ("U.S.", "US", "USA"),
        "GBR": ("UK",),
        "CIV": ("Ivory Coast",),
        "GMB": ("The Gambia",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA",),
        "GMB": ("la Gambie",),
        "CIV": ("RCI",),
        "RUS": ("Fédération de Russie",),
        "SYR": ("République arabe syrienne",),
        "MKD": ("Macédoine",),
        "VNM": ("Vietnam",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "ROU": ("Rumania",),
        "VNM": ("Viet Nam",),
    },
}

# Demonyms (nationality cells only), in the form the agency writes them.
_DEMONYMS: dict[str, dict[str, str]] = {
    "es": {  # feminine, agreeing with "nacionalidad"
        "MAR": "marroquí",
        "DZA": "argelina",
        "SEN": "senegalesa",
        "MLI": "maliense",
        "GMB": "gambiana",
        "CIV": "marfileña",
        "ROU": "rumana",
    },
    "en": {
        "MEX": "Mexican",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "VEN": "Venezuelan",
        "ECU": "Ecuadorian",
        "HTI": "Haitian",
        "COL": "Colombian",
        "CHN": "Chinese",
    },
}

# Italian names copied from the Italian records the Rome attaché relays.
_ITALIAN: dict[str, str] = {
    "EGY": "Egitto",
    "CIV": "Costa d'Avorio",
    "SYR": "Siria",
    "TUN": "Tunisia",
    "LBY": "Libia",
    "DEU": "Germania",
    "FRA": "Francia",
    "ITA": "Italia",
    "ROU": "Romania",
    "ERI": "Eritrea",
}

# Small typing slips, one per country at most, by the agency's language.
_TYPOS: dict[str, dict[str, str]] = {
    "es": {
        "MAR": "Marrruecos",
        "SEN": "Seneagl",
        "GMB": "Gambía",
        "DZA": "Argelía",
        "ROU": "Rumnía",
        "VEN": "Venezula",
        "ECU": "Ecudor",
        "COL": "Colomiba",
        "HTI": "Haitì",
        "MLI": "Malì",
    },
    "fr": {
        "TUN": "Tunisi",
        "EGY": "Egyte",
        "BGD": "Bangaldesh",
        "SYR": "Syrei",
        "SEN": "Sénagal",
        "GIN": "Guiné",
        "AFG": "Afghanisan",
        "IRQ": "Irack",
        "NGA": "Nigéria",
    },
    "en": {
        "GTM": "Guatamala",
        "HND": "Hondurus",
        "VEN": "Venezuala",
        "ECU": "Equador",
        "MEX": "Mexcio",
    },
}


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _country(src: Source158, iso: str, rng: _Rng, styles: dict[str, float], tags: list[str]) -> str:
    """Write one ISO alpha-3 country the way the source does; tag the style drawn."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    keys = list(styles)
    probs = np.array([styles[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=probs / probs.sum()))]
    out: str | None = None
    if style == "upper":
        out = name.upper()
    elif style == "lower":
        out = name.lower()
    elif style == "iso2":
        out = iso_codes(iso)[0]
    elif style == "iso3":
        out = iso
    elif style == "numeric":
        out = iso_codes(iso)[1]
    elif style == "alias" and iso in _ALIASES.get(lang, {}):
        out = choice(rng, _ALIASES[lang][iso])
    elif style == "demonym" and iso in _DEMONYMS.get(lang, {}):
        out = _DEMONYMS[lang][iso]
    elif style == "typo" and iso in _TYPOS.get(lang, {}):
        out = _TYPOS[lang][iso]
    elif style == "italian" and iso in _ITALIAN:
        out = _ITALIAN[iso]
    elif style == "noaccent":
        out = _strip_accents(name) if _strip_accents(name) != name else None
    elif style == "mojibake":
        out = mojibake(name)
    elif style == "spaces":
        out = f"  {name} "
    if out is None:
        style, out = "name", name
    if not fits(out, src):
        style, out = "noaccent", _strip_accents(out)
    if style != "name":
        tags.append(f"country_{style}")
    return out


# --------------------------------------------------------------------------------------
# Words of each agency
# --------------------------------------------------------------------------------------
_W = dict[str, tuple[str, ...]]

_CRIME: dict[str, _W] = {
    "obiten": {
        "smuggling": (
            "Tráfico ilícito de migrantes (art. 318 bis CP)",
            "Favorecimiento de la inmigración irregular",
            "318 bis",
        ),
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata de seres humanos"),
        "both": ("Trata (177 bis) y tráfico (318 bis)", "Trata y tráfico de migrantes"),
    },
    "atpol": {
        "smuggling": (
            "Trafic de migrants",
            "trafic illicite de migrants",
            "Trafic de migrants (favoreggiamento)",
        ),
        "trafficking": ("Traite des personnes", "traite des êtres humains", "Traite (tratta)"),
        "both": ("Traite et trafic de migrants", "traite / trafic"),
    },
    "hba": {
        "smuggling": ("Human smuggling", "Smuggling", "smuggling (coyote)"),
        "trafficking": ("Human trafficking", "Trafficking"),
        "both": ("Smuggling + trafficking", "trafficking/smuggling"),
    },
    "icrc": {
        "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes"),
        "trafficking": ("Trata de personas", "trata"),
        "both": ("Trata y tráfico", "trata de personas y tráfico de migrantes"),
    },
    "pana": {
        "smuggling": ("trafic de migrants", "trafic illicite de migrants"),
        "trafficking": ("traite des personnes", "traite d'êtres humains"),
        "both": ("traite et trafic de migrants", "traite des personnes et trafic de migrants"),
    },
}

_EXPLOITATION: dict[str, _W] = {
    "obiten": {
        "sexual": ("explotación sexual", "explotación sexual (prostitución)"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "explotación para actividades delictivas"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras finalidades",),
    },
    "atpol": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail (caporalato)"),
        "forced_criminality": ("délinquance forcée", "contrainte à commettre des délits"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "hba": {
        "sexual": ("Sex trafficking", "commercial sex"),
        "forced_labour": ("Labor trafficking", "forced labor"),
        "forced_criminality": ("forced criminal activity",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "icrc": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades ilícitas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    "pana": {
        "sexual": ("exploitation sexuelle", "prostitution"),
        "forced_labour": ("travail forcé", "exploitation économique"),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("trafic d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
}
# What the agency writes for the exploitation of a pure smuggling case (None: blank).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "obiten": (None,),
    "atpol": ("sans objet", None),
    "hba": ("N/A", None),
    "icrc": ("no aplica", None),
    "pana": (None,),
}

_GENDER: dict[str, _W] = {
    "obiten": {
        "female": ("mujeres", "mujer"),
        "male": ("hombres", "varones"),
        "mixed": ("mixto", "hombres y mujeres", "ambos sexos"),
    },
    "atpol": {"female": ("F", "femmes"), "male": ("H", "hommes"), "mixed": ("H/F", "mixte")},
    "hba": {
        "female": ("F", "Female", "women"),
        "male": ("M", "Male", "men"),
        "mixed": ("Mixed", "M/F", "men & women"),
    },
    "icrc": {
        "female": ("Mujeres", "mujer"),
        "male": ("Hombres", "hombre"),
        "mixed": ("Mixto", "hombres y mujeres"),
    },
    "pana": {"female": ("femmes",), "male": ("hommes",), "mixed": ("mixte", "hommes et femmes")},
}

_AGE: dict[str, _W] = {
    "obiten": {
        "child": ("menores", "menores no acompañados"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y menores", "mixto"),
        "unknown": ("no consta",),
    },
    "atpol": {
        "child": ("mineurs", "MNA"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs",),
        "unknown": ("NR",),
    },
    "hba": {
        "child": ("Minors", "UAC", "children"),
        "adult": ("Adults", "adult"),
        "mixed": ("Adults & minors", "family units"),
        "unknown": ("not recorded",),
    },
    "icrc": {
        "child": ("NNA", "niños, niñas y adolescentes"),
        "adult": ("adultos",),
        "mixed": ("adultos y NNA", "familias con NNA"),
        "unknown": ("sin dato",),
    },
    "pana": {
        "child": ("mineurs", "enfants"),
        "adult": ("adultes",),
        "mixed": ("adultes et mineurs",),
        "unknown": ("non précisé",),
    },
}

_MODE: dict[str, _W] = {
    "obiten": {
        "sea": ("patera", "neumática", "embarcación"),
        "land": ("vía terrestre", "vehículo"),
        "air": ("vía aérea", "avión"),
        "unknown": ("no consta",),
    },
    "atpol": {
        "sea": ("embarcation", "barcone", "barque", "gommone"),
        "land": ("voie terrestre", "véhicule", "camion"),
        "air": ("voie aérienne", "avion"),
        "unknown": ("NR",),
    },
    "hba": {
        "sea": ("boat",),
        "land": ("on foot", "vehicle", "tractor-trailer"),
        "air": ("flight",),
        "unknown": ("not recorded",),
    },
    "icrc": {
        "sea": ("embarcación",),
        "land": ("a pie", "terrestre", "caminando"),
        "air": ("aéreo",),
        "unknown": ("sin dato",),
    },
    "pana": {
        "sea": ("embarcation de fortune", "bateau pneumatique", "embarcation"),
        "land": ("voie terrestre", "à pied", "camion"),
        "air": ("avion", "voie aérienne"),
        "unknown": ("non précisé",),
    },
}

_OFFENCES: dict[str, _W] = {
    "obiten": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    "atpol": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "hba": {
        "document_fraud": ("fraudulent documents", "fake IDs"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "narcotics"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "icrc": {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("soborno", "corrupción"),
        "money_laundering": ("lavado de activos",),
        "illicit_goods": ("narcotráfico",),
        "cybercrime": ("delito cibernético",),
        "terrorism": ("terrorismo",),
    },
    "pana": {
        "document_fraud": ("faux papiers",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent",),
        "illicit_goods": ("trafic de drogue",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_OFFENCE_SEP = {"obiten": ", ", "atpol": " + ", "hba": " / ", "icrc": "; "}
_TRANSIT_SEP = {"obiten": " - ", "atpol": "/", "hba": " > ", "icrc": ", "}

# Count cells that say "not known" (kept, no count) and zero written as a word.
_COUNT_NA = {
    "obiten": ("s/d", "no consta"),
    "atpol": ("N/C",),
    "hba": ("unk", "unknown"),
    "icrc": ("sin dato",),
    "pana": ("non précisé",),
}
_ZERO = {
    "obiten": ("ninguno",),
    "atpol": ("néant",),
    "hba": ("none",),
    "icrc": ("ninguno",),
    "pana": ("aucun",),
}
_FR_NUMBERS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")

# Country styles of each voice and column group.
_STYLES: dict[str, dict[str, dict[str, float]]] = {
    "obiten": {
        "nationality": {"name": 0.62, "demonym": 0.18, "upper": 0.08, "typo": 0.06, "iso3": 0.06},
        "other": {"name": 0.85, "upper": 0.08, "typo": 0.04, "spaces": 0.03},
        "detection": {"name": 0.7, "iso2": 0.15, "iso3": 0.15},
        "transit": {"name": 0.9, "typo": 0.05, "upper": 0.05},
    },
    "atpol": {
        "nationality": {
            "name": 0.58,
            "noaccent": 0.12,
            "upper": 0.1,
            "iso2": 0.06,
            "italian": 0.1,
            "typo": 0.04,
        },
        "other": {"name": 0.75, "noaccent": 0.1, "italian": 0.1, "upper": 0.05},
        "detection": {"name": 0.7, "upper": 0.2, "iso2": 0.1},
        "transit": {"name": 0.8, "noaccent": 0.1, "italian": 0.1},
    },
    "hba": {
        "nationality": {"name": 0.45, "demonym": 0.35, "typo": 0.06, "iso2": 0.04, "upper": 0.1},
        "other": {"name": 0.6, "alias": 0.25, "typo": 0.05, "lower": 0.05, "spaces": 0.05},
        "detection": {"alias": 0.7, "name": 0.3},
        "transit": {"name": 0.92, "typo": 0.08},
    },
    "icrc": {
        "nationality": {"name": 0.75, "upper": 0.1, "typo": 0.06, "iso3": 0.09},
        "origin": {"iso3": 0.6, "numeric": 0.25, "name": 0.15},
        "other": {"name": 0.6, "alias": 0.3, "upper": 0.1},
        "detection": {"name": 0.6, "upper": 0.2, "iso3": 0.2},
        "transit": {"name": 0.9, "typo": 0.1},
    },
    "pana": {
        "nationality": {"name": 0.58, "mojibake": 0.25, "upper": 0.08, "typo": 0.05, "alias": 0.04},
        "other": {"name": 0.7, "mojibake": 0.25, "alias": 0.05},
        "detection": {"name": 0.7, "mojibake": 0.2, "upper": 0.1},
        "transit": {"name": 0.75, "mojibake": 0.25},
    },
}

_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
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
_EN_MONTHS = (
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
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_PARTIAL_SHARE = 0.07


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _day_text(voice: str, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a full date the way the voice does."""
    if voice == "obiten":
        r = rng.random()
        if r < 0.09:
            tags.append("excel_serial")
            return int((ts.normalize() - _EXCEL_EPOCH).days)
        if r < 0.15:
            tags.append("date_text")
            return ts.strftime("%d/%m/%Y")
        return dt.datetime(ts.year, ts.month, ts.day)
    if voice == "atpol":
        if rng.random() < 0.06:
            tags.append("two_digit_year")
            return ts.strftime("%d/%m/%y")
        return ts.strftime("%d/%m/%Y")
    if voice == "hba":
        tags.append("month_first")
        return f"{ts.month}/{ts.day}/{ts.year}"
    if voice == "icrc":
        return f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}"
    # pana
    if rng.random() < 0.2:
        tags.append("iso_date")
        return ts.strftime("%Y-%m-%d")
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"


def _partial_text(
    voice: str, ts: pd.Timestamp, rng: _Rng, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write only the month (or, at the observatory, the quarter) of a date."""
    if voice == "obiten" and rng.random() < 0.5:
        q = (ts.month - 1) // 3 + 1
        tags.append("quarter_only")
        cell = choice(rng, (f"T{q} {ts.year}", f"{q}.º trimestre {ts.year}"))
        return cell, ts.to_period("Q").start_time, "quarter"
    tags.append("month_only")
    month = ts.to_period("M").start_time
    if voice == "obiten":
        return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", month, "month"
    if voice in ("atpol", "pana"):
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month, "month"
    if voice == "hba":
        return f"{_EN_MONTHS[ts.month - 1]} {ts.year}", month, "month"
    return f"{_ES_ABBR[ts.month - 1]}-{ts.year}", month, "month"


def _bad_date(src: Source158, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, impossible, or ten years ahead (a slip)."""
    voice = src.voice
    if kind == "no_date":
        return None
    if kind == "future_date":  # the decade mistyped: 2023 -> 2033
        ahead = ts + pd.DateOffset(years=10)
        if voice == "obiten":
            return dt.datetime(ahead.year, ahead.month, ahead.day)
        return _day_text(voice, ahead, rng, [])
    # an impossible day
    if voice == "obiten":
        return f"31/02/{ts.year}"
    if voice == "atpol":
        return f"31/04/{ts.year}"
    if voice == "hba":
        return f"2/30/{ts.year}"
    if voice == "icrc":
        return f"30-feb-{ts.year}"
    return f"31 juin {ts.year}"


def _note_date(src: Source158, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the date of its extraction)."""
    tags: list[str] = []
    day = last + pd.Timedelta(days=3)
    if src.voice == "obiten":
        return dt.datetime(day.year, day.month, day.day)
    return _day_text(src.voice, day, np.random.default_rng(0), tags)


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
def _thousands(voice: str, n: int, rng: _Rng) -> str:
    if n < 1000:
        return str(n)
    head, tail = divmod(n, 1000)
    sep = {"atpol": choice(rng, ("\u00a0", " ")), "hba": ",", "icrc": ".", "pana": " "}
    return f"{head}{sep.get(voice, '')}{tail:03d}"


def _persons(voice: str, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of persons; return (cell, expected count)."""
    if rng.random() < 0.03:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_NA[voice]), None
    if n >= 1000:
        tags.append("thousands_sep")
    if voice == "obiten":
        return n, n
    if voice == "pana":
        if n <= 10 and rng.random() < 0.4:
            tags.append("count_word")
            return _FR_NUMBERS[n - 1], n
        return (n if rng.random() < 0.75 else _thousands(voice, n, rng)), n
    return _thousands(voice, n, rng), n


def _suspects(voice: str, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of suspects; return (cell, expected count)."""
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_NA[voice]), None
    if n == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, _ZERO[voice]), 0
    return (n if voice in ("obiten", "pana") else str(n)), n


def _dm(value: float, pos: str, neg: str) -> str:
    """Degrees and decimal minutes with a decimal comma: ``35°30,0'N``."""
    hemi = pos if value >= 0 else neg
    minutes = round(abs(value) * 60, 1)
    deg, mins = divmod(minutes, 60)
    return f"{int(deg)}°{mins:04.1f}'{hemi}".replace(".", ",")


def _dm_value(value: float) -> float:
    minutes = round(abs(value) * 60, 1)
    return float(np.sign(value) * minutes / 60)


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _int(value: object) -> int:
    return int(str(value))


def _vocab(rng: _Rng, words: _W, key: str) -> str:
    return choice(rng, words[key])


def _mode_word(voice: str, ev: dict[str, object], rng: _Rng) -> str:
    """Return the agency's word for the transport, by corridor where it has one."""
    mode = str(ev["transport_mode"])
    corridor = str(ev["corridor"])
    hotspot = str(ev.get("hotspot") or "")
    if voice == "obiten" and mode == "sea" and corridor == "watl":
        return choice(rng, ("cayuco", "cayuco", "embarcación"))
    if voice == "obiten" and mode == "land" and hotspot in ("Ceuta", "Melilla"):
        return choice(rng, ("salto de valla", "vía terrestre"))
    if voice == "pana" and mode == "sea" and corridor == "watl":
        return choice(rng, ("pirogue", "pirogue", "embarcation"))
    if voice == "pana" and mode == "sea" and corridor == "channel":
        return choice(rng, ("small boat", "bateau pneumatique"))
    return _vocab(rng, _MODE[voice], mode)


def _render(
    src: Source158,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one event as the source does: (cells, expected clean values, tags)."""
    voice = src.voice
    tags: list[str] = []
    cells: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp: dict[str, object] = {
        "event_date": ts,
        "date_precision": "day",
        "crime_type": ev["crime_type"],
        "exploitation": ev["exploitation"],
        "nationality": ev["nationality"],
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": ev["detection_country"],
        "transit_countries": ev["transit_countries"],
        "linked_offences": ev["linked_offences"],
        "gender": ev["gender"],
        "age_group": ev["age_group"],
        "transport_mode": ev["transport_mode"],
    }
    # date
    if partial_ok and rng.random() < _PARTIAL_SHARE:
        cell, day, precision = _partial_text(voice, ts, rng, tags)
        cells["event_date"] = cell
        exp["event_date"], exp["date_precision"] = day, precision
    else:
        cells["event_date"] = _day_text(voice, ts, rng, tags)
    # crime and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(rng, _CRIME[voice], crime)
    if ev["exploitation"] is None:
        cells["exploitation"] = _choice_or_none(rng, _NO_EXPLOITATION[voice])
    else:
        cells["exploitation"] = _vocab(rng, _EXPLOITATION[voice], str(ev["exploitation"]))
    # counts
    cells["n_persons"], exp["n_persons"] = _persons(voice, _int(ev["n_persons"]), rng, tags)
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(voice, _int(ev["n_suspects"]), rng, tags)
    # people
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _vocab(rng, _GENDER[voice], str(ev["gender"]))
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = _vocab(rng, _AGE[voice], "unknown"), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _vocab(rng, _AGE[voice], str(ev["age_group"]))
    # countries
    styles = _STYLES[voice]
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(
            src, str(ev["nationality"]), rng, styles["nationality"], tags
        )
    cells["origin_country"] = _country(
        src, str(ev["origin_country"]), rng, styles.get("origin", styles["other"]), tags
    )
    cells["destination_country"] = _country(
        src, str(ev["destination_country"]), rng, styles["other"], tags
    )
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(
            src, str(ev["detection_country"]), rng, styles["detection"], tags
        )
    transit = str(ev["transit_countries"]).split("|") if ev["transit_countries"] else []
    written = [_country(src, c, rng, styles["transit"], tags) for c in transit]
    if voice == "pana":
        cells["transit_countries"] = written or None
    else:
        cells["transit_countries"] = _TRANSIT_SEP[voice].join(written) if written else None
    # transport
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = _MODE[voice]["unknown"][0], "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _mode_word(voice, ev, rng)
    # linked offences, in the order the case file lists them
    offences = str(ev["linked_offences"]).split("|") if ev["linked_offences"] else []
    words = [_vocab(rng, _OFFENCES[voice], o) for o in offences]
    if voice == "pana":
        cells["linked_offences"] = words or None
    else:
        cells["linked_offences"] = _OFFENCE_SEP[voice].join(words) if words else None
    # place
    lat, lon = float(str(ev["lat"])), float(str(ev["lon"]))
    _place(src, lat, lon, rng, forced_blank == "coordinates", cells, exp, tags)
    return cells, exp, tags


def _choice_or_none(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` (which may hold None) uniformly."""
    return options[int(rng.integers(len(options)))]


def _place(
    src: Source158,
    lat: float,
    lon: float,
    rng: _Rng,
    blank: bool,
    cells: _Cells,
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Write the place of detection in the source's coordinate columns."""
    voice = src.voice
    exp["lat"], exp["lon"] = None, None
    if voice == "pana":  # a press feed names places, it has no coordinates
        tags.append("blank_coordinates" if blank else "coords_missing")
        return
    if blank:
        tags.append("blank_coordinates")
        return
    r = rng.random()
    if voice == "atpol":
        if r < 0.05:
            cells["coordinates"] = "non précisé"
            tags.append("coords_placeholder")
            return
        cells["coordinates"] = f"{_dm(lat, 'N', 'S')} {_dm(lon, 'E', 'W')}"
        exp["lat"], exp["lon"] = _dm_value(lat), _dm_value(lon)
        tags.append("coords_dm")
        return
    if r < 0.05:
        tags.append("coords_missing")
        return
    la, lo = round(lat, 4), round(lon, 4)
    exp["lat"], exp["lon"] = la, lo
    if voice == "obiten":
        cells["lat"], cells["lon"] = la, lo
    elif voice == "hba":
        cells["coordinates"] = f"{la:.4f}, {lo:.4f}"
    else:  # icrc: decimal commas
        cells["lat"] = f"{la:.4f}".replace(".", ",")
        cells["lon"] = f"{lo:.4f}".replace(".", ",")
        tags.append("decimal_comma")


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_OBITEN = Source158(
    source="obiten_ull",
    filename="obiten_ull_fd.xlsx",
    ref="OBI-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Id registro",
        "event_date": "Fecha del suceso",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad (mayoritaria)",
        "origin_country": "País de origen",
        "destination_country": "Destino declarado",
        "detection_country": "País",
        "transit_countries": "Ruta (tránsito)",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note=(
        "Fuente: elaboración propia OBITen a partir de notas de prensa del Ministerio del "
        "Interior, Guardia Civil y Policía Nacional. Datos provisionales."
    ),
    total="TOTAL",
    bad_count=("varios", "decenas"),
    repeats=False,
    voice="obiten",
)
_ATPOL = Source158(
    source="atpol_senegal_rome",
    filename="atpol_senegal_rome_fd.csv",
    ref="ROM/{seq:03d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/Mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "detection_country": "Pays de détection",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées",
        "linked_offences": "Infractions connexes",
    },
    note=(
        "NB : données communiquées par le Dipartimento della Pubblica Sicurezza, non consolidées"
    ),
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    voice="atpol",
)
_HBA = Source158(
    source="hba_border_log",
    filename="hba_border_log_fd.csv",
    ref="HBA-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident ID",
        "event_date": "Date of incident",
        "crime_type": "Type",
        "exploitation": "Exploitation type",
        "n_persons": "# people",
        "n_suspects": "# smugglers/guides",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country",
        "transit_countries": "Route (countries transited)",
        "transport_mode": "Mode",
        "coordinates": "GPS",
        "linked_offences": "Other offenses",
    },
    note="Note: compiled from partner shelter intake; figures not verified by authorities",
    total="Total",
    bad_count=("several", "multiple"),
    repeats=True,
    voice="hba",
)
_ICRC = Source158(
    source="cicr_mexico_ca",
    filename="cicr_mexico_ca_fd.csv",
    ref="CICR/PA/{year}/{seq:05d}",
    format="csv",
    encoding="latin-1",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Código",
        "event_date": "Fecha",
        "crime_type": "Tipo de hecho",
        "exploitation": "Modalidad de explotación",
        "n_persons": "N.º personas",
        "n_suspects": "N.º guías/coyotes",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de registro",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a revisión",
    total="Total general",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    voice="icrc",
)
_PANA = Source158(
    source="panapress_dakar",
    filename="panapress_dakar_fd.jsonl",
    ref="PANA-{year}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "id_depeche",
        "event_date": "date_evenement",
        "crime_type": "qualification",
        "exploitation": "forme_exploitation",
        "n_persons": "nombre_personnes",
        "n_suspects": "passeurs_interpelles",
        "gender": "sexe",
        "age_group": "age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "destination",
        "detection_country": "pays",
        "transit_countries": "pays_transit",
        "transport_mode": "moyen",
        "linked_offences": "infractions_connexes",
    },
    note=None,
    total="TOTAL PÉRIODE",
    bad_count=("des dizaines", "plusieurs centaines"),
    repeats=False,
    voice="pana",
)

#: The five sources of ``blind158``, in the order of the submissions.
SOURCES: tuple[Source158, ...] = (_OBITEN, _ATPOL, _HBA, _ICRC, _PANA)

_EXAMINER: Examiner[Source158] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": "obiten_ull",
        "ITA": "atpol_senegal_rome",
        "USA": "hba_border_log",
        "PAN": "cicr_mexico_ca",
    },
    compilation="panapress_dakar",
    secondary={
        ("watl", "ESP"): "panapress_dakar",
        ("cmed", "ITA"): "panapress_dakar",
        ("darien", "PAN"): "hba_border_log",
        ("us_mex", "USA"): "cicr_mexico_ca",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=158,
    blank_share=0.3,
)


def make_blind158(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five agencies of ``blind158`` would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness (the same seed gives the same submissions).

    Returns
    -------
    list of Submission
        ``obiten_ull_fd.xlsx`` (Spanish), ``atpol_senegal_rome_fd.csv`` (French,
        cp1252, ``;``), ``hba_border_log_fd.csv`` (English, UTF-8 with BOM, ``,``),
        ``cicr_mexico_ca_fd.csv`` (Spanish, latin-1, tab) and
        ``panapress_dakar_fd.jsonl`` (French JSON lines), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind158(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['obiten_ull_fd.xlsx', 'atpol_senegal_rome_fd.csv', 'hba_border_log_fd.csv',
     'cicr_mexico_ca_fd.csv', 'panapress_dakar_fd.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Infraction']
    >>> all(len(s.expected) > 0 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
