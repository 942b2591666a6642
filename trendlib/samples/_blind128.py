"""Examiner sample set ``blind128`` (files ``*_dz.*``): five desks with a Southern Cone lean.

Written by an examiner who never saw the cleaner: each source writes the true events the
way that desk's own export would, and :func:`make_blind128` records what a careful analyst
reads from every cell. The five sources are

``pfa_agregaduria_madrid_dz.csv``
    Policía Federal Argentina, Agregaduría en España (Madrid): the attaché's running
    sheet of Spanish operations relayed to Buenos Aires. Spanish (rioplatense), cp1252,
    ``;``, day-first dates (``17/05/2023``, month-only ``05/2023``), demonyms for the
    nationality (``marroquí``), ``varones`` / ``mujeres``, ``NNyA`` for minors, ``lavado
    de activos``, decimal-comma coordinates, ``s/d`` placeholders, ``ninguno`` suspects,
    Spanish thousands dots (``1.250``). First reports the events detected in Spain.
``pna_agregaduria_roma_dz.xlsx``
    Prefectura Naval Argentina, Agregaduría Naval en Italia (Rome): a workbook kept from
    Italian Coast Guard and police notices. Spanish, real Excel dates with some typed
    ``dd/mm/aaaa`` text and quarter-only ``T2 2023``, upper-case country names (with the
    odd ISO alpha-3 code), nautical positions in degrees and decimal minutes with a
    decimal comma (``35°30,0'N 012°36,0'E``). First reports the events detected in Italy.
``red_clamor_darien_dz.csv``
    Red Clamor (Latin American church network on migration and trafficking): monitoring
    of groups arriving at the Darién reception stations, two KoBoToolbox exports pasted
    together (form v1 with labels until June 2022, v2 with XML choice names from July
    2022: ``ve``, ``a_pie``, ``nna``). UTF-8 with BOM, ``,``; mojibake in the v1 labels;
    KoBo geopoints (``8.50123 -77.50321 0 5``). First reports the events detected in
    Panama and reports some US-border events again (member shelters in the north).
``border_report_osint_dz.xlsx``
    An English open-source desk's tracker of US–Mexico border smuggling stories. AP style:
    numbers one to nine in words, ``Sept. 12, 2023`` dates (or real Excel dates when the
    analyst typed them), demonyms (``Guatemalan``), ``sex trafficking``, no coordinates.
    First reports the events detected in the United States.
``civipol_eurofront_dz.jsonl``
    Civipol's analysis cell of the EU's EUROFRONT programme (integrated border management
    in Latin America), compiling the European detections the other desks do not send and
    re-sending Spanish, Italian and Darién events. French keys and values with Spanish
    values copied from Latin American partners, ISO alpha-3 codes, EU codes ``EL`` and
    ``UK``, UN M49 numeric codes, transit as JSON arrays, ISO / ``2023-05`` / ``T2 2023``
    dates, ``NC`` placeholders.
"""

from __future__ import annotations

import datetime as dt

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

__all__ = ["BLIND128", "SOURCES", "make_blind128"]

_Rng = np.random.Generator
_Cells = dict[str, object]

_PFA = "pfa_agregaduria_madrid_dz"
_PNA = "pna_agregaduria_roma_dz"
_CLAMOR = "red_clamor_darien_dz"
_OSINT = "border_report_osint_dz"
_CIVIPOL = "civipol_eurofront_dz"

#: Date from which Red Clamor's rows come from the KoBo form v2 (XML choice names).
_KOBO_V2 = pd.Timestamp("2022-07-01")

