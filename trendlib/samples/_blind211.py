"""Examiner sample set ``blind211`` (files ``*_he.*``): hotels, short-term rentals, online ads.

Five sources that meet trafficking and smuggling where guests sleep and where adverts are
posted, each writing the way its own tool exports:

``accor_surete``
    Accor, Direction Sûreté Groupe: alerts raised by hotel staff under the group's
    child-protection and anti-trafficking programme (WATCH), French, XLSX. Dates are real
    Excel date-times as the alert tool stamps them, some typed as text, some pasted as bare
    Excel serial numbers; nationality is mostly the ISO alpha-3 code read from the passport's
    machine-readable zone by the check-in scanner; "NC" (non communiqué) where a count is
    not known; "Angleterre" for the United Kingdom. First reports of the events detected in
    France; second reports of the Channel events detected in the United Kingdom and of
    the sexual and labour exploitation cases detected in Italy.
``amaranta_adoratrices``
    Fundación Amaranta (Religiosas Adoratrices), Spain: cases met at arrivals, in flats
    and clubs, Spanish, cp1252 CSV with ``;``. Day-first dates, some month or quarter
    only; Spanish country names with typos, capitals and mojibake (names pasted from a
    UTF-8 export); "1.250" thousands; decimal-comma latitude and longitude; "s/d" where a
    count is not known, "ninguno" for no suspect. First reports of Spain.
``airbnb_lert``
    Airbnb, Law Enforcement Response Team: escalations of listings used as stash houses or
    for exploitation, English, JSON lines (UTF-8). ISO alpha-2 codes, ISO dates and
    date-times, arrays of related policy violations; no route fields. First reports of the
    United States; second reports of the Viet Nam–United Kingdom and Romania–Spain cases.
``mshrpu_uk``
    Modern Slavery and Human Rights Policing Unit (UK police intelligence hub), English,
    UTF-16 tab-separated text saved from Excel ("Unicode Text"), named ``.csv``. UK offence
    wording (MSA 2015 s1/s2, Immigration Act 1971 s25), demonyms for nationality, "Nil"
    suspects, "Not known" counts, day-first dates with and without time. First reports of
    the United Kingdom; second reports of the Channel events detected in France.
``meta_hex``
    Meta, Trust & Safety, human exploitation escalations (smuggling and trafficking adverts
    linked to known incidents), English, UTF-8 CSV with BOM and ``,``. ISO dates, US long
    dates, month and quarter periods; English names, aliases, typos, some ISO alpha-3;
    ISO alpha-2 market codes; "0"/"0" placeholder coordinates. Reports every event no
    other source reports first (Italy, Greece, Croatia, Poland, Panama), and a second
    report of some US–Mexico, Western Mediterranean and Atlantic events.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

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

__all__ = ["BLIND211", "SOURCES", "make_blind211"]

_Rng = np.random.Generator
_Out = tuple[dict[str, object], dict[str, object], list[str]]
_Words = dict[str, dict[str, tuple[str, ...]]]

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_ACCOR = ExaminerSource(
    source="accor_surete",
    filename="accor_surete_he.xlsx",
    ref="WATCH-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° alerte",
        "event_date": "Date de l'alerte",
        "_hotel": "Établissement",
        "detection_country": "Pays",
        "crime_type": "Nature des faits suspectés",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes concernées",
        "n_suspects": "Nb d'individus suspects",
        "gender": "Sexe des personnes",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité (pièce d'identité)",
        "origin_country": "Pays de provenance",
        "destination_country": "Destination déclarée",
        "linked_offences": "Faits associés",
        "coordinates": "Coordonnées GPS",
    },
    note="Extraction WATCH - données non consolidées, diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "un groupe"),
    repeats=False,
)
_AMARANTA = ExaminerSource(
    source="amaranta_adoratrices",
    filename="amaranta_adoratrices_he.csv",
    ref="AM/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de detección",
        "_province": "Provincia",
        "detection_country": "País de detección",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de llegada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales pendientes de validación por coordinación",
    total="TOTAL",
    bad_count=("varios", "varias"),
    repeats=True,
)
_AIRBNB = ExaminerSource(
    source="airbnb_lert",
    filename="airbnb_lert_he.jsonl",
    ref="LERT-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "report_category",
        "exploitation": "exploitation_type",
        "n_persons": "individuals_affected",
        "n_suspects": "suspect_accounts",
        "gender": "affected_gender",
        "age_group": "affected_age_band",
        "nationality": "affected_nationality",
        "detection_country": "listing_country",
        "lat": "listing_lat",
        "lon": "listing_lng",
        "linked_offences": "related_policy_violations",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several"),
    repeats=False,
)
_MSHRPU = ExaminerSource(
    source="mshrpu_uk",
    filename="mshrpu_uk_he.csv",
    ref="IH-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "URN",
        "event_date": "Offence Date",
        "_force": "Force",
        "crime_type": "Offence",
        "exploitation": "Exploitation Type",
        "n_persons": "No. Persons",
        "n_suspects": "No. Suspects",
        "gender": "Sex",
        "age_group": "Adult/Child",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Intended Destination",
        "detection_country": "Country Detected",
        "transport_mode": "Method of Entry",
        "coordinates": "Lat/Long",
        "linked_offences": "Linked Offences",
    },
    note="OFFICIAL-SENSITIVE: provisional extract, not for onward dissemination",
    total="Grand Total",
    bad_count=("Several", "Multiple"),
    repeats=True,
)
_META = ExaminerSource(
    source="meta_hex",
    filename="meta_hex_he.csv",
    ref="HEX-{yy:02d}{seq:06d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "escalation_id",
        "event_date": "incident_date",
        "crime_type": "harm_type",
        "exploitation": "exploitation_subtype",
        "n_persons": "persons_referenced",
        "n_suspects": "facilitator_accounts",
        "gender": "gender",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "detection_country": "country_code",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "linked_harms",
    },
    note="Confidential - prepared for law enforcement liaison only",
    total="total",
    bad_count=("many", "multiple"),
    repeats=True,
)

#: The set's sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (_ACCOR, _AMARANTA, _AIRBNB, _MSHRPU, _META)

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
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
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

# Slips of the keyboard each office makes (hand-written, not generated).
_TYPO = {
    "en": {"IRQ": "Irak"},
    "fr": {
        "AFG": "Afganistan",
        "ALB": "Albannie",
        "ERI": "Erythrée",
        "IRQ": "Iraq",
        "NGA": "Nigéria ",
        "ROU": "Roumaine",
        "SYR": "Syrie ",
        "VNM": "Viet-nam",
        "IRN": "Irann",
    },
    "es": {
        "MAR": "Marrueccos",
        "DZA": "Algelia",
        "SEN": "Senengal",
        "MLI": "Malli",
        "GIN": "Guniea",
        "GMB": "Ganbia",
        "CIV": "Costa de Marfíl",
        "ROU": "Rumanìa",
        "MRT": "Mauritana",
    },
}
_ALIAS = {
    "en": {
        "CIV": "Ivory Coast",
        "GBR": "UK",
        "TUR": "Turkey",
        "VNM": "Vietnam",
        "USA": "USA",
        "GIN": "Guinea-Conakry",
        "BIH": "Bosnia",
        "SYR": "Syrian Arab Republic",
        "RUS": "Russian Federation",
        "MKD": "Macedonia",
        "CHN": "PRC",
        "GMB": "The Gambia",
    },
    "es": {"GIN": "Guinea Conakry", "ROU": "Rumania", "CIV": "Costa de Marfil (Côte d'Ivoire)"},
    "fr": {"GBR": "Angleterre", "VNM": "Vietnam", "CIV": "Côte d'Ivoire"},
}
_DEMONYM = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "ROU": "Romanian",
    "NGA": "Nigerian",
}
_NUM_WORD_ES = {1: "una", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco"}

_CRIME: _Words = {
    "accor_surete": {
        "trafficking": ("Traite des êtres humains", "TEH", "Suspicion de traite"),
        "smuggling": ("Trafic de migrants", "Filière de passeurs", "Aide à l'entrée irrégulière"),
        "both": ("TEH + trafic de migrants", "Traite et passeurs"),
    },
    "amaranta_adoratrices": {
        "trafficking": ("Trata de seres humanos", "Trata", "TSH"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico", "Trata + tráfico de migrantes"),
    },
    "airbnb_lert": {
        "trafficking": ("Human trafficking",),
        "smuggling": ("Human smuggling",),
        "both": ("Human trafficking + smuggling",),
    },
    "mshrpu_uk": {
        "trafficking": ("MSA 2015 s2 Human Trafficking",),
        "smuggling": ("IA 1971 s25 Assisting Unlawful Immigration", "s25 Facilitation"),
        "both": ("MSA 2015 s2 / IA 1971 s25",),
    },
    "meta_hex": {
        "trafficking": ("Human trafficking", "HT"),
        "smuggling": ("Human smuggling", "HS"),
        "both": ("HT/HS", "Smuggling + trafficking"),
    },
}
_EXPL: _Words = {
    "accor_surete": {
        "sexual": ("Exploitation sexuelle", "Prostitution (proxénétisme)"),
        "forced_labour": ("Exploitation par le travail", "Travail forcé"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    "amaranta_adoratrices": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
    },
    "airbnb_lert": {
        "sexual": ("Sex trafficking",),
        "forced_labour": ("Labor trafficking",),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ trafficking",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other exploitation",),
    },
    "mshrpu_uk": {
        "sexual": ("Sexual",),
        "forced_labour": ("Labour",),
        "forced_criminality": ("Criminal",),
        "organ_removal": ("Organ Harvesting",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
    },
    "meta_hex": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labor exploitation",),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
}
# A pure smuggling case has no form of exploitation: the word each office writes for it.
_NOT_APPLICABLE = {
    "accor_surete": "Sans objet",
    "amaranta_adoratrices": "No aplica",
    "mshrpu_uk": "N/A",
}
_GENDER: _Words = {
    "accor_surete": {
        "female": ("Femmes", "F"),
        "male": ("Hommes", "H"),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    "amaranta_adoratrices": {
        "female": ("Mujeres",),
        "male": ("Hombres", "Varones"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    "airbnb_lert": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
    "mshrpu_uk": {"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed",)},
    "meta_hex": {"female": ("female", "F"), "male": ("male", "M"), "mixed": ("mixed",)},
}
_GENDER_ONE = {
    "accor_surete": {"female": "Femme", "male": "Homme"},
    "amaranta_adoratrices": {"female": "Mujer", "male": "Hombre"},
}
_AGE: _Words = {
    "accor_surete": {
        "child": ("Mineurs",),
        "adult": ("Majeurs", "Adultes"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    "amaranta_adoratrices": {
        "child": ("Menores",),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "airbnb_lert": {"child": ("minor",), "adult": ("adult",), "mixed": ("adults and minors",)},
    "mshrpu_uk": {"child": ("Child", "Minor"), "adult": ("Adult",), "mixed": ("Adult & Child",)},
    "meta_hex": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
}
_AGE_ONE = {
    "accor_surete": {"child": "Mineur", "adult": "Majeur"},
    "amaranta_adoratrices": {"child": "Menor", "adult": "Adulto"},
}
# What each office writes when it does not know the sex or the age of the persons.
_UNKNOWN = {
    "accor_surete": ("NC", "Non renseigné"),
    "amaranta_adoratrices": ("Desconocido", "s/d"),
    "mshrpu_uk": ("Not stated", "Not known"),
    "meta_hex": ("unknown",),
}
_OFFENCE = {
    "accor_surete": {
        "document_fraud": "faux papiers",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    "amaranta_adoratrices": {
        "document_fraud": "falsedad documental",
        "corruption": "cohecho",
        "money_laundering": "blanqueo de capitales",
        "illicit_goods": "tráfico de drogas",
        "cybercrime": "ciberdelito",
        "terrorism": "terrorismo",
    },
    "airbnb_lert": {
        "document_fraud": "Fake or altered ID",
        "corruption": "Bribery",
        "money_laundering": "Money laundering",
        "illicit_goods": "Drugs",
        "cybercrime": "Cybercrime",
        "terrorism": "Terrorism",
    },
    "mshrpu_uk": {
        "document_fraud": "False documents",
        "corruption": "Bribery",
        "money_laundering": "Money laundering (POCA)",
        "illicit_goods": "Drugs",
        "cybercrime": "Cyber-enabled",
        "terrorism": "Terrorism",
    },
    "meta_hex": {
        "document_fraud": "Document fraud",
        "corruption": "Corruption",
        "money_laundering": "Money laundering",
        "illicit_goods": "Drugs",
        "cybercrime": "Cybercrime",
        "terrorism": "Terrorism",
    },
}
_OFFENCE_SEP = {
    "accor_surete": ", ",
    "amaranta_adoratrices": ", ",
    "mshrpu_uk": "; ",
    "meta_hex": "; ",
}
# Hotel brands and cities of the Accor alerts, by the truth's hotspot.
_BRANDS = ("ibis", "ibis budget", "ibis Styles", "Novotel", "Mercure", "hotelF1")
_HOTEL_CITY = {
    "Calais": "Calais",
    "Dunkirk/Gravelines": "Dunkerque",
    "Dover": "Douvres",
    "Castel Volturno": "Caserta",
    "Torino": "Torino",
    "Palermo": "Palermo",
    "Latina (Agro Pontino)": "Latina",
}
_PROVINCE = {
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
    "Almería": "Almería",
    "Gran Canaria": "Las Palmas",
    "Tenerife": "S.C. Tenerife",
    "El Hierro": "S.C. Tenerife",
    "Lanzarote": "Las Palmas",
    "Huelva": "Huelva",
    "Almería (El Ejido)": "Almería",
}
_FORCE = {
    "Dover": "Kent",
    "London": "Metropolitan",
    "Birmingham": "West Midlands",
    "Glasgow": "Police Scotland",
    "Calais": "Kent (JIC Coquelles)",
    "Dunkirk/Gravelines": "Kent (JIC Coquelles)",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _str(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int:
    value = ev.get(key)
    return int(value) if value is not None else 0  # type: ignore[call-overload]


def _plain(text: str) -> str:
    """Drop the accents (``Malí`` -> ``Mali``), as a clerk on a keyboard without them does."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name(iso3: str, lang: str) -> str:
    return str(COUNTRIES[iso3][_LANG_COL[lang]])


