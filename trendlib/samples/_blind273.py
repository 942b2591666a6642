"""Examiner sample set ``blind273`` (files ``*_jo.*``): mining and quarrying bodies.

Five bodies of the extractive sector that come across exploited or smuggled workers at
mines, quarries and gravel pits, each writing its export its own way:

``sg_minas_miteco_jo.xlsx``
    Spain's mining safety inspectors (Subdirección General de Minas, MITECO): a Spanish
    workbook of inspection files passed to the prosecutor. Real Excel dates beside dates
    typed as text and a few bare serial numbers, ``mayo de 2023`` and the INE quarter
    ``2023T2``, articles of the Penal Code (177 bis, 318 bis) as the crime, nationality
    as a demonym (``marroquí``), ``patera``/``cayuco``, coordinates in degrees, minutes
    and seconds with ``º`` and ``O`` (oeste), counts typed as text with ``.``
    thousands, registers partly in capitals, accents dropped.
``dreal_hdf_carrieres_jo.csv``
    DREAL Hauts-de-France, quarry inspectors of the Boulonnais and Dunkirk area
    (installations classées, carrières): French, cp1252, ``;``, day-first dates,
    ``1er mai 2023``, nationality adjectives (``afghane``), ``Angleterre`` for the
    United Kingdom, ``MNA`` for minors, decimal commas, mojibake in cells pasted from
    a UTF-8 tool, a re-sent file with exact repeats.
``mpa_quarries_uk_jo.csv``
    The Mineral Products Association's modern-slavery incident log of its quarry and
    aggregates members (UK): English, UTF-8 with BOM, ``,``, ``17/05/2023`` and
    ``17 May 2023``, ``May 2023``, ``Q2 2023``, Modern Slavery Act and organised
    immigration crime wording, ``England``/``Scotland``, routes joined by ``>``, one
    ``lat, long`` column, ``nil`` suspects.
``msha_si_us_jo.csv``
    US Mine Safety and Health Administration, special investigations referred to
    DHS: the MSHA open-data habit of a pipe-delimited latin-1 file with capitalised
    snake-case headers, everything in capitals, month-first dates, ``NO VALUE FOUND``
    for a missing coded value, ``UAC`` for unaccompanied children, a ``MINE_ID``.
``industriall_mining_jo.jsonl``
    IndustriALL Global Union's mining and quarrying rights-violation tracker, the
    compilation of what its affiliates report elsewhere (Italy, Greece, Croatia,
    Poland, Panama) and a second report of some national cases: JSON lines, ISO
    codes (alpha-3, alpha-2, UN M49 numeric), Spanish names from the Panamanian
    affiliate, partial dates ``2023-05`` and ``2023-Q2``, lists as JSON arrays,
    ``0, 0`` for a point not known.

Every cell is written as the body would write it, and the truth expects what a careful
analyst reads from it (``unknown`` or nothing where the cell says "not known").
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind273"]

_Rng = np.random.Generator
_Cell = object
_Out = tuple[_Cell, list[str]]

# Shares of the cells that say "not known" (or stay empty), per written row.
_P_COUNT_PLACEHOLDER = 0.015
_P_SUSPECTS_BLANK = 0.04
_P_SUSPECTS_PLACEHOLDER = 0.02
_P_GENDER_UNKNOWN = 0.02
_P_NA = 0.02
_P_NATIONALITY_BLANK = 0.03
_P_DESTINATION_BLANK = 0.06
_P_EXPLOITATION_UNKNOWN = 0.03
_P_NO_COORDS = 0.05

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

_MESES = (
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
_MOIS = (
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
_MONTHS = (
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

# Nationality as the adjective each administration writes ("nacionalidad marroquí",
# "nationalité afghane", "Afghan national").
_DEMONYM_ES = {
    "AFG": "afgana",
    "ALB": "albanesa",
    "BGD": "bangladesí",
    "CHN": "china",
    "CIV": "marfileña",
    "CMR": "camerunesa",
    "COL": "colombiana",
    "DZA": "argelina",
    "ECU": "ecuatoriana",
    "EGY": "egipcia",
    "ERI": "eritrea",
    "GIN": "guineana",
    "GMB": "gambiana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "HTI": "haitiana",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "MAR": "marroquí",
    "MEX": "mexicana",
    "MLI": "maliense",
    "NGA": "nigeriana",
    "PAK": "pakistaní",
    "ROU": "rumana",
    "SEN": "senegalesa",
    "SYR": "siria",
    "TUN": "tunecina",
    "TUR": "turca",
    "VEN": "venezolana",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
_DEMONYM_FR = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CHN": "chinoise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "COL": "colombienne",
    "DZA": "algérienne",
    "ECU": "équatorienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "GMB": "gambienne",
    "GTM": "guatémaltèque",
    "HND": "hondurienne",
    "HTI": "haïtienne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MEX": "mexicaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "ROU": "roumaine",
    "SEN": "sénégalaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "TUR": "turque",
    "VEN": "vénézuélienne",
    "VNM": "vietnamienne",
    "YEM": "yéménite",
}
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
# Names each body prefers over the table's (English-speaking bodies write "Vietnam").
_NAME_EN = {
    "VNM": "Vietnam",
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
    "GBR": "United Kingdom",
    "USA": "United States",
    "SYR": "Syria",
    "RUS": "Russia",
}
_NAME_ES = {"USA": "EE. UU.", "VNM": "Vietnam"}


def _name(iso: str, lang: str) -> str:
    """Return the country's usual name in ``lang`` (``en``, ``fr`` or ``es``)."""
    row = COUNTRIES[iso]
    if lang == "en":
        return _NAME_EN.get(iso, row[1])
    if lang == "fr":
        return row[2]
    return _NAME_ES.get(iso, row[3])


