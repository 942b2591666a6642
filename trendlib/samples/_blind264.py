"""Examiner sample set ``blind264`` (files ``*_jf.*``): municipal and local services.

Five sources the project has never seen, most of them local authorities that count the
migrants they meet and pass their tallies on:

``ville_calais_solidarites_jf.csv``
    Ville de Calais, Direction des solidarités (maraudes, accueil de jour). French,
    cp1252, ``;``, CRLF; day-first dates (some with a two-digit year, a few months
    only), decimal-comma coordinates, demonyms in the nationality column, "nc" for
    what is not known. First reports of the events detected in France; second reports
    of Channel crossings that landed at Dover.
``femp_migraciones_jf.xlsx``
    Federación Española de Municipios y Provincias, compiling the social services of
    the municipalities of arrival (Ceuta, Melilla, Almería, the Canaries, Huelva).
    Spanish workbook: real Excel dates mixed with text dates, a few pasted serials,
    months and quarters ("T2 2023"); one "lat, lon" cell; names mangled by a badly
    imported CSV ("EspaÃ±a"); Spanish lists ending in "y". First reports in Spain.
``elpaso_oem_jf.csv``
    City of El Paso, Office of Emergency Management (migrant support). English, UTF-8
    with BOM, ``,``; month-first US dates, two-letter country codes, "UAC" for
    unaccompanied children, thousands with commas, a few DMS coordinates. First
    reports in the United States; re-sends some rows.
``meteti_junta_comunal_jf.csv``
    Junta Comunal de Metetí (Darién, Panama), the register of migrant groups passing
    the corregimiento. Spanish, UTF-16 with tabs (Excel's "Unicode text"), day-first
    dates and "17-may-2023", demonyms ("venezolano"), GPS cells as "8.50123, -77.50345"
    or in DMS with "O" for west. First reports in Panama; re-sends some rows.
``uclg_migration_jf.jsonl``
    UCLG (United Cities and Local Governments) migration desk, compiling what member
    cities report (Lampedusa, Lesvos, Cetingrad, Kuźnica, Dover, London ...). English
    JSON lines, ISO codes, ISO dates, months and quarters. First reports of every
    other event; second reports of Channel, Western Mediterranean, Atlantic and
    US–Mexico events its member cities also tally.

The truth expects what a careful analyst reads in each cell: a demonym is the country,
"Angleterre" is the United Kingdom, "UAC" is a child, ``8°30'04.4"N 77°30'12.4"O`` is
west longitude; a count of "nc" or "S/D" is no count (the row is kept), "aucun" suspects
is zero, a vague count ("une vingtaine") or an impossible date is a bad row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
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

__all__ = ["SOURCES", "Source264", "make_blind264"]

_Rng = np.random.Generator
#: (cell, expected day, precision, messiness tag or None) of a written date.
DateCell = tuple[object, pd.Timestamp, str, str | None]
#: (cells by column, expected lat, expected lon, tag or None) of written coordinates.
PlaceCells = tuple[dict[str, object], float, float, str | None]

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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Source264(ExaminerSource):
    """One agency of the set: the shared fields plus its own wording and cell writers.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : mapping
        Canonical word -> the agency's words for it (``transport`` may also be keyed
        ``"corridor:mode"`` where the agency names the craft of a route).
    not_applicable : tuple of str or None
        What the agency writes as the form of exploitation of a smuggling case.
    unknown : tuple of str
        The agency's words for a value it does not know.
    count_unknown : str
        What it writes in a count cell when the count is not known.
    zero : tuple of str
        Its words for "no suspect".
    coord_unknown : str or None
        Its placeholder of a location it does not know (None: it leaves the cell blank).
    offence_seps : tuple of str
        Separators of the linked offences.
    places : mapping
        Truth hotspot -> what it writes in its place column.
    date : callable
        ``(day, rng, partial_ok) -> (cell, expected day, precision, tag)``.
    country : callable
        ``(iso3, column, rng) -> (cell, tag)``.
    transit : callable
        ``(list of iso3, rng) -> (cell, tags)``.
    count : callable
        ``(persons, rng) -> (cell, tag)``.
    coords : callable
        ``(lat, lon, rng) -> (cells, expected lat, expected lon, tag)``.
    bad_day : callable
        ``(day, kind, rng) -> cell`` of a bad date.
    note_day : callable
        ``(day) -> cell``, the date written on the note row.
    case_rate : float
        Share of word cells typed in another case or with stray spaces.
    garbled_rate : float
        Share of rows whose text went through a UTF-8 file opened as cp1252 (mojibake).
    """

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    transport: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    not_applicable: tuple[str | None, ...]
    unknown: tuple[str, ...]
    count_unknown: str
    zero: tuple[str, ...]
    coord_unknown: str | None
    offence_seps: tuple[str, ...]
    places: Mapping[str, tuple[str, ...]]
    date: Callable[[pd.Timestamp, _Rng, bool], DateCell]
    country: Callable[[str, str, _Rng], tuple[str, str | None]]
    transit: Callable[[list[str], _Rng], tuple[str, list[str]]]
    count: Callable[[int, _Rng], tuple[object, str | None]]
    coords: Callable[[float, float, _Rng], PlaceCells]
    bad_day: Callable[[pd.Timestamp, str, _Rng], object]
    note_day: Callable[[pd.Timestamp], object]
    case_rate: float
    garbled_rate: float


# --------------------------------------------------------------------------------------
# Small writers shared by the agencies
# --------------------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][{"en": 1, "fr": 2, "es": 3}[lang]])


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write a decimal degree as D°M'S.S" plus hemisphere; return it and its value."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    back = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, back


def _thousands(n: int, sep: str) -> str:
    return f"{n // 1000}{sep}{n % 1000:03d}"


def _case(text: str, rng: _Rng) -> str:
    k = int(rng.integers(4))
    return (
        text.upper()
        if k == 0
        else text.lower()
        if k == 1
        else f" {text} "
        if k == 2
        else text + "  "
    )


CountryWriter = Callable[[str, str, _Rng], tuple[str, str | None]]


def _country_writer(
    lang: str,
    variants: Mapping[str, tuple[tuple[str, str], ...]],
    *,
    variant_rate: float,
    iso3_rate: float = 0.0,
    iso2_rate: float = 0.0,
    demonyms: Mapping[str, str] | None = None,
    demonym_rate: float = 0.0,
    upper_rate: float = 0.0,
) -> CountryWriter:
    """Return an agency's writer of one country cell (its usual name most of the time)."""

    def write(iso: str, column: str, rng: _Rng) -> tuple[str, str | None]:
        r = rng.random()
        if demonyms and column == "nationality" and iso in demonyms:
            if r < demonym_rate:
                return demonyms[iso], f"demonym:{column}"
            r = rng.random()
        name = _name(iso, lang)
        edges = np.cumsum([variant_rate, iso3_rate, iso2_rate, upper_rate])
        if r < edges[0] and iso in variants:
            text, kind = variants[iso][int(rng.integers(len(variants[iso])))]
            return text, f"{kind}:{column}"
        if edges[0] <= r < edges[1]:
            return iso, f"iso3:{column}"
        if edges[1] <= r < edges[2]:
            return iso_codes(iso)[0], f"iso2:{column}"
        if edges[2] <= r < edges[3]:
            return name.upper(), f"case:{column}"
        return name, None

    return write


