"""Examiner sample set ``blind274`` (files ``*_jp.*``): certification schemes' auditors.

Five sources never used before in this project, all of them conformity-assessment or
assurance bodies of voluntary sustainability schemes (organic, fisheries, forestry,
agriculture) whose auditors meet forced labour and smuggled workers on the farms,
vessels, plants and forest units they audit, and pass the cases on:

``caae_certificacion_jp.xlsx``
    CAAE (Comité Andaluz de Agricultura Ecológica, Spain's organic certifier), its
    auditors' "expedientes de incidencias sociales": Spanish, an Excel workbook with real
    Excel dates (a few typed as text or left as serial numbers), numeric counts,
    nationality often as a demonym (``marroquí``), coordinates as numbers or as text with
    a decimal comma. Reports the events detected in Spain.
``ecocert_integrite_jp.csv``
    Ecocert's integrity desk (Fair for Life / organic audits in France, Spain and Italy):
    French, cp1252, ``;``, CRLF lines, ``dd/mm/yyyy`` dates and ``T2 2023`` quarters,
    decimal commas, ``NC`` for an unknown count, and the rows relayed by its subsidiaries
    garbled by a UTF-8 export opened as cp1252 (mojibake). Re-sends some rows. Reports
    France.
``msc_cab_labour_jp.csv``
    The Marine Stewardship Council's labour-eligibility log of what its conformity
    assessment bodies found in certified fisheries and plants: English, UTF-8 with BOM,
    ``,``, ``17 May 2023`` or ``17/05/2023`` dates, ``May 2023`` months, ISO alpha-3
    flag-state codes, positions in degrees and decimal minutes. Reports Italy and Greece.
``rainforest_alliance_jp.jsonl``
    Rainforest Alliance's certification platform export of assess-and-address findings:
    JSON lines, snake_case keys and enumerations, ISO alpha-2 codes, the audited unit's
    country as an ISO numeric (M49) code, transit countries and linked offences as JSON
    arrays, ISO dates and timestamps. Re-sends some rows. Reports Panama and the USA.
``preferred_by_nature_jp.csv``
    Preferred by Nature (an FSC certification body) compiling its forest auditors'
    field observations: English, a UTF-16 tab-separated "Unicode text" export of Excel,
    ``17.05.2023`` dates and ``Q2 2023`` quarters, coordinates in degrees, minutes and
    seconds, the audited country sometimes in its own language (``Polska``,
    ``Hrvatska``). The compilation: reports every event no other source reports first.

The shared machinery (:mod:`trendlib.samples._examiner`) chooses which source reports
which event, the cross-source duplicates, the bad rows and the garbage rows; this module
only says how each agency writes a cell and what a careful analyst reads from it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

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

__all__ = ["BLIND274", "SOURCES", "make_blind274"]

_Rng = np.random.Generator
_Cells = dict[str, object]
_DateOut = tuple[object, pd.Timestamp, str]

_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_CAAE = ExaminerSource(
    source="caae_certificacion",
    filename="caae_certificacion_jp.xlsx",
    ref="CAAE-INC-{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha de la visita",
        "crime_type": "Tipo de incidencia",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº trabajadores afectados",
        "n_suspects": "Nº presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País operador",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Vía de entrada",
        "lat": "Latitud (ETRS89)",
        "lon": "Longitud (ETRS89)",
        "linked_offences": "Otros delitos observados",
    },
    note="Nota: datos provisionales, pendientes de validación por el Comité de Certificación",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
)
_ECOCERT = ExaminerSource(
    source="ecocert_integrite",
    filename="ecocert_integrite_jp.csv",
    ref="SIG-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date du constat",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb travailleurs concernés",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de l'opérateur audité",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode d'arrivée",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire – signalements non consolidés (cellule intégrité)",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
)
_MSC = ExaminerSource(
    source="msc_cab_labour",
    filename="msc_cab_labour_jp.csv",
    ref="MSC-LE-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date identified",
        "crime_type": "Issue type",
        "exploitation": "Form of exploitation",
        "n_persons": "Workers / crew affected",
        "n_suspects": "Labour agents / facilitators",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country of UoC / site",
        "transit_countries": "Transit",
        "transport_mode": "Arrival mode",
        "coordinates": "Position",
        "linked_offences": "Related offences",
    },
    note="Note: cases under CAB review - figures may change",
    total="Total",
    bad_count=("several", "multiple crew"),
    repeats=False,
)
_RA = ExaminerSource(
    source="rainforest_alliance",
    filename="rainforest_alliance_jp.jsonl",
    ref="RA-AA-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "finding_id",
        "event_date": "finding_date",
        "crime_type": "issue_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_affected",
        "n_suspects": "alleged_perpetrators",
        "gender": "gender",
        "age_group": "age_group",
        "nationality": "nationality_iso2",
        "origin_country": "origin_iso2",
        "destination_country": "destination_iso2",
        "detection_country": "unit_country_m49",
        "transit_countries": "transit_iso2",
        "transport_mode": "travel_mode",
        "coordinates": "unit_gps",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many"),
    repeats=True,
)
_PBN = ExaminerSource(
    source="preferred_by_nature",
    filename="preferred_by_nature_jp.csv",
    ref="PbN-FO-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Ref. no.",
        "event_date": "Observation date",
        "crime_type": "Risk type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of persons",
        "n_suspects": "Suspected facilitators",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Country of destination",
        "detection_country": "Country of observation",
        "transit_countries": "Transit route",
        "transport_mode": "Transport",
        "lat": "Latitude (DMS)",
        "lon": "Longitude (DMS)",
        "linked_offences": "Other offences",
    },
    note="Note: compiled from field audit reports, not verified by the certification body",
    total="Total",
    bad_count=("several", "group"),
    repeats=False,
)

#: The five sources, in the order their submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (_CAAE, _ECOCERT, _MSC, _RA, _PBN)


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Style:
    """How one agency writes its cells (words, placeholders, rates, writers)."""

    lang: str
    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    unknown_exploitation: tuple[str, ...]
    smuggling_exploitation: tuple[str, ...]  # written (sometimes) for pure smuggling
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]
    na_words: tuple[str, ...]  # "not recorded" in age group or transport mode
    offences: dict[str, tuple[str, ...]]
    offence_seps: tuple[str, ...]
    transit_seps: tuple[str, ...]
    count_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    suspect_placeholders: tuple[str, ...]
    unknown_nationality: tuple[str, ...]
    date: Callable[[pd.Timestamp, _Rng, bool, list[str]], _DateOut]
    country: Callable[[str, str, _Rng, list[str]], str]
    count: Callable[[int, _Rng, list[str]], object]
    coords: Callable[[float, float, _Rng, list[str]], _Cells]
    case_rate: float = 0.05
    #: share of rows that came through a mis-decoded export (mojibake in every word)
    garbled_rows: float = 0.0
    #: (corridor, mode) -> words of the mode the agency uses on that route
    transport_by_route: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of 7+ letters (a typing slip)."""
    i = len(text) // 2
    if len(text) < 7 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    if text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _noise(text: str, rng: _Rng, rate: float, tags: list[str], col: str) -> str:
    """Upper-case or pad a cell now and then (the meaning stays)."""
    if rng.random() >= rate:
        return text
    kind = int(rng.integers(3))
    out = text.upper() if kind == 0 else f" {text}" if kind == 1 else f"{text}  "
    if out != text:
        tags.append(f"case:{col}")
    return out


