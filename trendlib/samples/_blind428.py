"""Examiner's held-out sample set ``blind428`` (files ``*_pn.*``): toy-industry desks.

Five ethical-sourcing and customs-compliance desks of the toy trade log what reaches them
about forced labour, trafficking and migrants smuggled in freight, each its own way:

``btha_modern_slavery_pn.jsonl``
    The British Toy & Hobby Association's modern-slavery lead (UK toy importers and
    retailers). JSON lines from its case tool, UTF-8, English keys and words (UK usage:
    "Organised immigration crime", "MSHT"), ISO dates with a few typed "17 May 2023",
    numbers as JSON numbers, ``lat``/``lng``. It also compiles the freight-route alerts
    of Italy, Greece, Croatia and Poland that no other desk reports, and its tool re-sends
    a few rows.
``fjp_conformite_sociale_pn.csv``
    The conformité sociale desk of the Fédération française des industries
    Jouet-Puériculture (toy makers of the Jura). French, cp1252, ``;``, CRLF, day-first
    dates, "T2 2023" quarters, decimal commas, upper-case country names and some
    UTF-8 country names pasted in and garbled (mojibake).
``aiju_cumplimiento_pn.xlsx``
    The social-compliance desk of AIJU (Ibi, Alicante, Valle del Juguete). Spanish (Spain)
    workbook: real Excel dates with a few typed ones, "2T 2023" quarters, "318 bis" and
    "MENA" wording, Google-Maps degrees-minutes-seconds coordinates in one cell; the
    re-sent workbook repeats a few rows.
``amiju_cumplimiento_pn.csv``
    The customs-compliance committee of the Asociación Mexicana de la Industria del
    Juguete. Excel "Unicode text" export: UTF-16 with BOM, tab-delimited; Mexican usage
    ("tráfico de personas" is smuggling, "NNA", "EUA"), counts such as "35 personas",
    "2do. trimestre 2023", coordinates as "lat, lon" in one cell.
``auzlc_importadores_pn.csv``
    The importers' association of the Colón Free Zone (Panama). UTF-8 with BOM, ``,``,
    day-first dates mixed with Excel serial numbers, "II trimestre 2023", counts with
    thousands commas, ISO numeric country codes from the trade forms.

Every value the truth expects is what a careful analyst reads from the cell; cells that
cannot be read (an impossible or future date, a count that is not a number, a negative
count) are bad rows on purpose, and cells that say "not known" expect nothing (a count
placeholder) or ``unknown`` (a vocabulary field).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["EXAMINER", "SOURCES", "Desk", "make_blind428"]

_Rng = np.random.Generator
_Cell = object

# --------------------------------------------------------------------------------------
# Country wording: iso3 -> (English, French, Spanish), and each language's usual aliases.
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
    "ROU": ("Romania", "Roumanie", "Rumania"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Viet Nam",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "GMB": ("The Gambia",),
        "BIH": ("Bosnia",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "Angleterre"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "BLR": ("Bélarus",),
        "BIH": ("Bosnie",),
        "GIN": ("Guinée-Conakry",),
        "CIV": ("Cote d'Ivoire",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "EUA"),
        "GBR": ("Gran Bretaña",),
        "GIN": ("Guinea Conakry",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "BIH": ("Bosnia",),
        "ROU": ("Rumanía",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
    },
}
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
_MX_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_MX_ORDINAL = ("1er.", "2do.", "3er.", "4to.")
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _pick(rng: _Rng, options: tuple[_Cell, ...]) -> _Cell:
    """Draw one option (``None`` stays ``None``, unlike :func:`choice`)."""
    return options[int(rng.integers(len(options)))]


def _draw(rng: _Rng, probs: Mapping[str, float]) -> str:
    keys = list(probs)
    w = np.array([probs[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _typo(name: str, rng: _Rng) -> str | None:
    """Swap two neighbouring letters inside a long name (a slip of the keyboard)."""
    if len(name) < 6 or " " in name:
        return None
    i = int(rng.integers(2, len(name) - 2))
    a, b = name[i], name[i + 1]
    if a == b or not (a.isalpha() and b.isalpha()):
        return None
    return name[:i] + b + a + name[i + 2 :]


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _start(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return pd.Timestamp(ts.year, ts.month, 1)
    if precision == "quarter":
        return pd.Timestamp(ts.year, 3 * (_quarter(ts) - 1) + 1, 1)
    return pd.Timestamp(ts.year, ts.month, ts.day)


def _later(ts: pd.Timestamp, years: int) -> pd.Timestamp:
    """Return the same day ``years`` later (a slipped year digit), 28 February for a 29th."""
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(ts.year + years, ts.month, day)


def _dmy(ts: pd.Timestamp) -> str:
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"


def _impossible_dmy(ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a day-first date that no calendar has (30 or 31 February, a 13th month)."""
    if rng.random() < 0.6:
        return f"{int(rng.integers(30, 32))}/02/{ts.year}"
    return f"{ts.day:02d}/13/{ts.year}"


