"""Examiner sample set ``blind394`` (files ``*_of.*``): payment firms' financial-crime units.

Five payment-sector compliance teams send the trafficking- and smuggling-linked incidents
behind the transactions they flagged, each from its own case tool and in its own words:

``wise_fincrime_of.jsonl``
    A UK e-money institution's financial-crime investigations team (English). A JSON lines
    export of its case system: camelCase keys, ISO alpha-2 codes from drop-downs, English
    demonyms typed in the nationality field, transit countries as a JSON array, ISO dates
    (some with a time, some only a month or a quarter), coordinates as JSON numbers, the
    value of the linked payments in GBP and a summary object at the end. Its EEA entity
    also covers Italy, Greece, Croatia and Poland (the compilation source); it re-reports
    Channel crossings seen from France and Mediterranean crossings and Romanian labour
    cases seen in Spain.
``lemonway_lcbft_of.csv``
    A French payment institution's LCB-FT desk (reporting to Tracfin), cp1252, ``;``,
    CRLF. Day-first dates (``17/05/2023``, ``17/05/23``, ``1er mai 2023``, ``mai 2023``,
    ``T2 2023``), French country names with aliases (``Angleterre``, ``Grande-Bretagne``),
    demonyms agreeing with the victims' sex (``afghan``, ``érythréenne``), the rows keyed
    into a UTF-8 tool from March to August 2022 garbled (``l'entrÃ©e``, ``Ã©rythrÃ©en``, a few
    names elsewhere too), decimal-comma coordinates and amounts, spaces as thousands
    separators, ``NC`` for an unknown count, ``aucun`` for no suspect, exact re-sent rows.
    It re-reports Channel crossings and Vietnamese cases seen in the United Kingdom.
``paycomet_pbc_of.xlsx``
    A Spanish payment entity's anti-money-laundering unit (prevención del blanqueo),
    Excel. Real Excel dates with some typed ones (``17/05/2023``, ``mayo 2023``,
    ``2º trimestre 2023``), the Criminal Code's articles as typologies (``Art. 177 bis
    CP`` trafficking, ``Art. 318 bis CP`` smuggling), Spanish names, ``patera``,
    ``cayuco``, ``salto de valla``, ``s/d`` for an unknown count, ``ninguno`` for no
    suspect; no coordinates. It re-reports Romanian and Nigerian cases seen in Italy.
``libertad_sofipo_pld_of.csv``
    A Mexican SOFIPO's compliance (PLD) area, latin-1, ``|``, all capitals without
    accents as its core system writes: ``TRAFICO DE PERSONAS`` (the Mexican legal name of
    migrant smuggling) against ``TRATA DE PERSONAS``, ``H``/``M`` for hombre/mujer,
    ``NNA`` for minors, ``MEXICANA`` (the nationality agrees with *nacionalidad*),
    ``EUA``, ``OPERACIONES CON RECURSOS DE PROCEDENCIA ILICITA``, ``CONTRA LA SALUD``,
    comma thousands, a few latitude/longitude pairs typed the wrong way round (the
    "latitude" then lies beyond 90 degrees), exact re-sent rows. It reports the events
    seen on the US side of the border and re-reports Darién crossings seen in Panama.
``paguelofacil_cumplimiento_of.csv``
    A Panamanian payment processor's AML compliance officer, UTF-8 with BOM, ``,``.
    Excel serial dates exported from a General-formatted column, some typed day-first
    dates, ``II trimestre 2023``, ``M``/``F`` for masculino/femenino, plural demonyms
    (``venezolanos``), transit lists ending in ``y`` (``Ecuador y Colombia``), a
    ``lat, lon`` pair in one cell and counts with their unit (``35 migrantes``).

The truth expects what a careful analyst reads in each cell; a cell that says nothing
(blank, "not known", "no coordinates") expects nothing and is tagged. The rows are
built on :func:`trendlib.samples._examiner.make_examined`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["EXAMINER", "SOURCES", "PaySource", "make_blind394"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class PaySource(ExaminerSource):
    """A payment firm's financial-crime desk: the shared fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word (or ``"unknown"``, ``"n_a"`` for the exploitation cell
        of a smuggling row, ``"<corridor>:<word>"`` for a corridor's own wording) -> the
        desk's variants, the usual one first (``""`` = a blank cell).
    dates : mapping
        Date style -> weight (styles of :func:`_date_cell`).
    countries : str
        How the desk writes countries: ``"uk"``, ``"fr"``, ``"es"``, ``"mx"`` or ``"pa"``.
    coords : str
        ``"json"`` (numbers), ``"comma"`` (decimal commas), ``"dot"``, ``"pair"``
        (``lat, lon`` in one cell) or ``"none"`` (no location column).
    placeholder : tuple of str
        Cells saying the count of persons is not known.
    zero : tuple of str
        Words for "no suspect".
    offence_sep : str
        Separator between linked offences.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    dates: Mapping[str, float]
    countries: str
    coords: str
    placeholder: tuple[str, ...]
    zero: tuple[str, ...]
    offence_sep: str


