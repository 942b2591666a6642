"""Examiner sample set ``blind365``: pharmacy bodies' referrals (files ``*_nc.*``).

Five professional bodies of pharmacists pass on what community pharmacists see at the
counter (exploited workers asking for painkillers for work injuries, young women brought
in by a "cousin" who answers for them, smuggled people just off a boat or out of the
jungle) and what their members notice in forged prescriptions:

``gphc_concerns_nc.csv``
    General Pharmaceutical Council (Great Britain), safeguarding concerns raised by
    registered pharmacies. English, UTF-8 with BOM, ``,``; "17 May 2023" or "17/05/2023"
    dates, nationalities as demonyms ("Vietnamese"), "England"/"Scotland" for the
    country, counts in words when small, the premises' "lat, long" in one cell.
``cnop_signalements_nc.csv``
    Conseil national de l'Ordre des pharmaciens (France), signalements des officines.
    French, cp1252, ``;``, CRLF; day-first dates (a few "mai 2023" or "T2 2023"),
    decimal commas, "1 250" counts, nationalities as adjectives ("érythréenne"), and a
    few cells pasted from the UTF-8 web form read as cp1252 ("Ã‰rythrÃ©e"). Re-sent
    rows appear twice.
``cgcof_farmacias_nc.xlsx``
    Consejo General de Colegios Oficiales de Farmacéuticos (Spain), casos comunicados
    por las farmacias comunitarias. Spanish workbook: real Excel dates, some typed as
    text, some pasted as serial numbers; gentilicios ("senegalesa"); ISO alpha-3
    codes now and then; numeric counts and coordinates.
``colegio_farmaceuticos_pa_nc.csv``
    Colegio Nacional de Farmacéuticos de Panamá, reportes de farmacias de Darién and
    Chiriquí. Spanish, Excel's "Texto Unicode" (UTF-16 with BOM, tab-delimited);
    "17/05/2023" or "17-may-2023" dates, counts such as "3 personas", coordinates as
    "8.50123, -77.50123" or in degrees, minutes and seconds.
``fip_pharmacy_alerts_nc.jsonl``
    International Pharmaceutical Federation, safeguarding alerts compiled from member
    organisations (Italy, Greece, Croatia, Poland, United States, ...): English keys,
    code words, ISO alpha-3 codes (some alpha-2 or numeric), transit countries as a
    JSON array, ISO dates (some "2023-05" or "2023-Q2" from quarterly returns); a
    few alerts forwarded twice.

The truth says what a careful analyst reads in each cell: a demonym is its country, a
"not known" word leaves the value out (``unknown`` for a category), "none" suspects is
0, a month or quarter is its first day with that precision, "England" is the United
Kingdom, a pair of coordinates written the wrong way round for the place is put back.
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

__all__ = ["SOURCES", "Pharmacy", "make_blind365"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


@dataclass(frozen=True)
class Pharmacy(ExaminerSource):
    """One pharmacy body's way of writing its referrals.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the body's written forms (first = the usual one).
    not_known : tuple of str
        What its clerks write for a value they do not know.
    na_words : tuple of str
        What they write in an age or travel cell left "not recorded".
    zero : tuple of str
        Words for no suspect ("None", "aucun").
    dates : tuple of (str, float)
        Date styles and their weights; the first is a full date.
    styles : mapping
        Country writing style -> weight (``name``, ``iso2``, ``iso3``, ``numeric``,
        ``typo``, ``mojibake``).
    demonym_share : float
        Share of nationality cells written as a demonym.
    coords : str
        ``"pair"``, ``"pair_dms"``, ``"split_comma"``, ``"split_number"``.
    transit_seps : tuple of str
        Separators of its transit lists (``"json"``: a JSON array).
    offence_sep : str
        Separator of its linked offences.
    garbled_rows : float
        Share of rows keyed in the UTF-8 web form and pasted as cp1252: every accented
        text cell of such a row is mojibake.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    not_known: tuple[str, ...]
    na_words: tuple[str, ...]
    zero: tuple[str, ...]
    dates: tuple[tuple[str, float], ...]
    styles: Mapping[str, float]
    demonym_share: float
    coords: str
    transit_seps: tuple[str, ...]
    offence_sep: str
    garbled_rows: float = 0.0


