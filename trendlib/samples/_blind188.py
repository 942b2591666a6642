"""Examiner variant ``blind188`` (files ``*_gh.*``): five desks of the Yucatán peninsula.

Five agencies of Mexico's Yucatán peninsula, its Caribbean coast and the Belize border
send what they hold on the corridors of :mod:`trendlib.samples._truth`, each the way its
own tools and clerks write:

``fge_qroo_trata_gh.xlsx``
    Fiscalía General del Estado de Quintana Roo, Fiscalía Especializada en Trata de
    Personas (Cancún): the international-assistance log of its *carpetas de
    investigación* on Spain (and Romanian networks reaching Italy), received through
    IberRed and Eurojust contact points. Spanish of Mexico (``Tráfico de personas`` is the
    Ley de Migración's smuggling offence, ``NNA`` are minors, ``Operaciones con recursos de
    procedencia ilícita`` is money laundering, ``Contra la salud`` drug offences),
    capitals typed by some clerks, real Excel dates beside typed ``dd/mm/aaaa`` and bare
    serial numbers, latitude and longitude as numbers.
``ssi_ambafrance_mexico_gh.csv``
    Service de sécurité intérieure of the French embassy in Mexico, relaying French
    detections (and the Dover side of the Channel) to its Mexican partners. French police
    wording (``mis en cause``, ``vecteur``, ``aide à l'entrée irrégulière``), cp1252,
    ``;``, day-first dates with a few months and quarters, thousands with a no-break space,
    one GPS cell with decimal commas.
``usconsulate_merida_fpu_gh.csv``
    Fraud Prevention Unit of the US Consulate General in Mérida: US encounters of
    smuggling and trafficking cases tied to the peninsula, and the Darién flows heading
    north. US wording (``Alien Smuggling``, ``Subjects``, ``UAC``, ``Family Unit``), ISO
    alpha-2 codes, month-first dates, UTF-8 with BOM, ``,``, one ``lat, long`` cell.
``belize_insd_gh.csv``
    Belize Immigration and Nationality Services Department (Santa Elena border desk):
    the Darién interceptions shared through the regional (SICA / Regional Conference on
    Migration) exchange. Belizean English with Spanish country names now and then,
    nationalities as demonyms, ``Nil`` suspects, counts like ``Three (3)``,
    ``17-May-2023`` dates, positions in degrees, minutes and seconds; saved by Excel as
    "Unicode text" (UTF-16, tab).
``uqroo_observatorio_gh.jsonl``
    Observatorio regional de movilidad y trata of the Universidad de Quintana Roo
    (Chetumal): its press-monitoring scraper's JSON lines, the compilation of every
    detection no desk above reports (Italy, Greece, Croatia, Poland, the United Kingdom).
    Snake-case Spanish keys, ISO dates with months and quarters, Spanish names garbled by
    a double decoding (``TurquÃ­a``), English names from wire copy, a few UN M49 codes.

The truth expects what a careful analyst reads from each cell: a placeholder (``N/D``,
``NC``, ``UNK``, ``N/K``, ``sin dato``) gives no value (or ``unknown`` in a vocabulary
column), a month or quarter its first day with that precision, degrees-minutes-seconds
their decimal value. Rows no analyst could date or count are bad rows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "Desk", "make_blind188"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

_MESES = (
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


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One agency of the set: what the shared machinery reads, and its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the agency's words for it (first = the usual one).
    names : mapping
        ISO alpha-3 code -> the agency's names of the country (first = the usual one).
    styles : mapping
        How a country cell is written (``name``, ``alias``, ``upper``, ``no_accent``,
        ``typo``, ``iso3``, ``iso2``, ``numeric``, ``mojibake``, ``english``,
        ``spanish``) -> weight.
    demonyms : bool
        Whether nationalities are written as demonyms (``Venezuelan``).
    date_style : str
        Key of the agency's date writer (``fge``, ``ssi``, ``fpu``, ``insd``, ``uq``).
    partial : mapping
        ``month`` / ``quarter`` -> share of rows dated only to that period.
    coord_style : str
        ``numbers`` (two numeric cells), ``fr_pair``, ``us_pair`` or ``dms`` (one cell).
    transit_sep, offence_sep : str
        Separators of the transit countries and of the linked offences.
    na : tuple of str
        The agency's words for "not known".
    zero_words : tuple of str
        Words for "no suspect" (empty: the agency writes ``0``).
    upper_rows : float
        Share of rows typed in capitals throughout.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    names: Mapping[str, tuple[str, ...]]
    styles: Mapping[str, float]
    demonyms: bool
    date_style: str
    partial: Mapping[str, float]
    coord_style: str
    transit_sep: str
    offence_sep: str
    na: tuple[str, ...]
    zero_words: tuple[str, ...]
    upper_rows: float


# --------------------------------------------------------------------------------------
# Country names
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_OWN_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    # Spanish of Mexico: "Rumania", "Estados Unidos de América", "EUA".
    "es": {
        "USA": ("Estados Unidos de América", "EUA", "Estados Unidos", "EE. UU."),
        "ROU": ("Rumania", "Rumanía"),
        "VNM": ("Vietnam",),
        "GBR": ("Reino Unido", "Gran Bretaña"),
        "MKD": ("Macedonia del Norte", "Macedonia"),
        "CIV": ("Costa de Marfil",),
        "BIH": ("Bosnia y Herzegovina", "Bosnia"),
        "VEN": ("Venezuela", "República Bolivariana de Venezuela"),
        "CHN": ("China", "República Popular China"),
        "RUS": ("Rusia", "Federación de Rusia"),
        "SYR": ("Siria",),
        "TUR": ("Turquía",),
        "BLR": ("Bielorrusia", "Belarús"),
        "GMB": ("Gambia",),
    },
    "fr": {
        "GBR": ("Royaume-Uni", "Grande-Bretagne"),
        "VNM": ("Viêt Nam", "Vietnam"),
        "USA": ("États-Unis", "USA"),
        "SYR": ("Syrie",),
    },
    "en": {
        "USA": ("United States", "USA", "U.S."),
        "GBR": ("United Kingdom", "UK"),
        "VNM": ("Vietnam", "Viet Nam"),
        "TUR": ("Turkey", "Türkiye"),
        "CIV": ("Ivory Coast", "Côte d'Ivoire"),
        "CHN": ("China", "PRC"),
        "MKD": ("North Macedonia", "Macedonia"),
    },
}
#: Demonyms written by the Belize border desk in its nationality column.
_DEMONYMS: dict[str, str] = {
    "VEN": "Venezuelan",
    "ECU": "Ecuadorian",
    "HTI": "Haitian",
    "COL": "Colombian",
    "CHN": "Chinese",
    "MEX": "Mexican",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "AFG": "Afghan",
    "SYR": "Syrian",
    "IRQ": "Iraqi",
    "IRN": "Iranian",
    "PAK": "Pakistani",
    "NGA": "Nigerian",
    "VNM": "Vietnamese",
    "ROU": "Romanian",
    "ALB": "Albanian",
    "ERI": "Eritrean",
}


def _names(lang: str) -> dict[str, tuple[str, ...]]:
    col = _LANG_COL[lang]
    out: dict[str, tuple[str, ...]] = {iso: (str(row[col]),) for iso, row in COUNTRIES.items()}
    out.update(_OWN_NAMES[lang])
    return out


_SPANISH = _names("es")


def _strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _typo(text: str) -> str:
    """Two letters in the middle of a long name swapped (``Colombia`` -> ``Colmobia``)."""
    if len(text) < 7:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(src: Desk, iso: str, style: str, rng: _Rng, tags: list[str]) -> str:
    """Write one country the agency's way, in ``style`` when it applies."""
    names = src.names.get(iso) or (iso,)
    name = names[0]
    out, tag = name, ""
    if style == "alias" and len(names) > 1:
        out, tag = choice(rng, names[1:]), "alias"
    elif style == "upper":
        out, tag = name.upper(), "upper"
    elif style == "no_accent" and _strip_accents(name) != name:
        out, tag = _strip_accents(name), "no_accent"
    elif style == "typo" and _typo(name) != name:
        out, tag = _typo(name), "typo"
    elif style == "iso3":
        out, tag = iso, "iso3"
    elif style == "iso2":
        out, tag = iso_codes(iso)[0], "iso2"
    elif style == "numeric":
        out, tag = iso_codes(iso)[1], "numeric_code"
    elif style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None:
            out, tag = garbled, "mojibake"
    elif style == "english":
        out, tag = str(COUNTRIES[iso][1]) if iso in COUNTRIES else name, "english_name"
    elif style == "spanish":
        out, tag = _SPANISH.get(iso, (name,))[0], "spanish_name"
    if not fits(out, src):
        out, tag = _strip_accents(name), ""
    if tag and tag not in tags:
        tags.append(tag)
    return out


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _day_text(src: Desk, ts: pd.Timestamp) -> str:
    """Write a full date the agency's usual way, as text."""
    style = src.date_style
    if style == "fpu":
        return ts.strftime("%m/%d/%Y")
    if style == "insd":
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}"
    if style == "uq":
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")  # fge (typed cells), ssi


