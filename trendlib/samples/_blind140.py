"""Examiner sample set ``blind140`` (files ``*_el.*``): Spain's south, a desk abroad, the EU.

Five sources that have not been used by any earlier set, written the way each of them
exports its case or incident list:

``gc_utpj_sigo`` (Spanish, XLSX)
    Guardia Civil, Jefatura de Policía Judicial, Unidad Técnica (UTPJ): an extraction from
    SIGO, the force's case system, of the atestados for art. 318 bis (migrant smuggling) and
    art. 177 bis (trafficking) of the Penal Code in Andalucía, Ceuta, Melilla and the
    Canary Islands. Upper-case values as SIGO keeps them, crimes named by their Penal Code
    article, real Excel dates (a few typed as text, a few trafficking cases dated by month
    or quarter only), sea positions in degrees and decimal minutes with a decimal comma
    (``36º 49,80' N 002º 27,60' W``). First reporter of every event detected in Spain.
``cecoes112_canarias`` (Spanish, CSV, UTF-16, tab)
    The 1-1-2 emergency coordination centre of the Canary Islands (CECOES): its incident
    log of boat arrivals, saved from Excel as "Texto Unicode". Date and hour of the alert,
    the island instead of a country, the boat type, people "subsaharianas" or "magrebíes"
    rather than a nationality, ``0``/``0`` coordinates when the call was not located. It
    reports a second time some Atlantic arrivals the Guardia Civil reports first.
``consejeria_interior_mexico`` (Spanish, CSV, UTF-8 with BOM, ``;``)
    The Interior attaché (Consejería de Interior) of the Spanish embassy in Mexico City:
    its running sheet of smuggling and trafficking events on the Darién route and the US
    border, from Panamanian, Mexican and US partner reports. Nationalities as demonyms
    (``venezolana``), ``NNA`` for minors, ``EE.UU.``, Spanish thousands dots, a few Excel
    serial dates pasted as values, text garbled by a wrongly decoded partner file
    (``PanamÃ¡``). The sheet is re-sent, so some rows come twice.
``ssi_ambafrance_londres`` (French, CSV, cp1252, ``;``)
    The internal security attaché (Service de sécurité intérieure) of the French embassy in
    London: Channel crossings on both sides and Vietnamese trafficking cases in the United
    Kingdom. French dates (``17 mai 2023``, ``T2 2023``), ``AEI`` and ``TEH``, nationalities
    as adjectives (``afghane``), ``R-U`` or ``Angleterre`` for the United Kingdom, ``néant``
    for no suspect, decimal commas.
``ipcr_isaa`` (English, JSON lines)
    The EU's Integrated Situational Awareness and Analysis (ISAA) incident annex, compiled
    under the IPCR arrangement from the member states' reports: every event detected in
    Italy, Greece, Croatia and Poland, plus a second report of some Channel events. EU
    country codes (``EL`` for Greece, ``UK``), ``UNK`` citizenship, routes and linked crimes
    as JSON arrays.

Every row's expected clean values are what a careful analyst reads in its cells; where a
cell does not say (a region instead of a nationality, a "not known" word, a position of
``0, 0``), the truth expects nothing (or ``unknown``) and the row's ``messiness`` tags say
why.
"""

from __future__ import annotations

from collections.abc import Mapping

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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND140_SOURCES", "make_blind140"]

_Rng = np.random.Generator
_Out = tuple[dict[str, object], dict[str, object], list[str]]

_GC = "gc_utpj_sigo"
_CECOES = "cecoes112_canarias"
_CIM = "consejeria_interior_mexico"
_SSI = "ssi_ambafrance_londres"
_ISAA = "ipcr_isaa"

#: The five sources of the set, in the order of the submissions.
BLIND140_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_GC,
        filename="gc_utpj_sigo_el.xlsx",
        ref="AT-{year}-{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº Atestado",
            "event_date": "Fecha hechos",
            "crime_type": "Tipología penal",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Personas afectadas",
            "n_suspects": "Detenidos/investigados",
            "gender": "Sexo",
            "age_group": "Mayor/menor de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País hechos",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio empleado",
            "coordinates": "Posición",
            "linked_offences": "Delitos conexos",
        },
        note="Extracción SIGO - datos provisionales, sujetos a revisión",
        total="TOTAL",
        bad_count=("VARIOS", "NUMEROSOS", "varios"),
        repeats=False,
    ),
    ExaminerSource(
        source=_CECOES,
        filename="cecoes112_canarias_el.csv",
        ref="112-{year}-{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Nº incidente",
            "event_date": "Fecha/hora alerta",
            "detection_country": "Isla",
            "transport_mode": "Tipo embarcación",
            "n_persons": "Nº personas",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Procedencia declarada",
            "lat": "Latitud",
            "lon": "Longitud",
        },
        note="Fuente: CECOES 1-1-2 Canarias. Datos provisionales",
        total="TOTAL",
        bad_count=("varias", "numerosas"),
        repeats=False,
    ),
    ExaminerSource(
        source=_CIM,
        filename="consejeria_interior_mexico_el.csv",
        ref="CIM-{year}-{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "Ref.",
            "event_date": "Fecha del evento",
            "detection_country": "País",
            "crime_type": "Delito",
            "exploitation": "Modalidad de explotación",
            "n_persons": "Personas",
            "n_suspects": "Detenidos",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Ruta (tránsito)",
            "destination_country": "Destino",
            "transport_mode": "Medio",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: cifras preliminares facilitadas por autoridades locales",
        total="TOTAL",
        bad_count=("varios", "decenas", "un grupo"),
        repeats=True,
    ),
    ExaminerSource(
        source=_SSI,
        filename="ssi_ambafrance_londres_el.csv",
        ref="SSI-LDN/{year}/{seq:04d}",
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
            "n_suspects": "Nb passeurs interpellés",
            "gender": "Sexe",
            "age_group": "Majeurs/mineurs",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays de transit",
            "transport_mode": "Mode opératoire",
            "lat": "Lat.",
            "lon": "Long.",
            "linked_offences": "Infractions connexes",
        },
        note="NB : données provisoires, non consolidées",
        total="TOTAL",
        bad_count=("plusieurs", "nombreux", "groupe"),
        repeats=False,
    ),
    ExaminerSource(
        source=_ISAA,
        filename="ipcr_isaa_el.jsonl",
        ref="ISAA-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_ref",
            "event_date": "date",
            "detection_country": "reporting_ms",
            "crime_type": "phenomenon",
            "exploitation": "exploitation_type",
            "n_persons": "persons",
            "n_suspects": "facilitators_apprehended",
            "gender": "sex",
            "age_group": "age_category",
            "nationality": "citizenship",
            "origin_country": "country_of_origin",
            "transit_countries": "transit_route",
            "destination_country": "intended_destination",
            "transport_mode": "modus",
            "lat": "lat",
            "lon": "lon",
            "linked_offences": "associated_crimes",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "multiple", "dozens"),
        repeats=False,
    ),
)

