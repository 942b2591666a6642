"""Examiner's held-out sample set ``blind183`` (files ``*_gc.*``).

Five agencies, none used before in this project, write the true events the way they
really send them to analysts in France's interior (Paris, Lyon, Marseille), in French
with their English- and Spanish-speaking partners:

``jirs_marseille_gc.csv``
    Parquet de Marseille, JIRS (juridiction interrégionale spécialisée): the prosecutors'
    table of the facts found by their Italian partners in joint investigation teams
    (Libya–Italy smuggling networks forwarding migrants to France, Nigerian and Romanian
    exploitation networks). French, cp1252, ``;`` (Excel's French "CSV"), CRLF;
    day-first dates and "courant mars 2023", nationalities as French adjectives
    ("nigériane"), "NC" for a figure not given, "aucun" for no suspect, no coordinates.
``magistrada_enlace_es_paris_gc.xlsx``
    Magistrada de enlace de España en Francia (Spanish Ministry of Justice, Embassy of
    Spain in Paris): the Spanish cases she relays to French judges (Western
    Mediterranean and Atlantic smuggling, Romanian labour and sexual exploitation), and
    the Italian facts of the Nigerian and Romanian networks Spanish courts also pursue.
    Spanish; real Excel dates, some typed as text, "mayo de 2023", "2º trimestre de
    2023"; gentilicios ("marroquí"), ISO alpha-2 codes, H/M for hombre/mujer, "s/d",
    "1.250"; coordinates as numbers, a few typed with a decimal comma.
``reach_initiative_gc.jsonl``
    REACH (IMPACT Initiatives / ACTED, Paris headquarters): mixed-migration monitoring
    in Greece, Croatia, Poland and Panama, exported from KoBo as JSON lines. English
    choice names (``smuggling_and_trafficking``, ``adults_and_children``), every value a
    string, lowercase ISO alpha-3 codes, ISO alpha-2 ``admin0_pcode``, space-separated
    ranked transit lists, KoBo date-times with the local offset, geopoints
    ``"lat lon alt acc"``, ``dont_know``.
``dacg_remontees_gc.csv``
    Ministère de la Justice, DACG: the prosecutors' "remontées d'information" on
    small-boat and lorry cases of the Channel coast, exported by Excel as "Texte
    Unicode" (UTF-16, tab-delimited). French; "17 mai 2023", counts of suspects in
    words ("deux", "aucun"), "Angleterre" for the United Kingdom, "small boat",
    " > " between the countries crossed; no coordinates; re-sent rows.
``forum_refugies_gc.csv``
    Forum réfugiés (Lyon): the association's shared watch sheet (Google Sheets, UTF-8,
    ``,``) compiling events from the press, partners and public reports: every event
    no other source reports first (United Kingdom, United States) and second reports of
    many. ISO and day-first dates, sheet serial numbers, "mai 2023", "T2 2023"; French
    names, ISO alpha-3 codes, English names and words copied from English sources,
    mojibake of pasted text; Google Maps coordinates ``"50.95123, 1.85234"`` or in
    degrees, minutes and seconds; re-sent rows.

Every written cell expects what a careful analyst would read from it; where a cell
cannot be read (a count "une dizaine", a date "31/02/2023") the row is planted as a bad
row, and a word saying "not known" ("NC", "s/d", ``dont_know``) expects no value.
"""

from __future__ import annotations

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

__all__ = ["EXAMINER", "SOURCES", "make_blind183"]

