"""Examiner sample set ``blind126`` (files ``*_dx.*``): the US–Mexico border, from both sides.

Five agencies of the border region, none used before in this project, each writing the way
its own tools and staff do:

``actic_az_dx.xlsx``
    Arizona Counter Terrorism Information Center (the Arizona fusion center), its human
    smuggling incident log. English. Excel dates (some typed as US ``MM/DD/YYYY`` text),
    upper-case country names and ISO alpha-2 codes, ``UNK`` counts, ``None identified``
    suspects, latitude and longitude as numbers. First reports every event detected in the United
    States; re-sends a few rows.
``senda_de_vida_reynosa_dx.csv``
    Albergue Senda de Vida, the migrant shelter of Reynosa (Tamaulipas), its register of
    incidents told by people expelled or returned to Reynosa. Spanish (Mexico). Excel
    "Texto Unicode" saved as ``.csv``: UTF-16 with BOM, tab-delimited. Day-first dates,
    some ``17-may-2023``; nationalities as demonyms (``hondureños``); ``EUA`` for the
    United States; a few misspelt countries; small counts in words; ``mordida`` for a
    bribe. Reports again some of the US–Mexico events.
``al_otro_lado_tj_dx.csv``
    Al Otro Lado, the bi-national legal-aid organisation of Tijuana, its log of harms
    clients suffered on the way (the Darién crossing). English. UTF-8 with BOM, comma.
    Unpadded US dates ``5/17/2023`` (``May 2023`` when the client remembers only the
    month), demonyms (``Venezuelan``), routes joined by arrows, ``approx. 40`` counts.
    First reports every event detected in Panama.
``consulat_haiti_mx_dx.csv``
    Section consulaire de l'Ambassade d'Haïti au Mexique (mobile consular desk in Tijuana),
    its file of incidents declared by nationals. French. cp1252, ``;``, CRLF (French
    Windows Excel). ``17/05/2023`` and ``1er mai 2023`` dates, thousands with a space,
    ``aucun`` suspects. Reports again some of the Darién events.
``colef_observatorio_dx.jsonl``
    El Colegio de la Frontera Norte (Tijuana), its observatory of press-reported smuggling
    and trafficking incidents worldwide. Spanish keys and values, UTF-8 JSON lines. ISO
    dates, ``2023-05`` and ``T2 2023`` partial dates, ``s/f`` for no date, ISO alpha-3 codes
    beside Spanish names, mojibake in names copied from scraped pages, ``1,250`` counts
    (Mexican thousands comma), coordinates as one ``"lat, lon"`` string. The compilation:
    first reports every other event.

What a careful analyst cannot read from a cell is expected as nothing (a blank, ``unknown``)
and tagged in the truth's ``messiness``: ``count_placeholder``, ``suspects_placeholder``,
``na_word``, ``coords_missing``, ``blank_<field>``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pycountry

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

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind126"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared source fields plus its own wording.

    Attributes
    ----------
    style : str
        Which of the set's writers (dates, countries, counts, places) the agency uses.
    words : mapping
        Column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> design word -> the agency's words.
    not_known : tuple of str
        What the agency writes when the age group or the transport mode is not known.
    no_exploitation : tuple of str
        What it writes in the exploitation cell of a pure smuggling case, if anything.
    count_unknown : tuple of str
        What it writes when a count is not known.
    zero_words : tuple of str
        Words it uses for no suspect at all.
    names : mapping
        ISO alpha-3 code -> country name in the agency's language.
    transit_sep : str
        Separator of the transit countries, written in order.
    offence_sep : str
        Separator of the linked offences.
    """

    style: str
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    not_known: tuple[str, ...]
    no_exploitation: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    names: Mapping[str, str]
    transit_sep: str
    offence_sep: str