def _month_text(src: Desk, ts: pd.Timestamp) -> str:
    style = src.date_style
    if style == "fge":
        return f"{_MESES[ts.month - 1]} {ts.year}"
    if style == "ssi":
        return f"{_MOIS[ts.month - 1]} {ts.year}"
    if style == "fpu":
        return f"{MONTHS[ts.month - 1]} {ts.year}"
    if style == "insd":
        return f"{MONTHS[ts.month - 1][:3]}-{ts.year}"
    return ts.strftime("%Y-%m")


def _quarter_text(src: Desk, ts: pd.Timestamp) -> str:
    if src.date_style == "uq":
        return f"{ts.year}-T{ts.quarter}"
    return f"T{ts.quarter} {ts.year}"


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected day, expected precision) of the event's date."""
    draw = rng.random()
    month_share = src.partial.get("month", 0.0) if partial_ok else 0.0
    quarter_share = src.partial.get("quarter", 0.0) if partial_ok else 0.0
    if draw < month_share:
        tags.append("month_only")
        return _month_text(src, ts), ts.to_period("M").start_time, "month"
    if draw < month_share + quarter_share:
        tags.append("quarter_only")
        return _quarter_text(src, ts), ts.to_period("Q").start_time, "quarter"
    if src.date_style == "fge":  # the workbook: real dates, typed text, bare serials
        kind = rng.random()
        if kind < 0.78:
            tags.append("excel_date")
            return ts.to_pydatetime(), ts, "day"
        if kind < 0.92:
            tags.append("text_date")
            return _day_text(src, ts), ts, "day"
        tags.append("excel_serial")
        return int((ts - _EXCEL_EPOCH).days), ts, "day"
    tags.append(f"date_{src.date_style}")
    return _day_text(src, ts), ts, "day"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date no analyst can use: none, 30 or 31 February, or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day = 30 + int(rng.integers(2))
        if src.date_style == "fpu":
            return f"02/{day}/{ts.year}"
        if src.date_style == "insd":
            return f"{day}-Feb-{ts.year}"
        if src.date_style == "uq":
            return f"{ts.year}-02-{day}"
        return f"{day}/02/{ts.year}"
    ahead = ts.replace(year=ts.year + 10)
    if src.date_style == "fge":
        return ahead.to_pydatetime()
    return _day_text(src, ahead)


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    if src.date_style == "fge":
        return datetime(last.year, last.month, last.day)
    return _day_text(src, last)


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
_NUMBER_WORDS = (
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
)