def _plain(text: str) -> str:
    """Drop accents (``Túnez`` -> ``Tunez``), as a keyboard without them writes."""
    norm = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in norm if not unicodedata.combining(c))
    return out.replace("’", "'")


def _swap(text: str) -> str:
    """Swap two letters in the middle of a long name (``Marruecos`` -> ``Marreucos``)."""
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if len(text) < 7 or " " in text or not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _dms(value: float, pos: str, neg: str) -> str:
    """Write a decimal degree as Spanish degrees, minutes, seconds (``6º57'00" O``)."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{deg}º{minutes:02d}'{seconds:02d}\" {pos if value >= 0 else neg}"


def _fits_cp1252(text: str) -> bool:
    """Tell whether ``text`` can be written in a cp1252 file."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with a slipped key in its year (2023 -> 2033), in the future."""
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)


def _impossible_day(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """Return an impossible (day, month) of the event's year: 30 or 31 February."""
    return int(choice(rng, ("30", "31"))), 2


class _Writer:
    """How one body writes each cell; the subclasses hold its wording."""

    lang = "en"
    zero_share = 0.0  # share of zero suspect counts written as a word

    # -- dates ---------------------------------------------------------------------
    def date(self, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool) -> tuple[_Cell, str, str]:
        """Return (cell, precision, tag); precision ``day``, ``month`` or ``quarter``."""
        raise NotImplementedError

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> _Cell:
        """Cell of a row whose date is missing, impossible or in the future."""
        raise NotImplementedError

    def note_date(self, last: pd.Timestamp) -> _Cell:
        """Date written on the note row (the day of the extract)."""
        return (last + pd.Timedelta(days=3)).strftime("%d/%m/%Y")

    # -- words ---------------------------------------------------------------------
    def crime(self, value: str, rng: _Rng) -> _Cell:
        """Crime type as the body words it."""
        raise NotImplementedError

    def exploitation(self, value: str, rng: _Rng) -> _Cell:
        """Form of exploitation as the body words it."""
        raise NotImplementedError

    def not_applicable(self, rng: _Rng) -> _Cell:
        """Exploitation cell of a smuggling case."""
        return None

    def unknown(self, column: str, rng: _Rng) -> _Cell:
        """Return what the body writes when a value is not known."""
        return None

    def gender(self, value: str, n: int, rng: _Rng) -> _Cell:
        """Sex of the persons."""
        raise NotImplementedError

    def age(self, value: str, n: int, rng: _Rng) -> _Cell:
        """Age group of the persons."""
        raise NotImplementedError

    def mode(self, value: str, ev: dict[str, object], rng: _Rng) -> _Cell:
        """Transport mode."""
        raise NotImplementedError

    def offences(self, values: list[str], rng: _Rng) -> _Cell:
        """Linked offences, in order."""
        raise NotImplementedError

    def no_offences(self, rng: _Rng) -> _Cell:
        """Linked offences cell when there are none."""
        return None

    # -- countries -----------------------------------------------------------------
    def country(self, iso: str, column: str, ev: dict[str, object], rng: _Rng) -> _Out:
        """One country cell and its messiness tags."""
        raise NotImplementedError

    def transit(self, codes: list[str], ev: dict[str, object], rng: _Rng) -> _Out:
        """Transit countries, in order, and their tags."""
        raise NotImplementedError

    def direct(self, rng: _Rng) -> _Cell:
        """Transit cell of a direct journey."""
        return None

    # -- numbers and places --------------------------------------------------------
    def count(self, n: int, rng: _Rng) -> _Out:
        """Write a count of persons or suspects; return (cell, tags)."""
        return str(n), []

    def count_placeholder(self, rng: _Rng) -> _Cell:
        """Return a count cell saying the number is not known."""
        raise NotImplementedError

    def zero_word(self, rng: _Rng) -> _Cell:
        """Return a count of zero written as a word."""
        return "0"

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[dict[str, _Cell], list[str]]:
        """Coordinate cells of a point."""
        raise NotImplementedError

    def no_coords(self) -> dict[str, _Cell]:
        """Coordinate cells of a row without a point."""
        return {"lat": None, "lon": None}

    def extra(self, ev: dict[str, object], rng: _Rng) -> dict[str, _Cell]:
        """Return the body's own columns that are not record fields (site, mine id)."""
        return {}


# --------------------------------------------------------------------------------------
# Spain: Subdirección General de Minas (MITECO), inspection files (XLSX, Spanish)
# --------------------------------------------------------------------------------------
_SITE_ES = {
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
    "Almería": "Níjar (Almería)",
    "Gran Canaria": "Arinaga, Agüimes (Gran Canaria)",
    "Tenerife": "Granadilla de Abona (Tenerife)",
    "El Hierro": "Frontera (El Hierro)",
    "Lanzarote": "Tías (Lanzarote)",
    "Huelva": "Minas de Riotinto (Huelva)",
    "Almería (El Ejido)": "El Ejido (Almería)",
    "Latina (Agro Pontino)": "Latina (Italia)",
}


class _MinasES(_Writer):
    lang = "es"
    zero_share = 0.3

    def date(self, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool) -> tuple[_Cell, str, str]:
        r = rng.random()
        if partial_ok and r < 0.025:
            return f"{_MESES[ts.month - 1]} de {ts.year}", "month", "partial_date"
        if partial_ok and r < 0.04:
            return f"{ts.year}T{ts.quarter}", "quarter", "partial_date"
        r = rng.random()
        if r < 0.75:
            return ts.to_pydatetime(), "day", ""
        if r < 0.94:
            return ts.strftime("%d/%m/%Y"), "day", "text_date"
        return int((ts - _EXCEL_EPOCH).days), "day", "serial_date"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> _Cell:
        if kind == "no_date":
            return None
        if kind == "bad_date":
            day, month = _impossible_day(ts, rng)
            return f"{day}/{month:02d}/{ts.year}"
        return _future(ts).to_pydatetime()

    def note_date(self, last: pd.Timestamp) -> _Cell:
        return (last + pd.Timedelta(days=5)).to_pydatetime()

    def crime(self, value: str, rng: _Rng) -> _Cell:
        words = {
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "Trata de seres humanos",
                "Art. 177 bis CP",
            ),
            "smuggling": (
                "Inmigración clandestina (art. 318 bis CP)",
                "Art. 318 bis CP",
                "Delito contra los derechos de los ciudadanos extranjeros",
            ),
            "both": ("Arts. 177 bis y 318 bis CP", "Trata + inmigración clandestina"),
        }
        return choice(rng, words[value])

    def exploitation(self, value: str, rng: _Rng) -> _Cell:
        words = {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras formas",),
        }
        return choice(rng, words[value])

    def not_applicable(self, rng: _Rng) -> _Cell:
        return "No procede" if rng.random() < 0.6 else None

    def unknown(self, column: str, rng: _Rng) -> _Cell:
        if column == "nationality":
            return choice(rng, ("Desconocida", "Sin datos"))
        return "Sin datos" if rng.random() < 0.7 else None

    def gender(self, value: str, n: int, rng: _Rng) -> _Cell:
        if value == "male":
            return "Hombre" if n == 1 else "Hombres"
        if value == "female":
            return "Mujer" if n == 1 else "Mujeres"
        return choice(rng, ("Ambos sexos", "Hombres y mujeres"))

    def age(self, value: str, n: int, rng: _Rng) -> _Cell:
        if value == "adult":
            return "Mayor de edad" if n == 1 else "Mayores de edad"
        if value == "child":
            if rng.random() < 0.2:
                return "MENA"  # menor extranjero no acompañado
            return "Menor" if n == 1 else "Menores"
        return "Mayores y menores"

    def mode(self, value: str, ev: dict[str, object], rng: _Rng) -> _Cell:
        if value == "sea":
            if ev["corridor"] == "watl":
                return choice(rng, ("Marítima (cayuco)", "Cayuco"))
            return choice(rng, ("Marítima (patera)", "Patera", "Embarcación neumática"))
        if value == "land":
            if ev["hotspot"] in ("Ceuta", "Melilla"):
                return "Terrestre (perímetro fronterizo)"
            return choice(rng, ("Terrestre", "Por carretera (autobús)"))
        return choice(rng, ("Aérea", "Vía aérea"))

    def offences(self, values: list[str], rng: _Rng) -> _Cell:
        words = {
            "document_fraud": "Falsedad documental",
            "corruption": "Cohecho",
            "money_laundering": "Blanqueo de capitales",
            "illicit_goods": "Tráfico de drogas",
            "cybercrime": "Ciberdelincuencia",
            "terrorism": "Terrorismo",
        }
        return ", ".join(words[v] for v in values)

    def country(self, iso: str, column: str, ev: dict[str, object], rng: _Rng) -> _Out:
        tags: list[str] = []
        if column == "nationality" and rng.random() < 0.5:
            text = _DEMONYM_ES[iso].capitalize()
            tags.append("demonym:nationality")
        else:
            text = _name(iso, "es")
            if iso == "USA":
                tags.append(f"alias:{column}")
        r = rng.random()
        if r < 0.12 and _plain(text) != text:
            text = _plain(text)
            tags.append(f"accentless:{column}")
        elif r < 0.14 and _swap(text) != text:
            text = _swap(text)
            tags.append(f"typo:{column}")
        if rng.random() < 0.25:  # registers typed in capitals
            text = text.upper()
            tags.append(f"case:{column}")
        return text, tags

    def transit(self, codes: list[str], ev: dict[str, object], rng: _Rng) -> _Out:
        sep = choice(rng, (" - ", ", "))
        return sep.join(_name(c, "es") for c in codes), []

    def count(self, n: int, rng: _Rng) -> _Out:
        if n >= 1000 and rng.random() < 0.5:  # typed as text in the cell
            return f"{n // 1000}.{n % 1000:03d}", ["thousands:n_persons"]
        return n, []

    def count_placeholder(self, rng: _Rng) -> _Cell:
        return choice(rng, ("s/d", "sin datos"))

    def zero_word(self, rng: _Rng) -> _Cell:
        return "ninguno"

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[dict[str, _Cell], list[str]]:
        if rng.random() < 0.85:
            return {"lat": _dms(lat, "N", "S"), "lon": _dms(lon, "E", "O")}, ["coords_dms"]
        return {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }, ["coords_comma"]

    def extra(self, ev: dict[str, object], rng: _Rng) -> dict[str, _Cell]:
        kind = choice(rng, ("Cantera", "Gravera", "Mina", "Planta de áridos"))
        place = _SITE_ES.get(str(ev["hotspot"]), str(ev["hotspot"]))
        return {"site": f"{kind} – {place}"}