# --------------------------------------------------------------------------------------
# Countries as each desk writes them
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Nationalities typed in the UK case tool's free-text field.
_EN_DEMONYM = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "DZA": "Algerian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
    "MLI": "Malian",
    "SEN": "Senegalese",
    "GMB": "Gambian",
}
#: Common misspellings of those demonyms.
_EN_DEMONYM_TYPO = {
    "ERI": "Eritrian",
    "IRQ": "Iraqui",
    "AFG": "Afgan",
    "SYR": "Syrain",
    "ALB": "Albanain",
    "VNM": "Vietnamise",
}
#: French demonyms: (masculine, feminine).
_FR_DEMONYM = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "BGD": ("bangladais", "bangladaise"),
    "CIV": ("ivoirien", "ivoirienne"),
    "CMR": ("camerounais", "camerounaise"),
    "DZA": ("algérien", "algérienne"),
    "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"),
    "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"),
    "MLI": ("malien", "malienne"),
    "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"),
    "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"),
    "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"),
    "TUR": ("turc", "turque"),
    "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}
#: Mexican forms write the nationality agreeing with *nacionalidad* (feminine).
_MX_DEMONYM = {
    "MEX": "MEXICANA",
    "GTM": "GUATEMALTECA",
    "HND": "HONDUREÑA",
    "VEN": "VENEZOLANA",
    "ECU": "ECUATORIANA",
    "HTI": "HAITIANA",
    "COL": "COLOMBIANA",
    "CHN": "CHINA",
}
#: Panamanian reports count migrants by nationality (masculine plural).
_PA_DEMONYM = {
    "VEN": "venezolanos",
    "ECU": "ecuatorianos",
    "HTI": "haitianos",
    "COL": "colombianos",
    "CHN": "chinos",
}
#: Names each desk uses besides the usual one.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne", "Royaume Uni"),
        "VNM": ("Vietnam",),
        "CIV": ("Cote d'Ivoire",),
        "GIN": ("Guinée Conakry",),
        "USA": ("USA",),
    },
    "es": {
        "GBR": ("Gran Bretaña",),
        "ROU": ("Rumania",),
        "GIN": ("Guinea Conakry", "Guinea-Conakry"),
        "MLI": ("Mali",),
        "CIV": ("Côte d'Ivoire",),
        "NGA": ("Nigeria",),
    },
    "mx": {"USA": ("EUA", "EE.UU.", "E.U.A.", "ESTADOS UNIDOS DE AMERICA")},
    "pa": {"USA": ("EE.UU.", "USA", "EEUU"), "PAN": ("Rep. de Panamá",)},
}


#: The country each hand-typing desk sits in.
_HOME = {"fr": "FRA", "es": "ESP", "pa": "PAN"}


def _plain(text: str) -> str:
    """Strip accents (``HONDUREÑA`` -> ``HONDURENA``), as a legacy core system writes."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _swap(text: str) -> str | None:
    """Swap two letters in the middle of a name of 6+ letters (None if it cannot)."""
    if len(text) < 6:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _iso2(iso: str) -> str:
    return str(COUNTRIES[iso][0]) if iso in COUNTRIES else iso_codes(iso)[0]


def _country(src: PaySource, iso: str, col: str, rng: _Rng, gender: str) -> tuple[str, str | None]:
    """Write one country the desk's way; return (cell, messiness tag or None)."""
    r = rng.random()
    style = src.countries
    if iso == _HOME.get(style) and r < 0.2:  # the desk's own country: from a drop-down
        r = 0.5
    if style == "uk":
        if col != "nationality":
            return _iso2(iso), f"iso2:{col}"
        if iso in _EN_DEMONYM and r < 0.82:
            if r < 0.05 and iso in _EN_DEMONYM_TYPO:
                return _EN_DEMONYM_TYPO[iso], "typo:nationality"
            return _EN_DEMONYM[iso], "demonym:nationality"
        if r < 0.92:
            return _iso2(iso), "iso2:nationality"
        return _name(iso, "en"), None
    if style == "fr":
        name = _name(iso, "fr")
        if col == "nationality" and iso in _FR_DEMONYM and r < 0.7:
            word = _FR_DEMONYM[iso][1 if gender == "female" else 0]
            garbled = mojibake(word) if rng.random() < 0.06 else None
            if garbled is not None:
                return garbled, "mojibake:nationality"
            return word, "demonym:nationality"
        aliases = _ALIASES["fr"].get(iso, ())
        if r < 0.06:
            garbled = mojibake(name)
            if garbled is not None:
                return garbled, f"mojibake:{col}"
        if r < 0.1:
            return _iso2(iso), f"iso2:{col}"
        if r < 0.16 and aliases:
            return choice(rng, aliases), f"alias:{col}"
        if r < 0.19:
            typo = _swap(name)
            if typo is not None:
                return typo, f"typo:{col}"
        if r < 0.25:
            return name.upper(), f"case:{col}"
        return name, None
    if style == "es":
        name = _name(iso, "es")
        aliases = _ALIASES["es"].get(iso, ())
        if r < 0.05:
            return iso, f"iso3:{col}"
        if r < 0.1 and aliases:
            return choice(rng, aliases), f"alias:{col}"
        if r < 0.13:
            typo = _swap(name)
            if typo is not None:
                return typo, f"typo:{col}"
        if r < 0.23:
            return name.upper(), f"case:{col}"
        return name, None
    if style == "mx":
        if col == "nationality" and iso in _MX_DEMONYM and r < 0.8:
            word = _MX_DEMONYM[iso]
            return (word if rng.random() < 0.3 else _plain(word)), "demonym:nationality"
        aliases = _ALIASES["mx"].get(iso, ())
        if r < 0.12 and aliases:
            return choice(rng, aliases), f"alias:{col}"
        if r < 0.05:
            return iso, f"iso3:{col}"
        name = _name(iso, "es").upper()  # the core system writes capitals
        return (name if r < 0.1 else _plain(name)), None
    # Panama
    name = _name(iso, "es")
    if col == "nationality" and iso in _PA_DEMONYM and r < 0.3:
        return _PA_DEMONYM[iso], "demonym:nationality"
    aliases = _ALIASES["pa"].get(iso, ())
    if r < 0.05 and aliases:
        return choice(rng, aliases), f"alias:{col}"
    if r < 0.09:
        return iso, f"iso3:{col}"
    if r < 0.13:
        typo = _swap(name)
        if typo is not None:
            return typo, f"typo:{col}"
    if r < 0.2:
        return name.upper(), f"case:{col}"
    return name, None


