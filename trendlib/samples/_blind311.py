"""Examiner sample set ``blind311`` (files ``*_la.*``): seafarers' labour regulators.

Five agencies that watch the recruitment, placement and working conditions of
seafarers under the ILO Maritime Labour Convention (MLC, 2006) and pass on the cases of
trafficked crews, of migrants smuggled aboard or through ports, and of seafarers who
jumped ship. Each writes the cases its own way:

``mca_rps_audits_la.csv``
    UK Maritime and Coastguard Agency, seafarer recruitment and placement (RPS)
    audits and MLC complaints. English, cp1252, ``,``, CRLF; UK day-first dates and
    "7 May 2023"; a ship's position in degrees and decimal minutes
    (``51°07.20'N 001°19.20'E``); transit routes joined by ``" > "``.
``dam_travail_maritime_la.csv``
    France, Direction des affaires maritimes, bureau du travail maritime (MLC
    inspection). French, UTF-8 without BOM, ``;``; some cells garbled (mojibake) by an
    earlier import of the littoral units' spreadsheets; decimal commas; ``mai 2023``,
    ``T2 2023``; narrow no-break spaces in thousands.
``dgmm_capitanias_la.xlsx``
    Spain, Dirección General de la Marina Mercante, cases of the maritime captaincies.
    Spanish; real Excel dates mixed with typed text dates and bare serial numbers; ISO
    alpha-3 codes beside country names; ``"05/2023"`` for a month.
``unicapam_semar_la.csv``
    Mexico, Secretaría de Marina, Unidad de Capitanías de Puerto y Asuntos Marítimos,
    maritime labour desk. Spanish (Mexican usage: ``tráfico de personas`` is migrant
    smuggling, ``NNA`` are minors, ``H``/``M`` hombre/mujer as on the CURP, ``EUA``,
    nationalities as feminine demonyms), Excel "Unicode text" export: UTF-16 with BOM,
    tab-delimited; ``2023/05/17`` dates; re-sends some of its rows.
``iswan_seafarerhelp_la.jsonl``
    ISWAN SeafarerHelp, the international seafarers' helpline: the compilation, every
    case no national regulator above reports first. English camelCase keys, ISO 8601
    timestamps, ``2023-05`` and ``Q2 2023`` for partial dates, ISO alpha-2 and numeric
    nationality codes; re-sends some of its rows.

The truth expects what a careful analyst reads in each cell; a cell saying "not
known" expects nothing (or ``unknown`` for a vocabulary), and the rows that cannot be
read (no date, an impossible or future date, a negative or wordy count) are planted on
purpose and expected in quarantine.
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

__all__ = ["BLIND311", "SOURCES", "make_blind311"]

_Rng = np.random.Generator
#: A date writer: (day, rng, partial allowed) -> (cell, expected day, precision, tags).
_DateWriter = Callable[[pd.Timestamp, _Rng, bool], tuple[object, pd.Timestamp, str, list[str]]]
#: A coordinates writer: (lat, lon, rng) -> (cells, expected lat, expected lon, tags).
_CoordWriter = Callable[[float, float, _Rng], tuple[dict[str, object], float, float, list[str]]]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Countries: this examiner's own wording (English, French, Spanish)
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
    "GMB": ("The Gambia", "Gambie", "Gambia"),
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
    "USA": ("USA", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Other names in common use, by language (one is drawn).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("United States", "US"),
        "CIV": ("Cote d'Ivoire",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
        "RUS": ("Russian Federation",),
        "GMB": ("Gambia",),
        "CHN": ("PRC",),
        "VEN": ("Venezuela (Bolivarian Republic of)",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA",),
        "VNM": ("Viêt Nam",),
        "BLR": ("Bélarus",),
        "SYR": ("République arabe syrienne",),
        "MKD": ("Macédoine",),
    },
    "es": {
        "USA": ("EUA", "E.U.A.", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "BLR": ("Belarús",),
        "MKD": ("Macedonia",),
    },
}

#: Small slips of the keyboard, by language; a careful analyst still reads the country.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanstan",
        "ERI": "Eritria",
        "MAR": "Morrocco",
        "PAK": "Pakistn",
        "BGD": "Bangaldesh",
        "ALB": "Albainia",
        "VNM": "Veitnam",
        "SYR": "Sryia",
        "SEN": "Senagal",
        "GIN": "Guniea",
        "ECU": "Equador",
        "VEN": "Venezuala",
        "EGY": "Egpyt",
        "IRQ": "Iarq",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythrée",
        "MAR": "Marroc",
        "TUN": "Tunsie",
        "SEN": "Sénégale",
        "ALB": "Albannie",
        "GIN": "Guiné",
        "EGY": "Egypte",
        "SYR": "Syrei",
    },
    "es": {
        "AFG": "Afganistan",
        "MAR": "Marrueccos",
        "SEN": "Senegál",
        "DZA": "Argelía",
        "VEN": "Venezula",
        "ECU": "Ecudor",
        "HTI": "Haity",
        "GTM": "Guatemla",
        "HND": "Hondura",
    },
}

#: Nationalities as the Mexican desk writes them (feminine, after "nacionalidad").
_DEMONYMS_ES: dict[str, str] = {
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
    "CMR": "camerunesa",
    "NGA": "nigeriana",
}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _country_form(code: str, lang: str, style: str, rng: _Rng) -> str:
    """Return one written form of a country (falls back to its name)."""
    name = _NAMES[code][_LANG[lang]]
    iso2, numeric = iso_codes(code)
    forms: dict[str, str | None] = {
        "name": name,
        "upper": name.upper(),
        "lower": name.lower(),
        "iso2": iso2,
        "iso3": code,
        "numeric": numeric,
        "noaccent": _strip_accents(name),
        "spaces": f"  {name} ",
        "typo": _TYPOS[lang].get(code),
        "mojibake": mojibake(name),
        "demonym": _DEMONYMS_ES.get(code),
    }
    aliases = _ALIASES[lang].get(code)
    forms["alias"] = choice(rng, aliases) if aliases else None
    out = forms.get(style)
    return out if out else name


# --------------------------------------------------------------------------------------
# The sources and their wording
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Style:
    """How one agency writes its cells (beyond what :class:`ExaminerSource` holds)."""

    countries: Mapping[str, Mapping[str, float]]  # role ("*" = any) -> form -> weight
    vocab: Mapping[str, Mapping[str, tuple[str, ...]]]  # column -> canonical -> words
    unknown: tuple[str, ...]  # an unknown sex or nationality
    na_words: tuple[str, ...]  # an unknown age band or conveyance
    expl_na: tuple[str, ...]  # the exploitation of a smuggling case, when not left blank
    no_transit: tuple[str, ...]  # a direct journey, when not left blank
    count_unknown: tuple[str, ...]  # a count nobody knows
    zero_words: tuple[str, ...]  # no suspect
    number_words: tuple[str, ...]  # 0, 1, 2, ... written out
    word_rate: float
    thousands: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    moji_rate: float  # share of vocabulary cells garbled
    date: _DateWriter
    coords: _CoordWriter
    extra: Callable[[dict[str, object], _Rng], dict[str, object]]


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """An agency of this set: the shared description plus its writing style."""

    style: _Style


def _day(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.date())


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


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


# ---- dates ----------------------------------------------------------------------------
def _date_mca(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    r = rng.random()
    if partial_ok and r < 0.04:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", ["date_month"]
    if r < 0.16:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", _day(ts), "day", ["date_long"]
    if r < 0.22:
        text = f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}"
        return text, _day(ts), "day", ["date_dd_mon_yyyy"]
    return ts.strftime("%d/%m/%Y"), _day(ts), "day", []


def _date_dam(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    r = rng.random()
    if partial_ok and r < 0.06:
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", ["date_month"]
    if partial_ok and r < 0.11:
        q = (ts.month - 1) // 3 + 1
        return f"T{q} {ts.year}", _quarter_start(ts), "quarter", ["date_quarter"]
    if r < 0.14:
        text = f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        return text, _day(ts), "day", ["date_long"]
    if r < 0.22:
        return ts.strftime("%d/%m/%y"), _day(ts), "day", ["date_two_digit_year"]
    return ts.strftime("%d/%m/%Y"), _day(ts), "day", []


def _date_dgmm(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    r = rng.random()
    if partial_ok and r < 0.04:
        return ts.strftime("%m/%Y"), _month_start(ts), "month", ["date_month"]
    if r < 0.12:
        return ts.strftime("%d/%m/%Y"), _day(ts), "day", ["date_text"]
    if r < 0.16:
        serial = int((_day(ts) - _EXCEL_EPOCH).days)
        return serial, _day(ts), "day", ["date_serial"]
    return _day(ts).to_pydatetime(), _day(ts), "day", []


def _date_unicapam(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    if rng.random() < 0.12:
        text = f"{ts.day:02d}-{_ES_MONTHS[ts.month - 1][:3]}-{ts.year}"
        return text, _day(ts), "day", ["date_dd_mon_yyyy"]
    return ts.strftime("%Y/%m/%d"), _day(ts), "day", ["date_ymd_slash"]


def _date_iswan(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    r = rng.random()
    if partial_ok and r < 0.05:
        return ts.strftime("%Y-%m"), _month_start(ts), "month", ["date_month"]
    if partial_ok and r < 0.09:
        q = (ts.month - 1) // 3 + 1
        return f"Q{q} {ts.year}", _quarter_start(ts), "quarter", ["date_quarter"]
    if r < 0.3:
        return ts.strftime("%Y-%m-%d"), _day(ts), "day", []
    hour, minute = int(rng.integers(6, 21)), int(rng.integers(0, 60))
    text = f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00Z"
    return text, _day(ts), "day", ["date_iso_datetime"]


# ---- coordinates ----------------------------------------------------------------------
def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes as a ship's position; returns (text, value read)."""
    minutes = round(abs(value) * 60, 2)
    deg = int(minutes // 60)
    rest = minutes - deg * 60
    hemi = pos if value >= 0 else neg
    read = (1 if value >= 0 else -1) * minutes / 60
    return f"{deg:0{width}d}°{rest:05.2f}'{hemi}", round(read, 6)


def _coords_mca(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float, list[str]]:
    lat_t, lat_r = _ddm(lat, "N", "S", 2)
    lon_t, lon_r = _ddm(lon, "E", "W", 3)
    return {"coordinates": f"{lat_t} {lon_t}"}, lat_r, lon_r, ["coords_ddm"]


def _coords_dam(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float, list[str]]:
    la, lo = round(lat, 5), round(lon, 5)
    cells: dict[str, object] = {
        "lat": f"{la:.5f}".replace(".", ","),
        "lon": f"{lo:.5f}".replace(".", ","),
    }
    return cells, la, lo, ["decimal_comma"]


def _coords_dgmm(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float, list[str]]:
    la, lo = round(lat, 5), round(lon, 5)
    if rng.random() < 0.08:  # typed as text in a Spanish-locale sheet
        cells: dict[str, object] = {
            "lat": f"{la:.5f}".replace(".", ","),
            "lon": f"{lo:.5f}".replace(".", ","),
        }
        return cells, la, lo, ["decimal_comma"]
    return {"lat": la, "lon": lo}, la, lo, []


def _coords_unicapam(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float, list[str]]:
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, ["coords_pair"]


def _coords_iswan(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float, list[str]]:
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo, []


# ---- extra columns (the agency's own, not scored) --------------------------------------
_MCA_PORTS = {
    "Dover": "Dover",
    "Calais": "Calais (FR)",
    "Dunkirk/Gravelines": "Dunkirk (FR)",
    "London": "Port of London",
    "Birmingham": "West Midlands (inland)",
    "Glasgow": "Clyde",
}
_FR_SERVICES = {
    "Calais": "ULAM 62",
    "Dunkirk/Gravelines": "ULAM 59",
    "Dover": "BTM Paris",
}
_ES_CAPITANIAS = {
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
    "Almería": "Almería",
    "Almería (El Ejido)": "Almería",
    "Gran Canaria": "Las Palmas",
    "Tenerife": "Santa Cruz de Tenerife",
    "El Hierro": "Santa Cruz de Tenerife",
    "Lanzarote": "Arrecife",
    "Huelva": "Huelva",
}


def _extra_mca(ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    return {"port": _MCA_PORTS.get(str(ev.get("hotspot")))}


def _extra_dam(ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    return {"service": _FR_SERVICES.get(str(ev.get("hotspot")), "BTM Paris")}


def _extra_dgmm(ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    return {"capitania": _ES_CAPITANIAS.get(str(ev.get("hotspot")), "Servicios centrales")}


def _extra_none(ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    return {}


def _extra_iswan(ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    return {"contact": choice(rng, ("phone", "WhatsApp", "email", "partner referral"))}


_EN_NUMBERS = (
    "nil",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
_FR_NUMBERS = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
)
_ES_NUMBERS = (
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
)

_MCA = _Source(
    source="mca_rps_audits",
    filename="mca_rps_audits_la.csv",
    ref="MCA/RPS/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "MLC Complaint Ref",
        "event_date": "Date Identified",
        "crime_type": "Concern Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons",
        "n_suspects": "No. of Suspects",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Route",
        "destination_country": "Intended Destination",
        "detection_country": "Country Identified",
        "port": "Port / Area",
        "transport_mode": "Conveyance",
        "coordinates": "Position",
        "linked_offences": "Associated Offences",
    },
    note="Extract from MLC complaints log - SSH Branch - figures provisional, not for publication",
    total="TOTAL",
    bad_count=("several", "a number of"),
    repeats=False,
    style=_Style(
        countries={
            "*": {"name": 70, "alias": 10, "iso2": 4, "upper": 7, "typo": 5, "spaces": 4},
            "detection": {"name": 45, "alias": 40, "iso2": 15},
        },
        vocab={
            "crime_type": {
                "trafficking": ("Modern slavery / THB", "Human trafficking", "MS/HT"),
                "smuggling": ("Facilitation of illegal entry", "Facilitation", "People smuggling"),
                "both": ("Trafficking & facilitation", "MS/HT + facilitation"),
            },
            "exploitation": {
                "forced_labour": ("Labour exploitation", "Forced labour"),
                "sexual": ("Sexual exploitation",),
                "forced_criminality": ("Criminal exploitation",),
                "organ_removal": ("Organ harvesting",),
                "forced_marriage": ("Forced marriage",),
                "other": ("Other",),
            },
            "gender": {
                "male": ("M", "Male"),
                "female": ("F", "Female"),
                "mixed": ("Mixed", "M/F"),
            },
            "age_group": {
                "child": ("Under 18", "Minor"),
                "adult": ("Adult", "18+"),
                "mixed": ("Adults & minors", "Mixed ages"),
            },
            "transport_mode": {
                "sea": ("Vessel", "Small boat", "Sea"),
                "land": ("Road", "HGV", "Land"),
                "air": ("Air", "Flight"),
            },
            "linked_offences": {
                "document_fraud": ("Document fraud", "False documents"),
                "corruption": ("Bribery",),
                "money_laundering": ("Money laundering",),
                "illicit_goods": ("Drugs", "Illicit goods"),
                "cybercrime": ("Cybercrime",),
                "terrorism": ("Terrorism",),
            },
        },
        unknown=("Not known", "n/k"),
        na_words=("N/A", "n/k"),
        expl_na=("N/A",),
        no_transit=("Direct",),
        count_unknown=("n/k", "Not known"),
        zero_words=("None", "Nil"),
        number_words=_EN_NUMBERS,
        word_rate=0.0,
        thousands=(",",),
        transit_sep=" > ",
        offence_sep="; ",
        moji_rate=0.0,
        date=_date_mca,
        coords=_coords_mca,
        extra=_extra_mca,
    ),
)

_DAM = _Source(
    source="dam_travail_maritime",
    filename="dam_travail_maritime_la.csv",
    ref="DAM-TM-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date du constat",
        "service": "Service instructeur",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires - extraction du bureau du travail maritime (DAM)",
    total="Total général",
    bad_count=("plusieurs", "une dizaine"),
    repeats=False,
    style=_Style(
        countries={
            "*": {"name": 64, "upper": 10, "mojibake": 10, "noaccent": 7, "iso3": 4, "typo": 5},
            "detection": {"name": 70, "iso2": 20, "upper": 10},
        },
        vocab={
            "crime_type": {
                "trafficking": ("traite des êtres humains", "TEH", "traite"),
                "smuggling": (
                    "aide à l'entrée irrégulière",
                    "aide à l'entrée et au séjour irréguliers",
                    "trafic de migrants",
                ),
                "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
            },
            "exploitation": {
                "forced_labour": ("travail forcé", "exploitation par le travail"),
                "sexual": ("exploitation sexuelle", "proxénétisme"),
                "forced_criminality": ("contrainte à commettre un délit",),
                "organ_removal": ("prélèvement d'organes",),
                "forced_marriage": ("mariage forcé",),
                "other": ("autre", "autres formes"),
            },
            "gender": {
                "male": ("H", "hommes", "masculin"),
                "female": ("F", "femmes"),
                "mixed": ("mixte", "H/F"),
            },
            "age_group": {
                "child": ("mineur", "mineurs"),
                "adult": ("majeur", "majeurs"),
                "mixed": ("majeurs et mineurs", "mixte"),
            },
            "transport_mode": {
                "sea": ("navire", "embarcation", "small boat", "voie maritime"),
                "land": ("voie routière", "poids lourd", "terrestre"),
                "air": ("aérien", "voie aérienne"),
            },
            "linked_offences": {
                "document_fraud": ("fraude documentaire", "faux documents"),
                "corruption": ("corruption",),
                "money_laundering": ("blanchiment",),
                "illicit_goods": ("stupéfiants",),
                "cybercrime": ("cybercriminalité",),
                "terrorism": ("terrorisme",),
            },
        },
        unknown=("inconnu", "NC"),
        na_words=("NC", "non renseigné"),
        expl_na=("sans objet",),
        no_transit=("direct",),
        count_unknown=("inconnu", "NC"),
        zero_words=("aucun", "néant"),
        number_words=_FR_NUMBERS,
        word_rate=0.04,
        thousands=("\u202f", "\u00a0", " "),
        transit_sep=", ",
        offence_sep=" + ",
        moji_rate=0.06,
        date=_date_dam,
        coords=_coords_dam,
        extra=_extra_dam,
    ),
)

_DGMM = _Source(
    source="dgmm_capitanias",
    filename="dgmm_capitanias_la.xlsx",
    ref="CM/{seq:05d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de la actuación",
        "capitania": "Capitanía Marítima",
        "crime_type": "Tipo de delito",
        "exploitation": "Forma de explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales. Fuente: Capitanías Marítimas (DGMM)",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    style=_Style(
        countries={
            "*": {"name": 60, "iso3": 25, "lower": 5, "noaccent": 5, "typo": 5},
            "detection": {"name": 70, "iso3": 30},
        },
        vocab={
            "crime_type": {
                "trafficking": ("trata de seres humanos", "TSH"),
                "smuggling": (
                    "inmigración clandestina",
                    "favorecimiento de la inmigración ilegal",
                ),
                "both": ("TSH + inmigración clandestina", "trata e inmigración clandestina"),
            },
            "exploitation": {
                "forced_labour": ("explotación laboral", "trabajos forzados"),
                "sexual": ("explotación sexual",),
                "forced_criminality": ("actividades delictivas",),
                "organ_removal": ("extracción de órganos",),
                "forced_marriage": ("matrimonio forzado",),
                "other": ("otras",),
            },
            "gender": {
                "male": ("varón", "hombre"),
                "female": ("mujer",),
                "mixed": ("ambos sexos", "mixto"),
            },
            "age_group": {
                "child": ("menor", "menores de edad"),
                "adult": ("adulto", "mayores de edad"),
                "mixed": ("adultos y menores", "mixto"),
            },
            "transport_mode": {
                "sea": ("marítimo", "buque", "cayuco", "patera", "embarcación neumática"),
                "land": ("terrestre", "vehículo"),
                "air": ("aéreo",),
            },
            "linked_offences": {
                "document_fraud": ("falsedad documental",),
                "corruption": ("cohecho",),
                "money_laundering": ("blanqueo de capitales",),
                "illicit_goods": ("tráfico de drogas", "contrabando"),
                "cybercrime": ("ciberdelincuencia",),
                "terrorism": ("terrorismo",),
            },
        },
        unknown=("desconocido", "s/d"),
        na_words=("s/d", "no consta"),
        expl_na=("no procede",),
        no_transit=("directo",),
        count_unknown=("sin determinar", "no consta"),
        zero_words=("ninguno", "sin investigados"),
        number_words=_ES_NUMBERS,
        word_rate=0.0,
        thousands=(".",),
        transit_sep=" - ",
        offence_sep=" / ",
        moji_rate=0.0,
        date=_date_dgmm,
        coords=_coords_dgmm,
        extra=_extra_dgmm,
    ),
)

_UNICAPAM = _Source(
    source="unicapam_semar",
    filename="unicapam_semar_la.csv",
    ref="UNICAPAM-MLT-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos vinculados",
    },
    note="Información preliminar sujeta a validación - Mesa Laboral Marítima",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo"),
    repeats=True,
    style=_Style(
        countries={
            "nationality": {"demonym": 80, "name": 12, "upper": 8},
            "detection": {"alias": 55, "name": 45},
            "*": {"name": 62, "noaccent": 20, "alias": 10, "upper": 4, "typo": 4},
        },
        vocab={
            "crime_type": {
                "trafficking": ("trata de personas",),
                "smuggling": (
                    "tráfico de personas",
                    "tráfico de indocumentados",
                    "tráfico de migrantes",
                ),
                "both": ("trata y tráfico de personas",),
            },
            "exploitation": {
                "forced_labour": ("trabajo forzado", "explotación laboral"),
                "sexual": ("explotación sexual",),
                "forced_criminality": ("actividades delictivas",),
                "organ_removal": ("extracción de órganos",),
                "forced_marriage": ("matrimonio forzoso",),
                "other": ("otra",),
            },
            "gender": {
                "male": ("hombre", "H"),
                "female": ("mujer", "M"),
                "mixed": ("mixto", "hombres y mujeres"),
            },
            "age_group": {
                "child": ("NNA", "menor de edad"),
                "adult": ("adulto", "mayor de edad"),
                "mixed": ("adultos y NNA", "mixto"),
            },
            "transport_mode": {
                "land": ("terrestre", "a pie", "tractocamión"),
                "sea": ("marítimo", "embarcación"),
                "air": ("aéreo",),
            },
            "linked_offences": {
                "document_fraud": ("uso de documento falso",),
                "corruption": ("cohecho",),
                "money_laundering": ("operaciones con recursos de procedencia ilícita",),
                "illicit_goods": ("delitos contra la salud",),
                "cybercrime": ("delitos informáticos",),
                "terrorism": ("terrorismo",),
            },
        },
        unknown=("S/D", "no especificado"),
        na_words=("S/D",),
        expl_na=("N/A",),
        no_transit=("directo",),
        count_unknown=("S/D", "sin dato"),
        zero_words=("ninguno", "cero"),
        number_words=_ES_NUMBERS,
        word_rate=0.03,
        thousands=(",",),
        transit_sep=" / ",
        offence_sep=", ",
        moji_rate=0.0,
        date=_date_unicapam,
        coords=_coords_unicapam,
        extra=_extra_none,
    ),
)

_ISWAN = _Source(
    source="iswan_seafarerhelp",
    filename="iswan_seafarerhelp_la.jsonl",
    ref="SH-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseRef",
        "event_date": "incidentDate",
        "crime_type": "caseType",
        "exploitation": "exploitationType",
        "n_persons": "personsAffected",
        "n_suspects": "allegedPerpetrators",
        "gender": "gender",
        "age_group": "ageGroup",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "transit_countries": "transitCountries",
        "destination_country": "destinationCountry",
        "detection_country": "incidentCountry",
        "transport_mode": "transportMode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associatedOffences",
        "contact": "contactMethod",
    },
    note=None,
    total="EXPORT TOTAL",
    bad_count=("several", "multiple"),
    repeats=True,
    style=_Style(
        countries={
            "nationality": {"iso2": 60, "name": 25, "numeric": 10, "alias": 5},
            "*": {"name": 80, "alias": 10, "iso2": 10},
        },
        vocab={
            "crime_type": {
                "trafficking": ("trafficking", "human trafficking"),
                "smuggling": ("smuggling", "migrant smuggling"),
                "both": ("trafficking/smuggling",),
            },
            "exploitation": {
                "forced_labour": ("forced labour", "labour exploitation"),
                "sexual": ("sexual exploitation",),
                "forced_criminality": ("forced criminality",),
                "organ_removal": ("organ removal",),
                "forced_marriage": ("forced marriage",),
                "other": ("other",),
            },
            "gender": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
            "age_group": {"child": ("child", "minor"), "adult": ("adult",), "mixed": ("mixed",)},
            "transport_mode": {
                "sea": ("sea", "vessel"),
                "land": ("land", "road"),
                "air": ("air",),
            },
            "linked_offences": {
                "document_fraud": ("document fraud",),
                "corruption": ("corruption",),
                "money_laundering": ("money laundering",),
                "illicit_goods": ("illicit goods",),
                "cybercrime": ("cybercrime",),
                "terrorism": ("terrorism",),
            },
        },
        unknown=("unknown", "not stated"),
        na_words=("not stated",),
        expl_na=("not applicable",),
        no_transit=("none",),
        count_unknown=("unknown",),
        zero_words=("none",),
        number_words=_EN_NUMBERS,
        word_rate=0.0,
        thousands=(),
        transit_sep=", ",
        offence_sep=", ",
        moji_rate=0.0,
        date=_date_iswan,
        coords=_coords_iswan,
        extra=_extra_iswan,
    ),
)

#: The five sources, in the order of the submissions.
SOURCES: tuple[_Source, ...] = (_MCA, _DAM, _DGMM, _UNICAPAM, _ISWAN)


# --------------------------------------------------------------------------------------
# Writing one event
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(src: _Source, code: str, role: str, rng: _Rng, tags: list[str]) -> str:
    styles = src.style.countries.get(role) or src.style.countries["*"]
    style = _pick(rng, styles)
    text = _country_form(code, src.language, style, rng)
    if not fits(text, src):
        text = _NAMES[code][_LANG[src.language]]
    if text != _NAMES[code][_LANG[src.language]]:
        tags.append(f"country_{style}")
    return text


def _word(src: _Source, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    words = src.style.vocab[col][value]
    text = words[0] if len(words) == 1 or rng.random() < 0.6 else choice(rng, words[1:])
    r = rng.random()
    if r < src.style.moji_rate:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append("vocab_mojibake")
            return garbled
    if r > 0.96 and src.language != "en" and len(text) > 3:
        tags.append("vocab_case")
        return text.upper()
    return text


def _count(src: _Source, n: int, rng: _Rng, tags: list[str]) -> object:
    st = src.style
    if n < len(st.number_words) and rng.random() < st.word_rate:
        tags.append("count_word")
        return st.number_words[n]
    if n >= 1000 and st.thousands and rng.random() < 0.8:
        sep = choice(rng, st.thousands)
        tags.append("thousands_sep")
        return f"{n:,}".replace(",", sep)
    return str(n) if src.format == "csv" else n


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    st = src.style
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    if forced_blank:
        tags.append(f"blank_{forced_blank}")

    cells["event_date"], exp["event_date"], exp["date_precision"], dtags = st.date(
        ts, rng, partial_ok
    )
    tags += dtags

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, st.expl_na) if rng.random() < 0.15 else None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, st.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
    elif r < 0.025:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.count_unknown), None
        tags.append("suspects_placeholder")
    elif r < 0.05:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif k == 0 and r < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if src.format == "csv" else k
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, st.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng, tags), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.015:
            cells[col], exp[col] = choice(rng, st.na_words), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = _word(src, col, value, rng, tags), value

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"], exp["nationality"] = None, None
    elif rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, st.unknown), None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, str(nat), "nationality", rng, tags)
        exp["nationality"] = str(nat)

    for col, role in (("origin_country", "origin"), ("destination_country", "destination")):
        code = ev[col]
        cells[col] = None if code is None else _country(src, str(code), role, rng, tags)
        exp[col] = code

    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country(src, str(det), "detection", rng, tags)
        exp["detection_country"] = str(det)

    transit = ev["transit_countries"]
    if transit is None:
        if rng.random() < 0.2:
            cells["transit_countries"] = choice(rng, st.no_transit)
            tags.append("transit_none_word")
        else:
            cells["transit_countries"] = None
        exp["transit_countries"] = None
    else:
        parts = [_country(src, c, "transit", rng, tags) for c in str(transit).split("|")]
        cells["transit_countries"] = st.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    lat, lon = ev["lat"], ev["lon"]
    r = rng.random()
    coord_cols = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    if forced_blank == "coordinates" or lat is None or lon is None or r < 0.05:
        if forced_blank != "coordinates":
            tags.append("coords_missing")
        exp["lat"], exp["lon"] = None, None
    elif r < 0.065:
        for c in coord_cols:
            cells[c] = choice(rng, st.na_words)
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_placeholder")
    else:
        ccells, exp["lat"], exp["lon"], ctags = st.coords(float(lat), float(lon), rng)  # type: ignore[arg-type]
        cells.update(ccells)
        tags += ctags

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng, tags) for o in str(offences).split("|")]
        cells["linked_offences"] = st.offence_sep.join(words)
    exp["linked_offences"] = offences

    cells.update(st.extra(ev, rng))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad dates and notes