# --------------------------------------------------------------------------------------
# Country names as each language's clerks write them
# --------------------------------------------------------------------------------------
#: iso3 -> forms a clerk uses besides (or instead of) the table's name; first = usual.
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "VNM": ("Vietnam", "Viet Nam"),
        "TUR": ("Turkey", "Türkiye"),
        "CIV": ("Ivory Coast", "Cote d'Ivoire"),
        "GBR": ("United Kingdom", "UK"),
        "USA": ("USA", "United States"),
        "MKD": ("North Macedonia", "Macedonia"),
        "RUS": ("Russia", "Russian Federation"),
        "BIH": ("Bosnia", "Bosnia and Herzegovina"),
        "CZE": ("Czech Republic",),
    },
    "fr": {
        "VNM": ("Viêt Nam", "Vietnam"),
        "CIV": ("Côte d'Ivoire", "Côte d’Ivoire"),
        "GBR": ("Royaume-Uni", "Angleterre", "Grande-Bretagne"),
        "USA": ("États-Unis", "USA"),
        "DEU": ("Allemagne",),
        "BIH": ("Bosnie-Herzégovine", "Bosnie"),
        "MKD": ("Macédoine du Nord", "Macédoine"),
    },
    "es": {
        "USA": ("Estados Unidos", "EE.UU.", "EEUU"),
        "GBR": ("Reino Unido", "Inglaterra"),
        "CIV": ("Costa de Marfil",),
        "VNM": ("Vietnam",),
        "ROU": ("Rumanía", "Rumania"),
        "CHN": ("China", "R.P. China"),
        "BIH": ("Bosnia y Herzegovina", "Bosnia"),
        "MAR": ("Marruecos",),
    },
}

#: iso3 -> (masculine, feminine) demonym, for nationality cells.
_DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "AFG": ("Afghan", "Afghan"),
        "IRN": ("Iranian", "Iranian"),
        "IRQ": ("Iraqi", "Iraqi"),
        "ALB": ("Albanian", "Albanian"),
        "ERI": ("Eritrean", "Eritrean"),
        "SYR": ("Syrian", "Syrian"),
        "VNM": ("Vietnamese", "Vietnamese"),
        "EGY": ("Egyptian", "Egyptian"),
        "TUN": ("Tunisian", "Tunisian"),
        "PAK": ("Pakistani", "Pakistani"),
        "BGD": ("Bangladeshi", "Bangladeshi"),
        "NGA": ("Nigerian", "Nigerian"),
        "ROU": ("Romanian", "Romanian"),
        "CHN": ("Chinese", "Chinese"),
        "MAR": ("Moroccan", "Moroccan"),
        "DZA": ("Algerian", "Algerian"),
        "SEN": ("Senegalese", "Senegalese"),
        "MLI": ("Malian", "Malian"),
        "VEN": ("Venezuelan", "Venezuelan"),
        "ECU": ("Ecuadorian", "Ecuadorian"),
        "HTI": ("Haitian", "Haitian"),
        "COL": ("Colombian", "Colombian"),
        "MEX": ("Mexican", "Mexican"),
        "GTM": ("Guatemalan", "Guatemalan"),
        "HND": ("Honduran", "Honduran"),
        "TUR": ("Turkish", "Turkish"),
        "YEM": ("Yemeni", "Yemeni"),
        "CMR": ("Cameroonian", "Cameroonian"),
        "CIV": ("Ivorian", "Ivorian"),
    },
    "fr": {
        "AFG": ("afghan", "afghane"),
        "IRN": ("iranien", "iranienne"),
        "IRQ": ("irakien", "irakienne"),
        "ALB": ("albanais", "albanaise"),
        "ERI": ("érythréen", "érythréenne"),
        "SYR": ("syrien", "syrienne"),
        "VNM": ("vietnamien", "vietnamienne"),
        "EGY": ("égyptien", "égyptienne"),
        "TUN": ("tunisien", "tunisienne"),
        "MAR": ("marocain", "marocaine"),
        "DZA": ("algérien", "algérienne"),
        "SEN": ("sénégalais", "sénégalaise"),
        "MLI": ("malien", "malienne"),
        "NGA": ("nigérian", "nigériane"),
        "ROU": ("roumain", "roumaine"),
        "CIV": ("ivoirien", "ivoirienne"),
        "PAK": ("pakistanais", "pakistanaise"),
        "CHN": ("chinois", "chinoise"),
        "CMR": ("camerounais", "camerounaise"),
    },
    "es": {
        "MAR": ("marroquí", "marroquí"),
        "DZA": ("argelino", "argelina"),
        "SEN": ("senegalés", "senegalesa"),
        "MLI": ("maliense", "maliense"),
        "GMB": ("gambiano", "gambiana"),
        "CIV": ("marfileño", "marfileña"),
        "ROU": ("rumano", "rumana"),
        "NGA": ("nigeriano", "nigeriana"),
        "VEN": ("venezolano", "venezolana"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "HTI": ("haitiano", "haitiana"),
        "COL": ("colombiano", "colombiana"),
        "CHN": ("chino", "china"),
        "TUN": ("tunecino", "tunecina"),
        "EGY": ("egipcio", "egipcia"),
        "AFG": ("afgano", "afgana"),
        "PAK": ("pakistaní", "pakistaní"),
        "BGD": ("bangladesí", "bangladesí"),
        "IRQ": ("iraquí", "iraquí"),
        "MEX": ("mexicano", "mexicana"),
        "GTM": ("guatemalteco", "guatemalteca"),
        "HND": ("hondureño", "hondureña"),
        "SYR": ("sirio", "siria"),
    },
}

