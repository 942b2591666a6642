"""Examiner sample set ``blind144`` (files ``*_ep.*``): Alpine-region police and NGO desks.

Five agencies, none used by an earlier set, each writing in its own working language:

``ccpd_geneve``
    Centre de coopération policière et douanière franco-suisse de Genève: French, CSV,
    cp1252, ``;``. Swiss habits: ``17.05.2023`` dates, ``1'234`` thousands, ISO alpha-2
    codes beside French names, French legal wording (``aide à l'entrée irrégulière``),
    a ``lat / lon`` cell, and names garbled by a UTF-8 import (``AlgÃ©rie``).
``lpd_tirol``
    Landespolizeidirektion Tirol (Brenner desk): English export in XLSX, real Excel dates
    with a few ``17.05.2023`` text cells, ``PAD/23/00123`` case numbers, German words of
    the desk leaking in (``Schlepperei``, ``LKW``, ``Syrien``), some coordinates typed as
    text with a decimal comma.
``pcc_thoerl_maglern``
    Police Cooperation Centre Thörl-Maglern (Austria–Italy–Slovenia): English JSON lines,
    ISO dates (``2023-05``, ``2023-Q2`` when only the month or quarter is known), ISO
    alpha-3 codes with Italian names and a few numeric codes, ``TUR-BGR-SRB`` routes, a
    ``"lat,lon"`` GPS cell.
``simn_scalabrini``
    Red Scalabriniana (Scalabrini International Migration Network) shelters in Panama
    and on the Mexico–US border: Spanish, tab-separated UTF-16 text as Excel saves it,
    ``dd/mm/aaaa``, ``17-may-2023`` and Excel serial dates, ``NNA`` for children,
    ``EE.UU.``, ``1.234`` thousands, ``s/d`` for a count not known.
``mpc_berne``
    Ministère public de la Confédération (international mutual legal assistance): French,
    CSV UTF-8 with BOM, ``,``; Swiss legal wording (``art. 116 LEI``, ``art. 182 CP``),
    ``17 mai 2023`` / ISO / ``T2 2023`` dates, small counts in words; no coordinates.
    The compilation: it reports the events no other desk does.

The truth says what a careful analyst reads from each cell: partial dates expect the
first day of their month or quarter, ``n.c.``/``unknown``/``s/d`` counts expect no
count (the record is kept), ``aucun``/``none``/``ninguno`` suspects expect 0, a blank or
"not known" gender expects ``unknown``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind144"]

_Rng = np.random.Generator
Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of ``blind144`` with its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the agency's words for it.
    na_words : tuple of str
        What the agency writes when a category is not known.
    count_unknown : tuple of str
        What it writes for a count of persons it does not know (record kept, no count).
    zero : tuple of str
        What it writes for "no suspect".
    styles : mapping
        Country writing style -> probability (``name``, ``iso2``, ``iso3``, ``numeric``,
        ``upper``, ``lower``, ``alias``, ``foreign``, ``mojibake``, ``typo``).
    transit_sep : tuple of str
        Separators of the transit countries.
    offence_sep : tuple of str
        Separators of the linked offences.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    na_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    styles: Mapping[str, float]
    transit_sep: tuple[str, ...]
    offence_sep: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Country names the tables of trendlib.samples._tables do not hold
# --------------------------------------------------------------------------------------
_GERMAN = {
    "AFG": "Afghanistan",
    "ALB": "Albanien",
    "AUT": "Österreich",
    "BGD": "Bangladesch",
    "BGR": "Bulgarien",
    "BIH": "Bosnien und Herzegowina",
    "BLR": "Weißrussland",
    "CHN": "China",
    "CIV": "Elfenbeinküste",
    "CMR": "Kamerun",
    "COL": "Kolumbien",
    "DEU": "Deutschland",
    "DZA": "Algerien",
    "ECU": "Ecuador",
    "EGY": "Ägypten",
    "ERI": "Eritrea",
    "ESP": "Spanien",
    "FRA": "Frankreich",
    "GBR": "Großbritannien",
    "GIN": "Guinea",
    "GMB": "Gambia",
    "GRC": "Griechenland",
    "HRV": "Kroatien",
    "HUN": "Ungarn",
    "IRN": "Iran",
    "IRQ": "Irak",
    "ITA": "Italien",
    "LBY": "Libyen",
    "MAR": "Marokko",
    "MKD": "Nordmazedonien",
    "MLI": "Mali",
    "MRT": "Mauretanien",
    "NER": "Niger",
    "NGA": "Nigeria",
    "PAK": "Pakistan",
    "POL": "Polen",
    "ROU": "Rumänien",
    "RUS": "Russland",
    "SEN": "Senegal",
    "SRB": "Serbien",
    "SYR": "Syrien",
    "TUN": "Tunesien",
    "TUR": "Türkei",
    "VNM": "Vietnam",
    "YEM": "Jemen",
}
_ITALIAN = {
    "AFG": "Afghanistan",
    "ALB": "Albania",
    "AUT": "Austria",
    "BGD": "Bangladesh",
    "BGR": "Bulgaria",
    "BIH": "Bosnia-Erzegovina",
    "BLR": "Bielorussia",
    "CHN": "Cina",
    "CIV": "Costa d'Avorio",
    "CMR": "Camerun",
    "DEU": "Germania",
    "DZA": "Algeria",
    "EGY": "Egitto",
    "ERI": "Eritrea",
    "ESP": "Spagna",
    "FRA": "Francia",
    "GBR": "Regno Unito",
    "GIN": "Guinea",
    "GMB": "Gambia",
    "GRC": "Grecia",
    "HRV": "Croazia",
    "HUN": "Ungheria",
    "IRN": "Iran",
    "IRQ": "Iraq",
    "ITA": "Italia",
    "LBY": "Libia",
    "MAR": "Marocco",
    "MKD": "Macedonia del Nord",
    "MLI": "Mali",
    "NER": "Niger",
    "NGA": "Nigeria",
    "PAK": "Pakistan",
    "POL": "Polonia",
    "ROU": "Romania",
    "RUS": "Russia",
    "SEN": "Senegal",
    "SRB": "Serbia",
    "SYR": "Siria",
    "TUN": "Tunisia",
    "TUR": "Turchia",
    "VNM": "Vietnam",
    "YEM": "Yemen",
}
#: Everyday short names and abbreviations, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "VNM": ("Vietnam",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "BIH": ("Bosnia",),
        "IRN": ("Iran (Islamic Republic of)",),
        "MKD": ("N. Macedonia",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "R-U"),
        "USA": ("USA",),
        "CIV": ("Côte d'Ivoire",),
        "ERI": ("Erythrée",),
        "DZA": ("Algerie",),
        "EGY": ("Egypte",),
        "TUR": ("Türkiye",),
        "VNM": ("Vietnam",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("R. Unido",),
        "CHN": ("R.P. China",),
        "HTI": ("Haiti",),
        "MEX": ("Mexico",),
        "PAN": ("Panama",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
    },
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


def _typo(name: str) -> str:
    """Swap two letters in the middle of a long name (``Venezuela`` -> ``Venzeuela``)."""
    if len(name) < 7:
        return name
    i = len(name) // 2
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return name
    return name[: i - 1] + b + a + name[i + 1 :]


def _country(src: Agency, iso: str, style: str) -> tuple[str, str | None]:
    """Write one country as ``src`` does in ``style``; return (text, tag kind or None)."""
    name = str(COUNTRIES[iso][_LANG_COL[src.language]])
    text: str | None
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "numeric":
        return iso_codes(iso)[1], "numeric"
    if style == "upper":
        return name.upper(), "case"
    if style == "lower":
        return name.lower(), "case"
    if style == "alias":
        aliases = _ALIASES[src.language].get(iso)
        return (aliases[0], "alias") if aliases else (name, None)
    if style == "foreign":
        table = _GERMAN if src.source == "lpd_tirol" else _ITALIAN
        text = table.get(iso)
        return (text, "foreign_name") if text and text != name else (name, None)
    if style == "mojibake":
        text = mojibake(name)
        return (text, "mojibake") if text is not None and fits(text, src) else (name, None)
    if style == "typo":
        text = _typo(name)
        return (text, "typo") if text != name else (name, None)
    return name, None


def _draw(rng: _Rng, probs: Mapping[str, float]) -> str:
    keys = list(probs)
    w = np.array([probs[k] for k in keys], dtype=float)
    return str(keys[int(rng.choice(len(keys), p=w / w.sum()))])


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_FR_MONTHS = _MONTHS["fr"]
_ES_MONTHS = _MONTHS["es"]
_EN_MONTHS = _MONTHS["en"]
_FR_NUMBERS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _date_cell(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Return (cell, expected date, precision, tag) for the event's day."""
    r = float(rng.random())
    partial = partial_ok and r < 0.1
    m, y, d = ts.month, ts.year, ts.day
    if src.source == "ccpd_geneve":
        if partial:
            cell = f"{_FR_MONTHS[m - 1]} {y}" if r < 0.05 else f"{m:02d}.{y}"
            return cell, _month_start(ts), "month", "partial_date"
        return (ts.strftime("%d.%m.%y") if r > 0.9 else ts.strftime("%d.%m.%Y")), ts, "day", None
    if src.source == "lpd_tirol":
        if partial:
            if r < 0.05:
                return f"{_EN_MONTHS[m - 1]} {y}", _month_start(ts), "month", "partial_date"
            return f"Q{ts.quarter} {y}", _quarter_start(ts), "quarter", "partial_date"
        if r > 0.85:
            return ts.strftime("%d.%m.%Y"), ts, "day", "text_date"
        return ts.to_pydatetime(), ts, "day", None
    if src.source == "pcc_thoerl_maglern":
        if partial:
            if r < 0.06:
                return f"{y}-{m:02d}", _month_start(ts), "month", "partial_date"
            return f"{y}-Q{ts.quarter}", _quarter_start(ts), "quarter", "partial_date"
        if r > 0.9:
            return ts.strftime("%d/%m/%Y"), ts, "day", "day_first"
        if r > 0.8:
            return (
                f"{ts.strftime('%Y-%m-%d')}T{(d * 5) % 24:02d}:{(d * 7) % 60:02d}:00",
                ts,
                "day",
                None,
            )
        return ts.strftime("%Y-%m-%d"), ts, "day", None
    if src.source == "simn_scalabrini":
        if partial:
            cell = f"{_ES_MONTHS[m - 1]} {y}" if r < 0.05 else f"{_ES_MONTHS[m - 1]} de {y}"
            return cell, _month_start(ts), "month", "partial_date"
        if r > 0.85:
            return f"{d:02d}-{_ES_MONTHS[m - 1][:3]}-{y}", ts, "day", "month_word"
        if r > 0.8:  # a cell Excel kept as its serial number when saved as text
            serial = (ts - pd.Timestamp("1899-12-30")).days
            return str(serial), ts, "day", "excel_serial"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    # mpc_berne
    if partial:
        if r < 0.05:
            return f"{_FR_MONTHS[m - 1]} {y}", _month_start(ts), "month", "partial_date"
        return f"T{ts.quarter} {y}", _quarter_start(ts), "quarter", "partial_date"
    if r > 0.55:
        day = "1er" if d == 1 else str(d)
        return f"{day} {_FR_MONTHS[m - 1]} {y}", ts, "day", "month_word"
    return ts.strftime("%Y-%m-%d"), ts, "day", None


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can read (impossible day), none, or one typed ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        month = choice(rng, ("02", "04", "06", "09", "11"))
        dd = "30" if month == "02" and rng.random() < 0.5 else "31"
        if src.source in ("pcc_thoerl_maglern", "mpc_berne"):
            return f"{ts.year}-{month}-{dd}"
        if src.source == "simn_scalabrini":
            return f"{dd}/{month}/{ts.year}"
        return f"{dd}.{month}.{ts.year}"
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    future = pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)  # 2023 typed 2033
    if src.source == "lpd_tirol":
        return future.to_pydatetime()
    if src.source in ("pcc_thoerl_maglern", "mpc_berne"):
        return future.strftime("%Y-%m-%d")
    if src.source == "simn_scalabrini":
        return future.strftime("%d/%m/%Y")
    return future.strftime("%d.%m.%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on a note row: the day of the extraction's last row."""
    if src.source == "lpd_tirol":
        return last.to_pydatetime()
    if src.source == "simn_scalabrini":
        return last.strftime("%d/%m/%Y")
    if src.source == "mpc_berne":
        return f"{last.day} {_FR_MONTHS[last.month - 1]} {last.year}"
    if src.source == "pcc_thoerl_maglern":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d.%m.%Y")


# --------------------------------------------------------------------------------------
# Counts, coordinates
# --------------------------------------------------------------------------------------
def _count_cell(src: Agency, value: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons as the agency does; return (cell, tag)."""
    if value >= 1000:
        hi, lo = divmod(value, 1000)
        if src.source in ("ccpd_geneve",) and rng.random() < 0.8:
            return f"{hi}'{lo:03d}", "thousands"
        if src.source == "simn_scalabrini" and rng.random() < 0.6:
            return f"{hi}.{lo:03d}", "thousands"
    if src.source == "mpc_berne" and value < len(_FR_NUMBERS) and rng.random() < 0.3:
        return _FR_NUMBERS[value], "count_word"
    if src.format == "csv":
        return str(value), None
    return value, None


def _coord_cells(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write the place; return (cells, expected lat, expected lon, tag)."""
    if src.source == "mpc_berne":  # legal-assistance files give no place
        return {}, None, None, "coords_missing"
    r = float(rng.random())
    if r < 0.05:
        return {}, None, None, "coords_missing"
    if src.source == "simn_scalabrini" and r < 0.08:
        return {"lat": "s/d", "lon": "s/d"}, None, None, "coords_placeholder"
    la, lo = f"{lat:.5f}", f"{lon:.5f}"
    if src.source == "ccpd_geneve":
        return {"coordinates": f"{la} / {lo}"}, lat, lon, None
    if src.source == "pcc_thoerl_maglern":
        return {"coordinates": f"{la},{lo}"}, lat, lon, None
    if src.source == "lpd_tirol":
        if r > 0.9:  # typed by hand, Austrian decimal comma
            return (
                {"lat": la.replace(".", ","), "lon": lo.replace(".", ",")},
                lat,
                lon,
                "decimal_comma",
            )
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, None
    return {"lat": la, "lon": lo}, lat, lon, None


# --------------------------------------------------------------------------------------
# One event as one agency writes it
# --------------------------------------------------------------------------------------
def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    return choice(rng, src.words[col][value])


def _noisy(text: str, rng: _Rng) -> tuple[str, bool]:
    """Change the case or spacing of a few cells (the meaning stays)."""
    r = float(rng.random())
    if r < 0.03:
        return text.upper(), text.upper() != text
    if r < 0.05:
        return f" {text}  ", True
    return text, False


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"], tag = _date_cell(
        src, ts, rng, partial_ok
    )
    if tag:
        tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"], noisy = _noisy(_word(src, "crime_type", crime, rng), rng)
    if noisy:
        tags.append("case:crime_type")
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = None
        exp["exploitation"] = None
    elif rng.random() < 0.05:
        cells["exploitation"] = choice(rng, src.na_words)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count_cell(src, persons, rng)
        exp["n_persons"] = persons
        if tag:
            tags.append(f"{tag}:n_persons")

    suspects = ev["n_suspects"]
    r = float(rng.random())
    if forced_blank == "n_suspects" or suspects is None:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(suspects) == 0 and r < 0.5:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        n = int(suspects)  # type: ignore[call-overload]
        cells["n_suspects"], _ = _count_cell(src, n, rng)
        exp["n_suspects"] = n

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.na_words)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = choice(rng, src.na_words)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col], noisy = _noisy(_word(src, col, value, rng), rng)
            exp[col] = value
            if noisy:
                tags.append(f"case:{col}")

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        blank = forced_blank == col or (col == "nationality" and rng.random() < 0.02)
        if iso is None or blank:
            cells[col] = None
            exp[col] = None
            if iso is not None:
                tags.append(f"blank_{col}")
            continue
        text, kind = _country(src, str(iso), _draw(rng, src.styles))
        cells[col] = text
        exp[col] = iso
        if kind:
            tags.append(f"{kind}:{col}")

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
        exp["transit_countries"] = None
    else:
        style = _draw(rng, src.styles)
        parts = [_country(src, c, style) for c in str(transit).split("|")]
        codes = style in ("iso2", "iso3", "numeric")
        sep = src.transit_sep[0] if codes else choice(rng, src.transit_sep[1:])
        cells["transit_countries"] = sep.join(p[0] for p in parts)
        exp["transit_countries"] = transit
        kinds = sorted({p[1] for p in parts if p[1]})
        tags.extend(f"{k}:transit_countries" for k in kinds)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        place: dict[str, object] = {}
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], tag = _coord_cells(src, lat, lon, rng)
        if tag:
            tags.append(tag)
    cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_sep).join(words)
        exp["linked_offences"] = offences
    if src.format == "csv":  # the file's encoding must hold every cell
        for cell in cells.values():
            if isinstance(cell, str) and not fits(cell, src):
                raise ValueError(f"{src.filename}: {cell!r} does not fit {src.encoding}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_CCPD = Agency(
    source="ccpd_geneve",
    filename="ccpd_geneve_ep.csv",
    ref="CCPD-GE/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier CCPD",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb auteurs présumés",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Itinéraire (pays traversés)",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note="Remarque : données transmises sous réserve de vérification par les services partenaires",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "aide à l'entrée irrégulière",
                "Aide à l'entrée et au séjour irréguliers",
                "trafic de migrants",
                "filière d'immigration clandestine",
            ),
            "trafficking": ("traite des êtres humains", "TEH", "Traite"),
            "both": ("TEH et aide à l'entrée irrégulière", "traite + trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme / prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        "gender": {
            "male": ("H", "hommes", "masculin"),
            "female": ("F", "femmes", "féminin"),
            "mixed": ("mixte", "H+F", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("majeur(s)", "adultes"),
            "child": ("mineur(s)", "MNA"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("voie maritime", "small boat", "embarcation"),
            "land": ("route", "poids lourd", "train", "à pied"),
            "air": ("voie aérienne", "avion"),
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
    na_words=("n.c.", "inconnu", "non renseigné"),
    count_unknown=("n.c.",),
    zero=("aucun", "néant"),
    styles={"name": 0.64, "iso2": 0.15, "upper": 0.06, "mojibake": 0.07, "alias": 0.08},
    transit_sep=(" > ", " > ", " - "),
    offence_sep=(", ", " + "),
)

_LPD = Agency(
    source="lpd_tirol",
    filename="lpd_tirol_ep.xlsx",
    ref="PAD/{yy:02d}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case No. (PAD)",
        "event_date": "Date of apprehension",
        "crime_type": "Offence",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "No. of smugglers / suspects",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country of detection",
        "transit_countries": "Route (transit countries)",
        "transport_mode": "Means of transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Accompanying offences",
    },
    note="Note: provisional data, status as at end of month (LPD Tirol, FGP)",
    total="TOTAL",
    bad_count=("several", "group", "tbc"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": (
                "Smuggling of migrants (§ 114 FPG)",
                "Migrant smuggling",
                "Schlepperei",
            ),
            "trafficking": (
                "Trafficking in human beings (§ 104a StGB)",
                "THB",
                "Menschenhandel",
            ),
            "both": ("THB + smuggling", "Menschenhandel + Schlepperei"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation", "forced labour"),
            "forced_criminality": ("forced criminal activities", "forced begging / theft"),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "male": ("m", "male"),
            "female": ("f", "female"),
            "mixed": ("m/f", "mixed"),
        },
        "age_group": {
            "adult": ("adult", "adults"),
            "child": ("minor", "UAM"),
            "mixed": ("adults + minors", "mixed"),
        },
        "transport_mode": {
            "sea": ("boat", "sea"),
            "land": ("car", "LKW", "truck", "train", "on foot"),
            "air": ("air", "flight"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "forged documents (§ 224 StGB)"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    na_words=("unknown", "n/a"),
    count_unknown=("unknown",),
    zero=("none", "nil"),
    styles={"name": 0.6, "foreign": 0.15, "iso3": 0.15, "alias": 0.05, "lower": 0.05},
    transit_sep=("/", "/", " / "),
    offence_sep=("; ",),
)

_PCC = Agency(
    source="pcc_thoerl_maglern",
    filename="pcc_thoerl_maglern_ep.jsonl",
    ref="PCC-TM-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "pcc_ref",
        "event_date": "date_of_event",
        "crime_type": "offence_type",
        "exploitation": "exploitation_type",
        "n_persons": "persons",
        "n_suspects": "facilitators",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "detected_in",
        "transit_countries": "transit_route",
        "transport_mode": "transport",
        "coordinates": "gps",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("migrant smuggling", "SoM", "favoreggiamento immigrazione clandestina"),
            "trafficking": ("THB", "trafficking in human beings", "tratta"),
            "both": ("THB/SoM", "trafficking and smuggling"),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour", "forced labour"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"male": ("M",), "female": ("F",), "mixed": ("M/F", "mixed")},
        "age_group": {"adult": ("adult",), "child": ("minor", "UAM"), "mixed": ("mixed",)},
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("road", "rail", "on foot"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "illicit goods"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    na_words=("n/k", "unknown"),
    count_unknown=("n/k",),
    zero=("none",),
    styles={"iso3": 0.58, "name": 0.2, "foreign": 0.15, "numeric": 0.04, "iso2": 0.03},
    transit_sep=("-", " - "),
    offence_sep=(", ",),
)

_SIMN = Agency(
    source="simn_scalabrini",
    filename="simn_scalabrini_ep.csv",
    ref="SIMN-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "N.º de personas",
        "n_suspects": "N.º de guías / coyotes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se registró",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: registro preliminar de los albergues, sujeto a revisión",
    total="TOTAL",
    bad_count=("varios", "un grupo", "muchos"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes", "coyotaje"),
            "trafficking": ("trata de personas", "trata"),
            "both": ("trata y tráfico", "trata de personas / tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "male": ("masculino", "hombres"),
            "female": ("femenino", "mujeres"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("NNA", "menores"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("lancha", "marítimo"),
            "land": ("a pie", "terrestre", "bus"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("soborno", "corrupción"),
            "money_laundering": ("lavado de dinero",),
            "illicit_goods": ("contrabando", "drogas"),
            "cybercrime": ("delito cibernético",),
            "terrorism": ("terrorismo",),
        },
    },
    na_words=("s/d", "sin dato", "desconocido"),
    count_unknown=("s/d",),
    zero=("ninguno", "0 (ninguno)"),
    styles={"name": 0.72, "alias": 0.1, "upper": 0.1, "typo": 0.08},
    transit_sep=(" - ", " - ", ", "),
    offence_sep=(" / ", ", "),
)

_MPC = Agency(
    source="mpc_berne",
    filename="mpc_berne_ep.csv",
    ref="EAII.{yy:02d}.{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="fr",
    headers={
        "source_ref": "Réf. MPC",
        "event_date": "Date de l'infraction",
        "crime_type": "Infraction principale",
        "exploitation": "But de l'exploitation",
        "n_persons": "Personnes concernées",
        "n_suspects": "Prévenus",
        "gender": "Sexe des personnes",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "État d'origine",
        "destination_country": "État de destination",
        "detection_country": "État requérant / lieu des faits",
        "transit_countries": "États de transit",
        "transport_mode": "Mode de transport",
        "linked_offences": "Autres infractions",
    },
    note="Remarque : liste non exhaustive, demandes d'entraide encore en cours d'exécution",
    total="Total",
    bad_count=("plusieurs", "nombreuses"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "Incitation à l'entrée illégale (art. 116 LEI)",
                "art. 116 al. 3 LEI",
                "trafic de migrants",
            ),
            "trafficking": ("Traite d'êtres humains (art. 182 CP)", "art. 182 CP"),
            "both": ("art. 182 CP et art. 116 LEI", "traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("exploitation du travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des infractions",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("masculin", "hommes"),
            "female": ("féminin", "femmes"),
            "mixed": ("hommes et femmes", "mixte"),
        },
        "age_group": {
            "adult": ("adultes", "majeurs"),
            "child": ("mineurs",),
            "mixed": ("adultes et mineurs",),
        },
        "transport_mode": {
            "sea": ("voie maritime", "bateau"),
            "land": ("voie terrestre", "véhicule", "camion"),
            "air": ("voie aérienne",),
        },
        "linked_offences": {
            "document_fraud": ("faux dans les certificats (art. 252 CP)", "faux documents"),
            "corruption": ("corruption (art. 322ter CP)",),
            "money_laundering": ("blanchiment d'argent (art. 305bis CP)",),
            "illicit_goods": ("infraction à la LStup",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    na_words=("inconnu", "non précisé"),
    count_unknown=("inconnu",),
    zero=("aucun",),
    styles={"name": 0.62, "iso3": 0.2, "alias": 0.1, "lower": 0.08},
    transit_sep=(", ", ", ", " puis "),
    offence_sep=("; ",),
)

#: The set's agencies, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (_CCPD, _LPD, _PCC, _SIMN, _MPC)

#: How ``blind144`` routes the events and writes them.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "FRA": "ccpd_geneve",
        "HRV": "lpd_tirol",
        "POL": "lpd_tirol",
        "GRC": "lpd_tirol",
        "ITA": "pcc_thoerl_maglern",
        "PAN": "simn_scalabrini",
        "USA": "simn_scalabrini",
    },
    compilation="mpc_berne",
    secondary={
        ("cmed", "ITA"): "lpd_tirol",
        ("thb_nga_ita", "ITA"): "ccpd_geneve",
        ("thb_rou_esp", "ITA"): "mpc_berne",
        ("thb_rou_esp", "ESP"): "lpd_tirol",
        ("wbal", "HRV"): "pcc_thoerl_maglern",
        ("emed", "GRC"): "pcc_thoerl_maglern",
        ("blr_pol", "POL"): "pcc_thoerl_maglern",
        ("channel", "FRA"): "mpc_berne",
        ("channel", "GBR"): "ccpd_geneve",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=144,
    blank_share=0.3,
)


def make_blind144(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five Alpine-region desks of ``blind144`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ccpd_geneve_ep.csv`` (French, cp1252, ``;``), ``lpd_tirol_ep.xlsx`` (English),
        ``pcc_thoerl_maglern_ep.jsonl`` (English, UTF-8), ``simn_scalabrini_ep.csv``
        (Spanish, UTF-16, tab) and ``mpc_berne_ep.csv`` (French, UTF-8 with BOM, ``,``),
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind144(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ccpd_geneve_ep.csv', 'lpd_tirol_ep.xlsx', 'pcc_thoerl_maglern_ep.jsonl',
     'simn_scalabrini_ep.csv', 'mpc_berne_ep.csv']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° dossier CCPD', 'Date des faits', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