# --------------------------------------------------------------------------------------
# France: DREAL Hauts-de-France, quarry inspection (CSV cp1252 ";", French)
# --------------------------------------------------------------------------------------
_COMMUNE_FR = {
    "Calais": ("Marquise", "Ferques", "Rinxent", "Calais"),
    "Dunkirk/Gravelines": ("Gravelines", "Loon-Plage", "Dunkerque"),
    "Dover": ("Douvres (Royaume-Uni)",),
}


class _DrealFR(_Writer):
    lang = "fr"
    zero_share = 0.3

    def _garble(self, text: str, column: str, rng: _Rng, tags: list[str]) -> str:
        """Cells pasted from a UTF-8 tool into the cp1252 export (``SÃ©nÃ©gal``)."""
        if rng.random() < 0.05:
            bad = mojibake(text)
            if bad is not None and _fits_cp1252(bad):
                tags.append(f"mojibake:{column}")
                return bad
        return text

    def date(self, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool) -> tuple[_Cell, str, str]:
        if rng.random() < 0.85:
            return ts.strftime("%d/%m/%Y"), "day", ""
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MOIS[ts.month - 1]} {ts.year}", "day", "long_date"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> _Cell:
        if kind == "no_date":
            return None
        if kind == "bad_date":
            day, month = _impossible_day(ts, rng)
            return f"{day}/{month:02d}/{ts.year}"
        return _future(ts).strftime("%d/%m/%Y")

    def crime(self, value: str, rng: _Rng) -> _Cell:
        words = {
            "trafficking": ("Traite des êtres humains (art. 225-4-1 CP)", "TEH"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Aide au séjour irrégulier (art. L823-1 CESEDA)",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et aide au séjour irrégulier"),
        }
        return choice(rng, words[value])

    def exploitation(self, value: str, rng: _Rng) -> _Cell:
        words = {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        }
        tags: list[str] = []
        return self._garble(choice(rng, words[value]), "exploitation", rng, tags)

    def not_applicable(self, rng: _Rng) -> _Cell:
        return "sans objet" if rng.random() < 0.5 else None

    def unknown(self, column: str, rng: _Rng) -> _Cell:
        if column == "nationality":
            return choice(rng, ("inconnue", "NC"))
        return "NC" if rng.random() < 0.7 else None

    def gender(self, value: str, n: int, rng: _Rng) -> _Cell:
        if value == "male":
            return choice(rng, ("H", "homme" if n == 1 else "hommes"))
        if value == "female":
            return choice(rng, ("F", "femme" if n == 1 else "femmes"))
        return choice(rng, ("H/F", "mixte"))

    def age(self, value: str, n: int, rng: _Rng) -> _Cell:
        if value == "adult":
            return "majeur" if n == 1 else "majeurs"
        if value == "child":
            if rng.random() < 0.25:
                return "MNA"  # mineur(s) non accompagné(s)
            return "mineur" if n == 1 else "mineurs"
        return "majeurs et mineurs"

    def mode(self, value: str, ev: dict[str, object], rng: _Rng) -> _Cell:
        words = {
            "sea": ("small boat", "embarcation", "voie maritime"),
            "land": ("poids lourd", "voie terrestre", "véhicule léger"),
            "air": ("voie aérienne",),
        }
        return choice(rng, words[value])

    def offences(self, values: list[str], rng: _Rng) -> _Cell:
        words = {
            "document_fraud": "faux et usage de faux",
            "corruption": "corruption",
            "money_laundering": "blanchiment",
            "illicit_goods": "trafic de stupéfiants",
            "cybercrime": "cybercriminalité",
            "terrorism": "terrorisme",
        }
        return " + ".join(words[v] for v in values)

    def country(self, iso: str, column: str, ev: dict[str, object], rng: _Rng) -> _Out:
        tags: list[str] = []
        if column == "nationality" and rng.random() < 0.6:
            text = _DEMONYM_FR[iso]
            if rng.random() < 0.5:
                text = text.capitalize()
            tags.append("demonym:nationality")
        elif iso == "GBR" and rng.random() < 0.3:
            if rng.random() < 0.6:
                text = "Angleterre"
                tags.append(f"alias:{column}")
            else:
                text = "GB"
                tags.append(f"iso2:{column}")
        else:
            text = _name(iso, "fr")
        text = self._garble(text, column, rng, tags)
        return text, tags

    def transit(self, codes: list[str], ev: dict[str, object], rng: _Rng) -> _Out:
        tags: list[str] = []
        parts = [self._garble(_name(c, "fr"), "transit_countries", rng, tags) for c in codes]
        return " / ".join(parts), tags

    def count(self, n: int, rng: _Rng) -> _Out:
        if n >= 1000:
            sep = choice(rng, ("\u00a0", " "))
            return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands"]
        return str(n), []

    def count_placeholder(self, rng: _Rng) -> _Cell:
        return choice(rng, ("NC", "inconnu"))

    def zero_word(self, rng: _Rng) -> _Cell:
        return "aucun"

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[dict[str, _Cell], list[str]]:
        return {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }, ["coords_comma"]

    def extra(self, ev: dict[str, object], rng: _Rng) -> dict[str, _Cell]:
        hotspot = str(ev["hotspot"])
        return {"site": choice(rng, _COMMUNE_FR.get(hotspot, (hotspot,)))}