def _transit_writer(
    country: CountryWriter, seps: tuple[str, ...], last: str | None = None
) -> Callable[[list[str], _Rng], tuple[str, list[str]]]:
    """Return a writer of an ordered transit list (``last``: the word before the last one)."""

    def write(codes: list[str], rng: _Rng) -> tuple[str, list[str]]:
        parts: list[str] = []
        tags: list[str] = []
        for code in codes:
            text, tag = country(code, "transit_countries", rng)
            parts.append(text)
            if tag is not None:
                tags.append(tag)
        sep = choice(rng, seps)
        if last is not None and len(parts) > 1:
            return sep.join(parts[:-1]) + last + parts[-1], tags
        return sep.join(parts), tags

    return write


# --------------------------------------------------------------------------------------
# Ville de Calais, Direction des solidarités (French, cp1252, ";")
# --------------------------------------------------------------------------------------
def _calais_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateCell:
    r = rng.random()
    if partial_ok and r < 0.04:
        return f"{_MOIS[ts.month - 1]} {ts.year}", _month_start(ts), "month", "partial_date"
    if r < 0.16:
        return ts.strftime("%d/%m/%y"), ts, "day", "two_digit_year"
    return ts.strftime("%d/%m/%Y"), ts, "day", None


def _calais_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, (f"31/06/{ts.year}", f"30/02/{ts.year}", f"31/11/{ts.year}"))
    return ts.replace(year=ts.year + 100).strftime("%d/%m/%Y")  # 2023 typed 2123


def _calais_count(n: int, rng: _Rng) -> tuple[object, str | None]:
    if n >= 1000:
        return _thousands(n, choice(rng, (" ", "\u00a0"))), "thousands:n_persons"
    if rng.random() < 0.06:
        return f"{n} pers.", "count_words"
    return str(n), None


