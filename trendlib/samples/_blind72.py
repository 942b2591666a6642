"""Examiner set ``blind72``: five Ibero-American and European agencies (files ``*_bv.*``).

A reader's guide to the five sources:

``guardacostas_cr_bv.csv``
    Costa Rica, Servicio Nacional de Guardacostas (SNG), regional interdiction bulletin;
    Spanish; cp1252, ``;``, CRLF. Dates ``dd/mm/aaaa`` or ``7-mar-22``; partial dates
    ``marzo 2022`` and ``II trim. 2022``. Countries in upper-case Spanish. Latitude and
    longitude in two columns with a decimal comma, the longitude written unsigned under
    a header that says *Oeste*. Crime type cites Ley 8764 art. 249 / Código Penal art.
    172. Counts with ``.`` thousands; ``s/d`` for unknown. First reports events
    detected in Panama and the United States.
``policia_vaudoise_bv.csv``
    Swiss Police cantonale vaudoise, cross-border crime division, liaison log; French;
    UTF-16 (BOM), tab-delimited. Dates ``dd.mm.yyyy`` or ``3 mars 2022``; partial
    ``03.2022`` and ``T1 2022``. Coordinates as one DMS cell. Legal basis art. 116 LEI
    / art. 182 CP. Swiss apostrophe thousands (``1'234``); ``inconnu`` / ``n.c.``.
    First reports France and Italy.
``gnr_ucc_bv.jsonl``
    Portuguese GNR Unidade de Controlo Costeiro, English liaison feed (EUROSUR-style);
    UTF-8 JSON lines. ISO dates, ``07 Mar 2022``; partial ``2022-03`` and ``Q1 2022``.
    Nationality as ISO alpha-3, other countries in English. Lat/lon as numbers (null
    when not recorded). Crime refers to Lei 23/2007 art. 183 / CP art. 160. First
    reports Spain.
``polfa_co_bv.xlsx``
    Colombia, Policía Fiscal y Aduanera (POLFA), international cooperation annex; Spanish
    workbook. Dates as real Excel dates, bare Excel serial numbers or ``dd/mm/aaaa``
    text; partial ``mar-2022`` and ``1er trimestre 2022``. Nationality as ISO alpha-2.
    Coordinates ``lat, lon`` in one text cell. The compilation: every other event.
``policia_foral_navarra_bv.csv``
    Policía Foral de Navarra, Unidad de Extranjería, log of national alerts it re-files;
    Spanish; UTF-8 with BOM, ``|``. Dates ``07-03-2022`` or ``7 de marzo de 2022``.
    Coordinates ``43,12345 N 1,23456 W``. Reports only second copies of Spanish events.
"""

from __future__ import annotations

import datetime as _dt

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    iso_codes,
    make_examined,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND72_SOURCES", "make_blind72"]

_Rng = np.random.Generator

_CR = "guardacostas_cr_bv"
_VD = "policia_vaudoise_bv"
_GNR = "gnr_ucc_bv"
_POLFA = "polfa_co_bv"
_NAV = "policia_foral_navarra_bv"

_FIELDS = (
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
    "coordinates",
    "linked_offences",
    "source_ref",
)


def _src(
    source: str,
    filename: str,
    ref: str,
    fmt: str,
    encoding: str,
    delimiter: str | None,
    language: str,
    names: tuple[str, ...],
    note: str | None,
    total: str,
    bad_count: tuple[str, ...],
    *,
    repeats: bool,
) -> ExaminerSource:
    headers: dict[str, str] = {}
    for field, name in zip(_FIELDS, names, strict=True):
        if field == "coordinates" and "|" in name:
            lat, lon = name.split("|")
            headers["lat"], headers["lon"] = lat, lon
        else:
            headers[field] = name
    return ExaminerSource(
        source, filename, ref, fmt, encoding, delimiter, language, headers, note, total,
        bad_count, repeats,
    )  # fmt: skip


