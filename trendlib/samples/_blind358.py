"""The examiner's held-out sample set ``blind358`` (files ``*_mv.*``).

Five agencies that meet smuggling and trafficking through driving-licence, vehicle
registration and document fraud, each writing its export the way its own tools do:

``dvsa_cfi_mv.xlsx``
    The UK Driver and Vehicle Standards Agency, Counter Fraud and Investigations team
    (English). A workbook: real Excel dates, a few dates typed as text or pasted as
    serial numbers, a few known only by month ("May 2023"); nationality mostly as a
    demonym ("Albanian"); "Nil" suspects; the place as one ``lat, long`` cell; a note
    row and a total row; some rows re-sent (exact repeats).
``ocldi_gendarmerie_mv.csv``
    France's Office central de lutte contre la délinquance itinérante, the gendarmerie's
    office for vehicle and plate fraud (French; cp1252, ``;``, CRLF). Day-first dates
    (some with a two-digit year or a time), nationality as a French adjective
    ("afghane"), country names often in capitals, "néant" suspects, road-police words
    for the vehicle ("PL", "VL", "VUL"), decimal-comma coordinates.
``atgc_trafico_mv.csv``
    The Guardia Civil's traffic grouping, Agrupación de Tráfico (Spanish), saved by
    Excel as "Unicode text": UTF-16 with a BOM, tab-separated. Day-first dates (some as
    "17-may-2023"), Spanish adjectives of nationality, ISO alpha-2 codes now and then,
    "ninguno" suspects, coordinates in degrees, minutes and seconds with a decimal
    comma and ``O`` (oeste) for west.
``txdmv_cid_mv.jsonl``
    The Texas Department of Motor Vehicles, Compliance and Investigations Division
    (English). JSON lines from a case system: month-first US dates (some ISO with a
    time), upper-case country names or alpha-2 codes, transit countries and related
    offences as JSON arrays, numbers as JSON numbers, "UNK" for what is not known;
    some records exported twice (exact repeats).
``cgpc_documentoscopia_mv.csv``
    The Spanish Policía Científica's document-examination service (Spanish), the
    compilation of what partners (Interpol, SIENA, liaison officers) sent on forged
    documents: UTF-8 with a BOM, ``,``; ISO or day-first dates, some by month only
    ("mayo 2023", "2023-05") or quarter ("T2 2023"); ISO alpha-3 codes; a tenth of the
    rows, pasted from partners' messages, in mojibake; no coordinates.

Every event is first reported by the agency of its detection country (the compilation
reports the others); 4 % are reported a second time by another agency (the Channel
between the UK and French agencies, Spain's events by the compilation). The truth
expects what a careful analyst reads in each cell: a placeholder ("n/k", "N/C", "s/d",
"UNK", "sin datos") is a missing value, a demonym or adjective is its country, a month
or quarter is its first day with that precision.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind358"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]

_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_MONTHS_ES_SHORT = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct",
                    "nov", "dic")  # fmt: skip
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip

# --------------------------------------------------------------------------------------
# Country words the agencies use beside the names of _tables.COUNTRIES
# --------------------------------------------------------------------------------------
#: English demonyms (a UK nationality field is usually written this way).
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan", "ALB": "Albanian", "BGD": "Bangladeshi", "CHN": "Chinese",
    "CIV": "Ivorian", "CMR": "Cameroonian", "COL": "Colombian", "DZA": "Algerian",
    "ECU": "Ecuadorian", "EGY": "Egyptian", "ERI": "Eritrean", "GIN": "Guinean",
    "GMB": "Gambian", "GTM": "Guatemalan", "HND": "Honduran", "HTI": "Haitian",
    "IRN": "Iranian", "IRQ": "Iraqi", "MAR": "Moroccan", "MEX": "Mexican", "MLI": "Malian",
    "NGA": "Nigerian", "PAK": "Pakistani", "ROU": "Romanian", "SEN": "Senegalese",
    "SYR": "Syrian", "TUN": "Tunisian", "TUR": "Turkish", "VEN": "Venezuelan",
    "VNM": "Vietnamese", "YEM": "Yemeni",
}  # fmt: skip
#: French adjectives of nationality (masculine, feminine).
_ADJ_FR: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"), "ALB": ("albanais", "albanaise"),
    "BGD": ("bangladais", "bangladaise"), "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"), "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"), "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"), "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"), "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"), "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"), "HTI": ("haïtien", "haïtienne"),
    "IRN": ("iranien", "iranienne"), "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"), "MEX": ("mexicain", "mexicaine"),
    "MLI": ("malien", "malienne"), "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"), "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"), "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"), "TUR": ("turc", "turque"),
    "VEN": ("vénézuélien", "vénézuélienne"), "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}  # fmt: skip
#: Spanish adjectives of nationality (masculine, feminine).
_ADJ_ES: dict[str, tuple[str, str]] = {
    "AFG": ("afgano", "afgana"), "ALB": ("albanés", "albanesa"),
    "BGD": ("bangladesí", "bangladesí"), "CHN": ("chino", "china"),
    "CIV": ("marfileño", "marfileña"), "CMR": ("camerunés", "camerunesa"),
    "COL": ("colombiano", "colombiana"), "DZA": ("argelino", "argelina"),
    "ECU": ("ecuatoriano", "ecuatoriana"), "EGY": ("egipcio", "egipcia"),
    "ERI": ("eritreo", "eritrea"), "GIN": ("guineano", "guineana"),
    "GMB": ("gambiano", "gambiana"), "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"), "HTI": ("haitiano", "haitiana"),
    "IRN": ("iraní", "iraní"), "IRQ": ("iraquí", "iraquí"), "MAR": ("marroquí", "marroquí"),
    "MEX": ("mexicano", "mexicana"), "MLI": ("maliense", "maliense"),
    "NGA": ("nigeriano", "nigeriana"), "PAK": ("pakistaní", "pakistaní"),
    "ROU": ("rumano", "rumana"), "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"), "TUN": ("tunecino", "tunecina"), "TUR": ("turco", "turca"),
    "VEN": ("venezolano", "venezolana"), "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}  # fmt: skip
#: English names a UK or US clerk writes instead of the table's official one.
_ALIAS_EN: dict[str, str] = {
    "VNM": "Vietnam", "CIV": "Ivory Coast", "TUR": "Turkey", "GBR": "UK", "USA": "USA",
    "SYR": "Syrian Arab Republic", "GMB": "The Gambia", "RUS": "Russian Federation",
    "IRN": "Islamic Republic of Iran",
}  # fmt: skip


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][{"en": 1, "fr": 2, "es": 3}[lang]])


def _swap(text: str) -> str:
    """Two letters in the middle of a name swapped (a typing slip); names of 6+ letters."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


