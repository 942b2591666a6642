"""Examiner sample set ``blind135`` (files ``*_eg.*``): five desks of the Eastern route.

Five agencies, none used by an earlier set, each writing its export its own way. The
set leans to the trafficking of persons out of Eastern Europe (Romania, Moldova,
Ukraine, the Balkans) into Western Europe, as seen by the desks that follow it:

``politia_ro_madrid_eg.xlsx``
    Romanian Police, internal-affairs attaché at the Embassy of Romania in Madrid
    (*Ataşat de afaceri interne*). Spanish workbook with a Romanian reference header
    (``Nr. dosar``); real Excel dates, a few typed dates and a few bare Excel serials;
    Spanish country names and demonyms (``marroquí``), ISO alpha-2 codes, now and then
    ``România``; transit countries joined by `` - ``; numeric coordinates. Reports the
    events detected in Spain, and Romanian-network cases in Italy a second time.
``cctp_md_roma_eg.csv``
    Moldovan Police, Centre for Combating Trafficking in Persons (CCTP), liaison officer
    in Rome. French, cp1252, ``;``, CRLF; dates ``17.05.2023`` (Moldovan style), months
    as ``mai 2023``, quarters as ``T2 2023``; French country names, some without their
    accents, some pasted from a UTF-8 export (mojibake ``Ã‰gypte``); the route joined by
    `` > ``; one ``Coordonnées GPS`` cell such as ``35,50123 N / 12,60456 E`` (``O`` for
    west); counts with a no-break space as thousands separator. Reports Italy.
``npu_ua_london_eg.csv``
    National Police of Ukraine, police liaison officer at the Embassy of Ukraine in
    London. English, UTF-16 with BOM, tab-delimited ("Unicode text" export of Excel on a
    Ukrainian desktop): dates ``17.05.2023``, decimal commas in ``Lat``/``Long``,
    English country names and aliases (``UK``), some alpha-2 codes; the Ukrainian code's
    wording for smuggling (``Illegal transfer of persons across the border``). Reports the
    United Kingdom and the French side of the Channel; re-sends a few rows.
``marri_skopje_eg.csv``
    MARRI Regional Centre (Migration, Asylum, Refugees Regional Initiative), Skopje.
    English, UTF-8 with BOM, ``,``; ISO dates, ``2023-05`` and ``2023-Q2`` partial dates;
    ISO alpha-3 codes, the route as ``TUR-BGR-SRB-BIH``; a ``GPS`` cell
    ``45.15012, 15.74033``. Reports the Balkan-route detections at the Croatian border,
    and some Greek ones a second time.
``occrp_digest_eg.jsonl``
    OCCRP (Organized Crime and Corruption Reporting Project) daily news digest, as JSON
    lines from its feed: dates ``17 May 2023``, English names, aliases (``U.S.``,
    ``Turkey``) and demonyms (``Venezuelan``), small counts in words (``three``),
    ``undisclosed`` counts, the route and the related crimes as JSON lists. The
    compilation: it reports every event no desk reports (Greece, Poland, Panama, the
    United States) and a second time some that the desks report too; it re-sends a few
    stories.

What a careful analyst cannot read is planted as a bad row (an impossible or missing
date, a date keyed ten years ahead, a negative or worded count), a blank or an
"unknown", and the truth says so.
"""

from __future__ import annotations

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