# --------------------------------------------------------------------------------------
# Country names
# --------------------------------------------------------------------------------------
_EN = {
    "MEX": "Mexico",
    "GTM": "Guatemala",
    "HND": "Honduras",
    "VEN": "Venezuela",
    "ECU": "Ecuador",
    "HTI": "Haiti",
    "COL": "Colombia",
    "CHN": "China",
    "PAN": "Panama",
    "USA": "United States",
}
_EN_DEMONYM = {
    "MEX": "Mexican",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "VEN": "Venezuelan",
    "ECU": "Ecuadorian",
    "HTI": "Haitian",
    "COL": "Colombian",
    "CHN": "Chinese",
}
_ES = {
    "AFG": "Afganistán",
    "ALB": "Albania",
    "AUT": "Austria",
    "BGD": "Bangladés",
    "BGR": "Bulgaria",
    "BIH": "Bosnia y Herzegovina",
    "BLR": "Bielorrusia",
    "CHN": "China",
    "CIV": "Costa de Marfil",
    "CMR": "Camerún",
    "COL": "Colombia",
    "DEU": "Alemania",
    "DZA": "Argelia",
    "ECU": "Ecuador",
    "EGY": "Egipto",
    "ERI": "Eritrea",
    "ESP": "España",
    "FRA": "Francia",
    "GBR": "Reino Unido",
    "GIN": "Guinea",
    "GMB": "Gambia",
    "GRC": "Grecia",
    "GTM": "Guatemala",
    "HND": "Honduras",
    "HRV": "Croacia",
    "HTI": "Haití",
    "HUN": "Hungría",
    "IRN": "Irán",
    "IRQ": "Irak",
    "ITA": "Italia",
    "LBY": "Libia",
    "MAR": "Marruecos",
    "MEX": "México",
    "MKD": "Macedonia del Norte",
    "MLI": "Malí",
    "MRT": "Mauritania",
    "NER": "Níger",
    "NGA": "Nigeria",
    "PAK": "Pakistán",
    "PAN": "Panamá",
    "POL": "Polonia",
    "ROU": "Rumania",
    "RUS": "Rusia",
    "SEN": "Senegal",
    "SRB": "Serbia",
    "SYR": "Siria",
    "TUN": "Túnez",
    "TUR": "Turquía",
    "USA": "Estados Unidos",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "YEM": "Yemen",
}
#: Other names a Mexican observatory meets in the press (all unambiguous).
_ES_ALIAS = {
    "BGD": "Bangladesh",
    "BIH": "Bosnia",
    "GBR": "Gran Bretaña",
    "IRQ": "Iraq",
    "MKD": "Macedonia",
    "RUS": "Federación de Rusia",
    "SYR": "República Árabe Siria",
    "TUR": "Türkiye",
    "CIV": "Côte d'Ivoire",
}
#: Spanish demonyms (masculine, feminine) as a Mexican shelter writes nationalities.
_ES_DEMONYM = {
    "MEX": ("mexicano", "mexicana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "VEN": ("venezolano", "venezolana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
}
#: Misspellings seen in the shelter's hand-typed register.
_ES_TYPO = {
    "GTM": "Guatamala",
    "HND": "Hondura",
    "VEN": "Venesuela",
    "ECU": "Equador",
    "MEX": "Mexico",
}
_FR = {
    "VEN": "Venezuela",
    "ECU": "Équateur",
    "HTI": "Haïti",
    "COL": "Colombie",
    "CHN": "Chine",
    "PAN": "Panama",
    "USA": "États-Unis",
    "MEX": "Mexique",
}
#: French demonyms (masculine, feminine).
_FR_DEMONYM = {
    "VEN": ("vénézuélien", "vénézuélienne"),
    "ECU": ("équatorien", "équatorienne"),
    "HTI": ("haïtien", "haïtienne"),
    "COL": ("colombien", "colombienne"),
    "CHN": ("chinois", "chinoise"),
}
_ES_NUMBERS = ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez")
_ES_MONTH_ABBR = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "oct",
    "nov",
    "dic",
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


def _name(src: Agency, code: str) -> str:
    """Return the country's name in the agency's language (the English name if unlisted)."""
    if code in src.names:
        return src.names[code]
    country = pycountry.countries.get(alpha_3=code)
    return str(getattr(country, "common_name", None) or getattr(country, "name", code))


def _country(
    src: Agency, code: str, role: str, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> str:
    """Write one country as the agency does; ``role`` is nat, origin, dest, det or transit."""
    name = _name(src, code)
    r = rng.random()
    if src.style == "actic":
        if code == "USA" and role in ("dest", "det"):
            return choice(rng, ("USA", "US", "United States", "U.S."))
        if r < 0.45:
            tags.append("upper")
            return name.upper()
        if r < 0.65:
            tags.append("iso2")
            return iso_codes(code)[0]
        return name
    if src.style == "aol":
        if role == "nat" and code in _EN_DEMONYM and r < 0.7:
            tags.append("demonym")
            return _EN_DEMONYM[code]
        if code == "USA":
            return choice(rng, ("US", "USA", "United States"))
        if code == "PAN" and r < 0.3:
            return "Panamá"
        return name
    if src.style == "senda":
        if role == "nat" and code in _ES_DEMONYM and r < 0.75:
            tags.append("demonym")
            masc, fem = _ES_DEMONYM[code]
            word = fem if ev["gender"] == "female" else masc
            plural = int(ev["n_persons"] or 1) > 1  # type: ignore[call-overload]
            return word + "s" if plural else word
        if code == "USA":
            return choice(rng, ("EUA", "EE.UU.", "Estados Unidos", "E.U.A."))
        if code in _ES_TYPO and r > 0.93:
            tags.append("typo")
            return _ES_TYPO[code]
        if r < 0.05:
            tags.append("spacing")
            return f" {name.upper()} "
        return name
    if src.style == "haiti":
        if role == "nat" and code in _FR_DEMONYM and r < 0.3:
            tags.append("demonym")
            masc, fem = _FR_DEMONYM[code]
            return fem if ev["gender"] == "female" else masc
        if code == "USA":
            return choice(rng, ("États-Unis", "Etats-Unis", "USA"))
        if code == "ECU" and r > 0.8:
            tags.append("no_accent")
            return "Equateur"
        return name
    # colef: Spanish names, ISO alpha-3 codes, aliases, press mojibake
    if r < 0.15:
        tags.append("iso3")
        return code
    if r < 0.2 and code in _ES_ALIAS:
        tags.append("alias")
        return _ES_ALIAS[code]
    if r < 0.25:
        tags.append("upper")
        return name.upper()
    garbled = mojibake(name)
    if garbled is not None and r > 0.9:
        tags.append("mojibake")
        return garbled
    return name


def _transit(src: Agency, codes: list[str], rng: _Rng, tags: list[str]) -> str:
    """Write the transit countries in order, one form per cell, joined by the separator."""
    r = rng.random()
    names = [_name(src, c) for c in codes]
    if src.style == "actic":
        if r < 0.3:
            tags.append("iso2")
            return src.transit_sep.join(iso_codes(c)[0] for c in codes)
        if r < 0.65:
            tags.append("upper")
            return src.transit_sep.join(n.upper() for n in names)
    elif src.style == "colef":
        if r < 0.15:
            tags.append("iso3")
            return src.transit_sep.join(codes)
        garbled = mojibake(src.transit_sep.join(names))
        if garbled is not None and r > 0.9:
            tags.append("mojibake")
            return garbled
    elif src.style == "senda":  # hand-typed: now and then a misspelt country
        if r > 0.9:
            tags.append("typo")
            names = [_ES_TYPO.get(c, n) for c, n in zip(codes, names, strict=True)]
    elif src.style == "haiti" and r > 0.8:
        tags.append("no_accent")
        names = ["Equateur" if c == "ECU" else n for c, n in zip(codes, names, strict=True)]
    return src.transit_sep.join(names)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _us(ts: pd.Timestamp, *, pad: bool) -> str:
    return f"{ts.month:02d}/{ts.day:02d}/{ts.year}" if pad else f"{ts.month}/{ts.day}/{ts.year}"


def _fr_long(ts: pd.Timestamp) -> str:
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of the event's date as the agency writes it."""
    r = rng.random()
    if src.style == "actic":
        if r < 0.75:
            tags.append("excel_date")
            return ts.to_pydatetime(), ts, "day"
        tags.append("us_date")
        return _us(ts, pad=True), ts, "day"
    if src.style == "aol":
        if partial_ok and r < 0.08:
            tags.append("month_date")
            return f"{MONTHS[ts.month - 1]} {ts.year}", ts.to_period("M").start_time, "month"
        tags.append("us_date")
        return _us(ts, pad=False), ts, "day"
    if src.style == "senda":
        if r < 0.3:
            tags.append("month_abbr_date")
            return f"{ts.day:02d}-{_ES_MONTH_ABBR[ts.month - 1]}-{ts.year}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if src.style == "haiti":
        if r < 0.25:
            tags.append("long_date")
            return _fr_long(ts), ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if partial_ok and r < 0.09:
        tags.append("month_date")
        return ts.strftime("%Y-%m"), ts.to_period("M").start_time, "month"
    if partial_ok and r < 0.14:
        tags.append("quarter_date")
        quarter = ts.to_period("Q")
        return f"T{quarter.quarter} {ts.year}", quarter.start_time, "quarter"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    later = ts.replace(year=ts.year + 10)  # a mistyped decade: 2023 -> 2033
    if kind == "no_date":
        if src.style == "colef" and rng.random() < 0.5:
            return "s/f"  # sin fecha
        return None
    if kind == "bad_date":
        if src.style in ("actic", "aol"):
            return f"{2 if src.style == 'aol' else '02'}/30/{ts.year}"
        if src.style == "colef":
            return f"{ts.year}-02-30"
        return f"30/02/{ts.year}"
    if src.style == "actic":
        return later.to_pydatetime()
    if src.style == "aol":
        return _us(later, pad=False)
    if src.style == "colef":
        return later.strftime("%Y-%m-%d")
    return later.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date the agency writes on its note row (the day of its last row)."""
    if src.style == "actic":
        return last.to_pydatetime()
    if src.style == "aol":
        return _us(last, pad=False)
    return last.strftime("%d/%m/%Y" if src.style in ("senda", "haiti") else "%Y-%m-%d")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _persons(src: Agency, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected count) of the persons of the event."""
    r = rng.random()
    if r < 0.03:
        tags.append("count_placeholder")
        return choice(rng, src.count_unknown), None
    as_number = src.format != "csv"
    if n >= 1000:
        if src.style in ("aol", "colef") and (src.style == "aol" or r < 0.5):
            tags.append("thousands")
            return f"{n:,}", n
        if src.style == "haiti":
            tags.append("thousands")
            sep = "\u00a0" if r < 0.5 else " "
            return f"{n:,}".replace(",", sep), n
    if src.style == "aol" and n >= 10 and r > 0.9:
        tags.append("approx_count")
        return f"approx. {n}", n
    if src.style == "senda" and n <= 10 and r > 0.85:
        tags.append("number_word")
        return _ES_NUMBERS[n - 1], n
    return (n if as_number else str(n)), n


def _suspects(
    src: Agency, n: int, rng: _Rng, tags: list[str], forced_blank: str | None
) -> tuple[object, int | None]:
    """Return (cell, expected count) of the suspects of the event."""
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        return None, None
    r = rng.random()
    if r < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, src.count_unknown), None
    if n == 0 and r < 0.45:
        tags.append("zero_word")
        return choice(rng, src.zero_words), 0
    return (n if src.format != "csv" else str(n)), n


def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    return choice(rng, src.words[col][value])


# --------------------------------------------------------------------------------------
# One event, one row
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the agency does: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, precision = _date(src, ts, rng, partial_ok, tags)
    exp: dict[str, object] = {"event_date": day, "date_precision": precision}

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        if src.no_exploitation and rng.random() < 0.35:
            tags.append("na_exploitation")
            cells["exploitation"] = choice(rng, src.no_exploitation)
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
    exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        tags,
        forced_blank,
    )

    if forced_blank == "gender":
        tags.append("blank_gender")
        exp["gender"] = "unknown"
    else:
        cells["gender"] = _word(src, "gender", str(ev["gender"]), rng)
        exp["gender"] = ev["gender"]
    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.025:
            tags.append("na_word")
            cells[col] = choice(rng, src.not_known)
            exp[col] = "unknown"
        else:
            cells[col] = _word(src, col, str(ev[col]), rng)
            exp[col] = ev[col]

    for col, role in (
        ("nationality", "nat"),
        ("origin_country", "origin"),
        ("destination_country", "dest"),
        ("detection_country", "det"),
    ):
        code = ev[col]
        if forced_blank == col or code is None:
            if forced_blank == col:
                tags.append(f"blank_{col}")
            exp[col] = None
            continue
        text = _country(src, str(code), role, ev, rng, tags)
        if not fits(text, src):  # never with this set's names; kept as a guard
            text = str(code)
        cells[col], exp[col] = text, code
    transit = ev["transit_countries"]
    if transit is not None:
        cells["transit_countries"] = _transit(src, str(transit).split("|"), rng, tags)
    exp["transit_countries"] = transit

    offences = ev["linked_offences"]
    if offences is not None:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        if src.style == "senda" and len(words) > 1:  # "drogas y mordida", "a, b y c"
            cells["linked_offences"] = ", ".join(words[:-1]) + " y " + words[-1]
        else:
            cells["linked_offences"] = src.offence_sep.join(words)
    exp["linked_offences"] = offences

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    has_place = "lat" in src.headers or "coordinates" in src.headers
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp["lat"] = exp["lon"] = None
    elif not has_place or rng.random() < (0.05 if src.style == "actic" else 0.12):
        tags.append("coords_missing")
        exp["lat"] = exp["lon"] = None
    elif src.style == "actic":
        cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
    else:  # colef: one "lat, lon" string, 4 decimals (2 when the article gave a rough place)
        digits = 2 if rng.random() < 0.1 else 4
        y, x = round(lat, digits), round(lon, digits)
        cells["coordinates"] = f"{y:.{digits}f}, {x:.{digits}f}"
        exp["lat"], exp["lon"] = y, x
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_ACTIC = Agency(
    source="actic_az",
    filename="actic_az_dx.xlsx",
    ref="AZ{yy:02d}-HS-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "ACTIC Ref #",
        "event_date": "Incident Date",
        "crime_type": "Offense Category",
        "exploitation": "Exploitation Type",
        "n_persons": "# Migrants/Victims",
        "n_suspects": "# Suspects",
        "gender": "Sex (Group)",
        "age_group": "Age Category",
        "nationality": "Nationality (Primary)",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Incident",
        "transport_mode": "Conveyance",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offenses",
    },
    note="NOTE: compiled from partner agency reports - LES, not for public release",
    total="TOTAL",
    bad_count=("multiple", "see narrative"),
    repeats=True,
    style="actic",
    words={
        "crime_type": {
            "smuggling": ("Human Smuggling", "HUMAN SMUGGLING", "Alien Smuggling"),
            "trafficking": ("Human Trafficking", "HUMAN TRAFFICKING", "HT"),
            "both": ("HS/HT", "Human Smuggling / Trafficking"),
        },
        "exploitation": {
            "sexual": ("Sex Trafficking", "Commercial Sex"),
            "forced_labour": ("Labor Trafficking", "Forced Labor"),
            "forced_criminality": ("Forced Criminal Activity",),
            "organ_removal": ("Organ Removal",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M", "MALE"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "M/F"),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Juvenile", "Juveniles"),
            "mixed": ("Adult/Juvenile", "Family Unit"),
        },
        "transport_mode": {
            "land": ("Vehicle", "Pedestrian", "Tractor-Trailer", "On Foot"),
            "sea": ("Vessel", "Panga"),
            "air": ("Aircraft",),
        },
        "linked_offences": {
            "document_fraud": ("Fraudulent Documents", "Document Fraud"),
            "corruption": ("Bribery", "Public Corruption"),
            "money_laundering": ("Money Laundering",),
            "illicit_goods": ("Narcotics", "Drug Smuggling"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    not_known=("UNK", "Unknown"),
    no_exploitation=("N/A",),
    count_unknown=("UNK", "Unknown"),
    zero_words=("None identified", "NONE"),
    names=_EN,
    transit_sep=", ",
    offence_sep="; ",
)

_SENDA = Agency(
    source="senda_de_vida_reynosa",
    filename="senda_de_vida_reynosa_dx.csv",
    ref="SDV-{year}-{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del incidente",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "n_persons": "No. de personas",
        "gender": "Sexo",
        "age_group": "Edad",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_suspects": "Presuntos responsables",
        "transit_countries": "Ruta (países)",
        "destination_country": "Destino",
        "detection_country": "País donde ocurrió",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos proporcionados por las personas albergadas",
    total="TOTAL",
    bad_count=("varios", "muchos"),
    repeats=False,
    style="senda",
    words={
        "crime_type": {
            "smuggling": ("tráfico de personas", "Tráfico de personas", "tráfico de migrantes"),
            "trafficking": ("trata de personas", "Trata de personas"),
            "both": ("trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzado"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "male": ("hombres", "Hombres", "varones"),
            "female": ("mujeres", "Mujeres"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "NNA", "menores de edad"),
            "mixed": ("adultos y menores", "adultos y NNA"),
        },
        "transport_mode": {
            "land": ("a pie", "terrestre", "camioneta", "tráiler"),
            "sea": ("lancha",),
            "air": ("avión",),
        },
        "linked_offences": {
            "document_fraud": ("documentos falsos",),
            "corruption": ("mordida", "soborno a autoridades"),
            "money_laundering": ("lavado de dinero",),
            "illicit_goods": ("drogas",),
            "cybercrime": ("delitos cibernéticos",),
            "terrorism": ("terrorismo",),
        },
    },
    not_known=("s/d", "no sabe"),
    no_exploitation=("no aplica",),
    count_unknown=("no sabe", "N/D"),
    zero_words=("ninguno", "nadie"),
    names=_ES,
    transit_sep=" - ",
    offence_sep=", ",
)

_AOL = Agency(
    source="al_otro_lado_tj",
    filename="al_otro_lado_tj_dx.csv",
    ref="AOL-{yy:02d}{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of incident",
        "detection_country": "Country where it happened",
        "nationality": "Client nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route before incident",
        "destination_country": "Intended destination",
        "crime_type": "Harm type",
        "exploitation": "Exploitation (if trafficking)",
        "n_persons": "Group size",
        "n_suspects": "Guides/smugglers involved",
        "gender": "Group gender",
        "age_group": "Ages",
        "transport_mode": "Travel mode",
        "linked_offences": "Other offenses",
    },
    note="Note: dates as recalled by clients at intake",
    total="Total",
    bad_count=("a lot", "several"),
    repeats=False,
    style="aol",
    words={
        "crime_type": {
            "smuggling": ("Smuggling", "smuggling", "Migrant smuggling"),
            "trafficking": ("Trafficking", "Human trafficking"),
            "both": ("Smuggling + trafficking", "Trafficking & smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Forced labor", "Labor exploitation"),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("men", "male", "all male"),
            "female": ("women", "female"),
            "mixed": ("mixed", "men and women"),
        },
        "age_group": {
            "adult": ("adults", "adult"),
            "child": ("minors", "children"),
            "mixed": ("adults and children", "families with children"),
        },
        "transport_mode": {
            "land": ("on foot", "walking", "land"),
            "sea": ("boat",),
            "air": ("plane",),
        },
        "linked_offences": {
            "document_fraud": ("fake documents",),
            "corruption": ("bribes to officials", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "drug trafficking"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    not_known=("n/a", "don't know"),
    no_exploitation=("n/a",),
    count_unknown=("unknown", "?"),
    zero_words=("none",),
    names=_EN,
    transit_sep=" → ",
    offence_sep=", ",
)

_HAITI = Agency(
    source="consulat_haiti_mx",
    filename="consulat_haiti_mx_dx.csv",
    ref="CONS-HT-MX/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "detection_country": "Pays des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination",
        "transport_mode": "Moyen de déplacement",
        "n_suspects": "Nombre de passeurs",
        "linked_offences": "Infractions connexes",
    },
    note="Note : données recueillies lors des permanences consulaires",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs",),
    repeats=False,
    style="haiti",
    words={
        "crime_type": {
            "smuggling": (
                "trafic illicite de migrants",
                "trafic de migrants",
                "passage clandestin",
            ),
            "trafficking": ("traite des personnes", "traite"),
            "both": ("traite et trafic",),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé",),
            "forced_criminality": ("criminalité forcée",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("hommes", "H", "masculin"),
            "female": ("femmes", "F", "féminin"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("adultes", "majeurs"),
            "child": ("mineurs", "enfants"),
            "mixed": ("adultes et mineurs", "mixte"),
        },
        "transport_mode": {
            "land": ("à pied", "terrestre", "voie terrestre"),
            "sea": ("bateau", "voie maritime"),
            "air": ("avion", "voie aérienne"),
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
    not_known=("non renseigné", "N/R"),
    no_exploitation=("sans objet",),
    count_unknown=("inconnu", "N/D"),
    zero_words=("aucun",),
    names=_FR,
    transit_sep=" / ",
    offence_sep=" + ",
)

_COLEF = Agency(
    source="colef_observatorio",
    filename="colef_observatorio_dx.jsonl",
    ref="OBS-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_nota",
        "event_date": "fecha_evento",
        "crime_type": "tipo_delito",
        "exploitation": "modalidad_explotacion",
        "n_persons": "personas",
        "n_suspects": "presuntos_responsables",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "coordinates": "coordenadas",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "decenas"),
    repeats=True,
    style="colef",
    words={
        "crime_type": {
            "smuggling": ("tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "trafficking": ("trata de personas", "Trata de personas"),
            "both": ("trata de personas y tráfico de migrantes", "trata y tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra forma",),
        },
        "gender": {
            "male": ("hombres", "masculino"),
            "female": ("mujeres", "femenino"),
            "mixed": ("mixto", "ambos sexos"),
        },
        "age_group": {
            "adult": ("adultos",),
            "child": ("menores", "niñas, niños y adolescentes"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "embarcación", "vía marítima"),
            "land": ("terrestre", "vía terrestre", "camión"),
            "air": ("aéreo", "vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos", "uso de documentos falsos"),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": (
                "lavado de dinero",
                "operaciones con recursos de procedencia ilícita",
            ),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    not_known=("sin dato", "s/d"),
    no_exploitation=(),
    count_unknown=("s/d", "sin dato"),
    zero_words=("ninguno",),
    names=_ES,
    transit_sep=", ",
    offence_sep="; ",
)

#: The set's agencies, in the order their submissions are returned.
AGENCIES: tuple[Agency, ...] = (_ACTIC, _SENDA, _AOL, _HAITI, _COLEF)

#: Who reports what: the Arizona fusion center first reports the events detected in the
#: United States, Al Otro Lado those detected in Panama (the Darién, from its clients), the
#: El Colef observatory all others; the Reynosa shelter reports US–Mexico events again, the
#: Haitian consular desk Darién events.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={"USA": "actic_az", "PAN": "al_otro_lado_tj"},
    compilation="colef_observatorio",
    secondary={
        ("us_mex", "USA"): "senda_de_vida_reynosa",
        ("darien", "PAN"): "consulat_haiti_mx",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=126_126,
    blank_share=0.3,
)


def make_blind126(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five US–Mexico border agencies of ``blind126`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``actic_az_dx.xlsx``, ``senda_de_vida_reynosa_dx.csv``, ``al_otro_lado_tj_dx.csv``,
        ``consulat_haiti_mx_dx.csv`` and ``colef_observatorio_dx.jsonl``, each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind126(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['actic_az_dx.xlsx', 'senda_de_vida_reynosa_dx.csv', 'al_otro_lado_tj_dx.csv',
     'consulat_haiti_mx_dx.csv', 'colef_observatorio_dx.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('utf-16', '\t'), ('utf-8-sig', ','), ('cp1252', ';')]
    >>> all((s.expected["expected_status"] != "quarantine").any() for s in subs)
    True
    >>> subs[3].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Pays des faits']
    """
    return make_examined(EXAMINER, truth, seed=seed)
