"""Examiner sample set ``blind220`` (files ``*_hn.*``): US and NATO base security desks.

Five agencies that meet trafficking and smuggling through the US and NATO bases of
southern and eastern Europe (Rota, Sigonella, Souda Bay, Redzikowo) and the offices that
watch labour trafficking of third-country nationals in base services and supply chains:

``ncis_euafcent_hn.xlsx``
    NCIS Europe, Africa and Central field office (Naples; resident agencies at NAS
    Sigonella, NSA Souda Bay, NAVSTA Rota, NSF Redzikowo). English, a hand-kept
    workbook: real Excel dates beside dates typed US-style (``05/17/2023``) or the
    military way (``17MAY2023``), upper-case country names and demonyms, GENC
    (ISO alpha-3) and alpha-2 codes, coordinates in degrees and decimal minutes.
    First reports Italy and Greece; second reports of the Spanish sea routes and of
    the Polish border.
``policia_naval_rota_hn.csv``
    Policía Naval of the Spanish Navy, Base Naval de Rota. Spanish, cp1252, ``;``,
    CRLF; day-first dates, "mayo de 2023", "2º trimestre 2023"; offences by article of
    the Código Penal (177 bis, 318 bis); Spanish names and demonyms, dotted thousands,
    degrees-minutes-seconds with the ordinal sign (``36º49'52"N``). First reports Spain.
``zw_redzikowo_hn.csv``
    Polish Military Gendarmerie (Żandarmeria Wojskowa), Słupsk post, liaison cell with
    NSF Redzikowo. English values under bilingual Polish/English headers, a few Polish
    country names and ``b.d.`` (brak danych); Excel "Unicode text" export: UTF-16 with
    BOM, tab-delimited, ``dd.mm.yyyy`` dates with some Excel serials. First reports Poland.
``crr_fr_cthb_hn.csv``
    Counter-trafficking (CTHB) focal point of NATO's Rapid Reaction Corps France HQ in
    Lille. French, UTF-8 with BOM, ``;``; "17 mai 2023", "T2 2023", NATO trigrams,
    French demonyms, decimal-comma coordinates, no-break-space thousands, mojibake in
    the cells pasted from a mis-read feed. First reports France; second reports of
    Dover.
``dod_ctip_pmo_hn.jsonl``
    US Department of Defense Combating Trafficking in Persons Program Management Office
    (hotline and IG referrals). English camelCase keys, ISO dates, ISO alpha-3 and
    numeric codes, JSON numbers. The compilation: reports every event no other source
    reports first, and a second report of the Mediterranean and Channel events.

The rendering is plain Python over the events (sample-sized sets); the shared drawing
of duplicates, bad rows and repeats is :func:`trendlib.samples._examiner.make_examined`.
"""

from __future__ import annotations

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

__all__ = ["BLIND220_SOURCES", "make_blind220"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """A source of this set: the shared fields plus the key of its way of writing."""

    style: str


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
#: iso3 -> (English, Spanish, French) demonym, as written in a nationality column.
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afgano", "afghan"),
    "ALB": ("Albanian", "albanés", "albanais"),
    "BGD": ("Bangladeshi", "bangladesí", "bangladais"),
    "CHN": ("Chinese", "chino", "chinois"),
    "CIV": ("Ivorian", "marfileño", "ivoirien"),
    "CMR": ("Cameroonian", "camerunés", "camerounais"),
    "COL": ("Colombian", "colombiano", "colombien"),
    "DZA": ("Algerian", "argelino", "algérien"),
    "ECU": ("Ecuadorian", "ecuatoriano", "équatorien"),
    "EGY": ("Egyptian", "egipcio", "égyptien"),
    "ERI": ("Eritrean", "eritreo", "érythréen"),
    "GIN": ("Guinean", "guineano", "guinéen"),
    "GMB": ("Gambian", "gambiano", "gambien"),
    "GTM": ("Guatemalan", "guatemalteco", "guatémaltèque"),
    "HND": ("Honduran", "hondureño", "hondurien"),
    "HTI": ("Haitian", "haitiano", "haïtien"),
    "IRN": ("Iranian", "iraní", "iranien"),
    "IRQ": ("Iraqi", "iraquí", "irakien"),
    "MAR": ("Moroccan", "marroquí", "marocain"),
    "MEX": ("Mexican", "mexicano", "mexicain"),
    "MLI": ("Malian", "maliense", "malien"),
    "NGA": ("Nigerian", "nigeriano", "nigérian"),
    "PAK": ("Pakistani", "pakistaní", "pakistanais"),
    "ROU": ("Romanian", "rumano", "roumain"),
    "SEN": ("Senegalese", "senegalés", "sénégalais"),
    "SYR": ("Syrian", "sirio", "syrien"),
    "TUN": ("Tunisian", "tunecino", "tunisien"),
    "TUR": ("Turkish", "turco", "turc"),
    "VEN": ("Venezuelan", "venezolano", "vénézuélien"),
    "VNM": ("Vietnamese", "vietnamita", "vietnamien"),
    "YEM": ("Yemeni", "yemení", "yéménite"),
}