# --------------------------------------------------------------------------------------
# How each agency writes a country
# --------------------------------------------------------------------------------------
#: ``(iso3, column, female, r) -> (cell, tag)``; ``r`` is a uniform draw in [0, 1), one per
#: cell (one per list for transit countries, which a clerk writes all in one way).
_Country = Callable[[str, str, bool, float], tuple[str, str | None]]


def _country_dvsa(iso: str, col: str, female: bool, r: float) -> tuple[str, str | None]:
    name = _name(iso, "en")
    alias = _ALIAS_EN.get(iso)
    if col == "nationality":
        if r < 0.55 and iso in _DEMONYM_EN:
            return _DEMONYM_EN[iso], f"demonym:{col}"
        if r < 0.62 and alias:
            return alias, f"alias:{col}"
        if r < 0.70:
            return name.upper(), f"upper:{col}"
        if r < 0.72 and _swap(name) != name:
            return _swap(name), f"typo:{col}"
        return name, None
    if r < 0.30 and alias:
        return alias, f"alias:{col}"
    if r < 0.36:
        return iso_codes(iso)[0], f"iso2:{col}"
    if r < 0.40:
        return name.upper(), f"upper:{col}"
    return name, None


def _country_ocldi(iso: str, col: str, female: bool, r: float) -> tuple[str, str | None]:
    name = _name(iso, "fr")
    if col == "nationality" and iso in _ADJ_FR:
        adj = _ADJ_FR[iso][1 if female else 0]
        if r < 0.55:
            return adj, f"adjective:{col}"
        if r < 0.70:
            return adj.upper(), f"adjective:{col}"
    if r < 0.40:
        return name.upper(), f"upper:{col}"
    if r < 0.43 and _swap(name) != name:
        return _swap(name), f"typo:{col}"
    if r < 0.45:
        return iso_codes(iso)[0], f"iso2:{col}"
    return name, None