_PRIMARY: dict[str, str] = {
    "ESP": _GC,
    "PAN": _CIM,
    "USA": _CIM,
    "FRA": _SSI,
    "GBR": _SSI,
}
_SECONDARY: dict[tuple[str, str], str] = {
    ("watl", "ESP"): _CECOES,  # the 1-1-2 log of the Canary Islands
    ("channel", "FRA"): _ISAA,  # France's reports reach the EU annex too
}

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_ES, _FR, _EN = 3, 2, 1  # columns of COUNTRIES

#: Spanish demonyms (feminine: "nacionalidad venezolana") of the Americas' events.
_DEMONYM_ES = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
}
#: French nationality adjectives (feminine: "nationalité afghane").
_DEMONYM_FR = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
    "DEU": "allemande",
    "FRA": "française",
}
#: The long or older English names an EU compilation copies from its member states.
_EN_OFFICIAL = {
    "SYR": "Syrian Arab Republic",
    "CIV": "Ivory Coast",
    "IRN": "Iran (Islamic Republic of)",
    "TUR": "Turkey",
    "RUS": "Russian Federation",
    "GMB": "The Gambia",
    "VNM": "Vietnam",
    "MKD": "North Macedonia",
    "BIH": "Bosnia-Herzegovina",
}
#: EU inter-institutional codes that differ from ISO alpha-2.
_EU_CODE = {"GRC": "EL", "GBR": "UK"}
_MAGHREB = ("MAR", "DZA", "TUN", "LBY")

