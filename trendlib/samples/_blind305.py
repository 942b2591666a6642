"""Examiner sample set ``blind305`` (files ``*_ku.*``): child-protection and adoption bodies.

Five agencies that see trafficking and smuggling through children and families, and that
send their case logs to analysts in their own shapes:

``iac_london_ku.xlsx``
    Intercountry Adoption Centre (London), safeguarding concerns log: English, Excel
    (real date cells, numbers, some dates typed as text), nationality as a demonym
    ("Vietnamese"), route ``A > B``, location as one ``lat, long`` cell.
``mai_meae_ku.csv``
    Mission de l'adoption internationale (MEAE, Paris), signalements of the posts and
    départements: French, cp1252, ``;``, CRLF, day-first dates, ``T2 2023`` quarters,
    decimal commas, nationality adjectives ("afghane"), "Angleterre" for the UK,
    mojibake where a post's UTF-8 export was pasted in.
``fundacion_anar_ku.csv``
    Fundación ANAR (Madrid), case files of its child helpline: Spanish, Excel's
    "Unicode text" (UTF-16 with BOM, tab-delimited), ``1.234`` thousands, gentilicios
    ("marroquí"), routes "Turquía, Bulgaria y Serbia", the 318 bis wording for smuggling,
    no coordinates.
``iin_oea_ku.csv``
    Instituto Interamericano del Niño, la Niña y Adolescentes (OAS, Montevideo), cases
    of its focal points in Panama and the United States: Spanish, UTF-8 with BOM, ``,``,
    dates ``aaaa/mm/dd``, "NNA" for children, "TdP"/"TIM", ``EE.UU.``, coordinates in
    degrees-minutes-seconds with ``O`` for west.
``defence_children_intl_ku.jsonl``
    Defence for Children International (Geneva), compilation of its sections' KoboToolbox
    forms: English keys, Kobo choice names (``thb``, ``som``, ``dont_know``), ISO alpha-2
    codes, ``select_multiple`` offences joined by spaces, Kobo geopoints
    (``lat lon alt acc``), ISO timestamps with a UTC offset.

The truth expects what a careful analyst reads from each cell: a "not known" count or
suspect number is no value, a "none"/"aucun" suspect number is 0, a "not recorded" age or
transport word is ``unknown``, "illegal adoption" is the design's ``other`` form, "Direct"
on a route is no transit.
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
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "Source305", "make_blind305"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Source305(ExaminerSource):
    """An agency of ``blind305``: the shared fields plus its own value words.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the agency's words for it (first = the usual one).
    not_known : tuple of str
        What a clerk writes in a count or suspect cell when the number is not known.
    na_word : tuple of str
        What a clerk writes in an age or transport cell when it was not recorded.
    zero : tuple of str
        Words for "no suspect" (read as 0).
    """

    words: Mapping[str, _Words]
    not_known: tuple[str, ...]
    na_word: tuple[str, ...]
    zero: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_EN_NAME = {"VNM": "Vietnam", "TUR": "Turkey", "CIV": "Ivory Coast", "SYR": "Syria"}
_EN_DEMONYM = {
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
_FR_ADJ = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CHN": "chinoise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "DZA": "algérienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "GMB": "gambienne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "ROU": "roumaine",
    "SEN": "sénégalaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "TUR": "turque",
    "VNM": "vietnamienne",
    "YEM": "yéménite",
}
_ES_ADJ = {
    "AFG": "afgana",
    "ALB": "albanesa",
    "BGD": "bangladesí",
    "CIV": "marfileña",
    "DZA": "argelina",
    "EGY": "egipcia",
    "GIN": "guineana",
    "GMB": "gambiana",
    "MAR": "marroquí",
    "MLI": "maliense",
    "NGA": "nigeriana",
    "PAK": "pakistaní",
    "ROU": "rumana",
    "SEN": "senegalesa",
    "SYR": "siria",
    "TUN": "tunecina",
}
_ES_ALIAS = {
    "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
    "VEN": ("Venezuela (República Bolivariana de)",),
    "CHN": ("República Popular China",),
    "GBR": ("Gran Bretaña",),
    "VNM": ("Viet Nam",),
}
_FR_NAME = {"VNM": "Vietnam"}


def _name(iso: str, lang: str) -> str:
    """Usual name of a country in one of the three languages."""
    if lang == "en":
        return _EN_NAME.get(iso, COUNTRIES[iso][1])
    if lang == "fr":
        return _FR_NAME.get(iso, COUNTRIES[iso][2])
    return COUNTRIES[iso][3]


def _plain(text: str) -> str:
    """Drop the accents, as a keyboard without them writes (``Sénégal`` -> ``Senegal``)."""
    norm = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in norm if not unicodedata.combining(c))


def _swap(text: str) -> str:
    """Swap two letters in the middle of a long name (a typing slip)."""
    if len(text) < 7:
        return text
    i = len(text) // 2
    if not (text[i - 1].isalpha() and text[i].isalpha()) or text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _country(src: Source305, col: str, iso: str, rng: _Rng, tags: list[str]) -> str:
    """Write one ISO alpha-3 code as the agency writes that country column."""
    r = float(rng.random())
    alpha2, _ = iso_codes(iso)
    key = src.source
    if key == "iac_london":
        if col == "nationality" and iso in _EN_DEMONYM and r < 0.7:
            tags.append("demonym:nationality")
            return _EN_DEMONYM[iso]
        if iso == "GBR" and col in ("detection_country", "destination_country") and r < 0.7:
            return "UK"
        if r > 0.96:
            tags.append(f"typo:{col}")
            return COUNTRIES[iso][5]
        if r > 0.92:
            return _name(iso, "en").upper()
        return _name(iso, "en")
    if key == "mai_meae":
        if col == "nationality" and iso in _FR_ADJ and r < 0.35:
            tags.append("adjective:nationality")
            return _FR_ADJ[iso]
        if iso == "GBR" and col == "destination_country" and r < 0.3:
            tags.append(f"alias:{col}")
            return "Angleterre"
        name = _name(iso, "fr")
        if r > 0.95:
            garbled = mojibake(name)
            if garbled is not None and fits(garbled, src):
                tags.append(f"mojibake:{col}")
                return garbled
        if r > 0.91:
            tags.append(f"iso2:{col}")
            return alpha2
        if r > 0.84:
            return name.upper()
        if r > 0.77:
            return _plain(name)
        return name
    if key == "fundacion_anar":
        if col == "nationality" and iso in _ES_ADJ and r < 0.3:
            tags.append("adjective:nationality")
            return _ES_ADJ[iso]
        name = _name(iso, "es")
        if iso in _ES_ALIAS and r < 0.5:
            return choice(rng, _ES_ALIAS[iso])
        if r > 0.97:
            tags.append(f"iso2:{col}")
            return alpha2
        if r > 0.94:
            tags.append(f"typo:{col}")
            return _swap(name)
        if r > 0.88:
            return _plain(name)
        return name
    if key == "iin_oea":
        if iso in _ES_ALIAS and r < 0.45:
            return choice(rng, _ES_ALIAS[iso])
        if r > 0.8:
            tags.append(f"iso3:{col}")
            return iso
        if r > 0.77:
            tags.append(f"typo:{col}")
            return _swap(_name(iso, "es"))
        return _name(iso, "es")
    # defence_children_intl: Kobo choice names are ISO alpha-2; "other, specify" is typed
    if r < 0.75:
        tags.append(f"iso2:{col}")
        return alpha2
    if r > 0.97:
        tags.append(f"typo:{col}")
        return COUNTRIES[iso][5]
    return _name(iso, "en") if iso != "TUR" else "Türkiye"


def _transit(src: Source305, value: object, rng: _Rng, tags: list[str]) -> str | None:
    """Write an ordered ``A|B`` transit list with the agency's separator."""
    if value is None:
        direct = {
            "iac_london": ("Direct", 0.35),
            "defence_children_intl": ("direct", 0.5),
            "fundacion_anar": ("Directa", 0.2),
        }.get(src.source)
        if direct is not None and rng.random() < direct[1]:
            tags.append("direct_word:transit_countries")
            return direct[0]
        return None
    codes = str(value).split("|")
    key = src.source
    if key == "defence_children_intl" and rng.random() < 0.35:
        tags.append("iso2:transit_countries")
        return "-".join(iso_codes(c)[0] for c in codes)
    names = [_country(src, "transit_countries", c, rng, tags) for c in codes]
    if key == "iac_london":
        return " > ".join(names)
    if key == "mai_meae":
        return ", ".join(names)
    if key == "fundacion_anar":
        if len(names) == 1:
            return names[0]
        return ", ".join(names[:-1]) + " y " + names[-1]
    if key == "iin_oea":
        return " - ".join(names)
    return " → ".join(names)