__all__ = ["SOURCES", "Blind135Source", "make_blind135"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Blind135Source(ExaminerSource):
    """A source of the ``blind135`` set: the shared fields plus its wording key.

    Attributes
    ----------
    desk : str
        Key of the source's wording tables (``"ro"``, ``"md"``, ``"ua"``, ``"marri"``,
        ``"occrp"``).
    """

    desk: str = ""


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_RO = Blind135Source(
    source="politia_ro_madrid_eg",
    filename="politia_ro_madrid_eg.xlsx",
    ref="{seq}/AAI-MAD/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nr. dosar",
        "event_date": "Fecha del hecho",
        "detection_country": "País de detección",
        "place": "Lugar",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino final",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación por la parte española",
    total="TOTAL GENERAL",
    bad_count=("varios", "decenas", "numerosos"),
    repeats=False,
    desk="ro",
)
_MD = Blind135Source(
    source="cctp_md_roma_eg",
    filename="cctp_md_roma_eg.csv",
    ref="CCTP-RM/{seq:05d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche CCTP",
        "event_date": "Date des faits",
        "crime_type": "Infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes/migrants",
        "n_suspects": "Nb suspects interpellés",
        "gender": "Sexe",
        "age_group": "Majeur/mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Itinéraire (transit)",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données transmises par la partie italienne, non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=False,
    desk="md",
)
_UA = Blind135Source(
    source="npu_ua_london_eg",
    filename="npu_ua_london_eg.csv",
    ref="NPU-LON-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Ref. No.",
        "event_date": "Date of detection",
        "detection_country": "Country of detection",
        "place": "Location",
        "crime_type": "Offence",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of victims/migrants",
        "n_suspects": "Suspects arrested",
        "gender": "Gender",
        "age_group": "Adult/Minor",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Transit countries",
        "destination_country": "Destination",
        "transport_mode": "Mode of transport",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Related offences",
    },
    note="Note: provisional figures as shared by UK and French partners",
    total="Total",
    bad_count=("several", "multiple", "a group"),
    repeats=True,
    desk="ua",
)
_MARRI = Blind135Source(
    source="marri_skopje_eg",
    filename="marri_skopje_eg.csv",
    ref="MARRI/RC/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "MARRI ref",
        "event_date": "Date of apprehension",
        "detection_country": "Apprehended in",
        "crime_type": "Category",
        "exploitation": "Exploitation",
        "n_persons": "Group size",
        "n_suspects": "Facilitators",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Citizenship (ISO)",
        "origin_country": "Country of origin",
        "transit_countries": "Route",
        "destination_country": "Intended destination",
        "transport_mode": "Means of transport",
        "coordinates": "GPS",
        "linked_offences": "Associated offences",
    },
    note="Note: provisional data, figures of the last quarter pending",
    total="Total",
    bad_count=("several", "a few", "group"),
    repeats=False,
    desk="marri",
)
_OCCRP = Blind135Source(
    source="occrp_digest_eg",
    filename="occrp_digest_eg.jsonl",
    ref="occrp-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "story_id",
        "event_date": "incident_date",
        "detection_country": "country",
        "place": "location",
        "crime_type": "crime",
        "exploitation": "exploitation",
        "n_persons": "people",
        "n_suspects": "arrests",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "route",
        "destination_country": "destination",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_crimes",
    },
    note=None,
    total="DIGEST TOTAL",
    bad_count=("dozens", "scores of", "hundreds"),
    repeats=True,
    desk="occrp",
)