def _transit(src: PaySource, codes: list[str], rng: _Rng, gender: str) -> tuple[object, list[str]]:
    """Write an ordered transit list the desk's way; return (cell, tags)."""
    tags: list[str] = []
    if src.countries == "uk":  # the case tool stores an array of ISO alpha-2 codes
        return [_iso2(c) for c in codes], ["iso2:transit_countries"]
    names: list[str] = []
    for code in codes:
        text, tag = _country(src, code, "transit_countries", rng, gender)
        names.append(text)
        if tag is not None and tag.split(":")[0] in ("typo", "mojibake"):
            tags.append(f"{tag.split(':')[0]}:transit_countries")
    if src.countries == "fr":
        return ", ".join(names), tags
    if src.countries == "es":
        return " - ".join(names), tags
    if src.countries == "mx":
        return ", ".join(names), tags
    if len(names) == 1:
        return names[0], tags
    return ", ".join(names[:-1]) + " y " + names[-1], tags


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
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
_ROMAN = ("I", "II", "III", "IV")
#: Months in which the French desk's rows went through a UTF-8 tool (garbled accents).
_GARBLED = (pd.Timestamp("2022-03-01"), pd.Timestamp("2022-08-31"))
_MX_ORDINAL = ("1ER", "2DO", "3ER", "4TO")


def _serial(ts: pd.Timestamp) -> str:
    return str((ts.normalize() - _EXCEL_EPOCH).days)


def _date_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a date in ``style``; return (cell, precision)."""
    m = ts.month - 1
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), "day"
    if style == "iso_dt":
        hh, mm = int(rng.integers(6, 21)), int(rng.integers(0, 60))
        return ts.strftime("%Y-%m-%d") + f"T{hh:02d}:{mm:02d}:00Z", "day"
    if style == "dmy":
        return ts.strftime("%d/%m/%Y"), "day"
    if style == "dmy2":
        return ts.strftime("%d/%m/%y"), "day"
    if style == "long_fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_FR_MONTHS[m]} {ts.year}", "day"
    if style == "excel":
        return ts.to_pydatetime(), "day"
    if style == "serial":
        return _serial(ts), "day"
    if style == "month_iso":
        return ts.strftime("%Y-%m"), "month"
    if style == "month_fr":
        return f"{_FR_MONTHS[m]} {ts.year}", "month"
    if style == "month_es":
        return f"{_ES_MONTHS[m]} {ts.year}", "month"
    if style == "month_mx":
        return f"{_ES_MONTHS[m].upper()} {ts.year}", "month"
    if style == "quarter_iso":
        return f"{ts.year}-Q{ts.quarter}", "quarter"
    if style == "quarter_fr":
        return f"T{ts.quarter} {ts.year}", "quarter"
    if style == "quarter_es":
        return f"{ts.quarter}º trimestre {ts.year}", "quarter"
    if style == "quarter_mx":
        return f"{_MX_ORDINAL[ts.quarter - 1]} TRIMESTRE {ts.year}", "quarter"
    if style == "quarter_pa":
        return f"{_ROMAN[ts.quarter - 1]} trimestre {ts.year}", "quarter"
    raise ValueError(f"unknown date style {style!r}")  # a typo in the tables below


def _is_partial(style: str) -> bool:
    return style.startswith(("month", "quarter"))


def _pick_style(styles: Mapping[str, float], rng: _Rng, *, partial_ok: bool) -> str:
    keys = [k for k in styles if partial_ok or not _is_partial(k)]
    w = np.array([styles[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _main_style(src: PaySource) -> str:
    return max(src.dates, key=lambda k: src.dates[k])


def _typed(src: PaySource, ts: pd.Timestamp) -> object:
    """Write a date as the desk types it by hand (for bad and note rows)."""
    main = _main_style(src)
    if main in ("iso", "iso_dt"):
        return ts.strftime("%Y-%m-%d")
    if main == "excel":
        return ts.to_pydatetime()
    return ts.strftime("%d/%m/%Y")


def _bad_date(src: PaySource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: none, an impossible day or a mistyped year."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # the day after the month's last day: 29/02, 31/04, 32/05
        day = ts.days_in_month + 1
        if _main_style(src) in ("iso", "iso_dt"):
            return f"{ts.year}-{ts.month:02d}-{day:02d}"
        return f"{day:02d}/{ts.month:02d}/{ts.year}"
    # future: two digits of the year swapped (2023 -> 2203)
    year = 2200 + ts.year % 100
    return _typed(src, ts.replace(year=year, day=min(ts.day, 28)))


def _note_date(src: PaySource, last: pd.Timestamp) -> object:
    """Write the extraction date on the desk's note row."""
    return _typed(src, last + pd.Timedelta(days=3))


