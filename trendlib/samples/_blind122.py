"""Examiner sample set ``blind122`` (files ``*_dt.*``): Gulf of Guinea to Europe.

Five agencies that see West African victims and migrants on their way to Europe, and
beyond, each writing its own export:

``dda_palermo_dt.xlsx``
    Procura della Repubblica di Palermo, Direzione Distrettuale Antimafia: the case list
    it shares with the Italy–Nigeria joint investigation team, in English with Italian
    legal words (``Art. 601 c.p.``, ``caporalato``, ``n.d.``, ``Germania``), Excel dates
    with some day-first text dates and bare serial numbers, nationalities as demonyms,
    coordinates as numbers or Italian decimal-comma text. Reports Italian detections.
``caminando_fronteras_dt.csv``
    Colectivo Caminando Fronteras, its monitoring of boats, fence crossings and women
    trafficked on the western routes: Spanish, cp1252, ``;``, day-first dates (some
    month or quarter only), ``1.200`` counts, ``28,10234 / -15,40211`` positions, no
    linked offences. Reports Spanish detections.
``sdrt62_littoral_dt.csv``
    Service départemental du renseignement territorial du Pas-de-Calais, its daily
    "point de situation migratoire littoral": French, UTF-16 tab-separated text (Excel's
    "Texte Unicode"), ``dd/mm/yyyy HHhMM``, legal qualifications (``AESI``, ``TEH``),
    feminine demonyms, DMS coordinates, no exploitation or origin columns. Reports
    French detections and the French side of boats that landed in Dover.
``migrant_help_uk_dt.csv``
    Migrant Help (Dover reception and modern slavery victim support): English, UTF-8 with
    BOM, ``,``, ``17/05/2023`` and ``17 May 2023`` dates, historic exploitation dated by
    month or quarter, ``England``/``Scotland``, ``>``-separated routes, ``Age disputed``.
    Reports British detections and the Dover side of Calais departures.
``bbc_monitoring_dt.jsonl``
    BBC Monitoring's OSINT digest feed: English JSON lines, ISO dates and timestamps,
    ISO alpha-2 location codes, numbers as words in small counts, mojibake from scraped
    pages. Compiles every other event (Greece, Croatia, Poland, Panama, United States)
    and re-reports landings and trafficking cases in the news.

Each agency's wording and cell habits live here; :mod:`trendlib.samples._examiner`
routes the events, plants the bad rows, duplicates and repeats, and builds the truth.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND122", "Agency", "make_blind122"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A ``blind122`` source: the shared fields plus its zero and unknown words.

    Attributes
    ----------
    unknown : tuple of str
        What its clerks write when a value is not known.
    zero : tuple of str
        What its clerks write for "no suspect".
    """

    unknown: tuple[str, ...]
    zero: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_EN, _FR, _ES = 1, 2, 3

#: English demonyms (the Palermo case list's nationality column).
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HTI": "Haitian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
#: French feminine demonyms ("nationalité dominante : afghane").
_DEMONYM_FR: dict[str, str] = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
    "SDN": "soudanaise",
}
#: Italian names a Palermo clerk slips in for the usual destinations.
_ITALIAN: dict[str, str] = {
    "ITA": "Italia",
    "DEU": "Germania",
    "FRA": "Francia",
    "ESP": "Spagna",
    "GBR": "Regno Unito",
    "AUT": "Austria",
}


def _name(iso: str, lang: int) -> str:
    return str(COUNTRIES[iso][lang])


def _slip(text: str, rng: _Rng) -> str | None:
    """Return a keyboard slip in a name (a letter doubled or dropped), or None.

    Only names of seven letters or more get one, so the name stays plain to a reader.
    """
    if len(text) < 7 or not text.isalpha():
        return None
    i = int(rng.integers(2, len(text) - 2))
    out = text[:i] + text[i] + text[i:] if rng.random() < 0.5 else text[:i] + text[i + 1 :]
    return out if out != text else None


# --------------------------------------------------------------------------------------
# One row being written
# --------------------------------------------------------------------------------------
class _Row:
    """Cells, expected values and tags of one row, filled field by field."""

    def __init__(self, src: Agency, ev: dict[str, object], rng: _Rng, *, partial_ok: bool):
        self.src = src
        self.ev = ev
        self.rng = rng
        self.complete = not partial_ok  # both reports of a duplicated event: no gaps
        self.ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
        self.cells: _Cells = {}
        self.tags: list[str] = []
        crime = str(ev["crime_type"])
        expl = ev["exploitation"] if crime in ("trafficking", "both") else None
        self.exp: _Cells = {
            "event_date": self.ts,
            "date_precision": "day",
            "crime_type": crime,
            "exploitation": expl,
            "n_persons": ev["n_persons"],
            "n_suspects": ev["n_suspects"],
            "gender": ev["gender"],
            "age_group": ev["age_group"],
            "nationality": ev["nationality"],
            "origin_country": ev["origin_country"],
            "destination_country": ev["destination_country"],
            "detection_country": ev["detection_country"],
            "transit_countries": ev["transit_countries"],
            "transport_mode": ev["transport_mode"],
            "lat": ev["lat"],
            "lon": ev["lon"],
            "linked_offences": ev["linked_offences"],
        }

    def gap(self, p: float) -> bool:
        """Draw whether an optional gap happens (never in a duplicated pair)."""
        hit = bool(self.rng.random() < p)
        return hit and not self.complete

    def partial(self, kind: str) -> None:
        """Expect the start of the month or quarter of the event."""
        period = "M" if kind == "month" else "Q"
        self.exp["event_date"] = self.ts.to_period(period).start_time
        self.exp["date_precision"] = kind
        self.tags.append("partial_date")

    def absent(self, *cols: str) -> None:
        """Expect nothing of ``cols``: the source has no column for them."""
        for col in cols:
            self.exp[col] = None
        if "exploitation" in cols and self.exp["crime_type"] in ("trafficking", "both"):
            self.exp["exploitation"] = "unknown"

    def unknown(self, col: str) -> None:
        """Expect what a "not known" (or blank) cell of ``col`` gives."""
        if col in ("gender", "age_group", "transport_mode", "exploitation"):
            self.exp[col] = "unknown"
        else:
            self.exp[col] = None