_GC_CRIME = {
    "smuggling": (
        "CONTRA LOS DERECHOS DE LOS CIUDADANOS EXTRANJEROS (ART. 318 BIS CP)",
        "INMIGRACIÓN ILEGAL (ART. 318 BIS)",
        "Art. 318 bis CP",
    ),
    "trafficking": (
        "TRATA DE SERES HUMANOS (ART. 177 BIS CP)",
        "TRATA DE SERES HUMANOS",
        "Art. 177 bis CP",
    ),
    "both": (
        "TRATA DE SERES HUMANOS (177 BIS) E INMIGRACIÓN ILEGAL (318 BIS)",
        "Arts. 177 bis y 318 bis CP",
    ),
}
_GC_EXPL = {
    "sexual": ("EXPLOTACIÓN SEXUAL", "SEXUAL"),
    "forced_labour": ("EXPLOTACIÓN LABORAL", "LABORAL", "TRABAJOS FORZADOS"),
    "forced_criminality": ("ACTIVIDADES DELICTIVAS",),
    "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
    "forced_marriage": ("MATRIMONIO FORZADO",),
    "other": ("OTRAS",),
}
_GC_GENDER = {
    "male": ("VARONES", "HOMBRES"),
    "female": ("MUJERES",),
    "mixed": ("AMBOS SEXOS", "VARONES Y MUJERES"),
}
_GC_AGE = {  # the last word of two is the singular one
    "adult": ("MAYORES DE EDAD", "MAYOR DE EDAD"),
    "child": ("MENORES DE EDAD", "MENOR"),
    "mixed": ("MAYORES Y MENORES",),
}
_GC_OFF = {
    "document_fraud": ("Falsedad documental", "Falsificación de documentos (art. 392 CP)"),
    "corruption": ("Cohecho",),
    "money_laundering": ("Blanqueo de capitales",),
    "illicit_goods": ("Contra la salud pública", "Tráfico de drogas"),
    "cybercrime": ("Delitos informáticos",),
    "terrorism": ("Terrorismo",),
}
_CIM_CRIME = {
    "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes", "TIM"),
    "trafficking": ("Trata de personas", "trata de personas"),
    "both": ("Trata y tráfico", "trata de personas / tráfico de migrantes"),
}
_CIM_EXPL = {
    "sexual": ("explotación sexual",),
    "forced_labour": ("trabajos forzados", "explotación laboral"),
    "forced_criminality": ("actividades delictivas",),
    "organ_removal": ("extracción de órganos",),
    "forced_marriage": ("matrimonio servil", "matrimonio forzado"),
    "other": ("otra",),
}
_CIM_GENDER = {"male": ("masculino",), "female": ("femenino",), "mixed": ("mixto",)}
_CIM_AGE = {"adult": ("adultos",), "child": ("NNA",), "mixed": ("adultos y NNA", "mixto")}
_CIM_OFF = {
    "document_fraud": ("falsificación de documentos",),
    "corruption": ("cohecho", "corrupción"),
    "money_laundering": ("lavado de activos",),
    "illicit_goods": ("narcotráfico", "contrabando"),
    "cybercrime": ("delitos cibernéticos",),
    "terrorism": ("terrorismo",),
}
_SSI_CRIME = {
    "smuggling": (
        "aide à l'entrée irrégulière",
        "AEI",
        "filière d'immigration irrégulière",
        "trafic de migrants",
    ),
    "trafficking": ("traite des êtres humains", "TEH"),
    "both": ("TEH + AEI", "traite et aide à l'entrée irrégulière"),
}
_SSI_EXPL = {
    "sexual": ("exploitation sexuelle", "prostitution"),
    "forced_labour": ("travail forcé", "exploitation par le travail"),
    "forced_criminality": (
        "contrainte à commettre des délits",
        "culture de cannabis sous contrainte",
    ),
    "organ_removal": ("prélèvement d'organes",),
    "forced_marriage": ("mariage forcé",),
    "other": ("autre",),
}
_SSI_GENDER = {"male": ("hommes", "H"), "female": ("femmes", "F"), "mixed": ("mixte",)}
_SSI_AGE = {
    "adult": ("majeurs", "majeur"),
    "child": ("mineurs", "MNA", "mineur"),
    "mixed": ("majeurs et mineurs",),
}
_SSI_OFF = {
    "document_fraud": ("faux documents", "fraude documentaire"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment",),
    "illicit_goods": ("stupéfiants",),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}
_ISAA_CRIME = {
    "smuggling": ("Migrant smuggling", "Facilitation of irregular migration"),
    "trafficking": ("THB", "Trafficking in human beings"),
    "both": ("THB and migrant smuggling", "THB / smuggling"),
}
_ISAA_EXPL = {
    "sexual": ("sexual exploitation",),
    "forced_labour": ("labour exploitation", "forced labour"),
    "forced_criminality": ("forced criminality",),
    "organ_removal": ("organ removal",),
    "forced_marriage": ("forced marriage",),
    "other": ("other",),
}
_ISAA_GENDER = {"male": ("M", "male"), "female": ("F", "female"), "mixed": ("Mixed",)}
_ISAA_AGE = {"adult": ("Adult",), "child": ("Minor", "UAM"), "mixed": ("Adults and minors",)}
_ISAA_OFF = {
    "document_fraud": ("document fraud",),
    "corruption": ("corruption",),
    "money_laundering": ("money laundering",),
    "illicit_goods": ("drug trafficking", "illicit goods"),
    "cybercrime": ("cybercrime",),
    "terrorism": ("terrorism",),
}
_ISLANDS = ("Gran Canaria", "Tenerife", "El Hierro", "Lanzarote")


# --------------------------------------------------------------------------------------
# Cells shared by the sources
# --------------------------------------------------------------------------------------
def _blank_expected(ev: dict[str, object]) -> dict[str, object]:
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    exp["crime_type"] = "unknown"
    exp["gender"] = "unknown"
    exp["age_group"] = "unknown"
    exp["transport_mode"] = "unknown"
    return exp


def _name(iso: str, col: int) -> str:
    return str(COUNTRIES[iso][col])


def _strip_accents(text: str) -> str:
    table = str.maketrans("ÁÉÍÓÚÜáéíóúü", "AEIOUUaeiouu")
    return text.translate(table)


def _typo(text: str, rng: _Rng) -> str | None:
    """Drop or double one inner letter of a long name (None if the name is too short)."""
    if len(text) < 6 or not text.isalpha():
        return None
    i = int(rng.integers(2, len(text) - 2))
    if rng.random() < 0.5:
        return text[:i] + text[i + 1 :]
    return text[:i] + text[i] + text[i:]


def _pick(rng: _Rng, words: Mapping[str, tuple[str, ...]], key: str) -> str:
    return choice(rng, words[key])


def _offences(
    value: object, words: Mapping[str, tuple[str, ...]], rng: _Rng
) -> tuple[list[str], object]:
    """Return the written offence words and the expected ``|``-joined list (None if none)."""
    if value is None:
        return [], None
    keys = str(value).split("|")
    return [_pick(rng, words, k) for k in keys], str(value)


def _split(value: object) -> list[str]:
    return [] if value is None else str(value).split("|")


def _dm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes with a decimal comma; return (text, value read back)."""
    hemi = pos if value >= 0 else neg
    mins_total = round(abs(value) * 60, 2)
    deg, mins = divmod(mins_total, 60)
    text = f"{int(deg):0{width}d}º {mins:05.2f}' {hemi}".replace(".", ",")
    back = round((deg + round(mins, 2) / 60) * (1 if value >= 0 else -1), 6)
    return text, back


def _comma(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _sea_or_land(ev: dict[str, object]) -> str:
    return str(ev["transport_mode"])


def _partial_date(
    ts: pd.Timestamp, kind: str
) -> tuple[pd.Timestamp, str]:  # expected start and precision
    if kind == "month":
        return ts.to_period("M").start_time, "month"
    return ts.to_period("Q").start_time, "quarter"


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the same day ten years on: one wrong key in the decade (2023 -> 2033)."""
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)