def _word(table: dict[str, tuple[str, ...]], key: str, rng: _Rng) -> str:
    forms = table[key]
    return forms[0] if rng.random() < 0.6 else choice(rng, forms)


# Demonyms (a nationality written as an adjective), masculine / feminine where they differ.
_GENTILICIOS: dict[str, tuple[str, str]] = {
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "GIN": ("guineano", "guineana"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
}
_NATIONALITES: dict[str, str] = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
    "ROU": "roumaine",
    "NGA": "nigériane",
    "MAR": "marocaine",
    "DZA": "algérienne",
    "GIN": "guinéenne",
    "MLI": "malienne",
}
_DEMONYMS: dict[str, str] = {
    "TUN": "Tunisian",
    "EGY": "Egyptian",
    "BGD": "Bangladeshi",
    "CIV": "Ivorian",
    "GIN": "Guinean",
    "SYR": "Syrian",
    "ERI": "Eritrean",
    "PAK": "Pakistani",
    "AFG": "Afghan",
    "IRQ": "Iraqi",
    "IRN": "Iranian",
    "CMR": "Cameroonian",
    "NGA": "Nigerian",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "MLI": "Malian",
    "MAR": "Moroccan",
    "GMB": "Gambian",
    "ALB": "Albanian",
    "VNM": "Vietnamese",
}
_ES_ALIASES = {"GIN": "Guinea Conakry", "USA": "EE. UU.", "GBR": "Gran Bretaña"}
_FR_ALIASES = {"GBR": "Angleterre", "USA": "USA", "VNM": "Vietnam", "CIV": "Côte d'Ivoire"}
_LOCAL_NAMES = {"POL": "Polska", "HRV": "Hrvatska", "GBR": "UK"}