_Rng = np.random.Generator
_Out = tuple[dict[str, object], dict[str, object], list[str]]

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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Country words
# --------------------------------------------------------------------------------------
#: French nationality adjectives (feminine: "nationalité nigériane").
_FR_ADJ = {
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
#: Spanish gentilicios (masculine singular, as the Spanish courts write them).
_ES_ADJ = {
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
#: Names a French writer uses beside the official one.
_FR_ALIAS = {
    "GBR": ("Angleterre", "Grande-Bretagne"),
    "USA": ("USA",),
    "CIV": ("Côte-d'Ivoire",),
    "VNM": ("Vietnam",),
    "MKD": ("Macédoine",),
    "BIH": ("Bosnie",),
    "TUR": ("Turquie",),
}
#: Names a Spanish writer uses beside the official one.
_ES_ALIAS = {"USA": ("EE. UU.", "EEUU"), "GBR": ("Gran Bretaña",), "VNM": ("Vietnam",)}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


def _name(iso: str, lang: str) -> str:
    """Return the country's usual name in ``lang``."""
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _fr_name(iso: str) -> str:
    # "Côte d’Ivoire" with a typographic apostrophe: the usual French name
    return _name(iso, "fr")


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
JIRS = ExaminerSource(
    source="jirs_marseille",
    filename="jirs_marseille_gc.csv",
    ref="{yy:02d}{seq:09d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° parquet",
        "event_date": "Date des faits",
        "crime_type": "Qualification retenue",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nb victimes / étrangers concernés",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination finale",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode d'acheminement",
        "linked_offences": "Infractions connexes",
    },
    note=(
        "Tableau arrêté à cette date - données provisoires, procédures en cours "
        "(secret de l'enquête)"
    ),
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une dizaine", "nombreuses victimes"),
    repeats=False,
)
MAGISTRADA = ExaminerSource(
    source="magistrada_enlace_es_paris",
    filename="magistrada_enlace_es_paris_gc.xlsx",
    ref="ME-FR {seq:03d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Ref. expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de los hechos",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos remitidos por las Fiscalías provinciales, pendientes de validación",
    total="TOTAL",
    bad_count=("varios", "decenas", "numerosas"),
    repeats=False,
)
REACH = ExaminerSource(
    source="reach_initiative",
    filename="reach_initiative_gc.jsonl",
    ref="{year}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "_id",
        "event_date": "incident_date",
        "crime_type": "incident_type",
        "exploitation": "exploitation_type",
        "n_persons": "group_size",
        "n_suspects": "smugglers_guides_nb",
        "gender": "group_gender",
        "age_group": "group_age",
        "nationality": "nationality_main",
        "origin_country": "country_origin",
        "transit_countries": "route_transit",
        "destination_country": "intended_destination",
        "detection_country": "admin0_pcode",
        "transport_mode": "transport_mode",
        "coordinates": "gps",
        "linked_offences": "other_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many", "large_group"),
    repeats=True,
)
DACG = ExaminerSource(
    source="dacg_remontees",
    filename="dacg_remontees_gc.csv",
    ref="DACG/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° remontée",
        "event_date": "Date des faits",
        "crime_type": "Nature de l'affaire",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes (victimes / migrants)",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe des personnes",
        "age_group": "Âge",
        "nationality": "Nationalité principale",
        "origin_country": "Pays d'origine",
        "transit_countries": "Itinéraire (pays traversés)",
        "destination_country": "Destination",
        "detection_country": "Pays des faits",
        "transport_mode": "Moyen de transport",
        "linked_offences": "Autres infractions",
    },
    note=(
        "Source : remontées d'information des parquets - extraction DACG, données non consolidées"
    ),
    total="Total",
    bad_count=("plusieurs dizaines", "une quarantaine", "nombreux"),
    repeats=True,
)
FORUM = ExaminerSource(
    source="forum_refugies",
    filename="forum_refugies_gc.csv",
    ref="FR-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="fr",
    headers={
        "source_ref": "ID",
        "event_date": "Date",
        "crime_type": "Type",
        "exploitation": "Exploitation",
        "n_persons": "Personnes",
        "n_suspects": "Passeurs / trafiquants interpellés",
        "gender": "Genre",
        "age_group": "Âge",
        "nationality": "Nationalité principale",
        "origin_country": "Pays d'origine",
        "transit_countries": "Transit",
        "destination_country": "Destination",
        "detection_country": "Pays",
        "transport_mode": "Moyen",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions liées",
    },
    note=(
        "Compilation Forum réfugiés - sources : presse, partenaires, rapports publics. "
        "Chiffres à vérifier."
    ),
    total="TOTAL",
    bad_count=("une quarantaine", "plusieurs", "des dizaines"),
    repeats=True,
)
#: The five sources of the set, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (JIRS, MAGISTRADA, REACH, DACG, FORUM)


