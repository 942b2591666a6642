"""Examiner variant ``blind341`` (files ``*_me.*``): airport ground handlers and an airports' desk.

Five sources never used before, each writing the way its own tool and clerks write:

``menzies_uk_me.csv``
    Menzies Aviation UK, Security & Safeguarding register (English). An Excel "CSV"
    save on a Windows desk: cp1252, ``,``, CRLF. Day-first dates (``17/05/2023``,
    sometimes ``17 May 2023``, a few ``May 2023``); nationality often the passport's
    three-letter MRZ code; "UK"/"GB" for the United Kingdom; counts with ``,``
    thousands, ``n/k`` and ``none``; routes joined by `` > ``. A ground handler logs
    the station, not a GPS point: no coordinates. Re-sends a few rows.
``groupe3s_surete_me.xlsx``
    Groupe 3S, Direction Sûreté & Conformité (French). Real Excel dates with a few
    typed ones (``17/05/2023``, ``mai 2023``, ``T2 2023``); numbers as numbers, ``NC``
    and ``aucun`` typed into count cells; French country names, some in capitals,
    some typed without accents; a few rows pasted from a CSV opened as ANSI, every
    accented cell garbled (``Aide Ã  l'entrÃ©e irrÃ©guliÃ¨re``); one GPS cell pasted
    from a map (``50.95123, 1.85234`` or ``50°57'04.4"N 1°51'08.4"E``).
``groundforce_seguridad_me.csv``
    Groundforce (Globalia handling), Seguridad y Cumplimiento (Spanish, Spain). Excel
    "CSV UTF-8": UTF-8 with BOM, ``;``. ``17/05/2023`` or ``17/05/23``, a few
    ``mayo de 2023``; ``1.234`` thousands; decimal-comma latitude and longitude;
    ``H``/``M`` for hombre/mujer; ``MENA`` for an unaccompanied minor.
``comite_handling_tocumen_me.csv``
    Tocumen airport's ground-handling agents' security committee (Spanish, Panama). An
    Excel "Unicode text" save renamed ``.csv``: UTF-16 with BOM, tab-delimited. All
    capitals without accents, as the committee's legacy system writes; dates
    ``17-MAY-2023`` (Spanish month abbreviations) or Excel serial numbers; ``NNA``
    for children; ``1,234`` thousands and decimal points. Re-sends a few rows.
``aci_world_facsec_me.jsonl``
    ACI World Facilitation & Security desk, compiling member airports' returns
    (English). JSON lines, camelCase keys, enumerations in capitals
    (``MIGRANT_SMUGGLING``), ISO alpha-3 nationality, ISO alpha-2 countries (a few
    numeric detection states), arrays for transit states and offences, ISO dates with
    some ``2023-05``, ``2023-Q2`` and UTC timestamps, ``0.0``/``0.0`` for an unknown
    place. It reports every event no handler does.

The truth says what a careful analyst reads from each cell: a placeholder count keeps
the record with no count, an Excel error or "see narrative" in a count cell is
quarantined, ``0.0, 0.0`` is no place, ``M`` is *mujer* in the Spanish handler's file
and *masculino* in the Panamanian one (``MASCULINO``/``FEMENINO`` there, ``M``/``F`` a
few times).
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["EXAMINER", "SOURCES", "Agency", "make_blind341"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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
_EN_MONTHS = (
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
#: Oracle-style Spanish month abbreviations of the Panamanian committee's system.
_PA_MON = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of this variant: the shared fields plus its writing style.

    Attributes
    ----------
    style : str
        Key of the source's wording tables (``"menzies"``, ``"3s"``, ``"gf"``,
        ``"pty"``, ``"aci"``).
    transit_sep : str
        Separator of its transit-country lists (unused where it writes arrays).
    offence_sep : str
        Separator of its linked-offence lists (unused where it writes arrays).
    """

    style: str = "menzies"
    transit_sep: str = " > "
    offence_sep: str = "; "