# --------------------------------------------------------------------------------------
# The desks
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One toy-trade desk: the shared source fields plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : mapping
        Design word -> the desk's words for it (one is drawn per row).
    not_applicable : tuple
        What the desk writes as the exploitation of a pure smuggling case (``None`` =
        blank); the truth expects nothing.
    not_known : tuple
        What the desk writes when the age group or the transport is not recorded (the
        truth expects ``unknown``).
    offence_sep, transit_sep : str
        Separators of the linked offences and of the transit countries.
    direct : tuple
        What the desk writes for a journey with no transit country (the truth expects
        nothing).
    countries : mapping
        Style of a country cell -> its share (``name``, ``upper``, ``lower``, ``iso2``,
        ``iso3``, ``numeric``, ``alias``, ``typo``, ``spacing``, ``mojibake``).
    count_unknown, suspects_unknown : tuple of str
        Count cells saying the number is not known (the truth expects nothing).
    zero_words : tuple of str
        Words for no suspect at all (the truth expects 0).
    write_date : callable
        ``(ts, precision, rng) -> (cell, tag)``: a date of ``precision`` ``day``,
        ``month`` or ``quarter``.
    write_count : callable
        ``(n, persons, rng) -> (cell, tag)``: a count of persons (``persons``) or suspects.
    write_place : callable
        ``(lat, lon, rng) -> (cells, lat read, lon read, tag)``.
    no_place : tuple
        What the desk writes when it has no location (``None`` = blank).
    """

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    not_applicable: tuple[str | None, ...]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    transport: Mapping[str, tuple[str, ...]]
    not_known: tuple[str | None, ...]
    offences: Mapping[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    direct: tuple[str | None, ...]
    countries: Mapping[str, float]
    count_unknown: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    write_date: Callable[[pd.Timestamp, str, _Rng], tuple[_Cell, str]]
    write_count: Callable[[int, bool, _Rng], tuple[_Cell, str]]
    write_place: Callable[[float, float, _Rng], tuple[dict[str, _Cell], float, float, str]]
    no_place: tuple[str | None, ...]


# ---- btha: British Toy & Hobby Association, modern-slavery lead (JSON lines) ----------
def _btha_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[_Cell, str]:
    if precision == "month":
        if rng.random() < 0.5:
            return f"{MONTHS[ts.month - 1]} {ts.year}", "date_month_name"
        return f"{ts.year}-{ts.month:02d}", "date_year_month"
    if precision == "quarter":
        return f"Q{_quarter(ts)} {ts.year}", "date_quarter"
    if rng.random() < 0.15:  # typed into the free-text box of the tool
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "date_long_en"
    return ts.strftime("%Y-%m-%d"), "date_iso"


def _btha_count(n: int, persons: bool, rng: _Rng) -> tuple[_Cell, str]:
    return n, ""


def _btha_place(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, _Cell], float, float, str]:
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), ""


# ---- fjp: Fédération française des industries Jouet-Puériculture (CSV cp1252 ;) ------
def _fjp_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[_Cell, str]:
    if precision == "month":
        if rng.random() < 0.5:
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", "date_month_name"
        return f"{ts.month:02d}/{ts.year}", "date_month_slash"
    if precision == "quarter":
        return f"T{_quarter(ts)} {ts.year}", "date_quarter_t"
    return _dmy(ts), "date_dmy"


def _fjp_count(n: int, persons: bool, rng: _Rng) -> tuple[_Cell, str]:
    if n >= 1000:
        return f"{n // 1000}\u00a0{n % 1000:03d}", "count_thousands_space"
    return str(n), ""


def _fjp_place(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, _Cell], float, float, str]:
    la, lo = f"{lat:.4f}", f"{lon:.4f}"
    cells: dict[str, _Cell] = {"lat": la.replace(".", ","), "lon": lo.replace(".", ",")}
    return cells, float(la), float(lo), "decimal_comma"


# ---- aiju: AIJU Ibi, cumplimiento social (XLSX) ---------------------------------------
def _aiju_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[_Cell, str]:
    if precision == "month":
        if rng.random() < 0.5:
            return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", "date_month_name"
        return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", "date_month_name"
    if precision == "quarter":
        q = _quarter(ts)
        if rng.random() < 0.5:
            return f"{q}T {ts.year}", "date_quarter_t"
        return f"{q}º trimestre {ts.year}", "date_quarter_words"
    if rng.random() < 0.15:  # typed into a cell formatted as text
        return _dmy(ts), "date_text_dmy"
    return dt.datetime(ts.year, ts.month, ts.day), "date_excel"


def _aiju_count(n: int, persons: bool, rng: _Rng) -> tuple[_Cell, str]:
    return n, ""


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Google Maps' degrees, minutes and seconds (one decimal) and the value they give."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second of arc
    deg, rest = divmod(tenths, 36000)
    minutes, tsec = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{tsec // 10:02d}.{tsec % 10}\"{hemi}"
    read = tenths / 36000.0
    return text, read if hemi == pos else -read


def _aiju_place(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, _Cell], float, float, str]:
    la, lat_read = _dms(lat, "N", "S")
    lo, lon_read = _dms(lon, "E", "W")
    return {"coordinates": f"{la} {lo}"}, lat_read, lon_read, "coords_dms"


# ---- amiju: Asociación Mexicana de la Industria del Juguete (UTF-16, tab) ----------
def _amiju_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[_Cell, str]:
    if precision == "month":
        return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", "date_month_name"
    if precision == "quarter":
        return f"{_MX_ORDINAL[_quarter(ts) - 1]} trimestre {ts.year}", "date_quarter_words"
    if rng.random() < 0.2:
        return f"{ts.day:02d}/{_MX_ABBR[ts.month - 1]}/{ts.year}", "date_dmy_abbr"
    return _dmy(ts), "date_dmy"


def _amiju_count(n: int, persons: bool, rng: _Rng) -> tuple[_Cell, str]:
    text = f"{n:,}" if n >= 1000 else str(n)
    if persons and rng.random() < 0.3:
        return f"{text} {'persona' if n == 1 else 'personas'}", "count_words"
    return text, "count_thousands_comma" if n >= 1000 else ""


def _amiju_place(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, _Cell], float, float, str]:
    la, lo = f"{lat:.5f}", f"{lon:.5f}"
    return {"coordinates": f"{la}, {lo}"}, float(la), float(lo), "coords_one_cell"


# ---- auzlc: Asociación de Usuarios de la Zona Libre de Colón (CSV UTF-8 BOM ,) ---------
def _auzlc_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[_Cell, str]:
    if precision == "month":
        if rng.random() < 0.5:
            return f"{ts.month:02d}/{ts.year}", "date_month_slash"
        return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", "date_month_name"
    if precision == "quarter":
        return f"{_ROMAN[_quarter(ts) - 1]} trimestre {ts.year}", "date_quarter_roman"
    if rng.random() < 0.25:  # a cell left in Excel's "General" format
        day = pd.Timestamp(ts.year, ts.month, ts.day)
        return str((day - _EXCEL_EPOCH).days), "date_serial"
    return _dmy(ts), "date_dmy"


def _auzlc_count(n: int, persons: bool, rng: _Rng) -> tuple[_Cell, str]:
    if n >= 1000:
        return f"{n:,}", "count_thousands_comma"
    return str(n), ""


def _auzlc_place(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, _Cell], float, float, str]:
    la, lo = f"{lat:.4f}", f"{lon:.4f}"
    return {"lat": la, "lon": lo}, float(la), float(lo), ""


BTHA = Desk(
    source="btha_modern_slavery",
    filename="btha_modern_slavery_pn.jsonl",
    ref="BTHA-MS-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "date_identified",
        "crime_type": "case_type",
        "exploitation": "exploitation_type",
        "n_persons": "people_affected",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "origin_country",
        "destination_country": "intended_destination",
        "detection_country": "country_identified",
        "transit_countries": "route_via",
        "transport_mode": "conveyance",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("#VALUE!", "#REF!", "#DIV/0!"),
    repeats=True,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
        "smuggling": ("Organised immigration crime", "OIC", "People smuggling"),
        "both": ("MSHT / OIC", "Trafficking and smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    not_applicable=(None, "N/A", "n/a"),
    gender={
        "female": ("Female", "F", "Women"),
        "male": ("Male", "M", "Men"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Minor", "Under 18", "Child"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & minors", "Mixed ages"),
    },
    transport={
        "sea": ("Small boat", "Boat", "Maritime"),
        "land": ("HGV", "Road freight", "Lorry", "Van"),
        "air": ("Air freight", "Flight"),
    },
    not_known=("Not recorded", None),
    offences={
        "document_fraud": ("Document fraud",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods",),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep=" > ",
    direct=(None, "Direct"),
    countries={
        "name": 0.76,
        "alias": 0.07,
        "iso2": 0.05,
        "upper": 0.03,
        "lower": 0.03,
        "typo": 0.03,
        "spacing": 0.03,
    },
    count_unknown=("unknown", "n/k"),
    suspects_unknown=("n/k", "unknown"),
    zero_words=("nil", "none"),
    write_date=_btha_date,
    write_count=_btha_count,
    write_place=_btha_place,
    no_place=(None,),
)

FJP = Desk(
    source="fjp_conformite_sociale",
    filename="fjp_conformite_sociale_pn.csv",
    ref="CS-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du constat",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - extraction du registre de vigilance",
    total="TOTAL",
    bad_count=("#VALEUR!", "#REF!", "#DIV/0!"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "traite"),
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Trafic de migrants",
            "aide à l'entrée et au séjour irréguliers",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    not_applicable=("sans objet", None, "-"),
    gender={
        "female": ("Femmes", "F", "féminin"),
        "male": ("Hommes", "H", "masculin"),
        "mixed": ("Mixte", "H/F"),
    },
    age={
        "child": ("Mineurs", "mineur(s)", "MNA"),
        "adult": ("Majeurs", "adultes"),
        "mixed": ("Majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("small boat", "embarcation", "bateau", "conteneur maritime"),
        "land": ("poids lourd", "camion", "PL", "véhicule léger"),
        "air": ("fret aérien", "avion"),
    },
    not_known=("non renseigné", None),
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=", ",
    transit_sep=" / ",
    direct=(None, "-"),
    countries={
        "name": 0.62,
        "upper": 0.12,
        "mojibake": 0.10,
        "iso3": 0.05,
        "alias": 0.04,
        "typo": 0.04,
        "spacing": 0.03,
    },
    count_unknown=("NC", "inconnu"),
    suspects_unknown=("NC", "inconnu"),
    zero_words=("aucun", "néant"),
    write_date=_fjp_date,
    write_count=_fjp_count,
    write_place=_fjp_place,
    no_place=(None,),
)

AIJU = Desk(
    source="aiju_cumplimiento",
    filename="aiju_cumplimiento_pn.xlsx",
    ref="EXP {seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de detección",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de la explotación",
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
        "coordinates": "Coordenadas (GPS)",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales pendientes de validación",
    total="TOTAL",
    bad_count=("#¡VALOR!", "#¡REF!", "#¡DIV/0!"),
    repeats=True,
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
        "smuggling": (
            "Inmigración ilegal (art. 318 bis)",
            "Favorecimiento de la inmigración irregular",
            "Tráfico ilícito de migrantes",
        ),
        "both": ("Trata y 318 bis", "Trata + inmigración ilegal"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    not_applicable=("No procede", None),
    gender={
        "female": ("Mujeres", "Mujer"),
        "male": ("Varones", "Hombres", "Varón"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "child": ("Menores", "MENA", "Menor de edad"),
        "adult": ("Mayores de edad", "Adultos"),
        "mixed": ("Adultos y menores",),
    },
    transport={
        "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
        "land": ("Camión", "Vehículo", "A pie", "Autocar"),
        "air": ("Aéreo", "Avión"),
    },
    not_known=("No consta",),
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contra la salud pública", "contrabando"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=" / ",
    transit_sep=" - ",
    direct=(None, "Directo"),
    countries={
        "name": 0.72,
        "upper": 0.10,
        "iso2": 0.07,
        "alias": 0.04,
        "typo": 0.04,
        "spacing": 0.03,
    },
    count_unknown=("s/d", "desconocido"),
    suspects_unknown=("s/d",),
    zero_words=("ninguno",),
    write_date=_aiju_date,
    write_count=_aiju_count,
    write_place=_aiju_place,
    no_place=(None,),
)

AMIJU = Desk(
    source="amiju_cumplimiento",
    filename="amiju_cumplimiento_pn.csv",
    ref="AMIJU-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Rango de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del hallazgo",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos vinculados",
    },
    note="Información confidencial - uso exclusivo del Comité de Cumplimiento",
    total="Total general",
    bad_count=("#¡VALOR!", "#¡REF!", "#¡DIV/0!"),
    repeats=False,
    crime={
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": (
            "Tráfico de personas",
            "Tráfico de migrantes",
            "Tráfico ilícito de migrantes",
        ),
        "both": ("Trata y tráfico de personas",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Utilización en actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzoso",),
        "other": ("Otra",),
    },
    not_applicable=("N/A", "No aplica", None),
    gender={
        "female": ("Mujeres", "Femenino"),
        "male": ("Hombres", "Masculino"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={
        "child": ("NNA", "Menores de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "sea": ("Embarcación",),
        "land": ("Tractocamión", "Caja seca", "Autobús", "A pie", "Vehículo particular"),
        "air": ("Aérea",),
    },
    not_known=("Sin dato",),
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("cohecho",),
        "money_laundering": ("operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("contrabando", "narcotráfico"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    transit_sep=", ",
    direct=(None,),
    countries={
        "name": 0.55,
        "upper": 0.30,
        "alias": 0.08,
        "iso3": 0.04,
        "typo": 0.03,
    },
    count_unknown=("se desconoce", "S/D"),
    suspects_unknown=("se desconoce",),
    zero_words=("ninguno",),
    write_date=_amiju_date,
    write_count=_amiju_count,
    write_place=_amiju_place,
    no_place=("sin coordenadas", None),
)

AUZLC = Desk(
    source="auzlc_importadores",
    filename="auzlc_importadores_pn.csv",
    ref="ZL-{seq:04d}-{yy:02d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. Caso",
        "event_date": "Fecha",
        "crime_type": "Tipo de delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de aprehendidos",
        "gender": "Género",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note=None,
    total="TOTALES",
    bad_count=("#VALUE!", "#REF!", "#DIV/0!"),
    repeats=False,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil",),
        "other": ("Otras",),
    },
    not_applicable=(None, "No aplica"),
    gender={
        "female": ("Femenino", "Mujeres"),
        "male": ("Masculino", "Hombres"),
        "mixed": ("Mixto", "Ambos"),
    },
    age={
        "child": ("Menores", "NNA"),
        "adult": ("Adultos",),
        "mixed": ("Adultos y menores",),
    },
    transport={
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie (selva)", "Bus"),
        "air": ("Aéreo",),
    },
    not_known=("N/D",),
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando", "narcotráfico"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    offence_sep="; ",
    transit_sep=" - ",
    direct=(None, "Ninguno"),
    countries={
        "name": 0.75,
        "numeric": 0.06,
        "upper": 0.06,
        "alias": 0.05,
        "typo": 0.04,
        "spacing": 0.04,
    },
    count_unknown=("s/d", "por determinar"),
    suspects_unknown=("s/d",),
    zero_words=("ninguno",),
    write_date=_auzlc_date,
    write_count=_auzlc_count,
    write_place=_auzlc_place,
    no_place=("s/d",),
)

#: The five desks, in the order of the submissions.
SOURCES: tuple[Desk, ...] = (BTHA, FJP, AIJU, AMIJU, AUZLC)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _country(src: Desk, iso: str, rng: _Rng, column: str) -> tuple[str, str]:
    """Write a country as the desk does; return (cell, style)."""
    name = _NAMES[iso][_LANG[src.language]]
    style = _draw(rng, src.countries)
    text: str | None
    if style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "numeric":  # trade forms' codes, on the origin and destination only
        text = iso_codes(iso)[1] if column in ("origin_country", "destination_country") else None
    elif style == "alias":
        aliases = _ALIASES[src.language].get(iso, ())
        text = str(_pick(rng, aliases)) if aliases else None
    elif style == "typo":
        text = _typo(name, rng)
    elif style == "spacing":
        text = f" {name}  "
    elif style == "mojibake":
        text = mojibake(name)
    else:
        text = name
    if text is None or not fits(text, src):
        return name, "name"
    return text, style


def _vocab(rng: _Rng, words: Mapping[str, tuple[str, ...]], value: str) -> str:
    return str(_pick(rng, words[value]))


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(name: str) -> None:
        if name and name not in tags:
            tags.append(name)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    precision = "day"
    if partial_ok:
        r = rng.random()
        precision = "month" if r < 0.035 else "quarter" if r < 0.055 else "day"
    cells["event_date"], date_tag = src.write_date(ts, precision, rng)
    exp["event_date"] = _start(ts, precision)
    exp["date_precision"] = precision
    tag(date_tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(rng, src.crime, crime)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _pick(rng, src.not_applicable)
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _vocab(rng, src.exploitation, str(expl))
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = _pick(rng, src.count_unknown)
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"], count_tag = src.write_count(n, True, rng)
        exp["n_persons"] = n
        tag(count_tag)

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tag("blank_n_suspects")
    elif rng.random() < 0.015:
        cells["n_suspects"] = _pick(rng, src.suspects_unknown)
        exp["n_suspects"] = None
        tag("suspects_placeholder")
    elif k == 0 and rng.random() < 0.3:
        cells["n_suspects"] = _pick(rng, src.zero_words)
        exp["n_suspects"] = 0
        tag("zero_word")
    else:
        cells["n_suspects"], _ = src.write_count(k, False, rng)
        exp["n_suspects"] = k

    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = _vocab(rng, src.gender, str(ev["gender"]))
        exp["gender"] = str(ev["gender"])
    for col, words in (("age_group", src.age), ("transport_mode", src.transport)):
        if rng.random() < 0.015:
            cells[col] = _pick(rng, src.not_known)
            exp[col] = "unknown"
            tag("na_word")
        else:
            cells[col] = _vocab(rng, words, str(ev[col]))
            exp[col] = str(ev[col])

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col or iso is None:
            cells[col] = None
            exp[col] = None
            if forced_blank == col:
                tag(f"blank_{col}")
            continue
        cells[col], style = _country(src, str(iso), rng, col)
        exp[col] = str(iso)
        if style != "name":
            tag(f"country_{style}")

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = _pick(rng, src.direct)
        exp["transit_countries"] = None
    else:
        parts = [
            _country(src, c, rng, "transit_countries")[0].strip() for c in str(transit).split("|")
        ]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)
        if len(parts) > 1:
            tag("transit_list")

    lat, lon = ev["lat"], ev["lon"]
    place_cols = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    if forced_blank == "coordinates" or lat is None or lon is None:
        for c in place_cols:
            cells[c] = None
        exp["lat"] = exp["lon"] = None
        tag("blank_coordinates")
    elif rng.random() < 0.04:
        word = _pick(rng, src.no_place)
        for c in place_cols:
            cells[c] = word
        exp["lat"] = exp["lon"] = None
        tag("coords_missing" if word is None else "coords_placeholder")
    else:
        place, lat_read, lon_read, place_tag = src.write_place(float(lat), float(lon), rng)  # type: ignore[arg-type]
        cells.update(place)
        exp["lat"], exp["lon"] = lat_read, lon_read
        tag(place_tag)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        named = [_vocab(rng, src.offences, o) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(named)
        exp["linked_offences"] = str(offences)

    return cells, exp, tags


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell no analyst can use: blank or "no date", impossible, or future."""
    if kind == "no_date":
        words: dict[str, tuple[str | None, ...]] = {
            BTHA.source: (None,),
            FJP.source: (None, "date inconnue"),
            AIJU.source: (None, "sin fecha"),
            AMIJU.source: (None, "S/F"),
            AUZLC.source: (None, "s/f"),
        }
        return _pick(rng, words[src.source])
    if kind == "bad_date":
        text = _impossible_dmy(ts, rng)
        if src is BTHA:  # the tool's ISO order
            d, m, y = text.split("/")
            return f"{y}-{m}-{d}"
        return text
    cell, _ = src.write_date(_later(ts, 10), "day", rng)  # a slipped decade: 2033 for 2023
    return cell


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row: the day of the extraction."""
    day = last + pd.Timedelta(days=3)
    if src is AIJU:
        return dt.datetime(day.year, day.month, day.day)
    if src is BTHA:
        return day.strftime("%Y-%m-%d")
    return _dmy(day)


#: The variant: who first reports which detection country, who reports it again.
EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": BTHA.source,
        "FRA": FJP.source,
        "ESP": AIJU.source,
        "USA": AMIJU.source,
        "PAN": AUZLC.source,
    },
    compilation=BTHA.source,
    secondary={
        ("channel", "FRA"): BTHA.source,
        ("channel", "GBR"): FJP.source,
        ("thb_vnm_gbr", "GBR"): FJP.source,
        ("wmed", "ESP"): FJP.source,
        ("thb_rou_esp", "ESP"): BTHA.source,
        ("thb_rou_esp", "ITA"): AIJU.source,
        ("darien", "PAN"): AMIJU.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=428_0428,
    blank_share=0.3,
)


def make_blind428(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five toy-trade desks of ``blind428`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``btha_modern_slavery_pn.jsonl``, ``fjp_conformite_sociale_pn.csv``,
        ``aiju_cumplimiento_pn.xlsx``, ``amiju_cumplimiento_pn.csv`` and
        ``auzlc_importadores_pn.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind428(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['btha_modern_slavery_pn.jsonl', 'fjp_conformite_sociale_pn.csv',
     'aiju_cumplimiento_pn.xlsx', 'amiju_cumplimiento_pn.csv', 'auzlc_importadores_pn.csv']
    >>> [(s.encoding, s.delimiter) for s in subs][1:4]
    [('cp1252', ';'), ('utf-8', None), ('utf-16', '\t')]
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha del evento', 'Delito']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