def _country(
    src: ExaminerSource, iso3: str, rng: _Rng, weights: dict[str, float]
) -> tuple[str, str]:
    """Write a country the source's way, drawing a style from ``weights``; (cell, tag)."""
    lang = src.language
    name = _name(iso3, lang)
    styles = list(weights)
    probs = np.array(list(weights.values()), dtype=float)
    style = styles[int(rng.choice(len(styles), p=probs / probs.sum()))]
    forms: dict[str, str | None] = {
        "name": name,
        "upper": name.upper(),
        "lower": name.lower(),
        "spaces": f"  {name} ",
        "plain": _plain(name) if _plain(name) != name else None,
        "iso3": iso3,
        "iso2": iso_codes(iso3)[0],
        "typo": _TYPO.get(lang, {}).get(iso3)
        or (str(COUNTRIES[iso3][5]) if lang == "en" else None),
        "alias": _ALIAS.get(lang, {}).get(iso3),
        "mojibake": mojibake(name),
        "demonym": _DEMONYM.get(iso3),
    }
    cell = forms.get(style)
    if cell is None or not fits(cell, src):
        return name, ""
    return cell, "" if style == "name" else style


def _countries_cell(
    src: ExaminerSource, codes: str | None, sep: str, rng: _Rng, weights: dict[str, float]
) -> tuple[str | None, list[str]]:
    if codes is None:
        return None, []
    cells, tags = [], []
    for code in codes.split("|"):
        cell, tag = _country(src, code, rng, weights)
        cells.append(cell.strip())
        if tag and tag != "spaces":
            tags.append(tag)
    return sep.join(cells), tags