def _crime_cells(
    ev: dict[str, object],
    exp: dict[str, object],
    rng: _Rng,
    crimes: Mapping[str, tuple[str, ...]],
    expls: Mapping[str, tuple[str, ...]],
    unknown: str,
    not_applicable: tuple[str | None, ...],
    cells: dict[str, object],
    tags: list[str],
) -> None:
    crime = str(ev["crime_type"])
    cells["crime_type"] = _pick(rng, crimes, crime)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        cells["exploitation"] = not_applicable[int(rng.integers(len(not_applicable)))]
        exp["exploitation"] = None
    elif rng.random() < 0.06:
        cells["exploitation"] = unknown
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _pick(rng, expls, str(expl))
        exp["exploitation"] = expl


def _vocab(
    ev: dict[str, object],
    exp: dict[str, object],
    rng: _Rng,
    col: str,
    words: Mapping[str, tuple[str, ...]],
    unknown: str,
    rate: float,
    cells: dict[str, object],
    tags: list[str],
    tag: str,
) -> None:
    """Write gender or age group; ``rate`` of the cells say "not known"."""
    if rng.random() < rate:
        cells[col] = unknown
        exp[col] = "unknown"
        tags.append(tag)
        return
    value = str(ev[col])
    forms = words[value]
    if col == "age_group" and len(forms) > 1:  # the last age word is the singular one
        single = ev["n_persons"] == 1
        cells[col] = forms[-1] if single else choice(rng, forms[:-1])
    else:
        cells[col] = choice(rng, forms)
    exp[col] = value


def _suspects(
    ev: dict[str, object],
    exp: dict[str, object],
    rng: _Rng,
    *,
    zero_words: tuple[str, ...],
    unknown: str | None,
    numeric: bool,
    cells: dict[str, object],
    tags: list[str],
) -> None:
    count = ev["n_suspects"]
    if rng.random() < 0.03:
        cells["n_suspects"] = unknown
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
        return
    if count == 0 and rng.random() < 0.35:
        cells["n_suspects"] = choice(rng, zero_words)
        exp["n_suspects"] = 0
        tags.append("zero_word")
        return
    cells["n_suspects"] = int(count) if numeric else str(count)  # type: ignore[call-overload]
    exp["n_suspects"] = count


def _persons(
    ev: dict[str, object],
    exp: dict[str, object],
    rng: _Rng,
    *,
    unknown: tuple[str, ...],
    thousands: str | None,
    numeric: bool,
    cells: dict[str, object],
    tags: list[str],
) -> None:
    count = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
        return
    exp["n_persons"] = count
    if count >= 1000 and thousands is not None:
        cells["n_persons"] = f"{count // 1000}{thousands}{count % 1000:03d}"
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = count if numeric else str(count)


def _blank(
    field: str | None,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
    columns: tuple[str, ...],
) -> None:
    """Leave blank the field a second report does not give."""
    if field is None:
        return
    for col in columns:
        cells[col] = None
    if field == "gender":
        exp["gender"] = "unknown"
    elif field == "coordinates":
        exp["lat"] = exp["lon"] = None
    else:
        exp[field] = None
    tags.append(f"blank_{field}")


# --------------------------------------------------------------------------------------
# Guardia Civil, UTPJ (SIGO extraction, XLSX)
# --------------------------------------------------------------------------------------
_ORDINAL = ("1er", "2º", "3er", "4º")


def _gc_country(iso: str, rng: _Rng, tags: list[str], col: str) -> str:
    name = _name(iso, _ES).upper()
    if iso == "GIN" and rng.random() < 0.5:
        tags.append(f"alias:{col}")
        return "GUINEA CONAKRY"
    if iso == "CIV" and rng.random() < 0.2:
        tags.append(f"alias:{col}")
        return "COSTA MARFIL"
    if rng.random() < 0.35:
        name = _strip_accents(name)
    if rng.random() < 0.04:
        typo = _typo(name, rng)
        if typo is not None:
            tags.append(f"typo:{col}")
            return typo
    return name


def _gc_transport(ev: dict[str, object], rng: _Rng) -> str:
    mode = _sea_or_land(ev)
    corridor = str(ev["corridor"])
    if mode == "sea":
        if corridor == "watl":
            return choice(rng, ("MARÍTIMO (CAYUCO)", "MARÍTIMO (CAYUCO)", "MARÍTIMO (NEUMÁTICA)"))
        return choice(
            rng,
            ("MARÍTIMO (PATERA)", "MARÍTIMO (NEUMÁTICA)", "MARÍTIMO (MOTO ACUÁTICA)", "MARÍTIMO"),
        )
    if mode == "air":
        return choice(rng, ("AÉREO", "AÉREO (VUELO REGULAR)"))
    if corridor == "wmed":
        return choice(
            rng, ("TERRESTRE", "TERRESTRE (OCULTO EN VEHÍCULO)", "TERRESTRE (SALTO VALLA)")
        )
    return choice(rng, ("TERRESTRE", "TERRESTRE (AUTOBÚS)", "TERRESTRE (VEHÍCULO PARTICULAR)"))