# --------------------------------------------------------------------------------------
# Words, counts, places
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Pick the usual form 60 % of the time, another one otherwise."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _vocab(src: PaySource, col: str, key: str, corridor: str, rng: _Rng) -> str:
    table = src.words[col]
    forms = table.get(f"{corridor}:{key}") or table[key]
    return _word(rng, forms)


def _thousands(n: int, sep: str) -> str:
    if n < 1000:
        return str(n)
    return f"{n // 1000}{sep}{n % 1000:03d}"


def _count(src: PaySource, n: int, rng: _Rng, tags: list[str], *, persons: bool) -> object:
    """Write a count as the desk does (numbers stay numbers in JSON and Excel)."""
    if src.format in ("jsonl", "xlsx"):
        return n
    if src.countries == "fr":
        if n >= 1000:
            tags.append("thousands:n_persons" if persons else "thousands:n_suspects")
            return _thousands(n, choice(rng, ("\u00a0", " ")))
        return str(n)
    if n >= 1000:
        tags.append("thousands:n_persons" if persons else "thousands:n_suspects")
        return _thousands(n, ",")
    return str(n)


def _amount(src: PaySource, rng: _Rng) -> object:
    """Value of the flagged payments (a column the record frame does not keep)."""
    value = float(np.round(rng.lognormal(8.5 if src.countries == "mx" else 7.0, 1.1), 2))
    if src.format in ("jsonl", "xlsx"):
        return value
    text = f"{value:,.2f}"
    if src.countries == "fr":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text