#: The five sources, in the order :func:`make_blind135` returns them.
SOURCES: tuple[Blind135Source, ...] = (_RO, _MD, _UA, _MARRI, _OCCRP)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "ro": {
        "trafficking": ("Trata de seres humanos", "TSH", "trata de personas"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular",
            "tráfico de migrantes",
        ),
        "both": ("Trata y tráfico de migrantes", "TSH + tráfico ilícito"),
    },
    "md": {
        "trafficking": ("Traite des êtres humains", "TEH", "traite des personnes"),
        "smuggling": (
            "Trafic illicite de migrants",
            "trafic de migrants",
            "organisation de la migration illégale",
        ),
        "both": ("TEH et trafic de migrants", "traite + trafic de migrants"),
    },
    "ua": {
        "trafficking": ("THB", "Trafficking in human beings", "Human trafficking"),
        "smuggling": (
            "Migrant smuggling",
            "Illegal transfer of persons across the border",
            "Smuggling of migrants",
        ),
        "both": ("THB + smuggling", "Trafficking and smuggling"),
    },
    "marri": {
        "trafficking": ("THB", "Trafficking in Human Beings"),
        "smuggling": ("SoM", "Smuggling of Migrants"),
        "both": ("THB/SoM",),
    },
    "occrp": {
        "trafficking": ("human trafficking", "trafficking in persons"),
        "smuggling": ("people smuggling", "human smuggling", "migrant smuggling"),
        "both": ("trafficking and smuggling", "human trafficking, people smuggling"),
    },
}
_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    "ro": {
        "sexual": ("explotación sexual", "prostitución coactiva"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas",),
    },
    "md": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    "ua": {
        "sexual": ("sexual exploitation", "sexual"),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("criminal exploitation", "forced criminality"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "marri": {
        "sexual": ("Sexual",),
        "forced_labour": ("Labour",),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "occrp": {
        "sexual": ("sexual exploitation", "forced prostitution"),
        "forced_labour": ("forced labor", "labor exploitation"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ harvesting",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "ro": {
        "female": ("mujeres", "mujer", "femenino"),
        "male": ("varones", "hombres", "masculino"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    "md": {
        "female": ("femmes", "féminin", "F"),
        "male": ("hommes", "masculin", "H"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    "ua": {
        "female": ("female", "F", "women"),
        "male": ("male", "M", "men"),
        "mixed": ("mixed", "M/F"),
    },
    "marri": {"female": ("F", "Female"), "male": ("M", "Male"), "mixed": ("Mixed", "M+F")},
    "occrp": {
        "female": ("women", "female"),
        "male": ("men", "male"),
        "mixed": ("men and women", "mixed"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "ro": {
        "child": ("menores", "menor de edad"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y menores", "mixto"),
    },
    "md": {
        "child": ("mineurs", "enfants"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "ua": {
        "child": ("minor", "child", "under 18"),
        "adult": ("adult", "18+"),
        "mixed": ("adults & minors", "mixed"),
    },
    "marri": {"child": ("Minors", "Children"), "adult": ("Adults",), "mixed": ("Adults/minors",)},
    "occrp": {
        "child": ("children", "minors"),
        "adult": ("adults",),
        "mixed": ("adults and children",),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "ro": {
        "sea": ("marítimo", "patera", "embarcación neumática"),
        "land": ("terrestre", "vehículo", "a pie"),
        "air": ("aéreo", "vuelo comercial"),
    },
    "md": {
        "sea": ("maritime", "embarcation", "bateau"),
        "land": ("terrestre", "voiture", "autocar"),
        "air": ("aérien", "avion"),
    },
    "ua": {
        "sea": ("small boat", "boat", "maritime"),
        "land": ("lorry", "HGV", "car", "coach"),
        "air": ("air", "flight"),
    },
    "marri": {"sea": ("Sea", "Boat"), "land": ("Land", "On foot", "Truck"), "air": ("Air",)},
    "occrp": {
        "sea": ("boat", "dinghy"),
        "land": ("truck", "on foot", "by road"),
        "air": ("plane", "flight"),
    },
}
#: What each desk writes when the age group or transport is "not applicable / not stated".
_NA_WORD = {"ro": "no consta", "md": "non déterminé", "ua": "n/a", "marri": "N/A"}
_NA_WORD_OCCRP = "not stated"
_OFFENCES: dict[str, dict[str, str]] = {
    "ro": {
        "document_fraud": "falsedad documental",
        "corruption": "cohecho",
        "money_laundering": "blanqueo de capitales",
        "illicit_goods": "tráfico de drogas",
        "cybercrime": "ciberdelincuencia",
        "terrorism": "terrorismo",
    },
    "md": {
        "document_fraud": "faux documents",
        "corruption": "corruption",
        "money_laundering": "blanchiment d'argent",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    "ua": {
        "document_fraud": "document fraud",
        "corruption": "bribery",
        "money_laundering": "money laundering",
        "illicit_goods": "drugs",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
    "marri": {
        "document_fraud": "forged documents",
        "corruption": "corruption",
        "money_laundering": "money laundering",
        "illicit_goods": "smuggling of goods",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
    "occrp": {
        "document_fraud": "fake documents",
        "corruption": "bribery",
        "money_laundering": "money laundering",
        "illicit_goods": "drug trafficking",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
}
_OFFENCE_SEP = {"ro": " / ", "md": ", ", "ua": "; ", "marri": "/"}
_TRANSIT_SEP = {"ro": " - ", "md": " > ", "ua": ", ", "marri": "-"}
_COUNT_PLACEHOLDER = {
    "ro": "sin determinar",
    "md": "n.c.",
    "ua": "n/k",
    "marri": "unknown",
    "occrp": "undisclosed",
}
_SUSPECT_PLACEHOLDER = {
    "ro": "desconocido",
    "md": "inconnu",
    "ua": "n/k",
    "marri": "unknown",
    "occrp": "unknown",
}
_ZERO_WORD = {"ro": "ninguno", "md": "aucun", "ua": "nil", "marri": "none", "occrp": "none"}
_NUMBER_WORDS = (
    "zero",
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

# Spanish demonyms a Spanish-writing desk uses in the nationality column.
_DEMONYM_ES = {
    "ROU": "rumana",
    "MAR": "marroquí",
    "DZA": "argelina",
    "GIN": "guineana",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "NGA": "nigeriana",
}
# English demonyms of a news digest ("Venezuelan migrants").
_DEMONYM_EN = {
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
    "GIN": "Guinean",
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
# French names as typed without their accents (or with the usual misspelling).
_FR_PLAIN = {
    "EGY": "Egypte",
    "ERI": "Erythrée",
    "NGA": "Nigeria",
    "SEN": "Senegal",
    "BGD": "Bengladesh",
    "CIV": "Cote d'Ivoire",
    "GIN": "Guinee",
    "ECU": "Equateur",
}
# Aliases a news desk writes.
_ALIAS_EN = {
    "USA": ("U.S.", "US", "United States"),
    "GBR": ("Britain", "UK"),
    "TUR": ("Turkey",),
    "CIV": ("Ivory Coast",),
    "VNM": ("Vietnam",),
    "SYR": ("Syria",),
    "RUS": ("Russia",),
    "MKD": ("North Macedonia",),
    "BIH": ("Bosnia",),
}


def _name(code: str, lang: str) -> str:
    """Return the country's name in ``lang`` (``en``, ``fr`` or ``es``)."""
    return str(COUNTRIES[code][{"en": 1, "fr": 2, "es": 3}[lang]])


def _country(
    src: Blind135Source, code: str | None, col: str, rng: _Rng
) -> tuple[str | None, str | None]:
    """Write one country as the desk does; return (cell, messiness tag or None)."""
    if code is None:
        return None, None
    desk, r = src.desk, rng.random()
    if desk == "ro":
        if code == "ESP" and col == "detection_country":
            return choice(rng, ("España", "España", "ESPAÑA", "ES")), None
        if col == "nationality" and code in _DEMONYM_ES and r < 0.4:
            return _DEMONYM_ES[code], f"demonym:{col}"
        if code == "ROU" and r < 0.5:
            return "România", f"own_language:{col}"
        if r < 0.15:
            return iso_codes(code)[0], f"iso2:{col}"
        if r < 0.22:
            return _name(code, "es").upper(), f"case:{col}"
        return _name(code, "es"), None
    if desk == "md":
        if code in _FR_PLAIN and r < 0.12:
            return _FR_PLAIN[code], f"no_accent:{col}"
        if r < 0.2:
            return code, f"iso3:{col}"
        if r < 0.28:
            return _name(code, "fr").upper(), f"case:{col}"
        return _name(code, "fr"), None
    if desk == "ua":
        if code == "GBR" and r < 0.5:
            return choice(rng, ("UK", "Great Britain")), f"alias:{col}"
        if code == "VNM" and r < 0.5:
            return "Vietnam", f"alias:{col}"
        if r < 0.15:
            return iso_codes(code)[0], f"iso2:{col}"
        if r < 0.22:
            return _name(code, "en").upper(), f"case:{col}"
        if r < 0.24:
            return COUNTRIES[code][5], f"typo:{col}"
        return _name(code, "en"), None
    if desk == "marri":
        if r < 0.8:
            return code, None
        if r < 0.9:
            return _name(code, "en"), f"name:{col}"
        return iso_codes(code)[0], f"iso2:{col}"
    # the news digest
    if col == "nationality" and code in _DEMONYM_EN and r < 0.5:
        return _DEMONYM_EN[code], f"demonym:{col}"
    if code in _ALIAS_EN and r < 0.7:
        return choice(rng, _ALIAS_EN[code]), f"alias:{col}"
    return _name(code, "en"), None


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _day_text(src: Blind135Source, ts: pd.Timestamp) -> str:
    """Return the day as the desk types it."""
    if src.desk in ("md", "ua"):
        return ts.strftime("%d.%m.%Y")
    if src.desk == "marri":
        return ts.strftime("%Y-%m-%d")
    if src.desk == "occrp":
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    return ts.strftime("%d/%m/%Y")


def _month_text(src: Blind135Source, ts: pd.Timestamp) -> str:
    if src.desk == "ro":
        return f"{_MONTHS_ES[ts.month - 1]} de {ts.year}"
    if src.desk == "md":
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
    if src.desk == "marri":
        return ts.strftime("%Y-%m")
    return f"{MONTHS[ts.month - 1]} {ts.year}"


def _quarter_text(src: Blind135Source, ts: pd.Timestamp) -> str:
    q = (ts.month - 1) // 3 + 1
    if src.desk == "ro":
        return f"{q}º trimestre {ts.year}"
    if src.desk == "md":
        return f"T{q} {ts.year}"
    if src.desk == "marri":
        return f"{ts.year}-Q{q}"
    return f"Q{q} {ts.year}"


def _date(
    src: Blind135Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write the event's date; return (cell, expected date, precision, tag)."""
    r = rng.random()
    if partial_ok and r < 0.05:
        return _month_text(src, ts), ts.to_period("M").start_time, "month", "partial_date"
    if partial_ok and r < 0.075:
        return _quarter_text(src, ts), ts.to_period("Q").start_time, "quarter", "partial_date"
    if src.format == "xlsx":  # a workbook: real dates, some typed, some bare serials
        if r < 0.17:
            return _day_text(src, ts), ts, "day", "typed_date"
        if r < 0.24:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
        return ts.to_pydatetime(), ts, "day", None
    if src.desk == "md" and r < 0.15:  # a few typed with slashes, still day first
        return ts.strftime("%d/%m/%Y"), ts, "day", "slash_date"
    return _day_text(src, ts), ts, "day", None


def _bad_date(src: Blind135Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell no analyst can use: missing, impossible or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # 2023 keyed as 2033
        ahead = pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))
        return ahead.to_pydatetime() if src.format == "xlsx" else _day_text(src, ahead)
    day = choice(rng, ("30", "31"))
    month = "02" if day == "30" else choice(rng, ("02", "04", "06", "09", "11"))
    if src.desk == "marri":
        return f"{ts.year}-{month}-{day}"
    if src.desk == "occrp":
        return f"{day} {MONTHS[int(month) - 1]} {ts.year}"
    sep = "." if src.desk in ("md", "ua") else "/"
    return f"{day}{sep}{month}{sep}{ts.year}"


def _note_date(src: Blind135Source, last: pd.Timestamp) -> object:
    """Date written on the note row: the day of the export, after the last row."""
    day = last + pd.Timedelta(days=3)
    return day.to_pydatetime() if src.format == "xlsx" else _day_text(src, day)


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _persons(src: Blind135Source, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
    """Write the number of persons; return (cell, expected, tag)."""
    r = rng.random()
    if r < 0.02:
        return _COUNT_PLACEHOLDER[src.desk], None, "count_placeholder"
    if src.format == "xlsx":
        return n, n, None
    if src.desk == "occrp":
        if n <= 12 and r < 0.35:
            return _NUMBER_WORDS[n], n, "count_word"
        return n, n, None
    if n >= 1000:
        if src.desk == "md":
            return f"{n // 1000}\u00a0{n % 1000:03d}", n, "thousands"
        if src.desk == "ua":
            return f"{n // 1000},{n % 1000:03d}", n, "thousands"
    return str(n), n, None


def _suspects(
    src: Blind135Source, n: int, rng: _Rng, blank: bool
) -> tuple[object, int | None, str | None]:
    """Write the number of suspects; return (cell, expected, tag)."""
    if blank:
        return None, None, "blank_n_suspects"
    r = rng.random()
    if r < 0.03:
        return _SUSPECT_PLACEHOLDER[src.desk], None, "suspects_placeholder"
    if n == 0 and r < 0.35:
        return _ZERO_WORD[src.desk], 0, "zero_word"
    if src.format in ("xlsx", "jsonl"):
        return n, n, None
    return str(n), n, None


def _dec(x: float, places: int, comma: bool) -> str:
    text = f"{x:.{places}f}"
    return text.replace(".", ",") if comma else text


def _place(
    src: Blind135Source, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write the location; return (cells, expected lat, expected lon, tag)."""
    pair = "coordinates" in src.headers
    if blank:
        return (
            ({"coordinates": None} if pair else {"lat": None, "lon": None}),
            None,
            None,
            ("blank_coordinates"),
        )
    if rng.random() < 0.06:  # no position in the report
        return (
            ({"coordinates": None} if pair else {"lat": None, "lon": None}),
            None,
            None,
            ("coords_missing"),
        )
    if src.desk == "md":  # 35,50123 N / 12,60456 E (O = ouest)
        la, lo = round(lat, 5), round(lon, 5)
        text = (
            f"{_dec(abs(la), 5, True)} {'N' if la >= 0 else 'S'} / "
            f"{_dec(abs(lo), 5, True)} {'E' if lo >= 0 else 'O'}"
        )
        return {"coordinates": text}, la, lo, "coords_hemisphere"
    if src.desk == "marri":
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, None
    if src.desk == "ua":  # Ukrainian desktop: decimal comma
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": _dec(la, 5, True), "lon": _dec(lo, 5, True)}, la, lo, "decimal_comma"
    if src.desk == "occrp":  # geocoded by the feed, four decimals
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo, None
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": la, "lon": lo}, la, lo, None


def _list_cell(
    src: Blind135Source, items: list[str], sep_of: dict[str, str]
) -> object:  # JSON feed: a list; a spreadsheet: one joined cell
    if src.desk == "occrp":
        return items
    return sep_of[src.desk].join(items)


# --------------------------------------------------------------------------------------
# One event as a desk writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Blind135Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    desk = src.desk
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    def tag(t: str | None) -> None:
        if t:
            tags.append(t)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tag(t)

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[desk][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else choice(rng, _EXPLOIT[desk][str(expl)])
    exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"], t = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tag(t)
    cells["n_suspects"], exp["n_suspects"], t = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        forced_blank == "n_suspects",
    )
    tag(t)

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[desk][gender]), gender

    na_word = _NA_WORD.get(desk, _NA_WORD_OCCRP)
    for col, words in (("age_group", _AGE), ("transport_mode", _TRANSPORT)):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = na_word, "unknown"
            tag(f"na_word:{col}")
        else:
            cells[col], exp[col] = choice(rng, words[desk][value]), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = None if ev[col] is None else str(ev[col])
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tag(f"blank_{col}")
            continue
        cells[col], t = _country(src, code, col, rng)
        exp[col] = code
        tag(t)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = [] if desk == "occrp" else None
    else:
        codes = str(transit).split("|")
        if desk == "marri":
            names = codes
        elif desk == "occrp":
            names = [choice(rng, _ALIAS_EN[c]) if c in _ALIAS_EN else _name(c, "en") for c in codes]
        else:
            lang = {"ro": "es", "md": "fr", "ua": "en"}[desk]
            names = [_name(c, lang) for c in codes]
        cells["transit_countries"] = _list_cell(src, names, _TRANSIT_SEP)
    exp["transit_countries"] = transit

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = [] if desk == "occrp" else None
    else:
        said = [_OFFENCES[desk][o] for o in str(offences).split("|")]
        cells["linked_offences"] = _list_cell(src, said, _OFFENCE_SEP)
    exp["linked_offences"] = offences

    place, exp["lat"], exp["lon"], t = _place(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(place)
    tag(t)
    if "place" in src.headers:
        cells["place"] = str(ev["hotspot"])

    if desk == "md" and rng.random() < 0.05:  # a row pasted from a UTF-8 export
        garbled = False
        for key, cell in cells.items():
            if isinstance(cell, str) and key not in ("event_date", "n_persons"):
                bad = mojibake(cell)
                if bad is not None:
                    cells[key] = bad
                    garbled = True
        if garbled:
            tag("mojibake")
    return cells, exp, tags


_EXAMINER: Examiner[Blind135Source] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": _RO.source,
        "ITA": _MD.source,
        "GBR": _UA.source,
        "FRA": _UA.source,
        "HRV": _MARRI.source,
    },
    compilation=_OCCRP.source,
    secondary={
        ("thb_rou_esp", "ESP"): _MD.source,
        ("thb_rou_esp", "ITA"): _RO.source,
        ("emed", "GRC"): _MARRI.source,
        ("channel", "FRA"): _OCCRP.source,
        ("channel", "GBR"): _OCCRP.source,
        ("thb_vnm_gbr", "GBR"): _OCCRP.source,
        ("cmed", "ITA"): _OCCRP.source,
        ("thb_nga_ita", "ITA"): _OCCRP.source,
        ("wbal", "HRV"): _OCCRP.source,
        ("watl", "ESP"): _OCCRP.source,
        ("wmed", "ESP"): _OCCRP.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=135,
    blank_share=0.35,
)


def make_blind135(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind135`` desks would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``politia_ro_madrid_eg.xlsx`` (Spanish), ``cctp_md_roma_eg.csv`` (French,
        cp1252, ``;``), ``npu_ua_london_eg.csv`` (English, UTF-16, tab),
        ``marri_skopje_eg.csv`` (English, UTF-8 with BOM, ``,``) and
        ``occrp_digest_eg.jsonl`` (English, the compilation), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind135(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['politia_ro_madrid_eg.xlsx', 'cctp_md_roma_eg.csv', 'npu_ua_london_eg.csv',
     'marri_skopje_eg.csv', 'occrp_digest_eg.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche CCTP', 'Date des faits', 'Infraction']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