_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ES_SHORT_MONTHS = (
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


def _name_forms(iso: str, lang: str) -> tuple[str, ...]:
    """Return the names a clerk writing ``lang`` uses for ``iso`` (first = usual)."""
    own = _NAMES[lang].get(iso)
    if own:
        return own
    base = COUNTRIES.get(iso)
    if base is None:  # every code of the truth is in the table; keep the code otherwise
        return (iso,)
    return (str(base[_LANG_COL[lang]]),)


def _typo(text: str) -> str | None:
    """Swap two letters in the middle of a long name (None if the name cannot take it).

    Examples
    --------
    >>> _typo("Afghanistan"), _typo("Mali")
    ('Afghnaistan', None)
    """
    if len(text) < 7:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and a.islower() and b.isalpha() and b.islower()) or a == b:
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _usual(rng: _Rng, forms: tuple[str, ...]) -> tuple[str, bool]:
    """Draw a written form: the usual one most of the time; tell whether another one."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0], False
    return choice(rng, forms[1:]), True


def _case(text: str, rng: _Rng, rate: float) -> tuple[str, bool]:
    """Change the case or spacing of ``rate`` of the cells (the meaning stays)."""
    if rng.random() >= rate:
        return text, False
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]
    return out, out != text


def _country(
    src: Pharmacy,
    iso: str,
    rng: _Rng,
    col: str,
    tags: list[str],
    *,
    demonym_of: str | None = None,
) -> str:
    """Write one country the way ``src`` does; ``demonym_of`` = gender for a demonym."""
    lang = src.language
    demonyms = _DEMONYMS.get(lang, {})
    if demonym_of is not None and iso in demonyms and rng.random() < src.demonym_share:
        masc, fem = demonyms[iso]
        text = fem if demonym_of == "female" else masc
        tags.append(f"demonym:{col}")
        text, changed = _case(text, rng, 0.04)
        if changed:
            tags.append(f"case:{col}")
        return text
    styles = list(src.styles)
    weights = np.array([src.styles[s] for s in styles], dtype=float)
    style = styles[int(rng.choice(len(styles), p=weights / weights.sum()))]
    if style in ("iso2", "numeric", "iso3"):
        alpha2, numeric = iso_codes(iso)
        tags.append(f"{style}:{col}")
        return {"iso2": alpha2, "numeric": numeric, "iso3": iso}[style]
    name, alias = _usual(rng, _name_forms(iso, lang))
    if alias:
        tags.append(f"alias:{col}")
    if style == "typo":
        bad = _typo(name)
        if bad is not None:
            tags.append(f"typo:{col}")
            return bad
    if style == "mojibake":
        bad = mojibake(name)
        if bad is not None and fits(bad, src):
            tags.append(f"mojibake:{col}")
            return bad
    name, changed = _case(name, rng, 0.05)
    if changed:
        tags.append(f"case:{col}")
    return name


def _word(src: Pharmacy, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    """Write a vocabulary value in the body's own words."""
    text, _ = _usual(rng, src.words[col][value])
    text, changed = _case(text, rng, 0.04)
    if changed:
        tags.append(f"case:{col}")
    return text


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_PARTIAL = {"month_en", "month_fr", "month_es", "mmm_yyyy_es", "iso_month", "quarter_fr", "iso_q"}


