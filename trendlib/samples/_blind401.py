"""Examiner sample set ``blind401`` (files ``*_om.*``): horticulture labour-compliance desks.

Five agencies never used before in this project, each writing the true events the way
its own desk keeps its log:

``cgma_flower_market_om.csv``
    Covent Garden Market Authority (New Covent Garden flower market, London), its
    tenants' modern-slavery desk. English, UTF-8 with BOM, ``,``. Day-first dates
    (``17/05/2023``, ``17 May 2023``, a few ``May 2023``), nationalities as demonyms
    (``Vietnamese``), ``UK``/``England``/``Scotland`` for the country identified, small
    counts as words, ``1,250``, ``Nil`` suspects, routes joined by `` > ``, no
    coordinates (a ``Site`` column instead). Reports British detections (and some
    French ones a second time).
``rungis_semmaris_om.csv``
    Semmaris, Marché international de Rungis, conformité sociale of the flower
    wholesalers' hauliers. French, cp1252, ``;``, CRLF. ``17/05/2023`` or ``17/05/23``, a
    few quarters ``T2 2023``; country adjectives (``afghane``), mojibake pasted from a
    UTF-8 web form (``Ã‰rythrÃ©e``), ``1 250`` counts, decimal-comma coordinates,
    ``aucun`` suspects. Reports French detections (and some British ones again).
``fepex_flores_plantas_om.xlsx``
    FEPEX (Spanish producers-exporters' federation), flowers and live plants section,
    cumplimiento social. Spanish spreadsheet: real Excel dates, some typed as text, a
    few ``mayo de 2023``; ``Guinea Conakry``, ISO alpha-2 codes, ``MENA``, ``Patera`` /
    ``Cayuco``, ``1.250`` written as text, coordinates as numbers or decimal-comma text.
    Reports Spanish detections (and some Italian Romanian-labour cases again).
``boquete_flores_cafe_om.csv``
    The Boquete (Chiriquí, Panama) flower and coffee growers' compliance desk. Spanish,
    Excel's "Unicode text" export (UTF-16 with BOM, tab-separated) renamed ``.csv``;
    ``dd/mm/yyyy`` dates with Excel serial numbers where a cell lost its format,
    demonyms (``venezolana``), ``NNA``, ``35 personas``, GPS in degrees-minutes-seconds
    or a decimal pair. Reports Panamanian (Darién) detections.
``fsi_floriculture_om.jsonl``
    Floriculture Sustainability Initiative, members' human-rights alert digest (the
    compilation). English keys, JSON lines, ISO alpha-3 codes, UN M49 numeric codes for
    the country detected, ISO dates with some ``2023-05``, ``Q2 2023`` and
    ``2023/05/17``. Reports every event no primary desk reports, and some second
    reports.

Every cell's expected clean value is what a careful analyst reads from it; cells that
say "not known" expect nothing (or ``unknown`` for vocabulary fields) and carry a tag
saying so in ``messiness``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError
from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND401", "SOURCES", "Om401Source", "make_blind401"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Om401Source(ExaminerSource):
    """A source of the ``blind401`` set: the shared fields plus its writing style.

    Attributes
    ----------
    style : str
        Which desk writes the file: ``"cgma"``, ``"rungis"``, ``"fepex"``, ``"boquete"``
        or ``"fsi"``.
    """

    style: str


# --------------------------------------------------------------------------------------
# Wording: countries
# --------------------------------------------------------------------------------------
# iso3 -> (English, French, Spanish), as these desks spell them.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
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
# Other names the desks use for a country, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK",),
        "USA": ("USA", "US"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "CIV": ("Côte d'Ivoire",),
        "BIH": ("Bosnia",),
        "RUS": ("Russian Federation",),
    },
    "fr": {"VNM": ("Vietnam",), "USA": ("USA",), "BIH": ("Bosnie",)},
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "BGD": ("Bangladesh",),
    },
}
# Nationality words (English demonyms, French adjectives, Spanish demonyms m/f).
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "PAK": "Pakistani",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
_ADJ_FR: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "ERI": ("érythréen", "érythréenne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "SYR": ("syrien", "syrienne"),
    "VNM": ("vietnamien", "vietnamienne"),
}
_DEMONYM_ES: dict[str, tuple[str, str]] = {
    "VEN": ("venezolano", "venezolana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "HTI": ("haitiano", "haitiana"),
    "COL": ("colombiano", "colombiana"),
    "CHN": ("chino", "china"),
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "GIN": ("guineano", "guineana"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
}
# UN M49 numeric codes of the countries where events are detected (FSI's feed).
_M49 = {
    "ITA": "380",
    "GRC": "300",
    "ESP": "724",
    "HRV": "191",
    "POL": "616",
    "FRA": "250",
    "GBR": "826",
    "PAN": "591",
    "USA": "840",
}
_ISO2 = {
    "AFG": "AF",
    "ALB": "AL",
    "AUT": "AT",
    "BGD": "BD",
    "CHN": "CN",
    "CIV": "CI",
    "COL": "CO",
    "DEU": "DE",
    "DZA": "DZ",
    "ECU": "EC",
    "EGY": "EG",
    "ERI": "ER",
    "ESP": "ES",
    "FRA": "FR",
    "GBR": "GB",
    "GIN": "GN",
    "GMB": "GM",
    "GRC": "GR",
    "GTM": "GT",
    "HND": "HN",
    "HTI": "HT",
    "IRN": "IR",
    "IRQ": "IQ",
    "ITA": "IT",
    "MAR": "MA",
    "MEX": "MX",
    "MLI": "ML",
    "NGA": "NG",
    "PAK": "PK",
    "ROU": "RO",
    "SEN": "SN",
    "SYR": "SY",
    "TUN": "TN",
    "TUR": "TR",
    "USA": "US",
    "VEN": "VE",
    "VNM": "VN",
    "YEM": "YE",
}


def _name(iso: str, lang: str) -> str:
    if iso not in _NAMES:  # every code of the truth is in the table
        raise DataContractError(f"no {lang} name for country {iso!r} in the blind401 wording.")
    return _NAMES[iso][_LANG[lang]]


def _typo(text: str) -> str | None:
    """Swap two letters in the middle of a long name (``Marruecos`` -> ``Marreucos``)."""
    if len(text) < 7 or " " in text or text == "Algeria":  # "Alegria" reads as a place
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isascii() and b.isascii() and a.isalpha() and b.isalpha()) or a == b:
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _female(ev: dict[str, object]) -> bool:
    return ev.get("gender") == "female"


# --------------------------------------------------------------------------------------
# Wording: vocabularies, by desk (canonical word -> what the desk writes)
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "cgma": {
        "trafficking": ("Modern slavery", "Modern slavery", "Human trafficking", "MS/HT"),
        "smuggling": ("People smuggling", "People smuggling", "Facilitation (illegal entry)"),
        "both": ("Trafficking & smuggling", "MS + people smuggling"),
    },
    "rungis": {
        "trafficking": ("Traite des êtres humains", "TEH", "Traite des êtres humains"),
        "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants", "Filière de passage"),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    "fepex": {
        "trafficking": ("Trata de seres humanos", "Trata (TSH)", "Trata de seres humanos"),
        "smuggling": ("Tráfico ilícito de migrantes", "Favorecimiento inmigración irregular"),
        "both": ("Trata y tráfico de migrantes", "TSH + favorecimiento inmigración irregular"),
    },
    "boquete": {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    "fsi": {
        "trafficking": ("THB", "THB", "trafficking"),
        "smuggling": ("SOM", "SOM", "smuggling"),
        "both": ("THB/SOM", "THB+SOM"),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "cgma": {
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "sexual": ("Sexual exploitation",),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other",),
    },
    "rungis": {
        "forced_labour": ("Exploitation par le travail", "Travail forcé"),
        "sexual": ("Exploitation sexuelle",),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "forced_marriage": ("Mariage forcé",),
        "organ_removal": ("Prélèvement d'organes",),
        "other": ("Autre",),
    },
    "fepex": {
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "sexual": ("Explotación sexual",),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras formas",),
    },
    "boquete": {
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "sexual": ("Explotación sexual",),
        "forced_criminality": ("Criminalidad forzada",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra",),
    },
    "fsi": {
        "forced_labour": ("labour", "forced_labour"),
        "sexual": ("sexual",),
        "forced_criminality": ("criminality",),
        "forced_marriage": ("forced_marriage",),
        "organ_removal": ("organs",),
        "other": ("other",),
    },
}
# Written in the exploitation cell of a pure smuggling row (None: left blank).
_NOT_APPLICABLE: dict[str, tuple[str | None, ...]] = {
    "cgma": (None, None, "N/A"),
    "rungis": (None, None, "sans objet"),
    "fepex": (None, "No aplica"),
    "boquete": (None,),
    "fsi": (None,),
}
# "Not known" words, by desk.
_UNKNOWN: dict[str, tuple[str, ...]] = {
    "cgma": ("Not known", "Not recorded"),
    "rungis": ("non renseigné", "inconnu"),
    "fepex": ("sin determinar", "s/d"),
    "boquete": ("N/D", "por determinar"),
    "fsi": ("unknown",),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "cgma": {"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed", "Male & female")},
    "rungis": {
        "male": ("Hommes", "H", "Masculin"),
        "female": ("Femmes", "F", "Féminin"),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    "fepex": {
        "male": ("Hombres", "Varones"),
        "female": ("Mujeres",),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    "boquete": {
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos"),
    },
    "fsi": {"male": ("male", "M"), "female": ("female", "F"), "mixed": ("mixed",)},
}
# One person: the singular the desk writes instead.
_GENDER_ONE: dict[str, dict[str, str]] = {
    "rungis": {"male": "Homme", "female": "Femme"},
    "fepex": {"male": "Hombre", "female": "Mujer"},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "cgma": {
        "adult": ("Adult", "18+"),
        "child": ("Child", "Under 18"),
        "mixed": ("Adults & children", "Mixed ages"),
    },
    "rungis": {
        "adult": ("Majeurs", "Adultes"),
        "child": ("Mineurs", "MNA"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    "fepex": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "boquete": {
        "adult": ("Adultos",),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "fsi": {"adult": ("adult",), "child": ("minor", "child"), "mixed": ("mixed",)},
}
_AGE_ONE: dict[str, dict[str, str]] = {
    "rungis": {"adult": "Majeur", "child": "Mineur"},
    "fepex": {"adult": "Adulto", "child": "Menor"},
}
# corridor-free words per mode; the Spanish desk names the boat by its sea.
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "cgma": {
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry", "HGV", "Van", "Car"),
        "air": ("Flight", "Air"),
    },
    "rungis": {
        "sea": ("Small boat", "Embarcation", "Bateau pneumatique"),
        "land": ("Poids lourd", "Camion", "Véhicule léger"),
        "air": ("Avion", "Voie aérienne"),
    },
    "fepex": {
        "sea": ("Embarcación",),
        "land": ("Terrestre", "Camión", "Vehículo"),
        "air": ("Avión", "Vía aérea"),
    },
    "boquete": {"sea": ("Lancha",), "land": ("A pie", "Terrestre", "Bus"), "air": ("Avión",)},
    "fsi": {"sea": ("sea", "maritime"), "land": ("land", "road"), "air": ("air",)},
}
_BOATS = {"watl": ("Cayuco", "Embarcación"), "wmed": ("Patera", "Neumática", "Embarcación")}
_OFFENCE: dict[str, dict[str, tuple[str, ...]]] = {
    "cgma": {
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism",),
    },
    "rungis": {
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    "fepex": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    "boquete": {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    "fsi": {
        "document_fraud": ("doc_fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("ML",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cyber",),
        "terrorism": ("terrorism",),
    },
}
_NUMBER_WORDS = ("one", "two", "three", "four", "five")
_ZERO: dict[str, tuple[str, ...]] = {
    "cgma": ("Nil", "none identified"),
    "rungis": ("aucun", "néant"),
    "fepex": ("ninguno",),
    "boquete": ("ninguno", "ninguna"),
}
# "Not known" in a count cell (record kept without a count).
_COUNT_UNKNOWN: dict[str, tuple[str, ...]] = {
    "cgma": ("Not known", "TBC"),
    "rungis": ("NC", "inconnu"),
    "fepex": ("s/d", "sin determinar"),
    "boquete": ("N/D", "por determinar"),
    "fsi": ("unknown",),
}
_SPANISH_MONTHS = (
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


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, table: dict[str, tuple[str, ...]], key: str) -> str:
    return choice(rng, table[key])


def _case(text: str, rng: _Rng, rate: float) -> tuple[str, bool]:
    """Change the case or spacing of ``rate`` of the cells (the meaning stays)."""
    if rng.random() >= rate:
        return text, False
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}", f"{text} ")[kind]
    return out, out != text


def _date_cell(
    src: Om401Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write a date the desk's way; return (cell, expected date, precision, tags)."""
    r = float(rng.random())
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    if src.style == "cgma":
        if partial_ok and r < 0.05:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month_start, "month", ["partial_date"]
        if r < 0.3:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if src.style == "rungis":
        if partial_ok and r < 0.05:
            return f"T{ts.quarter} {ts.year}", quarter_start, "quarter", ["partial_date"]
        if r < 0.17:
            return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if src.style == "fepex":
        if partial_ok and r < 0.05:
            cell = f"{_SPANISH_MONTHS[ts.month - 1]} de {ts.year}"
            return cell, month_start, "month", ["partial_date"]
        if r < 0.2:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
        return ts.to_pydatetime(), ts, "day", []
    if src.style == "boquete":
        if r < 0.22:
            serial = str(int((ts.normalize() - _EXCEL_EPOCH).days))
            return serial, ts, "day", ["excel_serial"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    # fsi
    if partial_ok and r < 0.04:
        return ts.strftime("%Y-%m"), month_start, "month", ["partial_date"]
    if partial_ok and r < 0.08:
        return f"Q{ts.quarter} {ts.year}", quarter_start, "quarter", ["partial_date"]
    if r < 0.18:
        return ts.strftime("%Y/%m/%d"), ts, "day", ["slash_date"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _main_date(src: Om401Source, day: pd.Timestamp) -> object:
    """Write a full date the desk's usual way."""
    if src.style == "fepex":
        return day.to_pydatetime()
    if src.style == "fsi":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _bad_date(src: Om401Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a bad date: blank, a day its month lacks, or a decade keyed wrong."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # "2023" keyed "2033": a decade in the future
        day = min(ts.day, 28) if ts.month == 2 else ts.day
        return _main_date(src, ts.replace(year=ts.year + 10, day=day))
    # a day the month lacks (31 June, 30 February)
    month, day_no = (ts.month, 31) if ts.month in (4, 6, 9, 11) else (2, 30)
    if src.style == "fsi":
        return f"{ts.year}-{month:02d}-{day_no:02d}"
    return f"{day_no}/{month:02d}/{ts.year}"


def _note_date(src: Om401Source, last: pd.Timestamp) -> object:
    """Date the extraction note a few days after the desk's last row."""
    return _main_date(src, last.normalize() + pd.Timedelta(days=3))


def _count_cell(src: Om401Source, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the persons count; return (cell, expected count, tags)."""
    r = float(rng.random())
    if r < 0.015:
        return choice(rng, _COUNT_UNKNOWN[src.style]), None, ["count_placeholder"]
    big = n >= 1000
    if src.style == "cgma":
        if n <= 5 and r < 0.15:
            word = _NUMBER_WORDS[n - 1]
            return (word.capitalize() if r < 0.08 else word), n, ["count_word"]
        if big and r < 0.7:
            return f"{n:,}", n, ["thousands:n_persons"]
        return str(n), n, []
    if src.style == "rungis":
        if big and r < 0.8:
            sep = "\u00a0" if r < 0.4 else " "
            return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands:n_persons"]
        return str(n), n, []
    if src.style == "fepex":
        if big and r < 0.6:
            return f"{n // 1000}.{n % 1000:03d}", n, ["thousands:n_persons"]
        return n, n, []
    if src.style == "boquete":
        if big and r < 0.7:
            return f"{n:,}", n, ["thousands:n_persons"]
        if r < 0.2:
            unit = "persona" if n == 1 else choice(rng, ("personas", "migrantes"))
            return f"{n} {unit}", n, ["count_unit"]
        return str(n), n, []
    return n, n, []  # fsi


def _suspects_cell(src: Om401Source, n: object, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the suspects count; return (cell, expected count, tags)."""
    if n is None:
        return None, None, []
    k = int(n)  # type: ignore[call-overload]
    r = float(rng.random())
    if r < 0.03:
        if src.style == "fsi":
            return None, None, ["suspects_placeholder"]
        return choice(rng, _UNKNOWN[src.style]), None, ["suspects_placeholder"]
    if k == 0 and src.style in _ZERO and r < 0.4:
        return choice(rng, _ZERO[src.style]), 0, ["zero_word"]
    numeric = src.format != "csv"
    return (k if numeric else str(k)), k, []


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees-minutes-seconds as a phone's GPS shows them; return (text, its value)."""
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{pos if value >= 0 else neg}"
    read = (deg + minutes / 60 + tenths / 36000) * (1 if value >= 0 else -1)
    return text, round(read, 6)


def _coord_cells(
    src: Om401Source, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the location; return (cells, expected lat, expected lon, tags)."""
    r = float(rng.random())
    if src.style == "cgma":  # the market desk records a site, not coordinates
        return {}, None, None, ["coords_missing"]
    gone = {"rungis": 0.08, "fepex": 0.06, "boquete": 0.1, "fsi": 0.05}[src.style]
    if r < gone:
        return {}, None, None, ["coords_missing"]
    if src.style == "rungis":
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            round(lat, 5),
            round(lon, 5),
            ["decimal_comma:coordinates"],
        )
    if src.style == "fepex":
        if r < 0.25:
            return (
                {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
                round(lat, 5),
                round(lon, 5),
                ["decimal_comma:coordinates"],
            )
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), []
    if src.style == "boquete":
        if r < 0.55:
            t_lat, v_lat = _dms(lat, "N", "S")
            t_lon, v_lon = _dms(lon, "E", "W")
            return {"coordinates": f"{t_lat} {t_lon}"}, v_lat, v_lon, ["dms:coordinates"]
        return (
            {"coordinates": f"{lat:.5f}, {lon:.5f}"},
            round(lat, 5),
            round(lon, 5),
            ["pair:coordinates"],
        )
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, round(lat, 4), round(lon, 4), []


def _country_cell(
    src: Om401Source, iso: str, col: str, ev: dict[str, object], rng: _Rng
) -> tuple[str, list[str]]:
    """Write one country the desk's way; return (cell, tags)."""
    lang = src.language
    name = _name(iso, lang)
    r = float(rng.random())
    tags: list[str] = []
    text = name
    female = _female(ev)
    if src.style == "fsi":
        if col == "detection_country":
            return _M49[iso], ["m49:detection_country"]
        if col == "nationality" and r < 0.1 and iso in _ISO2:
            return _ISO2[iso], [f"iso2:{col}"]
        if r > 0.96:
            return iso.lower(), [f"case:{col}"]
        return iso, [f"iso3:{col}"]
    if col == "detection_country":
        return _detection_cell(src, iso, ev, rng)
    if col == "nationality":
        if src.style == "cgma" and iso in _DEMONYM_EN and r < 0.7:
            text, tags = _DEMONYM_EN[iso], ["demonym:nationality"]
        elif src.style == "rungis" and iso in _ADJ_FR and r < 0.4:
            text, tags = _ADJ_FR[iso][1 if r < 0.25 else 0], ["demonym:nationality"]
        elif src.style == "boquete" and iso in _DEMONYM_ES and r < 0.75:
            text, tags = _DEMONYM_ES[iso][1 if female else 0], ["demonym:nationality"]
        elif src.style == "fepex" and iso in _DEMONYM_ES and r < 0.2:
            text, tags = _DEMONYM_ES[iso][1 if female else 0], ["demonym:nationality"]
    if not tags:
        s = float(rng.random())
        aliases = _ALIASES[lang].get(iso, ())
        if src.style == "fepex" and s < 0.1 and iso in _ISO2:
            return _ISO2[iso], [f"iso2:{col}"]
        if aliases and s < 0.3:
            text, tags = choice(rng, aliases), [f"alias:{col}"]
        elif s > 0.95:
            typo = _typo(name)
            if typo is not None:
                text, tags = typo, [f"typo:{col}"]
    text, changed = _case(text, rng, 0.07)
    if changed:
        tags.append(f"case:{col}")
    return text, tags


def _detection_cell(
    src: Om401Source, iso: str, ev: dict[str, object], rng: _Rng
) -> tuple[str, list[str]]:
    r = float(rng.random())
    if src.style == "cgma" and iso == "GBR":
        if r < 0.18:  # the desk names the nation of the UK
            nation = "Scotland" if ev.get("hotspot") == "Glasgow" else "England"
            return nation, ["subnational:detection_country"]
        return ("UK" if r < 0.6 else "United Kingdom"), []
    if src.style == "rungis":
        if iso == "FRA":
            return choice(rng, ("France", "France", "FRANCE", "FR")), []
        if iso == "GBR" and r < 0.2:
            return "Angleterre", ["subnational:detection_country"]
    if src.style == "fepex" and iso == "ESP":
        return choice(rng, ("España", "España", "ESPAÑA", "ES")), []
    if src.style == "boquete" and iso == "PAN":
        return choice(rng, ("Panamá", "Panamá", "PANAMÁ", "Rep. de Panamá", "Panama")), []
    return _name(iso, src.language), []


_TRANSIT_SEP = {"cgma": " > ", "rungis": " / ", "fepex": ", ", "boquete": " - ", "fsi": ", "}


def _transit_cell(src: Om401Source, value: object, rng: _Rng) -> tuple[object, list[str]]:
    if value is None:
        if src.style == "fepex" and rng.random() < 0.4:
            return "Directo", ["direct_word:transit_countries"]
        return None, []
    parts = str(value).split("|")
    if src.style == "fsi":
        return _TRANSIT_SEP["fsi"].join(parts), []
    tags: list[str] = []
    words = []
    for iso in parts:
        name = _name(iso, src.language)
        aliases = _ALIASES[src.language].get(iso, ())
        if aliases and rng.random() < 0.2:
            name = choice(rng, aliases)
            tags = ["alias:transit_countries"]
        words.append(name)
    return _TRANSIT_SEP[src.style].join(words), tags


def _offences_cell(src: Om401Source, value: object, rng: _Rng) -> object:
    if value is None:
        return None
    words = [_word(rng, _OFFENCE[src.style], k) for k in str(value).split("|")]
    if src.style == "cgma":
        return "; ".join(words)
    if src.style == "rungis":
        return " + ".join(words)
    if src.style == "boquete" and len(words) > 1:  # "A, B y C"
        return ", ".join(words[:-1]) + " y " + words[-1][0].lower() + words[-1][1:]
    return ", ".join(words)


def _vocab_cell(
    src: Om401Source,
    table: dict[str, tuple[str, ...]],
    one: dict[str, str] | None,
    value: str,
    n_persons: object,
    rng: _Rng,
) -> str:
    if one is not None and value in one and n_persons == 1 and rng.random() < 0.7:
        return one[value]
    return _word(rng, table, value)


# --------------------------------------------------------------------------------------
# One event as a desk writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Om401Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    style = src.style
    cells: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, precision, t = _date_cell(src, ts, rng, partial_ok)
    tags += t
    exp: dict[str, object] = {"event_date": day, "date_precision": precision}

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, _CRIME[style], crime)
    exp["crime_type"] = crime

    expl = ev.get("exploitation")
    if expl is None:
        options = _NOT_APPLICABLE[style]
        cells["exploitation"] = options[int(rng.integers(len(options)))]
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, _UNKNOWN[style])
        exp["exploitation"] = "unknown"
        tags.append("unknown_word:exploitation")
    else:
        word, changed = _case(_word(rng, _EXPLOITATION[style], str(expl)), rng, 0.05)
        cells["exploitation"] = word
        exp["exploitation"] = expl
        if changed:
            tags.append("case:exploitation")

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _count_cell(src, n, rng)
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects_cell(src, ev.get("n_suspects"), rng)
    tags += t

    gender = str(ev["gender"])
    if rng.random() < 0.02:
        cells["gender"] = choice(rng, _UNKNOWN[style])
        exp["gender"] = "unknown"
        tags += ["unknown_word:gender", "blank_gender"]
    else:
        word = _vocab_cell(src, _GENDER[style], _GENDER_ONE.get(style), gender, n, rng)
        cells["gender"], changed = _case(word, rng, 0.05)
        exp["gender"] = gender
        if changed:
            tags.append("case:gender")

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, _UNKNOWN[style])
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"] = _vocab_cell(src, _AGE[style], _AGE_ONE.get(style), age, n, rng)
        exp["age_group"] = age

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev.get(col)
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if col != "detection_country" and rng.random() < 0.02:
            word = choice(rng, _UNKNOWN[style])
            cells[col] = None if style == "fsi" else word
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        cells[col], t = _country_cell(src, str(iso), col, ev, rng)
        exp[col] = iso
        tags += t

    cells["transit_countries"], t = _transit_cell(src, ev.get("transit_countries"), rng)
    exp["transit_countries"] = ev.get("transit_countries")
    tags += t

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"] = choice(rng, _UNKNOWN[style])
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        table = _MODE[style]
        corridor = str(ev.get("corridor"))
        if style == "fepex" and mode == "sea" and corridor in _BOATS:
            table = {**table, "sea": _BOATS[corridor]}
        word, changed = _case(_word(rng, table, mode), rng, 0.05)
        cells["transport_mode"] = word
        exp["transport_mode"] = mode
        if changed:
            tags.append("case:transport_mode")

    coords, exp["lat"], exp["lon"], t = _coord_cells(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
    )
    cells.update(coords)
    tags += t

    cells["linked_offences"] = _offences_cell(src, ev.get("linked_offences"), rng)
    exp["linked_offences"] = ev.get("linked_offences")

    if "place" in src.headers:
        cells["place"] = _place(src, str(ev.get("hotspot") or ""))

    if style == "rungis" and rng.random() < _WEB_FORM_SHARE:
        _garble(src, cells, tags)
    if forced_blank is not None:  # a second report that leaves one field out
        _blank(src, forced_blank, cells, exp, tags)
    return cells, exp, tags


#: Share of Rungis's rows keyed in the hauliers' UTF-8 web form and pasted into the
#: cp1252 workbook: every accented word of the row comes out garbled (``Ã©``).
_WEB_FORM_SHARE = 0.15
_GARBLED_COLUMNS = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "linked_offences",
)


def _garble(src: Om401Source, cells: dict[str, object], tags: list[str]) -> None:
    """Garble every accented text cell of a row as UTF-8 read as cp1252."""
    for col in _GARBLED_COLUMNS:
        text = cells.get(col)
        if not isinstance(text, str):
            continue
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            cells[col] = garbled
            tags.append(f"mojibake:{col}")


def _place(src: Om401Source, hotspot: str) -> str | None:
    if src.style == "cgma":
        return {"Dunkirk/Gravelines": "Dunkirk"}.get(hotspot, hotspot) or None
    return {"Darién gap": "Tapón del Darién"}.get(hotspot, hotspot) or None


def _blank(
    src: Om401Source,
    field: str,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Leave ``field`` blank in a second report, and expect nothing (or ``unknown``)."""
    if field == "coordinates":
        for key in ("lat", "lon", "coordinates"):
            cells.pop(key, None)
        exp["lat"] = exp["lon"] = None
    elif field == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
    else:
        cells[field] = None
        exp[field] = None
    tags.append(f"blank_{field}")


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_CGMA = Om401Source(
    source="cgma_flower_market",
    filename="cgma_flower_market_om.csv",
    ref="CGMA/MS/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident ref",
        "event_date": "Date identified",
        "place": "Site",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "Persons involved",
        "n_suspects": "Suspected offenders",
        "gender": "Sex",
        "age_group": "Adult / child",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country identified",
        "transit_countries": "Route (countries transited)",
        "transport_mode": "How travelled",
        "linked_offences": "Other offences noted",
    },
    note="Note: tenant referrals only - figures provisional until quarterly review",
    total="Total",
    bad_count=("several", "a group", "multiple"),
    repeats=False,
    style="cgma",
)
_RUNGIS = Om401Source(
    source="rungis_semmaris",
    filename="rungis_semmaris_om.csv",
    ref="RUN-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction provisoire, fiches en cours de validation",
    total="Total général",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=True,
    style="rungis",
)
_FEPEX = Om401Source(
    source="fepex_flores_plantas",
    filename="fepex_flores_plantas_om.xlsx",
    ref="FPX{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha detección",
        "crime_type": "Tipo de delito",
        "exploitation": "Forma de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
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
    note="Nota: datos provisionales pendientes de validación por las asociaciones",
    total="TOTAL",
    bad_count=("varios", "grupo", "numerosos"),
    repeats=True,
    style="fepex",
)
_BOQUETE = Om401Source(
    source="boquete_flores_cafe",
    filename="boquete_flores_cafe_om.csv",
    ref="BQT-{seq:03d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. caso",
        "event_date": "Fecha",
        "place": "Lugar",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos tratantes o coyotes",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "Destino final",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información suministrada por las fincas asociadas",
    total="Total",
    bad_count=("varios", "grupo grande", "muchos"),
    repeats=False,
    style="boquete",
)
_FSI = Om401Source(
    source="fsi_floriculture",
    filename="fsi_floriculture_om.jsonl",
    ref="FSI-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "alert_id",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality_iso3",
        "origin_country": "origin_iso3",
        "destination_country": "destination_iso3",
        "detection_country": "country_m49",
        "transit_countries": "transit_iso3",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "many"),
    repeats=False,
    style="fsi",
)

#: The five desks, in the order their submissions are returned.
SOURCES: tuple[Om401Source, ...] = (_CGMA, _RUNGIS, _FEPEX, _BOQUETE, _FSI)

#: The ``blind401`` variant: who reports which event first and second, and how.
BLIND401: Examiner[Om401Source] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _CGMA.source,
        "FRA": _RUNGIS.source,
        "ESP": _FEPEX.source,
        "PAN": _BOQUETE.source,
    },
    compilation=_FSI.source,
    secondary={
        ("channel", "FRA"): _CGMA.source,  # hauliers' lorries bound for the market
        ("channel", "GBR"): _RUNGIS.source,  # the same lorries seen from Rungis
        ("thb_vnm_gbr", "GBR"): _FSI.source,
        ("thb_rou_esp", "ESP"): _FSI.source,
        ("thb_rou_esp", "ITA"): _FEPEX.source,  # Romanian crews moving between harvests
        ("darien", "PAN"): _FSI.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=401,
    blank_share=0.3,
)


def make_blind401(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five horticulture compliance desks of ``blind401``.

    The Covent Garden market authority (English CSV, UTF-8 with BOM), Rungis's
    Semmaris (French CSV, cp1252, ``;``), FEPEX's flowers and plants section (Spanish
    XLSX), the Boquete growers (Spanish, UTF-16 tab-separated ``.csv``) and the
    Floriculture Sustainability Initiative's alert digest (English JSON lines, the
    compilation). See the module's docstring for each desk's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per desk, in the order of :data:`SOURCES`, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind401(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cgma_flower_market_om.csv', 'rungis_semmaris_om.csv',
     'fepex_flores_plantas_om.xlsx', 'boquete_flores_cafe_om.csv',
     'fsi_floriculture_om.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND401, truth, seed=seed)