# --------------------------------------------------------------------------------------
# Words of each desk
# --------------------------------------------------------------------------------------
#: Spanish demonyms (masculine singular, as a police clerk writes them).
_GENTILICIO: dict[str, str] = {
    "AFG": "afgano",
    "ALB": "albanés",
    "BGD": "bangladesí",
    "CHN": "chino",
    "CIV": "marfileño",
    "CMR": "camerunés",
    "COL": "colombiano",
    "DZA": "argelino",
    "ECU": "ecuatoriano",
    "EGY": "egipcio",
    "ERI": "eritreo",
    "GIN": "guineano",
    "GMB": "gambiano",
    "GTM": "guatemalteco",
    "HND": "hondureño",
    "HTI": "haitiano",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "MAR": "marroquí",
    "MEX": "mexicano",
    "MLI": "maliense",
    "NGA": "nigeriano",
    "PAK": "pakistaní",
    "ROU": "rumano",
    "SEN": "senegalés",
    "SYR": "sirio",
    "TUN": "tunecino",
    "TUR": "turco",
    "VEN": "venezolano",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
#: English demonyms (news style).
_DEMONYM: dict[str, str] = {
    "AFG": "Afghan",
    "CHN": "Chinese",
    "COL": "Colombian",
    "ECU": "Ecuadorian",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HTI": "Haitian",
    "MEX": "Mexican",
    "VEN": "Venezuelan",
}
#: Words of AP style for one to nine.
_AP_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
#: AP abbreviations of the months (March to July are written in full).
_AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)

