"""Examiner sample set ``blind317`` (files ``*_lg.*``): ride-share trust-and-safety desks.

Five trust-and-safety desks of ride-sharing and carpooling platforms report the drivers
who carried smuggled migrants or trafficked passengers, each the way its own tool
exports its case log:

``blablacar_confiance_lg.csv``
    BlaBlaCar's *Confiance & Sécurité* team in Paris, which answers the police of every
    European market it serves (France, Italy, Croatia, Poland, Spain ...) and of the
    countries its drivers cross. French, cp1252, ``;``, CRLF (Excel's "CSV séparateur
    point-virgule"). Day-first dates, some with the ticket's time, older cases by month
    ("mars 2022") or quarter ("T3 2022"); nationalities as feminine adjectives
    ("afghane", "érythréenne"), some garbled by a UTF-8 paste (``Ã©``); "Angleterre" for
    the United Kingdom; a Google Maps point ("50.951234, 1.852345"); "MNA" for
    unaccompanied minors; "Covoiturage" for a car-shared trip; "NC" (non communiqué) and
    "aucun" in the counts.
``liftshare_safeguarding_lg.csv``
    Liftshare's safeguarding lead (Norwich, UK). English, UTF-8 with BOM, ``,``; UK
    dates ("17/05/2023", "17 May 2023", "May 2023"); nationalities as demonyms
    ("Vietnamese", "Albanian", a few misspelt); "UK"/"GB"; counts with thousands commas,
    "TBC", "None"; the file was re-sent with a few rows twice.
``amovens_seguridad_lg.csv``
    Amovens' security team (Madrid). Spanish, Excel's "Texto Unicode" export: UTF-16
    with BOM, tab-delimited. Spanish country names or the ISO alpha-2 codes of the
    tool's drop-down; "Patera"/"Cayuco" for the boats; "MENA" for unaccompanied minors;
    decimal-comma coordinates; "1.234" counts; "s/d" and "ninguno".
``didi_enlace_autoridades_mx_lg.xlsx``
    DiDi México's law-enforcement liaison desk (events detected on the US side of the
    border). Spanish (Mexican usage: "Tráfico de personas" is migrant smuggling, "Trata
    de personas" trafficking; "NNA" for children; "EUA" for the United States);
    Excel dates, some pasted as serial numbers, some as text; masculine demonyms;
    "N/D"; the sheet was re-sent with a few rows twice.
``indrive_seguridad_pa_lg.jsonl``
    inDrive's Panama safety team (Darién). Spanish snake-case keys and enum values of
    its case API, ISO 8601 timestamps with the local UTC offset, ISO alpha-2 codes,
    JSON arrays for the transit countries and linked offences, ``0, 0`` when the
    phone gave no location.

The truth expects what a careful analyst reads from each cell: a placeholder count
("NC", "TBC", "s/d", "N/D", null) is no count, an "unknown" word is ``unknown`` (or no
nationality), a month or quarter is the start of that period, a null-island point is
no point. Rows whose date or count no analyst can read are bad rows.
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

__all__ = ["EXAMINER", "SOURCES", "make_blind317"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# iso3: (English, French, Spanish, English demonym, French demonym (feminine, as in
# "nationalité afghane"), Spanish demonym (masculine, as in "de nacionalidad venezolano"))
_C: dict[str, tuple[str, str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan", "afghane", "afgano"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian", "albanaise", "albanés"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian", "autrichienne", "austriaco"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi", "bangladaise", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian", "bulgare", "búlgaro"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnian",
        "bosnienne",
        "bosnio",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian", "biélorusse", "bielorruso"),
    "CHN": ("China", "Chine", "China", "Chinese", "chinoise", "chino"),
    "CIV": (
        "Ivory Coast",
        "Côte d'Ivoire",
        "Costa de Marfil",
        "Ivorian",
        "ivoirienne",
        "marfileño",
    ),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian", "camerounaise", "camerunés"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian", "colombienne", "colombiano"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German", "allemande", "alemán"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian", "algérienne", "argelino"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian", "équatorienne", "ecuatoriano"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian", "égyptienne", "egipcio"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean", "érythréenne", "eritreo"),
    "ESP": ("Spain", "Espagne", "España", "Spanish", "espagnole", "español"),
    "FRA": ("France", "France", "Francia", "French", "française", "francés"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British", "britannique", "británico"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean", "guinéenne", "guineano"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian", "gambienne", "gambiano"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek", "grecque", "griego"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatémaltèque", "guatemalteco"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran", "hondurienne", "hondureño"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian", "croate", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian", "haïtienne", "haitiano"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian", "hongroise", "húngaro"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi", "irakienne", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "Italian", "italienne", "italiano"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan", "libyenne", "libio"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican", "mexicaine", "mexicano"),
    "MKD": (
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        "Macedonian",
        "macédonienne",
        "macedonio",
    ),
    "MLI": ("Mali", "Mali", "Malí", "Malian", "malienne", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian", "mauritanienne", "mauritano"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien", "nigérienne", "nigerino"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "Nigerian", "nigériane", "nigeriano"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistanaise", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian", "panaméenne", "panameño"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish", "polonaise", "polaco"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian", "roumaine", "rumano"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian", "russe", "ruso"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese", "sénégalaise", "senegalés"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian", "serbe", "serbio"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian", "syrienne", "sirio"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian", "tunisienne", "tunecino"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish", "turque", "turco"),
    "USA": (
        "United States",
        "États-Unis",
        "Estados Unidos",
        "American",
        "américaine",
        "estadounidense",
    ),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan", "vénézuélienne", "venezolano"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni", "yéménite", "yemení"),
}
_EN, _FR, _ES, _EN_DEM, _FR_DEM, _ES_DEM = range(6)

# Misspellings a clerk makes and any reader still recognises.
_EN_DEM_TYPO = {
    "VNM": "Vietnamiese",
    "ERI": "Eritrian",
    "AFG": "Afgan",
    "ALB": "Albainian",
    "IRQ": "Iraqui",
    "IRN": "Irainian",
    "SYR": "Syrain",
}
_ES_TYPO = {
    "MAR": "Marruecoss",
    "ROU": "Rumania",
    "DZA": "Argelía",
    "SEN": "Senegall",
    "GIN": "Guinea Conakry",
    "MLI": "Mali",
    "GMB": "Gambía",
}
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
# The sources
# --------------------------------------------------------------------------------------
_BLABLACAR = ExaminerSource(
    source="blablacar_confiance",
    filename="blablacar_confiance_lg.csv",
    ref="CS-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "detection_country": "Pays des faits",
        "crime_type": "Motif du signalement",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb passagers concernés",
        "n_suspects": "Nb conducteurs mis en cause",
        "gender": "Sexe passagers",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination finale",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction outil Confiance & Sécurité – données provisoires, ne pas diffuser",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "10 à 15"),
    repeats=False,
)
_LIFTSHARE = ExaminerSource(
    source="liftshare_safeguarding",
    filename="liftshare_safeguarding_lg.csv",
    ref="SG/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Ref",
        "event_date": "Incident Date",
        "crime_type": "Concern Type",
        "exploitation": "Exploitation Type",
        "n_persons": "No. Passengers",
        "n_suspects": "No. Members Involved",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Incident",
        "transport_mode": "Mode",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Other Offences",
    },
    note="Data correct at time of extraction - Safeguarding Lead",
    total="TOTAL",
    bad_count=("several", "approx 10-12", "a group"),
    repeats=True,
)
_AMOVENS = ExaminerSource(
    source="amovens_seguridad",
    filename="amovens_seguridad_lg.csv",
    ref="AMV{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº incidencia",
        "event_date": "Fecha del viaje",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº pasajeros",
        "n_suspects": "Nº conductores implicados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales pendientes de validación por el equipo de Seguridad",
    total="TOTAL",
    bad_count=("varios", "unos 20", "entre 10 y 15"),
    repeats=False,
)
_DIDI = ExaminerSource(
    source="didi_enlace_autoridades_mx",
    filename="didi_enlace_autoridades_mx_lg.xlsx",
    ref="MX-SEG-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de caso",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Personas transportadas",
        "n_suspects": "Conductores involucrados",
        "gender": "Sexo",
        "age_group": "Rango de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Tipo de traslado",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: información proporcionada a solicitud de autoridad, sujeta a actualización",
    total="Total general",
    bad_count=("varios", "grupo familiar", "10 a 15"),
    repeats=True,
)
_INDRIVE = ExaminerSource(
    source="indrive_seguridad_pa",
    filename="indrive_seguridad_pa_lg.jsonl",
    ref="PA{year}{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_caso",
        "event_date": "fecha_incidente",
        "detection_country": "pais_deteccion",
        "crime_type": "categoria",
        "exploitation": "tipo_explotacion",
        "n_persons": "num_pasajeros",
        "n_suspects": "num_conductores",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "transport_mode": "modalidad",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "delitos_asociados",
    },
    note=None,
    total="RESUMEN_EXPORTACION",
    bad_count=("varios", "15-20"),
    repeats=False,
)

#: The five sources of the set, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (_BLABLACAR, _LIFTSHARE, _AMOVENS, _DIDI, _INDRIVE)


# --------------------------------------------------------------------------------------
# How each desk words a value
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Style:
    """One desk's words and writers (everything but the layout of :class:`ExaminerSource`)."""

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    expl_na: str | None  # written for a smuggling case (no exploitation)
    expl_unknown: tuple[str, ...]
    gender: Mapping[str, tuple[str, ...]]  # "<form>" or "<singular>|<plural>"
    gender_unknown: tuple[str | None, ...]
    age: Mapping[str, tuple[str, ...]]
    age_unknown: tuple[str, ...]
    mode: Callable[[str, str, _Rng], str]  # (mode, corridor, rng) -> cell
    mode_unknown: tuple[str, ...]
    offences: Mapping[str, str]
    offence_sep: str
    offence_none: tuple[object, ...]  # cells for "no linked offence"
    count: Callable[[int, _Rng], tuple[object, list[str]]]
    count_placeholder: tuple[object, ...]
    zero_words: tuple[str, ...]
    suspects_placeholder: tuple[object, ...]
    nationality_unknown: tuple[str | None, ...]
    country: Callable[[str, str, dict[str, object], _Rng], tuple[str, list[str]]]
    transit: Callable[[list[str], _Rng], object]
    transit_none: object
    date: Callable[[dict[str, object], _Rng, bool], tuple[object, pd.Timestamp, str, list[str]]]
    coords: Callable[[float, float, _Rng], tuple[_Cells, float | None, float | None, list[str]]]


