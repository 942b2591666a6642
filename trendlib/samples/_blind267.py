"""Examiner sample set ``blind267`` (files ``*_ji.*``): logs of border air-surveillance units.

Five agencies that fly over borders, or compile what others saw, write the true events
their own way:

``saer_gc_ji.xlsx``
    Servicio Aéreo de la Guardia Civil (SAER), Spain: the helicopter and aeroplane
    service's register of sightings and support missions, Spanish, an Excel workbook
    with real Excel dates (a few typed as text), counts as numbers (estimates written
    ``aprox. 45``), decimal coordinates (a few typed with a decimal comma), boat words
    (``patera``, ``cayuco``, ``moto de agua``) and demonyms (``marroquíes``; the vague
    ``subsaharianos`` names no country).
``flottille_24f_ji.csv``
    Marine nationale, Flottille 24F (Falcon maritime patrol aircraft over the Channel),
    French, cp1252, ``;``, CRLF: day-first dates, some with the time, some as NATO
    date-time groups (``171432Z MAY 23``); positions in degrees and decimal minutes with
    a decimal comma (``50°57,2'N - 001°51,0'E``); nationalities as French adjectives
    (``afghane``, ``Kurde irakien``; a bare ``Kurde`` names no country); ``néant`` for no
    facilitator; counts as ``45 pax`` or ``env. 45``; rows pasted from a UTF-8 tool are
    mojibake (``Ã©rythrÃ©enne``). The crew re-sends some rows.
``amoc_riverside_ji.csv``
    CBP Air and Marine Operations Center (AMOC), Riverside, United States, English,
    UTF-16 with BOM and tabs (Excel's "Unicode text"), month-first dates (``5/17/2023``,
    ``5/17/2023 2:32 PM``), upper-case citizenships (``OTM``, "other than Mexican",
    names no country), CBP words (``UAC``, ``FMUA``, ``Alien smuggling``), longitudes
    now signed, now with a hemisphere letter, and ``0``/``0`` for no position.
``fac_cacom5_ji.csv``
    Fuerza Aeroespacial Colombiana, Comando Aéreo de Combate No. 5 (border flights over
    the Darién), Spanish, UTF-8 with BOM, ``;``: dates day-first, year-first or as Excel
    serial numbers; positions in degrees, minutes and seconds; demonyms
    (``venezolanos``), ``NNA`` for minors, ``EE. UU.``, ``1.250`` for 1250,
    ``+/- 45`` for an estimate. It re-sends some rows.
``lighthouse_reports_ji.jsonl``
    Lighthouse Reports' incident database (the compilation: every event no flying unit
    reports first, and second reports of Channel and Atlantic crossings), English JSON
    lines: ISO dates, ``17 May 2023``, or only the month or quarter of a case; counts as
    numbers, strings (``1,250``, ``about 45``) or words (``two``); M49 numeric origin
    codes; many cases without a position.

Every row's expected values say what a careful analyst reads in its cells: an estimate
is its number, a vague word (``subsaharianos``, ``Kurde``, ``OTM``, ``UNK``) is a blank,
a position is the point its cell encodes. The shared machinery
(:mod:`trendlib.samples._examiner`) picks which source reports which event, the
cross-source duplicates, the bad rows and the garbage rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

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

__all__ = ["SOURCES", "AirSource", "make_blind267"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]

SAER = "saer_gc"
F24 = "flottille_24f"
AMOC = "amoc_riverside"
FAC = "fac_cacom5"
LHR = "lighthouse_reports"

_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_SUB_SAHARAN = ("GIN", "MLI", "SEN", "GMB", "CIV", "CMR", "NGA", "ERI")
_KURDISH = {"IRQ": "Kurde irakien", "IRN": "Kurde iranien", "SYR": "Kurde syrien"}


@dataclass(frozen=True)
class AirSource(ExaminerSource):
    """A source of this set: the shared fields plus the agency's own words.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the agency's spellings (the first is the usual one).
    unknown : tuple of str
        What the agency writes when a value is not known.
    zero : tuple of str
        How it writes "no facilitator" (a count of zero).
    no_count : tuple of str
        What it writes when the number of persons is not known.
    approx : tuple of str
        Patterns (``{n}``) of an estimated count.
    transit_sep : str
        Separator of its transit-country lists.
    offence_sep : str
        Separator of its linked offences.
    """

    words: _Words
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    no_count: tuple[str, ...]
    approx: tuple[str, ...]
    transit_sep: str
    offence_sep: str


# --------------------------------------------------------------------------------------
# The agencies' words
# --------------------------------------------------------------------------------------
_SAER_WORDS: _Words = {
    "crime_type": {
        "smuggling": (
            "Favorecimiento de la inmigración irregular",
            "Tráfico ilícito de migrantes",
            "Inmigración irregular - favorecimiento",
        ),
        "trafficking": ("Trata de seres humanos", "TSH"),
        "both": ("TSH y tráfico ilícito de migrantes",),
    },
    "exploitation": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas",),
    },
    "gender": {
        "male": ("hombres", "varones"),
        "female": ("mujeres",),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    "age_group": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores", "mixto"),
    },
    "transport_mode": {
        "sea": ("embarcación",),
        "land": ("a pie", "terrestre", "vehículo"),
        "air": ("aérea", "vuelo comercial"),
    },
    "linked_offences": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
}
#: Boats as the SAER crews name them, by corridor (all sea).
_SAER_BOATS = {
    "wmed": ("patera", "neumática", "moto de agua", "embarcación"),
    "watl": ("cayuco", "neumática", "embarcación"),
}

_F24_WORDS: _Words = {
    "crime_type": {
        "smuggling": ("Trafic de migrants", "Aide à l'entrée irrégulière", "Filière de passage"),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("TEH / trafic de migrants",),
    },
    "gender": {
        "male": ("hommes", "H"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "H/F"),
    },
    "age_group": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("familles", "majeurs + mineurs"),
    },
    "transport_mode": {
        "sea": ("small boat", "embarcation pneumatique", "canot semi-rigide"),
        "land": ("poids lourd", "camion", "à pied"),
        "air": ("aérien",),
    },
    "linked_offences": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}

_AMOC_WORDS: _Words = {
    "crime_type": {
        "smuggling": ("Alien smuggling", "Human smuggling", "Smuggling"),
        "trafficking": ("Human trafficking", "HT"),
        "both": ("Smuggling / HT",),
    },
    "exploitation": {
        "sexual": ("Sex trafficking",),
        "forced_labour": ("Labor trafficking",),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F"),
    },
    "age_group": {
        "adult": ("Adult", "Single adult"),
        "child": ("UAC", "Juvenile"),
        "mixed": ("FMUA", "Family unit"),
    },
    "transport_mode": {
        "land": ("On foot", "Pedestrian", "Vehicle", "Land"),
        "sea": ("Vessel", "Panga"),
        "air": ("Aircraft",),
    },
    "linked_offences": {
        "document_fraud": ("Fraudulent documents",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics", "Contraband"),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
}

_FAC_WORDS: _Words = {
    "crime_type": {
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata de personas / tráfico de migrantes",),
    },
    "gender": {
        "male": ("masculino", "hombres"),
        "female": ("femenino", "mujeres"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    "age_group": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("NNA", "menores de edad"),
        "mixed": ("adultos y NNA", "familias"),
    },
    "transport_mode": {
        "land": ("a pie", "terrestre", "trocha (a pie)"),
        "sea": ("lancha", "marítimo"),
        "air": ("aéreo",),
    },
    "linked_offences": {
        "document_fraud": ("falsedad en documento",),
        "corruption": ("cohecho",),
        "money_laundering": ("lavado de activos",),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
}

_LHR_WORDS: _Words = {
    "crime_type": {
        "smuggling": ("migrant smuggling", "smuggling", "SoM"),
        "trafficking": ("human trafficking", "trafficking", "THB"),
        "both": ("smuggling + trafficking",),
    },
    "exploitation": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "gender": {
        "male": ("men", "male"),
        "female": ("women", "female"),
        "mixed": ("mixed", "men and women"),
    },
    "age_group": {
        "adult": ("adults",),
        "child": ("minors", "children"),
        "mixed": ("adults and minors", "families"),
    },
    "transport_mode": {
        "sea": ("boat", "sea"),
        "land": ("land", "lorry", "on foot"),
        "air": ("air", "flight"),
    },
    "linked_offences": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}

#: Spanish demonyms (plural), as Spanish and Colombian reports name groups of migrants.
_ES_DEMONYMS = {
    "MAR": "marroquíes",
    "DZA": "argelinos",
    "SEN": "senegaleses",
    "MLI": "malienses",
    "GMB": "gambianos",
    "CIV": "marfileños",
    "ROU": "rumanos",
    "VEN": "venezolanos",
    "ECU": "ecuatorianos",
    "HTI": "haitianos",
    "COL": "colombianos",
    "CHN": "chinos",
}
#: Spanish slips of the pen and old spellings.
_ES_TYPOS = {
    "MAR": "Maruecos",
    "DZA": "Argeria",
    "VEN": "Venezula",
    "ECU": "Ecuardor",
    "ROU": "Rumania",
    "SEN": "Senagal",
    "HTI": "Haiti",
    "MLI": "Mali",
}
#: French nationality adjectives (feminine, as in "nationalité : afghane").
_FR_ADJECTIVES = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
    "DEU": "allemande",
    "TUR": "turque",
}
#: French spellings without accents or with a slip.
_FR_TYPOS = {"AFG": "Afghanisthan", "ERI": "Erythree", "VNM": "Viet-Nam", "IRQ": "Iraq"}
#: English adjectives of nationality.
_EN_ADJECTIVES = {
    "AFG": "Afghan",
    "SYR": "Syrian",
    "IRQ": "Iraqi",
    "IRN": "Iranian",
    "ERI": "Eritrean",
    "TUN": "Tunisian",
    "EGY": "Egyptian",
    "BGD": "Bangladeshi",
    "CIV": "Ivorian",
    "PAK": "Pakistani",
    "CMR": "Cameroonian",
    "NGA": "Nigerian",
    "VNM": "Vietnamese",
    "ROU": "Romanian",
    "ALB": "Albanian",
    "MAR": "Moroccan",
    "DZA": "Algerian",
    "MLI": "Malian",
    "SEN": "Senegalese",
    "GMB": "Gambian",
    "YEM": "Yemeni",
    "TUR": "Turkish",
}
#: English aliases and slips, as an English newsroom writes country names.
_EN_ALIASES = {
    "CIV": "Ivory Coast",
    "TUR": "Turkey",
    "GBR": "UK",
    "USA": "US",
    "VNM": "Vietnam",
    "SYR": "Syrian Arab Republic",
    "RUS": "Russian Federation",
    "GMB": "The Gambia",
    "MKD": "Macedonia",
    "BIH": "Bosnia",
    "IRN": "Iran, Islamic Rep.",
    "CZE": "Czech Republic",
}
_EN_TYPOS = {
    "AFG": "Afghanstan",
    "SYR": "Sryia",
    "IRQ": "Irak",
    "ERI": "Eritea",
    "TUN": "Tunisa",
    "EGY": "Egpyt",
    "BGD": "Bangaldesh",
    "PAK": "Pakisan",
    "CIV": "Cote d'Ivoire",
    "CMR": "Cameroun",
    "ALB": "Albenia",
    "VNM": "Viet nam",
    "MAR": "Marocco",
    "YEM": "Yeman",
    "ROU": "Romainia",
    "TUR": "Turkiye",
}
_EN_NUMBERS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_SAER_SRC = AirSource(
    source=SAER,
    filename="saer_gc_ji.xlsx",
    ref="SAER-{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº servicio",
        "event_date": "Fecha",
        "crime_type": "Actividad / delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Patrones / facilitadores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales, pendientes de validación por la Jefatura del SAER",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    words=_SAER_WORDS,
    unknown=("sin determinar", "desconocido", "s/d"),
    zero=("ninguno",),
    no_count=("s/d", "sin determinar"),
    approx=("aprox. {n}", "{n} aprox."),
    transit_sep=" - ",
    offence_sep=", ",
)
_F24_SRC = AirSource(
    source=F24,
    filename="flottille_24f_ji.csv",
    ref="CR 24F-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° CR",
        "event_date": "Date/heure (UTC)",
        "crime_type": "Qualification",
        "n_persons": "Nb pers. à bord",
        "n_suspects": "Passeurs",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "destination_country": "Destination présumée",
        "detection_country": "Pays",
        "transport_mode": "Vecteur",
        "coordinates": "Position",
        "linked_offences": "Infractions associées",
    },
    note="Extraction non consolidée - Diffusion Restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    words=_F24_WORDS,
    unknown=("ND", "inconnu", "non déterminé"),
    zero=("néant", "aucun"),
    no_count=("ND", "non déterminé"),
    approx=("env. {n}", "~{n}", "{n} (estim.)"),
    transit_sep=", ",
    offence_sep=" / ",
)
_AMOC_SRC = AirSource(
    source=AMOC,
    filename="amoc_riverside_ji.csv",
    ref="AMOC-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Event #",
        "event_date": "Event Date",
        "crime_type": "Activity",
        "exploitation": "HT Type",
        "n_persons": "Subjects",
        "n_suspects": "Smugglers",
        "gender": "Sex",
        "age_group": "Demographic",
        "nationality": "Citizenship",
        "detection_country": "Country",
        "transport_mode": "Conveyance",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Other Violations",
    },
    note="LAW ENFORCEMENT SENSITIVE // FOR OFFICIAL USE ONLY",
    total="Grand Total",
    bad_count=("multiple", "several"),
    repeats=False,
    words=_AMOC_WORDS,
    unknown=("UNK", "Unk", "Unknown"),
    zero=("None",),
    no_count=("UNK",),
    approx=("~{n}", "approx {n}"),
    transit_sep="; ",
    offence_sep="; ",
)
_FAC_SRC = AirSource(
    source=FAC,
    filename="fac_cacom5_ji.csv",
    ref="CACOM5-{seq:04d}-{yy:02d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Consecutivo",
        "event_date": "Fecha novedad",
        "crime_type": "Tipo de novedad",
        "n_persons": "Cant. personas",
        "n_suspects": "Facilitadores (coyotes)",
        "gender": "Género",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (tránsito)",
        "destination_country": "Destino final",
        "detection_country": "País del avistamiento",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos asociados",
    },
    note="Información sujeta a verificación",
    total="TOTAL",
    bad_count=("varios", "grupo grande"),
    repeats=True,
    words=_FAC_WORDS,
    unknown=("sin información", "S/I", "N/D"),
    zero=("ninguno",),
    no_count=("sin dato", "S/D"),
    approx=("aprox. {n}", "+/- {n}"),
    transit_sep=" > ",
    offence_sep=", ",
)
_LHR_SRC = AirSource(
    source=LHR,
    filename="lighthouse_reports_ji.jsonl",
    ref="LHR-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "date",
        "crime_type": "crime",
        "exploitation": "exploitation",
        "n_persons": "people",
        "n_suspects": "suspects",
        "gender": "gender",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "route_via",
        "destination_country": "destination",
        "detection_country": "country",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL (all cases)",
    bad_count=("dozens", "several"),
    repeats=False,
    words=_LHR_WORDS,
    unknown=("unknown", "unclear"),
    zero=("none",),
    no_count=("unknown", "unclear"),
    approx=("about {n}", "c. {n}", "~{n}"),
    transit_sep=", ",
    offence_sep=", ",
)

#: The set's five sources, in the order of the submissions.
SOURCES: tuple[AirSource, ...] = (_SAER_SRC, _F24_SRC, _AMOC_SRC, _FAC_SRC, _LHR_SRC)

#: Detection country -> the flying unit that reports its events first.
_PRIMARY = {"ESP": SAER, "FRA": F24, "USA": AMOC, "PAN": FAC}
#: (corridor, detection country) -> the source that may report the event a second time.
_SECONDARY = {
    ("channel", "FRA"): LHR,
    ("channel", "GBR"): F24,
    ("watl", "ESP"): LHR,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _int(value: object) -> int:
    """Return an event's count as an int."""
    if not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"expected a count, got {value!r}")
    return int(value)