# --------------------------------------------------------------------------------------
# UK: Mineral Products Association, members' modern slavery incident log (CSV, English)
# --------------------------------------------------------------------------------------
_NATION_UK = {
    "Glasgow": "Scotland",
    "London": "England",
    "Birmingham": "England",
    "Dover": "England",
}


class _MpaUK(_Writer):
    lang = "en"
    zero_share = 0.35

    def date(self, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool) -> tuple[_Cell, str, str]:
        r = rng.random()
        if partial_ok and r < 0.05:
            return f"{_MONTHS[ts.month - 1]} {ts.year}", "month", "partial_date"
        if partial_ok and r < 0.08:
            return f"Q{ts.quarter} {ts.year}", "quarter", "partial_date"
        if rng.random() < 0.65:
            return ts.strftime("%d/%m/%Y"), "day", ""
        return f"{ts.day} {_MONTHS[ts.month - 1]} {ts.year}", "day", "long_date"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> _Cell:
        if kind == "no_date":
            return None
        if kind == "bad_date":
            day, _ = _impossible_day(ts, rng)
            if rng.random() < 0.5:
                return f"{day} February {ts.year}"
            return f"{day}/02/{ts.year}"
        return _future(ts).strftime("%d/%m/%Y")

    def note_date(self, last: pd.Timestamp) -> _Cell:
        return (last + pd.Timedelta(days=1)).strftime("%d/%m/%Y")

    def crime(self, value: str, rng: _Rng) -> _Cell:
        words = {
            "trafficking": (
                "Modern slavery - human trafficking",
                "MSA 2015 s.2 (trafficking)",
                "Human trafficking",
            ),
            "smuggling": (
                "Organised immigration crime",
                "Facilitation (s.25 IA 1971)",
                "People smuggling",
            ),
            "both": ("Modern slavery + OIC", "Trafficking & facilitation"),
        }
        return choice(rng, words[value])

    def exploitation(self, value: str, rng: _Rng) -> _Cell:
        words = {
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Labour", "Labour exploitation"),
            "forced_criminality": ("Criminal", "Criminal exploitation"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        }
        return choice(rng, words[value])

    def not_applicable(self, rng: _Rng) -> _Cell:
        return "N/A" if rng.random() < 0.6 else None

    def unknown(self, column: str, rng: _Rng) -> _Cell:
        if column == "gender":
            return choice(rng, ("Not recorded", "Not known"))
        return "Not known" if rng.random() < 0.75 else None

    def gender(self, value: str, n: int, rng: _Rng) -> _Cell:
        words = {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "Male & female"),
        }
        return choice(rng, words[value])

    def age(self, value: str, n: int, rng: _Rng) -> _Cell:
        words = {
            "adult": ("Adult", "18+"),
            "child": ("Child", "Under 18"),
            "mixed": ("Adults & children", "Mixed"),
        }
        return choice(rng, words[value])

    def mode(self, value: str, ev: dict[str, object], rng: _Rng) -> _Cell:
        words = {
            "sea": ("Small boat", "Maritime"),
            "land": ("HGV", "Land", "Concealed in vehicle"),
            "air": ("Air", "Flight"),
        }
        return choice(rng, words[value])

    def offences(self, values: list[str], rng: _Rng) -> _Cell:
        words = {
            "document_fraud": "Document fraud",
            "corruption": "Bribery",
            "money_laundering": "Money laundering",
            "illicit_goods": "Drugs",
            "cybercrime": "Cyber-enabled crime",
            "terrorism": "Terrorism",
        }
        return "; ".join(words[v] for v in values)

    def country(self, iso: str, column: str, ev: dict[str, object], rng: _Rng) -> _Out:
        tags: list[str] = []
        nation = _NATION_UK.get(str(ev["hotspot"]))
        if column == "nationality" and rng.random() < 0.65:
            text = _DEMONYM_EN[iso]
            tags.append("demonym:nationality")
        elif column == "detection_country" and nation and rng.random() < 0.3:
            text = nation
            tags.append(f"alias:{column}")
        elif iso == "GBR" and rng.random() < 0.5:
            text = "UK"
            tags.append(f"alias:{column}")
        else:
            text = _name(iso, "en")
        if rng.random() < 0.02 and _swap(text) != text:
            text = _swap(text)
            tags.append(f"typo:{column}")
        if rng.random() < 0.04:
            text = f"{text} "
            tags.append(f"case:{column}")
        return text, tags

    def transit(self, codes: list[str], ev: dict[str, object], rng: _Rng) -> _Out:
        return " > ".join(_name(c, "en") for c in codes), []

    def direct(self, rng: _Rng) -> _Cell:
        return "Direct" if rng.random() < 0.4 else None

    def count(self, n: int, rng: _Rng) -> _Out:
        if n >= 1000:
            return f"{n:,}", ["thousands"]
        return str(n), []

    def count_placeholder(self, rng: _Rng) -> _Cell:
        return choice(rng, ("Not known", "unknown"))

    def zero_word(self, rng: _Rng) -> _Cell:
        return choice(rng, ("nil", "None"))

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[dict[str, _Cell], list[str]]:
        return {"coordinates": f"{lat:.6f}, {lon:.6f}"}, ["coords_pair"]

    def no_coords(self) -> dict[str, _Cell]:
        return {"coordinates": None}