_WORDS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    _PFA: {
        "crime_type": {
            "trafficking": ("trata de personas", "Trata de personas (Ley 26.364)"),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("obligación de cometer delitos",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otras formas de explotación",),
        },
        "gender": {
            "female": ("mujeres",),
            "male": ("varones",),
            "mixed": ("varones y mujeres", "mixto"),
        },
        "age_group": {
            "child": ("NNyA", "menores"),
            "adult": ("mayores", "mayores de edad"),
            "mixed": ("mayores y NNyA",),
        },
        "transport_mode": {
            "sea": ("marítimo", "embarcación", "neumática"),
            "land": ("terrestre", "vehículo"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("cohecho",),
            "money_laundering": ("lavado de activos",),
            "illicit_goods": ("estupefacientes",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    _PNA: {
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes",),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral",),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {"female": ("Femenino",), "male": ("Masculino",), "mixed": ("Mixto",)},
        "age_group": {"child": ("Menores",), "adult": ("Mayores",), "mixed": ("Mixto",)},
        "transport_mode": {"sea": ("Marítimo",), "land": ("Terrestre",), "air": ("Aéreo",)},
        "linked_offences": {
            "document_fraud": ("Falsificación documental",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Lavado de activos",),
            "illicit_goods": ("Estupefacientes",),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    _CLAMOR: {  # form v1: labels
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico ilícito de migrantes",),
            "both": ("ambos (trata y tráfico)",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral",),
            "forced_criminality": ("reclutamiento para delinquir",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {"female": ("mujeres",), "male": ("hombres",), "mixed": ("mixto",)},
        "age_group": {"child": ("NNA",), "adult": ("adultos",), "mixed": ("adultos y NNA",)},
        "transport_mode": {
            "sea": ("lancha",),
            "land": ("a pie (selva)", "caminando"),
            "air": ("avión",),
        },
        "linked_offences": {
            "document_fraud": ("documentos falsos",),
            "corruption": ("cobros de funcionarios",),
            "money_laundering": ("lavado de dinero",),
            "illicit_goods": ("porte de drogas",),
            "cybercrime": ("estafa por redes",),
            "terrorism": ("terrorismo",),
        },
    },
    "kobo_v2": {  # form v2: XML choice names
        "crime_type": {"trafficking": ("trata",), "smuggling": ("trafico",), "both": ("ambos",)},
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("laboral",),
            "forced_criminality": ("delinquir",),
            "organ_removal": ("organos",),
            "forced_marriage": ("matrimonio",),
            "other": ("otra",),
        },
        "gender": {"female": ("mujeres",), "male": ("hombres",), "mixed": ("mixto",)},
        "age_group": {"child": ("nna",), "adult": ("adultos",), "mixed": ("adultos_nna",)},
        "transport_mode": {"sea": ("lancha",), "land": ("a_pie",), "air": ("avion",)},
        "linked_offences": {
            "document_fraud": ("documentos_falsos",),
            "corruption": ("cobros_funcionarios",),
            "money_laundering": ("lavado_dinero",),
            "illicit_goods": ("drogas",),
            "cybercrime": ("estafa_redes",),
            "terrorism": ("terrorismo",),
        },
    },
    _OSINT: {
        "crime_type": {
            "trafficking": ("human trafficking",),
            "smuggling": ("human smuggling", "alien smuggling"),
            "both": ("smuggling and trafficking",),
        },
        "exploitation": {
            "sexual": ("sex trafficking",),
            "forced_labour": ("labor trafficking",),
            "forced_criminality": ("forced criminal activity",),
            "organ_removal": ("organ trafficking",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("women",), "male": ("men",), "mixed": ("men and women",)},
        "age_group": {
            "child": ("minors", "unaccompanied minors"),
            "adult": ("adults",),
            "mixed": ("adults and children",),
        },
        "transport_mode": {
            "sea": ("boat",),
            "land": ("on foot", "tractor-trailer", "pickup truck", "passenger vehicle"),
            "air": ("flight",),
        },
        "linked_offences": {
            "document_fraud": ("fraudulent documents",),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug charges",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    _CIVIPOL: {
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH"),
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "trafic illicite de migrants",
            ),
            "both": ("traite et trafic de migrants",),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {"female": ("femmes", "F"), "male": ("hommes", "H"), "mixed": ("mixte",)},
        "age_group": {"child": ("mineurs",), "adult": ("majeurs",), "mixed": ("mixte",)},
        "transport_mode": {
            "sea": ("maritime", "small boat", "embarcation"),
            "land": ("terrestre", "poids lourd"),
            "air": ("aérien",),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire",),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    "civipol_es": {  # rows copied from Latin American partners' notices
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico ilícito de migrantes",),
            "both": ("trata y tráfico",),
        },
    },
}

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_HEADERS_PFA = {
    "source_ref": "Nro. de actuación",
    "event_date": "Fecha del hecho",
    "crime_type": "Tipo delictivo",
    "exploitation": "Finalidad de explotación",
    "n_persons": "Víctimas / migrantes",
    "n_suspects": "Detenidos",
    "gender": "Sexo",
    "age_group": "Franja etaria",
    "nationality": "Nacionalidad",
    "origin_country": "País de origen",
    "destination_country": "País de destino",
    "detection_country": "País del hecho",
    "transit_countries": "Países de tránsito",
    "transport_mode": "Medio empleado",
    "lat": "Latitud",
    "lon": "Longitud",
    "linked_offences": "Delitos conexos",
}
_HEADERS_PNA = {
    "source_ref": "N° Registro",
    "event_date": "Fecha",
    "crime_type": "Delito",
    "exploitation": "Finalidad",
    "n_persons": "Cantidad de personas",
    "n_suspects": "Detenidos",
    "gender": "Sexo",
    "age_group": "Edad",
    "nationality": "Nacionalidad",
    "origin_country": "Origen",
    "destination_country": "Destino",
    "detection_country": "País de intervención",
    "transit_countries": "Tránsito",
    "transport_mode": "Medio",
    "coordinates": "Posición",
    "linked_offences": "Otros delitos",
}
_HEADERS_CLAMOR = {
    "source_ref": "_id",
    "event_date": "fecha_llegada",
    "crime_type": "tipo_caso",
    "exploitation": "tipo_explotacion",
    "n_persons": "personas_grupo",
    "n_suspects": "guias_identificados",
    "gender": "sexo_grupo",
    "age_group": "edad_grupo",
    "nationality": "nacionalidad",
    "origin_country": "pais_origen",
    "destination_country": "destino_declarado",
    "detection_country": "pais_registro",
    "transit_countries": "ruta_paises",
    "transport_mode": "medio_desplazamiento",
    "coordinates": "_gps",
    "linked_offences": "otros_hechos",
}
_HEADERS_OSINT = {
    "source_ref": "Ref #",
    "event_date": "Date",
    "crime_type": "Offense",
    "exploitation": "Trafficking type",
    "n_persons": "Migrants / victims",
    "n_suspects": "Arrested",
    "gender": "Sex",
    "age_group": "Ages",
    "nationality": "Nationality",
    "origin_country": "Home country",
    "destination_country": "Headed to",
    "detection_country": "Country",
    "transit_countries": "Routed through",
    "transport_mode": "Conveyance",
    "linked_offences": "Related charges",
}
_HEADERS_CIVIPOL = {
    "source_ref": "ref",
    "event_date": "date_constat",
    "crime_type": "infraction",
    "exploitation": "finalite_exploitation",
    "n_persons": "nb_personnes",
    "n_suspects": "nb_mis_en_cause",
    "gender": "sexe",
    "age_group": "classe_age",
    "nationality": "nationalite",
    "origin_country": "pays_origine",
    "destination_country": "pays_destination",
    "detection_country": "pays_constat",
    "transit_countries": "pays_transit",
    "transport_mode": "vecteur",
    "lat": "latitude",
    "lon": "longitude",
    "linked_offences": "infractions_connexes",
}

#: The five sources, in the order :func:`make_blind128` returns them.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        _PFA,
        f"{_PFA}.csv",
        "PFA-MAD {seq:04d}/{year}",
        "csv",
        "cp1252",
        ";",
        "es",
        _HEADERS_PFA,
        "Nota: información remitida por las autoridades españolas, sujeta a confirmación",
        "TOTAL",
        ("varios", "ver parte", "numerosos"),
        False,
    ),
    ExaminerSource(
        _PNA,
        f"{_PNA}.xlsx",
        "AGNAV-IT {yy:02d}-{seq:03d}",
        "xlsx",
        "utf-8",
        None,
        "es",
        _HEADERS_PNA,
        "Fuente: Comando Generale delle Capitanerie di Porto - datos provisorios",
        "TOTAL",
        ("varias", "ver nota", "numerosas"),
        False,
    ),
    ExaminerSource(
        _CLAMOR,
        f"{_CLAMOR}.csv",
        "{year}{seq:05d}",
        "csv",
        "utf-8-sig",
        ",",
        "es",
        _HEADERS_CLAMOR,
        "Nota: datos preliminares de monitoreo, no constituyen denuncia",
        "Total",
        ("muchos", "grupo grande", "varias familias"),
        True,
    ),
    ExaminerSource(
        _OSINT,
        f"{_OSINT}.xlsx",
        "BR-{yy:02d}-{seq:04d}",
        "xlsx",
        "utf-8",
        None,
        "en",
        _HEADERS_OSINT,
        None,
        "Total",
        ("dozens", "several", "more than a dozen"),
        False,
    ),
    ExaminerSource(
        _CIVIPOL,
        f"{_CIVIPOL}.jsonl",
        "EF-{year}-{seq:05d}",
        "jsonl",
        "utf-8",
        None,
        "fr",
        _HEADERS_CIVIPOL,
        None,
        "TOTAL",
        ("plusieurs", "quelques dizaines", "nombreux"),
        True,
    ),
)
_BY_NAME = {s.source: s for s in SOURCES}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str) -> str:
    """Country name in ``lang`` from the project's hand-written table."""
    row = COUNTRIES[iso]
    return str(row[{"en": 1, "fr": 2, "es": 3}[lang]])


def _swap_letters(text: str) -> str:
    """Two letters in the middle swapped (a typing slip), names of 7+ letters only."""
    i = len(text) // 2
    if len(text) < 7 or not text[i - 1 : i + 1].isalpha() or text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _words(table: str, column: str, value: str, rng: _Rng) -> str:
    return choice(rng, _WORDS[table][column][value])


def _offences(table: str, value: object, sep: str) -> str | None:
    if value is None:
        return None
    words = _WORDS[table]["linked_offences"]
    return sep.join(words[o][0] for o in str(value).split("|"))


def _int(value: object) -> int:
    return int(value)  # type: ignore[call-overload]


def _isos(value: object) -> list[str]:
    return [] if value is None else str(value).split("|")


def _expected(ev: dict[str, object], ts: pd.Timestamp) -> dict[str, object]:
    """Return the event's values, as a careful analyst reads a complete row."""
    return {
        "event_date": ts,
        "date_precision": "day",
        "crime_type": ev["crime_type"],
        "exploitation": ev["exploitation"],
        "n_persons": _int(ev["n_persons"]),
        "n_suspects": None if ev["n_suspects"] is None else _int(ev["n_suspects"]),
        "gender": ev["gender"],
        "age_group": ev["age_group"],
        "nationality": ev["nationality"],
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": ev["detection_country"],
        "transit_countries": ev["transit_countries"],
        "transport_mode": ev["transport_mode"],
        "lat": ev["lat"],
        "lon": ev["lon"],
        "linked_offences": ev["linked_offences"],
    }


def _partial(exp: dict[str, object], ts: pd.Timestamp, freq: str) -> None:
    exp["event_date"] = ts.to_period(freq).start_time
    exp["date_precision"] = "month" if freq == "M" else "quarter"


def _blank(
    forced: str | None,
    cells: _Cells,
    exp: dict[str, object],
    tags: list[str],
    coords: tuple[str, ...],
) -> None:
    """Leave blank the field a second report does not give (and say what that means)."""
    if forced is None:
        return
    tags.append(f"blank_{forced}")
    if forced == "coordinates":
        for key in coords:
            cells[key] = None
        exp["lat"] = exp["lon"] = None
    elif forced == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
    else:
        cells[forced] = None
        exp[forced] = None


def _dm(value: float, pos: str, neg: str, width: int) -> str:
    """Degrees and decimal minutes with a decimal comma: ``035°30,0'N``."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 600)  # tenths of a minute
    deg, rest = divmod(tenths, 600)
    minutes = f"{rest / 10:04.1f}".replace(".", ",")
    return f"{deg:0{width}d}°{minutes}'{hemi}"


def _q(ts: pd.Timestamp) -> str:
    return f"T{ts.quarter} {ts.year}"


def _ap_date(ts: pd.Timestamp) -> str:
    return f"{_AP_MONTHS[ts.month - 1]} {ts.day}, {ts.year}"


def _ap_number(n: int) -> str:
    if 1 <= n <= 9:
        return _AP_WORDS[n - 1]
    return f"{n:,}"


# --------------------------------------------------------------------------------------
# One renderer per desk
# --------------------------------------------------------------------------------------
def _pfa(
    ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write as the Argentine Federal Police attaché in Madrid: day-first, demonyms."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    t = _PFA
    cells: _Cells = {}
    if partial_ok and rng.random() < 0.05:  # relayed from a monthly Spanish summary
        cells["event_date"] = f"{ts.month:02d}/{ts.year}"
        _partial(exp, ts, "M")
        tags.append("date_month")
    else:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    cells["crime_type"] = _words(t, "crime_type", str(ev["crime_type"]), rng)
    if ev["exploitation"] is None:
        cells["exploitation"] = "no corresponde" if rng.random() < 0.5 else None
    else:
        cells["exploitation"] = _words(t, "exploitation", str(ev["exploitation"]), rng)
    n = _int(ev["n_persons"])
    if rng.random() < 0.02:
        cells["n_persons"] = "s/d"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = f"{n:,}".replace(",", ".")
        tags.append("thousands_dot")
    else:
        cells["n_persons"] = str(n)
    k = _int(ev["n_suspects"])
    if k == 0 and rng.random() < 0.5:
        cells["n_suspects"] = "ninguno"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    cells["gender"] = _words(t, "gender", str(ev["gender"]), rng)
    if rng.random() < 0.02:
        cells["age_group"] = "s/d"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _words(t, "age_group", str(ev["age_group"]), rng)
    nat = str(ev["nationality"])
    if rng.random() < 0.7:
        cells["nationality"] = _GENTILICIO[nat]
        tags.append("demonym")
    else:
        cells["nationality"] = _name(nat, "es")
    for col in ("origin_country", "destination_country"):
        name = _name(str(ev[col]), "es")
        r = rng.random()
        if r < 0.08:
            cells[col] = name.upper()
            tags.append("upper")
        elif r < 0.11 and _swap_letters(name) != name:
            cells[col] = _swap_letters(name)
            tags.append("typo")
        else:
            cells[col] = name
    det = str(ev["detection_country"])
    cells["detection_country"] = (
        choice(rng, ("España", "ESPAÑA", "Reino de España")) if det == "ESP" else _name(det, "es")
    )
    trans = _isos(ev["transit_countries"])
    cells["transit_countries"] = " - ".join(_name(c, "es") for c in trans) if trans else None
    if rng.random() < 0.02:
        cells["transport_mode"] = "s/d"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _words(t, "transport_mode", str(ev["transport_mode"]), rng)
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    cells["lat"] = f"{lat:.4f}".replace(".", ",")
    cells["lon"] = f"{lon:.4f}".replace(".", ",")
    tags.append("decimal_comma")
    cells["linked_offences"] = _offences(t, ev["linked_offences"], ", ")
    _blank(forced, cells, exp, tags, ("lat", "lon"))
    return cells, exp, tags


def _pna(
    ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write as the Argentine Naval Prefecture attaché in Rome: upper case, DM positions."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    t = _PNA
    cells: _Cells = {}
    r = rng.random()
    if partial_ok and r < 0.07:  # a quarterly notice without days
        cells["event_date"] = _q(ts)
        _partial(exp, ts, "Q")
        tags.append("date_quarter")
    elif r < 0.2:
        cells["event_date"] = ts.strftime("%d/%m/%Y")  # typed as text
        tags.append("date_text")
    else:
        cells["event_date"] = dt.datetime(ts.year, ts.month, ts.day)
        tags.append("excel_date")
    cells["crime_type"] = _words(t, "crime_type", str(ev["crime_type"]), rng)
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else _words(t, "exploitation", str(expl), rng)
    if rng.random() < 0.015:
        cells["n_persons"] = "s/d"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _int(ev["n_persons"])
    if rng.random() < 0.03:
        cells["n_suspects"] = "s/d"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = _int(ev["n_suspects"])
    cells["gender"] = _words(t, "gender", str(ev["gender"]), rng)
    cells["age_group"] = _words(t, "age_group", str(ev["age_group"]), rng)
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        r = rng.random()
        if r < 0.12:
            cells[col] = iso
            tags.append("iso3")
        elif r < 0.2:
            cells[col] = _name(iso, "es")
        else:
            cells[col] = _name(iso, "es").upper()
            tags.append("upper")
    trans = _isos(ev["transit_countries"])
    cells["transit_countries"] = "/".join(_name(c, "es").upper() for c in trans) or None
    cells["transport_mode"] = _words(t, "transport_mode", str(ev["transport_mode"]), rng)
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    cells["coordinates"] = f"{_dm(lat, 'N', 'S', 2)} {_dm(lon, 'E', 'W', 3)}"
    tags.append("coords_dm")
    cells["linked_offences"] = _offences(t, ev["linked_offences"], "; ")
    _blank(forced, cells, exp, tags, ("coordinates",))
    return cells, exp, tags


def _clamor(
    ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write as Red Clamor's Darién monitoring: two KoBo exports (labels, then names)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    v2 = ts >= _KOBO_V2
    t = "kobo_v2" if v2 else _CLAMOR
    cells: _Cells = {}
    cells["event_date"] = ts.strftime("%Y-%m-%d") if v2 else ts.strftime("%d/%m/%Y")
    tags.append("kobo_v2" if v2 else "kobo_v1")
    cells["crime_type"] = _words(t, "crime_type", str(ev["crime_type"]), rng)
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else _words(t, "exploitation", str(expl), rng)
    if rng.random() < 0.02:
        cells["n_persons"] = "no sabe" if not v2 else "no_sabe"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = str(_int(ev["n_persons"]))
    cells["n_suspects"] = str(_int(ev["n_suspects"]))
    cells["gender"] = _words(t, "gender", str(ev["gender"]), rng)
    cells["age_group"] = _words(t, "age_group", str(ev["age_group"]), rng)
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if v2:
            cells[col] = iso_codes(iso)[0].lower()
            continue
        name = _name(iso, "es")
        if iso == "USA" and rng.random() < 0.5:
            name = "EE.UU."
        garbled = mojibake(name)
        if garbled is not None and rng.random() < 0.35:
            cells[col] = garbled
            tags.append("mojibake")
        else:
            cells[col] = name
    if v2:
        tags.append("iso2_lower")
    trans = _isos(ev["transit_countries"])
    cells["transit_countries"] = " - ".join(_name(c, "es") for c in trans) or None
    cells["transport_mode"] = _words(t, "transport_mode", str(ev["transport_mode"]), rng)
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if v2:
        acc = choice(rng, ("4.8", "5", "10", "12.5"))
        cells["coordinates"] = f"{lat:.5f} {lon:.5f} 0 {acc}"
        tags.append("geopoint")
    else:
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
    cells["linked_offences"] = _offences(t, ev["linked_offences"], " " if v2 else ", ")
    _blank(forced, cells, exp, tags, ("coordinates",))
    return cells, exp, tags


def _osint(
    ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write as the English OSINT tracker of border stories: AP style, no coordinates."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = ["coords_missing"]
    t = _OSINT
    cells: _Cells = {}
    r = rng.random()
    if partial_ok and r < 0.05:  # the story only says "in May"
        cells["event_date"] = f"{MONTHS[ts.month - 1]} {ts.year}"
        _partial(exp, ts, "M")
        tags.append("date_month")
    elif r < 0.45:
        cells["event_date"] = dt.datetime(ts.year, ts.month, ts.day)  # typed into Excel
        tags.append("excel_date")
    else:
        cells["event_date"] = _ap_date(ts)
        tags.append("date_long")
    cells["crime_type"] = _words(t, "crime_type", str(ev["crime_type"]), rng)
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else _words(t, "exploitation", str(expl), rng)
    n = _int(ev["n_persons"])
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, ("undisclosed", "not released"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n <= 9:
        cells["n_persons"] = _ap_number(n)
        tags.append("count_word")
    elif n >= 1000:
        cells["n_persons"] = _ap_number(n)
        tags.append("thousands_comma")
    else:
        cells["n_persons"] = n
    k = _int(ev["n_suspects"])
    if k == 0:
        cells["n_suspects"] = "none"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _ap_number(k) if k <= 9 else k
    cells["gender"] = _words(t, "gender", str(ev["gender"]), rng)
    cells["age_group"] = _words(t, "age_group", str(ev["age_group"]), rng)
    nat = str(ev["nationality"])
    cells["nationality"] = _DEMONYM.get(nat, _name(nat, "en"))
    tags.append("demonym")
    for col in ("origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if iso == "USA":
            cells[col] = choice(rng, ("U.S.", "United States", "US"))
        else:
            cells[col] = _name(iso, "en")
    trans = _isos(ev["transit_countries"])
    names = [_name(c, "en") for c in trans]
    cells["transit_countries"] = (
        " and ".join(names) if len(names) == 2 else ", ".join(names)
    ) or None
    cells["transport_mode"] = _words(t, "transport_mode", str(ev["transport_mode"]), rng)
    exp["lat"] = exp["lon"] = None  # a news story gives a town, not a point
    cells["linked_offences"] = _offences(t, ev["linked_offences"], ", ")
    if forced == "coordinates":
        tags.append("blank_coordinates")
    else:
        _blank(forced, cells, exp, tags, ())
    return cells, exp, tags


#: Codes of the EU's interinstitutional style guide where they differ from ISO alpha-2.
_EU_CODES = {"GRC": "EL", "GBR": "UK"}


def _civipol_country(iso: str, rng: _Rng, tags: list[str], *, numeric_ok: bool) -> str:
    r = rng.random()
    if r < 0.6:
        return iso
    if r < 0.8:
        tags.append("name_fr")
        return _name(iso, "fr")
    if r < 0.9:
        tags.append("iso2_eu")
        return _EU_CODES.get(iso, iso_codes(iso)[0])
    if numeric_ok:
        tags.append("m49")
        return iso_codes(iso)[1]
    tags.append("lower")
    return _name(iso, "fr").lower()


def _civipol(
    ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write as Civipol's EUROFRONT compilation: French keys, codes, arrays, partial dates."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: _Cells = {}
    r = rng.random()
    if partial_ok and r < 0.06:
        cells["event_date"] = ts.strftime("%Y-%m")
        _partial(exp, ts, "M")
        tags.append("date_month")
    elif partial_ok and r < 0.1:
        cells["event_date"] = _q(ts)
        _partial(exp, ts, "Q")
        tags.append("date_quarter")
    else:
        cells["event_date"] = ts.strftime("%Y-%m-%d")
    latin = ev["detection_country"] in ("PAN", "USA")
    table = "civipol_es" if latin else _CIVIPOL
    cells["crime_type"] = _words(table, "crime_type", str(ev["crime_type"]), rng)
    if latin:
        tags.append("spanish_words")
    expl = ev["exploitation"]
    cells["exploitation"] = (
        None if expl is None else _words(_CIVIPOL, "exploitation", str(expl), rng)
    )
    if rng.random() < 0.02:
        cells["n_persons"] = "NC"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _int(ev["n_persons"])
    if rng.random() < 0.03:
        cells["n_suspects"] = "NC"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = _int(ev["n_suspects"])
    cells["gender"] = _words(_CIVIPOL, "gender", str(ev["gender"]), rng)
    if rng.random() < 0.02:
        cells["age_group"] = "NC"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _words(_CIVIPOL, "age_group", str(ev["age_group"]), rng)
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        numeric_ok = col == "destination_country"
        cells[col] = _civipol_country(str(ev[col]), rng, tags, numeric_ok=numeric_ok)
    trans = _isos(ev["transit_countries"])
    cells["transit_countries"] = trans or None
    if trans:
        tags.append("transit_array")
    cells["transport_mode"] = _words(_CIVIPOL, "transport_mode", str(ev["transport_mode"]), rng)
    cells["lat"] = round(float(ev["lat"]), 4)  # type: ignore[arg-type]
    cells["lon"] = round(float(ev["lon"]), 4)  # type: ignore[arg-type]
    cells["linked_offences"] = _offences(_CIVIPOL, ev["linked_offences"], ", ")
    _blank(forced, cells, exp, tags, ("lat", "lon"))
    return cells, exp, tags


_RENDERERS = {_PFA: _pfa, _PNA: _pna, _CLAMOR: _clamor, _OSINT: _osint, _CIVIPOL: _civipol}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as ``src`` does: ``(cells, expected, tags)``."""
    cells, exp, tags = _RENDERERS[src.source](ev, rng, partial_ok, forced_blank)
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell no analyst can use: missing, impossible, or years ahead."""
    if kind == "no_date":
        return "" if src.format == "csv" else None
    if kind == "bad_date":
        return {
            _PFA: choice(rng, (f"31/06/{ts.year}", f"29/02/{ts.year}")),
            _PNA: f"30/02/{ts.year}",
            _CLAMOR: f"{ts.year}-13-{ts.day:02d}" if ts >= _KOBO_V2 else f"31/09/{ts.year}",
            _OSINT: f"Feb. 30, {ts.year}",
            _CIVIPOL: f"{ts.year}-02-30",
        }[src.source]
    # future_date: the two middle digits of the year swapped (2023 -> 2203), or +10 years
    year = f"{ts.year}"
    swapped = int(year[0] + year[2] + year[1] + year[3])
    ahead = ts.replace(year=swapped if swapped > ts.year + 50 else ts.year + 10)
    if src.source == _PFA:
        return ahead.strftime("%d/%m/%Y")
    if src.source == _PNA:
        return dt.datetime(ts.year + 10, ts.month, min(ts.day, 28))
    if src.source == _CLAMOR:
        return ahead.strftime("%Y-%m-%d" if ts >= _KOBO_V2 else "%d/%m/%Y")
    if src.source == _OSINT:
        return _ap_date(ahead)
    return ahead.strftime("%Y-%m-%d")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date a desk writes on its note row (the day of its last report)."""
    if src.format == "xlsx":
        return dt.datetime(last.year, last.month, last.day)
    if src.source == _CLAMOR:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: The variant: who first reports which detection country, who reports it again.
BLIND128: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"ESP": _PFA, "ITA": _PNA, "PAN": _CLAMOR, "USA": _OSINT},
    compilation=_CIVIPOL,
    secondary={
        ("darien", "PAN"): _CIVIPOL,  # EUROFRONT's Panama–Costa Rica border pilot
        ("us_mex", "USA"): _CLAMOR,  # member shelters on the US–Mexico border
        ("wmed", "ESP"): _CIVIPOL,
        ("watl", "ESP"): _CIVIPOL,
        ("thb_rou_esp", "ESP"): _CIVIPOL,
        ("thb_rou_esp", "ITA"): _PFA,  # joint Spanish–Italian cases, relayed from Madrid
        ("cmed", "ITA"): _CIVIPOL,
        ("thb_nga_ita", "ITA"): _CIVIPOL,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=128,
    blank_share=0.3,
)


def make_blind128(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind128`` desks would (files ``*_dz.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``pfa_agregaduria_madrid_dz.csv`` (Spanish, cp1252, ``;``),
        ``pna_agregaduria_roma_dz.xlsx`` (Spanish), ``red_clamor_darien_dz.csv``
        (Spanish, UTF-8 with BOM, ``,``), ``border_report_osint_dz.xlsx`` (English) and
        ``civipol_eurofront_dz.jsonl`` (French), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind128(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pfa_agregaduria_madrid_dz.csv', 'pna_agregaduria_roma_dz.xlsx',
     'red_clamor_darien_dz.csv', 'border_report_osint_dz.xlsx',
     'civipol_eurofront_dz.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8-sig', 'utf-8', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['Nro. de actuación', 'Fecha del hecho', 'Tipo delictivo']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND128, truth, seed=seed)