#: English names as a US desk types them (ASCII, current US usage).
_US_NAMES: dict[str, str] = {
    "CIV": "Cote d'Ivoire",
    "TUR": "Turkey",
    "VNM": "Vietnam",
    "GBR": "United Kingdom",
    "USA": "United States",
    "BIH": "Bosnia and Herzegovina",
    "MKD": "North Macedonia",
}
#: Names a US desk also uses.
_US_ALIASES: dict[str, tuple[str, ...]] = {
    "CIV": ("Ivory Coast",),
    "TUR": ("Turkiye",),
    "GBR": ("UK", "Great Britain"),
    "USA": ("USA", "U.S."),
    "SYR": ("Syrian Arab Republic",),
    "RUS": ("Russian Federation",),
    "IRN": ("Iran (Islamic Republic of)",),
    "MKD": ("Macedonia",),
    "BIH": ("Bosnia",),
}
#: Spanish names a Spanish clerk also uses.
_ES_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("EE.UU.", "EEUU"),
    "GBR": ("Gran Bretaña",),
    "CIV": ("Costa de Marfil",),
    "TUR": ("Turquia",),
}
#: Polish names a Polish liaison officer slips into English cells.
_PL_NAMES: dict[str, str] = {
    "IRQ": "Irak",
    "SYR": "Syria",
    "AFG": "Afganistan",
    "YEM": "Jemen",
    "DEU": "Niemcy",
    "POL": "Polska",
    "RUS": "Rosja",
    "BLR": "Białoruś",
}
#: French names a French officer also uses.
_FR_ALIASES: dict[str, tuple[str, ...]] = {
    "GBR": ("Grande-Bretagne",),
    "VNM": ("Vietnam",),
    "USA": ("USA",),
}


def _en(iso: str) -> str:
    return _US_NAMES.get(iso, COUNTRIES[iso][1])