# --------------------------------------------------------------------------------------
# Dates, counts, places
# --------------------------------------------------------------------------------------
_FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_ES_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_ROMAN = ("I", "II", "III", "IV")


def _date(
    src: Source305, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, exp: dict[str, object]
) -> tuple[object, list[str]]:
    """Write the event date; set the expected date and precision; return (cell, tags)."""
    r = float(rng.random())
    key = src.source
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    q = (ts.month - 1) // 3 + 1
    partial: dict[str, tuple[float, float]] = {  # (month share, quarter share)
        "iac_london": (0.03, 0.0),
        "mai_meae": (0.05, 0.05),
        "fundacion_anar": (0.03, 0.02),
        "iin_oea": (0.03, 0.02),
        "defence_children_intl": (0.05, 0.03),
    }
    p_month, p_quarter = partial[key]
    if partial_ok and r < p_month:
        exp["event_date"], exp["date_precision"] = month, "month"
        cell = {
            "iac_london": f"{ts:%B %Y}",
            "mai_meae": f"{_FR_MONTHS[ts.month - 1]} {ts.year}",
            "fundacion_anar": f"{_ES_MONTHS[ts.month - 1]} de {ts.year}",
            "iin_oea": f"{ts:%Y/%m}",
            "defence_children_intl": f"{ts:%Y-%m}",
        }[key]
        return cell, ["partial_date"]
    if partial_ok and r < p_month + p_quarter:
        exp["event_date"], exp["date_precision"] = quarter, "quarter"
        cell = {
            "mai_meae": f"T{q} {ts.year}",
            "fundacion_anar": f"{q}º trimestre {ts.year}",
            "iin_oea": f"{_ROMAN[q - 1]} trimestre {ts.year}",
            "defence_children_intl": f"Q{q} {ts.year}",
        }[key]
        return cell, ["partial_date"]
    exp["event_date"], exp["date_precision"] = ts, "day"
    s = float(rng.random())
    if key == "iac_london":
        if s < 0.8:
            return ts.to_pydatetime(), ["excel_date"]
        if s < 0.92:
            return f"{ts:%d/%m/%Y}", ["text_date"]
        return f"{ts.day} {ts:%B %Y}", ["text_date"]
    if key == "mai_meae":
        return (f"{ts:%d/%m/%Y}", []) if s < 0.9 else (f"{ts:%d/%m/%y}", ["two_digit_year"])
    if key == "fundacion_anar":
        if s < 0.85:
            return f"{ts:%d/%m/%Y}", []
        return f"{ts.day:02d}-{_ES_MONTHS[ts.month - 1][:3]}-{ts.year}", ["month_abbrev"]
    if key == "iin_oea":
        return f"{ts:%Y/%m/%d}", []
    if s < 0.85:
        return f"{ts:%Y-%m-%d}", []
    hour, minute = 8 + int(rng.integers(10)), int(rng.integers(60))
    return f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:00.000+0{1 + int(rng.integers(2))}:00", [
        "iso_datetime"
    ]