def _date_cell(style: str, ts: pd.Timestamp) -> tuple[object, pd.Timestamp, str]:
    """Write ``ts`` in ``style``; return (cell, expected date, precision)."""
    m = ts.month - 1
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    if style == "d_month_y":
        return f"{ts.day} {_MONTHS['en'][m]} {ts.year}", ts, "day"
    if style == "d_mon_y":
        return f"{ts.day:02d} {_MONTHS['en'][m][:3]} {ts.year}", ts, "day"
    if style == "dmy":
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if style == "dmy_short":
        return ts.strftime("%d/%m/%y"), ts, "day"
    if style == "d_mmm_y_es":
        return f"{ts.day:02d}-{_ES_SHORT_MONTHS[m]}-{ts.year}", ts, "day"
    if style == "excel":
        return ts.to_pydatetime(), ts, "day"
    if style == "serial":
        return int((ts - _EXCEL_EPOCH).days), ts, "day"
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if style == "iso_time":
        return (
            ts.strftime("%Y-%m-%d") + f"T{9 + ts.day % 9:02d}:{ts.day * 7 % 60:02d}:00Z",
            ts,
            "day",
        )
    if style == "month_en":
        return f"{_MONTHS['en'][m]} {ts.year}", month_start, "month"
    if style == "month_fr":
        return f"{_MONTHS['fr'][m]} {ts.year}", month_start, "month"
    if style == "month_es":
        return f"{_MONTHS['es'][m]} de {ts.year}", month_start, "month"
    if style == "mmm_yyyy_es":
        return f"{_ES_SHORT_MONTHS[m]}-{ts.year}", month_start, "month"
    if style == "iso_month":
        return ts.strftime("%Y-%m"), month_start, "month"
    if style == "quarter_fr":
        return f"T{ts.quarter} {ts.year}", quarter_start, "quarter"
    if style == "iso_q":
        return f"{ts.year}-Q{ts.quarter}", quarter_start, "quarter"
    raise KeyError(style)  # the styles are this module's own


def _draw_date_style(src: Pharmacy, rng: _Rng, partial_ok: bool) -> str:
    styles = [s for s, _ in src.dates]
    weights = np.array([w for _, w in src.dates], dtype=float)
    style = styles[int(rng.choice(len(styles), p=weights / weights.sum()))]
    if style in _PARTIAL and not partial_ok:
        return styles[0]
    return style