# --------------------------------------------------------------------------------------
# Shared pieces of a row
# --------------------------------------------------------------------------------------
def _expected(ev: dict[str, object]) -> dict[str, object]:
    """Return the event's values, as a row writing every field readably expects them."""
    return {
        "event_date": ev["event_date"],
        "date_precision": "day",
        "crime_type": ev["crime_type"],
        "exploitation": ev["exploitation"],
        "n_persons": ev["n_persons"],
        "n_suspects": ev["n_suspects"],
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


def _precision(rng: _Rng, partial_ok: bool, p_month: float, p_quarter: float) -> str:
    """Draw how precisely the row's date is written (a pair's reports give the day)."""
    r = rng.random()
    if not partial_ok:
        return "day"
    if r < p_month:
        return "month"
    if r < p_month + p_quarter:
        return "quarter"
    return "day"


def _set_partial(exp: dict[str, object], ts: pd.Timestamp, precision: str) -> None:
    """Expect the first day of the month or quarter the date names."""
    freq = "M" if precision == "month" else "Q"
    exp["event_date"] = ts.to_period(freq).start_time
    exp["date_precision"] = precision


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _safe_year(ts: pd.Timestamp, year: int) -> pd.Timestamp:
    """``ts`` moved to ``year`` (29 February becomes the 28th)."""
    day = 28 if (ts.month == 2 and ts.day == 29) else ts.day
    return pd.Timestamp(year=year, month=ts.month, day=day)


def _bad_dm(rng: _Rng) -> tuple[str, str]:
    """Return a day and month that do not exist (31 April, 30 February ...)."""
    day, month = choice(rng, ("31-04", "31-06", "31-09", "31-11", "30-02", "31-02")).split("-")
    return day, month


def _count_thousands(n: int, sep: str) -> str:
    """``1250`` written with a thousands separator (``1 250``, ``1.250``)."""
    return f"{n // 1000}{sep}{n % 1000:03d}" if n >= 1000 else str(n)


def _offences(ev: dict[str, object]) -> list[str]:
    value = ev["linked_offences"]
    return str(value).split("|") if value else []


def _transit(ev: dict[str, object]) -> list[str]:
    value = ev["transit_countries"]
    return str(value).split("|") if value else []


def _blank_common(
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
    forced_blank: str | None,
) -> None:
    """Leave blank the field a second report does not give (cells already written)."""
    if forced_blank is None:
        return
    if forced_blank == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            if key in cells:
                cells[key] = None
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
        return
    cells[forced_blank] = None
    exp[forced_blank] = "unknown" if forced_blank == "gender" else None
    tags.append(f"blank_{forced_blank}")


# --------------------------------------------------------------------------------------
# Parquet de Marseille, JIRS (French, cp1252, ";")
# --------------------------------------------------------------------------------------
_JIRS_CRIME = {
    "trafficking": (
        "traite des êtres humains",
        "TEH",
        "traite des êtres humains aggravée",
    ),
    "smuggling": (
        "aide à l'entrée et au séjour irréguliers en bande organisée",
        "aide à l'entrée irrégulière",
        "aide à l'entrée et au séjour irréguliers",
    ),
    "both": (
        "TEH + aide à l'entrée irrégulière",
        "traite des êtres humains / aide à l'entrée irrégulière",
    ),
}
_JIRS_EXPL = {
    "sexual": ("proxénétisme aggravé", "exploitation sexuelle", "prostitution"),
    "forced_labour": ("travail forcé", "conditions de travail et d'hébergement indignes"),
    "forced_criminality": ("contrainte à commettre des délits",),
    "forced_marriage": ("mariage forcé",),
    "organ_removal": ("prélèvement d'organes",),
    "other": ("autre forme d'exploitation",),
}
_JIRS_MODE = {
    "sea": ("voie maritime", "embarcation"),
    "land": ("voie terrestre", "véhicule"),
    "air": ("voie aérienne", "avion"),
}
_JIRS_OFFENCE = {
    "document_fraud": ("faux et usage de faux", "fraude documentaire"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment", "blanchiment aggravé"),
    "illicit_goods": ("trafic de stupéfiants",),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}


def _jirs(ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev)
    tags: list[str] = []
    cells: dict[str, object] = {}
    prec = _precision(rng, partial_ok, 0.07, 0.0)
    if prec == "month":  # "courant mars 2023": the facts took place during March
        cells["event_date"] = f"courant {_FR_MONTHS[ts.month - 1]} {ts.year}"
        _set_partial(exp, ts, prec)
        tags.append("month_only")
    elif rng.random() < 0.08:
        cells["event_date"] = ts.strftime("%d/%m/%y")
        tags.append("two_digit_year")
    else:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _JIRS_CRIME[crime])
    expl = ev["exploitation"]
    cells["exploitation"] = choice(rng, _JIRS_EXPL[str(expl)]) if expl else None
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        cells["n_persons"] = "NC"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = _count_thousands(n, "\u00a0")
        tags.append("thousands_sep")
    else:
        cells["n_persons"] = str(n)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.02:
        cells["n_suspects"] = "NC"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.6:
        cells["n_suspects"] = "aucun"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    gender = str(ev["gender"])
    cells["gender"] = {"female": "F", "male": "H"}.get(gender) or choice(rng, ("H/F", "mixte"))
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = "non précisé"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    elif age == "mixed":
        cells["age_group"] = "majeurs et mineurs"
    else:
        word = "majeur" if age == "adult" else "mineur"
        if n == 1:
            cells["age_group"] = word + ("e" if gender == "female" else "")
        else:
            cells["age_group"] = word + ("es" if gender == "female" else "s")
    nat = str(ev["nationality"])
    r = rng.random()
    if r < 0.65:
        cells["nationality"] = _FR_ADJ[nat]
        tags.append("adjective")
    elif r < 0.75:
        cells["nationality"] = _FR_ADJ[nat].upper()
        tags.append("adjective")
        tags.append("upper")
    elif r < 0.8:  # typed without accents
        plain = _FR_ADJ[nat]
        for a, b in (("é", "e"), ("è", "e"), ("ï", "i"), ("ê", "e")):
            plain = plain.replace(a, b)
        cells["nationality"] = plain
        tags.append("adjective")
        if plain != _FR_ADJ[nat]:
            tags.append("no_accent")
    else:
        cells["nationality"] = _fr_name(nat)
    cells["origin_country"] = _fr_name(str(ev["origin_country"]))
    transit = _transit(ev)
    cells["transit_countries"] = ", ".join(_fr_name(c) for c in transit) if transit else None
    cells["destination_country"] = _fr_name(str(ev["destination_country"]))
    det = _fr_name(str(ev["detection_country"]))
    cells["detection_country"] = det.upper() if rng.random() < 0.2 else det
    if rng.random() < 0.02:
        cells["transport_mode"] = "non déterminé"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _JIRS_MODE[str(ev["transport_mode"])])
    words = [choice(rng, _JIRS_OFFENCE[o]) for o in _offences(ev)]
    if rng.random() < 0.12:  # charged beside almost every case; not a linked offence
        words.append("association de malfaiteurs")
        tags.append("offence_outside_vocabulary")
    cells["linked_offences"] = " / ".join(words) if words else None
    exp["lat"] = exp["lon"] = None
    tags.append("coords_missing")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Magistrada de enlace de España en Francia (Spanish, XLSX)