def _date_or_partial(row: _Row, p_month: float, p_quarter: float) -> str:
    """Return "month", "quarter" or "day" (partial dates only outside duplicated pairs)."""
    r = row.rng.random()
    if row.complete:
        return "day"
    if r < p_month:
        return "month"
    if r < p_month + p_quarter:
        return "quarter"
    return "day"


def _suspects(row: _Row, forced: str | None, p_blank: float, p_unknown: float) -> None:
    """Write the suspects' count: number, zero word, blank or "not known"."""
    n = row.ev["n_suspects"]
    src = row.src
    if forced == "n_suspects" or (n is not None and row.gap(p_blank)):
        row.cells["n_suspects"] = None
        row.unknown("n_suspects")
        row.tags.append("blank_n_suspects")
    elif n is not None and row.gap(p_unknown):
        row.cells["n_suspects"] = choice(row.rng, src.unknown)
        row.unknown("n_suspects")
        row.tags.append("suspects_placeholder")
    elif n == 0 and row.rng.random() < 0.35:
        row.cells["n_suspects"] = choice(row.rng, src.zero)
        row.tags.append("zero_word")
    else:
        row.cells["n_suspects"] = int(n) if src.format != "csv" else str(n)  # type: ignore[call-overload]


def _vocab(row: _Row, col: str, words: Mapping[str, tuple[str, ...]], p_unknown: float) -> None:
    """Write a vocabulary field in the source's words, or its "not known" word."""
    value = row.ev[col]
    if value is None:
        row.cells[col] = None
        return
    if row.gap(p_unknown):
        row.cells[col] = choice(row.rng, row.src.unknown)
        row.unknown(col)
        row.tags.append("blank_gender" if col == "gender" else "na_word")
        return
    row.cells[col] = choice(row.rng, words[str(value)])


def _case(row: _Row, col: str, p: float) -> None:
    """Change the case or spacing of a text cell (its meaning stays)."""
    cell = row.cells.get(col)
    if not isinstance(cell, str) or row.rng.random() >= p:
        return
    kind = int(row.rng.integers(3))
    row.cells[col] = cell.upper() if kind == 0 else cell.lower() if kind == 1 else f" {cell}  "
    if row.cells[col] != cell:
        row.tags.append(f"case:{col}")


def _offences(row: _Row, words: Mapping[str, str], sep: str) -> None:
    """Write the linked offences in the source's words, joined by ``sep``, in order."""
    value = row.ev["linked_offences"]
    row.cells["linked_offences"] = (
        None if value is None else sep.join(words[k] for k in str(value).split("|"))
    )


def _blank_place(row: _Row, forced: str | None, p: float) -> bool:
    """Whether the row gives no coordinates (forced blank or a gap); fills the expectation."""
    if forced == "coordinates":
        row.tags.append("blank_coordinates")
    elif row.gap(p):
        row.tags.append("coords_missing")
    else:
        return False
    row.exp["lat"] = row.exp["lon"] = None
    return True


def _count_cell(row: _Row, p_placeholder: float) -> bool:
    """Whether the count cell is the source's "not known" word; fills the expectation."""
    if row.gap(p_placeholder):
        row.cells["n_persons"] = choice(row.rng, row.src.unknown)
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
        return True
    return False


def _country_blank(row: _Row, col: str, forced: str | None, p: float) -> bool:
    """Whether a country cell is left blank (forced or a gap); fills the expectation."""
    if row.ev[col] is None:
        row.cells[col] = None
        return True
    if forced == col or (col != "detection_country" and row.gap(p)):
        row.cells[col] = None if forced == col or row.rng.random() < 0.5 else row.src.unknown[0]
        row.exp[col] = None
        row.tags.append(
            f"blank_{col}" if col in ("nationality", "detection_country") else f"empty:{col}"
        )
        return True
    return False


def _dec_comma(value: float) -> str:
    return f"{value:.5f}".replace(".", ",")


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    mins, secs = divmod(rest, 60)
    return f"{hemi} {deg}°{mins:02d}'{secs:02d}\""


