"""Examiner sample set ``blind330`` (files ``*_lt.*``): civil registrars and marriage-fraud units.

Five agencies that meet smuggling and trafficking through sham and forced marriages, each
writing the events it learns of in its own export:

``ho_mras_lt.csv``
    UK Home Office, Immigration Enforcement, Marriage Referral and Assessment Scheme
    (MRAS): register offices' section 24 reports as the case-working system exports them.
    English, UTF-8 with BOM, ``,``; day-first dates (``17/05/2023``, ``17 May 2023``,
    ``May 2023``); nationality often as a demonym (``Albanian``); transit route joined by
    ``" > "``; Home Office wording (``OIC - Facilitation``, ``MSHT``, NRM exploitation
    types, ``Age disputed``).
``scec_nantes_lt.csv``
    French foreign ministry's Service central d'état civil (Nantes), its fraud desk's
    log of referrals to the Nantes prosecutor. French, cp1252, ``;``, CRLF; upper-case
    unaccented country names as the civil registry writes them, the birth-country INSEE
    code in brackets (``MAROC (99350)``), nationality as a feminine adjective
    (``afghane``); legal wording (``L823-1 CESEDA``); no coordinates.
``uscis_fdns_lt.jsonl``
    USCIS Fraud Detection and National Security Directorate (marriage-fraud leads), an
    export of its case system as JSON lines: US month-first dates (``05/17/2023``),
    upper-case country names (``CHINA, PEOPLE'S REPUBLIC OF``), transit countries and
    linked offenses as JSON arrays, ``U`` for an unknown sex, ``UAC`` and ``Family unit``.
``rnec_registro_civil_lt.xlsx``
    Colombia's Registraduría Nacional del Estado Civil, its civil-registry fraud alerts
    (Colombian birth and marriage records obtained by fraud by people moving north through
    the Darién). Spanish workbook: real Excel dates with a few typed ones, Colombian
    wording (``NNA``, ``Matrimonio servil``, ``Lavado de activos``), nationality as an
    adjective (``venezolana``), mojibake in names pasted from an older system, coordinates
    in degrees, minutes and seconds with a decimal comma.
``ce_dgjust_mariages_lt.csv``
    European Commission, DG JUST, free-movement unit: cases of marriages of convenience
    notified by Member States (Art. 35 of Directive 2004/38/EC), the compilation that
    reports every event no other source reports. French, saved from Excel as "Unicode
    text" (UTF-16, tab-delimited); Member States as EU codes (``EL`` for Greece);
    ISO dates, ``17 mai 2023`` and quarters (``T2 2023``); decimal-comma coordinates.

Every cell is written the way its agency would; the truth (``expected`` of each
:class:`~trendlib.samples._messy.Submission`) says what a careful analyst reads from it,
with ``unknown`` or a blank where the cell says the value is not known.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND330", "SOURCES", "Agency", "Style", "make_blind330"]

_Rng = np.random.Generator
Cells = dict[str, object]
Words = Mapping[str, tuple[str, ...]]


# --------------------------------------------------------------------------------------
# How each agency writes
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Style:
    """The wording of one agency: vocabulary words, placeholders and separators.

    Attributes
    ----------
    crime, exploitation, gender, age_group, transport_mode, offences : mapping
        Canonical word -> the agency's words for it (first = the usual one). The
        exploitation table also holds ``"unknown"`` and ``"n/a"`` (written for pure
        smuggling); the others hold ``"unknown"``.
    unknown_nationality : tuple of str
        Words written when the nationality is not known.
    count_unknown : tuple of str
        Words written when the number of persons is not known.
    suspects_unknown : tuple of str
        Words written when the number of suspects is not known.
    zero_words : tuple of str
        Words for "no suspect".
    no_offence : tuple of str or None
        Cells written when there is no linked offence (``None`` = blank).
    no_transit : tuple of str or None
        Cells written when the route had no transit country (``None`` = blank).
    offence_sep : str
        Separator of linked offences.
    transit_sep : str
        Separator of transit countries.
    thousands : tuple of str
        Thousands separators of counts >= 1000 (empty: written plain).
    case_rate : float
        Share of text cells whose case or spacing a clerk changed.
    """

    crime: Words
    exploitation: Words
    gender: Words
    age_group: Words
    transport_mode: Words
    offences: Words
    unknown_nationality: tuple[str, ...]
    count_unknown: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    no_offence: tuple[str | None, ...]
    no_transit: tuple[str | None, ...]
    offence_sep: str
    transit_sep: str
    thousands: tuple[str, ...]
    case_rate: float


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """An :class:`ExaminerSource` with its agency's wording.

    Attributes
    ----------
    style : Style
        Vocabulary words, placeholders and separators of the agency.
    """

    style: Style


# ---- shared country helpers ----------------------------------------------------------
def _plain(text: str) -> str:
    """Return ``text`` without accents (``Côte d’Ivoire`` -> ``Cote d'Ivoire``)."""
    text = text.replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name(iso: str, lang: str) -> str:
    """Return the country's name in ``lang`` from the hand-written table."""
    return str(COUNTRIES[iso][{"en": 1, "fr": 2, "es": 3}[lang]])


def _maybe(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` uniformly (``None`` = a blank cell)."""
    return options[int(rng.integers(len(options)))]


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Draw the usual word 70 % of the time, another of ``words`` otherwise."""
    if len(words) == 1 or rng.random() < 0.7:
        return words[0]
    return choice(rng, words[1:])


# ---- UK Home Office MRAS -------------------------------------------------------------
_DEMONYM_EN = {
    "AFG": "Afghan",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "SDN": "Sudanese",
}


def _mras_country(iso: str, role: str, rng: _Rng) -> tuple[str, list[str]]:
    name = _name(iso, "en")
    r = rng.random()
    if role == "nationality" and iso in _DEMONYM_EN and r < 0.35:
        return _DEMONYM_EN[iso], [f"demonym:{role}"]
    if iso == "GBR" and r < 0.5:
        return ("UK" if r < 0.4 else "Great Britain"), [f"alias:{role}"]
    if iso == "VNM" and r < 0.6:
        return "Vietnam", [f"alias:{role}"]
    if role != "detection_country" and r > 0.96:
        return str(COUNTRIES[iso][5]), [f"typo:{role}"]
    return name, []


def _mras_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str]:
    r = rng.random()
    if partial_ok and r < 0.07:
        return f"{MONTHS[ts.month - 1]} {ts.year}", "month"
    if r < 0.27:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "day"
    return ts.strftime("%d/%m/%Y"), "day"


def _mras_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, (f"31/02/{ts.year}", f"{ts.day:02d}/13/{ts.year}", f"31/06/{ts.year}"))
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year + 100}"  # 2023 keyed as 2123


# ---- French SCEC ---------------------------------------------------------------------
#: INSEE (COG) codes of the countries of birth the civil registry writes beside the name.
_INSEE = {
    "AFG": "99212",
    "ALB": "99125",
    "BGD": "99246",
    "CIV": "99326",
    "DZA": "99352",
    "EGY": "99301",
    "ERI": "99317",
    "GIN": "99330",
    "IRN": "99204",
    "IRQ": "99203",
    "MAR": "99350",
    "MLI": "99335",
    "NGA": "99315",
    "PAK": "99213",
    "SYR": "99206",
    "TUN": "99351",
    "VNM": "99243",
}
#: Nationality as the French civil registry writes it: a feminine adjective.
_NATIONALITE = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CIV": "ivoirienne",
    "DZA": "algérienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "VNM": "vietnamienne",
}


def _scec_country(iso: str, role: str, rng: _Rng) -> tuple[str, list[str]]:
    upper = _plain(_name(iso, "fr")).upper()
    r = rng.random()
    if role == "nationality" and iso in _NATIONALITE and r < 0.6:
        return _NATIONALITE[iso], [f"adjective:{role}"]
    if role == "origin_country" and iso in _INSEE and r < 0.45:
        return f"{upper} ({_INSEE[iso]})", [f"insee_code:{role}"]
    return upper, []


def _scec_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str]:
    r = rng.random()
    if partial_ok and r < 0.05:
        return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}", "month"
    if partial_ok and r < 0.09:
        return f"T{ts.quarter} {ts.year}", "quarter"
    if r < 0.15:
        return ts.strftime("%d/%m/%y"), "day"
    return ts.strftime("%d/%m/%Y"), "day"


def _scec_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return ""
    if kind == "bad_date":
        return choice(rng, (f"30/02/{ts.year}", f"{ts.day:02d}/00/{ts.year}", f"31/04/{ts.year}"))
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year + 100}"


# ---- USCIS FDNS ----------------------------------------------------------------------
_US_NAMES = {
    "CHN": "CHINA, PEOPLE'S REPUBLIC OF",
    "USA": "UNITED STATES",
    "VNM": "VIETNAM",
}


def _fdns_country(iso: str, role: str, rng: _Rng) -> tuple[str, list[str]]:
    r = rng.random()
    if iso == "USA" and r < 0.2:
        return "U.S.", [f"alias:{role}"]
    if iso in _US_NAMES:
        return _US_NAMES[iso], [f"alias:{role}"] if iso == "CHN" else []
    name = _name(iso, "en").upper()
    if role != "detection_country" and r > 0.97:
        return str(COUNTRIES[iso][5]).upper(), [f"typo:{role}"]
    return name, []


def _fdns_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str]:
    if partial_ok and rng.random() < 0.05:
        return ts.strftime("%m/%Y"), "month"
    return ts.strftime("%m/%d/%Y"), "day"


def _fdns_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(
            rng, (f"02/30/{ts.year}", f"13/{ts.day:02d}/{ts.year}", f"{ts.month:02d}/32/{ts.year}")
        )
    return f"{ts.month:02d}/{ts.day:02d}/{ts.year + 100}"


# ---- Colombia RNEC -------------------------------------------------------------------
_NACIONALIDAD = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
    "MEX": "mexicana",
}


def _rnec_country(iso: str, role: str, rng: _Rng) -> tuple[str, list[str]]:
    name = _name(iso, "es")
    if role == "transit_countries":
        return name, []
    r = rng.random()
    if role == "nationality" and iso in _NACIONALIDAD and r < 0.5:
        word = _NACIONALIDAD[iso]
        return (word.capitalize() if r < 0.25 else word), [f"adjective:{role}"]
    if iso == "USA" and r < 0.45:
        return ("EE. UU." if r < 0.25 else "EEUU"), [f"alias:{role}"]
    broken = mojibake(name)
    if broken is not None and r > 0.85:
        return broken, [f"mojibake:{role}"]
    if r > 0.75:
        return name.upper(), []
    return name, []


def _rnec_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str]:
    r = rng.random()
    if partial_ok and r < 0.05:
        return f"{_MONTHS['es'][ts.month - 1]} de {ts.year}", "month"
    if r < 0.12:
        return ts.strftime("%d/%m/%Y"), "day"  # typed as text
    if r < 0.16:
        return f"{ts.day} de {_MONTHS['es'][ts.month - 1]} de {ts.year}", "day"
    return ts.to_pydatetime(), "day"


def _rnec_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":  # typed dates Excel could not read stay text
        return choice(rng, (f"31/02/{ts.year}", f"31/09/{ts.year}", f"{ts.day:02d}/14/{ts.year}"))
    return ts.replace(year=ts.year + 100).to_pydatetime()


# ---- European Commission DG JUST -----------------------------------------------------
#: Member States as the EU institutions code them (Greece = EL, not GR).
_EU_CODE = {"GRC": "EL", "GBR": "UK"}


def _ec_country(iso: str, role: str, rng: _Rng) -> tuple[str, list[str]]:
    alpha2 = _EU_CODE.get(iso) or iso_codes(iso)[0]
    tags = [f"eu_code:{role}"] if iso in _EU_CODE else [f"iso2:{role}"]
    if role == "transit_countries":
        return _name(iso, "fr"), []
    if role == "detection_country":
        return alpha2, tags
    r = rng.random()
    if r < 0.15:
        return alpha2, tags
    if r < 0.2:
        return iso, [f"iso3:{role}"]
    return _name(iso, "fr"), []


def _ec_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str]:
    r = rng.random()
    if partial_ok and r < 0.12:
        return f"T{ts.quarter} {ts.year}", "quarter"
    if r < 0.35:
        return f"{ts.day} {_MONTHS['fr'][ts.month - 1]} {ts.year}", "day"
    return ts.strftime("%Y-%m-%d"), "day"


def _ec_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, (f"{ts.year}-02-30", f"T5 {ts.year}", f"{ts.year}-{ts.month:02d}-00"))
    return f"{ts.year + 100}-{ts.month:02d}-{ts.day:02d}"


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_MRAS_STYLE = Style(
    crime={
        "trafficking": ("MSHT", "Modern Slavery", "Human Trafficking"),
        "smuggling": ("OIC - Facilitation", "Facilitation (s25)", "Organised Immigration Crime"),
        "both": ("OIC / MSHT", "MSHT & Facilitation"),
    },
    exploitation={
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal", "Criminal exploitation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Not recorded", "Unknown"),
        "n/a": ("", "N/A"),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & female"),
        "unknown": ("Not stated",),
    },
    age_group={
        "child": ("Minor", "Under 18"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & minors", "Mixed"),
        "unknown": ("Age disputed", "Not known"),
    },
    transport_mode={
        "sea": ("Small boat", "Small Boat (RHIB)"),
        "land": ("Clandestine (HGV)", "Lorry", "Land"),
        "air": ("Air", "Flight"),
        "unknown": ("N/K",),
    },
    offences={
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    unknown_nationality=("Not stated", "Unknown"),
    count_unknown=("Not known", "N/K"),
    suspects_unknown=("N/K",),
    zero_words=("None", "Nil"),
    no_offence=(None, None, "None"),
    no_transit=(None, "Direct"),
    offence_sep="; ",
    transit_sep=" > ",
    thousands=(",",),
    case_rate=0.04,
)

_SCEC_STYLE = Style(
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite des êtres humains (225-4-1 CP)"),
        "smuggling": (
            "aide à l'entrée irrégulière",
            "aide à l'entrée et au séjour irréguliers (L823-1 CESEDA)",
            "trafic de migrants",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "unknown": ("non déterminée", "non renseigné"),
        "n/a": ("sans objet", ""),
    },
    gender={
        "female": ("F", "féminin"),
        "male": ("M", "masculin"),
        "mixed": ("mixte", "M/F"),
        "unknown": ("non renseigné", "?"),
    },
    age_group={
        "child": ("mineur", "mineurs"),
        "adult": ("majeur", "majeurs"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "unknown": ("âge non établi", "non renseigné"),
    },
    transport_mode={
        "sea": ("maritime (small boat)", "embarcation"),
        "land": ("routier", "poids lourd", "voie terrestre"),
        "air": ("aérien", "voie aérienne"),
        "unknown": ("non renseigné",),
    },
    offences={
        "document_fraud": ("faux et usage de faux", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    unknown_nationality=("inconnue", "non renseignée"),
    count_unknown=("inconnu", "N.C."),
    suspects_unknown=("inconnu", "N.C."),
    zero_words=("néant", "aucun"),
    no_offence=("", "néant"),
    no_transit=("", "néant"),
    offence_sep=", ",
    transit_sep=" / ",
    thousands=("\u00a0", " "),
    case_rate=0.03,
)

_FDNS_STYLE = Style(
    crime={
        "trafficking": ("Human Trafficking", "Trafficking in Persons"),
        "smuggling": ("Alien Smuggling", "Smuggling (8 USC 1324)"),
        "both": ("Alien Smuggling / Human Trafficking",),
    },
    exploitation={
        "sexual": ("Sex Trafficking",),
        "forced_labour": ("Labor Trafficking", "Forced Labor"),
        "forced_criminality": ("Forced Criminal Activity",),
        "organ_removal": ("Organ Removal",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
        "unknown": ("Undetermined", "Unknown"),
        "n/a": ("N/A",),
    },
    gender={
        "female": ("F",),
        "male": ("M",),
        "mixed": ("M/F", "Mixed"),
        "unknown": ("U",),
    },
    age_group={
        "child": ("Juvenile", "UAC"),
        "adult": ("Adult",),
        "mixed": ("Adult/Juvenile", "Family Unit"),
        "unknown": ("Unknown",),
    },
    transport_mode={
        "sea": ("Maritime", "Vessel"),
        "land": ("Land", "On foot", "Vehicle"),
        "air": ("Air",),
        "unknown": ("Unknown",),
    },
    offences={
        "document_fraud": ("Document Fraud", "Fraudulent Documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money Laundering",),
        "illicit_goods": ("Narcotics",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    unknown_nationality=("UNKNOWN",),
    count_unknown=("UNK",),
    suspects_unknown=("UNK",),
    zero_words=("None",),
    no_offence=(None,),
    no_transit=(None,),
    offence_sep="",
    transit_sep="",
    thousands=(",",),
    case_rate=0.0,
)

_RNEC_STYLE = Style(
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil",),
        "other": ("Otra",),
        "unknown": ("Sin información",),
        "n/a": ("No aplica", ""),
    },
    gender={
        "female": ("Femenino", "F"),
        "male": ("Masculino", "M"),
        "mixed": ("Mixto", "Ambos sexos"),
        "unknown": ("Sin información",),
    },
    age_group={
        "child": ("NNA", "Menor de edad"),
        "adult": ("Mayor de edad", "Adulto"),
        "mixed": ("Adultos y NNA", "Mixto"),
        "unknown": ("Sin información",),
    },
    transport_mode={
        "sea": ("Marítimo",),
        "land": ("Terrestre", "A pie"),
        "air": ("Aéreo",),
        "unknown": ("Sin información",),
    },
    offences={
        "document_fraud": ("Falsedad en documento público", "Uso de documento falso"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Tráfico de estupefacientes",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    unknown_nationality=("Sin información", "s/d"),
    count_unknown=("s/d", "Sin dato"),
    suspects_unknown=("s/d",),
    zero_words=("Ninguno",),
    no_offence=(None, "Ninguno"),
    no_transit=(None, "Ninguno"),
    offence_sep=" / ",
    transit_sep=" - ",
    thousands=(".",),
    case_rate=0.04,
)

_EC_STYLE = Style(
    crime={
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": ("Trafic de migrants", "Aide à l'immigration irrégulière"),
        "both": ("Traite et trafic de migrants", "TEH + trafic de migrants"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Criminalité forcée",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
        "unknown": ("n.d.",),
        "n/a": ("—", ""),
    },
    gender={
        "female": ("Femmes",),
        "male": ("Hommes",),
        "mixed": ("Mixte",),
        "unknown": ("n.d.",),
    },
    age_group={
        "child": ("Mineurs",),
        "adult": ("Adultes",),
        "mixed": ("Adultes et mineurs",),
        "unknown": ("n.d.",),
    },
    transport_mode={
        "sea": ("Maritime", "Mer"),
        "land": ("Terrestre",),
        "air": ("Aérien",),
        "unknown": ("n.d.",),
    },
    offences={
        "document_fraud": ("Fraude documentaire",),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment de capitaux",),
        "illicit_goods": ("Trafic de stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    unknown_nationality=("n.d.",),
    count_unknown=("n.d.", "inconnu"),
    suspects_unknown=("n.d.",),
    zero_words=("aucun",),
    no_offence=(None,),
    no_transit=(None,),
    offence_sep="; ",
    transit_sep=", ",
    thousands=("\u00a0", "\u202f", " "),
    case_rate=0.0,
)

_MRAS = Agency(
    source="ho_mras",
    filename="ho_mras_lt.csv",
    ref="MRAS/{yy:02d}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "MRAS Ref",
        "event_date": "Date Referred",
        "crime_type": "Case Type",
        "exploitation": "Exploitation Type (NRM)",
        "n_persons": "No. of Subjects",
        "n_suspects": "Facilitators Identified",
        "gender": "Gender",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Encounter",
        "transit_countries": "Route (Transit)",
        "transport_mode": "Method of Entry",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Linked Offences",
    },
    note="OFFICIAL-SENSITIVE: MRAS extract, figures subject to change",
    total="TOTAL",
    bad_count=("several", "a few", "group"),
    repeats=False,
    style=_MRAS_STYLE,
)
_SCEC = Agency(
    source="scec_nantes",
    filename="scec_nantes_lt.csv",
    ref="SCEC-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date de constatation",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination déclaré",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode d'entrée",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - extraction SCEC/cellule fraude, diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "quelques-uns"),
    repeats=True,
    style=_SCEC_STYLE,
)
_FDNS = Agency(
    source="uscis_fdns",
    filename="uscis_fdns_lt.jsonl",
    ref="FDNS{yy:02d}{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "fdns_case_number",
        "event_date": "date_identified",
        "crime_type": "lead_category",
        "exploitation": "trafficking_type",
        "n_persons": "persons_involved",
        "n_suspects": "subjects_identified",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "country_of_citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "encounter_country",
        "transit_countries": "transit_countries",
        "transport_mode": "mode_of_travel",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "linked_offenses",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several"),
    repeats=False,
    style=_FDNS_STYLE,
)
_RNEC = Agency(
    source="rnec_registro_civil",
    filename="rnec_registro_civil_lt.xlsx",
    ref="RNEC-DNRC-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Radicado",
        "event_date": "Fecha de detección",
        "crime_type": "Delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Información preliminar sujeta a verificación",
    total="TOTAL GENERAL",
    bad_count=("varios", "algunos"),
    repeats=False,
    style=_RNEC_STYLE,
)
_EC = Agency(
    source="ce_dgjust_mariages",
    filename="ce_dgjust_mariages_lt.csv",
    ref="MOC-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. notification",
        "detection_country": "État membre",
        "event_date": "Date des faits",
        "crime_type": "Type d'infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Personnes concernées",
        "n_suspects": "Auteurs présumés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions liées",
    },
    note="Relevé consolidé des notifications des États membres - provisoire",
    total="Total",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    style=_EC_STYLE,
)

#: The five sources of the set, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (_MRAS, _SCEC, _FDNS, _RNEC, _EC)

_COUNTRY: dict[str, Callable[[str, str, _Rng], tuple[str, list[str]]]] = {
    "ho_mras": _mras_country,
    "scec_nantes": _scec_country,
    "uscis_fdns": _fdns_country,
    "rnec_registro_civil": _rnec_country,
    "ce_dgjust_mariages": _ec_country,
}
_DATE: dict[str, Callable[[pd.Timestamp, _Rng, bool], tuple[object, str]]] = {
    "ho_mras": _mras_date,
    "scec_nantes": _scec_date,
    "uscis_fdns": _fdns_date,
    "rnec_registro_civil": _rnec_date,
    "ce_dgjust_mariages": _ec_date,
}
_BAD_DATE: dict[str, Callable[[pd.Timestamp, str, _Rng], object]] = {
    "ho_mras": _mras_bad_date,
    "scec_nantes": _scec_bad_date,
    "uscis_fdns": _fdns_bad_date,
    "rnec_registro_civil": _rnec_bad_date,
    "ce_dgjust_mariages": _ec_bad_date,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _case(text: str, rate: float, rng: _Rng) -> tuple[str, bool]:
    """Change the case or spacing of ``text`` with probability ``rate``."""
    if not text or rng.random() >= rate:
        return text, False
    k = int(rng.integers(3))
    return (text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "), True


def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons as the agency does (numbers in XLSX and JSON)."""
    seps = src.style.thousands
    if n >= 1000 and seps and src.format == "csv":  # a spreadsheet or JSON holds a number
        sep = choice(rng, seps)
        return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands"]
    if src.format == "csv":
        return str(n), []
    return n, []


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes and seconds with a decimal comma (``8°30'12,3"N``)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec // 10:02d},{sec % 10}\"{hemi}"


def _coords(src: Agency, lat: float, lon: float, rng: _Rng) -> Cells:
    """Write a point as the agency does."""
    if src.source == "rnec_registro_civil":
        if rng.random() < 0.7:
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
        return {"coordinates": f"{lat:.5f}; {lon:.5f}".replace(".", ",")}
    if src.format == "jsonl":
        return {"lat": round(lat, 6), "lon": round(lon, 6)}
    if src.language == "fr":
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, Cells, list[str]]:
    """Write one true event as ``src`` does: ``(cells, expected values, tags)``.

    Parameters
    ----------
    src : Agency
        The reporting agency.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter.
    forced_blank : str or None
        Field this (second) report leaves blank.

    Returns
    -------
    tuple
        Cells by canonical column, the values a careful analyst reads from them, and
        the messiness tags.
    """
    st = src.style
    has = set(src.headers)
    country = _COUNTRY[src.source]
    cells: Cells = {}
    exp: Cells = {}
    tags: list[str] = []

    def vocab(col: str, table: Words, value: str) -> str:
        text, changed = _case(_word(rng, table[value]), st.case_rate, rng)
        if changed:
            tags.append(f"case:{col}")
        return text

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], precision = _DATE[src.source](ts, rng, partial_ok)
    exp["date_precision"] = precision
    if precision == "month":
        exp["event_date"] = ts.to_period("M").start_time
    elif precision == "quarter":
        exp["event_date"] = ts.to_period("Q").start_time
    else:
        exp["event_date"] = ts
    if precision != "day":
        tags.append("partial_date")

    crime = str(ev["crime_type"])
    cells["crime_type"] = vocab("crime_type", st.crime, crime)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: the agency writes "not applicable" or nothing
        word = _word(rng, st.exploitation["n/a"])
        cells["exploitation"] = word or None
        exp["exploitation"] = None
    elif rng.random() < 0.05:
        cells["exploitation"] = _word(rng, st.exploitation["unknown"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = vocab("exploitation", st.exploitation, str(expl))
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, st.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], more = _count(src, n, rng)
        exp["n_persons"] = n
        tags += more

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.suspects_unknown), None
        tags.append("suspects_placeholder")
    elif r < 0.05:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif k == 0 and r < (0.15 if src.format == "jsonl" else 0.5):
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if src.format == "csv" else k
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = _word(rng, st.gender["unknown"]), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = vocab("gender", st.gender, gender), gender

    for col, table in (("age_group", st.age_group), ("transport_mode", st.transport_mode)):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col], exp[col] = _word(rng, table["unknown"]), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = vocab(col, table, value), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col == "nationality" and rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, st.unknown_nationality), None
            tags.append("blank_nationality")
            continue
        text, more = country(iso, col, rng)
        if col != "detection_country":
            text, changed = _case(text, st.case_rate, rng)
            more += [f"case:{col}"] if changed else []
        cells[col], exp[col] = text, iso
        tags += more

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = _maybe(rng, st.no_transit)
        if cells["transit_countries"]:
            tags.append("transit_direct_word")
    else:
        names = []
        for code in str(transit).split("|"):  # in the route's order
            text, more = country(code, "transit_countries", rng)
            names.append(text)
            tags += more
        cells["transit_countries"] = names if src.format == "jsonl" else st.transit_sep.join(names)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = _maybe(rng, st.no_offence)
    else:
        words = [_word(rng, st.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = words if src.format == "jsonl" else st.offence_sep.join(words)

    has_place = "lat" in has or "coordinates" in has
    if not has_place:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.06:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        cells.update(_coords(src, lat, lon, rng))
        exp["lat"], exp["lon"] = lat, lon
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    return _BAD_DATE[src.source](ts, kind, rng)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the note row's date: the extraction date, nine days after the last row."""
    day = last + pd.Timedelta(days=9)
    if src.source == "rnec_registro_civil":
        return day.to_pydatetime()
    if src.source == "ce_dgjust_mariages":
        return day.strftime("%Y-%m-%d")
    if src.source == "uscis_fdns":
        return day.strftime("%m/%d/%Y")
    return day.strftime("%d/%m/%Y")


#: The variant: who reports which event first, and who may report it again.
BLIND330: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "ho_mras",
        "FRA": "scec_nantes",
        "USA": "uscis_fdns",
        "PAN": "rnec_registro_civil",
    },
    compilation="ce_dgjust_mariages",
    secondary={
        ("channel", "FRA"): "ho_mras",
        ("thb_vnm_gbr", "GBR"): "scec_nantes",
        ("wmed", "ESP"): "scec_nantes",
        ("thb_nga_ita", "ITA"): "scec_nantes",
        ("darien", "PAN"): "uscis_fdns",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=330_017,
    blank_share=0.3,
)


def make_blind330(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind330`` agencies would (files ``*_lt.*``).

    Each event is first reported by the agency of its detection country (the UK Home
    Office's MRAS for the United Kingdom, the French SCEC for France, USCIS FDNS for the
    United States, Colombia's RNEC for Panama) or else by the European Commission's
    compilation of Member States' notifications; about 4 % are reported again by a
    second agency, a day off or on the same day. Bad rows of every quarantine reason,
    note, total and empty rows and a few exact repeats are planted.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ho_mras_lt.csv``, ``scec_nantes_lt.csv``, ``uscis_fdns_lt.jsonl``,
        ``rnec_registro_civil_lt.xlsx`` and ``ce_dgjust_mariages_lt.csv``, each with
        its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind330(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ho_mras_lt.csv', 'scec_nantes_lt.csv', 'uscis_fdns_lt.jsonl',
     'rnec_registro_civil_lt.xlsx', 'ce_dgjust_mariages_lt.csv']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-8', 'utf-16']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date de constatation', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND330, truth, seed=seed)
