"""Examiner sample set ``blind300`` (files ``*_kp.*``): coroners and forensic services.

Five sources that record the deaths (and the living victims they examine) of smuggled
migrants and trafficking victims, each with the group's and the case's details, written
the way each office keeps its register:

``hmc_kent_medway_kp.xlsx``
    HM Senior Coroner for Kent and Medway: the coroner's case register as an Excel
    export (English). Real Excel dates with a few typed ``17 May 2023`` or ``May 2023``
    (remains found later), nationalities as demonyms (``Afghan``, ``Vietnamese``), ``N/A``
    for the exploitation of a smuggling case, arrests ``None``/``Nil``, decimal
    coordinates, an *Inquest status* and an *Of whom deceased* column.
``umj_ch_calais_kp.csv``
    Unité médico-judiciaire of the Centre hospitalier de Calais: French, cp1252, ``;``,
    CRLF. Day-first dates (``17/05/2023``, ``17/05/23``, ``mai 2023``), French legal
    wording (``aide à l'entrée irrégulière``, ``AESI``, ``TEH``), ``MNA`` for minors,
    ``small boat``, ``poids lourd``, demonyms (``afghane``, ``érythréen``), ``Angleterre``,
    decimal-comma coordinates, ``aucun``/``néant`` and number words for the persons
    arrested, a *Nature de l'acte* and a *dont décédés* column.
``imlcf_las_palmas_kp.csv``
    Instituto de Medicina Legal y Ciencias Forenses de Las Palmas: the register saved by
    Excel as "Unicode text" (UTF-16 with BOM, tab-separated), Spanish. Day-first dates,
    ``mayo de 2023``, articles of the Código Penal (``art. 318 bis CP``,
    ``art. 177 bis CP``), ``cayuco``/``patera``, ``varón``/``mujer``, Spanish demonyms
    (``senegalés``, ``maliense``), thousands with a dot (``1.250``) and the recovery
    position in degrees, minutes and seconds with ``O`` (oeste) for west.
``eaaf_proyecto_frontera_kp.xlsx``
    Equipo Argentino de Antropología Forense, Proyecto Frontera: its Excel case base of
    the Americas (Spanish of Latin America): ``trata de personas``, ``NNA`` for children,
    ``NN`` for an unidentified body, ``EE. UU.``, ``lavado de activos``, ``narcotráfico``;
    real Excel dates, some typed day-first or left as serial numbers, decimal-comma
    coordinates typed as text, and names garbled by a merge of partners' files
    (``HaitÃ­``).
``border_forensics_kp.jsonl``
    Border Forensics (Geneva), the compilation of the incidents it documents at Europe's
    borders: English JSON lines, ISO alpha-3 (some alpha-2 and numeric) codes, ISO dates
    with month-only (``2023-05``) and quarter (``2023-Q2``, ``Q2 2023``) dates, transit
    codes joined by ``" > "``.

The truth expects what a careful analyst reads from each cell: a demonym is its
country, ``Angleterre`` the United Kingdom, ``NN`` or ``Unidentified`` no nationality,
``N/A``/``sans objet``/``no procede`` no exploitation, a count word ``unknown`` no count
and ``several`` a row to quarantine.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND300", "SOURCES", "ForensicSource", "make_blind300", "render"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class ForensicSource(ExaminerSource):
    """A coroner's or forensic service's way of writing its register.

    Attributes
    ----------
    words : mapping
        Column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> canonical word -> the office's words.
    na_exploitation : tuple of str
        What the office writes as the exploitation of a pure smuggling case (``""``:
        blank).
    unknown : tuple of str
        Words for a sex, age group or mode of travel that is not known (``""``: blank).
    count_unknown : tuple of str
        Words for a count that is not known.
    zero_words : tuple of str
        Words for no person arrested.
    no_nationality : tuple of str
        Words for a nationality not established (unidentified remains).
    nat_styles : mapping
        How a nationality is written: style -> weight (``name``, ``demonym``, ``upper``,
        ``lower``, ``iso2``, ``iso3``, ``numeric``, ``alias``, ``noaccent``, ``mojibake``).
    place_styles : mapping
        The same for the countries of origin, destination, incident and transit.
    transit_seps : tuple of str
        Separators of the transit countries, in order of travel.
    direct_words : tuple of str
        What is written for a journey with no transit country (``""``: blank).
    offence_sep : str
        Separator of the related offences.
    dates : str
        Date style: ``"kent"``, ``"umj"``, ``"iml"``, ``"eaaf"`` or ``"bf"``.
    coords : str
        Coordinate style: ``"number"``, ``"comma"``, ``"dms"`` or ``"mixed"``.
    digits : int
        Decimals of the coordinates written as numbers.
    """

    words: Mapping[str, _Words]
    na_exploitation: tuple[str, ...]
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    no_nationality: tuple[str, ...]
    nat_styles: Mapping[str, float]
    place_styles: Mapping[str, float]
    transit_seps: tuple[str, ...]
    direct_words: tuple[str, ...]
    offence_sep: str
    dates: str
    coords: str
    digits: int


# --------------------------------------------------------------------------------------
# Country words of this set (beyond the standard names of ``_tables.COUNTRIES``)
# --------------------------------------------------------------------------------------
#: Demonyms by language: ISO alpha-3 -> (masculine, feminine).
_DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "AFG": ("Afghan", "Afghan"),
        "IRN": ("Iranian", "Iranian"),
        "IRQ": ("Iraqi", "Iraqi"),
        "ALB": ("Albanian", "Albanian"),
        "ERI": ("Eritrean", "Eritrean"),
        "SYR": ("Syrian", "Syrian"),
        "VNM": ("Vietnamese", "Vietnamese"),
        "SDN": ("Sudanese", "Sudanese"),
    },
    "fr": {
        "AFG": ("afghan", "afghane"),
        "IRN": ("iranien", "iranienne"),
        "IRQ": ("irakien", "irakienne"),
        "ALB": ("albanais", "albanaise"),
        "ERI": ("érythréen", "érythréenne"),
        "SYR": ("syrien", "syrienne"),
        "VNM": ("vietnamien", "vietnamienne"),
    },
    "es": {
        "MAR": ("marroquí", "marroquí"),
        "DZA": ("argelino", "argelina"),
        "GIN": ("guineano", "guineana"),
        "MLI": ("maliense", "maliense"),
        "SEN": ("senegalés", "senegalesa"),
        "GMB": ("gambiano", "gambiana"),
        "CIV": ("marfileño", "marfileña"),
        "ROU": ("rumano", "rumana"),
        "VEN": ("venezolano", "venezolana"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "HTI": ("haitiano", "haitiana"),
        "COL": ("colombiano", "colombiana"),
        "CHN": ("chino", "china"),
        "MEX": ("mexicano", "mexicana"),
        "GTM": ("guatemalteco", "guatemalteca"),
        "HND": ("hondureño", "hondureña"),
    },
}

#: Other names each language's offices use for a country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "VNM": ("Vietnam",),
        "USA": ("USA",),
    },
    "fr": {"GBR": ("Angleterre", "Grande-Bretagne"), "USA": ("USA",)},
    "es": {"USA": ("EE. UU.", "EEUU", "Estados Unidos de América"), "GBR": ("Inglaterra",)},
}


def _strip_accents(text: str) -> str:
    """Drop the accents of ``text`` (``Haití`` -> ``Haiti``), as a keyboard without them.

    Examples
    --------
    >>> _strip_accents("Haití"), _strip_accents("Érythrée")
    ('Haiti', 'Erythree')
    """
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(
    src: ForensicSource, iso: str, rng: _Rng, *, nationality: bool, female: bool
) -> tuple[str, str | None]:
    """Write one country as the office does; return (text, messiness tag or None)."""
    lang = src.language
    name = str(COUNTRIES[iso][_LANG_COL[lang]])
    style = _weighted(rng, src.nat_styles if nationality else src.place_styles)
    alpha2, numeric = iso_codes(iso)
    text, tag = name, None
    if style == "demonym" and nationality and iso in _DEMONYMS[lang]:
        text, tag = _DEMONYMS[lang][iso][1 if female else 0], "demonym"
    elif style == "upper":
        text, tag = name.upper(), "case"
    elif style == "lower":
        text, tag = name.lower(), "case"
    elif style == "iso2":
        text, tag = alpha2, "iso2"
    elif style == "iso3":
        text, tag = iso, "iso3"
    elif style == "numeric":
        text, tag = numeric, "iso_numeric"
    elif style == "alias" and iso in _ALIASES[lang]:
        text, tag = choice(rng, _ALIASES[lang][iso]), "alias"
    elif style == "noaccent" and _strip_accents(name) != name:
        text, tag = _strip_accents(name), "no_accent"
    elif style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None:
            text, tag = garbled, "mojibake"
    if not fits(text, src):  # a cp1252 file cannot hold every name
        text, tag = _strip_accents(text), "no_accent"
    return text, tag


# --------------------------------------------------------------------------------------
# Dates, counts, coordinates
# --------------------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _date(
    src: ForensicSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Return (cell, expected date, precision, tag) of an event's date."""
    r = float(rng.random())
    month = partial_ok and r >= 0.94
    quarter = partial_ok and src.dates == "bf" and r >= 0.975
    fr, es = _MONTHS["fr"], _MONTHS["es"]
    if quarter:
        q = (ts.month - 1) // 3 + 1
        cell = f"{ts.year}-Q{q}" if rng.random() < 0.6 else f"Q{q} {ts.year}"
        return cell, _quarter_start(ts), "quarter", "quarter_date"
    if month:
        cells = {
            "kent": f"{MONTHS[ts.month - 1]} {ts.year}",
            "umj": f"{fr[ts.month - 1]} {ts.year}" if r < 0.97 else ts.strftime("%m/%Y"),
            "iml": f"{es[ts.month - 1]} de {ts.year}",
            "eaaf": f"{es[ts.month - 1]} {ts.year}" if r < 0.97 else ts.strftime("%m/%Y"),
            "bf": ts.strftime("%Y-%m"),
        }
        return cells[src.dates], _month_start(ts), "month", "month_date"
    if src.dates == "kent":
        if r < 0.78:
            return ts.to_pydatetime(), ts, "day", "excel_date"
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "long_date"
    if src.dates == "umj":
        if r < 0.82:
            return ts.strftime("%d/%m/%Y"), ts, "day", "dmy"
        return ts.strftime("%d/%m/%y"), ts, "day", "dmy_short"
    if src.dates == "iml":
        if r < 0.86:
            return ts.strftime("%d/%m/%Y"), ts, "day", "dmy"
        return ts.strftime("%d-%m-%Y"), ts, "day", "dmy_dash"
    if src.dates == "eaaf":
        if r < 0.62:
            return ts.to_pydatetime(), ts, "day", "excel_date"
        if r < 0.86:
            return ts.strftime("%d/%m/%Y"), ts, "day", "dmy"
        return int((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
    return ts.strftime("%Y-%m-%d"), ts, "day", "iso_date"


def bad_date(src: ForensicSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine the office's way.

    Parameters
    ----------
    src : ForensicSource
        The source.
    ts : Timestamp
        The event's true date.
    kind : str
        ``"no_date"`` (blank), ``"bad_date"`` (a day the calendar lacks) or
        ``"future_date"`` (the decade mistyped: 2023 written 2033).
    rng : numpy.random.Generator
        Generator of the choice.

    Returns
    -------
    object
        The cell (None for a blank one).

    Examples
    --------
    >>> src = SOURCES[1]
    >>> bad_date(src, pd.Timestamp("2023-05-17"), "future_date", np.random.default_rng(0))
    '17/05/2033'
    """
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = ts + pd.DateOffset(years=10)
        if src.dates in ("kent", "eaaf"):
            return later.to_pydatetime()
        return later.strftime("%Y-%m-%d" if src.dates == "bf" else "%d/%m/%Y")
    day, month = (30, 2) if rng.random() < 0.5 else (31, 4)
    styles = {
        "kent": f"{day} {MONTHS[month - 1]} {ts.year}",
        "umj": f"{day}/{month:02d}/{ts.year}",
        "iml": f"{day}/{month:02d}/{ts.year}",
        "eaaf": f"{day}/{month:02d}/{ts.year}",
        "bf": f"{ts.year}-{month:02d}-{day}",
    }
    return styles[src.dates]


def note_date(src: ForensicSource, last: pd.Timestamp) -> object:
    """Date written on the office's note row: the date of its last case.

    Parameters
    ----------
    src : ForensicSource
        The source.
    last : Timestamp
        Date of its last row.

    Returns
    -------
    object
        A real date in an Excel file, else day-first text.

    Examples
    --------
    >>> note_date(SOURCES[1], pd.Timestamp("2023-12-30"))
    '30/12/2023'
    """
    if src.dates in ("kent", "eaaf"):
        return last.to_pydatetime()
    return last.strftime("%Y-%m-%d" if src.dates == "bf" else "%d/%m/%Y")


def _as_cell(src: ForensicSource, value: int) -> object:
    """Return a count as the file holds it: text in a CSV, a number in Excel and JSON."""
    return str(value) if src.format == "csv" else value


def _persons(src: ForensicSource, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
    """Return (cell, expected count, tag) of the persons in the group."""
    if rng.random() < 0.02:
        return choice(rng, src.count_unknown), None, "count_placeholder"
    if n >= 1000 and src.language in ("fr", "es"):
        sep = "." if src.language == "es" else choice(rng, ("\u00a0", " "))
        return f"{n // 1000}{sep}{n % 1000:03d}", n, "thousands_sep"
    if src.format == "xlsx" and rng.random() < 0.06:
        return str(n), n, "count_text"  # typed into a text-formatted cell
    return _as_cell(src, n), n, None


_FR_NUMBERS = ("un", "deux", "trois")


def _suspects(
    src: ForensicSource, n: int, rng: _Rng, blank: bool
) -> tuple[object, int | None, str | None]:
    """Return (cell, expected count, tag) of the persons arrested."""
    if blank:
        return None, None, "blank_n_suspects"
    r = float(rng.random())
    if r < 0.02:
        return choice(rng, src.count_unknown), None, "suspects_placeholder"
    if n == 0 and r < 0.55:
        return choice(rng, src.zero_words), 0, "zero_word"
    if src.language == "fr" and 1 <= n <= 3 and r > 0.9:
        return _FR_NUMBERS[n - 1], n, "count_word"
    return _as_cell(src, n), n, None


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    r"""Write ``value`` in degrees, minutes and seconds; return (text, value read back).

    Examples
    --------
    >>> _dms(-15.40917, "N", "O")
    ('15°24\'33"O', -15.40917)
    """
    sign = 1 if value >= 0 else -1
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    text = f"{d}°{m:02d}'{s:02d}\"{pos if sign > 0 else neg}"
    return text, round(sign * (d + m / 60 + s / 3600), 5)


def _coords(
    src: ForensicSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float, str | None]:
    """Return (cells, expected lat, expected lon, tag) of a position."""
    la, lo = round(lat, src.digits), round(lon, src.digits)
    if src.coords == "dms":
        west = "O" if rng.random() < 0.8 else "W"
        t_lat, la = _dms(lat, "N", "S")
        t_lon, lo = _dms(lon, "E", west)
        return {"coordinates": f"{t_lat} {t_lon}"}, la, lo, "coords_dms"
    if src.coords == "comma" or (src.coords == "mixed" and rng.random() < 0.15):
        fmt = f"{{:.{src.digits}f}}"
        cells: dict[str, object] = {
            "lat": fmt.format(la).replace(".", ","),
            "lon": fmt.format(lo).replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    return {"lat": la, "lon": lo}, la, lo, None


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _space(text: str, rng: _Rng) -> tuple[str, bool]:
    """Pad a cell with stray spaces now and then, as typed by hand."""
    if text and rng.random() < 0.03:
        return (f" {text}" if rng.random() < 0.5 else f"{text}  "), True
    return text, False


def _extras(
    src: ForensicSource, deaths: int, age: str, rng: _Rng
) -> dict[str, object]:  # the office's own columns beside the record fields
    out: dict[str, object] = {"x_deaths": _as_cell(src, deaths)}
    if src.dates == "kent":
        out["x_status"] = choice(
            rng, ("Opened and adjourned", "Concluded", "Awaiting post-mortem report")
        )
    elif src.dates == "umj":
        if deaths:
            out["x_status"] = choice(rng, ("levée de corps", "autopsie"))
        elif age in ("child", "mixed"):
            out["x_status"] = "estimation de l'âge"
        else:
            out["x_status"] = "constatation de lésions"
    elif src.dates == "iml":
        if deaths:
            out["x_status"] = choice(rng, ("levantamiento de cadáver", "autopsia judicial"))
        elif age in ("child", "mixed"):
            out["x_status"] = "determinación de la edad"
        else:
            out["x_status"] = "reconocimiento de lesiones"
    elif src.dates == "eaaf":
        out["x_status"] = choice(rng, ("identificado", "en proceso", "sin identificar"))
    else:
        out["x_status"] = choice(rng, ("testimony", "media report", "official record"))
    return out


def _deaths(src: ForensicSource, n: int, rng: _Rng) -> int:
    """Deaths among the group: at least one for a coroner or the EAAF (remains)."""
    top = max(1, min(n, 6))
    if src.dates in ("kent", "eaaf"):
        return 1 + int(rng.integers(top))
    return 0 if rng.random() < 0.6 else 1 + int(rng.integers(top))


def render(
    src: ForensicSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the office writes it.

    Parameters
    ----------
    src : ForensicSource
        The office.
    ev : dict
        The event (truth columns; ``event_date`` a Timestamp).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written to the month or quarter only.
    forced_blank : str or None
        A field this (second) report leaves blank: ``nationality``, ``n_suspects``,
        ``coordinates``, ``gender`` or ``detection_country``.

    Returns
    -------
    cells : dict
        Cells by canonical column (and the office's own columns ``x_*``).
    expected : dict
        The clean values a careful analyst reads from the cells.
    tags : list of str
        The messiness planted in the row.

    Examples
    --------
    >>> ev = {"event_date": pd.Timestamp("2023-05-17"), "crime_type": "smuggling",
    ...       "exploitation": None, "n_persons": 42, "n_suspects": 0, "gender": "male",
    ...       "age_group": "adult", "nationality": "AFG", "origin_country": "AFG",
    ...       "destination_country": "GBR", "detection_country": "FRA",
    ...       "transit_countries": None, "transport_mode": "sea", "lat": 50.95123,
    ...       "lon": 1.85234, "linked_offences": None}
    >>> cells, exp, tags = render(SOURCES[1], ev, np.random.default_rng(1),
    ...                           partial_ok=False, forced_blank=None)
    >>> exp["nationality"], exp["n_persons"], exp["exploitation"], exp["date_precision"]
    ('AFG', 42, None, 'day')
    >>> cells["lat"]
    '50,95123'
    """
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    def tag(name: str | None) -> None:
        if name is not None and name not in tags:
            tags.append(name)

    # date
    cell, day, precision, date_tag = _date(src, ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"], exp["date_precision"] = day, precision
    tag(date_tag)

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.words["crime_type"][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        na = choice(rng, src.na_exploitation)
        cells["exploitation"] = na or None
        tag("na_exploitation" if na else None)
    else:
        cells["exploitation"] = choice(rng, src.words["exploitation"][str(expl)])
    exp["exploitation"] = expl

    # counts
    t: str | None
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _persons(src, n, rng)
    tag(t)
    n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], t = _suspects(
        src, n_sus, rng, forced_blank == "n_suspects"
    )
    tag(t)

    # sex, age group
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        word = choice(rng, src.unknown)
        cells["gender"] = word or None
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = choice(rng, src.words["gender"][gender])
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.025:
        cells["age_group"] = choice(rng, tuple(w for w in src.unknown if w)) or None
        exp["age_group"] = "unknown"
        tag("na_word")
    else:
        cells["age_group"] = choice(rng, src.words["age_group"][age])
        exp["age_group"] = age

    # countries
    female = gender == "female"
    nat = ev["nationality"]
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tag("blank_nationality")
    elif nat is None or rng.random() < 0.025:
        cells["nationality"] = choice(rng, src.no_nationality)
        exp["nationality"] = None
        tag("blank_nationality")
    else:
        text, t = _country(src, str(nat), rng, nationality=True, female=female)
        text, padded = _space(text, rng)
        cells["nationality"], exp["nationality"] = text, nat
        tag(t)
        tag("spacing" if padded else None)
    for col in ("origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if col == "detection_country" and forced_blank == "detection_country":
            cells[col], exp[col] = None, None
            tag("blank_detection_country")
            continue
        if iso is None:  # every event has them; kept for safety
            cells[col], exp[col] = None, None
            continue
        text, t = _country(src, str(iso), rng, nationality=False, female=female)
        cells[col], exp[col] = text, iso
        tag(t)
    transit = ev["transit_countries"]
    if transit is None:
        word = choice(rng, src.direct_words)
        cells["transit_countries"] = word or None
        tag("direct_word" if word else None)
    else:
        sep = choice(rng, src.transit_seps)
        parts = []
        for iso in str(transit).split("|"):
            text, t = _country(src, iso, rng, nationality=False, female=False)
            parts.append(text)
            tag(t)
        cells["transit_countries"] = sep.join(parts)
    exp["transit_countries"] = transit

    # mode of travel
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, tuple(w for w in src.unknown if w))
        exp["transport_mode"] = "unknown"
        tag("na_word")
    else:
        cells["transport_mode"] = choice(rng, src.words["transport_mode"][mode])
        exp["transport_mode"] = mode

    # position
    lat, lon = ev["lat"], ev["lon"]
    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates")
    elif lat is None or lon is None or rng.random() < 0.04:
        exp["lat"], exp["lon"] = None, None
        tag("coords_missing")
    else:
        place, la, lo, t = _coords(src, float(lat), float(lon), rng)  # type: ignore[arg-type]
        cells.update(place)
        exp["lat"], exp["lon"] = la, lo
        tag(t)

    # related offences, in the order of the record
    offences = ev["linked_offences"]
    if offences is not None:
        words = [choice(rng, src.words["linked_offences"][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    exp["linked_offences"] = offences

    cells.update(_extras(src, _deaths(src, n, rng), age, rng))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five offices
# --------------------------------------------------------------------------------------
_KENT = ForensicSource(
    source="hmc_kent_medway_kp",
    filename="hmc_kent_medway_kp.xlsx",
    ref="{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Coroner ref",
        "event_date": "Date of incident",
        "x_status": "Inquest status",
        "crime_type": "Circumstances",
        "exploitation": "Exploitation type",
        "n_persons": "Persons in group (total)",
        "x_deaths": "Of whom deceased",
        "n_suspects": "Arrests",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country of incident",
        "transit_countries": "Route (transit)",
        "transport_mode": "Mode of travel",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Related offences",
    },
    note="Provisional: figures subject to inquest findings",
    total="Total",
    bad_count=("several", "multiple"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("People smuggling", "Facilitated entry", "Facilitation (s.25 IA 1971)"),
            "trafficking": ("Human trafficking", "Modern slavery", "MSHT"),
            "both": ("Trafficking and smuggling", "Smuggling / modern slavery"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": (
                "Criminal exploitation",
                "Criminal exploitation (cannabis cultivation)",
            ),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Child", "Under 18"),
            "adult": ("Adult", "Adults"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Sea"),
            "land": ("Lorry", "HGV", "Land"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Controlled drugs"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    na_exploitation=("N/A", "N/A", ""),
    unknown=("Not known", ""),
    count_unknown=("Not known", "TBC"),
    zero_words=("None", "Nil"),
    no_nationality=("Unidentified", "Not known"),
    nat_styles={"demonym": 0.55, "name": 0.35, "alias": 0.05, "upper": 0.05},
    place_styles={"name": 0.85, "alias": 0.1, "upper": 0.05},
    transit_seps=(" > ", ", "),
    direct_words=("", "Direct"),
    offence_sep="; ",
    dates="kent",
    coords="number",
    digits=4,
)

_UMJ = ForensicSource(
    source="umj_ch_calais_kp",
    filename="umj_ch_calais_kp.csv",
    ref="UMJ-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "x_status": "Nature de l'acte",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes (groupe)",
        "x_deaths": "dont décédés",
        "n_suspects": "Mis en cause interpellés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire - données non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("aide à l'entrée irrégulière", "AESI", "trafic de migrants"),
            "trafficking": ("traite des êtres humains", "TEH"),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution contrainte"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femme(s)"),
            "male": ("H", "homme(s)"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineur", "MNA"),
            "adult": ("majeur", "majeurs"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "land": ("poids lourd", "camion", "PL"),
            "air": ("avion", "aérien"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    na_exploitation=("sans objet", "sans objet", ""),
    unknown=("indéterminé", ""),
    count_unknown=("inconnu", "NC"),
    zero_words=("aucun", "néant"),
    no_nationality=("non identifiée", "inconnue"),
    nat_styles={"demonym": 0.45, "name": 0.35, "upper": 0.12, "noaccent": 0.08},
    place_styles={"name": 0.8, "upper": 0.08, "alias": 0.07, "noaccent": 0.05},
    transit_seps=(" / ", ", "),
    direct_words=("", "", "direct"),
    offence_sep=" + ",
    dates="umj",
    coords="comma",
    digits=5,
)

_IML = ForensicSource(
    source="imlcf_las_palmas_kp",
    filename="imlcf_las_palmas_kp.csv",
    ref="{seq:05d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del suceso",
        "x_status": "Tipo de actuación",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Personas en el grupo",
        "x_deaths": "de ellas fallecidas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del suceso",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (recuperación)",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales pendientes de informe de autopsia",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "favorecimiento de la inmigración ilegal",
                "art. 318 bis CP",
                "tráfico de migrantes",
            ),
            "trafficking": ("trata de seres humanos", "art. 177 bis CP", "TSH"),
            "both": ("trata y tráfico de migrantes", "art. 177 bis y 318 bis CP"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("mujer", "mujeres"),
            "male": ("varón", "varones"),
            "mixed": ("mixto", "varones y mujeres"),
        },
        "age_group": {
            "child": ("menor", "menores"),
            "adult": ("adulto", "adultos"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("cayuco", "patera", "neumática", "marítimo"),
            "land": ("terrestre", "a pie", "vehículo"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    na_exploitation=("no procede", "no procede", ""),
    unknown=("sin determinar", ""),
    count_unknown=("s/d", "sin datos"),
    zero_words=("ninguno", "ningún detenido"),
    no_nationality=("sin identificar", "desconocida"),
    nat_styles={"demonym": 0.4, "name": 0.45, "upper": 0.05, "noaccent": 0.05, "iso2": 0.05},
    place_styles={"name": 0.82, "noaccent": 0.06, "upper": 0.06, "iso2": 0.06},
    transit_seps=(" - ", ", "),
    direct_words=("directo", ""),
    offence_sep=", ",
    dates="iml",
    coords="dms",
    digits=5,
)

_EAAF = ForensicSource(
    source="eaaf_proyecto_frontera_kp",
    filename="eaaf_proyecto_frontera_kp.xlsx",
    ref="PF-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Código de caso",
        "event_date": "Fecha del hallazgo",
        "x_status": "Estado de identificación",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Personas en el grupo",
        "x_deaths": "Fallecidos",
        "n_suspects": "Guías / coyotes detenidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del hallazgo",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: registros en proceso de identificación genética",
    total="Total",
    bad_count=("varios", "grupo numeroso"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "trafficking": ("trata de personas",),
            "both": ("trata de personas y tráfico de migrantes", "trata y tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("actividades ilícitas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado", "unión forzada"),
            "other": ("otra",),
        },
        "gender": {
            "female": ("femenino", "mujeres"),
            "male": ("masculino", "hombres"),
            "mixed": ("mixto",),
        },
        "age_group": {
            "child": ("NNA", "niños, niñas y adolescentes"),
            "adult": ("adultos", "adulto"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "land": ("a pie", "terrestre", "caminando"),
            "sea": ("lancha", "marítimo"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("lavado de activos",),
            "illicit_goods": ("narcotráfico",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    na_exploitation=("",),
    unknown=("sin dato", ""),
    count_unknown=("sin dato", "s/d"),
    zero_words=("ninguno", "no hubo"),
    no_nationality=("NN", "sin identificar"),
    nat_styles={"name": 0.45, "demonym": 0.25, "iso2": 0.12, "mojibake": 0.12, "upper": 0.06},
    place_styles={"name": 0.7, "iso2": 0.1, "mojibake": 0.1, "alias": 0.1},
    transit_seps=(" – ", " / "),
    direct_words=("",),
    offence_sep="; ",
    dates="eaaf",
    coords="mixed",
    digits=5,
)

_BF = ForensicSource(
    source="border_forensics_kp",
    filename="border_forensics_kp.jsonl",
    ref="BF-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "offence",
        "exploitation": "exploitation",
        "n_persons": "persons_involved",
        "x_deaths": "dead_or_missing",
        "n_suspects": "arrests",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "incident_country",
        "transit_countries": "transit",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "linked_offences",
        "x_status": "evidence",
    },
    note=None,
    total="EXPORT TOTAL",
    bad_count=("several", "dozens"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("smuggling", "facilitation"),
            "trafficking": ("trafficking", "THB"),
            "both": ("trafficking+smuggling", "smuggling/THB"),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour", "forced labour"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("F", "female"), "male": ("M", "male"), "mixed": ("mixed",)},
        "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("sea", "boat"), "land": ("land", "on foot"), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    na_exploitation=("",),
    unknown=("unknown",),
    count_unknown=("unknown",),
    zero_words=("none",),
    no_nationality=("unidentified",),
    nat_styles={"iso3": 0.8, "iso2": 0.08, "numeric": 0.04, "name": 0.08},
    place_styles={"iso3": 0.93, "iso2": 0.07},
    transit_seps=(" > ",),
    direct_words=("",),
    offence_sep="; ",
    dates="bf",
    coords="number",
    digits=4,
)

#: The set's five offices, in the order of the submissions.
SOURCES: tuple[ForensicSource, ...] = (_KENT, _UMJ, _IML, _EAAF, _BF)

#: The variant: who first reports which event, who may report it again.
BLIND300: Examiner[ForensicSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _KENT.source,
        "FRA": _UMJ.source,
        "ESP": _IML.source,
        "USA": _EAAF.source,
        "PAN": _EAAF.source,
    },
    compilation=_BF.source,  # Italy, Greece, Croatia, Poland
    secondary={
        ("channel", "FRA"): _KENT.source,  # bodies brought to Dover: a Kent inquest
        ("channel", "GBR"): _UMJ.source,  # survivors examined in Calais
        ("watl", "ESP"): _BF.source,
        ("wmed", "ESP"): _BF.source,
    },
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=300,
    blank_share=0.3,
)


def make_blind300(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five forensic offices of ``blind300`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``hmc_kent_medway_kp.xlsx``, ``umj_ch_calais_kp.csv``,
        ``imlcf_las_palmas_kp.csv``, ``eaaf_proyecto_frontera_kp.xlsx`` and
        ``border_forensics_kp.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind300(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['hmc_kent_medway_kp.xlsx', 'umj_ch_calais_kp.csv', 'imlcf_las_palmas_kp.csv',
     'eaaf_proyecto_frontera_kp.xlsx', 'border_forensics_kp.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8', 'utf-8']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND300, truth, seed=seed)