def _country_atgc(iso: str, col: str, female: bool, r: float) -> tuple[str, str | None]:
    name = _name(iso, "es")
    if col == "nationality" and r < 0.40 and iso in _ADJ_ES:
        return _ADJ_ES[iso][1 if female else 0], f"adjective:{col}"
    r = (r - 0.40) / 0.60 if col == "nationality" and r >= 0.40 else r
    if r < 0.10:
        return iso_codes(iso)[0], f"iso2:{col}"
    if r < 0.12 and _swap(name) != name:
        return _swap(name), f"typo:{col}"
    if r < 0.20:
        return name.upper(), f"upper:{col}"
    return name, None


def _country_txdmv(iso: str, col: str, female: bool, r: float) -> tuple[str, str | None]:
    # transit countries come from a pick list of alpha-2 codes; the other fields are
    # typed, mostly as upper-case names
    if col == "transit_countries" or r < 0.15:
        return iso_codes(iso)[0], f"iso2:{col}"
    if iso == "USA":
        return ("USA", f"alias:{col}") if r < 0.55 else ("UNITED STATES", f"upper:{col}")
    return _ALIAS_EN.get(iso, _name(iso, "en")).upper(), f"upper:{col}"


def _country_cgpc(iso: str, col: str, female: bool, r: float) -> tuple[str, str | None]:
    name = _name(iso, "es")
    if r < 0.30:
        return iso, f"iso3:{col}"
    if r < 0.40:
        return name.upper(), f"upper:{col}"
    return name, None


# --------------------------------------------------------------------------------------
# How each agency writes a date: (cell, expected day, precision, tag)
# --------------------------------------------------------------------------------------
_Dated = tuple[object, pd.Timestamp, str, str | None]
_DateFn = Callable[[pd.Timestamp, _Rng, bool], _Dated]


def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)


def _clock(rng: _Rng) -> str:
    return f"{int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}"