# --------------------------------------------------------------------------------------
_ME_CRIME = {
    "trafficking": (
        "Trata de seres humanos (art. 177 bis CP)",
        "Trata de seres humanos",
        "TSH",
    ),
    "smuggling": (
        "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
        "Favorecimiento de la inmigración ilegal",
        "Tráfico ilícito de migrantes",
    ),
    "both": ("Trata de seres humanos y art. 318 bis CP", "TSH + inmigración ilegal"),
}
_ME_EXPL = {
    "sexual": ("Explotación sexual",),
    "forced_labour": ("Explotación laboral", "Trabajos forzados"),
    "forced_criminality": ("Actividades delictivas",),
    "forced_marriage": ("Matrimonio forzado",),
    "organ_removal": ("Extracción de órganos",),
    "other": ("Otras formas de explotación",),
}
_ME_OFFENCE = {
    "document_fraud": ("falsedad documental",),
    "corruption": ("cohecho",),
    "money_laundering": ("blanqueo de capitales",),
    "illicit_goods": ("tráfico de drogas",),
    "cybercrime": ("ciberdelincuencia",),
    "terrorism": ("terrorismo",),
}


def _me_mode(ev: dict[str, object], rng: _Rng) -> str:
    mode = str(ev["transport_mode"])
    if mode == "sea":
        if ev["corridor"] == "watl":
            return choice(rng, ("Cayuco", "Cayuco", "Marítimo"))
        return choice(rng, ("Patera", "Embarcación neumática", "Marítimo"))
    if mode == "land":
        if str(ev["hotspot"]) in ("Ceuta", "Melilla"):
            return choice(rng, ("Salto de valla", "A pie", "Terrestre"))
        return choice(rng, ("Terrestre", "Autobús", "Furgoneta"))
    return choice(rng, ("Aéreo", "Avión"))


def _me_country(iso: str, rng: _Rng, tags: list[str], *, nationality: bool = False) -> str:
    r = rng.random()
    if nationality and r < 0.3:
        tags.append("adjective")
        return _ES_ADJ[iso]
    if 0.3 <= r < 0.4:
        tags.append("iso2")
        return iso_codes(iso)[0]
    if iso in _ES_ALIAS and 0.4 <= r < 0.55:
        tags.append("alias")
        return choice(rng, _ES_ALIAS[iso])
    return _name(iso, "es")