# --------------------------------------------------------------------------------------
# US: MSHA special investigations referred to DHS (pipe-delimited, latin-1, capitals)
# --------------------------------------------------------------------------------------
_STATE_MSHA = {
    "Nogales (Sonora/Arizona)": "02",
    "Sasabe": "02",
    "El Paso": "41",
    "Rio Grande Valley": "41",
}
_NVF = "NO VALUE FOUND"


class _MshaUS(_Writer):
    lang = "en"
    zero_share = 0.4

    def date(self, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool) -> tuple[_Cell, str, str]:
        return ts.strftime("%m/%d/%Y"), "day", "month_first"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> _Cell:
        if kind == "no_date":
            return None
        if kind == "bad_date":
            day, month = _impossible_day(ts, rng)
            return f"{month:02d}/{day}/{ts.year}"
        return _future(ts).strftime("%m/%d/%Y")

    def note_date(self, last: pd.Timestamp) -> _Cell:
        return last.strftime("%m/%d/%Y")

    def crime(self, value: str, rng: _Rng) -> _Cell:
        words = {
            "trafficking": ("HUMAN TRAFFICKING", "TRAFFICKING (TVPA)"),
            "smuggling": ("ALIEN SMUGGLING", "ALIEN SMUGGLING (8 USC 1324)"),
            "both": ("SMUGGLING/TRAFFICKING",),
        }
        return choice(rng, words[value])

    def exploitation(self, value: str, rng: _Rng) -> _Cell:
        words = {
            "sexual": "SEX TRAFFICKING",
            "forced_labour": "LABOR TRAFFICKING",
            "forced_criminality": "FORCED CRIMINALITY",
            "organ_removal": "ORGAN REMOVAL",
            "forced_marriage": "FORCED MARRIAGE",
            "other": "OTHER",
        }
        return words[value]

    def not_applicable(self, rng: _Rng) -> _Cell:
        return _NVF

    def unknown(self, column: str, rng: _Rng) -> _Cell:
        return _NVF

    def gender(self, value: str, n: int, rng: _Rng) -> _Cell:
        if value == "mixed":
            return choice(rng, ("MIXED", "BOTH"))
        return value.upper()

    def age(self, value: str, n: int, rng: _Rng) -> _Cell:
        if value == "child":
            return choice(rng, ("MINOR", "UAC"))
        return {"adult": "ADULT", "mixed": "ADULT/MINOR"}[value]

    def mode(self, value: str, ev: dict[str, object], rng: _Rng) -> _Cell:
        words = {"land": ("LAND", "ON FOOT", "VEHICLE"), "sea": ("MARITIME",), "air": ("AIR",)}
        return choice(rng, words[value])

    def offences(self, values: list[str], rng: _Rng) -> _Cell:
        words = {
            "document_fraud": "DOCUMENT FRAUD",
            "corruption": "BRIBERY",
            "money_laundering": "MONEY LAUNDERING",
            "illicit_goods": "NARCOTICS",
            "cybercrime": "CYBER",
            "terrorism": "TERRORISM",
        }
        return "/".join(words[v] for v in values)

    def no_offences(self, rng: _Rng) -> _Cell:
        return _NVF if rng.random() < 0.5 else None

    def country(self, iso: str, column: str, ev: dict[str, object], rng: _Rng) -> _Out:
        if rng.random() < 0.05:
            return iso, [f"iso3:{column}"]
        return _plain(_name(iso, "en")).upper(), []

    def transit(self, codes: list[str], ev: dict[str, object], rng: _Rng) -> _Out:
        return ",".join(_plain(_name(c, "en")).upper() for c in codes), []

    def count_placeholder(self, rng: _Rng) -> _Cell:
        return "UNKNOWN"

    def zero_word(self, rng: _Rng) -> _Cell:
        return "NONE"

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[dict[str, _Cell], list[str]]:
        return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}, []

    def extra(self, ev: dict[str, object], rng: _Rng) -> dict[str, _Cell]:
        state = _STATE_MSHA.get(str(ev["hotspot"]), "00")
        return {"mine_id": f"{state}{int(rng.integers(0, 100_000)):05d}"}