# --------------------------------------------------------------------------------------
# CAAE (Spanish, XLSX)
# --------------------------------------------------------------------------------------
def _caae_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.05:  # a finding from the documents of a whole month
        tags.append("partial_date")
        return f"{_MESES[ts.month - 1]} {ts.year}", ts.to_period("M").start_time, "month"
    if r < 0.2:
        tags.append("date_text")
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if r < 0.25:
        tags.append("excel_serial")
        return int((ts.normalize() - _EXCEL_EPOCH).days), ts, "day"
    return ts.to_pydatetime(), ts, "day"


def _caae_country(iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    r = rng.random()
    name = _name(iso, "es")
    if col == "detection_country":
        if r < 0.1:
            tags.append("iso2:detection_country")
            return iso_codes(iso)[0]
        return name.upper() if r < 0.3 else name
    if col == "nationality" and iso in _GENTILICIOS and r < 0.4:
        tags.append("demonym:nationality")
        return _GENTILICIOS[iso][int(rng.integers(2))]
    if r < 0.05:
        tags.append(f"iso2:{col}")
        return iso_codes(iso)[0]
    if r < 0.09 and iso in _ES_ALIASES:
        tags.append(f"alias:{col}")
        return _ES_ALIASES[iso]
    if r < 0.12 and _swap(name) != name:
        tags.append(f"typo:{col}")
        return _swap(name)
    return name


def _caae_count(n: int, rng: _Rng, tags: list[str]) -> object:
    if n >= 1000 and rng.random() < 0.5:
        tags.append("thousands:n_persons")
        return f"{n // 1000}.{n % 1000:03d}"
    return n


def _caae_coords(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _Cells:
    r = rng.random()
    if r < 0.03:  # a unit without a GPS reading
        tags.append("coords_missing")
        return {"lat": None, "lon": None}
    if r < 0.18:
        tags.append("decimal_comma:coordinates")
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    return {"lat": round(lat, 5), "lon": round(lon, 5)}


_CAAE_STYLE = _Style(
    lang="es",
    crime={
        "trafficking": ("Trata de seres humanos", "Indicios de trata", "TSH"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Inmigración clandestina",
            "Favorecimiento de la inmigración irregular",
        ),
        "both": ("Trata y tráfico de migrantes", "TSH + tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas", "Otras"),
    },
    unknown_exploitation=("Sin determinar", "Por determinar"),
    smuggling_exploitation=("No procede", "—"),
    gender={
        "female": ("Mujeres", "Mujer", "Femenino"),
        "male": ("Hombres", "Varones", "Hombre"),
        "mixed": ("Ambos sexos", "Hombres y mujeres", "Mixto"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "Menores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    transport={
        "sea": ("Patera", "Cayuco", "Marítima", "Embarcación"),
        "land": ("Terrestre", "Autobús", "Salto de valla", "A pie"),
        "air": ("Aérea", "Avión"),
    },
    na_words=("No consta", "s/d"),
    offences={
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_seps=(", ", " y "),
    transit_seps=(" - ", " / "),
    count_placeholders=("Sin cuantificar", "Indeterminado"),
    zero_words=("Ninguno", "ninguno"),
    suspect_placeholders=("s/d", "Desconocido"),
    unknown_nationality=("Desconocida", "Indocumentado"),
    date=_caae_date,
    country=_caae_country,
    count=_caae_count,
    coords=_caae_coords,
    transport_by_route={
        ("watl", "sea"): ("Cayuco", "Marítima", "Neumática"),
        ("wmed", "sea"): ("Patera", "Embarcación", "Neumática"),
        ("wmed", "land"): ("Salto de valla", "Terrestre", "A pie"),
        ("thb_rou_esp", "land"): ("Terrestre", "Autobús", "Vehículo particular"),
        ("thb_rou_esp", "air"): ("Aérea", "Avión"),
    },
)


# --------------------------------------------------------------------------------------
# Ecocert (French, cp1252 CSV)
# --------------------------------------------------------------------------------------
def _ecocert_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.08:  # a finding of a quarterly surveillance audit
        tags.append("partial_date")
        return f"T{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    if r < 0.12:
        return ts.strftime("%d/%m/%y"), ts, "day"
    return ts.strftime("%d/%m/%Y"), ts, "day"


def _ecocert_country(iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    r = rng.random()
    name = _name(iso, "fr")
    if col == "nationality" and iso in _NATIONALITES and r < 0.15:
        tags.append("demonym:nationality")
        return _NATIONALITES[iso]
    if col != "detection_country" and 0.15 <= r < 0.19 and iso in _FR_ALIASES:
        tags.append(f"alias:{col}")
        return _FR_ALIASES[iso]
    if col != "detection_country" and 0.19 <= r < 0.22 and _swap(name) != name:
        tags.append(f"typo:{col}")
        return _swap(name)
    if 0.22 <= r < 0.30:
        return name.upper()
    return name if fits(name, _ECOCERT) else iso_codes(iso)[0]


def _garble_row(src: ExaminerSource, cells: _Cells, tags: list[str]) -> None:
    """Garble the row's accented words as a UTF-8 file read as cp1252 does (mojibake).

    The signalements relayed by Ecocert's subsidiaries come through a UTF-8 export that
    the desk's spreadsheet opened as cp1252 before saving: every accented word of such
    a row is garbled (``Algérie`` -> ``AlgÃ©rie``), what it says is unchanged.
    """
    for col, value in cells.items():
        if col in ("event_date", "n_persons", "n_suspects") or not isinstance(value, str):
            continue
        garbled = mojibake(value)
        if garbled is not None and fits(garbled, src):
            cells[col] = garbled
            tags.append(f"mojibake:{col}")


def _ecocert_count(n: int, rng: _Rng, tags: list[str]) -> object:
    if n >= 1000:
        tags.append("thousands:n_persons")
        return f"{n // 1000}\u00a0{n % 1000:03d}"
    return str(n)


def _ecocert_coords(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _Cells:
    return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}


_ECOCERT_STYLE = _Style(
    lang="fr",
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
            "trafic illicite de migrants",
        ),
        "both": ("TEH + aide au séjour irrégulier", "traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    unknown_exploitation=("non déterminée", "à préciser"),
    smuggling_exploitation=("sans objet",),
    gender={
        "female": ("femmes", "F", "féminin"),
        "male": ("hommes", "H", "masculin"),
        "mixed": ("mixte", "hommes et femmes", "H/F"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("maritime", "small boat", "embarcation", "bateau"),
        "land": ("routier", "poids lourd", "camion", "à pied"),
        "air": ("aérien", "avion"),
    },
    na_words=("non renseigné", "NR"),
    offences={
        "document_fraud": ("fraude documentaire", "faux papiers"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_seps=(", ", " / "),
    transit_seps=(", ",),
    count_placeholders=("NC", "non communiqué"),
    zero_words=("aucun", "néant"),
    suspect_placeholders=("NC", "inconnu"),
    unknown_nationality=("inconnue", "non déterminée"),
    date=_ecocert_date,
    country=_ecocert_country,
    count=_ecocert_count,
    coords=_ecocert_coords,
    garbled_rows=0.12,
)


# --------------------------------------------------------------------------------------
# MSC (English, UTF-8 BOM CSV)
# --------------------------------------------------------------------------------------
def _msc_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.07:
        tags.append("partial_date")
        return f"{MONTHS[ts.month - 1]} {ts.year}", ts.to_period("M").start_time, "month"
    if r < 0.4:
        return ts.strftime("%d/%m/%Y"), ts, "day"
    return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"


def _msc_country(iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    r = rng.random()
    row = COUNTRIES[iso]
    name = str(row[1])
    if r < 0.15:  # flag-state habit: ISO alpha-3
        tags.append(f"iso3:{col}")
        return iso
    if col == "nationality" and iso in _DEMONYMS and r < 0.27:
        tags.append("demonym:nationality")
        return _DEMONYMS[iso]
    if r < 0.32 and row[4]:
        tags.append(f"alias:{col}")
        return str(row[4][0])
    if col != "detection_country" and r < 0.36:
        tags.append(f"typo:{col}")
        return str(row[5])
    if r < 0.42:
        return name.upper()
    return name


_EN_SMALL = ("one", "two", "three")


def _msc_count(n: int, rng: _Rng, tags: list[str]) -> object:
    if n <= len(_EN_SMALL) and rng.random() < 0.25:  # a single worker or two, in words
        tags.append("count_word")
        return _EN_SMALL[n - 1]
    if n >= 1000:
        tags.append("thousands:n_persons")
        return f"{n:,}"
    return str(n)


def _ddm(value: float, pos: str, neg: str, width: int) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 60, 2)  # minutes, two decimals
    deg, minutes = divmod(total, 60)
    return f"{int(deg):0{width}d}°{minutes:05.2f}'{hemi}"


def _msc_coords(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _Cells:
    if rng.random() < 0.04:
        tags.append("coords_placeholder")
        return {"coordinates": choice(rng, ("n/a", "not recorded"))}
    return {"coordinates": f"{_ddm(lat, 'N', 'S', 2)} {_ddm(lon, 'E', 'W', 3)}"}


_MSC_STYLE = _Style(
    lang="en",
    crime={
        "trafficking": ("Human trafficking", "Trafficking in persons", "THB"),
        "smuggling": ("Migrant smuggling", "People smuggling", "Smuggling of migrants"),
        "both": ("Trafficking and smuggling", "Smuggling + trafficking"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour", "Labour exploitation", "Forced labour - debt bondage"),
        "forced_criminality": ("Forced criminality", "Criminal exploitation"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    unknown_exploitation=("Not determined", "TBC"),
    smuggling_exploitation=("n/a",),
    gender={
        "female": ("Female", "Women", "F"),
        "male": ("Male", "Men", "M"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Child", "Minor", "Under 18"),
        "mixed": ("Mixed", "Adults & minors"),
    },
    transport={
        "sea": ("Vessel", "Small boat", "Sea"),
        "land": ("Overland", "Road", "Truck"),
        "air": ("Air", "Flight"),
    },
    na_words=("Not recorded",),
    offences={
        "document_fraud": ("document fraud", "forged documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_seps=("; ",),
    transit_seps=(" > ",),
    count_placeholders=("not recorded", "n/k"),
    zero_words=("none", "nil"),
    suspect_placeholders=("n/k", "unknown"),
    unknown_nationality=("Unknown", "Undocumented"),
    date=_msc_date,
    country=_msc_country,
    count=_msc_count,
    coords=_msc_coords,
)


# --------------------------------------------------------------------------------------
# Rainforest Alliance (English, JSON lines)
# --------------------------------------------------------------------------------------
def _ra_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.06:
        tags.append("partial_date")
        return ts.strftime("%Y-%m"), ts.to_period("M").start_time, "month"
    if r < 0.3:  # submitted from the auditors' app: a UTC timestamp (same local day)
        hour, minute = 12 + int(rng.integers(10)), int(rng.integers(60))
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00Z", ts, "day"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _ra_country(iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    if col == "detection_country":
        tags.append("numeric:detection_country")
        return iso_codes(iso)[1]
    if rng.random() < 0.1:  # records migrated from the former platform kept the names
        return str(COUNTRIES[iso][1])
    tags.append(f"iso2:{col}")
    return iso_codes(iso)[0]


def _ra_count(n: int, rng: _Rng, tags: list[str]) -> object:
    return n


def _ra_coords(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _Cells:
    if rng.random() < 0.03:
        tags.append("coords_missing")
        return {"coordinates": None}
    return {"coordinates": f"{lat:.5f},{lon:.5f}"}


_RA_STYLE = _Style(
    lang="en",
    crime={
        "trafficking": ("human_trafficking",),
        "smuggling": ("migrant_smuggling",),
        "both": ("trafficking_and_smuggling",),
    },
    exploitation={
        "sexual": ("sexual_exploitation",),
        "forced_labour": ("forced_labor",),
        "forced_criminality": ("forced_criminal_activity",),
        "organ_removal": ("organ_removal",),
        "forced_marriage": ("forced_marriage",),
        "other": ("other",),
    },
    unknown_exploitation=("undetermined",),
    smuggling_exploitation=(),
    gender={"female": ("female",), "male": ("male",), "mixed": ("mixed_group",)},
    age={"adult": ("adult",), "child": ("minor",), "mixed": ("mixed_ages",)},
    transport={
        "land": ("land", "on_foot", "bus"),
        "sea": ("boat",),
        "air": ("air",),
    },
    na_words=("not_recorded",),
    offences={
        "document_fraud": ("document_fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money_laundering",),
        "illicit_goods": ("drug_trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_seps=(),  # a JSON array
    transit_seps=(),  # a JSON array
    count_placeholders=(),  # a JSON null
    zero_words=(),
    suspect_placeholders=(),  # a JSON null
    unknown_nationality=(),
    date=_ra_date,
    country=_ra_country,
    count=_ra_count,
    coords=_ra_coords,
    case_rate=0.0,
)


# --------------------------------------------------------------------------------------
# Preferred by Nature (English, UTF-16 tab-separated)
# --------------------------------------------------------------------------------------
def _pbn_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _DateOut:
    if partial_ok and rng.random() < 0.07:  # from a quarterly field summary
        tags.append("partial_date")
        return f"Q{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    return ts.strftime("%d.%m.%Y"), ts, "day"


def _pbn_country(iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    r = rng.random()
    row = COUNTRIES[iso]
    name = str(row[1])
    if col == "detection_country" and iso in _LOCAL_NAMES and r < 0.3:
        tags.append("local_name:detection_country")
        return _LOCAL_NAMES[iso]
    if r < 0.08:
        tags.append(f"iso2:{col}")
        return str(row[0])
    if r < 0.14 and row[4]:
        tags.append(f"alias:{col}")
        return str(row[4][0])
    if col != "detection_country" and r < 0.18:
        tags.append(f"typo:{col}")
        return str(row[5])
    return name


def _pbn_count(n: int, rng: _Rng, tags: list[str]) -> object:
    if n >= 1000:
        tags.append("thousands:n_persons")
        return f"{n // 1000} {n % 1000:03d}"
    return str(n)


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)  # whole seconds
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{deg}°{minutes:02d}'{seconds:02d}\"{hemi}"


def _pbn_coords(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _Cells:
    if rng.random() < 0.05:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}
    return {"lat": _dms(lat, "N", "S"), "lon": _dms(lon, "E", "W")}


_PBN_STYLE = _Style(
    lang="en",
    crime={
        "trafficking": ("Human trafficking", "THB"),
        "smuggling": ("Migrant smuggling", "Smuggling of migrants", "SOM"),
        "both": ("THB / SOM", "Trafficking & smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminal activities",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    unknown_exploitation=("Unclear",),
    smuggling_exploitation=(),
    gender={
        "female": ("Women", "Female"),
        "male": ("Men", "Male"),
        "mixed": ("Mixed", "Men and women"),
    },
    age={
        "adult": ("Adults",),
        "child": ("Minors", "Children"),
        "mixed": ("Adults and minors", "Mixed"),
    },
    transport={
        "land": ("Land", "On foot", "Vehicle"),
        "sea": ("Sea", "Boat"),
        "air": ("Air",),
    },
    na_words=("n/a",),
    offences={
        "document_fraud": ("document fraud", "false documents"),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illegal goods", "drugs"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_seps=(", ",),
    transit_seps=(", ", " – "),
    count_placeholders=("n/a", "not counted"),
    zero_words=("none",),
    suspect_placeholders=("unknown", "?"),
    unknown_nationality=("Unknown", "Stateless/unknown"),
    date=_pbn_date,
    country=_pbn_country,
    count=_pbn_count,
    coords=_pbn_coords,
)

_STYLES: dict[str, _Style] = {
    _CAAE.source: _CAAE_STYLE,
    _ECOCERT.source: _ECOCERT_STYLE,
    _MSC.source: _MSC_STYLE,
    _RA.source: _RA_STYLE,
    _PBN.source: _PBN_STYLE,
}


# --------------------------------------------------------------------------------------
# Rendering one event
# --------------------------------------------------------------------------------------
def _countries(
    st: _Style, src: ExaminerSource, text: str, rng: _Rng, tags: list[str], col: str
) -> object:
    """Write an ``A|B`` list of transit countries in the agency's way, in order."""
    parts = text.split("|")
    if src.format == "jsonl":
        return [st.country(p, col, rng, tags) for p in parts]
    sep = choice(rng, st.transit_seps)
    return sep.join(st.country(p, col, rng, tags) for p in parts)


def _offences(st: _Style, src: ExaminerSource, text: str, rng: _Rng) -> object:
    words = [_word(st.offences, p, rng) for p in text.split("|")]
    if src.format == "jsonl":
        return words
    return choice(rng, st.offence_seps).join(words)


def _text(src: ExaminerSource, value: object) -> object:
    """Return a count as the file holds it: text in CSV, the number itself elsewhere."""
    return str(value) if src.format == "csv" and isinstance(value, int) else value


def render_event(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` writes it.

    Parameters
    ----------
    src : ExaminerSource
        One of :data:`SOURCES`.
    ev : dict
        The event (its date possibly moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter only.
    forced_blank : str or None
        Field that this (second) report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (``coordinates`` for a one-column position).
    expected : dict
        What a careful analyst reads from the row, in the record frame's vocabulary.
    tags : list of str
        Messiness planted in the row.

    Examples
    --------
    >>> ev = {"event_date": pd.Timestamp("2023-05-17"), "crime_type": "smuggling",
    ...       "exploitation": None, "n_persons": 12, "n_suspects": 1, "gender": "male",
    ...       "age_group": "adult", "nationality": "AFG", "origin_country": "AFG",
    ...       "destination_country": "DEU", "detection_country": "POL",
    ...       "transit_countries": "RUS|BLR", "transport_mode": "land",
    ...       "lat": 53.51, "lon": 23.65, "linked_offences": None}
    >>> cells, exp, tags = render_event(_PBN, ev, np.random.default_rng(1),
    ...                                 partial_ok=False, forced_blank="gender")
    >>> cells["gender"], exp["gender"], exp["n_persons"], exp["transit_countries"]
    (None, 'unknown', 12, 'RUS|BLR')
    """
    st = _STYLES[src.source]
    tags: list[str] = []
    cells: _Cells = {}
    exp: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = st.date(
        ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _noise(_word(st.crime, crime, rng), rng, st.case_rate, tags, "crime")
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        exp["exploitation"] = None
        written = bool(st.smuggling_exploitation) and rng.random() < 0.3
        cells["exploitation"] = choice(rng, st.smuggling_exploitation) if written else None
        if written:
            tags.append("not_applicable:exploitation")
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, st.unknown_exploitation)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _noise(
            _word(st.exploitation, str(expl), rng), rng, st.case_rate, tags, "exploitation"
        )
        exp["exploitation"] = str(expl)

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if st.count_placeholders and rng.random() < 0.015:
        cells["n_persons"] = choice(rng, st.count_placeholders)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif not st.count_placeholders and rng.random() < 0.01:  # a JSON null
        cells["n_persons"] = None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _text(src, st.count(n, rng, tags))
        exp["n_persons"] = n

    # suspects
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        placeholder = choice(rng, st.suspect_placeholders) if st.suspect_placeholders else None
        cells["n_suspects"], exp["n_suspects"] = placeholder, None
        tags.append("suspects_placeholder")
    elif k == 0 and st.zero_words and r < 0.45:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _text(src, k), k

    # gender, age group, transport mode
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        gender = str(ev["gender"])
        cells["gender"] = _noise(_word(st.gender, gender, rng), rng, st.case_rate, tags, "gender")
        exp["gender"] = gender
    route = str(ev.get("corridor"))
    for col, table in (("age_group", st.age), ("transport_mode", st.transport)):
        value = str(ev[col])
        if col == "transport_mode" and (route, value) in st.transport_by_route:
            table = {value: st.transport_by_route[(route, value)]}
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, st.na_words), "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _noise(_word(table, value, rng), rng, st.case_rate, tags, col)
            exp[col] = value

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif col == "nationality" and st.unknown_nationality and rng.random() < 0.015:
            cells[col], exp[col] = choice(rng, st.unknown_nationality), None
            tags.append("blank_nationality")
            tags.append("unknown:nationality")
        else:
            cell = st.country(iso, col, rng, tags)
            cells[col] = (
                _noise(cell, rng, st.case_rate, tags, col) if src.format != "jsonl" else cell
            )
            exp[col] = iso
    transit = ev["transit_countries"]
    cells["transit_countries"] = (
        None if transit is None else _countries(st, src, str(transit), rng, tags, "transit")
    )
    exp["transit_countries"] = transit

    # place
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        place: _Cells = {c: None for c in src.headers if c in ("lat", "lon", "coordinates")}
        tags.append("blank_coordinates")
        exp["lat"] = exp["lon"] = None
    else:
        place = st.coords(lat, lon, rng, tags)
        missing = all(v is None for v in place.values()) or "coords_placeholder" in tags
        exp["lat"], exp["lon"] = (None, None) if missing else (lat, lon)
    cells.update(place)

    offences = ev["linked_offences"]
    cells["linked_offences"] = None if offences is None else _offences(st, src, str(offences), rng)
    exp["linked_offences"] = offences
    if st.garbled_rows and rng.random() < st.garbled_rows:
        _garble_row(src, cells, tags)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad dates, note dates and the variant
# --------------------------------------------------------------------------------------
def _typo_year(year: int) -> int:
    """Return the year with its two middle digits swapped (2023 -> 2203): in the future."""
    s = str(year)
    return int(s[0] + s[2] + s[1] + s[3])


def bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row, written in the agency's style.

    Parameters
    ----------
    src : ExaminerSource
        The source.
    ts : Timestamp
        The event's true date.
    kind : str
        ``"no_date"`` (blank), ``"bad_date"`` (a date no calendar has) or
        ``"future_date"`` (the year mistyped into the future).
    rng : numpy.random.Generator
        Generator of the draw.

    Returns
    -------
    object
        The cell (None for no date).

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> bad_date(_PBN, pd.Timestamp("2023-05-17"), "future_date", rng)
    '17.05.2203'
    >>> bad_date(_RA, pd.Timestamp("2023-05-17"), "no_date", rng) is None
    True
    """
    if kind == "no_date":
        return None
    day = choice(rng, ("30", "31"))
    if kind == "bad_date":
        if src is _RA:
            return f"{ts.year}-02-{day}"
        if src is _PBN:
            return f"{day}.02.{ts.year}"
        if src is _MSC:
            return f"{day} February {ts.year}"
        return f"{day}/02/{ts.year}"
    year = _typo_year(ts.year)
    if src is _CAAE:
        return pd.Timestamp(year=year, month=ts.month, day=ts.day).to_pydatetime()
    if src is _RA:
        return f"{year}-{ts.month:02d}-{ts.day:02d}"
    if src is _PBN:
        return f"{ts.day:02d}.{ts.month:02d}.{year}"
    if src is _MSC:
        return f"{ts.day} {MONTHS[ts.month - 1]} {year}"
    return f"{ts.day:02d}/{ts.month:02d}/{year}"


def note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (its last day), in its style.

    Examples
    --------
    >>> note_date(_ECOCERT, pd.Timestamp("2023-12-30"))
    '30/12/2023'
    """
    if src is _CAAE:
        return last.to_pydatetime()
    if src is _MSC:
        return f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    if src is _PBN:
        return last.strftime("%d.%m.%Y")
    if src is _RA:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: The variant: which source first reports the events of each detection country, which
#: one may report them again, and how each writes its cells.
BLIND274: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": _CAAE.source,
        "FRA": _ECOCERT.source,
        "ITA": _MSC.source,
        "GRC": _MSC.source,
        "PAN": _RA.source,
        "USA": _RA.source,
    },
    compilation=_PBN.source,
    secondary={
        ("thb_rou_esp", "ESP"): _ECOCERT.source,  # Ecocert España
        ("thb_rou_esp", "ITA"): _ECOCERT.source,  # Ecocert Italia
        ("thb_nga_ita", "ITA"): _ECOCERT.source,
        ("wmed", "ESP"): _ECOCERT.source,
        ("watl", "ESP"): _MSC.source,  # Canary Islands fisheries
        ("channel", "FRA"): _MSC.source,  # Boulogne-sur-Mer fisheries
        ("channel", "GBR"): _MSC.source,
        ("cmed", "ITA"): _PBN.source,
        ("emed", "GRC"): _PBN.source,
        ("darien", "PAN"): _PBN.source,  # FSC forest units in Darién
    },
    render=render_event,
    bad_date=bad_date,
    note_date=note_date,
    salt=274,
    blank_share=0.35,
)


def make_blind274(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five certification bodies of ``blind274`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        CAAE (Spanish XLSX), Ecocert (French cp1252 ``;`` CSV), MSC (English UTF-8
        with BOM ``,`` CSV), Rainforest Alliance (JSON lines) and Preferred by Nature
        (English UTF-16 tab-separated CSV), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind274(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['caae_certificacion_jp.xlsx', 'ecocert_integrite_jp.csv', 'msc_cab_labour_jp.csv',
     'rainforest_alliance_jp.jsonl', 'preferred_by_nature_jp.csv']
    >>> [(s.encoding, s.delimiter, s.language) for s in subs][1:3]
    [('cp1252', ';', 'fr'), ('utf-8-sig', ',', 'en')]
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND274, truth, seed=seed)