def _bad_date(src: Pharmacy, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell to quarantine: missing, impossible, or typed ten years on."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        month = choice(rng, ("02", "04", "06", "09", "11"))
        day = "31" if month != "02" else choice(rng, ("30", "31"))
        if src.format == "jsonl":
            return f"{ts.year}-{month}-{day}"
        if src.language == "en":
            name = _MONTHS["en"][int(month) - 1]
            return f"{day} {name} {ts.year}"
        return f"{day}/{month}/{ts.year}"
    same_day = min(ts.day, 28) if ts.month == 2 else ts.day
    future = pd.Timestamp(year=ts.year + 10, month=ts.month, day=same_day)
    style = src.dates[0][0]
    cell, _, _ = _date_cell(style, future)
    return cell


def _note_date(src: Pharmacy, last: pd.Timestamp) -> object:
    """Return the extraction date written on the note row (the day after the last row)."""
    cell, _, _ = _date_cell(src.dates[0][0], last + pd.Timedelta(days=1))
    return cell


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
def _persons(
    src: Pharmacy, n: int, rng: _Rng, free: bool, tags: list[str]
) -> tuple[object, int | None]:
    r = rng.random()
    if free and r < 0.02:
        tags.append("count_placeholder")
        return (None if src.format == "jsonl" else choice(rng, src.not_known)), None
    if src.format in ("xlsx", "jsonl"):
        return n, n
    if n >= 1000 and rng.random() < 0.8:
        tags.append("thousands:n_persons")
        sep = {"en": ",", "fr": choice(rng, (" ", "\u00a0")), "es": ","}[src.language]
        text = f"{n // 1000}{sep}{n % 1000:03d}"
    else:
        text = str(n)
    if src.source.startswith("gphc") and n <= 10 and r > 0.85:
        tags.append("count_word")
        text = _EN_NUMBERS[n - 1]
        if rng.random() < 0.3:
            text = text.capitalize()
    elif src.source.startswith("colegio") and r > 0.88:
        tags.append("count_unit")
        text = f"{text} {'persona' if n == 1 else 'personas'}"
    return text, n


def _suspects(
    src: Pharmacy, n: int | None, rng: _Rng, free: bool, forced: bool, tags: list[str]
) -> tuple[object, int | None]:
    if forced:
        tags.append("blank_n_suspects")
        return None, None
    r = rng.random()
    if free and r < 0.03:
        tags.append("blank_n_suspects")
        return None, None
    if free and r < 0.06 and src.format != "jsonl":
        tags.append("suspects_placeholder")
        return choice(rng, src.not_known), None
    if n is None:
        return None, None
    if n == 0 and src.zero and rng.random() < 0.4:
        tags.append("zero_word")
        return choice(rng, src.zero), 0
    if src.format in ("xlsx", "jsonl"):
        return n, n
    return str(n), n


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{hemi}"


def _coordinates(
    src: Pharmacy, lat: float, lon: float, rng: _Rng, free: bool, forced: bool, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    pair = src.coords.startswith("pair")
    keys = ("coordinates",) if pair else ("lat", "lon")
    if forced:
        tags.append("blank_coordinates")
        return dict.fromkeys(keys), None, None
    r = rng.random()
    gone = {"pair": 0.12, "pair_dms": 0.05, "split_comma": 0.08, "split_number": 0.05}[src.coords]
    if free and r < gone:
        tags.append("coords_missing")
        return dict.fromkeys(keys), None, None
    if free and src.format == "xlsx" and r < gone + 0.01:
        tags.append("coords_placeholder")
        word = choice(rng, src.not_known)
        return {"lat": word, "lon": word}, None, None
    if src.coords == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if src.coords == "pair_dms":
        if rng.random() < 0.2:
            tags.append("coords_dms")
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, lat, lon
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if src.coords == "split_comma":
        text = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return dict(text), lat, lon
    w_lat, w_lon = round(lat, 5), round(lon, 5)
    if src.format == "xlsx" and rng.random() < 0.012:
        tags.append("coords_swapped")  # the place (Spain) tells which is which
        w_lat, w_lon = w_lon, w_lat
    return {"lat": w_lat, "lon": w_lon}, lat, lon


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Pharmacy,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    free = partial_ok  # rows of a duplicated event leave out only the forced field
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    style = _draw_date_style(src, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(style, ts)
    if style in _PARTIAL:
        tags.append("partial_date")
    elif style == "serial":
        tags.append("excel_serial")
    elif src.format == "xlsx" and style != "excel":
        tags.append("text_date")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None or crime == "smuggling":
        exp["exploitation"] = None
        if src.source.startswith("cnop") and rng.random() < 0.25:
            cells["exploitation"] = "Sans objet"
            tags.append("not_applicable:exploitation")
        else:
            cells["exploitation"] = None
    elif free and rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.words["exploitation"]["unknown"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n, rng, free, tags)
    susp = ev["n_suspects"]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        None if susp is None else int(susp),  # type: ignore[call-overload]
        rng,
        free,
        forced_blank == "n_suspects",
        tags,
    )

    gender = str(ev["gender"])
    if forced_blank == "gender" or (free and rng.random() < 0.03):
        tags.append("blank_gender")
        cells["gender"] = (
            None if src.format == "jsonl" or rng.random() < 0.5 else (choice(rng, src.not_known))
        )
        exp["gender"] = "unknown"
    else:
        cells["gender"] = _word(src, "gender", gender, rng, tags)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if free and rng.random() < 0.02:
            tags.append(f"na_word:{col}")
            cells[col] = choice(rng, src.na_words)
            exp[col] = "unknown"
        else:
            cells[col] = _word(src, col, value, rng, tags)
            exp[col] = value

    nat = ev["nationality"]
    if nat is None or forced_blank == "nationality" or (free and rng.random() < 0.03):
        tags.append("blank_nationality")
        blank_word = free and forced_blank != "nationality" and src.format != "jsonl"
        cells["nationality"] = choice(rng, src.not_known) if blank_word else None
        exp["nationality"] = None
    else:
        cells["nationality"] = _country(src, str(nat), rng, "nationality", tags, demonym_of=gender)
        exp["nationality"] = str(nat)

    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        cells[col] = None if iso is None else _country(src, str(iso), rng, col, tags)
        exp[col] = iso

    det = ev["detection_country"]
    if det is None or forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"] = None
        exp["detection_country"] = None
    else:
        exp["detection_country"] = str(det)
        if src.source.startswith("gphc") and det == "GBR" and rng.random() < 0.25:
            tags.append("subnational:detection_country")
            glasgow = "Glasgow" in str(ev.get("hotspot") or "")
            cells["detection_country"] = "Scotland" if glasgow else "England"
        else:
            cells["detection_country"] = _country(src, str(det), rng, "detection_country", tags)

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        direct = src.source.startswith("gphc") and rng.random() < 0.3
        cells["transit_countries"] = "Direct" if direct else None
        if direct:
            tags.append("direct_word")
    elif src.transit_seps == ("json",):
        cells["transit_countries"] = str(transit).split("|")
    else:
        parts = [
            _country(src, iso, rng, "transit_countries", tags) for iso in str(transit).split("|")
        ]
        cells["transit_countries"] = choice(rng, src.transit_seps).join(parts)

    lat, lon = ev["lat"], ev["lon"]
    if lat is None or lon is None:
        tags.append("coords_missing")
        gone: dict[str, object] = dict.fromkeys(
            ("coordinates",) if src.coords.startswith("pair") else ("lat", "lon")
        )
        cells.update(gone)
        exp["lat"] = exp["lon"] = None
    else:
        place, exp["lat"], exp["lon"] = _coordinates(
            src,
            float(lat),  # type: ignore[arg-type]
            float(lon),  # type: ignore[arg-type]
            rng,
            free,
            forced_blank == "coordinates",
            tags,
        )
        cells.update(place)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_usual(rng, src.words["linked_offences"][o])[0] for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    if src.garbled_rows and rng.random() < src.garbled_rows:
        for col in _TEXT_COLUMNS:
            text = cells.get(col)
            bad = mojibake(text) if isinstance(text, str) else None
            if bad is not None and fits(bad, src):
                cells[col] = bad
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
# The five bodies
# --------------------------------------------------------------------------------------
_GPHC = Pharmacy(
    source="gphc_concerns",
    filename="gphc_concerns_nc.csv",
    ref="GPhC-C{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Concern ref",
        "event_date": "Date seen",
        "crime_type": "Concern category",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of people",
        "n_suspects": "No. of suspected exploiters",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country where seen",
        "transit_countries": "Countries passed through",
        "transport_mode": "Method of travel",
        "coordinates": "Premises lat/long",
        "linked_offences": "Other offences noted",
    },
    note="Extract from the concerns system: figures provisional, not for onward sharing",
    total="TOTAL",
    bad_count=("several", "a group", "lots"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": (
                "Modern slavery / human trafficking",
                "Modern slavery",
                "Human trafficking",
            ),
            "smuggling": ("Organised immigration crime", "People smuggling"),
            "both": ("Trafficking and smuggling", "Modern slavery + OIC"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": (
                "Criminal exploitation",
                "Criminal exploitation (cannabis cultivation)",
            ),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
            "unknown": ("Not known", "Unclear"),
        },
        "gender": {
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "Males and females"),
        },
        "age_group": {
            "child": ("Child", "Under 18", "Minor"),
            "adult": ("Adult", "18+", "Over 18"),
            "mixed": ("Adults and children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat", "Sea"),
            "land": ("Lorry", "Vehicle", "Road", "On foot"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "false documents"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "controlled drugs"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    not_known=("Not known", "n/k", "Unknown"),
    na_words=("Not recorded",),
    zero=("None", "nil"),
    dates=(("d_month_y", 0.55), ("dmy", 0.35), ("d_mon_y", 0.05), ("month_en", 0.05)),
    styles={"name": 0.9, "typo": 0.06, "iso2": 0.04},
    demonym_share=0.6,
    coords="pair",
    transit_seps=(" > ", ", "),
    offence_sep="; ",
)

_CNOP = Pharmacy(
    source="cnop_signalements",
    filename="cnop_signalements_nc.csv",
    ref="SIG-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du signalement",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude officine",
        "lon": "Longitude officine",
        "linked_offences": "Autres infractions",
    },
    note="Extraction du registre des signalements - données provisoires",
    total="Total général",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
                "Filière de passeurs",
            ),
            "both": ("Traite et trafic de migrants", "TEH + passeurs"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Exploitation par le travail", "Travail forcé"),
            "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
            "unknown": ("Non déterminée", "Inconnue"),
        },
        "gender": {
            "female": ("Femme", "F", "Femmes"),
            "male": ("Homme", "H", "Hommes"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "child": ("Mineur", "MNA", "Mineurs"),
            "adult": ("Majeur", "Adulte", "Majeurs"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Maritime", "Embarcation"),
            "land": ("Routier", "Poids lourd", "À pied"),
            "air": ("Aérien", "Avion"),
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
    not_known=("NC", "inconnu", "non renseigné"),
    na_words=("non renseigné",),
    zero=("aucun", "néant"),
    dates=(("dmy", 0.8), ("dmy_short", 0.1), ("month_fr", 0.06), ("quarter_fr", 0.04)),
    styles={"name": 0.9, "iso2": 0.06, "typo": 0.04},
    demonym_share=0.4,
    coords="split_comma",
    transit_seps=(", ", " / "),
    offence_sep=", ",
    garbled_rows=0.07,
)

_CGCOF = Pharmacy(
    source="cgcof_farmacias",
    filename="cgcof_farmacias_nc.xlsx",
    ref="CGCOF/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº de caso",
        "event_date": "Fecha de detección",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de presuntos autores",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: casos remitidos por los Colegios provinciales; datos provisionales",
    total="TOTAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración irregular",
            ),
            "both": ("Trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras formas",),
            "unknown": ("Sin determinar", "no consta"),
        },
        "gender": {
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Varón", "Hombres"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menor", "Menores", "Menor de edad"),
            "adult": ("Adulto", "Adultos", "Mayor de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Embarcación neumática", "Marítimo"),
            "land": ("Terrestre", "Vehículo", "A pie"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    not_known=("s/d", "desconocido", "no consta"),
    na_words=("no consta",),
    zero=("ninguno",),
    dates=(("excel", 0.8), ("dmy", 0.09), ("serial", 0.05), ("month_es", 0.06)),
    styles={"name": 0.86, "iso3": 0.09, "typo": 0.05},
    demonym_share=0.45,
    coords="split_number",
    transit_seps=(" - ",),
    offence_sep=" / ",
)

_COLEGIO_PA = Pharmacy(
    source="colegio_farmaceuticos_pa",
    filename="colegio_farmaceuticos_pa_nc.csv",
    ref="CNF-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de reporte",
        "event_date": "Fecha de atención",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Vía",
        "coordinates": "Ubicación (coordenadas)",
        "linked_offences": "Otros delitos",
    },
    note="Nota: consolidado de reportes de farmacias de Darién y Chiriquí",
    total="Total",
    bad_count=("varios", "un grupo", "muchos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Explotación sexual comercial"),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Actividades ilícitas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Unión forzada"),
            "other": ("Otro",),
            "unknown": ("No determinado",),
        },
        "gender": {
            "female": ("Femenino", "Mujeres"),
            "male": ("Masculino", "Hombres"),
            "mixed": ("Mixto", "Grupo mixto"),
        },
        "age_group": {
            "child": ("Menores", "NNA", "Menor de edad"),
            "adult": ("Adultos", "Adulto"),
            "mixed": ("Adultos y menores", "Adultos y NNA"),
        },
        "transport_mode": {
            "land": ("Terrestre", "A pie", "Caminando"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
    },
    not_known=("sin dato", "N/D", "desconocido"),
    na_words=("sin dato",),
    zero=("ninguno", "ninguna"),
    dates=(("dmy", 0.7), ("d_mmm_y_es", 0.22), ("mmm_yyyy_es", 0.08)),
    styles={"name": 0.9, "iso2": 0.06, "typo": 0.04},
    demonym_share=0.5,
    coords="pair_dms",
    transit_seps=(" - ", ", "),
    offence_sep=", ",
)