# --------------------------------------------------------------------------------------
# Procura di Palermo, DDA (JIT case list, English with Italian words, XLSX)
# --------------------------------------------------------------------------------------
_PA_CRIME = {
    "trafficking": (
        "Art. 601 c.p. - trafficking in human beings",
        "Art. 601 c.p. (THB)",
        "Trafficking in persons (art. 601 c.p.)",
        "Art. 601 c.p.",
    ),
    "smuggling": (
        "Art. 12 T.U.I. - aiding illegal immigration",
        "Migrant smuggling (art. 12 D.Lgs. 286/98)",
        "Art. 12 D.Lgs. 286/1998",
    ),
    "both": (
        "Art. 601 c.p. + art. 12 T.U.I.",
        "THB and smuggling (artt. 601 c.p., 12 T.U.I.)",
    ),
}
_PA_EXPL = {
    "sexual": ("sexual exploitation (prostitution)", "sexual exploitation", "prostitution"),
    "forced_labour": ("labour exploitation (caporalato)", "labour exploitation", "forced labour"),
    "forced_criminality": ("forced criminal activities (drug dealing)", "forced criminality"),
    "organ_removal": ("organ removal",),
    "forced_marriage": ("forced marriage",),
    "other": ("other",),
}
_PA_GENDER = {
    "female": ("F", "female", "women"),
    "male": ("M", "male", "men"),
    "mixed": ("F/M", "mixed", "men and women"),
}
_PA_AGE = {
    "adult": ("adult", "adults", "18+"),
    "child": ("minor", "minors", "minor (U18)"),
    "mixed": ("adults and minors", "mixed (incl. minors)"),
}
_PA_MODE = {
    "sea": ("sea", "by sea (landing)", "boat"),
    "land": ("land", "by road", "bus/car"),
    "air": ("air", "flight"),
}
_PA_OFFENCES = {
    "document_fraud": "false documents (art. 497-bis c.p.)",
    "corruption": "corruption",
    "money_laundering": "money laundering",
    "illicit_goods": "drug trafficking (D.P.R. 309/90)",
    "cybercrime": "cybercrime",
    "terrorism": "terrorism",
}


def _palermo_country(row: _Row, col: str, forced: str | None) -> None:
    if _country_blank(row, col, forced, 0.02):
        return
    iso = str(row.ev[col])
    rng = row.rng
    r = rng.random()
    name = _name(iso, _EN)
    if col == "nationality" and r < 0.65:
        row.cells[col] = _DEMONYM_EN.get(iso, name)
        row.tags.append("demonym:nationality")
    elif col in ("destination_country", "detection_country") and iso in _ITALIAN and r < 0.15:
        row.cells[col] = _ITALIAN[iso]
        row.tags.append(f"italian:{col}")
    elif col == "detection_country" and r < 0.25:
        row.cells[col] = iso_codes(iso)[0]
        row.tags.append(f"iso2:{col}")
    elif r > 0.97 and (typo := _slip(name, rng)) is not None:
        row.cells[col] = typo
        row.tags.append(f"typo:{col}")
    else:
        row.cells[col] = name
    _case(row, col, 0.05)


def _palermo(
    src: Agency, ev: dict[str, object], rng: _Rng, *, partial_ok: bool, forced_blank: str | None
) -> tuple[_Cells, _Cells, list[str]]:
    row = _Row(src, ev, rng, partial_ok=partial_ok)
    ts = row.ts
    kind = _date_or_partial(row, 0.04, 0.0)
    r = rng.random()
    if kind == "month":
        row.cells["event_date"] = f"{MONTHS[ts.month - 1]} {ts.year}"
        row.partial("month")
    elif r < 0.12:  # a cell left in "General" format shows the serial number
        row.cells["event_date"] = int((ts - pd.Timestamp("1899-12-30")).days)
        row.tags.append("excel_serial")
    elif r < 0.3:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
        row.tags.append("text_date")
    else:
        row.cells["event_date"] = ts.to_pydatetime()
    crime = str(ev["crime_type"])
    row.cells["crime_type"] = choice(rng, _PA_CRIME[crime])
    if row.exp["exploitation"] is None:
        row.cells["exploitation"] = None
    elif row.gap(0.05):
        row.cells["exploitation"] = choice(rng, ("n.d.", "to be determined"))
        row.unknown("exploitation")
        row.tags.append("unknown:exploitation")
    else:
        row.cells["exploitation"] = choice(rng, _PA_EXPL[str(ev["exploitation"])])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if not _count_cell(row, 0.02):
        if n >= 1000 and rng.random() < 0.5:
            row.cells["n_persons"] = f"{n // 1000}.{n % 1000:03d}"
            row.tags.append("thousands:n_persons")
        else:
            row.cells["n_persons"] = n
    _suspects(row, forced_blank, 0.04, 0.02)
    if forced_blank == "gender":
        row.cells["gender"] = None
        row.unknown("gender")
        row.tags.append("blank_gender")
    else:
        _vocab(row, "gender", _PA_GENDER, 0.02)
    _vocab(row, "age_group", _PA_AGE, 0.03)
    for col in ("nationality", "origin_country"):
        _palermo_country(row, col, forced_blank)
    transit = ev["transit_countries"]
    row.cells["transit_countries"] = (
        None if transit is None else " - ".join(_name(c, _EN) for c in str(transit).split("|"))
    )
    for col in ("destination_country", "detection_country"):
        _palermo_country(row, col, forced_blank)
    _vocab(row, "transport_mode", _PA_MODE, 0.02)
    if _blank_place(row, forced_blank, 0.04):
        row.cells["lat"] = row.cells["lon"] = None
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        if rng.random() < 0.15:  # typed in by hand with the Italian decimal comma
            row.cells["lat"], row.cells["lon"] = _dec_comma(lat), _dec_comma(lon)
            row.tags.append("decimal_comma")
        else:
            row.cells["lat"], row.cells["lon"] = round(lat, 5), round(lon, 5)
    _offences(row, _PA_OFFENCES, "; ")
    return row.cells, row.exp, row.tags


