"""Examiner sample set ``blind230`` (files ``*_hx.*``): farm-audit and border-monitor sources.

Five agencies write the true events as they keep their own registers; the set leans to the
ethical-audit world of agricultural produce (certification bodies, a food-industry
intelligence network, an audit firm's risk watch) beside two border monitors:

``agrocolor_grasp_hx.csv``
    Agrocolor (Almería certification body, GLOBALG.A.P./GRASP assessments): the register of
    social incidents and referrals to the Guardia Civil in its audit areas of Spain
    (Andalusia, Canaries). Spanish, cp1252, ``;``, CRLF; day-first dates, some month-only
    (``05/2023``) or quarter (``2º trimestre 2023``) cells; Spanish demonyms (``marroquí``,
    ``rumana``), a few pasted UTF-8 names (``RumanÃ­a``), missing accents and typos;
    thousands with a dot (``1.250``); decimal-comma coordinates; ``s/d`` placeholders;
    ``Directo`` for a route without transit. Primary for Spain.
``msin_intel_hx.xlsx``
    Modern Slavery Intelligence Network (UK food and retail industry): intelligence log.
    English; real Excel dates, some date cells that lost their format (serial numbers),
    typed ``17 May 2023``, ``May 2023`` and ``Q2 2023``; nationality as demonyms
    (``Vietnamese``); UK offence words (``Modern slavery``, ``OIC``); ``Nil`` suspects;
    rough three-decimal coordinates, often missing. Re-sends a few rows. Primary for the
    United Kingdom.
``hpc_ibmm_hx.csv``
    Croatian Law Centre, independent border monitoring mechanism: case list saved by Excel
    as "Unicode text" (UTF-16 with BOM, tab-separated). English; Croatian dates with a
    trailing dot (``17.05.2023.``); ISO alpha-3 codes or names; routes as ``TUR-BGR-SRB-BIH``
    or ``Turkey - Bulgaria - Serbia - BiH``; ``UAM`` and ``families`` as age words;
    coordinates in degrees, minutes and seconds. Re-sends a few rows. Primary for Croatia.
``hfhr_border_hx.csv``
    Helsinki Foundation for Human Rights (Warsaw), Polish–Belarusian border monitoring.
    English with Polish habits: criminal-code articles in the qualification
    (``art. 264 § 3 k.k.``), ``K`` (kobieta) for women under a ``Sex (M/K)`` header, some
    Polish country names (``Afganistan``, ``Jemen``), ``Polska``; UTF-8 with BOM, ``,``;
    ISO dates; ``lat, lon`` pairs; routes joined by arrows. Primary for Poland.
``bv_veille_sociale_hx.jsonl``
    Bureau Veritas (Paris) social-risk watch feed: the compilation, reporting every event no
    primary source does (Italy, Greece, France, Panama, the United States) and second
    reports of some others. French keys and words; ISO alpha-2 codes; ISO dates, some
    ``17/05/2023``, ``mai 2023`` or ``T2 2023``; counts and coordinates as JSON numbers;
    ``NC`` placeholders and ``aucun`` suspects.

Every cell's expected value is what a careful analyst reads from it: a placeholder or an
unknown word expects nothing (or ``unknown`` in a vocabulary column), a month or quarter
expects its first day with that precision, a demonym or code its country.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
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

__all__ = ["BLIND230", "SOURCES", "make_blind230"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# iso3 -> (English, French, Spanish, English demonym)
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "Bosnian"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian"),
    "CHN": ("China", "Chine", "China", "Chinese"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Ivorian"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean"),
    "ESP": ("Spain", "Espagne", "España", "Spanish"),
    "FRA": ("France", "France", "Francia", "French"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British"),
    "GIN": ("Guinea", "Guinée", "Guinea Conakry", "Guinean"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi"),
    "ITA": ("Italy", "Italie", "Italia", "Italian"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Macedonian"),
    "MLI": ("Mali", "Mali", "Malí", "Malian"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigerian"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "American"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
# Spanish demonyms of the nationalities met in Spain's audit areas: (masculine, feminine).
_GENTILICIO: dict[str, tuple[str, str]] = {
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "GIN": ("guineano", "guineana"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
}
# Polish names a Warsaw monitor leaves in its English sheet.
_POLISH = {"AFG": "Afganistan", "YEM": "Jemen", "IRQ": "Irak"}
_MOIS = (
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

_Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Style:
    """How one agency writes its values (the shared machinery reads only the source)."""

    vocab: Mapping[str, _Words]  # column -> canonical word (or "word@corridor") -> words
    unknown: _Words  # column -> words meaning "not known"
    offences: _Words  # canonical offence -> words
    offence_sep: str
    no_exploitation: tuple[str | None, ...]  # exploitation cell of a pure smuggling row
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    direct: str | None  # transit cell of a direct route (None: left empty)
    date: Callable[[_Row, pd.Timestamp, bool], tuple[object, pd.Timestamp, str]]
    country: Callable[[_Row, str, str], str]
    transit: Callable[[_Row, list[str]], str]
    count: Callable[[_Row, int], object]
    coords: Callable[[_Row, float, float], tuple[dict[str, object], float, float]]
    no_coords: float  # share of rows without a location


class _Row:
    """One row being written: its cells, expected values and messiness tags."""

    def __init__(self, src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> None:
        self.src = src
        self.ev = ev
        self.rng = rng
        self.cells: dict[str, object] = {}
        self.exp: dict[str, object] = {}
        self.tags: list[str] = []

    def r(self) -> float:
        """Draw a uniform number in [0, 1)."""
        return float(self.rng.random())

    def pick(self, words: tuple[str, ...]) -> str:
        """Draw one of ``words``."""
        return choice(self.rng, words)


# --------------------------------------------------------------------------------------
# Small writers shared by the agencies
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    """Drop the accents of ``text`` (``Rumanía`` -> ``Rumania``).

    Examples
    --------
    >>> _strip_accents("Rumanía"), _strip_accents("Malí")
    ('Rumania', 'Mali')
    """
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _typo(text: str) -> str:
    """Double the letter in the middle of a name of 6+ letters (a slip of the finger).

    Examples
    --------
    >>> _typo("Marruecos"), _typo("Mali")
    ('Marruuecos', 'Mali')
    """
    i = len(text) // 2
    if len(text) < 6 or not text[i].isalpha():
        return text
    return text[:i] + text[i] + text[i:]


def _case(row: _Row, col: str, text: str, rate: float) -> str:
    """Change the case or spacing of ``rate`` of the cells (the meaning stays)."""
    if row.r() >= rate:
        return text
    k = int(row.rng.integers(3))
    out = text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "
    if out != text:
        row.tags.append(f"case:{col}")
    return out


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write a coordinate in degrees, minutes and seconds; return it and its value.

    Examples
    --------
    >>> text, value = _dms(45.15123, "N", "S")
    >>> print(text, value)
    45°09'04.4"N 45.151222
    """
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    back = round(tenths / 36000, 6)
    return text, back if value >= 0 else -back