_KEYS = (
    "source_ref",
    "event_date",
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
)


def _headers(words: tuple[str, ...], place: dict[str, str], offences: str) -> dict[str, str]:
    out = dict(zip(_KEYS, words, strict=True))
    out.update(place)
    out["linked_offences"] = offences
    return out


MENZIES = Agency(
    source="menzies_uk_me",
    filename="menzies_uk_me.csv",
    ref="MZ-SEC-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers=_headers(
        (
            "Incident Ref",
            "Date of Incident",
            "Incident Category",
            "Exploitation Type",
            "No. of Persons",
            "No. of Suspects",
            "Sex",
            "Adult / Minor",
            "Nationality",
            "Country of Origin",
            "Intended Destination",
            "Country of Detection",
            "Route (countries transited)",
            "Mode of Travel",
        ),
        {},
        "Associated Offences",
    ),
    note="Extract from Security & Safeguarding register – provisional, not for onward disclosure",
    total="TOTAL",
    bad_count=("see narrative", "#VALUE!"),
    repeats=True,
    style="menzies",
    transit_sep=" > ",
    offence_sep="; ",
)
GROUPE3S = Agency(
    source="groupe3s_surete_me",
    filename="groupe3s_surete_me.xlsx",
    ref="3S-SUR-{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers=_headers(
        (
            "N° de fiche",
            "Date des faits",
            "Qualification",
            "Type d'exploitation",
            "Nombre de personnes",
            "Nombre de mis en cause",
            "Sexe",
            "Majeur / mineur",
            "Nationalité",
            "Pays d'origine",
            "Pays de destination",
            "Pays de constatation",
            "Pays traversés",
            "Moyen de transport",
        ),
        {"coordinates": "Coordonnées GPS"},
        "Infractions connexes",
    ),
    note="Extraction du registre sûreté - données provisoires, diffusion restreinte",
    total="Total général",
    bad_count=("voir PV", "#VALEUR!"),
    repeats=False,
    style="3s",
    transit_sep=", ",
    offence_sep=", ",
)
GROUNDFORCE = Agency(
    source="groundforce_seguridad_me",
    filename="groundforce_seguridad_me.csv",
    ref="GF/SEG/{year}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers=_headers(
        (
            "Nº Parte",
            "Fecha del hecho",
            "Tipología",
            "Finalidad de explotación",
            "Nº personas",
            "Nº implicados",
            "Sexo",
            "Edad",
            "Nacionalidad",
            "País de origen",
            "País de destino",
            "País de detección",
            "Países de tránsito",
            "Medio de transporte",
        ),
        {"lat": "Latitud", "lon": "Longitud"},
        "Delitos conexos",
    ),
    note="Nota: datos provisionales pendientes de validación por Seguridad Corporativa",
    total="TOTAL",
    bad_count=("ver informe", "#¡VALOR!"),
    repeats=False,
    style="gf",
    transit_sep=" - ",
    offence_sep=" / ",
)
TOCUMEN = Agency(
    source="comite_handling_tocumen_me",
    filename="comite_handling_tocumen_me.csv",
    ref="CSA-PTY-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers=_headers(
        (
            "NO. REPORTE",
            "FECHA",
            "TIPO DE DELITO",
            "TIPO DE EXPLOTACION",
            "CANT. PERSONAS",
            "CANT. SOSPECHOSOS",
            "SEXO",
            "GRUPO ETARIO",
            "NACIONALIDAD",
            "PAIS DE ORIGEN",
            "PAIS DE DESTINO",
            "PAIS DONDE SE DETECTO",
            "PAISES DE TRANSITO",
            "MEDIO DE TRANSPORTE",
        ),
        {"lat": "LATITUD", "lon": "LONGITUD"},
        "DELITOS CONEXOS",
    ),
    note="NOTA: INFORMACION PRELIMINAR SUJETA A VERIFICACION",
    total="TOTAL",
    bad_count=("VER INFORME", "#¡VALOR!"),
    repeats=True,
    style="pty",
    transit_sep="/",
    offence_sep=", ",
)
ACI = Agency(
    source="aci_world_facsec_me",
    filename="aci_world_facsec_me.jsonl",
    ref="FAC-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_headers(
        (
            "caseRef",
            "detectionDate",
            "offenceType",
            "exploitationForm",
            "personsInvolved",
            "suspectsIdentified",
            "sex",
            "ageCategory",
            "nationality",
            "countryOfOrigin",
            "countryOfDestination",
            "stateOfDetection",
            "transitStates",
            "modeOfTransport",
        ),
        {"lat": "latitude", "lon": "longitude"},
        "associatedOffences",
    ),
    note=None,
    total="TOTAL",
    bad_count=("multiple", "see attachment"),
    repeats=False,
    style="aci",
)