# --------------------------------------------------------------------------------------
# Caminando Fronteras (monitoring, Spanish, cp1252, ";")
# --------------------------------------------------------------------------------------
_CF_CRIME = {
    "trafficking": ("trata de seres humanos", "Trata", "trata de personas"),
    "smuggling": ("tráfico de migrantes", "Tráfico ilícito de migrantes", "tráfico de migrantes"),
    "both": ("trata y tráfico", "tráfico + trata"),
}
_CF_EXPL = {
    "sexual": ("explotación sexual", "trata con fines de explotación sexual"),
    "forced_labour": ("explotación laboral", "trabajo forzoso (campo)"),
    "forced_criminality": ("criminalidad forzada", "delitos forzados"),
    "organ_removal": ("extracción de órganos",),
    "forced_marriage": ("matrimonio forzado",),
    "other": ("otras formas",),
}
_CF_GENDER = {
    "female": ("mujeres", "Mujeres"),
    "male": ("hombres", "Hombres"),
    "mixed": ("mixto", "hombres y mujeres"),
}
_CF_AGE = {
    "adult": ("adultos", "Adultos"),
    "child": ("menores", "menores de edad"),
    "mixed": ("adultos y menores", "con menores"),
}
_CF_MODE = {
    "sea": ("cayuco", "patera", "neumática", "embarcación"),
    "land": ("a pie", "salto de valla", "vehículo"),
    "air": ("avión", "vuelo"),
}
_CF_PLACE = {
    "Gran Canaria": "Canarias",
    "Tenerife": "Canarias",
    "El Hierro": "Canarias",
    "Lanzarote": "Canarias",
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
}


def _cf_country(row: _Row, col: str, forced: str | None) -> None:
    if _country_blank(row, col, forced, 0.03):
        return
    iso = str(row.ev[col])
    name = _name(iso, _ES)
    r = row.rng.random()
    if col == "detection_country" and iso == "ESP" and r < 0.3:
        place = _CF_PLACE.get(str(row.ev["hotspot"]), "Andalucía")
        row.cells[col] = f"España ({place})"
        row.tags.append("place:detection_country")
    elif r > 0.96 and (typo := _slip(name, row.rng)) is not None:
        row.cells[col] = typo
        row.tags.append(f"typo:{col}")
    else:
        row.cells[col] = name
    _case(row, col, 0.08)


def _caminando(
    src: Agency, ev: dict[str, object], rng: _Rng, *, partial_ok: bool, forced_blank: str | None
) -> tuple[_Cells, _Cells, list[str]]:
    row = _Row(src, ev, rng, partial_ok=partial_ok)
    ts = row.ts
    kind = _date_or_partial(row, 0.03, 0.02)
    if kind == "month":
        row.cells["event_date"] = f"{_MONTHS['es'][ts.month - 1]} {ts.year}"
        row.partial("month")
    elif kind == "quarter":
        row.cells["event_date"] = choice(
            rng, (f"T{ts.quarter} {ts.year}", f"{ts.quarter}º trimestre {ts.year}")
        )
        row.partial("quarter")
    else:
        row.cells["event_date"] = (
            ts.strftime("%d/%m/%Y") if rng.random() < 0.7 else f"{ts.day}/{ts.month}/{ts.year}"
        )
    row.cells["crime_type"] = choice(rng, _CF_CRIME[str(ev["crime_type"])])
    if row.exp["exploitation"] is None:
        row.cells["exploitation"] = None
    elif row.gap(0.06):
        row.cells["exploitation"] = "sin datos" if rng.random() < 0.5 else None
        row.unknown("exploitation")
        row.tags.append("unknown:exploitation")
    else:
        row.cells["exploitation"] = choice(rng, _CF_EXPL[str(ev["exploitation"])])
    _case(row, "exploitation", 0.05)
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if not _count_cell(row, 0.02):
        if n >= 1000:
            row.cells["n_persons"] = f"{n // 1000}.{n % 1000:03d}"
            row.tags.append("thousands:n_persons")
        elif n >= 20 and rng.random() < 0.05:
            row.cells["n_persons"] = f"{n} aprox."
            row.tags.append("approx_count")
        else:
            row.cells["n_persons"] = str(n)
    _suspects(row, forced_blank, 0.05, 0.03)
    if forced_blank == "gender":
        row.cells["gender"] = None
        row.unknown("gender")
        row.tags.append("blank_gender")
    else:
        _vocab(row, "gender", _CF_GENDER, 0.03)
    _vocab(row, "age_group", _CF_AGE, 0.03)
    for col in ("nationality", "origin_country"):
        _cf_country(row, col, forced_blank)
    transit = ev["transit_countries"]
    if transit is None:
        row.cells["transit_countries"] = choice(rng, ("directa", "", "salida directa")) or None
    else:
        row.cells["transit_countries"] = ", ".join(_name(c, _ES) for c in str(transit).split("|"))
    for col in ("destination_country", "detection_country"):
        _cf_country(row, col, forced_blank)
    _vocab(row, "transport_mode", _CF_MODE, 0.02)
    if _blank_place(row, forced_blank, 0.05):
        row.cells["coordinates"] = choice(rng, ("s/d", "")) or None
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        row.cells["coordinates"] = f"{_dec_comma(lat)} / {_dec_comma(lon)}"
        row.tags.append("decimal_comma")
    row.absent("linked_offences")
    return row.cells, row.exp, row.tags