def _count(src: Desk, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons the agency's way (numbers in a workbook or JSON)."""
    if src.format != "csv":
        return n
    if n >= 1000:
        tags.append("thousands_sep")
        if src.language == "fr":
            return f"{n:,}".replace(",", "\u00a0")
        return f"{n:,}"
    if src.source == "belize_insd" and n < len(_NUMBER_WORDS) and rng.random() < 0.15:
        tags.append("count_words")
        return f"{_NUMBER_WORDS[n]} ({n})"
    return str(n)


def _coords(src: Desk, lat: float, lon: float) -> tuple[dict[str, object], float, float]:
    """Return (cells, expected lat, expected lon) of a location."""
    if src.coord_style == "numbers":
        la, lo = round(lat, 6), round(lon, 6)
        return {"lat": la, "lon": lo}, la, lo
    if src.coord_style == "json":
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo
    if src.coord_style == "fr_pair":
        la, lo = round(lat, 5), round(lon, 5)
        text = f"{la:.5f} / {lo:.5f}".replace(".", ",")
        return {"coordinates": text}, la, lo
    if src.coord_style == "us_pair":
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    # degrees, minutes, seconds (a border or coast-guard position)
    parts = []
    values = []
    for value, hemis in ((lat, "NS"), (lon, "EW")):
        sign = 1 if value >= 0 else -1
        total = round(abs(value) * 3600)
        deg, rest = divmod(total, 3600)
        mins, secs = divmod(rest, 60)
        parts.append(f"{deg}°{mins:02d}'{secs:02d}\"{hemis[0] if sign > 0 else hemis[1]}")
        values.append(sign * round(deg + mins / 60 + secs / 3600, 6))
    return {"coordinates": " ".join(parts)}, values[0], values[1]


def _no_coords(src: Desk, text: str | None) -> dict[str, object]:
    if src.coord_style in ("numbers", "json"):
        return {"lat": text, "lon": text}
    return {"coordinates": text}


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _word(src: Desk, col: str, value: str, rng: _Rng, upper: bool) -> str:
    words = src.words[col][value]
    out = words[0] if rng.random() < 0.7 else choice(rng, words)
    return out.upper() if upper else out


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
    upper = rng.random() < src.upper_rows
    if upper:
        tags.append("all_caps")
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, upper)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        na = src.words["exploitation"].get("none", ("",))
        cells["exploitation"] = choice(rng, na) or None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, upper)
    exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"], exp["n_persons"] = choice(rng, src.na), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, n, rng, tags), n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.na), None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero_words and rng.random() < 0.55:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if src.format == "csv" else k
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.01:
        cells["gender"], exp["gender"] = choice(rng, src.na), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng, upper), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.01:
            cells[col], exp[col] = choice(rng, src.na), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = _word(src, col, value, rng, upper), value

    style = _weighted(rng, src.styles)
    if upper and style in ("name", "alias", "typo"):
        style = "upper"
    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.01:
        cells["nationality"], exp["nationality"] = choice(rng, src.na), None
        tags.append("blank_nationality")
    elif src.demonyms and str(nat) in _DEMONYMS and rng.random() < 0.9:
        demonym = _DEMONYMS[str(nat)]
        cells["nationality"] = demonym.upper() if upper else demonym
        exp["nationality"] = nat
        tags.append("demonym")
    else:
        cells["nationality"] = _country(src, str(nat), style, rng, tags)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None or (col == "detection_country" and forced_blank == col):
            cells[col], exp[col] = None, None
            if iso is not None:
                tags.append("blank_detection_country")
            continue
        cells[col], exp[col] = _country(src, str(iso), style, rng, tags), iso

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
    else:
        members = [_country(src, c, style, rng, tags) for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(members)
    exp["transit_countries"] = transit

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    draw = rng.random()
    if forced_blank == "coordinates":
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif draw < 0.04:
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif draw < 0.055 and src.coord_style != "json":
        cells.update(_no_coords(src, choice(rng, src.na)))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        where, exp["lat"], exp["lon"] = _coords(src, lat, lon)
        cells.update(where)
        tags.append(f"coords_{src.coord_style}")

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng, upper) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    exp["linked_offences"] = offences

    if src.source == "belize_insd" and rng.random() < 0.05:
        # the border desk's sheet carries stray spaces around its nationality cells
        if isinstance(cells["nationality"], str):
            cells["nationality"] = f" {cells['nationality']}  "
            tags.append("spacing")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_FGE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico de personas", "Tráfico de indocumentados"),
        "both": ("Trata de personas y tráfico de personas", "Trata / Tráfico de personas"),
    },
    "exploitation": {
        "sexual": ("Explotación sexual", "Prostitución ajena u otras formas de explotación sexual"),
        "forced_labour": ("Trabajo o servicios forzados", "Explotación laboral"),
        "forced_criminality": ("Utilización en actividades delictivas",),
        "organ_removal": ("Tráfico de órganos, tejidos y células",),
        "forced_marriage": ("Matrimonio forzoso o servil",),
        "other": ("Otra",),
        "none": ("No aplica", ""),
    },
    "gender": {
        "female": ("Femenino", "Mujeres"),
        "male": ("Masculino", "Hombres"),
        "mixed": ("Ambos sexos", "Hombres y mujeres"),
    },
    "age_group": {
        "child": ("Menor de edad", "NNA"),
        "adult": ("Mayor de edad", "Adultos"),
        "mixed": ("Mayores y menores de edad", "Adultos y NNA"),
    },
    "transport_mode": {
        "sea": ("Marítimo", "Embarcación"),
        "land": ("Terrestre", "Autobús"),
        "air": ("Aéreo", "Vuelo comercial"),
    },
    "linked_offences": {
        "document_fraud": ("Uso de documento falso", "Falsificación de documentos"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Contra la salud", "Narcomenudeo"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
}
_SSI_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": ("Aide à l'entrée irrégulière", "Aide à l'entrée et au séjour irréguliers"),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et aide à l'entrée irrégulière"),
    },
    "exploitation": {
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Conditions de travail indignes"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
        "none": ("",),
    },
    "gender": {
        "female": ("Femmes", "F"),
        "male": ("Hommes", "H"),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    "age_group": {
        "child": ("Mineurs", "MNA"),
        "adult": ("Majeurs",),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    "transport_mode": {
        "sea": ("Maritime (small boat)", "Small boat", "Embarcation"),
        "land": ("Routier (poids lourd)", "Terrestre"),
        "air": ("Aérien",),
    },
    "linked_offences": {
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
}
_FPU_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Human Trafficking", "TIP"),
        "smuggling": ("Alien Smuggling", "Human Smuggling"),
        "both": ("Smuggling/TIP", "Human Smuggling & Trafficking"),
    },
    "exploitation": {
        "sexual": ("Sex Trafficking",),
        "forced_labour": ("Labor Trafficking", "Forced Labor"),
        "forced_criminality": ("Forced Criminal Activity",),
        "organ_removal": ("Organ Trafficking",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
        "none": ("N/A", ""),
    },
    "gender": {
        "female": ("F", "Female"),
        "male": ("M", "Male"),
        "mixed": ("M/F", "Mixed"),
    },
    "age_group": {
        "child": ("Juvenile", "UAC"),
        "adult": ("Adult",),
        "mixed": ("Adults & Juveniles", "Family Unit"),
    },
    "transport_mode": {
        "sea": ("Maritime", "Vessel"),
        "land": ("Land", "Vehicle", "Pedestrian"),
        "air": ("Air", "Commercial Flight"),
    },
    "linked_offences": {
        "document_fraud": ("Document Fraud", "Visa Fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money Laundering",),
        "illicit_goods": ("Narcotics",),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
}
_INSD_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Trafficking in Persons", "TIP"),
        "smuggling": ("Smuggling of Migrants", "SOM"),
        "both": ("TIP/SOM", "Trafficking & Smuggling"),
    },
    "exploitation": {
        "sexual": ("Sexual Exploitation",),
        "forced_labour": ("Forced Labour", "Labour Exploitation"),
        "forced_criminality": ("Forced Criminality",),
        "organ_removal": ("Removal of Organs",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
        "none": ("",),
    },
    "gender": {
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Both", "Male & Female"),
    },
    "age_group": {
        "child": ("Minor", "Minors"),
        "adult": ("Adult", "Adults"),
        "mixed": ("Adult & Minor",),
    },
    "transport_mode": {
        "sea": ("By sea", "Boat"),
        "land": ("Overland", "On foot"),
        "air": ("By air",),
    },
    "linked_offences": {
        "document_fraud": ("Forged documents",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
_UQ_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("trata de personas",),
        "smuggling": ("tráfico de migrantes", "tráfico ilícito de migrantes"),
        "both": ("trata y tráfico",),
    },
    "exploitation": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("criminalidad forzada",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    "gender": {
        "female": ("mujeres",),
        "male": ("hombres",),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    "age_group": {
        "child": ("menores", "NNA"),
        "adult": ("adultos",),
        "mixed": ("adultos y menores", "mixto"),
    },
    "transport_mode": {
        "sea": ("marítimo", "embarcación"),
        "land": ("terrestre", "a pie", "camión"),
        "air": ("aéreo",),
    },
    "linked_offences": {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción",),
        "money_laundering": ("lavado de dinero",),
        "illicit_goods": ("narcotráfico",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
}

_FGE = Desk(
    source="fge_qroo_trata",
    filename="fge_qroo_trata_gh.xlsx",
    ref="FGE/QR/CAN/FEITP/{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Carpeta de investigación",
        "event_date": "Fecha de los hechos",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Núm. de víctimas / personas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Edad (mayor / menor)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de localización",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de traslado",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: incluye carpetas compartidas vía IberRed / Eurojust; cifras preliminares",
    total="TOTAL GENERAL",
    bad_count=("Varias", "Por determinar"),
    repeats=True,
    words=_FGE_WORDS,
    names=_names("es"),
    styles={"name": 0.8, "alias": 0.04, "no_accent": 0.08, "iso3": 0.04, "typo": 0.04},
    demonyms=False,
    date_style="fge",
    partial={"month": 0.03},
    coord_style="numbers",
    transit_sep=", ",
    offence_sep=", ",
    na=("N/D", "S/D", "Se desconoce"),
    zero_words=(),
    upper_rows=0.12,
)
_SSI = Desk(
    source="ssi_ambafrance_mexico",
    filename="ssi_ambafrance_mexico_gh.csv",
    ref="SSI-MX/{year}/{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Vecteur",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données non consolidées – source OCRIEST / DNPAF",
    total="Total",
    bad_count=("plusieurs", "en cours d'évaluation"),
    repeats=False,
    words=_SSI_WORDS,
    names=_names("fr"),
    styles={"name": 0.82, "upper": 0.06, "alias": 0.04, "iso3": 0.05, "typo": 0.03},
    demonyms=False,
    date_style="ssi",
    partial={"month": 0.05, "quarter": 0.03},
    coord_style="fr_pair",
    transit_sep=" / ",
    offence_sep=" + ",
    na=("NC", "non renseigné", "inconnu"),
    zero_words=("aucun", "néant"),
    upper_rows=0.0,
)
_FPU = Desk(
    source="usconsulate_merida_fpu",
    filename="usconsulate_merida_fpu_gh.csv",
    ref="MER-FPU-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case #",
        "event_date": "Date of Incident",
        "crime_type": "Case Category",
        "exploitation": "Trafficking Type",
        "n_persons": "# Aliens/Victims",
        "n_suspects": "# Subjects",
        "gender": "Sex",
        "age_group": "Adult/Juvenile",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Final Destination",
        "detection_country": "Country of Encounter",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode of Travel",
        "coordinates": "Lat/Long",
        "linked_offences": "Related Violations",
    },
    note="NOTE: SBU - preliminary figures pending DHS deconfliction",
    total="TOTAL",
    bad_count=("multiple", "TBD"),
    repeats=False,
    words=_FPU_WORDS,
    names=_names("en"),
    styles={"name": 0.66, "iso2": 0.2, "upper": 0.04, "alias": 0.07, "typo": 0.03},
    demonyms=False,
    date_style="fpu",
    partial={"month": 0.03},
    coord_style="us_pair",
    transit_sep=" > ",
    offence_sep="; ",
    na=("UNK", "N/A"),
    zero_words=(),
    upper_rows=0.0,
)
_INSD = Desk(
    source="belize_insd",
    filename="belize_insd_gh.csv",
    ref="BZ/INSD/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "File No.",
        "event_date": "Date of Interception",
        "crime_type": "Offence",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Persons",
        "n_suspects": "No. of Suspects",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Interception",
        "transit_countries": "Transit Countries",
        "transport_mode": "Means of Travel",
        "coordinates": "Position",
        "linked_offences": "Other Offences",
    },
    note="Note: shared under the SICA / RCM exchange, not verified by INSD",
    total="TOTAL",
    bad_count=("several", "a group"),
    repeats=False,
    words=_INSD_WORDS,
    names=_names("en"),
    styles={"name": 0.78, "upper": 0.08, "alias": 0.04, "iso3": 0.05, "spanish": 0.05},
    demonyms=True,
    date_style="insd",
    partial={"month": 0.03},
    coord_style="dms",
    transit_sep="; ",
    offence_sep=" & ",
    na=("N/K", "Not known"),
    zero_words=("Nil",),
    upper_rows=0.0,
)
_UQ = Desk(
    source="uqroo_observatorio",
    filename="uqroo_observatorio_gh.jsonl",
    ref="UQROO-OMT-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_nota",
        "event_date": "fecha_evento",
        "crime_type": "tipo_delito",
        "exploitation": "forma_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_presuntos",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "delitos_relacionados",
    },
    note="Nota metodológica: cifras tomadas de prensa, sin verificar",
    total="RESUMEN",
    bad_count=("decenas", "cientos"),
    repeats=False,
    words=_UQ_WORDS,
    names=_names("es"),
    styles={
        "name": 0.7,
        "mojibake": 0.12,
        "english": 0.08,
        "iso3": 0.04,
        "numeric": 0.03,
        "no_accent": 0.03,
    },
    demonyms=False,
    date_style="uq",
    partial={"month": 0.07, "quarter": 0.04},
    coord_style="json",
    transit_sep=", ",
    offence_sep=", ",
    na=("sin dato", "s/d"),
    zero_words=(),
    upper_rows=0.0,
)

#: The five desks, in the order :func:`make_blind188` returns their submissions.
SOURCES: tuple[Desk, ...] = (_FGE, _SSI, _FPU, _INSD, _UQ)

_EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": _FGE.source,
        "FRA": _SSI.source,
        "USA": _FPU.source,
        "PAN": _INSD.source,
    },
    compilation=_UQ.source,
    secondary={
        ("darien", "PAN"): _FPU.source,
        ("us_mex", "USA"): _UQ.source,
        ("watl", "ESP"): _UQ.source,
        ("wmed", "ESP"): _UQ.source,
        ("thb_rou_esp", "ESP"): _UQ.source,
        ("thb_rou_esp", "ITA"): _FGE.source,
        ("channel", "GBR"): _SSI.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=188,
    blank_share=0.3,
)


def make_blind188(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five Yucatán-peninsula desks of ``blind188`` send them.

    Spain's detections go to the Quintana Roo prosecutor's log, France's to the French
    embassy's security desk, the United States' to the consulate in Mérida, Panama's to
    the Belize border desk, and every other detection to the university observatory's
    press compilation. About 4 % of the events are reported a second time by another desk
    (a day apart at most), some rows must be quarantined (no date, 30 February, a date
    ten years ahead, a negative or unreadable count, empty, note and total rows) and the
    prosecutor's workbook re-sends a few of its rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``fge_qroo_trata_gh.xlsx``, ``ssi_ambafrance_mexico_gh.csv``,
        ``usconsulate_merida_fpu_gh.csv``, ``belize_insd_gh.csv`` and
        ``uqroo_observatorio_gh.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind188(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['fge_qroo_trata_gh.xlsx', 'ssi_ambafrance_mexico_gh.csv',
     'usconsulate_merida_fpu_gh.csv', 'belize_insd_gh.csv', 'uqroo_observatorio_gh.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('cp1252', ';'), ('utf-8-sig', ','), ('utf-16', '\t')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Infraction']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