def _magistrada(ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev)
    tags: list[str] = []
    cells: dict[str, object] = {}
    prec = _precision(rng, partial_ok, 0.05, 0.04)
    if prec == "month":
        cells["event_date"] = f"{_ES_MONTHS[ts.month - 1]} de {ts.year}"
        _set_partial(exp, ts, prec)
        tags.append("month_only")
    elif prec == "quarter":
        cells["event_date"] = f"{_quarter(ts)}º trimestre de {ts.year}"
        _set_partial(exp, ts, prec)
        tags.append("quarter_only")
    elif rng.random() < 0.18:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
        tags.append("date_as_text")
    else:
        cells["event_date"] = ts.to_pydatetime()
    cells["crime_type"] = choice(rng, _ME_CRIME[str(ev["crime_type"])])
    expl = ev["exploitation"]
    cells["exploitation"] = choice(rng, _ME_EXPL[str(expl)]) if expl else None
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.03:
        cells["n_persons"] = "s/d"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and r < 0.6:
        cells["n_persons"] = _count_thousands(n, ".")
        tags.append("thousands_sep")
    else:
        cells["n_persons"] = n
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.02:
        cells["n_suspects"] = "s/d"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.5:
        cells["n_suspects"] = "ninguno"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k
    gender = str(ev["gender"])
    if rng.random() < 0.15:  # the courts' H/M code: hombre / mujer
        cells["gender"] = {"female": "M", "male": "H"}.get(gender, "H/M")
        tags.append("gender_code")
    elif n == 1:
        cells["gender"] = {"female": "Mujer", "male": "Hombre"}[gender]
    else:
        cells["gender"] = {"female": "Mujeres", "male": "Hombres"}.get(gender) or choice(
            rng, ("Mixto", "Hombres y mujeres")
        )
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = "No consta"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    elif n == 1:
        cells["age_group"] = {"adult": "Mayor de edad", "child": "Menor"}[age]
    else:
        cells["age_group"] = {"adult": "Adultos", "child": "Menores"}.get(age) or choice(
            rng, ("Adultos y menores", "Mixto")
        )
    cells["nationality"] = _me_country(str(ev["nationality"]), rng, tags, nationality=True)
    cells["origin_country"] = _me_country(str(ev["origin_country"]), rng, tags)
    transit = _transit(ev)
    cells["transit_countries"] = " - ".join(_name(c, "es") for c in transit) if transit else None
    cells["destination_country"] = _me_country(str(ev["destination_country"]), rng, tags)
    det = _name(str(ev["detection_country"]), "es")
    cells["detection_country"] = det.upper() if rng.random() < 0.25 else det
    if rng.random() < 0.02:
        cells["transport_mode"] = "No consta"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _me_mode(ev, rng)
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if r < 0.1:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.2:  # typed as text with the Spanish decimal comma
        cells["lat"] = f"{lat:.4f}".replace(".", ",")
        cells["lon"] = f"{lon:.4f}".replace(".", ",")
        exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)
        tags.append("decimal_comma")
    else:
        cells["lat"], cells["lon"] = round(lat, 4), round(lon, 4)
        exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)
    words = [choice(rng, _ME_OFFENCE[o]) for o in _offences(ev)]
    if rng.random() < 0.1:  # charged beside the others; not a linked offence
        words.append("pertenencia a organización criminal")
        tags.append("offence_outside_vocabulary")
    cells["linked_offences"] = "; ".join(words) if words else None
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# REACH (English, KoBo JSON lines)
# --------------------------------------------------------------------------------------
_REACH_CRIME = {
    "trafficking": "trafficking",
    "smuggling": "smuggling",
    "both": "smuggling_and_trafficking",
}
_REACH_EXPL = {
    "sexual": "sexual_exploitation",
    "forced_labour": "forced_labour",
    "forced_criminality": "forced_criminality",
    "forced_marriage": "forced_marriage",
    "organ_removal": "organ_removal",
    "other": "other",
}
_REACH_MODE = {"sea": ("boat", "dinghy"), "land": ("on_foot", "vehicle", "bus"), "air": ("plane",)}
_REACH_OFFENCE = {
    "document_fraud": "document_fraud",
    "corruption": "bribery",
    "money_laundering": "money_laundering",
    "illicit_goods": "drugs_contraband",
    "cybercrime": "cybercrime",
    "terrorism": "terrorism",
}
#: Local offset of each detection country (KoBo writes the device's local time).
_OFFSET = {"GRC": "+03:00", "HRV": "+02:00", "POL": "+02:00", "PAN": "-05:00", "USA": "-06:00"}


