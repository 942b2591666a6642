"""Examiner sample set ``blind403``: car-park and parking-sector reporting (files ``*_oo.*``).

Five agencies that have not written a set before, four of them in the parking and
vehicle-security world, where staff walking the decks and lots find people sleeping or
hidden in vehicles, exploited workers (hand car washes, valeting) and smuggling loads:

``ncp_security_oo.csv``
    National Car Parks (UK), Security & Safeguarding control room. English, UTF-8 with
    BOM, ``,``. Incident log time stamps (``17/05/2023 14:32``), demonyms for
    nationality (``Afghan``, ``Kurdish`` when no state is given), the nation of the UK
    for the country (``England``, ``Scotland``), counts written as words now and then,
    a "welfare" category when staff could not tell what they had found.
``effia_surete_oo.csv``
    EFFIA Stationnement (station car parks of Calais, Calais-Fréthun, Dunkerque),
    pôle sûreté Côte d'Opale. French, cp1252, ``;``, CRLF. Day-first dates, some with
    a two-digit year, decimal commas, French legal wording (``aide à l'entrée
    irrégulière``), ``MNA`` for unaccompanied minors, ``PL``/``VL`` for lorries and
    cars, and UTF-8 country names pasted into the cp1252 sheet (mojibake).
``telpark_seguridad_oo.xlsx``
    Telpark (Empark Aparcamientos y Servicios), departamento de seguridad corporativa.
    Spanish workbook: real Excel dates mixed with typed text dates and a few serial
    numbers, ``H``/``M`` (hombre/mujer) for sex, ``turismo`` (a passenger car) and
    ``patera``/``cayuco``, ``subsahariano``/``magrebí`` when no nationality is known.
``mp_fiscalia_darien_oo.csv``
    Ministerio Público de Panamá, Fiscalía Regional de Darién. Spanish, UTF-16 with tabs
    (Excel's "Texto Unicode" export), unpadded day-first dates or ``17 de mayo de 2023``,
    thousands with a comma (Panama writes numbers the US way), GPS positions in
    degrees, minutes and seconds, feminine demonyms (``venezolana``), and
    ``extracontinental`` for migrants from outside the Americas.
``ipmi_safety_desk_oo.jsonl``
    International Parking & Mobility Institute, safety and security desk: a digest of
    member reports (US members, and European ones through the national parking
    associations). English JSON lines: ISO or US month-first dates, month-only and
    quarter-only dates for members' periodic returns, ISO alpha-2 codes, ``OTM``
    ("other than Mexican") for nationality, a ``0, 0`` position when the form was left
    at its default. It is the compilation source: it first reports every event no
    other source does (USA, Italy, Greece, Croatia, Poland).

Every cell is written the way the agency writes it, and the truth expects what a
careful analyst reads from it: a cell that does not say the value (``Kurdish``,
``OTM``, ``n/k``, a ``0, 0`` position) expects nothing, or ``unknown`` in a vocabulary
column, and is tagged so.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind403"]

_Rng = np.random.Generator
Words = Mapping[str, tuple[str, ...]]

_MONTHS_ES = (
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


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared source fields plus its own wording.

    Attributes
    ----------
    crime : mapping
        ``trafficking``, ``smuggling``, ``both`` (and optionally ``unclear``: a category
        that does not tell which crime it was) -> the agency's words.
    exploitation : mapping
        Exploitation form -> words.
    sex, age, mode : mapping
        Gender, age group and transport mode -> words (``sex`` may hold ``unknown``).
    offences : mapping
        Linked offence -> words.
    offence_sep, transit_sep : str
        Separators of linked offences and of transit countries.
    direct : str or None
        What the agency writes when there was no transit country.
    not_known : tuple of str
        Words for a value that is not known (exploitation, origin, destination).
    na : tuple of str
        Words for "not recorded" in the age group and transport mode.
    count_unknown, suspects_unknown, zero : tuple of str
        Count placeholders (persons, suspects) and words for no suspect at all.
    count_words : mapping
        Small counts the agency may write as words.
    vague : mapping
        Nationality -> a word that does not name a state (``Kurdish``, ``OTM``).
    demonym_share : float
        Share of nationality cells written as a demonym.
    styles : mapping
        Country style (``name``, ``upper``, ``iso2``, ``alias``, ``typo``,
        ``mojibake``) -> weight.
    detection : mapping
        Country -> words the agency uses for the country where it found the people.
    date_style : str
        How the agency writes a date (a key of the module's date writers).
    coords : str
        ``dot``, ``comma``, ``excel``, ``dms`` or ``json``.
    thousands : str or None
        Thousands separator of large counts, if the agency writes one.
    no_coords : float
        Share of rows without a position.
    pasted : float
        Share of rows pasted from a UTF-8 export into the agency's own encoding (every
        text cell of the row shows mojibake).
    """

    crime: Words
    exploitation: Words
    sex: Words
    age: Words
    mode: Words
    offences: Words
    offence_sep: str
    transit_sep: str
    direct: str | None
    not_known: tuple[str, ...]
    na: tuple[str, ...]
    count_unknown: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    count_words: Mapping[int, str]
    vague: Mapping[str, str]
    demonym_share: float
    styles: Mapping[str, float]
    detection: Words
    date_style: str
    coords: str
    thousands: str | None
    no_coords: float
    pasted: float