# --------------------------------------------------------------------------------------
# SDRT du Pas-de-Calais (point de situation, French, UTF-16, tab)
# --------------------------------------------------------------------------------------
_RT_CRIME = {
    "trafficking": ("TEH", "traite des êtres humains", "Traite des êtres humains"),
    "smuggling": (
        "AESI",
        "aide à l'entrée irrégulière en bande organisée",
        "aide à l'entrée et au séjour irréguliers",
        "trafic de migrants",
    ),
    "both": ("TEH + AESI", "traite et aide à l'entrée irrégulière"),
}
_RT_GENDER = {
    "female": ("femmes", "F"),
    "male": ("hommes", "H"),
    "mixed": ("mixte", "H/F", "hommes et femmes"),
}
_RT_AGE = {
    "adult": ("majeurs", "adultes"),
    "child": ("mineurs", "MNA"),
    "mixed": ("majeurs et mineurs", "mixte"),
}
_RT_MODE = {
    "sea": ("small boat", "embarcation", "SB"),
    "land": ("poids lourd", "PL", "camion"),
    "air": ("aérien",),
}
_RT_OFFENCES = {
    "document_fraud": "faux documents",
    "corruption": "corruption",
    "money_laundering": "blanchiment",
    "illicit_goods": "stupéfiants",
    "cybercrime": "cybercriminalité",
    "terrorism": "terrorisme",
}


def _rt_country(row: _Row, col: str, forced: str | None) -> None:
    if _country_blank(row, col, forced, 0.03):
        return
    iso = str(row.ev[col])
    name = _name(iso, _FR)
    r = row.rng.random()
    if col == "nationality" and iso in _DEMONYM_FR and r < 0.6:
        row.cells[col] = _DEMONYM_FR[iso]
        row.tags.append("demonym:nationality")
    elif col == "destination_country" and iso == "GBR" and r < 0.5:
        row.cells[col] = choice(row.rng, ("Angleterre", "UK"))
        row.tags.append("alias:destination_country")
    else:
        row.cells[col] = name
    _case(row, col, 0.06)


def _sdrt(
    src: Agency, ev: dict[str, object], rng: _Rng, *, partial_ok: bool, forced_blank: str | None
) -> tuple[_Cells, _Cells, list[str]]:
    row = _Row(src, ev, rng, partial_ok=partial_ok)
    ts = row.ts
    hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 12)) * 5
    row.cells["event_date"] = (
        f"{ts.strftime('%d/%m/%Y')} {hour:02d}h{minute:02d}"
        if rng.random() < 0.7
        else ts.strftime("%d/%m/%Y")
    )
    row.cells["crime_type"] = choice(rng, _RT_CRIME[str(ev["crime_type"])])
    row.absent("exploitation", "origin_country")
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if not _count_cell(row, 0.03):
        row.cells["n_persons"] = str(n) if rng.random() < 0.85 else f"{n} pers."
    _suspects(row, forced_blank, 0.03, 0.03)
    if forced_blank == "gender":
        row.cells["gender"] = None
        row.unknown("gender")
        row.tags.append("blank_gender")
    else:
        _vocab(row, "gender", _RT_GENDER, 0.03)
    _vocab(row, "age_group", _RT_AGE, 0.03)
    _rt_country(row, "nationality", forced_blank)
    transit = ev["transit_countries"]
    row.cells["transit_countries"] = (
        None if transit is None else " / ".join(_name(c, _FR) for c in str(transit).split("|"))
    )
    for col in ("destination_country", "detection_country"):
        _rt_country(row, col, forced_blank)
    _vocab(row, "transport_mode", _RT_MODE, 0.02)
    if _blank_place(row, forced_blank, 0.06):
        row.cells["coordinates"] = None
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        row.cells["coordinates"] = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'O')}"
        row.tags.append("coords_dms")
    _offences(row, _RT_OFFENCES, ", ")
    return row.cells, row.exp, row.tags