def _float(value: object) -> float:
    """Return an event's coordinate as a float."""
    if not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"expected a coordinate, got {value!r}")
    return float(value)


def _word(src: AirSource, column: str, canonical: str, rng: _Rng) -> str:
    """Return the agency's spelling of a canonical word (the usual one 60 % of the time)."""
    forms = src.words[column][canonical]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _case(text: str, rng: _Rng, tags: list[str], column: str, rate: float = 0.06) -> str:
    """Change the case or the spacing of a cell now and then (the meaning stays)."""
    if rng.random() >= rate:
        return text
    kind = int(rng.integers(0, 3))
    out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    if out != text:
        tags.append(f"case:{column}")
    return out


def _name(iso: str, lang: str) -> str:
    """Return the country's name in ``lang`` (the code itself if the table lacks it)."""
    row = COUNTRIES.get(iso)
    return str(row[_LANG_COL[lang]]) if row is not None else iso


def _hm(rng: _Rng) -> tuple[int, int]:
    """Draw the hour and minute of a sighting."""
    return int(rng.integers(0, 24)), int(rng.integers(0, 60))


def _us_day(ts: pd.Timestamp) -> str:
    """Write a day the American way, without leading zeros (``5/17/2023``)."""
    return f"{ts.month}/{ts.day}/{ts.year}"