# --------------------------------------------------------------------------------------
# Agrocolor (Spanish, cp1252)
# --------------------------------------------------------------------------------------
def _agro_date(row: _Row, ts: pd.Timestamp, partial_ok: bool) -> tuple[object, pd.Timestamp, str]:
    r = row.r()
    if partial_ok and r < 0.035:
        row.tags.append("partial_date")
        return f"{ts.month:02d}/{ts.year}", ts.to_period("M").start_time, "month"
    if partial_ok and r < 0.055:
        row.tags.append("partial_date")
        return f"{ts.quarter}º trimestre {ts.year}", ts.to_period("Q").start_time, "quarter"
    if r < 0.13:
        row.tags.append("two_digit_year")
        return ts.strftime("%d/%m/%y"), ts, "day"
    return ts.strftime("%d/%m/%Y"), ts, "day"


def _agro_country(row: _Row, col: str, iso: str) -> str:
    name = _name(iso, "es")
    if col == "detection_country" and row.r() < 0.1:
        row.tags.append(f"iso2:{col}")
        return iso_codes(iso)[0]
    if col == "nationality" and iso in _GENTILICIO and row.r() < 0.5:
        masc, fem = _GENTILICIO[iso]
        name = fem if row.ev.get("gender") == "female" else masc
        row.tags.append(f"demonym:{col}")
    r = row.r()
    if r < 0.05:
        row.tags.append(f"case:{col}")
        return name.upper()
    if r < 0.09 and _strip_accents(name) != name:
        row.tags.append(f"accent:{col}")
        return _strip_accents(name)
    garbled = mojibake(name)
    if r < 0.13 and garbled is not None and fits(garbled, row.src):
        row.tags.append(f"mojibake:{col}")
        return garbled
    if 0.13 <= r < 0.15 and _typo(name) != name:
        row.tags.append(f"typo:{col}")
        return _typo(name)
    return name