def _reach(ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev)
    tags: list[str] = []
    cells: dict[str, object] = {}
    prec = _precision(rng, partial_ok, 0.06, 0.0)
    if prec == "month":  # monthly key-informant round: the month only
        cells["event_date"] = ts.strftime("%Y-%m")
        _set_partial(exp, ts, prec)
        tags.append("month_only")
    elif rng.random() < 0.1:  # a date-time question: the enumerator's local time, mid-day
        hour = int(rng.integers(9, 17))
        minute = int(rng.integers(0, 60))
        offset = _OFFSET.get(str(ev["detection_country"]), "+01:00")
        cells["event_date"] = f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00.000{offset}"
        tags.append("kobo_datetime")
    else:
        cells["event_date"] = ts.strftime("%Y-%m-%d")
    cells["crime_type"] = _REACH_CRIME[str(ev["crime_type"])]
    expl = ev["exploitation"]
    cells["exploitation"] = _REACH_EXPL[str(expl)] if expl else None
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        cells["n_persons"] = "dont_know"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = str(n)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        cells["n_suspects"] = "dont_know"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = str(k)
    cells["gender"] = {"female": "female", "male": "male", "mixed": "mixed_group"}[
        str(ev["gender"])
    ]
    if rng.random() < 0.02:
        cells["age_group"] = "dont_know"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = {
            "adult": "adults",
            "child": "children",
            "mixed": "adults_and_children",
        }[str(ev["age_group"])]
    upper = rng.random() < 0.12  # a few enumerators' forms used upper-case codes
    if upper:
        tags.append("iso3_upper")
    for col in ("nationality", "origin_country", "destination_country"):
        code = str(ev[col])
        cells[col] = code if upper else code.lower()
    tags.append("iso3")
    transit = _transit(ev)
    cells["transit_countries"] = " ".join(c.lower() for c in transit) if transit else None
    cells["detection_country"] = iso_codes(str(ev["detection_country"]))[0]
    tags.append("iso2")
    if rng.random() < 0.02:
        cells["transport_mode"] = "dont_know"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _REACH_MODE[str(ev["transport_mode"])])
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if rng.random() < 0.06:  # no GPS fix
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        alt = round(float(rng.uniform(0, 400)), 1)
        acc = round(float(rng.uniform(3, 25)), 1)
        cells["coordinates"] = f"{lat:.6f} {lon:.6f} {alt} {acc}"
        exp["lat"], exp["lon"] = round(lat, 6), round(lon, 6)
        tags.append("geopoint")
    offences = [_REACH_OFFENCE[o] for o in _offences(ev)]
    cells["linked_offences"] = " ".join(offences) if offences else None
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# DACG, remontées d'information (French, UTF-16, tab)
# --------------------------------------------------------------------------------------
_DACG_CRIME = {
    "trafficking": ("traite des êtres humains", "TEH"),
    "smuggling": (
        "aide à l'entrée et au séjour irréguliers",
        "aide à l'entrée irrégulière en bande organisée",
        "trafic de migrants",
    ),
    "both": ("traite des êtres humains et aide à l'entrée irrégulière",),
}
_DACG_EXPL = {
    "sexual": ("exploitation sexuelle", "proxénétisme"),
    "forced_labour": ("travail forcé", "exploitation par le travail"),
    "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
    "forced_marriage": ("mariage forcé",),
    "organ_removal": ("prélèvement d'organes",),
    "other": ("autre",),
}
_DACG_MODE = {
    "sea": ("small boat", "embarcation de fortune", "voie maritime"),
    "land": ("poids lourd", "camion", "voie routière"),
    "air": ("voie aérienne",),
}
_DACG_OFFENCE = {
    "document_fraud": ("faux documents", "fraude documentaire"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment",),
    "illicit_goods": ("stupéfiants",),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}
_FR_NUMBERS = (
    "aucun",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
)


def _dacg_country(iso: str, rng: _Rng, tags: list[str]) -> str:
    r = rng.random()
    if iso in _FR_ALIAS and r < 0.3:
        tags.append("alias")
        return choice(rng, _FR_ALIAS[iso])
    if r < 0.05:
        tags.append("typo")
        return str(COUNTRIES[iso][5])
    return _fr_name(iso)


def _dacg(ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev)
    tags: list[str] = []
    cells: dict[str, object] = {}
    prec = _precision(rng, partial_ok, 0.04, 0.0)
    if prec == "month":
        cells["event_date"] = f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
        _set_partial(exp, ts, prec)
        tags.append("month_only")
    elif rng.random() < 0.3:
        day = "1er" if ts.day == 1 else str(ts.day)
        cells["event_date"] = f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        tags.append("long_date")
    else:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    cells["crime_type"] = choice(rng, _DACG_CRIME[str(ev["crime_type"])])
    expl = ev["exploitation"]
    cells["exploitation"] = choice(rng, _DACG_EXPL[str(expl)]) if expl else None
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        cells["n_persons"] = "non précisé"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = _count_thousands(n, "\u202f")
        tags.append("thousands_sep")
    else:
        cells["n_persons"] = str(n)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.02:
        cells["n_suspects"] = "non précisé"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.7:
        cells["n_suspects"] = "aucun"
        tags.append("zero_word")
    elif 0 < k < len(_FR_NUMBERS) and r < 0.3:
        cells["n_suspects"] = _FR_NUMBERS[k]
        tags.append("count_word")
    else:
        cells["n_suspects"] = str(k)
    gender = str(ev["gender"])
    if n == 1:
        cells["gender"] = {"female": "femme", "male": "homme"}[gender]
    else:
        cells["gender"] = {"female": "femmes", "male": "hommes", "mixed": "hommes et femmes"}[
            gender
        ]
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = "non précisé"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    elif n == 1 and age == "child":
        girl = gender == "female"
        cells["age_group"] = choice(
            rng,
            ("mineure non accompagnée", "MNA", "mineure")
            if girl
            else ("mineur non accompagné", "MNA", "mineur"),
        )
    elif n == 1:
        cells["age_group"] = "majeure" if gender == "female" else "majeur"
    else:
        cells["age_group"] = {
            "adult": "majeurs",
            "child": "mineurs",
            "mixed": "majeurs et mineurs",
        }[age]
    nat = str(ev["nationality"])
    if rng.random() < 0.2:
        cells["nationality"] = _FR_ADJ[nat]
        tags.append("adjective")
    else:
        cells["nationality"] = _dacg_country(nat, rng, tags)
    cells["origin_country"] = _dacg_country(str(ev["origin_country"]), rng, tags)
    transit = _transit(ev)
    cells["transit_countries"] = " > ".join(_fr_name(c) for c in transit) if transit else None
    cells["destination_country"] = _dacg_country(str(ev["destination_country"]), rng, tags)
    cells["detection_country"] = _fr_name(str(ev["detection_country"]))
    if rng.random() < 0.02:
        cells["transport_mode"] = "non précisé"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _DACG_MODE[str(ev["transport_mode"])])
    words = [choice(rng, _DACG_OFFENCE[o]) for o in _offences(ev)]
    cells["linked_offences"] = ", ".join(words) if words else None
    exp["lat"] = exp["lon"] = None
    tags.append("coords_missing")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Forum réfugiés (French compilation, Google Sheets CSV)