def _vocab(table: dict[str, tuple[str, ...]], value: str | None, rng: _Rng) -> str | None:
    return None if value is None else choice(rng, table[value])


def _offences(src: ExaminerSource, value: str | None) -> str | None:
    if value is None:
        return None
    words = _OFFENCE[src.source]
    return _OFFENCE_SEP[src.source].join(words[v] for v in value.split("|"))


def _expected(ev: dict[str, object]) -> dict[str, object]:
    """Return the event's values, as read from a row that writes every field."""
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    return {
        "event_date": ts,
        "date_precision": "day",
        "crime_type": _str(ev, "crime_type"),
        "exploitation": _str(ev, "exploitation"),
        "n_persons": _int(ev, "n_persons"),
        "n_suspects": _int(ev, "n_suspects"),
        "gender": _str(ev, "gender"),
        "age_group": _str(ev, "age_group"),
        "nationality": _str(ev, "nationality"),
        "origin_country": _str(ev, "origin_country"),
        "destination_country": _str(ev, "destination_country"),
        "detection_country": _str(ev, "detection_country"),
        "transit_countries": _str(ev, "transit_countries"),
        "transport_mode": _str(ev, "transport_mode"),
        "lat": float(ev["lat"]),  # type: ignore[arg-type]
        "lon": float(ev["lon"]),  # type: ignore[arg-type]
        "linked_offences": _str(ev, "linked_offences"),
    }