def _agro_transit(row: _Row, codes: list[str]) -> str:
    return " - ".join(_agro_country(row, "transit_countries", c) for c in codes)


def _agro_count(row: _Row, n: int) -> object:
    if n >= 1000 and row.r() < 0.7:
        row.tags.append("thousands:n_persons")
        return f"{n // 1000}.{n % 1000:03d}"
    return str(n)


def _agro_coords(row: _Row, lat: float, lon: float) -> tuple[dict[str, object], float, float]:
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")}, la, lo


_AGRO = _Style(
    vocab={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata de personas"),
            "smuggling": (
                "Favorecimiento de la inmigración irregular",
                "Tráfico ilícito de migrantes",
                "Inmigración irregular (tráfico)",
            ),
            "both": ("Trata + tráfico de migrantes", "TSH y tráfico"),
        },
        "exploitation": {
            "sexual": ("Sexual", "Explotación sexual"),
            "forced_labour": ("Laboral", "Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras formas", "Otra"),
        },
        "gender": {
            "male": ("H", "Hombres", "Varones"),
            "female": ("M", "Mujeres", "Mujer"),
            "mixed": ("H y M", "Ambos sexos", "Mixto"),
        },
        "age_group": {
            "adult": ("Mayores de edad", "Adultos", "+18"),
            "child": ("Menores", "Menor de edad"),
            "mixed": ("Adultos y menores", "Mixto (adultos/menores)"),
        },
        "transport_mode": {
            "sea": ("Vía marítima", "Embarcación"),
            "sea@watl": ("Cayuco", "Cayuco", "Vía marítima"),
            "sea@wmed": ("Patera", "Neumática", "Vía marítima"),
            "land": ("Vía terrestre", "Vehículo", "Autobús"),
            "land@Ceuta": ("Salto de valla", "Vía terrestre (frontera)"),
            "land@Melilla": ("Salto de valla", "Vía terrestre (frontera)"),
            "air": ("Vía aérea", "Avión", "Vuelo regular"),
        },
    },
    unknown={
        "exploitation": ("Sin determinar", "s/d"),
        "gender": ("s/d",),
        "age_group": ("s/d", "No consta"),
        "transport_mode": ("No consta",),
        "nationality": ("s/d", "No consta"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=" / ",
    no_exploitation=(None, "No aplica"),
    count_unknown=("s/d",),
    zero_words=("ninguno", "0"),
    direct="Directo",
    date=_agro_date,
    country=_agro_country,
    transit=_agro_transit,
    count=_agro_count,
    coords=_agro_coords,
    no_coords=0.06,
)


# --------------------------------------------------------------------------------------
# MSIN (English, XLSX)
# --------------------------------------------------------------------------------------
def _msin_date(row: _Row, ts: pd.Timestamp, partial_ok: bool) -> tuple[object, pd.Timestamp, str]:
    r = row.r()
    if partial_ok and r < 0.05:
        row.tags.append("partial_date")
        return f"{MONTHS[ts.month - 1]} {ts.year}", ts.to_period("M").start_time, "month"
    if partial_ok and r < 0.08:
        row.tags.append("partial_date")
        return f"Q{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    if r < 0.15:
        row.tags.append("text_date")
        return f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}", ts, "day"
    if r < 0.2:
        row.tags.append("excel_serial")
        return int((ts - _EXCEL_EPOCH).days), ts, "day"
    return ts.to_pydatetime(), ts, "day"


def _msin_country(row: _Row, col: str, iso: str) -> str:
    if col == "nationality" and row.r() < 0.75:
        row.tags.append(f"demonym:{col}")
        return _case(row, col, _NAMES[iso][3], 0.04)
    if iso == "GBR" and row.r() < 0.65:
        row.tags.append(f"alias:{col}")
        return "UK"
    return _case(row, col, _name(iso, "en"), 0.04)