def _date_dvsa(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    r = rng.random()
    if partial_ok and r < 0.06:
        start = ts.to_period("M").start_time
        return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", start, "month", "partial_date"
    if r < 0.82:
        return ts.to_pydatetime(), ts, "day", None
    if r < 0.93:
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_as_text"
    return _serial(ts), ts, "day", "excel_serial"


def _date_ocldi(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    r = rng.random()
    if r < 0.75:
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if r < 0.85:
        return ts.strftime("%d/%m/%y"), ts, "day", "two_digit_year"
    return f"{ts.strftime('%d/%m/%Y')} {_clock(rng)}", ts, "day", "date_time"


def _date_atgc(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    if rng.random() < 0.85:
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    text = f"{ts.day:02d}-{_MONTHS_ES_SHORT[ts.month - 1]}-{ts.year}"
    return text, ts, "day", "month_abbrev"


def _date_txdmv(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    if rng.random() < 0.75:
        return ts.strftime("%m/%d/%Y"), ts, "day", "month_first"
    return f"{ts.strftime('%Y-%m-%d')}T{_clock(rng)}:00", ts, "day", "iso_datetime"


def _date_cgpc(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    r = rng.random()
    if partial_ok and r < 0.08:
        start = ts.to_period("M").start_time
        text = f"{_MONTHS_ES[ts.month - 1]} {ts.year}" if r < 0.04 else ts.strftime("%Y-%m")
        return text, start, "month", "partial_date"
    if partial_ok and r < 0.14:
        start = ts.to_period("Q").start_time
        return f"T{ts.quarter} {ts.year}", start, "quarter", "partial_date"
    if r < 0.60:
        return ts.strftime("%Y-%m-%d"), ts, "day", None
    return ts.strftime("%d/%m/%Y"), ts, "day", "day_first"


# --------------------------------------------------------------------------------------
# Coordinates: cells by header key
# --------------------------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str) -> str:
    """``36º 49' 52,3'' N``: degrees, minutes, seconds with a decimal comma."""
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    hemi = pos if value >= 0 else neg
    return f"{deg}º {minutes:02d}' {sec // 10:02d},{sec % 10}'' {hemi}"


def _coords_dvsa(lat: float, lon: float) -> dict[str, object]:
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}


def _coords_ocldi(lat: float, lon: float) -> dict[str, object]:
    return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}


def _coords_atgc(lat: float, lon: float) -> dict[str, object]:
    return {"lat": _dms(lat, "N", "S"), "lon": _dms(lon, "E", "O")}


def _coords_txdmv(lat: float, lon: float) -> dict[str, object]:
    return {"lat": round(lat, 5), "lon": round(lon, 5)}


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Style:
    """One agency's wording and its way of writing each kind of cell."""

    crime: _Words
    exploitation: _Words
    gender: _Words  # female, male, mixed, unknown
    age: _Words  # child, adult, mixed, unknown
    mode: _Words  # sea, land, air, unknown
    offences: _Words
    offence_sep: str | None  # None: a JSON array
    transit_sep: str | None  # None: a JSON array
    unknown: tuple[str, ...]  # a country or a count not known
    zero: tuple[str, ...]  # words for no suspect
    thousands: str | None  # separator of counts >= 1000 (None: a number)
    country: _Country
    date: _DateFn
    coords: Callable[[float, float], dict[str, object]] | None
    unit: Callable[[dict[str, object], _Rng], str]
    smuggling_exploitation: tuple[str | None, ...] = (None,)
    no_transit: tuple[str | None, ...] = (None,)
    mojibake_rows: float = 0.0
    unknown_destination: float = 0.0
    spacing: float = 0.0


def _unit_dvsa(ev: dict[str, object], rng: _Rng) -> str:
    return {
        "Dover": "Dover (Eastern Docks)",
        "London": "London – Heston",
        "Birmingham": "West Midlands – Featherstone",
        "Glasgow": "Scotland – Glasgow",
        "Calais": "Coquelles (juxtaposed controls)",
        "Dunkirk/Gravelines": "Dunkerque port",
    }.get(str(ev["hotspot"]), "HQ Bristol")


def _unit_ocldi(ev: dict[str, object], rng: _Rng) -> str:
    if ev["hotspot"] == "Calais":
        return choice(rng, ("BR Calais", "COB Marck", "SR Lille"))
    if ev["hotspot"] == "Dunkirk/Gravelines":
        return choice(rng, ("BR Gravelines", "SR Lille"))
    return "OLI Londres"  # the liaison officer in London, for events seen in the UK


_SUBSECTOR = {
    "Ceuta": "Subsector Ceuta",
    "Melilla": "Subsector Melilla",
    "Almería": "Subsector Almería",
    "Almería (El Ejido)": "Subsector Almería",
    "Huelva": "Subsector Huelva",
    "Gran Canaria": "Subsector Las Palmas",
    "Lanzarote": "Subsector Las Palmas",
    "Tenerife": "Subsector Santa Cruz de Tenerife",
    "El Hierro": "Subsector Santa Cruz de Tenerife",
}


def _unit_atgc(ev: dict[str, object], rng: _Rng) -> str:
    return _SUBSECTOR.get(str(ev["hotspot"]), "Jefatura ATGC Madrid")


def _unit_txdmv(ev: dict[str, object], rng: _Rng) -> str:
    return {
        "El Paso": "EL PASO RSC",
        "Rio Grande Valley": "PHARR RSC",
        "Nogales (Sonora/Arizona)": "OUT OF STATE REFERRAL (AZ)",
        "Sasabe": "OUT OF STATE REFERRAL (AZ)",
    }.get(str(ev["hotspot"]), "AUSTIN HQ")


_CHANNELS = {
    "ITA": ("Interpol OCN Roma", "SIENA – Italia", "Consejería de Interior Roma"),
    "GRC": ("SIENA – Grecia", "Consejería de Interior Atenas"),
    "HRV": ("SIENA – Croacia", "Interpol OCN Zagreb"),
    "POL": ("SIENA – Polonia", "Interpol OCN Varsovia"),
    "PAN": ("Interpol OCN Panamá", "Consejería de Interior Panamá"),
    "ESP": ("Comisaría Provincial", "Jefatura Superior Canarias", "Puesto fronterizo"),
}


def _unit_cgpc(ev: dict[str, object], rng: _Rng) -> str:
    return choice(rng, _CHANNELS.get(str(ev["detection_country"]), ("Interpol Lyon",)))


_STYLES: dict[str, _Style] = {
    "dvsa_cfi": _Style(
        crime={
            "smuggling": ("Facilitation (s.25 IA 1971)", "People smuggling", "Facilitation"),
            "trafficking": ("Modern slavery / human trafficking", "Human trafficking (MSA 2015)",
                            "Modern slavery"),
            "both": ("Facilitation + modern slavery", "Smuggling & trafficking"),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        gender={"male": ("Male", "M", "All male"), "female": ("Female", "F", "All female"),
                "mixed": ("Mixed", "Male & female"), "unknown": ("Not recorded", "n/k")},
        age={"adult": ("Adult", "18+", "Adults"), "child": ("Under 18", "Minor", "U18"),
             "mixed": ("Adults & U18s", "Mixed ages"), "unknown": ("Not known", "n/k")},
        mode={"sea": ("Small boat", "Inflatable dinghy", "Vessel"),
              "land": ("HGV", "LGV / van", "Car", "Coach"), "air": ("Air", "Flight"),
              "unknown": ("Not known",)},
        offences={
            "document_fraud": ("Forged driving licence", "False documents",
                               "Fraudulent licence"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Controlled drugs", "Illicit goods"),
            "cybercrime": ("Cyber-enabled crime", "Cybercrime"),
            "terrorism": ("Terrorism",),
        },
        offence_sep="; ",
        transit_sep=" > ",
        unknown=("n/k", "Not known"),
        zero=("Nil",),
        thousands=None,
        country=_country_dvsa,
        date=_date_dvsa,
        coords=_coords_dvsa,
        unit=_unit_dvsa,
        smuggling_exploitation=(None, "N/A"),
        unknown_destination=0.04,
        spacing=0.03,
    ),
    "ocldi_gendarmerie": _Style(
        crime={
            "smuggling": ("aide à l'entrée et au séjour irréguliers",
                          "aide à l'entrée irrégulière", "trafic de migrants"),
            "trafficking": ("traite des êtres humains", "TEH"),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
            "forced_labour": ("travail forcé", "conditions de travail indignes"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        gender={"male": ("H", "hommes", "masculin"), "female": ("F", "femmes"),
                "mixed": ("H/F", "mixte"), "unknown": ("N/C", "non renseigné")},
        age={"adult": ("majeur(s)", "majeurs"), "child": ("mineur(s)", "mineurs", "MNA"),
             "mixed": ("majeurs et mineurs", "mixte"), "unknown": ("N/C", "indéterminé")},
        mode={"sea": ("embarcation", "small boat", "bateau pneumatique"),
              "land": ("PL", "VL", "VUL", "poids lourd"), "air": ("aérien",),
              "unknown": ("indéterminé",)},
        offences={
            "document_fraud": ("faux permis de conduire", "usage de faux documents",
                               "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "trafic de stupéfiants"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=" + ",
        transit_sep=", ",
        unknown=("N/C", "inconnu", "non renseigné"),
        zero=("néant",),
        thousands=" ",
        country=_country_ocldi,
        date=_date_ocldi,
        coords=_coords_ocldi,
        unit=_unit_ocldi,
        unknown_destination=0.04,
        spacing=0.03,
    ),
    "atgc_trafico": _Style(
        crime={
            "smuggling": ("favorecimiento de la inmigración ilegal",
                          "inmigración ilegal (art. 318 bis CP)", "tráfico de migrantes"),
            "trafficking": ("trata de seres humanos", "trata (art. 177 bis CP)"),
            "both": ("trata e inmigración ilegal", "trata y tráfico"),
        },
        exploitation={
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("criminalidad forzada", "actividades delictivas forzadas"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        gender={"male": ("varones", "varón", "hombres"), "female": ("mujeres", "mujer"),
                "mixed": ("ambos sexos", "mixto"), "unknown": ("s/d", "sin determinar")},
        age={"adult": ("mayores de edad", "adultos"),
             "child": ("menores", "menor de edad", "menores no acompañados"),
             "mixed": ("adultos y menores", "mixto"), "unknown": ("s/d",)},
        mode={"sea": ("patera", "cayuco", "neumática"),
              "land": ("turismo", "furgoneta", "camión", "a pie"), "air": ("avión",),
              "unknown": ("s/d",)},
        offences={
            "document_fraud": ("falsedad documental", "permiso de conducir falso"),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando de tabaco"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=", ",
        transit_sep="-",
        unknown=("s/d", "desconocido"),
        zero=("ninguno",),
        thousands=".",
        country=_country_atgc,
        date=_date_atgc,
        coords=_coords_atgc,
        unit=_unit_atgc,
        no_transit=(None, None, "ninguno"),
    ),
    "txdmv_cid": _Style(
        crime={
            "smuggling": ("HUMAN SMUGGLING", "SMUGGLING OF PERSONS (PC 20.05)"),
            "trafficking": ("HUMAN TRAFFICKING", "TRAFFICKING OF PERSONS (PC 20A.02)"),
            "both": ("HUMAN SMUGGLING/TRAFFICKING",),
        },
        exploitation={
            "sexual": ("SEX TRAFFICKING",),
            "forced_labour": ("LABOR TRAFFICKING",),
            "forced_criminality": ("COMPELLED CRIMINAL ACTIVITY",),
            "organ_removal": ("ORGAN REMOVAL",),
            "forced_marriage": ("FORCED MARRIAGE",),
            "other": ("OTHER",),
        },
        gender={"male": ("M", "MALE"), "female": ("F", "FEMALE"), "mixed": ("MIXED", "M/F"),
                "unknown": ("U", "UNK")},
        age={"adult": ("ADULT",), "child": ("JUVENILE", "MINOR"), "mixed": ("ADULT/JUVENILE",),
             "unknown": ("UNK",)},
        mode={"land": ("PASSENGER CAR", "PICKUP", "TRACTOR-TRAILER", "SUV", "BOX TRUCK"),
              "sea": ("VESSEL",), "air": ("AIRCRAFT",), "unknown": ("UNK",)},
        offences={
            "document_fraud": ("FRAUDULENT TEMPORARY TAG", "COUNTERFEIT DRIVER LICENSE"),
            "corruption": ("BRIBERY",),
            "money_laundering": ("MONEY LAUNDERING",),
            "illicit_goods": ("NARCOTICS", "CONTRABAND"),
            "cybercrime": ("CYBER CRIME",),
            "terrorism": ("TERRORISM",),
        },
        offence_sep=None,
        transit_sep=None,
        unknown=("UNK",),
        zero=(),
        thousands=None,
        country=_country_txdmv,
        date=_date_txdmv,
        coords=_coords_txdmv,
        unit=_unit_txdmv,
    ),
    "cgpc_documentoscopia": _Style(
        crime={
            "smuggling": ("tráfico ilícito de migrantes", "ayuda a la inmigración ilegal"),
            "trafficking": ("trata de seres humanos", "TSH"),
            "both": ("TSH y tráfico de migrantes",),
        },
        exploitation={
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral",),
            "forced_criminality": ("criminalidad forzada",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        gender={"male": ("masculino", "hombres"), "female": ("femenino", "mujeres"),
                "mixed": ("ambos sexos", "mixto"), "unknown": ("sin datos", "N/D")},
        age={"adult": ("adultos",), "child": ("menores",), "mixed": ("adultos y menores",),
             "unknown": ("sin datos",)},
        mode={"sea": ("marítima", "vía marítima"), "land": ("terrestre",), "air": ("aérea",),
              "unknown": ("sin datos",)},
        offences={
            "document_fraud": ("falsificación documental", "documentos falsos"),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("cibercrimen",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=" / ",
        transit_sep=" / ",
        unknown=("sin datos", "N/D"),
        zero=(),
        thousands=".",
        country=_country_cgpc,
        date=_date_cgpc,
        coords=None,
        unit=_unit_cgpc,
        mojibake_rows=0.10,
    ),
}  # fmt: skip


def _src(
    source: str,
    ext: str,
    ref: str,
    encoding: str,
    delimiter: str | None,
    language: str,
    headers: dict[str, str],
    note: str | None,
    total: str,
    bad_count: tuple[str, ...],
    repeats: bool,
) -> ExaminerSource:
    return ExaminerSource(
        source, f"{source}_mv.{ext}", ref, ext, encoding, delimiter, language, headers,
        note, total, bad_count, repeats,
    )  # fmt: skip


#: The five agencies of the set, in the order :func:`make_blind358` returns them.
SOURCES: tuple[ExaminerSource, ...] = (
    _src(
        "dvsa_cfi", "xlsx", "CFI/{year}/{seq:04d}", "utf-8", None, "en",
        {
            "source_ref": "CFI ref",
            "event_date": "Date of detection",
            "unit": "DVSA site",
            "crime_type": "Offence category",
            "exploitation": "Exploitation type",
            "n_persons": "No. of persons",
            "n_suspects": "Suspects arrested",
            "gender": "Sex (persons)",
            "age_group": "Age band",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Route (via)",
            "destination_country": "Intended destination",
            "detection_country": "Country of detection",
            "transport_mode": "Vehicle / conveyance",
            "coordinates": "Lat/Long",
            "linked_offences": "Associated offences",
        },
        "Note: provisional figures – subject to CFI case review", "Total",
        ("several", "multiple", "a number"), True,
    ),
    _src(
        "ocldi_gendarmerie", "csv", "OCLDI-{year}-{seq:05d}", "cp1252", ";", "fr",
        {
            "source_ref": "N° procédure",
            "event_date": "Date des faits",
            "unit": "Service saisi",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur/mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Destination",
            "detection_country": "Pays de constatation",
            "transport_mode": "Vecteur",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions associées",
        },
        "NB : extraction provisoire, données non consolidées", "TOTAL",
        ("plusieurs", "nombreux"), False,
    ),
    _src(
        "atgc_trafico", "csv", "{seq:05d}/{yy:02d}-ATGC", "utf-16", "\t", "es",
        {
            "source_ref": "Nº atestado",
            "event_date": "Fecha",
            "unit": "Subsector",
            "crime_type": "Tipología",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Detenidos/investigados",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "detection_country": "País del hecho",
            "transport_mode": "Medio de transporte",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Otros delitos",
        },
        "Nota: datos provisionales, pendientes de validación", "TOTAL GENERAL",
        ("varios", "numerosos"), False,
    ),
    _src(
        "txdmv_cid", "jsonl", "CID-{yy:02d}-{seq:05d}", "utf-8", None, "en",
        {
            "source_ref": "case_number",
            "event_date": "incident_date",
            "unit": "region",
            "crime_type": "offense_type",
            "exploitation": "trafficking_type",
            "n_persons": "persons_count",
            "n_suspects": "suspects_arrested",
            "gender": "sex",
            "age_group": "age_category",
            "nationality": "citizenship",
            "origin_country": "country_of_origin",
            "transit_countries": "transit_countries",
            "destination_country": "destination_country",
            "detection_country": "encounter_country",
            "transport_mode": "conveyance",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "related_offenses",
        },
        None, "TOTAL", ("MULTIPLE", "SEVERAL"), True,
    ),
    _src(
        "cgpc_documentoscopia", "csv", "DOC-{year}/{seq:04d}", "utf-8-sig", ",", "es",
        {
            "source_ref": "Nº registro",
            "event_date": "Fecha detección",
            "unit": "Canal de información",
            "crime_type": "Tipo delictivo",
            "exploitation": "Tipo de explotación",
            "n_persons": "Nº víctimas/migrantes",
            "n_suspects": "Nº detenidos",
            "gender": "Sexo",
            "age_group": "Grupo de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Ruta (países de tránsito)",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transport_mode": "Vía",
            "linked_offences": "Delitos conexos",
        },
        "Nota: compilación de comunicaciones SIENA, Interpol y oficiales de enlace; "
        "datos provisionales",
        "TOTAL", ("varios", "decenas"), False,
    ),
)  # fmt: skip


# --------------------------------------------------------------------------------------
# Writing one event
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, options: tuple[str, ...]) -> str:
    """Draw the agency's usual word 60 % of the time, one of its variants otherwise."""
    if len(options) == 1 or rng.random() < 0.6:
        return options[0]
    return choice(rng, options[1:])


def _count(src: ExaminerSource, st: _Style, n: int) -> tuple[object, str | None]:
    """Write a count as the agency does: a number, or text with its thousands separator."""
    if st.thousands is not None and n >= 1000:
        return f"{n // 1000}{st.thousands}{n % 1000:03d}", "thousands"
    return (n if src.format != "csv" else str(n)), None


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    st = _STYLES[src.source]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    def tag(name: str | None) -> None:
        if name is not None:
            tags.append(name)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], when = st.date(
        ts, rng, partial_ok
    )
    tag(when)
    cells["unit"] = st.unit(ev, rng)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, st.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:  # a smuggling case: no form of exploitation
        cells["exploitation"] = st.smuggling_exploitation[
            int(rng.integers(len(st.smuggling_exploitation)))
        ]
        if cells["exploitation"] is not None:
            tag("na_exploitation")
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(rng, st.exploitation[str(expl)])
        exp["exploitation"] = str(expl)

    # counts: persons, then suspects
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"], exp["n_persons"] = choice(rng, st.unknown), None
        tag("count_placeholder")
    else:
        cells["n_persons"], big = _count(src, st, n)
        exp["n_persons"] = n
        tag(big)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif r < 0.02:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.unknown), None
        tag("suspects_placeholder")
    elif k == 0 and st.zero and r < 0.40:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.zero), 0
        tag("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, st, k)[0], k

    # persons: sex and age
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = _word(rng, st.gender["unknown"]), "unknown"
        tag("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(rng, st.gender[gender]), gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = _word(rng, st.age["unknown"]), "unknown"
        tag("na_word")
    else:
        cells["age_group"], exp["age_group"] = _word(rng, st.age[age]), age

    # countries
    female = gender == "female"
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        r = rng.random()
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tag(f"blank_{col}")
        elif col == "nationality" and r < 0.02:
            cells[col], exp[col] = choice(rng, st.unknown), None
            tag("blank_nationality")
        elif col == "destination_country" and r < st.unknown_destination:
            cells[col], exp[col] = choice(rng, st.unknown), None
            tag("unknown:destination_country")
        else:
            cells[col], how = st.country(iso, col, female, rng.random())
            exp[col] = iso
            tag(how)
    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = (
            [] if st.transit_sep is None else _choice_opt(rng, st.no_transit)
        )
    else:
        parts, r = [], rng.random()
        for iso in str(transit).split("|"):
            text, how = st.country(iso, "transit_countries", False, r)
            parts.append(text)
            if how is not None and how not in tags:
                tag(how)
        cells["transit_countries"] = parts if st.transit_sep is None else st.transit_sep.join(parts)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = st.mode["unknown"][0], "unknown"
        tag("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = _word(rng, st.mode[mode]), mode

    # place
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if st.coords is None:
        exp["lat"] = exp["lon"] = None
        tag("coords_missing")
    elif forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tag("blank_coordinates")
    elif rng.random() < 0.05:
        exp["lat"] = exp["lon"] = None
        tag("coords_missing")
    else:
        cells.update(st.coords(lat, lon))
        exp["lat"], exp["lon"] = lat, lon

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    words = [_word(rng, st.offences[o]) for o in str(offences).split("|")] if offences else []
    if st.offence_sep is None:
        cells["linked_offences"] = words
    else:
        cells["linked_offences"] = st.offence_sep.join(words) if words else None

    # the clerk's slips: stray spaces, a partner's message pasted in mojibake
    if st.spacing and rng.random() < st.spacing:
        col = choice(rng, ("crime_type", "gender", "transport_mode", "origin_country"))
        if isinstance(cells[col], str):
            cells[col] = f" {cells[col]}  "
            tag("spacing")
    if st.mojibake_rows and rng.random() < st.mojibake_rows:
        garbled = False
        for col, value in cells.items():
            bad = mojibake(value) if isinstance(value, str) else None
            if bad is not None and fits(bad, src):
                cells[col] = bad
                garbled = True
        if garbled:
            tag("mojibake")
    return cells, exp, tags


def _choice_opt(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    return options[int(rng.integers(len(options)))]


# --------------------------------------------------------------------------------------
# Bad rows and note rows
# --------------------------------------------------------------------------------------
def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":  # a day February never has, in the agency's order
        day = choice(rng, ("30", "31"))
        return {
            "dvsa_cfi": f"{day}/02/{y}",
            "ocldi_gendarmerie": f"{day}/02/{y}",
            "atgc_trafico": f"{day}/02/{y}",
            "txdmv_cid": f"02/{day}/{y}",
            "cgpc_documentoscopia": f"{y}-02-{day}",
        }[src.source]
    future = ts.replace(year=y + 10, day=min(ts.day, 28))  # a slip of the year's digit
    if src.format == "xlsx":
        return future.to_pydatetime()
    fmt = {"txdmv_cid": "%m/%d/%Y", "cgpc_documentoscopia": "%Y-%m-%d"}.get(src.source, "%d/%m/%Y")
    return future.strftime(fmt)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    if src.format == "xlsx":
        return datetime(last.year, last.month, last.day)
    if src.source == "cgpc_documentoscopia":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "dvsa_cfi",
        "FRA": "ocldi_gendarmerie",
        "ESP": "atgc_trafico",
        "USA": "txdmv_cid",
    },
    compilation="cgpc_documentoscopia",
    secondary={
        ("channel", "FRA"): "dvsa_cfi",
        ("channel", "GBR"): "ocldi_gendarmerie",
        ("wmed", "ESP"): "cgpc_documentoscopia",
        ("watl", "ESP"): "cgpc_documentoscopia",
        ("thb_rou_esp", "ESP"): "cgpc_documentoscopia",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=358_031,
    blank_share=0.3,
)


def make_blind358(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five agencies of the ``blind358`` set write them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        ``dvsa_cfi_mv.xlsx``, ``ocldi_gendarmerie_mv.csv``, ``atgc_trafico_mv.csv``,
        ``txdmv_cid_mv.jsonl`` and ``cgpc_documentoscopia_mv.csv``, each with its
        expected rows (see the module's docstring for each agency's habits).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind358(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dvsa_cfi_mv.xlsx', 'ocldi_gendarmerie_mv.csv', 'atgc_trafico_mv.csv',
     'txdmv_cid_mv.jsonl', 'cgpc_documentoscopia_mv.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8', 'utf-8-sig']
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº atestado', 'Fecha', 'Subsector']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