# --------------------------------------------------------------------------------------
# IndustriALL Global Union: mining rights-violation tracker (JSON lines, compilation)
# --------------------------------------------------------------------------------------
class _IndustriAll(_Writer):
    lang = "en"

    def date(self, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool) -> tuple[_Cell, str, str]:
        r = rng.random()
        if partial_ok and r < 0.07:
            return ts.strftime("%Y-%m"), "month", "partial_date"
        if partial_ok and r < 0.12:
            return f"{ts.year}-Q{ts.quarter}", "quarter", "partial_date"
        return ts.strftime("%Y-%m-%d"), "day", ""

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> _Cell:
        if kind == "no_date":
            return None
        if kind == "bad_date":
            day, month = _impossible_day(ts, rng)
            return f"{ts.year}-{month:02d}-{day}"
        return _future(ts).strftime("%Y-%m-%d")

    def crime(self, value: str, rng: _Rng) -> _Cell:
        words = {
            "trafficking": ("human trafficking", "trafficking for exploitation"),
            "smuggling": ("migrant smuggling", "smuggling of workers"),
            "both": ("trafficking and smuggling",),
        }
        return choice(rng, words[value])

    def exploitation(self, value: str, rng: _Rng) -> _Cell:
        return value.replace("_", " ")

    def gender(self, value: str, n: int, rng: _Rng) -> _Cell:
        return value

    def age(self, value: str, n: int, rng: _Rng) -> _Cell:
        return {"adult": "adult", "child": "minor", "mixed": "mixed"}[value]

    def mode(self, value: str, ev: dict[str, object], rng: _Rng) -> _Cell:
        return value

    def offences(self, values: list[str], rng: _Rng) -> _Cell:
        return [v.replace("_", " ") for v in values]

    def country(self, iso: str, column: str, ev: dict[str, object], rng: _Rng) -> _Out:
        r = rng.random()
        if ev["detection_country"] == "PAN" and r < 0.4:  # the Panamanian affiliate
            return _name(iso, "es"), []
        if column == "detection_country" and r < 0.08:
            return iso_codes(iso)[1], [f"numeric:{column}"]  # UN M49
        if column == "nationality" and r < 0.15:
            return iso_codes(iso)[0], [f"iso2:{column}"]
        if r < 0.8:
            return iso, [f"iso3:{column}"]
        return _name(iso, "en"), []

    def transit(self, codes: list[str], ev: dict[str, object], rng: _Rng) -> _Out:
        return list(codes), ["iso3:transit_countries"]

    def count(self, n: int, rng: _Rng) -> _Out:
        return n, []

    def count_placeholder(self, rng: _Rng) -> _Cell:
        return "unknown"

    def zero_word(self, rng: _Rng) -> _Cell:
        return 0

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[dict[str, _Cell], list[str]]:
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, []


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Agency(ExaminerSource):
    """A source of this set with its writer."""

    writer: _Writer