#: The variant's sources, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (MENZIES, GROUPE3S, GROUNDFORCE, TOCUMEN, ACI)

# --------------------------------------------------------------------------------------
# Wording: style -> canonical word -> written forms (first = the usual one)
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "menzies": {
        "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
        "smuggling": ("People smuggling", "Facilitation", "Facilitated illegal entry"),
        "both": ("Smuggling + modern slavery", "MSHT / facilitation"),
    },
    "3s": {
        "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
        "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants"),
        "both": ("TEH et trafic de migrants", "Traite + aide à l'entrée irrégulière"),
    },
    "gf": {
        "trafficking": ("Trata de seres humanos", "Trata de personas", "TSH"),
        "smuggling": ("Tráfico ilícito de migrantes", "Favorecimiento de la inmigración ilegal"),
        "both": ("Trata y tráfico de migrantes", "Trata + tráfico"),
    },
    "pty": {
        "trafficking": ("TRATA DE PERSONAS",),
        "smuggling": ("TRAFICO ILICITO DE MIGRANTES", "TRAFICO DE MIGRANTES"),
        "both": ("TRATA Y TRAFICO DE MIGRANTES",),
    },
    "aci": {
        "trafficking": ("HUMAN_TRAFFICKING",),
        "smuggling": ("MIGRANT_SMUGGLING",),
        "both": ("TRAFFICKING_AND_SMUGGLING",),
    },
}
_EXPL: dict[str, dict[str, tuple[str, ...]]] = {
    "menzies": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "3s": {
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    "gf": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    "pty": {
        "sexual": ("EXPLOTACION SEXUAL",),
        "forced_labour": ("TRABAJO FORZOSO", "EXPLOTACION LABORAL"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS FORZADAS",),
        "organ_removal": ("EXTRACCION DE ORGANOS",),
        "forced_marriage": ("MATRIMONIO FORZADO",),
        "other": ("OTRA",),
    },
    "aci": {
        "sexual": ("SEXUAL",),
        "forced_labour": ("FORCED_LABOUR",),
        "forced_criminality": ("FORCED_CRIMINALITY",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "menzies": {"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed", "M/F")},
    "3s": {"female": ("Femmes", "F"), "male": ("Hommes", "H"), "mixed": ("Mixte", "H/F")},
    "gf": {"female": ("Mujer", "M"), "male": ("Hombre", "H"), "mixed": ("Mixto", "H/M")},
    "pty": {
        "female": ("FEMENINO", "F"),
        "male": ("MASCULINO", "M"),
        "mixed": ("MIXTO", "AMBOS SEXOS"),
    },
    "aci": {"female": ("F",), "male": ("M",), "mixed": ("MIXED",)},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "menzies": {
        "adult": ("Adult", "18+"),
        "child": ("Minor", "U18"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    "3s": {
        "adult": ("Majeur", "Majeurs"),
        "child": ("Mineur", "MNA"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    "gf": {
        "adult": ("Adulto", "Mayor de edad"),
        "child": ("Menor", "MENA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "pty": {
        "adult": ("ADULTO", "MAYOR DE EDAD"),
        "child": ("MENOR", "NNA"),
        "mixed": ("ADULTOS Y MENORES", "MIXTO"),
    },
    "aci": {"adult": ("ADULT",), "child": ("MINOR",), "mixed": ("MIXED",)},
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "menzies": {
        "air": ("Air", "Flight"),
        "sea": ("Small boat", "Sea"),
        "land": ("Lorry", "HGV", "Land", "Coach"),
    },
    "3s": {
        "air": ("Aérien", "Avion"),
        "sea": ("Maritime", "Small boat", "Embarcation"),
        "land": ("Routier", "Poids lourd", "Ferroviaire"),
    },
    "gf": {
        "air": ("Aéreo", "Avión"),
        "sea": ("Marítimo", "Embarcación"),
        "land": ("Terrestre", "Vehículo", "Camión"),
    },
    "pty": {
        "air": ("AEREO",),
        "sea": ("MARITIMO", "LANCHA"),
        "land": ("TERRESTRE", "A PIE"),
    },
    "aci": {"air": ("AIR",), "sea": ("SEA",), "land": ("LAND",)},
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "menzies": {
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "3s": {
        "document_fraud": ("Fraude documentaire", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    "gf": {
        "document_fraud": ("Falsedad documental", "Documentación falsa"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    "pty": {
        "document_fraud": ("FALSIFICACION DE DOCUMENTOS",),
        "corruption": ("CORRUPCION DE SERVIDORES PUBLICOS",),
        "money_laundering": ("BLANQUEO DE CAPITALES",),
        "illicit_goods": ("NARCOTRAFICO", "CONTRABANDO"),
        "cybercrime": ("DELITOS INFORMATICOS",),
        "terrorism": ("TERRORISMO",),
    },
    "aci": {
        "document_fraud": ("DOCUMENT_FRAUD",),
        "corruption": ("CORRUPTION",),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("ILLICIT_GOODS",),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
}
#: What each clerk writes when a value is not known (None: the cell is left empty).
_UNKNOWN: dict[str, tuple[str | None, ...]] = {
    "menzies": ("n/k", "Not known"),
    "3s": ("NC", "non déterminé"),
    "gf": ("s/d", "No consta"),
    "pty": ("N/D", "SIN DATO"),
    "aci": ("UNKNOWN",),
}
#: Unknown count of persons: a placeholder (the record stays, with no count).
_COUNT_UNKNOWN: dict[str, tuple[str | None, ...]] = {
    "menzies": ("n/k",),
    "3s": ("NC",),
    "gf": ("s/d",),
    "pty": ("N/D",),
    "aci": (None,),
}
#: No suspect, in words.
_ZERO: dict[str, tuple[str, ...]] = {
    "menzies": ("none", "nil"),
    "3s": ("aucun",),
    "gf": ("ninguno",),
    "pty": ("NINGUNO",),
    "aci": (),
}
_THOUSANDS = {"menzies": ",", "gf": ".", "pty": ","}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """Drop the accents, as a clerk typing on a keyboard without them does."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _swap(text: str) -> str:
    """Swap two letters in the middle of a long name (a slip of the fingers)."""
    i = len(text) // 2
    if len(text) < 7 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    if text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(src: Agency, iso: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    """Write one ISO alpha-3 country the source's way; return the cell and its tags."""
    st = src.style
    r = rng.random()
    if st == "aci":  # ISO codes from the desk's system; nationality as on the passport
        alpha2, numeric = iso_codes(iso)
        if col == "nationality":
            return iso, [f"iso3:{col}"]
        if col == "detection_country" and r < 0.08:
            return numeric, [f"numeric:{col}"]
        return alpha2, [f"iso2:{col}"]
    if st == "pty":  # capitals without accents; airline-style codes now and then
        if col == "nationality" and r < 0.12:
            return iso_codes(iso)[0], [f"iso2:{col}"]
        return _plain(_name(iso, "es")).upper(), []
    if st == "menzies":
        name = _name(iso, "en")
        if col == "nationality" and r < 0.5:  # the MRZ code read off the passport
            return iso, [f"iso3:{col}"]
        if col == "detection_country" and iso == "GBR":
            return choice(rng, ("UK", "UK", "United Kingdom", "GB")), [f"alias:{col}"]
        aliases = COUNTRIES[iso][4]
        r = rng.random()
        if r < 0.08 and aliases:
            return str(aliases[0]), [f"alias:{col}"]
        if r < 0.10:
            return str(COUNTRIES[iso][5]), [f"typo:{col}"]
        if r < 0.13:
            return name.upper(), [f"case:{col}"]
        return name, []
    lang = "fr" if st == "3s" else "es"
    name = _name(iso, lang)
    plain, swapped = _plain(name), _swap(name)
    upper_rate = 0.05 if st == "3s" else 0.03
    if r < upper_rate:
        return name.upper(), [f"case:{col}"]
    if r < upper_rate + 0.08 and plain != name and fits(plain, src):
        return plain, [f"accents:{col}"]
    if r >= 0.98 and swapped != name:
        return swapped, [f"typo:{col}"]
    return name, []


def _word(src: Agency, table: dict[str, dict[str, tuple[str, ...]]], value: str, rng: _Rng) -> str:
    """Write a canonical word: the usual form 70 %, another of the source's forms else."""
    forms = table[src.style][value]
    if len(forms) == 1 or rng.random() < 0.7:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _spacing(src: Agency, text: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    """Now and then a hand-typed cell gets other case or stray spaces (meaning unchanged)."""
    if src.style in ("pty", "aci") or rng.random() >= 0.04:
        return text, []
    kind = int(rng.integers(3))
    out = text.lower() if kind == 0 else f" {text}" if kind == 1 else f"{text}  "
    return (out, [f"case:{col}"]) if out != text else (text, [])


def _count(src: Agency, n: int, rng: _Rng) -> object:
    """Write a count: a number in XLSX and JSON, text with the local thousands mark in CSV."""
    if src.format != "csv":
        return int(n)
    if n >= 1000 and rng.random() < 0.7:
        return f"{n // 1000}{_THOUSANDS[src.style]}{n % 1000:03d}"
    return str(n)


def _day(src: Agency, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a full date in the source's usual style."""
    st = src.style
    r = rng.random()
    if st == "menzies":
        if r < 0.12:
            return f"{ts.day} {_EN_MONTHS[ts.month - 1][:3]} {ts.year}"
        return ts.strftime("%d/%m/%Y")
    if st == "3s":
        return ts.to_pydatetime() if r < 0.88 else ts.strftime("%d/%m/%Y")
    if st == "gf":
        return ts.strftime("%d/%m/%y") if r < 0.18 else ts.strftime("%d/%m/%Y")
    if st == "pty":
        if r < 0.35:  # the date column left as "General" in Excel: a serial number
            return str((ts.normalize() - _EXCEL_EPOCH).days)
        return f"{ts.day:02d}-{_PA_MON[ts.month - 1]}-{ts.year}"
    if r < 0.18:  # a member airport's system sends the UTC time of the report
        return ts.strftime("%Y-%m-%d") + f"T{6 + ts.day % 12:02d}:{ts.day * 7 % 60:02d}:00Z"
    return ts.strftime("%Y-%m-%d")


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return the cell, expected date, precision and tags."""
    st = src.style
    r = rng.random()
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    if partial_ok and st != "pty":
        if st == "menzies" and r < 0.05:
            return f"{_EN_MONTHS[ts.month - 1]} {ts.year}", month_start, "month", ["partial_date"]
        if st == "3s" and r < 0.05:
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month_start, "month", ["partial_date"]
        if st == "3s" and r < 0.09:
            return f"T{ts.quarter} {ts.year}", quarter_start, "quarter", ["partial_date"]
        if st == "gf" and r < 0.04:
            cell = f"{_ES_MONTHS[ts.month - 1]} de {ts.year}"
            return cell, month_start, "month", ["partial_date"]
        if st == "aci" and r < 0.07:
            return ts.strftime("%Y-%m"), month_start, "month", ["partial_date"]
        if st == "aci" and r < 0.13:
            return f"{ts.year}-Q{ts.quarter}", quarter_start, "quarter", ["partial_date"]
    return _day(src, ts, rng), ts.normalize(), "day", []


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, an impossible day, or a year slipped ten ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        st = src.style
        if st == "aci":
            return f"{ts.year}-02-30"
        if st == "pty":
            return f"31-ABR-{ts.year}"
        if st == "gf":
            return f"00/{ts.month:02d}/{ts.year}"
        return f"31/04/{ts.year}" if st == "3s" else f"30/02/{ts.year}"
    return _day(src, ts + pd.DateOffset(years=10), rng)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date written on the source's note row (its last day of data)."""
    if src.style == "3s":
        return last.to_pydatetime()
    if src.style == "pty":
        return f"{last.day:02d}-{_PA_MON[last.month - 1]}-{last.year}"
    return last.strftime("%d/%m/%Y")


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes and seconds as a map application copies them."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second of arc
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec // 10:02d}.{sec % 10}\"{hemi}"


def _place(
    src: Agency, lat: float, lon: float, rng: _Rng, *, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the coordinates; return the cells, expected lat and lon, and tags."""
    st = src.style
    if st == "menzies":  # the register names the station, not a point
        return {}, None, None, ["coords_missing"]
    if blank:
        return {}, None, None, ["blank_coordinates"]
    r = rng.random()
    if r < 0.05:
        return {}, None, None, ["coords_missing"]
    if st == "aci" and r < 0.07:  # the member's system sends 0/0 for "no position"
        return {"lat": 0.0, "lon": 0.0}, None, None, ["coords_placeholder"]
    if st == "3s":
        if rng.random() < 0.3:
            cell = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
            return {"coordinates": cell}, lat, lon, ["coords_dms"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []
    if st == "aci":
        return {"lat": float(lat), "lon": float(lon)}, lat, lon, []
    if st == "gf":
        cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return dict(cells), lat, lon, ["decimal_comma"]
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon, []


def _join(src: Agency, parts: list[str]) -> object:
    if src.style == "aci":
        return list(parts)
    return src.transit_sep.join(parts) if parts else None


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    st = src.style
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    text, t = _spacing(src, _word(src, _CRIME, crime, rng), "crime_type", rng)
    cells["crime_type"], exp["crime_type"] = text, crime
    tags += t

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: the cell stays empty
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, [w or "" for w in _UNKNOWN[st]]) or None
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        text, t = _spacing(src, _word(src, _EXPL, str(expl), rng), "exploitation", rng)
        cells["exploitation"], exp["exploitation"] = text, expl
        tags += t

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"], exp["n_persons"] = _COUNT_UNKNOWN[st][0], None
        tags.append("count_placeholder")
    else:
        count = _count(src, n, rng)
        cells["n_persons"], exp["n_persons"] = count, n
        if isinstance(count, str) and not count.isdigit():
            tags.append("thousands:n_persons")

    ns = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        word = _UNKNOWN[st][0] if st != "aci" else None
        cells["n_suspects"], exp["n_suspects"] = word, None
        tags.append("suspects_placeholder" if word else "blank_n_suspects")
    elif ns == 0 and _ZERO[st] and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _ZERO[st]), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, ns, rng), ns

    for col, table in (("gender", _GENDER), ("age_group", _AGE), ("transport_mode", _MODE)):
        value = str(ev[col])
        r = rng.random()
        if col == "gender" and forced_blank == "gender":
            cells[col], exp[col] = None, "unknown"
            tags.append("blank_gender")
        elif r < 0.02:
            words = [w for w in _UNKNOWN[st] if w] if st != "aci" or col != "gender" else []
            cells[col] = choice(rng, words) if words else None
            exp[col] = "unknown"
            tags.append("blank_gender" if col == "gender" else "na_word")
        else:
            if st == "gf" and col == "transport_mode" and value == "sea" and r < 0.5:
                word = "Cayuco" if ev["corridor"] == "watl" else "Patera"
            else:
                word = _word(src, table, value, rng)
            cells[col], t = _spacing(src, word, col, rng)
            exp[col] = value
            tags += t

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col or iso is None:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif col == "nationality" and rng.random() < 0.02:
            cells[col] = choice(rng, [w for w in _UNKNOWN[st] if w])
            exp[col] = None
            tags.append("blank_nationality")
        else:
            text, t = _country(src, str(iso), col, rng)
            cells[col], t2 = _spacing(src, text, col, rng)
            exp[col] = iso
            tags += t + t2

    transit = ev["transit_countries"]
    parts: list[str] = []
    for iso in str(transit).split("|") if transit else []:
        text, t = _country(src, iso, "transit_countries", rng)
        parts.append(text)
        tags += [x for x in t if not x.startswith(("iso", "alias"))]
    cells["transit_countries"] = _join(src, parts)
    exp["transit_countries"] = transit

    offences = ev["linked_offences"]
    words = [_word(src, _OFFENCES, o, rng) for o in str(offences).split("|")] if offences else []
    if st == "aci":
        cells["linked_offences"] = words
    else:
        cells["linked_offences"] = src.offence_sep.join(words) if words else None
    exp["linked_offences"] = offences

    place, exp["lat"], exp["lon"], t = _place(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        blank=forced_blank == "coordinates",
    )
    cells.update(place)
    tags += t
    if st == "3s" and rng.random() < 0.07:  # rows pasted from a CSV opened as ANSI
        garbled = {k: mojibake(v) if isinstance(v, str) else None for k, v in cells.items()}
        if any(garbled.values()):
            cells.update({k: v for k, v in garbled.items() if v is not None})
            tags.append("mojibake")
    for key, cell in cells.items():  # a CSV file cannot hold what its encoding cannot
        if isinstance(cell, str) and not fits(cell, src):
            cells[key] = _plain(cell)
    return cells, exp, tags


#: The variant: who reports what first, and who reports it again.
EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": MENZIES.source,
        "FRA": GROUPE3S.source,
        "ESP": GROUNDFORCE.source,
        "PAN": TOCUMEN.source,
    },
    compilation=ACI.source,
    secondary={
        ("channel", "FRA"): MENZIES.source,
        ("channel", "GBR"): GROUPE3S.source,
        ("thb_vnm_gbr", "GBR"): GROUPE3S.source,
        ("watl", "ESP"): ACI.source,
        ("wmed", "ESP"): ACI.source,
        ("thb_rou_esp", "ESP"): ACI.source,
        ("darien", "PAN"): ACI.source,
        ("thb_rou_esp", "ITA"): GROUNDFORCE.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=341,
    blank_share=0.3,
)


def make_blind341(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind341`` sources do (files ``*_me.*``).

    UK, French and Spanish ground handlers report the events detected in their
    countries, Tocumen's handling agents the Panamanian ones, and the ACI World
    facilitation desk every other event; some events are reported a second time by
    another source. See the module docstring for each source's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``menzies_uk_me.csv``, ``groupe3s_surete_me.xlsx``,
        ``groundforce_seguridad_me.csv``, ``comite_handling_tocumen_me.csv`` and
        ``aci_world_facsec_me.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind341(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['menzies_uk_me.csv', 'groupe3s_surete_me.xlsx', 'groundforce_seguridad_me.csv',
     'comite_handling_tocumen_me.csv', 'aci_world_facsec_me.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> subs[3].frame.columns[:3].tolist()
    ['NO. REPORTE', 'FECHA', 'TIPO DE DELITO']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