def _calais_coords(lat: float, lon: float, rng: _Rng) -> PlaceCells:
    la, lo = round(lat, 4), round(lon, 4)
    return (
        {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")},
        la,
        lo,
        "decimal_comma",
    )


_CALAIS_COUNTRY = _country_writer(
    "fr",
    {
        "AFG": (("Afganistan", "typo"), ("AFGHANISTAN", "case")),
        "ERI": (("Erythree", "accents"), ("Erytrée", "typo"), ("ERYTHREE", "case")),
        "IRQ": (("IRAK", "case"), ("Iraq", "alias"), ("Kurdistan irakien", "alias")),
        "IRN": (("IRAN", "case"), ("Irann", "typo")),
        "SYR": (("SYRIE", "case"), ("Syire", "typo")),
        "ALB": (("ALBANIE", "case"), ("Albannie", "typo")),
        "VNM": (("Vietnam", "alias"), ("Viet-Nam", "alias"), ("VIETNAM", "case")),
        "GBR": (("Angleterre", "alias"), ("UK", "alias"), ("Royaume Uni", "alias")),
        "DEU": (("ALLEMAGNE", "case"), ("Allemange", "typo")),
        "FRA": (("FRANCE", "case"),),
    },
    variant_rate=0.16,
    upper_rate=0.05,
    demonyms={
        "AFG": "afghan",
        "ERI": "érythréen",
        "IRQ": "irakien",
        "IRN": "iranien",
        "SYR": "syrien",
        "ALB": "albanais",
        "VNM": "vietnamien",
    },
    demonym_rate=0.25,
)

CALAIS = Source264(
    source="ville_calais_solidarites",
    filename="ville_calais_solidarites_jf.csv",
    ref="DS-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date constat",
        "place": "Lieu",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb passeurs présumés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constat",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode de passage",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires (maraudes et accueil de jour) - à consolider avec la sous-préfecture",
    total="Total général",
    bad_count=("plusieurs", "une vingtaine", "nombreux"),
    repeats=False,
    crime={
        "smuggling": ("aide à l'entrée irrégulière", "trafic de migrants", "filière de passage"),
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "both": ("traite + trafic de migrants", "TEH et aide au passage"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme", "autre"),
    },
    gender={
        "male": ("hommes", "H", "masculin"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("small boat", "embarcation", "voie maritime", "bateau pneumatique"),
        "land": ("camion", "poids lourd", "voie terrestre"),
        "air": ("avion", "voie aérienne"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    not_applicable=(None, None, "sans objet", "s.o."),
    unknown=("nc", "inconnu", "non renseigné"),
    count_unknown="nc",
    zero=("aucun", "néant", "0 (aucun)"),
    coord_unknown="nc",
    offence_seps=("; ", " + "),
    places={
        "Calais": ("Calais", "Calais - plage", "Sangatte"),
        "Dunkirk/Gravelines": ("Gravelines", "Loon-Plage", "Grande-Synthe"),
        "Dover": ("Douvres",),
    },
    date=_calais_date,
    country=_CALAIS_COUNTRY,
    transit=_transit_writer(_CALAIS_COUNTRY, (" / ", ", ")),
    count=_calais_count,
    coords=_calais_coords,
    bad_day=_calais_bad,
    note_day=lambda ts: ts.strftime("%d/%m/%Y"),
    case_rate=0.06,
    garbled_rate=0.0,
)


# --------------------------------------------------------------------------------------
# FEMP, municipal social services of arrival (Spanish, XLSX)
# --------------------------------------------------------------------------------------
def _femp_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateCell:
    r = rng.random()
    if partial_ok and r < 0.04:
        return f"{_MESES[ts.month - 1]} {ts.year}", _month_start(ts), "month", "partial_date"
    if partial_ok and r < 0.08:
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", "partial_date"
    if r < 0.22:
        return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"
    if r < 0.28:
        return int((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
    return ts.to_pydatetime(), ts, "day", None


def _femp_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, (f"30/02/{ts.year}", f"31/04/{ts.year}", f"31/09/{ts.year}"))
    return ts.replace(year=ts.year + 10).strftime("%d/%m/%Y")  # 2023 typed 2033


def _femp_count(n: int, rng: _Rng) -> tuple[object, str | None]:
    if n >= 1000 and rng.random() < 0.4:
        return _thousands(n, "."), "thousands:n_persons"
    return n, None


def _femp_coords(lat: float, lon: float, rng: _Rng) -> PlaceCells:
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, None


_FEMP_COUNTRY = _country_writer(
    "es",
    {
        "MAR": (("Marrueco", "typo"), ("MARRUECOS", "case")),
        "DZA": (("Argélia", "typo"), ("ARGELIA", "case")),
        "ROU": (("Rumania", "alias"), ("Rumanía", "alias")),
        "GIN": (("Guinea Conakry", "alias"), ("Guinea-Conakri", "alias")),
        "GMB": (("Gambia (La)", "alias"),),
        "CIV": (("Costa Marfil", "typo"), ("Côte d'Ivoire", "alias")),
        "MLI": (("Mali", "accents"),),
        "SEN": (("Senegál", "typo"), ("SENEGAL", "case")),
        "ESP": (("ESPAÑA", "case"), ("Espana", "accents")),
        "HUN": (("Hungria", "accents"),),
        "FRA": (("FRANCIA", "case"),),
    },
    variant_rate=0.12,
    iso3_rate=0.05,
)

FEMP = Source264(
    source="femp_migraciones",
    filename="femp_migraciones_jf.xlsx",
    ref="FEMP/{yy:02d}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha",
        "place": "Municipio",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos remitidos por los ayuntamientos, pendientes de validación",
    total="TOTAL",
    bad_count=("varios", "una treintena", "numerosos"),
    repeats=False,
    crime={
        "smuggling": (
            "Tráfico de migrantes",
            "Favorecimiento de la inmigración irregular",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de seres humanos", "Trata"),
        "both": ("Trata y tráfico de migrantes", "Trata + tráfico"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    gender={
        "male": ("Hombres", "Varones"),
        "female": ("Mujeres",),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "Menores no acompañados"),
        "mixed": ("Mixto", "Adultos y menores"),
    },
    transport={
        "watl:sea": ("Cayuco", "Neumática", "Marítimo"),
        "wmed:sea": ("Patera", "Neumática", "Marítimo"),
        "wmed:land": ("Salto de valla", "Terrestre", "Bajos de camión"),
        "sea": ("Marítimo", "Embarcación"),
        "land": ("Terrestre", "Autobús"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    not_applicable=(None, None, "No procede"),
    unknown=("s/d", "Desconocido", "No consta"),
    count_unknown="s/d",
    zero=("ninguno", "0 (ninguno)"),
    coord_unknown="sin datos",
    offence_seps=(", ", "; "),
    places={
        "Ceuta": ("Ceuta",),
        "Melilla": ("Melilla",),
        "Almería": ("Almería", "Níjar", "Carboneras"),
        "Gran Canaria": ("Mogán (Arguineguín)", "Las Palmas de Gran Canaria"),
        "Tenerife": ("Arona (Los Cristianos)", "Granadilla de Abona"),
        "El Hierro": ("El Pinar (La Restinga)",),
        "Lanzarote": ("Arrecife", "Teguise"),
        "Huelva": ("Lepe", "Moguer", "Palos de la Frontera"),
        "Almería (El Ejido)": ("El Ejido",),
    },
    date=_femp_date,
    country=_FEMP_COUNTRY,
    transit=_transit_writer(_FEMP_COUNTRY, (", ",), last=" y "),
    count=_femp_count,
    coords=_femp_coords,
    bad_day=_femp_bad,
    note_day=lambda ts: ts.to_pydatetime(),
    case_rate=0.05,
    garbled_rate=0.1,  # rows pasted from a municipality's badly imported CSV
)


# --------------------------------------------------------------------------------------
# City of El Paso, Office of Emergency Management (English, UTF-8 with BOM, ",")
# --------------------------------------------------------------------------------------
def _elpaso_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateCell:
    r = rng.random()
    if partial_ok and r < 0.04:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", "partial_date"
    if r < 0.22:
        return f"{ts.month}/{ts.day}/{ts.year}", ts, "day", "month_first"
    return ts.strftime("%m/%d/%Y"), ts, "day", "month_first"


def _elpaso_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, (f"02/30/{ts.year}", f"04/31/{ts.year}", f"06/31/{ts.year}"))
    return ts.replace(year=ts.year + 10).strftime("%m/%d/%Y")


def _elpaso_count(n: int, rng: _Rng) -> tuple[object, str | None]:
    if n >= 1000 and rng.random() < 0.85:
        return _thousands(n, ","), "thousands:n_persons"
    return str(n), None


def _elpaso_coords(lat: float, lon: float, rng: _Rng) -> PlaceCells:
    if rng.random() < 0.08:
        t_lat, la = _dms(lat, "N", "S")
        t_lon, lo = _dms(lon, "E", "W")
        return {"lat": t_lat, "lon": t_lon}, la, lo, "dms"
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo, None


_ELPASO_COUNTRY = _country_writer(
    "en",
    {
        "MEX": (("Meixco", "typo"), ("MEXICO", "case"), ("México", "alias")),
        "GTM": (("Gautemala", "typo"), ("GUATEMALA", "case")),
        "HND": (("Hondorus", "typo"), ("HONDURAS", "case")),
        "VEN": (("Venezeula", "typo"), ("VENEZUELA", "case")),
        "ECU": (("Ecudor", "typo"), ("ECUADOR", "case")),
        "USA": (("USA", "alias"), ("U.S.", "alias"), ("United States of America", "alias")),
    },
    variant_rate=0.2,
    iso2_rate=0.1,
)

ELPASO = Source264(
    source="elpaso_oem",
    filename="elpaso_oem_jf.csv",
    ref="OEM-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case #",
        "event_date": "Date",
        "place": "Border Patrol Sector",
        "crime_type": "Incident Type",
        "exploitation": "Exploitation Type",
        "n_persons": "Number of Migrants",
        "n_suspects": "Suspected Smugglers",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Final Destination",
        "detection_country": "Country of Encounter",
        "transit_countries": "Countries Transited",
        "transport_mode": "Mode",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offenses",
    },
    note="Note: preliminary figures, subject to revision by OEM",
    total="Grand Total",
    bad_count=("several", "dozens", "a few"),
    repeats=True,
    crime={
        "smuggling": ("Human Smuggling", "Alien Smuggling", "Smuggling"),
        "trafficking": ("Human Trafficking", "Trafficking"),
        "both": ("Smuggling/Trafficking", "Smuggling & Trafficking"),
    },
    exploitation={
        "sexual": ("Sex Trafficking", "Commercial Sex"),
        "forced_labour": ("Labor Trafficking", "Forced Labor"),
        "forced_criminality": ("Forced Criminal Activity",),
        "organ_removal": ("Organ Removal",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
    },
    gender={
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "Male/Female"),
    },
    age={
        "adult": ("Adult", "Adults", "18+"),
        "child": ("UAC", "Minor", "Juvenile"),
        "mixed": ("Adult/Minor", "Mixed"),
    },
    transport={
        "land": ("On foot", "Vehicle", "Tractor-trailer", "Pedestrian"),
        "sea": ("Boat", "Raft"),
        "air": ("Air", "Commercial flight"),
    },
    offences={
        "document_fraud": ("Fraudulent documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics", "Drug smuggling"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    not_applicable=(None, "N/A"),
    unknown=("Unknown", "UNK"),
    count_unknown="UNK",
    zero=("None identified", "no suspects"),
    coord_unknown=None,
    offence_seps=("; ", " / "),
    places={
        "Nogales (Sonora/Arizona)": ("Tucson Sector",),
        "Sasabe": ("Tucson Sector",),
        "El Paso": ("El Paso Sector",),
        "Rio Grande Valley": ("Rio Grande Valley Sector", "RGV Sector"),
    },
    date=_elpaso_date,
    country=_ELPASO_COUNTRY,
    transit=_transit_writer(_ELPASO_COUNTRY, ("; ", ", ")),
    count=_elpaso_count,
    coords=_elpaso_coords,
    bad_day=_elpaso_bad,
    note_day=lambda ts: ts.strftime("%m/%d/%Y"),
    case_rate=0.05,
    garbled_rate=0.0,
)


# --------------------------------------------------------------------------------------
# Junta Comunal de Metetí, Darién (Spanish, UTF-16, tab)
# --------------------------------------------------------------------------------------
def _meteti_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateCell:
    r = rng.random()
    if partial_ok and r < 0.04:
        return f"{_MESES[ts.month - 1]} {ts.year}", _month_start(ts), "month", "partial_date"
    if r < 0.38:
        return f"{ts.day:02d}-{_MESES[ts.month - 1][:3]}-{ts.year}", ts, "day", "month_word"
    return ts.strftime("%d/%m/%Y"), ts, "day", None


def _meteti_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, (f"31/09/{ts.year}", f"30/02/{ts.year}", f"31-abr-{ts.year}"))
    return ts.replace(year=ts.year + 100).strftime("%d/%m/%Y")


def _meteti_count(n: int, rng: _Rng) -> tuple[object, str | None]:
    if n >= 1000 and rng.random() < 0.6:
        return _thousands(n, ","), "thousands:n_persons"
    if rng.random() < 0.05:
        return f"{n} migrantes", "count_words"
    return str(n), None


def _meteti_coords(lat: float, lon: float, rng: _Rng) -> PlaceCells:
    if rng.random() < 0.2:
        t_lat, la = _dms(lat, "N", "S")
        t_lon, lo = _dms(lon, "E", "O")  # oeste
        return {"coordinates": f"{t_lat} {t_lon}"}, la, lo, "dms"
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, None


_METETI_COUNTRY = _country_writer(
    "es",
    {
        "VEN": (("Venezula", "typo"), ("VENEZUELA", "case")),
        "COL": (("Colonbia", "typo"), ("COLOMBIA", "case")),
        "ECU": (("Ecudor", "typo"), ("ECUADOR", "case")),
        "HTI": (("Haiti", "accents"), ("HAITI", "case")),
        "CHN": (("CHINA", "case"), ("Rep. Popular China", "alias")),
        "USA": (("EE.UU.", "alias"), ("EEUU", "alias"), ("USA", "alias")),
        "MEX": (("Méjico", "alias"), ("Mexico", "accents")),
        "PAN": (("Panama", "accents"), ("PANAMÁ", "case")),
    },
    variant_rate=0.22,
    demonyms={
        "VEN": "venezolano",
        "ECU": "ecuatoriano",
        "HTI": "haitiano",
        "COL": "colombiano",
        "CHN": "chino",
    },
    demonym_rate=0.35,
)

METETI = Source264(
    source="meteti_junta_comunal",
    filename="meteti_junta_comunal_jf.csv",
    ref="JCM-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "N°",
        "event_date": "Fecha",
        "place": "Comunidad",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Guías / coyotes",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio",
        "coordinates": "Ubicación GPS",
    },
    note="Obs.: registro levantado por la Junta Comunal con apoyo de SENAFRONT",
    total="Total",
    bad_count=("varios", "grupo grande", "decenas"),
    repeats=True,
    crime={
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata y tráfico", "Trata de personas / tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "other": ("Otra",),
    },
    gender={
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos"),
    },
    age={
        "adult": ("Adultos",),
        "child": ("Menores", "NNA"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "land": ("A pie", "Terrestre", "Caminando"),
        "sea": ("Lancha", "Marítimo"),
        "air": ("Aéreo",),
    },
    offences={},
    not_applicable=(None, "N/A"),
    unknown=("S/D", "N/D", "Desconocido"),
    count_unknown="S/D",
    zero=("ninguno", "0 (ninguno)"),
    coord_unknown="S/D",
    offence_seps=(", ",),
    places={
        "Darién gap": ("Tapón del Darién (selva)", "Río Tuquesa", "Canaán Membrillo"),
        "Bajo Chiquito": ("Bajo Chiquito",),
        "Lajas Blancas": ("Lajas Blancas", "ETRM Lajas Blancas"),
    },
    date=_meteti_date,
    country=_METETI_COUNTRY,
    transit=_transit_writer(_METETI_COUNTRY, (" - ", " / ")),
    count=_meteti_count,
    coords=_meteti_coords,
    bad_day=_meteti_bad,
    note_day=lambda ts: ts.strftime("%d/%m/%Y"),
    case_rate=0.06,
    garbled_rate=0.0,
)


# --------------------------------------------------------------------------------------
# UCLG migration desk, compilation of member cities (English, JSON lines)
# --------------------------------------------------------------------------------------
def _uclg_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateCell:
    r = rng.random()
    if partial_ok and r < 0.03:
        return ts.strftime("%Y-%m"), _month_start(ts), "month", "partial_date"
    if partial_ok and r < 0.06:
        return f"Q{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", "partial_date"
    if r < 0.14:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "long_date"
    if r < 0.22:
        return ts.strftime("%Y/%m/%d"), ts, "day", None
    return ts.strftime("%Y-%m-%d"), ts, "day", None


def _uclg_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, (f"{ts.year}-02-30", f"{ts.year}-11-31", f"{ts.year}-06-31"))
    return ts.replace(year=ts.year + 10).strftime("%Y-%m-%d")


def _uclg_count(n: int, rng: _Rng) -> tuple[object, str | None]:
    return n, None


def _uclg_coords(lat: float, lon: float, rng: _Rng) -> PlaceCells:
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": la, "lon": lo}, la, lo, None


_UCLG_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "TUR": (("Turkey", "alias"), ("Türkiye", "alias")),
    "VNM": (("Vietnam", "alias"),),
    "CIV": (("Ivory Coast", "alias"),),
    "GBR": (("UK", "alias"), ("United Kingdom", "alias")),
    "MKD": (("North Macedonia", "alias"),),
    "BIH": (("Bosnia-Herzegovina", "alias"),),
    "SYR": (("Syria", "alias"),),
    "RUS": (("Russia", "alias"), ("Russian Federation", "alias")),
}


def _uclg_country(iso: str, column: str, rng: _Rng) -> tuple[str, str | None]:
    r = rng.random()
    if r < 0.62:
        return iso, None  # the desk's own form: ISO alpha-3
    if r < 0.72:
        return iso_codes(iso)[0], f"iso2:{column}"
    if r < 0.76:
        return iso_codes(iso)[1], f"numeric:{column}"  # UN M49, from a statistics office
    if iso in _UCLG_NAMES and r < 0.84:
        text, kind = _UCLG_NAMES[iso][int(rng.integers(len(_UCLG_NAMES[iso])))]
        return text, f"{kind}:{column}"
    return _name(iso, "en"), f"name:{column}"


UCLG = Source264(
    source="uclg_migration",
    filename="uclg_migration_jf.jsonl",
    ref="UCLG-MIG-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "report_id",
        "event_date": "date",
        "place": "city",
        "crime_type": "offence",
        "exploitation": "exploitation",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country",
        "transit_countries": "transit",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL (all member cities)",
    bad_count=("many", "several"),
    repeats=False,
    crime={
        "smuggling": ("migrant smuggling", "smuggling of migrants"),
        "trafficking": ("trafficking in persons", "human trafficking", "THB"),
        "both": ("trafficking & smuggling", "THB/SOM"),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality", "exploitation in criminal activities"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={
        "male": ("male", "men"),
        "female": ("female", "women"),
        "mixed": ("mixed", "men and women"),
    },
    age={
        "adult": ("adults", "adult"),
        "child": ("children", "minors", "UASC"),
        "mixed": ("mixed", "adults and children"),
    },
    transport={
        "sea": ("sea", "boat"),
        "land": ("land", "overland"),
        "air": ("air",),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "drug trafficking"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    not_applicable=(None,),
    unknown=("unknown", "not known"),
    count_unknown="n/a",
    zero=(),  # the desk's feed keeps numbers
    coord_unknown=None,
    offence_seps=("; ",),
    places={
        "Lampedusa": ("Lampedusa e Linosa",),
        "Pozzallo": ("Pozzallo",),
        "Crotone": ("Crotone",),
        "Lesbos": ("Mytilene (Lesvos)",),
        "Samos": ("Samos",),
        "Evros": ("Alexandroupoli", "Orestiada"),
        "Cetingrad (BIH–HRV border)": ("Cetingrad",),
        "Bajakovo (SRB–HRV border)": ("Nijemci",),
        "Kuźnica": ("Kuźnica",),
        "Białowieża": ("Białowieża", "Hajnówka"),
        "Michałowo": ("Michałowo",),
        "Calais": ("Calais",),
        "Dunkirk/Gravelines": ("Grande-Synthe", "Gravelines"),
        "Dover": ("Dover",),
        "Darién gap": ("Metetí",),
        "Bajo Chiquito": ("Metetí",),
        "Lajas Blancas": ("Metetí",),
        "Nogales (Sonora/Arizona)": ("Nogales, AZ",),
        "Sasabe": ("Tucson",),
        "El Paso": ("El Paso",),
        "Rio Grande Valley": ("McAllen", "Brownsville"),
        "Castel Volturno": ("Castel Volturno",),
        "Torino": ("Torino",),
        "Palermo": ("Palermo",),
        "Ceuta": ("Ceuta",),
        "Melilla": ("Melilla",),
        "Almería": ("Almería",),
        "Gran Canaria": ("Las Palmas de Gran Canaria",),
        "Tenerife": ("Santa Cruz de Tenerife",),
        "El Hierro": ("Valverde (El Hierro)",),
        "Lanzarote": ("Arrecife",),
        "Huelva": ("Huelva",),
        "Almería (El Ejido)": ("El Ejido",),
        "Latina (Agro Pontino)": ("Latina",),
        "London": ("London",),
        "Birmingham": ("Birmingham",),
        "Glasgow": ("Glasgow",),
    },
    date=_uclg_date,
    country=_uclg_country,
    transit=_transit_writer(_uclg_country, ("-", ", ")),
    count=_uclg_count,
    coords=_uclg_coords,
    bad_day=_uclg_bad,
    note_day=lambda ts: ts.strftime("%Y-%m-%d"),
    case_rate=0.03,
    garbled_rate=0.0,
)

#: The five sources, in the order of the submissions.
SOURCES: tuple[Source264, ...] = (CALAIS, FEMP, ELPASO, METETI, UCLG)


# --------------------------------------------------------------------------------------
# One event, as one agency writes it
# --------------------------------------------------------------------------------------
def _word(src: Source264, words: tuple[str, ...], column: str, rng: _Rng, tags: list[str]) -> str:
    # the usual word most of the time, its variants otherwise
    text = words[0] if rng.random() < 0.6 else choice(rng, words)
    if rng.random() < src.case_rate:
        tags.append(f"case:{column}")
        return _case(text, rng)
    return text


def _fit(src: Source264, text: str) -> str:
    """Keep a cell the file's encoding can hold (the agencies' words all fit)."""
    return text if fits(text, src) else text.encode(src.encoding, "replace").decode(src.encoding)


def _render(
    src: Source264,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    has = set(src.headers)

    def tag(t: str | None) -> None:
        if t is not None:
            tags.append(t)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, day, precision, t = src.date(ts, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    tag(t)
    places = src.places.get(str(ev["hotspot"]))
    cells["place"] = choice(rng, places) if places else None

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, src.crime[crime], "crime_type", rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # a pure smuggling case: no form of exploitation
        cells["exploitation"] = src.not_applicable[int(rng.integers(len(src.not_applicable)))]
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, src.exploitation[str(expl)], "exploitation", rng, tags)
        exp["exploitation"] = expl

    numeric = src.format != "csv"
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"], exp["n_persons"] = src.count_unknown, None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = src.count(n, rng)
        exp["n_persons"] = n
        tag(t)

    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.025:
        cells["n_suspects"], exp["n_suspects"] = src.count_unknown, None
        tags.append("suspects_placeholder")
    elif s == 0 and src.zero and r < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = (s if numeric else str(s)), s

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, src.gender[gender], "gender", rng, tags), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, src.unknown), "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"], exp["age_group"] = _word(src, src.age[age], "age_group", rng, tags), age

    mode = str(ev["transport_mode"])
    modes = src.transport.get(f"{ev['corridor']}:{mode}") or src.transport[mode]
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.unknown), "unknown"
        tags.append("na_word:transport_mode")
    else:
        cells["transport_mode"] = _word(src, modes, "transport_mode", rng, tags)
        exp["transport_mode"] = mode

    def country(column: str, blank: bool, unknown_rate: float) -> None:
        iso = ev[column]
        if column not in has or iso is None:
            cells[column], exp[column] = None, None
        elif blank:
            cells[column], exp[column] = None, None
            tags.append(f"blank_{column}")
        elif rng.random() < unknown_rate:
            cells[column], exp[column] = choice(rng, src.unknown), None
            tags.append(f"blank_{column}" if column == "nationality" else f"unknown:{column}")
        else:
            text, t = src.country(str(iso), column, rng)
            cells[column], exp[column] = _fit(src, text), iso
            tag(t)

    country("nationality", forced_blank == "nationality", 0.02)
    country("origin_country", False, 0.03)
    country("destination_country", False, 0.03)
    country("detection_country", forced_blank == "detection_country", 0.0)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        text, ttags = src.transit(str(transit).split("|"), rng)
        cells["transit_countries"], exp["transit_countries"] = _fit(src, text), transit
        tags.extend(ttags)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    where = [c for c in ("lat", "lon", "coordinates") if c in has]
    r = rng.random()
    if forced_blank == "coordinates" or r < 0.03:
        cells.update(dict.fromkeys(where))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    elif r < 0.045 and src.coord_unknown is not None:
        cells.update(dict.fromkeys(where, src.coord_unknown))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        place, exp["lat"], exp["lon"], t = src.coords(lat, lon, rng)
        cells.update(place)
        tag(t)

    offences = ev["linked_offences"]
    if "linked_offences" not in has or offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [
            _word(src, src.offences[o], "linked_offences", rng, tags)
            for o in str(offences).split("|")
        ]
        cells["linked_offences"] = choice(rng, src.offence_seps).join(words)
        exp["linked_offences"] = offences
    if src.garbled_rate and rng.random() < src.garbled_rate:
        for key, value in cells.items():
            if isinstance(value, str) and (garbled := mojibake(value)) is not None:
                cells[key] = garbled
                tags.append(f"mojibake:{key}")
    return cells, exp, tags


def _bad_date(src: Source264, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return src.bad_day(ts, kind, rng)


def _note_date(src: Source264, last: pd.Timestamp) -> object:
    return src.note_day(last)


EXAMINER: Examiner[Source264] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": CALAIS.source,
        "ESP": FEMP.source,
        "USA": ELPASO.source,
        "PAN": METETI.source,
    },
    compilation=UCLG.source,
    secondary={
        ("channel", "GBR"): CALAIS.source,  # departures from the Calais beaches
        ("channel", "FRA"): UCLG.source,
        ("wmed", "ESP"): UCLG.source,
        ("watl", "ESP"): UCLG.source,
        ("us_mex", "USA"): UCLG.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=264,
    blank_share=0.35,
)


def make_blind264(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five submissions of the examiner set ``blind264``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ville_calais_solidarites_jf.csv`` (French, cp1252, ``;``),
        ``femp_migraciones_jf.xlsx`` (Spanish), ``elpaso_oem_jf.csv`` (English, UTF-8
        with BOM, ``,``), ``meteti_junta_comunal_jf.csv`` (Spanish, UTF-16, tab) and
        ``uclg_migration_jf.jsonl`` (English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind264(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ville_calais_solidarites_jf.csv', 'femp_migraciones_jf.xlsx', 'elpaso_oem_jf.csv',
     'meteti_junta_comunal_jf.csv', 'uclg_migration_jf.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° fiche', 'Date constat', 'Lieu']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