def _country(src: _Source, iso: str, rng: _Rng, *, nationality: bool) -> tuple[str, str]:
    """Write one country the source's way; return (cell, tag)."""
    a2, num = iso_codes(iso)
    u = float(rng.random())
    row = COUNTRIES[iso]
    if src.style == "ncis":
        if nationality and iso in _DEMONYMS and u < 0.4:
            return _DEMONYMS[iso][0].upper(), "demonym"
        if u < 0.55:
            return _en(iso).upper(), "upper"
        if u < 0.7:
            return iso, "iso3"
        if u < 0.8:
            return a2, "iso2"
        if u < 0.86 and iso in _US_ALIASES:
            return choice(rng, _US_ALIASES[iso]).upper(), "alias"
        if 0.86 <= u < 0.89 and iso not in ("NER", "NGA"):
            return row[5].upper(), "typo"
        return _en(iso), "name"
    if src.style == "pn":
        name = row[3]
        if nationality and iso in _DEMONYMS and u < 0.35:
            word = _DEMONYMS[iso][1]
            return (word.upper(), "demonym") if u < 0.1 else (word, "demonym")
        if u < 0.5:
            return name, "name"
        if u < 0.65:
            return name.upper(), "upper"
        if u < 0.75:
            plain = name.translate(str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU"))
            return plain, "no_accent" if plain != name else "name"
        if u < 0.83:
            return iso, "iso3"
        if u < 0.88 and iso in _ES_ALIASES:
            return choice(rng, _ES_ALIASES[iso]), "alias"
        return name, "name"
    if src.style == "zw":
        if u < 0.15 and iso in _PL_NAMES:
            return _PL_NAMES[iso], "polish_name"
        if u < 0.3:
            return a2, "iso2"
        if u < 0.36 and iso in _US_ALIASES:
            return choice(rng, _US_ALIASES[iso]), "alias"
        if 0.36 <= u < 0.4 and iso not in ("NER", "NGA"):
            return row[5], "typo"
        if u < 0.5:
            return _en(iso).lower(), "lower"
        return _en(iso), "name"
    if src.style == "crr":
        if nationality and iso in _DEMONYMS and u < 0.35:
            cell, tag = _DEMONYMS[iso][2], "demonym"
        elif u < 0.55:
            cell, tag = row[2], "name"
        elif u < 0.75:
            return iso, "iso3"  # NATO trigram
        elif u < 0.85:
            cell, tag = row[2].upper(), "upper"
        elif iso in _FR_ALIASES and u < 0.9:
            cell, tag = choice(rng, _FR_ALIASES[iso]), "alias"
        else:
            cell, tag = row[2], "name"
        if rng.random() < 0.15:
            garbled = mojibake(cell)
            if garbled is not None:
                return garbled, "mojibake"
        return cell, tag
    # dod: a case-management export
    if u < 0.6:
        return iso, "iso3"
    if u < 0.68:
        return num, "iso_numeric"
    if u < 0.76:
        return a2, "iso2"
    if u < 0.8 and iso in _US_ALIASES:
        return choice(rng, _US_ALIASES[iso]), "alias"
    return _en(iso), "name"


def _transit(src: _Source, isos: list[str], rng: _Rng) -> tuple[str, str]:
    """Write a list of transit countries in order, one way per list; return (cell, tag)."""
    u = float(rng.random())
    if src.style == "ncis":
        if u < 0.3:
            parts, tag = isos, "iso3"
        else:
            parts, tag = [_en(i).upper() for i in isos], "upper"
    elif src.style == "pn":
        parts = [COUNTRIES[i][3] for i in isos]
        parts, tag = ([p.upper() for p in parts], "upper") if u < 0.3 else (parts, "name")
    elif src.style == "zw":
        if u < 0.3:
            parts, tag = [iso_codes(i)[0] for i in isos], "iso2"
        elif u < 0.5:
            parts, tag = [_PL_NAMES.get(i, _en(i)) for i in isos], "polish_name"
        else:
            parts, tag = [_en(i) for i in isos], "name"
    elif src.style == "crr":
        if u < 0.4:
            parts, tag = isos, "iso3"
        else:
            parts, tag = [COUNTRIES[i][2] for i in isos], "name"
    else:
        parts, tag = isos, "iso3"
    return _SEPS[src.style][0].join(parts), tag


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_W = dict[str, tuple[str, ...]]

#: style -> column -> canonical word -> what the agency writes.
_WORDS: dict[str, dict[str, _W]] = {
    "ncis": {
        "crime_type": {
            "trafficking": ("TIP", "Trafficking in Persons", "Human Trafficking"),
            "smuggling": ("Human Smuggling", "Alien Smuggling"),
            "both": ("TIP / Smuggling", "Smuggling w/ TIP indicators"),
        },
        "exploitation": {
            "sexual": ("Sex", "Sex trafficking"),
            "forced_labour": ("Labor", "Labor trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {"female": ("F", "FEMALE"), "male": ("M", "MALE"), "mixed": ("M/F", "MIXED")},
        "age_group": {
            "child": ("Minor", "MINOR"),
            "adult": ("Adult", "ADULT"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Vessel", "Small boat"),
            "land": ("Ground", "Vehicle", "On foot"),
            "air": ("Air", "Commercial air"),
        },
        "linked_offences": {
            "document_fraud": ("Fraudulent documents",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Narcotics",),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
    },
    "pn": {
        "crime_type": {
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata (177 bis)", "TSH"),
            "smuggling": (
                "Favorecimiento inmigración ilegal (art. 318 bis CP)",
                "Delito c/ derechos ciudadanos extranjeros (318 bis)",
                "Tráfico ilícito de migrantes",
            ),
            "both": ("Trata + 318 bis", "Trata y tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujer", "Mujeres"),
            "male": ("Varón", "Varones", "Hombre"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "child": ("Menores", "Menor de edad", "MENA"),
            "adult": ("Mayores de edad", "Adultos"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Embarcación", "Patera", "Cayuco", "Neumática"),
            "land": ("Terrestre", "Vehículo", "A pie"),
            "air": ("Aérea", "Vuelo comercial"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas",),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
    },
    "zw": {
        "crime_type": {
            "trafficking": ("human trafficking", "THB"),
            "smuggling": ("migrant smuggling", "illegal border crossing facilitation"),
            "both": ("THB + smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("forced labour", "labour"),
            "forced_criminality": ("forced crime",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female", "F"), "male": ("male", "M"), "mixed": ("mixed",)},
        "age_group": {
            "child": ("minor", "minors"),
            "adult": ("adult", "adults"),
            "mixed": ("adults+minors", "mixed"),
        },
        "transport_mode": {
            "sea": ("boat",),
            "land": ("on foot", "land", "car", "van"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document forgery",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    "crr": {
        "crime_type": {
            "trafficking": ("TEH", "Traite des êtres humains"),
            "smuggling": (
                "Aide à l'entrée irrégulière (AEI)",
                "Trafic de migrants",
                "Filière de passage",
            ),
            "both": ("TEH + trafic de migrants",),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle",),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("Femmes", "F"),
            "male": ("Hommes", "H"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "child": ("Mineurs", "MNA"),
            "adult": ("Majeurs", "Adultes"),
            "mixed": ("Majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation", "Maritime"),
            "land": ("Poids lourd", "Terrestre", "Camion"),
            "air": ("Aérien",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents",),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    "dod": {
        "crime_type": {
            "trafficking": ("Trafficking in Persons",),
            "smuggling": ("Human Smuggling",),
            "both": ("TIP/Smuggling",),
        },
        "exploitation": {
            "sexual": ("Sex Trafficking",),
            "forced_labour": ("Labor Trafficking",),
            "forced_criminality": ("Forced Criminal Activity",),
            "organ_removal": ("Organ Removal",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Other",),
        },
        "gender": {"female": ("Female",), "male": ("Male",), "mixed": ("Mixed",)},
        "age_group": {
            "child": ("Minor (under 18)", "Minor"),
            "adult": ("Adult",),
            "mixed": ("Adult & Minor",),
        },
        "transport_mode": {"sea": ("Sea",), "land": ("Land",), "air": ("Air",)},
        "linked_offences": {
            "document_fraud": ("Document Fraud",),
            "corruption": ("Public Corruption",),
            "money_laundering": ("Money Laundering",),
            "illicit_goods": ("Contraband",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
}

#: style -> (separator of transit countries, of linked offences).
_SEPS: dict[str, tuple[str, str]] = {
    "ncis": (" / ", "; "),
    "pn": (" - ", " / "),
    "zw": (", ", ", "),
    "crr": (", ", " + "),
    "dod": (" > ", "; "),
}
#: style -> "not applicable" words (age group, transport mode) -> expected ``unknown``.
_NA: dict[str, tuple[str, ...]] = {
    "ncis": ("N/A", "UNK"),
    "pn": ("No aplica", "s/d"),
    "zw": ("n/a", "b.d."),
    "crr": ("Sans objet", "n.c."),
    "dod": ("Not Applicable", "Unknown"),
}
#: style -> words of an unknown count (record kept, no count).
_COUNT_UNKNOWN: dict[str, tuple[str, ...]] = {
    "ncis": ("UNK", "UNKNOWN"),
    "pn": ("s/d", "desconocido"),
    "zw": ("n/k", "b.d."),
    "crr": ("inconnu", "n.c."),
    "dod": ("Unknown",),
}
#: style -> words of zero suspects.
_ZERO: dict[str, tuple[str, ...]] = {
    "ncis": ("NONE",),
    "pn": ("ninguno", "sin detenidos"),
    "zw": ("none", "nil"),
    "crr": ("aucun", "néant"),
    "dod": ("None",),
}
#: style -> words of an unknown sex.
_SEX_UNKNOWN: dict[str, tuple[str, ...]] = {
    "ncis": ("UNK",),
    "pn": ("Sin determinar",),
    "zw": ("unknown",),
    "crr": ("Indéterminé",),
    "dod": ("Unknown",),
}
#: style -> word written for a route with no transit country.
_DIRECT: dict[str, str] = {"ncis": "DIRECT", "pn": "Directo", "crr": "Direct"}

_ES_MONTHS = (
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
_MIL_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_EN_MONTHS = (
    "JANUARY",
    "FEBRUARY",
    "MARCH",
    "APRIL",
    "MAY",
    "JUNE",
    "JULY",
    "AUGUST",
    "SEPTEMBER",
    "OCTOBER",
    "NOVEMBER",
    "DECEMBER",
)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date(
    src: _Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Write a date; return (cell, expected date, precision, tag)."""
    u = float(rng.random())
    month0 = ts.to_period("M").start_time
    quarter0 = ts.to_period("Q").start_time
    q = (ts.month - 1) // 3 + 1
    day = pd.Timestamp(ts.date())
    if src.style == "ncis":
        if partial_ok and u < 0.03:
            return f"{_EN_MONTHS[ts.month - 1]} {ts.year}", month0, "month", "date_month"
        if u < 0.16:
            return ts.strftime("%m/%d/%Y"), day, "day", "date_text_us"
        if u < 0.23:
            return f"{ts.day:02d}{_MIL_MONTHS[ts.month - 1]}{ts.year}", day, "day", "date_military"
        return day.to_pydatetime(), day, "day", "date_excel"
    if src.style == "pn":
        if partial_ok and u < 0.04:
            return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", month0, "month", "date_month"
        if partial_ok and u < 0.07:
            return f"{q}º trimestre {ts.year}", quarter0, "quarter", "date_quarter"
        if u < 0.15:
            return ts.strftime("%d/%m/%y"), day, "day", "date_dmy2"
        return ts.strftime("%d/%m/%Y"), day, "day", "date_dmy"
    if src.style == "zw":
        if partial_ok and u < 0.03:
            return f"Q{q} {ts.year}", quarter0, "quarter", "date_quarter"
        if partial_ok and u < 0.05:
            return ts.strftime("%m.%Y"), month0, "month", "date_month"
        if u < 0.15:
            return str((day - _EXCEL_EPOCH).days), day, "day", "date_serial"
        return ts.strftime("%d.%m.%Y"), day, "day", "date_dotted"
    if src.style == "crr":
        if partial_ok and u < 0.05:
            return f"T{q} {ts.year}", quarter0, "quarter", "date_quarter"
        if partial_ok and u < 0.1:
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month0, "month", "date_month"
        if u < 0.25:
            return f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}", day, "day", "date_long"
        return ts.strftime("%d/%m/%Y"), day, "day", "date_dmy"
    if partial_ok and u < 0.04:
        return ts.strftime("%Y-%m"), month0, "month", "date_month"
    if partial_ok and u < 0.07:
        return f"{ts.year}-Q{q}", quarter0, "quarter", "date_quarter"
    if u < 0.15:
        return ts.strftime("%Y/%m/%d"), day, "day", "date_ymd_slash"
    return ts.strftime("%Y-%m-%d"), day, "day", "date_iso"


def _in_ten_years(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the same day ten years on (a mistyped decade); Feb 29 becomes Feb 28."""
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Cell of a bad date: blank, an impossible day, or a decade mistyped into the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        fut = _in_ten_years(ts)
        if src.style == "ncis":
            return fut.to_pydatetime()
        if src.style == "zw":
            return fut.strftime("%d.%m.%Y")
        if src.style == "dod":
            return fut.strftime("%Y-%m-%d")
        return fut.strftime("%d/%m/%Y")
    day = choice(rng, ("30", "31"))
    if src.style == "ncis":
        return f"02/{day}/{ts.year}"
    if src.style == "zw":
        return f"{day}.02.{ts.year}"
    if src.style == "dod":
        return f"{ts.year}-02-{day}"
    return f"{day}/02/{ts.year}"


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Date on the note row: the day of the extract's last event, the source's way."""
    if src.style == "ncis":
        return pd.Timestamp(last.date()).to_pydatetime()
    if src.style == "zw":
        return last.strftime("%d.%m.%Y")
    if src.style == "dod":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _count(src: _Source, n: int, rng: _Rng) -> tuple[object, str]:
    """Write a count of persons; return (cell, tag)."""
    if src.style == "pn":
        if n >= 1000:
            return f"{n // 1000}.{n % 1000:03d}", "count_thousands"
        return str(n), ""
    if src.style == "crr":
        if n >= 1000:
            sep = choice(rng, ("\u00a0", " ", "\u202f"))
            return f"{n // 1000}{sep}{n % 1000:03d}", "count_thousands"
        return str(n), ""
    if src.style == "zw":
        return str(n), ""
    return int(n), ""


def _dms(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees, minutes, seconds with the ordinal sign, as Spanish clerks type them."""
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    hemi = pos if value >= 0 else neg
    back = (d + m / 60 + s / 3600) * (1 if value >= 0 else -1)
    return f"{d:0{width}d}º{m:02d}'{s:02d}\"{hemi}", back


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (naval reports)."""
    hundredths = round(abs(value) * 6000)
    d, rest = divmod(hundredths, 6000)
    minutes = rest / 100
    hemi = pos if value >= 0 else neg
    back = (d + minutes / 60) * (1 if value >= 0 else -1)
    return f"{d:0{width}d}°{minutes:05.2f}'{hemi}", back


def _coords(
    src: _Source, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float, str]:
    """Write a place; return (cells, expected lat, expected lon, tag)."""
    if src.style == "ncis":
        a, la = _ddm(lat, "N", "S", 2)
        b, lo = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{a} {b}"}, la, lo, "coords_ddm"
    if src.style == "pn":
        a, la = _dms(lat, "N", "S", 2)
        b, lo = _dms(lon, "E", "W", 2)
        return {"coordinates": f"{a} {b}"}, la, lo, "coords_dms"
    if src.style == "zw":
        la, lo = round(lat, 5), round(lon, 5)
        ns = "N" if la >= 0 else "S"
        ew = "E" if lo >= 0 else "W"
        return {"coordinates": f"{ns} {abs(la):.5f}, {ew} {abs(lo):.5f}"}, la, lo, "coords_hemi"
    if src.style == "crr":
        la, lo = round(lat, 5), round(lon, 5)
        cells: dict[str, object] = {
            "lat": f"{la:.5f}".replace(".", ","),
            "lon": f"{lo:.5f}".replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo, "coords_number"


def _coord_keys(src: _Source) -> tuple[str, ...]:
    return ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")


# --------------------------------------------------------------------------------------
# One event, one row
# --------------------------------------------------------------------------------------
def _word(style: str, col: str, key: str, rng: _Rng) -> str:
    return choice(rng, _WORDS[style][col][key])


def _fit(src: _Source, cell: str, fallback: str) -> str:
    return cell if fits(cell, src) else fallback


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    st = src.style
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cell, day, prec, tag = _date(src, ts, rng, partial_ok=partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = prec
    tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(st, "crime_type", crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = "N/A" if st == "ncis" and rng.random() < 0.3 else None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(st, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, _COUNT_UNKNOWN[st]) if st != "dod" else None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count(src, n, rng)
        exp["n_persons"] = n
        if tag:
            tags.append(tag)

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, _COUNT_UNKNOWN[st]) if st != "dod" else None
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < 0.35:
        cells["n_suspects"] = choice(rng, _ZERO[st])
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if st in ("ncis", "dod") else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.01:
        cells["gender"] = choice(rng, _SEX_UNKNOWN[st])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(st, "gender", gender, rng)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.015:
            cells[col] = choice(rng, _NA[st])
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _word(st, col, str(ev[col]), rng)
            exp[col] = str(ev[col])

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col or iso is None:
            cells[col] = None
            exp[col] = None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        cell, tag = _country(src, str(iso), rng, nationality=col == "nationality")
        cells[col] = _fit(src, cell, _en(str(iso)))
        exp[col] = str(iso)
        tags.append(f"{col.split('_')[0]}_{tag}")

    offence_sep = _SEPS[st][1]
    transit = ev["transit_countries"]
    if transit is None:
        direct = _DIRECT.get(st)
        cells["transit_countries"] = direct if direct and rng.random() < 0.25 else None
        if cells["transit_countries"] is not None:
            tags.append("transit_direct")
        exp["transit_countries"] = None
    else:
        cells["transit_countries"], tag = _transit(src, str(transit).split("|"), rng)
        exp["transit_countries"] = str(transit)
        tags.append(f"transit_{tag}")

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        words = [_word(st, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = offence_sep.join(words)
        exp["linked_offences"] = str(offences)
        if len(words) > 1:
            tags.append("offence_list")

    keys = _coord_keys(src)
    if forced_blank == "coordinates":
        cells.update(dict.fromkeys(keys))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.03:
        cells.update(dict.fromkeys(keys))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        place, la, lo, tag = _coords(src, float(ev["lat"]), float(ev["lon"]), rng)  # type: ignore[arg-type]
        cells.update(place)
        exp["lat"], exp["lon"] = la, lo
        tags.append(tag)

    if st == "crr":  # the pasted cells of the French file: mojibake in some vocabulary words
        for col in ("crime_type", "exploitation", "transport_mode", "linked_offences"):
            text = cells.get(col)
            if isinstance(text, str) and rng.random() < 0.08:
                garbled = mojibake(text)
                if garbled is not None:
                    cells[col] = garbled
                    tags.append("mojibake")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_NCIS = _Source(
    source="ncis_euafcent_hn",
    filename="ncis_euafcent_hn.xlsx",
    ref="EUAF-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "CCN",
        "event_date": "Date of Incident",
        "detection_country": "Host Nation",
        "crime_type": "Offense Category",
        "exploitation": "TIP Type",
        "n_persons": "Victims / Smuggled Persons",
        "n_suspects": "Subjects",
        "gender": "Sex",
        "age_group": "Adult/Minor",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Intended Destination",
        "transport_mode": "Conveyance",
        "coordinates": "Lat/Long",
        "linked_offences": "Related Offenses",
    },
    note="NOTE: FOUO // LES - preliminary data, subject to change",
    total="TOTAL",
    bad_count=("MULTIPLE", "SEVERAL"),
    repeats=False,
    style="ncis",
)
_PN = _Source(
    source="policia_naval_rota_hn",
    filename="policia_naval_rota_hn.csv",
    ref="PN-ROTA/{seq:04d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha hecho",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº víctimas/migrantes",
        "n_suspects": "Nº detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Países tránsito",
        "destination_country": "País destino",
        "detection_country": "País intervención",
        "transport_mode": "Medio",
        "coordinates": "Posición",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación por la Jefatura",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=True,
    style="pn",
)
_ZW = _Source(
    source="zw_redzikowo_hn",
    filename="zw_redzikowo_hn.csv",
    ref="ZW-SŁ/{seq:03d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Nr sprawy / Case no.",
        "event_date": "Data zdarzenia / Date",
        "crime_type": "Rodzaj przestępstwa / Offence",
        "exploitation": "Forma wyzysku / Exploitation",
        "n_persons": "Liczba osób / Persons",
        "n_suspects": "Liczba sprawców / Perpetrators",
        "gender": "Płeć / Sex",
        "age_group": "Wiek / Age",
        "nationality": "Obywatelstwo / Citizenship",
        "origin_country": "Kraj pochodzenia / Origin",
        "transit_countries": "Kraje tranzytowe / Transit",
        "destination_country": "Kraj docelowy / Destination",
        "detection_country": "Kraj ujawnienia / Detected in",
        "transport_mode": "Środek transportu / Transport",
        "coordinates": "GPS",
        "linked_offences": "Przestępstwa powiązane / Related offences",
    },
    note="Uwaga / Note: preliminary data, not for further dissemination",
    total="RAZEM / TOTAL",
    bad_count=("several", "a group"),
    repeats=False,
    style="zw",
)
_CRR = _Source(
    source="crr_fr_cthb_hn",
    filename="crr_fr_cthb_hn.csv",
    ref="CRR-FR/CTHB/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Réf.",
        "event_date": "Date des faits",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "transport_mode": "Vecteur",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="DIFFUSION RESTREINTE - données provisoires, non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    style="crr",
)
_DOD = _Source(
    source="dod_ctip_pmo_hn",
    filename="dod_ctip_pmo_hn.jsonl",
    ref="CTIP-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseNumber",
        "event_date": "incidentDate",
        "crime_type": "offenseCategory",
        "exploitation": "exploitationType",
        "n_persons": "victimCount",
        "n_suspects": "subjectCount",
        "gender": "victimSex",
        "age_group": "victimAgeCategory",
        "nationality": "victimCitizenship",
        "origin_country": "countryOfOrigin",
        "transit_countries": "transitRoute",
        "destination_country": "intendedDestination",
        "detection_country": "incidentCountry",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedOffenses",
    },
    note=None,
    total="REPORT TOTAL",
    bad_count=("multiple", "several"),
    repeats=False,
    style="dod",
)

#: The five sources of the set, in the order of the submissions.
BLIND220_SOURCES: tuple[ExaminerSource, ...] = (_NCIS, _PN, _ZW, _CRR, _DOD)

_EXAM: Examiner[_Source] = Examiner(
    sources=(_NCIS, _PN, _ZW, _CRR, _DOD),
    primary={
        "ITA": _NCIS.source,
        "GRC": _NCIS.source,
        "ESP": _PN.source,
        "POL": _ZW.source,
        "FRA": _CRR.source,
    },
    compilation=_DOD.source,
    secondary={
        ("wmed", "ESP"): _NCIS.source,
        ("watl", "ESP"): _NCIS.source,
        ("blr_pol", "POL"): _NCIS.source,
        ("cmed", "ITA"): _DOD.source,
        ("thb_nga_ita", "ITA"): _DOD.source,
        ("thb_rou_esp", "ITA"): _DOD.source,
        ("thb_rou_esp", "ESP"): _DOD.source,
        ("emed", "GRC"): _DOD.source,
        ("channel", "FRA"): _DOD.source,
        ("channel", "GBR"): _CRR.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=220,
    blank_share=0.3,
)


def make_blind220(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five base-security desks of ``blind220`` would.

    NCIS (Naples field office) and the Spanish Navy's Policía Naval at Rota first report
    the Italian, Greek and Spanish events, the Polish Military Gendarmerie at Słupsk the
    Polish ones, the CTHB focal point of HQ Rapid Reaction Corps France the French ones;
    the DoD CTIP office compiles every other event and reports some a second time. See
    the module docstring for each file's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ncis_euafcent_hn.xlsx``, ``policia_naval_rota_hn.csv`` (cp1252, ``;``),
        ``zw_redzikowo_hn.csv`` (UTF-16, tab), ``crr_fr_cthb_hn.csv`` (UTF-8 with BOM,
        ``;``) and ``dod_ctip_pmo_hn.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind220(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ncis_euafcent_hn.xlsx', 'policia_naval_rota_hn.csv', 'zw_redzikowo_hn.csv',
     'crr_fr_cthb_hn.csv', 'dod_ctip_pmo_hn.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('cp1252', ';'), ('utf-16', '\t'), ('utf-8-sig', ';')]
    >>> subs[1].frame.columns[:3].tolist()
    ['Nº Atestado', 'Fecha hecho', 'Tipología delictiva']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAM, truth, seed=seed)
