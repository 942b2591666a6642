"""The eighth examiner's blind sample set, written without the cleaner's tables.

``write_samples(..., variant="blind8")`` writes five submissions (files ``*_j.*``), the
way these agencies would send them:

``igpf_ro_j.csv``
    Romanian Border Police (IGPF) liaison export: English, UTF-8 with BOM, ``,``,
    day-first dotted dates (``17.05.2023``), one ``GPS Position`` cell, re-submitted
    (exact repeats of some rows).
``pn_civ_j.csv``
    Police nationale de Côte d'Ivoire, border police liaison cell: French, cp1252, ``;``,
    ``dd/mm/yyyy`` and ``17 mai 2023``, decimal commas, ``T2 2023``.
``pn_ecuador_j.xlsx``
    Policía Nacional del Ecuador, anti-trafficking and smuggling unit: Spanish, real Excel
    dates, Excel serial numbers, ``17 de mayo de 2023``, swapped coordinates.
``iom_cms_j.jsonl``
    An IOM-style case-management export: JSON lines, camelCase English keys, ISO codes,
    ISO dates with times, month and quarter dates.
``lcg_libya_j.csv``
    Libyan Coast Guard liaison office: English, latin-1, tab-separated, month-first
    dates (``05/17/2023``, ``May 17, 2023``), nautical positions (``35°32.451'N``).

The wording (headers, country names, aliases, typos, vocabulary words, placeholders) is
this module's own. The shared row machinery is :mod:`trendlib.samples._examiner`.
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

__all__ = ["BLIND8_SOURCES", "make_blind8"]

_Rng = np.random.Generator
_Weights = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class B8Source(ExaminerSource):
    """A blind8 source: the shared fields plus how this agency writes its cells.

    Attributes
    ----------
    dates : tuple of (style, weight)
        Styles of full dates (the first is the file's usual one).
    partial : tuple of (style, weight)
        Styles of month or quarter dates.
    partial_share : float
        Share of rows (outside duplicated events) dated by month or quarter only.
    coords : tuple of (style, weight)
        Styles of the location cells.
    countries : tuple of (kind, weight)
        How a country cell is written (name, code, alias, typo, ...).
    seps : tuple of str
        Separators of the transit list.
    groups : tuple of str
        Thousands separators of large counts.
    count_na : tuple of str
        Placeholders of a count nobody knows.
    zero : tuple of str
        Words for no suspects.
    na_words : tuple of str
        Words for an unknown age group or transport mode.
    exp_na : tuple of str
        Words in the exploitation cell of a pure smuggling case.
    no_transit : tuple of str
        Words for "no transit country".
    no_date : tuple of str
        Placeholders of a missing date.
    """

    dates: _Weights = ()
    partial: _Weights = ()
    partial_share: float = 0.0
    coords: _Weights = ()
    countries: _Weights = ()
    seps: tuple[str, ...] = (", ",)
    groups: tuple[str, ...] = (" ",)
    count_na: tuple[str, ...] = ()
    zero: tuple[str, ...] = ("0",)
    na_words: tuple[str, ...] = ()
    exp_na: tuple[str, ...] = ()
    no_transit: tuple[str, ...] = ()
    no_date: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------
# Wording: countries
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
    "ROU": ("Romania", "Roumanie", "Rumania"),
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

#: Other names an officer may type (long forms, UN/ISO forms, local names).
_ALIASES: dict[str, tuple[str, ...]] = {
    "GBR": ("UK", "U.K.", "Great Britain", "Grande-Bretagne", "Gran Bretaña"),
    "USA": ("USA", "U.S.A.", "United States of America", "EE.UU.", "EEUU"),
    "CIV": ("Ivory Coast", "Republic of Côte d'Ivoire"),
    "TUR": ("Türkiye", "Turkiye", "Republic of Türkiye"),
    "IRN": ("Iran, Islamic Republic of", "Islamic Republic of Iran", "Iran (Islamic Rep. of)"),
    "SYR": ("Syrian Arab Republic", "République arabe syrienne", "República Árabe Siria"),
    "VNM": ("Viet Nam", "Socialist Republic of Viet Nam"),
    "RUS": ("Russian Federation", "Fédération de Russie", "Federación de Rusia"),
    "MKD": ("Macedonia", "FYROM", "Republic of North Macedonia"),
    "BLR": ("Belorussia", "Bélarus", "Republic of Belarus"),
    "BIH": ("Bosnia", "BiH", "Bosnia-Herzegovina"),
    "VEN": ("Venezuela, Bolivarian Republic of", "República Bolivariana de Venezuela"),
    "DEU": ("Deutschland", "Federal Republic of Germany"),
    "LBY": ("State of Libya", "Libyan Arab Jamahiriya"),
    "EGY": ("Arab Republic of Egypt",),
    "MAR": ("Kingdom of Morocco", "Royaume du Maroc"),
    "GMB": ("The Gambia", "Gambia, The"),
    "CHN": ("People's Republic of China", "PRC"),
    "HRV": ("Hrvatska", "Republic of Croatia"),
    "POL": ("Polska",),
    "ROU": ("România",),
    "MEX": ("Méjico", "Estados Unidos Mexicanos"),
    "PAN": ("Republic of Panama",),
    "ESP": ("Kingdom of Spain", "Reino de España"),
    "GRC": ("Hellenic Republic",),
    "ERI": ("State of Eritrea",),
    "NGA": ("Federal Republic of Nigeria",),
    "PAK": ("Islamic Republic of Pakistan",),
}

#: Slips of the keyboard a reader would still recognise (none between two countries).
_TYPOS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistan", "Afghanisthan"),
    "SYR": ("Syrria",),
    "MAR": ("Marocco", "Morroco"),
    "ECU": ("Equador", "Ecaudor"),
    "SEN": ("Senagal",),
    "VNM": ("Veitnam",),
    "ROU": ("Romainia",),
    "PAK": ("Pakstan", "Pakisatn"),
    "NGA": ("Nigerria",),
    "EGY": ("Eygpt",),
    "TUN": ("Tunisa",),
    "HTI": ("Hatii",),
    "HND": ("Hondouras",),
    "GTM": ("Guatamala", "Guatemela"),
    "ERI": ("Eritria",),
    "BGD": ("Bangaldesh",),
    "DZA": ("Algria",),
    "COL": ("Columbia", "Colomiba"),
    "ALB": ("Albainia",),
    "GMB": ("Gamiba",),
    "CMR": ("Camerron",),
    "TUR": ("Turky",),
    "VEN": ("Venezuala", "Venezeula"),
    "DEU": ("Germnay",),
    "ITA": ("Itlay",),
    "FRA": ("Frnace",),
    "GRC": ("Greese",),
    "AUT": ("Austira",),
    "POL": ("Polnad",),
    "HRV": ("Croatai",),
    "LBY": ("Libiya",),
    "MEX": ("Mexcio",),
    "PAN": ("Pnama",),
    "USA": ("Untied States",),
    "GBR": ("Untied Kingdom",),
    "ESP": ("Spian",),
}

#: Nationality adjectives (masculine) in English, French and Spanish.
_ADJ: dict[str, tuple[str, str, str]] = {
    "VEN": ("Venezuelan", "vénézuélien", "venezolano"),
    "AFG": ("Afghan", "afghan", "afgano"),
    "SYR": ("Syrian", "syrien", "sirio"),
    "MEX": ("Mexican", "mexicain", "mexicano"),
    "MAR": ("Moroccan", "marocain", "marroquí"),
    "IRQ": ("Iraqi", "irakien", "iraquí"),
    "ECU": ("Ecuadorian", "équatorien", "ecuatoriano"),
    "GIN": ("Guinean", "guinéen", "guineano"),
    "MLI": ("Malian", "malien", "maliense"),
    "SEN": ("Senegalese", "sénégalais", "senegalés"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamita"),
    "ROU": ("Romanian", "roumain", "rumano"),
    "PAK": ("Pakistani", "pakistanais", "pakistaní"),
    "NGA": ("Nigerian", "nigérian", "nigeriano"),
    "EGY": ("Egyptian", "égyptien", "egipcio"),
    "TUN": ("Tunisian", "tunisien", "tunecino"),
    "HTI": ("Haitian", "haïtien", "haitiano"),
    "HND": ("Honduran", "hondurien", "hondureño"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "ERI": ("Eritrean", "érythréen", "eritreo"),
    "BGD": ("Bangladeshi", "bangladais", "bangladesí"),
    "CIV": ("Ivorian", "ivoirien", "marfileño"),
    "DZA": ("Algerian", "algérien", "argelino"),
    "IRN": ("Iranian", "iranien", "iraní"),
    "COL": ("Colombian", "colombien", "colombiano"),
    "CHN": ("Chinese", "chinois", "chino"),
    "ALB": ("Albanian", "albanais", "albanés"),
    "GMB": ("Gambian", "gambien", "gambiano"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
    "CMR": ("Cameroonian", "camerounais", "camerunés"),
    "TUR": ("Turkish", "turc", "turco"),
}

# --------------------------------------------------------------------------------------
# Wording: vocabularies
# --------------------------------------------------------------------------------------
_Vocab = dict[str, dict[str, tuple[str, ...]]]
_CRIME: _Vocab = {
    "en": {
        "trafficking": ("Trafficking in human beings", "THB", "Human trafficking",
                        "Trafficking in persons"),
        "smuggling": ("Migrant smuggling", "Smuggling of migrants", "Facilitated illegal entry",
                      "People smuggling"),
        "both": ("THB & migrant smuggling", "Smuggling + trafficking",
                 "Trafficking and smuggling"),
    },
    "fr": {
        "trafficking": ("Traite des êtres humains", "TEH", "Traite de personnes"),
        "smuggling": ("Trafic illicite de migrants", "Aide à l'entrée irrégulière",
                      "Trafic de migrants"),
        "both": ("Traite + trafic de migrants", "TEH et trafic de migrants"),
    },
    "es": {
        "trafficking": ("Trata de personas", "Trata de seres humanos"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes", "Trata de personas y tráfico de migrantes"),
    },
}  # fmt: skip
_EXPLOIT: _Vocab = {
    "en": {
        "sexual": ("Sexual exploitation", "Sexual", "Commercial sexual exploitation"),
        "forced_labour": ("Labour exploitation", "Forced labor", "Forced labour"),
        "forced_criminality": ("Forced criminality", "Forced criminal activities"),
        "organ_removal": ("Organ removal", "Removal of organs"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other", "Other form"),
    },
    "fr": {
        "sexual": ("Exploitation sexuelle", "Sexuelle"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre", "Autre forme"),
    },
    "es": {
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Obligación a cometer delitos", "Delincuencia forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra", "Otra finalidad"),
    },
}
_GENDER: _Vocab = {
    "en": {"male": ("Male", "M", "Men"), "female": ("Female", "F", "Women"),
           "mixed": ("Mixed", "M/F", "Both sexes")},
    "fr": {"male": ("Masculin", "Hommes", "H"), "female": ("Féminin", "Femmes", "F"),
           "mixed": ("Mixte", "H/F", "Hommes et femmes")},
    "es": {"male": ("Masculino", "Hombres", "Varones"), "female": ("Femenino", "Mujeres"),
           "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres")},
}  # fmt: skip
_AGE: _Vocab = {
    "en": {"child": ("Minor", "Child", "Under 18"), "adult": ("Adult", "18+", "Adults"),
           "mixed": ("Mixed", "Adults & minors")},
    "fr": {"child": ("Mineur", "Mineurs", "Enfant"), "adult": ("Majeur", "Adulte", "Majeurs"),
           "mixed": ("Mixte", "Majeurs et mineurs")},
    "es": {"child": ("Menor de edad", "NNA", "Menores"),
           "adult": ("Adulto", "Mayor de edad", "Adultos"),
           "mixed": ("Mixto", "Adultos y menores")},
}  # fmt: skip
_MODE: _Vocab = {
    "en": {"sea": ("Sea", "Maritime", "Boat", "Rubber dinghy"),
           "land": ("Land", "Road", "Truck", "On foot"),
           "air": ("Air", "Flight", "Commercial flight")},
    "fr": {"sea": ("Maritime", "Voie maritime", "Embarcation", "Pirogue"),
           "land": ("Terrestre", "Route", "Camion", "À pied"),
           "air": ("Aérien", "Voie aérienne", "Avion")},
    "es": {"sea": ("Marítimo", "Vía marítima", "Lancha", "Embarcación"),
           "land": ("Terrestre", "Vía terrestre", "Bus", "A pie"),
           "air": ("Aéreo", "Vía aérea", "Vuelo comercial")},
}  # fmt: skip
_OFFENCE: _Vocab = {
    "en": {"document_fraud": ("Document fraud", "Forged documents",
                              "Fraudulent travel documents"),
           "corruption": ("Corruption", "Bribery of officials"),
           "money_laundering": ("Money laundering", "Laundering of proceeds"),
           "illicit_goods": ("Illicit goods", "Contraband"),
           "cybercrime": ("Cybercrime", "Online crime"),
           "terrorism": ("Terrorism",)},
    "fr": {"document_fraud": ("Fraude documentaire", "Faux documents"),
           "corruption": ("Corruption", "Corruption d'agent public"),
           "money_laundering": ("Blanchiment", "Blanchiment d'argent"),
           "illicit_goods": ("Marchandises illicites", "Contrebande"),
           "cybercrime": ("Cybercriminalité",),
           "terrorism": ("Terrorisme",)},
    "es": {"document_fraud": ("Falsificación de documentos", "Documentos falsos"),
           "corruption": ("Corrupción", "Cohecho"),
           "money_laundering": ("Lavado de activos", "Blanqueo de capitales"),
           "illicit_goods": ("Contrabando", "Mercancías ilícitas"),
           "cybercrime": ("Ciberdelito",),
           "terrorism": ("Terrorismo",)},
}  # fmt: skip
_OFFENCE_SEPS = {"en": (", ", "; ", " + ", " / "), "fr": (", ", " ; ", " + ", " et "),
                 "es": (", ", "; ", " / ", " y ")}  # fmt: skip
_NO_OFFENCE = {"en": ("None", "Nil"), "fr": ("Néant", "Aucune"), "es": ("Ninguno", "Ninguna")}
_OTHER_LANG = {"en": ("fr", "es"), "fr": ("en", "es"), "es": ("en", "fr")}

# --------------------------------------------------------------------------------------
# Wording: dates
# --------------------------------------------------------------------------------------
_MONTH_EN = (
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
_MONTH_FR = (
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
_MONTH_ES = (
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
_ABBR_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ROMAN = ("I", "II", "III", "IV")  # fmt: skip
_XL_EPOCH = pd.Timestamp("1899-12-30")


def _pick(rng: _Rng, weights: _Weights) -> str:
    """Draw a key of ``weights`` with probability proportional to its weight."""
    keys = [k for k, _ in weights]
    w = np.array([v for _, v in weights], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _fit(text: str, src: ExaminerSource) -> str:
    """Return the text, or its unaccented form if the file's encoding cannot hold it."""
    return text if fits(text, src) else _strip_accents(text)


def _time(rng: _Rng) -> tuple[int, int]:
    return int(rng.integers(0, 24)), int(rng.integers(0, 60))


def _full_date(style: str, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write one day in ``style``; return (cell, tag)."""
    d, m, y = ts.day, ts.month, ts.year
    if style == "dmy_dot":
        return f"{d:02d}.{m:02d}.{y}", "date_dmy_dot"
    if style == "dmy_dot_time":
        hh, mm = _time(rng)
        return f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}", "date_dmy_time"
    if style == "dmy_slash":
        return f"{d:02d}/{m:02d}/{y}", "date_dmy_slash"
    if style == "dmy_nopad":
        return f"{d}/{m}/{y}", "date_dmy_nopad"
    if style == "dmy_dash":
        return f"{d:02d}-{m:02d}-{y}", "date_dmy_dash"
    if style == "dmy_short":
        return f"{d:02d}/{m:02d}/{y % 100:02d}", "date_short_year"
    if style == "dmy_slash_time":
        hh, mm = _time(rng)
        return f"{d:02d}/{m:02d}/{y} {hh:02d}h{mm:02d}", "date_dmy_time"
    if style == "long_en":
        return f"{d} {_MONTH_EN[m - 1]} {y}", "date_long_en"
    if style == "abbr_en":
        return f"{d:02d}-{_MONTH_EN[m - 1][:3]}-{y % 100:02d}", "date_abbr_en"
    if style == "long_fr":
        day = "1er" if d == 1 else str(d)
        return f"{day} {_MONTH_FR[m - 1]} {y}", "date_long_fr"
    if style == "long_es":
        return f"{d} de {_MONTH_ES[m - 1]} de {y}", "date_long_es"
    if style == "abbr_es":
        return f"{d:02d}-{_ABBR_ES[m - 1]}-{y}", "date_abbr_es"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}", "date_iso"
    if style == "iso_time":
        hh, mm = _time(rng)
        return f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:00", "date_iso_time"
    if style == "iso_tz":
        hh, mm = int(rng.integers(6, 18)), int(rng.integers(0, 60))
        return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00Z", "date_iso_tz"
    if style == "iso_basic":
        return f"{y}{m:02d}{d:02d}", "date_iso_basic"
    if style == "ymd_slash":
        return f"{y}/{m:02d}/{d:02d}", "date_ymd_slash"
    if style == "mdy":
        return f"{m:02d}/{d:02d}/{y}", "date_mdy"
    if style == "mdy_nopad":
        return f"{m}/{d}/{y}", "date_mdy_nopad"
    if style == "mdy_time":
        hh, mm = _time(rng)
        return f"{m:02d}/{d:02d}/{y} {hh:02d}:{mm:02d}", "date_mdy_time"
    if style == "long_us":
        return f"{_MONTH_EN[m - 1]} {d}, {y}", "date_long_us"
    if style == "xl_date":
        return ts.to_pydatetime(), "date_excel"
    if style == "xl_datetime":
        hh, mm = _time(rng)
        return (ts + pd.Timedelta(hours=hh, minutes=mm)).to_pydatetime(), "date_excel_time"
    if style == "xl_serial":
        return int((ts - _XL_EPOCH).days), "date_serial"
    raise ValueError(style)  # pragma: no cover - a style name of this module


def _partial_date(style: str, ts: pd.Timestamp) -> tuple[object, str, pd.Timestamp, str]:
    """Write a month or quarter in ``style``; return (cell, precision, start, tag)."""
    m, y = ts.month, ts.year
    q = (m - 1) // 3 + 1
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    months = {
        "month_iso": f"{y}-{m:02d}",
        "month_dot": f"{m:02d}.{y}",
        "month_slash": f"{m:02d}/{y}",
        "month_en": f"{_MONTH_EN[m - 1]} {y}",
        "month_en_dash": f"{_MONTH_EN[m - 1][:3]}-{y}",
        "month_fr": f"{_MONTH_FR[m - 1]} {y}",
        "month_es": f"{_MONTH_ES[m - 1]} de {y}",
    }
    if style in months:
        return months[style], "month", month, "date_month"
    quarters = {
        "q_en": f"Q{q} {y}",
        "q_iso": f"{y}-Q{q}",
        "q_dash": f"Q{q}-{y}",
        "t_fr": f"T{q} {y}",
        "trim_fr": f"{q}{'er' if q == 1 else 'e'} trimestre {y}",
        "t_es": f"T{q}-{y}",
        "trim_es": f"{_ROMAN[q - 1]} trimestre {y}",
    }
    return quarters[style], "quarter", quarter, "date_quarter"


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _messy_case(text: str, rng: _Rng) -> str:
    """Return the text upper-cased, lower-cased or padded."""
    k = int(rng.integers(4))
    if k == 0:
        return text.upper()
    if k == 1:
        return text.lower()
    if k == 2:
        return f"  {text} "
    return " ".join(text.split()).upper().replace(" ", "  ")


def _word(
    src: B8Source, rng: _Rng, vocab: _Vocab, key: str, tags: list[str], *, other: float = 0.03
) -> str:
    """Return a vocabulary word in the source's language (rarely another one, or messy)."""
    words = vocab[src.language][key]
    if rng.random() < other:  # a colleague's word: spelled out, never an abbreviation
        lang = choice(rng, _OTHER_LANG[src.language])
        spelled = tuple(w for w in vocab[lang][key] if len(w) > 4 and not w.isupper())
        if spelled:
            words = spelled
            tags.append("vocab_other_language")
    text = _fit(choice(rng, words), src)
    if rng.random() < 0.08:
        text = _messy_case(text, rng)
        tags.append("vocab_case")
    return text


def _country(src: B8Source, code: str, rng: _Rng, tags: list[str], *, adjective: bool) -> str:
    """Write one country cell: a name, a code, an alias, a typo, garbled or messy text."""
    lang = _LANG_POS[src.language]
    name = _NAMES[code][lang]
    kind = _pick(rng, src.countries)
    text: str | None = None
    tag = ""
    if kind == "other_lang":
        others = [n for n in _NAMES[code] if n != name]
        text = choice(rng, others) if others else None
        tag = "country_other_language"
    elif kind == "iso3":
        text, tag = code, "country_iso3"
    elif kind == "iso2":
        text, tag = iso_codes(code)[0], "country_iso2"
    elif kind == "numeric":
        text, tag = iso_codes(code)[1], "country_numeric"
    elif kind == "alias":
        text = choice(rng, _ALIASES[code]) if code in _ALIASES else None
        tag = "country_alias"
    elif kind == "typo":
        text = choice(rng, _TYPOS[code]) if code in _TYPOS else None
        tag = "country_typo"
    elif kind == "mojibake":
        text, tag = mojibake(name), "mojibake"
    elif kind == "no_accent":
        bare = _strip_accents(name)
        text, tag = (bare if bare != name else None), "no_accent"
    elif kind == "case_space":
        text, tag = _messy_case(name, rng), "case_space"
    elif kind == "adjective" and adjective and code in _ADJ:
        text, tag = _ADJ[code][lang], "nationality_adjective"
        if rng.random() < 0.3:
            text = text.capitalize() if text[0].islower() else text.lower()
    if text is None or not fits(text, src):
        return _fit(name, src)
    tags.append(tag)
    return text


def _transit(src: B8Source, value: object, rng: _Rng, tags: list[str]) -> str | None:
    """Join the transit countries, in order, by one of the source's separators."""
    if value is None:
        if src.no_transit and rng.random() < 0.25:
            tags.append("transit_none_word")
            return choice(rng, src.no_transit)
        return None
    codes = str(value).split("|")
    sep = choice(rng, src.seps)
    kind = _pick(rng, (("name", 0.55), ("iso3", 0.25), ("iso2", 0.1), ("mixed", 0.1)))
    lang = _LANG_POS[src.language]
    tokens = []
    for code in codes:
        k = kind if kind != "mixed" else choice(rng, ("name", "iso3"))
        if k == "iso3":
            tokens.append(code)
        elif k == "iso2":
            tokens.append(iso_codes(code)[0])
        else:
            tokens.append(_fit(_NAMES[code][lang], src))
    bad = sep.strip() and any(sep.strip() in t for t in tokens)
    if bad or not fits(sep, src):
        sep = ", " if not any("," in t for t in tokens) else "; "
    if len(codes) > 1:
        tags.append("transit_list")
    return sep.join(tokens)


def _offences(src: B8Source, value: object, rng: _Rng, tags: list[str]) -> str | None:
    lang = src.language
    if value is None:
        if rng.random() < 0.15:
            tags.append("offence_none_word")
            return choice(rng, _NO_OFFENCE[lang])
        return None
    words = [_fit(choice(rng, _OFFENCE[lang][k]), src) for k in str(value).split("|")]
    if len(words) > 1:
        tags.append("offence_list")
    return choice(rng, _OFFENCE_SEPS[lang]).join(words)


def _group(n: int, sep: str) -> str:
    text = f"{n:,}"
    return text.replace(",", sep)


def _count(
    src: B8Source, n: int, rng: _Rng, tags: list[str], *, may_miss: bool
) -> tuple[object, int | None]:
    """Return the persons cell and its expected value."""
    if may_miss and src.count_na and rng.random() < 0.03:
        tags.append("count_placeholder")
        return choice(rng, src.count_na), None
    if n >= 1000 and rng.random() < 0.8:
        sep = choice(rng, src.groups)
        if fits(sep, src):
            tags.append("count_grouped")
            return _group(n, sep), n
    if src.format == "csv":
        return str(n), n
    r = rng.random()
    if r < 0.05:
        tags.append("count_text")
        return str(n), n
    if r < 0.09 and src.format == "jsonl":
        tags.append("count_float")
        return float(n), n
    return n, n


def _suspects(
    src: B8Source, n: int, rng: _Rng, tags: list[str], *, may_miss: bool
) -> tuple[object, int | None]:
    if may_miss and src.count_na and rng.random() < 0.04:
        tags.append("suspects_placeholder")
        return choice(rng, src.count_na), None
    if n == 0 and rng.random() < 0.4:
        tags.append("zero_word")
        return choice(rng, src.zero), 0
    return (str(n) if src.format == "csv" else n), n


def _dec(x: float, comma: bool = False) -> str:
    text = f"{x:.5f}"
    return text.replace(".", ",") if comma else text


def _dms(x: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds (1/100 s) with a hemisphere letter; and its value."""
    hemi = pos if x >= 0 else neg
    total = round(abs(x) * 360000)  # hundredths of a second
    deg, rest = divmod(total, 360000)
    mins, cs = divmod(rest, 6000)
    value = deg + mins / 60 + cs / 360000
    return f"{deg}°{mins:02d}'{cs / 100:05.2f}\"{hemi}", round(value if x >= 0 else -value, 7)


def _ddm(x: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (1/1000 min) with a hemisphere letter; and its value."""
    hemi = pos if x >= 0 else neg
    total = round(abs(x) * 60000)  # thousandths of a minute
    deg, rest = divmod(total, 60000)
    value = deg + rest / 60000
    return f"{deg:0{width}d}°{rest / 1000:06.3f}'{hemi}", round(value if x >= 0 else -value, 7)


def _letter(x: float, pos: str, neg: str, *, degree: bool = False) -> str:
    sign = "° " if degree else ""
    return f"{abs(x):.5f}{sign}{pos if x >= 0 else neg}"


def _coords(
    src: B8Source, lat: float, lon: float, rng: _Rng, tags: list[str], *, may_miss: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Return the location cells (``coordinates`` or ``lat``/``lon``) and their values."""
    style = _pick(rng, src.coords)
    while style in ("placeholder", "blank") and not may_miss:
        style = _pick(rng, src.coords)
    if style == "swapped" and abs(lon) <= 90:  # only where the swap shows (|lat| > 90)
        style = "plain"
    one = "coordinates" in src.headers
    if style == "placeholder":
        tags.append("coords_placeholder")
        text = choice(rng, src.count_na)
        cells: dict[str, object] = {"coordinates": text} if one else {"lat": text, "lon": text}
        return cells, None, None
    if style == "blank":
        tags.append("coords_blank")
        return {}, None, None
    if one:
        if style == "plain":
            return {"coordinates": f"{_dec(lat)}, {_dec(lon)}"}, lat, lon
        if style == "space":
            return {"coordinates": f"{_dec(lat)} {_dec(lon)}"}, lat, lon
        if style == "semicolon":
            return {"coordinates": f"{_dec(lat)};{_dec(lon)}"}, lat, lon
        if style == "letters":
            tags.append("coords_hemisphere")
            return {"coordinates": f"{_letter(lat, 'N', 'S')} {_letter(lon, 'E', 'W')}"}, lat, lon
        if style == "lon_first":
            tags.append("coords_hemisphere")
            tags.append("coords_lon_first")
            return {"coordinates": f"{_letter(lon, 'E', 'W')} {_letter(lat, 'N', 'S')}"}, lat, lon
        if style == "degree":
            tags.append("coords_degree_sign")
            text = f"{_letter(lat, 'N', 'S', degree=True)}, {_letter(lon, 'E', 'W', degree=True)}"
            return {"coordinates": text}, lat, lon
        if style == "dms":
            tags.append("coords_dms")
            a, va = _dms(lat, "N", "S")
            b, vb = _dms(lon, "E", "W")
            return {"coordinates": f"{a} {b}"}, va, vb
        if style == "ddm":
            tags.append("coords_ddm")
            a, va = _ddm(lat, "N", "S", 2)
            b, vb = _ddm(lon, "E", "W", 3)
            return {"coordinates": f"{a} {b}"}, va, vb
        raise ValueError(style)  # pragma: no cover - a style name of this module
    if style == "plain":
        if src.format == "csv":
            return {"lat": _dec(lat), "lon": _dec(lon)}, lat, lon
        return {"lat": lat, "lon": lon}, lat, lon
    if style == "text":
        tags.append("coords_text")
        return {"lat": _dec(lat), "lon": _dec(lon)}, lat, lon
    if style == "comma":
        tags.append("decimal_comma")
        return {"lat": _dec(lat, True), "lon": _dec(lon, True)}, lat, lon
    if style == "swapped":
        tags.append("coords_swapped")
        if src.format == "csv":
            return {"lat": _dec(lon), "lon": _dec(lat)}, lat, lon
        return {"lat": lon, "lon": lat}, lat, lon
    if style == "dms":
        tags.append("coords_dms")
        a, va = _dms(lat, "N", "S")
        b, vb = _dms(lon, "E", "W")
        return {"lat": a, "lon": b}, va, vb
    raise ValueError(style)  # pragma: no cover - a style name of this module


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _render(
    src: B8Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    if partial_ok and rng.random() < src.partial_share:
        cell, prec, start, tag = _partial_date(_pick(rng, src.partial), ts)
        cells["event_date"], exp["event_date"], exp["date_precision"] = cell, start, prec
    else:
        cell, tag = _full_date(_pick(rng, src.dates), ts, rng)
        cells["event_date"], exp["event_date"], exp["date_precision"] = cell, ts, "day"
    tags.append(tag)

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, rng, _CRIME, crime, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        exp["exploitation"] = None
        if src.exp_na and rng.random() < 0.3:
            cells["exploitation"] = choice(rng, src.exp_na)
            tags.append("exploitation_na")
    else:
        cells["exploitation"] = _word(src, rng, _EXPLOIT, str(expl), tags)
        exp["exploitation"] = str(expl)

    # counts
    n_pers = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _count(src, n_pers, rng, tags, may_miss=partial_ok)
    n_susp = ev["n_suspects"]
    if forced_blank == "n_suspects" or n_susp is None:
        exp["n_suspects"] = None
        if forced_blank == "n_suspects":
            tags.append("blank_n_suspects")
    else:
        n_known = int(n_susp)  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = _suspects(
            src, n_known, rng, tags, may_miss=partial_ok
        )

    # gender, age group
    if forced_blank == "gender":
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, rng, _GENDER, str(ev["gender"]), tags)
        exp["gender"] = str(ev["gender"])
    if partial_ok and src.na_words and rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = choice(rng, src.na_words), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(src, rng, _AGE, str(ev["age_group"]), tags)
        exp["age_group"] = str(ev["age_group"])

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if code is None or forced_blank == col:
            exp[col] = None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        cells[col] = _country(src, str(code), rng, tags, adjective=col == "nationality")
        exp[col] = str(code)
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    # transport mode
    if partial_ok and src.na_words and rng.random() < 0.03:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.na_words), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _word(src, rng, _MODE, str(ev["transport_mode"]), tags)
        exp["transport_mode"] = str(ev["transport_mode"])

    # location
    lat, lon = ev["lat"], ev["lon"]
    if forced_blank == "coordinates" or lat is None or lon is None:
        exp["lat"] = exp["lon"] = None
        if forced_blank == "coordinates":
            tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"] = _coords(
            src,
            float(lat),  # type: ignore[arg-type]
            float(lon),  # type: ignore[arg-type]
            rng,
            tags,
            may_miss=partial_ok,
        )
        cells.update(place)

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng, tags)
    exp["linked_offences"] = ev["linked_offences"]
    return cells, exp, tags


def _bad_date(src: B8Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: none, impossible or in the future."""
    if kind == "no_date":
        return choice(rng, src.no_date) if src.no_date and rng.random() < 0.4 else None
    usual = src.dates[0][0]
    if kind == "future_date":
        later = ts.replace(year=ts.year + 10, day=min(ts.day, 28))
        return _full_date(usual, later, rng)[0]
    day, month = choice(rng, ("30-02", "31-04", "31-06", "31-09", "31-11")).split("-")
    y = ts.year
    if usual.startswith("mdy"):
        return f"{month}/{day}/{y}"
    if usual.startswith("dmy_dot"):
        return f"{day}.{month}.{y}"
    if usual.startswith("iso"):
        return f"{y}-{month}-{day}"
    return f"{day}/{month}/{y}"


def _note_date(src: B8Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its last row)."""
    return _full_date(src.dates[0][0], last, np.random.default_rng(0))[0]


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_IGPF = B8Source(
    source="igpf_ro_j",
    filename="igpf_ro_j.csv",
    ref="IGPF-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "IGPF File No.",
        "event_date": "Date of Detection",
        "crime_type": "Offence Category",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Migrants/Victims",
        "n_suspects": "No. of Facilitators",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Citizenship",
        "origin_country": "Country of Departure",
        "destination_country": "Intended Destination",
        "detection_country": "Detected In (Country)",
        "transit_countries": "Transit Route",
        "transport_mode": "Means of Travel",
        "coordinates": "GPS Position",
        "linked_offences": "Associated Crimes",
    },
    note="Extract from the border surveillance system - figures provisional",
    total="Grand Total",
    bad_count=("several", "numerous", "see annex"),
    repeats=True,
    dates=(("dmy_dot", 0.55), ("dmy_dot_time", 0.12), ("long_en", 0.1), ("iso", 0.08),
           ("abbr_en", 0.07), ("dmy_slash", 0.08)),
    partial=(("month_dot", 0.4), ("month_en", 0.3), ("q_en", 0.3)),
    partial_share=0.06,
    coords=(("plain", 0.45), ("letters", 0.15), ("lon_first", 0.06), ("dms", 0.14),
            ("semicolon", 0.1), ("placeholder", 0.05), ("blank", 0.05)),
    countries=(("name", 0.45), ("iso3", 0.1), ("iso2", 0.07), ("alias", 0.1), ("typo", 0.06),
               ("case_space", 0.07), ("other_lang", 0.05), ("mojibake", 0.03),
               ("adjective", 0.07)),
    seps=(" - ", " > ", ", "),
    groups=(",", "\u202f", " "),
    count_na=("unknown", "n/a", "TBD", "-"),
    zero=("none", "nil", "0"),
    na_words=("Unknown", "N/K", "Not known"),
    exp_na=("N/A", "Not applicable"),
    no_transit=("Direct", "None"),
    no_date=("-", "n/a"),
)  # fmt: skip

_CIV = B8Source(
    source="pn_civ_j",
    filename="pn_civ_j.csv",
    ref="PV {seq:04d}/{year}/DPF",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date de constatation",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre de personnes concernées",
        "n_suspects": "Nbre de mis en cause",
        "gender": "Sexe (victimes/migrants)",
        "age_group": "Majeur / Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Pays de destination finale",
        "detection_country": "Pays d'interpellation",
        "transit_countries": "Itinéraire (pays traversés)",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires – cellule de liaison DPF",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs dizaines", "nombreux", "voir PV"),
    repeats=False,
    dates=(("dmy_slash", 0.55), ("dmy_short", 0.08), ("long_fr", 0.12), ("dmy_dash", 0.08),
           ("dmy_slash_time", 0.07), ("dmy_nopad", 0.05), ("iso", 0.05)),
    partial=(("month_fr", 0.3), ("month_slash", 0.25), ("t_fr", 0.3), ("trim_fr", 0.15)),
    partial_share=0.06,
    coords=(("comma", 0.72), ("text", 0.18), ("placeholder", 0.05), ("blank", 0.05)),
    countries=(("name", 0.5), ("iso3", 0.06), ("iso2", 0.05), ("alias", 0.07), ("typo", 0.05),
               ("case_space", 0.07), ("other_lang", 0.06), ("no_accent", 0.05),
               ("mojibake", 0.03), ("adjective", 0.06)),
    seps=(" ; ", " / ", " > ", ", "),
    groups=(" ", "\u00a0"),
    count_na=("inconnu", "n.c.", "NR", "-"),
    zero=("aucun", "néant", "0"),
    na_words=("Inconnu", "Non renseigné", "NR"),
    exp_na=("Sans objet", "s.o."),
    no_transit=("Aucun", "Trajet direct"),
    no_date=("inconnue", "-"),
)  # fmt: skip

_ECU = B8Source(
    source="pn_ecuador_j",
    filename="pn_ecuador_j.xlsx",
    ref="PN-UCDTPTM-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nro. Parte",
        "event_date": "Fecha de intervención",
        "crime_type": "Delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Cant. víctimas / migrantes",
        "n_suspects": "Cant. detenidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar, sujeta a validación",
    total="TOTAL",
    bad_count=("varios", "muchos", "ver parte"),
    repeats=False,
    dates=(("xl_date", 0.45), ("xl_datetime", 0.08), ("xl_serial", 0.12),
           ("dmy_slash", 0.14), ("abbr_es", 0.07), ("long_es", 0.07), ("ymd_slash", 0.07)),
    partial=(("month_es", 0.5), ("t_es", 0.25), ("trim_es", 0.25)),
    partial_share=0.06,
    coords=(("plain", 0.55), ("comma", 0.15), ("swapped", 0.2), ("dms", 0.05),
            ("placeholder", 0.05)),
    countries=(("name", 0.5), ("iso3", 0.06), ("iso2", 0.05), ("alias", 0.07), ("typo", 0.06),
               ("case_space", 0.06), ("other_lang", 0.05), ("no_accent", 0.05),
               ("mojibake", 0.04), ("adjective", 0.06)),
    seps=(" → ", " - ", ", ", " / "),
    groups=(".", " "),
    count_na=("sin dato", "S/D", "N/D", "desconocido"),
    zero=("ninguno", "0"),
    na_words=("Desconocido", "Sin dato", "S/D"),
    exp_na=("No aplica", "N/A"),
    no_transit=("Ninguno", "Directo"),
    no_date=("s/f", "sin fecha"),
)  # fmt: skip

_IOM = B8Source(
    source="iom_cms_j",
    filename="iom_cms_j.jsonl",
    ref="CMS{yy:02d}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseId",
        "event_date": "incidentDate",
        "crime_type": "caseCategory",
        "exploitation": "exploitationType",
        "n_persons": "individualsCount",
        "n_suspects": "perpetratorsCount",
        "gender": "beneficiarySex",
        "age_group": "ageBracket",
        "nationality": "countryOfCitizenship",
        "origin_country": "countryOfOrigin",
        "destination_country": "countryOfIntendedDestination",
        "detection_country": "countryOfIdentification",
        "transit_countries": "transitCountries",
        "transport_mode": "travelMode",
        "lat": "geoLat",
        "lon": "geoLng",
        "linked_offences": "associatedCrimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "see narrative"),
    repeats=False,
    dates=(("iso", 0.45), ("iso_tz", 0.2), ("iso_basic", 0.1), ("ymd_slash", 0.08),
           ("long_en", 0.07), ("iso_time", 0.1)),
    partial=(("month_iso", 0.45), ("q_iso", 0.3), ("q_en", 0.25)),
    partial_share=0.1,
    coords=(("plain", 0.8), ("text", 0.12), ("blank", 0.08)),
    countries=(("iso3", 0.45), ("iso2", 0.15), ("numeric", 0.1), ("name", 0.15),
               ("alias", 0.08), ("case_space", 0.04), ("typo", 0.03)),
    seps=(", ", "; ", " | "),
    groups=(",", "\u2009"),
    count_na=("unknown", "TBD", "n/a"),
    zero=("0", "none"),
    na_words=("unknown", "not recorded"),
    exp_na=("not applicable",),
    no_transit=("none",),
    no_date=("unknown",),
)  # fmt: skip

_LCG = B8Source(
    source="lcg_libya_j",
    filename="lcg_libya_j.csv",
    ref="LCG/OPS/{year}/{seq:04d}",
    format="csv",
    encoding="latin-1",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "LCG Report #",
        "event_date": "Date of Interception/Rescue",
        "crime_type": "Case Type",
        "exploitation": "Exploitation (if THB)",
        "n_persons": "Persons Rescued/Intercepted",
        "n_suspects": "Smugglers Arrested",
        "gender": "Gender of Persons",
        "age_group": "Adults/Minors",
        "nationality": "Main Nationality",
        "origin_country": "Origin Country",
        "destination_country": "Destination Country",
        "detection_country": "Disembarkation/Detection Country",
        "transit_countries": "Countries Transited",
        "transport_mode": "Vessel / Transport",
        "coordinates": "Position (Lat, Long)",
        "linked_offences": "Other Offences",
    },
    note="NOTE - figures subject to revision by the operations room",
    total="TOTAL INTERCEPTED",
    bad_count=("large group", "approx. many", "??"),
    repeats=False,
    dates=(("mdy", 0.5), ("mdy_nopad", 0.12), ("mdy_time", 0.1), ("long_us", 0.12),
           ("long_en", 0.06), ("iso", 0.1)),
    partial=(("month_en", 0.35), ("month_en_dash", 0.2), ("month_iso", 0.15), ("q_dash", 0.3)),
    partial_share=0.05,
    coords=(("ddm", 0.35), ("plain", 0.3), ("degree", 0.15), ("space", 0.1),
            ("placeholder", 0.04), ("blank", 0.06)),
    countries=(("name", 0.5), ("iso3", 0.08), ("iso2", 0.05), ("alias", 0.09), ("typo", 0.07),
               ("case_space", 0.08), ("mojibake", 0.03), ("adjective", 0.1)),
    seps=(" > ", "-", " / ", ", "),
    groups=(",",),
    count_na=("N/K", "TBC", "unk.", "-"),
    zero=("nil", "none", "0"),
    na_words=("Unknown", "N/K"),
    exp_na=("N/A",),
    no_transit=("Direct",),
    no_date=("N/K",),
)  # fmt: skip

#: The five sources, in the order the submissions are returned.
SOURCES: tuple[B8Source, ...] = (_IGPF, _CIV, _ECU, _IOM, _LCG)
#: Source ids (file stems) of the blind8 submissions.
BLIND8_SOURCES: tuple[str, ...] = tuple(s.source for s in SOURCES)

_EXAMINER: Examiner[B8Source] = Examiner(
    sources=SOURCES,
    primary={
        "POL": "igpf_ro_j",
        "HRV": "igpf_ro_j",
        "FRA": "pn_civ_j",
        "ESP": "pn_civ_j",
        "PAN": "pn_ecuador_j",
        "USA": "pn_ecuador_j",
        "ITA": "lcg_libya_j",
    },
    compilation="iom_cms_j",
    secondary={
        ("blr_pol", "POL"): "iom_cms_j",
        ("wbal", "HRV"): "iom_cms_j",
        ("emed", "GRC"): "igpf_ro_j",
        ("channel", "FRA"): "iom_cms_j",
        ("channel", "GBR"): "pn_civ_j",
        ("thb_vnm_gbr", "GBR"): "pn_civ_j",
        ("cmed", "ITA"): "iom_cms_j",
        ("thb_nga_ita", "ITA"): "iom_cms_j",
        ("thb_rou_esp", "ESP"): "igpf_ro_j",
        ("thb_rou_esp", "ITA"): "igpf_ro_j",
        ("watl", "ESP"): "iom_cms_j",
        ("wmed", "ESP"): "iom_cms_j",
        ("darien", "PAN"): "iom_cms_j",
        ("us_mex", "USA"): "iom_cms_j",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=80808,
    blank_share=0.5,
)


def make_blind8(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the eighth examiner's five submissions (files ``*_j.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``igpf_ro_j.csv``, ``pn_civ_j.csv``, ``pn_ecuador_j.xlsx``, ``iom_cms_j.jsonl``
        and ``lcg_libya_j.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind8(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['igpf_ro_j.csv', 'pn_civ_j.csv', 'pn_ecuador_j.xlsx', 'iom_cms_j.jsonl',
     'lcg_libya_j.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