def _bad_date(src: Source305, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date a careful analyst cannot keep: none, impossible, or centuries ahead."""
    if kind == "no_date":
        return None
    key = src.source
    if kind == "bad_date":
        day = 30 + int(rng.integers(2))  # 30 or 31 February
        return {
            "iac_london": f"{day}/02/{ts.year}",
            "mai_meae": f"{day}/02/{ts.year}",
            "fundacion_anar": f"{day}/02/{ts.year}",
            "iin_oea": f"{ts.year}/02/{day}",
            "defence_children_intl": f"{ts.year}-02-{day}",
        }[key]
    digits = str(ts.year)
    year = int(digits[0] + digits[2] + digits[1] + digits[3])  # 2023 typed 2203
    future = ts.replace(year=year) if not (ts.month == 2 and ts.day == 29) else ts
    if future.year == ts.year:
        future = ts.replace(year=ts.year + 180, day=min(ts.day, 28))
    return {
        "iac_london": f"{future:%d/%m/%Y}",
        "mai_meae": f"{future:%d/%m/%Y}",
        "fundacion_anar": f"{future:%d/%m/%Y}",
        "iin_oea": f"{future:%Y/%m/%d}",
        "defence_children_intl": f"{future:%Y-%m-%d}",
    }[key]


def _note_date(src: Source305, last: pd.Timestamp) -> object:
    """Write the date of the note row: the day of the extraction, after the last case."""
    day = last + pd.Timedelta(days=3)
    if src.source == "iac_london":
        return day.to_pydatetime()
    if src.source == "iin_oea":
        return f"{day:%Y/%m/%d}"
    return f"{day:%d/%m/%Y}"


def _grouped(n: int, sep: str) -> str:
    """Write ``n`` with a thousands separator (``1 234``, ``1.234``, ``1,234``)."""
    return f"{n:,}".replace(",", sep)


def _persons(src: Source305, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write the count of persons as the agency does."""
    key = src.source
    if key == "iac_london":
        return n
    if key == "defence_children_intl":
        return str(n) if rng.random() < 0.1 else n
    if n >= 1000 and rng.random() < 0.6:
        tags.append("thousands:n_persons")
        sep = {"mai_meae": choice(rng, ("\u00a0", " ")), "fundacion_anar": ".", "iin_oea": ","}
        return _grouped(n, sep[key])
    return str(n)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees-minutes-seconds of a coordinate; return the text and the value it says."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minute, sec = divmod(rest, 60)
    text = f"{deg}°{minute:02d}'{sec:02d}\"{pos if value >= 0 else neg}"
    said = (deg + minute / 60 + sec / 3600) * (1 if value >= 0 else -1)
    return text, said


def _coords(
    src: Source305, lat: float, lon: float, rng: _Rng, exp: dict[str, object]
) -> tuple[dict[str, object], list[str]]:
    """Write the place of detection in the agency's style; set the expected point."""
    key = src.source
    if key == "fundacion_anar":  # a helpline records no coordinates
        exp["lat"] = exp["lon"] = None
        return {}, ["coords_missing"]
    if rng.random() < 0.06:
        exp["lat"] = exp["lon"] = None
        if key == "iin_oea":
            return {"coordinates": "S/D"}, ["coords_placeholder"]
        if key == "mai_meae":
            return {"lat": None, "lon": None}, ["coords_missing"]
        return {"coordinates": None}, ["coords_missing"]
    if key == "iac_london":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, []
    if key == "mai_meae":
        return {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }, ["decimal_comma"]
    if key == "iin_oea":
        t_lat, said_lat = _dms(lat, "N", "S")
        t_lon, said_lon = _dms(lon, "E", "O")
        exp["lat"], exp["lon"] = said_lat, said_lon
        return {"coordinates": f"{t_lat} {t_lon}"}, ["coords_dms"]
    acc = 3 + float(rng.random()) * 17
    return {"coordinates": f"{lat:.5f} {lon:.5f} 0.0 {acc:.1f}"}, ["kobo_geopoint"]


_OFFENCE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "iac_london": {
        "document_fraud": ("Document fraud", "False documents", "Forged passport"),
        "corruption": ("Bribery/corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Drugs (cannabis)"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "mai_meae": {
        "document_fraud": ("fraude documentaire", "faux documents d'identité"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("trafic de stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "fundacion_anar": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    "iin_oea": {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción",),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Narcotráfico", "Contrabando"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    "defence_children_intl": {
        "document_fraud": ("doc_fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money_laundering",),
        "illicit_goods": ("drugs_illicit_goods",),
        "cybercrime": ("online_cyber",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP = {
    "iac_london": "; ",
    "mai_meae": ", ",
    "fundacion_anar": ", ",
    "iin_oea": "; ",
    "defence_children_intl": " ",
}


def _offences(src: Source305, value: object, rng: _Rng) -> str | None:
    """Write ``a|b`` linked offences in the agency's words and separator."""
    if value is None:
        return None
    words = _OFFENCE_WORDS[src.source]
    return _OFFENCE_SEP[src.source].join(choice(rng, words[o]) for o in str(value).split("|"))


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
_VOCAB = ("crime_type", "gender", "age_group", "transport_mode")
_CHILD_WORDS = {
    "iac_london": {"trafficking": "Child trafficking"},
    "mai_meae": {"trafficking": "Traite des mineurs"},
    "fundacion_anar": {"trafficking": "Trata de menores"},
}


#: Words that belong to one route only (a "cayuco" is the Atlantic route's boat).
_ROUTE_WORDS: dict[tuple[str, str], frozenset[str]] = {
    ("iac_london", "Small boat"): frozenset({"channel"}),
    ("mai_meae", "small boat"): frozenset({"channel"}),
    ("fundacion_anar", "Cayuco"): frozenset({"watl"}),
    ("fundacion_anar", "A pie"): frozenset({"wmed"}),
    ("iin_oea", "A pie (selva)"): frozenset({"darien"}),
    ("iin_oea", "Lancha"): frozenset({"darien"}),
    ("defence_children_intl", "on_foot"): frozenset({"wbal", "blr_pol", "darien", "us_mex"}),
}


def _word(src: Source305, col: str, value: str, rng: _Rng, corridor: str = "") -> str:
    """Draw the agency's word for a canonical value (the usual one 60 % of the time)."""
    forms = tuple(
        f
        for f in src.words[col][value]
        if corridor in _ROUTE_WORDS.get((src.source, f), frozenset({corridor}))
    )
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _render(
    src: Source305,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the agency does: (cells, expected values, tags)."""
    key = src.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    tags: list[str] = []
    exp: dict[str, object] = {
        c: ev.get(c)
        for c in (
            "crime_type",
            "exploitation",
            "n_persons",
            "n_suspects",
            "gender",
            "age_group",
            "nationality",
            "origin_country",
            "destination_country",
            "detection_country",
            "transit_countries",
            "transport_mode",
            "lat",
            "lon",
            "linked_offences",
        )
    }
    cells["event_date"], date_tags = _date(src, ts, rng, partial_ok, exp)
    tags += date_tags

    crime = str(ev["crime_type"])
    age = str(ev["age_group"])
    child_word = _CHILD_WORDS.get(key, {}).get(crime)
    if child_word is not None and age == "child" and rng.random() < 0.5:
        cells["crime_type"] = child_word
    else:
        cells["crime_type"] = _word(src, "crime_type", crime, rng)

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: the form does not apply
        na = src.words["exploitation"]["n/a"]
        cells["exploitation"] = choice(rng, na) or None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.words["exploitation"]["unknown"])
        exp["exploitation"] = "unknown"
        tags.append("unknown_exploitation")
    elif expl == "other" and age in ("child", "mixed") and rng.random() < 0.6:
        cells["exploitation"] = choice(rng, src.words["exploitation"]["adoption"])
        tags.append("illegal_adoption")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, src.not_known)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _persons(src, n, rng, tags)

    sus = ev["n_suspects"]
    r = float(rng.random())
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        cells["n_suspects"] = choice(rng, src.not_known)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif sus == 0 and r < 0.45:
        cells["n_suspects"] = choice(rng, src.zero)
        tags.append("zero_word")
    else:
        numeric = key in ("iac_london", "defence_children_intl")
        cells["n_suspects"] = int(sus) if numeric else str(sus)  # type: ignore[call-overload]

    if forced_blank == "gender" or rng.random() < 0.025:
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", str(ev["gender"]), rng)
    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.025:
            cells[col] = choice(rng, src.na_word)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _word(src, col, str(ev[col]), rng, str(ev["corridor"]))

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if forced_blank == col:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
        elif col == "nationality" and rng.random() < 0.02:
            cells[col] = choice(rng, src.not_known)
            exp[col] = None
            tags.append("blank_nationality")
        else:
            cells[col] = _country(src, col, iso, rng, tags)
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)

    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        place, place_tags = _coords(src, float(ev["lat"]), float(ev["lon"]), rng, exp)  # type: ignore[arg-type]
        cells.update(place)
        tags += place_tags

    for col in ("crime_type", "nationality", "origin_country", "transport_mode"):
        text = cells.get(col)
        if isinstance(text, str) and rng.random() < 0.04:
            cells[col] = f" {text}  " if rng.random() < 0.5 else text.lower()
            tags.append(f"case:{col}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
IAC = Source305(
    source="iac_london",
    filename="iac_london_ku.xlsx",
    ref="IAC-SG-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "IAC ref",
        "event_date": "Date identified",
        "crime_type": "Concern category",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of individuals",
        "n_suspects": "Suspected facilitators/traffickers",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit countries)",
        "destination_country": "Intended destination",
        "detection_country": "Country identified in",
        "transport_mode": "Means of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Associated offences",
    },
    note="Safeguarding log: figures provisional, not for onward dissemination",
    total="Total individuals",
    bad_count=("several", "a group", "tbc"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Human trafficking", "Modern slavery", "Trafficking"),
            "smuggling": ("People smuggling", "Facilitated illegal entry", "Smuggling"),
            "both": ("Trafficking and smuggling", "Smuggling + trafficking"),
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
            "adoption": ("Illegal adoption", "Illegal adoption / sale of child"),
            "unknown": ("Not yet determined", "Unknown"),
            "n/a": ("", "N/A", "n/a"),
        },
        "gender": {
            "female": ("F", "Female"),
            "male": ("M", "Male"),
            "mixed": ("Mixed", "M & F"),
        },
        "age_group": {
            "child": ("Under 18", "U18", "Child"),
            "adult": ("18+", "Adult"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat", "RHIB"),
            "land": ("Lorry/HGV", "Car", "Coach"),
            "air": ("Flight", "Air"),
        },
    },
    not_known=("not known", "N/K"),
    na_word=("Not recorded", "not known"),
    zero=("nil", "none"),
)

MAI = Source305(
    source="mai_meae",
    filename="mai_meae_ku.csv",
    ref="MAI/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de signalement",
        "event_date": "Date des faits",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes concernées",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires – extraction SI-MAI, diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
                "Aide à l'entrée et au séjour irréguliers",
            ),
            "both": ("Traite et trafic de migrants", "TEH + aide à l'entrée irrégulière"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
            "adoption": ("adoption illicite", "adoption illégale / vente d'enfant"),
            "unknown": ("à déterminer",),
            "n/a": ("sans objet", ""),
        },
        "gender": {
            "female": ("F", "féminin"),
            "male": ("M", "masculin"),
            "mixed": ("mixte", "F et M"),
        },
        "age_group": {
            "child": ("mineur(s)", "mineurs"),
            "adult": ("majeur(s)", "majeurs"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("voie maritime", "small boat", "embarcation"),
            "land": ("voie terrestre", "poids lourd", "véhicule léger"),
            "air": ("voie aérienne", "avion"),
        },
    },
    not_known=("non connu", "NC"),
    na_word=("non renseigné",),
    zero=("aucun", "néant"),
)

ANAR = Source305(
    source="fundacion_anar",
    filename="fundacion_anar_ku.csv",
    ref="EXP-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad (tramo)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de llegada",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales pendientes de validación por el Centro de Estudios",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis)",
            ),
            "both": ("Trata y tráfico de migrantes", "Trata + 318 bis"),
        },
        "exploitation": {
            "sexual": ("Sexual", "Explotación sexual"),
            "forced_labour": ("Laboral", "Trabajos forzados"),
            "forced_criminality": ("Comisión de actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
            "adoption": ("Adopción irregular",),
            "unknown": ("Sin determinar",),
            "n/a": ("No procede", ""),
        },
        "gender": {
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Varón", "Varones"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "child": ("Menor de edad", "Menores"),
            "adult": ("Mayor de edad", "Adultos"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Embarcación neumática"),
            "land": ("Terrestre", "Camión", "A pie"),
            "air": ("Avión", "Aéreo"),
        },
    },
    not_known=("s/d", "sin datos"),
    na_word=("No consta",),
    zero=("ninguno", "0"),
)

IIN = Source305(
    source="iin_oea",
    filename="iin_oea_ku.csv",
    ref="IIN/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Código de registro",
        "event_date": "Fecha del evento (aaaa/mm/dd)",
        "detection_country": "País donde se detectó",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Total de personas",
        "n_suspects": "Presuntos tratantes/traficantes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino previsto",
        "transport_mode": "Vía",
        "coordinates": "Coordenadas (GMS)",
        "linked_offences": "Delitos asociados",
    },
    note="Consolidado de puntos focales; cifras preliminares",
    total="TOTAL",
    bad_count=("varios", "grupo familiar"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "TdP"),
            "smuggling": ("Tráfico ilícito de migrantes", "TIM"),
            "both": ("Trata de personas y tráfico ilícito de migrantes", "TdP / TIM"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajos forzados", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
            "other": ("Otra",),
            "adoption": ("Adopción irregular", "Venta de niños (adopción)"),
            "unknown": ("Sin dato",),
            "n/a": ("N/A", ""),
        },
        "gender": {
            "female": ("Femenino", "F"),
            "male": ("Masculino", "M"),
            "mixed": ("Ambos", "Mixto"),
        },
        "age_group": {
            "child": ("NNA", "Niños, niñas y adolescentes"),
            "adult": ("Adultos", "Adulto"),
            "mixed": ("NNA y adultos", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítima", "Lancha"),
            "land": ("Terrestre", "A pie (selva)"),
            "air": ("Aérea",),
        },
    },
    not_known=("S/D", "sin dato"),
    na_word=("Sin dato",),
    zero=("ninguno", "0"),
)

DCI = Source305(
    source="defence_children_intl",
    filename="defence_children_intl_ku.jsonl",
    ref="DCI-IS-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "date_of_incident",
        "detection_country": "country_of_identification",
        "crime_type": "case_type",
        "exploitation": "exploitation_purpose",
        "n_persons": "persons_affected",
        "n_suspects": "alleged_perpetrators",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "route",
        "destination_country": "intended_destination",
        "transport_mode": "means_of_transport",
        "coordinates": "gps",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("many", "several"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("thb", "Trafficking in human beings"),
            "smuggling": ("som", "Smuggling of migrants"),
            "both": ("thb_som", "Both THB and SoM"),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour", "forced_labour"),
            "forced_criminality": ("criminal_activities",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
            "adoption": ("illegal_adoption",),
            "unknown": ("dont_know",),
            "n/a": ("",),
        },
        "gender": {
            "female": ("female",),
            "male": ("male",),
            "mixed": ("mixed_group", "male_and_female"),
        },
        "age_group": {
            "child": ("child", "under_18"),
            "adult": ("adult",),
            "mixed": ("children_and_adults",),
        },
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("land", "truck", "on_foot"),
            "air": ("air",),
        },
    },
    not_known=("dont_know",),
    na_word=("dont_know",),
    zero=("none", "0"),
)

#: The five agencies, in the order their submissions are returned.
SOURCES: tuple[Source305, ...] = (IAC, MAI, ANAR, IIN, DCI)

_EXAMINER: Examiner[Source305] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": IAC.source,
        "FRA": MAI.source,
        "ESP": ANAR.source,
        "PAN": IIN.source,
        "USA": IIN.source,
    },
    compilation=DCI.source,
    secondary={
        ("channel", "FRA"): IAC.source,
        ("channel", "GBR"): MAI.source,
        ("thb_vnm_gbr", "GBR"): DCI.source,
        ("cmed", "ITA"): MAI.source,
        ("thb_nga_ita", "ITA"): ANAR.source,
        ("thb_rou_esp", "ITA"): ANAR.source,
        ("thb_rou_esp", "ESP"): DCI.source,
        ("watl", "ESP"): DCI.source,
        ("wmed", "ESP"): MAI.source,
        ("darien", "PAN"): DCI.source,
        ("us_mex", "USA"): DCI.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=305,
    blank_share=0.5,
)


def make_blind305(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five submissions of the ``blind305`` set.

    Each event is first reported by the agency of its detection country (the UK to the
    Intercountry Adoption Centre, France to the Mission de l'adoption internationale,
    Spain to Fundación ANAR, Panama and the United States to the IIN-OAS focal points)
    and every other one by Defence for Children International's compilation; a few are
    reported again by a second agency, some bad rows are planted, and the IIN and DCI
    files re-send a few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``iac_london_ku.xlsx``, ``mai_meae_ku.csv``, ``fundacion_anar_ku.csv``,
        ``iin_oea_ku.csv`` and ``defence_children_intl_ku.jsonl``, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind305(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['iac_london_ku.xlsx', 'mai_meae_ku.csv', 'fundacion_anar_ku.csv', 'iin_oea_ku.csv',
     'defence_children_intl_ku.jsonl']
    >>> [s.encoding for s in subs[1:4]], [s.delimiter for s in (subs[1], subs[3])]
    (['cp1252', 'utf-16', 'utf-8-sig'], [';', ','])
    >>> subs[2].delimiter == chr(9)  # tab
    True
    >>> subs[1].frame.columns[:3].tolist()
    ['N° de signalement', 'Date des faits', 'Pays de constatation']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