def _plain_day(src: AirSource, ts: pd.Timestamp) -> object:
    """Write a day in the source's plainest style."""
    if src.source == SAER:
        return ts.to_pydatetime()
    if src.source == AMOC:
        return _us_day(ts)
    if src.source == LHR:
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _date(
    src: AirSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event's day."""
    r = rng.random()
    name = src.source
    if name == SAER:
        if r < 0.8:
            return ts.to_pydatetime(), ts, "day"
        tags.append("text_date")
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if name == F24:
        if r < 0.65:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        h, m = _hm(rng)
        if r < 0.8:
            tags.append("date_time")
            return f"{ts.strftime('%d/%m/%Y')} {h:02d}:{m:02d}", ts, "day"
        tags.append("dtg_date")
        month = MONTHS[ts.month - 1][:3].upper()
        return f"{ts.day:02d}{h:02d}{m:02d}Z {month} {ts.year % 100:02d}", ts, "day"
    if name == AMOC:
        if r < 0.7:
            return _us_day(ts), ts, "day"
        h, m = _hm(rng)
        tags.append("date_time")
        half = "AM" if h < 12 else "PM"
        return f"{_us_day(ts)} {(h % 12) or 12}:{m:02d} {half}", ts, "day"
    if name == FAC:
        if r < 0.6:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.8:
            tags.append("ymd_date")
            return ts.strftime("%Y/%m/%d"), ts, "day"
        tags.append("excel_serial")
        return str((ts - _EXCEL_EPOCH).days), ts, "day"
    # the compilation: some cases are known only by their month or quarter
    month_start = ts.to_period("M").start_time
    if partial_ok and r < 0.1:
        tags.append("partial_date")
        return f"{MONTHS[ts.month - 1]} {ts.year}", month_start, "month"
    if partial_ok and r < 0.16:
        tags.append("partial_date")
        return ts.strftime("%Y-%m"), month_start, "month"
    if partial_ok and r < 0.22:
        tags.append("partial_date")
        return f"Q{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    if r < 0.75:
        return ts.strftime("%Y-%m-%d"), ts, "day"
    tags.append("long_date")
    return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"


def _bad_date(src: AirSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slip of one digit in the year: 2023 -> 2033
        return _plain_day(src, ts + pd.DateOffset(years=10))
    y = ts.year
    if src.source == AMOC:
        return "#VALUE!" if rng.random() < 0.5 else f"2/30/{y}"
    if src.source == FAC:
        return "#¡VALOR!" if rng.random() < 0.5 else f"30/02/{y}"
    if src.source == LHR:
        return f"{y}-02-30"
    return choice(rng, (f"31/02/{y}", f"30/02/{y}", f"31/06/{y}"))


def _note_date(src: AirSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (its last day)."""
    return _plain_day(src, last)


def _exploitation(
    src: AirSource,
    ev: dict[str, object],
    rng: _Rng,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Write the form of exploitation (trafficking rows); blank or "no procede" otherwise."""
    crime = str(ev["crime_type"])
    thb = crime in ("trafficking", "both")
    if "exploitation" not in src.headers:
        exp["exploitation"] = "unknown" if thb else None
        return
    if not thb:
        exp["exploitation"] = None
        na = {SAER: "no procede", AMOC: "N/A"}.get(src.source)
        cells["exploitation"] = na if na is not None and rng.random() < 0.4 else None
        return
    r = rng.random()
    if r < 0.04:
        cells["exploitation"] = None
        exp["exploitation"] = "unknown"
        tags.append("blank_exploitation")
    elif r < 0.08:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        form = str(ev["exploitation"])
        cells["exploitation"] = _case(
            _word(src, "exploitation", form, rng), rng, tags, "exploitation"
        )
        exp["exploitation"] = form


def _persons(
    src: AirSource,
    n: int,
    rng: _Rng,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Write the number of persons: numbers, estimates, units, thousands, "not known"."""
    exp["n_persons"] = n
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = choice(rng, src.no_count)
        exp["n_persons"] = None
        tags.append("count_placeholder")
        return
    if n >= 10 and r < 0.09:
        cells["n_persons"] = choice(rng, src.approx).format(n=n)
        tags.append("approx_count")
        return
    name = src.source
    if n >= 1000 and name != SAER and (name != LHR or rng.random() < 0.5):
        tags.append("thousands:n_persons")
        sep = {F24: " ", FAC: "."}.get(name, ",")
        cells["n_persons"] = f"{n // 1000}{sep}{n % 1000:03d}"
        return
    if name == F24 and r > 0.88:
        cells["n_persons"] = f"{n} pax"
        tags.append("count_unit")
    elif name == LHR and n <= len(_EN_NUMBERS) and r > 0.9:
        cells["n_persons"] = _EN_NUMBERS[n - 1]
        tags.append("count_word")
    elif src.format == "csv":
        cells["n_persons"] = str(n)
    else:
        cells["n_persons"] = n


def _suspects(
    src: AirSource,
    n: int,
    rng: _Rng,
    blank: bool,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Write the number of facilitators: blanks, "not known" and "none" words."""
    r = rng.random()
    if blank or r < 0.04:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
        return
    if r < 0.06:
        cells["n_suspects"] = choice(rng, src.no_count)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
        return
    exp["n_suspects"] = n
    if n == 0 and rng.random() < 0.45:
        cells["n_suspects"] = choice(rng, src.zero)
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(n) if src.format == "csv" else n


def _vocab(
    src: AirSource,
    column: str,
    ev: dict[str, object],
    rng: _Rng,
    blank: bool,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Write gender, age group or transport mode; a blank or "not known" reads ``unknown``."""
    value = str(ev[column])
    flag = "blank_gender" if column == "gender" else "na_word"
    r = rng.random()
    if blank or r < 0.03:
        cells[column] = None
        exp[column] = "unknown"
        tags.append(flag)
        return
    if r < 0.06:
        cells[column] = choice(rng, src.unknown)
        exp[column] = "unknown"
        tags.extend([flag, f"unknown:{column}"])
        return
    corridor = str(ev["corridor"])
    if column == "transport_mode" and src.source == SAER and value == "sea":
        boats = _SAER_BOATS.get(corridor, ("embarcación",))
        if _int(ev["n_persons"]) > 4:  # a jet ski carries a handful of people at most
            boats = tuple(b for b in boats if b != "moto de agua")
        word = choice(rng, boats)
    else:
        word = _word(src, column, value, rng)
    cells[column] = _case(word, rng, tags, column)
    exp[column] = value


def _nationality_text(src: AirSource, iso: str, rng: _Rng, tags: list[str]) -> str:
    """Return how the agency names a nationality (a vague word is tagged ``vague``)."""
    r = rng.random()
    name = src.source
    if name == SAER:
        if iso in _SUB_SAHARAN and r < 0.08:
            tags.extend(["blank_nationality", "vague:nationality"])
            return "subsaharianos"
        if iso in _ES_DEMONYMS and r < 0.25:
            tags.append("demonym:nationality")
            return _ES_DEMONYMS[iso]
        if r < 0.35:
            tags.append("iso3:nationality")
            return iso
        if iso in _ES_TYPOS and r < 0.4:
            tags.append("typo:nationality")
            return _ES_TYPOS[iso]
        return _name(iso, "es")
    if name == F24:
        if iso in _KURDISH and r < 0.02:
            tags.extend(["blank_nationality", "vague:nationality"])
            return "Kurde"
        if iso in _KURDISH and r < 0.12:
            tags.append("kurdish:nationality")
            return _KURDISH[iso]
        if iso in _FR_ADJECTIVES and r < 0.55:
            tags.append("adjective:nationality")
            return _FR_ADJECTIVES[iso]
        if r < 0.65:
            tags.append("iso3:nationality")
            return iso
        if iso in _FR_TYPOS and r < 0.72:
            tags.append("typo:nationality")
            return _FR_TYPOS[iso]
        return _name(iso, "fr")
    if name == AMOC:
        if iso != "MEX" and r < 0.05:
            tags.extend(["blank_nationality", "vague:nationality"])
            return "OTM"
        if r < 0.2:
            tags.append("iso2:nationality")
            return iso_codes(iso)[0]
        if r < 0.3:
            return _name(iso, "en")
        return _name(iso, "en").upper()
    if name == FAC:
        if iso in _ES_DEMONYMS and r < 0.5:
            tags.append("demonym:nationality")
            return _ES_DEMONYMS[iso]
        if r < 0.6:
            tags.append("iso3:nationality")
            return iso
        if iso in _ES_TYPOS and r < 0.65:
            tags.append("typo:nationality")
            return _ES_TYPOS[iso]
        return _name(iso, "es")
    if iso in _EN_ADJECTIVES and r < 0.15:
        tags.append("adjective:nationality")
        return _EN_ADJECTIVES[iso]
    if r < 0.3:
        tags.append("iso3:nationality")
        return iso
    if iso in _EN_ALIASES and r < 0.38:
        tags.append("alias:nationality")
        return _EN_ALIASES[iso]
    if iso in _EN_TYPOS and r < 0.43:
        tags.append("typo:nationality")
        return _EN_TYPOS[iso]
    return _name(iso, "en")


def _place_text(src: AirSource, iso: str, column: str, rng: _Rng, tags: list[str]) -> str:
    """Return how the agency names a country of origin, destination or detection."""
    r = rng.random()
    name = src.source
    if name == SAER:
        if r < 0.15:
            tags.append(f"iso3:{column}")
            return iso
        return _name(iso, "es")
    if name == F24:
        if iso == "GBR" and r < 0.3:
            tags.append(f"alias:{column}")
            return "Angleterre" if r < 0.15 else "UK"
        if r < 0.4:
            tags.append(f"iso2:{column}")
            return iso_codes(iso)[0]
        return _name(iso, "fr")
    if name == AMOC:
        if r < 0.4:
            tags.append(f"iso2:{column}")
            return iso_codes(iso)[0]
        if r < 0.7 and iso == "USA":
            tags.append(f"iso3:{column}")
            return "USA"
        return _name(iso, "en").upper()
    if name == FAC:
        if iso == "USA" and r < 0.4:
            tags.append(f"alias:{column}")
            return "EE. UU." if r < 0.2 else "EEUU"
        if r < 0.12:
            tags.append(f"iso3:{column}")
            return iso
        return _name(iso, "es")
    if column == "origin_country" and r < 0.08:
        tags.append("numeric:origin_country")
        return iso_codes(iso)[1]
    if r < 0.3:
        tags.append(f"iso3:{column}")
        return iso
    if iso in _EN_ALIASES and r < 0.4:
        tags.append(f"alias:{column}")
        return _EN_ALIASES[iso]
    return _name(iso, "en")


def _countries(
    src: AirSource,
    ev: dict[str, object],
    rng: _Rng,
    forced_blank: str | None,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Write nationality, origin, destination, detection and transit countries."""
    has = src.headers
    nat = ev["nationality"]
    r = rng.random()
    exp["nationality"] = None
    if forced_blank == "nationality" or nat is None or r < 0.025:
        cells["nationality"] = None
        tags.append("blank_nationality")
    elif r < 0.045:
        cells["nationality"] = choice(rng, src.unknown)
        tags.extend(["blank_nationality", "unknown:nationality"])
    else:
        text = _nationality_text(src, str(nat), rng, tags)
        if "vague:nationality" not in tags:
            exp["nationality"] = str(nat)
            text = _case(text, rng, tags, "nationality")
        cells["nationality"] = text
    for column in ("origin_country", "destination_country"):
        value = ev[column]
        exp[column] = None
        if column not in has or value is None:
            continue
        if rng.random() < 0.03:
            tags.append(f"blank:{column}")
            continue
        cells[column] = _case(_place_text(src, str(value), column, rng, tags), rng, tags, column)
        exp[column] = str(value)
    det = ev["detection_country"]
    exp["detection_country"] = None
    if forced_blank == "detection_country" or det is None:
        tags.append("blank_detection_country")
    else:
        place = _place_text(src, str(det), "detection_country", rng, tags)
        cells["detection_country"] = _case(place, rng, tags, "detection_country")
        exp["detection_country"] = str(det)
    transit = ev["transit_countries"]
    exp["transit_countries"] = None
    if "transit_countries" not in has or transit is None:
        return
    if rng.random() < 0.04:
        tags.append("blank:transit_countries")
        return
    codes = str(transit).split("|")
    if src.source == LHR and rng.random() < 0.3:
        parts = codes
        tags.append("iso3:transit_countries")
    else:
        lang = src.language
        parts = [_name(c, lang) for c in codes]
    cells["transit_countries"] = src.transit_sep.join(parts)
    exp["transit_countries"] = str(transit)


def _ddm(value: float, hemispheres: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes with a decimal comma (``50°57,2'N``); (text, value)."""
    tenths = round(abs(value) * 600)
    deg, rest = divmod(tenths, 600)
    minutes, tenth = divmod(rest, 10)
    letter = hemispheres[0] if value >= 0 else hemispheres[1]
    sign = 1.0 if value >= 0 else -1.0
    return f"{deg:0{width}d}°{minutes:02d},{tenth}'{letter}", round(sign * tenths / 600, 6)


def _dms(value: float, hemispheres: str, width: int) -> tuple[str, float]:
    """Degrees, minutes and seconds (``08°30'12"N``); (text, value)."""
    seconds = round(abs(value) * 3600)
    deg, rest = divmod(seconds, 3600)
    minutes, sec = divmod(rest, 60)
    letter = hemispheres[0] if value >= 0 else hemispheres[1]
    sign = 1.0 if value >= 0 else -1.0
    return f"{deg:0{width}d}°{minutes:02d}'{sec:02d}\"{letter}", round(sign * seconds / 3600, 6)


def _coords(
    src: AirSource,
    ev: dict[str, object],
    rng: _Rng,
    blank: bool,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Write the position of the sighting in the agency's style."""
    exp["lat"] = exp["lon"] = None
    if blank:
        tags.append("blank_coordinates")
        return
    lat, lon = _float(ev["lat"]), _float(ev["lon"])
    r = rng.random()
    name = src.source
    missing = {SAER: 0.03, F24: 0.04, AMOC: 0.03, FAC: 0.05, LHR: 0.25}[name]
    if r < missing:
        tags.append("coords_missing")
        return
    if name == SAER:
        if r > 0.9:
            cells["lat"] = f"{lat:.5f}".replace(".", ",")
            cells["lon"] = f"{lon:.5f}".replace(".", ",")
            tags.append("decimal_comma")
        else:
            cells["lat"], cells["lon"] = lat, lon
        exp["lat"], exp["lon"] = lat, lon
    elif name in (F24, FAC):
        write = _ddm if name == F24 else _dms
        t_lat, v_lat = write(lat, "NS", 2)
        t_lon, v_lon = write(lon, "EW", 3)
        cells["coordinates"] = f"{t_lat} {t_lon}" if name == FAC else f"{t_lat} - {t_lon}"
        exp["lat"], exp["lon"] = v_lat, v_lon
        tags.append("ddm" if name == F24 else "dms")
    elif name == AMOC:
        if r > 0.98:
            cells["lat"] = cells["lon"] = "0"
            tags.append("coords_placeholder")
            return
        la, lo = round(lat, 4), round(lon, 4)
        if r > 0.9:
            cells["lat"] = f"{abs(la):.4f}{'N' if la >= 0 else 'S'}"
            cells["lon"] = f"{abs(lo):.4f}{'E' if lo >= 0 else 'W'}"
            tags.append("coords_hemisphere")
        else:
            cells["lat"], cells["lon"] = f"{la:.4f}", f"{lo:.4f}"
        exp["lat"], exp["lon"] = la, lo
    else:
        la, lo = round(lat, 4), round(lon, 4)
        cells["lat"], cells["lon"] = la, lo
        exp["lat"], exp["lon"] = la, lo


def _offences(
    src: AirSource,
    ev: dict[str, object],
    rng: _Rng,
    cells: dict[str, object],
    exp: dict[str, object],
) -> None:
    """Write the linked offences in the agency's words, in order."""
    value = ev["linked_offences"]
    exp["linked_offences"] = None if value is None else str(value)
    if value is None:
        return
    words = [_word(src, "linked_offences", o, rng) for o in str(value).split("|")]
    cells["linked_offences"] = src.offence_sep.join(words)


def _render(
    src: AirSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    crime = str(ev["crime_type"])
    cells["crime_type"] = _case(_word(src, "crime_type", crime, rng), rng, tags, "crime_type")
    exp["crime_type"] = crime
    _exploitation(src, ev, rng, cells, exp, tags)
    _persons(src, _int(ev["n_persons"]), rng, cells, exp, tags)
    _suspects(src, _int(ev["n_suspects"]), rng, forced_blank == "n_suspects", cells, exp, tags)
    for column in ("gender", "age_group", "transport_mode"):
        blank = forced_blank == column
        _vocab(src, column, ev, rng, blank, cells, exp, tags)
    _countries(src, ev, rng, forced_blank, cells, exp, tags)
    _coords(src, ev, rng, forced_blank == "coordinates", cells, exp, tags)
    _offences(src, ev, rng, cells, exp)
    if src.source == F24 and rng.random() < 0.1:  # rows pasted from a UTF-8 tool
        garbled = False
        for key, value in cells.items():
            if key in ("event_date", "coordinates") or not isinstance(value, str):
                continue
            bad = mojibake(value)
            if bad is not None:
                cells[key] = bad
                garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, tags


_EXAMINER: Examiner[AirSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=LHR,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=26_707,
    blank_share=0.3,
)


def make_blind267(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five air-surveillance sources of ``blind267`` do.

    Spain's Guardia Civil air service (SAER) reports the events detected in Spain, the
    French Navy's Flottille 24F those in France, CBP's Air and Marine Operations Center
    those in the United States, the Colombian Aerospace Force's CACOM-5 those in
    Panama, and Lighthouse Reports' incident database every other event; Lighthouse
    and the Flottille also report some Channel and Atlantic crossings a second time.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``saer_gc_ji.xlsx``, ``flottille_24f_ji.csv``, ``amoc_riverside_ji.csv``,
        ``fac_cacom5_ji.csv`` and ``lighthouse_reports_ji.jsonl``, each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind267(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['saer_gc_ji.xlsx', 'flottille_24f_ji.csv', 'amoc_riverside_ji.csv',
     'fac_cacom5_ji.csv', 'lighthouse_reports_ji.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8-sig', 'utf-8']
    >>> [s.delimiter for s in subs if s.format == "csv"] == [";", chr(9), ";"]
    True
    >>> all(len(s.frame) > 0 for s in subs)
    True
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