# --------------------------------------------------------------------------------------
# Country words
# --------------------------------------------------------------------------------------
#: iso3 -> (English, French, Spanish masculine, Spanish feminine) demonyms.
_DEMONYMS: dict[str, tuple[str, str, str, str]] = {
    "TUN": ("Tunisian", "tunisien", "tunecino", "tunecina"),
    "EGY": ("Egyptian", "égyptien", "egipcio", "egipcia"),
    "BGD": ("Bangladeshi", "bangladais", "bangladesí", "bangladesí"),
    "CIV": ("Ivorian", "ivoirien", "marfileño", "marfileña"),
    "GIN": ("Guinean", "guinéen", "guineano", "guineana"),
    "SYR": ("Syrian", "syrien", "sirio", "siria"),
    "ERI": ("Eritrean", "érythréen", "eritreo", "eritrea"),
    "PAK": ("Pakistani", "pakistanais", "pakistaní", "pakistaní"),
    "AFG": ("Afghan", "afghan", "afgano", "afgana"),
    "IRQ": ("Iraqi", "irakien", "iraquí", "iraquí"),
    "CMR": ("Cameroonian", "camerounais", "camerunés", "camerunesa"),
    "MAR": ("Moroccan", "marocain", "marroquí", "marroquí"),
    "DZA": ("Algerian", "algérien", "argelino", "argelina"),
    "MLI": ("Malian", "malien", "maliense", "maliense"),
    "SEN": ("Senegalese", "sénégalais", "senegalés", "senegalesa"),
    "GMB": ("Gambian", "gambien", "gambiano", "gambiana"),
    "TUR": ("Turkish", "turc", "turco", "turca"),
    "YEM": ("Yemeni", "yéménite", "yemení", "yemení"),
    "IRN": ("Iranian", "iranien", "iraní", "iraní"),
    "ALB": ("Albanian", "albanais", "albanés", "albanesa"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamita", "vietnamita"),
    "VEN": ("Venezuelan", "vénézuélien", "venezolano", "venezolana"),
    "ECU": ("Ecuadorian", "équatorien", "ecuatoriano", "ecuatoriana"),
    "HTI": ("Haitian", "haïtien", "haitiano", "haitiana"),
    "COL": ("Colombian", "colombien", "colombiano", "colombiana"),
    "CHN": ("Chinese", "chinois", "chino", "china"),
    "MEX": ("Mexican", "mexicain", "mexicano", "mexicana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco", "guatemalteca"),
    "HND": ("Honduran", "hondurien", "hondureño", "hondureña"),
    "NGA": ("Nigerian", "nigérian", "nigeriano", "nigeriana"),
    "ROU": ("Romanian", "roumain", "rumano", "rumana"),
}

#: language -> iso3 -> other names in use for the country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "MKD": ("Macedonia",),
        "CZE": ("Czechia",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "Angleterre"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "DEU": ("RFA",),
    },
    "es": {
        "USA": ("EE. UU.", "Estados Unidos de América", "EUA"),
        "GBR": ("Gran Bretaña",),
        "VNM": ("Viet Nam",),
    },
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


def _strip_accents(text: str) -> str:
    """Drop the accents of ``text`` (``Érythrée`` -> ``Erythree``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _typo(text: str) -> str:
    """Return a clerk's small slip: accents dropped, else two middle letters swapped.

    Examples
    --------
    >>> _typo("Érythrée"), _typo("Pakistan"), _typo("Mali")
    ('Erythree', 'Paksitan', 'Mali')
    """
    plain = _strip_accents(text)
    if plain != text:
        return plain
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(src: Agency, iso: str, rng: _Rng, col: str, tags: list[str]) -> str:
    """Write a country the agency's way; tag what differs from its plain name."""
    lang = src.language
    name = _name(iso, lang)
    styles = list(src.styles)
    w = np.array([src.styles[s] for s in styles], dtype=float)
    style = styles[int(rng.choice(len(styles), p=w / w.sum()))]
    out = name
    if style == "upper":
        out = name.upper()
    elif style == "iso2":
        out = iso_codes(iso)[0]
    elif style == "alias" and iso in _ALIASES[lang]:
        out = choice(rng, _ALIASES[lang][iso])
    elif style == "typo":
        out = _typo(name)
    elif style == "mojibake":
        out = mojibake(name) or name
    if out != name:
        kind = "case" if style == "upper" else style
        tags.append(f"{kind}:{col}")
    return out


def _nationality(src: Agency, iso: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality: a demonym (as the agency writes it) or a country name."""
    if iso in _DEMONYMS and rng.random() < src.demonym_share:
        en, fr, es_m, es_f = _DEMONYMS[iso]
        tags.append("demonym:nationality")
        if src.language == "en":
            return en
        if src.language == "fr":
            return fr.capitalize() if rng.random() < 0.5 else fr
        return es_f if rng.random() < 0.5 else es_m
    return _country(src, iso, rng, "nationality", tags)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _dmy(ts: pd.Timestamp) -> str:
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"


def _day_cell(src: Agency, ts: pd.Timestamp) -> object:
    """Write a day the agency's plain way (note rows, bad dates)."""
    if src.date_style == "mp":
        return f"{ts.day}/{ts.month}/{ts.year}"
    if src.date_style == "ipmi":
        return ts.strftime("%Y-%m-%d")
    if src.date_style == "telpark":
        return ts.to_pydatetime()
    return _dmy(ts)


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of the event's date."""
    r = rng.random()
    style = src.date_style
    if style == "ncp":  # control-room log: a time stamp, or the day alone
        if r < 0.7:
            hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{_dmy(ts)} {hh:02d}:{mm:02d}", ts, "day"
        return _dmy(ts), ts, "day"
    if style == "effia":
        if r < 0.85:
            return _dmy(ts), ts, "day"
        tags.append("short_year:event_date")
        return ts.strftime("%d/%m/%y"), ts, "day"
    if style == "telpark":
        if r < 0.72:
            return ts.to_pydatetime(), ts, "day"
        if r < 0.87:
            tags.append("text_date")
            return _dmy(ts), ts, "day"
        if r < 0.95:
            tags.append("excel_serial")
            return int((ts - pd.Timestamp("1899-12-30")).days), ts, "day"
        tags.append("text_date")
        return ts.strftime("%d-%m-%Y"), ts, "day"
    if style == "mp":
        if r < 0.75:
            return f"{ts.day}/{ts.month}/{ts.year}", ts, "day"
        tags.append("long_date")
        return f"{ts.day} de {_MONTHS_ES[ts.month - 1]} de {ts.year}", ts, "day"
    # ipmi: a web form (ISO), members' uploads (US month-first), periodic returns
    if partial_ok and r < 0.08:
        tags.append("partial_date")
        start = ts.to_period("M").start_time
        text = f"{MONTHS[ts.month - 1]} {ts.year}" if r < 0.04 else ts.strftime("%Y-%m")
        return text, start, "month"
    if partial_ok and r < 0.13:
        tags.append("partial_date")
        return f"Q{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    if r < 0.7:
        return ts.strftime("%Y-%m-%d"), ts, "day"
    tags.append("us_date")
    return ts.strftime("%m/%d/%Y"), ts, "day"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date to quarantine: blank, impossible (30 February) or years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day = 30 if rng.random() < 0.5 else 31
        month = 2 if day == 30 else choice(rng, ("04", "06", "09", "11"))
        if src.date_style == "ipmi":
            return f"{ts.year}-{int(month):02d}-{day}"
        if src.date_style == "mp":
            return f"{day}/{int(month)}/{ts.year}"
        return f"{day}/{int(month):02d}/{ts.year}"
    ahead = ts.replace(year=ts.year + 10, day=min(ts.day, 28))  # a slip of the year key
    return _day_cell(src, ahead)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date of the extract, written on the agency's note row."""
    return _day_cell(src, last + pd.Timedelta(days=5))


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _noise(text: str, rng: _Rng, col: str, tags: list[str]) -> str:
    """Now and then a cell typed in capitals or with stray spaces."""
    r = rng.random()
    if r < 0.03:
        tags.append(f"case:{col}")
        return text.upper()
    if r < 0.05:
        tags.append(f"space:{col}")
        return f" {text}  "
    return text


def _count_cell(src: Agency, n: int) -> object:
    if src.format == "csv":
        return str(n)
    return n


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write a position; return (cells, expected lat, expected lon)."""
    if src.coords == "dms":
        cell = []
        exp = []
        for value, hemi in ((lat, "NS"), (lon, "EW")):
            total = round(abs(value) * 3600, 1)
            deg = int(total // 3600)
            mins = int((total - deg * 3600) // 60)
            secs = round(total - deg * 3600 - mins * 60, 1)
            letter = hemi[0] if value >= 0 else hemi[1]
            cell.append(f"{deg}°{mins:02d}'{secs:04.1f}\"{letter}")
            exp.append((1 if value >= 0 else -1) * (deg + mins / 60 + secs / 3600))
        tags.append("dms_coords")
        return {"coordinates": " ".join(cell)}, exp[0], exp[1]
    if src.coords == "json":
        return {"lat": round(lat, 6), "lon": round(lon, 6)}, round(lat, 6), round(lon, 6)
    if src.coords == "excel":
        if rng.random() < 0.1:  # typed with a decimal comma: a text cell
            tags.append("text_coords")
            return (
                {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
                round(lat, 5),
                round(lon, 5),
            )
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)
    text_lat, text_lon = f"{lat:.5f}", f"{lon:.5f}"
    if src.coords == "comma":
        tags.append("decimal_comma")
        text_lat, text_lon = text_lat.replace(".", ","), text_lon.replace(".", ",")
    return {"lat": text_lat, "lon": text_lon}, float(f"{lat:.5f}"), float(f"{lon:.5f}")


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok=partial_ok, tags=tags
    )

    # crime type and exploitation
    crime = str(ev["crime_type"])
    expl = ev["exploitation"]
    # people found sleeping in a parked vehicle: staff could not tell what it was
    unclear = crime == "smuggling" and ev["transport_mode"] == "land" and "unclear" in src.crime
    if unclear and rng.random() < 0.35:
        cells["crime_type"] = choice(rng, src.crime["unclear"])
        exp["crime_type"] = "unknown"
        tags.append("crime_unclear")
    else:
        cells["crime_type"] = _noise(choice(rng, src.crime[crime]), rng, "crime_type", tags)
        exp["crime_type"] = crime
    if expl is None:
        cells["exploitation"] = None
        if src.source == "ncp_security" and rng.random() < 0.3:
            cells["exploitation"] = "N/A"
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.not_known)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _noise(
            choice(rng, src.exploitation[str(expl)]), rng, "exploitation", tags
        )
        exp["exploitation"] = str(expl)

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n in src.count_words and r < 0.08:
        cells["n_persons"] = src.count_words[n]
        exp["n_persons"] = n
        tags.append("count_word")
    elif n >= 1000 and src.thousands is not None:
        cells["n_persons"] = f"{n // 1000}{src.thousands}{n % 1000:03d}"
        exp["n_persons"] = n
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = _count_cell(src, n)
        exp["n_persons"] = n
    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.suspects_unknown), None
        tags.append("suspects_placeholder")
    elif s == 0 and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count_cell(src, s), s

    # gender, age group, transport mode
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = choice(rng, src.sex["unknown"]), "unknown"
        tags.append("blank_gender")
    else:
        word = choice(rng, src.sex[gender])
        if len(word) == 1:
            tags.append("sex_letter")
        cells["gender"], exp["gender"] = word, gender
    for col, vocab in (("age_group", src.age), ("transport_mode", src.mode)):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.na), "unknown"
            tags.append("na_word")
        else:
            cells[col] = _noise(choice(rng, vocab[value]), rng, col, tags)
            exp[col] = value

    # countries
    nat = ev["nationality"]
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif str(nat) in src.vague and rng.random() < 0.1:
        cells["nationality"], exp["nationality"] = src.vague[str(nat)], None
        tags += ["blank_nationality", "vague_nationality"]
    else:
        cells["nationality"] = _nationality(src, str(nat), rng, tags)
        exp["nationality"] = str(nat)
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.not_known), None
            tags.append(f"unknown:{col}")
        else:
            cells[col], exp[col] = _country(src, iso, rng, col, tags), iso
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    elif det in src.detection and rng.random() < 0.6:
        own = src.detection[det]
        if det == "GBR" and "Scotland" in own:  # the nation of the UK it happened in
            word = "Scotland" if "Glasgow" in str(ev["hotspot"]) else "England"
        else:
            word = choice(rng, own)
        cells["detection_country"], exp["detection_country"] = word, det
        tags.append("own_word:detection_country")
    else:
        cells["detection_country"] = _country(src, det, rng, "detection_country", tags)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = src.direct, None
    elif rng.random() < 0.02:
        cells["transit_countries"] = choice(rng, src.not_known)
        exp["transit_countries"] = None
        tags.append("unknown:transit_countries")
    else:
        parts = [_country(src, p, rng, "transit_countries", tags) for p in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    # position
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    keys = ("coordinates",) if src.coords == "dms" else ("lat", "lon")
    if forced_blank == "coordinates":
        cells.update(dict.fromkeys(keys))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif r < src.no_coords:
        cells.update(dict.fromkeys(keys))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < src.no_coords + 0.03 and src.coords in ("json", "dms"):
        if src.coords == "json":  # the web form's default position, never moved
            cells.update({"lat": 0, "lon": 0})
        else:
            cells["coordinates"] = "S/C"  # sin coordenadas
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        written, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, tags)
        cells.update(written)

    # linked offences
    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        said = [choice(rng, src.offences[o]) for o in str(off).split("|")]
        cells["linked_offences"], exp["linked_offences"] = src.offence_sep.join(said), str(off)

    if src.pasted and rng.random() < src.pasted:  # rows pasted from a UTF-8 export
        for col in _TEXT_COLUMNS:
            cell = cells.get(col)
            garbled = mojibake(cell) if isinstance(cell, str) else None
            if garbled is not None:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


_TEXT_COLUMNS = (
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


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_NCP = Agency(
    source="ncp_security",
    filename="ncp_security_oo.csv",
    ref="NCP-SEC-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident No",
        "event_date": "Date/Time of Incident",
        "crime_type": "Incident Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. Persons Found",
        "n_suspects": "No. of Suspects",
        "gender": "Sex of Persons",
        "age_group": "Age Range",
        "nationality": "Nationality (as stated)",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country",
        "transit_countries": "Route Via",
        "transport_mode": "Vehicle/Conveyance",
        "lat": "GPS Lat",
        "lon": "GPS Long",
        "linked_offences": "Other Offences Noted",
    },
    note="Extract from NCP Security Control Room log - provisional, not for onward disclosure",
    total="TOTAL",
    bad_count=("several", "multiple - see log", "see CCTV log"),
    repeats=True,
    crime={
        "trafficking": ("Modern slavery concern", "Modern Slavery / Human Trafficking", "MSHT"),
        "smuggling": (
            "Suspected people smuggling",
            "Clandestine entrants",
            "Facilitation - s.25 IA 1971",
        ),
        "both": ("MSHT + smuggling", "Modern slavery & people smuggling"),
        "unclear": ("Welfare - persons sleeping in vehicle", "Rough sleeping (vehicle)"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation - hand car wash", "Labour exploitation"),
        "forced_criminality": ("Criminal exploitation", "Criminal exploitation - cannabis"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    sex={
        "female": ("Female", "F", "Females"),
        "male": ("Male", "M", "Males"),
        "mixed": ("Mixed", "Males & females"),
        "unknown": ("Not known", "n/k"),
    },
    age={
        "child": ("Under 18", "Minor", "Child"),
        "adult": ("Adult", "18+", "Adults"),
        "mixed": ("Adults & minors", "Mixed ages"),
    },
    mode={
        "land": ("HGV", "Lorry", "Car", "Van", "Coach", "On foot"),
        "sea": ("Small boat", "RHIB", "Ferry"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("False documents", "Forged ID"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Contraband tobacco"),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep=", ",
    direct="Direct",
    not_known=("Not known", "n/k", "Unknown"),
    na=("N/A", "Not recorded"),
    count_unknown=("n/k", "Unknown"),
    suspects_unknown=("n/k", "Unknown"),
    zero=("None", "nil"),
    count_words={1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"},
    vague={"IRQ": "Kurdish", "IRN": "Kurdish", "SYR": "Kurdish", "TUR": "Kurdish"},
    demonym_share=0.65,
    styles={"name": 0.8, "upper": 0.07, "alias": 0.08, "typo": 0.05},
    detection={"GBR": ("England", "Scotland")},
    date_style="ncp",
    coords="dot",
    thousands=",",
    no_coords=0.08,
    pasted=0.0,
)

_EFFIA = Agency(
    source="effia_surete",
    filename="effia_surete_oo.csv",
    ref="EFF/COP/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° main courante",
        "event_date": "Date des faits",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction main courante sûreté – données provisoires, diffusion restreinte",
    total="Total",
    bad_count=("plusieurs", "groupe", "nombreux"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "traite"),
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "aide au séjour irrégulier",
            "Trafic de migrants",
            "passeurs",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et aide au passage"),
        "unclear": ("personnes dormant dans un véhicule", "occupation de véhicule"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    sex={
        "female": ("F", "femmes", "féminin"),
        "male": ("H", "hommes", "masculin"),
        "mixed": ("mixte", "H/F"),
        "unknown": ("non renseigné", "NR"),
    },
    age={
        "child": ("mineurs", "MNA", "mineur"),
        "adult": ("majeurs", "majeur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "land": ("PL", "poids lourd", "VL", "fourgon", "à pied", "autocar"),
        "sea": ("small boat", "embarcation", "canot pneumatique", "ferry"),
        "air": ("avion", "aérien"),
    },
    offences={
        "document_fraud": ("faux papiers", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "tabac de contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" + ",
    transit_sep=" / ",
    direct=None,
    not_known=("inconnu", "NC", "non précisé"),
    na=("non renseigné", "sans objet"),
    count_unknown=("NC", "?"),
    suspects_unknown=("NC", "inconnu"),
    zero=("aucun", "néant"),
    count_words={1: "un", 2: "deux", 3: "trois", 4: "quatre"},
    vague={"IRQ": "kurde", "IRN": "kurde", "SYR": "kurde"},
    demonym_share=0.5,
    styles={"name": 0.72, "upper": 0.1, "typo": 0.08, "mojibake": 0.1},
    detection={"FRA": ("France", "FRANCE", "FR"), "GBR": ("Angleterre", "Royaume Uni")},
    date_style="effia",
    coords="comma",
    thousands="\u00a0",
    no_coords=0.1,
    pasted=0.07,
)

_TELPARK = Agency(
    source="telpark_seguridad",
    filename="telpark_seguridad_oo.xlsx",
    ref="INC-{seq:05d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Incidencia",
        "event_date": "Fecha incidencia",
        "crime_type": "Tipo de hecho",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales. Fuente: Centro de Control Telpark (CCTV y vigilantes)",
    total="TOTAL GENERAL",
    bad_count=("varios", "#¡VALOR!", "grupo"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "trata"),
        "smuggling": (
            "Favorecimiento de la inmigración ilegal",
            "tráfico ilícito de migrantes",
            "tráfico de inmigrantes",
        ),
        "both": ("Trata + favorecimiento inmigración ilegal", "trata y tráfico"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("comisión de delitos", "actividades delictivas"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    sex={
        "female": ("Mujer", "M", "mujeres"),
        "male": ("Hombre", "H", "varones"),
        "mixed": ("H y M", "mixto"),
        "unknown": ("no consta",),
    },
    age={
        "child": ("menores", "MENA", "menor"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y menores", "mixto"),
    },
    mode={
        "land": ("turismo", "camión", "furgoneta", "autobús", "a pie", "vehículo"),
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "air": ("avión", "vuelo"),
    },
    offences={
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo",),
        "illicit_goods": ("contra la salud pública", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=" / ",
    transit_sep=" - ",
    direct=None,
    not_known=("no consta", "desconocido", "s/d"),
    na=("no consta", "N/C"),
    count_unknown=("s/d", "no consta"),
    suspects_unknown=("s/d", "no consta"),
    zero=("ninguno", "0 (cero)"),
    count_words={},
    vague={
        **dict.fromkeys(("GIN", "MLI", "SEN", "GMB", "CIV", "CMR", "NGA"), "subsahariano"),
        **dict.fromkeys(("MAR", "DZA", "TUN"), "magrebí"),
    },
    demonym_share=0.55,
    styles={"name": 0.72, "upper": 0.1, "iso2": 0.08, "typo": 0.1},
    detection={"ESP": ("España", "ESPAÑA", "ES")},
    date_style="telpark",
    coords="excel",
    thousands=None,
    no_coords=0.1,
    pasted=0.0,
)

_MP = Agency(
    source="mp_fiscalia_darien",
    filename="mp_fiscalia_darien_oo.csv",
    ref="{year}{seq:08d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Noticia Criminal",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de víctimas/migrantes",
        "n_suspects": "Cantidad de imputados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (GPS)",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: Sistema de Gestión de Causas - Ministerio Público. Datos sujetos a verificación",
    total="Total",
    bad_count=("varios", "#¡VALOR!"),
    repeats=False,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico ilícito de migrantes",),
    },
    exploitation={
        "sexual": ("explotación sexual", "explotación sexual comercial"),
        "forced_labour": ("trabajos forzados", "explotación laboral"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio servil",),
        "other": ("otro",),
    },
    sex={
        "female": ("Femenino", "F"),
        "male": ("Masculino", "M"),
        "mixed": ("Mixto", "Ambos"),
        "unknown": ("Sin dato",),
    },
    age={
        "child": ("NNA", "menores de edad"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    mode={
        "land": ("terrestre", "a pie", "bus", "vehículo"),
        "sea": ("lancha", "piragua", "marítimo"),
        "air": ("aéreo",),
    },
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    transit_sep=", ",
    direct=None,
    not_known=("Sin dato", "por determinar"),
    na=("no aplica", "Sin dato"),
    count_unknown=("por determinar", "sin cuantificar"),
    suspects_unknown=("por determinar", "Sin dato"),
    zero=("ninguno",),
    count_words={},
    vague={"CHN": "extracontinental"},
    demonym_share=0.6,
    styles={"name": 0.75, "upper": 0.15, "typo": 0.1},
    detection={"PAN": ("Panamá", "PANAMA", "Rep. de Panamá")},
    date_style="mp",
    coords="dms",
    thousands=",",
    no_coords=0.08,
    pasted=0.0,
)

_IPMI = Agency(
    source="ipmi_safety_desk",
    filename="ipmi_safety_desk_oo.jsonl",
    ref="IPMI-{yy:02d}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "report_id",
        "event_date": "incident_date",
        "crime_type": "incident_type",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country",
        "transit_countries": "route",
        "transport_mode": "conveyance",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offenses",
    },
    note="Digest compiled from member submissions - not verified by IPMI",
    total="TOTAL",
    bad_count=("multiple", "see narrative"),
    repeats=True,
    crime={
        "trafficking": ("Human trafficking", "Labor/sex trafficking"),
        "smuggling": ("Human smuggling", "Smuggling load"),
        "both": ("Trafficking & smuggling",),
    },
    exploitation={
        "sexual": ("Sex trafficking", "Commercial sex"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    sex={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed",),
        "unknown": ("Unknown",),
    },
    age={
        "child": ("Minor", "Juvenile"),
        "adult": ("Adult",),
        "mixed": ("Adults and minors", "Mixed"),
    },
    mode={
        "land": ("Passenger vehicle", "Tractor-trailer", "Box truck", "Pickup", "On foot"),
        "sea": ("Vessel", "Boat"),
        "air": ("Commercial flight",),
    },
    offences={
        "document_fraud": ("Document fraud", "Fraudulent IDs"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics", "Contraband"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep="; ",
    direct=None,
    not_known=("Unknown", "Not reported"),
    na=("N/A", "Not reported"),
    count_unknown=("unknown",),
    suspects_unknown=("unknown", "TBD"),
    zero=("none",),
    count_words={},
    vague=dict.fromkeys(("GTM", "HND", "VEN", "ECU"), "OTM"),
    demonym_share=0.3,
    styles={"iso2": 0.45, "name": 0.45, "alias": 0.05, "upper": 0.05},
    detection={},
    date_style="ipmi",
    coords="json",
    thousands=None,
    no_coords=0.1,
    pasted=0.0,
)

#: The set's agencies, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (_NCP, _EFFIA, _TELPARK, _MP, _IPMI)

#: The set: who first reports what, who reports it again, how each writes.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": "ncp_security",
        "FRA": "effia_surete",
        "ESP": "telpark_seguridad",
        "PAN": "mp_fiscalia_darien",
    },
    compilation="ipmi_safety_desk",
    secondary={
        # the Channel: what one side's car parks log, the other side's often did too
        ("channel", "FRA"): "ncp_security",
        ("channel", "GBR"): "effia_surete",
        # UK and Spanish operators' reports reach the IPMI digest through their
        # national parking associations
        ("thb_vnm_gbr", "GBR"): "ipmi_safety_desk",
        ("wmed", "ESP"): "ipmi_safety_desk",
        ("watl", "ESP"): "ipmi_safety_desk",
        ("thb_rou_esp", "ESP"): "ipmi_safety_desk",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=403,
    blank_share=0.3,
)


def make_blind403(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five parking-sector agencies of ``blind403`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        ``ncp_security_oo.csv`` (English, UTF-8 with BOM, ``,``),
        ``effia_surete_oo.csv`` (French, cp1252, ``;``),
        ``telpark_seguridad_oo.xlsx`` (Spanish), ``mp_fiscalia_darien_oo.csv``
        (Spanish, UTF-16, tab) and ``ipmi_safety_desk_oo.jsonl`` (English), each with
        its rows of the truth (:attr:`Submission.expected`).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind403(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ncp_security_oo.csv', 'effia_surete_oo.csv', 'telpark_seguridad_oo.xlsx',
     'mp_fiscalia_darien_oo.csv', 'ipmi_safety_desk_oo.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