SOURCES: tuple[_Agency, ...] = (
    _Agency(
        source="sg_minas_miteco",
        filename="sg_minas_miteco_jo.xlsx",
        ref="SGM-{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº expediente",
            "event_date": "Fecha de la actuación",
            "site": "Explotación / T.M.",
            "detection_country": "País",
            "crime_type": "Tipo penal",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº trabajadores afectados",
            "n_suspects": "Nº investigados",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "transport_mode": "Vía de entrada",
            "lat": "Latitud (ETRS89)",
            "lon": "Longitud (ETRS89)",
            "linked_offences": "Delitos conexos",
        },
        note="NOTA: datos provisionales a fecha de extracción del registro de actuaciones",
        total="TOTAL GENERAL",
        bad_count=("ver anexo", "#¡VALOR!", "varios"),
        repeats=False,
        writer=_MinasES(),
    ),
    _Agency(
        source="dreal_hdf_carrieres",
        filename="dreal_hdf_carrieres_jo.csv",
        ref="UDL-{year}-{seq:03d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date du constat",
            "site": "Commune",
            "detection_country": "Pays",
            "crime_type": "Qualification pénale",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb de personnes",
            "n_suspects": "Nb de mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Destination",
            "transport_mode": "Mode de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="NB : extraction provisoire, ne pas diffuser hors service",
        total="Total",
        bad_count=("voir PV", "plusieurs", "cf. annexe"),
        repeats=True,
        writer=_DrealFR(),
    ),
    _Agency(
        source="mpa_quarries_uk",
        filename="mpa_quarries_uk_jo.csv",
        ref="MPA/MS/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Incident no.",
            "event_date": "Date of incident",
            "detection_country": "Country",
            "crime_type": "Offence category",
            "exploitation": "Exploitation type",
            "n_persons": "No. of potential victims / migrants",
            "n_suspects": "Suspects",
            "gender": "Sex",
            "age_group": "Age band",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Route (transit)",
            "destination_country": "Intended destination",
            "transport_mode": "Method of entry",
            "coordinates": "Lat/Long",
            "linked_offences": "Linked offences",
        },
        note="OFFICIAL-SENSITIVE - provisional figures, subject to revision",
        total="Total",
        bad_count=("see attached", "several", "#VALUE!"),
        repeats=True,
        writer=_MpaUK(),
    ),
    _Agency(
        source="msha_si_us",
        filename="msha_si_us_jo.csv",
        ref="SI-{year}-{seq:05d}",
        format="csv",
        encoding="latin-1",
        delimiter="|",
        language="en",
        headers={
            "source_ref": "SI_CASE_NO",
            "mine_id": "MINE_ID",
            "event_date": "EVENT_DT",
            "crime_type": "REFERRAL_TYPE",
            "exploitation": "TIP_TYPE",
            "n_persons": "NO_PERSONS",
            "n_suspects": "NO_SUBJECTS",
            "gender": "SEX",
            "age_group": "AGE_GROUP",
            "nationality": "CITIZENSHIP",
            "origin_country": "ORIGIN_CTRY",
            "transit_countries": "TRANSIT_CTRY",
            "destination_country": "DEST_CTRY",
            "detection_country": "EVENT_CTRY",
            "transport_mode": "ENTRY_MODE",
            "lat": "LATITUDE",
            "lon": "LONGITUDE",
            "linked_offences": "RELATED_VIOLATIONS",
        },
        note=None,
        total="TOTAL",
        bad_count=("SEE NARRATIVE", "MULTIPLE"),
        repeats=False,
        writer=_MshaUS(),
    ),
    _Agency(
        source="industriall_mining",
        filename="industriall_mining_jo.jsonl",
        ref="IAL-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "incident_date",
            "detection_country": "country",
            "crime_type": "violation",
            "exploitation": "exploitation_form",
            "n_persons": "workers_affected",
            "n_suspects": "perpetrators_identified",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "origin",
            "transit_countries": "transit",
            "destination_country": "destination",
            "transport_mode": "mode",
            "lat": "lat",
            "lon": "lon",
            "linked_offences": "related_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "see attached report"),
        repeats=False,
        writer=_IndustriAll(),
    ),
)