def _coordinates(
    src: PaySource,
    ev: Mapping[str, object],
    rng: _Rng,
    forced_blank: str | None,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"], exp["lon"] = None, None
    if src.coords == "none":
        tags.append("coords_missing")
        return
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        return
    r = rng.random()
    if r < 0.05:
        tags.append("coords_missing")
        return
    if src.coords == "pair" and r < 0.08:
        cells["coordinates"] = choice(rng, ("sin coordenadas", "N/D"))
        tags.append("coords_placeholder")
        return
    exp["lat"], exp["lon"] = lat, lon
    if src.coords == "json":
        cells["lat"], cells["lon"] = lat, lon
    elif src.coords == "comma":
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")
    elif src.coords == "dot":
        cells["lat"], cells["lon"] = f"{lat:.5f}", f"{lon:.5f}"
        if abs(lon) > 90 and rng.random() < 0.02:  # typed the wrong way round: visibly so
            cells["lat"], cells["lon"] = cells["lon"], cells["lat"]
            tags.append("coords_swapped")
    else:
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"


def _case(src: PaySource, text: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """Case and spacing slips of the hand-typed desks (the meaning stays)."""
    if src.countries not in ("fr", "pa") or rng.random() >= 0.04:
        return text
    tags.append(f"case:{col}")
    kind = int(rng.integers(3))
    return text.lower() if kind == 0 else f" {text}  " if kind == 1 else text.upper()


def _render(
    src: PaySource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, messiness tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    corridor = str(ev["corridor"])
    gender = str(ev["gender"])
    upper = src.countries == "mx"

    # date
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    style = _pick_style(src.dates, rng, partial_ok=partial_ok)
    cells["event_date"], precision = _date_cell(style, ts, rng)
    exp["date_precision"] = precision
    if precision == "month":
        exp["event_date"] = ts.to_period("M").start_time
        tags.append("partial_date")
    elif precision == "quarter":
        exp["event_date"] = ts.to_period("Q").start_time
        tags.append("partial_date")
    else:
        exp["event_date"] = ts.normalize()
    if style == "serial":
        tags.append("serial_date")

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _case(
        src, _vocab(src, "crime_type", crime, corridor, rng), "crime_type", rng, tags
    )
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:  # smuggling: nothing to say, or "not applicable"
        word = _word(rng, src.words["exploitation"]["n_a"])
        cells["exploitation"] = word or None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = _word(rng, src.words["exploitation"]["unknown"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        key = str(expl)
        if (
            src.countries == "uk"
            and key == "forced_criminality"
            and ev["nationality"] in ("VNM", "ALB")
            and rng.random() < 0.5
        ):
            cells["exploitation"] = "Criminal Exploitation (cannabis cultivation)"
        else:
            cells["exploitation"] = _case(
                src, _vocab(src, "exploitation", key, corridor, rng), "exploitation", rng, tags
            )
        exp["exploitation"] = key

    # persons and suspects
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if src.placeholder and rng.random() < 0.025:
        cells["n_persons"] = choice(rng, src.placeholder)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags, persons=True)
        exp["n_persons"] = n
        if src.countries == "pa" and rng.random() < 0.05 and isinstance(cells["n_persons"], str):
            unit = "víctima" if crime == "trafficking" else "migrante"
            cells["n_persons"] = f"{cells['n_persons']} {unit}{'' if n == 1 else 's'}"
            tags.append("count_unit")
    s = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or s is None or r < 0.04:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif s == 0 and src.zero and r < 0.4:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, s, rng, tags, persons=False)
        exp["n_suspects"] = s

    # gender, age group
    r = rng.random()
    if forced_blank == "gender" or r < 0.03:
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif r < 0.05:
        cells["gender"] = _word(rng, src.words["gender"]["unknown"])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _case(
            src, _vocab(src, "gender", gender, corridor, rng), "gender", rng, tags
        )
        exp["gender"] = gender
    age = str(ev["age_group"])
    r = rng.random()
    if r < 0.02:
        cells["age_group"] = None
        exp["age_group"] = "unknown"
        tags.append("na_word")
    elif r < 0.05:
        cells["age_group"] = _word(rng, src.words["age_group"]["unknown"])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _case(
            src, _vocab(src, "age_group", age, corridor, rng), "age_group", rng, tags
        )
        exp["age_group"] = age

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        r = rng.random()
        blank = forced_blank == col or iso is None
        if col in ("nationality", "origin_country") and r < 0.03:
            blank = True
        if blank:
            if col != "detection_country" and iso is not None and r < 0.015:
                cells[col] = _word(rng, src.words["country"]["unknown"])
            else:
                cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        text, tag = _country(src, str(iso), col, rng, gender)
        if tag is not None:
            tags.append(tag)
        if src.format == "csv" and not _fits(text, src):
            text = _plain(text)
        cells[col] = text
        exp[col] = iso

    # transit countries, in order
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = [] if src.countries == "uk" and rng.random() < 0.5 else None
        if src.countries != "uk" and rng.random() < 0.3:
            cells["transit_countries"] = _word(rng, src.words["country"]["direct"])
            tags.append("direct_word")
        exp["transit_countries"] = None
    else:
        cells["transit_countries"], ttags = _transit(src, str(transit).split("|"), rng, gender)
        tags.extend(ttags)
        exp["transit_countries"] = transit

    # transport mode
    mode = str(ev["transport_mode"])
    r = rng.random()
    if r < 0.02:
        cells["transport_mode"] = None
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    elif r < 0.045:
        cells["transport_mode"] = _word(rng, src.words["transport_mode"]["unknown"])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _case(
            src, _vocab(src, "transport_mode", mode, corridor, rng), "transport_mode", rng, tags
        )
        exp["transport_mode"] = mode

    _coordinates(src, ev, rng, forced_blank, cells, exp, tags)

    # linked offences, in the truth's order
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_vocab(src, "linked_offences", o, corridor, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    exp["linked_offences"] = offences

    cells["amount"] = _amount(src, rng)
    if src.countries == "fr" and _GARBLED[0] <= ts <= _GARBLED[1]:
        # rows keyed into a UTF-8 tool in those months came back garbled in the cp1252 export
        hit = False
        for col, value in list(cells.items()):
            words_only = col not in ("amount", "n_persons", "n_suspects")
            clean = isinstance(value, str) and "Ã" not in value  # garbled once, not twice
            garbled = mojibake(str(value)) if clean and words_only else None
            if garbled is not None and _fits(garbled, src):
                cells[col] = garbled
                hit = True
        if hit:
            tags.append("mojibake_row")
    if upper:
        for col, value in list(cells.items()):
            if isinstance(value, str):
                cells[col] = value.upper()
    return cells, exp, tags


def _fits(text: str, src: ExaminerSource) -> bool:
    try:
        text.encode(src.encoding)
    except UnicodeEncodeError:
        return False
    return True


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_UK_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Human Trafficking", "Modern Slavery", "MSHT"),
        "smuggling": ("People Smuggling", "Organised Immigration Crime", "OIC"),
        "both": ("Human Trafficking & People Smuggling", "MSHT / OIC"),
    },
    "exploitation": {
        "sexual": ("Sexual Exploitation", "Sexual"),
        "forced_labour": ("Labour Exploitation", "Forced Labour"),
        "forced_criminality": ("Criminal Exploitation", "Forced Criminality"),
        "organ_removal": ("Organ Harvesting",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
        "unknown": ("Not Known", "Unknown"),
        "n_a": ("", "N/A"),
    },
    "gender": {
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & Female"),
        "unknown": ("Not Known",),
    },
    "age_group": {
        "child": ("Minor", "Under 18", "Child"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & Minors", "Mixed"),
        "unknown": ("Not Known", "Unknown"),
    },
    "transport_mode": {
        "channel:sea": ("Small Boat", "Sea"),
        "channel:land": ("Lorry/HGV", "Vehicle"),
        "sea": ("Sea", "Boat"),
        "land": ("Land", "Vehicle", "On foot"),
        "air": ("Air", "Flight"),
        "unknown": ("Not Known",),
    },
    "linked_offences": {
        "document_fraud": ("Document Fraud", "False Documents"),
        "corruption": ("Bribery & Corruption",),
        "money_laundering": ("Money Laundering",),
        "illicit_goods": ("Drugs", "Controlled Drugs"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "country": {"unknown": ("Not Known",), "direct": ("",)},
}
_FR_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
        "smuggling": (
            "Trafic de migrants",
            "Aide à l'entrée irrégulière",
            "Filière d'immigration clandestine",
        ),
        "both": ("TEH + trafic de migrants", "Traite et aide à l'entrée irrégulière"),
    },
    "exploitation": {
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
        "unknown": ("Non déterminée", "NC"),
        "n_a": ("", "Sans objet"),
    },
    "gender": {
        "female": ("Femmes", "F", "Féminin"),
        "male": ("Hommes", "H", "Masculin"),
        "mixed": ("Mixte", "H/F"),
        "unknown": ("Non renseigné", "NC"),
    },
    "age_group": {
        "child": ("Mineurs", "Mineur"),
        "adult": ("Majeurs", "Adultes"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
        "unknown": ("Non renseigné", "NC"),
    },
    "transport_mode": {
        "channel:sea": ("Small boat", "Embarcation", "Voie maritime"),
        "channel:land": ("Poids lourd", "Camion", "Voie terrestre"),
        "sea": ("Voie maritime", "Embarcation", "Bateau"),
        "land": ("Voie terrestre", "Véhicule", "Camion"),
        "air": ("Voie aérienne", "Avion"),
        "unknown": ("Non renseigné",),
    },
    "linked_offences": {
        "document_fraud": ("Fraude documentaire", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment", "Blanchiment de capitaux"),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    "country": {"unknown": ("inconnu", "NC"), "direct": ("Aucun", "Direct")},
}
_ES_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Trata de seres humanos", "TSH", "Art. 177 bis CP"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Art. 318 bis CP",
            "Favorecimiento de la inmigración irregular",
        ),
        "both": ("Trata y tráfico de migrantes", "TSH + tráfico de migrantes"),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
        "unknown": ("Sin determinar",),
        "n_a": ("", "No aplica"),
    },
    "gender": {
        "female": ("Mujeres", "Mujer"),
        "male": ("Hombres", "Hombre", "Varones"),
        "mixed": ("Mixto", "Ambos sexos"),
        "unknown": ("Sin datos",),
    },
    "age_group": {
        "child": ("Menores", "Menor de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
        "unknown": ("Sin datos",),
    },
    "transport_mode": {
        "watl:sea": ("Cayuco", "Embarcación"),
        "wmed:sea": ("Patera", "Neumática", "Moto de agua"),
        "wmed:land": ("A pie", "Salto de valla", "Vehículo"),
        "thb_rou_esp:land": ("Autobús", "Furgoneta", "Terrestre"),
        "sea": ("Marítimo", "Embarcación"),
        "land": ("Terrestre", "Vehículo"),
        "air": ("Aéreo", "Avión", "Vuelo"),
        "unknown": ("Sin datos",),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    "country": {"unknown": ("s/d", "Desconocido"), "direct": ("Directo", "Ninguno")},
}
_MX_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("TRATA DE PERSONAS",),
        "smuggling": ("TRAFICO DE PERSONAS", "TRAFICO DE INDOCUMENTADOS", "TRAFICO DE MIGRANTES"),
        "both": ("TRATA Y TRAFICO DE PERSONAS",),
    },
    "exploitation": {
        "sexual": ("EXPLOTACION SEXUAL", "SEXUAL"),
        "forced_labour": ("LABORAL", "TRABAJOS FORZADOS"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS",),
        "organ_removal": ("EXTRACCION DE ORGANOS",),
        "forced_marriage": ("MATRIMONIO FORZOSO",),
        "other": ("OTRA",),
        "unknown": ("SIN DATO",),
        "n_a": ("NO APLICA", ""),
    },
    "gender": {
        "female": ("MUJER", "M", "FEMENINO"),
        "male": ("HOMBRE", "H", "MASCULINO"),
        "mixed": ("AMBOS", "MIXTO"),
        "unknown": ("SIN DATO",),
    },
    "age_group": {
        "child": ("NNA", "MENOR DE EDAD"),
        "adult": ("ADULTO", "MAYOR DE EDAD"),
        "mixed": ("ADULTOS Y NNA", "MIXTO"),
        "unknown": ("SIN DATO",),
    },
    "transport_mode": {
        "us_mex:land": ("TERRESTRE", "A PIE", "TRACTOCAMION", "VEHICULO PARTICULAR"),
        "land": ("TERRESTRE", "A PIE", "AUTOBUS"),
        "sea": ("MARITIMO", "LANCHA"),
        "air": ("AEREO",),
        "unknown": ("SIN DATO",),
    },
    "linked_offences": {
        "document_fraud": ("FALSIFICACION DE DOCUMENTOS", "USO DE DOCUMENTO FALSO"),
        "corruption": ("COHECHO",),
        "money_laundering": ("OPERACIONES CON RECURSOS DE PROCEDENCIA ILICITA", "LAVADO DE DINERO"),
        "illicit_goods": ("NARCOTRAFICO", "CONTRA LA SALUD"),
        "cybercrime": ("DELITOS INFORMATICOS",),
        "terrorism": ("TERRORISMO",),
    },
    "country": {"unknown": ("SIN DATO",), "direct": ("NINGUNO", "SIN TRANSITO")},
}
_PA_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
        "unknown": ("N/D",),
        "n_a": ("N/A", ""),
    },
    "gender": {
        "female": ("Femenino", "F"),
        "male": ("Masculino", "M"),
        "mixed": ("Mixto", "Ambos"),
        "unknown": ("N/D",),
    },
    "age_group": {
        "child": ("Menores", "NNA"),
        "adult": ("Adultos",),
        "mixed": ("Adultos y menores", "Mixto"),
        "unknown": ("N/D",),
    },
    "transport_mode": {
        "darien:land": ("A pie", "Caminata por la selva", "Terrestre"),
        "land": ("Terrestre", "A pie"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
        "unknown": ("N/D",),
    },
    "linked_offences": {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    "country": {"unknown": ("N/D",), "direct": ("N/A",)},
}

#: The five desks, in the order :func:`make_blind394` returns their submissions.
SOURCES: tuple[PaySource, ...] = (
    PaySource(
        source="wise_fincrime",
        filename="wise_fincrime_of.jsonl",
        ref="FCI-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "caseRef",
            "event_date": "incidentDate",
            "crime_type": "typology",
            "exploitation": "exploitationType",
            "n_persons": "personsInvolved",
            "n_suspects": "subjectsIdentified",
            "gender": "personsGender",
            "age_group": "personsAgeBand",
            "nationality": "primaryNationality",
            "origin_country": "originCountry",
            "destination_country": "destinationCountry",
            "detection_country": "incidentCountry",
            "transit_countries": "transitCountries",
            "transport_mode": "travelMethod",
            "lat": "incidentLat",
            "lon": "incidentLng",
            "linked_offences": "associatedOffences",
            "amount": "linkedValueGBP",
        },
        note=None,
        total="TOTAL",
        bad_count=("TBC", "multiple", "see SAR narrative"),
        repeats=False,
        words=_UK_WORDS,
        dates={"iso": 0.8, "iso_dt": 0.12, "month_iso": 0.04, "quarter_iso": 0.04},
        countries="uk",
        coords="json",
        placeholder=(),
        zero=(),
        offence_sep="; ",
    ),
    PaySource(
        source="lemonway_lcbft",
        filename="lemonway_lcbft_of.csv",
        ref="LCB{yy:02d}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "Réf. dossier",
            "event_date": "Date des faits",
            "crime_type": "Typologie",
            "exploitation": "Finalité d'exploitation",
            "n_persons": "Nb personnes concernées",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur/Mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays de départ",
            "destination_country": "Pays de destination",
            "detection_country": "Pays des faits",
            "transit_countries": "Pays de transit",
            "transport_mode": "Mode de passage",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
            "amount": "Montant des flux (€)",
        },
        note="Extraction registre LCB-FT – chiffres provisoires, hors DS transmises à Tracfin",
        total="TOTAL",
        bad_count=("plusieurs", "une dizaine", "cf. DS"),
        repeats=True,
        words=_FR_WORDS,
        dates={
            "dmy": 0.74,
            "dmy2": 0.1,
            "long_fr": 0.06,
            "month_fr": 0.05,
            "quarter_fr": 0.05,
        },
        countries="fr",
        coords="comma",
        placeholder=("NC", "inconnu"),
        zero=("aucun", "néant"),
        offence_sep=" + ",
    ),
    PaySource(
        source="paycomet_pbc",
        filename="paycomet_pbc_of.xlsx",
        ref="PBC-{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº expediente",
            "event_date": "Fecha de los hechos",
            "crime_type": "Tipología",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº de personas",
            "n_suspects": "Nº de investigados",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de los hechos",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "linked_offences": "Delitos conexos",
            "amount": "Importe operaciones (€)",
        },
        note="Nota: datos provisionales, pendientes de comunicación al SEPBLAC",
        total="TOTAL",
        bad_count=("varios", "pendiente", "ver informe"),
        repeats=False,
        words=_ES_WORDS,
        dates={"excel": 0.78, "dmy": 0.1, "month_es": 0.06, "quarter_es": 0.06},
        countries="es",
        coords="none",
        placeholder=("s/d", "desconocido"),
        zero=("ninguno", "Ninguno"),
        offence_sep=", ",
    ),
    PaySource(
        source="libertad_sofipo_pld",
        filename="libertad_sofipo_pld_of.csv",
        ref="ROI{year}{seq:06d}",
        format="csv",
        encoding="latin-1",
        delimiter="|",
        language="es",
        headers={
            "source_ref": "FOLIO",
            "event_date": "FECHA EVENTO",
            "crime_type": "TIPOLOGIA",
            "exploitation": "TIPO EXPLOTACION",
            "n_persons": "NUM PERSONAS",
            "n_suspects": "NUM PROBABLES RESPONSABLES",
            "gender": "SEXO",
            "age_group": "GRUPO EDAD",
            "nationality": "NACIONALIDAD",
            "origin_country": "PAIS ORIGEN",
            "destination_country": "PAIS DESTINO",
            "detection_country": "PAIS EVENTO",
            "transit_countries": "PAISES TRANSITO",
            "transport_mode": "MEDIO TRANSPORTE",
            "lat": "LATITUD",
            "lon": "LONGITUD",
            "linked_offences": "DELITOS VINCULADOS",
            "amount": "MONTO OPERADO MXN",
        },
        note="NOTA: INFORMACION CONFIDENCIAL (ART. 124 LACP)",
        total="TOTAL GENERAL",
        bad_count=("VARIOS", "GRUPO", "POR DETERMINAR"),
        repeats=True,
        words=_MX_WORDS,
        dates={"dmy": 0.88, "month_mx": 0.07, "quarter_mx": 0.05},
        countries="mx",
        coords="dot",
        placeholder=("SIN DATO",),
        zero=("NINGUNO",),
        offence_sep=" / ",
    ),
    PaySource(
        source="paguelofacil_cumplimiento",
        filename="paguelofacil_cumplimiento_of.csv",
        ref="ROS-{yy:02d}-{seq:03d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "No. de caso",
            "event_date": "Fecha del hecho",
            "crime_type": "Delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cantidad de personas",
            "n_suspects": "Cantidad de sospechosos",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País donde ocurrió",
            "transit_countries": "Ruta / tránsito",
            "transport_mode": "Medio de desplazamiento",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos relacionados",
            "amount": "Monto (USD)",
        },
        note="Nota: información preliminar, sujeta a validación del Oficial de Cumplimiento",
        total="Total general",
        bad_count=("varios", "grupo grande", "por confirmar"),
        repeats=False,
        words=_PA_WORDS,
        dates={"serial": 0.7, "dmy": 0.2, "month_es": 0.05, "quarter_pa": 0.05},
        countries="pa",
        coords="pair",
        placeholder=("N/D", "sin dato"),
        zero=("ninguno",),
        offence_sep=", ",
    ),
)

_UK, _FR, _ES, _MX, _PA = (s.source for s in SOURCES)

#: The variant: who reports what first, who reports it again, and how each desk writes.
EXAMINER: Examiner[PaySource] = Examiner(
    sources=SOURCES,
    primary={"GBR": _UK, "FRA": _FR, "ESP": _ES, "USA": _MX, "PAN": _PA},
    compilation=_UK,  # the EEA entity's team also covers Italy, Greece, Croatia, Poland
    secondary={
        ("channel", "FRA"): _UK,
        ("channel", "GBR"): _FR,
        ("thb_vnm_gbr", "GBR"): _FR,
        ("wmed", "ESP"): _UK,
        ("thb_rou_esp", "ESP"): _UK,
        ("thb_rou_esp", "ITA"): _ES,
        ("thb_nga_ita", "ITA"): _ES,
        ("darien", "PAN"): _MX,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=394,
    blank_share=0.3,
)


def make_blind394(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five payment firms' financial-crime desks report them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``wise_fincrime_of.jsonl`` (UK e-money institution, English, UTF-8),
        ``lemonway_lcbft_of.csv`` (French payment institution, cp1252, ``;``),
        ``paycomet_pbc_of.xlsx`` (Spanish payment entity),
        ``libertad_sofipo_pld_of.csv`` (Mexican SOFIPO, latin-1, ``|``) and
        ``paguelofacil_cumplimiento_of.csv`` (Panamanian payment processor, UTF-8 with
        BOM, ``,``), each with its rows of the truth.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind394(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['wise_fincrime_of.jsonl', 'lemonway_lcbft_of.csv', 'paycomet_pbc_of.xlsx',
     'libertad_sofipo_pld_of.csv', 'paguelofacil_cumplimiento_of.csv']
    >>> [(s.encoding, s.delimiter) for s in subs[1::2]]
    [('cp1252', ';'), ('latin-1', '|')]
    >>> subs[3].frame.columns[:3].tolist()
    ['FOLIO', 'FECHA EVENTO', 'TIPOLOGIA']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