# --------------------------------------------------------------------------------------
# Migrant Help (Dover reception, victim support; English, UTF-8 BOM, ",")
# --------------------------------------------------------------------------------------
_MH_CRIME = {
    "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery / trafficking"),
    "smuggling": ("People smuggling", "Smuggling (small boat arrival)", "Facilitated entry"),
    "both": ("Trafficking & smuggling", "Smuggled and trafficked"),
}
_MH_EXPL = {
    "sexual": ("Sexual exploitation", "Sexual"),
    "forced_labour": ("Labour exploitation", "Forced labour (nail bar)", "Labour"),
    "forced_criminality": ("Criminal exploitation (cannabis farm)", "Criminal exploitation"),
    "organ_removal": ("Organ harvesting",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other",),
}
_MH_GENDER = {
    "female": ("Female", "F"),
    "male": ("Male", "M"),
    "mixed": ("Mixed", "Male & female"),
}
_MH_AGE = {
    "adult": ("Adult", "18+"),
    "child": ("Child (under 18)", "Minor", "U18"),
    "mixed": ("Mixed", "Adults & children"),
}
_MH_MODE = {
    "sea": ("Small boat", "Boat"),
    "land": ("Lorry", "HGV", "Car"),
    "air": ("Flight", "Air"),
}
_MH_OFFENCES = {
    "document_fraud": "false documents",
    "corruption": "bribery",
    "money_laundering": "money laundering",
    "illicit_goods": "drugs (cannabis)",
    "cybercrime": "cybercrime",
    "terrorism": "terrorism",
}
_MH_NATION = {
    "London": "England",
    "Birmingham": "England",
    "Glasgow": "Scotland",
    "Dover": "England",
}


def _mh_country(row: _Row, col: str, forced: str | None) -> None:
    if _country_blank(row, col, forced, 0.03):
        return
    iso = str(row.ev[col])
    name = _name(iso, _EN)
    r = row.rng.random()
    aliases = COUNTRIES[iso][4]
    if col == "detection_country" and iso == "GBR" and r < 0.4:
        row.cells[col] = _MH_NATION.get(str(row.ev["hotspot"]), "England")
        row.tags.append("nation:detection_country")
    elif aliases and r > 0.7:
        row.cells[col] = aliases[0]
        row.tags.append(f"alias:{col}")
    elif r > 0.65:
        row.cells[col] = iso_codes(iso)[0]
        row.tags.append(f"iso2:{col}")
    else:
        row.cells[col] = name
    _case(row, col, 0.05)


def _migrant_help(
    src: Agency, ev: dict[str, object], rng: _Rng, *, partial_ok: bool, forced_blank: str | None
) -> tuple[_Cells, _Cells, list[str]]:
    row = _Row(src, ev, rng, partial_ok=partial_ok)
    ts = row.ts
    historic = str(ev["crime_type"]) != "smuggling"  # exploitation recalled, not witnessed
    kind = _date_or_partial(row, 0.12, 0.08) if historic else "day"
    if kind == "month":
        row.cells["event_date"] = f"{MONTHS[ts.month - 1]} {ts.year}"
        row.partial("month")
    elif kind == "quarter":
        row.cells["event_date"] = f"Q{ts.quarter} {ts.year}"
        row.partial("quarter")
    elif rng.random() < 0.6:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
    else:
        row.cells["event_date"] = f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    row.cells["crime_type"] = choice(rng, _MH_CRIME[str(ev["crime_type"])])
    if row.exp["exploitation"] is None:
        row.cells["exploitation"] = None
    elif row.gap(0.06):
        row.cells["exploitation"] = choice(rng, ("Not disclosed", "Unknown"))
        row.unknown("exploitation")
        row.tags.append("unknown:exploitation")
    else:
        row.cells["exploitation"] = choice(rng, _MH_EXPL[str(ev["exploitation"])])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if not _count_cell(row, 0.02):
        row.cells["n_persons"] = f"{n:,}" if n >= 1000 else str(n)
    _suspects(row, forced_blank, 0.04, 0.03)
    if forced_blank == "gender":
        row.cells["gender"] = None
        row.unknown("gender")
        row.tags.append("blank_gender")
    else:
        _vocab(row, "gender", _MH_GENDER, 0.02)
    if ev["age_group"] == "child" and row.gap(0.15):
        row.cells["age_group"] = "Age disputed"
        row.unknown("age_group")
        row.tags.append("na_word")
    else:
        _vocab(row, "age_group", _MH_AGE, 0.02)
    for col in ("nationality", "origin_country"):
        _mh_country(row, col, forced_blank)
    transit = ev["transit_countries"]
    row.cells["transit_countries"] = (
        choice(rng, ("Direct", "", "direct")) or None
        if transit is None
        else " > ".join(_name(c, _EN) for c in str(transit).split("|"))
    )
    for col in ("destination_country", "detection_country"):
        _mh_country(row, col, forced_blank)
    _vocab(row, "transport_mode", _MH_MODE, 0.02)
    if _blank_place(row, forced_blank, 0.05):
        row.cells["coordinates"] = None
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        row.cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
    _offences(row, _MH_OFFENCES, " / ")
    return row.cells, row.exp, row.tags


# --------------------------------------------------------------------------------------
# BBC Monitoring (OSINT digest feed, English JSON lines)
# --------------------------------------------------------------------------------------
_BM_CRIME = {
    "trafficking": ("human trafficking", "trafficking in persons", "sex trafficking"),
    "smuggling": ("migrant smuggling", "people smuggling", "smuggling of migrants"),
    "both": ("trafficking and smuggling", "smuggling/trafficking"),
}
_BM_EXPL = {
    "sexual": ("sexual exploitation", "forced prostitution"),
    "forced_labour": ("forced labour", "labour exploitation"),
    "forced_criminality": ("forced criminality", "criminal exploitation"),
    "organ_removal": ("organ trafficking",),
    "forced_marriage": ("forced marriage",),
    "other": ("other",),
}
_BM_GENDER = {
    "female": ("women", "female"),
    "male": ("men", "male"),
    "mixed": ("men and women", "mixed"),
}
_BM_AGE = {
    "adult": ("adults", "adult"),
    "child": ("children", "minors"),
    "mixed": ("adults and children", "including minors"),
}
_BM_MODE = {
    "sea": ("boat", "sea", "dinghy"),
    "land": ("land", "on foot", "truck"),
    "air": ("air", "plane"),
}
_BM_OFFENCES = {
    "document_fraud": "document fraud",
    "corruption": "corruption",
    "money_laundering": "money laundering",
    "illicit_goods": "drug smuggling",
    "cybercrime": "cybercrime",
    "terrorism": "terrorism",
}
_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _bm_name(iso: str, row: _Row, col: str) -> str:
    name = _name(iso, _EN)
    if row.rng.random() < 0.25 and (garbled := mojibake(name)) is not None:
        row.tags.append(f"mojibake:{col}")
        return garbled
    return name


def _bm_country(row: _Row, col: str, forced: str | None) -> None:
    if _country_blank(row, col, forced, 0.03):
        return
    iso = str(row.ev[col])
    if col == "detection_country":
        row.cells[col] = iso_codes(iso)[0]
        return
    if col == "origin_country" and row.rng.random() < 0.3:
        row.cells[col] = iso
        row.tags.append(f"iso3:{col}")
        return
    row.cells[col] = _bm_name(iso, row, col)
    _case(row, col, 0.04)


def _bbc(
    src: Agency, ev: dict[str, object], rng: _Rng, *, partial_ok: bool, forced_blank: str | None
) -> tuple[_Cells, _Cells, list[str]]:
    row = _Row(src, ev, rng, partial_ok=partial_ok)
    ts = row.ts
    kind = _date_or_partial(row, 0.03, 0.0)
    if kind == "month":
        row.cells["event_date"] = ts.strftime("%Y-%m")
        row.partial("month")
    elif rng.random() < 0.4:
        hour, minute = int(rng.integers(5, 23)), int(rng.integers(0, 60))
        row.cells["event_date"] = f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00Z"
    else:
        row.cells["event_date"] = ts.strftime("%Y-%m-%d")
    row.cells["crime_type"] = choice(rng, _BM_CRIME[str(ev["crime_type"])])
    if row.exp["exploitation"] is None:
        row.cells["exploitation"] = None
    elif row.gap(0.1):
        row.cells["exploitation"] = "unspecified" if rng.random() < 0.5 else None
        row.unknown("exploitation")
        row.tags.append("unknown:exploitation")
    else:
        row.cells["exploitation"] = choice(rng, _BM_EXPL[str(ev["exploitation"])])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if not _count_cell(row, 0.02):
        if n < 10 and rng.random() < 0.5:
            row.cells["n_persons"] = _WORDS[n]
            row.tags.append("word:n_persons")
        else:
            row.cells["n_persons"] = n
    _suspects(row, forced_blank, 0.06, 0.02)
    if forced_blank == "gender":
        row.cells["gender"] = None
        row.unknown("gender")
        row.tags.append("blank_gender")
    else:
        _vocab(row, "gender", _BM_GENDER, 0.03)
    _vocab(row, "age_group", _BM_AGE, 0.03)
    for col in ("nationality", "origin_country"):
        _bm_country(row, col, forced_blank)
    transit = ev["transit_countries"]
    row.cells["transit_countries"] = (
        None
        if transit is None
        else ", ".join(_bm_name(c, row, "transit_countries") for c in str(transit).split("|"))
    )
    for col in ("destination_country", "detection_country"):
        _bm_country(row, col, forced_blank)
    _vocab(row, "transport_mode", _BM_MODE, 0.02)
    if _blank_place(row, forced_blank, 0.08):
        row.cells["lat"] = row.cells["lon"] = None
    else:
        row.cells["lat"] = round(float(ev["lat"]), 4)  # type: ignore[arg-type]
        row.cells["lon"] = round(float(ev["lon"]), 4)  # type: ignore[arg-type]
    _offences(row, _BM_OFFENCES, ", ")
    return row.cells, row.exp, row.tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_WRITERS = {
    "dda_palermo": _palermo,
    "caminando_fronteras": _caminando,
    "sdrt62_littoral": _sdrt,
    "migrant_help_uk": _migrant_help,
    "bbc_monitoring": _bbc,
}


def _render(
    src: Agency, ev: dict[str, object], rng: _Rng, *, partial_ok: bool, forced_blank: str | None
) -> tuple[_Cells, _Cells, list[str]]:
    return _WRITERS[src.source](src, ev, rng, partial_ok=partial_ok, forced_blank=forced_blank)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: blank, impossible, or year 2123."""
    if kind == "no_date":
        return None if src.format != "csv" else choice(rng, ("", " "))
    if kind == "bad_date":
        if src.source == "bbc_monitoring":
            return f"{ts.year}-02-30"
        return choice(rng, (f"31/02/{ts.year}", f"30/02/{ts.year}", f"00/{ts.month:02d}/{ts.year}"))
    future = ts.replace(year=ts.year + 100)  # 2023 typed 2123
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.source == "bbc_monitoring":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.source == "migrant_help_uk":
        return f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    return last.strftime("%d/%m/%Y")


_SOURCES: tuple[Agency, ...] = (
    Agency(
        source="dda_palermo",
        filename="dda_palermo_dt.xlsx",
        ref="{seq}/{year} RGNR",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Proc. n. (R.G.N.R.)",
            "event_date": "Date of facts",
            "crime_type": "Offence (c.p. / T.U.I.)",
            "exploitation": "Purpose of exploitation",
            "n_persons": "No. of victims / migrants",
            "n_suspects": "No. of suspects (indagati)",
            "gender": "Sex of victims",
            "age_group": "Age (adult/minor)",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Transit route",
            "destination_country": "Final destination",
            "detection_country": "Country of detection",
            "transport_mode": "Means of transport",
            "lat": "Lat",
            "lon": "Long",
            "linked_offences": "Connected offences (reati connessi)",
        },
        note="Nota: dati provvisori - JIT working copy, not for dissemination",
        total="TOTALE",
        bad_count=("several", "numerous", "vari"),
        repeats=False,
        unknown=("n.d.", "unknown"),
        zero=("none", "nessuno"),
    ),
    Agency(
        source="caminando_fronteras",
        filename="caminando_fronteras_dt.csv",
        ref="CF-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "Nº alerta",
            "event_date": "Fecha",
            "crime_type": "Tipo de caso",
            "exploitation": "Forma de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad (mayoritaria)",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "Destino",
            "detection_country": "País de llegada",
            "transport_mode": "Medio",
            "coordinates": "Posición (lat / lon)",
        },
        note="Nota: datos provisionales, pendientes de verificación con las familias",
        total="TOTAL",
        bad_count=("varios", "decenas"),
        repeats=True,
        unknown=("s/d", "sin datos", "desconocido"),
        zero=("ninguno", "0 (ninguno)"),
    ),
    Agency(
        source="sdrt62_littoral",
        filename="sdrt62_littoral_dt.csv",
        ref="RT62-{year}-{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date constat",
            "crime_type": "Qualification",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb passeurs interpellés",
            "gender": "Sexe",
            "age_group": "Majeurs / mineurs",
            "nationality": "Nationalité dominante",
            "transit_countries": "Pays de transit",
            "destination_country": "Destination",
            "detection_country": "Pays du constat",
            "transport_mode": "Mode",
            "coordinates": "Coordonnées GPS",
            "linked_offences": "Infractions connexes",
        },
        note="NB : chiffres provisoires, diffusion restreinte",
        total="TOTAL",
        bad_count=("plusieurs", "plusieurs dizaines"),
        repeats=False,
        unknown=("NC", "non connu", "?"),
        zero=("aucun", "néant"),
    ),
    Agency(
        source="migrant_help_uk",
        filename="migrant_help_uk_dt.csv",
        ref="MH{yy:02d}-{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Case ID",
            "event_date": "Date of encounter",
            "crime_type": "Case type",
            "exploitation": "Type of exploitation",
            "n_persons": "No. of individuals",
            "n_suspects": "Alleged perpetrators",
            "gender": "Gender",
            "age_group": "Age band",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Route",
            "destination_country": "Intended destination",
            "detection_country": "Country identified in",
            "transport_mode": "Method of travel",
            "coordinates": "Location (lat, long)",
            "linked_offences": "Other offences",
        },
        note="Note: figures subject to change following NRM decisions",
        total="Total",
        bad_count=("several", "multiple"),
        repeats=False,
        unknown=("Not known", "Unknown", "n/k"),
        zero=("None identified", "none"),
    ),
    Agency(
        source="bbc_monitoring",
        filename="bbc_monitoring_dt.jsonl",
        ref="bbcm-{year}-{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "story_id",
            "event_date": "incident_date",
            "crime_type": "category",
            "exploitation": "exploitation_type",
            "n_persons": "persons",
            "n_suspects": "arrests",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "origin",
            "transit_countries": "route",
            "destination_country": "destination",
            "detection_country": "country_code",
            "transport_mode": "transport",
            "lat": "lat",
            "lon": "lon",
            "linked_offences": "related_crimes",
        },
        note=None,
        total="DIGEST TOTAL",
        bad_count=("dozens", "hundreds"),
        repeats=True,
        unknown=("unspecified", "unknown"),
        zero=("none", "no arrests"),
    ),
)

#: The variant: who reports which event first, and who may report it again.
BLIND122: Examiner[Agency] = Examiner(
    sources=_SOURCES,
    primary={
        "ITA": "dda_palermo",
        "ESP": "caminando_fronteras",
        "FRA": "sdrt62_littoral",
        "GBR": "migrant_help_uk",
    },
    compilation="bbc_monitoring",
    secondary={
        ("cmed", "ITA"): "bbc_monitoring",
        ("thb_nga_ita", "ITA"): "bbc_monitoring",
        ("wmed", "ESP"): "bbc_monitoring",
        ("watl", "ESP"): "bbc_monitoring",
        ("thb_rou_esp", "ESP"): "dda_palermo",
        ("channel", "FRA"): "migrant_help_uk",
        ("channel", "GBR"): "sdrt62_littoral",
        ("thb_vnm_gbr", "GBR"): "bbc_monitoring",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=122,
    blank_share=0.3,
)


def make_blind122(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind122`` agencies' submissions.

    Italian detections go to the Palermo DDA's JIT case list, Spanish ones to Caminando
    Fronteras, French ones to the Pas-de-Calais territorial intelligence service,
    British ones to Migrant Help, and every other one to BBC Monitoring's digest; a
    share of landings, Channel crossings and trafficking cases is reported a second
    time by another of them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``dda_palermo_dt.xlsx``, ``caminando_fronteras_dt.csv`` (cp1252, ``;``),
        ``sdrt62_littoral_dt.csv`` (UTF-16, tab), ``migrant_help_uk_dt.csv`` (UTF-8 with
        BOM, ``,``) and ``bbc_monitoring_dt.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind122(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dda_palermo_dt.xlsx', 'caminando_fronteras_dt.csv', 'sdrt62_littoral_dt.csv',
     'migrant_help_uk_dt.csv', 'bbc_monitoring_dt.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8-sig', 'utf-8']
    >>> subs[2].frame.columns[:3].tolist()
    ['N° fiche', 'Date constat', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND122, truth, seed=seed)