_FIP = Pharmacy(
    source="fip_pharmacy_alerts",
    filename="fip_pharmacy_alerts_nc.jsonl",
    ref="FIP-SA-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "alert_ref",
        "event_date": "date_observed",
        "crime_type": "category",
        "exploitation": "exploitation_form",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country_seen",
        "transit_countries": "transit",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "group"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("trafficking_in_persons", "TIP"),
            "smuggling": ("smuggling_of_migrants", "SOM"),
            "both": ("TIP+SOM", "trafficking_and_smuggling"),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour", "forced_labour"),
            "forced_criminality": ("forced_criminality", "criminal_activities"),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
            "unknown": ("unspecified",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("fraudulent_documents",),
            "corruption": ("corruption",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    not_known=("unspecified",),
    na_words=("unspecified",),
    zero=(),
    dates=(("iso", 0.8), ("iso_time", 0.06), ("iso_month", 0.08), ("iso_q", 0.06)),
    styles={"iso3": 0.8, "iso2": 0.12, "numeric": 0.05, "name": 0.03},
    demonym_share=0.0,
    coords="split_number",
    transit_seps=("json",),
    offence_sep=", ",
)

#: The five bodies, in the order of the submissions.
SOURCES: tuple[Pharmacy, ...] = (_GPHC, _CNOP, _CGCOF, _COLEGIO_PA, _FIP)

_EXAMINER: Examiner[Pharmacy] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _GPHC.source,
        "FRA": _CNOP.source,
        "ESP": _CGCOF.source,
        "PAN": _COLEGIO_PA.source,
    },
    compilation=_FIP.source,
    secondary={
        ("channel", "FRA"): _GPHC.source,  # seen again at a Kent pharmacy after the crossing
        ("channel", "GBR"): _CNOP.source,  # first seen at a Calais officine
        ("thb_vnm_gbr", "GBR"): _FIP.source,
        ("thb_rou_esp", "ESP"): _FIP.source,
        ("darien", "PAN"): _FIP.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=365_365,
    blank_share=0.35,
)


def make_blind365(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five pharmacy bodies' referrals (files ``*_nc.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``gphc_concerns_nc.csv`` (English, UTF-8 with BOM, ``,``),
        ``cnop_signalements_nc.csv`` (French, cp1252, ``;``),
        ``cgcof_farmacias_nc.xlsx`` (Spanish),
        ``colegio_farmaceuticos_pa_nc.csv`` (Spanish, UTF-16, tab) and
        ``fip_pharmacy_alerts_nc.jsonl`` (English keys, codes), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind365(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gphc_concerns_nc.csv', 'cnop_signalements_nc.csv', 'cgcof_farmacias_nc.xlsx',
     'colegio_farmaceuticos_pa_nc.csv', 'fip_pharmacy_alerts_nc.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Nature des faits']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