# --------------------------------------------------------------------------------------
def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row as ``src`` would."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day that does not exist
        day = choice(rng, ("30", "31"))
        if src.source == "iswan_seafarerhelp":
            return f"{ts.year}-02-{day}"
        if src.source == "unicapam_semar":
            return f"{ts.year}/02/{day}"
        return f"{day}/02/{ts.year}"
    # future: the tens digit of the year mistyped (2023 -> 2033)
    future = ts.replace(year=ts.year + 10)
    if src.source == "dgmm_capitanias":
        return _day(future).to_pydatetime()
    if src.source == "iswan_seafarerhelp":
        return future.strftime("%Y-%m-%dT09:00:00Z")
    if src.source == "unicapam_semar":
        return future.strftime("%Y/%m/%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Date written on the note row: the day the extract was run."""
    run = _day(last) + pd.Timedelta(days=3)
    if src.source == "dgmm_capitanias":
        return run.to_pydatetime()
    if src.source == "unicapam_semar":
        return run.strftime("%Y/%m/%d")
    return run.strftime("%d/%m/%Y")


#: The variant: who reports what first, and who reports it again.
BLIND311: Examiner[_Source] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "mca_rps_audits",
        "FRA": "dam_travail_maritime",
        "ESP": "dgmm_capitanias",
        "USA": "unicapam_semar",
    },
    compilation="iswan_seafarerhelp",
    secondary={
        ("channel", "FRA"): "mca_rps_audits",
        ("channel", "GBR"): "dam_travail_maritime",
        ("thb_vnm_gbr", "GBR"): "iswan_seafarerhelp",
        ("watl", "ESP"): "iswan_seafarerhelp",
        ("wmed", "ESP"): "dam_travail_maritime",
        ("thb_rou_esp", "ESP"): "iswan_seafarerhelp",
        ("thb_rou_esp", "ITA"): "dgmm_capitanias",
        ("cmed", "ITA"): "dgmm_capitanias",
        ("thb_nga_ita", "ITA"): "dam_travail_maritime",
        ("us_mex", "USA"): "iswan_seafarerhelp",
        ("darien", "PAN"): "unicapam_semar",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=311,
    blank_share=0.3,
)


def make_blind311(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five seafarers' labour regulators of ``blind311``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``mca_rps_audits_la.csv``, ``dam_travail_maritime_la.csv``,
        ``dgmm_capitanias_la.xlsx``, ``unicapam_semar_la.csv`` and
        ``iswan_seafarerhelp_la.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind311(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['mca_rps_audits_la.csv', 'dam_travail_maritime_la.csv', 'dgmm_capitanias_la.xlsx',
     'unicapam_semar_la.csv', 'iswan_seafarerhelp_la.jsonl']
    >>> subs[3].encoding, subs[3].delimiter == chr(9)  # UTF-16, tab-delimited
    ('utf-16', True)
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND311, truth, seed=seed)