def _render_gc(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    cells: dict[str, object] = {}
    exp = _blank_expected(ev)
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    thb = ev["crime_type"] in ("trafficking", "both")
    r = rng.random()
    if partial_ok and thb and r < 0.4:
        if rng.random() < 0.6:
            cells["event_date"] = f"{ts.month:02d}/{ts.year}"
            exp["event_date"], exp["date_precision"] = _partial_date(ts, "month")
        else:
            cells["event_date"] = f"{_ORDINAL[ts.quarter - 1]} trimestre {ts.year}"
            exp["event_date"], exp["date_precision"] = _partial_date(ts, "quarter")
        tags.append("partial_date")
    else:
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        if rng.random() < 0.12:
            cells["event_date"] = ts.strftime("%d/%m/%Y")
            tags.append("date_as_text")
        else:
            cells["event_date"] = ts.to_pydatetime()
    _crime_cells(
        ev, exp, rng, _GC_CRIME, _GC_EXPL, "NO CONSTA", (None, None, "NO PROCEDE"), cells, tags
    )
    _persons(
        ev,
        exp,
        rng,
        unknown=("SIN DETERMINAR", "S/D"),
        thousands=None,
        numeric=True,
        cells=cells,
        tags=tags,
    )
    _suspects(
        ev,
        exp,
        rng,
        zero_words=("NINGUNO", "SIN DETENIDOS"),
        unknown="EN INVESTIGACIÓN",
        numeric=True,
        cells=cells,
        tags=tags,
    )
    _vocab(ev, exp, rng, "gender", _GC_GENDER, "NO CONSTA", 0.03, cells, tags, "blank_gender")
    _vocab(ev, exp, rng, "age_group", _GC_AGE, "NO CONSTA", 0.03, cells, tags, "na_word")
    nat = str(ev["nationality"])
    if rng.random() < 0.03:
        cells["nationality"] = choice(rng, ("INDOCUMENTADO", "NO CONSTA"))
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _gc_country(nat, rng, tags, "nationality")
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        cells[col] = _gc_country(iso, rng, tags, col)
        exp[col] = iso
    cells["detection_country"] = choice(rng, ("ESPAÑA", "ESPAÑA", "ESPANA"))
    exp["detection_country"] = ev["detection_country"]
    transit = _split(ev["transit_countries"])
    cells["transit_countries"] = (
        " - ".join(_gc_country(c, rng, tags, "transit_countries") for c in transit) or None
    )
    exp["transit_countries"] = ev["transit_countries"]
    if rng.random() < 0.03:
        cells["transport_mode"] = "NO CONSTA"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _gc_transport(ev, rng)
        exp["transport_mode"] = ev["transport_mode"]
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    sea = ev["transport_mode"] == "sea"
    if rng.random() < (0.9 if sea else 0.3):
        lat_t, lat_b = _dm(lat, "N", "S", 2)
        lon_t, lon_b = _dm(lon, "E", "W", 3)
        cells["coordinates"] = f"{lat_t} {lon_t}"
        exp["lat"], exp["lon"] = lat_b, lon_b
        tags.append("coords_dm")
    else:
        cells["coordinates"] = None
        tags.append("coords_missing")
    words, exp["linked_offences"] = _offences(ev["linked_offences"], _GC_OFF, rng)
    if thb and rng.random() < 0.15:  # not one of the six linked offences
        words.append("Pertenencia a organización criminal")
        tags.append("other_offence")
    cells["linked_offences"] = "; ".join(words) or None
    _blank(forced_blank, cells, exp, tags, _columns(forced_blank, src))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# 1-1-2 Canarias (CECOES incident log, UTF-16 tab-separated)
# --------------------------------------------------------------------------------------
def _render_cecoes(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    cells: dict[str, object] = {}
    exp = _blank_expected(ev)
    tags: list[str] = ["blank_n_suspects"]  # a 1-1-2 log has no suspects column
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    cells["event_date"] = f"{ts.strftime('%d/%m/%Y')} {hour:02d}:{minute:02d}"
    exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
    hotspot = str(ev["hotspot"])
    cells["detection_country"] = hotspot if hotspot in _ISLANDS else "Gran Canaria"
    exp["detection_country"] = ev["detection_country"]
    tags.append("island:detection_country")
    if rng.random() < 0.04:
        cells["transport_mode"] = "Sin especificar"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(
            rng, ("Cayuco", "Cayuco", "Cayuco", "Neumática", "Neumática", "Patera")
        )
        exp["transport_mode"] = ev["transport_mode"]
    _persons(
        ev,
        exp,
        rng,
        unknown=("Sin determinar", "Pendiente recuento"),
        thousands=None,
        numeric=False,
        cells=cells,
        tags=tags,
    )
    one = ev["n_persons"] == 1
    if rng.random() < 0.04:
        cells["gender"] = "Sin especificar"
        tags.append("blank_gender")
    else:
        g = str(ev["gender"])
        words = {"male": "Hombre" if one else "Hombres", "female": "Mujer" if one else "Mujeres"}
        cells["gender"] = words.get(g, "Hombres y mujeres")
        exp["gender"] = g
    if rng.random() < 0.04:
        cells["age_group"] = "Sin especificar"
        tags.append("na_word")
    else:
        a = str(ev["age_group"])
        cells["age_group"] = {"adult": "Adultos", "child": "Solo menores"}.get(a, "Con menores")
        if one:
            cells["age_group"] = {"adult": "Adulto", "child": "Menor"}[a]
        exp["age_group"] = a
    nat = str(ev["nationality"])
    if rng.random() < 0.45:  # a region, not a nationality
        region = "Magrebí" if nat in _MAGHREB else "Subsahariana"
        cells["nationality"] = region if rng.random() < 0.7 else region.lower()
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _name(nat, _ES)
        exp["nationality"] = nat
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if rng.random() < 0.04:  # the call was not located: the system writes 0
        cells["lat"], cells["lon"] = "0", "0"
        tags.append("coords_placeholder")
    else:
        cells["lat"], cells["lon"] = _comma(lat, 4), _comma(lon, 4)
        exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)
    _blank(forced_blank, cells, exp, tags, _columns(forced_blank, src))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Consejería de Interior, Mexico (CSV, UTF-8 with BOM, ";")
# --------------------------------------------------------------------------------------
def _garble(text: str, rng: _Rng, rate: float, tags: list[str], col: str) -> str:
    if rng.random() < rate:
        bad = mojibake(text)
        if bad is not None:
            tags.append(f"mojibake:{col}")
            return bad
    return text


def _cim_country(iso: str, rng: _Rng, tags: list[str], col: str) -> str:
    if iso == "USA":
        word = choice(rng, ("EE.UU.", "EE.UU.", "Estados Unidos", "EEUU", "USA"))
        if word != "Estados Unidos":
            tags.append(f"alias:{col}")
        return word
    r = rng.random()
    if r < 0.06:
        tags.append(f"iso3:{col}")
        return iso
    if r < 0.1:
        tags.append(f"case:{col}")
        return _strip_accents(_name(iso, _ES)).upper()
    return _garble(_name(iso, _ES), rng, 0.1, tags, col)


def _render_cim(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    cells: dict[str, object] = {}
    exp = _blank_expected(ev)
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if partial_ok and r < 0.05:
        cells["event_date"] = f"{_MONTHS['es'][ts.month - 1]} {ts.year}"
        exp["event_date"], exp["date_precision"] = _partial_date(ts, "month")
        tags.append("partial_date")
    elif partial_ok and r < 0.08:
        cells["event_date"] = f"T{ts.quarter} {ts.year}"
        exp["event_date"], exp["date_precision"] = _partial_date(ts, "quarter")
        tags.append("partial_date")
    else:
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        if rng.random() < 0.1:  # pasted as values from another sheet
            cells["event_date"] = str((ts.normalize() - pd.Timestamp("1899-12-30")).days)
            tags.append("excel_serial")
        else:
            cells["event_date"] = ts.strftime("%d/%m/%Y")
    det = str(ev["detection_country"])
    if det == "PAN":
        cells["detection_country"] = choice(rng, ("Panamá", "Panamá", "PANAMA", "PA"))
        if cells["detection_country"] == "PA":
            tags.append("iso2:detection_country")
        else:
            cells["detection_country"] = _garble(
                str(cells["detection_country"]), rng, 0.1, tags, "detection_country"
            )
    else:
        cells["detection_country"] = _cim_country(det, rng, tags, "detection_country")
    exp["detection_country"] = det
    _crime_cells(ev, exp, rng, _CIM_CRIME, _CIM_EXPL, "s/d", (None, "N/A"), cells, tags)
    _persons(
        ev,
        exp,
        rng,
        unknown=("s/d", "sin dato"),
        thousands=".",
        numeric=False,
        cells=cells,
        tags=tags,
    )
    _suspects(
        ev,
        exp,
        rng,
        zero_words=("ninguno", "0 (ninguno)"),
        unknown="s/d",
        numeric=False,
        cells=cells,
        tags=tags,
    )
    _vocab(ev, exp, rng, "gender", _CIM_GENDER, "s/d", 0.03, cells, tags, "blank_gender")
    _vocab(ev, exp, rng, "age_group", _CIM_AGE, "s/d", 0.03, cells, tags, "na_word")
    nat = str(ev["nationality"])
    if rng.random() < 0.6 and nat in _DEMONYM_ES:
        cells["nationality"] = _garble(_DEMONYM_ES[nat], rng, 0.1, tags, "nationality")
        tags.append("demonym:nationality")
    else:
        cells["nationality"] = _cim_country(nat, rng, tags, "nationality")
    exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        cells[col] = _cim_country(iso, rng, tags, col)
        exp[col] = iso
    transit = _split(ev["transit_countries"])
    cells["transit_countries"] = (
        " > ".join(_cim_country(c, rng, tags, "transit_countries") for c in transit) or None
    )
    exp["transit_countries"] = ev["transit_countries"]
    if rng.random() < 0.03:
        cells["transport_mode"] = "s/d"
        tags.append("na_word")
    else:
        darien = ev["corridor"] == "darien"
        cells["transport_mode"] = (
            choice(rng, ("a pie", "a pie (selva)", "terrestre"))
            if darien
            else choice(rng, ("terrestre", "vehicular", "a pie", "terrestre (tráiler)"))
        )
        exp["transport_mode"] = ev["transport_mode"]
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if rng.random() < 0.06:
        cells["coordinates"] = None
        tags.append("coords_missing")
    else:
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
    words, exp["linked_offences"] = _offences(ev["linked_offences"], _CIM_OFF, rng)
    cells["linked_offences"] = ", ".join(words) or None
    _blank(forced_blank, cells, exp, tags, _columns(forced_blank, src))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# SSI, French embassy in London (CSV, cp1252, ";")
# --------------------------------------------------------------------------------------
def _ssi_country(iso: str, rng: _Rng, tags: list[str], col: str) -> str:
    if iso == "GBR":
        loose = ("Angleterre",) if col == "destination_country" else ()  # "going to England"
        word = choice(rng, ("Royaume-Uni", "Royaume-Uni", "R-U", "UK", *loose))
        if word != "Royaume-Uni":
            tags.append(f"alias:{col}")
        return word
    name = _name(iso, _FR)
    r = rng.random()
    if r < 0.05:
        typo = _typo(name, rng)
        if typo is not None:
            tags.append(f"typo:{col}")
            return typo
    if r < 0.1:
        tags.append(f"case:{col}")
        return name.upper() if r < 0.08 else f"{name} "
    return name


def _render_ssi(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    cells: dict[str, object] = {}
    exp = _blank_expected(ev)
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    thb = ev["crime_type"] in ("trafficking", "both")
    r = rng.random()
    if partial_ok and r < (0.25 if thb else 0.03):
        if rng.random() < 0.6:
            cells["event_date"] = f"{_MONTHS['fr'][ts.month - 1]} {ts.year}"
            exp["event_date"], exp["date_precision"] = _partial_date(ts, "month")
        else:
            cells["event_date"] = f"T{ts.quarter} {ts.year}"
            exp["event_date"], exp["date_precision"] = _partial_date(ts, "quarter")
        tags.append("partial_date")
    else:
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        if rng.random() < 0.15:
            cells["event_date"] = f"{ts.day} {_MONTHS['fr'][ts.month - 1]} {ts.year}"
            tags.append("long_date")
        else:
            cells["event_date"] = ts.strftime("%d/%m/%Y")
    _crime_cells(ev, exp, rng, _SSI_CRIME, _SSI_EXPL, "NR", (None, "sans objet"), cells, tags)
    _persons(
        ev,
        exp,
        rng,
        unknown=("NC", "inconnu"),
        thousands="\u00a0",
        numeric=False,
        cells=cells,
        tags=tags,
    )
    _suspects(
        ev,
        exp,
        rng,
        zero_words=("néant", "aucun"),
        unknown="NC",
        numeric=False,
        cells=cells,
        tags=tags,
    )
    _vocab(ev, exp, rng, "gender", _SSI_GENDER, "NR", 0.03, cells, tags, "blank_gender")
    _vocab(ev, exp, rng, "age_group", _SSI_AGE, "NR", 0.03, cells, tags, "na_word")
    nat = str(ev["nationality"])
    if rng.random() < 0.5 and nat in _DEMONYM_FR:
        cells["nationality"] = _DEMONYM_FR[nat]
        tags.append("demonym:nationality")
    else:
        cells["nationality"] = _ssi_country(nat, rng, tags, "nationality")
    exp["nationality"] = nat
    for col in ("origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        cells[col] = _ssi_country(iso, rng, tags, col)
        exp[col] = iso
    transit = _split(ev["transit_countries"])
    cells["transit_countries"] = (
        " / ".join(_ssi_country(c, rng, tags, "transit_countries") for c in transit) or None
    )
    exp["transit_countries"] = ev["transit_countries"]
    mode = _sea_or_land(ev)
    if rng.random() < 0.03:
        cells["transport_mode"] = "NR"
        tags.append("na_word")
    else:
        if mode == "sea":
            small = ev["corridor"] == "channel"
            cells["transport_mode"] = (
                choice(rng, ("small boat", "small boat", "SB", "embarcation légère"))
                if small
                else choice(rng, ("ferry", "voie maritime"))
            )
        elif mode == "air":
            cells["transport_mode"] = choice(rng, ("aérien", "avion"))
        else:
            cells["transport_mode"] = choice(rng, ("poids lourd", "PL", "camion", "voie routière"))
        exp["transport_mode"] = mode
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if r < 0.07:
        cells["lat"] = cells["lon"] = None
        tags.append("coords_missing")
    elif r < 0.09:
        cells["lat"] = cells["lon"] = "NC"
        tags.append("coords_placeholder")
    else:
        cells["lat"], cells["lon"] = _comma(lat, 5), _comma(lon, 5)
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
    words, exp["linked_offences"] = _offences(ev["linked_offences"], _SSI_OFF, rng)
    cells["linked_offences"] = " + ".join(words) or None
    _blank(forced_blank, cells, exp, tags, _columns(forced_blank, src))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# EU ISAA incident annex (JSON lines)
# --------------------------------------------------------------------------------------
def _eu_code(iso: str) -> str:
    return _EU_CODE.get(iso, iso_codes(iso)[0])


def _isaa_country(iso: str, rng: _Rng, tags: list[str], col: str, code_share: float) -> str:
    r = rng.random()
    if r < code_share:
        code = _eu_code(iso)
        tags.append(f"{'eu_code' if iso in _EU_CODE else 'iso2'}:{col}")
        return code
    if r < code_share + 0.04 and col == "origin_country":
        tags.append(f"numeric:{col}")
        return iso_codes(iso)[1]
    if iso in _EN_OFFICIAL and col != "detection_country" and rng.random() < 0.3:
        tags.append(f"alias:{col}")
        return _EN_OFFICIAL[iso]
    return _name(iso, _EN)


def _render_isaa(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    cells: dict[str, object] = {}
    exp = _blank_expected(ev)
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if partial_ok and r < 0.05:
        cells["event_date"] = ts.strftime("%Y-%m")
        exp["event_date"], exp["date_precision"] = _partial_date(ts, "month")
        tags.append("partial_date")
    elif partial_ok and r < 0.08:
        cells["event_date"] = f"Q{ts.quarter} {ts.year}"
        exp["event_date"], exp["date_precision"] = _partial_date(ts, "quarter")
        tags.append("partial_date")
    else:
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        if rng.random() < 0.06:
            cells["event_date"] = f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}"
            tags.append("long_date")
        else:
            cells["event_date"] = ts.strftime("%Y-%m-%d")
    det = str(ev["detection_country"])
    cells["detection_country"] = _isaa_country(det, rng, tags, "detection_country", 0.85)
    exp["detection_country"] = det
    _crime_cells(ev, exp, rng, _ISAA_CRIME, _ISAA_EXPL, "unknown", (None,), cells, tags)
    _persons(
        ev,
        exp,
        rng,
        unknown=("n/k", "unknown"),
        thousands=None,
        numeric=True,
        cells=cells,
        tags=tags,
    )
    _suspects(
        ev,
        exp,
        rng,
        zero_words=("nil", "none"),
        unknown=None,
        numeric=True,
        cells=cells,
        tags=tags,
    )
    _vocab(ev, exp, rng, "gender", _ISAA_GENDER, "unknown", 0.03, cells, tags, "blank_gender")
    _vocab(ev, exp, rng, "age_group", _ISAA_AGE, "n/a", 0.03, cells, tags, "na_word")
    nat = str(ev["nationality"])
    if rng.random() < 0.03:
        cells["nationality"] = "UNK"
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _isaa_country(nat, rng, tags, "nationality", 0.6)
        exp["nationality"] = nat
    cells["origin_country"] = _isaa_country(
        str(ev["origin_country"]), rng, tags, "origin_country", 0.1
    )
    exp["origin_country"] = ev["origin_country"]
    cells["destination_country"] = _eu_code(str(ev["destination_country"]))
    exp["destination_country"] = ev["destination_country"]
    cells["transit_countries"] = [_eu_code(c) for c in _split(ev["transit_countries"])]
    exp["transit_countries"] = ev["transit_countries"]
    mode = _sea_or_land(ev)
    if rng.random() < 0.03:
        cells["transport_mode"] = "n/a"
        tags.append("na_word")
    else:
        words = {
            "sea": ("sea", "sea", "boat", "rubber boat", "wooden boat"),
            "land": ("land", "land", "on foot", "vehicle", "truck"),
            "air": ("air", "flight"),
        }
        cells["transport_mode"] = choice(rng, words[mode])
        exp["transport_mode"] = mode
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if rng.random() < 0.06:
        cells["lat"] = cells["lon"] = None
        tags.append("coords_missing")
    else:
        cells["lat"], cells["lon"] = round(lat, 4), round(lon, 4)
        exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)
    words_off, exp["linked_offences"] = _offences(ev["linked_offences"], _ISAA_OFF, rng)
    cells["linked_offences"] = words_off
    _blank(forced_blank, cells, exp, tags, _columns(forced_blank, src))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
def _columns(field: str | None, src: ExaminerSource) -> tuple[str, ...]:
    """Cells that hold ``field`` in the source's file."""
    if field is None:
        return ()
    if field == "coordinates":
        return ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    return (field,)


_RENDERERS = {
    _GC: _render_gc,
    _CECOES: _render_cecoes,
    _CIM: _render_cim,
    _SSI: _render_ssi,
    _ISAA: _render_isaa,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    cells, exp, tags = _RENDERERS[src.source](src, ev, rng, partial_ok, forced_blank)
    for col, value in cells.items():  # a CSV file's encoding must hold every cell
        if isinstance(value, str) and not fits(value, src):
            cells[col] = value.encode(src.encoding, errors="replace").decode(src.encoding)
    return cells, exp, tags


def _date_cell(src: ExaminerSource, day: pd.Timestamp) -> object:
    if src.source == _GC:
        return day.to_pydatetime()
    if src.source == _CECOES:
        return f"{day.strftime('%d/%m/%Y')} 00:00"
    if src.source == _ISAA:
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _date_cell(src, _future(ts))
    if src.source == _ISAA:
        return f"{ts.year}-02-30"
    day_month = choice(rng, ("30/02", "31/04", "31/06", "31/09"))
    return f"{day_month}/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    return _date_cell(src, last.normalize())


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND140_SOURCES,
    primary=_PRIMARY,
    compilation=_ISAA,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=140,
    blank_share=0.3,
)


def make_blind140(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five ``blind140`` submissions (files ``*_el.*``).

    The Guardia Civil's SIGO extraction (``gc_utpj_sigo``) first reports every event
    detected in Spain, the Spanish Interior attaché in Mexico (``consejeria_interior_mexico``)
    those in Panama and the United States, the French security attaché in London
    (``ssi_ambafrance_londres``) those in France and the United Kingdom, and the EU's ISAA
    annex (``ipcr_isaa``) every other one (Italy, Greece, Croatia, Poland). The Canary
    Islands' 1-1-2 log (``cecoes112_canarias``) reports some Atlantic arrivals a second
    time, and the ISAA annex some Channel events. Bad rows, notes, totals and the Mexico
    sheet's re-sent rows are planted by :func:`trendlib.samples._examiner.make_examined`.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        One per source, in the order of :data:`BLIND140_SOURCES`, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind140(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gc_utpj_sigo_el.xlsx', 'cecoes112_canarias_el.csv',
     'consejeria_interior_mexico_el.csv', 'ssi_ambafrance_londres_el.csv',
     'ipcr_isaa_el.jsonl']
    >>> [(s.format, s.encoding, s.delimiter, s.language) for s in subs[1:4]]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('csv', 'utf-16', '\t', 'es'), ('csv', 'utf-8-sig', ';', 'es'),
     ('csv', 'cp1252', ';', 'fr')]
    >>> subs[0].frame.columns[:3].tolist()
    ['Nº Atestado', 'Fecha hechos', 'Tipología penal']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all(len(s.frame) > 2 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