#: The five sources, in the order their submissions are returned.
BLIND72_SOURCES: tuple[ExaminerSource, ...] = (
    _src(
        _CR,
        f"{_CR}.csv",
        "SNG-{year}-{seq:04d}",
        "csv",
        "cp1252",
        ";",
        "es",
        (
            "Fecha interdicción",
            "Delito (tipificación)",
            "Fin de explotación",
            "Nº personas",
            "Nº presuntos tratantes/traficantes",
            "Sexo",
            "Edad",
            "Nacionalidad",
            "País de procedencia",
            "País de destino",
            "País donde se detectó",
            "Países de tránsito",
            "Medio",
            "Latitud (N)|Longitud Oeste (grados)",
            "Otros delitos conexos",
            "Nº boleta",
        ),
        "Nota: cifras preliminares sujetas a revisión (SNG - Dpto. de Inteligencia)",
        "TOTAL GENERAL",
        ("varios", "muchos", "grupo"),
        repeats=True,
    ),
    _src(
        _VD,
        f"{_VD}.csv",
        "PCV/DCT/{yy:02d}-{seq:05d}",
        "csv",
        "utf-16",
        "\t",
        "fr",
        (
            "Date des faits",
            "Infraction (base légale)",
            "Forme d'exploitation",
            "Nbre personnes",
            "Nbre auteurs présumés",
            "Sexe",
            "Âge",
            "Nationalité",
            "Pays d'origine",
            "Pays de destination",
            "Pays du constat",
            "Pays de transit",
            "Moyen de transport",
            "Coordonnées (WGS84, DMS)",
            "Infractions connexes",
            "N° journal",
        ),
        "Remarque : extraction provisoire, données non consolidées",
        "Total des personnes",
        ("plusieurs", "nombreux"),
        repeats=False,
    ),
    _src(
        _GNR,
        f"{_GNR}.jsonl",
        "UCC/{year}/{seq:05d}",
        "jsonl",
        "utf-8",
        None,
        "en",
        (
            "incident_date",
            "offence",
            "exploitation_type",
            "persons_involved",
            "suspects_arrested",
            "sex",
            "age_category",
            "nationality_iso3",
            "country_of_origin",
            "intended_destination",
            "country_of_detection",
            "transit_route",
            "means_of_transport",
            "lat_dd|lon_dd",
            "associated_offences",
            "ucc_ref",
        ),
        None,
        "TOTAL persons",
        ("several", "multiple"),
        repeats=False,
    ),
    _src(
        _POLFA,
        f"{_POLFA}.xlsx",
        "POLFA-CI-{seq:04d}-{year}",
        "xlsx",
        "utf-8",
        None,
        "es",
        (
            "FECHA HECHO",
            "CONDUCTA",
            "FINALIDAD",
            "CANT. PERSONAS",
            "CAPTURADOS",
            "GÉNERO",
            "GRUPO ETARIO",
            "NAC. (ISO-2)",
            "PAÍS ORIGEN",
            "PAÍS DESTINO",
            "PAÍS DEL HECHO",
            "RUTA (TRÁNSITO)",
            "MODALIDAD",
            "COORDENADAS (LAT, LON)",
            "DELITOS CONEXOS",
            "RADICADO",
        ),
        "Fuente: Oficina de Cooperación Internacional POLFA. Información no oficial.",
        "TOTAL",
        ("varios", "indeterminado grupo"),
        repeats=True,
    ),
    _src(
        _NAV,
        f"{_NAV}.csv",
        "PFN-EXT/{seq:03d}/{year}",
        "csv",
        "utf-8-sig",
        "|",
        "es",
        (
            "F. hechos",
            "Tipo penal",
            "Explotación",
            "Víctimas/migrantes",
            "Detenidos",
            "Sexo",
            "Edad",
            "Nacionalidad",
            "Origen",
            "Destino",
            "País detección",
            "Tránsito",
            "Transporte",
            "Coordenadas",
            "Delitos conexos",
            "Nº diligencias",
        ),
        None,
        "Suma total",
        ("varios",),
        repeats=False,
    ),
)