# --------------------------------------------------------------------------------------
_FORUM_CRIME = {
    "trafficking": ("traite", "traite des êtres humains"),
    "smuggling": ("trafic de migrants", "trafic illicite de migrants"),
    "both": ("traite + trafic", "traite et trafic de migrants"),
}
_FORUM_CRIME_EN = {
    "trafficking": ("human trafficking", "modern slavery"),
    "smuggling": ("people smuggling", "smuggling"),
    "both": ("trafficking and smuggling",),
}
_FORUM_EXPL = {
    "sexual": ("exploitation sexuelle",),
    "forced_labour": ("travail forcé", "exploitation par le travail"),
    "forced_criminality": ("criminalité forcée",),
    "forced_marriage": ("mariage forcé",),
    "organ_removal": ("prélèvement d'organes",),
    "other": ("autre",),
}
_FORUM_EXPL_EN = {
    "sexual": ("sexual exploitation",),
    "forced_labour": ("labour exploitation", "forced labour"),
    "forced_criminality": ("criminal exploitation",),
    "forced_marriage": ("forced marriage",),
    "organ_removal": ("organ removal",),
    "other": ("other",),
}
_FORUM_MODE = {
    "sea": ("mer", "bateau", "small boat"),
    "land": ("terre", "camion", "à pied"),
    "air": ("avion", "aérien"),
}
_FORUM_OFFENCE = {
    "document_fraud": ("faux papiers", "fraude documentaire"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment",),
    "illicit_goods": ("drogue", "stupéfiants"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}
#: Countries whose events the sheet copies from English-language sources.
_ENGLISH_SOURCES = ("GBR", "USA", "GRC", "PAN")


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds as Google Maps writes them, and the value they give."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    seconds = round((a - deg - minutes / 60) * 3600, 1)
    if seconds >= 60.0:
        seconds = 59.9
    back = deg + minutes / 60 + seconds / 3600
    return f"{deg}°{minutes:02d}'{seconds:04.1f}\"{hemi}", back if value >= 0 else -back


def _forum_country(iso: str, rng: _Rng, tags: list[str], english: bool) -> str:
    r = rng.random()
    name = _fr_name(iso)
    if r < 0.12:
        tags.append("iso3")
        return iso
    if r < 0.3:
        if english:
            tags.append("english_name")
            return _name(iso, "en")
        return name
    if r < 0.36:
        garbled = mojibake(name)
        if garbled is not None:
            tags.append("mojibake")
            return garbled
        return name
    if r < 0.4:
        tags.append("typo")
        return str(COUNTRIES[iso][5])
    if r < 0.46:
        tags.append("upper")
        return name.upper()
    if r < 0.5:
        tags.append("spacing")
        return f" {name}  "
    if iso in _FR_ALIAS and r < 0.6:
        tags.append("alias")
        return choice(rng, _FR_ALIAS[iso])
    return name


def _forum(ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev)
    tags: list[str] = []
    cells: dict[str, object] = {}
    english = str(ev["detection_country"]) in _ENGLISH_SOURCES and rng.random() < 0.3
    if english:
        tags.append("english_words")
    prec = _precision(rng, partial_ok, 0.06, 0.05)
    r = rng.random()
    if prec == "month":
        cells["event_date"] = f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
        _set_partial(exp, ts, prec)
        tags.append("month_only")
    elif prec == "quarter":  # from a partner's quarterly figures
        cells["event_date"] = f"T{_quarter(ts)} {ts.year}"
        _set_partial(exp, ts, prec)
        tags.append("quarter_only")
    elif r < 0.6:
        cells["event_date"] = ts.strftime("%Y-%m-%d")
    elif r < 0.93:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    else:  # a cell formatted as a number shows the sheet's serial day
        cells["event_date"] = str((ts - _EXCEL_EPOCH).days)
        tags.append("excel_serial")
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, (_FORUM_CRIME_EN if english else _FORUM_CRIME)[crime])
    expl = ev["exploitation"]
    table = _FORUM_EXPL_EN if english else _FORUM_EXPL
    cells["exploitation"] = choice(rng, table[str(expl)]) if expl else None
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.04:
        cells["n_persons"] = "inconnu"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = _count_thousands(n, " ")
        tags.append("thousands_sep")
    else:
        cells["n_persons"] = str(n)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.04:
        cells["n_suspects"] = "n.c."
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.5:
        cells["n_suspects"] = "aucun"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    gender = str(ev["gender"])
    cells["gender"] = choice(
        rng,
        {
            "female": ("F", "femmes"),
            "male": ("H", "hommes"),
            "mixed": ("mixte", "hommes et femmes"),
        }[gender],
    )
    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"] = "n.c."
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(
            rng,
            {
                "adult": ("adultes",),
                "child": ("mineurs", "enfants"),
                "mixed": ("mixte", "adultes et mineurs"),
            }[age],
        )
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        cells[col] = _forum_country(str(ev[col]), rng, tags, english)
    transit = _transit(ev)
    cells["transit_countries"] = " / ".join(_fr_name(c) for c in transit) if transit else None
    if rng.random() < 0.03:
        cells["transport_mode"] = "n.c."
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _FORUM_MODE[str(ev["transport_mode"])])
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if r < 0.15:  # no place given by the source
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.22:
        text_lat, back_lat = _dms(lat, "N", "S")
        text_lon, back_lon = _dms(lon, "E", "W")
        cells["coordinates"] = f"{text_lat} {text_lon}"
        exp["lat"], exp["lon"] = round(back_lat, 6), round(back_lon, 6)
        tags.append("dms")
    else:
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
    words = [choice(rng, _FORUM_OFFENCE[o]) for o in _offences(ev)]
    cells["linked_offences"] = " + ".join(words) if words else None
    # the sheet is a compilation: every other row is pasted from a mis-decoded file
    for col in ("crime_type", "exploitation", "transport_mode"):
        value = cells.get(col)
        if isinstance(value, str) and rng.random() < 0.04:
            garbled = mojibake(value)
            if garbled is not None:
                cells[col] = garbled
                tags.append("mojibake")
    return cells, exp, tags