# --------------------------------------------------------------------------------------
# Rendering one event
# --------------------------------------------------------------------------------------
def _start(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    """First day of the month or quarter a partial date names."""
    if precision == "month":
        return ts.to_period("M").start_time
    if precision == "quarter":
        return ts.to_period("Q").start_time
    return ts


def _render(
    src: _Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    w = src.writer
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], precision, tag = w.date(ts, rng, partial_ok=partial_ok)
    exp["event_date"] = _start(ts, precision)
    exp["date_precision"] = precision
    tags += [tag] if tag else []

    crime = str(ev["crime_type"])
    cells["crime_type"] = w.crime(crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = w.not_applicable(rng), None
    elif rng.random() < _P_EXPLOITATION_UNKNOWN:
        cells["exploitation"], exp["exploitation"] = w.unknown("exploitation", rng), "unknown"
        tags.append("blank_exploitation")
    else:
        cells["exploitation"], exp["exploitation"] = w.exploitation(str(expl), rng), expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < _P_COUNT_PLACEHOLDER:
        cells["n_persons"], exp["n_persons"] = w.count_placeholder(rng), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], more = w.count(n, rng)
        exp["n_persons"] = n
        tags += [f"{t}:n_persons" if ":" not in t else t for t in more]

    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or r < _P_SUSPECTS_BLANK:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < _P_SUSPECTS_BLANK + _P_SUSPECTS_PLACEHOLDER:
        cells["n_suspects"], exp["n_suspects"] = w.count_placeholder(rng), None
        tags.append("suspects_placeholder")
    elif s == 0 and rng.random() < w.zero_share:
        cells["n_suspects"], exp["n_suspects"] = w.zero_word(rng), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], _ = w.count(s, rng)
        exp["n_suspects"] = s

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < _P_GENDER_UNKNOWN:
        cells["gender"], exp["gender"] = w.unknown("gender", rng), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = w.gender(gender, n, rng), gender

    age = str(ev["age_group"])
    if rng.random() < _P_NA:
        cells["age_group"], exp["age_group"] = w.unknown("age_group", rng), "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"], exp["age_group"] = w.age(age, n, rng), age

    mode = str(ev["transport_mode"])
    if rng.random() < _P_NA:
        cells["transport_mode"], exp["transport_mode"] = w.unknown("transport_mode", rng), "unknown"
        tags.append("na_word:transport_mode")
    else:
        cells["transport_mode"], exp["transport_mode"] = w.mode(mode, ev, rng), mode

    for col, p_blank in (
        ("nationality", _P_NATIONALITY_BLANK),
        ("origin_country", 0.0),
        ("destination_country", _P_DESTINATION_BLANK),
        ("detection_country", 0.0),
    ):
        iso = str(ev[col])
        if forced_blank == col or rng.random() < p_blank:
            cells[col] = w.unknown(col, rng) if col != "detection_country" else None
            exp[col] = None
            tags.append(f"blank_{col}")
        else:
            cells[col], more = w.country(iso, col, ev, rng)
            exp[col] = iso
            tags += more

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = w.direct(rng), None
    else:
        cells["transit_countries"], more = w.transit(str(transit).split("|"), ev, rng)
        exp["transit_countries"] = transit
        tags += more

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        cells.update(w.no_coords())
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < _P_NO_COORDS:
        cells.update(w.no_coords())
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif isinstance(w, _IndustriAll) and rng.random() < 0.02:
        cells.update({"lat": 0.0, "lon": 0.0})  # the tracker's "point not known"
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        coords, more = w.coords(lat, lon, rng)
        cells.update(coords)
        exp["lat"], exp["lon"] = lat, lon
        tags += more

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = w.no_offences(rng), None
    else:
        cells["linked_offences"] = w.offences(str(offences).split("|"), rng)
        exp["linked_offences"] = offences

    cells.update(w.extra(ev, rng))
    return cells, exp, tags


def _bad_date(src: _Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine, in the source's style."""
    return src.writer.bad_date(ts, kind, rng)


def _note_date(src: _Agency, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row."""
    return src.writer.note_date(last)


_ES, _FR, _UK, _US, _IAL = (s.source for s in SOURCES)

_EXAMINER: Examiner[_Agency] = Examiner(
    sources=SOURCES,
    primary={"ESP": _ES, "FRA": _FR, "GBR": _UK, "USA": _US},
    compilation=_IAL,
    secondary={
        ("thb_rou_esp", "ESP"): _IAL,
        ("thb_rou_esp", "ITA"): _ES,
        ("watl", "ESP"): _IAL,
        ("channel", "FRA"): _IAL,
        ("channel", "GBR"): _FR,
        ("thb_vnm_gbr", "GBR"): _IAL,
        ("us_mex", "USA"): _IAL,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=273,
    blank_share=0.3,
)


def make_blind273(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five mining and quarrying bodies of ``blind273``.

    Spain's mining inspectors report the events detected in Spain, the DREAL
    Hauts-de-France quarry inspectors those in France, the Mineral Products Association
    those in the United Kingdom, MSHA those in the United States; IndustriALL's tracker
    compiles every other event and reports some national cases a second time.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same cells.

    Returns
    -------
    list of Submission
        ``sg_minas_miteco_jo.xlsx``, ``dreal_hdf_carrieres_jo.csv``,
        ``mpa_quarries_uk_jo.csv``, ``msha_si_us_jo.csv`` and
        ``industriall_mining_jo.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind273(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sg_minas_miteco_jo.xlsx', 'dreal_hdf_carrieres_jo.csv', 'mpa_quarries_uk_jo.csv',
     'msha_si_us_jo.csv', 'industriall_mining_jo.jsonl']
    >>> [s.delimiter for s in subs]
    [None, ';', ',', '|', None]
    >>> subs[3].frame.columns[:3].tolist()
    ['SI_CASE_NO', 'MINE_ID', 'EVENT_DT']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
