"""Examiner's blind sample set ``blind98`` (files ``*_cv.*``): five more agencies.

Written from the examiner's own knowledge of how these services keep their logs, independently
of the cleaner; only the row machinery of :mod:`trendlib.samples._examiner` is shared. A
reader's guide to the five files:

``gobernacion_darien_cv.xlsx`` -- Gobernación de la Provincia de Darién (Panamá), Consejo
    Provincial de Seguridad: consolidated sheet of irregular-migration and trafficking events.
    Spanish (Panamanian usage), XLSX. Reports every event detected in Panama. Dates are real
    Excel dates (often with a time), bare Excel serial numbers where the cell lost its format,
    typed text (``07/03/2022``, ``7-mar-22``, ``7 de marzo de 2022``), month-only (``marzo
    2022``, ``03/2022``) and quarter (``I trimestre 2022``) dates. Crime as words
    (``Tráfico ilícito de migrantes``, ``Trata de personas (Ley 79 de 2011)``); feminine
    demonyms (``venezolana``), ISO3 codes, ``EE.UU.``; ages ``NNA`` (niños, niñas y
    adolescentes), ``Mayores de edad``; counts as numbers, ``1,250`` text, ``aprox. 40``,
    placeholders ``s/d`` / ``por determinar``, ``ninguno`` for no suspects; one coordinate
    cell, decimal or DMS with ``O`` (oeste) for west; ``Observaciones`` and ``Lugar`` extra
    columns; a ``TOTAL GENERAL`` row, a note row; some rows sent twice.
``pcsd_border_crimes_cv.jsonl`` -- Pima County Sheriff's Department (Arizona), Border Crimes
    Unit, RMS/API export. English, JSON lines with snake_case keys. Reports every event detected
    in the United States. Dates ISO 8601 with the Arizona offset (``2022-03-07T14:35:00-07:00``),
    plain ISO days, US month-first ``03/07/2022`` and month-only ``2022-03``. Offence as Arizona
    statute (``ARS 13-2319 Smuggling``, ``ARS 13-1307 Sex trafficking``) or ``8 USC 1324``;
    ``UAC``/``Juvenile`` for children; ISO2 codes, upper-case names, demonyms; counts as JSON
    numbers or ``"1,250"``, ``UNK``; ``No arrest`` for none; latitude/longitude as numbers or
    text, some swapped (a latitude of -111 is a longitude), ``0, 0`` for a failed geocode.
``policia_local_sctf_cv.csv`` -- Policía Local de Santa Cruz de Tenerife, atestados log.
    Spanish (Spain), cp1252, ``;``, CRLF. Reports every event detected in Spain and the
    Romania-Spain trafficking cases detected in Italy (second reports). Dates day-first
    (``07/03/2022``, ``7/3/22``, ``07-03-2022``, ``07.03.2022``, ``7-mar-2022``), month-only
    (``marzo 2022``, ``03/2022``) and INE-style quarters (``2022T1``, ``1.er trim. 2022``). Crime
    as penal-code articles (``Art. 318 bis CP``, ``TSH (177 bis)``); ``Turismo`` (a car),
    ``cayuco``, ``patera``; ``MENA`` for unaccompanied minors; Spanish thousands dot
    (``1.250``); demonyms in masculine singular or plural, a few mojibake (``senegalÃ©s``);
    coordinates in degrees and decimal minutes with a decimal comma and ``º``
    (``28º 27,81' N 016º 15,31' W``, sometimes ``O``) or decimal degrees with commas.
``pm_boulogne_cv.csv`` -- Police municipale de Boulogne-sur-Mer, main courante extraction.
    French, UTF-16 (with BOM), tab-delimited ("Texte Unicode" export). Reports every event
    detected in France and, as second reports, Channel and Viet Nam-UK events detected in the
    UK. Dates ``07/03/2022``, ``07/03/2022 03h40``, ``lundi 7 mars 2022``, ``07/03/22``,
    month-only (``mars 2022``) and quarters (``1er trimestre 2022``, ``T2 2022``). Crime as
    CESEDA articles (``L622-1`` before May 2021, ``L823-1`` after) and ``TEH`` / ``225-4-1
    CP``; ``PL`` (poids lourd), ``taxi-boat``, ``small boat``; ``MNA``; counts with (narrow)
    no-break-space thousands (``1 250``), ``NC``; ``néant`` for no suspect; Google-style DMS
    (with ``O`` for west), decimal commas and nautical degrees-minutes.
``police_scotland_nhtu_cv.csv`` -- Police Scotland, National Human Trafficking Unit digest of
    partner returns. English (UK), UTF-8, ``|``. Reports the UK events and, as a compilation,
    every event detected in Italy, Greece, Croatia, Poland (or elsewhere), plus second reports
    of Channel events detected in France. Dates ``07/03/2022``, ``7 Mar 2022``, ``07-Mar-22``,
    ``2022-03-07``, month-only (``Mar 2022``) and quarters (``Q1 2022``). Crime as UK
    legislation (``s.25 Immigration Act 1971``, ``s.1 HTE(S)A 2015``, ``MSA 2015 s.2``); NRM
    exploitation words (``Criminal exploitation``); ``HGV``, ``RHIB``; ``U18``; ``Türkiye``
    in routes joined by ``>``; ``Nil`` for no arrest, ``n/k``; separate latitude/longitude
    columns, some at three decimals; an ``Originating Agency`` column; some rows re-sent.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime

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

__all__ = ["BLIND98_SOURCES", "make_blind98"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_ES_NAMES = {
    "AFG": "Afganistán", "ALB": "Albania", "AUT": "Austria", "BGD": "Bangladés",
    "BGR": "Bulgaria", "BIH": "Bosnia y Herzegovina", "BLR": "Bielorrusia", "CHN": "China",
    "CIV": "Costa de Marfil", "CMR": "Camerún", "COL": "Colombia", "DEU": "Alemania",
    "DZA": "Argelia", "ECU": "Ecuador", "EGY": "Egipto", "ERI": "Eritrea", "ESP": "España",
    "FRA": "Francia", "GBR": "Reino Unido", "GIN": "Guinea Conakry", "GMB": "Gambia",
    "GRC": "Grecia", "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croacia", "HTI": "Haití",
    "HUN": "Hungría", "IRN": "Irán", "IRQ": "Irak", "ITA": "Italia", "LBY": "Libia",
    "MAR": "Marruecos", "MEX": "México", "MKD": "Macedonia del Norte", "MLI": "Malí",
    "MRT": "Mauritania", "NER": "Níger", "NGA": "Nigeria", "PAK": "Pakistán", "PAN": "Panamá",
    "POL": "Polonia", "ROU": "Rumanía", "RUS": "Rusia", "SEN": "Senegal", "SRB": "Serbia",
    "SYR": "Siria", "TUN": "Túnez", "TUR": "Turquía", "USA": "Estados Unidos",
    "VEN": "Venezuela", "VNM": "Vietnam", "YEM": "Yemen",
}  # fmt: skip
#: Spanish demonyms: masculine singular, feminine singular, masculine plural.
_ES_DEMONYMS = {
    "AFG": ("afgano", "afgana", "afganos"), "ALB": ("albanés", "albanesa", "albaneses"),
    "BGD": ("bangladesí", "bangladesí", "bangladesíes"), "CHN": ("chino", "china", "chinos"),
    "CIV": ("marfileño", "marfileña", "marfileños"),
    "CMR": ("camerunés", "camerunesa", "cameruneses"),
    "COL": ("colombiano", "colombiana", "colombianos"),
    "DZA": ("argelino", "argelina", "argelinos"),
    "ECU": ("ecuatoriano", "ecuatoriana", "ecuatorianos"),
    "EGY": ("egipcio", "egipcia", "egipcios"), "ERI": ("eritreo", "eritrea", "eritreos"),
    "GIN": ("guineano", "guineana", "guineanos"), "GMB": ("gambiano", "gambiana", "gambianos"),
    "GTM": ("guatemalteco", "guatemalteca", "guatemaltecos"),
    "HND": ("hondureño", "hondureña", "hondureños"),
    "HTI": ("haitiano", "haitiana", "haitianos"), "IRN": ("iraní", "iraní", "iraníes"),
    "IRQ": ("iraquí", "iraquí", "iraquíes"), "MAR": ("marroquí", "marroquí", "marroquíes"),
    "MEX": ("mexicano", "mexicana", "mexicanos"), "MLI": ("maliense", "maliense", "malienses"),
    "NGA": ("nigeriano", "nigeriana", "nigerianos"),
    "PAK": ("pakistaní", "pakistaní", "pakistaníes"), "ROU": ("rumano", "rumana", "rumanos"),
    "SEN": ("senegalés", "senegalesa", "senegaleses"), "SYR": ("sirio", "siria", "sirios"),
    "TUN": ("tunecino", "tunecina", "tunecinos"), "TUR": ("turco", "turca", "turcos"),
    "VEN": ("venezolano", "venezolana", "venezolanos"),
    "VNM": ("vietnamita", "vietnamita", "vietnamitas"), "YEM": ("yemení", "yemení", "yemeníes"),
}  # fmt: skip
_FR_NAMES = {
    "AFG": "Afghanistan", "ALB": "Albanie", "AUT": "Autriche", "BGD": "Bangladesh",
    "BGR": "Bulgarie", "BIH": "Bosnie-Herzégovine", "BLR": "Biélorussie", "CHN": "Chine",
    "CIV": "Côte d'Ivoire", "CMR": "Cameroun", "COL": "Colombie", "DEU": "Allemagne",
    "DZA": "Algérie", "ECU": "Équateur", "EGY": "Égypte", "ERI": "Érythrée", "ESP": "Espagne",
    "FRA": "France", "GBR": "Royaume-Uni", "GIN": "Guinée", "GMB": "Gambie", "GRC": "Grèce",
    "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croatie", "HTI": "Haïti", "HUN": "Hongrie",
    "IRN": "Iran", "IRQ": "Irak", "ITA": "Italie", "LBY": "Libye", "MAR": "Maroc",
    "MEX": "Mexique", "MKD": "Macédoine du Nord", "MLI": "Mali", "MRT": "Mauritanie",
    "NER": "Niger", "NGA": "Nigeria", "PAK": "Pakistan", "PAN": "Panama", "POL": "Pologne",
    "ROU": "Roumanie", "RUS": "Russie", "SEN": "Sénégal", "SRB": "Serbie", "SYR": "Syrie",
    "TUN": "Tunisie", "TUR": "Turquie", "USA": "États-Unis", "VEN": "Venezuela",
    "VNM": "Viêt Nam", "YEM": "Yémen",
}  # fmt: skip
#: French demonyms: masculine, feminine.
_FR_DEMONYMS = {
    "AFG": ("afghan", "afghane"), "ALB": ("albanais", "albanaise"),
    "BGD": ("bangladais", "bangladaise"), "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"), "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"), "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"), "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"), "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"), "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"), "HTI": ("haïtien", "haïtienne"),
    "IRN": ("iranien", "iranienne"), "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"), "MEX": ("mexicain", "mexicaine"),
    "MLI": ("malien", "malienne"), "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"), "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"), "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"), "TUR": ("turc", "turque"),
    "VEN": ("vénézuélien", "vénézuélienne"), "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}  # fmt: skip
_EN_NAMES = {
    "AFG": "Afghanistan", "ALB": "Albania", "AUT": "Austria", "BGD": "Bangladesh",
    "BGR": "Bulgaria", "BIH": "Bosnia and Herzegovina", "BLR": "Belarus", "CHN": "China",
    "CIV": "Ivory Coast", "CMR": "Cameroon", "COL": "Colombia", "DEU": "Germany",
    "DZA": "Algeria", "ECU": "Ecuador", "EGY": "Egypt", "ERI": "Eritrea", "ESP": "Spain",
    "FRA": "France", "GBR": "United Kingdom", "GIN": "Guinea", "GMB": "The Gambia",
    "GRC": "Greece", "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croatia", "HTI": "Haiti",
    "HUN": "Hungary", "IRN": "Iran", "IRQ": "Iraq", "ITA": "Italy", "LBY": "Libya",
    "MAR": "Morocco", "MEX": "Mexico", "MKD": "North Macedonia", "MLI": "Mali",
    "MRT": "Mauritania", "NER": "Niger", "NGA": "Nigeria", "PAK": "Pakistan", "PAN": "Panama",
    "POL": "Poland", "ROU": "Romania", "RUS": "Russia", "SEN": "Senegal", "SRB": "Serbia",
    "SYR": "Syria", "TUN": "Tunisia", "TUR": "Turkey", "USA": "United States",
    "VEN": "Venezuela", "VNM": "Vietnam", "YEM": "Yemen",
}  # fmt: skip
_EN_DEMONYMS = {
    "AFG": "Afghan", "ALB": "Albanian", "BGD": "Bangladeshi", "CHN": "Chinese",
    "CIV": "Ivorian", "CMR": "Cameroonian", "COL": "Colombian", "DZA": "Algerian",
    "ECU": "Ecuadorian", "EGY": "Egyptian", "ERI": "Eritrean", "GIN": "Guinean",
    "GMB": "Gambian", "GTM": "Guatemalan", "HND": "Honduran", "HTI": "Haitian",
    "IRN": "Iranian", "IRQ": "Iraqi", "MAR": "Moroccan", "MEX": "Mexican", "MLI": "Malian",
    "NGA": "Nigerian", "PAK": "Pakistani", "ROU": "Romanian", "SEN": "Senegalese",
    "SYR": "Syrian", "TUN": "Tunisian", "TUR": "Turkish", "VEN": "Venezuelan",
    "VNM": "Vietnamese", "YEM": "Yemeni", "ESP": "Spanish", "ITA": "Italian",
}  # fmt: skip

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_ES_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Arizona keeps Mountain Standard Time all year (no daylight saving).
_AZ_OFFSET = "-07:00"


def _precision(rng: _Rng, partial_ok: bool, p_month: float, p_quarter: float) -> str:
    draw = rng.random()
    if partial_ok and draw < p_month:
        return "month"
    if partial_ok and draw < p_month + p_quarter:
        return "quarter"
    return "day"


def _period_start(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return pd.Timestamp(ts.year, ts.month, 1)
    if precision == "quarter":
        return pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)
    return pd.Timestamp(ts.year, ts.month, ts.day)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _clock(rng: _Rng) -> tuple[int, int]:
    return int(rng.integers(0, 24)), int(rng.integers(0, 60))


def _impossible_day(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int, int]:
    """Day, month, year of a day that does not exist, in either day/month order."""
    year = ts.year
    feb = 30 if calendar.isleap(year) else int(choice(rng, ("29", "30", "31")))
    options = [(feb, 2), (31, 4), (31, 6), (31, 9), (31, 11)]
    day, month = options[int(rng.integers(len(options)))]
    return day, month, year


def _future_year(ts: pd.Timestamp) -> int:
    """Return a year typed wrong into the future: 2023 -> 2032 (swapped digits), else +100."""
    swapped = 2000 + 10 * (ts.year % 10) + (ts.year // 10) % 10
    return swapped if swapped > 2030 else ts.year + 100


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, places: int = 1) -> tuple[int, int, float, float]:
    """Degrees, minutes, seconds of ``|value|`` (seconds to ``places``) and the value read."""
    scale = 3600 * 10**places
    ticks = round(abs(value) * scale)
    deg, rest = divmod(ticks, scale)
    minutes, sec = divmod(rest, 60 * 10**places)
    read = ticks / scale
    return int(deg), int(minutes), sec / 10**places, read if value >= 0 else -read


def _dm(value: float, places: int) -> tuple[int, float, float]:
    """Degrees and decimal minutes of ``|value|`` (minutes to ``places``) and the value read."""
    scale = 60 * 10**places
    ticks = round(abs(value) * scale)
    deg, rest = divmod(ticks, scale)
    read = ticks / scale
    return int(deg), rest / 10**places, read if value >= 0 else -read


def _num(value: float, places: int, sep: str = ".") -> str:
    return f"{value:.{places}f}".replace(".", sep)


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Source(ExaminerSource):
    """An agency of this set: the shared fields plus the country names of its language."""

    names: dict[str, str]


_DARIEN = _Source(
    source="gobernacion_darien",
    filename="gobernacion_darien_cv.xlsx",
    ref="GD-CPS-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N.º de informe",
        "event_date": "Fecha del evento",
        "detection_country": "País",
        "place": "Lugar / comunidad",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas (migrantes / víctimas)",
        "n_suspects": "Aprehendidos (guías / coyotes)",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino declarado",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
        "remarks": "Observaciones",
    },
    note="Nota: cifras preliminares, sujetas a validación por el SNM",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo numeroso", "múltiples"),
    repeats=True,
    names=_ES_NAMES,
)
_PIMA = _Source(
    source="pima_sheriff",
    filename="pcsd_border_crimes_cv.jsonl",
    ref="{yy:02d}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_number",
        "event_date": "occurred_on",
        "reporting_unit": "reporting_unit",
        "crime_type": "offense_description",
        "exploitation": "exploitation_type",
        "n_persons": "victim_migrant_count",
        "n_suspects": "arrestee_count",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "incident_country",
        "transit_countries": "transit_route",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "additional_charges",
    },
    note="NOTE: RMS extract, preliminary data subject to change",
    total="TOTAL",
    bad_count=("several", "multiple", "group"),
    repeats=False,
    names=_EN_NAMES,
)
_SCTF = _Source(
    source="policia_local_sctf",
    filename="policia_local_sctf_cv.csv",
    ref="{seq:04d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha",
        "unit": "Unidad",
        "crime_type": "Tipificación penal",
        "exploitation": "Finalidad",
        "n_persons": "Nº pers.",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País intervención",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos extraídos del SIGO, pendientes de depuración",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
    names=_ES_NAMES,
)
_BOULOGNE = _Source(
    source="pm_boulogne",
    filename="pm_boulogne_cv.csv",
    ref="MC{yy:02d}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° MC",
        "event_date": "Date des faits",
        "detection_country": "Pays de constatation",
        "place": "Lieu",
        "crime_type": "Qualification",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nb passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeur / Mineur",
        "nationality": "Nationalité(s) déclarée(s)",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
        "follow_up": "Suite donnée",
    },
    note="NB : extraction main courante, données non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    names=_FR_NAMES,
)
_SCOTLAND = _Source(
    source="police_scotland_nhtu",
    filename="police_scotland_nhtu_cv.csv",
    ref="CR/{seq:07d}/{yy:02d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="en",
    headers={
        "source_ref": "Crime Ref",
        "agency": "Originating Agency",
        "event_date": "Date Recorded",
        "crime_type": "Crime Classification",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons (victims/migrants)",
        "n_suspects": "Suspects Arrested",
        "gender": "Gender",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Destination Country",
        "detection_country": "Country Detected",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode of Transport",
        "lat": "Lat (WGS84)",
        "lon": "Long (WGS84)",
        "linked_offences": "Linked Offences",
    },
    note="Note: figures provisional - partner returns still awaited",
    total="Total",
    bad_count=("several", "multiple", "a group"),
    repeats=True,
    names=_EN_NAMES,
)

#: The five sources of ``blind98``, in the order their submissions are returned.
BLIND98_SOURCES: tuple[ExaminerSource, ...] = (_DARIEN, _PIMA, _SCTF, _BOULOGNE, _SCOTLAND)

# --------------------------------------------------------------------------------------
# Value wording
# --------------------------------------------------------------------------------------
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "gobernacion_darien": {
        "sexual": ("Explotación sexual", "sexual", "Explotación sexual comercial"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas forzadas", "Obligación a delinquir"),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "organ_removal": ("Extracción de órganos", "Tráfico de órganos"),
        "other": ("Otra", "Otras formas de explotación"),
        "unknown": ("No determinada", "Desconocida"),
    },
    "pima_sheriff": {
        "sexual": ("Sex", "Sexual exploitation", "Commercial sex"),
        "forced_labour": ("Labor", "Forced labor"),
        "forced_criminality": ("Forced criminality", "Compelled criminal activity"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
        "unknown": ("Unknown",),
    },
    "policia_local_sctf": {
        "sexual": ("Explotación sexual", "Sexual", "Prostitución coactiva"),
        "forced_labour": ("Laboral", "Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Comisión de delitos"),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras",),
        "unknown": ("No consta",),
    },
    "pm_boulogne": {
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
        "forced_marriage": ("Mariage forcé",),
        "organ_removal": ("Prélèvement d'organes",),
        "other": ("Autre",),
        "unknown": ("Non déterminée",),
    },
    "police_scotland_nhtu": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting", "Organ removal"),
        "other": ("Other",),
        "unknown": ("Not known",),
    },
}
#: What a smuggling row writes under exploitation (None: an empty cell).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "gobernacion_darien": (None, None, None, "No aplica", "—"),
    "pima_sheriff": (None, None, None, "N/A"),
    "policia_local_sctf": (None, None, None, "---", "N/P"),
    "pm_boulogne": (None, None, None, "Sans objet"),
    "police_scotland_nhtu": (None, None, "N/A", "N/A"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "gobernacion_darien": {
        "male": ("Masculino", "Hombres", "masculino"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
        "unknown": ("No determinado",),
    },
    "pima_sheriff": {
        "male": ("M", "Male", "MALE"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F", "Both"),
        "unknown": ("Unknown",),
    },
    "policia_local_sctf": {
        "male": ("Varones", "Hombres", "Masculino", "varón"),
        "female": ("Mujeres", "Femenino", "mujer"),
        "mixed": ("Ambos", "Mixto", "Varones y mujeres", "H/M"),
        "unknown": ("No consta",),
    },
    "pm_boulogne": {
        "male": ("Hommes", "Masculin", "H"),
        "female": ("Femmes", "Féminin", "F"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes"),
        "unknown": ("Inconnu",),
    },
    "police_scotland_nhtu": {
        "male": ("Male", "M", "Male"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "M/F", "Male & female"),
        "unknown": ("Not known",),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "gobernacion_darien": {
        "adult": ("Adultos", "Mayores de edad", "Adulto"),
        "child": ("Menores de edad", "NNA", "Menores"),
        "mixed": ("Adultos y NNA", "Mixto", "Adultos y menores"),
        "unknown": ("s/d", "No registrado"),
    },
    "pima_sheriff": {
        "adult": ("Adult", "ADULT", "18+"),
        "child": ("Juvenile", "Minor", "UAC"),
        "mixed": ("Adult/Juvenile", "Mixed", "Adults & minors"),
        "unknown": ("N/A", "Unk"),
    },
    "policia_local_sctf": {
        "adult": ("Adultos", "Mayores de edad", "+18"),
        "child": ("Menores", "MENA", "Menores no acompañados"),
        "mixed": ("Mixto", "Adultos y menores"),
        "unknown": ("No consta", "N/C"),
    },
    "pm_boulogne": {
        "adult": ("Majeurs", "Adultes", "Majeur"),
        "child": ("Mineurs", "MNA", "Mineur isolé"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
        "unknown": ("Non renseigné", "NR"),
    },
    "police_scotland_nhtu": {
        "adult": ("Adult", "Adult (18+)", "18+"),
        "child": ("Child", "U18", "Child (<18)"),
        "mixed": ("Mixed", "Adult & child"),
        "unknown": ("N/A", "Not recorded"),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "gobernacion_darien": {
        "land": ("A pie", "Caminando", "Terrestre", "A pie (selva)"),
        "sea": ("Lancha", "Marítimo", "Embarcación"),
        "air": ("Aéreo", "Vuelo comercial"),
        "unknown": ("s/d", "No registrado"),
    },
    "pima_sheriff": {
        "land": ("Vehicle", "Passenger vehicle", "Tractor-trailer", "On foot", "Pickup truck"),
        "sea": ("Boat", "Panga boat"),
        "air": ("Aircraft", "Commercial flight"),
        "unknown": ("N/A", "Unk"),
    },
    "policia_local_sctf": {
        "land": ("Vehículo", "Turismo", "Furgoneta", "A pie", "Autobús"),
        "sea": ("Cayuco", "Patera", "Neumática", "Embarcación neumática", "Lancha"),
        "air": ("Avión", "Vía aérea", "Vuelo"),
        "unknown": ("No consta", "N/C"),
    },
    "pm_boulogne": {
        "land": ("Poids lourd", "PL", "Camion", "Véhicule léger", "À pied", "Train"),
        "sea": ("Small boat", "Embarcation pneumatique", "Bateau", "Taxi-boat", "Zodiac"),
        "air": ("Avion", "Voie aérienne"),
        "unknown": ("Non renseigné", "NR"),
    },
    "police_scotland_nhtu": {
        "land": ("HGV", "Lorry", "Vehicle", "Car", "On foot", "Train"),
        "sea": ("Small boat", "Boat", "RHIB", "Vessel"),
        "air": ("Air", "Flight", "Commercial flight"),
        "unknown": ("N/A", "Not recorded"),
    },
}
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "gobernacion_darien": {
        "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
        "corruption": ("Corrupción de servidores públicos", "Cohecho"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando", "Contrabando de mercancías"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    "pima_sheriff": {
        "document_fraud": ("Forgery (ARS 13-2002)", "Fraudulent documents"),
        "corruption": ("Bribery of a public servant",),
        "money_laundering": ("Money laundering", "Money laundering (ARS 13-2317)"),
        "illicit_goods": ("Transport of dangerous drugs", "Contraband"),
        "cybercrime": ("Computer tampering", "Cybercrime"),
        "terrorism": ("Terrorism",),
    },
    "policia_local_sctf": {
        "document_fraud": ("Falsedad documental", "Uso de documento falso"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales", "Blanqueo"),
        "illicit_goods": ("Contrabando", "Tráfico de drogas"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    "pm_boulogne": {
        "document_fraud": ("Faux documents", "Usage de faux", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Contrebande", "Trafic de stupéfiants"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    "police_scotland_nhtu": {
        "document_fraud": ("Document fraud", "False ID documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering (POCA 2002)", "Money laundering"),
        "illicit_goods": ("Illicit goods", "Contraband (tobacco)", "Drugs"),
        "cybercrime": ("Cyber-enabled fraud", "Cybercrime"),
        "terrorism": ("Terrorism",),
    },
}
_LINK_JOIN: dict[str, tuple[str, ...]] = {
    "gobernacion_darien": (", ", " y "),
    "pima_sheriff": ("; ",),
    "policia_local_sctf": (" / ", ", "),
    "pm_boulogne": (" + ", ", "),
    "police_scotland_nhtu": ("; ", ", "),
}
_ROUTE_JOIN: dict[str, tuple[str, ...]] = {
    "gobernacion_darien": (" - ", ", ", " / "),
    "pima_sheriff": (" > ", "; ", ", "),
    "policia_local_sctf": (" - ", " / ", ", "),
    "pm_boulogne": (", ", " - ", " > "),
    "police_scotland_nhtu": (" > ", " -> ", ", "),
}
#: Hotspot -> the place as a local log writes it (Darién and Boulogne "place" columns).
_DARIEN_PLACES = {
    "Bajo Chiquito": ("Bajo Chiquito", "Bajo Chiquito (Tuquesa)", "Comunidad de Bajo Chiquito"),
    "Lajas Blancas": ("Lajas Blancas", "ERM Lajas Blancas", "Lajas Blancas (Chepigana)"),
    "Darién gap": ("Selva del Darién", "Tapón del Darién", "Canaán Membrillo", "Sendero Cañas"),
}
_BOULOGNE_PLACES = (
    "Plage de Wimereux", "Port de Boulogne", "Hardelot", "Équihen-Plage", "Le Portel",
    "Zone portuaire Capécure", "Aire de l'A16", "Plage de Boulogne",
)  # fmt: skip
_DARIEN_REMARKS = (
    None, None, None, "Trasladados a la ERM", "Atención médica MINSA", "Coordinado con SENAFRONT",
    "Registro biométrico SNM", "Remitido al Ministerio Público",
)  # fmt: skip
_SCTF_UNITS = ("Atestados", "Grupo Puerto", "Turno Noche", "UPAC", "Atestados")
_PIMA_UNITS = (
    "Border Crimes Unit", "Criminal Investigations Division", "Patrol - Ajo District",
    "Patrol - Green Valley District", "Border Crimes Unit",
)  # fmt: skip
_BOULOGNE_FOLLOW = (
    "Transmis PAF Coquelles", "Avis OPJ", "Remis CRS", "Prise en charge pompiers / SNSM",
    "Information préfecture", None,
)  # fmt: skip
_SCOTLAND_AGENCY = {
    "ITA": ("Polizia di Stato (via NCA)", "Guardia di Finanza (via Europol)"),
    "GRC": ("Hellenic Police (via Europol)", "Hellenic Coast Guard (via NCA)"),
    "HRV": ("Croatian Police (via Interpol)", "MUP Croatia (via Europol)"),
    "POL": ("Polish Border Guard (via NCA)", "Straż Graniczna (via Europol)"),
    "GBR": ("Police Scotland", "Border Force (via NCA)", "Metropolitan Police"),
    "FRA": ("PAF (via JIC Coquelles)", "Police nationale (via NCA)"),
}


# --------------------------------------------------------------------------------------
# Shared cell writers
# --------------------------------------------------------------------------------------
def _name(src: _Source, code: str) -> str:
    return src.names.get(code, code)


def _base(ev: dict[str, object], day: pd.Timestamp, precision: str) -> dict[str, object]:
    """Return the expected clean values before any cell is written: the event's own."""
    return {
        "event_date": day,
        "date_precision": precision,
        "crime_type": ev["crime_type"],
        "exploitation": ev["exploitation"],
        "n_persons": int(ev["n_persons"]),  # type: ignore[call-overload]
        "n_suspects": None if ev["n_suspects"] is None else int(ev["n_suspects"]),  # type: ignore[call-overload]
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


def _vocab(
    table: dict[str, tuple[str, ...]], value: object, rng: _Rng, na_share: float, tags: list[str]
) -> tuple[str, object]:
    """Return a vocabulary word; with ``na_share`` a "not recorded" one (``unknown``)."""
    if rng.random() < na_share:
        tags.append("na_word")
        return choice(rng, table["unknown"]), "unknown"
    return choice(rng, table[str(value)]), value


def _exploitation(src: _Source, ev: dict[str, object], rng: _Rng) -> str | None:
    if ev["exploitation"] is None:
        options = _NO_EXPLOITATION[src.source]
        return options[int(rng.integers(len(options)))]
    return choice(rng, _EXPLOITATION[src.source][str(ev["exploitation"])])


def _linked(src: _Source, value: object, rng: _Rng) -> str | None:
    if value is None:
        return None
    words = [choice(rng, _LINKED[src.source][k]) for k in str(value).split("|")]
    return choice(rng, _LINK_JOIN[src.source]).join(words)


def _route(src: _Source, value: object, rng: _Rng, namer: dict[str, str]) -> str | None:
    if value is None:
        return None
    names = [namer.get(c, c) for c in str(value).split("|")]
    return choice(rng, _ROUTE_JOIN[src.source]).join(names)


def _forced(
    forced_blank: str | None,
    cells: _Cells,
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Leave blank the field a second report does not give."""
    if forced_blank is None:
        return
    tags.append(f"blank_{forced_blank}")
    if forced_blank == "n_suspects":  # no count at all: neither a number nor a word for none
        tags[:] = [t for t in tags if t not in ("zero_word", "suspects_placeholder")]
    if forced_blank == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            cells[key] = None
        exp["lat"] = exp["lon"] = None
        return
    cells[forced_blank] = None
    exp[forced_blank] = "unknown" if forced_blank == "gender" else None


def _suspects(
    n: int | None,
    rng: _Rng,
    tags: list[str],
    *,
    zero: tuple[str, ...],
    unknown: tuple[str, ...],
    as_number: bool,
) -> tuple[object, int | None]:
    """Return a suspects cell: a number, a word for none, or a 'not known' placeholder."""
    if n is None:
        return None, None
    draw = rng.random()
    if draw < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, unknown), None
    if draw < 0.05:
        tags.append("blank_n_suspects")
        return None, None
    if n == 0 and rng.random() < 0.4:
        tags.append("zero_word")
        return choice(rng, zero), 0
    return (n if as_number else str(n)), n


# --------------------------------------------------------------------------------------
# Gobernación de Darién (XLSX, Spanish, Panama)
# --------------------------------------------------------------------------------------
def _darien_date(ts: pd.Timestamp, precision: str, rng: _Rng, tags: list[str]) -> object:
    if precision == "month":
        tags.append("month_only")
        return choice(rng, (f"{_ES_MONTHS[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}"))
    if precision == "quarter":
        tags.append("quarter")
        q = _quarter(ts)
        return choice(rng, (f"{_ROMAN[q - 1]} trimestre {ts.year}", f"{q}.º trimestre {ts.year}"))
    draw = rng.random()
    if draw < 0.5:
        hour, minute = _clock(rng) if rng.random() < 0.5 else (0, 0)
        return datetime(ts.year, ts.month, ts.day, hour, minute)
    if draw < 0.65:
        tags.append("excel_serial")
        return int((pd.Timestamp(ts.year, ts.month, ts.day) - _EXCEL_EPOCH).days)
    tags.append("text_date")
    if draw < 0.82:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if draw < 0.92:
        return f"{ts.day}-{_ES_ABBR[ts.month - 1]}-{ts.year % 100:02d}"
    return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"


def _darien_crime(crime: str, rng: _Rng) -> str:
    if crime == "smuggling":
        return choice(
            rng,
            (
                "Tráfico ilícito de migrantes",
                "Tráfico de migrantes",
                "TRÁFICO ILÍCITO DE MIGRANTES",
                "Tráfico de migrantes (coyotaje)",
            ),
        )
    if crime == "trafficking":
        return choice(
            rng, ("Trata de personas", "Trata de personas (Ley 79 de 2011)", "TRATA DE PERSONAS")
        )
    if crime == "both":
        return choice(
            rng,
            (
                "Trata de personas y tráfico de migrantes",
                "Tráfico de migrantes / trata de personas",
                "Trata y tráfico ilícito de migrantes",
            ),
        )
    return "No determinado"


def _darien_country(code: str | None, rng: _Rng) -> str | None:
    if code is None:
        return None
    name = _ES_NAMES.get(code, code)
    options = {
        "USA": ("Estados Unidos", "EE.UU.", "EEUU", "USA"),
        "PAN": ("Panamá", "PANAMÁ", "Rep. de Panamá", "Panama"),
    }.get(code, (name, name, name.upper(), code))
    return choice(rng, options)


def _darien_nationality(code: str, rng: _Rng, tags: list[str]) -> str:
    forms = _ES_DEMONYMS.get(code)
    draw = rng.random()
    if forms is None or draw < 0.3:
        return _ES_NAMES.get(code, code)
    tags.append("demonym")
    if draw < 0.7:
        return forms[1]  # "nacionalidad venezolana"
    if draw < 0.85:
        return forms[2]
    if draw < 0.93:
        return forms[1].upper()
    return code


def _darien_coords(
    lat: float | None, lon: float | None, rng: _Rng, tags: list[str]
) -> tuple[str | None, float | None, float | None]:
    if lat is None or lon is None:
        tags.append("coords_missing")
        return None, None, None
    draw = rng.random()
    if draw < 0.05:
        tags.append("coords_placeholder")
        return "s/d", None, None
    if draw < 0.1:
        tags.append("coords_missing")
        return None, None, None
    if draw < 0.55:
        return f"{lat:.5f}, {lon:.5f}", round(lat, 5), round(lon, 5)
    if draw < 0.85:
        tags.append("dms")
        d1, m1, s1, la = _dms(lat)
        d2, m2, s2, lo = _dms(lon)
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "O"
        return f"{d1}°{m1:02d}'{s1:04.1f}\"{ns} {d2}°{m2:02d}'{s2:04.1f}\"{ew}", la, lo
    tags.append("hemisphere_letters")
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "O"
    return f"{ns} {abs(lat):.5f} {ew} {abs(lon):.5f}", round(lat, 5), round(lon, 5)


def _render_darien(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    precision = _precision(rng, partial_ok, 0.05, 0.03)
    exp = _base(ev, _period_start(ts, precision), precision)
    cells: _Cells = {"event_date": _darien_date(ts, precision, rng, tags)}
    cells["detection_country"] = _darien_country(ev["detection_country"], rng)  # type: ignore[arg-type]
    places = _DARIEN_PLACES.get(str(ev["hotspot"]))
    cells["place"] = choice(rng, places) if places else None
    cells["crime_type"] = _darien_crime(str(ev["crime_type"]), rng)
    cells["exploitation"] = _exploitation(src, ev, rng)
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    draw = rng.random()
    if draw < 0.03:
        tags.append("count_placeholder")
        cells["n_persons"] = choice(rng, ("s/d", "por determinar", "No determinado"))
        exp["n_persons"] = None
    elif n >= 1000 and draw < 0.6:
        tags.append("thousands_sep")
        cells["n_persons"] = f"{n:,}"
    elif draw < 0.07 and n >= 10:
        tags.append("approx")
        cells["n_persons"] = choice(rng, (f"aprox. {n}", f"{n} aprox."))
    else:
        cells["n_persons"] = n
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        exp["n_suspects"],  # type: ignore[arg-type]
        rng,
        tags,
        zero=("ninguno", "Ninguno", "0 (ninguno)"),
        unknown=("s/d", "por determinar"),
        as_number=True,
    )
    cells["gender"], exp["gender"] = _vocab(_GENDER[src.source], ev["gender"], rng, 0.0, tags)
    cells["age_group"], exp["age_group"] = _vocab(
        _AGE[src.source], ev["age_group"], rng, 0.03, tags
    )
    cells["nationality"] = _darien_nationality(str(ev["nationality"]), rng, tags)
    cells["origin_country"] = _darien_country(ev["origin_country"], rng)  # type: ignore[arg-type]
    cells["destination_country"] = _darien_country(ev["destination_country"], rng)  # type: ignore[arg-type]
    cells["transit_countries"] = _route(src, ev["transit_countries"], rng, _ES_NAMES)
    cells["transport_mode"], exp["transport_mode"] = _vocab(
        _TRANSPORT[src.source], ev["transport_mode"], rng, 0.02, tags
    )
    cells["coordinates"], exp["lat"], exp["lon"] = _darien_coords(
        ev["lat"],  # type: ignore[arg-type]
        ev["lon"],  # type: ignore[arg-type]
        rng,
        tags,
    )
    cells["linked_offences"] = _linked(src, ev["linked_offences"], rng)
    cells["remarks"] = _DARIEN_REMARKS[int(rng.integers(len(_DARIEN_REMARKS)))]
    _forced(forced_blank, cells, exp, tags)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Pima County Sheriff's Department (JSONL, English, Arizona)
# --------------------------------------------------------------------------------------
def _pima_date(ts: pd.Timestamp, precision: str, rng: _Rng, tags: list[str]) -> str:
    if precision != "day":  # the RMS keeps only the month of an "occurred between" range
        tags.append("month_only")
        return f"{ts.year}-{ts.month:02d}"
    draw = rng.random()
    if draw < 0.6:
        hour, minute = _clock(rng)
        return f"{ts.year}-{ts.month:02d}-{ts.day:02d}T{hour:02d}:{minute:02d}:00{_AZ_OFFSET}"
    if draw < 0.8:
        return f"{ts.year}-{ts.month:02d}-{ts.day:02d}"
    tags.append("month_first")
    return f"{ts.month:02d}/{ts.day:02d}/{ts.year}"


def _pima_crime(crime: str, exploitation: object, rng: _Rng) -> str:
    if crime == "smuggling":
        return choice(
            rng,
            (
                "ARS 13-2319 Smuggling",
                "13-2319 HUMAN SMUGGLING",
                "Human smuggling (ARS 13-2319)",
                "8 USC 1324 - Alien smuggling (referred USBP)",
            ),
        )
    if crime == "trafficking":
        if exploitation == "sexual":
            return choice(rng, ("ARS 13-1307 Sex trafficking", "Sex trafficking"))
        if exploitation == "forced_labour":
            return choice(rng, ("ARS 13-1308 Trafficking for forced labor", "Labor trafficking"))
        return choice(rng, ("Human trafficking", "HUMAN TRAFFICKING"))
    if crime == "both":
        return choice(
            rng,
            (
                "Human smuggling / human trafficking",
                "ARS 13-2319 Smuggling + human trafficking",
                "Smuggling and trafficking of persons",
            ),
        )
    return "Unknown"


def _pima_country(code: str | None, rng: _Rng, *, demonym: bool = False) -> str | None:
    if code is None:
        return None
    alpha2, _ = iso_codes(code)
    name = _EN_NAMES.get(code, code)
    if code == "USA":
        return choice(rng, ("US", "USA", "United States", "UNITED STATES"))
    options = [name.upper(), name, alpha2]
    if demonym and code in _EN_DEMONYMS:
        options += [_EN_DEMONYMS[code], _EN_DEMONYMS[code].upper()]
    return choice(rng, options)


def _render_pima(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    precision = _precision(rng, partial_ok, 0.06, 0.0)
    exp = _base(ev, _period_start(ts, precision), precision)
    cells: _Cells = {"event_date": _pima_date(ts, precision, rng, tags)}
    cells["reporting_unit"] = choice(rng, _PIMA_UNITS)
    cells["crime_type"] = _pima_crime(str(ev["crime_type"]), ev["exploitation"], rng)
    cells["exploitation"] = _exploitation(src, ev, rng)
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    draw = rng.random()
    if draw < 0.03:
        tags.append("count_placeholder")
        cells["n_persons"] = choice(rng, ("UNK", "unknown", "Unknown"))
        exp["n_persons"] = None
    elif n >= 1000 and draw < 0.7:
        tags.append("thousands_sep")
        cells["n_persons"] = f"{n:,}"
    elif draw < 0.1:
        cells["n_persons"] = str(n)
    else:
        cells["n_persons"] = n
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        exp["n_suspects"],  # type: ignore[arg-type]
        rng,
        tags,
        zero=("No arrest", "NO ARRESTS", "none made"),
        unknown=("UNK", "unknown"),
        as_number=True,
    )
    cells["gender"], exp["gender"] = _vocab(_GENDER[src.source], ev["gender"], rng, 0.0, tags)
    cells["age_group"], exp["age_group"] = _vocab(
        _AGE[src.source], ev["age_group"], rng, 0.03, tags
    )
    cells["nationality"] = _pima_country(ev["nationality"], rng, demonym=True)  # type: ignore[arg-type]
    cells["origin_country"] = _pima_country(ev["origin_country"], rng)  # type: ignore[arg-type]
    cells["destination_country"] = _pima_country(ev["destination_country"], rng)  # type: ignore[arg-type]
    cells["detection_country"] = _pima_country(ev["detection_country"], rng)  # type: ignore[arg-type]
    cells["transit_countries"] = _route(src, ev["transit_countries"], rng, _EN_NAMES)
    cells["transport_mode"], exp["transport_mode"] = _vocab(
        _TRANSPORT[src.source], ev["transport_mode"], rng, 0.02, tags
    )
    lat, lon = ev["lat"], ev["lon"]
    draw = rng.random()
    if lat is None or lon is None or draw < 0.04:
        tags.append("coords_missing")
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
    elif draw < 0.07:
        tags.append("coords_placeholder")  # geocoder failure written as 0, 0
        cells["lat"] = cells["lon"] = 0.0
        exp["lat"] = exp["lon"] = None
    elif draw < 0.1 and abs(float(lon)) > 90:  # type: ignore[arg-type]
        tags.append("coords_swapped")  # a latitude of -111 can only be the longitude
        cells["lat"], cells["lon"] = float(lon), float(lat)  # type: ignore[arg-type]
    elif draw < 0.25:
        tags.append("coords_text")
        cells["lat"], cells["lon"] = f"{lat:.5f}", f"{lon:.5f}"
    else:
        cells["lat"], cells["lon"] = float(lat), float(lon)  # type: ignore[arg-type]
    cells["linked_offences"] = _linked(src, ev["linked_offences"], rng)
    _forced(forced_blank, cells, exp, tags)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Policía Local de Santa Cruz de Tenerife (CSV cp1252 ;, Spanish)
# --------------------------------------------------------------------------------------
def _sctf_date(ts: pd.Timestamp, precision: str, rng: _Rng, tags: list[str]) -> str:
    if precision == "month":
        tags.append("month_only")
        return choice(rng, (f"{_ES_MONTHS[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}"))
    if precision == "quarter":
        tags.append("quarter")
        q = _quarter(ts)
        ordinal = f"{q}.er" if q in (1, 3) else f"{q}.º"
        return choice(rng, (f"{ts.year}T{q}", f"{ordinal} trim. {ts.year}"))
    draw = rng.random()
    if draw < 0.5:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if draw < 0.65:
        return f"{ts.day}/{ts.month}/{ts.year % 100:02d}"
    if draw < 0.8:
        return f"{ts.day:02d}-{ts.month:02d}-{ts.year}"
    if draw < 0.9:
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
    tags.append("month_name")
    return f"{ts.day}-{_ES_ABBR[ts.month - 1]}-{ts.year}"


def _sctf_crime(crime: str, rng: _Rng) -> str:
    if crime == "smuggling":
        return choice(
            rng,
            (
                "Art. 318 bis CP",
                "Inmigración ilegal (art. 318 bis C.P.)",
                "Favorecimiento inmigración irregular",
                "Delito contra los derechos de los ciudadanos extranjeros",
            ),
        )
    if crime == "trafficking":
        return choice(rng, ("Art. 177 bis CP", "Trata de seres humanos", "TSH (177 bis)"))
    if crime == "both":
        return choice(rng, ("Arts. 177 bis y 318 bis CP", "TSH + inmigración ilegal (318 bis)"))
    return "No consta"


def _sctf_nationality(code: str, src: _Source, rng: _Rng, tags: list[str]) -> str:
    forms = _ES_DEMONYMS.get(code)
    draw = rng.random()
    if forms is None or draw < 0.25:
        text = _ES_NAMES.get(code, code)
    elif draw < 0.7:
        text = forms[0]
    elif draw < 0.9:
        text = forms[2]
    else:
        text = forms[0].upper()
    if rng.random() < 0.06:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    return text


def _sctf_country(code: str | None, src: _Source, rng: _Rng, tags: list[str]) -> str | None:
    if code is None:
        return None
    alpha2, _ = iso_codes(code)
    name = _ES_NAMES.get(code, code)
    options = (name, name, name.upper(), alpha2 if code == "ESP" else name)
    text = choice(rng, options)
    if rng.random() < 0.03:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    return text


def _sctf_coords(
    lat: float | None, lon: float | None, rng: _Rng, tags: list[str]
) -> tuple[str | None, float | None, float | None]:
    if lat is None or lon is None:
        tags.append("coords_missing")
        return None, None, None
    draw = rng.random()
    if draw < 0.04:
        tags.append("coords_placeholder")
        return choice(rng, ("s/d", "No consta")), None, None
    if draw < 0.55:
        tags.append("deg_dec_minutes")
        d1, m1, la = _dm(lat, 2)
        d2, m2, lo = _dm(lon, 2)
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else choice(rng, ("W", "W", "O"))
        text = f"{d1}º {_num(m1, 2, ',')}' {ns} {d2:03d}º {_num(m2, 2, ',')}' {ew}"
        return text, la, lo
    tags.append("decimal_comma")
    sep = choice(rng, (" ", " / ", "  "))
    return f"{_num(lat, 5, ',')}{sep}{_num(lon, 5, ',')}", round(lat, 5), round(lon, 5)


def _render_sctf(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    precision = _precision(rng, partial_ok, 0.04, 0.03)
    exp = _base(ev, _period_start(ts, precision), precision)
    cells: _Cells = {"event_date": _sctf_date(ts, precision, rng, tags)}
    cells["unit"] = choice(rng, _SCTF_UNITS)
    cells["crime_type"] = _sctf_crime(str(ev["crime_type"]), rng)
    cells["exploitation"] = _exploitation(src, ev, rng)
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    draw = rng.random()
    if draw < 0.03:
        tags.append("count_placeholder")
        cells["n_persons"] = choice(rng, ("s/d", "desconocido", "?"))
        exp["n_persons"] = None
    elif n >= 1000 and draw < 0.75:
        tags.append("thousands_sep")
        cells["n_persons"] = f"{n:,}".replace(",", ".")
    else:
        cells["n_persons"] = str(n)
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        exp["n_suspects"],  # type: ignore[arg-type]
        rng,
        tags,
        zero=("ninguno", "sin detenidos", "NINGUNO"),
        unknown=("s/d", "N/C"),
        as_number=False,
    )
    cells["gender"], exp["gender"] = _vocab(_GENDER[src.source], ev["gender"], rng, 0.0, tags)
    cells["age_group"], exp["age_group"] = _vocab(
        _AGE[src.source], ev["age_group"], rng, 0.03, tags
    )
    cells["nationality"] = _sctf_nationality(str(ev["nationality"]), src, rng, tags)
    cells["origin_country"] = _sctf_country(ev["origin_country"], src, rng, tags)  # type: ignore[arg-type]
    cells["destination_country"] = _sctf_country(ev["destination_country"], src, rng, tags)  # type: ignore[arg-type]
    cells["detection_country"] = _sctf_country(ev["detection_country"], src, rng, tags)  # type: ignore[arg-type]
    cells["transit_countries"] = _route(src, ev["transit_countries"], rng, _ES_NAMES)
    cells["transport_mode"], exp["transport_mode"] = _vocab(
        _TRANSPORT[src.source], ev["transport_mode"], rng, 0.02, tags
    )
    cells["coordinates"], exp["lat"], exp["lon"] = _sctf_coords(
        ev["lat"],  # type: ignore[arg-type]
        ev["lon"],  # type: ignore[arg-type]
        rng,
        tags,
    )
    cells["linked_offences"] = _linked(src, ev["linked_offences"], rng)
    _forced(forced_blank, cells, exp, tags)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Police municipale de Boulogne-sur-Mer (CSV UTF-16 tab, French)
# --------------------------------------------------------------------------------------
_CESEDA_RECAST = pd.Timestamp("2021-05-01")  # L622-1 became L823-1 on 1 May 2021


def _boulogne_date(ts: pd.Timestamp, precision: str, rng: _Rng, tags: list[str]) -> str:
    if precision == "month":
        tags.append("month_only")
        return choice(rng, (f"{_FR_MONTHS[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}"))
    if precision == "quarter":
        tags.append("quarter")
        q = _quarter(ts)
        first = "1er" if q == 1 else f"{q}e"
        return choice(rng, (f"{first} trimestre {ts.year}", f"T{q} {ts.year}"))
    draw = rng.random()
    if draw < 0.45:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if draw < 0.65:
        hour, minute = _clock(rng)
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year} {hour:02d}h{minute:02d}"
    if draw < 0.9:
        tags.append("month_name")
        day = "1er" if ts.day == 1 else str(ts.day)
        if draw < 0.8:
            return f"{_FR_DAYS[ts.day_of_week]} {day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}"


def _boulogne_crime(crime: str, ts: pd.Timestamp, rng: _Rng) -> str:
    article = "L622-1" if ts < _CESEDA_RECAST else "L823-1"
    if crime == "smuggling":
        return choice(
            rng,
            (
                f"Aide à l'entrée irrégulière (art. {article} CESEDA)",
                "Aide à l'entrée et au séjour irréguliers d'étrangers",
                "AIDE A L'ENTREE IRREGULIERE",
                f"Art. {article} du CESEDA",
            ),
        )
    if crime == "trafficking":
        return choice(
            rng, ("Traite des êtres humains (art. 225-4-1 CP)", "TEH", "Traite des êtres humains")
        )
    if crime == "both":
        return choice(
            rng,
            (
                "TEH + aide à l'entrée irrégulière",
                f"Traite des êtres humains et aide à l'entrée irrégulière ({article} CESEDA)",
            ),
        )
    return "Non déterminée"


def _boulogne_country(code: str | None, rng: _Rng, role: str) -> str | None:
    if code is None:
        return None
    name = _FR_NAMES.get(code, code)
    if code == "GBR":
        options: tuple[str, ...] = ("Royaume-Uni", "Royaume Uni", "UK", "Grande-Bretagne")
        if role == "destination":
            options += ("Angleterre",)
        return choice(rng, options)
    if code == "FRA":
        return choice(rng, ("France", "FRANCE", "FR"))
    return choice(rng, (name, name, name.upper()))


def _boulogne_nationality(code: str, rng: _Rng, tags: list[str]) -> str:
    forms = _FR_DEMONYMS.get(code)
    draw = rng.random()
    if forms is None or draw < 0.3:
        return _FR_NAMES.get(code, code)
    tags.append("demonym")
    if draw < 0.65:
        return forms[0].capitalize()
    if draw < 0.9:
        return forms[1]
    return forms[0].upper()


def _boulogne_coords(
    lat: float | None, lon: float | None, rng: _Rng, tags: list[str]
) -> tuple[str | None, float | None, float | None]:
    if lat is None or lon is None or rng.random() < 0.08:
        tags.append("coords_missing")
        return None, None, None
    draw = rng.random()
    ns = "N" if lat >= 0 else "S"
    west = choice(rng, ("O", "W"))
    ew = "E" if lon >= 0 else west
    if draw < 0.4:
        tags.append("dms")
        d1, m1, s1, la = _dms(lat)
        d2, m2, s2, lo = _dms(lon)
        return f"{d1}°{m1:02d}'{s1:04.1f}\"{ns} {d2}°{m2:02d}'{s2:04.1f}\"{ew}", la, lo
    if draw < 0.75:
        tags.append("decimal_comma")
        sep = choice(rng, (" / ", " ; ", " "))
        return f"{_num(lat, 5, ',')}{sep}{_num(lon, 5, ',')}", round(lat, 5), round(lon, 5)
    tags.append("deg_dec_minutes")
    deg1, min1, la = _dm(lat, 3)
    deg2, min2, lo = _dm(lon, 3)
    return f"{ns} {deg1}° {min1:06.3f}' {ew} {deg2:03d}° {min2:06.3f}'", la, lo


def _render_boulogne(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    precision = _precision(rng, partial_ok, 0.04, 0.03)
    exp = _base(ev, _period_start(ts, precision), precision)
    cells: _Cells = {"event_date": _boulogne_date(ts, precision, rng, tags)}
    cells["detection_country"] = _boulogne_country(ev["detection_country"], rng, "detection")  # type: ignore[arg-type]
    cells["place"] = choice(rng, _BOULOGNE_PLACES) if ev["detection_country"] == "FRA" else None
    cells["crime_type"] = _boulogne_crime(str(ev["crime_type"]), ts, rng)
    cells["exploitation"] = _exploitation(src, ev, rng)
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    draw = rng.random()
    if draw < 0.03:
        tags.append("count_placeholder")
        cells["n_persons"] = choice(rng, ("NC", "inconnu", "non déterminé"))
        exp["n_persons"] = None
    elif n >= 1000 and draw < 0.8:
        tags.append("thousands_sep")
        cells["n_persons"] = f"{n:,}".replace(",", choice(rng, ("\u202f", "\xa0", " ")))
    else:
        cells["n_persons"] = str(n)
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        exp["n_suspects"],  # type: ignore[arg-type]
        rng,
        tags,
        zero=("néant", "Néant", "aucun"),
        unknown=("NC", "inconnu"),
        as_number=False,
    )
    cells["gender"], exp["gender"] = _vocab(_GENDER[src.source], ev["gender"], rng, 0.0, tags)
    cells["age_group"], exp["age_group"] = _vocab(
        _AGE[src.source], ev["age_group"], rng, 0.03, tags
    )
    cells["nationality"] = _boulogne_nationality(str(ev["nationality"]), rng, tags)
    cells["origin_country"] = _boulogne_country(ev["origin_country"], rng, "origin")  # type: ignore[arg-type]
    cells["destination_country"] = _boulogne_country(
        ev["destination_country"],  # type: ignore[arg-type]
        rng,
        "destination",
    )
    cells["transit_countries"] = _route(src, ev["transit_countries"], rng, _FR_NAMES)
    cells["transport_mode"], exp["transport_mode"] = _vocab(
        _TRANSPORT[src.source], ev["transport_mode"], rng, 0.02, tags
    )
    cells["coordinates"], exp["lat"], exp["lon"] = _boulogne_coords(
        ev["lat"],  # type: ignore[arg-type]
        ev["lon"],  # type: ignore[arg-type]
        rng,
        tags,
    )
    cells["linked_offences"] = _linked(src, ev["linked_offences"], rng)
    cells["follow_up"] = choice(rng, [f or "" for f in _BOULOGNE_FOLLOW]) or None
    _forced(forced_blank, cells, exp, tags)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Police Scotland NHTU digest (CSV UTF-8 |, English)
# --------------------------------------------------------------------------------------
def _scotland_date(ts: pd.Timestamp, precision: str, rng: _Rng, tags: list[str]) -> str:
    abbr = MONTHS[ts.month - 1][:3]
    if precision == "month":
        tags.append("month_only")
        return choice(rng, (f"{abbr} {ts.year}", f"{MONTHS[ts.month - 1]} {ts.year}"))
    if precision == "quarter":
        tags.append("quarter")
        q = _quarter(ts)
        return choice(rng, (f"Q{q} {ts.year}", f"{ts.year} Q{q}"))
    draw = rng.random()
    if draw < 0.5:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if draw < 0.7:
        tags.append("month_name")
        return f"{ts.day} {abbr} {ts.year}"
    if draw < 0.85:
        tags.append("month_name")
        return f"{ts.day:02d}-{abbr}-{ts.year % 100:02d}"
    return f"{ts.year}-{ts.month:02d}-{ts.day:02d}"


def _scotland_crime(crime: str, rng: _Rng) -> str:
    if crime == "smuggling":
        return choice(
            rng,
            (
                "Facilitation - s.25 Immigration Act 1971",
                "Assisting unlawful immigration (s25 IA 1971)",
                "People smuggling",
                "S25 IMMIGRATION ACT 1971",
            ),
        )
    if crime == "trafficking":
        return choice(
            rng,
            (
                "Human trafficking - s.1 HTE(S)A 2015",
                "Human trafficking (MSA 2015 s.2)",
                "Trafficking in human beings",
                "Human trafficking",
            ),
        )
    if crime == "both":
        return choice(
            rng,
            ("People smuggling & human trafficking", "s.25 IA 1971 + s.1 HTE(S)A 2015"),
        )
    return "Not known"


def _scotland_country(code: str | None, rng: _Rng, *, detection: object = None) -> str | None:
    if code is None:
        return None
    name = _EN_NAMES.get(code, code)
    if code == "GBR":
        options: tuple[str, ...] = ("UK", "United Kingdom", "UK", "Great Britain")
        if detection == "Glasgow":
            options += ("Scotland (UK)",)
        return choice(rng, options)
    if code == "TUR":
        return choice(rng, ("Turkey", "Türkiye"))
    return choice(rng, (name, name, name.upper()))


def _render_scotland(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    precision = _precision(rng, partial_ok, 0.05, 0.04)
    exp = _base(ev, _period_start(ts, precision), precision)
    cells: _Cells = {"event_date": _scotland_date(ts, precision, rng, tags)}
    agencies = _SCOTLAND_AGENCY.get(str(ev["detection_country"]), ("Partner agency",))
    cells["agency"] = choice(rng, agencies)
    cells["crime_type"] = _scotland_crime(str(ev["crime_type"]), rng)
    cells["exploitation"] = _exploitation(src, ev, rng)
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    draw = rng.random()
    if draw < 0.03:
        tags.append("count_placeholder")
        cells["n_persons"] = choice(rng, ("Not known", "n/k", "TBC"))
        exp["n_persons"] = None
    elif n >= 1000 and draw < 0.8:
        tags.append("thousands_sep")
        cells["n_persons"] = f"{n:,}"
    else:
        cells["n_persons"] = str(n)
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        exp["n_suspects"],  # type: ignore[arg-type]
        rng,
        tags,
        zero=("Nil", "NIL", "nil"),
        unknown=("n/k", "Not known"),
        as_number=False,
    )
    cells["gender"], exp["gender"] = _vocab(_GENDER[src.source], ev["gender"], rng, 0.0, tags)
    cells["age_group"], exp["age_group"] = _vocab(
        _AGE[src.source], ev["age_group"], rng, 0.03, tags
    )
    nat = str(ev["nationality"])
    if nat in _EN_DEMONYMS and rng.random() < 0.75:
        tags.append("demonym")
        cells["nationality"] = _EN_DEMONYMS[nat]
    else:
        cells["nationality"] = _scotland_country(nat, rng)
    cells["origin_country"] = _scotland_country(ev["origin_country"], rng)  # type: ignore[arg-type]
    cells["destination_country"] = _scotland_country(ev["destination_country"], rng)  # type: ignore[arg-type]
    cells["detection_country"] = _scotland_country(
        ev["detection_country"],  # type: ignore[arg-type]
        rng,
        detection=ev["hotspot"],
    )
    route = ev["transit_countries"]
    names = {**_EN_NAMES, "TUR": choice(rng, ("Turkey", "Türkiye"))}
    cells["transit_countries"] = _route(src, route, rng, names)
    cells["transport_mode"], exp["transport_mode"] = _vocab(
        _TRANSPORT[src.source], ev["transport_mode"], rng, 0.02, tags
    )
    lat, lon = ev["lat"], ev["lon"]
    draw = rng.random()
    if lat is None or lon is None or draw < 0.04:
        tags.append("coords_missing")
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
    elif draw < 0.07:
        tags.append("coords_placeholder")
        cells["lat"] = cells["lon"] = choice(rng, ("n/k", "Not known"))
        exp["lat"] = exp["lon"] = None
    elif draw < 0.3:
        tags.append("coords_3dp")
        la, lo = round(float(lat), 3), round(float(lon), 3)  # type: ignore[arg-type]
        cells["lat"], cells["lon"] = f"{la:.3f}", f"{lo:.3f}"
        exp["lat"], exp["lon"] = la, lo
    else:
        cells["lat"], cells["lon"] = f"{lat:.5f}", f"{lon:.5f}"
    cells["linked_offences"] = _linked(src, ev["linked_offences"], rng)
    _forced(forced_blank, cells, exp, tags)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_RENDERERS = {
    "gobernacion_darien": _render_darien,
    "pima_sheriff": _render_pima,
    "policia_local_sctf": _render_sctf,
    "pm_boulogne": _render_boulogne,
    "police_scotland_nhtu": _render_scotland,
}


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    cells, exp, tags = _RENDERERS[src.source](
        src, ev, rng, partial_ok=partial_ok, forced_blank=forced_blank
    )
    return cells, exp, tags


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        words = {"policia_local_sctf": "s/f", "police_scotland_nhtu": "TBC"}
        word = words.get(src.source)
        return word if word is not None and rng.random() < 0.3 else None
    if kind == "bad_date":
        day, month, year = _impossible_day(ts, rng)
        if src.source == "pima_sheriff":
            return f"{year}-{month:02d}-{day:02d}T08:00:00{_AZ_OFFSET}"
        return f"{day:02d}/{month:02d}/{year}"
    year = _future_year(ts)
    day = min(ts.day, 28)
    if src.source == "gobernacion_darien":
        return datetime(year, ts.month, day)
    if src.source == "pima_sheriff":
        return f"{year}-{ts.month:02d}-{day:02d}T10:00:00{_AZ_OFFSET}"
    return f"{day:02d}/{ts.month:02d}/{year}"


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Return the date written on a source's note row (the day of its extraction)."""
    if src.source == "gobernacion_darien":
        return datetime(last.year, last.month, last.day)
    if src.source == "pima_sheriff":
        return f"{last.year}-{last.month:02d}-{last.day:02d}"
    return f"{last.day:02d}/{last.month:02d}/{last.year}"


_EXAMINER: Examiner[_Source] = Examiner(
    sources=(_DARIEN, _PIMA, _SCTF, _BOULOGNE, _SCOTLAND),
    primary={
        "PAN": "gobernacion_darien",
        "USA": "pima_sheriff",
        "ESP": "policia_local_sctf",
        "FRA": "pm_boulogne",
        "GBR": "police_scotland_nhtu",
    },
    compilation="police_scotland_nhtu",
    secondary={
        ("channel", "FRA"): "police_scotland_nhtu",
        ("channel", "GBR"): "pm_boulogne",
        ("thb_vnm_gbr", "GBR"): "pm_boulogne",
        ("thb_rou_esp", "ITA"): "policia_local_sctf",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=9898,
    blank_share=0.35,
)


def make_blind98(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind98`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``gobernacion_darien_cv.xlsx``, ``pcsd_border_crimes_cv.jsonl``,
        ``policia_local_sctf_cv.csv``, ``pm_boulogne_cv.csv`` and
        ``police_scotland_nhtu_cv.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind98(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gobernacion_darien_cv.xlsx', 'pcsd_border_crimes_cv.jsonl',
     'policia_local_sctf_cv.csv', 'pm_boulogne_cv.csv', 'police_scotland_nhtu_cv.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