def _number(n: int, sep: str, rng: _Rng, rate: float = 0.7) -> tuple[str, list[str]]:
    """Write a count, with a thousands separator for ``rate`` of the counts >= 1000."""
    if n >= 1000 and rng.random() < rate:
        return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands:n_persons"]
    return str(n), []


def _number_as_is(n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Keep a count as a number, as a spreadsheet or an API does."""
    return n, []


def _plural(word: str, n: int) -> str:
    """``"Homme|Hommes"`` -> the form for ``n`` persons; a word without ``|`` as is."""
    if "|" not in word:
        return word
    one, many = word.split("|")
    return one if n == 1 else many


def _es_demonym(iso: str, n: int) -> str:
    """Spanish masculine demonym, plural for a group (``venezolano`` -> ``venezolanos``)."""
    word = _C[iso][_ES_DEM]
    if n <= 1:
        return word
    if word.endswith(("í", "é")):
        return word + "es"
    if word.endswith(("o", "a", "e")):
        return word + "s"
    return word + "es"


def _dm(ts: pd.Timestamp) -> str:
    return ts.strftime("%d/%m/%Y")


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _ts(ev: dict[str, object]) -> pd.Timestamp:
    return pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]


# ---- BlaBlaCar, Paris (French) -------------------------------------------------------
def _bbc_date(
    ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    ts = _ts(ev)
    r = rng.random()
    if partial_ok and r < 0.04:  # an old case the police gave by month only
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", ["partial_date"]
    if partial_ok and r < 0.06:
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", ["partial_date"]
    if ev["detection_country"] in ("HRV", "POL") and r < 0.35:  # copied from the request
        return ts.strftime("%d.%m.%Y"), ts, "day", ["dotted_date"]
    if r < 0.32:  # the ticket's own timestamp
        hour = int(rng.integers(7, 23))
        return f"{_dm(ts)} {hour:02d}:{int(rng.integers(0, 60)):02d}", ts, "day", ["date_time"]
    return _dm(ts), ts, "day", []


def _bbc_country(iso: str, role: str, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    names = _C[iso]
    r = rng.random()
    tags: list[str] = []
    if role == "nationality":
        if r < 0.55:
            text = names[_FR_DEM]
            tags.append("demonym:nationality")
        elif r < 0.62:
            text = names[_FR_DEM].capitalize()
            tags.append("demonym:nationality")
        else:
            text = names[_FR]
    elif iso == "GBR" and r < 0.4:
        text = "Angleterre"
        tags.append(f"alias:{role}")
    elif r < 0.06:
        text = names[_FR].upper()
        tags.append(f"case:{role}")
    else:
        text = names[_FR]
    if rng.random() < 0.07:  # pasted from a UTF-8 export into the cp1252 sheet
        garbled = mojibake(text)
        if garbled is not None:
            text = garbled
            tags.append(f"mojibake:{role}")
    return text, tags


def _bbc_transit(parts: list[str], rng: _Rng) -> object:
    return choice(rng, (" / ", ", ", " - ")).join(parts)


def _bbc_coords(
    lat: float, lon: float, rng: _Rng
) -> tuple[_Cells, float | None, float | None, list[str]]:
    if rng.random() < 0.06:
        return {"coordinates": None}, None, None, ["coords_missing"]
    la, lo = round(lat, 6), round(lon, 6)
    return {"coordinates": f"{la:.6f}, {lo:.6f}"}, la, lo, []


def _bbc_mode(mode: str, corridor: str, rng: _Rng) -> str:
    if mode == "land":
        return choice(rng, ("Covoiturage", "Covoiturage", "Véhicule particulier", "Route"))
    if mode == "sea":
        if corridor == "channel":
            return choice(rng, ("Small boat", "Small boat", "Traversée maritime"))
        return choice(rng, ("Embarcation", "Bateau", "Traversée maritime"))
    return choice(rng, ("Avion", "Aérien"))


_BBC = _Style(
    crime={
        "trafficking": ("Traite des êtres humains", "Traite des êtres humains", "TEH"),
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Passeur / transport de migrants",
            "Trafic de migrants",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    expl_na="Sans objet",
    expl_unknown=("À déterminer", "Non précisée"),
    gender={
        "male": ("Homme|Hommes", "H"),
        "female": ("Femme|Femmes", "F"),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    gender_unknown=("Non précisé", None),
    age={
        "adult": ("Majeur|Majeurs", "Adulte|Adultes"),
        "child": ("Mineur|Mineurs", "MNA"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    age_unknown=("Non précisé", "Inconnu"),
    mode=_bbc_mode,
    mode_unknown=("Inconnu",),
    offences={
        "document_fraud": "Faux documents",
        "corruption": "Corruption",
        "money_laundering": "Blanchiment",
        "illicit_goods": "Stupéfiants",
        "cybercrime": "Cybercriminalité",
        "terrorism": "Terrorisme",
    },
    offence_sep=" + ",
    offence_none=(None,),
    count=lambda n, rng: _number(n, choice(rng, (" ", "\u00a0")), rng),
    count_placeholder=("NC", "N.C."),
    zero_words=("aucun", "Aucun"),
    suspects_placeholder=("NC", "inconnu"),
    nationality_unknown=("Inconnue", "NR"),
    country=_bbc_country,
    transit=_bbc_transit,
    transit_none=None,
    date=_bbc_date,
    coords=_bbc_coords,
)


# ---- Liftshare, Norwich (English) ----------------------------------------------------
def _ls_date(
    ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    ts = _ts(ev)
    r = rng.random()
    if partial_ok and r < 0.04:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", ["partial_date"]
    if r < 0.25:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
    if r < 0.32:
        return f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}", ts, "day", ["long_date"]
    return _dm(ts), ts, "day", []


def _ls_country(iso: str, role: str, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    names = _C[iso]
    r = rng.random()
    if role == "nationality":
        if r < 0.06 and iso in _EN_DEM_TYPO:
            return _EN_DEM_TYPO[iso], ["typo:nationality", "demonym:nationality"]
        if r < 0.75:
            return names[_EN_DEM], ["demonym:nationality"]
        return names[_EN], []
    if iso == "GBR":
        return choice(rng, ("UK", "UK", "United Kingdom", "GB")), [f"alias:{role}"]
    if iso == "USA":
        return choice(rng, ("USA", "United States")), [f"alias:{role}"]
    if r < 0.05:
        return names[_EN].lower(), [f"case:{role}"]
    return names[_EN], []


def _ls_coords(
    lat: float, lon: float, rng: _Rng
) -> tuple[_Cells, float | None, float | None, list[str]]:
    if rng.random() < 0.08:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": f"{la:.4f}", "lon": f"{lo:.4f}"}, la, lo, []


def _ls_mode(mode: str, corridor: str, rng: _Rng) -> str:
    if mode == "land":
        return choice(rng, ("Car share", "Car share", "Car", "Road"))
    if mode == "sea":
        return choice(rng, ("Small boat", "Boat"))
    return choice(rng, ("Flight", "Air"))


_LS = _Style(
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery / trafficking"),
        "smuggling": ("People smuggling", "People smuggling", "Facilitating illegal entry"),
        "both": ("Modern slavery & people smuggling", "Trafficking + smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    expl_na="N/A",
    expl_unknown=("Not known",),
    gender={
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "Male & female"),
    },
    gender_unknown=("Not recorded", None),
    age={
        "adult": ("Adult|Adults", "18+"),
        "child": ("Child|Children", "Under 18"),
        "mixed": ("Adults & children", "Mixed ages"),
    },
    age_unknown=("Not known",),
    mode=_ls_mode,
    mode_unknown=("Not known",),
    offences={
        "document_fraud": "Document fraud",
        "corruption": "Bribery",
        "money_laundering": "Money laundering",
        "illicit_goods": "Drugs",
        "cybercrime": "Cybercrime",
        "terrorism": "Terrorism",
    },
    offence_sep="; ",
    offence_none=(None,),
    count=lambda n, rng: _number(n, ",", rng, rate=0.9),
    count_placeholder=("TBC", "Not known"),
    zero_words=("None", "Nil"),
    suspects_placeholder=("Unknown", "TBC"),
    nationality_unknown=("Not known", "Unknown"),
    country=_ls_country,
    transit=lambda parts, rng: None,  # the log has no route column
    transit_none=None,
    date=_ls_date,
    coords=_ls_coords,
)


# ---- Amovens, Madrid (Spanish) -------------------------------------------------------
def _amv_date(
    ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    ts = _ts(ev)
    r = rng.random()
    if partial_ok and r < 0.03:
        return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", ["partial_date"]
    if partial_ok and r < 0.05:
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", ["partial_date"]
    if r < 0.15:
        return ts.strftime("%d-%m-%Y"), ts, "day", []
    return _dm(ts), ts, "day", []


def _amv_country(iso: str, role: str, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    names = _C[iso]
    r = rng.random()
    if r < (0.3 if role == "nationality" else 0.18):  # the tool's drop-down
        return iso_codes(iso)[0], [f"iso2:{role}"]
    if r < 0.34 and iso in _ES_TYPO:
        return _ES_TYPO[iso], [f"typo:{role}"]
    if r < 0.42:
        return names[_ES].upper(), [f"case:{role}"]
    return names[_ES], []


def _amv_coords(
    lat: float, lon: float, rng: _Rng
) -> tuple[_Cells, float | None, float | None, list[str]]:
    if rng.random() < 0.05:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    la, lo = round(lat, 5), round(lon, 5)
    return (
        {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
        la,
        lo,
        ["decimal_comma"],
    )


def _amv_mode(mode: str, corridor: str, rng: _Rng) -> str:
    if mode == "land":
        return choice(rng, ("Coche compartido", "Coche compartido", "Carretera", "Terrestre"))
    if mode == "sea":
        if corridor == "watl":
            return choice(rng, ("Cayuco", "Cayuco", "Marítimo"))
        if corridor == "wmed":
            return choice(rng, ("Patera", "Patera", "Neumática", "Marítimo"))
        return choice(rng, ("Marítimo", "Embarcación"))
    return choice(rng, ("Avión", "Aéreo"))


_AMV = _Style(
    crime={
        "trafficking": ("Trata de seres humanos", "Trata de seres humanos", "Trata"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular",
        ),
        "both": ("Trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    expl_na="No aplica",
    expl_unknown=("Sin determinar",),
    gender={
        "male": ("Hombre|Hombres", "Varón|Varones"),
        "female": ("Mujer|Mujeres",),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    gender_unknown=("Sin datos", None),
    age={
        "adult": ("Adulto|Adultos", "Mayor de edad|Mayores de edad"),
        "child": ("Menor|Menores", "MENA"),
        "mixed": ("Adultos y menores",),
    },
    age_unknown=("Sin datos",),
    mode=_amv_mode,
    mode_unknown=("Sin datos",),
    offences={
        "document_fraud": "Falsedad documental",
        "corruption": "Cohecho",
        "money_laundering": "Blanqueo de capitales",
        "illicit_goods": "Tráfico de drogas",
        "cybercrime": "Ciberdelito",
        "terrorism": "Terrorismo",
    },
    offence_sep=" / ",
    offence_none=(None, "Ninguno"),
    count=lambda n, rng: _number(n, ".", rng),
    count_placeholder=("s/d",),
    zero_words=("ninguno", "Ninguno"),
    suspects_placeholder=("s/d",),
    nationality_unknown=("Desconocida", "s/d"),
    country=_amv_country,
    transit=lambda parts, rng: " - ".join(parts),
    transit_none=None,
    date=_amv_date,
    coords=_amv_coords,
)


# ---- DiDi México, liaison with authorities (Spanish, XLSX) ----------------------------
def _didi_date(
    ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    ts = _ts(ev)
    r = rng.random()
    if r < 0.15:  # pasted as a value into a cell formatted "General"
        return int((ts.normalize() - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
    if r < 0.27:
        return _dm(ts), ts, "day", ["text_date"]
    return ts.normalize().to_pydatetime(), ts, "day", []


def _didi_country(iso: str, role: str, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    names = _C[iso]
    r = rng.random()
    if iso == "USA":
        return choice(rng, ("EUA", "E.U.A.", "Estados Unidos", "EE. UU.")), [f"alias:{role}"]
    if role == "nationality":
        n = int(ev["n_persons"])  # type: ignore[call-overload]
        if r < 0.6:
            return _es_demonym(iso, n), ["demonym:nationality"]
        if r < 0.68:
            return _es_demonym(iso, n).upper(), ["demonym:nationality", "case:nationality"]
        return names[_ES], []
    if iso == "MEX" and r < 0.3:
        return "Mexico", []
    if r < 0.06:
        return names[_ES].upper(), [f"case:{role}"]
    return names[_ES], []


def _didi_coords(
    lat: float, lon: float, rng: _Rng
) -> tuple[_Cells, float | None, float | None, list[str]]:
    if rng.random() < 0.07:
        return {"coordinates": None}, None, None, ["coords_missing"]
    la, lo = round(lat, 4), round(lon, 4)
    return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, []


def _didi_mode(mode: str, corridor: str, rng: _Rng) -> str:
    if mode == "land":
        return choice(rng, ("Terrestre", "Vehículo particular", "Viaje compartido"))
    if mode == "sea":
        return choice(rng, ("Marítimo", "Lancha"))
    return choice(rng, ("Aéreo", "Avión"))


_DIDI_STYLE = _Style(
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico de personas", "Tráfico de migrantes", "Pollero / coyote"),
        "both": ("Trata y tráfico de personas",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzado", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    expl_na=None,
    expl_unknown=("N/D",),
    gender={
        "male": ("Masculino", "Hombre|Hombres"),
        "female": ("Femenino", "Mujer|Mujeres"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    gender_unknown=("N/D",),
    age={
        "adult": ("Adulto|Adultos", "Mayor de edad|Mayores de edad"),
        "child": ("Menor de edad|Menores de edad", "NNA"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    age_unknown=("N/D",),
    mode=_didi_mode,
    mode_unknown=("N/D",),
    offences={
        "document_fraud": "Falsificación de documentos",
        "corruption": "Cohecho",
        "money_laundering": "Lavado de dinero",
        "illicit_goods": "Narcotráfico",
        "cybercrime": "Delito cibernético",
        "terrorism": "Terrorismo",
    },
    offence_sep=", ",
    offence_none=(None,),
    count=_number_as_is,
    count_placeholder=("N/D",),
    zero_words=("Ninguno",),
    suspects_placeholder=("N/D",),
    nationality_unknown=("N/D",),
    country=_didi_country,
    transit=lambda parts, rng: ", ".join(parts),
    transit_none=None,
    date=_didi_date,
    coords=_didi_coords,
)


# ---- inDrive Panamá (Spanish enums, JSON lines) -------------------------------------
def _tz_of(ev: dict[str, object]) -> str:
    if ev["detection_country"] == "PAN":
        return "America/Panama"
    lon = float(ev["lon"])  # type: ignore[arg-type]
    if lon < -109.0:
        return "America/Phoenix"
    return "America/Denver" if lon < -101.0 else "America/Chicago"


def _indrive_date(
    ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    ts = _ts(ev)
    # daytime hours: the local day is the same in UTC
    local = ts.normalize() + pd.Timedelta(
        hours=int(rng.integers(6, 17)), minutes=int(rng.integers(0, 60))
    )
    stamp = local.tz_localize(_tz_of(ev)).isoformat()
    return stamp, ts, "day", ["iso_offset"]


def _indrive_country(
    iso: str, role: str, ev: dict[str, object], rng: _Rng
) -> tuple[str, list[str]]:
    if role == "nationality" and rng.random() < 0.45:  # free text typed by the agent
        n = int(ev["n_persons"])  # type: ignore[call-overload]
        return _es_demonym(iso, n), ["demonym:nationality"]
    return iso_codes(iso)[0], [f"iso2:{role}"]


def _indrive_coords(
    lat: float, lon: float, rng: _Rng
) -> tuple[_Cells, float | None, float | None, list[str]]:
    r = rng.random()
    if r < 0.04:  # no GPS fix: the app sends null island
        return {"lat": 0.0, "lon": 0.0}, None, None, ["coords_placeholder"]
    if r < 0.07:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    la, lo = round(lat, 6), round(lon, 6)
    return {"lat": la, "lon": lo}, la, lo, []


_INDRIVE_STYLE = _Style(
    crime={
        "trafficking": ("trata_personas",),
        "smuggling": ("trafico_migrantes",),
        "both": ("trata_y_trafico",),
    },
    exploitation={
        "sexual": ("explotacion_sexual",),
        "forced_labour": ("trabajo_forzoso",),
        "forced_criminality": ("actividades_delictivas",),
        "organ_removal": ("extraccion_organos",),
        "forced_marriage": ("matrimonio_forzado",),
        "other": ("otra",),
    },
    expl_na=None,
    expl_unknown=("no_determinado",),
    gender={"male": ("masculino",), "female": ("femenino",), "mixed": ("mixto",)},
    gender_unknown=(None, "sin_dato"),
    age={"adult": ("adulto",), "child": ("menor",), "mixed": ("mixto",)},
    age_unknown=("sin_dato",),
    mode=lambda mode, corridor, rng: {"land": "terrestre", "sea": "maritimo", "air": "aereo"}[mode],
    mode_unknown=("sin_dato",),
    offences={
        "document_fraud": "falsificacion_documentos",
        "corruption": "cohecho",
        "money_laundering": "lavado_dinero",
        "illicit_goods": "narcotrafico",
        "cybercrime": "ciberdelito",
        "terrorism": "terrorismo",
    },
    offence_sep="",  # a JSON array
    offence_none=((),),
    count=_number_as_is,
    count_placeholder=(None,),
    zero_words=(),
    suspects_placeholder=(None,),
    nationality_unknown=(None, "sin_dato"),
    country=_indrive_country,
    transit=lambda parts, rng: list(parts),
    transit_none=(),
    date=_indrive_date,
    coords=_indrive_coords,
)

_STYLES: dict[str, _Style] = {
    _BLABLACAR.source: _BBC,
    _LIFTSHARE.source: _LS,
    _AMOVENS.source: _AMV,
    _DIDI.source: _DIDI_STYLE,
    _INDRIVE.source: _INDRIVE_STYLE,
}


# --------------------------------------------------------------------------------------
# One event as one desk writes it
# --------------------------------------------------------------------------------------
def _fit(text: object, src: ExaminerSource, fallback: str) -> object:
    """Keep ``text`` if the file's encoding holds it, else write ``fallback``."""
    if isinstance(text, str) and not fits(text, src):
        return fallback
    return text


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event the way ``src`` does; return (cells, expected, tags)."""
    sty = _STYLES[src.source]
    has = set(src.headers)
    cells: _Cells = {}
    exp: _Cells = {}
    tags: list[str] = []
    n = int(ev["n_persons"])  # type: ignore[call-overload]

    cells["event_date"], exp["event_date"], exp["date_precision"], t = sty.date(ev, rng, partial_ok)
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, sty.crime[crime])
    exp["crime_type"] = crime

    if crime == "smuggling":
        cells["exploitation"] = sty.expl_na
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, sty.expl_unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        expl = str(ev["exploitation"])
        cells["exploitation"] = choice(rng, sty.exploitation[expl])
        exp["exploitation"] = expl

    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = sty.count_placeholder[int(rng.integers(len(sty.count_placeholder)))]
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = sty.count(n, rng)
        exp["n_persons"] = n
        tags += t

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = sty.suspects_placeholder[
            int(rng.integers(len(sty.suspects_placeholder)))
        ]
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and sty.zero_words and r < 0.5:
        cells["n_suspects"] = choice(rng, sty.zero_words)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"] = sty.gender_unknown[int(rng.integers(len(sty.gender_unknown)))]
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _plural(choice(rng, sty.gender[gender]), n)
        exp["gender"] = gender

    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"] = choice(rng, sty.age_unknown)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _plural(choice(rng, sty.age[age]), n)
        exp["age_group"] = age

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, sty.mode_unknown)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = sty.mode(mode, str(ev["corridor"]), rng)
        exp["transport_mode"] = mode

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if col not in has:
            exp[col] = None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        r = rng.random()
        if col == "nationality" and r < 0.03:
            cells[col] = sty.nationality_unknown[int(rng.integers(len(sty.nationality_unknown)))]
            exp[col] = None
            tags.append("blank_nationality")
            continue
        if col in ("origin_country", "destination_country") and r < 0.04:
            cells[col], exp[col] = None, None
            tags.append(f"empty:{col}")
            continue
        text, t = sty.country(iso, col, ev, rng)
        cells[col] = _fit(text, src, _C[iso][_EN])
        exp[col] = iso
        tags += t

    transit = ev["transit_countries"]
    if "transit_countries" not in has:
        exp["transit_countries"] = None
    elif transit is None:
        none_cell = sty.transit_none  # an API's empty array is a list in the frame
        cells["transit_countries"] = list(none_cell) if isinstance(none_cell, tuple) else none_cell
        exp["transit_countries"] = None
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, _ = sty.country(iso, "transit", ev, rng)
            parts.append(str(_fit(text, src, _C[iso][_EN])))
        cells["transit_countries"] = sty.transit(parts, rng)
        exp["transit_countries"] = transit

    if forced_blank == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            cells[key] = None
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], t = sty.coords(
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(place)
        tags += t

    offences = ev["linked_offences"]
    if offences is None:
        none_cell = sty.offence_none[int(rng.integers(len(sty.offence_none)))]
        cells["linked_offences"] = list(none_cell) if isinstance(none_cell, tuple) else none_cell
    else:
        words = [sty.offences[o] for o in str(offences).split("|")]
        cells["linked_offences"] = words if src.format == "jsonl" else sty.offence_sep.join(words)
    exp["linked_offences"] = offences
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date no analyst can use."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src is _INDRIVE:
            return "0000-00-00T00:00:00"  # the database's zero date
        day, month = choice(rng, ("31/02", "30/02", "31/04", "31/06", "32/05")).split("/")
        return f"{day}/{month}/{ts.year}"
    typo = ts.replace(year=ts.year + 10)  # 2023 keyed as 2033
    if src is _INDRIVE:
        return (typo.normalize() + pd.Timedelta(hours=10)).tz_localize("America/Panama").isoformat()
    if src is _DIDI:
        return typo.normalize().to_pydatetime()
    return _dm(typo)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row (the day of the extraction)."""
    day = last + pd.Timedelta(days=12)
    if src is _DIDI:
        return day.normalize().to_pydatetime()
    return _dm(day)


#: The variant: its sources, who first reports which event and who may report it again.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": _BLABLACAR.source,
        "GBR": _LIFTSHARE.source,
        "ESP": _AMOVENS.source,
        "USA": _DIDI.source,
        "PAN": _INDRIVE.source,
    },
    compilation=_BLABLACAR.source,  # Paris answers the police of every other market
    secondary={
        ("channel", "FRA"): _LIFTSHARE.source,
        ("channel", "GBR"): _BLABLACAR.source,
        ("thb_vnm_gbr", "GBR"): _BLABLACAR.source,
        ("wmed", "ESP"): _BLABLACAR.source,
        ("thb_rou_esp", "ESP"): _BLABLACAR.source,
        ("thb_rou_esp", "ITA"): _AMOVENS.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=317,
    blank_share=0.3,
)


def make_blind317(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ride-share desks of the ``blind317`` set.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``blablacar_confiance_lg.csv`` (French, cp1252, ``;``),
        ``liftshare_safeguarding_lg.csv`` (English, UTF-8 with BOM, ``,``),
        ``amovens_seguridad_lg.csv`` (Spanish, UTF-16, tab),
        ``didi_enlace_autoridades_mx_lg.xlsx`` (Spanish) and
        ``indrive_seguridad_pa_lg.jsonl`` (Spanish keys), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind317(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['blablacar_confiance_lg.csv', 'liftshare_safeguarding_lg.csv',
     'amovens_seguridad_lg.csv', 'didi_enlace_autoridades_mx_lg.xlsx',
     'indrive_seguridad_pa_lg.jsonl']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Pays des faits']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