def _people(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Write crime type, exploitation, sex and age group the source's way."""
    name = src.source
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[name][crime])
    if ev["exploitation"] is None:
        word = _NOT_APPLICABLE.get(name)
        if word is not None and rng.random() < 0.6:
            cells["exploitation"] = word
            tags.append("not_applicable_word")
        else:
            cells["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, _EXPL[name][str(ev["exploitation"])])
    one = _int(ev, "n_persons") == 1
    pairs: tuple[tuple[str, _Words, dict[str, dict[str, str]]], ...] = (
        ("gender", _GENDER, _GENDER_ONE),
        ("age_group", _AGE, _AGE_ONE),
    )
    for col, table, single in pairs:
        value = str(ev[col])
        if name in _UNKNOWN and rng.random() < 0.02:
            cells[col] = choice(rng, _UNKNOWN[name])
            exp[col] = "unknown"
            tags.append(f"unknown_{col}")
        elif one and value in single.get(name, {}) and rng.random() < 0.5:
            cells[col] = single[name][value]
        else:
            cells[col] = choice(rng, table[name][value])


def _blank(
    src: ExaminerSource,
    field: str | None,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Leave blank the field a second report does not give."""
    if field is None:
        return
    if field == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            if key in src.headers:
                cells[key] = None
        exp["lat"] = exp["lon"] = None
        tags[:] = [t for t in tags if not t.startswith("coords") and t != "decimal_comma"]
    else:
        cells[field] = None
        exp[field] = "unknown" if field == "gender" else None
        drop = {"n_suspects": ("zero_word", "suspects_placeholder"), "gender": ("unknown_gender",)}
        tags[:] = [
            t for t in tags if t not in drop.get(field, ()) and not t.startswith(f"{field}_")
        ]
    tags.append(f"blank_{field}")


def _partial(
    ts: pd.Timestamp, exp: dict[str, object], precision: str, tags: list[str]
) -> pd.Timestamp:
    """Set the expected date of a month or quarter written without its day."""
    freq = "M" if precision == "month" else "Q"
    start = ts.to_period(freq).start_time
    exp["event_date"] = start
    exp["date_precision"] = precision
    tags.append(f"date_{precision}")
    return start


# --------------------------------------------------------------------------------------
# One renderer per source
# --------------------------------------------------------------------------------------
def _accor(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp = _expected(ev)
    tags: list[str] = ["no_route_fields"]
    exp["transit_countries"] = None
    exp["transport_mode"] = "unknown"  # a hotel alert does not say how the guests travel
    r = rng.random()
    if r < 0.78:  # the alert tool stamps the time the alert was raised
        minutes = int(rng.integers(6 * 60, 23 * 60 + 59))
        cells["event_date"] = ts.to_pydatetime() + dt.timedelta(minutes=minutes)
        tags.append("excel_datetime")
    elif r < 0.92:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
        tags.append("text_date")
    else:  # pasted into a cell formatted as a number
        serial = (ts - pd.Timestamp("1899-12-30")).days
        cells["event_date"] = serial if rng.random() < 0.5 else serial + 0.25 + rng.random() / 2
        tags.append("excel_serial")
    hotspot = str(ev["hotspot"])
    city = _HOTEL_CITY.get(hotspot, hotspot)
    cells["_hotel"] = f"{choice(rng, _BRANDS)} {city}"
    det, tag = _country(src, str(ev["detection_country"]), rng, {"name": 0.9, "upper": 0.1})
    cells["detection_country"] = det
    _people(src, ev, rng, cells, exp, tags)
    n = _int(ev, "n_persons")
    if rng.random() < 0.03:
        cells["n_persons"] = "NC"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = n
    k = _int(ev, "n_suspects")
    if rng.random() < 0.02:
        cells["n_suspects"] = "NC"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < 0.4:
        cells["n_suspects"] = "aucun"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k
    nat, tag = _country(
        src,
        str(ev["nationality"]),
        rng,
        {"iso3": 0.55, "name": 0.28, "upper": 0.08, "typo": 0.05, "plain": 0.04},
    )
    cells["nationality"] = nat
    tags += [f"nationality_{tag}"] if tag else []
    for col in ("origin_country", "destination_country"):
        cell, tag = _country(
            src, str(ev[col]), rng, {"name": 0.85, "alias": 0.1, "typo": 0.03, "plain": 0.02}
        )
        cells[col] = cell
        tags += [f"{col}_{tag}"] if tag else []
    cells["linked_offences"] = _offences(src, _str(ev, "linked_offences"))
    if rng.random() < 0.04:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["coordinates"] = f"{float(ev['lat']):.4f}, {float(ev['lon']):.4f}"  # type: ignore[arg-type]
    return cells, exp, tags


def _amaranta(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp = _expected(ev)
    tags: list[str] = []
    r = rng.random()
    if partial_ok and r < 0.05:  # a case file opened later: the month is what is known
        start = _partial(ts, exp, "month", tags)
        month = _MONTHS_ES[start.month - 1]
        cells["event_date"] = (
            f"{month} {start.year}" if rng.random() < 0.5 else start.strftime("%m/%Y")
        )
    elif partial_ok and r < 0.075:
        start = _partial(ts, exp, "quarter", tags)
        cells["event_date"] = f"{(start.month - 1) // 3 + 1}º trimestre {start.year}"
    elif r < 0.2:
        cells["event_date"] = f"{ts.day}/{ts.month}/{ts.year}"
        tags.append("date_unpadded")
    else:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    hotspot = str(ev["hotspot"])
    cells["_province"] = _PROVINCE.get(hotspot, hotspot)
    det, tag = _country(
        src,
        str(ev["detection_country"]),
        rng,
        {"name": 0.8, "upper": 0.1, "plain": 0.05, "mojibake": 0.05},
    )
    cells["detection_country"] = det
    tags += [f"detection_{tag}"] if tag else []
    _people(src, ev, rng, cells, exp, tags)
    n = _int(ev, "n_persons")
    r = rng.random()
    if r < 0.025:
        cells["n_persons"] = "s/d"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and r < 0.75:
        cells["n_persons"] = f"{n:,}".replace(",", ".")
        tags.append("thousands_sep")
    elif n in _NUM_WORD_ES and r < 0.12:
        cells["n_persons"] = _NUM_WORD_ES[n]
        tags.append("count_word")
    else:
        cells["n_persons"] = str(n)
    k = _int(ev, "n_suspects")
    r = rng.random()
    if r < 0.02:
        cells["n_suspects"] = "s/d"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.45:
        cells["n_suspects"] = "ninguno"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    styles = {
        "name": 0.7,
        "upper": 0.08,
        "typo": 0.06,
        "mojibake": 0.06,
        "plain": 0.05,
        "alias": 0.03,
        "spaces": 0.02,
    }
    for col in ("nationality", "origin_country", "destination_country"):
        cell, tag = _country(src, str(ev[col]), rng, styles)
        cells[col] = cell
        tags += [f"{col}_{tag}"] if tag else []
    transit, ttags = _countries_cell(src, _str(ev, "transit_countries"), " - ", rng, styles)
    cells["transit_countries"] = transit
    tags += [f"transit_{t}" for t in ttags]
    mode = str(ev["transport_mode"])
    corridor = str(ev["corridor"])
    if mode == "sea":
        words: tuple[str, ...] = {
            "watl": ("Cayuco", "Cayuco", "Neumática"),
            "wmed": ("Patera", "Neumática", "Embarcación"),
        }.get(corridor, ("Marítimo", "Embarcación"))
    elif mode == "land":
        words = (
            ("Autobús", "Furgoneta", "Terrestre")
            if corridor == "thb_rou_esp"  # workers brought by coach or van
            else ("Terrestre", "A pie", "Vehículo (doble fondo)")
        )
    else:
        words = ("Aéreo", "Avión")
    cells["transport_mode"] = choice(rng, words)
    cells["linked_offences"] = _offences(src, _str(ev, "linked_offences"))
    if rng.random() < 0.05:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        cells["lat"] = f"{lat:.4f}".replace(".", ",")
        cells["lon"] = f"{lon:.4f}".replace(".", ",")
        tags.append("decimal_comma")
    return cells, exp, tags


def _airbnb(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp = _expected(ev)
    tags: list[str] = ["no_route_fields"]
    for col in ("origin_country", "destination_country", "transit_countries"):
        exp[col] = None  # a listing escalation does not know where the guests came from
    exp["transport_mode"] = "unknown"
    r = rng.random()
    if partial_ok and r < 0.05:
        start = _partial(ts, exp, "month", tags)
        cells["event_date"] = start.strftime("%Y-%m")
    elif r < 0.35:  # the incident as logged, in UTC, during the day
        minutes = int(rng.integers(8 * 60, 20 * 60))
        stamp = ts + pd.Timedelta(minutes=minutes)
        cells["event_date"] = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
        tags.append("iso_datetime")
    else:
        cells["event_date"] = ts.strftime("%Y-%m-%d")
    _people(src, ev, rng, cells, exp, tags)
    if rng.random() < 0.025:
        cells["n_persons"] = "unknown"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _int(ev, "n_persons")
    cells["n_suspects"] = _int(ev, "n_suspects")
    cells["nationality"] = iso_codes(str(ev["nationality"]))[0]
    cells["detection_country"] = iso_codes(str(ev["detection_country"]))[0]
    tags.append("iso2")
    offences = _str(ev, "linked_offences")
    words = _OFFENCE[src.source]
    cells["linked_offences"] = [words[v] for v in offences.split("|")] if offences else []
    if rng.random() < 0.03:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["lat"] = round(float(ev["lat"]), 5)  # type: ignore[arg-type]
        cells["lon"] = round(float(ev["lon"]), 5)  # type: ignore[arg-type]
    return cells, exp, tags


def _mshrpu(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp = _expected(ev)
    tags: list[str] = []
    r = rng.random()
    if partial_ok and r < 0.04:  # "between dates" offences: the month recorded
        start = _partial(ts, exp, "month", tags)
        cells["event_date"] = f"{_MONTHS_EN[start.month - 1]} {start.year}"
    elif r < 0.48:
        minutes = int(rng.integers(0, 24 * 60))
        cells["event_date"] = (ts + pd.Timedelta(minutes=minutes)).strftime("%d/%m/%Y %H:%M")
        tags.append("date_time")
    elif r < 0.9:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    else:
        cells["event_date"] = f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}"
        tags.append("long_date")
    hotspot = str(ev["hotspot"])
    cells["_force"] = _FORCE.get(hotspot, "NCA")
    _people(src, ev, rng, cells, exp, tags)
    if ev["crime_type"] == "trafficking" and ev["exploitation"] in (
        "forced_labour",
        "forced_criminality",
    ):
        if rng.random() < 0.5:
            cells["crime_type"] = "MSA 2015 s1 Slavery, Servitude & Forced Labour"
    if rng.random() < 0.025:
        cells["n_persons"] = "Not known"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = str(_int(ev, "n_persons"))
    k = _int(ev, "n_suspects")
    if k == 0 and rng.random() < 0.5:
        cells["n_suspects"] = "Nil"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    nat, tag = _country(
        src, str(ev["nationality"]), rng, {"demonym": 0.65, "name": 0.25, "upper": 0.1}
    )
    cells["nationality"] = nat
    tags += [f"nationality_{tag}"] if tag else []
    names = {"name": 0.8, "alias": 0.12, "upper": 0.08}
    for col in ("origin_country", "destination_country", "detection_country"):
        cell, tag = _country(src, str(ev[col]), rng, names)
        cells[col] = cell
        tags += [f"{col}_{tag}"] if tag else []
    transit, ttags = _countries_cell(src, _str(ev, "transit_countries"), " > ", rng, names)
    cells["transit_countries"] = transit
    tags += [f"transit_{t}" for t in ttags]
    mode = str(ev["transport_mode"])
    if mode == "sea":
        words: tuple[str, ...] = (
            ("Small boat", "Small boat", "Dinghy")
            if ev["corridor"] == "channel"
            else ("Boat", "Sea")
        )
    elif mode == "land":
        words = ("HGV", "Lorry", "Vehicle", "On foot")
    else:
        words = ("Air", "Flight")
    cells["transport_mode"] = choice(rng, words)
    cells["linked_offences"] = _offences(src, _str(ev, "linked_offences"))
    if ev["corridor"] == "thb_vnm_gbr" and cells["linked_offences"]:
        cells["linked_offences"] = str(cells["linked_offences"]).replace(
            "Drugs", "Drugs (cannabis cultivation)"
        )
    if rng.random() < 0.04:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["coordinates"] = f"{float(ev['lat']):.5f},{float(ev['lon']):.5f}"  # type: ignore[arg-type]
    return cells, exp, tags


def _meta(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp = _expected(ev)
    tags: list[str] = []
    r = rng.random()
    if partial_ok and r < 0.04:  # an advert tied to a crossing of that month
        start = _partial(ts, exp, "month", tags)
        cells["event_date"] = start.strftime("%Y-%m")
    elif partial_ok and r < 0.08:
        start = _partial(ts, exp, "quarter", tags)
        cells["event_date"] = f"Q{(start.month - 1) // 3 + 1} {start.year}"
    elif r < 0.2:
        cells["event_date"] = f"{_MONTHS_EN[ts.month - 1]} {ts.day}, {ts.year}"
        tags.append("us_long_date")
    else:
        cells["event_date"] = ts.strftime("%Y-%m-%d")
    _people(src, ev, rng, cells, exp, tags)
    n = _int(ev, "n_persons")
    r = rng.random()
    if r < 0.025:
        cells["n_persons"] = "unknown"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and r < 0.8:
        cells["n_persons"] = f"{n:,}"
        tags.append("thousands_sep")
    else:
        cells["n_persons"] = str(n)
    k = _int(ev, "n_suspects")
    if k == 0 and rng.random() < 0.25:
        cells["n_suspects"] = "none"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    styles = {
        "name": 0.62,
        "alias": 0.08,
        "lower": 0.08,
        "upper": 0.06,
        "typo": 0.07,
        "iso3": 0.09,
    }
    for col in ("nationality", "origin_country", "destination_country"):
        cell, tag = _country(src, str(ev[col]), rng, styles)
        cells[col] = cell
        tags += [f"{col}_{tag}"] if tag else []
    cells["detection_country"] = iso_codes(str(ev["detection_country"]))[0]
    transit, ttags = _countries_cell(
        src, _str(ev, "transit_countries"), ", ", rng, {"name": 0.85, "alias": 0.15}
    )
    cells["transit_countries"] = transit
    tags += [f"transit_{t}" for t in ttags]
    mode = str(ev["transport_mode"])
    if mode == "sea":
        words: tuple[str, ...] = ("boat", "sea", "dinghy")
    elif mode == "land":
        words = ("land", "on foot", "vehicle", "truck")
    else:
        words = ("air", "flight")
    cells["transport_mode"] = choice(rng, words)
    cells["linked_offences"] = _offences(src, _str(ev, "linked_offences"))
    r = rng.random()
    if r < 0.03:
        cells["lat"] = cells["lon"] = "0"
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    elif r < 0.06:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["lat"] = f"{float(ev['lat']):.3f}"  # type: ignore[arg-type]
        cells["lon"] = f"{float(ev['lon']):.3f}"  # type: ignore[arg-type]
    return cells, exp, tags


_RENDERERS = {
    "accor_surete": _accor,
    "amaranta_adoratrices": _amaranta,
    "airbnb_lert": _airbnb,
    "mshrpu_uk": _mshrpu,
    "meta_hex": _meta,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    cells, exp, tags = _RENDERERS[src.source](src, ev, rng, partial_ok)
    _blank(src, forced_blank, cells, exp, tags)
    return cells, exp, tags


def _date_text(src: ExaminerSource, ts: pd.Timestamp) -> str:
    if src.source in ("airbnb_lert", "meta_hex"):
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # the year's digits typed in the wrong order: 2023 -> 2203
        year = 2200 + ts.year % 100
        day = min(ts.day, 28)
        return _date_text(src, pd.Timestamp(year=year, month=ts.month, day=day))
    iso = src.source in ("airbnb_lert", "meta_hex")
    if rng.random() < 0.5:
        dd = choice(rng, ("30", "31"))
        return f"{ts.year}-02-{dd}" if iso else f"{dd}/02/{ts.year}"
    return f"{ts.year}-13-{ts.day:02d}" if iso else f"{ts.day:02d}/13/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its last case)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return _date_text(src, last)


#: The variant: sources, routing and wording.
BLIND211: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": "accor_surete",
        "ESP": "amaranta_adoratrices",
        "USA": "airbnb_lert",
        "GBR": "mshrpu_uk",
    },
    compilation="meta_hex",
    secondary={
        ("channel", "GBR"): "accor_surete",
        ("thb_nga_ita", "ITA"): "accor_surete",
        ("thb_rou_esp", "ITA"): "accor_surete",
        ("thb_vnm_gbr", "GBR"): "airbnb_lert",
        ("thb_rou_esp", "ESP"): "airbnb_lert",
        ("channel", "FRA"): "mshrpu_uk",
        ("us_mex", "USA"): "meta_hex",
        ("wmed", "ESP"): "meta_hex",
        ("watl", "ESP"): "meta_hex",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=211,
    blank_share=0.3,
)


def make_blind211(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind211`` submissions (files ``*_he.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``accor_surete_he.xlsx`` (French), ``amaranta_adoratrices_he.csv`` (Spanish,
        cp1252, ``;``), ``airbnb_lert_he.jsonl`` (English, UTF-8), ``mshrpu_uk_he.csv``
        (English, UTF-16, tab) and ``meta_hex_he.csv`` (English, UTF-8 with BOM, ``,``),
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind211(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['accor_surete_he.xlsx', 'amaranta_adoratrices_he.csv', 'airbnb_lert_he.jsonl',
     'mshrpu_uk_he.csv', 'meta_hex_he.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-16', 'utf-8-sig']
    >>> subs[1].frame.columns[:3].tolist()
    ['Nº expediente', 'Fecha de detección', 'Provincia']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND211, truth, seed=seed)