# code -> (en, fr, es)
_COUNTRY: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("The Gambia", "Gambie", "Gambia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MLI": ("Mali", "Mali", "Malí"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "ROU": ("Romania", "Roumanie", "Rumania"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "ITA": ("Italy", "Italie", "Italia"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _CR: {
        "smuggling": ("Tráfico ilícito de migrantes (art. 249 Ley 8764)", "TIM - art. 249 LGM"),
        "trafficking": ("Trata de personas (art. 172 CP)", "Trata de personas"),
        "both": ("Trata de personas y tráfico ilícito de migrantes", "Trata + TIM"),
    },
    _VD: {
        "smuggling": ("Incitation à l'entrée illégale (art. 116 LEI)", "art. 116 LEI"),
        "trafficking": ("Traite d'êtres humains (art. 182 CP)", "TEH art. 182 CP"),
        "both": ("TEH (182 CP) et art. 116 LEI", "Traite et aide à l'entrée illégale"),
    },
    _GNR: {
        "smuggling": ("Aiding illegal immigration (Law 23/2007, Art. 183)", "Migrant smuggling"),
        "trafficking": ("Trafficking in persons (Penal Code Art. 160)", "Human trafficking"),
        "both": ("Trafficking and smuggling (CP 160 + L.23/2007 183)", "THB / smuggling"),
    },
    _POLFA: {
        "smuggling": ("TRÁFICO DE MIGRANTES (ART. 188 C.P.)", "Tráfico de migrantes"),
        "trafficking": ("TRATA DE PERSONAS (ART. 188A C.P.)", "Trata de personas"),
        "both": ("TRATA DE PERSONAS Y TRÁFICO DE MIGRANTES", "Art. 188 y 188A C.P."),
    },
    _NAV: {
        "smuggling": ("Art. 318 bis CP (favorecimiento inmigración ilegal)", "318 bis CP"),
        "trafficking": ("Trata de seres humanos (177 bis CP)", "Art. 177 bis CP"),
        "both": ("177 bis y 318 bis CP", "Trata de seres humanos e inmigración ilegal"),
    },
}
_EXPL: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "sexual": ("explotación sexual", "Sexual", "prostitución forzada"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "other": ("otra", "otros fines"),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation du travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme"),
    },
    "en": {
        "sexual": ("sexual exploitation", "Sexual"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality", "forced criminal activities"),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other form"),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "male": ("Masculino", "hombres", "Varones"),
        "female": ("Femenino", "mujeres"),
        "mixed": ("Mixto", "Ambos sexos", "hombres y mujeres"),
    },
    "fr": {
        "male": ("masculin", "hommes"),
        "female": ("féminin", "femmes"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    "en": {"male": ("Male", "men"), "female": ("Female", "women"), "mixed": ("Mixed", "both")},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "adult": ("Adultos", "mayores de edad", "adulto"),
        "child": ("Menores", "menores de edad", "NNA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "fr": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "en": {
        "adult": ("Adult", "adults (18+)"),
        "child": ("Minor", "under 18"),
        "mixed": ("Adults & minors", "mixed ages"),
    },
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "sea": ("Marítimo", "embarcación", "lancha rápida", "cayuco", "patera"),
        "land": ("Terrestre", "a pie", "vehículo", "autobús", "camión"),
        "air": ("Aéreo", "vuelo comercial", "vía aérea"),
    },
    "fr": {
        "sea": ("maritime", "embarcation", "small boat", "navire"),
        "land": ("terrestre", "poids lourd", "véhicule léger", "à pied", "train"),
        "air": ("aérien", "vol commercial"),
    },
    "en": {
        "sea": ("sea", "boat", "RHIB", "by sea (vessel)"),
        "land": ("land", "lorry", "car", "on foot"),
        "air": ("air", "commercial flight"),
    },
}
_NA_WORD = {
    "es": ("No aplica", "N/A"),
    "fr": ("sans objet", "n/a"),
    "en": ("N/A", "not applicable"),
}
_OFFENCE: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "lavado de activos"),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("ciberdelito", "delito informático"),
        "terrorism": ("terrorismo",),
    },
    "fr": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent", "blanchiment"),
        "illicit_goods": ("contrebande",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "en": {
        "document_fraud": ("document fraud", "false documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("contraband",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_UNKNOWN_COUNT = {
    "es": ("s/d", "desconocido", "sin datos"),
    "fr": ("inconnu", "n.c."),
    "en": ("unknown", "not known"),
}
_ZERO = {"es": ("ninguno", "sin detenidos"), "fr": ("aucun", "néant"), "en": ("none", "nil")}
_NO_PLACE = {"es": ("s/d", "sin coordenadas"), "fr": ("n.c.", "non relevé"), "en": ("N/A",)}

_MES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_MESES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_MOIS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _name(code: str, src: ExaminerSource, rng: _Rng) -> str:
    en, fr, es = _COUNTRY[code]
    if src.source == _CR:
        return es.upper()
    if src.source == _VD:
        return fr
    if src.source == _GNR:
        return en
    return es if rng.random() < 0.85 else code


def _nationality(code: str, src: ExaminerSource, rng: _Rng) -> str:
    if src.source == _GNR:
        return code
    if src.source == _POLFA:
        return iso_codes(code)[0]
    return _name(code, src, rng)


def _day(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> object:
    r = rng.random()
    if src.source == _CR:
        if r < 0.7:
            return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
        return f"{ts.day}-{_MES[ts.month - 1]}-{ts.year % 100:02d}"
    if src.source == _VD:
        if r < 0.7:
            return f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
        first = "1er" if ts.day == 1 else str(ts.day)
        return f"{first} {_MOIS[ts.month - 1]} {ts.year}"
    if src.source == _GNR:
        return (
            ts.strftime("%Y-%m-%d") if r < 0.75 else f"{ts.day:02d} {_EN[ts.month - 1]} {ts.year}"
        )
    if src.source == _POLFA:
        if r < 0.5:
            return _dt.datetime(ts.year, ts.month, ts.day)
        if r < 0.8:
            return int((ts.normalize() - _EXCEL_EPOCH).days)
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if r < 0.7:
        return f"{ts.day:02d}-{ts.month:02d}-{ts.year}"
    return f"{ts.day} de {_MESES[ts.month - 1]} de {ts.year}"


def _partial(src: ExaminerSource, ts: pd.Timestamp, quarter: bool) -> str:
    q = (ts.month - 1) // 3 + 1
    if src.source == _CR:
        return (
            f"{_ROMAN[q - 1]} trim. {ts.year}" if quarter else f"{_MESES[ts.month - 1]} {ts.year}"
        )
    if src.source == _VD:
        return f"T{q} {ts.year}" if quarter else f"{ts.month:02d}.{ts.year}"
    if src.source == _GNR:
        return f"Q{q} {ts.year}" if quarter else f"{ts.year}-{ts.month:02d}"
    if src.source == _POLFA:
        ordinal = ("1er", "2do", "3er", "4to")[q - 1]
        return f"{ordinal} trimestre {ts.year}" if quarter else f"{_MES[ts.month - 1]}-{ts.year}"
    return f"{q}.º trimestre de {ts.year}" if quarter else f"{_MESES[ts.month - 1]} de {ts.year}"


def _count(src: ExaminerSource, n: int, rng: _Rng) -> object:
    if src.format == "xlsx":
        return n if rng.random() < 0.85 else f"{n} personas"
    if src.format == "jsonl":
        return n if rng.random() < 0.7 else f"{n:,}"
    if n >= 1000:
        if src.source == _VD:
            return f"{n:,}".replace(",", "'")
        return f"{n:,}".replace(",", ".")
    return str(n)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    exact = (d + m / 60 + s / 3600) * (1 if value >= 0 else -1)
    return f"{d}°{m:02d}'{s:02d}\"{hemi}", round(exact, 6)


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float]:
    if src.source == _CR:
        la, lo = round(lat, 4), round(lon, 4)
        cells: dict[str, object] = {
            "lat": f"{la:.4f}".replace(".", ","),
            "lon": f"{abs(lo):.4f}".replace(".", ","),
        }
        return cells, la, lo
    if src.source == _VD:
        a, la = _dms(lat, "N", "S")
        b, lo = _dms(lon, "E", "O")
        return {"coordinates": f"{a} {b}"}, la, lo
    if src.source == _GNR:
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": la, "lon": lo}, la, lo
    if src.source == _POLFA:
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo
    la, lo = round(lat, 5), round(lon, 5)
    ns = "N" if la >= 0 else "S"
    ew = "E" if lo >= 0 else "W"
    text = f"{abs(la):.5f} {ns} {abs(lo):.5f} {ew}".replace(".", ",")
    return {"coordinates": text}, la, lo


def _coord_keys(src: ExaminerSource) -> tuple[str, ...]:
    return ("lat", "lon") if "lat" in src.headers else ("coordinates",)


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    lang = src.language
    cells: dict[str, object] = {}
    tags: list[str] = []
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if partial_ok and r < 0.05:
        cells["event_date"] = _partial(src, ts, quarter=False)
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("month_date")
    elif partial_ok and r < 0.08:
        cells["event_date"] = _partial(src, ts, quarter=True)
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("quarter_date")
    else:
        cells["event_date"] = _day(src, ts, rng)
        exp["event_date"], exp["date_precision"] = ts, "day"
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[src.source][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = None if rng.random() < 0.8 or lang != "es" else "—"
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, _EXPL[lang][str(expl)])
        exp["exploitation"] = expl
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, _UNKNOWN_COUNT[lang])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng)
        exp["n_persons"] = n
        if n >= 1000 and isinstance(cells["n_persons"], str):
            tags.append("thousands_sep")
    sus = ev["n_suspects"]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif sus == 0 and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _ZERO[lang]), 0
        tags.append("zero_word")
    elif r > 0.97:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _UNKNOWN_COUNT[lang]), None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = int(sus) if src.format != "csv" else str(sus)  # type: ignore[call-overload]
        exp["n_suspects"] = int(sus)  # type: ignore[call-overload]
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[lang][str(ev["gender"])])
        exp["gender"] = ev["gender"]
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, _NA_WORD[lang]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _AGE[lang][str(ev["age_group"])])
        exp["age_group"] = ev["age_group"]
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"], exp["nationality"] = _nationality(nat, src, rng), nat
    for col in ("origin_country", "destination_country"):
        code = ev[col]
        cells[col] = None if code is None else _name(str(code), src, rng)
        exp[col] = code
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _name(det, src, rng)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
    else:
        sep = {_CR: " - ", _VD: ", ", _GNR: " > ", _POLFA: " / ", _NAV: ", "}[src.source]
        cells["transit_countries"] = sep.join(_name(c, src, rng) for c in str(transit).split("|"))
    exp["transit_countries"] = transit
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _NA_WORD[lang]), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _MODE[lang][mode])
        exp["transport_mode"] = mode
    lat, lon = ev["lat"], ev["lon"]
    keys = _coord_keys(src)
    r = rng.random()
    if forced_blank == "coordinates":
        cells.update(dict.fromkeys(keys))
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    elif lat is None or lon is None or r < 0.03:
        cells.update(dict.fromkeys(keys))
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    elif r < 0.05 and src.format != "jsonl":
        cells.update(dict.fromkeys(keys, choice(rng, _NO_PLACE[lang])))
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_placeholder")
    else:
        got, la, lo = _coords(src, float(lat), float(lon), rng)  # type: ignore[arg-type]
        cells.update(got)
        exp["lat"], exp["lon"] = la, lo
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [choice(rng, _OFFENCE[lang][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = "; ".join(words)
    exp["linked_offences"] = offences
    for key, value in list(cells.items()):
        if isinstance(value, str) and not fits(value, src):  # pragma: no cover - safety
            cells[key] = value.encode(src.encoding, "replace").decode(src.encoding)
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return "s/f" if src.language == "es" and rng.random() < 0.4 else None
    if kind == "bad_date":
        bad = {
            _CR: "31/02/" + str(ts.year),
            _VD: f"{ts.day:02d}.13.{ts.year}",
            _GNR: f"{ts.year}-02-30",
            _POLFA: f"30/02/{ts.year}",
            _NAV: f"32-{ts.month:02d}-{ts.year}",
        }
        return bad[src.source]
    future = ts + pd.DateOffset(years=9)
    if src.source == _POLFA:
        return _dt.datetime(future.year, future.month, future.day)
    return _day(src, future, np.random.default_rng(0))


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    return _day(src, last, np.random.default_rng(1))


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND72_SOURCES,
    primary={"PAN": _CR, "USA": _CR, "FRA": _VD, "ITA": _VD, "ESP": _GNR},
    compilation=_POLFA,
    secondary={
        ("darien", "PAN"): _POLFA,
        ("us_mex", "USA"): _POLFA,
        ("cmed", "ITA"): _POLFA,
        ("thb_nga_ita", "ITA"): _POLFA,
        ("channel", "FRA"): _POLFA,
        ("channel", "GBR"): _VD,
        ("emed", "GRC"): _VD,
        ("wbal", "HRV"): _VD,
        ("blr_pol", "POL"): _GNR,
        ("watl", "ESP"): _NAV,
        ("wmed", "ESP"): _NAV,
        ("thb_rou_esp", "ESP"): _NAV,
        ("thb_rou_esp", "ITA"): _NAV,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=7272,
    blank_share=0.3,
)


def make_blind72(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind72`` sources' submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND72_SOURCES`, in that order.
    """
    return make_examined(_EXAMINER, truth, seed=seed)