def _msin_transit(row: _Row, codes: list[str]) -> str:
    return ", ".join(_name(c, "en") for c in codes)


def _msin_count(row: _Row, n: int) -> object:
    return n


def _msin_coords(row: _Row, lat: float, lon: float) -> tuple[dict[str, object], float, float]:
    la, lo = round(lat, 3), round(lon, 3)
    return {"lat": la, "lon": lo}, la, lo


_MSIN = _Style(
    vocab={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MS - trafficking"),
            "smuggling": ("Organised immigration crime", "OIC", "People smuggling"),
            "both": ("MS + OIC", "Trafficking & smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "adult": ("Adult", "18+", "Adults"),
            "child": ("Child", "U18", "Minor"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Boat", "Small boat"),
            "sea@channel": ("Small boat", "RHIB", "Small boat"),
            "land": ("Lorry", "HGV", "Car", "Coach"),
            "air": ("Flight", "Air"),
        },
    },
    unknown={
        "exploitation": ("Not known",),
        "gender": ("Not recorded", "Unknown"),
        "age_group": ("Not known",),
        "transport_mode": ("Not known",),
        "nationality": ("Unknown",),
    },
    offences={
        "document_fraud": ("Document fraud", "False ID"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Cannabis cultivation"),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    no_exploitation=(None, "N/A"),
    count_unknown=("Unknown", "Not known"),
    zero_words=("Nil", "None identified"),
    direct=None,
    date=_msin_date,
    country=_msin_country,
    transit=_msin_transit,
    count=_msin_count,
    coords=_msin_coords,
    no_coords=0.2,
)


# --------------------------------------------------------------------------------------
# Croatian Law Centre (English, UTF-16, tab)
# --------------------------------------------------------------------------------------
def _hpc_date(row: _Row, ts: pd.Timestamp, partial_ok: bool) -> tuple[object, pd.Timestamp, str]:
    r = row.r()
    if partial_ok and r < 0.04:
        row.tags.append("partial_date")
        return f"{ts.month:02d}/{ts.year}", ts.to_period("M").start_time, "month"
    if r < 0.18:
        return f"{ts.day}.{ts.month}.{ts.year}.", ts, "day"
    return f"{ts.day:02d}.{ts.month:02d}.{ts.year}.", ts, "day"


def _hpc_country(row: _Row, col: str, iso: str) -> str:
    if col == "detection_country":
        r = row.r()
        if r < 0.15:
            row.tags.append(f"iso2:{col}")
            return iso_codes(iso)[0]
        if iso == "HRV" and r < 0.25:
            row.tags.append(f"alias:{col}")
            return "Hrvatska"
        return _name(iso, "en")
    if col in ("nationality", "origin_country") and row.r() < 0.5:
        row.tags.append(f"iso3:{col}")
        return iso
    if iso == "BIH":
        row.tags.append(f"alias:{col}")
        return "BiH"
    return _case(row, col, _name(iso, "en"), 0.04)


def _hpc_transit(row: _Row, codes: list[str]) -> str:
    if row.r() < 0.5:
        return "-".join(codes)
    return " - ".join("BiH" if c == "BIH" else _name(c, "en") for c in codes)


def _hpc_count(row: _Row, n: int) -> object:
    return str(n)


def _hpc_coords(row: _Row, lat: float, lon: float) -> tuple[dict[str, object], float, float]:
    t_lat, la = _dms(lat, "N", "S")
    t_lon, lo = _dms(lon, "E", "W")
    return {"coordinates": f"{t_lat} {t_lon}"}, la, lo


_HPC = _Style(
    vocab={
        "crime_type": {
            "smuggling": ("Smuggling of migrants", "SOM", "Migrant smuggling"),
            "trafficking": ("Trafficking in human beings", "THB"),
            "both": ("THB/SOM", "THB and SOM"),
        },
        "gender": {
            "male": ("M", "men"),
            "female": ("F", "women"),
            "mixed": ("M+F", "men and women"),
        },
        "age_group": {
            "adult": ("adults",),
            "child": ("UAM", "minors"),
            "mixed": ("families", "adults + minors"),
        },
        "transport_mode": {
            "land": ("on foot", "by car", "van", "truck", "on foot"),
            "sea": ("boat",),
            "air": ("by air",),
        },
    },
    unknown={
        "gender": ("n/a",),
        "age_group": ("n/a",),
        "transport_mode": ("n/a",),
        "nationality": ("unknown", "stateless/unknown"),
    },
    offences={
        "document_fraud": ("forged documents",),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    no_exploitation=(None,),
    count_unknown=("n/k",),
    zero_words=("none", "0"),
    direct=None,
    date=_hpc_date,
    country=_hpc_country,
    transit=_hpc_transit,
    count=_hpc_count,
    coords=_hpc_coords,
    no_coords=0.08,
)


# --------------------------------------------------------------------------------------
# Helsinki Foundation for Human Rights (English with Polish habits, UTF-8 BOM)
# --------------------------------------------------------------------------------------
def _hfhr_date(row: _Row, ts: pd.Timestamp, partial_ok: bool) -> tuple[object, pd.Timestamp, str]:
    r = row.r()
    if partial_ok and r < 0.05:
        row.tags.append("partial_date")
        return ts.strftime("%Y-%m"), ts.to_period("M").start_time, "month"
    if r < 0.12:
        return ts.strftime("%d.%m.%Y"), ts, "day"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _hfhr_country(row: _Row, col: str, iso: str) -> str:
    if col == "detection_country":
        r = row.r()
        if iso == "POL" and r < 0.15:
            row.tags.append(f"alias:{col}")
            return "Polska"
        if r < 0.3:
            row.tags.append(f"iso2:{col}")
            return iso_codes(iso)[0]
        return _name(iso, "en")
    if iso in _POLISH and row.r() < 0.2:
        row.tags.append(f"polish:{col}")
        return _POLISH[iso]
    return _case(row, col, _name(iso, "en"), 0.04)


def _hfhr_transit(row: _Row, codes: list[str]) -> str:
    return " → ".join(_name(c, "en") for c in codes)


def _hfhr_coords(row: _Row, lat: float, lon: float) -> tuple[dict[str, object], float, float]:
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo


_HFHR = _Style(
    vocab={
        "crime_type": {
            "smuggling": (
                "facilitation of illegal border crossing (art. 264 § 3 k.k.)",
                "smuggling",
                "smuggling (art. 264 §3 kk)",
            ),
            "trafficking": ("trafficking in human beings (art. 189a k.k.)", "THB"),
            "both": ("THB + smuggling (art. 189a, 264 § 3 k.k.)", "THB + smuggling"),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour", "forced labour"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "male": ("M", "men"),
            "female": ("K", "women"),
            "mixed": ("mixed group", "M+K"),
        },
        "age_group": {
            "adult": ("adults",),
            "child": ("unaccompanied minors", "children"),
            "mixed": ("families with children", "adults and children"),
        },
        "transport_mode": {
            "land": ("on foot", "on foot (forest)", "car"),
            "sea": ("boat",),
            "air": ("plane",),
        },
    },
    unknown={
        "exploitation": ("unclear",),
        "gender": ("unknown",),
        "age_group": ("unknown",),
        "transport_mode": ("unknown",),
        "nationality": ("undetermined",),
    },
    offences={
        "document_fraud": ("forged documents",),
        "corruption": ("bribery of officials",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("cigarette smuggling", "drugs"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    no_exploitation=(None,),
    count_unknown=("unknown",),
    zero_words=("none",),
    direct=None,
    date=_hfhr_date,
    country=_hfhr_country,
    transit=_hfhr_transit,
    count=_hpc_count,
    coords=_hfhr_coords,
    no_coords=0.1,
)


# --------------------------------------------------------------------------------------
# Bureau Veritas social-risk watch (French, JSON lines)
# --------------------------------------------------------------------------------------
def _bv_date(row: _Row, ts: pd.Timestamp, partial_ok: bool) -> tuple[object, pd.Timestamp, str]:
    r = row.r()
    if partial_ok and r < 0.04:
        row.tags.append("partial_date")
        return f"{_MOIS[ts.month - 1]} {ts.year}", ts.to_period("M").start_time, "month"
    if partial_ok and r < 0.08:
        row.tags.append("partial_date")
        return f"T{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    if r < 0.18:
        return ts.strftime("%d/%m/%Y"), ts, "day"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _bv_country(row: _Row, col: str, iso: str) -> str:
    if col == "nationality" and row.r() < 0.6:
        return _name(iso, "fr")
    row.tags.append(f"iso2:{col}")
    return iso_codes(iso)[0]


def _bv_transit(row: _Row, codes: list[str]) -> str:
    return ",".join(iso_codes(c)[0] for c in codes)


def _bv_coords(row: _Row, lat: float, lon: float) -> tuple[dict[str, object], float, float]:
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": la, "lon": lo}, la, lo


_BV = _Style(
    vocab={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH"),
            "smuggling": (
                "trafic illicite de migrants",
                "aide à l'entrée irrégulière",
                "filière d'immigration irrégulière",
            ),
            "both": ("TEH / trafic de migrants", "traite et trafic"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("hommes",),
            "female": ("femmes",),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs",),
            "mixed": ("majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("maritime", "embarcation"),
            "sea@channel": ("small boat", "embarcation"),
            "land": ("terrestre", "routier", "à pied"),
            "air": ("aérien",),
        },
    },
    unknown={
        "exploitation": ("non précisé",),
        "gender": ("NC",),
        "age_group": ("NC",),
        "transport_mode": ("NC",),
        "nationality": ("indéterminée",),
    },
    offences={
        "document_fraud": ("fraude documentaire",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" ; ",
    no_exploitation=(None,),
    count_unknown=("NC", "non communiqué"),
    zero_words=("aucun",),
    direct=None,
    date=_bv_date,
    country=_bv_country,
    transit=_bv_transit,
    count=_msin_count,
    coords=_bv_coords,
    no_coords=0.1,
)


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source="agrocolor_grasp",
        filename="agrocolor_grasp_hx.csv",
        ref="INC-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "Nº Incidencia",
            "event_date": "Fecha detección",
            "detection_country": "País",
            "crime_type": "Tipología",
            "exploitation": "Forma de explotación",
            "n_persons": "Nº personas afectadas",
            "gender": "Sexo (H/M)",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de llegada",
            "n_suspects": "Nº investigados",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Otros delitos asociados",
        },
        note="Registro provisional - pendiente de validación por el comité de certificación",
        total="TOTAL",
        bad_count=("varios", "grupo"),
        repeats=False,
    ),
    ExaminerSource(
        source="msin_intel",
        filename="msin_intel_hx.xlsx",
        ref="MSIN-{yy:02d}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "MSIN Ref",
            "event_date": "Date of incident",
            "crime_type": "Offence category",
            "exploitation": "Exploitation type",
            "n_persons": "No. of potential victims / migrants",
            "n_suspects": "No. of suspects",
            "gender": "Gender",
            "age_group": "Adult/Child",
            "nationality": "Nationality",
            "detection_country": "Country of incident",
            "transit_countries": "Transit countries",
            "transport_mode": "Method of transport",
            "lat": "Lat",
            "lon": "Long",
            "linked_offences": "Linked offending",
        },
        note="Shared under the MSIN information sharing agreement - not for onward disclosure",
        total="Total",
        bad_count=("several", "multiple"),
        repeats=True,
    ),
    ExaminerSource(
        source="hpc_ibmm",
        filename="hpc_ibmm_hx.csv",
        ref="IMM-{year}/{seq:03d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Case no.",
            "event_date": "Date of event",
            "detection_country": "Country",
            "crime_type": "Type of case",
            "n_persons": "No. of persons",
            "gender": "Sex",
            "age_group": "Age category",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Route (countries)",
            "destination_country": "Intended destination",
            "transport_mode": "Mode of movement",
            "n_suspects": "Facilitators",
            "coordinates": "GPS location",
            "linked_offences": "Related offences",
        },
        note="Note: figures as received from the Border Police Directorate, not verified",
        total="TOTAL (period)",
        bad_count=("group", "several"),
        repeats=True,
    ),
    ExaminerSource(
        source="hfhr_border",
        filename="hfhr_border_hx.csv",
        ref="HFHR/{year}/{seq}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Incident ID",
            "event_date": "Date",
            "detection_country": "Country",
            "crime_type": "Legal qualification",
            "exploitation": "Form of exploitation",
            "n_persons": "Group size",
            "n_suspects": "Facilitators (suspected)",
            "gender": "Sex (M/K)",
            "age_group": "Age",
            "nationality": "Citizenship",
            "transit_countries": "Route",
            "destination_country": "Declared destination",
            "transport_mode": "Mode",
            "coordinates": "Coordinates (lat, lon)",
            "linked_offences": "Other offences",
        },
        note=None,
        total="Sum",
        bad_count=("a group", "several"),
        repeats=False,
    ),
    ExaminerSource(
        source="bv_veille_sociale",
        filename="bv_veille_sociale_hx.jsonl",
        ref="BV-VRS-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "reference",
            "event_date": "date_evenement",
            "detection_country": "pays_detection",
            "crime_type": "qualification",
            "exploitation": "forme_exploitation",
            "n_persons": "nb_personnes",
            "n_suspects": "nb_mis_en_cause",
            "gender": "sexe",
            "age_group": "tranche_age",
            "nationality": "nationalite",
            "origin_country": "pays_origine",
            "transit_countries": "pays_transit",
            "destination_country": "pays_destination",
            "transport_mode": "mode_transport",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "infractions_connexes",
        },
        note=None,
        total="TOTAL",
        bad_count=("plusieurs", "groupe"),
        repeats=False,
    ),
)
_STYLES: dict[str, _Style] = {
    "agrocolor_grasp": _AGRO,
    "msin_intel": _MSIN,
    "hpc_ibmm": _HPC,
    "hfhr_border": _HFHR,
    "bv_veille_sociale": _BV,
}


# --------------------------------------------------------------------------------------
# Rendering one event
# --------------------------------------------------------------------------------------
def _vocab(row: _Row, style: _Style, col: str, value: str, blank_tag: str) -> None:
    """Write a vocabulary cell; an unknown word (3 %) expects ``unknown``."""
    words = style.vocab[col]
    if col in style.unknown and row.r() < 0.03:
        row.cells[col] = row.pick(style.unknown[col])
        row.exp[col] = "unknown"
        row.tags.append(blank_tag)
        return
    hot = f"{value}@{row.ev.get('hotspot')}"
    cor = f"{value}@{row.ev.get('corridor')}"
    options = words.get(hot) or words.get(cor) or words[value]
    row.cells[col] = _case(row, col, row.pick(options), 0.04)
    row.exp[col] = value


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    style = _STYLES[src.source]
    row = _Row(src, ev, rng)
    has = set(src.headers)
    cells, exp, tags = row.cells, row.exp, row.tags
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, prec = style.date(row, ts, partial_ok)
    exp["event_date"], exp["date_precision"] = day.normalize(), prec

    crime = str(ev["crime_type"])
    _vocab(row, style, "crime_type", crime, "unknown:crime_type")
    thb = crime in ("trafficking", "both")
    expl = ev.get("exploitation")
    if "exploitation" not in has:
        exp["exploitation"] = "unknown" if thb else None
    elif expl is None or not thb:
        cells["exploitation"] = choice(rng, [w or "" for w in style.no_exploitation]) or None
        exp["exploitation"] = None
    else:
        _vocab(row, style, "exploitation", str(expl), "unknown:exploitation")

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if row.r() < 0.015:
        cells["n_persons"] = row.pick(style.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = style.count(row, n)
        exp["n_persons"] = n
    sus = ev.get("n_suspects")
    if forced_blank == "n_suspects" or sus is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
        if sus is not None:
            tags.append("blank_n_suspects")
    elif row.r() < 0.03:
        cells["n_suspects"], exp["n_suspects"] = row.pick(style.count_unknown), None
        tags.append("suspects_placeholder")
    else:
        k = int(sus)  # type: ignore[call-overload]
        if k == 0 and row.r() < 0.5:
            cells["n_suspects"] = row.pick(style.zero_words)
            tags.append("zero_word")
        else:
            cells["n_suspects"] = style.count(row, k)
        exp["n_suspects"] = k

    # people
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        _vocab(row, style, "gender", str(ev["gender"]), "blank_gender")
    _vocab(row, style, "age_group", str(ev["age_group"]), "na_word")
    _vocab(row, style, "transport_mode", str(ev["transport_mode"]), "na_word")

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev.get(col)
        if col not in has or iso is None:
            exp[col] = None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif col == "nationality" and row.r() < 0.02:
            cells[col], exp[col] = row.pick(style.unknown["nationality"]), None
            tags.append("blank_nationality")
        else:
            cells[col], exp[col] = style.country(row, col, str(iso)), iso
    transit = ev.get("transit_countries")
    if "transit_countries" not in has:
        exp["transit_countries"] = None
    elif transit is None:
        cells["transit_countries"], exp["transit_countries"] = style.direct, None
        if style.direct is not None:
            tags.append("direct_word")
    else:
        cells["transit_countries"] = style.transit(row, str(transit).split("|"))
        exp["transit_countries"] = transit

    # place
    lat, lon = ev.get("lat"), ev.get("lon")
    if forced_blank == "coordinates" or lat is None or lon is None:
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif row.r() < style.no_coords:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        written, exp["lat"], exp["lon"] = style.coords(
            row,
            float(lat),  # type: ignore[arg-type]
            float(lon),  # type: ignore[arg-type]
        )
        cells.update(written)

    offences = ev.get("linked_offences")
    if "linked_offences" in has and offences is not None:
        parts = [row.pick(style.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = style.offence_sep.join(parts)
        exp["linked_offences"] = offences
    else:
        exp["linked_offences"] = None
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that cannot be used (none, impossible, or in the future)."""
    if kind == "no_date":
        return "s/f" if src.source == "agrocolor_grasp" and rng.random() < 0.5 else None
    if kind == "bad_date":
        day = {
            "agrocolor_grasp": f"31/02/{ts.year}",
            "msin_intel": f"30/02/{ts.year}",
            "hpc_ibmm": f"31.02.{ts.year}.",
            "hfhr_border": f"{ts.year}-02-30",
            "bv_veille_sociale": f"{ts.year}-02-30",
        }
        return day[src.source]
    leap = ts.month == 2 and ts.day == 29
    future = pd.Timestamp(year=ts.year + 10, month=ts.month, day=28 if leap else ts.day)
    if src.source == "msin_intel":
        return future.to_pydatetime()
    return _note_day(src, future)


def _note_day(src: ExaminerSource, day: pd.Timestamp) -> object:
    """Write a day as the source writes its plain dates."""
    if src.source == "agrocolor_grasp":
        return day.strftime("%d/%m/%Y")
    if src.source == "msin_intel":
        return day.to_pydatetime()
    if src.source == "hpc_ibmm":
        return f"{day.day:02d}.{day.month:02d}.{day.year}."
    return day.strftime("%Y-%m-%d")


#: The variant: five agencies, routed by detection country; the audit firm's watch
#: compiles the rest and second-reports farm-labour, arrival and border events.
BLIND230: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": "agrocolor_grasp",
        "GBR": "msin_intel",
        "HRV": "hpc_ibmm",
        "POL": "hfhr_border",
    },
    compilation="bv_veille_sociale",
    secondary={
        ("wmed", "ESP"): "bv_veille_sociale",
        ("watl", "ESP"): "bv_veille_sociale",
        ("thb_rou_esp", "ESP"): "bv_veille_sociale",
        ("thb_rou_esp", "ITA"): "msin_intel",
        ("channel", "FRA"): "msin_intel",
        ("channel", "GBR"): "bv_veille_sociale",
        ("thb_vnm_gbr", "GBR"): "bv_veille_sociale",
        ("wbal", "HRV"): "bv_veille_sociale",
        ("blr_pol", "POL"): "bv_veille_sociale",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_day,
    salt=230,
    blank_share=0.3,
)


def make_blind230(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five agencies of the ``blind230`` set.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``agrocolor_grasp_hx.csv``, ``msin_intel_hx.xlsx``, ``hpc_ibmm_hx.csv``,
        ``hfhr_border_hx.csv`` and ``bv_veille_sociale_hx.jsonl``, each with its expected
        rows (``truth_rows.csv``).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind230(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['agrocolor_grasp_hx.csv', 'msin_intel_hx.xlsx', 'hpc_ibmm_hx.csv',
     'hfhr_border_hx.csv', 'bv_veille_sociale_hx.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-16', 'utf-8-sig', 'utf-8']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[2].frame.columns[:3].tolist()
    ['Case no.', 'Date of event', 'Country']
    """
    return make_examined(BLIND230, truth, seed=seed)
