"""Examiner's held-out sample set ``blind333`` (files ``*_lw.*``): workers' case logs.

Five sources the project has not used before, written without looking at the cleaner:

``unite_migrant_workers_lw.csv``
    Unite the Union's migrant-workers desk (United Kingdom): a CSV export of its casework
    system, UTF-8 with BOM, ``,``; English; day-first dates (``17/05/2023``, now and then
    ``17 May 2023`` or the month only), one "Case type" column that names both the crime
    and the form of exploitation (``Modern slavery - labour exploitation``), demonyms
    (``Vietnamese``, ``Kurdish``), ``England``/``Scotland`` for the country, routes joined
    by ``" > "``, ``none``/``nk`` in the counts, no coordinates (a town only). Re-sent with
    some rows twice.
``cgt_travailleurs_migrants_lw.csv``
    CGT's collectif "travailleurs migrants" of the Côte d'Opale (France): a CSV saved by
    French Excel, cp1252, ``;``, CRLF; French words (``aide à l'entrée irrégulière``,
    ``MNA``, ``sans objet``, ``Angleterre``), feminine demonyms (``afghane``), day-first
    dates with two- or four-digit years or ``mai 2023``, no coordinates.
``suntracs_ddhh_lw.xlsx``
    SUNTRACS' human-rights secretariat (Panamá, construction workers' union): an Excel
    workbook with real date cells, dates typed as text and bare serial numbers,
    ``venezolanos``/``NNA``, ``N/D``, WhatsApp location pins (``8.2801, -77.8012`` or a
    Google Maps link), and whole batches of rows pasted from a UTF-8 file read as cp1252
    (``PanamÃ¡``). Re-sent with some rows twice.
``sindja_jornaleros_lw.csv``
    SINDJA, the San Quintín farm workers' union (Mexico): a Google Forms response sheet
    (UTF-8, ``,``) whose headers are the form's questions, with the form's timestamp
    (``Marca temporal``) beside the crossing date (``2023/05/17``), the form's fixed
    answer options, free-text nationalities and counts (``seis``, ``6 personas``,
    ``no sé``), ``EUA``/``EE.UU.`` and a folio the secretary adds in the last column.
``euromed_monitor_lw.jsonl``
    Euro-Med Human Rights Monitor's incident database (the compilation: Italy, Greece,
    Spain, Croatia, Poland, and second reports of other routes): JSON lines, English keys,
    ISO alpha-3 nationalities (some typed as names), ISO alpha-2 origins, UN M49 numeric
    codes for the country of the incident, ``;``-joined transit codes, ISO dates or
    ``2023-05`` / ``Q2 2023``, coordinates as numbers.

The truth (``truth_rows.csv``) says what a careful analyst reads in each cell: an
ambiguous nationality (``Kurdish``, ``centroamericana``) or a written "unknown" is a blank
nationality, a "not applicable" transport word is ``unknown``, a count placeholder keeps
the row with no count, an unreadable count (``#VALUE!``, ``muchos``) or an impossible date
quarantines it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

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

__all__ = ["BLIND333", "SOURCES", "make_blind333"]

_Rng = np.random.Generator
_Out = tuple[dict[str, object], dict[str, object], list[str]]

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) country name.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

_MONTHS_FR = (
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
_WORDS_EN = (
    "none",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
_WORDS_ES = (
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
)

# Unite: nationality as a demonym, the way caseworkers write it.
_DEMONYM_EN = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
_TYPO_EN = {
    "AFG": "Afganistan",
    "ALB": "Albainia",
    "ERI": "Eritria",
    "VNM": "Veitnam",
    "IRQ": "Irak",
    "SYR": "Syira",
    "IRN": "Iarn",
}
# CGT: "nationalité afghane" - the feminine adjective.
_DEMONYM_FR = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
_TYPO_FR = {"AFG": "Afghanistant", "ERI": "Erythrée", "IRQ": "Irack", "ALB": "Albanye"}
# SUNTRACS: the group, "venezolanos".
_DEMONYM_PA = {
    "VEN": "venezolanos",
    "ECU": "ecuatorianos",
    "HTI": "haitianos",
    "COL": "colombianos",
    "CHN": "chinos",
}
_TYPO_ES = {
    "VEN": "Venezuala",
    "ECU": "Ecudor",
    "HTI": "Haity",
    "GTM": "Guatemla",
    "HND": "Hondras",
    "COL": "Colonbia",
}
# SINDJA: "nacionalidad mexicana".
_DEMONYM_MX = {
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
}

#: Place names of the hotspots, as each desk writes them.
_PLACE_UNITE = {
    "Dover": "Dover",
    "London": "London",
    "Birmingham": "Birmingham",
    "Glasgow": "Glasgow",
    "Calais": "Calais",
    "Dunkirk/Gravelines": "Dunkirk",
}
_PLACE_CGT = {
    "Calais": "Calais",
    "Dunkirk/Gravelines": "Gravelines",
    "Dover": "Douvres",
}
_PLACE_PA = {
    "Darién gap": "Tapón del Darién",
    "Bajo Chiquito": "Bajo Chiquito",
    "Lajas Blancas": "ERM Lajas Blancas",
}
_PLACE_MX = {
    "Nogales (Sonora/Arizona)": "Nogales",
    "Sasabe": "Sásabe",
    "El Paso": "Cd. Juárez - El Paso",
    "Rio Grande Valley": "Reynosa (Valle de Texas)",
}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _ts(ev: dict[str, object]) -> pd.Timestamp:
    return cast(pd.Timestamp, pd.Timestamp(cast(str, ev["event_date"])))


def _text(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int:
    return int(cast(int, ev[key]))


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _codes(value: str | None) -> list[str]:
    return [] if value is None else value.split("|")


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _weighted(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array(list(weights.values()), dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _base(ev: dict[str, object]) -> dict[str, object]:
    """Return the event's values: what a row writing every field faithfully expects."""
    keys = (
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
    out: dict[str, object] = {k: ev.get(k) for k in keys}
    out["event_date"] = _ts(ev)
    out["date_precision"] = "day"
    return out


def _country(
    iso: str,
    lang: str,
    rng: _Rng,
    styles: dict[str, float],
    *,
    demonyms: dict[str, str] | None = None,
    typos: dict[str, str] | None = None,
) -> tuple[str, str | None]:
    """Write a country as one desk does; return (cell, messiness tag or None)."""
    style = _weighted(rng, styles)
    name = _name(iso, lang)
    if style == "demonym" and demonyms and iso in demonyms:
        return demonyms[iso], "demonym"
    if style == "typo" and typos and iso in typos:
        return typos[iso], "typo"
    if style == "upper":
        return name.upper(), "case"
    if style == "lower":
        return name.lower(), "case"
    if style == "space":
        return f" {name}  ", "spacing"
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    return name, None


def _count_cell(n: int, words: tuple[str, ...], rng: _Rng, word_rate: float) -> tuple[str, bool]:
    """Write a count as digits, or as a word for a small count (``word_rate``)."""
    if 1 <= n < len(words) and rng.random() < word_rate:
        return words[n], True
    return str(n), False


def _apply_blank(
    field: str, cells: dict[str, object], exp: dict[str, object], tags: list[str]
) -> None:
    """Leave ``field`` blank in a second report (the first report gives it).

    A report that does not say in which country the event happened says nowhere where
    it happened: its place name and coordinates are left blank too, so that nothing in
    the row tells the country.
    """
    if field in ("coordinates", "detection_country"):
        for key in ("coordinates", "lat", "lon"):
            if key in cells:
                cells[key] = None
        if exp["lat"] is not None and "blank_coordinates" not in tags:
            tags.append("blank_coordinates")
        exp["lat"] = exp["lon"] = None
    if field == "detection_country":
        cells["place"] = None
    if field == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
    elif field != "coordinates":
        cells[field] = None
        exp[field] = None
    if field == "n_suspects":
        tags[:] = [t for t in tags if t not in ("zero_word", "suspects_placeholder")]
    if field == "nationality":
        tags[:] = [t for t in tags if t not in ("ambiguous_nationality", "unknown_nationality")]
    if f"blank_{field}" not in tags:
        tags.append(f"blank_{field}")


# --------------------------------------------------------------------------------------
# Unite the Union, migrant workers' desk (GBR), English CSV
# --------------------------------------------------------------------------------------
_UNITE_FORM = {
    "forced_labour": ("labour exploitation", "labour"),
    "sexual": ("sexual exploitation", "sexual"),
    "forced_criminality": ("criminal exploitation", "criminal"),
    "forced_marriage": ("forced marriage", "forced marriage"),
    "organ_removal": ("organ harvesting", "organ harvesting"),
    "other": ("other exploitation", "other"),
}
_UNITE_OFFENCE = {
    "document_fraud": ("false documents", "fake ID"),
    "corruption": ("bribery",),
    "money_laundering": ("money laundering",),
    "illicit_goods": ("drugs", "cannabis cultivation"),
    "cybercrime": ("online recruitment scam",),
    "terrorism": ("terrorism",),
}


def _unite_case(crime: str, form: str | None, rng: _Rng) -> str:
    if crime == "smuggling":
        return choice(rng, ("People smuggling", "Facilitated entry", "Smuggling"))
    long, short = _UNITE_FORM[form or "other"]
    if crime == "trafficking":
        return choice(
            rng, (f"Modern slavery - {long}", f"MS - {short}", f"Modern slavery ({short})")
        )
    return choice(rng, (f"Smuggled + modern slavery ({short})", f"Smuggling & MS - {long}"))


def _unite(ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    exp, tags = _base(ev), ["coords_missing"]
    exp["lat"] = exp["lon"] = None
    ts = _ts(ev)
    cells: dict[str, object] = {}
    r = rng.random()
    if partial_ok and r < 0.04:
        cells["event_date"] = f"{MONTHS[ts.month - 1]} {ts.year}"
        exp["event_date"], exp["date_precision"] = _month_start(ts), "month"
        tags.append("month_only")
    elif r < 0.18:
        cells["event_date"] = f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
        tags.append("long_date")
    else:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    crime = str(ev["crime_type"])
    cells["crime_type"] = _unite_case(crime, _text(ev, "exploitation"), rng)
    tags.append("case_type_names_form")
    n = _int(ev, "n_persons")
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, ("nk", "not known"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], word = _count_cell(n, _WORDS_EN, rng, 0.08)
        if word:
            tags.append("word_count")
    k = _int(ev, "n_suspects")
    if k == 0:
        pick = _weighted(rng, {"0": 0.45, "none": 0.35, "": 0.2})
        if pick == "none":
            cells["n_suspects"] = "none"
            tags.append("zero_word")
        elif pick == "":
            cells["n_suspects"] = None
            exp["n_suspects"] = None
            tags.append("blank_n_suspects")
        else:
            cells["n_suspects"] = "0"
    elif rng.random() < 0.04:
        cells["n_suspects"] = "unknown"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"], word = _count_cell(k, _WORDS_EN, rng, 0.05)
        if word:
            tags.append("word_suspects")
    gender = str(ev["gender"])
    if rng.random() < 0.015:
        cells["gender"] = "not recorded"
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(
            rng,
            {
                "male": ("Male", "M", "Men"),
                "female": ("Female", "F", "Women"),
                "mixed": ("Mixed", "Men & women"),
            }[gender],
        )
    cells["age_group"] = choice(
        rng,
        {
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Under 18", "Child", "Minor"),
            "mixed": ("Adults & under 18s", "Mixed"),
        }[str(ev["age_group"])],
    )
    nat = str(ev["nationality"])
    if nat in ("IRQ", "IRN", "SYR") and rng.random() < 0.06:
        cells["nationality"] = "Kurdish"  # an ethnicity of four countries: not a nationality
        exp["nationality"] = None
        tags += ["ambiguous_nationality", "blank_nationality"]
    else:
        text, tag = _country(
            nat,
            "en",
            rng,
            {"demonym": 0.55, "name": 0.25, "lower": 0.08, "upper": 0.05, "typo": 0.07},
            demonyms=_DEMONYM_EN,
            typos=_TYPO_EN,
        )
        cells["nationality"] = text
        tags += [tag] if tag else []
    origin = str(ev["origin_country"])
    cells["origin_country"] = (
        choice(rng, ("Vietnam", "Viet Nam")) if origin == "VNM" else (_name(origin, "en"))
    )
    dest = str(ev["destination_country"])
    cells["destination_country"] = (
        choice(rng, ("UK", "United Kingdom", "UK")) if dest == "GBR" else _name(dest, "en")
    )
    det = str(ev["detection_country"])
    hotspot = str(ev["hotspot"])
    if det == "GBR":
        region = "Scotland" if hotspot == "Glasgow" else "England"
        cells["detection_country"] = _weighted(rng, {"UK": 0.5, region: 0.35, "GB": 0.15})
        if cells["detection_country"] == region:
            tags.append("uk_nation")
        elif cells["detection_country"] == "GB":
            tags.append("iso2")
    else:
        cells["detection_country"] = _name(det, "en")
    route = [_name(c, "en") for c in _codes(_text(ev, "transit_countries"))]
    cells["transit_countries"] = " > ".join(route) if route else choice(rng, ("", "Direct"))
    mode = str(ev["transport_mode"])
    if crime != "smuggling" and rng.random() < 0.3:
        cells["transport_mode"] = "N/A"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(
            rng,
            {
                "sea": ("Small boat", "Boat", "Small boat"),
                "land": ("Lorry", "Overland", "In a lorry"),
                "air": ("Flight", "Plane"),
            }[mode],
        )
    cells["place"] = _PLACE_UNITE.get(hotspot, hotspot)
    offences = _codes(_text(ev, "linked_offences"))
    cells["linked_offences"] = "; ".join(choice(rng, _UNITE_OFFENCE[o]) for o in offences)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# CGT, collectif travailleurs migrants de la Côte d'Opale (FRA), French CSV cp1252
# --------------------------------------------------------------------------------------
_CGT_CRIME = {
    "smuggling": (
        "aide à l'entrée irrégulière",
        "AEI (passeurs)",
        "aide à l'entrée et au séjour irréguliers",
    ),
    "trafficking": ("traite des êtres humains", "TEH"),
    "both": ("TEH + aide à l'entrée irrégulière", "traite et passage"),
}
_CGT_FORM = {
    "forced_labour": ("exploitation par le travail", "travail forcé"),
    "sexual": ("exploitation sexuelle", "proxénétisme"),
    "forced_criminality": ("contrainte à commettre des délits",),
    "forced_marriage": ("mariage forcé",),
    "organ_removal": ("prélèvement d'organes",),
    "other": ("autre",),
}
_CGT_OFFENCE = {
    "document_fraud": ("faux papiers", "fraude documentaire"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment",),
    "illicit_goods": ("stupéfiants",),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}


def _cgt(ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    exp, tags = _base(ev), ["coords_missing"]
    exp["lat"] = exp["lon"] = None
    ts = _ts(ev)
    cells: dict[str, object] = {}
    r = rng.random()
    if partial_ok and r < 0.05:
        cells["event_date"] = f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
        exp["event_date"], exp["date_precision"] = _month_start(ts), "month"
        tags.append("month_only")
    elif r < 0.2:
        cells["event_date"] = ts.strftime("%d/%m/%y")
        tags.append("short_year")
    else:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CGT_CRIME[crime])
    form = _text(ev, "exploitation")
    if form is None:
        cells["exploitation"] = choice(rng, ("sans objet", "sans objet", ""))
    else:
        cells["exploitation"] = choice(rng, _CGT_FORM[form])
    n = _int(ev, "n_persons")
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, ("n.c.", "NC"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = str(n) if rng.random() < 0.9 else f"{n} "
    k = _int(ev, "n_suspects")
    if k == 0:
        pick = _weighted(rng, {"0": 0.4, "aucun": 0.45, "": 0.15})
        if pick == "aucun":
            cells["n_suspects"] = "aucun"
            tags.append("zero_word")
        elif pick == "":
            cells["n_suspects"] = None
            exp["n_suspects"] = None
            tags.append("blank_n_suspects")
        else:
            cells["n_suspects"] = "0"
    elif rng.random() < 0.05:
        cells["n_suspects"] = choice(rng, ("inconnu", "n.c."))
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = str(k)
    cells["gender"] = choice(
        rng,
        {
            "male": ("hommes", "H", "masculin"),
            "female": ("femmes", "F", "féminin"),
            "mixed": ("mixte", "hommes et femmes"),
        }[str(ev["gender"])],
    )
    age = str(ev["age_group"])
    cells["age_group"] = choice(
        rng,
        {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA"),
            "mixed": ("majeurs et mineurs", "mixte"),
        }[age],
    )
    if cells["age_group"] == "MNA":
        tags.append("mna")
    nat = str(ev["nationality"])
    if nat in ("IRQ", "IRN", "SYR") and rng.random() < 0.06:
        cells["nationality"] = "kurde"
        exp["nationality"] = None
        tags += ["ambiguous_nationality", "blank_nationality"]
    else:
        text, tag = _country(
            nat,
            "fr",
            rng,
            {"demonym": 0.45, "name": 0.35, "upper": 0.08, "space": 0.06, "typo": 0.06},
            demonyms=_DEMONYM_FR,
            typos=_TYPO_FR,
        )
        cells["nationality"] = text
        tags += [tag] if tag else []
    cells["origin_country"] = _name(str(ev["origin_country"]), "fr")
    dest = str(ev["destination_country"])
    if dest == "GBR":
        cells["destination_country"] = choice(rng, ("Royaume-Uni", "Angleterre", "UK"))
        if cells["destination_country"] == "Angleterre":
            tags.append("uk_nation")
    else:
        cells["destination_country"] = _name(dest, "fr")
    det = str(ev["detection_country"])
    cells["detection_country"] = (
        choice(rng, ("France", "France", "FRANCE")) if det == "FRA" else _name(det, "fr")
    )
    route = [_name(c, "fr") for c in _codes(_text(ev, "transit_countries"))]
    cells["transit_countries"] = ", ".join(route) if route else choice(rng, ("", "direct"))
    mode = str(ev["transport_mode"])
    cells["transport_mode"] = choice(
        rng,
        {
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "land": ("camion", "poids lourd", "dissimulés dans un camion"),
            "air": ("avion", "aérien"),
        }[mode],
    )
    hotspot = str(ev["hotspot"])
    cells["place"] = _PLACE_CGT.get(hotspot, hotspot)
    offences = _codes(_text(ev, "linked_offences"))
    cells["linked_offences"] = " + ".join(choice(rng, _CGT_OFFENCE[o]) for o in offences)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# SUNTRACS, Secretaría de Derechos Humanos (PAN), Spanish XLSX
# --------------------------------------------------------------------------------------
_PA_CRIME = {
    "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes", "Tráfico de migrantes"),
    "trafficking": ("Trata de personas", "Trata"),
    "both": ("Trata y tráfico", "Tráfico y trata de personas"),
}
_PA_FORM = {
    "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
    "sexual": ("Explotación sexual",),
    "forced_criminality": ("Actividades delictivas forzadas",),
    "forced_marriage": ("Matrimonio forzado",),
    "organ_removal": ("Extracción de órganos",),
    "other": ("Otra",),
}
_PA_OFFENCE = {
    "document_fraud": ("falsificación de documentos",),
    "corruption": ("soborno", "corrupción"),
    "money_laundering": ("blanqueo de capitales",),
    "illicit_goods": ("drogas", "contrabando"),
    "cybercrime": ("delito informático",),
    "terrorism": ("terrorismo",),
}
_EXCEL_DAY0 = pd.Timestamp("1899-12-30")


def _mojibake_batch(ts: pd.Timestamp) -> bool:
    """Rows of some months were pasted from a UTF-8 file opened as cp1252."""
    return (ts.year * 12 + ts.month) % 5 == 2


def _suntracs(ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    exp, tags = _base(ev), []
    ts = _ts(ev)
    cells: dict[str, object] = {}
    style = _weighted(rng, {"cell": 0.7, "text": 0.13, "serial": 0.1, "dash": 0.07})
    if style == "cell":
        cells["event_date"] = ts.to_pydatetime()
    elif style == "text":
        cells["event_date"] = ts.strftime("%d/%m/%Y")
        tags.append("text_date")
    elif style == "dash":
        cells["event_date"] = f"{ts.day}-{ts.month}-{ts.year}"
        tags.append("text_date")
    else:
        cells["event_date"] = int((ts - _EXCEL_DAY0).days)
        tags.append("excel_serial")
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _PA_CRIME[crime])
    form = _text(ev, "exploitation")
    cells["exploitation"] = (
        choice(rng, ("No aplica", "N/A", "")) if form is None else choice(rng, _PA_FORM[form])
    )
    n = _int(ev, "n_persons")
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, ("N/D", "S/D"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and rng.random() < 0.5:
        cells["n_persons"] = f"{n:,}"
        tags.append("thousands")
    else:
        cells["n_persons"] = n
    k = _int(ev, "n_suspects")
    if k == 0:
        pick = _weighted(rng, {"0": 0.45, "ninguno": 0.4, "": 0.15})
        if pick == "ninguno":
            cells["n_suspects"] = "ninguno"
            tags.append("zero_word")
        elif pick == "":
            cells["n_suspects"] = None
            exp["n_suspects"] = None
            tags.append("blank_n_suspects")
        else:
            cells["n_suspects"] = 0
    elif rng.random() < 0.05:
        cells["n_suspects"] = "S/D"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = k
    cells["gender"] = choice(
        rng,
        {
            "male": ("Hombres", "Masculino", "Masc."),
            "female": ("Mujeres", "Femenino", "Fem."),
            "mixed": ("Mixto", "Hombres y mujeres"),
        }[str(ev["gender"])],
    )
    age = choice(
        rng,
        {
            "adult": ("Adultos", "Adultos"),
            "child": ("NNA", "Menores"),
            "mixed": ("Adultos y NNA", "Mixto"),
        }[str(ev["age_group"])],
    )
    cells["age_group"] = age
    if "NNA" in age:
        tags.append("nna")
    nat = str(ev["nationality"])
    tag: str | None = "abbreviation"
    if nat == "VEN" and rng.random() < 0.1:
        cells["nationality"] = "VZLA"
    else:
        cells["nationality"], tag = _country(
            nat,
            "es",
            rng,
            {"demonym": 0.5, "name": 0.3, "upper": 0.1, "typo": 0.1},
            demonyms=_DEMONYM_PA,
            typos=_TYPO_ES,
        )
    tags += [tag] if tag else []
    cells["origin_country"] = _name(str(ev["origin_country"]), "es")
    dest = str(ev["destination_country"])
    cells["destination_country"] = (
        choice(rng, ("Estados Unidos", "EE.UU.", "USA")) if dest == "USA" else _name(dest, "es")
    )
    det = str(ev["detection_country"])
    cells["detection_country"] = (
        choice(rng, ("Panamá", "Panamá", "PANAMÁ", "Rep. de Panamá"))
        if det == "PAN"
        else _name(det, "es")
    )
    route = [_name(c, "es") for c in _codes(_text(ev, "transit_countries"))]
    cells["transit_countries"] = " - ".join(route) if route else None
    mode = str(ev["transport_mode"])
    cells["transport_mode"] = choice(
        rng,
        {
            "land": ("A pie", "Caminando (selva)", "Terrestre"),
            "sea": ("Lancha", "Marítimo"),
            "air": ("Aéreo",),
        }[mode],
    )
    hotspot = str(ev["hotspot"])
    cells["place"] = _PLACE_PA.get(hotspot, hotspot)
    lat, lon = cast(float, ev["lat"]), cast(float, ev["lon"])
    pin = rng.random()
    if pin < 0.3:
        cells["coordinates"] = f"{lat:.4f}, {lon:.4f}"
        exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)
        tags.append("coords_pair")
    elif pin < 0.42:
        cells["coordinates"] = f"https://maps.google.com/?q={lat:.5f},{lon:.5f}"
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        tags.append("coords_maps_link")
    else:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    offences = _codes(_text(ev, "linked_offences"))
    cells["linked_offences"] = ", ".join(choice(rng, _PA_OFFENCE[o]) for o in offences)
    if _mojibake_batch(ts):
        garbled = False
        for key, value in cells.items():
            if isinstance(value, str):
                bad = mojibake(value)
                if bad is not None:
                    cells[key] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# SINDJA, San Quintín farm workers' union (USA crossings), Google Forms CSV
# --------------------------------------------------------------------------------------
_MX_CRIME = {
    "smuggling": "Cruce con pollero (tráfico de personas)",
    "trafficking": "Trata de personas",
    "both": "Cruce con pollero y trata",
}
_MX_FORM = {
    "forced_labour": "Trabajo forzado / explotación laboral",
    "sexual": "Explotación sexual",
    "forced_criminality": "Los obligaron a cargar droga o a delinquir",
    "forced_marriage": "Matrimonio forzado",
    "organ_removal": "Extracción de órganos",
    "other": "Otro",
}
_MX_OFFENCE = {
    "document_fraud": "Papeles falsos",
    "corruption": "Mordidas a autoridades",
    "money_laundering": "Lavado de dinero",
    "illicit_goods": "Droga o mercancía ilegal",
    "cybercrime": "Delito por internet o redes sociales",
    "terrorism": "Terrorismo",
}


def _stamp(ts: pd.Timestamp, rng: _Rng) -> str:
    """Google Forms' response timestamp (the form is filled in days after the crossing)."""
    sent = ts + pd.Timedelta(days=int(rng.integers(2, 40)), seconds=int(rng.integers(0, 86400)))
    hour = sent.hour % 12 or 12
    half = "a. m." if sent.hour < 12 else "p. m."
    return f"{sent:%Y/%m/%d} {hour}:{sent:%M:%S} {half} GMT-7"


def _sindja(ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    exp, tags = _base(ev), ["coords_missing"]
    exp["lat"] = exp["lon"] = None
    ts = _ts(ev)
    cells: dict[str, object] = {"stamp": _stamp(ts, rng)}
    if partial_ok and rng.random() < 0.06:
        cells["event_date"] = f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
        exp["event_date"], exp["date_precision"] = _month_start(ts), "month"
        tags.append("month_only")
    else:
        cells["event_date"] = ts.strftime("%Y/%m/%d")
    crime = str(ev["crime_type"])
    cells["crime_type"] = _MX_CRIME[crime]
    form = _text(ev, "exploitation")
    cells["exploitation"] = None if form is None else _MX_FORM[form]
    n = _int(ev, "n_persons")
    style = _weighted(rng, {"digits": 0.74, "word": 0.12, "unit": 0.1, "nose": 0.04})
    if style == "nose":
        cells["n_persons"] = choice(rng, ("no sé", "No se"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif style == "unit":
        cells["n_persons"] = f"{n} personas" if n > 1 else "1 persona"
        tags.append("count_with_unit")
    else:
        cells["n_persons"], word = _count_cell(n, _WORDS_ES, rng, 1.0 if style == "word" else 0)
        if word:
            tags.append("word_count")
    k = _int(ev, "n_suspects")
    if k == 0:
        pick = _weighted(rng, {"0": 0.3, "ninguno": 0.45, "no había": 0.1, "": 0.15})
        if pick in ("ninguno", "no había"):
            cells["n_suspects"] = pick
            tags.append("zero_word")
        elif pick == "":
            cells["n_suspects"] = None
            exp["n_suspects"] = None
            tags.append("blank_n_suspects")
        else:
            cells["n_suspects"] = "0"
    elif rng.random() < 0.06:
        cells["n_suspects"] = "no sé"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        if rng.random() < 0.1:
            cells["n_suspects"] = f"{k} polleros" if k > 1 else "1 pollero"
            tags.append("count_with_unit")
        else:
            cells["n_suspects"], word = _count_cell(k, _WORDS_ES, rng, 0.15)
            if word:
                tags.append("word_suspects")
    cells["gender"] = {"male": "Hombres", "female": "Mujeres", "mixed": "Hombres y mujeres"}[
        str(ev["gender"])
    ]
    cells["age_group"] = {
        "adult": "Adultos",
        "child": "Menores de edad",
        "mixed": "Adultos y menores",
    }[str(ev["age_group"])]
    nat = str(ev["nationality"])
    if nat in ("GTM", "HND") and rng.random() < 0.05:
        cells["nationality"] = "centroamericana"  # Guatemala or Honduras: cannot tell
        exp["nationality"] = None
        tags += ["ambiguous_nationality", "blank_nationality"]
    elif nat == "MEX" and rng.random() < 0.06:
        cells["nationality"] = "Mexicana (mixteca)"
        tags.append("ethnic_note")
    else:
        text, tag = _country(
            nat,
            "es",
            rng,
            {"demonym": 0.5, "name": 0.25, "lower": 0.1, "typo": 0.07, "space": 0.08},
            demonyms=_DEMONYM_MX,
            typos=_TYPO_ES,
        )
        cells["nationality"] = text.capitalize() if rng.random() < 0.4 else text
        tags += [tag] if tag else []
    cells["origin_country"] = _name(str(ev["origin_country"]), "es")
    usa = ("Estados Unidos", "EUA", "EE.UU.", "USA", "estados unidos")
    dest = str(ev["destination_country"])
    cells["destination_country"] = choice(rng, usa) if dest == "USA" else _name(dest, "es")
    det = str(ev["detection_country"])
    cells["detection_country"] = choice(rng, usa) if det == "USA" else _name(det, "es")
    route = [
        choice(rng, ("México", "Mexico", "méxico")) if c == "MEX" else _name(c, "es")
        for c in _codes(_text(ev, "transit_countries"))
    ]
    if not route:
        cells["transit_countries"] = choice(rng, ("", "ninguno"))
    elif len(route) == 1:
        cells["transit_countries"] = route[0]
    else:
        cells["transit_countries"] = ", ".join(route[:-1]) + " y " + route[-1]
    mode = str(ev["transport_mode"])
    cells["transport_mode"] = choice(
        rng,
        {
            "land": ("Caminando por el desierto o el monte", "En vehículo (camioneta, tráiler)"),
            "sea": ("En lancha",),
            "air": ("En avión",),
        }[mode],
    )
    hotspot = str(ev["hotspot"])
    cells["place"] = _PLACE_MX.get(hotspot, hotspot)
    offences = _codes(_text(ev, "linked_offences"))
    cells["linked_offences"] = ", ".join(_MX_OFFENCE[o] for o in offences) or None
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Euro-Med Human Rights Monitor (compilation), English JSON lines
# --------------------------------------------------------------------------------------
_EM_CRIME = {
    "smuggling": "human smuggling",
    "trafficking": "human trafficking",
    "both": "smuggling and trafficking",
}
_EM_FORM = {
    "forced_labour": "labour",
    "sexual": "sexual",
    "forced_criminality": "forced criminality",
    "forced_marriage": "forced marriage",
    "organ_removal": "organ removal",
    "other": "other",
}
_EM_OFFENCE = {
    "document_fraud": "document_fraud",
    "corruption": "corruption",
    "money_laundering": "money_laundering",
    "illicit_goods": "contraband",
    "cybercrime": "cyber",
    "terrorism": "terrorism",
}


def _euromed(ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    exp, tags = _base(ev), []
    ts = _ts(ev)
    cells: dict[str, object] = {}
    r = rng.random()
    if partial_ok and r < 0.07:
        cells["event_date"] = f"{ts.year}-{ts.month:02d}"
        exp["event_date"], exp["date_precision"] = _month_start(ts), "month"
        tags.append("month_only")
    elif partial_ok and r < 0.11:
        cells["event_date"] = f"Q{(ts.month - 1) // 3 + 1} {ts.year}"
        exp["event_date"], exp["date_precision"] = _quarter_start(ts), "quarter"
        tags.append("quarter_only")
    elif r < 0.16:
        cells["event_date"] = f"{ts:%Y-%m-%d}T00:00:00"
        tags.append("iso_datetime")
    else:
        cells["event_date"] = f"{ts:%Y-%m-%d}"
    cells["crime_type"] = _EM_CRIME[str(ev["crime_type"])]
    form = _text(ev, "exploitation")
    cells["exploitation"] = None if form is None else _EM_FORM[form]
    if rng.random() < 0.012:
        cells["n_persons"] = None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _int(ev, "n_persons")
    if rng.random() < 0.06:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"] = _int(ev, "n_suspects")
    cells["gender"] = str(ev["gender"])
    cells["age_group"] = {"adult": "adults", "child": "minors", "mixed": "mixed"}[
        str(ev["age_group"])
    ]
    nat = str(ev["nationality"])
    r = rng.random()
    if r < 0.02:
        cells["nationality"] = "UNK"
        exp["nationality"] = None
        tags += ["unknown_nationality", "blank_nationality"]
    elif r < 0.12:
        cells["nationality"] = _name(nat, "en")
        tags.append("name")
    else:
        cells["nationality"] = nat
        tags.append("iso3")
    cells["origin_country"] = iso_codes(str(ev["origin_country"]))[0]
    cells["destination_country"] = str(ev["destination_country"])
    cells["detection_country"] = iso_codes(str(ev["detection_country"]))[1]
    tags += ["iso2", "m49"]
    transit = _codes(_text(ev, "transit_countries"))
    cells["transit_countries"] = ";".join(transit) if transit else None
    cells["transport_mode"] = str(ev["transport_mode"])
    if rng.random() < 0.08:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        lat, lon = round(cast(float, ev["lat"]), 4), round(cast(float, ev["lon"]), 4)
        cells["lat"], cells["lon"] = lat, lon
        exp["lat"], exp["lon"] = lat, lon
    cells["place"] = str(ev["hotspot"])
    offences = _codes(_text(ev, "linked_offences"))
    cells["linked_offences"] = ";".join(_EM_OFFENCE[o] for o in offences) or None
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The sources and the variant
# --------------------------------------------------------------------------------------
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source="unite_migrant_workers",
        filename="unite_migrant_workers_lw.csv",
        ref="UMW/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Case ref",
            "event_date": "Date of incident",
            "crime_type": "Case type",
            "n_persons": "No. of people",
            "n_suspects": "Exploiters/facilitators named",
            "gender": "Sex",
            "age_group": "Age group",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "destination_country": "Destination",
            "detection_country": "Country identified in",
            "transit_countries": "Route",
            "transport_mode": "Travel",
            "place": "Town",
            "linked_offences": "Other offences",
        },
        note="Note: export from Unite casework system - figures not verified, do not circulate",
        total="TOTAL",
        bad_count=("#VALUE!", "see case notes"),
        repeats=True,
    ),
    ExaminerSource(
        source="cgt_travailleurs_migrants",
        filename="cgt_travailleurs_migrants_lw.csv",
        ref="CGT-TM-{year}-{seq:03d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb passeurs / employeurs",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays traversés",
            "transport_mode": "Moyen de transport",
            "place": "Commune",
            "linked_offences": "Infractions connexes",
        },
        note="NB : fiches non vérifiées, usage interne au collectif",
        total="Total général",
        bad_count=("#VALEUR!", "voir PV"),
        repeats=False,
    ),
    ExaminerSource(
        source="suntracs_ddhh",
        filename="suntracs_ddhh_lw.xlsx",
        ref="SDH-{seq:04d}-{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "No. de caso",
            "event_date": "Fecha",
            "crime_type": "Tipo de caso",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cant. de personas",
            "n_suspects": "Cant. de coyotes / tratantes",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "place": "Lugar",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: información preliminar de la Secretaría de Derechos Humanos",
        total="TOTAL GENERAL",
        bad_count=("#¡VALOR!", "ver observación"),
        repeats=True,
    ),
    ExaminerSource(
        source="sindja_jornaleros",
        filename="sindja_jornaleros_lw.csv",
        ref="SJ-{year}-{seq:03d}",
        format="csv",
        encoding="utf-8",
        delimiter=",",
        language="es",
        headers={
            "stamp": "Marca temporal",
            "event_date": "Fecha del cruce",
            "crime_type": "¿Qué pasó?",
            "exploitation": "Si hubo explotación, ¿de qué tipo?",
            "n_persons": "¿Cuántas personas venían en el grupo?",
            "n_suspects": "¿Cuántos polleros o guías?",
            "gender": "Sexo de las personas",
            "age_group": "Edades",
            "nationality": "Nacionalidad",
            "origin_country": "¿De qué país salieron?",
            "destination_country": "¿A qué país iban?",
            "detection_country": "¿En qué país los detuvieron o rescataron?",
            "transit_countries": "¿Por qué países pasaron?",
            "transport_mode": "¿Cómo cruzaron?",
            "place": "Lugar de cruce",
            "linked_offences": "¿Hubo otros delitos?",
            "source_ref": "Folio",
        },
        note="Nota: respuestas del formulario sin verificar",
        total="Total",
        bad_count=("muchos", "varios", "un grupo grande"),
        repeats=False,
    ),
    ExaminerSource(
        source="euromed_monitor",
        filename="euromed_monitor_lw.jsonl",
        ref="EMM-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "event_date": "date",
            "crime_type": "category",
            "exploitation": "exploitation_type",
            "n_persons": "persons",
            "n_suspects": "perpetrators",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "origin_cc",
            "destination_country": "destination",
            "detection_country": "country_m49",
            "transit_countries": "transit",
            "transport_mode": "mode",
            "lat": "lat",
            "lon": "lon",
            "place": "place_name",
            "linked_offences": "linked_crimes",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "dozens"),
        repeats=False,
    ),
)
_UNITE, _CGT, _SUNTRACS, _SINDJA, _EUROMED = (s.source for s in SOURCES)

_WRITERS: dict[str, Callable[[dict[str, object], _Rng, bool], _Out]] = {
    _UNITE: _unite,
    _CGT: _cgt,
    _SUNTRACS: _suntracs,
    _SINDJA: _sindja,
    _EUROMED: _euromed,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    """Write one true event as ``src`` does: ``(cells, expected, tags)``."""
    cells, exp, tags = _WRITERS[src.source](ev, rng, partial_ok)
    if forced_blank is not None:
        _apply_blank(forced_blank, cells, exp, tags)
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine, in the source's own style."""
    if kind == "no_date":
        return None
    day = choice(rng, ("30", "31"))
    if kind == "bad_date":  # the 30th or 31st of February
        if src.source == _SINDJA:
            return f"{ts.year}/02/{day}"
        if src.source == _EUROMED:
            return f"{ts.year}-02-{day}"
        return f"{day}/02/{ts.year}"
    year = ts.year + 1000  # a slip of the first digit: 2023 -> 3023
    if src.source == _SINDJA:
        return f"{year}/{ts.month:02d}/{ts.day:02d}"
    if src.source == _EUROMED:
        return f"{year}-{ts.month:02d}-{ts.day:02d}"
    return f"{ts.day:02d}/{ts.month:02d}/{year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its last case)."""
    if src.source == _SUNTRACS:
        return last.to_pydatetime()
    if src.source == _SINDJA:
        return last.strftime("%Y/%m/%d")
    if src.source == _EUROMED:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: The variant: who first reports which event, who reports it again, and how they write.
BLIND333: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"GBR": _UNITE, "FRA": _CGT, "PAN": _SUNTRACS, "USA": _SINDJA},
    compilation=_EUROMED,
    secondary={
        ("channel", "FRA"): _UNITE,
        ("channel", "GBR"): _CGT,
        ("thb_vnm_gbr", "GBR"): _EUROMED,
        ("darien", "PAN"): _EUROMED,
        ("us_mex", "USA"): _EUROMED,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=333,
    blank_share=0.35,
)


def make_blind333(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind333`` sources would (files ``*_lw.*``).

    Unite's migrant-workers desk first reports the events found in the United Kingdom,
    the CGT's migrant workers' collective those in France, SUNTRACS those in Panamá and
    SINDJA those of the US-Mexico border; Euro-Med Monitor's incident database reports
    every other event (Italy, Greece, Spain, Croatia, Poland). Channel crossings are
    reported a second time across the Channel (Unite <-> CGT), and Euro-Med Monitor
    reports again some Viet Nam-UK, Darién and US-Mexico events.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``unite_migrant_workers_lw.csv``, ``cgt_travailleurs_migrants_lw.csv``,
        ``suntracs_ddhh_lw.xlsx``, ``sindja_jornaleros_lw.csv`` and
        ``euromed_monitor_lw.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind333(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['unite_migrant_workers_lw.csv', 'cgt_travailleurs_migrants_lw.csv',
     'suntracs_ddhh_lw.xlsx', 'sindja_jornaleros_lw.csv', 'euromed_monitor_lw.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:2]]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[0], subs[3].frame.columns[-1]
    ('Marca temporal', 'Folio')
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND333, truth, seed=seed)