_WRITERS = {
    JIRS.source: _jirs,
    MAGISTRADA.source: _magistrada,
    REACH.source: _reach,
    DACG.source: _dacg,
    FORUM.source: _forum,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    """Write one true event as ``src`` does: ``(cells, expected, tags)``."""
    cells, exp, tags = _WRITERS[src.source](ev, rng, partial_ok)
    _blank_common(cells, exp, tags, forced_blank)
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: none, impossible or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slipped digit: 2023 typed 2033
        later = _safe_year(ts, ts.year + 10)
        if src.format == "xlsx":
            return later.to_pydatetime()
        if src.format == "jsonl" or src.source == FORUM.source:
            return later.strftime("%Y-%m-%d")
        return later.strftime("%d/%m/%Y")
    day, month = _bad_dm(rng)
    if src.format == "jsonl":
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the day its table was closed)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.source == FORUM.source:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: The variant: who reports which event first, and who may report it again.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": JIRS.source,
        "ESP": MAGISTRADA.source,
        "GRC": REACH.source,
        "HRV": REACH.source,
        "POL": REACH.source,
        "PAN": REACH.source,
        "FRA": DACG.source,
    },
    compilation=FORUM.source,
    secondary={
        ("cmed", "ITA"): FORUM.source,
        ("thb_nga_ita", "ITA"): MAGISTRADA.source,
        ("thb_rou_esp", "ITA"): MAGISTRADA.source,
        ("thb_rou_esp", "ESP"): JIRS.source,
        ("wmed", "ESP"): FORUM.source,
        ("watl", "ESP"): FORUM.source,
        ("emed", "GRC"): FORUM.source,
        ("wbal", "HRV"): FORUM.source,
        ("blr_pol", "POL"): FORUM.source,
        ("darien", "PAN"): FORUM.source,
        ("us_mex", "USA"): REACH.source,
        ("channel", "FRA"): FORUM.source,
        ("channel", "GBR"): DACG.source,
        ("thb_vnm_gbr", "GBR"): DACG.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=183,
    blank_share=0.35,
)


def make_blind183(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind183`` submissions (files ``*_gc.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``jirs_marseille_gc.csv`` (French, cp1252, ``;``),
        ``magistrada_enlace_es_paris_gc.xlsx`` (Spanish), ``reach_initiative_gc.jsonl``
        (English, KoBo export), ``dacg_remontees_gc.csv`` (French, UTF-16, tab) and
        ``forum_refugies_gc.csv`` (French compilation, UTF-8, ``,``), each with the
        expected clean row of every written row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind183(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['jirs_marseille_gc.csv', 'magistrada_enlace_es_paris_gc.xlsx',
     'reach_initiative_gc.jsonl', 'dacg_remontees_gc.csv', 'forum_refugies_gc.csv']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[0].frame.columns[:2].tolist()
    ['N° parquet', 'Date des faits']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
